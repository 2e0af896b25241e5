"""Versioned schema migrations: the ordered ``migrations/NNNN_name.sql`` files, applied at start.

A handful of plain SQL files needs no migration tool: each runs once, in order, inside one
transaction with its ``schema_migrations`` row, under an advisory lock so that processes
starting together apply it once. A database newer than the code is refused rather than used.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from .db import MIGRATE_LOCK

log = logging.getLogger(__name__)
FOLDER = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """The database's schema cannot be used by this version of the bot."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(folder: Path = FOLDER) -> list[Migration]:
    """Every migration file, in order; refuses gaps and duplicate numbers."""
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.match(path.name)
        if match is None:
            raise MigrationError(f"{path.name}: migration files are named NNNN_name.sql")
        found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise MigrationError(f"migrations must be numbered 1, 2, 3 … without gaps: {versions}")
    return found


async def migrate(
    conn: asyncpg.Connection | asyncpg.pool.PoolConnectionProxy, folder: Path = FOLDER
) -> list[int]:
    """Apply what is missing; returns the versions applied now."""
    todo = migrations(folder)
    applied: list[int] = []
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATE_LOCK)
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   version    integer     PRIMARY KEY,
                   name       text        NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        done = {
            int(r["version"]) for r in await conn.fetch("SELECT version FROM schema_migrations")
        }
        known = {m.version for m in todo}
        if done - known:
            raise MigrationError(
                f"the database has schema version {max(done)}, newer than this bot knows "
                f"({max(known, default=0)}): upgrade the bot"
            )
        for m in todo:
            if m.version in done:
                continue
            await conn.execute(m.sql)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.version, m.name
            )
            applied.append(m.version)
            log.info("database migrated to version %d (%s)", m.version, m.name)
    return applied
