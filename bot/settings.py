"""Settings, built once in ``main`` from the environment (and an optional ``.env`` file).

Nothing here runs at import time; ``Settings.from_env`` is called explicitly by the entry
point, so tests and the console need no token.
"""

from __future__ import annotations

import codecs
import errno
import math
import os
import re
import stat
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from bot.engine import record
from bot.fileio import StrPath, joined_text, parent_text, path_text, resolved_text

if TYPE_CHECKING:
    from pathlib import Path


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message names the variable."""


#: Every setting the bot reads. Others in ``.env`` (or bot-like names in the environment) are
#: reported by name, so a typo such as ``DISCORD_TOKN`` is not silently ignored.
KEYS = (
    "DISCORD_TOKEN",
    "KNOWLEDGE_PATH",
    "DEV_GUILD_ID",
    "ANSWER_CHANNEL_IDS",
    "MESSAGE_CONTENT_INTENT",
    "STAFF_GUILD_IDS",
    "MODERATOR_ROLE_IDS",
    "MOD_LOG_CHANNEL_ID",
    "COOLDOWN_SECONDS",
    "COOLDOWN_BURST",
    "MAX_QUESTION_LENGTH",
    "CHANNEL_BACKLOG_MAX",
    "CONTEXT_TTL_SECONDS",
    "RELOAD_INTERVAL_SECONDS",
    "SHARD_COUNT",
    "SHARD_IDS",
    "DATABASE_URL",
    "DATA_DIR",
    "CACHE_DIR",
    "RETENTION_DAYS",
    "UNANSWERED_INCLUDE_DMS",
    "LOG_LEVEL",
)
# Names in the environment that are surely meant for this bot even when not close to a key.
_OUR_PREFIXES = ("DISCORD_", "WIC_")
_MAX_ID = 2**64 - 1  # Discord ids are unsigned 64-bit snowflakes

# python-dotenv's grammar (dotenv/parser.py), so a .env file means here what it means to every
# other tool that reads it: quoted values keep everything up to the closing quote (then an
# optional comment), double quotes understand backslash escapes, unquoted values end at " #".
# Pattern texts, compiled (and cached by ``re``) when a .env file is read.
_WS = r"[^\S\r\n]*"
_BLANK = r"(?m)\s*"
_EXPORT = r"(?:export[^\S\r\n]+)?"
_KEY_QUOTED = r"'([^']+)'"
_KEY = r"([^=#\s]+)"
_EQUALS = r"=[^\S\r\n]*"
_SINGLE = r"(?s)'((?:\\.|[^'\\])*)'"
_DOUBLE = r'(?s)"((?:\\.|[^"\\])*)"'
_UNQUOTED = r"[^\r\n]*"
_COMMENT = r"(?:[^\S\r\n]*#[^\r\n]*)?"
_EOL = r"[^\S\r\n]*(?:\r\n|\n|\r|$)"
_REST = r"[^\r\n]*(?:\r|\n|\r\n)?"
_DOUBLE_ESCAPES = r"\\[\\'\"abfnrtv]"
_SINGLE_ESCAPES = r"\\[\\']"
_VARIABLE = r"\$\{(?P<name>[^}:]*)(?::-(?P<default>[^}]*))?\}"


class _NoMatch(Exception):
    pass


def _escape(match: re.Match[str]) -> str:
    return codecs.decode(match.group(0), "unicode-escape")


def parse_dotenv(text: str, where: str = ".env") -> list[tuple[int, str, str | None]]:
    """(line, key, raw value) per assignment, as python-dotenv parses them; a key alone is None.

    Where python-dotenv would skip a line it cannot parse (with a warning that is easy to miss),
    this refuses the file, naming the line.
    """
    text = text.removeprefix("\ufeff")
    pos, line = 0, 1
    found: list[tuple[int, str, str | None]] = []

    def take(pattern: str) -> re.Match[str]:
        nonlocal pos, line
        match = re.compile(pattern).match(text, pos)
        if match is None:
            raise _NoMatch
        line += len(re.findall(r"\r\n|\n|\r", match.group(0)))
        pos = match.end()
        return match

    while pos < len(text):
        take(_BLANK)
        if pos >= len(text):
            break
        start_line, start = line, pos
        try:
            take(_EXPORT)
            if text.startswith("#", pos):
                key: str | None = None
            else:
                key = take(_KEY_QUOTED if text.startswith("'", pos) else _KEY).group(1)
            take(_WS)
            value: str | None = None
            if text.startswith("=", pos):
                spaced = len(take(_EQUALS).group(0)) > 1
                char = text[pos : pos + 1]
                if spaced and char == "#":  # KEY= # comment: empty, the rest is a comment
                    value = ""
                elif char == "'":
                    value = re.sub(_SINGLE_ESCAPES, _escape, take(_SINGLE).group(1))
                elif char == '"':
                    value = re.sub(_DOUBLE_ESCAPES, _escape, take(_DOUBLE).group(1))
                elif char in ("", "\n", "\r"):
                    value = ""
                else:
                    value = re.sub(r"\s+#.*", "", take(_UNQUOTED).group(0)).rstrip()
            take(_COMMENT)
            take(_EOL)
        except _NoMatch:
            pos = start
            raw = take(_REST).group(0).rstrip("\r\n")
            raise SettingsError(f"{where}:{start_line}: expected KEY=VALUE, got {raw!r}") from None
        if key is not None:
            found.append((start_line, key, value))
    return found


def expand(value: str, env: Mapping[str, str]) -> str:
    """``${NAME}`` and ``${NAME:-default}`` from ``env``, as python-dotenv expands them."""

    def one(match: re.Match[str]) -> str:
        return env.get(match["name"], match["default"] or "")

    return re.sub(_VARIABLE, one, value)


def read_dotenv(path: StrPath, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The values of a ``.env`` file as python-dotenv's ``dotenv_values`` reads them.

    ``${NAME}`` is expanded from the values above it, then ``environ``. A missing file is
    empty; keys without a value are left out.
    """
    return {key: value for key, (_line, value) in _read_dotenv(path, environ).items()}


