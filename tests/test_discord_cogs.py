"""Cog callbacks called directly with small fakes: no gateway, no HTTP."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.discordbot import render
from bot.discordbot.cogs import Answering
from bot.discordbot.feedback import FeedbackBook
from bot.discordbot.kb import KnowledgeCog
from bot.discordbot.params import EditionTransformer, UnknownEdition
from bot.editing import KnowledgeEditor
from bot.engine import Answer, Source
from bot.service import Conversations, Cooldown, KnowledgeService
from bot.settings import Settings
from bot.stores import FileKnowledge, Origin

from .conftest import SHIPPED, TODAY


@dataclass
class FakeResponse:
    sent: list[dict[str, Any]] = field(default_factory=list)
    deferred: bool = False

    async def send_message(self, **kwargs: Any) -> None:
        assert not self.is_done(), "responded twice"
        self.sent.append(kwargs)

    async def defer(self, **kwargs: Any) -> None:
        assert not self.is_done(), "responded twice"
        self.deferred = True

    def is_done(self) -> bool:
        return bool(self.sent) or self.deferred


@dataclass
class FakeFollowup:
    response: FakeResponse

    async def send(self, **kwargs: Any) -> None:
        assert self.response.is_done(), "a follow-up needs an initial response"
        self.response.sent.append(kwargs)


@dataclass
class FakeUser:
    id: int = 1


_ids = iter(range(10**17, 10**18))


@dataclass
class FakeInteraction:
    id: int = field(default_factory=lambda: next(_ids))
    user: FakeUser = field(default_factory=FakeUser)
    channel_id: int = 10
    guild_id: int | None = 20
    response: FakeResponse = field(default_factory=FakeResponse)
    type: Any = None
    data: dict[str, Any] | None = None
    client: Any = None
    permissions: discord.Permissions = field(default_factory=discord.Permissions.none)
    locale: discord.Locale = discord.Locale.american_english

    @property
    def followup(self) -> FakeFollowup:
        return FakeFollowup(self.response)

    def is_guild_integration(self) -> bool:
        return self.guild_id is not None


class FakeBot:
    """What the cogs use of the bot."""

    def __init__(self, settings: Settings, now: list[float]) -> None:
        self.settings = settings
        self.service = KnowledgeService(SHIPPED)
        self.conversations = Conversations(ttl=settings.context_ttl_seconds)
        self.cooldown = Cooldown(
            settings.cooldown_seconds, settings.cooldown_burst, clock=lambda: now[0]
        )
        self.clock = lambda: now[0]
        self.today = lambda: TODAY
        self.user = None
        self.feedback = FeedbackBook(lambda: now[0])
        self.missed: list[tuple[str, str]] = []
        self.editor = KnowledgeEditor(SHIPPED, Path("unused-data-dir"))  # never written here
        self.kb_store: Any = FileKnowledge(self.editor)

    def record_miss(self, question: str, guild_id: int | None, reason: str) -> None:
        self.missed.append((question, reason))

    async def report_reload(self, result: Any) -> None:
        pass


def make(**over: Any) -> tuple[Answering, KnowledgeCog, FakeBot, list[float]]:
    now = [1000.0]
    settings = Settings(**{"cooldown_seconds": 0.0, **over})
    bot = FakeBot(settings, now)
    duck: Any = bot  # the cogs only use what FakeBot has
    return Answering(duck), KnowledgeCog(duck), bot, now


async def invoke(command: Any, cog: Any, *args: Any) -> None:
    """Call an app command's callback directly, as discord.py would."""
    await command.callback(cog, *args)


def only_embed(interaction: FakeInteraction) -> discord.Embed:
    (sent,) = interaction.response.sent
    embed = sent["embed"]
    assert isinstance(embed, discord.Embed)
    assert sent["allowed_mentions"].to_dict() == {"parse": []}  # no pings of any kind
    return embed


async def test_ask_answers_and_remembers_the_conversation() -> None:
    answering, _, _, _ = make()
    first = FakeInteraction()
    await invoke(answering.ask, answering, first, "when was the 3rd WIC?")
    assert "November 16–18, 2016" in (only_embed(first).description or "")
    second = FakeInteraction()
    await invoke(answering.ask, answering, second, "and its theme?")
    assert "Innovation-driven" in (only_embed(second).description or "")


async def test_conversations_are_per_user_and_channel() -> None:
    answering, _, _, _ = make()
    await invoke(answering.ask, answering, FakeInteraction(), "when was the 3rd WIC?")
    other = FakeInteraction(user=FakeUser(2))
    await invoke(answering.ask, answering, other, "and its theme?")
    assert "Innovation-driven" not in (only_embed(other).description or "")


