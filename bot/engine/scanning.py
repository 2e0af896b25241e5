"""The small steps the understanding step scans a question with: names and phrases found
among its words, operation cues, numbers written as words, and what names an edition."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from .lexicon import Lexicon
from .lexparts import PairIndex
from .patterns import lazy

T = TypeVar("T")

ORDINAL = lazy(r"(\d{1,3})(?:st|nd|rd|th)")
# Nouns of the things a figure counts ("2000 participants"): after a number, a count, never a
# year; and what ends a Chinese bound after one (2000以上, 2000或以上)
COUNTED_NOUNS = (
    r"(?:people|participants|guests|attendees|visitors|delegates|exhibitors|companies|countries"
    r"|sub-?forums|forums|achievements)"
)
ZH_BOUND_AFTER = r"或?以[上下]|或更[多少]"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ROMAN.update({"x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xx": 20})
# Words after an ordinal that make it an edition ("the first one")
HEADS = frozenset({"one", "edition", "editions", "time", "year", "years", "s"})


# Words before a four-digit figure that make it a count, not a year ("over 2000 guests")
FIGURE_LEADS = frozenset(
    {"than", "over", "around", "nearly", "approximately", "roughly", "least", "about", "almost"}
    # "first topped 2000", "exceed 2000": a figure passed, not the year 2000
    | {"top", "topped", "exceed", "exceeded", "surpass", "surpassed", "pass", "passed", "hit"}
    | {"reach", "reached", "crack", "cracked"}
)


def zh_number(text: str, numerals: Mapping[str, int]) -> int | None:
    """A number in digits or Chinese numerals of any size: 83, 八十三, 一千六百, 两千, 十五;
    None for what is no number ("一二")."""
    if text.isdigit():
        return int(text)
    total = section = digit = 0
    pending = False  # a digit waiting for its unit: two in a row are no number
    for ch in text:
        value = numerals.get(ch)
        if value is None or (pending and 0 < value < 10):
            return None
        if value >= 10000:  # 万: everything before it counts in ten-thousands
            total, section, digit = (total + section + digit) * value, 0, 0
        elif value >= 10:  # 十, 百, 千: the digit before it (一 when none: 十五)
            section, digit = section + (digit or 1) * value, 0
        else:
            digit = value
        pending = 0 < value < 10
    return total + section + digit


# A Chinese figure before its counter or 多 ("两千多人", "八十三个", "十五项"), not an ordinal
# (第三届) and not a lone character ("每一届", "一起"), which is a word rather than a figure.
_ZH_FIGURE = lazy(
    r"(?<!第)([零〇一二两三四五六七八九十百千万]{2,}|[十百千万])(?=[多余人名位个家项场天])"
    r"|(?<![第每前后近哪这那同当首])([一二两三四五六七八九])(?=天)"  # "开了四天": days
)


def zh_figures(question: str, numerals: Mapping[str, int]) -> str:
    """``question`` with Chinese figures written in digits ("两千多人" -> "2000多人"), so a
    claimed figure is read the same in either script."""
    if question.isascii():
        return question

    def digits(m: re.Match[str]) -> str:
        text = m[1] or m[2]
        value = zh_number(text, numerals)
        return text if value is None else str(value)

    return _ZH_FIGURE.sub(digits, question)


def second(pair: tuple[str, int]) -> int:
    return pair[1]


def without_asking_both(zh: str) -> str:
    """Chinese text without 有没有 / 有冇, which ask both ways: their 没 / 冇 negate nothing."""
    return zh.replace("有没有", "").replace("有冇", "")


def cues(words: Sequence[str], zh: str, lex: Lexicon) -> tuple[str, ...]:
    """Operation cues in the question, in the order they appear (each once)."""
    phrases, cue_words = lex.cue_phrases, lex.cue_words
    # most questions hold no cue at all
    none = phrases.keys().isdisjoint(words) and cue_words.keys().isdisjoint(words)
    if none and not zh:
        return ()
    found: dict[str, None] = {}
    n = len(words)
    # phrases by the lengths to try at each word (see lexparts.sized_index), longest first
    sizes, named = lex.cue_phrase_sizes, lex.cue_phrase_names
    plain_to = -1  # words of a neutral phrase ("on record") give no cue of their own
    for i, w in enumerate(words) if not none else ():
        if (seconds := sizes.get(w)) is not None:
            after = words[i + 1] if i + 1 < n else ""
            for size in seconds.get(after) or seconds.get("", ()):
                phrase = tuple(words[i : i + size])
                if len(phrase) == size and (names := named.get(phrase)) is not None:
                    for name in names:
                        if name == "neutral":
                            plain_to = max(plain_to, i + size - 1)
                        else:
                            found.setdefault(name)
        for name in cue_words.get(w, ()) if i > plain_to else ():
            found.setdefault(name)
    if zh and ("是不是" in zh or "有没有" in zh):  # asks both ways: a yes/no, never a negation
        found.setdefault("verify")
        zh = zh.replace("有没有", " ").replace("是不是", " ")
    for zh_phrase, name in lex.cue_zh.within(zh) if zh else ():
        if zh_phrase in zh:
            found.setdefault(name)
    for end, name, unless in lex.cue_zh_end if zh else ():
        if zh.endswith(end) and not zh.endswith(unless):
            found.setdefault(name)  # "2023年和2025年哪年国家多": more, where it ends
    if zh and "more" in found and "比" in zh and (way := _compared_way(zh, lex)) is not None:
        # 是不是比2016年少, 比2016年少，对吗: the word after 比 says the way, which 比 alone
        # (read as "more") does not
        found.pop("less" if way == "more" else "more", None)
        found = {way: None, **found}
    return tuple(found)


def _compared_way(zh: str, lex: Lexicon) -> str | None:
    """The way a 比 comparison states, from the first more or less word after 比 in its
    clause (比2016年少 → "less"), or None."""
    clause = re.split(r"[，,。？?！!；;]", zh[zh.index("比") + 1 :], maxsplit=1)[0]
    for i in range(len(clause)):
        for end, name, unless in lex.cue_zh_end:
            if clause.startswith(end, i) and not any(clause.startswith(u, i) for u in unless):
                if not clause[:i].strip() or not any(c.isdigit() for c in clause[:i]):
                    continue  # the thing compared comes first (比2016年少): a year or a number
                return name
    return None


def scan_phrases(
    words: Sequence[str], used: list[bool], index: PairIndex[T]
) -> Iterable[tuple[int, int, T]]:
    """Where phrases of ``index`` start in ``words`` (skipping used words), longest first:
    found one at a time, so words the caller takes in between are skipped."""
    if index.keys().isdisjoint(words):
        return ()  # most questions hold no word that starts one of these names
    return _scan(words, used, index)


def _scan(
    words: Sequence[str], used: list[bool], index: PairIndex[T]
) -> Iterator[tuple[int, int, T]]:
    n = len(words)
    for i in range(n):
        if (seconds := index.get(words[i])) is None:
            continue
        after = words[i + 1] if i + 1 < n else ""
        for phrase, payload in seconds.get(after) or seconds.get("", ()):
            width = len(phrase)
            if i + width > n or True in used[i : i + width]:
                continue  # does not fit, or holds a word already taken
            span = words[i : i + width]
            if span == phrase or same_name(span, phrase):
                yield i, width, payload
                break


def same_name(words: Sequence[str], name: tuple[str, ...]) -> bool:
    """Whether ``words`` spell ``name``, allowing a plural ("EXSs", "Example Summits")."""
    if tuple(words) == name:
        return True
    return (
        len(words) == len(name) and tuple(words[:-1]) == name[:-1] and words[-1] == name[-1] + "s"
    )


def names_edition(after: str, in_name: bool, lex: Lexicon) -> bool:
    """Whether an ordinal word followed by ``after`` names an edition ("first one").

    ``in_name``: ``after`` starts one of the series' names ("the first Example Summit")."""
    if (after.endswith("ed") and after in lex.stop) or after in ("to", "ever", "held"):
        return False  # "the first held online", "the first to give…": a first, not an edition
    return (
        in_name
        or after == lex.short
        or after in lex.event_nouns
        or after in HEADS
        or after in lex.stop
        or after in lex.filler
        or after in lex.noise
        or after.isdigit()
    )


