"""The unanswered-questions store: counting, privacy, retention, restarts, shards, corruption."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.misses import MissStore


def test_counts_normalised_questions_per_guild(tmp_path: Path):
    now = [1_000_000.0]
    store = MissStore(tmp_path / "m.sqlite3", clock=lambda: now[0])
    store.record("<@123> Who gave the **keynote**?", guild=1, reason="decline")
    store.record("who gave the keynote", guild=1, reason="decline")
    store.record("who gave the keynote", guild=2, reason="decline")
    store.record("ticket prices?", guild=1, reason="downvote")
    top = store.top(guild=1)
    assert [(m.question, m.count) for m in top] == [
        ("who gave the keynote", 2),
        ("ticket prices", 1),
    ]
    assert top[1].reason == "downvote"
    # No user ids anywhere: only the question, the guild and counts.
    columns = [r[1] for r in store._db.execute("PRAGMA table_info(misses)")]
    assert columns == ["question", "guild", "reason", "count", "first_seen", "last_seen", "status"]


def test_dismiss_teach_and_retention(tmp_path: Path):
    now = [1_000_000.0]
    store = MissStore(tmp_path / "m.sqlite3", clock=lambda: now[0])
    store.record("old question", guild=1, reason="decline")
    now[0] += 100 * 86400
    store.record("new question", guild=1, reason="decline")
    store.record("taught question", guild=1, reason="decline")
    assert store.set_status("taught question", "taught") == 1
    assert [m.question for m in store.top(days=30)] == ["new question"]
    assert store.purge(retention_days=90) == 1
    assert store.count_open(days=1000) == 1


def test_survives_a_restart(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    store = MissStore(path)
    store.record("what is the wifi password", guild=5, reason="decline")
    store.close()
    again = MissStore(path)
    assert [m.question for m in again.top()] == ["what is the wifi password"]


def _writer(path: str, n: int) -> None:
    store = MissStore(path)
    for i in range(n):
        store.record(f"question {i % 5}", guild=1, reason="decline")
    store.close()


def test_concurrent_writers_from_several_shards(tmp_path: Path):
    path = str(tmp_path / "m.sqlite3")
    MissStore(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, 100)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = MissStore(path)
    assert sum(m.count for m in store.top(limit=50)) == 400


def test_a_corrupt_database_is_moved_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    path = tmp_path / "m.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = MissStore(path)
    store.record("still works", guild=1, reason="decline")
    assert [m.question for m in store.top()] == ["still works"]
    assert list(tmp_path.glob("m.sqlite3.corrupt-*"))
    assert "failed its integrity check" in caplog.text and "moved to" in caplog.text
    sqlite3.connect(path).execute("SELECT 1")


def test_unanswered_command_lists_them(tmp_path: Path):
    store = MissStore(tmp_path / "data" / "unanswered.sqlite3")
    for _ in range(3):
        store.record("who gave the keynote", guild=1, reason="decline")
    store.record("ticket prices", guild=1, reason="downvote")
    store.close()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "unanswered"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 unanswered question(s)")
    assert "3x" in lines[1] and "who gave the keynote" in lines[1]
    assert "[downvote]" in lines[2]
