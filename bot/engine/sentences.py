"""One edition's facts as sentences: the look-up answers, one function per attribute.

Each function takes the renderer (language), the edition and today, and returns one sentence
that states the fact or says plainly that it is not known.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from functools import partial

from .model import Edition, HostPeriod
from .render import MissingText, Renderer, chinese_number, english_ordinal

Sentence = Callable[[Renderer, Edition, dt.date], str]


def note(R: Renderer, e: Edition) -> str:
    """The edition's standing note, with a leading space, or nothing."""
    return (" " + R.pick(e.note, e.note_zh)) if e.note else ""


def dates(R: Renderer, e: Edition, today: dt.date) -> str:
    if e.start is None:
        return R.tpl("dates_unknown", name=R.name(e))
    if e.end is None:
        return R.tpl("dates_open_only", name=R.name(e), start=R.date(e.start), place=R.place(e))
    key = "dates_future" if e.start > today else "dates_past"
    text = R.tpl(key, name=R.name(e), dates=R.dates(e), place=R.place(e))
    if e.dates_note:
        text += " " + R.pick(e.dates_note, e.dates_note_zh)
    return text + note(R, e)


def start(R: Renderer, e: Edition, today: dt.date) -> str:
    if e.start is None:
        return R.tpl("dates_unknown", name=R.name(e))
    rest = R.tpl("ran", dates=R.dates(e)) if e.end and e.end != e.start else ""
    key = "start_future" if e.start > today else "start_past"
    text = R.tpl(key, name=R.name(e), start=R.date(e.start), place=R.place(e), rest=rest)
    if e.dates_note:  # "the opening ceremony was on November 20"
        text += " " + R.pick(e.dates_note, e.dates_note_zh)
    return text


def end(R: Renderer, e: Edition, today: dt.date) -> str:
    if e.start is None:
        return R.tpl("dates_unknown", name=R.name(e))
    if e.end is None:
        return R.tpl("end_unknown", name=R.name(e), start=R.date(e.start))
    rest = R.tpl("ran", dates=R.dates(e)) if e.end != e.start else ""
    return R.tpl("end_past", name=R.name(e), end=R.date(e.end), rest=rest)


def weekday(R: Renderer, e: Edition, today: dt.date) -> str:
    if e.start is None:
        return R.tpl("dates_unknown", name=R.name(e))
    values = {"name": R.name(e), "start": R.date(e.start), "weekday": R.weekday(e.start)}
    if e.end is None:
        return R.tpl("weekday_open_only", **values)
    text = R.tpl("weekday", end=R.date(e.end), weekday_end=R.weekday(e.end), **values)
    if e.ceremony:  # not on the first day: its own weekday ("… on a Wednesday, November 20")
        day = e.ceremony
        text += " " + R.tpl("ceremony_weekday", date=R.date(day), weekday=R.weekday(day))
    elif e.dates_note:
        text += " " + R.pick(e.dates_note, e.dates_note_zh)
    return text


def host_period(hosts: tuple[HostPeriod, ...], year: int) -> HostPeriod | None:
    """Who hosted the series in ``year``."""
    return next(
        (h for h in hosts if h.since <= year and (h.until is None or year <= h.until)), None
    )


def hosts(R: Renderer, e: Edition, today: dt.date) -> str:
    period = host_period(R.kb.facts.series.hosts, e.year)
    if period is None:
        return ""
    text = R.pick(period.text, period.text_zh)
    return R.tpl("hosts_edition", name=R.name(e), year=e.year, text=text)


def detail(attr: str, R: Renderer, e: Edition, today: dt.date) -> str:
    """The edition's typed facts of one kind ("19 sub-forums"), or that there are none."""
    found = [d for d in e.details if d.about == attr]
    if not found:
        return R.tpl("detail_none", name=R.name_year(e), label=R.attribute_label(attr))
    return " ".join(R.detail_text(d) for d in found)


def place(R: Renderer, e: Edition, today: dt.date) -> str:
    return R.tpl("place", name=R.name(e), place=R.place(e))


def theme(R: Renderer, e: Edition, today: dt.date) -> str:
    if not e.theme:
        return R.tpl("theme_unknown", name=R.name(e))
    return R.tpl("theme", name=R.name(e), theme=R.pick(e.theme, e.theme_zh))


def attendance(R: Renderer, e: Edition, today: dt.date) -> str:
    if not e.attendance:
        return R.tpl("attendance_unknown", name=R.name(e))
    if len(e.attendance) == 1:
        a = e.attendance[0]
        return R.tpl("attendance", source=a.source, figures=R.figures(a), name=R.name(e))
    reports = [f"{a.source}: {R.figures(a)}" for a in e.attendance]
    return R.tpl("attendance_many", name=R.name(e), reports="; ".join(reports))


def duration(R: Renderer, e: Edition, today: dt.date) -> str:
    if e.start is None:
        return R.tpl("dates_unknown", name=R.name(e))
    if e.end is None:
        return R.tpl("end_unknown", name=R.name(e), start=R.date(e.start))
    days = (e.end - e.start).days + 1
    key = "duration_one" if days == 1 else "duration"
    text = R.tpl(key, name=R.name(e), days=days, dates=R.dates(e))
    if e.dates_note:
        text += " " + R.pick(e.dates_note, e.dates_note_zh)
    return text


