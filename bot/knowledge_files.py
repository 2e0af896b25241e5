"""The knowledge as files on disk: the file ``KnowledgeSource``, and the compiled-engine cache.

``FileSource`` reads a facts file and the vocabulary it names (bounded reads of regular files,
never a vocabulary outside the facts file's folder) and hands the bytes to the engine.

The cache lets a fresh ``wic-bot ask`` process skip parsing and indexing. A snapshot is a small
text header followed by the pickled engine, stored under a key made of the content alone: the
engine's code (every source file's bytes), the Python version, both files' bytes and names. A
snapshot is unpickled only when its name is that key and the pickle's hash matches the header;
the header itself is a JSON line compared byte for byte with the one expected, so deciding
whether to trust a snapshot never runs any code (nor a parser). The folder keeps the few most
recent snapshots (``KEEP``) and nothing else.

Unpickling can run code, so the cache directory must be the user's own: it is created 0700,
and a directory or snapshot that another user owns or can write to is never read (nor written).
Anything wrong (an edit, an upgrade, a corrupt or unreadable snapshot) falls back to a normal
load and writes a new snapshot. Like a ``.pyc`` file: an optimisation, never authoritative.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import stat
import sys
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot.engine import MAX_BYTES, Problem, Texts, vocabulary_problem, vocabulary_reference
from bot.fileio import (
    StrPath,
    atomic_write,
    is_within,
    joined_text,
    parent_text,
    path_text,
    read_regular,
    remove_stale_temps,
    resolved_text,
)

if TYPE_CHECKING:
    from pathlib import Path

    from bot.engine import Engine, Knowledge

# Paths are handled as text here (bot.fileio: the strings pathlib would give), so that a fresh
# `wic-bot ask` restored from a snapshot does not import pathlib (~10 ms of its start).

FORMAT = b"WICSNAP3\n"
MAX_SNAPSHOT = 256 * 1024 * 1024
KEEP = 4  # snapshots kept in the cache folder, newest first (one per checkout, roughly)


def vocabulary_outside(folder: StrPath, name: str) -> str | None:
    """Why the vocabulary ``name`` beside a facts file in ``folder`` may not be read or
    written, or None if it may: the engine's rule on the name, and no symbolic link out of
    the folder on disk."""
    problem = vocabulary_problem(name)
    if problem is not None:
        return problem
    try:
        inside = is_within(resolved_text(joined_text(folder, name)), resolved_text(folder))
    except (OSError, RuntimeError):  # a symbolic link loop
        inside = False
    if not inside:
        return (
            f"{name[:80]!r} is a symbolic link to a file outside the knowledge file's folder: "
            "the vocabulary must be a file in that folder"
        )
    return None


def _unreadable(shown: str, exc: OSError) -> Problem:
    return Problem(shown, 0, 0, "", f"cannot read the file: {exc.strerror or exc}")


class FileSource:
    """``KnowledgeSource`` over a facts file and the vocabulary it names, beside it."""

    def __init__(self, path: StrPath) -> None:
        self.name = path_text(path)
        self._folder = parent_text(self.name)
        self._vocabulary = joined_text(self._folder, "vocabulary.yaml")  # until the facts say

    @property
    def path(self) -> Path:
        """The facts file."""
        from pathlib import Path

        return Path(self.name)

    def watched(self) -> tuple[Path, ...]:
        """The files whose changes the service polls for (as last read)."""
        from pathlib import Path

        return (Path(self.name), Path(self._vocabulary))

    def read(self, *, facts: bytes | None = None, vocabulary: bytes | None = None) -> Texts:
        """Both files' bytes (``facts`` or ``vocabulary`` stand in for what is on disk).

        Raises KnowledgeError when the facts file cannot be read; a vocabulary that cannot
        be read (or lies outside the folder) is passed on as a Problem, so that the engine
        reports it with the facts file's own problems."""
        from bot.engine import KnowledgeError

        if facts is None:
            try:
                # Bounded, and only regular files: a FIFO or /dev/zero must not hang the loader.
                facts = read_regular(self.name, MAX_BYTES)
            except OSError as exc:
                raise KnowledgeError([_unreadable(self.name, exc)]) from exc
        rel, line, column = vocabulary_reference(facts)
        vocab_path = joined_text(self._folder, rel)
        self._vocabulary = vocab_path
        got: bytes | Problem
        outside = vocabulary_outside(self._folder, rel)
        if outside is not None:
            got = Problem(self.name, line, column, "vocabulary", outside)
        elif vocabulary is not None:
            got = vocabulary
        else:
            try:
                got = read_regular(vocab_path, MAX_BYTES)
            except OSError as exc:
                got = _unreadable(vocab_path, exc)
        version = hashlib.sha256(facts + (got if isinstance(got, bytes) else b""))
        return Texts(facts, got, version.hexdigest()[:12], self.name, vocab_path)


