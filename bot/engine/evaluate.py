"""Evaluation of the operations beyond a look-up: verify, compare, superlative, difference,
filters, reverse look-ups, typical values and frequency.

Each function takes the resolved editions and the query, and returns an ``Answer`` worded by
the renderer. Figures keep their source's qualifier; where the knowledge lacks a fact for some
editions, the answer says which.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from .answer import Answer
from .compose import Composer
from .model import Detail, Edition, Figure
from .query import Query
from .render import Renderer, chinese_number, english_ordinal
from .text import normalise


@dataclass(frozen=True, slots=True)
class Measure:
    """One edition's value for a comparable attribute, as its source words it."""

    edition: Edition
    value: int
    shown: str  # "more than 2,100 participants"
    source: str  # "People's Daily" or ""
    exact: bool  # no "about" or "more than"
    bound: str = "exact"  # exact | lower ("more than") | upper ("nearly") | about ("about")


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
        found = [d for d in e.details if d.about == attribute[5:] and d.number is not None]
        if not found:
            return None
        d = max(found, key=lambda d: d.number or 0)
        shown = R.detail_figure(d)
        return Measure(e, d.number or 0, shown, d.source or "", not d.qualifier, bound(d.qualifier))
    return None


def _what(R: Renderer, attribute: str, kind: str, eng: Composer) -> str:
    if attribute.startswith("attr:"):
        return eng.attribute_label(R, attribute[5:])
    return R.tpl("what_places" if kind == "places" else "what_people")


def superlative(
    eng: Composer,
    R: Renderer,
    q: Query,
    editions: tuple[Edition, ...],
    about: Edition | None = None,
) -> Answer:
    """Which edition has the most (or least) of the attribute asked; with ``about`` ("did 2023
    set a record?"), that edition's figure beside the extreme."""
    attribute = _comparable(q)
    rows = [m for e in editions if (m := measure(R, e, attribute, q.measure)) is not None]
    missing = [
        e for e in editions if e.status == "held" and measure(R, e, attribute, q.measure) is None
    ]
    if not rows:
        return eng.decline(R, "decline_unknown", 0.6)
    most = q.direction != "least"
    best = max(m.value for m in rows) if most else min(m.value for m in rows)
    top = [m for m in rows if m.value == best]
    timed = attribute in ("duration", "dates", "start", "end", "calendar")
    if len(top) > 1:
        items = R.join([R.name_year(m.edition) for m in top])
        extreme = R.tpl("extreme_most" if most else "extreme_least")
        text = R.tpl("tie", items=items, extreme=extreme, value=top[0].shown)
    elif timed:
        m = top[0]
        days_key = "most_days" if most else "least_days"
        key = ("latest_day" if most else "earliest_day") if q.calendar else days_key
        text = R.tpl(key, name=R.name_year(m.edition), value=m.shown, dates=R.dates(m.edition))
    else:
        m = top[0]
        source = f" ({m.source})" if m.source else ""
        text = R.tpl(
            "most" if most else "least",
            name=R.name_year(m.edition),
            what=_what(R, attribute, q.measure, eng),
            value=m.shown,
            source=source,
        )
    if not timed and not all(m.exact for m in rows):
        text += " " + R.tpl("approximate")
    if missing:
        text += " " + R.tpl("missing_for", items=R.join([str(e.year) for e in missing]))
    years = tuple(m.edition.year for m in top)
    if about is not None and (mine := measure(R, about, attribute, q.measure)) is not None:
        lead = R.tpl("figure_fact", name=R.name_year(about), value=mine.shown, what="")
        text = f"{lead} {text}"
        years = (about.year, *(y for y in years if y != about.year))
    return eng.series_answer(R, "superlative", text, years, rows_sources(rows))


