"""The parts the lexicon is built from: word signals, names, the Q&A index, typo targets."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Generic, NamedTuple, TypeVar

from .knowledge import Knowledge
from .model import Edition, FactsFile, VocabularyFile
from .patterns import lazy
from .records import record
from .text import ascii_words, is_han, key, normalise

V = TypeVar("V")
K = TypeVar("K")
P = TypeVar("P")
# first word -> (phrase words, payload), longest phrase first
PhraseIndex = Mapping[str, tuple[tuple[tuple[str, ...], P], ...]]
# first word -> second word -> the phrases that can start with those two words, in
# PhraseIndex order (second word "": the one-word phrases alone). Common first words ("how",
# "what") start dozens of phrases: keying on two words leaves one or two to compare.
PairIndex = Mapping[str, Mapping[str, tuple[tuple[tuple[str, ...], P], ...]]]


RELATIVE_KINDS = (
    "first",
    "latest",
    "next",
    "previous",
    "following",
    "this_year",
    "last_year",
    "next_year",
)


def lookup_table(d: dict[K, V]) -> Mapping[K, V]:
    """A look-up table of the lexicon: read-only by its type (``Mapping``, so mypy rejects
    writes), a plain dict underneath. The lexicon is consulted ~50 times per question, and
    a ``MappingProxyType`` doubles the cost of each look-up."""
    return d


def zh_bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the Han text in ``text`` (single characters for short text)."""
    out: set[str] = set()
    for segment in text.split():
        han = "".join(ch for ch in segment if is_han(ch))
        if len(han) == 1:
            out.add(han)
        out.update(han[i : i + 2] for i in range(len(han) - 1))
    return frozenset(out)


class FaqEntry(NamedTuple):
    """One Q&A question as the search index holds it (a named tuple: a large file has
    thousands, built in C)."""

    qa: int  # index into facts.faq
    words: frozenset[str]
    zh: bool
    refs: frozenset[str] = frozenset()  # words of the question that look like editions
    weight: float = 0.0  # sum of the words' idf (bigram count for Chinese): for Dice scores


def words_of(text: str) -> tuple[str, ...]:
    if text.isascii() and text.isalpha():  # most vocabulary: skip full normalisation
        return (text.lower(),)
    if text.isascii() and "<" not in text and "@" not in text and ":" not in text:
        return ascii_words(text)  # plain ASCII text: the same words, without the Unicode pass
    return normalise(text).words


class Signals:
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
            toks = words_of(w)
            if len(toks) > 1:  # "wasn't" reads as "wasn t": a phrase, not two words
                self.phrases.append((toks, name))
            elif toks and name not in self.words[toks[0]]:
                self.words[toks[0]].append(name)
            self.vocab.update(toks)
        for p in phrases:
            if toks := words_of(p):
                self.phrases.append((toks, name))
                self.vocab.update(toks)
        self.zh += [(key(z), name) for z in zh]

    def add_plurals(self) -> None:
        """ "expos", "keynotes": the plain plural of a word asking a kind of fact asks it too,
        where the plural is not a word of its own."""
        for w, every in list(self.words.items()):
            names = [n for n in every if n.startswith("attr:")]  # kinds of facts only
            plural = f"{w}s"
            if not names:
                continue
            if w.isalpha() and len(w) > 2 and not w.endswith("s") and plural not in self.words:
                self.words[plural] = list(names)
                self.vocab.add(plural)

    def zh_longest_first(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.zh, key=lambda item: (-len(item[0]), item)))


class Names:
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
        self.event_latin = frozenset(w for n in v.event_nouns for w in words_of(n))
        self.other_events = v.other_events
        self.other_marks = v.other_event_marks
        zh_nouns = {key(n) for n in v.event_nouns if normalise(n).han}
        self.event_zh = tuple(sorted(zh_nouns, key=longest))


