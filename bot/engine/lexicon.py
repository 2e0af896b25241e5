"""The matching index compiled once from a knowledge base: words, phrases, names and Q&A."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .knowledge import Knowledge
from .lexparts import (
    FaqEntry,
    FaqTables,
    Names,
    PairIndex,
    Signals,
    ZhList,
    by_shape,
    fact_names,
    fact_words,
    frozen,
    it_phrases,
    known_pairs,
    lex_weekdays,
    longest,
    lookup_table,
    near_shapes,
    pair_index,
    relative_tables,
    sized_index,
    skeletons,
    source_names,
    speakers_zh,
    theme_index,
    weekday_prefixes,
    within_reach,
    words_of,
    zh_list,
    zh_table,
)
from .model import FactsFile, VocabularyFile
from .records import record
from .text import key, normalise

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
    "biennial",
    "include",
    "usual",
    "only",
    "sum",
    "average",
    "rank",
    "median",
    "ratio",
    "percent",
    "spread",
    "weekend",
    "nearest",
    "neutral",
)


@record()
class Lexicon:
    """Everything the understanding step looks up, built once per knowledge version."""

    stop: frozenset[str]
    filler: frozenset[str]
    known: frozenset[str]
    edition_names: PairIndex[int]  # other names of one edition -> its year
    edition_names_zh: tuple[tuple[str, int], ...]
    # (first letter, length) -> known words: typo targets, so a lookup scans only words that
    # could be one or two edits away
    fuzzy_targets: Mapping[tuple[str, int], tuple[str, ...]]
    # see lexparts.near_shapes and within_reach: the lengths a typo can be read from
    near_targets: Mapping[tuple[str, int], tuple[str, ...]]
    intent_words: Mapping[str, tuple[str, ...]]
    intent_phrases: PairIndex[str]
    # The same phrases as the lengths to try at a word (by its first two words) and each
    # phrase's intents: see lexparts.sized_index
    intent_phrase_sizes: Mapping[str, Mapping[str, tuple[int, ...]]]
    intent_phrase_names: Mapping[tuple[str, ...], tuple[str, ...]]
    # Intent phrases holding "it", by the word after it ("" at the end), with where "it" is:
    # "when did it start" is found in "when did the Example Summit start"
    it_phrases: Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]]
    intent_zh: tuple[tuple[str, str], ...]
    intent_zh_at: Mapping[str, tuple[tuple[str, str], ...]]  # by first character
    intent_order: Mapping[str, int]
    phrasings: tuple[tuple[frozenset[str], str], ...]
    edition_specific: frozenset[str]
    event_nouns: frozenset[str]
    event_nouns_zh: tuple[str, ...]
    aliases: PairIndex[None]
    other_events: PairIndex[None]  # names of other events sharing the series' words
    other_events_zh: tuple[str, ...]  # longest first
    other_marks: frozenset[str]  # "global": before our name words and an event noun, another
    other_marks_zh: tuple[str, ...]
    distinct_words: frozenset[str]  # name words no other event's name shares (the town)
    name_core: frozenset[str]  # our names' words that are no event noun ("world", "internet")
    foreign_nouns: frozenset[str]  # event nouns none of our names uses, singular or plural
    name_cores_zh: tuple[str, ...]  # our names' tails: what follows a mark in another's name
    outside: frozenset[str]  # words of names the facts do not record ("huawei", "tesla")
    outside_zh: tuple[str, ...]  # the same in Chinese (华为)
    name_words: frozenset[str]  # every word of the series' names
    aliases_zh: tuple[str, ...]  # longest first
    short: str
    ordinals: Mapping[str, int]
    numbers: Mapping[str, int]
    zh_numerals: Mapping[str, int]
    zh_table: Mapping[int, str]  # str.translate table: traditional -> simplified
    zh_hant: Mapping[int, str]  # str.translate table: simplified -> traditional, for answers
    zh_figure_leads: tuple[str, ...]  # 超过, 不到…: a number after them is a figure
    roles: tuple[str, ...]  # "read", 宣读: parts the facts record for some editions only
    plain_words: frozenset[str]  # "cold", "work": everyday words never read as a typo
    zh_spoken: tuple[tuple[str, str], ...]  # spoken form -> written Mandarin, longest first
    months: Mapping[str, int]
    edition_years: frozenset[int]  # the years editions were held
    ordinal_years: Mapping[int, int]  # official number -> the year of that edition
    # year -> (its days, its opening month), for editions whose both dates are known: what a
    # length selects ("the 3-day editions in November")
    edition_days: Mapping[int, tuple[int, int]]
    seasons: Mapping[str, tuple[int, ...]]  # latin season word (or two) -> its months
    season_heads: frozenset[str]  # the first words of two-word seasons ("fourth quarter")
    seasons_zh: tuple[tuple[str, tuple[int, ...]], ...]
    times_of_day: frozenset[str]  # latin and Chinese: never a place
    # titles asked -> as the facts write them (casefolded, "-" as a space), longest first
    titles: tuple[tuple[str, str], ...]
    markers: frozenset[str]
    present: frozenset[str]  # "is", "will": "when is the next one?" counts from today
    number_leads: frozenset[str]  # markers and the short name: words before a number ("No. 4")
    relative: PairIndex[str]  # latin phrase -> kind
    relative_zh: tuple[tuple[str, str], ...]
    from_last: PairIndex[None]  # after an ordinal: "most recent", "to last"
    from_last_zh: tuple[str, ...]  # before 第N届: 倒数
    zh_strip: ZhList[None]  # known Chinese strings, longest first
    zh_bigrams: frozenset[str]  # every character pair in the known Chinese text
    faq: tuple[FaqEntry, ...]
    faq_index: Mapping[str, tuple[int, ...]]  # word or bigram -> FaqEntry indexes
    faq_keywords: Mapping[str, tuple[int, ...]]  # keyword -> qa indexes
    faq_names: PairIndex[int]  # multi-word keywords (names of things) -> qa index
    faq_keywords_zh: tuple[tuple[str, int], ...]
    # each item's keywords' words (empty: none): an item with keywords is matched only
    # where one is said
    faq_keyed: tuple[frozenset[str], ...]
    faq_exact: Mapping[str, int]  # a phrasing's words (or Chinese text) -> qa index
    idf: Mapping[str, float]
    noise: frozenset[str]  # chat words that never change what is asked
    answered_by: Mapping[str, frozenset[str]]  # "who" -> the intents that can answer it
    choosy: frozenset[str]  # the Latin question words of those with a non-empty list
    chat: frozenset[str]  # noise and filler together
    spellings: Mapping[str, str]  # chat spelling -> word
    pinyin_numerals: Mapping[str, int]  # "san" -> 3, "shi" -> 10
    pinyin_ordinal: tuple[str, ...]  # ("di", "jie"): di shi san jie, the 13th edition
    pinyin_asked: frozenset[str]  # "ji": di ji jie, which edition
    # Operation cues (verify, most, between…): words, phrases (by first word) and Chinese.
    cue_words: Mapping[str, tuple[str, ...]]
    cue_phrases: PairIndex[str]
    cue_phrase_sizes: Mapping[str, Mapping[str, tuple[int, ...]]]  # as intent_phrase_sizes
    cue_phrase_names: Mapping[tuple[str, ...], tuple[str, ...]]
    cue_zh: ZhList[str]
    # (ending, cue, endings where it does not count): 哪年人多 asks "more", 有多少 does not
    cue_zh_end: tuple[tuple[str, str, tuple[str, ...]], ...]
    units: Mapping[str, str]  # "weeks" -> "weeks", "周" -> "weeks"
    figure_words: Mapping[str, str]  # "countries" -> "places": a figure of another kind asked
    figure_rest: Mapping[str, str]  # "foreign" -> "domestic": what "not from abroad" asks
    count_words: frozenset[str]  # "count", "计数": the year count asked, not the ordinal
    predict_words: frozenset[str]  # "predict", "预测": what is not yet known, guessed
    skip_words: tuple[str, ...]  # "skipped", 停办: an edition said not to be held
    wider_scopes: tuple[str, ...]  # "in the world", 世界上: a superlative set beyond the series
    people_words: frozenset[str]  # "visitors", "观众": people counted
    kinds_of: Mapping[str, frozenset[str]]  # "attr:expo" -> {"places", "foreign"} in the facts
    counted: frozenset[str]  # the kinds of fact with a number ("attr:subforums"): figures
    story_words: frozenset[str]  # "my", "sorry": a clause about the asker, not the question
    series_abouts: frozenset[str]  # "attr:organisation": kinds of fact the series itself has
    now_words: frozenset[str]  # "now", "currently": the present, not the edition talked of
    now_zh: tuple[str, ...]  # 现在, 目前
    now_phrases: tuple[str, ...]  # "these days", "at present"
    meantime: tuple[str, ...]  # "in that period" (Latin, words joined by spaces)
    meantime_zh: tuple[str, ...]  # 这期间
    first_n: frozenset[str]  # "first" in "the first three summits"
    last_n: frozenset[str]  # "last" in "the last two editions"
    span_zh: tuple[tuple[str, bool], ...]  # ("前", False), ("最近", True): 前三届, 最近两届
    story_zh: tuple[str, ...]  # "我", "不好意思"
    part_words: tuple[str, ...]  # "award", 奖: a part only some editions' facts name
    answer_in: tuple[tuple[str, str], ...]  # ("in chinese", "zh"), ("用英文", "en"), longest first
    answer_in_keys: frozenset[str]  # each phrase's last word (last two characters): a first test
    you_said: tuple[str, ...]  # "you said", 你刚才说 (lower case, longest first)
    place_vague: frozenset[str]  # "southern", 附近: a place claim the facts cannot settle
    place_vague_zh: tuple[str, ...]
    place_outside: tuple[str, ...]  # "abroad", "outside china" (Latin phrases, lower case)
    place_outside_zh: tuple[str, ...]  # 海外, 境外
    home: frozenset[
        str
    ]  # the words of the series' place and of what holds it (its town, province, region)
    home_zh: str  # its Chinese names, joined: "<镇>以外" claims a place beyond it
    figure_zh: tuple[tuple[str, str], ...]  # ("境外", "foreign"), longest first
    weekdays: tuple[str, ...]  # lower-case English weekday names, Monday first
    weekday_of: Mapping[str, int]  # "sunday", "sun", "sund" -> 6
    skeletons: Mapping[str, tuple[str, ...]]  # "smmt" -> ("summit",): words typed without vowels
    # Words known only from the facts (names, places, quoted terms), never from the vocabulary
    fact_only: frozenset[str]
    facts_zh: str  # every Chinese fact sentence, for quotes ("黄坤明") in reverse look-ups
    fact_names: frozenset[str]  # words the facts write with a capital: names, places, titles
    speakers_zh: frozenset[str]  # the people the keynote facts name in Chinese (习近平)
    host_names: frozenset[str]  # the words of hosts' other names (series.hosts[].names)
    source_names: frozenset[str]  # the reporters' names, lower case: "xinhua", "china daily"
    source_said: tuple[tuple[str, str], ...]  # (name, " its words "): "ecns.cn" as " ecns cn "
    # Themes, for reverse look-ups: word -> years whose theme has it; (year, Chinese theme)
    theme_index: Mapping[str, tuple[int, ...]]
    themes_zh: tuple[tuple[int, str], ...]


def build_lexicon(kb: Knowledge) -> Lexicon:
    """Compile the knowledge base's vocabulary and names into lookup tables."""
    v, f = kb.vocabulary, kb.facts
    stop = frozenset(w for text in v.stopwords for w in words_of(text))
    filler = frozenset(w for text in v.filler for w in words_of(text))
    noise = frozenset(w for text in v.noise for w in words_of(text))
    intents, cues = Signals(), Signals()
    for intent in v.intents:
        intents.add(intent.id, intent.words, intent.phrases, intent.zh)
    # Attributes of typed facts score like intents, under "attr:<id>".
    for attr in v.attributes:
        intents.add(f"attr:{attr.id}", attr.words, attr.phrases, attr.zh)
    intents.add_plurals()
    for name in _CUES:
        cue = getattr(v.operations, name)
        cues.add(name, cue.words, cue.phrases, cue.zh)
    vocab = (
        intents.vocab
        | cues.vocab
        | {w for i in v.intents for q in i.phrasings for w in words_of(q)}
    )
    units = {" ".join(words_of(k)) or key(k): val for k, val in v.operations.units.items()}
    figure_words = {w: k.id for k in v.figure_kinds for t in k.words for w in words_of(t)}
    figure_zh = sorted(
        ((key(z), k.id) for k in v.figure_kinds for z in k.zh), key=lambda p: longest(p[0])
    )
    names = Names(kb)
    relative, relative_zh = relative_tables(v)
    facts_only = fact_words(f)  # before the Q&A questions join them below
    every_fact_word = set(facts_only)
    faq = FaqTables(kb, stop, names.alias_tokens, every_fact_word)
    zh_strip = (
        names.alias_zh
        | {z for z, _ in intents.zh + cues.zh + relative_zh}
        | set(names.event_zh)
        | {u for u in units if not u.isascii()}
        | {z for z, _ in figure_zh}
        | {key(p) for p in f.series.place_within if not p.isascii()}  # 嘉兴: a known place
        | {key(w) for w in (*v.operations.weekdays_zh, *v.zh_filler)}
        | {key(w) for w in (*v.seasons, *v.times_of_day) if not w.isascii()}
        | {k for k, _ in faq.keywords_zh}
    )
    faq.index_chinese(zh_strip)
    numbers = {
        w for t in (*v.ordinals, *v.numbers, *v.months, *v.number_markers) for w in words_of(t)
    }
    # Times of day are known words; a season is known only where it is read as a time ("in
    # autumn"): in "Summer Davos" it names something else.
    numbers |= {w for t in v.times_of_day if t.isascii() for w in words_of(t)}
    words_of_relative = {w for p, _ in relative for w in p}
    language = stop | noise | filler | vocab | names.alias_tokens | names.event_latin
    # Names the facts do not record: known (never "corrected" into a word of ours), and
    # still unknown to the decline policy; a name the facts do hold is not one of them
    outside = (
        frozenset(w for n in v.outside_names if n.isascii() for w in words_of(n)) - every_fact_word
    )
    known = frozenset(
        language
        | every_fact_word
        | words_of_relative
        | set(weekday_prefixes(v))
        | {w for u in units for w in u.split() if u.isascii()}
        | set(figure_words)
        | numbers
        | outside
        # other events' names are no typos of ours (an acronym one letter from our own)
        | {w for n in v.other_events if n.isascii() for w in words_of(n)}
        # the reporters the facts cite ("SCIO", "Xinhua"): asked about as sources
        # (a one-word name only: "China Youth Online" makes no word of it a name)
        | {w for n in source_names(f) if len(words_of(n)) == 1 for w in words_of(n)}
    )
    return Lexicon(
        stop=stop,
        filler=filler,
        noise=noise,
        answered_by=frozen({w: frozenset(ids) for w, ids in v.answered_by.items()}),
        choosy=frozenset(w for w, ids in v.answered_by.items() if ids and w.isascii()),
        chat=noise | filler,
        edition_years=frozenset(e.year for e in f.editions),
        ordinal_years=lookup_table({e.ordinal: e.year for e in f.editions if e.ordinal}),
        edition_days=lookup_table(
            {
                e.year: ((e.end - e.start).days + 1, e.start.month)
                for e in f.editions
                if e.start is not None and e.end is not None
            }
        ),
        known=known,
        outside=outside,
        fact_only=frozenset(facts_only - language - words_of_relative - numbers),
        phrasings=tuple(
            (frozenset(words_of(q)) - stop, i.id) for i in v.intents for q in i.phrasings
        ),
        relative=pair_index(relative, plural=True),
        relative_zh=tuple(relative_zh),
        from_last=pair_index(
            [
                (t.words, None)
                for p in v.relative.from_last
                if not (t := normalise(p)).han and t.words
            ]
        ),
        from_last_zh=tuple(normalise(p).compact for p in v.relative.from_last if normalise(p).han),
        zh_strip=zh_list((z, None) for z in sorted(zh_strip, key=longest)),
        zh_bigrams=known_pairs(f, zh_strip),
        speakers_zh=speakers_zh(f.editions),
        units=frozen(units),
        figure_words=frozen(figure_words),
        figure_rest=frozen({k.rest_of: k.id for k in v.figure_kinds if k.rest_of}),
        series_abouts=frozenset(f"attr:{d.about}" for d in f.series.details),
        now_words=frozenset(w for p in v.relative.now if len(ws := words_of(p)) == 1 for w in ws),
        now_phrases=tuple(
            " ".join(ws) for p in v.relative.now if p.isascii() and len(ws := words_of(p)) > 1
        ),
        now_zh=tuple(key(p) for p in v.relative.now if not p.isascii()),
        meantime=tuple(" ".join(words_of(p)) for p in v.relative.meantime if p.isascii()),
        meantime_zh=tuple(key(p) for p in v.relative.meantime if not p.isascii()),
        first_n=frozenset(w for w in v.first_n if w.isascii()),
        last_n=frozenset(w for w in v.last_n if w.isascii()),
        span_zh=tuple(
            sorted(
                [(key(w), False) for w in v.first_n if not w.isascii()]
                + [(key(w), True) for w in v.last_n if not w.isascii()],
                key=lambda p: longest(p[0]),
            )
        ),
        story_words=frozenset(w.casefold() for w in v.story_markers if w.isascii()),
        story_zh=tuple(key(w) for w in v.story_markers if not w.isascii()),
        you_said=tuple(sorted((w.casefold() for w in v.you_said), key=len, reverse=True)),
        place_vague=frozenset(w.casefold() for w in v.place_vague if w.isascii()),
        place_vague_zh=tuple(key(w) for w in v.place_vague if not w.isascii()),
        place_outside=tuple(w.casefold() for w in v.place_outside if w.isascii()),
        place_outside_zh=tuple(key(w) for w in v.place_outside if not w.isascii()),
        home=frozenset(
            w
            for p in (f.series.place, *(p for p in f.series.place_within if " " not in p))
            if p.isascii()
            for w in words_of(p)
            if w not in stop
        ),
        home_zh=" ".join(
            key(p) for p in (f.series.place_zh, *f.series.place_within) if p and not p.isascii()
        ),
        part_words=tuple(w.casefold() for w in v.part_words),
        answer_in_keys=frozenset(
            (p.casefold().split()[-1] if p.isascii() else p[-2:])
            for ps in v.answer_in.values()
            for p in ps
        ),
        answer_in=tuple(
            sorted(
                ((p.casefold(), lang) for lang, ps in v.answer_in.items() for p in ps),
                key=lambda p: -len(p[0]),
            )
        ),
        kinds_of=frozen(
            {
                f"attr:{about}": frozenset(
                    fig.kind
                    for e in f.editions
                    for d in e.details
                    if d.about == about
                    for fig in d.figures
                )
                for about in {d.about for e in f.editions for d in e.details}
            }
        ),
        counted=frozenset(
            f"attr:{d.about}" for e in f.editions for d in e.details if d.number is not None
        ),
        count_words=frozenset(key(w) if not w.isascii() else w.casefold() for w in v.count_words),
        predict_words=frozenset(
            key(w) if not w.isascii() else w.casefold() for w in v.predict_words
        ),
        people_words=frozenset(key(w) if not w.isascii() else w.casefold() for w in v.people_words),
        skip_words=tuple(key(w) if not w.isascii() else w.casefold() for w in v.skip_words),
        wider_scopes=tuple(key(w) if not w.isascii() else w.casefold() for w in v.wider_scopes),
        figure_zh=tuple(figure_zh),
        **_name_tables(names, f),
        **_signal_tables(intents, cues, v),
        **_faq_tables(faq),
        # A slip is never read as a word that says nothing ("drone show" is no "done show":
        # the thing asked about would vanish): the longer stop words are no typo targets
        **_word_tables(v, known - {w for w in stop - vocab if len(w) >= 4}, f.series.short_name),
        **_fact_tables(f, v, stop),
    )


