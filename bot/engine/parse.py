"""Parsing: a read question (``understand.Reading``) becomes a typed ``Query``.

Each step is a small function of the reading: which attributes are asked (several for a
multi-part question), which operation (look-up, verify, compare…), relative references
("three years ago"), the claim of a yes/no question, and the residue of unused words.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from .lexicon import Lexicon
from .query import EDITION_ATTRIBUTES, Claim, Operation, Query, Residue
from .text import normalise
from .understand import Reading, Ref

# Word forms that open a yes/no question ("was the 2016 summit in November?").
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "did", "does", "do", "has", "had", "wasn", "isn", "didn"}
)
_CONNECTORS = frozenset({"and", "plus", "also", "&", "as"})
_LEADS = {"where": "place", "when": "dates", "who": "hosts"}
_NOISE_LEADS = frozenset(
    {"lol", "lmao", "yo", "ayy", "ngl", "fr", "bruh", "omg", "tbh", "hmm", "ah", "oh", "wow"}
)
_ZH_CONNECTORS = ("和", "以及", "还有", "并且", "分别", "与")
# More specific aspects of the dates win over "when" (the weekday it opened, its start).
_NARROWER = {
    "dates": ("start", "end", "weekday", "duration", "ago"),
    "start": ("weekday",),
    "end": ("weekday",),
    "duration": ("ago",),  # "how many days ago did it open"
    "attendance": ("attr:expo", "attr:subforums", "attr:achievements"),  # "expo size"
}
_DATE_ASKS = frozenset({"dates", "start", "end", "weekday"})
_PLACES_WORDS = frozenset({"countries", "country", "nations", "nation", "regions", "region"})
_CLAUSE = re.compile(r"[.!?;:\n。！？；：]+|,\s*|，", re.IGNORECASE)
_ZH_YEARS_AGO = re.compile(r"([0-9一二两三四五六七八九十]+)年前")
_DAY = re.compile(r"\d{1,2}")
_ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_ZH_UNIT = re.compile(r"(?:几|多少)(个月|周|星期|年|天)")


def parse(question: str, r: Reading, lex: Lexicon) -> Query:
    """The query a reading asks; never raises."""
    refs = r.refs + _relative_years(r, lex)
    calendar = _in_the_year(r)
    if calendar:  # "held earliest in the year": not the first or the latest edition
        refs = tuple(ref for ref in refs if ref.kind not in ("first", "latest"))
    span = _range(question)
    if "year before last" in " ".join(r.words):
        refs = tuple(ref for ref in refs if ref.kind not in ("previous", "latest", "last_year"))
    # "the theme three years ago": "ago" located the edition, it is not what is asked
    skip = ("ago",) if any(ref.kind == "years_ago" for ref in refs) else ()
    attributes = _attributes(r, question, skip)
    if _weekday(r, lex) is not None and attributes and attributes[0] in _DATE_ASKS:
        # "did it start on a mon or tue?": the weekday is what is asked
        attributes = ("weekday", *(a for a in attributes if a not in _DATE_ASKS or a == "end"))
    days = _days(r, lex) if r.months else ()
    number = _claimed_number(question, r, lex)
    values = _values(r, lex)
    claimed_place = _claimed_place(r, attributes, lex)
    values += claimed_place
    claim = _claim(r, refs, attributes, lex, number, values)
    if claim is not None and days:
        claim = replace(claim, day=days[0], number=None if claim.number in days else claim.number)
    operation = _operation(r, refs, attributes, claim, days, lex)
    weekday = _weekday(r, lex)
    if calendar and operation == "lookup" and len(refs) < 2:
        operation = "superlative"
    elif span and operation == "compare" and set(r.cues) & {"most", "least"}:
        operation = "superlative"  # "which had the fewest, 2014-2019?": over the range
    elif weekday is not None and not refs and operation == "lookup" and _asks_which(r):
        operation = "filter"  # "which editions started on a Sunday?"
    asks_detail = any(a.startswith("attr:") for a in attributes)
    theme_year = theme_search(r, lex) if not refs and _theme_asked(r, asks_detail) else None
    quoted = values or number is not None
    if operation == "lookup" and not refs and _asks_which(r) and quoted and theme_year is None:
        operation = "reverse"  # "which year did <a speaker> speak", "…had 601 exhibitors"
    return Query(
        operation=operation,
        attributes=attributes,
        refs=refs,
        direction=_calendar_direction(r) if calendar and _direction(r) == "" else _direction(r),
        unit=_unit(r, lex),
        months=r.months,
        days=days,
        exclude="outside" in r.cues,
        first="first" in r.cues,
        theme_year=theme_year,
        signals=tuple(name for name, _ in r.intents),
        number=number,
        values=values,
        calendar=calendar,
        from_end=_from_end(r),
        years=span,
        weekday=weekday,
        claim=claim if operation == "verify" else None,
        measure=_measure(r, lex),
        residue=_without(residue(question, r, lex), claimed_place),
    )


def follow(q: Query, previous: Query) -> Query:
    """A follow-up ("and the one before?", "what about 2019") repeats the last question's
    operation and attributes for the editions it names; a question of its own stands alone."""
    if q.operation == "compare" and not q.attributes and previous.attributes:
        return replace(q, attributes=previous.attributes)  # "and compared with the one before?"
    if q.attributes or q.operation != "lookup" or not (q.refs or "followup" in q.signals):
        return q
    if previous.operation == "verify" and previous.claim is not None:
        return replace(q, operation="verify", claim=previous.claim, attributes=previous.attributes)
    return replace(q, attributes=previous.attributes)


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
        compact = r.text.compact.translate(lex.zh_table)
        for year, theme in lex.themes_zh:
            run = _common_run(compact, theme)
            if run >= 4:
                scores[year] = scores.get(year, 0.0) + run / 2
    ranked = sorted(((s, y) for y, s in scores.items()), reverse=True)
    if not ranked or ranked[0][0] < 0.5:
        return None
    if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] * 0.8:
        return None
    return ranked[0][1]


def _common_run(a: str, b: str) -> int:
    """Length of the longest stretch of characters ``a`` and ``b`` share."""
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return int(match.size)


def _attributes(r: Reading, question: str = "", skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What is asked, best first; in question order when several are joined by "and"."""
    asked = [
        (name, score)
        for name, score in r.intents
        if score >= 1.0
        and (name in EDITION_ATTRIBUTES or name.startswith("attr:"))
        and name not in skip
    ]
    names = {name for name, _ in asked}
    asked = [(n, s) for n, s in asked if not any(x in names for x in _NARROWER.get(n, ()))]
    if any(n.startswith("attr:") for n in names):  # a named kind of fact beats "highlights"
        asked = [(n, s) for n, s in asked if n not in ("highlights", "overview")]
    if not asked:
        return ()
    joined = bool(_CONNECTORS & set(r.words)) or any(c in r.text.compact for c in _ZH_CONNECTORS)
    joined = joined or any(c in question for c in "，、;；+/") or question.count(",") >= 1
    lead = _lead(r)
    if lead in _LEADS and any(n == _LEADS[lead] for n, _ in asked):
        # "where'd it happen": the question word says what is asked
        asked.sort(key=lambda item: item[0] != _LEADS[lead])
    # A named kind of fact ("organisation", "国际组织") outranks a bare question word ("where").
    asked.sort(key=lambda item: not (item[0].startswith("attr:") and item[1] >= 1.5))
    if len(asked) > 1 and joined:
        where = dict(r.intent_at)
        return tuple(n for n, _ in sorted(asked, key=lambda item: where.get(item[0], 99)))
    return (asked[0][0],)


