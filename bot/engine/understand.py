"""Understanding a question: which editions it names, what it asks, and whether it is ours."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from .lexicon import Lexicon, PhraseIndex, zh_bigrams
from .text import Text, normalise

T = TypeVar("T")
RefKind = str  # ordinal | year | first | latest | next | previous | this_year | ...

MAX_POSTING = 64
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
_GLUED = re.compile(r"([a-z]+)-?(\d{1,4})")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ROMAN.update({"x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xx": 20})
_ZH_ORDINAL = re.compile(r"第([0-9零〇一二两三四五六七八九十百]+)[届次]")
_ZH_MONTH = re.compile(r"(?<![0-9几第])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?")
# Words around a position word that make it name an edition ("the last one"), so that
# "how long did it last" is not read as "the latest".
_DETERMINERS = frozenset({"the", "this", "that", "its", "a", "our", "their"})
_HEADS = frozenset({"one", "edition", "editions", "time", "year", "years", "s"})
_UNAMBIGUOUS_RELATIVE = frozenset({"latest", "newest", "upcoming", "inaugural", "earliest"})


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to an edition: by ordinal, by year, or by position (latest, next…)."""

    kind: RefKind
    value: int = 0


@dataclass(frozen=True, slots=True)
class Reading:
    """What the understanding step found in one question."""

    text: Text
    refs: tuple[Ref, ...]
    intents: tuple[tuple[str, float], ...]  # best first
    # (index into facts.faq, score 0-1, whether the matched phrasing itself contains the
    # question's edition words, as in "the first ... report"), best first
    faq: tuple[tuple[int, float, bool], ...]
    series_named: bool
    event_noun: bool
    unknown: tuple[str, ...]  # words we do not know, even allowing for typos
    corrections: int  # words we read as typos of known words
    months: tuple[int, ...]
    content: tuple[str, ...]  # meaningful words, corrected
    words: tuple[str, ...] = ()  # every word, chat spellings and typos corrected
    cues: tuple[str, ...] = ()  # operation cues found (verify, most, between…), in order
    corrected: tuple[tuple[str, str], ...] = ()  # (as typed, read as)
    intent_at: tuple[tuple[str, int], ...] = ()  # where each intent's first signal stands

    @property
    def empty(self) -> bool:
        return not self.text.words and not self.text.han

    @property
    def lang(self) -> str:
        return "zh" if self.text.chinese else "en"

    def intent(self, name: str) -> float:
        return dict(self.intents).get(name, 0.0)


def _zh_number(text: str, numerals: Mapping[str, int]) -> int | None:
    if text.isdigit():
        return int(text)
    if "十" in text:  # 十, 十二, 二十, 二十三
        tens, _, ones = text.partition("十")
        t = numerals.get(tens, 0) if tens else 1
        o = numerals.get(ones, 0) if ones else 0
        return t * 10 + o
    if len(text) == 1 and text in numerals:
        return numerals[text]
    return None


def _correct(word: str, lex: Lexicon) -> tuple[str, bool]:
    """The known word ``word`` is a typo of, if any: (word, was_corrected)."""
    if word in lex.known or len(word) < 3 or not word.isalpha():
        return word, False
    shapes = lex.fuzzy_targets
    if len(word) == 3:  # short words: only swapped letters ("teh", "wsa"), nothing looser
        letters = sorted(word)
        for cand in shapes.get((word[0], 3), ()):
            if (
                sorted(cand) == letters
                and sum(a != b for a, b in zip(word, cand, strict=True)) == 2
            ):
                return cand, True
        return word, False
    # One edit allowed up to 7 letters, two from 8: Damerau (OSA) so swapped letters count once.
    # People rarely mistype the first letter, and demanding it keeps "cost" from becoming "host".
    n = len(word)
    # Same length first, so ties go to the likelier word ("whne" -> "when", not "whn").
    targets = [
        w for size in (n, n - 1, n + 1, n - 2, n + 2) for w in shapes.get((word[0], size), ())
    ]
    # Imported on first use: most questions have no unknown word, and a fresh `wic-bot ask`
    # process should not pay for rapidfuzz when it needs no typo correction.
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    hit = process.extractOne(word, targets, scorer=OSA.normalized_similarity, score_cutoff=0.74)
    if hit is None:
        return word, False
    return str(hit[0]), True


