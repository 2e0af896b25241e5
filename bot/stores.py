"""What the bot needs from its shared state, as small Protocols, and the embedded default.

Two backends implement them: the embedded one (files on disk + SQLite, right for one process;
``FileBackend`` here, thin adapters over ``KnowledgeEditor`` and ``MissStore``) and PostgreSQL
(``bot.pg``, for several processes). The adapters run the blocking calls in a worker thread so
that no store call blocks the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Protocol

from bot.editing import KnowledgeEditor, Proposal, Version
from bot.misses import Miss, MissStore
from bot.service import ReloadResult

Report = Callable[[ReloadResult], Awaitable[None]]


class UnansweredStore(Protocol):
    """Questions the bot could not answer well, counted per guild."""

    def record(self, question: str, *, guild: int | None, reason: str) -> None:
        """Count one miss; must return at once (the PostgreSQL store queues it)."""

    async def top(
        self, *, days: float = 30.0, limit: int = 10, offset: int = 0, guild: int | None = None
    ) -> list[Miss]: ...

    async def count_open(self, *, days: float = 30.0) -> int: ...

    async def set_status(self, question: str, status: str) -> int: ...

    async def purge(self, retention_days: float) -> int: ...


class KnowledgeStore(Protocol):
    """Where confirmed edits are written, and their history read from."""

    async def commit(self, proposal: Proposal, who: str) -> str:
        """Write a previewed edit (compare-and-swap); returns the new version id."""

    async def history(self, limit: int = 25) -> list[Version]: ...

    async def propose_rollback(self, version: str) -> Proposal: ...


class Backend(Protocol):
    """A backend as the bot sees it: two stores plus a lifecycle."""

    unanswered: UnansweredStore
    knowledge: KnowledgeStore
    watches_files: bool  # whether the bot should poll the knowledge files for hand edits

    async def start(self, report: Report) -> None:
        """Start background work; ``report`` tells the moderator log about reloads."""

    async def close(self) -> None: ...


class SqliteUnanswered:
    """``UnansweredStore`` over the embedded SQLite ``MissStore``."""

    def __init__(self, store: MissStore) -> None:
        self.store = store

    def record(self, question: str, *, guild: int | None, reason: str) -> None:
        self.store.record(question, guild=guild, reason=reason)

    async def top(
        self, *, days: float = 30.0, limit: int = 10, offset: int = 0, guild: int | None = None
    ) -> list[Miss]:
        return self.store.top(days=days, limit=limit, offset=offset, guild=guild)

    async def count_open(self, *, days: float = 30.0) -> int:
        return self.store.count_open(days=days)

    async def set_status(self, question: str, status: str) -> int:
        return self.store.set_status(question, status)

    async def purge(self, retention_days: float) -> int:
        return self.store.purge(retention_days)


class FileKnowledge:
    """``KnowledgeStore`` over the files on disk (``KnowledgeEditor``)."""

    def __init__(self, editor: KnowledgeEditor) -> None:
        self.editor = editor

    async def commit(self, proposal: Proposal, who: str) -> str:
        # fsyncs and a cross-process file lock: off the event loop.
        return await asyncio.to_thread(self.editor.commit, proposal, who)

    async def history(self, limit: int = 25) -> list[Version]:
        return await asyncio.to_thread(self.editor.history, limit)

    async def propose_rollback(self, version: str) -> Proposal:
        return await asyncio.to_thread(self.editor.propose_rollback, version)


class FileBackend:
    """The embedded default: the knowledge files plus ``unanswered.sqlite3`` in ``data_dir``."""

    watches_files = True

    def __init__(self, editor: KnowledgeEditor, data_dir: Path) -> None:
        self.misses = MissStore(Path(data_dir) / "unanswered.sqlite3")
        self.unanswered: UnansweredStore = SqliteUnanswered(self.misses)
        self.knowledge: KnowledgeStore = FileKnowledge(editor)

    async def start(self, report: Report) -> None:
        """Nothing runs in the background: the bot's file watcher does the reloads."""

    async def close(self) -> None:
        self.misses.close()
