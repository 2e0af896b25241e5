"""Issue 17, the runtime side: clean stops, votes that hold during outages, a watcher that
waits for a stable file, an audit log that cannot hang Confirm, a start that names a broken
unanswered database, line separators and code fences that cannot break a record or a
message. Each test names the break it guards against and fails on the code before."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from bot import cli
from bot.discordbot import render
from bot.discordbot.components import DOWN_PREFIX, UP_PREFIX
from bot.discordbot.feedback import FeedbackBook, Vote
from bot.discordbot.kb.preview import preview_embed
from bot.editing import EditError, KnowledgeEditor, SetValue
from bot.knowledge_files import load_file
from bot.misses import MissStore
from bot.pg.migrate import migrate
from bot.pg.unanswered import PgUnanswered
from bot.service import KnowledgeService

from .conftest import ROOT

CLI = [sys.executable, "-m", "bot.cli"]


# --- 9. SIGTERM is a clean stop -----------------------------------------------------------


def test_sigterm_stops_cleanly_and_writes_the_queued_questions(tmp_path: Path) -> None:
    """Break: SIGTERM (systemd, Docker) killed the bot at once: queued misses were lost."""
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, tmp_path / name)
    db = tmp_path / "data" / "unanswered.sqlite3"
    MissStore(db).close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sigterm_worker", str(tmp_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "ready"
        # Another shard is mid-write: the bot's write of the miss has to wait for the lock.
        hold = sqlite3.connect(db, isolation_level=None)
        hold.execute("BEGIN IMMEDIATE")
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "queued"
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        hold.execute("ROLLBACK")
        hold.close()
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "stopped" in out and "Traceback" not in err
    store = MissStore(db)
    try:
        assert [m.question for m in store.top()] == ["what's the weather in paris tomorrow"]
    finally:
        store.close()


class _FlakyPool:
    """A real pool that can be "down": acquiring a connection then fails as in an outage."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.down = False

    def acquire(self) -> Any:
        if self.down:
            raise ConnectionRefusedError(111, "Connection refused")
        return self.pool.acquire()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pool, name)


@pytest.fixture
async def flaky(pg_url: str) -> AsyncIterator[tuple[_FlakyPool, PgUnanswered]]:
    conn = await asyncpg.connect(pg_url)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    pool = await asyncpg.create_pool(pg_url, min_size=1, max_size=2)
    flaky = _FlakyPool(pool)
    store = PgUnanswered(flaky)  # type: ignore[arg-type]
    store.start()
    try:
        yield flaky, store
    finally:
        flaky.down = False
        await store.close()
        await pool.close()


async def test_a_stop_during_an_outage_says_what_was_not_stored(
    flaky: tuple[_FlakyPool, PgUnanswered], caplog: pytest.LogCaptureFixture
) -> None:
    """Break: a clean stop during an outage dropped the queued misses without a log line."""
    pool, store = flaky
    pool.down = True
    for n in range(3):
        store.record(f"question number {n} about the summit", guild=1, reason="decline")
    with caplog.at_level(logging.WARNING):
        await store.close()
    assert any("3 unanswered questions and votes not stored" in r.message for r in caplog.records)


# --- 10. votes during an outage, and one vote per member per question ------------------------


async def test_down_then_up_during_an_outage_takes_the_down_vote_back(
    flaky: tuple[_FlakyPool, PgUnanswered],
) -> None:
    """Break: 👎→👍 during an outage dropped the 👍 and kept the 👎 (retract raised)."""
    pool, store = flaky
    pool.down = True
    store.record("who hosts the summit", guild=1, reason="decline")
    store.record("who hosts the summit", guild=1, reason="downvote")
    await store.retract("who hosts the summit", guild=1)  # must not fail, nor be lost
    store.record("when is the expo", guild=1, reason="downvote")
    pool.down = False
    await asyncio.wait_for(store.flush(), 10)
    counts = {m.question: m.count for m in await store.top()}
    assert counts == {"who hosts the summit": 1, "when is the expo": 1}
    # A 👎 already written is taken back once the database is back, in order.
    pool.down = True
    await store.retract("when is the expo", guild=1)
    pool.down = False
    await asyncio.wait_for(store.flush(), 10)
    assert {m.question: m.count for m in await store.top()} == {"who hosts the summit": 1}