def _read_dotenv(path: StrPath, environ: Mapping[str, str] | None) -> dict[str, tuple[int, str]]:
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError as exc:
        raise SettingsError(
            f"{path_text(path)}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    scope: dict[str, str] = dict(environ or {})
    values: dict[str, tuple[int, str]] = {}
    for line, key, raw in parse_dotenv(text, path_text(path)):
        if raw is None:  # a bare KEY unsets it (python-dotenv: None, expanded as "")
            values.pop(key, None)
            scope[key] = ""
            continue
        value = expand(raw, scope)
        scope[key] = value
        values[key] = (line, value)
    return values


def unknown_keys(
    dotenv: Mapping[str, int], environ: Mapping[str, str], where: str = ".env"
) -> list[str]:
    """A warning per setting this bot does not know: every one in ``.env`` (``key -> line``),
    and those of the environment that look meant for it (close to a key, or DISCORD_/WIC_)."""
    warnings = []
    for key, line in dotenv.items():
        if key not in KEYS:
            warnings.append(f"{where}:{line}: unknown setting {key}{_did_you_mean(key)}; ignored")
    for key in sorted(environ):
        if key in KEYS or key in dotenv:
            continue
        hint = _did_you_mean(key)
        if hint or key.startswith(_OUR_PREFIXES):
            warnings.append(f"unknown setting {key} in the environment{hint}; ignored")
    return warnings


def _may_be_close(word: str, cutoff: float = 0.8) -> bool:
    """Whether ``difflib.get_close_matches(word, KEYS, cutoff=cutoff)`` can find anything: its
    own two cheap upper bounds (``real_quick_ratio``, ``quick_ratio``), computed as it does,
    so most names in the environment skip importing difflib."""
    counts: dict[str, int] = {}
    for char in word:
        counts[char] = counts.get(char, 0) + 1
    for key in KEYS:
        length = len(key) + len(word)
        if 2.0 * min(len(key), len(word)) / length < cutoff:
            continue
        left = dict(counts)
        matches = 0
        for char in key:
            if left.get(char, 0) > 0:
                left[char] -= 1
                matches += 1
        if 2.0 * matches / length >= cutoff:
            return True
    return False


def _did_you_mean(key: str) -> str:
    if not _may_be_close(key.upper()):
        return ""
    import difflib

    close = difflib.get_close_matches(key.upper(), KEYS, n=1, cutoff=0.8)
    return f" (did you mean {close[0]}?)" if close else ""


_WHOLE = r"[+-]?[0-9]+"


def _int(env: Mapping[str, str], key: str, default: int | None, low: int, high: int) -> int | None:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    if not re.fullmatch(_WHOLE, raw):
        raise SettingsError(f"{key} must be a whole number, got {raw!r}")
    value = int(raw)
    if not low <= value <= high:
        raise SettingsError(f"{key} must be from {low} to {high}, got {raw!r}")
    return value


def _id(env: Mapping[str, str], key: str) -> int | None:
    raw = env.get(key, "").strip()
    if not raw:
        return None
    if not re.fullmatch(_WHOLE, raw):
        raise SettingsError(f"{key} must be a whole number (a Discord id), got {raw!r}")
    value = int(raw)
    if not 1 <= value <= _MAX_ID:
        raise SettingsError(f"{key} must be a Discord id (a positive whole number), got {raw!r}")
    return value


def _seconds(
    env: Mapping[str, str], key: str, default: float, *, low: float, high: float, zero: bool
) -> float:
    """A duration: finite, within [low, high], and 0 only where ``zero`` (0 turns it off)."""
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a number of seconds, got {raw!r}") from None
    if not math.isfinite(value):
        raise SettingsError(f"{key} must be a finite number of seconds, got {raw!r}")
    if value < 0:
        raise SettingsError(f"{key} must not be negative, got {raw!r}")
    if value == 0 and zero:
        return 0.0
    if not low <= value <= high:
        range_ = f"0 (off) or from {low:g} to {high:g}" if zero else f"from {low:g} to {high:g}"
        raise SettingsError(f"{key} must be {range_} seconds, got {raw!r}")
    return value


def _ids(env: Mapping[str, str], key: str, high: int = _MAX_ID, low: int = 1) -> tuple[int, ...]:
    raw = env.get(key, "").strip()
    if not raw:
        return ()
    parts = [part for part in raw.replace(" ", "").split(",") if part]
    if not all(re.fullmatch(_WHOLE, part) for part in parts):
        raise SettingsError(f"{key} must be a comma-separated list of ids, got {raw!r}")
    values = tuple(int(part) for part in parts)
    bad = [value for value in values if not low <= value <= high]
    if bad:
        raise SettingsError(f"{key} must hold ids from {low} to {high}, got {bad[0]}")
    return values


def _bool(env: Mapping[str, str], key: str, default: bool) -> bool:
    raw = env.get(key, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{key} must be true or false, got {raw!r}")


def project_root() -> Path:
    """The checkout the bot runs from (where ``pyproject.toml`` and ``knowledge/`` are).

    Outside a checkout (a plain wheel install) there is none, and the current directory is used.
    """
    from pathlib import Path

    return Path(_root())


# The settings' paths are worked out as text (bot.fileio: the strings pathlib would give), so
# that reading them does not import pathlib (~10 ms of a fresh `wic-bot ask`).


def _root() -> str:
    root = parent_text(parent_text(resolved_text(__file__)))
    return root if _is_file(joined_text(root, "pyproject.toml")) else path_text(os.getcwd())


def _is_file(path: str) -> bool:
    """``pathlib.Path(path).is_file()``."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        return False
    except ValueError:
        return False


def _expanded(raw: str) -> str:
    """``str(pathlib.Path(raw).expanduser())``."""
    text = path_text(raw)
    if not text.startswith("~"):
        return text
    first, _, rest = text.partition("/")
    home = os.path.expanduser(first)
    if home.startswith("~"):
        raise RuntimeError("Could not determine home directory.")
    return joined_text(home, rest) if rest else path_text(home)


def _path(raw: str, base: str, home: str = "") -> str:
    if home and (raw == "~" or raw.startswith("~/")):
        raw = home + raw[1:]  # the HOME of the environment given, as the shell would
    path = _expanded(raw)
    return path if path.startswith("/") else joined_text(base, path)


def _cache_dir(env: Mapping[str, str], path: Callable[[str, str], str]) -> str:
    raw = env.get("CACHE_DIR", "").strip()
    if raw.lower() in ("off", "none", "0", "false"):
        return ""
    if raw:
        return path("CACHE_DIR", raw)
    home = env.get("HOME", "")
    root = env.get("XDG_CACHE_HOME") or (joined_text(home, ".cache") if home else "")
    return joined_text(root, "wic-bot") if root else ""


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


def _log_warning(message: str) -> None:
    import logging

    logging.getLogger(__name__).warning(message)


@record()  # as @dataclass(frozen=True), without importing dataclasses (bot.engine.records)
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
    def from_env(
        cls,
        environ: Mapping[str, str],
        dotenv: StrPath | None = None,
        *,
        base: StrPath | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> Settings:
        """Build settings; real environment variables win over the .env file.

        Relative paths in the .env file are relative to its folder; those from the environment,
        and the defaults, to ``base`` (the project checkout), so the current directory does not
        matter. Unknown settings are passed to ``warn`` (default: logged), one line each.
        """
        root = path_text(base) if base is not None else _root()
        dotenv_values = _read_dotenv(dotenv, environ) if dotenv else {}
        environ = {k: v for k, v in environ.items() if v != ""}
        for message in unknown_keys(
            {key: line for key, (line, _value) in dotenv_values.items()},
            environ,
            path_text(dotenv) if dotenv is not None else "None",
        ):
            (warn or _log_warning)(message)
        env = {key: value for key, (_line, value) in dotenv_values.items()}
        env.update(environ)

        def path(key: str, default: str) -> str:
            raw = env.get(key, "").strip()
            home = env.get("HOME", "")
            if not raw:
                return _path(default, root, home)
            from_file = key not in environ and dotenv is not None
            folder = parent_text(resolved_text(dotenv)) if from_file and dotenv else root
            return _path(raw, folder, home)

        shard_count = _int(env, "SHARD_COUNT", None, 1, 10_000)
        shard_ids = _ids(env, "SHARD_IDS", low=0)
        if shard_ids and shard_count is None:
            raise SettingsError("SHARD_IDS needs SHARD_COUNT")
        if shard_count is not None and any(i >= shard_count for i in shard_ids):
            raise SettingsError(f"SHARD_IDS must be below SHARD_COUNT ({shard_count})")
        level = env.get("LOG_LEVEL", "INFO").strip().upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
        backlog = _int(env, "CHANNEL_BACKLOG_MAX", 100, 1, 10_000)
        assert backlog is not None
        return cls(
            discord_token=env.get("DISCORD_TOKEN", "").strip(),
            knowledge_path=path("KNOWLEDGE_PATH", "knowledge/wic.yaml"),
            dev_guild_id=_id(env, "DEV_GUILD_ID"),
            answer_channel_ids=_ids(env, "ANSWER_CHANNEL_IDS"),
            message_content=_bool(env, "MESSAGE_CONTENT_INTENT", False),
            staff_guild_ids=_ids(env, "STAFF_GUILD_IDS"),
            moderator_role_ids=_ids(env, "MODERATOR_ROLE_IDS"),
            mod_log_channel_id=_id(env, "MOD_LOG_CHANNEL_ID"),
            cooldown_seconds=_seconds(
                env, "COOLDOWN_SECONDS", 3.0, low=0.001, high=86_400, zero=True
            ),
            cooldown_burst=_int(env, "COOLDOWN_BURST", 3, 1, 1000) or 3,
            max_question_length=_int(env, "MAX_QUESTION_LENGTH", 300, 1, 4000) or 300,
            context_ttl_seconds=_seconds(
                env, "CONTEXT_TTL_SECONDS", 600.0, low=1, high=7 * 86_400, zero=False
            ),
            reload_interval_seconds=_seconds(
                env, "RELOAD_INTERVAL_SECONDS", 2.0, low=0.1, high=3600, zero=False
            ),
            shard_count=shard_count,
            shard_ids=shard_ids,
            data_dir=path("DATA_DIR", "data"),
            cache_dir=_cache_dir(env, path),
            retention_days=_int(env, "RETENTION_DAYS", 90, 1, 36_500) or 90,
            unanswered_include_dms=_bool(env, "UNANSWERED_INCLUDE_DMS", False),
            log_level=level,
            channel_backlog_max=backlog,
            database_url=_database_url(env),
        )
