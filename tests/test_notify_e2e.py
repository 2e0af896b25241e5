"""/wic notify against the strict fake Discord: a new edition's dates announced once per server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.discordbot.notify import Notifier
from bot.engine import Engine
from bot.knowledge_files import load_file

from .conftest import SHIPPED
from .fakediscord import (
    GUILD_ID,
    MEMBER_PERMISSIONS,
    OWNER_ID,
    SECOND_GUILD_ID,
    FakeDiscord,
    channel_of,
    notify_command,
)
from .harness import Env, embed_of, reply, running_bot

SECOND = SECOND_GUILD_ID  # another server the bot is in
ADMIN = discord.Permissions(manage_guild=True) | MEMBER_PERMISSIONS
EDITION = """  - year: 2027
    count: 14
    status: announced
    name: 2027 World Internet Conference Wuzhen Summit
    name_zh: 2027年世界互联网大会乌镇峰会
    start: {start}
    end: {end}

"""


def with_edition(text: str, start: str, end: str) -> str:
    """The facts file with the next edition recorded (or its dates changed), as a moderator
    would write it."""
    if "  - year: 2027\n" in text:
        head, _sep, rest = text.partition("  - year: 2027\n")
        rest = rest[rest.index("\nfaq:\n") :]
        return head + EDITION.format(start=start, end=end).rstrip("\n") + "\n" + rest
    text = text.replace("\nfaq:\n", "\n" + EDITION.format(start=start, end=end) + "faq:\n", 1)
    return text.replace("  next:\n    year: 2027\n    announced: false\n", "", 1)


def record_edition(knowledge: Path, start: str, end: str) -> None:
    """A moderator records the next edition's dates in the knowledge file."""
    text = knowledge.read_text(encoding="utf-8")
    knowledge.write_text(with_edition(text, start, end), encoding="utf-8")


async def notify(
    fake: FakeDiscord, guild: int, *, permissions: discord.Permissions = ADMIN, **options: Any
) -> dict[str, Any]:
    """/wic notify in ``guild``; ``channel`` is the channel id to pick."""
    iid = await notify_command(fake, guild, permissions=permissions, **options)
    return await reply(fake, iid)


def events_in(fake: FakeDiscord, guild: int) -> list[dict[str, Any]]:
    return [e for e in fake.events.values() if e["guild_id"] == str(guild)]


def posts_in(fake: FakeDiscord, channel: int) -> list[dict[str, Any]]:
    return [r.body for r in fake.sent("POST", f"/channels/{channel}/messages") if r.status == 200]


async def settle(fake: FakeDiscord, seconds: float = 0.6) -> None:
    """Let the bot finish what it is doing (nothing more should arrive after)."""
    await asyncio.sleep(seconds)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path, guilds=(GUILD_ID, SECOND)) as harness:
        yield harness


async def test_two_servers_each_get_one_event_and_one_announcement(env: Env) -> None:
    fake = env.fake
    for guild in (GUILD_ID, SECOND):
        answer = await notify(fake, guild, channel=channel_of(guild))
        assert answer["data"]["flags"] & 64  # only the admin sees it
        assert f"<#{channel_of(guild)}>" in embed_of(answer)["description"]
    record_edition(env.knowledge, "2027-11-09", "2027-11-11")
    for guild in (GUILD_ID, SECOND):
        await fake.wait_for("POST", f"/guilds/{guild}/scheduled-events", timeout=10)
        await fake.wait_for("POST", f"/channels/{channel_of(guild)}/messages", timeout=10)
    await settle(fake)
    for guild in (GUILD_ID, SECOND):
        (event,) = events_in(fake, guild)
        assert event["name"] == "2027 World Internet Conference Wuzhen Summit"
        assert event["entity_type"] == 3 and event["privacy_level"] == 2
        assert event["scheduled_start_time"] == "2027-11-09T09:00:00+08:00"
        assert event["scheduled_end_time"] == "2027-11-11T18:00:00+08:00"
        assert "Wuzhen" in event["entity_metadata"]["location"]
        assert "November 9–11, 2027" in event["description"]
        (post,) = posts_in(fake, channel_of(guild))
        assert post["allowed_mentions"] == {"parse": []}
        embed = embed_of(post)
        assert embed["title"] == "New dates: 2027 World Internet Conference Wuzhen Summit"
        assert f"/events/{guild}/{event['id']}" in embed["fields"][0]["value"]

    # The moderator moves the dates: the events move, members are told, nothing doubles.
    record_edition(env.knowledge, "2027-11-10", "2027-11-12")
    for guild in (GUILD_ID, SECOND):
        await fake.wait_for("PATCH", f"/guilds/{guild}/scheduled-events/", timeout=10)
        await fake.wait_for("POST", f"/channels/{channel_of(guild)}/messages", 2, timeout=10)
    await settle(fake)
    for guild in (GUILD_ID, SECOND):
        (event,) = events_in(fake, guild)
        assert event["scheduled_start_time"] == "2027-11-10T09:00:00+08:00"
        assert len(fake.sent("POST", f"/guilds/{guild}/scheduled-events")) == 1
        _first, second = posts_in(fake, channel_of(guild))
        assert embed_of(second)["title"].startswith("Dates changed: ")
        assert "November 10–12, 2027" in embed_of(second)["description"]

    # Another process (or this one after a restart) that last saw the old file: the claims
    # say it is done, so nothing is sent again.
    before = len(fake.requests)
    other = Notifier(env.bot, Engine(load_file(SHIPPED)))
    assert await other.knowledge_changed() == [2027]
    assert len(fake.requests) == before


