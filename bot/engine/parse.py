"""Parsing: a read question (``understand.Reading``) becomes a typed ``Query``.

Each step is a small function of the reading: which attributes are asked (several for a
multi-part question), which operation (look-up, verify, compare…), relative references
("three years ago"), the claim of a yes/no question, and the residue of unused words.
"""

from __future__ import annotations

from collections.abc import Mapping

from .claims import (
    DATE_ASKS,
    claim_of,
    claimed_number,
    claimed_place,
    comparator_of,
    lead_word,
    quoted_span,
    quoted_values,
    tagged,
    weekday_of,
    yes_no_frame,
)
from .lexicon import Lexicon
from .patterns import lazy
from .query import EDITION_ATTRIBUTES, Claim, Operation, Query
from .reading import Reading, Ref
from .residue import residue, without
from .scanning import zh_figures
from .timing import (
    calendar_direction,
    counts_from_end,
    in_the_year,
    month_days,
    relative_years,
    year_range,
)

_EVERY = frozenset({"every", "all", "each"})
_ANY = frozenset({"any", "ever", "anyone"})
_ANY_ZH = ("有没有哪", "有哪一届", "有没有一届", "是否有哪")
_EVERY_ZH = ("历届", "每一届", "每届", "所有届", "每一次", "每次")
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
_new_query = tuple.__new__
_ZH_UNIT = lazy(r"(?:几|多少)(个月|周|星期|年|天)")


def parse(question: str, r: Reading, lex: Lexicon) -> Query:
    """The query a reading asks; never raises."""
    question = zh_figures(question, lex.zh_numerals)  # as the reading took it
    refs = r.refs + relative_years(r, lex)
    calendar = in_the_year(r)
    if calendar:  # "held earliest (or first) in the year": not the first or latest edition
        firsts = ("first", "latest") + (("ordinal",) if "first" in r.word_set else ())
        refs = tuple(ref for ref in refs if ref.kind not in firsts or ref.value > 1)
    span = year_range(question, r)
    if "before" in r.word_set and "year before last" in " ".join(r.words):
        refs = tuple(ref for ref in refs if ref.kind not in ("previous", "latest", "last_year"))
    # "the theme three years ago": "ago" located the edition, it is not what is asked
    skip = ("ago",) if refs and any(ref.kind == "years_ago" for ref in refs) else ()
    attributes = _attributes(r, question, skip, lex)
    if "sources" in attributes and how_many(r):
        # "how many countries did the exhibitors come from?" asks a figure, not a source
        attributes = _attributes(r, question, (*skip, "sources"), lex)
    if r.text.han and "duration" not in attributes and _ZH_DAYS.search(question):
        attributes = ("duration", *attributes)  # "哪一届只开了2天": a length in days
    weekday = weekday_of(r, lex)
    yes_no = yes_no_frame(r, lex)
    if weekday is not None and attributes and attributes[0] in DATE_ASKS:
        # "did it start on a mon or tue?": the weekday is what is asked
        attributes = ("weekday", *(a for a in attributes if a not in DATE_ASKS or a == "end"))
    days = month_days(r, lex) if r.months else ()
    number = claimed_number(question, r, lex)
    if number is not None and not attributes and _measure(r, lex) == "places":
        attributes = ("attendance",)  # "2018年有76个国家吗": the countries that took part
    values = quoted_values(r, lex)
    place_claim = claimed_place(r, attributes, lex) if yes_no else ()
    values += place_claim
    if place_claim and set(attributes) <= {"dates"} and "theme" not in attributes:
        attributes = ("place",)  # what the claim is about
    claim = claim_of(r, refs, attributes, lex, number, values, weekday)
    if claim is not None and days:
        claim = claim._replace(day=days[0], number=None if claim.number in days else claim.number)
    if claim is not None and (quote := quoted_span(question)):
        claim = claim._replace(quote=quote)
    operation = _operation(r, refs, attributes, claim, days, lex, yes_no)
    if calendar and operation == "lookup" and len(refs) < 2:
        operation = "superlative"
    elif span and operation == "compare" and set(r.cues) & {"most", "least"}:
        operation = "superlative"  # "which had the fewest, 2014-2019?": over the range
    elif weekday is not None and not refs and operation == "lookup" and _asks_which(r):
        operation = "filter"  # "which editions started on a Sunday?"
    asks_detail = any(a.startswith("attr:") for a in attributes)
    theme_year = theme_search(r, lex) if not refs and _theme_asked(r, asks_detail) else None
    quoted = values or number is not None
    direction = _direction(r)
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
    position = _position(r, lex)
    if position and operation in ("superlative", "lookup"):
        # "the second biggest expo": a place in the ranking, not the 2nd edition
        refs = tuple(ref for ref in refs if not (ref.kind == "ordinal" and ref.value == position))
        operation = "superlative"
    aggregate, comparator = _aggregate(r, refs, attributes, number, yes_no, span, lex)
    asked_op = "" if aggregate else _asked_op(r)  # "and the average?": the figure follows
    if (
        aggregate in ("filter", "count", "all", "any")
        and (operation in ("superlative", "verify") or (operation == "compare" and len(refs) > 1))
        and comparator != "least"  # "at least 20" is no superlative
    ):
        aggregate = ""  # "which drew more: the 3rd or the 2nd?" compares two editions
    if aggregate:
        operation = "aggregate"
    if span is None and aggregate in ("sum", "average", "rank") and "between" in r.word_set:
        years = sorted(ref.value for ref in refs if ref.kind == "year")
        if len(years) == 2 and len(refs) == 2:
            # "the average between 2021 and 2024": the years between, not the two alone
            span, refs = (years[0], years[1]), ()
    if operation == "filter" and r.word_set & (_HOW_MANY_TIMES | {"never", "not"}):
        # "held in December more than once?", "never held in September?": the list, read by
        # the member; a yes or no would answer a count or a negation
        yes_no = False
    # Built from its fields in order (as Query._make does, without its checks): with 26
    # keywords, Query(...) takes several times as long
    return _new_query(
        Query,
        (
            operation,  # operation
            attributes,  # attributes
            refs,  # refs
            calendar_direction(r) if calendar and direction == "" else direction,  # direction
            _unit(r, lex),  # unit
            r.months,  # months
            days,  # days
            "outside" in r.cues,  # exclude
            claim if operation == "verify" else None,  # claim
            _measure(r, lex),  # measure
            "first" in r.cues,  # first
            theme_year,  # theme_year
            tuple([name for name, _ in r.intents]),  # signals
            number,  # number
            calendar,  # calendar
            span,  # years
            weekday,  # weekday
            counts_from_end(r),  # from_end
            yes_no,  # yes_no
            not _PLURALS.isdisjoint(r.word_set)
            or (r.text.han > 0 and any(z in r.text.compact for z in ("哪些", "哪几"))),  # plural
            not _EVERY.isdisjoint(r.word_set)
            or (r.text.han > 0 and any(z in r.text.compact for z in _EVERY_ZH)),  # every
            values,  # values
            without(residue(question, r, lex), place_claim),  # residue
            aggregate or asked_op,  # aggregate
            comparator,  # comparator
            position,  # position
        ),
    )