def compare(eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...]) -> Answer:
    """Two editions on one attribute: which is larger, or earlier in the year."""
    if len(editions) < 2:
        return eng.decline(R, "decline_context", 0.5)
    a, b = editions[0], editions[1]
    if q.direction in ("earlier", "later") and not _counted(q):
        if not (a.start and b.start):
            return eng.decline(R, "decline_unknown", 0.5)
        first, second = sorted((a, b), key=lambda e: (_day(e.start).month, _day(e.start).day))
        text = R.tpl(
            "compare_earlier",
            first=R.name_year(first),
            second=R.name_year(second),
            a=R.month_day(_day(first.start)),
            b=R.month_day(_day(second.start)),
        )
        return eng.series_answer(R, "compare", text, (a.year, b.year), eng.sources_of((a, b)))
    attribute = _comparable(q)
    ma, mb = measure(R, a, attribute, q.measure), measure(R, b, attribute, q.measure)
    what = _what(R, attribute, q.measure, eng)
    if ma is None or mb is None:
        lacking = [e for e, m in ((a, ma), (b, mb)) if m is None]
        text = R.tpl("compare_unknown", what=what, items=R.join([R.name_year(e) for e in lacking]))
        return eng.refusal(R, text)
    if ma.value == mb.value:
        text = R.tpl(
            "compare_same", first=R.name_year(a), second=R.name_year(b), a=ma.shown, b=mb.shown
        )
    else:
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
        text += " " + R.tpl("gap_exact" if hi.exact and lo.exact else "gap_about", n=f"{gap:,}")
        if not (hi.exact and lo.exact):
            text += " " + R.tpl("approximate")
    return eng.series_answer(R, "compare", text, (a.year, b.year), rows_sources([ma, mb]))


