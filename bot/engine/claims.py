"""What a question states, as opposed to what it asks: claims of a yes/no question (a month,
a day, a year, a figure, a first, a place), figures and quoted values, relative years and
ranges, and how a gap or a superlative is counted."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from .lexicon import Lexicon
from .patterns import lazy
from .query import Claim
from .reading import Reading, Ref
from .scanning import COUNTED_NOUNS, FIGURE_LEADS, ORDINAL, ZH_BOUND_AFTER
from .text import ascii_words
from .timing import month_days

# Word forms that open a yes/no question ("was the 2016 summit in November?").
AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "did", "does", "do", "has", "had", "wasn", "isn", "didn"}
)


_NOISE_LEADS = frozenset(
    {"lol", "lmao", "yo", "ayy", "ngl", "fr", "bruh", "omg", "tbh", "hmm", "ah", "oh", "wow"}
)


DATE_ASKS = frozenset({"dates", "start", "end", "weekday"})


# Past forms that do not end in -ed: verbs too, which say how, not what
_IRREGULAR = frozenset({"became", "become", "made", "gave", "took", "held", "began", "drew", "ran"})


def quoted_values(r: Reading, lex: Lexicon) -> tuple[str, ...]:
    """Content words that can only quote a fact: names, places, rare words from the file;
    in Chinese, the longest stretch of unexplained text found in the facts ("黄坤明")."""
    # Verbs from the facts ("drew", "released") say how, not what: names and nouns quote.
    if lex.fact_only.isdisjoint(r.content) and not r.zh_rest:
        return ()  # most questions
    latin = [
        w
        for w in (r.content if not lex.fact_only.isdisjoint(r.content) else ())
        if w in lex.fact_only
        and not w.isdigit()
        and (len(w) > 2 or w in lex.fact_names)  # "xi", "li": short names still quote
        and (w in lex.fact_names or not (w.endswith(("ed", "ing")) or w in _IRREGULAR))
    ]
    if latin and r.corrected and any(len(w) < 3 for w in latin):
        latin = [w for w in latin if len(w) > 2 or not _pinyin_word(w, r, lex)]
    if latin and not lex.stop.isdisjoint(r.words):
        # "Liu He": a name's part the question's stop words would drop (he), kept where it
        # follows a name the facts write — else "Liu" alone names Liu Yunshan too
        words = r.words
        latin += [
            b
            for a, b in itertools.pairwise(words)
            if a in latin and b in lex.stop and b in lex.fact_names and b not in latin
        ]
    if not r.zh_rest:
        return tuple(latin)
    han = ("".join(ch for ch in seg if "\u3400" <= ch <= "\u9fff") for seg in r.zh_rest)
    # (a verb alone beside the fact it names says how, not what, as "released" does:
    # 2022年有没有发布领先科技成果; 哪一年首次发布 after a fact keeps it)
    named = any(s.startswith("attr:") for s in r.signalled)
    zh = [
        q
        for seg in han
        if len(seg) >= 2 and (q := quoted(seg, lex.facts_zh)) and not (named and q in _ZH_VERBS)
    ]
    return tuple(latin + zh)


def _pinyin_word(w: str, r: Reading, lex: Lexicon) -> bool:
    """Whether a short name alone is a pinyin word: "bolanhui li" is 博览会里 (in the expo),
    not a person named Li — it follows a word read as a chat spelling, and no other part of
    a name stands beside it ("li qiang" stays)."""
    typed = r.text.words
    spelled = {a for a, _ in r.corrected}
    for i, t in enumerate(typed):
        # (after a pinyin word, after the series' name in pinyin — "dahui li", "fenghui li" —
        # or first: "li na yi jie…")
        after = i == 0 or typed[i - 1] in spelled or typed[i - 1] in lex.name_words
        if t != w or not after:
            continue
        beside = typed[i + 1] if i + 1 < len(typed) else ""
        if beside not in lex.fact_names:
            return True
    return False


# A Chinese place claim: 在 <place> 开/举办/举行/召开 ("was it held in …?"), or a place at
# the end of a 是不是 question (<镇>是不是属于<市>; never a verb, as in 那天在开吗)
_ZH_PLACE = lazy(
    r"(?:在|属于|位于|隶属于?)([\u3400-\u9fff]{2,8}?)(?:开|举办|举行|召开|办|吗|么|吧|嘛)"
    r"|(?:在|属于|位于|隶属于?)((?![开举召办])[\u3400-\u9fff]{2,8})(?<![吗么吧嘛])$"
)
_ZH_WH = ("哪", "什么", "何")


_HOW_OFTEN = frozenset(
    {"once", "twice", "thrice", "again", "ever", "times", "before", "after", "row", "succession"}
)


def claimed_place(r: Reading, attributes: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """ "Is it held in Beijing?", "was the 2018 theme about AI?": what a yes/no question claims
    of a place or a theme, even in words we don't know."""
    detail = ""
    for a in attributes:
        if a.startswith("attr:"):
            detail = a
            break
    asked = "place" if "place" in attributes else "theme" if "theme" in attributes else detail
    if not asked and set(attributes) <= {"dates"} and {"in", "at"} & r.word_set:
        asked = "place"  # "was the 2nd one in Beijing, wasn't it?", "did it happen in X?"
    if r.text.han and asked in ("", "place") and set(attributes) <= {"dates", "place"}:
        # "是在杭州开的吗？": the place between 在 and the verb, even one we don't know
        m = _ZH_PLACE.search(r.text.compact.translate(lex.zh_table))
        place = (m[1] or m[2]) if m else ""
        # "在十一月举办", "在秋天举办": a time, not a place
        timed = (
            any(t in place for t in lex.times_of_day)
            or "月" in place
            or any(season in place for season, _ in lex.seasons_zh)
            if m
            else True
        )
        if m and not timed and not any(q in place for q in _ZH_WH) and yes_no_frame(r, lex):
            return (place,)
    if not asked or not yes_no_frame(r, lex):
        return ()
    marks = ("about", "on", "around") if asked == "theme" else ("in", "at")
    if asked == "place" and not {"part", "district", "belong", "belongs"}.isdisjoint(r.word_set):
        marks = (*marks, "of", "to")  # "is <the town> part of <a city>?", "belong to …?"
    skip = lex.stop | lex.event_nouns | lex.noise | {lex.short}
    words = r.words
    for i, w in enumerate(words[:-1]):
        if w not in marks:
            continue
        after = list(words[i + 1 :])
        if after[0] in lex.months or after[0] in lex.seasons:
            continue  # "in November every single year": a month, and what follows it no place
        # The claim ends where a tag starts: "in X, wasn't it?", "in Y, right?"
        tag = next(
            (
                j
                for j, x in enumerate(after)
                if x in AUXILIARIES or "verify" in lex.cue_words.get(x, ())
            ),
            len(after),
        )
        rest = [x for x in after[:tag] if x not in skip and not _edition_word(x, lex)]
        rest = [x for x in rest if x not in lex.months and x not in lex.seasons]
        if any(x in lex.season_heads for x in after[:tag]):  # "in the second half of the year"
            return ()
        rest = [x for x in rest if x not in _HOW_OFTEN]  # "in December twice": no place
        # a word that asks something else ("in hybrid form": the format) is no place
        rest = [x for x in rest if "place" in lex.intent_words.get(x, ("place",))]
        rest = [x for x in rest if x not in lex.cue_words]  # "more than once": no place
        # a word of ours that is no name from the facts ("in the news", "in person"): no
        # place; a word we do not know may be one ("in Shanghai?")
        rest = [x for x in rest if x not in lex.known or x in lex.fact_only or x in lex.name_words]
        if any(x in lex.times_of_day for x in rest):
            return ()  # "held in the morning?": a time, not a place
        if rest:
            return tuple(rest[:4])
    return ()


