"""User installs (issue 19): members add the app to their own account and use the member
commands anywhere — DMs with the bot, group DMs, servers that never added the bot — while the
staff's /kb stays a server command of the staff servers, never offered to user installs.

Run against the strict fake, which offers a command only where Discord would (its registered
``contexts`` and ``integration_types``) and sends each interaction as Discord does there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from .fakediscord import (
    APP_ID,
    BOT_DM,
    GUILD,
    GUILD_ID,
    GUILD_INSTALL,
    MEMBER_ID,
    MOD_ROLE_ID,
    MODERATOR_ID,
    PRIVATE_CHANNEL,
    USER_INSTALL,
    USER_ONLY_GUILD_ID,
    press,
    sub,
)
from .harness import Env, buttons, embed_of, reply, running_bot

MEMBER_COMMANDS = {"ask", "wic", "help", "Ask the WIC bot"}
USER = (USER_INSTALL,)
# Everywhere a member who added the app to their account can be.
PLACES: list[dict[str, Any]] = [
    {"context": BOT_DM},
    {"context": PRIVATE_CHANNEL},
    {"context": GUILD, "guild": USER_ONLY_GUILD_ID},
    {"context": GUILD, "guild": GUILD_ID},  # the staff server itself, through the user install
]


def question(text: str) -> list[dict[str, Any]]:
    return [{"name": "question", "type": 3, "value": text}]


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        # `wic-bot sync`: the global commands, which user installs see (the dev server's
        # copies are server commands, and a server's commands are never offered to them).
        await harness.bot.tree.sync()
        yield harness


def misses(env: Env) -> list[tuple[str, int | None, str]]:
    """Record every unanswered question the bot keeps (and whose server it counts for)."""
    seen: list[tuple[str, int | None, str]] = []
    keep = env.bot.record_miss

    def record(question: str, guild_id: int | None, reason: str) -> None:
        seen.append((question, guild_id, reason))
        keep(question, guild_id, reason)

    env.bot.record_miss = record  # type: ignore[method-assign]
    return seen


async def test_member_commands_register_for_both_installs_and_every_context(env: Env) -> None:
    (put,) = env.fake.sent("PUT", f"/applications/{APP_ID}/commands")
    registered = {c["name"]: c for c in put.body}
    assert set(registered) == MEMBER_COMMANDS  # /kb is not global
    for name in MEMBER_COMMANDS:
        assert registered[name]["integration_types"] == [0, 1], name
        assert registered[name]["contexts"] == [0, 1, 2], name
    staff = [c for p in env.fake.sent("PUT", f"/guilds/{GUILD_ID}/commands") for c in p.body]
    (kb,) = [c for c in staff if c["name"] == "kb"]
    assert kb["integration_types"] == [0] and kb["contexts"] == [0]


async def test_staff_commands_are_never_offered_to_user_installs(env: Env) -> None:
    fake = env.fake
    for place in PLACES:
        guild = place.get("guild")
        where = {"context": place["context"], "guild": guild, "author": MODERATOR_ID}
        assert fake.offered("kb", installs=USER, **where) is None, place
        for name in MEMBER_COMMANDS - {"Ask the WIC bot"}:
            assert fake.offered(name, installs=USER, **where) == {"1": str(MODERATOR_ID)}
        assert fake.offered("Ask the WIC bot", kind=3, installs=USER, **where) is not None
    # Through the staff server's own installation it is there, as before.
    assert fake.offered("kb", installs=(GUILD_INSTALL, USER_INSTALL), guild=GUILD_ID) == {
        "0": str(GUILD_ID)
    }


@pytest.mark.parametrize("place", PLACES, ids=["dm", "group-dm", "other-server", "staff-server"])
async def test_ask_is_answered_wherever_a_user_install_reaches(
    env: Env, place: dict[str, Any]
) -> None:
    fake = env.fake
    iid = await fake.command("ask", question("when was the 4th WIC?"), installs=USER, **place)
    body = await reply(fake, iid)
    assert body["type"] == 4  # the interaction's own response: nothing posted in a channel
    assert "2017" in embed_of(body)["description"]
    assert body["data"]["allowed_mentions"]["parse"] == []
    assert not fake.sent("POST", "/channels/")  # no channel.send, no typing


async def test_user_install_questions_are_not_put_on_a_server(env: Env) -> None:
    """A declined question asked through a user install — in the bot's DM or in a server
    that never added the bot — is private like a DM: not kept (UNANSWERED_INCLUDE_DMS is
    off), and a 👎 on an answer there names no server either."""
    fake, seen = env.fake, misses(env)
    off_topic = "what's the weather like in Paris"
    for place in ({"context": BOT_DM}, {"context": GUILD, "guild": USER_ONLY_GUILD_ID}):
        await reply(fake, await fake.command("ask", question(off_topic), installs=USER, **place))
    # Through the server's installation, the server is named as before.
    await reply(fake, await fake.command("ask", question(off_topic)))
    assert [(q, g) for q, g, _ in seen] == [(off_topic, None)] * 2 + [(off_topic, GUILD_ID)]
    # 👎 on an answer given in a server without the bot.
    iid = await fake.command(
        "ask", question("when was the 4th WIC?"), installs=USER, guild=USER_ONLY_GUILD_ID
    )
    down = next(b["custom_id"] for b in buttons(await reply(fake, iid)) if b.get("emoji"))
    down = down.replace(":up:", ":down:")
    owners = {"1": str(MEMBER_ID)}
    body = await reply(fake, await press(fake, down, guild=USER_ONLY_GUILD_ID, owners=owners))
    assert "moderators will look" in embed_of(body)["description"]
    assert seen[-1] == ("when was the 4th WIC?", None, "downvote")


async def test_wic_commands_and_help_work_in_a_group_dm(env: Env) -> None:
    fake = env.fake
    where: dict[str, Any] = {"context": PRIVATE_CHANNEL, "installs": USER}
    body = await reply(fake, await fake.command("wic", sub("latest"), **where))
    assert embed_of(body)["title"]
    body = await reply(fake, await fake.command("help", **where))
    assert body["data"]["flags"] & 64  # private, as everywhere
    fields = {f["name"] for f in embed_of(body)["fields"]}
    assert "Commands" in fields and not any("staff" in f for f in fields)
    # The picture comes as the follow-up of the deferred response, with its file.
    iid = await fake.command("wic", sub("timeline"), **where)
    body = await reply(fake, iid)
    assert body["type"] == 5
    (upload,) = fake.sent("POST", f"/webhooks/{APP_ID}/token-{iid}")
    assert upload.files and str(upload.files[0].filename).endswith(".png")


async def test_help_of_a_moderator_through_a_user_install_shows_no_staff_commands(
    env: Env,
) -> None:
    """Even in the staff server: /kb answers only the server's own installation."""
    fake = env.fake
    mod: dict[str, Any] = {"author": MODERATOR_ID, "roles": (MOD_ROLE_ID,)}
    iid = await fake.command("help", installs=USER, guild=GUILD_ID, **mod)
    fields = {f["name"] for f in embed_of(await reply(fake, iid))["fields"]}
    assert not any("staff" in f for f in fields)
    iid = await fake.command("help", **mod)  # the staff server's installation: listed
    fields = {f["name"] for f in embed_of(await reply(fake, iid))["fields"]}
    assert any("staff" in f for f in fields)


