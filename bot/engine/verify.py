"""Verification: a yes/no question's claim checked against the fact that settles it — yes or
no with that fact stated, or the fact alone where the source cannot settle it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from . import hosting
from .answer import Answer
from .claims import AUXILIARIES, TAG_SUBJECTS
from .compose import Composer
from .measures import (
    Measure,
    comparable,
    label_of,
    measure,
    measures,
    settles,
    settles_between,
    step,
)
from .model import Edition, Figure
from .patterns import lazy
from .query import Claim, Query
from .quotes import (
    KEYNOTE,
    PLACE_NOUNS,
    attending,
    covered,
    hedged,
    in_person,
    mentions,
    names,
    naming_parts,
    places,
    plain_yes,
    theme_holds,
)
from .records import replace
from .render import Renderer, chinese_number, english_ordinal
from .results import Verdict
from .text import key, normalise


def verify(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], today: dt.date
) -> Answer:
    """A claim about one edition (month, weekday, year, length, a figure, a first, that it
    had something): yes or no, always with the facts that decide it."""
    claim = q.claim
    several = tuple(dict.fromkeys(editions))
    if claim is not None and claim.year is None and len(several) > 1:
        answer = _every(eng, R, q, several, today)  # "were both 2015 and 2016 in December?"
        terms = claim.terms
        # "2017年和2019年都不是在11月举办的吗?", "weren't both…": either reading of a yes
        negation = negated(terms) or (R.zh and mentions(terms, _NEGATIONS_ZH))
        if _compares(claim) or negation:
            # a comparison the parse did not take ("…double 2020?"): the facts, no verdict
            return replace(answer, text=unverdicted(R, answer.text))
        return answer
    answer = _verify(eng, R, q, editions, today)
    terms = claim.terms if claim else ()
    asked = tuple(t.replace("是不是", "") for t in terms)
    never = negated(terms)
    if (R.zh and mentions(asked, _NEGATIONS_ZH)) or alternatives(terms) or never:
        # "没有在北京举办吧？", "was it never in December?": a yes or no to a negation reads
        # either way;
        # "in X or in Y?" asks which, not whether: the fact alone is unambiguous
        return replace(answer, text=unverdicted(R, answer.text))
    return answer


# "no more than 20", "not fewer than 10": a bound, not a negation
_BOUNDS = ("more", "fewer", "less", "greater", "over", "under")


_COMPARING = frozenset(
    {"than", "same", "equal", "double", "twice", "times", "half", "bigger", "smaller"}
    | {"larger", "higher", "lower", "percent", "more", "fewer", "less"}
)


def _compares(claim: Claim) -> bool:
    """Whether a claim that the editions merely have a fact is worded as a comparison."""
    bare = not (claim.months or claim.number is not None or claim.values or claim.days)
    bare = bare and claim.weekday is None and claim.day is None
    return bare and not _COMPARING.isdisjoint(claim.terms)


def negated(terms: tuple[str, ...]) -> bool:
    """ "was it never…", "…not held…", "had no expo": a claim of a negation (but "or not?",
    and "No. 4", are none)."""
    following = (*terms[1:], "")
    return any(
        (
            (w == "never" or (w == "not" and following[i] not in _BOUNDS))
            and not (i and terms[i - 1] == "or")
        )
        or (w == "no" and following[i].isalpha() and following[i] not in ("or", "one", *_BOUNDS))
        or (w == "t" and i > 1 and _contracted(terms, i - 1))
        for i, w in enumerate(terms)
    )


# Auxiliaries that lead "is it true that…" ("have" is no yes/no lead in claims), and the
# same with their n't: "didn", "weren", "haven"
_LEADS = frozenset({aux for aux in AUXILIARIES if not aux.endswith("n")} | {"have"})
_CONTRACTED = frozenset(f"{aux}n" for aux in _LEADS)


def _contracted(terms: tuple[str, ...], i: int) -> bool:
    """Whether ``terms[i]`` ("didn" of "didn't") negates the claim itself: "is it true that
    it didn't…". A question that opens with it ("wasn't it in 2016?") asks the plain claim."""
    then = terms[i + 2] if i + 2 < len(terms) else ""
    if terms[i] not in _CONTRACTED or then in _TAGGING:
        return False  # "…in Shanghai, wasn't it?": a tag asks the claim
    if any(t in _LEADS for t in terms[:i]):
        return True
    # "the 2nd one wasn't in December, right?": a statement of a negation, its subject first
    return any(t not in _CHAT_LEADS for t in terms[:i])


_CHAT_LEADS = frozenset({"so", "and", "but", "hey", "ok", "okay", "then", "wait", "um", "uh"})


_TAGGING = TAG_SUBJECTS | {"you", "we", "i", "that", "this"}


def unverdicted(R: Renderer, text: str) -> str:
    """``text`` without its "Yes —"/"No —" lead."""
    for verdict in ("yes", "no"):
        lead = R.tpl(verdict, fact="")
        if text.startswith(lead):
            return text[len(lead) :]
    return text


def alternatives(terms: tuple[str, ...]) -> bool:
    """ "in X or in Y?", "2019年还是2021年": a choice, not a yes/no (but "…, or not?" and
    "yes or no?" are yes/no questions)."""
    if any("还是" in t for t in terms):
        return True
    following = (*terms[1:], "")
    # "…, or not?", "or what": a yes/no question; "20 or more", "19 sub-forums or fewer": a
    # bound, no choice
    tags: tuple[str, ...] = ("not", "no", "nah", "nope", "what", "more", "fewer", "less", "above")
    tags += ("over", "under", "below", "higher", "lower")
    return any(w == "or" and following[i] not in tags for i, w in enumerate(terms))


def _every(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], today: dt.date
) -> Answer:
    """A claim about several editions at once: yes only if it holds for each, no if it fails
    for one; each edition's fact is stated."""
    claim = q.claim
    own = _own_numbers(claim, editions) if claim is not None and claim.number is not None else ()
    if own and claim is not None:
        # "2017 released 18 achievements and 2025 awarded 17, right?": each its own figure
        parts = [
            _verify(eng, R, q._replace(claim=claim._replace(number=n)), (e,), today)
            for e, n in zip(editions, own, strict=True)
        ]
    else:
        parts = [_verify(eng, R, q, (e,), today) for e in editions]
    yes_lead, no_lead = R.tpl("yes", fact=""), R.tpl("no", fact="")
    text = " ".join(unverdicted(R, p.text) for p in parts)
    verdict: Literal["yes", "no", "unknown"] = "unknown"
    if all(p.text.startswith(yes_lead) for p in parts):
        text = R.tpl("yes", fact=text)
        verdict = "yes"
    elif any(p.text.startswith(no_lead) for p in parts):
        text = R.tpl("no", fact=text)
        verdict = "no"
    answer = parts[0]
    years = tuple(e.year for e in editions)
    sources = eng.cite(R, text, years)
    return replace(
        answer, text=text, editions=years, sources=sources, result=Verdict(verdict, years)
    )


