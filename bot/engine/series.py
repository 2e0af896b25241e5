"""Answers about the series as a whole: what it is, where, who hosts it, how many editions,
how they are numbered, which ones were held in a month or had a theme."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from . import hosting
from .answer import Answer
from .compose import Composer
from .model import Attribute, Detail, Edition, HostPeriod
from .patterns import lazy
from .query import Query
from .records import replace
from .render import Renderer, chinese_number, english_ordinal
from .results import Verdict
from .sentences import host_period, span

MAX_LISTED = 20


def no_official(R: Renderer, number: int, ed: Edition) -> str:
    """ "There was no official 8th …; by the year count that is the 2021 Summit." """
    return R.tpl(
        "no_official_ordinal",
        ordinal=english_ordinal(number),
        ordinal_zh=chinese_number(number),
        name=R.name(ed),
        year=ed.year,
    )


def numbering(c: Composer, R: Renderer, via_count: list[tuple[int, Edition]]) -> Answer:
    """How editions are numbered, led by the edition a year count named, if any."""
    s = c.kb.facts.series
    text = R.pick(s.numbering, s.numbering_zh) if s.numbering else ""
    years: tuple[int, ...] = ()
    if via_count:
        number, ed = via_count[0]
        lead = no_official(R, number, ed)
        if ed.note:
            lead += " " + R.pick(ed.note, ed.note_zh)
        text = f"{lead} {text}".strip()
        years = (ed.year,)
    if not text:
        return c.decline(R, "decline_unknown", 0.5)
    return c.series_answer(R, "lookup", text, years, intent="numbering", confidence=0.9)


def numbering_verdict(c: Composer, R: Renderer, answer: Answer, yes: bool) -> Answer:
    """A yes/no on an edition's number where only the year count gives it one: yes by that
    count, or no official one; the numbering stated either way."""
    text = R.tpl("yes_by_count" if yes else "no", fact=answer.text)
    verdict = Verdict("yes" if yes else "no", answer.editions)
    return replace(answer, text=text, operation="verify", result=verdict)


def count(
    c: Composer, R: Renderer, today: dt.date, q: Query | None = None, *, numbered: bool = False
) -> Answer:
    """How many editions have been held so far (in the months or years asked, if any; of
    those with an official number, where ``numbered``)."""
    held = c.index.held(today)
    if not held:
        return c.decline(R, "decline_unknown", 0.5)
    if q is not None and q.pool and not (q.months or q.years or q.weekday is not None):
        # "how many were held in even years?": those of the years selected, of them all
        hits = [e for e in held if e.year in q.pool]
        items = R.dated_names(hits)
        text = matched(R, len(hits), len(held), items, q.relative)
        return c.series_answer(R, "count", text, tuple(e.year for e in hits), intent="count")
    if q is not None and (q.months or q.years or q.weekday is not None):
        if q.pool:  # "how many of those were held in November?"
            held = tuple(e for e in held if e.year in q.pool)
        if numbered:
            held = tuple(e for e in held if e.ordinal) or held
        if "unnumbered" in q.signals:  # "…without an official ordinal, up to 2025"
            held = tuple(e for e in held if not e.ordinal)
        return _count_of(c, R, held, q)  # "how many were held in December / on a Wednesday?"
    s = c.kb.facts.series
    places = " ".join((s.place, s.place_zh or "", *s.place_within)).casefold()
    # (有多少届在<镇>举行: the series' own town selects every edition)
    values = tuple(v for v in q.values if v.casefold() not in places) if q is not None else ()
    if q is not None and not q.refs and (values or q.phrases or _conditioned(q)):
        # "主题中有“数字”的有几届", "how many had Xi send a letter": a count of the editions
        # with something the count cannot check — never the count of them all
        return c.decline(R, "decline_unknown", 0.5)
    text = R.tpl("count", n=len(held), first=held[0].year, last=held[-1].year)
    s = c.kb.facts.series
    if s.numbering:
        text += " " + R.pick(s.numbering, s.numbering_zh)
    sugg = (R.tpl("suggest_list"),)
    answer = c.series_answer(R, "count", text, intent="count", confidence=0.9, suggestions=sugg)
    # The editions counted; the sources stay the series' own (the numbering it states).
    return replace(answer, editions=tuple(e.year for e in held))


def _conditioned(q: Query) -> bool:
    """Whether a count names a kind of fact each edition would have to have (a theme, a
    keynote, a detail): the editions with it, not all of them."""
    return any(a == "theme" or a.startswith("attr:") for a in q.attributes)


def on_weekday(e: Edition, weekday: int, which: str) -> bool:
    """Whether the edition's opening day (``which`` "start"), closing day ("end") or any of
    its days ("any": "which editions included a Sunday?") fell on the weekday."""
    if e.start is None:
        return False
    if which == "end":
        return e.end is not None and e.end.weekday() == weekday
    if which == "ceremony":  # the opening ceremony's day (the first day, where not recorded)
        return (e.ceremony or e.start).weekday() == weekday
    if which == "any" and e.end is not None:
        return any(
            (e.start + dt.timedelta(days=i)).weekday() == weekday
            for i in range((e.end - e.start).days + 1)
        )
    return e.start.weekday() == weekday


def matched(R: Renderer, n: int, total: int, items: str, share: bool) -> str:
    """ "<n> of the <total> editions so far match: …", with the per cent where a share is
    asked ("what percentage of the editions were…?") — for any selection of editions."""
    if share and total:
        pct = f"{100 * n / total:.1f}".removesuffix(".0")
        return R.tpl("count_share", n=n, total=total, pct=pct, items=items or "—")
    if not n:  # "0 of the 1 editions match: —" says nothing: none of them
        return R.tpl("count_of_asked_none", total=total)
    return R.tpl("count_of_asked", n=n, total=total, items=items or "—")


def _count_of(c: Composer, R: Renderer, held: tuple[Edition, ...], q: Query) -> Answer:
    """How many of the editions held so far fall in the months and years asked, and which."""
    low, high = q.years or (0, 9999)
    # "how many editions did not open on a Wednesday?", 非周日开幕的有几届: the others
    outside = q.exclude and not q.refs and (bool(q.months) or q.weekday is not None)
    if outside and q.months and q.weekday is not None:
        # "in November and not on a Wednesday": which of the two is negated is not kept
        return c.decline(R, "decline_unknown", 0.6)

    def fits(e: Edition) -> bool:
        said = (not q.months or (e.start is not None and e.start.month in q.months)) and (
            q.weekday is None or on_weekday(e, q.weekday, q.day_of)
        )
        return said != outside

    hits = [e for e in held if low <= e.year <= high and fits(e)]
    items = R.dated_names(hits)
    # ("what percentage of the editions were held in November?": with the per cent)
    text = matched(R, len(hits), len(held), items, q.relative)
    years = tuple(e.year for e in hits)
    return c.series_answer(R, "count", text, years, intent="count")


def numbered_count(
    c: Composer,
    R: Renderer,
    today: dt.date,
    *,
    without: bool = False,
    span: tuple[int, int] | None = None,
) -> Answer:
    """How many editions held so far (within ``span``) had an official number (or,
    ``without``, had none), and which."""
    low, high = span or (0, 9999)
    held = tuple(e for e in c.index.held(today) if low <= e.year <= high)
    numbered = [e for e in held if bool(e.ordinal) != without]
    items = R.join([R.name_year(e) for e in numbered])
    which = "count_unnumbered" if without else "count_numbered"
    text = R.tpl(which, n=len(numbered), total=len(held), items=items or "—")
    years = tuple(e.year for e in numbered)
    return c.series_answer(R, "count", text, years, intent="count")


def years_said(R: Renderer, years: Iterable[int]) -> str:
    """Years in order, as the renderer's language says them (2017 and 2019, 2017年和2019年)."""
    return R.join([f"{y}年" if R.zh else str(y) for y in sorted(years)])