def _by_first_char(
    pairs: tuple[tuple[str, str], ...],
) -> Mapping[str, tuple[tuple[str, str], ...]]:
    """Chinese phrases by their first character: a question is scanned once, not per phrase."""
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase, name in pairs:
        if phrase:
            out.setdefault(phrase[0], []).append((phrase, name))
    return lookup_table({k: tuple(v) for k, v in out.items()})


def _cores_zh(aliases: set[str], nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The tails of the series' Chinese names before their event noun (a name's characters
    after its first): what another event's name puts after its own mark (全球, 亚洲)."""
    out: set[str] = set()
    for a in aliases:
        for noun in nouns:
            if a.endswith(noun) and len(a) > len(noun):
                core = a[: -len(noun)]
                out.update(core[i:] for i in range(1, len(core) - 1))
    return tuple(sorted(out, key=longest))


def _name_tables(names: Names, f: FactsFile) -> dict[str, Any]:
    return {
        "edition_names": pair_index(names.editions, plural=True),
        "edition_names_zh": tuple(sorted(names.editions_zh, key=lambda i: (-len(i[0]), i))),
        "event_nouns": names.event_latin,
        "event_nouns_zh": names.event_zh,
        "aliases": pair_index([(a, None) for a in names.alias_latin], plural=True),
        "other_events": pair_index(
            [(w, None) for n in names.other_events if (w := words_of(n)) and n.isascii()]
        ),
        "other_events_zh": tuple(
            sorted((key(n) for n in names.other_events if not n.isascii()), key=longest)
        ),
        "name_words": frozenset(names.alias_tokens),
        "other_marks": frozenset(w.casefold() for w in names.other_marks if w.isascii()),
        "other_marks_zh": tuple(key(w) for w in names.other_marks if not w.isascii()),
        "distinct_words": frozenset(
            names.alias_tokens
            - {w for n in names.other_events if n.isascii() for w in words_of(n)}
            - names.event_latin
        ),
        "name_cores_zh": _cores_zh(names.alias_zh, names.event_zh),
        "name_core": frozenset(names.alias_tokens - names.event_latin),
        "foreign_nouns": frozenset(
            n
            for n in names.event_latin - names.alias_tokens
            if n[:-1] not in names.alias_tokens  # ("conferences": ours, in the plural)
        ),
        "aliases_zh": tuple(sorted(names.alias_zh, key=longest)),
        "short": " ".join(words_of(f.series.short_name)),
    }


