"""The matching index compiled once from a knowledge base: words, phrases, names and Q&A."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TypeVar

from .knowledge import Knowledge
from .model import FactsFile
from .text import is_han, key, normalise

V = TypeVar("V")
P = TypeVar("P")
# first word -> (phrase words, payload), longest phrase first
PhraseIndex = Mapping[str, tuple[tuple[tuple[str, ...], P], ...]]

_RELATIVE_KINDS = (
    "first",
    "latest",
    "next",
    "previous",
    "following",
    "this_year",
    "last_year",
    "next_year",
)


# Operation cues in the vocabulary (model.Operations fields that are Cue).
_CUES = (
    "verify",
    "most",
    "least",
    "more",
    "less",
    "earlier",
    "later",
    "between",
    "outside",
    "first",
    "annual",
    "usual",
)


def zh_bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the Han text in ``text`` (single characters for short text)."""
    out: set[str] = set()
    for segment in text.split():
        han = "".join(ch for ch in segment if is_han(ch))
        if len(han) == 1:
            out.add(han)
        out.update(han[i : i + 2] for i in range(len(han) - 1))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class FaqEntry:
    qa: int  # index into facts.faq
    words: frozenset[str]
    zh: bool
    refs: frozenset[str] = frozenset()  # words of the question that look like editions
    weight: float = 0.0  # sum of the words' idf (bigram count for Chinese): for Dice scores


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the understanding step looks up, built once per knowledge version."""

    stop: frozenset[str]
    filler: frozenset[str]
    known: frozenset[str]
    edition_names: PhraseIndex[int]  # other names of one edition -> its year
    edition_names_zh: tuple[tuple[str, int], ...]
    # (first letter, length) -> known words: typo targets, so a lookup scans only words that
    # could be one or two edits away
    fuzzy_targets: Mapping[tuple[str, int], tuple[str, ...]]
    intent_words: Mapping[str, tuple[str, ...]]
    intent_phrases: PhraseIndex[str]
    intent_zh: tuple[tuple[str, str], ...]
    intent_order: Mapping[str, int]
    phrasings: tuple[tuple[frozenset[str], str], ...]
    edition_specific: frozenset[str]
    event_nouns: frozenset[str]
    event_nouns_zh: tuple[str, ...]
    aliases: PhraseIndex[None]
    name_words: frozenset[str]  # every word of the series' names
    aliases_zh: tuple[str, ...]  # longest first
    short: str
    ordinals: Mapping[str, int]
    numbers: Mapping[str, int]
    zh_numerals: Mapping[str, int]
    zh_table: Mapping[int, str]  # str.translate table: traditional -> simplified
    months: Mapping[str, int]
    markers: frozenset[str]
    relative: PhraseIndex[str]  # latin phrase -> kind
    relative_zh: tuple[tuple[str, str], ...]
    zh_strip: tuple[str, ...]  # known Chinese strings, longest first
    zh_bigrams: frozenset[str]  # every character pair in the known Chinese text
    faq: tuple[FaqEntry, ...]
    faq_index: Mapping[str, tuple[int, ...]]  # word or bigram -> FaqEntry indexes
    faq_keywords: Mapping[str, tuple[int, ...]]  # keyword -> qa indexes
    faq_names: PhraseIndex[int]  # multi-word keywords (names of things) -> qa index
    faq_keywords_zh: tuple[tuple[str, int], ...]
    idf: Mapping[str, float]
    noise: frozenset[str]  # chat words that never change what is asked
    spellings: Mapping[str, str]  # chat spelling -> word
    # Operation cues (verify, most, between…): words, phrases (by first word) and Chinese.
    cue_words: Mapping[str, tuple[str, ...]]
    cue_phrases: PhraseIndex[str]
    cue_zh: tuple[tuple[str, str], ...]
    units: Mapping[str, str]  # "weeks" -> "weeks", "周" -> "weeks"
    weekdays: tuple[str, ...]  # lower-case English weekday names, Monday first
    # Themes, for reverse look-ups: word -> years whose theme has it; (year, Chinese theme)
    theme_index: Mapping[str, tuple[int, ...]]
    themes_zh: tuple[tuple[int, str], ...]


def _words(text: str) -> tuple[str, ...]:
    if text.isascii() and text.isalpha():  # most vocabulary: skip full normalisation
        return (text.lower(),)
    return normalise(text).words


def build_lexicon(kb: Knowledge) -> Lexicon:
    """Compile the knowledge base's vocabulary and names into lookup tables."""
    v, f = kb.vocabulary, kb.facts
    s = f.series
    stop = frozenset(w for text in v.stopwords for w in _words(text))
    filler = frozenset(w for text in v.filler for w in _words(text))

    intent_words: dict[str, list[str]] = defaultdict(list)
    phrases: list[tuple[tuple[str, ...], str]] = []
    zh: list[tuple[str, str]] = []
    phrasings: list[tuple[frozenset[str], str]] = []
    vocab_words: set[str] = set()
    for intent in v.intents:
        for w in intent.words:
            for tok in _words(w):
                if intent.id not in intent_words[tok]:
                    intent_words[tok].append(intent.id)
                vocab_words.add(tok)
        for p in intent.phrases:
            toks = _words(p)
            if toks:
                phrases.append((toks, intent.id))
                vocab_words.update(toks)
        for z in intent.zh:
            zh.append((key(z), intent.id))
        for q in intent.phrasings:
            toks = _words(q)
            vocab_words.update(toks)
            phrasings.append((frozenset(toks) - stop, intent.id))

    # Attributes of typed facts score like intents, under "attr:<id>".
    for attr in v.attributes:
        aid = f"attr:{attr.id}"
        for w in attr.words:
            for tok in _words(w):
                if aid not in intent_words[tok]:
                    intent_words[tok].append(aid)
                vocab_words.add(tok)
        for p in attr.phrases:
            toks = _words(p)
            if toks:
                phrases.append((toks, aid))
                vocab_words.update(toks)
        for z in attr.zh:
            zh.append((key(z), aid))
    cue_words: dict[str, list[str]] = defaultdict(list)
    cue_phrases: list[tuple[tuple[str, ...], str]] = []
    cue_zh: list[tuple[str, str]] = []
    for name in _CUES:
        cue = getattr(v.operations, name)
        for w in cue.words:
            toks = _words(w)
            if len(toks) > 1:  # "wasn't" reads as "wasn t": a phrase, not two cue words
                cue_phrases.append((toks, name))
            for tok in toks if len(toks) == 1 else ():
                cue_words[tok].append(name)
            vocab_words.update(toks)
        for p in cue.phrases:
            if toks := _words(p):
                cue_phrases.append((toks, name))
                vocab_words.update(toks)
        cue_zh += [(key(z), name) for z in cue.zh]
    units = {" ".join(_words(k)) or key(k): val for k, val in v.operations.units.items()}
    noise = frozenset(w for text in v.noise for w in _words(text))
    spellings = {" ".join(_words(k)): " ".join(_words(val)) for k, val in v.chat_spellings.items()}

    names = [s.name, s.short_name, *s.aliases]
    if s.name_zh:
        names.append(s.name_zh)
    alias_latin: set[tuple[str, ...]] = set()
    alias_zh: set[str] = set()
    for name in names:
        t = normalise(name)
        if t.han:
            alias_zh.add(t.compact)
        elif t.words:
            alias_latin.add(t.words)
    ed_names: list[tuple[tuple[str, ...], int]] = []
    ed_names_zh: list[tuple[str, int]] = []
    for ed in f.editions:
        for name in (*ed.aliases, ed.name_zh or ""):
            t = normalise(name)
            if t.han:
                ed_names_zh.append((t.compact, ed.year))
            elif t.words:
                ed_names.append((t.words, ed.year))
    event_latin = frozenset(w for n in v.event_nouns for w in _words(n))
    event_zh = tuple(sorted({key(n) for n in v.event_nouns if normalise(n).han}, key=_longest))

    relative: list[tuple[tuple[str, ...], str]] = []
    relative_zh: list[tuple[str, str]] = []
    for kind in _RELATIVE_KINDS:
        for phrase in getattr(v.relative, kind):
            t = normalise(phrase)
            if t.han:
                relative_zh.append((t.compact, kind))
            elif t.words:
                relative.append((t.words, kind))
    relative.sort(key=lambda item: (-len(item[0]), item))
    relative_zh.sort(key=lambda item: (-len(item[0]), item))

    # Words from the facts themselves: a question quoting a theme or a highlight is in scope.
    fact_texts: list[str] = [s.name, s.description, s.place, *(s.place_note or "",)]
    for ed in f.editions:
        fact_texts += [ed.name, ed.theme or "", ed.place or "", *ed.highlights, *ed.aliases]
        fact_texts += [fig.unit for att in ed.attendance for fig in att.figures]
        fact_texts += [att.source for att in ed.attendance]
        fact_texts += [d.text for d in ed.details] + [d.unit or "" for d in ed.details]
    for host in s.hosts:
        fact_texts.append(host.text)
    fact_texts += [d.text for d in s.details]
    fact_words = {w for text in fact_texts for w in _words(text)}

    faq: list[FaqEntry] = []
    index: dict[str, list[int]] = defaultdict(list)
    kw: dict[str, list[int]] = defaultdict(list)
    kw_zh: list[tuple[str, int]] = []
    zh_questions: list[tuple[int, str]] = []
    faq_names: list[tuple[tuple[str, ...], int]] = []
    alias_tokens = {w for a in alias_latin for w in a}
    relative_words = {w for p, _ in relative for w in p}
    for qi, qa in enumerate(f.faq):
        for q in qa.questions:
            all_words = _words(q)
            q_refs = frozenset(w for w in all_words if _edition_word(w, v.ordinals))
            q_words = frozenset(all_words) - q_refs - stop - alias_tokens
            fact_words.update(all_words)
            faq.append(FaqEntry(qi, q_words, zh=False, refs=q_refs))
        for q in qa.questions_zh:
            zh_questions.append((qi, key(q)))
        for k in qa.keywords:
            t = normalise(k)
            if t.han:
                kw_zh.append((t.compact, qi))
            elif len(t.words) > 1:
                faq_names.append((t.words, qi))
                fact_words.update(t.words)
            else:
                for w in t.words:
                    kw[w].append(qi)
                    fact_words.add(w)
    zh_strip = set(alias_zh) | {z for z, _ in zh} | {z for z, _ in relative_zh} | set(event_zh)
    zh_strip |= {z for z, _ in cue_zh} | {u for u in units if not u.isascii()}
    zh_strip |= {key(w) for w in v.operations.weekdays_zh}
    zh_strip |= {key(z) for z in v.zh_filler} | {k for k, _ in kw_zh}
    for qi, q in zh_questions:
        faq.append(FaqEntry(qi, zh_bigrams(_strip_zh(q, zh_strip)), zh=True))
    for ei, entry in enumerate(faq):
        for w in entry.words:
            index[w].append(ei)
    df: dict[str, int] = defaultdict(int)
    for entry in faq:
        for w in entry.words:
            df[w] += 1
    n = max(len(faq), 1)
    idf = {w: 1.0 + math.log(n / c) for w, c in df.items()}
    faq = [
        replace(e, weight=float(len(e.words)) if e.zh else sum(idf[w] for w in e.words))
        for e in faq
    ]

    numbers_words = set(v.ordinals) | set(v.numbers) | set(v.months)
    known = (
        stop
        | noise
        | {w.casefold() for w in v.operations.weekdays}
        | {w for u in units for w in u.split() if u.isascii()}
        | filler
        | vocab_words
        | alias_tokens
        | event_latin
        | fact_words
        | relative_words
        | {w for text in v.number_markers for w in _words(text)}
        | {w for text in numbers_words for w in _words(text)}
    )
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in sorted(known):
        if len(w) >= 3 and w.isalpha():
            by_shape[(w[0], len(w))].append(w)

    zh_texts = [s.name_zh or "", s.description_zh or "", s.place_zh or ""]
    for ed in f.editions:
        zh_texts += [ed.name_zh or "", ed.theme_zh or "", *ed.highlights_zh, ed.place_zh or ""]
        zh_texts += [d.text_zh or "" for d in ed.details]
    for qa in f.faq:
        zh_texts += [*qa.questions_zh]
    known_pairs: set[str] = set()
    for text in [*zh_texts, *zh_strip]:
        known_pairs |= zh_bigrams(text)

    order: dict[str, int] = {intent.id: i for i, intent in enumerate(v.intents)}
    return Lexicon(
        stop=stop,
        filler=filler,
        known=frozenset(known),
        edition_names=_index(ed_names),
        edition_names_zh=tuple(sorted(ed_names_zh, key=lambda item: (-len(item[0]), item))),
        fuzzy_targets=MappingProxyType({k: tuple(v) for k, v in by_shape.items()}),
        intent_words=_freeze({k: tuple(vals) for k, vals in intent_words.items()}),
        intent_phrases=_index(phrases),
        intent_zh=tuple(sorted(zh, key=lambda item: (-len(item[0]), item))),
        intent_order=_freeze(order),
        phrasings=tuple(phrasings),
        edition_specific=frozenset(i.id for i in v.intents if i.edition_specific),
        event_nouns=event_latin,
        event_nouns_zh=event_zh,
        aliases=_index([(a, None) for a in alias_latin]),
        name_words=frozenset(alias_tokens),
        aliases_zh=tuple(sorted(alias_zh, key=_longest)),
        short=" ".join(_words(s.short_name)),
        ordinals=_freeze({" ".join(_words(k)): val for k, val in v.ordinals.items()}),
        numbers=_freeze({" ".join(_words(k)): val for k, val in v.numbers.items()}),
        zh_numerals=v.zh_numerals,
        zh_table=MappingProxyType(
            {ord(k): val for k, val in v.zh_variants.items() if len(k) == 1 and len(val) == 1}
        ),
        months=_freeze({" ".join(_words(k)): val for k, val in v.months.items()}),
        markers=frozenset(w for text in v.number_markers for w in _words(text)),
        relative=_index(relative),
        relative_zh=tuple(relative_zh),
        zh_strip=tuple(sorted(zh_strip, key=_longest)),
        zh_bigrams=frozenset(known_pairs),
        faq=tuple(faq),
        faq_index=_freeze({k: tuple(vals) for k, vals in index.items()}),
        faq_keywords=_freeze({k: tuple(vals) for k, vals in kw.items()}),
        faq_names=_index(faq_names),
        faq_keywords_zh=tuple(kw_zh),
        idf=_freeze(idf),
        noise=noise,
        spellings=_freeze(spellings),
        cue_words=_freeze({k: tuple(vals) for k, vals in cue_words.items()}),
        cue_phrases=_index(cue_phrases),
        cue_zh=tuple(sorted(cue_zh, key=lambda item: (-len(item[0]), item))),
        units=_freeze(units),
        weekdays=tuple(w.casefold() for w in v.operations.weekdays),
        theme_index=_theme_index(f, stop),
        themes_zh=tuple((e.year, e.theme_zh) for e in f.editions if e.theme_zh),
    )


