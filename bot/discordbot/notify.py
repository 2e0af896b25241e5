"""/wic notify, and what opted-in servers get when a knowledge version adds or moves dates.

When a version goes live whose editions have dates that the previous version did not (a new
edition, or changed dates), every opted-in server this process serves gets an announcement
in its channel and, for an upcoming edition with both dates, a Scheduled Event (external, at
the venue, in China time) — created once, edited on later changes. A claim row per (server,
edition year) in the store makes each of these happen once, across restarts and processes.
Missing permissions are reported to the server's admins once; other servers are unaffected.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.notifystore import Claim, NotifySetting, NotifyStore

from . import render
from .translate import chrome_language

if TYPE_CHECKING:
    from bot.engine import Edition, Engine
    from bot.service import KnowledgeService

    from .ports import BotPorts

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
CHINA = dt.timezone(dt.timedelta(hours=8))  # the venue's time: events start and end there
OPENS, CLOSES = dt.time(9, 0), dt.time(18, 0)
EVENT_NAME_MAX, EVENT_DESCRIPTION_MAX, EVENT_LOCATION_MAX = 100, 1000, 100
GUILD_ONLY, EXTERNAL = 2, 3  # privacy level; entity type

TEXT = {
    "new": "New dates: {name}",
    "changed": "Dates changed: {name}",
    "event": "Added to this server's Events: https://discord.com/events/{guild}/{event}",
    "need_events": (
        "I couldn't add {name} to this server's **Events**: I need the **Manage Events** "
        "permission here. Announcements still come to this channel."
    ),
    "need_send": (
        "I couldn't post the announcement of {name} in <#{channel}> on {server}: I need "
        "**View Channel** and **Send Messages** there. An admin can pick another channel with "
        "`/wic notify`."
    ),
    "dm_only": "`/wic notify` works in a server, not in direct messages.",
    "not_installed": (
        "`/wic notify` works in a server that has added the bot: announcements are posted by "
        "the bot, and it is not in this server (you are using the app from your own account)."
    ),
    "not_admin": "Only members with **Manage Server** in this server can change its announcements.",
    "other_server": "Pick a channel of this server.",
    "on": "New editions and changed dates will be announced in <#{channel}>{events}.",
    "on_events": ", and upcoming editions added to this server's Events",
    "off": "Announcements are off for this server.",
    "was_off": "Announcements were already off for this server.",
    "status_on": "Announcements go to <#{channel}>{events}. `/wic notify off:True` stops them.",
    "status_off": "Announcements are off. `/wic notify channel:#…` turns them on.",
    "failed": "I couldn't save that just now: please try again in a minute.",
}


# The announcement in a server whose community language is Chinese (its preferred locale);
# zh-TW servers get it in traditional characters.
TEXT_ZH = {
    "new": "新日期：{name}",
    "changed": "日期变更：{name}",
    "event": "已加入本服务器的活动：https://discord.com/events/{guild}/{event}",
    "event_field": "活动",
    "need_events": (
        "我无法把{name}加入本服务器的**活动**：需要这里的**管理活动**权限。公告仍会发到这个频道。"
    ),
    "need_send": (
        "我无法在{server}的<#{channel}>发布{name}的公告：需要那里的**查看频道**和**发送消息**"
        "权限。管理员可以用`/wic notify`选择其他频道。"
    ),
}
TEXT_EN_FIELD = "Event"


def _same(text: str) -> str:
    return text


class NotifierPorts(Protocol):
    """What the notifier needs from the bot."""

    service: KnowledgeService
    notify_store: NotifyStore
    today: Callable[[], dt.date]

    @property
    def http(self) -> Any: ...

    def get_guild(self, guild_id: int, /) -> discord.Guild | None: ...


def _dates(engine: Engine) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    return {e.year: (e.start, e.end) for e in engine.kb.editions}


class Notifier:
    """Compares each new knowledge version's dates with the last one's and announces changes."""

    def __init__(self, bot: NotifierPorts, engine: Engine) -> None:
        self.bot = bot
        self.baseline = _dates(engine)  # what was live when this process started
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[list[int]]] = set()

    def version_live(self) -> None:
        """A new version is live: announce its date changes in the background."""
        task = asyncio.create_task(self.knowledge_changed(), name="notify")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def close(self) -> None:
        """Stop announcing (the bot is closing); claims taken stay taken."""
        for task in list(self._tasks):
            task.cancel()

    async def knowledge_changed(self) -> list[int]:
        """Announce every edition whose dates this version added or changed; their years."""
        async with self._lock:  # versions in order, one at a time
            engine = self.bot.service.engine
            now = _dates(engine)
            changed = sorted(
                y for y, d in now.items() if d[0] is not None and self.baseline.get(y) != d
            )
            self.baseline = now
            if not changed:
                return []
            try:
                settings = await self.bot.notify_store.all()
            except Exception:
                log.warning("notify: the server settings could not be read", exc_info=True)
                return changed
            for setting in settings:
                guild = self.bot.get_guild(setting.guild)
                if guild is None:
                    continue  # not a server this process serves
                for year in changed:
                    try:
                        await self.announce(guild, setting, engine, year)
                    except Exception:  # one server's trouble never stops the others
                        log.warning(
                            "notify: edition %s in server %s failed", year, guild.id, exc_info=True
                        )
            return changed

    async def announce(
        self, guild: discord.Guild, setting: NotifySetting, engine: Engine, year: int
    ) -> None:
        ed = next(e for e in engine.kb.editions if e.year == year)
        store = self.bot.notify_store
        claim = await store.claim(guild.id, year, ed.start, ed.end)
        if claim is None:
            return  # these dates were announced here already (by us or another process)
        # In the server's own language (its preferred locale): zh-CN, zh-TW or English
        lang = chrome_language(guild.preferred_locale)
        words = TEXT_ZH if lang != "en" else TEXT
        script = engine.to_traditional if lang == "zh-Hant" else _same
        R = engine.renderers["zh" if lang != "en" else "en"]
        name = script(R.name_year(ed))
        text = script(engine.topic(year, "dates", self.bot.today(), R.lang).text)
        embed = discord.Embed(
            title=render.clip(script(words[claim.kind]).format(name=name), render.TITLE_MAX),
            description=render.clip(text, render.DESCRIPTION_MAX),
            colour=render.ANSWERED,
        )
        notices: list[str] = []
        upcoming = ed.start is not None and ed.end is not None and ed.start > self.bot.today()
        if setting.events and upcoming:
            try:
                event = await self._event(guild, claim, ed, name, text)
            except discord.Forbidden:
                if await store.first_notice(guild.id, "manage_events"):
                    notices.append(script(words["need_events"]).format(name=name))
            else:
                await store.set_event(guild.id, year, event)
                field = script(TEXT_ZH["event_field"]) if lang != "en" else TEXT_EN_FIELD
                value = script(words["event"]).format(guild=guild.id, event=event)
                embed.add_field(name=field, value=value)
        sent = await self._post(guild, setting, embed)
        if not sent:
            if await store.first_notice(guild.id, f"send_messages:{setting.channel}"):
                await self._tell_owner(
                    guild,
                    script(words["need_send"]).format(
                        name=name, channel=setting.channel, server=render.safe(guild.name)
                    ),
                )
            return
        for notice in notices:
            await self._post(guild, setting, render.notice(notice))

    async def _event(
        self, guild: discord.Guild, claim: Claim, ed: Edition, name: str, text: str
    ) -> int:
        """Create the edition's Scheduled Event, or move the one made before; its id."""
        assert ed.start is not None and ed.end is not None
        R = self.bot.service.engine.composer.renderers["en"]
        payload: dict[str, Any] = {
            "name": render.clip(name, EVENT_NAME_MAX),
            "description": render.clip(text, EVENT_DESCRIPTION_MAX),
            "scheduled_start_time": dt.datetime.combine(ed.start, OPENS, CHINA).isoformat(),
            "scheduled_end_time": dt.datetime.combine(ed.end, CLOSES, CHINA).isoformat(),
            "privacy_level": GUILD_ONLY,
            "entity_type": EXTERNAL,
            "entity_metadata": {"location": render.clip(R.place(ed), EVENT_LOCATION_MAX)},
        }
        http = self.bot.http
        if claim.event_id is not None:
            try:
                data = await http.edit_scheduled_event(guild.id, claim.event_id, **payload)
                return int(data["id"])
            except discord.NotFound:
                pass  # the admins deleted it: make it again
        data = await http.create_guild_scheduled_event(guild.id, **payload)
        return int(data["id"])

    async def _post(
        self, guild: discord.Guild, setting: NotifySetting, embed: discord.Embed
    ) -> bool:
        http = self.bot.http
        params = discord.http.handle_message_parameters(embed=embed, allowed_mentions=NONE)
        try:
            await http.send_message(setting.channel, params=params)
        except (discord.Forbidden, discord.NotFound):
            log.info("notify: cannot post in channel %s of server %s", setting.channel, guild.id)
            return False
        return True

    async def _tell_owner(self, guild: discord.Guild, text: str) -> None:
        """The server's owner, in a direct message (the channel itself is closed to us)."""
        if guild.owner_id is None:
            return
        http = self.bot.http
        try:
            channel = await http.start_private_message(guild.owner_id)
            params = discord.http.handle_message_parameters(
                embed=render.notice(text), allowed_mentions=NONE
            )
            await http.send_message(int(channel["id"]), params=params)
        except discord.HTTPException:
            log.info("notify: could not tell the owner of server %s", guild.id)


