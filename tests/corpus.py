"""A generated corpus of questions with the parse each must get, for measuring understanding.

A small grammar produces the questions: question frames (English and Chinese) × the ways people
name an edition ("the 3rd WIC", "third", "WIC #3", "WIC III", "2016", "'16", "the 2016 one",
第三届, 2016年) × phrasings of each attribute × operations (look-up, verify, compare, difference,
superlative, filter, multi-part look-ups) × chat noise (typos, chat spellings, slang, emoji,
Discord mentions, case, punctuation, traditional characters, and mixtures).

Every expectation comes from the grammar — the frame says what is asked and the reference says
which edition — never from running the engine, so the corpus measures the engine rather than
recording it. Generation is seeded: the same seed gives the same corpus on every machine.

``python -m tests.corpus`` prints the pass rate of every (operation, noise, language) bucket
and up to ten failing questions per bucket; tests/test_corpus.py holds the bars.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.engine import Engine
from bot.engine.query import Query
from bot.knowledge_files import load_file

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge" / "wic.yaml"
VOCABULARY = ROOT / "knowledge" / "vocabulary.yaml"
TODAY = dt.date(2026, 11, 28)
SEED = 20261128

OPERATIONS = ("lookup", "multi", "verify", "compare", "difference", "superlative", "filter")
NOISE_EN = (
    "clean",
    "typo-drop",  # a letter dropped: "atended"
    "typo-swap",  # two neighbouring letters swapped: "wehn"
    "typo-double",  # a letter doubled: "whenn"
    "typo-vowels",  # the vowels of a word of 5+ letters left out: "thm", "attndd"
    "chat",  # chat spellings: "wen ws", "ppl", "da"
    "slang",  # slang and filler around the question: "yo", "ngl", "lol", "pls"
    "emoji",
    "mention",  # Discord mentions and custom emoji: <@123>, <:pepe:456>
    "case",
    "punct",
    "mixed",  # two or three of the above at once
)
NOISE_ZH = ("clean", "traditional", "slang", "emoji", "mention", "punct", "mixed")
# Cases per (operation, noise) for each language: enough that one failure moves a bucket by
# at most a few percent, few enough that the whole corpus runs in a couple of seconds.
PER_BUCKET = {
    "en": {"lookup": 120, "multi": 60},
    "zh": {"lookup": 70, "multi": 40},
}
PER_BUCKET_DEFAULT = {"en": 50, "zh": 40}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINAL_WORDS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
)
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
ZH_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class Expect:
    """The parse a question must get. ``None`` fields are not checked."""

    operation: str
    # The attributes asked: the first must match for single questions, the whole tuple for
    # multi-part ones. None where the operation reads no attribute (a claimed month, the time
    # between two openings, a month filter).
    attributes: tuple[str, ...] | None
    years: tuple[int, ...]  # the editions named, in any order (evaluation is symmetric)
    multi: bool = False
    months: tuple[int, ...] | None = None
    exclude: bool | None = None
    claim_months: tuple[int, ...] | None = None
    claim_year: int | None = None
    claim_weekday: int | None = None
    direction: str | None = None
    unit: str | None = None  # "days" also accepts no unit: days are the default
    measure: str | None = None


@dataclass(frozen=True, slots=True)
class Case:
    question: str
    operation: str  # the bucket's operation: one of OPERATIONS
    noise: str
    lang: str
    expect: Expect

    @property
    def bucket(self) -> tuple[str, str, str]:
        return (self.operation, self.noise, self.lang)


# --- editions and the ways people name them -----------------------------------------------


@dataclass(frozen=True, slots=True)
class Edition:
    year: int
    number: int  # the official ordinal (1st-6th), else the series' own year count


def editions(path: Path = KNOWLEDGE) -> tuple[Edition, ...]:
    """Every edition of the knowledge file with the number people may call it by."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for e in data["editions"]:
        number = e.get("ordinal") or e.get("count")
        if number:
            out.append(Edition(int(e["year"]), int(number)))
    return tuple(out)


