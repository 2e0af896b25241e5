"""What the cogs need from the bot, as a Protocol: the cogs never import the bot class.

``client.py`` builds the bot and adds the cogs; the cogs only see this interface, so the
imports go one way (client → cogs) and a test can hand the cogs a small fake.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import discord

    from bot.editing import KnowledgeEditor
    from bot.notifystore import NotifyStore
    from bot.service import Conversations, Cooldown, KnowledgeService, ReloadResult
    from bot.settings import Settings
    from bot.stores import KnowledgeStore, UnansweredStore

    from .feedback import FeedbackBook


class BotPorts(Protocol):
    """The bot as the cogs see it."""

    settings: Settings
    service: KnowledgeService
    editor: KnowledgeEditor  # previews edits on the files the service serves
    kb_store: KnowledgeStore  # writes confirmed edits; history and rollback
    unanswered: UnansweredStore
    conversations: Conversations
    cooldown: Cooldown
    feedback: FeedbackBook
    notify_store: NotifyStore  # /wic notify: which servers want announcements
    clock: Callable[[], float]
    today: Callable[[], dt.date]

    @property
    def user(self) -> discord.ClientUser | None: ...

    def record_miss(self, question: str, guild_id: int | None, reason: str) -> None:
        """Remember a question the bot could not answer well; never blocks."""

    async def report_reload(self, result: ReloadResult) -> None:
        """Tell the moderator log what a reload did."""
