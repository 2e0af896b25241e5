"""Parsing: a read question (``understand.Reading``) becomes a typed ``Query``.

Each step is a small function of the reading: which attributes are asked (several for a
multi-part question), which operation (look-up, verify, compare…), relative references
("three years ago"), the claim of a yes/no question, and the residue of unused words.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from itertools import pairwise

from .claims import (
    AUXILIARIES,
    DATE_ASKS,
    claim_of,
    claimed_number,
    claimed_place,
    comparator_of,
    day_asked,
    lead_word,
    quoted_span,
    quoted_values,
    tagged,
    weekday_of,
    yes_no_frame,
)
from .conditions import years_set_aside
from .lexicon import Lexicon
from .patterns import lazy
from .query import EDITION_ATTRIBUTES, FOLDS, Claim, Operation, Query, Residue
from .reading import Reading, Ref
from .residue import residue, without
from .scanning import (
    ORDINAL,
    number_word,
    said_count,
    without_asking_both,
    zh_figures,
    zh_number,
)
from .timing import (
    _RANGE,
    calendar_direction,
    claimed_range,
    counts_from_end,
    counts_to_end,
    in_the_year,
    month_days,
    month_end,
    relative_years,
    up_to_year,
    year_range,
)
from .understand import read

_EVERY = frozenset({"every", "all", "each", "always"})
_ANY = frozenset({"any", "ever", "anyone"})
_ANY_ZH = ("有没有哪", "有哪一届", "有没有一届", "是否有哪")
_EVERY_MONTH_ZH = ("都在", "都是", "所有的", "全都", "每年", "每一年", "一直在", "总是在")
_ANY_OF_ZH = lazy(r"有没有.*的(?:吗|呢|啊)?$")
_EVERY_ZH = ("历届", "每一届", "每届", "所有届", "每一次", "每次", "每年都", "都是在", "一直都")
_WHEN_ATTRIBUTES = frozenset({"duration", "dates", "start"})
_TWO_BOUNDS = lazy(
    r"\b(?:after|since|from)\b.*\b(?:before|until|till|up to|through)\b"
    r"|\b(?:before|until)\b.*\b(?:after|since)\b|之后.*之前|以后.*以前|以来.*之前",
    re.I,
)
_ORDER_WAY = lazy(
    r"(?P<up>(?:from\s+(?:the\s+)?)?(?:least|fewest|lowest|smallest)\s+to\s+(?:the\s+)?(?:most|highest|largest|biggest)"
    r"|ascending|[从由](?:少|低|小)到(?:多|高|大)|升序)"
    r"|(?P<down>(?:from\s+(?:the\s+)?)?(?:most|highest|largest|biggest)\s+to\s+(?:the\s+)?(?:least|fewest|lowest|smallest)"
    r"|descending|[从由](?:多|高|大)到(?:少|低|小)|降序)",
    re.I,
)
_ZH_MORE_THAN = lazy(r"有没有(?:超过|多于|高于|少于|低于|不到|达到)\d")
_FOLLOWING = frozenset({"after", "since", "following", "followed"})
_HOW_MANY_TIMES = frozenset({"once", "twice", "thrice", "times"})
_PLURALS = frozenset({"editions", "ones", "summits", "conferences", "years", "times", "both"})
_CONNECTORS = frozenset({"and", "plus", "also", "&", "as"})
_LEADS = {"where": "place", "when": "dates", "who": "hosts"}
_ZH_CONNECTORS = ("和", "以及", "还有", "并且", "分别", "与")
# More specific aspects of the dates win over "when" (the weekday it opened, its start).
_NARROWER = {
    "dates": ("start", "end", "weekday", "duration", "ago"),
    "start": ("weekday",),
    "end": ("weekday",),
    "duration": ("ago",),  # "how many days ago did it open"
    "attendance": ("attr:expo", "attr:subforums", "attr:achievements"),  # "expo size"
}
_EXHIBITORS_FROM = lazy(
    r"\bexhibit(?:or|er|ing)s?\b[^?.!]*?\b(?:come|came|from)\b"
    # "how many countries and regions exhibited at the 2016 expo?": the exhibitors' countries
    r"|\b(?:countries|nations)\b[^?.!]*?\b(?:exhibited|exhibit|showed|were\s+represented)\b"
    r"[^?.!]*?\b(?:expo|exhibition|fair)\b",
    re.I,
)
_ZH_UNIT = lazy(r"(?:几|多少)(个月|周|星期|年|天)")


def parse(question: str, r: Reading, lex: Lexicon) -> Query:
    """The query a reading asks; never raises."""
    q = _parse(question, r, lex)
    if q.exclude and len(q.refs) >= 2:
        q = _aside_of_range(question, q)
    if "numbered" in q.signals and lex.ordinal_years and any(f.kind == "from_last" for f in q.refs):
        # "the second-to-last numbered edition": counted back among the numbered ones (the
        # 5th), not among all of them
        top = max(lex.ordinal_years)
        refs = tuple(
            Ref("year", lex.ordinal_years[top - f.value + 1])
            if f.kind == "from_last" and top - f.value + 1 in lex.ordinal_years
            else f
            for f in q.refs
        )
        q = q._replace(refs=refs)
    if q.pool and _number_parity(question, r) is not None:
        # "the odd-numbered editions after 2015": of the years the range keeps too; "was
        # 2021 an odd-numbered edition?" is judged by its number (signalled)
        low, high = q.years or (0, 9999)
        pool = tuple(y for y in q.pool if low <= y <= high)
        # ("the odd-numbered editions after 2018": none — never every edition after 2018)
        empty = ("none_selected",) if not pool else ()
        q = q._replace(pool=pool, signals=(*q.signals, "parity_numbered", *empty))
    if q.among is None and (said := _length_selects(question, lex)) is not None:
        days, uncut = said
        claimed = None
        if q.yes_no and uncut != question and not q.refs:
            # "did any 3-day November edition have more than 2,000 guests?": the claim read
            # without the length (whose number is no figure claimed), of those editions
            claimed = parse(uncut, read(uncut, lex), lex)
        if claimed is not None and claimed.number is not None and claimed.number != days:
            q = _of_length(claimed, days, lex, uncut)
        else:
            q = _of_length(q, days, lex, question)
    if q.pool and len(q.refs) == 1 and q.refs[0].kind in _PLACES_IN and not q.yes_no:
        selected = "parity_numbered" in q.signals or "length_selected" in q.signals
        if selected:
            q = _placed_in_pool(q)
    streak = "longest" in r.word_set and not _STREAK.isdisjoint(r.word_set) and not q.change
    # 最长连续多少届在11月举办, 连续最多几届: the run is what is longest
    zh_run = "连续" in r.text.compact and any(z in r.text.compact for z in ("最长", "最多"))
    streak = streak or (r.text.han > 0 and zh_run and not q.change)
    moves = not (_JUMP_UP | _JUMP_DOWN | _JUMP_EITHER).isdisjoint(r.word_set)
    if streak and (moves or not r.word_set.isdisjoint({"didn", "didnt", "never", "not"})):
        # "the longest streak of year-on-year growth": a run of changes, which no answer here
        # reads — asked as nothing (declined), never the largest figure
        return q._replace(operation="lookup", attributes=(), signals=(), aggregate="", refs=())
    if streak and (q.attributes[:1] == ("duration",) or not q.attributes):
        # "the longest run of editions with 20 sub-forums": the run is what is longest, not an
        # edition's days; the figure named selects
        kept = tuple(a for a in q.signals if a != "duration")
        rest = tuple(a for a in q.attributes if a != "duration")
        rest = rest or tuple(a for a in kept if a == "attendance" or a.startswith("attr:"))[:1]
        if q.number is not None:
            q = q._replace(attributes=rest, signals=kept, operation="aggregate", direction="")
        else:
            q = q._replace(attributes=rest, signals=kept, operation="filter", direction="")
    if (
        q.operation == "lookup"
        and q.measure == "places"
        and set(q.attributes) == {"attendance", "attr:expo"}
        and r.word_set.isdisjoint(lex.people_words)
        and _EXHIBITORS_FROM.search(question)
    ):
        # "from how many countries did the 2016 exhibitors come?": the exhibitors' countries,
        # not the conference's ("come" reads as attendance)
        q = q._replace(attributes=("attr:expo",))
    if r.months and not q.refs and q.number is None and _none_claimed(r, lex.short):
        # "no edition was ever held in October, right?", "was it never held in December?",
        # 从来没有在10月举办过吧: a claim that none was — the editions of that month answer it
        q = q._replace(operation="filter", exclude=False, yes_no=True, every=False, denied=True)
    if q.aggregate == "rank" and (m := _ORDER_WAY.search(question)):
        # "from fewest to most", 从少到多: the order asked, whichever word the cues read first
        q = q._replace(direction="least" if m["up"] else "most")
    if (
        q.aggregate == "sum"
        and q.number is not None
        and q.attributes == ("duration",)
        and (
            any(z in r.text.compact for z in ("几届", "多少届", "幾屆", "几次"))
            or {"how", "many", "editions"} <= r.word_set
        )
    ):
        # 持续三天的大会一共有几届: the editions of that length counted, not their days summed
        q = q._replace(aggregate="count", comparator=q.comparator or "exact")
    if (q.aggregate in FOLDS or q.operation == "superlative") and q.among is None:
        q = _by_length(question, q, lex)
    ranks = q.operation == "superlative" or (q.aggregate == "filter" and q.number is not None)
    # "the total attendance of the editions that had 20 sub-forums": a fold, with a selection
    # (or "of the first two editions held in December": a place among a selection)
    ranks = ranks or (q.aggregate in FOLDS and (q.number is not None or q.nth is not None))
    # (or two kinds of figure named: 有博览会的届次平均多少个分论坛, one may select)
    kinds = {a for a in q.signals if a.startswith("attr:") or a == "attendance"}
    ranks = ranks or (q.aggregate in FOLDS and len(kinds) > 1)
    if ranks and not streak and not q.refs and len(clauses := _clauses(question)) == 2:
        among = _among(clauses, lex)
        if among is not None and among.years is None and q.years is not None:
            # "before 2020, which editions with more than 1500 guests…": of those years
            among = among._replace(years=q.years)
        if among is not None:
            return among
    return q


# An edition's length said as what selects: "4-day editions", "the 3 day summits", 为期三天的,
# 持续三天的, 三天会期的 — exactly that many days
_LENGTH_SELECTS = lazy(
    r"\b(?P<n>\d|two|three|four|five)[- ]days?[- ](?:long\s+)?"
    r"(?:editions?|summits?|ones|conferences?|events?|meetings?)\b"
    r"|(?:为期|持续|历时|会期|开了?)(?P<z>[0-9一二两三四五六]+)[天日](?:的|会期|嘅|、)"
    r"|(?P<y>[0-9一二两三四五六]+)天会期"
    # 四天的那几届: the editions of that length, with nothing before the days
    r"|(?<![第\d一二两三四五六七八九十])(?P<w>[0-9一二两三四五六])[天日]的"
    r"(?=那几届|那些届|那几场|几届|那些|届次|各届|峰会|大会)",
    re.I,
)


# a length that selects editions, with words between it and the noun: "the 3-day November
# editions", "3-day ones held in december", 开三日又喺11月嘅, 为期三天、在12月举办的
_LENGTH_SELECTS_LOOSE = lazy(
    r"\b(?P<n>\d|two|three|four|five)[- ]days?(?:[- ]long)?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:editions?|summits?|ones|conferences?|events?)\b"
    r"|(?:为期|持续|历时|会期|开了?)(?P<z>[0-9一二两三四五六]+)[天日](?:的|会期|嘅|、|又|且|，)"
    r"|(?<![第月\d一二两三四五六七八九十])(?P<v>[0-9一二两三四五六])天的?(?=大会|峰会|会议)"
    r"|\b(?:editions|summits|ones|conferences)\s+(?:that|which)\s+(?:lasted|ran(?:\s+for)?)\s+"
    r"(?P<l>\d|two|three|four|five)\s+days\b",
    re.I,
)


def _length_selects(question: str, lex: Lexicon) -> tuple[int, str] | None:
    """The length a question selects editions by ("the 3-day November editions"), and the
    question without it (as it was, where the length cannot be cut out); None if none."""
    if "day" not in question.casefold() and "天" not in question and "日" not in question:
        return None  # (most questions: no length said; no pattern tried)
    m = _LENGTH_SELECTS.search(question) or _LENGTH_SELECTS_LOOSE.search(question)
    if m is None:
        return None
    latin = m["n"] or (m["l"] if "l" in m.groupdict() else None)
    rest = question
    if m["n"]:  # "3-day November editions" -> "November editions"
        cut = _LENGTH_WORDS.sub("", m[0], count=1)
        rest = f"{question[: m.start()]}{cut}{question[m.end() :]}"
    if latin:
        n = number_word(latin.casefold(), lex, roman=False)
        return (n, rest) if n is not None else None
    said = next((m[g] for g in ("z", "y", "w", "v") if g in m.groupdict() and m[g]), None)
    n = zh_number(said, lex.zh_numerals) if said else None
    return (n, rest) if n is not None else None


_LENGTH_WORDS = lazy(r"\b(?:\d|two|three|four|five)[- ]days?(?:[- ]long)?\s*", re.I)


# references that are a place in a row of editions: the 3rd, the last, the 2nd-last
_PLACES_IN = frozenset({"ordinal", "latest", "from_last"})


def _placed_in_pool(q: Query) -> Query:
    """ "The third odd-numbered edition", 单数届中的第三届, "the second 4-day edition", "the
    last 3-day one": that place among the editions selected — never the edition with that
    official number (the 3rd edition), nor the latest of all."""
    ref, pool = q.refs[0], q.pool
    at = ref.value - 1 if ref.kind == "ordinal" else -1 if ref.kind == "latest" else -ref.value
    if not -len(pool) <= at < len(pool):
        return q._replace(refs=(), signals=(*q.signals, "none_selected"))
    return q._replace(refs=(Ref("year", pool[at]),), pool=())


# numbers said that are no year: a length, a figure
_FIGURES_SAID = lazy(r"(?<![\d,])(?!(?:19|20)\d\d(?!\d))\d[\d,]*")


def _of_length(q: Query, days: int, lex: Lexicon, question: str = "") -> Query:
    """The editions of that length as the selection (of the years, months and parity said
    too): every operation then folds, ranks, counts, lists or checks those — the length is
    what selects, never the figure asked."""
    placed = len(q.refs) == 1 and q.refs[0].kind in _PLACES_IN and not q.yes_no
    if q.refs and not q.exclude and not placed:
        return q  # "was 2024 a 4-day edition?": a claim of the edition named
    if q.yes_no and (q.number is None or q.number == days):
        return q  # "were both 4-day editions hosted by…?": a claim of each, read as such
    if q.number == days and len(_FIGURES_SAID.findall(question)) > 1:
        return q  # "which 3-day editions had at least 20…": the figure read is the length
    asked = tuple(a for a in q.attributes if a not in ("duration", "dates"))
    # ("average sub-forums at the 3-day editions": the figure signalled, the length read first)
    asked = asked or tuple(
        dict.fromkeys(a for a in q.signals if a.startswith("attr:") or a == "attendance")
    )
    if not asked and q.operation not in ("lookup", "filter", "reverse") and not q.yes_no:
        return q  # "how many days did the 3-day ones last in total?": the days themselves
    low, high = q.years or (0, 9999)
    # ("were all 3-day editions held in November?": the month is claimed, not selected)
    months = q.months if not (q.yes_no and q.number is None) else ()
    years = tuple(
        sorted(
            y
            for y, (n, month) in lex.edition_days.items()
            if n == days
            and low <= y <= high
            and (not months or (month in months) != q.exclude)
            and (not q.pool or y in q.pool)
        )
    )
    signals = tuple(s for s in q.signals if s != "duration")
    empty = () if years else ("none_selected",)
    number = None if q.number == days else q.number
    figures = [a for a in asked if a.startswith("attr:") or a == "attendance"]
    if q.operation == "aggregate" and not figures and "count" in q.signals:
        # 星期三开幕、为期三天的大会一共几届: the editions selected, counted (not days summed)
        q = q._replace(operation="lookup")
    if q.aggregate == "filter" and number is None:
        # "which 4-day edition had more countries?": the length was the filter read; what
        # is left ranks them (or names them, where nothing is compared)
        ranked = q.direction in ("more", "most", "less", "least")
        way = {"more": "most", "less": "least"}.get(q.direction, q.direction)
        q = q._replace(
            operation="superlative" if ranked else "lookup",
            aggregate="",
            direction=way if ranked else q.direction,
        )
    return q._replace(
        pool=years,
        attributes=asked or q.attributes,
        signals=(*signals, "length_selected", *empty),
        number=number,
        unit="" if q.unit == "days" else q.unit,
        comparator=q.comparator if number is not None else "",
        months=() if q.exclude and q.months else q.months,
        exclude=q.exclude and bool(q.refs),
    )


def _by_length(question: str, q: Query, lex: Lexicon) -> Query:
    """ "4 day editions avg sub forums", 为期三天的大会平均有多少个分论坛: a fold or ranking of
    another figure over the editions of that length — never the days themselves folded."""
    m = _LENGTH_SELECTS.search(question)
    kinds = tuple(a for a in q.signals if a.startswith("attr:") or a == "attendance")
    if m is None or not kinds or len(set(kinds)) != 1:
        return q
    if m["n"]:
        n = number_word(m["n"].casefold(), lex, roman=False)
    else:
        n = zh_number(m["z"] or m["y"] or m["w"], lex.zh_numerals)
    if n is None:
        return q
    among = q._replace(
        operation="aggregate",
        aggregate="filter",
        attributes=("duration",),
        signals=("duration", "dates"),
        unit="days",
        number=n,
        comparator="",
        direction="",
        plural=True,
        refs=(),
        among=None,
    )
    rest = tuple(a for a in q.signals if a not in ("duration", "dates"))
    return q._replace(attributes=kinds[:1], signals=rest, unit="", number=None, among=among)


_RANGE_SAID = lazy(
    r"\b(?:between|from|since|after|before|until|up\s+to)\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d年?\s*(?:-|–|to|through|until|到|至)\s*(?:19|20)\d\d"
    r"|(?:19|20)\d\d年?(?:以来|之后|以后|起|以前|之前)",
    re.I,
)


def _aside_of_range(question: str, q: Query) -> Query:
    """ "Except 2019, between 2015 and 2022, total sub-forums", 不算2020年，2016年到2022年: the
    year set aside is left out of the range its two ends say — never the ends set aside too
    (every year named read as left out)."""
    if any(ref.kind != "year" for ref in q.refs) or not _RANGE_SAID.search(question):
        return q
    named = {ref.value for ref in q.refs}
    aside = years_set_aside(question) & named
    ends = sorted(named - aside)  # (the range's ends, or every year of it already)
    if aside and q.years is not None and all(y in q.years for y in ends):
        # "since 2019 except 2020": an open range read already — its end is no year set aside
        return q._replace(refs=tuple(Ref("year", y) for y in sorted(aside)))
    if q.years is not None and q.years[0] > 0 and q.years[1] < 9999:
        ends = sorted({*ends, *q.years})  # (the range read already: its ends kept)
    if not aside or len(ends) < 2:
        return q
    refs = tuple(Ref("year", y) for y in sorted(aside))
    return q._replace(refs=refs, years=(ends[0], ends[-1]))


# Where a selection ends and the ranking begins without a comma: "which edition with more
# than 100 countries | had the fewest sub-forums", "of those with over 1,500 guests | which
# had…", "分论坛在20个以上的届次中 | 哪届…".
_CLAUSE_BREAK = lazy(
    r"(?<=\S)\s+(?=(?:which|what)\s+(?:one|edition|summit|year|had|drew|saw)\b)"
    r"|(?<=\d)(?=[^,，]*?\s(?:had|drew|saw|has)\s+the\s)(?=.*?\s(?:had|drew|saw|has)\s+the\s)"
    r"|\s+(?=among\s|of\s+(?:those|them|(?:the\s+)?(?:editions|summits|ones|conferences))\s)"
    r"|\s+(?=of\s+the\s+(?:first|last)\s+\w+\s+(?:(?:editions|summits|ones|conferences)\s+)?"
    r"(?:with|that|which|where|held|having)\s)"
    r"|\s+(?=(?:did|for|across|over|at|in)\s+the\s+(?:editions|summits|ones|conferences)"
    r"\s+(?:with|that|which|where|held|having)\s)"
    # ("average sub-forums for editions that lasted 3 days": "the" left out)
    r"|\s+(?=(?:for|across|over|of|at|in)\s+(?:editions|summits|conferences)"
    r"\s+(?:with|that|which|where|having)\s[^?]*\d)"
    r"|(?<=届次中|届次里|几届中|几届里|届当中|届之中)"
    r"|(?<=的届次)(?=[^？?。]{2,})"  # 三天会期的届次 | 平均有几个分论坛
    r"|\s+(?=(?:at|of|for|across|over|in)\s+(?:the\s+)?\S+-day\s+"
    r"(?:editions|summits|ones|conferences)\b)",
    re.I,
)


_HAS_DIGIT = lazy(r"\d")
_OVER_ALL = lazy(r"\bover\s+(?:all|the|every|each|its|those|these)\b", re.I)
SPAN_ONLY = lazy(
    r"(?:(?:up\s+to|until|till|through|before|after|since|between|from|in|for|only|just)\s+)?"
    r"(?:the\s+)?(?:(?:years?|editions?|summits?)\s+)?(?:19|20)\d\d"
    r"(?:\s*(?:-|–|to|and|through)\s*(?:19|20)\d\d)?(?:\s+(?:only|onwards?|on|inclusive))?"
    r"|(?:截至|截止到?|到|在|从)?(?:19|20)\d\d年?(?:(?:到|至|-)(?:19|20)\d\d年?)?"
    r"(?:为止|以前|之前|以后|之后|以来)?",
    re.I,
)


def _clauses(question: str) -> list[str]:
    """The question cut where one clause ends and the next begins (a comma, or the start of
    the ranking after a selection)."""
    parts = [c.strip() for c in re.split(r"[,，](?!\d{3}\b)", question) if c.strip()]
    if len(parts) >= 2:
        # "up to 2025, which 3-day editions had…": a span alone is no clause (the question's
        # span is read from all of it)
        parts = [c for c in parts if not SPAN_ONLY.fullmatch(c)] or parts
    while (
        len(parts) >= 2
        and parts[-1].isascii()
        and len(parts[-1].split()) <= 3
        and not _HAS_DIGIT.search(parts[-1])
    ):
        # "sub-forums of the 4-day editions, in total": a tail saying what is done with the
        # figure, which the figure's clause (the first) takes
        tail = parts.pop()
        parts[0] = f"{tail} {parts[0]}"
        question = parts[0] if len(parts) == 1 else question
    if len(parts) >= 2:
        return parts
    # (not "Which | of the editions with 20…": a clause of one word is no selection)
    m = next(
        (
            x
            for x in _CLAUSE_BREAK.finditer(question)
            if len(question[: x.start()].split()) > 1
            or not question[: x.start()].isascii()
            or "-day " in question[x.start() : x.start() + 30]  # "sub-forums | of the 4-day…"
        ),
        None,
    )
    if m is None:
        return parts
    if m.end() == m.start() and question[m.start() - 1 : m.start()].isdigit():
        # the number's clause runs to the verb: "…with more than 100 countries | had the…"
        verb = re.search(r"\s(?:had|drew|saw|has)\s+the\s", question[m.start() :])
        cut = m.start() + verb.start() if verb else m.start()
    else:
        cut = m.start()
    return [c.strip() for c in (question[:cut], question[cut:]) if c.strip()]


def _among(clauses: list[str], lex: Lexicon) -> Query | None:
    """ "Of the editions with an above-average number of sub-forums, which had the lowest
    attendance?": the superlative clause, taken among the editions the other clause's filter
    selects; None unless one clause filters and the other ranks."""
    from .understand import read  # each clause is read as a question of its own

    parsed = []
    for clause in clauses:
        r = read(clause, lex)
        p = _parse(clause, r, lex)
        selects = p.operation not in ("superlative", "aggregate") and not p.refs
        selects = selects and p.number is not None and _counted(p.attributes)
        comparator = comparator_of(r) if selects else ""
        if selects:  # "分论坛在20个以上的届次中", 三天会期的届次
            # ("of the last three that had 20", "at the 3-day editions": exactly that many)
            p = p._replace(
                operation="aggregate", aggregate="filter", comparator=comparator or "exact"
            )
        elif (
            p.number is None
            and not p.refs
            and r.text.compact.startswith("有")
            and r.text.compact.endswith("届次")
            and len(details := [a for a in p.attributes if a.startswith("attr:")]) == 1
        ):
            # 有博览会的届次: those with that kind of fact on record
            p = p._replace(
                operation="aggregate",
                aggregate="filter",
                comparator="present",
                attributes=tuple(details),
            )
        parsed.append(p)
    filters = [
        p
        for p in parsed
        if (p.aggregate == "filter" and _counted(p.attributes))
        or (
            p.operation in ("filter", "lookup")
            and not p.refs
            and (p.weekday is not None or bool(p.months))
        )
    ]
    # ("…, which had more attendees?": of the selection, the one with the most)
    parsed = [
        p._replace(operation="superlative", direction="most" if p.direction == "more" else "least")
        if p.operation == "compare" and not p.refs and p.direction in ("more", "less")
        else p
        for p in parsed
    ]
    ranks = [p for p in parsed if p.operation == "superlative" and _counted(p.attributes)]
    ranks = ranks or [
        p
        for p in parsed
        if p.aggregate in FOLDS and p.number is None and _counted(p.attributes) and not p.refs
    ]
    if len(filters) != 1 or len(ranks) != 1 or filters[0] is ranks[0]:
        return None
    return ranks[0]._replace(among=filters[0])


# (not 有没有…过, which asks: "was there one?")
_NONE_ZH = lazy(
    r"(?:从来|从|一直|还)?(?<!有)(?:没有|没|未|冇)(?:在|喺)?[^，,。？?]{0,6}(?:举办|举行|开|办)过"
)


def _none_claimed(r: Reading, short: str) -> bool:
    """Whether the question claims that no edition did it: "never", "no edition", "none of
    them", 从来没有…过 (not "which were not held in…", a list)."""
    words = r.words
    if "never" in r.word_set:
        return True
    if any(
        a in ("no", "none") and (b in _EDITION_NOUNS or b in ("of", "edition", "one", short))
        for a, b in pairwise(words)
    ):
        return True
    return r.text.han > 0 and _NONE_ZH.search(r.text.compact) is not None