def left_out_text(R: Renderer, years: Iterable[int], text: str) -> str:
    """ "Leaving out 2020: …", 不算2020年：… before an answer over the other editions."""
    return R.tpl("left_out", years=years_said(R, years), text=text)


def count_having(
    c: Composer,
    R: Renderer,
    today: dt.date,
    attr: str,
    *,
    numbered: bool = False,
    span: tuple[int, int] | None = None,
    left_out: tuple[int, ...] = (),
    pool: tuple[int, ...] = (),
    also: tuple[str, ...] = (),
    lacking: tuple[str, ...] = (),
) -> Answer:
    """How many editions (with an official number, where ``numbered``; within ``span``; not
    those ``left_out``) have a kind of detail on record ("how many had an expo?", "how many
    expos before 2020?", "which had an expo, apart from 2020?"): those recorded, never the
    others as having none."""
    low, high = span or (0, 9999)
    held = tuple(
        e
        for e in c.index.held(today)
        if (e.ordinal or not numbered)
        and low <= e.year <= high
        and e.year not in left_out
        and (not pool or e.year in pool)  # "how many of those were online?": of those
    )
    kinds = tuple(dict.fromkeys((attr, *also)))  # "both an expo and achievements": each
    having = [e for e in held if all(any(d.about == k for d in e.details) for k in kinds)]
    # ("an expo but no achievements": no record of the second — which is not to say none)
    having = [e for e in having if not any(d.about in lacking for d in e.details)]
    if not having and not lacking:
        return c.decline(R, "decline_unknown", 0.6)
    items = R.join([R.name_year(e) for e in having])
    what = R.join([R.attribute_label(k) for k in kinds])
    values = {"n": len(having), "total": len(held), "what": what, "items": items}
    if lacking:
        without = R.join([R.attribute_label(k) for k in lacking])
        key = "count_having_without" if having else "count_having_without_none"
        text = R.tpl(key, without=without, **values)
    elif span is None:
        text = R.tpl("count_having", **values)
    else:  # of the editions in those years, not of all so far
        first, last = held[0].year, held[-1].year
        text = R.tpl("count_having_years", first=first, last=last, **values)
    if left_out:
        text = left_out_text(R, left_out, text)
    years = tuple(e.year for e in having)
    return c.series_answer(R, "count", text, years, intent="count")


