"""Which sources an answer cites: the sources of exactly the facts its text states.

Every fact in the knowledge is rendered once per language into the forms answers word it in
(a detail's sentence, a figure as the source words it, an edition's dates, its theme); an
answer cites a fact when its text contains one of the fact's forms. The forms come from the
same renderer that words the answers, so a fact stated is a fact found, and a superlative cites
its winner's source, not every edition's pages. An answer about an edition that states none of
its sourced facts (its name, its number) cites the edition's own pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from .answer import Source
from .model import Attendance, Citation, Detail, Edition
from .records import record
from .render import Renderer

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


class Citer:
    """Finds the facts an answer states, for one knowledge version; immutable."""

    def __init__(
        self,
        editions: tuple[Edition, ...],
        series: tuple[Detail, ...],
        series_urls: tuple[str, ...],
        renderers: dict[str, Renderer],
    ) -> None:
        self._facts = {
            (lang, e.year): _edition_facts(R, e) for lang, R in renderers.items() for e in editions
        }
        self._pages = {e.year: of_urls(e.sources) for e in editions}
        self._series = {
            lang: tuple(Stated(_detail_forms(R, d), of_detail(d)) for d in series)
            for lang, R in renderers.items()
        }
        self._series_pages = of_urls(series_urls)

    def cite(self, lang: str, text: str, years: tuple[int, ...]) -> tuple[Source, ...]:
        """The sources of the facts ``text`` states about the editions of ``years`` (or,
        with none, about the series), once each, in the order of the editions."""
        out: dict[Source, None] = {}
        for year in years:
            found = False
            for fact in self._facts.get((lang, year), ()):
                if any(form in text for form in fact.forms):
                    found = True
                    out.update(dict.fromkeys(fact.sources))
            if not found:
                out.update(dict.fromkeys(self._pages.get(year, ())))
        if not years:
            for fact in self._series.get(lang, ()):
                if any(form in text for form in fact.forms):
                    out.update(dict.fromkeys(fact.sources))
            if not out:
                out.update(dict.fromkeys(self._series_pages))
        return tuple(out)


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
