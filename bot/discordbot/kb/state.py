"""Moderators' edits from Discord: forms (modals), previews, and Confirm / Cancel buttons.

Nothing is written until the moderator who opened an edit confirms its preview; the preview
shows the diff and how a sample question would then be answered. Pending previews live in
memory, bounded and expiring: a restart simply means reopening the edit.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import discord

from bot.editing import Proposal

from . import render

CONFIRM_PREFIX = "wic:kb:ok:"
CANCEL_PREFIX = "wic:kb:no:"
PICK_MISS = "wic:un:pick"
TEACH_PREFIX = "wic:un:teach:"  # + token; a select of intents / Q&A items
NEW_QA_PREFIX = "wic:un:new:"
DISMISS_PREFIX = "wic:un:dismiss:"
PAGE_PREFIX = "wic:un:page:"
PENDING_TTL = 900.0
PENDING_MAX = 200


@dataclass
class PendingEdit:
    proposal: Proposal
    user_id: int
    created: float
    miss: str | None = None  # the unanswered question this edit teaches, if any


@dataclass
class PendingStore:
    """Previews awaiting Confirm, by token; only their author may confirm them."""

    clock: Callable[[], float] = time.monotonic
    _items: OrderedDict[str, PendingEdit] = field(default_factory=OrderedDict)

    def add(self, proposal: Proposal, user_id: int, miss: str | None = None) -> str:
        token = secrets.token_hex(8)
        self._items[token] = PendingEdit(proposal, user_id, self.clock(), miss)
        while len(self._items) > PENDING_MAX:
            self._items.popitem(last=False)
        return token

    def take(self, token: str, user_id: int) -> PendingEdit | None:
        """The pending edit if it exists, is fresh and belongs to ``user_id``; removes it."""
        item = self._items.get(token)
        if item is None or item.user_id != user_id:
            return None
        del self._items[token]
        if self.clock() - item.created > PENDING_TTL:
            return None
        return item


@dataclass
class Tokens:
    """Short-lived values behind component custom ids (questions are too long to embed)."""

    clock: Callable[[], float] = time.monotonic
    _items: OrderedDict[str, tuple[float, str]] = field(default_factory=OrderedDict)

    def put(self, value: str) -> str:
        token = secrets.token_hex(6)
        self._items[token] = (self.clock(), value)
        while len(self._items) > PENDING_MAX:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> str | None:
        item = self._items.get(token)
        if item is None or self.clock() - item[0] > PENDING_TTL:
            return None
        return item[1]


def preview_embed(proposal: Proposal) -> discord.Embed:
    """What would change, whether it validates, and a sample answer."""
    diff = proposal.diff.strip() or "(no change)"
    body = f"```diff\n{render.clip(diff, 3000)}\n```"
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
    view = discord.ui.View(timeout=None)
    view.add_item(
        discord.ui.Button(
            label="Confirm", style=discord.ButtonStyle.success, custom_id=CONFIRM_PREFIX + token
        )
    )
    view.add_item(
        discord.ui.Button(
            label="Cancel", style=discord.ButtonStyle.secondary, custom_id=CANCEL_PREFIX + token
        )
    )
    return view


Submit = Callable[[discord.Interaction, dict[str, str]], Awaitable[None]]


class FormModal(discord.ui.Modal):
    """A form whose answers go to ``submit`` as {field key: text}."""

    def __init__(
        self,
        title: str,
        fields: list[tuple[str, str, str, bool, bool]],  # key, label, default, long, required
        submit: Submit,
    ) -> None:
        super().__init__(title=render.clip(title, 45), timeout=PENDING_TTL)
        self._submit = submit
        self._inputs: dict[str, discord.ui.TextInput[FormModal]] = {}
        for key, label, default, long, required in fields:
            text_input: discord.ui.TextInput[FormModal] = discord.ui.TextInput(
                label=render.clip(label, 45),
                default=render.clip(default, 4000) if default else None,
                style=discord.TextStyle.paragraph if long else discord.TextStyle.short,
                required=required,
                max_length=4000,
            )
            self._inputs[key] = text_input
            self.add_item(text_input)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self._submit(interaction, {k: v.value for k, v in self._inputs.items()})
