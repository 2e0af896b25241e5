"""Reading chat spellings and typos as the words they stand for, never as another meaning."""

from __future__ import annotations

from .claims import AUXILIARIES
from .lexicon import Lexicon
from .lexparts import TYPO_CUTOFF
from .patterns import lazy
from .text import Text

_GLUED = lazy(r"([a-z]+)-?(\d{1,4})")
_K_YEAR = lazy(r"([a-z]*)(\d)k(\d{2})")  # "2k19", "conf2k23"
_O_YEAR = lazy(r"(?=.*\d)[12][0o][0-9o]{2}")  # "2o19", "2o2o"
_ROMAN = lazy(r"[ivxl]+")
_NAME = lazy(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")  # Capitalised words in a row
_RUN = lazy(r"([a-z])\1{2,}")  # three or more of one letter: "heyyy", "sooo"
_DOUBLED = lazy(r"(.)\1")  # a letter twice in a row: "laast"


def spell(text: Text, lex: Lexicon, question: str = "") -> tuple[list[str], list[tuple[str, str]]]:
    """The question's words with chat spellings and typos read as the words they stand for.

    Capitalised words in a row that we do not know ("Did Tim Cook attend") are a name, never
    a typo; "the Example Smmt" is a typo beside a name we know."""
    # Only a question with a capital after its first letter can name anyone.
    # Read only once a word is unknown: most questions have none.
    capitals = bool(question) and not question[1:].islower()
    names: set[str] | None = None
    raw: list[str] = []
    plural = lex.short + "s"
    for w in text.words if not all(map(str.isalpha, text.words)) else ():
        if w.isalpha():  # the glued and year forms below all hold a digit
            raw.append(lex.short if w == plural else w)
            continue
        if w.isdigit() or (w[-2:] in ("st", "nd", "rd", "th") and w[:-2].isdigit()):
            raw.append(w)  # "2019", "7th": none of the forms below changes a number
            continue
        m = _GLUED.fullmatch(w)
        if m and len(m[2]) == 2 and m[1] in lex.name_words and _short_year(m[2], lex):
            raw += [m[1], f"20{m[2]}"]  # "exs24": a year written short after a name
        elif m and m[1] == lex.short:  # "exs4": short name glued to a number
            raw += [m[1], m[2]]
        elif w == plural:  # plural of the short name
            raw.append(lex.short)
        elif (k := _K_YEAR.fullmatch(w)) and (not k[1] or k[1] in lex.name_words):
            raw += [k[1], f"{k[2]}0{k[3]}"] if k[1] else [f"{k[2]}0{k[3]}"]
        elif _O_YEAR.fullmatch(w):  # "2o19": a letter O for a zero
            raw.append(w.replace("o", "0"))
        else:
            raw.append(w)
    if not raw:  # only letters: none of the forms above
        raw = list(text.words)
        if plural in raw:
            raw = [lex.short if w == plural else w for w in raw]
    if lex.pinyin_ordinal and any(w.startswith(lex.pinyin_ordinal[0]) for w in raw):
        raw = _pinyin_ordinals(raw, lex)
    if len(raw) > 1 and not lex.spellings.keys().isdisjoint(raw):
        raw = _joined_syllables(raw, lex)
    if lex.spellings.keys().isdisjoint(raw):
        # Most questions: every word known as typed, or one that nothing below changes (a
        # number, "7th", a word under three letters, a season), so nothing to read anew
        rest = set(raw).difference(lex.known)
        if not rest or all(
            w in lex.seasons or ((len(w) < 3 or not w.isalpha()) and not _RUN.search(w))
            for w in rest
        ):
            return raw, []
    words: list[str] = []
    fixes: list[tuple[str, str]] = []
    paired = _paired_unknowns(raw, lex)
    for at, w in enumerate(raw):
        if (w in lex.known and w not in lex.spellings) or w in lex.seasons:
            words.append(w)  # most words: nothing to do ("fall" is a season, never "all")
            continue
        w = _stretched(w, lex)
        spelled = lex.spellings.get(w)
        if spelled is not None:  # "ppl" -> "people", "howmany" -> "how many"
            words += spelled.split()
            fixes.append((w, spelled))
            continue
        if names is None:
            names = _names(question, lex) if capitals else set()
        if at in paired:  # "did tim cook speak": a name written in lower case, not two typos
            words.append(w)
            continue
        fixed, corrected = (w, False) if w in names else correct(w, lex)
        words.append(fixed)
        if corrected:
            fixes.append((w, fixed))
    return words, fixes


def _paired_unknowns(raw: list[str], lex: Lexicon) -> set[int]:
    """Positions of two or more unknown words in a row that only a guessed edit would make
    known ("tim cook" is not "time cool"): a name, as capitals would have shown. Words
    written without their vowels ("whn ws") are still typos."""

    def odd(w: str) -> bool:
        return (
            len(w) >= 3
            and w.isalpha()
            and w not in lex.known
            and w not in lex.spellings
            and _stretched(w, lex) == w
            and skeleton(w) != w  # has vowels: not a word typed without them
        )

    if len(raw) - sum(map(lex.known.__contains__, raw)) < 2:
        return set()  # most questions: no two unknown words, so no two in a row
    flags = [odd(w) for w in raw]
    runs: list[list[int]] = []
    for i, f in enumerate(flags):
        if f and i > 0 and flags[i - 1]:
            runs[-1].append(i)
        elif f:
            runs.append([i])
    out: set[int] = set()
    for run in runs:
        if len(run) < 2 or run[0] == 0 or raw[run[0] - 1] not in AUXILIARIES:
            continue  # a name is asked of as the subject: "did tim cook…", "was jack ma…"
        # Slips drop, add or swap letters ("wrold confrence"); a name read as words changes
        # one ("cook" as "cool"): a run that every word of would be guessed into another
        # word, one of them by a changed letter, is a name.
        guesses = [(raw[i], correct(raw[i], lex)) for i in run]
        ours = any(g in lex.event_nouns or g in lex.name_words for _, (g, _) in guesses)
        if (
            not ours  # "the 2023 summti draw": our own noun mistyped beside a word
            and all(fixed for _, (_, fixed) in guesses)
            and any(not _typo_like(w, g) for w, (g, _) in guesses)
        ):
            out.update(run)
    return out


def _short_year(digits: str, lex: Lexicon) -> bool:
    """Whether two digits after a name are a year ("conf24": 2024): an edition's year or the
    year after the last one; otherwise they stay a number ("conf4", "conf12": ordinals)."""
    year = 2000 + int(digits)
    return year in lex.edition_years or year == max(lex.edition_years, default=0) + 1


def _names(question: str, lex: Lexicon) -> set[str]:
    words = [w for w in question.split()[1:] if not w.isupper()]  # not the first, not an acronym
    if sum(w[:1].isupper() for w in words) * 5 > len(words) * 3:
        return set()  # Title Case: capitals say nothing about names
    out: set[str] = set()
    for m in _NAME.finditer(question):
        words = [w.casefold() for w in m[0].split()]
        unknown = [w for w in words if w not in lex.known]
        if unknown and not any(w in lex.name_words for w in words):
            out.update(unknown)
    return out


def _stretched(word: str, lex: Lexicon) -> str:
    """ "heyyy" -> "hey", "sooo" -> "so": a letter held down, read as the word meant."""
    if word in lex.known or not _RUN.search(word) or _ROMAN.fullmatch(word):
        return word  # "iii" is a number, not a stretched "i"
    for short in (_RUN.sub(r"\1", word), _RUN.sub(r"\1\1", word)):
        if short in lex.known or short in lex.spellings:
            return short
    return word


def _typo_like(typed: str, known: str) -> bool:
    """Whether ``typed`` reads as a slip on ``known`` rather than as another word: letters
    swapped or left out, or any edit in a long word (7+ letters, where words rarely collide)."""
    if len(typed) >= 7:
        return True
    if len(typed) == len(known):
        return sorted(typed) == sorted(known)  # swapped, not changed
    return len(typed) < len(known)  # left out ("thme"), never added ("rain" for "ran")


def skeleton(word: str) -> str:
    """A word without its vowels after the first letter: "summit" -> "smmt"."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in "aeiou")


def correct(word: str, lex: Lexicon) -> tuple[str, bool]:
    """The known word ``word`` is a typo of, if any: (word, was_corrected)."""
    if word in lex.known or len(word) < 3 or not word.isalpha() or word in lex.plain_words:
        return word, False  # ("cold" is no typo of "could": a word of its own, unknown to us)
    # Vowels left out ("smmt", "cnfrnc", "plc"): the one known word with the same consonants.
    same = lex.skeletons.get(word, ())
    if len(same) == 1 and skeleton(word) == word:
        return same[0], True
    shapes = lex.fuzzy_targets
    if len(word) == 3:  # short words: swapped letters ("teh"), or one dropped ("wha", "dte")
        letters = sorted(word)
        for cand in shapes.get((word[0], 3), ()):
            if (
                sorted(cand) == letters
                and sum(a != b for a, b in zip(word, cand, strict=True)) == 2
            ):
                return cand, True
        # Only question words and vocabulary, never a fact word: "dte" is "date", and a
        # guess that is not the only one ("whe": when or where?) is no guess.
        dropped = [
            cand
            for cand in shapes.get((word[0], 4), ())
            if (cand in lex.intent_words or cand in lex.stop or cand in lex.cue_words)
            and any(cand[:i] + cand[i + 1 :] == word for i in range(1, 4))
        ]
        return (dropped[0], True) if len(dropped) == 1 else (word, False)
    # One edit allowed up to 7 letters, two from 8: Damerau (OSA) so swapped letters count once.
    # People rarely mistype the first letter, and demanding it keeps "cost" from becoming "host".
    # Same length first, so ties go to the likelier word ("whne" -> "when", not "whn").
    targets = lex.near_targets.get((word[0], len(word)), ())
    # Imported on first use: most questions have no unknown word, and a fresh `wic-bot ask`
    # process should not pay for rapidfuzz when it needs no typo correction.
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    # A doubled letter typed by mistake ("laast"): the word without it, if we know that word.
    for i in range(1, len(word)) if _DOUBLED.search(word) else ():
        if word[i] == word[i - 1] and (single := word[:i] + word[i + 1 :]) in lex.known:
            return single, True
    hits = process.extract(
        word, targets, scorer=OSA.normalized_similarity, score_cutoff=TYPO_CUTOFF, limit=8
    )
    # A word one letter longer than a short word is usually another word: "rain" is not
    # "ran", "ruin" not "run". Short words are corrected only for a wrong or swapped letter.
    hits = [hit for hit in hits if len(hit[0]) >= 4 or len(hit[0]) == len(word)]
    # Into a word that turns a verdict ("newer", "more", "only"), only a slip that drops or
    # swaps letters: "never" is not "newer"
    hits = [h for h in hits if str(h[0]) not in lex.cue_words or _typo_like(word, str(h[0]))]
    if not hits:
        return word, False
    best = max(score for _, score, _ in hits)
    tied = [str(w) for w, score, _ in hits if score == best]
    # Among equally close words, the question's own vocabulary beats a word from the facts:
    # "logn" is "long" (how long), not "logo".
    asks = [w for w in tied if w in lex.intent_words or w in lex.stop or w in lex.cue_words]
    return (asks or tied)[0], True


def _joined_syllables(raw: list[str], lex: Lexicon) -> list[str]:
    """Words written apart that are one chat spelling together ("zui shao" is "zuishao",
    fewest, not "most" and a guess; "na yi nian" is "nayinian"). Only runs of two or three
    words of two letters or more, one of them no plain English word ("how many" stays)."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        for n in (3, 2):
            parts = raw[i : i + n]
            if len(parts) < n or not all(len(w) > 1 and w.isalpha() for w in parts):
                continue
            joined = "".join(parts)
            plain = all(w in lex.known and w not in lex.spellings for w in parts)
            if len(joined) > 4 and joined in lex.spellings and not plain:
                out.append(joined)
                i += n
                break
        else:
            out.append(raw[i])
            i += 1
    return out


def _pinyin_ordinals(raw: list[str], lex: Lexicon) -> list[str]:
    """An ordinal written in pinyin read as one: "di shi san jie", "disijie", "di 4 jie" are
    the 13th, the 4th edition. Read whole, never syllable by syllable ("liu" alone is a
    surname, "shi" a verb)."""
    if len(lex.pinyin_ordinal) != 2:
        return raw
    pre, counter = lex.pinyin_ordinal
    out: list[str] = []
    i = 0
    while i < len(raw):
        w, n, end = raw[i], None, i
        if w == pre:  # spaced: di shi san jie (at most three number words)
            end = next((j for j in range(i + 1, min(i + 5, len(raw))) if raw[j] == counter), i)
            n = _pinyin_number(raw[i + 1 : end], lex) if end > i + 1 else None
        elif w.startswith(pre) and w.endswith(counter) and len(w) > len(pre) + len(counter):
            n = _pinyin_number([w[len(pre) : -len(counter)]], lex)  # glued: disijie
        asked = end == i + 2 and raw[i + 1] in lex.pinyin_asked  # di ji jie: which edition
        glued = w.startswith(pre) and w.endswith(counter)
        if asked or (glued and w[len(pre) : -len(counter)] in lex.pinyin_asked):
            out += ["which", counter]  # (glued: dijijie)
            i = end + 1 if asked else i + 1
            continue
        if n is None:
            out.append(w)
            i += 1
            continue
        out += [_nth(n), counter]
        i = end + 1
    return out


def _pinyin_number(parts: list[str], lex: Lexicon) -> int | None:
    """The number pinyin syllables (or digits) write: [shi, san] 13, [er, shi] 20, [4] 4."""
    if len(parts) == 1 and parts[0].isdigit():
        return int(parts[0]) or None
    values: list[int] = []
    syllables = sorted(lex.pinyin_numerals, key=len, reverse=True)  # (longest first)
    for part in parts:
        at = 0
        while at < len(part):  # a word may hold several syllables: "shisan"
            syllable = next((p for p in syllables if part.startswith(p, at)), None)
            if syllable is None:
                return None
            values.append(lex.pinyin_numerals[syllable])
            at += len(syllable)
    if 10 not in values:
        return values[0] if len(values) == 1 and 0 < values[0] < 10 else None
    at = values.index(10)
    tens = 1 if at == 0 else values[0] if at == 1 and 0 < values[0] < 10 else 0
    rest = values[at + 1 :]
    ones = 0 if not rest else rest[0] if len(rest) == 1 and 0 < rest[0] < 10 else -1
    return tens * 10 + ones if tens and ones >= 0 else None


def _nth(n: int) -> str:
    """13 -> "13th", 22 -> "22nd": an ordinal figure the reading takes as one."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
