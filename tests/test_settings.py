"""Settings are built from the environment in main, with clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, read_dotenv

from .conftest import ROOT


def test_env_example_documents_every_setting_and_parses():
    values = read_dotenv(ROOT / ".env.example")
    settings = Settings.from_env({}, dotenv=ROOT / ".env.example")
    assert settings.discord_token == ""
    assert settings.knowledge_path == "knowledge/wic.yaml"
    for key in (
        "DISCORD_TOKEN",
        "KNOWLEDGE_PATH",
        "DEV_GUILD_ID",
        "ANSWER_CHANNEL_IDS",
        "MODERATOR_ROLE_IDS",
        "MOD_LOG_CHANNEL_ID",
        "COOLDOWN_SECONDS",
        "SHARD_COUNT",
        "SHARD_IDS",
        "MESSAGE_CONTENT_INTENT",
    ):
        assert key in values


def test_environment_wins_over_dotenv(tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "DISCORD_TOKEN='from-file'\nCOOLDOWN_SECONDS=5 # comment\nexport SHARD_COUNT=2\n"
    )
    settings = Settings.from_env({"DISCORD_TOKEN": "from-env"}, dotenv=env_file)
    assert settings.discord_token == "from-env"
    assert settings.cooldown_seconds == 5.0
    assert settings.shard_count == 2


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEV_GUILD_ID": "abc"}, "DEV_GUILD_ID must be a whole number"),
        ({"ANSWER_CHANNEL_IDS": "1,x"}, "ANSWER_CHANNEL_IDS must be a comma-separated list"),
        ({"COOLDOWN_SECONDS": "-1"}, "must not be negative"),
        ({"SHARD_IDS": "0"}, "SHARD_IDS needs SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "2"}, "below SHARD_COUNT"),
        ({"MESSAGE_CONTENT_INTENT": "maybe"}, "must be true or false"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL must be"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], message: str):
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)


def test_bad_dotenv_line_is_reported(tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text("JUST SOME TEXT\n")
    with pytest.raises(SettingsError, match=r"\.env:1: expected KEY=VALUE"):
        Settings.from_env({}, dotenv=env_file)


def test_run_without_token_opens_the_console(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        input="when was the 4th wic\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no developer .env with a real token here
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "KNOWLEDGE_PATH": str(ROOT / "knowledge" / "wic.yaml"),
        },
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "DISCORD_TOKEN is not set" in result.stderr
    assert "December 3–5, 2017" in result.stdout


def test_run_refuses_to_start_on_a_bad_knowledge_file(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("series: {}\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "DISCORD_TOKEN": "x",
            "KNOWLEDGE_PATH": str(bad),
            "HOME": str(tmp_path),
        },
        timeout=60,
    )
    assert result.returncode == 2
    assert "cannot start: the knowledge file is invalid" in result.stderr
    assert "required key 'editions' is missing" in result.stderr


def test_documented_invite_permissions_match_the_listed_ones():
    import discord

    listed = discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        read_message_history=True,
    )
    setup = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    assert f"permissions={listed.value}" in setup
