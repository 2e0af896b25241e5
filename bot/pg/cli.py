"""``wic-bot kb push|pull|log``, ``unanswered``, ``ask`` and ``chat`` with ``DATABASE_URL``.

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
import logging
import re
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import asyncpg

from bot.editing import EditError, atomic_write
from bot.engine import KnowledgeError
from bot.fileio import read_regular
from bot.misses import Miss

from .db import DatabaseUnavailable, create_pool, describe
from .migrate import MigrationError, migrate
from .revisions import Draft, Revision, RevisionStore, draft_from_files, names_problem

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.settings import Settings

MARKER = ".wic-revision"
log = logging.getLogger(__name__)


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


class MarkerError(ValueError):
    """A ``.wic-revision`` marker that does not hold a revision number."""


def read_marker(folder: Path) -> int | None:
    """The revision a pulled folder is based on (None without a marker); MarkerError if the
    marker is damaged."""
    marker = folder / MARKER
    if not marker.exists():
        return None
    try:
        raw = read_regular(marker, 64).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        raw = "\ufffd"
    if not re.fullmatch(r"[0-9]{1,18}", raw, flags=re.ASCII) or int(raw) == 0:
        raise MarkerError(
            f"{marker} is damaged (it should hold the number of the revision you pulled): "
            "pull again into a fresh folder, or push with --base N (the revision your files "
            "started from, see `wic-bot kb log`) or --force"
        )
    return int(raw)


_NO_MARKER = (
    "not pushed: {folder} has no {marker} marker, so there is no telling which revision "
    "these files started from, and pushing them would silently undo every change committed "
    "since (head is revision {head}, by {author}). Edit a folder made by `wic-bot kb pull`, "
    "or push with --base N (the revision you started from, see `wic-bot kb log`), or --force "
    "to replace the head with these files."
)


async def push(
    url: str, files: list[Path], message: str, force: bool, base: int | None = None
) -> int:
    """Validate and commit ``files`` (the facts file, optionally its vocabulary beside it).

    The files must say which revision they started from (the ``.wic-revision`` marker of a
    pulled folder, or ``base``); otherwise, or if the head moved on since, nothing is committed
    unless ``force``.
    """
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
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        return _fail(f"cannot read {facts}: {reason or exc}")
    marker = facts.parent / MARKER
    if base is None and not force:
        try:
            base = read_marker(facts.parent)
        except MarkerError as exc:
            return _fail(f"not pushed: {exc}")
    pool, store = await _store(url)
    try:

        async def change(head: Revision | None) -> Draft:
            if head is not None and not force:
                if base is None:
                    raise EditError(
                        _NO_MARKER.format(
                            folder=facts.parent, marker=MARKER, head=head.id, author=head.author
                        )
                    )
                if head.id != base:
                    raise EditError(
                        f"the database moved on since you pulled revision {base} (head is "
                        f"{head.id}, by {head.author}): pull again and redo your change, or "
                        "--force"
                    )
            changed = []
            if head is None or draft.facts != head.facts:
                changed.append(draft.facts_name)
            if head is None or draft.vocabulary != head.vocabulary:
                changed.append(draft.vocabulary_name)
            summary = message or f"pushed {', '.join(changed) or 'no change'}"
            return Draft(
                head.facts_name if head else draft.facts_name,  # the served file keeps its name
                draft.facts,
                draft.vocabulary_name,
                draft.vocabulary,
                summary,
                ",".join(changed),
            )

        try:
            rev = await store.commit(change, who=_who(), action="push")
        except EditError as exc:
            text = str(exc)
            return _fail(text if text.startswith("not pushed") else f"not pushed: {text}")
        assert rev is not None
        if marker.exists():
            atomic_write(marker, f"{rev.id}\n".encode())
        print(f"pushed revision {rev.id} (version {rev.digest}): {rev.message}")
        return 0
    finally:
        await pool.close()


def _local_text(path: Path) -> bytes | None:
    try:
        return read_regular(path, 64 * 1024 * 1024)
    except FileNotFoundError:
        return None
    except OSError:
        return b"\x00unreadable"  # never equal to a revision: counts as a local change


async def pull(url: str, folder: Path, force: bool = False) -> int:
    """Write the head revision's files into ``folder``; refuse (unless ``force``) to overwrite
    a file with changes that are in neither the head nor the revision the folder was pulled at."""
    try:
        pulled_at = read_marker(folder)
    except MarkerError:
        pulled_at = None  # unknown base: any file that differs from the head is at risk
    pool, store = await _store(url)
    try:
        head = await store.head()
        based = await store.get(pulled_at) if pulled_at is not None else None
    finally:
        await pool.close()
    if head is None:
        return _fail("the database holds no knowledge yet (start the bot once, or push)")
    problem = names_problem(head.facts_name, head.vocabulary_name, folder)
    if problem is not None:
        return _fail(f"not pulled: revision {head.id} is refused: {problem}")
    files = [(head.facts_name, head.facts), (head.vocabulary_name, head.vocabulary)]
    if not force:
        kept = {}
        if based is not None:
            kept = {based.facts_name: based.facts, based.vocabulary_name: based.vocabulary}
        changed = []
        for name, text in files:
            local = _local_text(folder / name)
            if local is None or local == text.encode("utf-8"):
                continue
            if name in kept and local == kept[name].encode("utf-8"):
                continue  # untouched since it was pulled: safe to update
            changed.append(name)
        if changed:
            since = f"revision {pulled_at}" if based is not None else "any revision"
            verb = "has" if len(changed) == 1 else "have"
            return _fail(
                f"not pulled: {', '.join(changed)} in {folder} {verb} "
                f"changes that are not in {since}, and pulling would overwrite them. Push them "
                "first (`wic-bot kb push`), move them away, or pull with --force to discard them."
            )
    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / head.vocabulary_name
    vocab.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / head.facts_name, head.facts.encode("utf-8"))
    atomic_write(vocab, head.vocabulary.encode("utf-8"))
    atomic_write(folder / MARKER, f"{head.id}\n".encode())
    print(f"wrote revision {head.id} (version {head.digest}) to {folder}/")
    return 0


LOG_LIMIT = 1000  # `kb log --limit` at most; page on with --before


async def show_log(url: str, limit: int, before: int | None = None) -> int:
    pool, store = await _store(url)
    try:
        revisions = await store.log(min(limit, LOG_LIMIT), before)
    finally:
        await pool.close()
    if not revisions:
        print("No revisions yet." if before is None else f"No revisions before {before}.")
        return 0
    for rev in revisions:
        when = rev.created_at.strftime("%Y-%m-%d %H:%M:%S %Z")
        files = f" [{rev.files}]" if rev.files else ""
        print(f"{rev.id:>5}  {rev.digest}  {when}  {rev.author}{files}\n       {rev.message}")
    if len(revisions) == min(limit, LOG_LIMIT) and revisions[-1].parent is not None:
        print(f"(older: wic-bot kb log --before {revisions[-1].id})")
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
            return asyncio.run(
                push(url, list(args.files), args.message or "", args.force, args.base)
            )
        if args.kb_command == "pull":
            return asyncio.run(pull(url, args.folder, args.force))
        return asyncio.run(show_log(url, args.limit, args.before))
    except MigrationError as exc:
        return _fail(f"database schema: {exc}")
    except DatabaseUnavailable as exc:
        return _fail(str(exc))
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
        log.debug("kb %s failed", args.kb_command, exc_info=True)
        return _fail(f"wic-bot kb {args.kb_command}: {describe(exc, url)}")


__all__ = ["head_engine", "pull", "push", "run_kb", "show_log", "unanswered"]


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
    except DatabaseUnavailable as exc:
        return _fail(str(exc))
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
        log.debug("unanswered failed", exc_info=True)
        return _fail(f"wic-bot unanswered: {describe(exc, settings.database_url)}")


def head_engine(settings: Settings) -> Engine | None:
    """``wic-bot ask``/``chat`` with DATABASE_URL: the engine on the head revision (or, if the
    head does not validate, on the newest one that does, as a bot process would serve it);
    None after printing why not."""
    from bot.engine import Engine

    from .live import check_revision
    from .runtime import newest_valid

    url = settings.database_url

    async def main() -> Engine:
        pool, store = await _store(url)
        try:
            head = await store.head()
            if head is None:
                raise LookupError("the database holds no knowledge yet (start the bot once)")
            rev, refused = await newest_valid(store)
            if refused is not None:
                print(
                    f"warning: revision {head.id} does not validate; answering from "
                    f"revision {rev.id}, as the bot does",
                    file=sys.stderr,
                )
            kb = check_revision(rev)
            return Engine(kb, context_ttl=settings.context_ttl_seconds)
        finally:
            await pool.close()

    try:
        return asyncio.run(main())
    except LookupError as exc:
        print(str(exc), file=sys.stderr)
    except MigrationError as exc:
        print(f"database schema: {exc}", file=sys.stderr)
    except (RuntimeError, KnowledgeError) as exc:
        print(f"cannot load the knowledge from the database: {exc}", file=sys.stderr)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
        log.debug("loading the head failed", exc_info=True)
        print(f"cannot load the knowledge from the database: {describe(exc, url)}", file=sys.stderr)
    return None
