"""Several bot processes (tests/pgworker.py) against one database: start, drive, stop."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from .conftest import ROOT


class Proc:
    """One worker process; ``call`` sends a request and returns its reply."""

    def __init__(self, proc: asyncio.subprocess.Process, shard: int) -> None:
        self.proc = proc
        self.shard = shard
        self._lock = asyncio.Lock()

    async def read(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not line:
            raise RuntimeError(f"worker {self.shard} exited (code {self.proc.returncode})")
        reply: dict[str, Any] = json.loads(line)
        return reply

    async def call(self, op: str, timeout: float = 20.0, **args: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        async with self._lock:
            self.proc.stdin.write((json.dumps({"op": op, **args}) + "\n").encode())
            await self.proc.stdin.drain()
            reply = await self.read(timeout)
        assert "exception" not in reply, (op, reply)
        return reply

    async def stop(self) -> None:
        if self.proc.returncode is None:
            assert self.proc.stdin is not None
            try:
                self.proc.stdin.write(b'{"op": "quit"}\n')
                await self.proc.stdin.drain()
                await asyncio.wait_for(self.proc.wait(), 15)
            except (TimeoutError, ConnectionError):
                self.proc.kill()
                await self.proc.wait()


def copy_knowledge(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("wic.yaml", "vocabulary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, folder / name)
    return folder / "wic.yaml"


async def spawn(args: list[str], log: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(log, "ab") as err:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.pgworker", *args,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=err,
            cwd=ROOT, env=env,
        )  # fmt: skip


@asynccontextmanager
async def cluster(url: str, folder: Path, count: int = 3) -> AsyncIterator[list[Proc]]:
    """``count`` bot processes (shard i of count each) on one database; stopped afterwards.

    The first one starts alone, so that it imports the shipped files into an empty database
    and the others find them (they would wait on the same lock anyway)."""
    knowledge = copy_knowledge(folder / "knowledge")
    procs: list[Proc] = []
    try:
        for i in range(count):
            log = folder / f"worker-{i}.log"
            proc = Proc(await spawn([url, str(knowledge), str(i), str(count)], log), i)
            procs.append(proc)
            if i == 0:
                assert (await proc.read(60))["ready"], log.read_text()
        for proc in procs[1:]:
            ready = await proc.read(60)
            assert ready["ready"], (folder / f"worker-{proc.shard}.log").read_text()
        yield procs
        for proc in procs:
            assert (await proc.call("errors"))["errors"] == [], proc.shard
    finally:
        await asyncio.gather(*(p.stop() for p in procs))


def worker_logs(folder: Path) -> str:
    return "\n".join(p.read_text(errors="replace")[-3000:] for p in folder.glob("worker-*.log"))