def test_one_vote_per_member_per_question_across_answers() -> None:
    """Break: asking again and down-voting each new answer counted the question each time
    (12 asks → 12)."""
    now = [0.0]
    book = FeedbackBook(lambda: now[0], per=0.001, burst=100)
    tokens = [book.issue("Who hosts the WIC?", 1) for _ in range(12)]
    outcomes = []
    for token in tokens:
        now[0] += 1
        outcomes.append(book.vote(DOWN_PREFIX + token, 42).vote)
    assert outcomes == [Vote.NEW] + [Vote.SAME] * 11
    # The same question typed differently is the same question in the unanswered list.
    again = book.issue("who hosts the  wic", 1)
    assert book.vote(DOWN_PREFIX + again, 42).vote is Vote.SAME
    # Changing the vote on any answer changes the member's one vote; others vote on their own.
    assert book.vote(UP_PREFIX + tokens[3], 42).vote is Vote.CHANGED
    assert book.vote(UP_PREFIX + tokens[7], 42).vote is Vote.SAME
    assert book.vote(DOWN_PREFIX + tokens[0], 43).vote is Vote.NEW
    # Another server's question is another question.
    there = book.issue("Who hosts the WIC?", 2)
    assert book.vote(DOWN_PREFIX + there, 42).vote is Vote.NEW


def test_the_vote_memory_is_bounded_and_expires() -> None:
    now = [0.0]
    book = FeedbackBook(lambda: now[0], ttl=100.0, max_votes=50, per=0.0001, burst=1000)
    for n in range(200):
        now[0] += 0.01
        book.vote(DOWN_PREFIX + book.issue(f"question {n}", 1), n)
    assert book.votes() <= 50
    now[0] += 101
    book.vote(DOWN_PREFIX + book.issue("late", 1), 1)
    assert book.votes() == 1


# --- 11. a file saved in place, in chunks, is loaded once whole ------------------------------


def _valid_prefix(text: str) -> str:
    """The file cut after its second edition: shorter, and still valid."""
    lines = text.splitlines(keepends=True)
    starts = [n for n, line in enumerate(lines) if line.startswith("  - year: ")]
    prefix = "".join(lines[: starts[2]])
    return prefix


def test_a_file_saved_in_chunks_is_loaded_only_when_whole(kfiles: Path) -> None:
    """Break: an editor saving in place in chunks had a truncated-but-valid prefix (2
    editions) served until the next poll."""
    full = kfiles.read_text(encoding="utf-8") + "\n# saved in place\n"
    prefix = _valid_prefix(full)
    load_file(kfiles, data=prefix.encode())  # the prefix alone validates
    whole = len(load_file(kfiles).editions)
    rest = [full[len(prefix) : len(prefix) + 5000], full[len(prefix) + 5000 :]]

    def settle(_seconds: float) -> None:
        """The settle interval: the editor writes its next chunk meanwhile."""
        if rest:
            f.write(rest.pop(0))
            f.flush()

    service = KnowledgeService(kfiles, settle=0.2, sleep=settle)
    f = open(kfiles, "w", encoding="utf-8")  # noqa: SIM115 - the editor's file, kept open
    try:
        f.write(prefix)  # the first chunk: a valid file with two editions
        f.flush()
        result = service.poll()
    finally:
        f.close()
    assert result is not None and result.ok
    assert len(service.engine.kb.editions) == whole


def test_a_file_that_changes_while_it_is_read_is_not_swapped_in(
    kfiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = KnowledgeService(kfiles, settle=0.0)
    before = service.version
    full = kfiles.read_text(encoding="utf-8")
    from bot.knowledge_files import FileSource

    real = FileSource.read

    def read_then_save(self: FileSource, *args: Any, **kwargs: Any) -> Any:
        texts = real(self, *args, **kwargs)
        kfiles.write_text(full + "\n# another save landed meanwhile\n" * 3, encoding="utf-8")
        return texts

    kfiles.write_text(_valid_prefix(full), encoding="utf-8")
    monkeypatch.setattr(FileSource, "read", read_then_save)
    assert service.poll() is None
    assert service.version == before  # the prefix read meanwhile was not served
    monkeypatch.setattr(FileSource, "read", real)
    result = service.poll()
    assert result is not None and result.ok
    assert len(service.engine.kb.editions) == len(load_file(kfiles).editions)


# --- 12. an audit log that is not a regular file ---------------------------------------------


def test_an_audit_log_replaced_by_a_fifo_is_refused_without_hanging(
    editor: KnowledgeEditor, kfiles: Path
) -> None:
    """Break: history/audit.jsonl replaced by a FIFO hung Confirm holding the edit lock."""
    editor.history_dir.mkdir(parents=True, exist_ok=True)
    audit = editor.history_dir / "audit.jsonl"
    os.mkfifo(audit)
    original = kfiles.read_bytes()
    proposal = editor.propose([SetValue("facts", ("editions", 7), "theme", "Piped")])
    outcome: list[BaseException | object] = []

    def confirm() -> None:
        try:
            outcome.append(editor.commit(proposal, "mod"))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=confirm, daemon=True)
    worker.start()
    worker.join(5)
    hung = worker.is_alive()
    if hung:  # release the old code's blocked open so the thread can end
        fd = os.open(audit, os.O_RDONLY | os.O_NONBLOCK)
        worker.join(5)
        os.close(fd)
    assert not hung, "Confirm hung on the FIFO"
    (error,) = outcome
    assert isinstance(error, EditError)
    assert "audit.jsonl is not a regular file" in str(error)
    assert "Nothing was changed" in str(error)
    assert kfiles.read_bytes() == original
    # Put right, the next edit goes through.
    audit.unlink()
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "Fine")]), "mod")
    assert len(editor.history()) == 1


