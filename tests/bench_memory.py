"""`make bench` (memory part): the bot's RSS with 10,000 servers, our cache settings against
discord.py's defaults, in the same run.

Each configuration runs in a fresh child process: a fake Discord announces N guilds (READY,
then one GUILD_CREATE each, with realistic channels, roles, emojis and a few members in
voice), then members post messages that do not concern the bot. The child reports its RSS
after the guilds and after the traffic. Only the cache options differ between the two runs
(same bot class, same intents): ``lean_cache_kwargs`` versus discord.py's defaults
(1,000 cached messages, members cached from voice states).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import discord

from .fakediscord import BOT_ID, BOT_USER, FakeDiscord, user

GUILDS = 10_000
MESSAGES = 5_000
BASE = 900_000_000_000_000_000


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def guild_payload(n: int) -> dict[str, Any]:
    """A mid-sized community server as Discord sends it to a bot without privileged intents:
    30 channels in 3 categories, 15 roles, 10 emojis, the bot plus 4 members in voice."""
    gid = BASE + n * 1000
    roles = [
        {
            "id": str(gid if r == 0 else gid + 100 + r),
            "name": "@everyone" if r == 0 else f"role {r}",
            "permissions": "1071698660929",
            "position": r,
            "color": 0x3498DB * (r % 2),
            "hoist": r % 3 == 0,
            "managed": False,
            "mentionable": r % 2 == 0,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }
        for r in range(15)
    ]
    overwrite = [{"id": str(gid + 101), "type": 0, "allow": "1024", "deny": "2048"}]
    channels: list[dict[str, Any]] = []
    for c in range(33):
        kind = 4 if c < 3 else (2 if c >= 28 else 0)
        channel: dict[str, Any] = {
            "id": str(gid + 200 + c),
            "type": kind,
            "name": f"channel-{c}",
            "position": c,
            "permission_overwrites": overwrite if c % 4 == 0 else [],
            "guild_id": str(gid),
            "nsfw": False,
            "flags": 0,
        }
        if kind == 0:
            channel.update(
                parent_id=str(gid + 200 + c % 3),
                topic="Talk about the conference, the venue and the sessions here.",
                rate_limit_per_user=0,
                last_message_id=str(gid + 900),
            )
        elif kind == 2:
            channel.update(parent_id=str(gid + 202), bitrate=64000, user_limit=0, rtc_region=None)
        channels.append(channel)
    members = [
        {
            "user": BOT_USER,
            "roles": [],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
    ]
    voice_states = []
    for m in range(4):
        uid = gid + 500 + m
        member = {
            "user": user(uid, f"member{m}"),
            "roles": [str(gid + 101 + m)],
            "joined_at": "2025-06-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
        members.append(member)
        voice_states.append(
            {
                "user_id": str(uid),
                "channel_id": str(gid + 228),
                "session_id": f"s{uid}",
                "deaf": False,
                "mute": False,
                "self_deaf": False,
                "self_mute": m % 2 == 0,
                "self_video": False,
                "suppress": False,
                "request_to_speak_timestamp": None,
                "member": member,
            }
        )
    emojis = [
        {
            "id": str(gid + 300 + e),
            "name": f"emoji{e}",
            "roles": [],
            "require_colons": True,
            "managed": False,
            "animated": False,
            "available": True,
        }
        for e in range(10)
    ]
    return {
        "id": str(gid),
        "name": f"Community {n}",
        "icon": None,
        "owner_id": str(gid + 500),
        "roles": roles,
        "channels": channels,
        "threads": [],
        "members": members,
        "voice_states": voice_states,
        "member_count": 1200,
        "emojis": emojis,
        "stickers": [],
        "features": ["COMMUNITY"],
        "unavailable": False,
        "large": True,
        "premium_tier": 1,
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "joined_at": "2026-01-01T00:00:00+00:00",
        "system_channel_id": str(gid + 203),
        "preferred_locale": "en-US",
    }


class ManyGuilds(FakeDiscord):
    """The fake Discord, announcing ``count`` guilds at READY."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    async def _ready(self) -> None:
        identify = self.identifies[-1] if self.identifies else {}
        # Discord names the shard to a client that identified with one (WicBot always does)
        shard = {"shard": identify["shard"]} if "shard" in identify else {}
        await self.dispatch(
            "READY",
            {
                **shard,
                "v": 10,
                "user": BOT_USER,
                "guilds": [
                    {"id": str(BASE + n * 1000), "unavailable": True} for n in range(self.count)
                ],
                "session_id": self.session_id,
                "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                "application": {"id": "700000000000000001", "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        for n in range(self.count):
            await self.dispatch("GUILD_CREATE", guild_payload(n))
        self.connected.set()

    async def chatter(self, count: int) -> None:
        """Members talking among themselves (no mention of the bot)."""
        rng = random.Random(7)
        for i in range(count):
            n = rng.randrange(self.count)
            gid = BASE + n * 1000
            uid = gid + 500 + rng.randrange(4)
            await self.dispatch(
                "MESSAGE_CREATE",
                {
                    "id": str(gid + 10_000 + i),
                    "channel_id": str(gid + 203 + rng.randrange(25)),
                    "guild_id": str(gid),
                    "author": user(uid, "member"),
                    "member": {
                        "roles": [str(gid + 101)],
                        "joined_at": "2025-06-01T00:00:00+00:00",
                        "deaf": False,
                        "mute": False,
                        "flags": 0,
                    },
                    "content": "see you at the opening ceremony tomorrow morning!",
                    "timestamp": "2026-11-28T12:00:00+00:00",
                    "edited_timestamp": None,
                    "tts": False,
                    "mention_everyone": False,
                    "mentions": [],
                    "mention_roles": [],
                    "attachments": [],
                    "embeds": [],
                    "pinned": False,
                    "type": 0,
                },
            )


async def child(config: str, guilds: int, messages: int) -> dict[str, Any]:
    from bot.app import build_bot
    from bot.service import KnowledgeService
    from bot.settings import Settings

    from .conftest import SHIPPED

    fake = ManyGuilds(guilds)
    await fake.start()
    fake.patch()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(discord_token="fake-token", knowledge_path=str(SHIPPED), data_dir=tmp)
        service = KnowledgeService(SHIPPED)
        extra: dict[str, Any] = {}
        if config == "defaults":  # discord.py's own defaults for the same intents
            intents = discord.Intents.default()
            intents.message_content = False
            extra = {
                "max_messages": 1000,
                "member_cache_flags": discord.MemberCacheFlags.from_intents(intents),
                "chunk_guilds_at_startup": intents.members,
            }
        bot = build_bot(settings, service, watch=False, **extra)
        gc.collect()
        before = rss_kb()
        started = time.perf_counter()
        task = asyncio.create_task(bot.start(settings.discord_token))
        ready = asyncio.create_task(bot.wait_until_ready())
        # A login the fake refuses ends `start` at once; fail then, not after the ready timeout.
        await asyncio.wait({task, ready}, timeout=600, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
            await bot.close()
            raise RuntimeError(
                f"the bot never became ready: {task.exception() if task.done() else 'timeout'}"
            )
        ready_s = time.perf_counter() - started
        gc.collect()
        after_guilds = rss_kb()
        await fake.chatter(messages)
        await asyncio.sleep(0.5)
        gc.collect()
        after_messages = rss_kb()
        figures = {
            "config": config,
            "guilds": len(bot.guilds),
            "channels": sum(len(g.channels) for g in bot.guilds),
            "cached_members": sum(len(g.members) for g in bot.guilds),
            "cached_messages": len(bot.cached_messages),
            "rss_start_kb": before,
            "rss_guilds_kb": after_guilds,
            "rss_messages_kb": after_messages,
            "ready_s": ready_s,
        }
        await bot.close()
        await asyncio.wait_for(task, 30)
    await fake.stop()
    assert figures["guilds"] == guilds, figures
    assert bot.user is not None and bot.user.id == BOT_ID
    return figures


def run_child(config: str, guilds: int, messages: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench_memory", "--child", config, "--guilds", str(guilds),
         "--messages", str(messages)],
        check=True, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--guilds", type=int, default=GUILDS)
    parser.add_argument("--messages", type=int, default=MESSAGES)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(child(args.child, args.guilds, args.messages))))
        return 0
    ours = run_child("ours", args.guilds, args.messages)
    defaults = run_child("defaults", args.guilds, args.messages)
    for f in (ours, defaults):
        print(
            f"memory, {f['guilds']:,} servers ({f['channels']:,} channels), "
            f"{f['config']:>8}: RSS {f['rss_guilds_kb'] / 1024:,.0f} MB after the guilds, "
            f"{f['rss_messages_kb'] / 1024:,.0f} MB after {args.messages:,} messages "
            f"(base {f['rss_start_kb'] / 1024:,.0f} MB; cached: {f['cached_members']:,} members, "
            f"{f['cached_messages']:,} messages; ready in {f['ready_s']:.1f} s)"
        )
    grown = [(f["rss_messages_kb"] - f["rss_start_kb"]) / 1024 for f in (ours, defaults)]
    print(
        f"memory: ours {ours['rss_messages_kb'] / 1024:,.0f} MB vs discord.py defaults "
        f"{defaults['rss_messages_kb'] / 1024:,.0f} MB "
        f"(ratio {ours['rss_messages_kb'] / defaults['rss_messages_kb']:.2f}; growth over the "
        f"base: {grown[0]:,.0f} MB vs {grown[1]:,.0f} MB, ratio {grown[0] / grown[1]:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
