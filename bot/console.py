"""The console chat: a local stand-in for Discord, with line editing and history."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from bot.engine import Context, Engine

PROMPT = "you> "


def chat(
    engine: Engine,
    *,
    today: Callable[[], dt.date],
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
    history: Path | None = None,
) -> int:
    """Run a conversation until end of input (Ctrl-D) or "quit"; returns the exit code."""
    if read is input:
        _enable_line_editing(history or Path.home() / ".wic_bot_history")
    kb = engine.kb
    write(
        f"wic-bot console — {kb.facts.series.name}, {len(kb.editions)} editions "
        f"(knowledge {kb.digest}). Ask a question; a number picks a suggestion; Ctrl-D exits."
    )
    context: Context | None = None
    suggestions: tuple[str, ...] = ()
    while True:
        try:
            line = read(PROMPT)
        except (EOFError, KeyboardInterrupt):
            write("")
            return 0
        question = line.strip()
        if question.lower() in ("quit", "exit"):
            return 0
        if question.isdigit() and 1 <= int(question) <= len(suggestions):
            question = suggestions[int(question) - 1]
            write(f"  ({question})")
        if not question:
            continue
        reply = engine.ask(question, today=today(), context=context, now=time.monotonic())
        context = reply.context
        answer = reply.answer
        write(answer.text)
        suggestions = answer.suggestions
        for i, s in enumerate(suggestions, 1):
            write(f"  [{i}] {s}")
        if answer.sources:
            shown = [f"{s.name} <{s.url}>" if s.url else s.name for s in answer.sources[:3]]
            write("  sources: " + "; ".join(shown))


def _enable_line_editing(history: Path) -> None:
    try:
        import readline
    except ImportError:  # pragma: no cover - not on every platform
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(history)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.set_history_length(1000)
            readline.write_history_file(history)

    atexit.register(save)
