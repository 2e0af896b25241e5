"""/help (and a typed "help"): what the bot answers, examples it answers today, its commands.

The examples are candidates from the vocabulary's templates (``EXAMPLE_TEMPLATES``), each run
through the engine and kept only when answered, so /help never offers a question the bot
would decline. They are worked out once per knowledge version, language and day. The command
lines come from the command tree itself, so a new command shows up here without an edit; only
the bot's own chrome (headings, Chinese one-liners) lives in this module.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine import Engine
from bot.settings import Settings

from . import render
from .ack import send as reply
from .kb.access import is_staff
from .translate import answer_language

if TYPE_CHECKING:
    from .ports import BotPorts

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()

# Vocabulary templates whose questions may serve as examples, in order of preference.
EXAMPLE_TEMPLATES = (
    "example1",
    "example2",
    "suggest_latest",
    "suggest_attendance",
    "suggest_hosts",
    "suggest_list",
    "suggest_dates",
)
EXAMPLES = 3
EXAMPLE_CONFIDENCE = 0.6  # below this an answer counts as shaky (as in /kb unanswered)
MENU_NAME = "Ask the WIC bot"  # the message context menu (Apps → …)


@dataclass(frozen=True)
class Chrome:
    """The bot's own words in /help, per language."""

    title: str
    examples: str
    commands: str
    staff: str
    chat: str
    menu: str
    none: str


CHROME = {
    "en": Chrome(
        title="What I can do",
        examples="Try asking (answered today)",
        commands="Commands",
        staff="For staff (this server only)",
        chat="You can also mention me or send me a DM with a question.",
        menu="Right-click a message (long-press on mobile) → Apps → **{name}**: "
        "answers that message's question, only to you",
        none="No example right now.",
    ),
    "zh": Chrome(
        title="我能做什么",
        examples="试着问（今天可以回答）",
        commands="命令",
        staff="工作人员（仅此服务器）",
        chat="也可以在消息中@我或私信我提问。",
        menu="右键点击一条消息（手机上长按）→ 应用 → **{name}**："
        "回答那条消息里的问题，只有你能看到",
        none="暂时没有示例。",
    ),
}

# The commands in Chinese; a command missing here shows its (English) description.
ZH_LINES = {
    "ask": "提一个关于大会的问题",
    "help": "本说明",
    "wic edition": "某一届的情况（可选主题）",
    "wic list": "历届列表，每届一行",
    "wic latest": "最近一届",
    "wic next": "下一届（如已公布）",
    "wic about": "大会简介",
}


def _latest_year(engine: Engine, today: dt.date) -> int | str:
    latest = engine.latest(today)
    if latest is not None:
        return latest.year
    return engine.editions[-1].year if engine.editions else ""


def candidates(engine: Engine, lang: str, today: dt.date) -> list[str]:
    """The example questions the vocabulary offers in this language, best first."""
    R = engine.renderers.get(lang) or engine.renderers["en"]
    year = _latest_year(engine, today)
    out: list[str] = []
    for name in EXAMPLE_TEMPLATES:
        try:
            text = R.tpl(name, year=year)
        except KeyError:  # a vocabulary without this template
            continue
        text = text[:1].upper() + text[1:]
        if text and text not in out:
            out.append(text)
    return out


def answers(engine: Engine, question: str, lang: str, today: dt.date) -> bool:
    """Whether the engine answers this question today, confidently and in this language."""
    answer = engine.ask(question, today=today).answer
    return answer.answered and answer.confidence >= EXAMPLE_CONFIDENCE and answer.lang == lang


class HelpBook:
    """Builds the help; remembers the checked examples for the engine it last saw."""

    def __init__(self) -> None:
        self._engine: Engine | None = None
        self._examples: dict[tuple[str, dt.date], tuple[str, ...]] = {}

    def examples(self, engine: Engine, lang: str, today: dt.date) -> tuple[str, ...]:
        """Up to three questions the engine answers today (checked, not assumed)."""
        if engine is not self._engine:  # a reload: a new knowledge version
            self._engine, self._examples = engine, {}
        key = (lang, today)
        found = self._examples.get(key)
        if found is None:
            good = [q for q in candidates(engine, lang, today) if answers(engine, q, lang, today)]
            found = tuple(good[:EXAMPLES])
            if len(found) < EXAMPLES:
                log.warning("/help: only %d example(s) answered in %s", len(found), lang)
            self._examples = {k: v for k, v in self._examples.items() if k[1] == today}
            self._examples[key] = found
        return found

    def embed(
        self,
        engine: Engine,
        lang: str,
        today: dt.date,
        tree: app_commands.CommandTree[Any] | None,
        staff_guild: int | None = None,
    ) -> tuple[discord.Embed, discord.ui.View | None]:
        """The help in ``lang``; ``staff_guild``: also the staff commands of that server."""
        chrome = CHROME.get(lang, CHROME["en"])
        examples = self.examples(engine, lang, today)
        R = engine.renderers.get(lang) or engine.renderers["en"]
        filler = {f"example{i + 1}": q for i, q in enumerate(examples)}
        what = R.tpl("help", **filler)
        embed = discord.Embed(
            title=chrome.title,
            description=render.clip(f"{what}\n\n{chrome.chat}", render.DESCRIPTION_MAX),
            colour=render.ANSWERED,
        )
        lines = [f"• {q}" for q in examples] or [chrome.none]
        _add_field(embed, chrome.examples, lines)
        if tree is not None:
            members = tree.get_commands()
            _add_field(embed, chrome.commands, command_lines(members, lang))
            if staff_guild is not None:
                # The server's own commands (a dev server also holds copies of the global ones).
                known = {(c.name, _kind(c)) for c in members}
                staff = [
                    c
                    for c in tree.get_commands(guild=discord.Object(id=staff_guild))
                    if (c.name, _kind(c)) not in known
                ]
                if staff:
                    _add_field(embed, chrome.staff, command_lines(staff, "en"))
        view = render.answer_view("help", examples)
        return embed, view


