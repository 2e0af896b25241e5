"""Aggregates: one operation over one numeric attribute of a selection of editions.

The algebra is selection × attribute × operation. Every numeric attribute ``measures.measure``
knows (attendance in people or places, duration, any counted detail) works with every
operation here: filter by a comparator (or a range), count the matches (or their share), sum,
average, median, rank (or its top N), the spread between the highest and the lowest, and the
number of distinct months. The refusal rules live in one place, ``_bounded``: a figure its source
qualifies ("more than 2,000") never yields a precise total or mean, and an edition without the
figure is named, never silently left out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from .answer import Answer
from .compose import Composer
from .evaluate import scope
from .measures import Measure, allowed, comparable, label_of, measure, settles, span
from .model import Edition
from .query import Query
from .records import replace
from .render import Renderer
from .results import Selected

OPERATIONS = (
    "sum",
    "average",
    "median",
    "rank",
    "spread",
    "filter",
    "count",
    "share",
    "versus",
    "changes",
    "jump",
    "all",
    "any",
    "months",
    "nearest",
)


class Rows(NamedTuple):
    """The measured editions of a selection, and the held ones without the figure."""

    rows: list[Measure]
    missing: list[Edition]


def rows_of(R: Renderer, q: Query, pool: tuple[Edition, ...]) -> Rows:
    """Each edition's figure for the attribute asked (oldest first)."""
    attribute = comparable(q)
    rows: list[Measure] = []
    missing: list[Edition] = []
    for e in pool:
        m = measure(R, e, attribute, q.measure)
        if m is not None:
            rows.append(m)
        elif e.status == "held":
            missing.append(e)
    return Rows(rows, missing)


def _bounded(rows: list[Measure]) -> str:
    """What a total or mean of these figures may claim: exact, lower (at least) or about."""
    bounds = {m.bound for m in rows}
    if bounds <= {"exact"}:
        return "exact"
    if bounds <= {"exact", "lower"}:
        return "lower"
    return "about"


def _additive(eng: Composer, kind: str) -> bool:
    """Whether figures of ``kind`` add up across editions (people do; countries do not)."""
    return all(k.additive for k in eng.kb.vocabulary.figure_kinds if k.id == kind)


def _number(value: float) -> str:
    """A computed figure: whole where it is, exact where three decimals hold it (15.375
    sub-forums: the mean of eight), otherwise to two decimals (3.08 days), never rounded
    into another figure."""
    if value == int(value):
        return f"{value:,.0f}"
    if abs(value * 1000 - round(value * 1000)) < 1e-9:
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    half_up = math.floor(value * 100 + 0.5) / 100  # 15.625 is 15.63, as people round
    return f"{half_up:,.2f}".rstrip("0").rstrip(".")


def _part(R: Renderer, m: Measure) -> str:
    return R.tpl("agg_part", year=m.edition.year, value=m.shown)


