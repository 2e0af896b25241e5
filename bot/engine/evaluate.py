"""Evaluation of the operations beyond a look-up and a yes/no: compare, superlative,
difference, filters, reverse look-ups, typical values and frequency.

Each function takes the resolved editions and the query, and returns an ``Answer`` worded by
the renderer. Figures keep their source's qualifier; where the knowledge lacks a fact for some
editions, the answer says which.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable

from .answer import Answer
from .compose import Composer
from .measures import Measure, comparable, counted, day, label_of, measure, measures, span
from .model import Edition
from .query import Claim, Query
from .quotes import (
    MANNER,
    attending,
    hedged,
    manner_of,
    mentions,
    naming_parts,
    says_all,
    theme_holds,
)
from .records import replace
from .render import Renderer
from .results import Compared, Ranked
from .series import on_weekday
from .text import normalise


def superlative(
    eng: Composer,
    R: Renderer,
    q: Query,
    editions: tuple[Edition, ...],
    about: Edition | None = None,
) -> Answer:
    """Which edition has the most (or least) of the attribute asked; with ``about`` ("did 2023
    set a record?"), that edition's figure beside the extreme."""
    attribute = comparable(q)
    if attribute == "attendance" and q.attributes and "attendance" not in q.attributes:
        # "closest together (start dates)": no figure of ours was asked; attendance would
        # answer another question
        return eng.decline(R, "decline_unknown", 0.5)
    rows = [m for e in editions if (m := measure(R, e, attribute, q.measure)) is not None]
    missing = [
        e for e in editions if e.status == "held" and measure(R, e, attribute, q.measure) is None
    ]
    if not rows:
        return eng.decline(R, "decline_unknown", 0.6)
    most = q.direction != "least"
    if q.position > 1:
        return _placed(eng, R, q, rows, attribute, most)
    best = max(m.value for m in rows) if most else min(m.value for m in rows)
    top = [m for m in rows if m.value == best]
    timed = attribute in ("duration", "dates", "start", "end", "calendar")
    if len(rows) == 1 and missing and about is None and not timed:
        # "which expo had the most foreign exhibitors?" where one edition has the figure:
        # that figure, and that the others' are not on record — not a most of one
        m = rows[0]
        text = R.tpl(
            "extreme_only_one",
            name=R.name_year(m.edition),
            value=m.shown,
            extreme=R.tpl("extreme_most" if most else "extreme_least"),
            items=R.join([str(e.year) for e in missing]),
        )
        return replace(eng.refusal(R, text), editions=(m.edition.year,))
    if len(top) > 1:
        items = R.join([R.name_year(m.edition) for m in top])
        extreme = R.tpl("extreme_most" if most else "extreme_least")
        text = R.tpl("tie", items=items, extreme=extreme, value=top[0].shown)
    elif timed:
        m = top[0]
        days_key = "most_days" if most else "least_days"
        key = ("latest_day" if most else "earliest_day") if q.calendar else days_key
        text = R.tpl(key, name=R.name_year(m.edition), value=m.shown, dates=R.when(m.edition))
    else:
        m = top[0]
        source = f" ({m.source})" if m.source else ""
        text = R.tpl(
            "most" if most else "least",
            name=R.name_year(m.edition),
            what=label_of(R, attribute, q.measure, eng),
            value=m.shown,
            source=source,
        )
    # ("more than 2,100" against "more than 2,000": the qualifiers let the others reach it)
    lo_top, hi_top = span(top[0])
    rivals = [
        m for m in rows if m not in top and (span(m)[1] > lo_top if most else span(m)[0] < hi_top)
    ]
    if not timed and rivals and len(top) == 1:
        shown = R.join([f"{R.name_year(m.edition)} ({m.shown})" for m in rivals])
        text += " " + R.tpl("extreme_open_most" if most else "extreme_open_least", items=shown)
    elif not timed and not all(m.exact for m in rows):
        text += " " + R.tpl("approximate")
    if missing:
        text += " " + R.tpl("missing_for", items=R.join([str(e.year) for e in missing]))
    years = tuple(m.edition.year for m in top)
    if about is not None and (mine := measure(R, about, attribute, q.measure)) is not None:
        lead = R.tpl("figure_fact", name=R.name_year(about), value=mine.shown, what="")
        text = f"{lead} {text}"
        years = (about.year, *(y for y in years if y != about.year))
        if q.yes_no:
            # "was that the longest ever?": yes where its figure is the extreme, no other
            # figure could pass it and none is missing; no where another's least passes its
            # most
            others = [m for m in rows if m.edition is not about]
            lo, hi = span(mine)
            if most:
                beaten = any(span(m)[0] > hi for m in others)
                record = not any(span(m)[1] > lo for m in others if m.value != mine.value)
            else:
                beaten = any(span(m)[1] < lo for m in others)
                record = not any(span(m)[0] < hi for m in others if m.value != mine.value)
            if beaten or (record and mine.value == best and not missing):
                text = R.tpl("no" if beaten else "yes", fact=text)
    elif about is not None and q.yes_no:
        # "was 2026 the biggest one yet?" with no 2026 figure: unknown, beside the record
        text = R.tpl("record_unknown", name=R.name_year(about), fact=text)
        years = (about.year, *years)
    elif about is not None and about in missing:
        # "which had the biggest expo, including 2024?": the one named has no figure, so
        # which had the most is not known — the ranking of the others said beside it
        text = R.tpl("record_unknown", name=R.name_year(about), fact=text)
        refusal = eng.refusal(R, text)
        return replace(refusal, editions=(about.year, *years))
    ranked = Ranked(
        attribute, most, 1, tuple(m.figure() for m in top), tuple(e.year for e in missing)
    )
    return replace(eng.series_answer(R, "superlative", text, years), result=ranked)


def _placed(
    eng: Composer, R: Renderer, q: Query, rows: list[Measure], attribute: str, most: bool
) -> Answer:
    """The edition at a place in the ranking ("the second biggest"), ties sharing a place."""
    ordered = sorted(rows, key=lambda m: -m.value if most else m.value)
    # the nth figure (dense ranking: "the third most" is the third largest number, whatever
    # the ties above it), with the editions above named where ties put more than n-1 there
    distinct = sorted({m.value for m in ordered}, reverse=most)
    if q.position > len(distinct):
        return eng.decline(R, "decline_unknown", 0.6)
    value, place = distinct[q.position - 1], q.position
    above = [m for m in ordered if (m.value > value if most else m.value < value)]
    above = above if len(above) > place - 1 else []
    at = [m for m in ordered if m.value == value]
    items = R.join([f"{R.name_year(m.edition)}: {m.shown}" for m in at])
    what = label_of(R, attribute, q.measure, eng)
    key = "placed_most" if most else "placed_least"
    if q.calendar:  # ("the second earliest in the year": by the day, no figure)
        key = "placed_latest" if most else "placed_earliest"
    text = R.tpl(key, place=R.nth(place), items=items, what=what)
    if above:
        shown = R.join([f"{R.name_year(m.edition)}: {m.shown}" for m in above])
        text += " " + R.tpl("placed_above", items=shown)
    if not all(m.exact for m in rows):
        text += " " + R.tpl("approximate")
    years = tuple(m.edition.year for m in at)
    ranked = Ranked(attribute, most, place, tuple(m.figure() for m in at))
    return replace(eng.series_answer(R, "superlative", text, years), result=ranked)


def _distance_claimed(eng: Composer, R: Renderer, q: Query, a: Edition, b: Edition) -> Answer:
    """ "Did the 2018 edition open exactly 4 years after the first one?": the time between
    the two openings, with a yes only where it is that many whole units to the day, a no
    where the order or the count is wrong, and neither where it is that many in the
    editions' years but not to the day (3 years, 11 months and 19 days)."""
    gap = difference(eng, R, q._replace(yes_no=False), (a, b))
    if not gap.answered:
        return gap
    first, second = sorted((a, b), key=lambda e: day(e.start))
    start, end = day(first.start), day(second.start)
    later = (first is b) == (q.direction == "later")  # the one named first came later?
    n = int(q.number) if q.number is not None else 0
    days = (end - start).days
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    whole = {
        "days": (days, days == n),
        "weeks": (days // 7, days == 7 * n),
        "months": (months, months == n and end.day == start.day),
        "years": (months // 12, months == 12 * n and end.day == start.day),
    }[q.unit]
    counted, exact = whole
    if exact and later:
        verdict: str | None = "yes"
    elif not later or (counted != n and (q.unit != "years" or second.year - first.year != n)):
        verdict = "no"
    else:
        verdict = None  # that many in the editions' years, not to the day: the span says it
    if verdict is None:
        return gap
    return replace(gap, text=R.tpl(verdict, fact=gap.text), operation="compare")


def _chronology(eng: Composer, R: Renderer, q: Query, a: Edition, b: Edition) -> Answer:
    """Which of two editions came first (by date, not by the day of its year); asked "was A
    before B?" (or after), yes or no."""
    first, second = sorted((a, b), key=lambda e: day(e.start))
    text = R.tpl(
        "compare_before",
        first=R.name_year(first),
        second=R.name_year(second),
        a=R.date(day(first.start)),
        b=R.date(day(second.start)),
    )
    if q.yes_no:  # the claim is about the edition named first
        said_first = (first is a) == (q.direction == "earlier")
        text = R.tpl("yes" if said_first else "no", fact=text)
    return eng.series_answer(R, "compare", text, (a.year, b.year))


def contrast(
    R: Renderer, ma: Measure, mb: Measure, what: str, relative: bool = False, amount: bool = False
) -> str:
    """Two editions' figures side by side: which is larger, and by how much (as a ratio and a
    per cent change from the earlier one too, where ``relative`` asks it). Where the
    sources' qualifiers ("more than 2,100", "more than 2,000") leave the order open, it says
    it does not know which was larger, and gives both (with the reported numbers' difference
    where ``amount`` or ``relative`` asks by how much)."""
    pair = {
        "first": R.name_year(ma.edition),
        "second": R.name_year(mb.edition),
        "a": ma.shown,
        "b": mb.shown,
    }
    (a_lo, a_hi), (b_lo, b_hi) = span(ma), span(mb)
    if not (ma.exact and mb.exact) and not (a_lo >= b_hi or b_lo >= a_hi):
        # the ranges overlap: either could be larger, so neither is said to be; "how many
        # more?" gets the reported numbers' difference, said to be only that
        text = R.tpl("compare_open", what=what, **pair)
        if (amount or relative) and ma.value != mb.value:
            # (126 against "over 120": less than 6 either way; else only the reported
            # numbers' difference, which the true one may not be)
            gap = abs(ma.value - mb.value)
            most = max(a_hi - b_lo, b_hi - a_lo)
            key = "gap_less" if _bound_way(gap, 0, most) == "less" else "gap_reported"
            text += " " + R.tpl(key, n=f"{gap:,}")
            if relative and min(ma.value, mb.value) > 0:
                text += " " + _relative(R, ma, mb, exact=False)
            text += " " + R.tpl("approximate")
        return text
    if ma.value == mb.value:
        return R.tpl("compare_same", **pair)
    hi, lo = (ma, mb) if ma.value > mb.value else (mb, ma)
    text = R.tpl(
        "compare_more",
        first=R.name_year(hi.edition),
        second=R.name_year(lo.edition),
        a=hi.shown,
        b=lo.shown,
        what=what,
    )
    gap = hi.value - lo.value
    (h_lo, h_hi), (l_lo, l_hi) = span(hi), span(lo)
    # "more than 130" against 126: the difference is more than 4, not about 4 — the
    # reported numbers' difference is then the least (or the most) the figures allow
    way = _bound_way(gap, h_lo - l_hi, h_hi - l_lo)
    key = "gap_exact" if hi.exact and lo.exact else f"gap_{way}"
    text += " " + R.tpl(key, n=f"{gap:,}")
    if relative and lo.value > 0:
        ratio = _bound_way(hi.value / lo.value, h_lo / l_hi, h_hi / l_lo if l_lo else h_hi)
        text += " " + _relative(R, ma, mb, exact=hi.exact and lo.exact, way=ratio)
    if not (hi.exact and lo.exact):
        text += " " + R.tpl("approximate")
    return text


def _bound_way(value: float, least: float, most: float) -> str:
    """ "more" where the figures allow nothing below ``value`` (and something above), "less"
    where nothing above, else "about"."""
    if abs(least - value) < 1e-9 and most > value:
        return "more"
    if abs(most - value) < 1e-9 and least < value:
        return "less"
    return "about"


def _relative(R: Renderer, ma: Measure, mb: Measure, exact: bool, way: str = "about") -> str:
    """The larger figure as times the smaller, and the change from the earlier edition (the
    change's size bound as the ratio's: more than 6.3 times is a change beyond +530%)."""
    hi, lo = (ma, mb) if ma.value > mb.value else (mb, ma)
    before, after = sorted((ma, mb), key=lambda m: m.edition.year)
    change = 100 * (after.value - before.value) / before.value
    return R.tpl(
        "gap_relative" if exact else f"gap_relative_{way}",
        times=f"{hi.value / lo.value:.2f}".rstrip("0").rstrip("."),
        change=f"{change:+.1f}".replace(".0", ""),
        base=before.edition.year,
    )


def side_by_side(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], answer: Answer
) -> Answer:
    """A figure asked of two editions ("sub-forums in 2017 and 2024"): each one's fact, then
    the difference between them, so the answer never leaves the reader to compare."""
    if len(editions) != 2 or not answer.answered or not counted(q):
        return answer
    attribute = comparable(q)
    ma, mb = (measure(R, e, attribute, q.measure) for e in editions)
    if ma is None or mb is None:
        return answer
    what = label_of(R, attribute, q.measure, eng)
    text = f"{answer.text}\n{contrast(R, ma, mb, what, q.relative)}"
    text += also_reported(R, attribute, q.measure, ma, mb)
    result = compared(attribute, ma, mb)
    return replace(answer, text=text, sources=eng.cite(R, text, answer.editions), result=result)


def also_reported(R: Renderer, attribute: str, kind: str, *used: Measure) -> str:
    """The other sources' figures for the editions compared, where they say otherwise
    ("how many more countries in 2019 than 2018?" by one source's 76, the other's "more than
    70" said too) — "" where each figure has one source."""
    others = [
        x
        for m in used
        for x in measures(R, m.edition, attribute, kind)
        if x.shown != m.shown and x.source != m.source
    ]
    if not others:
        return ""
    comma, colon = ("，", "：") if R.zh else (", ", ": ")
    items = R.join([f"{R.name_year(x.edition)}{comma}{x.source}{colon}{x.shown}" for x in others])
    return " " + R.tpl("figure_other_sources", items=items)


def compared(attribute: str, ma: Measure, mb: Measure) -> Compared:
    """Two measures as a result value: settled where one's least exceeds the other's most."""
    hi, lo = (ma, mb) if ma.value >= mb.value else (mb, ma)
    settled = (ma.value == mb.value and ma.exact and mb.exact) or span(hi)[0] > span(lo)[1]
    return Compared(attribute, ma.figure(), mb.figure(), ma.value - mb.value, settled)


def compare(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], amount: bool = False
) -> Answer:
    """Two editions on one attribute: which is larger (by how much, where ``amount`` asks
    it), or earlier in the year."""
    if len(editions) < 2:
        return eng.decline(R, "decline_context", 0.5)
    a, b = editions[0], editions[1]
    if q.direction in ("earlier", "later") and not counted(q):
        if not (a.start and b.start):
            return eng.decline(R, "decline_unknown", 0.5)
        if q.yes_no and q.number is not None and q.unit in ("years", "months", "weeks", "days"):
            return _distance_claimed(eng, R, q, a, b)  # "…exactly 4 years after the first?"
        if not (q.calendar or q.months):
            return _chronology(eng, R, q, a, b)  # "was the 2018 one held before the 2017 one?"
        first, second = sorted((a, b), key=lambda e: (day(e.start).month, day(e.start).day))
        text = R.tpl(
            "compare_earlier",
            first=R.name_year(first),
            second=R.name_year(second),
            a=R.month_day(day(first.start)),
            b=R.month_day(day(second.start)),
        )
        same = R.month_day(day(a.start)) == R.month_day(day(b.start))
        if same:  # 2014 and 2024 both opened on November 19: neither was earlier
            text = R.tpl(
                "compare_same_day",
                first=R.name_year(a),
                second=R.name_year(b),
                a=R.month_day(day(a.start)),
            )
            if q.yes_no:
                text = R.tpl("no", fact=text)
        if q.yes_no and not same:
            # "did the 2019 one start before the 2018 one in the calendar year?": the first
            # edition named is the claim
            yes = (first is a) == (q.direction == "earlier")
            text = R.tpl("yes" if yes else "no", fact=text)
        return eng.series_answer(R, "compare", text, (a.year, b.year))
    attribute = comparable(q)
    ma, mb = measure(R, a, attribute, q.measure), measure(R, b, attribute, q.measure)
    what = label_of(R, attribute, q.measure, eng)
    if ma is None or mb is None:
        lacking = [e for e, m in ((a, ma), (b, mb)) if m is None]
        text = R.tpl("compare_unknown", what=what, items=R.join([R.name_year(e) for e in lacking]))
        return eng.refusal(R, text)
    text = contrast(R, ma, mb, what, q.relative or q.direction == "times", amount)
    text += also_reported(R, attribute, q.measure, ma, mb)
    if q.by and q.yes_no and q.number is not None:
        # "did sub-forums grow by more than 10 from 2015 to 2024?": the change (where it
        # went to less where it came from, or the fall) against the amount claimed
        # (where it went to is the later edition: the claim's "from A to B" in time)
        to, came = (ma, mb) if a.year > b.year else (mb, ma)
        verdict = _change_holds(to, came, q.direction == "less", q.comparator, q.number)
        if verdict is not None:
            text = R.tpl("yes" if verdict else "no", fact=text)
    elif q.direction == "times" and q.yes_no and mb.value and ma.value:
        # "did 2021 have four times as many sub-forums as 2020?": the ratio the sources'
        # qualifiers allow, against the factor claimed (as said: within a twentieth)
        (a_lo, a_hi), (b_lo, b_hi) = span(ma), span(mb)
        low, high = a_lo / b_hi if b_hi else 0.0, a_hi / b_lo if b_lo else float("inf")
        f = q.factor
        if q.comparator in ("more", "less", "atleast", "atmost"):
            verdict = _bounded(low, high, q.comparator, f)
        else:
            verdict = (
                True
                if f * 0.95 <= low and high <= f * 1.05
                else False
                if high < f * 0.95 or low > f * 1.05
                else None
            )
        if verdict is not None:
            text = R.tpl("yes" if verdict else "no", fact=text)
    elif q.direction == "differ" and q.yes_no:
        # "did sub-forums change from 2024 to 2025?": yes where the qualifiers cannot make
        # the figures meet, no for equal exact ones
        (a_lo, a_hi), (b_lo, b_hi) = span(ma), span(mb)
        if a_hi < b_lo or b_hi < a_lo:
            text = R.tpl("yes", fact=text)
        elif ma.value == mb.value and ma.exact and mb.exact:
            text = R.tpl("no", fact=text)
    elif q.direction == "same":
        # "the same number of sub-forums?": yes only for equal exact figures, no where the
        # qualifiers cannot make them meet
        (a_lo, a_hi), (b_lo, b_hi) = span(ma), span(mb)
        if ma.value == mb.value and ma.exact and mb.exact:
            text = R.tpl("yes", fact=text)
        elif a_hi < b_lo or b_hi < a_lo:
            text = R.tpl("no", fact=text)
    elif ma.value != mb.value:
        hi, lo = (ma, mb) if ma.value > mb.value else (mb, ma)
        # Settled only where the larger figure's least exceeds the smaller one's most
        clear = span(hi)[0] > span(lo)[1]
        if q.yes_no and clear and q.direction in ("more", "less"):
            # "did more people attend in A than in B?": the first edition named is the claim
            yes = (hi.edition is a) == (q.direction == "more")
            text = R.tpl("yes" if yes else "no", fact=text)
    elif q.yes_no and ma.exact and mb.exact and q.direction in ("more", "less"):
        text = R.tpl("no", fact=text)  # "more sub-forums than the year before?" 24 and 24
    answer = eng.series_answer(R, "compare", text, (a.year, b.year))
    return replace(answer, result=compared(attribute, ma, mb))


def _change_holds(to: Measure, came: Measure, fall: bool, how: str, n: int) -> bool | None:
    """Whether the change from ``came`` to ``to`` (a fall where ``fall``) is as big as
    claimed ("more" than ``n``, "less", "atleast", "atmost", or "" exactly), by the least and
    the most the sources' qualifiers allow; None where they leave it open."""
    (t_lo, t_hi), (c_lo, c_hi) = span(to), span(came)
    low, high = (c_lo - t_hi, c_hi - t_lo) if fall else (t_lo - c_hi, t_hi - c_lo)
    if high <= 0:
        return False  # it went the other way, or nowhere: no rise (fall) of any size
    if how in ("less", "atmost") and low <= 0:
        # (a rise under 10 must be a rise: no yes while the range reaches none)
        return False if _bounded(low, high, how, n) is False else None
    if how:
        return _bounded(low, high, how, n)
    return True if low == high == n else False if n < low or n > high else None


def _bounded(low: float, high: float, how: str, n: float) -> bool | None:
    """Whether a value known to lie in [``low``, ``high``] is "more" than ``n`` ("less",
    "atleast", "atmost"): yes or no where the whole range agrees, None where it is split."""
    if how == "more":
        return True if low > n else False if high <= n else None
    if how == "atleast":
        return True if low >= n else False if high < n else None
    if how == "less":
        return True if high < n else False if low >= n else None
    return True if high <= n else False if low > n else None  # atmost


def in_year_gap(eng: Composer, R: Renderer, a: Edition, b: Edition) -> Answer:
    """ "How many days earlier in the year did 2021 open than 2019?": the two openings' days
    of their years apart (24), never the days between the two dates (707)."""
    if a.start is None or b.start is None:
        return eng.decline(R, "decline_unknown", 0.5)
    da, db = day(a.start).timetuple().tm_yday, day(b.start).timetuple().tm_yday
    if da == db:
        text = R.tpl(
            "compare_same_day",
            first=R.name_year(a),
            second=R.name_year(b),
            a=R.month_day(day(a.start)),
        )
        return eng.series_answer(R, "compare", text, (a.year, b.year))
    early, late = (a, b) if da < db else (b, a)
    text = R.tpl(
        "year_day_gap",
        earlier=R.name_year(early),
        later=R.name_year(late),
        n=abs(da - db),
        a=R.date(day(early.start)),
        b=R.date(day(late.start)),
        da=min(da, db),
        db=max(da, db),
    )
    return eng.series_answer(R, "compare", text, (a.year, b.year))


def difference(
    eng: Composer,
    R: Renderer,
    q: Query,
    editions: tuple[Edition, ...],
    ceremony: tuple[int, ...] = (),
) -> Answer:
    """The time between the openings of two editions, in the unit asked (from the opening
    ceremony, for the years in ``ceremony``, where it was not the first day)."""
    if len(editions) < 2:
        return eng.decline(R, "decline_unknown", 0.5)
    if q.calendar and (q.unit or "days") == "days" and len(editions) == 2:
        return in_year_gap(eng, R, editions[0], editions[1])
    # "from the 3rd to the 6th" names the editions between as well: the two ends are timed
    ends = (editions[0], editions[-1]) if len(editions) > 2 else editions[:2]
    if not all(e.start for e in ends):
        return eng.decline(R, "decline_unknown", 0.5)
    first, second = sorted(ends, key=lambda e: day(e.start))

    def opening(e: Edition) -> dt.date:
        return e.ceremony if e.year in ceremony and e.ceremony else day(e.start)

    if (q.from_end and not first.end) or (q.to_end and not second.end):
        # "from the close of 2025 to the close of 2026": a closing day not on record is no
        # opening day to count from
        unknown = first if q.from_end and not first.end else second
        said = R.tpl("end_unknown", name=R.name_year(unknown), start=R.date(day(unknown.start)))
        return replace(eng.refusal(R, said), editions=(unknown.year,))
    begin = first.end if q.from_end and first.end else opening(first)
    # "from the 2019 close to the 2020 close": to the second's last day, where it is known
    finish = second.end if q.to_end and second.end else opening(second)
    days = (finish - begin).days
    unit = q.unit or "days"
    if unit == "weeks":
        span = R.tpl("weeks_span", weeks=days // 7, rest=days % 7, days=days)
        if days % 7 == 0:
            span = R.tpl("weeks_exact", weeks=days // 7, days=days)
    elif unit == "months":
        a, b = day(first.start), day(second.start)
        months = (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)
        span = R.tpl("months_ago", n=months) + R.tpl("days_total", days=f"{days:,}")
    elif unit == "years":
        total = R.tpl("days_total", days=f"{days:,}")
        span = eng.span(R, day(first.start), day(second.start)) + total
    else:
        span = R.days(days)
    key = "between_end" if q.from_end and first.end else "between"
    if finish != opening(second):
        key += "_to_end"
    text = R.tpl(
        key,
        first=R.name_year(first),
        second=R.name_year(second),
        a=R.date(begin),
        b=R.date(finish),
        span=span,
    )
    if ceremony:  # "from the start" is the ceremony's day for those named by it
        text += " " + R.tpl(
            "ceremony_days",
            days=R.join(
                [R.date(e.ceremony) for e in (first, second) if e.year in ceremony and e.ceremony]
            ),
        )
    if unit == "years" and second.year != first.year:  # "8 years apart" by the editions' years
        n = second.year - first.year
        key = "years_apart_one" if n == 1 else "years_apart"
        text += " " + R.tpl(key, n=n, a=first.year, b=second.year)
    years = (first.year, second.year)
    return eng.series_answer(R, "difference", text, years)


def gap_extreme(eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]) -> Answer:
    """The longest (or shortest) time between the openings of two consecutive editions (from
    the first one's closing day where the question counts from the end)."""
    dated = sorted((e for e in pool if e.start), key=lambda e: day(e.start))
    pairs = []
    for a, b in itertools.pairwise(dated):
        begin = a.end if q.from_end and a.end else day(a.start)
        pairs.append(((day(b.start) - begin).days, a, b, begin))
    if not pairs:
        return eng.decline(R, "decline_unknown", 0.5)
    least = q.direction == "least"
    extreme = min(p[0] for p in pairs) if least else max(p[0] for p in pairs)
    if q.position > 1:
        # "the second longest gap": the gap of that place in the ranking (ties share one)
        ranked = sorted({p[0] for p in pairs}, reverse=not least)
        if q.position > len(ranked):
            return eng.decline(R, "decline_unknown", 0.5)
        extreme = ranked[q.position - 1]
    items = R.join(
        [
            R.tpl(
                "gap_pair",
                first=R.name_year(a),
                second=R.name_year(b),
                a=R.date(begin),
                b=R.date(day(b.start)),
            )
            for days, a, b, begin in pairs
            if days == extreme
        ]
    )
    if q.position > 1:
        key = "gap_nth_shortest" if least else "gap_nth_longest"
        text = R.tpl(key, n=q.position, items=items, span=R.days(extreme))
    else:
        text = R.tpl("gap_shortest" if least else "gap_longest", items=items, span=R.days(extreme))
    years = tuple(
        dict.fromkeys(y for d, a, b, _ in pairs if d == extreme for y in (a.year, b.year))
    )
    return eng.series_answer(R, "difference", text, years)


def versus_combined(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], alone_first: bool = True
) -> Answer:
    """One edition's figure (the first given) against two others' together ("than 2020 and
    2015 combined"); the difference is worded from the side the question put first."""
    attribute = comparable(q)
    what = label_of(R, attribute, q.measure, eng)
    ms = [measure(R, e, attribute, q.measure) for e in editions[:3]]
    if any(m is None for m in ms):
        lacking = [e for e, m in zip(editions, ms, strict=False) if m is None]
        text = R.tpl("compare_unknown", what=what, items=R.join([R.name_year(e) for e in lacking]))
        return eng.refusal(R, text)
    a, b, c = (m for m in ms if m is not None)
    gap = a.value - (b.value + c.value)
    if not alone_first:  # "2015 and 2016 combined … than 2024": from the pair's side
        gap = -gap
    exact = a.exact and b.exact and c.exact
    text = R.tpl(
        "versus_combined",
        first=R.name_year(a.edition),
        a=a.shown,
        b=f"{b.edition.year}: {b.shown}",
        c=f"{c.edition.year}: {c.shown}",
        total=f"{b.value + c.value:,}",
        n=f"{abs(gap):,}",
        way=R.tpl("more_word" if gap >= 0 else "fewer_word"),
    )
    if not exact:
        text += " " + R.tpl("approximate")
    return eng.series_answer(R, "compare", text, tuple(e.year for e in editions[:3]))


def gap_average(eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]) -> Answer:
    """ "The average number of days between consecutive editions": the mean (or median) of
    the gaps between one opening and the next."""
    dated = sorted((e for e in pool if e.start), key=lambda e: day(e.start))
    gaps = [
        (day(b.start) - (a.end if q.from_end and a.end else day(a.start))).days
        for a, b in itertools.pairwise(dated)
    ]
    if not gaps:
        return eng.decline(R, "decline_unknown", 0.5)
    ordered = sorted(gaps)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    value = median if q.aggregate == "median" else sum(gaps) / len(gaps)
    shown = f"{value:,.1f}".removesuffix(".0")
    key = "gap_median" if q.aggregate == "median" else "gap_average"
    text = R.tpl(key, days=shown, n=len(gaps), first=dated[0].year, last=dated[-1].year)
    return eng.series_answer(R, "difference", text, tuple(e.year for e in dated))


