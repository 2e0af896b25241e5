"""Every answer of every question set and the corpus, one JSON line each, for before/after diffs.

``python -m tests.tools.answers_dump > before.jsonl`` … change … ``… > after.jsonl`` and
``diff`` the two: a refactoring or speed-up must leave every line as it was.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.engine import Context, Engine
from bot.knowledge_files import load_file

from .. import corpus, fresh
from ..evaluate import TODAY

SETS = sorted((Path(__file__).parent.parent / "data").glob("*_questions.txt"))


def main() -> int:
    engine = Engine(load_file("knowledge/wic.yaml"))
    out = sys.stdout
    for path in SETS:
        contexts: dict[int, Context] = {}
        for i, case in enumerate(fresh.parse(path)):
            ctx = contexts.get(case.conversation) if case.conversation else None
            reply = engine.ask(case.question, today=TODAY, context=ctx, now=float(i))
            if case.conversation:
                contexts[case.conversation] = reply.context
            a = reply.answer
            row = [path.name, case.line, case.question, a.answered, a.editions, a.text]
            row.append([[s.name, s.url, s.date, s.quote] for s in a.sources])
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    for generated in corpus.build():
        a = engine.ask(generated.question, today=TODAY).answer
        row = ["corpus", 0, generated.question, a.answered, a.editions, a.text]
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
