"""/kb unanswered: the questions members asked that the bot could not answer, to teach it.

Only staff see the list (it is a /kb command), questions asked in DMs only when the operator
opted in (``UNANSWERED_INCLUDE_DMS``), and what is stored is already scrubbed of addresses and
numbers (see ``bot.misses``). The store is read off the event loop (``bot.stores``); when it
is unreachable the moderator is told so.
"""

from __future__ import annotations

import discord

from bot.editing import EditError
from bot.editing.builders import TEACHABLE

from .. import render
from .common import PLACEHOLDER_MAX, option, replace, say, think
from .state import (
    DISMISS_PREFIX,
    NEW_QA_PREFIX,
    PAGE_PREFIX,
    PICK_MISS,
    TEACH_PREFIX,
    Kb,
)

PAGE = 10
DAYS = 30.0
OFFSET_MAX = 100_000


async def show(kb: Kb, interaction: discord.Interaction, offset: int, *, edit: bool) -> None:
    """One page of the list; ``edit`` replaces the message a Previous/Next button is on."""
    bot = kb.bot
    offset = min(max(0, offset), OFFSET_MAX)
    if edit:
        await interaction.response.defer()
    else:
        await think(interaction)
    dms = bot.settings.unanswered_include_dms
    try:
        misses = await bot.unanswered.top(days=DAYS, limit=PAGE, offset=offset, include_dms=dms)
        total = await bot.unanswered.count_open(days=DAYS, include_dms=dms)
    except EditError as exc:  # the database is unreachable: say why there is no list
        await say(interaction, render.notice(str(exc)))
        return
    if not misses:
        embed = render.notice("No unanswered questions in the last 30 days.")
        view = None
    else:
        lines = [
            f"**{offset + n}.** {render.safe(m.question)} — ×{m.count}, last "
            f"{discord.utils.format_dt(m.last_seen, 'R')}"
            for n, m in enumerate(misses, 1)
        ]
        embed = render.mod_embed(f"Unanswered questions ({total} open)", lines, True)
        embed.set_footer(text="Pick one to teach the bot or dismiss it.")
        view = discord.ui.View(timeout=None)
        options = [option(m.question, kb.tokens.put(m.question)) for m in misses]
        select: discord.ui.Select[discord.ui.View] = discord.ui.Select(
            custom_id=PICK_MISS,
            placeholder="Pick a question",
            options=[o for o in options if o is not None],
        )
        view.add_item(select)
        if offset > 0:
            view.add_item(
                discord.ui.Button(label="Previous", custom_id=f"{PAGE_PREFIX}{offset - PAGE}")
            )
        if offset + PAGE < total:
            view.add_item(
                discord.ui.Button(label="Next", custom_id=f"{PAGE_PREFIX}{offset + PAGE}")
            )
    if edit:
        await replace(interaction, embed, view)
    else:
        await say(interaction, embed, view)


def teach_view(kb: Kb, token: str) -> discord.ui.View:
    """How to teach one question: as a phrasing of an intent or Q&A item, a new item, or
    dismiss it."""
    faq = kb.bot.service.engine.kb.facts.faq
    options = [option(f"intent: {i}", f"intent:{i}") for i in TEACHABLE]
    options += [option(f"Q&A: {qa.id}", f"faq:{qa.id}") for qa in faq]
    view = discord.ui.View(timeout=None)
    view.add_item(
        discord.ui.Select(
            custom_id=f"{TEACH_PREFIX}{token}",
            placeholder="Teach it as a way of asking…"[:PLACEHOLDER_MAX],
            options=[o for o in options if o is not None][: render.CHOICES_MAX],
        )
    )
    view.add_item(
        discord.ui.Button(
            label="New Q&A item",
            style=discord.ButtonStyle.primary,
            custom_id=f"{NEW_QA_PREFIX}{token}",
        )
    )
    view.add_item(
        discord.ui.Button(
            label="Dismiss",
            style=discord.ButtonStyle.secondary,
            custom_id=f"{DISMISS_PREFIX}{token}",
        )
    )
    return view


async def teach_menu(kb: Kb, interaction: discord.Interaction, token: str) -> None:
    question = kb.tokens.get(token)
    if question is None:
        await say(interaction, render.notice("That list expired: run /kb unanswered."))
        return
    embed = render.mod_embed("Teach the bot", [f"“{render.safe(question)}”"], True)
    await say(interaction, embed, teach_view(kb, token))


async def dismiss(kb: Kb, interaction: discord.Interaction, question: str) -> None:
    await interaction.response.defer()
    try:
        await kb.bot.unanswered.set_status(question, "dismissed")
    except EditError as exc:  # the database is unreachable: nothing was dismissed
        await say(interaction, render.notice(str(exc)))
        return
    await replace(interaction, render.notice(f"Dismissed “{render.safe(question)}”."))
