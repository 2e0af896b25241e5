"""Deciding: from the parsed query to one answer, or an honest decline.

The steps run in order; each either answers (or declines) or hands the turn on:
social replies, scope (is this about our series at all?), operations beyond a look-up,
conflicting references, free Q&A, missing editions, then the look-up itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from . import aggregate, conditions, evaluate, hosting, meta, quotes, series, verify
from .answer import Answer, Context
from .claims import AUXILIARIES, asks_any, comparator_of, day_asked
from .compose import Composer
from .lexicon import Lexicon
from .lexparts import reporter
from .lookup import (
    FAQ_STRONG,
    SEAT,
    count_noun,
    faq_pick,
    how_many_times,
    last_numbered,
    lookup,
    month_in_context,
    person_ago,
    settle,
)
from .measures import comparable, day, label_of, measure, span
from .model import QA, Detail, Edition, Upcoming
from .parse import BETWEEN_YEARS, how_many, says_before_after, says_change
from .patterns import lazy
from .query import FOLDS, Claim, Query
from .reading import Reading, Ref
from .records import replace
from .render import Renderer, english_ordinal
from .resolve import NoSuch
from .results import Verdict
from .scanning import (
    HEADS,
    ORDINAL,
    ordinal_value,
    said_count,
    without_asking_both,
    zh_number,
)
from .text import normalise
from .timing import IN_THE_YEAR, in_the_year, month_end
from .turn import Turn

_SOCIAL = ("greeting", "help", "thanks")
# days counted by the day of the year: "apart in the year", "in the calendar year"
_ABOUT_BOT = ("freshness", "coverage")  # questions about the bot's own facts
_NEIGHBOURS = ("previous", "following", "next")
_PRONOUNS = frozenset({"it", "its", "they", "their"})
# words that point back at the editions of the last answer ("the total across those two")
# Intents a parsed attribute may refine ("when did it start" asks the start, not all dates).
_LOOKUPS = frozenset(
    {
        "dates",
        "start",
        "end",
        "weekday",
        "since",
        "place",
        "theme",
        "attendance",
        "overview",
        "ago",
        "highlights",
        "duration",
    }
)


Step = Callable[[Composer, Lexicon, Turn], Answer | None]


def respond(
    c: Composer,
    lex: Lexicon,
    r: Reading,
    q: Query,
    today: dt.date,
    ctx: Context | None,
    R: Renderer,
) -> Answer:
    """The answer to one parsed question (never raises for a valid knowledge version)."""
    if r.empty:
        return c.help(R, "help")
    t = _turn(c, lex, r, q, today, ctx, R)
    t.wanted = _wanted(lex, r)
    fitting = _fitting(t) if t.wanted else None
    if fitting is not None:
        t.intent = fitting  # "who headlined the opening?": the keynote, not the opening date
    for step in _STEPS:
        answer = step(c, lex, t)
        if answer is not None:
            answer = _timed_apart(c, R, r, _plain(c, R, lex, r, q, answer))
            answer = _noted_day(c, R, t.q, answer)
            return _no_reason(R, r, _off_target(c, R, r, t.q, answer))
    answer = _plain(c, R, lex, r, q, lookup(c, lex, t))
    return _no_reason(R, r, _off_target(c, R, r, t.q, _timed_apart(c, R, r, answer)))


def _noted_day(c: Composer, R: Renderer, q: Query, answer: Answer) -> Answer:
    """ "Was anything happening on 11/22 in 2020?": no verdict where the day is outside the
    edition's own dates but inside a span its dates note gives (its expo ran on it)."""
    claim = q.claim
    if claim is None or len(claim.months) != 1 or len(q.days) != 1 or len(answer.editions) != 1:
        return answer  # most answers
    if not answer.text.startswith(R.tpl("no", fact="")):
        return answer
    e = c.index.edition(answer.editions[0])
    span = _DAY_SPAN.search(e.dates_note or "") if e is not None else None
    if e is None or span is None or e.start is None or e.start.month != claim.months[0]:
        return answer
    if not int(span[1]) <= q.days[0] <= int(span[2]):
        return answer
    return replace(answer, text=verify.unverdicted(R, answer.text))


def _no_reason(R: Renderer, r: Reading, answer: Answer) -> Answer:
    """ "Why was there no 7th edition?" answered with what happened: the facts record no
    reasons, so the answer says it does not know why before what it knows. (Each edition
    an answer is about is named once.)"""
    if len(set(answer.editions)) < len(answer.editions):
        answer = replace(answer, editions=tuple(dict.fromkeys(answer.editions)))
    if not answer.answered or not _why(r) or answer.intent in ("decline", "help", "about"):
        return answer
    if r.faq:  # a question the moderators taught, with its own answer ("why was it important")
        return answer
    return replace(answer, text=R.tpl("why_unknown", fact=answer.text))


def _off_target(c: Composer, R: Renderer, r: Reading, q: Query, answer: Answer) -> Answer:
    """An answer about none of the editions the question names by their year ("did the 2016
    expo have more companies than the 2016 conference had guests?" answered with the 2015
    expo): declined, never another edition's fact in their place."""
    refs = q.refs or r.refs
    if not answer.answered or not answer.editions or not refs or q.exclude or q.years:
        return answer  # most answers
    if any(ref.kind != "year" for ref in refs) or answer.operation not in ("lookup", "reverse"):
        return answer  # "the one after 2019": another edition by design; "new in 2017?": no
    if q.operation == "verify" and answer.operation != "reverse":
        return answer
    named = {ref.value for ref in refs} & {e.year for e in c.editions}
    if not named or not named.isdisjoint(answer.editions):
        return answer
    return c.decline(R, "decline_unknown", 0.5)


def _timed_apart(c: Composer, R: Renderer, r: Reading, answer: Answer) -> Answer:
    """An edition's length where the question asked the time between two moments ("how many
    days from the 2023 summit's close to today", "days before the 2022 summit"): declined,
    never the length in its place."""
    if answer.intent != "duration" and not (
        answer.operation == "compare" and "days" in answer.text
    ):
        return answer  # most answers
    if r.word_set.isdisjoint(_BETWEEN_TIMES):
        return answer
    if any(ref.kind in ("previous", "following", "next", "latest") for ref in r.refs):
        return answer  # "and the year before?": that edition's length
    return c.decline(R, "decline_unknown", 0.5)


# words of a time between two moments, not of an edition's length
_BETWEEN_TIMES = frozenset(
    {"before", "after", "between", "since", "until", "till", "ago", "today", "now"}
)


# What a question about when a name was first used asks: the name's history answers it.
_NAMED_INTENTS = frozenset(
    {"dates", "start", "since", "name", "renamed", "which", "numbering", "ago"}
)


