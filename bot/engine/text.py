"""Normalising chat text: the sloppy forms members type become one comparable form."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .patterns import lazy

# Zero-width and direction-control characters people paste from other apps.
_INVISIBLE = lazy("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Discord mentions, channel links, custom emoji and mass pings; they never carry the question.
# (and a name typed after "@" by hand, "@WICbot": an address, no word of the question)
_MENTION = lazy(
    r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b|(?<![\w.])@[A-Za-z_][\w.]*",
    re.IGNORECASE,
)
# Text emoticons: ":D", ";)", "xD", "<3" carry no words.
# "8)" is a face, but "83" is a number (a count of countries), never one: eyes of 8 take no 3
_EMOTICON = lazy(
    r"(?<!\w)(?:[:;=][-'^]?[)(\]\[dDpPoO3/\\|*]+|8[-'^]?[)(\]\[DpPoO/\\|*]+|x[dD]+|<3+)(?!\w)"
)
_APOSTROPHE = lazy("[\u2018\u2019\u02bc\u00b4]")
_TOKEN = lazy(r"'\d{2}(?![\d])|#\s?\d+|[a-z0-9]+|[\u3007\u3400-\u9fff]")
_NOT_WORD = lazy(r"[^\w'#\u3007\u3400-\u9fff]+|_")
_SPACES = lazy(r"[\W_]+")
# What every emoticon starts with (the boundaries aside): a text without it has none (most
# questions). It starts with a character class, which the regex engine scans for quickly.
_EMOTICON_START = lazy(r"[:;=8x<](?:(?<=[:;=8])[-'^]?[)(\]\[dDpPoO3/\\|*]|(?<=x)[dD]|(?<=<)3)")
# Latin words and numbers: in ASCII text without ' or #, every token and every word of the
# cleaned text (``_TOKEN`` and ``_NOT_WORD`` agree there).
# For them, a bytes.translate table: [a-z0-9] kept, every other byte a space
_ALNUM_BYTES = bytes(b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256))
# A web address: a name, a dot and a top-level domain ("wicinternet.org", "www.x.com.cn")
_DOMAIN = lazy(r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:org|com|cn|net|gov|int|info))\b")
_new_text = tuple.__new__  # Text(...) without its Python-level __new__
MAX_CHARS = 2000  # longer input is cut: nobody asks a 2,000-character question


class Text(NamedTuple):
    """A question in comparable form (a named tuple: built once per question, cheaply)."""

    clean: str  # case-folded, mentions and markup removed, single-spaced
    tokens: tuple[str, ...]  # latin words and numbers, plus each Han character on its own
    words: tuple[str, ...]  # the latin words and numbers only
    compact: str  # clean text without spaces or punctuation: for Chinese matching
    han: int  # number of Han characters
    chinese: bool  # whether to answer in Chinese: mostly Han text
    asked: bool  # ends with a question mark: "all editions were 3 days long?" asks
    domains: tuple[str, ...] = ()  # web addresses named ("example.org"): never read as words


def normalise(raw: str) -> Text:
    """Clean one chat message for matching; never raises."""
    text = raw[:MAX_CHARS]
    if not text.isascii():  # the Unicode clean-up only matters for non-ASCII input
        text = _APOSTROPHE.sub("'", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)))
    if "<" in text or "@" in text:
        text = _MENTION.sub(" ", text)
    if _EMOTICON_START.search(text):
        text = _EMOTICON.sub(" ", text)
    text = text.casefold()
    if "&" in text:  # "where & when": and
        text = text.replace("&", " and ")
    domains = tuple(m[1] for m in _DOMAIN.finditer(text)) if "." in text else ()
    if "%" in text:  # "what % is that", "50%": the word, as "percent" is read
        text = text.replace("%", " percent ")
    if text.isascii() and "'" not in text and "#" not in text:  # most questions
        # the runs of [a-z0-9] (what re.findall("[a-z0-9]+") finds): every other byte made
        # a space, then split, in a fraction of the regex's time
        words = tuple(text.encode().translate(_ALNUM_BYTES).decode().split())
        clean = " ".join(words)
        # Mostly Han text: never (no Han characters).
        asked = raw.rstrip().endswith("?")
        return _new_text(Text, (clean, words, words, "".join(words), 0, False, asked, domains))
    tokens = tuple(_TOKEN.findall(text))
    if "#" in text:  # "# 4": the number sign and its number are one token
        tokens = tuple(t.replace(" ", "") for t in tokens)
    clean = " ".join(_NOT_WORD.sub(" ", text).split())
    # The rest are single Han characters (only in non-ASCII text).
    if text.isascii():  # clean holds only [a-z0-9'#] and spaces: no need for the regex
        words = tokens
        compact = clean.replace(" ", "").replace("'", "").replace("#", "")
    else:
        words = tuple(t for t in tokens if t.isascii())
        compact = _SPACES.sub("", clean)
    han = len(tokens) - len(words)
    # Mostly Han text: at least two characters, and no fewer than the Latin words.
    chinese = han >= 2 and han >= len([w for w in words if len(w) > 1 and not w[0].isdigit()])
    return Text(
        clean=clean,
        tokens=tokens,
        words=words,
        compact=compact,
        han=han,
        chinese=chinese,
        asked=raw.rstrip().endswith(("?", "？")),
        domains=domains,
    )


def without_markup(text: str) -> str:
    """The text without Discord mentions and custom emoji ("<:name:123>"), which hold no
    words of a question (their digits are no figure)."""
    return _MENTION.sub(" ", text) if "<" in text or "@" in text else text


def ascii_words(text: str) -> tuple[str, ...]:
    """The words ``normalise`` would find in plain ASCII text (no mentions or emoticons)."""
    tokens = _TOKEN.findall(text.casefold())
    if "#" not in text:  # only "# 4" holds a space within a token
        return tuple(tokens)
    return tuple(t.replace(" ", "") for t in tokens)


def key(name: str) -> str:
    """Compare-form of a name or phrase: Chinese without spaces, otherwise words by spaces."""
    t = normalise(name)
    return t.compact if t.han else " ".join(t.words)


def is_han(token: str) -> bool:
    """Whether a token starts with a Han character."""
    return bool(token) and ("\u3400" <= token[0] <= "\u9fff" or token[0] == "\u3007")
