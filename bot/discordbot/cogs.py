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

from . import feedback, render

if TYPE_CHECKING:
    from .ports import BotPorts

log = logging.getLogger(__name__)

# What the moderators should see in /kb unanswered: declines and shaky answers.
MISSES = frozenset({"decline", "no_such_edition", "ambiguous"})
LOW_CONFIDENCE = 0.6

Topic = Literal["dates", "place", "theme", "attendance", "hosts", "highlights", "sources"]
NONE = discord.AllowedMentions.none()


class Answering(commands.Cog):
    """Members: questions in chat, /ask, /wic …, and suggestion buttons."""

    def __init__(self, bot: BotPorts) -> None:
        self.bot = bot

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

    def too_long(self, question: str) -> bool:
        return len(question) > self.bot.settings.max_question_length

    def too_long_text(self) -> str:
        limit = self.bot.settings.max_question_length
        return f"That question is too long for me: please keep it under {limit} characters."

    def slow_down_text(self, user_id: int) -> str:
        wait = self.bot.cooldown.retry_after(user_id)
        return f"You're asking faster than I can keep up: try again in {max(1, round(wait))} s."

    # --- free text --------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer when mentioned, in DMs, and (with the content intent) in answer channels."""
        if message.author.bot or self.bot.user is None:
            return
        is_dm = message.guild is None
        mentioned = self.bot.user in message.mentions
        settings = self.bot.settings
        in_channel = settings.message_content and message.channel.id in settings.answer_channel_ids
        if not (is_dm or mentioned or in_channel):
            return
        allowed, notify = self.bot.cooldown.hit(message.author.id)
        if not allowed:
            if notify:
                await message.reply(
                    embed=render.notice(self.slow_down_text(message.author.id)),
                    allowed_mentions=NONE,
                    mention_author=False,
                    delete_after=15,
                )
            return
        if self.too_long(message.content):
            await message.reply(
                embed=render.notice(self.too_long_text()),
                allowed_mentions=NONE,
                mention_author=False,
            )
            return
        guild_id = message.guild.id if message.guild else None
        answer = self.answer(message.content, message.author.id, message.channel.id, guild_id)
        embed = render.answer_embed(answer, self.bot.service.engine)
        view = render.answer_view(answer, self.feedback_token(answer, message.content, guild_id))
        if view is None:
            await message.reply(embed=embed, allowed_mentions=NONE, mention_author=False)
        else:
            await message.reply(embed=embed, view=view, allowed_mentions=NONE, mention_author=False)

    # --- slash commands ---------------------------------------------------------------------

    async def send(
        self,
        interaction: discord.Interaction,
        answer: Answer,
        *,
        ephemeral: bool = False,
        question: str = "",
    ) -> None:
        token = self.feedback_token(answer, question, interaction.guild_id)
        view = render.answer_view(answer, token)
        embed = render.answer_embed(answer, self.bot.service.engine)
        if view is None:
            await interaction.response.send_message(
                embed=embed, ephemeral=ephemeral, allowed_mentions=NONE
            )
        else:
            await interaction.response.send_message(
                embed=embed, view=view, ephemeral=ephemeral, allowed_mentions=NONE
            )

    async def limited(self, interaction: discord.Interaction) -> bool:
        """Apply the cooldown; tells the member once (ephemerally) and returns True if limited."""
        allowed, _notify = self.bot.cooldown.hit(interaction.user.id)
        if allowed:
            return False
        text = self.slow_down_text(interaction.user.id)
        await interaction.response.send_message(
            embed=render.notice(text), ephemeral=True, allowed_mentions=NONE
        )
        return True

    @app_commands.command(name="ask", description="Ask a question about the conference")
    @app_commands.describe(question="Your question, e.g. when was the 4th edition?")
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        if await self.limited(interaction):
            return
        if self.too_long(question):
            await interaction.response.send_message(
                embed=render.notice(self.too_long_text()), ephemeral=True, allowed_mentions=NONE
            )
            return
        answer = self.answer(
            question, interaction.user.id, interaction.channel_id or 0, interaction.guild_id
        )
        await self.send(interaction, answer, ephemeral=not answer.answered, question=question)

    wic = app_commands.Group(name="wic", description="Look up editions of the conference")

    @wic.command(name="edition", description="Facts about one edition")
    @app_commands.describe(edition="Which edition (type to search)", topic="Only this topic")
    async def edition(
        self, interaction: discord.Interaction, edition: str, topic: Topic | None = None
    ) -> None:
        if await self.limited(interaction):
            return
        engine = self.bot.service.engine
        today = self.bot.today()
        # Typed input that was not picked from the list is validated the same way.
        # ASCII digits only: "²".isdigit() is true but int("²") raises.
        digits = edition.isascii() and edition.isdigit() and len(edition) <= 6
        found = engine.edition(int(edition)) if digits else None
        found = found or engine.find_edition(edition, today)
        if found is None:
            text = f"I don't know an edition called “{render.safe(render.clip(edition, 100))}”."
            await interaction.response.send_message(
                embed=render.notice(text + " Pick one from the list."),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        answer = engine.topic(found.year, topic, today)
        self.remember(interaction, answer)
        await self.send(interaction, answer)

    @edition.autocomplete("edition")
    async def edition_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.choices(current)

    def choices(self, current: str) -> list[app_commands.Choice[str]]:
        """Editions matching what the member typed, newest first, at most 25."""
        return render.edition_choices(self.bot.service.engine, current, self.bot.today())

    def remember(self, interaction: discord.Interaction, answer: Answer) -> None:
        """Commands set the conversation too, so "and its theme?" works after /wic edition."""
        if not answer.editions:
            return
        from bot.engine import Context

        key = (interaction.user.id, interaction.channel_id or 0)
        self.bot.conversations.put(key, Context(answer.editions, answer.intent, self.bot.clock()))

    @wic.command(name="list", description="Every edition, one line each")
    async def list_(self, interaction: discord.Interaction) -> None:
        await self.send(interaction, self.bot.service.engine.listing(self.bot.today()))

    @wic.command(name="latest", description="The most recent edition")
    async def latest(self, interaction: discord.Interaction) -> None:
        answer = self.bot.service.engine.latest_answer(self.bot.today())
        self.remember(interaction, answer)
        await self.send(interaction, answer)

    @wic.command(name="next", description="The next edition, if announced")
    async def next_(self, interaction: discord.Interaction) -> None:
        await self.send(interaction, self.bot.service.engine.next_answer(self.bot.today()))

    @wic.command(name="about", description="What the conference is")
    async def about(self, interaction: discord.Interaction) -> None:
        await self.send(interaction, self.bot.service.engine.about_answer())

    # --- buttons ------------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Suggestion buttons ask their question, as if the member had typed it."""
        if interaction.type is not discord.InteractionType.component:
            return
        data: dict[str, object] = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        if custom_id.startswith(feedback.PREFIX):
            await feedback.handle(self.bot, interaction, custom_id)
            return
        if not custom_id.startswith(render.ASK_PREFIX):
            return
        if await self.limited(interaction):
            return
        question = custom_id[len(render.ASK_PREFIX) :]
        answer = self.answer(
            question, interaction.user.id, interaction.channel_id or 0, interaction.guild_id
        )
        await self.send(interaction, answer, question=question)
