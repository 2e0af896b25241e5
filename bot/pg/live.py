"""Live knowledge from PostgreSQL: the revision source, the LISTEN loop, and edits as commits.

Each process serves one revision, held in memory by a ``RevisionSource`` that the ordinary
``KnowledgeService`` loads from, and previews /kb edits on that revision's texts
(``RevisionEditor``). A revision is validated *before* it is swapped in; one that does not
validate is refused and the process keeps answering from its last good version, and the
moderator log is told.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import difflib
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from bot.editing import EditError, KnowledgeEditor, Proposal, Saved, StaleEdit, Version, digest
from bot.engine import Knowledge, KnowledgeError, Problem, Texts, vocabulary_reference
from bot.service import KnowledgeService, ReloadResult
from bot.stores import Origin

from .db import NOTIFY_CHANNEL, OUTAGE, Backoff, DatabaseUnavailable, guarded
from .revisions import Draft, Revision, RevisionStore, check_names, validate_texts

log = logging.getLogger(__name__)
Report = Callable[[ReloadResult], Awaitable[None]]


def check_revision(rev: Revision) -> Knowledge:
    """Validate a revision before serving it (KnowledgeError if it may not be): its texts, and
    its file names, which must be plain and agree with the texts."""
    check_names(rev, None)
    kb = validate_texts(rev.facts_name, rev.vocabulary_name, rev.facts, rev.vocabulary)
    named = vocabulary_name(rev.facts)
    if named != os.path.normpath(rev.vocabulary_name):
        raise KnowledgeError(
            [
                Problem(
                    f"revision {rev.id}",
                    0,
                    0,
                    "vocabulary",
                    f"stored as {rev.vocabulary_name[:80]!r}, the facts file names {named!r}",
                )
            ]
        )
    return kb


def vocabulary_name(facts: str) -> str:
    """The vocabulary a facts text names, as a revision stores it."""
    return os.path.normpath(vocabulary_reference(facts.encode("utf-8"))[0])


class RevisionSource:
    """``KnowledgeSource`` over the revision being served (swapped by ``LiveKnowledge``).

    ``refresh`` (what ``/kb reload`` calls) asks the listener to fetch the head now."""

    def __init__(self, revision: Revision) -> None:
        self.revision = revision
        self.name = revision.facts_name
        self.refresh: Callable[[], None] = lambda: None

    def read(self) -> Texts:
        rev = self.revision  # one read: the texts of one revision, never a mix
        return Texts(
            rev.facts.encode("utf-8"),
            rev.vocabulary.encode("utf-8"),
            rev.digest,
            rev.facts_name,
            rev.vocabulary_name,
        )


class RevisionEditor(KnowledgeEditor):
    """Previews /kb edits on the served revision's texts; ``PgKnowledge`` commits them.

    The files are named as the revision names them (``wic.yaml``, ``vocabulary.yaml``): those
    paths are names only, never opened."""

    def __init__(self, source: RevisionSource) -> None:
        super().__init__(Path(source.revision.facts_name), Path(os.devnull))
        self.source = source

    def vocabulary_path(self) -> Path:
        return Path(self.source.revision.vocabulary_name)

    def _read(self, path: Path) -> bytes:
        rev = self.source.revision
        if path == self.knowledge_path:
            return rev.facts.encode("utf-8")
        if path == self.vocabulary_path():
            return rev.vocabulary.encode("utf-8")
        raise EditError(f"no file {path.name} in the served revision")

    def _read_or_missing(self, path: Path) -> bytes:
        return self._read(path)

    def _validate(self, path: Path, data: bytes) -> Any:
        rev = self.source.revision
        facts, vocabulary = rev.facts, rev.vocabulary
        if path == self.knowledge_path:
            facts = data.decode("utf-8")
        else:
            vocabulary = data.decode("utf-8")
        return validate_texts(rev.facts_name, rev.vocabulary_name, facts, vocabulary)

    def commit(self, proposal: Proposal, who: str) -> Saved:
        raise EditError("with DATABASE_URL an edit is committed to the database, not a file")


class LiveKnowledge:
    """Follows the head revision: LISTEN for commits, catch up on (re)connect, swap in."""

    def __init__(
        self,
        url: str,
        revisions: RevisionStore,
        source: RevisionSource,
        service: KnowledgeService,
        applied: Revision,
        *,
        health_interval: float = 5.0,
    ) -> None:
        self.url = url
        self.revisions = revisions
        self.source = source
        self.service = service
        self.applied = applied  # the revision being served
        self.seen = applied.id  # the newest revision looked at (applied or refused)
        self.refused: Revision | None = None  # the newest revision refused, while it is the head
        self.health_interval = health_interval
        self.connected = asyncio.Event()
        self.report: Report | None = None
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        source.refresh = self._nudge

    def start(self, report: Report | None) -> None:
        self.report = report
        self._loop = asyncio.get_running_loop()
        self._tasks = [
            asyncio.create_task(self._listen(), name="pg-listen"),
            asyncio.create_task(self._apply_loop(), name="pg-apply"),
        ]

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    # --- following the head -------------------------------------------------------------------

    async def _listen(self) -> None:
        backoff = Backoff()
        while True:
            conn: asyncpg.Connection | None = None
            try:
                conn = await asyncpg.connect(self.url, timeout=5.0)
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _c, lost=lost: lost.set())
                await conn.add_listener(NOTIFY_CHANNEL, self._notified)
                if not backoff.fresh:
                    log.warning("knowledge listener reconnected to the database")
                backoff.reset()
                self.connected.set()
                self._wake.set()  # catch up on whatever was committed while we were away
                while not lost.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(lost.wait(), self.health_interval)
                    if not lost.is_set():
                        # A half-open TCP connection never terminates by itself: probe it,
                        # and catch up should a notification ever have been missed.
                        newest = await asyncio.wait_for(
                            conn.fetchval("SELECT max(id) FROM kb_revision"), 5.0
                        )
                        if newest is not None and newest > self.seen:
                            self._wake.set()
                raise ConnectionResetError("listener connection closed")
            except asyncio.CancelledError:
                raise
            except OUTAGE as exc:
                if self.connected.is_set() or backoff.fresh:
                    log.warning("knowledge listener lost the database (%s); retrying", exc)
            except Exception:
                log.exception("knowledge listener failed; retrying")
            finally:
                self.connected.clear()
                if conn is not None and not conn.is_closed():
                    conn.terminate()
            await backoff.wait()

    def _nudge(self) -> None:
        """Catch up now (callable from any thread: the service may reload in a worker)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            same = asyncio.get_running_loop() is loop
        except RuntimeError:
            same = False
        if same:
            self._wake.set()
        else:
            loop.call_soon_threadsafe(self._wake.set)

    def _notified(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        with contextlib.suppress(ValueError, TypeError):
            if int(str(payload)) <= self.seen:
                return
        self._wake.set()

    async def _apply_loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.catch_up()
            except asyncio.CancelledError:
                raise
            except OUTAGE as exc:
                log.warning("could not fetch the new knowledge revision (%s)", exc)
            except Exception:
                log.exception("applying a knowledge revision failed")

    async def catch_up(self) -> ReloadResult | None:
        """Fetch the head and swap it in if newer than what we have."""
        head = await self.revisions.head()
        if head is None or head.id <= self.seen:
            return None
        result = await self.apply(head)
        if result is not None and self.report is not None and not result.ok:
            # Successes are told by the process that committed; a refusal is this process's.
            await self.report(result)
        return result

    async def apply(self, rev: Revision) -> ReloadResult | None:
        """Validate ``rev`` and serve it; keep the last good version if it does not validate."""
        async with self._lock:
            if rev.id <= self.seen:
                return None
            # "seen" moves only once the outcome is recorded (refused, or served): a reader
            # that waits for it finds ``refused``/``applied`` already set
            try:
                await asyncio.to_thread(check_revision, rev)
            except KnowledgeError as exc:
                self.refused, self.seen = rev, rev.id
                self.service.last_error = exc
                self.service.last_error_at = dt.datetime.now(dt.UTC)
                log.warning(
                    "knowledge revision %d (%s) refused, keeping version %s:\n%s",
                    rev.id,
                    rev.digest,
                    self.service.version,
                    exc,
                )
                return ReloadResult(True, False, exc, self.service.version)
            served, self.source.revision = self.source.revision, rev
            result = await asyncio.to_thread(self.service.reload_source)
            if result.ok:
                self.applied, self.refused, self.seen = rev, None, rev.id
            else:  # validated above, so only something unexpected: keep the last good one
                self.source.revision = served
            return result

    async def adopt(self, rev: Revision) -> None:
        """A revision this process just committed (already validated): serve it from the
        source, so that the caller's ``service.reload()`` loads it; the NOTIFY echo is then
        ignored."""
        async with self._lock:
            if rev.id <= self.seen:
                return
            self.seen = rev.id
            self.source.revision = rev
            self.applied, self.refused = rev, None


class HeadRefused(EditError):
    """The head revision does not validate, so no edit can build on it: roll back first."""

    def __init__(self, head: Revision, served: Revision) -> None:
        super().__init__(
            f"The newest knowledge revision ({head.id}, by {head.author}) does not validate "
            f"with this bot, so the bot keeps serving revision {served.id} and no edit can "
            f"build on the newest one. Restore a good version first — /kb rollback "
            f"version:{served.digest} (the one being served) — or fix the files with "
            "`wic-bot kb pull` and `wic-bot kb push`. /kb status shows the problems."
        )


@dataclass(frozen=True)
class RevisionProposal(Proposal):
    """A rollback: may change both files; ``other_*`` is the second one."""

    other_file: Path | None = None
    other_base: str = ""
    other_new: str = ""


def _diff(name: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"{name} (now)",
            tofile=f"{name} (after)",
            n=1,
        )
    )


