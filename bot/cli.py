"""The ``wic-bot`` command line: a thin shell over the engine (and, for ``run``, the bot).

Heavy imports (discord) happen only inside the subcommands that need them, so ``wic-bot ask``
starts fast.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    import argparse

    from bot.engine import Answer, Context, Engine
    from bot.settings import Settings

T = TypeVar("T")


def _cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    path = Path(args.path or settings.knowledge_path)
    from bot.engine import KnowledgeError
    from bot.knowledge_files import load_file

    try:
        kb = load_file(path)
    except KnowledgeError as exc:
        count = len(exc.problems)
        print(f"{path}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        print(exc.report(), file=sys.stderr)
        return 1
    from bot import schemas

    stale = schemas.stale(path.parent) if path.parent.joinpath("schema.json").exists() else []
    facts = sum(1 for _ in kb.facts.faq) + sum(
        len(ed.highlights) + len(ed.attendance) + (ed.theme is not None) + (ed.start is not None)
        for ed in kb.editions
    )
    print(f"OK: {len(kb.editions)} editions, {facts} facts ({path}, version {kb.digest})")
    from bot.engine import review

    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        print(f"--today: not a date (YYYY-MM-DD): {args.today!r}", file=sys.stderr)
        return 2
    for problem in kb.warnings:
        print(f"warning: {problem}", file=sys.stderr)
    for message in review.warnings(kb.facts, today):
        print(f"warning: {path}: {message}", file=sys.stderr)
    if stale:
        print(
            f"warning: {', '.join(stale)} is out of date; run `wic-bot schema --write`",
            file=sys.stderr,
        )
    return 0


def _cmd_schema(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from bot import schemas

    folder = Path(args.folder or Path(settings.knowledge_path).parent)
    if args.write:
        for path in schemas.write(folder):
            print(f"wrote {path}")
        return 0
    stale = schemas.stale(folder)
    if stale:
        print(f"stale: {', '.join(stale)} (run `wic-bot schema --write`)", file=sys.stderr)
        return 1
    print("schemas are current")
    return 0


def _today(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else dt.date.today()


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _date(text: str) -> str:
    """``--today``: a real calendar date, or argparse's one-line usage error."""
    import argparse

    if not _is_date(text):
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a date: use YYYY-MM-DD, e.g. 2017-12-03"
        ) from None
    return text


def _days(text: str) -> float:
    """``--days``: a finite number of days, more than 0 (not nan, inf or negative)."""
    import argparse
    import math

    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0 or value > 36_500:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a number of days: use a number above 0, e.g. 30"
        )
    return value


