"""👍 / 👎 on answers: one vote per member per answer, changeable, never stacked.

A button names the answer by a random token (``wic:fb:down:<token>``), never by the question:
the question stays in the bot's memory, bounded and expiring, so a custom id cannot carry a
member's text into anyone's logs, and a forged id or a token the bot never issued is refused
without recording anything. A 👎 counts the question once in the unanswered list; changing it
to 👍 takes that count back. The vote is the member's on the *question* (as the unanswered
list stores it), not on one answer: asking again and down-voting the new answer changes
nothing. Votes are rate-limited per member.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

import discord

from bot.editing import EditError
from bot.misses import clean_question
from bot.service import Cooldown

from . import ack, render
from .components import DOWN_PREFIX, FEEDBACK_PREFIX, UP_PREFIX

if TYPE_CHECKING:
    from .ports import BotPorts

PREFIX = FEEDBACK_PREFIX
_TOKEN = re.compile(r"[0-9a-f]{16}")
ANSWER_TTL = 7 * 86400.0  # buttons older than this (or from before a restart) are not counted
MAX_ANSWERS = 20_000
MAX_VOTES = 50_000  # members' votes remembered (each on one question in one server)
log = logging.getLogger(__name__)


class Vote(Enum):
    UNKNOWN = "unknown"  # forged, expired, or never issued: nothing recorded
    LIMITED = "limited"  # too many votes too fast
    SAME = "same"  # the member's vote was already this: nothing changes
    NEW = "new"
    CHANGED = "changed"


@dataclass(slots=True)
class _Sent:
    # Slots: one is kept per answer (up to ``MAX_ANSWERS``), so each byte counts.
    question: str
    guild: int | None
    at: float


VoteKey = tuple[int, int | None, str]  # member, server, the question as stored


@dataclass(frozen=True)
class Outcome:
    vote: Vote
    question: str = ""
    guild: int | None = None


class FeedbackBook:
    """The answers that carry feedback buttons, and each member's vote on them."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        ttl: float = ANSWER_TTL,
        max_answers: int = MAX_ANSWERS,
        max_votes: int = MAX_VOTES,
        per: float = 2.0,
        burst: int = 5,
    ) -> None:
        self._clock = clock
        self.ttl = ttl
        self.max_answers = max_answers
        self.max_votes = max_votes
        self._sent: dict[str, _Sent] = {}  # insertion order: the first is the oldest
        # member's vote per question (up?, when): oldest first, expiring like the answers.
        self._votes: OrderedDict[VoteKey, tuple[bool, float]] = OrderedDict()
        self._limit = Cooldown(per, burst, clock=clock)

    def __len__(self) -> int:
        return len(self._sent)

    def issue(self, question: str, guild: int | None) -> str:
        """A token for the buttons of one answer to ``question``."""
        now = self._clock()
        token = secrets.token_hex(8)
        self._sent[token] = _Sent(question, guild, now)
        while self._sent:  # oldest first: drop the expired, and the oldest beyond the bound
            oldest = next(iter(self._sent.values()))
            if len(self._sent) <= self.max_answers and now - oldest.at <= self.ttl:
                break
            del self._sent[next(iter(self._sent))]
        return token

    def vote(self, custom_id: str, member: int) -> Outcome:
        """Apply a button press; what it changed."""
        if custom_id.startswith(UP_PREFIX):
            up, token = True, custom_id[len(UP_PREFIX) :]
        elif custom_id.startswith(DOWN_PREFIX):
            up, token = False, custom_id[len(DOWN_PREFIX) :]
        else:
            return Outcome(Vote.UNKNOWN)
        sent = self._sent.get(token) if _TOKEN.fullmatch(token) else None
        if sent is None or self._clock() - sent.at > self.ttl:
            return Outcome(Vote.UNKNOWN)
        allowed, _notify = self._limit.hit(member)
        if not allowed:
            return Outcome(Vote.LIMITED)
        now = self._clock()
        self._forget_votes(now)
        key = (member, sent.guild, clean_question(sent.question))
        held = self._votes.pop(key, None)
        before = held[0] if held is not None else None
        self._votes[key] = (up, now)
        if before is up:
            return Outcome(Vote.SAME, sent.question, sent.guild)
        kind = Vote.NEW if before is None else Vote.CHANGED
        return Outcome(kind, sent.question, sent.guild)

    def _forget_votes(self, now: float) -> None:
        """Drop expired votes, and the oldest beyond the bound (one slot left for the next)."""
        while self._votes:
            _up, at = next(iter(self._votes.values()))
            if len(self._votes) < self.max_votes and now - at <= self.ttl:
                break
            self._votes.popitem(last=False)

    def votes(self) -> int:
        return len(self._votes)


async def handle(bot: BotPorts, interaction: discord.Interaction, custom_id: str) -> None:
    """A 👍 or 👎 press: count it once, tell the member privately.

    Taking back a 👎 waits on the unanswered store (the database), so the reply goes through
    ``ack.in_time``: deferred first when the store is slow, never past Discord's 3 s.
    """
    outcome = bot.feedback.vote(custom_id, interaction.user.id)
    text = await ack.in_time(interaction, _apply(bot, outcome, custom_id), ephemeral=True)
    await ack.send(interaction, render.notice(text), ephemeral=True)


async def _apply(bot: BotPorts, outcome: Outcome, custom_id: str) -> str:
    """Record what the vote changed; the line to tell the member."""
    if outcome.vote is Vote.UNKNOWN:
        return "This answer can no longer be rated: ask again to rate the new answer."
    if outcome.vote is Vote.LIMITED:
        return "That's a lot of votes at once: please wait a moment."
    if outcome.vote is Vote.SAME:
        return "Your vote is already counted."
    if custom_id.startswith(DOWN_PREFIX):
        bot.record_miss(outcome.question, outcome.guild, "downvote")  # queued: never waits
        return "Thanks — the moderators will look at this question."
    if outcome.vote is Vote.CHANGED:  # a 👎 turned into a 👍: take its count back
        try:
            await bot.unanswered.retract(outcome.question, guild=outcome.guild)
        except EditError as exc:  # the store is away: the thanks still stand
            log.warning("could not take back a down-vote: %s", exc)
    return "Thanks for the feedback!"
