"""Buttons and menus of the /kb flows, routed by custom id, each checked for staff again.

Custom ids are fixed prefixes plus random tokens issued by the bot; anything else — a forged
id, an expired token, someone else's preview — is refused and nothing is written.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from .. import render
from .access import REFUSED, staff_refusal
from .common import say
from .preview import cancel, confirm
from .state import (
    CANCEL_PREFIX,
    CONFIRM_PREFIX,
    DISMISS_PREFIX,
    NEW_QA_PREFIX,
    PAGE_PREFIX,
    PICK_MISS,
    TEACH_PREFIX,
    Kb,
)
from .unanswered import dismiss, show, teach_menu

log = logging.getLogger(__name__)

ROUTES = (
    CONFIRM_PREFIX,
    CANCEL_PREFIX,
    PICK_MISS,
    TEACH_PREFIX,
    NEW_QA_PREFIX,
    DISMISS_PREFIX,
    PAGE_PREFIX,
)
_TOKEN = re.compile(r"[0-9a-f]{1,32}")
_OFFSET = re.compile(r"[0-9]{1,6}")

# How a question becomes a new Q&A form, or a teach target a preview (set by the commands).
NewItem = Callable[[discord.Interaction, str], Awaitable[None]]
Teach = Callable[[discord.Interaction, str, str], Awaitable[None]]


async def refuse(interaction: discord.Interaction, why: str) -> None:
    log.info("refused /kb action from %s: %s", interaction.user.id, why)
    if not interaction.response.is_done():
        await say(interaction, render.notice(REFUSED))


async def route(kb: Kb, interaction: discord.Interaction, new_item: NewItem, teach: Teach) -> None:
    """Handle a /kb component interaction (ignores everyone else's components)."""
    if interaction.type is not discord.InteractionType.component:
        return
    data: dict[str, Any] = dict(interaction.data or {})
    custom_id = str(data.get("custom_id", ""))
    if not custom_id.startswith(ROUTES):
        return
    why = staff_refusal(interaction, kb.bot.settings)
    if why is not None:
        await refuse(interaction, why)
        return
    values = [str(v) for v in data.get("values", []) if isinstance(v, str)]
    try:
        await _dispatch(kb, interaction, custom_id, values, new_item, teach)
    except Exception:
        log.exception("moderator action %s failed", custom_id)
        text = "Sorry, something went wrong with that. The log has the details."
        try:
            await say(interaction, render.notice(text))
        except discord.HTTPException:
            log.exception("could not tell the moderator")


def _token(custom_id: str, prefix: str) -> str | None:
    token = custom_id[len(prefix) :]
    return token if _TOKEN.fullmatch(token) else None


async def _dispatch(
    kb: Kb,
    interaction: discord.Interaction,
    custom_id: str,
    values: list[str],
    new_item: NewItem,
    teach: Teach,
) -> None:
    expired = render.notice("That has expired or is not valid: run the command again.")
    if custom_id.startswith(CONFIRM_PREFIX):
        token = _token(custom_id, CONFIRM_PREFIX)
        await (confirm(kb, interaction, token) if token else say(interaction, expired))
    elif custom_id.startswith(CANCEL_PREFIX):
        token = _token(custom_id, CANCEL_PREFIX)
        await (cancel(kb, interaction, token) if token else say(interaction, expired))
    elif custom_id == PICK_MISS:
        await (teach_menu(kb, interaction, values[0]) if values else say(interaction, expired))
    elif custom_id.startswith(PAGE_PREFIX):
        offset = custom_id[len(PAGE_PREFIX) :]
        if not _OFFSET.fullmatch(offset):
            await say(interaction, expired)
            return
        await show(kb, interaction, int(offset), edit=True)
    else:
        prefix = next(
            p for p in (TEACH_PREFIX, NEW_QA_PREFIX, DISMISS_PREFIX) if custom_id.startswith(p)
        )
        token = _token(custom_id, prefix)
        question = kb.tokens.get(token) if token else None
        if question is None:
            await say(interaction, render.notice("That list expired: run /kb unanswered."))
        elif prefix == DISMISS_PREFIX:
            await dismiss(kb, interaction, question)
        elif prefix == NEW_QA_PREFIX:
            await new_item(interaction, question)
        elif values:
            await teach(interaction, values[0], question)
        else:
            await say(interaction, expired)
