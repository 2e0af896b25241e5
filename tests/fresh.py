"""The held-out evaluation: a question set written by people who never saw the engine.

Its format is engine-agnostic (no intent names), so it measures the product, not our labels:

    question => answer YEARS ~must ~must !mustnot   (YEARS: 2017 or 2017,2018 or *)
    question => unknown YEARS ~must                  (a real edition's fact we do not have)
    question => decline

``python -m tests.fresh`` scores it in process; ``--cli`` runs every question through
``wic-bot ask --json`` as a member's client would (conversations keep their context).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bot.engine import Context, Engine
from bot.knowledge_files import load_file

from .evaluate import TODAY, lines, simplified

FRESH = Path(__file__).parent / "data" / "fresh_questions.txt"
# An honest "I don't have that" in either language.
_DONT_KNOW = re.compile(
    r"don't have|do not have|don't know|not in my|no information|not been announced|"
    r"not announced|haven't|不知道|没有|尚未|未公布|不清楚",
    re.IGNORECASE,
)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3})")


@dataclass(frozen=True)
class Case:
    category: str
    question: str
    kind: str  # answer | unknown | decline
    years: tuple[int, ...] | None
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    line: int
    conversation: int | None


@dataclass(frozen=True)
class Verdict:
    case: Case
    correct: bool
    wrong_fact: bool
    why: str
    text: str


def parse(path: Path = FRESH) -> list[Case]:
    """Read the held-out file into cases."""
    cases: list[Case] = []
    for line in lines(path):
        category, question, expect, lineno = line.category, line.question, line.expect, line.lineno
        tokens = re.split(r"\s+(?=[~!])", expect.strip())
        head = tokens[0].split()
        years = None
        if len(head) > 1 and head[1] not in ("*", "-"):
            years = tuple(int(y) for y in head[1].split(","))
        must = tuple(t[1:].strip() for t in tokens[1:] if t.startswith("~"))
        must_not = tuple(t[1:].strip() for t in tokens[1:] if t.startswith("!"))
        cases.append(
            Case(
                category,
                question,
                head[0],
                years,
                must,
                must_not,
                lineno,
                line.conversation,
            )
        )
    return cases


def _fold(text: str) -> str:
    return _DIGIT_COMMA.sub("", simplified(text)).replace("–", "-").replace("—", "-").casefold()


def judge(case: Case, answered: bool, editions: tuple[int, ...], text: str) -> Verdict:
    """Score one answer; stating something false or out of scope is a wrong fact."""
    folded = _fold(text)

    def verdict(ok: bool, wrong: bool = False, why: str = "") -> Verdict:
        return Verdict(case, ok, wrong, why, text)

    if case.kind == "decline":
        return verdict(not answered, answered, "answered what must be declined" * answered)
    # A series-level answer (about no edition: the organisation's founding) that states every
    # year the set marks it with is judged by its must-strings, not as about a wrong edition
    stated = not editions and bool(case.years) and all(str(y) in folded for y in case.years or ())
    for bad in case.must_not:
        if answered and _fold(bad) in folded:
            return verdict(False, True, f"says {bad!r}")
    # The opposite verdict to the one expected is a false statement, not a miss.
    for want, wrong in (("yes", "no —"), ("no", "yes —"), ("是的", "不是"), ("不是", "是的")):
        if any(_fold(m) == want for m in case.must) and folded.startswith(_fold(wrong)):
            return verdict(False, True, f"answers {wrong.strip(' —')!r}")
    if case.kind == "unknown":
        if answered and not _DONT_KNOW.search(text):
            return verdict(False, True, "states an unknown fact")
    elif not answered:
        return verdict(False, False, "not answered")
    elif case.years is not None and not set(editions) & set(case.years) and not stated:
        return verdict(False, True, f"wrong editions {editions}")
    for want in case.must:
        if _fold(want) not in folded:
            return verdict(False, False, f"missing {want!r}")
    return verdict(True)


def run_engine(cases: list[Case], today: dt.date = TODAY) -> list[Verdict]:
    """Every case through the engine in process (as of ``today``); conversations keep
    context."""
    engine = Engine(load_file("knowledge/wic.yaml"))
    contexts: dict[int, Context] = {}
    out = []
    for i, case in enumerate(cases):
        ctx = contexts.get(case.conversation) if case.conversation else None
        reply = engine.ask(case.question, today=today, context=ctx, now=float(i))
        if case.conversation:
            contexts[case.conversation] = reply.context
        a = reply.answer
        out.append(judge(case, a.answered, a.editions, a.text))
    return out


def run_cli(
    cases: list[Case], command: tuple[str, ...] = ("wic-bot",), today: dt.date = TODAY
) -> list[Verdict]:
    """Every case through ``wic-bot ask --json`` (one process per conversation or question)."""
    groups: list[list[Case]] = []
    for case in cases:
        if case.conversation and groups and groups[-1][0].conversation == case.conversation:
            groups[-1].append(case)
        else:
            groups.append([case])
    singles = [g[0] for g in groups if len(g) == 1]
    out: dict[int, Verdict] = {}
    batches: list[tuple[list[Case], list[str]]] = [(singles, [])] + [
        (g, ["--conversation"]) for g in groups if len(g) > 1
    ]
    for batch, extra in batches:
        if not batch:
            continue
        stdin = "".join(c.question.replace("\n", " ") + "\n" for c in batch)
        proc = subprocess.run(
            [*command, "ask", "--json", "--today", today.isoformat(), *extra],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
        lines = proc.stdout.splitlines()
        for case, line in zip(batch, lines, strict=False):
            obj = json.loads(line)
            editions = tuple(obj.get("editions", ()))
            out[case.line] = judge(case, bool(obj["answered"]), editions, str(obj["text"]))
    return [out.get(c.line) or Verdict(c, False, False, "no output", "") for c in cases]


def report(verdicts: list[Verdict], *, show_misses: bool = True) -> str:
    """Per-category scores, the total, wrong facts, and (optionally) every miss."""
    by_cat: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        by_cat[v.case.category].append(v)
    lines = [f"{'category (held-out set)':<42} {'correct':>9} {'score':>7}"]
    for cat, vs in by_cat.items():
        ok = sum(v.correct for v in vs)
        lines.append(f"{cat:<42} {ok:>4}/{len(vs):<4} {ok / len(vs):>7.1%}")
    ok = sum(v.correct for v in verdicts)
    lines.append(f"{'total':<42} {ok:>4}/{len(verdicts):<4} {ok / len(verdicts):>7.1%}")
    wrong = [v for v in verdicts if v.wrong_fact]
    lines.append(f"wrong facts: {len(wrong)}")
    for v in verdicts if show_misses else ():
        if not v.correct:
            flag = "WRONG FACT" if v.wrong_fact else "miss"
            lines.append(f"  {flag}: line {v.case.line}: {v.case.question!r}: {v.why}")
            lines.append(f"      -> {v.text[:160]!r}")
    return "\n".join(lines)


DEV = Path(__file__).parent / "data" / "dev_questions.txt"
FRESH2 = Path(__file__).parent / "data" / "fresh2_questions.txt"
FRESH3 = Path(__file__).parent / "data" / "fresh3_questions.txt"
FRESH4 = Path(__file__).parent / "data" / "fresh4_questions.txt"
FRESH5 = Path(__file__).parent / "data" / "fresh5_questions.txt"
FRESH6 = Path(__file__).parent / "data" / "fresh6_questions.txt"
FRESH7 = Path(__file__).parent / "data" / "fresh7_questions.txt"
DEV9 = Path(__file__).parent / "data" / "dev9_questions.txt"
FRESH8 = Path(__file__).parent / "data" / "fresh8_questions.txt"
FRESH10 = Path(__file__).parent / "data" / "fresh10_questions.txt"
FRESH11 = Path(__file__).parent / "data" / "fresh11_questions.txt"
FRESH12 = Path(__file__).parent / "data" / "fresh12_questions.txt"
FRESH13 = Path(__file__).parent / "data" / "fresh13_questions.txt"
FRESH14 = Path(__file__).parent / "data" / "fresh14_questions.txt"
FRESH15 = Path(__file__).parent / "data" / "fresh15_questions.txt"
FRESH16 = Path(__file__).parent / "data" / "fresh16_questions.txt"
FRESH17 = Path(__file__).parent / "data" / "fresh17_questions.txt"
FRESH18 = Path(__file__).parent / "data" / "fresh18_questions.txt"
FRESH19 = Path(__file__).parent / "data" / "fresh19_questions.txt"
FRESH20 = Path(__file__).parent / "data" / "fresh20_questions.txt"
FRESH21 = Path(__file__).parent / "data" / "fresh21_questions.txt"
FRESH22 = Path(__file__).parent / "data" / "fresh22_questions.txt"
FRESH23 = Path(__file__).parent / "data" / "fresh23_questions.txt"
FRESH24 = Path(__file__).parent / "data" / "fresh24_questions.txt"
FRESH25 = Path(__file__).parent / "data" / "fresh25_questions.txt"
FRESH26 = Path(__file__).parent / "data" / "fresh26_questions.txt"
FRESH27 = Path(__file__).parent / "data" / "fresh27_questions.txt"
FRESH28 = Path(__file__).parent / "data" / "fresh28_questions.txt"
FRESH29 = Path(__file__).parent / "data" / "fresh29_questions.txt"
FRESH30 = Path(__file__).parent / "data" / "fresh30_questions.txt"
FRESH31 = Path(__file__).parent / "data" / "fresh31_questions.txt"
FRESH32 = Path(__file__).parent / "data" / "fresh32_questions.txt"
FRESH33 = Path(__file__).parent / "data" / "fresh33_questions.txt"
FRESH34 = Path(__file__).parent / "data" / "fresh34_questions.txt"
FRESH35 = Path(__file__).parent / "data" / "fresh35_questions.txt"
FRESH36 = Path(__file__).parent / "data" / "fresh36_questions.txt"
FRESH37 = Path(__file__).parent / "data" / "fresh37_questions.txt"
FRESH38 = Path(__file__).parent / "data" / "fresh38_questions.txt"
FRESH39 = Path(__file__).parent / "data" / "fresh39_questions.txt"
FRESH40 = Path(__file__).parent / "data" / "fresh40_questions.txt"
FRESH41 = Path(__file__).parent / "data" / "fresh41_questions.txt"
FRESH42 = Path(__file__).parent / "data" / "fresh42_questions.txt"
FRESH43 = Path(__file__).parent / "data" / "fresh43_questions.txt"
FRESH44 = Path(__file__).parent / "data" / "fresh44_questions.txt"
FRESH45 = Path(__file__).parent / "data" / "fresh45_questions.txt"
FRESH46 = Path(__file__).parent / "data" / "fresh46_questions.txt"
FRESH47 = Path(__file__).parent / "data" / "fresh47_questions.txt"
FRESH48 = Path(__file__).parent / "data" / "fresh48_questions.txt"
FRESH49 = Path(__file__).parent / "data" / "fresh49_questions.txt"
FRESH50 = Path(__file__).parent / "data" / "fresh50_questions.txt"
FRESH51 = Path(__file__).parent / "data" / "fresh51_questions.txt"
FRESH52 = Path(__file__).parent / "data" / "fresh52_questions.txt"
FRESH53 = Path(__file__).parent / "data" / "fresh53_questions.txt"
FRESH54 = Path(__file__).parent / "data" / "fresh54_questions.txt"
FRESH55 = Path(__file__).parent / "data" / "fresh55_questions.txt"
FRESH56 = Path(__file__).parent / "data" / "fresh56_questions.txt"
FRESH57 = Path(__file__).parent / "data" / "fresh57_questions.txt"
FRESH58 = Path(__file__).parent / "data" / "fresh58_questions.txt"
# The day a set was written for, where it is not the harness's TODAY
TODAYS = {
    FRESH18: dt.date(2026, 12, 5),
    FRESH19: dt.date(2026, 12, 6),
    FRESH20: dt.date(2026, 12, 6),
    FRESH21: dt.date(2026, 12, 6),
    FRESH22: dt.date(2026, 12, 6),
    FRESH23: dt.date(2026, 12, 6),
    FRESH24: dt.date(2026, 12, 6),
    FRESH25: dt.date(2026, 12, 6),
    FRESH26: dt.date(2026, 12, 6),
    FRESH27: dt.date(2026, 12, 6),
    FRESH28: dt.date(2026, 12, 6),
    FRESH29: dt.date(2026, 12, 6),
    FRESH30: dt.date(2026, 12, 6),
    FRESH31: dt.date(2026, 12, 6),
    FRESH32: dt.date(2026, 12, 6),
    FRESH33: dt.date(2026, 12, 6),
    FRESH34: dt.date(2026, 12, 6),
    FRESH35: dt.date(2026, 12, 6),
    FRESH36: dt.date(2026, 12, 6),
    FRESH37: dt.date(2026, 12, 7),
    FRESH38: dt.date(2026, 12, 7),
    FRESH39: dt.date(2026, 12, 7),
    FRESH40: dt.date(2026, 12, 7),
    FRESH41: dt.date(2026, 12, 7),
    FRESH42: dt.date(2026, 12, 7),
    FRESH43: dt.date(2026, 12, 7),
    FRESH44: dt.date(2026, 12, 7),
    FRESH45: dt.date(2026, 12, 7),
    FRESH46: dt.date(2026, 12, 7),
    FRESH47: dt.date(2026, 12, 7),
    FRESH48: dt.date(2026, 12, 7),
    FRESH49: dt.date(2026, 12, 7),
    FRESH50: dt.date(2026, 12, 7),
    FRESH51: dt.date(2026, 12, 7),
    FRESH52: dt.date(2026, 12, 7),
    FRESH53: dt.date(2026, 12, 7),
    FRESH54: dt.date(2026, 12, 7),
    FRESH55: dt.date(2026, 12, 8),
    FRESH56: dt.date(2026, 12, 8),
    FRESH57: dt.date(2026, 12, 8),
    FRESH58: dt.date(2026, 12, 8),
}


# Scores recorded when each set was first run, before any work was tuned on it.
BEFORE = {
    FRESH: "215/365 (58.9%), 27 wrong facts: the engine at 7ea119a, before issue 9's work",
    FRESH2: "367/447 (82.1%), 8 wrong facts: first run, after issue 9's work",
    FRESH3: "357/393 (90.8%), 4 wrong facts: first run, at the start of the second session",
    FRESH4: "301/416 (72.4%), 16 wrong facts: first run, at 288c318, before issue 16's work",
    FRESH5: (
        "395/459 (86.1%), 5 wrong facts: first run, at bb1e865 after issue 16's work "
        "(the same set at 288c318: 339/459, 73.9%, 12 wrong facts)"
    ),
    FRESH6: (
        "275/323 (85.1%), 8 wrong facts: first run, at 4d01228 after issue 16's third round "
        "and issue 18 (the writer's conversations re-marked to the harness's format first)"
    ),
    FRESH7: "477/548 (87.0%), 8 wrong facts: first run, at 43e4445 after issue 16's fourth round",
    FRESH8: "527/598 (88.1%), 18 wrong facts: first run, at ceccda0 after issue 16's fifth round",
    FRESH10: "543/639 (85.0%), 26 wrong facts: first run, at 2735f18 after issue 16's fifth round",
    DEV9: "389/483 (80.5%), 16 wrong facts: first run, at b47377d (a development set, tuned on)",
    FRESH11: (
        "669/787 (85.0%), 17 wrong facts: first run, at a5bdf9b after issue 16's fifth round "
        "and two red teams (as written, before its conversations were re-marked to the "
        "harness's format: 643/787, 81.7%, 24 wrong facts)"
    ),
    FRESH12: (
        "785/883 (88.9%), 21 wrong facts: first run, at fe30e3a after issue 16's sixth round "
        "and red teams 3 and 4 (as written)"
    ),
    FRESH13: (
        "522/582 (89.7%), 9 wrong facts: first run, at 72ed9ea after issue 16's seventh round "
        "and red teams 5, 6 and 7 (as written)"
    ),
    FRESH14: (
        "614/716 (85.8%), 14 wrong facts: first run, at 9054ed7 after issue 16's seventh round "
        "and red teams 5 to 8 (as written)"
    ),
    FRESH15: (
        "729/832 (87.6%), 14 wrong facts: first run, at 123f022 after issue 16's eighth round "
        "and red teams 9 to 11 (as written)"
    ),
    FRESH16: (
        "359/437 (82.2%), 9 wrong facts: first run, at 89735ed after issue 16's ninth round "
        "and red team 12 (as written)"
    ),
    FRESH17: (
        "555/624 (88.9%), 10 wrong facts (5 of them 'the 2027 edition has not been announced'):"
        " first run, at 673b27f after issue 16's tenth round and red team 14 (as written)"
    ),
    FRESH18: (
        "369/453 (81.5%), 16 wrong facts (5 of them 'the 2027 edition has not been announced',"
        " 2 'no edition had more than 25 sub-forums' without naming the 24): first run, at "
        "66c6bf8 after issue 16's eleventh round and red teams 15a and 15b (as written)"
    ),
    FRESH19: (
        "436/546 (79.9%), 18 wrong facts (4 of them 'the 2027 edition has not been announced'):"
        " first run, at dce9403 after issue 16's twelfth round and red teams 17a and 17b"
        " (as written)"
    ),
    FRESH20: (
        "255/365 (69.9%), 23 wrong facts (3 of them 'the 2027 edition has not been announced';"
        " 8 quote a true fact where the set expects unknown or another edition): first run, at"
        " 152151c after issue 16's twelfth round, red team 18 and fresh19's fixes (as written)"
    ),
    FRESH21: (
        "401/574 (69.9%), 28 wrong facts (5 of them 'the 2027 edition has not been announced';"
        " 11 quote a true fact where the set expects unknown): first run, at bbc13ee, written at"
        " the start of issue 16's thirteenth round and held out unread (as written)"
    ),
    FRESH22: (
        "419/571 (73.4%), 42 wrong facts (5 of them 'the 2027 edition has not been announced'):"
        " first run, at de9be6e after issue 16's thirteenth round and red teams 19-21 (as written)"
    ),
    FRESH23: (
        "624/854 (73.1%), 49 wrong facts: first run, at cba1b82, the engine as issue 16's"
        " fourteenth round began (as written; first recorded as 598/854 with 52 wrong, when the"
        " harness asked each conversation's opener alone)"
    ),
    FRESH24: (
        "568/801 (70.9%), 29 wrong facts: first run, at 70770f3 after issue 16's fourteenth round"
        " and red teams 24-26 (as written); the engine the round began with (cba1b82) scores"
        " 538/801 (67.2%), 51 wrong facts on it (first recorded as 542 and 510, with 36 and 59"
        " wrong, when the harness asked each conversation's opener alone)"
    ),
    FRESH25: (
        "706/976 (72.3%), 32 wrong facts: first run, at 12151af, the engine as issue 16's"
        " fifteenth round began (as written, with the conversation-opener fix of ffa543e)"
    ),
    FRESH26: (
        "749/864 (86.7%), 13 wrong facts: first run, at 6f01faa after issue 16's fifteenth round"
        " and red teams 27-29 (as written); the engine the round began with (12151af) scores"
        " 746/864 (86.3%), 15 wrong facts on it"
    ),
    FRESH27: (
        "715/833 (85.8%), 17 wrong facts: first run, at c8cc935, the engine as issue 16's"
        " sixteenth round began (as written)"
    ),
    FRESH28: (
        "709/813 (87.2%), 21 wrong facts: first run, at c4529d5 after issue 16's sixteenth"
        " round's fixes (as written); the engine the round began with (c8cc935) scores 698/813"
        " (85.9%), 21 wrong facts on it"
    ),
    FRESH29: (
        "714/839 (85.1%), 14 wrong facts: first run, at dd3716b, the engine as issue 16's"
        " seventeenth round began (as written)"
    ),
    FRESH30: (
        "732/809 (90.5%), 9 wrong facts: first run, at de95289 after issue 16's seventeenth"
        " round's fixes (as written); the engine the round began with (dd3716b) scores 727/809"
        " (89.9%), 9 wrong facts on it"
    ),
    FRESH31: (
        "710/850 (83.5%), 17 wrong facts: first run, at 2eae727, the engine as issue 16's"
        " eighteenth round began (as written)"
    ),
    FRESH32: (
        "775/845 (91.7%), 9 wrong facts: first run, at 38969e5 after issue 16's eighteenth"
        " round's fixes (as written); the engine the round began with (2eae727) scores 765/845"
        " (90.5%), 10 wrong facts on it"
    ),
    FRESH33: (
        "647/876 (73.9%), 38 wrong facts: first run, at a8bb8f7, the engine as issue 16's"
        " nineteenth round began (as written)"
    ),
    FRESH34: (
        "700/872 (80.3%), 22 wrong facts: first run, at dcdda6a after issue 16's nineteenth"
        " round's fixes (as written); the engine the round began with (a8bb8f7) scores 696/872"
        " (79.8%), 24 wrong facts on it"
    ),
    FRESH35: (
        "658/871 (75.5%), 30 wrong facts: first run, at 68ab9c1, the engine as issue 16's"
        " twentieth round began (as written); judged with the series-level rule added just"
        " after (an answer about no edition that states the year marked): 674/871 (77.4%),"
        " 10 wrong facts"
    ),
    FRESH36: (
        "720/875 (82.3%), 11 wrong facts: first run, at 72c158c after issue 16's twentieth"
        " round's fixes (as written; 707/875, 26 wrong with the judge before its series-level"
        " rule); the engine the round began with (68ab9c1) scores 717/875 (81.9%), 11 wrong"
        " facts on it (704/875, 26 wrong with the earlier judge)"
    ),
    FRESH37: (
        "668/875 (76.3%), 22 wrong facts: first run, at 2b9d1a3, the engine as issue 16's"
        " twenty-first round began"
    ),
    FRESH38: (
        "705/879 (80.2%), 15 wrong facts: first run, at 42d9e6f after issue 16's twenty-first"
        " round's fixes; the engine the round began with (2b9d1a3) scores 703/879 (80.0%), 18"
        " wrong facts on it"
    ),
    FRESH39: (
        "661/869 (76.1%), 16 wrong facts: first run, at 862c66e, the engine as issue 16's"
        " twenty-second round began"
    ),
    FRESH40: (
        "674/864 (78.0%), 16 wrong facts: first run, at 960e67e after issue 16's twenty-second"
        " round's fixes; the engine the round began with (862c66e) scores 672/864 (77.8%), 16"
        " wrong facts on it"
    ),
    FRESH41: (
        "685/869 (78.8%), 12 wrong facts: first run, at a33736e, the engine as issue 16's"
        " twenty-third round began"
    ),
    FRESH42: (
        "676/852 (79.3%), 12 wrong facts: first run, at e6c0acf after issue 16's twenty-third"
        " round's fixes; the engine the round began with (a33736e) scores 675/852 (79.2%), 13"
        " wrong facts on it"
    ),
    FRESH43: (
        "675/875 (77.1%), 13 wrong facts: first run, at 29b6a6b, the engine as issue 16's"
        " twenty-fourth round began"
    ),
    FRESH44: (
        "718/874 (82.2%), 16 wrong facts: first run, at eb01f0a after issue 16's twenty-fourth"
        " round's fixes; the engine the round began with (29b6a6b) scores 715/874 (81.8%), 16"
        " wrong facts on it"
    ),
    FRESH45: (
        "700/877 (79.8%), 9 wrong facts: first run, at 1a99d7a, the engine as issue 16's"
        " twenty-fifth round began"
    ),
    FRESH46: (
        "728/875 (83.2%), 14 wrong facts: first run, at b81a975 after issue 16's twenty-fifth"
        " round's fixes; the engine the round began with (1a99d7a) scores the same, 728/875"
        " (83.2%), 14 wrong facts on it"
    ),
    FRESH47: (
        "684/879 (77.8%), 16 wrong facts: first run, at 1b75c0b, the engine as issue 16's"
        " twenty-sixth round began"
    ),
    FRESH48: (
        "735/877 (83.8%), 13 wrong facts: first run, at f73dee3 after issue 16's twenty-sixth"
        " round's fixes; the engine the round began with (1b75c0b) scores 734/877 (83.7%), 13"
        " wrong facts on it"
    ),
    FRESH49: (
        "698/889 (78.5%), 17 wrong facts: first run, at f69f371, the engine as issue 16's"
        " twenty-seventh round began"
    ),
    FRESH50: (
        "747/872 (85.7%), 11 wrong facts: first run, at 0ed2e03 after issue 16's twenty-seventh"
        " round's fixes; the engine the round began with (f69f371) scores 736/872 (84.4%), 14"
        " wrong facts on it"
    ),
    FRESH51: (
        "653/880 (74.2%), 26 wrong facts: first run, at e99a258, the engine as issue 16's"
        " twenty-eighth round began"
    ),
    FRESH52: (
        "707/872 (81.1%), 12 wrong facts: first run, at 8650224 after issue 16's twenty-eighth"
        " round's fixes; the engine the round began with (e99a258) scores 703/872 (80.6%), 13"
        " wrong facts on it"
    ),
    FRESH53: (
        "690/880 (78.4%), 10 wrong facts: first run, at f280c30, the engine as issue 16's"
        " twenty-ninth round began"
    ),
    FRESH54: (
        "755/890 (84.8%), 14 wrong facts: first run, at 550fa72 after issue 16's twenty-ninth"
        " round's fixes; the engine the round began with (f280c30) scores 751/890 (84.4%), 16"
        " wrong facts on it"
    ),
    FRESH55: (
        "688/900 (76.4%), 4 wrong facts: first run, at 2887e17, the engine as issue 16's"
        " thirtieth round began (and the same at b087fe6, after the round's first three fixes)"
    ),
    FRESH56: (
        "729/884 (82.5%), 12 wrong facts: first run, at a7f407b after issue 16's thirtieth"
        " round's fixes; the engine the round began with (2887e17) scores 726/884 (82.1%), 12"
        " wrong facts on it"
    ),
    FRESH57: (
        "719/886 (81.2%), 20 wrong facts: first run, at ce7fb1f, the engine as issue 16's"
        " thirty-first round began (and the same at 7d2db21, after the round's first two fixes)"
    ),
    FRESH58: (
        "766/885 (86.6%), 7 wrong facts: first run, at 53879cd after issue 16's thirty-first"
        " round's fixes; the engine the round began with (ce7fb1f) scores 764/885 (86.3%), 7"
        " wrong facts on it"
    ),
}


def main(argv: list[str]) -> int:
    sets = {
        "--dev": DEV,
        "--fresh2": FRESH2,
        "--fresh3": FRESH3,
        "--fresh4": FRESH4,
        "--fresh5": FRESH5,
        "--fresh6": FRESH6,
        "--fresh7": FRESH7,
        "--dev9": DEV9,
        "--fresh8": FRESH8,
        "--fresh10": FRESH10,
        "--fresh11": FRESH11,
        "--fresh12": FRESH12,
        "--fresh13": FRESH13,
        "--fresh14": FRESH14,
        "--fresh15": FRESH15,
        "--fresh16": FRESH16,
        "--fresh17": FRESH17,
        "--fresh18": FRESH18,
        "--fresh19": FRESH19,
        "--fresh20": FRESH20,
        "--fresh21": FRESH21,
        "--fresh22": FRESH22,
        "--fresh23": FRESH23,
        "--fresh24": FRESH24,
        "--fresh25": FRESH25,
        "--fresh26": FRESH26,
        "--fresh27": FRESH27,
        "--fresh28": FRESH28,
        "--fresh29": FRESH29,
        "--fresh30": FRESH30,
        "--fresh31": FRESH31,
        "--fresh32": FRESH32,
        "--fresh33": FRESH33,
        "--fresh34": FRESH34,
        "--fresh35": FRESH35,
        "--fresh36": FRESH36,
        "--fresh37": FRESH37,
        "--fresh38": FRESH38,
        "--fresh39": FRESH39,
        "--fresh40": FRESH40,
        "--fresh41": FRESH41,
        "--fresh42": FRESH42,
        "--fresh43": FRESH43,
        "--fresh44": FRESH44,
        "--fresh45": FRESH45,
        "--fresh46": FRESH46,
        "--fresh47": FRESH47,
        "--fresh48": FRESH48,
        "--fresh49": FRESH49,
        "--fresh50": FRESH50,
        "--fresh51": FRESH51,
        "--fresh52": FRESH52,
        "--fresh53": FRESH53,
        "--fresh54": FRESH54,
        "--fresh55": FRESH55,
        "--fresh56": FRESH56,
        "--fresh57": FRESH57,
        "--fresh58": FRESH58,
    }
    path = next((p for flag, p in sets.items() if flag in argv), FRESH)
    today = TODAYS.get(path, TODAY)
    cases = parse(path)
    verdicts = run_cli(cases, today=today) if "--cli" in argv else run_engine(cases, today=today)
    print(report(verdicts, show_misses="--quiet" not in argv))
    if path in BEFORE:
        print(f"before: {BEFORE[path]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