def gap_matches(
    eng: Composer,
    R: Renderer,
    pool: tuple[Edition, ...],
    holds: Callable[[dt.date, dt.date], bool | None],
) -> Answer:
    """ "Which edition opened 364 days after the one before?", "which came less than a year
    after the previous one?": the editions whose opening stands in ``holds`` to the opening of
    the edition before (given both openings; None from ``holds`` picks the nearest)."""
    dated = sorted((e for e in pool if e.start), key=lambda e: day(e.start))
    pairs = list(itertools.pairwise(dated))
    if not pairs:
        return eng.decline(R, "decline_unknown", 0.5)

    def item(a: Edition, b: Edition) -> str:
        days = f"{(day(b.start) - day(a.start)).days:,}"
        return R.tpl("gap_item", year=b.year, days=days, before=a.year)

    hits = [(a, b) for a, b in pairs if holds(day(a.start), day(b.start))]
    if not hits:
        text = R.tpl("gap_matches_none", items=R.join([item(a, b) for a, b in pairs]))
        return eng.series_answer(R, "filter", text, ())
    text = R.tpl("gap_matches", items=R.join([item(a, b) for a, b in hits]))
    return eng.series_answer(R, "filter", text, tuple(b.year for _, b in hits))


def weekend(
    eng: Composer,
    R: Renderer,
    q: Query,
    editions: tuple[Edition, ...],
    pool: tuple[Edition, ...],
    count: bool,
) -> Answer:
    """Whether an edition's opening day, closing day or any of its days fell on a weekend:
    yes or no for the editions named, otherwise the editions that did."""

    def on_weekend(e: Edition) -> bool | None:
        if e.start is None or (q.weekend != "start" and e.end is None):
            return None  # a day we do not know: neither yes nor no
        if q.weekend == "start":
            days = [e.start]
        elif q.weekend == "end":
            days = [day(e.end)]
        else:
            days = _days_between(e.start, day(e.end))
        if q.exclude:  # "on weekdays (only)", "not over a weekend": Monday to Friday, all
            return all(d.weekday() < 5 for d in days)
        return any(d.weekday() >= 5 for d in days)

    def dated(d: dt.date) -> str:
        return R.tpl("weekday_date", weekday=R.weekday(d), date=R.date(d))

    kind = "weekday" if q.exclude else "weekend"
    which = R.tpl(f"{kind}_{q.weekend or 'any'}")
    if editions:
        lines = []
        for e in editions:
            verdict = on_weekend(e)
            if e.start is None:
                lines.append(R.tpl("dates_unknown", name=R.name(e), start=""))
                continue
            if e.end is None:
                fact = R.tpl("end_unknown", name=R.name(e), start=dated(e.start))
            else:
                fact = R.tpl("weekend_days", name=R.name(e), start=dated(e.start), end=dated(e.end))
            lines.append(fact if verdict is None else R.tpl("yes" if verdict else "no", fact=fact))
        text = " ".join(lines)
        years = tuple(e.year for e in editions)
        return eng.series_answer(R, "verify", text, years)
    hits = [e for e in pool if on_weekend(e)]
    if not hits:
        text = R.tpl("weekend_none", which=which)
        if q.yes_no and all(on_weekend(e) is False for e in pool):
            text = R.tpl("no", fact=text)  # "did any edition end on a weekend?": none did
        return eng.series_answer(R, "filter", text, ())

    def day_shown(e: Edition) -> str:
        d = e.end if q.weekend == "end" else e.start
        return dated(d) if q.weekend != "any" and d is not None else R.short_dates_of(e)

    items = R.join([f"{R.name(e)} ({day_shown(e)})" for e in hits])
    if count:
        text = R.tpl("weekend_count", n=len(hits), total=len(pool), which=which, items=items)
    else:
        text = R.tpl("weekend_filter", which=which, items=items)
    if q.yes_no and not count and q.every:
        # "did every edition open on a weekday?": yes only if none is left out
        missed = [e for e in pool if on_weekend(e) is False]
        text = R.tpl("no" if missed else "yes", fact=text)
        if missed:
            text += " " + R.tpl("every_but", items=R.join([R.name_year(e) for e in missed]))
    elif q.yes_no and not count:
        text = R.tpl("yes", fact=text)  # "did any edition end on a weekend?": these did
    return eng.series_answer(R, "filter", text, tuple(e.year for e in hits))


