"""/wic timeline: the editions' picture as an attachment, in the member's language.

The picture is drawn off the event loop (``bot.timeline.TimelineCache``), so the command
acknowledges first (Discord allows 3 s) and sends the picture as a follow-up.
"""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING

import discord

from bot.timeline import MAX_BYTES, TimelineCache, timeline

from . import render

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
_FAILED = "I couldn't draw the timeline just now: please try again in a minute."


def language_of(interaction: discord.Interaction, chosen: str | None) -> str:
    """The picture's language: the member's choice, else their Discord client's language."""
    if chosen:
        return chosen
    locale = str(interaction.locale)
    if locale in ("zh-TW", "zh-HK"):
        return "zh-Hant"
    if locale.startswith("zh"):
        return "zh-Hans"
    return "en"


def filename(figure: str, lang: str) -> str:
    return f"timeline-{figure}-{lang}.png".lower()


def embed_for(engine: Engine, figure: str, lang: str, name: str) -> discord.Embed:
    """The embed around the picture: its title, one line saying what it shows (for readers
    who cannot see the image), the picture itself."""
    t = timeline(engine, figure, lang)
    embed = discord.Embed(
        title=render.clip(t.title, render.TITLE_MAX),
        description=render.clip(t.summary, render.DESCRIPTION_MAX),
        colour=render.ANSWERED,
    )
    embed.set_image(url=f"attachment://{name}")
    embed.set_footer(text=render.clip(t.footer, render.FOOTER_MAX))
    return embed


async def send(
    interaction: discord.Interaction,
    engine: Engine,
    cache: TimelineCache,
    figure: str,
    lang: str,
) -> None:
    """Acknowledge, draw (or take from the cache), and post the picture as the follow-up."""
    await interaction.response.defer(thinking=True)
    try:
        embed, file = await _picture(engine, cache, figure, lang)
    except Exception:
        log.exception("timeline %s/%s could not be drawn", figure, lang)
        await interaction.followup.send(embed=render.notice(_FAILED), allowed_mentions=NONE)
        return
    await interaction.followup.send(embed=embed, file=file, allowed_mentions=NONE)


async def _picture(
    engine: Engine, cache: TimelineCache, figure: str, lang: str
) -> tuple[discord.Embed, discord.File]:
    """The picture (drawn or cached) and the embed that shows it; raises when it cannot be
    drawn or is over Discord's attachment limit."""
    data = await cache.get(engine, figure, lang)
    if len(data) > MAX_BYTES:
        raise ValueError(f"timeline picture of {len(data):,} bytes is over the limit")
    name = filename(figure, lang)
    embed = embed_for(engine, figure, lang, name)
    return embed, discord.File(io.BytesIO(data), filename=name)


async def follow_with_picture(
    interaction: discord.Interaction,
    engine: Engine,
    cache: TimelineCache,
    figure: str,
    lang: str,
) -> None:
    """After a list-like answer: the same editions as a picture, as a follow-up message (the
    answer is not held back for it; without the picture it still stands)."""
    try:
        embed, file = await _picture(engine, cache, figure, lang)
        await interaction.followup.send(embed=embed, file=file, allowed_mentions=NONE)
    except Exception:
        log.warning("the timeline picture after a list could not be sent", exc_info=True)
