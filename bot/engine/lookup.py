"""The look-up end of deciding: fixing the intent of a follow-up, questions about the series
as a whole, and one or several attributes of the editions named (or talked about)."""

from __future__ import annotations

import datetime as dt

from . import evaluate, series, verify
from .answer import Answer
from .claims import day_asked
from .compose import Composer
from .lexicon import Lexicon
from .measures import label_of, measure
from .model import QA, Edition
from .parse import how_many, says_change
from .patterns import lazy
from .query import Claim
from .quotes import KEYNOTE
from .reading import Reading, Ref
from .records import replace
from .text import ascii_words, normalise
from .turn import Turn

# References that name a year ("was there one in 2014 / six years ago?").
_YEARLY = frozenset({"year", "years_ago", "last_year", "this_year"})
# Signals below these are too weak to act on.
FAQ_STRONG = 0.72
FAQ_WEAK = 0.5


_OTHERS = frozenset({"other", "others", "rest", "remaining", "else"})


def _counted(r: Reading, lex: Lexicon) -> int:
    """How many things the question counts ("the four firsts", 四个第一), or 0."""
    for w in r.words:
        n = lex.numbers.get(w) if not w.isdigit() else int(w) if len(w) <= 2 else None
        if n:
            return n
    m = _ZH_COUNTED.search(r.text.compact)
    return (lex.zh_numerals.get(m[1]) or 0) if m else 0


# the edition talked about, said in Chinese: 这届, 成个峰会 (the whole summit), 呢届
_THIS_ONE_ZH = lazy(
    r"这一?届|呢一?届|嗰一?届|那一?届|(?:成个|整个|整场|成场)(?:峰会|大会|会议|论坛)"
)
_ZH_COUNTED = lazy(r"([一二两三四五六七八九十])[个個项項]")
_RELATIVE_KINDS = frozenset({"previous", "latest", "next", "following", "years_ago"})