def scope(R: Renderer, q: Query) -> str:
    """ "Of the editions from 2020 on: ": the years a selection is limited to, or ""."""
    if q.years is None:
        return ""
    low, high = q.years
    if high >= 9999:
        span = R.tpl("scope_from", year=low)
    elif low <= 0:
        span = R.tpl("scope_until", year=high)
    else:
        span = R.tpl("scope_range", a=low, b=high)
    return R.tpl("scope", span=span) + " "


def _day_of(month: int, d: int) -> dt.date:
    """The day of a month in a leap year, held to the month's length ("November 31" is the
    30th) and to its first day."""
    last = calendar.monthrange(2000, month)[1]
    return dt.date(2000, month, min(max(d, 1), last))


def month_filter(
    eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...] | None = None
) -> Answer:
    """Editions held in (or outside) the months named."""
    if q.weekday is not None:
        return _weekday_filter(eng, R, q, pool)
    months = set(q.months)
    # of the pool given ("which of the numbered ones were held in November?"), or of all
    held = [e for e in (pool or eng.editions) if e.start and e.status != "cancelled"]
    held = list(in_span(tuple(held), q))  # "did any edition after 2019 take place in October?"
    hits = [e for e in held if _in_months(e, months) != q.exclude]
    closing = "end" in q.attributes  # "which editions ended after November 20?"
    if q.day_range is not None:  # "between the 1st and the 15th of November": its start
        low, high = q.day_range

        def day_of(e: Edition) -> dt.date | None:
            return e.end if closing else e.start

        # the days apply to the month at the edge: "before November 10" takes October whole
        edge = max(months) if low == 1 and len(months) > 1 else min(months)
        hits = [
            e
            for e in hits
            if (d := day_of(e)) is not None and (d.month != edge or low <= d.day <= high)
        ]
    mname = R.join([R.month_name(m) for m in q.months])
    if not hits and q.day_range is not None and not q.exclude:
        # "between November 25 and November 31": none opened in those days — not "none was
        # held in November"
        low, high = q.day_range
        a, b = R.month_day(_day_of(min(months), low)), R.month_day(_day_of(max(months), high))
        text = R.tpl("filter_days_none", a=a, b=b)
        return eng.series_answer(R, "filter", text, ())
    if not hits:
        where = R.tpl("outside_word") if q.exclude else R.tpl("in_word")
        either = R.join([R.month_name(m) for m in q.months], either=not q.exclude)
        text = scope(R, q) + R.tpl("filter_none", month=either, where=where)
        if pool and len(held) < len(eng.editions):  # "which of those were in December?"
            text = R.tpl("among", items=R.join([str(e.year) for e in held])) + " " + text
        if q.yes_no and not q.exclude:  # none held then: no, whether "any" or "every"
            # ("was it never held in September?": yes, none was)
            text = R.tpl("yes" if q.denied else "no", fact=text)
        return eng.series_answer(R, "filter", text, ())
    items = R.dated_names(hits)
    text = R.tpl("filter_out" if q.exclude else "filter_in", month=mname, items=items)
    if q.day_range is not None and len(q.months) == 1 and not q.exclude:
        a, b = (R.month_day(_day_of(q.months[0], d)) for d in q.day_range)
        text = R.tpl("filter_days_end" if closing else "filter_days", a=a, b=b, items=items)
    elif q.day_range is not None and not q.exclude:  # "before November 10", "after the 20th"
        low, high = q.day_range
        before = low == 1
        day = _day_of(max(months) if before else min(months), high + 1 if before else low - 1)
        key = ("filter_before" if before else "filter_after") + ("_end" if closing else "")
        text = R.tpl(key, day=R.month_day(day), items=items)
    if q.aggregate == "count" and pool is not None and len(held) < len(eng.editions):
        # "how many of the first 5 editions were held in November?": 3 of those 5
        text = R.tpl("count_of_asked", n=len(hits), total=len(held), items=items)
    if q.denied and q.day_range is None:
        # "no edition was ever held in October, right?": no — these were
        text = R.tpl("no", fact=text)
        return replace(
            eng.series_answer(R, "filter", text, tuple(e.year for e in hits)), intent="which"
        )
    missed = [e for e in held if e not in hits]
    if q.yes_no and not q.exclude and q.every and missed and q.day_range is None:
        # "was every one held in November?": no — these were not (the answer's point)
        items = R.dated_names(missed)
        text = R.tpl("no", fact=R.tpl("filter_out", month=mname, items=items))
        return replace(
            eng.series_answer(R, "filter", text, tuple(e.year for e in missed)), intent="which"
        )
    if q.yes_no and not q.exclude and q.every:
        text = R.tpl("yes" if not missed else "no", fact=text)
    elif q.yes_no and not q.exclude and not q.plural:
        text = R.tpl("yes", fact=text)  # "was any held in September?": yes, these
    years = tuple(e.year for e in hits)
    return replace(eng.series_answer(R, "filter", text, years), intent="which")


