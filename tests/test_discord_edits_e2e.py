"""End to end, moderators: edit from Discord, teach from the unanswered list, roll back."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from .fakediscord import (
    APP_ID,
    CHANNEL_ID,
    MOD_ROLE_ID,
    MODERATOR_ID,
    group,
    modal_inputs,
    press,
    sub,
    submit_modal,
)
from .harness import Env, buttons, embed_of, reply, running_bot

MOD: dict[str, Any] = {"author": MODERATOR_ID, "roles": (MOD_ROLE_ID,)}
NEW_THEME = "Towards a Brave New Digital Era"


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


async def ask(env: Env, question: str, count: int) -> str:
    await env.fake.message(f"<@700000000000000002> {question}")
    posts = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", count=count)
    return str(embed_of(posts[count - 1].body)["description"])


async def confirm(env: Env, preview: dict[str, Any]) -> dict[str, Any]:
    ok = next(b for b in buttons(preview) if b["label"] == "Confirm")
    return await reply(env.fake, await press(env.fake, ok["custom_id"], **MOD))


async def test_moderator_edits_a_theme_previews_confirms_and_rolls_back(env: Env) -> None:
    fake = env.fake
    original = env.knowledge.read_text(encoding="utf-8")
    edit = sub("edit", edition="2021", field="theme")
    modal = await reply(fake, await fake.command("kb", edit, **MOD))
    assert modal["type"] == 9
    (field,) = modal_inputs(modal["data"])
    assert "Digital Civilization" in field["value"]  # prefilled with the current value

    preview = await reply(fake, await submit_modal(fake, modal["data"], [NEW_THEME], **MOD))
    embed = embed_of(preview)
    assert preview["data"]["flags"] & 64
    assert embed["title"].startswith("Preview: set editions[year=2021].theme")
    assert f"+    theme: {NEW_THEME}" in embed["description"]
    assert NEW_THEME in embed["fields"][0]["value"]  # the sample answer
    assert env.knowledge.read_text(encoding="utf-8") == original  # not written yet

    saved = await confirm(env, preview)
    assert saved["type"] == 6 and embed_of(saved)["title"] == "Saved"  # deferred, then edited
    assert NEW_THEME in await ask(env, "theme of wic 2021", 1)
    text = env.knowledge.read_text(encoding="utf-8")
    assert "# The sources disagree" in text and "# yaml-language-server" in text

    history = await reply(fake, await fake.command("kb", sub("history"), **MOD))
    version = embed_of(history)["description"].split("`")[1]
    preview = await reply(
        fake,
        await fake.command(
            "kb",
            [
                {
                    "name": "rollback",
                    "type": 1,
                    "options": [{"name": "version", "type": 3, "value": version}],
                }
            ],
            **MOD,
        ),
    )
    assert embed_of(preview)["title"].startswith("Preview: rolled back")
    await confirm(env, preview)
    assert env.knowledge.read_text(encoding="utf-8") == original
    assert "Digital Civilization" in await ask(env, "theme of wic 2021", 2)


async def test_an_invalid_edit_is_refused_with_the_errors(env: Env) -> None:
    fake = env.fake
    edit = sub("edit", edition="2017", field="end")
    modal = await reply(fake, await fake.command("kb", edit, **MOD))
    body = await reply(fake, await submit_modal(fake, modal["data"], ["2017-11-30"], **MOD))
    embed = embed_of(body)
    assert embed["title"] == "Edit refused: it does not validate"
    assert "is before start 2017-12-03" in embed["description"]
    assert not buttons(body)


async def test_a_member_miss_is_taught_and_answered_next_time(env: Env) -> None:
    fake = env.fake
    question = "who footed the bill for the wic"
    assert "don't know" in await ask(env, question, 1)
    listing = await reply(fake, await fake.command("kb", sub("unanswered"), **MOD))
    assert question in embed_of(listing)["description"]
    menu = buttons(listing)[0]
    pick = next(o["value"] for o in menu["options"] if o["label"] == question)
    teach = await reply(fake, await press(fake, menu["custom_id"], [pick], **MOD))
    target = next(c for c in buttons(teach) if c["custom_id"].startswith("wic:un:teach:"))
    preview = await reply(fake, await press(fake, target["custom_id"], ["intent:hosts"], **MOD))
    assert "+      - who footed the bill for the wic" in embed_of(preview)["description"]
    await confirm(env, preview)
    assert "hosted the conference" in await ask(env, question, 2)
    listing = await reply(fake, await fake.command("kb", sub("unanswered"), **MOD))
    assert question not in str(embed_of(listing).get("description", ""))


async def test_thumbs_down_records_the_question(env: Env) -> None:
    await ask(env, "when was the 4th wic", 1)
    post = env.fake.sent("POST", f"/channels/{CHANNEL_ID}/messages")[0]
    down = next(
        c
        for row in post.body["components"]
        for c in row["components"]
        if c.get("emoji", {}).get("name") == "👎"
    )
    body = await reply(env.fake, await press(env.fake, down["custom_id"]))
    assert body["data"]["flags"] & 64
    (miss,) = await env.bot.unanswered.top()  # after the queued write (one database thread)
    assert (miss.question, miss.reason) == ("when was the 4th wic", "downvote")


async def test_a_failing_unanswered_store_is_told_to_the_moderator(env: Env, monkeypatch) -> None:
    fake = env.fake
    question = "who footed the bill for the wic"
    await ask(env, question, 1)
    listing = await reply(fake, await fake.command("kb", sub("unanswered"), **MOD))
    menu = buttons(listing)[0]
    pick = next(o["value"] for o in menu["options"] if o["label"] == question)
    teach = await reply(fake, await press(fake, menu["custom_id"], [pick], **MOD))
    dismiss = next(c for c in buttons(teach) if c.get("label") == "Dismiss")
    assert env.bot.misses is not None

    def locked(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database is locked")

    for name in ("top", "set_status"):
        monkeypatch.setattr(env.bot.misses, name, locked)
    body = await reply(fake, await fake.command("kb", sub("unanswered"), **MOD))
    text = embed_of(body)["description"]
    assert "database is locked" in text and "cannot be read" in text
    iid = await press(fake, dismiss["custom_id"], **MOD)
    await fake.callback(iid)  # acknowledged at once, then told in a follow-up
    (told,) = await fake.wait_for("POST", f"/webhooks/{APP_ID}/token-{iid}")
    assert "database is locked" in told.body["embeds"][0]["description"]
    assert "was not updated" in told.body["embeds"][0]["description"]
    monkeypatch.undo()
    assert [m.question for m in await env.bot.unanswered.top()] == [question]  # still listed


async def test_members_cannot_confirm_edits(env: Env) -> None:
    body = await reply(env.fake, await press(env.fake, "wic:kb:ok:deadbeef"))
    assert "Only the knowledge staff" in embed_of(body)["description"]


async def test_faq_add_edit_and_remove(env: Env) -> None:
    fake = env.fake
    modal = await reply(
        fake,
        await fake.command(
            "kb",
            group("faq", "add"),
            **MOD,
        ),
    )
    values = [
        "what is the official mascot\nwho is the mascot",
        "The mascot is a friendly panda.",
        "",
        "",
    ]
    preview = await reply(fake, await submit_modal(fake, modal["data"], values, **MOD))
    assert "+  - id: what-is-the-official-mascot" in embed_of(preview)["description"]
    await confirm(env, preview)
    assert "friendly panda" in await ask(env, "who is the wic mascot?", 1)

    modal = await reply(
        fake,
        await fake.command(
            "kb",
            group("faq", "edit", item="what-is-the-official-mascot"),
            **MOD,
        ),
    )
    inputs = modal_inputs(modal["data"])
    assert inputs[1]["value"] == "The mascot is a friendly panda."  # prefilled
    preview = await reply(
        fake,
        await submit_modal(
            fake, modal["data"], [inputs[0]["value"], "The mascot is a red panda.", "", ""], **MOD
        ),
    )
    await confirm(env, preview)
    assert "red panda" in await ask(env, "who is the wic mascot?", 2)

    preview = await reply(
        fake,
        await fake.command(
            "kb",
            group("faq", "remove", item="what-is-the-official-mascot"),
            **MOD,
        ),
    )
    await confirm(env, preview)
    assert "panda" not in await ask(env, "who is the wic mascot?", 3)
