"""The PostgreSQL backend in one process, against a real server: migrations, revisions with
compare-and-swap, audit, live reload between two backends, refusals, outages, unanswered."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from bot.editing import EditError, Saved, SetValue, StaleEdit
from bot.pg.db import DatabaseUnavailable, create_pool
from bot.pg.migrate import MigrationError, migrate, migrations
from bot.pg.revisions import RevisionStore, revision_digest
from bot.pg.runtime import PgBackend, open_backend
from bot.service import ReloadResult

from .pgcluster import copy_knowledge
from .pgserver import PgServer

NEW_THEME = "Towards a Brave New Digital Era"


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    return copy_knowledge(tmp_path / "knowledge")


async def backend(url: str, knowledge: Path, tmp_path: Path) -> PgBackend:
    return await open_backend(url, knowledge, connect_deadline=5)


@pytest.fixture
async def two(pg_url: str, knowledge: Path, tmp_path: Path) -> AsyncIterator[list[PgBackend]]:
    """Two processes' worth of backend (each with its own pool and listener)."""
    backends = [await backend(pg_url, knowledge, tmp_path) for _ in range(2)]
    reports: list[ReloadResult] = []

    async def report(result: ReloadResult) -> None:
        reports.append(result)

    for b in backends:
        await b.start(report)
        await asyncio.wait_for(b.live.connected.wait(), 5)
    try:
        yield backends
    finally:
        for b in backends:
            await b.close()


def theme_edit(b: PgBackend, theme: str):
    return b.editor.propose([SetValue("facts", ("editions", 7), "theme", theme)])


async def wait_for(predicate, timeout: float = 2.0) -> float:
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not within {timeout}s")
        await asyncio.sleep(0.005)
    return time.monotonic() - start


async def test_migrations_apply_once_in_order_and_a_newer_schema_is_refused(pg_url: str) -> None:
    assert [m.version for m in migrations()] == [1, 2, 3, 4]
    conn = await asyncpg.connect(pg_url)
    try:
        assert await migrate(conn) == [1, 2, 3, 4]
        assert await migrate(conn) == []  # idempotent: a second start changes nothing
        tables = {
            r[0]
            for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        assert {"kb_revision", "kb_audit", "unanswered", "schema_migrations"} <= tables
        await conn.execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'future')")
        with pytest.raises(MigrationError, match="newer than this bot knows"):
            await migrate(conn)
    finally:
        await conn.close()


async def test_first_start_imports_the_shipped_files_once(
    pg_url: str, knowledge: Path, tmp_path: Path
) -> None:
    # Three processes starting together against an empty database import exactly once.
    started = await asyncio.gather(*(backend(pg_url, knowledge, tmp_path) for _ in range(3)))
    try:
        store = started[0].revisions
        log = await store.log()
        assert len(log) == 1 and log[0].author == "wic-bot (first start)"
        head = await store.head()  # the log carries no texts; the revision itself does
        assert head is not None and head.facts == knowledge.read_text(encoding="utf-8")
        # The revision's hash is the engine's version id: /kb status and `kb log` agree.
        assert {b.service.version for b in started} == {log[0].digest}
        audit = await store.pool.fetch("SELECT action, revision FROM kb_audit")
        assert [(r["action"], r["revision"]) for r in audit] == [("import", log[0].id)]
    finally:
        for b in started:
            await b.close()


async def test_an_edit_commits_with_its_audit_and_reaches_the_other_process(
    two: list[PgBackend],
) -> None:
    a, b = two
    proposal = theme_edit(a, NEW_THEME)
    before = a.service.version
    saved = await a.knowledge.commit(proposal, "mod (1)")
    version = saved.version
    assert saved.previous == before != version  # the revision it was built on
    assert a.service.reload().ok and a.service.version == version  # what /kb confirm does
    took = await wait_for(lambda: b.service.version == version, 1.0)
    assert took < 1.0
    reply = b.service.engine.ask("theme of wic 2021", today=dt.date.today())
    assert NEW_THEME in reply.answer.text
    head = await a.revisions.head()
    assert head is not None and head.author == "mod (1)" and head.files == "wic.yaml"
    audit = await a.pool.fetch(
        "SELECT who, action, base FROM kb_audit WHERE revision = $1", head.id
    )
    assert [tuple(r) for r in audit] == [("mod (1)", "edit", head.parent)]
    history = await b.knowledge.history()
    assert history[0].who == "mod (1)" and history[0].summary == proposal.summary
    versions, skipped = await b.knowledge.history_report()
    assert versions == history and skipped == 0
    # /kb status names the revision served, in both processes.
    for p in (a, b):
        origin = p.knowledge.origin()
        assert (origin.label, origin.value) == ("Revision", str(head.id))
        assert origin.detail.startswith("by mod (1), ")


