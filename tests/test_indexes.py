"""The lexicon's look-up indexes find exactly what a plain scan finds, in the same order.

They exist for speed (a question is matched against a few candidates, not every phrase), so
each is checked against the naive loop it replaced, over generated phrases and questions.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.lexparts import near_shapes, pair_index, phrase_index, zh_list
from bot.engine.scanning import same_name, scan_phrases
from bot.engine.understand import read

WORDS = st.sampled_from(["a", "b", "c", "as", "bs", "cs", "d"])
PHRASES = st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=4).map(tuple), st.integers(0, 9)))
QUESTION = st.lists(WORDS, max_size=8)
Match = tuple[int, tuple[str, ...], int]


def naive_matches(words: list[str], pairs: list[tuple[tuple[str, ...], int]]) -> list[Match]:
    """Every (position, phrase, payload) that stands in ``words``, in phrase-index order."""
    index = phrase_index(pairs)
    return [
        (i, phrase, payload)
        for i, w in enumerate(words)
        for phrase, payload in index.get(w, ())
        if tuple(words[i : i + len(phrase)]) == phrase
    ]


def pair_matches(words: list[str], pairs: list[tuple[tuple[str, ...], int]]) -> list[Match]:
    """The same, looked up by the first two words as the understanding step does."""
    index = pair_index(pairs)
    out: list[Match] = []
    for i, w in enumerate(words):
        seconds = index.get(w)
        if seconds is None:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        for phrase, payload in seconds.get(after) or seconds.get("", ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                out.append((i, phrase, payload))
    return out


@settings(max_examples=300, deadline=None)
@given(PHRASES, QUESTION)
def test_pair_index_finds_what_a_full_scan_finds(pairs, words):
    assert pair_matches(words, pairs) == naive_matches(words, pairs)


def naive_scan(
    words: list[str], used: list[bool], pairs: list[tuple[tuple[str, ...], int]]
) -> list[tuple[int, int, int]]:
    """The name scan before the pair index: longest fitting name first at each position."""
    index = phrase_index(pairs)
    out: list[tuple[int, int, int]] = []
    for i in range(len(words)):
        for phrase, payload in index.get(words[i], ()):
            width = len(phrase)
            fits = i + width <= len(words) and not any(used[i : i + width])
            if fits and same_name(words[i : i + width], phrase):
                out.append((i, width, payload))
                break
    return out


@settings(max_examples=300, deadline=None)
@given(PHRASES, QUESTION, st.lists(st.booleans(), min_size=8, max_size=8))
def test_name_scan_with_plurals_matches_the_plain_scan(pairs, words, used):
    used = used[: len(words)]
    assert list(scan_phrases(words, used, pair_index(pairs, plural=True))) == naive_scan(
        words, used, pairs
    )


def test_a_plural_second_word_still_finds_a_two_word_name():
    index = pair_index([(("example", "summit"), 1)], plural=True)
    assert list(scan_phrases(["the", "example", "summits"], [False] * 3, index)) == [(1, 2, 1)]
    # …but without plurals it is not a name, as in intent phrases
    bare = pair_index([(("example", "summit"), 1)])
    assert list(scan_phrases(["example", "summits"], [False] * 2, bare)) == []


HAN = st.sampled_from(list("一二三四五六七八九十届大会主题论坛举办时间地点 "))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(HAN, min_size=1, max_size=3), max_size=30), st.text(HAN, max_size=8))
def test_zh_list_cuts_the_same_text_as_checking_every_string(strings, text):
    ordered = sorted(set(strings), key=lambda s: (-len(s), s))
    items = [(s, None) for s in ordered]
    plain = within = text
    for s, _ in items:
        if s in plain:
            plain = plain.replace(s, " ")
    for s, _ in zh_list(items).within(within):
        if s in within:
            within = within.replace(s, " ")
    assert within == plain
    # every string in the text is a candidate, and the candidates keep the list's order
    found = [s for s, _ in zh_list(items).within(text)]
    assert {s for s in ordered if s in text} <= set(found)
    positions = [ordered.index(s) for s in found]
    assert positions == sorted(positions)


def test_near_shapes_orders_targets_by_likely_length():
    shapes = {
        ("w", 3): ("who",),
        ("w", 4): ("when", "what"),
        ("w", 5): ("where",),
        ("w", 6): ("whence",),
    }
    near = near_shapes(shapes)
    assert near[("w", 4)] == ("when", "what", "who", "where", "whence")
    assert near[("w", 2)] == ("who", "when", "what")  # lengths 2, 1, 3, 0, 4
    assert ("x", 4) not in near


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("how many wics so far", "count"),  # the phrase ends in "it": any word may follow
        ("how many World Internet Conferences have there been", "count"),
        ("when did the World Internet Conference start", "since"),
        ("when was the wic founded", "since"),
        ("what does the WIC stand for", "about"),
        ("what is the world internet conference called in chinese", "name"),
    ],
)
def test_the_series_name_reads_as_it_in_phrases(engine, question, intent):
    """Phrases written with "it" ("when did it start") match the series' name in its place."""
    reading = read(question, engine.lex)
    assert intent in reading.signalled, reading.intents