def _weekday_filter(
    eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...] | None = None
) -> Answer:
    """Editions that opened on the weekday named (or, excluding, on another day)."""
    editions = in_span(eng.editions if pool is None else pool, q)  # "between 2015 and 2019"
    closing = q.day_of == "end"  # "which editions ended on a Friday": the closing day
    ceremony = q.day_of == "ceremony"  # "whose opening ceremony was on a Friday?"

    def day_of(e: Edition) -> dt.date | None:
        return e.end if closing else (e.ceremony or e.start) if ceremony else e.start

    wanted = q.weekday or 0
    hits = [
        e
        for e in editions
        if day_of(e) is not None and on_weekday(e, wanted, q.day_of) != q.exclude
    ]
    if q.months:  # "which edition started on a Sunday in September?": of that month too
        hits = [e for e in hits if (d := day_of(e)) is not None and d.month in q.months]
    weekday = R.weekday(dt.date(2024, 1, 1) + dt.timedelta(days=q.weekday or 0))  # Monday + n
    asked_any = q.yes_no and not q.every  # "did any edition start on a Monday?"
    # "opened on a Friday": 2025 started on a Thursday, its opening ceremony the Friday after —
    # said beside the answer, and no flat "no" while a ceremony fell on that day
    held = [] if closing or ceremony or q.exclude else editions
    rites = [
        e
        for e in held
        if e.ceremony and e.ceremony != e.start and e.ceremony.weekday() == wanted and e not in hits
    ]
    rites = [e for e in rites if not q.months or day(e.ceremony).month in q.months]
    note = ""
    if rites:
        rite_items = R.join([f"{R.name_year(e)} ({R.date(day(e.ceremony))})" for e in rites])
        note = " " + R.tpl("weekday_ceremony_note", day=weekday, items=rite_items)
    # (an edition whose closing day is not on record: it may have closed on that day)
    endless = [e for e in editions if closing and day_of(e) is None]
    if endless:
        note += " " + R.tpl("missing_for", items=R.join([str(e.year) for e in endless]))
    if not hits:
        key = "weekday_none_end" if closing else "weekday_none"
        key = "weekday_none_ceremony" if ceremony else key
        text = R.tpl(key, day=weekday)
        if asked_any and not rites and all(day_of(e) is not None for e in editions):
            text = R.tpl("no", fact=text)  # (a closing day not on record leaves it open)
        return eng.series_answer(R, "filter", text + note, tuple(e.year for e in rites))
    spanning = q.day_of == "any" and not q.exclude  # "which editions included a Sunday?"

    def shown(e: Edition) -> str:
        return R.short_dates_of(e) if spanning else R.date(day(day_of(e)))

    items = R.join([f"{R.name_year(e)} ({shown(e)})" for e in hits])
    key = "weekday_filter_not" if q.exclude else "weekday_filter"
    if spanning:
        key = "weekday_filter_any"
    suffix = "_end" if closing else "_ceremony" if ceremony else ""
    text = R.tpl(f"{key}{suffix}" if not spanning else key, day=weekday, items=items)
    if asked_any and not q.exclude:
        text = R.tpl("yes", fact=text)
    elif q.yes_no and q.every and not q.exclude:
        # "were both December editions opened on a Wednesday?": each of those, or no
        dated = [e for e in editions if (d := day_of(e)) is not None]
        dated = [e for e in dated if not q.months or day(day_of(e)).month in q.months]
        text = R.tpl("yes" if all(e in hits for e in dated) else "no", fact=text)
    years = tuple(e.year for e in hits)
    answer = eng.series_answer(R, "filter", text + note, years)
    return replace(answer, intent="which")


