"""Runtime state shared by the adapters, none of it Discord-specific.

``KnowledgeService`` owns the current engine and swaps in a new one only when its source (the
files on disk, or a revision from the database) changed *and* validates; ``Conversations``
keeps follow-up context per asker; ``Cooldown`` limits how fast one member can ask.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from bot.engine import Context, Engine, Knowledge, KnowledgeError, KnowledgeSource, Problem

log = logging.getLogger(__name__)
RACY_SECONDS = 2.0  # beyond any file system's timestamp granularity
SETTLE_SECONDS = 0.3  # a changed file is loaded once it stayed the same this long
SETTLE_MAX_SECONDS = 10.0  # still changing after this: try again at the next poll


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What a reload did: swapped in a new version, kept the old one (with why), or nothing."""

    changed: bool  # the files differed from the loaded version
    ok: bool  # the new version was valid and is now live
    error: KnowledgeError | None = None
    version: str = ""


class KnowledgeService:
    """The live engine plus what moderators need to know about it."""

    def __init__(
        self,
        source: KnowledgeSource | str | Path,
        *,
        context_ttl: float = 600.0,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        settle: float = SETTLE_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if isinstance(source, str | os.PathLike):  # a knowledge file: the usual source
            from bot.knowledge_files import FileSource

            source = FileSource(source)
        self.source = source
        self.context_ttl = context_ttl
        self._clock = clock
        self.settle = settle
        self._sleep = sleep
        kb = self._load()  # raises KnowledgeError: refuse to start on a bad file
        self._engine = Engine(kb, context_ttl=context_ttl)
        self.loaded_at = clock()
        self.last_error: KnowledgeError | None = None
        self.last_error_at: dt.datetime | None = None
        self._signature = self._file_signature()
        self._racy = True
        self._refused: str | None = None  # the version on disk last refused, if any

    @property
    def engine(self) -> Engine:
        """The engine on the last good version; replaced atomically on reload."""
        return self._engine

    def _files(self) -> tuple[Path, ...]:
        """The files to poll for changes (none for a source that is not files)."""
        watched = getattr(self.source, "watched", None)
        return tuple(watched()) if watched is not None else ()

    def _file_signature(self) -> tuple[tuple[int, ...], ...]:
        out = []
        for p in self._files():
            try:
                st = os.stat(p)
                # The inode changes on every atomic save; ctime on every in-place write.
                out.append((st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size))
            except OSError:
                out.append((-1, -1, -1, -1))
        return tuple(out)

    def _load(self) -> Knowledge:
        """The source's knowledge, with anything unexpected turned into a reportable
        KnowledgeError (so it reaches /kb status and the moderator log, not only a traceback)."""
        try:
            return self.source.read().load()
        except KnowledgeError:
            raise
        except Exception as exc:
            log.exception("loading %s failed unexpectedly", self.source.name)
            problem = Problem(
                self.source.name, 0, 0, "", f"cannot load: {type(exc).__name__}: {exc}"
            )
            raise KnowledgeError([problem]) from exc

    def check(self) -> KnowledgeError | None:
        """Validate the files on disk without swapping anything in."""
        try:
            self._load()
        except KnowledgeError as exc:
            return exc
        return None

    def reload(self, *, force: bool = False) -> ReloadResult:
        """Load the files again; swap in the new engine only if valid and different.

        A source that can look for something newer (the database's head) is asked to first."""
        refresh = getattr(self.source, "refresh", None)
        if refresh is not None:
            refresh()
        return self._reload(force=force)

    def reload_source(self, *, force: bool = False) -> ReloadResult:
        """``reload`` of what the source holds now, without asking it to refresh."""
        return self._reload(force=force)

    def _reload(self, *, force: bool = False, stable: bool = False) -> ReloadResult:
        """``reload``; with ``stable`` (the watcher's reloads) the files must not change while
        they are read — if they do, nothing is swapped in and the next poll tries again."""
        # The signature is taken *before* reading: a save landing during the read changes
        # it again, so the next poll reloads once more and nothing stays stale.
        self._signature = signature = self._file_signature()
        started = time.time()
        try:
            kb = self._load()
            if stable and self._file_signature() != signature:
                self._racy = True
                return ReloadResult(False, True, None, self.version)
        except KnowledgeError as exc:
            if stable and self._file_signature() != signature:
                self._racy = True  # a half-written file: not worth a report
                return ReloadResult(False, True, None, self.version)
            self.last_error, self.last_error_at = exc, self._clock()
            self._refused = self._disk_version()
            log.warning("knowledge file refused, keeping version %s:\n%s", self.version, exc)
            return ReloadResult(True, False, exc, self.version)
        finally:
            self._racy = self._recently_modified(started)
        if kb.digest == self._engine.kb.digest and not force:
            self.last_error = None
            return ReloadResult(False, True, None, self.version)
        engine = Engine(kb, context_ttl=self.context_ttl)
        self._engine = engine  # one reference swap: readers see the old or the new, never a mix
        self.loaded_at = self._clock()
        self.last_error = None
        log.info("knowledge version %s loaded (%d editions)", kb.digest, len(kb.editions))
        return ReloadResult(True, True, None, kb.digest)

    def _recently_modified(self, when: float) -> bool:
        """Whether a file was modified so close to ``when`` that a later write could leave
        the same signature (timestamps are coarse): its content must be checked again."""
        for p in self._files():
            try:
                if os.stat(p).st_mtime >= when - RACY_SECONDS:
                    return True
            except OSError:
                return True
        return False

    def _disk_version(self) -> str | None:
        """The version of the source's texts now, computed as ``Knowledge.digest`` is."""
        try:
            return self.source.read().version
        except Exception:  # unreadable: compare as "changed"
            return None

    def poll(self) -> ReloadResult | None:
        """Reload if the files changed on disk since the last look; None when unchanged.

        Blocking (the bot runs it in a worker thread): a changed file is loaded only once it
        is stable — its size and times unchanged across ``settle`` seconds, and unchanged
        while it was read — since an editor that saves in place, in chunks, leaves a
        truncated file for a moment, and a truncated file can be valid (two editions, a cut
        theme)."""
        if self._file_signature() == self._signature:
            if not self._racy:
                return None
            # Same signature, but written within the timestamps' granularity: compare the
            # bytes (cheap) rather than trust it.
            started = time.time()
            version = self._disk_version()
            if version == self.version or (version is not None and version == self._refused):
                self._racy = self._recently_modified(started)
                return None
        elif not self._settled():
            return None  # still being written: look again at the next poll
        result = self._reload(stable=True)
        return result if result.changed else None

    def _settled(self) -> bool:
        """Wait until the files' signature holds still for ``settle`` seconds (bounded)."""
        if self.settle <= 0:
            return True
        waited = 0.0
        before = self._file_signature()
        while waited < SETTLE_MAX_SECONDS:
            self._sleep(self.settle)
            waited += self.settle
            now = self._file_signature()
            if now == before:
                return True
            before = now
        log.info("%s is still changing; loading it later", self.source.name)
        return False

    @property
    def version(self) -> str:
        return self._engine.kb.digest


class Conversations:
    """Follow-up context per asker (in Discord: one user in one channel), bounded and expiring."""

    def __init__(self, ttl: float = 600.0, max_entries: int = 10_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._items: OrderedDict[Hashable, Context] = OrderedDict()

    def get(self, key: Hashable, now: float) -> Context | None:
        ctx = self._items.get(key)
        if ctx is None:
            return None
        if now - ctx.at > self.ttl:
            del self._items[key]
            return None
        return ctx

    def put(self, key: Hashable, ctx: Context) -> None:
        self._items[key] = ctx
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class Cooldown:
    """A token bucket per key: ``burst`` questions at once, then one every ``per`` seconds.

    ``hit`` says whether to answer, and whether to tell the member to slow down: only the first
    refusal in a row is told, so spam gets one polite notice rather than one per message.

    Memory is bounded whatever the traffic: a member whose bucket has refilled is the same as
    one never seen, so such entries are pruned as time passes (oldest first), and at most
    ``max_entries`` are kept (the least recently active go first).
    """

    def __init__(
        self,
        per: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 50_000,
    ):
        self.per = per
        self.burst = max(1, burst)
        self.max_entries = max_entries
        self._clock = clock
        # key -> (tokens, last hit, told); ordered by last hit, oldest first.
        self._state: OrderedDict[Hashable, tuple[float, float, bool]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._state)

    def _prune(self, now: float) -> None:
        refill = self.per * self.burst  # after this long idle a bucket is full again
        while self._state:
            key, (_tokens, last, _told) = next(iter(self._state.items()))
            # Strictly below the bound: the hit that follows may add one entry.
            if now - last < refill and len(self._state) < self.max_entries:
                break
            del self._state[key]

    def hit(self, key: Hashable) -> tuple[bool, bool]:
        """(allowed, notify)."""
        if self.per <= 0:
            return True, False
        now = self._clock()
        self._prune(now)
        tokens, last, told = self._state.pop(key, (float(self.burst), now, False))
        tokens = min(float(self.burst), tokens + (now - last) / self.per)
        if tokens >= 1.0:
            self._state[key] = (tokens - 1.0, now, False)
            return True, False
        self._state[key] = (tokens, now, True)
        return False, not told

    def retry_after(self, key: Hashable) -> float:
        tokens, _last, _told = self._state.get(key, (float(self.burst), 0.0, False))
        return max(0.0, (1.0 - tokens) * self.per)
