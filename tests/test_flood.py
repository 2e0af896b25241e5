"""Issue 17, item 4: a flood in one channel is shed visibly, with memory and the wait bounded.

Before, every question in a flooded channel was answered into an unbounded queue: 600 members
asking for 60 s queued 11,350 replies (+74.5 MB, ~19 minutes behind, growing linearly)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.discordbot.outbox import BUSY_TEXT, Outbox
from bot.settings import Settings, SettingsError

from .bench_discord import answered_ids
from .fakediscord import MEMBER_ID, Request
from .harness import running_bot

BOT = "<@700000000000000002>"


def _message(channel: int, mid: int) -> Any:
    return SimpleNamespace(id=mid, channel=SimpleNamespace(id=channel))


async def test_one_notice_per_channel_per_window() -> None:
    now = [0.0]
    outbox = Outbox(clock=lambda: now[0], backlog_max=2, notice_window=60.0)
    sent: list[Any] = []

    async def no_send(batch: list[Any]) -> None:
        sent.extend(batch)

    outbox._send = no_send  # type: ignore[method-assign]
    for n in range(5):
        outbox.shed(_message(1, n))
    outbox.shed(_message(2, 9))  # another channel has its own notice
    assert outbox.stats.shed == 6 and outbox.stats.notices == 2
    now[0] = 59.0
    outbox.shed(_message(1, 10))
    assert outbox.stats.notices == 2  # no spam within the window
    now[0] = 61.0
    outbox.shed(_message(1, 11))
    assert outbox.stats.notices == 3  # a new window, a new notice
    assert len(outbox._noticed) == 1  # channel 2's window is over: forgotten
    await asyncio.sleep(0)
    await outbox.close()


@pytest.mark.parametrize("raw", ["0", "-5", "10001", "many"])
def test_the_backlog_cap_is_validated(raw: str) -> None:
    with pytest.raises(SettingsError, match="CHANNEL_BACKLOG_MAX"):
        Settings.from_env({"CHANNEL_BACKLOG_MAX": raw})
    assert Settings.from_env({}).channel_backlog_max == 100
    assert Settings.from_env({"CHANNEL_BACKLOG_MAX": "25"}).channel_backlog_max == 25


async def test_a_flood_in_one_channel_is_capped_and_shed_visibly(tmp_path: Path) -> None:
    """Break: a flood grew one channel's reply queue without bound (every question queued)."""
    cap, members = 6, 60
    async with running_bot(tmp_path, channel_backlog_max=cap) as env:  # Discord's real limits
        fake = env.fake
        outbox = env.bot.get_cog("Answering").outbox  # type: ignore[union-attr]
        answered: set[str] = set()
        notices: list[Request] = []

        def watch(req: Request) -> None:
            body = req.body if isinstance(req.body, dict) else {}
            if any(e.get("description") == BUSY_TEXT for e in body.get("embeds") or []):
                notices.append(req)  # replies to a shed asker: not an answer
            else:
                answered.update(answered_ids(req))

        fake.listeners.append(watch)
        asked = [
            await fake.message(f"{BOT} when was the {n % 9 + 1}th wic?", author=MEMBER_ID + n)
            for n in range(members)
        ]
        for _ in range(600):  # until every asker is answered or shed (~10 s at 5 per 5 s)
            if len(answered & set(asked)) + outbox.stats.shed >= members:
                break
            await asyncio.sleep(0.05)
        for _ in range(100):
            if outbox.pending() == 0 and not outbox._senders:
                break
            await asyncio.sleep(0.05)
        fake.listeners.remove(watch)
        stats = outbox.stats
        assert stats.max_backlog <= cap  # the cap held
        assert stats.shed > 0 and stats.replies + stats.shed == members + stats.notices
        # Nobody is dropped silently: each asker is answered, or was shed while the
        # channel's one notice (sent ahead of the backlog, replying to a shed asker) stands.
        (notice,) = notices
        assert notice.status == 200 and notice.body["allowed_mentions"]["parse"] == []
        answered_askers = answered & set(asked)
        assert len(answered_askers) == members - stats.shed
        assert str((notice.body.get("message_reference") or {}).get("message_id")) in set(asked) - (
            answered_askers
        )
        assert fake.throttled == []
