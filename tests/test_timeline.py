"""/wic timeline's picture: its data against the knowledge file, the PNG, the font, the cache."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import timeline as T
from bot.cli import build_parser, main
from bot.engine import Engine
from bot.engine.measures import bound
from bot.knowledge_files import load_file

from .conftest import ROOT, SHIPPED

# figure -> how the knowledge file records it: ("attendance", kind) or ("detail", about)
RECORDED = {
    "attendance": ("attendance", "people"),
    "countries": ("attendance", "places"),
    "sub-forums": ("detail", "subforums"),
    "exhibitors": ("detail", "expo"),
}


def _expected(figure: str) -> dict[int, tuple[int, str] | None]:
    """Each edition's highest recorded figure and its bound, read from the YAML itself."""
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    where, which = RECORDED[figure]
    out: dict[int, tuple[int, str] | None] = {}
    for ed in data["editions"]:
        found: list[tuple[int, str | None]] = []
        if where == "attendance":
            for att in ed.get("attendance", []):
                for f in att["figures"]:
                    if f.get("kind", "people") == which:
                        found.append((f["number"], f.get("qualifier")))
        else:
            for d in ed.get("details", []):
                if d["about"] == which and d.get("number") is not None:
                    found.append((d["number"], d.get("qualifier")))
        if not found:
            out[ed["year"]] = None
            continue
        number, qualifier = max(found, key=lambda nq: nq[0])
        out[ed["year"]] = (number, bound(qualifier))
    return out


@pytest.mark.parametrize("figure", T.FIGURES)
def test_plotted_series_match_the_knowledge_file(engine: Engine, figure: str) -> None:
    expected = _expected(figure)
    for lang in T.LANGS:
        t = T.timeline(engine, figure, lang)
        plotted = {p.year: (p.value, p.bound) if p.value is not None else None for p in t.points}
        assert plotted == expected, lang
        assert [p.year for p in t.points] == sorted(expected)  # one mark per edition


def test_a_partial_edition_is_drawn_as_partial(engine: Engine) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    open_ended = {e["year"] for e in data["editions"] if e.get("start") and not e.get("end")}
    assert open_ended  # the shipped file has one (the edition under way)
    for lang in T.LANGS:
        t = T.timeline(engine, "attendance", lang)
        assert {p.year for p in t.points if p.partial} == open_ended
        for p in t.points:
            assert p.dates.endswith("?") == p.partial
        assert t.chrome["partial"] in " ".join(t.texts())


def test_qualifiers_are_shown_as_the_source_words_them(engine: Engine) -> None:
    t = T.timeline(engine, "attendance", "en")
    by_year = {p.year: p for p in t.points}
    first = by_year[min(by_year)]
    assert first.bound == "lower" and first.qualifier == "more than"
    assert T.value_label(first) == f"more than\n{first.value:,}"
    about = [p for p in t.points if p.bound == "about"]
    assert about and all(p.qualifier == "about" for p in about)
    assert any(b == "lower" and "more than" in text for b, text in t.legend)
    zh = {p.year: p for p in T.timeline(engine, "attendance", "zh-Hans").points}
    assert T.value_label(zh[first.year]) == f"超过{first.value:,}"


def test_names_come_from_the_knowledge_without_the_series_name(engine: Engine) -> None:
    kb = engine.kb
    series = kb.facts.series
    editions = sorted(kb.editions, key=lambda e: e.year)
    for lang in ("en", "zh-Hans"):
        zh = lang != "en"
        series_name = (series.name_zh or series.name) if zh else series.name
        t = T.timeline(engine, "attendance", lang)
        for p, ed in zip(t.points, editions, strict=True):
            name = (ed.name_zh or ed.name) if zh else ed.name
            assert p.label and series_name not in p.label
            assert all(word in name for word in p.label.split())
            assert str(ed.year) not in p.label


def test_traditional_chinese_is_converted_from_simplified(engine: Engine) -> None:
    from opencc_purepy import OpenCC

    hans = T.timeline(engine, "sub-forums", "zh-Hans")
    hant = T.timeline(engine, "sub-forums", "zh-Hant")
    s2t = OpenCC("s2t")
    assert hant.title == s2t.convert(hans.title) != hans.title
    assert [p.label for p in hant.points] == [s2t.convert(p.label) for p in hans.points]


def _decoded(png: bytes) -> Any:
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    image.load()
    return image


@pytest.mark.parametrize("lang", T.LANGS)
def test_the_picture_decodes_fits_discord_and_is_not_blank(engine: Engine, lang: str) -> None:
    png = T.render(engine, "attendance", lang)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(png) <= T.MAX_BYTES
    image = _decoded(png).convert("RGB")
    assert image.size == (1300, 660)
    small = image.resize((130, 66))
    raw = small.tobytes()
    pixels = [tuple(raw[i : i + 3]) for i in range(0, len(raw), 3)]
    inked = sum(1 for r, g, b in pixels if r + g + b < 600)
    assert inked / len(pixels) > 0.05  # bars and text, not an empty canvas
    assert len(set(pixels)) > 20


