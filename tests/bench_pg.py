"""`make bench` (PostgreSQL part): edit commit latency and reload propagation across three
bot processes sharing one database, against the embedded file backend in the same run.

Three real bot processes (tests/pgworker.py, each on its own fake Discord) run on a throwaway
PostgreSQL server. A moderator confirms edits through process A; we time the click to the
"Saved" reply (commit latency, as the moderator sees it) and the click to the moment the new
version is live in processes B and C (propagation). The store-level commit (one transaction,
validation included) is timed against ``KnowledgeEditor.commit`` (files + fsync) as baseline.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.editing import Edit, KnowledgeEditor, SetValue
from bot.pg.runtime import open_backend

from .pgcluster import cluster, copy_knowledge
from .pgserver import SKIP_REASON, find_bin, running_server

EDITS = 40
STORE_EDITS = 50


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1e3:,.1f} ms, p99 {pct(values, 0.99) * 1e3:,.1f} ms"


async def through_discord(url: str, folder: Path) -> tuple[list[float], list[float]]:
    commits: list[float] = []
    spread: list[float] = []
    async with cluster(url, folder, 3) as (a, b, c):
        for i in range(EDITS):
            theme = f"Benchmark theme number {i}"
            assert (await a.call("prepare_theme", name="e", year=2021, theme=theme))["ready"]
            saved = await a.call("confirm", name="e")
            assert saved["title"] == "Saved", saved
            commits.append(saved["t"] - saved["clicked"])
            for p in (b, c):
                seen = await p.call("wait_version", version=saved["version"], timeout=5)
                assert seen["t"] is not None
                spread.append(seen["t"] - saved["clicked"])
    return commits, spread


async def store_level(url: str, folder: Path) -> tuple[list[float], list[float]]:
    knowledge = copy_knowledge(folder / "files")
    files = KnowledgeEditor(knowledge, folder / "files-data")
    file_times: list[float] = []
    pg_times: list[float] = []
    backend = await open_backend(url, knowledge)
    pg_editor = backend.editor
    try:
        for i in range(STORE_EDITS):
            edit: list[Edit] = [SetValue("facts", ("editions", 7), "theme", f"Store theme {i}")]
            proposal = files.propose(edit)
            t = time.perf_counter()
            files.commit(proposal, "bench")
            file_times.append(time.perf_counter() - t)
            proposal = pg_editor.propose(edit)
            t = time.perf_counter()
            await backend.knowledge.commit(proposal, "bench")
            pg_times.append(time.perf_counter() - t)
    finally:
        await backend.close()
    return pg_times, file_times


async def main_async() -> int:
    if find_bin() is None:
        print(f"PostgreSQL bench skipped: {SKIP_REASON}")
        return 0
    with tempfile.TemporaryDirectory() as tmp, running_server() as server:
        commits, spread = await through_discord(server.create_database(), Path(tmp) / "d")
        pg_times, file_times = await store_level(server.create_database(), Path(tmp))
    print(
        f"PostgreSQL, 3 processes, {EDITS} edits confirmed through one: "
        f"click to 'Saved' {ms(commits)}; click to live in the other two {ms(spread)} "
        f"(max {max(spread) * 1e3:,.1f} ms)"
    )
    ratio = statistics.median(pg_times) / statistics.median(file_times)
    print(
        f"edit commit, store level ({STORE_EDITS} edits, validation included): PostgreSQL "
        f"{ms(pg_times)}; files + fsync (baseline) {ms(file_times)}; ratio {ratio:.2f}"
    )
    return 0


def main() -> int:
    return asyncio.run(main_async())


if __name__ == "__main__":
    sys.exit(main())