async def test_wic_notify_needs_the_servers_own_installation(env: Env) -> None:
    """/wic is offered to user installs (Discord decides per top-level command), so notify
    refuses where the bot is not in the server, and in DMs; nothing is stored."""
    fake = env.fake
    admin = discord.Permissions(manage_guild=True, view_channel=True, send_messages=True).value
    for place, words in [
        ({"context": GUILD, "guild": USER_ONLY_GUILD_ID, "permissions": admin}, "has added"),
        ({"context": GUILD, "guild": GUILD_ID, "permissions": admin}, "has added"),
        ({"context": PRIVATE_CHANNEL}, "not in direct messages"),
        ({"context": BOT_DM}, "not in direct messages"),
    ]:
        iid = await fake.command("wic", sub("notify"), installs=USER, **place)
        body = await reply(fake, iid)
        assert words in embed_of(body)["description"], place
        assert body["data"]["flags"] & 64
    assert await env.bot.notify_store.all() == []


async def test_without_user_install_on_the_application_commands_stay_in_servers(
    tmp_path: Path,
) -> None:
    """User Install not ticked in the Developer Portal: Discord would refuse commands naming
    it, so the bot registers the member commands for servers and the bot's DM, as before."""
    async with running_bot(tmp_path, user_install=False) as env:
        await env.bot.tree.sync()
        (put,) = env.fake.sent("PUT", f"/applications/{APP_ID}/commands")
        for command in put.body:
            assert command["integration_types"] == [0], command["name"]
            assert command["contexts"] == [0, 1], command["name"]
        assert env.fake.offered("ask", context=BOT_DM, guild=None) == {"0": "0"}
        assert env.fake.offered("ask", context=BOT_DM, guild=None, installs=USER) is None
        iid = await env.fake.command("ask", question("when was the 4th WIC?"), context=BOT_DM)
        assert "2017" in embed_of(await reply(env.fake, iid))["description"]
