"""The engine: a question (plus today's date and the conversation so far) in, an answer out."""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from . import evaluate, review
from .answer import Answer
from .knowledge import Knowledge
from .lexicon import Lexicon, build_lexicon
from .model import QA, Edition, Upcoming
from .parse import parse
from .query import Query
from .render import MissingText, Renderer, chinese_number, english_ordinal
from .text import normalise
from .understand import Reading, Ref, read

# Signals below these are too weak to act on.
FAQ_STRONG = 0.72
FAQ_WEAK = 0.5
MAX_LISTED = 20
# References whose answer depends on how current the file is.
_TIME_RELATIVE = frozenset({"latest", "this_year", "next", "next_year"})
# Answers to "when did it open/close" keep the intent name members' tools already know.
_LABELS = {"start": "dates", "end": "dates"}
# Intents a parsed attribute may refine ("when did it start" asks the start, not all dates).
_LOOKUPS = frozenset(
    {"dates", "start", "end", "weekday", "since", "place", "theme", "attendance", "overview"}
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a conversation was about, so follow-ups resolve. Belongs to one user in one place."""

    editions: tuple[int, ...] = ()
    intent: str | None = None
    at: float = 0.0  # caller's clock (seconds) when the turn was answered


@dataclass(frozen=True, slots=True)
class Reply:
    answer: Answer
    context: Context


@dataclass(frozen=True, slots=True)
class NoSuch:
    """A reference to an edition that does not exist."""

    kind: str  # ordinal | year
    value: int


Target = Edition | NoSuch | Upcoming


class Engine:
    """Answers questions from one knowledge version. Immutable after construction."""

    def __init__(self, kb: Knowledge, *, context_ttl: float = 600.0) -> None:
        self.kb = kb
        self.lex: Lexicon = build_lexicon(kb)
        self.context_ttl = context_ttl
        eds = sorted(kb.editions, key=lambda e: e.year)
        self.editions: tuple[Edition, ...] = tuple(eds)
        self.by_year = {e.year: e for e in eds}
        self.by_ordinal = {e.ordinal: e for e in eds if e.ordinal is not None}
        self.by_count = {e.count: e for e in eds if e.count is not None}
        dated = sorted(((e.start, e) for e in eds if e.start), key=lambda p: (p[0], p[1].year))
        self._held = tuple(e for _, e in dated if e.status == "held")
        self._held_starts = tuple(d for d, e in dated if e.status == "held")
        self._dated = tuple(e for _, e in dated if e.status != "cancelled")
        self._dated_starts = tuple(d for d, e in dated if e.status != "cancelled")
        theme_index: dict[str, list[int]] = defaultdict(list)
        for e in eds:
            for w in set(normalise(e.theme or "").words) - self.lex.stop:
                theme_index[w].append(e.year)
        self._theme_index = {w: tuple(ys) for w, ys in theme_index.items()}
        self.renderers = {lang: Renderer(kb, lang) for lang in ("en", "zh")}
        # Suggestions are fixed per language and edition: rendered once, not per answer.
        self._starters = {lang: self._starter(R) for lang, R in self.renderers.items()}
        self._topics = {
            (lang, e.year): {
                topic: R.tpl(f"suggest_{topic}", year=e.year)
                for topic in ("dates", "theme", "attendance", "sources")
            }
            for lang, R in self.renderers.items()
            for e in eds
        }
        self._handlers: dict[str, Callable[[Renderer, Edition, dt.date], str]] = {
            "dates": self._dates,
            "place": self._place,
            "theme": self._theme,
            "attendance": self._attendance,
            "duration": self._duration,
            "highlights": self._highlights,
            "sources": self._sources,
            "overview": self._overview,
            "start": self._start,
            "end": self._end,
            "weekday": self._weekday,
            "hosts": self._host_line,
        }
        for attr in kb.vocabulary.attributes:
            self._handlers[f"attr:{attr.id}"] = partial(self._detail, attr.id)
        self._labels = {a.id: a for a in kb.vocabulary.attributes}

    # --- public ---------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        *,
        today: dt.date,
        context: Context | None = None,
        now: float = 0.0,
    ) -> Reply:
        """Answer one question. Never raises; "no answer" is an Answer with answered=False."""
        try:
            reading = read(question, self.lex)
            query = parse(question, reading, self.lex)
        except Exception:
            reading = read("", self.lex)
            query = parse("", reading, self.lex)
        # The decline policy reads the residue: noise never blocks an answer.
        reading = replace(reading, unknown=query.residue.unknown)
        ctx = context if context and now - context.at <= self.context_ttl else None
        lang = reading.lang
        try:
            answer = self._answer(reading, query, today, ctx, self.renderers[lang])
        except MissingText:
            lang = "en"
            answer = self._answer(reading, query, today, ctx, self.renderers["en"])
        if answer.intent == "count" or any(ref.kind in _TIME_RELATIVE for ref in query.refs):
            answer = self._as_of(self.renderers[lang], answer, today)
        if answer.answered and answer.editions:
            new_ctx = Context(answer.editions, _base_intent(answer.intent), now)
        elif answer.answered:
            new_ctx = Context(ctx.editions if ctx else (), _base_intent(answer.intent), now)
        else:
            new_ctx = ctx or Context(at=now)
        return Reply(answer, new_ctx)

    def edition(self, year: int) -> Edition | None:
        """The edition held in ``year``, if any."""
        return self.by_year.get(year)

    def latest(self, today: dt.date) -> Edition | None:
        """The most recent edition that has started by ``today``."""
        i = bisect.bisect_right(self._held_starts, today)
        return self._held[i - 1] if i else None

    def upcoming(self, today: dt.date) -> Edition | Upcoming | None:
        """The next edition after ``today``: announced, or what the file says about it."""
        i = bisect.bisect_right(self._dated_starts, today)
        if i < len(self._dated):
            return self._dated[i]
        nxt = self.kb.facts.series.next
        if nxt is not None and nxt.year not in self.by_year:
            return nxt
        return None

    def label(self, ed: Edition) -> str:
        """Short label for menus: "4th · 2017 · Dec 3–5"."""
        return self.renderers["en"].label(ed)

    def understand(
        self, question: str, *, today: dt.date, context: Context | None = None
    ) -> tuple[Query, tuple[int, ...]]:
        """The parsed query and the editions its references resolve to (for tests and tools)."""
        reading = read(question, self.lex)
        query = parse(question, reading, self.lex)
        years: dict[int, None] = {}
        for ref in query.refs:
            target = self._resolve(ref, today, context)
            if isinstance(target, Edition):
                years[target.year] = None
        return query, tuple(years)

    def find_edition(self, text: str, today: dt.date) -> Edition | None:
        """The one edition a short text names ("4th", "2017", "latest"), or None."""
        reading = read(text, self.lex)
        found: dict[int, Edition] = {}
        for ref in reading.refs:
            target = self._resolve(ref, today, None)
            if isinstance(target, Edition):
                found[target.year] = target
        return next(iter(found.values())) if len(found) == 1 else None

    # Direct answers for commands (no question to parse). Topics match the intents' ids.
    TOPICS = ("dates", "place", "theme", "attendance", "hosts", "highlights", "sources")

    def topic(self, year: int, topic: str | None, today: dt.date, lang: str = "en") -> Answer:
        """One edition's overview, or one topic of it."""
        R = self.renderers[lang]
        ed = self.by_year.get(year)
        if ed is None:
            return self._no_such(R, NoSuch("year", year))
        if topic == "hosts":
            return self._hosts(R, (ed,))
        intent = topic if topic in self._handlers else "overview"
        return self._for_editions(R, intent, (ed,), today, 1.0)

    def listing(self, today: dt.date, lang: str = "en") -> Answer:
        """Every edition, one line each."""
        return self._list(self.renderers[lang], today)

    def latest_answer(self, today: dt.date, lang: str = "en") -> Answer:
        """The overview of the most recent edition."""
        latest = self.latest(today)
        if latest is None:
            return self._decline(self.renderers[lang], "decline_unknown", 0.5)
        return self._as_of(self.renderers[lang], self.topic(latest.year, None, today, lang), today)

    def next_answer(self, today: dt.date, lang: str = "en") -> Answer:
        """The next edition's dates, or that it is not announced yet."""
        R = self.renderers[lang]
        nxt = self.upcoming(today)
        if isinstance(nxt, Edition):
            return self.topic(nxt.year, "dates", today, lang)
        if isinstance(nxt, Upcoming):
            return self._next(R, nxt, today)
        text = R.tpl("next_none")
        return Answer(True, "next", (), 0.9, R.series_name, text, lang=R.lang)

    def about_answer(self, lang: str = "en") -> Answer:
        """What the series is."""
        return self._about(self.renderers[lang])

    # --- resolution -----------------------------------------------------------------------

    def _resolve(self, ref: Ref, today: dt.date, ctx: Context | None) -> Target | None:
        if ref.kind == "ordinal":
            ed = self.by_ordinal.get(ref.value) or self.by_count.get(ref.value)
            return ed or NoSuch("ordinal", ref.value)
        if ref.kind in ("year", "this_year", "last_year", "next_year", "years_ago"):
            year = ref.value
            if ref.kind == "years_ago":
                year = today.year - ref.value
            elif ref.kind != "year":
                year = today.year + {"this_year": 0, "last_year": -1, "next_year": 1}[ref.kind]
            if year in self.by_year:
                return self.by_year[year]
            nxt = self.kb.facts.series.next
            if nxt is not None and nxt.year == year:
                return nxt
            return NoSuch("year", year)
        if ref.kind == "first":
            return self.editions[0] if self.editions else None
        if ref.kind == "latest":
            return self.latest(today)
        if ref.kind == "next":
            return self.upcoming(today)
        if ref.kind in ("previous", "following"):
            # Relative to the edition the conversation is about (else the latest one).
            base = self.by_year.get(ctx.editions[0]) if ctx and ctx.editions else None
            base = base or self.latest(today)
            if base is None:
                return None
            if ref.kind == "previous":
                earlier = [e for e in self.editions if e.year < base.year]
                return earlier[-1] if earlier else None
            later = [e for e in self.editions if e.year > base.year]
            return later[0] if later else self.upcoming(today)
        return None

    # --- deciding -------------------------------------------------------------------------

    def _answer(
        self, r: Reading, q: Query, today: dt.date, ctx: Context | None, R: Renderer
    ) -> Answer:
        if r.empty:
            return self._help(R, "help")
        targets: list[Target] = []
        ordinal_via_count: list[tuple[int, Edition]] = []
        for ref in r.refs:
            t = self._resolve(ref, today, ctx)
            if t is None or t in targets:
                continue
            targets.append(t)
            if (
                ref.kind == "ordinal"
                and isinstance(t, Edition)
                and t.ordinal != ref.value
                and t.count == ref.value
            ):
                ordinal_via_count.append((ref.value, t))
        editions = tuple(t for t in targets if isinstance(t, Edition))
        missing = [t for t in targets if isinstance(t, NoSuch)]
        upcoming = [t for t in targets if isinstance(t, Upcoming)]
        intent, score = r.intents[0] if r.intents else ("", 0.0)
        if q.attributes and intent in _LOOKUPS and q.attributes[0] in self._handlers:
            intent = q.attributes[0]  # the parse knows better: "start", "attr:expo"

        # Greetings and help, unless the message also asks something ("hey, when was…").
        if intent in ("greeting", "help", "thanks"):
            asks = [(i, s) for i, s in r.intents if i not in ("greeting", "help", "thanks")]
            if not asks and not targets and not self._faq_pick(r, editions):
                return self._help(R, intent)
            intent, score = asks[0] if asks else ("", 0.0)

        # Logistics and personal plans ("can I attend?"): nothing in the file answers them.
        qa_strong = self._faq_pick(r, editions)
        if r.intent("unsupported") and not (qa_strong and qa_strong[1] >= FAQ_STRONG):
            return self._decline(R, "decline_unknown", 0.8)

        # Is this about our series at all?
        has_context = ctx is not None and (ctx.editions or ctx.intent)
        if not r.series_named and r.unknown:
            if r.event_noun or targets:
                return self._decline(R, "decline_other_event", 0.9)
            return self._decline(R, "decline_offtopic", 0.9)
        if r.series_named and r.unknown and score < 2.5:
            # A word we cannot place is probably the real subject ("sponsored", "keynote").
            return self._decline(R, "decline_unknown", 0.8)
        if r.series_named and r.unknown and not r.intents and not r.faq:
            return self._decline(R, "decline_unknown", 0.8)
        anchored = r.series_named or targets or has_context
        if not anchored and not r.faq:
            # Nothing ties the question to our series: only clear series-level questions pass
            # ("where is it held?"); "what time is it in Beijing" does not.
            if intent in self.lex.edition_specific and not r.months:
                return self._decline(
                    R, "decline_context" if score >= 1.5 else "decline_offtopic", 0.6
                )
            if intent in ("about", "") or (score < 1.5 and not r.months):
                return self._decline(R, "decline_offtopic", 0.7)

        if q.operation != "lookup" and not r.unknown:
            answer = self._operate(q, R, editions, today, ctx)
            if answer is not None:
                return answer

        # Two references that disagree ("the 4th edition in 2016"): ask rather than guess.
        kinds = {ref.kind for ref in r.refs}
        if len(editions) > 1 and {"ordinal", "year"} <= kinds and len(r.refs) == 2:
            return self._ambiguous(R, editions)

        qa = self._faq_pick(r, editions)
        if qa is not None and (qa[1] >= FAQ_STRONG or score <= 1.5):
            return self._faq_answer(R, qa[0], qa[1], r)

        if missing and not editions and (intent == "numbering" or not upcoming):
            return self._no_such(R, missing[0])
        if upcoming and not editions:
            return self._next(R, upcoming[0], today)

        if not intent:
            if editions and self._faq_conflict(r, editions):
                # Clearly a Q&A-type fact ("how many forums"), but we only know it for another
                # edition: saying so beats an overview that does not answer.
                return self._decline(R, "decline_unknown", 0.7)
            unexplained = set(r.content) - self.lex.filler - self.lex.event_nouns
            if editions and unexplained and not has_context:
                return self._decline(R, "decline_unknown", 0.6)
            if editions:
                intent = ctx.intent if ctx and ctx.intent else "overview"
                intent = (
                    intent
                    if intent in self._handlers or intent in ("ago", "which", "hosts")
                    else "overview"
                )
            elif r.months:
                intent = "which"
            elif has_context and not r.series_named:
                return self._decline(R, "decline_context", 0.5)
            elif r.series_named:
                if r.unknown or set(r.content) - self.lex.filler:
                    return self._decline(R, "decline_unknown", 0.7)
                return self._about(R)
            else:
                return self._decline(R, "decline_offtopic", 0.7)

        if intent == "followup":
            nxt_intent = next((i for i, s in r.intents[1:] if s >= 1), None)
            intent = nxt_intent or (ctx.intent if ctx and ctx.intent else "overview")
            if intent == "followup":
                intent = "overview"
        if intent == "about" and editions:
            intent = "overview"
        if r.months and not editions and intent in ("which", "dates", "numbering", "list"):
            intent = "which"  # "was there one in September?"
        if intent == "overview" and not editions and not (ctx and ctx.editions):
            return self._about(R)
        if intent == "numbering":
            if len(editions) == 1 and not ordinal_via_count and r.refs[0].kind != "ordinal":
                return evaluate.numbering_of(self, R, editions[0])
            return self._numbering(R, ordinal_via_count)
        if intent == "count":
            return self._count(R, today)
        if intent == "since" and not editions:
            return self._since(R, today)
        if intent == "which":
            return self._which(R, r, editions, today, ctx)
        if intent == "hosts":
            if not editions and ctx and ctx.editions and not r.series_named:
                # "who hosted it?" after talking about an edition: that edition's hosts
                editions = tuple(e for y in ctx.editions if (e := self.by_year.get(y)))
            return self._hosts(R, editions)
        if intent == "about":
            return self._about(R)
        if intent == "list":
            second = next((i for i, s in r.intents[1:] if i in self._handlers and s >= 1), None)
            if second and not editions:
                held = tuple(e for e in self.editions if e.start and e.start <= today)
                return self._for_editions(R, second, held, today, 0.8, listed=True)
            return self._list(R, today)
        if intent == "place" and not editions and not (ctx and ctx.editions):
            return self._series_place(R)

        confidence = 0.95
        note = ""
        if not editions and intent == "theme":
            found = self._theme_search(r)
            if found is not None:
                return self._which_theme(R, found)
        if not editions and intent.startswith("attr:"):
            about = intent[5:]
            series_facts = [d for d in self.kb.facts.series.details if d.about == about]
            if series_facts and not (ctx and ctx.editions):
                text = " ".join(R.detail_text(d) for d in series_facts)
                urls = tuple(d.url for d in series_facts if d.url)
                return self._series(R, intent, text, sources=urls)
            if not (ctx and ctx.editions):
                # "what is the expo?": where it began, not the latest edition's (missing) fact
                return evaluate.reverse_first(self, R, q)
        if editions and q.first and intent.startswith("attr:"):
            firsts = [(e, d) for e in editions for d in e.details if d.first]
            if firsts:
                text = " ".join(R.detail_text(d) for _, d in firsts)
                return self.edition_answer(R, "lookup", text, firsts[0][0])
        if not editions and ctx and ctx.editions:
            editions = tuple(e for y in ctx.editions if (e := self.by_year.get(y)))
            confidence = 0.85
        if not editions:
            latest = self.latest(today)
            if latest is None:
                return self._decline(R, "decline_context", 0.5)
            editions = (latest,)
            confidence = 0.6
            note = R.tpl("assumed_latest", year=latest.year)
        if intent == "ago":
            return self._ago(R, editions, today, confidence)
        if intent not in self._handlers:
            intent = "overview"
        if ordinal_via_count:
            number, ed = ordinal_via_count[0]
            note = self._no_official(R, number, ed)
        asked = [a for a in q.attributes if a in self._handlers] if q.attributes else []
        if len(asked) > 1 and intent in asked:
            parts = [self._for_editions(R, a, editions, today, confidence) for a in asked]
            answer = replace(
                parts[0],
                answered=any(p.answered for p in parts),
                text="\n".join(p.text for p in parts),
                sources=tuple(dict.fromkeys(u for p in parts for u in p.sources)),
                fields=(),
            )
        else:
            if q.attributes and q.attributes[0] in self._handlers and intent in _LOOKUPS:
                intent = q.attributes[0]
            answer = self._for_editions(R, intent, editions, today, confidence)
        if note:
            answer = replace(answer, text=f"{answer.text} {note}".strip())
        return answer

    def _operate(
        self,
        q: Query,
        R: Renderer,
        editions: tuple[Edition, ...],
        today: dt.date,
        ctx: Context | None,
    ) -> Answer | None:
        """Operations beyond a look-up; None hands the question back to the look-up."""
        if not editions and ctx and ctx.editions and q.operation == "verify":
            editions = tuple(e for y in ctx.editions if (e := self.by_year.get(y)))
        if q.operation == "verify":
            return evaluate.verify(self, R, q, editions, today)
        if q.operation == "compare":
            return evaluate.compare(self, R, q, editions)
        if q.operation == "difference":
            return evaluate.difference(self, R, q, editions)
        if q.operation == "superlative":
            held = tuple(e for e in self.editions if e.start and e.start <= today)
            return evaluate.superlative(self, R, q, editions if len(editions) > 1 else held)
        if q.operation == "filter":
            return evaluate.month_filter(self, R, q)
        if q.operation == "reverse":
            return (
                evaluate.reverse_dates(self, R, q) if q.days else evaluate.reverse_first(self, R, q)
            )
        if q.operation == "usual":
            return evaluate.usual(self, R, q)
        if q.operation == "frequency":
            return evaluate.frequency(self, R, today)
        return None

    # --- the small API evaluate.py words its answers with -------------------------------------

    def decline(self, R: Renderer, kind: str, confidence: float) -> Answer:
        """A decline of the given kind (decline_unknown, decline_context…)."""
        return self._decline(R, kind, confidence)

    def refusal(self, R: Renderer, text: str) -> Answer:
        """Not answered, with an honest explanation of what is missing."""
        return Answer(
            False, "decline", (), 0.6, R.series_name, text, lang=R.lang, operation="decline"
        )

    def ambiguous(self, R: Renderer, editions: list[Edition]) -> Answer:
        """Several editions fit: offer them instead of guessing."""
        return self._ambiguous(R, tuple(editions))

    def series_answer(
        self,
        R: Renderer,
        operation: str,
        text: str,
        years: tuple[int, ...],
        sources: tuple[str, ...],
    ) -> Answer:
        """An answer about several editions or the series, titled with the series' name."""
        return Answer(
            True,
            operation,
            years,
            0.85,
            R.series_name,
            text,
            sources=sources,
            lang=R.lang,
            operation=operation,
        )

    def edition_answer(
        self,
        R: Renderer,
        operation: str,
        text: str,
        e: Edition,
        sources: tuple[str, ...] | None = None,
    ) -> Answer:
        """An answer about one edition."""
        return Answer(
            True,
            operation,
            (e.year,),
            0.85,
            R.name(e),
            text,
            sources=_sources([e]) if sources is None else sources,
            lang=R.lang,
            operation=operation,
        )

    def sources_of(self, editions: list[Edition] | tuple[Edition, ...]) -> tuple[str, ...]:
        """Every source link of the editions given."""
        return _sources(editions)

    def span(self, R: Renderer, a: dt.date, b: dt.date) -> str:
        """ "2 years and 3 months" between two dates."""
        return _span(R, a, b)

    def dates_text(self, R: Renderer, e: Edition, today: dt.date) -> str:
        """One edition's dates as a sentence."""
        return self._dates(R, e, today)

    def attribute_label(self, R: Renderer, attr: str) -> str:
        """How answers name a kind of detail (sub-forums)."""
        a = self._labels.get(attr)
        if a is None:
            return attr
        return (a.label_zh or a.label) if R.zh else a.label

    def _faq_conflict(self, r: Reading, editions: tuple[Edition, ...]) -> bool:
        """Whether a strong Q&A match was set aside because it is about another edition."""
        years = {e.year for e in editions}
        for qi, score, explained in r.faq:
            qa = self.kb.facts.faq[qi]
            if score >= FAQ_STRONG and qa.edition is not None and qa.edition not in years:
                return not explained
        return False

    def _faq_pick(self, r: Reading, editions: tuple[Edition, ...]) -> tuple[QA, float] | None:
        years = {e.year for e in editions}
        for qi, score, explained in r.faq:
            qa = self.kb.facts.faq[qi]
            if score < FAQ_WEAK:
                break
            if qa.edition is not None and years and qa.edition not in years and not explained:
                continue  # about another edition: "forums at the 3rd" is not "forums at the 1st"
            return qa, score
        return None

    # --- answers --------------------------------------------------------------------------

    def _help(self, R: Renderer, kind: str) -> Answer:
        latest = self.editions[-1].year if self.editions else ""
        text = R.tpl(kind, example1=R.tpl("example1"), example2=R.tpl("example2", year=latest))
        return Answer(
            False,
            kind,
            (),
            1.0,
            R.series_name,
            text,
            suggestions=self._starters[R.lang],
            lang=R.lang,
        )

    def _starter(self, R: Renderer) -> tuple[str, ...]:
        out = [R.tpl("suggest_latest"), R.tpl("suggest_list")]
        if self.editions:
            out.insert(1, R.tpl("suggest_theme", year=self.editions[-1].year))
        return tuple(out)

    def _decline(self, R: Renderer, kind: str, confidence: float) -> Answer:
        latest = self.editions[-1].year if self.editions else ""
        text = R.tpl(kind, example1=R.tpl("example1"), example2=R.tpl("example2", year=latest))
        return Answer(
            False,
            "decline",
            (),
            confidence,
            R.series_name,
            text,
            (),
            (),
            self._starters[R.lang],
            R.lang,
        )

    def _ambiguous(self, R: Renderer, editions: tuple[Edition, ...]) -> Answer:
        items = R.join([f"{R.name(e)} ({e.year})" for e in editions])
        sugg = tuple(R.tpl("suggest_dates", year=e.year) for e in editions)
        text = R.tpl("ambiguous", items=items)
        return Answer(False, "ambiguous", (), 0.4, R.series_name, text, (), (), sugg, R.lang)

    def _no_such(self, R: Renderer, miss: NoSuch) -> Answer:
        first, last = (self.editions[0], self.editions[-1]) if self.editions else (None, None)
        if first is None or last is None:
            return self._decline(R, "decline_unknown", 0.5)
        if miss.kind == "ordinal":
            text = R.tpl(
                "no_such_ordinal",
                ordinal=english_ordinal(miss.value),
                ordinal_zh=chinese_number(miss.value),
                first_ordinal=english_ordinal(1),
                first=first.year,
                last=last.year,
                last_name=R.name(last),
            )
        elif miss.value < first.year:
            text = R.tpl("no_such_year_before", year=miss.value, first=first.year)
        elif miss.value > last.year:
            text = R.tpl("no_such_year_future", year=miss.value)
        else:
            text = R.tpl("no_such_year", year=miss.value, first=first.year)
        sugg = (R.tpl("suggest_latest"), R.tpl("suggest_list"))
        return Answer(False, "no_such_edition", (), 0.9, R.series_name, text, (), (), sugg, R.lang)

    def _series(
        self,
        R: Renderer,
        intent: str,
        text: str,
        *,
        editions: tuple[int, ...] = (),
        confidence: float = 0.9,
        sources: tuple[str, ...] | None = None,
        suggestions: tuple[str, ...] = (),
    ) -> Answer:
        """An answer about the series as a whole (titled with its name)."""
        if sources is None:
            sources = self.kb.facts.series.sources
        return Answer(
            True,
            intent,
            editions,
            confidence,
            R.series_name,
            text,
            (),
            sources,
            suggestions,
            R.lang,
        )

    def _next(self, R: Renderer, nxt: Upcoming, today: dt.date) -> Answer:
        facts = self.kb.facts
        if review.stale(facts, today):
            # Weeks after the last review, "not announced" may no longer be true: say so.
            as_of = R.date(facts.as_of) if facts.as_of else "?"
            text = R.tpl("stale_next", date=as_of)
            return self._series(R, "next", text, sources=(), confidence=0.5)
        text = R.tpl("next_unannounced", year=nxt.year)
        if nxt.note:
            text += " " + R.pick(nxt.note, nxt.note_zh)
        if facts.as_of:
            text += " " + R.tpl("as_of", date=R.date(facts.as_of))
        return self._series(R, "next", text, sources=(), suggestions=(R.tpl("suggest_latest"),))

    def _as_of(self, R: Renderer, answer: Answer, today: dt.date) -> Answer:
        """Prefix "as of <date>" to an answer about the latest edition once the file is old."""
        facts = self.kb.facts
        if not review.stale(facts, today) or not answer.answered or answer.intent == "next":
            return answer
        as_of = R.date(facts.as_of) if facts.as_of else "?"
        return replace(answer, text=f"{R.tpl('stale_latest', date=as_of)} {answer.text}")

    def _no_official(self, R: Renderer, number: int, ed: Edition) -> str:
        return R.tpl(
            "no_official_ordinal",
            ordinal=english_ordinal(number),
            ordinal_zh=chinese_number(number),
            name=R.name(ed),
            year=ed.year,
        )

    def _numbering(self, R: Renderer, via_count: list[tuple[int, Edition]]) -> Answer:
        s = self.kb.facts.series
        text = R.pick(s.numbering, s.numbering_zh) if s.numbering else ""
        editions: tuple[int, ...] = ()
        if via_count:
            number, ed = via_count[0]
            lead = self._no_official(R, number, ed)
            if ed.note:
                lead += " " + R.pick(ed.note, ed.note_zh)
            text = f"{lead} {text}".strip()
            editions = (ed.year,)
        if not text:
            return self._decline(R, "decline_unknown", 0.5)
        return self._series(R, "numbering", text, editions=editions)

    def _count(self, R: Renderer, today: dt.date) -> Answer:
        held = [e for e in self.editions if e.start and e.start <= today]
        if not held:
            return self._decline(R, "decline_unknown", 0.5)
        text = R.tpl("count", n=len(held), first=held[0].year, last=held[-1].year)
        s = self.kb.facts.series
        if s.numbering:
            text += " " + R.pick(s.numbering, s.numbering_zh)
        return self._series(R, "count", text, suggestions=(R.tpl("suggest_list"),))

    def _since(self, R: Renderer, today: dt.date) -> Answer:
        first = self.editions[0] if self.editions else None
        if first is None or first.start is None:
            return self._decline(R, "decline_unknown", 0.5)
        text = R.tpl(
            "since", first=first.year, dates=R.dates(first), years=_span(R, first.start, today)
        )
        return self._series(R, "since", text, editions=(first.year,), sources=_sources([first]))

    def _list(self, R: Renderer, today: dt.date) -> Answer:
        lines = [R.tpl("list_intro")]
        for e in self.editions[-MAX_LISTED:]:
            lines.append(R.tpl("list_line", label=R.label(e), name=R.name(e), dates=R.dates(e)))
        nxt = self.upcoming(today)
        if isinstance(nxt, Upcoming):
            lines.append(R.tpl("next_unannounced", year=nxt.year))
        years = tuple(e.year for e in self.editions[-MAX_LISTED:])
        return self._series(R, "list", "\n".join(lines), editions=years, sources=())

    def _series_place(self, R: Renderer) -> Answer:
        s = self.kb.facts.series
        text = R.tpl("series_place", place=R.place())
        if s.place_note:
            text += " " + R.pick(s.place_note, s.place_note_zh)
        return self._series(R, "place", text)

    def _about(self, R: Renderer) -> Answer:
        s = self.kb.facts.series
        text = R.tpl("about", description=R.pick(s.description, s.description_zh))
        if s.place_note:
            text += " " + R.pick(s.place_note, s.place_note_zh)
        return self._series(R, "about", text, confidence=0.85, suggestions=self._starters[R.lang])

    def _hosts(self, R: Renderer, editions: tuple[Edition, ...]) -> Answer:
        s = self.kb.facts.series
        if not s.hosts:
            return self._decline(R, "decline_unknown", 0.5)
        if editions:
            lines = []
            for e in editions:
                period = next(
                    (
                        h
                        for h in s.hosts
                        if h.since <= e.year and (h.until is None or e.year <= h.until)
                    ),
                    None,
                )
                if period is None:
                    return self._decline(R, "decline_unknown", 0.5)
                lines.append(
                    R.tpl(
                        "hosts_edition",
                        name=R.name(e),
                        year=e.year,
                        text=R.pick(period.text, period.text_zh),
                    )
                )
            years = tuple(e.year for e in editions)
            return Answer(
                True, "hosts", years, 0.9, R.series_name, " ".join(lines), (), s.sources, (), R.lang
            )
        lines = []
        for h in s.hosts:
            span = (
                f"{h.since}–{h.until}"
                if h.until
                else (f"{h.since}–" if not R.zh else f"{h.since}年起")
            )
            if h.until and R.zh:
                span = f"{h.since}–{h.until}年"
            lines.append(R.tpl("hosts_period", span=span, text=R.pick(h.text, h.text_zh)))
        if len(s.hosts) > 1:
            lines.insert(0, R.tpl("hosts_changed"))
        return Answer(
            True, "hosts", (), 0.9, R.series_name, " ".join(lines), (), s.sources, (), R.lang
        )

    def _ago(
        self, R: Renderer, editions: tuple[Edition, ...], today: dt.date, confidence: float
    ) -> Answer:
        parts = []
        for e in editions:
            if e.start is None:
                parts.append(R.tpl("dates_unknown", name=R.name(e)))
                continue
            span = _span(R, e.start, today)
            if e.start == today:
                parts.append(R.tpl("ago_today", name=R.name(e), start=R.date(e.start)))
            elif e.start < today:
                parts.append(R.tpl("ago_past", name=R.name(e), ago=span, start=R.date(e.start)))
            else:
                parts.append(R.tpl("ago_future", name=R.name(e), ago=span, start=R.date(e.start)))
        years = tuple(e.year for e in editions)
        return Answer(
            True,
            "ago",
            years,
            confidence,
            R.name(editions[0]),
            " ".join(parts),
            (),
            _sources(editions),
            (),
            R.lang,
        )

    def _which(
        self,
        R: Renderer,
        r: Reading,
        editions: tuple[Edition, ...],
        today: dt.date,
        ctx: Context | None,
    ) -> Answer:
        if editions:
            lines = [
                R.tpl("which_year", name=R.name(e), year=e.year, dates=R.dates(e)) for e in editions
            ]
            years = tuple(e.year for e in editions)
            return Answer(
                True,
                "which",
                years,
                0.9,
                R.name(editions[0]),
                " ".join(lines),
                (),
                _sources(editions),
                (),
                R.lang,
            )
        if r.months:
            month = r.months[0]
            hits = [
                e
                for e in self.editions
                if e.start and e.end and month in (e.start.month, e.end.month)
            ]
            mname = R.month_names[month] if not R.zh else f"{month}月"
            if not hits:
                text = R.tpl("which_month_none", month=mname)
                return Answer(True, "which", (), 0.85, R.series_name, text, (), (), (), R.lang)
            items = R.join([f"{R.name(e)} ({R.dates(e)})" for e in hits])
            text = R.tpl("which_month", month=mname, items=items)
            return Answer(
                True,
                "which",
                tuple(e.year for e in hits),
                0.9,
                R.series_name,
                text,
                (),
                _sources(hits),
                (),
                R.lang,
            )
        found = self._theme_search(r)
        if found is not None:
            return self._which_theme(R, found)
        return self._decline(R, "decline_unknown", 0.6)

    def _which_theme(self, R: Renderer, e: Edition) -> Answer:
        theme = R.pick(e.theme, e.theme_zh)
        text = R.tpl("which_theme", theme=theme, name=R.name(e), dates=R.dates(e))
        return Answer(True, "which", (e.year,), 0.8, R.name(e), text, (), _sources([e]), (), R.lang)

    def _theme_search(self, r: Reading) -> Edition | None:
        """The edition whose theme the question quotes (by distinctive words), if one stands out."""
        words = {w for w in r.content if w not in self.lex.intent_words}
        if not words and r.text.han < 4:
            return None
        scores: dict[int, float] = defaultdict(float)
        for w in words:
            for year in self._theme_index.get(w, ()):
                scores[year] += 1.0 / len(self._theme_index[w])  # rarer words weigh more
        if r.text.han >= 4:
            # Chinese: the longest stretch of the question found in a theme (4+ characters).
            for e in self.editions:
                if e.theme_zh:
                    run = _common_run(r.text.compact, e.theme_zh)
                    if run >= 4:
                        scores[e.year] += run / 2
        ranked = sorted(((s, y) for y, s in scores.items()), reverse=True)
        if not ranked or ranked[0][0] < 0.5:
            return None
        if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] * 0.8:
            return None
        return self.by_year[ranked[0][1]]

    def _faq_answer(self, R: Renderer, qa: QA, score: float, r: Reading) -> Answer:
        text = R.pick(qa.answer, qa.answer_zh)
        editions = (qa.edition,) if qa.edition is not None else ()
        confidence = min(0.95, 0.4 + score * 0.6)
        return Answer(
            True,
            f"faq:{qa.id}",
            editions,
            confidence,
            R.series_name,
            text,
            (),
            qa.sources,
            (),
            R.lang,
        )

    def _for_editions(
        self,
        R: Renderer,
        intent: str,
        editions: tuple[Edition, ...],
        today: dt.date,
        confidence: float,
        listed: bool = False,
    ) -> Answer:
        handler = self._handlers[intent]
        texts = [handler(R, e, today) for e in editions]
        sep = "\n" if listed or len(editions) > 2 else " "
        text = sep.join(t for t in texts if t)
        eds = tuple(e.year for e in editions)
        title = R.name(editions[0]) if len(editions) == 1 else R.series_name
        fields = self._fields(R, editions[0]) if intent == "overview" and len(editions) == 1 else ()
        facts_ok = any(self._has_fact(intent, e) for e in editions)
        sugg = self._follow_ups(R, intent, editions[0]) if len(editions) == 1 else ()
        return Answer(
            facts_ok,
            _LABELS.get(intent, intent),
            eds,
            confidence if facts_ok else 0.5,
            title,
            text,
            fields,
            _sources(editions),
            sugg,
            R.lang,
        )

    def _has_fact(self, intent: str, e: Edition) -> bool:
        if intent.startswith("attr:"):
            return any(d.about == intent[5:] for d in e.details)
        return {
            "dates": e.start is not None,
            "start": e.start is not None,
            "end": e.end is not None,
            "weekday": e.start is not None,
            "hosts": any(
                h.since <= e.year and (h.until is None or e.year <= h.until)
                for h in self.kb.facts.series.hosts
            ),
            "duration": e.end is not None,
            "theme": e.theme is not None,
            "attendance": bool(e.attendance),
            "highlights": bool(e.highlights or e.details),
            "sources": bool(e.sources),
        }.get(intent, True)

    def _follow_ups(self, R: Renderer, intent: str, e: Edition) -> tuple[str, ...]:
        topics = self._topics[(R.lang, e.year)]
        return tuple(text for topic, text in topics.items() if topic != intent)[:3]

    def _fields(self, R: Renderer, e: Edition) -> tuple[tuple[str, str], ...]:
        out = []
        if e.start:
            out.append((R.tpl("label_dates"), R.dates(e)))
        out.append((R.tpl("label_place"), R.place(e)))
        if e.theme:
            out.append((R.tpl("label_theme"), R.pick(e.theme, e.theme_zh)))
        if e.attendance:
            out.append(
                (
                    R.tpl("label_attendance"),
                    "; ".join(f"{R.figures(a)} ({a.source})" for a in e.attendance),
                )
            )
        return tuple(out)

    # --- per-edition facts ------------------------------------------------------------------

    def _note(self, R: Renderer, e: Edition) -> str:
        return (" " + R.pick(e.note, e.note_zh)) if e.note else ""

    def _dates(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if e.start is None:
            return R.tpl("dates_unknown", name=R.name(e))
        if e.end is None:
            return R.tpl("dates_open_only", name=R.name(e), start=R.date(e.start), place=R.place(e))
        key = "dates_future" if e.start > today else "dates_past"
        text = R.tpl(key, name=R.name(e), dates=R.dates(e), place=R.place(e))
        if e.dates_note:
            text += " " + R.pick(e.dates_note, e.dates_note_zh)
        return text + self._note(R, e)

    def _start(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if e.start is None:
            return R.tpl("dates_unknown", name=R.name(e))
        rest = R.tpl("ran", dates=R.dates(e)) if e.end and e.end != e.start else ""
        key = "start_future" if e.start > today else "start_past"
        return R.tpl(key, name=R.name(e), start=R.date(e.start), place=R.place(e), rest=rest)

    def _end(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if e.start is None:
            return R.tpl("dates_unknown", name=R.name(e))
        if e.end is None:
            return R.tpl("end_unknown", name=R.name(e), start=R.date(e.start))
        rest = R.tpl("ran", dates=R.dates(e)) if e.end != e.start else ""
        return R.tpl("end_past", name=R.name(e), end=R.date(e.end), rest=rest)

    def _weekday(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if e.start is None:
            return R.tpl("dates_unknown", name=R.name(e))
        values = {"name": R.name(e), "start": R.date(e.start), "weekday": R.weekday(e.start)}
        if e.end is None:
            return R.tpl("weekday_open_only", **values)
        return R.tpl("weekday", end=R.date(e.end), weekday_end=R.weekday(e.end), **values)

    def _host_line(self, R: Renderer, e: Edition, today: dt.date) -> str:
        period = next(
            (
                h
                for h in self.kb.facts.series.hosts
                if h.since <= e.year and (h.until is None or e.year <= h.until)
            ),
            None,
        )
        if period is None:
            return ""
        text = R.pick(period.text, period.text_zh)
        return R.tpl("hosts_edition", name=R.name(e), year=e.year, text=text)

    def _detail(self, attr: str, R: Renderer, e: Edition, today: dt.date) -> str:
        found = [d for d in e.details if d.about == attr]
        if not found:
            return R.tpl("detail_none", name=R.name(e), label=self.attribute_label(R, attr))
        return " ".join(R.detail_text(d) for d in found)

    def _place(self, R: Renderer, e: Edition, today: dt.date) -> str:
        return R.tpl("place", name=R.name(e), place=R.place(e))

    def _theme(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if not e.theme:
            return R.tpl("theme_unknown", name=R.name(e))
        return R.tpl("theme", name=R.name(e), theme=R.pick(e.theme, e.theme_zh))

    def _attendance(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if not e.attendance:
            return R.tpl("attendance_unknown", name=R.name(e))
        if len(e.attendance) == 1:
            a = e.attendance[0]
            return R.tpl("attendance", source=a.source, figures=R.figures(a), name=R.name(e))
        reports = [f"{a.source}: {R.figures(a)}" for a in e.attendance]
        return R.tpl("attendance_many", name=R.name(e), reports="; ".join(reports))

    def _duration(self, R: Renderer, e: Edition, today: dt.date) -> str:
        if e.start is None:
            return R.tpl("dates_unknown", name=R.name(e))
        if e.end is None:
            return R.tpl("end_unknown", name=R.name(e), start=R.date(e.start))
        days = (e.end - e.start).days + 1
        key = "duration_one" if days == 1 else "duration"
        text = R.tpl(key, name=R.name(e), days=days, dates=R.dates(e))
        if e.dates_note:
            text += " " + R.pick(e.dates_note, e.dates_note_zh)
        return text

    def _highlights(self, R: Renderer, e: Edition, today: dt.date) -> str:
        items = list(e.highlights_zh) if R.zh and e.highlights_zh else list(e.highlights)
        if R.zh and not e.highlights_zh and e.highlights:
            raise MissingText
        items += [R.detail_text(d) for d in e.details]
        if not items:
            return R.tpl("highlights_none", name=R.name(e))
        return R.tpl("highlights", name=R.name(e), items=" ".join(items))

    def _sources(self, R: Renderer, e: Edition, today: dt.date) -> str:
        links = _sources([e])
        if not links:
            return R.tpl("sources_none", name=R.name(e))
        return R.tpl("sources", name=R.name(e), items=" ".join(links))

    def _overview(self, R: Renderer, e: Edition, today: dt.date) -> str:
        parts = [
            self._dates(R, e, today)
            if e.start
            else R.tpl("place", name=R.name(e), place=R.place(e))
        ]
        if e.theme:
            parts.append(R.tpl("overview_theme", theme=R.pick(e.theme, e.theme_zh)))
        if e.attendance:
            a = e.attendance[-1]
            parts.append(R.tpl("overview_attendance", figures=R.figures(a), source=a.source))
        items = list(e.highlights_zh) if R.zh else list(e.highlights)
        if items:
            parts.append(" ".join(items))
        return " ".join(parts)


def _base_intent(intent: str) -> str:
    return intent.split(":", 1)[0] if not intent.startswith("faq:") else "overview"


def _sources(editions: list[Edition] | tuple[Edition, ...]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for e in editions:
        for url in e.sources:
            out[url] = None
        for a in e.attendance:
            if a.url:
                out[a.url] = None
    return tuple(out)


def _common_run(a: str, b: str) -> int:
    """Length of the longest stretch of characters ``a`` and ``b`` share."""
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return int(match.size)


def _span(R: Renderer, a: dt.date, b: dt.date) -> str:
    if a > b:
        a, b = b, a
    months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day)
    years, rest = divmod(months, 12)
    if years >= 1:
        text = R.tpl("year_ago") if years == 1 else R.tpl("years_ago", n=years)
        if rest:
            text += R.tpl("and") + (
                R.tpl("month_ago") if rest == 1 else R.tpl("months_ago", n=rest)
            )
        return text
    if months >= 1:
        return R.tpl("month_ago") if months == 1 else R.tpl("months_ago", n=months)
    days = (b - a).days
    return R.tpl("day_ago") if days == 1 else R.tpl("days_ago", n=days)