def _signal_tables(intents: Signals, cues: Signals, v: VocabularyFile) -> dict[str, Any]:
    sized, cue_sized = sized_index(intents.phrases), sized_index(cues.phrases)
    return {
        "intent_words": frozen({k: tuple(vals) for k, vals in intents.words.items()}),
        "intent_phrases": pair_index(intents.phrases),
        "intent_phrase_sizes": sized[0],
        "intent_phrase_names": sized[1],
        "it_phrases": it_phrases(intents.phrases),
        "intent_zh": intents.zh_longest_first(),
        "intent_zh_at": _by_first_char(intents.zh_longest_first()),
        "intent_order": frozen({intent.id: i for i, intent in enumerate(v.intents)}),
        "edition_specific": frozenset(i.id for i in v.intents if i.edition_specific),
        "cue_words": frozen({k: tuple(vals) for k, vals in cues.words.items()}),
        "cue_phrases": pair_index(cues.phrases),
        "cue_phrase_sizes": cue_sized[0],
        "cue_phrase_names": cue_sized[1],
        "cue_zh": zh_list(cues.zh_longest_first()),
        "cue_zh_end": tuple(
            (key(end), name, tuple(key(n) for n in cue.zh_end_not))
            for name in _CUES
            for cue in (getattr(v.operations, name),)
            for end in cue.zh_end
        ),
    }