def _count(most: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to ``most``."""

    def parse(text: str) -> int:
        import argparse
        import re

        if re.fullmatch(r"[0-9]{1,19}", text.strip(), flags=re.ASCII) and 1 <= int(text) <= most:
            return int(text)
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number from 1 to {most:,}")

    return parse


def _from_argv(text: str) -> str:
    """A command-line argument as text: bytes that were not UTF-8 (Python keeps them as lone
    surrogates) become U+FFFD, as they do on standard input."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# JSON allows these raw inside strings, but many line readers (JavaScript, Python's
# str.splitlines) treat them as line breaks: escaped, one object stays one line.
_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(obj: object) -> str:
    """One JSON object on exactly one line."""
    import json

    return json.dumps(obj, ensure_ascii=False).translate(_LINE_SEPARATORS)


def _uncollected(make: Callable[[], T]) -> T:
    """``make()`` with the garbage collector paused: starting allocates much and frees little
    (the engine's modules, the engine restored from its snapshot), and collections during it
    cost a fresh ``wic-bot ask`` about 5%."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        return make()
    finally:
        if collecting:
            gc.enable()


def _engine(settings: Settings) -> Engine | None:
    def load() -> Engine | None:
        from bot import app

        return app.engine(settings)

    return _uncollected(load)


def _plain(answer: Answer) -> str:
    lines = [answer.text]
    if answer.suggestions:
        lines.append("")
        lines += [f"  [{i}] {s}" for i, s in enumerate(answer.suggestions, 1)]
    return "\n".join(lines)


def _cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    try:
        return _ask_lines(args, settings)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _ask_lines(args: argparse.Namespace, settings: Settings) -> int:
    engine = _engine(settings)
    if engine is None:
        return 2
    today = _today(args.today)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    if args.question is not None:
        questions: Iterable[str] = [_from_argv(args.question)]
    else:
        # Lines end at "\n" only (with an optional "\r" before it): a lone "\r", U+2028 or
        # U+2029 inside a question does not split it in two.
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
        questions = (line.removesuffix("\n").removesuffix("\r") for line in stdin)
    context: Context | None = None
    for n, question in enumerate(questions):
        try:
            reply = engine.ask(
                question, today=today, context=context if args.conversation else None, now=n
            )
            context = reply.context
            answer = reply.answer
        except Exception as exc:
            from bot.engine import Answer

            answer = Answer(False, "error", text=f"internal error: {type(exc).__name__}")
        if args.json:
            out.write(json_line(answer.as_json(question)) + "\n")
        else:
            out.write(_plain(answer) + "\n")
        out.flush()
    out.detach()
    return 0


def _cmd_timeline(args: argparse.Namespace, settings: Settings) -> int:
    """The timeline picture /wic timeline posts, written to a PNG file."""
    engine = _engine(settings)
    if engine is None:
        return 1
    from pathlib import Path

    from bot.timeline import render

    data = render(engine, args.figure, args.lang)
    try:
        Path(args.out).write_bytes(data)
    except OSError as exc:
        print(f"cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({len(data):,} bytes)")
    return 0


def _cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import chat

    engine = _engine(settings)
    if engine is None:
        return 2
    return chat(engine, today=lambda: _today(args.today))


def _setup_logging(level: str) -> None:
    import logging

    logging.basicConfig(
        level=getattr(logging, level),
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )


def _cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.discord_token:
        print(
            "DISCORD_TOKEN is not set (see .env.example): opening the console chat on "
            f"{settings.knowledge_path} instead.",
            file=sys.stderr,
        )
        return _cmd_chat(args, settings)
    _setup_logging(settings.log_level)
    from bot import app

    return app.run(settings)


def _cmd_sync(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.discord_token:
        print("DISCORD_TOKEN is not set: nothing to sync with.", file=sys.stderr)
        return 2
    _setup_logging(settings.log_level)
    from bot import app

    return app.sync(settings)


def _cmd_unanswered(args: argparse.Namespace, settings: Settings) -> int:
    if settings.database_url:
        from bot.pg.cli import unanswered

        got = unanswered(settings, args.days, args.limit)
        if isinstance(got, int):
            return got
        misses, total = got
    else:
        import sqlite3
        from pathlib import Path

        from bot.app import data_dir_problem
        from bot.misses import MissStore

        problem = data_dir_problem(Path(settings.data_dir))
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
        dms = settings.unanswered_include_dms
        try:
            store = MissStore(Path(settings.data_dir) / "unanswered.sqlite3")
            try:
                store.purge(settings.retention_days)
                misses = store.top(days=args.days, limit=args.limit, include_dms=dms)
                total = store.count_open(days=args.days, include_dms=dms)
            finally:
                store.close()
        except sqlite3.Error as exc:
            print(f"cannot read the unanswered questions: {exc}", file=sys.stderr)
            return 1
    if not misses:
        print(f"No unanswered questions in the last {args.days:g} days.")
        return 0
    print(f"{total} unanswered question(s) in the last {args.days:g} days, most frequent first:")
    width = max(len(str(m.count)) for m in misses)
    for m in misses:
        seen = m.last_seen.strftime("%Y-%m-%d")
        print(f"  {m.count:>{width}}x  last {seen}  [{m.reason}]  {m.question}")
    return 0


def _cmd_kb(args: argparse.Namespace, settings: Settings) -> int:
    from bot.pg.cli import run_kb

    return run_kb(args, settings)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="wic-bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="validate a knowledge file (default: the configured one)")
    p.add_argument("path", nargs="?", help="knowledge file, e.g. knowledge/wic.yaml")
    p.add_argument("--today", help="judge staleness as of this date (YYYY-MM-DD)")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("schema", help="check (or --write) the JSON Schemas beside the knowledge")
    p.add_argument("--write", action="store_true", help="regenerate the schema files")
    p.add_argument("--folder", help="knowledge folder (default: the configured file's folder)")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("ask", help="answer one question, or one per line from stdin")
    p.add_argument("question", nargs="?", help="the question; omit to read lines from stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument(
        "--conversation", action="store_true", help="treat the lines as one conversation"
    )
    p.add_argument("--today", type=_date, help="answer as if today were YYYY-MM-DD")
    p.set_defaults(func=_cmd_ask)

    p = sub.add_parser("chat", help="a console conversation (the local stand-in for Discord)")
    p.add_argument("--today", type=_date, help="answer as if today were YYYY-MM-DD")
    p.set_defaults(func=_cmd_chat)

    p = sub.add_parser("timeline", help="draw the editions' timeline picture into a PNG file")
    p.add_argument("--out", required=True, help="the PNG file to write")
    p.add_argument("--lang", choices=("en", "zh-Hans", "zh-Hant"), default="en")
    p.add_argument(
        "--figure",
        choices=("attendance", "countries", "sub-forums", "exhibitors"),
        default="attendance",
    )
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("run", help="run the Discord bot (the console chat without a token)")
    p.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("sync", help="publish the slash commands globally (once per change)")
    p.set_defaults(func=_cmd_sync)

    p = sub.add_parser("unanswered", help="what members asked that the bot could not answer")
    p.add_argument("--days", type=_days, default=30.0, help="look back this many days")
    p.add_argument("--limit", type=_count(10_000), default=50, help="show at most this many")
    p.set_defaults(func=_cmd_unanswered)

    p = sub.add_parser("kb", help="the shared knowledge in PostgreSQL (needs DATABASE_URL)")
    kb = p.add_subparsers(dest="kb_command", required=True)
    q = kb.add_parser("push", help="validate files and commit them as a new revision")
    q.add_argument("files", nargs="+", type=Path, help="the knowledge file (and its vocabulary)")
    q.add_argument("-m", "--message", help="what changed (default: which files)")
    q.add_argument(
        "--base",
        type=_count(2**62),
        help="the revision your files started from (read from .wic-revision when pulled)",
    )
    q.add_argument(
        "--force",
        action="store_true",
        help="commit even if the head moved on or the base revision is unknown",
    )
    q = kb.add_parser("pull", help="write the current revision's files into a folder")
    q.add_argument("folder", type=Path)
    q.add_argument("--force", action="store_true", help="overwrite local changes in the folder")
    q = kb.add_parser("log", help="list revisions, newest first")
    q.add_argument("--limit", type=_count(1000), default=20, help="at most this many (≤ 1000)")
    q.add_argument("--before", type=_count(2**62), help="only revisions older than this id")
    p.set_defaults(func=_cmd_kb)
    return parser


def _plain_ask(argv: Sequence[str]) -> argparse.Namespace | None:
    """``ask`` written plainly (the exact option names, at most one question that does not
    start with "-", valid dates) as argparse would parse it, without importing argparse: a
    fresh ``wic-bot ask`` starts faster. Anything else (None) goes to the full parser, which
    says what is wrong."""
    if not argv or argv[0] != "ask":
        return None
    from types import SimpleNamespace

    args = SimpleNamespace(
        command="ask", question=None, json=False, conversation=False, today=None, func=_cmd_ask
    )
    rest = list(argv[1:])
    while rest:
        arg = rest.pop(0)
        if arg == "--json":
            args.json = True
        elif arg == "--conversation":
            args.conversation = True
        elif arg == "--today" or arg.startswith("--today="):
            if arg == "--today":
                if not rest:
                    return None
                arg = "--today=" + rest.pop(0)
            value = arg.removeprefix("--today=")
            if value.startswith("-") or not _is_date(value):
                return None
            args.today = value
        elif arg.startswith("-") or args.question is not None:
            return None
        else:
            args.question = arg
    return cast("argparse.Namespace", args)


def _settings() -> Settings | str:
    """The settings from the environment and ``.env``, or why they are wrong."""
    from bot.settings import Settings, SettingsError

    try:
        return Settings.from_env(os.environ, dotenv=".env", warn=_config_warning)
    except SettingsError as exc:
        return str(exc)


def _config_warning(message: str) -> None:
    print(f"configuration warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wic-bot`` console script."""
    args = _plain_ask(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    settings = _uncollected(_settings)
    if isinstance(settings, str):
        print(f"configuration error: {settings}", file=sys.stderr)
        return 2
    problem = _driver_problem(args, settings)
    if problem:
        print(f"configuration error: {problem}", file=sys.stderr)
        return 2
    code: int = args.func(args, settings)
    if argv is None:  # the console script: the process ends now
        import gc

        # The interpreter's last collection would walk every object (the whole engine) only
        # to find that nothing is garbage: about 8% of a fresh `wic-bot ask`.
        gc.freeze()
    return code


def _driver_problem(args: argparse.Namespace, settings: Settings) -> str | None:
    """One line when the PostgreSQL code is needed but its driver (an extra) is not installed."""
    if args.func in (_cmd_check, _cmd_schema):
        return None
    if not settings.database_url and args.func is not _cmd_kb:
        return None
    try:
        import asyncpg  # noqa: F401
    except ImportError:
        return (
            f"{'DATABASE_URL is set' if settings.database_url else 'wic-bot kb needs PostgreSQL'}"
            ", but its driver asyncpg is not installed: run .venv/bin/pip install -e '.[pg]' "
            "(make run does it when DATABASE_URL is set)"
        )
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
