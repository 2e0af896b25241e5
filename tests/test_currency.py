"""Knowledge that knows how old it is: partial editions, quotes, as-of behaviour (issue 8)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine import Engine, review
from bot.knowledge_files import load_file

from .conftest import ROOT, SHIPPED

REVIEWED = dt.date(2026, 11, 29)  # the shipped file's as_of
FRESH = REVIEWED + dt.timedelta(days=1)
LATER = dt.date(2027, 3, 1)  # past stale_after_days


def ask(engine: Engine, question: str, today: dt.date):
    return engine.ask(question, today=today).answer


@pytest.mark.parametrize(
    ("question", "answered", "must"),
    [
        ("when was the most recent WIC?", True, ["November 3, 2026", "don't have its closing"]),
        ("when's the next one?", True, ["2027", "not been announced", "as of November 29, 2026"]),
        ("how many have there been?", True, ["13 editions", "2014 to 2026"]),
        ("what was the 2026 theme?", False, ["don't have the theme"]),
        ("when did the 2026 summit end", False, ["don't have the closing date", "November 3"]),
        ("how many people went to the 2026 summit", False, ["don't have attendance"]),
        ("who gave the keynote at the 2026 summit", True, ["Li Qiang"]),
        ("2025年乌镇峰会的主题是什么", True, ["共筑开放合作、安全普惠的数智未来"]),
        ("第一届世界互联网大会是什么时候", True, ["首届世界互联网大会"]),
    ],
)
def test_truthful_as_of_today(engine, question, answered, must):
    answer = ask(engine, question, FRESH)
    assert answer.answered is answered, answer.text
    for text in must:
        assert text in answer.text


def test_past_the_review_window_it_says_as_of_and_never_not_announced(engine):
    nxt = ask(engine, "when is the next WIC?", LATER)
    assert "not been announced" not in nxt.text
    assert "don't know" in nxt.text and "November 29, 2026" in nxt.text
    latest = ask(engine, "when was the latest WIC?", LATER)
    assert latest.text.startswith("As of November 29, 2026")
    count = ask(engine, "how many have there been?", LATER)
    assert "As of November 29, 2026" in count.text
    # Questions about a named past edition are not dated: they do not go stale.
    assert "As of" not in ask(engine, "when was the 4th WIC?", LATER).text


def test_partial_edition_is_valid_and_never_presents_an_unknown(kb):
    ed = next(e for e in kb.editions if e.year == 2026)
    assert (ed.start, ed.end, ed.theme, ed.attendance) == (dt.date(2026, 11, 3), None, None, ())
    engine = Engine(kb)
    overview = ask(engine, "tell me about the 2026 summit", FRESH)
    assert "None" not in overview.text and "opened on November 3, 2026" in overview.text


def test_every_shipped_figure_and_date_is_quoted(kb):
    assert kb.warnings == ()
    for ed in kb.editions:
        for att in ed.attendance:
            assert att.quote or all(f.quote for f in att.figures), (ed.year, att.source)
        for d in ed.details:
            assert d.quote and d.source, (ed.year, d.about)


def test_units_keep_the_sources_words(kb):
    units = {f.unit for ed in kb.editions for a in ed.attendance for f in a.figures}
    assert "countries" not in units
    assert "countries and regions" in units


def _copy(tmp_path: Path, edit) -> Path:
    folder = tmp_path / "kb"
    shutil.copytree(SHIPPED.parent, folder)
    path = folder / SHIPPED.name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def test_unquoted_figure_is_a_warning_not_an_error(tmp_path):
    path = _copy(
        tmp_path,
        lambda s: s.replace("        quote: 来自全球83个国家和地区的约1500名嘉宾齐聚乌镇\n", "", 1),
    )
    kb = load_file(path)
    assert [p.path for p in kb.warnings] == [
        "editions[5].attendance[0].figures[0]",
        "editions[5].attendance[0].figures[1]",
    ]
    assert all(p.line > 0 for p in kb.warnings)


def test_stale_warnings(kb):
    assert review.warnings(kb.facts, FRESH) == ()
    # A year later with no 2027 edition recorded, past the usual month (November).
    warnings = review.warnings(kb.facts, dt.date(2027, 12, 20))
    assert any("no 2027 edition" in w for w in warnings)
    assert any("as_of is 2026-11-29" in w for w in warnings)
    assert not review.overdue(kb.facts, dt.date(2027, 10, 1))


def test_check_shows_the_warnings_on_a_stale_copy(tmp_path):
    path = _copy(tmp_path, lambda s: s)
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "check", str(path), "--today", "2027-12-20"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "no 2027 edition" in run.stderr and "as_of is 2026-11-29" in run.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "bot.cli", "check", str(path), "--today", "2019-02-30"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_year_count_comes_from_the_file(tmp_path):
    path = _copy(tmp_path, lambda s: s.replace("    count: 13\n", "    count: 14\n", 1))
    engine = Engine(load_file(path))
    assert ask(engine, "when was the 14th wic", FRESH).editions == (2026,)