def since(c: Composer, R: Renderer, today: dt.date, unit: str = "") -> Answer:
    """When the series began (and so how old it is)."""
    first = c.editions[0] if c.editions else None
    if first is None or first.start is None:
        return c.decline(R, "decline_unknown", 0.5)
    text = R.tpl(
        "since",
        first=first.year,
        dates=R.dates(first),
        years=span(R, first.start, today, unit),
    )
    return c.series_answer(R, "lookup", text, (first.year,), intent="since")


def listing(c: Composer, R: Renderer, today: dt.date, only: tuple[Edition, ...] = ()) -> Answer:
    """Every edition (or those ``only`` names: "list the 3-day editions"), one line each (the
    latest ones if there are many)."""
    shown = (only or c.editions)[-MAX_LISTED:]
    lines = [R.tpl("list_intro")]
    for e in shown:
        dates = R.dates(e) or (R.date(e.start) if e.start else "")
        lines.append(R.tpl("list_line", label=R.label(e), name=R.name(e), dates=dates))
    nxt = c.index.upcoming(today)
    if nxt is not None and not isinstance(nxt, Edition) and not only:
        lines.append(R.tpl("next_unannounced", year=nxt.year))
    years = tuple(e.year for e in shown)
    return c.series_answer(R, "list", "\n".join(lines), years, intent="list")


def place(c: Composer, R: Renderer) -> Answer:
    """Where the series is held."""
    s = c.kb.facts.series
    text = R.tpl("series_place", place=R.place())
    if s.place_note:
        text += " " + R.pick(s.place_note, s.place_note_zh)
    return c.series_answer(R, "lookup", text, intent="place", confidence=0.9)


def name(c: Composer, R: Renderer) -> Answer:
    """What the series is called, in both languages."""
    s = c.kb.facts.series
    text = R.tpl("series_name", name=s.name, name_zh=s.name_zh or s.name)
    # Other names in the answer's script (pinyin spellings are for reading questions only)
    others = [a for a in s.aliases if a.isascii() != R.zh and a not in (s.name, s.name_zh)]
    if others:
        text += " " + R.tpl("series_aliases", items=R.join(others))
    return c.series_answer(R, "lookup", text, intent="name", confidence=0.9)


def about(c: Composer, R: Renderer) -> Answer:
    """What the series is."""
    s = c.kb.facts.series
    text = R.tpl("about", description=R.pick(s.description, s.description_zh))
    if s.place_note:
        text += " " + R.pick(s.place_note, s.place_note_zh)
    return c.series_answer(R, "lookup", text, intent="about", suggestions=c.starters(R))


