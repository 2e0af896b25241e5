"""Composing answers: the ``Answer`` values every operation returns, worded by the renderer.

A ``Composer`` is built once per knowledge version and holds what is fixed per version: the
renderers, the sentence for each attribute and the suggestions, rendered once per language.
"""

from __future__ import annotations

import datetime as dt

from . import review
from .answer import Answer, Source
from .cite import Citer, of_urls
from .knowledge import Knowledge
from .lexparts import speakers_zh
from .model import QA, Edition, Upcoming
from .records import replace
from .render import Renderer, chinese_number, english_ordinal
from .resolve import Index, NoSuch
from .sentences import Sentence, has_fact, sentences, span
from .text import normalise

LANGS = ("en", "zh")
# Answers to "when did it open/close" keep the intent name members' tools already know.
_LABELS = {"start": "dates", "end": "dates"}


class Composer:
    """Builds answers for one knowledge version; immutable after construction."""

    def __init__(self, kb: Knowledge, index: Index) -> None:
        self.kb = kb
        self.index = index
        self.renderers = {lang: Renderer(kb, lang) for lang in LANGS}
        series = kb.facts.series
        self.citer = Citer(index.editions, series.details, series.sources, self.renderers)
        # the people the keynote facts name in Chinese (李书磊): a name a question gives
        self.speakers_zh = speakers_zh(index.editions)
        # the keynote facts' words and text (the facts that name people), read once: "how did
        # Xi take part?", "the editions where Xi sent a letter" test a name against them
        keynotes = [d for e in index.editions for d in e.details if d.about == "keynote"]
        self.keynote_words = frozenset(w for d in keynotes for w in normalise(d.text).words)
        self.keynote_text = " ".join(f"{d.text} {d.text_zh or ''}" for d in keynotes).casefold()
        self.sentences: dict[str, Sentence] = sentences(
            tuple(a.id for a in kb.vocabulary.attributes)
        )
        # Suggestions are fixed per language and edition: rendered once, not per answer.
        self._starters = {lang: self._starter(R) for lang, R in self.renderers.items()}
        # The follow-ups of an answer about each edition, by the topic it answered: worded
        # when first needed (per language and edition), then kept
        self._follow: dict[tuple[str, int], tuple[dict[str, tuple[str, ...]], tuple[str, ...]]]
        self._follow = {}
        # Declines are fixed per language and kind: worded once
        self._declines = {
            lang: {
                kind: self._decline_text(R, kind)
                for kind in {
                    **kb.vocabulary.templates["en"],
                    **kb.vocabulary.templates.get(lang, {}),
                }
                if kind.startswith("decline")
            }
            for lang, R in self.renderers.items()
        }

    # --- what evaluation looks up ----------------------------------------------------------

    @property
    def editions(self) -> tuple[Edition, ...]:
        """Every edition, oldest first."""
        return self.index.editions

    def edition(self, year: int) -> Edition | None:
        """The edition of ``year``, if any."""
        return self.index.edition(year)

    def cite(self, R: Renderer, text: str, years: tuple[int, ...]) -> tuple[Source, ...]:
        """The sources of exactly the facts ``text`` states about ``years`` (or the series)."""
        return self.citer.cite(R.lang, text, years)

    def span(self, R: Renderer, a: dt.date, b: dt.date, unit: str = "") -> str:
        """ "2 years and 3 months" between two dates (or in the unit asked)."""
        return span(R, a, b, unit)

    def dates_text(self, R: Renderer, e: Edition, today: dt.date) -> str:
        """One edition's dates as a sentence."""
        return self.sentences["dates"](R, e, today)

    def sentence(self, R: Renderer, attribute: str, e: Edition, today: dt.date) -> str:
        """One attribute of one edition as a sentence."""
        return self.sentences[attribute](R, e, today)

    def attribute_label(self, R: Renderer, attr: str) -> str:
        """How answers name a kind of detail (sub-forums)."""
        return R.attribute_label(attr)

    def figure_label(self, R: Renderer, kind: str) -> str:
        """How answers name a kind of figure (countries and regions)."""
        return R.figure_label(kind)

    def zh_speaker(self, value: str) -> str | None:
        """The person of the facts a Chinese stretch begins with ("习近平发" of 习近平发贺信:
        the name, without the verb the reading ran into), the longest such name; None if none."""
        return max((n for n in self.speakers_zh if value.startswith(n)), key=len, default=None)

    # --- answers that state nothing ---------------------------------------------------------

    def help(self, R: Renderer, kind: str, asked: bool = False) -> Answer:
        """The help, greeting or thanks reply; ``asked``: what the bot can answer is what was
        asked ("what can you do?"), an answer (not for "help me with my homework")."""
        reply = replace(self.decline(R, kind, 1.0), intent=kind, operation=kind)
        return replace(reply, answered=True) if asked and kind == "help" else reply

    def decline(self, R: Renderer, kind: str, confidence: float) -> Answer:
        """A decline of the given kind (decline_unknown, decline_context…)."""
        text = self._declines[R.lang].get(kind)
        if text is None:
            text = self._decline_text(R, kind)
        return self._unanswered(R, text, confidence, self._starters[R.lang])

    def _unanswered(
        self,
        R: Renderer,
        text: str,
        confidence: float,
        suggestions: tuple[str, ...],
        *,
        intent: str = "decline",
        years: tuple[int, ...] = (),
    ) -> Answer:
        """An answer that states no fact: a decline, an ambiguity, a help."""
        return Answer(
            False,
            intent,
            years,
            confidence,
            R.series_name,
            text,
            suggestions=suggestions,
            lang=R.lang,
            operation="decline",
        )

    def decline_about(self, R: Renderer, kind: str, confidence: float, ed: Edition) -> Answer:
        """A decline that names the one edition asked about ("I don't know that about the 6th
        …"), so the member sees the edition was understood and the conversation keeps it."""
        if kind != "decline_unknown":
            return self.decline(R, kind, confidence)
        text = R.tpl("decline_unknown_edition", name=R.name_year(ed))
        sugg = tuple(R.tpl(f"suggest_{t}", year=ed.year) for t in ("overview", "theme"))
        return self._unanswered(R, text, confidence, sugg, years=(ed.year,))

    def _decline_text(self, R: Renderer, kind: str) -> str:
        latest = self.editions[-1].year if self.editions else ""
        return R.tpl(kind, example1=R.tpl("example1"), example2=R.tpl("example2", year=latest))

    def refusal(self, R: Renderer, text: str) -> Answer:
        """Not answered, with an honest explanation of what is missing."""
        return Answer(
            False, "decline", (), 0.6, R.series_name, text, lang=R.lang, operation="decline"
        )

    def ambiguous(self, R: Renderer, editions: list[Edition] | tuple[Edition, ...]) -> Answer:
        """Several editions fit: offer them instead of guessing."""
        items = R.join([f"{R.name(e)} ({e.year})" for e in editions])
        sugg = tuple(R.tpl("suggest_dates", year=e.year) for e in editions)
        text = R.tpl("ambiguous", items=items)
        return self._unanswered(R, text, 0.4, sugg, intent="ambiguous")

    def no_such(self, R: Renderer, miss: NoSuch) -> Answer:
        """There is no such edition: say which ones there are."""
        if not self.editions:
            return self.decline(R, "decline_unknown", 0.5)
        first, last = self.editions[0], self.editions[-1]
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
        elif miss.kind == "previous":
            text = R.tpl("no_such_before_first", first=first.year)
        elif miss.value < first.year:
            text = R.tpl("no_such_year_before", year=miss.value, first=first.year)
        elif miss.value > last.year:
            text = R.tpl("no_such_year_future", year=miss.value)
        else:
            text = R.tpl("no_such_year", year=miss.value, first=first.year)
        sugg = (R.tpl("suggest_latest"), R.tpl("suggest_list"))
        return Answer(
            False,
            "no_such_edition",
            (),
            0.9,
            R.series_name,
            text,
            suggestions=sugg,
            lang=R.lang,
            operation="decline",
        )

    # --- answers that state facts -------------------------------------------------------------

    def series_answer(
        self,
        R: Renderer,
        operation: str,
        text: str,
        years: tuple[int, ...] = (),
        *,
        intent: str | None = None,
        confidence: float = 0.85,
        suggestions: tuple[str, ...] = (),
    ) -> Answer:
        """An answer about several editions or the series, titled with the series' name."""
        return Answer(
            True,
            intent or operation,
            years,
            confidence,
            R.series_name,
            text,
            sources=self.cite(R, text, years),
            suggestions=suggestions,
            lang=R.lang,
            operation=operation,
        )

    def edition_answer(
        self,
        R: Renderer,
        operation: str,
        text: str,
        e: Edition,
    ) -> Answer:
        """An answer about one edition."""
        return Answer(
            True,
            operation,
            (e.year,),
            0.85,
            R.name(e),
            text,
            sources=self.cite(R, text, (e.year,)),
            lang=R.lang,
            operation=operation,
        )

    def lookup(
        self,
        R: Renderer,
        intent: str,
        editions: tuple[Edition, ...],
        today: dt.date,
        confidence: float,
        listed: bool = False,
    ) -> Answer:
        """One attribute of the editions given; not "answered" where no edition has the fact."""
        sentence = self.sentences[intent]
        texts = [sentence(R, e, today) for e in editions]
        sep = "\n" if listed or len(editions) > 1 else " "
        one = len(editions) == 1
        if intent == "theme" and len(editions) > 2:  # a list of themes: one short line each
            texts = [
                R.tpl("theme_line", year=e.year, theme=R.pick(e.theme, e.theme_zh))
                if e.theme
                else t
                for e, t in zip(editions, texts, strict=True)
            ]
        elif not one:  # "It held 20 sub-forums.": say which edition each sentence is about
            texts = [
                t if not t or R.name(e) in t else R.tpl("of_edition", name=R.name_year(e), text=t)
                for e, t in zip(editions, texts, strict=True)
            ]
        facts_ok = any(has_fact(intent, e) for e in editions)
        text = sep.join(t for t in texts if t)
        years = tuple(e.year for e in editions)
        return Answer(
            facts_ok,
            _LABELS.get(intent, intent),
            years,
            confidence if facts_ok else 0.5,
            R.name(editions[0]) if one else R.series_name,
            text,
            self._fields(R, editions[0]) if intent == "overview" and one else (),
            self.cite(R, text, years) if facts_ok else (),
            self._follow_ups(R, intent, editions[0]) if one else (),
            R.lang,
        )

    def faq_answer(self, R: Renderer, qa: QA, score: float) -> Answer:
        """A free Q&A item's answer."""
        return Answer(
            True,
            f"faq:{qa.id}",
            (qa.edition,) if qa.edition is not None else (),
            min(0.95, 0.4 + score * 0.6),
            R.series_name,
            # (an item with no Chinese answer: said so in Chinese, then its English words)
            R.pick(qa.answer, qa.answer_zh)
            if qa.answer_zh or not R.zh
            else R.tpl("faq_english_only", answer=qa.answer),
            sources=of_urls(qa.sources),
            lang=R.lang,
        )

    def next_answer(self, R: Renderer, nxt: Upcoming, today: dt.date) -> Answer:
        """What the file says of the next edition, dated; unknown once the file is old."""
        facts = self.kb.facts
        if review.stale(facts, today):
            # Weeks after the last review, "not announced" may no longer be true: say so.
            as_of = R.date(facts.as_of) if facts.as_of else "?"
            text = R.tpl("stale_next", date=as_of)
            return self.series_answer(R, "lookup", text, (), intent="next", confidence=0.5)
        text = R.tpl("next_unannounced", year=nxt.year)
        if nxt.note:
            text += " " + R.pick(nxt.note, nxt.note_zh)
        if facts.as_of:
            text += " " + R.tpl("as_of", date=R.date(facts.as_of))
        sugg = (R.tpl("suggest_latest"),)
        # (about the next edition, by its year, though the file has no edition of it yet; no
        # page states that it is unannounced: the file's own review date says it)
        answer = self.series_answer(R, "lookup", text, (), intent="next", suggestions=sugg)
        return replace(answer, editions=(nxt.year,), sources=())

    def as_of(self, R: Renderer, answer: Answer, today: dt.date) -> Answer:
        """Prefix "as of <date>" to an answer about the latest edition once the file is old."""
        facts = self.kb.facts
        if not review.stale(facts, today) or not answer.answered or answer.intent == "next":
            return answer
        as_of = R.date(facts.as_of) if facts.as_of else "?"
        return replace(answer, text=f"{R.tpl('stale_latest', date=as_of)} {answer.text}")

    # --- parts ----------------------------------------------------------------------------------

    def _starter(self, R: Renderer) -> tuple[str, ...]:
        out = [R.tpl("suggest_latest"), R.tpl("suggest_list")]
        if self.editions:
            out.insert(1, R.tpl("suggest_theme", year=self.editions[-1].year))
        return tuple(out)

    def starters(self, R: Renderer) -> tuple[str, ...]:
        """Suggestions for a fresh start: the latest edition, its theme, the list."""
        return self._starters[R.lang]

    def _follow_ups(self, R: Renderer, intent: str, e: Edition) -> tuple[str, ...]:
        follow = self._follow.get((R.lang, e.year))
        if follow is None:
            R = self.renderers[R.lang]
            texts = {
                topic: R.tpl(f"suggest_{topic}", year=e.year)
                for topic in ("dates", "theme", "attendance", "sources")
            }
            follow = (
                {t: tuple(x for k, x in texts.items() if k != t)[:3] for t in texts},
                tuple(texts.values())[:3],
            )
            if self.index.edition(e.year) is e:  # kept for the file's own editions
                self._follow[R.lang, e.year] = follow
        by_topic, others = follow
        return by_topic.get(intent, others)

    def _fields(self, R: Renderer, e: Edition) -> tuple[tuple[str, str], ...]:
        out = []
        if e.start:
            out.append((R.tpl("label_dates"), R.dates(e) or R.date(e.start)))
        out.append((R.tpl("label_place"), R.place(e)))
        if e.theme:
            out.append((R.tpl("label_theme"), R.pick(e.theme, e.theme_zh)))
        if e.attendance:
            figures = "; ".join(f"{R.figures(a)} ({a.source})" for a in e.attendance)
            out.append((R.tpl("label_attendance"), figures))
        return tuple(out)
