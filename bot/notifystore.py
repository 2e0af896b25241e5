"""Which servers want new editions announced, and what each has been sent: SQLite or PostgreSQL.

Per server: the channel for announcements and whether to create Scheduled Events. Per server
and edition year: one *claim* row holding the dates last announced and the event made for
them. Taking a claim is atomic in the database, so across restarts and across processes
exactly one process announces a given edition's dates in a given server.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from bot.sqlitewal import use_wal

if TYPE_CHECKING:
    import asyncpg

Claimed = Literal["new", "changed"]


@dataclass(frozen=True)
class NotifySetting:
    guild: int
    channel: int
    events: bool


@dataclass(frozen=True)
class Claim:
    """This process won the right to announce ``year``'s dates in ``guild``."""

    kind: Claimed  # new: never announced there; changed: announced with other dates
    guild: int
    year: int
    event_id: int | None  # the Scheduled Event made before, if any


class NotifyStore(Protocol):
    async def set(self, guild: int, channel: int, events: bool) -> None: ...

    async def remove(self, guild: int) -> bool:
        """Opt out; whether the server had opted in."""

    async def get(self, guild: int) -> NotifySetting | None: ...

    async def all(self) -> list[NotifySetting]: ...

    async def claim(
        self, guild: int, year: int, start: dt.date | None, end: dt.date | None
    ) -> Claim | None:
        """Atomically record these dates as announced; None if they already were."""

    async def set_event(self, guild: int, year: int, event_id: int | None) -> None: ...

    async def first_notice(self, guild: int, problem: str) -> bool:
        """True the first time ``problem`` is reported for ``guild`` (admins are told once)."""

    async def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS notify_settings (
    guild INTEGER PRIMARY KEY, channel INTEGER NOT NULL, events INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS notify_claims (
    guild INTEGER NOT NULL, year INTEGER NOT NULL, start_day TEXT, end_day TEXT,
    event_id INTEGER, PRIMARY KEY (guild, year)
);
CREATE TABLE IF NOT EXISTS notify_notices (
    guild INTEGER NOT NULL, problem TEXT NOT NULL, PRIMARY KEY (guild, problem)
);
"""


def _day(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


class SqliteNotify:
    """``NotifyStore`` in ``DATA_DIR/notify.sqlite3``; every call in a worker thread, each on
    its own connection (processes sharing the file serialise on SQLite's write lock)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False  # the file is made on first use: most servers never opt in

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        if not self._ready:
            use_wal(db, 30.0)
            db.executescript(_SCHEMA)
            self._ready = True
        return db

    def _set(self, guild: int, channel: int, events: bool) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO notify_settings VALUES (?, ?, ?) ON CONFLICT (guild) DO UPDATE "
                "SET channel = excluded.channel, events = excluded.events",
                (guild, channel, int(events)),
            )

    async def set(self, guild: int, channel: int, events: bool) -> None:
        await asyncio.to_thread(self._set, guild, channel, events)

    def _remove(self, guild: int) -> bool:
        with self._connect() as db:
            return db.execute("DELETE FROM notify_settings WHERE guild = ?", (guild,)).rowcount > 0

    async def remove(self, guild: int) -> bool:
        return await asyncio.to_thread(self._remove, guild)

    def _all(self, guild: int | None) -> list[NotifySetting]:
        with self._connect() as db:
            sql = "SELECT guild, channel, events FROM notify_settings"
            rows = (
                db.execute(sql + " WHERE guild = ?", (guild,)).fetchall()
                if guild is not None
                else db.execute(sql + " ORDER BY guild").fetchall()
            )
        return [NotifySetting(int(g), int(c), bool(e)) for g, c, e in rows]

    async def get(self, guild: int) -> NotifySetting | None:
        found = await asyncio.to_thread(self._all, guild)
        return found[0] if found else None

    async def all(self) -> list[NotifySetting]:
        return await asyncio.to_thread(self._all, None)

    def _claim(
        self, guild: int, year: int, start: dt.date | None, end: dt.date | None
    ) -> Claim | None:
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")  # the write lock first: one process decides
            row = db.execute(
                "SELECT start_day, end_day, event_id FROM notify_claims "
                "WHERE guild = ? AND year = ?",
                (guild, year),
            ).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO notify_claims (guild, year, start_day, end_day) "
                    "VALUES (?, ?, ?, ?)",
                    (guild, year, _day(start), _day(end)),
                )
                db.execute("COMMIT")
                return Claim("new", guild, year, None)
            if (row[0], row[1]) == (_day(start), _day(end)):
                db.execute("COMMIT")
                return None
            db.execute(
                "UPDATE notify_claims SET start_day = ?, end_day = ? WHERE guild = ? AND year = ?",
                (_day(start), _day(end), guild, year),
            )
            db.execute("COMMIT")
            return Claim("changed", guild, year, int(row[2]) if row[2] is not None else None)
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    async def claim(
        self, guild: int, year: int, start: dt.date | None, end: dt.date | None
    ) -> Claim | None:
        return await asyncio.to_thread(self._claim, guild, year, start, end)

    def _set_event(self, guild: int, year: int, event_id: int | None) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE notify_claims SET event_id = ? WHERE guild = ? AND year = ?",
                (event_id, guild, year),
            )

    async def set_event(self, guild: int, year: int, event_id: int | None) -> None:
        await asyncio.to_thread(self._set_event, guild, year, event_id)

    def _first_notice(self, guild: int, problem: str) -> bool:
        with self._connect() as db:
            cur = db.execute("INSERT OR IGNORE INTO notify_notices VALUES (?, ?)", (guild, problem))
            return cur.rowcount > 0

    async def first_notice(self, guild: int, problem: str) -> bool:
        return await asyncio.to_thread(self._first_notice, guild, problem)

    async def close(self) -> None:
        """Nothing held open between calls."""