def _th(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def zh_number(n: int) -> str:
    """Chinese numerals up to 99: 3 -> 三, 10 -> 十, 13 -> 十三."""
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


_NOUNS = ("WIC", "summit", "conference", "one", "edition", "World Internet Conference")


def en_ordinal_refs(e: Edition) -> list[str]:
    """English names of an edition by its number."""
    n = e.number
    refs = [f"the {_th(n)} {noun}" for noun in _NOUNS]
    refs += [f"the {ORDINAL_WORDS[n]} {noun}" for noun in _NOUNS]
    refs += [f"WIC #{n}", f"WIC {ROMAN[n]}", f"the {_th(n)} Wuzhen Summit"]
    return refs


def en_year_refs(e: Edition) -> list[str]:
    """English names of an edition by its year."""
    y, yy = e.year, f"'{e.year % 100:02d}"
    return [
        f"the {y} WIC",
        f"the {y} summit",
        f"the {y} one",
        f"the {y} edition",
        f"the {y} conference",
        f"the {y} World Internet Conference",
        f"the {y} Wuzhen Summit",
        f"WIC {y}",
        f"the WIC in {y}",
        f"the summit in {y}",
        f"the {yy} WIC",
        f"the {yy} one",
        f"WIC {yy}",
    ]


def zh_ordinal_refs(e: Edition) -> list[str]:
    n = e.number
    refs = [f"第{zh_number(n)}届", f"第{n}届", f"第{zh_number(n)}届世界互联网大会"]
    refs += [f"第{zh_number(n)}届乌镇峰会", f"第{zh_number(n)}届大会"]
    if n == 1:
        refs += ["首届", "首届世界互联网大会"]
    return refs


def zh_year_refs(e: Edition) -> list[str]:
    y = e.year
    return [f"{y}年", f"{y}年那届", f"{y}年世界互联网大会", f"{y}年乌镇峰会", f"{y}年的大会"]


# --- frames --------------------------------------------------------------------------------
# Each frame is a template; {ref} is an edition, {a}/{b} two editions, {month}/{year}/{weekday}
# a claimed value. The attribute a frame asks is its key in the tables below.

EN_LOOKUP: dict[str, tuple[str, ...]] = {
    "dates": (
        "when was {ref}?",
        "when was {ref} held?",
        "when did {ref} take place?",
        "when did {ref} happen?",
        "what were the dates of {ref}?",
        "what was the date of {ref}?",
        "which month was {ref} in?",
        "when's {ref}?",
        "{ref} dates?",
        "do you know when {ref} was?",
    ),
    "start": (
        "when did {ref} kick off?",
        "when did {ref} get underway?",
        "when did {ref} start?",
        "when did {ref} begin?",
        "when did {ref} open?",
        "what was the opening day of {ref}?",
        "what day did {ref} start?",
        "what was the start date of {ref}?",
    ),
    "end": (
        "when did {ref} wrap up?",
        "when did {ref} close?",
        "when did {ref} end?",
        "when did {ref} finish?",
        "what was the last day of {ref}?",
        "when did {ref} come to an end?",
        "what was the closing date of {ref}?",
    ),
    "place": (
        "where was {ref}?",
        "where was {ref} held?",
        "where did {ref} take place?",
        "what was the venue of {ref}?",
        "which city hosted {ref}?",
        "which city was {ref} held in?",
        "what was the location of {ref}?",
        "{ref} venue?",
        "where'd {ref} happen?",
    ),
    "theme": (
        "what was the theme of {ref}?",
        "what was {ref}'s theme?",
        "what was the motto of {ref}?",
        "what was {ref}'s slogan?",
        "theme of {ref}?",
        "what was the main theme of {ref}?",
        "what was {ref} themed around?",
        "{ref} theme?",
    ),
    "attendance": (
        "how many people attended {ref}?",
        "how many came to {ref}?",
        "how many people were at {ref}?",
        "how big was {ref}?",
        "how many nations took part in {ref}?",
        "what was the attendance at {ref}?",
        "what was the turnout at {ref}?",
        "how many participants did {ref} have?",
        "how many countries were at {ref}?",
        "how many guests did {ref} draw?",
    ),
    "hosts": (
        "who hosted {ref}?",
        "who organised {ref}?",
        "who organized {ref}?",
        "who was the organiser of {ref}?",
        "who ran {ref}?",
        "who was behind {ref}?",
        "who put on {ref}?",
    ),
    "duration": (
        "how long was {ref}?",
        "how long did {ref} last?",
        "how many days was {ref}?",
        "how many days did {ref} run?",
        "how long did {ref} go on for?",
        "what was the duration of {ref}?",
        "how many days did {ref} last?",
    ),
    "weekday": (
        "what day of the week was {ref}?",
        "what day of the week did {ref} start?",
        "which weekday did {ref} open on?",
        "on what weekday did {ref} begin?",
        "what day of the week did {ref} kick off?",
    ),
}

ZH_LOOKUP: dict[str, tuple[str, ...]] = {
    "dates": (
        "{ref}是什么时候举办的？",
        "{ref}是什么时候？",
        "{ref}在什么时候举行？",
        "{ref}的举办时间是？",
        "{ref}是几月举办的？",
        "{ref}的日期是哪天？",
    ),
    "start": ("{ref}什么时候开幕？", "{ref}哪天开幕的？", "{ref}的开幕式是哪一天？"),
    "end": ("{ref}什么时候闭幕？", "{ref}哪天结束的？", "{ref}的闭幕式是什么时候？"),
    "place": (
        "{ref}在哪里举办？",
        "{ref}的举办地是哪里？",
        "{ref}在哪个城市举行？",
        "{ref}的地点在哪？",
    ),
    "theme": ("{ref}的主题是什么？", "{ref}主题是啥？", "{ref}的口号是什么？"),
    "attendance": (
        "{ref}有多少人参加？",
        "{ref}的参会人数是多少？",
        "{ref}有多少个国家参加？",
        "{ref}规模有多大？",
        "参加{ref}的有多少人？",
    ),
    "hosts": ("{ref}的主办方是谁？", "{ref}由谁主办？", "{ref}是谁主办的？", "谁承办了{ref}？"),
    "duration": (
        "{ref}为期几天？",
        "{ref}开了几天？",
        "{ref}持续了多少天？",
        "{ref}举办了多长时间？",
    ),
    "weekday": ("{ref}是星期几开幕的？", "{ref}开幕那天是周几？"),
}

# Attendance asked as a number of countries, not of people.
_PLACES_FRAMES = frozenset(
    {
        "how many nations took part in {ref}?",
        "how many countries were at {ref}?",
        "{ref}有多少个国家参加？",
    }
)

EN_MULTI: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("when was {ref} and what was its theme?", ("dates", "theme")),
    ("when was {ref} held and what was the theme?", ("dates", "theme")),
    ("where was {ref} held and who organised it?", ("place", "hosts")),
    ("how long was {ref} and how many people came?", ("duration", "attendance")),
    ("what was the theme of {ref} and where was it?", ("theme", "place")),
    ("when did {ref} kick off and how long did it last?", ("start", "duration")),
    ("who hosted {ref} and what was the theme?", ("hosts", "theme")),
    ("how many people attended {ref} and when was it?", ("attendance", "dates")),
    ("when and where was {ref}?", ("dates", "place")),
    ("when and where was {ref}, and what was its theme?", ("dates", "place", "theme")),
    ("where was {ref} and how many nations attended?", ("place", "attendance")),
    ("what was the motto of {ref} and who hosted it?", ("theme", "hosts")),
)

