"""The accuracy evaluation: runs tests/data/questions.txt through the engine and scores it.

``make eval`` (``python -m tests.evaluate``) prints the score per category and every miss; the
test suite asserts the thresholds. Wrong facts — answering what must be declined, or naming the
wrong edition — are counted apart from plain misses, because they are worse.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.engine import Answer, Context, Engine
from bot.knowledge_files import load_file

TODAY = dt.date(2026, 11, 28)
QUESTIONS = Path(__file__).parent / "data" / "questions.txt"
NOT_ANSWERED = {"decline", "no_such", "greeting", "thanks", "ambiguous"}


@dataclass(frozen=True)
class Case:
    category: str
    question: str
    kind: str  # intent, faq:ID, "answer", or one of NOT_ANSWERED
    years: tuple[int, ...] | None  # None: not checked
    texts: tuple[str, ...]
    line: int
    conversation: int | None = None  # cases with the same number form one conversation


@dataclass
class Result:
    case: Case
    answer: Answer
    correct: bool
    wrong_fact: bool
    why: str = ""


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def wrong_facts(self) -> list[Result]:
        return [r for r in self.results if r.wrong_fact]

    @property
    def misses(self) -> list[Result]:
        return [r for r in self.results if not r.correct]


@dataclass(frozen=True)
class Line:
    """One question line of a question file, with where it stands."""

    lineno: int
    category: str
    conversation: int | None  # lines of one conversation share a number
    question: str
    expect: str


def lines(path: Path) -> list[Line]:
    """The question lines of a file: "## category", "question => expectation", "> " turns of
    a conversation until a blank line; "#" comments skipped. A question line directly above
    the first "> " turn opens that conversation (some writers mark only the follow-ups)."""
    out: list[Line] = []
    category, conversation, number = "", None, 0
    opener = False  # the line just read was a question outside any conversation
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## "):
            category, opener = raw[3:].strip(), False
            continue
        if not raw.strip():
            conversation, opener = None, False
            continue
        if raw.startswith("#"):
            opener = False
            continue
        in_conv = raw.startswith(">")
        if in_conv and conversation is None:
            number += 1
            conversation = number
            if opener:
                first = out[-1]
                out[-1] = Line(first.lineno, first.category, number, first.question, first.expect)
        opener = not in_conv
        body = raw[1:].strip() if in_conv else raw
        question, sep, expect = body.rpartition(" => ")
        if not sep:
            raise ValueError(f"{path}:{lineno}: expected 'question => expectation'")
        out.append(Line(lineno, category, conversation if in_conv else None, question, expect))
    return out


def parse(path: Path = QUESTIONS) -> list[Case]:
    """Read the question file into cases."""
    cases: list[Case] = []
    for line in lines(path):
        category, question, expect, lineno = line.category, line.question, line.expect, line.lineno
        parts = expect.split(" ~")
        head = parts[0].split()
        kind = head[0]
        years: tuple[int, ...] | None = None
        if len(head) > 1 and head[1] != "-":
            years = tuple(int(y) for y in head[1].split(","))
        cases.append(
            Case(
                category,
                question,
                kind,
                years,
                tuple(p.strip() for p in parts[1:]),
                lineno,
                line.conversation,
            )
        )
    return cases


@functools.cache
def _simplified_table() -> dict[int, str]:
    vocab = yaml.safe_load(
        (Path(__file__).parent.parent / "knowledge" / "vocabulary.yaml").read_text("utf-8")
    )
    return {
        ord(t): s for t, s in zip(vocab["zh_traditional"], vocab["zh_simplified"], strict=False)
    }


def simplified(text: str) -> str:
    """``text`` in simplified characters: an answer to a question asked in traditional script
    comes in traditional script, and the sets write what it must say in simplified."""
    return text.translate(_simplified_table())


def judge(case: Case, answer: Answer) -> Result:
    """Score one answer against its expectation."""
    if case.kind == "help":  # what the bot can answer: an answer, of its own kind
        ok = answer.intent == "help"
        return Result(case, answer, ok, False, "" if ok else f"expected help, got {answer.intent}")
    if case.kind in NOT_ANSWERED:
        if answer.answered:
            return Result(case, answer, False, True, "answered what must be declined")
        want = {"no_such": "no_such_edition"}.get(case.kind, case.kind)
        if want != "decline" and answer.intent != want:
            return Result(case, answer, False, False, f"expected {want}, got {answer.intent}")
        return Result(case, answer, True, False)
    if not answer.answered:
        return Result(case, answer, False, False, f"not answered ({answer.intent})")
    if case.years is not None and tuple(sorted(answer.editions)) != tuple(sorted(case.years)):
        return Result(case, answer, False, True, f"wrong editions {answer.editions}")
    if case.kind != "answer" and answer.intent != case.kind:
        return Result(case, answer, False, False, f"intent {answer.intent}")
    for text in case.texts:
        if simplified(text) not in simplified(answer.text):
            return Result(case, answer, False, False, f"missing {text!r}")
    return Result(case, answer, True, False)


def evaluate(engine: Engine, cases: list[Case]) -> Report:
    """Run every case; conversations keep context from turn to turn."""
    report = Report()
    contexts: dict[int, Context] = {}
    for i, case in enumerate(cases):
        ctx = contexts.get(case.conversation) if case.conversation else None
        reply = engine.ask(case.question, today=TODAY, context=ctx, now=float(i))
        if case.conversation:
            contexts[case.conversation] = reply.context
        report.results.append(judge(case, reply.answer))
    return report


def main() -> int:
    engine = Engine(load_file("knowledge/wic.yaml"))
    cases = parse()
    report = evaluate(engine, cases)
    by_cat: dict[str, list[Result]] = defaultdict(list)
    for r in report.results:
        by_cat[r.case.category].append(r)
    print(f"{'category':<42} {'correct':>9} {'score':>7}")
    for cat, results in by_cat.items():
        ok = sum(r.correct for r in results)
        print(f"{cat:<42} {ok:>4}/{len(results):<4} {ok / len(results):>7.1%}")
    declines = sum(1 for c in cases if c.kind in NOT_ANSWERED - {"help", "greeting", "thanks"})
    zh = sum(1 for c in cases if any("\u4e00" <= ch <= "\u9fff" for ch in c.question))
    convs = len({c.conversation for c in cases if c.conversation})
    print(
        f"{'total':<42} {report.correct:>4}/{report.total:<4} {report.correct / report.total:>7.1%}"
    )
    print(
        f"wrong facts: {len(report.wrong_facts)}; must-decline: {declines} "
        f"({declines / len(cases):.0%}); Chinese: {zh}; conversations: {convs}"
    )
    for r in report.misses:
        flag = "WRONG FACT" if r.wrong_fact else "miss"
        print(f"  {flag}: line {r.case.line}: {r.case.question!r}: {r.why}")
        print(f"      -> [{r.answer.intent} {r.answer.editions}] {r.answer.text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
