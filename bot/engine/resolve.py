"""Resolving references ("the 4th", "2016", "latest", "the one after that") to editions."""

from __future__ import annotations

import bisect
import datetime as dt

from .answer import Context
from .model import Edition, FactsFile, Upcoming
from .reading import Ref
from .records import record


@record()
class NoSuch:
    """A reference to an edition that does not exist."""

    kind: str  # ordinal | year | previous (of the first edition)
    value: int


Target = Edition | NoSuch | Upcoming
_YEAR_SHIFT = {"this_year": 0, "last_year": -1, "next_year": 1}


class Index:
    """The editions of one knowledge version, looked up every way a question names them."""

    def __init__(self, facts: FactsFile) -> None:
        self.facts = facts
        eds = sorted(facts.editions, key=lambda e: e.year)
        self.editions: tuple[Edition, ...] = tuple(eds)
        self.by_year = {e.year: e for e in eds}
        self.by_ordinal = {e.ordinal: e for e in eds if e.ordinal is not None}
        self.by_count = {e.count: e for e in eds if e.count is not None}
        dated = sorted(((e.start, e) for e in eds if e.start), key=lambda p: (p[0], p[1].year))
        self._held = tuple(e for _, e in dated if e.status == "held")
        self._held_starts = tuple(d for d, e in dated if e.status == "held")
        self._dated = tuple(e for _, e in dated if e.status != "cancelled")
        self._dated_starts = tuple(d for d, e in dated if e.status != "cancelled")

    def edition(self, year: int) -> Edition | None:
        """The edition held in ``year``, if any."""
        return self.by_year.get(year)

    def years(self, years: tuple[int, ...]) -> tuple[Edition, ...]:
        """The editions of the years given (a conversation's), skipping unknown ones."""
        return tuple(e for y in years if (e := self.by_year.get(y)))

    def held(self, today: dt.date) -> tuple[Edition, ...]:
        """Editions that have started by ``today``."""
        return tuple(e for e in self.editions if e.start and e.start <= today)

    def latest(self, today: dt.date) -> Edition | None:
        """The most recent edition that has started by ``today``."""
        i = bisect.bisect_right(self._held_starts, today)
        return self._held[i - 1] if i else None

    def upcoming(self, today: dt.date) -> Edition | Upcoming | None:
        """The next edition after ``today``: announced, or what the file says about it."""
        i = bisect.bisect_right(self._dated_starts, today)
        if i < len(self._dated):
            return self._dated[i]
        nxt = self.facts.series.next
        if nxt is not None and nxt.year not in self.by_year:
            return nxt
        return None

    def resolve(self, ref: Ref, today: dt.date, ctx: Context | None) -> Target | None:
        """The edition (or missing edition, or announced next one) a reference names."""
        if ref.kind == "ordinal":
            ed = self.by_ordinal.get(ref.value) or self.by_count.get(ref.value)
            return ed or NoSuch("ordinal", ref.value)
        if ref.kind in ("year", "years_ago", *_YEAR_SHIFT):
            return self._year(ref, today)
        if ref.kind == "first":
            return self.editions[0] if self.editions else None
        if ref.kind == "latest":
            return self.latest(today)
        if ref.kind == "from_last":  # "the third most recent": counted back from the latest
            i = bisect.bisect_right(self._held_starts, today) - ref.value
            return self._held[i] if i >= 0 else None
        if ref.kind == "next":
            return self.upcoming(today)
        if ref.kind in ("previous", "following"):
            return self._neighbour(ref.kind, today, ctx)
        return None

    def _year(self, ref: Ref, today: dt.date) -> Target:
        year = ref.value
        if ref.kind == "years_ago":
            year = today.year - ref.value
        elif ref.kind != "year":
            year = today.year + _YEAR_SHIFT[ref.kind]
        if year in self.by_year:
            return self.by_year[year]
        nxt = self.facts.series.next
        if nxt is not None and nxt.year == year:
            return nxt
        return NoSuch("year", year)

    def _neighbour(self, kind: str, today: dt.date, ctx: Context | None) -> Target | None:
        # Relative to the edition the conversation is about (else the latest one); of several,
        # "the year after" follows the last of them, "the one before" precedes the first
        at = -1 if kind == "following" else 0
        base = self.by_year.get(ctx.editions[at]) if ctx and ctx.editions else None
        upcoming = self.upcoming(today)
        talked_next = (
            isinstance(upcoming, Upcoming)
            and ctx is not None
            and ctx.editions[:1] == (upcoming.year,)
        )
        if base is None and talked_next and kind == "previous":
            return self.latest(today)  # "and the one before?" after the next one: the latest
        base = base or self.latest(today)
        if base is None:
            return None
        found = self.neighbour(kind, base, today)
        if found is None and kind == "previous":
            return NoSuch("previous", base.year)  # "and the one before?" of the first: none
        return found

    def neighbour(self, kind: str, base: Edition, today: dt.date) -> Target | None:
        """The edition before (``previous``) or after (``following``) ``base``."""
        if kind == "previous":
            earlier = [e for e in self.editions if e.year < base.year]
            return earlier[-1] if earlier else None
        later = [e for e in self.editions if e.year > base.year]
        return later[0] if later else self.upcoming(today)
