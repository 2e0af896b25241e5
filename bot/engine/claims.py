"""What a question states, as opposed to what it asks: claims of a yes/no question (a month,
a day, a year, a figure, a first, a place), figures and quoted values, relative years and
ranges, and how a gap or a superlative is counted."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .query import Claim
from .reading import Reading, Ref
from .text import ascii_words

# Word forms that open a yes/no question ("was the 2016 summit in November?").
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "did", "does", "do", "has", "had", "wasn", "isn", "didn"}
)


_NOISE_LEADS = frozenset(
    {"lol", "lmao", "yo", "ayy", "ngl", "fr", "bruh", "omg", "tbh", "hmm", "ah", "oh", "wow"}
)


DATE_ASKS = frozenset({"dates", "start", "end", "weekday"})


_ZH_YEARS_AGO = re.compile(r"([0-9一二两三四五六七八九十]+)年前")


_DAY = re.compile(r"\d{1,2}")


_ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def quoted_values(r: Reading, lex: Lexicon) -> tuple[str, ...]:
    """Content words that can only quote a fact: names, places, rare words from the file;
    in Chinese, the longest stretch of unexplained text found in the facts ("黄坤明")."""
    # Verbs from the facts ("drew", "released") say how, not what: names and nouns quote.
    latin = [
        w
        for w in (r.content if not lex.fact_only.isdisjoint(r.content) else ())
        if w in lex.fact_only
        and not w.isdigit()
        and len(w) > 2
        and (w in lex.fact_names or not w.endswith(("ed", "ing")))
    ]
    if not r.zh_rest:
        return tuple(latin)
    han = ("".join(ch for ch in seg if "\u3400" <= ch <= "\u9fff") for seg in r.zh_rest)
    zh = [q for seg in han if len(seg) >= 2 and (q := quoted(seg, lex.facts_zh))]
    return tuple(latin + zh)


# A Chinese place claim: 在 <place> 开/举办/举行/召开 ("was it held in …?")
_ZH_PLACE = re.compile(r"在([\u3400-\u9fff]{2,8}?)(?:开|举办|举行|召开)")
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
        timed = any(t in m[1] for t in lex.times_of_day) if m else True
        if m and not timed and not any(q in m[1] for q in _ZH_WH) and yes_no_frame(r, lex):
            return (m[1],)
    if not asked or not yes_no_frame(r, lex):
        return ()
    marks = ("about", "on", "around") if asked == "theme" else ("in", "at")
    skip = lex.stop | lex.event_nouns | lex.noise | {lex.short}
    words = r.words
    for i, w in enumerate(words[:-1]):
        if w not in marks:
            continue
        after = list(words[i + 1 :])
        # The claim ends where a tag starts: "in X, wasn't it?", "in Y, right?"
        tag = next(
            (
                j
                for j, x in enumerate(after)
                if x in _AUXILIARIES or "verify" in lex.cue_words.get(x, ())
            ),
            len(after),
        )
        rest = [x for x in after[:tag] if x not in skip and not _edition_word(x, lex)]
        rest = [x for x in rest if x not in lex.months and x not in lex.seasons]
        rest = [x for x in rest if x not in _HOW_OFTEN]  # "in December twice": no place
        # a word that asks something else ("in hybrid form": the format) is no place
        rest = [x for x in rest if "place" in lex.intent_words.get(x, ("place",))]
        if any(x in lex.times_of_day for x in rest):
            return ()  # "held in the morning?": a time, not a place
        if rest:
            return tuple(rest[:4])
    return ()


def _edition_word(word: str, lex: Lexicon) -> bool:
    """A word that names an edition ("5th", "2018", "'14", "#2", "fifth"), never a place."""
    bare = word.lstrip("'#")
    return bare.isdigit() or word in lex.ordinals or _ORDINAL_WORD.fullmatch(word) is not None


_QUOTE = re.compile(r"[\"“”'‘’「『]([^\"“”‘’「」『』]{6,}?)[\"“”'‘’」』]")


def quoted_span(question: str) -> tuple[str, ...]:
    """The Latin words of the first quoted span of four words or more, or ()."""
    m = _QUOTE.search(question)
    words = tuple(w for w in ascii_words(m[1]) if w.isascii()) if m else ()
    return words if len(words) >= 4 else ()  # Chinese quotes are compared as written


def quoted(segment: str, facts: str) -> str:
    """The longest part (2+ characters) of ``segment`` that the facts contain."""
    for size in range(len(segment), 1, -1):
        for i in range(len(segment) - size + 1):
            if segment[i : i + size] in facts:
                return segment[i : i + size]
    return ""


_ENDS = frozenset({"end", "close", "closing", "closed", "ended"})


def counts_from_end(r: Reading) -> bool:
    """ "between the end of the 2021 summit and the start of the 2022 one": count from the
    first edition's closing day."""
    words = r.words
    if r.word_set.isdisjoint(_ENDS):
        return False
    ends = [i for i, w in enumerate(words) if w in _ENDS]
    starts = [i for i, w in enumerate(words) if w in ("start", "opening", "open", "began")]
    return bool(ends) and (not starts or ends[0] < starts[0])


