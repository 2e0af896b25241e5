"""One bot process against PostgreSQL and its own fake Discord, driven over stdin/stdout.

``python -m tests.pgworker URL KNOWLEDGE SHARD COUNT`` starts the real bot (one shard of
COUNT) with the PostgreSQL backend, then reads one JSON request per line and writes one JSON
reply per line: ask a question, prepare and confirm a moderator edit, read /kb unanswered,
wait for a knowledge version. Logs go to stderr. ``--writer`` instead commits revisions in a
loop (for the SIGKILL test). Used by tests/test_pg_processes.py and tests/bench_pg.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

import discord

from bot.app import build_bot
from bot.pg.db import connect_with_retry
from bot.pg.revisions import Draft, Revision, RevisionStore, validate_texts
from bot.pg.runtime import open_backend
from bot.settings import Settings

from .conftest import TODAY
from .fakediscord import (
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
    MOD_LOG_ID,
    MOD_ROLE_ID,
    MODERATOR_ID,
    SECOND_GUILD_ID,
    THIRD_GUILD_ID,
    FakeDiscord,
    RateLimits,
    channel_of,
    group,
    notify_command,
    press,
    sub,
    submit_modal,
)
from .harness import pace_for, reply

MOD: dict[str, Any] = {"author": MODERATOR_ID, "roles": (MOD_ROLE_ID,)}


class Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def embed(body: dict[str, Any]) -> dict[str, Any]:
    embeds = body.get("data", body).get("embeds") or [{}]
    return dict(embeds[0])


class Worker:
    def __init__(self, fake: FakeDiscord, bot: Any, backend: Any, errors: Errors) -> None:
        self.fake = fake
        self.bot = bot
        self.backend = backend
        self.errors = errors
        self.pending: dict[str, str] = {}  # name -> Confirm button custom id
        self.applied: dict[str, float] = {}  # version -> monotonic time it went live

    async def watch_versions(self) -> None:
        """Note when each knowledge version goes live (for propagation figures)."""
        while True:
            version = self.bot.service.version
            self.applied.setdefault(version, time.monotonic())
            await asyncio.sleep(0.002)

    async def ask(self, question: str) -> dict[str, Any]:
        path = f"/channels/{CHANNEL_ID}/messages"
        before = len(self.fake.sent("POST", path))
        start = time.monotonic()
        await self.fake.message(f"<@{BOT_ID}> {question}")
        posts = await self.fake.wait_for("POST", path, count=before + 1)
        text = embed(posts[before].body).get("description", "")
        return {"text": text, "seconds": time.monotonic() - start}

    async def preview(self, name: str, iid: str, modal_values: list[str] | None) -> dict[str, Any]:
        body = await reply(self.fake, iid)
        if modal_values is not None:
            assert body["type"] == 9, body
            body = await reply(
                self.fake, await submit_modal(self.fake, body["data"], modal_values, **MOD)
            )
        buttons = [c for row in body["data"].get("components", []) for c in row["components"]]
        ok = [b["custom_id"] for b in buttons if b.get("label") == "Confirm"]
        if ok:
            self.pending[name] = ok[0]
        return {"title": embed(body).get("title", ""), "ready": bool(ok)}

    async def handle(self, req: dict[str, Any]) -> dict[str, Any]:
        op = req["op"]
        if op == "ask":
            return await self.ask(req["q"])
        if op == "prepare_theme":
            edit = sub("edit", edition=str(req["year"]), field="theme")
            iid = await self.fake.command("kb", edit, **MOD)
            return await self.preview(req["name"], iid, [req["theme"]])
        if op == "prepare_phrase":
            options = group("phrase", "add", target=req["target"], phrasing=req["phrasing"])
            iid = await self.fake.command("kb", options, **MOD)
            return await self.preview(req["name"], iid, None)
        if op == "confirm":
            custom_id = self.pending.pop(req["name"])
            clicked = time.monotonic()
            body = await reply(self.fake, await press(self.fake, custom_id, **MOD))
            done = time.monotonic()
            e = embed(body)
            return {
                "title": e.get("title", ""),
                "text": e.get("description", ""),
                "t": done,
                "clicked": clicked,
                "version": self.bot.service.version,
            }
        if op == "unanswered":
            body = await reply(self.fake, await self.fake.command("kb", sub("unanswered"), **MOD))
            e = embed(body)
            return {"title": e.get("title", ""), "text": e.get("description", "")}
        if op == "history":
            body = await reply(self.fake, await self.fake.command("kb", sub("history"), **MOD))
            return {"text": embed(body).get("description", "")}
        if op == "status":
            body = await reply(self.fake, await self.fake.command("kb", sub("status"), **MOD))
            return {"text": embed(body).get("description", "")}
        if op == "version":
            return {"version": self.bot.service.version, "connected": self._connected()}
        if op == "wait_version":
            deadline = time.monotonic() + float(req.get("timeout", 5.0))
            while req["version"] not in self.applied and time.monotonic() < deadline:
                await asyncio.sleep(0.002)
            return {"t": self.applied.get(req["version"]), "version": self.bot.service.version}
        if op == "wait_connected":
            deadline = time.monotonic() + float(req.get("timeout", 15.0))
            while not self._connected() and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            return {"connected": self._connected()}
        if op == "modlog":
            posts = self.fake.sent("POST", f"/channels/{MOD_LOG_ID}/messages")
            return {"titles": [embed(p.body).get("title", "") for p in posts]}
        if op == "errors":
            # ERROR logs, and any request the strict fake refused as Discord would.
            refused = [f"refused {r.method} {r.path}: {r.answer}" for r in self.fake.refused]
            return {"errors": self.errors.messages + refused}
        if op == "notify_on":  # an admin opts a server in (/wic notify channel:)
            admin = discord.Permissions.all()
            guild = int(req["guild"])
            iid = await notify_command(
                self.fake, guild, permissions=admin, channel=channel_of(guild)
            )
            return {"text": embed(await reply(self.fake, iid)).get("description", "")}
        if op == "notify_off":
            admin = discord.Permissions.all()
            iid = await notify_command(self.fake, int(req["guild"]), permissions=admin, off=True)
            return {"text": embed(await reply(self.fake, iid)).get("description", "")}
        if op == "notify_sent":  # what this process sent each server: events, announcements
            out: dict[str, Any] = {}
            for guild in self.fake.guild_ids:
                path = f"/channels/{channel_of(guild)}/messages"
                out[str(guild)] = {
                    "events": [e for e in self.fake.events.values() if e["guild_id"] == str(guild)],
                    "created": len(self.fake.sent("POST", f"/guilds/{guild}/scheduled-events")),
                    "edited": len(self.fake.sent("PATCH", f"/guilds/{guild}/scheduled-events/")),
                    "titles": [
                        embed(r.body).get("title", "") for r in self.fake.sent("POST", path)
                    ],
                }
            return out
        if op == "rss":
            return {"rss_kb": rss_kb()}
        raise ValueError(f"unknown op {op!r}")

    def _connected(self) -> bool:
        return bool(self.backend.live.connected.is_set())


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def serve(url: str, knowledge: str, shard: int, count: int) -> None:
    errors = Errors()
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format=f"[shard {shard}] %(name)s: %(message)s"
    )
    logging.getLogger().addHandler(errors)
    # Questions arrive back to back in one channel here: that is about the database, not
    # about pacing, so Discord's rate limits are relaxed (tests/test_discord_limits_e2e.py
    # runs the real ones).
    limits = RateLimits.relaxed()
    fake = FakeDiscord(limits=limits, guilds=(GUILD_ID, SECOND_GUILD_ID, THIRD_GUILD_ID))
    await fake.start()
    fake.patch()
    data = Path(knowledge).parent / f"data-{shard}"
    settings = Settings(
        discord_token="fake-token",
        knowledge_path=knowledge,
        dev_guild_id=GUILD_ID,
        staff_guild_ids=(GUILD_ID,),
        moderator_role_ids=(MOD_ROLE_ID,),
        mod_log_channel_id=MOD_LOG_ID,
        cooldown_seconds=0.0,
        shard_count=count,
        shard_ids=(shard,),
        data_dir=str(data),
        database_url=url,
    )
    backend = await open_backend(url, knowledge)
    bot = build_bot(
        settings,
        backend.service,
        backend=backend,
        today=lambda: TODAY,
        guild_ready_timeout=0.05,
        pace=pace_for(limits),
    )
    task = asyncio.create_task(bot.start(settings.discord_token))
    await asyncio.wait_for(bot.wait_until_ready(), 20)
    worker = Worker(fake, bot, backend, errors)
    watcher = asyncio.create_task(worker.watch_versions())
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    out = sys.stdout
    out.write(json.dumps({"ready": True, "version": bot.service.version}) + "\n")
    out.flush()
    try:
        while line := await reader.readline():
            req = json.loads(line)
            if req["op"] == "quit":
                break
            try:
                reply = await worker.handle(req)
            except Exception as exc:
                logging.getLogger("pgworker").warning("request %s failed", req, exc_info=True)
                reply = {"exception": f"{type(exc).__name__}: {exc}"}
            out.write(json.dumps(reply) + "\n")
            out.flush()
    finally:
        watcher.cancel()
        await bot.close()
        await asyncio.wait_for(task, 10)
        await fake.stop()


async def write_forever(url: str, knowledge: str) -> None:
    """Commit revisions back to back (each validated inside its transaction), forever."""
    pool = await connect_with_retry(url)
    store = RevisionStore(pool)
    n = 0
    while True:
        n += 1

        async def change(head: Revision | None, n: int = n) -> Draft:
            assert head is not None
            facts = (
                head.facts.rstrip("\n").rsplit("\n# writer ", 1)[0]
                + f"\n# writer {os.getpid()}-{n}\n"
            )
            await asyncio.to_thread(
                validate_texts, head.facts_name, head.vocabulary_name, facts, head.vocabulary
            )
            return Draft(
                head.facts_name, facts, head.vocabulary_name, head.vocabulary, f"write {n}", "f"
            )

        rev = await store.commit(change, who="writer", action="edit")
        assert rev is not None
        print(rev.id, flush=True)


def cli_run() -> None:
    """``wic-bot run`` itself (DATABASE_URL and DISCORD_TOKEN from the environment), with a
    fake Discord on a thread of its own; prints "identified" once the bot logged in."""
    import threading

    from bot.cli import main as cli_main

    started = threading.Event()
    holder: list[FakeDiscord] = []

    async def fake_forever() -> None:
        fake = FakeDiscord()
        await fake.start()
        holder.append(fake)
        started.set()
        await fake.connected.wait()
        print("identified", flush=True)
        await asyncio.Event().wait()

    threading.Thread(target=asyncio.run, args=(fake_forever(),), daemon=True).start()
    started.wait(10)
    holder[0].patch()
    sys.exit(cli_main(["run"]))


def main() -> None:
    args = sys.argv[1:]
    if args[0] == "--cli-run":
        cli_run()
        return
    if args[0] == "--writer":
        asyncio.run(write_forever(args[1], args[2]))
        return
    asyncio.run(serve(args[0], args[1], int(args[2]), int(args[3])))


if __name__ == "__main__":
    main()