def hosts(
    c: Composer, R: Renderer, editions: tuple[Edition, ...], when_changed: bool = False
) -> Answer:
    """Who hosted the editions given, or the series over time (``when_changed``: led by the
    years the hosts changed, "when did that change?")."""
    s = c.kb.facts.series
    if not s.hosts:
        return c.decline(R, "decline_unknown", 0.5)
    if when_changed and not editions and len(s.hosts) > 1:
        changes = tuple(h.since for h in s.hosts[1:])
        lines = [R.tpl("hosts_changed_in", years=R.join([str(y) for y in changes]))]
        lines += [_host_line(R, h, h.since, h.until) for h in s.hosts]
        held = tuple(y for y in changes if c.index.edition(y) is not None)
        return c.series_answer(R, "lookup", " ".join(lines), held, intent="hosts", confidence=0.9)
    lines = []
    for e in editions:
        period = host_period(s.hosts, e.year)
        if period is None:
            return c.decline(R, "decline_unknown", 0.5)
        text = R.pick(period.text, period.text_zh)
        lines.append(R.tpl("hosts_edition", name=R.name(e), year=e.year, text=text))
    if not editions:
        for h in s.hosts:
            lines.append(_host_line(R, h, h.since, h.until))
        if len(s.hosts) > 1:
            lines.insert(0, R.tpl("hosts_changed"))
    years = tuple(e.year for e in editions)
    return c.series_answer(R, "lookup", " ".join(lines), years, intent="hosts", confidence=0.9)


def _host_line(R: Renderer, h: HostPeriod, first: int, last: int | None) -> str:
    """One hosting period's line: "2014–2021: …", "2022–: …" (open), "2019: …" (one year)."""
    if last is None:
        span_text = f"{first}年起" if R.zh else f"{first}–"
    else:
        span_text = (f"{first}–{last}" if last != first else str(first)) + ("年" if R.zh else "")
    return R.tpl("hosts_period", span=span_text, text=R.pick(h.text, h.text_zh))


def hosts_since(c: Composer, R: Renderer, today: dt.date, year: int | None = None) -> Answer:
    """Who hosts the series now (or hosted it in ``year``, the edition talked about), and
    since which year ("since when?" after who hosts it)."""
    period = host_period(c.kb.facts.series.hosts, year or today.year)
    if period is None:
        return c.decline(R, "decline_unknown", 0.5)
    text = _host_line(R, period, period.since, period.until)
    # (about the editions of that period so far: "and before that?" is 2014–2021's)
    years = tuple(
        e.year
        for e in c.index.held(today)
        if e.year >= period.since and (period.until is None or e.year <= period.until)
    )
    answer = c.series_answer(R, "lookup", text, years, intent="hosts")
    return replace(answer, confidence=0.9)


def hosts_over(c: Composer, R: Renderer, editions: tuple[Edition, ...]) -> Answer:
    """Who hosted the editions of a span of years, one line per hosting period."""
    s = c.kb.facts.series
    years = [e.year for e in editions]
    if not years or not s.hosts:
        return c.decline(R, "decline_unknown", 0.5)
    lines = []
    for h in s.hosts:
        inside = [y for y in years if h.since <= y and (h.until is None or y <= h.until)]
        if inside:
            lines.append(_host_line(R, h, inside[0], inside[-1]))
    answer = c.series_answer(R, "lookup", " ".join(lines), tuple(years), intent="hosts")
    return replace(answer, confidence=0.9)


def ago(
    c: Composer,
    R: Renderer,
    editions: tuple[Edition, ...],
    today: dt.date,
    unit: str = "",
    *,
    end: bool = False,
    ceremony: bool = False,
) -> Answer:
    """How long ago (or until) each edition started, or ended where the question asks the
    end ("how many days since it ended"), or held its opening ceremony where that was asked
    and not the first day, in the unit asked, if any."""
    parts = []
    for e in editions:
        day, kind = (e.end if end else e.start), ("ago_end" if end else "ago")
        if ceremony and not end and e.ceremony and e.ceremony != e.start:
            day, kind = e.ceremony, "ago_ceremony"
        if day is None:
            key = "end_unknown" if end and e.start else "dates_unknown"
            start = R.date(e.start) if e.start else ""
            parts.append(R.tpl(key, name=R.name(e), start=start))
            continue
        values = {"name": R.name(e), "start": R.date(day), "ago": span(R, day, today, unit)}
        if day == today:
            parts.append(R.tpl(f"{kind}_today", **values))
        elif day < today:
            parts.append(R.tpl(f"{kind}_past", **values))
        else:
            parts.append(R.tpl(f"{kind}_future", **values))
    text = " ".join(parts)
    answer = c.edition_answer(R, "lookup", text, editions[0])
    years = tuple(e.year for e in editions)
    return replace(answer, intent="ago", editions=years, sources=c.cite(R, text, years))


