"""The Discord cogs: members' questions and commands, and moderators' knowledge commands.

Each callback is small: it turns a Discord event into an engine call and the answer into an
embed (via ``render``). The cogs get everything they need from the bot passed in.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine import Answer
from bot.timeline import TimelineCache

from . import feedback, notify, render, timeline
from .ack import send as reply
from .components import AnswerMemory, Paged
from .help import MENU_NAME, HelpBook, staff_member, tree_of
from .outbox import Outbox, Outgoing
from .params import EditionArg
from .translate import answer_language, chrome_language, text_language

if TYPE_CHECKING:
    from .ports import BotPorts

log = logging.getLogger(__name__)

# What the moderators should see in /kb unanswered: declines and shaky answers.
MISSES = frozenset({"decline", "no_such_edition", "ambiguous"})
LOW_CONFIDENCE = 0.6

Topic = Literal["dates", "place", "theme", "attendance", "hosts", "highlights", "sources"]
TimelineFigure = Literal["attendance", "countries", "sub-forums", "exhibitors"]
TimelineLang = Literal["en", "zh-Hans", "zh-Hant"]
NONE = discord.AllowedMentions.none()


# The member commands (/ask, /wic, /help, the message menu) work wherever a member is: in a
# server that added the bot, and, for members who added the app to their own account (a user
# install), in DMs, group DMs and any server. The staff's /kb is never offered to user installs.
MEMBER_CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True)
MEMBER_INSTALLS = app_commands.AppInstallationType(guild=True, user=True)


def server_of(interaction: discord.Interaction) -> int | None:
    """The server an interaction counts for: its id when that server added the bot, else None.

    A user-installed app used in a server that never added the bot (``authorizing_integration_
    owners`` names only the member) is a private use, like a DM: its questions are not put on
    that server's account (unanswered list, votes), and the bot reads nothing of the server.
    """
    return interaction.guild_id if interaction.is_guild_integration() else None


class Answering(commands.Cog):
    """Members: questions in chat, /ask, /wic …, and the buttons on answers."""

    def __init__(self, bot: BotPorts) -> None:
        self.bot = bot
        self.memory = AnswerMemory()
        self.outbox = Outbox(
            getattr(bot, "pace", None), backlog_max=bot.settings.channel_backlog_max
        )
        self.help = HelpBook()
        self.timelines = TimelineCache()
        # Right-click a message → Apps → "Ask the WIC bot": context menus cannot be declared
        # in a cog's body, so the cog adds its own to the tree when it loads.
        self.ask_menu = app_commands.ContextMenu(
            name=MENU_NAME,
            callback=self.ask_message,
            type=discord.AppCommandType.message,
            allowed_contexts=MEMBER_CONTEXTS,
            allowed_installs=MEMBER_INSTALLS,
        )

    async def cog_load(self) -> None:
        tree = tree_of(self.bot)
        if tree is not None:
            tree.add_command(self.ask_menu)

    async def cog_unload(self) -> None:
        tree = tree_of(self.bot)
        if tree is not None:
            tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)
        await self.outbox.close()

    # --- the shared path ------------------------------------------------------------------

    def answer(
        self, question: str, user_id: int, channel_id: int, guild_id: int | None = None
    ) -> Answer:
        """Answer with this member's conversation in this channel, and remember it."""
        key = (user_id, channel_id)
        now = self.bot.clock()
        ctx = self.bot.conversations.get(key, now)
        reply = self.bot.service.engine.ask(question, today=self.bot.today(), context=ctx, now=now)
        self.bot.conversations.put(key, reply.context)
        answer = reply.answer
        if answer.intent in MISSES or (answer.answered and answer.confidence < LOW_CONFIDENCE):
            self.bot.record_miss(question, guild_id, answer.intent)
        return answer

    def feedback_token(self, answer: Answer, question: str, guild_id: int | None) -> str | None:
        """The token naming this answer on its 👍 / 👎 buttons (answered questions only)."""
        if not (answer.answered and question):
            return None
        return self.bot.feedback.issue(question, guild_id)

    def render(
        self, answer: Answer, answer_id: str, question: str, guild_id: int | None
    ) -> tuple[discord.Embed, discord.ui.View | None, bool]:
        """The first page, its buttons, and whether there are more pages."""
        pages = render.answer_pages(answer, self.bot.service.engine)
        token = self.feedback_token(answer, question, guild_id)
        if len(pages) > 1:
            paged = Paged(tuple(dict(p.to_dict()) for p in pages), answer.suggestions, token)
            self.memory.remember_pages(answer_id, paged)
        view = render.answer_view(answer_id, answer.suggestions, feedback=token, pages=len(pages))
        return pages[0], view, len(pages) > 1

    def too_long(self, question: str) -> bool:
        return len(question) > self.bot.settings.max_question_length

    def too_long_text(self, lang: str = "en") -> str:
        return render.chrome(lang, "too_long", limit=self.bot.settings.max_question_length)

    def slow_down_text(self, user_id: int, lang: str = "en") -> str:
        wait = self.bot.cooldown.retry_after(user_id)
        return render.chrome(lang, "slow_down", wait=max(1, round(wait)))

    def typed_language(self, text: str) -> str:
        """The language a chat question was typed in, for the bot's notices."""
        return text_language(text, self.bot.service.engine.traditional(text))

    # --- free text --------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer when mentioned, in DMs, and (with the content intent) in answer channels.

        Replies go through the outbox, which keeps to Discord's per-channel pace and answers
        a backlog several askers at a time.
        """
        if message.author.bot or self.bot.user is None:
            return
        is_dm = message.guild is None
        mentioned = self.bot.user in message.mentions
        settings = self.bot.settings
        in_channel = settings.message_content and message.channel.id in settings.answer_channel_ids
        if not (is_dm or mentioned or in_channel):
            return
        if self.outbox.full(message.channel.id):
            # A flood: the channel's replies are already CHANNEL_BACKLOG_MAX behind. Not
            # answered here (that would only grow the wait and the memory); told instead.
            self.outbox.shed(message)
            return
        allowed, notify = self.bot.cooldown.hit(message.author.id)
        if not allowed:
            if notify:
                lang = self.typed_language(message.content)
                text = self.slow_down_text(message.author.id, lang)
                self.outbox.put(
                    Outgoing(message, render.notice(text), batchable=False, delete_after=15)
                )
            return
        if self.too_long(message.content):
            text = self.too_long_text(self.typed_language(message.content))
            self.outbox.put(Outgoing(message, render.notice(text), batchable=False))
            return
        guild_id = message.guild.id if message.guild else None
        answer = self.answer(message.content, message.author.id, message.channel.id, guild_id)
        if answer.intent == "help":  # "help", "帮助", "what can you do?": the full help
            staff = guild_id if staff_member(message.author, guild_id, settings) else None
            embed, view = self.help.embed(
                self.bot.service.engine, answer.lang, self.bot.today(), tree_of(self.bot), staff
            )
            self.outbox.put(Outgoing(message, embed, view, batchable=False))
            return
        embed, view, paged = self.render(answer, str(message.id), message.content, guild_id)
        self.outbox.put(
            Outgoing(
                message,
                embed,
                view,
                batchable=not paged,
                asker=message.author.display_name,
                question=render.question_line(message.content, self.bot.user.id),
                lang=answer.lang,
            )
        )

    # --- slash commands ---------------------------------------------------------------------

    async def send(
        self,
        interaction: discord.Interaction,
        answer: Answer,
        *,
        ephemeral: bool = False,
        question: str = "",
    ) -> None:
        embed, view, _paged = self.render(
            answer, str(interaction.id), question, server_of(interaction)
        )
        await reply(interaction, embed, view, ephemeral=ephemeral)

    async def limited(self, interaction: discord.Interaction) -> bool:
        """Apply the cooldown; tells the member once (ephemerally) and returns True if limited."""
        allowed, _notify = self.bot.cooldown.hit(interaction.user.id)
        if allowed:
            return False
        text = self.slow_down_text(interaction.user.id, chrome_language(interaction.locale))
        await interaction.response.send_message(
            embed=render.notice(text), ephemeral=True, allowed_mentions=NONE
        )
        return True

    @app_commands.command(name="ask", description="Ask a question about the conference")
    @app_commands.describe(question="Your question, e.g. when was the 4th edition?")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        if await self.limited(interaction):
            return
        if self.too_long(question):
            await interaction.response.send_message(
                embed=render.notice(self.too_long_text(chrome_language(interaction.locale))),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        answer = self.answer(
            question, interaction.user.id, interaction.channel_id or 0, server_of(interaction)
        )
        await self.send(interaction, answer, ephemeral=not answer.answered, question=question)

    async def ask_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """The message menu: another message's text asked as /ask would, answered privately."""
        question = message.content
        if not question.strip():
            await interaction.response.send_message(
                embed=render.notice("That message has no text I can read as a question."),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        if await self.limited(interaction):
            return
        if self.too_long(question):
            await interaction.response.send_message(
                embed=render.notice(self.too_long_text()), ephemeral=True, allowed_mentions=NONE
            )
            return
        answer = self.answer(
            question, interaction.user.id, interaction.channel_id or 0, server_of(interaction)
        )
        await self.send(interaction, answer, ephemeral=True, question=question)

    wic = app_commands.Group(
        name="wic",
        description="Look up editions of the conference",
        allowed_contexts=MEMBER_CONTEXTS,
        allowed_installs=MEMBER_INSTALLS,
    )

    @wic.command(name="edition", description="Facts about one edition")
    @app_commands.describe(
        edition="Which edition: pick one, or type a year, an ordinal or “latest”",
        topic="Only this topic (leave empty for an overview)",
    )
    async def edition(
        self, interaction: discord.Interaction, edition: EditionArg, topic: Topic | None = None
    ) -> None:
        if await self.limited(interaction):
            return
        lang, traditional = answer_language(interaction.locale)
        answer = self.bot.service.engine.topic(edition.year, topic, self.bot.today(), lang)
        self.remember(interaction, answer)
        await self.send(interaction, self.localised(answer, traditional))

    def localised(self, answer: Answer, traditional: bool) -> Answer:
        """A command's answer in the member's script (zh-TW: traditional characters)."""
        return self.bot.service.engine.in_traditional(answer) if traditional else answer

    def remember(self, interaction: discord.Interaction, answer: Answer) -> None:
        """Commands set the conversation too, so "and its theme?" works after /wic edition."""
        if not answer.editions:
            return
        from bot.engine import Context

        key = (interaction.user.id, interaction.channel_id or 0)
        self.bot.conversations.put(key, Context(answer.editions, answer.intent, self.bot.clock()))

    @wic.command(name="list", description="Every edition, one line each")
    async def list_(self, interaction: discord.Interaction) -> None:
        engine = self.bot.service.engine
        lang, traditional = answer_language(interaction.locale)
        answer = engine.listing(self.bot.today(), lang)
        await self.send(interaction, self.localised(answer, traditional))
        picture_lang = timeline.language_of(interaction, None)  # then the editions as a picture
        await timeline.follow_with_picture(
            interaction, engine, self.timelines, "attendance", picture_lang
        )

    @wic.command(name="latest", description="The most recent edition")
    async def latest(self, interaction: discord.Interaction) -> None:
        lang, traditional = answer_language(interaction.locale)
        answer = self.bot.service.engine.latest_answer(self.bot.today(), lang)
        self.remember(interaction, answer)
        await self.send(interaction, self.localised(answer, traditional))

    @wic.command(name="next", description="The next edition, if announced")
    async def next_(self, interaction: discord.Interaction) -> None:
        lang, traditional = answer_language(interaction.locale)
        answer = self.bot.service.engine.next_answer(self.bot.today(), lang)
        await self.send(interaction, self.localised(answer, traditional))

    @wic.command(name="about", description="What the conference is")
    async def about(self, interaction: discord.Interaction) -> None:
        lang, traditional = answer_language(interaction.locale)
        answer = self.bot.service.engine.about_answer(lang)
        await self.send(interaction, self.localised(answer, traditional))

    @wic.command(name="timeline", description="Every edition as a picture, with one figure")
    @app_commands.describe(
        figure="What the bars show (default: attendance)",
        language="The picture's language (default: your Discord language)",
    )
    async def timeline_(
        self,
        interaction: discord.Interaction,
        figure: TimelineFigure = "attendance",
        language: TimelineLang | None = None,
    ) -> None:
        if await self.limited(interaction):
            return
        lang = timeline.language_of(interaction, language)
        engine = self.bot.service.engine
        await timeline.send(interaction, engine, self.timelines, figure, lang)

    @wic.command(name="notify", description="Announce new editions in a channel (admins)")
    @app_commands.describe(
        channel="Where to announce new editions and changed dates",
        events="Also add upcoming editions to this server's Events (default: yes)",
        off="Stop the announcements",
    )
    async def notify_(
        self,
        interaction: discord.Interaction,
        channel: notify.ChannelArg | None = None,
        events: bool | None = None,
        off: bool | None = None,
    ) -> None:
        await notify.command(self.bot, interaction, channel, events, off)

    # --- buttons (components.py routes them here) ---------------------------------------------

    async def ask_button(self, interaction: discord.Interaction, question: str) -> None:
        """A suggestion button asks its question, as if the member had typed it."""
        if await self.limited(interaction):
            return
        answer = self.answer(
            question, interaction.user.id, interaction.channel_id or 0, server_of(interaction)
        )
        await self.send(interaction, answer, question=question)

    async def feedback_button(self, interaction: discord.Interaction, custom_id: str) -> None:
        """👍 / 👎: one vote per member; a 👎 puts the question on the unanswered list."""
        await feedback.handle(self.bot, interaction, custom_id)

    async def page_button(
        self, interaction: discord.Interaction, answer_id: str, page: int
    ) -> None:
        """Another page of a long answer: privately, so members do not turn it for each other."""
        paged = self.memory.pages(answer_id)
        if paged is None or not 0 <= page < len(paged.pages):
            await interaction.response.send_message(
                embed=render.notice(render.chrome(chrome_language(interaction.locale), "too_old")),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        embed = discord.Embed.from_dict(paged.pages[page])
        view = render.answer_view(
            answer_id, paged.suggestions, feedback=paged.feedback, page=page, pages=len(paged.pages)
        )
        message = interaction.message
        if message is not None and message.flags.ephemeral:
            await interaction.response.edit_message(embed=embed, view=view)
        elif view is None:
            await interaction.response.send_message(
                embed=embed, ephemeral=True, allowed_mentions=NONE
            )
        else:
            await interaction.response.send_message(
                embed=embed, view=view, ephemeral=True, allowed_mentions=NONE
            )