def _covers(lang: str) -> Any:
    """A function telling whether the fonts a picture in ``lang`` uses draw a character."""
    from matplotlib import font_manager, ft2font

    T._fonts()
    faces = []
    for family in T.families(lang):
        found = font_manager.findfont(
            font_manager.FontProperties(family=family), fallback_to_default=False
        )
        path, index = (found.path, found.face_index) if hasattr(found, "face_index") else (found, 0)
        face = ft2font.FT2Font(str(path), face_index=index)
        assert face.family_name == family  # found the font asked for, not a stand-in
        faces.append(face)

    def covers(ch: str) -> bool:
        return ch.isspace() or any(face.get_char_index(ord(ch)) for face in faces)

    return covers


@pytest.mark.parametrize("lang", T.LANGS)
def test_the_font_covers_every_character_drawn(engine: Engine, lang: str) -> None:
    covers = _covers(lang)
    texts: list[str] = []
    for figure in T.FIGURES:
        texts += T.timeline(engine, figure, lang).texts()
    _png, drawn = T.draw(T.timeline(engine, "countries", lang))
    texts += drawn
    missing = sorted({ch for text in texts for ch in text if not covers(ch)})
    assert missing == []
    if lang != "en":  # Chinese is drawn with the CJK face first, in its region's forms
        assert T.families(lang)[0] == (
            "Noto Sans CJK TC" if lang == "zh-Hant" else "Noto Sans CJK SC"
        )
        assert any("\u4e00" <= ch <= "\u9fff" for text in drawn for ch in text)


# --- the cache -----------------------------------------------------------------------------------


async def test_the_cache_draws_once_per_version_figure_and_language(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str, str]] = []

    def fake_render(e: Engine, figure: str, lang: str) -> bytes:
        calls.append((e.kb.digest, figure, lang))
        return f"{figure}/{lang}".encode()

    monkeypatch.setattr(T, "render", fake_render)
    cache = T.TimelineCache(max_entries=2)
    results = await asyncio.gather(*(cache.get(engine, "attendance", "en") for _ in range(5)))
    assert results == [b"attendance/en"] * 5 and len(calls) == 1
    assert cache.cached(engine, "attendance", "en") == b"attendance/en"
    await cache.get(engine, "attendance", "zh-Hans")
    await cache.get(engine, "countries", "en")
    assert len(calls) == 3 and len(cache) == 2  # bounded: the oldest went
    assert cache.cached(engine, "attendance", "en") is None
    other = Engine(load_file(SHIPPED))
    object.__setattr__(other.kb, "digest", "another-version")
    await cache.get(other, "countries", "en")
    assert calls[-1][0] == "another-version" and len(calls) == 4


async def test_a_failed_drawing_is_not_cached(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(e: Engine, figure: str, lang: str) -> bytes:
        raise RuntimeError("no font")

    monkeypatch.setattr(T, "render", broken)
    cache = T.TimelineCache()
    with pytest.raises(RuntimeError):
        await cache.get(engine, "attendance", "en")
    assert len(cache) == 0 and cache.cached(engine, "attendance", "en") is None


def test_matplotlib_stays_off_the_answer_path() -> None:
    code = (
        "import sys, datetime\n"
        "from bot.engine import Engine\n"
        "from bot.knowledge_files import load_file\n"
        "import bot.discordbot.cogs, bot.discordbot.timeline, bot.timeline, bot.cli\n"
        f"e = Engine(load_file({str(SHIPPED)!r}))\n"
        "e.ask('how many people attended in 2019?', today=datetime.date(2026, 11, 28))\n"
        "print(sorted(m for m in ('matplotlib', 'opencc_purepy', 'numpy') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


# --- the command line ----------------------------------------------------------------------------


def test_the_command_line_writes_the_same_picture(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the developer's folder
    monkeypatch.setenv("KNOWLEDGE_PATH", str(SHIPPED))
    monkeypatch.setenv("CACHE_DIR", "off")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    out = tmp_path / "t.png"
    assert main(["timeline", "--out", str(out), "--lang", "zh-Hans", "--figure", "countries"]) == 0
    assert out.read_bytes() == T.render(engine, "countries", "zh-Hans")
    assert "wrote" in capsys.readouterr().out
    assert main(["timeline", "--out", str(tmp_path / "no" / "t.png")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_the_command_line_offers_every_figure_and_language() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    timeline = sub.choices["timeline"]  # type: ignore[index]
    options = {a.dest: a.choices for a in timeline._actions}
    assert tuple(options["figure"]) == T.FIGURES and tuple(options["lang"]) == T.LANGS
