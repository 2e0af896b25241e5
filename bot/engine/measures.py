"""Comparable values: one edition's figure for an attribute, as its source words it, and what
a source's qualifier ("more than", "about") lets an answer conclude."""

from __future__ import annotations

import datetime as dt

from .compose import Composer
from .model import Edition, Figure
from .query import Query
from .records import record
from .render import Renderer
from .results import Reported


@record()
class Measure:
    """One edition's value for a comparable attribute, as its source words it."""

    edition: Edition
    value: int
    shown: str  # "more than 2,100 participants"
    source: str  # "People's Daily" or ""
    exact: bool  # no "about" or "more than"
    bound: str = "exact"  # exact | lower ("more than") | upper ("nearly") | about ("about")

    def figure(self) -> Reported:
        """The measure as a result value."""
        return Reported(self.edition.year, self.value, self.shown, self.bound, self.source)


def measure(R: Renderer, e: Edition, attribute: str, kind: str) -> Measure | None:
    """The comparable value of ``attribute`` for one edition, if the knowledge has it."""
    if attribute == "calendar" and e.start:
        return Measure(e, e.start.month * 100 + e.start.day, R.month_day(e.start), "", True)
    if attribute in ("duration", "dates", "start", "end") and e.start and e.end:
        days = (e.end - e.start).days + 1
        return Measure(e, days, R.days(days), "", True)
    if attribute == "attendance":
        best: tuple[Figure, str] | None = None
        for att in e.attendance:
            for f in att.figures:
                if f.kind == kind and (best is None or f.number > best[0].number):
                    best = (f, att.source)
        if best is None:
            return None
        f, source = best
        return Measure(e, f.number, R.figure(f), source, not f.qualifier, bound(f.qualifier))
    if attribute.startswith("attr:"):
        if kind not in ("people", ""):  # "how many countries exhibited": a further figure
            subs = [(f, d) for d in e.details if d.about == attribute[5:] for f in d.figures]
            subs = [(f, d) for f, d in subs if f.kind == kind]
            if not subs:
                return None
            f, d = max(subs, key=lambda fd: fd[0].number)
            return Measure(
                e, f.number, R.figure(f), d.source or "", not f.qualifier, bound(f.qualifier)
            )
        found = [d for d in e.details if d.about == attribute[5:] and d.number is not None]
        if not found:
            return None
        d = max(found, key=lambda d: d.number or 0)
        shown = R.detail_figure(d)
        return Measure(e, d.number or 0, shown, d.source or "", not d.qualifier, bound(d.qualifier))
    return None


def label_of(R: Renderer, attribute: str, kind: str, eng: Composer) -> str:
    if attribute.startswith("attr:"):
        label = eng.attribute_label(R, attribute[5:])
        if kind not in ("people", ""):  # "the Light of the Internet Expo (countries and regions)"
            return R.tpl("figure_of", kind=eng.figure_label(R, kind), what=label)
        return label
    if attribute in ("duration", "dates", "start", "end"):
        return R.tpl("what_days")  # "had more days (3 days)", never "more participants"
    return R.tpl("what_places" if kind == "places" else "what_people")


_LOWER = frozenset({"more than", "over", "at least", "above", "upwards of", "more"})


_UPPER = frozenset({"nearly", "almost", "under", "less than", "fewer than", "up to"})


def bound(qualifier: str | None) -> str:
    """What a source's qualifier says about the true value."""
    if not qualifier:
        return "exact"
    q = qualifier.casefold()
    return "lower" if q in _LOWER else "upper" if q in _UPPER else "about"


def step(v: int) -> int:
    """The rounding step of a reported round figure: 100 for 1,800, 1,000 for 2,000, 10 for
    120. "More than 1,800" is read as the reports write it (1800余): below the next step."""
    s = 1
    while v and v % (s * 10) == 0:
        s *= 10
    return s


def settles(m: Measure, comparator: str, n: int) -> bool | None:
    """Whether the reported figure answers "more than / fewer than / exactly n": True, False,
    or None where the source's own qualifier leaves it open."""
    v, b = m.value, m.bound
    if comparator == "more":
        if b in ("exact", "lower") and v >= n + (b == "exact"):
            return True
        if b in ("exact", "upper") and v <= n:
            return False
        if b == "lower" and v + step(v) <= n:
            return False  # "more than 1,800" (1800余) is 1,800-odd: not more than 1,900
        if b == "about":
            return True if v > n * 1.1 else False if v < n * 0.9 else None
        return None
    if comparator == "less":
        flipped = settles(m, "more", n - 1)
        return None if flipped is None else not flipped
    if comparator == "exact":  # "exactly 1,000": a bound never settles it as yes
        if b == "exact":
            return v == n
        return False if (b == "lower" and v >= n) or (b == "upper" and v <= n) else None
    if comparator == "about":
        near = abs(v - n) <= n * 0.1
        if b in ("exact", "about"):
            return near
        return False if (b == "lower" and v > n * 1.1) or (b == "upper" and v < n * 0.9) else None
    if b == "exact":
        return v == n
    if b == "lower" and v == n:
        return True  # "did 1,800 guests attend?": more than 1,800 did
    if (b == "lower" and v >= n) or (b == "upper" and v <= n):
        return False  # more than n, or fewer than n: not exactly n
    return None if b == "about" and abs(v - n) <= n * 0.1 else False if b == "about" else None


def span(m: Measure) -> tuple[float, float]:
    """The least and the most a reported figure allows, by its source's qualifier."""
    return allowed(m.value, m.bound)


def allowed(value: float, bound: str) -> tuple[float, float]:
    """The least and the most a value with this bound allows."""
    v = float(value)
    # As reports use them, "more than 1,800" (1800余) is 1,800 and some: within a tenth
    if bound == "lower":
        return (v, v * 1.1)
    if bound == "upper":
        return (v * 0.9, v)
    if bound == "about":
        return (v * 0.9, v * 1.1)
    return (v, v)


def comparable(q: Query) -> str:
    if q.calendar:
        return "calendar"
    for a in q.attributes:
        if a.startswith("attr:") or a in ("attendance", "duration"):
            return a
    if any(a in ("dates", "start", "end") for a in q.attributes) and q.unit == "days":
        return "duration"
    return "duration" if "duration" in q.attributes or q.unit == "days" else "attendance"


def counted(q: Query) -> bool:
    return any(a.startswith("attr:") or a in ("attendance", "duration") for a in q.attributes)


def day(d: dt.date | None) -> dt.date:
    """A date the caller has already checked is known."""
    if d is None:
        raise ValueError("date not known")
    return d