def in_the_year(r: Reading) -> bool:
    """ "held earliest in the year": by the day of the year, not by the year."""
    if r.word_set.isdisjoint(_TIMED):
        return bool(r.text.han) and any(z in r.text.compact for z in ("一年中", "年内", "一年里"))
    text = " ".join(r.words)
    if any(p in text for p in ("in the year", "of the year", "in its year", "calendar")):
        return True
    return any(z in r.text.compact for z in ("一年中", "年内", "一年里"))


_TIMED = frozenset({"earliest", "latest", "earlier", "later", "early", "late", "first"})


def calendar_direction(r: Reading) -> str:
    """Earliest in the year is the least day of the year; latest the most."""
    words = r.word_set
    if words & {"latest", "later", "late"} or "最晚" in r.text.compact:
        return "most"
    return "least"


_RANGE = re.compile(
    r"((?:19|20|21)\d{2})\s*(?:-|–|—|to|through|until|till|至|到)\s*((?:19|20|21)\d{2})"
)


def year_range(question: str, r: Reading) -> tuple[int, int] | None:
    """A range of years the question limits itself to: "2014-2019", "2014年到2019年", "before
    2020" (up to 2019), "since 2021", "2020年之前"."""
    m = _RANGE.search(question.replace("年", ""))
    if m is not None:
        a, b = int(m[1]), int(m[2])
        return (min(a, b), max(a, b))
    zh = r.text.han > 0 and any(z in r.text.compact for z in _LIMITS_ZH)
    if not zh and r.word_set.isdisjoint(_LIMITS):
        return None  # most questions: no word that limits the years
    if (m := _BEFORE.search(question)) or (m := _ZH_BEFORE.search(question)):
        return (0, int(m[1]) - 1)
    if (m := _SINCE.search(question)) or (m := _ZH_SINCE.search(question)):
        return (int(m[1]), 9999)
    if (m := _AFTER.search(question)) or (m := _ZH_AFTER.search(question)):
        return (int(m[1]) + 1, 9999)
    return None


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
    }
)
_LIMITS_ZH = ("之前", "以前", "之后", "以后", "起", "以来", "开始")


_YEAR = r"((?:19|20|21)\d{2})(?![\d年]*[人名位个家])"
_BEFORE = re.compile(rf"\b(?:before|until|till|prior to|earlier than|pre)\s+{_YEAR}\b", re.I)
_AFTER = re.compile(rf"\b(?:after|later than|post)\s+{_YEAR}\b", re.I)
_SINCE = re.compile(rf"\b(?:since|from)\s+{_YEAR}\b(?!\s*(?:-|–|to|through|until))", re.I)
_ZH_BEFORE = re.compile(r"((?:19|20|21)\d{2})年?(?:之前|以前)")
_ZH_AFTER = re.compile(r"((?:19|20|21)\d{2})年?(?:之后|以后)")
_ZH_SINCE = re.compile(r"(?:自|从)((?:19|20|21)\d{2})年?(?:起|以来|开始)")


_LEAD_SKIP = frozenset({"so", "and", "but", "hey", "ok", "then", "wait", "um", "uh"})
_SUBJECTS = frozenset({"i", "we", "you"})  # "I was …" tells, it does not ask


def lead_word(r: Reading, lex: Lexicon | None = None) -> str:
    """The first word that is not chat noise ("lol, was it…" -> "was")."""
    for w in r.words:
        if w in _LEAD_SKIP or w in _NOISE_LEADS:
            continue
        chat = lex is not None and (w in lex.noise or w in lex.filler)
        if chat and w not in _AUXILIARIES and w not in _SUBJECTS:
            continue
        return w
    return ""


def yes_no_frame(r: Reading, lex: Lexicon) -> bool:
    """Whether the question is worded as yes/no: "was the …", "… right?", "…吧？"."""
    if r.text.han and r.text.compact.rstrip("?？!！").endswith(("吗", "吧")):
        return True
    lead = lead_word(r, lex)
    return lead in _AUXILIARIES or (lead not in _WH and tagged(r.words, lex))


_WH = frozenset({"what", "which", "when", "where", "who", "whom", "whose", "how", "why"})
_TAG_SUBJECTS = frozenset({"it", "they", "he", "she", "there"})


