"""The matching index compiled once from a knowledge base: words, phrases, names and Q&A."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TypeVar

from .knowledge import Knowledge
from .model import FactsFile, VocabularyFile
from .text import ascii_words, is_han, key, normalise

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
    weekday_of: Mapping[str, int]  # "sunday", "sun", "sund" -> 6
    skeletons: Mapping[str, tuple[str, ...]]  # "smmt" -> ("summit",): words typed without vowels
    # Words known only from the facts (names, places, quoted terms), never from the vocabulary
    fact_only: frozenset[str]
    facts_zh: str  # every Chinese fact sentence, for quotes ("黄坤明") in reverse look-ups
    fact_names: frozenset[str]  # words the facts write with a capital: names, places, titles
    # Themes, for reverse look-ups: word -> years whose theme has it; (year, Chinese theme)
    theme_index: Mapping[str, tuple[int, ...]]
    themes_zh: tuple[tuple[int, str], ...]


def _words(text: str) -> tuple[str, ...]:
    if text.isascii() and text.isalpha():  # most vocabulary: skip full normalisation
        return (text.lower(),)
    if text.isascii() and "<" not in text and "@" not in text and ":" not in text:
        return ascii_words(text)  # plain ASCII text: the same words, without the Unicode pass
    return normalise(text).words


class _Signals:
    """Words, phrases and Chinese strings that signal names (intents, attributes or cues)."""

    def __init__(self) -> None:
        self.words: dict[str, list[str]] = defaultdict(list)
        self.phrases: list[tuple[tuple[str, ...], str]] = []
        self.zh: list[tuple[str, str]] = []
        self.vocab: set[str] = set()

    def add(
        self, name: str, words: Iterable[str], phrases: Iterable[str], zh: Iterable[str]
    ) -> None:
        for w in words:
            toks = _words(w)
            if len(toks) > 1:  # "wasn't" reads as "wasn t": a phrase, not two words
                self.phrases.append((toks, name))
            elif toks and name not in self.words[toks[0]]:
                self.words[toks[0]].append(name)
            self.vocab.update(toks)
        for p in phrases:
            if toks := _words(p):
                self.phrases.append((toks, name))
                self.vocab.update(toks)
        self.zh += [(key(z), name) for z in zh]

    def zh_longest_first(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.zh, key=lambda item: (-len(item[0]), item)))


def build_lexicon(kb: Knowledge) -> Lexicon:
    """Compile the knowledge base's vocabulary and names into lookup tables."""
    v, f = kb.vocabulary, kb.facts
    stop = frozenset(w for text in v.stopwords for w in _words(text))
    filler = frozenset(w for text in v.filler for w in _words(text))
    intents, cues = _Signals(), _Signals()
    for intent in v.intents:
        intents.add(intent.id, intent.words, intent.phrases, intent.zh)
    # Attributes of typed facts score like intents, under "attr:<id>".
    for attr in v.attributes:
        intents.add(f"attr:{attr.id}", attr.words, attr.phrases, attr.zh)
    for name in _CUES:
        cue = getattr(v.operations, name)
        cues.add(name, cue.words, cue.phrases, cue.zh)
    phrasings = [
        (frozenset(_words(q)) - stop, intent.id) for intent in v.intents for q in intent.phrasings
    ]
    vocab = (
        intents.vocab | cues.vocab | {w for i in v.intents for q in i.phrasings for w in _words(q)}
    )
    units = {" ".join(_words(k)) or key(k): val for k, val in v.operations.units.items()}
    names = _Names(kb)
    relative, relative_zh = _relative(v)
    facts_only = _fact_words(f)  # before the Q&A questions join them below
    fact_words = set(facts_only)
    faq = _Faq(kb, stop, names.alias_tokens, fact_words)
    zh_strip = (
        names.alias_zh
        | {z for z, _ in intents.zh + cues.zh + relative_zh}
        | set(names.event_zh)
        | {u for u in units if not u.isascii()}
        | {key(w) for w in (*v.operations.weekdays_zh, *v.zh_filler)}
        | {k for k, _ in faq.keywords_zh}
    )
    faq.index_chinese(zh_strip)
    numbers_words = set(v.ordinals) | set(v.numbers) | set(v.months) | set(v.number_markers)
    noise = frozenset(w for text in v.noise for w in _words(text))
    known = frozenset(
        stop
        | noise
        | filler
        | vocab
        | names.alias_tokens
        | names.event_latin
        | fact_words
        | {w for p, _ in relative for w in p}
        | set(_weekday_prefixes(v))
        | {w for u in units for w in u.split() if u.isascii()}
        | {w for text in numbers_words for w in _words(text)}
    )
    return Lexicon(
        stop=stop,
        filler=filler,
        known=known,
        edition_names=_index(names.editions),
        edition_names_zh=tuple(sorted(names.editions_zh, key=lambda i: (-len(i[0]), i))),
        # Weekday prefixes ("wedn") are read as weekdays, never offered as typo targets.
        fuzzy_targets=_by_shape(known - (set(_weekday_prefixes(v)) - set(lex_weekdays(v)))),
        skeletons=_skeletons(known),
        fact_names=_fact_names(f),
        facts_zh="\n".join(
            t
            for e in f.editions
            for t in (*(d.text_zh or "" for d in e.details), *e.highlights_zh)
            if t
        ),
        fact_only=frozenset(
            facts_only
            - stop
            - filler
            - noise
            - vocab
            - names.alias_tokens
            - names.event_latin
            - {w for p, _ in relative for w in p}
            - {w for text in numbers_words for w in _words(text)}
        ),
        intent_words=_freeze({k: tuple(vals) for k, vals in intents.words.items()}),
        intent_phrases=_index(intents.phrases),
        intent_zh=intents.zh_longest_first(),
        intent_order=_freeze({intent.id: i for i, intent in enumerate(v.intents)}),
        phrasings=tuple(phrasings),
        edition_specific=frozenset(i.id for i in v.intents if i.edition_specific),
        event_nouns=names.event_latin,
        event_nouns_zh=names.event_zh,
        aliases=_index([(a, None) for a in names.alias_latin]),
        name_words=frozenset(names.alias_tokens),
        aliases_zh=tuple(sorted(names.alias_zh, key=_longest)),
        short=" ".join(_words(f.series.short_name)),
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
        zh_bigrams=_known_pairs(f, zh_strip),
        faq=tuple(faq.entries),
        faq_index=_freeze({k: tuple(vals) for k, vals in faq.index.items()}),
        faq_keywords=_freeze({k: tuple(vals) for k, vals in faq.keywords.items()}),
        faq_names=_index(faq.names),
        faq_keywords_zh=tuple(faq.keywords_zh),
        idf=_freeze(faq.idf),
        noise=noise,
        spellings=_freeze(
            {" ".join(_words(k)): " ".join(_words(val)) for k, val in v.chat_spellings.items()}
        ),
        cue_words=_freeze({k: tuple(vals) for k, vals in cues.words.items()}),
        cue_phrases=_index(cues.phrases),
        cue_zh=cues.zh_longest_first(),
        units=_freeze(units),
        weekdays=tuple(w.casefold() for w in v.operations.weekdays),
        weekday_of=_freeze(_weekday_prefixes(v)),
        theme_index=_theme_index(f, stop),
        # Compact, like a question's Chinese text: a theme matches with or without spaces
        themes_zh=tuple(
            (e.year, normalise(e.theme_zh).compact.translate(_zh_table(v)))
            for e in f.editions
            if e.theme_zh
        ),
    )


