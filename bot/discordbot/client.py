"""The Discord bot: built from settings and a knowledge service handed in by ``main``."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.editing import KnowledgeEditor
from bot.misses import MissStore
from bot.service import Conversations, Cooldown, KnowledgeService, ReloadResult
from bot.settings import Settings

from . import render
from .cogs import Answering
from .components import DYNAMIC_ITEMS
from .moderation import Moderation
from .outbox import Pace
from .params import UnknownEdition

log = logging.getLogger(__name__)


class Tree(app_commands.CommandTree):
    """Command tree whose errors give the member one short line and the log the traceback."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CheckFailure):
            return  # the check already answered (moderator refusal)
        if isinstance(error, UnknownEdition):
            typed = render.safe(render.clip(error.typed, 100))
            text = f"I don't know an edition called “{typed}”. Pick one from the list."
            await interaction.response.send_message(
                embed=render.notice(text), ephemeral=True, allowed_mentions=render_none()
            )
            return
        command = interaction.command.qualified_name if interaction.command else "?"
        original = getattr(error, "original", error)  # the real exception and its traceback
        log.error("command /%s failed", command, exc_info=original)
        text = "Sorry, something went wrong with that. The moderators can see what in the log."
        try:
            if interaction.response.is_done():
                await interaction.followup.send(
                    embed=render.notice(text), ephemeral=True, allowed_mentions=render_none()
                )
            else:
                await interaction.response.send_message(
                    embed=render.notice(text), ephemeral=True, allowed_mentions=render_none()
                )
        except discord.HTTPException:
            log.exception("could not tell the member about the error")


def render_none() -> discord.AllowedMentions:
    return discord.AllowedMentions.none()