_PART_OF = lazy(r"\b(?:a )?part of (?!the\b|its\b|their\b|this\b|that\b)[a-z]")


_FIRST_AT = lazy(
    r"\b(?:was|were|came)\s+first\s+(?=(?:at|in|during)\s+(?:the\s+)?(?:19|20)\d\d)", re.I
)


def says_before_after(r: Reading) -> bool:
    """Whether a span is said as before or after a year ("before 2016", 2019年以后), not
    "since" one (2017年开始的: when it began)."""
    if not r.word_set.isdisjoint({"before", "after", "prior"}):
        return True
    return r.text.han > 0 and any(z in r.text.compact for z in ("以前", "之前", "以后", "之后"))


def size_asked_only(r: Reading, lex: Lexicon) -> bool:
    """Whether attendance is read only from a word of size ("and how big was 2024?"), no word
    of people or attendance of its own."""
    said = [w for w in r.words if "attendance" in lex.intent_words.get(w, ())]
    return bool(said) and all(w in _SIZE_WORDS for w in said)


def _asks_current(r: Reading, lex: Lexicon) -> bool:
    """ "Which edition is it now?", 现在是第几届: which one is current, and nothing else."""
    asked = {name for name, _ in r.intents}
    if not asked or not asked <= {"which", "numbering"}:
        return False
    if not lex.now_words.isdisjoint(r.word_set):
        return True
    return bool(r.text.han) and any(z in r.text.compact for z in lex.now_zh)