class _Names:
    """The series' names and aliases, the editions' own names, and the event nouns."""

    def __init__(self, kb: Knowledge) -> None:
        s, v = kb.facts.series, kb.vocabulary
        self.alias_latin: set[tuple[str, ...]] = set()
        self.alias_zh: set[str] = set()
        for name in (s.name, s.short_name, *s.aliases, s.name_zh or ""):
            t = normalise(name)
            if t.han:
                self.alias_zh.add(t.compact)
            elif t.words:
                self.alias_latin.add(t.words)
        self.alias_tokens = {w for a in self.alias_latin for w in a}
        self.editions: list[tuple[tuple[str, ...], int]] = []
        self.editions_zh: list[tuple[str, int]] = []
        for ed in kb.facts.editions:
            for name in (*ed.aliases, ed.name_zh or ""):
                t = normalise(name)
                if t.han:
                    self.editions_zh.append((t.compact, ed.year))
                elif t.words:
                    self.editions.append((t.words, ed.year))
        self.event_latin = frozenset(w for n in v.event_nouns for w in _words(n))
        zh_nouns = {key(n) for n in v.event_nouns if normalise(n).han}
        self.event_zh = tuple(sorted(zh_nouns, key=_longest))


def _relative(
    v: VocabularyFile,
) -> tuple[list[tuple[tuple[str, ...], str]], list[tuple[str, str]]]:
    """Position words and phrases by kind (latest, next…), longest first."""
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
    return relative, relative_zh


def _fact_words(f: FactsFile) -> set[str]:
    """Words from the facts themselves: a question quoting a theme or a highlight is in scope."""
    s = f.series
    texts: list[str] = [s.name, s.description, s.place, s.place_note or ""]
    for ed in f.editions:
        texts += [ed.name, ed.theme or "", ed.place or "", *ed.highlights, *ed.aliases]
        texts += [fig.unit for att in ed.attendance for fig in att.figures]
        texts += [att.source for att in ed.attendance]
        texts += [d.text for d in ed.details] + [d.unit or "" for d in ed.details]
    texts += [host.text for host in s.hosts] + [d.text for d in s.details]
    return {w for text in texts for w in _words(text)}


