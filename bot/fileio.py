"""Reading and replacing files safely: bounded reads of regular files, atomic writes.

Shared by the knowledge file source, the engine cache, the knowledge editor and ``kb pull``, so
every file the bot reads or writes gets the same guarantees.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

TEMP_SUFFIX = ".tmp"


class NotARegularFile(OSError):
    """The path names a FIFO, a device, a directory…: something we refuse to read."""


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    A FIFO would block the reader forever and ``/dev/zero`` never ends, so anything but a
    regular file is refused before it is opened, and reading stops after ``limit + 1`` bytes
    whatever the file claims its size is. Raises OSError (``NotARegularFile`` for those cases,
    ``EFBIG`` for a file over the limit).
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotARegularFile(0, "not a regular file", str(path))
    if st.st_size > limit:
        raise OSError(27, f"file is {st.st_size:,} bytes; the limit is {limit:,}", str(path))
    # O_NONBLOCK: if the path was swapped for a FIFO after the check, open must not hang.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(0, "not a regular file", str(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise OSError(27, f"file is over the limit of {limit:,} bytes", str(path))
    return b"".join(chunks)


def atomic_write(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one.

    A temporary file in the same folder, fsync, rename, fsync of the folder. The temporary
    file is named ``.<name>.<random>.tmp`` so ``remove_stale_temps`` can find what a killed
    writer left behind.
    """
    import tempfile  # only writers pay for it (``wic-bot ask`` starts without)

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself survives a power cut
    finally:
        os.close(dir_fd)


def remove_stale_temps(folder: Path, name: str, older_than: float = 0.0) -> int:
    """Delete temporary files ``atomic_write`` left for ``name`` in ``folder`` (a writer
    killed between creating and renaming them). Only call it where no other writer can be
    mid-write, or with ``older_than`` well above the time a write takes. Returns the count."""
    removed = 0
    cutoff = time.time() - older_than
    with contextlib.suppress(OSError):
        for tmp in folder.glob(f".{name}.*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime <= cutoff:
                    tmp.unlink()
                    removed += 1
    return removed
