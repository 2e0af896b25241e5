"""Buttons and menus of the /kb flows, as discord.py ``DynamicItem``s, each checked for staff.

Each item is matched by its custom id's template, so no view is stored per message (nothing
accumulates however many previews and lists are shown) and a press is handled after a
restart too. Custom ids are fixed prefixes plus random tokens issued by the bot; the templates
take any id with the prefix so that anything else — a forged id, an expired token, someone
else's preview — is answered with a refusal and nothing is written.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol

import discord
from discord import ui

from .. import render
from . import preview, unanswered  # modules: they build their views from the items here
from .access import REFUSED, staff_refusal
from .common import say
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

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"[0-9a-f]{1,32}")
_OFFSET = re.compile(r"[0-9]{1,6}")
_ANY = r"(?P<rest>.{0,90})"  # any tail: a malformed one is refused, not left unanswered
EXPIRED = "That has expired or is not valid: run the command again."
LIST_EXPIRED = "That list expired: run /kb unanswered."


class KbHandler(Protocol):
    """What the items call: the /kb cog."""

    kb_state: Kb

    async def new_item_form(self, interaction: discord.Interaction, question: str) -> None: ...

    async def teach_from_menu(
        self, interaction: discord.Interaction, target: str, question: str
    ) -> None: ...


async def refuse(interaction: discord.Interaction, why: str) -> None:
    log.info("refused /kb action from %s: %s", interaction.user.id, why)
    if not interaction.response.is_done():
        await say(interaction, render.notice(REFUSED))


def _cog(interaction: discord.Interaction) -> KbHandler | None:
    client: Any = interaction.client
    cog: KbHandler | None = client.get_cog("KnowledgeCog")
    return cog


def _token(rest: str) -> str | None:
    return rest if _TOKEN.fullmatch(rest) else None


class _Staff:
    """Mixed into every /kb item: staff only, and a failure told in one line, logged in full."""

    rest: str = ""
    custom_id: str

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        cog = _cog(interaction)
        why = (
            "the /kb commands are not loaded"
            if cog is None
            else staff_refusal(interaction, cog.kb_state.bot.settings)
        )
        if why is not None:
            await refuse(interaction, why)
            return False
        return True

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = _cog(interaction)
        assert cog is not None  # interaction_check refused otherwise
        try:
            await self.act(cog, interaction)
        except Exception:
            log.exception("moderator action %s failed", self.custom_id)
            text = "Sorry, something went wrong with that. The log has the details."
            try:
                await say(interaction, render.notice(text))
            except discord.HTTPException:
                log.exception("could not tell the moderator")

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        raise NotImplementedError


def _button(custom_id: str, label: str, style: discord.ButtonStyle) -> ui.Button[Any]:
    return ui.Button(label=label, style=style, custom_id=custom_id)


class ConfirmButton(_Staff, ui.DynamicItem[ui.Button[Any]], template=r"wic:kb:ok:" + _ANY):
    """Write a previewed edit (its author only)."""

    def __init__(self, rest: str) -> None:
        super().__init__(_button(CONFIRM_PREFIX + rest, "Confirm", discord.ButtonStyle.success))
        self.rest = rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> ConfirmButton:
        return cls(match["rest"])

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        token = _token(self.rest)
        kb = cog.kb_state
        await (preview.confirm(kb, interaction, token) if token else say(interaction, _expired()))


class CancelButton(_Staff, ui.DynamicItem[ui.Button[Any]], template=r"wic:kb:no:" + _ANY):
    """Drop a previewed edit."""

    def __init__(self, rest: str) -> None:
        super().__init__(_button(CANCEL_PREFIX + rest, "Cancel", discord.ButtonStyle.secondary))
        self.rest = rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> CancelButton:
        return cls(match["rest"])

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        token = _token(self.rest)
        kb = cog.kb_state
        await (preview.cancel(kb, interaction, token) if token else say(interaction, _expired()))


class ListPageButton(_Staff, ui.DynamicItem[ui.Button[Any]], template=r"wic:un:page:" + _ANY):
    """Previous / Next of the unanswered list (the offset is in the id)."""

    def __init__(self, rest: str, label: str = "Next") -> None:
        style = discord.ButtonStyle.secondary
        super().__init__(_button(PAGE_PREFIX + rest, label, style))
        self.rest = rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> ListPageButton:
        return cls(match["rest"])

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        if not _OFFSET.fullmatch(self.rest):
            await say(interaction, _expired())
            return
        await unanswered.show(cog.kb_state, interaction, int(self.rest), edit=True)


def _values(interaction: discord.Interaction) -> list[str]:
    data: dict[str, Any] = dict(interaction.data or {})
    return [str(v) for v in data.get("values", []) if isinstance(v, str)]


class PickMissSelect(_Staff, ui.DynamicItem[ui.Select[Any]], template=PICK_MISS):
    """The unanswered list's menu: pick a question to teach or dismiss."""

    def __init__(self, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(
            ui.Select(custom_id=PICK_MISS, placeholder="Pick a question", options=options or [])
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> PickMissSelect:
        return cls()

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        values = _values(interaction)
        kb = cog.kb_state
        await (
            unanswered.teach_menu(kb, interaction, values[0])
            if values
            else say(interaction, _expired())
        )


def _question(cog: KbHandler, rest: str) -> str | None:
    """The listed question an item names by its token (None once expired or forged)."""
    token = _token(rest)
    return cog.kb_state.tokens.get(token) if token else None


class TeachSelect(_Staff, ui.DynamicItem[ui.Select[Any]], template=r"wic:un:teach:" + _ANY):
    """Teach the question as a phrasing of the picked intent or Q&A item."""

    def __init__(
        self, rest: str, options: list[discord.SelectOption] | None = None, placeholder: str = ""
    ) -> None:
        select: ui.Select[Any] = ui.Select(
            custom_id=TEACH_PREFIX + rest, placeholder=placeholder or None, options=options or []
        )
        super().__init__(select)
        self.rest = rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> TeachSelect:
        return cls(match["rest"])

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        question = _question(cog, self.rest)
        values = _values(interaction)
        if question is None:
            await say(interaction, render.notice(LIST_EXPIRED))
        elif values:
            await cog.teach_from_menu(interaction, values[0], question)
        else:
            await say(interaction, _expired())


class NewItemButton(_Staff, ui.DynamicItem[ui.Button[Any]], template=r"wic:un:new:" + _ANY):
    """Open the new Q&A item form, pre-filled with the question."""

    def __init__(self, rest: str) -> None:
        style = discord.ButtonStyle.primary
        super().__init__(_button(NEW_QA_PREFIX + rest, "New Q&A item", style))
        self.rest = rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> NewItemButton:
        return cls(match["rest"])

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        question = _question(cog, self.rest)
        if question is None:
            await say(interaction, render.notice(LIST_EXPIRED))
        else:
            await cog.new_item_form(interaction, question)


class DismissButton(_Staff, ui.DynamicItem[ui.Button[Any]], template=r"wic:un:dismiss:" + _ANY):
    """Take the question off the list."""

    def __init__(self, rest: str) -> None:
        style = discord.ButtonStyle.secondary
        super().__init__(_button(DISMISS_PREFIX + rest, "Dismiss", style))
        self.rest = rest

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> DismissButton:
        return cls(match["rest"])

    async def act(self, cog: KbHandler, interaction: discord.Interaction) -> None:
        question = _question(cog, self.rest)
        if question is None:
            await say(interaction, render.notice(LIST_EXPIRED))
        else:
            await unanswered.dismiss(cog.kb_state, interaction, question)


def _expired() -> discord.Embed:
    return render.notice(EXPIRED)


KB_ITEMS = (
    ConfirmButton,
    CancelButton,
    ListPageButton,
    PickMissSelect,
    TeachSelect,
    NewItemButton,
    DismissButton,
)


def layout(*items: ui.Item[Any]) -> ui.View:
    """A view that only lays the items out: the items' templates route the presses, so the
    view is stopped before sending and discord.py neither stores it nor times it out."""
    view = ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    view.stop()
    return view
