"""Several real bot processes (separate shard ids, each with its own fake Discord) sharing
one PostgreSQL database: propagation, concurrent moderators, SIGKILL mid-commit, a database
restart under load, one shared unanswered list."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from .pgcluster import Proc, cluster, copy_knowledge, spawn, worker_logs
from .pgserver import PgServer

NEW_THEME = "Towards a Brave New Digital Era"
QUESTION = "theme of wic 2021"


@pytest.fixture
async def procs(pg_url: str, tmp_path: Path) -> AsyncIterator[list[Proc]]:
    try:
        async with cluster(pg_url, tmp_path, 3) as started:
            yield started
    except BaseException:
        print(worker_logs(tmp_path))
        raise


async def _head(conn: asyncpg.Connection) -> dict[str, Any]:
    """The head revision's row with both texts (stored compressed since migration 3)."""
    from dataclasses import asdict

    from bot.pg.revisions import Revision

    row = await conn.fetchrow(
        """SELECT r.*, fb.zdata AS facts_z, vb.zdata AS vocabulary_z FROM kb_revision r
           LEFT JOIN kb_blob fb ON fb.sha256 = r.facts_blob
           LEFT JOIN kb_blob vb ON vb.sha256 = r.vocabulary_blob ORDER BY r.id DESC LIMIT 1"""
    )
    assert row is not None
    return asdict(Revision.from_row(row))


async def test_an_edit_through_one_process_is_answered_by_the_other_two_within_a_second(
    procs: list[Proc],
) -> None:
    a, b, c = procs
    assert len({(await p.call("version"))["version"] for p in procs}) == 1
    for p in (b, c):
        assert NEW_THEME not in (await p.call("ask", q=QUESTION))["text"]
    preview = await a.call("prepare_theme", name="x", year=2021, theme=NEW_THEME)
    assert preview["ready"], preview
    saved = await a.call("confirm", name="x")
    assert saved["title"] == "Saved", saved
    arrivals = await asyncio.gather(
        *(p.call("wait_version", version=saved["version"], timeout=2.0) for p in (b, c))
    )
    for arrival in arrivals:
        assert arrival["t"] is not None, arrival
        assert arrival["t"] - saved["t"] < 1.0  # live everywhere within one second
    for p in (b, c):
        assert NEW_THEME in (await p.call("ask", q=QUESTION))["text"]
    # The edit is in every process's /kb history (one database, one history).
    assert "set editions[year=2021].theme" in (await c.call("history"))["text"]
    # /kb status names the revision served (the import was 1, this edit 2), not a mirror path.
    status = (await c.call("status"))["text"]
    assert "**Revision:** `2` · by " in status and "**File:**" not in status, status


async def test_two_moderators_on_different_processes_one_wins_the_other_is_refused(
    procs: list[Proc], pg_url: str
) -> None:
    a, b, c = procs
    assert (await a.call("prepare_theme", name="m", year=2021, theme="Theme A"))["ready"]
    assert (await b.call("prepare_theme", name="m", year=2021, theme="Theme B"))["ready"]
    # A third moderator teaches a phrasing (the other file) at the same moment.
    phrase = "who paid for the whole thing"
    assert (await c.call("prepare_phrase", name="p", target="intent:hosts", phrasing=phrase))[
        "ready"
    ]
    results = await asyncio.gather(
        a.call("confirm", name="m"), b.call("confirm", name="m"), c.call("confirm", name="p")
    )
    titles = sorted(r["title"] for r in results[:2])
    assert titles[1] == "Saved", results
    refused = next(r for r in results[:2] if r["title"] != "Saved")
    assert "changed since you opened this" in refused["text"]
    assert results[2]["title"] == "Saved", results[2]  # the other file's edit is not lost
    winner = "Theme A" if results[0]["title"] == "Saved" else "Theme B"
    conn = await asyncpg.connect(pg_url)
    try:
        head = await _head(conn)
        assert winner in head["facts"] and phrase in head["vocabulary"]
        counts = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM kb_revision) AS r, (SELECT count(*) FROM kb_audit) AS a"
        )
        assert counts is not None
        assert (counts["r"], counts["a"]) == (3, 3)  # import + two edits, each audited
    finally:
        await conn.close()
    for p in procs:
        assert (await p.call("wait_version", version=head["digest"], timeout=2.0))["t"]
        assert winner in (await p.call("ask", q=QUESTION))["text"]
        assert "hosted" in (await p.call("ask", q=phrase))["text"].lower()


