"""Slash commands in the member's language (issue 18): the localised command tree passes the
strict fake's validation, and /wic answers in the member's client locale and script."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from . import discordspec
from .fakediscord import GUILD_ID, sub
from .harness import Env, embed_of, running_bot


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


async def test_the_command_tree_is_localised_for_zh_cn_and_zh_tw(env: Env) -> None:
    (put,) = env.fake.sent("PUT", f"/guilds/{GUILD_ID}/commands")
    commands = {c["name"]: c for c in put.body}
    assert not discordspec.check("PUT", put.path, put.body)  # the fake accepted it as valid
    ask = commands["ask"]
    assert ask["name_localizations"] == {"zh-CN": "提问", "zh-TW": "提問"}
    assert ask["description_localizations"]["zh-TW"] == "就大會提問"
    assert ask["options"][0]["name_localizations"]["zh-CN"] == "问题"
    wic = {o["name"]: o for o in commands["wic"]["options"]}
    edition = wic["edition"]
    assert edition["name_localizations"]["zh-TW"] == "屆次"
    topic = edition["options"][1]
    theme = next(c for c in topic["choices"] if c["value"] == "theme")
    assert theme["name_localizations"] == {"zh-CN": "主题", "zh-TW": "主題"}


def test_the_fake_refuses_bad_localisations() -> None:
    base = {"name": "ask", "description": "Ask", "type": 1}
    bad_key = {**base, "name_localizations": {"zh-XX": "提问"}}
    upper = {**base, "name_localizations": {"de": "Frage"}}
    spaced = {**base, "name_localizations": {"zh-CN": "提 问"}}
    for body in (bad_key, upper, spaced):
        assert discordspec.check("POST", "/applications/1/commands", body), body
    good = {**base, "name_localizations": {"zh-CN": "提问", "de": "frage"}}
    assert not discordspec.check("POST", "/applications/1/commands", good)


@pytest.mark.parametrize(
    ("locale", "said", "chrome"),
    [
        ("zh-CN", "第四届世界互联网大会", "来源"),
        ("zh-TW", "第四屆世界互聯網大會", "來源"),
        ("en-US", "4th World Internet Conference", "Sources"),
    ],
)
async def test_wic_edition_answers_in_the_members_locale(
    env: Env, locale: str, said: str, chrome: str
) -> None:
    iid = await env.fake.command("wic", sub("edition", edition="2017"), locale=locale)
    embed = embed_of(await env.fake.callback(iid))
    assert said in embed["description"]
    assert chrome in {f["name"] for f in embed["fields"]}


def test_every_piece_of_chrome_exists_in_every_language() -> None:
    from bot.discordbot import render

    english = set(render.CHROME["en"])
    for lang, words in render.CHROME.items():
        assert set(words) == english, lang
        if lang != "en":
            for text in words.values():
                # no English word in Chinese chrome (placeholders aside)
                assert not any(w.isascii() and w.isalpha() for w in text.split("{")[0].split())


async def test_notices_follow_the_members_locale(env: Env) -> None:
    long = "为什么" * 400
    iid = await env.fake.command(
        "ask", [{"name": "question", "type": 3, "value": long}], locale="zh-TW"
    )
    body = await env.fake.callback(iid)
    assert body["data"]["flags"] & 64
    assert embed_of(body)["description"].startswith("這個問題太長了")


async def test_help_and_the_message_menu_are_localised_too(env: Env) -> None:
    (put,) = env.fake.sent("PUT", f"/guilds/{GUILD_ID}/commands")
    commands = {(c["name"], c.get("type", 1)): c for c in put.body}
    assert commands[("help", 1)]["name_localizations"]["zh-TW"] == "幫助"
    menu = next(c for (name, kind), c in commands.items() if kind == 3)
    assert menu["name_localizations"] == {"zh-CN": "向WIC机器人提问", "zh-TW": "向WIC機器人提問"}