def read(question: str, lex: Lexicon) -> Reading:
    """Read one question against the lexicon; never raises."""
    text = normalise(question)
    raw: list[str] = []
    for w in text.words:
        m = _GLUED.fullmatch(w)
        if m and m[1] == lex.short:  # "exs4": short name glued to a number
            raw += [m[1], m[2]]
        elif w == lex.short + "s":  # plural of the short name
            raw.append(lex.short)
        else:
            raw.append(w)
    words: list[str] = []
    corrections = 0
    fixes: list[tuple[str, str]] = []
    for w in raw:
        spelled = lex.spellings.get(w)
        if spelled is not None and " " not in spelled:
            fixed, corrected = spelled, True
        else:
            fixed, corrected = _correct(w, lex)
        words.append(fixed)
        corrections += corrected
        if corrected:
            fixes.append((w, fixed))
    used = [False] * len(words)
    refs: list[Ref] = []
    n = len(words)

    ref_words: set[str] = set()

    def take(i: int, width: int, ref: Ref | None) -> None:
        for j in range(i, min(i + width, n)):
            used[j] = True
        if ref is not None:
            ref_words.update(words[i : i + width])
            if ref not in refs:
                refs.append(ref)

    # Names first, so their words are not read as anything else.
    named = False
    series_at: dict[int, int] = {}  # start -> width of each series name: phrases read "it"
    for i, width, year in _scan(words, used, lex.edition_names):
        take(i, width, Ref("year", year))
        named = True
    named_faq: list[int] = []
    for i, width, qi in _scan(words, used, lex.faq_names):  # "Light of the Internet Expo"
        take(i, width, None)
        named_faq.append(qi)
    for i, width, _ in _scan(words, used, lex.aliases):
        take(i, width, None)
        series_at[i] = width
        named = True
    # Position words and phrases ("most recent", "last year").
    for i, width, kind in _scan(words, used, lex.relative):
        if width == 1 and words[i] not in _UNAMBIGUOUS_RELATIVE:
            before = words[i - 1] if i else ""
            after = words[i + 1] if i + 1 < n else ""
            in_name = after == lex.short or after in lex.event_nouns or after in _HEADS
            if before not in _DETERMINERS and not in_name and n > 1:
                continue
            if words[i] in lex.ordinals:  # "first" is also an ordinal; same edition
                continue
        take(i, width, Ref(kind))
    for i, w in enumerate(words):
        if used[i]:
            continue
        prev = words[i - 1] if i else ""
        if m := _ORDINAL.fullmatch(w):
            take(i, 1, Ref("ordinal", int(m[1])))
        elif w in lex.ordinals:
            if i + 1 < n and words[i + 1] in ("time", "times"):  # "for the first time"
                used[i] = True
                continue
            if i + 1 < n and not _names_edition(words[i + 1], used[i + 1], lex):
                # "first released", "the first development report": a first, not an edition
                continue
            take(i, 1, Ref("ordinal", lex.ordinals[w]))
        elif w.startswith("#") and w[1:].isdigit():
            take(i, 1, Ref("ordinal", int(w[1:])))
        elif w.startswith("'") and w[1:].isdigit():
            take(i, 1, Ref("year", 2000 + int(w[1:])))
        elif w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2199:
            take(i, 1, Ref("year", int(w)))
        elif prev in lex.markers or prev == lex.short:  # "No. 4", "number four", "EXS IV"
            number = _number_word(w, lex, roman=prev == lex.short)
            if number is not None:
                take(i, 1, Ref("ordinal", number))
                if prev != lex.short:
                    used[i - 1] = True
    han = text.han > 0  # Chinese matching is skipped entirely for Latin-only questions
    compact = text.compact.translate(lex.zh_table) if han else text.compact
    compact_all = compact
    for m in _ZH_ORDINAL.finditer(compact) if han else ():
        value = _zh_number(m[1], lex.zh_numerals)
        if value is not None and Ref("ordinal", value) not in refs:
            refs.append(Ref("ordinal", value))
    for zh_name, year in lex.edition_names_zh if han else ():
        if zh_name in compact:
            named = True
            compact = compact.replace(zh_name, " ")
            if Ref("year", year) not in refs:
                refs.append(Ref("year", year))
    for zh_alias in lex.aliases_zh if han else ():
        if zh_alias in compact:
            named = True
            compact = compact.replace(zh_alias, " ")
    for zh_phrase, kind in lex.relative_zh if han else ():
        if zh_phrase in compact:
            compact = compact.replace(zh_phrase, " ")
            if Ref(kind) not in refs and not (kind == "first" and Ref("ordinal", 1) in refs):
                refs.append(Ref(kind))
    if han:
        compact = _ZH_ORDINAL.sub(" ", compact)

    months = [lex.months[w] for i, w in enumerate(words) if not used[i] and w in lex.months]
    months = [m for m in months if m]
    for m in _ZH_MONTH.finditer(compact) if han else ():
        value = _zh_number(m[1], lex.zh_numerals)
        if value:
            months.append(value)

    free = [w for i, w in enumerate(words) if not used[i]]
    scores: dict[str, float] = defaultdict(float)
    first_at: dict[str, int] = {}
    seen_words: set[str] = set()
    for i, w in enumerate(words):
        if used[i] or w in seen_words:
            continue
        seen_words.add(w)
        for intent in lex.intent_words.get(w, ()):
            scores[intent] += 1.0
            first_at.setdefault(intent, i)
    sequences = [words]
    if series_at:  # "when did the Example Summit start" ~ "when did it start"
        as_it: list[str] = []
        i = 0
        while i < n:
            if i in series_at:
                if as_it and as_it[-1] in _DETERMINERS:
                    as_it.pop()
                as_it.append("it")
                i += series_at[i]
            else:
                as_it.append(words[i])
                i += 1
        sequences.append(as_it)
    matched: set[tuple[tuple[str, ...], str]] = set()
    for k, seq in enumerate(map(tuple, sequences)):
        for i, w in enumerate(seq):
            for phrase, intent in lex.intent_phrases.get(w, ()):
                if seq[i : i + len(phrase)] == phrase:
                    matched.add((phrase, intent))
                    if k == 0:
                        first_at[intent] = min(first_at.get(intent, i), i)
    for _phrase, intent in matched:
        scores[intent] += 1.5
    zh_text = compact
    for zh_phrase, intent in lex.intent_zh if han else ():
        if zh_phrase in zh_text:  # longer phrases are more specific: 第几届 beats 几届
            scores[intent] += 1.0 + 0.25 * (len(zh_phrase) - 1)
            first_at.setdefault(intent, n + zh_text.index(zh_phrase))
    cues = _cues(
        [w if not used[i] else "" for i, w in enumerate(words)], compact if han else "", lex
    )
    content = tuple(w for w in free if w not in lex.stop and not w.isdigit())
    content_set = frozenset(content)
    if content_set:
        for phrasing, intent in lex.phrasings:
            if phrasing and _dice(content_set, phrasing) >= 0.8:
                scores[intent] += 3.0
    event_noun = False
    foreign_event = False
    for i, w in enumerate(words):
        if used[i] or w not in lex.event_nouns:
            continue
        event_noun = True
        before = words[i - 1] if i else ""
        if before and not used[i - 1] and _modifier(before, lex):  # "Web Summit", "G20 summit"
            foreign_event = True
    for noun in lex.event_nouns_zh if han else ():
        if noun in compact:
            event_noun = True

    leftover = compact if han else ""
    for known in lex.zh_strip if han else ():
        if known in leftover:
            leftover = leftover.replace(known, " ")
    unknown = [w for w in free if w not in lex.known and not w.isdigit()]
    if foreign_event:
        unknown.append("<event>")
    for segment in leftover.split():  # Chinese text we cannot account for: 进博会, 二十国集团
        if len(segment) >= 2 and any(b not in lex.zh_bigrams for b in zh_bigrams(segment)):
            unknown.append(segment)

    faq = _score_faq(content_set, leftover, compact_all, words, lex, named_faq, ref_words)
    order = lex.intent_order
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))
    return Reading(
        text=text,
        refs=tuple(refs),
        intents=tuple(ranked),
        faq=faq,
        series_named=named,
        event_noun=event_noun,
        unknown=tuple(unknown),
        corrections=corrections,
        months=tuple(dict.fromkeys(months)),
        content=content,
        words=tuple(words),
        cues=cues,
        corrected=tuple(fixes),
        intent_at=tuple(sorted(first_at.items(), key=lambda kv: kv[1])),
    )


