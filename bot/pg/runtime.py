"""Opening the PostgreSQL backend for a bot process: connect, migrate, import, mirror, follow."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import shutil
import tempfile
from pathlib import Path

import asyncpg

from bot.engine import KnowledgeError
from bot.notifystore import NotifyStore, PgNotify
from bot.service import ReloadResult
from bot.stores import Report

from .db import connect_with_retry
from .live import LiveKnowledge, Mirror, MirroredService, PgKnowledge
from .migrate import migrate
from .revisions import Revision, RevisionStore, names_problem
from .unanswered import PgUnanswered

log = logging.getLogger(__name__)


class PgBackend:
    """``Backend`` over PostgreSQL; ``service`` serves the head revision from a local mirror."""

    watches_files = False  # the mirror is ours; edits arrive as revisions

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
        self.unanswered = unanswered
        self.knowledge = PgKnowledge(revisions, live)
        self.notify: NotifyStore = PgNotify(pool)

    async def start(self, report: Report) -> None:
        self.live.start(report)
        self.unanswered.start()
        error = self.service.last_error
        if error is not None:  # the head was refused at start: say so, as for a live refusal
            await report(ReloadResult(True, False, error, self.service.version))

    async def close(self) -> None:
        await self.live.close()
        await self.unanswered.close()
        try:
            await asyncio.wait_for(self.pool.close(), 5.0)
        except Exception:  # an unreachable server: do not hang the shutdown
            self.pool.terminate()
        self.live.mirror.remove()


MIRROR_PREFIX = "wic-bot-kb-"


def remove_stale_mirrors(parent: Path) -> None:
    """Mirrors left by processes that were killed (their pid is in the folder's name)."""
    for folder in parent.glob(f"{MIRROR_PREFIX}*-*"):
        pid = folder.name[len(MIRROR_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass  # alive, under another user


async def newest_valid(
    revisions: RevisionStore, mirror: Mirror
) -> tuple[Revision, KnowledgeError | None]:
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
                await asyncio.to_thread(mirror.check, rev)
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
    mirror_dir: Path | None = None,
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
        parent = Path(mirror_dir or tempfile.gettempdir())
        remove_stale_mirrors(parent)
        folder = Path(tempfile.mkdtemp(prefix=f"{MIRROR_PREFIX}{os.getpid()}-", dir=parent))
        # A head naming a file outside the mirror is refused below; name the mirror safely.
        safe = names_problem(head.facts_name, "vocabulary.yaml", None) is None
        mirror = Mirror(folder, head.facts_name if safe else shipped.name)
        rev, refused = await newest_valid(revisions, mirror)
        await asyncio.to_thread(mirror.write, rev)
        service = await asyncio.to_thread(
            MirroredService, mirror.facts_path, context_ttl=context_ttl
        )
        if refused is not None:
            service.last_error, service.last_error_at = refused, dt.datetime.now(dt.UTC)
        live = LiveKnowledge(url, revisions, mirror, service, rev)
        live.seen = head.id  # a refused newer head stays refused until a newer one comes
        if rev.id != head.id:
            live.refused = head
        log.info("serving knowledge revision %d (version %s)", rev.id, rev.digest)
        return PgBackend(url, pool, revisions, live, PgUnanswered(pool))
    except BaseException:
        pool.terminate()
        raise