def follow(q: Query, previous: Query, kinds: Mapping[str, frozenset[str]]) -> Query:
    """A follow-up ("and the one before?", "what about 2019") repeats the last question's
    operation and attributes for the editions it names; a question of its own stands alone."""
    if q.operation == "compare" and not q.attributes and previous.attributes:
        return q._replace(attributes=previous.attributes)  # "and compared with the one before?"
    if previous.attributes and _counted(previous.attributes):
        vague = not q.attributes or (
            "followup" in q.signals and set(q.attributes) <= {"attendance"}
        )
        if q.operation == "superlative" and vague:
            # "and the smallest?" after "which had the most countries": the same figure
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
    if counted and q.aggregate in ("sum", "average", "rank"):  # "and the average?"
        return q._replace(
            operation="aggregate",
            attributes=previous.attributes,
            measure=previous.measure,
            refs=q.refs or previous.refs,
            years=q.years or previous.years,
        )
    ranked = previous.operation in ("superlative", "aggregate") and previous.attributes
    if q.exclude and q.refs and not q.attributes and ranked:
        # "不算2020年呢?" after "which had the fewest sub-forums": the same, without 2020
        return previous._replace(refs=q.refs, exclude=True)
    if q.attributes or q.operation != "lookup" or not (q.refs or "followup" in q.signals):
        return q
    if previous.operation == "verify" and previous.claim is not None:
        return q._replace(operation="verify", claim=previous.claim, attributes=previous.attributes)
    return q._replace(attributes=previous.attributes)


def _theme_asked(r: Reading, asks_detail: bool = False) -> bool:
    """Whether a theme may be quoted: a theme question, or "which one…" not about a detail."""
    names = dict(r.intents)
    return "theme" in names or ("which" in names and not asks_detail)


