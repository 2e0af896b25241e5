"""The editions as a picture: one mark per edition on a year axis, with a figure as bars.

The values come from the engine (``measures.measure``: each edition's figure as its source
words it, with the qualifier's bound), the names and labels from the knowledge and its
vocabulary. matplotlib is imported only when a picture is drawn, never on the answer path;
``TimelineCache`` draws each (knowledge version, figure, language) once, in a worker thread,
and keeps the bytes.
"""

from __future__ import annotations

import asyncio
import io
import re
import textwrap
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from bot.engine import Edition, MissingText, Renderer, measure

if TYPE_CHECKING:
    from bot.engine import Engine

FigureName = Literal["attendance", "countries", "sub-forums", "exhibitors"]
Lang = Literal["en", "zh-Hans", "zh-Hant"]
FIGURES: tuple[FigureName, ...] = ("attendance", "countries", "sub-forums", "exhibitors")
LANGS: tuple[Lang, ...] = ("en", "zh-Hans", "zh-Hant")

# Each figure as the engine measures it: (attribute, kind). "attr:<id>" names an attribute
# declared in the vocabulary file; its label comes from there.
_MEASURED: dict[str, tuple[str, str]] = {
    "attendance": ("attendance", "people"),
    "countries": ("attendance", "places"),
    "sub-forums": ("attr:subforums", ""),
    "exhibitors": ("attr:expo", ""),
}

# The picture's own words (not facts): per language; traditional Chinese is converted from
# the simplified text like every other string drawn.
_CHROME: dict[str, dict[str, str]] = {
    "en": {
        "title": "{series}: {what}, {first}–{last}",
        "lower": "“{q}”: the source gives a lower bound",
        "about": "“{q}”: an approximate figure (±10%)",
        "upper": "“{q}”: the source gives an upper bound",
        "exact": "as the source reports it",
        "partial": "closing date not known",
        "none": "no figure",
        "footer": "The highest figure the recorded sources give for each edition · "
        "knowledge version {version} · facts as of {as_of}",
        "range": "{a}–{b}",
        "qsep": "”, “",
        "summary": "{count} editions, {first}–{last}: {what} by edition.",
        "summary_partial": " {year}: closing date not known.",
        "summary_none": " No figure recorded for {years}.",
    },
    "zh": {
        "title": "{series}：{what}（{first}–{last}年）",
        "lower": "“{q}”：来源给出的是下限",
        "about": "“{q}”：约数（±10%）",
        "upper": "“{q}”：来源给出的是上限",
        "exact": "来源报道的数字",
        "partial": "闭幕日期未知",
        "none": "无数据",
        "footer": "每届取所记录来源给出的最高数字 · 知识库版本 {version} · 截至 {as_of}",
        "range": "{a}至{b}",
        "qsep": "”“",
        "summary": "{first}–{last}年共{count}届：各届{what}。",
        "summary_partial": "{year}年闭幕日期未知。",
        "summary_none": "{years}年无数据。",
    },
}

# Noto Sans CJK, by region: the glyph forms readers of each script expect.
_CJK_FAMILY = {
    "en": "Noto Sans CJK SC",
    "zh-Hans": "Noto Sans CJK SC",
    "zh-Hant": "Noto Sans CJK TC",
}
MAX_BYTES = 8 * 1024 * 1024  # Discord's attachment limit for a server without boosts


@dataclass(frozen=True, slots=True)
class Point:
    """One edition as drawn."""

    year: int
    label: str  # the name members know it by, without the series name: 4th, Wuzhen Summit
    group: str  # editions drawn in one colour: the numbered ones, the forum, the Summits
    dates: str  # Nov 19–21; Nov 3–? when the closing date is not known
    partial: bool  # no closing date
    value: int | None
    bound: str  # exact | lower | upper | about (measures.bound)
    qualifier: str  # the source's own qualifier as the answer words it: "more than", 超过
    shown: str  # the figure as answers word it: more than 2,000 participants


