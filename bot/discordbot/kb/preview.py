"""Previews and Confirm / Cancel: nothing is written until the author confirms.

Building a preview validates the whole knowledge base, and Confirm writes and reloads it: with
a large file that takes seconds, past Discord's 3-second deadline. So both acknowledge first
(defer), do the work on a worker thread, and then always tell the moderator the outcome.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import discord

from bot.editing import EditError, Proposal, StaleEdit

from .. import render
from . import components
from .common import replace, say, think
from .state import Kb

log = logging.getLogger(__name__)


def preview_embed(proposal: Proposal) -> discord.Embed:
    """What would change, whether it validates, and a sample answer."""
    diff = proposal.diff.strip() or "(no change)"
    body = render.code_block(render.clip(diff, 3000), "diff")
    if proposal.error is not None:
        lines = render.problems_lines(proposal.error.report(), limit=8)
        embed = render.mod_embed("Edit refused: it does not validate", [body, *lines], False)
        embed.set_footer(text="Nothing was written.")
        return embed
    embed = render.mod_embed(f"Preview: {render.clip(proposal.summary, 200)}", [body], True)
    if proposal.sample is not None:
        embed.add_field(
            name="A sample question would then get",
            value=render.clip(proposal.sample.text, render.FIELD_VALUE_MAX),
            inline=False,
        )
    embed.set_footer(text="Confirm to write it; the bot reloads at once. Cancel to drop it.")
    return embed


def confirm_view(token: str) -> discord.ui.View:
    return components.layout(components.ConfirmButton(token), components.CancelButton(token))


async def preview(
    kb: Kb,
    interaction: discord.Interaction,
    build: Callable[[], Proposal],
    *,
    miss: str | None = None,
    unchanged: str = "That changes nothing.",
) -> None:
    """Build a proposal on a worker thread and show it, with Confirm / Cancel if it is valid."""
    await preview_from(
        kb, interaction, lambda: asyncio.to_thread(build), miss=miss, unchanged=unchanged
    )


async def preview_from(
    kb: Kb,
    interaction: discord.Interaction,
    make: Callable[[], Awaitable[Proposal]],
    *,
    miss: str | None = None,
    unchanged: str = "That changes nothing.",
) -> None:
    """Show the proposal ``make`` builds (it must not block the event loop), with Confirm /
    Cancel if it is valid."""
    await think(interaction)
    try:
        proposal = await make()
    except StaleEdit as exc:
        await say(interaction, render.notice(str(exc)))
        return
    except EditError as exc:
        await say(interaction, render.notice(f"That edit cannot be made: {exc}"))
        return
    embed = preview_embed(proposal)
    if not proposal.ok:
        await say(interaction, embed if proposal.error is not None else render.notice(unchanged))
        return
    token = kb.pending.add(proposal, interaction.user.id, miss)
    await say(interaction, embed, confirm_view(token))


async def confirm(kb: Kb, interaction: discord.Interaction, token: str) -> None:
    """Write the pending edit ``token`` (its author only), reload, and say exactly what
    happened."""
    pending = kb.pending.take(token, interaction.user.id)
    if pending is None:
        # A new private message, not an edit: the preview may be someone else's.
        text = "This preview has expired or is not yours: reopen the edit."
        await say(interaction, render.notice(text))
        return
    await interaction.response.defer()  # the write and the reload may take seconds
    who = f"{interaction.user.name} ({interaction.user.id})"
    bot = kb.bot
    try:
        # The store writes off the event loop (files: a worker thread; PostgreSQL: async).
        saved = await bot.kb_store.commit(pending.proposal, who)
    except StaleEdit as exc:
        await replace(interaction, render.notice(str(exc)))
        return
    except EditError as exc:
        log.warning("knowledge edit by %s failed: %s", who, exc)
        await replace(interaction, render.mod_embed("Not saved", [str(exc)], False))
        return
    lines = [f"{render.safe(pending.proposal.summary)}.", f"Version `{saved.version}` is saved."]
    ok = saved.warning is None
    if saved.warning is not None:
        lines.append(saved.warning)
    try:
        result = await asyncio.to_thread(bot.service.reload)
    except Exception as exc:  # the file is saved whatever happens to the reload
        log.exception("reload after an edit failed")
        lines.append(f"But loading it failed ({type(exc).__name__}): see the log.")
        ok = False
    else:
        if result.ok:
            lines[1] = f"Version `{saved.version}` is saved and live."
        else:
            lines.append("But the reload refused it: see /kb status and the moderator log.")
            ok = False
        await bot.report_reload(result)
    if pending.miss is not None:
        try:
            await bot.unanswered.set_status(pending.miss, "taught")
        except EditError as exc:  # saved all the same; the question just stays listed
            log.warning("could not mark an unanswered question taught: %s", exc)
            lines.append(f"The question stays on the unanswered list for now: {exc}")
        except Exception:
            log.exception("could not mark an unanswered question taught")
    await replace(interaction, render.mod_embed("Saved", lines, ok))


async def cancel(kb: Kb, interaction: discord.Interaction, token: str) -> None:
    if kb.pending.take(token, interaction.user.id) is None:
        text = "This preview has expired or is not yours: nothing to cancel."
        await say(interaction, render.notice(text))
        return
    await replace(interaction, render.notice("Cancelled: nothing was written."))