def _parse(question: str, r: Reading, lex: Lexicon) -> Query:
    """The query of one question (or clause)."""
    question = zh_figures(question, lex.zh_numerals)  # as the reading took it
    refs = r.refs + relative_years(r, lex)
    named_year = any(ref.kind == "year" for ref in refs)
    if Ref("ordinal", 1) in refs and named_year and _FIRST_AT.search(question):
        # "what was first at the 2015 summit?": that edition's firsts, no 1st edition
        refs = tuple(ref for ref in refs if ref != Ref("ordinal", 1))
        question = _FIRST_AT.sub("new at", question)
        r = r._replace(cues=(*r.cues, "first") if "first" not in r.cues else r.cues)
    if not refs and _asks_current(r, lex):
        refs = (Ref("latest"),)  # "which edition is it now?", 现在是第几届: the latest one
    calendar = in_the_year(r)
    if not calendar and r.months and not r.word_set.isdisjoint({"earliest", "latest"}):
        # "which edition started earliest in November?": by the day, among those of November
        # (not "is the latest edition in December?": the most recent one, its month claimed)
        named_one = any(
            w in ("earliest", "latest")
            and i + 1 < len(r.words)
            and (
                r.words[i + 1] in ("edition", "one")
                or r.words[i + 1] in lex.event_nouns
                or r.words[i + 1] == lex.short
            )
            for i, w in enumerate(r.words)
        )
        calendar = not any(ref.kind == "year" for ref in refs) and not named_one
    if calendar:  # "held earliest (or first) in the year": not the first or latest edition
        firsts = ("first", "latest") + (("ordinal",) if "first" in r.word_set else ())
        refs = tuple(ref for ref in refs if ref.kind not in firsts or ref.value > 1)
    span = year_range(question, r) or _first_years(question, lex)
    between = "between" in r.word_set  # most questions: no such word, no pattern tried
    if (
        between
        and span is None
        and (m := BETWEEN_YEARS.search(question))
        # ("the biggest expo between 2015 and 2023": a ranking over those years, no two compared)
        and (_ANY_EDITION.search(question) or not {"most", "least"}.isdisjoint(r.cues))
    ):
        # "which edition between 2019 and 2022 had the fewest…": the years between select
        a, b = sorted((int(m[1]), int(m[2])))
        span, refs = (
            (a, b),
            tuple(ref for ref in refs if ref not in (Ref("year", a), Ref("year", b))),
        )
    sided = span is not None and (span[0] == 0 or span[1] == 9999)
    if sided and span is not None and span[0] == 0 and up_to_year(question) == span[1]:
        # "截至2025年…", "up to 2025": the last year of the span, no edition asked of its own
        refs = tuple(ref for ref in refs if ref != Ref("year", span[1]))
    neighbour = any(ref.kind in ("ordinal", "first", "latest", "next") for ref in refs)
    if sided and span is not None and span[1] == 9999 and Ref("ordinal", 1) in refs:
        # "the first edition after 2020 (to have more than 20 sub-forums)": the first of the
        # years after 2020 (that have it), not the 1st edition set against 2020
        edge_year = Ref("year", span[0] - 1)
        if edge_year in refs and "first" in r.word_set:
            refs = tuple(ref for ref in refs if ref != edge_year)
            if not _FIRST_WITH.search(question):
                after = [y for y in sorted(lex.edition_years) if y >= span[0]]
                refs, span = ((Ref("year", after[0]),) if after else refs), None
            neighbour = False
    # "were there achievements before 2016?", 2021年以后还是网信办主办吗: a claim of a kind of
    # fact over the years past the bound (the year named is the bound, not the edition)
    kind_claimed = (
        sided
        and span is not None
        and any(n.startswith("attr:") or n in ("hosts", "numbering") for n, _ in r.intents)
        and says_before_after(r)  # (not "since": 博览会是2017年开始的吧 claims the year it began)
        and yes_no_frame(r, lex)
    )
    if (
        sided
        and span is not None
        and not neighbour
        and (kind_claimed or _ANY_EDITION.search(question))
    ):
        # "did any edition before 2020…", "which edition after 2019 had the fewest…": the
        # years before (after) select; the year named, and "before" itself, are no edition
        later = "after" in r.word_set or "之后" in question or "以后" in question
        later = later or "post" in question.casefold()  # "post-2020" (read "past" as a word)
        bound = span[1] + 1 if span[0] == 0 else span[0] - (1 if later else 0)
        # ("up to 2025": the year named is the last of the span, no edition of its own)
        named = up_to_year(question) if span[0] == 0 else None
        refs = tuple(
            ref
            for ref in refs
            if not (ref.kind == "year" and ref.value in (bound, named))
            and ref.kind not in ("previous", "following")
        )
    closed = span is not None and not sided and span[0] != span[1]
    if closed and span is not None and _TWO_BOUNDS.search(question):
        # "editions after 2016 but before 2020": the years between; the two named bound them
        edges = {span[0] - 1, span[0], span[1], span[1] + 1}
        refs = tuple(ref for ref in refs if not (ref.kind == "year" and ref.value in edges))
    if len(refs) > 1 and not r.word_set.isdisjoint({"day", "days"}) and _DAY_OF.search(question):
        # "<the summit> 2023 first and last day": its days, not the 1st or latest edition
        kept = tuple(ref for ref in refs if ref not in _FIRST_LAST)
        refs = kept or refs
    if any(ref.kind in ("previous", "following") for ref in refs) and r.months:
        # "was the 2019 one before November?": before a month, no edition beside it
        w = r.words
        sides = ("before", "after")
        if any(a in sides and b in lex.months for a, b in pairwise(w)):
            refs = tuple(ref for ref in refs if ref.kind not in ("previous", "following"))
    if sum(ref.kind == "year" for ref in refs) >= 2:
        # "was the 2023 opening one year after the 2022 opening?": the two years named; "a
        # year after" claims their distance, it locates no third edition
        refs = tuple(ref for ref in refs if ref.kind not in ("following", "previous"))
    if "before" in r.word_set and "year before last" in " ".join(r.words):
        refs = tuple(ref for ref in refs if ref.kind not in ("previous", "latest", "last_year"))
    # "the theme three years ago": "ago" located the edition, it is not what is asked
    skip = ("ago",) if refs and any(ref.kind == "years_ago" for ref in refs) else ()
    if "over" in r.word_set and "end" in dict(r.intents) and _OVER_ALL.search(question):
        # "the total over all editions", "over the years": across them, no end asked
        ended = lex.intent_words
        if not any("end" in ended.get(w, ()) for w in r.words if w != "over"):
            skip = (*skip, "end")
    attributes = _attributes(r, question, skip, tagged(r.words, lex))
    if "numbering" in attributes and _number_parity(question, r) is not None:
        # "which odd-numbered editions had more than 1,500 guests?": the numbers' parity
        # selects the editions, their numbering is not asked
        attributes = _attributes(r, question, (*skip, "numbering"), tagged(r.words, lex))
    if "numbering" in attributes and not set(FOLDS).isdisjoint(r.cues):
        # "the total for the numbered ones": the numbering selects the editions summed
        attributes = tuple(a for a in attributes if a != "numbering")
    figured = [n for n, _ in r.intents if n == "attendance" or n.startswith("attr:")]
    if attributes == ("numbering",) and figured and r.text.han and _ZH_MORE_THAN.search(question):
        # 2017年参会国家有没有超过80个: a figure claimed (有没有 is "did it", no edition asked)
        attributes = (figured[0],)
    if "sources" in attributes and how_many(r):
        # "how many countries did the exhibitors come from?" asks a figure, not a source
        attributes = _attributes(r, question, (*skip, "sources"), tagged(r.words, lex))
    if r.text.han and "duration" not in attributes and _ZH_DAYS.search(question):
        attributes = ("duration", *attributes)  # "哪一届只开了2天": a length in days
    elif (
        "days" in r.word_set
        and set(attributes) <= {"dates", "start", "end"}
        and not set(FOLDS).isdisjoint(r.cues)
    ):
        attributes = ("duration",)  # "total number of conference days": their lengths
    measured = _measure(r, lex)
    if measured != "people" and set(attributes) <= {"attendance"}:
        # "2015年的论坛有多少个议题", "into how many sections": the one kind of fact the
        # facts give that figure of (the countries and regions of attendance stay its own)
        owners = [a for a, kinds in lex.kinds_of.items() if measured in kinds]
        if measured == "places" and not attributes:
            attributes = ("attendance",)  # "2017年国家比2018年多吗": the countries taking part
        elif len(owners) == 1 and not (attributes and measured == "places"):
            # (not "how many 2019 attendees were foreign?": people counted, whose share from
            # abroad no fact gives — the exhibitors' is no answer)
            people = bool(attributes) and "attendance" in dict(r.intents)
            attributes = attributes if people else (owners[0],)
    # (a kind of fact with a number before one without: "attendance of the summits hosted by
    # the organisation" counts people, not the organisation)
    counted_asked = next((n for n, _ in r.intents if n in _NUMERIC or n in lex.counted), None)
    counted_asked = counted_asked or next((n for n, _ in r.intents if _counted((n,))), None)
    if "numbering" in attributes and counted_asked and counted_asked not in attributes:
        if r.text.han and "届次" in r.text.compact:
            # "哪些届次参会国家超过100个": 届次 names the editions asked for, not their numbers
            attributes = (counted_asked, *(a for a in attributes if a != "numbering"))
        elif _says_numbered(r):
            # "among the official ones, which drew the fewest countries": the figure asked,
            # over the numbered editions
            attributes = (*attributes, counted_asked)
    if counted_asked and not _counted(attributes) and not set(FOLDS).isdisjoint(r.cues):
        # "total attendance of the editions that started on a Sunday": the total is of the
        # figure; the day selects the editions
        attributes = (counted_asked, *attributes)
    weekday = weekday_of(r, lex)
    yes_no = yes_no_frame(r, lex)
    if yes_no and r.words[:1] == ("the",) and nth_such(r, lex) is not None:
        yes_no = False  # "The first edition that opened on a Tuesday?": which, not whether
    if weekday is not None and attributes and attributes[0] in DATE_ASKS:
        # "did it start on a mon or tue?": the weekday is what is asked
        attributes = ("weekday", *(a for a in attributes if a not in DATE_ASKS or a == "end"))
    days = month_days(r, lex) if r.months else ()
    number = claimed_number(question, r, lex)
    if "nearest" in r.cues and (m_near := _NEAREST_FIGURE.search(question)) is not None:
        # "attendance closest to 2000", 跟2019最接近: the figure named, though it looks like a
        # year (and no edition of that year)
        number = int((m_near[1] or m_near[2] or m_near[3]).replace(",", ""))
        refs = tuple(ref for ref in refs if ref != Ref("year", number))
    if (
        number is not None
        and not refs
        and _N_DAYS.search(question)
        and "duration" not in attributes
    ):
        attributes = ("duration",)  # "did any edition last 5 days?": a length, no other figure
    if number is not None and not attributes and _measure(r, lex) == "places":
        attributes = ("attendance",)  # "2018年有76个国家吗": the countries that took part
    elif number is not None and not attributes and r.text.han and _ZH_PEOPLE.search(question):
        attributes = ("attendance",)  # "2015年和2016年都超过1800人吗": people
    if yes_no and not attributes and _PART_OF.search(r.text.clean):
        attributes = ("place",)  # "is <the town> part of <a city>?": where it lies
    values = quoted_values(r, lex)
    place_claim = claimed_place(r, attributes, lex) if yes_no else ()
    values += place_claim
    if place_claim and set(attributes) <= {"dates"} and "theme" not in attributes:
        attributes = ("place",)  # what the claim is about
    claim = claim_of(r, refs, attributes, lex, number, values, weekday)
    named_years = [ref.value for ref in refs if ref.kind == "year"]
    beside = any(ref.kind in ("previous", "following") for ref in refs)
    if claim is not None and beside and named_years == [claim.year]:
        # "was the edition after 2016 held in December?": 2016 locates the edition, the
        # claim is its month (it was judged "no" for not being 2016)
        claim = claim._replace(year=None)
    if claim is not None and days:
        claim = claim._replace(day=days[0], number=None if claim.number in days else claim.number)
        if (dated := claimed_range(r, lex)) is not None:
            claim = claim._replace(span=dated)  # "ran November 19 to 21": both ends
    if claim is not None and (quote := quoted_span(question)):
        claim = claim._replace(quote=quote)
    signalled_detail = next((n for n, _ in r.intents if n.startswith("attr:")), None)
    if (
        not refs
        and "first" in r.cues
        and set(attributes) <= {"dates", "start"}
        and signalled_detail
    ):
        attributes = (signalled_detail,)  # "when did the expo happen for the first time"
    operation = _operation(r, refs, attributes, claim, days, lex, yes_no)
    bounded = _bounded_claim(question, lex) if yes_no and number is not None else None
    single = sum(
        ref.kind != "year" or ref.value not in (number, bounded[2] if bounded else None)
        for ref in refs
    )
    if bounded is not None and claim is not None and single == 1 and _counted(attributes):
        # "did 2024 have at least 20 sub-forums?", "2022年最多19个分论坛吗", "between 120 and
        # 130 countries?": a bounded figure claimed of one edition, not a ranking
        kind, low, high = bounded
        claim = claim._replace(comparator=kind, number=low, number_to=high, days=None)
        if "duration" in attributes:
            claim = claim._replace(days=low, number=None)
        operation = "verify"
    two_years = sum(ref.kind == "year" for ref in refs) == 2
    times = _times(question, lex) if two_years and _counted(attributes) else None
    if times is None and two_years and _counted(attributes) and yes_no:
        times = _percent(question, r)  # "did it grow by more than 50% from 2022 to 2023?"
    if times is not None and (m_ft := _FROM_TO.search(question)):
        # "from 2022 to 2023": the ratio of where it went to where it came from
        refs = (Ref("year", int(m_ft[2])), Ref("year", int(m_ft[1])))
    elif times is not None and (m_zh := _ZH_FROM_TO.search(question)):
        # 2019年到2020年…减少了一半以上吗: the ratio of where it went to where it came from
        refs = (Ref("year", int(m_zh[2])), Ref("year", int(m_zh[1])))
    elif times is not None and (times[1] in ("atleast", "atmost") or "between" in r.word_set):
        # "did it double between 2020 and 2021?": the later against the earlier
        refs = tuple(sorted(refs, key=lambda ref: -ref.value if ref.kind == "year" else 0))
    same = two_years and _counted(attributes) and _EQUAL.search(question) is not None
    same = same and times is None
    # "did sub-forums change from 2024 to 2025?", 分论坛有变化吗: whether the figures differ
    differ = two_years and yes_no and _counted(attributes) and times is None and _changed(r)
    if differ:
        operation, claim = "compare", None
    if same or times is not None:
        # "did 2023 and 2024 have the same number of sub-forums?", 一样多吗: equal figures;
        # "four times as many as 2020?", "more than twice as many?": the ratio claimed
        operation, claim = "compare", None
    if (
        operation == "compare"
        and yes_no
        and len(refs) > 1
        and claim is not None
        and claim.comparator
        and (
            (claim.number is not None and _figure_claimed(question, claim.number))
            # "were 2024 and 2025 both longer than three days?": a length claimed of each
            or (claim.days is not None and _THAN_DAYS.search(question) is not None)
        )
    ):
        # "did both 2022 and 2023 have more than 2,000 attendees?": the figure claimed of
        # each, not the two set against each other
        operation = "verify"
    timed = not lex.units.keys().isdisjoint(r.word_set)  # "how many weeks apart": a time
    if (
        operation == "lookup"
        and not refs
        and not attributes
        and "between" in r.cues
        and not timed
        and span is None  # "how many editions took place between 2016 and 2021?": those
    ):
        operation = "compare"  # 两年相差多少: the editions talked about, on the same figure
    if calendar and operation in ("lookup", "filter") and len(refs) < 2:
        operation = "superlative"  # "which started earliest in November?": the extreme
    elif (
        (span or "outside" in r.cues) and operation == "compare" and set(r.cues) & {"most", "least"}
    ):
        # "which had the fewest, 2014-2019?": over the range; "apart from 2024 and 2025,
        # which had the most?": over the rest
        operation = "superlative"
    elif (
        weekday is not None
        and (not refs or _span_ends(refs, span))
        and operation == "lookup"
        and (_asks_which(r) or (yes_no and not r.word_set.isdisjoint(_ANY)) or _plural_head(r, lex))
    ):
        # "which editions started on a Sunday?", "did any start on a…", "the years it opened
        # on a Sunday"; "which editions from
        # 2014 to 2025 did not end on a Friday": of those years, not those two editions
        operation, refs = "filter", ()
    elif r.months and refs and _span_ends(refs, span) and operation == "lookup" and _asks_which(r):
        # "up to 2025, which editions were running on November 20?": that day (or month) in
        # those years, not the one edition at the span's end
        operation, refs = ("reverse" if days else "filter"), ()
    asks_detail = any(a.startswith("attr:") for a in attributes)
    theme_year = theme_search(r, lex) if not refs and _theme_asked(r, asks_detail) else None
    quoted = values or number is not None
    direction = (
        "same"
        if same
        else "times"
        if times
        else "differ"
        if differ
        else _direction(r, timed=not sided)
    )
    longer = _LONGER_BY.search(question) if operation == "compare" and yes_no else None
    by_days: tuple[str, int] | None = None
    if longer is not None and (n_days := said_count(longer["n"], lex)) is not None:
        # "was 2024 a day longer than 2014?": the difference claimed, not only which is longer
        by_days = ("more" if longer["more"] else "", n_days)
        comparator, number = by_days
    if operation == "compare" and len(refs) == 2 and "than" in r.word_set:
        # "was the 2024 one longer than the very first one?": the edition named before "than"
        # is the one claimed of, whatever order the references were read in
        year_refs = [ref for ref in refs if ref.kind == "year"]
        than_at = question.casefold().find(" than ")
        if (
            len(year_refs) == 1
            and than_at >= 0
            and (at := question.find(str(year_refs[0].value))) >= 0
        ):
            other = next(ref for ref in refs if ref != year_refs[0])
            refs = (year_refs[0], other) if at < than_at else (other, year_refs[0])
    if operation == "verify" and claim is not None and claim.comparator in ("least", "most"):
        direction = ""  # "did 2019 have 20 or more?": a bound claimed, no comparison
    if operation == "lookup" and not refs and quoted and theme_year is None:
        detail = any(a.startswith("attr:") for a in attributes)
        # "when did <a name> speak": the edition; "when did it become an organisation" is a
        # dated fact of the series itself
        when = (
            "dates" in r.signalled
            and lead_word(r) == "when"
            and lex.series_abouts.isdisjoint(attributes)
        )
        if (
            _asks_which(r)
            or when
            or (attributes and set(attributes) <= _WHEN)
            or (number and detail)
        ):
            # "which year did <a speaker> speak", "when did it have 601 exhibitors", "when was
            # <the town> made the permanent venue": the edition the fact belongs to
            operation = "reverse"
    position = _position(r, lex) or (_calendar_position(r, lex) if calendar else 0)
    if position and r.text.han and not direction:
        # "分论坛第二少的是哪届": the second from the fewest
        m = _ZH_NTH_WAY.search(r.text.compact)
        direction = ("least" if m[1] in "少低小短" else "most") if m else direction
    if position and operation in ("superlative", "lookup"):
        # "the second biggest expo": a place in the ranking, not the 2nd edition
        refs = tuple(ref for ref in refs if not (ref.kind == "ordinal" and ref.value == position))
        operation = "superlative"
    by_host = False
    counted_signal = counted_asked
    days_asked = "duration" in r.signalled or "days" in r.word_set
    if counted_signal is None and days_asked and "hosts" in r.signalled:
        counted_signal = "duration"  # "total days of the editions hosted by …": their lengths
    # (a host's other name is a host named: "the average attendance of the CAC era")
    host_named = "hosts" in r.signalled or not lex.host_names.isdisjoint(r.word_set)
    if host_named and counted_signal and not set(FOLDS).isdisjoint(r.cues):
        # "the average attendance of the summits hosted by the organisation": a figure, over
        # the editions those hosts held
        attributes, by_host = (counted_signal,), True
    elif operation == "superlative" and not lex.host_names.isdisjoint(r.word_set):
        by_host = True  # "the biggest expo in the CAC era": ranked over its editions
    aggregate, comparator = _aggregate(r, refs, attributes, number, yes_no, span, lex)
    if operation == "difference" and aggregate == "sum" and counts_to_end(r):
        aggregate = ""  # 从2021年开幕到2022年闭幕一共多少天: the time spanned, not two lengths
    two = sorted({ref.value for ref in refs if ref.kind == "year"})
    if aggregate == "sum" and _changed(r) and len(two) == 2 and _counted(attributes):
        # "how much did sub-forums change from 2019 to 2020?": the two compared, no total
        aggregate, operation, span = "", "compare", None
    than, factor, than_cmp = _reference(question, r, refs, lex)
    if than is not None and not _counted(attributes) and than.kind != "that":
        than, factor, than_cmp = _NO_REF  # a reference needs a figure (or the last answer's)
    if than is not None:
        # "which editions had more sub-forums than 2016", "was 2019 above average?": each
        # figure against another edition's or the mean; the reference is no edition asked
        refs = tuple(ref for ref in refs if ref != than)
        number = None if than.kind == "year" and number == than.value else number
        han = r.text.compact if r.text.han else ""
        counts = how_many(r) and (bool(r.word_set & _EDITION_NOUNS) or "届" in han)
        folded = "share" if "percent" in r.cues else "count" if counts else "filter"
        # ("2014-2025, which editions had more than the average?": the span's ends name no
        # edition compared)
        ends = span if span is not None else ()
        refs = tuple(ref for ref in refs if not (ref.kind == "year" and ref.value in ends))
        aggregate, comparator = ("versus" if refs else folded), than_cmp
    # ("did the count drop…?" after a figure: that figure's changes, the follow-up fills it in)
    vague_figure = not attributes and not r.word_set.isdisjoint({"count", "number", "figure"})
    change = _change(question, r) if _counted(attributes) or counted_asked or vague_figure else ""
    if change and not _counted(attributes) and counted_asked:
        attributes = (counted_asked,)  # "when did attendance fall against the one before?"
    # "did the latest summit have more sub-forums than the previous one?": that edition (not
    # "the last time sub-forums dropped", nor 哪几届…比上一届少)
    kinds = (
        ("year", "ordinal", "latest", "this_year", "last_year") if yes_no else ("year", "ordinal")
    )
    named = any(ref.kind in kinds for ref in refs)
    named = named and not (("time" in r.word_set or r.text.han) and _LAST_TIME.search(question))
    # "did turnout ever fall two editions in a row?": once is enough, not every edition
    run = _run(question, lex) if change else 0  # "two editions in a row"
    if change == "same" and named:
        change = ""  # "the same as the year before in 2025": the two compared, as before
    if change == "same" and attributes[:1] == ("duration",) and not _STREAK.isdisjoint(r.word_set):
        # "the longest run of editions with the same guest number": "longest" is the run's,
        # the figure is the one named
        figures = sorted(a for a in r.signalled if a == "attendance" or a.startswith("attr:"))
        attributes = (figures[0],) if figures else attributes
    if change == "same":
        # ("the same attendance three times in a row": three editions, two steps; the count
        # is no figure asked)
        run, number = max(run - 1, 0), None
    steady = bool(change) and not run and _steady(question, r) and r.word_set.isdisjoint(_EVER)
    if steady and r.text.han and any(z in r.text.compact for z in ("是不是", "是否", "有没有")):
        yes_no = True  # "2021到2024年参会国家数是不是逐年增加": a claim of every edition
    years_given = sorted({ref.value for ref in refs if ref.kind == "year"})
    if steady and span is None and len(years_given) == 2:
        span = (years_given[0], years_given[1])  # "rise each year between 2015 and 2018"
    if change and named and span is not None and steady:
        # "did the expo grow every year from 2015 to 2019?": each edition of the span
        # against the one before, not the two years named
        refs, named = tuple(ref for ref in refs if ref.kind != "year"), False
    moved = _moved(r) if _counted(attributes) and not steady and not run else ""
    # ("did it grow by more than 5?" after two editions: the figure is the one talked about)
    moving = moved or (not attributes and not steady and not run and _moved(r))
    by = _by_amount(question, lex) if moving and yes_no and times is None else by_days
    two_named = len(years_given) == 2 and len(refs) == 2
    if by is not None and not two_named and not refs:
        # "did it grow by more than 5?" after two editions: their change, against 5
        operation, aggregate, change, claim = "compare", "", "", None
        comparator, number = by
    if moved and two_named and times is None and ("than" not in r.word_set or by is not None):
        # "did attendance rise from 2015 to 2016?": the edition it went to against the one
        # it came from, in the verb's direction (as asked: "from 2024 to 2023" too)
        # (but "rise in 2022 compared with 2021", "go up vs 2015": the first named is the
        # one claimed of, set against the second — no reordering)
        against = _AGAINST_YEAR.search(question) is not None and not _FROM_FIRST.search(question)
        if not against:
            refs = (refs[1], refs[0]) if _FROM_FIRST.search(question) or by is None else refs
        if by is not None and "between" in r.word_set:
            refs = tuple(sorted(refs, key=lambda ref: -ref.value))  # to the later, from the earlier
        operation, aggregate, change, claim = "compare", "", "", None
        moved_direction = "more" if moved == "up" else "less"
        if by is not None:  # "grew by more than 10": the change's size against 10
            comparator, number = by
    else:
        moved_direction = (
            "" if by is None or by is by_days else "more" if moving == "up" else "less"
        )
    if change and not named:
        # "in how many editions did attendance go up compared with the previous year?": each
        # edition against the one before it; "the previous year" locates no edition (with
        # one named, "more in 2015 than the year before" compares the two, as before)
        last = "最近" in r.text.compact or "最后" in r.text.compact if r.text.han else True
        drop: tuple[str, ...] = ("previous", "last_year")
        drop += () if last else ("latest",)
        drop += ("next",) if _ONE_TO_NEXT.search(question) else ()
        refs = tuple(ref for ref in refs if ref.kind not in drop)
        counts = how_many(r) and bool(r.word_set & _EDITION_NOUNS)
        aggregate, comparator, number = ("count" if counts else "changes"), "", None
    if (
        (operation == "compare" or not _TALKED.isdisjoint(r.word_set))
        and not refs
        and number in lex.edition_years
        and re.search(rf"\bthan (?:in )?(?:the )?{number}\b", question, re.I)
    ):
        # "was that more than 2016?" after 2015's countries, "how many more than 2018 is
        # that?": 2016 (2018) the edition compared with the one talked about
        refs, number = (Ref("year", number or 0),), None
        operation, aggregate = "compare", ""
    if change and named and len(refs) == 2 and any(ref.kind == "previous" for ref in refs):
        # "did attendance in 2015 go up compared with the year before?": the two compared
        operation, aggregate, claim = "compare", "", None
        direction = "more" if change == "up" else "less"
    if operation == "compare" and named and any(r_.kind in _NEIGHBOUR_KINDS for r_ in refs):
        # "was 2016 bigger than the year before?": the edition named is the one claimed of,
        # the neighbour what it is compared with
        # ("did the edition before 2023 have more than 2023?": the neighbour is claimed of,
        # the edition after "than" what it is compared with)
        after_than = any(
            re.search(rf"\bthan (?:the |in )?{ref.value}\b", question)
            for ref in refs
            if ref.kind == "year"
        )
        refs = tuple(sorted(refs, key=lambda ref: (ref.kind in _NEIGHBOUR_KINDS) != after_than))
    elif (
        operation == "compare"
        and len(refs) == 2
        and all(ref.kind == "year" for ref in refs)
        and " than " in question
        and (than_year := _THAN_YEAR_SAID.search(question)) is not None
        and int(than_year[1]) == refs[0].value
    ):
        # "the 2022 expo had 40 countries, did 2023 have more than 2022?": claimed of 2023,
        # against the year after "than" (named first in the premise)
        refs = (refs[1], refs[0])
    digits = r.text.han > 0 or any(w[:1].isdigit() for w in r.words)  # most questions: none
    several_figures = digits and not refs and len(_FIGURES.findall(question)) > 1
    conditions = _conditions(question, lex) if several_figures and _counted(attributes) else ()
    # "did every edition with 24 sub-forums last 4 days?": which editions it is said of
    selected: tuple[tuple[str, str, str, int], ...] = ()
    if several_figures and not conditions and yes_no_frame(r, lex):
        selected = selected_claim(question, r, lex)
        conditions = selected
    if conditions and len({c[0] for c in conditions}) == 1 and open_range(question, lex):
        # "more than 26 and fewer than 50 exhibitor countries": one range, of the kind its
        # last figure names
        measured, conditions = conditions[-1][1], ()
    if conditions:
        # "which editions had at least 1,800 guests but fewer than 20 sub-forums": each
        # condition on its own figure, all of them held
        counts = how_many(r) and bool(r.word_set & _EDITION_NOUNS)
        aggregate = "share" if "percent" in r.cues else "count" if counts else "filter"
        if selected:
            aggregate = "all"  # of every edition the first condition selects
        attributes, number, comparator = (conditions[0][0],), conditions[0][3], ""
        operation = "aggregate"
    # "when did the theme first include '…'?": a theme search, whatever else is asked
    # (主题有没有“数字”: the quoted words searched, though 数字 also reads as "number")
    themed = "theme" in attributes or (
        ("theme" in r.word_set or "theme" in r.signalled)
        and _ALL_QUOTES.search(question) is not None
    )
    phrases = _searched(question, r, lex) if themed else ()
    phrases_out, phrases_all = _phrase_logic(question, phrases)
    if phrases and "theme" not in attributes:
        attributes = ("theme",)
    named_year = any(ref.kind == "year" for ref in refs)  # "2024年係咪11月19號到22號?": a claim
    day_range = _day_range(question, r, lex) if r.months and not named_year else None
    months = r.months
    if calendar and months and not r.text.han and not _month_in(r, lex):
        # "earliest in the calendar year? my buddy says the october one": every edition
        # ranked; a month not said as "in October" selects none
        months = ()
    if not r.months and "month" in r.word_set and (m_day := _DAY_OF_MONTH.search(question)):
        # "which edition started on the 3rd of the month?": a day of any month, never the
        # 3rd edition
        n = int(m_day[1])
        refs = tuple(ref for ref in refs if ref != Ref("ordinal", n))
        months, days, operation = tuple(range(1, 13)), (n,), "reverse"
    part = _month_part(r, lex, days) if r.months and not named_year else None
    if part is not None:
        # "the second half of November", "late November", "after November 15", "between
        # November 1 and November 10": days of that month, not the months of a season
        months, day_range = (part[0],), part[1]
        said = " ".join(r.words)
        month_word = next(w for w in r.words if lex.months.get(w) == part[0])
        if f"before {month_word}" in said and day_range[0] == 1:
            months = tuple(range(1, part[0] + 1))  # "before November 10": October's too
        elif f"after {month_word}" in said and day_range[1] >= 28:
            months = tuple(range(part[0], 13))  # "after November 20": December's too
    elif len(r.months) == 1 and (edge := _month_edge(r, lex)) is not None:
        # "before December", "before November 1", "after November": the whole months on
        # that side, in their year (not the month named); of an edition named, the claim
        # ("was the 2019 summit held before November?" is yes: October)
        if not named_year:
            months, day_range, days = edge, None, ()
            refs = tuple(ref for ref in refs if ref.kind != "ordinal")
            operation = "filter" if operation in ("lookup", "reverse", "filter") else operation
        elif claim is not None and claim.months:
            claim = claim._replace(months=edge)
    if day_range is not None:
        # "which editions started between the 1st and the 15th of November": those days of
        # that month, not the 1st edition nor the 15th day alone
        refs = tuple(ref for ref in refs if ref.kind != "ordinal")
        operation, days = "filter", ()
    pick = ""
    first_with = number is not None and _FIRST_WITH.search(question) is not None
    # "the first edition with 20 sub-forums": exactly that many, the earliest of those
    comparing = number is not None and (comparator_of(r) or "least" in r.cues or first_with)
    selecting = comparing and first_with
    if selecting and not _counted(attributes) and counted_signal and "dates" in attributes:
        # "when was the last time it had more than 2,000 participants?": the edition, by that
        # figure (its year answers the when)
        attributes = (counted_signal,)
    if comparing and selecting and _counted(attributes) and not conditions:
        # "the first edition with more than 125 countries", "the last one with fewer than 20
        # sub-forums": the earliest (latest) of those the filter selects; "was 2022 the
        # first with …?": that, set against the year claimed
        claimed = tuple(ref for ref in refs if ref.kind == "year")
        others = tuple(ref for ref in refs if ref.kind != "year") if yes_no else refs
        first = Ref("ordinal", 1) in others or ("first" in r.cues and not others)
        last = Ref("latest") in others
        if yes_no and not (first or last) and (m := _FIRST_WITH.search(question)):
            # "was 2024 the last one with …?": the year named took the place of "last"
            said_edge = m[0].split()[0].casefold()
            first, last = said_edge in ("first", "earliest"), said_edge in ("last", "latest")
        if (first or last) and len(others) <= 1 and (not yes_no or len(claimed) == 1):
            pick, refs = ("first" if first else "last"), (claimed if yes_no else ())
            aggregate, operation = "filter", "aggregate"
            comparator = comparator or comparator_of(r) or "exact"
    number_to = None
    ranged = digits and _counted(attributes) and len(refs) != 1
    if ranged and (bounds := figure_range(question, lex)):
        # "editions with between 16 and 19 sub-forums", "15 to 20", "16-19个分论坛"
        number, number_to = bounds
        if aggregate not in ("count", "share", "all", "any"):
            aggregate = "filter"
        comparator = "between"
    elif ranged and (m_or := _EITHER.search(question)):
        a, b = int(m_or[1].replace(",", "")), int(m_or[2].replace(",", ""))
        if a != b and not {a, b} & lex.edition_years:
            # "which editions had 19 or 24 sub-forums": either figure, each exactly; "other
            # than 20 or 24", "neither 20 nor 24", 不是20或24: neither of them
            neither = comparator_of(r) == "not" or m_or[0].count(" nor ") > 0
            number, number_to = min(a, b), max(a, b)
            comparator = "neither" if neither else "either"
            if aggregate not in ("count", "share", "all", "any"):
                aggregate = "filter"
        if number == number_to:  # "longer than 2 but shorter than 4 days": exactly 3
            comparator, number_to = "exact", None
    top, top_direction = _top(r, lex) if _counted(attributes) and len(refs) != 1 else (0, "")
    if top:
        # "the top 3 editions by attendance", "the two biggest expos": a ranking, cut
        aggregate, comparator, direction, number = "rank", "", top_direction, None
        refs = tuple(ref for ref in refs if not (ref.kind == "ordinal" and ref.value == top))
    asked_op = "" if aggregate else _asked_op(r)  # "and the average?": the figure follows
    if (
        aggregate in ("filter", "count", "all", "any")
        and (operation in ("superlative", "verify") or (operation == "compare" and len(refs) > 1))
        and comparator not in ("least", "most")  # "at least 20", "at most 16": no superlative
        and not (comparator in ("less", "more") and " at least " in f" {r.text.clean} ")
        and not (aggregate in ("all", "any") and "between" in r.word_set and len(refs) == 2)
        and not (aggregate == "any" and "outside" in r.cues and not r.months)  # (除了2019年)
    ):
        aggregate = ""  # "which drew more: the 3rd or the 2nd?" compares two editions
    if aggregate:
        operation = "aggregate"
    years_named = [ref for ref in refs if ref.kind == "year"]
    if "ratio" in r.cues and len(years_named) == 2 and _counted(attributes):
        # "2022 attendance is how many times 2020's?": the two compared, as a ratio
        operation, aggregate = "compare", ""
    if "annual" in r.cues and yes_no and span is not None and span[1] == 9999 and not change:
        # "has it been held every year since 2014?": its frequency, not the 2014 edition;
        # "has it been in November every year since 2020?": that claim, of each since
        content = bool(r.months) or weekday is not None or number is not None or bool(values)
        content = content or not set(attributes) <= {"dates", "place", "since", "start"}
        if content:
            operation, refs = "verify", ()
            claim = claim or claim_of(
                r, (Ref("year", span[0]),), attributes, lex, number, values, weekday
            )
        else:
            operation, refs = "frequency", ()
    if ("weekend" in r.cues or _on_weekdays(r)) and operation == "lookup":
        operation = "verify" if refs else "filter"  # "which ones ran over a weekend?"
    range_years = sorted(ref.value for ref in refs if ref.kind == "year")
    if (
        (span is None or span == tuple(range_years))
        and not aggregate
        and not yes_no
        and not r.months
        and not change
        and not moved
        and {"percent", "ratio"}.isdisjoint(r.cues)
        and len(range_years) == 2
        and len(refs) == 2
        and how_many(r)
        and not (r.text.han and "哪" in r.text.compact)  # (哪几届: which ones, not how many)
        and r.word_set.isdisjoint(_SPAN_UNITS)
        and not (r.text.han and any(z in r.text.compact for z in _SPAN_UNITS_ZH))
        and not ({"more", "less"} & set(r.cues))
        and not _changed(r)  # "how much did sub-forums change from 2019 to 2020?": no total
        and ("between" in r.word_set or span is not None)
    ):
        # "how many sub-forums were there from 2016 to 2019?": the total over those years;
        # "how many conferences happened between 2016 and 2020?": those editions, counted
        span, refs = (range_years[0], range_years[1]), ()
        if _counted(attributes):
            operation, aggregate = "aggregate", "sum"
        else:
            operation = "lookup"
    if (
        span is not None
        and span == tuple(range_years)
        and len(refs) == 2
        and r.months
        and (operation == "lookup" or (operation == "difference" and _asks_which(r)))
        and not aggregate
        and not yes_no
    ):
        # "which editions from 2014 to 2019 were held in November?": those months, of the
        # years between (not the two years' places)
        refs, operation = (), "filter"
    selects = (*FOLDS, "spread", "all", "any", "count", "share")
    if span is None and aggregate in selects and "between" in r.word_set:
        years = sorted(ref.value for ref in refs if ref.kind == "year")
        if len(years) == 2 and len(refs) == 2:
            # "the average between 2021 and 2024": the years between, not the two alone
            span, refs = (years[0], years[1]), ()
    if operation == "filter" and r.word_set & (_HOW_MANY_TIMES | {"never", "not"}):
        # "held in December more than once?", "never held in September?": the list, read by
        # the member; a yes or no would answer a count or a negation
        yes_no = False
    years_asked = [ref for ref in refs if ref.kind == "year"]
    than_m = _THAN_YEAR.search(question) if operation == "compare" and yes_no else None
    if than_m and len(years_asked) >= 3 and _counted(attributes):
        # "did 2023 and 2024 both have more sub-forums than 2022?": each against 2022
        ref_year = Ref("year", int(than_m[1]))
        if ref_year in refs:
            refs = tuple(ref for ref in refs if ref != ref_year)
            than, aggregate, operation = ref_year, "all", "aggregate"
            comparator = "less" if _direction(r) == "less" else "more"
    every_said = bool(_EVERY & r.word_set) or (
        r.text.han > 0 and any(z in r.text.compact for z in _EVERY_ZH)
    )
    if (
        than is not None
        and than.kind == "year"
        and yes_no
        and every_said
        and (aggregate == "filter" or (not aggregate and span is not None and not refs))
        and _counted(attributes)
    ):
        # "did every summit after 2021 have more sub-forums than 2021?", 2022年以后每届都比
        # 2021年多吗: checked on each
        aggregate, operation = "all", "aggregate"
        comparator = comparator or ("less" if _direction(r) == "less" else "more")
    if operation == "filter" and r.months and number is not None and _counted(attributes):
        # "which editions were in November and had 20 sub-forums?": the figure filters too,
        # within the months
        operation, aggregate = "aggregate", aggregate or "filter"
        comparator = comparator or comparator_of(r) or "exact"
    if (
        operation == "compare"
        and not yes_no
        and len(refs) > 1
        and number is not None
        and than is None
        and "outside" not in r.cues  # ("…, except 2024 and 2025": the years set aside)
        and _counted(attributes)
        and ("which" in r.word_set or "哪" in r.text.compact)
        and _figure_claimed(question, number)
        and (comparator or comparator_of(r)) in ("more", "less", "least", "most")
    ):
        # "which of the first three editions had more than 1,500 participants?": those
        # editions filtered by the figure, never two of them set against each other
        operation, aggregate = "aggregate", "filter"
        comparator = comparator or comparator_of(r)
    relative_only = all(ref.kind in ("next", "following", "previous") for ref in refs)
    # ("the biggest increase, excluding 2021": the years set aside name no edition asked; 比上一届
    # names none either)
    set_aside = "outside" in r.cues and any(ref.kind == "year" for ref in refs)
    besides = ("previous", "latest") if "上一届" in r.text.compact else ("previous",)
    set_aside = set_aside and all(ref.kind == "year" or ref.kind in besides for ref in refs)
    if (
        operation in ("superlative", "aggregate", "lookup")
        and _counted(attributes)
        and (relative_only or set_aside)
    ):
        # "which edition had the biggest increase in sub-forums?", 增幅最大: the largest
        # step from one edition to the next, not the largest figure
        jump = _jumped(r)
        if jump:  # ("from one edition to the next" names no edition)
            operation, aggregate, change = "aggregate", "jump", jump
            refs = tuple(ref for ref in refs if ref.kind == "year") if set_aside else ()
    gapped = (
        operation == "superlative"
        and bool(refs)
        and all(ref.kind == "previous" for ref in refs)
        and ("later" in r.cues or not r.word_set.isdisjoint(_FOLLOWING))
        and (set(attributes) <= _WHEN_ATTRIBUTES or not r.word_set.isdisjoint({"gap", "gaps"}))
    )
    if gapped:
        # "which edition came (the) soonest after the previous one", "…the longest gap after
        # the one before": each edition's gap from its predecessor, ranked — no edition named
        refs, attributes = (), ()
    nth = None if yes_no else nth_such(r, lex)
    selecting = number is not None or bool(months) or weekday is not None
    spans = all(ref.kind in _SPAN_KINDS for ref in refs)
    if nth and nth[1] > 1 and selecting and refs and spans:
        # "the first two editions held in December": two of those, not the 1st and 2nd
        # (nor the years those two were held in)
        refs, span = (), None
    if nth is not None and not refs and (aggregate or asked_op) in FOLDS and not selecting:
        # "the total for the last three that have a figure": a span of editions the fold
        # takes (the latest with the figure, counted back), not every edition
        at, count, _ = nth
        if at < 0:
            refs = (Ref("latest"), *(Ref("from_last", d) for d in range(2, count + 1)))
        else:
            refs = tuple(Ref("ordinal", k) for k in range(at, at + count))
    spans_named = len(refs) >= 2 and all(ref.kind in _SPAN_REF_KINDS for ref in refs)
    if r.months and spans_named and how_many(r) and not yes_no and operation == "lookup":
        # "how many of the first 5 editions were held in November?", 前五届中有几届在11月举办:
        # those editions, filtered by the month and counted
        operation, aggregate = "filter", "count"
    if (
        operation == "lookup"
        and not aggregate
        and not yes_no
        and not timed
        and _span_ends(refs, span)
        and span is not None
        and "between" not in r.cues
        and _RANGE.search(question.replace("年", "")) is not None
    ):
        # "the themes from 2021 to 2023", 2019至2021年的主题: every edition of those years,
        # not the two ends alone
        refs = tuple(Ref("year", y) for y in sorted(lex.edition_years) if span[0] <= y <= span[1])
    if "attendance" in attributes and (sized_detail := _size_of(r, lex)):
        # "average expo size", "difference between the biggest and smallest expo": the size of
        # the thing named (its count), not the attendance a size word reads as
        attributes = tuple(
            dict.fromkeys(sized_detail if a == "attendance" else a for a in attributes)
        )
    if attributes == ("attr:format",) and how_many(r) and "attendance" in r.signalled:
        # "how many guests attended in person?": a count of people, not how it was held
        attributes = ("attendance",)
    if len(attributes) > 1 and "numbering" in attributes and _says_unnumbered(r):
        # "which editions without an ordinal had more than 1,700 attendees": the ordinal
        # selects, the attendance is asked
        attributes = tuple(a for a in attributes if a != "numbering")
    return Query(
        operation=operation,
        attributes=attributes,
        refs=refs,
        direction=moved_direction
        or (calendar_direction(r) if calendar and (direction == "" or _in_year(r)) else direction),
        unit=_unit(r, lex),
        months=months,
        days=days,
        # "outside November"; "did NOT start on a Wednesday"; "leaving 2020 out"
        # ("without an official ordinal": the numbering's "without" selects, it excludes none)
        exclude=("outside" in r.cues and not _says_unnumbered(r))
        # (主题没有“数字”的: the themes without it — not 有没有, which asks)
        or (bool(phrases) and r.text.han > 0 and _ZH_LACKS.search(r.text.compact) is not None)
        or ((weekday is not None or "weekend" in r.cues) and not yes_no and _negated(r))
        # "which editions had no weekend day at all", 哪几届没有周末: none of their days
        or ("weekend" in r.cues and _no_weekend(r))
        or (
            not r.word_set.isdisjoint({"out", "aside"})
            and _LEAVING_OUT.search(question) is not None
        )
        # "which themes do NOT contain 'digital'?", "themes without digital"
        or (bool(phrases) and (_negated(r) or "without" in r.word_set))
        or (bool(r.months) and not yes_no and number is None and _not_in_month(r, lex))
        or _on_weekdays(r),  # "on a weekday": not on a weekend
        first="first" in r.cues,
        theme_year=theme_year,
        signals=tuple([name for name, _ in r.intents])
        + (("sized",) if _sized(r, lex) else ())
        + (("now",) if not lex.now_words.isdisjoint(r.word_set) else ())
        + (("steady",) if steady else ())
        + (("gap",) if gapped else ())
        + (("selected",) if selected else ())
        + (
            ("numbered",)
            if _official(r, lex) or ("numbering" in r.signalled and _says_numbered(r))
            else ()
        )
        # (both, where it says "without": the numbering's own answers read the negation)
        + (("unnumbered",) if _says_unnumbered(r) else ()),
        number=number,
        values=values,
        calendar=calendar,
        from_end=counts_from_end(r),
        to_end=counts_to_end(r),
        yes_no=yes_no,
        every=(
            bool(_EVERY & r.word_set)
            or (r.text.han > 0 and any(z in r.text.compact for z in _EVERY_ZH))
            # "were both December editions opened on a Wednesday?", 两届…都: each of them
            or (
                yes_no
                and ("both" in r.word_set or ("都" in r.text.compact and "两" in r.text.compact))
            )
            # 都在十一月举行吗, 是每年11月吗: of every edition, in that month
            or (bool(months) and yes_no and any(z in r.text.compact for z in _EVERY_MONTH_ZH))
        )
        # 历届大会有没有在12月举办的: is there one among them (有没有…的), not all of them
        and not (r.text.han > 0 and _ANY_OF_ZH.search(r.text.compact) is not None),
        plural=bool(_PLURALS & r.word_set)
        or _series_plural(r, lex)
        or (r.text.han > 0 and any(z in r.text.compact for z in ("哪些", "哪几"))),
        years=span,
        weekday=weekday,
        claim=claim if operation == "verify" else None,
        measure=measured,
        # a search of the themes checks its own words: none of them can mislead it
        residue=_searching(residue(question, r, lex))
        if phrases
        else without(
            residue(question, r, lex),
            place_claim + (_CHANGE_WORDS if change or moved_direction or times else ()),
        ),
        aggregate=aggregate or asked_op,
        comparator=times[1] if times else by[0] if by is not None else comparator,
        position=position,
        top=top,
        number_to=number_to,
        relative=not {"ratio", "percent"}.isdisjoint(r.cues),
        than=than,
        factor=times[0] if times else factor,
        by=by is not None,
        change=change if not named or aggregate == "jump" else "",
        conditions=conditions,
        phrases=phrases,
        phrases_out=phrases_out,
        phrases_all=phrases_all,
        pick=pick,
        day_range=day_range,
        by_host=by_host,
        day_of=day_asked(r, lex) if weekday is not None else "",
        per=_per(r, lex)
        if "per" in r.word_set
        or r.text.han
        or ("day" in r.word_set and not _EACH.isdisjoint(r.word_set))
        else None,
        weekend=_weekend(r, lex),
        run=run,
        pool=_parity(question, r, lex),
        nth=nth,
    )