@dataclass(frozen=True, slots=True)
class Timeline:
    """What one picture shows, in one language: built from the engine, drawn by ``draw``."""

    figure: str
    lang: str
    title: str
    what: str
    points: tuple[Point, ...]
    groups: tuple[tuple[str, str], ...]  # (group, its legend label), in order
    legend: tuple[tuple[str, str], ...]  # (bound, its explanation) for the bounds present
    footer: str
    summary: str
    chrome: dict[str, str]

    def texts(self) -> list[str]:
        """Every string the picture may draw (for the font-coverage check)."""
        out = [self.title, self.footer, self.what, *self.chrome.values()]
        out += [label for _g, label in self.groups] + [text for _b, text in self.legend]
        for p in self.points:
            out += [str(p.year), p.label, p.dates, p.qualifier, p.shown, value_label(p)]
        return out


def value_label(p: Point) -> str:
    """The number above a bar, with the source's qualifier: "more than\\n2,000", 超过2,000."""
    if p.value is None:
        return ""
    number = f"{p.value:,}"
    if not p.qualifier:
        return number
    return f"{p.qualifier}{number}" if _cjk(p.qualifier) else f"{p.qualifier}\n{number}"


def _cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef" for ch in text)


@cache
def _to_traditional() -> Callable[[str], str]:
    """Simplified → traditional Chinese, phrase by phrase (OpenCC's s2t tables)."""
    from opencc_purepy import OpenCC

    converter = OpenCC("s2t")

    def convert(text: str) -> str:
        return str(converter.convert(text)) if text else text

    return convert


def _short_name(R: Renderer, fallback: Renderer, ed: Edition) -> str:
    """The edition's name without the series' name and its year: 1st, Wuzhen Summit, 首届."""
    try:
        name, series = R.name(ed), R.series_name
    except MissingText:
        name, series = fallback.name(ed), fallback.series_name
    short = name.replace(series, " ") if series else name
    short = re.sub(rf"\b{ed.year}\b\s*年?|(?<!\d){ed.year}年?(?!\d)", " ", short)
    short = re.sub(r"\s+", " ", short).strip(" ·•-–—:：")
    return short or name


def _dates(R: Renderer, ed: Edition) -> str:
    """Compact dates for a tick label: Nov 19–21, 11月19–21日; Nov 3–? while the closing day is
    not known."""
    a, b = ed.start, ed.end
    if a is None:
        return "?"
    if R.zh:
        if b is None:
            return f"{a.month}月{a.day}日–?"
        if a.month == b.month:
            return f"{a.month}月{a.day}–{b.day}日"
        return f"{a.month}月{a.day}日–{b.month}月{b.day}日"
    ms = R.month_short
    if b is None:
        return f"{ms[a.month]} {a.day}–?"
    if a.month == b.month:
        return f"{ms[a.month]} {a.day}–{b.day}"
    return f"{ms[a.month]} {a.day} – {ms[b.month]} {b.day}"


def _what(R: Renderer, figure: str) -> str:
    attribute, kind = _MEASURED[figure]
    if attribute.startswith("attr:"):
        return R.attribute_label(attribute[5:])
    return R.tpl("what_places" if kind == "places" else "what_people")


def _qualifier(shown: str, value: int) -> str:
    """The words before the number, as the engine wrote the figure: "more than", 超过."""
    head, sep, _tail = shown.partition(f"{value:,}")
    return head.strip() if sep else ""


