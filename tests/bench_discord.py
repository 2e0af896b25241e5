"""`make bench` (Discord part): the bot against the strict fake Discord, under real limits.

- **Bursts under Discord's rate limits** (50 requests/s per bot, 5 messages per 5 s per
  channel): 50 members asking in 50 channels at once, and 100 questions in one channel within
  10 s. We report p50/p99/max time from the question to the message answering it, the
  messages sent, the 429s the fake had to answer, and the time until each asker sees a sign
  of life (a typing indicator already showing in the channel, or sent, or the answer).
- **Flood** (issue 17): 600 members asking in one channel for 60 s (each once every 3 s, the
  default cooldown: ~200 questions a second), real limits, the default backlog cap
  (``CHANNEL_BACKLOG_MAX``). We report RSS growth, the most replies ever queued in the
  channel (the cap holding), p50/p99 latency of the answered questions, how many were shed
  and how many "too busy" notices that took. A real run; ``FLOOD_SECONDS`` shortens it.
- **Memory**: RSS after 1,000 answers and after 20,000 (chat mentions and /ask, 200 members in
  100 channels), with the rate limits relaxed (they would only make this slow) and the fake
  keeping no request log; plus the size of every per-member or per-message map.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.discordbot.outbox import BUSY_TEXT

from .evaluate import parse
from .fakediscord import CHANNEL_ID, MEMBER_ID, FakeDiscord, RateLimits, Request, reply_to
from .harness import Env, running_bot

BURST_CHANNELS = 50
CHANNEL_BURST = 100
CHANNEL_BURST_SECONDS = 10.0
MEMORY_WARMUP = 1_000
MEMORY_ANSWERS = int(os.environ.get("BENCH_ANSWERS", "20000"))
FLOOD_MEMBERS = 600
FLOOD_SECONDS = float(os.environ.get("FLOOD_SECONDS", "60"))
FLOOD_EVERY = 3.0  # each member asks once every this many seconds (the default cooldown)


def questions() -> list[str]:
    return [c.question for c in parse() if c.question.strip()]


def answered_ids(req: Request) -> list[str]:
    """The question message ids a bot message answers: its reply reference and, for a batch,
    every asker's heading (linked to the question)."""
    if req.method != "POST" or not req.path.endswith("/messages") or req.status != 200:
        return []
    ids = []
    ref = reply_to(req)
    if ref is not None:
        ids.append(ref)
    body = req.body if isinstance(req.body, dict) else {}
    for embed in body.get("embeds") or []:
        url = (embed.get("author") or {}).get("url")
        if url:
            ids.append(str(url).rsplit("/", 1)[-1])
    return ids


@dataclass
class Tracker:
    """Watches the fake's requests: when each question was answered."""

    sent_at: dict[str, float] = field(default_factory=dict)
    answered: dict[str, float] = field(default_factory=dict)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    expected: int = 0

    def __call__(self, req: Request) -> None:
        # An answer can arrive before ``sent_at`` has its question: latencies come at the end.
        for mid in answered_ids(req):
            self.answered.setdefault(mid, req.received)
        if self.expected and len(self.answered) >= self.expected:
            self.done.set()


