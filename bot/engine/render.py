"""Turning facts into sentences with the vocabulary's templates, in English or Chinese."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from .knowledge import Knowledge
from .model import Attendance, Detail, Edition, Figure


class MissingText(Exception):
    """A Chinese rendering needs text the knowledge file has only in English."""


def english_ordinal(n: int) -> str:
    """1 -> 1st, 2 -> 2nd, 11 -> 11th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def chinese_number(n: int) -> str:
    """Small numbers as Chinese numerals (for 第十二届)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)


class Renderer:
    """Fills templates for one language; Chinese falls back to English text it lacks."""

    def __init__(self, kb: Knowledge, lang: str) -> None:
        self.kb = kb
        self.lang = lang
        self.zh = lang == "zh"  # read in most sentences: a plain attribute, not a property
        s = kb.facts.series
        self.series_name = (s.name_zh or s.name) if self.zh else s.name
        templates = kb.vocabulary.templates
        self.t: Mapping[str, str] = templates["en"]
        self.local: Mapping[str, str] = templates.get(lang, self.t) if lang != "en" else self.t
        months: dict[int, list[str]] = {}
        for name, number in kb.vocabulary.months.items():
            months.setdefault(number, []).append(name)
        self.month_names = {n: names[0].capitalize() for n, names in months.items()}
        self.month_short = {n: names[-1].capitalize() for n, names in months.items()}
        name = (s.name_zh or s.name) if lang == "zh" else s.name
        self._base: dict[str, object] = {"series": name, "short": s.short_name, "year": ""}
        # The editions' dates, worded once each when first asked: answers word them again and
        # again (wording every edition's up front slowed loading a large file)
        self._ranges: dict[tuple[dt.date, dt.date], str] = {}
        self._edition_ranges = frozenset(
            (a, b)
            for e in kb.facts.editions
            for a, b in ((e.start, e.end), (e.start, e.start), (e.end, e.end))
            if a is not None and b is not None
        )

    # --- basics ---------------------------------------------------------------------------

    def tpl(self, which: str, /, **values: object) -> str:
        """Fill template ``which`` in this language (English if the language lacks it)."""
        template = self.local.get(which) or self.t[which]
        if "{" not in template:
            return template
        try:  # a plain mapping is quicker; one without a placeholder's value raises
            return template.format_map({**self._base, **values})
        except KeyError:
            return template.format_map(_Default(self._base, **values))

    def pick(self, en: str | None, zh: str | None) -> str:
        """The text in this language; raises MissingText when Chinese is wanted but absent."""
        if self.zh:
            if zh:
                return zh
            raise MissingText
        return en or ""

    def name_year(self, ed: Edition) -> str:
        """The edition's name with its year where the name lacks it: "6th Summit (2019)"."""
        name = self.name(ed)
        if str(ed.year) in name:
            return name
        return f"{name}（{ed.year}年）" if self.zh else f"{name} ({ed.year})"

    def name(self, ed: Edition) -> str:
        return self.pick(ed.name, ed.name_zh) if self.zh else ed.name

    def place(self, ed: Edition | None = None) -> str:
        s = self.kb.facts.series
        if ed is not None and ed.place:
            return self.pick(ed.place, ed.place_zh)
        return self.pick(s.place, s.place_zh)

    def join(self, items: list[str], *, either: bool = False) -> str:
        """Items as a list: "A, B and C" (or, ``either``, "A, B or C")."""
        if len(items) <= 1:
            return "".join(items)
        sep, last = self.tpl("list_sep"), self.tpl("or" if either else "and")
        return sep.join(items[:-1]) + last + items[-1]

    # --- dates ----------------------------------------------------------------------------

    def dates(self, ed: Edition) -> str:
        if ed.start is None or ed.end is None:
            return ""
        return self.date_range(ed.start, ed.end)

    def date_range(self, a: dt.date, b: dt.date) -> str:
        text = self._ranges.get((a, b))
        if text is None:
            text = self._date_range(a, b)
            if (a, b) in self._edition_ranges:  # kept: other dates are worded each time
                self._ranges[a, b] = text
        return text

    def _date_range(self, a: dt.date, b: dt.date) -> str:
        if a == b:
            which = "date_single"
        elif a.year != b.year:
            which = "date_range_years"
        elif a.month != b.month:
            which = "date_range"
        else:
            which = "date_range_month"
        names = self.month_names
        return self.tpl(
            which,
            month=names[a.month],
            month1=names[a.month],
            month2=names[b.month],
            m=a.month,
            m1=a.month,
            m2=b.month,
            d1=a.day,
            d2=b.day,
            year=a.year,
            year1=a.year,
            year2=b.year,
        )

    def short_dates(self, ed: Edition) -> str:
        """Compact dates for labels: Dec 3–5."""
        if ed.start is None:
            return "dates not announced"
        if ed.end is None:
            return f"opened {self.month_short[ed.start.month]} {ed.start.day}"
        a, b = ed.start, ed.end
        ms = self.month_short
        if a == b:
            return f"{ms[a.month]} {a.day}"
        if a.month == b.month:
            return f"{ms[a.month]} {a.day}–{b.day}"
        return f"{ms[a.month]} {a.day} – {ms[b.month]} {b.day}"

    def date(self, d: dt.date) -> str:
        return self.date_range(d, d)

    def when(self, ed: Edition) -> str:
        """The dates, or the opening day where the closing one is unknown, or "dates unknown":
        never an empty "()" in a sentence."""
        if ed.start is not None and ed.end is not None:
            return self.date_range(ed.start, ed.end)
        if ed.start is not None:
            return self.tpl("opened_on", date=self.date(ed.start))
        return self.tpl("undated")

    def label(self, ed: Edition) -> str:
        """Short label of an edition: "4th · 2017 · Dec 3–5"."""
        number = english_ordinal(ed.ordinal) if ed.ordinal else str(ed.year)
        if not ed.ordinal:
            return f"{ed.year} · {self.short_dates(ed)}"
        return self.t["ordinal_label"].format(
            ordinal=number, year=ed.year, dates=self.short_dates(ed)
        )

    def month_name(self, month: int) -> str:
        """A month's name: November, 11月."""
        return f"{month}月" if self.zh else self.month_names[month]

    def month_day(self, d: dt.date) -> str:
        """A day in the year without the year: November 9, 11月9日."""
        return f"{d.month}月{d.day}日" if self.zh else f"{self.month_names[d.month]} {d.day}"

    def dated_names(self, editions: Iterable[Edition]) -> str:
        """ "<name> (November 19–21, 2014) and <name> (…)": each edition with its dates."""
        return self.join([f"{self.name(e)} ({self.short_dates_of(e)})" for e in editions])

    def short_dates_of(self, ed: Edition) -> str:
        """Dates for lists, in this language."""
        if self.zh or ed.end is None:
            return self.dates(ed) or (self.date(ed.start) if ed.start else "")
        return self.dates(ed)

    def weekday(self, d: dt.date) -> str:
        """The weekday's name in this language."""
        ops = self.kb.vocabulary.operations
        names = ops.weekdays_zh if self.zh and ops.weekdays_zh else ops.weekdays
        return names[d.weekday()] if len(names) == 7 else d.strftime("%A")

    def nth(self, n: int) -> str:
        """A place in a ranking: 2nd, 第二."""
        return f"第{chinese_number(n)}" if self.zh else english_ordinal(n)

    def days(self, n: int) -> str:
        """ "3 days", "1 day", "3天"."""
        return self.tpl("day_count_one" if n == 1 else "day_count", n=n)

    # --- details --------------------------------------------------------------------------

    def attribute_label(self, attr: str) -> str:
        """How answers name a kind of detail: sub-forums, 分论坛."""
        for a in self.kb.vocabulary.attributes:
            if a.id == attr:
                return (a.label_zh or a.label) if self.zh else a.label
        return attr

    def counted_label(self, attr: str) -> str:
        """What a kind of detail's figure counts (exhibitors of an expo), else its label."""
        for a in self.kb.vocabulary.attributes:
            if a.id == attr and a.counted:
                return (a.counted_zh or a.counted) if self.zh else a.counted
        return self.attribute_label(attr)

    def figure_label(self, kind: str) -> str:
        """How answers name a kind of figure: countries and regions, 国家和地区."""
        for k in self.kb.vocabulary.figure_kinds:
            if k.id == kind:
                return (k.label_zh or k.label) if self.zh else k.label
        return kind

    def detail_text(self, d: Detail) -> str:
        """A typed fact as its sentence, with its source."""
        text = (d.text_zh or d.text) if self.zh else d.text
        if self.zh and not d.text_zh:
            raise MissingText
        return f"{text} ({d.source})" if d.source and not self.zh else text

    def detail_figure(self, d: Detail) -> str:
        """A typed figure as the source words it: more than 300 companies (超过300家企业)."""
        if self.zh:
            return f"{_QUALIFIER_ZH.get(d.qualifier or '', '')}{d.number:,}{d.unit_zh or ''}"
        words = [d.qualifier] if d.qualifier else []
        words.append(f"{d.number:,}")
        if d.unit:
            words.append(d.unit)
        return " ".join(words)

    # --- attendance -----------------------------------------------------------------------

    def figure(self, f: Figure) -> str:
        if self.zh:  # 超过2000人, 约1500人, 120多个 → 超过120个国家和地区
            unit = f.unit_zh or self.tpl("unit_people" if f.kind == "people" else "unit_places")
            return f"{_QUALIFIER_ZH.get(f.qualifier or '', '')}{f.number:,}{unit}"
        words = [f.qualifier] if f.qualifier else []
        words.append(f"{f.number:,}")
        words.append(f.unit)
        text = " ".join(words)
        return f"{text} ({f.note})" if f.note else text

    def figures(self, att: Attendance) -> str:
        if self.zh:
            return self.pick(None, att.zh)
        people = [self.figure(f) for f in att.figures if f.kind == "people"]
        places = [self.figure(f) for f in att.figures if f.kind == "places"]
        if people and places:
            return f"{self.join(people)} from {self.join(places)}"
        return self.join(people or places)


# How a Chinese answer words a source's qualifier before the number.
_QUALIFIER_ZH = {
    "more than": "超过",
    "over": "超过",
    "at least": "至少",
    "about": "约",
    "roughly": "约",
    "around": "约",
    "approximately": "约",
    "nearly": "近",
    "almost": "近",
}


class _Default(dict[str, object]):
    """format_map helper: unknown placeholders stay visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