def in_traditional(embed: discord.Embed, convert: Callable[[str], str]) -> discord.Embed:
    """The help's Chinese words in traditional characters, for a zh-TW member."""
    data = embed.to_dict()
    for key in ("title", "description"):
        if isinstance(data.get(key), str):
            data[key] = convert(data[key])
    for f in data.get("fields", []):
        f["name"], f["value"] = convert(f["name"]), convert(f["value"])
    return discord.Embed.from_dict(data)


def command_lines(commands: Iterable[Any], lang: str) -> list[str]:
    """One line per slash command (subcommands spelled out) and per message menu."""
    chrome = CHROME.get(lang, CHROME["en"])
    out: list[str] = []
    for cmd in commands:
        if isinstance(cmd, app_commands.Group):
            for sub in cmd.walk_commands():
                if isinstance(sub, app_commands.Command):
                    out.append(_line(sub, lang))
        elif isinstance(cmd, app_commands.Command):
            out.append(_line(cmd, lang))
        elif (
            isinstance(cmd, app_commands.ContextMenu) and cmd.type is discord.AppCommandType.message
        ):
            out.append(chrome.menu.format(name=cmd.name))
    return out


def _kind(cmd: Any) -> Any:
    return getattr(cmd, "type", discord.AppCommandType.chat_input)


def _line(cmd: app_commands.Command[Any, ..., Any], lang: str) -> str:
    name = cmd.qualified_name
    text = ZH_LINES.get(name, cmd.description) if lang == "zh" else cmd.description
    return f"`/{name}` — {text}"


def _add_field(embed: discord.Embed, name: str, lines: list[str]) -> None:
    """Lines as one field, or several when they pass a field's 1,024 characters."""
    chunk: list[str] = []
    size = 0
    for line in lines:
        line = render.clip(line, render.FIELD_VALUE_MAX)
        if chunk and size + len(line) + 1 > render.FIELD_VALUE_MAX:
            embed.add_field(name=name, value="\n".join(chunk), inline=False)
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        embed.add_field(name=name, value="\n".join(chunk), inline=False)


def staff_member(member: object, guild_id: int | None, settings: Settings) -> bool:
    """Whether a chat message's author is staff in a staff server (for a typed "help")."""
    if guild_id is None or guild_id not in settings.staff_guild_ids:
        return False
    if not isinstance(member, discord.Member):
        return False
    if any(role.id in settings.moderator_role_ids for role in member.roles):
        return True
    return member.guild_permissions.manage_guild


def tree_of(bot: BotPorts | discord.Client) -> app_commands.CommandTree[Any] | None:
    """The bot's command tree (None for a test's small fake bot)."""
    tree = getattr(bot, "tree", None)
    return tree if isinstance(tree, app_commands.CommandTree) else None


class HelpCog(commands.Cog):
    """/help, privately in the member's language."""

    def __init__(self, bot: BotPorts) -> None:
        self.bot = bot
        self.book = HelpBook()

    @app_commands.command(name="help", description="What I answer, examples, and my commands")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def help(self, interaction: discord.Interaction) -> None:
        lang, _traditional = answer_language(interaction.locale)
        guild_id = interaction.guild_id
        staff = (
            guild_id if guild_id is not None and is_staff(interaction, self.bot.settings) else None
        )
        engine = self.bot.service.engine
        embed, view = self.book.embed(
            engine, lang, self.bot.today(), tree_of(interaction.client), staff
        )
        if interaction.locale == discord.Locale.taiwan_chinese:  # traditional characters
            embed = in_traditional(embed, engine.to_traditional)
        await reply(interaction, embed, view, ephemeral=True)