_PARITY = lazy(
    r"\b(even|odd)(?:-numbered)?[ -](?:numbered )?years?\b|\bin (even|odd) years\b", re.I
)
_PARITY_ZH = {"双数年": 0, "偶数年": 0, "單數年": 1, "单数年": 1, "奇数年": 1, "雙數年": 0}
# "the odd-numbered editions", 单数届: the official numbers' parity (not the years')
_NUMBER_PARITY = lazy(
    r"\b(even|odd)[ -]numbered\b(?![ -](?:numbered )?years?\b)"
    # ("the odd editions", "even ones": by their numbers, as "odd-numbered" says)
    r"|\b(?:the\s+|which\s+|all\s+|^)(even|odd)[ -](?:editions?|ones?(?!\s+out)|conferences?"
    r"|summits?|eds)\b",
    re.I,
)
_NUMBER_PARITY_ZH = {"单数届": 1, "奇数届": 1, "双数届": 0, "偶数届": 0}


def _number_parity(question: str, r: Reading) -> int | None:
    """ "The odd-numbered editions" (1), 双数届 (0): the parity of the official numbers said;
    None where none is (or the years' parity is: "odd-numbered years")."""
    if r.text.han:
        return next((v for k, v in _NUMBER_PARITY_ZH.items() if k in r.text.compact), None)
    if (n := _NUMBER_PARITY.search(question)) is None:
        return None
    if n[1] and "numbered" not in r.word_set:
        return None
    return int((n[1] or n[2]).lower() == "odd")


def _parity(question: str, r: Reading, lex: Lexicon) -> tuple[int, ...]:
    """ "In even years", 单数年: the years of that parity editions were held in (a selection,
    as "those" is); () for none."""
    parity: int | None = None
    leap = (
        "闰年" in r.text.compact or "閏年" in r.text.compact
        if r.text.han
        else "leap" in r.word_set and not r.word_set.isdisjoint({"year", "years"})
    )
    if leap:
        # "which editions took place in leap years?", 闰年: the years with a 29 February
        return tuple(sorted(y for y in lex.edition_years if calendar.isleap(y)))
    numbered = _number_parity(question, r)
    if numbered is not None:
        return tuple(sorted(y for o, y in lex.ordinal_years.items() if o % 2 == numbered))
    if r.text.han:
        parity = next((v for k, v in _PARITY_ZH.items() if k in r.text.compact), None)
    elif "year" in question and ("even" in question or "odd" in question):
        m = _PARITY.search(question)  # the question's own words: "even" is no typo here
        parity = None if m is None else (0 if (m[1] or m[2]).lower() == "even" else 1)
    if parity is None:
        return ()  # most questions
    return tuple(sorted(y for y in lex.edition_years if y % 2 == parity))


def _size_of(r: Reading, lex: Lexicon) -> str:
    """The one counted detail whose size is asked, where attendance is read only from a word
    of size ("expo size", "the biggest expo"); "" otherwise."""
    named = [n for n, _ in r.intents if n.startswith("attr:") and _counted((n,))]
    if len(named) != 1 or r.text.han:
        return ""
    said = (w for w in r.words if "attendance" in lex.intent_words.get(w, ()))
    return named[0] if all(w in _SIZE_WORDS for w in said) else ""  # ("expo size": no word)


_SIZE_WORDS = frozenset({"size", "big", "bigger", "biggest", "large", "larger", "largest"})
_SIZE_WORDS |= {"small", "smaller", "smallest"}


def _sized(r: Reading, lex: Lexicon) -> bool:
    """ "Second biggest", "the smallest?": the size asked only by a word that ranks, which a
    follow-up reads as the figure talked about (the expo's size, not attendance)."""
    # ("how many times bigger…": the count asks the ratio, not a figure)
    asked = [n for n, _ in r.intents if n not in ("followup", "which", "list", "count")]
    if r.text.han or asked != ["attendance"]:  # ("which of these was biggest?" too)
        return False
    sized = [w for w in r.words if "attendance" in lex.intent_words.get(w, ())]
    ranks = {"most", "least", "more", "less"}
    return bool(sized) and all(ranks & set(lex.cue_words.get(w, ())) for w in sized)


def follow(
    q: Query,
    previous: Query,
    kinds: Mapping[str, frozenset[str]],
    stated: str = "",
    negated: bool = False,
    widened: bool = False,
    moved: bool = False,
    *,
    than_named: bool = False,
) -> Query:
    """A follow-up ("and the one before?", "what about 2019") repeats the last question's
    operation and attributes for the editions it names; a question of its own stands alone.
    ``stated``: how the follow-up's own figure compares (那超过120的呢: more); ``negated``:
    whether the follow-up says "not" ("which don't?"); ``widened``: whether it adds to the
    editions selected ("and including 2021?"); ``moved``: whether it moves the last filter's
    bound ("lower it to 110": the same comparison, with that number). ``than_named``: the
    edition it names follows 比 or "than" (set against, not claimed of)."""
    named = [ref.value for ref in q.refs if ref.kind == "year"]
    if (
        previous.nth is not None
        and previous.months
        and q.months
        and not q.refs
        and not q.attributes
        and q.operation == "lookup"
        and q.nth is None
        and "followup" in q.signals  # ("any in december?" asks of them all)
    ):
        # "and in october?" after "the first edition held in september": the first of those
        # held in October
        return previous._replace(months=q.months)
    selected = previous.years is not None or (
        bool(previous.refs) and all(ref.kind == "year" for ref in previous.refs)
    )
    wide = previous.operation in ("aggregate", "superlative", "filter") or bool(previous.aggregate)
    if widened and named and len(named) == len(q.refs) and not q.attributes and selected and wide:
        # "and including 2021?" after the average for 2022-2025: the same over 2021-2025
        if previous.years is not None:
            low, high = previous.years
            years = (min(low, *named), max(high, *named))
            return previous._replace(years=years, refs=(), exclude=False)
        more = tuple(Ref("year", y) for y in named if Ref("year", y) not in previous.refs)
        return previous._replace(refs=previous.refs + more, exclude=False)
    if (
        q.yes_no
        and q.number is not None
        and q.operation == "lookup"
        and not q.attributes
        and not q.refs
        and q.years is None
        and previous.operation == "lookup"
        and _counted(previous.attributes)
    ):
        # "wasn't it 20?", "was it 19?", 不是24个吗 after an edition's sub-forums: that figure of
        # that edition, claimed (it asked which edition was meant)
        # (how it compares, as stated: "over 1,000?"; 不是24个吗 asks whether it is 24)
        said = stated if stated in ("more", "less", "least", "most", "about") else q.comparator
        claim = Claim(number=q.number, comparator=said, number_to=q.number_to)
        return q._replace(
            operation="verify",
            attributes=previous.attributes,
            measure=previous.measure,
            refs=previous.refs,
            claim=claim,
        )
    if (
        previous.operation == "superlative"
        and previous.calendar
        and q.operation == "lookup"
        and not q.attributes
        and len(q.refs) == 1
        and q.refs[0].kind in ("latest", "first")
        and set(q.signals) <= {"followup"}
    ):
        # "and the latest?" after "which opened earliest in the year?": the other end of the
        # calendar, not the latest edition
        return previous._replace(direction="most" if q.refs[0].kind == "latest" else "least")
    if (
        previous.phrases
        and not q.phrases
        and not q.attributes
        and q.operation == "lookup"
        and negated
        and "which" in q.signals
    ):
        # "which don't?" after "which themes have the word 'Digital'?": the themes without it
        # (of the years it names, where it names any)
        span = q.years or previous.years
        if q.years is None and q.refs and all(ref.kind == "year" for ref in q.refs):
            span = (min(ref.value for ref in q.refs), max(ref.value for ref in q.refs))
        return previous._replace(exclude=not previous.exclude, years=span, refs=())
    if (
        q.relative
        and not q.refs
        and q.measure == "people"
        and previous.measure != "people"
        and q.attributes in ((), previous.attributes)
    ):
        # "what share of all exhibitors is that?" after those from abroad: that figure's share
        return q._replace(
            measure=previous.measure, refs=previous.refs, attributes=previous.attributes
        )
    if (
        previous.aggregate in ("filter", "count", "share")
        and previous.number is not None
        and q.number is not None
        and not q.attributes
        and not q.refs
        and q.years is None
        and q.aggregate not in FOLDS  # "how many in total across those two": a fold
    ):
        # "what about fewer than 10?", "and exactly 19?" after "which had more than 20
        # sub-forums?": the same filter, with the bound asked now
        way = {"less": "less", "more": "more", "least": "least", "most": "most"}
        comparator = q.comparator or way.get(q.direction) or stated or "exact"
        if moved:
            comparator = previous.comparator or comparator
        return previous._replace(number=q.number, number_to=q.number_to, comparator=comparator)
    if q.than == Ref("that"):
        if previous.aggregate not in ("average", "median") or not _counted(previous.attributes):
            return q._replace(than=None, aggregate="", operation="lookup")
        # "how many editions were above that?" after an average: against that average
        return q._replace(
            than=Ref(previous.aggregate),
            attributes=previous.attributes,
            measure=previous.measure,
            years=previous.years,
            refs=previous.refs,
        )
    bare = q.claim is None or q.claim._replace(comparator="", terms=()) == Claim()
    details = [a for a in previous.attributes if a.startswith("attr:")]
    if (
        q.first
        and details
        and not q.refs
        and not q.yes_no  # ("was that the first release?": a claim of the edition talked of)
        and "dates" in q.attributes  # (when: "what was new that year?" asks its firsts)
        and set(q.attributes) <= {"dates", "start", "highlights"}
    ):
        # "when was the first release?" after the achievements of 2018 and 2017: the first
        # edition with them, not the edition talked about
        return q._replace(attributes=(details[0],))
    # ("how many more sub-forums than in 2023?": the figure it names, of the edition talked of)
    figure = q.attributes if q.attributes and _counted(q.attributes) else previous.attributes
    if (
        (q.operation == "lookup" or (q.operation == "verify" and q.yes_no and bare))
        and (not q.attributes or figure == q.attributes)
        and q.direction in ("more", "less")
        and not q.aggregate
        and len(q.refs) == 1
        and q.refs[0].kind == "year"
        and _counted(figure)
        and previous.operation == "lookup"
        # (a follow-up's query names no edition, "博览会呢": the one talked about is set
        # against it, where no yes/no fixes the order)
        and (len(previous.refs) == 1 or (not previous.refs and not q.yes_no))
        and all(ref.kind == "year" and ref != q.refs[0] for ref in previous.refs)
    ):
        # "compared with 2025, which year had more?", 和2025年比哪年多 after 2023's figure:
        # the two editions set against each other on that figure ("was 2025 more than it?":
        # the edition named is the one claimed of)
        # (是不是比2016年少: the year follows 比, so the claim is of the edition talked about)
        named_first = q.yes_no and not than_named
        pair = (*q.refs, *previous.refs) if named_first else (*previous.refs, *q.refs)
        return q._replace(
            operation="compare",
            claim=None,
            refs=pair,
            attributes=figure,
            measure=previous.measure if figure == previous.attributes else q.measure,
        )
    if (
        q.operation == "difference"
        and not q.attributes
        and not q.unit
        and len(q.refs) == 2
        and all(ref.kind == "year" for ref in q.refs)
        and (
            previous.operation == "compare"
            or (previous.operation == "lookup" and len(previous.refs) == 2)
        )
        and _counted(previous.attributes)
    ):
        # "and between 2017 and 2018?" after two editions' sub-forums set side by side: that
        # figure again, not the days between them
        return q._replace(
            operation="compare", attributes=previous.attributes, measure=previous.measure
        )
    if q.operation == "compare" and not q.attributes and previous.attributes:
        # "and compared with the one before?", "was that more than 2016?": the same figure
        # (of attendance, its kind too; a detail's further figure gives way to its count)
        kind = previous.measure if previous.attributes[:1] == ("attendance",) else q.measure
        return q._replace(attributes=previous.attributes, measure=kind)
    span_only = q.years is not None and all(
        ref.kind == "year" and ref.value in (q.years[0] - 1, q.years[1] + 1) for ref in q.refs
    )
    if (
        span_only
        and q.years is not None
        and not q.attributes
        and previous.operation in ("superlative", "aggregate")
        and _counted(previous.attributes)
        and q.operation in ("lookup", "superlative")
    ):
        # "what about after 2020?", "and the fewest after 2020?", "only after 2020." after a
        # ranking or a filter: the same over those years (the other way, where it says so)
        turned = q.direction if q.operation == "superlative" and q.direction else previous.direction
        return previous._replace(years=q.years, refs=(), direction=turned, pool=())
    if (
        span_only
        and q.years is not None
        and not q.attributes
        and q.operation == "lookup"
        and (previous.months or previous.weekday is not None)
        and previous.operation in ("filter", "lookup", "aggregate")
        and not previous.refs
    ):
        # "only the ones after 2020" after "which editions were held in November?": the same
        # list within those years
        return previous._replace(years=q.years, refs=(), pool=())
    ordinal = [ref.value for ref in q.refs if ref.kind == "ordinal"]
    if (
        previous.operation == "superlative"
        and len(q.refs) == 1
        and ordinal
        and not q.attributes
        and q.operation == "lookup"
        and set(q.signals) <= {"followup"}
    ):
        # "second?" after "which edition had the most exhibitors?": the second in that ranking
        return previous._replace(position=ordinal[0], top=0)
    if previous.attributes and _counted(previous.attributes):
        vague = not q.attributes or ("sized" in q.signals and set(q.attributes) <= {"attendance"})
        # ("到2025年为止最多的是哪一届" after countries: that figure, up to 2025)
        bounds = q.years is not None  # ("before 2020": its year bounds, selects no edition)
        if q.operation == "superlative" and (not q.refs or bounds) and (not bounds or vague):
            # "and the smallest?" after "which had the most countries": the same figure; "and
            # the most participants?" another figure — either over the same editions (those
            # of the years, numbered, left out or selected before)
            kept = previous.operation == "superlative"
            numbered = kept and "numbered" in previous.signals and "numbered" not in q.signals
            # ("and which had the fewest of all?" after a total of two: of every edition)
            pooled = (vague or kept) and not q.every
            return q._replace(
                attributes=previous.attributes if vague else q.attributes,
                measure=previous.measure if vague else q.measure,
                pool=previous.pool if pooled else q.pool,
                years=q.years if q.years is not None else previous.years if kept else None,
                refs=previous.refs if kept and previous.exclude else () if bounds else q.refs,
                exclude=q.exclude or (kept and previous.exclude),
                among=q.among or (previous.among if kept else None),
                signals=(*q.signals, "numbered") if numbered else q.signals,
            )
    vague = not q.attributes or ("sized" in q.signals and set(q.attributes) <= {"attendance"})
    if q.aggregate == "spread" and vague and not q.refs and _counted(previous.attributes):
        # "how many times bigger is the biggest than the smallest?" after the biggest and the
        # smallest expo: that figure's extremes
        return q._replace(attributes=previous.attributes, measure=previous.measure)
    detail = next((a for a in previous.attributes if a.startswith("attr:")), None)
    if (
        detail
        and q.measure in kinds.get(detail, ())  # a figure the facts give of it
        and not q.refs
        and set(q.attributes) <= {"attendance"}
        and q.operation == "lookup"
    ):
        # "how many were from abroad?", "from how many countries?" after the expo: the same
        # kind of fact, the figure of the kind asked
        return q._replace(attributes=(detail,), signals=(detail, *q.signals))
    counted = not q.attributes and previous.attributes and _counted(previous.attributes)
    if counted and q.aggregate == "changes":
        # "in which years did the count drop?" after 2018's sub-forums: that figure's changes
        return q._replace(attributes=previous.attributes, measure=previous.measure)
    if counted and q.aggregate in FOLDS:  # "and the average?"
        # "and the sum for the numbered editions": those, not the years talked about
        # (and "and the total for the last three": those three of all)
        own = q.refs or q.years or q.nth or "numbered" in q.signals
        return q._replace(
            operation="aggregate",
            attributes=previous.attributes,
            measure=previous.measure,
            refs=q.refs if own else previous.refs,
            years=q.years if own else previous.years,
            signals=q.signals
            if own or "numbered" not in previous.signals
            else (*q.signals, "numbered"),
        )
    folded = previous.operation == "aggregate" and previous.aggregate in (*FOLDS, "spread")
    if folded and q.operation == "lookup" and not q.attributes and q.years is not None:
        # "and for 2023-2025?" after a total: the same total over those years
        return previous._replace(refs=(), years=q.years, exclude=False)
    two_years = len(q.refs) == 2 and all(ref.kind == "year" for ref in q.refs)
    if folded and q.operation == "difference" and two_years and not q.attributes and not q.unit:
        # "and between 2021 and 2023?" after a total: the same total over those years, not
        # the time between them
        low, high = sorted(ref.value for ref in q.refs)
        return previous._replace(refs=(), years=(low, high), exclude=False)
    ranked = previous.operation in ("superlative", "aggregate") and previous.attributes
    if q.exclude and q.refs and not q.attributes and ranked:
        # "不算2020年呢?" after "which had the fewest sub-forums": the same, without 2020
        return previous._replace(refs=q.refs, exclude=True)
    dated = previous.months or previous.weekday is not None
    if (
        dated
        and (previous.operation != "lookup" or "count" in previous.signals)
        and (q.months or q.weekday is not None)
        and not q.refs
        and set(q.signals) <= {"followup", "weekday"}
        and set(q.attributes) <= {"weekday"}
        and q.operation == "lookup"
        and q.years is None
    ):
        # "and in October?" after "which editions were held in December": the same question
        # of the month (or weekday) now named
        return previous._replace(
            months=q.months or previous.months,
            days=q.days if q.months else previous.days,
            weekday=q.weekday if q.weekday is not None else previous.weekday,
        )
    sized_only = "sized" in q.signals and set(q.signals) <= {"followup", "attendance", "sized"}
    if (
        q.operation == "superlative"
        and sized_only
        and "followup" in q.signals
        and previous.attributes
        and (previous.measure != q.measure or previous.attributes != q.attributes)
        and (previous.attributes != ("attendance",) or previous.measure != "people")
        and all(a == "attendance" or a.startswith("attr:") for a in previous.attributes)
    ):
        # "how many countries in 2021? — and the biggest up to 2025?": the most of that
        # figure, not the best attended (the size word read as attendance)
        return q._replace(attributes=previous.attributes, measure=previous.measure)
    if (
        q.operation == "superlative"
        and not q.attributes
        and previous.attributes
        and previous.per is None  # ("highest?" after guests per day: of that, as asked)
        and set(q.signals) <= {"followup"}
    ):
        # "how many countries in 2023? — was that a record?": a record of that figure, not
        # of the attendance a bare superlative reads as
        return q._replace(attributes=previous.attributes, measure=previous.measure)
    asks_on = q.refs or "followup" in q.signals or "now" in q.signals  # "and now?"
    if q.attributes or q.operation != "lookup" or not asks_on:
        return q
    if previous.operation == "verify" and previous.claim is not None:
        return q._replace(operation="verify", claim=previous.claim, attributes=previous.attributes)
    # "same for 2023?" after the share of foreign exhibitors: that figure, of that edition;
    # "and 2017?" after 2016's countries: countries again (unless people are asked)
    carried = q.measure == "people" and (previous.relative or "attendance" not in q.signals)
    return q._replace(
        attributes=previous.attributes,
        measure=previous.measure if carried else q.measure,
        relative=q.relative or previous.relative,
        # "how did Xi take part in 2019? and in 2015?": of the same person
        values=q.values or previous.values,
    )