def evaluate(
    eng: Composer, R: Renderer, q: Query, op: str, pool: tuple[Edition, ...], comparator: str
) -> Answer:
    """The aggregate ``op`` over ``pool`` for the attribute the query asks."""
    if op == "months":
        return _months(eng, R, pool)
    attribute = comparable(q)
    what = label_of(R, attribute, q.measure, eng)
    rows, missing = rows_of(R, q, pool)
    if not rows:
        return eng.refusal(R, R.tpl("agg_none", what=what))
    if op == "jump":
        return _jump(eng, R, q, rows, missing, what)
    if q.change:
        return _changes(eng, R, q, rows, missing, what, len(pool))
    if q.conditions and "selected" in q.signals:
        return _of_selected(eng, R, q, pool)
    if q.conditions:
        return _all_of(eng, R, q, op, pool)
    test = _Test(comparator, q.number, q.number_to) if q.number is not None else None
    if q.than is not None and q.than.kind == "that":
        return eng.decline(R, "decline_context", 0.5)  # "above that", with nothing before
    if q.than is not None:
        reference = _reference(eng, R, q, rows, pool)
        if reference is None:
            return eng.refusal(R, R.tpl("agg_none", what=what))
        ref_text, ref_range, ref_year = reference
        rows = [m for m in rows if m.edition.year != ref_year]  # not against itself
        missing = [e for e in missing if e.year != ref_year]
        versus = op == "versus" and not comparator
        test = _Test("" if versus else comparator or "more", 0, None, ref_range, q.factor, ref_text)
        if op == "versus":
            return _versus(eng, R, q, rows, test, what)
    if op in ("all", "any") and test is not None:
        return _claim(eng, R, rows, missing, test, what, op == "all")
    if q.pick and test is not None:
        return _picked(eng, R, q, rows, test, what)
    settled: tuple[int, ...] = ()
    # "both more than 100 countries and an expo": of the editions with that kind on record
    kinds = tuple(a[5:] for a in q.attributes if a.startswith("attr:") and a != attribute)
    if op in ("filter", "count", "share") and test is not None and kinds:
        rows = [m for m in rows if all(any(d.about == k for d in m.edition.details) for k in kinds)]
        pool = tuple(e for e in pool if any(m.edition is e for m in rows))
        missing = []
    if op in ("filter", "count", "share") and test is not None:
        narrowed = len(pool) < len(eng.editions)  # "how many of those…": of the ones asked
        text, years = _filter(R, rows, test, what, op, len(pool), bool(missing), narrowed)
        settled = tuple(m.edition.year for m in rows if test.verdict(m) is True)
        if kinds:
            had = R.join([R.attribute_label(k) for k in kinds])
            text = f"{R.tpl('of_having', what=had)} {text}"
    elif op == "spread":
        text, years = _spread(R, rows, what, q.relative)
    elif op == "nearest" and q.number is not None:
        text, years = _nearest(R, rows, q.number, what)
    elif op == "rank" and len(rows) == 1 and missing:
        # "rank the expos by domestic exhibitors" where one edition has the figure: that one,
        # and that the others' are not on record — no ranking of one
        m = rows[0]
        text = R.tpl(
            "extreme_only_one",
            name=R.name_year(m.edition),
            value=m.shown,
            extreme=R.tpl("extreme_most" if q.direction != "least" else "extreme_least"),
            items=R.join([str(e.year) for e in missing]),
        )
        return replace(eng.refusal(R, text), editions=(m.edition.year,))
    elif op == "rank":
        most = q.direction != "least"
        ordered = sorted(rows, key=lambda m: (-m.value if most else m.value, m.edition.year))
        if 0 < q.top < len(ordered):
            # "the top 3": the first three, and any tied with the third
            cut = ordered[q.top - 1].value
            ordered = ordered[: q.top] + [m for m in ordered[q.top :] if m.value == cut]
        items = R.tpl("list_sep").join(
            R.tpl("agg_rank_item", n=i, year=m.edition.year, value=m.shown)
            for i, m in enumerate(ordered, 1)
        )
        text = R.tpl("agg_rank_most" if most else "agg_rank_least", what=what, items=items)
        if _bounded(rows) != "exact":
            text += " " + R.tpl("approximate")
        years = tuple(m.edition.year for m in ordered)
    elif op in ("sum", "average", "median"):
        total = sum(m.value for m in rows)
        # a median of lower bounds is a lower bound of the median, as a total or a mean is
        bound = _bounded(rows)
        parts = R.tpl("list_sep").join(_part(R, m) for m in rows)
        mean = total / len(rows)
        raw = total if op == "sum" else mean if op == "average" else _median(rows)
        if bound == "about":
            raw = math.floor(raw + 0.5)  # "roughly": no false precision, rounded half up
        value = _number(raw)
        key = f"agg_{op}_{bound}"
        if op == "sum" and missing:
            # editions without the figure add to the total: what is known is a floor of it,
            # never a precise total (sums of the figures on record: "at least")
            key = "agg_sum_partial_about" if bound == "about" else "agg_sum_partial"
        text = R.tpl(key, value=value, what=what, parts=parts, n=len(rows))
        said = {m.bound for m in rows}
        # (a mean or median over the editions with a figure: one missing bounds it nothing)
        alone = not missing or op != "sum"
        if bound == "about" and "lower" in said and "upper" not in said and alone:
            # "about 1,500" beside "more than 2,000": roughly, and maybe more — never a total
            # read as the whole of it
            text += " " + R.tpl("agg_mixed_lower")
        if len(rows) == 1 and not missing:
            # "average of those" when "those" is one edition: its own figure, no mean of one
            text = R.tpl("agg_fold_one", parts=parts)
        elif len(rows) == 1 and op != "sum":
            # "the average number of foreign exhibitors per expo" with one edition's figure:
            # the average is not known — that one figure, never "on average" over one
            lead = R.tpl(f"agg_{op}_unknown", items=R.join([str(e.year) for e in missing]))
            text = f"{lead} {R.tpl('agg_fold_one', parts=parts)}"
            missing = []
        if op == "sum" and not _additive(eng, q.measure):
            # "how many countries from 2016 to 2018": the same ones come back each time
            text += " " + R.tpl("agg_not_additive", what=what)
        years = tuple(m.edition.year for m in rows)
        if missing and (q.years is not None or q.every):
            # "total exhibitors 2022-2025" without 2024's figure: that total is not known,
            # said first; what the editions with a figure add up to follows
            lead = R.tpl(f"agg_{op}_unknown", items=R.join([str(e.year) for e in missing]))
            text = f"{lead} {text}"
            missing = []
    else:
        return eng.refusal(R, R.tpl("agg_none", what=what))
    if missing:
        text += " " + R.tpl("missing_for", items=R.join([str(e.year) for e in missing]))
    answer = eng.series_answer(R, op, text, years)
    if settled and settled != years:
        answer = replace(answer, settled=settled)  # "which of those…": the settled ones
    if op in ("filter", "count", "share") and test is not None:
        # (what was selected, even none: "how many of those…" a turn later is of them)
        unsettled = tuple(y for y in years if y not in settled)
        lacking = tuple(e.year for e in missing)
        shown = tuple((m.edition.year, m.shown) for m in rows)
        answer = replace(answer, result=Selected(attribute, settled, unsettled, lacking, shown))
    return answer


_Pair = tuple[Measure, Measure]
_Items = Callable[[list[_Pair]], str]


def _across(b: Measure, a: Measure, lacking: set[int]) -> bool:
    """Whether an edition without the figure lies between the two."""
    return any(b.edition.year < y < a.edition.year for y in lacking)


def _steps(
    ordered: list[Measure], lacking: set[int], up: bool, same: bool = False, strict: bool = False
) -> list[tuple[Measure, Measure, bool | None]]:
    """Each edition against the one before it: True where it rose (fell, with ``up``
    False) beyond what the sources' qualifiers allow, False where it surely did not, None
    where they leave it open — and always None across an edition without the figure.
    ``same``: True where both reported the same figure alike ("about 1,500" twice), False
    where the figures cannot be equal, None where they may be; ``strict`` (a yes or no on
    the figures themselves, not on what was reported): alike only where both are exact."""
    out: list[tuple[Measure, Measure, bool | None]] = []
    for b, a in pairwise(ordered):
        (b_lo, b_hi), (a_lo, a_hi) = span(b), span(a)
        if _across(b, a, lacking):
            verdict: bool | None = None
        elif same:
            alike = a.value == b.value and a.bound == b.bound and not (a.part or b.part)
            alike = alike and (not strict or (a.exact and b.exact))
            verdict = True if alike else False if a_lo > b_hi or a_hi < b_lo else None
        elif up:
            verdict = True if a_lo > b_hi else False if a_hi <= b_lo else None
        else:
            verdict = True if a_hi < b_lo else False if a_lo >= b_hi else None
        out.append((b, a, verdict))
    return out