def timeline(engine: Engine, figure: str, lang: str) -> Timeline:
    """The picture's content for one figure in one language, from the engine's values."""
    if figure not in _MEASURED:
        raise ValueError(f"unknown figure {figure!r}: one of {', '.join(FIGURES)}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: one of {', '.join(LANGS)}")
    kb = engine.kb
    en = engine.composer.renderers["en"]
    R = engine.composer.renderers["zh"] if lang != "en" else en
    conv = _to_traditional() if lang == "zh-Hant" else (lambda s: s)
    chrome = {k: conv(v) for k, v in _CHROME["zh" if R.zh else "en"].items()}
    attribute, kind = _MEASURED[figure]
    editions = sorted(kb.editions, key=lambda e: e.year)
    points: list[Point] = []
    for ed in editions:
        try:
            m = measure(R, ed, attribute, kind)
        except MissingText:
            m = measure(en, ed, attribute, kind)
        short = _short_name(R, en, ed)
        group = "#numbered" if ed.ordinal else _short_name(en, en, ed)
        value = m.value if m else None
        shown = m.shown if m else ""
        points.append(
            Point(
                year=ed.year,
                label=conv(short),
                group=group,
                dates=conv(_dates(R, ed)),
                partial=ed.start is not None and ed.end is None,
                value=value,
                bound=m.bound if m else "exact",
                qualifier=conv(_qualifier(shown, value)) if m and value is not None else "",
                shown=conv(shown),
            )
        )
    groups: dict[str, str] = {}
    for p in points:
        if p.group not in groups:
            members = [q.label for q in points if q.group == p.group]
            one = members[0] if len(set(members)) == 1 else None
            if p.group == "#numbered" and len(members) > 1:
                groups[p.group] = chrome["range"].format(a=members[0], b=members[-1])
            else:
                groups[p.group] = one or p.label
    bounds: dict[str, dict[str, None]] = {}
    for p in points:
        if p.value is not None:
            bounds.setdefault(p.bound, {})[p.qualifier] = None
    legend = tuple(
        (b, chrome[b].format(q=chrome["qsep"].join(bounds[b])))
        for b in ("exact", "lower", "about", "upper")
        if b in bounds
    )
    what = conv(_what(R, figure))
    first, last = editions[0].year, editions[-1].year
    series = conv(R.series_name)
    title = chrome["title"].format(series=series, what=what, first=first, last=last)
    version = kb.digest[:12]
    as_of = kb.facts.as_of.isoformat() if kb.facts.as_of else "?"
    footer = chrome["footer"].format(version=version, as_of=as_of)
    summary = chrome["summary"].format(count=len(points), first=first, last=last, what=what)
    for p in points:
        if p.partial:
            summary += chrome["summary_partial"].format(year=p.year)
    missing = [str(p.year) for p in points if p.value is None]
    if missing:
        summary += chrome["summary_none"].format(years=", ".join(missing))
    return Timeline(
        figure=figure,
        lang=lang,
        title=title,
        what=what,
        points=tuple(points),
        groups=tuple(groups.items()),
        legend=legend,
        footer=footer,
        summary=summary,
        chrome=chrome,
    )


# --- drawing -------------------------------------------------------------------------------------

_PALETTE = ("#3b6ea8", "#d08a2e", "#4f9a6b", "#9a4f8c", "#8c7a4f", "#4f8c8c")
_DRAW_LOCK = threading.Lock()  # matplotlib's font caches are shared: one drawing at a time