ZH_MULTI: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("{ref}的时间和地点是什么？", ("dates", "place")),
    ("{ref}的主题和参会人数分别是什么？", ("theme", "attendance")),
    ("{ref}在哪里举办，以及由谁主办？", ("place", "hosts")),
    ("{ref}是什么时候举办的，主题是什么？", ("dates", "theme")),
    ("{ref}什么时候开幕，为期几天？", ("start", "duration")),
    ("{ref}的举办地点和主题是什么？", ("place", "theme")),
)

EN_VERIFY_MONTH = (
    "was {ref} in {month}?",
    "was {ref} held in {month}?",
    "did {ref} take place in {month}?",
    "{ref} was in {month}, right?",
    "{ref} was held in {month}, wasn't it?",
    "is it true that {ref} was in {month}?",
    "wasn't {ref} in {month}?",
    "{ref} happened in {month}, correct?",
)
EN_VERIFY_YEAR = (  # {ref} is always an ordinal here: the claim is the year
    "wasn't {ref} held in {year}?",
    "was {ref} in {year}?",
    "{ref} was in {year}, right?",
    "didn't {ref} take place in {year}?",
    "was {ref} held in {year}?",
    "{ref} was {year}, right?",
)
EN_VERIFY_WEEKDAY = (
    "did {ref} open on a {weekday}?",
    "did {ref} start on a {weekday}?",
    "was the opening day of {ref} a {weekday}?",
    "{ref} kicked off on a {weekday}, right?",
)
ZH_VERIFY_MONTH = (
    "{ref}是在{month}举办的吗？",
    "{ref}是不是在{month}举行的？",
    "{ref}在{month}举办，对吗？",
    "{ref}是{month}开的吗？",
    "{ref}是在{month}吧？",
)
ZH_VERIFY_YEAR = (
    "{ref}是不是{year}年举办的？",
    "{ref}是在{year}年举行的吗？",
    "{ref}是{year}年的，对吧？",
)

# Comparisons: (frame, attribute or None, direction, measure)
EN_COMPARE: tuple[tuple[str, str | None, str, str], ...] = (
    ("did more people attend {a} than {b}?", "attendance", "more", "people"),
    ("did more people attend in {ya} than in {yb}?", "attendance", "more", "people"),
    ("were there more participants at {a} than at {b}?", "attendance", "more", "people"),
    ("which had a bigger crowd, {a} or {b}?", "attendance", "more", "people"),
    ("which drew more attendees: {a} or {b}?", "attendance", "more", "people"),
    ("did fewer people attend {a} than {b}?", "attendance", "less", "people"),
    ("were there fewer participants at {a} than at {b}?", "attendance", "less", "people"),
    ("did more countries take part in {a} than in {b}?", "attendance", "more", "places"),
    ("was {a} longer than {b}?", "duration", "more", "people"),
    ("did {a} last longer than {b}?", "duration", "more", "people"),
    ("was {a} shorter than {b}?", "duration", "less", "people"),
    ("which lasted longer, {a} or {b}?", "duration", "more", "people"),
    ("was {a} earlier in the year than {b}?", None, "earlier", "people"),
    ("which was later in the year, {a} or {b}?", None, "later", "people"),
)
ZH_COMPARE: tuple[tuple[str, str | None, str, str], ...] = (
    ("{a}和{b}哪一届参会人数更多？", "attendance", "more", "people"),
    ("{a}的参会人数比{b}多吗？", "attendance", "more", "people"),
    ("{a}比{b}参加的人更多吗？", "attendance", "more", "people"),
    ("{a}和{b}相比，哪届参会人数更少？", "attendance", "less", "people"),
    ("{a}和{b}哪一届持续时间更长？", "duration", "more", "people"),
    ("{a}的会期比{b}更长吗？", "duration", "more", "people"),
    ("{a}和{b}哪一届参加的国家更多？", "attendance", "more", "places"),
    ("{a}和{b}哪一届在一年中举办得更早？", None, "earlier", "people"),
)