def _theme_index(facts: FactsFile, stop: frozenset[str]) -> Mapping[str, tuple[int, ...]]:
    index: dict[str, list[int]] = defaultdict(list)
    for e in sorted(facts.editions, key=lambda e: e.year):
        for w in sorted(set(normalise(e.theme or "").words) - stop):
            index[w].append(e.year)
    return _freeze({w: tuple(ys) for w, ys in index.items()})


def _index(pairs: Iterable[tuple[tuple[str, ...], P]]) -> PhraseIndex[P]:
    """Phrases by first word, longest first (then alphabetical: never set order)."""
    groups: dict[str, list[tuple[tuple[str, ...], P]]] = defaultdict(list)
    for phrase, payload in pairs:
        if phrase:
            groups[phrase[0]].append((phrase, payload))
    return MappingProxyType(
        {k: tuple(sorted(v, key=lambda item: (-len(item[0]), item[0]))) for k, v in groups.items()}
    )


def _edition_word(word: str, ordinals: Mapping[str, int]) -> bool:
    """Words that name an edition (4th, first, 2017): matched as references, not as Q&A text."""
    if word.isdigit() or word in ordinals:
        return True
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def _longest(s: str) -> tuple[int, str]:
    """Sort key: longest first, then alphabetical, so results never depend on set order."""
    return (-len(s), s)


def _strip_zh(text: str, strings: Iterable[str]) -> str:
    for s in sorted(strings, key=_longest):
        text = text.replace(s, " ")
    return text


def _freeze(d: dict[str, V]) -> Mapping[str, V]:
    return MappingProxyType(d)
