"""`make bench` (timeline part): how long /wic timeline's picture takes to draw and to serve.

- **First picture in a new process**: importing matplotlib, adding the CJK font, drawing
  (what the first /wic timeline after a start pays), in a fresh interpreter.
- **Fresh drawing** in a warm process: every figure in every language, each drawn once (a new
  knowledge version draws them again).
- **Cached**: ``TimelineCache.get`` for a picture already drawn (what every later request
  pays), median and worst of 2,000.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time

from bot import timeline as T
from bot.engine import Engine
from bot.knowledge_files import load_file

from .conftest import ROOT, SHIPPED

_COLD = f"""
import time
t0 = time.perf_counter()
from bot.engine import Engine
from bot.knowledge_files import load_file
from bot import timeline as T
engine = Engine(load_file({str(SHIPPED)!r}))
t1 = time.perf_counter()
T._fonts()
t2 = time.perf_counter()
T.render(engine, "attendance", "zh-Hans")
t3 = time.perf_counter()
print(f"{{t2 - t1:.3f}} {{t3 - t2:.3f}}")
"""


def cold() -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _COLD], capture_output=True, text=True, check=True, cwd=ROOT
    )
    setup, draw = (float(x) for x in out.stdout.split())
    return setup, draw


def main() -> None:
    setup, first = cold()
    print("timeline (the /wic timeline picture)")
    print(
        f"  first picture in a new process: matplotlib + font {setup:.2f} s, drawing {first:.2f} s"
    )
    engine = Engine(load_file(SHIPPED))
    T.render(engine, "attendance", "en")  # warm: imports and font loaded
    times = []
    sizes = []
    for figure in T.FIGURES:
        for lang in T.LANGS:
            t0 = time.perf_counter()
            png = T.render(engine, figure, lang)
            times.append(time.perf_counter() - t0)
            sizes.append(len(png))
    print(
        f"  fresh drawing ({len(times)} pictures): median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s; {min(sizes) // 1024}–{max(sizes) // 1024} KiB each"
    )

    async def cached() -> list[float]:
        cache = T.TimelineCache()
        await cache.get(engine, "attendance", "en")
        out = []
        for _ in range(2000):
            t0 = time.perf_counter()
            await cache.get(engine, "attendance", "en")
            out.append(time.perf_counter() - t0)
        return out

    hits = asyncio.run(cached())
    print(
        f"  cached: median {statistics.median(hits) * 1e6:.1f} µs, "
        f"max {max(hits) * 1e3:.3f} ms (of {len(hits)})"
    )


if __name__ == "__main__":
    main()