# Differences: (frame, unit or None when any unit will do)
EN_DIFFERENCE: tuple[tuple[str, str | None], ...] = (
    ("how many weeks between {a} and {b}?", "weeks"),
    ("how many days were there between {a} and {b}?", "days"),
    ("how far apart were {a} and {b}?", None),
    ("how much time passed between {a} and {b}?", None),
    ("how many months separated {a} and {b}?", "months"),
    ("how many weeks apart were {a} and {b}?", "weeks"),
    ("what's the gap in days between {a} and {b}?", "days"),
    ("how many days from {a} to {b}?", "days"),
    ("how many years between {a} and {b}?", "years"),
)
ZH_DIFFERENCE: tuple[tuple[str, str | None], ...] = (
    ("{a}和{b}之间相隔多少天？", "days"),
    ("{a}和{b}相差几个月？", "months"),
    ("{a}与{b}之间隔了几周？", "weeks"),
    ("从{a}到{b}隔了多少天？", "days"),
    ("{a}和{b}相隔几年？", "years"),
)

# Superlatives over all editions: (frame, attribute, direction, measure)
EN_SUPERLATIVE: tuple[tuple[str, str, str, str], ...] = (
    ("which summit drew the biggest crowd?", "attendance", "most", "people"),
    ("which edition had the most participants?", "attendance", "most", "people"),
    ("which WIC had the most attendees?", "attendance", "most", "people"),
    ("which year had the largest turnout?", "attendance", "most", "people"),
    ("which WIC had the fewest attendees?", "attendance", "least", "people"),
    ("which edition had the smallest attendance?", "attendance", "least", "people"),
    ("which edition lasted the longest?", "duration", "most", "people"),
    ("which WIC was the longest?", "duration", "most", "people"),
    ("which was the shortest edition?", "duration", "least", "people"),
    ("which summit had the most countries taking part?", "attendance", "most", "places"),
    ("what was the best-attended WIC?", "attendance", "most", "people"),
    ("which edition was the biggest?", "attendance", "most", "people"),
    ("which edition had the largest attendance?", "attendance", "most", "people"),
    ("which WIC had the most delegates?", "attendance", "most", "people"),
    ("what was the longest edition?", "duration", "most", "people"),
    ("which summit was the shortest?", "duration", "least", "people"),
    ("which edition had the fewest countries?", "attendance", "least", "places"),
    ("which year drew the most people?", "attendance", "most", "people"),
)
ZH_SUPERLATIVE: tuple[tuple[str, str, str, str], ...] = (
    ("哪一届参会人数最多？", "attendance", "most", "people"),
    ("哪一届的规模最大？", "attendance", "most", "people"),
    ("参加人数最少的是哪一届？", "attendance", "least", "people"),
    ("哪一届持续时间最长？", "duration", "most", "people"),
    ("哪一届为期最短？", "duration", "least", "people"),
    ("哪一届参加的国家最多？", "attendance", "most", "places"),
    ("哪届世界互联网大会人最多？", "attendance", "most", "people"),
    ("哪一届参会人数最少？", "attendance", "least", "people"),
    ("哪一届持续时间最短？", "duration", "least", "people"),
    ("哪一届嘉宾最多？", "attendance", "most", "people"),
    ("规模最大的是哪一届？", "attendance", "most", "people"),
    ("参会国家最少的是哪一届？", "attendance", "least", "places"),
)

# Month filters: (frame, exclude)
EN_FILTER: tuple[tuple[str, bool], ...] = (
    ("which editions were held outside {month}?", True),
    ("which WICs weren't held in {month}?", True),
    ("which summits were not in {month}?", True),
    ("which editions took place in a month other than {month}?", True),
    ("which ones happened outside of {month}?", True),
    ("which editions were held in {month}?", False),
    ("which WICs took place in {month}?", False),
    ("list the editions held in {month}", False),
    ("which years was the WIC in {month}?", False),
)
ZH_FILTER: tuple[tuple[str, bool], ...] = (
    ("哪几届不在{month}举办？", True),
    ("{month}以外举办的有哪几届？", True),
    ("哪些届是在{month}举办的？", False),
    ("哪一届是在{month}举办的？", False),
    ("哪些年份的大会是在{month}召开的？", False),
)


# --- building the clean questions ----------------------------------------------------------

Draft = tuple[str, Expect]  # a clean question and what it must parse to


