"""The compiled-engine snapshot is used only when it is exactly current."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine, KnowledgeError
from bot.engine.snapshot import load_engine

from .conftest import ROOT, TODAY


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, tmp_path / name)
    return tmp_path / "wic.yaml"


def answer(engine: Engine, question: str) -> str:
    return engine.ask(question, today=TODAY).answer.text


def test_snapshot_is_written_and_reused(files: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = load_engine(files, cache_dir=cache)
    snapshots = list(cache.glob("*.snapshot"))
    assert len(snapshots) == 1
    second = load_engine(files, cache_dir=cache)
    assert second is not first
    assert second.kb == first.kb
    assert answer(second, "when was the 4th WIC?") == answer(first, "when was the 4th WIC?")
    assert snapshots[0].stat().st_mtime_ns == next(cache.glob("*.snapshot")).stat().st_mtime_ns


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
        "import sys; from pathlib import Path; from bot.engine.snapshot import load_engine; "
        f"load_engine(Path({str(files)!r}), cache_dir=Path({str(tmp_path / 'c')!r})); "
        "print('yaml' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["True", "False"]
