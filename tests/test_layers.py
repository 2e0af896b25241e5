"""The house's walls: a pure engine, and storage that stands below the Discord adapter.

Read from the source (AST), so a forbidden call fails here whether or not a test runs it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"
ENGINE = BOT / "engine"

# Modules whose import alone means files, processes, the network or a cache.
IO_MODULES = frozenset(
    {
        "builtins",
        "glob",
        "io",
        "marshal",
        "os",
        "pickle",
        "shelve",
        "shutil",
        "socket",
        "sqlite3",
        "subprocess",
        "sys",
        "tempfile",
        "time",
    }
)
# Names whose use reads a file, the clock or the environment.
IO_CALLS = frozenset({"open", "getenv", "environ", "input", "print", "__import__"})
# Methods that read or write files, whatever they are called on.
IO_METHODS = frozenset(
    {"read_bytes", "read_text", "write_bytes", "write_text", "iterdir", "home", "cwd"}
)
# Clock readings: ``date.today()``, ``dt.datetime.now(...)``, ``time.monotonic()``…
CLOCK_METHODS = frozenset({"now", "today", "utcnow", "time", "monotonic", "perf_counter"})
CLOCKS = frozenset({"date", "datetime", "dt", "time"})
IO_ATTRIBUTES = frozenset({"environ", "getenv", "lru_cache", "cache"})
IO_FROM = {"pathlib": {"Path", "PosixPath", "WindowsPath"}, "functools": {"lru_cache", "cache"}}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in IO_MODULES:
                    found.append(f"{where}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            top = node.module.split(".")[0]
            banned = IO_FROM.get(node.module, set())
            for alias in node.names:
                if top in IO_MODULES or alias.name in banned:
                    found.append(f"{where}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Name) and node.id in IO_CALLS:
            found.append(f"{where}: {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in IO_ATTRIBUTES:
            found.append(f"{where}: .{node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method, owner = node.func.attr, node.func.value
            owner_name = (
                owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            )
            if method in IO_METHODS or (method in CLOCK_METHODS and owner_name in CLOCKS):
                found.append(f"{where}: .{method}()")
    return found


def test_no_engine_module_opens_files_reads_the_clock_the_environment_or_a_cache() -> None:
    modules = sorted(ENGINE.glob("*.py"))
    assert len(modules) > 30
    found = [v for path in modules for v in _violations(path)]
    assert found == [], "the engine must take bytes and return values:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ("data = open('x').read()", "open"),
        ("import os\nos.environ['X']", "import os"),
        ("import datetime as dt\ndt.date.today()", ".today"),
        ("import datetime as dt\ndt.datetime.now(dt.UTC)", ".now"),
        ("import time\ntime.time()", "import time"),
        ("from pathlib import Path\nPath('x').read_bytes()", "Path"),
        ("import pickle", "import pickle"),
        ("from functools import lru_cache", "lru_cache"),
        ("value = getenv('HOME')", "getenv"),
    ],
)
def test_the_scan_catches_each_kind(tmp_path: Path, source: str, what: str) -> None:
    sample = ROOT / "bot" / "engine" / "_scan_sample.py"  # relative_to(ROOT) needs a path here
    path = tmp_path / "sample.py"
    path.write_text(source)
    found = _violations_at(path, sample)
    assert any(what in v for v in found), found


def _violations_at(path: Path, shown: Path) -> list[str]:
    tree_text = path.read_text()
    shown.parent.mkdir(parents=True, exist_ok=True)
    try:
        shown.write_text(tree_text)
        return _violations(shown)
    finally:
        shown.unlink()


def _imports(path: Path) -> set[str]:
    """Every module a file imports (relative imports resolved inside ``bot``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)
    return out


def test_storage_does_not_import_the_discord_adapter() -> None:
    found = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((BOT / "pg").glob("*.py"))
        for name in _imports(path)
        if name == "discord" or name.startswith(("discord.", "bot.discordbot"))
    ]
    assert found == []


def test_other_packages_import_only_the_engines_public_names() -> None:
    import bot.engine

    public = set(bot.engine.__all__)
    found = []
    for path in sorted(BOT.rglob("*.py")):
        if ENGINE in path.parents:
            continue
        for name in _imports(path):
            if name.startswith("bot.engine."):
                rest = name.removeprefix("bot.engine.")
                if rest not in public:
                    found.append(f"{path.relative_to(ROOT)} imports {name}")
    assert found == []


def test_engine_names_resolve_and_importing_the_package_loads_no_engine_module() -> None:
    code = (
        "import sys, bot.engine as e\n"
        "before = sorted(m for m in sys.modules if m.startswith('bot.engine.'))\n"
        "missing = [n for n in e.__all__ if getattr(e, n, None) is None]\n"
        "print(before, missing)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[] []"
