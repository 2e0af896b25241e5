"""Each language × medium on a sample of every result kind (issue 18): Chinese answers carry no
English chrome, traditional in gives traditional out, and the embed's own words follow the
answer's language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.discordbot import render
from bot.engine import Answer, Engine
from bot.knowledge_files import load_file

TODAY = dt.date(2026, 11, 28)

# One question per result kind: look-up, several editions, comparison, superlative, verdict,
# aggregate, list, series fact, provenance, decline
KINDS = [
    ("第四届世界互联网大会是什么时候？", "第四屆世界互聯網大會是什麼時候？"),
    ("2017年和2024年各有多少个分论坛？", "2017年和2024年各有多少個分論壇？"),
    ("2015年和2016年哪届参会人数多？", "2015年和2016年哪屆參會人數多？"),
    ("哪一届参会人数最多？", "哪一屆參會人數最多？"),
    ("2015年习近平出席了吗？", "2015年習近平出席了嗎？"),
    ("历届一共有多少个分论坛？", "歷屆一共有多少個分論壇？"),
    ("列出所有届次", "列出所有屆次"),
    ("世界互联网大会在哪里举办？", "世界互聯網大會在哪裡舉辦？"),
    ("2016年参会人数的来源是什么？", "2016年參會人數的來源是什麼？"),
    ("今天天气怎么样？", "今天天氣怎麼樣？"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_file(Path("knowledge/wic.yaml")))


def ask(engine: Engine, question: str) -> Answer:
    return engine.ask(question, today=TODAY).answer


def chrome_of(answer: Answer, engine: Engine) -> list[str]:
    """The embed's own words: field names and footers (not the answer's text or sources)."""
    out = []
    for page in render.answer_pages(answer, engine):
        out += [f.name or "" for f in page.fields]
        out.append(page.footer.text or "")
    return out


@pytest.mark.parametrize(("simplified", "traditional"), KINDS)
def test_chinese_answers_have_chinese_chrome_and_keep_the_script(
    engine: Engine, simplified: str, traditional: str
) -> None:
    hans, hant = ask(engine, simplified), ask(engine, traditional)
    assert hans.lang == "zh" and hant.lang == "zh-Hant", (hans.text, hant.text)
    for answer in (hans, hant):
        for words in chrome_of(answer, engine):
            assert not re.search(r"[A-Za-z]{2,}", words), words  # no English in the chrome
        assert "。 " not in answer.text  # no Latin spacing between Chinese sentences
    # traditional in, traditional out: no character that only simplified script writes
    simplified_only = set(engine.kb.vocabulary.zh_out_simplified)
    written = hant.text + "".join(hant.suggestions) + hant.title
    assert not simplified_only & set(written), sorted(simplified_only & set(written))
    assert hans.answered == hant.answered and hans.editions == hant.editions


def test_english_chrome_and_linked_sources(engine: Engine) -> None:
    answer = ask(engine, "when was the 4th wic?")
    pages = render.answer_pages(answer, engine)
    fields = {f.name: f.value or "" for f in pages[0].fields}
    assert "In your time zone" in fields
    # the source of the dates stated, linked by its name: [China Daily, …](url)
    assert re.fullmatch(r"\[China Daily, 2017-12-06\]\(https://[^)]+\)", fields["Sources"])
    zh = ask(engine, "第四届世界互联网大会是什么时候？")
    names = [f.name for f in render.answer_pages(zh, engine)[0].fields]
    assert names == ["你所在时区的日期", "来源"]


def test_a_figure_asked_of_two_editions_states_the_difference(engine: Engine) -> None:
    text = ask(engine, "how many sub-forums in 2017 and 2024?").text
    assert "4th World Internet Conference (2017): It held 20 sub-forums" in text
    assert "That is 4 more." in text
    zh = ask(engine, "2017年和2024年各有多少个分论坛？").text
    assert "多4。" in zh and "第四届世界互联网大会（2017年）：" in zh


def test_attendance_states_the_fact_first_and_the_source_after(engine: Engine) -> None:
    text = ask(engine, "how many people attended the 2015 wic?").text
    assert text.startswith("The 2nd World Internet Conference drew more than 2,000")
    assert text.endswith("(China Daily, 2015-12-18).")
    zh = ask(engine, "2016年有多少人参加？").text
    assert "Xinhua" not in zh  # the source is linked below the answer, not inside the sentence


def test_lists_are_one_compact_line_per_edition(engine: Engine) -> None:
    listing = ask(engine, "list all editions").text.splitlines()
    assert "4th · 2017 · Dec 3–5: 4th World Internet Conference" in listing
    assert not any("December" in line for line in listing)  # each date once, not twice
    zh = ask(engine, "列出历届世界互联网大会").text
    assert "第四届世界互联网大会：2017年12月3日至5日" in zh and "Dec" not in zh
    themes = ask(engine, "themes of all editions").text
    assert themes.startswith("2014: “An Interconnected World")
    assert len(themes) < 1700  # 13 short lines, not 13 full sentences (2,100+)
    assert ask(engine, "各届大会的主题").answered  # 各届: every edition, not off-topic


def test_rankings_comparisons_and_verdicts_are_values(engine: Engine) -> None:
    """The result an answer rests on, unworded (issue 18): the same in English and Chinese."""
    from bot.engine import Compared, Ranked, Verdict

    for question in ("which edition had the most participants", "哪一届参会人数最多？"):
        ranked = ask(engine, question).result
        assert isinstance(ranked, Ranked) and ranked.most and ranked.place == 1
        assert [f.year for f in ranked.editions] == [2022]
        assert ranked.editions[0].value == 2100 and ranked.editions[0].bound == "lower"
        assert 2026 in ranked.without
    tie = ask(engine, "which edition had the most sub-forums?").result
    assert isinstance(tie, Ranked) and [f.year for f in tie.editions] == [2024, 2025]
    for question in ("how many sub-forums in 2017 and 2024?", "2017年和2024年各有多少个分论坛？"):
        pair = ask(engine, question).result
        assert isinstance(pair, Compared) and pair.difference == -4 and pair.settled
        assert (pair.first.year, pair.second.year) == (2017, 2024)
    cases = [
        ("did xi jinping speak at the 2015 wic", "yes"),
        ("was the 2017 wic held in march?", "no"),
        ("2023年参会人数超过1900吗？", "no"),
        ("did more than 1,850 people attend in 2023?", "unknown"),
    ]
    for question, verdict in cases:
        result = ask(engine, question).result
        assert isinstance(result, Verdict) and result.verdict == verdict, (question, result)


def test_a_batch_heads_each_answer_in_its_language(engine: Engine) -> None:
    """Several askers answered in one message: "name asked: …" in each answer's language."""
    import discord

    replies = [
        (
            "ann",
            "when was the 4th wic?",
            "https://discord.com/channels/1/2/3",
            discord.Embed(),
            "en",
        ),
        (
            "李",
            "第四屆是什麼時候？",
            "https://discord.com/channels/1/2/4",
            discord.Embed(),
            "zh-Hant",
        ),
    ]
    heads = [e.author.name for e in render.batch_embeds(replies)]
    assert heads == ["ann asked: when was the 4th wic?", "李問：第四屆是什麼時候？"]
