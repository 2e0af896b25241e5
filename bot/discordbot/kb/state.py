"""State of the /kb flows: previews awaiting Confirm, and short tokens behind component ids.

Nothing is written until the moderator who opened an edit confirms its preview. Pending
previews live in memory, bounded and expiring: a restart simply means reopening the edit.
Component custom ids carry only random tokens (and fixed prefixes), never member text.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.editing import Proposal
from bot.ttl import TTLCache

if TYPE_CHECKING:
    from ..ports import BotPorts

CONFIRM_PREFIX = "wic:kb:ok:"
CANCEL_PREFIX = "wic:kb:no:"
PICK_MISS = "wic:un:pick"
TEACH_PREFIX = "wic:un:teach:"  # + token; a select of intents / Q&A items
NEW_QA_PREFIX = "wic:un:new:"
DISMISS_PREFIX = "wic:un:dismiss:"
PAGE_PREFIX = "wic:un:page:"
PENDING_TTL = 900.0
PENDING_MAX = 200


@dataclass
class PendingEdit:
    proposal: Proposal
    user_id: int
    miss: str | None = None  # the unanswered question this edit teaches, if any


class PendingStore:
    """Previews awaiting Confirm, by token; only their author may confirm them."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._items: TTLCache[str, PendingEdit] = TTLCache(PENDING_MAX, PENDING_TTL, clock)

    def add(self, proposal: Proposal, user_id: int, miss: str | None = None) -> str:
        token = secrets.token_hex(8)
        self._items.put(token, PendingEdit(proposal, user_id, miss))
        return token

    def take(self, token: str, user_id: int) -> PendingEdit | None:
        """The pending edit if it exists, is fresh and belongs to ``user_id``; removes it."""
        item = self._items.get(token)
        if item is None or item.user_id != user_id:
            return None  # someone else's preview stays theirs
        return self._items.pop(token)


class Tokens:
    """Short-lived values behind component custom ids (questions are too long to embed)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._items: TTLCache[str, str] = TTLCache(PENDING_MAX, PENDING_TTL, clock)

    def put(self, value: str) -> str:
        token = secrets.token_hex(6)
        self._items.put(token, value)
        return token

    def get(self, token: str) -> str | None:
        return self._items.get(token)


@dataclass
class Kb:
    """Everything the /kb flows share: the bot's ports and the in-memory state."""

    bot: BotPorts
    pending: PendingStore = field(default_factory=PendingStore)
    tokens: Tokens = field(default_factory=Tokens)
