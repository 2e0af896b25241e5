"""Buttons routed by their custom id (discord.py DynamicItems): nothing stored per message.

A reply's buttons are rebuilt from the custom id when pressed, so discord.py's view store
keeps no ``View`` per answer (it used to keep one for every reply, forever) and the buttons
work after a restart. Custom ids are short and never carry user text:

- ``wic:ask:<suggestion>``  asks a suggested question (knowledge text, not user text);
- ``wic:fb:up|down:<token>``  feedback on an answer, by the random token ``FeedbackBook``
  issued for it (see feedback.py: one vote per member; a forged or expired token is refused);
- ``wic:pg:<answer-id>:<page>[:p|:n]``  turns the page of a long answer.

An answer id is the id of the message or interaction that asked. The pages of a long answer
come from ``AnswerMemory``: recent answers only, bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

import discord
from discord import ui

from bot.ttl import TTLCache

ASK_PREFIX = "wic:ask:"
FEEDBACK_PREFIX = "wic:fb:"
UP_PREFIX = FEEDBACK_PREFIX + "up:"  # + the answer's feedback token (never the question)
DOWN_PREFIX = FEEDBACK_PREFIX + "down:"
RECENT_PAGED = 200  # long answers whose pages can still be turned


class ButtonHandler(Protocol):
    """What the buttons call: the Answering cog."""

    async def ask_button(self, interaction: discord.Interaction, question: str) -> None: ...

    async def feedback_button(self, interaction: discord.Interaction, custom_id: str) -> None: ...

    async def page_button(
        self, interaction: discord.Interaction, answer_id: str, page: int
    ) -> None: ...


def _handler(interaction: discord.Interaction) -> ButtonHandler:
    client: Any = interaction.client
    cog: ButtonHandler = client.get_cog("Answering")
    return cog


class AskButton(ui.DynamicItem[ui.Button[Any]], template=r"wic:ask:(?P<question>.+)"):
    """A suggested follow-up question: pressing it asks it."""

    def __init__(self, question: str) -> None:
        super().__init__(
            ui.Button(
                label=question[:80],
                style=discord.ButtonStyle.secondary,
                custom_id=self.custom_id_for(question),
            )
        )
        self.question = question

    @staticmethod
    def custom_id_for(question: str) -> str:
        return ASK_PREFIX + question

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> AskButton:
        return cls(match["question"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _handler(interaction).ask_button(interaction, self.question)


class FeedbackButton(ui.DynamicItem[ui.Button[Any]], template=r"wic:fb:(?P<rest>.{0,93})"):
    """👍 / 👎 on one answer, naming it by its feedback token.

    The template takes any ``wic:fb:`` id, so a forged or malformed one is still answered
    (``feedback.handle`` refuses it) rather than left to fail silently.
    """

    def __init__(self, custom_id: str) -> None:
        super().__init__(
            ui.Button(
                emoji="👎" if custom_id.startswith(DOWN_PREFIX) else "👍",
                style=discord.ButtonStyle.secondary,
                custom_id=custom_id,
                row=1,
            )
        )

    @classmethod
    def vote(cls, token: str, *, up: bool) -> FeedbackButton:
        return cls((UP_PREFIX if up else DOWN_PREFIX) + token)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> FeedbackButton:
        return cls(match.string)

    async def callback(self, interaction: discord.Interaction) -> None:
        await _handler(interaction).feedback_button(interaction, self.custom_id)


class PageButton(
    ui.DynamicItem[ui.Button[Any]],
    template=r"wic:pg:(?P<answer>[0-9]{1,25}):(?P<page>-?[0-9]{1,3}):(?P<dir>[pn])",
):
    """Previous / next page of a long answer (disabled at either end)."""

    def __init__(self, answer_id: str, page: int, pages: int, *, previous: bool) -> None:
        # The direction is part of the id: at the ends both buttons may point at one page,
        # and custom ids must be unique within a message.
        direction = "p" if previous else "n"
        super().__init__(
            ui.Button(
                label="◀ Previous" if previous else "Next ▶",
                style=discord.ButtonStyle.primary,
                custom_id=f"wic:pg:{answer_id}:{page}:{direction}",
                disabled=not 0 <= page < pages,
                row=2,
            )
        )
        self.answer_id = answer_id
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(match["answer"], int(match["page"]), 1_000, previous=match["dir"] == "p")

    async def callback(self, interaction: discord.Interaction) -> None:
        await _handler(interaction).page_button(interaction, self.answer_id, self.page)


DYNAMIC_ITEMS = (AskButton, FeedbackButton, PageButton)


@dataclass(frozen=True, slots=True)
class Paged:
    """A long answer's pages (as embed dicts) and its buttons besides page turning."""

    pages: tuple[dict[str, Any], ...]
    suggestions: tuple[str, ...]
    feedback: str | None  # the answer's feedback token, if it has 👍 / 👎


class AnswerMemory:
    """Recent long answers' pages, by answer id.

    Bounded (the oldest entries go first), so memory stays flat however many questions are
    answered; an old long answer's page buttons say to ask again.
    """

    def __init__(self, paged: int = RECENT_PAGED) -> None:
        self._paged: TTLCache[int, Paged] = TTLCache(paged)  # int keys keep an entry small

    def remember_pages(self, answer_id: str, paged: Paged) -> None:
        self._paged.put(int(answer_id), paged)

    def pages(self, answer_id: str) -> Paged | None:
        return self._paged.get(int(answer_id))

    def __len__(self) -> int:
        return len(self._paged)