def relative_tables(
    v: VocabularyFile,
) -> tuple[list[tuple[tuple[str, ...], str]], list[tuple[str, str]]]:
    """Position words and phrases by kind (latest, next…), longest first."""
    relative: list[tuple[tuple[str, ...], str]] = []
    relative_zh: list[tuple[str, str]] = []
    for kind in RELATIVE_KINDS:
        for phrase in getattr(v.relative, kind):
            t = normalise(phrase)
            if t.han:
                relative_zh.append((t.compact, kind))
            elif t.words:
                relative.append((t.words, kind))
    relative.sort(key=lambda item: (-len(item[0]), item))
    relative_zh.sort(key=lambda item: (-len(item[0]), item))
    return relative, relative_zh


def fact_words(f: FactsFile) -> set[str]:
    """Words from the facts themselves: a question quoting a theme or a highlight is in scope."""
    s = f.series
    texts: list[str] = [s.name, s.description, s.place, s.place_note or "", *s.place_within]
    for ed in f.editions:
        texts += [ed.name, ed.theme or "", ed.place or "", *ed.highlights, *ed.aliases]
        texts += [fig.unit for att in ed.attendance for fig in att.figures]
        texts += [att.source for att in ed.attendance]
        texts += [d.text for d in ed.details] + [d.unit or "" for d in ed.details]
    texts += [host.text for host in s.hosts] + [d.text for d in s.details]
    texts += [n for host in s.hosts for n in host.names if n.isascii()]  # "the CAC"
    return {w for text in texts for w in words_of(text)}


class FaqTables:
    """The free Q&A items as a small search index (idf-weighted words, Chinese bigrams)."""

    def __init__(
        self, kb: Knowledge, stop: frozenset[str], alias_tokens: set[str], fact_words: set[str]
    ) -> None:
        self.entries: list[FaqEntry] = []
        # (qa index, words, refs) of each Latin question: entries once the weights are known
        self._latin: list[tuple[int, frozenset[str], frozenset[str]]] = []
        self.keywords: dict[str, list[int]] = defaultdict(list)
        self.keywords_zh: list[tuple[str, int]] = []
        self.keyed: list[frozenset[str]] = []  # each item's keywords' words
        self.names: list[tuple[tuple[str, ...], int]] = []
        self.questions_zh: list[tuple[int, str]] = []
        # the exact phrasings (their words, or their Chinese text): a question asked in
        # exactly those words is that item, even when they are all names ("what is <town>")
        self.exact: dict[str, int] = {}
        ordinals = kb.vocabulary.ordinals
        for qi, qa in enumerate(kb.facts.faq):
            for q in qa.exact:
                self.exact.setdefault(key(q), qi)
            for q in qa.questions:
                all_words = words_of(q)
                # only a word with a digit, or an ordinal word, can name an edition
                q_refs = frozenset(
                    w
                    for w in all_words
                    if (not w.isalpha() or w in ordinals) and edition_word(w, ordinals)
                )
                q_words = frozenset(all_words) - q_refs - stop - alias_tokens
                fact_words.update(all_words)
                self._latin.append((qi, q_words, q_refs))
            self.questions_zh += [(qi, key(q)) for q in qa.questions_zh]
            self.keyed.append(frozenset(w for k in qa.keywords for w in normalise(k).words))
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
        longest_first = sorted(zh_strip, key=longest)
        zh = [(qi, zh_bigrams(strip_zh(q, longest_first))) for qi, q in self.questions_zh]
        index = self.index
        for ei, words in enumerate([w for _, w, _ in self._latin] + [w for _, w in zh]):
            for w in words:
                index[w].append(ei)
        n = max(len(self._latin) + len(zh), 1)
        # A word's document frequency is its posting list's length (an entry's words are a set)
        self.idf = {w: 1.0 + math.log(n / len(postings)) for w, postings in index.items()}
        weight = self.idf.__getitem__
        self.entries = [
            FaqEntry(qi, words, False, refs, sum(map(weight, words)))
            for qi, words, refs in self._latin
        ]
        self.entries += [FaqEntry(qi, words, True, weight=float(len(words))) for qi, words in zh]