# --- 14. a broken unanswered database names its cause at start -------------------------------


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "not-used")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KNOWLEDGE_PATH", str(ROOT / "knowledge" / "wic.yaml"))
    monkeypatch.delenv("DATABASE_URL", raising=False)

    def no_discord(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bot must not start")

    monkeypatch.setattr("bot.app.build_bot", no_discord)
    return cli.main(["run"])


def test_run_with_a_directory_for_the_unanswered_database_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Break: `wic-bot run` gave a traceback when unanswered.sqlite3 was a directory."""
    (tmp_path / "data" / "unanswered.sqlite3").mkdir(parents=True)
    assert _run(monkeypatch, tmp_path) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "unanswered.sqlite3" in err and "it is not a file" in err


def test_run_with_a_read_only_unanswered_database_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Break: `wic-bot run` gave a traceback when unanswered.sqlite3 was read-only."""
    db = tmp_path / "data" / "unanswered.sqlite3"
    MissStore(db).close()
    db.chmod(0o444)

    def read_only(self: MissStore) -> sqlite3.Connection:
        # What a read-only file gives a non-root user (root may write it regardless).
        return sqlite3.connect(
            f"file:{self.path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )

    monkeypatch.setattr(MissStore, "_connect", read_only)
    assert _run(monkeypatch, tmp_path) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "unanswered.sqlite3" in err and "readonly database" in err


# --- 15. NEL, LS and PS ----------------------------------------------------------------------


def test_ask_json_escapes_nel_so_one_record_stays_one_line() -> None:
    """Break: NEL (U+0085) was left raw: readers using splitlines() split the record."""
    stdin = "when was the 4th wic\x85and its theme\u2029?\nwhen was the 5th wic\n".encode()
    result = subprocess.run(
        [*CLI, "ask", "--json"], input=stdin, capture_output=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "\x85" not in text and "\\u0085" in text and "\\u2029" in text
    records = text.splitlines()
    assert len(records) == 2
    assert json.loads(records[0])["question"] == "when was the 4th wic\x85and its theme\u2029?"


@pytest.mark.parametrize("sep", ["\x85", "\u2028", "\u2029"])
def test_a_saved_value_keeps_its_line_separators(
    editor: KnowledgeEditor, kfiles: Path, sep: str
) -> None:
    """Break: NEL in a saved value was folded to a space (and the line after it indented)."""
    theme = f"Digital{sep}Future"
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", theme)]), "mod")
    kb = load_file(kfiles)
    assert kb.editions[7].theme == theme


def test_the_audit_log_escapes_line_separators_in_a_name(
    editor: KnowledgeEditor, kfiles: Path
) -> None:
    """Break: U+2028/9 in a moderator's name were written raw to the audit log."""
    who = "Mod\u2028erator\u2029 \x85X"
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "Audited")]), who)
    raw = (editor.history_dir / "audit.jsonl").read_bytes().decode("utf-8")
    assert not any(c in raw for c in "\x85\u2028\u2029")
    assert len(raw.splitlines()) == 1
    (version,) = editor.history()
    assert version.who == who


# --- 16. knowledge text cannot close a code block or a code span -----------------------------


def test_knowledge_text_cannot_close_the_preview_diff_block(editor: KnowledgeEditor) -> None:
    """Break: a value holding ``` closed the preview's diff block: the rest rendered."""
    theme = "Safe ``` [click me](https://example.com/x) ``` `tick` end"
    proposal = editor.propose([SetValue("facts", ("editions", 7), "theme", theme)])
    body = preview_embed(proposal).description or ""
    fence_runs = [i for i in range(len(body)) if body.startswith("```", i)]
    assert len(fence_runs) == 2  # the block's own opening and closing fences
    assert body.startswith("```diff\n") and body.endswith("\n```")


@pytest.mark.parametrize(
    "line",
    [
        "wic.yaml:3:5: editions[0].thme: unknown key 'x` [link](https://example.com) `y'",
        "a `` double `` and a trailing `",
        "",
    ],
)
def test_knowledge_text_cannot_close_a_mod_log_code_span(line: str) -> None:
    """Break: a backtick in a reported line closed its code span (a masked link rendered)."""
    (shown,) = render.problems_lines(line or " ")
    assert shown.startswith("`") and shown.endswith("`")
    assert shown.count("`") == 2