def _faq_tables(faq: FaqTables) -> dict[str, Any]:
    return {
        "faq": tuple(faq.entries),
        "faq_index": frozen({k: tuple(vals) for k, vals in faq.index.items()}),
        "faq_keywords": frozen({k: tuple(vals) for k, vals in faq.keywords.items()}),
        "faq_names": pair_index(faq.names, plural=True),
        "faq_keywords_zh": tuple(faq.keywords_zh),
        "faq_keyed": tuple(faq.keyed),
        "faq_exact": frozen(faq.exact),
        "idf": frozen(faq.idf),
    }


def _word_tables(v: VocabularyFile, known: frozenset[str], short: str) -> dict[str, Any]:
    """Numbers, months, spellings and the typo targets."""
    prefixes = weekday_prefixes(v)
    # Weekday prefixes ("wedn") are read as weekdays, never offered as typo targets.
    shapes = by_shape(known - (set(prefixes) - set(lex_weekdays(v))))
    return {
        "fuzzy_targets": shapes,
        "near_targets": within_reach(near_shapes(shapes)),
        "skeletons": skeletons(known),
        "ordinals": frozen({" ".join(words_of(k)): val for k, val in v.ordinals.items()}),
        "numbers": frozen({" ".join(words_of(k)): val for k, val in v.numbers.items()}),
        "zh_numerals": v.zh_numerals,
        "zh_table": lookup_table(zh_table(v)),
        "zh_figure_leads": tuple(v.operations.figure_leads_zh),
        "roles": tuple(r.casefold() for r in v.operations.roles),
        "plain_words": frozenset(w.casefold() for w in v.operations.plain_words),
        "zh_hant": lookup_table(
            {ord(s): t for s, t in zip(v.zh_out_simplified, v.zh_out_traditional, strict=False)}
        ),
        "zh_spoken": tuple(sorted(v.zh_spoken.items(), key=lambda kv: -len(kv[0]))),
        "months": frozen({" ".join(words_of(k)): val for k, val in v.months.items()}),
        "seasons": frozen({k: m for k, m in v.seasons.items() if k.isascii()}),
        "season_heads": frozenset(k.split()[0] for k in v.seasons if k.isascii() and " " in k),
        # (longest first: 秋冬季 before the 冬季 within it)
        "seasons_zh": tuple(
            sorted(
                ((key(k), m) for k, m in v.seasons.items() if not k.isascii()),
                key=lambda item: -len(item[0]),
            )
        ),
        "times_of_day": frozenset(key(t) for t in v.times_of_day),
        "titles": tuple(
            sorted(
                {
                    (k.casefold().replace("-", " "), w.casefold().replace("-", " "))
                    for k, w in v.titles.items()
                },
                key=lambda kw: -len(kw[0]),
            )
        ),
        "markers": frozenset(w for text in v.number_markers for w in words_of(text)),
        # (Chinese ones as written: words_of reads Latin words only, and 现在 was lost)
        "present": frozenset(
            w for text in v.present for w in (words_of(text) if text.isascii() else (text,))
        ),
        "number_leads": frozenset(w for text in v.number_markers for w in words_of(text))
        | {" ".join(words_of(short))},
        "spellings": frozen(
            {" ".join(words_of(k)): " ".join(words_of(val)) for k, val in v.chat_spellings.items()}
        ),
        "weekdays": lex_weekdays(v),
        "weekday_of": frozen({**prefixes, **_weekdays_zh(v)}),
        "pinyin_numerals": frozen({k.casefold(): n for k, n in v.pinyin_numerals.items()}),
        "pinyin_ordinal": tuple(w.casefold() for w in v.pinyin_ordinal),
        "pinyin_asked": frozenset(w.casefold() for w in v.pinyin_asked),
    }


