"""Reading and replacing files safely: bounded reads of regular files, atomic writes.

Shared by the knowledge file source, the engine cache, the knowledge editor and ``kb pull``, so
every file the bot reads or writes gets the same guarantees.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

TEMP_SUFFIX = ".tmp"
StrPath = str | os.PathLike[str]


# --- paths as text ------------------------------------------------------------------------------
# ``wic-bot ask`` reads its files without importing pathlib: with the urllib.parse and ipaddress
# it imports, about 10 ms of a fresh start. These give the very strings pathlib would (POSIX).


def _parts(path: StrPath) -> list[str]:
    """``pathlib.PurePosixPath(path).parts``: the root ("/", or "//" for exactly two leading
    slashes), then the names; empty and "." names dropped, ".." kept."""
    text = os.fspath(path)
    root = []
    if text.startswith("/"):
        root = ["//" if text.startswith("//") and not text.startswith("///") else "/"]
    return root + [part for part in text.split("/") if part and part != "."]


def path_text(path: StrPath) -> str:
    """``str(pathlib.Path(path))``."""
    parts = _parts(path)
    if parts and parts[0].startswith("/"):
        return parts[0] + "/".join(parts[1:])
    return "/".join(parts) or "."


def parent_text(path: StrPath) -> str:
    """``str(pathlib.Path(path).parent)``."""
    return path_text(os.path.dirname(path_text(path)))


def joined_text(folder: StrPath, name: str) -> str:
    """``str(pathlib.Path(folder) / name)``."""
    if name.startswith("/"):
        return path_text(name)
    base, rest = path_text(folder), path_text(name)
    if rest == "." or base == ".":
        return base if rest == "." else rest
    return base + rest if base.endswith("/") else f"{base}/{rest}"


def resolved_text(path: StrPath) -> str:
    """``str(pathlib.Path(path).resolve())``: RuntimeError on a symbolic link loop, as there."""
    try:
        real = os.path.realpath(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RuntimeError(f"Symlink loop from {exc.filename!r}") from None
        raise
    try:
        os.stat(real)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RuntimeError(f"Symlink loop from {exc.filename!r}") from None
    return path_text(real)


def is_within(path: StrPath, folder: StrPath) -> bool:
    """``pathlib.Path(path).is_relative_to(folder)`` for two absolute paths."""
    inner, outer = _parts(path), _parts(folder)
    return inner[: len(outer)] == outer


class NotARegularFile(OSError):
    """The path names a FIFO, a device, a directory…: something we refuse to read."""


def read_regular(path: StrPath, limit: int) -> bytes:
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