def theme_search(r: Reading, lex: Lexicon) -> int | None:
    """The edition whose theme the question quotes (by distinctive words), if one stands out."""
    words = {w for w in r.content if w not in lex.intent_words}
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
    r: Reading, question: str = "", skip: tuple[str, ...] = (), lex: Lexicon | None = None
) -> tuple[str, ...]:
    """What is asked, best first; in question order when several are joined by "and"
    (``lex``: to tell a closing tag's comma, "…, isn't it?", from one that joins)."""
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
    if lead in _LEADS and any(n == _LEADS[lead] for n, _ in asked):
        # "where'd it happen": the question word says what is asked
        asked.sort(key=lambda item: item[0] != _LEADS[lead])
    # A named kind of fact ("organisation", "国际组织") outranks a bare question word ("where"):
    # strongly named, or named at all when the question word is all the other side has and
    # no edition is named ("when was the organisation set up?", not "when was the 2019 expo?").
    scores = dict(asked)
    bare = not r.refs and lead in _LEADS and scores.get(_LEADS[lead], 0.0) <= 1.0
    asked.sort(key=lambda item: not (item[0].startswith("attr:") and (item[1] >= 1.5 or bare)))
    if len(asked) > 1 and _joined(r, question, lex is not None and tagged(r.words, lex)):
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
    where = dict(r.intent_at)
    return any(not _apart(r.words, where.get(name, -1), where.get(x, -1)) for x in narrower)


def _apart(words: tuple[str, ...], a: int, b: int) -> bool:
    """Whether a connector ("and", "plus") stands between word positions ``a`` and ``b``."""
    if a < 0 or b < 0:
        return False
    return bool(_CONNECTORS & set(words[min(a, b) + 1 : max(a, b)]))


def _joined(r: Reading, question: str, tag: bool) -> bool:
    """Whether the question joins several asks ("when and where", "日期和主题")."""
    if _CONNECTORS & r.word_set or any(c in r.text.compact for c in _ZH_CONNECTORS):
        return True
    # The comma before a tag ("…, isn't it?") closes one statement; it joins nothing.
    return any(c in question for c in "，、;；+/") or question.count(",") > tag


def _unit(r: Reading, lex: Lexicon) -> str:
    """The time unit a difference is asked in: "how many weeks", "相隔几个月"."""
    if not lex.units.keys().isdisjoint(r.word_set):
        for w in r.words:
            if w in lex.units:
                return lex.units[w]
    if r.text.han and (m := _ZH_UNIT.search(r.text.compact.translate(lex.zh_table))):
        return lex.units.get(m[1], "")
    return ""


def _measure(r: Reading, lex: Lexicon) -> str:
    """The kind of figure a count asks for: people, or a kind the vocabulary declares by its
    words ("how many countries", "from abroad", "国家最多", "境外"); the first one written."""
    if not lex.figure_words.keys().isdisjoint(r.word_set):
        words = r.words
        # "10 forums on 22 issues": a number's own unit says what it counts
        for i, w in enumerate(words[:-1]):
            if w.isdigit() and not 1900 < int(w) < 2100:
                return lex.figure_words.get(words[i + 1], "people")
        return next(lex.figure_words[w] for w in words if w in lex.figure_words)
    if r.text.han:
        zh = r.text.compact.translate(lex.zh_table)
        found = [(zh.find(z), kind) for z, kind in lex.figure_zh if z in zh]
        if found:
            return min(found)[1]
    return "people"


def how_many(r: Reading) -> bool:
    """ "How many…", "多少", "几个": a question that asks a count."""
    w = r.words
    if any(w[i] == "how" and w[i + 1] in ("many", "much") for i in range(len(w) - 1)):
        return True
    return r.text.han > 0 and ("多少" in r.text.compact or "几" in r.text.compact)


def _asks_which(r: Reading) -> bool:
    return "which" in r.signalled or lead_word(r) == "which"