def _theme_asked(r: Reading, asks_detail: bool = False) -> bool:
    """Whether a theme may be quoted: a theme question, or "which one…" not about a detail."""
    names = dict(r.intents)
    return "theme" in names or ("which" in names and not asks_detail)


def theme_search(r: Reading, lex: Lexicon) -> int | None:
    """The edition whose theme the question quotes (by distinctive words), if one stands out."""
    # (a word of the series' own name, "internet", quotes no theme)
    words = {w for w in r.content if w not in lex.intent_words and w not in lex.name_words}
    if not words and r.text.han < 4:
        return None
    scores: dict[int, float] = {}
    for w in words:
        years = lex.theme_index.get(w, ())
        for year in years:
            scores[year] = scores.get(year, 0.0) + 1.0 / len(years)  # rarer words weigh more
    if r.text.han >= 4:
        # Chinese: the longest stretch of the question found in a theme (4+ characters).
        at = _positions(r.text.compact.translate(lex.zh_table))
        for year, theme in lex.themes_zh:
            run = _common_run(at, theme)
            if run >= 4:
                scores[year] = scores.get(year, 0.0) + run / 2
    ranked = sorted(((s, y) for y, s in scores.items()), reverse=True)
    if not ranked or ranked[0][0] < 0.5:
        return None
    if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] * 0.8:
        return None
    return ranked[0][1]


def _positions(text: str) -> dict[str, list[int]]:
    """Where each character of ``text`` stands."""
    at: dict[str, list[int]] = {}
    for i, ch in enumerate(text):
        at.setdefault(ch, []).append(i)
    return at


def _common_run(at: dict[str, list[int]], b: str) -> int:
    """Length of the longest stretch of characters shared by ``b`` and the text whose
    ``_positions`` are ``at`` (difflib's longest match, without its set-up per pair)."""
    best = 0
    runs: dict[int, int] = {}  # position in the text -> length of the run ending there
    for ch in b:
        here: dict[int, int] = {}
        for i in at.get(ch, ()):
            k = here[i] = runs.get(i - 1, 0) + 1
            if k > best:
                best = k
        runs = here
    return best


def _attributes(
    r: Reading, question: str = "", skip: tuple[str, ...] = (), tag: bool = False
) -> tuple[str, ...]:
    """What is asked, best first; in question order when several are joined by "and"."""
    asked = [
        (name, score)
        for name, score in r.intents
        if score >= 1.0
        and (name in EDITION_ATTRIBUTES or name.startswith("attr:"))
        and name not in skip
    ]
    if len(asked) < 2:  # nothing to narrow or rank
        return (asked[0][0],) if asked else ()
    names = {name for name, _ in asked}
    if len(asked) > 1:
        asked = [(n, s) for n, s in asked if not _narrowed(r, n, names)]
    if any(n.startswith("attr:") for n in names):  # a named kind of fact beats "highlights"
        asked = [(n, s) for n, s in asked if n not in ("highlights", "overview")]
    if len(asked) < 2:  # nothing to rank
        return (asked[0][0],) if asked else ()
    lead = lead_word(r)
    if lead not in _LEADS and lead not in AUXILIARIES:
        # "the org — when was it set up?": a topic said first, then the question word
        lead = next((w for w in r.words if w in _LEADS), lead)
    if lead in _LEADS and any(n == _LEADS[lead] for n, _ in asked):
        # "where'd it happen": the question word says what is asked
        asked.sort(key=lambda item: item[0] != _LEADS[lead])
    # A named kind of fact ("organisation", "国际组织") outranks a bare question word ("where"):
    # strongly named, or named at all when the question word is all the other side has and
    # no edition is named ("when was the organisation set up?", not "when was the 2019 expo?").
    scores = dict(asked)
    bare = not r.refs and lead in _LEADS and scores.get(_LEADS[lead], 0.0) <= 1.0
    asked.sort(key=lambda item: not (item[0].startswith("attr:") and (item[1] >= 1.5 or bare)))
    if len(asked) > 1 and _joined(r, question, tag):
        where = dict(r.intent_at)
        return tuple(n for n, _ in sorted(asked, key=lambda item: where.get(item[0], 99)))
    return (asked[0][0],)


def _narrowed(r: Reading, name: str, names: set[str]) -> bool:
    """Whether a more specific ask replaces ``name`` ("the expo's size" is the expo's, not the
    attendance). Asked apart ("how many people came, and how many exhibitors?"), both stand."""
    narrower = [x for x in _NARROWER.get(name, ()) if x in names]
    if not narrower:
        return False
    if name != "attendance":
        return True
    if r.text.han and any(c in r.text.compact for c in _ZH_APART):
        return False  # 嘉宾多、分论坛也多: two figures, each asked
    where = dict(r.intent_at)
    return any(not _apart(r.words, where.get(name, -1), where.get(x, -1)) for x in narrower)


_ZH_APART = ("、", "也", "以及", "还有")


def _apart(words: tuple[str, ...], a: int, b: int) -> bool:
    """Whether a connector ("and", "plus") stands between word positions ``a`` and ``b``."""
    if a < 0 or b < 0:
        return False
    return bool(_CONNECTORS & set(words[min(a, b) + 1 : max(a, b)]))


def _joined(r: Reading, question: str, tag: bool) -> bool:
    """Whether the question joins several asks ("when and where", "日期和主题")."""
    if _CONNECTORS & r.word_set or any(c in r.text.compact for c in _ZH_CONNECTORS):
        return True
    # (two Chinese questions in one message, 几号开的？在哪儿开的？, ask both)
    if "？" in question.rstrip("？ ") and r.text.han:
        return True
    # The comma before a tag ("…, isn't it?") closes one statement; it joins nothing.
    return any(c in question for c in "，、;；+/") or question.count(",") > tag


def _unit(r: Reading, lex: Lexicon) -> str:
    """The time unit a difference is asked in: "how many weeks", "相隔几个月"; "ymd" for
    "in years, months and days" (几年几个月几天)."""
    ymd = {"year", "years"}, {"month", "months"}, {"day", "days"}
    if all(not r.word_set.isdisjoint(u) for u in ymd):
        return "ymd"
    if (
        r.text.han
        and all(z in r.text.compact for z in ("年", "个月", "天"))
        and "几个月" in r.text.compact
    ):
        return "ymd"
    if not lex.units.keys().isdisjoint(r.word_set):
        for w in r.words:
            if w in lex.units:
                return lex.units[w]
    if r.text.han and (m := _ZH_UNIT.search(r.text.compact.translate(lex.zh_table))):
        return lex.units.get(m[1], "")
    return ""


_N_DAYS = lazy(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]days?\b|\d{1,2}\s*天", re.I
)
_NOT_UNITS = frozenset({"more", "fewer", "less", "percent", "per", "times", "or", "and"})


_COUNTED_EDITIONS = frozenset({"editions", "summits", "conferences", "ones"})


_BEYOND = (("outside",), ("outside", "of"), ("other", "than"), ("not", "from"), ("beyond",))


def _from_beyond_home(r: Reading, lex: Lexicon) -> str | None:
    """ "Exhibitors from countries other than China", "guests from outside China": the kind
    of figure "abroad" names, where people or companies (not countries) are counted; else
    None."""
    words = r.words
    if r.text.han or "abroad" not in lex.figure_words or lex.home.isdisjoint(r.word_set):
        return None
    if "many" not in r.word_set:
        return None  # ("was any ever held outside <its town>?": where, no count)
    many = words.index("many")
    counted = words[many + 1] if many < len(words) - 1 else ""
    if lex.figure_words.get(counted) == lex.figure_words.get("countries", "-"):
        return None  # ("how many countries other than China": countries still counted)
    for i in range(len(words)):
        for lead in _BEYOND:
            after = words[i + len(lead) : i + len(lead) + 2]
            if tuple(words[i : i + len(lead)]) == lead and not lex.home.isdisjoint(after):
                return lex.figure_words["abroad"]
    return None


def _measure(r: Reading, lex: Lexicon) -> str:
    """The kind of figure a count asks for: people, or a kind the vocabulary declares by its
    words ("how many countries", "from abroad", "国家最多", "境外"); the first one written."""
    if (beyond := _from_beyond_home(r, lex)) is not None:
        return beyond  # "how many exhibitors came from outside China?": those from abroad
    if not lex.figure_words.keys().isdisjoint(r.word_set):
        words = r.words
        # "10 forums on 22 issues": a number's own unit says what it counts
        for i, w in enumerate(words[:-1]):
            after = words[i + 1]
            if (
                after in _NOT_UNITS
                or after in _COUNTED_EDITIONS
                or after in (lex.short, f"{lex.short}s")
                or after in lex.units  # "countries for 3-day editions": a length, no count
            ):
                # "50% more countries": the number is no count of a unit; "the first 3
                # <short name>s": a count of editions
                continue
            if w.isdigit() and not 1900 < int(w) < 2100 and after not in lex.stop:
                # ("40 exhibitor countries": the unit may follow the word it describes)
                then = words[i + 2] if i + 2 < len(words) else ""
                kind = lex.figure_words.get(after) or lex.figure_words.get(then)
                return kind or "people"  # not "the top 5 by…"
        i, kind = next(
            (i, lex.figure_words[w]) for i, w in enumerate(words) if w in lex.figure_words
        )
        if "not" in words[max(0, i - 2) : i] and kind in lex.figure_rest:
            return lex.figure_rest[kind]  # "the ones not from abroad": the rest of them
        return kind
    if r.text.han:
        zh = r.text.compact.translate(lex.zh_table)
        found = [(zh.find(z), kind) for z, kind in lex.figure_zh if z in zh]
        if found and any(c in zh for c in _ZH_APART):
            # 嘉宾多、国家也多: the people first, where they are named first (as in English)
            people = [zh.find(w) for w in lex.people_words if not w.isascii() and w in zh]
            if people and min(people) < min(found)[0]:
                return "people"
        if found:
            return min(found)[1]
    return "people"


def how_many(r: Reading) -> bool:
    """ "How many…", "多少", "几个": a question that asks a count."""
    w = r.words
    if any(w[i] == "how" and w[i + 1] in ("many", "much") for i in range(len(w) - 1)):
        return True
    return r.text.han > 0 and ("多少" in r.text.compact or "几" in r.text.compact)


def _plural_head(r: Reading, lex: Lexicon) -> bool:
    """ "The years the summit opened on a Sunday", "editions held in December": a question
    that opens by naming several editions (their years), a list asked without "which"."""
    head = next((x for x in r.words[:3] if x not in ("the", "all", "list", "name")), "")
    if head in ("years", "editions") or (head.endswith("s") and head in lex.event_nouns):
        return True
    return _series_plural(r, lex)  # "list the <series>s"


def _series_plural(r: Reading, lex: Lexicon) -> bool:
    """Whether the series' short name is said in the plural ("which <series>s"): editions."""
    # (as written: the reading has the name itself)
    return any(w.endswith("s") and "" in lex.aliases.get(w[:-1], {}) for w in r.text.words[:4])


def _asks_which(r: Reading) -> bool:
    """ "Which editions…", and "any (other) editions that…" (a list asked for)."""
    if "which" in r.signalled or lead_word(r) == "which":
        return True
    if lead_word(r) not in ("any", "other"):
        return False
    # "any editions that…", "any other edition that…" (besides the one talked about)
    return not r.word_set.isdisjoint(_PLURALS) or "other" in r.word_set


def _direction(r: Reading, timed: bool = True) -> str:
    """The way the question ranks or compares; not "later" from "after 2019" where those
    years select the editions (``timed`` False)."""
    if not r.cues:
        return ""
    ways = ("most", "least", "more", "less", "earlier", "later") if timed else _RANKS
    return next((c for c in r.cues if c in ways), "")


_RANKS = ("most", "least", "more", "less")


def _in_year(r: Reading) -> bool:
    """ "latest in the year, closest to christmas": the calendar word ranks, not "closest"."""
    return not r.word_set.isdisjoint({"latest", "earliest"}) or any(
        w in r.text.compact for w in ("最晚", "最早")
    )


_DAY_OF_MONTH = lazy(
    r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the|a|its|their)\s+month\b", re.I
)
_THAN_YEAR = lazy(r"\bthan\s+(?:in\s+)?(?:the\s+)?((?:19|20)\d\d)\b", re.I)
_EQUAL = lazy(
    r"\b(?:the same (?:number|amount|count|size|attendance|as)|same number|equal(?:ly)?|"
    r"identical|(?<!times )(?<!twice )(?<!double )(?<!half )as many\b.*\bas|"
    r"(?<!times )(?<!twice )(?<!half )as much\b.*\bas|stay(?:ed)? the same|remain(?:ed)? "
    r"(?:the )?same|unchanged)\b|一样多|一样|相同|持平|相等|不变|没变|没有变",
    re.I,
)
_TIMES = lazy(
    r"\b(?:(more|less|fewer) than\s+|(?:about|roughly|almost|nearly)\s+)?"
    r"(twice|doubled?|thrice|tripled?|quadrupled?|half|halved?|(\w+)\s+times)\s+"
    r"(?:as\s+(?:many|much|big|large|long)|the|that|(?:in\s+)?(?=(?:19|20)\d\d)"
    r"|(?=(?:from|between)\s))",
    re.I,
)


_FROM_TO = lazy(r"\bfrom\s+((?:19|20)\d\d)\s+(?:to|until|till)\s+((?:19|20)\d\d)\b", re.I)
_PERCENT = lazy(
    r"(?:\b(more|less|fewer) than|\b(?:over|above)|\b(under|below)|\bat least)?\s*"
    r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)",
    re.I,
)


def _percent(question: str, r: Reading) -> tuple[float, str] | None:
    """ "Did the expo grow by more than 50% from 2022 to 2023?", "50% more countries than
    2019?", "fell by over 30%": the ratio claimed (1.5, 0.7…) and how ("more", "less", "")."""
    m = _PERCENT.search(question)
    if m is None:
        return None
    n = float(m[3]) / 100
    bound = (m[1] or "").casefold()
    over = bound == "more" or m[0].lstrip().casefold().startswith(("over", "above", "at least"))
    under = bound in ("less", "fewer") or m[2] is not None
    words = r.word_set
    down = _moved(r) == "down" or (not words.isdisjoint({"fewer", "less"}) and not bound)
    factor = 1 - n if down else 1 + n
    if over:  # "by more than 30%": further from 1 than the factor
        return factor, "less" if down else "more"
    if under:  # "by less than 30%": nearer 1 than the factor
        return factor, "more" if down else "less"
    return factor, ""


def _times(question: str, lex: Lexicon) -> tuple[float, str] | None:
    """ "Four times as many as 2020", "double 2020's", "more than twice as many": the factor
    claimed and how (exact as said, or "more"/"less" than it)."""
    if (z := _TIMES_ZH.search(question)) is not None:
        # 翻了一番 (twice), 翻了两番 (four times), 减少了一半以上 (to less than half)
        if z["fan"]:
            n = zh_number(z["fan"], lex.zh_numerals) or 1
            return float(2**n), "atleast"
        return 0.5, "less" if z["more"] else "atmost"
    if (f := _FOLD.search(question)) is not None:
        # "did the expo grow fivefold from 2020 to 2025?": at least five times
        n_fold = lex.numbers.get(f[1].casefold().rstrip("-"))
        if n_fold:
            return float(n_fold), "atleast"
    if (h := _BY_HALF.search(question)) is not None:
        # "did attendance drop by more than half?": to less than half (by half: at most half)
        return 0.5, "less" if h[1] else "atmost"
    m = _TIMES.search(question)
    if m is None:
        return None
    word = (m[3] or m[2]).casefold()
    factor = _FACTORS.get(word) or float(
        lex.numbers.get(word) or (word.isdigit() and int(word)) or 0
    )
    if not factor:
        return None
    way = (m[1] or "").casefold()
    # a verb of growth, "doubled from 2015 to 2019" (not "double 2020's", a figure's ratio)
    grown = word in _GROWN and question[m.end() :].casefold().startswith(("from", "between"))
    if grown and factor < 1:
        # "did it halve": to half or less; "more than halve": to less than half
        return factor, "less" if way == "more" else "more" if way else "atmost"
    if not way and grown:
        # "did the expo double from 2015 to 2019?": at least twice
        return factor, "atleast"
    return factor, "more" if way == "more" else "less" if way in ("less", "fewer") else ""


_ZH_FROM_TO = lazy(r"((?:19|20)\d\d)\s*年?\s*(?:到|至|~|～|-)\s*((?:19|20)\d\d)")
_TIMES_ZH = lazy(r"翻了?(?P<fan>[一二两三四])番|减少了?(?:约)?一半(?P<more>以上|多)?")
_FOLD = lazy(r"\b(two|three|four|five|six|seven|eight|nine|ten)-?fold\b", re.I)
_BY_HALF = lazy(
    r"\b(?:drop|dropped|fall|fell|shrink|shrank|decrease|decreased|decline|declined|"
    r"go down|went down)\s+by\s+(more than |over )?(?:a\s+)?half\b",
    re.I,
)
_GROWN = frozenset(
    {"double", "doubled", "triple", "tripled", "quadruple", "quadrupled", "halve", "halved"}
)


_JUMP_UP = frozenset(
    {"increase", "increases", "increased", "growth", "grew", "grow", "jump", "jumps", "jumped"}
    | {"rise", "rose", "gain", "gains", "gained"}
)
_JUMP_DOWN = frozenset(
    {"drop", "drops", "dropped", "decline", "declines", "declined", "fall", "fell", "decrease"}
    | {"decreased", "dip", "plunge", "shrank"}
)


_BIGGEST = frozenset({"biggest", "largest", "greatest", "most", "sharpest", "steepest"})
_JUMP_EITHER = frozenset({"change", "changes", "swing", "swings", "shift", "shifts", "movement"})


def _jumped(r: Reading) -> str:
    """ "The biggest increase", "the largest drop", 增幅最大, 降幅最大: "up", "down" or ""."""
    if r.text.han:
        zh = r.text.compact.replace("得", "")  # (增加得最多: 增加最多)
        if any(z in zh for z in ("降幅最大", "减少最多", "下降最多", "跌幅最大")):
            return "down"
        if any(z in zh for z in ("变化最大", "变动最大", "波动最大", "变化幅度最大")):
            return "either"  # 分论坛变化最大的是哪一届: the largest step, up or down
        return (
            "up" if any(z in zh for z in ("增幅最大", "增加最多", "增长最多", "涨幅最大")) else ""
        )
    if {"most", "least"}.isdisjoint(r.cues) and "biggest" not in r.word_set:
        return ""
    if not _STREAK.isdisjoint(r.word_set):
        return ""  # "the longest streak of growth": a run of rises, not the biggest one
    if (
        not _JUMP_EITHER.isdisjoint(r.word_set)
        and not _BIGGEST.isdisjoint(r.word_set)
        and (_JUMP_UP.isdisjoint(r.word_set) and _JUMP_DOWN.isdisjoint(r.word_set))
    ):
        return "either"  # "the biggest single-year change, up or down": the largest step
    if not _JUMP_DOWN.isdisjoint(r.word_set):
        return "down"
    return "up" if not _JUMP_UP.isdisjoint(r.word_set) else ""


_ZH_TOP = lazy(r"最([多少高低大小长短])的(?:前)?([两二三四五六七八九十\d]{1,2})(?:届|个|次)")
_ZH_PEOPLE = lazy(r"\d\s*(?:多|余)?\s*(?:人|名|位)")
BETWEEN_YEARS = lazy(r"\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b", re.I)
_ZH_NTH_WAY = lazy(r"第[一二三四五六七八九十\d]{1,3}(?:名|位)?([多少高低大小长短])")
# "any edition", "which summit", "editions": the years around a year select among them
_ANY_EDITION = lazy(
    r"\b(?:any|which|every|all|each|none|no)\b[^?]*?\b(?:editions?|summits?|conferences?|"
    r"ones?|years?|times?)\b|\beditions\b|哪|每届|有没有|几届|多少届"
    # "were any blue books released after 2017?": any, over the years after it
    r"|\bany\b[^?]*?\b(?:after|before|since|until|till)\b",
    re.I,
)


_WHEN = frozenset({"dates", "start", "end"})