def _jump(
    eng: Composer, R: Renderer, q: Query, rows: list[Measure], missing: list[Edition], what: str
) -> Answer:
    """ "Which edition had the biggest increase in sub-forums?": the largest rise (or drop)
    from one edition to the next, by the reported figures, never across an edition without
    the figure."""
    ordered = sorted(rows, key=lambda m: m.edition.year)
    lacking = {e.year for e in missing}
    up = q.change != "down"
    either = q.change == "either"  # "the biggest change, up or down": by its size
    # ("excluding 2021": no step into or out of a year set aside)
    aside = {ref.value for ref in q.refs if ref.kind == "year"} if q.exclude else set()
    lacking |= aside  # (nor across one: 2020 to 2022 is no step from one edition to the next)
    steps = [
        (abs(a.value - b.value) if either else a.value - b.value, b, a)
        for b, a in pairwise(ordered)
        if not _across(b, a, lacking)
        and not {a.edition.year, b.edition.year} & aside
        and (a.value != b.value if either else (a.value > b.value) if up else (a.value < b.value))
    ]
    if not steps:
        return eng.series_answer(
            R, "changes", R.tpl("jump_none" if up else "drop_none", what=what), ()
        )
    best = max(steps, key=lambda s: s[0]) if up else min(steps, key=lambda s: s[0])
    ties = [s for s in steps if s[0] == best[0]]
    items = R.tpl("list_sep").join(
        R.tpl("agg_change_item", year=a.edition.year, value=a.shown, before=b.shown)
        for _, b, a in ties
    )
    key = "change_most" if either else "jump_most" if up else "drop_most"
    exact = all(m.exact for _, b, a in ties for m in (a, b))
    # ("more than 20" then 96: a rise of roughly 76, never exactly 76)
    n = f"{abs(best[0]):,}" if exact else R.tpl("about_n", n=f"{abs(best[0]):,}")
    text = R.tpl(key, what=what, n=n, items=items)
    if not exact:
        text += " " + R.tpl("approximate")
    return eng.series_answer(R, "changes", text, tuple(a.edition.year for _, _, a in ties))


def _steady(
    eng: Composer,
    R: Renderer,
    ordered: list[Measure],
    steps: list[tuple[Measure, Measure, bool | None]],
    lacking: set[int],
    cond: str,
    items: _Items,
) -> Answer:
    """ "Did the expo grow every year from 2015 to 2019?": yes where every step is settled
    so, no where one is settled against it, otherwise open (an edition in the span without
    the figure, or qualifiers that leave a step open)."""
    years = tuple(m.edition.year for m in ordered)
    gaps = [y for y in sorted(lacking) if ordered and years[0] < y < years[-1]]
    missed = [(b, a) for b, a, v in steps if v is False]
    level = [(b, a) for b, a, v in steps if v is None and not _across(b, a, lacking)]
    if ((gaps or level) and not missed) or not steps:
        text = R.tpl("agg_steady_open", cond=cond)
        if level:
            text += " " + R.tpl("agg_unsettled", items=items(level))
        if gaps:
            text += " " + R.tpl("missing_for", items=R.join([str(y) for y in gaps]))
        return replace(eng.series_answer(R, "changes", text, years), answered=False)
    if missed:
        text = R.tpl("no", fact=R.tpl("agg_steady_not", cond=cond, items=items(missed)))
    else:
        pairs = [(b, a) for b, a, _ in steps]
        text = R.tpl("yes", fact=R.tpl("agg_steady_all", cond=cond, items=items(pairs)))
    return eng.series_answer(R, "changes", text, tuple(a.edition.year for _, a in missed) or years)


def _run(
    eng: Composer,
    R: Renderer,
    run: int,
    ordered: list[Measure],
    steps: list[tuple[Measure, Measure, bool | None]],
    cond: str,
    items: _Items,
    editions: int = 0,
) -> Answer:
    """ "Did turnout ever fall two editions in a row?": yes where ``run`` settled steps follow
    one another; no where not even the open ones could make such a run; otherwise open.
    ``editions``: the run as said in editions, where that is not the steps' count ("the
    same two editions in a row" is one step)."""
    said = editions or run

    def first_run(allowed: tuple[bool | None, ...]) -> list[_Pair]:
        streak: list[_Pair] = []
        for b, a, v in steps:
            streak = [*streak, (b, a)] if v in allowed else []
            if len(streak) >= run:
                return streak[-run:]
        return []

    settled = first_run((True,))
    years = tuple(m.edition.year for m in ordered)
    if settled:
        text = R.tpl("yes", fact=R.tpl("agg_filter", cond=cond, items=items(settled)))
        return eng.series_answer(R, "changes", text, tuple(a.edition.year for _, a in settled))
    if not first_run((True, None)):
        text = R.tpl("no", fact=R.tpl("agg_run_none", cond=cond, n=said))
        return eng.series_answer(R, "changes", text, years)
    maybe = first_run((True, None))
    text = (
        R.tpl("agg_run_open", cond=cond, n=said) + " " + R.tpl("agg_unsettled", items=items(maybe))
    )
    return replace(eng.series_answer(R, "changes", text, years), answered=False)