def which_year(c: Composer, R: Renderer, editions: tuple[Edition, ...]) -> Answer:
    """The year (and dates) of the editions named otherwise ("which year was the 4th?")."""
    lines = []
    for e in editions:
        lines.append(R.tpl("which_year", name=R.name(e), year=e.year, dates=R.when(e)))
        if not e.ordinal and e.count:  # its name holds no number: say which one it is
            ordinal, ordinal_zh = english_ordinal(e.count), chinese_number(e.count)
            lines.append(R.tpl("count_of", ordinal=ordinal, ordinal_zh=ordinal_zh))
    years = tuple(e.year for e in editions)
    answer = c.series_answer(R, "lookup", " ".join(lines), years)
    return replace(answer, intent="which", title=R.name(editions[0]), confidence=0.9)


def which_theme(c: Composer, R: Renderer, e: Edition) -> Answer:
    """The edition whose theme the question quoted."""
    theme = R.pick(e.theme, e.theme_zh)
    text = R.tpl("which_theme", theme=theme, name=R.name(e), dates=R.when(e))
    answer = c.edition_answer(R, "reverse", text, e)
    return replace(answer, intent="which", confidence=0.8)


def dated_fact(
    c: Composer,
    R: Renderer,
    d: Detail,
    today: dt.date,
    unit: str,
    count: bool,
    *,
    weekday: bool = False,
    before: bool = False,
) -> Answer:
    """A dated series fact (the organisation's founding) with how long ago it was, with
    how many editions have been held since ("how many summits since it became…"), or with
    its weekday."""
    date = d.date
    if date is None:
        return c.decline(R, "decline_unknown", 0.5)
    text = R.pick(d.text, d.text_zh)
    if weekday:
        text += " " + R.tpl("dated_weekday", date=R.date(date), weekday=R.weekday(date))
        years: tuple[int, ...] = ()
    elif count:
        held = [e for e in c.index.held(today) if e.start is not None]
        # "how many summits since it became…", "how many were held before it was founded?"
        found = [
            e
            for e in held
            if e.start is not None and (e.start < date if before else e.start > date)
        ]
        items = R.join([str(e.year) for e in found])
        key = "dated_count_before" if before else "dated_count"
        text += " " + R.tpl(key, n=len(found), date=R.date(date), items=items or "—")
        years = tuple(e.year for e in found)
    else:
        text += " " + R.tpl("dated_ago", ago=span(R, date, today, unit), date=R.date(date))
        years = ()
    # (of the fact itself, so "source?" after it cites that fact)
    return c.series_answer(R, "lookup", text, years, intent="ago" if count else f"attr:{d.about}")


def first_after(
    c: Composer,
    R: Renderer,
    d: Detail,
    today: dt.date,
    claimed: Edition | None,
    *,
    last_before: bool = False,
) -> Answer:
    """The first edition after a dated series fact ("the first summit after it became an
    international organisation"), or the last one before it; asked of one edition ("was 2022
    the first…?"), yes or no."""
    date = d.date
    if date is None:
        return c.decline(R, "decline_unknown", 0.5)
    if last_before:
        side = [e for e in c.editions if e.start is not None and e.start < date][-1:]
    else:
        side = [e for e in c.editions if e.start is not None and e.start > date][:1]
    if not side:
        return c.decline(R, "decline_unknown", 0.5)
    e = side[0]
    fact = R.pick(d.text, d.text_zh)
    which = "last_before" if last_before else "first_after"
    text = R.tpl(which, name=R.name_year(e), dates=R.when(e), fact=fact)
    answer = c.series_answer(R, "lookup", text, (e.year,), intent="dates")
    if claimed is None:
        return answer
    yes = claimed.year == e.year
    verdict = Verdict("yes" if yes else "no", (claimed.year, e.year))
    return replace(
        answer,
        text=R.tpl("yes" if yes else "no", fact=text),
        editions=tuple(dict.fromkeys((claimed.year, e.year))),
        operation="verify",
        result=verdict,
    )