async def test_cooldown_sends_a_polite_ephemeral_notice() -> None:
    answering, _, _, now = make(cooldown_seconds=10.0, cooldown_burst=1)
    ok = FakeInteraction()
    await invoke(answering.ask, answering, ok, "when was the 4th WIC?")
    limited = FakeInteraction()
    await invoke(answering.ask, answering, limited, "when was the 5th WIC?")
    (sent,) = limited.response.sent
    assert sent["ephemeral"] is True
    assert "try again in 10 s" in (sent["embed"].description or "")
    now[0] += 10.0
    later = FakeInteraction()
    await invoke(answering.ask, answering, later, "when was the 5th WIC?")
    assert "November 7–9, 2018" in (only_embed(later).description or "")


async def test_over_long_question_gets_a_clear_message() -> None:
    answering, _, _, _ = make(max_question_length=50)
    interaction = FakeInteraction()
    await invoke(answering.ask, answering, interaction, "when " * 40)
    (sent,) = interaction.response.sent
    assert sent["ephemeral"] is True
    assert "under 50 characters" in (sent["embed"].description or "")


async def test_edition_command_topics() -> None:
    answering, _, bot, _ = make()
    editions = EditionTransformer()
    interaction: Any = FakeInteraction(client=bot)
    edition = await editions.transform(interaction, "2016")
    await invoke(answering.edition, answering, interaction, edition, "theme")
    assert "Innovation-driven" in (only_embed(interaction).description or "")
    interaction = FakeInteraction(client=bot)
    await invoke(
        answering.edition, answering, interaction, await editions.transform(interaction, "WIC IV")
    )
    embed = only_embed(interaction)
    assert embed.title == "4th World Internet Conference"
    assert [f.name for f in embed.fields][:4] == ["Dates", "Place", "Theme", "Attendance"]


async def test_the_edition_transformer_refuses_unknown_editions_and_autocompletes() -> None:
    _, _, bot, _ = make()
    interaction: Any = FakeInteraction(client=bot)
    with pytest.raises(UnknownEdition) as caught:
        await EditionTransformer().transform(interaction, "the 40th")
    assert caught.value.typed == "the 40th"
    choices = await EditionTransformer().autocomplete(interaction, "4th")
    assert choices[0].name == "4th · 2017 · Dec 3–5" and choices[0].value == "2017"


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("", "2026 · opened Nov 3"),
        ("4th", "4th · 2017 · Dec 3–5"),
        ("2019", "6th · 2019 · Oct 20–22"),
        ("latest", "2026 · opened Nov 3"),
    ],
)
def test_autocomplete_choices(typed: str, first: str) -> None:
    choices = render.edition_choices(KnowledgeService(SHIPPED).engine, typed, TODAY)
    assert choices[0].name == first
    assert len(choices) <= 25


async def test_list_latest_next_about() -> None:
    answering, _, _, _ = make()
    for callback, expect in [
        (answering.list_, "4th · 2017 · Dec 3–5"),
        (answering.latest, "November 3, 2026"),
        (answering.next_, "has not been announced yet"),
        (answering.about, "annual conference"),
    ]:
        interaction = FakeInteraction()
        await invoke(callback, answering, interaction)
        sent = interaction.response.sent
        assert expect in (sent[0]["embed"].description or "")
        if callback is answering.list_:  # the list, then the editions as a picture
            (_answer, picture) = sent
            assert picture["file"].filename == "timeline-attendance-en.png"
        else:
            assert len(sent) == 1


async def test_moderation_refusal_is_ephemeral() -> None:
    _, moderation, _bot, _ = make(staff_guild_ids=(20,))
    interaction = FakeInteraction()  # guild 20, but not a member with a staff role
    assert await moderation.interaction_check(interaction) is False  # type: ignore[arg-type]
    (sent,) = interaction.response.sent
    assert sent["ephemeral"] is True
    assert "Only the knowledge staff" in (sent["embed"].description or "")


async def test_moderation_status_check_reload() -> None:
    _, moderation, _bot, _ = make()
    for callback, title in [
        (moderation.status, "Knowledge status"),
        (moderation.check, "Check passed"),
        (moderation.reload, "Already up to date"),
    ]:
        interaction = FakeInteraction()
        await invoke(callback, moderation, interaction)
        (sent,) = interaction.response.sent
        assert sent["ephemeral"] is True
        assert sent["embed"].title == title


def long_answer(n: int) -> Answer:
    return Answer(
        True,
        "list",
        (),
        1.0,
        "T" * 400,
        "x" * 10_000,
        tuple((f"field {i}" * 50, "v" * 2000) for i in range(40)),
        tuple(Source(f"site {i}", f"https://example.org/{i}") for i in range(n)),
        tuple("q" * 200 for _ in range(9)),
    )