def reverse_dates(eng: Composer, R: Renderer, q: Query, *, ceremony: bool = False) -> Answer:
    """The edition held on the month and days given ("which one was November 9-11"); of the
    opening ceremony, where asked, its own day ("the ceremony on November 20": 2024)."""
    hits = []
    for e in in_span(eng.editions, q):  # ("up to 2020, which were running on November 20?")
        if not e.start:
            continue
        end = e.end or e.start
        if e.start.month not in q.months and end.month not in q.months:
            continue
        if "start" in q.attributes and ceremony and e.ceremony:
            span = {e.ceremony.day}  # (its month is the edition's: checked above)
        elif "start" in q.attributes:  # "which edition started on November 9?": its first day
            span = {e.start.day}
        elif "end" in q.attributes and e.end:
            span = {e.end.day}
        else:
            span = {d.day for d in _days_between(e.start, end)}
        if all(d in span for d in q.days):
            hits.append(e)
    if not hits and ("start" in q.attributes or "end" in q.attributes):
        # "which edition opened on November 10?": none opened (or closed) then — but say
        # those in session that day, never that none was held
        during = [
            e
            for e in eng.editions
            if e.start
            and any(
                d.month in q.months and d.day in q.days
                for d in _days_between(e.start, e.end or e.start)
            )
        ]
        if during:
            items = R.join([f"{R.name(e)} ({R.dates(e) or R.date(day(e.start))})" for e in during])
            key = (
                "reverse_none_in_session_end"
                if "end" in q.attributes
                else "reverse_none_in_session"
            )
            return eng.refusal(R, R.tpl(key, items=items))
    if not hits:
        return eng.refusal(R, R.tpl("reverse_none"))
    if len(hits) > 1:  # "which edition was held on November 20?": every one that was
        items = R.join([f"{R.name(e)} ({R.dates(e) or R.date(day(e.start))})" for e in hits])
        text = R.tpl("reverse_dates_several", items=items)
        answer = eng.series_answer(R, "reverse", text, tuple(e.year for e in hits))
        return replace(answer, intent="which")
    e = hits[0]
    text = R.tpl("reverse_dates", name=R.name(e), dates=R.dates(e) or R.date(day(e.start)))
    return replace(eng.edition_answer(R, "reverse", text, e), intent="which")


MAX_HITS = 6  # more matches than this: the quote does not pick editions out


def _opened_as_asked(e: Edition, q: Query) -> bool:
    """Whether an edition opened on the weekday, and was held in the month, a question names
    beside a figure (or names none)."""
    if q.weekday is not None and (e.start is None or e.start.weekday() != q.weekday):
        return False
    if q.months and not (e.start and e.start.month in q.months):
        return bool(e.end and e.end.month in q.months)
    return True


def reverse_value(eng: Composer, R: Renderer, q: Query, words: tuple[str, ...] = ()) -> Answer:
    """The editions whose facts say what the question quotes: a name ("which year did <a speaker>
    give the keynote"), a figure ("which expo had 601 exhibitors"), a phrase ("permanent").
    A manner asked ("by video") narrows it to the facts that say it of the one named."""
    attrs = {a[5:] for a in q.attributes if a.startswith("attr:")}
    claim = Claim(values=q.values, terms=words)
    manner = [w for w in words if mentions((w,), MANNER)]
    # "which edition had 20 issues?": the word after the figure must be the fact's too (the
    # 20 sub-forums are no 20 issues), and a further figure of a fact counts ("16 forums on
    # 20 issues")
    unit = ""
    if q.number is not None and str(q.number) in words:
        at = words.index(str(q.number))
        unit = f"{q.number}{words[at + 1][:5]}" if at + 1 < len(words) else ""

    def says(text: str) -> bool:
        # the figure whole: "500 participants" is not the end of "1,500 participants"
        flat = text.lower().replace("-", "").replace(" ", "")
        at = flat.find(unit)
        while at >= 0:
            if at == 0 or not (flat[at - 1].isdigit() or flat[at - 1] in ",."):
                return True
            at = flat.find(unit, at + 1)
        return False

    if unit and not any(says(text) for e in eng.editions for text, _ in _facts_of(R, e, attrs, q)):
        unit = ""  # "601 exhibitors" where the fact says "601 companies": by the figure
    hedges = QUALIFIER_WORDS.intersection(words)
    # "which editions had foreign exhibitors?": a figure of that kind says its words too (the
    # 107 "from abroad" are foreign), whatever the sentence calls them
    kind = next((k for k in eng.kb.vocabulary.figure_kinds if k.id == q.measure and k.part), None)
    scored: list[tuple[int, Edition, str]] = []
    for e in in_span(eng.editions, q):
        if not _opened_as_asked(e, q):
            continue  # "opened on a Wednesday and had 20 sub-forums": both, not the figure alone
        best: tuple[int, str] | None = None
        counted = kind is not None and any(measure(R, e, f"attr:{a}", kind.id) for a in attrs)
        for text, number in _facts_of(R, e, attrs, q):
            if unit:
                if not says(text):
                    continue
            elif q.number is not None and number != q.number:
                continue
            said = set(normalise(text).words)
            if counted and kind is not None:
                said.update(w for k in kind.words for w in normalise(k).words)
            score = len(set(q.values) & said)
            score += sum(1 for v in q.values if not v.isascii() and v in text)
            if q.number is not None:  # "which source said roughly 1,000?": its own qualifier
                score += len(hedges & said)
            if manner and score and q.values:  # "did Xi speak by video": of him, by video
                score += 2 * manner_of(text, claim)
            if (score or q.number is not None) and (best is None or score > best[0]):
                best = (score, text)
        if best is not None:
            scored.append((best[0], e, best[1]))
    top = max((s for s, _, _ in scored), default=0)
    hits = [(e, text) for s, e, text in scored if s == top]
    if not hits or len(hits) > MAX_HITS:
        return eng.refusal(R, R.tpl("reverse_none_value"))
    years = tuple(e.year for e, _ in hits)
    answer = eng.series_answer(R, "reverse", hit_lines(R, hits), years)
    return replace(answer, intent="which")


