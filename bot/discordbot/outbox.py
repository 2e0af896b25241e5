"""Replies to chat messages, sent at Discord's pace: a backlog in a channel is answered in batches.

Discord lets a bot post about 5 messages per 5 seconds in one channel and make 50 requests a
second in all. One reply per question cannot keep up with a busy channel (100 questions would
take 100 s), and blindly sending makes discord.py wait out 429s. So each channel has a queue
and one sender: when the channel is quiet a question gets its own reply at once; when replies
pile up behind the channel's limit, the next message answers several askers together (one
embed each, headed with the asker's name as plain text: nobody is pinged). The bot keeps to
the limits itself (``Pace``), so Discord never has to refuse it.

A flood can still ask faster than even batches go out (600 members in one channel ask ~200
questions a second; batches answer ~10 a second). So each channel's backlog is capped
(``CHANNEL_BACKLOG_MAX``): a question past the cap is not answered in the channel, and the
channel gets one notice per window, sent ahead of the backlog, pointing to /ask and DMs (which
do not wait behind the channel). Memory and the wait for an answer stay bounded, and nobody is
left without a word.

When a reply will wait for the channel's window (a second or more), Discord's typing
indicator is shown there: at most once per message the bot posts, never per question.
Discord ends a bot's indicator when the bot posts in the channel, so a wait after a message
gets a new one, and the askers of a backlog see the bot at work until their answers come.
The wait may also be spent inside discord.py, which holds the request that empties Discord's
bucket until the bucket resets: a reply queued then is shown typing too. ``make bench``
measures the time to this sign of life.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord

from . import render

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()


@dataclass(frozen=True, slots=True)
class Pace:
    """The rate limits the bot keeps to by itself (Discord's, with a margin on the global one)."""

    channel_messages: int = 5
    channel_window: float = 5.0
    global_per_second: int = 45  # Discord allows 50: leave room for commands and edits
    batch_max: int = render.EMBEDS_MAX  # askers answered in one message


@dataclass(slots=True)
class Outgoing:
    """One reply waiting to be sent."""

    message: discord.Message  # what it answers
    embed: discord.Embed
    view: discord.ui.View | None = None
    batchable: bool = True  # plain answers may share a message; notices and paged ones not
    delete_after: float | None = None
    asker: str = ""
    question: str = ""
    lang: str = "en"  # the answer's language: a batch heads it "name asked: …" in it


@dataclass
class _Window:
    """Send times within a sliding window, to stay under ``limit`` per ``window`` seconds."""

    limit: int
    window: float
    times: deque[float] = field(default_factory=deque)

    def wait(self, now: float) -> float:
        while self.times and now - self.times[0] >= self.window:
            self.times.popleft()
        if len(self.times) < self.limit:
            return 0.0
        return self.times[0] + self.window - now


TYPING_AFTER = 1.0  # a reply waiting at least this long (seconds) is shown as typing
BACKLOG_MAX = 100  # replies queued per channel (CHANNEL_BACKLOG_MAX): ~10-20 s behind
NOTICE_WINDOW = 60.0  # at most one "too busy" notice per channel per this many seconds
BUSY_TEXT = (
    "I'm answering a lot of questions in this channel right now, so I can't take yours here. "
    "Ask me with /ask or in a DM: you'll get an answer at once."
)


@dataclass
class OutboxStats:
    messages: int = 0  # messages sent
    replies: int = 0  # questions answered by them
    batches: int = 0  # messages that answered more than one asker
    failures: int = 0
    shed: int = 0  # questions not answered in their channel: its backlog was full
    notices: int = 0  # "too busy here" notices sent for them
    max_backlog: int = 0  # the most replies ever queued in one channel
    typing: int = 0  # typing indicators shown (at most one per message posted)


class Outbox:
    """Per-channel reply queues with their senders; bounded: idle channels leave no state."""

    def __init__(
        self,
        pace: Pace | None = None,
        clock: Callable[[], float] = time.monotonic,
        *,
        backlog_max: int = BACKLOG_MAX,
        notice_window: float = NOTICE_WINDOW,
    ):
        self.pace = pace or Pace()
        self._clock = clock
        self.backlog_max = max(1, backlog_max)
        self.notice_window = notice_window
        self._noticed: OrderedDict[int, float] = OrderedDict()  # channel → last notice
        self._queues: dict[int, deque[Outgoing]] = {}
        self._senders: dict[int, asyncio.Task[None]] = {}
        self._channels: dict[int, _Window] = {}
        self._global = _Window(self.pace.global_per_second, 1.0)
        self._typing: set[int] = set()  # channels showing typing since their last message
        self._typers: set[asyncio.Task[None]] = set()
        self.stats = OutboxStats()

    def backlog(self, channel_id: int) -> int:
        """Replies queued in this channel."""
        queue = self._queues.get(channel_id)
        return len(queue) if queue is not None else 0

    def full(self, channel_id: int) -> bool:
        """Whether this channel's backlog is at the cap: a new question there is shed."""
        return self.backlog(channel_id) >= self.backlog_max

    def shed(self, message: discord.Message) -> None:
        """A question not answered because its channel's backlog is full. The channel is told
        once per window, ahead of the backlog; the askers after that see the same notice."""
        self.stats.shed += 1
        channel_id = message.channel.id
        now = self._clock()
        while self._noticed:  # oldest first: forget notices older than the window
            oldest, at = next(iter(self._noticed.items()))
            if now - at < self.notice_window:
                break
            del self._noticed[oldest]
        if channel_id in self._noticed:
            return
        self._noticed[channel_id] = now
        self.stats.notices += 1
        log.warning(
            "channel %s: %d replies queued (CHANNEL_BACKLOG_MAX); new questions there get a "
            "notice pointing to /ask and DMs (%d shed so far)",
            channel_id,
            self.backlog(channel_id),
            self.stats.shed,
        )
        notice = Outgoing(message, render.notice(BUSY_TEXT), batchable=False)
        self.put(notice, first=True)

    def put(self, item: Outgoing, *, first: bool = False) -> None:
        """Queue a reply (``first``: ahead of the backlog); its channel's sender starts if it
        is not running."""
        channel_id = item.message.channel.id
        queue = self._queues.setdefault(channel_id, deque())
        if first:  # a notice: not counted as a reply waiting
            queue.appendleft(item)
        else:
            queue.append(item)
            self.stats.max_backlog = max(self.stats.max_backlog, len(queue))
            if self._will_wait(channel_id) and channel_id not in self._typing:
                self._typing.add(channel_id)
                task = asyncio.create_task(self._type(item.message.channel), name="typing")
                self._typers.add(task)
                task.add_done_callback(self._typers.discard)
        if channel_id not in self._senders:
            task = asyncio.create_task(self._run(channel_id), name=f"outbox-{channel_id}")
            self._senders[channel_id] = task

    def _will_wait(self, channel_id: int) -> bool:
        """Whether a reply queued now waits ``TYPING_AFTER`` or more for the channel's window."""
        window = self._channels.get(channel_id)
        return window is not None and window.wait(self._clock()) >= TYPING_AFTER

    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def __len__(self) -> int:
        """Channels with state (queued replies or a recent send still inside the window)."""
        return len(self._queues) + len(self._channels)

    async def close(self) -> None:
        tasks = [*self._senders.values(), *self._typers]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self, channel_id: int) -> None:
        queue = self._queues[channel_id]
        try:
            while queue:
                free = await self._turn(channel_id, queue[0].message.channel)
                # Batch only a backlog: replies that could each have a message of their own
                # within the channel's window are sent one by one.
                batch = self._take(queue, crowded=len(queue) - 1 > free)
                await self._send(batch)
        finally:
            self._senders.pop(channel_id, None)
            if not queue:
                self._queues.pop(channel_id, None)
            self._forget_idle()

    async def _turn(self, channel_id: int, channel: Any) -> int:
        """Wait until both the channel's and the global limit allow one more message; take
        it, and return how many more the channel's window still allows. A wait for the
        channel's window is shown as typing there."""
        pace = self.pace
        window = self._channels.get(channel_id)
        if window is None:
            window = self._channels[channel_id] = _Window(
                pace.channel_messages, pace.channel_window
            )
        while True:
            now = self._clock()
            behind = window.wait(now)
            delay = max(behind, self._global.wait(now))
            if delay <= 0:
                window.times.append(now)
                self._global.times.append(now)
                return window.limit - len(window.times)
            if behind >= TYPING_AFTER and channel_id not in self._typing:
                self._typing.add(channel_id)
                await self._type(channel)
                continue  # the request took time: measure the wait again
            await asyncio.sleep(delay)

    async def _type(self, channel: Any) -> None:
        """One typing indicator, within the global limit the replies keep to as well."""
        while (delay := self._global.wait(self._clock())) > 0:
            await asyncio.sleep(delay)
        self._global.times.append(self._clock())
        try:
            await channel.typing()
        except discord.HTTPException as exc:  # e.g. no permission there: replies still go
            log.info("could not show typing in channel %s: %s", channel.id, exc)
            return
        self.stats.typing += 1

    def _forget_idle(self) -> None:
        now = self._clock()
        for channel_id, window in list(self._channels.items()):
            window.wait(now)  # drops the send times that left the window
            if channel_id not in self._senders and not window.times:
                del self._channels[channel_id]
                self._typing.discard(channel_id)

    def _take(self, queue: deque[Outgoing], *, crowded: bool = True) -> list[Outgoing]:
        """The next message's replies: one, or (``crowded``: a backlog) as many queued answers
        as fit in one message."""
        first = queue.popleft()
        batch = [first]
        if not first.batchable or not crowded:
            return batch
        size = len(first.embed) + len(first.asker) + len(first.question) + 8
        while queue and queue[0].batchable and len(batch) < self.pace.batch_max:
            nxt = queue[0]
            extra = len(nxt.embed) + len(nxt.asker) + len(nxt.question) + 8
            if size + extra > render.EMBED_TOTAL_MAX:
                break
            size += extra
            batch.append(queue.popleft())
        return batch

    async def _send(self, batch: list[Outgoing]) -> None:
        first = batch[0]
        reference = first.message.to_reference(fail_if_not_exists=False)
        channel = first.message.channel
        # This post ends the bot's typing indicator in the channel (discord.py may return from
        # it only when Discord's bucket resets: replies queued meanwhile may show typing again).
        self._typing.discard(channel.id)
        try:
            if len(batch) == 1:
                extra: dict[str, Any] = {}
                if first.view is not None:
                    extra["view"] = first.view
                if first.delete_after is not None:
                    extra["delete_after"] = first.delete_after
                await channel.send(
                    embed=first.embed,
                    reference=reference,
                    allowed_mentions=NONE,
                    mention_author=False,
                    **extra,
                )
            else:
                embeds = render.batch_embeds(
                    [(o.asker, o.question, o.message.jump_url, o.embed, o.lang) for o in batch]
                )
                await channel.send(
                    embeds=embeds, reference=reference, allowed_mentions=NONE, mention_author=False
                )
                self.stats.batches += 1
        except discord.HTTPException as exc:
            # e.g. the bot lost access to the channel: nothing to retry, say why in the log.
            self.stats.failures += 1
            log.warning("could not reply in channel %s: %s", channel.id, exc)
            return
        self.stats.messages += 1
        self.stats.replies += len(batch)