async def test_unanswered_questions_from_every_process_appear_in_one_list(
    procs: list[Proc],
) -> None:
    questions = ["who footed the bill", "where do i park my bike", "is there free coffee"]
    for p, q in zip(procs, questions, strict=True):
        assert (await p.call("ask", q=q))["text"]  # declined (the engine's words vary)
    deadline = time.monotonic() + 2.0
    while True:
        listing = await procs[0].call("unanswered")
        if all(q in listing["text"] for q in questions) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    assert all(q in listing["text"] for q in questions), listing
    assert listing["title"] == "Unanswered questions (3 open)"


async def test_a_writer_killed_mid_commit_leaves_the_old_or_the_new_revision_with_its_audit(
    pg_url: str, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path / "knowledge")
    async with cluster(pg_url, tmp_path / "one", 1):  # imports revision 1, then stops
        pass
    conn = await asyncpg.connect(pg_url)
    try:
        for round_ in range(3):
            log = tmp_path / f"writer-{round_}.log"
            writer = await spawn(["--writer", pg_url, str(knowledge)], log)
            assert writer.stdout is not None
            await asyncio.wait_for(writer.stdout.readline(), 20)  # one commit done
            # Wait until the writer is inside a commit (holding the commit lock), then kill it.
            deadline = time.monotonic() + 10
            while True:
                held = await conn.fetchval(
                    """SELECT count(*) FROM pg_locks l JOIN pg_stat_activity s USING (pid)
                       WHERE l.locktype = 'advisory' AND l.granted AND s.pid <> pg_backend_pid()"""
                )
                if held or time.monotonic() > deadline:
                    break
            assert held, log.read_text()
            os.kill(writer.pid, signal.SIGKILL)
            await writer.wait()
            assert writer.returncode == -signal.SIGKILL
            # The server notices the dead client and rolls its transaction back.
            deadline = time.monotonic() + 10
            while await conn.fetchval(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            ):
                assert time.monotonic() < deadline, "the dead writer's lock was never released"
                await asyncio.sleep(0.02)
        revs = await conn.fetch("SELECT id, parent, message FROM kb_revision ORDER BY id")
        audits = await conn.fetch("SELECT revision, summary FROM kb_audit ORDER BY revision")
        assert len(revs) >= 4
        # Every revision has exactly its own audit entry, and the chain is unbroken.
        assert [(r["id"], r["message"]) for r in revs] == [
            (a["revision"], a["summary"]) for a in audits
        ]
        assert [r["parent"] for r in revs[1:]] == [r["id"] for r in revs[:-1]]
    finally:
        await conn.close()
    # The head is valid: a fresh process starts on it.
    conn = await asyncpg.connect(pg_url)
    try:
        head = await conn.fetchval("SELECT digest FROM kb_revision ORDER BY id DESC LIMIT 1")
    finally:
        await conn.close()
    async with cluster(pg_url, tmp_path / "after", 1) as (p,):
        assert (await p.call("version"))["version"] == head  # caught up on start
        assert "Digital Civilization" in (await p.call("ask", q=QUESTION))["text"]