def editions_around(c: Composer, R: Renderer, d: Detail, today: dt.date, *, before: bool) -> Answer:
    """The editions held before (or since) a dated series fact, listed."""
    if d.date is None:
        return c.decline(R, "decline_unknown", 0.5)
    date = d.date
    side = [
        e
        for e in c.index.held(today)
        if e.start is not None and (e.start < date if before else e.start > date)
    ]
    items = R.join([R.name_year(e) for e in side]) or "—"
    which = "editions_before" if before else "editions_after"
    text = R.tpl(which, fact=R.pick(d.text, d.text_zh), items=items, n=len(side))
    return c.series_answer(R, "filter", text, tuple(e.year for e in side), intent="which")


def fact_to_edition(
    c: Composer, R: Renderer, d: Detail, e: Edition, unit: str, edge: str = "start"
) -> Answer:
    """The time from a dated series fact to an edition's opening ("how many days after the
    organisation was founded did the 2022 summit start?"), or to its closing day or opening
    ceremony where ``edge`` says so ("…after the first edition ended")."""
    on = e.end if edge == "end" else e.ceremony if edge == "ceremony" else e.start
    if d.date is None or on is None:
        return c.decline(R, "decline_unknown", 0.5)
    fact = R.pick(d.text, d.text_zh)
    gap = span(R, min(d.date, on), max(d.date, on), unit or "days")
    key = "fact_to_edition" if on >= d.date else "edition_to_fact"  # earlier or later
    if edge != "start":
        key = f"{key}_{edge}"
    text = R.tpl(key, fact=fact, name=R.name_year(e), start=R.date(on), gap=gap)
    return c.series_answer(R, "difference", text, (e.year,), intent="difference")


def dated_verdict(
    c: Composer,
    R: Renderer,
    d: Detail,
    year: int,
    months: tuple[int, ...] = (),
    days: tuple[int, ...] = (),
) -> Answer:
    """ "Was the organisation founded in 2020?", "…in June 2022?", "…on July 15, 2022?": yes
    or no by the dated fact's own date, to the month and day claimed."""
    if d.date is None:
        return c.decline(R, "decline_unknown", 0.5)
    yes = (
        d.date.year == year
        and (not months or d.date.month in months)
        and (not days or d.date.day in days)
    )
    text = R.tpl("yes" if yes else "no", fact=R.pick(d.text, d.text_zh))
    answer = c.series_answer(R, "verify", text, (), intent="verify")
    return replace(answer, result=Verdict("yes" if yes else "no", ()))


def dated_claim(c: Composer, R: Renderer, d: Detail, yes: bool) -> Answer:
    """A claim about when a dated series fact happened, settled by its date."""
    text = R.tpl("yes" if yes else "no", fact=R.pick(d.text, d.text_zh))
    answer = c.series_answer(R, "verify", text, (), intent="verify")
    return replace(answer, result=Verdict("yes" if yes else "no", ()))


def fact_during(c: Composer, R: Renderer, d: Detail, e: Edition) -> Answer:
    """ "Was the organisation founded at the 2022 summit?": whether the fact's date falls in
    the edition's days, both dates stated."""
    if d.date is None or e.start is None:
        return c.decline(R, "decline_unknown", 0.5)
    end = e.end or e.start
    yes = e.start <= d.date <= end
    fact = R.pick(d.text, d.text_zh)
    if yes:
        text = f"{fact} {R.tpl('dates_past', name=R.name(e), dates=R.dates(e), place=R.place(e))}"
    else:
        key = "fact_to_edition" if e.start >= d.date else "edition_to_fact"
        gap = span(R, min(d.date, e.start), max(d.date, e.start), "days")
        text = R.tpl(key, fact=fact, name=R.name_year(e), start=R.date(e.start), gap=gap)
    answer = c.series_answer(R, "verify", R.tpl("yes" if yes else "no", fact=text), (e.year,))
    return replace(answer, intent="verify", result=Verdict("yes" if yes else "no", (e.year,)))


def edition_vs_fact(c: Composer, R: Renderer, d: Detail, e: Edition, after: bool) -> Answer:
    """ "Was the 2022 summit held after the organisation was founded?": the edition's opening
    against the dated fact, yes or no, both dates stated."""
    if d.date is None or e.start is None:
        return c.decline(R, "decline_unknown", 0.5)
    yes = (e.start > d.date) if after else (e.start < d.date)
    fact = R.pick(d.text, d.text_zh)
    key = "fact_to_edition" if e.start >= d.date else "edition_to_fact"
    gap = span(R, min(d.date, e.start), max(d.date, e.start), "days")
    text = R.tpl(key, fact=fact, name=R.name_year(e), start=R.date(e.start), gap=gap)
    answer = c.series_answer(R, "verify", R.tpl("yes" if yes else "no", fact=text), (e.year,))
    return replace(answer, intent="verify", result=Verdict("yes" if yes else "no", (e.year,)))


