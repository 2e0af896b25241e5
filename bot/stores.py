"""What the bot needs from its shared state, as small Protocols, and the embedded default.

Two backends implement them: the embedded one (files on disk + SQLite, right for one process;
``FileBackend`` here, thin adapters over ``KnowledgeEditor`` and ``MissStore``) and PostgreSQL
(``bot.pg``, for several processes). No store call blocks the event loop: the file adapter runs
the editor in a worker thread, and the SQLite adapter runs every unanswered-store call on one
database thread of its own. A store that cannot do its work raises ``EditError`` with a message
for moderators.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bot.editing import EditError, KnowledgeEditor, Proposal, Saved, Version
from bot.misses import Miss, MissStore
from bot.notifystore import NotifyStore, SqliteNotify
from bot.service import KnowledgeService, ReloadResult

log = logging.getLogger(__name__)
T = TypeVar("T")
Report = Callable[[ReloadResult], Awaitable[None]]
MAX_QUEUED_WRITES = 10_000


@dataclass(frozen=True)
class Origin:
    """Where the served knowledge comes from, for ``/kb status``."""

    label: str  # "File" or "Revision"
    value: str  # the path, or the revision number
    detail: str = ""  # e.g. who committed the revision, and when


class UnansweredStore(Protocol):
    """Questions the bot could not answer well, counted per guild."""

    def record(self, question: str, *, guild: int | None, reason: str) -> None:
        """Count one miss; returns at once (the write is queued, bounded)."""

    async def retract(self, question: str, *, guild: int | None) -> None:
        """Take back one count (a 👎 changed into a 👍); after any queued write of it."""

    async def top(
        self,
        *,
        days: float = 30.0,
        limit: int = 10,
        offset: int = 0,
        guild: int | None = None,
        include_dms: bool = False,
    ) -> list[Miss]:
        """The most frequent open misses of the last ``days`` (DMs only with ``include_dms``)."""

    async def count_open(self, *, days: float = 30.0, include_dms: bool = False) -> int: ...

    async def set_status(self, question: str, status: str) -> int:
        """Mark a question (stored or as typed) open, dismissed or taught; rows changed."""

    async def purge(self, retention_days: float) -> int: ...


class KnowledgeStore(Protocol):
    """Where confirmed edits are written, and their history read from."""

    async def commit(self, proposal: Proposal, who: str) -> Saved:
        """Write a previewed edit (compare-and-swap: StaleEdit if the base moved on)."""

    async def history_report(self, limit: int = 25) -> tuple[list[Version], int]:
        """Kept versions newest first, and how many damaged entries were skipped."""

    async def history(self, limit: int = 25) -> list[Version]: ...

    async def propose_rollback(self, version: str) -> Proposal: ...

    def origin(self) -> Origin:
        """Where the knowledge being served comes from."""


class Backend(Protocol):
    """A backend as the bot sees it: two stores plus a lifecycle."""

    unanswered: UnansweredStore
    knowledge: KnowledgeStore
    editor: KnowledgeEditor  # previews /kb edits on what is served
    notify: NotifyStore  # /wic notify: servers' settings and what each was sent
    watches_files: bool  # whether the bot should poll the knowledge files for hand edits

    async def start(self, report: Report) -> None:
        """Start background work; ``report`` tells the moderator log about reloads."""

    async def close(self) -> None: ...


class SqliteUnanswered:
    """``UnansweredStore`` over the embedded SQLite ``MissStore``, on a thread of its own.

    One worker thread runs every call, in order: a database lock held by another process (a
    shard sharing the file) then delays only that thread, never the event loop, and a read
    sees every question recorded before it.
    """

    def __init__(self, store: MissStore, *, max_queued: int = MAX_QUEUED_WRITES) -> None:
        self.store = store
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wic-db")
        self._max_queued = max_queued
        self._queued = 0
        self._queued_lock = threading.Lock()

    def record(self, question: str, *, guild: int | None, reason: str) -> None:
        with self._queued_lock:
            if self._queued >= self._max_queued:  # the database is stuck: do not hoard
                log.warning("unanswered-question queue full; one question not recorded")
                return
            self._queued += 1
        self._db.submit(self._record, question, guild, reason)

    def _record(self, question: str, guild: int | None, reason: str) -> None:
        try:
            self.store.record(question, guild=guild, reason=reason)
        except Exception:
            log.exception("could not record an unanswered question")
        finally:
            with self._queued_lock:
                self._queued -= 1

    async def _run(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._db, functools.partial(fn, *args, **kwargs))
        except sqlite3.Error as exc:
            log.warning("unanswered-questions database: %s failed: %s", what, exc)
            raise EditError(f"the unanswered-questions database failed ({exc}), so {what}") from exc

    async def retract(self, question: str, *, guild: int | None) -> None:
        await self._run("the vote was not taken back", self.store.retract, question, guild=guild)

    async def top(
        self,
        *,
        days: float = 30.0,
        limit: int = 10,
        offset: int = 0,
        guild: int | None = None,
        include_dms: bool = False,
    ) -> list[Miss]:
        return await self._run(
            "the list cannot be read",
            self.store.top,
            days=days,
            limit=limit,
            offset=offset,
            guild=guild,
            include_dms=include_dms,
        )

    async def count_open(self, *, days: float = 30.0, include_dms: bool = False) -> int:
        return await self._run(
            "the list cannot be read", self.store.count_open, days=days, include_dms=include_dms
        )

    async def set_status(self, question: str, status: str) -> int:
        return await self._run(
            "the question was not updated", self.store.set_status, question, status
        )

    async def purge(self, retention_days: float) -> int:
        return await self._run("nothing was purged", self.store.purge, retention_days)

    async def close(self) -> None:
        """Finish the queued writes (off the event loop), then close the database."""
        await asyncio.to_thread(self._db.shutdown, wait=True)
        self.store.close()


class FileKnowledge:
    """``KnowledgeStore`` over the files on disk (``KnowledgeEditor``)."""

    def __init__(self, editor: KnowledgeEditor) -> None:
        self.editor = editor

    async def commit(self, proposal: Proposal, who: str) -> Saved:
        # fsyncs and a cross-process file lock: off the event loop.
        return await asyncio.to_thread(self.editor.commit, proposal, who)

    async def history_report(self, limit: int = 25) -> tuple[list[Version], int]:
        return await asyncio.to_thread(self.editor.history_report, limit)

    async def history(self, limit: int = 25) -> list[Version]:
        return await asyncio.to_thread(self.editor.history, limit)

    async def propose_rollback(self, version: str) -> Proposal:
        return await asyncio.to_thread(self.editor.propose_rollback, version)

    def origin(self) -> Origin:
        return Origin("File", str(self.editor.knowledge_path))


class FileBackend:
    """The embedded default: the knowledge files plus ``unanswered.sqlite3`` in ``data_dir``."""

    watches_files = True

    def __init__(self, editor: KnowledgeEditor, data_dir: Path) -> None:
        self.editor = editor
        self.misses = MissStore(Path(data_dir) / "unanswered.sqlite3")
        self.sqlite = SqliteUnanswered(self.misses)
        self.unanswered: UnansweredStore = self.sqlite
        self.knowledge: KnowledgeStore = FileKnowledge(editor)
        self.notify: NotifyStore = SqliteNotify(Path(data_dir) / "notify.sqlite3")

    @classmethod
    def serving(cls, service: KnowledgeService, data_dir: Path) -> FileBackend:
        """The backend for a service on knowledge files (``FileSource``)."""
        from bot.knowledge_files import FileSource

        source = service.source
        if not isinstance(source, FileSource):
            raise TypeError(f"the file backend needs knowledge files, not {source.name}")
        editor = KnowledgeEditor(
            source.path,
            data_dir,
            # A broken facts file cannot name its vocabulary: the live engine's is used.
            vocabulary_hint=lambda: service.engine.kb.vocabulary_path,
        )
        return cls(editor, data_dir)

    async def start(self, report: Report) -> None:
        """Nothing runs in the background: the bot's file watcher does the reloads."""

    async def close(self) -> None:
        await self.sqlite.close()