def _unit(r: Reading, lex: Lexicon) -> str:
    """The time unit a difference is asked in: "how many weeks", "相隔几个月"."""
    for w in r.words:
        if w in lex.units:
            return lex.units[w]
    if r.text.han and (m := _ZH_UNIT.search(r.text.compact.translate(lex.zh_table))):
        return lex.units.get(m[1], "")
    return ""


def _measure(r: Reading, lex: Lexicon) -> str:
    """Whether a count is of people or of places ("how many countries", "国家最多")."""
    if _PLACES_WORDS & set(r.words):
        return "places"
    return "places" if "国家" in r.text.compact.translate(lex.zh_table) else "people"


def _asks_which(r: Reading) -> bool:
    return "which" in dict(r.intents) or _lead(r) == "which"


def _values(r: Reading, lex: Lexicon) -> tuple[str, ...]:
    """Content words that can only quote a fact: names, places, rare words from the file;
    in Chinese, the longest stretch of unexplained text found in the facts ("黄坤明")."""
    # Verbs from the facts ("drew", "released") say how, not what: names and nouns quote.
    latin = [
        w
        for w in r.content
        if w in lex.fact_only
        and not w.isdigit()
        and len(w) > 2
        and (w in lex.fact_names or not w.endswith(("ed", "ing")))
    ]
    han = ("".join(ch for ch in seg if "\u3400" <= ch <= "\u9fff") for seg in r.zh_rest)
    zh = [q for seg in han if len(seg) >= 2 and (q := _quoted(seg, lex.facts_zh))]
    return tuple(latin + zh)


