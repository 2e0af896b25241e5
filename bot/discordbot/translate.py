"""Slash commands in the member's language: discord.py's ``Translator`` for zh-CN and zh-TW.

Discord shows each command, option and choice under the name and description localised for the
member's client language; the bot registers them once with the command tree. Strings not in
the table stay English (Discord then shows the default).
"""

from __future__ import annotations

import discord
from discord import app_commands

# English text as written in the command definitions -> (simplified, traditional)
TABLE: dict[str, tuple[str, str]] = {
    # names (Discord: lower case, no spaces; Chinese characters are letters)
    "ask": ("提问", "提問"),
    "question": ("问题", "問題"),
    "wic": ("大会", "大會"),
    "edition": ("届次", "屆次"),
    "topic": ("主题", "主題"),
    "list": ("列表", "列表"),
    "latest": ("最新", "最新"),
    "next": ("下一届", "下一屆"),
    "about": ("简介", "簡介"),
    "help": ("帮助", "幫助"),
    "What I answer, examples, and my commands": (
        "我能回答什么、示例和命令",
        "我能回答什麼、示例和命令",
    ),
    "Ask the WIC bot": ("向WIC机器人提问", "向WIC機器人提問"),
    # descriptions
    "Ask a question about the conference": ("就大会提问", "就大會提問"),
    "Your question, e.g. when was the 4th edition?": (
        "你的问题，例如：第四届是什么时候？",
        "你的問題，例如：第四屆是什麼時候？",
    ),
    "Look up editions of the conference": ("查询历届大会", "查詢歷屆大會"),
    "Facts about one edition": ("某一届的情况", "某一屆的情況"),
    "Which edition: pick one, or type a year, an ordinal or “latest”": (
        "哪一届：选择，或输入年份、届次或“最新”",
        "哪一屆：選擇，或輸入年份、屆次或「最新」",
    ),
    "Only this topic (leave empty for an overview)": (
        "只看这一项（留空则看概况）",
        "只看這一項（留空則看概況）",
    ),
    "Every edition, one line each": ("历届大会，每届一行", "歷屆大會，每屆一行"),
    "The most recent edition": ("最近一届", "最近一屆"),
    "The next edition, if announced": ("下一届（如已公布）", "下一屆（如已公布）"),
    "What the conference is": ("大会简介", "大會簡介"),
    # choices of topic
    "dates": ("日期", "日期"),
    "place": ("地点", "地點"),
    "theme": ("主题", "主題"),
    "attendance": ("参会", "參會"),
    "hosts": ("主办", "主辦"),
    "highlights": ("亮点", "亮點"),
    "sources": ("来源", "來源"),
}

_LOCALES = {discord.Locale.chinese: 0, discord.Locale.taiwan_chinese: 1}


class CommandTranslator(app_commands.Translator):
    """Chinese names, descriptions and choices for the member commands."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        which = _LOCALES.get(locale)
        pair = TABLE.get(string.message)
        return None if which is None or pair is None else pair[which]


def answer_language(locale: discord.Locale | None) -> tuple[str, bool]:
    """The answer language for a member's client locale: ("zh", traditional?) or ("en", False)."""
    if locale in _LOCALES:
        return "zh", locale == discord.Locale.taiwan_chinese
    return "en", False


def chrome_language(locale: discord.Locale | None) -> str:
    """The language of the bot's own words (notices, labels) for a client locale."""
    lang, traditional = answer_language(locale)
    return "zh-Hant" if traditional else lang


def text_language(text: str, traditional: bool) -> str:
    """The language of the bot's own words for a question typed in chat."""
    if any("\u3400" <= ch <= "\u9fff" for ch in text):
        return "zh-Hant" if traditional else "zh"
    return "en"