class Grammar:
    """Draws clean questions of one operation and language."""

    def __init__(self, rng: random.Random, eds: tuple[Edition, ...]) -> None:
        self.rng = rng
        self.eds = eds

    def _edition(self) -> Edition:
        return self.rng.choice(self.eds)

    def _two(self) -> tuple[Edition, Edition]:
        a, b = self.rng.sample(self.eds, 2)
        return a, b

    def _en_ref(self, e: Edition, ordinal_only: bool = False) -> str:
        refs = en_ordinal_refs(e)
        if not ordinal_only:
            refs = refs + en_year_refs(e)
        return self.rng.choice(refs)

    def _zh_ref(self, e: Edition, ordinal_only: bool = False) -> str:
        refs = zh_ordinal_refs(e)
        if not ordinal_only:
            refs = refs + zh_year_refs(e)
        return self.rng.choice(refs)

    def _month(self) -> tuple[str, int]:
        m = self.rng.randrange(1, 13)
        name = MONTHS_SHORT[m - 1] if self.rng.random() < 0.2 else MONTHS[m - 1]
        return name, m

    def _zh_month(self) -> tuple[str, int]:
        m = self.rng.randrange(1, 13)
        return (f"{m}月" if self.rng.random() < 0.6 else f"{zh_number(m)}月"), m

    def draft(self, operation: str, lang: str) -> Draft:
        make: Callable[[], Draft] = getattr(self, f"{lang}_{operation}")
        return make()

    # English

    def en_lookup(self) -> Draft:
        attribute = self.rng.choice(sorted(EN_LOOKUP))
        frame = self.rng.choice(EN_LOOKUP[attribute])
        e = self._edition()
        measure = "places" if frame in _PLACES_FRAMES else None
        q = frame.format(ref=self._en_ref(e))
        return q, Expect("lookup", (attribute,), (e.year,), measure=measure)

    def en_multi(self) -> Draft:
        frame, attributes = self.rng.choice(EN_MULTI)
        e = self._edition()
        q = frame.format(ref=self._en_ref(e))
        return q, Expect("lookup", attributes, (e.year,), multi=True)

    def en_verify(self) -> Draft:
        e = self._edition()
        kind = self.rng.choices(("month", "year", "weekday"), (3, 2, 1))[0]
        if kind == "month":
            name, m = self._month()
            q = self.rng.choice(EN_VERIFY_MONTH).format(ref=self._en_ref(e), month=name)
            return q, Expect("verify", None, (e.year,), claim_months=(m,))
        if kind == "year":
            claimed = self._edition().year
            frame = self.rng.choice(EN_VERIFY_YEAR)
            q = frame.format(ref=self._en_ref(e, ordinal_only=True), year=claimed)
            years = tuple(dict.fromkeys((e.year, claimed)))
            return q, Expect("verify", None, years, claim_year=claimed)
        day = self.rng.randrange(7)
        frame = self.rng.choice(EN_VERIFY_WEEKDAY)
        q = frame.format(ref=self._en_ref(e), weekday=WEEKDAYS[day])
        return q, Expect("verify", None, (e.year,), claim_weekday=day)

    def _en_pair(self) -> tuple[Edition, Edition, dict[str, str]]:
        a, b = self._two()
        slots = {"a": self._en_ref(a), "b": self._en_ref(b), "ya": str(a.year), "yb": str(b.year)}
        if self.rng.random() < 0.3:  # the short forms people use in pairs: "the 2nd and the 3rd"
            slots["a"], slots["b"] = f"the {_th(a.number)}", f"the {_th(b.number)}"
        return a, b, slots

    def en_compare(self) -> Draft:
        frame, attribute, direction, measure = self.rng.choice(EN_COMPARE)
        a, b, slots = self._en_pair()
        return frame.format(**slots), Expect(
            "compare",
            (attribute,) if attribute else None,
            (a.year, b.year),
            direction=direction,
            measure=measure if attribute == "attendance" else None,
        )

    def en_difference(self) -> Draft:
        frame, unit = self.rng.choice(EN_DIFFERENCE)
        a, b, slots = self._en_pair()
        return frame.format(**slots), Expect("difference", None, (a.year, b.year), unit=unit)

    def en_superlative(self) -> Draft:
        frame, attribute, direction, measure = self.rng.choice(EN_SUPERLATIVE)
        return frame, Expect(
            "superlative",
            (attribute,),
            (),
            direction=direction,
            measure=measure if attribute == "attendance" else None,
        )

    def en_filter(self) -> Draft:
        frame, exclude = self.rng.choice(EN_FILTER)
        name, m = self._month()
        q = frame.format(month=name)
        return q, Expect("filter", None, (), months=(m,), exclude=exclude)

    # Chinese

    def zh_lookup(self) -> Draft:
        attribute = self.rng.choice(sorted(ZH_LOOKUP))
        frame = self.rng.choice(ZH_LOOKUP[attribute])
        e = self._edition()
        measure = "places" if frame in _PLACES_FRAMES else None
        q = frame.format(ref=self._zh_ref(e))
        return q, Expect("lookup", (attribute,), (e.year,), measure=measure)

    def zh_multi(self) -> Draft:
        frame, attributes = self.rng.choice(ZH_MULTI)
        e = self._edition()
        q = frame.format(ref=self._zh_ref(e))
        return q, Expect("lookup", attributes, (e.year,), multi=True)

    def zh_verify(self) -> Draft:
        e = self._edition()
        if self.rng.random() < 0.6:
            name, m = self._zh_month()
            q = self.rng.choice(ZH_VERIFY_MONTH).format(ref=self._zh_ref(e), month=name)
            return q, Expect("verify", None, (e.year,), claim_months=(m,))
        claimed = self._edition().year
        frame = self.rng.choice(ZH_VERIFY_YEAR)
        q = frame.format(ref=self._zh_ref(e, ordinal_only=True), year=claimed)
        years = tuple(dict.fromkeys((e.year, claimed)))
        return q, Expect("verify", None, years, claim_year=claimed)

    def _zh_pair(self) -> tuple[Edition, Edition, dict[str, str]]:
        a, b = self._two()
        if self.rng.random() < 0.5:  # both named the same way, as people usually do
            kind = self.rng.choice((zh_ordinal_refs, zh_year_refs))
            slots = {"a": self.rng.choice(kind(a)[:2]), "b": self.rng.choice(kind(b)[:2])}
        else:
            slots = {"a": self._zh_ref(a), "b": self._zh_ref(b)}
        return a, b, slots

    def zh_compare(self) -> Draft:
        frame, attribute, direction, measure = self.rng.choice(ZH_COMPARE)
        a, b, slots = self._zh_pair()
        return frame.format(**slots), Expect(
            "compare",
            (attribute,) if attribute else None,
            (a.year, b.year),
            direction=direction,
            measure=measure if attribute == "attendance" else None,
        )

    def zh_difference(self) -> Draft:
        frame, unit = self.rng.choice(ZH_DIFFERENCE)
        a, b, slots = self._zh_pair()
        return frame.format(**slots), Expect("difference", None, (a.year, b.year), unit=unit)

    def zh_superlative(self) -> Draft:
        frame, attribute, direction, measure = self.rng.choice(ZH_SUPERLATIVE)
        return frame, Expect(
            "superlative",
            (attribute,),
            (),
            direction=direction,
            measure=measure if attribute == "attendance" else None,
        )

    def zh_filter(self) -> Draft:
        frame, exclude = self.rng.choice(ZH_FILTER)
        name, m = self._zh_month()
        return frame.format(month=name), Expect("filter", None, (), months=(m,), exclude=exclude)


