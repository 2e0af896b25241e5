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
import re
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import asyncpg

from bot.editing import EditError
from bot.engine import Knowledge, KnowledgeError, Problem, load_knowledge, vocabulary_problem

from .db import COMMIT_LOCK, COMMIT_LOCK_TIMEOUT, NOTIFY_CHANNEL

LOG_PAGE = 1000  # revisions per `log` call at most
VERSION_ID = re.compile(r"[0-9a-f]{12}", re.ASCII)


def revision_digest(facts: str, vocabulary: str) -> str:
    """The version id of a pair of texts: the engine's ``Knowledge.digest`` for them."""
    h = hashlib.sha256()
    h.update(facts.encode("utf-8"))
    h.update(vocabulary.encode("utf-8"))
    return h.hexdigest()[:12]


class CommitLockBusy(EditError):
    """Another commit holds the lock for longer than COMMIT_LOCK_TIMEOUT."""

    def __init__(self) -> None:
        super().__init__(
            "Another edit is being saved and still holds the knowledge database's commit lock "
            f"(waited {COMMIT_LOCK_TIMEOUT}), so nothing was saved. The database is reachable; "
            "try again in a minute. If this persists, a bot process is stuck holding the lock: "
            "the server releases it within a minute (idle transaction timeout)."
        )


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
            facts=_text(row, "facts", keys),
            vocabulary_name=row["vocabulary_name"],
            vocabulary=_text(row, "vocabulary", keys),
            author=row["author"],
            message=row["message"],
            created_at=row["created_at"],
            files=row["files"] if "files" in keys and row["files"] else "",
            parent_digest=row["parent_digest"] if "parent_digest" in keys else None,
        )


def _text(row: Any, which: str, keys: set[str]) -> str:
    """A file's text from a row: the plain column (rows from before migration 3, or written
    by hand), else its compressed blob; "" in a row selected without texts (the log)."""
    plain = row[which] if which in keys else None
    if plain is not None:
        return str(plain)
    packed = row[f"{which}_z"] if f"{which}_z" in keys else None
    return zlib.decompress(packed).decode("utf-8") if packed is not None else ""


def blob_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def names_problem(facts_name: str, vocabulary_name: str, folder: Path | None) -> str | None:
    """Why a revision's file names may not be written into ``folder`` (None if they may): the
    facts file is a bare name, its vocabulary a file inside the folder (no ``..``, not absolute,
    no symbolic link out)."""
    if (
        not facts_name
        or "\x00" in facts_name
        or facts_name in (".", "..")
        or PurePosixPath(facts_name).name != facts_name
    ):
        return f"facts file name {facts_name[:80]!r} is not a plain file name"
    if folder is None:
        problem = vocabulary_problem(vocabulary_name)
    else:
        from bot.knowledge_files import vocabulary_outside

        problem = vocabulary_outside(folder, vocabulary_name)
    return f"{facts_name}: vocabulary: {problem}" if problem else None


def check_names(rev: Revision, folder: Path | None) -> None:
    """KnowledgeError if ``rev`` names a file outside ``folder`` (see ``names_problem``)."""
    problem = names_problem(rev.facts_name, rev.vocabulary_name, folder)
    if problem is not None:
        raise KnowledgeError([Problem(f"revision {rev.id}", 0, 0, "vocabulary", problem)])


def validate_texts(facts_name: str, vocabulary_name: str, facts: str, vocabulary: str) -> Knowledge:
    """Validate a pair of texts, named as a revision names them (raises KnowledgeError)."""
    return load_knowledge(
        facts.encode("utf-8"),
        vocabulary.encode("utf-8"),
        name=facts_name,
        vocabulary_name=vocabulary_name,
    )


def draft_from_files(facts_path: Path, message: str, files: str = "wic.yaml") -> Draft:
    """Read and validate a knowledge file and its vocabulary from disk (raises KnowledgeError;
    UnicodeDecodeError for a file that is not UTF-8 text)."""
    import os

    from bot.knowledge_files import FileSource

    texts = FileSource(facts_path).read()
    texts.load()  # the same validation, and messages, as `wic-bot check`
    assert isinstance(texts.vocabulary, bytes)  # else load() raised
    return Draft(
        facts_name=facts_path.name,
        facts=texts.facts.decode("utf-8"),
        vocabulary_name=os.path.relpath(texts.vocabulary_name, facts_path.parent),
        vocabulary=texts.vocabulary.decode("utf-8"),
        message=message,
        files=files,
    )


Change = Callable[[Revision | None], Awaitable[Draft | None]]