def _shape(e: Edition) -> str:
    """An edition's name without its own year or ordinal: the name the series used then."""
    shape = e.name.replace(str(e.year), "")
    if e.ordinal:
        shape = shape.replace(english_ordinal(e.ordinal), "")
    return " ".join(shape.split()).casefold()


def named_in(c: Composer, question: str) -> tuple[str, tuple[Edition, ...]] | None:
    """The other name the member used (one of the series' aliases) and the editions whose official
    name carries it, where that is some but not all of them; None otherwise."""
    s = c.kb.facts.series
    folded = question.casefold()
    held = c.editions
    for alias in sorted(s.aliases, key=len, reverse=True):
        if alias.casefold() not in folded:
            continue
        key = alias.casefold()
        named = tuple(e for e in held if key in e.name.casefold() or key in (e.name_zh or ""))
        if named and len(named) < len(held):
            return alias, named
    return None


def renamed(
    c: Composer,
    R: Renderer,
    today: dt.date,
    question: str,
    span: tuple[int, int] | None = None,
) -> Answer:
    """How the editions' names changed over time; or, of a name asked ("since when is it
    called the …?", "how many … since the name changed?"), the editions that carry it (of
    the years asked, if any: "how many had the name by 2024?")."""
    held = c.index.held(today)
    if span is not None:
        held = tuple(e for e in held if span[0] <= e.year <= span[1])
    if not held:
        return c.decline(R, "decline_unknown", 0.5)
    asked = named_in(c, question)
    if asked is not None:
        alias, named = asked
        named = tuple(e for e in named if e in held)
        later = held[held.index(named[0]) :] if named else ()
        fields = {"alias": alias, "total": len(held), "since": held[0].year}
        if named and later == named and span is None:  # carried from its first to the latest
            first = named[0]
            text = R.tpl(
                "named_since",
                year=first.year,
                name=R.name(first),
                n=len(named),
                last=named[-1].year,
                **fields,
            )
        else:
            items = R.join([R.name_year(e) for e in named])
            text = R.tpl("named_count", n=len(named), items=items or "—", **fields)
        years = tuple(e.year for e in named)
        return c.series_answer(R, "lookup", text, years, intent="renamed", confidence=0.9)
    runs: list[list[Edition]] = []
    for e in held:
        if runs and _shape(runs[-1][-1]) == _shape(e):
            runs[-1].append(e)
        else:
            runs.append([e])
    items = R.join(
        [
            R.tpl(
                "names_run",
                first=R.name(run[0]),
                last=R.name(run[-1]),
                a=run[0].year,
                b=run[-1].year,
            )
            if len(run) > 1
            else R.name_year(run[0])
            for run in runs
        ]
    )
    text = R.tpl("names_over", items=items)
    years = tuple(run[0].year for run in runs)
    return c.series_answer(R, "lookup", text, years, intent="renamed", confidence=0.85)


def kind_names(kind: Attribute) -> tuple[str, ...]:
    """Every name of a kind of fact as a host's text may hold it: its phrases and Chinese as
    written, its single words padded (so "organisation" or "organization" finds it)."""
    return (*kind.phrases, *kind.zh, *(f" {w} " for w in kind.words))


# a clause of a hosting period's text that names its organizer, not a host
ORGANIZER = lazy(r"(?i)\borgani[sz]ers?\b|承办|承辦")


_SEAT = re.compile(r"\b(?:headquartered|based|seated)\s+in\s+[A-Z][\w-]*|总部设在[^，。,;；的]*")


