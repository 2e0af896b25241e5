"""The Discord bot: built from settings, a knowledge service and a backend handed in by
``bot.app`` (the composition root); the member and staff features load as extensions."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import time
from collections.abc import Callable, Coroutine
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.editing import EditError, KnowledgeEditor
from bot.misses import MissStore
from bot.notifystore import NotifyStore
from bot.service import Conversations, Cooldown, KnowledgeService, ReloadResult
from bot.settings import Settings
from bot.stores import Backend, FileBackend, KnowledgeStore, UnansweredStore

from . import render
from .feedback import FeedbackBook
from .notify import Notifier
from .outbox import Pace
from .params import UnknownEdition
from .translate import CommandTranslator, chrome_language

log = logging.getLogger(__name__)

# The presence line members see under the bot's name: "Listening to /ask · /help".
PRESENCE = discord.Activity(type=discord.ActivityType.listening, name="/ask · /help")


class Tree(app_commands.CommandTree):
    """Command tree whose errors give the member one short line and the log the traceback."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CheckFailure):
            return  # the check already answered (moderator refusal)
        if interaction.type is discord.InteractionType.autocomplete:
            # An autocomplete takes choices only: a message reply is refused (50035)
            log.info("autocomplete failed: %s", error)
            return
        lang = chrome_language(interaction.locale)
        if isinstance(error, app_commands.CommandNotFound):
            # Not registered here (e.g. /kb outside a staff server): nothing ran.
            log.info("unknown command %s from %s", error.name, interaction.user.id)
            if not interaction.response.is_done():
                await interaction.response.send_message(
                    embed=render.notice(render.chrome(lang, "not_here")),
                    ephemeral=True,
                    allowed_mentions=render_none(),
                )
            return
        if isinstance(error, UnknownEdition):
            typed = render.safe(render.clip(error.typed, 100))
            text = render.chrome(lang, "unknown_edition", typed=typed)
            await interaction.response.send_message(
                embed=render.notice(text), ephemeral=True, allowed_mentions=render_none()
            )
            return
        command = interaction.command.qualified_name if interaction.command else "?"
        original = getattr(error, "original", error)  # the real exception and its traceback
        log.error("command /%s failed", command, exc_info=original)
        text = render.chrome(lang, "went_wrong")
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


# The features, as discord.py extensions: what members use everywhere, and /kb for the staff.
MEMBER_FEATURES = "bot.discordbot.members"
STAFF_FEATURES = "bot.discordbot.staff"