async def test_database_restart_under_load_answers_never_stop_and_writes_resume(
    pg_server: PgServer, procs: list[Proc]
) -> None:
    a, b, c = procs
    stop = asyncio.Event()
    slowest: list[float] = []
    answered = 0

    async def load(p: Proc) -> None:
        nonlocal answered
        while not stop.is_set():
            reply = await p.call("ask", q="when was the 4th wic", timeout=5)
            assert "2017" in reply["text"]
            slowest.append(reply["seconds"])
            answered += 1

    loaders = [asyncio.create_task(load(p)) for p in procs]
    try:
        await asyncio.sleep(0.3)
        pg_server.stop()
        before = answered
        await asyncio.sleep(1.0)
        assert answered > before + 10  # answers go on while the database is down
        assert (await a.call("prepare_theme", name="o", year=2021, theme=NEW_THEME))["ready"]
        refused = await a.call("confirm", name="o")
        assert refused["title"] == "Not saved" and "unreachable right now" in refused["text"]
        assert (await b.call("ask", q="is the wifi free"))["text"]
        listing = await c.call("unanswered")  # moderators are told why there is no list
        assert "unreachable right now" in listing["text"], listing
    finally:
        pg_server.start()
    try:
        for p in procs:
            assert (await p.call("wait_connected", timeout=15))["connected"]
        await asyncio.sleep(0.5)
        assert (await a.call("prepare_theme", name="o", year=2021, theme=NEW_THEME))["ready"]
        saved = await a.call("confirm", name="o")
        assert saved["title"] == "Saved", saved  # writes resume
        for p in (b, c):
            assert (await p.call("wait_version", version=saved["version"], timeout=2))["t"]
        # The miss recorded during the outage was queued, then stored.
        deadline = time.monotonic() + 10
        while "is the wifi free" not in (await c.call("unanswered"))["text"]:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.gather(*loaders)
    assert answered > 50 and max(slowest) < 2.0


async def test_wic_bot_run_with_database_url_imports_logs_in_and_stops_cleanly(
    pg_url: str, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path / "knowledge")
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        "DATABASE_URL": pg_url,
        "DISCORD_TOKEN": "fake-token",
        "KNOWLEDGE_PATH": str(knowledge),
        "DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "INFO",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.pgworker", "--cli-run",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        line = await asyncio.wait_for(proc.stdout.readline(), 30)
        assert line.strip() == b"identified"
        await asyncio.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), 20)
    log = err.decode()
    assert proc.returncode == 0, log
    assert "imported" in log and "serving knowledge revision 1" in log, log
    assert " ERROR " not in log and "Traceback" not in log, log
    conn = await asyncpg.connect(pg_url)
    try:
        assert await conn.fetchval("SELECT author FROM kb_revision") == "wic-bot (first start)"
    finally:
        await conn.close()


async def test_a_revision_that_does_not_validate_is_refused_by_every_process_and_reported(
    procs: list[Proc], pg_url: str
) -> None:
    good = {(await p.call("version"))["version"] for p in procs}
    assert len(good) == 1
    conn = await asyncpg.connect(pg_url)
    try:
        head = await _head(conn)
        bad = head["facts"].replace("end: 2017-12-05", "end: 2017-11-30", 1)
        async with conn.transaction():  # as a newer bot version (other rules) might write it
            new_id = await conn.fetchval(
                """INSERT INTO kb_revision (parent, digest, facts_name, facts, vocabulary_name,
                   vocabulary, author, message) VALUES ($1, 'bad', $2, $3, $4, $5, 'x', 'x')
                   RETURNING id""",
                head["id"], head["facts_name"], bad, head["vocabulary_name"], head["vocabulary"],
            )  # fmt: skip
            await conn.execute("SELECT pg_notify('wic_kb', $1)", str(new_id))
    finally:
        await conn.close()
    for p in procs:
        deadline = time.monotonic() + 2
        while "Knowledge edit refused" not in (await p.call("modlog"))["titles"]:
            assert time.monotonic() < deadline, p.shard
            await asyncio.sleep(0.02)
        assert {(await p.call("version"))["version"]} == good  # the last good version stays
        assert "December 3" in (await p.call("ask", q="when was the 4th wic"))["text"]