def hosted_by(
    c: Composer,
    R: Renderer,
    said: tuple[str, ...],
    editions: tuple[Edition, ...],
    today: dt.date,
    *,
    verdict: bool,
    span: tuple[int, int] | None = None,
    negated: bool = False,
    every: bool = False,
    share: bool = False,
    months: tuple[int, ...] = (),
    words: tuple[str, ...] = (),
    left_out: tuple[int, ...] = (),
) -> Answer | None:
    """ "Was the 2023 summit hosted by <a host>?", "which editions did <a host> host?" (the
    host's names in ``said``; none: no answer here): the
    hosting periods whose text names it settle it (every edition has its host on record, so
    a period that does not name it is a no). None where no period names it."""
    on_record = c.kb.facts.series.hosts

    def names(h: HostPeriod, organizer: bool = False) -> bool:
        # (a clause naming the organizer, "with <the province> as organizer", 浙江省人民政府承办:
        # organising is not hosting)
        clauses = re.split(r"[,;，；。]", f"{h.text}，{h.text_zh or ''}")
        hosting = " ".join(x for x in clauses if organizer or not ORGANIZER.search(x))
        # (where the organisation has its seat is no host: "headquartered in Beijing")
        hosting = _SEAT.sub(" ", hosting)
        text = f" {hosting} {' '.join(h.names)} ".casefold()
        text = text.replace(",", " ").replace(".", " ")
        if not every:
            return any(p.casefold() in text for p in said)
        # "the CAC and the Zhejiang government" (``every``): each host said, as written or
        # by its words ("Zhejiang government": "People's Government of Zhejiang Province")
        held = {w[:6] for w in text.split()}
        return all(
            p.casefold() in text
            or (
                bool(words := {w[:6] for w in p.casefold().split() if len(w) > 3}) and words <= held
            )
            for p in said
        )

    if verdict and editions and not every:
        # by the parties each role lists (``words``: the question's, for the role it asks of)
        zh = "".join(w for w in words if not w.isascii())
        named = hosting.named_in(c.kb.facts, zh)[:1] if zh else said  # (as the question has it)
        judged = [hosting.judge(c.kb.facts, c.kb.vocabulary, e, named, words) for e in editions]
        if all(j is not None for j in judged):
            years = tuple(e.year for e in editions)
            shown = hosts_over(c, R, editions) if len(editions) > 2 else hosts(c, R, editions)
            if "open" in judged and "no" not in judged:
                return replace(c.series_answer(R, "verify", shown.text, years), intent="hosts")
            yes = all(j == "yes" for j in judged)
            text = R.tpl("yes" if yes else "no", fact=shown.text)
            answer = c.series_answer(R, "verify", text, years)
            return replace(answer, intent="hosts", result=Verdict("yes" if yes else "no", years))
    if not said or not on_record or not any(names(h) for h in on_record):
        return None
    if verdict and any(
        (h := host_period(on_record, e.year)) is not None and names(h, True) and not names(h)
        for e in editions
    ):
        return None  # named as that edition's organizer only: hosting is not settled here
    if verdict and editions:
        periods = [host_period(on_record, e.year) for e in editions]
        if any(p is None for p in periods):
            return None
        # (one line a hosting period over the years asked, or each edition's own line)
        shown = hosts_over(c, R, editions) if len(editions) > 2 else hosts(c, R, editions)
        lines = shown.text
        yes = all(p is not None and names(p) for p in periods)
        answer = c.series_answer(
            R, "verify", R.tpl("yes" if yes else "no", fact=lines), tuple(e.year for e in editions)
        )
        result = Verdict("yes" if yes else "no", tuple(e.year for e in editions))
        return replace(answer, intent="hosts", result=result)
    held = tuple(e for e in c.index.held(today) if e.year not in left_out)
    if span is not None:  # "before 2024": of those years
        held = tuple(e for e in held if span[0] <= e.year <= span[1])
    if months:  # 网信办主办的届次里哪几届在12月: of those held in the months named
        held = tuple(e for e in held if e.start is not None and e.start.month in months)
    zh = "".join(w for w in words if not w.isascii())
    role = hosting.asked_role(words, zh, c.kb.vocabulary.host_roles)
    if role == "organizer" and any("organizer" in hosting.roles_of(h, said) for h in on_record):
        # "which editions did Zhejiang organise?": the periods that list it as organizer
        # (承办), not those it co-hosted
        def in_role(h: HostPeriod) -> bool:
            return "organizer" in hosting.roles_of(h, said)
    else:
        in_role = names
    # ("which editions weren't hosted by …": those whose period does not name it)
    hits = [
        e
        for e in held
        if (p := host_period(on_record, e.year)) is not None and in_role(p) != negated
    ]
    items = R.dated_names(hits)
    text = matched(R, len(hits), len(held), items, share)
    lines = " ".join(_host_line(R, h, h.since, h.until) for h in on_record if in_role(h) != negated)
    years = tuple(e.year for e in hits)
    if left_out:  # "…other than 2026": of the others
        text = left_out_text(R, left_out, text)
    return c.series_answer(R, "count", f"{text} {lines}", years, intent="hosts")