class WicBotMixin:
    """What our bot adds to discord.py's Bot: dependencies, sync policy, hot reload."""

    settings: Settings
    service: KnowledgeService
    misses: MissStore
    editor: KnowledgeEditor
    conversations: Conversations
    cooldown: Cooldown
    clock: Callable[[], float]
    today: Callable[[], dt.date]
    pace: Pace
    user: discord.ClientUser | None

    def __init__(
        self,
        settings: Settings,
        service: KnowledgeService,
        *,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        watch: bool = True,
        pace: Pace | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(**{**_bot_kwargs(settings), **extra})  # discord.py's Bot
        self._init_wic(settings, service, clock=clock, today=today, watch=watch)
        # How fast replies go out (Discord's limits unless a test's fake Discord differs).
        self.pace = pace or Pace()

    @property
    def commands_tree(self) -> app_commands.CommandTree:
        return self.tree  # type: ignore[attr-defined,no-any-return]

    def _init_wic(
        self,
        settings: Settings,
        service: KnowledgeService,
        *,
        clock: Callable[[], float],
        today: Callable[[], dt.date],
        watch: bool,
    ) -> None:
        self.settings = settings
        self.service = service
        self.conversations = Conversations(ttl=settings.context_ttl_seconds)
        self.cooldown = Cooldown(settings.cooldown_seconds, settings.cooldown_burst, clock=clock)
        self.clock = clock
        self.today = today
        self._watch = watch
        data = Path(settings.data_dir)
        self.misses = MissStore(data / "unanswered.sqlite3")
        self.misses.purge(settings.retention_days)
        self.editor = KnowledgeEditor(Path(settings.knowledge_path), data)
        self._watcher: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        # Buttons are routed by custom id: no view is stored per message, and buttons on
        # messages sent before a restart still work.
        self.add_dynamic_items(*DYNAMIC_ITEMS)  # type: ignore[attr-defined]
        await self.add_cog(Answering(self))  # type: ignore[attr-defined]
        await self.add_cog(Moderation(self))  # type: ignore[attr-defined]
        guild_id = self.settings.dev_guild_id
        if guild_id is not None:
            # Dev guild: instant updates. Global sync only through `wic-bot sync`, never on
            # every start (it is rate limited and slow to propagate).
            guild = discord.Object(id=guild_id)
            self.commands_tree.copy_global_to(guild=guild)
            synced = await self.commands_tree.sync(guild=guild)
            log.info("synced %d commands to dev guild %s", len(synced), guild_id)
        if self._watch:
            self._watcher = asyncio.create_task(self._watch_knowledge(), name="knowledge-watch")

    async def on_message(self, message: discord.Message) -> None:
        """Prefix commands are not used; the Answering cog listens to messages."""

    def record_miss(self, question: str, guild_id: int | None, reason: str) -> None:
        """Remember a question the bot could not answer well (no user ids are kept)."""
        try:
            self.misses.record(question, guild=guild_id, reason=reason)
        except Exception:
            log.exception("could not record an unanswered question")

    def is_moderator(self, interaction: discord.Interaction) -> bool:
        """A configured moderator role, or Manage Server, in the guild the command came from."""
        user = interaction.user
        if not isinstance(user, discord.Member):
            return False
        if any(role.id in self.settings.moderator_role_ids for role in user.roles):
            return True
        # Discord resolves the invoker's permissions (roles, owner, administrator) for us.
        return interaction.permissions.manage_guild

    async def _watch_knowledge(self) -> None:
        interval = max(0.05, self.settings.reload_interval_seconds)
        last_purge = self.clock()
        while True:
            await asyncio.sleep(interval)
            try:
                result = await asyncio.to_thread(self.service.poll)
                if result is not None:
                    await self.report_reload(result)
                if self.clock() - last_purge > 86400:  # retention, once a day
                    last_purge = self.clock()
                    self.misses.purge(self.settings.retention_days)
            except Exception:
                log.exception("knowledge watch failed; will retry")

    async def report_reload(self, result: ReloadResult) -> None:
        """Tell the moderator log channel what a reload did."""
        channel_id = self.settings.mod_log_channel_id
        if channel_id is None or not result.changed:
            return
        if result.ok:
            embed = render.mod_embed(
                "Knowledge reloaded", [f"Version `{result.version}` is live."], True
            )
        else:
            assert result.error is not None
            lines = [f"Still answering from version `{result.version}`.", ""]
            lines += render.problems_lines(result.error.report())
            embed = render.mod_embed("Knowledge edit refused", lines, False)
        channel = self.get_channel(channel_id) or discord.Object(id=channel_id)  # type: ignore[attr-defined]
        try:
            if isinstance(channel, discord.abc.Messageable):
                await channel.send(embed=embed, allowed_mentions=discord.AllowedMentions.none())
            else:
                await self.http.send_message(  # type: ignore[attr-defined]
                    channel_id,
                    params=discord.http.handle_message_parameters(
                        embed=embed, allowed_mentions=discord.AllowedMentions.none()
                    ),
                )
        except discord.HTTPException:
            log.exception("could not post to the moderator log channel %s", channel_id)

    async def close(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
        await super().close()  # type: ignore[misc]
        self.misses.close()


def _bot_kwargs(settings: Settings) -> dict[str, Any]:
    intents = discord.Intents.default()
    # Mentions and DMs carry their text without the privileged intent; only "answer every
    # message in these channels" needs it, so it is opt-in.
    intents.message_content = settings.message_content
    intents.presences = False
    intents.members = False
    kwargs: dict[str, Any] = {
        "command_prefix": commands.when_mentioned,
        "intents": intents,
        "allowed_mentions": discord.AllowedMentions.none(),
        "help_command": None,
        "tree_cls": Tree,
        # The bot never reads old messages (buttons arrive with their message), so it keeps
        # no message cache: memory stays flat however busy the server.
        "max_messages": None,
    }
    if settings.shard_count is not None:
        kwargs["shard_count"] = settings.shard_count
        if settings.shard_ids:
            kwargs["shard_ids"] = list(settings.shard_ids)
    return kwargs


class WicBot(WicBotMixin, commands.Bot):
    """The bot in one process."""


class ShardedWicBot(WicBotMixin, commands.AutoShardedBot):
    """The bot as one of several processes (SHARD_COUNT / SHARD_IDS)."""


def build_bot(
    settings: Settings, service: KnowledgeService, **kwargs: Any
) -> WicBot | ShardedWicBot:
    """The right bot class for the settings."""
    # The bot has no voice features: skip discord.py's warnings about voice libraries.
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False
    if settings.shard_count is not None:
        return ShardedWicBot(settings, service, **kwargs)
    return WicBot(settings, service, **kwargs)


async def sync_globally(settings: Settings, service: KnowledgeService) -> int:
    """Log in over HTTP only, push the commands globally, log out. Returns the count."""
    bot = build_bot(settings, service, watch=False)
    async with bot:
        await bot.login(settings.discord_token)
        synced = await bot.tree.sync()
    return len(synced)