# --- noise ---------------------------------------------------------------------------------

_WORD = re.compile(r"(?<![\w'#])[A-Za-z]+(?![\w'])")
_VOWELS = frozenset("aeiouAEIOU")
# How people write words in chat (our own list, not the engine's vocabulary).
CHAT = {
    "when": ("wen", "whn"),
    "what": ("wat", "wut"),
    "was": ("ws", "wuz"),
    "people": ("ppl",),
    "where": ("wer", "whr"),
    "the": ("da", "teh"),
    "how": ("hw",),
    "many": ("mny",),
    "theme": ("thme",),
    "year": ("yr",),
    "years": ("yrs",),
    "weeks": ("wks",),
    "countries": ("countrys",),
    "conference": ("confrence",),
    "summit": ("sumit",),
}
SLANG_START = ("yo", "ngl", "tbh", "bruh", "ok so", "hey", "lol", "pls", "fr", "ayo", "quick q:")
SLANG_END = ("lol", "fr", "pls", "tbh", "ngl", "lmao", "rn", "fr fr", "plz", "bro", "thx")
ZH_SLANG_START = ("lol", "yo", "请问", "哈哈", "emm", "那个", "ngl")
ZH_SLANG_END = ("lol", "哈哈", "pls", "啊", "呀", "谢谢")
EMOJI = (
    "🤔",
    "😅",
    "🙏",
    "👀",
    "🔥",
    "💀",
    "😂",
    "✨",
    "🫠",
    "👍",
    ":)",
    ":D",
    "xD",
    "<:pepega:8123>",
)
# Simplified -> traditional for the characters of the Chinese frames.
TRADITIONAL = str.maketrans(
    "届会时么举办题参几个国谁开闭长间对吗这与为哪里镇乌网联论坛规数场还问谢请从隔续办",
    "屆會時麼舉辦題參幾個國誰開閉長間對嗎這與為哪裡鎮烏網聯論壇規數場還問謝請從隔續辦",
)


