"""Members and newcomers against the strict fake Discord: /help, the message menu, signs of life."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.app import build_bot
from bot.discordbot import help as help_module
from bot.discordbot import outbox as outbox_module
from bot.discordbot.client import PRESENCE, WicBot
from bot.discordbot.help import MENU_NAME
from bot.discordbot.outbox import Outbox, Outgoing, Pace
from bot.engine import Engine
from bot.service import KnowledgeService

from .bench_discord import burst
from .conftest import ROOT, TODAY
from .fakediscord import (
    CHANNEL_ID,
    MEMBER_ID,
    MOD_ROLE_ID,
    MODERATOR_ID,
    FakeDiscord,
    RateLimits,
)
from .harness import Env, buttons, embed_of, reply, running_bot, settings_for

MENTION = "<@700000000000000002>"
EPHEMERAL = 64
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


def fields(embed: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in embed.get("fields") or []:
        out[f["name"]] = out.get(f["name"], "") + f["value"]
    return out


def examples_of(embed: dict[str, Any], heading: str) -> list[str]:
    return [line.removeprefix("• ") for line in fields(embed)[heading].splitlines()]


def assert_answered_today(env: Env, questions: list[str], lang: str) -> None:
    """Each example, asked afresh, is answered (in the help's language)."""
    assert len(questions) == 3
    for q in questions:
        answer = env.bot.service.engine.ask(q, today=TODAY).answer
        assert answer.answered and answer.lang == lang, (q, answer.text)


async def test_help_in_english_lists_examples_and_commands_privately(env: Env) -> None:
    body = await reply(env.fake, await env.fake.command("help"))
    assert body["type"] == 4 and body["data"]["flags"] & EPHEMERAL
    embed = embed_of(body)
    assert embed["title"] == "What I can do"
    assert "I answer questions about" in embed["description"]
    examples = examples_of(embed, "Try asking (answered today)")
    assert_answered_today(env, examples, "en")
    commands = fields(embed)["Commands"]
    for line in ("`/ask` — ", "`/help` — ", "`/wic edition` — ", "`/wic list` — "):
        assert line in commands
    assert f"Apps → **{MENU_NAME}**" in commands
    assert "For staff (this server only)" not in fields(embed)  # a member, not staff
    assert "/kb" not in str(embed)
    # The examples are buttons that ask them.
    labels = [b["label"] for b in buttons(body)]
    assert labels == examples


async def test_help_in_chinese_for_a_chinese_discord(env: Env) -> None:
    body = await reply(env.fake, await env.fake.command("help", locale="zh-CN"))
    assert body["data"]["flags"] & EPHEMERAL
    embed = embed_of(body)
    assert embed["title"] == "我能做什么"
    examples = examples_of(embed, "试着问（今天可以回答）")
    assert all(CJK.search(q) for q in examples)
    assert_answered_today(env, examples, "zh")
    commands = fields(embed)["命令"]
    assert "`/ask` — 提一个关于大会的问题" in commands
    assert f"应用 → **{MENU_NAME}**" in commands
    # zh-TW is Chinese too.
    body = await reply(env.fake, await env.fake.command("help", locale="zh-TW"))
    assert embed_of(body)["title"] == "我能做什麼"  # in traditional characters


async def test_help_for_staff_in_the_staff_server_lists_kb(env: Env) -> None:
    body = await reply(
        env.fake, await env.fake.command("help", author=MODERATOR_ID, roles=(MOD_ROLE_ID,))
    )
    staff = fields(embed_of(body))["For staff (this server only)"]
    assert "`/kb status` — " in staff
    assert "`/ask`" not in staff  # the dev server's copies of the global commands


async def test_typed_help_in_chat_in_either_language(env: Env) -> None:
    await env.fake.message(f"{MENTION} help")
    (post,) = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    embed = embed_of(post.body)
    assert embed["title"] == "What I can do" and "Commands" in fields(embed)
    assert post.body["allowed_mentions"]["parse"] == []
    await env.fake.message(f"{MENTION} 帮助", author=MEMBER_ID + 1)
    posts = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", count=2)
    embed = embed_of(posts[1].body)
    assert embed["title"] == "我能做什么"
    assert_answered_today(env, examples_of(embed, "试着问（今天可以回答）"), "zh")


async def test_the_message_menu_answers_another_members_message_privately(env: Env) -> None:
    # Another member asks in the channel without mentioning the bot: no reply there.
    other = MEMBER_ID + 7
    mid = await env.fake.message("when was the 4th WIC?", author=other, mention_bot=False)
    body = await reply(env.fake, await env.fake.message_command(MENU_NAME, mid))
    assert body["type"] == 4 and body["data"]["flags"] & EPHEMERAL
    embed = embed_of(body)
    assert "December 3–5, 2017" in embed["description"]
    assert any(f["name"] == "Sources" and "http" in f["value"] for f in embed["fields"])
    assert not env.fake.sent("POST", f"/channels/{CHANNEL_ID}/messages")  # nothing public
    # The same answer, sources and buttons as /ask (asked by a third member).
    question = [{"name": "question", "type": 3, "value": "when was the 4th WIC?"}]
    asked = await reply(env.fake, await env.fake.command("ask", question, author=MEMBER_ID + 8))
    assert embed_of(asked) == embed
    kinds = [re.sub(r"^(wic:\w+:).*", r"\1", b["custom_id"]) for b in buttons(body)]
    assert kinds == [re.sub(r"^(wic:\w+:).*", r"\1", b["custom_id"]) for b in buttons(asked)]
    assert "wic:fb:" in kinds  # 👍 / 👎 as on /ask


async def test_the_message_menu_on_a_message_without_text(env: Env) -> None:
    mid = await env.fake.message("", author=MEMBER_ID + 7, mention_bot=False)
    body = await reply(env.fake, await env.fake.message_command(MENU_NAME, mid))
    assert body["data"]["flags"] & EPHEMERAL
    assert "no text" in embed_of(body)["description"]


async def test_presence_is_set_at_ready(env: Env) -> None:
    (presence,) = env.fake.presences
    assert presence["status"] == "online"
    assert presence["activities"] == [{"type": 2, "name": "/ask · /help"}]  # Listening to …
    assert PRESENCE.name == "/ask · /help"


async def test_no_typing_where_nobody_waits(env: Env) -> None:
    """A quiet channel, and even 30 askers at once (3 batched messages, well inside the
    channel's 5 per 5 s): every answer comes at once, so no typing indicator."""
    await env.fake.message(f"{MENTION} when was the 4th wic")
    await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    asks = [(MEMBER_ID + 10 + i, CHANNEL_ID, f"when was the {i % 9 + 1}th wic") for i in range(30)]
    figures = await burst(env, asks, timeout=20)
    assert figures["max"] < 1.0
    assert env.fake.typing == []


async def test_typing_once_while_a_burst_waits_behind_the_channel_limit(env: Env) -> None:
    """12 askers within a second under Discord's 5 messages per 5 s: the first five get their
    answers at once, the other seven wait ~4.5 s for the channel's window. One typing
    indicator, sent after the fifth answer (a bot's post would end it) and before the sixth,
    so every asker who waits sees it at once; none per question."""
    asks = [(MEMBER_ID + 10 + i, CHANNEL_ID, f"when was the {i % 9 + 1}th wic") for i in range(12)]
    figures = await burst(env, asks, spread=1.0, timeout=20)
    assert figures["throttled"] == 0 and figures["max"] > 3.0  # they did wait
    assert [channel for channel, _at in env.fake.typing] == [str(CHANNEL_ID)]
    (typed_at,) = [at for _channel, at in env.fake.typing]
    posts = [r.received for r in env.fake.sent("POST", f"/channels/{CHANNEL_ID}/messages")]
    assert posts[4] < typed_at < posts[5]
    assert figures["typing"] == 1 and figures["sign_p99"] < 1.0  # the sign of life
    assert env.fake.sent("POST", f"/channels/{CHANNEL_ID}/typing")[0].status == 204


# --- without the gateway: the examples' check and the typing rule -----------------------------


def test_examples_are_checked_not_assumed(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> None:
    """A candidate the engine declines today is not offered; the check runs again for a new
    knowledge version (a reload gives a new engine)."""
    offered = ["Who won the 2019 world cup?", "When was the 4th WIC?", "List all editions"]
    offered += ["When was the latest WIC?", "Who hosts the WIC?"]
    calls: list[object] = []

    def candidates(engine: object, lang: str, today: object) -> list[str]:
        calls.append(engine)
        return offered

    monkeypatch.setattr(help_module, "candidates", candidates)
    book = help_module.HelpBook()
    found = book.examples(engine, "en", TODAY)
    assert "Who won the 2019 world cup?" not in found and len(found) == 3
    assert book.examples(engine, "en", TODAY) == found and len(calls) == 1  # remembered
    other = Engine(engine.kb)  # what a reload makes
    book.examples(other, "en", TODAY)
    assert len(calls) == 2


class _Channel:
    def __init__(self, cid: int) -> None:
        self.id = cid
        self.typed = 0
        self.sent = 0

    async def typing(self) -> None:
        self.typed += 1

    async def send(self, **kwargs: Any) -> None:
        self.sent += 1


class _Message:
    def __init__(self, channel: _Channel, mid: int) -> None:
        self.id, self.channel, self.jump_url = mid, channel, f"https://x/{mid}"

    def to_reference(self, **kwargs: Any) -> None:
        return None


async def test_typing_at_most_once_per_message_posted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each wait for the channel's window shows typing once; a post ends it, so the next wait
    shows it again. A channel whose replies go at once shows none."""
    monkeypatch.setattr(outbox_module, "TYPING_AFTER", 0.1)
    outbox = Outbox(Pace(channel_messages=2, channel_window=0.3, global_per_second=1000))
    channel, quiet = _Channel(1), _Channel(2)

    def put(ch: _Channel, n: int) -> None:
        for i in range(n):
            message: Any = _Message(ch, i)
            outbox.put(Outgoing(message, discord.Embed(description="a"), batchable=False))

    async def drained() -> None:
        while outbox.pending():
            await asyncio.sleep(0.01)

    put(quiet, 2)
    put(channel, 6)  # 6 replies, 2 per window: two waits
    await drained()
    assert (channel.typed, quiet.typed, channel.sent, quiet.sent) == (2, 0, 6, 2)
    await asyncio.sleep(0.4)  # the window empties
    put(channel, 2)
    await drained()
    await outbox.close()
    assert channel.typed == 2 and outbox.stats.typing == 2


async def test_presence_per_shard_when_sharded(tmp_path: Path) -> None:
    """Several processes (SHARD_IDS): each shard sets the presence when it is ready."""
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, tmp_path / name)
    fake = FakeDiscord(limits=RateLimits.relaxed())
    await fake.start()
    fake.patch()
    settings = settings_for(tmp_path / "wic.yaml", shard_count=2, shard_ids=(1,))
    bot = build_bot(settings, KnowledgeService(tmp_path / "wic.yaml"), guild_ready_timeout=0.05)
    assert isinstance(bot, WicBot) and bot.shard_ids == [1]
    task = asyncio.create_task(bot.start("fake-token"))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        for _ in range(100):
            if fake.presences:
                break
            await asyncio.sleep(0.02)
    finally:
        await bot.close()
        await asyncio.wait_for(task, 5)
        await fake.stop()
        fake.restore()
    assert fake.identifies[0]["shard"] == [1, 2]
    assert [p["activities"] for p in fake.presences] == [[{"type": 2, "name": "/ask · /help"}]]
    assert fake.refused == []