def _named_first(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Since when is it called …?", "the first summit called …": the first edition whose
    official name carries the other name used (when only later ones do). "The first <other
    name>" alone may mean the series' 1st edition (the series goes by that name too) or the
    first so named: both are given, and a yes or no between them is none."""
    refs = t.q.refs
    kinds = {ref.kind for ref in refs}
    words = t.r.word_set
    first = Ref("ordinal", 1) in refs or "first" in kinds or "first" in words
    renamed = any(i == "renamed" for i, _ in t.r.intents)
    if not (first or renamed) or kinds - {"ordinal", "first", "latest", "year"}:
        return None  # most questions
    if any(ref.kind == "ordinal" and ref.value != 1 for ref in refs):
        return None
    zh = t.r.text.compact if t.r.text.han else ""
    if not words.isdisjoint({"after", "before", "since"}) or "后" in zh or "前" in zh:
        return None  # "the first … after the organisation was founded": another question
    asked = series.named_in(c, t.r.text.clean)
    if asked is None:
        return None
    named = [e for e in asked[1] if e in c.index.held(t.today)]
    renamed = renamed or not words.isdisjoint({"called", "named"}) or "叫" in zh
    claimed = [ref.value for ref in refs if ref.kind == "year"]
    if renamed:
        answer = series.renamed(c, t.R, t.today, t.r.text.clean)
        if not t.yes_no or len(claimed) != 1:
            return None if claimed else answer
        yes = bool(named) and named[0].year == claimed[0]
        return replace(answer, text=t.R.tpl("yes" if yes else "no", fact=answer.text))
    held = c.index.held(t.today)
    if not named or not held or held[0] == named[0] or (claimed and not t.yes_no):
        return None
    top = t.r.intents[0][0] if t.r.intents else ""
    intent = top if top in c.sentences and top not in _NAMED_INTENTS else "dates"
    facts = c.lookup(t.R, intent, (held[0], named[0]), t.today, 0.8)
    if not facts.answered:
        return None
    lead = t.R.tpl(
        "named_first", alias=asked[0], first=t.R.name_year(held[0]), named=t.R.name(named[0])
    )
    return replace(facts, text=f"{lead}\n{facts.text}")


def _has_first(c: Composer, q: Query) -> bool:
    """Whether the facts mark an edition as the first of a kind of detail asked."""
    attrs = {a[5:] for a in q.attributes if a.startswith("attr:")}
    return any(d.first and d.about in attrs for e in c.editions for d in e.details)


def _first_of_kind(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which was the first edition held online?": the edition the facts mark as the first
    of that kind (not the 1st edition's format, as "the format of the first edition" asks)."""
    q, words = t.q, t.r.words
    if q.refs != (Ref("ordinal", 1),) or q.yes_no or "first" not in words or not _has_first(c, q):
        return None
    at = words.index("first")
    asked = [
        i
        for i, w in enumerate(words)
        if any(n.startswith("attr:") for n in lex.intent_words.get(w, ()))
    ]
    if not asked or min(asked) < at or "of" in words[max(0, at - 3) : at]:
        return None
    return evaluate.reverse_first(c, t.R, q._replace(refs=(), first=True), words, t.r.text.compact)


def _value_edge(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "When was the last time Li Shulei gave the keynote?", "when did X first speak?": the
    latest (earliest) edition whose facts say it of that person, not the latest edition."""
    q = t.q
    names = tuple(v for v in q.values if v in lex.fact_names)
    if not names or q.yes_no:
        return None  # most questions
    detail = next((a for a in (*q.attributes, *q.signals) if a.startswith("attr:")), None)
    timed = "time" in t.r.word_set or "first" in t.r.word_set
    if detail is None and timed and any(n in c.keynote_words for n in names):
        detail = "attr:keynote"  # "the last time Xi sent a video?": people are in keynotes
    if detail is None:
        return None
    q = q._replace(attributes=(detail,))  # "when did X first give the keynote?": that fact
    kinds = {ref.kind for ref in q.refs}
    first = "first" in t.r.word_set or Ref("ordinal", 1) in q.refs
    last = "latest" in kinds and not first
    if not (first or last) or kinds - {"latest", "ordinal", "first"}:
        return None
    terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
    hits = evaluate.value_hits(c, t.R, q._replace(refs=()), terms, lex.fact_names)
    if not hits:
        return c.refusal(t.R, t.R.tpl("reverse_none_value"))
    e, text = hits[-1] if last else hits[0]
    fact = t.R.tpl("reverse_first", name=t.R.name(e), year=e.year, text=text)
    return c.edition_answer(t.R, "reverse", fact, e)


def _record(
    c: Composer, R: Renderer, q: Query, pool: tuple[Edition, ...], about: Edition
) -> Answer:
    """ "Did 2023 set a record?": the ranking of the editions up to it, said to be that (a
    tie with an earlier one equals a record, it sets none); and where later editions went
    further, those too, so "the most" is never read as of all time."""
    then = tuple(e for e in pool if e.year <= about.year)
    answer = evaluate.superlative(c, R, q, then, about)
    if not answer.answered:
        return answer
    body = verify.unverdicted(R, answer.text).strip()
    lead = answer.text[: len(answer.text) - len(body)].strip()
    if lead and any(y < about.year for y in answer.editions) and about.year in answer.editions:
        lead = R.tpl("no", fact="").strip()  # equalled an earlier edition's figure
    text = R.tpl("record_then", year=about.year, text=body)
    later = evaluate.superlative(c, R, q._replace(yes_no=False), pool, None)
    after = any(y > about.year for y in later.editions)  # (none after the latest: no "later")
    if later.answered and after and about.year not in later.editions:
        text += " " + R.tpl("record_later", text=later.text)
    text = f"{lead} {text}" if lead else text
    editions = tuple(dict.fromkeys((*answer.editions, *later.editions)))
    return replace(answer, text=text, editions=editions)


def _plain(c: Composer, R: Renderer, lex: Lexicon, r: Reading, q: Query, answer: Answer) -> Answer:
    """The answer without its yes or no where the question was a negation ("is X not in Y?":
    either reads both ways), a choice ("in X or in Y?"), or a claim of several facts at once
    ("20 sub-forums and 15 achievements?", "in October in Hangzhou?") that one check does not
    settle: the facts alone are unambiguous."""
    if not answer.answered or (answer.operation != "verify" and not q.yes_no):
        return answer  # most answers
    q_words = r.words if not r.text.han else ()
    # ("was it never held in December?": a claim that none was, which the editions settle)
    plain = bool(q_words) and not q.denied
    plain = plain and (verify.negated(q_words) or verify.alternatives(q_words))
    plain = plain or _why(r)  # "why wasn't there a 7th one?": a reason asked, no yes or no
    said = f" {' '.join(r.words)} "
    reported = not r.word_set.isdisjoint(_REPORTED)  # "did CGTN report…", "according to"
    if reported and any(f" {name} " in said for name in lex.source_names):
        # "did CGTN report 76?": the figure may be another reporter's — the facts, each with
        # its source, and no verdict on who said it
        plain = True
    if not plain:
        if q.claim is None:
            return answer
        # (a figure beside the one judged that the check settled, "10 forums on 22 issues":
        # no second fact left open)
        e = c.index.edition(answer.editions[0]) if len(answer.editions) == 1 else None
        besides = verify.other_figures(c, q.claim, e) if e is not None else None
        if not _compound(q.claim, r, lex, besides[2] if besides is not None else frozenset()):
            return answer
    month_fails = (
        answer.intent == "dates"
        and isinstance(answer.result, Verdict)
        and answer.result.verdict == "no"
        and q.claim is not None
        and bool(q.claim.months)
    )
    if not plain and month_fails:
        # "was 2016 in December with 16 forums?": the month does not hold, so neither does
        # the whole claim, whatever its other parts
        return answer
    text = verify.unverdicted(R, answer.text)
    if text == answer.text:
        return answer
    if isinstance(answer.result, Verdict):
        # (the verdict is withdrawn with its words: a claim of two parts must not count it)
        return replace(answer, text=text, result=Verdict("unknown", answer.result.years))
    return replace(answer, text=text)


def _compound(
    claim: Claim, r: Reading, lex: Lexicon, checked: frozenset[int] = frozenset()
) -> bool:
    """Whether a claim about one edition joins facts of more than one kind (a date, a
    weekday, a length, a figure, a first, a place "in X", a figure with a theme or a keynote),
    or more figures than it holds."""
    terms = claim.terms
    if claim.number is not None and _names_text_fact(r, lex):
        return True  # "13 forums and Xi gave the keynote?", "126 countries and a theme about AI?"
    dated = bool(claim.months) or claim.day is not None or claim.days is not None
    days = claim.number is not None and (
        not r.word_set.isdisjoint(_DAY_WORDS) or "天" in r.text.compact
    )
    if (dated or days or claim.weekday is not None) and "attr:expo" in r.signalled:
        return True  # "did the expo open a day before the forum?": its dates are the forum's
    years = [w for w in terms if w.isdigit() and 2010 <= int(w) <= 2030]
    if len(set(years)) > 1:
        return False  # a claim of several editions: each is checked on its own
    zh = terms[-1] if terms and not terms[-1].isascii() else ""
    placed = any(
        (v in terms and terms.index(v) > 0 and terms[terms.index(v) - 1] in ("in", "at"))
        or (zh and f"在{v}" in zh)
        for v in claim.values
    )
    kinds = (
        bool(claim.months or claim.day is not None),
        claim.weekday is not None,
        claim.days is not None,
        claim.number is not None,
        claim.first,
        placed,
        # "…in 2014 in Hangzhou?": the year claimed, not the edition named by it
        claim.year is not None and " ".join(terms).find(f"in {claim.year}") >= 0,
    )
    if sum(kinds) > 1:
        return True
    held = {claim.number, claim.number_to, claim.day, claim.days, *claim.months}
    figures: set[int] = set()
    for i, w in enumerate(terms):
        if (
            not w.isdigit()
            or 2010 <= int(w) <= 2030
            or (i and len(w) == 3 and terms[i - 1].isdigit())
            or (i and terms[i - 1] in ("no", "number"))  # "No. 4": the edition's number
        ):
            continue
        after = terms[i + 1] if i + 1 < len(terms) else ""
        figures.add(int(w + after) if len(after) == 3 and after.isdigit() else int(w))  # "3,000"
    if claim.number is not None and not r.text.han:
        # a count the reading took for something else ("from 83 countries"): still claimed
        figures |= {int(n) for n in _BARE_COUNT.findall(r.text.clean) if not 2010 <= int(n) <= 2030}
    if claim.day is not None:  # "November 19-22": the days of the month
        figures = {n for n in figures if n > 31}
    return bool(figures - held - checked) and (claim.number is not None or sum(kinds) > 0)


# a number of three digits at most, said alone: not an ordinal, a year, a date or part of one
_BARE_COUNT = lazy(r"(?<![\w.,/#-])(?<!\d )(\d{1,3})(?![\w,.:/-]| \d{3}\b|st\b|nd\b|rd\b|th\b)")
_TEXT_FACTS = frozenset({"theme", "attr:keynote", "hosts"})
_REPORTED = frozenset({"report", "reported", "reports", "say", "said", "says", "according", "cite"})
_DAY_WORDS = frozenset({"day", "days"})
_THAT = frozenset({"that", "this", "it"})
_THEMED = frozenset({"theme", "which", ""})  # asked of a quoted theme: whose it is


def _names_text_fact(r: Reading, lex: Lexicon) -> bool:
    """Whether a question also names a fact told in words (a theme, a keynote, the hosts)."""
    if any(not _TEXT_FACTS.isdisjoint(lex.intent_words.get(w, ())) for w in r.words):
        return True
    zh = r.text.compact if r.text.han else ""
    return bool(zh) and any(i in _TEXT_FACTS and z in zh for z, i in lex.intent_zh)


_NAME_JOINS = frozenset({"of", "and", "the"})


def _split_at_and(run: list[str]) -> list[list[str]]:
    """A run of capitalised words cut at each "and": the names it joins."""
    parts: list[list[str]] = [[]]
    for w in run:
        if w == "and":
            parts.append([])
        else:
            parts[-1].append(w)
    return parts if len(parts) > 1 else []


def host_span(c: Composer, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The years of the hosting arrangement a question names ("hosted by the organisation",
    "by the CAC"): by the words (or initials) only its own text holds."""
    periods = c.kb.facts.series.hosts

    def tokens(text: str) -> set[str]:
        raw = text.replace(",", " ").split()
        out = {w.casefold()[:6] for w in raw if len(w) > 3}
        run: list[str] = []
        for w in [*raw, "."]:  # initials of capitalised runs: "Cyberspace Administration of
            if w[:1].isupper() or (run and w in _NAME_JOINS):  # China" -> "cac"
                run.append(w)
                continue
            for words in (run, *_split_at_and(run)):  # the whole run, and each named part
                letters = "".join(x[0] for x in words if x.casefold() not in ("and", "the"))
                if len(letters) >= 2:
                    out.add(letters.casefold())
                    # ("Cyberspace Administration of China" is "CAC" as often as "CAOC")
                    bare = "".join(x[0] for x in words if x.casefold() not in ("and", "the", "of"))
                    out.add(bare.casefold())
            run = []
        return out

    held = [tokens(p.text) | {n.casefold() for n in p.names} for p in periods]
    # the series' own names are no host: "how many days has the <series> run in total?" is every
    # edition, though the organisation that hosts it now shares the name (whole words: the
    # series' "internet" is not "international")
    series = c.kb.facts.series
    own = {w.casefold() for n in (series.name, *series.aliases) for w in n.split()}
    own |= {"".join(w[0] for w in n.split()).casefold() for n in (series.name, *series.aliases)}
    own.add(series.short_name.casefold())
    ours = [w for w in words if w in own or w.removesuffix("s") in own]  # ("summits" too)
    named_series = bool(ours)
    words = tuple(w for w in words if w not in ours)
    # (nor is the verb: "hosted by the organisation" against a text saying "hosted")
    kept = [w for w in words if not w.startswith("host")]
    asked = {w[:6] for w in kept if len(w) > 3} | {w for w in kept if 2 <= len(w) <= 4}
    scores = []
    for i, own in enumerate(held):
        others = set().union(*(h for j, h in enumerate(held) if j != i))
        scores.append(len(asked & (own - others)))
    if named_series and (not scores or max(scores) == 0):
        return (0, 9999)
    if not scores or max(scores) == 0 or scores.count(max(scores)) > 1:
        return None
    p = periods[scores.index(max(scores))]
    return p.since, p.until or 9999


_SITE_WORDS = frozenset({"website", "site", "url", "homepage", "webpage", "web", "address"})
_SITE_ZH = ("官网", "网站", "网址", "主页", "官方网")
_SITE_ASKED = frozenset({"where", "what", "which", "whats", "find", "link", "address", "url"})


def _counted_asked(q: Query) -> bool:
    """Whether a figure (attendance, a detail's count, days) is among what is asked."""
    return any(
        a.startswith("attr:") or a in ("attendance", "duration")
        for a in (*q.attributes, *q.signals)
    )


def _taught(lex: Lexicon, r: Reading, qa: tuple[QA, float] | None) -> bool:
    """Whether a Q&A item the moderators added is asked in the very words that would decline
    the question ("who is the mascot?" once an item about the mascot exists)."""
    if qa is None:
        return False
    said = {w for w in r.words if "unsupported" in lex.intent_words.get(w, ())}
    return bool(said) and any(not said.isdisjoint(normalise(q).words) for q in qa[0].questions)


def _site_acted(r: Reading, qa: QA) -> bool:
    """Whether a question does something to the site a Q&A item gives the address of ("log in
    to it and change the homepage"), rather than asking where it is."""
    return r.word_set.isdisjoint(_SITE_ASKED) and bool(normalise(qa.answer).domains)


def _unsupported_word(lex: Lexicon, r: Reading) -> bool:
    """Whether a word of the question asks what no fact answers ("shoes", "DDoS")."""
    return any("unsupported" in lex.intent_words.get(w, ()) for w in r.words)


def _web_address(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Is the website example.org?", "is <its address> the official site?": a web address
    named is checked against the Q&A item that gives one — yes where it is that address,
    no where it is another (its words are no "org"anisation, nor anything else)."""
    if not t.r.text.domains:
        return None  # most questions
    zh = t.r.text.compact if t.r.text.han else ""
    site = not t.r.word_set.isdisjoint(_SITE_WORDS) or any(z in zh for z in _SITE_ZH)
    # the address's own words, and the question's bare frame ("what's example.org?")
    own = {w for d in t.r.text.domains for w in d.split(".")} | {"www", "http", "https"}
    rest = [w for w in t.r.text.words if w not in own and w not in lex.stop]
    if not site and (rest or zh):
        return None  # "a script that scrapes example.org", "did JD.com win…": not its address
    if _unsupported_word(lex, t.r) or (
        "unsupported" in t.r.signalled and t.r.word_set.isdisjoint(_SITE_ASKED)
    ):
        # "how can I DDoS <the site>?", "how could someone take down <the site>?": no address
        # is the answer to that ("where can I find <the site>?" still asks it)
        return None
    claimed = t.r.text.domains[0]
    for qa in c.kb.facts.faq:
        given = normalise(qa.answer).domains if "." in qa.answer else ()
        if not given or qa.edition is not None:
            continue
        answer = c.faq_answer(t.R, qa, FAQ_STRONG)
        if not t.q.yes_no:
            return answer
        same = given[0] == claimed
        return replace(answer, text=t.R.tpl("yes" if same else "no", fact=answer.text))
    return None


def _hosts_around_fact(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Who ran it before the organisation existed?", 国际组织成立前是谁主办的: who hosted the
    editions before (or after) a dated series fact — not every edition's hosts, nor one's."""
    q, r = t.q, t.r
    if "hosts" not in q.signals or q.yes_no or q.years not in (None, (0, 9999)):
        return None
    if any(ref.kind not in ("previous", "following") for ref in q.refs):
        return None  # ("before the organisation existed": "before" read as the one before)
    if how_many(r) or q.aggregate:
        return None  # "how many were hosted by it before…": counted elsewhere
    dated = [
        d
        for d in c.kb.facts.series.details
        if d.date is not None and f"attr:{d.about}" in q.signals
    ]
    if len(dated) != 1 or (when := dated[0].date) is None:
        return None
    zh = r.text.compact if r.text.han else ""
    before = not r.word_set.isdisjoint({"before", "prior"}) or any(
        z in zh for z in ("之前", "以前", "成立前")
    )
    after = not r.word_set.isdisjoint(_AFTER) or any(z in zh for z in (*_AFTER_ZH, "成立后"))
    if before == after:
        return None
    held = c.index.held(t.today)
    side = tuple(e for e in held if e.start and ((e.start < when) if before else (e.start > when)))
    return series.hosts_over(c, t.R, side)


def _any_in_span(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Were any blue books released after 2017?", "did any edition after 2019 have an
    expo?": the editions of those years with that kind of fact on record — yes with them;
    none on record is not known to be none, except before the edition the facts mark the
    first of it ("before 2016?": no, with that fact)."""
    q = t.q
    if not q.yes_no or q.years is None or q.refs or q.number is not None or q.values:
        return None
    if q.aggregate or q.than is not None or q.operation in ("aggregate", "compare"):
        return None  # "did every summit after 2021 have more sub-forums than 2021?": each
    zh = t.r.text.compact if t.r.text.han else ""
    sided = q.years[0] == 0 or q.years[1] == 9999  # "before 2016", 2019年以后
    sided = sided and says_before_after(t.r)  # (not "since": 博览会是2017年开始的吧)
    if not sided and "any" not in t.r.word_set and "有没有" not in zh:
        return None
    kinds = {a[5:] for a in (*q.attributes, *q.signals) if a.startswith("attr:")}
    if len(kinds) != 1 or q.phrases or t.r.unknown:
        return None
    kind = next(iter(kinds))
    parts = parts_named(lex, t.r)
    low, high = q.years

    def names_part(d: Detail) -> bool:  # "the award": only the facts that name it
        said = f"{d.text} {d.text_zh or ''}".casefold()
        return not parts or any(p in said for p in parts)

    found = (
        series.count_having(c, t.R, t.today, kind, span=q.years)
        if not parts
        else c.decline(t.R, "decline_unknown", 0.6)
    )
    if parts and any(
        low <= e.year <= high and any(d.about == kind and names_part(d) for d in e.details)
        for e in c.index.held(t.today)
    ):
        return None  # (an award within the years: not settled here)
    if found.answered:
        spanned = [e for e in c.index.held(t.today) if low <= e.year <= high]
        if t.q.every and len(found.editions) < len(spanned):
            return found  # 2016年以后每年都发布吗: on record for some, so no yes for each
        return replace(found, text=t.R.tpl("yes", fact=found.text), operation="verify")
    # none on record in those years: no only where the facts mark a later one the first of
    # its kind ("before 2016?": achievements were first released in 2016)
    first = next(
        (
            (e, d)
            for e in c.editions
            for d in e.details
            if d.about == kind and d.first and e.year > high and names_part(d)
        ),
        None,
    )
    if first is None or q.years[0] != 0:
        return found
    e, d = first
    fact = t.R.tpl("reverse_first", name=t.R.name(e), year=e.year, text=t.R.detail_text(d))
    return c.series_answer(t.R, "verify", t.R.tpl("no", fact=fact), (e.year,), intent="verify")


def _count_with_kind_zh(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """博览会一共办了几次, 2019年以前有几届举办了博览会: the editions with that kind of fact
    on record (几届, 几次: editions; 多少个分论坛 is a figure, summed elsewhere)."""
    q, compact = t.q, t.r.text.compact
    if not any(z in compact for z in ("几届", "几次", "多少届", "多少次")) or "哪几" in compact:
        return None  # (哪几届: which ones)
    if (
        _ZH_FIGURE.search(compact)
        or q.residue.unknown
        or bool(evaluate.people_named(c, q.values, lex.fact_names))
    ):
        return None  # 多少项 (a figure); 有几届习近平致了贺信 (a person's part)
    kinds = {a[5:] for a in (*q.attributes, *q.signals) if a.startswith("attr:")}
    if len(kinds) != 1 or (q.years is None and q.refs):
        return None
    kind = next(iter(kinds))
    dated = any(d.date is not None and d.about == kind for d in c.kb.facts.series.details)
    if dated and any(z in compact for z in (*_AFTER_ZH, "成立", "以来", "之前", "以前", "主办")):
        # 国际组织成立后举办了几届, 成立时已经…: counted from its date (or by who hosted)
        return None
    span = None if q.years in (None, (0, 9999)) else q.years
    return series.count_having(c, t.R, t.today, kind, span=span, pool=q.pool)  # (其中: of those)


# 多少项, 总数是多少 (a figure), not 多少届 or 几次 (the editions)
_ZH_FIGURE = lazy(r"多少(?![届次])|几(?:个|项|家|场|名|位|人)")
_HAVING = frozenset({"have", "has", "had", "with"})
_FIGURE_WORDS = frozenset({"figure", "figures", "number", "numbers", "count", "data", "known"})


def _having(c: Composer, t: Turn, editions: tuple[Edition, ...]) -> tuple[Edition, ...] | None:
    """ "The last three editions that have an attendance figure": that many, counted among
    the editions with the figure (not the last three, less those without it); None where
    the question does not say so."""
    q, words = t.q, t.r.word_set
    if len(editions) < 2 or words.isdisjoint(_HAVING) or words.isdisjoint(_FIGURE_WORDS):
        return None
    back = {ref.kind for ref in q.refs} <= {"latest", "from_last"}
    forth = all(ref.kind == "ordinal" for ref in q.refs)
    attr = next((a for a in q.attributes if a == "attendance" or a.startswith("attr:")), None)
    if attr is None or not (back or forth) or len(q.refs) != len(editions):
        return None
    R = t.R
    held = [e for e in c.index.held(t.today) if measure(R, e, attr, q.measure) is not None]
    n = len(editions)
    return tuple(held[-n:] if back else held[:n])


def _in_days_asked(
    q: Query, pool: tuple[Edition, ...], named: tuple[Edition, ...]
) -> tuple[Edition, ...]:
    """The editions of ``pool`` held in the months (or opened on the weekday) the question
    selects by: "the average attendance of the December editions", "the editions that
    started on a Sunday" — never silently all of them."""
    if named or not (q.months or q.weekday is not None):
        return pool
    out = []
    for e in pool:
        if e.start is None:
            continue
        month_ok = not q.months or ((e.start.month in q.months) != (q.exclude and not named))
        # (the day the question names: "closed on a Friday" is the last day, not the first)
        day_ok = q.weekday is None or series.on_weekday(e, q.weekday, q.day_of or "start")
        day_ok = day_ok != (q.weekday is not None and q.exclude and not named)
        if month_ok and day_ok:
            out.append(e)
    return tuple(out)


# facts a "why" cannot be answered with: the dates, the place, a figure
_PLAIN_FACTS = frozenset(
    {"dates", "start", "end", "weekday", "place", "duration", "followup", "about", ""}
)
_ZH_WHY = lazy(r"(?<![定作成称改列被])为什么|为何|点解")


_MISSING = frozenset({"missing", "lack", "lacks", "lacking", "absent", "unknown", "without"})
# "which years don't you have achievement numbers for?", "which years have no … figure?"
_NO_FIGURE = lazy(
    r"(?i)\b(?:(?:don'?t|do not|doesn'?t|does not|didn'?t|did not)\s+(?:you\s+|we\s+|i\s+)?have"
    r"|ha(?:ve|s|d)\s+no)\b[^?.]*\b(?:figures?|numbers?|counts?|stats)\b",
)


_SOURCE_ZH = ("来源", "出处", "出自", "哪家媒体", "哪个媒体", "哪个网站", "谁报道")


def _why(r: Reading) -> bool:
    words = r.words
    if words[:1] == ("why",) or (
        len(words) > 1 and words[0] in ("but", "so", "and") and words[1] == "why"
    ):
        return True
    return r.text.han > 0 and _ZH_WHY.search(r.text.compact) is not None  # not 定为什么


def _on_day(e: Edition, q: Query, which: str) -> bool:
    """Whether an edition was held in the months asked, or its day fell on the weekday."""
    day = e.end if which == "end" else e.start
    if day is None:
        return False
    if q.months and day.month not in q.months:
        return False
    return q.weekday is None or day.weekday() == q.weekday


def _weekday_options(r: Reading, lex: Lexicon) -> bool:
    """Whether the question offers weekdays to choose from ("what day of the week did the
    first one open, monday? tuesday?"): the weekday is asked, none selects the edition."""
    return len({w for w in r.words if w in lex.weekday_of}) >= 2


def _first_or_last(ref: Ref, r: Reading) -> bool:
    return ref.kind in ("latest", "first") or (ref == Ref("ordinal", 1) and "first" in r.word_set)


_ON_RECORD = frozenset({"attendance", "theme", "end", "duration"})


def _on_record(e: Edition, kind: str) -> bool:
    """Whether the edition has that kind of fact on record (a detail, attendance, theme,
    closing day)."""
    if kind.startswith("attr:"):
        return any(d.about == kind[5:] for d in e.details)
    if kind == "attendance":
        return bool(e.attendance)
    if kind == "theme":
        return bool(e.theme)
    return e.end is not None  # "end", "duration": its closing day


def _turn(
    c: Composer,
    lex: Lexicon,
    r: Reading,
    q: Query,
    today: dt.date,
    ctx: Context | None,
    R: Renderer,
) -> Turn:
    t = Turn(r, q, today, ctx, R)
    if _first_of_next(q):  # "the first one after 2019": the one right after 2019
        q = q._replace(refs=tuple(x for x in q.refs if x != Ref("ordinal", 1)))
        t.q = q
    anchor = _anchor(c, lex, q, t, ctx)
    for ref in q.refs:
        keep = q.operation in ("compare", "difference")  # "last year's or the one before?"
        if anchor is not None and ref == anchor[0] and ref.kind not in _NEIGHBOURS and not keep:
            continue  # "the one after the 2019 summit": 2019 only locates the answer
        if anchor is not None and (ref.kind in _NEIGHBOURS or ref == anchor[0] == Ref("latest")):
            target = c.index.neighbour(_side(ref), anchor[1], today)
        elif (
            _first_or_last(ref, r)
            and (q.months or (q.weekday is not None and not _weekday_options(r, lex)))
            and not q.yes_no
            and not q.exclude
        ):
            # "the last time it was held in December", "the first edition held in September",
            # "the last time it ended on a Friday": the latest (or first) of those
            held = [e for e in c.index.held(today) if _on_day(e, q, day_asked(r, lex))]
            target = (held[-1] if ref.kind == "latest" else held[0]) if held else None
        elif ref.kind == "latest" and "numbering" in q.signals:
            # "the last one with an official number": the latest of the numbered editions
            if r.intents and r.intents[0][0] == "numbering":
                continue  # "what was the last one with a number?": how the numbering runs
            numbered = [e for e in c.index.editions if e.ordinal and e.start and e.start <= today]
            target = numbered[-1] if numbered else None
        else:
            target = c.index.resolve(ref, today, ctx)
        if (
            ref.kind == "ordinal"
            and isinstance(target, Edition)
            and target.ordinal != ref.value
            and target.count == ref.value
        ):
            # "the 7th" is only the 2020 forum by the year count, even where "2020" named it too
            t.via_count.append((ref.value, target))
        if target is None or target in t.targets:
            continue
        t.targets.append(target)
    t.intent, t.score = r.intents[0] if r.intents else ("", 0.0)
    since = "since" in r.word_set and q.unit in ("days", "weeks", "months", "years", "ymd")
    if since and len(q.refs) == 1 and t.intent in ("start", "dates", "since", "", "overview"):
        t.intent = "ago"  # "how many days since the 2024 opening ceremony?": until today
        t.q = q = q._replace(attributes=("ago",), signals=("ago", *q.signals))
    hosts_now = "hosts" in (*q.attributes, *q.signals) and q.yes_no and not q.refs
    still = not r.word_set.isdisjoint({"still", "today", "currently"}) or _now(lex, r)
    if hosts_now and still and not t.targets and (newest := c.index.held(today)[-1:]):
        # "does the CAC still host it?", "is the CAC the host now?": of the latest edition
        t.targets.append(newest[0])
    recorded = not r.word_set.isdisjoint({"record", "recorded"}) or "有记录" in r.text.compact
    if recorded and q.refs == (Ref("latest"),) and len(t.targets) == 1:
        # "and the latest one on record?" after the first expo: the latest with that fact
        asked = (*q.attributes, *(ctx.query.attributes if ctx and ctx.query else ()))
        kind = next((a for a in asked if a.startswith("attr:") or a in _ON_RECORD), "")
        having = [e for e in c.index.held(today) if kind and _on_record(e, kind)]
        if having:
            t.targets[0] = having[-1]
    if not t.targets and not q.refs and q.theme_year is not None and t.intent not in _THEMED:
        # "when was the theme 'Towards a New Era of Digital Civilization'?": the edition
        # whose theme it quotes, not the latest
        themed = c.index.edition(q.theme_year)
        if themed is not None:
            t.targets.append(themed)
    if t.intent == "place" and how_many(r):
        # "how many on-site guests…": a count, never the place ("site")
        counted = next((i for i, _ in r.intents if i == "attendance" or i.startswith("attr:")), "")
        if counted:
            t.intent = counted
            t.q = q = q._replace(attributes=(counted,))
    if (
        ctx is not None
        and ctx.intent == "count"
        and "count" in q.signals
        and t.intent in ("followup", "weekday", "")
        and not q.refs
    ):
        t.intent = "count"  # "and in December?" after a count of editions: the same count
    if (
        t.intent in ("list", "count")
        and q.refs
        and q.attributes
        and q.attributes[0].startswith("attr:")
    ):
        # "what share of all exhibitors is that?", 2019年博览会境外企业占比多少: of one edition
        # (多少 is no count of editions where one is named and a kind of fact asked)
        figure = q.relative or q.measure not in ("people", "")  # (境外: a further figure)
        if t.intent == "list" or (figure and any(ref.kind == "year" for ref in q.refs)):
            t.intent = q.attributes[0]
    if not r.intents and q.attributes:
        # "how many were there in 2024?" after the expo: the figure the follow-up carried;
        # "2015年的论坛有多少个议题": the fact whose further figure is asked
        t.intent, t.score = q.attributes[0], 1.0
    if (
        not q.refs
        and q.operation == "lookup"
        and (t.ctx_editions or t.intent in _WHEN_ASKED or t.intent == "hosts")
        and (
            t.intent in _NOW_ASKS or (t.intent == "followup" and set(q.attributes[:1]) <= _NOW_ASKS)
        )
        and _now(lex, r)
    ):
        # "and who hosts it now?": the present, not the edition the conversation was about;
        # "is there a summit going on right now?": the present one
        latest = c.index.latest(today)
        if latest is not None:
            t.targets.append(latest)
    t.editions = tuple(x for x in t.targets if isinstance(x, Edition))
    running = t.intent == "since" and not q.refs and q.attributes[:1] in (("duration",), ("dates",))
    if (
        q.attributes
        and t.intent in _LOOKUPS
        and (q.attributes[0] in c.sentences or q.attributes[0] == "ago")
        and not running  # "how long has the conference been running?": the series' start
    ):
        t.intent = q.attributes[0]  # the parse knows better: "start", "attr:expo"
    carried = (
        ctx is not None and ctx.query is not None and q.attributes[:1] == ctx.query.attributes[:1]
    )
    if (
        t.intent in ("", "count")  # "how many of them from abroad?" after the expo
        and q.measure != "people"
        and carried
        and q.attributes[:1] != ()  # (neither turn asked a fact: nothing carried)
        and q.attributes[0].startswith("attr:")
    ):
        t.intent = q.attributes[0]  # "how many were from abroad?" after the expo: its fact
    people = evaluate.people_named(c, (*q.values, *r.unknown), lex.fact_names)
    named_person = bool(people)
    if people and not set(people) <= set(q.values):
        # 习近平以视频方式讲话: the name the reading ran into its verb, as the value asked
        # (and no unknown word: the rest says how, which the facts' clauses are matched on)
        t.q = q = q._replace(values=people)
        unread = tuple(u for u in r.unknown if not evaluate.people_named(c, (u,), frozenset()))
        t.r = r = r._replace(unknown=unread)
    tallied = "count" in q.signals or (named_person and how_many_times(r))  # 李书磊…有几次
    # (not "how many editions where Xi spoke by video had more than 1,700 guests?": a figure
    # condition over his editions, counted elsewhere)
    figured = q.number is not None and any(
        a in _SELECTING or a in lex.counted for a in q.attributes
    )
    if (
        q.values
        and tallied
        and not t.targets
        and not figured
        and (how_many_times(r) or named_person)
    ):
        t.intent = "count"  # "how many times did <a speaker> give the keynote?": counted
        signals = q.signals if "count" in q.signals else (*q.signals, "count")
        t.q = q = q._replace(operation="lookup", signals=signals)
    read = dict(r.intents)
    talked = ctx.intent if ctx and ctx.intent else ""
    if talked.startswith("attr:") and not q.refs and read.get(talked, 0) >= 1.0:
        # "where's it based?" after the organisation: its seat (not "how many times has <a
        # speaker> sent a letter?", a count of its own)
        t.intent = talked if t.intent != "count" else t.intent
    elif (
        talked.startswith("attr:")
        and ctx is not None
        and len(ctx.editions) == 1
        and t.intent in ("", "count")
        and not q.refs
        and not q.attributes
        and how_many(r)
        and len(r.words) <= 4
    ):
        # "how many?" just after "was that the first time they released achievements?":
        # the figure of that fact, of that edition
        t.intent = talked
        t.q = q = q._replace(attributes=(talked,), signals=(talked, *q.signals))
    named_fact = next((i for i, _ in r.intents if i.startswith("attr:")), None)
    if t.intent == "name" and named_fact is not None:
        t.intent = named_fact  # "what was the expo called?": its fact names it
    if ctx and ctx.intent == "hosts" and says_change(r) and t.intent in ("", "dates"):
        t.intent = "hosts"  # "when did that change?" after who hosts it: the hosts over time
    if _manner(c, lex, r, t.intent):
        t.intent = "attr:keynote"  # "how did Xi take part in 2016?": the keynote fact says how
        t.q = q = q._replace(attributes=("attr:keynote",), signals=("attr:keynote", *q.signals))
    elif t.intent == "attr:format" and named_person:
        # "has Xi ever attended in person?": how a person took part is in the keynote facts,
        # not the edition's format
        t.intent = "attr:keynote"
        t.q = q = q._replace(attributes=("attr:keynote",), signals=("attr:keynote", *q.signals))
    if t.intent in ("start", "dates") and not q.refs and r.series_named and "since" in q.signals:
        t.intent = "since"  # "when did the Example Summit start?": the series, not its latest one
    elif (
        q.attributes
        and t.intent == "list"
        and q.refs
        and q.attributes[0] in c.sentences
        and not q.attributes[0].startswith("attr:")  # "list the 15 achievements": items
    ):
        t.intent = q.attributes[0]  # "what was the 2016 one all about, theme-wise?"
    if q.yes_no and t.intent in ("", "list", "which") and _place_claimed(lex, t) == "outside":
        t.intent = "place"  # "was the 2019 one held outside <its town>?": where it was held
    return t


_HELD_ZH = ("举办", "举行", "召开", "开", "办")


def _place_claimed(lex: Lexicon, t: Turn) -> str:
    """ "outside" where a yes/no question claims the place is abroad ("held overseas?",
    在海外举办吗), "vague" where it claims a place only a description settles ("in southern
    China?", 杭州附近), else ""."""
    r, q = t.r, t.q
    zh = r.text.compact if r.text.han else ""
    joined = f" {' '.join(r.words)} "
    if "place" not in q.attributes and (not SEAT.isdisjoint(r.word_set) or "总部" in zh):
        return ""  # "isn't its headquarters in <its town>?": a seat, not where editions were
    if any(f" {p} " in joined for p in lex.place_outside):
        return "outside"  # "held abroad" (not "exhibitors from abroad")
    if zh and any(f"{z}{v}" in zh for z in lex.place_outside_zh for v in _HELD_ZH):
        return "outside"  # 在海外举办: held abroad (not 境外企业, companies from abroad)
    if zh and _home_negated_zh(lex, zh):
        # 2014年不是在<镇>举办的吗 (wasn't it?), …，对吗 (it wasn't, right?): which way a yes
        # would point is the asker's — the place, with no verdict
        return "negated"
    # ("exhibitors from outside China": a figure's, not where it was held)
    counted = any(a in lex.counted or a == "attendance" for a in (*q.attributes, *q.signals))
    if "outside" in r.cues and not counted and _beyond_home(lex, r, zh):
        return "outside"  # "held outside <its town>?", 在<镇>以外举办过吗: beyond its own place
    if "place" not in q.attributes:
        return ""
    values = q.claim.values if q.claim is not None else ()
    if any(read_as in values for _, read_as in r.corrected):
        return "vague"  # "in Zhenjiang?" read as the province: another city, maybe — no verdict
    if "era" in r.word_set or not lex.host_names.isdisjoint(r.word_set):
        return "vague"  # "held in the CAC era?": a time named, no place — no verdict on a place
    if not lex.place_vague.isdisjoint(r.word_set) or (
        zh and any(z in zh for z in lex.place_vague_zh)
    ):
        return "vague"
    return ""


# 不是在<镇>, 没有在<省>: the series' own place, negated
_NOT_AT_ZH = ("不是在", "没有在", "没在", "不在", "并不是在", "并非在")


def _home_negated_zh(lex: Lexicon, zh: str) -> bool:
    """不是在<镇>, 不在<省>: a negation just before one of the series' own places."""
    for n in _NOT_AT_ZH:
        at = zh.find(n)
        while at >= 0:
            name = zh[at + len(n) : at + len(n) + 2]
            asked = at > 0 and zh[at - 1] in "是在有"  # 是不是在, 在不在: a plain question
            if not asked and len(name) == 2 and name in lex.home_zh and " " not in name:
                return True
            at = zh.find(n, at + 1)
    return False


def _beyond_home(lex: Lexicon, r: Reading, zh: str) -> bool:
    """Whether an excluding word governs the series' own place ("outside <its town>", "other
    than <its province>", <镇>以外, 除了<国>): a claim of a place beyond it."""
    words = r.words
    for i, w in enumerate(words):
        if w not in lex.home:
            continue
        for j in range(max(0, i - 3), i):
            if j and words[j - 1] == "from":
                break  # "guests from outside China": who came, not where it was held
            if "outside" in lex.cue_words.get(words[j], ()):
                return True
            if "outside" in lex.cue_phrase_names.get(tuple(words[j:i]), ()):
                return True
    if not zh:
        return False
    for cue, name in lex.cue_zh.within(zh):
        if name != "outside" or (at := zh.find(cue)) < 0:
            continue
        before, after = zh[max(0, at - 2) : at], zh[at + len(cue) : at + len(cue) + 2]
        if (len(before) == 2 and before in lex.home_zh) or (
            len(after) == 2 and after in lex.home_zh
        ):
            return True  # <镇>以外, <国>之外; 除了<镇>, 不在<省>
    return False


_AGAINST = frozenset({"than", "with", "to", "against", "vs", "versus"})
_AGAINST_ZH = ("比", "和", "跟", "同", "与", "較", "较")


def _compared_with(r: Reading, e: Edition) -> bool:
    """Whether the edition is what another is compared with ("more than 2014", "compared
    with 2025", 比2014年, 和2025年比), not the one claimed of."""
    year = str(e.year)
    words = r.words
    at = next((i for i, w in enumerate(words) if w == year), -1)
    if at > 0 and not _AGAINST.isdisjoint(words[max(0, at - 3) : at]):
        return True
    zh = r.text.compact if r.text.han else ""
    return any(f"{z}{year}" in zh for z in _AGAINST_ZH)


def _month_first(lex: Lexicon, r: Reading) -> bool:
    """Whether a month is named before the years that select ("all December editions … in
    odd years": the month's editions are the subject, not those years')."""
    words = r.words
    month = next((i for i, w in enumerate(words) if w in lex.months), None)
    years = next((i for i, w in enumerate(words) if w in ("odd", "even", "years")), None)
    return month is not None and (years is None or month < years)


def _each_of_month(c: Composer, R: Renderer, t: Turn, holds: Callable[[Edition], bool]) -> Answer:
    """ "Were all <month> editions …?": the month's editions, each checked — yes where every
    one holds, no with those that do not (no month's edition: no)."""
    dated = [e for e in c.index.held(t.today) if e.start and e.start.month in t.q.months]
    missed = [e for e in dated if not holds(e)]
    items = R.join([R.name_year(e) for e in dated]) or "—"
    text = R.tpl("no" if missed or not dated else "yes", fact=items)
    if missed:
        text += " " + R.tpl("every_but", items=R.join([R.name_year(e) for e in missed]))
    return replace(c.series_answer(R, "filter", text, tuple(e.year for e in dated)), intent="which")


_NUMBERED_SAID = frozenset({"numbered", "ordinal", "official", "numbering"})


# 但不是在11月, 不在十一月: a month negated (not the weekday beside it)
_ZH_MONTH_DENIED = lazy(r"(?:不是|不在|并非)在?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")


def _month_before(lex: Lexicon, r: Reading, words: frozenset[str]) -> bool:
    """Whether a month is named before any of ``words`` ("all December editions numbered":
    the month's editions are the subject, not the numbered ones)."""
    month = next((i for i, w in enumerate(r.words) if w in lex.months), None)
    other = next((i for i, w in enumerate(r.words) if w in words), None)
    return month is not None and other is not None and month < other


def _kinds_compared(r: Reading) -> int:
    """How many kinds of counted figure a question names (attendance, sub-forums, the expo…)."""
    return len({i for i, score in r.intents if score >= 1.0 and i.startswith("attr:")})


# "the first edition to / with / that…", "the first time": a first claimed of a kind of fact
_FIRST_TO = lazy(
    r"(?i)\bfirst\b(?:\s+[\w-]+){0,2}?\s+"
    r"(?:to|with|that|where|which|ever|having|hosted|held|run|organi[sz]ed|released)\b"
    r"|\bfirst time\b"
)


def _first_claimed(c: Composer, t: Turn) -> Answer | None:
    """ "Was 2016 the first edition to release achievements?", "was 2015 the first with an
    expo?": the edition the facts mark first of that kind, and yes or no for the year named —
    not the 1st edition, nor the year's own fact."""
    q = t.q
    years = [ref.value for ref in q.refs if ref.kind == "year"]
    if len(years) != 1 or Ref("ordinal", 1) not in q.refs or not _has_first(c, q):
        return None
    if not t.r.text.han and not _FIRST_TO.search(t.r.text.clean):
        return None  # "an expo at the first <series> in 2014?": that edition, by its number
    found = evaluate.reverse_first(
        c, t.R, q._replace(refs=(), first=True), t.r.words, t.r.text.compact
    )
    if not found.answered or len(found.editions) != 1:
        return None
    yes = found.editions[0] == years[0]
    answer = replace(found, text=t.R.tpl("yes" if yes else "no", fact=found.text))
    editions = tuple(dict.fromkeys((years[0], *found.editions)))
    return replace(answer, operation="verify", editions=editions)


def _host_edge(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which edition was the last to be hosted by the CAC?", "the first hosted by the
    organisation": the last (first) edition of that hosting arrangement, not the latest (1st)
    edition of all."""
    q = t.q
    zh = t.r.text.compact if t.r.text.han else ""
    claimed: list[int] = []  # (the year a yes/no claims is the edge, in English)
    organizers = {x for p in c.kb.facts.series.hosts for x in p.organized_by if not x.isascii()}
    named_organizer = tuple(x for x in organizers if x in zh) if zh and "承办" in zh else ()
    set_aside = tuple(e.year for e in t.editions) if q.exclude and "除了" in zh else ()
    if (
        named_organizer
        and (not t.editions or set_aside)
        and not q.aggregate
        and q.operation != "superlative"
    ):
        # 浙江省是哪几届的承办方？, 哪几届由浙江省承办: the periods that list it as organizer
        # (除了2022年: of the others)
        return series.hosted_by(
            c,
            t.R,
            named_organizer,
            (),
            t.today,
            verdict=False,
            words=(*t.r.words, zh),
            left_out=set_aside,
        )
    if zh and "主办" in zh:
        # 网信办主办的最后一届有多少个分论坛, 最后一届由国家网信办主办的是哪年: by the host's
        # names in its text (or the names it goes by)
        edge = _ZH_EDGE.search(zh)
        periods = c.kb.facts.series.hosts
        own = [{*p.names, *_zh_host_names(p.text_zh or "")} for p in periods]
        shared = set.intersection(*own) if own else set()  # (浙江省人民政府: in both)
        found = [p for p, n in zip(periods, own, strict=True) if any(x in zh for x in n - shared)]
        figured = q.aggregate or any(a in lex.counted or a == "attendance" for a in q.attributes)
        if edge is None and len(found) == 1 and not figured:
            # 网信办主办了几届, 哪几届不是国际组织主办的, 2019年是网信办主办的吗: that period's
            # editions (or the others), or the verdict on the editions named
            said = tuple(x for x in own[periods.index(found[0])] - shared if x in zh)
            at = min(zh.find(x) for x in said)
            negated = any(z in zh[:at] for z in ("不是", "不由", "非", "没有由"))
            told = tuple(e for e in t.editions if e.start is not None)
            claims = q.yes_no or zh.endswith(("吗", "吗？", "吗?")) or "是不是" in zh
            if not told and claims and q.years not in (None, (0, 9999)) and q.years is not None:
                # 2021年以后还是网信办主办吗: each edition of those years
                low, high = q.years
                told = tuple(e for e in c.index.held(t.today) if low <= e.year <= high)
            asks = bool(told) and claims and not set_aside
            return series.hosted_by(
                c,
                t.R,
                said,
                told if asks else (),
                t.today,
                verdict=asks,
                negated=negated,
                share=q.relative,
                span=None if asks or q.years == (0, 9999) else q.years,  # 2020年以后…哪几届
                months=() if asks else q.months,
                words=(*t.r.words, zh),
                left_out=set_aside,  # 除了2014年，网信办主办的是哪几届: of the others
            )
        if edge is None or len(found) != 1:
            return None
        span = (found[0].since, found[0].until or 9999)
        last = edge[0] in ("最后一届", "最近一届", "最后一次", "最近一次")
    else:
        # "was 2022 the first summit hosted by the organisation?": the year claimed, against
        # the first (last) of that arrangement
        edges = tuple(ref for ref in q.refs if ref.kind != "year")
        claimed = [ref.value for ref in q.refs if ref.kind == "year"]
        refs: tuple[Ref, ...] = edges
        if not (q.yes_no and len(claimed) == 1 and len(edges) == 1):
            refs, claimed = q.refs, []
        if "hosts" not in q.attributes or refs not in ((Ref("latest"),), (Ref("ordinal", 1),)):
            return None
        if "by" not in t.r.word_set:
            return None  # "who hosted the first one?": its hosts, of the 1st edition
        named = host_span(c, t.r.words)
        if named is None:
            return None
        span, last = named, refs == (Ref("latest"),)
    held = [e for e in c.index.held(t.today) if span[0] <= e.year <= span[1]]
    if not held:
        return None
    e = held[-1] if last else held[0]
    if not zh and claimed:
        hosts = c.lookup(t.R, "hosts", (e,), t.today, 0.9)
        text = t.R.tpl("yes" if e.year == claimed[0] else "no", fact=hosts.text)
        return replace(hosts, text=text, operation="verify")
    # (a figure asked of that edition — 有多少个分论坛 — is its figure; else its hosts)
    asked = [a for a in (*q.attributes, *q.signals) if a in lex.counted or a in _SELECTING]
    asked += [a for a in q.attributes if a in ("theme", "dates")]
    return c.lookup(t.R, asked[0] if asked else "hosts", (e,), t.today, 0.9)


_ZH_EDGE = lazy(r"最后一届|最近一届|最后一次|最近一次|第一届|首届|第一次")


def _zh_host_names(text: str) -> tuple[str, ...]:
    """The hosts a Chinese host sentence names (由<一个机构>和<另一个机构>共同主办):
    each name between 由/和/、 and the next joiner, of four characters or more."""
    body = _ZH_HOST_TRIM.sub("", text)
    names = [n for n in _ZH_HOST_SPLIT.split(body) if len(n) >= 4]
    # (a long name ending in its short one, …的<大会>国际组织: its last four characters)
    return tuple(names + [n[-4:] for n in names if len(n) > 8])


_ZH_HOST_TRIM = lazy(r"^由|(?:共同)?主办.*$|承办.*$")
_ZH_HOST_SPLIT = lazy(r"[和、，,]")


def parts_named(lex: Lexicon, r: Reading) -> tuple[str, ...]:
    """The vocabulary's `part_words` the question names ("award", 奖): Latin ones as a word or
    a word's start, Chinese as written."""
    zh = r.text.compact if r.text.han else ""
    return tuple(
        p
        for p in lex.part_words
        if (p in r.word_set if p.isascii() else p in zh)
        or (p.isascii() and any(w.startswith(p) for w in r.words))
    )


def _named_part(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was there a 2018 Leading Technology Award?", "how many awards in 2019?", 2016年有领先
    科技奖吗: a part of a kind of fact that only some editions' facts name (the award, first
    given in 2023) — of another edition it is unknown, never its other facts of the kind (the
    achievements released) in its place. The parts are the vocabulary's `part_words`."""
    refs = t.q.refs
    named = len(refs) == 1 and (refs[0].kind == "year" or refs[0] not in (Ref("ordinal", 1),))
    if len(t.editions) != 1 or not named or refs[0].kind not in ("year", "ordinal"):
        return None  # one edition named ("the first award" is no question about 2014)
    asked = parts_named(lex, t.r)
    if not asked and t.ctx is not None and t.r.refs and not names_kind(t.r):
        asked = t.ctx.parts  # "…award in 2023?" → "and 2016?": the award still
    if not asked:
        return None  # most questions
    e = t.editions[0]
    said = " ".join(f"{d.text} {d.text_zh or ''}" for d in e.details).casefold()
    if any(p in said for p in asked):
        return None
    R = t.R
    detail = next((a for a in (t.intent, *t.q.attributes) if a.startswith("attr:")), "")
    what = R.attribute_label(detail[5:]) if detail else asked[0]
    return c.refusal(R, R.tpl("part_unknown", part=f"{what} ({asked[0]})", name=R.name_year(e)))


def names_kind(r: Reading) -> bool:
    """Whether the question names a kind of fact itself (not one a follow-up carries)."""
    return any(name != "followup" for name, _ in r.intents) or any(
        s.startswith("attr:") for s in r.signalled
    )


# measure words and particles: a run of characters across them is no name ("15项领先")
_ZH_GLUE = frozenset("项个家名届年的了吗是有在")


def _series_start(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "The series started in 2015", "did it start in 2015?": when the series began — no,
    2014 — not the 2015 edition's opening."""
    q, r = t.q, t.r
    if not r.series_named or "since" not in q.signals or len(q.refs) != 1:
        return None
    if q.refs[0].kind != "year" or not (
        r.word_set.isdisjoint(_EDITION_NOUNS) and r.word_set.isdisjoint(lex.event_nouns)
    ):
        return None  # "when did the 2015 summit start?": that edition
    if f"in {q.refs[0].value}" not in " ".join(r.words) or not r.word_set.isdisjoint(_ASKING):
        return None  # "what weekday did the 2017 one start?": the 2017 edition
    if any(i.startswith("attr:") for i, _ in r.intents):
        return None  # "the organisation was founded in 2021": that fact's own date
    first = next((e for e in c.index.held(t.today)), None)
    if first is None:
        return None
    answer = series.since(c, t.R, t.today, q.unit)
    yes = q.refs[0].value == first.year
    return replace(
        answer, text=t.R.tpl("yes" if yes else "no", fact=answer.text), operation="verify"
    )


_ASKING = frozenset({"when", "what", "which", "how", "where", "who"})
# words that ask for editions listed or counted, not whether a claim holds
_LISTING = _ASKING | {"list", "name", "count", "many", "show", "editions", "summits", "why"}


def _within_last(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which editions opened in the last 1000 days?", 过去1000天里开过哪几届: those that opened
    from that many days (weeks, months, years) before today up to today."""
    zh = t.r.text.compact if t.r.text.han else ""
    if zh:
        m = _LAST_SPAN_ZH.search(zh) if ("近" in zh or "过去" in zh) else None
    elif t.r.word_set.isdisjoint(("last", "past")):
        return None  # most questions: no regex run on the answer path
    else:
        m = _LAST_SPAN.search(t.r.text.clean)
    if m is None or any(ref.kind in ("year", "ordinal") for ref in t.q.refs):
        return None  # ("the last 1000 days": no latest edition named)
    n = int(m["n"]) if m["n"].isdigit() else (lex.numbers.get(m["n"].casefold()) or 0)
    unit = m["unit"].casefold()
    if not 0 < n < 100000:
        return None
    today = t.today
    if unit.startswith(("day", "天")):
        since = today - dt.timedelta(days=n)
    elif unit.startswith(("week", "周", "星期")):
        since = today - dt.timedelta(weeks=n)
    else:
        months = n if unit.startswith(("month", "个月", "月")) else 12 * n
        y, mo = divmod(today.year * 12 + today.month - 1 - months, 12)
        if y < 1:
            return None
        since = dt.date(y, mo + 1, min(today.day, month_end(y, mo + 1)))
    held = [e for e in c.index.held(today) if e.start is not None and since <= e.start <= today]
    R = t.R
    if not held:
        return c.series_answer(R, "filter", R.tpl("within_last_none", date=R.date(since)), ())
    text = R.tpl("within_last", date=R.date(since), items=R.dated_names(held))
    years = tuple(e.year for e in held)
    return replace(c.series_answer(R, "filter", text, years), intent="which")


_LAST_SPAN = lazy(
    r"\b(?:in|within|over|during|from)\s+the\s+(?:last|past)\s+(?P<n>\d+|[a-z]+)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\b",
    re.I,
)
_LAST_SPAN_ZH = lazy(r"(?:过去|最近|近)(?P<n>\d+)(?P<unit>天|周|个星期|星期|个月|月|年)")


def _years_listed(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which editions were held since 2022?", "list the editions from 2015 to 2018": the
    editions of those years, with their dates — not a decline, not all of them."""
    q = t.q
    if q.years is None or q.refs or q.months or q.weekday is not None or q.number is not None:
        return None
    if not (q.plural or t.intent == "list") or q.operation not in ("lookup", "list"):
        return None
    if how_many(t.r) or t.intent == "count" or "count" in q.signals:
        return None  # "how many editions since 2022?": the count
    if not set(q.attributes) <= {"place", "dates", "start", "list"} or q.aggregate:
        return None
    low, high = q.years
    held = tuple(e for e in c.index.held(t.today) if low <= e.year <= high)
    if q.pool:  # ("the odd-numbered editions after 2015": of those too)
        held = tuple(e for e in held if e.year in q.pool)
    if not held:
        return c.refusal(t.R, t.R.tpl("reverse_none"))
    return c.lookup(t.R, "dates", held, t.today, 0.9, listed=True)


def _most_common(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "What's the most common number of sub-forums?", "the usual length": the value most
    editions had (exact figures only; where approximate ones could change it, declined)."""
    said = " ".join(t.r.words)
    zh = t.r.text.compact if t.r.text.han else ""
    weekday = _WEEKDAY_ASKED.search(said) or any(z in zh for z in ("星期几", "周几", "礼拜几"))
    if weekday and (_MODE.search(said) or "most editions" in said or "最多" in zh):
        return _most_common_weekday(c, lex, t)  # "what day of the week did most open?"
    if not _MODE.search(said):
        return None  # most questions
    q, R = t.q, t.R
    counted = [a for a in (*q.attributes, *q.signals) if a == "attendance" or a.startswith("attr:")]
    attr = counted[0] if counted else ("duration" if "duration" in q.attributes else "")
    if not attr or q.refs:
        return c.decline(R, "decline_unknown", 0.5)
    found = [m for e in c.index.held(t.today) if (m := measure(R, e, attr, q.measure))]
    if not found or any(not m.exact for m in found):
        return c.decline(R, "decline_unknown", 0.5)  # "about 1,500": no count settles it
    tally = Counter(m.value for m in found)
    top = max(tally.values())
    if top < 2:
        return c.decline(R, "decline_unknown", 0.5)  # no value repeats
    best = sorted(v for v, n in tally.items() if n == top)
    hits = [m for m in found if m.value in best]
    items = R.join([f"{m.edition.year}" for m in hits])
    shown = R.join(sorted({m.shown for m in hits}))
    text = R.tpl("most_common", value=shown, n=top, total=len(found), items=items)
    return c.series_answer(R, "aggregate", text, tuple(m.edition.year for m in hits))


def _most_common_weekday(c: Composer, lex: Lexicon, t: Turn) -> Answer:
    """The weekday most editions opened (closed, held the ceremony) on, and which they were."""
    R, which = t.R, day_asked(t.r, lex)
    days = [
        (e, d)
        for e in c.index.held(t.today)
        if (
            d := e.end
            if which == "end"
            else (e.ceremony or e.start)
            if which == "ceremony"
            else e.start
        )
    ]
    if not days:
        return c.decline(R, "decline_unknown", 0.5)
    tally = Counter(d.weekday() for _, d in days)
    top = max(tally.values())
    best = [w for w, n in tally.items() if n == top]
    hits = [(e, d) for e, d in days if d.weekday() in best]
    shown = R.join([R.weekday(next(d for _, d in hits if d.weekday() == w)) for w in sorted(best)])
    items = R.join([str(e.year) for e, _ in hits])
    text = R.tpl("most_common_day", value=shown, n=top, total=len(days), items=items)
    return c.series_answer(R, "aggregate", text, tuple(e.year for e, _ in hits))


_WEEKDAY_ASKED = lazy(r"\b(?:weekday|day of the week|day of week)\b")
_MODE = lazy(
    r"\bmost (?:common(?:ly)?|frequent(?:ly)?|often|typical(?:ly)?|usual(?:ly)?)\b"
    r"|\btypical (?:number|length)\b"
)


_ZH_NTH_YEAR = lazy(r"第[一二三四五六七八九十\d]{1,3}(?:年|届|次)")


def _in_a_row(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many editions in a row were held in November?", "consecutive editions with 20
    sub-forums", 连续几届: the longest run of editions, one after another, that the
    condition selects — not how many it selects in all."""
    r, q, R = t.r, t.q, t.R
    zh = r.text.compact if r.text.han else ""
    if r.word_set.isdisjoint(_RUN_WORDS) and "连续" not in zh:
        return None  # most questions
    # (连续 itself read as a value searched for is the run asked, no name)
    values = [v for v in q.values if v != "连续" and v not in _RUN_WORDS]
    if q.change or q.run or values or _gaps_asked(t):
        return None  # "fell two editions in a row": the changes; "consecutive editions' gap"
    if zh and _ZH_NTH_YEAR.search(zh):
        return None  # 2026年是连续举办的第13年吗: the year count, not a run of editions
    if not (how_many(r) or "streak" in r.word_set or "longest" in r.word_set or zh):
        return None
    held = c.index.held(t.today)
    if q.exclude and q.refs and all(ref.kind == "year" for ref in q.refs):
        # "excluding 2020, the longest run of November editions": of the others
        aside = {ref.value for ref in q.refs}
        held = tuple(e for e in held if e.year not in aside)
    q2 = q._replace(refs=(), plural=True, yes_no=False, every=False, nth=None, exclude=False)
    if q.months or q.weekday is not None:
        selected = evaluate.month_filter(c, R, q2._replace(operation="filter"), held)
    elif q.number is not None:
        q2 = q2._replace(operation="aggregate", aggregate="filter", pick="", position=0, top=0)
        q2 = q2._replace(comparator=q.comparator or comparator_of(r) or "exact")
        later = _STEPS[_STEPS.index(_in_a_row) + 1 :]
        t2 = replace(t, q=q2)
        found = next((a for step in later if (a := step(c, lex, t2)) is not None), None)
        if found is None:
            return c.decline(R, "decline_unknown", 0.5)
        selected = found
    else:
        return None  # "how many years in a row has it been held?": the series' own answer
    if not selected.answered:
        return selected
    hits = set(selected.settled or selected.editions)
    if any(y not in hits for y in selected.editions):
        return c.decline(R, "decline_unknown", 0.5)  # a figure left open may break a run
    best: list[int] = []
    run: list[int] = []
    for e in held:
        run = [*run, e.year] if e.year in hits else []
        if len(run) > len(best):
            best = run
    if not best:
        return selected
    text = R.tpl("run_longest", n=len(best), a=best[0], b=best[-1])
    if len(best) == 1:  # "20 sub-forums in a row": never two running
        text = R.tpl("run_none", items=R.join([str(y) for y in sorted(hits)]))
    return c.series_answer(R, "count", text, tuple(best), intent="count")


_RUN_WORDS = frozenset(
    {"row", "consecutive", "consecutively", "streak", "streaks", "straight", "run"}
)


def _negated_list(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which editions never had Xi speak by video?", "which released no achievements?",
    没有…的是哪几届: the editions with no record of what the question names — the others
    than those the same question without its negation lists, which are named too."""
    q, r = t.q, t.r
    if not q.plural or q.months or q.weekday is not None or q.number is not None or q.refs:
        return None  # most questions
    if q.yes_no and _place_claimed(lex, t) == "outside":
        return None  # "were any editions NOT held in <its town>?": a place claimed beyond it
    if q.phrases:
        return None  # "themes that did NOT include 'Cyberspace'": the search negates itself
    if "unnumbered" in q.signals:
        return None  # "…of the editions with no official number": the numbering negated
    if q.measure in lex.figure_rest.values():
        return None  # "the ones not from abroad": the negation names a figure (the rest)
    if not (q.values or any(a.startswith("attr:") for a in q.attributes)):
        return None
    zh = r.text.compact if r.text.han else ""
    if r.word_set.isdisjoint(_NEGATIONS) and not any(z in zh for z in _NEGATIONS_ZH):
        return None
    if q.values:
        if zh:  # names matched in Chinese text may miss some: no list of the others, and
            return c.decline(t.R, "decline_unknown", 0.5)  # never the list of those that did
        if not any(a.startswith("attr:") for a in q.attributes) and r.word_set.isdisjoint(
            ("video", "videos", "online", "person")
        ):
            # "no message from Xi": a word the facts use once (2014's message), not the kind
            # of fact (his letters and videos are messages too) — its others are no answer
            return c.decline(t.R, "decline_unknown", 0.5)
        if not r.word_set.isdisjoint(_MANNER_WORDS):
            # "editions Xi didn't attend in person": the positive list names every edition
            # with a fact of him, whatever the manner — its others are no answer
            return c.decline(t.R, "decline_unknown", 0.5)
        later = _STEPS[_STEPS.index(_negated_list) + 1 :]
        positive = next((a for step in later if (a := step(c, lex, t)) is not None), None)
        positive = positive or lookup(c, lex, t)
        if not positive.answered or not positive.editions:
            return c.decline(t.R, "decline_unknown", 0.5)
        having = set(positive.editions)
    else:  # "which released no achievements?": by the kinds of fact on record, each edition
        kinds = {a[5:] for a in q.attributes if a.startswith("attr:")}
        named = list(dict.fromkeys(a[5:] for a in q.signals if a.startswith("attr:")))
        if len(named) == 2 and not r.word_set.isdisjoint(_BUT_WORDS):
            # "which had an expo but no achievements?": the first on record, the second not
            return series.count_having(c, t.R, t.today, named[0], lacking=(named[1],), span=q.years)
        of_kind = [d for e in c.editions for d in e.details if d.about in kinds]
        labels = _kind_labels(c, kinds)
        having = {
            e.year
            for e in c.editions
            if any(_worded(lex, t, d, of_kind, labels.casefold()) for d in e.details)
        }
        if not r.word_set.isdisjoint(_DATA_WORDS) or any(z in zh for z in _DATA_ZH):
            # 哪几届没有参展企业数据: any fact of the kind on record is data on it, however
            # its sentence words it
            having |= {e.year for e in c.editions if any(d.about in kinds for d in e.details)}
    low, high = q.years or (0, 9999)  # "…from 2016 on": of those years
    held = [e for e in c.index.held(t.today) if e.year not in having and low <= e.year <= high]
    items = t.R.join([t.R.name_year(e) for e in held]) or "—"
    others = t.R.join([str(y) for y in sorted(having) if low <= y <= high])
    text = t.R.tpl("negated_list", items=items, others=others)
    answer = c.series_answer(t.R, "filter", text, tuple(e.year for e in held))
    return replace(answer, intent="which")


_DATA_WORDS = frozenset({"data", "figure", "figures", "number", "numbers", "record", "records"})
_DATA_ZH = ("数据", "数字", "记录", "统计")


def _kind_labels(c: Composer, kinds: set[str]) -> str:
    """The names the kinds go by, in every language ("Light of the Internet Expo …")."""
    return " ".join(c.attribute_label(R, k) for k in sorted(kinds) for R in c.renderers.values())


def _worded(lex: Lexicon, t: Turn, d: Detail, of_kind: list[Detail], labels: str) -> bool:
    """A fact of the kinds asked that has what the question's words for that kind name: "no
    congratulatory letter" asks of the facts with one of those words (not 2016's video), 没有
    贺信 of those saying so — where the facts use the words at all, and not the words the
    kind is named by ("no expo": every expo, whatever its fact's words)."""
    if d not in of_kind:
        return False
    kinds = {x.about for x in of_kind}
    if t.r.text.han:
        zh = t.r.text.compact
        asked = [p for p, a in lex.intent_zh if a[5:] in kinds and p in zh and p not in labels]
        used = [p for p in asked if any(p in (x.text_zh or "") for x in of_kind)]
        # (主旨演讲 asked: 主旨讲话 is one too — a four-character word by its first two)
        heads = [p[:2] for p in used if len(p) >= 4]
        return not used or any(p in (d.text_zh or "") for p in (*used, *heads))
    asked = [w for w in t.r.words if any(a[5:] in kinds for a in lex.intent_words.get(w, ()))]
    asked = [re.escape(w) for w in asked]  # (words, as patterns)
    asked = [w for w in asked if not re.search(rf"\b{w}", labels)]
    used = [w for w in asked if any(re.search(rf"\b{w}\b", x.text.casefold()) for x in of_kind)]
    return not used or any(re.search(rf"\b{w}\b", d.text.casefold()) for w in used)


_NEGATIONS = frozenset({"not", "no", "never", "without", "didn", "didnt", "wasn", "weren"})
_BUT_WORDS = frozenset({"but", "without", "yet"})
_MANNER_WORDS = frozenset({"person", "attend", "attended", "attending"})
_NEGATIONS_ZH = ("没有", "未", "没")


def _left_out(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Apart from 2019, which editions were held in October?", "not counting 2020, how
    many editions have there been?", 除了2020年一共几届: the selection (or the count) over
    the other editions — never the edition named to be left out."""
    q = t.q
    if not q.exclude or not q.refs or any(ref.kind != "year" for ref in q.refs):
        return None  # most questions
    if (
        "outside" not in t.r.cues
        and t.r.word_set.isdisjoint({"out", "aside"})
        and not _YEAR_LEFT.search(t.r.text.clean)
        and not _NOT_IN_YEARS.search(t.r.text.clean)
    ):
        return None  # "from 2014 to 2025, which did NOT end on a Friday": a negated filter
    # ("was any edition besides 2017 in December?": the month asked of the others, yes or no)
    dated = q.months or q.weekday is not None
    set_aside = q.operation == "verify" and dated and _YEAR_LEFT.search(t.r.text.clean)
    # ("which November editions had more than 15 sub-forums, except 2024 and 2025?": two
    # years set aside, not compared)
    kept_apart = q.operation == "compare" and q.number is not None and "which" in q.signals
    if q.operation not in ("lookup", "filter") and not set_aside and not kept_apart:
        return None  # "excluding 2020, which had the fewest…": the ranking leaves it out
    left = {ref.value for ref in q.refs}
    # "not counting 2020, how many editions from 2014 to 2023?": the year set aside, of the
    # range — the range's ends are kept (all the years are refs)
    aside = conditions.years_set_aside(t.r.text.clean) & left
    span = q.years if aside else None
    left = set(aside) if span else left
    held = tuple(
        e
        for e in c.index.held(t.today)
        if e.year not in left and (span is None or span[0] <= e.year <= span[1])
    )
    years = series.years_said(t.R, left)
    if (
        q.values
        and evaluate.people_named(c, q.values, lex.fact_names)
        and _YEAR_LEFT.search(t.r.text.clean)
    ):
        # "other than 2015, which editions did Xi attend in person?", 除了2015年习近平还出席过
        # 哪几届: the person's editions among the rest — never every other edition
        terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
        rest = q._replace(refs=(), exclude=False, pool=tuple(e.year for e in held))
        listed = evaluate.person_list(c, t.R, rest, terms, lex.fact_names)
        if listed is None:
            return c.refusal(t.R, t.R.tpl("reverse_none_value"))
        return replace(listed, text=t.R.tpl("left_out", years=years, text=listed.text))
    figured = q.number is not None and any(
        a.startswith("attr:") or a in lex.counted or a == "attendance" for a in q.attributes
    )
    if (dated or kept_apart) and figured and not set_aside and q.weekday is None:
        # 11月举办、参会国家超过100个的届次，除了2022年: the months and the figure, of the rest
        # ("15 achievements apart from 2018 and 2019": exactly 15, as said)
        comparator = q.comparator or comparator_of(t.r) or "exact"
        q2 = q._replace(exclude=False, refs=(), aggregate="filter", plural=True)
        within = tuple(
            e for e in held if not q.months or (e.start is not None and e.start.month in q.months)
        )
        answer = aggregate.evaluate(c, t.R, q2, "filter", within, comparator)
        return replace(answer, text=t.R.tpl("left_out", years=years, text=answer.text))
    if dated and figured and not set_aside:
        return None
    if dated:
        # ("except 2020, which were held outside November?": the month is set aside too)
        outside = bool(q.months) and _month_left(t.r.text.clean, lex)
        q2 = q._replace(exclude=outside, refs=(), operation="filter", plural=True)
        answer = evaluate.month_filter(c, t.R, q2, held)
    else:
        zh = t.r.text.compact if t.r.text.han else ""
        editions = not t.r.word_set.isdisjoint(_EDITIONS_COUNTED)
        # "which editions were not in 2016 or 2017?", "list every edition except 2016": the
        # others, listed as a count lists them
        as_list = (
            editions
            and (
                not t.r.word_set.isdisjoint(_LISTED_WORDS)
                or t.r.words[:1] in (("editions",), ("all",))
            )
        ) or any(z in zh for z in _LISTED_ZH)
        if q.number is not None or any(
            a.startswith("attr:") or a in lex.counted or a == "hosts" for a in q.attributes
        ):
            return None  # "how many had an expo, apart from 2020?": the filter asked, of the rest
        counts = how_many(t.r) or "count" in t.r.word_set  # ("count the editions since …")
        if not (editions or as_list or any(z in zh for z in _HOW_MANY_ZH)) or not (
            counts or zh or as_list
        ):
            return None
        if span is not None and not q.pool and not q.months and q.weekday is None:
            # "not counting 2020, how many editions from 2014 to 2023?": the range's
            # editions, less the year set aside
            total = [e for e in c.index.held(t.today) if span[0] <= e.year <= span[1]]
            text = t.R.tpl(
                "count_span",
                n=len(held),
                total=len(total),
                first=total[0].year if total else span[0],
                last=total[-1].year if total else span[1],
                items=t.R.dated_names(held) or "—",
            )
            answer = c.series_answer(t.R, "count", text, tuple(e.year for e in held))
            return replace(answer, text=t.R.tpl("left_out", years=years, text=answer.text))
        # (of the years a property selects too: "excluding 2024, the leap years")
        pool = tuple(e.year for e in held if not q.pool or e.year in q.pool)
        answer = series.count(c, t.R, t.today, q._replace(pool=pool, refs=(), exclude=False))
    return replace(answer, text=t.R.tpl("left_out", years=years, text=answer.text))


_EDITIONS_COUNTED = frozenset({"editions", "summits", "conferences", "ones", "times", "edition"})
_LISTED_WORDS = frozenset({"which", "list", "what", "name"})
# "which editions were not held in 2016, 2017 or 2018": years set aside by "not in"
_NOT_IN_YEARS = lazy(
    r"(?i)\bnot\s+(?:(?:held|hosted)\s+)?in\s+(?:19|20)\d\d\b|不是在(?:19|20)\d\d年|不在(?:19|20)\d\d年"
)
# 除了2016年以外的所有届次, 哪些届不是在2016年举办的: the other editions, listed
_LISTED_ZH = ("所有届", "哪些届", "哪几届", "其他届", "其余各届", "其余的届")
# "other than 2015", 除了2015年: a year left out (not "besides Xi's video" in 2024)
_YEAR_LEFT = lazy(
    r"(?i)(?:other than|apart from|except(?: for)?|besides|excluding|not counting|leaving out|"
    r"aside from|除了|除咗|除|不包括|不含|不算)\s*(?:the\s+)?(?:19|20)\d\d"
)
_HOW_MANY_ZH = ("几届", "多少届", "几次", "多少次")
# "outside November", "not in December", 11月以外, 不在11月: a month the editions were not in
_MONTH_LEFT = lazy(
    r"(?i)\b(?:outside(?:\s+of)?|(?:not|weren[’']?t|wasn[’']?t|didn[’']?t\s+take\s+place)"
    r"\s+(?:held\s+)?in)\s+(?:the\s+month\s+of\s+)?(?P<m>[a-z]+)"
    r"|(?:不在|不是在)\d{1,2}月|\d{1,2}月(?:以外|之外)"
)


def _month_left(text: str, lex: Lexicon) -> bool:
    """Whether a month is said as one the editions were not held in."""
    return any(
        m["m"] is None or m["m"].casefold() in lex.months for m in _MONTH_LEFT.finditer(text)
    )


def _person_again(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Did Wang Huning attend any other editions besides 2017?", 刘云山还参加过其他届吗, "did
    that guy come back later?": the person's editions other than those set aside (the year
    named, else the editions talked about, else their first) — never "yes" on the strength
    of the one set aside. None other on record is not known, never "no": the facts record
    who spoke, not everyone who came."""
    q, R = t.q, t.R
    if not (q.yes_no or t.yes_no) or not q.values:
        return None  # most questions
    zh = t.r.text.compact if t.r.text.han else ""
    if t.r.word_set.isdisjoint(_AGAIN) and not any(z in zh for z in _AGAIN_ZH):
        return None
    named = evaluate.people_named(c, q.values, lex.fact_names)
    terms = (*t.r.words, zh) if zh else t.r.words
    back = not t.r.word_set.isdisjoint(_RETURNED)  # "come back"
    # ("take part in", "participate", 参加: being there, as attending is)
    part = not t.r.word_set.isdisjoint(_TAKE_PART) or "参加" in zh
    # "did Li Shulei give it (the keynote) at other editions too?": giving the keynote is
    # being there, as the keynote facts record it
    gave = not t.r.word_set.isdisjoint(_GAVE) and not t.r.word_set.isdisjoint(_GIVEN)
    speak = not t.r.word_set.isdisjoint(_SPEAK_WORDS)  # "did he speak at other editions?"
    attend = quotes.attending(terms) or back or part
    if not named or not (attend or gave or speak):
        return None  # (how they took part from afar, "did Xi send other letters?": as asked)
    held = c.index.held(t.today)
    # (the people the facts say took part are in its keynote facts: "Better" of a theme is
    # no one)
    spoke = q._replace(attributes=("attr:keynote",))
    there, afar = evaluate.attendance_split(c, R, spoke, terms, lex.fact_names, held)
    on_record = [*there, *afar]  # (every edition they are named at, for "only at …")
    if gave and not (attend or speak):
        # giving the keynote: a clause naming them says so (reading out a letter is not)
        there = [h for h in there if _gave_keynote(h[1], named)]
        afar = [h for h in afar if _gave_keynote(h[1], named)]
    if not there and not afar:
        return None
    in_person = quotes.in_person(Claim(terms=terms))
    # ("attend" is being there: a video or a letter is named apart, never counted as it)
    left = {ref.value for ref in q.refs if ref.kind == "year"} or set(t.ctx_editions)
    left = left or {min((e.year for e, _ in there), default=0)}
    later = back or "later" in t.r.word_set

    def other(e: Edition) -> bool:
        return e.year not in left and (not later or e.year > max(left))

    there_o, afar_o = [h for h in there if other(h[0])], [h for h in afar if other(h[0])]
    if there_o or afar_o:
        listed = evaluate.worded_attendance(c, R, there_o, afar_o, count=False)
        shown = series.years_said(R, {y for y in left if y})
        text = R.tpl("left_out", years=shown, text=listed.text) if shown else listed.text
        text = R.tpl("yes", fact=text) if there_o else text
        return c.series_answer(R, "verify", text, tuple(e.year for e, _ in [*there_o, *afar_o]))
    name = named[0] if zh else _as_written(named[0], [f for _, f in (*there, *afar)])
    # (every edition they are on record at: "only at 2019" would hide 2018 when "later"
    # than 2019 is asked)
    recorded = {e.year for e, _ in (there if in_person else on_record)} or left
    shown = series.years_said(R, recorded)
    key = "person_only_in_person" if in_person else "person_only"
    return c.refusal(R, R.tpl(key, name=name, editions=shown))


def _as_written(value: str, facts: list[str]) -> str:
    """A person's name as the facts write it ("Ma Kai" for "kai"), else the word titled."""
    for f in facts:
        m = re.search(rf"(?:\b[A-Z][a-z]+ )?\b{re.escape(value.title())}\b(?: [A-Z][a-z]+)?", f)
        if m:
            return m[0]
    return value.title()


_AGAIN = frozenset({"other", "others", "another", "again", "else", "besides", "later", "back"})
_AGAIN_ZH = ("其他", "其它", "别的", "另外", "再次", "又来", "又参加", "又出席", "除了")
_TAKE_PART = frozenset({"part", "participate", "participated", "participating"})
_SPEAK_WORDS = frozenset({"speak", "spoke", "spoken", "speaking", "talk", "talked"})


def _gave_keynote(text: str, named: tuple[str, ...]) -> bool:
    """Whether a clause of the fact names the person and the keynote (主旨)."""
    for clause in re.split(r"[;；]", text):
        low = clause.casefold()
        if ("keynote" in low or "主旨" in clause) and all(
            any(w in low for w in n.casefold().split()) for n in named
        ):
            return True
    return False


_GAVE = frozenset({"give", "gave", "given", "deliver", "delivered", "do", "did"})
_GIVEN = frozenset({"keynote", "speech", "it", "address", "that"})
_RETURNED = frozenset({"back", "return", "returned"})


def _running_pass(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "In which year did cumulative attendance pass 10,000?", "after which edition did the
    running total of sub-forums pass 100?", 累计参会人数哪一届突破一万: the editions' figures
    added up in order, and the first edition by which the total certainly passed the number —
    or the two it lies between where the figures' qualifiers leave it open, or that a figure
    before it is missing (never an edition the sums do not settle)."""
    q, R = t.q, t.R
    if _unsupported_word(lex, t.r):
        return None  # "best running shoes under 100 dollars?": no total of ours
    zh = t.r.text.compact if t.r.text.han else ""
    # ("the total number of days in session first reach 30": a running total, by its words)
    totalled = not t.r.word_set.isdisjoint(_TOTAL_WORDS) and "first" in t.r.word_set
    totalled = totalled and not t.r.word_set.isdisjoint(_REACH_WORDS | _PASS_WORDS)
    if q.number is None or (
        t.r.word_set.isdisjoint(_RUNNING_WORDS) and "累计" not in zh and not totalled
    ):
        return None  # most questions
    # "reach 30": 30 is enough; "pass 100": more than it
    reach = not t.r.word_set.isdisjoint(_REACH_WORDS) or any(z in zh for z in ("达到", "满"))
    attribute = comparable(q)
    what = label_of(R, attribute, q.measure, c)
    # (the years a question names bound it; a follow-up's are not the turn before's: "in
    # which year did the running total reach 100?" after a total up to 2019)
    said_years = q.years if conditions.years_in(t.r.text.clean) else None
    low_y, high_y = said_years or (0, 9999)
    lo = hi = 0.0
    could: Edition | None = None  # the first edition by which the total may have passed it
    for e in c.index.held(t.today):
        if not low_y <= e.year <= high_y:
            continue
        m = measure(R, e, attribute, q.measure)
        if m is None:
            text = R.tpl("running_unknown", what=what, year=e.year, n=f"{q.number:,}")
            return c.refusal(R, text)
        a, b = span(m)
        lo, hi = lo + a, hi + b
        could = could or (e if hi > q.number or (reach and hi >= q.number) else None)
        if lo > q.number or (reach and lo >= q.number):
            if could is e:
                key = "running_pass_exact" if lo == hi else "running_pass"
                key = key.replace("pass", "reach") if reach else key
                text = R.tpl(
                    key, what=what, n=f"{q.number:,}", name=R.name_year(e), total=f"{int(lo):,}"
                )
                return c.series_answer(R, "aggregate", text, (e.year,))
            assert could is not None
            text = R.tpl(
                "running_between",
                what=what,
                n=f"{q.number:,}",
                first=R.name_year(could),
                second=R.name_year(e),
            )
            return c.series_answer(R, "aggregate", text, (could.year, e.year))
    return c.refusal(R, R.tpl("running_unsettled", what=what, n=f"{q.number:,}"))


# 相隔, 距离, 到: the time between a dated fact and an edition (国际组织成立到2022年峰会开幕)
_APART_FACT_ZH = ("相隔", "距离", "相距", "隔了", "之间", "到")
_RUNNING_WORDS = frozenset({"cumulative", "cumulatively", "running", "accumulated"})
_TOTAL_WORDS = frozenset({"total", "combined", "altogether", "sum"})
_REACH_WORDS = frozenset({"reach", "reached", "reaches", "hit", "hits", "attain", "attained"})
_PASS_WORDS = frozenset({"pass", "passed", "exceed", "exceeded", "top", "topped", "cross"})


def _figure_exact(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Is the 2017 exhibitor country count exact?", 2019年参会人数是准确数字吗: a figure
    reported with a qualifier ("some 13") is no exact count — no; an unqualified one is what
    its source gives, which is all that can be said (never "yes" because it is on record)."""
    q, R = t.q, t.R
    if not (q.yes_no or t.yes_no) or q.number is not None or len(t.editions) != 1:
        return None  # most questions
    zh = t.r.text.compact if t.r.text.han else ""
    if t.r.word_set.isdisjoint(_EXACT_WORDS) and not any(z in zh for z in _EXACT_ZH):
        return None
    attribute = comparable(q)
    e = t.editions[0]
    m = measure(R, e, attribute, q.measure)
    if m is None:
        return None
    fact = c.lookup(R, attribute, (e,), t.today, 0.8)
    key = "figure_as_given" if m.exact else "figure_inexact"
    text = f"{R.tpl(key, shown=m.shown)}\n{fact.text}"
    return replace(fact, text=text, operation="verify")


_EXACT_WORDS = frozenset({"exact", "certain", "precise", "accurate", "definite", "confirmed"})
_EXACT_ZH = ("准确", "确切", "精确", "确定的", "准不准")


def _nth_such(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "The second edition held in December", "the first three with 20 sub-forums", "the
    last two held in November": the editions the condition selects, in order, and the place
    asked among them — never the edition of that number. A condition the facts cannot select
    by ("the first edition with an expo") is declined, not answered with the 1st edition."""
    q, R = t.q, t.R
    if q.nth is None:
        return None
    at, count, strong = q.nth
    if (q.pick and count == 1) or q.aggregate not in ("", "filter"):
        # "the first edition with more than 125 countries": the pick settles it; "the sum
        # over the last two that have a figure": a span the fold takes
        return None
    kept = tuple(ref for ref in q.refs if ref.kind not in ("ordinal", "latest", "first"))
    # "the first three editions held in November": not the first three years' editions
    low, high = q.years or (0, 9999)  # 2016年之后第一次…: of those after 2016
    named = [ref.value for ref in kept if ref.kind == "year"]
    if q.years is None and len(named) == 1 and not t.r.word_set.isdisjoint(_AFTER):
        low = named[0] + 1  # "the first held in December after 2016": 2017 onwards
    elif q.years is None and len(named) == 1 and "before" in t.r.word_set:
        high = named[0] - 1
    if (low, high) != (0, 9999):
        kept = tuple(ref for ref in kept if ref.kind != "year")  # (the year the range is from)
    q = q._replace(nth=None, refs=kept, years=None, yes_no=False, plural=True)
    if q.months or q.weekday is not None:
        # (listed within the years bounded: "the 1st of those" is then the first listed)
        bounded = (low, high) if (low, high) != (0, 9999) else None
        selected = evaluate.month_filter(
            c, R, q._replace(operation="filter", years=bounded), c.index.held(t.today)
        )
    elif q.number is not None:
        q2 = q._replace(pick="", position=0, top=0, operation="aggregate", aggregate="filter")
        counted = next((a for a in q.signals if a.startswith("attr:") or a == "attendance"), "")
        if counted and not any(a.startswith("attr:") or a == "attendance" for a in q.attributes):
            q2 = q2._replace(attributes=(counted,))  # "when was the second with 15 achievements"
        q2 = q2._replace(comparator=q.comparator or comparator_of(t.r) or "exact")
        selected = respond(c, lex, t.r, q2, t.today, t.ctx, R)
    elif any(a.startswith("attr:") for a in (*q.attributes, *q.signals)) and (
        strong
        or (
            t.r.word_set.isdisjoint(_OWN_FACT)
            and any(ref.kind == "ordinal" for ref in t.q.refs)
            # (who gave the keynote at the first one in <the town>: that one's fact asked)
            and (
                not any(a.startswith("attr:") for a in q.attributes)
                or not t.r.word_set.isdisjoint({"which", "when"})
            )
            and not t.has_context
        )
    ):
        # ("when was the first one held online?": the first such, not the 1st edition)
        # "the first edition with an expo": the one the facts mark first, if they do; "the
        # second edition with an award": nothing selects by it — declined, never the 2nd
        first = None
        if (at, count) == (1, 1):
            detail = next(a for a in (*q.attributes, *q.signals) if a.startswith("attr:"))
            asked = t.q._replace(attributes=(detail,))  # "when was…": that detail's first
            first = _first_of_kind(c, lex, replace(t, q=asked))
        return first or c.refusal(R, R.tpl("nth_unknown"))
    else:
        return None
    if not selected.answered or selected.operation != "filter":
        return selected if not selected.answered else c.refusal(R, R.tpl("nth_unknown"))
    settled = selected.settled or selected.editions
    hits = sorted(c.index.years(settled), key=lambda e: e.year)
    hits = [e for e in hits if low <= e.year <= high]
    open_years = [y for y in selected.editions if y not in settled and low <= y <= high]
    chosen = hits[-count:] if at < 0 else hits[at - 1 : at - 1 + count]
    if open_years and (not chosen or min(open_years) < max(e.year for e in chosen)):
        return selected  # an edition the figures leave open may come first: the list as it is
    if not chosen:
        text = R.tpl("nth_none", nth=english_ordinal(at), n=at, count=len(hits))
    else:
        items = R.join([R.name_year(e) for e in chosen])
        key = "nth_pick" if count == 1 else "nth_pick_first"
        if at < 0:
            key = "nth_pick_latest" if count == 1 else "nth_pick_last"
        text = R.tpl(key, nth=english_ordinal(at), n=at, count=len(chosen), items=items)
    years = tuple(e.year for e in chosen)
    text = f"{selected.text} {text}"
    # the answer is about the editions picked: their facts' sources, not the others listed
    sources = c.cite(R, text, years) if years else selected.sources
    return replace(
        selected, text=text, editions=years or selected.editions, settled=years, sources=sources
    )


_DID_WORDS = frozenset({"do", "does", "did", "role", "part", "job"})
_ZH_MANNER = lazy(
    r"(?:怎么|怎样|如何|以什么方式|通过什么方式)(?:参会|参加|出席|参与|露面)"
    r"|做了什么|干了什么|什么角色|扮演"
)


def _manner(c: Composer, lex: Lexicon, r: Reading, intent: str) -> bool:
    """ "How did <a person> take part / join / attend…?": asked of someone the keynote facts
    name, the way they took part is what those facts say (by video, by letter, in person)."""
    words = r.words
    if intent not in ("", "attendance", "start", "attr:format", "overview", "attr:keynote"):
        return False
    if r.text.han:  # 2021年刘鹤是怎么参会的, 黄坤明做了什么: a name the facts hold, then how
        zh = r.text.compact
        return _ZH_MANNER.search(zh) is not None and any(n in zh for n in c.speakers_zh)
    if len(words) < 3:
        return False
    named = [i for i, w in enumerate(words) if w in c.keynote_words and w in lex.fact_names]
    if not named:
        return False
    if words[0] == "how" and words[1] in AUXILIARIES:
        return named[0] == 2  # "how did Xi take part…"
    # "what did Liu Yunshan do at the 2016 conference?", "what was Huang Kunming's role?",
    # "what exactly did Li Shulei do…"
    aux = next((i for i, w in enumerate(words[:3]) if w in AUXILIARIES), None)
    what = words[0] == "what" and aux is not None and 0 < named[0] - aux <= 2
    return what and not r.word_set.isdisjoint(_DID_WORDS)


# What a look-up asked "now" can be asked of: the present edition's host, place, theme…
_WHEN_ASKED = frozenset({"dates", "start", "end", "overview", "next", "weekday", "place"})
_NOW_ASKS = frozenset({"hosts", "place", "theme", "overview", "attendance", "dates", "start"})


def _now(lex: Lexicon, r: Reading) -> bool:
    """ "Who hosts it now?", "现在由谁主办": a word for the present."""
    if not lex.now_words.isdisjoint(r.word_set):
        return True
    if r.text.han:
        return any(z in r.text.compact for z in lex.now_zh)
    text = " ".join(r.words)
    return any(p in text for p in lex.now_phrases)


def _years_later(r: Reading, lex: Lexicon) -> int:
    """ "one year after", "two years before", "a year later": the years counted, signed
    (0 if none)."""
    words = r.words
    for i in range(1, len(words) - 1):
        if words[i] in ("year", "years") and words[i + 1] in ("after", "later", "before"):
            said = words[i - 1]
            n = 1 if said in ("a", "an") else lex.numbers.get(said)
            n = int(said) if said.isdigit() and len(said) <= 2 else n
            if n:
                return -n if words[i + 1] == "before" else n
    return 0


def _gaps_asked(t: Turn) -> bool:
    """ "Days between consecutive editions", "how far apart are editions on average", 间隔."""
    words = t.r.word_set
    if t.q.among is not None or t.q.number_to is not None:
        return False  # "…of editions with between 100 and 130 countries": a figure's range
    if t.r.text.han:
        return any(z in t.r.text.compact for z in _GAP_ZH)
    between = "between" in words and not words.isdisjoint({"consecutive", "editions", "summits"})
    return between or not words.isdisjoint({"gap", "gaps", "apart"})


def _numbered(q: Query, editions: tuple[Edition, ...], r: Reading) -> tuple[Edition, ...]:
    """ "Of the six numbered ones, which had the fewest forums?": the editions with an official
    number, where the numbering is what selects them (not 有没有哪届…, "was there any…")."""
    # (editions left out — "and without the 2020 forum?" — select nothing themselves)
    named = bool(q.refs) and not q.exclude
    if "unnumbered" in q.signals and not named:
        return tuple(e for e in editions if not e.ordinal)  # "without an official number"
    if "numbered" not in q.signals or named:
        return editions
    return tuple(e for e in editions if e.ordinal) or editions


def _first_of_next(q: Query) -> bool:
    """ "The first summit after 2019": "first" with a neighbour of another edition is the
    neighbour itself, not the 1st edition."""
    if Ref("ordinal", 1) not in q.refs:
        return False  # most questions
    kinds = [x.kind for x in q.refs]
    if not any(k in _NEIGHBOURS for k in kinds):
        return False
    return sum(k not in _NEIGHBOURS and k != "latest" for k in kinds) > 1


def _anchor(
    c: Composer, lex: Lexicon, q: Query, t: Turn, ctx: Context | None
) -> tuple[Ref, Edition] | None:
    """The edition a neighbour is relative to: the one named ("the one after the 2019
    summit", "the year after the first one"), or after a short follow-up ("下一届呢？",
    "和上一届比呢？") the one talked about. None: resolve as usual."""
    neighbours = [x for x in q.refs if x.kind in _NEIGHBOURS]
    if not neighbours and "上一届" not in t.r.text.compact:
        return None  # most questions: nothing to anchor
    named = [x for x in q.refs if x.kind not in _NEIGHBOURS and x.kind != "latest"]
    # one edition talked about ("and the next one?"); after a list or a count, "the next
    # one" is today's next
    talked = c.index.edition(ctx.editions[0]) if ctx and len(ctx.editions) == 1 else None
    # ("那下一届呢" after "跟上一届比呢", two set side by side: the one talked about first)
    compared = (
        talked is None
        and ctx is not None
        and len(ctx.editions) == 2
        and bool(ctx.history)
        and ctx.query is not None
        and ctx.query.operation == "compare"
    )
    if compared and ctx is not None and ctx.history[-1] in ctx.editions:
        talked = c.index.edition(ctx.history[-1])
    short = len(t.r.words) + t.r.text.han <= 8
    if "上一届" in t.r.text.compact and talked is not None and short and not named:
        return (Ref("latest"), talked)  # 上一届 after talking about an edition: the one before it
    if not neighbours:
        return None
    claimed = (
        bool(named)
        and q.yes_no
        and talked is not None
        and all(x.kind == "ordinal" for x in named)
        and _ordinal_claimed(t.r, lex)
    )
    if claimed and talked is not None:
        # "and was the next one the 7th?" after 2019: the one after it, of which the number
        # is claimed (not the one after the 7th)
        return (neighbours[0], talked)
    if named:
        base = c.index.resolve(named[0], t.today, ctx)
        return (named[0], base) if isinstance(base, Edition) else None
    now = (
        t.r.series_named
        or not lex.present.isdisjoint(t.r.words)
        or (t.r.text.han > 0 and any(w in t.r.text.compact for w in lex.present if not w.isascii()))
    )
    if neighbours[0].kind == "next" and talked is not None and short and not now:
        return (neighbours[0], talked)  # "and the next one?"; "when is the next one?": today
    return None


def _ordinal_claimed(r: Reading, lex: Lexicon) -> bool:
    """Whether an ordinal beside a neighbour word is what is claimed of it ("was the next one
    the 7th?", 下一届是第七届吗), not where it is counted from ("the one after the 6th")."""
    if r.text.han:
        return "是第" in r.text.compact
    words = r.words
    for i, w in enumerate(words):
        if w in lex.ordinals or ORDINAL.fullmatch(w):
            before = [x for x in words[max(0, i - 2) : i] if x != "the"]
            return not before or before[-1] not in _COUNTED_FROM
    return False


_COUNTED_FROM = frozenset({"after", "before", "following", "preceding", "since", "than", "of"})


def _side(ref: Ref) -> str:
    return "previous" if ref.kind in ("previous", "latest") else "following"


def _social(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Greetings and help, unless the message also asks something ("hey, when was…")."""
    if t.intent not in _SOCIAL:
        return None
    asks = [
        (i, s)
        for i, s in t.r.intents
        if i not in _SOCIAL and not (t.intent == "help" and i == "unsupported")
    ]  # "what can I ask you?" asks for help, not whether a member may do something
    greeted = not asks and t.intent == "greeting" and t.r.series_named and not t.targets
    if greeted and not t.r.word_set.isdisjoint(_WHAT_IS):
        # "yo what is <the short name>, someone keeps mentioning it", "hi, could you give me a
        # one-line explanation of <the series>…": what the series is
        return series.about(c, t.R)
    if not asks and not t.targets and not faq_pick(c, t.r, t.editions):
        # (help with something else — "my python homework", a word we do not know — is no
        # question about what the bot answers)
        other = _unsupported_word(lex, t.r)
        return c.help(t.R, t.intent, asked=not t.r.unknown and not other)
    t.intent, t.score = asks[0] if asks else ("", 0.0)
    return None


def _figures_combined(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which editions have an expo figure but no achievements recorded?", "…neither an expo
    figure nor an achievements figure", "an exhibitor figure but no figure for the exhibitors'
    countries": figures, each there or missing, held at once (one alone was answered)."""
    words = t.r.words
    if t.r.text.han or _RECORDED.isdisjoint(t.r.word_set) or t.q.refs:
        return None  # most questions: no figure's presence asked
    if "which" not in words and not how_many(t.r):
        return None
    if not t.r.word_set.isdisjoint(_RANKING):
        return None  # "the edition with the biggest recorded expo": a ranking
    said: list[tuple[str, str, bool]] = []
    counted = {*lex.counted, "attendance"}
    start = 0  # where the current condition's words begin (after "but", "and", "nor")
    for i, w in enumerate(words):
        if w in _JOINS:
            start = i + (w != "nor")  # ("nor" negates what follows it)
            continue
        kinds = lex.intent_words.get(w, ())
        kind = next((k for k in kinds if k in counted), None)
        figure = lex.figure_words.get(w)
        if kind is None and figure is None:
            continue
        there = _ABSENT.isdisjoint(words[start:i])
        if figure is not None:
            # "the exhibitors' countries": a further figure of the fact just named
            if not said or said[-1][1] != "people":
                return None
            kind = said[-1][0]
            if said[-1][2] == there and i - 1 >= 0 and lex.intent_words.get(words[i - 1]):
                said[-1] = (kind, figure, there)  # ("exhibitors countries": one figure)
                continue
            said.append((kind, figure, there))
            continue
        if kind is None or any(a == kind and k == "people" for a, k, _ in said):
            continue  # the same figure named again ("exhibitor figure … the exhibitors'")
        said.append((kind, "people", there))
    if len(said) < 2 or "or" in words:
        return None  # one figure (answered as such), or either of two
    held = evaluate.in_span(c.index.held(t.today), t.q)
    count = how_many(t.r) and "which" not in words
    return meta.figures_combined(c, t.R, tuple(said), held, count)


_JOINS = frozenset({"but", "and", "nor", "yet", "while", "whereas"})
_RECORDED = frozenset({"figure", "figures", "recorded", "record", "records", "data", "numbers"})
_RANKING = frozenset(
    {"most", "least", "biggest", "largest", "smallest", "fewest", "highest", "lowest", "more"}
    | {"fewer", "less", "than", "best", "worst", "top", "bottom"}
)
_ABSENT = frozenset({"no", "not", "without", "neither", "nor", "lacking", "missing", "lack"})


_WHAT_IS = frozenset({"what", "whats", "explain", "explanation", "describe", "description"})


def _about_bot(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """How current the facts are, and which editions they cover."""
    # "when was this last checked": the latest only
    spanned = t.q.years is not None  # "for which years don't you have …, 2016-2025": within
    latest = t.intent in _ABOUT_BOT and all(x.kind == "latest" for x in t.q.refs)
    if t.targets and not latest and not spanned:
        return None  # "when was the 2019 one updated?" is about an edition
    read = dict(t.r.intents)
    about = t.intent if t.intent in _ABOUT_BOT else ""
    about = about or next((i for i in _ABOUT_BOT if read.get(i, 0.0) >= 1.5), "")
    if about == "freshness" and not (t.q.values and t.q.operation == "reverse"):
        # "你的资料更新到什么时候": "when" is not the dates of an edition ("which years does
        # your data list <a name> as keynote speaker" asks the name's editions)
        return meta.freshness(c, t.R, t.today)
    counted = next((a for a in t.q.signals if a.startswith("attr:")), None) or (
        "attendance" if "attendance" in t.q.signals else None
    )
    missing = bool(_MISSING & t.r.word_set) or "缺" in t.r.text.compact
    # ("which years have no achievement numbers?", "…don't you have … numbers": a figure
    # denied, not the editions without the thing)
    missing = missing or _NO_FIGURE.search(t.r.text.clean) is not None
    # ("which editions without an ordinal had…": the ordinal is what they lack)
    missing = missing and "unnumbered" not in t.q.signals
    if counted and (about == "coverage" or (missing and "which" in t.q.signals)):
        # "for which editions do you have an expo country count?": that figure's coverage
        covered = meta.figure_coverage(
            c, t.R, counted, t.q.measure, missing, t.today, t.q.years or (0, 9999)
        )
        if covered.editions or missing:
            return covered
        return None  # no figure of that kind at all ("who read out Xi's letter"): asked on
    if about == "coverage":
        return meta.coverage(c, t.R, t.today)
    return None


_PLACE_NOUNS = frozenset({"place", "venue", "location", "held", "city", "town", "where's"})


# What the conference has and a part of it (the expo) has not, on record: asked of the part,
# the conference's own fact would answer another question.
_OF_THE_WHOLE = frozenset(
    {"theme", "attr:keynote", "weekday", "hosts", "duration", "dates", "start", "end"}
)
_DATED = frozenset({"dates", "start", "end", "duration"})
_DAY_SPAN = lazy(r"\b(\d{1,2})\s*[–-]\s*(\d{1,2})\b")  # "November 22–24": within a month
_WHOLE_NOUNS = frozenset({"conference", "conferences", "summit", "summits", "forum"})


def _part_asked(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "The theme of the 2019 expo", "who opened the 2024 expo", "what weekday did the 2020
    expo open?": the expo's own theme, opener or opening day, which the facts do not give —
    not the conference's."""
    part = "attr:expo"
    if part not in t.q.signals or t.intent not in _OF_THE_WHOLE or t.q.yes_no:
        return None  # most questions
    zh = t.r.text.compact if t.r.text.han else ""
    whole = not t.r.word_set.isdisjoint(_WHOLE_NOUNS) or lex.short in t.r.word_set
    if whole or any(z in zh for z in ("大会", "峰会", "论坛")):
        return None  # "the theme of the 2019 conference, and how big was the expo?"
    noted = [e for e in t.editions if e.dates_note and "expo" in e.dates_note.casefold()]
    if t.q.per is not None and not noted:
        return None  # "exhibitors per day in 2019": over the conference's days, which are its
    if t.intent in _DATED and len(noted) == 1 and len(t.editions) == 1:
        # "when did the 2020 expo start?", "how many days did it run?": its own dates, as
        # noted — not the forum's, which led the answer
        e = noted[0]
        note = t.R.pick(e.dates_note, e.dates_note_zh)
        text = t.R.tpl("of_edition", name=t.R.name_year(e), text=note)
        span = _DAY_SPAN.search(e.dates_note or "")
        if t.intent == "duration" and span is not None:  # "how many days did it run?"
            text += " " + t.R.tpl("part_days", n=int(span[2]) - int(span[1]) + 1)
        return c.edition_answer(t.R, "lookup", text, e)
    if t.intent in _DATED and (noted or len(t.editions) != 1):
        return None  # (several editions asked: their dates, each noted with the forum's)
    label = t.R.attribute_label(part[5:])
    name = t.R.name_year(t.editions[0]) if len(t.editions) == 1 else t.R.series_name
    said = t.R.tpl("part_unknown", part=label, name=name)
    if t.intent in _DATED and not t.q.residue.unknown:
        # "when was the expo in 2019?": the conference's dates, said to be the conference's
        # (not where a word is left unread: "the 2nd China International Import Expo")
        conference = c.lookup(t.R, t.intent, t.editions, t.today, 0.8)
        if conference.answered:
            return replace(conference, text=f"{said} {conference.text}")
    answer = c.refusal(t.R, said)
    return replace(answer, editions=tuple(e.year for e in t.editions))


def _longest_edition(words: tuple[str, ...]) -> bool:
    """ "The shortest edition", "the longest summit's": an edition by its length, not a theme."""
    return any(
        a in ("shortest", "longest") and b in _EDITION_WORDS for a, b in itertools.pairwise(words)
    )


_EDITION_WORDS = frozenset({"edition", "summit", "conference", "one", "forum", "meeting"})


def _who_said(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Who said it has been held 13 years in a row?": the sentence of the facts that
    has someone say it — the speaker, not a source of another figure with the same number."""
    words = t.r.words
    if "said" not in words[:3] and not ("说" in t.r.text.compact[:4] and "谁" in t.r.text.compact):
        return None
    if words[:1] != ("who",) and not t.r.text.han:
        return None
    tail = words[words.index("said") + 1 :] if "said" in words else words
    own = lex.name_words
    # ("13 consecutive years", "13 straight years": the sentence's "in a row")
    tail = tuple("row" if w in ("consecutive", "straight", "running") else w for w in tail)
    asked = {w for w in tail if w not in lex.stop and w not in own and len(w) > 1}
    if len(asked) < 2:
        return None
    best: list[tuple[int, Edition, str]] = []
    for e in c.editions:
        for text in (*e.highlights, *(d.text for d in e.details)):
            said = set(normalise(text).words)
            if "said" not in said:
                continue
            hits = len(asked & said)
            if hits >= max(2, (2 * len(asked) + 2) // 3):
                best.append((hits, e, text))
    if not best:
        return None
    top = max(h for h, _, _ in best)
    found = [(e, text) for h, e, text in best if h == top]
    if len({e.year for e, _ in found}) != 1:
        return None
    e, text = found[0]
    return c.edition_answer(t.R, "lookup", f"{t.R.name_year(e)}: {text}", e)


def _by_source(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "What did Xinhua report?", "which facts come from ecns.cn?", 新华社报道了什么: the facts
    whose source is the one named (of the editions named, if any) — never another source's
    fact, nor a fact of the nearest edition."""
    r, R = t.r, t.R
    said = f" {' '.join(r.words)} "
    named = [n for n, words in lex.source_said if words in said]
    if len(named) != 1:
        return None
    # ("did CGTN report 76?": what it reported, no verdict — the figure may be another's)
    asked = not r.word_set.isdisjoint(_BY_SOURCE) or (
        bool(r.text.han) and any(z in r.text.compact for z in _BY_SOURCE_ZH)
    )
    if not asked or (t.q.yes_no and t.editions):
        return None  # ("did Xinhua say 2016 had 1,600 guests?": the claim, with its source)
    # ("report" itself names no kind of fact here: the words other than the asking ones)
    kinds = {i for w in r.words if w not in _BY_SOURCE for i in lex.intent_words.get(w, ())}
    if any(a in kinds and (a.startswith("attr:") or a in _SOURCED_KINDS) for a in t.q.attributes):
        return None  # "what did Xinhua say about the 2014 forums?": that fact's sources
    name = named[0]

    def said_by(source: str | None) -> bool:
        return bool(source) and reporter(source or "").casefold() == name

    editions = t.editions or c.index.held(t.today)
    items: list[str] = []
    years: list[int] = []
    shown = ""
    for e in editions:
        facts = [R.figures(a) for a in e.attendance if said_by(a.source)]
        # (or whose sentence says what it reported: "13 forums (Xinhua reported 'more than 10')")
        facts += [
            R.pick(d.text, d.text_zh).rstrip(".。")
            for d in e.details
            if said_by(d.source) or f" {name} " in f" {' '.join(normalise(d.text).words)} "
        ]
        cited = {x.about for x in e.citations if said_by(x.source)}
        if cited & {"dates", "start", "end"}:
            facts.append(R.dates(e))
        if cited & {"theme", "theme_zh"}:
            facts.append(R.pick(e.theme, e.theme_zh) or "")
        sources = [
            *(a.source for a in e.attendance),
            *(d.source for d in e.details),
            *(x.source for x in e.citations),
        ]
        shown = shown or next((x for x in sources if x and said_by(x)), "")
        if facts:
            items.append(f"{R.name_year(e)}: {'; '.join(f for f in facts if f)}")
            years.append(e.year)
    label = reporter(shown) or name
    if not items:
        return c.refusal(R, R.tpl("by_source_none", source=label))
    text_out = R.tpl("by_source", source=label, items="\n".join(items))
    return c.series_answer(R, "sources", text_out, tuple(years), intent="sources")


# asking what a source said: "what did Xinhua report?", "which facts come from…", 报道了什么
_BY_SOURCE = frozenset({"report", "reported", "reports", "say", "said", "says", "facts", "come"})
_SOURCED_KINDS = frozenset({"attendance", "theme", "dates", "start", "end", "hosts"})
_BY_SOURCE_ZH = ("报道了什么", "报道过什么", "报道了哪些", "来自", "说了什么", "出自")


def _provenance(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Where one fact comes from ("who reported the 2019 attendance?", "source?" after an
    answer): that fact's own source and words, not every link of its edition."""
    q = t.q
    if "sources" not in q.signals or t.r.intent("unsupported"):
        return None  # "invent a fake quote from the keynote": a request, declined by scope
    # The source must be what is asked: read at least as strongly as the fact it is about
    # ("how many countries did the exhibitors come from?" asks the countries)
    zh = t.r.text.compact if t.r.text.han else ""
    # X的来源, 是哪家媒体报道的: the source, of X
    asks_source = any(z in zh for z in _SOURCE_ZH)
    # "who reported the 2022 sub-forums?": a word that only asks a source (not "from")
    worded = not asks_source and (
        not how_many(t.r)
        and q.operation in ("lookup", "sources")
        and any("sources" in lex.intent_words.get(w, ()) for w in t.r.words)
    )
    for name, _score in t.r.intents if not (asks_source or worded) else ():
        if name == "sources":
            break
        if meta.provable(name) and name != "place":  # "where did you get…" is no place
            return None
    asked = [a for a in dict.fromkeys((*q.attributes, *q.signals)) if meta.provable(a)]
    asked.sort(key=lambda a: a == "place")  # "where did you get the dates": the dates
    # "where is that from?" after a figure: "where" asks the source, not the place
    where_only = asked == ["place"] and t.r.word_set.isdisjoint(_PLACE_NOUNS)
    followed = False  # "source?" after an answer: the sources of what it stated
    if (not asked or where_only) and t.ctx is not None and t.ctx.query is not None:
        # "source?" — of what the last answer was about (its intent: the organisation's
        # founding, asked as "how long ago")
        said = (*t.ctx.query.attributes, t.ctx.intent or "")
        talked = list(dict.fromkeys(a for a in said if a and meta.provable(a)))
        asked, followed = talked or asked, bool(talked)
    editions = t.editions or c.index.years(t.ctx_editions)
    if not editions and t.q.values:
        # "source for Liu He reading the letter?": the one edition whose facts name him
        naming = tuple(e for e in c.editions if _quoted_fact(t, e))
        editions = naming if len(naming) == 1 else editions
    if not editions and t.q.number is not None:
        # "where is the 258 exhibitors number from?": the one edition with that figure
        n = t.q.number
        holding = tuple(
            e
            for e in c.editions
            if any(d.number == n for d in e.details)
            or any(f.number == n for a in e.attendance for f in a.figures)
        )
        editions = holding if len(holding) == 1 else editions
    if not t.editions:  # "source for the organisation's founding date": a series fact
        of_series = {f"attr:{d.about}" for d in c.kb.facts.series.details}
        fact = next((a for a in asked if a in of_series), None)
        if fact is not None:
            return meta.series_provenance(c, t.R, fact)
    if len(editions) == 1 and (quoted := _quoted_fact(t, editions[0])):
        # 2023年国别数创历届新高的说法出自哪里, 2015年习近平出席的来源: the one fact whose own
        # words (or the person it names) the question repeats, before a kind its verb reads
        asked = [quoted]
    elif not asked and len(editions) == 1:
        # 2025年670家企业的出处, "source of Ma Kai in 2014": the fact holding that value
        asked = _holding(t, editions[0])
    # (a total over twelve editions: each one's source of that figure, not their pages)
    if not asked or not 1 <= len(editions) <= (len(c.editions) if followed else 3):
        return None
    zh = t.r.text.compact if t.r.text.han else ""
    links = not t.r.word_set.isdisjoint(_LINK_WORDS) or "链接" in zh or "网址" in zh
    # "which source said roughly 1,000?": the figure and its qualifier, as the source wrote
    said = tuple(w for w in t.r.words if w.isdigit() or w in evaluate.QUALIFIER_WORDS)
    cited = [
        meta.provenance(c, t.R, asked[0], e, links=links, said=said) for e in editions
    ]  # "source?" after "2024 and 2025 share the most": each one's
    if worded and not any(a.answered for a in cited):
        return None  # ("its official name in a citation": no source of it — the name itself)
    if len(cited) > 1 and any(a.answered for a in cited):
        # ("which outlet reported the first 15 achievements in 2016": 2016's, not "none" of
        # the first edition's too)
        cited = [a for a in cited if a.answered]
    if len(cited) == 1:
        return cited[0]
    return replace(
        cited[0],
        text="\n".join(a.text for a in cited),
        editions=tuple(e.year for e in editions),
        sources=tuple(src for a in cited for src in a.sources),
    )


_LINK_WORDS = frozenset({"link", "links", "url", "urls"})


_AGE_BOUND = lazy(
    r"\b(more than|over|longer than|later than|at least|less than|under|fewer than"
    r"|shorter than|sooner than|earlier than|within|at most|no more than)\s+"
    r"(?:a\s+)?(a|an|one|\w+)\s+(years?|months?|weeks?|days?)\b"
)
_AGE_COMPARATORS = {"at least": "least", "at most": "most", "no more than": "most"}
_AGE_BOUND_ZH = lazy(
    r"(?P<said>不到|不足|少于|超过|多于|至少|最多)(?P<n>\d+|[一二两三四五六七八九十百半]+)个?"
    r"(?P<unit>年|月|天|日|周|星期)"
)
_ZH_AGE_COMPARATORS = {
    "不到": "less",
    "不足": "less",
    "少于": "less",
    "超过": "more",
    "多于": "more",
    "至少": "least",
    "最多": "most",
}
_ZH_UNITS = {"年": "year", "月": "month", "天": "day", "日": "day", "周": "week", "星期": "week"}


def _edge_asked(t: Turn, e: Edition) -> str:
    """Which day of an edition a time is counted to: its closing ("after the first edition
    ended", 闭幕), its opening ceremony where that was not its first day, or its start."""
    zh = t.r.text.compact if t.r.text.han else ""
    if not _ENDED_WORDS.isdisjoint(t.r.word_set) or any(z in zh for z in ("闭幕", "结束")):
        return "end"
    ceremony = "ceremony" in t.r.word_set or "开幕式" in zh
    return "ceremony" if ceremony and e.ceremony and e.ceremony != e.start else "start"


_ENDED_WORDS = frozenset({"ended", "end", "closed", "close", "closing", "finished", "concluded"})


def _age_bound(t: Turn, lex: Lexicon) -> tuple[str, int, str] | None:
    """A bound on a time claimed ("less than a year old", "more than 100 days after"): the
    comparator (more | less | least | most), the number and the unit; None if none."""
    if t.r.text.han and (z := _AGE_BOUND_ZH.search(t.r.text.compact)) is not None:
        # 不到一年, 超过100天, 不到半年: the same bound, in Chinese
        half = z["n"] == "半"
        n_zh = 6 if half else zh_number(z["n"], lex.zh_numerals)
        unit_zh = "month" if half else _ZH_UNITS[z["unit"]]
        if not n_zh:
            return None
        return _ZH_AGE_COMPARATORS[z["said"]], n_zh, unit_zh
    m = _AGE_BOUND.search(" ".join(t.r.words))
    if m is None:
        return None
    said, count, unit = m[1], m[2], m[3].rstrip("s")
    n = said_count(count, lex)
    if not n:
        return None
    less = said in ("less than", "under", "fewer than", "shorter than", "sooner than")
    less = less or said in ("earlier than", "within")
    return _AGE_COMPARATORS.get(said, "less" if less else "more"), n, unit


# "after the previous one", "after the one before", 与上一届: each edition against the one
# before it, not an edition named
AFTER_PREVIOUS = lazy(
    r"\b(?:after|of|from)\s+(?:the|its)\s+(?:previous|preceding|prior)(?:\s+(?:one|edition|summit|"
    r"conference))?\b|\bafter\s+the\s+(?:one|edition|summit|conference)\s+before(?:\s+it)?\b"
    r"|\bsince\s+the\s+(?:previous|preceding|prior)\b"
    r"|\bbetween\s+(?:it|each|one)\s+and\s+the\s+(?:previous|preceding|prior)\b"
)
_GAP_EXACT = lazy(
    r"\b(?:exactly\s+|precisely\s+|just\s+)?(?:a\s+)?(a|an|one|\d+|\w+)\s+(years?|months?|weeks?|days?)"
    r"\s+(?:after|later|since)\b"
)
_PREVIOUS_ZH = lazy(r"(?:与|和|跟|距|离)(?:上一届|前一届|上届)")
_NEAREST = frozenset({"closest", "nearest"})
_THEM = frozenset({"them", "those", "these"})
_GAP_SPAN = lazy(
    r"\b(?:between\s+)?(?P<low>\d{1,4})\s+(?:and|to|-)\s+(?P<high>\d{1,4})\s+"
    r"(?P<unit>years?|months?|weeks?|days?)\b"
)
_GAP_SPAN_ZH = lazy(
    r"(?P<low>\d+|[一二两三四五六七八九十百]+)(?:个)?(?:到|至|-|~)(?P<high>\d+|[一二两三四五六七八九十百]+)"
    r"个?(?P<unit>年|月|天|日|周|星期)"
)
_GAP_NEAR = lazy(
    r"\b(?:closest|nearest)\s+to\s+(?:exactly\s+|precisely\s+)?(?:a\s+)?(a|an|one|\d+|\w+)\s+"
    r"(years?|months?|weeks?|days?)\b"
)
_GAP_NEAR_ZH = lazy(r"最接近(\d+|[一二两三四五六七八九十百]+)个?(年|月|天|日|周|星期)")


_BESIDE_EN = lazy(
    r"\b(?:the|its)\s+(previous|preceding|prior|next|following)\b"
    r"|\bthe\s+(?:one|edition|summit|conference)\s+(before|after)\b"
)
_BESIDE_ZH = lazy(r"(上一届|上届|前一届|下一届|下届|后一届)")
_APART_ZH = ("距离", "距", "间隔", "相隔", "晚了", "早了", "隔了", "相差", "离")
_TIMED_ZH = ("多少天", "几天", "多久", "多长时间", "几个月", "几年", "多少年")


_EDGE_LATE = frozenset({"latest", "recent", "last", "newest"})
_EDGE_EARLY = frozenset({"earliest", "first", "oldest"})
_THOSE_ZH = ("其中", "这些", "这几届", "那几届", "它们", "当中")


_TITLE_WORDS = frozenset({"title", "position", "role", "job", "post", "office", "rank"})
_TITLE_ZH = ("职务", "身份", "头衔", "职位", "官职", "什么官")
_HIS = lazy(r"\b(?:his|her|their|he|she|they)\b|他|她")


_NAMED_WORDS = frozenset({"name", "names", "title", "titles", "called"})


def _length_of_words(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was the 2014 theme shorter than 2015's?", "is the 2020 name the longest?", "which expo
    lasted longest?": a length asked of words (or of an expo), which no edition's days answer —
    declined, never the editions' lengths in days in its place ("the longest theme" of all is
    ranked by its words elsewhere)."""
    q, zh = t.q, (t.r.text.compact if t.r.text.han else "")
    if q.operation == "compare" and q.attributes == ("theme",):
        return c.decline(t.R, "decline_unknown", 0.5)  # 2019年的主题比2018年的长吗
    if "duration" not in q.attributes:
        return None
    # ("which theme has AI in it and how long did that edition run": the edition's days)
    ran = not t.r.word_set.isdisjoint({"run", "ran", "last", "lasted", "went", "go"})
    worded = ("theme" in q.signals or "主题" in zh) and not ran
    named = not t.r.word_set.isdisjoint(_NAMED_WORDS) or "名字" in zh or "名称" in zh
    expo = "attr:expo" in q.signals and "days" not in t.r.word_set and "天" not in zh
    if worded and q.operation == "superlative" and not t.editions and not q.yes_no:
        return None  # "which edition had the longest theme?": ranked by its words
    if worded or named or expo:
        return c.decline(t.R, "decline_unknown", 0.5)
    return None


def _person_title(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "What was Liu He's title?", 马凯当时是什么职务: the keynote facts that name the person,
    which give the title they came with — not the theme ("title") of the latest edition."""
    zh = t.r.text.compact if t.r.text.han else ""
    if t.r.word_set.isdisjoint(_TITLE_WORDS) and not any(z in zh for z in _TITLE_ZH):
        return None
    if not t.r.word_set.isdisjoint(_NEGATIONS):
        return None  # "which editions had no recorded role for Xi?": the others
    if "unsupported" in t.q.signals:
        return None  # "when did Wang Huning take office?": not the title he came with
    terms = (*t.r.words, zh) if zh else t.r.words
    values = evaluate.people_named(c, (*t.q.values, *t.r.unknown), lex.fact_names)
    if zh and not values:
        values = tuple(n for n in c.speakers_zh if n in zh)
    about_keynote = t.ctx is not None and t.ctx.intent == "attr:keynote" and t.ctx.editions
    if not values and about_keynote and t.ctx is not None and _HIS.search(t.r.text.clean or zh):
        # "what's his title?" after who gave the keynote: that fact, with the titles it
        # writes (never the edition's theme, a "title" too)
        return c.lookup(t.R, "attr:keynote", c.index.years(t.ctx.editions[:1]), t.today, 0.6)
    if not values:
        return None
    asked = t.q._replace(attributes=("attr:keynote",), values=values)
    hits = evaluate.value_hits(c, t.R, asked, terms, lex.fact_names)
    if t.editions:  # "what was Huang Kunming's role in 2019?": of that edition
        hits = [h for h in hits if h[0] in t.editions]
    if not hits:
        return None
    years = tuple(dict.fromkeys(e.year for e, _ in hits))
    text = evaluate.hit_lines(t.R, hits)
    named = [n for _, fact in hits if (n := _titled(fact, values)) is not None]
    post = not t.r.word_set.isdisjoint(_TITLE_WORDS - {"role"}) or bool(zh)  # (a role: what he did)
    if post and named and not any(titled for titled, _ in named):
        # "what was Li Shulei's title in 2023?": the facts name him with none — unknown,
        # said with what they record (never the edition's facts as his post)
        who = named[0][1]
        refusal = c.refusal(t.R, t.R.tpl("title_unknown", who=who, fact=text))
        return replace(refusal, editions=years)
    answer = c.series_answer(t.R, "reverse", text, years)
    return replace(answer, intent="attr:keynote")


# a post said beside a name: 国务院副总理马凯, 习近平主席
_POSTS_ZH = ("主席", "总理", "副总理", "部长", "书记", "委员", "主任", "省长", "市长")


def _titled(fact: str, values: tuple[str, ...]) -> tuple[bool, str] | None:
    """Whether a fact gives the person named a title, and the name as the fact writes it:
    a capitalised word in the same run before the name ("Vice-Premier Liu He", not "…letter;
    Wang Huning"), or a post beside it in Chinese; None where the fact names them not."""
    for name in values:
        at = fact.find(name) if not name.isascii() else -1
        if at >= 0:
            after, before = fact[at + len(name) :], fact[:at]
            return after.startswith(_POSTS_ZH) or before.endswith(_POSTS_ZH), name
    asked = {v.casefold() for v in values if v.isascii()}
    for m in _PERSON_RUN.finditer(fact):
        words = m[0].replace("-", " ").split()
        said = [w for w in words if w.casefold() in asked]
        if said and asked <= {w.casefold() for w in said}:
            first = next(i for i, w in enumerate(words) if w.casefold() in asked)
            # ("Wang Huning": a family name before the one asked is no title)
            shown = words[first - 1 : first + len(said)] if first else words[: len(said)]
            titled = any(w.casefold() in _POSTS for w in words[:first])
            return titled, " ".join(shown if len(said) == 1 else said)
    return None


# a post before a name in English: "Vice-Premier Liu He", "President Xi Jinping"
_POSTS = frozenset({"president", "premier", "vice", "chairman", "minister", "secretary", "mayor"})


_ELSE = frozenset({"else", "other", "others"})
# a person as an English fact names them: capitalised words in a row ("President Xi Jinping")
_PERSON_RUN = lazy(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")


def _others_besides(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Who else spoke at the 2024 summit besides Xi?", 2024年除了习近平还有谁讲话: where the
    edition's facts name no one but that person, who else is unknown — never the named
    person's own fact as the answer."""
    if t.intent != "attr:keynote" or len(t.editions) != 1 or t.q.yes_no:
        return None
    if not (t.q.exclude or not _ELSE.isdisjoint(t.r.word_set)):
        return None
    if "who" not in t.r.word_set and "谁" not in t.r.text.compact:
        return None  # "other than 2015, which editions did Xi attend?": editions asked
    people = evaluate.people_named(c, t.q.values, lex.fact_names)
    if not people:
        return None
    e = t.editions[0]
    facts = [d for d in e.details if d.about == "keynote"]
    if not facts:
        return None
    runs = {m for d in facts for m in _PERSON_RUN.findall(d.text)}
    named = {p.casefold() for p in people}
    said_zh = " ".join(d.text_zh or "" for d in facts)
    others = [
        run
        for run in runs
        if not any(w.casefold() in named for w in run.replace("-", " ").split())
        and not any(p in said_zh and p in run for p in people)
    ]
    named_zh = [p for p in people if not p.isascii()]
    if named_zh and len(runs) == 1 and all(p in said_zh for p in named_zh):
        others = []  # 除了习近平: the one person the facts name is the one named
    if others:
        return None  # the facts name someone else too: the fact answers
    fact = " ".join(t.R.detail_text(d) for d in facts)
    return c.refusal(t.R, t.R.tpl("others_unknown", name=t.R.name(e), fact=fact))


def _person_absent(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "What was Xi's part in the 2026 summit?": how a person took part in an edition whose
    facts do not name them is unknown — never the facts of whoever they do name."""
    if t.intent != "attr:keynote" or len(t.editions) != 1 or not t.q.values or t.q.yes_no:
        return None  # (a claim of who spoke is judged by the keynote facts: "did X speak…?")
    if any(i == "attr:keynote" for i, _ in t.r.intents):
        return None  # "Xi gave the 2026 keynote": who gave it, which the facts say
    if any(ref.kind not in ("year", "ordinal", "this_year", "last_year") for ref in t.q.refs):
        return None  # 习近平最近一次视频致辞: his latest, not the latest edition's
    people = evaluate.people_named(c, t.q.values, lex.fact_names)
    if not people:
        return None
    e = t.editions[0]
    said = " ".join(
        f"{d.text} {d.text_zh or ''}" for d in e.details if d.about == "keynote"
    ).casefold()
    if not said or any(p.casefold() in said for p in people):
        return None
    return c.decline(t.R, "decline_unknown", 0.6)


def _edge_of_those(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which of those was the most recent?", 其中最早的是哪届 after a list: the latest (the
    earliest) of the editions just listed — not the latest (1st) edition of all."""
    if len(t.ctx_editions) < 2:
        return None
    words, zh = t.r.word_set, (t.r.text.compact if t.r.text.han else "")
    if words.isdisjoint(_THEM) and not any(z in zh for z in _THOSE_ZH):
        return None
    late = not words.isdisjoint(_EDGE_LATE) or any(z in zh for z in ("最近", "最晚", "最后"))
    early = not words.isdisjoint(_EDGE_EARLY) or any(z in zh for z in ("最早", "第一", "首"))
    timely = not words.isdisjoint({"recent", "latest", "earliest", "newest", "oldest"})
    timely = timely or any(z in zh for z in ("最近", "最早", "最晚"))
    said = set(t.r.signalled)  # (a figure the question itself names, not one carried over)
    if not timely and any(a in lex.counted or a in _SELECTING for a in said):
        return None  # "which of those had the most sub-forums?": a figure ranked
    if late == early or t.q.calendar:
        return None  # ("which of those came earliest in the calendar year?": by the date)
    years = sorted(t.ctx_editions)
    picked = c.index.years((years[-1] if late else years[0],))
    return c.lookup(t.R, "dates", picked, t.today, 0.85) if picked else None


def _gap_beside(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many days after the previous one did the 2024 summit open?", 2023年峰会距离上一届
    多少天, "was it less than a year after the previous edition?" (of the edition talked
    about): the time from one edition's opening to its neighbour's — never the neighbour's
    own length."""
    said, zh = " ".join(t.r.words), (t.r.text.compact if t.r.text.han else "")
    m_en, m_zh = _BESIDE_EN.search(said), (_BESIDE_ZH.search(zh) if zh else None)
    if m_en is None and m_zh is None:
        return None
    # (asked how long — "how many days", "how long", 多少天 — or a bound claimed of it; not
    # "the theme the following year after 2016")
    asked = "how" in t.r.word_set and (bool(t.q.unit) or "long" in t.r.word_set)
    timed = asked or "gap" in t.r.word_set or any(z in zh for z in _TIMED_ZH)
    timed = timed or (t.q.yes_no and _age_bound(t, lex) is not None)
    # (the words beside the reference: "before" in "the one before" is no gap, and "since"
    # counts to today — "how long since the one before that ended?")
    rest = set((said[: m_en.start()] + " " + said[m_en.end() :]).split()) if m_en else set()
    apart = not rest.isdisjoint(_APART_WORDS | {"gap"}) or any(z in zh for z in _APART_ZH)
    apart = apart and "ago" not in t.r.word_set
    if not timed or not apart:
        return None
    years = [ref.value for ref in t.q.refs if ref.kind == "year"]
    if len(years) > 1:
        return None
    base = years[0] if years else (t.ctx_editions[0] if len(t.ctx_editions) == 1 else None)
    if base is None and not years and t.ctx is not None and t.ctx.history:
        base = t.ctx.history[-1]  # ("…did it open?" after a gap: the edition talked about)
    if base is None:
        return None
    word = (m_en[1] or m_en[2]) if m_en is not None else (m_zh[1] if m_zh is not None else "")
    back = word in ("previous", "preceding", "prior", "before") or word[:1] in ("上", "前")
    held = [e for e in c.index.held(t.today) if e.start]
    order = [e.year for e in held]
    if base not in order:
        return None
    at = order.index(base) + (-1 if back else 1)
    if not 0 <= at < len(order):
        return None
    pair = tuple(sorted((c.index.edition(base), held[at]), key=lambda e: e.year if e else 0))
    if any(e is None for e in pair):
        return None
    editions = tuple(e for e in pair if e is not None)
    gap = evaluate.difference(c, t.R, t.q._replace(unit=t.q.unit or "days"), editions)
    bound = _age_bound(t, lex) if t.q.yes_no else None
    if bound is None or not gap.answered:
        return gap if not t.q.yes_no or not gap.answered else None
    comparator, n, unit = bound
    first, second = editions
    edge, start = _shifted(day(first.start), n, unit), day(second.start)
    holds = _against(start, edge, comparator if comparator != "exact" else "most")
    return replace(gap, text=t.R.tpl("yes" if holds else "no", fact=gap.text), operation="verify")


def _gap_to_previous(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which edition opened 364 days after the previous one?", "which came less than a
    year after the one before?", "the gap closest to a year", 哪几届与上一届的间隔少于一年:
    each edition's opening against the opening of the edition before it."""
    said = " ".join(t.r.words)
    zh = t.r.text.compact if t.r.text.han else ""
    # (间隔最短的两届: the gaps ranked, with no "previous" said)
    gaps_ranked = bool(zh) and _gaps_asked(t) and bool(set(t.r.cues) & {"most", "least"})
    each = bool(AFTER_PREVIOUS.search(said) or _PREVIOUS_ZH.search(zh)) or gaps_ranked
    if not each and (t.r.word_set.isdisjoint(_NEAREST) or not _gaps_asked(t)):
        return None  # (or "the gap closest to a year": the gaps, each nearest it)
    if any(ref.kind == "year" for ref in t.q.refs) or t.q.yes_no:
        return None  # "was 2023 364 days after the previous one?": a claim of one edition
    figured = _figure_asked(lex, t.q)
    if figured and (t.q.change or _change_said(t.r) or not _gaps_asked(t)):
        # "the largest change in sub-forums from the previous one", 与上一届相比分论坛增加
        # 最多: the figure's, not the gap in days
        return None
    cues = set(t.r.cues)
    ranked = bool(cues & {"most", "least"}) and not t.r.word_set & _NEAREST
    if each and ranked and not _AGE_BOUND.search(said) and not _GAP_SPAN.search(said):
        # "which edition had the fewest days between it and the previous one?", 与上一届
        # 间隔最短: the gaps ranked, never the editions' own lengths
        way = "least" if "least" in cues and "most" not in cues else t.q.direction or "most"
        held = c.index.held(t.today)
        return evaluate.gap_extreme(c, t.R, t.q._replace(direction=way), held)
    extra: list[tuple[str, int, str]] = []  # further bounds, all of which must hold
    span = _GAP_SPAN.search(said) or (_GAP_SPAN_ZH.search(zh) if zh else None)
    bounds = _AGE_BOUND.findall(said)
    if span is not None:
        # "between 350 and 380 days after the previous one", 间隔在11到12个月之间: both ends
        unit = _ZH_UNITS.get(span["unit"], span["unit"].rstrip("s"))
        low, high = (zh_number(x, lex.zh_numerals) for x in (span["low"], span["high"]))
        if not low or not high:
            return None
        bound: tuple[str, int, str] | None = ("least", low, unit)
        extra.append(("most", high, unit))
    elif len(bounds) == 2:
        # "more than 12 months but less than 13 months after the previous one": both hold
        bound = _age_bound(t, lex)
        said2, count, unit2 = bounds[1]
        n2 = said_count(count, lex)
        less = said2 in (
            "less than",
            "under",
            "fewer than",
            "shorter than",
            "sooner than",
            "within",
        )
        if n2:
            extra.append(
                (_AGE_COMPARATORS.get(said2, "less" if less else "more"), n2, unit2.rstrip("s"))
            )
    else:
        bound = _age_bound(t, lex)
    near = _GAP_NEAR.search(said)
    near_zh = _GAP_NEAR_ZH.search(zh) if zh else None
    if bound is None and near_zh is not None:
        n_zh = zh_number(near_zh[1], lex.zh_numerals)
        bound = ("nearest", n_zh, _ZH_UNITS[near_zh[2]]) if n_zh else None
    if bound is None and near is not None:
        count = near[1]
        n = said_count(count, lex)
        bound = ("nearest", n, near[2].rstrip("s")) if n else None
    if bound is None:
        m = _GAP_EXACT.search(said)
        count = m[1] if m else ""
        n = said_count(count, lex)
        if m is None or not n:
            return None
        bound = (
            "nearest" if not t.r.word_set.isdisjoint(_NEAREST) else "exact",
            n,
            m[2].rstrip("s"),
        )
    comparator, n, unit = bound
    pool = c.index.held(t.today)
    starts = sorted(day(e.start) for e in pool if e.start)
    pairs = list(itertools.pairwise(starts))
    if not pairs:
        return None
    nearest = min(abs((b - _shifted(a, n, unit)).days) for a, b in pairs)

    def one(a: dt.date, b: dt.date, comparator: str, n: int, unit: str) -> bool:
        edge = _shifted(a, n, unit)
        if comparator == "nearest":
            return abs((b - edge).days) == nearest
        return _against(b, edge, comparator)

    # "which of them opened less than a year after the previous one?" after a list: of those
    # (each still against the edition before it, listed or not)
    those = set(t.ctx_editions) if len(t.ctx_editions) > 1 and t.r.word_set & _THEM else set()
    starts_of = {day(e.start): e.year for e in pool if e.start}

    def holds(a: dt.date, b: dt.date) -> bool:
        if those and starts_of.get(b) not in those:
            return False
        return one(a, b, comparator, n, unit) and all(one(a, b, *x) for x in extra)

    return evaluate.gap_matches(c, t.R, pool, holds)


def _against(day_: dt.date, edge: dt.date, comparator: str) -> bool:
    """Whether ``day_`` stands to ``edge`` as a bound claimed: more | less | least | most |
    exact (a day after ``edge``, before it, on or after, on or before, on it)."""
    return {
        "more": day_ > edge,
        "less": day_ < edge,
        "least": day_ >= edge,
        "most": day_ <= edge,
        "exact": day_ == edge,
    }[comparator]


def _shifted(start: dt.date, n: int, unit: str) -> dt.date:
    """The day ``n`` units after ``start`` (a year after 29 February is 28 February)."""
    if unit in ("day", "week"):
        return start + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = start.month - 1 + n * (12 if unit == "year" else 1)
    year, month = start.year + months // 12, months % 12 + 1
    return dt.date(year, month, min(start.day, month_end(year, month)))


def _quoted_fact(t: Turn, e: Edition) -> str:
    """The one kind of fact of ``e`` whose text holds a name the question gives (习近平, "Li
    Shulei") or four Chinese characters in a row of it (国别数创历届新高); "" if none or
    several kinds do."""
    kinds = set()
    # a Chinese name as said; Latin words joined ("li shulei"), never one short word alone
    values = [v for v in t.q.values if not v.isascii() and len(v) >= 2]
    latin = [v.casefold() for v in (*t.q.values, *t.r.unknown) if v.isascii()]
    values += [" ".join(latin)] if len(" ".join(latin)) >= 6 else []
    # (a name with its next word: "liu he", "ma kai")
    pairs = itertools.pairwise(t.r.words)
    values += [f"{a} {b}" for a, b in pairs if a in latin and b not in latin]
    zh = t.r.text.compact if t.r.text.han else ""
    runs = {zh[i : i + 4] for i in range(len(zh) - 3)} if zh else set()
    runs = {x for x in runs if all("\u4e00" <= ch <= "\u9fff" for ch in x)}
    facts: list[tuple[str, str]] = [
        (f"attr:{d.about}", f"{d.text} {d.text_zh or ''} {d.quote or ''}") for d in e.details
    ]
    facts += [("attendance", f"{a.zh or ''} {a.quote or ''}") for a in e.attendance]
    for kind, text in facts:
        folded = text.casefold()
        if any(v in folded for v in values) or any(x in text for x in runs):
            kinds.add(kind)
    return next(iter(kinds)) if len(kinds) == 1 else ""


def _holding(t: Turn, e: Edition) -> list[str]:
    """The kind of fact of ``e`` that holds a value the question names: a figure other than
    the year (670 → the expo), or a name only one of its facts gives (马凯, "Ma Kai" → the
    keynote); [] if none or several kinds do."""
    numbers = {int(n) for n in _BARE_COUNT.findall(t.r.text.clean)} - {e.year}
    kinds: list[str] = []
    if numbers:
        for d in e.details:
            if numbers & {d.number, *(f.number for f in d.figures)}:
                kinds.append(f"attr:{d.about}")
        if any(numbers & {f.number for f in a.figures} for a in e.attendance):
            kinds.append("attendance")
    else:
        # a name: words the reading could not place, or two Han characters in a row, that
        # only one fact's sentence holds
        zh = t.r.text.compact if t.r.text.han else ""
        pairs = {zh[i : i + 2] for i in range(len(zh) - 1)}
        pairs = {p for p in pairs if all("\u4e00" <= ch <= "\u9fff" for ch in p)}
        unread = set(t.r.unknown)
        for d in e.details:
            words = set(d.text.casefold().replace(",", " ").replace(".", " ").split())
            if (unread and unread <= words) or any(p in (d.text_zh or "") for p in pairs):
                kinds.append(f"attr:{d.about}")
    kinds = list(dict.fromkeys(kinds))
    return kinds if len(kinds) == 1 else []


_AFTER = frozenset({"after", "since", "following"})
_GAP_ZH = ("间隔", "相隔", "相距", "隔得", "隔了")  # 两届之间隔得最久: a gap between editions
_AFTER_ZH = ("之后", "以后", "后的", "后第", "后首", "天后", "后举办", "后召开", "成立后")
_ELAPSED_ZH = ("几年了", "多少年了", "多久了", "几天了", "多少天了", "多长时间了", "多少年", "几年")


def _dated(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Time arithmetic on a dated series fact: "how many years ago was the organisation
    founded?", "how many summits since it became an international organisation?"."""
    signals = set(t.q.signals)
    talked = t.ctx.intent if t.ctx is not None and t.ctx.intent else ""
    if talked.startswith("attr:") and not any(ref.kind == "year" for ref in t.q.refs):
        signals.add(talked)  # "first summit after that?" after the founding
    dated = [
        d for d in c.kb.facts.series.details if d.date is not None and f"attr:{d.about}" in signals
    ]
    if not dated:
        return None
    zh = t.r.text.compact if t.r.text.han else ""
    named_years = [c.index.edition(ref.value) for ref in t.q.refs if ref.kind == "year"]
    # (before/after a year bound the editions counted; before/after the founding is a time)
    bounded = t.q.years is not None and t.q.years != (0, 9999)
    around = not t.r.word_set.isdisjoint(_AFTER | {"before", "founded", "prior"})
    around = (around and not bounded) or any(z in zh for z in (*_AFTER_ZH, "之前", "以前", "成立"))
    # (一共主办了几届: a total of editions, no figure of the kind to add up)
    summed = t.q.aggregate == "sum" and not any(a in lex.counted for a in t.q.attributes)
    plain = (not t.q.aggregate or summed) and t.q.operation in ("lookup", "verify")
    plain = plain and t.q.number is None
    ranked = not t.r.word_set.isdisjoint({"first", "last", "latest"}) or any(
        z in zh for z in ("第一", "首", "最后", "最近")
    )
    first_zh = any(z in zh for z in ("第一届", "首届", "第一次", "头一届"))
    # "how many sub-forums did the first summit hosted by the organisation have?": as in Chinese
    by_it = "by" in t.r.word_set and not t.r.word_set.isdisjoint(
        {"hosted", "organised", "organized"}
    )
    first_zh = first_zh or (by_it and "first" in t.r.word_set)
    if (
        ("主办" in zh or by_it)
        and first_zh
        and not t.q.yes_no
        and (fact := dated[0]).date is not None
    ):
        # 国际组织主办的第一届峰会是哪一届: its first summit (有多少个分论坛: that one's figure)
        found = series.first_after(c, t.R, fact, t.today, None)
        wanted = (*t.q.attributes, *t.q.signals)
        figures = [
            a for a in wanted if a in lex.counted or a in ("attendance", "theme", "duration")
        ]
        if figures and found.answered and found.editions:
            return c.lookup(t.R, figures[0], c.index.years(found.editions[-1:]), t.today, 0.8)
        return found
    if "hosts" in signals and not around and (not plain or ranked):
        return None  # "was 2022 the first hosted by…", "…with 24 sub-forums": not settled here
    if "hosts" in signals and not around:
        # "was the 2023 summit hosted by the international organisation?", 有几届由国际组织
        # 主办: who hosted, which the hosts settle — not the time since it was founded
        kind = next((a for a in c.kb.vocabulary.attributes if a.id == dated[0].about), None)
        text = t.r.text.clean.casefold()
        names = kind.phrases + kind.zh if kind else ()
        single = kind.words if kind else ()
        asked = any(p.casefold() in text for p in names) or not t.r.word_set.isdisjoint(single)
        # (the kind's every name then finds it in a host's text: "organisation" or "-ization")
        said = series.kind_names(kind) if asked and kind is not None else ()
        held = t.editions or tuple(e for e in named_years if e is not None)
        asks = t.q.yes_no or t.q.operation == "verify"
        # "the organisation hosted the 2018 one, i think?": a claim about it, stated
        asks = asks or (bool(t.editions) and t.r.word_set.isdisjoint(_LISTING) and not zh)
        if asks and not held and (t.q.every or "always" in t.r.word_set or "一直" in zh):
            held = c.index.held(t.today)  # "has it always been hosted by …?": each of them
            if bounded and t.q.years is not None:
                # "has it hosted every summit since 2022?": each of those years
                held = tuple(e for e in held if t.q.years[0] <= e.year <= t.q.years[1])
        verdict = asks and bool(held)
        span = t.q.years if bounded else None
        return series.hosted_by(
            c,
            t.R,
            said,
            held,
            t.today,
            verdict=verdict,
            span=span,
            share=t.q.relative,
            words=(*t.r.words, zh),
        )
    named_years = [c.index.edition(ref.value) for ref in t.q.refs if ref.kind == "year"]
    bound = _age_bound(t, lex) if t.q.yes_no and len(named_years) == 1 else None
    if bound is not None and (e := named_years[0]) is not None and e.start and dated[0].date:
        # "was the organisation less than a year old at the 2022 summit?", "was the 2023
        # summit held more than a year after it was founded?": the time between, against
        # the bound claimed
        comparator, n, unit = bound
        edge = _shifted(dated[0].date, n, unit)
        start = day(e.start)
        holds = start > edge if comparator == "more" else start < edge
        if comparator == "least":
            holds = start >= edge
        elif comparator == "most":
            holds = start <= edge
        gap = series.fact_to_edition(c, t.R, dated[0], e, "days")
        text = t.R.tpl("yes" if holds else "no", fact=gap.text)
        return replace(gap, text=text, operation="verify", intent="verify")
    words = t.r.word_set
    after = bool(_AFTER & words) or any(z in zh for z in _AFTER_ZH)
    first = "first" in words or any(z in zh for z in ("第一", "首"))
    first = first or any(ref.kind == "following" for ref in t.q.refs)  # "came right after"
    verify_year = t.q.operation == "verify" and any(ref.kind == "year" for ref in t.q.refs)
    # "the first summit hosted by the organisation": the first after it was founded
    hosted = "by" in words and not words.isdisjoint({"hosted", "organised", "organized"})
    # (国际组织主办的第一届; "the organisation's first": its own first summit)
    hosted = hosted or "主办" in zh or "'s first" in t.r.text.clean.casefold()
    shift = _years_later(t.r, lex)
    if shift and not how_many(t.r) and not t.q.yes_no and (fact := dated[0]).date is not None:
        # "which edition was held one year after the organisation was founded?": the edition
        # of that calendar year (none held that year: said so), never the first after it
        shifted = c.index.edition(fact.date.year + shift)
        if shifted is None or shifted.start is None:
            return c.refusal(t.R, t.R.tpl("reverse_none"))
        return c.lookup(t.R, "dates", (shifted,), t.today, 0.8)
    timed_first = first and (after or {"between", "its"} <= words) and how_many(t.r)
    timed_first = timed_first and t.q.unit in _UNITS and dated[0].date is not None
    if timed_first and (
        e1 := next(
            (e for e in c.editions if e.start and dated[0].date and e.start > dated[0].date), None
        )
    ):
        # "how many days after the org was founded did its first summit open?": to that one
        return series.fact_to_edition(c, t.R, dated[0], e1, t.q.unit or "days")
    if first and (after or verify_year or hosted):
        # "the first summit after it became an international organisation", "was 2022 the
        # first one after…?", 国际组织成立后的第一届
        years = [c.index.edition(ref.value) for ref in t.q.refs if ref.kind == "year"]
        claimed = next((e for e in years if e is not None), None)
        found = series.first_after(c, t.R, dated[0], t.today, claimed)
        # (the fact stays what is talked about: "how many days after that…" counts from it)
        return replace(found, intent=f"attr:{dated[0].about}") if found.answered else found
    year = next((ref.value for ref in t.q.refs if ref.kind == "year"), None)
    before = bool({"before", "prior"} & words) or any(z in zh for z in ("之前", "以前"))
    latest = bool({"last", "latest", "recent"} & words) or any(z in zh for z in ("最后", "最近"))
    # "when it became an international organisation, which edition was the most recent?": the
    # last before it (as things stood then), not today's latest
    # ("…the most recent edition when…" comes here as "…the last edition in which…")
    spoken = " ".join(t.r.words)
    opens = t.r.words[:1] == ("when",)  # ("when …, which edition…": a time, then the question)
    then = ("when" in t.r.words[1:] and not opens) or (opens and "which" in t.r.words[2:])
    then = then or " in which " in spoken
    then = then and not after
    # "how many editions had been held when it was founded?", "by the time it was…",
    # 成立时已经举办了几届: those before it, not those since
    perfect = ("had" in words and "been" in words) or "already" in words
    before = before or (then and (latest or perfect)) or "by the time" in spoken
    before = before or any(z in zh for z in ("时已经", "时候已经", "时已"))
    if before and latest and not after and not verify_year:
        # "the most recent edition before the organisation was founded": the last before it
        return series.first_after(c, t.R, dated[0], t.today, None, last_before=True)
    listed = t.q.plural or "editions" in words or any(z in zh for z in ("哪些", "哪几届"))
    counted = how_many(t.r) and "哪" not in zh  # 哪几届 asks which, 几届 how many
    if listed and (before != after) and not counted and not verify_year:
        # "which editions did it hold before it became an international organisation?"
        return series.editions_around(c, t.R, dated[0], t.today, before=before)
    of_year = [c.index.edition(ref.value) for ref in t.q.refs if ref.kind == "year"]
    edition_named = len(of_year) == 1 and _edition_named(t.r, t.q.refs, lex)
    if t.q.yes_no and not edition_named and (checked := _date_checked(c, t, dated[0])):
        return checked  # "founded in July?", "in summer?", "on a weekend?", "before 2022?"
    if t.q.yes_no and edition_named and (e := of_year[0]) and not (after or before):
        # "was the organisation founded at the 2022 summit?": during it, or not
        return series.fact_during(c, t.R, dated[0], e)
    if t.q.operation == "verify" and len(of_year) == 1 and (e := of_year[0]) and (after or before):
        # "was the 2022 summit held after it became an international organisation?" ("after"
        # here is no neighbour of 2022); "was the organisation founded before the 2022
        # summit?" has the fact for subject: the other way round
        fact_first = _fact_first(lex, t, dated[0].about, e.year)
        answer = series.edition_vs_fact(c, t.R, dated[0], e, after != fact_first)
        if after and before:  # "before or after the 2021 summit?": which, not whether
            return replace(answer, text=verify.unverdicted(t.R, answer.text), result=None)
        return answer
    if t.q.operation == "verify" and year is not None and len(t.q.refs) == 1:
        # "it became an international organisation in 2020, didn't it?": the fact's own year
        return series.dated_verdict(c, t.R, dated[0], year, t.q.months, t.q.days)
    named = [e for e in t.editions if e.start is not None]
    # ("how many days after the organisation was founded?" right after one edition's dates:
    # that edition, as "that summit" would say)
    timed_after = bool(t.q.unit) and (after or before) and "ago" not in t.r.word_set
    if (
        not named
        and len(t.ctx_editions) == 1
        and (not t.r.word_set.isdisjoint(_THAT) or timed_after)
    ):
        # "how many days after the founding did that summit open?": the one talked about
        named = [e for e in c.index.years(t.ctx_editions) if e.start is not None]
    how = "how" in words or any(z in zh for z in ("多少", "几"))
    timed = t.q.unit or ("long" in words and "how" in words)  # "how long after…": days
    if (
        len(named) == 1
        and how
        and timed
        and (after or before or "between" in words or any(z in zh for z in _APART_FACT_ZH))
    ):
        # "how many days after the organisation was founded did the 2022 summit start?"
        return series.fact_to_edition(
            c, t.R, dated[0], named[0], t.q.unit or "days", _edge_asked(t, named[0])
        )
    if t.targets:
        return None
    if "weekday" in signals:  # "what weekday was the organisation founded?"
        return series.dated_fact(c, t.R, dated[0], t.today, "", False, weekday=True)
    count = "count" in signals or (
        "how" in t.r.word_set
        and "many" in t.r.word_set
        and bool({"summits", "editions", "conferences"} & t.r.word_set)
    )
    how = "how" in t.r.word_set  # "how many years…", not "which year…"
    elapsed = "ago" in signals or (how and bool(t.q.unit)) or any(z in zh for z in _ELAPSED_ZH)
    if not (count or elapsed):
        return None  # "when was the organisation founded?": the fact itself
    if count and not elapsed and (t.q.number is not None or t.q.months or t.q.weekday is not None):
        # "how many editions since it was founded had more than 20 sub-forums?", "…before it
        # existed were in November?": a second condition the count here does not take — never
        # all of them counted as if it held
        return c.decline(t.R, "decline_unknown", 0.5)
    return series.dated_fact(
        c, t.R, dated[0], t.today, t.q.unit, count and not elapsed, before=before and not after
    )


def _edition_named(r: Reading, refs: tuple[Ref, ...], lex: Lexicon) -> bool:
    """Whether a year in the question names an edition ("the 2022 summit", 2022年峰会), not
    a year ("before 2022", "in 2022")."""
    years = [str(ref.value) for ref in refs if ref.kind == "year"]
    words = r.words
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in years and (
            after in _EDITION_NOUNS or after in lex.event_nouns or after in lex.name_words
        ):
            return True
    zh = r.text.compact if r.text.han else ""
    for y in years if zh else ():
        at = zh.find(f"{y}年")
        after = zh[at + 5 : at + 11] if at >= 0 else ""  # 2022年…峰会: an edition
        if any(n in after for n in ("峰会", "大会", "论坛")):
            return True
    return False


_EDITION_NOUNS = frozenset({"edition", "one"})  # with the vocabulary's event nouns


def _date_checked(c: Composer, t: Turn, d: Detail) -> Answer | None:
    """A dated series fact checked against the months, weekday, weekend or years claimed,
    without a year that names an edition ("founded in July?", "on a weekend?", "before
    2022?"); None where nothing of the kind is claimed."""
    if d.date is None:
        return None
    q = t.q
    checks = []
    since = "since" in t.r.word_set and q.years is not None and q.years[1] == 9999
    if since and q.years is not None:
        # "has the organisation existed since 2014?": there by then, founded no later
        checks.append(d.date.year <= q.years[0])
    elif q.years is not None and q.years != (0, 9999):
        checks.append(q.years[0] <= d.date.year <= q.years[1])
    elif any(ref.kind == "year" for ref in q.refs):
        years = [ref.value for ref in q.refs if ref.kind == "year"]
        checks.append(d.date.year in years)
    if q.months:
        checks.append(d.date.month in q.months)
    if q.days and q.months:
        checks.append(d.date.day in q.days)
    if q.weekday is not None:
        checks.append(d.date.weekday() == q.weekday)
    if q.weekend:
        checks.append(d.date.weekday() >= 5)
    if not checks or (
        len(checks) == 1
        and not q.months
        and q.weekday is None
        and not q.weekend
        and q.years is None
    ):
        return None  # a year alone: the year check below says it
    return series.dated_claim(c, t.R, d, all(checks))


def _fact_first(lex: Lexicon, t: Turn, about: str, year: int) -> bool:
    """Whether the question names the dated fact before the edition ("was the organisation
    founded before the 2022 summit?"): the fact is then what the claim is about."""
    words = t.r.words
    fact = next(
        (i for i, w in enumerate(words) if f"attr:{about}" in lex.intent_words.get(w, ())), None
    )
    at = next((i for i, w in enumerate(words) if w == str(year)), None)
    return fact is not None and at is not None and fact < at


_SELECTING = frozenset({"attendance", "duration"})
_OF_EDITIONS = frozenset({"numbered", "official", "editions", "summits", "conferences", "ones"})


def _counts_editions(words: tuple[str, ...], n: int | None, lex: Lexicon) -> bool:
    """Whether the number counts editions ("were all six numbered ones in November?")."""
    for a, b in itertools.pairwise(words):
        said = lex.numbers.get(a) or (int(a) if a.isdigit() else None)
        if said == n and (b in _OF_EDITIONS or (b in lex.event_nouns and b.startswith(lex.short))):
            return True
    return False


_HOST_VERBS = frozenset({"hosted", "organised", "organized", "run", "held", "convened"})
_HOST_STOP = frozenset(
    {"had", "has", "have", "drew", "saw", "got", "was", "were", "with", "and", "which", "that"}
)


def _host_named(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words naming a host after "hosted by" ("…by the CAC drew over 2,000": "the cac"),
    not the rest of the question (whose "summits" is in one host's text too); () if none."""
    for i in range(1, len(words)):
        if words[i] == "by" and words[i - 1] in _HOST_VERBS:
            rest = words[i + 1 :]
            end = next((k for k, w in enumerate(rest) if w in _HOST_STOP), len(rest))
            return rest[:end]
    return ()


def _selected_by(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which edition hosted by <a host> had the most sub-forums?", "the average sub-forums at
    editions where Xi sent a letter": a figure over the editions a host held, or whose facts
    say that of a person — never over every edition, the selection dropped."""
    q = t.q
    # "how many days between the two editions Huang Kunming spoke at?": the time between
    # the two a person's facts select
    apart = t.r.word_set & {"between", "apart"} or "相隔" in t.r.text.compact
    timed = bool(q.unit) and bool(apart)
    # "which editions where Xi sent a letter were held in November?": the months over his
    dated = q.operation == "filter" and (bool(q.months) or q.weekday is not None)
    if (q.operation not in ("superlative", "aggregate") and not timed and not dated) or t.editions:
        return None
    if q.by_host or q.among is not None or q.per is not None or q.phrases:
        return None
    figure = next((a for a in q.attributes if a in _SELECTING or a in lex.counted), None)
    if figure is None and not timed and not dated:
        return None
    named = _host_named(t.r.words) if "hosts" in q.signals else ()
    span = host_span(c, named) if named else None
    people = evaluate.people_named(c, q.values, lex.fact_names) if q.values else ()
    if people:
        # (a name of the keynote facts, "Xi": not a word some fact capitalises, "Common")
        people = tuple(p for p in people if p.casefold() in c.keynote_text)
    if span is None and not people:
        return None
    pool = c.index.held(t.today)
    if span is not None:
        pool = tuple(e for e in pool if span[0] <= e.year <= span[1])
    if people:
        terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
        asked = q._replace(attributes=("attr:keynote",))
        years = {e.year for e, _ in evaluate.value_hits(c, t.R, asked, terms, lex.fact_names)}
        pool = tuple(e for e in pool if e.year in years)
    if not pool:
        return c.decline(t.R, "decline_unknown", 0.5)
    among = t.R.tpl("among", items=t.R.join([str(e.year) for e in pool]))
    if dated:
        found = evaluate.month_filter(c, t.R, q, pool)
        return replace(found, text=f"{among} {found.text}")
    if timed or figure is None:
        # (the time between the two selected, never a figure filtered)
        return evaluate.difference(c, t.R, q, pool) if len(pool) == 2 else None
    plain = q._replace(
        attributes=(figure,),
        values=(),
        signals=tuple(s for s in q.signals if s not in ("hosts", "attr:keynote")),
    )
    if q.operation == "superlative":
        found = evaluate.superlative(c, t.R, plain, pool, None)
    else:
        found = aggregate.evaluate(c, t.R, plain, q.aggregate, pool, q.comparator)
    return replace(found, text=f"{among} {found.text}")


def office_holder(c: Composer, r: Reading) -> bool:
    """ "Who was US president in 2015?", "who is the current premier of China?": who held an
    office in a country — which no fact records (a speaker's title is not that), unless the
    question asks of taking part ("the premier who spoke in 2017")."""
    asked = c.kb.vocabulary.office_holders
    # ("what is the name of the current US president?": who, asked by name)
    if not asked or r.word_set.isdisjoint({"who", "name"}) or r.text.han:
        return False
    said = f" {' '.join(r.words)} "

    def names(kind: str) -> bool:
        return any(f" {p.replace('-', ' ')} " in said for p in asked.get(kind, ()))

    # (an office "of" something, "president of the world bank": whoever held it, not ours)
    of = any(f" {o.replace('-', ' ')} of " in said for o in asked.get("offices", ()))
    return names("offices") and (names("places") or of) and not names("unless")


def _party_founding(c: Composer, lex: Lexicon, t: Turn) -> bool:
    """ "Where is the CAC headquartered?", 网信办是哪年成立的: the founding or seat of a host
    that is not the series' organisation — which the facts do not give (only the
    organisation's own)."""
    r = t.r
    if r.series_named or t.editions:
        return False
    zh = r.text.compact if r.text.han else ""
    asked = "attr:organisation" in t.q.signals or any(
        p in zh for p, a in lex.intent_zh if a == "attr:organisation"
    )
    if not asked:
        return False
    hosts = c.kb.facts.series.hosts
    now = hosts[-1] if hosts else None
    ours = {n.casefold() for n in (*now.hosted_by, *now.organized_by)} if now else set()
    others = {
        n.casefold()
        for p in hosts[:-1]
        for n in (*p.names, *p.hosted_by)
        if n.casefold() not in ours
    }
    low = r.text.clean.casefold()
    return any((re.search(rf"\b{re.escape(n)}\b", low) if n.isascii() else n in zh) for n in others)


def _skipped(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Did it skip 2019?", "was it cancelled in 2020?", 2020年停办了吗: of a year an
    edition was held, no — with its dates (never "yes" with them)."""
    zh = t.r.text.compact if t.r.text.han else ""
    asked = t.q.yes_no or t.yes_no or any(z in zh for z in ("有没有", "有冇", "吗", "嗎", "未"))
    if not asked or len(t.q.refs) != 1 or t.q.refs[0].kind != "year":
        return None
    said = f" {' '.join(t.r.words)} "
    if not any(f" {w} " in said if w.isascii() else w in zh for w in lex.skip_words):
        return None
    numbering = next((k for k in c.kb.vocabulary.intents if k.id == "numbering"), None)
    if numbering is not None:
        named = set(numbering.words) - set(lex.skip_words)
        plain = without_asking_both(zh)  # (有没有 reads as no ordinal's word)
        if not named.isdisjoint(t.r.word_set) or any(z in plain for z in numbering.zh if z):
            return None  # "did the numbering skip 2020?": the ordinals, asked elsewhere
    e = c.index.edition(t.q.refs[0].value)
    if e is None or e.status != "held" or e.start is None or e.start > t.today:
        return None  # (a year to come, or none held: as asked elsewhere)
    fact = c.dates_text(t.R, e, t.today)
    answer = c.edition_answer(t.R, "verify", t.R.tpl("no", fact=fact), e)
    return replace(answer, result=Verdict("no", (e.year,)))


def _wider_scope(lex: Lexicon, t: Turn) -> bool:
    """Whether a superlative is set in a wider world than the series ("the longest river in
    China", "the shortest month of the year", 中国最长的河), nothing of ours named."""
    r = t.r
    # ("the 4th largest economy": a place in a ranking, read as an ordinal too)
    placed = t.q.position > 0 and all(ref.kind == "ordinal" for ref in r.refs)
    if r.series_named or (r.refs and not placed) or t.has_context or not lex.wider_scopes:
        return False
    if "duration" in t.q.attributes and not r.word_set.isdisjoint({"month", "week"}):
        # "which month is the shortest?": a month's length, not an edition's
        return r.word_set.isdisjoint(_ANY_EDITION_WORD)
    for a, b in itertools.pairwise(r.words):
        # "the biggest conference in the world": a kind of event ranked, not one of ours
        if a in _SIZE_WORDS and b in lex.event_nouns and r.word_set.isdisjoint(_EDITION_NOUNS):
            low = f" {' '.join(r.words)} "
            if any(f" {s} " in low for s in lex.wider_scopes if s.isascii()):
                return True
    if not r.word_set.isdisjoint(_ANY_EDITION_WORD):
        return False  # "which edition had the most countries in the world"
    if "month" in r.word_set and "days" in r.word_set and not r.word_set.isdisjoint(_MOST_LEAST):
        return True  # "which month has the most days?" (no edition word: see above)
    zh = r.text.compact if r.text.han else ""
    if "月份" in zh and "天数" in zh and ("最多" in zh or "最少" in zh):
        return not any(z in zh for z in _EDITION_ZH)  # 哪个月份天数最多
    if t.q.operation not in ("superlative", "rank") and not t.q.aggregate:
        return False
    if _ranks_places(lex, r):
        return True  # "which country has the third-most people?": countries ranked, not ours
    low = f" {' '.join(r.words)} "
    if any(z in zh for z in _EDITION_ZH):
        return False  # 哪一届在一年中举办得最早: of the editions
    return any(f" {s} " in low if s.isascii() else s in zh for s in lex.wider_scopes)


_EDITION_ZH = ("届", "峰会", "大会", "会议")
# a figure measured against another's: "double", "twice", "three times", "at least"
_MEASURED_AGAINST = frozenset({"double", "twice", "triple", "times", "least", "half"})
_MOST_LEAST = frozenset({"most", "fewest", "least", "longest", "shortest"})
_SIZE_WORDS = frozenset({"biggest", "largest", "smallest", "oldest", "best", "most"})


def _ranks_places(lex: Lexicon, r: Reading) -> bool:
    """Whether a superlative ranks countries themselves ("which country has the most people",
    "the second-largest country"): its first noun a word for places."""
    words = r.words
    for i, w in enumerate(words[:6]):
        if lex.figure_words.get(w) == "places":
            before = words[i - 1] if i else ""
            # (one country, not "the most countries": a figure of ours)
            return not w.endswith("s") and before in ("which", "what", "largest", "biggest")
    return False


def _mixed_selection(r: Reading, q: Query) -> bool:
    """Whether a selection joins conditions the query holds only one way: 或 between
    conditions in Chinese (周日或周一, 11月以外或分论坛多于20 — not 5或19个, 11月或12月),
    an average over "editions that A or B", a weekday with months left out ("on a Sunday,
    not counting December ones")."""
    selects = q.operation in ("filter", "count") or bool(q.aggregate)
    if r.text.han:
        zh = r.text.compact
        dated = any(z in zh for z in ("周", "星期", "礼拜", "月", "线上", "線上", "网上"))
        if dated and _ZH_NEITHER.search(zh) and (selects or any(z in zh for z in _ZH_WHICH)):
            return True  # 既不在周日也不在周三开幕, 不是在11月…也不是线上: two negated
        if "或" not in zh or "或许" in zh:
            return False
        if not (selects or any(z in zh for z in ("几届", "哪几", "哪些", "多少届"))):
            return False
        if _ZH_OR_WEEKDAYS.search(zh) and ("开幕" in zh or "闭幕" in zh):
            return True  # 周日或周一开幕的: one weekday is kept (any day of them is a weekend)
        return _ZH_OR_MIXED.search(zh) is not None
    if q.weekday is not None and not q.refs and _OR_WEEKDAYS.search(r.text.clean):
        return True  # "on a sunday or monday but not in September": one weekday is kept
    negated = not r.word_set.isdisjoint({"not", "never", "didn't", "didnt", "no"})
    if negated and selects and not q.refs and _WEEKDAY_LIST.search(r.text.clean):
        return True  # "did not open on Wed, Sun or Mon": one weekday is kept
    days = set(_WEEKDAY_NAMES.findall(r.text.clean.casefold())) if q.weekday is not None else set()
    if not q.refs and len(days - {"satur", "sun"}) > 0 and len(days) > 1:
        return True  # "which of those tuesday ones ended on a friday": two days, one kept
    if not selects:
        return False
    if q.weekday is not None and q.months and not r.word_set.isdisjoint(_LEAVING_WORDS):
        return True
    return bool(q.aggregate) and _OR_CONDITIONS.search(r.text.clean) is not None


_WEEKDAY_NAMES = lazy(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.I)
# weekdays written short, listed ("Wed, Sun or Mon" — not "mon to fri", "mon-sun")
_WEEKDAY_LIST = lazy(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s*(?:,|\bor\b)\s*"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
    re.I,
)
# 既不…也不, 不是…也不是: two conditions, each negated
_ZH_NEITHER = lazy(r"既不.{1,12}?也不|不是.{1,12}?也不是|不在.{1,12}?也不在")
_ZH_WHICH = ("几届", "哪几", "哪些", "多少届", "哪幾", "幾屆")
_ZH_OR_WEEKDAYS = lazy(
    r"(?:周|星期|礼拜)[一二三四五六日天]或者?(?:周|星期|礼拜)?[一二三四五六日天]"
)
# 11月以外或分论坛多于20, 嘉宾超过2000人或国家超过120个: a bound on each side of 或
_ZH_OR_MIXED = lazy(
    r"(?:多于|超过|少于|不到|以外|之外)[^或，,。？?]*或者?(?!以上|以下|更)[^，,。？?]*?"
    r"(?:多于|超过|少于|不到|以上|以下)"
)
_OR_WEEKDAYS = lazy(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+or\s+(?:on\s+)?(?:an?\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b",
    re.I,
)
_LEAVING_WORDS = frozenset({"counting", "excluding", "except", "besides", "apart", "aside"})
_OR_CONDITIONS = lazy(
    r"\b(?:editions|summits|ones)\s+(?:that|which)\b.*\bor\s+(?:were|was|had|have|lasted"
    r"|ran|opened|started|began|ended|closed|drew|attracted|featured)\b",
    re.I,
)


def _twice_negated(r: Reading) -> bool:
    """Whether two conditions are each negated ("not … and not …", "neither … nor", 不…也不…)."""
    if r.text.han:
        zh = without_asking_both(r.text.compact)
        return sum(zh.count(z) for z in ("不", "非", "没")) >= 2
    said = [w for w in r.words if w in _NEGATIONS or w == "nor"]
    return len(said) >= 2 or "neither" in r.word_set


_ANNOUNCED = frozenset({"announced", "announce", "announcement", "announcements", "unveiled"})
_PLURAL_EDITIONS = frozenset({"editions", "ones", "summits", "conferences"})
# any word naming an edition: a superlative with one is of the editions
_ANY_EDITION_WORD = _EDITION_NOUNS | _EDITION_WORDS | _PLURAL_EDITIONS


def _scope(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Decline what the knowledge cannot answer: logistics, other events, unknown subjects."""
    r, R = t.r, t.R
    if office_holder(c, r):
        return c.decline(R, "decline_offtopic", 0.9)  # "who was US president in 2015?"
    if _wider_scope(lex, t):
        return c.decline(R, "decline_offtopic", 0.9)  # "the longest river in China?"
    if _mixed_selection(r, t.q):
        return _unknown(c, t)  # 周日或周一开幕的有几届: a selection the query cannot hold
    # (months alone: "in neither November nor December" is read as outside both)
    if t.q.weekday is not None and (
        not r.word_set.isdisjoint({"neither", "nor"}) or (t.q.months and _twice_negated(r))
    ):
        # "not in November and not on a Sunday", 不在11月也不在周日: one negation is kept
        return _unknown(c, t)
    if t.q.operation in ("superlative", "rank") and not r.word_set.isdisjoint(_ANNOUNCED):
        # "which edition's dates were announced the longest before the start?": when each
        # was announced is no fact (not its length)
        return _unknown(c, t)
    qa = faq_pick(c, r, t.editions)
    if (
        (_DEFINE_GENERAL.match(r.text.clean) or _DEFINE_ZH.match(r.text.compact))
        and not (r.series_named or r.refs or t.has_context or r.event_noun)
        and not (qa and qa[1] >= FAQ_STRONG)
    ):
        # "what's an international organization?", "what is a water town?": a general
        # term, not a fact of ours (which a definite name asks: "what is the organisation?")
        return c.decline(R, "decline_offtopic", 0.9)
    if _PARTY_ASKED.search(r.text.clean) and not (r.series_named or r.refs or t.has_context):
        # "what is the Cyberspace Administration of China?", 浙江省政府是做什么的: what a host
        # is or does, which the facts do not say (they name its role at the editions only)
        low = r.text.clean.casefold()
        hosts = {n for p in c.kb.facts.series.hosts for n in (*p.hosted_by, *p.organized_by)}
        if any(n.casefold() in low for n in hosts) or hosting.named_in(c.kb.facts, low):
            return _unknown(c, t)
    if _party_founding(c, lex, t):
        return _unknown(c, t)  # "where is the CAC headquartered?": not the organisation's
    strong = qa is not None and qa[1] >= FAQ_STRONG and not _site_acted(r, qa[0])
    if r.intent("unsupported") and not strong and not _taught(lex, r, qa):
        return _unknown(c, t)  # "can I attend?": no fact answers it
    if _wrong_kind(lex, t) and not (qa and qa[1] >= FAQ_STRONG):
        return _unknown(c, t)  # "who founded it?": no date answers it
    numbered = "numbering" in t.q.signals or any(x.kind == "ordinal" for x in t.q.refs)
    if _why(r) and t.intent in _PLAIN_FACTS and not numbered and not (qa and qa[1] >= FAQ_STRONG):
        return _unknown(c, t)  # "why was it moved to September?": the facts record no reasons
    # (习近平致贺信: a name the facts hold, run into its verb, is no unknown word)
    unread = [u for u in r.unknown if not evaluate.people_named(c, (u,), lex.fact_names)]
    if unread and "hosts" in t.q.attributes:  # (浙江省人民政府: a part of a host's name)
        parties = hosting.named_in(c.kb.facts, r.text.compact)
        unread = [u for u in unread if not any(u in p for p in parties)]
    if not r.series_named and unread:
        kind = "decline_other_event" if r.event_noun or t.targets else "decline_offtopic"
        return c.decline(R, kind, 0.9)
    if "attr:keynote" in t.q.signals and "overview" in t.q.signals:
        return _unknown(c, t)  # "a recap of his speech": its content
    if "attr:keynote" in t.q.signals and "duration" in t.q.attributes and not t.q.refs[1:]:
        return _unknown(c, t)  # "how long was Xi's 2015 speech?": not the edition's length
    if _counts_unknown(r):  # "how many employees does it have": the counted thing is unknown
        return _unknown(c, t)
    if (
        t.intent == "place"
        and how_many(r)
        and not (r.series_named or r.event_noun or t.targets or t.has_context)
        and not _PRONOUNS & r.word_set
    ):
        return c.decline(R, "decline_offtopic", 0.8)  # "how many provinces does China have?"
    if r.unknown and t.intent == "about":
        return _unknown(c, t)  # "what is its email address?": not what it is
    if r.series_named and r.unknown and (t.score < 2.5 or not (r.intents or r.faq)):
        # A word we cannot place is probably the real subject ("sponsored", "tickets").
        return _unknown(c, t)
    if r.series_named or t.targets or t.has_context or r.faq:
        return None
    if any(d.date and f"attr:{d.about}" in t.q.signals for d in c.kb.facts.series.details):
        return None  # "how many years ago was the organisation founded?": a dated series fact
    if t.q.operation == "verify" and t.q.values and _our_place(c, t):
        return None  # "is <the series' town> in <a region>?": where the series is held
    if t.q.yes_no and t.intent == "place" and _place_claimed(lex, t) == "outside":
        return None  # "has any edition been held outside Zhejiang?": beyond its own town
    # "the conference", "it", a place or name from our facts: in a server about one series,
    # these mean it ("which province is the conference held in?", "is <the town> the only venue?")
    general = (
        r.event_noun
        or bool(_PRONOUNS & r.word_set)
        or bool(t.q.values)
        or "届" in r.text.compact  # "哪一届…最多": which edition
        or bool({"edition", "editions", "one", "ones"} & r.word_set)
        or t.q.theme_year is not None  # quotes a theme of ours
        or (t.q.operation == "usual" and "dates" in t.q.attributes)  # 哪个月份举办得最多
    )
    ops = ("superlative", "filter", "usual", "frequency", "reverse", "aggregate")
    ours = bool(t.q.attributes) and (
        set(t.q.attributes) <= {"attendance", "duration"}
        or t.q.measure != "people"
        # "the median number of exhibitors": a figure of our editions' (not "rank the best
        # companies", a judgement of things we do not record)
        or (
            (
                t.q.aggregate in ("sum", "average", "median", "spread", "share", "count", "changes")
                or (t.q.aggregate == "filter" and t.q.number is not None)  # "other than 15"
            )
            and any(a.startswith("attr:") for a in t.q.attributes)
        )
    )
    if t.q.operation in ops and (general or (ours and not r.unknown)):
        return None  # "which summit drew the biggest crowd": about the editions as a whole
    series_level = t.intent not in lex.edition_specific and t.intent not in ("", "about")
    if general and series_level and t.score >= 1.0:
        return None
    if t.q.operation == "reverse" and (t.q.values or t.q.number is not None):
        return None  # quotes our facts ("which year did <a speaker> give the keynote")
    if t.q.theme_year is not None:
        return None  # quotes one of our themes
    if t.q.phrases and "theme" in t.q.attributes:
        return None  # searches our themes ("which theme mentions inclusive")
    if t.q.values and evaluate.people_named(c, t.q.values, lex.fact_names):
        return None  # names someone our facts name (习近平致贺信的有几届)
    detail = next((i for i, _ in r.intents if i.startswith("attr:")), "")
    named = t.intent == "about" or not r.word_set.isdisjoint({"called", "name", "named"})
    plain = not r.unknown and t.q.operation == "lookup" and not t.q.yes_no
    if detail and t.intent in ("about", "", detail) and named and plain:
        t.intent = detail  # "what is the expo called?": the series' own expo
        return None
    if t.q.pool and not r.unknown:
        return None  # 双数届的主题分别是什么: editions a property of theirs selects
    claimed_all = t.q.every or t.q.denied  # ("never in October?", 从来没有在10月举办过吧)
    if r.months and claimed_all and t.q.yes_no and not r.unknown and t.intent in ("", "list"):
        return None  # "always in November?", 每年都在11月举办吗: when it is held, each year
    # Nothing ties the question to our series: only clear series-level questions pass
    # ("where is it held?"); "what time is it in Beijing" does not.
    if t.intent in lex.edition_specific and not r.months:
        kind = "decline_context" if t.score >= 1.5 else "decline_offtopic"
        return c.decline(R, kind, 0.6)
    if t.intent in ("about", "") or (t.score < 1.5 and not r.months):
        return c.decline(R, "decline_offtopic", 0.7)
    return None


# what may be asked of the editions a figure selects ("the theme of the edition with 5
# sub-forums", "who spoke at the ones with more than 120 countries")
_ASKED_OF_SELECTED = frozenset({"theme", "attr:keynote"})


_FIRSTS_CLAIMED = frozenset({"first", "last", "only", "earliest", "latest", "since"})


def _ever_did(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Did Xi ever attend in person?", "has Li Shulei ever given the keynote?", 习近平有没有
    亲自出席过: the editions whose facts say it of the person — yes with them where any
    does; what the facts have (never a "no") where none does."""
    zh = t.r.text.compact if t.r.text.han else ""
    asks = ("曾经", "过") if t.ctx_editions else ("曾经", "有没有", "有冇", "过")
    if "ever" not in t.r.word_set and not any(z in zh for z in asks):
        return None  # (习近平有没有参加 after one edition: of that edition, not ever)
    if not t.r.word_set.isdisjoint(_FIRSTS_CLAIMED) or any(z in zh for z in ("第一", "首", "唯一")):
        return None  # "was Li Qiang the first premier ever to…": a first claimed, not "ever"
    if not t.q.values or not evaluate.people_named(c, t.q.values, lex.fact_names):
        return None
    terms = (*t.r.words, zh) if zh else t.r.words
    return _person_verdict(c, lex, t, t.q, terms, quotes.attending(terms))


_ALWAYS = frozenset({"always", "every", "each", "both", "all"})
_ALWAYS_ZH = ("每届都", "历届都", "一直", "都亲自", "每次都", "两届都", "都是亲自")


def _always_there(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Did Xi attend every edition in person?", "…both the 2015 and 2016 ones?", 习近平每届
    都亲自出席吗: no where the facts have them taking part from afar at one of them (those
    named, or all) — said with where they were there and where not; no verdict else."""
    zh = t.r.text.compact if t.r.text.han else ""
    if t.r.word_set.isdisjoint(_ALWAYS) and not any(z in zh for z in _ALWAYS_ZH):
        return None
    if not t.q.values or not evaluate.people_named(c, t.q.values, lex.fact_names):
        return None
    terms = (*t.r.words, zh) if zh else t.r.words
    if not quotes.attending(terms):
        return None
    pool = t.editions or evaluate.in_span(c.index.held(t.today), t.q)
    there, afar = evaluate.attendance_split(c, t.R, t.q, terms, lex.fact_names, pool)
    if not afar:
        return None
    said = evaluate.worded_attendance(c, t.R, there, afar, count=False)
    return replace(said, text=t.R.tpl("no", fact=said.text), operation="verify")


def _person_verdict(
    c: Composer, lex: Lexicon, t: Turn, q: Query, terms: tuple[str, ...], there: bool
) -> Answer | None:
    """The editions whose facts say it of the person, with a yes — or, asked whether they
    were ``there``, the facts' words without a verdict where none has them in person."""
    listed = evaluate.person_list(c, t.R, q, terms, lex.fact_names)
    if listed is None or not listed.answered:
        return None
    if there and listed.text.startswith(t.R.tpl("attended_none")):
        return listed  # (only from afar: the facts' words, no verdict)
    return replace(listed, text=t.R.tpl("yes", fact=listed.text), operation="verify")


def _hosted_by(c: Composer, t: Turn, editions: tuple[Edition, ...]) -> Answer | None:
    """ "the 2021 one was hosted by the CAC, right?": the hosting arrangement the words (or
    initials) name, against the edition's year — the hosts' text need not spell them out."""
    q = t.q
    if "hosts" not in q.attributes or len(editions) != 1 or not q.yes_no:
        return None
    e = editions[0]
    fact = c.sentence(t.R, "hosts", e, t.today)
    values = q.claim.values if q.claim is not None else ()
    zh = t.r.text.compact if t.r.text.han else ""
    named = hosting.asked_names(c.kb.facts, values, zh)  # (2022年浙江是主办方吗: 浙江)
    judged = hosting.judge(c.kb.facts, c.kb.vocabulary, e, named, (*t.r.words, t.r.text.compact))
    if judged is not None:
        # "was <the province> a host in 2022?": by the parties each role lists
        if judged == "open":
            return c.edition_answer(t.R, "verify", fact, e)
        return c.edition_answer(t.R, "verify", t.R.tpl(judged, fact=fact), e)
    if not any(w.startswith("host") for w in t.r.words) or t.r.text.han:
        return None
    if hosting.asks_where(c.kb.vocabulary, t.r.words):
        return None  # "hosted in Beijing?": where it was held, which its place settles
    span = host_span(c, t.r.words)
    if span is None or span == (0, 9999):
        return None
    text = t.R.tpl("yes" if span[0] <= e.year <= span[1] else "no", fact=fact)
    return c.edition_answer(t.R, "verify", text, e)


def _fold_incomplete(
    c: Composer, t: Turn, editions: tuple[Edition, ...], found: Answer
) -> Answer | None:
    """A sum or average asked of named (or selected) editions, some without the figure: no
    total of them — said so, with the fold of those that have one; None where all have it."""
    R, q = t.R, t.q
    kind = comparable(q)
    lacking = [e for e in editions if measure(R, e, kind, q.measure) is None]
    if not lacking or len(lacking) == len(editions):
        return None
    items = R.join([R.name_year(e) for e in lacking])
    text = R.tpl("fold_incomplete", items=items) + " " + found.text
    return replace(found, text=text, answered=False, result=None)


def _in_person_anywhere(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was Li Qiang in <the town>?" with no edition named: the editions whose facts have
    the person there in person — yes with them; what the facts have (no "no") otherwise."""
    s = c.kb.facts.series
    town = set(normalise(" ".join((s.place, *s.place_within))).words)
    people = tuple(v for v in t.q.values if v not in town)
    if not people:
        return None
    terms = (*(w for w in t.r.words if w not in town), "attend", "in", "person")
    q = t.q._replace(values=people, attributes=())
    return _person_verdict(c, lex, t, q, terms, there=True)


# what may be asked of the editions a month or a weekday selects
_ASKED_OF_DATED = ("theme", "attr:keynote", "attendance", "attr:subforums", "attr:expo", "hosts")


def _of_dated_editions(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Who gave the keynote at the December editions?", "themes of the editions that opened
    on a Sunday", 12月举办的几届主题是什么: the editions the month (weekday) selects, then the
    fact asked of each — not that fact of every edition, nor of the latest."""
    q = t.q
    if not (q.months or q.weekday is not None) or q.refs or t.editions:
        return None
    if q.yes_no or q.aggregate or q.operation not in ("lookup", "filter", "reverse"):
        return None
    if q.number is not None or q.day_range is not None or q.days:
        return None
    wanted = (*q.attributes, *q.signals)
    asked = next((a for a in wanted if a in _ASKED_OF_DATED), "")
    if not asked:
        return None
    held = c.index.held(t.today)
    plain = q._replace(operation="filter", attributes=(), plural=True, yes_no=False)
    found = evaluate.month_filter(c, t.R, plain, held)
    if not found.answered or not found.editions:
        return found
    return _fact_of_selected(c, t, found, asked)


# "which editions were held in summer 2022?": a season or month of one year, asked alone
_SEASON_OF_YEAR = lazy(
    r"^\s*(?:so\s+|and\s+)?(?:which|what)\s+(?:editions?|summits?|conferences?|ones?)\s+"
    r"(?:were|was)\s+(?:held|hosted|running|on)\s+(?:in|during)\s+(?:the\s+)?[a-z]+\s+"
    r"(?:of\s+)?(?:19|20)\d\d\s*[?？.]?\s*$",
    re.I,
)


def _in_months_of_year(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which editions were held in summer 2022?", "which editions were held in autumn
    2021?": of the editions of the years named, those in the months said (none, where the
    year's edition was held in another month) — never the year's edition as if it were."""
    q = t.q
    if not q.months or not t.editions or q.yes_no or q.aggregate or q.exclude:
        return None
    if any(ref.kind != "year" for ref in q.refs) or "which" not in t.r.signalled:
        return None
    if len(q.refs) != 1 or _SEASON_OF_YEAR.match(t.r.text.clean) is None:
        return None  # ("the first summit after 2020 to be held in November": no such year)
    plain = q._replace(operation="filter", attributes=(), refs=(), plural=True, yes_no=False)
    return evaluate.month_filter(c, t.R, plain, t.editions)


def _of_person_editions(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Sub-forums at the editions Xi addressed by video", "total attendance of the summits
    where Li Shulei gave the keynote": the editions whose keynote facts say that of the
    person, then the figure (or fact) asked of them — not of every edition."""
    q = t.q
    if q.refs or t.editions or not q.values or q.yes_no:
        return None
    if q.operation not in ("lookup", "reverse", "aggregate") or q.number is not None:
        return None
    asked = next(
        (a for a in (*q.attributes, *q.signals) if a in _ASKED_OF_DATED and a != "attr:keynote"),
        "",
    )
    if not asked or not evaluate.people_named(c, q.values, lex.fact_names):
        return None
    terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
    # ("attendance" is the figure asked; "attended" selects, in person or from afar: two lists)
    if quotes.attending(tuple(w for w in terms if not w.startswith("attendance"))):
        return None
    chosen = q._replace(attributes=("attr:keynote",), aggregate="", operation="reverse")
    listed = evaluate.person_list(c, t.R, chosen, terms, lex.fact_names)
    if listed is None or not listed.answered or not listed.editions:
        return None
    pool = c.index.years(listed.editions)
    among = t.R.tpl("among", items=t.R.join([str(e.year) for e in pool]))
    if q.aggregate in FOLDS:
        found = aggregate.evaluate(c, t.R, q._replace(attributes=(asked,)), q.aggregate, pool, "")
    else:
        found = c.lookup(t.R, asked, pool, t.today, 0.8)
    return replace(found, text=f"{among} {found.text}")


def _theme_starts(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which themes start with 'Creating'?", 哪届主题以“携手”开头: the themes whose first
    (last) words are those — not the latest edition's start date, nor a search anywhere."""
    r = t.r
    zh = r.text.compact if r.text.han else ""
    if "theme" not in r.word_set and "themes" not in r.word_set and "主题" not in zh:
        return None
    m = _STARTS_WITH.search(r.text.clean) if not zh else _STARTS_WITH_ZH.search(zh)
    if m is None:
        return None
    said, at_end = m["what"].strip(" '\"“”‘’"), bool(m["end"])
    if not said:
        return None

    def holds(theme: str) -> bool:
        t2 = theme.casefold().strip()
        return t2.endswith(said.casefold()) if at_end else t2.startswith(said.casefold())

    themed = [e for e in c.editions if e.theme]
    hits = [e for e in themed if holds(e.theme or "") or holds(e.theme_zh or "")]
    what = f"“{said}”"
    if not hits:
        key = "themes_end_none" if at_end else "themes_start_none"
        return c.series_answer(t.R, "filter", t.R.tpl(key, what=what), ())
    items = t.R.tpl("list_sep").join(
        t.R.tpl("theme_item", year=e.year, theme=t.R.pick(e.theme, e.theme_zh)) for e in hits
    )
    key = "themes_end" if at_end else "themes_start"
    answer = c.series_answer(
        t.R, "filter", t.R.tpl(key, what=what, items=items), tuple(e.year for e in hits)
    )
    return replace(answer, intent="which")


_STARTS_WITH = lazy(
    r"(?i)\b(?:start|starts|started|begin|begins|began|open|opens|opened|(?P<end>end|ends|ended))"
    r"\s+with\s+(?:the\s+words?\s+)?(?P<what>[\"“'‘]?[\w-]+(?:\s+[\w-]+){0,3}?[\"”'’]?)\s*[?.!]*\s*$"
)
_STARTS_WITH_ZH = lazy(
    r"以[“\"「]?(?P<what>[^”\"」]{1,12}?)[”\"」]?(?:开头|开始|(?P<end>结尾|结束))"
)


def _same_theme(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was the theme of 2015 the same as the first one?", 2015年的主题和2014年一样吗: the two
    themes set side by side — the same, one the other's with more added, or different (it
    read "was 2015 the first one?")."""
    r, R = t.r, t.R
    zh = r.text.compact if r.text.han else ""
    themed = "theme" in r.word_set or "themes" in r.word_set or "主题" in zh
    same = not r.word_set.isdisjoint({"same", "identical", "repeat", "repeated"}) or any(
        z in zh for z in ("一样", "相同", "同一个")
    )
    eds = [e for e in t.editions if e.theme]
    if not (themed and same) or len(t.editions) != 2:
        return None
    if len(eds) != 2:
        lacking = next(e for e in t.editions if not e.theme)
        return c.refusal(R, R.tpl("theme_unknown", name=R.name(lacking)))
    a, b = sorted(eds, key=lambda e: e.year)
    ta, tb = (R.pick(e.theme, e.theme_zh) or "" for e in (a, b))
    if ta.casefold() == tb.casefold():
        text = R.tpl("yes", fact=R.tpl("theme_same", a=R.name_year(a), b=R.name_year(b), theme=ta))
    elif tb.casefold().startswith(ta.casefold()) or ta.casefold().startswith(tb.casefold()):
        longer, shorter = (b, a) if len(tb) > len(ta) else (a, b)
        lt, st = (tb, ta) if longer is b else (ta, tb)
        added = lt[len(st) :].strip(" —-–:：")
        text = R.tpl(
            "theme_extends",
            longer=R.name_year(longer),
            shorter=R.name_year(shorter),
            theme=st,
            added=added,
        )
    else:
        text = R.tpl(
            "no", fact=R.tpl("theme_differ", a=R.name_year(a), ta=ta, b=R.name_year(b), tb=tb)
        )
    return replace(c.series_answer(R, "verify", text, (a.year, b.year)), intent="theme")


def _numbered_list(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which editions had an official ordinal?", "which have none?", 哪几届没有官方届次: the
    editions with (without) an official number, listed — not the numbering's history."""
    q, r = t.q, t.r
    if "numbered" not in q.signals or "which" not in q.signals or q.refs or q.yes_no:
        return None
    if q.aggregate or q.operation in ("superlative", "aggregate", "compare"):
        return None
    if q.months or q.weekday is not None or q.number is not None or q.weekend or q.phrases:
        return None  # "which of the numbered ones did NOT start on a Wednesday?": a filter
    zh = r.text.compact if r.text.han else ""
    if not zh and not r.word_set.isdisjoint({"first", "last", "latest"}):
        return None  # "which was the last numbered one?": one edition
    if any(z in zh for z in ("第一", "最后", "首")):
        return None
    negated = not r.word_set.isdisjoint(_NO_ORDINAL) or any(z in zh for z in ("没有", "不是", "无"))
    held = evaluate.in_span(c.index.held(t.today), q._replace(pool=()))  # (of the years asked)
    hits = [e for e in held if bool(e.ordinal) != negated]
    if q.pool:  # "which numbered editions were in odd years?": of those years too
        hits = [e for e in hits if e.year in q.pool]
    items = t.R.dated_names(hits)
    text = series.matched(t.R, len(hits), len(held), items, q.relative)
    return c.series_answer(t.R, "filter", text, tuple(e.year for e in hits), intent="which")


_NO_ORDINAL = frozenset({"no", "not", "without", "t", "never", "unnumbered", "lack", "lacked"})


def _then_asked(c: Composer, t: Turn, found: Answer) -> Answer:
    """ "Who gave the keynote at the edition with 24 sub-forums?", 分论坛只有5个的那届主题:
    the editions the figure selects, then the fact asked of them (the selection alone
    answered it)."""
    q = t.q
    other = next((a for a in q.signals if a in _ASKED_OF_SELECTED and a not in q.attributes), "")
    if not other or q.yes_no or not found.answered or not found.editions:
        return found
    return _fact_of_selected(c, t, found, other)


def _fact_of_selected(c: Composer, t: Turn, found: Answer, asked: str) -> Answer:
    """The fact asked of the editions a selection answered, after that selection's words."""
    facts = c.lookup(t.R, asked, c.index.years(found.editions), t.today, 0.8)
    return replace(facts, text=f"{found.text}\n{facts.text}")


def _operate(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Operations beyond a look-up; None hands the question on to the look-up."""
    q, R, editions = t.q, t.R, t.editions
    if q.aggregate == "rank" and len(editions) > 1 and not _counted_asked(q) and not q.exclude:
        # "put in order: 2021 summit, the 5th, the forum", 按时间顺序排列: by their dates
        ordered = tuple(sorted(editions, key=lambda e: e.start or dt.date(e.year, 12, 31)))
        return c.lookup(R, "dates", ordered, t.today, 0.9, listed=True)
    if q.yes_no and q.operation == "lookup" and t.r.text.han and "hosts" in q.attributes:
        # 2022年浙江是主办方吗: a party's role, asked as a look-up of the hosts
        by_hosts = _hosted_by(c, t, editions)
        if by_hosts is not None:
            return by_hosts
    if q.yes_no and _place_claimed(lex, t) == "outside":  # (before any other claim in it)
        # "has the organisation held summits outside china?": every edition was held in the
        # series' town — no (its founding, said with a yes, was given); "was the 2019 one
        # held outside <its town>?": no, with where it was
        held = editions or c.index.years(t.ctx_editions)
        # (the organisation's own events beyond the editions are not on record: no verdict,
        # whatever edition was talked about before)
        other = not editions and "attr:organisation" in (*q.attributes, *q.signals)
        held = () if other else held
        return verify.place_verdict(c, R, held[:1], None if other else False, t.today, other)
    if q.yes_no and "place" in q.attributes and _place_claimed(lex, t) == "negated":
        held = editions or c.index.years(t.ctx_editions)
        return verify.place_verdict(c, R, held[:1], None, t.today)
    if q.yes_no and len(editions) == 1 and "place" in q.attributes and _some_event(lex, t):
        # "did the organisation hold an event in Hong Kong in 2024?": some event of that year, which
        # the facts do not record — the edition's place, never a no
        return verify.place_verdict(c, R, editions[:1], None, t.today)
    if q.per is not None and len(editions) == 2 and not q.exclude:
        # "was 2024 busier per day than 2023 in sub-forums?": the two editions' ratios
        return evaluate.ratio_compare(c, R, q, (editions[0], editions[1]))
    if q.per is not None and len(editions) == 1 and not q.exclude:
        # "attendees per sub-forum in 2021": one figure of the edition over another
        return evaluate.ratio_of(c, R, q, editions[0])
    zh_ranked = any(z in t.r.text.compact for z in ("最多", "最少", "最高", "最低", "最大"))
    zh_per = t.r.text.han > 0 and "平均每" in t.r.text.compact
    if q.per is not None and not editions and zh_per and zh_ranked:
        # 哪一届博览会平均每个国家的参展企业最多: 平均每 says "per", the ranking is of the ratio
        return evaluate.ratio_extreme(c, R, q._replace(aggregate=""), c.index.held(t.today))
    if q.per is not None and q.operation == "aggregate" and q.aggregate in FOLDS[:3]:
        # "the average sub-forums per day": a mean of ratios (or a ratio of totals) — not the
        # highest ratio in its place
        return c.decline(R, "decline_unknown", 0.5)
    if (
        q.per is not None
        and q.operation in ("superlative", "aggregate", "filter", "lookup")
        and (not editions or q.exclude)
    ):
        # "which edition had the most participants per sub-forum?": by the ratio, not by
        # either figure; of the editions the question keeps ("in November", "excluding
        # 2017", "since 2022")
        kept = evaluate.in_span(c.index.held(t.today), q)
        kept = tuple(e for e in kept if not (q.exclude and e in editions))
        if q.months:
            kept = tuple(e for e in kept if e.start is not None and e.start.month in q.months)
        if q.number is not None and re.search(
            rf"\bper\s+{q.number:,}\b|\bper\s+{q.number}\b", t.r.text.clean
        ):
            q = q._replace(number=None)  # "sub-forums per 1000 attendees": a scale, no bound
        if "hosts" in q.attributes:
            # ("among the editions hosted by the organisation, the most per day": a selection
            # by host this ranking does not make — declined, never over every edition)
            return c.decline(R, "decline_unknown", 0.5)
        if q.operation != "lookup" or q.exclude or q.number is not None:
            # ("at least 500 guests a day": the bound as said, not "the least")
            bound = comparator_of(t.r) if q.number is not None else ""
            return evaluate.ratio_extreme(c, R, q._replace(comparator=q.comparator or bound), kept)
    if q.operation == "superlative" and "gap" in q.signals and not editions:
        # "which edition came soonest after the previous one?": the gaps ranked
        return evaluate.gap_extreme(c, R, q, _numbered(q, c.index.held(t.today), t.r))
    themed = "theme" in t.r.word_set or "主题" in t.r.text.compact
    counted = next((a for a in q.signals if a.startswith("attr:") or a == "attendance"), "")
    if q.operation == "superlative" and themed and not editions and not q.phrases and counted:
        # "the theme of the edition with the fewest sub-forums": that edition's theme, not
        # the shortest theme
        ranked = evaluate.superlative(
            c, R, q._replace(attributes=(counted,)), c.index.held(t.today), None
        )
        if not ranked.answered or not ranked.editions:
            return ranked
        themes = c.lookup(R, "theme", c.index.years(ranked.editions), t.today, 0.8)
        return replace(themes, text=f"{ranked.text}\n{themes.text}")
    if q.operation == "superlative" and themed and not editions and not q.phrases:
        zh_edition = any(
            z in t.r.text.compact for z in ("最短的一届", "最长的一届", "最短的那届", "最长的那届")
        )
        if _longest_edition(t.r.words) or zh_edition:
            # "the theme of the shortest edition": that edition (by its days), then its theme
            held = c.index.held(t.today)
            ranked = evaluate.superlative(c, R, q._replace(attributes=("duration",)), held, None)
            if not ranked.answered or not ranked.editions:
                return ranked
            themes = c.lookup(R, "theme", c.index.years(ranked.editions), t.today, 0.8)
            return replace(themes, text=f"{ranked.text}\n{themes.text}")
        return evaluate.theme_extreme(c, R, q, c.index.held(t.today))  # "the longest theme"
    if q.phrases:
        # "which themes used the word 'intelligent'?": a search of every theme
        first = "first" in t.r.word_set or "首次" in t.r.text.compact
        # (2016年主题有没有“数字”: asked of that theme as A-not-A, a yes or no too)
        asks = q.yes_no or any(z in t.r.text.compact for z in ("有没有", "有冇", "有无"))
        about = editions[0] if asks and len(editions) == 1 else None
        if about is not None and q.years is not None:
            # "did every theme since 2017 mention it?", "…after 2016": of those years, not of
            # the year that bounds them
            about = None
        by_year = bool(q.refs) and all(ref.kind == "year" for ref in q.refs) and not first
        by_year = by_year and not q.plural and "which" not in t.r.word_set  # (a search: of all)
        if by_year and not asks and len(editions) == 1 and q.years is None and not how_many(t.r):
            # "the 2018 theme was about 'trust', what was it exactly?": that theme, whatever
            # words it holds (a search of every theme would answer none)
            return c.lookup(R, "theme", editions, t.today, 0.9)
        return evaluate.themes_with(c, R, q, how_many(t.r), first, about)
    if (edge := _value_edge(c, lex, t) or _first_of_kind(c, lex, t)) is not None:
        return edge
    if q.weekend and not t.r.unknown:
        # "which edition ended on a weekend?", "was the 2016 one held over a weekend?"
        count = "count" in q.signals or q.aggregate == "count"
        it = not t.r.word_set.isdisjoint({"it", "that", "this"}) or "它" in t.r.text.compact
        if not editions and it and len(t.ctx_editions) == 1:
            editions = c.index.years(t.ctx_editions)  # "was it on a weekend?" after 2018
        held = evaluate.in_span(c.index.held(t.today), q)  # ("…before 2025": those years)
        if q.exclude and editions and "outside" in t.r.cues:
            # "not counting this year's, did any edition end on a weekend?": the others
            held, editions = tuple(e for e in held if e not in editions), ()
            q = q._replace(exclude=False, refs=())  # (the left-out edition, not "not on it")
        return evaluate.weekend(c, R, q, editions, held, count)
    if q.operation == "lookup" or t.r.unknown:
        return None
    keynote = "attr:keynote" in (*q.attributes, *q.signals)
    counts = q.operation == "aggregate" and q.aggregate in ("sum", "count") and keynote
    if counts and q.values and evaluate.people_named(c, q.values, lex.fact_names):
        # 李书磊一共做了几次主旨演讲: the editions whose keynote fact says it of them, counted
        terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
        return evaluate.count_value(c, R, q, terms, lex.fact_names)
    if q.operation == "aggregate" and q.aggregate in ("average", "median") and _gaps_asked(t):
        # "the average number of days between consecutive editions": the gaps, not lengths
        return evaluate.gap_average(c, R, q, evaluate.in_span(c.index.held(t.today), q))
    combined = q.operation == "compare" or (q.operation == "aggregate" and q.aggregate == "sum")
    if combined and len(editions) == 3:
        words = t.r.word_set
        if "than" in words and not words.isdisjoint({"combined", "together", "put"}):
            # "how many more sub-forums did 2024 have than 2020 and 2015 combined?": the
            # first against the other two together, never the three summed
            w = t.r.words
            joined = next(i for i, x in enumerate(w) if x in ("combined", "together", "put"))
            # "than 2020 and 2015 combined": the first against the other two; "2015 and 2016
            # combined … than 2024": the first two against the last
            alone_first = w.index("than") < joined
            order = editions if alone_first else (editions[2], editions[0], editions[1])
            return evaluate.versus_combined(c, R, q, order, alone_first)
    if q.operation == "aggregate" and q.aggregate == "sum" and "minus" in t.r.word_set:
        return c.decline(R, "decline_unknown", 0.4)  # "A and B combined, minus C": no total of all
    if q.operation == "aggregate" and (having := _having(c, t, editions)) is not None:
        editions = having  # "the last three editions that have an attendance figure"
    if q.operation == "aggregate":
        held = _numbered(q, c.index.held(t.today), t.r)
        pool = editions if len(editions) > 1 and not q.exclude else held
        if q.pool and not editions:
            pool = c.index.years(q.pool)  # "the total across those two"
        elif q.pool and q.exclude:  # "the odd editions except 2014": of those, less that one
            pool = tuple(e for e in pool if e.year in q.pool)
        if q.by_host:
            span = host_span(c, t.r.words)
            if span is None:
                return _unknown(c, t)
            if span != (0, 9999):  # (a host's own editions, not those talked about before)
                pool = tuple(e for e in held if span[0] <= e.year <= span[1])
        if q.years is not None:
            # "average of those" after "which of those were after 2020?": those, within the
            # years (not every edition of the years)
            low, high = q.years
            # (and of the numbered or unnumbered ones, where the numbering selects)
            within = c.index.years(q.pool) if q.pool and not editions else held
            pool = tuple(e for e in within if low <= e.year <= high)
        # "the November editions 2014-2025": the month selects within the years
        before = pool
        pool = _in_days_asked(q, pool, () if q.years is not None else editions)
        # (named in the answer: "no edition had 16 sub-forums" is false of all editions)
        narrowed = len(pool) < len(before) and (bool(q.months) or q.weekday is not None)
        if q.exclude and editions:  # "…, not counting 2022"
            pool = tuple(e for e in pool if e not in editions)
        compared = q.number is not None and bool(q.comparator or comparator_of(t.r))
        # (or "the total of the last three that had 20": a place among a selection)
        placed = q.nth is not None and (
            q.number is not None or bool(q.months) or q.weekday is not None
        )
        if q.among is None and q.aggregate in FOLDS and (compared or placed) and not q.years:
            # "the average attendance of editions with more than 20 sub-forums" read as one
            # clause: the condition would be dropped, or the wrong figure folded
            return c.decline(R, "decline_unknown", 0.4)
        if q.among is not None:
            # "the total attendance of the editions that had 20 sub-forums": of those
            pool = aggregate.matching(c, R, q.among, pool)
            if not pool:
                return c.refusal(R, R.tpl("agg_none", what=R.tpl("what_people")))
            folded = aggregate.evaluate(c, R, q, q.aggregate, pool, q.comparator)
            among = R.tpl("among", items=R.join([str(e.year) for e in pool]))
            folded = replace(folded, text=f"{among} {folded.text}")
            if q.aggregate in ("sum", "average") and len(pool) > 1 and folded.answered:
                # "the total exhibitors of the 4-day editions": of each one selected
                return _fold_incomplete(c, t, pool, folded) or folded
            return folded
        found = aggregate.evaluate(c, R, q, q.aggregate, pool, q.comparator)
        selected = "length_selected" in q.signals
        if q.aggregate in ("sum", "average") and selected and not editions and found.answered:
            # "the total exhibitors of the 4-day editions": of each one selected
            return _fold_incomplete(c, t, pool, found) or found
        if q.aggregate in ("sum", "average") and len(editions) > 1 and found.answered:
            # "the total expo size for 2024 and 2025": the editions named, each — a total of
            # those that have the figure is no total of them
            incomplete = _fold_incomplete(c, t, editions, found)
            if incomplete is not None:
                return incomplete
        if q.aggregate == "filter":
            found = _then_asked(c, t, found)
        if narrowed and pool and found.answered and not found.editions:  # (none of them)
            among = R.tpl("among", items=R.join([str(e.year) for e in pool]))
            return replace(found, text=f"{among} {found.text}")
        return found
    if q.operation == "verify" and not editions and (ever := _ever_did(c, lex, t)) is not None:
        return ever
    if (always := _always_there(c, lex, t)) is not None:
        return always
    if q.operation == "verify" and (numbered_end := last_numbered(c, t)):
        return numbered_end  # "was 2018 the last numbered one?"
    if q.operation == "verify" and (where := _place_claimed(lex, t)):
        # "was it held abroad?": no; "in southern China?", "near Hangzhou?": the place, which
        # the facts state, without a verdict they cannot give
        held = editions or c.index.years(t.ctx_editions)
        return verify.place_verdict(c, R, held[:1], False if where == "outside" else None, t.today)
    if q.operation == "verify" and (firsts := _first_claimed(c, t)) is not None:
        return firsts  # "was 2016 the first edition to release achievements?"
    if q.operation == "verify":
        missing = [x for x in t.targets if isinstance(x, NoSuch)]
        if missing and not editions:  # "was the 2013 one held in …?": there was none
            return c.no_such(R, missing[0])
        year = next((ref.value for ref in q.refs if ref.kind == "year"), None)
        if year is not None and (such := verify.first_such(c, R, q, t.r.text.clean, year, t.today)):
            return such  # "was 2019 the first edition held in October?"
        ordinal_missing = any(ref.kind == "ordinal" for ref in q.refs) and missing
        if ordinal_missing and len(editions) == 1 and _claims_number_only(q):
            # "is 2026 the 14th summit?": there is no 14th — no, with the number it has
            which = verify.numbering_of(c, R, editions[0])
            if which.answered:
                return replace(which, text=R.tpl("no", fact=which.text))
        claimed = q.claim.year if q.claim else None
        if t.via_count and claimed in (None, t.via_count[0][1].year):
            # "is the 2026 summit the 13th?": yes by the year count; "was 2020 the 7th <series
            # name>?": no official one — the name claims the official ordinal
            answer = series.numbering(c, R, t.via_count)
            if not _claims_number_only(q):
                return answer  # "was the 7th one in May?": what there was, no verdict
            # "is 2026 the 13th <series name>?": yes by the count, as "when was the 13th"
            # answers 2026 — unless the edition's note says it was held instead of one
            # ("the 13th official one": the official ordinal claimed, which it has not; and
            # 2020年是第七届吗 asks the number its note says it was held instead of)
            # (算第七届吗 asks whether it counts as one, which its note denies; "by its own
            # count" asks the year count)
            by_count = _by_count(lex, t.r) and "算" not in (t.r.text.compact or "")
            said_official = "official" in t.r.word_set or "官方" in t.r.text.compact
            official = bool(t.via_count[0][1].note) and not by_count
            return series.numbering_verdict(c, R, answer, not (official or said_official))
        upcoming = [x for x in t.targets if isinstance(x, Upcoming)]
        if upcoming and not editions:  # "will the 2027 summit be in November?"
            answer = c.next_answer(R, upcoming[0], t.today)
            if not set(q.attributes) <= _WHEN_ASKED or t.r.unknown:
                # "will more than 2,000 attend in 2027?": a prediction, which saying it is not
                # announced does not answer
                answer = replace(answer, answered=False, intent="decline", operation="decline")
            elif "place" in q.attributes and answer.answered and not t.r.months:
                # "will the 2027 one be in <the town> too?": not announced — beside the
                # series' own place, its permanent venue (a fact, no verdict on that edition)
                venue = series.place(c, R)
                answer = replace(answer, text=f"{answer.text} {venue.text}", sources=venue.sources)
            return answer
        people = evaluate.people_named(c, q.values, lex.fact_names) if q.values else ()
        low, high = q.years or (0, 0)
        outside = all(not low <= e.year <= high for e in editions)
        if people and q.years is not None and outside and not q.every:
            # "did Li Qiang attend any edition before 2026?": the facts naming them in those
            # years — none is no "no" (the facts record keynotes, not every attendee)
            terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
            if quotes.attending(terms):
                said_of = evaluate.attended(c, R, q, terms, lex.fact_names, count=False)
                if not said_of.answered or said_of.text.startswith(R.tpl("attended_none")):
                    return said_of  # (there by video or a letter: no plain yes)
                return replace(said_of, text=R.tpl("yes", fact=said_of.text), intent="verify")
            hits = evaluate.value_hits(c, R, q, terms, lex.fact_names)
            if not hits:
                return c.refusal(R, R.tpl("reverse_none_value"))
            text = R.tpl("yes", fact=evaluate.hit_lines(R, hits))
            return c.series_answer(R, "verify", text, tuple(e.year for e, _ in hits))
        if q.every and q.years is not None and not editions:
            # "has it been in November every year since 2020?": each edition since
            editions = evaluate.in_span(c.index.held(t.today), q)
        if not editions and not t.ctx_editions and q.months and not q.values:
            return evaluate.usual(c, R, q._replace(attributes=("dates",)))  # "always in Nov?"
        org = "attr:organisation" in (*q.attributes, *q.signals)
        placed = "place" in q.attributes or _our_place(c, t)
        if not editions and not t.ctx_editions and placed and not org:
            if q.values and evaluate.people_named(c, q.values, lex.fact_names):
                # "was Li Qiang in <the town>?": there in person, at any edition
                there = _in_person_anywhere(c, lex, t)
                if there is not None:
                    return there
            # "is it held in Beijing?"; "was it ever held in Hong Kong?"
            compact = t.r.text.compact
            asked_ever = (
                not t.r.word_set.isdisjoint(_EVER_WORDS)
                or any(z in compact for z in ("曾经", "办过", "开过", "举行过", "召开过"))
                # "did the organisation hold a forum in Brazil?": some event, not an edition;
                # "is it going to move to Beijing?": a plan — neither is on record
                or _some_event(lex, t)
                or not t.r.word_set.isdisjoint(_PLANNED)
            )
            return verify.verify_series_place(c, R, q, asked_ever)
        if not editions and not t.ctx_editions and any(a.startswith("attr:") for a in q.attributes):
            return None  # a series fact ("is its organisation based in …?"): the look-up settles it
        if q.every and q.years is not None:  # "did every summit since 2022 …?": each of them
            editions = evaluate.in_span(c.index.held(t.today), q)
        by_hosts = _hosted_by(c, t, editions)
        if by_hosts is not None:
            return by_hosts
        return verify.verify(c, R, q, editions or c.index.years(t.ctx_editions), t.today)
    if q.operation == "compare" and _kinds_compared(t.r) > 1:
        # "more achievements in 2017 than sub-forums in 2018?": two kinds of figure, which
        # one comparison of one kind would answer wrongly
        return c.decline(R, "decline_unknown", 0.5)
    if q.operation == "compare":
        talked = c.index.years(t.ctx_editions + (t.ctx.earlier if t.ctx else ()))
        if not editions and len(talked) > 2:
            return c.decline(R, "decline_context", 0.5)  # "the difference between the two"
        if len(editions) < 2 and talked and editions:
            # "那2016年呢，是不是更多" after 2015 against 2014: the one named, against the one
            # talked about first (never the two talked about, the one named dropped)
            others = tuple(e for e in talked if e not in editions)
            if not others:
                editions = talked
            elif _compared_with(t.r, editions[0]):  # "was that more than 2014?": it, then 2014
                editions = others[:1] + editions
            else:
                editions = editions + others[:1]
        elif len(editions) < 2 and talked:  # "which of those two…", "和上一届比呢？"
            editions = talked
        # "…and by how many companies?": the difference, as nearly as the figures give it
        amount = how_many(t.r) or "much" in t.r.word_set or "多少" in t.r.text.compact
        if q.unit == "days" and amount and len(editions) == 2 and in_the_year(t.r):
            # "how many days earlier in the year did it open than 2014?": days of the year
            return evaluate.in_year_gap(c, R, editions[0], editions[1])
        return evaluate.compare(c, R, q, editions, amount)
    if q.operation == "difference":
        said_words = t.r.words
        said = [str(e.year) for e in editions if e.ceremony and e.ceremony != e.start]
        if said and ("ceremony" in t.r.word_set or "开幕式" in t.r.text.compact):
            # "the 2025 opening ceremony": that edition's ceremony day, which was not its first
            # ("the 2024 and 2025 opening ceremonies": both)
            named = [
                int(w)
                for i, w in enumerate(said_words)
                if w in said
                and (
                    "ceremony" in said_words[i + 1 : i + 3]
                    or (
                        said_words[i + 1 : i + 2] == ("and",)
                        and said_words[i + 2 : i + 3] in [(y,) for y in said]
                        and "ceremony" in said_words[i + 3 : i + 5]
                    )
                )
            ]
            if not named:
                return c.decline(R, "decline_unknown", 0.5)  # which one's ceremony: unclear
            return evaluate.difference(c, R, q, editions, ceremony=tuple(named))
        if not q.calendar and IN_THE_YEAR.search(" ".join(t.r.words)):
            q = q._replace(calendar=True)  # "how many days apart in the year are those?"
        return evaluate.difference(c, R, q, editions)
    # "between 2019 and 2022" selects years; "the gap between…" asks a gap
    between_years = q.years is not None and BETWEEN_YEARS.search(t.r.text.clean) is not None
    gap = "gap" in q.signals or (
        "between" in t.r.cues
        and (
            bool({"gap", "gaps", "apart", "together"} & t.r.word_set)
            or ("between" in t.r.word_set and not between_years)
            or (t.r.text.han > 0 and any(z in t.r.text.compact for z in _GAP_ZH))
        )
    )
    figure_change = _change_said(t.r) and _figure_asked(lex, q)
    if figure_change and q.operation == "superlative" and not editions and not q.change:
        # "the smallest change in sub-forums between consecutive editions": a figure's step,
        # which the biggest either way is taken for — the smallest is not read here; never the
        # gap in days
        return c.decline(R, "decline_unknown", 0.5)
    if q.operation == "superlative" and gap and not editions:
        # "the longest gap between two consecutive editions": the gaps ranked, never the
        # editions' own lengths
        pool = _numbered(q, c.index.held(t.today), t.r)
        if q.years is not None:
            pool = tuple(e for e in pool if q.years[0] <= e.year <= q.years[1])
        return evaluate.gap_extreme(c, R, q, pool)
    if q.operation == "superlative":
        pool = editions if len(editions) > 1 else _numbered(q, c.index.held(t.today), t.r)
        if q.calendar and q.months:  # "which started earliest in November?": November's
            pool = _in_days_asked(q, pool, ())
        if q.pool and not editions:
            pool = c.index.years(q.pool)  # "which of those had the most attendees?"
        pool = _in_days_asked(q, pool, editions)
        if q.years is not None:
            low, high = q.years
            pool = tuple(e for e in c.index.held(t.today) if low <= e.year <= high)
        if q.by_host and (hosted := host_span(c, t.r.words)) is not None:
            # "the biggest expo while the CAC and Zhejiang were the hosts": of their years
            pool = tuple(e for e in pool if hosted[0] <= e.year <= hosted[1])
            editions = ()
        aside = conditions.years_set_aside(t.r.text.clean) if q.exclude and editions else ()
        kept = tuple(e for e in editions if e.year not in aside)
        if aside and q.years is not None:
            # "among 2021 to 2025 except 2022": the years of the range, less those set aside
            # (never the range's two ends alone)
            low_r, high_r = q.years
            held_r = c.index.held(t.today)
            kept = tuple(e for e in held_r if low_r <= e.year <= high_r and e.year not in aside)
        if aside and len(kept) > 1:
            # "of the first six, except 2015, which had the most guests?", 前六届里除了2015年:
            # the editions named, less those set aside
            pool, editions = kept, ()
        elif q.exclude and editions:  # "the fewest, apart from the 2020 forum"
            # ("except 2019, which numbered…"; "which 3-day edition…, excluding 2017": of those)
            held = c.index.years(q.pool) if q.pool else c.index.held(t.today)
            numbered = _numbered(q, held, t.r)
            # ("in November editions except 2020": the month's, less the year)
            numbered = _in_days_asked(q._replace(exclude=False), numbered, ())
            pool = tuple(e for e in (pool if q.years else numbered) if e not in editions)
            editions = ()
        if q.among is not None:
            # "of the editions with an above-average number of sub-forums, which…": among them
            pool = aggregate.matching(c, R, q.among, pool)
            if not pool:
                return c.refusal(R, R.tpl("agg_none", what=R.tpl("what_people")))
        elif q.number is not None and q.comparator and not editions and not q.position:
            # "which had the most sub-forums, of those over 1,500 guests" read as one clause:
            # the condition would be dropped, and the ranking over every edition is no answer
            return c.decline(R, "decline_unknown", 0.4)
        held = c.index.held(t.today)
        # (a ranking among some editions says so: "the first three", 前三届, "of those" — "the
        # 1st edition had the fewest" is false of them all)
        subset = 1 < len(pool) < len(held)
        selected = q.among is not None or (
            subset and (len(editions) > 1 or q.years is not None or q.by_host or bool(q.pool))
        )
        among = R.tpl("among", items=R.join([str(e.year) for e in pool])) if selected else ""
        if not q.attributes and not q.calendar and not t.has_context and q.among is None:
            # "which edition was closest to New Year?": no figure named to rank by (none is
            # guessed)
            return c.decline(R, "decline_unknown", 0.5)
        if q.relative and q.measure not in ("people", "places", "") and q.per is None:
            # "which expo had the highest share of foreign exhibitors?": a part over its whole,
            # edition by edition — not the most of the part
            return c.decline(R, "decline_unknown", 0.5)
        about = editions[0] if len(editions) == 1 and q.years is None else None
        if about is None and q.yes_no and not editions and len(t.ctx_editions) == 1:
            # "was that the longest ever?" after one edition's length: a verdict on it
            about = c.index.edition(t.ctx_editions[0])
        zh = t.r.text.compact if t.r.text.han else ""
        then = " ".join(t.r.words)
        at_the_time = any(
            p in then for p in ("at the time", "until then", "up to then", "by then", "so far")
        ) or ("yet" in t.r.word_set and q.yes_no)  # "was 2016 the biggest one yet?"
        # 这是当时最多的吗, 那时候, 截至当时: as it stood then
        at_the_time = at_the_time or any(z in zh for z in ("当时", "那时", "截至那", "到那时"))
        if about is not None and (
            "record" in t.r.word_set or "纪录" in zh or "新高" in zh or at_the_time
        ):
            # "did 2023 set a record?": against the editions up to it, as it stood then
            return _record(c, R, q, pool, about)
        answer = evaluate.superlative(c, R, q, pool, about)
        return replace(answer, text=f"{among} {answer.text}") if among else answer
    if q.operation == "filter" and (in_context := month_in_context(c, t)):
        return in_context
    if q.operation == "filter" and q.every and q.yes_no and q.pool and _month_first(lex, t.r):
        # "were all December editions held in odd years?": those of the month, each in the
        # years selected — not every edition of those years in the month
        chosen = q.pool or ()
        return _each_of_month(c, R, t, lambda e: e.year in chosen)
    if (
        q.operation == "filter"
        and q.every
        and q.yes_no
        and q.months
        and "numbered" in q.signals
        and _month_before(lex, t.r, _NUMBERED_SAID)
    ):
        # "were all of the December editions numbered editions?": those of the month, each
        # with an official number — not every numbered edition in the month
        return _each_of_month(c, R, t, lambda e: bool(e.ordinal))
    figured = any(a in _SELECTING or a in lex.counted for a in q.attributes)
    figured = figured or _counts_editions(t.r.words, q.number, lex)
    if q.operation == "filter" and q.number is not None and not q.days and not figured:
        # "did any edition held in December have 16 forums?": a figure no attribute takes —
        # never the month's editions as a yes
        return c.decline(R, "decline_unknown", 0.5)
    if q.operation == "filter":
        numbered = _numbered(q, c.index.held(t.today), t.r)  # "which of the numbered ones…"
        if q.pool and not editions:  # "which of those started on a Sunday?"
            numbered = tuple(e for e in numbered if e.year in q.pool)
        if len(editions) >= 2:  # "how many of the first 5 editions were held in November?"
            numbered = tuple(e for e in numbered if e in editions)
        if "other" in t.r.word_set and t.ctx_editions and not editions:
            # "any other editions that started on a Sunday?": besides the one talked about
            numbered = tuple(e for e in numbered if e.year not in t.ctx_editions)
        kinds = {a[5:] for a in q.attributes if a.startswith("attr:")}
        if kinds and q.months and " and " in t.r.text.clean:
            # "not in November and not online", "…and were held online": the month's editions
            # with (or without) that kind of fact on record too
            second = t.r.text.clean.split(" and ", 1)[1].split()
            without = not _NEGATIONS.isdisjoint(second)
            numbered = tuple(
                e for e in numbered if any(d.about in kinds for d in e.details) != without
            )
        zh = t.r.text.compact if t.r.text.han else ""
        if q.weekday is not None and q.months and q.exclude and _ZH_MONTH_DENIED.search(zh):
            # 哪几届是星期三开幕、但不是在11月: the month set aside, the weekday kept
            numbered = tuple(e for e in numbered if e.start and e.start.month not in q.months)
            q = q._replace(months=(), exclude=False)
        found = evaluate.month_filter(c, R, q, numbered)
        habit = t.r.words[:1] in (("is",), ("are",), ("does",), ("do",))
        habit = habit and t.r.word_set.isdisjoint({"any", "ever", "sometimes", "once"})
        if habit and q.yes_no and q.months and not q.every and q.years is None and not editions:
            # "is the summit held in December?": as a rule — no, where few were (a yes came
            # from the two that were)
            dated = [e for e in numbered if e.start is not None]
            if 2 * len(found.editions) < len(dated):
                usual = evaluate.usual(c, R, q._replace(attributes=("dates",)))
                body = verify.unverdicted(R, found.text).strip()
                return replace(found, text=R.tpl("no", fact=f"{usual.text} {body}"))
        return found
    if q.operation == "reverse":
        if q.days:
            ceremony = "ceremony" in t.r.word_set or "开幕式" in t.r.text.compact
            return evaluate.reverse_dates(c, R, q, ceremony=ceremony)
        terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
        if (
            q.values
            and q.number is None
            and ("attr:keynote" in (*q.attributes, *q.signals) or quotes.attending(terms))
        ):
            # "which editions did Xi send a letter to?": each fact saying it of him ("the
            # year Xi came in person": of him, before "came in" reads as a first)
            listed = evaluate.person_list(c, R, q, terms, lex.fact_names)
            if listed is not None:
                return listed
        if q.first and q.number is None and _has_first(c, q):
            return evaluate.reverse_first(c, R, q, t.r.words, t.r.text.compact)  # 首次线上线下
        if q.values or q.number is not None:
            found = evaluate.reverse_value(c, R, q, t.r.words)
            return _then_asked(c, t, found) if q.number is not None else found
        return evaluate.reverse_first(c, R, q, t.r.words, t.r.text.compact)
    if q.operation == "usual":
        return evaluate.usual(c, R, q)
    if q.operation == "frequency":
        claimed = 2 if "biennial" in t.r.cues else 1
        return evaluate.frequency(c, R, t.today, q.yes_no or "verify" in t.r.cues, claimed)
    return None


def _conflict(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Two references that disagree ("the 4th edition in 2016"): ask rather than guess."""
    kinds = {ref.kind for ref in t.q.refs}
    if len(t.editions) > 1 and {"ordinal", "year"} <= kinds and len(t.q.refs) == 2:
        return c.ambiguous(t.R, t.editions)
    return None


def _faq(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    words = t.r.words
    counted = "how" in words and "many" in words and t.intent.startswith("attr:")
    if counted and any(d.about == t.intent[5:] for e in t.editions for d in e.details):
        return None  # "how many forums at the 2nd": the typed figure, not a Q&A item
    qa = faq_pick(c, t.r, t.editions)
    if qa is not None and qa[0].edition is None and t.intent == "theme" and t.editions:
        # "what does the 2024 theme mean?": an edition's theme asked, no other Q&A item (the
        # logo's meaning shares the words "what does … mean")
        return None
    figure = "attendance" in (*t.q.attributes, *t.q.signals)
    if qa is not None and qa[0].edition is None and t.editions and figure:
        # "the 2023 summit set some kind of record for countries — what number?": an edition's
        # attendance asked, no item about the series (the town's "what kind of" place)
        return None
    if qa is not None and "unsupported" in t.r.signalled and _site_acted(t.r, qa[0]):
        return None  # "can you log in to it and change the homepage?": no address answers it
    if qa is not None and {"how", "many"} <= t.r.word_set and normalise(qa[0].answer).domains:
        return _unknown(c, t)  # "how many visitors did the website get?": no count on record
    if qa is not None and (qa[1] >= FAQ_STRONG or t.score <= 1.5):
        return c.faq_answer(t.R, qa[0], qa[1])
    return None


def _missing(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """References to editions that do not exist, or are not yet recorded."""
    missing = [x for x in t.targets if isinstance(x, NoSuch)]
    upcoming = [x for x in t.targets if isinstance(x, Upcoming)]
    if missing and not t.editions and (t.intent == "numbering" or not upcoming):
        return c.no_such(t.R, missing[0])
    if upcoming and not t.editions:
        answer = c.next_answer(t.R, upcoming[0], t.today)
        zh = t.r.text.compact if t.r.text.han else ""
        where = "where" in t.r.word_set or any(z in zh for z in ("哪里", "哪儿", "在哪", "边度"))
        where = where or t.q.yes_no  # "will the 2027 one be in <the town> too?": its venue
        placed = t.intent == "place" or "place" in t.q.attributes
        # ("will it be in <the town> again?": its own place named)
        # ("in <the town>", 在<镇>: a place claimed — not the town in a name, "<town> Summit")
        home_said = any(
            a in ("in", "at") and b in lex.home for a, b in itertools.pairwise(t.r.words)
        ) or any(f"在{n}" in zh for n in lex.home_zh.split() if zh)
        placed = placed or home_said
        where = where or home_said
        if placed and answer.answered and where and not t.r.months:
            # "where will the next one be held?": not announced — beside the series' own place,
            # its permanent venue, which is a fact (not a claim about that edition)
            held = series.place(c, t.R)
            return replace(answer, text=f"{answer.text} {held.text}", sources=held.sources)
        if _predicted(c, lex, t):
            # "how many will attend next year?": a figure to guess, which saying the edition is
            # not announced does not answer ("who will speak in 2027?" or its theme it does)
            answer = replace(answer, answered=False, intent="decline", operation="decline")
        return answer
    return None


def _predicted(c: Composer, lex: Lexicon, t: Turn) -> bool:
    """Of an edition not yet held: a figure, a detail (who will give the keynote) or a
    person's part ("will Xi speak next year?") asked, or a guess asked outright — not its
    dates, place or theme, which saying it is not announced answers."""
    zh = t.r.text.compact if t.r.text.han else ""
    if any(w in t.r.word_set or (zh and not w.isascii() and w in zh) for w in lex.predict_words):
        return True
    if t.r.unknown:
        return True  # ("what should I pack for the weather next year?": not about it at all)
    if any(x.kind == "following" for x in t.q.refs) and (t.q.unit or "numbered" in t.q.signals):
        # "a year after the 2026 opening", "the one after the last numbered one": a date
        # offset, or an edition described, which the next edition's status does not answer
        return True
    # (a person's part in it: "will Xi speak?"; "mingnian … ji hao kai" names no one)
    if not set(t.q.attributes) <= _WHEN_ASKED and t.q.values:
        return bool(evaluate.people_named(c, t.q.values, lex.fact_names))
    return any(a == "attendance" or a.startswith("attr:") for a in t.q.attributes)


def _claims_number_only(q: Query) -> bool:
    """ "Is the 2026 summit the 13th?": the edition named twice, by the number and otherwise
    (a year), and nothing else claimed of it."""
    if not any(ref.kind == "ordinal" for ref in q.refs) or len(q.refs) < 2:
        return False
    if q.attributes and set(q.attributes) != {"numbering"}:
        return False
    c = q.claim
    return c is None or not (
        c.months
        or c.weekday is not None
        or c.days is not None
        or c.day is not None
        or c.number is not None
        or c.values
        or c.quote
    )


def _by_count(lex: Lexicon, r: Reading) -> bool:
    """ "…by its own count?": the question asks the year count, not the official ordinal."""
    zh = r.text.compact if r.text.han else ""
    zh = zh.replace("不算", "")  # (2020年不算第七届: "counts as", the official number denied)
    return any(w in r.word_set or (not w.isascii() and w in zh) for w in lex.count_words)


def _our_place(c: Composer, t: Turn) -> bool:
    """Whether a yes/no question is about where the series is held: it asks the place, or
    names the series' own town ("is <the town> in <a region>?", "<镇>是在<市>吗")."""
    if t.q.operation != "verify" or not set(t.q.attributes) <= {"place"}:
        return False  # "is its headquarters in <the town>?" asks the organisation
    if "place" in t.q.attributes and (t.r.event_noun or t.r.text.han):
        return True
    s = c.kb.facts.series
    town = normalise(s.place.split(",")[0]).words
    if town and set(town) <= t.r.word_set:
        return True
    zh = s.place_zh or ""
    return bool(zh) and any(len(v) >= 2 and not v.isascii() and v in zh for v in t.q.values)


def _unknown(c: Composer, t: Turn) -> Answer:
    """ "I don't know that", naming the edition when the question named exactly one."""
    if len(t.editions) == 1:
        return c.decline_about(t.R, "decline_unknown", 0.8, t.editions[0])
    return c.decline(t.R, "decline_unknown", 0.8)


def _fitting(t: Turn) -> str | None:
    """The intent read that gives the kind of answer the question word wants, where the top
    one does not ("who headlined the opening?": the keynote, not the opening date)."""
    if _gives(t.wanted, (t.intent, *t.q.attributes)):
        return None
    return next((i for i, _ in t.r.intents if _gives(t.wanted, (i,))), None)


def _gives(wanted: frozenset[str], read: Iterable[str]) -> bool:
    """Whether one of the intents or attributes read ("attr:keynote") is of a wanted kind."""
    return any(i.removeprefix("attr:") in wanted for i in read)


def _wanted(lex: Lexicon, r: Reading) -> frozenset[str]:
    """What the question word ("who") wants answered, or nothing when it wants anything."""
    if r.text.han:  # Chinese: the question word written first
        zh = r.text.compact
        found = [(zh.find(w), w) for w in lex.answered_by if not w.isascii() and w in zh]
        asked = min(found)[1] if found else None
    elif lex.choosy.isdisjoint(r.word_set):
        return frozenset()  # no "who": most questions
    else:
        asked = next((w for w in r.words if w in lex.answered_by), None)
    return lex.answered_by.get(asked or "", frozenset())


def _wrong_kind(lex: Lexicon, t: Turn) -> bool:
    """Whether the question word wants a kind of answer (who: a person or body) that nothing
    it was read as asking gives: "who founded it?" read as the start year."""
    if not t.wanted:
        return False
    if not t.intent:  # "谁…" and nothing read as asked: an overview would not say who
        return bool(t.targets)
    return not _gives(t.wanted, (t.intent, *t.q.attributes, *(i for i, _ in t.r.intents)))


def _counts_unknown(r: Reading) -> bool:
    """ "how many employees…": the thing counted is a word we do not know."""
    words = r.words
    if not r.unknown:
        return False
    return any(
        words[i] == "how" and words[i + 1] in ("many", "much") and words[i + 2] in r.unknown
        for i in range(len(words) - 2)
    )


# The steps in order, each answering (or declining) or handing the turn on; built once.
_APART = frozenset({"apart", "between", "after", "before", "since", "until", "till", "gap"})


def _apart(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many days apart?" after two editions talked of, "how many days between the 2025
    summit and today?": the time between two points, never one edition's own length."""
    words, q = t.r.word_set, t.q
    zh = t.r.text.compact if t.r.text.han else ""
    if not (q.unit or "多少天" in zh or "几天" in zh):
        return None
    if words.isdisjoint(_APART) and not any(
        z in zh for z in ("相隔", "间隔", "隔了", "相距", "距离")
    ):
        return None
    named = [e for e in t.editions if e.start is not None]
    today = not words.isdisjoint({"today", "now"}) or "今天" in zh
    if today and len(named) == 1:  # "between the 2025 summit and today": its close to today
        # (or its opening, or its opening ceremony, where that is the point named)
        opened = "start" in q.signals and "end" not in q.signals
        ceremony = "ceremony" in words or "开幕式" in zh
        return series.ago(
            c, t.R, (named[0],), t.today, q.unit or "days", end=not opened, ceremony=ceremony
        )
    ctx = t.ctx
    if not q.refs and ctx is not None and len(ctx.editions) == 2:
        # "how many days apart were they?" after a list of two (the December editions)
        pair = c.index.years(ctx.editions)
        if len(pair) == 2:
            return evaluate.difference(c, t.R, q, pair)
    if not q.refs and ctx is not None and len(ctx.editions) == 1 and len(ctx.earlier) == 1:
        # "and 2024?" after 2023, then "how many days between them?": the two talked of
        pair = c.index.years((ctx.earlier[0], ctx.editions[0]))
        if len(pair) == 2:
            return evaluate.difference(c, t.R, q, pair)
    return None


def _apart_claimed(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was 2019 more than a year after 2018?", "was the 2021 summit less than a year after
    2020?": the time between the two openings, against the bound claimed — never another
    figure compared."""
    if t.q.yes_no and len(t.editions) == 1 and "ago" in t.r.word_set:
        return _ago_claimed(c, lex, t, t.editions[0])
    if not t.q.yes_no or len(t.editions) != 2 or t.r.word_set.isdisjoint(_APART_WORDS):
        return None
    bound = _age_bound(t, lex)
    first, second = sorted(t.editions, key=lambda e: e.year)
    if bound is None or first.start is None or second.start is None:
        return None
    comparator, n, unit = bound
    edge, start = _shifted(day(first.start), n, unit), day(second.start)
    holds = _against(start, edge, comparator)
    gap = evaluate.difference(c, t.R, t.q._replace(unit="days"), (first, second))
    if not gap.answered:
        return gap
    return replace(gap, text=t.R.tpl("yes" if holds else "no", fact=gap.text), operation="verify")


_APART_WORDS = frozenset({"after", "before", "apart", "later", "earlier", "between"})


def _first_with_kind(c: Composer, lex: Lexicon, t: Turn) -> tuple[Edition, Detail] | None:
    """The first edition with the kind of fact asked ("the first award", "the expo"): by the
    question's own words for that first (the award, not the achievements), else the one the
    facts mark as a first; None when no kind, or several, are asked."""
    kinds = [a[5:] for a in t.q.signals if a.startswith("attr:")]
    said = t.r.text.clean + t.r.text.compact
    parts = [p for p in lex.part_words if p in said]  # "the first award": its own words
    marked = [
        (e, d)
        for e in c.editions
        for d in e.details
        if d.about in kinds
        and (
            any(p in d.text.casefold() or p in (d.text_zh or "") for p in parts)
            if parts
            else d.first
        )
    ]
    if len({d.about for _, d in marked}) != 1:
        return None  # no kind (or several) the facts mark a first of
    return min(marked, key=lambda m: m[0].year)


def _first_of_kind_ago(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many years since the expo was first held?", "how long ago was the first expo?":
    the time since the first edition with that kind of fact (not since the 1st edition)."""
    q, words = t.q, t.r.word_set
    timed = t.intent == "ago" or ("ago" in q.signals and bool(q.unit))
    firsts = q.first or "first" in words or "首次" in t.r.text.compact
    if not timed or not firsts or any(ref.kind == "year" for ref in q.refs) or t.has_context:
        return None
    if not any(a.startswith("attr:") for a in q.signals):
        return None
    found = _first_with_kind(c, lex, t)
    if found is None:
        return None
    return series.ago(c, t.R, (found[0],), t.today, q.unit)


def _to_first_of_kind(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many years after the first one was the first Leading Technology Award given?",
    "…did the expo start?": from the first edition to the first with that kind of fact."""
    q, words = t.q, t.r.word_set
    if not how_many(t.r) or q.unit not in _UNITS or "after" not in words:
        return None
    if Ref("ordinal", 1) not in q.refs or len(q.refs) != 1:
        return None
    found = _first_with_kind(c, lex, t)
    if found is None:
        return None
    if any(d.date is not None and d.about == found[1].about for d in c.kb.facts.series.details):
        return None  # "days after the org was founded did its first summit open": from that day
    opening = min((e for e in c.editions if e.start), key=lambda e: day(e.start))
    if found[0] is opening:
        return None
    return evaluate.difference(c, t.R, q, (opening, found[0]))


def _before_first_of_kind(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many editions came before the first expo?", "…before the achievements were
    first released?": the editions held before the first with that kind of fact."""
    q, words = t.q, t.r.word_set
    if not how_many(t.r) or q.unit in _UNITS or words.isdisjoint(("before", "prior")):
        return None
    if q.refs or ("first" not in words and "first" not in t.r.cues):
        return None
    noun = count_noun(t.r.words)
    if any(a.startswith("attr:") for a in lex.intent_words.get(noun, ())):
        return None  # "how many expos before the first award?": not the editions
    found = _first_with_kind(c, lex, t)
    if found is None:
        return None
    e, d = found
    side = [x for x in c.index.held(t.today) if x.year < e.year]
    fact = t.R.tpl("reverse_first", name=t.R.name(e), year=e.year, text=t.R.detail_text(d))
    items = t.R.join([t.R.name_year(x) for x in side]) or "—"
    text = t.R.tpl("before_first_of_kind", fact=fact, n=len(side), items=items)
    years = tuple(x.year for x in side) or (e.year,)
    return c.series_answer(t.R, "count", text, years, intent="count")


def _before_its_first(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was there a blue book at the first one?", 2015年有领先科技成果吗, "a leading technology
    award in 2016?": no where the edition asked has no fact of that kind (or of the part
    named: the award) and the facts mark its first at a later edition — said
    with that first (not where the first's own words name the edition asked: the expo's
    2014 forerunner)."""
    q = t.q
    if not q.yes_no or len(t.editions) != 1 or t.has_context:
        return None
    kinds = {a[5:] for a in q.attributes if a.startswith("attr:")}
    labels = _kind_labels(c, kinds)
    if any(v.casefold() not in labels.casefold() for v in q.values):
        return None  # (a value said of it: "…released by Xi") — its words, not the kind
    e = t.editions[0]
    other = [s for s in q.signals if s in ("hosts", "keynote", "theme", "attendance")]
    if len(kinds) != 1 or len(q.attributes) != 1 or other:  # (hosted by the organisation)
        return None
    parts = [p for p in lex.part_words if p in t.r.text.clean + t.r.text.compact]
    own = [d for d in e.details if d.about in kinds]
    if own and not parts:
        return None
    if any(p in f"{d.text} {d.text_zh or ''}".casefold() for d in own for p in parts):
        return None  # ("was there an award in 2023?": its own facts name it)
    found = _first_with_kind(c, lex, t)
    if found is None or found[0].year <= e.year:
        return None
    first, d = found
    if str(e.year) in d.text or str(e.year) in (d.text_zh or ""):
        return None
    if not _says_first(lex, d):
        return None  # (marked a first, its words not saying so: online and offline in 2020)
    said = set(re.findall(r"[a-z]+", d.text.casefold()))
    if parts and all(p.isascii() and " " not in p for p in parts):
        # "awards in 2021?": awards of any kind, not the one award the facts mark a first of
        # ("the Leading Technology Award" names it: its words are in that first's text)
        named = [w for w in t.r.words if w not in parts and len(w) > 3 and w in said]
        if not named:
            return None
    zh = t.r.text.compact
    for p in (p for p in parts if len(p) == 1 and not p.isascii()):
        # 2021年有奖吗: any award; 2016年有领先科技奖吗 names the one (科技奖 in its first's words)
        at = zh.find(p)
        if at < 2 or zh[at - 2 : at + 1] not in (d.text_zh or ""):
            return None
    fact = t.R.tpl("reverse_first", name=t.R.name(first), year=first.year, text=t.R.detail_text(d))
    text = t.R.tpl("before_its_first", year=first.year, fact=fact)
    return c.series_answer(t.R, "verify", text, (e.year, first.year), intent="verify")


_ZH_NTH_TIME = lazy(r"第([一二两三四五六七八九十\d]{1,3})(?:次|个|場|场)")


def _says_first(lex: Lexicon, d: Detail) -> bool:
    """Whether a fact's own words say it was a first ("for the first time", 首次)."""
    said = set(re.findall(r"[a-z]+", d.text.casefold()))
    firsts = {w for w in said if "first" in lex.cue_words.get(w, ())}  # "launched", "debut"
    return "first" in said or bool(firsts) or "首" in (d.text_zh or "")


def _nth_claimed(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "2022 was the second annual meeting of the organisation?", 2022年是第三次年会吧: an
    ordinal claimed of one edition's fact of a kind — no where the fact says it was the first
    and another is claimed, yes where the first is; where the edition has no such fact, or
    its words give no ordinal, no verdict."""
    q, r = t.q, t.r
    if not q.yes_no or len(t.editions) != 1 or any(x.kind == "ordinal" for x in q.refs):
        return None
    kinds = {a[5:] for a in q.attributes if a.startswith("attr:")}
    if len(kinds) != 1 or len(q.attributes) != 1 or t.has_context:
        return None
    w, n = r.words, None
    for i, word in enumerate(w):
        after = w[i + 1] if i + 1 < len(w) else ""
        if (v := ordinal_value(word, lex)) is not None and after not in lex.event_nouns:
            if after == lex.short or q.values:
                return None  # ("the very first <series>": the edition; a person's part)
            n = v if after not in HEADS - {"time"} else None  # ("the first edition with…")
            break
    if n is None and r.text.han and (m := _ZH_NTH_TIME.search(r.text.compact)):
        n = zh_number(m[1], lex.zh_numerals)
    if n is None:
        return None
    e = t.editions[0]
    facts = [d for d in e.details if d.about in kinds]
    if not facts or not _says_first(lex, facts[0]):
        return _unknown(c, t)  # (the 2024 summit "the third annual meeting": not said)
    fact = t.R.tpl("of_edition", name=t.R.name_year(e), text=t.R.detail_text(facts[0]))
    text = t.R.tpl("yes" if n == 1 else "no", fact=fact)
    return c.edition_answer(t.R, "verify", text, e)


def _those_of_one(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many of those achievements?" just after one edition's highlights: that edition's
    figure of the kind — not how many editions have it on record."""
    q, r = t.q, t.r
    if q.refs or len(t.ctx_editions) != 1 or not how_many(r) or _THOSE.isdisjoint(r.word_set):
        return None
    if len(q.pool) > 1:
        return None  # "of them, how many were online?" after the one a ranking picked: those
    if not r.word_set.isdisjoint(_EDITIONS_COUNTED | {"edition"}):
        return None  # "how many of those editions…": editions
    kinds = [a for a in q.attributes if a.startswith("attr:")]
    if len(kinds) != 1 or q.measure not in ("people", ""):
        return None  # ("how many of them were foreign?": a part the figure may not give)
    return c.lookup(t.R, kinds[0], c.index.years(t.ctx_editions), t.today, 0.8)


def _count_with_kind(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many expos have there been?", "how many summits had sub-forums after 2018?": the
    editions with that kind of fact on record, within the years asked (not one edition's
    figure, unless the thing counted is what the figure counts: "how many sub-forums")."""
    q, r = t.q, t.r
    if not r.word_set.isdisjoint({"no", "without"}) and not how_many(r):
        return None  # "which editions have no recorded achievements (from 2016 on)?": lacking
    listed = bool(_LISTED & r.word_set) and q.years is not None  # "list the editions with…"
    counting = how_many(r) or (r.words[:1] == ("count",)) or ("number" in r.word_set)
    if not (counting or listed) or t.yes_no or q.number is not None or q.unit in _UNITS:
        return None
    if not how_many(r) and (q.operation != "lookup" or q.aggregate):
        return None  # "the average number of…", "which edition after 2021 had the fewest…"
    if r.text.han:
        return _count_with_kind_zh(c, lex, t)  # (发布, 举办: verbs read as names)
    if q.values:
        return None
    prior = t.ctx.query if t.ctx is not None and t.ctx.intent == "count" else None
    if prior is not None and q.years is not None and not _THOSE.isdisjoint(r.word_set):
        # "how many of them before 2020?" after "how many expos have there been?"
        carried = {a[5:] for a in (*prior.attributes, *prior.signals) if a.startswith("attr:")}
        asked = {a[5:] for a in q.attributes if a.startswith("attr:")}
        if len(carried) == 1 and asked <= carried:
            span = None if q.years == (0, 9999) else q.years
            return series.count_having(c, t.R, t.today, next(iter(carried)), span=span)
    noun = count_noun(r.words) if counting else next((w for w in r.words if w in HEADS), "")
    kinds = {a[5:] for a in lex.intent_words.get(noun, ()) if a.startswith("attr:")}
    own = bool(kinds)  # "how many expos": the kind's own noun
    if not own:
        edition = noun in lex.event_nouns or noun in HEADS or noun.rstrip("s") == lex.short
        if not edition or r.word_set.isdisjoint(_HAVING_VERBS):
            return None
        kinds = {a[5:] for a in q.signals if a.startswith("attr:")}
    if q.years is None and not r.word_set.isdisjoint(("before", "after", "since", "prior")):
        return None  # "how many expos before the first award?": a bound not read as years
    if len(kinds) != 1 or (q.years is None and (q.refs or not own)):
        return None  # one edition's figure; or "how many had an expo?", answered as it was
    kind = next(iter(kinds))
    dated = any(d.date is not None and d.about == kind for d in c.kb.facts.series.details)
    if dated and "hosts" in q.signals:
        return None  # "how many hosted by the international organisation before 2024?": hosts
    details = [d for e in c.editions for d in e.details if d.about == kind]
    units = {w for d in details for w in normalise(d.unit or "").words}
    after = r.words[r.words.index(noun) + 1 : r.words.index(noun) + 2] if noun in r.words else ()
    if not details or noun in units or not units.isdisjoint(after):
        return None  # "how many sub-forums before 2019", "how many expo companies": a figure
    if own and noun not in lex.event_nouns and any(d.number is not None for d in details):
        return None  # "how many awards": of those counted, not the editions that had them
    span = None if q.years == (0, 9999) else q.years
    return series.count_having(c, t.R, t.today, kind, span=span, pool=q.pool)


_HAVING_VERBS = frozenset(
    {
        "had",
        "have",
        "has",
        "with",
        "featured",
        "included",
        "released",
        "published",
        "launched",
        "gave",
        "awarded",
        "hosted",
        "staged",
    }
)
_LISTED = frozenset({"list", "which"})
_THOSE = frozenset({"them", "those", "these"})
# "was it ever held in …?", "has it at any time been …": of every event, not one edition
_EVER_WORDS = frozenset({"ever", "anytime", "sometime", "once"})
# "the first one's format", "what was the format of the first one": the edition's own fact
_OWN_FACT = frozenset({"of", "its", "s", "format", "whats", "what"})
# 什么是国际组织, 这个名字是什么意思: a term's meaning, which no fact of ours gives
_PARTY_ASKED = lazy(
    r"(?i)^\s*(?:what\s+is|what's|whats|what\s+does|what\s+do|tell\s+me\s+about)\b"
    r"|是做什么的|是干什么的|是什么机构|是什么部门|负责什么"
)
_DEFINE_ZH = lazy(r"(?:请问)?(?:什么是[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,10}是什么意思)[？?]?$")
_DEFINE_GENERAL = lazy(
    r"(?i)\s*(?:so\s+|ok\s+|hey\s+)?(?:what(?:'s|s|\s+is|\s+exactly\s+is)|define|explain)\s+"
    r"(?:a|an)\s+[a-z]"
)
_SOME = frozenset({"a", "an", "any", "another", "other", "some"})


def _some_event(lex: Lexicon, t: Turn) -> bool:
    """ "did the organisation hold a forum in Brazil?", "an event in 2024": some event of the
    organisation's, said with "a", "any" — not one of the editions."""
    words = t.r.words
    return "events" in t.r.word_set or any(
        w in _SOME and (words[i + 1] in lex.event_nouns or words[i + 1] in ("event", "events"))
        for i, w in enumerate(words[:-1])
    )


_PLANNED = frozenset({"going", "gonna", "plan", "plans", "planned", "planning", "future"})


_CHANGE_WORDS = frozenset({"change", "changes", "swing", "difference"})


def _change_said(r: Reading) -> bool:
    """ "The largest change", "the smallest swing": a change asked by a word of change."""
    return not r.word_set.isdisjoint(_CHANGE_WORDS)


def _figure_asked(lex: Lexicon, q: Query) -> bool:
    """Whether a counted figure (attendance, sub-forums, …) is what the query asks."""
    return any(a in lex.counted or a == "attendance" for a in q.attributes)


def _numbered_parity_claim(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was 2021 an odd-numbered edition?": by its official number — no where it has none
    (the year's own parity is no number), with what its numbering is."""
    q = t.q
    if "parity_numbered" not in q.signals or not q.yes_no or len(t.editions) != 1:
        return None
    e = t.editions[0]
    fact = verify.numbering_of(c, t.R, e)
    held = bool(e.ordinal) and e.year in (q.pool or ())
    return replace(fact, text=t.R.tpl("yes" if held else "no", fact=fact.text))


def _none_selected(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "The odd-numbered editions after 2018", 奇数届在2018年以后有哪些: a selection no
    edition is in — none of them, never every edition of the years."""
    if "none_selected" not in t.q.signals or t.q.yes_no or t.editions:
        return None
    held = c.index.held(t.today)
    text = t.R.tpl("count_of_asked_none", total=len(held))
    return c.series_answer(t.R, "count", text, (), intent="count")


def _parts_unnamed(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "What were the four sections of 2019 called?": the names of parts a fact only counts
    are unknown — the count is stated, never offered as the names."""
    q, r = t.q, t.r
    # ("what were the sections called?" after 2019's sub-forums: of that edition)
    editions = t.editions or (c.index.years(t.ctx_editions) if not q.refs else ())
    if q.measure == "places" or len(editions) != 1 or q.operation != "lookup":
        return None  # most questions
    # ("what was the name of the 2020 forum's first sub-forum?": the counted things' own
    # names, which the facts never give)
    own = q.measure == "people" and q.attributes[:1] != () and q.attributes[0] in lex.counted
    if q.measure == "people" and not own:
        return None
    zh = r.text.compact if r.text.han else ""
    named = not r.word_set.isdisjoint(_NAMING) or any(z in zh for z in _NAMING_ZH)
    if not (named or _the_n_parts(r, lex)) or how_many(r) or "sources" in q.signals:
        return None  # ("the source for the 15 achievements": a source asked)
    detail = next((a for a in q.attributes if a.startswith("attr:")), None)
    owners = [a for a, kinds in lex.kinds_of.items() if q.measure in kinds]
    detail = detail or (owners[0] if len(owners) == 1 else None)  # 板块叫什么: the sub-forums'
    e = editions[0]
    found = [d for d in e.details if detail and d.about == detail[5:]]
    if not found:
        return None
    if own:
        # (the things counted, named by their unit — "the first sub-forum" — not the
        # fact's own thing: "what was the 2016 expo called?" has its name)
        said = {w.rstrip("s") for w in r.words}
        units = [d.unit_zh if zh else d.unit for d in found if d.number is not None]
        stems = {w.rstrip("s") for u in units if u for w in normalise(u).words if len(w) > 3}
        if not stems & said and not any(u and zh and u.lstrip("个家项场") in zh for u in units):
            return None
    fact = " ".join(t.R.detail_text(d) for d in found)
    what = t.R.attribute_label(detail[5:]) if own and detail else t.R.figure_label(q.measure)
    text = t.R.tpl("names_unknown", what=what, fact=fact)
    return replace(c.refusal(t.R, text), editions=(e.year,))


def _the_n_parts(r: Reading, lex: Lexicon) -> bool:
    """ "What were the 4 sections of the 2019 sub-forums?": the parts asked one by one, by
    their number ("what/which were the (other) four <parts>")."""
    words = r.words
    if r.word_set.isdisjoint({"what", "which", "list", "name"}):
        return False
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if (
            a in ("the", "other")
            and ((b.isdigit() and len(b) <= 2) or b in lex.numbers)
            and c.endswith("s")
        ):
            return not c[:1].isdigit()
    return False


def _topic_unrecorded(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Was there a sub-forum on AI in 2023?": the facts count an edition's parts but do not
    list their topics — unknown, with the count (it was answered with the count alone, or
    with a yes and the dates)."""
    q, r = t.q, t.r
    # ("what share of the 2023 sub-forums were about AI?": a share of them, as unknown)
    share = q.relative or "percent" in r.cues
    if not (q.yes_no or share) or q.number is not None or len(t.editions) != 1:
        return None
    if r.word_set.isdisjoint(_ON_TOPIC):
        return None
    e, words = t.editions[0], r.words
    for i in range(1, len(words) - 1):
        head, topic = words[i - 1], words[i + 1]
        if share and i >= 2 and head in ("were", "was", "are", "is"):
            head = words[i - 2]  # "sub-forums were about AI"
        if words[i] not in _ON_TOPIC or head not in _PART_HEADS:
            continue
        if (
            topic.isdigit()
            or topic in ("the", "that", "it", "this", "a", "an")
            or topic in lex.months
        ):
            return None
        asked = {a[5:] for a in q.attributes if a.startswith("attr:")}
        # the detail that counts such parts ("forums", "sub-forums"), or the one asked
        found = [
            d
            for d in e.details
            if d.about in asked or head.rstrip("s") in " ".join(normalise(d.unit or "").words)
        ]
        what = t.R.attribute_label(found[0].about) if found else head
        fact = " ".join(t.R.detail_text(d) for d in found)
        text = t.R.tpl("topics_unknown", what=what, fact=fact).strip()
        return replace(c.refusal(t.R, text), editions=(e.year,))
    return None


_ON_TOPIC = frozenset({"on", "about", "covering", "regarding", "concerning"})
_PART_HEADS = frozenset(
    {"forum", "forums", "subforum", "subforums", "session", "sessions", "panel"}
)

_NAMING = frozenset({"called", "named", "names", "name", "titled", "titles"})
_NAMING_ZH = (
    "叫什么",
    "名称",
    "名字",
    "叫做",
    "分别是",
    "都是什么",
    "具体是哪些",
)


def _count_unrecorded(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many ten-year honours were handed out in 2023?": a count of a kind of fact whose
    text gives no number at all (nor names what it counts) — unknown, with what the facts
    say, never the fact as if it answered."""
    q = t.q
    if len(t.editions) != 1 or q.operation != "lookup" or not how_many(t.r):
        return None
    kinds = {a[5:] for a in q.attributes if a.startswith("attr:")} - {"keynote"}
    if len(kinds) != 1 or len(q.attributes) != 1:
        return None
    kind = next(iter(kinds))
    found = [d for d in t.editions[0].details if d.about == kind]
    if not found or any(d.number is not None or d.figures for d in found):
        return None
    if any(ch.isdigit() for d in found for ch in d.text):
        return None  # ("the blue books … 2017 and … 2017": named, so counted by the reader)
    e, R = t.editions[0], t.R
    fact = " ".join(R.detail_text(d) for d in found)
    label = R.attribute_label(kind)
    return c.refusal(R, R.tpl("count_unrecorded", label=label, name=R.name(e), fact=fact))


def _parts_unmeasured(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which sub-forum drew the biggest crowd in 2021?" ranks the parts of one edition, and
    "which expo had the most visitors?" counts people the expo's facts do not count: both
    unknown, never the editions' sub-forum or exhibitor counts in their place."""
    q, r = t.q, t.r
    if q.operation != "superlative":
        return None
    if q.exclude or q.number is not None or q.among is not None or q.conditions or q.per:
        return None  # "excluding 2025, which expo…", "among those with 1,600 attendees…"
    zh_day = r.text.han > 0 and any(z in r.text.compact for z in ("哪一天", "哪天"))
    if len(t.editions) == 1 and (
        ("which", "day") in zip(r.words, r.words[1:], strict=False) or zh_day
    ):
        # "which day of the 2025 summit had the most attendees?": no figures per day
        return c.refusal(t.R, t.R.tpl("within_days"))
    head = _which_head(r, lex)
    if head and len(t.editions) == 1:
        what = t.R.attribute_label(head)
        return c.refusal(t.R, t.R.tpl("within_unranked", what=what))
    kinds = {a[5:] for a in (*q.attributes, *q.signals) if a.startswith("attr:")}
    zh = r.text.compact if r.text.han else ""
    said = any(w in r.word_set or (not w.isascii() and w in zh) for w in lex.people_words)
    if not said or len(kinds) != 1:
        return None
    kind = next(iter(kinds))
    units = [t.R.pick(d.unit, d.unit_zh) for e in c.editions for d in e.details if d.about == kind]
    people = any(
        "attendance" in lex.intent_words.get(w, ())
        for e in c.editions
        for d in e.details
        if d.about == kind
        for w in normalise(d.unit or "").words
    )
    if people or not any(units):
        return None
    unit = Counter(u for u in units if u).most_common(1)[0][0].lstrip("家个项场名位")  # 家企业
    what = t.R.attribute_label(kind)
    return c.refusal(t.R, t.R.tpl("people_unmeasured", what=what, units=unit))


def _which_head(r: Reading, lex: Lexicon) -> str:
    """The kind of fact a "which" asks one of ("which sub-forum…", 哪个分论坛), or ""."""
    words = r.words
    for i, w in enumerate(words[:-1]):
        if w == "which":
            kinds = [a[5:] for a in lex.intent_words.get(words[i + 1], ()) if a.startswith("attr:")]
            return kinds[0] if kinds else ""
    compact = r.text.compact
    if r.text.han and any(z in compact for z in _WHICH_ZH):
        for z, intent in lex.intent_zh:
            if intent.startswith("attr:") and any(f"{w}{z}" in compact for w in _WHICH_ZH):
                return intent[5:]
    return ""


_WHICH_ZH = ("哪个", "哪一个", "哪场", "哪一场")


def _latest_of_kind(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "When was the last expo?", 最近一次博览会: the latest edition with that kind of fact
    on record, not the latest edition (which may have none recorded)."""
    q, r = t.q, t.r
    if t.yes_no or q.number is not None:
        return None  # (分论坛少于20个的最近一届: the last with that figure, not of that kind)
    words = r.words
    said = f" {' '.join(words)} "
    # "the expo before last", "the penultimate expo": the second latest, its kind named first
    before_last = " before last " in said or (bool(q.refs) and " penultimate " in said)
    kind_first = q.refs in ((), (Ref("previous"),)) and before_last
    if kind_first:
        back = 2
    elif len(q.refs) == 1 and q.refs[0].kind == "from_last":
        back = q.refs[0].value  # "the second-to-last expo"
    elif q.refs == (Ref("latest"),):
        back = 1
    else:
        return None
    kinds = {a[5:] for a in q.signals if a.startswith("attr:")}
    if len(kinds) != 1:
        return None
    at = next((i for i, w in enumerate(words) if w in _LATEST_WORDS), None)
    if kind_first:
        pass  # the kind is named before "before last": no word after "last" to check
    elif at is not None:
        # "the last expo", not "the expo at the last summit"
        near = (a for w in words[at + 1 : at + 3] for a in lex.intent_words.get(w, ()))
        if not any(a.startswith("attr:") for a in near):
            return None
    elif not (r.text.han and any(z in r.text.compact for z in ("最近一次", "最近一届", "上一次"))):
        return None
    kind = next(iter(kinds))
    held = c.index.held(t.today)
    having = [e for e in held if any(d.about == kind for d in e.details)]
    if len(having) < back or (back == 1 and having[-1] is held[-1]):
        return None
    e = having[-back]
    d = next(d for d in e.details if d.about == kind)
    if back > 1:  # the place counted among those that had one, said plainly
        text = t.R.tpl("reverse_first", name=t.R.name(e), year=e.year, text=t.R.detail_text(d))
        return c.edition_answer(t.R, "reverse", text, e)
    text = t.R.tpl(
        "reverse_latest",
        what=t.R.attribute_label(kind),
        name=t.R.name(e),
        year=e.year,
        text=t.R.detail_text(d),
        latest=t.R.name_year(held[-1]),
    )
    return c.edition_answer(t.R, "reverse", text, e)


_LATEST_WORDS = frozenset({"last", "latest", "recent", "newest"})


def _became_zh(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """X是什么时候成为永久会址的？: the edition whose facts say it became that (the
    English "when did it become…" finds it by its words; the Chinese names no value)."""
    if not t.r.text.han or t.q.refs:
        return None
    m = _BECAME_ZH.search(t.r.text.compact)
    if m is None:
        return None
    what = m["what"].removesuffix("的")
    hits = [
        (e, text)
        for e in c.editions
        for text in (*e.highlights_zh, *(d.text_zh or "" for d in e.details))
        if what in text
    ]
    if len({e.year for e, _ in hits}) != 1:
        return None
    e, said = hits[0]
    english = next(
        (h for h, z in zip(e.highlights, e.highlights_zh, strict=False) if z == said), ""
    )
    text = t.R.tpl("reverse_first", name=t.R.name(e), year=e.year, text=t.R.pick(english, said))
    return c.edition_answer(t.R, "reverse", text, e)


_BECAME_ZH = lazy(
    r"(?:什么时候|哪一?年|何时|几时)(?:被)?(?:成为|成了|被定为|定为|确定为|被授予|获得)"
    r"(?P<what>[^？?，,。]{2,12}?)(?:的)?$"
)


def _started_claim(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "The expo started in 2016", "the expo began in 2015, right?": a claim about the year
    of that kind of fact's first, checked against the edition the facts mark as its first
    (not the dates of the edition of the year claimed)."""
    q, r = t.q, t.r
    years = [ref.value for ref in q.refs if ref.kind == "year"]
    compact = r.text.compact if r.text.han else ""
    said = not r.word_set.isdisjoint(_STARTED) or "first" in r.word_set
    said = said or any(z in compact for z in _STARTED_ZH)  # 博览会是2016年开始的吧？
    if asks_any(r):
        return None  # "were there (any) achievements launched in 2020?": whether it had any
    if len(years) != 1 or len(q.refs) != 1 or not said:
        return None
    asked = not _QUESTION_WORDS.isdisjoint(r.word_set) or any(z in compact for z in _ASKED_ZH)
    if asked or q.number is not None:
        return None  # "when did the expo start?", "how many came to the first expo…": asked
    if not r.word_set.isdisjoint(_MEASURED_AGAINST):
        return None  # "first expo with at least double the exhibitors of 2015's": no claim
    found = _first_with_kind(c, lex, t)
    if found is None:
        return None
    e, d = found
    if any(v.isascii() and v not in normalise(d.text).words for v in q.values):
        return None  # "the first time Xi attended in person": his part, not the kind's first
    claimed = c.index.edition(years[0])
    verbs = _STARTED & r.word_set
    if (
        claimed is not None
        and verbs
        and any(
            x.about == d.about and not verbs.isdisjoint(normalise(x.text).words)
            for x in claimed.details
        )
    ):
        return None  # "2020 achievements launched?": its own fact says so of that year
    fact = t.R.tpl("reverse_first", name=t.R.name(e), year=e.year, text=t.R.detail_text(d))
    yes = e.year == years[0]
    answer = c.edition_answer(t.R, "verify", t.R.tpl("yes" if yes else "no", fact=fact), e)
    verdict = Verdict("yes" if yes else "no", tuple(dict.fromkeys((years[0], e.year))))
    return replace(answer, result=verdict)


_STARTED = frozenset({"started", "began", "begun", "launched", "introduced", "debuted"})
_QUESTION_WORDS = _ASKING | {"why"}
_STARTED_ZH = ("开始", "首次", "第一次", "才有", "开办", "创办", "起步", "推出")
_ASKED_ZH = ("什么时候", "哪一年", "哪年", "几时", "何时", "多少", "几", "哪")


_UNITS = frozenset({"years", "months", "weeks", "days"})


def _closing_speaker(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Who spoke at the 2026 closing ceremony?": the facts record the opening's keynote,
    which is no answer to the closing's — unknown, never the opening's speaker."""
    if "attr:keynote" not in t.q.signals or len(t.editions) != 1:
        return None
    zh = t.r.text.compact if t.r.text.han else ""
    closing = not t.r.word_set.isdisjoint(_CLOSING) or "闭幕" in zh
    opening = not t.r.word_set.isdisjoint(_OPENING) or "开幕" in zh
    if not closing or opening:
        return None
    e = t.editions[0]
    answer = c.refusal(t.R, t.R.tpl("closing_unknown", name=t.R.name_year(e)))
    return replace(answer, editions=(e.year,))


_CLOSING = frozenset({"closing", "close", "closed", "end"})
_OPENING = frozenset({"opening", "open", "opened", "start"})


def _ago_claimed(c: Composer, lex: Lexicon, t: Turn, e: Edition) -> Answer | None:
    """ "Was the 2017 one more than 3000 days ago?": the time from its opening to today, against
    the bound claimed — not its length."""
    bound = _age_bound(t, lex)
    if bound is None or e.start is None:
        return None
    comparator, n, unit = bound
    edge, today = _shifted(day(e.start), n, unit), t.today
    holds = {
        "more": today > edge,
        "less": today < edge,
        "least": today >= edge,
        "most": today <= edge,
    }[comparator]
    days = (today - day(e.start)).days
    fact = t.R.tpl("ago_past", name=t.R.name(e), ago=t.R.days(days), start=t.R.date(day(e.start)))
    answer = c.edition_answer(t.R, "verify", t.R.tpl("yes" if holds else "no", fact=fact), e)
    return replace(answer, intent="ago")


def _on_a_day(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "What happened on 2022-07-12?": a series fact of that very day (the founding), not
    the edition of that year, which was held months later."""
    q = t.q
    years = [ref.value for ref in q.refs if ref.kind == "year"]
    if len(q.months) != 1 or len(q.days) != 1 or len(years) != 1 or q.yes_no:
        return None
    try:
        on = dt.date(years[0], q.months[0], q.days[0])
    except ValueError:
        return None
    if any(e.start and day(e.start) <= on <= day(e.end or e.start) for e in c.editions):
        return None  # a day of an edition: that edition
    facts = [d for d in c.kb.facts.series.details if d.date == on]
    if len(facts) != 1:
        return None
    d = facts[0]
    return c.series_answer(t.R, "lookup", t.R.pick(d.text, d.text_zh), (), intent=f"attr:{d.about}")


_NUMBER_NOUNS = frozenset({"number", "numbers", "figure", "figures", "count", "counts"})
_NOT_FIGURES = frozenset(
    {"year", "years", "numbered", "ordinal", "ordinals", "edition", "editions"}
)


def _figure_parity(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Which recorded expo exhibitor figure is an odd number?", 哪些参会人数是偶数: the exact
    figures of that parity; one given as "more than" or "about" leaves its parity open."""
    words, zh = t.r.word_set, (t.r.text.compact if t.r.text.han else "")
    odd = "odd" in words or "奇数" in zh
    if not (odd or "even" in words or "偶数" in zh):
        return None  # most questions
    if t.q.yes_no and len(t.editions) != 1:
        return None
    if not zh and (
        words.isdisjoint(_NUMBER_NOUNS) or not words.isdisjoint(_NOT_FIGURES - {"edition"})
    ):
        return None  # "odd years", "even-numbered editions": the years, not a figure
    if zh and any(z in zh for z in ("奇数年", "偶数年", "单数年", "双数年", "数届")):
        return None  # 奇数年的博览会: the years, not a figure
    attribute = comparable(t.q)
    if not (attribute.startswith("attr:") or attribute == "attendance"):
        return None
    R = t.R
    if t.q.yes_no:
        # "is the 2017 exhibitor number odd?": of an exact figure, yes or no; "more than 400"
        # leaves it open
        e = t.editions[0]
        m = measure(R, e, attribute, t.q.measure)
        if m is None:
            return None
        what = label_of(R, attribute, t.q.measure, c)
        parity = R.tpl("parity_odd" if odd else "parity_even")
        if not m.exact:
            return replace(
                c.refusal(R, R.tpl("parity_no_exact", what=what, parity=parity)), editions=(e.year,)
            )
        fact = R.tpl("agg_part", year=e.year, value=m.shown)
        said = R.tpl("yes" if (m.value % 2 == 1) == odd else "no", fact=fact)
        return c.edition_answer(R, "verify", said, e)
    pool = t.editions if len(t.editions) > 1 else c.index.held(t.today)
    rows = [m for e in pool if (m := measure(R, e, attribute, t.q.measure)) is not None]
    if not rows:
        return None
    exact = [m for m in rows if m.exact]
    hits = [m for m in exact if (m.value % 2 == 1) == odd]
    what = label_of(R, attribute, t.q.measure, c)
    parity = R.tpl("parity_odd" if odd else "parity_even")
    if not exact:  # every figure "more than" or "about": no parity to say
        return c.refusal(R, R.tpl("parity_no_exact", what=what, parity=parity))
    items = R.tpl("list_sep").join(
        R.tpl("agg_part", year=m.edition.year, value=m.shown) for m in hits
    )
    text = (
        R.tpl("parity_hits", what=what, parity=parity, items=items)
        if hits
        else R.tpl("parity_none", what=what, parity=parity)
    )
    if open_ := [m for m in rows if not m.exact]:
        text += " " + R.tpl("parity_open", items=R.join([str(m.edition.year) for m in open_]))
    answer = c.series_answer(R, "filter", text, tuple(m.edition.year for m in hits))
    return replace(answer, intent="which")


def _anniversary(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "When is the organisation's 5th anniversary?", 国际组织成立十周年是哪天: the day its
    dated fact comes round again — not the 5th edition."""
    zh = t.r.text.compact if t.r.text.han else ""
    # (a plural read as a typo; "birthday" of a founding is its anniversary)
    said = any(w.startswith(("anniversar", "birthday")) for w in t.r.words)
    if not said and "周年" not in zh:
        return None
    if t.r.unknown and not t.r.series_named:
        return None  # "the 5th anniversary of my wedding", "… of Alibaba's founding"
    signals = set(t.q.signals)
    talked = t.ctx.intent if t.ctx is not None and t.ctx.intent else ""
    # ("…of the first edition" names one of its own: its opening's anniversary)
    own = len(t.q.refs) > 1 or any(ref.kind != "ordinal" for ref in t.q.refs)
    if talked.startswith("attr:") and not own:
        signals.add(talked)  # "what weekday will its 5th anniversary be?" after the founding
    dated = [
        d for d in c.kb.facts.series.details if d.date is not None and f"attr:{d.about}" in signals
    ]
    if len(dated) != 1 or (d := dated[0]).date is None:
        return _edition_anniversary(c, lex, t)
    R = t.R
    fact = R.pick(d.text, d.text_zh)
    n = next((ref.value for ref in t.q.refs if ref.kind == "ordinal"), 0)
    if not n and not zh:  # "the organisation's fifth anniversary": the word before it
        words = t.r.words
        n = next(
            (
                lex.ordinals.get(w, 0)
                for w, after in itertools.pairwise(words)
                if after.startswith(("anniversar", "birthday"))
            ),
            0,
        )
    if not n and zh and (m := _ZH_YEARS_ON.search(zh)):
        n = zh_number(m[1], lex.zh_numerals) or 0
    if not n:
        early = (t.today.month, t.today.day) < (d.date.month, d.date.day)
        passed = t.today.year - d.date.year - early
        day_said = R.date(d.date).replace(f", {d.date.year}", "").replace(f"{d.date.year}年", "")
        text = R.tpl("anniversary_day", fact=fact, day=day_said, count=max(passed, 0))
        return c.series_answer(R, "lookup", text, (), intent=f"attr:{d.about}")
    on = _shifted(d.date, n, "year")
    key = "anniversary_was" if on <= t.today else "anniversary_is"
    text = R.tpl(key, fact=fact, nth=R.nth(n), n=n, date=R.date(on), weekday=R.weekday(on))
    return c.series_answer(R, "lookup", text, (), intent=f"attr:{d.about}")


_ZH_YEARS_ON = lazy(r"([一二两三四五六七八九十\d]{1,3})周年")
# the honours of a year count, not a day come round: "the ten-year honours", 十周年荣誉
_HONOURS_SAID = ("honour", "honor", "award", "commemorat", "荣誉", "表彰", "纪念")


def _edition_anniversary(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "When was the 10th anniversary of the first edition?", 第一届十周年是哪一年: its opening
    day n years on (and the edition in session that day) — not the edition of the n-th year."""
    words, zh = t.r.words, (t.r.text.compact if t.r.text.han else "")
    if any(h in w for w in words for h in _HONOURS_SAID) or any(h in zh for h in _HONOURS_SAID):
        return None
    if zh:
        m = _ZH_YEARS_ON.search(zh)
        n = (zh_number(m[1], lex.zh_numerals) or 0) if m else 0
        refs = [ref for ref in t.q.refs if not (m and ref.kind == "ordinal" and ref.value == n)]
    else:
        at = next((i for i, w in enumerate(words) if w.startswith("anniversar")), -1)
        n = lex.ordinals.get(words[at - 1], 0) if at > 0 else 0
        if not n and at > 0 and words[at - 1][:-2].isdigit():
            n = int(words[at - 1][:-2])  # "10th"
        refs = [ref for ref in t.q.refs if not (ref.kind == "ordinal" and ref.value == n)]
    if not 0 < n <= 100:
        return None
    named = [c.index.resolve(ref, t.today, None) for ref in refs]
    if len(named) != 1 or not isinstance(e := named[0], Edition) or e.start is None:
        return None
    R = t.R
    on = _shifted(day(e.start), n, "year")
    fact = c.sentence(R, "start", e, t.today)
    key = "anniversary_was" if on <= t.today else "anniversary_is"
    text = R.tpl(key, fact=fact, nth=R.nth(n), n=n, date=R.date(on), weekday=R.weekday(on))
    during = [x for x in c.editions if x.start and day(x.start) <= on <= day(x.end or x.start)]
    if during:
        held = during[0]
        text += " " + R.tpl("anniversary_during", name=R.name_year(held), dates=R.when(held))
    years = (e.year, *(x.year for x in during))
    return c.series_answer(R, "lookup", text, years, intent="dates")


_STEPS: tuple[Step, ...] = (
    _numbered_parity_claim,
    _none_selected,
    _within_last,
    _figure_parity,
    _social,
    _web_address,
    _closing_speaker,
    _count_unrecorded,
    _parts_unmeasured,
    _parts_unnamed,
    _topic_unrecorded,
    _latest_of_kind,
    _became_zh,
    _started_claim,
    _on_a_day,
    _first_of_kind_ago,
    _to_first_of_kind,
    _before_first_of_kind,
    _before_its_first,
    _nth_claimed,
    _anniversary,
    _length_of_words,
    _person_title,
    _others_besides,
    _person_again,
    _skipped,
    _running_pass,
    _figure_exact,
    _person_absent,
    _edge_of_those,
    _gap_beside,
    _apart_claimed,
    _gap_to_previous,
    _series_start,
    _years_listed,
    _figures_combined,
    _about_bot,
    _who_said,
    _by_source,
    _provenance,
    _those_of_one,
    _count_with_kind,
    _part_asked,
    _named_first,
    _selected_by,
    _scope,
    _any_in_span,
    _named_part,
    _most_common,
    _in_a_row,
    _hosts_around_fact,
    _host_edge,
    _negated_list,
    _left_out,
    _in_months_of_year,
    _of_dated_editions,
    _of_person_editions,
    _numbered_list,
    _theme_starts,
    _same_theme,
    _nth_such,
    person_ago,
    _dated,
    _apart,
    _operate,
    _conflict,
    _faq,
    _missing,
    settle,
)
