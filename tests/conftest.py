"""Shared fixtures: the shipped knowledge and an engine on it, built once per session."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.editing import KnowledgeEditor
from bot.engine import Engine, Knowledge
from bot.knowledge_files import load_file

from .pgserver import SKIP_REASON, PgServer, find_bin, running_server

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "knowledge" / "wic.yaml"
_FIXTURES_SOURCE = Path(__file__).resolve().parent / "fixtures"


def _fixtures() -> Path:
    """tests/fixtures, copied with the shipped vocabulary beside each file: a knowledge file's
    vocabulary must lie in its own folder (issue 17), and the fixtures share the shipped one."""
    import atexit
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="wic-fixtures-"))
    atexit.register(shutil.rmtree, root, True)
    target = root / "fixtures"
    shutil.copytree(_FIXTURES_SOURCE, target)
    for folder in (target, *(p for p in target.rglob("*") if p.is_dir())):
        shutil.copy(ROOT / "knowledge" / "vocabulary.yaml", folder / "vocabulary.yaml")
    return target


FIXTURES = _fixtures()
TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return load_file(SHIPPED)


@pytest.fixture(scope="session")
def engine(kb: Knowledge) -> Engine:
    return Engine(kb)


# --- PostgreSQL (tests/test_pg_*.py): one throwaway server per session, a database per test ---


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if find_bin() is None:
        pytest.skip(SKIP_REASON)
    with running_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    return pg_server.create_database()


@pytest.fixture
def kfiles(tmp_path: Path) -> Path:
    """A private copy of the shipped knowledge files; returns the facts file's path."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, folder / name)
    return folder / "wic.yaml"


@pytest.fixture
def editor(kfiles: Path, tmp_path: Path) -> KnowledgeEditor:
    return KnowledgeEditor(kfiles, tmp_path / "data")