class _Faq:
    """The free Q&A items as a small search index (idf-weighted words, Chinese bigrams)."""

    def __init__(
        self, kb: Knowledge, stop: frozenset[str], alias_tokens: set[str], fact_words: set[str]
    ) -> None:
        self.entries: list[FaqEntry] = []
        self.keywords: dict[str, list[int]] = defaultdict(list)
        self.keywords_zh: list[tuple[str, int]] = []
        self.names: list[tuple[tuple[str, ...], int]] = []
        self.questions_zh: list[tuple[int, str]] = []
        ordinals = kb.vocabulary.ordinals
        for qi, qa in enumerate(kb.facts.faq):
            for q in qa.questions:
                all_words = _words(q)
                q_refs = frozenset(w for w in all_words if _edition_word(w, ordinals))
                q_words = frozenset(all_words) - q_refs - stop - alias_tokens
                fact_words.update(all_words)
                self.entries.append(FaqEntry(qi, q_words, zh=False, refs=q_refs))
            self.questions_zh += [(qi, key(q)) for q in qa.questions_zh]
            for k in qa.keywords:
                t = normalise(k)
                if t.han:
                    self.keywords_zh.append((t.compact, qi))
                elif len(t.words) > 1:
                    self.names.append((t.words, qi))
                    fact_words.update(t.words)
                else:
                    for w in t.words:
                        self.keywords[w].append(qi)
                        fact_words.add(w)
        self.index: dict[str, list[int]] = defaultdict(list)
        self.idf: dict[str, float] = {}

    def index_chinese(self, zh_strip: set[str]) -> None:
        """Add the Chinese questions (minus known words), then weigh every entry."""
        for qi, q in self.questions_zh:
            self.entries.append(FaqEntry(qi, zh_bigrams(_strip_zh(q, zh_strip)), zh=True))
        df: dict[str, int] = defaultdict(int)
        for ei, entry in enumerate(self.entries):
            for w in entry.words:
                self.index[w].append(ei)
                df[w] += 1
        n = max(len(self.entries), 1)
        self.idf = {w: 1.0 + math.log(n / c) for w, c in df.items()}
        idf = self.idf
        self.entries = [
            replace(e, weight=float(len(e.words)) if e.zh else sum(idf[w] for w in e.words))
            for e in self.entries
        ]


def _by_shape(known: frozenset[str]) -> Mapping[tuple[str, int], tuple[str, ...]]:
    """Typo targets by (first letter, length): a look-up scans only words a typo could be."""
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in sorted(known):
        if len(w) >= 3 and w.isalpha():
            by_shape[(w[0], len(w))].append(w)
    return MappingProxyType({k: tuple(ws) for k, ws in by_shape.items()})


def lex_weekdays(v: VocabularyFile) -> tuple[str, ...]:
    """The weekday names, lower case."""
    return tuple(w.casefold() for w in v.operations.weekdays)


def _zh_table(v: VocabularyFile) -> dict[int, str]:
    return {ord(k): val for k, val in v.zh_variants.items() if len(k) == 1 and len(val) == 1}


def _weekday_prefixes(v: VocabularyFile) -> dict[str, int]:
    """Weekday names and their prefixes of three letters or more (not month names: "mar")."""
    months = {" ".join(_words(k)) for k in v.months}
    out: dict[str, int] = {}
    for i, name in enumerate(w.casefold() for w in v.operations.weekdays):
        for n in range(3, len(name) + 1):
            if name[:n] not in months:
                out.setdefault(name[:n], i)
    return out


def _fact_names(f: FactsFile) -> frozenset[str]:
    """Words written Capitalised inside the facts' sentences (not first): names, places."""
    texts = [d.text for e in f.editions for d in e.details] + [d.text for d in f.series.details]
    texts += [h for e in f.editions for h in e.highlights] + [e.theme or "" for e in f.editions]
    out: set[str] = set()
    for text in texts:
        for m in re.finditer(r"(?<=\w[ ,;(])([A-Z][a-z]+)", text):
            out.add(m[1].casefold())
    return frozenset(out)


def _skeletons(known: frozenset[str]) -> Mapping[str, tuple[str, ...]]:
    """Known words by their consonants, for typos that leave the vowels out."""
    out: dict[str, list[str]] = defaultdict(list)
    for w in sorted(known):
        if len(w) >= 4 and w.isalpha():
            bare = w[:1] + "".join(ch for ch in w[1:] if ch not in "aeiou")
            if bare != w and len(bare) >= 3:
                out[bare].append(w)
    return MappingProxyType({k: tuple(ws) for k, ws in out.items()})


def _known_pairs(f: FactsFile, zh_strip: set[str]) -> frozenset[str]:
    """Every character pair of the known Chinese text: the rest of a question is unknown."""
    s = f.series
    texts = [s.name_zh or "", s.description_zh or "", s.place_zh or ""]
    for ed in f.editions:
        texts += [ed.name_zh or "", ed.theme_zh or "", *ed.highlights_zh, ed.place_zh or ""]
        texts += [d.text_zh or "" for d in ed.details]
    texts += [q for qa in f.faq for q in qa.questions_zh]
    pairs: set[str] = set()
    for text in [*texts, *zh_strip]:
        pairs |= zh_bigrams(text)
    return frozenset(pairs)


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
