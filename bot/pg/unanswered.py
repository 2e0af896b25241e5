"""The unanswered-question store in PostgreSQL, shared by every process.

``record`` never waits for the database: it queues the miss (bounded) and a background task
writes queued misses in batches. While the database is away the queue holds them and the
task retries with backoff; if the outage outlasts the queue, the oldest misses are dropped
(they are statistics, not data anyone typed in on purpose) and the log says how many.
``retract`` (a 👎 changed into a 👍) goes through the same queue, in order: during an outage
it takes back the queued 👎, or waits its turn, rather than being lost while the 👎 is kept.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable

import asyncpg

from bot.misses import Miss, clean_question

from .db import OUTAGE, Backoff, guarded

log = logging.getLogger(__name__)
QUEUE_MAX = 10_000
BATCH = 500

_RETRACT = (
    "UPDATE unanswered SET count = count - 1 WHERE question = $1 AND guild = $2",
    "DELETE FROM unanswered WHERE question = $1 AND guild = $2 AND count <= 0",
)
Queued = tuple[str, int, str, dt.datetime, int]  # question, guild, reason, when, +1 or -1

_UPSERT = """
INSERT INTO unanswered AS u (question, guild, reason, first_seen, last_seen)
VALUES ($1, $2, $3, $4, $4)
ON CONFLICT (question, guild) DO UPDATE SET
  count = u.count + 1, last_seen = GREATEST(u.last_seen, excluded.last_seen),
  reason = excluded.reason,
  status = CASE WHEN u.status = 'dismissed' THEN 'dismissed' ELSE 'open' END
"""


def _at(ts: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, dt.UTC)


class PgUnanswered:
    """``UnansweredStore`` over PostgreSQL."""

    def __init__(self, pool: asyncpg.Pool, *, clock: Callable[[], float] = time.time) -> None:
        self.pool = pool
        self._clock = clock
        self._queue: collections.deque[Queued] = collections.deque(maxlen=QUEUE_MAX)
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self.dropped = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self._flusher(), name="pg-unanswered")

    async def close(self) -> None:
        if self._task is not None:
            with contextlib.suppress(TimeoutError, Exception):
                await asyncio.wait_for(self.flush(), 2.0)  # a clean stop loses nothing
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._queue:  # e.g. stopped during an outage: say what is lost
            log.warning(
                "stopping with %d unanswered questions and votes not stored "
                "(the database could not be reached)",
                len(self._queue),
            )

    def record(self, question: str, *, guild: int | None, reason: str) -> None:
        text = clean_question(question)
        if not text:
            return
        self._put((text, guild or 0, reason, _at(self._clock()), 1))

    def _put(self, item: Queued) -> None:
        if len(self._queue) == self._queue.maxlen:
            self.dropped += 1
        self._queue.append(item)
        self._idle.clear()
        self._wake.set()

    @property
    def pending(self) -> int:
        return len(self._queue)

    async def _write(self, batch: list[Queued]) -> None:
        async with self.pool.acquire() as conn, conn.transaction():
            run: list[Queued] = []
            for n, item in enumerate(batch):  # consecutive counts together, in order
                run.append(item)
                if n + 1 < len(batch) and batch[n + 1][4] == item[4]:
                    continue
                if item[4] > 0:
                    await conn.executemany(_UPSERT, [i[:4] for i in run])
                else:
                    for sql in _RETRACT:
                        await conn.executemany(sql, [i[:2] for i in run])
                run = []

    async def _flusher(self) -> None:
        backoff = Backoff()
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._queue:
                batch = [self._queue.popleft() for _ in range(min(BATCH, len(self._queue)))]
                try:
                    await self._write(batch)
                    backoff.reset()
                except asyncio.CancelledError:
                    self._queue.extendleft(reversed(batch))
                    raise
                except OUTAGE as exc:
                    self._queue.extendleft(reversed(batch))  # keep them for the next try
                    if backoff.fresh:
                        log.warning("cannot store unanswered questions yet (%s); queued", exc)
                    await backoff.wait()
                except Exception:
                    log.exception("storing %d unanswered questions failed", len(batch))
            if self.dropped:
                log.warning("dropped %d unanswered questions during an outage", self.dropped)
                self.dropped = 0
            if not self._queue:  # a miss recorded meanwhile has set _wake again
                self._idle.set()

    async def flush(self) -> None:
        """Wait until everything queued so far is written."""
        if self._task is None:
            return
        self._wake.set()
        await self._idle.wait()

    async def top(
        self,
        *,
        days: float = 30.0,
        limit: int = 10,
        offset: int = 0,
        guild: int | None = None,
        include_dms: bool = False,
    ) -> list[Miss]:
        """The most frequent open misses of every process, seen in the last ``days``.

        Questions asked in direct messages (guild 0) are left out unless ``include_dms``.
        """
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.flush(), 1.0)  # include this process's latest
        since = _at(self._clock() - days * 86400)

        async def run() -> list[asyncpg.Record]:
            return await self.pool.fetch(
                """SELECT question, guild, reason, count, first_seen, last_seen FROM unanswered
                   WHERE status = 'open' AND last_seen >= $1
                     AND ($2::bigint IS NULL OR guild = $2) AND ($5::boolean OR guild <> 0)
                   ORDER BY count DESC, last_seen DESC, question LIMIT $3 OFFSET $4""",
                since,
                guild,
                limit,
                offset,
                include_dms,
            )

        rows = await guarded("the unanswered questions cannot be read", run)
        return [Miss(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    async def count_open(self, *, days: float = 30.0, include_dms: bool = False) -> int:
        since = _at(self._clock() - days * 86400)

        async def run() -> int:
            value = await self.pool.fetchval(
                """SELECT count(*) FROM unanswered
                   WHERE status = 'open' AND last_seen >= $1 AND ($2::boolean OR guild <> 0)""",
                since,
                include_dms,
            )
            return int(value)

        return await guarded("the unanswered questions cannot be read", run)

    async def retract(self, question: str, *, guild: int | None) -> None:
        """Take back one count (a 👎 changed into a 👍): the queued 👎 if it is still queued,
        otherwise queued after everything before it, and written within a second when the
        database is there (other processes then see it). Never fails for an outage."""
        text = clean_question(question)
        if not text:
            return
        for n in range(len(self._queue) - 1, -1, -1):
            q, g, reason, _when, delta = self._queue[n]
            if q == text and g == (guild or 0) and reason == "downvote" and delta > 0:
                del self._queue[n]
                return
        self._put((text, guild or 0, "downvote", _at(self._clock()), -1))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.flush(), 1.0)

    async def set_status(self, question: str, status: str) -> int:
        """Mark a question (in every guild) dismissed or taught; returns rows changed.

        ``question`` is either a stored question (as ``top`` lists it, placeholders and all)
        or what a member typed."""
        if status not in ("open", "dismissed", "taught"):
            raise ValueError(status)

        async def run() -> str:
            return str(
                await self.pool.execute(
                    "UPDATE unanswered SET status = $1 WHERE question = ANY($2::text[])",
                    status,
                    [question, clean_question(question)],
                )
            )

        result = await guarded("the question was not updated", run)
        return int(result.rsplit(" ", 1)[-1])

    async def purge(self, retention_days: float) -> int:
        cutoff = _at(self._clock() - retention_days * 86400)

        async def run() -> str:
            return str(
                await self.pool.execute("DELETE FROM unanswered WHERE last_seen < $1", cutoff)
            )

        result = await guarded("nothing was purged", run)
        return int(result.rsplit(" ", 1)[-1])