async def test_a_stale_edit_is_refused_and_nothing_is_lost(two: list[PgBackend]) -> None:
    a, b = two
    first, second = theme_edit(a, "First theme"), theme_edit(b, "Second theme")
    results = await asyncio.gather(
        a.knowledge.commit(first, "a"), b.knowledge.commit(second, "b"), return_exceptions=True
    )
    assert sum(isinstance(r, StaleEdit) for r in results) == 1
    assert sum(isinstance(r, Saved) for r in results) == 1
    winner = next(r.version for r in results if isinstance(r, Saved))
    log = await a.revisions.log()
    assert len(log) == 2 and log[0].digest == winner
    # Both processes converge on the winner: its /kb confirm reloads it, the other one follows
    # the notification. (Not a reload in the polling predicate: a full load on the event loop
    # every 5 ms starves the listener.)
    won = a if isinstance(results[0], Saved) else b
    await asyncio.to_thread(won.service.reload)
    await wait_for(lambda: a.service.version == winner == b.service.version, 5.0)


async def test_the_revision_table_itself_forbids_two_children_of_one_parent(
    two: list[PgBackend],
) -> None:
    a, _ = two
    head = await a.revisions.head()
    assert head is not None
    insert = """INSERT INTO kb_revision (parent, digest, facts_name, facts, vocabulary_name,
                vocabulary, author, message) SELECT $1, 'x', facts_name, facts,
                vocabulary_name, vocabulary, 'x', 'x' FROM kb_revision WHERE id = $1"""
    await a.pool.execute(insert, head.id)
    with pytest.raises(asyncpg.UniqueViolationError):
        await a.pool.execute(insert, head.id)


async def test_an_invalid_revision_is_refused_everywhere_and_the_last_good_one_kept(
    two: list[PgBackend], knowledge: Path
) -> None:
    a, b = two
    reports: list[ReloadResult] = []

    async def report(result: ReloadResult) -> None:
        reports.append(result)

    b.live.report = report
    good = b.service.version
    head = await a.revisions.head()
    assert head is not None
    # A revision written by something that skipped validation (say, a newer bot version).
    bad = head.facts.replace("end: 2017-12-05", "end: 2017-11-30", 1)
    assert bad != head.facts

    async def change(h):
        from bot.pg.revisions import Draft

        return Draft(h.facts_name, bad, h.vocabulary_name, h.vocabulary, "bad", "wic.yaml")

    rev = await a.revisions.commit(change, who="elsewhere", action="push")
    assert rev is not None
    await wait_for(lambda: b.live.seen == rev.id)
    await wait_for(lambda: bool(reports))
    assert b.service.version == good  # still answering from the last good version
    assert reports[0].ok is False and reports[0].error is not None
    assert "is before start" in reports[0].error.report()
    assert b.service.last_error is not None
    # A process starting now serves the last good revision too, and tells the moderator log.
    late = await backend(a.url, knowledge, knowledge.parent)
    try:
        assert late.service.version == good and late.service.last_error is not None
        told: list[ReloadResult] = []

        async def tell(result: ReloadResult) -> None:
            told.append(result)

        await late.start(tell)
        assert [r.ok for r in told] == [False]
    finally:
        await late.close()
    # An edit on top of it is refused, pointing to the rollback that repairs it (not "reopen",
    # which would be refused again forever); a valid push repairs it for everyone too.
    from bot.pg.live import HeadRefused

    with pytest.raises(HeadRefused, match=f"/kb rollback version:{good}"):
        await b.knowledge.commit(theme_edit(b, NEW_THEME), "b")
    from bot.pg.cli import push

    assert await push(a.url, [knowledge], "repair", force=True) == 0
    fixed = await a.revisions.head()
    assert fixed is not None
    await wait_for(lambda: b.service.version == fixed.digest)


