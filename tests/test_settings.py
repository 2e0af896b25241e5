"""Settings are built from the environment in main, with clear errors."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.settings import Settings, SettingsError, read_dotenv

from .conftest import ROOT


def test_env_example_documents_every_setting_and_parses():
    values = read_dotenv(ROOT / ".env.example")
    settings = Settings.from_env({}, dotenv=ROOT / ".env.example")
    assert settings.discord_token == ""
    assert settings.knowledge_path == str(ROOT / "knowledge" / "wic.yaml")
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
            "PYTHONPATH": str(ROOT),  # this checkout's code, whichever one the venv installed
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
            "PYTHONPATH": str(ROOT),
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
        attach_files=True,
        manage_events=True,
    )
    setup = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    assert f"permissions={listed.value}" in setup


# --- values that would silently break the bot (issue 19) ------------------------------------


BIG = str(2**64)  # one past the largest snowflake


@pytest.mark.parametrize(
    ("key", "raw", "message"),
    [
        # nan compares false with everything, which turned the rate limit off without a word
        ("COOLDOWN_SECONDS", "nan", "must be a finite number of seconds, got 'nan'"),
        # inf locked a member out for good, and the notice then crashed on round(inf)
        ("COOLDOWN_SECONDS", "inf", "must be a finite number of seconds, got 'inf'"),
        ("COOLDOWN_SECONDS", "-Infinity", "must be a finite number of seconds, got '-Infinity'"),
        ("COOLDOWN_SECONDS", "-1", "must not be negative, got '-1'"),
        ("COOLDOWN_SECONDS", "1e9", "must be 0 (off) or from 0.001 to 86400 seconds, got '1e9'"),
        ("COOLDOWN_SECONDS", "three", "must be a number of seconds, got 'three'"),
        ("CONTEXT_TTL_SECONDS", "nan", "must be a finite number of seconds, got 'nan'"),
        ("CONTEXT_TTL_SECONDS", "0", "must be from 1 to 604800 seconds, got '0'"),
        ("CONTEXT_TTL_SECONDS", "-600", "must not be negative, got '-600'"),
        # 0 would check the knowledge file in a busy loop
        ("RELOAD_INTERVAL_SECONDS", "0", "must be from 0.1 to 3600 seconds, got '0'"),
        ("RELOAD_INTERVAL_SECONDS", "inf", "must be a finite number of seconds, got 'inf'"),
        ("COOLDOWN_BURST", "0", "must be from 1 to 1000, got '0'"),
        ("COOLDOWN_BURST", "-3", "must be from 1 to 1000, got '-3'"),
        ("COOLDOWN_BURST", "2.5", "must be a whole number, got '2.5'"),
        ("MAX_QUESTION_LENGTH", "0", "must be from 1 to 4000, got '0'"),
        ("MAX_QUESTION_LENGTH", "-1", "must be from 1 to 4000, got '-1'"),
        ("RETENTION_DAYS", "-5", "must be from 1 to 36500, got '-5'"),
        ("CHANNEL_BACKLOG_MAX", "0", "must be from 1 to 10000, got '0'"),
        ("SHARD_COUNT", "0", "must be from 1 to 10000, got '0'"),
        ("DEV_GUILD_ID", "-5", "must be a Discord id (a positive whole number), got '-5'"),
        ("DEV_GUILD_ID", "0", "must be a Discord id (a positive whole number), got '0'"),
        ("DEV_GUILD_ID", "١٢", "must be a whole number (a Discord id), got '١٢'"),
        ("MOD_LOG_CHANNEL_ID", BIG, f"must be a Discord id (a positive whole number), got '{BIG}'"),
        ("ANSWER_CHANNEL_IDS", "1,-2", f"must hold ids from 1 to {2**64 - 1}, got -2"),
    ],
)  # fmt: skip
def test_each_bad_value_is_refused_with_a_clear_message(key: str, raw: str, message: str):
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({key: raw})
    assert str(caught.value) == f"{key} {message}"


def test_sensible_edge_values_are_accepted():
    settings = Settings.from_env(
        {
            "COOLDOWN_SECONDS": "0",  # 0 turns the rate limit off, as documented
            "COOLDOWN_BURST": "1",
            "RELOAD_INTERVAL_SECONDS": "0.5",
            "SHARD_COUNT": "2",
            "SHARD_IDS": "0, 1",
            "DEV_GUILD_ID": str(2**64 - 1),
        }
    )
    assert settings.cooldown_seconds == 0.0
    assert settings.shard_ids == (0, 1)
    assert settings.dev_guild_id == 2**64 - 1


def test_unknown_keys_are_warned_about_by_name(tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=x\nDISCORD_TOKN=y\nCOLDOWN_SECONDS=5\nSOMETHING_ELSE=1\n")
    warnings: list[str] = []
    Settings.from_env(
        {"PATH": "/usr/bin", "HOME": "/root", "DISCORD_TOKN": "z", "DISCORD_WEBHOOK": "w",
         "LOG_LEVLE": "DEBUG", "DATA_DIR": "/tmp/d"},
        dotenv=env_file,
        warn=warnings.append,
    )  # fmt: skip
    assert warnings == [
        f"{env_file}:2: unknown setting DISCORD_TOKN (did you mean DISCORD_TOKEN?); ignored",
        f"{env_file}:3: unknown setting COLDOWN_SECONDS (did you mean COOLDOWN_SECONDS?); ignored",
        f"{env_file}:4: unknown setting SOMETHING_ELSE; ignored",
        "unknown setting DISCORD_WEBHOOK in the environment; ignored",
        "unknown setting LOG_LEVLE in the environment (did you mean LOG_LEVEL?); ignored",
    ]


def test_unknown_keys_reach_stderr_and_the_start_goes_on(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "when was the 4th wic"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISCORD_TOKN": "x",
             "CACHE_DIR": "off", "PYTHONPATH": str(ROOT)},
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "configuration warning: unknown setting DISCORD_TOKN in the environment "
        "(did you mean DISCORD_TOKEN?); ignored\n"
    )
    # …and the shipped knowledge was found from a directory that is not the project
    assert "December 3–5, 2017" in result.stdout


def test_relative_paths_resolve_against_the_dotenv_folder_or_the_project(tmp_path: Path):
    folder = tmp_path / "deploy"
    folder.mkdir()
    env_file = folder / ".env"
    env_file.write_text("KNOWLEDGE_PATH=kb/wic.yaml\nDATA_DIR=./state\nCACHE_DIR=~/c\n")
    from_file = Settings.from_env({"HOME": "/home/u"}, dotenv=env_file, base=tmp_path / "proj")
    assert from_file.knowledge_path == str(folder / "kb" / "wic.yaml")
    assert from_file.data_dir == str(folder / "state")
    assert from_file.cache_dir == "/home/u/c"
    from_env = Settings.from_env({"DATA_DIR": "state"}, dotenv=env_file, base=tmp_path / "proj")
    assert from_env.data_dir == str(tmp_path / "proj" / "state")  # the environment wins
    defaults = Settings.from_env({})
    assert defaults.knowledge_path == str(ROOT / "knowledge" / "wic.yaml")
    assert defaults.data_dir == str(ROOT / "data")
    assert Settings.from_env({"DATA_DIR": "/abs/data"}).data_dir == "/abs/data"
    assert Settings.from_env({"CACHE_DIR": "off"}).cache_dir == ""


# --- .env as python-dotenv reads it ------------------------------------------------------------

DOTENV_CASES = [
    ("A='quoted' # a comment\n", {"A": "quoted"}),
    ('A="quoted" # a comment\n', {"A": "quoted"}),
    ("A=plain # a comment\n", {"A": "plain"}),
    ("A=plain#not-a-comment\n", {"A": "plain#not-a-comment"}),
    ("A= # only a comment\n", {"A": ""}),
    ("A=#novalue\n", {"A": "#novalue"}),
    ('A="line\\nbreak \\"q\\" \\\\ \\t"\n', {"A": 'line\nbreak "q" \\ \t'}),
    ("A='no \\n escapes \\' here'\n", {"A": "no \\n escapes ' here"}),
    ("export A=1\n  export   B = 2 \n", {"A": "1", "B": "2"}),
    ('A="two\nlines"\n', {"A": "two\nlines"}),
    ("A=1\nB=${A}x\nC=${MISSING:-dflt}\nD='${A}'\n", {"A": "1", "B": "1x", "C": "dflt", "D": "1"}),
    ("'A'=key quoted\n", {"A": "key quoted"}),
    ("\ufeffA=bom\r\nB=crlf\r\n", {"A": "bom", "B": "crlf"}),
    ("# comment\n\n   \nA=\nB\n", {"A": ""}),
    ("A=1\nA\n", {}),
]


@pytest.mark.parametrize(("text", "expected"), DOTENV_CASES)
def test_dotenv_values_as_python_dotenv_reads_them(tmp_path: Path, text: str, expected):
    env_file = tmp_path / ".env"
    env_file.write_bytes(text.encode())
    assert read_dotenv(env_file, {}) == expected
    dotenv = pytest.importorskip("dotenv")
    theirs = dotenv.dotenv_values(env_file)
    assert {k: v for k, v in theirs.items() if v is not None} == expected


def test_a_quoted_value_with_a_comment_loses_its_quotes(tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text('DISCORD_TOKEN="abc.def" # from the portal\nCOOLDOWN_SECONDS="5"\n')
    settings = Settings.from_env({}, dotenv=env_file)
    assert settings.discord_token == "abc.def"
    assert settings.cooldown_seconds == 5.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("A='unterminated\n", ':1: expected KEY=VALUE, got "A=\'unterminated"'),
        ('OK=1\nB="open\n', ":2: expected KEY=VALUE, got 'B=\"open'"),
        ("A='x' junk\n", ":1: expected KEY=VALUE, got \"A='x' junk\""),
    ],
)
def test_lines_python_dotenv_would_skip_are_refused(tmp_path: Path, text: str, message: str):
    env_file = tmp_path / ".env"
    env_file.write_text(text)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({}, dotenv=env_file)
    assert str(caught.value) == f"{env_file}{message}"


@given(st.text(alphabet="AB=x #'\"\\\n\r\t${}:-", max_size=40))
@settings(max_examples=400, deadline=None)
def test_dotenv_parser_agrees_with_python_dotenv(text: str):
    """Differential: every file python-dotenv reads cleanly means the same here; every file it
    would skip a line of is refused here."""
    import io
    import os

    dotenv = pytest.importorskip("dotenv")
    from dotenv.parser import parse_stream

    with tempfile.TemporaryDirectory() as folder:
        env_file = Path(folder) / ".env"
        env_file.write_bytes(text.encode())
        if any(b.error for b in parse_stream(io.StringIO(env_file.read_text()))):
            with pytest.raises(SettingsError, match="expected KEY=VALUE"):
                read_dotenv(env_file, os.environ)
            return
        theirs = dotenv.dotenv_values(env_file)
        assert read_dotenv(env_file, os.environ) == {
            k: v for k, v in theirs.items() if v is not None
        }


# --- installs: runtime, [pg] and [dev] ------------------------------------------------------


def _without_asyncpg(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a process where asyncpg cannot be imported (a runtime-only install)."""
    prelude = "import sys; sys.modules['asyncpg'] = None\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "CACHE_DIR": "off",
             "PYTHONPATH": str(ROOT), **env},
    )  # fmt: skip