def highlights(R: Renderer, e: Edition, today: dt.date) -> str:
    items = list(e.highlights_zh) if R.zh and e.highlights_zh else list(e.highlights)
    if R.zh and not e.highlights_zh and e.highlights:
        raise MissingText
    items += [R.detail_text(d) for d in e.details]
    if not items:
        return R.tpl("highlights_none", name=R.name(e))
    return R.tpl("highlights", name=R.name(e), items=" ".join(items))


def sources(R: Renderer, e: Edition, today: dt.date) -> str:
    links = list(dict.fromkeys([*e.sources, *(a.url for a in e.attendance if a.url)]))
    if not links:
        return R.tpl("sources_none", name=R.name(e))
    return R.tpl("sources", name=R.name(e), items=" ".join(links))


def overview(R: Renderer, e: Edition, today: dt.date) -> str:
    """Dates, theme, attendance and highlights; for a partial edition, what is not known."""
    parts = [dates(R, e, today) if e.start else place(R, e, today)]
    if e.theme:
        parts.append(R.tpl("overview_theme", theme=R.pick(e.theme, e.theme_zh)))
    if e.attendance:
        a = e.attendance[-1]
        parts.append(R.tpl("overview_attendance", figures=R.figures(a), source=a.source))
    missing = [R.tpl(label) for label, has in _FACTS if not has(e)]
    if missing and e.status == "held":
        parts.append(R.tpl("partial_unknown", what=R.join(missing)))
    items = list(e.highlights_zh) if R.zh else list(e.highlights)
    if items:
        parts.append(" ".join(items))
    return " ".join(parts)


_FACTS: tuple[tuple[str, Callable[[Edition], bool]], ...] = (
    ("missing_theme", lambda e: e.theme is not None),
    ("missing_attendance", lambda e: bool(e.attendance)),
)


def name(R: Renderer, e: Edition, today: dt.date) -> str:
    """What the edition is called, in both languages where the file has both."""
    return R.tpl("name_of", year=e.year, name=e.name, name_zh=e.name_zh or e.name)


def numbering(R: Renderer, e: Edition, today: dt.date) -> str:
    """Which number the edition was: its ordinal, or the series' own year count."""
    number = e.ordinal or e.count
    if number is None:
        return ""
    which = "numbering_of" if e.ordinal else "numbering_count"
    return R.tpl(
        which,
        name=R.name(e),
        year=e.year,
        ordinal=english_ordinal(number),
        ordinal_zh=chinese_number(number),
    )


def sentences(attributes: tuple[str, ...]) -> dict[str, Sentence]:
    """The sentence function for every attribute a look-up can ask."""
    table: dict[str, Sentence] = {
        "dates": dates,
        "start": start,
        "end": end,
        "weekday": weekday,
        "place": place,
        "theme": theme,
        "attendance": attendance,
        "duration": duration,
        "highlights": highlights,
        "sources": sources,
        "overview": overview,
        "hosts": hosts,
        "name": name,
        "numbering": numbering,
    }
    for attr in attributes:
        table[f"attr:{attr}"] = partial(detail, attr)
    return table


def has_fact(intent: str, e: Edition) -> bool:
    """Whether the knowledge states ``intent`` for the edition (else the answer says so)."""
    if intent.startswith("attr:"):
        return any(d.about == intent[5:] for d in e.details)
    if intent in ("dates", "start", "weekday"):
        return e.start is not None
    if intent in ("end", "duration"):
        return e.end is not None
    if intent == "theme":
        return e.theme is not None
    if intent == "attendance":
        return bool(e.attendance)
    if intent == "highlights":
        return bool(e.highlights or e.details)
    if intent == "sources":
        return bool(e.sources)
    return True


def _plus_months(a: dt.date, months: int) -> dt.date:
    """The day ``months`` calendar months after ``a`` (held to the month's last day)."""
    y, m = divmod(a.month - 1 + months, 12)
    year, month = a.year + y, m + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(a.day, last))


def span(R: Renderer, a: dt.date, b: dt.date, unit: str = "") -> str:
    """The time between two dates in words: "2 years and 3 months", or in the unit asked
    ("how many days ago": "1,600 days")."""
    if a > b:
        a, b = b, a
    months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day)
    years, rest = divmod(months, 12)
    if unit == "ymd":  # "in years, months and days": each, the months and days left over
        at = _plus_months(a, months)
        parts = [R.tpl("year_ago") if years == 1 else R.tpl("years_ago", n=years)]
        parts.append(R.tpl("month_ago") if rest == 1 else R.tpl("months_ago", n=rest))
        left = (b - at).days
        parts.append(R.tpl("day_ago") if left == 1 else R.tpl("days_ago", n=left))
        return R.join(parts)
    if unit == "days":
        return R.tpl("days_ago", n=f"{(b - a).days:,}")
    if unit == "weeks":
        return R.tpl("weeks_ago", n=f"{(b - a).days // 7:,}")
    if unit == "months" and months >= 1:
        return R.tpl("months_ago", n=months)
    if unit == "years" and years >= 1:
        return R.tpl("year_ago") if years == 1 else R.tpl("years_ago", n=years)
    if years >= 1:
        text = R.tpl("year_ago") if years == 1 else R.tpl("years_ago", n=years)
        if rest:
            text += R.tpl("and") + (
                R.tpl("month_ago") if rest == 1 else R.tpl("months_ago", n=rest)
            )
        return text
    if months >= 1:
        return R.tpl("month_ago") if months == 1 else R.tpl("months_ago", n=months)
    days = (b - a).days
    return R.tpl("day_ago") if days == 1 else R.tpl("days_ago", n=days)