def by_shape(known: frozenset[str]) -> Mapping[tuple[str, int], tuple[str, ...]]:
    """Typo targets by (first letter, length): a look-up scans only words a typo could be."""
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in sorted(known):
        if len(w) >= 3 and w.isalpha():
            by_shape[(w[0], len(w))].append(w)
    return lookup_table({k: tuple(ws) for k, ws in by_shape.items()})


def near_shapes(
    shapes: Mapping[tuple[str, int], tuple[str, ...]],
) -> Mapping[tuple[str, int], tuple[str, ...]]:
    """For a typo of (first letter, length n): the targets of lengths n, n-1, n+1, n-2, n+2,
    in that order (ties go to the likelier length), joined once instead of per typo."""
    out: dict[tuple[str, int], tuple[str, ...]] = {}
    for letter, size in {(a, n + d) for a, n in shapes for d in range(-2, 3)}:
        near = (size, size - 1, size + 1, size - 2, size + 2)
        out[(letter, size)] = tuple(w for n in near for w in shapes.get((letter, n), ()))
    return lookup_table(out)


# How close (OSA, normalised) a typo must be to the word it is read as (spelling.correct)
TYPO_CUTOFF = 0.74


def within_reach(
    near: Mapping[tuple[str, int], tuple[str, ...]], cutoff: float = TYPO_CUTOFF
) -> Mapping[tuple[str, int], tuple[str, ...]]:
    """``near_shapes``' targets, less those whose length alone keeps them below ``cutoff``:
    an edit distance is at least the difference in length, so "whence" (6) is never 0.74
    close to a 4-letter word. The rest keep their order (a little margin: never one too few)."""
    slack = 1 - cutoff + 0.01
    return lookup_table(
        {
            (letter, size): tuple(
                w for w in words if abs(len(w) - size) <= slack * max(len(w), size)
            )
            for (letter, size), words in near.items()
        }
    )


def lex_weekdays(v: VocabularyFile) -> tuple[str, ...]:
    """The weekday names, lower case."""
    return tuple(w.casefold() for w in v.operations.weekdays)


def zh_table(v: VocabularyFile) -> dict[int, str]:
    """Traditional -> simplified: the generated table, then the hand-made entries (which win)."""
    table = {ord(k): val for k, val in zip(v.zh_traditional, v.zh_simplified, strict=False)}
    table.update({ord(k): val for k, val in v.zh_variants.items() if len(k) == 1 and len(val) == 1})
    return table


def weekday_prefixes(v: VocabularyFile) -> dict[str, int]:
    """Weekday names and their prefixes of three letters or more (not month names: "mar")."""
    months = {" ".join(words_of(k)) for k in v.months}
    out: dict[str, int] = {}
    for i, name in enumerate(w.casefold() for w in v.operations.weekdays):
        for n in range(3, len(name) + 1):
            if name[:n] not in months:
                out.setdefault(name[:n], i)
    return out


def fact_names(f: FactsFile) -> frozenset[str]:
    """Words written Capitalised inside the facts' sentences (not first): names, places."""
    texts = [d.text for e in f.editions for d in e.details] + [d.text for d in f.series.details]
    texts += [h for e in f.editions for h in e.highlights] + [e.theme or "" for e in f.editions]
    out: set[str] = set()
    for text in texts:
        for m in re.finditer(r"(?<=\w[ ,;(])([A-Z][a-z]+)", text):
            out.add(m[1].casefold())
    return frozenset(out)


def reporter(source: str) -> str:
    """Who reported a fact, as its source names them: the part before its date or note
    ("Xinhua, at the close, 2016-11-18" -> "Xinhua")."""
    return re.split(r"[,(]", source, maxsplit=1)[0].strip()


def source_names(f: FactsFile) -> frozenset[str]:
    """The reporters' names as one word each ("cgtn", "xinhua", "china daily"): the part of a
    source before its date."""
    out: set[str] = set()
    for e in f.editions:
        said = [a.source for a in e.attendance] + [c.source for c in e.citations]
        said += [d.source for d in e.details if d.source]
        for src in said:
            name = reporter(src).casefold()
            if len(name) >= 3 and not name[:1].isdigit():
                out.add(name)
    return frozenset(out)


