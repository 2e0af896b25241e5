"""`make bench` (Discord part): many members asking at once through the fake Discord.

50 simulated members each send 20 questions at once (1,000 in all). We measure how long until
every reply has arrived (answers per second) and each question's latency from the gateway
event to the reply's POST.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .evaluate import parse
from .fakediscord import MEMBER_ID, reply_to
from .harness import Env, running_bot

USERS = 50
PER_USER = 20


async def flood(env: Env, users: int = USERS, per_user: int = PER_USER) -> dict[str, float]:
    """Send users x per_user mention questions at once; wait for every reply."""
    questions = [c.question for c in parse() if c.question.strip()]
    sent_at: dict[str, float] = {}
    loop = asyncio.get_running_loop()
    started = loop.time()
    for i in range(per_user):
        for u in range(users):
            q = questions[(i * users + u) % len(questions)]
            mid = await env.fake.message(f"<@700000000000000002> {q}", author=MEMBER_ID + 10 + u)
            sent_at[mid] = loop.time()
    total = users * per_user
    replies = await env.fake.wait_for("POST", "/messages", count=total, timeout=120)
    finished = loop.time()
    answered: dict[str, float] = {}
    for req in env.fake.requests:
        ref = reply_to(req)
        if ref is not None and ref in sent_at and ref not in answered:
            answered[ref] = req.received - sent_at[ref]
    assert len(replies) >= total and len(answered) == total, (len(replies), len(answered))
    latencies = list(answered.values())
    latencies.sort()
    return {
        "questions": float(total),
        "seconds": finished - started,
        "per_second": total / (finished - started),
        "p50": statistics.median(latencies),
        "p99": latencies[int(0.99 * (len(latencies) - 1))],
    }


async def main_async() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with running_bot(Path(tmp)) as env:
            t = time.perf_counter()
            figures = await flood(env)
            wall = time.perf_counter() - t
    print(
        f"fake Discord: {int(figures['questions'])} questions from {USERS} members at once: "
        f"all answered in {wall:.2f} s = {figures['per_second']:,.0f} answers/s; "
        f"latency p50 {figures['p50'] * 1e3:,.1f} ms, p99 {figures['p99'] * 1e3:,.1f} ms"
    )


def main() -> int:
    asyncio.run(main_async())
    return 0


if __name__ == "__main__":
    sys.exit(main())
