"""A compiled-engine cache, so a fresh ``wic-bot ask`` process skips parsing and indexing.

A snapshot is a small text header followed by the pickled engine. The header holds a key — a
SHA-256 of the engine's code (every source file's contents), the Python version and both
knowledge files' bytes — and the SHA-256 of the pickle. A snapshot is unpickled only when the
key matches the files on disk byte for byte and the pickle's hash matches; the header itself is
JSON, so deciding whether to trust a snapshot never runs any code.

Unpickling can run code, so the cache directory must be the user's own: it is created 0700,
and a directory or snapshot that another user owns or can write to is never read (nor written).
Anything wrong (an edit, an upgrade, a corrupt or unreadable snapshot) falls back to a normal
load and rewrites the snapshot. Like a ``.pyc`` file: an optimisation, never authoritative.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import stat
import sys
import zlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .core import Engine
from .fileio import atomic_write, read_regular, remove_stale_temps
from .knowledge import load_knowledge
from .yamlsafe import MAX_BYTES

FORMAT = b"WICSNAP2\n"
MAX_SNAPSHOT = 256 * 1024 * 1024
_CODE_DIR = Path(__file__).resolve().parent


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
    h = hashlib.sha256(FORMAT + sys.version.encode())
    for path in sorted(_CODE_DIR.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


def _key(code: bytes, facts: bytes, vocab_path: str, vocab: bytes) -> str:
    h = hashlib.sha256(code)
    for part in (
        hashlib.sha256(facts).digest(),
        vocab_path.encode(),
        hashlib.sha256(vocab).digest(),
    ):
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()


def private_dir(folder: Path) -> bool:
    """Create ``folder`` 0700 if missing; True if it is ours and nobody else can write to it."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(st.st_mode)
        and st.st_uid == os.getuid()
        and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def _trusted_file(path: Path) -> bool:
    try:
        st = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISREG(st.st_mode)
        and st.st_uid == os.getuid()
        and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def load_engine(path: str | Path, *, cache_dir: Path | None, context_ttl: float = 600.0) -> Engine:
    """The engine for ``path``: from the snapshot in ``cache_dir`` when it is current.

    Raises KnowledgeError exactly as ``load_knowledge`` does when the file is invalid.
    """
    path = Path(path)
    if cache_dir is None:
        return Engine(load_knowledge(path), context_ttl=context_ttl)
    try:
        facts = read_regular(path, MAX_BYTES)
    except OSError:  # let the normal loader report the missing or unreadable file
        return Engine(load_knowledge(path), context_ttl=context_ttl)
    if not private_dir(cache_dir):  # never trust (or feed) a cache others can write to
        return Engine(load_knowledge(path, data=facts), context_ttl=context_ttl)
    name = f"{path.stem}-{zlib.crc32(str(path.resolve()).encode()):08x}.snapshot"
    snapshot = cache_dir / name
    code = _code_hash()
    engine = _read(snapshot, code, facts)
    if engine is not None:
        engine.context_ttl = context_ttl
        return engine
    engine = Engine(load_knowledge(path, data=facts), context_ttl=context_ttl)
    _write(snapshot, engine, code, facts)
    return engine


def _read(snapshot: Path, code: bytes, facts: bytes) -> Engine | None:
    if not _trusted_file(snapshot):
        return None
    try:
        raw = read_regular(snapshot, MAX_SNAPSHOT)
        if not raw.startswith(FORMAT):
            return None
        header_end = raw.index(b"\n", len(FORMAT))
        header = json.loads(raw[len(FORMAT) : header_end])
        payload = raw[header_end + 1 :]
        vocab_path = str(header["vocab"])
        vocab = read_regular(Path(vocab_path), MAX_BYTES)
        if header["key"] != _key(code, facts, vocab_path, vocab):
            return None
        if header["payload"] != hashlib.sha256(payload).hexdigest():
            return None
        engine = pickle.loads(payload)  # only now: the bytes are the ones we wrote for these files
    except Exception:
        return None
    return engine if isinstance(engine, Engine) else None


def _write(snapshot: Path, engine: Engine, code: bytes, facts: bytes) -> None:
    vocab_path = Path(engine.kb.vocabulary_path).resolve()
    try:
        vocab = read_regular(vocab_path, MAX_BYTES)
        # The vocabulary may have changed since the engine was built from it: store nothing
        # rather than pair this engine with bytes it was not built from.
        if hashlib.sha256(facts + vocab).hexdigest()[:12] != engine.kb.digest:
            return
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(engine)
        payload = buffer.getvalue()
        header = {
            "key": _key(code, facts, str(vocab_path), vocab),
            "payload": hashlib.sha256(payload).hexdigest(),
            "vocab": str(vocab_path),
        }
        line = json.dumps(header, ensure_ascii=True).encode() + b"\n"
        # A process killed mid-write leaves a temporary file; sweep old ones (a minute is far
        # longer than any write takes, so a concurrent writer's file is never touched).
        remove_stale_temps(snapshot.parent, snapshot.name, older_than=60.0)
        atomic_write(snapshot, FORMAT + line + payload, mode=0o600)
    except (OSError, pickle.PicklingError):
        return  # a cache that cannot be written is simply not used