def tagged(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A statement closed by a tag: "…, wasn't it?", "…, didn't they?", "…, right?"."""
    if words and "verify" in lex.cue_words.get(words[-1], ()):
        return True
    tail = words[-3:]
    return (
        len(tail) == 3 and tail[0] in _AUXILIARIES and tail[1] == "t" and tail[2] in _TAG_SUBJECTS
    )


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
    years = [ref.value for ref in refs if ref.kind == "year"]
    others = [ref for ref in refs if ref.kind != "year"]
    if not refs:
        return Claim(values=values) if values else None
    year = years[0] if years and others and len(years) == 1 else None
    days = number if number is not None and _DAY_WORDS & r.word_set else None
    counted = any(a == "attendance" or a.startswith("attr:") for a in attributes)
    detail = any(a.startswith("attr:") for a in attributes)
    figure = number if counted and days is None else None
    comparator = comparator_of(r)
    first = detail and ("first" in r.cues or bool(_BEGAN & r.word_set))
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


_N_PLUS = re.compile(r"\d多")
_MORE = frozenset({"more", "over", "least", "above", "exceeded", "exceed"})


_LESS = frozenset({"fewer", "less", "under", "below"})


_ANY_DIGIT = re.compile(r"\d")
_ZH_COUNTERS = frozenset("人名位个家多余")
_O_YEAR = re.compile(r"\b[12][0-9oO]{3}\b")  # "2O19": a year typed with the letter O
_NUMBER = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,'#])\d{1,5}(?![\d,])")


def claimed_number(question: str, r: Reading, lex: Lexicon) -> int | None:
    """A figure the question states ("2,000", "30", "four"), not a year or a day of a month."""
    if not _ANY_DIGIT.search(question):
        return _number_word(r.words, lex)
    ref_years = {str(ref.value) for ref in r.refs if ref.kind == "year"}
    # "2O19" is 2019, as the reading took it
    question = _O_YEAR.sub(lambda m: m[0].replace("o", "0").replace("O", "0"), question)
    for m in _NUMBER.finditer(question):
        text = m[0].replace(",", "")
        if (text in ref_years and "," not in m[0]) or (r.months and len(text) <= 2):
            continue
        lead = question[: m.start()].rstrip().rsplit(" ", 1)[-1].lower()
        counted = question[m.end() : m.end() + 1] in _ZH_COUNTERS  # "2000人": people
        four = len(text) == 4 and 1900 <= int(text) <= 2199 and "," not in m[0]
        if four and lead != "than" and not counted:
            continue  # a year the reading did not take as an edition ("in 1999")
        before = question[max(0, m.start() - 1) : m.start()]
        after = question[m.end() : m.end() + 2].lower()
        # "EXS4" is a name; "有20个" is a figure (a Han character is no Latin letter)
        if (before.isascii() and before.isalpha()) or after[:2] in ("st", "nd", "rd", "th"):
            continue  # "EXS4", "3rd": an edition, not a figure
        return int(text)
    return _number_word(r.words, lex)


def _number_word(words: tuple[str, ...], lex: Lexicon) -> int | None:
    """The first number written as a word ("four days"), not a span ("ten-year honours")."""
    numbers, last = lex.numbers, len(words) - 1
    if numbers.keys().isdisjoint(words):
        return None
    for i, w in enumerate(words):
        if w in numbers and numbers[w] > 1 and (i == last or words[i + 1] not in _YEARS):
            return numbers[w]
    return None


_YEARS = ("year", "years")


def comparator_of(r: Reading) -> str:
    words, zh = r.word_set, r.text.compact if r.text.han else ""
    if words & {"exactly", "precisely"} or any(z in zh for z in ("正好", "恰好", "整整")):
        return "exact"  # "exactly 1,000": "more than 1,000" is not that
    if words & _MORE or any(z in zh for z in ("超过", "多于", "以上", "逾")) or _N_PLUS.search(zh):
        return "more"  # "80多个": eighty-odd, more than 80
    if words & _LESS or any(z in zh for z in ("少于", "不到", "以下", "不足")):
        return "less"
    about = words & {"about", "around", "roughly", "approximately", "some"}
    return "about" if about or any(z in zh for z in ("大约", "左右", "约")) else ""


def weekday_of(r: Reading, lex: Lexicon) -> int | None:
    """The weekday named ("sunday", "tue"), 0 = Monday."""
    return next((lex.weekday_of[w] for w in r.words if w in lex.weekday_of), None)


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
            out.append(Ref("years_ago", 2))
        for m in _ZH_YEARS_AGO.finditer(r.text.compact):
            n = zh_int(m[1], lex)
            if n:
                out.append(Ref("years_ago", n))
    return tuple(ref for ref in dict.fromkeys(out) if ref not in r.refs) if out else ()


def number_of(word: str, lex: Lexicon) -> int | None:
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return lex.numbers.get(word)


def zh_int(text: str, lex: Lexicon) -> int | None:
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (lex.zh_numerals.get(tens, 1) if tens else 1) * 10 + lex.zh_numerals.get(ones, 0)
    return lex.zh_numerals.get(text)


def month_days(r: Reading, lex: Lexicon) -> tuple[int, ...]:
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