def modifier(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` before an event noun names some event (a content word, not "the").

    Words of the series' own names do not ("the 2019 Internet conference")."""
    if word in lex.stop or word in lex.intent_words or word.isdigit() or word in lex.name_words:
        return False
    if word in lex.filler or word in lex.noise:  # "the official summits", "de expo" (的): no event
        return False
    if word in lex.numbers:  # "the first three summits": how many, not which event
        return False
    if word in lex.cue_words:  # "more forums", "the biggest summit": how, not which event
        return False
    if word in lex.relative:  # "the latest summit that lasted 4 days": which of ours
        return False
    return not ORDINAL.fullmatch(word) and word not in lex.ordinals


def said_count(word: str, lex: Lexicon) -> int | None:
    """A count as written: "3", "two", "a" (one); None for anything else."""
    said = word.casefold()
    if said.isdigit():
        return int(said)
    return 1 if said in ("a", "an") else lex.numbers.get(said)


def number_word(word: str, lex: Lexicon, *, roman: bool) -> int | None:
    if word.isdigit() and len(word) <= 3:
        return int(word)
    if word in lex.numbers:
        return lex.numbers[word]
    if roman and word in _ROMAN:
        return _ROMAN[word]
    return None


def ordinal_value(word: str, lex: Lexicon) -> int | None:
    """The number an ordinal word or figure names ("third", "3rd"), else None."""
    if word in lex.ordinals:
        return lex.ordinals[word]
    m = ORDINAL.fullmatch(word) if word[:1].isdigit() else None
    return int(m[1]) if m else None
