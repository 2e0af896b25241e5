"""All Discord formatting in one place: embeds, buttons, escaping and length limits."""

from __future__ import annotations

import datetime as dt

import discord

from bot.engine import Answer, Engine
from bot.engine.model import Edition

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

ASK_PREFIX = "wic:ask:"  # custom_id of a button that asks its question
UP_PREFIX = "wic:fb:up:"  # + the answer's feedback token (never the question: see feedback.py)
DOWN_PREFIX = "wic:fb:down:"
ANSWERED = discord.Colour.blurple()
DECLINED = discord.Colour.light_grey()
MOD_OK = discord.Colour.green()
MOD_ERROR = discord.Colour.red()
# Editions happen in one place; a date is shown as a Discord timestamp at local noon there so
# every reader's time zone still shows the same calendar day.
VENUE_TZ = dt.timezone(dt.timedelta(hours=8))


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe(text: str) -> str:
    """User text made inert: no markdown, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def timestamp(day: dt.date) -> str:
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=VENUE_TZ)
    return f"<t:{int(noon.timestamp())}:D>"


def answer_embed(answer: Answer, engine: Engine) -> discord.Embed:
    """The embed for one answer."""
    colour = ANSWERED if answer.answered else DECLINED
    embed = discord.Embed(
        title=clip(answer.title, TITLE_MAX) if answer.answered else None,
        description=clip(answer.text, DESCRIPTION_MAX),
        colour=colour,
    )
    for name, value in answer.fields[:FIELDS_MAX]:
        embed.add_field(name=clip(name, FIELD_NAME_MAX), value=clip(value, FIELD_VALUE_MAX))
    if answer.answered and len(answer.editions) == 1 and answer.intent in ("dates", "overview"):
        ed = engine.edition(answer.editions[0])
        if ed is not None and ed.start and ed.end:
            embed.add_field(name="In your time zone", value=_when(ed), inline=False)
    if answer.sources:
        links = "\n".join(f"<{url}>" for url in answer.sources[:5])
        embed.add_field(name="Sources", value=clip(links, FIELD_VALUE_MAX), inline=False)
    _fit(embed)
    return embed


def _when(ed: Edition) -> str:
    assert ed.start and ed.end
    if ed.start == ed.end:
        return timestamp(ed.start)
    return f"{timestamp(ed.start)} – {timestamp(ed.end)}"


def _fit(embed: discord.Embed) -> None:
    """Drop trailing fields until the embed is within Discord's total size."""
    while len(embed) > EMBED_TOTAL_MAX and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL_MAX and embed.description:
        embed.description = clip(embed.description, EMBED_TOTAL_MAX - 300)


def answer_view(answer: Answer, feedback: str | None = None) -> discord.ui.View | None:
    """Buttons: the answer's suggestions (follow-ups or "did you mean"), then 👍 / 👎 naming
    the answer by its ``feedback`` token."""
    view = discord.ui.View(timeout=None)
    for suggestion in answer.suggestions[:5]:
        custom_id = ASK_PREFIX + suggestion
        if len(custom_id) > CUSTOM_ID_MAX:
            continue
        view.add_item(
            discord.ui.Button(
                label=clip(suggestion, BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.secondary,
                custom_id=custom_id,
            )
        )
    if answer.answered and feedback:
        view.add_item(discord.ui.Button(emoji="👍", custom_id=UP_PREFIX + feedback, row=1))
        view.add_item(discord.ui.Button(emoji="👎", custom_id=DOWN_PREFIX + feedback, row=1))
    return view if view.children else None


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
    shown = [f"`{clip(line, 300)}`" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"… and {len(lines) - limit} more")
    return shown
