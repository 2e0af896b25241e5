"""DATABASE_URL selects the backend; without it nothing changes. The lean discord.py caches."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from bot.cli import main
from bot.settings import Settings, SettingsError
from bot.stores import FileBackend

from .conftest import SHIPPED


def test_database_url_is_read_and_checked() -> None:
    assert Settings.from_env({}).database_url == ""
    url = "postgresql://bot:secret@db.internal:5432/wic"
    assert Settings.from_env({"DATABASE_URL": url}).database_url == url
    with pytest.raises(SettingsError, match="DATABASE_URL must be a PostgreSQL URL"):
        Settings.from_env({"DATABASE_URL": "mysql://x"})


def test_without_database_url_the_bot_uses_the_files_and_sqlite(tmp_path: Path) -> None:
    from bot.app import build_bot
    from bot.service import KnowledgeService

    bot = build_bot(Settings(data_dir=str(tmp_path)), KnowledgeService(SHIPPED), watch=False)
    assert isinstance(bot.backend, FileBackend) and bot.backend.watches_files
    assert bot.misses is not None and (tmp_path / "unanswered.sqlite3").exists()
    assert bot.editor.knowledge_path == SHIPPED


def test_the_bot_caches_no_members_and_no_messages(tmp_path: Path) -> None:
    from bot.app import build_bot
    from bot.service import KnowledgeService

    bot = build_bot(Settings(data_dir=str(tmp_path)), KnowledgeService(SHIPPED), watch=False)
    state = bot._connection
    assert state.max_messages is None
    assert state.member_cache_flags.value == discord.MemberCacheFlags.none().value
    assert state._chunk_guilds is False


def test_kb_commands_need_database_url(monkeypatch, capsys) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(Path(__file__).parent)  # no .env here
    assert main(["kb", "log"]) == 1
    assert "DATABASE_URL is not set" in capsys.readouterr().err


def test_kb_log_with_an_unreachable_database_says_so(monkeypatch, capsys) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("DATABASE_URL", f"postgresql://x@127.0.0.1:{port}/none")
    monkeypatch.chdir(Path(__file__).parent)
    assert main(["kb", "log"]) == 1
    assert "cannot reach the database" in capsys.readouterr().err


def test_wic_bot_kb_push_log_pull_and_unanswered(pg_url: str, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", pg_url)
    monkeypatch.chdir(tmp_path)
    assert main(["kb", "push", str(SHIPPED), "-m", "first import"]) == 0
    assert "pushed revision 1" in capsys.readouterr().out
    assert main(["kb", "log"]) == 0
    assert "first import" in capsys.readouterr().out
    assert main(["kb", "pull", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "wic.yaml").read_bytes() == SHIPPED.read_bytes()
    assert main(["unanswered"]) == 0
    assert "No unanswered questions" in capsys.readouterr().out


def test_the_postgres_tests_skip_only_without_binaries(monkeypatch) -> None:
    from tests import pgserver

    assert pgserver.find_bin() is not None or pgserver.SKIP_REASON  # this machine: found
    monkeypatch.setattr("shutil.which", lambda name: None)
    monkeypatch.setattr("glob.glob", lambda pattern: [])
    assert pgserver.find_bin() is None
    assert "initdb" in pgserver.SKIP_REASON


def test_without_database_url_the_postgres_driver_is_not_even_imported() -> None:
    import subprocess
    import sys

    code = (
        "import sys, bot.cli, bot.discordbot.client, bot.stores; "
        "assert 'asyncpg' not in sys.modules and 'bot.pg' not in sys.modules, 'imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent.parent)


def test_migration_files_must_be_numbered_without_gaps(tmp_path: Path) -> None:
    from bot.pg.migrate import MigrationError, migrations

    (tmp_path / "0001_first.sql").write_text("SELECT 1;")
    (tmp_path / "0003_third.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match="without gaps"):
        migrations(tmp_path)
    (tmp_path / "3_bad.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match=r"NNNN_name\.sql"):
        migrations(tmp_path)


async def test_one_backoff_policy_doubles_up_to_its_cap_and_resets() -> None:
    """Connecting, listening and queued writes share one retry policy (issue 19)."""
    from bot.pg.db import Backoff

    slept: list[float] = []
    backoff = Backoff(first=0.001, cap=0.004)
    assert backoff.fresh
    for _ in range(4):
        slept.append(backoff.delay)
        await backoff.wait()
    assert slept == [0.001, 0.002, 0.004, 0.004] and not backoff.fresh
    backoff.reset()
    assert backoff.fresh and backoff.delay == 0.001
