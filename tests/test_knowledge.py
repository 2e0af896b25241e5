"""The knowledge file: the shipped file is valid, and every class of error is reported precisely."""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from bot import schemas
from bot.engine import KnowledgeError
from bot.engine.yamlsafe import MAX_BYTES
from bot.knowledge_files import load_file

from .conftest import FIXTURES, ROOT, SHIPPED

ERRORS = FIXTURES / "errors"


def test_shipped_file_loads_completely(kb):
    years = [e.year for e in kb.editions]
    assert years == list(range(2014, 2027))
    assert [e.ordinal for e in kb.editions[:6]] == [1, 2, 3, 4, 5, 6]
    assert all(e.ordinal is None for e in kb.editions[6:])
    assert [e.count for e in kb.editions] == list(range(1, 14))
    assert kb.facts.series.next is not None and kb.facts.series.next.announced is False
    assert len(kb.digest) == 12


def test_shipped_file_starts_with_schema_comment():
    first = SHIPPED.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=schema.json"
    vocab = (ROOT / "knowledge" / "vocabulary.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert vocab == "# yaml-language-server: $schema=vocabulary.schema.json"


@pytest.mark.parametrize(
    ("year", "start", "end"),
    [
        (2014, "2014-11-19", "2014-11-21"),
        (2015, "2015-12-16", "2015-12-18"),
        (2016, "2016-11-16", "2016-11-18"),
        (2017, "2017-12-03", "2017-12-05"),
        (2018, "2018-11-07", "2018-11-09"),
        (2019, "2019-10-20", "2019-10-22"),
        (2020, "2020-11-23", "2020-11-24"),
        (2021, "2021-09-26", "2021-09-28"),
        (2022, "2022-11-09", "2022-11-11"),
        (2023, "2023-11-08", "2023-11-10"),
        (2024, "2024-11-19", "2024-11-22"),
        (2025, "2025-11-06", "2025-11-09"),
    ],
)
def test_shipped_dates_match_the_sources(kb, year, start, end):
    ed = next(e for e in kb.editions if e.year == year)
    assert (str(ed.start), str(ed.end)) == (start, end)


def test_disagreeing_sources_are_both_recorded(kb):
    fifth = next(e for e in kb.editions if e.year == 2018)
    assert [a.source for a in fifth.attendance] == [
        "CGTN, 2018-11-10",
        "China WTO Tribune, 2019-01-09",
    ]
    assert [a.figures[1].number for a in fifth.attendance] == [70, 76]


def test_committed_schema_is_current():
    assert schemas.stale(ROOT / "knowledge") == []


@pytest.mark.parametrize(
    ("fixture", "line", "path", "message"),
    [
        ("syntax.yaml", 18, "", "YAML syntax error"),
        ("unknown_key.yaml", 13, "editions[0].thme", "unknown key 'thme' (did you mean 'theme'?)"),
        ("wrong_type.yaml", 16, "editions[1].ordinal", "expected a whole number, got 'second'"),
        ("duplicate_key.yaml", 20, "editions[1].end", "duplicate key 'end' (first at line 19)"),
        ("duplicate_edition.yaml", 15, "editions[1].year", "duplicate edition year 2020"),
        ("alias_collision.yaml", 9, "series.aliases[1]", "alias 'ex-summit' collides"),
        ("end_before_start.yaml", 19, "editions[1].end", "is before start 2021-05-01"),
        ("impossible_date.yaml", 18, "editions[1].start", "impossible date '2021-02-30'"),
        ("empty_text.yaml", 12, "editions[0].name", "text must not be empty"),
        ("bad_url.yaml", 15, "editions[0].sources[0]", "not an http(s) URL"),
    ],
)
def test_each_error_class_is_reported_with_line_and_field(fixture, line, path, message):
    with pytest.raises(KnowledgeError) as err:
        load_file(ERRORS / fixture)
    first = err.value.problems[0]
    assert first.line == line
    assert first.path == path
    assert message in first.message
    assert str(first).startswith(f"{ERRORS / fixture}:{line}:")


def test_every_problem_is_reported_at_once():
    with pytest.raises(KnowledgeError) as err:
        load_file(ERRORS / "three_errors.yaml")
    found = [(p.line, p.path) for p in err.value.problems]
    assert found == [
        (13, "editions[0].thme"),
        (16, "editions[1].year"),
        (20, "editions[1].end"),
    ]
    report = err.value.report().splitlines()
    assert report[0].startswith("1. ") and report[2].startswith("3. ")


def test_a_bad_file_is_never_half_loaded():
    with pytest.raises(KnowledgeError):
        load_file(ERRORS / "unknown_key.yaml")  # other editions are fine, still refused


def test_proposed_contents_are_validated_without_touching_disk():
    good = (FIXTURES / "minimal.yaml").read_bytes()
    kb = load_file(FIXTURES / "minimal.yaml", data=good.replace(b"Example Town", b"Elsewhere"))
    assert kb.facts.series.place == "Elsewhere"
    with pytest.raises(KnowledgeError):
        load_file(FIXTURES / "minimal.yaml", data=good.replace(b"ordinal: 2", b"ordinal: x"))


def test_a_figure_of_an_undeclared_kind_is_refused_at_its_field():
    """A figure's kind must be people or one the vocabulary declares: no question reaches a
    kind without words, so a typo ("place") would silently never be answered."""
    shipped = (ROOT / "knowledge" / "wic.yaml").read_bytes()
    bad = shipped.replace(b"kind: places}", b"kind: place}", 1)
    assert bad != shipped
    with pytest.raises(KnowledgeError) as err:
        load_file(ROOT / "knowledge" / "wic.yaml", data=bad)
    problem = err.value.problems[0]
    assert "unknown figure kind 'place'" in problem.message
    assert ".figures[" in problem.path and problem.line


def test_a_rest_of_a_kind_that_is_no_part_is_refused_at_its_field(tmp_path):
    """A kind counted as the rest of another (not from abroad = all less those from abroad)
    needs that other kind to count a part: the rest of the countries is no count at all."""
    for name in ("wic.yaml", "vocabulary.yaml"):
        (tmp_path / name).write_bytes((ROOT / "knowledge" / name).read_bytes())
    vocab = tmp_path / "vocabulary.yaml"
    text = vocab.read_text(encoding="utf-8")
    assert "rest_of: foreign" in text
    vocab.write_text(text.replace("rest_of: foreign", "rest_of: places"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_file(tmp_path / "wic.yaml")
    problem = next(p for p in err.value.problems if "rest_of" in p.path)
    assert "'places' is no figure kind with part: true" in problem.message


def test_an_opening_ceremony_outside_the_dates_is_refused():
    shipped = (ROOT / "knowledge" / "wic.yaml").read_bytes()
    bad = shipped.replace(b"ceremony: 2024-11-20", b"ceremony: 2024-11-30", 1)
    assert bad != shipped
    with pytest.raises(KnowledgeError) as err:
        load_file(ROOT / "knowledge" / "wic.yaml", data=bad)
    assert "ceremony 2024-11-30 is outside" in err.value.problems[0].message


def test_missing_file_and_missing_vocabulary_are_clear(tmp_path):
    with pytest.raises(KnowledgeError) as err:
        load_file(tmp_path / "nope.yaml")
    assert "cannot read the file" in err.value.problems[0].message
    (tmp_path / "k.yaml").write_text(
        (FIXTURES / "minimal.yaml")
        .read_text()
        .replace("vocabulary: vocabulary.yaml", "vocabulary: missing.yaml")
    )
    with pytest.raises(KnowledgeError) as err:
        load_file(tmp_path / "k.yaml")
    assert "missing.yaml" in err.value.problems[0].file


def test_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.yaml").write_text("# nothing\n")
    with pytest.raises(KnowledgeError) as err:
        load_file(tmp_path / "empty.yaml")
    assert err.value.problems[0].message == "the file is empty"


def _refused_fast(path: Path, expect: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(KnowledgeError) as err:
        load_file(path)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert expect in err.value.report()
    assert elapsed < 1.0, f"took {elapsed:.2f}s"
    assert peak < 64 * 1024 * 1024, f"peak memory {peak:,} bytes"


def test_alias_bomb_is_refused(tmp_path):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n")
    _refused_fast(tmp_path / "bomb.yaml", "anchors and aliases")


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    _refused_fast(path, f"the limit is {MAX_BYTES:,}")


@pytest.mark.parametrize(
    ("depth", "expect"), [(100, "nesting deeper than 24"), (100000, "nesting")]
)
def test_deep_nesting_is_refused(tmp_path, depth, expect):
    (tmp_path / "deep.yaml").write_text("a: " + "[" * depth + "]" * depth + "\n")
    _refused_fast(tmp_path / "deep.yaml", expect)


def test_python_tags_are_refused(tmp_path):
    (tmp_path / "tag.yaml").write_text("series: !!python/object/apply:os.system ['echo hi']\n")
    _refused_fast(tmp_path / "tag.yaml", "explicit tags")


def test_not_utf8_is_refused(tmp_path):
    (tmp_path / "latin1.yaml").write_bytes("series: caf\xe9\n".encode("latin-1"))
    with pytest.raises(KnowledgeError) as err:
        load_file(tmp_path / "latin1.yaml")
    assert "not UTF-8" in err.value.report()


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_check_command_ok_on_shipped_file():
    result = _cli("check", "knowledge/wic.yaml")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 13 editions, ")


def test_check_command_lists_numbered_errors():
    result = _cli("check", str(ERRORS / "three_errors.yaml"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].endswith("3 problems")
    assert lines[1].startswith("1. ") and ":13:5: editions[0].thme:" in lines[1]
    assert ":16:5: editions[1].year:" in lines[2]
    assert ":20:5: editions[1].end:" in lines[3]
