"""The one place that wires the app: settings → knowledge source and stores → service → bot.

Two set-ups: the knowledge files with SQLite beside them (one process, the default), or
PostgreSQL shared by several processes (``DATABASE_URL``). ``wic-bot run``, ``sync``, ``ask`` and
``chat`` all get their engine, service and bot from here; nothing else builds them. Heavy
imports (discord, asyncpg) happen only in the functions that need them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from bot.engine import KnowledgeError
from bot.settings import Settings

if TYPE_CHECKING:
    from pathlib import Path

    from bot.discordbot.client import WicBot
    from bot.engine import Engine
    from bot.service import KnowledgeService
    from bot.stores import Backend


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def engine(settings: Settings) -> Engine | None:
    """The engine for ``ask`` and ``chat``: on the configured knowledge file (through the
    cache), or with DATABASE_URL on the database's head revision as the bot processes serve
    it; None after printing why not."""
    if settings.database_url:
        from bot.pg.cli import head_engine

        return head_engine(settings)
    from bot.knowledge_files import load_engine

    cache = settings.cache_dir or None
    try:
        return load_engine(
            settings.knowledge_path, cache_dir=cache, context_ttl=settings.context_ttl_seconds
        )
    except KnowledgeError as exc:
        print(f"cannot load the knowledge file:\n{exc.report()}", file=sys.stderr)
        return None


def file_service(settings: Settings) -> KnowledgeService | None:
    """The knowledge service on the configured files; None after printing why not."""
    from pathlib import Path

    from bot.knowledge_files import FileSource
    from bot.service import KnowledgeService

    try:
        return KnowledgeService(
            FileSource(settings.knowledge_path), context_ttl=settings.context_ttl_seconds
        )
    except KnowledgeError as exc:
        print(f"cannot start: the knowledge file is invalid:\n{exc.report()}", file=sys.stderr)
        for hint in restore_hints(exc, Path(settings.data_dir) / "history"):
            print(hint, file=sys.stderr)
        return None


def build_bot(
    settings: Settings,
    service: KnowledgeService,
    *,
    backend: Backend | None = None,
    **kwargs: Any,
) -> WicBot:
    """The Discord bot on ``service``; without a ``backend``, the files and SQLite in
    DATA_DIR (``FileBackend``)."""
    from pathlib import Path

    from bot.discordbot.client import WicBot, no_voice_warnings
    from bot.stores import FileBackend

    no_voice_warnings()
    if backend is None:
        backend = FileBackend.serving(service, Path(settings.data_dir))
    return WicBot(settings, service, backend, **kwargs)


def run(settings: Settings) -> int:
    """``wic-bot run`` with a token: the bot until Ctrl-C or SIGTERM; returns the exit code."""
    from pathlib import Path

    if settings.database_url:  # several processes sharing PostgreSQL (no DATA_DIR used)
        return _run_pg(settings)
    problem = data_dir_problem(Path(settings.data_dir)) or unanswered_db_problem(
        Path(settings.data_dir) / "unanswered.sqlite3"
    )
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    service = file_service(settings)
    if service is None:
        return 2
    import asyncio

    import discord  # only the Discord path pays for importing discord.py

    from bot.discordbot.client import serve

    bot = build_bot(settings, service)
    try:
        asyncio.run(serve(bot, settings.discord_token))  # Ctrl-C and SIGTERM: a clean stop
    except KeyboardInterrupt:
        return 0
    except discord.LoginFailure:
        return _fail("Discord refused the token: check DISCORD_TOKEN.")
    except (OSError, discord.GatewayNotFound, discord.HTTPException) as exc:
        return _fail(f"cannot reach Discord: {exc}")
    return 0


def _run_pg(settings: Settings) -> int:
    """``run`` with DATABASE_URL: the backend and the bot share one event loop."""
    import asyncio

    import asyncpg
    import discord

    from bot.discordbot.client import serve
    from bot.pg.db import describe
    from bot.pg.migrate import MigrationError
    from bot.pg.runtime import open_backend

    async def main() -> None:
        backend = await open_backend(
            settings.database_url,
            settings.knowledge_path,
            context_ttl=settings.context_ttl_seconds,
        )
        bot = build_bot(settings, backend.service, backend=backend)
        await serve(bot, settings.discord_token)  # Ctrl-C and SIGTERM: a clean stop

    url = settings.database_url
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        return 0
    except discord.LoginFailure:
        return _fail("Discord refused the token: check DISCORD_TOKEN.")
    except MigrationError as exc:
        return _fail(f"database schema: {exc}")
    except KnowledgeError as exc:
        return _fail(f"cannot start: the knowledge files are invalid:\n{exc.report()}")
    except (discord.GatewayNotFound, discord.HTTPException) as exc:
        return _fail(f"cannot reach Discord: {exc}")
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
        import logging

        logging.getLogger(__name__).debug("start failed", exc_info=True)
        return _fail(f"cannot start: {describe(exc, url)}")
    return 0


def sync(settings: Settings) -> int:
    """``wic-bot sync``: publish the slash commands globally; returns the exit code."""
    service = file_service(settings)
    if service is None:
        return 2
    import asyncio

    from bot.discordbot.client import sync_globally

    bot = build_bot(settings, service, watch=False)
    count = asyncio.run(sync_globally(bot, settings.discord_token))
    print(f"synced {count} commands globally (Discord may take up to an hour to show them)")
    return 0


def restore_hints(exc: KnowledgeError, history: Path) -> list[str]:
    """For each knowledge file that cannot be read (say, deleted by mistake), where its newest
    kept copy is and how to put it back."""
    from pathlib import Path

    hints = []
    for problem in exc.problems:
        if not problem.message.startswith("cannot read the file"):
            continue
        name = Path(problem.file).name
        kept = sorted(history.glob(f"{name}--*.yaml")) if history.is_dir() else []
        if kept:
            hints.append(
                f"hint: the newest kept copy of {name} is {kept[-1]}; restore it with "
                f"`cp {kept[-1]} {problem.file}` (then `wic-bot check`)"
            )
    return hints


def data_dir_problem(folder: Path) -> str | None:
    """Why DATA_DIR cannot hold the bot's data (one clear line), or None if it can."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return (
            f"DATA_DIR {str(folder)!r} is not usable ({reason}): the bot keeps its edit "
            "history and unanswered questions there. Create it, make it writable, or point "
            "DATA_DIR elsewhere."
        )
    return None


def unanswered_db_problem(path: Path) -> str | None:
    """Why the unanswered-questions database cannot be written (one clear line), or None.

    Checked at start, like DATA_DIR: the bot stops rather than run without the list that
    ``/kb unanswered`` and the 👎 buttons rely on."""
    import sqlite3

    from bot.misses import MissStore
    from bot.sqlitewal import is_locked

    try:
        store = MissStore(path)
        try:
            store.check_writable()
        finally:
            store.close()
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, sqlite3.Error) and is_locked(exc):
            return None  # another process holds the lock: contention, waited out later
        if path.exists() and not path.is_file():
            reason = "it is not a file"
        else:
            reason = str(exc) if isinstance(exc, sqlite3.Error) else exc.strerror or str(exc)
        return (
            f"the unanswered-questions database {str(path)!r} cannot be written ({reason}): "
            "make it writable by the bot, or move it aside (a new one is created at start)."
        )
    return None