def _operation(
    r: Reading,
    refs: tuple[Ref, ...],
    attributes: tuple[str, ...],
    claim: Claim | None,
    days: tuple[int, ...],
    lex: Lexicon,
    yes_no: bool,
) -> Operation:
    several = len(refs) >= 2 and len(set(refs)) >= 2
    if not r.cues and not several:  # most questions: what follows, without the cues
        if claim is not None and yes_no:
            return "verify"
        asks = {"which", "list"} & r.signalled or days or (yes_no and claim is None)
        if r.months and not refs and asks:
            return "reverse" if days else "filter"
        return "lookup"
    cues = set(r.cues)
    timed = {"how", "many"} <= r.word_set and any(w in lex.units for w in r.words)
    counted = any(a == "attendance" or a.startswith("attr:") for a in attributes)
    editions_counted = (
        not timed
        and "count" in r.signalled
        and how_many(r)
        and set(attributes) <= _WHEN_ATTRIBUTES  # "how many summits ran from the 3rd to…"
    )
    if several and not counted and ("between" in cues or (timed and cues & {"earlier", "later"})):
        if editions_counted:
            return "lookup"  # "how many editions were held from the 2nd to the 5th?": those
        return "difference"  # "how many weeks after the 2017 one did the 2018 one begin?"
    if (
        several
        and counted
        and "between" in cues
        and not (cues & {"most", "least"} and len(set(refs)) > 2)
    ):
        # "the difference in attendance between 2015 and 2016" (not "between 2017, 2018
        # and 2019, which had the most": among the three)
        return "compare"
    excluded = "outside" in cues and not r.months  # "excluding 2024 and 2025, which…"
    if several and cues & {"most", "least"} and (excluded or len(set(refs)) > 2):
        return "superlative"  # "which of the 1st to the 6th had the most…": among those
    if several and cues & {"more", "less", "earlier", "later", "most", "least"}:
        return "compare"
    bounded = claim is not None and claim.comparator in ("least", "most")
    month_asked = "month" in r.word_set or (
        r.text.han > 0 and any(z in r.text.compact for z in ("哪个月", "哪個月", "月份"))
    )
    if "most" in cues and month_asked and not refs and not _counted(attributes) and not r.months:
        return "usual"  # "which month has had the most editions?", 哪个月份举办得最多
    if cues & {"most", "least"} and not several and not (bounded and yes_no):
        return "superlative"  # not "did it last at most 3 days?": a bound claimed
    if claim is not None and (yes_no or "verify" in cues):
        return "verify"
    if cues & {"more", "less"} and not several and ("followup" in r.signalled or not refs):
        return "compare"  # "和上一届比呢？", "which of those had more?": the editions talked about
    asks_which = bool({"which", "list"} & r.signalled)
    # "was any summit held in September?", "has it ever been held in December?"
    any_held = yes_no and not cues & {"usual", "annual", "biennial", "verify"} and claim is None
    # "is it always held in November?": of every edition (not "usually", the common month)
    any_held = any_held or (yes_no and "always" in r.word_set and claim is None)
    if r.months and not refs and ("outside" in cues or asks_which or days or any_held):
        return "reverse" if days else "filter"
    detail = any(a.startswith("attr:") for a in attributes)
    # "how many were launched there?" asks the figure, not which edition first had it
    if not refs and "first" in cues and detail and not how_many(r):
        return "reverse"
    if not refs and "usual" in cues and set(attributes) <= {"duration", "dates", "start", "end"}:
        return "usual"  # "who usually hosts it?" is a look-up
    yearly = cues & {"annual", "biennial"}  # "is it held every two years?" is a claim of it
    if not refs and yearly and set(attributes) <= {"dates"} and not r.months:
        # "which town do they hold it in every year?" asks the town (每年都在11月举办吗 asks
        # the month of each)
        return "frequency"
    often = not r.word_set.isdisjoint(("often", "frequently"))
    if not refs and "annual" in cues and often and set(attributes) <= {"dates", "place", "count"}:
        return "frequency"  # "how often is it held?": "held" is no place asked
    if not refs and yearly and yes_no and not r.months and set(attributes) <= {"place"}:
        return "frequency"  # "is it held every year?": "held" is no place asked
    return "lookup"


_NUMERIC = frozenset({"attendance", "duration"})
_SPAN_UNITS = frozenset(
    {"days", "day", "weeks", "months", "years", "hours", "long", "time", "apart", "gap", "passed"}
)
_FIRST_YEARS = lazy(r"\b(?:first|initial|opening) (\w+) (?:years|editions)\b", re.I)


def _first_years(question: str, lex: Lexicon) -> tuple[int, int] | None:
    """ "In the first five years": the series' first years, counted from its first edition."""
    if "first" not in question.lower() or not lex.edition_years:
        return None  # most questions
    m = _FIRST_YEARS.search(question)
    n = number_word(m[1].lower(), lex, roman=False) if m else None
    if n is None or not 0 < n < 100:
        return None
    first = min(lex.edition_years)
    return (first, first + n - 1)


_SPAN_UNITS_ZH = ("天", "隔", "相差", "多久", "相距", "几年", "多少年", "多长", "周")


_BOUND_WORDS = frozenset(
    {"before", "after", "since", "prior", "until", "till", "through", "thru", "up", "by"}
)


def _counts_figure(words: tuple[str, ...]) -> bool:
    """ "How many sub-forums…", not "how many editions…" (nor "how many of the forums")."""
    for i in range(len(words) - 2):
        if words[i] == "how" and words[i + 1] in ("many", "much"):
            return words[i + 2] not in _EDITION_NOUNS and words[i + 2] not in ("of", "times")
    return False


_EDITION_NOUNS = frozenset(
    {"editions", "summits", "conferences", "ones", "times", "years", "forums"}
)
_ZH_DAYS = lazy(r"(?<![\d年月])\d{1,2}天")  # "开了4天", not "11月3天"
_DISTINCT = frozenset({"different", "distinct", "various", "separate", "unique"})


def _aggregate(
    r: Reading,
    refs: tuple[Ref, ...],
    attributes: tuple[str, ...],
    number: int | None,
    yes_no: bool,
    span: tuple[int, int] | None,
    lex: Lexicon,
) -> tuple[str, str]:
    """The aggregate asked over a figure of several editions, and a filter's comparator:
    ("sum", ""), ("filter", "more"), or ("", "") for any other question."""
    words = r.word_set
    how_many = "how" in words and ("many" in words or "much" in words)
    if how_many and "months" in words and words & _DISTINCT and not refs:
        return "months", ""  # "in how many different months has it been held?"
    if r.text.han and not refs and any(z in r.text.compact for z in ("几个月份", "多少个月份")):
        return "months", ""
    # (a kind of fact with no number, "the organisation", is no figure to add up)
    numeric = any(a in _NUMERIC or a in lex.counted for a in attributes)
    if not numeric:
        return "", ""
    cues = set(r.cues)
    excluded = "outside" in cues and not r.months  # "not counting 2022": refs left out
    if len(refs) == 1 and span is None and not excluded:
        return "", ""  # one edition: a look-up ("how many in total came in 2019?")
    extremes = {"most", "least"} <= cues
    if r.text.han:
        differs = "相差" in r.text.compact
    else:
        differs = bool(words & _DIFFERENCE) or "between" in cues
    if "spread" in cues or (extremes and (differs or "ratio" in cues)):
        # "the difference between the highest and the lowest", "how many times bigger is
        # the biggest than the smallest" (their ratio: ``relative``)
        return "spread", ""
    if "nearest" in cues and number is not None:
        return "nearest", ""  # "which edition's attendance came closest to 1,700?"
    for op in FOLDS:
        if op in cues:
            return op, ""
    if number is None:
        bounded = span is not None and (
            (span[0] > 0 and span[1] < 9999)
            or not words.isdisjoint(_BOUND_WORDS)
            or " pre" in f" {r.text.clean}"  # "pre-2019" (its words read "per")
        )  # "before 2019", "2016-2018"; not "the thing from 2023": that year's
        over = bounded or (not refs and {"there", "been"} <= words)  # "have there been"
        if how_many and over and not yes_no and _counts_figure(r.words):
            return "sum", ""  # "how many sub-forums were there before 2019?": all of them
        return "", ""
    comparator = comparator_of(r) or "exact"
    at_least = any(a == "at" and b == "least" for a, b in zip(r.words, r.words[1:], strict=False))
    at_least = at_least or comparator == "least"  # "20 or more"
    at_least = at_least or (r.text.han > 0 and any(z in r.text.compact for z in ("至少", "不少于")))
    if at_least and comparator != "less":  # "at least 19": more than 18 ("not at least": less)
        comparator = "least"
    every = bool(_EVERY & words) or any(z in r.text.compact for z in _EVERY_ZH)
    if yes_no:
        # "did every summit from 2021 to 2025 have at least 19 sub-forums?": checked on each;
        # "did any summit have more than 25?": the first that does, or none
        if every:
            return "all", comparator
        # "did any edition between 2019 and 2021 have…": the two years bound the span
        # ("did any edition besides 2023 have 126?": the years set aside bound nothing)
        bounded = not refs or excluded or ("between" in words and len(refs) == 2)
        # (除了2019年，还有…吗: any other)
        zh = r.text.compact
        any_zh = any(z in zh for z in _ANY_ZH) or (excluded and "还有" in zh)
        if bounded and (bool(_ANY & words) or any_zh):
            return "any", comparator
        return "", ""
    han = r.text.compact if r.text.han else ""
    # "how many expos had…": the plural of a kind of fact counts the editions that had it
    kinds = any(
        w.endswith("s") and any(n.startswith("attr:") for n in lex.intent_words.get(w[:-1], ()))
        for w in words
    )
    # ("how many of them lasted 4 days?": of the editions just listed, counted)
    of_those = how_many and any(
        a == "of" and b in ("them", "those", "these")
        for a, b in zip(r.words, r.words[1:], strict=False)
    )
    counts = (
        (how_many and (bool(words & _EDITION_NOUNS) or kinds or of_those))
        or ("几届" in han and "哪几届" not in han)  # 哪几届: which ones, not how many
        or "多少届" in han
    )
    which = bool({"which", "list"} & r.signalled)
    if counts:
        return "count", comparator
    if "percent" in cues and (bool(words & _EDITION_NOUNS) or "届" in han):
        return "share", comparator  # "what share of the summits had more than 20 forums"
    nouns = bool(words & _EDITION_NOUNS) or "哪些" in han or "哪几" in han
    # "expos with under 300 exhibitors?": the plural of a kind of fact, with a bound, selects
    nouns = nouns or (kinds and comparator not in ("", "exact") and not refs)
    # a length is no detail a reverse look-up could find: "which edition lasted two days?"
    days = "duration" in attributes and not refs
    if (which and (nouns or comparator != "exact" or days)) or (nouns and (not refs or excluded)):
        # "which summits had over 100 countries"; "in which year did 96 countries attend?"
        # names one figure: the reverse look-up finds its edition. A figure given plainly
        # ("which editions had 400 exhibitors") is read as the reports word it: "more than
        # 400" had 400, "over 130" did not (""); "exactly 400" is exact
        plain = comparator == "exact" and not comparator_of(r)
        return "filter", "" if plain else comparator
    return "", ""


_FIGURE_RANGE = lazy(
    r"(?:between\s+)?(\d[\d,]*)\s*(?:and|to|-|–|~|到|至)\s*(\d[\d,]*)(?!\s*(?:st|nd|rd|th)\b)",
    re.I,
)


# "more than 16 but fewer than 24", "over 10 and under 20", 超过80个但不到120个: both bounds
_RANGE_LOW = (
    r"(?:more than|over|above|greater than|longer than|at least|no fewer than"
    r"|超过|多于|大于|高于|至少)"
)
_RANGE_HIGH = (
    r"(?:fewer than|less than|shorter than|under|below|at most|no more than"
    r"|不到|少于|小于|低于|不超过|至多)"
)
_OPEN_RANGE = lazy(
    rf"(?P<lo_w>{_RANGE_LOW})\s*(?P<lo>\d[\d,]*)(?:\s*[^\d?？]{{0,30}}?)\s*(?:and|but|yet|,|，|但|且|而|又)?"
    rf"\s*(?P<hi_w>{_RANGE_HIGH})\s*(?P<hi>\d[\d,]*)"
    rf"|(?P<hi_w2>{_RANGE_HIGH})\s*(?P<hi2>\d[\d,]*)(?:\s*[^\d?？]{{0,30}}?)\s*(?:and|but|yet|,|，|但|且|而|又)?"
    rf"\s*(?P<lo_w2>{_RANGE_LOW})\s*(?P<lo2>\d[\d,]*)",
    re.I,
)


def open_range(question: str, lex: Lexicon) -> tuple[int, int] | None:
    """A range given by its two bounds ("more than 16 but fewer than 24": 17 to 23; "at
    least 17 and at most 23" the same), never years; None without both."""
    m = _OPEN_RANGE.search(question)
    if m is None:
        return None
    lo_w, hi_w = (m["lo_w"] or m["lo_w2"]).casefold(), (m["hi_w"] or m["hi_w2"]).casefold()
    lo = int((m["lo"] or m["lo2"]).replace(",", ""))
    hi = int((m["hi"] or m["hi2"]).replace(",", ""))
    if lo in lex.edition_years or hi in lex.edition_years:
        return None
    inclusive_lo = lo_w in ("at least", "no fewer than", "至少")
    inclusive_hi = hi_w in ("at most", "no more than", "不超过", "至多")
    lo, hi = lo + (not inclusive_lo), hi - (not inclusive_hi)
    return (lo, hi) if lo <= hi else None


# "19 or 24 sub-forums": two figures, either of them (not "20 or more", nor the 3rd or 4th)
_EITHER = lazy(
    r"(?<![\d,])(\d[\d,]*)(?: or | nor |\s*或\s*|[个项家天届]?也不是)(\d[\d,]*)(?![\d,])"
    r"(?!\s*(?:st|nd|rd|th|more|fewer|less)\b)",
    re.I,
)


def figure_range(question: str, lex: Lexicon) -> tuple[int, int] | None:
    """Two figures a filter takes as a range ("between 16 and 19", "15 to 20", "16-19个",
    "more than 16 but fewer than 24"), never two editions' years ("2014-2019") nor a day
    range ("November 9-11")."""
    if (bounded := open_range(question, lex)) is not None:
        return bounded
    for m in _FIGURE_RANGE.finditer(question):
        a, b = int(m[1].replace(",", "")), int(m[2].replace(",", ""))
        if a in lex.edition_years or b in lex.edition_years or not 0 <= a < b:
            continue
        text = m[0].casefold()
        before = question[: m.start()].rstrip().rsplit(" ", 1)[-1].casefold()
        if before in lex.months or question[m.end() : m.end() + 1] in ("日", "号", "月"):
            continue  # "November 9-11", 11月9日到11日: days
        if "and" in text and "between" not in text:
            continue  # "16 and 19" alone: two figures, no range
        return a, b
    return None


_BEFORE_IT = lazy(
    r"\b(?:compared (?:with|to)|than|over|vs\.?|versus|from|on|against) (?:the |its |their )?"
    r"(?:previous|prior|preceding|year before|one before|edition before|last)\b"
    r"|\byear[- ](?:over|on|after)[- ]year\b",
    re.I,
)
_BEFORE_WORDS = frozenset(
    {"previous", "prior", "preceding", "before", "last", "year", "every", "each", "row"}
    | {"consecutive", "consecutively", "steadily", "continuously"}
)
_UP = frozenset(
    {
        "up",
        "rise",
        "rose",
        "risen",
        "rising",
        "grow",
        "grew",
        "grown",
        "growing",
        "increase",
        "increased",
        "increasing",
        "more",
        "higher",
        "bigger",
        "larger",
    }
)
_DOWN = frozenset(
    {
        "down",
        "drop",
        "dropped",
        "dropping",
        "fall",
        "fell",
        "fallen",
        "falling",
        "decline",
        "declined",
        "decrease",
        "decreased",
        "fewer",
        "less",
        "lower",
        "smaller",
        "shrink",
        "shrank",
    }
)
_ONE_TO_NEXT = lazy(r"\bfrom\s+one\s+(?:edition|year|summit|conference)\s+to\s+the\s+next\b", re.I)
_STREAK = frozenset({"run", "runs", "streak", "streaks", "row"})
_SAME_WORDS = frozenset({"same", "unchanged", "identical", "equal"})
_SAME_AS_BEFORE = lazy(
    r"\bas (?:the |its |their )?(?:previous|prior|preceding|year before|one before"
    r"|edition before|last)\b",
    re.I,
)
_ZH_SAME_AS_BEFORE = lazy(
    r"(?:和|与|跟|同)(?:上一?届|前一届|上一年|去年)(?:的)?(?:一样|相同|相等|持平)|连续[两三四几]届(?:都)?(?:一样|相同)"
)
_ZH_BEFORE_IT = lazy(
    r"(?:比|较|相比)(?:上一?届|前一届|上一年|去年)|同比|逐年|逐届|连年|每年都|每届都"
)


_CHANGE_WORDS = tuple(sorted(_UP | _DOWN))
# The verbs among them (not "more", "fewer"): a change from one edition to another
_MOVES = frozenset(_UP | _DOWN) - {
    "more",
    "higher",
    "bigger",
    "larger",
    "fewer",
    "less",
    "lower",
    "smaller",
    "up",
    "down",
}
_GO = frozenset({"go", "goes", "went", "gone", "going"})  # "go up": not "add up"
_MOVES_UP_ZH = ("增加", "增长", "上升", "提高", "扩大", "变多")
_MOVES_DOWN_ZH = ("减少", "下降", "降低", "缩小", "变少", "下滑")


# "by more than 10", "by over 300", "by at least 5": the size of a change claimed (not a
# per cent: that is a ratio); or the change as a noun, "was the increase more than 10?"
_BY_AMOUNT = lazy(
    r"(?:\bby\s+|\b(?:increase|rise|growth|gain|jump|drop|fall|decrease|decline)\b[^?!.]*?\s"
    r"(?=(?:more|less|fewer|over|above|under|below|at)\b))"
    r"(?:(more|less|fewer) than|(over|above)|(under|below)|(at least|no less than)|"
    r"(at most|no more than))?\s*(\d[\d,]*|[a-z]+)\b(?!\s*(?:%|percent|per cent))",
    re.I,
)
# "a day longer", "two days shorter", "more than a day longer": a difference in days claimed
_LONGER_BY = lazy(
    r"\b(?P<more>more than |over |at least )?(?P<n>an?|one|two|three|four|five|\d{1,2})\s+"
    r"days?\s+(?:longer|shorter)\b",
    re.I,
)


# 分论坛增加了20个以上吗, 减少了不到10个, 增加超过4个: the size of a change claimed
_BY_AMOUNT_ZH = lazy(
    r"(?:增加|增长|上升|提高|减少|下降|降低|扩大|缩小)(?:了)?"
    r"(?P<lead>超过|多于|超出|至少|不到|不足|少于|低于)?(?P<n>\d+|[一二两三四五六七八九十百千]+)"
    r"(?:个|家|项|人|名|场|届|多个)?(?P<tail>以上|以下|多)?(?!倍)"
)
_SPAN_REF_KINDS = frozenset({"ordinal", "latest", "from_last"})
_FROM_FIRST = lazy(r"\bfrom\s+(?:the\s+)?(?:19|20)\d\d\b", re.I)
_AGAINST_YEAR = lazy(
    r"\b(?:compared\s+(?:with|to)|vs\.?|versus|against|relative\s+to|than)\s+(?:the\s+)?"
    r"(?:(?:in|at)\s+)?(?:the\s+)?(?:19|20)\d\d\b",
    re.I,
)


def _by_amount(question: str, lex: Lexicon) -> tuple[str, int] | None:
    """ "Did sub-forums grow by more than 10 from 2015 to 2024?", 分论坛增加了20个以上吗: how
    the change is compared ("more", "less", "atleast", "atmost" or "" for exactly) and with
    what."""
    if not question.isascii():
        z = _BY_AMOUNT_ZH.search(question)
        if z is None or (n_zh := zh_number(z["n"], lex.zh_numerals)) is None:
            return None
        lead, tail = z["lead"] or "", z["tail"] or ""
        if lead in ("超过", "多于", "超出") or tail in ("以上", "多"):
            return "more", n_zh
        if lead in ("不到", "不足", "少于", "低于") or tail == "以下":
            return "less", n_zh
        return ("atleast" if lead == "至少" else ""), n_zh
    m = _BY_AMOUNT.search(question)
    if m is None:
        return None
    said = m[6].replace(",", "").casefold()
    n = int(said) if said.isdigit() else lex.numbers.get(said)
    if n is None:
        return None
    kind = (
        "more"
        if (m[1] and m[1].casefold() == "more") or m[2]
        else "less"
        if m[1] or m[3]
        else "atleast"
        if m[4]
        else "atmost"
        if m[5]
        else ""
    )
    return kind, n


def _moved(r: Reading) -> str:
    """ "Did attendance rise from 2015 to 2016?": "up"; "fall": "down"; "" for no such verb."""
    if r.text.han:  # "2015年到2016年参会人数增加了吗"
        zh = r.text.compact
        if any(z in zh for z in _MOVES_DOWN_ZH):
            return "down"
        return "up" if any(z in zh for z in _MOVES_UP_ZH) else ""
    verbs = r.word_set & _MOVES
    if not _GO.isdisjoint(r.word_set):
        verbs |= r.word_set & {"up", "down"}
    if not verbs:
        return ""
    return "down" if verbs & _DOWN else "up"


_STEADY = lazy(
    r"\b(?:every|each) (?:single )?(?:year|time|edition|summit|conference)\b"
    r"|\b(?:in a row|consecutive(?:ly)?|steadily|continuously|year[- ]after[- ]year)\b",
    re.I,
)
_RUN = lazy(
    r"\b(twice|\w+) (?:(?:editions?|years?|times?|summits?|conferences?) )?"
    r"(?:in a row|running|consecutive(?:ly)?)\b",
    re.I,
)


def _run(question: str, lex: Lexicon) -> int:
    """ "Did turnout fall two editions in a row?": the changes that must follow each other."""
    m = _RUN.search(question)
    if m is None:
        return 0
    word = m[1].casefold()
    n = 2 if word == "twice" else int(word) if word.isdigit() else lex.numbers.get(word, 0)
    return n if n >= 2 else 0


_AT_LEAST = lazy(
    r"\b(?:at least|no (?:fewer|less) than|not (?:fewer|less) than)\s+(\d[\d,]*)"
    r"|(?:至少|不少于|不低于|起码)(?:有|是|为|达到?)?\s*(\d+)"
    r"|\b(\d[\d,]*)(?:[\s-]+(?!or\b|and\b)[a-z]+){0,3}\s+(?:or|and)\s+(?:more|above|over"
    r"|higher|greater)\b(?!\s+than)",
    re.I,
)
_AT_MOST = lazy(
    r"\b(?:at most|no more than|not more than|no greater than|not over)\s+(\d[\d,]*)"
    r"|(?:最多|不超过|不多于|不高于|至多)(?:有|是|为|达到?)?\s*(\d+)"
    r"|\b(\d[\d,]*)(?:[\s-]+(?!or\b|and\b)[a-z]+){0,3}\s+(?:or|and)\s+(?:fewer|less|under"
    r"|below|lower)\b(?!\s+than)",
    re.I,
)
_BETWEEN_ZH = lazy(
    r"(?:在|介于)?(\d+)\s*(?:到|至|-|~)\s*(\d+)\s*(?:个|家|人|名|项)?[^\d]{0,6}?之间"
)


def _bounded_claim(question: str, lex: Lexicon) -> tuple[str, int, int | None] | None:
    """A figure claimed within a bound: ("least", 20, None) for "at least 20" (至少20),
    ("most", 19, None) for "at most 19" (不超过19), ("between", 120, 130)."""
    for pattern, kind in ((_AT_LEAST, "least"), (_AT_MOST, "most")):
        if m := pattern.search(question):
            n = int(next(g for g in m.groups() if g).replace(",", ""))
            if n not in lex.edition_years:
                return kind, n, None
    if (m := _BETWEEN_ZH.search(question)) and "间" in m[0]:
        a, b = int(m[1]), int(m[2])
        if a < b and a not in lex.edition_years:
            return "between", a, b
    if "between" in question.casefold() and (bounds := figure_range(question, lex)):
        return "between", bounds[0], bounds[1]
    return None


_FIGURE_CLAIM = lazy(
    r"(?:\b(?:more|fewer|less) than|\b(?:over|under|above|below)|\bat (?:least|most)"
    r"|超过|多于|少于|不到|低于|高于|不少于|不超过)\s*(\d[\d,]*)",
    re.I,
)