def _edition_word(word: str, lex: Lexicon) -> bool:
    """A word that names an edition ("5th", "2018", "'14", "#2", "fifth"), never a place."""
    bare = word.lstrip("'#")
    return bare.isdigit() or word in lex.ordinals or ORDINAL.fullmatch(word) is not None


_QUOTE = lazy(r"[\"“”'‘’「『]([^\"“”‘’「」『』]{6,}?)[\"“”'‘’」』]")


def quoted_span(question: str) -> tuple[str, ...]:
    """The Latin words of the first quoted span of four words or more; a Chinese quote of
    four characters or more as one string, without spaces or marks; or ()."""
    m = _QUOTE.search(question)
    if m is None:
        return ()
    han = "".join(ch for ch in m[1] if "\u3400" <= ch <= "\u9fff")
    if len(han) >= 4:
        return (han,)
    words = tuple(w for w in ascii_words(m[1]) if w.isascii())
    return words if len(words) >= 4 else ()


def quoted(segment: str, facts: str) -> str:
    """The longest part (2+ characters) of ``segment`` that the facts contain."""
    for size in range(len(segment), 1, -1):
        for i in range(len(segment) - size + 1):
            if segment[i : i + size] in facts:
                return segment[i : i + size]
    return ""


_LEAD_SKIP = frozenset({"so", "and", "but", "hey", "ok", "then", "wait", "um", "uh"})
_SUBJECTS = frozenset({"i", "we", "you"})  # "I was …" tells, it does not ask