def _own_numbers(claim: Claim, editions: tuple[Edition, ...]) -> tuple[int, ...]:
    """The figures a claim gives, one per edition in the order written, where it gives as
    many as it names editions ("2017 … 18 … and 2025 … 17"); () otherwise."""
    years = {str(e.year) for e in editions}
    merged: list[str] = []
    for t in claim.terms:  # "1,900" was read as "1" and "900": one figure again
        if merged and t.isdigit() and len(t) == 3 and merged[-1].isdigit() and len(merged[-1]) <= 3:
            merged[-1] += t
        else:
            merged.append(t)
    found = [int(t) for t in merged if t.isdigit() and t not in years and len(t) <= 6]
    return tuple(found) if len(found) == len(editions) and len(set(found)) > 1 else ()


_NEGATIONS_ZH = ("没有", "没在", "不是", "并非", "未在", "不在")


def _verify(
    eng: Composer, R: Renderer, q: Query, editions: tuple[Edition, ...], today: dt.date
) -> Answer:
    claim = q.claim
    year = claim.year if claim is not None else None
    short = f"'{(year or 0) % 100:02d}"  # "'14"
    typed = claim is not None and any(str(year) in t or t == short for t in claim.terms)
    if claim is not None and editions and all(e.year == year for e in editions) and not typed:
        # The year names the same edition and was never typed (a Chinese edition name read
        # as its year): it claims nothing about it. "Was the first one in 2014?" still does.
        claim = claim._replace(year=None)
        q = q._replace(claim=claim)
    others = [e for e in editions if claim is None or e.year != claim.year]
    e = others[0] if others else (editions[0] if editions else None)
    if claim is None or e is None:
        return eng.decline(R, "decline_unknown", 0.5)
    timed = claim.months or claim.weekday is not None or claim.days or claim.year is not None
    detail = next((a for a in q.attributes if a.startswith("attr:")), None)
    if detail and not timed and (claim.first or claim.number is not None):
        # "did 2025 draw 670 exhibitors?", "was the expo first held in 2016?": the figure or
        # the first settles it, whatever other words the question quotes
        return _verify_detail(eng, R, q, e, detail, today)
    if not timed and claim.number is not None and "attendance" in q.attributes:
        return _verify_figure(eng, R, q, e)  # "2019年有83个国家参会吗"
    if q.first and claim.values and not claim.first and not timed and not detail:
        # "2018年是首次发布吗": whether the edition's fact those words name was a first — of
        # the kind of that fact, never a yes because the words are in it
        kinds = {
            d.about
            for d in e.details
            if all(
                (v in R.detail_text(d)) if not v.isascii() else v in normalise(d.text).words
                for v in claim.values
            )
        }
        if len(kinds) != 1:
            return eng.decline(R, "decline_unknown", 0.5)
        as_first = q._replace(claim=claim._replace(first=True, exists=True))
        return _verify_detail(eng, R, as_first, e, f"attr:{kinds.pop()}", today)
    if claim.values and not timed:
        if {"theme", "place", "hosts"} & set(q.attributes):
            return _verify_text(eng, R, q, e, claim.values, today)
        # ("was it the first time Li Shulei gave the keynote?": a first, of that person)
        return _verify_quote(eng, R, e, claim._replace(first=claim.first or q.first), detail or "")
    if detail and not timed and (claim.first or claim.exists or claim.number is not None):
        return _verify_detail(eng, R, q, e, detail, today)
    if claim.number is not None and claim.months and e.start is not None:
        # "was 2016 in December with 16 forums?": the month is claimed too; where it does
        # not hold, the claim is false whatever the figure
        held_in = any(m in (e.start.month, (e.end or e.start).month) for m in claim.months)
        if held_in == (q.exclude and bool(q.months)):
            no = _yes_no(eng, R, e, False, eng.dates_text(R, e, today), claim.year)
            return replace(no, intent="dates")  # (settled by the dates: a "no" that stands)
    if claim.number is not None:
        return _verify_figure(eng, R, q, e)
    if e.start is None:
        return eng.refusal(R, eng.dates_text(R, e, today))
    ceremony_day = claim.weekday is not None and q.day_of == "ceremony" and e.ceremony
    if ceremony_day and e.ceremony is not None and claim.weekday is not None:
        # "was the 2025 opening ceremony on a Friday?": its own day, not the first day's
        said = R.tpl("ceremony_weekday", weekday=R.weekday(e.ceremony), date=R.date(e.ceremony))
        held = e.ceremony.weekday() == claim.weekday
        return eng.edition_answer(R, "verify", R.tpl("yes" if held else "no", fact=said), e)
    if _unsettled_dates(q, e):
        return eng.edition_answer(R, "lookup", eng.dates_text(R, e, today), e)
    start, end = e.start, e.end or e.start
    checks: list[bool] = []
    strict = "before" in claim.terms or "after" in claim.terms  # (strictly, either way)
    by_day = ("by" in claim.terms or strict) and claim.day is not None and len(claim.months) == 1
    edge_asked = "end" in q.attributes or "start" in q.attributes
    if by_day and edge_asked and claim.weekday is None and not (q.exclude and q.months):
        # "had the 2019 summit ended by October 23?": on or before that day, not on it
        try:
            on = dt.date(claim.year or e.year, claim.months[0], claim.day or 1)
        except ValueError:
            on = None
        edge = e.end if "end" in q.attributes else start
        if on is not None and edge is not None:
            held = edge <= on
            if strict:  # "did it end before November 23?", "start after the 5th?"
                held = edge < on if "before" in claim.terms else edge > on
            return _yes_no(eng, R, e, held, eng.dates_text(R, e, today), claim.year)
    if claim.months:
        held_in = any(m in (start.month, end.month) for m in claim.months)
        # "was 2019 held outside November?", 11月以外: the months are what it was not in
        checks.append(not held_in if q.exclude and q.months else held_in)
    if claim.year is not None:
        checks.append(e.year == claim.year)
    facts = [eng.dates_text(R, e, today)]
    if claim.day is not None:  # "it ended on November 8th?": that day, or within its dates
        if "end" in q.attributes and e.end:
            checks.append(e.end.day == claim.day)
        elif "start" in q.attributes:
            checks.append(start.day == claim.day)
        else:
            checks.append(start.day <= claim.day <= end.day or start.month != end.month)
    if claim.span is not None and e.end is not None:
        # "the 2024 summit ran November 19 to 21, right?": both ends, not a day within
        first, last = claim.span
        checks.append((start.month, start.day) == first and (end.month, end.day) == last)
    if claim.weekday is not None:
        day = end if "end" in q.attributes and e.end else start
        facts = [eng.sentence(R, "weekday", e, today)]
        if q.day_of == "any" and "start" not in q.attributes and "end" not in q.attributes:
            # "in session on a Saturday?", "held on a Monday?": any of its days — not known
            # past the opening where its end is not on record
            if e.end is None and start.weekday() != claim.weekday:
                return eng.edition_answer(R, "lookup", " ".join(facts), e)
            span = (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
            checks.append(any(d.weekday() == claim.weekday for d in span))
        else:
            checks.append(day.weekday() == claim.weekday)
    if claim.days is not None:  # "lasted 3 days?", "longer than 3 days?"
        length = (e.end - start).days + 1 if e.end is not None else None
        checks.append(length is not None and _holds(length, claim.days, claim.comparator))
        facts = [eng.sentence(R, "duration", e, today)]
    if not checks:  # nothing the dates can settle: state them, say neither yes nor no
        return eng.edition_answer(R, "lookup", " ".join(facts), e)
    return _yes_no(eng, R, e, all(checks), " ".join(facts), claim.year)


_FIRST_SUCH = lazy(
    r"\b(first|last|earliest|latest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:editions?|summits?|conferences?|ones?|times?)\b",
    re.I,
)


def first_such(
    eng: Composer, R: Renderer, q: Query, question: str, year: int, today: dt.date
) -> Answer | None:
    """ "Was 2019 the first edition held in October?", "was 2025 the first four-day
    summit?": the first (last) edition the dates claim fits, against the year named; None
    where the question is no such claim."""
    claim = q.claim
    m = _FIRST_SUCH.search(question)
    if claim is None or m is None:
        return None
    if not (claim.months or claim.days is not None or claim.weekday is not None):
        return None
    last = m[1].casefold() in ("last", "latest")

    def fits(x: Edition) -> bool:
        assert x.start is not None and claim is not None
        end = x.end or x.start
        checks = []
        if claim.months:
            checks.append(any(mo in (x.start.month, end.month) for mo in claim.months))
        if claim.days is not None:
            length = (x.end - x.start).days + 1 if x.end else None
            checks.append(length is not None and _holds(length, claim.days, claim.comparator))
        if claim.weekday is not None:
            checks.append(x.start.weekday() == claim.weekday)
        return all(checks)

    held = [x for x in eng.editions if x.start and x.start <= today and x.status == "held"]
    hits = [x for x in held if fits(x)]
    named = next((x for x in eng.editions if x.year == year), None)
    if named is None:
        return None
    if not hits:
        return _yes_no(eng, R, named, False, eng.dates_text(R, named, today))
    pick = hits[-1] if last else hits[0]
    fact = R.tpl(
        "last_such" if last else "first_such",
        name=R.name(pick),
        year=pick.year,
        fact=eng.dates_text(R, pick, today),
    )
    answer = _yes_no(eng, R, named, pick.year == year, fact)
    return replace(answer, editions=tuple(dict.fromkeys((year, pick.year))))


def _holds(value: int, claimed: int, comparator: str) -> bool:
    """Whether an exact value bears out a claim about it ("more than 3", "3 or fewer")."""
    if comparator == "more":
        return value > claimed
    if comparator == "less":
        return value < claimed
    if comparator == "least":
        return value >= claimed
    if comparator == "most":
        return value <= claimed
    if comparator == "not":
        return value != claimed
    return value == claimed


def _unsettled_dates(q: Query, e: Edition) -> bool:
    """Whether the dates cannot settle the claim: "the only edition in December?" (a claim
    about all editions), a closing day or length the file lacks, or the opening ceremony of
    an edition whose ceremony fell on another day than its start."""
    claim = q.claim
    assert claim is not None
    if claim.only:
        return True
    day = claim.day is not None and "start" not in q.attributes  # "on the 5th": a range
    ends = claim.days is not None or day or "end" in q.attributes
    if e.end is None and (ends or "duration" in q.attributes):
        return True
    if (
        e.end is None
        and e.start is not None
        and not q.exclude
        and any(m > e.start.month for m in claim.months)
    ):
        # "is there one in December 2026?" of an edition that opened in November and has no
        # closing date: it may still run then — unknown, never "no"
        return True
    if any(a.startswith("attr:") for a in q.signals):
        return True  # "did the 2020 expo start on November 22?": the expo's days, not these
    return mentions(claim.terms, ("ceremony", "kick", "开幕式")) or (
        e.dates_note is not None and mentions(claim.terms, _CEREMONY)
    )


# How a figure's claim may be worded: "more than 1,800", "超过1,800".
_SAID = {
    "more": "more than ",
    "less": "fewer than ",
    "about": "about ",
    "exact": "exactly ",
    "least": "at least ",
    "most": "at most ",
}
_SAID_ZH = {
    "more": "超过",
    "less": "少于",
    "about": "约",
    "exact": "正好",
    "least": "至少",
    "most": "最多",
}
# Where people took part: the figures rarely say, so a claim naming it gets no verdict.
_HOW_ATTENDED = ("online", "virtual", "remote", "site", "person", "线上", "线下", "现场", "网上")

_CEREMONY = ("ceremony", "open", "kick", "开幕")
_HOW_HELD = ("online", "offline", "on site", "on-site", "线上", "线下", "现场")


def _yes_no(
    eng: Composer, R: Renderer, e: Edition, yes: bool, fact: str, year: int | None = None
) -> Answer:
    if yes:
        answer = eng.edition_answer(R, "verify", R.tpl("yes", fact=fact), e)
        return replace(answer, result=Verdict("yes", (e.year,)))
    if year is not None and year != e.year and (other := eng.edition(year)):
        text = R.tpl("no_year", fact=fact, year=year, other=R.name(other))
        answer = eng.edition_answer(R, "verify", text, e)
        years = (e.year, other.year)
        return replace(answer, editions=years, result=Verdict("no", years))
    answer = eng.edition_answer(R, "verify", R.tpl("no", fact=fact), e)
    return replace(answer, result=Verdict("no", (e.year,)))


def place_verdict(
    eng: Composer,
    R: Renderer,
    editions: tuple[Edition, ...],
    yes: bool | None,
    today: dt.date,
    elsewhere: bool = False,
) -> Answer:
    """The place of the editions (or of the series), with a yes, a no, or neither (None):
    "held abroad?" is no; "held in southern China?" is the place, which the facts state;
    ``elsewhere``: events beyond the editions claimed ("has the organisation held summits
    abroad?"), which the facts do not record — where every edition was, never a no."""
    if not editions:
        s = eng.kb.facts.series
        fact = _series_place(eng, R, "series_place")
        if yes is None and elsewhere:  # "has the organisation held summits abroad?"
            text = _series_place(eng, R, "place_ever_unknown")
            return eng.series_answer(R, "verify", text, (), intent="place")
        if yes is None:
            return eng.series_answer(R, "lookup", fact, (), intent="place")
        if s.since:  # ("ever held abroad?": no — and since when it has been held there)
            fact += " " + R.tpl("series_place_since", year=s.since)
        text = R.tpl("yes" if yes else "no", fact=fact)
        return eng.series_answer(R, "verify", text, (), intent="place")
    e = editions[0]
    fact = eng.sentence(R, "place", e, today)
    if yes is None:
        return eng.edition_answer(R, "verify", fact, e)
    return _yes_no(eng, R, e, yes, fact)


def _verify_text(
    eng: Composer,
    R: Renderer,
    q: Query,
    e: Edition,
    values: tuple[str, ...],
    today: dt.date,
) -> Answer:
    """ "Was the 2017 theme about the digital economy?", "is it held in Beijing?": yes when the
    fact's own words contain what is claimed, no otherwise; the fact is always stated."""
    attribute = next(a for a in ("theme", "hosts", "place") if a in q.attributes)
    terms = q.claim.terms if q.claim is not None else ()
    if attribute == "hosts" and hosting.asks_where(eng.kb.vocabulary, terms):
        attribute = "place"  # "was the 2022 summit hosted in Beijing?": where it was held
    if attribute == "theme" and not e.theme:
        return eng.refusal(R, eng.sentence(R, "theme", e, today))
    fact = eng.sentence(R, attribute, e, today)
    series = eng.kb.facts.series
    if attribute == "theme":
        said = f"{e.theme or ''} {e.theme_zh or ''}"
    elif attribute == "hosts":
        said = fact  # the hosts of that year, as the file words them
    else:
        said = f"{R.place(e)} {series.place} {series.place_zh or ''}"
        if not e.place or e.place == series.place:  # "in Jiaxing?": the town's prefecture
            said += " " + " ".join(series.place_within)
    words = set(normalise(said).words)
    quote = q.claim.quote if q.claim is not None else ()
    if attribute == "theme" and quote:
        # 'was the theme "…"?': every word quoted is in the theme (a part may be quoted), not
        # merely a few common ones ("Digital", "Future")
        if not quote[0].isascii():  # a Chinese quote: as written, in the Chinese theme
            theme_zh = "".join(ch for ch in e.theme_zh or "" if "\u3400" <= ch <= "\u9fff")
            if not theme_zh:
                return eng.edition_answer(R, "verify", fact, e)
            return _yes_no(eng, R, e, quote[0] in theme_zh, fact)
        theme = set(normalise(e.theme or "").words)
        content = [w for w in quote if len(w) > 3]  # "of"/"for" differ freely in quotes
        return _yes_no(eng, R, e, all(w in theme for w in content), fact)
    if attribute == "place" and q.claim is not None and not _PERSONAL.isdisjoint(q.claim.terms):
        # "was he in <the town> in 2023?" with no one to read "he" as: a person's being there,
        # which the place of the edition does not settle — what the facts say of its people
        people = [d for d in e.details if d.about == "keynote"]
        if people:
            return eng.edition_answer(R, "verify", " ".join(R.detail_text(d) for d in people), e)
        return eng.edition_answer(R, "verify", fact, e)
    if attribute == "place":  # "<a province> province", two town names run together
        values = tuple(v for v in values if v not in PLACE_NOUNS)
        if values and q.claim is not None:
            holders = _holders(eng, values, words, said)
            if e in holders:
                # "was <the town> made the permanent venue at the first one?": a word of another
                # of the edition's sentences, not of its place — that sentence settles it
                return _verify_quote(eng, R, e, q.claim, "")
            if holders and _becoming(q.claim.terms):
                # "…made the permanent venue at the 2015 one?": that happened at another
                facts = " ".join(
                    f"{R.name_year(x)}{R.pick(': ', '：')}{s}"
                    for x in holders
                    for s in _sentences(x, values)
                )
                answer = _yes_no(eng, R, e, False, facts)
                # (about the edition it happened at too: its year is the answer's)
                years = (e.year, *(x.year for x in holders if x is not e))
                return replace(answer, editions=years)
        if series.place_note and (not e.place or e.place == series.place):
            # "held at the permanent venue?": the venue, as the file describes it
            note = R.pick(series.place_note, series.place_note_zh)
            noted = set(normalise(series.place_note).words) - words
            said += f" {series.place_note} {series.place_note_zh or ''}"
            words = set(normalise(said).words)
            if any(v in noted for v in values):
                fact = f"{fact} {note}"
        if not values:  # "held in a city?": no place named, nothing to settle
            return eng.edition_answer(R, "verify", fact, e)
        found = [v in words if v.isascii() else covered(v, said) for v in values]
        if any(found) and not all(found):  # "the Zhejiang government": the place and more
            return eng.edition_answer(R, "verify", fact, e)
        if any(
            not v.isascii() and not f and any(ch in said for ch in v)
            for v, f in zip(values, found, strict=True)
        ):
            return eng.edition_answer(R, "verify", fact, e)  # a character off: a typo, maybe
        yes = all(found)
    elif attribute == "theme":
        # each word claimed, in any of its forms ("security" in "Secure"); some but not all
        # ("trusting each other"): the theme, which says what it says, without a verdict
        held = [theme_holds(said, v) for v in values]
        others = " ".join(x.theme or "" for x in eng.editions if x is not e)
        missing = [v for v, h in zip(values, held, strict=True) if not h]
        if any(held) and not all(theme_holds(others, v) for v in missing):
            # "about digital civilization?" of 2023: another theme's words, so no; "about
            # trusting each other?": words no theme has, which the theme cannot settle
            return eng.edition_answer(R, "verify", fact, e)
        yes = all(held)
    else:
        yes = all((v in said) if not v.isascii() else v in words for v in values)
    if attribute == "hosts" and (judged := _hosting(eng, q, e, values)) is not None:
        # "was <the province> a host in 2022?": by the parties each role lists, not by a
        # search of the sentence (which also names where the organisation has its seat)
        if judged == "open":
            return eng.edition_answer(R, "verify", fact, e)
        return _yes_no(eng, R, e, judged == "yes", fact)
    if yes and q.claim is not None and q.claim.only:
        return eng.edition_answer(R, "verify", fact, e)  # "only in <the town>?": and online too?
    if yes and attribute == "hosts" and not _said_as_asked(fact, values, q):
        # Named among the hosts, but hosting and organising differ: the fact, without a yes
        return eng.edition_answer(R, "verify", fact, e)
    return _yes_no(eng, R, e, yes, fact)


def _hosting(
    eng: Composer, q: Query, e: Edition, values: tuple[str, ...]
) -> hosting.RoleVerdict | None:
    """Whether the party a hosts claim names held the role it asks of (None: not settled by
    the roles on record)."""
    terms = q.claim.terms if q.claim is not None else ()
    named = hosting.asked_names(eng.kb.facts, values)
    return hosting.judge(eng.kb.facts, eng.kb.vocabulary, e, named, terms)


_PERSONAL = frozenset({"he", "she", "him", "her", "they"})
_EVENT_VERBS = frozenset({"made", "became", "become", "named", "designated", "chosen"})
_EVENT_VERBS_ZH = ("定为", "成为", "授予", "命名", "选为", "确定为")


def _becoming(terms: tuple[str, ...]) -> bool:
    """Whether a claim says something was made so ("became", 被定为), which happened once, at
    one edition — not a state every later one shares."""
    return not _EVENT_VERBS.isdisjoint(terms) or any(
        v in t for t in terms if not t.isascii() for v in _EVENT_VERBS_ZH
    )


def _sentences(e: Edition, values: tuple[str, ...]) -> list[str]:
    """The edition's highlights and details that hold every claimed word (Latin ones), or
    every claimed stretch of Chinese (in its Chinese sentences)."""
    latin = [v for v in values if v.isascii()]
    if not latin:
        han = [v for v in values if not v.isascii()]
        texts_zh = [d.text_zh or "" for d in e.details] + list(e.highlights_zh)
        return [t for t in texts_zh if han and all(covered(v, t) for v in han)]
    texts = [d.text for d in e.details] + list(e.highlights)  # not the sources' names
    return [t for t in texts if all(v in normalise(t).words for v in latin)]


def _holders(eng: Composer, values: tuple[str, ...], place: set[str], said: str) -> list[Edition]:
    """The editions with a sentence (beyond the place) holding the claimed words that are
    not words of the place (Latin words; else Chinese stretches the place does not cover)."""
    claimed = tuple(v for v in values if v.isascii() and v not in place) or tuple(
        v for v in values if not v.isascii() and not covered(v, said)
    )
    if not claimed:
        return []
    return [x for x in eng.editions if _sentences(x, claimed)]


def _said_as_asked(fact: str, values: tuple[str, ...], q: Query) -> bool:
    """Whether the clause of ``fact`` that names the claimed values also says the verb the
    question asks ("hosted"): "X and Y hosted the conference" says it of Y; "X hosts the
    summit, with Y as organizer" does not."""
    terms = q.claim.terms if q.claim is not None else ()
    stems = {t[:4] for t in terms if t.isascii() and t.isalpha() and len(t) >= 5}
    stems -= {v[:4] for v in values}
    if not stems or not all(v.isascii() for v in values):
        return False
    return any(
        any(w[:4] in stems for w in normalise(part).words) for part in naming_parts(fact, values)
    )


def _series_place(eng: Composer, R: Renderer, key: str) -> str:
    """The series' place in the template ``key``, with its note ("the permanent venue")."""
    s = eng.kb.facts.series
    text = R.tpl(key, place=R.place())
    return f"{text} {R.pick(s.place_note, s.place_note_zh)}" if s.place_note else text


def verify_series_place(eng: Composer, R: Renderer, q: Query, ever: bool = False) -> Answer:
    """ "Is the conference held in Hangzhou?": the series' place, yes or no. "Was it ever held
    in Hong Kong?" asks of every event, which the facts do not all record: the editions' place,
    and no "no"."""
    claim = q.claim
    s = eng.kb.facts.series
    said = f"{s.place} {s.place_zh or ''} {s.place_note or ''} {s.place_note_zh or ''}"
    said += " " + " ".join(s.place_within)
    words = set(normalise(said).words)
    values = tuple(v for v in claim.values if v not in PLACE_NOUNS) if claim else ()
    # 在嘉兴办过吗: the place, without the verb the reading ran into (办过 is "ever", said)
    held_verbs = ("举办过", "举行过", "召开过", "办过", "开过", "举办", "举行", "召开", "办")
    bare = tuple(next((v[: -len(x)] for x in held_verbs if v.endswith(x)), v) for v in values)
    ever = ever or any(v.endswith("过") for v in values if not v.isascii())
    values = tuple(v for v in bare if v)
    fact = _series_place(eng, R, "series_place")
    if not values or (claim is not None and claim.only):
        # nothing claimed, or "the only venue?": state the place, neither yes nor no
        return eng.series_answer(R, "lookup", fact, (), intent="place")
    yes = all((v in said) if not v.isascii() else v in words for v in values)
    within = [
        p
        for p in s.place_within
        if any(
            (v in normalise(p).words) if v.isascii() else (key(p) in v or v in key(p))
            for v in values
        )
    ]
    # in the answer's language; in English only a place's name ("Jiaxing", not "water town")
    within = [p for p in within if p.isascii() != R.zh and (R.zh or p[:1].isupper())][:1]
    if yes and within:  # "is it in Jiaxing?": say which of the areas it lies in was asked
        fact += " " + R.tpl("lies_within", area=R.join(within))
    elif not yes and not ever:
        # "is <the town> part of <another city>?": no — and the city it does lie in, the
        # first of the areas that hold it
        held_by = [p for p in s.place_within if p.isascii() != R.zh and (R.zh or p[:1].isupper())]
        if held_by:
            fact += " " + R.tpl("lies_within", area=held_by[0])
    if ever and not yes:
        text = _series_place(eng, R, "place_ever_unknown")
        return eng.series_answer(R, "verify", text, (), intent="place")
    ever_said = ever or (claim is not None and "ever" in claim.terms)
    if ((yes and q.every) or ever_said) and s.since:
        # "is it held there every year?": since when, which the series' start settles
        fact += " " + R.tpl("series_place_since", year=s.since)
    text = R.tpl("yes" if yes else "no", fact=fact)
    return eng.series_answer(R, "verify", text, (), intent="place")


def _verify_quote(eng: Composer, R: Renderer, e: Edition, claim: Claim, attribute: str) -> Answer:
    """ "Did <a person> attend the 2016 one?": what the file says about them that year, without a
    yes or no the quote may not support (a video speech is not attending in person). Asked
    about the keynote, the keynote detail settles it: the speaker it names, or someone else."""
    # 习近平发(贺信): a name the facts hold, run into its verb — the name
    values = tuple((eng.zh_speaker(v) or v) if not v.isascii() else v for v in claim.values)
    claim = claim._replace(values=values)
    # "was Li Qiang in <the town> for it?": the town the series is held in, said of a person, is
    # their being there in person
    s = eng.kb.facts.series
    town = set(normalise(" ".join((s.place, *s.place_within))).words)
    people = tuple(v for v in values if v not in town)
    if people and people != values:
        values = people
        claim = claim._replace(values=people, terms=(*claim.terms, "in", "person"))
    if attribute == "attr:keynote":  # a person's role: the detail names who it was
        asked = [d for d in e.details if d.about == attribute[5:]]
        texts = [R.detail_text(d) for d in asked]
        said = " ".join(f"{d.text} {d.text_zh or ''}" for d in asked)
        keynote = mentions(claim.terms, KEYNOTE)
        # It names another keynote speaker: no — only asked of the keynote itself, where the
        # detail names one (others may have spoken). A Chinese value is a stretch of
        # unexplained text; only one of a name's length (2-4 characters) is surely a person.
        name_like = all(v.isascii() or len(v) <= 4 for v in values)
        # "Y gave the keynote speech" names the keynote speaker; "Y gave a keynote address"
        # names one of them
        named = any("the keynote" in d.text.casefold() for d in asked)
        if asked and name_like and keynote and named and not names(said, values):
            return _yes_no(eng, R, e, False, " ".join(texts))
        first = claim.first or any(t in ("first", "首次", "第一次") for t in claim.terms)
        if first and asked and names(said, values):
            # "was it the first time Li Shulei gave the keynote?": no if an earlier edition's
            # keynote fact names them; else the fact, without a yes (the file may not hold all)
            earlier = [
                (x, d)
                for x in eng.editions
                if x.year < e.year
                for d in x.details
                if d.about == "keynote" and names(f"{d.text} {d.text_zh or ''}", values)
            ]
            if earlier:
                x, d = earlier[0]
                fact = R.tpl("reverse_first", name=R.name(x), year=x.year, text=R.detail_text(d))
                return _yes_no(eng, R, x, False, fact)
            return eng.edition_answer(R, "verify", " ".join(texts), e)
        if asked and plain_yes(said, claim, keynote):
            return _yes_no(eng, R, e, True, " ".join(texts))
        if asked and keynote:  # another speaker named, or one of several: the fact, no verdict
            # Not named at all: the file records keynotes, not who attended or spoke, so
            # "unknown" — never "no" (and the file's fact alongside).
            key = "quote_found" if names(said, values) else "quote_unrecorded"
            text = R.tpl(key, name=R.name(e), text=" ".join(texts))
            answer = eng.edition_answer(R, "verify", text, e)
            return replace(answer, result=Verdict("unknown", (e.year,)))
    texts = [R.detail_text(d) for d in e.details] + list(e.highlights_zh if R.zh else e.highlights)
    # (every value: "Li Qiang" is not named by "Li Shulei …")
    found = [
        t
        for t in texts
        if all((v in t) if not v.isascii() else v in normalise(t).words for v in values)
    ]
    keynotes = [R.detail_text(d) for d in e.details if d.about == "keynote"]
    if not found and keynotes and (attending(claim.terms) or mentions(claim.terms, KEYNOTE)):
        # "was Liu He at the 2016 summit?": the file records who gave the keynote, not who
        # attended — unknown, with what it has (never "no", nor another person's record)
        text = R.tpl("quote_unrecorded", name=R.name(e), text=" ".join(keynotes))
        answer = eng.edition_answer(R, "verify", text, e)
        return replace(answer, result=Verdict("unknown", (e.year,)))
    if not found:
        return eng.refusal(R, R.tpl("quote_none", name=R.name(e)))
    said = " ".join(found)
    if plain_yes(said, claim, False):  # "did <a person> attend the opening?": the fact says so
        return _yes_no(eng, R, e, True, said)
    if in_person(claim) and hedged(said, claim):  # "in person?" of a video speech: no
        return _yes_no(eng, R, e, False, said)
    return eng.edition_answer(R, "verify", R.tpl("quote_found", name=R.name(e), text=said), e)


def _verify_detail(
    eng: Composer, R: Renderer, q: Query, e: Edition, attr: str, today: dt.date | None = None
) -> Answer:
    """ "Was the expo introduced in 2016?", "did 2023 hand out honours?", "24 sub-forums?" """
    claim = q.claim
    assert claim is not None
    about = attr[5:]
    found = [d for d in e.details if d.about == about]
    if claim.first:
        firsts = [(x, d) for x in eng.editions for d in x.details if d.about == about and d.first]
        if not firsts:
            return eng.decline(R, "decline_unknown", 0.5)
        # of several firsts of one kind, the one whose words the question uses ("the first
        # Leading Technology Award", not the first achievements released)
        asked = {w for w in claim.terms if len(w) > 3 and w.isascii()}
        han = "".join(t for t in claim.terms if not t.isascii())
        pairs = {han[i : i + 2] for i in range(len(han) - 1)}
        shared = [
            len(asked & set(normalise(d.text).words))
            + sum(1 for p in pairs if p in (d.text_zh or ""))
            for _, d in firsts
        ]
        best = max(shared)
        if best == 0 and any(x is e for x, _ in firsts):
            # "was it the first time?" just after 2023's award: words that name none of them,
            # asked of an edition that had a first of the kind — that one
            best_pair = next((x, d) for x, d in firsts if x is e)
            shared = [1 if pair == best_pair else 0 for pair in firsts]
        where, d = firsts[shared.index(max(shared))]
        fact = R.tpl("reverse_first", name=R.name(where), year=where.year, text=R.detail_text(d))
        return _yes_no(eng, R, where, where.year == e.year, fact)
    if (
        claim.number is not None
        and found
        and _origin_unsaid(eng, claim.terms, " ".join(R.detail_text(d) for d in found))
    ):
        # "300 British companies exhibited in 2025, right?": the facts count the exhibitors,
        # never by country — the fact, without a verdict
        return eng.edition_answer(R, "verify", " ".join(R.detail_text(d) for d in found), e)
    if claim.number is not None:
        return _verify_figure(eng, R, q, e)
    if not found:
        # "was there an expo in 2014?": another edition's fact of the kind that speaks of this
        # one ("a 2014 themed exhibition of the same name preceded it") — that, no verdict
        told = [
            (x, d)
            for x in eng.editions
            if x is not e
            for d in x.details
            if d.about == about and str(e.year) in d.text
        ]
        if told:
            x, d = told[0]
            fact = R.tpl("reverse_first", name=R.name(x), year=x.year, text=R.detail_text(d))
            # (cited as the other edition's fact, which it is)
            return replace(eng.edition_answer(R, "verify", fact, x), editions=(e.year, x.year))
        label = R.attribute_label(about)
        # ("did he come in person?": a person's part, which the keynote facts say)
        someone = bool(q.values) or mentions(claim.terms, ("他", "她"))
        someone = someone or any(t in ("he", "she", "him", "her") for t in claim.terms)
        if about == "format" and today is not None and not someone:
            # "was the 2022 one held online?": no format fact, but its attendance or its other
            # facts say how people took part (online and on site) — those words, no verdict
            said = [
                text
                for text in (
                    eng.sentence(R, "attendance", e, today),
                    *map(R.detail_text, e.details),
                )
                # (the words, not the source's name: "China Youth Online")
                if any(w in text.rsplit(" (", 1)[0].casefold() for w in _HOW_HELD)
            ]
            if said:
                text = R.tpl("quote_found", name=R.name(e), text=" ".join(said[:2]))
                return eng.edition_answer(R, "lookup", text, e)
        return eng.refusal(R, R.tpl("detail_none", name=R.name(e), label=label))
    fact = " ".join(R.detail_text(d) for d in found)
    if claim.only:  # "held only online?": that it had the detail does not settle "only"…
        if _also_else(eng, about, claim, fact):
            return _yes_no(eng, R, e, False, fact)  # …unless it says online and offline
        return eng.edition_answer(R, "verify", fact, e)
    if about == "keynote" or q.direction in ("more", "less"):
        # "did the president speak?", "did tim cook speak?": that a keynote was given says
        # nothing of who gave it; "more forums than the year before?" compares, it does not
        # ask whether there were forums
        return eng.edition_answer(R, "verify", fact, e)
    if _topic(claim.terms) and about != "keynote":
        # "was there a sub-forum on AI in 2024?": that there were sub-forums says nothing of
        # their topics — the fact, without a yes
        return eng.edition_answer(R, "verify", fact, e)
    if mentions(claim.terms, _HOW_ATTENDED) and not _says_how(fact, claim):
        # "was the 2019 expo online?": the expo's facts say nothing of how it was held — the
        # fact, without a yes
        return eng.edition_answer(R, "verify", fact, e)
    if _origin_unsaid(eng, claim.terms, fact):
        # "did any US company exhibit in 2019?": the facts count exhibitors from abroad, not
        # by country — the fact, without a yes
        return eng.edition_answer(R, "verify", fact, e)
    parts = _other_parts(eng, R, claim, e, fact, fact)
    return parts if parts is not None else _yes_no(eng, R, e, True, fact)


def _origin_unsaid(eng: Composer, terms: tuple[str, ...], fact: str) -> bool:
    """Whether a claim names a country or nationality ("US", "Russian") the fact does not."""
    places = eng.kb.vocabulary.office_holders.get("places", ())
    said = set(normalise(fact).words)
    asked = set(terms)
    return any(
        p in asked and p not in said and p != "country" for p in places if " " not in p
    ) or any(
        f" {p} " in f" {' '.join(terms)} " and p not in fact.casefold() for p in places if " " in p
    )


def _other_parts(
    eng: Composer, R: Renderer, claim: Claim, e: Edition, fact: str, said: str
) -> Answer | None:
    """A claim's parts beside the one judged true: where something came from that ``said``
    (the facts' words) does not have ("companies from the US"), or another figure ("in five
    sections") — the fact without a verdict where they are not recorded, no where another
    figure differs; None where the claim has no such part."""
    if _from_elsewhere(claim.terms, said, eng.kb.vocabulary.stopwords):
        return eng.edition_answer(R, "verify", fact, e)
    other = other_figures(eng, claim, e)
    if other is None:
        return None
    if other[0] is None:
        return eng.edition_answer(R, "verify", fact, e)  # "in four sections": not recorded
    # (the report that gives the claim's figures — its other numbers too, where one does)
    reports = [a for a in e.attendance if claim.number in {f.number for f in a.figures}]
    both = [a for a in reports if other[2] <= {f.number for f in a.figures}]
    report = next(iter(both or reports), None)
    report = report if not other[1] else None  # (every other figure was the report's)
    if report is not None:  # "1,500 guests from 83 countries": the report that gives both
        said = R.tpl("attendance", source=report.source, figures=R.figures(report), name=R.name(e))
        return _yes_no(eng, R, e, other[0], said)
    return _yes_no(eng, R, e, other[0], f"{fact} {other[1]}")  # "in five sections"


def _sentences_of(e: Edition) -> str:
    """An edition's detail sentences, together (what its facts say, to look words up in)."""
    return " ".join(d.text for d in e.details)


def _from_elsewhere(terms: tuple[str, ...], fact: str, stop: tuple[str, ...]) -> bool:
    """Whether a claim says where something came from ("companies from the US") by a word
    the fact does not have."""
    said = set(normalise(fact).words)
    for i, t in enumerate(terms[:-1]):
        if t != "from":
            continue
        # ("from 47 countries and the US": every place named, past the count — up to a
        # word of another clause, "from 2021 to 2025", "from about 13 countries")
        for j, w in enumerate(terms[i + 1 : i + 6], start=i + 1):
            if w in _FROM_JOINS or not w.isalpha():
                continue
            if w in stop and terms[j - 1] != "the":  # ("the US": a name, though "us" is short)
                break
            if w not in said and w.removesuffix("s") not in said:
                return True
    return False


_FROM_JOINS = frozenset({"the", "a", "an", "and", "or", "some", "other"})


_DIGITS = lazy(r"\d+")


def _kind_words(eng: Composer) -> set[str]:
    """The words that name a kind of figure ("sections", "issues", "countries")."""
    kinds = eng.kb.vocabulary.figure_kinds
    return {w.removesuffix("s") for k in kinds for w in (k.id, *k.label.split()) if len(w) >= 4}


def other_figures(
    eng: Composer, claim: Claim, e: Edition
) -> tuple[bool | None, str, frozenset[int]] | None:
    """The other figures a claim states beside the one it is judged by ("20 sub-forums in five
    sections"): whether the edition's figures of those units match them, those figures'
    sentences, and the numbers so checked — None where the claim states no other; a first
    part of None where it names a kind of figure the edition does not record (then the claim
    is not settled either way)."""
    numbers = eng.kb.vocabulary.numbers
    terms = claim.terms
    # ("1,500 guests from 83 countries": the countries of the report that gives the guests,
    # before any other fact's — the expo's countries are another count; its sentence is
    # already the answer's)
    reported = [
        (f, "")
        for a in e.attendance
        if any(g.number == claim.number for g in a.figures)
        for f in a.figures
    ]
    # (then the other reports of the attendance, then the other facts' figures)
    # ("670 exhibitors from 54 countries": no report gives 670, so the expo's countries)
    others = (
        [(f, "") for a in e.attendance for f in a.figures if (f, "") not in reported]
        if reported
        else []
    )
    figures = reported + others + [(f, d.text) for d in e.details for f in d.figures]
    holds: list[bool] = []
    texts: dict[str, None] = {}
    checked: set[int] = set()
    for i, t in enumerate(terms[:-1]):
        n = int(t) if t.isdigit() and len(t) < 4 else numbers.get(t)
        if n is None or n == claim.number or n == claim.number_to:
            continue
        if i and (terms[i - 1] in numbers or terms[i - 1].isdigit()):
            continue  # ("eighty-three countries": one number, said in two words)
        unit = terms[i + 1].removesuffix("s")
        if len(unit) < 4:
            continue
        found = next((ft for ft in figures if _unit_of(ft[0]) == unit), None)
        if found is None:
            if unit in _kind_words(eng):
                return None, "", frozenset({n})  # "in four sections" where none are recorded
            return None
        # ("from 76 countries" where one report says more than 70 and another 76: a report
        # that says it settles it)
        pool = reported + others if reported else figures  # (never the expo's, for guests)
        same = [ft for ft in pool if _unit_of(ft[0]) == unit and ft[0].number == n]
        found = same[0] if same and found[0].number != n else found
        holds.append(found[0].number == n)
        texts[found[1]] = None
        checked.add(n)
    if not holds:
        return None
    return all(holds), " ".join(t for t in texts if t), frozenset(checked)


def _unit_of(f: Figure) -> str:
    """A figure's unit as a claim names it: its first word, singular ("countries" → country)."""
    return f.unit.split()[0].casefold().removesuffix("s")


def _topic(terms: tuple[str, ...]) -> bool:
    """Whether a claim names what something was about ("a sub-forum on AI", "about 5G")."""
    return any(
        w in ("on", "about") and i + 1 < len(terms) and terms[i + 1].isalpha()
        for i, w in enumerate(terms)
    )


def _says_how(fact: str, claim: Claim) -> bool:
    """Whether a fact says the way of taking part the claim asks (online, on site, 线上)."""
    words = normalise(fact).words
    asked = [w for w in _HOW_ATTENDED if mentions(claim.terms, (w,))]
    return any(mentions(words, (w,)) or w in fact for w in asked)


def _also_else(eng: Composer, about: str, claim: Claim, fact: str) -> bool:
    """Whether a fact says what an "only" claim asks and another word of the same kind of fact
    too: "only online?" of "held online and offline"."""
    kinds = next((a for a in eng.kb.vocabulary.attributes if a.id == about), None)
    if kinds is None:
        return False
    said = set(normalise(fact).words)
    asked = [w for w in kinds.words if mentions(claim.terms, (w,))]
    others = [w for w in kinds.words if w not in asked and w in said]
    return any(w in said for w in asked) and bool(others)


def _verify_figure(eng: Composer, R: Renderer, q: Query, e: Edition) -> Answer:
    """ "Did more than 2,000 people attend in 2015?", "were there 30 sub-forums in 2024?" """
    claim = q.claim
    assert claim is not None and claim.number is not None
    attribute = comparable(q)
    unsettled = claim.only or mentions(claim.terms, _HOW_ATTENDED)
    if attribute.startswith("attr:"):
        found = [d for d in e.details if d.about == attribute[5:]]
        main = {d.number for d in found} | {
            f.number for d in found for f in d.figures if f.kind == q.measure
        }
        text = " ".join(f"{d.text} {d.text_zh or ''}" for d in found).replace(",", "")
        other = claim.number not in main and re.search(rf"(?<!\d){claim.number}(?!\d)", text)
        countries = (
            q.measure != "people"
            and measure(R, e, attribute, q.measure) is None
            and not any(places(d.unit) for d in found)
        )
        if found and countries:  # "did 47 countries exhibit?" where no such figure is kept
            what = label_of(R, attribute, q.measure, eng)
            fact = " ".join(R.detail_text(d) for d in found)
            text = R.tpl("figure_unknown", what=what, name=R.name_year(e), fact=fact)
            return replace(eng.refusal(R, text), editions=(e.year,))
        if found and other:
            # "did 47 countries exhibit?": a figure other than the one the detail counts; its
            # words say it, and no yes or no is drawn from the other count
            return eng.edition_answer(R, "verify", " ".join(R.detail_text(d) for d in found), e)
    m = measure(R, e, attribute, q.measure)
    if m is None:
        what = label_of(R, attribute, q.measure, eng)
        return eng.refusal(R, R.tpl("compare_unknown", what=what, items=R.name(e)))

    def judged(x: Measure) -> bool | None:
        if claim.comparator == "between" and claim.number_to is not None:
            return settles_between(x, claim.number or 0, claim.number_to)
        return settles(x, claim.comparator, claim.number or 0)

    verdict = judged(m)
    if verdict is None:
        # another source's figure may settle it ("roughly 1,000" where "more than 1,000"
        # cannot say whether it passed 2,000); sources that disagree settle nothing
        settled: list[tuple[bool, Measure]] = []
        for x in measures(R, e, attribute, q.measure):
            held = judged(x)
            if held is not None:
                settled.append((held, x))
        if len({held for held, _ in settled}) == 1:
            verdict, m = settled[0]
    fact = R.tpl(
        "figure_fact",
        name=R.name_year(e),
        value=m.shown,
        what=label_of(R, attribute, q.measure, eng),
    )
    if unsettled:  # "online?", "only 20?": the figure is stated, the claim not settled
        return eng.edition_answer(R, "verify", fact, e)
    if verdict is None:  # "more than 1,800" cannot say whether it passed 2,000
        said = _SAID_ZH if R.zh else _SAID
        claimed = said.get(claim.comparator, "") + f"{claim.number:,}"
        if claim.comparator == "between" and claim.number_to is not None:
            claimed = f"{claim.number:,}–{claim.number_to:,}"
        text = f"{fact} {R.tpl('figure_unsettled', n=claimed)}"
        answer = eng.edition_answer(R, "verify", text, e)
        return replace(answer, result=Verdict("unknown", (e.year,)))
    others = [x for x in measures(R, e, attribute, q.measure) if x.shown != m.shown]
    against = [x for x in others if (held := judged(x)) is not None and held != verdict]
    if not unsettled and against:
        # "did 2018 have 80 countries?" where one source says 76 and another a figure that
        # would say otherwise: the sources leave it open — each said, no verdict
        reports = _reports(R, (m, *others))
        text = f"{fact} {R.tpl('figure_sources_differ', items=reports)}"
        answer = eng.edition_answer(R, "verify", text, e)
        return replace(answer, result=Verdict("unknown", (e.year,)))
    if others and verdict is not None and not unsettled:
        # "was 2018 attended by 76 countries?": yes by one source, and the other (more than
        # 70) said too — never one source's figure as the only one
        also = _reports(R, others)
        fact = f"{fact} {R.tpl('figure_other_sources', items=also)}"
    numbers = {int(n) for t in claim.terms for n in _DIGITS.findall(t.replace(",", ""))}
    if verdict is False and claim.number is not None and m.value in numbers - {claim.number}:
        # "601家企业，其中107家境外企业": the figure measured is claimed too, beside another —
        # the other number was paired with it by mistake; the fact, no "no"
        return eng.edition_answer(R, "verify", fact, e)
    if verdict:
        # "670 companies, including some from Japan", "20 sub-forums in five sections"
        parts = _other_parts(eng, R, claim, e, fact, f"{fact} {_sentences_of(e)}")
        if parts is not None:
            return parts
    if verdict is False and m.odd and judged(replace(m, odd=False)) is None:
        # "did 2024 have more than 140 countries?" — "No — more than 130" reads as a
        # contradiction unless the source's own "130多" (below 140) is said
        fact += " " + R.tpl("figure_odd", value=f"{m.value:,}", top=f"{m.value + step(m.value):,}")
    return _yes_no(eng, R, e, verdict, fact)


def _reports(R: Renderer, figures: Sequence[Measure]) -> str:
    """Each source's figure, as "<source>: <figure>" (the figure alone where none is named)."""
    return R.join([f"{x.source}: {x.shown}" if x.source else x.shown for x in figures])


def numbering_of(eng: Composer, R: Renderer, e: Edition) -> Answer:
    """Which number an edition was ("the 2018 summit was which number?")."""
    number = e.ordinal or e.count
    if number is None:
        return eng.decline(R, "decline_unknown", 0.5)
    which = "numbering_of" if e.ordinal else "numbering_count"
    text = R.tpl(
        which,
        name=R.name(e),
        year=e.year,
        ordinal=english_ordinal(number),
        ordinal_zh=chinese_number(number),
    )
    return eng.edition_answer(R, "numbering", text, e)