def test_without_the_pg_extra_the_files_backend_still_answers():
    code = (
        "import bot.discordbot.client, bot.discordbot.cogs; from bot.cli import main; "
        "sys.exit(main(['ask', 'when was the 4th wic']))"
    )
    result = _without_asyncpg(code, {})
    assert result.returncode == 0, result.stderr
    assert "December 3–5, 2017" in result.stdout


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        (["ask", "when"], {"DATABASE_URL": "postgresql://bot@db/wic"}, "DATABASE_URL is set"),
        (["unanswered"], {"DATABASE_URL": "postgresql://bot@db/wic"}, "DATABASE_URL is set"),
        (["kb", "log"], {}, "wic-bot kb needs PostgreSQL"),
    ],
)
def test_missing_asyncpg_is_one_clear_line(argv: list[str], env: dict[str, str], message: str):
    result = _without_asyncpg(f"from bot.cli import main; sys.exit(main({argv!r}))", env)
    assert result.returncode == 2
    assert result.stderr == (
        f"configuration error: {message}, but its driver asyncpg is not installed: run "
        ".venv/bin/pip install -e '.[pg]' (make run does it when DATABASE_URL is set)\n"
    )


def test_check_needs_no_driver_even_with_database_url():
    code = "from bot.cli import main; sys.exit(main(['check', 'knowledge/wic.yaml']))"
    result = _without_asyncpg(code, {"DATABASE_URL": "postgresql://bot@db/wic"})
    assert result.returncode == 0, result.stderr


def test_the_dependency_floors_are_the_versions_the_code_needs():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {d.split(">")[0].split("<")[0].strip(): d for d in project["dependencies"]}
    # discord.ui.Label (the /kb forms) exists from 2.6; on 2.5 those forms crash
    assert runtime["discord.py"].startswith("discord.py>=2.6,")
    assert "asyncpg" not in runtime  # only the [pg] extra, for DATABASE_URL
    assert any(d.startswith("asyncpg") for d in project["optional-dependencies"]["pg"])
    assert "wic-bot[pg]" in project["optional-dependencies"]["dev"]