def test_long_answers_are_paged_within_discord_limits_and_nothing_is_cut() -> None:
    engine = KnowledgeService(SHIPPED).engine
    answer = long_answer(50)
    pages = render.answer_pages(answer, engine)
    assert len(pages) > 1
    for n, embed in enumerate(pages, 1):
        assert len(embed) <= render.EMBED_TOTAL_MAX
        assert len(embed.title or "") <= render.TITLE_MAX
        assert len(embed.description or "") <= render.DESCRIPTION_MAX
        assert len(embed.fields) <= render.FIELDS_MAX
        assert all(0 < len(f.value or "") <= render.FIELD_VALUE_MAX for f in embed.fields)
        assert embed.footer.text == f"Page {n} of {len(pages)}"
    text = "".join(p.description or "" for p in pages)
    assert text == answer.text  # one 10,000-character word: split, but every character kept
    values = "".join(f.value or "" for p in pages for f in p.fields if f.name != "Sources")
    assert values.count("v") == 40 * 2000  # every field, whole
    links = "\n".join(f.value or "" for p in pages for f in p.fields if "Sources" in (f.name or ""))
    assert all(f"[site {i}](https://example.org/{i})" in links for i in range(50))
    view = render.answer_view("123", answer.suggestions)
    assert view is None  # every suggestion too long for a custom_id: no broken buttons


def test_text_is_split_between_lines_then_words() -> None:
    text = "\n".join(f"line {i} " + "word " * 30 for i in range(40))
    pieces = render.split_text(text, 500)
    assert all(len(p) <= 500 for p in pieces)
    assert "\n".join(pieces) == text  # split only at line breaks here
    long_line = "word " * 300
    pieces = render.split_text(long_line.strip(), 100)
    assert all(len(p) <= 100 and not p.startswith(" ") for p in pieces)
    assert " ".join(pieces) == long_line.strip()  # never mid-word


def test_user_text_is_made_inert() -> None:
    text = render.safe("**hi** @everyone <@123456789012345678>")
    assert text == "\\*\\*hi\\*\\* @\u200beveryone <@\u200b123456789012345678>"


def test_timestamps_show_the_venue_day() -> None:
    stamp = render.timestamp(dt.date(2017, 12, 3))
    assert stamp == "<t:1512273600:D>"  # noon in Wuzhen (UTC+8): the same day everywhere


async def test_command_errors_give_one_short_line_and_log_the_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from discord import app_commands

    from bot.discordbot.client import Tree

    interaction: Any = FakeInteraction()
    interaction.command = None
    command: Any = type("Cmd", (), {"name": "ask"})()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        error = app_commands.CommandInvokeError(command, exc)
    tree: Any = object.__new__(Tree)
    await Tree.on_error(tree, interaction, error)
    (sent,) = interaction.response.sent
    assert sent["ephemeral"] is True
    assert "something went wrong" in sent["embed"].description
    assert "boom" in caplog.text and "Traceback" in caplog.text


def test_sharded_settings_build_a_sharded_bot(tmp_path: Any) -> None:
    from bot.app import build_bot
    from bot.discordbot.client import WicBot

    service = KnowledgeService(SHIPPED)
    single = build_bot(Settings(data_dir=str(tmp_path)), service, watch=False)
    sharded = build_bot(
        Settings(shard_count=4, shard_ids=(2, 3), data_dir=str(tmp_path)), service, watch=False
    )
    assert type(single) is WicBot and type(sharded) is WicBot  # one class for both
    assert (single.shard_count, single.shard_ids) == (1, None)  # its one shard, 0 of 1
    assert (sharded.shard_count, sharded.shard_ids) == (4, [2, 3])
    assert not single.intents.message_content


async def test_status_shows_how_current_the_knowledge_is() -> None:
    _, moderation, bot, _ = make()
    fresh = FakeInteraction()
    await invoke(moderation.status, moderation, fresh)
    assert "⚠️" not in (fresh.response.sent[0]["embed"].description or "")
    bot.today = lambda: dt.date(2027, 12, 20)  # a year on, no 2027 edition recorded
    stale = FakeInteraction()
    await invoke(moderation.status, moderation, stale)
    text = stale.response.sent[0]["embed"].description or ""
    assert "no 2027 edition" in text and "2026-11-29 (386 days ago)" in text


async def test_status_names_the_file_or_the_database_revision() -> None:
    _, moderation, bot, _ = make()
    on_files = FakeInteraction()
    await invoke(moderation.status, moderation, on_files)
    text = on_files.response.sent[0]["embed"].description or ""
    assert f"**File:** `{SHIPPED}`" in text

    class OnRevision:  # what the PostgreSQL store reports (see tests/test_pg_store.py)
        def origin(self) -> Origin:
            return Origin("Revision", "12", "by alice (1), 2026-01-02 03:04 UTC")

    bot.kb_store = OnRevision()
    on_db = FakeInteraction()
    await invoke(moderation.status, moderation, on_db)
    text = on_db.response.sent[0]["embed"].description or ""
    assert "**Revision:** `12` · by alice (1), 2026-01-02 03:04 UTC" in text
    assert "**File:**" not in text and str(SHIPPED) not in text
