"""Time in a question: year limits ("before 2020", "2014-2019"), relative years ("three years
ago", "前年"), days written with a month, and how a gap or a day of the year is counted."""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import Lexicon
from .patterns import lazy
from .reading import Reading, Ref
from .scanning import COUNTED_NOUNS, ORDINAL, zh_number

_ZH_YEARS_AGO = lazy(r"([0-9一二两三四五六七八九十]+)年前")


_DAY = lazy(r"\d{1,2}")
# words between a month and its day: "November the 9th", "9th of November", "9 to 11 Nov"
_DAY_GLUE = frozenset({"the", "of", "to", "through", "thru", "until", "till", "and", "or", "from"})


_ENDS = frozenset({"ending", "end", "close", "closing", "closed", "ended"})


def counts_from_end(r: Reading) -> bool:
    """ "between the end of the 2021 summit and the start of the 2022 one", 2024年闭幕到2025年
    开幕: count from the first edition's closing day."""
    marks = _ends_marked(r)
    return bool(marks) and marks[0]


def counts_to_end(r: Reading) -> bool:
    """ "from the opening of the 2021 summit to the close of the 2022 one", 2019年闭幕到2020年
    闭幕: count to the second edition's closing day."""
    marks = _ends_marked(r)
    return len(marks) > 1 and marks[1]


_ENDS_ZH = ("闭幕", "结束", "落幕", "闭会")
_STARTS_ZH = ("开幕", "开始", "召开", "开会", "揭幕")


def _ends_marked(r: Reading) -> list[bool]:
    """Each end (True) or start (False) of an edition the question names, in its order."""
    if r.text.han:
        zh = r.text.compact
        if not any(z in zh for z in _ENDS_ZH):
            return []
        found = [(i, True) for z in _ENDS_ZH for i in _starts_of(zh, z)]
        found += [(i, False) for z in _STARTS_ZH for i in _starts_of(zh, z)]
        return [end for _, end in sorted(found)]
    words = r.words
    day_of = "day" in r.word_set  # "from the last day of the 2025 summit to the first day…"
    if r.word_set.isdisjoint(_ENDS) and not day_of:
        return []
    after = (*words[1:], "")
    marks = []
    for i, w in enumerate(words):
        if w in _ENDS or (w in ("last", "final") and after[i] == "day"):
            marks.append(True)
        elif w in ("start", "starting", "opening", "open", "began") or (
            w == "first" and after[i] == "day"
        ):
            marks.append(False)
    return marks if any(marks) else []


def _starts_of(text: str, part: str) -> list[int]:
    """Where ``part`` begins in ``text``, each time."""
    at, found = text.find(part), []
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


# by the day of the year: "in the calendar year", "in its year", 按一年中的日期
IN_THE_YEAR = lazy(
    r"\bin\s+(?:the\s+(?:calendar\s+)?|its\s+)year\b|\bcalendar\b|一年中|一年里|年内|日历", re.I
)


def in_the_year(r: Reading) -> bool:
    """ "held earliest in the year": by the day of the year, not by the year."""
    if r.word_set.isdisjoint(_TIMED):
        return bool(r.text.han) and any(z in r.text.compact for z in ("一年中", "年内", "一年里"))
    text = " ".join(r.words)
    if any(p in text for p in ("in the year", "of the year", "in its year", "calendar")):
        return True
    return any(z in r.text.compact for z in ("一年中", "年内", "一年里"))


_TIMED = frozenset(
    {"earliest", "latest", "earlier", "later", "early", "late", "first", "before", "after"}
)


def calendar_direction(r: Reading) -> str:
    """Earliest in the year is the least day of the year; latest the most."""
    words = r.word_set
    if words & {"latest", "later", "late"} or "最晚" in r.text.compact:
        return "most"
    return "least"


_RANGE = lazy(
    r"((?:19|20|21)\d{2})\s*(?:-|–|—|~|～|to|through|until|till|至|到|dao)\s*((?:19|20|21)\d{2})"
)


