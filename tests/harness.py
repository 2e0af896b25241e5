"""Running the real bot against the fake Discord: shared by the end-to-end tests and bench."""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import build_bot
from bot.discordbot.client import WicBot
from bot.discordbot.outbox import Pace
from bot.service import KnowledgeService
from bot.settings import Settings

from .conftest import ROOT, TODAY
from .fakediscord import APP_ID, GUILD_ID, MOD_LOG_ID, MOD_ROLE_ID, FakeDiscord, RateLimits


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Env:
    fake: FakeDiscord
    bot: WicBot
    knowledge: Path
    errors: _Errors
    task: asyncio.Task[None]


def pace_for(limits: RateLimits) -> Pace:
    """The bot's own pacing for a fake Discord with these limits (Discord's by default)."""
    return Pace(
        channel_messages=limits.channel_messages,
        channel_window=limits.channel_window,
        global_per_second=max(1, limits.global_per_second * 9 // 10),
    )


def settings_for(knowledge: Path, **over: object) -> Settings:
    base = dict(
        discord_token="fake-token",
        knowledge_path=str(knowledge),
        dev_guild_id=GUILD_ID,
        staff_guild_ids=(GUILD_ID,),
        moderator_role_ids=(MOD_ROLE_ID,),
        mod_log_channel_id=MOD_LOG_ID,
        cooldown_seconds=0.0,
        reload_interval_seconds=0.05,
        data_dir=str(knowledge.parent / "data"),
    )
    base.update(over)
    return Settings(**base)  # type: ignore[arg-type]


@asynccontextmanager
async def running_bot(
    tmp_path: Path,
    *,
    limits: RateLimits | None = None,
    keep_requests: bool = True,
    max_messages: int = 20_000,
    guilds: tuple[int, ...] = (GUILD_ID,),
    locales: dict[int, str] | None = None,
    user_install: bool = True,
    **over: object,
) -> AsyncIterator[Env]:
    """Start the fake Discord and the bot on a copy of the shipped knowledge; yield; stop.

    Fails on any ERROR log record, on an exception from the bot's task, and on any request
    the strict fake refused (a test expecting a refusal clears ``fake.refused``).
    """
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, tmp_path / name)
    knowledge = tmp_path / "wic.yaml"
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    limits = limits or RateLimits()
    fake = FakeDiscord(
        limits=limits,
        keep_requests=keep_requests,
        max_messages=max_messages,
        guilds=guilds,
        locales=locales,
        user_install=user_install,
    )
    await fake.start()
    fake.patch()
    settings = settings_for(knowledge, **over)
    service = KnowledgeService(knowledge)
    bot = build_bot(
        settings, service, today=lambda: TODAY, guild_ready_timeout=0.05, pace=pace_for(limits)
    )
    assert isinstance(bot, WicBot)
    task = asyncio.create_task(bot.start(settings.discord_token))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        yield Env(fake, bot, knowledge, errors, task)
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(task, 5)
        finally:
            await fake.stop()
            fake.restore()
            logging.getLogger().removeHandler(errors)
    # The harness fails a test on any ERROR log (and on an exception from the bot's task).
    assert [r.getMessage() for r in errors.records] == []
    refused = [f"{r.method} {r.path} -> {r.status} {r.answer}" for r in fake.refused]
    assert refused == [], f"Discord would have refused these requests: {refused}"


async def reply(fake: FakeDiscord, iid: str, timeout: float = 10.0) -> dict[str, Any]:
    """What the bot finally said to interaction ``iid``: {"type": callback type, "data": the
    message}. A deferred response (5, or 6 for a component) is followed through to the
    follow-up message or the edit of the original message."""
    body = await fake.callback(iid, timeout=timeout)
    kind = body.get("type")
    if kind == 5:
        found = await fake.wait_for("POST", f"/webhooks/{APP_ID}/token-{iid}", timeout=timeout)
        return {"type": kind, "data": found[-1].body}
    if kind == 6:
        path = f"/webhooks/{APP_ID}/token-{iid}/messages/@original"
        found = await fake.wait_for("PATCH", path, timeout=timeout)
        return {"type": kind, "data": found[-1].body}
    return body


def embed_of(body: dict[str, Any]) -> dict[str, Any]:
    """The first embed of a message or interaction-response body (asserted present)."""
    embeds = body.get("data", body).get("embeds") or []
    assert embeds, body
    embed: dict[str, Any] = embeds[0]
    return embed


def buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every component of a message or interaction-response body, rows flattened."""
    data = body.get("data", body)
    return [c for row in data.get("components") or [] for c in row["components"]]
