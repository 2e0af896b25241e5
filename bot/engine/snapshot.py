"""A compiled-engine cache, so a fresh ``wic-bot ask`` process skips parsing and indexing.

The snapshot stores the engine together with the exact bytes of both knowledge files and a
fingerprint of the engine's code. It is used only when all three still match, byte for byte;
anything else (an edit, an upgrade, a corrupt or unreadable cache) falls back to a normal load
and rewrites the snapshot. Like a ``.pyc`` file: an optimisation that is never authoritative.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
import tempfile
import zlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .core import Engine
from .knowledge import load_knowledge

FORMAT = 1
_CODE_DIR = Path(__file__).resolve().parent


def _proxy(items: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    """Pickles the read-only mappings the knowledge model uses (plain pickle cannot)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is MappingProxyType:
            return (_proxy, (dict(obj),))
        return NotImplemented


def _code_fingerprint() -> tuple[object, ...]:
    stats = []
    for path in sorted(_CODE_DIR.glob("*.py")):
        st = path.stat()
        stats.append((path.name, st.st_mtime_ns, st.st_size))
    return (FORMAT, sys.version, tuple(stats))


def _vocabulary_path(engine: Engine) -> Path:
    return Path(engine.kb.vocabulary_path)


def load_engine(path: str | Path, *, cache_dir: Path | None, context_ttl: float = 600.0) -> Engine:
    """The engine for ``path``: from the snapshot in ``cache_dir`` when it is current.

    Raises KnowledgeError exactly as ``load_knowledge`` does when the file is invalid.
    """
    path = Path(path)
    if cache_dir is None:
        return Engine(load_knowledge(path), context_ttl=context_ttl)
    facts = path.read_bytes() if path.is_file() else None
    if facts is None:  # let the normal loader report the missing file
        return Engine(load_knowledge(path), context_ttl=context_ttl)
    name = f"{path.stem}-{zlib.crc32(str(path.resolve()).encode()):08x}.snapshot"
    snapshot = cache_dir / name
    fingerprint = _code_fingerprint()
    engine = _read(snapshot, facts, fingerprint)
    if engine is not None:
        engine.context_ttl = context_ttl
        return engine
    engine = Engine(load_knowledge(path, data=facts), context_ttl=context_ttl)
    _write(snapshot, engine, facts, fingerprint)
    return engine


def _read(snapshot: Path, facts: bytes, fingerprint: tuple[object, ...]) -> Engine | None:
    try:
        with snapshot.open("rb") as f:
            header = pickle.load(f)
            if header != (fingerprint, facts):
                return None
            vocab_path, vocab = pickle.load(f)
            if Path(vocab_path).read_bytes() != vocab:
                return None
            engine = pickle.load(f)
    except Exception:
        return None
    return engine if isinstance(engine, Engine) else None


def _write(snapshot: Path, engine: Engine, facts: bytes, fingerprint: tuple[object, ...]) -> None:
    vocab_path = _vocabulary_path(engine)
    try:
        vocab = vocab_path.read_bytes()
        buffer = io.BytesIO()
        pickler = _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        # Three pickles, each readable alone: the cheap checks load without the engine.
        for part in ((fingerprint, facts), (str(vocab_path.resolve()), vocab), engine):
            pickler.dump(part)
            pickler.clear_memo()
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=snapshot.parent, prefix=".snapshot-")
        with os.fdopen(fd, "wb") as f:
            f.write(buffer.getvalue())
        os.replace(tmp, snapshot)  # readers see the old snapshot or the new one
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
