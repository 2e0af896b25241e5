"""Matching a question against the free Q&A items: idf-weighted word overlap, Chinese bigrams,
keywords and names."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .lexparts import zh_bigrams

MAX_POSTING = 64


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets, 0-1."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def score_faq(
    content: frozenset[str],
    zh_left: str,
    compact: str,
    words: Sequence[str],
    lex: Lexicon,
    named: list[int],
    ref_words: set[str],
) -> tuple[tuple[int, float, bool], ...]:
    best: dict[int, float] = dict.fromkeys(named, 0.75) if named else {}
    exact = lex.faq_exact.get(" ".join(words) if words else compact)
    if exact is not None:
        best[exact] = 1.0  # asked in the very words of one of its phrasings
    explains: set[int] = set()
    bigrams = zh_bigrams(zh_left) if zh_left.strip() else frozenset()
    index = lex.faq_index
    if bigrams or not index.keys().isdisjoint(content):  # most questions: no word of any item
        _score_items(content, bigrams, lex, ref_words, best, explains)
    # A keyword names the item by itself ("logo"): as strong as a close phrasing.
    keywords = lex.faq_keywords
    said = set(named)
    for w in keywords.keys() & set(words) if not keywords.keys().isdisjoint(words) else ():
        for qi in keywords[w]:
            best[qi] = max(best.get(qi, 0.0), 0.75)
            said.add(qi)
    for kw, qi in lex.faq_keywords_zh if compact else ():
        if kw in compact:
            best[qi] = max(best.get(qi, 0.0), 0.75)
            said.add(qi)
    if exact is not None:
        said.add(exact)
    # An item with keywords is about the thing they name: a question without a word of them
    # ("what does <the town> mean?", 国际组织是什么意思, sharing only "what does … mean" or
    # 是什么意思 with the logo's phrasings) does not ask it.
    keyed = lex.faq_keyed
    for qi in [qi for qi in best if keyed[qi] and qi not in said]:
        if keyed[qi].isdisjoint(words):
            del best[qi]
    if not best:
        return ()
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return tuple((qi, score, qi in explains) for qi, score in ranked)


def _score_items(
    content: frozenset[str],
    bigrams: frozenset[str],
    lex: Lexicon,
    ref_words: set[str],
    best: dict[int, float],
    explains: set[int],
) -> None:
    """Score the items sharing words (or Chinese bigrams) with the question into ``best``;
    ``explains``: those whose own question holds the question's edition words."""
    # Rarest words first; a very common word adds candidates only while there are few, as a
    # search engine skips long posting lists: keeps answering fast with thousands of items.
    index = lex.faq_index
    postings = sorted((p for w in content | bigrams if (p := index.get(w))), key=len)
    candidates: set[int] = set()
    for posting in postings:
        if candidates and len(posting) > MAX_POSTING:
            break
        candidates.update(posting[:MAX_POSTING])
    w_idf = lex.idf.get
    q_weight = sum(w_idf(w, 1.0) for w in content) if candidates else 0.0
    for ei in sorted(candidates):
        entry = lex.faq[ei]
        if entry.zh:
            shared = len(bigrams & entry.words)
            score = 2 * shared / (len(bigrams) + entry.weight) if shared else 0.0
        else:
            common = content & entry.words
            score = 2 * sum(w_idf(w, 1.0) for w in common) / (q_weight + entry.weight)
            if all(w in lex.intent_words or w in lex.plain_words for w in common):
                # only question words, or everyday ones ("explain"), in common ("when did …
                # start", "explain tcp/ip"): not this item
                score *= 0.5
        if score > best.get(entry.qa, 0.0):
            best[entry.qa] = score
            if ref_words and ref_words <= entry.refs:
                explains.add(entry.qa)
            else:
                explains.discard(entry.qa)