# "longer than three days": a length set against a number of days, not another edition
_THAN_DAYS = lazy(
    r"\bthan\s+(?:\d{1,2}|one|two|three|four|five|six|seven)\s+days?\b"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven)\s+days?\s+or\s+(?:more|longer|less|fewer|shorter)\b"
    r"|\bat\s+(?:least|most)\s+(?:\d{1,2}|one|two|three|four|five|six|seven)\s+days?\b",
    re.I,
)


def _figure_claimed(question: str, number: int) -> bool:
    """Whether the question claims ``number`` as a figure ("more than 2,000", 超过2000),
    not merely holds it (an emoji's id)."""
    return any(int(m[1].replace(",", "")) == number for m in _FIGURE_CLAIM.finditer(question))


_DAY_OF = lazy(
    r"\b(?:first|last|final)(?: (?:and|&|or) (?:the )?(?:first|last|final))? days?\b", re.I
)
_FIRST_LAST = (Ref("ordinal", 1), Ref("latest"), Ref("first"))
_NUMBERED = frozenset({"numbered", "ordinal", "ordinals", "numbering", "official"})
_NUMBERED_ZH = ("有届次", "官方届次", "编号", "序号", "官方")


def _changed(r: Reading) -> bool:
    """ "How much did it change", 变化了多少: the difference between two figures asked."""
    if r.text.han:
        return any(z in r.text.compact for z in ("变化", "变了", "差了", "相差", "增减"))
    return not r.word_set.isdisjoint(_CHANGE_ASKED)


_CHANGE_ASKED = frozenset({"change", "changed", "changes", "differ", "differed", "difference"})


def says_change(r: Reading) -> bool:
    """ "When did that change?", 什么时候变的: a change asked of (not a difference)."""
    if r.text.han:
        return any(z in r.text.compact for z in ("变", "改", "換", "换"))
    return not r.word_set.isdisjoint({"change", "changed", "changes", "switch", "switched"})


def _official(r: Reading, lex: Lexicon) -> bool:
    """ "Which official edition…", "the official summits": the numbered ones select."""
    if "official" not in r.word_set:
        return False
    nouns = _OFFICIAL_NOUNS | lex.name_words
    return any(a == "official" and (b in nouns or b[:-1] in nouns) for a, b in pairwise(r.words))


_OFFICIAL_NOUNS = frozenset(
    {"edition", "editions", "one", "ones", "summit", "summits", "conference", "conferences"}
)


def _says_unnumbered(r: Reading) -> bool:
    """ "Which editions without an ordinal…", "with no official number", 没有届次的: the
    editions the official numbering leaves out select (the numbered ones were taken)."""
    if r.text.han and any(z in r.text.compact for z in _UNNUMBERED_ZH):
        return True
    if "unnumbered" in r.word_set:
        return True
    if _NUMBERED.isdisjoint(r.word_set) and "number" not in r.word_set:
        return False
    w = r.words
    return any(
        a in _WITHOUT and (b in _NUMBERED or b == "number" or c in _NUMBERED or c == "number")
        for a, b, c in zip(w, w[1:], (*w[2:], ""), strict=False)
    )


_WITHOUT = frozenset({"without", "no", "non", "not", "lacking"})
_UNNUMBERED_ZH = ("没有届次", "无届次", "没有官方届次", "没届次", "冇届次", "不带届次", "没有编号")


def _says_numbered(r: Reading) -> bool:
    """ "The numbered ones", 有届次的: the official numbering selects (not 有没有, "is there")."""
    if not _NUMBERED.isdisjoint(r.word_set):
        # ("even-numbered years": the years' parity, not the editions' numbering)
        return not any(a in ("even", "odd") and b in _NUMBERED for a, b in pairwise(r.words))
    compact = r.text.compact.replace("所有", "")  # 所有届次: all of them, not 有届次的
    return r.text.han > 0 and any(z in compact for z in _NUMBERED_ZH)


_LAST_TIME = lazy(r"\b(?:last|latest|most recent) time\b|最近一次|上一次", re.I)
_EVER = frozenset({"ever", "any", "anytime", "sometime"})
_STEADY_ZH = ("逐年", "逐届", "连年", "每年都", "每届都")


def _steady(question: str, r: Reading) -> bool:
    """ "Every year", "in a row", 逐年: a change claimed of every edition in turn."""
    if r.text.han:
        return any(z in r.text.compact for z in _STEADY_ZH)
    return _STEADY.search(question) is not None


def _change(question: str, r: Reading) -> str:
    """Whether each edition is set against the one before it, and which way: "up" for
    "did attendance go up compared with the previous year", "down" for "the last time
    sub-forums dropped compared with the year before", 比上一届少; "" for neither."""
    if r.text.han:
        zh = r.text.compact
        if _ZH_SAME_AS_BEFORE.search(zh):
            return "same"  # 哪几届的分论坛数和上一届一样
        steady = any(z in zh for z in _STEADY_ZH) and _moved(r) != ""  # 逐年增加, not 每届都是3天
        asks = steady or any(z in zh for z in ("哪", "几", "多少", "最近"))
        before = _ZH_BEFORE_IT.search(zh)
        if before is None or not asks or (before[0] in _STEADY_ZH and not steady):
            return ""
        return "down" if any(z in zh for z in ("少", "减", "降", "低")) else "up"
    words = r.word_set
    if not words.isdisjoint(_SAME_WORDS) and _ONE_TO_NEXT.search(question):
        return "same"  # "did it ever stay the same from one edition to the next?"
    if words.isdisjoint(_BEFORE_WORDS):
        return ""
    if not words.isdisjoint(_SAME_WORDS) and (
        _BEFORE_IT.search(question) or _STEADY.search(question) or _SAME_AS_BEFORE.search(question)
    ):
        # "which editions had the same guest count as the edition before", "two consecutive
        # editions with the same number of sub-forums": equal to the one before
        return "same"
    # "did the expo grow every year from 2015 to 2019?": each against the one before — said
    # by a verb of change ("grow"), not "more than 100 … every edition"
    if not _BEFORE_IT.search(question) and not (_STEADY.search(question) and _moved(r)):
        return ""
    if _GO.isdisjoint(words):
        words = words - {"up", "down"}  # "add up every edition": a total, not a rise
    if words & _DOWN:
        return "down"
    return "up" if words & _UP else ""


# (a ' or ’ between letters is an apostrophe, "year's", never a quote mark)
_ALL_QUOTES = lazy(
    r"(?:[\"“”「『]|(?<![A-Za-z])['‘’])([^\"“”‘’「」『』]{2,}?)(?:[\"“”」』]|['‘’](?![A-Za-z]))"
)
_SEARCH_VERB = (
    r"\b(?:mention(?:s|ed)?|contain(?:s|ed)?|include(?:s|d)?|say(?:s)?|said|use(?:s|d)?|"
    r"reuse(?:s|d)?|repeat(?:s|ed)?|feature(?:s|d)?|the (?:word|phrase|term)s?)\b"
)
_SEARCH = lazy(_SEARCH_VERB, re.I)
_ZH_LACKS = lazy(r"(?<!有)没有|不含|不包含|没提到|没有提到|未提到|没提及|不带")
# "have X in them", "with X in it", "without X", "neither X nor Y": words a theme holds
_HOLDING = lazy(
    r"\b(?:in (?:them|it|(?:its|their|the) (?:english |chinese )?themes?)\s*"
    # (a span of years may close it: "…in the theme, up to 2025")
    r"(?:,?\s*(?:up to|up until|through|until|till|by|as of|before|since|after|from)\s+"
    r"(?:the end of\s+)?(?:19|20)\d{2})?\s*[?.!]*\s*$"
    r"|(?:without|neither|nor)\b)",
    re.I,
)
_SEARCH_WORD = lazy(
    _SEARCH_VERB + r"\s+(?:the (?:word|phrase|term)s?\s+|(?:the|an?)\s+)?([A-Za-z][\w-]*)", re.I
)
_SEARCH_PHRASE = lazy(
    _SEARCH_VERB + r"\s+(?:an?\s+|the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){1,5})\s*[?.!]*\s*$",
    re.I,
)


def _searching(found: Residue) -> Residue:
    return Residue(noise=found.noise, corrected=found.corrected, unknown=())


# before a searched phrase: the theme must not hold it ("but not", "neither", "nor", 没有)
_PHRASE_NOT = lazy(
    r"\b(?:not|without|neither|nor|no|never|excluding|except)\b|n['’]t\b|没有|没|不含|不包含|不带|"
    r"不提|也不|既不|无|不是|而非"
)
_PHRASE_ALL = lazy(r"\bboth\b|\band\b|既|又|同时|都|和|与|及")
_PHRASE_ANY = lazy(r"\beither\b|\bor\b|或|还是")


def _phrase_logic(question: str, phrases: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """Of two or more phrases searched, those the theme must not hold ("'Community' but not
    'Shared Future'", "neither 'Digital' nor 'Intelligent'", 有"数字"但没有"智能"), and
    whether it must hold every other one ("both … and …"); ((), False) for one phrase."""
    if len(phrases) < 2:
        return (), False
    low = question.casefold()
    at = [(low.find(p.casefold()), p) for p in phrases]
    if any(i < 0 for i, _ in at):
        return (), False
    at.sort()
    out: list[str] = []
    joins: list[str] = []
    end = 0
    for i, p in at:
        gap = low[end:i]
        if _PHRASE_NOT.search(gap) or (out and "nor" in gap):
            out.append(p)
        elif end:
            joins.append(gap)
        end = i + len(p)
    kept = [p for _, p in at if p not in out]
    lead = low[: at[0][0]]
    every = bool(_PHRASE_ALL.search(" ".join(joins))) or "both" in lead or "既" in lead
    every = every and not any(_PHRASE_ANY.search(j) for j in joins) and len(kept) > 1
    return tuple(out), every


_NEAREST_FIGURE = lazy(
    r"\b(?:closest|nearest|close)\s+to\s+(\d[\d,]*)\b|(?:跟|和|与|同)(\d+)最?接近|最接近(\d+)", re.I
)


def _searched(question: str, r: Reading, lex: Lexicon) -> tuple[str, ...]:
    """What a question searches the themes for: its quoted words ("used the word
    'intelligent'"), or the word it says they mention ("mentions AI"); () for a theme asked
    of an edition."""
    searching = _SEARCH.search(question) is not None or any(
        z in r.text.compact
        for z in (
            "包含",
            "提到",
            "带有",
            "含有",
            "里有",
            "主题有",
            "主題有",
            "有没有",
            "有冇",
            "有无",
            "里带",
            "带“",
            '带"',
            "含“",
            '含"',
            "出现",
            "用了",
            "用到",
        )
    )
    # ("which themes have neither 'Digital' nor 'Intelligent'", 有"数字"但没有"智能": two
    # quoted words of a theme question are searched for, whatever the verb)
    # (and one quoted word a theme is said to hold: 'which themes have "digital" in them')
    quotes = len(_ALL_QUOTES.findall(question))
    holds = _HOLDING.search(question) is not None or _WITH_QUOTE.search(question) is not None
    searching = searching or quotes >= 2 or (quotes == 1 and holds)
    # (a quoted word in a Chinese question about the themes: 主题不含“共同体”)
    # (主题是“…”的是哪一届 names the whole theme: a look-up of it, no search)
    searching = searching or (
        quotes == 1
        and r.text.han > 0
        and not _ALL_QUOTES.findall(question)[0].isascii()
        and not any(z in r.text.compact for z in ("主题是", "主题为", "主题叫", "主題是"))
    )
    han = _HAN_RUN.findall(question) if r.text.han else []
    if han and not _ALL_QUOTES.search(question):
        # "first theme with 携手 in it", 哪些主题有携手: the Chinese words some Chinese theme
        # holds, searched as if quoted (the longest such stretch of each run)
        held_zh = [w for w in (_in_themes(run, lex) for run in han) if w]
        # (an English word of the themes beside it, "Digital … but no 数字": not this)
        english = any(w in lex.theme_index and w not in lex.stop for w in r.content)
        holding = _HOLDING.search(question) is not None or _WITH_QUOTE.search(question) is not None
        if held_zh and not english and (searching or holding or not r.text.chinese):
            return tuple(held_zh)
    if not searching and _HOLDING.search(question) and not _ALL_QUOTES.search(question):
        # "which themes have neither digital nor future in them", "themes without digital":
        # the words of some theme, unquoted, as they were said
        held = tuple(dict.fromkeys(w for w in r.words if w in lex.theme_index))
        return held if 0 < len(held) <= 3 else ()
    if not searching:
        return ()
    asked = re.split(r"\b(?:instead of|rather than)\b", question, maxsplit=1, flags=re.I)[0]
    quoted = tuple(q.strip() for q in _ALL_QUOTES.findall(asked) if q.strip())
    if quoted:
        # (and a Chinese word of the themes beside them, unquoted: '"Digital" but not 数字')
        outside = _ALL_QUOTES.sub(" ", asked)
        more = [w for w in (_in_themes(run, lex) for run in _HAN_RUN.findall(outside)) if w]
        return quoted + tuple(w for w in more if w not in quoted)
    m = _SEARCH_PHRASE.search(question)
    if m is not None:
        # "mention a community of common future": the words together, where each is a word
        # of some theme (a phrase searched as written)
        words = [w for w in m[1].lower().split() if w not in lex.stop]
        if len(words) > 1 and all(w in lex.theme_index for w in words):
            return (m[1],)
    m = _SEARCH_WORD.search(question)
    word = m[1] if m else ""
    return (word,) if word and word.lower() not in lex.stop else ()


# "the first theme with "Shared Future"", "themes containing 'digital'": one quoted word held
_WITH_QUOTE = lazy(
    r"\b(?:with|containing|including|mentioning|featuring|using|uses|used|has|have|had)\s+"
    r"(?:the\s+(?:words?|phrases?|terms?)\s+)?(?:[\"“'‘]|(?=[\u4e00-\u9fff]))",
    re.I,
)
_HAN_RUN = lazy(r"[\u4e00-\u9fff]{2,}")


def _in_themes(run: str, lex: Lexicon) -> str:
    """The longest stretch (two characters or more) of ``run`` that some Chinese theme holds,
    or ""."""
    themes = [t for _, t in lex.themes_zh]
    for size in range(len(run), 1, -1):
        for i in range(len(run) - size + 1):
            part = run[i : i + size]
            if any(part in t for t in themes):
                return part
    return ""


_DAY_RANGE = lazy(
    r"\b(?:between|from)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|till|until|-)\s+"
    r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b"
    # (not "from the 1st to the 6th edition": editions, not days)
    r"(?!\s+(?:editions?|summits?|conferences?|ones?)\b)",
    re.I,
)
_DAYS_SPAN = lazy(r"\b(\d{1,2})(?:st|nd|rd|th)\s*[-–~]\s*(\d{1,2})(?:st|nd|rd|th)\b")
_ZH_DAY_RANGE = lazy(r"(\d{1,2})[日号]?(?:到|至|-|~)(\d{1,2})[日号]")


_PARTS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}
_HALVES = {
    "first": (1, 15),
    "1st": (1, 15),
    "second": (16, 31),
    "2nd": (16, 31),
    "latter": (16, 31),
}


def _month_part(
    r: Reading, lex: Lexicon, days: tuple[int, ...]
) -> tuple[int, tuple[int, int]] | None:
    found = _month_part_of(r, lex, days)
    if found is None:
        return None
    month, (a, b) = found
    last = month_end(2000, month)
    return (month, (a, min(b, last))) if 1 <= a <= min(b, last) else None


def _month_part_of(
    r: Reading, lex: Lexicon, days: tuple[int, ...]
) -> tuple[int, tuple[int, int]] | None:
    """A part of a named month: (11, (16, 31)) for "the second half of November", "late
    November", "after November 15"; (11, (1, 10)) for "between November 1 and November 10"."""
    w = r.words
    for i, word in enumerate(w):
        month = lex.months.get(word)
        if month is None:
            continue
        before = w[i - 1] if i else ""
        if before in _PARTS:  # "late November", "mid November"
            return month, _PARTS[before]
        if before == "of" and i >= 2:
            head = w[i - 2]
            if head == "half" and i >= 3 and w[i - 3] in _HALVES:  # "the second half of"
                return month, _HALVES[w[i - 3]]
            if head in _PARTS:  # "the end of November"
                return month, _PARTS[head]
        after = w[i + 1] if i + 1 < len(w) else ""
        if after.isdigit() and 1 <= int(after) <= 31 and before in ("after", "before"):
            d = int(after)  # "after November 15", "before November 10"
            return month, ((d + 1, 31) if before == "after" else (1, d - 1))
    if "between" in r.word_set and len(days) == 2 and days[0] < days[1] and len(r.months) == 1:
        return r.months[0], (days[0], days[1])  # "between November 1 and November 10"
    return None


def _month_edge(r: Reading, lex: Lexicon) -> tuple[int, ...] | None:
    """The months before (after) a month said alone or with its first (last) day: "before
    December", "before November 1", "after November", "after November 30"; None if none."""
    w = r.words
    for i, word in enumerate(w):
        month = lex.months.get(word)
        if month is None or i == 0:
            continue
        side = w[i - 1]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        day = (
            int(nxt[:-2] if nxt[-2:] in ("st", "nd", "rd", "th") else nxt)
            if nxt[:1].isdigit()
            else 0
        )
        if day and not nxt.rstrip("stndrh").isdigit():
            return None
        end = month_end(2001, month)
        if side in ("before", "until", "till") and day in (0, 1) and month > 1:
            return tuple(range(1, month))
        if side == "after" and day in (0, end) and month < 12:
            return tuple(range(month + 1, 13))
    return None


def _day_range(question: str, r: Reading, lex: Lexicon) -> tuple[int, int] | None:
    """A range of days of the month named: "between the 1st and the 15th of November",
    11月1日到15日."""
    m = (
        _DAY_RANGE.search(question)
        or _DAYS_SPAN.search(question)
        or (_ZH_DAY_RANGE.search(question) if r.text.han else None)
    )
    if m is None:
        return (1, 7) if "first week" in " ".join(r.words) else None  # "the first week of"
    a, b = int(m[1]), int(m[2])
    return (a, b) if 1 <= a < b <= 31 else None


# "the first edition with more than 125 countries", "the last one to have…": a selection
_THAN_YEAR_SAID = lazy(r"\bthan (?:the |in |that of )?((?:19|20)\d\d)\b", re.I)
_FIRST_WITH = lazy(
    r"\b(?:first|last|latest|earliest)\b[^?.!]*?\b(?:with|to have|to reach|to exceed|to top|"
    r"to pass|to draw|that had|which had|where|hold|have|reach|draw|attract|see|exceed)\b"
    r"|\b(?:first|last)\s+(?:had|drew|saw|got|topped|exceeded|passed|reached|attracted|broke|"
    r"crossed|hit)\b"
    r"|\b(?:first|last|latest|most recent) time\b[^?.!]*?"
    r"\b(?:had|drew|saw|got|attracted|was|were|came|attended|joined|participated|took part|"
    r"showed up|turned up|exhibited|signed up)\b"
    # 参会人数首次超过2000, 最近一次分论坛少于20个, 分论坛少于20个的最后一届
    r"|(?:首次|第一次|头一次|最近一次|最后一次|上一次)(?=.*(?:超过|多于|高于|突破|少于|低于|不到|不足))"
    r"|(?:超过|多于|高于|突破|少于|低于|不到|不足).*的(?:第一届|首届|最后一届|最近一届)",
    re.I,
)
# a comma between digits is a thousands separator ("1,800"), no clause break
_CLAUSES = lazy(
    r"\b(?:and|but|while|plus|yet)\b|(?<!\d)[,，]|[,，](?!\d{3})|[;；、]|并且|而且|同时|且|但"
    r"|(?<!国家)和(?!地区)",  # (国家和地区: one figure, the countries and regions)
    re.I,
)
_FIGURES = lazy(r"(?<![\d,])\d[\d,]*")


# "did every edition with 24 sub-forums last 4 days?", "were all summits having more than 2,000
# guests longer than 3 days?": the editions a figure selects, then what is claimed of them
SELECTED = lazy(
    r"\b(?:every|all|each|both)\b(?:\s+(?:of\s+)?the)?\s+(?:[\w-]+\s+)?"
    r"(?:editions?|summits?|ones?|conferences?)\s+"
    r"(?:with|that\s+had|having|which\s+had|that\s+lasted|lasting)\s+"
    r"(?P<sel>(?:(?:more|fewer|less)\s+than|over|under|at\s+least|exactly|only)?\s*"
    r"[\d,]+\+?\s+[\w-]+)\s+(?P<claim>[^?]+)",
    re.I,
)


def selected_claim(
    question: str, r: Reading, lex: Lexicon
) -> tuple[tuple[str, str, str, int], ...]:
    """ "Did every edition with 24 sub-forums last 4 days?": the selection's condition, then
    the claim's (two figures); () where the question is not of that shape."""
    if r.word_set.isdisjoint(_EVERY | {"both"}) or (m := SELECTED.search(question)) is None:
        return ()
    claim = m["claim"]
    if claim.casefold().startswith("last "):  # "…last 4 days": lasted (not "the last")
        claim = f"lasted {claim[5:]}"
    if "lasted" in m[0].casefold().split(m["sel"].casefold())[0]:
        sel = f"lasted {m['sel']}"  # "all editions that lasted 4 days …"
    else:
        sel = m["sel"]
    return _conditions(f"{sel} and {claim}", lex)


def _conditions(question: str, lex: Lexicon) -> tuple[tuple[str, str, str, int], ...]:
    """The conditions of a question that puts one on each of two figures ("2000+ attendees
    and at least 20 sub-forums"), read clause by clause; () unless two or more distinct
    figures each carry a number."""
    from .understand import read  # the parse reads each clause as a question of its own

    found: list[tuple[str, str, str, int]] = []
    for clause in _CLAUSES.split(question):
        if not any(ch.isdigit() for ch in clause):
            continue
        r = read(clause, lex)
        attributes = [a for a in _attributes(r, clause, (), False) if _counted((a,))]
        if not attributes and (
            (r.text.han and _ZH_PEOPLE.search(clause)) or _measure(r, lex) == "places"
        ):
            attributes = ["attendance"]  # "超过1800人": people; "国家超过120个": countries
        number = claimed_number(zh_figures(clause, lex.zh_numerals), r, lex)
        if len(attributes) != 1 or number is None:
            continue
        comparator = comparator_of(r) or "exact"
        if re.search(r"\d\s*\+", clause):
            comparator = "least"  # "120+ countries": at least 120
        zh = r.text.compact if r.text.han else ""
        pairs = zip(r.words, r.words[1:], strict=False)
        english = any(a == "at" and b == "least" for a, b in pairs)
        if (english and comparator != "less") or any(z in zh for z in ("至少", "不少于", "以上")):
            comparator = "least"
        if number in lex.edition_years and re.search(rf"\bthan (?:in )?{number}\b", clause):
            comparator += "@"  # "more countries than 2022": that edition's figure, not 2,022
        found.append((attributes[0], _measure(r, lex), comparator, number))
    distinct = {(a, m) for a, m, _, _ in found}
    return tuple(found) if len(found) >= 2 and len(distinct) == len(found) else ()