def _median(rows: list[Measure]) -> float:
    values = sorted(m.value for m in rows)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def _spread(
    R: Renderer, rows: list[Measure], what: str, relative: bool = False
) -> tuple[str, tuple[int, ...]]:
    """The highest and the lowest figure and the difference between them (or, ``relative``,
    how many times the lowest the highest is): exact only from exact figures; "at least"
    where the highest is a lower bound and the lowest exact."""
    top = max(m.value for m in rows)
    bottom = min(m.value for m in rows)
    highs = [m for m in rows if m.value == top]
    lows = [m for m in rows if m.value == bottom]
    sep = R.tpl("list_sep")
    if all(m.bound == "exact" for m in highs + lows):
        bound = "exact"
    elif all(m.bound in ("exact", "lower") for m in highs) and all(m.exact for m in lows):
        bound = "lower"
    else:
        bound = "about"
    relative = relative and bottom > 0
    text = R.tpl(
        f"agg_spread_ratio_{bound}" if relative else f"agg_spread_{bound}",
        high=sep.join(_part(R, m) for m in highs),
        low=sep.join(_part(R, m) for m in lows),
        value=_number(round(top / bottom, 1) if relative else top - bottom),
        what=what,
    )
    return text, tuple(m.edition.year for m in highs + lows)


def _nearest(R: Renderer, rows: list[Measure], n: int, what: str) -> tuple[str, tuple[int, ...]]:
    """The figures closest to ``n`` (ties all named), by the stated numbers: a "more than"
    figure may lie nearer or further, so approximate figures say so."""
    gap = min(abs(m.value - n) for m in rows)
    hits = [m for m in rows if abs(m.value - n) == gap]
    text = R.tpl(
        "agg_nearest" if gap else "agg_nearest_same",
        value=_number(n),
        what=what,
        items=R.tpl("list_sep").join(_part(R, m) for m in hits),
        gap=_number(gap),
    )
    if _bounded(hits) != "exact" or (gap and _bounded(rows) != "exact"):
        text += " " + R.tpl("approximate")
    return text, tuple(m.edition.year for m in hits)


class _Test(NamedTuple):
    """The condition a filter or a claim puts on each figure: "more than 20", "at least 19",
    "between 16 and 19", "more than 2016's", "above the average", "twice 2015's or more"."""

    comparator: str
    n: int
    to: int | None = None
    ref: tuple[float, float] | None = None  # the least and the most the reference allows
    factor: float = 1.0
    ref_text: str = ""

    def verdict(self, m: Measure) -> bool | None:
        """True, False, or None where the figure's qualifier leaves it open."""
        if self.ref is not None:
            low, high = (self.ref[0] * self.factor, self.ref[1] * self.factor)
            lo, hi = span(m)
            if self.comparator in ("more", "least"):  # "least": "twice as many or more"
                passes = lo > high or (self.comparator == "least" and lo >= high)
                return True if passes else False if hi <= low else None
            if self.comparator == "less":
                return True if hi < low else False if lo >= high else None
            if lo == hi == low == high:  # "the same number as 2019": exact figures only
                return True
            return False if hi < low or lo > high else None
        if self.comparator in ("either", "neither") and self.to is not None:
            # "19 or 24": one of them; "other than 19 or 24": neither
            one, other = settles(m, "exact", self.n), settles(m, "exact", self.to)
            either = True if one is True or other is True else None
            if one is False and other is False:
                either = False
            return either if either is None or self.comparator == "either" else not either
        if self.to is not None:  # "between 16 and 19", both ends included
            above, below = settles(m, "more", self.n - 1), settles(m, "less", self.to + 1)
            if above is False or below is False:
                return False
            return True if above is True and below is True else None
        if self.comparator == "least":  # "at least 19" is "more than 18"
            return settles(m, "more", self.n - 1)
        if self.comparator == "most":  # "20 or fewer" is "fewer than 21"
            return settles(m, "less", self.n + 1)
        if self.comparator == "not":  # "other than 15": not exactly 15
            equal = settles(m, "exact", self.n)
            return None if equal is None else not equal
        return settles(m, self.comparator, self.n)  # "" : as the reports word it

    def by_number(self, m: Measure) -> bool:
        """Settled, or left open and met by the reported number ("more than 1,500" is under
        1,600 as reported; "over 100" is not over 110): how a selection takes its editions."""
        verdict = self.verdict(m)
        if verdict is not None:
            return verdict
        v, n = float(m.value), float(self.n)
        if self.ref is not None:
            n = self.ref[0] * self.factor
        if self.to is not None:
            if self.comparator in ("either", "neither"):
                return (v in (self.n, self.to)) == (self.comparator == "either")
            return self.n <= v <= self.to
        return {
            "more": v > n,
            "least": v >= n,
            "less": v < n,
            "most": v <= n,
            "not": v != n,
        }.get(self.comparator, v == n)

    def condition(self, R: Renderer, what: str) -> str:
        if self.ref is not None:
            ref = self.ref_text
            if self.factor != 1:
                ref = R.tpl("agg_ref_times", factor=_number(self.factor), ref=ref)
            key = {"more": "more", "least": "least", "less": "less"}.get(self.comparator, "same")
            return R.tpl(f"agg_than_{key}", what=what, ref=ref)
        if self.to is not None:
            key = {"either": "agg_cond_either", "neither": "agg_cond_neither"}.get(
                self.comparator, "agg_cond_between"
            )
            return R.tpl(key, n=f"{self.n:,}", m=f"{self.to:,}", what=what)
        return R.tpl(f"agg_cond_{self.comparator or 'exact'}", n=f"{self.n:,}", what=what)


