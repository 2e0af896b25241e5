"""What the understanding step finds in one question: references to editions, and the
reading that parsing turns into a query."""

from __future__ import annotations

from typing import NamedTuple

from .text import Text

RefKind = str  # ordinal | year | first | latest | next | previous | this_year | ...


class Ref(NamedTuple):
    """A reference to an edition: by ordinal, by year, or by position (latest, next…).

    A named tuple: made, compared and hashed in C (a question makes and compares several),
    and hashed as the record it was (``hash((kind, value))``), so sets of them keep their order."""

    kind: RefKind
    value: int = 0


class Reading(NamedTuple):
    """What the understanding step found in one question.

    A named tuple, not a frozen dataclass: equally immutable, and built once per question in
    a fraction of the time (a frozen dataclass sets its 19 fields one call at a time)."""

    text: Text
    refs: tuple[Ref, ...]
    intents: tuple[tuple[str, float], ...]  # best first
    # (index into facts.faq, score 0-1, whether the matched phrasing itself contains the
    # question's edition words, as in "the first ... report"), best first
    faq: tuple[tuple[int, float, bool], ...]
    series_named: bool
    event_noun: bool
    unknown: tuple[str, ...]  # words we do not know, even allowing for typos
    corrections: int  # words we read as typos of known words
    months: tuple[int, ...]
    content: tuple[str, ...]  # meaningful words, corrected
    words: tuple[str, ...] = ()  # every word, chat spellings and typos corrected
    cues: tuple[str, ...] = ()  # operation cues found (verify, most, between…), in order
    corrected: tuple[tuple[str, str], ...] = ()  # (as typed, read as)
    intent_at: tuple[tuple[str, int], ...] = ()  # where each intent's first signal stands
    zh_rest: tuple[str, ...] = ()  # Chinese text no vocabulary explains (names, quotes…)
    # ``words`` and the intents' names as sets: the parse asks "is this word here?" often
    word_set: frozenset[str] = frozenset()
    signalled: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.text.words and not self.text.han

    @property
    def lang(self) -> str:
        return "zh" if self.text.chinese else "en"

    def intent(self, name: str) -> float:
        if name not in self.signalled:
            return 0.0
        return next(score for n, score in self.intents if n == name)
