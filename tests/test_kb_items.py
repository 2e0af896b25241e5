"""/kb buttons and menus are discord.py DynamicItems: no view is stored, however many previews
and lists are shown (issue 19: every one used to leave a View(timeout=None) behind forever)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.discordbot.kb.components import KB_ITEMS
from bot.discordbot.kb.state import PICK_MISS

from .fakediscord import GUILD_ID, press, sub
from .harness import Env, buttons, embed_of, reply, running_bot
from .test_abuse import MOD, button, submit_labels


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


def stored(env: Env) -> dict[str, int]:
    store: Any = env.bot._connection._view_store
    return {
        "views": len(store._views),
        "message views": len(store._synced_message_views),
        "modals": len(store._modals),
    }


async def test_no_view_is_stored_after_100_kb_actions(env: Env) -> None:
    fake, bot = env.fake, env.bot
    for n in range(12):  # enough for two pages of the unanswered list
        bot.record_miss(f"who cooked the banquet number {n}", GUILD_ID, "decline")
    for _ in range(100):
        if len(await bot.unanswered.top(limit=20)) >= 12:
            break
        await asyncio.sleep(0.02)
    actions = 0
    while actions < 100:
        modal = await reply(
            fake, await fake.command("kb", sub("edit", edition="2021", field="theme"), **MOD)
        )
        preview = await reply(fake, await submit_labels(fake, modal["data"], ["A Theme"], **MOD))
        cancelled = await reply(fake, await press(fake, button(preview, "Cancel"), **MOD))
        assert "Cancelled" in embed_of(cancelled)["description"]
        listing = await reply(fake, await fake.command("kb", sub("unanswered"), **MOD))
        (select,) = [c for c in buttons(listing) if c["type"] == 3]
        following = await reply(fake, await press(fake, button(listing, "Next"), **MOD))
        assert "Unanswered questions" in embed_of(following)["title"]
        token = select["options"][0]["value"]
        teach = await reply(fake, await press(fake, PICK_MISS, values=[token], **MOD))
        assert {b.get("label") for b in buttons(teach)} >= {"New Q&A item", "Dismiss"}
        actions += 6
    assert actions >= 100
    assert stored(env) == {"views": 0, "message views": 0, "modals": 0}
    # …and the items still answer (a Confirm, after all that).
    modal = await reply(
        fake, await fake.command("kb", sub("edit", edition="2021", field="theme"), **MOD)
    )
    preview = await reply(fake, await submit_labels(fake, modal["data"], ["A Kept Theme"], **MOD))
    saved = await reply(fake, await press(fake, button(preview, "Confirm"), **MOD))
    assert embed_of(saved)["title"] == "Saved"
    assert "A Kept Theme" in env.knowledge.read_text()
    assert stored(env) == {"views": 0, "message views": 0, "modals": 0}


async def test_kb_items_exist_only_with_kb(tmp_path: Path) -> None:
    async with running_bot(tmp_path, staff_guild_ids=()) as env:
        store: Any = env.bot._connection._view_store
        patterns = {item.__discord_ui_compiled_template__ for item in KB_ITEMS}
        assert not patterns & set(store._dynamic_items)


async def test_kb_edit_uses_the_edition_transformer(env: Env) -> None:
    """/kb edit takes an edition as /wic edition does: typed ("WIC IV", "latest") or picked."""
    fake = env.fake
    for typed in ("2017", "4th", "WIC IV"):
        modal = await reply(
            fake, await fake.command("kb", sub("edit", edition=typed, field="theme"), **MOD)
        )
        assert modal["type"] == 9 and "2017" in modal["data"]["title"], typed
    body = await reply(
        fake, await fake.command("kb", sub("edit", edition="the 99th", field="theme"), **MOD)
    )
    assert "I don't know an edition called" in embed_of(body)["description"]