def load_file(
    path: StrPath, *, data: bytes | None = None, vocabulary_data: bytes | None = None
) -> Knowledge:
    """Load and validate a knowledge file and the vocabulary it names (``wic-bot check``).

    ``data`` (and ``vocabulary_data``) validate proposed contents instead of what is on disk.
    Raises KnowledgeError listing every problem.
    """
    return FileSource(path).read(facts=data, vocabulary=vocabulary_data).load()


# --- the compiled-engine cache -------------------------------------------------------------


def _proxy(items: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    """Pickles the read-only mappings the knowledge model uses (plain pickle cannot)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is MappingProxyType:
            return (_proxy, (dict(obj),))
        return NotImplemented


def _code_hash() -> bytes:
    """The engine's code by content (not mtime): any change to any source file counts."""
    import bot.engine

    h = hashlib.sha256(FORMAT + sys.version.encode())
    folder = os.path.dirname(bot.engine.__file__)
    for name in sorted(name for name in os.listdir(folder) if name.endswith(".py")):
        with open(os.path.join(folder, name), "rb") as file:
            h.update(name.encode() + b"\0" + file.read() + b"\0")
    return h.digest()


def _key(code: bytes, texts: Texts) -> str:
    assert isinstance(texts.vocabulary, bytes)
    h = hashlib.sha256(code)
    for part in (
        texts.facts,
        texts.vocabulary,
        texts.name.encode(),
        texts.vocabulary_name.encode(),
    ):
        h.update(len(part).to_bytes(8, "big") + hashlib.sha256(part).digest())
    return h.hexdigest()


def private_dir(folder: StrPath) -> bool:
    """Create ``folder`` 0700 if missing; True if it is ours and nobody else can write to it."""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(st.st_mode)
        and st.st_uid == os.getuid()
        and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def _trusted_file(path: StrPath) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISREG(st.st_mode)
        and st.st_uid == os.getuid()
        and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def load_engine(path: StrPath, *, cache_dir: StrPath | None, context_ttl: float = 600.0) -> Engine:
    """The engine for the knowledge file ``path``: from the cache when a snapshot of exactly
    these files (and this code) is there.

    Raises KnowledgeError exactly as ``load_file`` does when the files are invalid.
    """
    from bot.engine import Engine

    texts = FileSource(path).read()
    if cache_dir is None or not isinstance(texts.vocabulary, bytes):
        return Engine(texts.load(), context_ttl=context_ttl)
    if not private_dir(cache_dir):  # never trust (or feed) a cache others can write to
        return Engine(texts.load(), context_ttl=context_ttl)
    key = _key(_code_hash(), texts)
    snapshot = joined_text(cache_dir, f"{key[:40]}.snapshot")
    engine = _read(snapshot, key)
    if engine is not None:
        engine.context_ttl = context_ttl
        return engine
    engine = Engine(texts.load(), context_ttl=context_ttl)
    _write(snapshot, engine, key)
    return engine


def _header(key: str, payload: bytes) -> bytes:
    """The header line for ``payload`` under ``key``: the JSON object ``{"key": …, "payload":
    its SHA-256}``, written and compared byte for byte, so no parser runs on untrusted bytes."""
    digest = hashlib.sha256(payload).hexdigest()
    return f'{{"key": "{key}", "payload": "{digest}"}}'.encode("ascii")


def _read(snapshot: str, key: str) -> Engine | None:
    from bot.engine import Engine

    if not _trusted_file(snapshot):
        return None
    try:
        raw = read_regular(snapshot, MAX_SNAPSHOT)
        if not raw.startswith(FORMAT):
            return None
        header_end = raw.index(b"\n", len(FORMAT))
        payload = raw[header_end + 1 :]
        if raw[len(FORMAT) : header_end] != _header(key, payload):
            return None
        engine = pickle.loads(payload)  # only now: the bytes are the ones we wrote for these files
    except Exception:
        return None
    return engine if isinstance(engine, Engine) else None


def _write(snapshot_text: str, engine: Engine, key: str) -> None:
    from pathlib import Path

    snapshot = Path(snapshot_text)
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(engine)
        payload = buffer.getvalue()
        line = _header(key, payload) + b"\n"
        # A process killed mid-write leaves a temporary file; sweep old ones (a minute is far
        # longer than any write takes, so a concurrent writer's file is never touched).
        remove_stale_temps(snapshot.parent, snapshot.name, older_than=60.0)
        atomic_write(snapshot, FORMAT + line + payload, mode=0o600)
    except (OSError, pickle.PicklingError):
        return  # a cache that cannot be written is simply not used
    prune(snapshot.parent, keep=KEEP)


def prune(folder: Path, *, keep: int) -> int:
    """Delete all but the ``keep`` newest snapshots in ``folder``; returns how many went."""
    found = []
    for path in folder.glob("*.snapshot"):
        with contextlib.suppress(OSError):
            found.append((path.stat().st_mtime_ns, path))
    found.sort(reverse=True)
    removed = 0
    for _mtime, path in found[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
