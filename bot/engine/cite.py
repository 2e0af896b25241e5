"""Which sources an answer cites: the sources of exactly the facts its text states.

Every fact in the knowledge is rendered once per language into the forms answers word it in
(a detail's sentence, a figure as the source words it, an edition's dates, its theme); an
answer cites a fact when its text contains one of the fact's forms. The forms come from the
same renderer that words the answers, so a fact stated is a fact found, and a superlative cites
its winner's source, not every edition's pages. An answer about an edition that states none of
its sourced facts (its name, its number) cites the edition's own pages.
"""

from __future__ import annotations

from _thread import allocate_lock
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from .answer import Source
from .model import Attendance, Citation, Detail, Edition
from .records import record
from .render import Renderer

# Sources are numbered as editions are first cited; two threads must not give two sources one
# number. No value lives here: only who may number a source.
_NUMBERING = allocate_lock()
# Which citation fields back the dates and the theme
_DATES = ("dates", "start", "end")
_THEME = ("theme", "theme_zh")


@record()
class Stated:
    """One fact as answers word it in one language, and the sources it rests on."""

    forms: tuple[str, ...]
    sources: tuple[Source, ...]


def host(url: str) -> str:
    """A link's site, as a name for a source known only by its URL: chinadaily.com.cn."""
    from urllib.parse import urlsplit

    name = urlsplit(url).hostname or url
    return name.removeprefix("www.")


def of_urls(urls: Iterable[str]) -> tuple[Source, ...]:
    """Sources known only by their links."""
    return tuple(Source(host(u), u) for u in urls)


def of_detail(d: Detail) -> tuple[Source, ...]:
    """A typed fact's source, if the file names one."""
    if not (d.source or d.url):
        return ()
    return (Source(d.source or host(d.url or ""), d.url, None, d.quote),)


def of_attendance(a: Attendance) -> Source:
    """An attendance report's source."""
    return Source(a.source, a.url, a.date, a.quote)


def of_citations(cites: tuple[Citation, ...], fields: tuple[str, ...]) -> tuple[Source, ...]:
    """The sources cited for some fields of an edition."""
    return tuple(Source(c.source, c.url, None, c.quote) for c in cites if c.about in fields)


class _Facts(NamedTuple):
    """The facts of one edition (or of the series) in one language, indexed for looking
    them up in an answer's text.

    A text holding a form holds each word the form has strictly inside (between two
    spaces) as a word of its own, so a form with such words is looked for only when one of
    them, its key, is among the text's words; a form without any is always looked for."""

    keys: frozenset[str]
    keyed: Mapping[str, tuple[tuple[int, str, frozenset[str]], ...]]  # key -> (fact, form, words)
    plain: tuple[tuple[int, str], ...]  # (fact, form) for forms without inner words
    sources: tuple[tuple[int, ...], ...]  # each fact's sources (their numbers), in order, once

    def stated(self, text: str, words: frozenset[str]) -> list[int]:
        """The facts ``text`` states (``words``: its words), in order."""
        hit: set[int] = set()
        for key in self.keys & words:
            for k, form, inner in self.keyed[key]:
                if k not in hit and inner <= words and form in text:
                    hit.add(k)
        for k, form in self.plain:
            if k not in hit and form in text:
                hit.add(k)
        return sorted(hit)


def _indexed(facts: Iterable[Stated], number: Callable[[Source], int]) -> _Facts:
    """``number``: a source's number, for sources to be told apart by integers (a source's
    own hash is computed field by field); new sources are numbered by it."""
    facts = tuple(facts)
    inners = [[(f, frozenset(f.split()[1:-1])) for f in fact.forms] for fact in facts]
    # Each form under its rarest inner word: the fewest forms looked for in vain
    seen: dict[str, int] = {}
    for forms in inners:
        for _, inner in forms:
            for w in inner:
                seen[w] = seen.get(w, 0) + 1
    keyed: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    plain: list[tuple[int, str]] = []
    for k, forms in enumerate(inners):
        for form, inner in forms:
            if inner:
                key = min(sorted(inner), key=seen.__getitem__)
                keyed.setdefault(key, []).append((k, form, inner))
            else:
                plain.append((k, form))
    return _Facts(
        frozenset(keyed),
        {w: tuple(v) for w, v in keyed.items()},
        tuple(plain),
        tuple(tuple(dict.fromkeys(map(number, f.sources))) for f in facts),
    )


