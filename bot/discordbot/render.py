"""All Discord formatting in one place: embeds, buttons, escaping and length limits."""

from __future__ import annotations

import datetime as dt

import discord

from bot.engine import Answer, Edition, Engine, Source

from .components import AskButton, FeedbackButton, PageButton

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
CONTENT_MAX = 2000
BUTTON_LABEL_MAX = 80
CUSTOM_ID_MAX = 100
CHOICES_MAX = 25
AUTHOR_MAX = 256
EMBEDS_MAX = 10
# A page's text and whole size, leaving room for the title, a footer and a batch heading.
PAGE_TEXT_MAX = 3800
PAGE_MAX = EMBED_TOTAL_MAX - 400

ANSWERED = discord.Colour.blurple()
DECLINED = discord.Colour.light_grey()
MOD_OK = discord.Colour.green()
MOD_ERROR = discord.Colour.red()
# Editions happen in one place; a date is shown as a Discord timestamp at local noon there so
# every reader's time zone still shows the same calendar day.
VENUE_TZ = dt.timezone(dt.timedelta(hours=8))


# The embed's own words, in the answer's language (the answer's text comes worded by the engine)
CHROME: dict[str, dict[str, str]] = {
    "en": {
        "sources": "Sources",
        "continued": "{name} (continued)",
        "page": "Page {n} of {total}",
        "time_zone": "In your time zone",
        "asked": "{name} asked: {question}",
        "too_long": "That question is too long for me: please keep it under {limit} characters.",
        "slow_down": "You're asking faster than I can keep up: try again in {wait} s.",
        "too_old": "That answer is too old to page through: ask again.",
        "not_here": "That command is not available here.",
        "unknown_edition": "I don't know an edition called “{typed}”. Pick one from the list.",
        "went_wrong": (
            "Sorry, something went wrong with that. The moderators can see what in the log."
        ),
    },
    "zh": {
        "sources": "来源",
        "continued": "{name}（续）",
        "page": "第{n}页，共{total}页",
        "time_zone": "你所在时区的日期",
        "asked": "{name}问：{question}",
        "too_long": "这个问题太长了：请控制在{limit}个字符以内。",
        "slow_down": "你问得太快了，我跟不上：请{wait}秒后再试。",
        "too_old": "这条回答太久了，无法翻页：请重新提问。",
        "not_here": "这里不能使用这个命令。",
        "unknown_edition": "我不知道名为“{typed}”的届次。请从列表中选择。",
        "went_wrong": "抱歉，出了点问题。版主可以在日志中看到原因。",
    },
    "zh-Hant": {
        "sources": "來源",
        "continued": "{name}（續）",
        "page": "第{n}頁，共{total}頁",
        "time_zone": "你所在時區的日期",
        "asked": "{name}問：{question}",
        "too_long": "這個問題太長了：請控制在{limit}個字元以內。",
        "slow_down": "你問得太快了，我跟不上：請{wait}秒後再試。",
        "too_old": "這條回答太久了，無法翻頁：請重新提問。",
        "not_here": "這裡不能使用這個命令。",
        "unknown_edition": "我不知道名為「{typed}」的屆次。請從列表中選擇。",
        "went_wrong": "抱歉，出了點問題。版主可以在日誌中看到原因。",
    },
}


def chrome(lang: str, which: str, **values: object) -> str:
    """One piece of embed chrome in ``lang`` (English where the language lacks it)."""
    return CHROME.get(lang, CHROME["en"]).get(which, CHROME["en"][which]).format(**values)