def matching(
    eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]
) -> tuple[Edition, ...]:
    """The editions of ``pool`` a filter query selects, by the reported figures (those a
    qualifier leaves open included: "more than 1,500" counts as under 1,600, as reported):
    the selection a superlative is then taken among — and of those, the place the query
    asks ("of the last three that had 20 sub-forums")."""
    chosen = _matching(eng, R, q, pool)
    if q.nth is None:
        return chosen
    at, count, _ = q.nth
    ordered = sorted(chosen, key=lambda e: e.year)
    return tuple(ordered[-count:] if at < 0 else ordered[at - 1 : at - 1 + count])


def _matching(
    eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]
) -> tuple[Edition, ...]:
    if q.weekday is not None or (q.months and q.aggregate != "filter"):
        # "among editions that opened on a Wednesday", "of the editions not in November"
        return tuple(
            e
            for e in pool
            if e.start is not None
            and (
                (e.start.weekday() == q.weekday)
                if q.weekday is not None
                else (e.start.month in q.months)
            )
            != q.exclude
        )
    if q.months and q.aggregate == "filter":
        # "of the editions held in November with more than 15 sub-forums": both conditions
        pool = tuple(e for e in pool if e.start is not None and e.start.month in q.months)
    rows, _ = rows_of(R, q, pool)
    if q.comparator == "present":  # 有博览会的届次: those with a figure of it on record
        return tuple(m.edition for m in rows)
    if q.than is not None and q.than.kind != "that":
        reference = _reference(eng, R, q, rows, pool)
        if reference is None:
            return ()
        _, ref_range, ref_year = reference
        test = _Test(q.comparator or "more", 0, None, ref_range, q.factor)
        rows = [m for m in rows if m.edition.year != ref_year]
    elif q.number is not None:
        test = _Test(q.comparator, q.number, q.number_to)
    else:
        return ()
    return tuple(m.edition for m in rows if test.by_number(m))


def _picked(
    eng: Composer, R: Renderer, q: Query, rows: list[Measure], test: _Test, what: str
) -> Answer:
    """The first (or last) edition whose figure meets the condition; an earlier (later) one
    its qualifier leaves open is named too, since it might be the one."""
    ordered = sorted(rows, key=lambda m: m.edition.year, reverse=q.pick == "last")
    cond = test.condition(R, what)
    hit = next((m for m in ordered if test.verdict(m) is True), None)
    if hit is None:
        return eng.series_answer(R, "filter", R.tpl("agg_filter_none", cond=cond), ())
    before = [m for m in ordered[: ordered.index(hit)] if test.verdict(m) is None]
    key = "agg_pick_first" if q.pick == "first" else "agg_pick_last"
    # "the first after 2020 with more than 120 countries": of those years (2015 had it too)
    text = scope(R, q) + R.tpl(key, cond=cond, items=_part(R, hit))
    if before:
        text += " " + R.tpl(
            "agg_unsettled", items=R.tpl("list_sep").join(_part(R, m) for m in before)
        )
    years = (hit.edition.year, *(m.edition.year for m in before))
    claimed = next((ref.value for ref in q.refs if ref.kind == "year"), None)
    if q.yes_no and claimed is not None:
        # "was 2022 the first summit with more than 2,000 people?": that edition, or not —
        # no once a settled one comes first; yes only where none before it is left open
        passed = (claimed > hit.edition.year) == (q.pick == "first")
        if claimed != hit.edition.year and passed:
            text = R.tpl("no", fact=text)
        elif claimed == hit.edition.year and not before:
            text = R.tpl("yes", fact=text)
        years = tuple(dict.fromkeys((claimed, *years)))
    return eng.series_answer(R, "filter", text, years)


def _of_selected(eng: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...]) -> Answer:
    """ "Did every edition with 24 sub-forums last 4 days?": the editions the first
    condition selects, each judged on the last — no where one breaks it, yes only where every
    one selected holds it and no edition is left open (by its qualifier, or no figure)."""
    (attribute, kind, comparator, n), (c_attribute, c_kind, c_comparator, c_n) = (
        q.conditions[0],
        q.conditions[-1],
    )
    select, claim = _Test(comparator, n), _Test(c_comparator, c_n)
    sel_what = label_of(R, attribute, kind, eng)
    claim_what = label_of(R, c_attribute, c_kind, eng)
    chosen: list[tuple[Edition, str, bool | None]] = []
    unsure: list[int] = []  # editions the selection cannot place (no figure, or a qualifier)
    for e in pool:
        m = measure(R, e, attribute, kind)
        picked = None if m is None else select.verdict(m)
        if picked is False:
            continue
        if picked is None:
            unsure.append(e.year)
            continue
        c = measure(R, e, c_attribute, c_kind)
        shown = c.shown if c is not None else R.tpl("unknown_value")
        chosen.append(
            (e, f"{m.shown if m else ''}, {shown}", None if c is None else claim.verdict(c))
        )
    sel_cond = select.condition(R, sel_what)
    verb = "claim_lasted" if c_attribute == "duration" else "claim_had"
    claim_cond = R.tpl(verb, cond=claim.condition(R, claim_what))
    sep = R.tpl("list_sep")
    lacking = [y for y in unsure if measure(R, eng.index.by_year[y], attribute, kind) is None]
    if not chosen and not unsure:
        text = R.tpl("agg_filter_none", cond=sel_cond)
        return eng.series_answer(R, "verify", text, ())
    if not chosen and lacking == unsure:  # none selected, some without the figure
        text = R.tpl("agg_filter_none_known", cond=sel_cond)
        text += " " + R.tpl("missing_for", items=R.join([str(y) for y in lacking]))
        return eng.series_answer(R, "verify", text, ())
    against = [(e, shown) for e, shown, v in chosen if v is False]
    items = sep.join(R.tpl("agg_part", year=e.year, value=shown) for e, shown, _ in chosen)
    if against:
        broke = sep.join(R.tpl("agg_part", year=e.year, value=shown) for e, shown in against)
        text = R.tpl("selected_no", sel=sel_cond, claim=claim_cond, items=broke)
        return eng.series_answer(R, "verify", text, tuple(e.year for e, _ in against))
    if all(v is True for _, _, v in chosen) and not unsure:
        text = R.tpl("selected_yes", sel=sel_cond, claim=claim_cond, items=items)
    elif chosen and all(v is True for _, _, v in chosen) and lacking == unsure:
        # every edition selected holds it; some have no figure to be selected by: a yes of
        # the reported figures, which names them
        text = R.tpl("selected_yes_reported", sel=sel_cond, claim=claim_cond, items=items)
        text += " " + R.tpl("missing_for", items=R.join([str(y) for y in lacking]))
    else:
        text = R.tpl("selected_open", sel=sel_cond, claim=claim_cond, items=items or "—")
        if unsure:
            text += " " + R.tpl("selected_unsure", items=R.join([str(y) for y in unsure]))
    return eng.series_answer(R, "verify", text, tuple(e.year for e, _, _ in chosen))


