"""Connecting to PostgreSQL, telling an outage from a bug, and backing off."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import asyncpg

from bot.editing import EditError

log = logging.getLogger(__name__)
T = TypeVar("T")

# Errors that mean "the database is not there right now", as opposed to a bug in a query.
OUTAGE: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.InterfaceError,  # includes ConnectionDoesNotExistError
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,  # admin shutdown, cannot connect now
)
NOTIFY_CHANNEL = "wic_kb"
COMMIT_LOCK = 0x7769_6362_0001  # advisory lock: one committer at a time
MIGRATE_LOCK = 0x7769_6362_0002


class DatabaseUnavailable(EditError):
    """The database cannot be reached; the message is for moderators."""

    def __init__(self, what: str = "nothing was saved") -> None:
        super().__init__(
            f"The knowledge database is unreachable right now, so {what}. The bot keeps "
            "answering from the version it has loaded; try again in a minute."
        )


def is_outage(exc: BaseException) -> bool:
    return isinstance(exc, OUTAGE)


async def create_pool(url: str, *, max_size: int = 5) -> asyncpg.Pool:
    """A small pool; every query is bounded so an unresponsive server cannot hang a command."""
    pool = await asyncpg.create_pool(
        url, min_size=1, max_size=max_size, timeout=5.0, command_timeout=10.0
    )
    assert pool is not None
    return pool


async def connect_with_retry(url: str, *, deadline: float = 60.0) -> asyncpg.Pool:
    """The pool, retrying with backoff while the server is not there yet (up to ``deadline``)."""
    delay, start = 0.2, time.monotonic()
    while True:
        try:
            return await create_pool(url)
        except OUTAGE as exc:
            if time.monotonic() - start > deadline:
                raise
            log.warning("database not reachable (%s); retrying in %.1f s", exc, delay)
        await asyncio.sleep(delay)
        delay = min(delay * 2, 5.0)


async def guarded(what: str, call: Callable[[], Awaitable[T]]) -> T:
    """Run ``call``; an outage becomes DatabaseUnavailable (retried once: a pooled connection
    broken by a server restart fails its first query, and a fresh one then succeeds)."""
    for attempt in (1, 2):
        try:
            return await call()
        except OUTAGE as exc:
            if attempt == 2:
                raise DatabaseUnavailable(what) from exc
            log.warning("database call failed (%s); retrying once", exc)
            await asyncio.sleep(0.05)
    raise AssertionError("unreachable")
