"""Opening the PostgreSQL backend for a bot process: connect, migrate, import, serve, follow."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

import asyncpg

from bot.editing import KnowledgeEditor
from bot.engine import KnowledgeError
from bot.notifystore import NotifyStore, PgNotify
from bot.service import KnowledgeService, ReloadResult
from bot.stores import KnowledgeStore, Report, UnansweredStore

from .db import connect_with_retry
from .live import LiveKnowledge, PgKnowledge, RevisionEditor, RevisionSource, check_revision
from .migrate import migrate
from .revisions import Revision, RevisionStore
from .unanswered import PgUnanswered

log = logging.getLogger(__name__)


class PgBackend:
    """``Backend`` over PostgreSQL; ``service`` serves the head revision (from memory)."""

    watches_files = False  # there are no files: edits arrive as revisions

    def __init__(
        self,
        url: str,
        pool: asyncpg.Pool,
        revisions: RevisionStore,
        live: LiveKnowledge,
        unanswered: PgUnanswered,
    ) -> None:
        self.url = url
        self.pool = pool
        self.revisions = revisions
        self.live = live
        self.service = live.service
        self.pg_unanswered = unanswered
        self.unanswered: UnansweredStore = unanswered
        self.revision_editor = RevisionEditor(live.source)
        self.editor: KnowledgeEditor = self.revision_editor
        self.pg_knowledge = PgKnowledge(revisions, live, self.revision_editor)
        self.knowledge: KnowledgeStore = self.pg_knowledge
        self.notify: NotifyStore = PgNotify(pool)

    async def start(self, report: Report) -> None:
        self.live.start(report)
        self.pg_unanswered.start()
        error = self.service.last_error
        if error is not None:  # the head was refused at start: say so, as for a live refusal
            await report(ReloadResult(True, False, error, self.service.version))

    async def close(self) -> None:
        await self.live.close()
        await self.pg_unanswered.close()
        try:
            await asyncio.wait_for(self.pool.close(), 5.0)
        except Exception:  # an unreachable server: do not hang the shutdown
            self.pool.terminate()


async def newest_valid(revisions: RevisionStore) -> tuple[Revision, KnowledgeError | None]:
    """The head, or the newest revision before it that this version of the bot accepts
    (with the head's problems)."""
    before: int | None = None
    refused: list[str] = []
    first_error: KnowledgeError | None = None
    while True:
        batch = await revisions.page(20, before)
        if not batch:
            raise RuntimeError(
                f"no knowledge revision in the database validates (refused: {refused[:5]})"
            )
        for rev in batch:
            try:
                await asyncio.to_thread(check_revision, rev)
            except KnowledgeError as exc:
                log.warning("revision %d (%s) does not validate:\n%s", rev.id, rev.digest, exc)
                refused.append(rev.digest)
                first_error = first_error or exc
                continue
            if refused:
                log.warning("serving revision %d, the newest valid one", rev.id)
            return rev, first_error
        before = batch[-1].id


async def open_backend(
    url: str,
    knowledge_path: str | Path,
    *,
    context_ttl: float = 600.0,
    connect_deadline: float = 60.0,
) -> PgBackend:
    """Connect (waiting for the server up to ``connect_deadline``), migrate, import the
    shipped files into an empty database, and serve the newest valid revision."""
    pool = await connect_with_retry(url, deadline=connect_deadline)
    try:
        async with pool.acquire() as conn:
            await migrate(conn)
        revisions = RevisionStore(pool)
        shipped = Path(knowledge_path)
        imported = await revisions.import_if_empty(shipped, who="wic-bot (first start)")
        if imported is not None:
            log.info("empty database: imported %s as revision %d", shipped, imported.id)
        head = await revisions.head()
        assert head is not None
        rev, refused = await newest_valid(revisions)
        source = RevisionSource(rev)
        service = await asyncio.to_thread(KnowledgeService, source, context_ttl=context_ttl)
        if refused is not None:
            service.last_error, service.last_error_at = refused, dt.datetime.now(dt.UTC)
        live = LiveKnowledge(url, revisions, source, service, rev)
        live.seen = head.id  # a refused newer head stays refused until a newer one comes
        if rev.id != head.id:
            live.refused = head
        log.info("serving knowledge revision %d (version %s)", rev.id, rev.digest)
        return PgBackend(url, pool, revisions, live, PgUnanswered(pool))
    except BaseException:
        pool.terminate()
        raise