async def test_rollback_restores_an_earlier_revision(two: list[PgBackend]) -> None:
    a, b = two
    original = a.service.version
    await a.knowledge.commit(theme_edit(a, NEW_THEME), "mod")
    a.service.reload()
    history = await a.knowledge.history()
    assert history[0].id == original  # the version before the edit
    proposal = await a.knowledge.propose_rollback(original)
    assert proposal.ok and "Digital Civilization" in proposal.diff
    saved = await a.knowledge.commit(proposal, "mod")
    assert saved.version == original
    await wait_for(lambda: b.service.version == original)
    with pytest.raises(EditError, match="no kept version"):
        await a.knowledge.propose_rollback("ffffffffffff")


async def test_the_unanswered_store_is_shared_counted_and_purged(two: list[PgBackend]) -> None:
    a, b = two
    a.unanswered.record("Who paid for it?", guild=1, reason="decline")
    b.unanswered.record("who paid for it", guild=1, reason="decline")
    b.unanswered.record("<@123> **where is the loo**", guild=2, reason="decline")
    await b.pg_unanswered.flush()
    top = await a.unanswered.top()
    assert [(m.question, m.count) for m in top] == [
        ("who paid for it", 2),
        ("where is the loo", 1),
    ]
    assert await a.unanswered.count_open() == 2
    assert await b.unanswered.set_status("who paid for it", "dismissed") == 1
    assert [m.question for m in await a.unanswered.top()] == ["where is the loo"]
    assert await a.unanswered.purge(0) == 2


async def test_unanswered_dms_retract_and_stored_forms(two: list[PgBackend]) -> None:
    """The same behaviour as the SQLite store: DMs only when opted in, a 👎 taken back, a
    question dismissed by the text the list shows (placeholders and all)."""
    a, b = two
    a.unanswered.record("asked in a dm", guild=None, reason="decline")
    a.unanswered.record("is https://evil.example/x the official site", guild=1, reason="decline")
    a.unanswered.record("when was the 4th wic", guild=1, reason="downvote")
    await a.pg_unanswered.flush()  # another process reads them
    shown = [m.question for m in await b.unanswered.top()]
    assert "asked in a dm" not in shown and await b.unanswered.count_open() == 2
    assert "asked in a dm" in [m.question for m in await b.unanswered.top(include_dms=True)]
    assert await b.unanswered.count_open(include_dms=True) == 3
    await b.unanswered.retract("when was the 4th wic", guild=1)
    assert [m.question for m in await a.unanswered.top()] == ["is <url> the official site"]
    assert await a.unanswered.set_status("is <url> the official site", "dismissed") == 1
    assert await a.unanswered.top() == []


async def test_an_outage_refuses_writes_clearly_queues_misses_and_recovers(
    pg_server: PgServer, two: list[PgBackend]
) -> None:
    a, b = two
    proposal = theme_edit(a, NEW_THEME)
    pg_server.stop()
    try:
        await wait_for(lambda: not a.live.connected.is_set(), 10)
        assert (
            NEW_THEME
            not in a.service.engine.ask("theme of wic 2021", today=dt.date.today()).answer.text
        )  # answers go on from the loaded version
        with pytest.raises(DatabaseUnavailable, match="unreachable right now"):
            await a.knowledge.commit(proposal, "mod")
        with pytest.raises(DatabaseUnavailable):
            await a.unanswered.top()
        a.unanswered.record("asked during the outage", guild=1, reason="decline")
        await asyncio.sleep(0.3)
        assert a.pg_unanswered.pending == 1  # kept for later, not lost
    finally:
        pg_server.start()
    await wait_for(lambda: a.live.connected.is_set() and b.live.connected.is_set(), 15)
    version = (await a.knowledge.commit(proposal, "mod")).version  # writes resume
    await wait_for(lambda: b.service.version == version, 2)
    await wait_for(lambda: a.pg_unanswered.pending == 0, 10)
    assert [m.question for m in await b.unanswered.top()] == ["asked during the outage"]