# --- /wic notify ---------------------------------------------------------------------------------


class TextChannelTransformer(discord.app_commands.Transformer):
    """A text or announcement channel, as Discord resolved it with the interaction: no cache
    needed (a process with lean caches, or serving another shard, still takes it)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(
        self, interaction: discord.Interaction, value: Any
    ) -> discord.app_commands.AppCommandChannel:
        if not isinstance(value, discord.app_commands.AppCommandChannel):
            raise discord.app_commands.TransformerError(
                value, discord.AppCommandOptionType.channel, self
            )
        return value


ChannelArg = discord.app_commands.Transform[
    discord.app_commands.AppCommandChannel, TextChannelTransformer
]


async def command(
    bot: BotPorts,
    interaction: discord.Interaction,
    channel: discord.app_commands.AppCommandChannel | None,
    events: bool | None,
    off: bool | None,
) -> None:
    """Show, set or clear this server's announcement setting (Manage Server here only, and
    only through the server's own installation of the app)."""

    async def say(text: str) -> None:
        await interaction.response.send_message(
            embed=render.notice(text), ephemeral=True, allowed_mentions=NONE
        )

    gid = interaction.guild_id
    if gid is None:
        await say(TEXT["dm_only"])
        return
    if not interaction.is_guild_integration():
        # /wic is offered to user installs too (Discord sets where a command is offered per
        # top-level command, not per subcommand), but only the server's own installation
        # puts the bot in the server to post there.
        await say(TEXT["not_installed"])
        return
    if not interaction.permissions.manage_guild:
        await say(TEXT["not_admin"])
        return
    store = bot.notify_store
    try:
        if off:
            await say(TEXT["off"] if await store.remove(gid) else TEXT["was_off"])
            return
        if channel is not None:
            if channel.guild_id != gid:
                await say(TEXT["other_server"])
                return
            wanted = True if events is None else events
            await store.set(gid, channel.id, wanted)
            await say(
                TEXT["on"].format(channel=channel.id, events=TEXT["on_events"] if wanted else "")
            )
            return
        current = await store.get(gid)
        if current is not None and events is not None and events != current.events:
            await store.set(gid, current.channel, events)
            current = NotifySetting(gid, current.channel, events)
    except Exception:
        log.warning("notify: the setting of server %s could not be saved", gid, exc_info=True)
        await say(TEXT["failed"])
        return
    if current is None:
        await say(TEXT["status_off"])
    else:
        events_text = TEXT["on_events"] if current.events else ""
        await say(TEXT["status_on"].format(channel=current.channel, events=events_text))