_TO_NOW = lazy(
    r"(?i)((?:19|20)\d{2})\s*年?\s*(?:(?:up\s+)?(?:to|until|till|through)\s+(?:now|today|the\s+present"
    r"|date)\b|(?:到|至)(?:现在|今天|今|目前|而家|现时))"
)


def year_range(question: str, r: Reading) -> tuple[int, int] | None:
    """A range of years the question limits itself to: "2014-2019", "2014年到2019年", "before
    2020" (up to 2019), "since 2021", "2020年之前"."""
    m = _RANGE.search(question.replace("年", ""))
    if m is not None:
        a, b = int(m[1]), int(m[2])
        return (min(a, b), max(a, b))
    if m := _TO_NOW.search(question):  # "from 2019 to now", 从2019年至今, 2019年到现在
        return (int(m[1]), 9999)
    decade = "0s" in question or "0's" in question or "年代" in question
    if decade and (m := _DECADE.search(question)):
        start = int(m[1] or m[2] or m[3]) * 10
        return (start, start + 9)
    zh = r.text.han > 0 and any(z in r.text.compact for z in _LIMITS_ZH)
    low = question.casefold()
    limits = r.word_set & _LIMITS
    if limits == {"of"} and "as of" not in low:
        limits = frozenset()  # "the theme of the 2017 edition": "of" limits only in "as of 2025"
    if not zh and not limits and "pre" not in low and "post" not in low:
        # most questions: no word that limits the years ("pre-2019" is read "per", "post-2020"
        # "past")
        return None
    if m := _OR_LATER.search(question):  # "in or after 2022", "2022 or later": with 2022
        return (int(m[1] or m[2]), 9999)
    if m := _OR_EARLIER.search(question):  # "in or before 2019", "2019 or earlier"
        return (0, int(m[1] or m[2]))
    upper: int | None = None
    lower: int | None = None
    if (m := _BEFORE.search(question)) or (m := _ZH_BEFORE.search(question)):
        if ONE_BESIDE.search(question[: m.start()]):
            return None  # "the year before 2019": one edition, the one beside it
        upper = int(m[1]) - 1
    elif (m := _UP_TO.search(question)) or (m := _ZH_UP_TO.search(question)):
        upper = int(m[1] or m[2] or m[3])  # "up to 2025", "by the end of 2025": including it
    if (m := _SINCE.search(question)) or (m := _ZH_SINCE.search(question)):
        lower = int(m[1] or m[2])
    elif (m := _AFTER.search(question)) or (m := _ZH_AFTER.search(question)):
        if ONE_BESIDE.search(question[: m.start()]):
            return None  # "the edition after 2019": one edition
        lower = int(m[1]) + 1
    if lower is None and upper is None:
        return None
    # "after 2016 but before 2020": both bounds, the years between
    return (lower or 0, 9999 if upper is None else upper)


# Words that can limit the years (the patterns below say how)
_LIMITS = frozenset(
    {
        "before",
        "until",
        "till",
        "prior",
        "earlier",
        "pre",
        "after",
        "later",
        "post",
        "since",
        "from",
        "up",
        "through",
        "thru",
        "by",
        "of",
    }
)
_LIMITS_ZH = ("之前", "以前", "之后", "以后", "起", "以来", "开始", "为止", "截至", "截止", "年底")