def skeletons(known: frozenset[str]) -> Mapping[str, tuple[str, ...]]:
    """Known words by their consonants, for typos that leave the vowels out."""
    out: dict[str, list[str]] = defaultdict(list)
    for w in sorted(known):
        if len(w) >= 4 and w.isalpha():
            bare = w[:1] + "".join(ch for ch in w[1:] if ch not in "aeiou")
            if bare != w and len(bare) >= 3:
                out[bare].append(w)
    return lookup_table({k: tuple(ws) for k, ws in out.items()})


def known_pairs(f: FactsFile, zh_strip: set[str]) -> frozenset[str]:
    """Every character pair of the known Chinese text: the rest of a question is unknown."""
    s = f.series
    texts = [s.name_zh or "", s.description_zh or "", s.place_zh or ""]
    texts += [d.text_zh or "" for d in s.details]  # (总部设在<城>: the series' own facts)
    for ed in f.editions:
        texts += [ed.name_zh or "", ed.theme_zh or "", *ed.highlights_zh, ed.place_zh or ""]
        texts += [d.text_zh or "" for d in ed.details]
    texts += [q for qa in f.faq for q in qa.questions_zh]
    pairs: set[str] = set()
    for text in [*texts, *zh_strip]:
        pairs |= zh_bigrams(text)
    return frozenset(pairs)


def theme_index(facts: FactsFile, stop: frozenset[str]) -> Mapping[str, tuple[int, ...]]:
    index: dict[str, list[int]] = defaultdict(list)
    for e in sorted(facts.editions, key=lambda e: e.year):
        for w in sorted(set(normalise(e.theme or "").words) - stop):
            index[w].append(e.year)
    return frozen({w: tuple(ys) for w, ys in index.items()})


def phrase_index(pairs: Iterable[tuple[tuple[str, ...], P]]) -> PhraseIndex[P]:
    """Phrases by first word, longest first (then alphabetical: never set order)."""
    groups: dict[str, list[tuple[tuple[str, ...], P]]] = defaultdict(list)
    for phrase, payload in pairs:
        if phrase:
            groups[phrase[0]].append((phrase, payload))
    return lookup_table(
        {k: tuple(sorted(v, key=lambda item: (-len(item[0]), item[0]))) for k, v in groups.items()}
    )


def sized_index(
    pairs: Iterable[tuple[tuple[str, ...], P]],
) -> tuple[Mapping[str, Mapping[str, tuple[int, ...]]], Mapping[tuple[str, ...], tuple[P, ...]]]:
    """The phrases of ``pair_index(pairs)`` as the lengths to try at a word (by its first two
    words, longest first) and each phrase's payloads (in that index's order): a question is
    checked with one look-up per length, not one comparison per phrase."""
    sizes = {
        first: lookup_table(
            {
                second: tuple(dict.fromkeys(len(phrase) for phrase, _ in items))
                for second, items in seconds.items()
            }
        )
        for first, seconds in pair_index(pairs).items()
    }
    payloads: dict[tuple[str, ...], list[P]] = defaultdict(list)
    for group in phrase_index(pairs).values():
        for phrase, payload in group:
            payloads[phrase].append(payload)
    return lookup_table(sizes), lookup_table({k: tuple(v) for k, v in payloads.items()})


@record()
class ZhList(Generic[P]):
    """Chinese strings in a fixed order (longest first), indexed by first character: a
    question is checked only against the strings that could occur in it, in the same order."""

    items: tuple[tuple[str, P], ...]
    at: Mapping[str, tuple[int, ...]]  # first character -> positions in items ("": always)

    def within(self, text: str, also: frozenset[int] = frozenset()) -> list[tuple[str, P]]:
        """The items whose first character is in ``text``, in order. Only these can occur in
        it, or in it with some items cut out (cutting leaves spaces, which no item holds).
        ``also``: positions to include as well (``positions`` of text that never changes)."""
        at = self.at
        hits = {i for ch in set(text) for i in at.get(ch, ())}
        hits.update(at.get("", ()))
        hits.update(also)
        return [self.items[i] for i in sorted(hits)]

    def positions(self, text: str) -> frozenset[int]:
        """The positions of the items whose first character is in ``text``."""
        return frozenset(i for ch in set(text) for i in self.at.get(ch, ()))


