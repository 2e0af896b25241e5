"""What members asked that the bot could not answer, kept in an embedded SQLite database.

One row per normalised question per guild: how often, first and last seen. No user ids are
stored, and before a question is stored, web addresses, e-mail addresses, phone-like numbers
and long digit runs are replaced by placeholders (``<url>``, ``<email>``, ``<phone>``,
``<number>``).

Several bot processes (shards) may write at once: WAL mode and a busy timeout make that safe.
"database is locked" is contention, not corruption: it is waited out (busy timeout) and never
makes us touch the file. Only a file that fails SQLite's integrity check is moved aside —
together with its ``-wal`` and ``-shm`` files, never deleting them — and a fresh one started.
One connection is shared by the threads that use it, under a lock; the bot calls it from a
worker thread so a held lock never stalls the event loop.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.engine import normalise
from bot.sqlitewal import is_locked, use_wal

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


# Discord mentions and custom emoji carry ids, not the question: dropped before the number
# rules run (normalise drops them too, but by then an id would look like a phone number).
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>")
_URL = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{5,}\d(?!\w)")
_DIGITS = re.compile(r"\d{5,}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that survive normalisation, swapped for the visible placeholder afterwards.
_MARKS = {"zqurlzq": "<url>", "zqemailzq": "<email>", "zqphonezq": "<phone>", "zqnumzq": "<number>"}


def _phone(m: re.Match[str]) -> str:
    text = m.group()
    groups = re.findall(r"\d+", text)
    if sum(len(g) for g in groups) < 7 or all(_YEAR.fullmatch(g) for g in groups):
        return text  # "2017 2018" is years, not a phone number
    return " zqphonezq "


def scrub(raw: str) -> str:
    """``raw`` with addresses and numbers that could identify someone replaced."""
    text = _URL.sub(" zqurlzq ", _MENTION.sub(" ", raw))
    text = _EMAIL.sub(" zqemailzq ", text)
    text = _PHONE.sub(_phone, text)
    return _DIGITS.sub(" zqnumzq ", text)


def clean_question(raw: str) -> str:
    """The stored form: scrubbed, normalised (no mentions, markup or case), bounded."""
    words = normalise(scrub(raw)).clean.split()
    return " ".join(_MARKS.get(w, w) for w in words)[:MAX_QUESTION]


class MissStore:
    """Unanswered and down-voted questions, for moderators to teach the bot."""

    def __init__(
        self,
        path: str | Path,
        *,
        clock: Callable[[], float] = time.time,
        busy_timeout: float = 10.0,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._busy = busy_timeout
        self._lock = threading.RLock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open()

    def _open(self) -> None:
        self._db = self._connect()  # OperationalError (unwritable folder…) goes to the caller
        try:
            use_wal(self._db, self._busy)
            self._db.executescript(SCHEMA)
            row = self._db.execute("PRAGMA quick_check").fetchone()
            healthy = row is not None and row[0] == "ok"
            problem = "" if healthy else str(row[0] if row else "no result")
        except sqlite3.OperationalError as exc:
            if is_locked(exc):
                # Another process holds a long lock: not damage. Queries wait and retry.
                log.warning("unanswered-questions database %s is busy (%s)", self.path, exc)
                return
            if "not a database" not in str(exc) and "malformed" not in str(exc):
                raise
            healthy, problem = False, str(exc)
        except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
            healthy, problem = False, str(exc)
        if not healthy:
            self._quarantine(problem)

    def _quarantine(self, problem: str) -> None:
        """Move a database that fails the integrity check aside (with its -wal and -shm)."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(self._clock())}")
        log.warning(
            "unanswered-questions database %s failed its integrity check (%s); moved to %s",
            self.path,
            problem,
            aside,
        )
        # Renamed while still open: closing the last connection makes SQLite delete the
        # -wal file (and whatever it held), so it must be out of the way first.
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.path}{suffix}").replace(f"{aside}{suffix}")
        with contextlib.suppress(Exception):
            self._db.close()
        self._db = self._connect()
        use_wal(self._db, self._busy)
        self._db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            self.path, timeout=self._busy, isolation_level=None, check_same_thread=False
        )
        db.execute(f"PRAGMA busy_timeout={int(self._busy * 1000)}")
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def check_writable(self) -> None:
        """Raise ``sqlite3.Error`` unless a row can be written (nothing is kept)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO misses (question, guild, reason, first_seen, last_seen)"
                    " VALUES ('', -1, 'probe', 0, 0)"
                )
            finally:
                self._db.execute("ROLLBACK")

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, args: tuple[object, ...] | list[object]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

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
        self,
        *,
        days: float = 30.0,
        limit: int = 10,
        offset: int = 0,
        guild: int | None = None,
        include_dms: bool = False,
    ) -> list[Miss]:
        """The most frequent open misses seen in the last ``days``.

        Questions asked in direct messages (guild 0) are left out unless ``include_dms``.
        """
        since = self._clock() - days * 86400
        query = """SELECT question, guild, reason, count, first_seen, last_seen FROM misses
                   WHERE status = 'open' AND last_seen >= ?"""
        args: list[object] = [since]
        if guild is not None:
            query += " AND guild = ?"
            args.append(guild)
        if not include_dms:
            query += " AND guild != 0"
        query += " ORDER BY count DESC, last_seen DESC LIMIT ? OFFSET ?"
        args += [limit, offset]
        rows = self._query(query, args)
        return [
            Miss(str(q), int(g), str(r), int(c), _when(float(f)), _when(float(last)))
            for q, g, r, c, f, last in rows
        ]

    def count_open(self, *, days: float = 30.0, include_dms: bool = False) -> int:
        since = self._clock() - days * 86400
        query = "SELECT count(*) FROM misses WHERE status = 'open' AND last_seen >= ?"
        if not include_dms:
            query += " AND guild != 0"
        rows = self._query(query, (since,))
        return int(rows[0][0])

    def retract(self, question: str, *, guild: int | None) -> None:
        """Take back one count (a member changed a 👎 into a 👍)."""
        text = clean_question(question)
        with self._tx() as db:
            db.execute(
                "UPDATE misses SET count = count - 1 WHERE question = ? AND guild = ?",
                (text, guild or 0),
            )
            db.execute(
                "DELETE FROM misses WHERE question = ? AND guild = ? AND count <= 0",
                (text, guild or 0),
            )

    def set_status(self, question: str, status: str) -> int:
        """Mark a question (in every guild) dismissed or taught; returns rows changed.

        ``question`` is either a stored question (as ``top`` lists it, placeholders and all)
        or what a member typed."""
        if status not in ("open", "dismissed", "taught"):
            raise ValueError(status)
        with self._tx() as db:
            cur = db.execute(
                "UPDATE misses SET status = ? WHERE question IN (?, ?)",
                (status, question, clean_question(question)),
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