async def burst(
    env: Env,
    asks: list[tuple[int, int, str]],
    *,
    spread: float = 0.0,
    timeout: float = 120.0,
) -> dict[str, float]:
    """Members ask (author, channel, question) as mentions, ``spread`` seconds apart in all;
    wait until every one is answered. Returns latency figures (seconds) and counts."""
    fake = env.fake
    tracker = Tracker(expected=len(asks))
    fake.listeners.append(tracker)
    loop = asyncio.get_running_loop()
    posts_before = _posts(env)
    throttled_before = len(fake.throttled)
    started = loop.time()
    typing_before = len(fake.typing)
    channel_of: dict[str, str] = {}
    gap = spread / max(1, len(asks) - 1) if spread else 0.0
    try:
        for n, (author, channel, text) in enumerate(asks):
            if gap:
                await asyncio.sleep(max(0.0, started + n * gap - loop.time()))
            at = loop.time()
            mid = await fake.message(
                f"<@700000000000000002> {text}", author=author, channel=channel
            )
            tracker.sent_at[mid] = at
            channel_of[mid] = str(channel)
        try:
            await asyncio.wait_for(tracker.done.wait(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"only {len(tracker.answered)} of {len(asks)} answered in {timeout}s"
            ) from None
    finally:
        fake.listeners.remove(tracker)
    missing = set(tracker.sent_at) - set(tracker.answered)
    assert not missing, f"{len(missing)} questions not answered"
    latencies = sorted(tracker.answered[m] - t for m, t in tracker.sent_at.items())
    typing = fake.typing[typing_before:]
    signs = sorted(
        _sign_of_life(fake, typing, channel_of[m], t, tracker.answered[m])
        for m, t in tracker.sent_at.items()
    )
    return {
        "questions": float(len(asks)),
        "seconds": loop.time() - started,
        "p50": statistics.median(latencies),
        "p99": latencies[int(0.99 * (len(latencies) - 1))],
        "max": latencies[-1],
        "messages": float(_posts(env) - posts_before),
        "throttled": float(len(fake.throttled) - throttled_before),
        "typing": float(len(typing)),
        "sign_p99": signs[int(0.99 * (len(signs) - 1))],
        "sign_max": signs[-1],
    }


TYPING_SHOWN = 10.0  # seconds a typing indicator lasts in Discord's clients


def _sign_of_life(
    fake: FakeDiscord, typing: list[tuple[str, float]], channel: str, asked: float, answered: float
) -> float:
    """Seconds from a question until its asker sees the bot at work: a typing indicator
    already showing in the channel (sent within 10 s and not yet ended by a bot message there),
    the next one sent, or the answer."""
    posts = [
        r.received
        for r in fake.requests
        if r.method == "POST" and r.path == f"/channels/{channel}/messages"
    ]
    for c, sent in typing:
        showing = sent <= asked < sent + TYPING_SHOWN
        if c == channel and showing and not any(sent < p <= asked for p in posts):
            return 0.0
    later = [sent for c, sent in typing if c == channel and sent >= asked]
    return min([answered, *later]) - asked


def _posts(env: Env) -> int:
    stats = env.bot.get_cog("Answering").outbox.stats  # type: ignore[union-attr]
    return int(stats.messages)


async def flood(env: Env, users: int = 50, per_user: int = 20) -> dict[str, float]:
    """users x per_user questions at once in the one test channel."""
    qs = questions()
    asks = [
        (MEMBER_ID + 10 + u, CHANNEL_ID, qs[(i * users + u) % len(qs)])
        for i in range(per_user)
        for u in range(users)
    ]
    return await burst(env, asks)


def rss() -> int:
    """This process's resident set size in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def trimmed_rss() -> int:
    """RSS once glibc has handed freed heap pages back (malloc_trim): memory still in use,
    without the allocator's high-water mark."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: plain RSS
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss()


def _maps(env: Env) -> dict[str, int]:
    bot: Any = env.bot
    store = bot._connection._view_store
    cog = bot.get_cog("Answering")
    return {
        "stored views": len(store._views) + len(store._synced_message_views),
        "conversations": len(bot.conversations),
        "cooldowns": len(bot.cooldown),
        "answer memory": len(cog.memory),
        "feedback tokens": len(bot.feedback),
        "outbox channels": len(cog.outbox),
    }


async def answer_many(env: Env, start: int, count: int, qs: list[str]) -> None:
    """``count`` answers, alternating chat mentions and /ask, 200 members in 100 channels,
    50 in flight at a time."""
    fake = env.fake
    loop = asyncio.get_running_loop()
    done = 0
    event = asyncio.Event()

    def listener(req: Request) -> None:
        nonlocal done
        if req.method == "POST" and req.status == 200 and req.path.endswith("/callback"):
            done += 1
        else:
            done += len(set(answered_ids(req)))  # a batch answers several askers
        event.set()

    fake.listeners.append(listener)
    try:
        for n in range(start, start + count):
            while n - start - done >= 50:
                event.clear()
                await asyncio.wait_for(event.wait(), 30)
            author = MEMBER_ID + 10 + n % 200
            channel = CHANNEL_ID + 100 + n % 100
            text = qs[n % len(qs)]
            if n % 2:
                await fake.message(f"<@700000000000000002> {text}", author=author, channel=channel)
            else:
                option = [{"name": "question", "type": 3, "value": text}]
                await fake.command("ask", option, author=author, channel=channel)
        deadline = loop.time() + 60
        while done < count and loop.time() < deadline:
            event.clear()
            await asyncio.wait_for(event.wait(), 30)
    finally:
        fake.listeners.remove(listener)
    assert done >= count, (done, count)


async def memory(tmp: Path) -> dict[str, Any]:
    qs = questions()
    # The fake runs in this process too: it keeps no request log and only the last 500
    # messages and interactions, so what grows is the bot's.
    async with running_bot(
        tmp,
        limits=RateLimits.relaxed(),
        keep_requests=False,
        max_messages=100,
        cooldown_seconds=0.0,
        reload_interval_seconds=2.0,  # the default (tests poll every 50 ms)
    ) as env:
        await answer_many(env, 0, MEMORY_WARMUP, qs)
        gc.collect()
        before, blocks_before = rss(), sys.getallocatedblocks()
        trimmed_before = trimmed_rss()
        t = time.perf_counter()
        await answer_many(env, MEMORY_WARMUP, MEMORY_ANSWERS - MEMORY_WARMUP, qs)
        seconds = time.perf_counter() - t
        gc.collect()
        after, blocks_after = rss(), sys.getallocatedblocks()
        trimmed_after = trimmed_rss()
        maps = _maps(env)
        refused = len(env.fake.refused)
    return {
        "before": before,
        "after": after,
        "per_answer": (after - before) / (MEMORY_ANSWERS - MEMORY_WARMUP),
        "trimmed": trimmed_after - trimmed_before,
        "blocks": blocks_after - blocks_before,
        "seconds": seconds,
        "maps": maps,
        "refused": refused,
    }


async def bursts(tmp: Path) -> tuple[dict[str, float], dict[str, float]]:
    qs = questions()
    (tmp / "a").mkdir()
    (tmp / "b").mkdir()
    async with running_bot(tmp / "a") as env:  # Discord's real limits
        asks = [(MEMBER_ID + 10 + i, CHANNEL_ID + 100 + i, qs[i]) for i in range(BURST_CHANNELS)]
        many = await burst(env, asks)
    async with running_bot(tmp / "b") as env:
        asks = [(MEMBER_ID + 10 + i, CHANNEL_ID, qs[i]) for i in range(CHANNEL_BURST)]
        one = await burst(env, asks, spread=CHANNEL_BURST_SECONDS)
    return many, one


async def flood_channel(tmp: Path) -> dict[str, float]:
    """FLOOD_MEMBERS members asking in one channel for FLOOD_SECONDS, against the fake with
    Discord's real limits and the bot's default cooldown and backlog cap."""
    qs = questions()
    # The fake shares the process: it keeps no request log and only its last 100 messages.
    async with running_bot(
        tmp, keep_requests=False, max_messages=100, cooldown_seconds=3.0, cooldown_burst=3
    ) as env:
        fake = env.fake
        outbox = env.bot.get_cog("Answering").outbox  # type: ignore[union-attr]
        tracker = Tracker()

        def answers(req: Request) -> None:  # a "too busy" notice replies to a shed asker
            body = req.body if isinstance(req.body, dict) else {}
            if not any(e.get("description") == BUSY_TEXT for e in body.get("embeds") or []):
                tracker(req)

        fake.listeners.append(answers)
        loop = asyncio.get_running_loop()
        gc.collect()
        before = rss()
        peak = before
        gap = FLOOD_EVERY / FLOOD_MEMBERS
        started = loop.time()
        n = 0
        try:
            while loop.time() - started < FLOOD_SECONDS:
                due = started + n * gap
                if due > loop.time():
                    await asyncio.sleep(due - loop.time())
                author = MEMBER_ID + 10 + n % FLOOD_MEMBERS
                at = loop.time()
                mid = await fake.message(
                    f"<@700000000000000002> {qs[n % len(qs)]}", author=author, channel=CHANNEL_ID
                )
                tracker.sent_at[mid] = at
                n += 1
                if n % 500 == 0:
                    peak = max(peak, rss())
            asked_for = loop.time() - started
            flooded = rss()
            peak = max(peak, flooded)
            deadline = loop.time() + 120
            while (outbox.pending() or outbox._senders) and loop.time() < deadline:
                await asyncio.sleep(0.1)
            drained_in = loop.time() - started - asked_for
        finally:
            fake.listeners.remove(answers)
        stats = outbox.stats
        answered = {m: t for m, t in tracker.answered.items() if m in tracker.sent_at}
        latencies = sorted(answered[m] - tracker.sent_at[m] for m in answered)
        return {
            "asked": float(n),
            "seconds": asked_for,
            "answered": float(len(latencies)),
            "shed": float(stats.shed),
            "notices": float(stats.notices),
            "max_backlog": float(stats.max_backlog),
            "cap": float(outbox.backlog_max),
            "p50": statistics.median(latencies) if latencies else 0.0,
            "p99": latencies[int(0.99 * (len(latencies) - 1))] if latencies else 0.0,
            "max": latencies[-1] if latencies else 0.0,
            "rss_growth": float(peak - before),
            "drained_in": drained_in,
            "messages": float(stats.messages),
            "throttled": float(len(fake.throttled)),
        }


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.0f} ms"