def _direction(r: Reading) -> str:
    if not r.cues:
        return ""
    return next(
        (c for c in r.cues if c in ("most", "least", "more", "less", "earlier", "later")), ""
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
    if several and not counted and ("between" in cues or (timed and cues & {"earlier", "later"})):
        return "difference"  # "how many weeks after the 2017 one did the 2018 one begin?"
    if several and counted and "between" in cues:
        return "compare"  # "the difference in attendance between 2015 and 2016"
    excluded = "outside" in cues and not r.months  # "excluding 2024 and 2025, which…"
    if several and cues & {"most", "least"} and (excluded or len(set(refs)) > 2):
        return "superlative"  # "which of the 1st to the 6th had the most…": among those
    if several and cues & {"more", "less", "earlier", "later", "most", "least"}:
        return "compare"
    if cues & {"most", "least"} and not several:
        return "superlative"
    if claim is not None and (yes_no or "verify" in cues):
        return "verify"
    if cues & {"more", "less"} and not several and ("followup" in r.signalled or not refs):
        return "compare"  # "和上一届比呢？", "which of those had more?": the editions talked about
    asks_which = bool({"which", "list"} & r.signalled)
    # "was any summit held in September?", "has it ever been held in December?"
    any_held = yes_no and not cues & {"usual", "annual", "verify"} and claim is None
    if r.months and not refs and ("outside" in cues or asks_which or days or any_held):
        return "reverse" if days else "filter"
    detail = any(a.startswith("attr:") for a in attributes)
    # "how many were launched there?" asks the figure, not which edition first had it
    if not refs and "first" in cues and detail and not how_many(r):
        return "reverse"
    if not refs and "usual" in cues and set(attributes) <= {"duration", "dates", "start", "end"}:
        return "usual"  # "who usually hosts it?" is a look-up
    if not refs and "annual" in cues and set(attributes) <= {"dates"}:
        return "frequency"  # "which town do they hold it in every year?" asks the town
    if not refs and "annual" in cues and yes_no and not r.months and set(attributes) <= {"place"}:
        return "frequency"  # "is it held every year?": "held" is no place asked
    return "lookup"


_NUMERIC = frozenset({"attendance", "duration"})
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
    numeric = any(a in _NUMERIC or a.startswith("attr:") for a in attributes)
    if not numeric:
        return "", ""
    cues = set(r.cues)
    excluded = "outside" in cues and not r.months  # "not counting 2022": refs left out
    if len(refs) == 1 and span is None and not excluded:
        return "", ""  # one edition: a look-up ("how many in total came in 2019?")
    for op in ("sum", "average", "rank"):
        if op in cues:
            return op, ""
    if number is None:
        return "", ""
    comparator = comparator_of(r) or "exact"
    at_least = any(a == "at" and b == "least" for a, b in zip(r.words, r.words[1:], strict=False))
    if at_least:  # "at least 19": more than 18
        comparator = "least"
    every = bool(_EVERY & words) or any(z in r.text.compact for z in _EVERY_ZH)
    if yes_no:
        # "did every summit from 2021 to 2025 have at least 19 sub-forums?": checked on each;
        # "did any summit have more than 25?": the first that does, or none
        if every:
            return "all", comparator
        if not refs and (bool(_ANY & words) or any(z in r.text.compact for z in _ANY_ZH)):
            return "any", comparator
        return "", ""
    han = r.text.compact if r.text.han else ""
    # "how many expos had…": the plural of a kind of fact counts the editions that had it
    kinds = any(
        w.endswith("s") and any(n.startswith("attr:") for n in lex.intent_words.get(w[:-1], ()))
        for w in words
    )
    counts = (
        (how_many and (bool(words & _EDITION_NOUNS) or kinds))
        or ("几届" in han and "哪几届" not in han)  # 哪几届: which ones, not how many
        or "多少届" in han
    )
    which = bool({"which", "list"} & r.signalled)
    if counts:
        return "count", comparator
    nouns = bool(words & _EDITION_NOUNS) or "哪些" in han or "哪几" in han
    # a length is no detail a reverse look-up could find: "which edition lasted two days?"
    days = "duration" in attributes and not refs
    if (which and (nouns or comparator != "exact" or days)) or (nouns and not refs):
        # "which summits had over 100 countries"; "in which year did 96 countries attend?"
        # names one figure: the reverse look-up finds its edition
        return "filter", comparator
    return "", ""


_RANKED = lazy(r"^(\d+)(?:st|nd|rd|th)$")
_ZH_RANKED = lazy(r"第([二三四五六七八九十\d]+)(?:多|大|高|长|少|小|低|短)")


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
        digits = m[1]
        return int(digits) if digits.isdigit() else lex.zh_numerals.get(digits, 0)
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
    return any(a in _NUMERIC or a.startswith("attr:") for a in attributes)


def _asked_op(r: Reading) -> str:
    """An aggregate named without a figure ("and the average?"): a follow-up supplies it."""
    return next((op for op in ("sum", "average", "rank") if op in r.cues), "") if r.cues else ""
