"""Runtime state shared by the adapters, none of it Discord-specific.

``KnowledgeService`` owns the current engine and swaps in a new one only when the file on disk
changed *and* validates; ``Conversations`` keeps follow-up context per asker; ``Cooldown``
limits how fast one member can ask.
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

from bot.engine import Context, Engine, KnowledgeError, load_knowledge

log = logging.getLogger(__name__)


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
        path: str | Path,
        *,
        context_ttl: float = 600.0,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.path = Path(path)
        self.context_ttl = context_ttl
        self._clock = clock
        kb = load_knowledge(self.path)  # raises KnowledgeError: refuse to start on a bad file
        self._engine = Engine(kb, context_ttl=context_ttl)
        self.loaded_at = clock()
        self.last_error: KnowledgeError | None = None
        self.last_error_at: dt.datetime | None = None
        self._signature = self._file_signature()

    @property
    def engine(self) -> Engine:
        """The engine on the last good version; replaced atomically on reload."""
        return self._engine

    def _files(self) -> list[Path]:
        kb = self._engine.kb
        return [Path(kb.path), Path(kb.vocabulary_path)]

    def _file_signature(self) -> tuple[tuple[int, int], ...]:
        out = []
        for p in self._files():
            try:
                st = os.stat(p)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append((-1, -1))
        return tuple(out)

    def check(self) -> KnowledgeError | None:
        """Validate the files on disk without swapping anything in."""
        try:
            load_knowledge(self.path)
        except KnowledgeError as exc:
            return exc
        return None

    def reload(self, *, force: bool = False) -> ReloadResult:
        """Load the files again; swap in the new engine only if valid and different."""
        self._signature = self._file_signature()
        try:
            kb = load_knowledge(self.path)
        except KnowledgeError as exc:
            self.last_error, self.last_error_at = exc, self._clock()
            log.warning("knowledge file refused, keeping version %s:\n%s", self.version, exc)
            return ReloadResult(True, False, exc, self.version)
        if kb.digest == self._engine.kb.digest and not force:
            self.last_error = None
            return ReloadResult(False, True, None, self.version)
        engine = Engine(kb, context_ttl=self.context_ttl)
        self._engine = engine  # one reference swap: readers see the old or the new, never a mix
        self.loaded_at = self._clock()
        self.last_error = None
        log.info("knowledge version %s loaded (%d editions)", kb.digest, len(kb.editions))
        return ReloadResult(True, True, None, kb.digest)

    def poll(self) -> ReloadResult | None:
        """Reload if the files changed on disk since the last look; None when unchanged."""
        if self._file_signature() == self._signature:
            return None
        return self.reload()

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
        self._clock = clock
        self.max_entries = max_entries
        # Least recently seen first, so idle members are forgotten in O(1) per question.
        self._state: OrderedDict[Hashable, tuple[float, float, bool]] = OrderedDict()

    def hit(self, key: Hashable) -> tuple[bool, bool]:
        """(allowed, notify)."""
        if self.per <= 0:
            return True, False
        now = self._clock()
        tokens, last, told = self._state.pop(key, (float(self.burst), now, False))
        tokens = min(float(self.burst), tokens + (now - last) / self.per)
        self._forget(now)
        if tokens >= 1.0:
            self._state[key] = (tokens - 1.0, now, False)
            return True, False
        self._state[key] = (tokens, now, True)
        return False, not told

    def _forget(self, now: float) -> None:
        """Drop members whose bucket has refilled (the same as never seen), and the least
        recently seen beyond ``max_entries``: the map stays bounded."""
        full = self.per * self.burst
        while self._state:
            key, (_tokens, last, _told) = next(iter(self._state.items()))
            if now - last < full and len(self._state) < self.max_entries:
                break
            del self._state[key]

    def __len__(self) -> int:
        return len(self._state)

    def retry_after(self, key: Hashable) -> float:
        tokens, _last, _told = self._state.get(key, (float(self.burst), 0.0, False))
        return max(0.0, (1.0 - tokens) * self.per)
