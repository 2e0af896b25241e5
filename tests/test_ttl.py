"""The one bounded, expiring map behind tokens, previews and pages (bot/ttl.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.discordbot.kb.state import PENDING_TTL, PendingStore, Tokens
from bot.ttl import TTLCache


def test_entries_expire_and_the_bound_holds() -> None:
    now = [0.0]
    cache: TTLCache[str, int] = TTLCache(3, ttl=10.0, clock=lambda: now[0])
    for i in range(5):
        cache.put(f"k{i}", i)
    assert len(cache) == 3 and cache.get("k0") is None and cache.get("k4") == 4
    now[0] = 10.0
    assert cache.get("k2") == 2  # exactly ttl old: still there
    now[0] = 10.5
    assert cache.get("k2") is None and len(cache) == 2  # expired, and dropped when read
    now[0] = 100.0
    cache.put("new", 1)
    assert len(cache) == 1  # the expired ones went as the new one came


def test_put_again_refreshes_and_pop_takes() -> None:
    now = [0.0]
    cache: TTLCache[str, int] = TTLCache(2, clock=lambda: now[0])
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 3)  # a is now the newest
    cache.put("c", 4)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (3, None, 4)
    assert cache.pop("a") == 3 and cache.pop("a") is None and len(cache) == 1
    with pytest.raises(ValueError):
        TTLCache(0)


@given(st.lists(st.tuples(st.integers(0, 20), st.floats(0, 5)), max_size=200))
def test_never_over_the_bound_never_stale(ops: list[tuple[int, float]]) -> None:
    now = [0.0]
    cache: TTLCache[int, float] = TTLCache(7, ttl=3.0, clock=lambda: now[0])
    for key, step in ops:
        now[0] += step
        cache.put(key, now[0])
        assert len(cache) <= 7
        value = cache.get(key)
        assert value == now[0]
    for key in range(21):
        value = cache.get(key)
        assert value is None or now[0] - value <= 3.0


def test_previews_and_tokens_expire_and_stay_their_authors() -> None:
    now = [0.0]
    pending = PendingStore(lambda: now[0])
    token = pending.add(object(), user_id=1)  # type: ignore[arg-type]
    assert pending.take(token, user_id=2) is None  # someone else's: refused, and kept
    assert pending.take(token, user_id=1) is not None
    assert pending.take(token, user_id=1) is None  # taken once
    late = pending.add(object(), user_id=1)  # type: ignore[arg-type]
    tokens = Tokens(lambda: now[0])
    question = tokens.put("who cooked")
    now[0] = PENDING_TTL + 1
    assert pending.take(late, user_id=1) is None and tokens.get(question) is None
