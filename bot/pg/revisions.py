"""Knowledge revisions and their audit log in PostgreSQL, with compare-and-swap commits.

A commit runs in one transaction: take the commit lock, read the head, let the caller build
the new texts from it (refusing if the head is not what its edit was prepared against),
insert the revision and its audit entry, and ``NOTIFY`` the other processes. PostgreSQL
delivers the notification only if the transaction commits, and a writer killed at any point
leaves either the old head or the new one with its audit entry, never half of it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from bot.editing import EditError
from bot.engine import Knowledge, load_knowledge

from .db import COMMIT_LOCK, NOTIFY_CHANNEL


def revision_digest(facts: str, vocabulary: str) -> str:
    """The version id of a pair of texts: the engine's ``Knowledge.digest`` for them."""
    h = hashlib.sha256()
    h.update(facts.encode("utf-8"))
    h.update(vocabulary.encode("utf-8"))
    return h.hexdigest()[:12]


@dataclass(frozen=True)
class Draft:
    """What a commit writes: the texts of both files and why."""

    facts_name: str
    facts: str
    vocabulary_name: str
    vocabulary: str
    message: str
    files: str  # which files changed, for the audit log

    @property
    def digest(self) -> str:
        return revision_digest(self.facts, self.vocabulary)


@dataclass(frozen=True)
class Revision:
    id: int
    parent: int | None
    digest: str
    facts_name: str
    facts: str
    vocabulary_name: str
    vocabulary: str
    author: str
    message: str
    created_at: dt.datetime
    files: str = ""
    parent_digest: str | None = None

    @classmethod
    def from_row(cls, row: Any) -> Revision:
        keys = set(row.keys())
        return cls(
            id=row["id"],
            parent=row["parent"],
            digest=row["digest"],
            facts_name=row["facts_name"],
            facts=row["facts"],
            vocabulary_name=row["vocabulary_name"],
            vocabulary=row["vocabulary"],
            author=row["author"],
            message=row["message"],
            created_at=row["created_at"],
            files=row["files"] if "files" in keys and row["files"] else "",
            parent_digest=row["parent_digest"] if "parent_digest" in keys else None,
        )


def validate_texts(facts_path: Path, facts: str, vocabulary: str) -> Knowledge:
    """Validate a pair of texts as if ``facts_path`` held them (raises KnowledgeError)."""
    return load_knowledge(
        facts_path, data=facts.encode("utf-8"), vocabulary_data=vocabulary.encode("utf-8")
    )


def draft_from_files(facts_path: Path, message: str, files: str = "wic.yaml") -> Draft:
    """Read and validate a knowledge file and its vocabulary from disk (raises KnowledgeError)."""
    kb = load_knowledge(facts_path)  # the same validation, and messages, as `wic-bot check`
    vocab_path = Path(kb.vocabulary_path)
    return Draft(
        facts_name=facts_path.name,
        facts=facts_path.read_bytes().decode("utf-8"),
        vocabulary_name=os.path.relpath(vocab_path, facts_path.parent),
        vocabulary=vocab_path.read_bytes().decode("utf-8"),
        message=message,
        files=files,
    )


Change = Callable[[Revision | None], Awaitable[Draft | None]]

_SELECT = """
    SELECT r.*, p.digest AS parent_digest,
           (SELECT string_agg(a.files, ',') FROM kb_audit a WHERE a.revision = r.id) AS files
    FROM kb_revision r LEFT JOIN kb_revision p ON p.id = r.parent
"""


class RevisionStore:
    """The revisions table: read the head or history, commit a new head."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def head(self) -> Revision | None:
        row = await self.pool.fetchrow(_SELECT + " ORDER BY r.id DESC LIMIT 1")
        return Revision.from_row(row) if row else None

    async def get(self, revision_id: int) -> Revision | None:
        row = await self.pool.fetchrow(_SELECT + " WHERE r.id = $1", revision_id)
        return Revision.from_row(row) if row else None

    async def find(self, ref: str) -> Revision | None:
        """A revision by id number or by (a prefix of) its digest; the newest if several."""
        ref = ref.strip()
        if ref.isdigit() and len(ref) < 12:
            return await self.get(int(ref))
        if len(ref) < 4:
            return None
        row = await self.pool.fetchrow(
            _SELECT + " WHERE r.digest LIKE $1 ORDER BY r.id DESC LIMIT 1", ref + "%"
        )
        return Revision.from_row(row) if row else None

    async def log(self, limit: int = 25, before: int | None = None) -> list[Revision]:
        """Revisions, newest first."""
        rows = await self.pool.fetch(
            _SELECT + " WHERE ($2::bigint IS NULL OR r.id < $2) ORDER BY r.id DESC LIMIT $1",
            limit,
            before,
        )
        return [Revision.from_row(r) for r in rows]

    async def commit(self, change: Change, *, who: str, action: str) -> Revision | None:
        """Build a draft from the head under the commit lock and make it the new head.

        ``change`` sees the head (None for an empty database) and returns the draft, or None
        to write nothing; it raises (e.g. StaleEdit) to refuse. Returns the new revision.
        """
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", COMMIT_LOCK)
            row = await conn.fetchrow(_SELECT + " ORDER BY r.id DESC LIMIT 1")
            head = Revision.from_row(row) if row else None
            draft = await change(head)
            if draft is None:
                return None
            if head is not None and draft.digest == head.digest:
                raise EditError("nothing to change: that is the current version")
            new_id = await conn.fetchval(
                """INSERT INTO kb_revision (parent, digest, facts_name, facts, vocabulary_name,
                                            vocabulary, author, message)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""",
                head.id if head else None,
                draft.digest,
                draft.facts_name,
                draft.facts,
                draft.vocabulary_name,
                draft.vocabulary,
                who,
                draft.message,
            )
            await conn.execute(
                """INSERT INTO kb_audit (who, action, revision, base, files, summary)
                   VALUES ($1, $2, $3, $4, $5, $6)""",
                who,
                action,
                new_id,
                head.id if head else None,
                draft.files,
                draft.message,
            )
            # Delivered to the listeners only when (and if) this transaction commits.
            await conn.execute("SELECT pg_notify($1, $2)", NOTIFY_CHANNEL, str(new_id))
            row = await conn.fetchrow(_SELECT + " WHERE r.id = $1", new_id)
        return Revision.from_row(row)

    async def import_if_empty(self, facts_path: Path, who: str) -> Revision | None:
        """The first start against an empty database: the shipped files become revision 1."""

        async def change(head: Revision | None) -> Draft | None:
            if head is not None:
                return None
            message = f"imported {facts_path.name}"
            return await asyncio.to_thread(draft_from_files, facts_path, message, "both")

        return await self.commit(change, who=who, action="import")
