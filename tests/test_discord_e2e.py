"""End to end: the unmodified discord.py client against the fake Discord on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from .bench_discord import flood
from .fakediscord import (
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    MOD_LOG_ID,
    MOD_ROLE_ID,
    MODERATOR_ID,
    RateLimits,
    press,
    sub,
)
from .harness import Env, embed_of, reply, running_bot


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


async def test_login_ready_and_command_sync(env: Env) -> None:
    fake = env.fake
    assert fake.identifies and fake.identifies[0]["token"] == "fake-token"
    assert env.bot.user is not None and env.bot.user.id == BOT_ID
    puts = fake.sent("PUT", f"/guilds/{GUILD_ID}/commands")
    assert len(puts) == 1 and not fake.sent("PUT", "/applications/700000000000000001/commands")
    names = {c["name"]: c for c in puts[0].body}
    assert set(names) == {"ask", "wic", "help", "Ask the WIC bot", "kb"}
    assert names["Ask the WIC bot"]["type"] == 3  # a message menu (right-click → Apps)
    subs = {o["name"] for o in names["wic"]["options"]}
    assert subs == {"edition", "list", "latest", "next", "about", "timeline", "notify"}
    edition = next(o for o in names["wic"]["options"] if o["name"] == "edition")
    assert edition["options"][0]["autocomplete"] is True
    topic = edition["options"][1]
    assert {c["value"] for c in topic["choices"]} >= {"dates", "theme", "sources"}
    manage = discord.Permissions(manage_guild=True).value
    assert int(names["kb"]["default_member_permissions"]) == manage


async def test_mention_gets_a_reply_with_no_pings(env: Env) -> None:
    mid = await env.fake.message("<@700000000000000002> when was the 4th WIC? @everyone")
    (post,) = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    body = post.body
    assert body["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert str(body["message_reference"]["message_id"]) == mid
    embed = embed_of(body)
    assert "December 3–5, 2017" in embed["description"]
    assert any(f["name"] == "In your time zone" and "<t:" in f["value"] for f in embed["fields"])
    buttons = body["components"][0]["components"]
    assert all(b["custom_id"].startswith("wic:ask:") for b in buttons)


async def test_messages_without_a_mention_are_ignored(env: Env) -> None:
    await env.fake.message("when was the 4th WIC?", mention_bot=False)
    await env.fake.message("<@700000000000000002> theme of wic 2023")
    posts = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    await asyncio.sleep(0.1)
    posts = env.fake.sent("POST", f"/channels/{CHANNEL_ID}/messages")
    assert len(posts) == 1
    assert "Inclusive and Resilient" in embed_of(posts[0].body)["description"]


async def test_direct_message(env: Env) -> None:
    await env.fake.message("第四届世界互联网大会是什么时候？", dm=True, mention_bot=False)
    (post,) = await env.fake.wait_for("POST", "/channels/800000000000000004/messages")
    assert "2017年12月3日至5日" in embed_of(post.body)["description"]


async def test_ask_command_answers_with_an_embed(env: Env) -> None:
    iid = await env.fake.command(
        "ask", [{"name": "question", "type": 3, "value": "theme of wic 2021"}]
    )
    body = await env.fake.callback(iid)
    assert body["type"] == 4
    embed = embed_of(body)
    assert "Digital Civilization" in embed["description"]
    assert not body["data"].get("flags")  # answers are public
    # Interaction callbacks carry no bot token.
    req = env.fake.sent("POST", f"/interactions/{iid}/")[0]
    assert "Authorization" not in req.headers


async def test_ask_declines_privately(env: Env) -> None:
    iid = await env.fake.command(
        "ask", [{"name": "question", "type": 3, "value": "tell me a joke"}]
    )
    body = await env.fake.callback(iid)
    assert body["data"]["flags"] & 64  # ephemeral
    assert "only know about" in embed_of(body)["description"]


async def test_wic_edition_command_and_topic(env: Env) -> None:
    options = sub("edition", edition="2017", topic="attendance")
    iid = await env.fake.command("wic", options)
    body = await env.fake.callback(iid)
    assert "more than 1,500 participants" in embed_of(body)["description"]


async def test_wic_edition_typed_input_is_validated(env: Env) -> None:
    options = sub("edition", edition="the 40th **bold**")
    iid = await env.fake.command("wic", options)
    body = await env.fake.callback(iid)
    assert body["data"]["flags"] & 64
    text = embed_of(body)["description"]
    assert "\\*\\*bold\\*\\*" in text  # echoed user text is escaped


async def test_autocomplete_offers_edition_choices(env: Env) -> None:
    data = {
        "id": env.fake.snowflake(),
        "name": "wic",
        "type": 1,
        "options": [
            {
                "name": "edition",
                "type": 1,
                "options": [{"name": "edition", "type": 3, "value": "4th", "focused": True}],
            }
        ],
    }
    iid = await env.fake.interaction(4, data)
    body = await env.fake.callback(iid)
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert choices[0] == {"name": "4th · 2017 · Dec 3–5", "value": "2017"}
    assert len(choices) <= 25


async def test_follow_up_button(env: Env) -> None:
    await env.fake.message("<@700000000000000002> when was the 3rd WIC?")
    (post,) = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    button = next(b for b in post.body["components"][0]["components"] if "theme" in b["label"])
    iid = await press(env.fake, button["custom_id"])
    body = await env.fake.callback(iid)
    assert "Innovation-driven" in embed_of(body)["description"]


async def test_moderator_command_refused_for_member_and_run_for_moderator(env: Env) -> None:
    status = sub("status")
    iid = await env.fake.command("kb", status, author=MEMBER_ID)
    body = await env.fake.callback(iid)
    assert body["data"]["flags"] & 64
    assert "Only the knowledge staff" in embed_of(body)["description"]
    iid = await env.fake.command("kb", status, author=MODERATOR_ID, roles=(MOD_ROLE_ID,))
    body = await env.fake.callback(iid)
    assert body["data"]["flags"] & 64
    embed = embed_of(body)
    assert embed["title"] == "Knowledge status"
    assert env.bot.service.version in embed["description"]
    manage = discord.Permissions(manage_guild=True).value
    iid = await env.fake.command("kb", sub("check"), author=MEMBER_ID, permissions=manage)
    assert embed_of(await reply(env.fake, iid))["title"] == "Check passed"


async def test_hot_reload_and_broken_edit(env: Env) -> None:
    text = env.knowledge.read_text(encoding="utf-8")
    new = text.replace(
        "Towards a New Era of Digital Civilization", "Towards a Brave New Digital Era"
    )
    env.knowledge.write_text(new, encoding="utf-8")
    (log,) = await env.fake.wait_for("POST", f"/channels/{MOD_LOG_ID}/messages")
    assert embed_of(log.body)["title"] == "Knowledge reloaded"
    await env.fake.message("<@700000000000000002> theme of wic 2021")
    (post,) = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    assert "Brave New Digital Era" in embed_of(post.body)["description"]

    good_version = env.bot.service.version
    broken = new.replace("    start: 2017-12-03\n", "    start: 2017-12-33\n")
    env.knowledge.write_text(broken, encoding="utf-8")
    logs = await env.fake.wait_for("POST", f"/channels/{MOD_LOG_ID}/messages", count=2)
    report = embed_of(logs[1].body)
    assert report["title"] == "Knowledge edit refused"
    assert "impossible date '2017-12-33'" in report["description"]
    assert "wic.yaml:" in report["description"]
    assert env.bot.service.version == good_version
    await env.fake.message("<@700000000000000002> when was the 4th wic")
    posts = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", count=2)
    assert "December 3–5, 2017" in embed_of(posts[1].body)["description"]


async def test_reconnect_resumes_and_answers_continue(env: Env) -> None:
    await env.fake.reconnect()
    await asyncio.wait_for(env.fake.connected.wait(), 10)
    assert env.fake.resumes and env.fake.resumes[0]["session_id"] == "fake-session"
    assert len(env.fake.identifies) == 1
    await env.fake.message("<@700000000000000002> when was the 5th wic")
    (post,) = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    assert "November 7–9, 2018" in embed_of(post.body)["description"]


async def test_a_thousand_questions_from_fifty_members_are_all_answered(tmp_path: Path) -> None:
    # Functional, not about pacing: Discord's rate limits are relaxed here (see
    # test_discord_limits_e2e for the real ones).
    # All 1,000 land in one channel at once: the backlog may hold them all here (the cap that
    # sheds a real flood, CHANNEL_BACKLOG_MAX, has its own test in test_flood.py).
    async with running_bot(
        tmp_path, limits=RateLimits.relaxed(), channel_backlog_max=10_000
    ) as env:
        figures = await flood(env, users=50, per_user=20)
    assert figures["questions"] == 1000


async def test_global_sync_happens_only_when_asked(tmp_path: Path) -> None:
    import shutil

    from bot.app import build_bot
    from bot.discordbot.client import sync_globally
    from bot.service import KnowledgeService

    from .conftest import ROOT
    from .fakediscord import APP_ID, FakeDiscord
    from .harness import settings_for

    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, tmp_path / name)
    fake = FakeDiscord()
    await fake.start()
    fake.patch()
    try:
        settings = settings_for(tmp_path / "wic.yaml", dev_guild_id=None)
        service = KnowledgeService(tmp_path / "wic.yaml")
        bot = build_bot(settings, service, watch=False)
        count = await sync_globally(bot, settings.discord_token)
    finally:
        await fake.stop()
        fake.restore()
    puts = fake.sent("PUT", "/commands")
    assert count == 4  # /ask, /wic, /help and the message menu go global; /kb only ever
    # to the staff server
    assert [p.path for p in puts] == [
        f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands",
        f"/applications/{APP_ID}/commands",
    ]
    assert [c["name"] for c in puts[0].body] == ["kb"]
    assert {c["name"] for c in puts[1].body} == {"ask", "wic", "help", "Ask the WIC bot"}