def _cues(words: list[str], zh: str, lex: Lexicon) -> tuple[str, ...]:
    """Operation cues in the question, in the order they appear (each once)."""
    found: dict[str, None] = {}
    n = len(words)
    for i, w in enumerate(words):
        for phrase, name in lex.cue_phrases.get(w, ()):
            if tuple(words[i : i + len(phrase)]) == phrase and i + len(phrase) <= n:
                found.setdefault(name)
        for name in lex.cue_words.get(w, ()):
            found.setdefault(name)
    for zh_phrase, name in lex.cue_zh if zh else ():
        if zh_phrase in zh:
            found.setdefault(name)
    return tuple(found)


def _scan(
    words: list[str], used: list[bool], index: PhraseIndex[T]
) -> Iterator[tuple[int, int, T]]:
    """Where phrases of ``index`` start in ``words`` (skipping used words), longest first."""
    n = len(words)
    for i in range(n):
        for phrase, payload in index.get(words[i], ()):
            width = len(phrase)
            fits = i + width <= n and not any(used[i : i + width])
            if fits and _same_name(words[i : i + width], phrase):
                yield i, width, payload
                break


def _same_name(words: list[str], name: tuple[str, ...]) -> bool:
    """Whether ``words`` spell ``name``, allowing a plural ("EXSs", "Example Summits")."""
    if tuple(words) == name:
        return True
    return (
        len(words) == len(name) and tuple(words[:-1]) == name[:-1] and words[-1] == name[-1] + "s"
    )