async def test_kb_push_pull_and_log(pg_url: str, knowledge: Path, tmp_path: Path, capsys) -> None:
    from bot.pg.cli import pull, push, show_log

    assert await push(pg_url, [knowledge], "", force=False) == 0
    out = tmp_path / "pulled"
    assert await pull(pg_url, out) == 0
    assert (out / "wic.yaml").read_bytes() == knowledge.read_bytes()
    assert (out / "vocabulary.yaml").exists() and (out / ".wic-revision").read_text() == "1\n"
    # An invalid file is refused with the same report as `wic-bot check`.
    text = (out / "wic.yaml").read_text(encoding="utf-8")
    (out / "wic.yaml").write_text(text.replace("end: 2017-12-05", "end: 2017-11-30", 1))
    capsys.readouterr()
    assert await push(pg_url, [out / "wic.yaml"], "broken", force=False) == 1
    assert "is before start 2017-12-03" in capsys.readouterr().err
    # A valid change from the pulled folder commits; a second folder pulled earlier is stale.
    other = tmp_path / "other"
    assert await pull(pg_url, other) == 0
    (out / "wic.yaml").write_text(text.replace("Digital Civilization", "Digital Era", 1))
    assert await push(pg_url, [out / "wic.yaml"], "rename", force=False) == 0
    (other / "wic.yaml").write_text(text + "\n# mine\n")
    capsys.readouterr()
    assert await push(pg_url, [other / "wic.yaml"], "mine", force=False) == 1
    assert "moved on since you pulled revision 1" in capsys.readouterr().err
    assert await show_log(pg_url, 10) == 0
    log = capsys.readouterr().out
    assert "rename" in log and log.index("rename") < log.index("pushed")
    pool = await create_pool(pg_url)
    try:
        assert len(await RevisionStore(pool).log()) == 2
    finally:
        await pool.close()


async def test_kb_reload_fetches_the_head_at_once(
    pg_url: str, knowledge: Path, tmp_path: Path
) -> None:
    """/kb reload fetches a head whose NOTIFY never arrived. Deterministic: b's 5 s probe is
    off, so the reload's nudge is the only way b can learn of the new head, and nothing is
    timed (it failed 1 of 2 full runs when "at once" meant "within 1 s" next to a probe)."""
    a = await backend(pg_url, knowledge, tmp_path)
    b = await backend(pg_url, knowledge, tmp_path)
    b.live.health_interval = 3600.0  # no probe: only a nudge can fetch the head
    caught_up = 0
    catch_up = b.live.catch_up

    async def counted() -> ReloadResult | None:
        nonlocal caught_up
        try:
            return await catch_up()
        finally:
            caught_up += 1

    b.live.catch_up = counted  # type: ignore[method-assign]

    async def report(_result: ReloadResult) -> None:
        pass

    try:
        for x in (a, b):
            await x.start(report)
            await asyncio.wait_for(x.live.connected.wait(), 10)
        await wait_for(lambda: caught_up >= 1, 10)  # the catch-up on connecting is done
        await asyncio.sleep(0.3)  # and any wake from a's start (its NOTIFY) has been served
        before = caught_up
        head = await a.revisions.head()
        assert head is not None
        facts = head.facts + "\n# changed without a notification\n"
        # A commit whose NOTIFY never arrived (written behind the bot's back, no pg_notify).
        await a.pool.execute(
            """INSERT INTO kb_revision (parent, digest, facts_name, facts, vocabulary_name,
               vocabulary, author, message) VALUES ($1, $2, $3, $4, $5, $6, 'x', 'x')""",
            head.id,
            revision_digest(facts, head.vocabulary),
            head.facts_name,
            facts,
            head.vocabulary_name,
            head.vocabulary,
        )
        await asyncio.sleep(0.2)
        assert caught_up == before and b.service.version == head.digest  # nobody told b
        await asyncio.to_thread(b.service.reload)  # what /kb reload does
        # Fetched by the reload's nudge, the only way left: the count goes up once the
        # catch-up returns, a moment after the new version is served, so wait for both.
        new = revision_digest(facts, head.vocabulary)
        await wait_for(lambda: b.service.version == new and caught_up > before, 30)
    finally:
        for x in (a, b):
            await x.close()