def zh_list(items: Iterable[tuple[str, P]]) -> ZhList[P]:
    """A ``ZhList`` of ``items`` in the given order."""
    ordered = tuple(items)
    at: dict[str, list[int]] = defaultdict(list)
    for i, (text, _) in enumerate(ordered):
        at["" if not text or any(ch.isspace() for ch in text) else text[0]].append(i)
    return ZhList(ordered, lookup_table({k: tuple(v) for k, v in at.items()}))


def pair_index(pairs: Iterable[tuple[tuple[str, ...], P]], *, plural: bool = False) -> PairIndex[P]:
    """Phrases by their first two words (see ``PairIndex``). ``plural``: a two-word name
    is also found by its plural ("Example Summits")."""
    out: dict[str, Mapping[str, tuple[tuple[tuple[str, ...], P], ...]]] = {}
    for first, group in phrase_index(pairs).items():
        seconds = {phrase[1] for phrase, _ in group if len(phrase) > 1}
        if plural:
            seconds |= {phrase[1] + "s" for phrase, _ in group if len(phrase) == 2}
        by_second = {
            second: tuple(item for item in group if _may_start(item[0], second, plural))
            for second in ("", *sorted(seconds))
        }
        out[first] = lookup_table({k: v for k, v in by_second.items() if v})
    return lookup_table(out)


def _may_start(phrase: tuple[str, ...], second: str, plural: bool) -> bool:
    """Whether ``phrase`` can stand where ``second`` follows its first word."""
    if len(phrase) == 1:
        return True
    return phrase[1] == second or (plural and len(phrase) == 2 and phrase[1] + "s" == second)


def it_phrases(
    pairs: Iterable[tuple[tuple[str, ...], str]],
) -> Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]]:
    """Phrases holding the word "it", by the word after each "it" ("" when it ends the
    phrase: those fit before any word), with the position of that "it" in the phrase."""
    out: dict[str, list[tuple[tuple[str, ...], str, int]]] = defaultdict(list)
    for phrase, name in sorted(set(pairs)):
        for k, word in enumerate(phrase):
            if word == "it":
                out[phrase[k + 1] if k + 1 < len(phrase) else ""].append((phrase, name, k))
    return lookup_table({k: tuple(v) for k, v in out.items()})


def edition_word(word: str, ordinals: Mapping[str, int]) -> bool:
    """Words that name an edition (4th, first, 2017): matched as references, not as Q&A text."""
    if word.isdigit() or word in ordinals:
        return True
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def longest(s: str) -> tuple[int, str]:
    """Sort key: longest first, then alphabetical, so results never depend on set order."""
    return (-len(s), s)


def strip_zh(text: str, longest_first: Iterable[str]) -> str:
    """``text`` without the strings (ordered longest first, as ``longest`` sorts them)."""
    for s in longest_first:
        text = text.replace(s, " ")
    return text


def frozen(d: dict[str, V]) -> Mapping[str, V]:
    """See ``lookup_table``."""
    return lookup_table(d)


def speakers_zh(editions: tuple[Edition, ...]) -> frozenset[str]:
    """The people the keynote facts name in Chinese: the two or three characters that open a
    clause (after a title: 国家主席, 国务院副总理) before what they did (出席, 发表, 致…)."""
    found = set()
    for e in editions:
        for d in e.details:
            if d.about != "keynote" or not d.text_zh:
                continue
            for clause in _ZH_CLAUSE.split(d.text_zh):
                if m := _ZH_SPEAKER.match(clause):
                    found.add(m[1])
    return frozenset(found)


_ZH_CLAUSE = lazy(r"[，,；;。、]")
# a title, then the name, then the verb or title after it
_ZH_SPEAKER = lazy(
    r"(?:国务院副总理|国务院总理|国家主席|副总理|总理)?([\u4e00-\u9fff]{2,3}?)(?=[出发致宣作以在]|主席)"
)