def _claimed_place(r: Reading, attributes: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """ "Is it held in Beijing?", "was the 2018 theme about AI?": what a yes/no question claims
    of a place or a theme, even in words we don't know."""
    asked = "place" if "place" in attributes else "theme" if "theme" in attributes else ""
    if not asked or not _yes_no_frame(r, lex):
        return ()
    marks = ("in", "at") if asked == "place" else ("about", "on", "around")
    skip = lex.stop | lex.event_nouns | lex.noise | {lex.short}
    words = r.words
    for i, w in enumerate(words[:-1]):
        if w not in marks:
            continue
        rest = [x for x in words[i + 1 :] if x not in skip and not x.isdigit()]
        rest = [x for x in rest if x not in lex.months]
        if rest:
            return tuple(rest[:4])
    return ()


def _without(residue: Residue, claimed: tuple[str, ...]) -> Residue:
    """The residue, less the words a claim uses (they are the point of the question)."""
    if not claimed:
        return residue
    unknown = tuple(w for w in residue.unknown if w not in claimed)
    return replace(residue, unknown=unknown)


def _quoted(segment: str, facts: str) -> str:
    """The longest part (2+ characters) of ``segment`` that the facts contain."""
    for size in range(len(segment), 1, -1):
        for i in range(len(segment) - size + 1):
            if segment[i : i + size] in facts:
                return segment[i : i + size]
    return ""


def _from_end(r: Reading) -> bool:
    """ "between the end of the 2021 summit and the start of the 2022 one": count from the
    first edition's closing day."""
    words = r.words
    ends = [i for i, w in enumerate(words) if w in ("end", "close", "closing", "closed", "ended")]
    starts = [i for i, w in enumerate(words) if w in ("start", "opening", "open", "began")]
    return bool(ends) and (not starts or ends[0] < starts[0])


def _in_the_year(r: Reading) -> bool:
    text = " ".join(r.words)
    timed = bool({"earliest", "latest", "earlier", "later", "early", "late"} & set(r.words))
    zh = any(z in r.text.compact for z in ("一年中", "年内", "一年里"))
    return (timed and any(p in text for p in ("in the year", "of the year", "calendar"))) or zh


def _calendar_direction(r: Reading) -> str:
    """Earliest in the year is the least day of the year; latest the most."""
    words = set(r.words)
    if words & {"latest", "later", "late"} or "最晚" in r.text.compact:
        return "most"
    return "least"


_RANGE = re.compile(
    r"((?:19|20|21)\d{2})\s*(?:-|–|—|to|through|until|till|至|到)\s*((?:19|20|21)\d{2})"
)


def _range(question: str) -> tuple[int, int] | None:
    """A range of years the question limits itself to: "2014-2019", "2014年到2019年"."""
    m = _RANGE.search(question.replace("年", ""))
    if m is None:
        return None
    a, b = int(m[1]), int(m[2])
    return (min(a, b), max(a, b))


def _direction(r: Reading) -> str:
    return next(
        (c for c in r.cues if c in ("most", "least", "more", "less", "earlier", "later")), ""
    )


def _operation(
    r: Reading,
    refs: tuple[Ref, ...],
    attributes: tuple[str, ...],
    claim: Claim | None,
    days: tuple[int, ...],
    lex: Lexicon,
) -> Operation:
    cues = set(r.cues)
    several = len({(ref.kind, ref.value) for ref in refs}) >= 2
    timed = any(w in lex.units for w in r.words) and {"how", "many"} <= set(r.words)
    if several and ("between" in cues or (timed and cues & {"earlier", "later"})):
        return "difference"  # "how many weeks after the 2017 one did the 2018 one begin?"
    if several and cues & {"more", "less", "earlier", "later", "most", "least"}:
        return "compare"
    if cues & {"most", "least"} and not several:
        return "superlative"
    if claim is not None and (_yes_no_frame(r, lex) or "verify" in cues):
        return "verify"
    if cues & {"more", "less"} and not several and ("followup" in dict(r.intents) or not refs):
        return "compare"  # "和上一届比呢？", "which of those had more?": the editions talked about
    asks_which = bool({"which", "list"} & set(dict(r.intents)))
    if r.months and not refs and ("outside" in cues or asks_which or days):
        return "reverse" if days else "filter"
    if not refs and "first" in cues and any(a.startswith("attr:") for a in attributes):
        return "reverse"
    if not refs and "usual" in cues and set(attributes) <= {"duration", "dates", "start", "end"}:
        return "usual"  # "who usually hosts it?" is a look-up
    if not refs and "annual" in cues:
        return "frequency"
    return "lookup"


def _lead(r: Reading, lex: Lexicon | None = None) -> str:
    """The first word that is not chat noise ("lol, was it…" -> "was")."""
    skip = {"so", "and", "but", "hey", "ok", "then", "wait", "um", "uh"}
    noise = (lex.noise | lex.filler) - _AUXILIARIES - {"i", "we", "you"} if lex else frozenset()
    return next(
        (w for w in r.words if w not in skip and w not in _NOISE_LEADS and w not in noise), ""
    )


def _yes_no_frame(r: Reading, lex: Lexicon) -> bool:
    """Whether the question is worded as yes/no: "was the …", "… right?", "…吧？"."""
    if r.text.han and r.text.compact.rstrip("?？!！").endswith(("吗", "吧")):
        return True
    return _lead(r, lex) in _AUXILIARIES


def _claim(
    r: Reading,
    refs: tuple[Ref, ...],
    attributes: tuple[str, ...],
    lex: Lexicon,
    number: int | None,
    values: tuple[str, ...] = (),
) -> Claim | None:
    """What a yes/no question asserts: a month, a weekday, a year for an edition named
    otherwise, a number of days, a figure, a first, or that an edition had something."""
    years = [ref.value for ref in refs if ref.kind == "year"]
    others = [ref for ref in refs if ref.kind != "year"]
    if not refs:
        return Claim(values=values) if values else None
    year = years[0] if years and others and len(years) == 1 else None
    days = number if number is not None and _DAY_WORDS & set(r.words) else None
    counted = any(a == "attendance" or a.startswith("attr:") for a in attributes)
    detail = any(a.startswith("attr:") for a in attributes)
    claim = Claim(
        months=r.months,
        year=year,
        weekday=_weekday(r, lex),
        days=days,
        number=number if counted and days is None else None,
        comparator=_comparator(r),
        first=detail and "first" in r.cues,
        exists=detail and number is None,
        values=values,
    )
    return claim if claim != Claim() else None


_DAY_WORDS = frozenset({"day", "days"})
_MORE = frozenset({"more", "over", "least", "above", "exceeded", "exceed"})
_LESS = frozenset({"fewer", "less", "under", "below"})
_NUMBER = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,'#])\d{1,5}(?![\d,])")


def _claimed_number(question: str, r: Reading, lex: Lexicon) -> int | None:
    """A figure the question states ("2,000", "30", "four"), not a year or a day of a month."""
    if not any(ch.isdigit() for ch in question):
        return next(
            (
                lex.numbers[w]
                for w, a in zip(r.words, (*r.words[1:], ""), strict=False)
                if w in lex.numbers and lex.numbers[w] > 1 and a not in ("year", "years")
            ),
            None,
        )
    ref_years = {str(ref.value) for ref in r.refs if ref.kind == "year"}
    for m in _NUMBER.finditer(question):
        text = m[0].replace(",", "")
        if (text in ref_years and "," not in m[0]) or (r.months and len(text) <= 2):
            continue
        lead = question[: m.start()].rstrip().rsplit(" ", 1)[-1].lower()
        if len(text) == 4 and 1900 <= int(text) <= 2199 and "," not in m[0] and lead != "than":
            continue  # a year the reading did not take as an edition ("in 1999")
        before = question[max(0, m.start() - 1) : m.start()]
        after = question[m.end() : m.end() + 2].lower()
        if before.isalpha() or after[:2] in ("st", "nd", "rd", "th"):
            continue  # "EXS4", "3rd": an edition, not a figure
        return int(text)
    for w, after in zip(r.words, (*r.words[1:], ""), strict=False):
        if w in lex.numbers and lex.numbers[w] > 1 and after not in ("year", "years"):
            return lex.numbers[w]  # "four days", not "ten-year honours"
    return None


def _comparator(r: Reading) -> str:
    words = set(r.words)
    if words & _MORE:
        return "more"
    if words & _LESS:
        return "less"
    return "about" if words & {"about", "around", "roughly", "approximately", "some"} else ""


def _weekday(r: Reading, lex: Lexicon) -> int | None:
    """The weekday named ("sunday", "tue"), 0 = Monday."""
    return next((lex.weekday_of[w] for w in r.words if w in lex.weekday_of), None)


def _relative_years(r: Reading, lex: Lexicon) -> tuple[Ref, ...]:
    """ "three years ago", "the year before last", "前年", "2年前" as references."""
    out: list[Ref] = []
    words = r.words
    for i in range(1, len(words) - 1):
        if words[i] in ("year", "years") and words[i + 1] in ("ago", "back", "earlier"):
            n = _number(words[i - 1], lex)
            if n is not None and 0 < n < 100:
                out.append(Ref("years_ago", n))
        elif words[i] == "decade" and words[i + 1] in ("ago", "back", "earlier"):
            out.append(Ref("years_ago", 5 if words[i - 1] == "half" else 10))
    text = " ".join(words)
    if "year before last" in text:
        out.append(Ref("years_ago", 2))  # the caller drops the "year before" and "last" read

    if r.text.han:
        if "前年" in r.text.compact:
            out.append(Ref("years_ago", 2))
        for m in _ZH_YEARS_AGO.finditer(r.text.compact):
            n = _zh_int(m[1], lex)
            if n:
                out.append(Ref("years_ago", n))
    return tuple(ref for ref in dict.fromkeys(out) if ref not in r.refs)


def _number(word: str, lex: Lexicon) -> int | None:
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return lex.numbers.get(word)


def _zh_int(text: str, lex: Lexicon) -> int | None:
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (lex.zh_numerals.get(tens, 1) if tens else 1) * 10 + lex.zh_numerals.get(ones, 0)
    return lex.zh_numerals.get(text)


def _days(r: Reading, lex: Lexicon) -> tuple[int, ...]:
    """Day numbers written next to a month: "November 9-11", "9–11 Nov", "11月9日"."""
    words = r.words
    out: list[int] = []
    for i, w in enumerate(words):
        if w not in lex.months:
            continue
        for j in (i + 1, i + 2, i - 1, i - 2):
            day = _ORDINAL_WORD.fullmatch(words[j]) if 0 <= j < len(words) else None
            text = words[j][:-2] if day else words[j] if 0 <= j < len(words) else ""
            if _DAY.fullmatch(text) and 1 <= int(text) <= 31:
                out.append(int(text))
    if r.text.han:
        out += [int(d) for d in re.findall(r"月(\d{1,2})[日号]", r.text.compact)]
    return tuple(dict.fromkeys(out))


def residue(question: str, r: Reading, lex: Lexicon) -> Residue:
    """Sort the words the parse did not use into noise, corrections and unknown content.

    An unknown word counts only in a clause that carries the question: in "my cousin is
    obsessed with podcasts. anyway when did the 2016 one start?" the first sentence is noise.
    """
    noise = tuple(w for w in r.words if w in lex.noise or w in lex.filler)
    unknown = r.unknown
    if unknown:
        modifiers = _modifiers(r, lex)
        noise += modifiers
        unknown = tuple(w for w in unknown if w not in modifiers)
    if unknown and len(_CLAUSE.split(question)) > 1:
        clauses = []
        for clause in _CLAUSE.split(question):
            words = set(normalise(clause).words)
            clauses.append(words | {lex.spellings.get(w, w) for w in words})
        # The question lives where something is asked (a question word, an edition); a clause
        # that only mentions the series ("…this conference in <the town>, and I zoned out") is talk.
        asking = [c for c in clauses if _asks(c, lex, names=False)]
        core: set[str] = set()
        for words in asking or [c for c in clauses if _asks(c, lex)]:
            core |= words
        if core:
            # Only Latin words can stand aside: Chinese text is not split into clauses here.
            aside = tuple(
                w for w in unknown if w not in core and w.isascii() and not w.startswith("<")
            )
            unknown = tuple(w for w in unknown if w not in aside)
            noise += aside
    return Residue(noise=noise, corrected=r.corrected, unknown=unknown)


def _modifiers(r: Reading, lex: Lexicon) -> tuple[str, ...]:
    """Unknown words that only qualify an attribute noun right after them ("the principal
    slogan", "the busy forums"): they do not change what is asked. An unknown word after
    "how many" is the thing counted, and stays unknown."""
    out = []
    words = r.words
    for i, w in enumerate(words[:-1]):
        if w not in r.unknown or (i and words[i - 1] in ("many", "much")):
            continue
        nxt = words[i + 1]
        if nxt in lex.event_nouns:
            continue  # "Import Expo", "Economic Forum": another event's name, never a modifier
        detail = any(n.startswith("attr:") for n in lex.intent_words.get(nxt, ()))
        if (detail and nxt.endswith("s")) or "theme" in lex.intent_words.get(nxt, ()):
            out.append(w)  # a plural detail noun ("busy sub-forums") or a theme word
    return tuple(out)


def _asks(words: set[str], lex: Lexicon, *, names: bool = True) -> bool:
    """Whether a clause carries a question: a question word, an edition (or the series' name)."""
    return any(
        w in lex.intent_words
        or (names and w in lex.name_words)
        or w.isdigit()
        or w in lex.ordinals
        or _ORDINAL_WORD.fullmatch(w) is not None
        for w in words
    )