def _all_of(eng: Composer, R: Renderer, q: Query, op: str, pool: tuple[Edition, ...]) -> Answer:
    """The editions meeting every condition, each on its own figure ("at least 1,800 guests
    but fewer than 20 sub-forums"); those a figure's qualifier (or its absence) leaves open
    apart."""
    tests = []
    for attribute, kind, comparator, n in q.conditions:
        what = label_of(R, attribute, kind, eng)
        if comparator.endswith("@"):  # "more countries than 2022": against that edition's
            e = eng.index.edition(n)
            m = measure(R, e, attribute, kind) if e is not None else None
            if m is None:
                return eng.refusal(R, R.tpl("agg_none", what=what))
            ref_text = R.tpl("agg_ref_year", year=n, value=m.shown)
            test = _Test(comparator[:-1] or "more", 0, None, span(m), 1.0, ref_text)
        else:
            test = _Test(comparator, n)
        tests.append((attribute, kind, test, what))
    sep = R.tpl("list_sep")
    hits: list[str] = []
    open_: list[str] = []
    years: list[int] = []
    missing: list[str] = []
    against = {n for _, _, comparator, n in q.conditions if comparator.endswith("@")}
    for e in pool:
        if e.year in against:
            continue  # an edition is not more than itself
        verdicts: list[bool | None] = []
        shown: list[str] = []
        for attribute, kind, test, _ in tests:
            m = measure(R, e, attribute, kind)
            verdicts.append(None if m is None else test.verdict(m))
            shown.append(m.shown if m is not None else R.tpl("unknown_value"))
        if False in verdicts:
            continue
        if all(s == R.tpl("unknown_value") for s in shown):
            missing.append(str(e.year))  # no figure at all: named, not "open"
            continue
        part = R.tpl("agg_part", year=e.year, value=sep.join(shown))
        (hits if all(v is True for v in verdicts) else open_).append(part)
        years.append(e.year)
    cond = R.tpl("and_sep").join(test.condition(R, what) for _, _, test, what in tests)
    items = sep.join(hits)
    if hits and op == "count":
        text = R.tpl("agg_count", count=len(hits), total=len(pool), cond=cond, items=items)
    elif hits:
        text = R.tpl("agg_filter", cond=cond, items=items)
    else:  # none settled: "no edition had …" only where none is left open either
        text = R.tpl("agg_filter_none_open" if open_ else "agg_filter_none", cond=cond)
    if open_:
        text += " " + R.tpl("agg_unsettled", items=sep.join(open_))
    if missing:
        text += " " + R.tpl("missing_for", items=R.join(missing))
    return eng.series_answer(R, op if op in ("filter", "count") else "filter", text, tuple(years))


