"""Who ran an edition, by role: whether a party named in a question hosted or organised the
editions of a hosting period, read from the names the facts list for each role — never from
a search of the period's sentence, which also names where the organisation has its seat."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from .model import Edition, FactsFile, HostPeriod, VocabularyFile
from .sentences import host_period
from .text import normalise

Role = Literal["host", "organizer", ""]  # "" = either ("run by", "behind")
RoleVerdict = Literal["yes", "no", "open"]

# (words that never tell one party from another: "the CAC" is "CAC")
_BARE = frozenset({"the", "a", "an", "of", "s"})


def asked_role(words: Iterable[str], text: str, roles: Mapping[str, tuple[str, ...]]) -> Role:
    """The role a question asks of ("hosted by", 主办; "organised by", 承办), or "" for
    either or both."""
    said = set(words)
    found = {
        role
        for role, names in roles.items()
        if any((n.casefold() in said) if n.isascii() else (n in text) for n in names)
    }
    if found == {"host"}:
        return "host"
    if found == {"organizer"}:
        return "organizer"
    return ""


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in normalise(name.replace("'", " ")).words if w not in _BARE)


def _same(asked: str, listed: str) -> bool:
    """Whether a name as asked is a name on record: the same words, or (two words or more)
    some of them ("the Zhejiang government"); in Chinese, the one within the other."""
    if not asked.isascii() or not listed.isascii():
        if asked.isascii() or listed.isascii():
            return False
        return asked == listed or (len(asked) >= 2 and asked in listed) or listed in asked
    a, b = _words(asked), _words(listed)
    if not a:
        return False
    return a == b or (len(a) >= 2 and set(a) <= set(b))


def roles_of(period: HostPeriod, names: Iterable[str]) -> set[str]:
    """The roles any of ``names`` held in ``period``."""
    asked = [n for n in names if n.strip()]
    held: set[str] = set()
    for role, listed in (("host", period.hosted_by), ("organizer", period.organized_by)):
        if any(_same(n, x) for n in asked for x in listed):
            held.add(role)
    return held


def _is_place(facts: FactsFile, e: Edition, names: Iterable[str]) -> bool:
    """Whether a name is where the edition was held (its town, or a place the town lies in):
    "did <the province> host it?" may mean that."""
    s = facts.series
    said = [s.place, s.place_zh or "", *s.place_within, e.place or "", e.place_zh or ""]
    places = [p.strip() for x in said for p in x.replace("，", ",").split(",") if p.strip()]
    return any(_same(n, p) for n in names for p in places)


def role_verdict(
    facts: FactsFile,
    e: Edition,
    period: HostPeriod,
    names: Iterable[str],
    role: Role,
    precise: bool = False,
) -> RoleVerdict | None:
    """Whether the party ``names`` names held ``role`` at edition ``e``: "yes", "no", or
    "open" (the facts do not settle it: the fact is stated without a verdict). None where the
    period lists no hosts by name, or the name is only a place: the caller reads it otherwise."""
    names = tuple(names)
    if not period.hosted_by or not names:
        return None
    if any(" or " in f" {n} " for n in names):
        return "open"  # "hosted by X or Y?": a choice — the fact says which, no yes or no
    held = roles_of(period, names)
    place = _is_place(facts, e, names) and not precise
    if not held:
        if place or not role:
            # "did <the town> host it?": where it was held; "run 20 to 23 October": no party
            return None
        if role == "host" or period.organized_by:
            return "no"  # every host (and organizer) is on record: another party is not one
        return "open"
    if not role or role in held:
        return "yes"
    if role == "organizer":
        # a host asked of as organiser: organising in the loose sense, or no organiser on
        # record — the fact says which, without a verdict
        return "open"
    return "open" if place else "no"  # (the province that organised: also where it was held)


def judge(
    facts: FactsFile,
    vocabulary: VocabularyFile,
    e: Edition,
    names: Iterable[str],
    words: Iterable[str],
) -> RoleVerdict | None:
    """A claim that the party ``names`` names ran edition ``e``, in the role the question's
    ``words`` (English words, Chinese text) ask of: see ``role_verdict``."""
    period = host_period(facts.series.hosts, e.year)
    if period is None:
        return None
    words = tuple(words)
    text = "".join(w for w in words if not w.isascii())
    if asks_where(vocabulary, words):
        return None  # "hosted in <the province>?": where it was held, not who ran it
    # ("was there an organizer?", "hosted by anyone?": words that name no party)
    nobody = set(vocabulary.host_roles.get("nobody", ()))
    names = tuple(n for n in names if not (n.isascii() and set(_words(n)) <= nobody))
    role = asked_role(words, text, vocabulary.host_roles)
    # (主办 is the role itself; "host" may also mean where it was held)
    precise = bool(role) and any(n in text for n in vocabulary.host_roles[role] if not n.isascii())
    return role_verdict(facts, e, period, names, role, precise)


def asked_names(facts: FactsFile, values: tuple[str, ...], zh: str = "") -> tuple[str, ...]:
    """The party a claim names, as one name: its Latin words together and each Chinese value
    ("the zhejiang government"; 浙江); where it has none, the Chinese name on record the
    question holds (2022年浙江是主办方吗); () where it names none ("hosted by anyone?")."""
    if values:
        latin = " ".join(v for v in values if v.isascii())
        return tuple(x for x in (latin, *(v for v in values if not v.isascii())) if x)
    return named_in(facts, zh)[:1] if zh else ()


def named_in(facts: FactsFile, text: str) -> tuple[str, ...]:
    """The Chinese names on record that a Chinese question holds (its party, where the
    question has no Latin words to read one from), longest first."""
    listed = {
        n for p in facts.series.hosts for n in (*p.hosted_by, *p.organized_by) if not n.isascii()
    }
    return tuple(sorted((n for n in listed if n in text), key=len, reverse=True))


def asks_where(vocabulary: VocabularyFile, words: Iterable[str]) -> bool:
    """Whether a question asks where an edition was held in a host's words ("hosted in
    Beijing?"), not who hosted it."""
    said = f" {' '.join(w for w in words if w.isascii())} "
    return any(f" {p} " in said for p in vocabulary.host_roles.get("where", ()))