# The words that qualify a figure ("roughly 1,000", "more than 1,000"): a source is found by
# the qualifier it used as well as the figure.
QUALIFIER_WORDS = frozenset(
    {"roughly", "about", "around", "approximately", "nearly", "almost", "over", "more", "some"}
)


def count_value(
    eng: Composer,
    R: Renderer,
    q: Query,
    words: tuple[str, ...],
    names: frozenset[str] = frozenset(),
) -> Answer:
    """ "How many times did <a speaker> give the keynote?": the editions whose facts say it of
    them (the role and manner asked in the same clause that names them), counted. Only the
    name is matched, not the question's other words ("sent a letter" counts "read out his
    letter" too)."""
    if attending(words) and people_named(eng, q.values, names):
        return attended(eng, R, q, words, names, count=True)
    hits = value_hits(eng, R, q, words, names)
    if not hits:
        return eng.refusal(R, R.tpl("reverse_none_value"))
    text = R.tpl("count_value", n=len(hits), items=hit_lines(R, hits))
    answer = eng.series_answer(R, "count", text, tuple(e.year for e, _ in hits))
    return replace(answer, intent="count")


def people_named(eng: Composer, values: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    """The values that name someone the facts name: a capitalised word of the facts ("Li",
    "Shulei"), or two to four Chinese characters a fact's Chinese text holds (李书磊)."""
    out = []
    for v in values:
        if v in names:
            out.append(v)
        elif not v.isascii() and len(v) >= 2 and (n := eng.zh_speaker(v)):
            out.append(n)  # "习近平发" (贺信), 习近平致: the name, without the verb run into it
    return tuple(out)


def person_list(
    eng: Composer, R: Renderer, q: Query, words: tuple[str, ...], names: frozenset[str]
) -> Answer | None:
    """ "Which editions did Xi send a letter to?", 李书磊宣读贺信的是哪届: the editions whose
    facts say that of the person named (the manner in the clause naming them); None where
    the question names no one the facts name, or no fact says it of them."""
    if not people_named(eng, q.values, names):
        return None
    if attending(words):
        return attended(eng, R, q, words, names, count=False)
    hits = value_hits(eng, R, q, words, names)
    if not hits:
        return None  # (two people named, "Huang Kunming read out Xi's letter": by the words)
    answer = eng.series_answer(R, "reverse", hit_lines(R, hits), tuple(e.year for e, _ in hits))
    return replace(answer, intent="which")


def attended(
    eng: Composer,
    R: Renderer,
    q: Query,
    words: tuple[str, ...],
    names: frozenset[str],
    *,
    count: bool,
) -> Answer:
    """ "How many editions did Xi attend?", 习近平出席了哪几届: the editions whose facts name
    the person as there, then those where the facts name them taking part from afar (a
    video, a letter of their own, read out by another) — never counted as there. ("In
    person" reads as a format too, whose facts name no one.)"""
    there, afar = attendance_split(eng, R, q, words, names, in_span(eng.editions, q))
    if not there and not afar:
        return eng.refusal(R, R.tpl("reverse_none_value"))
    return worded_attendance(eng, R, there, afar, count=count)


def attendance_split(
    eng: Composer,
    R: Renderer,
    q: Query,
    words: tuple[str, ...],
    names: frozenset[str],
    editions: tuple[Edition, ...],
) -> tuple[list[tuple[Edition, str]], list[tuple[Edition, str]]]:
    """Of ``editions``, those whose facts name the person as there, and those whose facts
    name them taking part from afar (a video, a letter), each with the fact's words."""
    attrs = {a[5:] for a in q.attributes if a.startswith("attr:")} - {"format"}
    named = people_named(eng, q.values, names) or q.values
    claim = Claim(values=named, terms=words)
    there: list[tuple[Edition, str]] = []
    afar: list[tuple[Edition, str]] = []
    for e in editions:
        for text, _ in _facts_of(R, e, attrs, q):
            if naming_parts(text, named):
                (afar if hedged(text, claim) else there).append((e, text))
                break
    return there, afar


def hit_lines(R: Renderer, hits: list[tuple[Edition, str]]) -> str:
    """Each (edition, fact) as "The <edition> (<year>): <fact>", in order."""
    return " ".join(
        R.tpl("reverse_first", name=R.name(e), year=e.year, text=text) for e, text in hits
    )


def worded_attendance(
    eng: Composer,
    R: Renderer,
    there: list[tuple[Edition, str]],
    afar: list[tuple[Edition, str]],
    *,
    count: bool,
) -> Answer:
    """The editions whose facts put someone there (counted or listed), then those where they
    took part from afar (a video, a letter) named apart."""
    if there:
        kind = "count_attended" if count else "list_attended"
        text = R.tpl(kind, n=len(there), items=hit_lines(R, there))
    else:
        text = R.tpl("attended_none")
    if afar:
        text += " " + R.tpl("attended_afar", n=len(afar), items=hit_lines(R, afar))
    answer = eng.series_answer(R, "reverse", text, tuple(e.year for e, _ in there or afar))
    return replace(answer, intent="count" if count else "which")


def value_hits(
    eng: Composer, R: Renderer, q: Query, words: tuple[str, ...], names: frozenset[str]
) -> list[tuple[Edition, str]]:
    """The editions whose facts say of the person named what the question asks (the role and
    manner in the clause that names them), each with that fact, oldest first."""
    attrs = {a[5:] for a in q.attributes if a.startswith("attr:")}
    named = people_named(eng, q.values, names) or q.values
    # "when did Huang Kunming read Xi's letter?": the one whose letter it was is not the one
    # the question asks of
    # (a name's own last word, "li shulei's", is the same person: not set apart)
    owners = {
        w
        for i, w in enumerate(words[:-1])
        if words[i + 1] == "s" and (i == 0 or words[i - 1] not in named)
    }
    actors = tuple(n for n in named if n not in owners)
    named = actors if actors else named
    claim = Claim(values=named, terms=words)
    hits: list[tuple[Edition, str]] = []
    for e in in_span(eng.editions, q):
        for text, _ in _facts_of(R, e, attrs, q):
            if says_all(text, claim):
                hits.append((e, text))
                break
    return hits


def in_span(editions: tuple[Edition, ...], q: Query) -> tuple[Edition, ...]:
    """The editions within the years the question bounds ("between 2022 and 2024", "before
    2025", 2024年之前) and among those talked about ("which of those …"), or all."""
    if q.pool:
        editions = tuple(e for e in editions if e.year in q.pool)
    if q.years is None:
        return editions
    low, high = q.years
    return tuple(e for e in editions if low <= e.year <= high)


def hits_eds(hits: list[tuple[Edition, str]]) -> list[Edition]:
    """The editions of (edition, text) pairs."""
    return [e for e, _ in hits]


def _facts_of(R: Renderer, e: Edition, attrs: set[str], q: Query) -> list[tuple[str, int | None]]:
    """An edition's quotable facts (text and number) for a reverse look-up."""
    out: list[tuple[str, int | None]] = []
    for d in e.details:
        if not attrs or d.about in attrs:
            out.append((R.detail_text(d) if R.zh and d.text_zh else d.text, d.number))
            if d.text_zh and not R.zh:
                out.append((d.text_zh, d.number))
    if "attendance" in q.attributes or (not attrs and q.number is not None):
        for att in e.attendance:
            for f in att.figures:
                if f.kind == q.measure or q.number is not None:
                    out.append((f"{R.figure(f)} ({att.source})", f.number))
    if not attrs and q.number is None:
        out += [(h, None) for h in e.highlights]
        out += [(h, None) for h in e.highlights_zh]  # a Chinese question quotes these
    return out


def reverse_first(
    eng: Composer, R: Renderer, q: Query, words: tuple[str, ...] = (), zh: str = ""
) -> Answer:
    """The edition that first had something ("which one introduced the expo"); of several
    firsts of one kind, the one whose words the question uses ("the Leading Technology
    Award", not the first achievements released)."""
    attrs = [a[5:] for a in q.attributes if a.startswith("attr:")]
    for attr in attrs if q.plural and not q.first else ():  # "which editions were online?"
        having = [(e, d) for e in eng.editions for d in e.details if d.about == attr]
        if having:
            lines = [
                R.tpl("reverse_first", name=R.name(e), year=e.year, text=R.detail_text(d))
                for e, d in having
            ]
            years = tuple(dict.fromkeys(e.year for e, _ in having))
            # "which editions were held online and offline?": of those whose facts say it,
            # which may not be all that were
            lines.insert(0, R.tpl("on_record", what=R.attribute_label(attr)))
            answer = eng.series_answer(R, "reverse", " ".join(lines), years)
            return replace(answer, intent=f"attr:{attr}")
    # (the words of "for the first time" itself match every first's text: not a kind's)
    asked = {w for w in words if len(w) > 3} - {"first", "time", "times"}
    han = "".join(ch for ch in zh if "\u4e00" <= ch <= "\u9fff")  # 领先科技奖: its pairs
    pairs = {han[i : i + 2] for i in range(len(han) - 1)}
    for attr in attrs:
        firsts = [(e, d) for e in eng.editions for d in e.details if d.about == attr and d.first]
        if firsts:
            shared = [
                len(asked & set(normalise(d.text).words))
                + sum(1 for p in pairs if p in (d.text_zh or ""))
                for _, d in firsts
            ]
            e, d = firsts[shared.index(max(shared))]  # the earliest of the best matched
            text = R.tpl("reverse_first", name=R.name(e), year=e.year, text=R.detail_text(d))
            answer = eng.edition_answer(R, "reverse", text, e)
            return replace(answer, intent=f"attr:{attr}")
    return eng.decline(R, "decline_unknown", 0.6)


def themes_with(
    eng: Composer,
    R: Renderer,
    q: Query,
    count: bool,
    first: bool,
    about: Edition | None = None,
) -> Answer:
    """The editions whose theme holds the words searched for ("which themes used the word
    'intelligent'?", "how many themes contain 'Community with a Shared Future'?"); with
    ``about`` ("did the 2019 theme mention AI?"), yes or no for that edition's theme."""

    holds = theme_holds
    if about is not None:
        if not about.theme:
            return eng.refusal(R, R.tpl("theme_unknown", name=R.name(about)))
        fact = R.tpl("theme", name=R.name(about), theme=R.pick(about.theme, about.theme_zh))
        said = any(holds(f"{about.theme} {about.theme_zh or ''}", p) for p in q.phrases)
        # (in Chinese, a word the theme may hold in other characters: 人工智能 as 智能, 数智)
        short = [p for p in q.phrases if _abbreviation(p)]
        if not said and short:
            # "did it mention AI?": an abbreviation may be there in other words
            # ("Intelligent Interconnection"): the theme, without a no
            return eng.edition_answer(R, "lookup", fact, about)
        return eng.edition_answer(R, "verify", R.tpl("yes" if said else "no", fact=fact), about)
    # (of the years asked: "which themes since 2020 mention …")
    spanned = in_span(eng.editions, q)
    themed = [e for e in spanned if e.theme]
    if q.yes_no and not (q.phrases_out or q.phrases_all):
        # ("did every theme include 'community'?": each theme on record, with or without years)
        return _themes_claimed(eng, R, q, spanned)
    if q.phrases_out or q.phrases_all:
        return _themes_combined(eng, R, q, themed)
    hits = [
        e
        for e in themed
        if any(holds(f"{e.theme} {e.theme_zh or ''}", p) for p in q.phrases) != q.exclude
    ]
    what = R.tpl("list_sep").join([f"“{p}”" for p in q.phrases])
    if not hits:
        return eng.series_answer(R, "filter", R.tpl("themes_none", what=what), ())
    if first:
        hits = hits[:1]
    items = R.tpl("list_sep").join(
        R.tpl("theme_item", year=e.year, theme=R.pick(e.theme, e.theme_zh)) for e in hits
    )
    if q.exclude:  # "which themes do NOT contain 'digital'?"
        text = R.tpl("themes_without", what=what, items=items)
    elif first:
        text = R.tpl("themes_first", what=what, items=items)
    elif count:
        text = R.tpl("themes_count", n=len(hits), total=len(themed), what=what, items=items)
    else:
        text = R.tpl("themes_with", what=what, items=items)
    answer = eng.series_answer(R, "filter", text, tuple(e.year for e in hits))
    return replace(answer, intent="which")  # which editions: a reverse look-up by theme


def _abbreviation(phrase: str) -> bool:
    """Whether a searched word is short enough that a theme may hold it in other words ("AI"
    as "Intelligent Interconnection", 人工智能 as 智能向善): no "no" where none has it."""
    return len(phrase) <= (3 if phrase.isascii() else 4)


def _themes_claimed(eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...]) -> Answer:
    """ "Did every theme since 2017 contain 'digital'?", "did any theme before 2020 mention
    AI?": judged on each theme of those years — no where one fails (every) or none holds
    (any); a theme not on record leaves a yes open, never a no."""
    what = R.tpl("list_sep").join([f"“{p}”" for p in q.phrases])
    themed = [e for e in editions if e.theme]
    unknown = [e for e in editions if not e.theme]

    def holds(e: Edition) -> bool:
        return any(theme_holds(f"{e.theme} {e.theme_zh or ''}", p) for p in q.phrases)

    hits = [e for e in themed if holds(e)]
    misses = [e for e in themed if not holds(e)]

    def listed(eds: list[Edition]) -> str:
        return R.tpl("list_sep").join(
            R.tpl("theme_item", year=e.year, theme=R.pick(e.theme, e.theme_zh)) for e in eds
        )

    if q.every and misses:
        text = R.tpl("no", fact=R.tpl("themes_without", what=what, items=listed(misses)))
        years = tuple(e.year for e in misses)
    elif not q.every and hits:
        text = R.tpl("yes", fact=R.tpl("themes_with", what=what, items=listed(hits)))
        years = tuple(e.year for e in hits)
    elif not themed:
        return eng.refusal(R, R.tpl("theme_unknown", name=R.name(editions[0])))
    elif q.every:  # every theme on record holds it: a yes, unless one is not on record
        fact = R.tpl("themes_with", what=what, items=listed(hits))
        text = fact if unknown else R.tpl("yes", fact=fact)
        years = tuple(e.year for e in hits)
    else:  # none on record holds it: a no, unless one is not on record
        fact = R.tpl("themes_none", what=what)
        # (an abbreviation or a short word may be there in other words: "AI" as "Intelligent
        # Interconnection", 人工智能 as 智能向善 — the words searched, without a no)
        short = any(_abbreviation(p) for p in q.phrases)
        text = fact if unknown or short else R.tpl("no", fact=fact)
        years = ()
    if unknown and not (q.every and misses) and not (not q.every and hits):
        text += " " + " ".join(R.tpl("theme_unknown", name=R.name(e)) for e in unknown)
    answer = eng.series_answer(R, "verify", text, years)
    return replace(answer, intent="which")


