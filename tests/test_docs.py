"""The docs check (part of `make test`): what README shows a newcomer still holds.

Every ```console block in the quick start and the member guide is run: each ``$ `` line is a
``wic-bot`` command, and what it prints must be the lines shown under it. The conversation in
the member guide is asked again through ``wic-bot ask --json --conversation``. The ``make``
targets named there must exist, every relative link must lead to a file (and heading) that
exists, and the README stays short: at most 12 KB, with "Using the bot" in the first screen.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
CHECKED = ("Quick start", "Using the bot")  # the sections whose commands are run
FIRST_SCREEN = 40  # lines
README_MAX = 12 * 1024  # bytes
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)")
COMMANDS = ("wic-bot", ".venv/bin/wic-bot")


def sections(text: str) -> dict[str, str]:
    """The README's "## " sections by heading."""
    out: dict[str, str] = {}
    name = ""
    for line in text.splitlines(keepends=True):
        if line.startswith("## "):
            name = line[3:].strip()
            out[name] = ""
        elif name:
            out[name] += line
    return out


def checked() -> dict[str, str]:
    found = sections(README.read_text(encoding="utf-8"))
    missing = [name for name in CHECKED if name not in found]
    assert not missing, f"README has no section {missing}"
    return {name: found[name] for name in CHECKED}


def console_runs() -> list[tuple[str, str, str]]:
    """(section, command, the output shown) for every ``$`` line of the checked sections."""
    runs: list[tuple[str, str, str]] = []
    for name, body in checked().items():
        for kind, block in FENCE.findall(body):
            if kind != "console":
                continue
            command, shown = "", list[str]()
            for line in [*block.splitlines(), "$ "]:
                if line.startswith("$ "):
                    if command:
                        runs.append((name, command, "\n".join(shown)))
                    command, shown = line[2:].strip(), []
                else:
                    shown.append(line)
    return runs


def run(args: list[str], tmp_path: Path, stdin: str | None = None) -> str:
    """A ``wic-bot`` command as a newcomer runs it: the shipped knowledge, no Discord token,
    no database, no cache, outside any ``.env``."""
    assert args and args[0] in COMMANDS, f"only wic-bot commands are run: {args}"
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_URL")}
    env.update(
        KNOWLEDGE_PATH=str(ROOT / "knowledge" / "wic.yaml"),
        CACHE_DIR="off",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        PYTHONIOENCODING="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args[1:]],
        cwd=tmp_path,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def test_the_checked_sections_show_commands() -> None:
    names = {name for name, _command, _shown in console_runs()}
    assert names == set(CHECKED), "each checked section shows a command and its output"


@pytest.mark.parametrize(("section", "command", "shown"), console_runs(), ids=lambda v: str(v)[:40])
def test_readme_commands_print_what_they_show(
    section: str, command: str, shown: str, tmp_path: Path
) -> None:
    printed = run(shlex.split(command), tmp_path)
    assert tidy(printed) == tidy(shown), f"README ({section}): `{command}` now prints:\n{printed}"


def test_the_readme_conversation_is_answered_as_shown(tmp_path: Path) -> None:
    body = checked()["Using the bot"]
    turns: list[tuple[str, str]] = []
    for kind, block in FENCE.findall(body):
        if kind or "you> " not in block:
            continue
        for line in block.splitlines():
            if line.startswith("you> "):
                turns.append((line[5:], ""))
            elif turns:  # an answer, wrapped over lines
                question, answer = turns[-1]
                turns[-1] = (question, f"{answer} {line}".strip())
    assert len(turns) >= 3, "the member guide shows a conversation"
    stdin = "".join(f"{q}\n" for q, _ in turns)
    printed = run(["wic-bot", "ask", "--json", "--conversation"], tmp_path, stdin)
    answers = [json.loads(line)["text"] for line in printed.splitlines()]
    assert answers == [a for _, a in turns]


def test_make_targets_shown_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    shown: set[str] = set()
    for body in checked().values():
        shown |= set(re.findall(r"`make (\w+)`", body))
        for kind, block in FENCE.findall(body):
            if kind == "sh":
                shown |= set(re.findall(r"^make (\w+)", block, re.M))
    assert {"run", "test"} <= shown
    assert shown <= targets, f"README names make targets the Makefile lacks: {shown - targets}"


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("page", [README, *DOCS], ids=lambda p: p.name)
def test_relative_links_lead_somewhere(page: Path) -> None:
    text = re.sub(r"^```.*?^```$", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
    for target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target):
            continue  # a web address
        path, _, fragment = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.is_file(), f"{page.name}: link to a missing file {target}"
        if fragment and file.suffix == ".md":
            content = file.read_text(encoding="utf-8")
            content = re.sub(r"^```.*?^```$", "", content, flags=re.S | re.M)
            headings = {anchor(h) for h in re.findall(r"^#+ (.+)$", content, re.M)}
            assert fragment in headings, f"{page.name}: no heading for {target}"


def test_the_readme_is_short_and_members_find_their_part_at_once() -> None:
    raw = README.read_bytes()
    assert len(raw) <= README_MAX, f"README is {len(raw):,} bytes: move detail into docs/"
    lines = raw.decode("utf-8").splitlines()
    assert "## Using the bot" in lines[:FIRST_SCREEN]
    pages = {"moderators.md", "operations.md", "architecture.md", "figures.md"}
    assert pages <= {p.name for p in DOCS}
