"""Selections joined by "or", "and", "but not", "excluding", "neither … nor": the conditions of
a question split into atoms, each with its polarity, and the editions they select combined in
three-valued logic (an edition a "more than" figure leaves open stays open, never a yes or a no).

Pure: strings and sets of years in, sets of years out. The atoms themselves are asked by the
caller, one question each, so every condition the engine reads on its own can be joined."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .patterns import lazy


class Atom(NamedTuple):
    """One condition, as it would be asked on its own, and whether it is negated."""

    text: str
    negated: bool


class Part(NamedTuple):
    """Atoms joined one way ("or", else "and"); the part is negated as a whole where a
    negation before the first atom spans the rest ("weren't in November or December")."""

    atoms: tuple[Atom, ...]
    either: bool


class Selection(NamedTuple):
    """Parts joined by "and": "A or B, but not C" is (A or B) and (not C)."""

    parts: tuple[Part, ...]

    @property
    def size(self) -> int:
        return sum(len(p.atoms) for p in self.parts)


class Judged(NamedTuple):
    """The editions a condition settles true and those it settles false; the rest of the
    universe it leaves open (a "more than" figure, or no figure)."""

    true: frozenset[int]
    false: frozenset[int]


# connectives that apply to everything said before them
_LOW = lazy(
    r",?\s+\b(?P<c>but|excluding|except(?:\s+for)?|apart\s+from|other\s+than|not\s+counting"
    r"|leaving\s+out|minus)\s+",
    re.I,
)
_OR = lazy(r",?\s+\bor\b\s+", re.I)
_AND = lazy(r",?\s+\band\b\s+", re.I)
_NEITHER = lazy(r"^(?:(?P<verb>[a-z]+(?:\s+held)?)\s+)?neither\s+", re.I)
_NOR = lazy(r",?\s+\bnor\b\s+", re.I)
# "between 15 and 19": one condition, its "and" kept
_BETWEEN = lazy(r"\bbetween\s+(\S+)\s+and\s+(?=\S)", re.I)
# "those with", "the ones that", "editions which": what names the editions again
_AGAIN = lazy(
    r"^(?:(?:any|all)\s+)?(?:(?:the\s+)?(?:ones|those|editions|summits|one|edition)\s+)?"
    r"(?:that\s+|which\s+)?",
    re.I,
)
_NOT_BE = lazy(r"^(?P<be>were|was)\s+not\s+|^(?P<nt>weren't|wasn't|werent|wasnt)\s+", re.I)
_NOT_DO = lazy(r"^(?:did\s+not|didn't|didnt|never)\s+(?P<verb>[a-z]+)\b", re.I)
_NOT = lazy(r"^not\s+", re.I)
# a verb's past form after "did not": English's irregular ones (the rest take "-ed")
_PAST = {
    "begin": "began",
    "run": "ran",
    "have": "had",
    "take": "took",
    "draw": "drew",
    "see": "saw",
    "hold": "held",
    "close": "closed",
    "feature": "featured",
    "last": "lasted",
}
_MONTH_ONES = lazy(r"^(?:the\s+)?(?P<m>[a-z]+)\s+ones$", re.I)


# "but not 2022", "except 2024 and 2025", "not the 2019 one": editions named by year
_YEARS_ONLY = lazy(
    r"(?:the\s+)?(?:(?:19|20)\d\d(?:\s*(?:,|and|&|or)\s*|\s+)?)+"
    r"(?:(?:ones?|editions?|summits?)\s*)?",
    re.I,
)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")


# "except 2019", "not counting 2020 and 2021", 除了2015年, 不算2022年: years set aside
SET_ASIDE = lazy(
    r"\b(?:excluding|except(?:\s+for)?|not\s+counting|not\s+including|leaving\s+out|leave\s+out"
    r"|without(?:\s+counting)?|w/o|if\s+we\s+skip|skipping|skip|setting\s+aside|leaving\s+aside"
    r"|other\s+than|apart\s+from|aside\s+from|besides|but\s+not)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d(?:\s+(?:one|edition|summit|forum))?(?:\s*(?:,|and|or|&)\s*(?:the\s+)?)?)+"
    r"|(?:除了|除咗|除去|除开|除|不算|唔计|唔算|不包括|不含|不计|去掉|扣除|排除)"
    r"(?:(?:19|20)\d\d年?(?:和|、|及|与)?)+"
    # ("setting 2020 aside", "(2020 aside)": said before "aside")
    r"|\b(?:setting\s+|leaving\s+|putting\s+)?(?:19|20)\d\d\s+aside\b"
    # (2020年除外), 2019和2020年不算: said after the years
    r"|(?:(?:19|20)\d\d年?(?:和|、|及|与)?)+(?:的?那?届?)?(?:除外|を除く|(?:不算|不计|不包括)(?:在内)?)(?=\s*(?:[，,。？?；;）)]|的话|$))",
    re.I,
)


def years_set_aside(question: str) -> frozenset[int]:
    """The years a question sets aside ("except 2019", 除了2015年, 2020年除外), in simplified
    text — each place it sets some aside ("except 2020 and except 2019")."""
    return frozenset(
        int(y) for m in SET_ASIDE.finditer(question) for y in _YEAR_DIGITS.findall(m[0])
    )


_YEAR_DIGITS = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # (2015年: no word boundary before 年)


def years_in(text: str) -> bool:
    """Whether a text names a year (2015, 2015年)."""
    return _YEAR_DIGITS.search(text) is not None


def years_named(atom: str) -> frozenset[int] | None:
    """The years an atom names where it names nothing else ("2024 and 2025"), else None."""
    if _YEARS_ONLY.fullmatch(atom.strip()) is None:
        return None
    return frozenset(int(y) for y in _YEAR.findall(atom))


def _past(verb: str) -> str:
    low = verb.casefold()
    return _PAST.get(low, low if low.endswith("ed") else f"{low}ed")


def _atom(said: str, months: frozenset[str]) -> Atom | None:
    """One condition as said, its negation taken off (the verb put back in the past)."""
    text = _AGAIN.sub("", said.strip(" ,")).strip()
    negated = False
    if m := _NOT_BE.match(text):
        negated, text = True, f"were {text[m.end() :]}"
    elif m := _NOT_DO.match(text):
        negated, text = True, f"{_past(m['verb'])}{text[m.end() :]}"
    elif m := _NOT.match(text):
        negated, text = True, text[m.end() :]
    m_ones = _MONTH_ONES.fullmatch(text)
    if m_ones is not None and m_ones["m"].casefold() in months:
        text = f"in {m_ones['m']}"  # "the December ones": those held in December
    if not text or re.search(r"\b(?:not|n't|no|never|without)\b", text, re.I):
        return None  # (a negation left inside: not one this splitting reads)
    return Atom(text, negated)


def split(conditions: str, months: frozenset[str]) -> Selection | None:
    """The conditions of a selection, as atoms in parts; None where they are one condition
    or join "and" with "or" in one part (which way they group is not said)."""
    said = _BETWEEN.sub(lambda m: f"between {m[1]} \x00and\x00 ", conditions.strip())
    pieces = _LOW.split(said)
    parts: list[Part] = []
    aside = False
    for i, piece in enumerate(pieces):
        if i % 2 == 1:
            # ("but" joins what follows; "excluding", "not counting", … set it aside)
            aside = pieces[i].casefold().split()[0] != "but"
            continue
        part = _part(piece, months, aside and i > 0)
        if part is None:
            return None
        parts.append(part)
    selection = Selection(tuple(parts))
    return selection if selection.size > 1 else None


def _part(piece: str, months: frozenset[str], aside: bool) -> Part | None:
    """One stretch between "but"/"excluding": its atoms, joined one way."""
    text = piece.strip()
    bare = _NOT.sub("", text)
    if years_named(bare) is not None and aside:
        return None  # (years set aside: the question read as before, the rest asked)
    if years_named(bare) is not None:
        # "but not 2024 and 2025": those years, one atom ("excluding 2022" is read as before:
        # the years set aside, the rest asked)
        negated = (bare != text) != aside
        return Part((Atom(bare, negated),), False)
    m = _NEITHER.match(text)
    neither = m is not None
    if m is not None:
        # "opened neither on a Sunday nor on a Wednesday": the verb before it, in each
        verb = m["verb"] or ""
        said = [f"{verb} {s}".strip() for s in _NOR.split(text[m.end() :])]
        if len(said) < 2:
            return None
        either = False
    else:
        ors, ands = _OR.split(text), _AND.split(text)
        if len(ors) > 1 and len(ands) > 1:
            return None
        either = len(ors) > 1
        said = ors if either else ands
    said = [s.replace("\x00and\x00", "and") for s in said]
    atoms: list[Atom] = []
    for s in said:
        atom = _atom(s, months)
        if atom is None:
            return None
        if atoms:
            lead = atom.text.split()[0].casefold()
            if not either and not neither and lead not in LEADS and lead not in _BOUNDS:
                return None  # ("under 90 countries and regions": one figure's name)
            atom = _completed(atoms[-1], atom)
            if atom is None:
                return None
        atoms.append(atom)
    spans = not neither and len(atoms) > 1 and atoms[0].negated
    if spans and not any(a.negated for a in atoms[1:]) and all(_elliptic(x) for x in said[1:]):
        # "weren't in November or December": the negation spans them all (in neither), where
        # the later ones say no verb of their own
        atoms = [a._replace(negated=True) for a in atoms]
        either = not either  # not (A or B) is (not A) and (not B)
    if neither:
        atoms = [a._replace(negated=True) for a in atoms]
    if aside:
        if len(atoms) > 1 and not either:
            return None  # "excluding X and Y": one set or two, not said
        atoms = [a._replace(negated=not a.negated) for a in atoms]
        either = False  # not (A or B): neither
    return Part(tuple(atoms), either)


# what begins a condition of its own: a verb, a preposition, "with"
LEADS = frozenset(
    {"were", "was", "had", "have", "lasted", "ran", "opened", "started", "began", "ended"}
    | {"closed", "finished", "took", "drew", "attracted", "saw", "featured", "held"}
    | {"in", "on", "during", "with", "before", "after", "since", "between", "from"}
)
_BOUNDS = frozenset({"more", "fewer", "less", "over", "under", "above", "below", "at", "exactly"})
_VERBS = LEADS - {"in", "on", "during", "with", "before", "after", "since", "between", "from"}


def _elliptic(said: str) -> bool:
    words = _AGAIN.sub("", said.strip(" ,")).split()
    return bool(words) and words[0].casefold() not in _VERBS


def _completed(before: Atom, atom: Atom) -> Atom | None:
    """The atom with what it shares with the one before it put back ("opened on a Sunday or
    a Monday": "opened on a Monday"); None where it cannot be."""
    wa, wb = before.text.split(), atom.text.split()
    lead = wb[0].casefold()
    if lead in _VERBS:
        return atom
    if lead in ("in", "on", "during"):
        # "opened on a Sunday but not in November": a preposition of its own, the verb shared
        verb = wa[0] if wa[0].casefold() in _VERBS else ""
        if lead == "on" and verb.casefold() not in ("opened", "started", "began", "ended"):
            verb = verb if verb.casefold() in ("closed", "finished") else ""
        if lead in ("in", "during") and verb.casefold() in ("had", "lasted", "drew"):
            verb = ""
        return atom._replace(text=f"{verb} {atom.text}".strip())
    if lead in LEADS:
        return atom
    if lead in _BOUNDS or lead.isdigit():
        heads = _BOUNDS | {"between"}
        at = next((i for i, w in enumerate(wa) if w.casefold() in heads), None)
        if at is None:
            at = next((i for i, w in enumerate(wa) if w.isdigit()), None)
        if at is None:
            return None
        if wb[-1].isdigit() and not wa[-1].isdigit():
            wb = [*wb, wa[-1]]  # "between 15 and 19 sub-forums, or fewer than 10"
        return atom._replace(text=" ".join(wa[:at] + wb))
    if len(wa) > len(wb):
        return atom._replace(text=" ".join(wa[: len(wa) - len(wb)] + wb))
    return None


def combine(
    selection: Selection, judge: Callable[[str], Judged | None], universe: Iterable[int]
) -> tuple[frozenset[int], frozenset[int]] | None:
    """The editions the selection settles true, and those it leaves open; None where an atom
    is no selection of editions."""
    every = frozenset(universe)
    result = Judged(every, frozenset())
    for part in selection.parts:
        joined: Judged | None = None
        for atom in part.atoms:
            judged = judge(atom.text)
            if judged is None:
                return None
            true, false = judged.true & every, judged.false & every
            if atom.negated:
                true, false = false, true
            if joined is None:
                joined = Judged(true, false)
            elif part.either:
                joined = Judged(joined.true | true, joined.false & false)
            else:
                joined = Judged(joined.true & true, joined.false | false)
        if joined is None:
            return None
        result = Judged(result.true & joined.true, result.false | joined.false)
    return result.true, every - result.true - result.false