def _weekdays_zh(v: VocabularyFile) -> dict[str, int]:
    """Chinese weekday names (星期三) and their everyday forms (周三, 礼拜三; 星期天 for Sunday)."""
    out: dict[str, int] = {}
    for i, name in enumerate(v.operations.weekdays_zh):
        day = name[-1:]
        for form in (name, f"周{day}", f"礼拜{day}"):
            out[form] = i
        if i == 6:
            out.update({"星期天": 6, "礼拜天": 6, "周天": 6})
    return out


def _fact_tables(f: FactsFile, v: VocabularyFile, stop: frozenset[str]) -> dict[str, Any]:
    """What the facts themselves contribute: names, quotable Chinese, themes."""
    table = zh_table(v)  # built once: it holds thousands of characters
    facts_zh = "\n".join(
        t
        for e in f.editions
        for t in (*(d.text_zh or "" for d in e.details), *e.highlights_zh)
        if t
    )
    outside_zh = (key(n) for n in v.outside_names if not n.isascii())
    return {
        "fact_names": fact_names(f),
        # what members call a host besides the facts' wording ("the CAC era"): a host named
        "host_names": frozenset(
            w for h in f.series.hosts for n in h.names if n.isascii() for w in words_of(n)
        ),
        "source_names": source_names(f),
        # each reporter's name as its words, spaced, for finding it in a question's words
        "source_said": tuple(
            (n, f" {' '.join(normalise(n).words)} ") for n in sorted(source_names(f))
        ),
        "facts_zh": facts_zh,
        "outside_zh": tuple(sorted((z for z in outside_zh if z not in facts_zh), key=longest)),
        "theme_index": theme_index(f, stop),
        # Compact, like a question's Chinese text: a theme matches with or without spaces
        "themes_zh": tuple(
            (e.year, normalise(e.theme_zh).compact.translate(table))
            for e in f.editions
            if e.theme_zh
        ),
    }
