"""What the words of a question and of a fact say about people, places and manner: a
claimed value found whole, the part of a fact naming a person, and whether it says the same
manner ("by video", "a letter") as the question."""

from __future__ import annotations

import re

from .patterns import lazy
from .query import Claim
from .text import normalise

# How or in what role someone took part: the quote must say the same for a yes.
MANNER = ("video", "letter", "message", "read", "person", "online", "remote", "virtual")
_MANNER_ZH = ("视频", "贺信", "致信", "宣读", "亲自", "线上", "副总理")
_IN_PERSON = ("person", "physically", "physical", "onsite")
_IN_PERSON_ZH = ("亲自", "现场", "线下")
# Asking the keynote itself, not any speech: only then does naming another speaker say no.
KEYNOTE = ("keynote", "headline", "主旨")
# Words that make a quote unfit for a plain yes ("a video speech" is no "in person").
_HEDGES = frozenset({"video", "letter", "message", "read"})
_THERE = frozenset({"attended", "attend", "presided", "opened"})
_CLAUSE = lazy(r"[;；.。,，]")
_HEDGES_ZH = ("视频", "贺信", "致信", "书面", "宣读")
# a speech of one's own, asked or said ("spoke", "gave the keynote", 讲话)
_SPEECH = ("speak", "spoke", "speech", "speeches", "address", "addressed", "keynote", "talk")
_SPEECH_ZH = ("讲话", "演讲", "致辞", "发言", "主旨")


# Kinds of place, not places: "Zhejiang province" claims Zhejiang.
PLACE_NOUNS = frozenset({"province", "city", "county", "town", "village", "district"})


def covered(value: str, text: str) -> bool:
    """Whether ``value`` is made of pieces (2+ characters) that ``text`` holds: a county and
    a town written together (AB) are both in the place's full name (…A市B)."""
    i = 0
    while i < len(value):
        size = next((n for n in range(len(value) - i, 1, -1) if value[i : i + n] in text), 0)
        if not size:
            return False
        i += size
    return True


def names(text: str, values: tuple[str, ...]) -> bool:
    """Whether ``text`` holds every claimed value (Latin by whole words, Chinese as written)."""
    words = set(normalise(text).words)
    return all((v in text) if not v.isascii() else v in words for v in values)