class PgKnowledge:
    """``KnowledgeStore`` in PostgreSQL: a confirmed edit becomes a new head revision."""

    def __init__(
        self, revisions: RevisionStore, live: LiveKnowledge, editor: RevisionEditor
    ) -> None:
        self.revisions = revisions
        self.live = live
        self.editor = editor

    async def commit(self, proposal: Proposal, who: str) -> Saved:
        """Commit a previewed edit as the new head; StaleEdit if the head moved on since."""
        if proposal.error is not None:
            raise EditError("the edit does not validate:\n" + proposal.error.report())
        if proposal.new_text == proposal.old_text:
            raise EditError("nothing to change")
        facts_path = self.editor.knowledge_path
        rollback = isinstance(proposal, RevisionProposal)

        async def change(head: Revision | None) -> Draft:
            if head is None:
                raise StaleEdit
            refused = self.live.refused
            if not rollback and refused is not None and head.id == refused.id:
                raise HeadRefused(refused, self.live.applied)
            texts = {"facts": head.facts, "vocabulary": head.vocabulary}
            parts = [(proposal.file, proposal.base, proposal.new_text)]
            if isinstance(proposal, RevisionProposal) and proposal.other_file is not None:
                parts.append((proposal.other_file, proposal.other_base, proposal.other_new))
            changed = []
            for path, base, new in parts:
                key = "facts" if path == facts_path else "vocabulary"
                # Compare-and-swap: the file must still be what the preview was built on.
                if digest(texts[key].encode("utf-8")) != base:
                    raise StaleEdit
                texts[key] = new
                changed.append(head.facts_name if key == "facts" else head.vocabulary_name)
            try:
                vocab_name = vocabulary_name(texts["facts"])
                await asyncio.to_thread(
                    validate_texts, head.facts_name, vocab_name, texts["facts"], texts["vocabulary"]
                )
            except KnowledgeError as exc:
                raise EditError("the edit does not validate:\n" + exc.report()) from exc
            return Draft(
                head.facts_name,
                texts["facts"],
                vocab_name,
                texts["vocabulary"],
                proposal.summary,
                ",".join(changed),
            )

        action = "rollback" if rollback else "edit"

        async def run() -> Revision | None:
            return await self.revisions.commit(change, who=who, action=action)

        rev = await guarded("nothing was saved", run)
        assert rev is not None
        await self.live.adopt(rev)
        return Saved(rev.digest, rev.parent_digest or "")

    async def history(self, limit: int = 25) -> list[Version]:
        """Edits, newest first; each names the version *before* it (what a rollback restores)."""

        async def run() -> list[Revision]:
            return await self.revisions.log(limit)

        out = []
        for rev in await guarded("the history cannot be read", run):
            if rev.parent_digest is None:
                continue
            when = rev.created_at.astimezone(dt.UTC).isoformat(timespec="seconds")
            out.append(Version(rev.parent_digest, rev.files, when, rev.author, rev.message))
        return out

    async def history_report(self, limit: int = 25) -> tuple[list[Version], int]:
        """As ``history``; a revision cannot be damaged, so nothing is ever skipped."""
        return await self.history(limit), 0

    def origin(self) -> Origin:
        """The revision being served (a refused newer one is not: see /kb status)."""
        rev = self.live.applied
        when = rev.created_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return Origin("Revision", str(rev.id), f"by {rev.author}, {when}")

    async def propose_rollback(self, version: str) -> Proposal:
        async def run() -> tuple[Revision | None, Revision | None]:
            return await self.revisions.find(version), await self.revisions.head()

        target, head = await guarded("nothing can be rolled back", run)
        if target is None or head is None:
            raise EditError(
                f"no kept version {version[:40]!r}: give the exact 12-character version id "
                "that /kb history shows"
            )
        vocab_path = Path(head.vocabulary_name)
        files = [
            (self.editor.knowledge_path, head.facts, target.facts),
            (vocab_path, head.vocabulary, target.vocabulary),
        ]
        changed = [f for f in files if f[1] != f[2]] or files[:1]
        (path, old, new), *rest = changed
        error: KnowledgeError | None = None
        try:
            await asyncio.to_thread(check_revision, target)
        except KnowledgeError as exc:
            error = exc
        diff = "".join(_diff(p.name, o, n) for p, o, n in changed)
        summary = f"rolled back to version {target.digest}"
        other = rest[0] if rest else None
        return RevisionProposal(
            path,
            digest(old.encode("utf-8")),
            old,
            new,
            summary,
            diff,
            error,
            None,
            other_file=other[0] if other else None,
            other_base=digest(other[1].encode("utf-8")) if other else "",
            other_new=other[2] if other else "",
        )


__all__ = [
    "DatabaseUnavailable",
    "HeadRefused",
    "LiveKnowledge",
    "PgKnowledge",
    "RevisionEditor",
    "RevisionProposal",
    "RevisionSource",
]
