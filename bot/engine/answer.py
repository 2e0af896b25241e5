"""The answer value every adapter renders: facts stated, or an honest decline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .records import record
from .results import Result, as_json

if TYPE_CHECKING:
    from .query import Query


@record()
class Source:
    """Where one stated fact comes from: who said it, where, when, and in which words."""

    name: str
    url: str | None = None
    date: dt.date | None = None
    quote: str | None = None

    def as_json(self) -> dict[str, object]:
        """The source in ``--json`` output."""
        return {
            "name": self.name,
            "url": self.url,
            "date": self.date.isoformat() if self.date else None,
            "quote": self.quote,
        }


@record()
class Answer:
    """A structured answer that each adapter renders; ``answered`` means facts were stated."""

    answered: bool
    intent: str
    editions: tuple[int, ...] = ()
    confidence: float = 0.0
    title: str = ""
    text: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    sources: tuple[Source, ...] = ()  # of exactly the facts the text states
    suggestions: tuple[str, ...] = ()
    lang: str = "en"
    operation: str = "lookup"  # lookup, verify, compare, superlative, … or decline
    result: Result | None = None  # what a ranking, comparison or verdict found, unworded
    # of ``editions``, those a selection settled (the rest it left open): what "which of
    # those…" runs over next; () where all of them are
    settled: tuple[int, ...] = ()

    def as_json(self, question: str) -> dict[str, object]:
        """The public one-line JSON contract of ``wic-bot ask --json``."""
        return {
            "question": question,
            "answered": self.answered,
            "intent": self.intent,
            "editions": list(self.editions),
            "operation": self.operation,
            "confidence": round(self.confidence, 3),
            "text": self.text,
            "sources": [source.as_json() for source in self.sources],
            "result": as_json(self.result),
        }

    @property
    def links(self) -> tuple[str, ...]:
        """The URLs of the answer's sources, once each."""
        return tuple(dict.fromkeys(s.url for s in self.sources if s.url))


@record()
class Context:
    """What a conversation was about, so follow-ups resolve. Belongs to one user in one place."""

    editions: tuple[int, ...] = ()
    intent: str | None = None
    at: float = 0.0  # caller's clock (seconds) when the turn was answered
    query: Query | None = None  # the last question, so "and the one before?" repeats it
    earlier: tuple[int, ...] = ()  # the editions of the turn before: "which of those two…"
    question: str = ""  # the last question answered: "in chinese pls" asks it again in Chinese
    # the editions of the last few one-edition turns, oldest first: "which of the three…"
    history: tuple[int, ...] = ()
    listed: tuple[int, ...] = ()  # the last list answered: "the 2nd of those", a turn later
    # the editions of the one-edition turns in a row that asked the same thing (2017's
    # sub-forums, "and 2018?", "and 2019?"): "average of those" is over all three
    run: tuple[int, ...] = ()
    # what the last filter selected, even one edition or none: "how many of those…" a turn
    # later is of them (None: the last answer was no filter)
    picked: tuple[int, ...] | None = None
    # the parts of a kind of fact the conversation named ("award", 奖): "was there a leading
    # technology award in 2023?" → "and 2016?" still asks of the award, not the achievements
    parts: tuple[str, ...] = ()


@record()
class Reply:
    """An answer and the conversation state to pass with the next question."""

    answer: Answer
    context: Context