def settle(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Fix the intent where the question named none, or a follow-up's; decline if unclear."""
    r, R, editions = t.r, t.R, t.editions
    happened = t.intent == "dates" and "when" not in r.word_set and not r.text.han
    vague = happened or t.intent in ("", "overview", "highlights", "about", "followup")
    lead = r.words[1:2] if r.words[:1] in (("and",), ("so",), ("ok",), ("then",)) else r.words[:1]
    asks_what = lead in (("what",), ("anything",), ("any",), ("which",))
    talked = c.index.years(t.ctx_editions) if not editions and _IT & r.word_set else ()
    talked = talked if asks_what else ()  # "first time they did it that way?": a claim
    others = "outside" in r.cues or not _OTHERS.isdisjoint(r.word_set)
    # ("list the firsts of the 2023 summit": its firsts, not a list of one edition)
    listed = t.intent == "list"
    if len(editions or talked) == 1 and t.q.first and (vague or others or listed) and not r.unknown:
        # "what happened for the first time in 2023?", 2023年首次颁发了什么: its firsts (or
        # "…that year?" of the edition talked about); "the other three firsts", 四个第一
        # (more than the facts record), "besides X": those on record, said to be not all
        return evaluate.firsts_of(c, R, (editions or talked)[0], _counted(r, lex) or others)
    named = evaluate.people_named(c, t.q.values, lex.fact_names) if t.q.values else ()
    if named and len(editions) == 1 and t.has_context and not t.q.attributes:
        # "did he do the same in 2025?" after how Xi took part in 2024: a fact of him there,
        # or none — never the edition's keynote by someone else
        said = " ".join(f"{d.text} {d.text_zh or ''}" for d in editions[0].details).casefold()
        if not any(n.casefold() in said for n in named):
            return c.decline_about(R, "decline_unknown", 0.8, editions[0])
    if not t.intent:
        if editions and faq_conflict(c, r, editions):
            # Clearly a Q&A-type fact ("how many forums"), but we only know it for another
            # edition: saying so beats an overview that does not answer.
            return c.decline(R, "decline_unknown", 0.7)
        unexplained = set(r.content) - lex.filler - lex.event_nouns - lex.noise
        # ("the summit before last": the words of a relative reference explain themselves)
        relative = all(ref.kind in _RELATIVE_KINDS for ref in t.q.refs)
        explained = relative and bool(t.q.refs) and not t.q.residue.unknown
        if editions and unexplained and not t.has_context and not explained:
            return c.decline(R, "decline_unknown", 0.6)
        if editions:
            last = t.ctx.intent if t.ctx and t.ctx.intent else "overview"
            known = last in c.sentences or last in ("ago", "which", "hosts")
            t.intent = last if known else "overview"
        elif r.months:
            t.intent = "which"
        elif t.has_context and not r.series_named:
            return c.decline(R, "decline_context", 0.5)
        elif r.series_named:
            # ("sorry for the dumb question but what even is <it>": an apology, then what it is)
            # ("can someone explain what <it> is?": a filler word, though kept unknown)
            unread = [u for u in r.unknown if u not in lex.filler]
            if unread or set(r.content) - lex.filler - lex.story_words:
                return c.decline(R, "decline_unknown", 0.7)
            return series.about(c, R)
        else:
            return c.decline(R, "decline_offtopic", 0.7)
    if t.intent == "followup":
        nxt = next((i for i, s in r.intents[1:] if s >= 1), None)
        carried = t.q.attributes[0] if t.q.attributes else ""  # what the follow-up carried
        t.intent = nxt or carried or (t.ctx.intent if t.ctx and t.ctx.intent else "overview")
        if t.intent == "followup":
            t.intent = "overview"
    if t.intent == "about" and editions:
        t.intent = "overview"
    if r.months and not editions and t.intent in ("which", "dates", "numbering", "list"):
        t.intent = "which"  # "was there one in September?"
    return _series_level(c, lex, t)


# plain facts of each edition a selection by a property names ("the themes of the odd-numbered
# editions"), told for each
_POOL_FACTS = frozenset({"theme", "hosts", "start", "end", "keynote", "attendance", "overview"})


def _series_level(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """Questions about the series as a whole, or whose intent is answered by itself."""
    R, editions, intent = t.R, t.editions, t.intent
    alone = not editions and not t.ctx_editions
    listing = intent in ("place", "which", "dates", "list") and t.q.plural
    # "which editions were odd-numbered?": the numbers' parity selected them (the parse
    # dropped the numbering as what is asked)
    listing = listing or (intent == "numbering" and "numbering" not in t.q.attributes)
    if listing and t.q.pool and not editions and not t.ctx_editions:
        # "which editions were held in odd years?": those, with their dates (of the weekday
        # or months said too: "even-numbered editions that started on a Sunday")
        pool = c.index.years(t.q.pool)
        if t.q.weekday is not None:
            pool = tuple(e for e in pool if series.on_weekday(e, t.q.weekday, t.q.day_of))
        if t.q.months:
            pool = tuple(e for e in pool if e.start and e.start.month in t.q.months)
        if not pool:
            return c.refusal(R, R.tpl("reverse_none_value"))
        # ("the themes of the odd-numbered editions": that fact of each, not their dates)
        fact = next((a for a in t.q.attributes if a in _POOL_FACTS), "")
        if fact:
            return c.lookup(R, fact, pool, t.today, 0.8)
        return c.lookup(R, "dates", pool, t.today, 0.8, listed=True)
    if t.q.pool and not editions and not t.ctx_editions and intent in _POOL_FACTS:
        # "what were the themes of the odd-numbered editions?": that fact of each of them
        pool = c.index.years(t.q.pool)
        if pool:
            return c.lookup(R, intent, pool, t.today, 0.8)
    named = intent in ("renamed", "name", "since", "dates", "start", "which")
    if named and not editions and any(i == "renamed" for i, _ in t.r.intents):
        # "when was it renamed?", "since when is it called …?" (not when the series began)
        return series.renamed(c, R, t.today, t.r.text.clean)
    if alone and not t.yes_no and len(t.q.attributes) > 1 and (both := _series_parts(c, t)):
        return both
    if intent == "overview" and alone:
        return series.about(c, R)
    if intent in lex.series_abouts and not editions and (own := _series_own(c, lex, t)):
        return own
    if intent in ("hosts", "numbering") and len(t.q.attributes) > 1 and editions and not t.yes_no:
        return None  # "who hosted the 2016 one and how many came?": a multi-part look-up
    talked = c.index.years(t.ctx_editions) if not editions and _IT & t.r.word_set else ()
    if (
        intent == "numbering"
        and len(editions or talked) == 1
        and t.yes_no
        and _extreme(t.r)
        and not t.via_count
    ):
        # "was the 6th the last numbered one?"; "was it…?" of the edition talked about
        return _last_numbered(c, t, (editions or talked)[0])
    counted = "count" in t.q.signals or "numbered" in t.q.signals  # "how many numbered ones?"
    having = [a[5:] for a in (*t.q.attributes, *t.q.signals) if a.startswith("attr:")]
    having = having if not t.q.values and t.q.number is None else []
    which = intent in ("which", "list") and t.q.plural and not t.q.yes_no and not t.ctx_editions
    # "which editions had an expo, apart from 2020?", 除了2015年哪些届有博览会: of the others
    set_aside = (
        tuple(e.year for e in editions)
        if t.q.exclude and editions and all(ref.kind == "year" for ref in t.q.refs)
        else ()
    )
    # ("which had both an expo and achievements?": each kind named, together)
    joined = t.r.word_set.isdisjoint({"or", "no", "not", "without", "but", "never"})
    kinds_too = tuple(having[1:]) if joined else ()
    if (
        (which or (set_aside and t.q.plural))
        and (set_aside or not editions)
        and having
        and t.q.years in (None, (0, 9999))
    ):
        # "which editions had an expo?": those with it on record (never the others as none)
        return series.count_having(
            c, R, t.today, having[0], left_out=set_aside, pool=t.q.pool, also=kinds_too
        )
    if (
        intent in ("numbering", "count")
        and (set_aside or not editions)
        and how_many(t.r)
        and having
    ):
        # "how many had an expo?", "how many numbered editions had an expo?"
        numbered = "numbered" in t.q.signals
        return series.count_having(
            c,
            R,
            t.today,
            having[0],
            numbered=numbered,
            left_out=set_aside,
            pool=t.q.pool,
            also=kinds_too,
        )
    if intent == "count" and "numbered" in t.q.signals and not editions:
        counted, intent = True, "numbering"  # "how many editions were not numbered?"
    if intent == "numbering" and not editions and how_many(t.r) and counted:
        # "how many editions carried an official number?": those that did, counted; "how
        # many had no ordinal?": those that did not
        zh = t.r.text.compact if t.r.text.han else ""
        without = verify.negated(t.r.words) or "without" in t.r.word_set or "没有" in zh
        return series.numbered_count(c, R, t.today, without=without, span=t.q.years)
    if intent == "numbering" and not editions and _extreme(t.r) and not t.yes_no:
        return _numbered_end(c, t)  # "which was the last edition with an official number?"
    other = [
        a
        for a in dict.fromkeys((*t.q.attributes, *t.q.signals))
        if a not in ("numbering", "dates", "count", "list")
        and (a in c.sentences or a[:5] == "attr:")
    ]
    if intent == "numbering" and t.yes_no and len(editions) == 1 and other:
        # "was there a theme in 2026?", 2026年有没有主题: that fact of the edition (none on
        # record: unknown), never "yes" because the edition was held
        return c.lookup(R, other[0], editions, t.today, 0.8)
    first_without = t.q.refs == (Ref("ordinal", 1),) and "unnumbered" in t.q.signals
    if first_without and not t.yes_no:
        # "the first edition without an official ordinal": the first the numbering left out
        # (not the 1st edition, nor the numbering told whole)
        unnumbered = tuple(e for e in c.index.held(t.today) if not e.ordinal)
        if unnumbered and intent in c.sentences and intent != "numbering":
            return c.lookup(R, intent, unnumbered[:1], t.today, 0.8)  # "when was it held?"
        if unnumbered:
            return verify.numbering_of(c, R, unnumbered[0])
    if intent == "numbering":
        skipped = not t.r.word_set.isdisjoint(lex.skip_words)  # "did the ordinals skip 2020?"
        numbered = "numbered" in t.q.signals and not skipped and not t.via_count
        if len(editions) == 1 and t.yes_no and numbered:
            # "does the 2026 summit have an official ordinal?": by its number, never "yes"
            # because it was held
            told = verify.numbering_of(c, R, editions[0])
            if not told.answered:
                return told
            verdict = "yes" if editions[0].ordinal else "no"
            return replace(told, text=R.tpl(verdict, fact=told.text))
        if len(editions) == 1 and not t.via_count and t.q.refs[0].kind in _YEARLY and t.yes_no:
            fact = c.dates_text(R, editions[0], t.today)  # "was there one in 2014?"
            return c.edition_answer(R, "verify", R.tpl("yes", fact=fact), editions[0])
        if len(editions) == 1 and not t.via_count and t.q.refs[0].kind != "ordinal":
            return verify.numbering_of(c, R, editions[0])
        return series.numbering(c, R, t.via_count)
    names = bool(evaluate.people_named(c, t.q.values, lex.fact_names))
    # (李强说连续举办了多少年: years they spoke of, not a count of their editions)
    years_asked = t.r.text.han > 0 and any(z in t.r.text.compact for z in ("多少年", "几年"))
    if (
        intent == "count"
        and t.q.values
        and (not editions or not t.q.refs)  # (an edition talked about is none asked)
        and not years_asked
        and (how_many_times(t.r) or names)
    ):
        # "how many times did X speak?"
        terms = (*t.r.words, t.r.text.compact) if t.r.text.han else t.r.words
        return evaluate.count_value(c, R, t.q, terms, lex.fact_names)
    spanned = t.q.years is not None and not any(ref.kind != "year" for ref in t.q.refs)
    if intent == "count" and (not editions or spanned) and series.named_in(c, t.r.text.clean):
        # "how many <other name>s since the name changed?": those whose name carries it
        return series.renamed(c, R, t.today, t.r.text.clean, t.q.years)
    ranged = len(editions) >= 2 and "between" in t.r.cues and t.q.operation == "lookup"
    if intent in ("count", "list") and ranged and how_many(t.r) and "count" in t.q.signals:
        # "how many editions were held from the 2nd to the 5th?": those years, counted
        span = (min(e.year for e in editions), max(e.year for e in editions))
        q = t.q._replace(years=span, refs=())
        return series.count(c, R, t.today, q, numbered="numbered" in t.q.signals)
    if intent == "count":
        # "how many editions with an official ordinal were held in November?": of those
        return series.count(c, R, t.today, t.q, numbered="numbered" in t.q.signals)
    if intent == "since" and not editions and t.ctx is not None and t.ctx.intent == "hosts":
        # "since when?" after who hosts it: the hosting in force now, from its first year
        talked = c.index.years(t.ctx.editions)  # ("who hosted 2018?" then "since when?")
        return series.hosts_since(c, R, t.today, talked[0].year if len(talked) == 1 else None)
    if (
        intent == "since"
        and not editions
        and t.ctx_editions
        and _THIS_ONE_ZH.search(t.r.text.compact)
    ):
        # 成个峰会由几时开始 after the 2024 summit: when that one began, not the series
        return c.lookup(R, "dates", c.index.years(t.ctx_editions[:1]), t.today, 0.8)
    if intent == "since" and not editions:
        # "org founded when": the organisation's founding, not the first edition
        return _series_fact(c, t) or series.since(c, R, t.today)
    if intent == "which":
        return _which(c, t)
    if intent == "hosts" and (beside := _beside_fact(c, t)) is not None:
        # "and who hosted before that?" after the organisation's founding: the editions
        # before (or after) that day, not the edition before the latest
        day, before = beside
        held = c.index.held(t.today)
        editions = tuple(e for e in held if e.start and ((e.start < day) == before))
        return series.hosts_over(c, R, editions)
    if intent == "hosts" and t.q.years is not None:
        low, high = t.q.years  # "who hosted it before 2022?": the editions of those years
        editions = tuple(e for e in c.index.held(t.today) if low <= e.year <= high)
        return series.hosts_over(c, R, editions)
    if intent == "hosts":
        changed = says_change(t.r)  # "when did that change?": the hosts over time
        if not editions and t.ctx_editions and not t.r.series_named and not changed:
            editions = c.index.years(t.ctx_editions)  # "who hosted it?" after an edition
        when = changed and (t.intent in ("dates", "hosts") or bool(t.r.intent("dates")))
        return series.hosts(c, R, editions, when_changed=when)
    if intent in ("about", "name") and alone and not t.yes_no and (thing := _thing_named(lex, t)):
        # "what is the name of the expo held at the <series>?", "what is the expo at the
        # <series> called?": that thing's name, from its first fact (not the series' overview,
        # nor the series' own names)
        t.intent, t.q = thing, t.q._replace(attributes=(thing,))
        return _without_edition(c, lex, t)
    if intent == "about":
        own_kind = t.q.attributes and lex.series_abouts.issuperset(t.q.attributes)
        explained = _only_its_words(lex, t)
        if own_kind and explained and alone and not t.yes_no and (own := _series_fact(c, t)):
            return own  # "what is the <series> organization?": its own fact, not the overview
        if own_kind and not explained and not t.r.series_named:
            return c.decline(R, "decline_offtopic", 0.7)  # "what is the WTO organization?"
        return series.about(c, R)
    if intent == "name" and alone:
        answer = series.name(c, R)  # "what is its Chinese name?"
        detail_said = any(i.startswith("attr:") for i, _ in t.r.intents)  # ("… the org")
        if t.yes_no and _names_said(c, t.r.text.clean) >= 2 and not t.r.unknown and not detail_said:
            # "is <one name of the series> the same thing as <another>?": two names of the
            # series, so yes — with its names
            return replace(answer, text=R.tpl("yes", fact=answer.text))
        return answer
    if intent == "list" and editions and any(i.startswith("attr:") for i, _ in t.r.intents):
        # "list the 15 achievements of 2018": the file has counts, not the items' names
        return c.decline(R, "decline_unknown", 0.7)
    if intent == "list":
        second = next((i for i, s in t.r.intents[1:] if i in c.sentences and s >= 1), None)
        if second and not editions:
            return c.lookup(R, second, c.index.held(t.today), t.today, 0.8, listed=True)
        return series.listing(c, R, t.today, editions)
    if intent == "place" and alone:
        return series.place(c, R)
    return _without_edition(c, lex, t)


def _series_parts(c: Composer, t: Turn) -> Answer | None:
    """ "Where is it held and since when?": each part answered of the series, or None when a
    part only an edition can answer. A series fact named ("when was its organisation founded
    and where is it based?") is what the bare "when" and "where" ask about."""
    R, asked = t.R, t.q.attributes
    facts = {a: [d for d in c.kb.facts.series.details if d.about == a[5:]] for a in asked}
    if any(a.startswith("attr:") and facts[a] for a in asked):
        asked = tuple(a for a in asked if a not in ("place", "dates", "start", "since"))
    parts: list[Answer] = []
    for a in dict.fromkeys(asked):
        if a == "place":
            parts.append(series.place(c, R))
        elif a == "since" or (a in ("dates", "start") and "since" in t.q.signals):
            parts.append(series.since(c, R, t.today))
        elif a == "hosts":
            parts.append(series.hosts(c, R, ()))
        elif a.startswith("attr:") and facts[a]:
            text = " ".join(R.detail_text(d) for d in facts[a])
            parts.append(c.series_answer(R, "lookup", text, (), intent=a))
        else:
            return None
    return joined(parts) if parts else None


def _extreme(r: Reading) -> str:
    """ "the last (or first) one with an official number": not "last year", "last month"."""
    words = r.words
    spans = ("year", "month", "week", "time", "summer", "autumn", "winter", "spring")
    last = any(
        w in ("last", "final") and (i + 1 == len(words) or words[i + 1] not in spans)
        for i, w in enumerate(words)
    )
    if r.text.han and "最后" in r.text.compact:
        return "last"  # 最后一届有届次的
    return "last" if last else "first" if "first" in r.word_set else ""


def last_numbered(c: Composer, t: Turn) -> Answer | None:
    """ "Was 2018 the last numbered edition?": against the numbering, not a yes that it was
    held; None unless one edition is claimed to be the first or last with a number."""
    numbered = "numbered" in t.q.signals or "numbering" in t.q.signals
    if not (numbered and t.yes_no and len(t.editions) == 1 and _extreme(t.r)) or t.via_count:
        return None
    if any(a != "numbering" for a in t.q.attributes):
        return None  # "was there a blue book at the first one?": that, of the first edition
    return _last_numbered(c, t, t.editions[0])


_IT = frozenset({"it", "that", "this"})


def _last_numbered(c: Composer, t: Turn, e: Edition) -> Answer:
    """ "Was the 6th the last one with an official number?": yes or no, with the numbering."""
    numbered = [x for x in c.editions if x.ordinal is not None]
    if not numbered:
        return c.decline(t.R, "decline_unknown", 0.5)
    pick = numbered[-1] if _extreme(t.r) == "last" else numbered[0]
    s = c.kb.facts.series
    fact = t.R.pick(s.numbering, s.numbering_zh) if s.numbering else t.R.name(pick)
    text = t.R.tpl("yes" if pick.year == e.year else "no", fact=fact)
    return c.edition_answer(t.R, "verify", text, e)


def _online(r: Reading) -> bool:
    """Whether the question asks about taking part online ("online", "virtually", 线上)."""
    return bool(r.word_set & {"online", "virtually", "remotely"}) or "线上" in r.text.compact


def _counted_online(editions: tuple[Edition, ...]) -> bool:
    """Whether an attendance figure of these editions counts people online separately."""
    notes = [f.note or "" for e in editions for a in e.attendance for f in a.figures]
    return any("online" in n and "offline" not in n and "on site" not in n for n in notes)


def _beside_fact(c: Composer, t: Turn) -> tuple[dt.date, bool] | None:
    """ "Before that" / "after that" (and nothing else) just after a dated fact of the series
    (no edition talked about): that fact's day, and whether before it."""
    if t.ctx is None or t.ctx_editions or len(t.q.refs) != 1:
        return None
    kind = t.q.refs[0].kind
    if kind not in ("previous", "following"):
        return None
    talked = t.ctx.intent or ""
    dated = [d for d in c.kb.facts.series.details if f"attr:{d.about}" == talked and d.date]
    if len(dated) != 1 or dated[0].date is None:
        return None
    return dated[0].date, kind == "previous"


_SAMENESS = frozenset({"same", "different", "identical", "equivalent"})


def _names_said(c: Composer, text: str) -> int:
    """How many distinct names of the series a question's text holds (its name, short
    name, Chinese name or another name), each counted once, longest first."""
    s = c.kb.facts.series
    names = sorted(
        {n.casefold() for n in (s.name, s.name_zh or "", s.short_name, *s.aliases) if n},
        key=len,
        reverse=True,
    )
    left, found = text.casefold(), 0
    for n in names:
        if n in left:
            found += 1
            left = left.replace(n, " ")
    return found


def _counted_on_site(editions: tuple[Edition, ...]) -> bool:
    """Whether every attendance figure of these editions counts the people on site alone."""
    for e in editions:
        notes = [f.note for a in e.attendance for f in a.figures if f.note]
        on_site = any("on site" in n or "in person" in n for n in notes)
        if not on_site or any("online" in n for n in notes):
            return False
    return bool(editions)


def _numbered_end(c: Composer, t: Turn) -> Answer:
    """The last (or first) edition with an official ordinal, with how editions are numbered."""
    numbered = [x for x in c.editions if x.ordinal is not None]
    if not numbered:
        return c.decline(t.R, "decline_unknown", 0.5)
    pick = numbered[-1] if _extreme(t.r) == "last" else numbered[0]
    s = c.kb.facts.series
    text = t.R.pick(s.numbering, s.numbering_zh) if s.numbering else t.R.name(pick)
    return c.edition_answer(t.R, "lookup", text, pick)


def month_in_context(c: Composer, t: Turn) -> Answer | None:
    """ "Was it in October?" after talking about the 2018 one: a claim about that edition, not
    a search of all ("was any held in October?", "有没有…过" stay searches)."""
    ever = bool(t.r.word_set & {"any", "ever", "there"}) or "过" in t.r.text.compact
    if not (t.r.months and t.q.yes_no and not t.q.every and t.ctx_editions) or ever:
        return None
    prior = t.ctx.query if t.ctx is not None else None
    if prior is not None and prior.months and prior.operation == "filter" and not prior.refs:
        return None  # "and in September?" after "was it ever held in October?": that search
    claim = Claim(months=t.r.months, terms=(*t.r.words, t.r.text.compact))
    q = t.q._replace(operation="verify", claim=claim, months=t.r.months)
    return verify.verify(c, t.R, q, c.index.years(t.ctx_editions), t.today)


_SEAT_ZH = ("总部", "在哪", "设在")


def _series_own(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """A series-level kind of fact asked with no edition named: its members are not on record
    ("which countries are members of the organisation?": its founding and seat are no answer);
    its seat is the series' own fact ("where is the organisation headquartered?" after the
    2022 summit: that edition's says only that it was the first annual meeting). None else."""
    zh = t.r.text.compact
    if not t.r.word_set.isdisjoint(_MEMBERS) or any(z in zh for z in _MEMBERS_ZH):
        return c.decline(t.R, "decline_unknown", 0.6)
    seat = not t.r.word_set.isdisjoint(SEAT) or any(z in zh for z in _SEAT_ZH)
    if t.yes_no and not seat and not t.r.text.han and _unsaid_claim(c, lex, t):
        # "is English the organisation's official working language?": nothing of its
        # founding or seat is claimed, and the words claimed are not in its fact — unknown
        return c.decline(t.R, "decline_unknown", 0.6)
    return _series_fact(c, t) if seat and not t.yes_no else None


def _unsaid_claim(c: Composer, lex: Lexicon, t: Turn) -> bool:
    """Whether a yes/no of a series-level fact claims words its fact does not hold, and
    nothing of when or where (a date, the founding, the seat: settled elsewhere)."""
    if any(ch.isdigit() for ch in t.r.text.clean) or t.r.unknown or t.q.values:
        return False  # (a word we do not know, "set up in Shanghai": a place claimed)
    asked = {n for w in t.r.content for n in lex.intent_words.get(w, ())}
    asked |= {i for i, _ in t.r.intents}  # (phrases too: "set up" is the founding)
    if asked & {"since", "place", "start", "dates"}:
        return False
    about = {i for i, _ in t.r.intents if i.startswith("attr:")}
    text = " ".join(
        c.renderers["en"].detail_text(d).casefold()
        for d in c.kb.facts.series.details
        if f"attr:{d.about}" in about
    )
    if not text:
        return False
    quiet = lex.now_words | lex.filler | lex.noise  # "now": when, not what is claimed
    said = [
        w
        for w in t.r.content
        if not lex.intent_words.get(w) and w not in lex.name_words and len(w) > 2 and w not in quiet
    ]
    return any(w[:5] not in text for w in said)


_ITS_OWN = frozenset({"international", "global", "official"})


def _only_its_words(lex: Lexicon, t: Turn) -> bool:
    """Whether every word of "what is the … organization?" is the series' own or asks about
    it: "the WTO organization", "the WHO organization" name another one."""
    words = t.r.words
    for i, w in enumerate(words):
        if w in _ITS_OWN:  # ("international organization")
            continue
        if w in lex.stop and not (w == "who" and i and words[i - 1] == "the"):
            continue
        if w in lex.filler or w in lex.name_words or w in lex.event_nouns:
            continue
        if not set(lex.intent_words.get(w, ())) & {"about", "overview"} and not any(
            i.startswith("attr:") for i in lex.intent_words.get(w, ())
        ):
            return False
    return True


def _series_fact(c: Composer, t: Turn) -> Answer | None:
    """The series' own fact of the kind the question names (its organisation's founding), or
    None where it names none."""
    details = c.kb.facts.series.details
    of_series = {f"attr:{d.about}" for d in details}
    about = next((i for i, _ in t.r.intents if i in of_series), None)
    if about is None:
        return None
    text = " ".join(t.R.detail_text(d) for d in details if f"attr:{d.about}" == about)
    return c.series_answer(t.R, "lookup", text, (), intent=about)


def _which(c: Composer, t: Turn) -> Answer:
    named = t.r.intent("name") or "called" in t.r.word_set  # "…called the <other name>?"
    if (
        not t.editions
        and "since" in t.q.signals
        and (t.r.series_named or t.r.event_noun)
        and not named
    ):
        # "in which year did the series start?", "since which year has the conference existed?"
        # ("which year was its international organisation founded?": that fact's date)
        return _series_fact(c, t) or series.since(c, t.R, t.today)
    if t.editions:
        return series.which_year(c, t.R, t.editions)
    if t.r.months:
        talked = month_in_context(c, t)
        q = t.q._replace(months=t.r.months, exclude=False)
        # "which of the numbered editions were held in November?": of those
        pool = (
            tuple(e for e in c.index.held(t.today) if e.ordinal)
            if "numbered" in q.signals
            else None
        )
        if q.pool:  # "which of those were held in December?": of those just listed
            pool = tuple(e for e in pool or c.index.held(t.today) if e.year in q.pool)
            return (
                evaluate.month_filter(c, t.R, q, pool)
                if pool
                else c.decline(t.R, "decline_unknown", 0.5)
            )
        return talked or evaluate.month_filter(c, t.R, q, pool or None)
    if t.q.theme_year is not None and (e := c.edition(t.q.theme_year)):
        return series.which_theme(c, t.R, e)
    if t.q.pool and not t.ctx_editions:  # "which editions were held in odd years?"
        return c.lookup(t.R, "dates", c.index.years(t.q.pool), t.today, 0.8, listed=True)
    return c.decline(t.R, "decline_unknown", 0.6)


_MEMBERS = frozenset({"member", "members", "membership", "joined", "join"})
_MEMBERS_ZH = ("会员", "成员", "加入")
_NAME_WORDS = frozenset({"name", "called", "named"})
SEAT = frozenset({"based", "headquartered", "headquarters", "hq", "seat", "located", "sits"})


def _thing_named(lex: Lexicon, t: Turn) -> str | None:
    """The kind of an edition's detail a question asks the name of ("the expo … called",
    "the name of the expo"), where a word of naming is said; None otherwise."""
    if t.r.word_set.isdisjoint(_NAME_WORDS):
        return None
    return next(
        (
            i
            for i, score in t.r.intents
            if i.startswith("attr:") and i not in lex.series_abouts and score >= 1
        ),
        None,
    )


def _without_edition(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """An attribute asked with no edition named: a quoted theme, a series fact, a first."""
    R, intent = t.R, t.intent
    if t.editions:
        return None
    if intent == "theme" and t.q.theme_year is not None and (e := c.edition(t.q.theme_year)):
        return series.which_theme(c, R, e)
    talked = c.index.years(t.ctx_editions)
    about = intent[5:]
    if intent.startswith("attr:") and not any(d.about == about for e in talked for d in e.details):
        found = [d for d in c.kb.facts.series.details if d.about == about]
        if found and how_many(t.r) and all(d.number is None for d in found) and not t.q.unit:
            # "国际组织有多少会员?": a count the facts do not give (not its founding)
            return c.decline(R, "decline_unknown", 0.6)
        if found:
            text = " ".join(R.detail_text(d) for d in found)
            alternatives = "or" in t.r.word_set or "还是" in t.r.text.compact  # "X or Y?"
            # "总部在杭州吗": a place we cannot quote is still claimed; no yes without it
            unquoted = not t.q.values and (bool(t.r.zh_rest) or t.R.zh)
            # "founded on a Friday?", "星期五成立的吗": a day or a figure this fact does not check
            timed = t.q.weekday is not None or bool(t.r.months) or t.q.number is not None
            unquoted = (
                unquoted or timed or any(w in t.r.text.compact for w in ("星期", "礼拜", "周"))
            )
            if t.q.yes_no and not alternatives and not unquoted:  # "…based in X?"
                said = " ".join(f"{d.text} {d.text_zh or ''}" for d in found)
                words = set(normalise(said).words)
                # (nothing quoted, said of another thing — "is the organisation the same as the
                # summit?" — is no yes; "is it an international organisation?" is)
                yes = all((v in said) if not v.isascii() else v in words for v in t.q.values)
                yes = yes and (bool(t.q.values) or t.r.word_set.isdisjoint(_SAMENESS))
                # (nothing quoted: a yes only where every word is of this kind of fact — "is
                # the website <name>.org?" read "org" as the organisation, and is no yes)
                yes = yes and (
                    bool(t.q.values)
                    or all(
                        intent in lex.intent_words.get(w, ())
                        or w in words  # (a word of the fact itself: "international")
                        or w in lex.stop
                        or w in lex.chat
                        or w in lex.name_words
                        or w in lex.present
                        for w in t.r.words
                    )
                )
                # ("is <the town> the headquarters?": a place of the series' own the fact does
                # not name is no yes)
                yes = yes and not any(w in lex.home and w not in words for w in t.r.words)
                seat = not t.r.word_set.isdisjoint(SEAT) or "总部" in t.r.text.compact
                # "founded by China?": who founded it is not on record, though the fact names
                # the country (where it is based) — no verdict
                agent = "by" in t.r.word_set and " by " not in f" {said.casefold()} "
                if (yes or seat) and not agent:  # ("founded in <its town>?": not on record)
                    text = R.tpl("yes" if yes else "no", fact=text)
            return c.series_answer(R, "lookup", text, (), intent=intent)
        if talked:
            return None  # "and the expo that year?": that edition's (missing) fact, said so
        places = c.kb.vocabulary.office_holders.get("places", ())
        if t.q.yes_no and not t.r.word_set.isdisjoint(p for p in places if p != "country"):
            # "did any US company exhibit?": the facts count exhibitors, never by country — not
            # known (never the expo's first edition, as "what is the expo?" has it)
            return c.decline(R, "decline_unknown", 0.5)
        asks_which = "which" in t.r.word_set or "哪" in t.r.text.compact
        if t.q.every and not (t.q.yes_no or talked or t.q.values or asks_which):
            # 历届参展企业数量列一下, "the expo of every edition": each edition's, in order
            return c.lookup(R, intent, c.index.held(t.today), t.today, 0.85, listed=True)
        # "what is the expo?": where it began, not the latest edition's (missing) fact (of
        # the kind the turn settled on: "what is the expo at the <series> called?")
        asked = t.q if intent in t.q.attributes else t.q._replace(attributes=(intent,))
        return evaluate.reverse_first(c, R, asked, t.r.words, t.r.text.compact)
    return None


def _asks_items(t: Turn, editions: tuple[Edition, ...], lex: Lexicon) -> bool:
    """ "Name the 15 achievements", "how many of the sub-forums were about AI": the items, or
    a part of them, which the file does not list."""
    about = t.intent[5:]
    numbers = {d.number for e in editions for d in e.details if d.about == about}
    words = t.r.words
    subset = "of" in words and any(w in words for w in ("about", "on", "focused", "covered"))
    # "were there any sub-forums about AI?": a part of them by topic, which no fact gives
    topical = "any" in words and any(w in words for w in ("about", "focused", "covering"))
    # "which countries exhibited at the 2023 expo?": the names of a figure's things
    named = words[:1] == ("which",) and len(words) > 1 and words[1] in lex.figure_words
    # "which sub-forums were held in 2024?", "what were the 2024 sub-forums called?",
    # 2024年有哪些分论坛: the names of the things a fact only counts (a fact that names them,
    # "the blue books … were released", answers)
    counted = bool(numbers) and None not in numbers
    plural = [w for w in words if w.endswith("s") and t.intent in lex.intent_words.get(w, ())]
    named = named or (
        counted
        and bool(plural)
        and (
            (words[:1] == ("which",) and plural[0] in words[1:3])
            or (not t.r.word_set.isdisjoint(_CALLED) and "were" in words)
        )
    )
    if t.r.text.han and counted and not named:
        compact = t.r.text.compact
        zh = [z for z, name in lex.intent_zh if name == t.intent]
        named = any(f"{lead}{z}" in compact for z in zh for lead in ("哪些", "哪几个", "哪几场"))
        named = named or any(f"{z}{tail}" in compact for z in zh for tail in ("名称", "的名字"))
    return (
        (t.q.number is not None and t.q.number in numbers)
        or (subset and "how" in words and "many" in words)
        or topical
        or named
        or _names_asked(t, lex)
    )


_LIST_WORDS = frozenset({"list", "name", "names", "enumerate"})
_CALLED = frozenset({"called", "named", "titled", "titles"})
_ITEMS_ZH = ("哪些企业", "哪些公司", "哪些项目", "哪些成果", "名单", "哪些展商", "哪些厂商")


def _names_asked(t: Turn, lex: Lexicon) -> bool:
    """ "List the companies at the 2023 expo", 有哪些企业参展: the names of the things a fact
    counts, which the file does not hold."""
    words, r = t.r.words, t.r
    if how_many(r) or t.q.yes_no:
        return False
    if r.text.han and any(z in r.text.compact for z in _ITEMS_ZH):
        return True
    plural = [w for w in words if w.endswith("s") and t.intent in r.signalled]
    counted = any(t.intent in lex.intent_words.get(w, ()) for w in plural)
    if not counted:
        return False
    return bool(words) and words[0] in _LIST_WORDS  # "which reports…" the facts do name


def how_many_times(r: Reading) -> bool:
    """ "How many times…", "多少次", "几次"."""
    w = r.words
    if any(w[i : i + 3] == ("how", "many", "times") for i in range(len(w) - 2)):
        return True
    return r.text.han > 0 and ("多少次" in r.text.compact or "几次" in r.text.compact)


def _asks_count(r: Reading) -> bool:
    """ "How many…", "the number of…", "多少", "几个": the question wants a figure."""
    return "number" in r.word_set or how_many(r)


_SPOKE = ("speech", "spoke", "address", "讲话", "致辞", "演讲")


def _no_keynote(c: Composer, t: Turn) -> Answer | None:
    """ "Who gave the keynote in 2024?" where the facts record only a video greeting: who
    gave the keynote is unknown, said with what the file has — never the greeting as one."""
    R, e = t.R, t.editions[0]
    asked = " ".join(t.r.words) + t.r.text.compact
    if not any(k in asked for k in KEYNOTE):
        return None  # "who spoke at the opening?": what the file has answers it
    found = [d for d in e.details if d.about == "keynote"]
    said = " ".join(f"{d.text} {d.text_zh or ''}".casefold() for d in found)
    if not found or any(k in said for k in (*KEYNOTE, *_SPOKE)) or t.q.yes_no:
        return None  # a keynote, or someone who spoke: the file's answer
    fact = " ".join(R.detail_text(d) for d in found)
    text = R.tpl("keynote_unknown", name=R.name_year(e), fact=fact)
    other = [a for a in t.q.attributes if a != "attr:keynote" and a in c.sentences]
    if other:
        # "theme and keynote speaker of 2019?": the theme, then the keynote unknown
        parts = [c.lookup(R, a, (e,), t.today, 0.8) for a in other]
        known = [p.text for p in parts if p.answered]
        if known:  # (cited as any answer stating these facts is)
            return c.edition_answer(R, "lookup", " ".join((*known, text)), e)
    return replace(c.refusal(R, text), editions=(e.year,))


def _role_unsaid(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "Who read Xi's letter in 2018?", 2017年谁宣读的贺信: who did it is unknown where the
    edition's facts of that kind never say it (another edition's do: "read by …"), said with
    what the file has — never the keynote speaker as the reader."""
    words, zh = t.r.words, (t.r.text.compact if t.r.text.han else "")
    if "who" not in words and "谁" not in zh:
        return None
    held = t.editions or c.index.years(t.ctx_editions)  # ("…that year then": the one talked of)
    if len(held) != 1:
        return None
    e, kind = held[0], t.intent[5:]
    own = [d for d in e.details if d.about == kind]
    if not own:
        return None
    mine = " ".join(f"{d.text} {d.text_zh or ''}".casefold() for d in own)
    theirs = " ".join(
        f"{d.text} {d.text_zh or ''}".casefold()
        for x in c.editions
        if x is not e
        for d in x.details
        if d.about == kind
    )
    # (a part asked, "read", 宣读, that the facts of this kind say of others but not here)
    roles = [w for w in lex.roles if w in words or (not w.isascii() and w in zh)]
    unsaid = [w for w in roles if w in theirs and w not in mine]
    if not unsaid:
        return None
    R = t.R
    fact = " ".join(R.detail_text(d) for d in own)
    text = R.tpl("role_unknown", name=R.name_year(e), fact=fact)
    return replace(c.refusal(R, text), editions=(e.year,))


def _share(c: Composer, t: Turn, intent: str, e: Edition) -> Answer | None:
    """ "What percentage of the 2019 exhibitors came from abroad?": the further figure over
    the fact's main count, where both are exact."""
    R = t.R
    kinds = c.kb.vocabulary.figure_kinds
    if not any(k.id == t.q.measure and k.part for k in kinds):
        return None  # "the ratio of exhibitors to countries": no part of the companies
    named = [k for k in kinds if k.part and not t.r.word_set.isdisjoint(k.words)]
    if len(named) > 1:
        return None  # "the ratio of foreign to domestic exhibitors": not a share of all
    if "attendance" in t.q.signals and intent != "attendance":
        return None  # "what share of the 2019 attendance came from abroad": not the expo's
    part = measure(R, e, intent, t.q.measure)
    whole = measure(R, e, intent, "people")
    if part is None or whole is None or not (part.exact and whole.exact) or not whole.value:
        return None
    pct = f"{100 * part.value / whole.value:.1f}".removesuffix(".0")
    text = R.tpl("figure_share", part=part.shown, whole=whole.shown, pct=pct)
    return replace(c.edition_answer(R, "lookup", text, e), intent=intent)


def _rest_figure(c: Composer, t: Turn, intent: str, e: Edition) -> Answer | None:
    """ "How many were not from abroad?": the main count less the part, as a sentence."""
    R = t.R
    if not any(k.id == t.q.measure and k.rest_of for k in c.kb.vocabulary.figure_kinds):
        return None
    m = measure(R, e, intent, t.q.measure)
    if m is None:
        return None
    text = R.tpl("figure_rest_fact", name=R.name_year(e), shown=m.shown)
    text = f"{text} ({m.source})" if m.source and not R.zh else text
    return c.edition_answer(R, "lookup", text, e)


def _figure_unknown(c: Composer, t: Turn, intent: str, narrowed: str = "") -> Answer | None:
    """ "How many foreign exhibitors in 2025?" where the file counts the exhibitors but not
    those from abroad: that figure is unknown, never the other count given in its place."""
    R = t.R
    editions = t.editions or c.index.years(t.ctx_editions)
    if len(editions) != 1:
        return None
    e = editions[0]
    found = [d for d in e.details if d.about == intent[5:]]
    if not found or (not narrowed and measure(R, e, intent, t.q.measure) is not None):
        return None
    what = label_of(R, intent, t.q.measure, c)
    what = f"{what} ({narrowed})" if narrowed else what
    fact = " ".join(R.detail_text(d) for d in found)
    text = R.tpl("figure_unknown", what=what, name=R.name_year(e), fact=fact)
    return replace(c.refusal(R, text), editions=(e.year,))


_COUNT_SKIP = frozenset({"of", "the", "those", "these", "them", "its", "it", "in", "at", "for"})


def count_noun(words: tuple[str, ...]) -> str:
    """The thing a "how many" question counts: "how many (of the 2015) visitors…", "count
    the editions…", "the number of expos…"."""
    for i in range(len(words) - 1):
        asked = words[i] == "how" and words[i + 1] in ("many", "much")
        asked = asked or (words[i] == "number" and words[i + 1] == "of")
        if asked or (words[i] == "count" and i == 0):
            start = i + 1 if words[i] == "count" else i + 2
            rest = (w for w in words[start:] if w not in _COUNT_SKIP and not w.isdigit())
            return next(rest, "")
    return ""


def _qualified(c: Composer, lex: Lexicon, t: Turn, intent: str, e: Edition) -> str | None:
    """Words that narrow a fact's count to something it does not count — "how many of the
    exhibitors were online only", "visitors" of the expo, "announced beforehand" from another
    edition's sentence: what is asked (shown in the refusal), or None."""
    found = [d for d in e.details if d.about == intent[5:]]
    if not found or not _asks_count(t.r):
        return None
    words, compact = t.r.words, t.r.text.compact
    said = " ".join(f"{d.text} {d.text_zh or ''}" for d in found).casefold()
    said_words = set(ascii_words(said))
    # a format the sentence does not count by exactly (it says "online and offline")
    fmt = {w for w in words if "attr:format" in lex.intent_words.get(w, ())}
    fmt_zh = {z for z, i in lex.intent_zh if i == "attr:format" and z in compact}
    fmt_said = {w for w in said_words if "attr:format" in lex.intent_words.get(w, ())}
    if (fmt and fmt != fmt_said) or (fmt_zh and not all(z in said for z in fmt_zh)):
        return " ".join(sorted(fmt | fmt_zh))
    # people counted ("visitors", "attendees") where the fact counts something else
    noun = count_noun(words)
    asked = lex.intent_words.get(noun, ())
    if t.q.measure == "people" and "attendance" in asked and intent not in asked:
        return noun
    people = [w for w in words if w in lex.people_words]
    if t.q.measure != "people" and people and intent != "attendance":
        return people[0]  # "how many foreign visitors at the 2019 expo": not its exhibitors
    # a word only another edition's sentence of this kind holds ("beforehand")
    others = {
        w
        for x in c.editions
        if x.year != e.year
        for d in x.details
        if d.about == intent[5:]
        for w in ascii_words(d.text)
    }
    odd = [
        v
        for v in t.q.values
        if v in others
        and v not in said_words
        and v not in lex.figure_words
        and v not in lex.intent_words
    ]
    return odd[0] if odd else None


_LAST_WORDS = frozenset({"last", "latest", "recent", "recently"})
_FIRST_WORDS = frozenset({"first", "earliest"})


def person_ago(c: Composer, lex: Lexicon, t: Turn) -> Answer | None:
    """ "How many years ago did <a speaker> give the keynote?": how long ago the editions
    were whose facts say of the person named what is asked (the last or first of them where
    the question says so), or unknown — never the latest edition in their place. None where
    no time since is asked of a person."""
    q, words = t.q, t.r.words
    timed = t.intent == "ago" or ("ago" in q.signals and bool(q.unit))  # "how many years since…"
    named = any(ref.kind in ("year", "ordinal") for ref in q.refs)
    if not timed or named or not q.values or (t.editions and not q.refs):
        return None  # (上一次, "the last time": no edition named, the person's last)
    if not evaluate.people_named(c, q.values, lex.fact_names):
        return None
    if "old" in t.r.word_set and not any(a.startswith("attr:") for a in q.signals):
        return c.decline(t.R, "decline_unknown", 0.5)  # "how old is <a speaker>?": their age
    kinds = tuple(a for a in q.signals if a.startswith("attr:")) or ("attr:keynote",)
    terms = (*words, t.r.text.compact) if t.r.text.han else words
    hits = evaluate.value_hits(c, t.R, q._replace(attributes=kinds), terms, lex.fact_names)
    editions = tuple(dict.fromkeys(e for e, _ in hits))
    if not editions:
        return c.decline(t.R, "decline_unknown", 0.5)
    zh = t.r.text.compact if t.r.text.han else ""
    lately = any(z in zh for z in ("最近", "最后", "上一次", "上次", "最近一次"))
    if not t.r.word_set.isdisjoint(_LAST_WORDS) or lately:
        editions = editions[-1:]
    elif not t.r.word_set.isdisjoint(_FIRST_WORDS) or "第一次" in zh or "首次" in zh:
        editions = editions[:1]
    ceremony = "ceremony" in t.r.word_set or "开幕式" in zh
    return series.ago(c, t.R, editions, t.today, q.unit, ceremony=ceremony)


def lookup(c: Composer, lex: Lexicon, t: Turn) -> Answer:
    """The attributes asked of the editions named (or the conversation's, or the latest)."""
    R, q, intent = t.R, t.q, t.intent
    kinds = [a for a in q.attributes if a.startswith("attr:")]
    if intent in ("overview", "about") and len(kinds) == 1 and t.editions:
        # "tell me about the expo in 2019": the expo's facts, not the edition's overview
        intent = kinds[0]
        t = replace(t, intent=intent)
    if intent.startswith("attr:") and t.editions and _asks_items(t, t.editions, lex):
        return c.decline(R, "decline_unknown", 0.7)
    held = t.editions or c.index.years(t.ctx_editions)  # (or the conversation's: "who then?")
    one = intent == "attr:keynote" and len(held) == 1
    if one and (unnamed := _no_keynote(c, replace(t, editions=held))):
        return unnamed
    if intent.startswith("attr:") and (unsaid := _role_unsaid(c, lex, t)):
        return unsaid
    if intent.startswith("attr:") and len(t.editions) == 1:
        narrowed = _qualified(c, lex, t, intent, t.editions[0])
        if narrowed is not None:
            return _figure_unknown(c, t, intent, narrowed) or c.decline(R, "decline_unknown", 0.6)
    if intent == "attendance" and q.measure not in ("people", "places", ""):
        # "how many of the 2019 attendees were from abroad?": a part of attendance that no
        # source gives — unknown, never the expo's exhibitors from abroad nor the whole count
        held = t.editions or c.index.years(t.ctx_editions)
        if len(held) == 1 and measure(R, held[0], intent, q.measure) is None:
            e = held[0]
            what = R.tpl("figure_of", kind=c.figure_label(R, q.measure), what=R.tpl("what_people"))
            fact = c.lookup(R, "attendance", (e,), t.today, 0.9).text
            text = R.tpl("figure_unknown", what=what, name=R.name_year(e), fact=fact)
            return replace(c.refusal(R, text), editions=(e.year,))
    if intent.startswith("attr:") and q.measure != "people":
        # a further figure of a fact ("the expo countries count", "foreign exhibitors in
        # 2023?"): where the file lacks it, unknown — never the main count in its place
        unknown = _figure_unknown(c, t, intent)
        if unknown is not None:
            return unknown
        held = t.editions or c.index.years(t.ctx_editions)
        if q.relative and len(held) == 1 and (share := _share(c, t, intent, held[0])):
            return share
        if len(held) == 1 and not t.yes_no and (rest := _rest_figure(c, t, intent, held[0])):
            return rest
    editions, confidence, note = t.editions, 0.95, ""
    # ("when was the first release?" of a kind talked about: the first of all the editions)
    when = "dates" in q.signals and not t.yes_no and not how_many(t.r)
    first_of = editions or (c.index.held(t.today) if q.first and not q.refs and when else ())
    if first_of and q.first and (intent.startswith("attr:") or intent == "highlights"):
        about = intent[5:] if intent.startswith("attr:") else ""
        firsts = [(e, d) for e in first_of for d in e.details if d.first and about in ("", d.about)]
        firsts = firsts if editions else firsts[:1]  # (of all of them: the earliest)
        if firsts:
            text = " ".join(R.detail_text(d) for _, d in firsts)
            return c.edition_answer(R, "lookup", text, firsts[0][0])
    if not editions and t.ctx_editions:
        editions, confidence = c.index.years(t.ctx_editions), 0.85
    alone = len(t.r.intents) == 1  # "how old is it?", not "…the last one with a number"
    # "how many years has it been running?": since the series began
    alone = alone or not t.r.word_set.isdisjoint({"running", "existed", "around", "going"})
    # "how many years has it been held?": the series' own span, where "since" is read too
    alone = alone or (dict(t.r.intents).get("since", 0) >= 1.5 and "ago" not in t.r.word_set)
    if intent == "ago" and not editions and t.r.series_named and not q.refs and alone:
        return series.since(c, R, t.today, q.unit)  # "how old is <the series>?": since it began
    if intent == "ago" and not editions and q.values:
        # "how many days ago was the place made the permanent venue?": a fact quoted that no
        # edition's dates are — unknown, never the latest edition's start in its place
        return c.decline(R, "decline_unknown", 0.5)
    if not editions and q.months and not q.exclude and q.weekday is None:
        # 十月份开的大会，开幕到今天多少天: the editions of the month said, never the latest
        editions = tuple(
            e for e in c.index.held(t.today) if e.start is not None and e.start.month in q.months
        )
        if not editions:
            return c.refusal(R, R.tpl("reverse_none_value"))
        confidence = 0.8
    if not editions:
        latest = c.index.latest(t.today)
        if latest is None:
            return c.decline(R, "decline_context", 0.5)
        editions, confidence = (latest,), 0.6
        note = R.tpl("assumed_latest", year=latest.year)
    if intent == "ago":  # "how many days since it ended": from the closing day
        end = "end" in q.signals and "start" not in q.signals
        ceremony = "ceremony" in t.r.word_set or "开幕式" in t.r.text.compact
        return series.ago(c, R, editions, t.today, q.unit, end=end, ceremony=ceremony)
    if intent not in c.sentences:
        intent = "overview"
    if t.via_count:
        note = series.no_official(R, *t.via_count[0])
    closing = intent == "weekday" and day_asked(t.r, lex) == "end"
    if closing and any(e.end is None for e in editions):
        # "what weekday did the 2026 summit close on?": its closing day is unknown — never
        # the opening day's weekday in its place
        e = next(e for e in editions if e.end is None)
        return replace(c.refusal(R, c.dates_text(R, e, t.today)), editions=(e.year,))
    in_person = "attr:format" in t.q.signals and not _online(t.r)
    if intent == "attendance" and in_person and not _counted_on_site(editions):
        # "how many attended 2021 in person?": the figure counts online and offline together
        # (or says not how): no in-person count — what the file has, beside it
        label = R.tpl("in_person_attendance")
        facts = " ".join(c.lookup(R, "attendance", editions, t.today, 0.5).text.splitlines())
        text = R.tpl("detail_none", name=R.name(editions[0]), label=label)
        return replace(c.refusal(R, f"{text} {facts}"), editions=tuple(e.year for e in editions))
    if intent == "attendance" and _online(t.r) and not _counted_online(editions):
        # "how many attended online?": the figures count people on site, or all together
        label = R.tpl("online_attendance")
        return c.refusal(R, R.tpl("detail_none", name=R.name(editions[0]), label=label))
    asked = [a for a in q.attributes if a in c.sentences]
    if len(asked) > 1 and intent in asked:
        answer = joined([c.lookup(R, a, editions, t.today, confidence) for a in asked])
    else:
        answer = c.lookup(R, intent, editions, t.today, confidence)
        answer = evaluate.side_by_side(c, R, q, editions, answer)
    return replace(answer, text=f"{answer.text} {note}".strip()) if note else answer


def joined(parts: list[Answer]) -> Answer:
    """The answers to the parts of a multi-part question, as one answer (titled by the first)."""
    return replace(
        parts[0],
        answered=any(p.answered for p in parts),
        text="\n".join(dict.fromkeys(p.text for p in parts)),
        sources=tuple(dict.fromkeys(u for p in parts for u in p.sources)),
        fields=(),
    )


def faq_conflict(c: Composer, r: Reading, editions: tuple[Edition, ...]) -> bool:
    """Whether a strong Q&A match was set aside because it is about another edition."""
    years = {e.year for e in editions}
    for qi, score, explained in r.faq:
        qa = c.kb.facts.faq[qi]
        if score >= FAQ_STRONG and qa.edition is not None and qa.edition not in years:
            return not explained
    return False


def faq_pick(c: Composer, r: Reading, editions: tuple[Edition, ...]) -> tuple[QA, float] | None:
    """The best free Q&A item for the question, unless it is about another edition."""
    if not r.faq:
        return None  # most questions match no Q&A item
    years = {e.year for e in editions}
    for qi, score, explained in r.faq:
        qa = c.kb.facts.faq[qi]
        if score < FAQ_WEAK:
            break
        if qa.edition is not None and years and qa.edition not in years and not explained:
            continue  # about another edition: "forums at the 3rd" is not "forums at the 1st"
        if qa.edition is not None and not years and not explained:
            continue  # an item about one edition, asked of none ("who made you?")
        return qa, score
    return None
