"""Connecting to PostgreSQL, telling an outage from a bug, and backing off."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import time
import urllib.parse
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


# Every session the bot opens: a transaction left idle (a process stopped or stalled while it
# holds the commit lock) is ended by the server, and a peer that vanished without closing its
# TCP connection is noticed by keepalives, so its locks are released. Values are PostgreSQL's.
IDLE_IN_TRANSACTION = "30s"
KEEPALIVES = {
    "tcp_keepalives_idle": "30",
    "tcp_keepalives_interval": "10",
    "tcp_keepalives_count": "3",
}
COMMIT_LOCK_TIMEOUT = "5s"  # how long a commit waits for another one to finish (SET LOCAL)
CONNECT_TIMEOUT = 10.0  # seconds: a wrong or unreachable host fails within this


def session_settings() -> dict[str, str]:
    return {
        "application_name": "wic-bot",
        "idle_in_transaction_session_timeout": IDLE_IN_TRANSACTION,
        **KEEPALIVES,
    }


async def create_pool(url: str, *, max_size: int = 5) -> asyncpg.Pool:
    """A small pool; every query is bounded so an unresponsive server cannot hang a command,
    and opening it is bounded by CONNECT_TIMEOUT (name resolution included)."""
    pool = await asyncio.wait_for(
        asyncpg.create_pool(
            url,
            min_size=1,
            max_size=max_size,
            timeout=CONNECT_TIMEOUT / 2,
            command_timeout=10.0,
            server_settings=session_settings(),
        ),
        CONNECT_TIMEOUT,
    )
    assert pool is not None
    return pool


class Backoff:
    """Doubling waits between tries, from ``first`` up to ``cap`` seconds: the one retry
    policy of every loop against the database (connecting, listening, queued writes)."""

    def __init__(self, first: float = 0.1, cap: float = 5.0) -> None:
        self.first, self.cap = first, cap
        self.delay = first

    @property
    def fresh(self) -> bool:
        """Whether no try has failed since the last success (log an outage once)."""
        return self.delay == self.first

    def reset(self) -> None:
        """A try succeeded: the next failure waits ``first`` again."""
        self.delay = self.first

    async def wait(self) -> None:
        """Sleep the current delay, then double it (up to ``cap``)."""
        await asyncio.sleep(self.delay)
        self.delay = min(self.delay * 2, self.cap)


def _retry_start(exc: BaseException) -> bool:
    """Worth waiting for at start: the server is there but not accepting yet (refused, reset,
    starting up). An unknown host or one that never answers fails at once: it is a mistake
    in DATABASE_URL far more often than a database on its way up."""
    if isinstance(exc, socket.gaierror | TimeoutError):
        return False
    return isinstance(exc, OUTAGE)


async def connect_with_retry(url: str, *, deadline: float = 60.0) -> asyncpg.Pool:
    """The pool, retrying with backoff while the server is not there yet (up to ``deadline``)."""
    backoff, start = Backoff(first=0.2), time.monotonic()
    while True:
        try:
            return await create_pool(url)
        except Exception as exc:
            if not _retry_start(exc) or time.monotonic() - start > deadline:
                raise
            log.warning(
                "database not reachable (%s); retrying in %.1f s",
                describe(exc, url),
                backoff.delay,
            )
        await backoff.wait()


# What an operator is told for a database error: one line naming the cause, never the password.
_HINTS: dict[str, str] = {
    "28P01": "wrong password for the user in DATABASE_URL (or PGPASSWORD)",
    "28000": "the server refused this user (it does not exist, or pg_hba.conf does not admit it)",
    "3D000": "the database in DATABASE_URL does not exist (createdb --owner USER NAME)",
    "42501": (
        "the bot's user lacks a privilege it needs: make it the database's owner "
        "(createdb --owner USER NAME, or ALTER DATABASE NAME OWNER TO USER)"
    ),
    "53300": (
        "the server has no free connection slot (max_connections): each bot process uses up "
        "to 6 connections; raise max_connections or put a session-mode pooler in front"
    ),
    "53400": "the server refused the connection (a configured limit was reached)",
    "42704": "DATABASE_URL has an option the server does not know",
    "22023": "DATABASE_URL has an option with a value the server does not accept",
    "55P03": "another edit holds the commit lock",
}


def redact(text: str, url: str) -> str:
    """``text`` without the password of ``url`` (whole, decoded, or any piece of it that a
    parser might have split off at '#', '/', '?', '@' or ':')."""
    rest = url.split("://", 1)[-1]
    userinfo = rest.rsplit("@", 1)[0] if "@" in rest else ""
    secret = userinfo.split(":", 1)[1] if ":" in userinfo else ""
    if not secret:
        return text
    pieces = {secret, urllib.parse.unquote(secret)}
    pieces.update(p for p in re.split(r"[#/?@:]", secret) if len(p) >= 3)
    for piece in sorted(pieces, key=len, reverse=True):
        if piece:
            text = text.replace(piece, "***")
    return text


def describe(exc: BaseException, url: str) -> str:
    """One line naming why a database call failed, for operators (no password in it)."""
    where = _where(url)
    if isinstance(exc, asyncpg.PostgresError):
        code = getattr(exc, "sqlstate", "") or ""
        detail = str(getattr(exc, "message", "") or exc)
        hint = _HINTS.get(code)
        line = f"{hint} ({detail})" if hint else f"the database refused: {detail}"
    elif isinstance(exc, socket.gaierror):
        line = f"cannot find the database host{where}: {exc.strerror or exc}"
    elif isinstance(exc, TimeoutError):
        line = f"no answer from the database{where} within {CONNECT_TIMEOUT:g} s"
    elif isinstance(exc, OSError):
        line = f"cannot reach the database{where}: {exc.strerror or exc}"
    elif isinstance(exc, ValueError | OverflowError):
        line = f"DATABASE_URL cannot be used: {exc}"
    else:
        line = f"database error: {type(exc).__name__}: {exc}"
    return redact(" ".join(line.split()), url)


def _where(url: str) -> str:
    try:
        parts = urllib.parse.urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return ""
    if not host:
        return ""
    return f" at {host}:{port or 5432}"


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
