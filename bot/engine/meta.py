"""Questions about the facts themselves and about what the bot knows: where one fact comes
from (its own source and words, not the edition's links), how current the file is, and which
editions it covers."""

from __future__ import annotations

import datetime as dt

from .answer import Answer, Source
from .compose import Composer
from .model import Edition
from .records import replace
from .render import Renderer
from .sentences import has_fact

# Which citation fields back which attribute asked
_CITED = {
    "dates": ("dates", "start", "end"),
    "start": ("start", "dates"),
    "end": ("end", "dates"),
    "weekday": ("dates", "start", "end"),
    "duration": ("dates", "start", "end"),
    "theme": ("theme", "theme_zh"),
    "place": ("place", "dates"),
    "name": ("name", "name_zh"),
}
_LABELS = {
    "dates": "label_dates",
    "start": "label_dates",
    "end": "label_dates",
    "weekday": "label_dates",
    "duration": "label_dates",
    "theme": "label_theme",
    "place": "label_place",
    "attendance": "label_attendance",
    "name": "label_name",
}


def provable(attribute: str) -> bool:
    """Whether the file records a source for this kind of fact."""
    return attribute in _CITED or attribute == "attendance" or attribute.startswith("attr:")


def provenance(
    c: Composer,
    R: Renderer,
    attribute: str,
    e: Edition,
    *,
    links: bool = False,
    said: tuple[str, ...] = (),
) -> Answer:
    """The source of one fact of one edition, in its own words, with its own link (in the
    text too, where ``links`` were asked for); of several sources, those whose words hold
    all of ``said`` ("which source said roughly 1,000?": "roughly" and "1000"), if any."""
    items: list[tuple[str, str | None, str | None]] = []  # (source, quote, url)
    if attribute == "attendance":
        for att in e.attendance:
            items.append((att.source, att.quote, att.url))
    elif attribute.startswith("attr:"):
        for d in e.details:
            if d.about == attribute[5:] and d.source:
                items.append((d.source, d.quote, d.url))
    else:
        for field in _CITED.get(attribute, ()):
            for cite in e.citations:
                if cite.about == field and (cite.source, cite.quote, cite.url) not in items:
                    items.append((cite.source, cite.quote, cite.url))
    if said and len(items) > 1:
        holding = [
            item
            for item in items
            if item[1] and all(w in item[1].lower().replace(",", "") for w in said)
        ]
        items = holding or items
    what = _label(c, R, attribute)
    if not items:  # (no such fact at all, 2026's theme: no answer to the question)
        text = R.tpl("provenance_none", what=what, name=R.name(e))
        answer = c.edition_answer(R, "sources", text, e)
        return answer if has_fact(attribute, e) else replace(answer, answered=False)
    shown = [
        (
            R.tpl("provenance_item", source=source, quote=quote.rstrip(".。 "))
            if quote
            else R.tpl("provenance_item_plain", source=source)
        )
        + (f" <{url}>" if links and url else "")
        for source, quote, url in items
    ]
    text = R.tpl("provenance", what=what, name=R.name(e), items=R.tpl("list_sep").join(shown))
    answer = c.edition_answer(R, "sources", text, e)
    # the sources of exactly this fact, each with its own link (not the edition's list)
    cited = tuple(Source(source, url, None, quote) for source, quote, url in items)
    return replace(answer, sources=cited)


def series_provenance(c: Composer, R: Renderer, attribute: str) -> Answer:
    """The source of a fact about the series itself (the organisation's founding)."""
    about = attribute[5:]
    items = [d for d in c.kb.facts.series.details if d.about == about and d.source]
    what = _label(c, R, attribute)
    name = R.series_name
    if not items:
        text = R.tpl("provenance_none", what=what, name=name)
    else:
        shown = [
            R.tpl("provenance_item", source=d.source, quote=d.quote.rstrip(".。 "))
            if d.quote
            else R.tpl("provenance_item_plain", source=d.source)
            for d in items
        ]
        text = R.tpl("provenance", what=what, name=name, items=R.tpl("list_sep").join(shown))
    return c.series_answer(R, "sources", text, (), intent="sources")


def _label(c: Composer, R: Renderer, attribute: str) -> str:
    if attribute.startswith("attr:"):
        return c.attribute_label(R, attribute[5:])
    label = R.tpl(_LABELS.get(attribute, "label_dates"))
    return label if R.zh else label.lower()


def freshness(c: Composer, R: Renderer, today: dt.date) -> Answer:
    """When the facts were last checked, and the latest edition they know."""
    latest = c.index.latest(today)
    as_of = c.kb.facts.as_of
    text = R.tpl(
        "freshness" if as_of else "freshness_undated",
        date=R.date(as_of) if as_of else "",
        latest=R.name_year(latest) if latest else "",
    )
    years = (latest.year,) if latest else ()
    return c.series_answer(R, "meta", text, years, intent="freshness")


def coverage(c: Composer, R: Renderer, today: dt.date) -> Answer:
    """Which editions the file covers."""
    editions = c.editions
    if not editions:
        return c.decline(R, "decline_unknown", 0.5)
    years = [str(e.year) for e in editions]
    text = R.tpl("coverage", n=len(editions), first=years[0], last=years[-1], years=R.join(years))
    return c.series_answer(R, "meta", text, (), intent="coverage")


def figure_coverage(
    c: Composer,
    R: Renderer,
    attribute: str,
    kind: str,
    missing: bool,
    today: dt.date,
    years: tuple[int, int] = (0, 9999),
) -> Answer:
    """The editions held (within ``years``) that have a figure (or lack it): "for which
    editions do you have an expo country count?", "for which editions is an attendance
    figure missing?"."""
    from .measures import label_of, measure  # the meta answers need figures only here

    held = [e for e in c.index.held(today) if years[0] <= e.year <= years[1]]
    have = [e for e in held if measure(R, e, attribute, kind) is not None]
    lack = [e for e in held if e not in have]
    what = label_of(R, attribute, kind, c)
    chosen = lack if missing else have
    items = R.join([str(e.year) for e in chosen]) or "—"
    text = R.tpl("figure_lacking" if missing else "figure_having", what=what, items=items)
    return c.series_answer(R, "meta", text, tuple(e.year for e in chosen), intent="coverage")


def figures_combined(
    c: Composer,
    R: Renderer,
    wanted: tuple[tuple[str, str, bool], ...],
    held: tuple[Edition, ...],
    count: bool,
) -> Answer:
    """ "Which editions have an expo figure but no achievements figure?", "…neither an expo
    figure nor an attendance figure": the editions held whose figures are there (True) or
    missing (False), each condition held at once."""
    from .measures import label_of, measure  # the meta answers need figures only here

    def has(e: Edition, attribute: str, kind: str) -> bool:
        return measure(R, e, attribute, kind) is not None

    chosen = [e for e in held if all(has(e, a, k) == there for a, k, there in wanted)]
    conditions = R.tpl("list_and").join(
        R.tpl("figure_with" if there else "figure_without", what=label_of(R, a, k, c))
        for a, k, there in wanted
    )
    if not chosen:
        text = R.tpl("figures_combined_none", conditions=conditions)
    else:
        items = R.join([str(e.year) for e in chosen])
        key = "figures_combined_count" if count else "figures_combined"
        text = R.tpl(key, conditions=conditions, items=items, n=len(chosen))
    return c.series_answer(R, "meta", text, tuple(e.year for e in chosen), intent="coverage")