_PER_EDITION = frozenset(
    {"edition", "editions", "summit", "summits", "year", "years", "one"}
    | {"conference", "conferences", "forum", "event", "events"}
)
# words between "per" and "day" that leave it a day of the edition ("per session day")
_DAY_KINDS = frozenset({"session", "conference", "summit", "event", "single", "calendar"})
_EACH = frozenset({"each", "every", "a", "an"})
# "每天的分论坛", 日均嘉宾: one figure over the edition's days
_PER_DAY_ZH = ("每天", "每日", "日均", "每一天", "一天")
# 每个参展国家的企业, 平均每个国家几家: over the countries
_PER_COUNTRY_ZH = (
    "每个国家",
    "每个参展国家",
    "每个参会国家",
    "每个国家和地区",
    "每个参展国家和地区",
    "每国",
)


def _each_day(words: tuple[str, ...], i: int) -> bool:
    """ "sub-forums each day", "guests a day", "every session day": per day, after a figure."""
    if words[i] not in _EACH or i == 0:
        return False
    rest = [w for w in words[i + 1 : i + 3] if w not in _DAY_KINDS]
    return bool(rest) and rest[0] == "day"


def per_day_asked(r: Reading) -> bool:
    """Whether "per day" is asked, of whatever figure ("and per day?", 每天平均几个？)."""
    words = r.words
    for i, w in enumerate(words):
        if w == "per" or _each_day(words, i):
            rest = [x for x in words[i + 1 : i + 3] if x not in _DAY_KINDS]
            if rest[:1] == ["day"]:
                return True
    return "daily" in r.word_set or any(z in r.text.compact for z in _PER_DAY_ZH)


def _per_item_zh(zh: str, lex: Lexicon) -> str:
    """每个分论坛, 每场论坛: the counted kind of fact named after 每个 ("" where none)."""
    for lead in ("每个", "每场", "每一个", "每一场"):
        at = zh.find(lead)
        if at < 0:
            continue
        after = zh[at + len(lead) :]
        for word, intent in lex.intent_zh_at.get(after[:1], ()):
            if after.startswith(word) and intent.startswith("attr:") and intent in lex.counted:
                return intent
    return ""


def _per_day_zh(r: Reading, lex: Lexicon) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """哪届每天的分论坛最多, 2019年日均嘉宾: the figure asked over the edition's days;
    每个参展国家的企业: the companies over the countries they came from."""
    zh = r.text.compact
    owner = next((a for a in sorted(r.signalled) if a.startswith("attr:")), "")
    owner = owner or ("attendance" if "attendance" in r.signalled else "")
    if not owner:
        return None
    if any(z in zh for z in _PER_COUNTRY_ZH):
        return (owner, "people"), (owner, "places")
    if "attendance" in r.signalled and (item := _per_item_zh(zh, lex)):
        # 哪一届平均每个分论坛嘉宾最多: the guests over that kind's count
        return ("attendance", "people"), (item, "people")
    if not any(z in zh for z in _PER_DAY_ZH):
        return None
    kind = "places" if "国家" in zh else "people"
    return (owner, kind), ("duration", "people")


def _per(r: Reading, lex: Lexicon) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """One figure per another of the same edition ("attendees per sub-forum", "companies per
    exhibiting country", "attendees per country/region"): each side's (attribute, kind);
    None for "per edition" (an average) or where a side names no figure."""
    words = r.words
    at = next((i for i, w in enumerate(words) if w == "per" or _each_day(words, i)), -1)
    if at < 0:
        return _per_day_zh(r, lex) if r.text.han else None
    before, after = words[:at], words[at + 1 : at + 4]
    while after and after[0] in _DAY_KINDS:  # "per session day", "each conference day"
        after = after[1:]
    if not after or after[0] in _PER_EDITION:
        return None
    if after[0] in ("expo", "expos") and after[1:2] not in [(w,) for w in lex.figure_words]:
        return None  # "foreign exhibitors per expo": per edition ("per expo country" is not)

    def side(part: tuple[str, ...], last: bool) -> tuple[str, str] | None:
        ordered = list(reversed(part) if last else part)
        for w in ordered if not last else ():
            if (kind := lex.figure_words.get(w)) is not None:
                # "per exhibiting country": the places of the fact asked, or attendance's
                owner = next((a for a in r.signalled if a.startswith("attr:")), "attendance")
                return owner, kind
        named = [n for w in ordered for n in lex.intent_words.get(w, ()) if _counted((n,))]
        if not named:
            return None
        if not last:
            return named[0], "people"
        # "countries per day": the countries of the figure, not its people; "exhibitor
        # countries per day": the expo's
        kinds = [lex.figure_words[x] for x in part[-2:] if x in lex.figure_words]
        owner = next((n for n in named if n.startswith("attr:")), named[0])
        return owner, kinds[0] if kinds else "people"

    dividend = side(before, True)
    if dividend is None:
        # "was 2024 busier per day than 2023 in sub-forums?": the figure named elsewhere
        named = sorted(a for a in r.signalled if a.startswith("attr:") or a == "attendance")
        dividend = (named[0], "people") if len(named) == 1 else None
    # "exhibitors per day": over the edition's length in days
    divisor = ("duration", "people") if after[0] in ("day", "days") else side(after, False)
    if dividend is None or divisor is None or dividend == divisor:
        return None
    return dividend, divisor


_LEAVING_OUT = lazy(
    r"\b(?:leav(?:e|ing)|left|take|taking|keep|keeping|put|putting|setting|set)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d(?:\s*(?:,|and)\s*)?)+\s*(?:(?:one|edition|forum|summit)\s+)?"
    r"(?:out|aside)\b",
    re.I,
)
_NOT = frozenset(
    {"not", "didn", "never", "isn", "wasn", "weren", "don", "doesn", "aren"}
    | {"dont", "doesnt", "didnt", "isnt", "wasnt", "werent", "arent"}  # typed without "'"
)
_NEIGHBOUR_KINDS = frozenset({"previous", "following", "next"})


def _month_in(r: Reading, lex: Lexicon) -> bool:
    """Whether a month is named as when: "in November", "during October", "of December",
    or before what it selects ("the latest November opening", "which December edition")."""
    words = r.words
    return any(
        w in lex.months
        and (
            (i > 0 and words[i - 1] in ("in", "during", "of", "across", "within"))
            or (i + 1 < len(words) and words[i + 1] in _MONTH_SELECTS)
        )
        for i, w in enumerate(words)
    )


# (not "one": "i think it was the november one" names an edition, it selects none)
_MONTH_SELECTS = frozenset({"opening", "openings", "edition", "editions", "summit", "summits"})


def _not_in_month(r: Reading, lex: Lexicon) -> bool:
    """ "which editions did not open in December", "didn't take place in November": the
    negation a few words before the month (not "in November, which did not have…")."""
    if _NOT.isdisjoint(r.word_set):
        return False
    words = r.words
    month = next((i for i, w in enumerate(words) if w in lex.months), -1)
    return any(w in _NOT and 0 < month - i <= 5 for i, w in enumerate(words[:month]))


def _span_ends(refs: tuple[Ref, ...], span: tuple[int, int] | None) -> bool:
    """Whether the editions named are only the ends of the years the question spans ("from
    2014 to 2025", "up to 2025")."""
    if span is None or not refs:
        return False
    said = {(ref.kind, ref.value) for ref in refs}
    if span[0] == 0 or span[1] == 9999:  # "up to 2025", "since 2020": its one end
        return said <= {("year", span[0]), ("year", span[1])}
    return len(refs) == 2 and said == {("year", span[0]), ("year", span[1])}


def negated(r: Reading) -> bool:
    """Whether the question says "not" (不是)."""
    return _negated(r)


def _negated(r: Reading) -> bool:
    return not _NOT.isdisjoint(r.word_set) or (r.text.han > 0 and "不是" in r.text.compact)


def _no_weekend(r: Reading) -> bool:
    """Whether "no" (没) is said of the weekend: "had no weekend day", 一天周末都没有."""
    if r.text.han:
        zh = without_asking_both(r.text.compact)
        return "周末" in zh and ("没" in zh or "无" in zh)
    w = r.words
    return any(a == "no" and "weekend" in b for a, b in pairwise(w))


def _weekend(r: Reading, lex: Lexicon) -> str:
    """Which day a weekend (or a weekday, ``_on_weekdays``) is asked of: the closing day,
    the opening day, or any day."""
    return day_asked(r, lex) if "weekend" in r.cues or _on_weekdays(r) else ""


def _on_weekdays(r: Reading) -> bool:
    """ "How many editions started on a weekday?", 工作日: Monday to Friday, the weekend's
    complement."""
    if "weekend" in r.cues:
        return False
    if r.text.han:
        return "工作日" in r.text.compact
    if "weekday" not in r.text.clean:
        return False  # most questions
    w = r.words
    # "on a weekday", "on weekdays" — not "what weekday was it?"
    return "weekdays" in r.word_set or any(
        b == "weekday" and a in ("a", "on") for a, b in pairwise(w)
    )


_NO_REF: tuple[Ref | None, float, str] = (None, 1.0, "")
_TALKED = frozenset({"that", "it", "this"})
_YEAR_OR_MEAN = r"(?:the\s+)?(average|mean|(?:19|20)\d{2})(?:'s|s)?\b"
_THAN = lazy(
    r"\b(more|fewer|less|bigger|larger|smaller|greater|higher|lower|longer|shorter)\b"
    rf"[^?.!]*?\bthan\s+{_YEAR_OR_MEAN}",
    re.I,
)
_AS = lazy(
    r"\b(?:(twice|double|thrice|two times|three times|half)\s+)?as\s+(?:many|much|big|large|long)"
    rf"\b[^?.!]*?\bas\s+(?:in\s+|at\s+)?{_YEAR_OR_MEAN}",
    re.I,
)
_SAME = lazy(rf"\bsame\b[^?.!]*?\bas\s+{_YEAR_OR_MEAN}", re.I)
_ABOVE = lazy(
    r"\b(above|below|over|under|vs\.?|versus|compared (?:with|to)|against)[\s-]+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:average|mean)\b",
    re.I,
)
# "above that" after an average: the figure the last answer gave (the follow-up supplies it)
_ABOVE_THAT = lazy(
    r"\b(above|below|over|under|more than|fewer than|less than|higher than|lower than)"
    r"\s+(?:that|this|it)\b",
    re.I,
)
_ZH_THAN = lazy(r"比(平均|(?:19|20)\d{2})年?(?:的)?[^，,。？?]*?(多|少|高|低|大|小|长|短)")
_ZH_ABOVE = lazy(r"(高于|低于|超过|多于|少于|不到)(?:历届)?平均|平均(?:水平|数)?(以上|以下)")
_FACTORS = {
    "twice": 2.0,
    "double": 2.0,
    "doubled": 2.0,
    "triple": 3.0,
    "tripled": 3.0,
    "quadruple": 4.0,
    "quadrupled": 4.0,
    "halve": 0.5,
    "halved": 0.5,
    "two times": 2.0,
    "three times": 3.0,
    "thrice": 3.0,
    "half": 0.5,
}
_LESS_WORDS = frozenset({"fewer", "less", "smaller", "lower", "shorter", "below", "under"})


def _reference(
    question: str, r: Reading, refs: tuple[Ref, ...], lex: Lexicon
) -> tuple[Ref | None, float, str]:
    """What each figure is compared with ("than 2016", "above average", "twice as many as
    2015", 比平均多), the factor and the comparator; (None, 1, "") for none. A year is a
    reference only where no other edition is asked ("did 2016 have more than 2015?" compares
    the two, as before)."""

    def target(text: str) -> Ref | None:
        if text.isdigit() and not _TALKED.isdisjoint(r.word_set):
            return None  # "how many more than 2018 is that?": the edition talked about, compared
        if text.isdigit():
            year = int(text)
            others = [ref for ref in refs if ref != Ref("year", year)]
            return Ref("year", year) if year in lex.edition_years and not others else None
        return Ref("average")

    if r.text.han:
        zh = r.text.compact.translate(lex.zh_table)
        if m := _ZH_THAN.search(zh):
            ref = target("average" if m[1] == "平均" else m[1])
            less = m[2] in "少低小短"
            return (ref, 1.0, "less" if less else "more") if ref else _NO_REF
        if m := _ZH_ABOVE.search(zh):
            less = (m[1] or "") in ("低于", "少于", "不到") or m[2] == "以下"
            return Ref("average"), 1.0, "less" if less else "more"
        return _NO_REF
    if question.isascii() and not _may_refer(question.lower()):
        return _NO_REF  # most questions: none of the wordings below can be in them
    if m := _ABOVE.search(question):
        side = m[1].lower()
        if side not in ("above", "below", "over", "under"):
            return Ref("average"), 1.0, ""  # "2014's sub-forums vs the average": which side
        return Ref("average"), 1.0, "less" if side in _LESS_WORDS else "more"
    if (m := _ABOVE_THAT.search(question)) and not refs:
        less = m[1].split()[0].lower() in _LESS_WORDS
        return Ref("that"), 1.0, "less" if less else "more"
    if m := _THAN.search(question):
        ref = target(m[2].lower())
        less = m[1].lower() in _LESS_WORDS
        return (ref, 1.0, "less" if less else "more") if ref else _NO_REF
    if m := _AS.search(question):
        ref = target(m[2].lower())
        if ref is None:
            return _NO_REF
        if m[1]:  # "twice as many as 2015": that many or more
            more = "more than" in question[: m.start()].lower()[-12:]
            return ref, _FACTORS[m[1].lower()], "more" if more else "least"
        return ref, 1.0, "exact"  # "as many as 2019"
    if m := _SAME.search(question):  # "the same number of sub-forums as 2019"
        ref = target(m[1].lower())
        return (ref, 1.0, "exact") if ref else _NO_REF
    return _NO_REF


def _may_refer(low: str) -> bool:
    """Whether a lower-case ASCII question holds what the patterns ``_reference`` tries
    need: "average" or "mean", "than", "same", "as" with a measure word, or "above"…
    "that"; without, none of them can match (checked by substring: far quicker)."""
    return (
        "average" in low
        or "mean" in low
        or "than" in low
        or "same" in low
        or ("as" in low and any(w in low for w in ("many", "much", "big", "large", "long")))
        or (
            any(w in low for w in ("above", "below", "over", "under"))
            and ("that" in low or "this" in low or "it" in low)
        )
    )


_DIFFERENCE = frozenset({"difference", "different", "differ", "gap", "minus"})


_RANKED = lazy(r"^(\d+)(?:st|nd|rd|th)$")
_ZH_RANKED = lazy(
    r"第([二三四五六七八九十\d]+)(?:多|大|高|长|少|小|低|短)|排(?:名|在)?第([二三四五六七八九十\d]+)"
)


def _position(r: Reading, lex: Lexicon) -> int:
    """A place in a ranking the question asks: 2 for "the second biggest", "3rd most", 第二多;
    0 for none (a plain superlative or none at all)."""
    words = r.words
    for i in range(len(words) - 1) if not lex.cue_words.keys().isdisjoint(words) else ():
        w = words[i]
        cues = lex.cue_words.get(words[i + 1], ())
        if "most" not in cues and "least" not in cues:
            continue
        n = lex.ordinals.get(w) or (int(m[1]) if (m := _RANKED.match(w)) else 0)
        if n >= 2 and not _counted_back(words, i + 1, lex):
            return n
    if r.text.han and (m := _ZH_RANKED.search(r.text.compact)):
        digits = m[1] or m[2]  # 第二多, 排第二
        return int(digits) if digits.isdigit() else lex.zh_numerals.get(digits, 0)
    return 0


_GAP_WORDS = frozenset({"gap", "gaps", "apart", "wait", "interval", "between"})


def _top(r: Reading, lex: Lexicon) -> tuple[int, str]:
    """The first N of a ranking the question asks, and its direction: (3, "most") for "the
    top 3", "the three biggest expos", "which 2 editions had the fewest forums"; (0, "")
    for none."""
    words, cues = r.words, set(r.cues)
    if not {"most", "least"} & cues and "top" not in r.word_set:
        return 0, ""
    if r.text.han and (m := _ZH_TOP.search(r.text.compact)):
        # "分论坛最少的三届", "参会人数最多的前两届": the first N of the ranking
        top = lex.zh_numerals.get(m[2]) or (int(m[2]) if m[2].isdigit() else 0)
        if 2 <= top <= 20:
            return top, "least" if m[1] in "少低小短" else "most"
    n = len(words)
    for i, w in enumerate(words):
        count = number_word(w, lex, roman=False) if not w.isdigit() or len(w) <= 2 else None
        if count is None or not 2 <= count <= 20 or i + 1 >= n:
            continue
        before, after = words[i - 1] if i else "", words[i + 1]
        order = lex.cue_words.get(after, ())
        if before in ("top", "bottom"):
            return count, "least" if before == "bottom" or "least" in order else "most"
        if ("most" in order or "least" in order) and not _counted_back(words, i + 1, lex):
            return count, "least" if "least" in order else "most"  # "the three biggest"
        edition_noun = after in _EDITION_NOUNS or after in lex.event_nouns
        # "which 2 editions had the most…", "the 3 editions with the most…" (not "of the 3
        # editions from 2016 to 2019, which had the most…": among those)
        among = i >= 2 and words[i - 2] == "of"
        # ("which two editions had the longest gap between openings?": the pair around it)
        pair = count == 2 and not r.word_set.isdisjoint(_GAP_WORDS)
        if before in ("which", "the") and edition_noun and not among and not pair:
            return count, "least" if "least" in cues else "most"
    return 0, ""


def _calendar_position(r: Reading, lex: Lexicon) -> int:
    """A place in the year's order: 2 for "the second earliest opening in the year" (not the
    2nd edition); 0 for none."""
    words = r.words
    for i in range(len(words) - 1):
        if words[i + 1] in ("earliest", "latest"):
            n = lex.ordinals.get(words[i]) or (int(m[1]) if (m := _RANKED.match(words[i])) else 0)
            if n >= 2:
                return n
    return 0


def _counted_back(words: tuple[str, ...], i: int, lex: Lexicon) -> bool:
    """Whether a counting-back phrase ("most recent") starts at ``i``: "the second most
    recent" is a position counted from the latest edition, not in a ranking."""
    seconds = lex.from_last.get(words[i])
    if seconds is None:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        for phrase, _ in (seconds.get(after) or seconds.get("", ()))
    )


def _counted(attributes: tuple[str, ...]) -> bool:
    for a in attributes:  # noqa: SIM110 (a loop: quicker than any(), asked a dozen times)
        if a in _NUMERIC or a.startswith("attr:"):
            return True
    return False


def _asked_op(r: Reading) -> str:
    """An aggregate named without a figure ("and the average?"): a follow-up supplies it."""
    return next((op for op in FOLDS if op in r.cues), "") if r.cues else ""


# (with the series' own nouns and short name, from the vocabulary)
_NTH_NOUNS = frozenset({"edition", "editions", "one", "ones", "event", "events"})
# what selects among the editions after "the second edition …": "held in", "with", "to last"
_SELECTING = frozenset({"held", "with", "to", "that", "which", "having", "where", "in", "on"})
_STRONG = frozenset({"with", "to", "that", "which", "having", "where"})  # never "in 2014"


_SPAN_KINDS = frozenset({"ordinal", "latest", "from_last"})
_AROUND = frozenset({"after", "before", "since"})
_ZH_FIGURE = lazy(r"[\d〇零一二两三四五六七八九十百千]+\s*(?:个|家|人|名|项|天|位)")
_ZH_NTH = lazy(r"(?P<edge>最后|前)(?P<n>[一二两三四五六七八九十\d]{1,2})?届|(?P<first>第一|首)届")
_ZH_ASKS_NTH = ("哪", "平均", "一共", "总共", "合计", "加起来")


def nth_such(r: Reading, lex: Lexicon) -> tuple[int, int, bool] | None:
    """ "The second edition held in December" (2, 1), "the first three editions with 20
    sub-forums" (1, 3), "the last two held in December" (-1, 2): a place among the editions
    a condition selects, not the edition of that number. None where no condition follows."""
    words = r.words
    if r.text.han:
        # 2016年之后第一次在十二月举办, 最后一次在星期日开幕: the first (last) such edition
        zh = r.text.compact
        if r.months or weekday_of(r, lex) is not None:
            if any(z in zh for z in ("第一次", "首次", "头一次")):
                return 1, 1, False
            if "最后一次" in zh:
                return -1, 1, False
        # 有20个分论坛的最后两届, 第一届超过500家企业参展的, 前两届在十一月举办的: a place
        # among those a condition selects, asked which (哪) or folded (平均, 一共)
        conditioned = bool(r.months) or weekday_of(r, lex) is not None or _ZH_FIGURE.search(zh)
        asks = conditioned and any(z in zh for z in _ZH_ASKS_NTH)
        if asks and (m := _ZH_NTH.search(zh)):
            count = zh_number(m["n"], lex.zh_numerals) if m["n"] else 1
            if count:
                return (-1 if m["edge"] == "最后" else 1), count, False
    nouns = _NTH_NOUNS | lex.event_nouns | {lex.short, f"{lex.short}s"}
    if r.word_set.isdisjoint(nouns) and r.word_set.isdisjoint(_SELECTING):
        return None  # most questions: no "edition" and nothing that selects after it
    for i, w in enumerate(words[:-2]):
        if w in lex.last_n:
            at = -1
        elif w in lex.ordinals and lex.ordinals[w] > 0:
            at = lex.ordinals[w]
        elif ORDINAL.fullmatch(w) and 0 < int(w[:-2]) < 20 and i and words[i - 1] == "the":
            at = int(w[:-2])  # "the 2nd edition with 20 sub-forums"
        else:
            continue
        j, count = i + 1, 1
        n = number_word(words[j], lex, roman=False) if not words[j].isdigit() else None
        if n is not None and 1 < n < 20:
            j, count = j + 1, n
        if count > 1 and j + 1 < len(words) and words[j] in _SELECTING:
            return at, count, words[j] in _STRONG  # "the last two held in December"
        if j + 2 < len(words) and words[j] in nouns and words[j + 1] in _SELECTING:
            return at, count, words[j + 1] in _STRONG
        # "the first edition after 2020 held in November": a year, then the condition
        k = j + 3
        dated = k + 1 < len(words) and words[j] in nouns and words[j + 2].isdigit()
        if dated and words[j + 1] in _AROUND and words[k] in _SELECTING | {"to"}:
            return at, count, False
        # "the last edition up to 2025 to last three days": two words before the year
        k += 1
        upto = k + 1 < len(words) and words[j] in nouns and words[j + 1 : j + 3] == ("up", "to")
        if upto and words[j + 3].isdigit() and words[k] in _SELECTING | {"to"}:
            return at, count, False
    return _first_of_length(words, lex, nouns)


def _first_of_length(
    words: tuple[str, ...], lex: Lexicon, nouns: frozenset[str] | set[str]
) -> tuple[int, int, bool] | None:
    """ "The first four-day summit", "when did they first stretch it to four days": the
    first of the editions that long (1, 1) — not "the first summit", which is the 1st."""
    if "first" not in words:
        return None
    i = words.index("first")
    after = words[i + 1 : i + 4]
    if len(after) == 3 and after[1] == "day" and after[2] in nouns and _is_number(after[0], lex):
        return 1, 1, False  # "the first four-day summit"
    adverb = i > 0 and (words[i - 1] in nouns or words[i - 1] in _SUBJECT_WORDS)
    if adverb and any(
        w in ("day", "days") and k > i + 1 and _is_number(words[k - 1], lex)
        for k, w in enumerate(words)
    ):
        return 1, 1, False  # "when did they first stretch it to four days"
    return None


def _is_number(w: str, lex: Lexicon) -> bool:
    return w.isdigit() or number_word(w, lex, roman=False) is not None


_SUBJECT_WORDS = frozenset({"they", "it", "he", "she", "we", "you"})