def lead_word(r: Reading, lex: Lexicon | None = None) -> str:
    """The first word that is not chat noise ("lol, was it…" -> "was")."""
    for w in r.words:
        if w in _LEAD_SKIP or w in _NOISE_LEADS:
            continue
        chat = lex is not None and (w in lex.noise or w in lex.filler)
        if chat and w not in AUXILIARIES and w not in _SUBJECTS:
            continue
        return w
    return ""


def yes_no_frame(r: Reading, lex: Lexicon) -> bool:
    """Whether the question is worded as yes/no: "was the …", "… right?", "…吧？"."""
    if r.text.han and r.text.compact.rstrip("?？!！").endswith(("吗", "吧")):
        return True
    if r.text.han and "verify" in r.cues:
        return True  # <镇>是不是属于<市>: asked both ways
    lead = lead_word(r, lex)
    return (
        lead in AUXILIARIES
        or (lead not in _WH and tagged(r.words, lex))
        or (
            (
                lead in _STATEMENT_LEADS
                or lead in _EDITION_WORDS
                or lead in _EDITION_NOUNS
                or lead in lex.name_words  # "<series name> 2018 was the 5th one"
                or _EDITION_LEAD.fullmatch(lead) is not None
            )
            and _declared(r)
        )
    )


# A statement put to the bot ("the expo started in 2015?", "the 2nd one was in November
# 2015"): it opens with its subject and has its verb inside; no question word anywhere.
_STATEMENT_LEADS = frozenset(
    {"the", "its", "their", "this", "that", "all", "both", "every", "each"}
)
_EDITION_LEAD = lazy(r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)")  # "2025 had 24 sub-forums?"
_FINITE = frozenset(
    {"was", "were", "is", "are", "had", "has", "started", "began", "opened", "lasted", "ended"}
)


def _declared(r: Reading) -> bool:
    words = r.word_set
    return (
        not r.text.han
        and words.isdisjoint(_WH)
        and not words.isdisjoint(_FINITE)
        and (r.text.asked or bool(r.refs))
    )


_WH = frozenset({"what", "which", "when", "where", "who", "whom", "whose", "how", "why"})
TAG_SUBJECTS = frozenset({"it", "they", "he", "she", "there"})


_CLOSING_ASKS = frozenset({"confirm", "verify"})


