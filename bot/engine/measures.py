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
    # the source's own words give it as "N-odd" (1800多, 300余): below the next round step
    odd: bool = False
    part: bool = False  # it counts part of the whole ("on site"): the whole has no upper bound

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
        said = f.quote or next((a.quote for a in e.attendance if f in a.figures), None)
        if _part(f):  # "more than 1,800 guests (on site)": the whole was at least that
            return Measure(e, f.number, R.figure(f), source, False, "lower", part=True)
        return Measure(
            e, f.number, R.figure(f), source, not f.qualifier, bound(f.qualifier), odd(said, f)
        )
    if attribute.startswith("attr:"):
        if kind not in ("people", ""):  # "how many countries exhibited": a further figure
            subs = [(f, d) for d in e.details if d.about == attribute[5:] for f in d.figures]
            subs = [(f, d) for f, d in subs if f.kind == kind]
            if not subs:
                return _rest(R, e, attribute, kind)
            f, d = max(subs, key=lambda fd: fd[0].number)
            return Measure(
                e,
                f.number,
                R.figure(f),
                d.source or "",
                not f.qualifier,
                bound(f.qualifier),
                odd(f.quote or d.quote, f),
            )
        found = [d for d in e.details if d.about == attribute[5:] and d.number is not None]
        if not found:
            return None
        d = max(found, key=lambda d: d.number or 0)
        shown = R.detail_figure(d)
        n = d.number or 0
        return Measure(
            e, n, shown, d.source or "", not d.qualifier, bound(d.qualifier), _odd(d.quote, n)
        )
    return None


def _rest(R: Renderer, e: Edition, attribute: str, kind: str) -> Measure | None:
    """A kind that is the rest of a part ("not from abroad"): the fact's main count less the
    part, where a detail gives both exactly — a bound on either gives nothing."""
    rest = next((k for k in R.kb.vocabulary.figure_kinds if k.id == kind), None)
    if rest is None or rest.rest_of is None:
        return None
    for d in e.details:
        parts = [f for f in d.figures if f.kind == rest.rest_of]
        if d.about != attribute[5:] or d.number is None or d.qualifier or len(parts) != 1:
            continue
        part = parts[0]
        if part.qualifier or not 0 <= part.number <= d.number:
            continue
        n = d.number - part.number
        unit = (d.unit_zh or "") if R.zh else (d.unit or "")
        shown = R.tpl(
            "figure_rest",
            number=f"{n:,}",
            unit=unit,
            part=R.figure_label(rest.rest_of),
            whole=f"{d.number:,}",
            count=f"{part.number:,}",
        )
        return Measure(e, n, shown, d.source or "", True)
    return None


def measures(R: Renderer, e: Edition, attribute: str, kind: str) -> list[Measure]:
    """Every source's value for the attribute (attendance can have several), the one
    ``measure`` picks first."""
    first = measure(R, e, attribute, kind)
    if first is None or attribute != "attendance":
        return [first] if first is not None else []
    out = [first]
    for att in e.attendance:
        for f in att.figures:
            if f.kind != kind or (f.number == first.value and bound(f.qualifier) == first.bound):
                continue
            said = f.quote or att.quote
            shown = R.figure(f)
            out.append(
                Measure(
                    e,
                    f.number,
                    shown,
                    att.source,
                    not f.qualifier,
                    bound(f.qualifier),
                    odd(said, f),
                )
            )
    return out


def label_of(R: Renderer, attribute: str, kind: str, eng: Composer) -> str:
    if attribute.startswith("attr:"):
        label = eng.attribute_label(R, attribute[5:])
        if kind not in ("people", ""):  # "the Light of the Internet Expo (countries and regions)"
            # (a part of the count — "exhibitors (from abroad)" — or another count of the
            # thing: "issues of the sub-forums", never "42 sub-forums (issues)")
            part = any(k.id == kind and k.part for k in eng.kb.vocabulary.figure_kinds)
            key = "figure_of" if part or kind == "places" else "figure_kind_of"
            return R.tpl(key, kind=eng.figure_label(R, kind), what=label)
        return R.counted_label(attribute[5:])  # "300 exhibitors", not "300 … Expo"
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


def _part(f: Figure) -> bool:
    """Whether a figure counts only part of those who took part ("on site", "invited"): a
    note that does not say it counts online and offline together."""
    note = (f.note or "").casefold()
    return bool(note) and "online" not in note


def odd(quote: str | None, f: Figure) -> bool:
    """Whether the source's own words give the figure as "N-odd" (1800多, 300余)."""
    return bool(f.qualifier) and _odd(quote, f.number)


def _odd(quote: str | None, n: int) -> bool:
    if not quote:
        return False
    said = quote.replace(",", "")
    return any(f"{n}{mark}" in said for mark in ("多", "余", "餘"))


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
        if b == "lower" and m.odd and v + step(v) <= n:
            return False  # "1800余" (more than 1,800) is 1,800-odd: not more than 1,900
        if b == "about":
            return True if v > n * 1.1 else False if v < n * 0.9 else None
        return None
    if comparator == "less":
        flipped = settles(m, "more", n - 1)
        return None if flipped is None else not flipped
    if comparator == "least":  # "at least 20": more than 19
        return settles(m, "more", n - 1)
    if comparator == "most":  # "at most 19": fewer than 20
        return settles(m, "less", n + 1)
    if b == "lower" and m.odd and comparator in ("exact", "") and v + step(v) <= n:
        return False  # "more than 300" (300余) is short of 400: neither exactly nor as worded
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
    if b in ("lower", "about") and v == n:
        return True  # "did 1,800 guests attend?": more than (about) 1,800 did, as reported
    if (b == "lower" and v >= n) or (b == "upper" and v <= n):
        return False  # more than n, or fewer than n: not exactly n
    return None if b == "about" and abs(v - n) <= n * 0.1 else False if b == "about" else None


def settles_between(m: Measure, low: int, high: int) -> bool | None:
    """Whether the reported figure lies from ``low`` to ``high`` (both included)."""
    above, below = settles(m, "least", low), settles(m, "most", high)
    if above is False or below is False:
        return False
    return True if above and below else None


def span(m: Measure) -> tuple[float, float]:
    """The least and the most a reported figure allows, by its source's qualifier."""
    if m.part:
        return (float(m.value), float("inf"))
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