def _themes_combined(eng: Composer, R: Renderer, q: Query, themed: list[Edition]) -> Answer:
    """The themes that hold every (or any) phrase kept and none of those ruled out ("'Digital'
    but not 'Future'", "neither … nor …", "both … and …")."""
    kept = [p for p in q.phrases if p not in q.phrases_out]

    def fits(e: Edition) -> bool:
        text = f"{e.theme} {e.theme_zh or ''}"
        held = [theme_holds(text, p) for p in kept]
        has = (all(held) if q.phrases_all else any(held)) if kept else True
        return has and not any(theme_holds(text, p) for p in q.phrases_out)

    hits = [e for e in themed if fits(e)]
    sep = R.tpl("list_and" if q.phrases_all else "list_or")
    what = sep.join([f"“{p}”" for p in kept])
    out = R.tpl("list_or").join([f"“{p}”" for p in q.phrases_out])
    if not hits:
        key = "themes_none_but" if kept and out else "themes_none" if kept else "themes_none_of"
        text = R.tpl(key, what=what or out, out=out)
        return eng.series_answer(R, "filter", text, ())
    items = R.tpl("list_sep").join(
        R.tpl("theme_item", year=e.year, theme=R.pick(e.theme, e.theme_zh)) for e in hits
    )
    if kept and out:
        text = R.tpl("themes_with_but", what=what, out=out, items=items)
    elif kept:
        text = R.tpl("themes_with", what=what, items=items)
    else:
        text = R.tpl("themes_without", what=out, items=items)
    answer = eng.series_answer(R, "filter", text, tuple(e.year for e in hits))
    return replace(answer, intent="which")


def ratio_of(eng: Composer, R: Renderer, q: Query, e: Edition) -> Answer:
    """One figure of an edition over another ("attendees per sub-forum in 2021"): exact only
    from exact figures, otherwise roughly; unknown where either is missing."""
    if q.per is None:
        return eng.decline(R, "decline_unknown", 0.5)
    (ax, kx), (ay, ky) = q.per
    mx, my = measure(R, e, ax, kx), measure(R, e, ay, ky)
    if mx is None or my is None or not my.value:
        lacking = [
            label_of(R, a, k, eng) for (a, k), m in (((ax, kx), mx), ((ay, ky), my)) if m is None
        ]
        text = R.tpl("compare_unknown", what=R.join(lacking) or "?", items=R.name_year(e))
        return eng.refusal(R, text)
    text = _ratio_text(R, mx.value / my.value, e, mx, my)
    return eng.edition_answer(R, "lookup", text, e)


def _ratios(
    R: Renderer, q: Query, pool: tuple[Edition, ...]
) -> list[tuple[float, float, float, Edition, Measure, Measure]]:
    """Each edition's one figure over the other: (value, least, most, edition, figures), the
    least and most as the figures' qualifiers allow."""
    assert q.per is not None
    (ax, kx), (ay, ky) = q.per
    out = []
    for e in pool:
        mx, my = measure(R, e, ax, kx), measure(R, e, ay, ky)
        if mx is None or my is None or not my.value:
            continue
        (x_lo, x_hi), (y_lo, y_hi) = span(mx), span(my)
        least = x_lo / y_hi if y_hi else 0.0
        most = x_hi / y_lo if y_lo else float("inf")
        out.append((mx.value / my.value, least, most, e, mx, my))
    return out