def _lexicon_words(path: Path = VOCABULARY) -> frozenset[str]:
    """Every English word the vocabulary file knows, so that a typo never spells one."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.update(w.casefold() for w in re.findall(r"[A-Za-z]+", node))
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for section in ("stopwords", "filler", "noise", "ordinals", "numbers", "months", "intents"):
        walk(data.get(section))
    # Not chat_spellings: its keys are misspellings ("thm"), not other words.
    for section in ("attributes", "operations", "relative", "event_nouns"):
        walk(data.get(section))
    return frozenset(found)


def _grammar_words() -> frozenset[str]:
    texts: list[str] = list(MONTHS) + list(MONTHS_SHORT) + list(WEEKDAYS) + list(ORDINAL_WORDS)
    for table in (EN_LOOKUP,):
        for frames in table.values():
            texts += frames
    for rows in (EN_MULTI, EN_COMPARE, EN_DIFFERENCE, EN_SUPERLATIVE, EN_FILTER):
        texts += [row[0] for row in rows]
    texts += list(EN_VERIFY_MONTH + EN_VERIFY_YEAR + EN_VERIFY_WEEKDAY + _NOUNS)
    return frozenset(w.casefold() for t in texts for w in re.findall(r"[A-Za-z]+", t))


class Noise:
    """Chat noise applied to a clean question."""

    def __init__(self, rng: random.Random, known: frozenset[str]) -> None:
        self.rng = rng
        self.known = known

    def apply(self, kind: str, q: str, lang: str) -> str | None:
        """The question with noise of ``kind``, or None if it has nothing to apply it to."""
        if kind == "clean":
            return q
        if kind == "mixed":
            kinds = [k for k in (NOISE_EN if lang == "en" else NOISE_ZH) if k not in _NOT_MIXED]
            picked = self.rng.sample(kinds, self.rng.choice((2, 3)))
            if sum(k.startswith("typo") or k == "chat" for k in picked) > 1:
                return None  # one word-level change is enough; two hide each other
            out: str | None = q
            for k in sorted(picked, key=_ORDER.index):
                out = self.apply(k, out, lang) if out is not None else None
            return out
        if kind.startswith("typo-"):
            return self.typo(kind[5:], q)
        method: Callable[[str, str], str | None] = getattr(self, kind)
        return method(q, lang)

    def typo(self, how: str, q: str) -> str | None:
        """One word misspelt; never the first letter, never into another known word."""
        spots = [m for m in _WORD.finditer(q) if not m.group().isupper()]
        self.rng.shuffle(spots)
        for m in spots:
            word = m.group()
            for bad in self._typos(how, word):
                if bad.casefold() not in self.known:
                    return q[: m.start()] + bad + q[m.end() :]
        return None

    def _typos(self, how: str, w: str) -> list[str]:
        n = len(w)
        out: list[str] = []
        if how == "drop" and n >= 4:
            out = [w[:i] + w[i + 1 :] for i in range(1, n)]
        elif how == "swap" and n >= 3:
            out = [
                w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(1, n - 1) if w[i] != w[i + 1]
            ]
        elif how == "double" and n >= 3:
            out = [w[: i + 1] + w[i] + w[i + 1 :] for i in range(1, n)]
        elif how == "vowels" and n >= 5:
            bare = w[0] + "".join(c for c in w[1:] if c not in _VOWELS)
            out = [bare] if bare != w else []
        self.rng.shuffle(out)
        return [t for t in out if t != w]

    def chat(self, q: str, lang: str) -> str | None:
        spots = [m for m in _WORD.finditer(q) if m.group().casefold() in CHAT]
        if not spots:
            return None
        chosen = sorted(self.rng.sample(spots, min(len(spots), self.rng.choice((1, 2)))),
                        key=lambda m: m.start(), reverse=True)  # fmt: skip
        for m in chosen:
            q = q[: m.start()] + self.rng.choice(CHAT[m.group().casefold()]) + q[m.end() :]
        return q

    def slang(self, q: str, lang: str) -> str:
        starts, ends = (SLANG_START, SLANG_END) if lang == "en" else (ZH_SLANG_START, ZH_SLANG_END)
        where = self.rng.choice(("start", "end", "both"))
        if where in ("start", "both"):
            word = self.rng.choice(starts)
            seps: tuple[str, ...] = (" ", ", ") if lang == "en" else (" ", "，")
            if lang == "zh" and not (word.isascii() and q[:1].isascii()):
                seps += ("",)  # "请问第三届…", "lol第三届…"; never glued into "lol2016"
            q = word + self.rng.choice(seps) + q
        if where in ("end", "both"):
            q = self._at_end(q, self.rng.choice(ends), lang)
        return q

    def _at_end(self, q: str, extra: str, lang: str) -> str:
        """``extra`` after the question, before or after its final question mark."""
        if self.rng.random() < 0.5 and q[-1:] in "?？":
            return q[:-1] + " " + extra + q[-1]
        return q + " " + extra

    def emoji(self, q: str, lang: str) -> str:
        for _ in range(self.rng.choice((1, 1, 2))):
            e = self.rng.choice(EMOJI)
            where = self.rng.random()
            if where < 0.25:
                q = e + " " + q
            elif where < 0.5 and lang == "en" and " and " in q:  # between two parts
                q = q.replace(" and ", f" {e} and ", 1)
            else:
                q = self._at_end(q, e, lang)
        return q

    def mention(self, q: str, lang: str) -> str:
        user = self.rng.randrange(10**17, 10**18)
        form = self.rng.choice((f"<@{user}>", f"<@!{user}>", f"<@&{user}>", "@everyone"))
        if self.rng.random() < 0.75:
            return form + self.rng.choice((" ", ", ", " ")) + q
        return q + " " + form

    def case(self, q: str, lang: str) -> str | None:
        if lang != "en":
            return None
        how = self.rng.choice(("lower", "upper", "title", "alternate"))
        if how == "lower":
            return q.lower()
        if how == "upper":
            return q.upper()
        if how == "title":
            return " ".join(w[:1].upper() + w[1:] for w in q.split(" "))
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(q))

    def punct(self, q: str, lang: str) -> str:
        body = q.rstrip("?？")
        if lang == "en":
            end = self.rng.choice(("", "??", "???", "?!", "!?", "...?", "!!", " ?", "?!?"))
            q = body + end
            wrap = self.rng.random()
            if wrap < 0.15:
                q = f"**{q}**"
            elif wrap < 0.3:
                q = "> " + q
            elif wrap < 0.45:
                q = "..." + q
            elif wrap < 0.55:
                q = q.replace(" ", "  ", 1)
            return q
        end = self.rng.choice(("", "?", "？？", "？！", "。", "!!!", "……", "???"))
        q = body + end
        return "…" + q if self.rng.random() < 0.15 else q

    def traditional(self, q: str, lang: str) -> str | None:
        if lang != "zh":
            return None
        out = q.translate(TRADITIONAL)
        return out if out != q else None


_NOT_MIXED = frozenset({"clean", "mixed"})
# The order mixtures apply in: word changes first, decoration last.
_ORDER = (
    "typo-drop",
    "typo-swap",
    "typo-double",
    "typo-vowels",
    "chat",
    "traditional",
    "case",
    "slang",
    "emoji",
    "punct",
    "mention",
)


def _natural(q: str) -> str:
    """A clean question as someone careful would type it: capitalised."""
    return q[:1].upper() + q[1:]


def build(seed: int = SEED) -> list[Case]:
    """The whole corpus: every (operation, noise, language) bucket, deterministically."""
    rng = random.Random(seed)
    eds = editions()
    grammar = Grammar(rng, eds)
    noise = Noise(rng, _lexicon_words() | _grammar_words())
    cases: list[Case] = []
    for lang, kinds in (("en", NOISE_EN), ("zh", NOISE_ZH)):
        for operation in OPERATIONS:
            n = PER_BUCKET[lang].get(operation, PER_BUCKET_DEFAULT[lang])
            for kind in kinds:
                seen: set[str] = set()
                for _ in range(n * 30):
                    if len(seen) >= n:
                        break
                    q, expect = grammar.draft(operation, lang)
                    noisy = noise.apply(kind, _natural(q), lang)
                    if noisy is None or noisy in seen:
                        continue
                    seen.add(noisy)
                    cases.append(Case(noisy, operation, kind, lang, expect))
    return cases


# --- checking ------------------------------------------------------------------------------


def mismatches(expect: Expect, query: Query, years: tuple[int, ...]) -> list[str]:
    """How a parse differs from its expectation (empty when it is right)."""
    out: list[str] = []
    if query.operation != expect.operation:
        out.append(f"operation {query.operation} (want {expect.operation})")
    if expect.attributes is not None:
        got = query.attributes if expect.multi else query.attributes[:1]
        want = expect.attributes if expect.multi else expect.attributes[:1]
        if got != want:
            out.append(f"attributes {query.attributes} (want {want})")
    if sorted(years) != sorted(expect.years):
        out.append(f"years {years} (want {expect.years})")
    if query.residue.unknown:
        out.append(f"unknown {query.residue.unknown}")
    if expect.months is not None and query.months != expect.months:
        out.append(f"months {query.months} (want {expect.months})")
    if expect.exclude is not None and query.exclude != expect.exclude:
        out.append(f"exclude {query.exclude} (want {expect.exclude})")
    claim = query.claim
    if expect.claim_months is not None and (claim is None or claim.months != expect.claim_months):
        out.append(f"claim {claim} (want months {expect.claim_months})")
    if expect.claim_year is not None and (claim is None or claim.year != expect.claim_year):
        out.append(f"claim {claim} (want year {expect.claim_year})")
    if expect.claim_weekday is not None and (
        claim is None or claim.weekday != expect.claim_weekday
    ):
        out.append(f"claim {claim} (want weekday {expect.claim_weekday})")
    if expect.direction is not None and query.direction != expect.direction:
        out.append(f"direction {query.direction!r} (want {expect.direction!r})")
    if expect.unit is not None and (query.unit or "days") != expect.unit:
        out.append(f"unit {query.unit!r} (want {expect.unit!r})")
    if expect.measure is not None and query.measure != expect.measure:
        out.append(f"measure {query.measure} (want {expect.measure})")
    return out


@dataclass
class Bucket:
    cases: int = 0
    passed: int = 0
    failures: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.passed / self.cases if self.cases else 1.0


def run(engine: Engine, cases: Iterable[Case]) -> dict[tuple[str, str, str], Bucket]:
    """Parse every case and tally it in its bucket."""
    buckets: dict[tuple[str, str, str], Bucket] = defaultdict(Bucket)
    for case in cases:
        query, years = engine.understand(case.question, today=TODAY)
        wrong = mismatches(case.expect, query, years)
        b = buckets[case.bucket]
        b.cases += 1
        if wrong:
            b.failures.append((case.question, wrong))
        else:
            b.passed += 1
    return dict(buckets)


def _order(key: tuple[str, str, str]) -> tuple[int, int, int]:
    op, noise, lang = key
    kinds = NOISE_EN if lang == "en" else NOISE_ZH
    return (("en", "zh").index(lang), OPERATIONS.index(op), kinds.index(noise))


def table(buckets: dict[tuple[str, str, str], Bucket], examples: int = 10) -> str:
    """Pass rates by bucket, then up to ``examples`` failing questions per failing bucket."""
    lines = [f"{'operation':<12} {'noise':<12} {'lang':<4} {'pass':>6} {'cases':>6}"]
    for key in sorted(buckets, key=_order):
        b = buckets[key]
        lines.append(f"{key[0]:<12} {key[1]:<12} {key[2]:<4} {b.rate:>6.1%} {b.cases:>6}")
    total = sum(b.cases for b in buckets.values())
    passed = sum(b.passed for b in buckets.values())
    lines.append(f"{'all':<30} {passed / total:>6.1%} {total:>6}")
    for key in sorted(buckets, key=lambda k: (buckets[k].rate, _order(k))):
        b = buckets[key]
        if not b.failures:
            continue
        lines.append(f"\n{'/'.join(key)}: {b.rate:.1%} of {b.cases}")
        for question, wrong in b.failures[:examples]:
            lines.append(f"  {question!r}: {'; '.join(wrong)}")
    return "\n".join(lines)


def main() -> int:
    started = time.perf_counter()
    cases = build()
    built = time.perf_counter()
    engine = Engine(load_file(KNOWLEDGE))
    buckets = run(engine, cases)
    done = time.perf_counter()
    print(table(buckets))
    print(
        f"\n{len(cases)} cases; built in {built - started:.2f} s, "
        f"parsed in {done - built:.2f} s (engine load included)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