# (not a count: "2000人", "up to 2000 participants")
_YEAR = rf"((?:19|20|21)\d{{2}})(?![\d年]*[人名位个家])(?!\s+{COUNTED_NOUNS}\b)"
_BEFORE = lazy(
    rf"\b(?:before|until|till|prior to|earlier than|pre-?)\s*{_YEAR}\b"
    r"(?!\s*(?:inclusive|included))",
    re.I,
)
_UP_TO = lazy(
    rf"\b(?:up to|up until|through|thru|by|as of)\s+(?:and including\s+|the end of\s+)?{_YEAR}\b"
    rf"|\b(?:until|till|to)\s+{_YEAR}\s*(?:inclusive|included)\b",
    re.I,
)
# "the year before", "the edition right after": one edition beside the one named, no range
ONE_BESIDE = lazy(
    r"\b(?:the|that|this) (?:(?:year|edition|one|summit|conference|event)"
    r"(?: (?:right|just|immediately|directly))?"
    r"|(?:forum|expo) (?:right|just|immediately|directly))\s*$",
    re.I,
)
_OR_LATER = lazy(
    rf"\b(?:in|during) or (?:after|since) {_YEAR}\b|\b{_YEAR} (?:or|and) (?:later|after)\b"
    r"(?!\s*(?:the\s+)?(?:19|20)\d\d)",  # not "before 2019 and after 2021": a second bound
    re.I,
)
_OR_EARLIER = lazy(
    rf"\b(?:in|during) or (?:before|prior to) {_YEAR}\b|\b{_YEAR} (?:or|and) (?:earlier|before)\b"
    r"(?!\s*(?:the\s+)?(?:19|20)\d\d)",  # not "since 2017 and before 2021": a second bound
    re.I,
)
_AFTER = lazy(rf"\b(?:after|later than|post)(?:\s+|-){_YEAR}\b", re.I)  # "post-2020"
# "in the 2010s", 2020年代: the ten years of that decade
# ("2020's" alone is a possessive — "minus 2020's": that edition's figure; "the 2020's" a decade)
_DECADE = lazy(r"\b((?:19|20)\d)0s\b|(?<=the )((?:19|20)\d)0's\b|((?:19|20)\d)0年代")
# "apart from 2020", "aside from 2020": an exclusion, not a start
_SINCE = lazy(
    rf"(?<!apart )(?<!aside )\b(?:since|from)\s+{_YEAR}\b(?!\s*(?:-|–|to\b|through\b|until\b))"
    rf"|\b{_YEAR}\s+(?:onwards?|and beyond)\b",
    re.I,
)
_ZH_BEFORE = lazy(r"((?:19|20|21)\d{2})年?(?:之前|以前)")
_ZH_AFTER = lazy(r"((?:19|20|21)\d{2})年?(?:之后|以后)")
_ZH_SINCE = lazy(r"(?:自|从)?((?:19|20|21)\d{2})年?(?:起|以来|开始)")
# "到2019年为止", "截至2025年底": up to and including that year
_ZH_UP_TO = lazy(
    r"(?:截至|截止到?)((?:19|20|21)\d{2})年?(?:底|末|为止)?|到((?:19|20|21)\d{2})年?(?:底|末|为止)"
    r"|((?:19|20|21)\d{2})年?(?:及|以及)(?:以前|之前)"  # 2019年及以前: including 2019
)


def up_to_year(question: str) -> int | None:
    """The year an inclusive bound names ("up to 2025", 截至2025年), else None."""
    m = _UP_TO.search(question) or _ZH_UP_TO.search(question)
    return int(m[1] or m[2] or m[3]) if m else None


_SPANS = frozenset({"year", "years", "decade"})


def relative_years(r: Reading, lex: Lexicon) -> tuple[Ref, ...]:
    """ "three years ago", "the year before last", "前年", "2年前" as references."""
    out: list[Ref] = []
    words = r.words
    for i in range(1, len(words) - 1) if not r.word_set.isdisjoint(_SPANS) else ():
        if words[i] in ("year", "years") and words[i + 1] in ("ago", "back", "earlier"):
            if i > 1 and words[i - 2] in ("than", "over", "under", "least", "most"):
                continue  # "more than 10 years ago": how long ago, not which edition
            n = number_of(words[i - 1], lex)
            if n is not None and 0 < n < 100:
                out.append(Ref("years_ago", n))
        elif words[i] == "decade" and words[i + 1] in ("ago", "back", "earlier"):
            out.append(Ref("years_ago", 5 if words[i - 1] == "half" else 10))
    if "before" in r.word_set and "year before last" in " ".join(words):
        out.append(Ref("years_ago", 2))  # the caller drops the "year before" and "last" read

    if r.text.han:
        if "前年" in r.text.compact:
            # 大前年: the year before 前年 (three years back from today, as 前年 is two)
            out.append(Ref("years_ago", 3 if "大前年" in r.text.compact else 2))
        for m in _ZH_YEARS_AGO.finditer(r.text.compact):
            n = zh_number(m[1], lex.zh_numerals)
            if n:
                out.append(Ref("years_ago", n))
    return tuple(ref for ref in dict.fromkeys(out) if ref not in r.refs) if out else ()