def difference(eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...]) -> Answer:
    """The time between the openings of two editions, in the unit asked."""
    if len(editions) < 2 or not all(e.start for e in editions[:2]):
        return eng.decline(R, "decline_unknown", 0.5)
    first, second = sorted(editions[:2], key=lambda e: _day(e.start))
    begin = first.end if q.from_end and first.end else _day(first.start)
    days = (_day(second.start) - begin).days
    unit = q.unit or "days"
    if unit == "weeks":
        span = R.tpl("weeks_span", weeks=days // 7, rest=days % 7, days=days)
        if days % 7 == 0:
            span = R.tpl("weeks_exact", weeks=days // 7, days=days)
    elif unit == "months":
        a, b = _day(first.start), _day(second.start)
        months = (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)
        span = R.tpl("months_ago", n=months) + R.tpl("days_total", days=days)
    elif unit == "years":
        span = eng.span(R, _day(first.start), _day(second.start)) + R.tpl("days_total", days=days)
    else:
        span = R.days(days)
    text = R.tpl(
        "between_end" if q.from_end and first.end else "between",
        first=R.name_year(first),
        second=R.name_year(second),
        a=R.date(begin),
        b=R.date(_day(second.start)),
        span=span,
    )
    years = (first.year, second.year)
    return eng.series_answer(R, "difference", text, years, eng.sources_of((first, second)))


def month_filter(eng: Composer, R: Renderer, q: Query) -> Answer:
    """Editions held in (or outside) the months named."""
    if q.weekday is not None:
        return _weekday_filter(eng, R, q)
    months = set(q.months)
    held = [e for e in eng.editions if e.start and e.status != "cancelled"]
    hits = [e for e in held if _in_months(e, months) != q.exclude]
    mname = R.join([R.month_name(m) for m in q.months])
    if not hits:
        where = R.tpl("outside_word") if q.exclude else R.tpl("in_word")
        text = R.tpl("filter_none", month=mname, where=where)
        return eng.series_answer(R, "filter", text, (), ())
    items = R.join([f"{R.name(e)} ({R.short_dates_of(e)})" for e in hits])
    text = R.tpl("filter_out" if q.exclude else "filter_in", month=mname, items=items)
    years = tuple(e.year for e in hits)
    return replace(
        eng.series_answer(R, "filter", text, years, eng.sources_of(hits)), intent="which"
    )


def _weekday_filter(eng: Composer, R: Renderer, q: Query) -> Answer:
    """Editions that opened on the weekday named."""
    hits = [e for e in eng.editions if e.start and e.start.weekday() == q.weekday]
    day = R.weekday(dt.date(2024, 1, 1) + dt.timedelta(days=q.weekday or 0))  # a Monday + n
    if not hits:
        return eng.series_answer(R, "filter", R.tpl("weekday_none", day=day), (), ())
    items = R.join([f"{R.name_year(e)} ({R.date(_day(e.start))})" for e in hits])
    text = R.tpl("weekday_filter", day=day, items=items)
    years = tuple(e.year for e in hits)
    answer = eng.series_answer(R, "filter", text, years, eng.sources_of(hits))
    return replace(answer, intent="which")


def reverse_dates(eng: Composer, R: Renderer, q: Query) -> Answer:
    """The edition held on the month and days given ("which one was November 9-11")."""
    hits = []
    for e in eng.editions:
        if not e.start:
            continue
        end = e.end or e.start
        if e.start.month not in q.months and end.month not in q.months:
            continue
        span = {d.day for d in _days_between(e.start, end)}
        if all(d in span for d in q.days):
            hits.append(e)
    if len(hits) != 1:
        return eng.refusal(R, R.tpl("reverse_none")) if not hits else eng.ambiguous(R, hits)
    e = hits[0]
    text = R.tpl("reverse_dates", name=R.name(e), dates=R.dates(e) or R.date(_day(e.start)))
    return replace(eng.edition_answer(R, "reverse", text, e), intent="which")


MAX_HITS = 6  # more matches than this: the quote does not pick editions out


def reverse_value(eng: Composer, R: Renderer, q: Query) -> Answer:
    """The editions whose facts say what the question quotes: a name ("which year did <a speaker>
    give the keynote"), a figure ("which expo had 601 exhibitors"), a phrase ("permanent")."""
    attrs = {a[5:] for a in q.attributes if a.startswith("attr:")}
    scored: list[tuple[int, Edition, str]] = []
    for e in eng.editions:
        best: tuple[int, str] | None = None
        for text, number in _facts_of(R, e, attrs, q):
            if q.number is not None and number != q.number:
                continue
            score = len(set(q.values) & set(normalise(text).words))
            score += sum(1 for v in q.values if not v.isascii() and v in text)
            if (score or q.number is not None) and (best is None or score > best[0]):
                best = (score, text)
        if best is not None:
            scored.append((best[0], e, best[1]))
    top = max((s for s, _, _ in scored), default=0)
    hits = [(e, text) for s, e, text in scored if s == top]
    if not hits or len(hits) > MAX_HITS:
        return eng.refusal(R, R.tpl("reverse_none"))
    lines = [R.tpl("reverse_first", name=R.name(e), year=e.year, text=text) for e, text in hits]
    years = tuple(e.year for e, _ in hits)
    answer = eng.series_answer(R, "reverse", " ".join(lines), years, eng.sources_of(hits_eds(hits)))
    return replace(answer, intent="which")


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
    return out


def reverse_first(eng: Composer, R: Renderer, q: Query) -> Answer:
    """The edition that first had something ("which one introduced the expo")."""
    attrs = [a[5:] for a in q.attributes if a.startswith("attr:")]
    for attr in attrs:
        firsts = [(e, d) for e in eng.editions for d in e.details if d.about == attr and d.first]
        if firsts:
            e, d = firsts[0]
            text = R.tpl("reverse_first", name=R.name(e), year=e.year, text=R.detail_text(d))
            answer = eng.edition_answer(R, "reverse", text, e, sources=_detail_sources(d))
            return replace(answer, intent=f"attr:{attr}")
    return eng.decline(R, "decline_unknown", 0.6)


def usual(eng: Composer, R: Renderer, q: Query) -> Answer:
    """What is typical: how long editions last, or the month they are held in."""
    dated = [e for e in eng.editions if e.start and e.end and e.status == "held"]
    if not dated:
        return eng.decline(R, "decline_unknown", 0.5)
    if "duration" in q.attributes or q.unit == "days" or "days" in q.attributes:
        lengths = Counter((_day(e.end) - _day(e.start)).days + 1 for e in dated)
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
        months = Counter(_day(e.start).month for e in dated)
        month, count = months.most_common(1)[0]
        text = R.tpl("usual_month", month=R.month_name(month), count=count, total=len(dated))
    return eng.series_answer(R, "usual", text, (), ())


def frequency(eng: Composer, R: Renderer, today: dt.date) -> Answer:
    """How often the series is held."""
    held = [e for e in eng.editions if e.start and e.start <= today and e.status == "held"]
    if not held:
        return eng.decline(R, "decline_unknown", 0.5)
    text = R.tpl("frequency", n=len(held), first=held[0].year, last=held[-1].year)
    return eng.series_answer(R, "frequency", text, (), eng.kb.facts.series.sources)


def verify(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], today: dt.date
) -> Answer:
    """A claim about one edition (month, weekday, year, length, a figure, a first, that it
    had something): yes or no, always with the facts that decide it."""
    claim = q.claim
    others = [e for e in editions if claim is None or e.year != claim.year]
    e = others[0] if others else (editions[0] if editions else None)
    if claim is None or e is None:
        return eng.decline(R, "decline_unknown", 0.5)
    timed = claim.months or claim.weekday is not None or claim.days or claim.year is not None
    if claim.values and not timed:
        if "theme" in q.attributes or "place" in q.attributes:
            return _verify_text(eng, R, q, e, claim.values, today)
        asked = next((a for a in q.attributes if a.startswith("attr:")), "")
        return _verify_quote(eng, R, e, claim.values, asked)
    detail = next((a for a in q.attributes if a.startswith("attr:")), None)
    if detail and (claim.first or claim.exists or claim.number is not None):
        return _verify_detail(eng, R, q, e, detail)
    if claim.number is not None:
        return _verify_figure(eng, R, q, e)
    if e.start is None:
        return eng.refusal(R, eng.dates_text(R, e, today))
    start, end = e.start, e.end or e.start
    checks: list[bool] = []
    if claim.months:
        checks.append(any(m in (start.month, end.month) for m in claim.months))
    if claim.year is not None:
        checks.append(e.year == claim.year)
    facts = [eng.dates_text(R, e, today)]
    if claim.day is not None:  # "it ended on November 8th?": that day, or within its dates
        if "end" in q.attributes and e.end:
            checks.append(e.end.day == claim.day)
        elif "start" in q.attributes:
            checks.append(start.day == claim.day)
        else:
            checks.append(start.day <= claim.day <= end.day or start.month != end.month)
    if claim.weekday is not None:
        day = end if "end" in q.attributes and e.end else start
        checks.append(day.weekday() == claim.weekday)
        facts = [eng.sentence(R, "weekday", e, today)]
    if claim.days is not None:
        checks.append(e.end is not None and (e.end - start).days + 1 == claim.days)
        facts = [eng.sentence(R, "duration", e, today)]
    if not checks:  # nothing the dates can settle: state them, say neither yes nor no
        return eng.edition_answer(R, "lookup", " ".join(facts), e)
    return _yes_no(eng, R, e, all(checks), " ".join(facts), claim.year)


def _yes_no(
    eng: Composer, R: Renderer, e: Edition, yes: bool, fact: str, year: int | None = None
) -> Answer:
    if yes:
        return eng.edition_answer(R, "verify", R.tpl("yes", fact=fact), e)
    if year is not None and year != e.year and (other := eng.edition(year)):
        text = R.tpl("no_year", fact=fact, year=year, other=R.name(other))
        answer = eng.edition_answer(R, "verify", text, e, eng.sources_of((e, other)))
        return replace(answer, editions=(e.year, other.year))
    return eng.edition_answer(R, "verify", R.tpl("no", fact=fact), e)


def _verify_text(
    eng: Composer,
    R: Renderer,
    q: Query,
    e: Edition,
    values: tuple[str, ...],
    today: dt.date,
) -> Answer:
    """ "Was the 2017 theme about the digital economy?", "is it held in Beijing?": yes when the
    fact's own words contain what is claimed, no otherwise; the fact is always stated."""
    attribute = "theme" if "theme" in q.attributes else "place"
    if attribute == "theme" and not e.theme:
        return eng.refusal(R, eng.sentence(R, "theme", e, today))
    fact = eng.sentence(R, attribute, e, today)
    series = eng.kb.facts.series
    said = (
        f"{e.theme or ''} {e.theme_zh or ''}"
        if attribute == "theme"
        else f"{R.place(e)} {series.place} {series.place_zh or ''}"
    )
    words = set(normalise(said).words)
    yes = all((v in said) if not v.isascii() else v in words for v in values)
    return _yes_no(eng, R, e, yes, fact)


def verify_series_place(eng: Composer, R: Renderer, q: Query) -> Answer:
    """ "Is the conference held in Hangzhou?": the series' place, yes or no."""
    claim = q.claim
    s = eng.kb.facts.series
    said = f"{s.place} {s.place_zh or ''} {s.place_note or ''} {s.place_note_zh or ''}"
    words = set(normalise(said).words)
    values = claim.values if claim else ()
    fact = R.tpl("series_place", place=R.place())
    if s.place_note:
        fact += " " + R.pick(s.place_note, s.place_note_zh)
    if not values:  # nothing claimed: state the place, neither yes nor no
        return eng.series_answer(R, "lookup", fact, (), s.sources, intent="place")
    yes = all((v in said) if not v.isascii() else v in words for v in values)
    text = R.tpl("yes" if yes else "no", fact=fact)
    return eng.series_answer(R, "verify", text, (), s.sources, intent="place")


def _verify_quote(
    eng: Composer, R: Renderer, e: Edition, values: tuple[str, ...], attribute: str = ""
) -> Answer:
    """ "Did <a person> attend the 2016 one?": what the file says about them that year, without a
    yes or no the quote may not support (a video speech is not attending in person). Asked
    about the keynote, the keynote detail settles it: the speaker it names, or someone else."""
    if attribute.startswith("attr:"):
        asked = [d for d in e.details if d.about == attribute[5:]]
        texts = [R.detail_text(d) for d in asked]
        said = " ".join(f"{d.text} {d.text_zh or ''}" for d in asked)
        words = set(normalise(said).words)
        named = all((v in said) if not v.isascii() else v in words for v in values)
        if asked and not named:  # it names another speaker: no
            return _yes_no(eng, R, e, False, " ".join(texts))
        if asked and not any(w in words for w in _HEDGES):
            return _yes_no(eng, R, e, True, " ".join(texts))
    texts = [R.detail_text(d) for d in e.details] + list(e.highlights_zh if R.zh else e.highlights)
    found = [
        t
        for t in texts
        if any((v in t) if not v.isascii() else v in normalise(t).words for v in values)
    ]
    if not found:
        return eng.refusal(R, R.tpl("quote_none", name=R.name(e)))
    return eng.edition_answer(
        R, "verify", R.tpl("quote_found", name=R.name(e), text=" ".join(found)), e
    )


# Words that make a quote unfit for a plain yes ("a video speech" is no "in person").
_HEDGES = frozenset({"video", "letter", "message", "read"})


def _verify_detail(eng: Composer, R: Renderer, q: Query, e: Edition, attr: str) -> Answer:
    """ "Was the expo introduced in 2016?", "did 2023 hand out honours?", "24 sub-forums?" """
    claim = q.claim
    assert claim is not None
    about = attr[5:]
    found = [d for d in e.details if d.about == about]
    if claim.first:
        firsts = [(x, d) for x in eng.editions for d in x.details if d.about == about and d.first]
        if not firsts:
            return eng.decline(R, "decline_unknown", 0.5)
        where, d = firsts[0]
        fact = R.tpl("reverse_first", name=R.name(where), year=where.year, text=R.detail_text(d))
        return _yes_no(eng, R, where, where.year == e.year, fact)
    if claim.number is not None:
        return _verify_figure(eng, R, q, e)
    if not found:
        label = R.attribute_label(about)
        return eng.refusal(R, R.tpl("detail_none", name=R.name(e), label=label))
    return _yes_no(eng, R, e, True, " ".join(R.detail_text(d) for d in found))


def _verify_figure(eng: Composer, R: Renderer, q: Query, e: Edition) -> Answer:
    """ "Did more than 2,000 people attend in 2015?", "were there 30 sub-forums in 2024?" """
    claim = q.claim
    assert claim is not None and claim.number is not None
    attribute = _comparable(q)
    m = measure(R, e, attribute, q.measure)
    if m is None:
        what = _what(R, attribute, q.measure, eng)
        return eng.refusal(R, R.tpl("compare_unknown", what=what, items=R.name(e)))
    verdict = settles(m, claim.comparator, claim.number)
    fact = R.tpl(
        "figure_fact", name=R.name_year(e), value=m.shown, what=_what(R, attribute, q.measure, eng)
    )
    if verdict is None:  # "more than 1,800" cannot say whether it passed 2,000
        said = {"more": "more than ", "less": "fewer than ", "about": "about "}
        claimed = said.get(claim.comparator, "") + f"{claim.number:,}"
        text = f"{fact} {R.tpl('figure_unsettled', n=claimed)}"
        return eng.edition_answer(R, "verify", text, e)
    return _yes_no(eng, R, e, verdict, fact)


_LOWER = frozenset({"more than", "over", "at least", "above", "upwards of", "more"})
_UPPER = frozenset({"nearly", "almost", "under", "less than", "fewer than", "up to"})


def bound(qualifier: str | None) -> str:
    """What a source's qualifier says about the true value."""
    if not qualifier:
        return "exact"
    q = qualifier.casefold()
    return "lower" if q in _LOWER else "upper" if q in _UPPER else "about"


def settles(m: Measure, comparator: str, n: int) -> bool | None:
    """Whether the reported figure answers "more than / fewer than / exactly n": True, False,
    or None where the source's own qualifier leaves it open."""
    v, b = m.value, m.bound
    if comparator == "more":
        if b in ("exact", "lower") and v >= n + (b == "exact"):
            return True
        if b in ("exact", "upper") and v <= n:
            return False
        if b == "about":
            return True if v > n * 1.1 else False if v < n * 0.9 else None
        return None
    if comparator == "less":
        flipped = settles(m, "more", n - 1)
        return None if flipped is None else not flipped
    if comparator == "about":
        near = abs(v - n) <= n * 0.1
        if b in ("exact", "about"):
            return near
        return False if (b == "lower" and v > n * 1.1) or (b == "upper" and v < n * 0.9) else None
    if b == "exact":
        return v == n
    if (b == "lower" and v >= n) or (b == "upper" and v <= n):
        return False  # more than n, or fewer than n: not exactly n
    return None if b == "about" and abs(v - n) <= n * 0.1 else False if b == "about" else None


def numbering_of(eng: Composer, R: Renderer, e: Edition) -> Answer:
    """Which number an edition was ("the 2018 summit was which number?")."""
    number = e.ordinal or e.count
    if number is None:
        return eng.decline(R, "decline_unknown", 0.5)
    which = "numbering_of" if e.ordinal else "numbering_count"
    text = R.tpl(
        which,
        name=R.name(e),
        year=e.year,
        ordinal=english_ordinal(number),
        ordinal_zh=chinese_number(number),
    )
    return eng.edition_answer(R, "numbering", text, e)


def _comparable(q: Query) -> str:
    if q.calendar:
        return "calendar"
    for a in q.attributes:
        if a.startswith("attr:") or a in ("attendance", "duration"):
            return a
    if any(a in ("dates", "start", "end") for a in q.attributes) and q.unit == "days":
        return "duration"
    return "duration" if "duration" in q.attributes or q.unit == "days" else "attendance"


def _counted(q: Query) -> bool:
    return any(a.startswith("attr:") or a in ("attendance", "duration") for a in q.attributes)


def _in_months(e: Edition, months: set[int]) -> bool:
    start = _day(e.start)
    return start.month in months or (e.end is not None and e.end.month in months)


def _day(d: dt.date | None) -> dt.date:
    """A date the caller has already checked is known."""
    if d is None:
        raise ValueError("date not known")
    return d


def _days_between(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def _detail_sources(d: Detail) -> tuple[str, ...]:
    return (d.url,) if d.url else ()


def rows_sources(rows: list[Measure]) -> tuple[str, ...]:
    """Source links of the editions measured."""
    out: dict[str, None] = {}
    for m in rows:
        for url in m.edition.sources:
            out[url] = None
    return tuple(out)
