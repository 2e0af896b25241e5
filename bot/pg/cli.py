"""``wic-bot kb push|pull|log`` and ``wic-bot run`` with ``DATABASE_URL``.

The files stay the moderators' tool: ``pull`` writes the current revision out, ``push``
validates files with the same rules (and messages) as ``wic-bot check`` and commits them as a
new revision, which every running process then loads. ``pull`` leaves a ``.wic-revision``
marker; ``push`` from that folder refuses if someone committed in between (``--force`` to
overwrite anyway), the same stale-edit protection as edits from Discord.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import asyncpg

from bot.editing import EditError, atomic_write
from bot.engine import KnowledgeError
from bot.misses import Miss

from .db import OUTAGE, create_pool
from .migrate import MigrationError, migrate
from .revisions import Draft, Revision, RevisionStore, draft_from_files

if TYPE_CHECKING:
    from bot.settings import Settings

MARKER = ".wic-revision"
_UNREACHABLE: tuple[type[BaseException], ...] = (*OUTAGE, EditError)


def _who() -> str:
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return f"{user}@{socket.gethostname()} (wic-bot kb push)"


async def _store(url: str) -> tuple[asyncpg.Pool, RevisionStore]:
    pool = await create_pool(url, max_size=2)
    async with pool.acquire() as conn:
        await migrate(conn)
    return pool, RevisionStore(pool)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


async def push(url: str, files: list[Path], message: str, force: bool) -> int:
    """Validate and commit ``files`` (the facts file, optionally its vocabulary beside it)."""
    # The knowledge file names its vocabulary, which is read from beside it (as `check` does).
    facts = next((f for f in files if f.name != "vocabulary.yaml"), None)
    if facts is None:
        return _fail("push the knowledge file (e.g. wic.yaml); its vocabulary comes with it")
    try:
        draft = await asyncio.to_thread(draft_from_files, facts, message or "", "")
    except KnowledgeError as exc:
        count = len(exc.problems)
        print(f"{facts}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        print(exc.report(), file=sys.stderr)
        return 1
    except OSError as exc:
        return _fail(f"cannot read {facts}: {exc.strerror or exc}")
    base = None
    marker = facts.parent / MARKER
    if marker.exists() and not force:
        base = int(marker.read_text().strip() or 0)
    pool, store = await _store(url)
    try:

        async def change(head: Revision | None) -> Draft:
            if base is not None and head is not None and head.id != base:
                raise EditError(
                    f"the database moved on since you pulled revision {base} (head is "
                    f"{head.id}, by {head.author}): pull again and redo your change, or --force"
                )
            changed = []
            if head is None or draft.facts != head.facts:
                changed.append(draft.facts_name)
            if head is None or draft.vocabulary != head.vocabulary:
                changed.append(draft.vocabulary_name)
            summary = message or f"pushed {', '.join(changed) or 'no change'}"
            return Draft(
                draft.facts_name,
                draft.facts,
                draft.vocabulary_name,
                draft.vocabulary,
                summary,
                ",".join(changed),
            )

        try:
            rev = await store.commit(change, who=_who(), action="push")
        except EditError as exc:
            return _fail(f"not pushed: {exc}")
        assert rev is not None
        if marker.exists():
            atomic_write(marker, f"{rev.id}\n".encode())
        print(f"pushed revision {rev.id} (version {rev.digest}): {rev.message}")
        return 0
    finally:
        await pool.close()


async def pull(url: str, folder: Path) -> int:
    """Write the head revision's files into ``folder``."""
    pool, store = await _store(url)
    try:
        head = await store.head()
    finally:
        await pool.close()
    if head is None:
        return _fail("the database holds no knowledge yet (start the bot once, or push)")
    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / head.vocabulary_name
    vocab.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / head.facts_name, head.facts.encode("utf-8"))
    atomic_write(vocab, head.vocabulary.encode("utf-8"))
    atomic_write(folder / MARKER, f"{head.id}\n".encode())
    print(f"wrote revision {head.id} (version {head.digest}) to {folder}/")
    return 0


async def show_log(url: str, limit: int) -> int:
    pool, store = await _store(url)
    try:
        revisions = await store.log(limit)
    finally:
        await pool.close()
    if not revisions:
        print("No revisions yet.")
        return 0
    for rev in revisions:
        when = rev.created_at.strftime("%Y-%m-%d %H:%M:%S %Z")
        files = f" [{rev.files}]" if rev.files else ""
        print(f"{rev.id:>5}  {rev.digest}  {when}  {rev.author}{files}\n       {rev.message}")
    return 0


def run_kb(args: argparse.Namespace, settings: Settings) -> int:
    """Entry point of ``wic-bot kb push|pull|log``; needs DATABASE_URL."""
    if not settings.database_url:
        return _fail(
            "DATABASE_URL is not set: `wic-bot kb` works on the shared database. Without it the "
            "knowledge files on disk are the truth: edit them and run `wic-bot check`."
        )
    url = settings.database_url
    try:
        if args.kb_command == "push":
            return asyncio.run(push(url, list(args.files), args.message or "", args.force))
        if args.kb_command == "pull":
            return asyncio.run(pull(url, args.folder))
        return asyncio.run(show_log(url, args.limit))
    except OUTAGE as exc:
        return _fail(f"cannot reach the database: {exc}")
    except MigrationError as exc:
        return _fail(f"database schema: {exc}")


def run_bot(settings: Settings) -> int:
    """``wic-bot run`` with DATABASE_URL: the backend and the bot share one event loop."""
    import discord

    from bot.discordbot.client import build_bot, serve

    from .runtime import open_backend

    async def main() -> None:
        backend = await open_backend(
            settings.database_url,
            settings.knowledge_path,
            context_ttl=settings.context_ttl_seconds,
        )
        bot = build_bot(settings, backend.service, backend=backend)
        await serve(bot, settings.discord_token)  # Ctrl-C and SIGTERM: a clean stop

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
    except (OSError, discord.GatewayNotFound, discord.HTTPException) as exc:
        return _fail(f"cannot reach Discord or the database: {exc}")
    return 0


__all__ = ["pull", "push", "run_bot", "run_kb", "show_log"]


def unanswered(settings: Settings, days: float, limit: int) -> tuple[list[Miss], int] | int:
    """``wic-bot unanswered`` against the shared store: (misses, total) or an exit code."""
    from .unanswered import PgUnanswered

    async def main() -> tuple[list[Miss], int]:
        pool, _ = await _store(settings.database_url)
        try:
            store = PgUnanswered(pool)
            dms = settings.unanswered_include_dms
            await store.purge(settings.retention_days)
            misses = await store.top(days=days, limit=limit, include_dms=dms)
            return misses, await store.count_open(days=days, include_dms=dms)
        finally:
            await pool.close()

    try:
        return asyncio.run(main())
    except _UNREACHABLE as exc:
        return _fail(f"cannot reach the database: {exc}")
