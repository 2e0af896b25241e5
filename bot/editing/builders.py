"""Edits built from what a moderator typed: an edition's field, a Q&A item, a new phrasing.

Everything here is pure: it turns form text and the live knowledge into ``Edit`` values that
address items by identity (an edition's year, a Q&A item's id, an intent's id), never by
position.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, Literal, get_args

from bot.engine import IntentId, Knowledge

from .splice import AppendItem, Edit, EditError, PathPart, RemoveItem, SetValue, Where

EditionField = Literal[
    "name",
    "name_zh",
    "theme",
    "theme_zh",
    "start",
    "end",
    "dates_note",
    "place",
    "note",
    "highlights",
]
EDITION_FIELDS: tuple[str, ...] = get_args(EditionField)
LIST_FIELDS = frozenset({"highlights"})
DATE_FIELDS = frozenset({"start", "end"})
REQUIRED_FIELDS = frozenset({"name"})
LONG_FIELDS = frozenset({"theme", "theme_zh", "note", "dates_note", "highlights"})
# The topic to ask about in the preview's sample question, per edited field.
SAMPLE_TOPIC = {
    "theme": "theme",
    "theme_zh": "theme",
    "start": "dates",
    "end": "dates",
    "dates_note": "dates",
    "place": "place",
    "highlights": "highlights",
}
# Intents moderators may teach phrasings to (the rest are small talk).
TEACHABLE: tuple[str, ...] = tuple(
    i
    for i in get_args(IntentId)
    if i not in ("help", "greeting", "thanks", "followup", "unsupported")
)
FAQ_ID_MAX = 64  # as the schema allows
YEAR_DIGITS = 4


def field_text(value: object) -> str:
    """How a field's current value is shown in a form."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return "\n".join(str(v) for v in value)
    return str(value)


def parse_field(field: str, text: str) -> object:
    """The typed value for an edition field from the form's text (ValueError: why not)."""
    text = text.strip()
    if field in LIST_FIELDS:
        return [line.strip() for line in text.splitlines() if line.strip()] or None
    if not text:
        if field in REQUIRED_FIELDS or field in DATE_FIELDS:
            raise ValueError(f"{field} cannot be empty.")
        return None
    if field in DATE_FIELDS:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            shown = text[:40]
            raise ValueError(f"{field} must be a date like 2017-12-03, not “{shown}”.") from None
    return text


def edition_edit(year: int, field: str, text: str) -> SetValue:
    """Set one field of the edition of ``year``."""
    if field not in EDITION_FIELDS:
        raise EditError(f"{field} is not an editable field")
    return SetValue("facts", ("editions", Where("year", year)), field, parse_field(field, text))


def parse_year(text: str) -> int | None:
    """A year typed in a form: ASCII digits only ("²" is not a year), else None."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= YEAR_DIGITS:
        return int(text)
    return None


_SAFE_ID = re.compile(r"[^a-z0-9]+")


def new_faq_id(existing: set[str], question: str) -> str:
    """A readable unique id for a new Q&A item, from its first question (≤ 64 characters)."""
    base = _SAFE_ID.sub("-", question.lower()).strip("-")[:40].strip("-") or "item"
    candidate, n = base, 2
    while candidate in existing:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def faq_edits(kb: Knowledge, item_id: str | None, values: Mapping[str, str]) -> list[Edit]:
    """The edits a Q&A form asks for: a new item (``item_id`` None) or changes to one.

    ``values`` has "questions" (one per line), "answer", "answer_zh", "edition".
    Raises ValueError with a message for the moderator.
    """
    questions = [line.strip() for line in values["questions"].splitlines() if line.strip()]
    if not questions:
        raise ValueError("Give at least one question.")
    answer = values["answer"].strip()
    if not answer:
        raise ValueError("Give an answer.")
    edition_text = values["edition"].strip()
    edition = parse_year(edition_text) if edition_text else None
    if edition_text and edition is None:
        raise ValueError("The edition is a year, like 2017.")
    answer_zh = values["answer_zh"].strip() or None
    if item_id is None:
        item: dict[str, Any] = {
            "id": new_faq_id({qa.id for qa in kb.facts.faq}, questions[0]),
            "questions": questions,
            "answer": answer,
        }
        if answer_zh:
            item["answer_zh"] = answer_zh
        if edition is not None:
            item["edition"] = edition
        return [AppendItem("facts", ("faq",), item)]
    path = ("faq", Where("id", item_id))
    return [
        SetValue("facts", path, "questions", questions),
        SetValue("facts", path, "answer", answer),
        SetValue("facts", path, "answer_zh", answer_zh),
        SetValue("facts", path, "edition", edition),
    ]


def faq_remove(item_id: str) -> RemoveItem:
    return RemoveItem("facts", ("faq",), Where("id", item_id))


def teach_edits(kb: Knowledge, target: str, phrasing: str) -> list[Edit] | None:
    """Ways to teach ``phrasing`` to ``target`` ("intent:dates" or "faq:logo"), best first:
    appending to the list on disk, else setting the list (when it is empty or missing).

    Neither depends on the live knowledge's copy of the list, so a phrasing added meanwhile
    (or a file on disk that differs from the live version) is never overwritten. ``kb`` only
    says which targets exist. None if ``target`` is not one.
    """
    kind, _, name = target.partition(":")
    known = any(intent.id == name for intent in kb.vocabulary.intents)
    if kind == "intent" and name in TEACHABLE and known:
        path: tuple[PathPart, ...] = ("intents", Where("id", name))
        return [
            AppendItem("vocabulary", (*path, "phrasings"), phrasing),
            SetValue("vocabulary", path, "phrasings", [phrasing]),
        ]
    if kind == "faq" and any(qa.id == name for qa in kb.facts.faq):
        path = ("faq", Where("id", name))
        return [
            AppendItem("facts", (*path, "questions"), phrasing),
            SetValue("facts", path, "questions", [phrasing]),
        ]
    return None