def month_end(year: int, month: int) -> int:
    """The last day of a month (28 to 31)."""
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day


def number_of(word: str, lex: Lexicon) -> int | None:
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return lex.numbers.get(word)


def month_days(r: Reading, lex: Lexicon) -> tuple[int, ...]:
    """Day numbers written next to a month: "November 9-11", "9–11 Nov", "11月9日"."""
    words = r.words
    out: list[int] = []
    for i, w in enumerate(words):
        if w not in lex.months:
            continue
        for j in (i + 1, i + 2, i - 1, i - 2):
            between = words[(i + j) // 2] if abs(j - i) == 2 and 0 <= j < len(words) else ""
            if between and between not in _DAY_GLUE and not _DAY.fullmatch(between):
                continue  # "held in November had 20 sub-forums": a figure, not a day
            day = ORDINAL.fullmatch(words[j]) if 0 <= j < len(words) else None
            text = words[j][:-2] if day else words[j] if 0 <= j < len(words) else ""
            if _DAY.fullmatch(text) and 1 <= int(text) <= 31:
                out.append(int(text))
    if r.text.han:
        out += [int(d) for d in re.findall(r"月(\d{1,2})[日号]", r.text.compact)]
    return tuple(dict.fromkeys(out))


_RANGE_JOINS = frozenset({"to", "through", "thru", "until", "till", "the", "from"})
_ZH_RANGE = lazy(r"(\d{1,2})月(\d{1,2})[日号]?(?:至|到|~|-|－|—|–)(?:(\d{1,2})月)?(\d{1,2})[日号]")


def claimed_range(r: Reading, lex: Lexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A span of dates claimed: "November 19 to 21", "19-21 Nov", "November 16 to December
    1", "11月19日至23日": its first and last (month, day)."""
    if r.text.han:
        m = _ZH_RANGE.search(r.text.compact)
        if m is not None:
            first = (int(m[1]), int(m[2]))
            last = (int(m[3]) if m[3] else first[0], int(m[4]))
            return (first, last) if 1 <= first[1] <= 31 and 1 <= last[1] <= 31 else None
    words = r.words

    def day(k: int) -> int | None:
        if not 0 <= k < len(words):
            return None
        w = words[k]
        text = w[:-2] if ORDINAL.fullmatch(w) else w
        return int(text) if _DAY.fullmatch(text) and 1 <= int(text) <= 31 else None

    for i, w in enumerate(words):
        month = lex.months.get(w)
        if month is None:
            continue
        if (d1 := day(i + 1)) is not None:  # "November 19 to (December) 21"
            k = i + 2
            while k < len(words) and words[k] in _RANGE_JOINS:
                k += 1
            month2 = lex.months.get(words[k]) if k < len(words) else None
            if month2 is not None:
                k += 1
            d2 = day(k)
            if d2 is not None and (k > i + 2 or month2 is None):
                return (month, d1), (month2 or month, d2)
        elif (d2 := day(i - 1)) is not None:  # "19 to 21 November"
            k = i - 2
            while k >= 0 and words[k] in _RANGE_JOINS:
                k -= 1
            d1 = day(k)
            if d1 is not None:
                return (month, d1), (month, d2)
        return None
    return None