def _print_flood(f: dict[str, float]) -> None:
    mib = 1024 * 1024
    others = f["asked"] - f["answered"] - f["shed"]
    print(
        f"fake Discord, real limits: flood of {FLOOD_MEMBERS} members in one channel for "
        f"{f['seconds']:.0f} s: {int(f['asked']):,} questions; {int(f['answered']):,} answered "
        f"(p50 {_ms(f['p50'])}, p99 {_ms(f['p99'])}, max {_ms(f['max'])}), "
        f"{int(f['shed']):,} shed with {int(f['notices'])} notice(s), {int(others):,} told to "
        f"slow down or not answered; most replies queued {int(f['max_backlog'])} "
        f"(cap {int(f['cap'])}); RSS peak {f['rss_growth'] / mib:+.1f} MiB; backlog drained "
        f"{f['drained_in']:.1f} s after the last question; {int(f['messages'])} messages, "
        f"{int(f['throttled'])} × 429"
    )


async def main_async() -> None:
    if "--flood" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            _print_flood(await flood_channel(Path(tmp)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        _print_flood(await flood_channel(Path(tmp)))
    with tempfile.TemporaryDirectory() as tmp:
        many, one = await bursts(Path(tmp))
    print(
        f"fake Discord, real limits: {BURST_CHANNELS} members in {BURST_CHANNELS} channels at "
        f"once: p50 {_ms(many['p50'])}, p99 {_ms(many['p99'])}, max {_ms(many['max'])}; "
        f"{int(many['messages'])} messages, {int(many['throttled'])} × 429"
    )
    naive = CHANNEL_BURST / 5 * 5.0  # one reply per question at 5 messages per 5 s
    print(
        f"fake Discord, real limits: {CHANNEL_BURST} questions in one channel within "
        f"{CHANNEL_BURST_SECONDS:.0f} s: all answered {one['seconds']:.1f} s after the first; "
        f"p50 {_ms(one['p50'])}, p99 {_ms(one['p99'])}, max {_ms(one['max'])}; "
        f"{int(one['messages'])} messages, {int(one['throttled'])} × 429 "
        f"(one reply each would need ≥ {naive:.0f} s); a sign of life (typing or the answer) "
        f"p99 {_ms(one['sign_p99'])}, max {_ms(one['sign_max'])}, "
        f"{int(one['typing'])} typing indicator(s)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        mem = await memory(Path(tmp))
    mib = 1024 * 1024
    print(
        f"memory: RSS {mem['before'] / mib:.1f} MiB after {MEMORY_WARMUP:,} answers, "
        f"{mem['after'] / mib:.1f} MiB after {MEMORY_ANSWERS:,}: "
        f"{(mem['after'] - mem['before']) / mib:+.2f} MiB "
        f"({mem['per_answer']:+.1f} bytes/answer; {mem['seconds']:.0f} s); after malloc_trim "
        f"{mem['trimmed'] / mib:+.2f} MiB; Python objects {mem['blocks']:+,} blocks; "
        f"maps: {mem['maps']}; refused requests: {mem['refused']}"
    )


def main() -> int:
    asyncio.run(main_async())
    return 0


if __name__ == "__main__":
    sys.exit(main())
