"""Forms (modals) that edit an edition's field or a Q&A item.

A form records what it was opened against — the file's version, and the item by its identity
(an edition's year, a Q&A item's id), never its position — so Confirm can refuse if anything
changed meanwhile. A value longer than a form can hold is never cut: the form is refused and
the moderator is pointed to the file.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.editing import FileVersions, StaleEdit
from bot.editing.builders import LIST_FIELDS, LONG_FIELDS, field_text

from .. import render
from .state import PENDING_TTL

INPUT_MAX = 4000  # Discord's limit for a text input's value
LABEL_MAX = 45
TITLE_MAX = 45

Submit = Callable[[discord.Interaction, dict[str, str]], Awaitable[None]]


class TooLong(ValueError):
    """A current value does not fit in a form."""


class _Input(discord.ui.TextInput["FormModal"]):
    """A text input inside a Label: the Label carries its text, so the deprecated label
    field of the input itself is left out of the payload rather than sent as null."""

    def to_component_dict(self) -> Any:
        payload: dict[str, Any] = dict(super().to_component_dict())
        if payload.get("label") is None:
            payload.pop("label", None)
        return payload


class FormModal(discord.ui.Modal):
    """A form whose answers go to ``submit`` as {field key: text}; each input in a Label."""

    def __init__(
        self,
        title: str,
        fields: list[tuple[str, str, str, bool, bool]],  # key, label, default, long, required
        submit: Submit,
    ) -> None:
        super().__init__(title=render.clip(title, TITLE_MAX), timeout=PENDING_TTL)
        self._submit = submit
        self._inputs: dict[str, _Input] = {}
        for key, label, default, long, required in fields:
            if len(default) > INPUT_MAX:
                raise TooLong(
                    f"The current {key} is {len(default):,} characters; a Discord form holds "
                    f"at most {INPUT_MAX:,}, and a cut value would be saved cut. Edit it in "
                    "the knowledge file instead."
                )
            text_input = _Input(
                style=discord.TextStyle.paragraph if long else discord.TextStyle.short,
                default=default or None,
                required=required,
                max_length=INPUT_MAX,
            )
            self._inputs[key] = text_input
            self.add_item(
                discord.ui.Label(text=render.clip(label, LABEL_MAX), component=text_input)
            )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self._submit(interaction, {k: v.value for k, v in self._inputs.items()})


def opened_versions(versions: Callable[[], FileVersions], live: str) -> FileVersions:
    """The file versions a form is opened against; StaleEdit if the live engine (which
    pre-fills the form) is not the files on disk — wait for the reload, or /kb reload."""
    found = versions()
    if found.combined != live:
        raise StaleEdit
    return found


def edition_field_form(year: int, field: str, current: object, submit: Submit) -> FormModal:
    label = f"{field} (one per line)" if field in LIST_FIELDS else field
    default = field_text(current)
    return FormModal(
        f"{year}: {field}", [(field, label, default, field in LONG_FIELDS, False)], submit
    )


def faq_form(
    title: str,
    questions: str,
    answer: str,
    answer_zh: str,
    edition: str,
    submit: Submit,
) -> FormModal:
    fields = [
        ("questions", "Questions people ask (one per line)", questions, True, True),
        ("answer", "Answer", answer, True, True),
        ("answer_zh", "Answer in Chinese (optional)", answer_zh, True, False),
        ("edition", "Edition year, if about one (optional)", edition, False, False),
    ]
    return FormModal(title, fields, submit)
