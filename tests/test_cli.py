"""The command line contract: `wic-bot ask --json` is public; other subcommands behave."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        env=full_env,
        timeout=60,
    )


def test_ask_json_from_stdin_one_object_per_line_in_order():
    stdin = (
        "when was the 4th WIC?\n\nwhat's the weather?\n\ufffd broken \n"
        "第四届世界互联网大会是什么时候？\n"
    )
    result = run(
        "ask",
        "--json",
        "--today",
        "2026-11-28",
        stdin=stdin,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(rows) == 5
    assert list(rows[0]) == [
        "question",
        "answered",
        "intent",
        "editions",
        "operation",
        "confidence",
        "text",
        "sources",
        "result",
    ]
    assert rows[0]["answered"] is True and rows[0]["editions"] == [2017]
    # The source of the dates stated: China Daily's report, with its link, words and no date
    (source,) = rows[0]["sources"]
    assert list(source) == ["name", "url", "date", "quote"]
    assert source["name"].startswith("China Daily") and "December 3 to 5" in source["quote"]
    assert source["url"].startswith("https://") and rows[1]["sources"] == []
    assert "December 3–5, 2017" in rows[0]["text"]
    assert rows[1]["answered"] is False and rows[1]["question"] == ""
    assert rows[2]["answered"] is False
    assert rows[4]["editions"] == [2017]
    assert "**" not in rows[0]["text"]


def test_ask_json_without_conversation_treats_lines_alone():
    stdin = "when was the 3rd wic\nand its theme?\n"
    alone = run("ask", "--json", stdin=stdin)
    rows = [json.loads(line) for line in alone.stdout.decode().splitlines()]
    assert rows[1]["editions"] != [2016]
    conv = run("ask", "--json", "--conversation", stdin=stdin)
    rows = [json.loads(line) for line in conv.stdout.decode().splitlines()]
    assert rows[1]["editions"] == [2016] and rows[1]["intent"] == "theme"


def test_ask_plain_prints_the_answer():
    result = run("ask", "when was the 4th WIC?")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("The 4th World Internet Conference was held December")


def test_ask_with_a_broken_knowledge_file_says_why(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("series: [\n")
    result = run("ask", "hi", env={"KNOWLEDGE_PATH": str(bad)})
    assert result.returncode == 2
    assert b"cannot load the knowledge file" in result.stderr
    assert b"bad.yaml:" in result.stderr


def test_chat_reads_until_end_of_input():
    result = run("chat", stdin="when was the 4th wic\n1\n")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "December 3–5, 2017" in out
    assert "(What was the theme of the 2017 WIC?)" in out
    assert "Developing Digital Economy" in out


def test_a_plain_ask_is_read_as_argparse_reads_it_and_anything_else_goes_to_argparse():
    """``wic-bot ask`` skips argparse (a faster start) only where the result is the same."""
    import itertools

    from bot.cli import _plain_ask, build_parser

    parser = build_parser()
    words = [
        "when was the 4th WIC?",
        "",
        "ask",
        "--json",
        "--conversation",
        "--today",
        "2017-12-03",
        "--today=2017-12-03",
        "--today=",
        "20171203",
        "2017-13-40",
        "-1",
        "-",
        "--",
        "--js",
        "-h",
        "--json=1",
    ]
    taken = 0
    for n in range(4):
        for rest in itertools.product(words, repeat=n):
            argv = ["ask", *rest]
            quick = _plain_ask(argv)
            if quick is None:
                continue
            taken += 1
            assert vars(quick) == vars(parser.parse_args(argv)), argv
    assert taken > 100
    for argv in (["check"], ["ask", "a", "b"], ["ask", "-h"], ["ask", "--today"], []):
        assert _plain_ask(argv) is None, argv