async def test_a_server_without_manage_events_is_told_once(env: Env) -> None:
    fake = env.fake
    without = discord.Permissions.all()
    without.manage_events = False
    fake.bot_permissions[SECOND] = without
    for guild in (GUILD_ID, SECOND):
        await notify(fake, guild, channel=channel_of(guild))
    record_edition(env.knowledge, "2027-11-09", "2027-11-11")
    await fake.wait_for("POST", f"/channels/{channel_of(SECOND)}/messages", 2, timeout=10)
    await fake.wait_for("POST", f"/channels/{channel_of(GUILD_ID)}/messages", timeout=10)
    await settle(fake)
    assert len(events_in(fake, GUILD_ID)) == 1 and events_in(fake, SECOND) == []
    announcement, notice = posts_in(fake, channel_of(SECOND))
    assert embed_of(announcement)["title"].startswith("New dates: ")
    assert "Manage Events" in embed_of(notice)["description"]
    refused = [r for r in fake.refused if r.status == 403]
    assert len(refused) == 1 and refused[0].answer["code"] == 50013
    # a later change: tried again, still refused, but the admins are not told twice
    record_edition(env.knowledge, "2027-11-10", "2027-11-12")
    await fake.wait_for("POST", f"/channels/{channel_of(SECOND)}/messages", 3, timeout=10)
    await settle(fake)
    assert len(posts_in(fake, channel_of(SECOND))) == 3  # the change; no second notice
    assert len(events_in(fake, GUILD_ID)) == 1  # the other server's event moved as usual
    fake.refused.clear()  # the expected 403s


async def test_a_closed_channel_is_reported_to_the_owner_once(env: Env) -> None:
    fake = env.fake
    fake.closed_channels.add(channel_of(SECOND))
    await notify(fake, SECOND, channel=channel_of(SECOND), events=False)
    record_edition(env.knowledge, "2027-11-09", "2027-11-11")
    (dm,) = await fake.wait_for("POST", "/users/@me/channels", timeout=10)
    assert dm.body == {"recipient_id": OWNER_ID} or int(dm.body["recipient_id"]) == OWNER_ID
    dm_channel = int(dm.answer["id"])
    (told,) = await fake.wait_for("POST", f"/channels/{dm_channel}/messages", timeout=10)
    assert "Send Messages" in embed_of(told.body)["description"]
    assert events_in(fake, SECOND) == []  # events: off
    record_edition(env.knowledge, "2027-11-10", "2027-11-12")
    await settle(fake, 1.0)
    assert len(fake.sent("POST", "/users/@me/channels")) == 1
    fake.refused.clear()


async def test_only_admins_of_that_server_change_it(env: Env) -> None:
    fake = env.fake
    answer = await notify(fake, SECOND, permissions=MEMBER_PERMISSIONS, channel=channel_of(SECOND))
    assert "Manage Server" in embed_of(answer)["description"]
    assert await env.bot.notify_store.get(SECOND) is None
    await notify(fake, SECOND, channel=channel_of(SECOND))
    answer = await notify(fake, GUILD_ID)  # the first server is still off
    assert "off" in embed_of(answer)["description"]
    answer = await notify(fake, SECOND, events=False)
    assert "Events" not in embed_of(answer)["description"]
    setting = await env.bot.notify_store.get(SECOND)
    assert setting is not None and not setting.events and setting.channel == channel_of(SECOND)
    answer = await notify(fake, SECOND, off=True)
    assert "off" in embed_of(answer)["description"]
    assert await env.bot.notify_store.get(SECOND) is None


async def test_a_chinese_server_gets_the_announcement_and_event_in_its_language(
    tmp_path: Path,
) -> None:
    """A server whose preferred locale is zh-TW: traditional Chinese; zh-CN: simplified; the
    others English (issue 18's languages for issue 20's announcements)."""
    locales = {SECOND: "zh-TW"}
    async with running_bot(tmp_path, guilds=(GUILD_ID, SECOND), locales=locales) as env:
        fake = env.fake
        for guild in (GUILD_ID, SECOND):
            await notify(fake, guild, channel=channel_of(guild))
        record_edition(env.knowledge, "2027-11-09", "2027-11-11")
        for guild in (GUILD_ID, SECOND):
            await fake.wait_for("POST", f"/channels/{channel_of(guild)}/messages", timeout=10)
        await settle(fake)
        (post,) = posts_in(fake, channel_of(SECOND))
        embed = embed_of(post)
        assert embed["title"] == "新日期：2027年世界互聯網大會烏鎮峰會"
        assert "2027年11月9日至11日" in embed["description"]
        assert embed["fields"][0]["name"] == "活動"
        (event,) = events_in(fake, SECOND)
        assert event["name"] == "2027年世界互聯網大會烏鎮峰會"
        (english,) = posts_in(fake, channel_of(GUILD_ID))
        assert embed_of(english)["title"].startswith("New dates: ")