@cache
def _fonts() -> tuple[Any, str]:
    """matplotlib's font manager with Noto Sans CJK added (once per process), and its path."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import noto_cjk_sans_otc
    from matplotlib import font_manager

    path = str(noto_cjk_sans_otc.FONT_PATH)
    font_manager.fontManager.addfont(path)
    return font_manager, path


def font_path() -> str:
    """The CJK font file the pictures use."""
    return _fonts()[1]


def families(lang: str) -> list[str]:
    """The font families a picture in ``lang`` draws with, first choice first."""
    cjk = _CJK_FAMILY[lang]
    return ["DejaVu Sans", cjk] if lang == "en" else [cjk, "DejaVu Sans"]


def draw(t: Timeline) -> tuple[bytes, list[str]]:
    """The PNG, and every string it drew."""
    with _DRAW_LOCK:
        return _draw(t)


def _draw(t: Timeline) -> tuple[bytes, list[str]]:
    _fonts()
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    with matplotlib.rc_context({"font.family": families(t.lang), "font.size": 9}):
        fig = Figure(figsize=(13, 6.6), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.06, 0.2, 0.91, 0.66))
        colours = {g: _PALETTE[i % len(_PALETTE)] for i, (g, _l) in enumerate(t.groups)}
        xs = list(range(len(t.points)))
        values = [p.value for p in t.points if p.value is not None]
        top = max(values) if values else 1
        ax.set_ylim(0, top * 1.32)
        ax.set_xlim(-0.6, len(xs) - 0.4)
        for x, p in zip(xs, t.points, strict=True):
            colour = colours[p.group]
            if p.value is None:
                ax.plot([x], [0], marker="o", mfc="white", mec=colour, ms=9, clip_on=False)
                ax.text(x, top * 0.04, t.chrome["none"], ha="center", va="bottom", color="#777")
                continue
            ax.bar(
                x,
                p.value,
                width=0.66,
                color="white" if p.partial else colour,
                edgecolor=colour,
                hatch="//" if p.partial else None,
                linestyle="--" if p.partial else "-",
                linewidth=1.2,
            )
            label_y: float = p.value
            if p.bound == "lower":  # open upward: the true figure is above the bar
                ax.annotate(
                    "",
                    xy=(x, p.value + top * 0.09),
                    xytext=(x, p.value),
                    arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4},
                )
                label_y = p.value + top * 0.09
            elif p.bound == "upper":
                ax.annotate(
                    "",
                    xy=(x, p.value - top * 0.09),
                    xytext=(x, p.value),
                    arrowprops={"arrowstyle": "-|>", "color": "#333", "lw": 1.2},
                )
            elif p.bound == "about":
                ax.errorbar(x, p.value, yerr=p.value * 0.1, color="#333", capsize=4, lw=1)
                label_y = p.value * 1.1
            ax.text(x, label_y + top * 0.015, value_label(p), ha="center", va="bottom", size=8)
        ticks = []
        for p in t.points:
            lines = [str(p.year), *textwrap.wrap(p.label, 11 if t.lang == "en" else 7), p.dates]
            if p.partial:
                lines.append(t.chrome["partial"])
            ticks.append("\n".join(lines))
        ax.set_xticks(xs, ticks, size=8)
        for tick, p in zip(ax.get_xticklabels(), t.points, strict=True):
            tick.set_color(colours[p.group])
        ax.set_ylabel(t.what)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#e4e4e4", lw=0.6)
        ax.set_axisbelow(True)
        fig.suptitle(t.title, x=0.06, ha="left", size=14)  # the CJK font has one weight
        handles: list[Any] = [Patch(color=colours[g], label=label) for g, label in t.groups]
        markers = {"exact": "s", "lower": "^", "about": "|", "upper": "v"}
        handles += [
            Line2D([], [], ls="", marker=markers[b], color="#333", label=text)
            for b, text in t.legend
        ]
        if any(p.partial for p in t.points):
            handles.append(
                Patch(facecolor="white", edgecolor="#333", hatch="//", label=t.chrome["partial"])
            )
        fig.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.06, 0.935),
            ncol=4,
            frameon=False,
            fontsize=8,
        )
        fig.text(0.06, 0.015, t.footer, size=7, color="#666")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100)
        drawn = [s for s in (o.get_text() for o in fig.findobj(Text)) if isinstance(s, str) and s]
    return buf.getvalue(), drawn


def render(engine: Engine, figure: str, lang: str) -> bytes:
    """The picture of one figure in one language, as PNG bytes (slow: not on the loop)."""
    png, _drawn = draw(timeline(engine, figure, lang))
    return png


# --- the cache -----------------------------------------------------------------------------------


class TimelineCache:
    """Pictures drawn once per (knowledge version, figure, language), in a worker thread;
    at most ``max_entries`` kept. Requests for a picture being drawn wait for that drawing."""

    def __init__(self, max_entries: int = 24) -> None:
        self.max_entries = max_entries
        self._done: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
        self._pending: dict[tuple[str, str, str], asyncio.Task[bytes]] = {}
        self.renders = 0  # pictures drawn, for tests and the bench

    def __len__(self) -> int:
        return len(self._done)

    def cached(self, engine: Engine, figure: str, lang: str) -> bytes | None:
        key = (engine.kb.digest, figure, lang)
        data = self._done.get(key)
        if data is not None:
            self._done.move_to_end(key)
        return data

    async def get(self, engine: Engine, figure: str, lang: str) -> bytes:
        """The picture's bytes: from the cache, or drawn now off the event loop."""
        data = self.cached(engine, figure, lang)
        if data is not None:
            return data
        key = (engine.kb.digest, figure, lang)
        task = self._pending.get(key)
        if task is None:
            task = asyncio.ensure_future(asyncio.to_thread(render, engine, figure, lang))
            self._pending[key] = task
            task.add_done_callback(lambda done: self._finished(key, done))
            self.renders += 1
        return await asyncio.shield(task)

    def _finished(self, key: tuple[str, str, str], task: asyncio.Task[bytes]) -> None:
        self._pending.pop(key, None)
        if task.cancelled() or task.exception() is not None:
            return
        self._done[key] = task.result()
        while len(self._done) > self.max_entries:
            self._done.popitem(last=False)
