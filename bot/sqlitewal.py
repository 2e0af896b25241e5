"""SQLite helpers shared by the stores that keep a file in ``DATA_DIR``."""

from __future__ import annotations

import sqlite3
import time


def is_locked(exc: sqlite3.Error) -> bool:
    """Contention (another process holds the lock), as opposed to a damaged file."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def use_wal(db: sqlite3.Connection, timeout: float) -> bool:
    """Put the file in WAL mode, retrying while other connections hold it.

    SQLite answers ``PRAGMA journal_mode=WAL`` with "database is locked" at once, without its
    busy handler, when another connection is reading or switching at the same moment (several
    processes starting together). WAL stays once any connection has set it, and the file
    works (more slowly) without it, so after ``timeout`` seconds we give up quietly.
    """
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        try:
            row = db.execute("PRAGMA journal_mode=WAL").fetchone()
            return row is not None and str(row[0]).lower() == "wal"
        except sqlite3.OperationalError as exc:
            if not is_locked(exc) or time.monotonic() + delay > deadline:
                if is_locked(exc):
                    return False
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)
