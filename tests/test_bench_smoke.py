"""The benchmarks still run: `make bench` is not part of `make test`, so a bench that a change
broke (a fake that no longer speaks like Discord to the bot) was found only when someone ran
it. Each bench part runs here once, small."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT


def test_the_memory_bench_child_gets_a_ready_bot() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench_memory",
            "--child",
            "ours",
            "--guilds",
            "20",
            "--messages",
            "10",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["guilds"] == 20 and result["ready_s"] > 0