def tagged(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A statement closed by a tag: "…, wasn't it?", "…, didn't they?", "…, right?"."""
    if words and "verify" in lex.cue_words.get(words[-1], ()):
        return True
    if words and words[-1] in _CLOSING_ASKS:
        return True  # "…140 countries, can you confirm": asked at its end only
    tail = words[-3:]
    return len(tail) == 3 and tail[0] in AUXILIARIES and tail[1] == "t" and tail[2] in TAG_SUBJECTS


def claim_of(
    r: Reading,
    refs: tuple[Ref, ...],
    attributes: tuple[str, ...],
    lex: Lexicon,
    number: int | None,
    values: tuple[str, ...],
    weekday: int | None,
) -> Claim | None:
    """What a yes/no question asserts: a month, a weekday, a year for an edition named
    otherwise, a number of days, a figure, a first, or that an edition had something."""
    if not refs:
        # (of the hosts, the question's words too: "was <the province> a host then?" asks
        # of a role)
        hosts = "hosts" in attributes
        terms = r.words + ((r.text.compact,) if r.text.han else ()) if hosts else ()
        return Claim(values=values, terms=terms) if values else None
    years = [ref.value for ref in refs if ref.kind == "year"]
    others = [ref for ref in refs if ref.kind != "year"]
    year = years[0] if years and others and len(years) == 1 else None
    zh = r.text.compact if r.text.han else ""
    bounded = bool(zh) and (_ZH_AT_MOST.search(zh) or _ZH_AT_LEAST.search(zh)) is not None
    zh_days = bool(zh) and _ZH_N_DAYS.search(zh) is not None  # 开了四天
    # (最多开两天: a bound on the length, once no figure of a detail is read into it)
    zh_days = zh_days and (not bounded or "duration" in attributes[:1])
    days = number if number is not None and (_DAY_WORDS & r.word_set or zh_days) else None
    counted = any(a == "attendance" or a.startswith("attr:") for a in attributes)
    detail = any(a.startswith("attr:") for a in attributes)
    figure = number if counted and days is None else None
    comparator = comparator_of(r)
    first = detail and ("first" in r.cues or bool(_BEGAN & r.word_set))
    first = first and not (asks_any(r) and not zh)
    exists = detail and number is None
    dated = r.months or year is not None or weekday is not None or days is not None
    if not (dated or figure is not None or comparator or first or exists or values):
        return None  # the question claims nothing (compared field by field: Claim() is slow)
    return Claim(
        months=r.months,
        year=year,
        weekday=weekday,
        days=days,
        number=figure,
        comparator=comparator,
        first=first,
        exists=exists,
        values=values,
        only="only" in r.cues,
        terms=r.words + ((r.text.compact,) if r.text.han else ()),
    )


_DAY_WORDS = frozenset({"day", "days"})
_BEGAN = frozenset({"start", "started", "begin", "began", "introduced", "launched", "debut"})


_N_PLUS = lazy(r"\d多")
_MORE = frozenset(
    {
        "more",
        "over",
        "least",
        "above",
        "exceeded",
        "exceed",
        "longer",
        "bigger",
        "larger",
        "greater",
        "higher",
    }
)


_LESS = frozenset({"fewer", "less", "under", "below", "shorter", "smaller", "lower"})


_ANY_DIGIT = lazy(r"\d")
_ZH_COUNTERS = frozenset("人名位个家多余")
_ZH_BOUND_AFTER = lazy(rf"\s*(?:{ZH_BOUND_AFTER})")
_O_YEAR = lazy(r"\b[12][0-9oO]{3}\b")  # "2O19": a year typed with the letter O
_O_IN_YEAR = lazy(r"[12][0-9]{0,2}[oO]")  # found wherever such a year is (and elsewhere)
# "2,000" or "30", not within a longer number, nor after ' or # for the short form. It starts
# with a digit, which the regex engine scans for quickly; each side's look-behind comes after
# that first digit (a pattern opening with a look-behind is tried at every position, ~6x slower).
_NUMBER = lazy(r"\d(?:(?<![\d,]\d)\d{0,2}(?:,\d{3})+(?![\d,])|(?<![\d,'#]\d)\d{0,4}(?![\d,]))")


def claimed_number(question: str, r: Reading, lex: Lexicon) -> int | None:
    """A figure the question states ("2,000", "30", "four"), not a year or a day of a month."""
    if not _ANY_DIGIT.search(question):
        return _number_word(r.words, lex)
    ref_years = {str(ref.value) for ref in r.refs if ref.kind == "year"}
    # "2O19" is 2019, as the reading took it
    if _O_IN_YEAR.search(question):
        question = _O_YEAR.sub(lambda m: m[0].replace("o", "0").replace("O", "0"), question)
    # a day next to a month ("November 9"), not a figure further off ("in November and had 20")
    days = month_days(r, lex) if r.months else ()
    for m in _NUMBER.finditer(question):
        text = m[0].replace(",", "")
        if (text in ref_years and "," not in m[0]) or (len(text) <= 2 and int(text) in days):
            continue
        start, end = m.span()
        if len(text) == 4 and 1900 <= int(text) <= 2199 and "," not in m[0]:  # a year?
            lead = question[:start].rstrip().rsplit(" ", 1)[-1].lower()
            counted = question[end : end + 1] in _ZH_COUNTERS  # "2000人": people
            # "2000以上", "2000或以上": a bound on a count
            counted = counted or _ZH_BOUND_AFTER.match(question, end) is not None
            # "超过1900吗": after a comparing word, a count
            counted = counted or question[:start].rstrip().endswith(lex.zh_figure_leads)
            year_about = lead == "about" and text in ref_years  # "what about 2019"
            # "2000 (or more) participants": people, where no edition was held that year
            following = ascii_words(question[end : end + 30])[:3]
            people = int(text) not in lex.edition_years and not lex.people_words.isdisjoint(
                following
            )
            if (lead not in FIGURE_LEADS or year_about) and not counted and not people:
                continue  # a year the reading did not take as an edition ("in 1999")
        before = question[max(0, start - 1) : start]
        after = question[end : end + 2].lower()
        # "EXS4" is a name; "有20个" is a figure (a Han character is no Latin letter)
        if after[:1] in ("月", "日", "号", "號"):
            continue  # "11月举行的…": a month (or a day of one), not a figure
        if (before.isascii() and before.isalpha()) or after[:2] in ("st", "nd", "rd", "th"):
            continue  # "EXS4", "3rd": an edition, not a figure
        nouns = ascii_words(question[end : end + 20])[:1]
        if nouns and (nouns[0] in _EDITION_WORDS or nouns[0] in (lex.short, f"{lex.short}s")):
            continue  # "how many of the last 5 editions had 24": how many editions, not a figure
        timed = (nouns and nouns[0] in lex.units) or after[:1] in lex.units
        if timed and _later_figure(question[end:]):
            continue  # "the editions that lasted 4 days had more than 1,700": the later figure
        return int(text)
    return _number_word(r.words, lex)


def _later_figure(rest: str) -> bool:
    """Whether another figure (not a year, a month or a day) follows: "…lasted 4 days had more
    than 1,700"."""
    for m in _NUMBER.finditer(rest):
        text = m[0].replace(",", "")
        if rest[m.end() : m.end() + 1] in ("月", "日", "号", "號"):
            continue  # "为期3天、在11月举办的": a month, no figure
        if not (len(text) == 4 and 1900 <= int(text) <= 2199 and "," not in m[0]):
            return True
    return False


def _number_word(words: tuple[str, ...], lex: Lexicon) -> int | None:
    """The first number written as a word ("four days"), not a span ("ten-year honours") nor
    a count of editions ("the three editions that opened on a Sunday")."""
    numbers = lex.numbers
    if numbers.keys().isdisjoint(words):
        return None
    for i, w in enumerate(words):
        if w not in numbers:
            continue
        value, end = _spelled(words, i, numbers)
        following = words[end] if end < len(words) else ""
        if following in _EDITION_WORDS:
            continue
        spans = i and (words[i - 1] in lex.first_n or words[i - 1] in lex.last_n)
        if spans and following not in lex.units:  # ("did it last four days?": a figure)
            continue  # "the first four that have a figure": how many editions, not a figure
        if i and words[i - 1] in _THOSE and following in _VERBS_AFTER:
            continue  # "which of the two had more attendees?": the editions talked about
        if value > 1 and following not in _YEARS:
            return value
    return None


def _spelled(words: tuple[str, ...], start: int, numbers: Mapping[str, int]) -> tuple[int, int]:
    """The number spelled from ``start`` ("eighty three" 83, "one thousand five hundred"
    1500, "a hundred and twenty" 120) and the index after it."""
    total = current = 0
    i = start
    while i < len(words):
        w = words[i]
        if w == "and" and current and i + 1 < len(words) and words[i + 1] in numbers:
            i += 1  # "a hundred and twenty"
            continue
        if w not in numbers:
            break
        value = numbers[w]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total, current = total + max(current, 1) * 1000, 0
        elif (current % 100 >= 20 and value < 10) or current % 100 == 0:
            current += value  # "eighty three"; "hundred five"
        else:
            break  # "two three": two numbers, not one
        i += 1
    return total + current, i


_ZH_VERBS = frozenset(
    {"发布", "举办", "举行", "召开", "出席", "参加", "设置", "颁发", "评选", "推出", "展示", "公布"}
)
_THOSE = frozenset({"the", "these", "those", "both"})
_VERBS_AFTER = frozenset({"", "had", "have", "has", "was", "were", "did", "is", "got", "drew"})
_EDITION_WORDS = frozenset({"editions", "summits", "conferences", "ones"})
_EDITION_NOUNS = frozenset({"edition", "summit", "conference"})  # "every edition was …?"
_YEARS = ("year", "years")


def asks_any(r: Reading) -> bool:
    """ "Were there (any) achievements launched at the 2020 forum?": whether it had any, not
    whether they were a first (unless it says "first")."""
    there = r.words[1:2] == ("there",) and r.words[:1] in (("were",), ("was",), ("are",), ("is",))
    return ("any" in r.word_set or there) and "first" not in r.word_set


def comparator_of(r: Reading) -> str:
    """How a claimed figure compares: exact, more, less, about, or "" (as stated)."""
    words = r.word_set
    if r.text.han:
        zh = r.text.compact
        if any(z in zh for z in ("正好", "恰好", "整整")):
            return "exact"
        if _ZH_SHORT_OF.search(zh):
            return "less"  # 没能达到130个, 达不到: fewer than (达到 alone is at least)
        if _ZH_NOT.search(zh):
            return "not"  # "不是15项": a count other than 15
        if _ZH_AT_MOST.search(zh):
            return "most"  # 不超过16个, 最多16个: at most (不超过 holds 超过)
        if _ZH_AT_LEAST.search(zh):
            return "least"  # 至少20个, 不少于20个
        # 以上 and 以下 include the number itself (as Chinese usage and law define them)
        if "以上" in zh and not any(z in zh for z in _ZH_MORE):
            return "least"
        if "以下" in zh and not any(z in zh for z in _ZH_LESS):
            return "most"
        if any(z in zh for z in _ZH_MORE) or _N_PLUS.search(zh):
            return "more"  # "80多个": eighty-odd, more than 80
        if any(z in zh for z in _ZH_LESS):
            return "less"
        if any(z in zh for z in ("大约", "左右", "约")):
            return "about"
    joined = " ".join(r.words)
    # (each pattern only where a word it needs is there: most questions have none)
    negated = not words.isdisjoint(_NEGATIONS)
    if (not words.isdisjoint(_OTHER_WORDS) and _OTHER_THAN.search(joined)) or (
        negated and _NOT_HAVING.search(joined)
    ):
        return "not"  # "a count other than 15", "not equal to 15", "did not have 20"
    tail = r.words[-4:]
    if (
        negated
        and "which" in tail
        and tail[-1] in ("t", "not")
        and tail.index("which") < 3
        and lead_word(r) not in AUXILIARIES
    ):
        # "all editions 3 days long? if not, which weren't": the others ("did every one…?
        # which didn't" is the claim, whose "no" names them)
        return "not"
    led = r.words[:1] == ("t",) or (r.words[1:2] == ("t",) and r.words[0] in _NT_LEADS)
    if negated and (m := _NOT_BOUND.search(joined)) and r.words[:1] != (m[1],) and not led:
        # "which editions didn't have more than 100": at most 100 (a question led by its
        # negation, "didn't it have more than 80?", still claims "more than 80")
        return _NEGATED_BOUND[m[2]]
    if not words.isdisjoint(_REACH_WORDS) and (m := _REACH.search(joined)):
        # "which editions reached 100 countries" (at least), "didn't even get to 80"
        # (fewer), "passed 600 exhibitors" (more), "never topped 20" (at most)
        if m["reach"]:
            return "less" if m["neg"] else "least"
        return "most" if m["neg"] else "more"
    if not words.isdisjoint(_BOUND_LEADS) and (m := _AT_MOST.search(joined)):
        return "least" if m[1] else "most"  # "no more than 19", "at least 20"
    if not words.isdisjoint(_OR_AND) and (m := _OR_MORE.search(joined)):
        return "least" if m[1] in ("more", "above", "higher", "greater", "over") else "most"
    if not words.isdisjoint(_EXACT):
        return "exact"  # "exactly 1,000": "more than 1,000" is not that
    if not words.isdisjoint(_MORE) and not _OVER_DAYS.search(joined):
        return "more"
    if not words.isdisjoint(_LESS):
        return "less"
    if "like" in words and _LIKE_N.search(joined):
        return "about"  # "had like 600 companies": about that many
    return "" if words.isdisjoint(_ABOUT) else "about"


_LIKE_N = lazy(r"\blike\s+\d")
_EXACT = frozenset({"exactly", "precisely"})
# "wasn't 2019 over 80 countries?": a question led by its negation still claims "over 80"
_NT_LEADS = frozenset({"wasn", "isn", "weren", "aren", "didn", "doesn", "don", "hasn", "haven"})
_ZH_SHORT_OF = lazy(r"(?:没能|没有|没|未能|未|不能)达到|达不到|没到|不够")
_REACH_WORDS = frozenset(
    {
        "reach",
        "reached",
        "get",
        "got",
        "hit",
        "make",
        "made",
        "crack",
        "cracked",
        "break",
        "broke",
        "pass",
        "passed",
        "exceed",
        "exceeded",
        "top",
        "topped",
        "surpass",
        "surpassed",
    }
)
_REACH = lazy(
    r"\b(?:(?P<neg>not|t|never|failed to)(?: even)? )?(?:(?P<reach>reach|reached|get to|got to|"
    r"make it to|made it to)|crack|cracked|break|broke|pass|passed|exceed|exceeded|top|topped"
    r"|surpass|surpassed)(?: the)? (?:mark of )?(?!20[0-3]\d\b(?!\s+" + COUNTED_NOUNS + r"|\s*$))\d"
)
_NEGATIONS = frozenset({"not", "t", "never", "didnt", "didn", "doesnt", "doesn"})
_OTHER_WORDS = frozenset({"other", "different", "equal", "anything", "except"})
_BOUND_LEADS = frozenset({"at", "no", "not", "up", "a"})
_OR_AND = frozenset({"or", "and"})
# "take place over four days", "held over 3 days": during them, no "more than"
_OVER_DAYS = lazy(r"\b(?:place|held|spread|spanned|span)(?: \w+){0,3} over (?:\w+ )?days?\b")
# "不是15项", 不是开三天的 (a length other than three days)
# (是不是 asks, it does not deny)
_ZH_NOT = lazy(
    r"(?:(?<!是)不是|不等于|并非|不为)(?:开|持续|办|举办|举行|为期)?了?[\d一二两三四五六七八九十]"
)
# "20 or more", "20 and above", "24 sub-forums or more" (at least 20); "20 or fewer", "20
# and under" (at most 20); not "20 or more than 30"
_OR_MORE = lazy(
    r"\d(?: (?!or\b|and\b)[a-z]+){0,3} (?:or|and) "
    r"(more|above|higher|greater|over|fewer|less|below|under|lower)\b(?! than)"
)
# "at most 16", "no more than 19", "up to 20" (at most); "at least 20", "no fewer than 20"
_AT_MOST = lazy(
    r"\b(?:(at least|no fewer than|no less than|not fewer than|not less than|a minimum of)"
    r"|at most|no more than|not more than|up to(?! (?:19|20)\d\d\b(?!\s+" + COUNTED_NOUNS + r"))"
    r"|a maximum of) \d"
)  # ("up to 2025" bounds the years, not a figure; "up to 2000 participants" is one)
# 最多 before a number (最多16个, 最多持续两天) is a bound; elsewhere (哪届最多) a superlative
_ZH_N = r"(?:持续|举办|举行|开|有|为|是|办)?了?[\d一二两三四五六七八九十]"
_ZH_N_DAYS = lazy(r"(?:开|办|持续|为期|举行|举办)了?[\d一二两三四五六七八九十]+天")
# 高于, 大于, 高過 (Cantonese), 超出: more than the number; 低于, 小于, 唔夠, 未满: fewer
_ZH_MORE = ("超过", "多于", "逾", "高于", "大于", "超出", "高过", "多过", "大过", "突破")
_ZH_LESS = ("少于", "不到", "不足", "低于", "小于", "低过", "少过", "细过", "唔够", "未满")
_ZH_AT_MOST = lazy(
    rf"不超过|不多于|不高于|不大于|(?:没有|没|冇|未)(?:超过|多于|高于|大于)|至多|最多(?={_ZH_N})"
)
_ZH_AT_LEAST = lazy(
    rf"至少|不少于|不低于|不小于|(?:没有|没|冇|未)(?:少于|低于|小于)|最少(?={_ZH_N})|达到(?={_ZH_N})"
)
# (not of an edition's year: "the most, other than 2022" leaves that edition out)
_OTHER_THAN = lazy(
    r"\b(?:other than|different from|not equal to|anything but|except) (?!20[0-3]\d\b)\d"
)
# "which editions did not have 20 sub-forums", "never drew 2,000", "weren't 3 days long",
# "didn't last for 3 days": any count but that one (a year named is no count)
_NOT_HAVING = lazy(
    r"\b(?:not|didn't|didnt|doesn't|never|t) (?:(?:have|had|hold|held|host|hosted|get|got|draw"
    r"|drew|release|released|feature|featured|last|lasted|run|ran|span|spanned|take|took) )?"
    r"(?:for )?(?:exactly )?(?:(?!20[0-3]\d\b)\d|(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten) (?!of\b))"
)
# a negation, a verb or two, then a bound: the opposite bound
_NOT_BOUND = lazy(
    r"\b(not|t|never) (?:\w+ ){0,2}?(more than|over|above|fewer than|less than|under|below"
    r"|at least|at most) \d"
)
_NEGATED_BOUND = {
    "more than": "most",
    "over": "most",
    "above": "most",
    "fewer than": "least",
    "less than": "least",
    "under": "least",
    "below": "least",
    "at least": "less",
    "at most": "more",
}
_ABOUT = frozenset({"about", "around", "roughly", "approximately", "some", "nearly", "almost"})


def weekday_of(r: Reading, lex: Lexicon) -> int | None:
    """The weekday named ("sunday", "tue"), 0 = Monday."""
    days = lex.weekday_of
    if r.text.han:  # 星期日, 周三, 礼拜天
        zh = r.text.compact
        found = [(zh.find(k), v) for k, v in days.items() if not k.isascii() and k in zh]
        if found:
            return min(found)[1]
    if days.keys().isdisjoint(r.words):
        return None  # most questions
    return next((days[w] for w in r.words if w in days), None)


def day_asked(r: Reading, lex: Lexicon) -> str:
    """Which day of an edition a question asks of: its closing day ("ended on a Friday"), its
    opening day, or any of its days ("held over a weekend": "over" here is no closing)."""
    # ("was it open on a weekend?": open, said after "was", is in session — no opening)
    being = r.words[:1] in (("was",), ("were",), ("is",), ("are",))
    asked = {
        i
        for w in r.words
        if w != "over" and not (being and w == "open")
        for i in lex.intent_words.get(w, ())
    }
    zh = r.text.compact if r.text.han else ""
    if "end" in asked or any(z in zh for z in ("闭幕", "结束")):
        return "end"
    if "ceremony" in r.word_set or "开幕式" in zh:
        return "ceremony"  # "whose opening ceremony was on a Friday?": its own day
    # ("kicked off on a Sunday": a phrase of the opening, no one word of it)
    phrased = "start" in r.signalled and not (being and "open" in r.word_set)
    opened = "start" in asked or phrased or any(z in zh for z in ("开幕", "开始"))
    return "start" if opened else "any"
