"""One bounded, expiring map for the bot's in-memory state (tokens, previews, pages).

Memory must stay flat whatever the traffic, so every such map has a bound (the least recently
put entry goes first) and, where it should, a lifetime (an entry older than ``ttl`` is gone,
as if never put). Expired entries are dropped from the oldest end as entries are put.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    """At most ``max_entries`` values, each for ``ttl`` seconds (None: until pushed out)."""

    def __init__(
        self,
        max_entries: int,
        ttl: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self.ttl = ttl
        self.clock = clock
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()  # oldest first

    def __len__(self) -> int:
        return len(self._items)

    def put(self, key: K, value: V) -> None:
        now = self.clock()
        self._items[key] = (now, value)
        self._items.move_to_end(key)
        self._prune(now)

    def get(self, key: K) -> V | None:
        """The value, or None if it was never put, was pushed out or has expired."""
        item = self._items.get(key)
        if item is None:
            return None
        if self._expired(item[0], self.clock()):
            del self._items[key]
            return None
        return item[1]

    def pop(self, key: K) -> V | None:
        """Remove and return the value (None if absent or expired)."""
        item = self._items.pop(key, None)
        if item is None or self._expired(item[0], self.clock()):
            return None
        return item[1]

    def _expired(self, at: float, now: float) -> bool:
        return self.ttl is not None and now - at > self.ttl

    def _prune(self, now: float) -> None:
        while self._items:
            at, _value = next(iter(self._items.values()))
            if len(self._items) <= self.max_entries and not self._expired(at, now):
                break
            self._items.popitem(last=False)
