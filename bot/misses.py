"""What members asked that the bot could not answer, kept in an embedded SQLite database.

One row per normalised question per guild: how often, first and last seen. No user ids are
stored. Several bot processes (shards) may write at once: WAL mode and a busy timeout make
that safe. A corrupt database file is moved aside with a warning and a fresh one started.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.engine.text import normalise

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS misses (
    question   TEXT    NOT NULL,
    guild      INTEGER NOT NULL DEFAULT 0,
    reason     TEXT    NOT NULL,
    count      INTEGER NOT NULL DEFAULT 1,
    first_seen REAL    NOT NULL,
    last_seen  REAL    NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'open',  -- open | dismissed | taught
    PRIMARY KEY (question, guild)
);
CREATE INDEX IF NOT EXISTS misses_recent ON misses (status, last_seen);
"""
MAX_QUESTION = 500


@dataclass(frozen=True)
class Miss:
    question: str
    guild: int
    reason: str
    count: int
    first_seen: dt.datetime
    last_seen: dt.datetime


def clean_question(raw: str) -> str:
    """The stored form: normalised (no mentions, markup or case), bounded in length."""
    return normalise(raw).clean[:MAX_QUESTION]


class MissStore:
    """Unanswered and down-voted questions, for moderators to teach the bot."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open()

    def _open(self) -> None:
        try:
            self._db = self._connect()
            self._db.execute("SELECT count(*) FROM misses").fetchone()
            self._db.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(self._clock())}")
            log.warning(
                "unanswered-questions database %s is unreadable (%s); moved to %s",
                self.path,
                exc,
                aside,
            )
            with contextlib.suppress(Exception):
                self._db.close()
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{self.path}{suffix}").unlink()
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA busy_timeout=10000")
        db.executescript(SCHEMA)
        return db

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def record(self, question: str, *, guild: int | None, reason: str) -> None:
        """Count one miss (declined, low confidence, or a 👎)."""
        text = clean_question(question)
        if not text:
            return
        now = self._clock()
        with self._tx() as db:
            db.execute(
                """INSERT INTO misses (question, guild, reason, first_seen, last_seen)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (question, guild) DO UPDATE SET
                     count = count + 1, last_seen = excluded.last_seen,
                     reason = excluded.reason,
                     status = CASE WHEN status = 'dismissed' THEN 'dismissed' ELSE 'open' END""",
                (text, guild or 0, reason, now, now),
            )

    def top(
        self, *, days: float = 30.0, limit: int = 10, offset: int = 0, guild: int | None = None
    ) -> list[Miss]:
        """The most frequent open misses seen in the last ``days``."""
        since = self._clock() - days * 86400
        query = """SELECT question, guild, reason, count, first_seen, last_seen FROM misses
                   WHERE status = 'open' AND last_seen >= ?"""
        args: list[object] = [since]
        if guild is not None:
            query += " AND guild = ?"
            args.append(guild)
        query += " ORDER BY count DESC, last_seen DESC LIMIT ? OFFSET ?"
        args += [limit, offset]
        rows = self._db.execute(query, args).fetchall()
        return [Miss(q, g, r, c, _when(first), _when(last)) for q, g, r, c, first, last in rows]

    def count_open(self, *, days: float = 30.0) -> int:
        since = self._clock() - days * 86400
        row = self._db.execute(
            "SELECT count(*) FROM misses WHERE status = 'open' AND last_seen >= ?", (since,)
        ).fetchone()
        return int(row[0])

    def set_status(self, question: str, status: str) -> int:
        """Mark a question (in every guild) dismissed or taught; returns rows changed."""
        if status not in ("open", "dismissed", "taught"):
            raise ValueError(status)
        with self._tx() as db:
            cur = db.execute(
                "UPDATE misses SET status = ? WHERE question = ?",
                (status, clean_question(question)),
            )
        return cur.rowcount

    def purge(self, retention_days: float) -> int:
        """Forget misses not seen within the retention period."""
        cutoff = self._clock() - retention_days * 86400
        with self._tx() as db:
            cur = db.execute("DELETE FROM misses WHERE last_seen < ?", (cutoff,))
        return cur.rowcount


def _when(ts: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, dt.UTC)