def _changes(
    eng: Composer,
    R: Renderer,
    q: Query,
    rows: list[Measure],
    missing: list[Edition],
    what: str,
    total: int,
) -> Answer:
    """Editions whose figure rose (or fell) against the edition right before them: settled
    where one's least passes the other's most; left open otherwise, and never across an
    edition without the figure."""
    ordered = sorted(rows, key=lambda m: m.edition.year)
    lacking = {e.year for e in missing}
    steps = _steps(ordered, lacking, q.change == "up", q.change == "same", q.yes_no)
    hits = [(b, a) for b, a, v in steps if v is True]
    open_ = [(b, a) for b, a, v in steps if v is None and not _across(b, a, lacking)]
    key = {"up": "agg_rose", "same": "agg_same"}.get(q.change, "agg_fell")
    cond = R.tpl(key, what=what)
    sep = R.tpl("list_sep")

    def items(pairs: list[tuple[Measure, Measure]]) -> str:
        return sep.join(
            R.tpl("agg_change_item", year=a.edition.year, value=a.shown, before=b.shown)
            for b, a in pairs
        )

    def alike(pairs: list[tuple[Measure, Measure]]) -> str:
        # "2025: 24 sub-forums, as in 2024": the edition, and the one before it named
        return sep.join(
            R.tpl("agg_same_item", first=b.edition.year, year=a.edition.year, value=a.shown)
            for b, a in pairs
        )

    settled = alike if q.change == "same" else items

    if q.yes_no and "steady" in q.signals:
        return _steady(eng, R, ordered, steps, lacking, cond, items)
    if q.yes_no and q.run:
        same_run = q.run + 1 if q.change == "same" else 0  # (steps, said in editions)
        return _run(eng, R, q.run, ordered, steps, cond, settled, same_run)
    if q.yes_no and (hits or not open_):
        # "did attendance ever drop against the edition before?": once settles it
        fact = (
            R.tpl("agg_filter", cond=cond, items=settled(hits))
            if hits
            else (R.tpl("agg_filter_none", cond=cond))
        )
        text = R.tpl("yes" if hits else "no", fact=fact)
        years = tuple(a.edition.year for _, a in hits) or tuple(m.edition.year for m in ordered)
        return eng.series_answer(R, "changes", text, years)
    latest = any(ref.kind == "latest" for ref in q.refs)
    if latest and hits:  # "the last time sub-forums dropped": the latest such edition
        hits, open_ = hits[-1:], [p for p in open_ if p[1].edition.year > hits[-1][1].edition.year]
        text = R.tpl("agg_change_last", cond=cond, items=settled(hits))
    elif hits and ("count" in q.signals or q.aggregate == "count"):
        text = R.tpl("agg_count", count=len(hits), total=total, cond=cond, items=settled(hits))
    elif hits:
        text = R.tpl("agg_filter", cond=cond, items=settled(hits))
    else:
        text = R.tpl("agg_filter_none_open" if open_ else "agg_filter_none", cond=cond)
    if open_:
        text += " " + R.tpl("agg_unsettled", items=items(open_))
    years = tuple(dict.fromkeys(a.edition.year for _, a in hits + open_))
    return eng.series_answer(R, "changes", text, years)


def changes_both(
    eng: Composer, R: Renderer, asked: tuple[Query, Query], pool: tuple[Edition, ...]
) -> Answer:
    """Editions whose two figures each moved as asked against the edition right before
    them ("fewer guests but more countries than the year before"): settled where both
    steps are; left open where one is open and neither surely failed."""
    steps: list[dict[int, tuple[Measure, Measure, bool | None]]] = []
    conds: list[str] = []
    for q in asked:
        attribute = comparable(q)
        rows, missing = rows_of(R, q, pool)
        lacking = {e.year for e in missing}
        ordered = sorted(rows, key=lambda m: m.edition.year)
        steps.append(
            {
                a.edition.year: (b, a, v)
                for b, a, v in _steps(ordered, lacking, q.change == "up")
                if v is not None or not _across(b, a, lacking)
            }
        )
        what = label_of(R, attribute, q.measure, eng)
        conds.append(R.tpl("agg_rose" if q.change == "up" else "agg_fell", what=what))
    first, second = steps
    hits: list[str] = []
    open_: list[str] = []
    years: list[int] = []
    for year in sorted(first.keys() & second.keys()):
        (b1, a1, v1), (b2, a2, v2) = first[year], second[year]
        if v1 is False or v2 is False:
            continue
        item = R.tpl(
            "agg_change_pair",
            year=year,
            value=a1.shown,
            before=b1.shown,
            value2=a2.shown,
            before2=b2.shown,
        )
        (hits if v1 and v2 else open_).append(item)
        years.append(year)
    cond = R.tpl("and_sep").join(conds)
    sep = R.tpl("list_sep")
    if hits:
        text = R.tpl("agg_filter", cond=cond, items=sep.join(hits))
    else:
        text = R.tpl("agg_filter_none_open" if open_ else "agg_filter_none", cond=cond)
    if open_:
        text += " " + R.tpl("agg_unsettled", items=sep.join(open_))
    return eng.series_answer(R, "changes", text, tuple(years))


def _reference(
    eng: Composer, R: Renderer, q: Query, rows: list[Measure], pool: tuple[Edition, ...]
) -> tuple[str, tuple[float, float], int] | None:
    """What the figures are compared with: an edition's own figure, or the mean of the
    editions measured (bounded as any mean is); its words, its range, its edition's year."""
    ref = q.than
    if ref is None:
        return None
    if ref.kind == "year":
        e = eng.index.edition(ref.value)
        m = measure(R, e, comparable(q), q.measure) if e is not None else None
        if m is None:
            return None
        return R.tpl("agg_ref_year", year=ref.value, value=m.shown), span(m), ref.value
    if not rows:
        return None
    # the mean (or median) of the reported figures, as a number: each figure's own qualifier
    # is what leaves an edition open against it
    value = _median(rows) if ref.kind == "median" else sum(m.value for m in rows) / len(rows)
    key = "agg_ref_median" if ref.kind == "median" else "agg_ref_average"
    text = R.tpl(key, value=_number(round(value, 1)), n=len(rows))
    return text, allowed(value, "exact"), 0


def _versus(
    eng: Composer, R: Renderer, q: Query, rows: list[Measure], test: _Test, what: str
) -> Answer:
    """One edition's figure against the reference ("was 2019 above average?"): yes or no
    where the figures settle it."""
    asked = {ref.value for ref in q.refs if ref.kind == "year"}
    mine = [m for m in rows if m.edition.year in asked]
    if not mine:
        return eng.refusal(R, R.tpl("agg_none", what=what))
    m = mine[0]
    if not test.comparator:  # "2014's sub-forums vs the average": which side it is on
        above = test._replace(comparator="more").verdict(m)
        below = test._replace(comparator="less").verdict(m)
        key = "agg_above" if above else "agg_below" if below else "agg_versus"
        text = R.tpl(key, part=_part(R, m), ref=test.ref_text)
        return eng.series_answer(R, "verify", text, (m.edition.year,))
    fact = R.tpl("agg_versus", part=_part(R, m), ref=test.ref_text)
    verdict = test.verdict(m)
    text = fact if verdict is None else R.tpl("yes" if verdict else "no", fact=fact)
    return eng.series_answer(R, "verify", text, (m.edition.year,))