def _two_places(value: float) -> str:
    """A ratio as shown: to two decimals, without trailing zeros (6.67, 6, 12.41)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _ratio_text(R: Renderer, value: float, e: Edition, mx: Measure, my: Measure) -> str:
    """ "For the <edition>: 20 sub-forums over 3 days is 6.67" (roughly, where either is)."""
    key = "ratio_exact" if mx.exact and my.exact else "ratio_about"
    return R.tpl(key, a=mx.shown, b=my.shown, value=_two_places(value), name=R.name_year(e))


def ratio_compare(eng: Composer, R: Renderer, q: Query, pair: tuple[Edition, Edition]) -> Answer:
    """ "Was 2024 busier per day than 2023 in sub-forums?", 2022年和2024年哪届日均分论坛更多:
    the two editions' ratios set against each other, settled only where the figures'
    qualifiers cannot reverse it — the first named is the one claimed of."""
    rows = _ratios(R, q, pair)
    if len(rows) < 2:
        return ratio_of(eng, R, q, pair[0] if not rows or rows[0][3] is pair[1] else pair[1])
    (va, lo_a, hi_a, a, mxa, mya), (vb, lo_b, hi_b, b, mxb, myb) = rows
    facts = f"{_ratio_text(R, va, a, mxa, mya)} {_ratio_text(R, vb, b, mxb, myb)}"
    more = lo_a > hi_b
    less = hi_a < lo_b
    years = (a.year, b.year)
    if not q.yes_no:
        return eng.series_answer(R, "compare", facts, years)
    if not (more or less):
        return eng.series_answer(R, "compare", facts, years)  # the qualifiers leave it open
    claimed_more = q.direction != "less"
    text = R.tpl("yes" if more == claimed_more else "no", fact=facts)
    return eng.series_answer(R, "compare", text, years)


def _ratio_filter(
    eng: Composer,
    R: Renderer,
    q: Query,
    rows: list[tuple[float, float, float, Edition, Measure, Measure]],
    what: str,
) -> Answer:
    """ "Which editions had more than 6 sub-forums per day?": each edition's ratio against the
    number, settled where the figures' qualifiers allow it, the rest left open."""
    n = float(q.number or 0)
    comparator = q.comparator or ("less" if q.direction == "less" else "")
    hits, open_ = [], []
    for value, low, high, e, mx, my in rows:
        exact = mx.exact and my.exact
        if comparator == "more":
            verdict = True if low > n else False if high <= n else None
        elif comparator == "least":
            verdict = True if low >= n else False if high < n else None
        elif comparator == "less":
            verdict = True if high < n else False if low >= n else None
        elif comparator == "most":
            verdict = True if high <= n else False if low > n else None
        else:  # "exactly 6 per day"
            verdict = (
                (abs(value - n) < 1e-9) if exact else (False if not low <= n <= high else None)
            )
        item = R.tpl("agg_part", year=e.year, value=_two_places(value))
        if verdict is True:
            hits.append((e.year, item))
        elif verdict is None:
            open_.append((e.year, item))
    test_key = f"agg_cond_{comparator or 'exact'}"
    cond = R.tpl(test_key, n=f"{q.number:,}", what=what)
    sep = R.tpl("list_sep")
    if hits:
        text = R.tpl("agg_filter", cond=cond, items=sep.join(i for _, i in hits))
    else:
        text = R.tpl("agg_filter_none_open" if open_ else "agg_filter_none", cond=cond)
    if open_:
        text += " " + R.tpl("agg_unsettled", items=sep.join(i for _, i in open_))
    years = tuple(y for y, _ in hits + open_)
    answer = eng.series_answer(R, "filter", text, years)
    return replace(answer, settled=tuple(y for y, _ in hits)) if open_ else answer


def ratio_extreme(eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]) -> Answer:
    """ "Which edition had the most participants per sub-forum?": each edition's one figure
    over the other, the largest (smallest) named — by the reported figures."""
    if q.per is None:
        return eng.decline(R, "decline_unknown", 0.5)
    (ax, kx), (ay, ky) = q.per
    bounded = _ratios(R, q, pool)
    rows = [(v, e, mx, my) for v, _, _, e, mx, my in bounded]
    if not rows:
        return eng.decline(R, "decline_unknown", 0.5)
    what = R.tpl("ratio_what", a=label_of(R, ax, kx, eng), b=label_of(R, ay, ky, eng))
    if q.number is not None:
        return _ratio_filter(eng, R, q, bounded, what)
    if q.position > 1 or q.nth is not None:
        return eng.decline(R, "decline_unknown", 0.5)  # ("the second most per day": not ranked)
    least = q.direction == "least"
    if q.aggregate == "rank":
        # "rank the editions by guests per day": every edition with both figures, in order
        rows.sort(key=lambda x: (x[0] if least else -x[0], x[1].year))
        items = R.tpl("list_sep").join(
            R.tpl("agg_rank_item", n=i, year=e.year, value=_two_places(v))
            for i, (v, e, _, _) in enumerate(rows, 1)
        )
        text = R.tpl("agg_rank_least" if least else "agg_rank_most", what=what, items=items)
        if not all(mx.exact and my.exact for _, _, mx, my in rows):
            text += " " + R.tpl("approximate")
        return eng.series_answer(R, "aggregate", text, tuple(row[1].year for row in rows))
    best = min(x[0] for x in rows) if least else max(x[0] for x in rows)
    # (20 sub-forums over 3 days in 2017, 2019, 2021 and 2023: every one that shares it)
    tied = [row for row in rows if abs(row[0] - best) < 1e-9]
    if len(tied) == 1:
        text = R.tpl("ratio_least" if least else "ratio_most", name=R.name_year(tied[0][1]))
    else:
        names = R.join([R.name_year(row[1]) for row in tied])
        text = R.tpl("ratio_least_tied" if least else "ratio_most_tied", names=names)
    for value, e, mx, my in tied:
        text += " " + _ratio_text(R, value, e, mx, my)
    return eng.series_answer(R, "superlative", text, tuple(row[1].year for row in tied))


def theme_extreme(eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]) -> Answer:
    """ "What is the longest theme?": by its length, in the language asked."""
    themed = [(len(R.pick(e.theme, e.theme_zh)), e) for e in pool if e.theme]
    if not themed:
        return eng.decline(R, "decline_unknown", 0.5)
    least = q.direction == "least"
    n = min(x[0] for x in themed) if least else max(x[0] for x in themed)
    tied = [e for length, e in themed if length == n]  # (2023, 2024, 2025: 31 characters each)
    key = "theme_shortest" if least else "theme_longest"
    if len(tied) == 1:
        e = tied[0]
        text = R.tpl(key, name=R.name_year(e), theme=R.pick(e.theme, e.theme_zh), n=n)
    else:
        items = R.tpl("list_sep").join(
            R.tpl("theme_item", year=e.year, theme=R.pick(e.theme, e.theme_zh)) for e in tied
        )
        text = R.tpl(f"{key}_tied", n=n, items=items)
    return eng.series_answer(R, "superlative", text, tuple(e.year for e in tied))


def firsts_of(eng: Composer, R: Renderer, e: Edition, asked: int | bool = 0) -> Answer:
    """What an edition had for the first time ("what was new in 2023?", 2023年首次…).
    ``asked``: how many the member counts ("the four firsts"), or True for "the other
    firsts": where the facts record fewer, they are given as not all there were."""
    firsts = [d for d in e.details if d.first]
    if not firsts:
        return eng.refusal(R, R.tpl("firsts_none", name=R.name(e)))
    items = " ".join(R.detail_text(d) for d in firsts)
    partial = asked is True or asked > len(firsts)
    key = "firsts_partial" if partial else "firsts_of"
    answer = eng.edition_answer(R, "lookup", R.tpl(key, name=R.name(e), items=items), e)
    return replace(answer, intent="highlights")


def usual(eng: Composer, R: Renderer, q: Query) -> Answer:
    """What is typical: how long editions last, or the month they are held in."""
    dated = [e for e in eng.editions if e.start and e.end and e.status == "held"]
    if not dated:
        return eng.decline(R, "decline_unknown", 0.5)
    if "duration" in q.attributes or q.unit == "days" or "days" in q.attributes:
        lengths = Counter((day(e.end) - day(e.start)).days + 1 for e in dated)
        days, count = lengths.most_common(1)[0]
        text = R.tpl(
            "usual_days",
            days=days,
            count=count,
            total=len(dated),
            least=min(lengths),
            most=max(lengths),
        )
    else:
        # the month needs only the opening day: an edition still without its closing day
        # counts
        opened = [e for e in eng.editions if e.start and e.status == "held"]
        months = Counter(day(e.start).month for e in opened)
        month, count = months.most_common(1)[0]
        text = R.tpl("usual_month", month=R.month_name(month), count=count, total=len(opened))
        # (the editions of that month are what it counted)
        years = tuple(e.year for e in opened if day(e.start).month == month)
        return eng.series_answer(R, "usual", text, years)
    return eng.series_answer(R, "usual", text, ())


def frequency(
    eng: Composer, R: Renderer, today: dt.date, q_yes_no: bool = False, claimed: int = 1
) -> Answer:
    """How often the series is held; a yes/no checks the claimed gap in years (1: every
    year, 2: every two years) between each edition and the next."""
    held = [e for e in eng.editions if e.start and e.start <= today and e.status == "held"]
    if not held:
        return eng.decline(R, "decline_unknown", 0.5)
    text = R.tpl("frequency", n=len(held), first=held[0].year, last=held[-1].year)
    if q_yes_no:  # "does it happen every year?": yes only if no year was skipped
        kept = all(b.year - a.year == claimed for a, b in itertools.pairwise(held))
        text = R.tpl("yes" if kept else "no", fact=text)
    return eng.series_answer(R, "frequency", text, ())


def _in_months(e: Edition, months: set[int]) -> bool:
    start = day(e.start)
    return start.month in months or (e.end is not None and e.end.month in months)


def _days_between(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]