# A revision's metadata: what the log and /kb history show (no texts: a long log stays small).
_META = """
    SELECT r.id, r.parent, r.digest, r.facts_name, r.vocabulary_name, r.author, r.message,
           r.created_at, p.digest AS parent_digest,
           (SELECT string_agg(a.files, ',') FROM kb_audit a WHERE a.revision = r.id) AS files
    FROM kb_revision r LEFT JOIN kb_revision p ON p.id = r.parent
"""
# ... and with both texts, plain or compressed.
_SELECT = """
    SELECT r.id, r.parent, r.digest, r.facts_name, r.vocabulary_name, r.author, r.message,
           r.created_at, p.digest AS parent_digest,
           (SELECT string_agg(a.files, ',') FROM kb_audit a WHERE a.revision = r.id) AS files,
           r.facts, r.vocabulary, fb.zdata AS facts_z, vb.zdata AS vocabulary_z
    FROM kb_revision r LEFT JOIN kb_revision p ON p.id = r.parent
         LEFT JOIN kb_blob fb ON fb.sha256 = r.facts_blob
         LEFT JOIN kb_blob vb ON vb.sha256 = r.vocabulary_blob
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
        """A revision by its exact version id (the 12 hex digits /kb history shows); the newest
        if several revisions hold that version. Nothing else selects one: no numbers, no
        prefixes, no patterns, so a typo can never pick a revision by accident."""
        if not VERSION_ID.fullmatch(ref):
            return None
        row = await self.pool.fetchrow(
            _SELECT + " WHERE r.digest = $1 ORDER BY r.id DESC LIMIT 1", ref
        )
        return Revision.from_row(row) if row else None

    async def log(self, limit: int = 25, before: int | None = None) -> list[Revision]:
        """Revisions newest first, without their texts (``facts`` and ``vocabulary`` are "");
        at most LOG_PAGE per call: page on with ``before``."""
        rows = await self.pool.fetch(
            _META + " WHERE ($2::bigint IS NULL OR r.id < $2) ORDER BY r.id DESC LIMIT $1",
            max(0, min(limit, LOG_PAGE)),
            before,
        )
        return [Revision.from_row(r) for r in rows]

    async def page(self, limit: int, before: int | None = None) -> list[Revision]:
        """As ``log``, with the texts (for finding the newest revision that validates)."""
        rows = await self.pool.fetch(
            _SELECT + " WHERE ($2::bigint IS NULL OR r.id < $2) ORDER BY r.id DESC LIMIT $1",
            max(0, min(limit, 100)),
            before,
        )
        return [Revision.from_row(r) for r in rows]

    async def commit(self, change: Change, *, who: str, action: str) -> Revision | None:
        """Build a draft from the head under the commit lock and make it the new head.

        ``change`` sees the head (None for an empty database) and returns the draft, or None
        to write nothing; it raises (e.g. StaleEdit) to refuse. Returns the new revision.
        """
        async with self.pool.acquire() as conn, conn.transaction():
            # Bounded: a committer that stalls while holding the lock makes the others wait at
            # most this long (and the server ends its idle transaction: IDLE_IN_TRANSACTION).
            await conn.execute(f"SET LOCAL lock_timeout = '{COMMIT_LOCK_TIMEOUT}'")
            try:
                await conn.execute("SELECT pg_advisory_xact_lock($1)", COMMIT_LOCK)
            except asyncpg.LockNotAvailableError as exc:
                raise CommitLockBusy from exc
            row = await conn.fetchrow(_SELECT + " ORDER BY r.id DESC LIMIT 1")
            head = Revision.from_row(row) if row else None
            draft = await change(head)
            if draft is None:
                return None
            problem = names_problem(draft.facts_name, draft.vocabulary_name, None)
            if problem is not None:
                raise EditError(f"refused: {problem}")
            if head is not None and draft.digest == head.digest:
                raise EditError("nothing to change: that is the current version")
            for text in {draft.facts, draft.vocabulary}:  # each text once, compressed
                data = text.encode("utf-8")
                await conn.execute(
                    """INSERT INTO kb_blob (sha256, size, zdata) VALUES ($1, $2, $3)
                       ON CONFLICT (sha256) DO NOTHING""",
                    blob_id(text),
                    len(data),
                    zlib.compress(data, 9),
                )
            new_id = await conn.fetchval(
                """INSERT INTO kb_revision (parent, digest, facts_name, facts_blob,
                                            vocabulary_name, vocabulary_blob, author, message)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""",
                head.id if head else None,
                draft.digest,
                draft.facts_name,
                blob_id(draft.facts),
                draft.vocabulary_name,
                blob_id(draft.vocabulary),
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
