"""The compiled-engine snapshot is used only when it is exactly current."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine, KnowledgeError, Texts
from bot.knowledge_files import load_engine

from .conftest import ROOT, TODAY


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, tmp_path / name)
    return tmp_path / "wic.yaml"


def answer(engine: Engine, question: str) -> str:
    return engine.ask(question, today=TODAY).answer.text


def test_snapshot_is_written_and_reused(files: Path, tmp_path: Path, monkeypatch):
    cache = tmp_path / "cache"
    first = load_engine(files, cache_dir=cache)
    (snapshot,) = cache.glob("*.snapshot")
    written = snapshot.stat()
    # The second load must come from the snapshot: parsing the files is not allowed.

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the snapshot was not used")

    monkeypatch.setattr(Texts, "load", no_parse)
    second = load_engine(files, cache_dir=cache)
    assert second is not first
    assert second.kb == first.kb
    assert answer(second, "when was the 4th WIC?") == answer(first, "when was the 4th WIC?")
    again = snapshot.stat()  # not rewritten either
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_the_cache_is_private_and_a_shared_one_is_never_read(files: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_engine(files, cache_dir=cache)
    assert cache.stat().st_mode & 0o777 == 0o700
    (snapshot,) = cache.glob("*.snapshot")
    assert snapshot.stat().st_mode & 0o077 == 0
    # Someone else could have written it: a group-writable cache is ignored, not unpickled.
    cache.chmod(0o770)
    payload = b"cos\nsystem\n(S'touch " + str(tmp_path / "pwned").encode() + b"'\ntR."
    snapshot.write_bytes(payload)
    engine = load_engine(files, cache_dir=cache)
    assert "December 3–5, 2017" in answer(engine, "when was the 4th WIC?")
    assert not (tmp_path / "pwned").exists()
    assert snapshot.read_bytes() == payload  # and not written into either


def test_a_tampered_snapshot_is_not_unpickled(files: Path, tmp_path: Path):
    """Even in a private cache, the pickle must hash to what the header says."""
    import hashlib
    import json

    cache = tmp_path / "cache"
    load_engine(files, cache_dir=cache)
    (snapshot,) = cache.glob("*.snapshot")
    raw = snapshot.read_bytes()
    magic, header, _payload = raw.split(b"\n", 2)
    evil = b"cos\nsystem\n(S'touch " + str(tmp_path / "pwned").encode() + b"'\ntR."
    snapshot.write_bytes(magic + b"\n" + header + b"\n" + evil)
    load_engine(files, cache_dir=cache)
    assert not (tmp_path / "pwned").exists()
    # A header rewritten to match the evil payload still needs the right key.
    fields = json.loads(header)
    fields["payload"] = hashlib.sha256(evil).hexdigest()
    fields["key"] = "0" * 64
    snapshot.write_bytes(magic + b"\n" + json.dumps(fields).encode() + b"\n" + evil)
    load_engine(files, cache_dir=cache)
    assert not (tmp_path / "pwned").exists()


def test_a_code_change_with_the_same_size_and_mtime_is_noticed(
    files: Path, tmp_path: Path, monkeypatch
):
    import bot.knowledge_files as snap

    cache = tmp_path / "cache"
    load_engine(files, cache_dir=cache)
    real = snap._code_hash()
    monkeypatch.setattr(snap, "_code_hash", lambda: bytes(b ^ 1 for b in real))
    calls = []
    real_load = Texts.load

    def counting(*args, **kwargs):
        calls.append(1)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(Texts, "load", counting)
    load_engine(files, cache_dir=cache)
    assert calls == [1]


def test_an_edit_to_either_file_is_never_hidden(files: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_engine(files, cache_dir=cache)
    files.write_text(
        files.read_text().replace("Towards a New Era of Digital Civilization", "Edited")
    )
    assert "Edited" in answer(load_engine(files, cache_dir=cache), "theme of the 2021 summit")
    vocab = files.parent / "vocabulary.yaml"
    vocab.write_text(
        vocab.read_text().replace('"The theme of the {name} was', '"Theme of the {name}:')
    )
    assert answer(load_engine(files, cache_dir=cache), "theme of wic 2021").startswith("Theme of")


def test_a_corrupt_snapshot_is_rebuilt(files: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_engine(files, cache_dir=cache)
    snap = next(cache.glob("*.snapshot"))
    snap.write_bytes(b"garbage")
    engine = load_engine(files, cache_dir=cache)
    assert "December 3–5, 2017" in answer(engine, "when was the 4th WIC?")
    assert snap.read_bytes() != b"garbage"


def test_an_unwritable_cache_is_ignored(files: Path, tmp_path: Path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    engine = load_engine(files, cache_dir=blocker / "cache")
    assert "December 3–5, 2017" in answer(engine, "when was the 4th WIC?")


def test_an_invalid_file_still_raises(files: Path, tmp_path: Path):
    files.write_text("series: [\n")
    with pytest.raises(KnowledgeError):
        load_engine(files, cache_dir=tmp_path / "cache")


def test_a_restored_engine_does_not_import_yaml(files: Path, tmp_path: Path):
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from bot.knowledge_files import load_engine; "
        f"load_engine(Path({str(files)!r}), cache_dir=Path({str(tmp_path / 'c')!r})); "
        "print('yaml' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["True", "False"]


def test_snapshots_are_keyed_by_content_and_pruned(files: Path, tmp_path: Path):
    import bot.knowledge_files as snap

    cache = tmp_path / "cache"
    text = files.read_text()
    names = []
    for n in range(snap.KEEP + 2):  # each version of the file its own snapshot …
        files.write_text(text + f"\n# version {n}\n")
        load_engine(files, cache_dir=cache)
        names.append({p.name for p in cache.glob("*.snapshot")})
    assert len(names[1] - names[0]) == 1
    # … and the folder keeps only the newest few, whatever the number of versions.
    assert len(names[-1]) == snap.KEEP
    # Another checkout of the same files gets its own snapshot (its engine names its own
    # paths in messages), still within the bound.
    other = tmp_path / "elsewhere"
    other.mkdir()
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(files.parent / name, other / name)
    load_engine(other / "wic.yaml", cache_dir=cache)
    now = {p.name for p in cache.glob("*.snapshot")}
    assert len(now) == snap.KEEP and now != names[-1]