class Citer:
    """Finds the facts an answer states, for one knowledge version.

    An edition's facts are worded and indexed when an answer first cites it (an answer cites
    one or a few editions; wording every edition's facts up front slowed loading a large file
    for nothing), then kept: what it finds never changes."""

    def __init__(
        self,
        editions: tuple[Edition, ...],
        series: tuple[Detail, ...],
        series_urls: tuple[str, ...],
        renderers: dict[str, Renderer],
    ) -> None:
        self._renderers = renderers
        self._editions = {e.year: e for e in editions}
        self._numbers: dict[Source, int] = {}
        self._sources: list[Source] = []  # by number
        self._facts: dict[tuple[str, int], _Facts] = {}  # (lang, year), filled on first use
        self._pages: dict[int, tuple[int, ...]] = {}  # year, filled on first use
        self._series = {
            lang: _indexed(
                (Stated(_detail_forms(R, d), of_detail(d)) for d in series), self._number
            )
            for lang, R in renderers.items()
        }
        self._series_pages = tuple(map(self._number, of_urls(series_urls)))

    def _number(self, source: Source) -> int:
        """The number of ``source`` (equal sources share one), numbering it if new."""
        with _NUMBERING:
            n = self._numbers.get(source)
            if n is None:
                n = self._numbers[source] = len(self._sources)
                self._sources.append(source)
            return n

    def _edition(self, lang: str, year: int) -> _Facts | None:
        """One edition's facts in one language (None for no such edition or language)."""
        facts = self._facts.get((lang, year))
        if facts is None:
            e, R = self._editions.get(year), self._renderers.get(lang)
            if e is None or R is None:
                return None
            facts = self._facts[lang, year] = _indexed(_edition_facts(R, e), self._number)
        return facts

    def _edition_pages(self, year: int) -> tuple[int, ...]:
        pages = self._pages.get(year)
        if pages is None:
            e = self._editions.get(year)
            if e is None:
                return ()
            pages = self._pages[year] = tuple(map(self._number, of_urls(e.sources)))
        return pages

    def cite(self, lang: str, text: str, years: tuple[int, ...]) -> tuple[Source, ...]:
        """The sources of the facts ``text`` states about the editions of ``years`` (or,
        with none, about the series), once each, in the order of the editions."""
        out: dict[int, None] = {}
        words = frozenset(text.split())
        for year in years:
            facts = self._edition(lang, year)
            stated = facts.stated(text, words) if facts is not None else []
            if facts is None or not stated:
                out.update(dict.fromkeys(self._edition_pages(year)))
                continue
            if len(stated) == 1 and len(years) == 1:  # most answers: one fact of one edition
                return tuple(map(self._sources.__getitem__, facts.sources[stated[0]]))
            for k in stated:
                out.update(dict.fromkeys(facts.sources[k]))
        series = self._series.get(lang)
        if not years and series is not None:
            for k in series.stated(text, words):
                out.update(dict.fromkeys(series.sources[k]))
        if not years and not out:
            out.update(dict.fromkeys(self._series_pages))
        sources = self._sources
        return tuple([sources[n] for n in out])


def _detail_forms(R: Renderer, d: Detail) -> tuple[str, ...]:
    forms = [d.text_zh] if R.zh and d.text_zh else [d.text] if not R.zh else []
    forms.append(d.quote or "")  # where an answer quotes the source ("who reported…")
    if d.number is not None and (d.unit_zh if R.zh else d.unit):
        forms.append(R.detail_figure(d))
    return tuple(f.rstrip(".。 ") for f in forms if f)


def _edition_facts(R: Renderer, e: Edition) -> tuple[Stated, ...]:
    """Every sourced fact of one edition with the forms it takes in this language."""
    pages = of_urls(e.sources)
    facts = [Stated(_detail_forms(R, d), of_detail(d) or pages) for d in e.details]
    for a in e.attendance:
        forms = [R.figure(f) for f in a.figures] + [a.quote or ""]
        if R.zh and a.zh:
            forms.append(a.zh.rstrip("。"))
        facts.append(Stated(tuple(forms), (of_attendance(a),)))
    if e.start is not None:
        forms = [R.date(e.start), R.month_day(e.start)]
        if not R.zh:
            forms.append(R.short_dates(e))  # as lists label an edition: "Dec 3–5"
        if e.end is not None:
            forms += [R.dates(e), R.date(e.end)]
        facts.append(Stated(tuple(forms), of_citations(e.citations, _DATES) or pages))
    for c in e.citations:  # quoted, as "where does that come from?" answers do
        if c.quote:
            facts.append(Stated((c.quote.rstrip(".。 "),), of_citations((c,), (c.about,))))
    if e.theme or e.theme_zh:
        forms = [t for t in (e.theme, e.theme_zh) if t]
        facts.append(Stated(tuple(forms), of_citations(e.citations, _THEME) or pages))
    highlights = e.highlights_zh if R.zh else e.highlights
    if highlights:
        facts.append(Stated(tuple(h.rstrip(".。 ") for h in highlights), pages))
    return tuple(
        Stated(shown, f.sources)
        for f in facts
        if f.sources and (shown := tuple(s.rstrip(".。 ") for s in f.forms if s))
    )