class PgNotify:
    """``NotifyStore`` in PostgreSQL (migration 0004), shared by every bot process."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def set(self, guild: int, channel: int, events: bool) -> None:
        await self.pool.execute(
            "INSERT INTO notify_settings (guild, channel, events) VALUES ($1, $2, $3) "
            "ON CONFLICT (guild) DO UPDATE "
            "SET channel = excluded.channel, events = excluded.events",
            guild,
            channel,
            events,
        )

    async def remove(self, guild: int) -> bool:
        status = await self.pool.execute("DELETE FROM notify_settings WHERE guild = $1", guild)
        return str(status).endswith(" 1")

    async def get(self, guild: int) -> NotifySetting | None:
        row = await self.pool.fetchrow(
            "SELECT guild, channel, events FROM notify_settings WHERE guild = $1", guild
        )
        return NotifySetting(row[0], row[1], row[2]) if row else None

    async def all(self) -> list[NotifySetting]:
        rows = await self.pool.fetch(
            "SELECT guild, channel, events FROM notify_settings ORDER BY guild"
        )
        return [NotifySetting(r[0], r[1], r[2]) for r in rows]

    async def claim(
        self, guild: int, year: int, start: dt.date | None, end: dt.date | None
    ) -> Claim | None:
        async with self.pool.acquire() as conn, conn.transaction():
            inserted = await conn.fetchrow(
                "INSERT INTO notify_claims (guild, year, start_day, end_day) "
                "VALUES ($1, $2, $3, $4) ON CONFLICT (guild, year) DO NOTHING RETURNING year",
                guild,
                year,
                start,
                end,
            )
            if inserted is not None:
                return Claim("new", guild, year, None)
            # Row-locked by the UPDATE: of two processes, only one sees different dates.
            changed = await conn.fetchrow(
                "UPDATE notify_claims SET start_day = $3, end_day = $4 "
                "WHERE guild = $1 AND year = $2 "
                "AND (start_day, end_day) IS DISTINCT FROM ($3::date, $4::date) "
                "RETURNING event_id",
                guild,
                year,
                start,
                end,
            )
            if changed is None:
                return None
            return Claim("changed", guild, year, changed[0])

    async def set_event(self, guild: int, year: int, event_id: int | None) -> None:
        await self.pool.execute(
            "UPDATE notify_claims SET event_id = $3 WHERE guild = $1 AND year = $2",
            guild,
            year,
            event_id,
        )

    async def first_notice(self, guild: int, problem: str) -> bool:
        row = await self.pool.fetchrow(
            "INSERT INTO notify_notices (guild, problem) VALUES ($1, $2) "
            "ON CONFLICT DO NOTHING RETURNING guild",
            guild,
            problem,
        )
        return row is not None

    async def close(self) -> None:
        """The pool belongs to the backend."""
