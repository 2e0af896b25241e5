"""/wic notify on PostgreSQL: the claims hold across processes, and two bot processes (each with
its own fake Discord, each seeing both servers) send one event and one announcement per server."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from bot.notifystore import PgNotify
from bot.pg.migrate import migrate
from bot.pg.revisions import Draft, Revision, RevisionStore

from .fakediscord import GUILD_ID, SECOND_GUILD_ID, THIRD_GUILD_ID
from .pgcluster import Proc, cluster, worker_logs
from .test_notify_e2e import with_edition


@pytest.fixture
async def pools(pg_url: str) -> AsyncIterator[tuple[asyncpg.Pool, asyncpg.Pool]]:
    """Two pools: as two processes would have."""
    a = await asyncpg.create_pool(pg_url, min_size=1, max_size=4)
    b = await asyncpg.create_pool(pg_url, min_size=1, max_size=4)
    async with a.acquire() as conn:
        await migrate(conn)
    try:
        yield a, b
    finally:
        await a.close()
        await b.close()


async def test_one_claim_wins_across_processes(pools: tuple[asyncpg.Pool, asyncpg.Pool]) -> None:
    one, two = PgNotify(pools[0]), PgNotify(pools[1])
    start, end = dt.date(2027, 11, 9), dt.date(2027, 11, 11)
    claims = await asyncio.gather(
        *(store.claim(7, 2027, start, end) for store in (one, two) for _ in range(10))
    )
    won = [c for c in claims if c is not None]
    assert [c.kind for c in won] == ["new"]
    await one.set_event(7, 2027, 12345)
    moved = dt.date(2027, 11, 10)
    claims = await asyncio.gather(
        *(store.claim(7, 2027, moved, end) for store in (one, two) for _ in range(10))
    )
    won = [c for c in claims if c is not None]
    assert [(c.kind, c.event_id) for c in won] == [("changed", 12345)]
    assert await one.claim(7, 2027, moved, end) is None
    notices = await asyncio.gather(*(s.first_notice(7, "manage_events") for s in (one, two)))
    assert sorted(notices) == [False, True]
    await one.set(7, 70, True)
    await two.set(7, 71, False)  # the latest choice wins
    assert await one.get(7) is not None and (await one.all())[0].channel == 71
    assert await two.remove(7) and not await one.remove(7)


async def _commit_edition(url: str, start: str, end: str) -> None:
    """A moderator records the 2027 edition as a new revision (what `wic-bot kb push` does)."""
    pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
    try:
        store = RevisionStore(pool)

        async def change(head: Revision | None) -> Draft:
            assert head is not None
            facts = with_edition(head.facts, start, end)
            return Draft(
                head.facts_name, facts, head.vocabulary_name, head.vocabulary, "2027 dates", "m"
            )

        assert await store.commit(change, who="moderator", action="edit") is not None
    finally:
        await pool.close()


async def _sent(procs: list[Proc]) -> dict[str, dict[str, Any]]:
    """Per server, everything the processes sent it, added up."""
    total: dict[str, dict[str, Any]] = {}
    for p in procs:
        for guild, sent in (await p.call("notify_sent")).items():
            t = total.setdefault(guild, {"events": [], "created": 0, "edited": 0, "titles": []})
            for key in ("events", "titles"):
                t[key] += sent[key]
            t["created"] += sent["created"]
            t["edited"] += sent["edited"]
    return total


async def _until(procs: list[Proc], done: Any, timeout: float = 15.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        sent = await _sent(procs)
        if done(sent) or time.monotonic() > deadline:
            return sent
        await asyncio.sleep(0.1)


async def test_two_processes_send_each_server_one_event_and_one_announcement(
    pg_url: str, tmp_path: Path
) -> None:
    # SECOND is on shard 1 and THIRD on shard 0, as Discord routes them; the fakes give the
    # first server to both processes, so both race for it: the claims decide.
    own = (str(SECOND_GUILD_ID), str(THIRD_GUILD_ID))
    servers: tuple[str, ...] = (str(GUILD_ID), *own)
    new = "New dates: 2027 World Internet Conference Wuzhen Summit"
    try:
        async with cluster(pg_url, tmp_path, 2) as procs:
            a = procs[0]
            for guild in (GUILD_ID, SECOND_GUILD_ID, THIRD_GUILD_ID):
                await a.call("notify_on", guild=guild)  # one database: any process will do
            await _commit_edition(pg_url, "2027-11-09", "2027-11-11")

            def announced(sent: dict[str, Any]) -> bool:
                return all(sent.get(g, {}).get("titles") for g in servers)

            await _until(procs, announced)
            await asyncio.sleep(1.0)  # anything doubled would have arrived by now
            sent = await _sent(procs)
            for g in servers:
                assert sent[g]["created"] == 1, (g, sent)
                assert sent[g]["titles"] == [new], (g, sent)

            # The first server's event lives in one fake only; whichever process wins the
            # change would edit it in its own fake (one Discord in reality): leave it out now.
            assert "off" in (await a.call("notify_off", guild=GUILD_ID))["text"]
            servers = own
            await _commit_edition(pg_url, "2027-11-10", "2027-11-12")

            def told(sent: dict[str, Any]) -> bool:
                return all(len(sent[g]["titles"]) >= 2 for g in servers)

            await _until(procs, told)
            await asyncio.sleep(1.0)
            sent = await _sent(procs)
            for g in servers:  # (the two processes' messages, added up: in any order)
                titles = sorted(sent[g]["titles"])
                assert len(titles) == 2 and titles[1] == new, (g, sent)
                assert titles[0].startswith("Dates changed: "), (g, sent)
            for g in own:  # served by one process each: its event moved, none made twice
                assert sent[g]["created"] == 1 and sent[g]["edited"] == 1, (g, sent)
                (event,) = sent[g]["events"]
                assert event["scheduled_start_time"] == "2027-11-10T09:00:00+08:00"
    except BaseException:
        print(worker_logs(tmp_path))
        raise