def _claim(
    eng: Composer,
    R: Renderer,
    rows: list[Measure],
    missing: list[Edition],
    test: _Test,
    what: str,
    every: bool,
) -> Answer:
    """A claim about every edition selected ("did every summit have…?"): yes only if each
    figure settles it, no if one contradicts it, otherwise the figures without a verdict (an
    edition without the figure leaves a "yes" open). About some edition ("did any…?"): yes
    with those whose figure settles it, no when every edition's figure contradicts it."""
    verdicts = [test.verdict(m) for m in rows]
    if not every:
        hits = [m for m, v in zip(rows, verdicts, strict=True) if v is True]
        if hits:
            text = R.tpl("yes", fact=R.tpl("list_sep").join(_part(R, m) for m in hits) + ".")
            return eng.series_answer(R, "verify", text, tuple(m.edition.year for m in hits))
        # none settles it: the filter's own answer ("no edition had more than 25, by the
        # reported figures"), a plain no only where every edition has a figure to rule it out
        text, _ = _filter(R, rows, test, what, "filter", len(rows), partial=bool(missing))
        if all(v is False for v in verdicts) and not missing:
            text = R.tpl("no", fact=text)
        elif missing:
            # an edition without the figure may have had it: unknown, never "no"
            text += " " + R.tpl("missing_for", items=R.join([str(e.year) for e in missing]))
            text = R.tpl("any_unknown", fact=text)
        return eng.series_answer(R, "verify", text, tuple(m.edition.year for m in rows))
    end = "。" if R.zh else "."
    parts = R.tpl("list_sep").join(_part(R, m) for m in rows) + end
    if any(v is False for v in verdicts):
        # the editions that break the claim, not every figure: the difference is the answer
        against = [m for m, v in zip(rows, verdicts, strict=True) if v is False]
        text = R.tpl("all_no", fact=R.tpl("list_sep").join(_part(R, m) for m in against) + end)
    elif all(v is True for v in verdicts) and not missing:
        text = R.tpl("all_yes", fact=parts)
    else:
        text = parts
        if missing:
            text += " " + R.tpl("missing_for", items=R.join([str(e.year) for e in missing]))
    years = tuple(m.edition.year for m in rows)
    return eng.series_answer(R, "verify", text, years)


def _filter(
    R: Renderer,
    rows: list[Measure],
    test: _Test,
    what: str,
    op: str,
    total: int,
    partial: bool = False,
    narrowed: bool = False,
) -> tuple[str, tuple[int, ...]]:
    """The editions whose figure meets the condition; those the qualifier leaves open apart.
    ``op`` count says how many of ``total``; share adds the per cent. ``partial``: some
    editions have no figure, so "none" is said of those that have one. ``narrowed``: the
    editions asked about are some of them, so "none" is said of those (never "no edition")."""
    hits: list[Measure] = []
    open_: list[Measure] = []
    for m in rows:
        verdict = test.verdict(m)
        if verdict is True:
            hits.append(m)
        elif verdict is None:
            open_.append(m)
    cond = test.condition(R, what)
    items = R.tpl("list_sep").join(_part(R, m) for m in hits)
    if hits and op == "share":
        pct = _number(round(100 * len(hits) / total, 1))
        text = R.tpl("agg_share", count=len(hits), total=total, pct=pct, cond=cond, items=items)
    elif hits and op == "count":
        text = R.tpl("agg_count", count=len(hits), total=total, cond=cond, items=items)
    elif hits:
        text = R.tpl("agg_filter", cond=cond, items=items)
    elif not open_ and (narrowed or op in ("count", "share")):
        text = R.tpl("agg_count_none", total=total, cond=cond)
    else:
        key = "agg_filter_none_open" if open_ else "agg_filter_none"
        text = R.tpl(f"{key}_known" if partial else key, cond=cond)
    nearest: list[Measure] = []
    if not hits and not open_ and rows and test.ref is None and test.comparator in _BOUNDS:
        # "any edition with more than 25 sub-forums?": none — and the most there was (24)
        most = test.comparator in ("more", "least")
        edge = max(m.value for m in rows) if most else min(m.value for m in rows)
        nearest = [m for m in rows if m.value == edge]
        shown = R.tpl("list_sep").join(_part(R, m) for m in nearest)
        text += " " + R.tpl("agg_none_most" if most else "agg_none_least", items=shown)
    if open_:
        unsettled = R.tpl("list_sep").join(_part(R, m) for m in open_)
        text += " " + R.tpl("agg_unsettled", items=unsettled)
    return text, tuple(m.edition.year for m in hits + open_ + nearest)


_BOUNDS = ("more", "least", "less", "most")


def _months(eng: Composer, R: Renderer, pool: tuple[Edition, ...]) -> Answer:
    """In how many different months the editions started, and which."""
    by_month: dict[int, list[int]] = {}
    for e in pool:
        if e.start is not None and e.status == "held":
            by_month.setdefault(e.start.month, []).append(e.year)
    if not by_month:
        return eng.decline(R, "decline_unknown", 0.6)
    items = R.tpl("list_sep").join(
        R.tpl("agg_month_item", month=R.month_name(m), years=R.join([str(y) for y in ys]))
        for m, ys in sorted(by_month.items())
    )
    text = R.tpl("agg_months", n=len(by_month), items=items)
    years = tuple(y for ys in by_month.values() for y in ys)
    return eng.series_answer(R, "months", text, tuple(sorted(years)))
