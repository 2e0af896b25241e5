"""Settings, built once in ``main`` from the environment (and an optional ``.env`` file).

Nothing here runs at import time; ``Settings.from_env`` is called explicitly by the entry
point, so tests and the console need no token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message names the variable."""


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines (comments, blank lines, optional quotes, ``export``)."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return values
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").strip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key.replace("_", "").isalnum():
            raise SettingsError(f"{path}:{number}: expected KEY=VALUE, got {raw!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        values[key] = value
    return values


def _int(env: Mapping[str, str], key: str, default: int | None) -> int | None:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a whole number, got {raw!r}") from None


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a number, got {raw!r}") from None
    if value < 0:
        raise SettingsError(f"{key} must not be negative, got {raw!r}")
    return value


def _ids(env: Mapping[str, str], key: str) -> tuple[int, ...]:
    raw = env.get(key, "").strip()
    if not raw:
        return ()
    try:
        return tuple(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise SettingsError(f"{key} must be a comma-separated list of ids, got {raw!r}") from None


def _bool(env: Mapping[str, str], key: str, default: bool) -> bool:
    raw = env.get(key, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{key} must be true or false, got {raw!r}")


def _cache_dir(env: Mapping[str, str]) -> str:
    raw = env.get("CACHE_DIR", "").strip()
    if raw.lower() in ("off", "none", "0", "false"):
        return ""
    if raw:
        return raw
    base = env.get("XDG_CACHE_HOME") or (
        str(Path(env["HOME"]) / ".cache") if env.get("HOME") else ""
    )
    return str(Path(base) / "wic-bot") if base else ""


def _database_url(env: Mapping[str, str]) -> str:
    raw = env.get("DATABASE_URL", "").strip()
    if raw and not raw.startswith(("postgresql://", "postgres://")):
        raise SettingsError(
            "DATABASE_URL must be a PostgreSQL URL like postgresql://user:password@host/db"
        )
    if raw:
        problem = database_url_problem(raw)
        if problem is not None:
            raise SettingsError(problem)
    return raw


_ENCODE = (
    "percent-encode it in the URL ('#' as %23, '/' as %2F, '?' as %3F, '@' as %40, "
    "':' as %3A, '%' as %25), or leave the password out of the URL and set PGPASSWORD"
)


def database_url_problem(url: str) -> str | None:
    """Why DATABASE_URL cannot be right, without ever repeating it (it holds a password)."""
    import urllib.parse

    rest = url.split("://", 1)[1]
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in rest[len(netloc) :]:
        # user:pa/ss@host: the '@' ends up after the host part, so the password was cut.
        return (
            f"DATABASE_URL: the password (or user name) holds a character that ends it; {_ENCODE}"
        )
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return (
            "DATABASE_URL is not a valid URL (check the host and a port from 1 to 65535; if "
            f"the password holds special characters, {_ENCODE})"
        )
    if port == 0:
        return "DATABASE_URL: the port must be from 1 to 65535"
    return None


@dataclass(frozen=True, slots=True)
class Settings:
    """Every operator setting; see .env.example for what each one does."""

    discord_token: str = ""
    knowledge_path: str = "knowledge/wic.yaml"
    dev_guild_id: int | None = None
    answer_channel_ids: tuple[int, ...] = ()
    message_content: bool = False
    staff_guild_ids: tuple[int, ...] = ()  # where /kb exists; none: /kb is not registered
    moderator_role_ids: tuple[int, ...] = ()  # staff roles, in the staff servers
    mod_log_channel_id: int | None = None
    cooldown_seconds: float = 3.0
    cooldown_burst: int = 3
    max_question_length: int = 300
    context_ttl_seconds: float = 600.0
    reload_interval_seconds: float = 2.0
    shard_count: int | None = None
    shard_ids: tuple[int, ...] = ()
    data_dir: str = "data"
    cache_dir: str = ""  # compiled-engine snapshots for fast CLI starts; "" = off
    retention_days: int = 90
    unanswered_include_dms: bool = False  # keep and show questions asked in DMs
    log_level: str = "INFO"
    channel_backlog_max: int = 100  # replies queued per channel before questions are shed
    database_url: str = ""  # PostgreSQL for several processes; "" = embedded files + SQLite

    @classmethod
    def from_env(cls, environ: Mapping[str, str], dotenv: Path | None = None) -> Settings:
        """Build settings; real environment variables win over the .env file."""
        env: dict[str, str] = dict(read_dotenv(dotenv)) if dotenv else {}
        env.update({k: v for k, v in environ.items() if v != ""})
        shard_count = _int(env, "SHARD_COUNT", None)
        shard_ids = _ids(env, "SHARD_IDS")
        if shard_ids and shard_count is None:
            raise SettingsError("SHARD_IDS needs SHARD_COUNT")
        if shard_count is not None and any(i >= shard_count for i in shard_ids):
            raise SettingsError(f"SHARD_IDS must be below SHARD_COUNT ({shard_count})")
        level = env.get("LOG_LEVEL", "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
        max_len = _int(env, "MAX_QUESTION_LENGTH", 300) or 300
        backlog = _int(env, "CHANNEL_BACKLOG_MAX", 100)
        if backlog is None or not 1 <= backlog <= 10_000:
            raise SettingsError(f"CHANNEL_BACKLOG_MAX must be from 1 to 10000, got {backlog}")
        return cls(
            discord_token=env.get("DISCORD_TOKEN", "").strip(),
            knowledge_path=env.get("KNOWLEDGE_PATH", "knowledge/wic.yaml"),
            dev_guild_id=_int(env, "DEV_GUILD_ID", None),
            answer_channel_ids=_ids(env, "ANSWER_CHANNEL_IDS"),
            message_content=_bool(env, "MESSAGE_CONTENT_INTENT", False),
            staff_guild_ids=_ids(env, "STAFF_GUILD_IDS"),
            moderator_role_ids=_ids(env, "MODERATOR_ROLE_IDS"),
            mod_log_channel_id=_int(env, "MOD_LOG_CHANNEL_ID", None),
            cooldown_seconds=_float(env, "COOLDOWN_SECONDS", 3.0),
            cooldown_burst=_int(env, "COOLDOWN_BURST", 3) or 1,
            max_question_length=max_len,
            context_ttl_seconds=_float(env, "CONTEXT_TTL_SECONDS", 600.0),
            reload_interval_seconds=_float(env, "RELOAD_INTERVAL_SECONDS", 2.0),
            shard_count=shard_count,
            shard_ids=shard_ids,
            data_dir=env.get("DATA_DIR", "data"),
            cache_dir=_cache_dir(env),
            retention_days=_int(env, "RETENTION_DAYS", 90) or 90,
            unanswered_include_dms=_bool(env, "UNANSWERED_INCLUDE_DMS", False),
            log_level=level,
            channel_backlog_max=backlog,
            database_url=_database_url(env),
        )
