"""The residue of a question: every word the parse did not use, sorted into noise, corrected
typos and unknown content — and only unknown content in the clause that asks can block."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .patterns import lazy
from .query import Residue
from .reading import Reading
from .records import replace
from .text import normalise

_SENTENCE = lazy(r"[^.!?。！？]+[.!?。！？]*")
_ORDINAL_WORD = lazy(r"\d{1,3}(?:st|nd|rd|th)")

_CLAUSE = lazy(r"[.!?;:\n。！？；：]+|,\s*|，", re.IGNORECASE)


def without(residue: Residue, claimed: tuple[str, ...]) -> Residue:
    """The residue, less the words a claim uses (they are the point of the question)."""
    if not claimed:
        return residue
    unknown = tuple(w for w in residue.unknown if w not in claimed)
    return replace(residue, unknown=unknown)


def residue(question: str, r: Reading, lex: Lexicon) -> Residue:
    """Sort the words the parse did not use into noise, corrections and unknown content.

    An unknown word counts only in a clause that carries the question: in "my cousin is
    obsessed with podcasts. anyway when did the 2016 one start?" the first sentence is noise.
    """
    chat = lex.chat
    noise = tuple([w for w in r.words if w in chat]) if not chat.isdisjoint(r.word_set) else ()
    unknown = r.unknown
    if unknown:
        qualifying = modifiers(r, lex)
        noise += qualifying
        unknown = tuple(w for w in unknown if w not in qualifying)
    if unknown and len(parts := _CLAUSE.split(question)) > 1:
        clauses = []
        for clause in parts:
            words = set(normalise(clause).words)
            clauses.append(words | {lex.spellings.get(w, w) for w in words})
        # The question lives where something is asked (a question word, an edition); a clause
        # that only mentions the series ("…this conference in <the town>, and I zoned out") is talk.
        asking = [c for c in clauses if asks(c, lex, names=False)]
        questions = [s for s in _SENTENCE.findall(question) if s.rstrip().endswith(("?", "？"))]
        if questions and len(questions) < len(_SENTENCE.findall(question)):
            # "…water towns for a trip and the summit came up... who hosted the first one?": the
            # sentence with the question mark is the question; the rest is the story
            asking = [set(normalise(" ".join(questions)).words)]
        core: set[str] = set()
        for words in asking or [c for c in clauses if asks(c, lex)]:
            core |= words
        for words in clauses:
            if "or" in words and len(words) > 1 and words - {"or"} <= set(unknown):
                # "which is better, iPhone or Android?": a choice offered is what is asked
                core |= words
        if core:
            # Only Latin words can stand aside: Chinese text is not split into clauses here.
            aside = tuple(
                w for w in unknown if w not in core and w.isascii() and not w.startswith("<")
            )
            unknown = tuple(w for w in unknown if w not in aside)
            noise += aside
    return Residue(noise, r.corrected, unknown)


def modifiers(r: Reading, lex: Lexicon) -> tuple[str, ...]:
    """Unknown words that only qualify an attribute noun right after them ("the principal
    slogan", "the busy forums"): they do not change what is asked. An unknown word after
    "how many" is the thing counted, and stays unknown."""
    out = []
    words = r.words
    for i, w in enumerate(words[:-1]):
        if w not in r.unknown or (i and words[i - 1] in ("many", "much")):
            continue
        nxt = words[i + 1]
        if nxt in lex.event_nouns:
            continue  # "Import Expo", "Economic Forum": another event's name, never a modifier
        detail = any(n.startswith("attr:") for n in lex.intent_words.get(nxt, ()))
        detail = detail or nxt in lex.figure_words  # "20 hot issues": a figure's own noun
        plural = nxt.endswith("s") and not nxt.endswith("ss")  # "forums", not "address"
        if (detail and plural) or "theme" in lex.intent_words.get(nxt, ()):
            out.append(w)  # a plural detail noun ("busy sub-forums") or a theme word
    return tuple(out)


def asks(words: set[str], lex: Lexicon, *, names: bool = True) -> bool:
    """Whether a clause carries a question: a question word, an edition (or the series' name)."""
    return any(
        w in lex.intent_words
        or (names and w in lex.name_words)
        or w.isdigit()
        or w in lex.ordinals
        or _ORDINAL_WORD.fullmatch(w) is not None
        for w in words
    )