def mentions(terms: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` stands in the question (Latin as a word prefix, Chinese as
    written)."""
    return any(t.startswith(w) if w.isascii() else w in t for t in terms for w in words)


def places(unit: str | None) -> bool:
    """Whether a detail counts places ("countries and regions")."""
    return unit is not None and any(w in unit for w in ("countr", "region", "nation", "国家"))


def naming_parts(said: str, values: tuple[str, ...]) -> list[str]:
    """The clauses of a fact that name every claimed value ("X sent a letter; Y gave the
    keynote": the second names Y)."""
    return [part for part in _CLAUSE.split(said) if names(part, values)]


def manner_of(said: str, claim: Claim) -> int:
    """How many of the manners the question asks ("by video", "read the letter") the part of
    ``said`` naming the claimed person says."""
    naming = naming_parts(said, claim.values)
    if not naming:
        return 0
    words = normalise(" ".join(naming)).words
    if mentions(claim.terms, ("read",)):
        # "was Xi's letter read": whoever read it, in another clause of the fact ("Xi sent a
        # congratulatory letter, read by Huang Kunming")
        words = normalise(said).words
    return sum(1 for w in MANNER if mentions(claim.terms, (w,)) and mentions(words, (w,)))


def says_all(said: str, claim: Claim) -> bool:
    """Whether a clause of ``said`` names the claimed person and says every manner and role
    the question asks of them ("gave the keynote", "by video"): "X sent a letter; Y gave the
    keynote" says the keynote of Y, not of X; nor does "Y gave the keynote and read out X's
    letter" (X only as the letter's owner)."""
    asked = [w for w in (*MANNER, *_MANNER_ZH, *KEYNOTE) if mentions(claim.terms, (w,))]
    # a letter read ("黄坤明宣读贺信", "read the letter"): whose letter the fact may say in
    # another clause ("习近平主席致贺信，黄坤明在开幕式上宣读")
    read = any(w in asked for w in _READ)
    whole = normalise(said).words
    # 宣读了习近平的贺信: the letter is the person's, read by whoever the fact says, in any
    # clause ("习近平主席致贺信，黄坤明在开幕式上宣读")
    owned = read and any(
        f"{v}{mid}贺信" in t
        for t in claim.terms
        for v in claim.values
        if not v.isascii()
        for mid in ("的", "主席的", "主席")
    )

    def says(part: str, w: str) -> bool:
        if read and (w in _LETTER or (owned and w in _READ)):
            return w in said if not w.isascii() else mentions(whole, (w,))
        return w in part if not w.isascii() else mentions(normalise(part).words, (w,))

    # ("which editions did Xi send a letter to?": "Y read out Xi's letter" is his letter)
    sent = not read and any(w in asked for w in _LETTER)
    return any(
        all(says(part, w) for w in asked)
        and not (asked and not sent and _owner_only(part, claim.values))
        for part in naming_parts(said, claim.values)
    )


_READ = ("read", "宣读")
_LETTER = ("letter", "message", "贺信", "致信")


def _owner_only(part: str, values: tuple[str, ...]) -> bool:
    """Whether each Latin value is named in ``part`` only as an owner ("Xi Jinping's
    letter"): the clause says what someone else did with it."""
    latin = [v for v in values if v.isascii()]
    if not latin:
        return False
    for v in latin:
        found = [m.end() for m in _word(v).finditer(part)]
        if not found or any(not _POSSESSIVE.match(part, end) for end in found):
            return False
    return True


def _word(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(value)}(?![a-z])", re.I)


# after a name: its further parts, then "'s" ("Xi Jinping's")
_POSSESSIVE = lazy(r"(?:\s+[A-Z][a-z]+)*['’]s\b")


# "Which editions did X attend?", X出席过几届: being there, asked with no manner of its own
_ATTEND = (
    "attend",
    "came",
    "come",
    "showed",
    "show up",
    "appear",
    "visit",
    "出席",
    "参加",
    "參加",
    "亲临",
    "親臨",
    "到场",
    "到場",
)
_FROM_AFAR = ("video", "letter", "message", "read", "online", "remote", "virtual")
_FROM_AFAR_ZH = ("视频", "視頻", "贺信", "賀信", "致信", "宣读", "宣讀", "线上", "線上")


def attending(terms: tuple[str, ...]) -> bool:
    """Whether the question asks where someone was there ("attend", 出席), not how they took
    part from afar ("by video", 致贺信) — those are asked as they are."""
    return mentions(terms, _ATTEND) and not mentions(terms, (*_FROM_AFAR, *_FROM_AFAR_ZH))


def in_person(claim: Claim) -> bool:
    """Whether the question asks if someone was there in person ("in person", "physically",
    亲自, 现场)."""
    return mentions(claim.terms, _IN_PERSON) or any(
        w in t for t in claim.terms for w in _IN_PERSON_ZH
    )


def hedged(said: str, claim: Claim) -> bool:
    """Whether the part of ``said`` naming the claimed person says they took part from afar:
    by video, or by a letter or message of their own ("X's letter", "X sent a letter") — not
    one they read out, which they did there."""
    part = " ".join(naming_parts(said, claim.values))
    words = normalise(part).words
    if "video" in words or "视频" in part:
        return True
    low = part.casefold()
    own = any(
        re.search(rf"\b{re.escape(v)}\w*(?: \w+)?'s\b", low) for v in claim.values if v.isascii()
    )
    # 宣读习近平主席贺信, 习近平的贺词: their own letter, read out by another
    own = own or any(
        re.search(rf"{re.escape(v)}(?:主席)?的?(?:贺信|贺词|賀信|賀詞)", part)
        for v in claim.values
        if not v.isascii()
    )
    sent = "sent" in words or any(h in part for h in ("致信", "致贺信", "发来贺信"))
    return own or sent


def plain_yes(said: str, claim: Claim, keynote: bool) -> bool:
    """Whether the part of ``said`` naming the claimed person supports a plain yes: it says
    nothing of a video or a letter the question did not ask, says every manner the question
    did ask ("by video", "read the letter"), and the keynote where that was asked. "X sent a
    letter; Y delivered the keynote" says yes of Y, and nothing plain of X."""
    if claim.only:
        return False
    naming = naming_parts(said, claim.values)
    if not naming:
        return False
    part = " ".join(naming)
    words = normalise(part).words
    asked = [w for w in MANNER if mentions(claim.terms, (w,))]
    asked += [w for w in _MANNER_ZH if mentions(claim.terms, (w,))]
    # (from afar: by video, or by a letter of their own — not one they read out, there)
    far = hedged(said, claim)
    # "in person?": said by a verb of being there ("attended", "delivered"), unhedged
    there = not far and not _THERE.isdisjoint(words)
    if any(
        not (there and w in _IN_PERSON)
        and (not mentions(words, (w,)) if w.isascii() else w not in part)
        for w in asked
    ):
        return False  # asked "by video?", and the quote says otherwise or nothing
    if far and not asked:
        return False
    speech = mentions(claim.terms, _SPEECH) or mentions(claim.terms, _SPEECH_ZH)
    if speech and not mentions(words, _SPEECH) and not any(z in part for z in _SPEECH_ZH):
        # "did Huang Kunming speak in 2019?": he read out a letter — no speech of his said
        return False
    return not keynote or mentions((part,), KEYNOTE) or mentions(words, KEYNOTE)


# English endings stripped to compare a word's forms ("governance", "governed"); longest
# first, one at a time
_ENDINGS = (
    "ations",
    "ation",
    "ities",
    "ness",
    "ance",
    "ence",
    "ity",
    "ive",
    "ing",
    "ion",
    "ed",
    "es",
    "al",
    "e",
    "s",
    "y",
)


def stem(word: str) -> str:
    """A crude stem of an English word: "civilisation" and "civilization" -> "civiliz"."""
    w = word.replace("isation", "ization").replace("ise", "ize")
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


def theme_holds(text: str, phrase: str) -> bool:
    """Whether a theme's text holds a word or phrase: "AI" as a word (or a word's part, as in
    "AI-for-good"), a phrase as written, or one English word in another form ("security" in
    "Secure", "openness" in "Open", "governance" in "Governed")."""
    p = phrase.casefold()
    if len(p) <= 3 and p.isascii():
        return re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", text.casefold()) is not None
    if p in text.casefold():
        return True
    if not p.isascii() or not p.isalpha():
        return False
    asked = stem(p)
    return len(asked) >= 4 and any(
        (t := stem(w)).startswith(asked) or (len(t) >= 4 and asked.startswith(t))
        for w in re.findall(r"[a-z]+", text.casefold())
    )