def _names_edition(after: str, in_name: bool, lex: Lexicon) -> bool:
    """Whether an ordinal word followed by ``after`` names an edition ("first one").

    ``in_name``: ``after`` starts one of the series' names ("the first Example Summit")."""
    return (
        in_name
        or after == lex.short
        or after in lex.event_nouns
        or after in _HEADS
        or after in lex.stop
        or after in lex.filler
        or after in lex.noise
        or after.isdigit()
    )


def _modifier(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` before an event noun names some event (a content word, not "the").

    Words of the series' own names do not ("the 2019 Internet conference")."""
    if word in lex.stop or word in lex.intent_words or word.isdigit() or word in lex.name_words:
        return False
    return not _ORDINAL.fullmatch(word) and word not in lex.ordinals


def _number_word(word: str, lex: Lexicon, *, roman: bool) -> int | None:
    if word.isdigit() and len(word) <= 3:
        return int(word)
    if word in lex.numbers:
        return lex.numbers[word]
    if roman and word in _ROMAN:
        return _ROMAN[word]
    return None


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets, 0-1."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _score_faq(
    content: frozenset[str],
    zh_left: str,
    compact: str,
    words: list[str],
    lex: Lexicon,
    named: list[int],
    ref_words: set[str],
) -> tuple[tuple[int, float, bool], ...]:
    best: dict[int, float] = dict.fromkeys(named, 0.75)
    explains: set[int] = set()
    bigrams = zh_bigrams(zh_left) if zh_left.strip() else frozenset()
    # Rarest words first; a very common word adds candidates only while there are few, as a
    # search engine skips long posting lists: keeps answering fast with thousands of items.
    postings = sorted((lex.faq_index.get(w, ()) for w in content | bigrams), key=len)
    candidates: set[int] = set()
    for posting in postings:
        if candidates and len(posting) > MAX_POSTING:
            break
        candidates.update(posting[:MAX_POSTING])
    w_idf = lex.idf.get
    q_weight = sum(w_idf(w, 1.0) for w in content)
    for ei in sorted(candidates):
        entry = lex.faq[ei]
        if entry.zh:
            shared = len(bigrams & entry.words)
            score = 2 * shared / (len(bigrams) + entry.weight) if shared else 0.0
        else:
            common = content & entry.words
            score = 2 * sum(w_idf(w, 1.0) for w in common) / (q_weight + entry.weight)
            if all(w in lex.intent_words for w in common):
                score *= 0.5  # only question words in common ("when did … start"): not this
        if score > best.get(entry.qa, 0.0):
            best[entry.qa] = score
            if ref_words and ref_words <= entry.refs:
                explains.add(entry.qa)
            else:
                explains.discard(entry.qa)
    # A keyword names the item by itself ("logo"): as strong as a close phrasing.
    for w in set(words):
        for qi in lex.faq_keywords.get(w, ()):
            best[qi] = max(best.get(qi, 0.0), 0.75)
    for kw, qi in lex.faq_keywords_zh:
        if kw in compact:
            best[qi] = max(best.get(qi, 0.0), 0.75)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return tuple((qi, score, qi in explains) for qi, score in ranked)
