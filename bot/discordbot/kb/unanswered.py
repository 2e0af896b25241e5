"""/kb unanswered: the questions members asked that the bot could not answer, to teach it.

Only staff see the list (it is a /kb command), questions asked in DMs only when the operator
opted in (``UNANSWERED_INCLUDE_DMS``), and what is stored is already scrubbed of addresses and
numbers (see ``bot.misses``). The store is read off the event loop (``bot.stores``); when it
is unreachable the moderator is told so.
"""

from __future__ import annotations

from typing import Any

import discord

from bot.editing import EditError
from bot.editing.builders import TEACHABLE

from .. import render
from . import components
from .common import PLACEHOLDER_MAX, option, replace, say, think
from .state import Kb

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
        options = [option(m.question, kb.tokens.put(m.question)) for m in misses]
        items: list[discord.ui.Item[Any]] = [
            components.PickMissSelect([o for o in options if o is not None])
        ]
        if offset > 0:
            items.append(components.ListPageButton(str(offset - PAGE), "Previous"))
        if offset + PAGE < total:
            items.append(components.ListPageButton(str(offset + PAGE), "Next"))
        view = components.layout(*items)
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
    return components.layout(
        components.TeachSelect(
            token,
            [o for o in options if o is not None][: render.CHOICES_MAX],
            "Teach it as a way of asking…"[:PLACEHOLDER_MAX],
        ),
        components.NewItemButton(token),
        components.DismissButton(token),
    )


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