class WicBot(commands.AutoShardedBot):
    """The bot: discord.py's Bot plus our dependencies, sync policy and hot reload.

    One class for one process or several (SHARD_COUNT / SHARD_IDS): without sharding settings
    it runs its single shard, 0 of 1."""

    def __init__(
        self,
        settings: Settings,
        service: KnowledgeService,
        backend: Backend,
        *,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        watch: bool = True,
        pace: Pace | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(**{**_bot_kwargs(settings), **extra})
        self.settings = settings
        self.service = service
        self.conversations = Conversations(ttl=settings.context_ttl_seconds)
        self.cooldown = Cooldown(settings.cooldown_seconds, settings.cooldown_burst, clock=clock)
        self.clock = clock
        self.today = today
        self.feedback = FeedbackBook(clock)
        self._watch = watch
        self.backend = backend
        # Edits are previewed on what the service serves (the files, or the revision).
        self.editor: KnowledgeEditor = backend.editor
        # The embedded SQLite store (None with DATABASE_URL).
        self.misses: MissStore | None = backend.misses if isinstance(backend, FileBackend) else None
        self.unanswered: UnansweredStore = backend.unanswered
        self.kb_store: KnowledgeStore = backend.knowledge
        self.notify_store: NotifyStore = backend.notify
        self.notifier = Notifier(self, service.engine)
        self._live_version = service.version
        self._watcher: tasks.Loop[Callable[[], Coroutine[Any, Any, None]]] | None = None
        self._last_purge = clock()
        # How fast replies go out (Discord's limits unless a test's fake Discord differs).
        self.pace = pace or Pace()

    @property
    def commands_tree(self) -> app_commands.CommandTree:
        return self.tree

    async def setup_hook(self) -> None:
        await self.backend.start(self.report_reload)
        await self.purge_unanswered()
        # Command names, descriptions and choices in the member's language (zh-CN, zh-TW)
        await self.commands_tree.set_translator(CommandTranslator())
        await self.load_extension(MEMBER_FEATURES)
        if not user_installs_supported(self.application):
            narrowed = server_installs_only(self.commands_tree)
            if narrowed:
                log.warning(
                    "User Install is not enabled for this application (Developer Portal → "
                    "Installation): %s offered to servers that add the bot only",
                    ", ".join(sorted(narrowed)),
                )
        staff = [discord.Object(id=g) for g in self.settings.staff_guild_ids]
        if staff:
            # The knowledge is global, so /kb exists only in the operator's staff servers,
            # as a server command; without STAFF_GUILD_IDS it is not registered at all.
            await self.load_extension(STAFF_FEATURES)
        else:
            log.warning("STAFF_GUILD_IDS is not set: /kb (knowledge editing) is disabled")
        synced_guilds: set[int] = set()
        guild_id = self.settings.dev_guild_id
        if guild_id is not None:
            # Dev guild: instant updates. Global sync only through `wic-bot sync`, never on
            # every start (it is rate limited and slow to propagate).
            guild = discord.Object(id=guild_id)
            self.commands_tree.copy_global_to(guild=guild)
            synced = await self.commands_tree.sync(guild=guild)
            synced_guilds.add(guild_id)
            log.info("synced %d commands to dev guild %s", len(synced), guild_id)
        for guild in staff:
            # Server commands show at once; syncing the few staff servers is cheap.
            if guild.id not in synced_guilds:
                synced = await self.commands_tree.sync(guild=guild)
                log.info("synced %d commands to staff server %s", len(synced), guild.id)
        if self._watch:
            # discord.py's task loop: one iteration every RELOAD_INTERVAL_SECONDS, cancelled
            # with the bot; each iteration catches its own errors, so the loop never stops
            interval = max(0.05, self.settings.reload_interval_seconds)
            self._watcher = tasks.loop(seconds=interval, name="knowledge-watch")(self._watch_once)
            self._watcher.start()

    async def on_message(self, message: discord.Message) -> None:
        """Prefix commands are not used; the Answering cog listens to messages."""

    async def on_shard_ready(self, shard_id: int) -> None:
        """Say what the bot does under its name, per shard: a shard may start a new session
        on its own, and the presence is set again after each."""
        try:
            await self.change_presence(activity=PRESENCE, shard_id=shard_id)
        except (ConnectionError, discord.ConnectionClosed) as exc:  # reconnecting: next READY
            log.warning("could not set the presence of shard %s: %s", shard_id, exc)

    def record_miss(self, question: str, guild_id: int | None, reason: str) -> None:
        """Remember a question the bot could not answer well (no user ids are kept).

        Never blocks: the store queues the write (bounded). Questions asked in DMs are not
        kept unless UNANSWERED_INCLUDE_DMS is set.
        """
        if guild_id is None and not self.settings.unanswered_include_dms:
            return
        try:
            self.unanswered.record(question, guild=guild_id, reason=reason)
        except Exception:
            log.exception("could not record an unanswered question")

    async def _watch_once(self) -> None:
        """One look at the knowledge files (reloaded if changed) and, once a day, retention."""
        try:
            if self.backend.watches_files:
                result = await asyncio.to_thread(self.service.poll)
                if result is not None:
                    await self.report_reload(result)
            if self.service.version != self._live_version:
                # A new version is live (a file edit, /kb, or another process's revision):
                # opted-in servers hear about the dates it changed.
                self._live_version = self.service.version
                self.notifier.version_live()
            if self.clock() - self._last_purge > 86400:  # retention, once a day
                self._last_purge = self.clock()
                await self.purge_unanswered()
        except Exception:
            log.exception("knowledge watch failed; will retry")

    async def purge_unanswered(self) -> None:
        """Forget misses older than the retention period (a database outage only delays it)."""
        try:
            await self.unanswered.purge(self.settings.retention_days)
        except EditError as exc:
            log.warning("retention purge postponed: %s", exc)

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
        channel = self.get_channel(channel_id) or discord.Object(id=channel_id)
        try:
            if isinstance(channel, discord.abc.Messageable):
                await channel.send(embed=embed, allowed_mentions=discord.AllowedMentions.none())
            else:
                await self.http.send_message(
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
        self.notifier.close()
        await super().close()
        await self.backend.close()  # queued unanswered-question writes finish first


def user_installs_supported(app: discord.AppInfo | None) -> bool:
    """Whether the application may be installed to a member's account: Discord lists each
    installation context ticked on the Developer Portal's Installation page in the
    application's ``integration_types_config`` ("1": User Install)."""
    return app is not None and app.user_integration_config is not None


def server_installs_only(tree: app_commands.CommandTree) -> list[str]:
    """Take user installs off the global commands; the names changed.

    Discord takes a command's ``integration_types`` only when the application supports each
    of them, so without User Install the member commands are registered as they were before
    it: servers and DMs with the bot. New objects, never the shared class-level ones.
    """
    changed = []
    for cmd in tree.get_commands():
        installs = cmd.allowed_installs
        if installs is None or not installs.user:
            continue
        cmd.allowed_installs = app_commands.AppInstallationType(guild=installs.guild, user=False)
        contexts = cmd.allowed_contexts
        if contexts is not None and contexts.private_channel:
            cmd.allowed_contexts = app_commands.AppCommandContext(
                guild=contexts.guild, dm_channel=contexts.dm_channel, private_channel=False
            )
        changed.append(cmd.name)
    return changed


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
    }
    kwargs.update(lean_cache_kwargs())
    # Without sharding settings: the one shard of one (never ask Discord for a count).
    kwargs["shard_count"] = settings.shard_count or 1
    if settings.shard_count is not None and settings.shard_ids:
        kwargs["shard_ids"] = list(settings.shard_ids)
    return kwargs


def lean_cache_kwargs() -> dict[str, Any]:
    """A Q&A bot needs no member list and no message history: cache neither, chunk nothing.

    Replies go to the message or interaction at hand, and moderator checks read the roles and
    permissions that Discord sends with each interaction, so nothing here is looked up later.
    Both caches grow with traffic; ``make bench`` measures the difference at 10,000 servers.
    """
    return {
        "member_cache_flags": discord.MemberCacheFlags.none(),
        "max_messages": None,  # no message cache (discord.py keeps 1,000 by default)
        "chunk_guilds_at_startup": False,
    }


def no_voice_warnings() -> None:
    """The bot has no voice features: skip discord.py's warnings about voice libraries."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


async def serve(bot: WicBot, token: str) -> None:
    """Run the bot until it stops; SIGTERM (what systemd and Docker send) stops it as Ctrl-C
    does: the bot closes cleanly, so queued unanswered questions and votes are written first.
    """
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    stopping = False

    def stop() -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            log.info("SIGTERM received: stopping cleanly")
            task.cancel()

    handled = False
    with contextlib.suppress(NotImplementedError, RuntimeError):  # not the main thread
        loop.add_signal_handler(signal.SIGTERM, stop)
        handled = True
    try:
        async with bot:  # leaving it closes the bot (and its stores) even when cancelled
            await bot.start(token)
    except asyncio.CancelledError:
        if not stopping:
            raise
        task.uncancel()
    finally:
        if handled:
            loop.remove_signal_handler(signal.SIGTERM)
    if stopping:
        log.info("stopped")


async def sync_globally(bot: WicBot, token: str) -> int:
    """Log in over HTTP only, push the commands globally, log out. Returns the count."""
    async with bot:
        await bot.login(token)
        synced = await bot.tree.sync()
    return len(synced)
