"""A bot process for the SIGTERM test: the real bot against its own strict fake Discord, run
by ``serve`` exactly as ``wic-bot run`` runs it.

Usage: ``python -m tests.sigterm_worker FOLDER`` (FOLDER holds wic.yaml and vocabulary.yaml;
the data goes to FOLDER/data). Prints ``ready``, waits for ``go`` on stdin, has a member ask
a question the bot declines, prints ``queued`` once the miss waits to be written, then runs
until stopped and prints ``stopped``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bot.app import build_bot
from bot.discordbot.client import serve
from bot.service import KnowledgeService
from bot.stores import FileBackend

from .conftest import TODAY
from .fakediscord import FakeDiscord
from .harness import pace_for, settings_for


async def main(folder: Path) -> int:
    fake = FakeDiscord()
    await fake.start()
    fake.patch()
    knowledge = folder / "wic.yaml"
    settings = settings_for(knowledge)
    service = KnowledgeService(knowledge)
    bot = build_bot(
        settings, service, today=lambda: TODAY, guild_ready_timeout=0.05, pace=pace_for(fake.limits)
    )
    runner = asyncio.create_task(serve(bot, settings.discord_token))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 20)
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        await fake.message("<@700000000000000002> what's the weather in Paris tomorrow?")
        backend = bot.backend
        assert isinstance(backend, FileBackend)
        while backend.sqlite._queued == 0:
            await asyncio.sleep(0.01)
        print("queued", flush=True)
        await runner
        print("stopped", flush=True)
    finally:
        await fake.stop()
        fake.restore()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(Path(sys.argv[1]))))
