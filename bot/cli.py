"""The ``wic-bot`` command line: a thin shell over the engine (and, for ``run``, the bot).

Heavy imports (discord) happen only inside the subcommands that need them, so ``wic-bot ask``
starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.engine import KnowledgeError, load_knowledge
from bot.settings import Settings


def _cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    path = Path(args.path or settings.knowledge_path)
    try:
        kb = load_knowledge(path)
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
    if stale:
        print(
            f"warning: {', '.join(stale)} is out of date; run `wic-bot schema --write`",
            file=sys.stderr,
        )
    return 0


def _cmd_schema(args: argparse.Namespace, settings: Settings) -> int:
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="wic-bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="validate a knowledge file (default: the configured one)")
    p.add_argument("path", nargs="?", help="knowledge file, e.g. knowledge/wic.yaml")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("schema", help="check (or --write) the JSON Schemas beside the knowledge")
    p.add_argument("--write", action="store_true", help="regenerate the schema files")
    p.add_argument("--folder", help="knowledge folder (default: the configured file's folder)")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wic-bot`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env(os.environ, dotenv=Path(".env"))
    code: int = args.func(args, settings)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