def source_line(source: Source) -> str:
    """A source as one line: its name linked to where it said it, or the name alone."""
    name = source.name
    if source.date and source.date.isoformat() not in name:
        name = f"{name}, {source.date.isoformat()}"
    name = discord.utils.escape_markdown(name).replace("[", "(").replace("]", ")")
    if source.url and source.url.startswith(("https://", "http://")):
        return f"[{clip(name, 200)}]({source.url})"
    return clip(name, 200)


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe(text: str) -> str:
    """User text made inert: no markdown, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def code_span(text: str) -> str:
    """``text`` as inline code that it cannot close: a backtick inside would end the span
    and render the rest (a masked link, a mention) as markdown, so it becomes ˋ (U+02CB)."""
    return "`" + (text.replace("`", "\u02cb") or " ") + "`"


def code_block(text: str, lang: str = "") -> str:
    """``text`` in a fenced code block that it cannot close: a zero-width space after every
    backtick, so no run of three (a fence) is left inside."""
    return f"```{lang}\n" + text.replace("`", "`\u200b") + "\n```"


def timestamp(day: dt.date) -> str:
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=VENUE_TZ)
    return f"<t:{int(noon.timestamp())}:D>"


def answer_embed(answer: Answer, engine: Engine) -> discord.Embed:
    """The first page of an answer (short answers have only one)."""
    return answer_pages(answer, engine)[0]


def answer_pages(answer: Answer, engine: Engine) -> list[discord.Embed]:
    """An answer as one or more embeds within Discord's limits: nothing is cut.

    Long text is split at line breaks (or, for a very long line, between words) into pages;
    fields follow the text and spill onto further pages; each page says "Page i of n".
    """
    colour = ANSWERED if answer.answered else DECLINED
    title = clip(answer.title, TITLE_MAX) if answer.answered else None
    fields = [(name, value, True) for name, value in answer.fields]
    lang = answer.lang
    if answer.answered and len(answer.editions) == 1 and answer.intent in ("dates", "overview"):
        ed = engine.edition(answer.editions[0])
        if ed is not None and ed.start and ed.end:
            fields.append((chrome(lang, "time_zone"), _when(ed), False))
    if answer.sources:
        links = "\n".join(dict.fromkeys(source_line(s) for s in answer.sources))
        fields.append((chrome(lang, "sources"), links, False))
    pages = [
        discord.Embed(title=title, description=chunk or None, colour=colour)
        for chunk in split_text(answer.text, PAGE_TEXT_MAX)
    ]
    for name, value, inline in fields:
        for i, chunk in enumerate(split_text(value, FIELD_VALUE_MAX)):
            label = clip(name if i == 0 else chrome(lang, "continued", name=name), FIELD_NAME_MAX)
            page = pages[-1]
            if len(page.fields) >= FIELDS_MAX or len(page) + len(label) + len(chunk) > PAGE_MAX:
                page = discord.Embed(title=title, colour=colour)
                pages.append(page)
            page.add_field(name=label, value=chunk, inline=inline)
    if len(pages) > 1:
        for n, page in enumerate(pages, 1):
            page.set_footer(text=chrome(lang, "page", n=n, total=len(pages)))
    return pages


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, split at line breaks where it can
    and otherwise between words: never mid-word unless a single word is longer than a piece."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit + 1)
            if cut < limit // 2:
                cut = limit
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        if current and len(current) + 1 + len(line) > limit:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current or not pieces:
        pieces.append(current)
    return pieces


def _when(ed: Edition) -> str:
    assert ed.start and ed.end
    if ed.start == ed.end:
        return timestamp(ed.start)
    return f"{timestamp(ed.start)} – {timestamp(ed.end)}"


def answer_view(
    answer_id: str,
    suggestions: tuple[str, ...] = (),
    *,
    feedback: str | None = None,
    page: int = 0,
    pages: int = 1,
) -> discord.ui.View | None:
    """Buttons: the answer's suggestions (follow-ups or "did you mean"), 👍 / 👎 naming the
    answer by its ``feedback`` token, and page turning. Every button is a DynamicItem routed
    by its custom id (short, no user text), so discord.py keeps no view per message and the
    buttons work after a restart."""
    view = discord.ui.View(timeout=None)
    for suggestion in suggestions[:5]:
        if len(AskButton.custom_id_for(suggestion)) <= CUSTOM_ID_MAX:
            view.add_item(AskButton(suggestion))
    if feedback:
        view.add_item(FeedbackButton.vote(feedback, up=True))
        view.add_item(FeedbackButton.vote(feedback, up=False))
    if pages > 1:
        view.add_item(PageButton(answer_id, page - 1, pages, previous=True))
        view.add_item(PageButton(answer_id, page + 1, pages, previous=False))
    # A finished view is only serialised: discord.py neither stores it nor, for an ephemeral
    # reply, keeps it alive for 15 minutes with a timeout task. Presses are routed by the
    # DynamicItem templates registered once at start-up.
    view.stop()
    return view if view.children else None


def question_line(content: str, bot_id: int) -> str:
    """A chat question as one short line for a batch heading: without the bot's mention."""
    for mention in (f"<@{bot_id}>", f"<@!{bot_id}>"):
        content = content.replace(mention, " ")
    return clip(" ".join(content.split()), 150)


def batch_embeds(
    replies: list[tuple[str, str, str, discord.Embed, str]],
) -> list[discord.Embed]:
    """Several askers' answers for one message: each embed headed by who asked what, linked
    to their question (name, question, link, embed, the answer's language). The heading is
    plain embed text in the answer's language, so nobody is pinged."""
    out = []
    for name, question, url, embed, lang in replies:
        copy = discord.Embed.from_dict(embed.to_dict())
        heading = chrome(lang, "asked", name=name, question=question)
        copy.set_author(name=clip(heading, AUTHOR_MAX), url=url)
        out.append(copy)
    return out


def edition_choices(
    engine: Engine, current: str, today: dt.date
) -> list[discord.app_commands.Choice[str]]:
    """Autocomplete: editions matching what was typed ("4th", "2019", "latest"), newest
    first, at most 25, labelled like "4th · 2017 · Dec 3–5"."""
    typed = current.strip().lower()
    editions = [
        e
        for e in reversed(engine.editions)
        if not typed or typed in engine.label(e).lower() or typed in e.name.lower()
    ]
    found = engine.find_edition(typed, today) if typed else None
    if found is not None:
        editions = [found, *(e for e in editions if e is not found)]
    return [
        discord.app_commands.Choice(name=clip(engine.label(e), 100), value=str(e.year))
        for e in editions[:CHOICES_MAX]
    ]


def notice(text: str) -> discord.Embed:
    """A short grey notice (cooldown, too long, errors)."""
    return discord.Embed(description=clip(text, DESCRIPTION_MAX), colour=DECLINED)


def mod_embed(title: str, lines: list[str], ok: bool) -> discord.Embed:
    """A moderator report: status, check results, reload outcome."""
    body = "\n".join(lines)
    return discord.Embed(
        title=clip(title, TITLE_MAX),
        description=clip(body, DESCRIPTION_MAX),
        colour=MOD_OK if ok else MOD_ERROR,
    )


def problems_lines(report: str, limit: int = 20) -> list[str]:
    """A validation report as code lines, at most ``limit`` of them."""
    lines = report.splitlines()
    shown = [code_span(clip(line, 300)) for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"… and {len(lines) - limit} more")
    return shown
