"""The aggregate algebra, generated: every numeric attribute × every operation × a selection ×
a language (English, simplified and traditional Chinese), each answer checked against values
computed here straight from the YAML — not through the engine's model or measures."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.engine import Engine
from bot.knowledge_files import load_file
from tests.evaluate import simplified

TODAY = dt.date(2026, 11, 28)
ROOT = Path(__file__).resolve().parent.parent
RAW = yaml.safe_load((ROOT / "knowledge" / "wic.yaml").read_text(encoding="utf-8"))
LOWER = {"more than", "over", "at least", "above", "upwards of", "more"}
UPPER = {"nearly", "almost", "under", "less than", "fewer than", "up to"}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_file(ROOT / "knowledge" / "wic.yaml"))


def _figure(edition: dict[str, Any], attribute: str) -> tuple[int, str] | None:
    """(number, qualifier) of one edition's figure: the largest a source reports (the first
    source to report it, where several do)."""
    found: list[tuple[int, str]] = []
    if attribute in ("people", "places"):
        for att in edition.get("attendance", ()):
            for f in att["figures"]:
                if f.get("kind", "people") == attribute:
                    found.append((f["number"], f.get("qualifier") or ""))
    else:
        for d in edition.get("details", ()):
            if d["about"] == attribute and d.get("number") is not None:
                found.append((d["number"], d.get("qualifier") or ""))
    return max(found, key=lambda f: f[0]) if found else None


def _held() -> list[dict[str, Any]]:
    return [e for e in RAW["editions"] if e.get("status", "held") == "held"]


# attribute -> (English words, simplified Chinese words, traditional Chinese words)
ATTRIBUTES = {
    "subforums": ("sub-forums", "分论坛", "分論壇"),
    "expo": ("exhibitors", "参展商", "參展商"),
    "achievements": ("achievements", "科技成果", "科技成果"),
    "people": ("participants", "参会人数", "參會人數"),
    "places": ("countries and regions", "参会国家和地区", "參會國家和地區"),
}
# operation -> question per language ({a}: the attribute's words; {x}, {y}: years; {n}: number)
QUESTIONS = {
    "sum": (
        "add up the {a} of the {x} and {y} summits",
        "{x}年和{y}年的{a}加起来一共多少",
        "{x}年和{y}年的{a}加起來一共多少",
    ),
    "average": (
        "what is the average number of {a} across all editions",
        "历届{a}的平均数是多少",
        "歷屆{a}的平均數是多少",
    ),
    "rank": ("rank the editions by {a}", "历届{a}排名", "歷屆{a}排名"),
    "filter": ("which editions had more than {n} {a}", "哪些届{a}超过{n}", "哪些屆{a}超過{n}"),
    "count": (
        "how many editions had more than {n} {a}",
        "有几届{a}超过{n}",
        "有幾屆{a}超過{n}",
    ),
    "median": (
        "what is the median number of {a} across all editions",
        "历届{a}的中位数是多少",
        "歷屆{a}的中位數是多少",
    ),
    "spread": (
        "what is the difference between the highest and the lowest {a}",
        "{a}最多和最少相差多少",
        "{a}最多和最少相差多少",
    ),
    "share": (
        "what share of the editions had more than {n} {a}",
        "有百分之几的届次{a}超过{n}",
        "有百分之幾的屆次{a}超過{n}",
    ),
    "between": (
        "which editions had between {lo} and {hi} {a}",
        "{a}在{lo}到{hi}之间的有哪几届",
        "{a}在{lo}到{hi}之間的有哪幾屆",
    ),
    "top": ("top 3 editions by {a}", "", ""),
}
# what the engine names each operation in its answer
OPERATION = {"between": "filter", "top": "rank"}


def _cases() -> list[tuple[str, str, int]]:
    out = []
    for attribute in ATTRIBUTES:
        for op in QUESTIONS:
            for lang in range(3):
                if QUESTIONS[op][lang]:  # "top 3": English only (前三 is the first three)
                    out.append((attribute, op, lang))
    return out


def _threshold(values: list[int]) -> int:
    """A threshold between the figures, never equal to one (so qualifiers cannot matter
    for figures far from it)."""
    ordered = sorted(set(values))
    mid = ordered[len(ordered) // 2]
    return mid - 1 if mid - 1 not in ordered else mid + 1


def _two(value: float) -> str:
    """Exact where three decimals hold it (15.625), else to two decimals, half up (3.0833 is
    3.08), without trailing zeros."""
    three = Decimal(repr(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    if abs(float(three) - value) < 1e-9:
        return str(three).rstrip("0").rstrip(".")
    exact = Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return str(exact).rstrip("0").rstrip(".")


def _digits(text: str) -> str:
    return text.replace(",", "")


@pytest.mark.parametrize(("attribute", "op", "lang"), _cases())
def test_every_operation_over_every_figure(engine, attribute, op, lang):
    words = ATTRIBUTES[attribute][lang]
    held = _held()
    figures = {e["year"]: f for e in held if (f := _figure(e, attribute)) is not None}
    years = sorted(figures)
    x, y = years[-3], years[-2]
    n = _threshold([v for v, _ in figures.values()])
    distinct = sorted({v for v, _ in figures.values()})
    lo, hi = distinct[1], distinct[-2]  # a range that leaves out the smallest and the largest
    question = QUESTIONS[op][lang].format(a=words, x=x, y=y, n=n, lo=lo, hi=hi)
    answer = engine.ask(question, today=TODAY).answer
    text = _digits(simplified(answer.text))  # traditional in, traditional out
    assert answer.answered, (question, answer.text)
    assert answer.operation == OPERATION.get(op, op), (question, answer.operation)
    values = [v for v, _ in figures.values()]
    exact = all(not q for _, q in figures.values())
    if op == "median":
        ordered, mid = sorted(values), len(values) // 2
        median = ordered[mid] if len(values) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
        shown = f"{median:.0f}" if median == int(median) else _two(median)
        assert shown in text, (question, answer.text)
        hedged = any(w in text for w in ("roughly", "at least", "约", "至少"))
        assert exact != hedged, (question, answer.text)
    elif op == "spread":
        top, bottom = max(values), min(values)
        assert str(top - bottom) in text, (question, answer.text)
        extremes = {yr for yr, (v, _) in figures.items() if v in (top, bottom)}
        assert extremes <= set(answer.editions), (question, answer.editions)
    elif op == "share":
        above = {yr for yr, (v, _) in figures.items() if v > n}
        assert above <= set(answer.editions), (question, above, answer.text)
        if not {yr for yr, (v, q) in figures.items() if v <= n and q and q not in UPPER}:
            share = round(100 * len(above) / len(held), 1)
            assert f"{share:.1f}".removesuffix(".0") + "%" in text, (question, answer.text)
    elif op == "between":
        inside = {yr for yr, (v, q) in figures.items() if lo <= v <= hi and not q}
        outside = {yr for yr, (v, q) in figures.items() if (v < lo or v > hi) and not q}
        assert inside <= set(answer.editions), (question, inside, answer.text)
        assert not outside & set(answer.editions), (question, outside, answer.text)
    elif op == "top":
        top = max(values)
        assert {yr for yr, (v, _) in figures.items() if v == top} <= set(answer.editions)
        third = sorted(values, reverse=True)[2]
        below = {yr for yr, (v, q) in figures.items() if v < third}
        assert not below & set(answer.editions), (question, below, answer.editions)
    elif op == "sum":
        total = figures[x][0] + figures[y][0]
        assert str(total) in text, (question, answer.text)
        bounded = {figures[x][1], figures[y][1]} & LOWER
        assert (("at least" in text) or ("至少" in text)) == bool(bounded), answer.text
    elif op == "average":
        values = [v for v, _ in figures.values()]
        mean = sum(values) / len(values)
        shown = f"{mean:.0f}" if mean == int(mean) else _two(mean)
        assert shown in text, (question, answer.text)
        exact = all(not q for _, q in figures.values())
        hedged = any(w in text for w in ("roughly", "at least", "约", "至少"))
        assert exact != hedged, (question, answer.text)
    elif op == "rank":
        top = max(v for v, _ in figures.values())
        leaders = sorted(yr for yr, (v, _) in figures.items() if v == top)
        assert answer.editions[0] in leaders, (question, answer.editions)
        assert set(answer.editions) == set(figures), (question, answer.editions)
    else:
        # Above the threshold for sure: the figure itself exceeds it (a "more than" figure
        # only goes up); below for sure: an exact or "nearly" figure at most the threshold.
        above = {yr for yr, (v, _) in figures.items() if v > n}
        for yr in above:
            assert yr in answer.editions, (question, yr, answer.text)
        below = {yr for yr, (v, q) in figures.items() if v <= n and (not q or q in UPPER)}
        assert not below & set(answer.editions), (question, below, answer.text)
        if op == "count":
            assert str(len(above)) in text, (question, answer.text)
    # An edition without the figure is named, never silently left out (rank and filters are
    # over every held edition; the sum over two named editions that both have it).
    missing = [e["year"] for e in held if e["year"] not in figures]
    if op not in ("sum", "top") and missing:
        assert str(missing[-1]) in text, (question, answer.text)
