"""The knowledge model: frozen dataclasses that are the single source of truth for the files.

``knowledge/<series>.yaml`` holds the facts (``FactsFile``); the vocabulary file it names holds
the language the engine understands and answers in (``VocabularyFile``). Both are validated
against these classes, and ``knowledge/*.schema.json`` is generated from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from .fields import spec
from .records import record

Lang = Literal["en", "zh"]


# --- facts ------------------------------------------------------------------------------------


@record(kw_only=True)
class Figure:
    """One number as a source states it, e.g. "more than 1,500 guests"."""

    number: int = spec("The number itself, without separators: 1500")
    unit: str = spec("What is counted, as the source says it: guests, delegates, countries")
    kind: str = spec(
        "What is counted: people (guests, delegates…), or a kind the vocabulary's "
        "figure_kinds declares: places (countries and regions), foreign (from abroad)…",
        default="people",
    )
    unit_zh: str | None = spec(
        "The unit in Chinese with its measure word, where the kind's own does not fit: 家境外企业",
        default=None,
    )
    qualifier: str | None = spec(
        "Qualifier from the source: more than, nearly, about", default=None
    )
    note: str | None = spec("Anything that narrows the figure: in person, invited", default=None)
    quote: str | None = spec(
        "The source's own words for this figure, short: 'more than 2,000 participants'",
        default=None,
    )


@record(kw_only=True)
class Attendance:
    """Attendance as one source reports it; record each disagreeing source separately."""

    figures: tuple[Figure, ...] = spec("The figures this source gives")
    source: str = spec("Who reported it, e.g. China Daily")
    url: str | None = spec("Where the source said it", default=None, fmt="url")
    date: dt.date | None = spec("When the source said it, YYYY-MM-DD", default=None)
    quote: str | None = spec(
        "The source's own words, short; covers every figure that has no quote of its own",
        default=None,
    )
    zh: str | None = spec("The same statement in Chinese", default=None)


@record(kw_only=True)
class Citation:
    """Where one field of an edition comes from, in the source's own words."""

    about: Literal["dates", "start", "end", "name", "name_zh", "place", "theme", "theme_zh"] = spec(
        "The field this source supports"
    )
    source: str = spec("Who said it, e.g. People's Daily, 2026-11-04, p. 1")
    url: str | None = spec("Where it was said", default=None, fmt="url")
    quote: str | None = spec("The source's own words, short", default=None)


@record(kw_only=True)
class Detail:
    """A typed fact about an edition beyond dates, theme and attendance ("19 sub-forums").

    ``about`` names an attribute declared in the vocabulary file, so questions about it (and
    comparisons between editions) can be understood and answered."""

    about: str = spec("Attribute id from the vocabulary's attributes, e.g. subforums")
    number: int | None = spec("The number, if the fact is a count: 19", default=None)
    qualifier: str | None = spec("Qualifier from the source: more than, about", default=None)
    unit: str | None = spec("What is counted, as the source says it: sub-forums", default=None)
    unit_zh: str | None = spec("The unit in Chinese, with its measure word: 个分论坛", default=None)
    text: str = spec("The fact in one English sentence, as the source states it")
    text_zh: str | None = spec("The sentence in Chinese", default=None)
    figures: tuple[Figure, ...] = spec(
        "Further figures the sentence states, each of a kind the vocabulary declares: "
        "the countries the exhibitors came from (places), how many came from abroad (foreign)",
        default=(),
    )
    first: bool = spec("Whether this edition was the first to have it", default=False)
    date: dt.date | None = spec(
        "When it happened, where the fact is an event (a founding): YYYY-MM-DD", default=None
    )
    source: str | None = spec("Who said it", default=None)
    url: str | None = spec("Where it was said", default=None, fmt="url")
    quote: str | None = spec("The source's own words, short", default=None)


@record(kw_only=True)
class Edition:
    """One edition of the series."""

    year: int = spec("Calendar year; identifies the edition")
    name: str = spec("Official English name, e.g. 4th Example Summit")
    name_zh: str | None = spec("Official Chinese name", default=None)
    ordinal: int | None = spec("Official ordinal (1 for the 1st); omit where none", default=None)
    count: int | None = spec(
        "The series' own year count, where it numbers editions without an official ordinal",
        default=None,
    )
    status: Literal["held", "announced", "cancelled"] = spec(
        "held, announced (dates published, not yet held) or cancelled", default="held"
    )
    aliases: tuple[str, ...] = spec("Other names people use for this edition", default=())
    start: dt.date | None = spec("First day (or opening day), YYYY-MM-DD", default=None)
    end: dt.date | None = spec(
        "Last day (inclusive), YYYY-MM-DD; omit while unknown (answers then say so)", default=None
    )
    dates_note: str | None = spec("Detail about the dates, e.g. opening ceremony", default=None)
    ceremony: dt.date | None = spec(
        "The opening ceremony's day, where it was not the first day: YYYY-MM-DD", default=None
    )
    dates_note_zh: str | None = spec("The dates note in Chinese", default=None)
    place: str | None = spec("Where, if not the series' usual place", default=None)
    place_zh: str | None = spec("The place in Chinese", default=None)
    theme: str | None = spec("Official English theme", default=None)
    theme_zh: str | None = spec("Official Chinese theme", default=None)
    attendance: tuple[Attendance, ...] = spec("Attendance by source", default=())
    details: tuple[Detail, ...] = spec(
        "Typed facts (sub-forums, expo, keynote…), each with its source", default=()
    )
    citations: tuple[Citation, ...] = spec(
        "Sources for dates, names, place and theme, with their own words", default=()
    )
    highlights: tuple[str, ...] = spec("Notable facts, one sentence each", default=())
    highlights_zh: tuple[str, ...] = spec("Notable facts in Chinese", default=())
    note: str | None = spec("A note shown with every answer about this edition", default=None)
    note_zh: str | None = spec("The note in Chinese", default=None)
    sources: tuple[str, ...] = spec("Source URLs for the facts above", default=(), fmt="url")


@record(kw_only=True)
class HostPeriod:
    """Who hosted the series during a span of years."""

    since: int = spec("First year of this arrangement")
    text: str = spec("Who hosted and organised, in one sentence")
    until: int | None = spec("Last year of this arrangement; omit if current", default=None)
    text_zh: str | None = spec("The same in Chinese", default=None)
    names: tuple[str, ...] = spec(
        "Other names the hosts go by, as members write them (CAC, 网信办)", default=()
    )
    hosted_by: tuple[str, ...] = spec(
        "Every host of these years, by each name members use (Zhejiang, 浙江省人民政府): a "
        "party named nowhere here did not host them. Omit where the hosts are not on record",
        default=(),
    )
    organized_by: tuple[str, ...] = spec(
        "Every organizer (承办) of these years, by each name members use. Omit where the "
        "facts do not say who organised: then no one is said not to have",
        default=(),
    )


@record(kw_only=True)
class Upcoming:
    """What is known about the next edition before it is added as an edition."""

    year: int = spec("The year of the next edition")
    announced: bool = spec("Whether dates have been announced")
    note: str | None = spec("Anything known, e.g. expected month", default=None)
    note_zh: str | None = spec("The note in Chinese", default=None)


@record(kw_only=True)
class Series:
    """The event series as a whole."""

    name: str = spec("Full English name")
    short_name: str = spec("Short name used in answers, e.g. EXS")
    name_zh: str | None = spec("Full Chinese name", default=None)
    aliases: tuple[str, ...] = spec("Every other name people use, English and Chinese", default=())
    description: str = spec("What it is, in one or two sentences")
    description_zh: str | None = spec("The description in Chinese", default=None)
    since: int = spec("Year of the first edition")
    place: str = spec("Where it is held, e.g. Town, County, Province, Country")
    place_zh: str | None = spec("The place in Chinese", default=None)
    place_note: str | None = spec("More about the venue", default=None)
    place_note_zh: str | None = spec("The venue note in Chinese", default=None)
    place_within: tuple[str, ...] = spec(
        "Larger areas the place lies in that its name does not say (its prefecture, region, "
        "continent), English and Chinese: a question naming one is answered yes, not no",
        default=(),
    )
    hosts: tuple[HostPeriod, ...] = spec("Hosts over time, oldest first", default=())
    details: tuple[Detail, ...] = spec(
        "Typed facts about the series as a whole (its organisation…)", default=()
    )
    usual_month: int | None = spec(
        "The month the next edition is usually held by (1-12); default: the latest month of "
        "the last five editions",
        default=None,
    )
    numbering: str | None = spec(
        "How editions are numbered, for moderators and users", default=None
    )
    numbering_zh: str | None = spec("The numbering explanation in Chinese", default=None)
    next: Upcoming | None = spec("The next edition, before it is added", default=None)
    sources: tuple[str, ...] = spec("Source URLs for series facts", default=(), fmt="url")


@record(kw_only=True)
class QA:
    """A free question-and-answer item for a fact that fits no field."""

    id: str = spec("Short unique identifier, e.g. first-scale", fmt="id")
    questions: tuple[str, ...] = spec("How people ask it (English); the more the better")
    answer: str = spec("The answer, in full sentences")
    edition: int | None = spec("The edition's year, if the item is about one edition", default=None)
    questions_zh: tuple[str, ...] = spec("How people ask it in Chinese", default=())
    answer_zh: str | None = spec("The answer in Chinese", default=None)
    keywords: tuple[str, ...] = spec(
        "Words that alone point to this item (e.g. logo); use sparingly", default=()
    )
    exact: tuple[str, ...] = spec(
        "Questions (either language) matched only when asked in exactly these words: for "
        "short ones made of names alone (where is <the town>), which would match too much "
        "loosely",
        default=(),
    )
    sources: tuple[str, ...] = spec("Source URLs", default=(), fmt="url")


@record(kw_only=True)
class FactsFile:
    """A knowledge file: one event series, its editions and free Q&A items."""

    series: Series = spec("The series as a whole")
    as_of: dt.date | None = spec(
        "When the facts were last reviewed, YYYY-MM-DD; answers about the latest and next "
        "editions say 'as of' this date once it is old",
        default=None,
    )
    stale_after_days: int = spec(
        "How many days after as_of the file counts as possibly out of date", default=30
    )
    editions: tuple[Edition, ...] = spec("One entry per edition")
    faq: tuple[QA, ...] = spec("Free question-and-answer items", default=())
    vocabulary: str = spec(
        "The vocabulary file (relative to this one) with phrasings and answer templates",
        default="vocabulary.yaml",
    )


# --- vocabulary --------------------------------------------------------------------------------

IntentId = Literal[
    "dates",
    "start",
    "end",
    "weekday",
    "place",
    "theme",
    "attendance",
    "hosts",
    "overview",
    "about",
    "count",
    "since",
    "list",
    "which",
    "duration",
    "ago",
    "numbering",
    "name",
    "renamed",
    "sources",
    "highlights",
    "help",
    "greeting",
    "thanks",
    "followup",
    "unsupported",
    "freshness",
    "coverage",
]


@record(kw_only=True)
class Intent:
    """What a question asks for, and the words that signal it."""

    id: IntentId = spec("Which answer this intent produces")
    words: tuple[str, ...] = spec("Single English words that signal it", default=())
    phrases: tuple[str, ...] = spec("English phrases (several words) that signal it", default=())
    zh: tuple[str, ...] = spec("Chinese words or phrases that signal it", default=())
    phrasings: tuple[str, ...] = spec(
        "Whole questions taught by moderators; matched fuzzily", default=()
    )
    edition_specific: bool = spec(
        "Whether the answer is about one edition (dates) rather than the series (hosts)",
        default=True,
    )


@record(kw_only=True)
class Relative:
    """Words for editions named by position rather than number."""

    first: tuple[str, ...] = spec("e.g. first, inaugural, earliest", default=())
    latest: tuple[str, ...] = spec("e.g. latest, most recent, last", default=())
    next: tuple[str, ...] = spec("e.g. next, upcoming", default=())
    previous: tuple[str, ...] = spec("e.g. previous, the one before", default=())
    following: tuple[str, ...] = spec("e.g. the year after, the one after", default=())
    this_year: tuple[str, ...] = spec("e.g. this year, 今年", default=())
    last_year: tuple[str, ...] = spec("e.g. last year, 去年", default=())
    next_year: tuple[str, ...] = spec("e.g. next year, 明年", default=())
    this_month: tuple[str, ...] = spec(
        "e.g. this month, 本月: today's month of today's year ('is there one this month?')",
        default=(),
    )
    last_month: tuple[str, ...] = spec(
        "e.g. last month, 上个月: the month before today's", default=()
    )
    next_month: tuple[str, ...] = spec(
        "e.g. next month, 下个月: the month after today's", default=()
    )
    now: tuple[str, ...] = spec(
        "Words for the present: now, currently, 现在. A look-up asked 'now' is about the latest "
        "edition, whatever edition the conversation was about",
        default=(),
    )
    meantime: tuple[str, ...] = spec(
        "Words for the years between the editions just talked about: in that period, 这期间 "
        "('which had the fewest in that period?' after 2014 and 2024: 2014 to 2024)",
        default=(),
    )
    from_last: tuple[str, ...] = spec(
        "Words that count back from the latest edition: after an ordinal in English (the "
        "third most recent, 3rd to last), before 第N届 in Chinese (倒数第三届)",
        default=(),
    )


@record(kw_only=True)
class Cue:
    """Words that signal one kind of operation or modifier in a question."""

    words: tuple[str, ...] = spec("Single English words", default=())
    phrases: tuple[str, ...] = spec("English phrases (several words)", default=())
    zh: tuple[str, ...] = spec("Chinese words or phrases", default=())
    zh_end: tuple[str, ...] = spec(
        "Chinese words that signal it only where a question ends (哪年人多)", default=()
    )
    zh_end_not: tuple[str, ...] = spec(
        "Endings where those words do not count (多少 ends with 少)", default=()
    )


@record(kw_only=True)
class Operations:
    """The words that turn a look-up into another operation over the facts."""

    verify: Cue = spec("Yes/no frames: was, did, right?, 是不是", factory=Cue)
    most: Cue = spec("Superlative, largest: most, biggest, longest, 最多", factory=Cue)
    least: Cue = spec("Superlative, smallest: fewest, shortest, 最少", factory=Cue)
    more: Cue = spec("Comparative, larger: more, bigger, longer", factory=Cue)
    less: Cue = spec("Comparative, smaller: fewer, smaller, shorter", factory=Cue)
    earlier: Cue = spec("Comparative in time: earlier, sooner, 早", factory=Cue)
    later: Cue = spec("Comparative in time: later, 晚", factory=Cue)
    between: Cue = spec("A difference between two editions: between, apart, 相隔", factory=Cue)
    outside: Cue = spec("A filter that excludes: outside, except, not in, 以外", factory=Cue)
    first: Cue = spec("Firsts: introduced, for the first time, 首次", factory=Cue)
    annual: Cue = spec("Frequency: annually, every year, 每年", factory=Cue)
    include: Cue = spec(
        'A selection widened by a follow-up: including, plus, 算上, 包括 ("and including 2021?")',
        factory=Cue,
    )
    biennial: Cue = spec(
        "A frequency claimed other than yearly: every two years, every other year, 两年一届",
        factory=Cue,
    )
    usual: Cue = spec("Typical values: usually, typically, 通常", factory=Cue)
    only: Cue = spec(
        "A claim restricted to one kind: only, entirely, solely, 只 (never a plain yes)",
        factory=Cue,
    )
    sum: Cue = spec("A total over several editions: add up, in total, 合计", factory=Cue)
    average: Cue = spec("A mean over several editions: average, mean, 平均", factory=Cue)
    rank: Cue = spec("Editions ordered by a figure: rank, sort, 排名", factory=Cue)
    median: Cue = spec("The middle value over several editions: median, 中位数", factory=Cue)
    ratio: Cue = spec("How many times one figure is another: times, ratio, 倍", factory=Cue)
    percent: Cue = spec(
        "A share or a change in per cent: percent, percentage, share, 百分之, 比例", factory=Cue
    )
    weekend: Cue = spec("The weekend (Saturday and Sunday): weekend, 周末", factory=Cue)
    spread: Cue = spec(
        "The gap between the highest and the lowest figure: range, spread, 极差", factory=Cue
    )
    nearest: Cue = spec(
        "The figure closest to a number named: closest to, nearest to, 最接近", factory=Cue
    )
    neutral: Cue = spec(
        "Phrases whose words are no cue: on record (recorded, not the most), for the record",
        factory=Cue,
    )
    units: Mapping[str, str] = spec(
        "Time units for differences: week: weeks, 周: weeks (values: days, weeks, months, years)",
        factory=lambda: MappingProxyType({}),
    )
    weekdays: tuple[str, ...] = spec("Weekday names in answers, Monday first (English)", default=())
    weekdays_zh: tuple[str, ...] = spec("Weekday names in Chinese, Monday first", default=())
    figure_leads_zh: tuple[str, ...] = spec(
        "Chinese words before a figure (超过1900): the number after them is a count, not a year",
        default=(),
    )
    plain_words: tuple[str, ...] = spec(
        "Everyday English words that are no typo of ours (cold, work, state): never corrected "
        "into a word of the vocabulary, so a question built on them stays unknown",
        default=(),
    )
    roles: tuple[str, ...] = spec(
        "Words for a part someone played that the facts record for some editions only (read "
        "the letter, 宣读): asked of an edition whose facts never say it, who did it is unknown",
        default=(),
    )


@record(kw_only=True)
class Attribute(Cue):
    """A kind of typed fact (``Detail.about``) and the words that ask about it."""

    id: str = spec("Identifier used by details: subforums")
    label: str = spec("How answers name it: sub-forums")
    label_zh: str | None = spec("The label in Chinese", default=None)
    counted: str | None = spec(
        "How answers name what its figure counts, where the label names the thing itself: "
        "exhibitors (of an expo)",
        default=None,
    )
    counted_zh: str | None = spec("What its figure counts, in Chinese", default=None)


@record(kw_only=True)
class FigureKind(Cue):
    """A kind of figure other than people (``Figure.kind``) and the words that ask for it:
    "how many countries", "from abroad", "境外"."""

    id: str = spec("Identifier used by figures: places")
    label: str = spec("How answers name it: countries and regions")
    label_zh: str | None = spec("The label in Chinese", default=None)
    additive: bool = spec(
        "Whether figures of this kind add up across editions: countries do not (the same "
        "ones come back), so a total of them says it counts each once per edition",
        default=True,
    )
    part: bool = spec(
        "Whether figures of this kind count a part of the fact's main count (the exhibitors "
        "from abroad, of all the exhibitors), so a share of it is a per cent; countries are "
        "no part of the companies",
        default=False,
    )
    rest_of: str | None = spec(
        "The part kind this one is the rest of (foreign): what is not from abroad is the fact's "
        "main count less those from abroad, where both are exact",
        default=None,
    )


@record(kw_only=True)
class VocabularyFile:
    """The language the engine understands and answers in; no facts about any series."""

    stopwords: tuple[str, ...] = spec("Words that carry no meaning for matching (English)")
    filler: tuple[str, ...] = spec("Words that are fine in a question but say nothing")
    zh_filler: tuple[str, ...] = spec("Chinese particles and filler", default=())
    event_nouns: tuple[str, ...] = spec("Nouns for events: summit, conference, 峰会")
    other_events: tuple[str, ...] = spec(
        "Other events whose names share words with the series' own: declined when named",
        default=(),
    )
    other_event_marks: tuple[str, ...] = spec(
        "Words that, put before the series' name words and an event noun, name another event "
        '(global, Asia, 全球: "the Global Internet Summit", 亚洲的某某峰会)',
        default=(),
    )
    outside_names: tuple[str, ...] = spec(
        "Names of companies, products and people the facts do not record (华为, Tesla): a "
        "question naming one asks what the file cannot answer, never about the expo itself",
        default=(),
    )
    ordinals: Mapping[str, int] = spec("Ordinal words: first: 1")
    numbers: Mapping[str, int] = spec("Number words: four: 4")
    zh_numerals: Mapping[str, int] = spec("Chinese numerals: 四: 4")
    zh_variants: Mapping[str, str] = spec(
        "Traditional Chinese characters and their simplified forms, read as the same",
        factory=lambda: MappingProxyType({}),
    )
    zh_traditional: str = spec(
        "Traditional characters read as the simplified ones at the same place in "
        "zh_simplified (a generated table: two aligned strings parse far faster than a mapping)",
        default="",
    )
    zh_simplified: str = spec(
        "The simplified forms of zh_traditional, character by character", default=""
    )
    zh_out_simplified: str = spec(
        "Simplified characters written as the traditional ones at the same place in "
        "zh_out_traditional when an answer goes to a question asked in traditional script "
        "(a generated table)",
        default="",
    )
    zh_out_traditional: str = spec(
        "The traditional forms of zh_out_simplified, character by character", default=""
    )
    zh_spoken: Mapping[str, str] = spec(
        "Spoken forms (Cantonese) and their written Mandarin, read before anything else: "
        "係咩: 是什么, 幾多: 多少",
        factory=lambda: MappingProxyType({}),
    )
    months: Mapping[str, int] = spec("Month names and abbreviations: december: 12, dec: 12")
    seasons: Mapping[str, tuple[int, ...]] = spec(
        "Seasons and the months they cover where the series is held: autumn: [9, 10, 11]",
        factory=lambda: MappingProxyType({}),
    )
    times_of_day: tuple[str, ...] = spec(
        "Times of day, never a place: 'held in the morning?' claims no place (上午)", default=()
    )
    titles: Mapping[str, str] = spec(
        "Titles asked and how the facts write them (国家主席: 主席, premier: premier): asked "
        "without a name, they select the facts naming someone by that title, never by a "
        "longer one holding it (premier is not vice-premier)",
        factory=lambda: MappingProxyType({}),
    )
    number_markers: tuple[str, ...] = spec("Words before a number naming an edition: no, number")
    present: tuple[str, ...] = spec(
        'Verbs that ask about now: is, will ("when is the next one?" counts from today, '
        "not from the edition talked about)",
        default=(),
    )
    relative: Relative = spec("Editions named by position")
    intents: tuple[Intent, ...] = spec("Intents and the words that signal them")
    attributes: tuple[Attribute, ...] = spec(
        "Kinds of typed facts (details) and the words that ask about them", default=()
    )
    first_n: tuple[str, ...] = spec(
        "Words before a number of editions that count from the first: first, 前 (前三届)",
        default=(),
    )
    last_n: tuple[str, ...] = spec(
        "Words before a number of editions that count back from the latest: last, 最近",
        default=(),
    )
    story_markers: tuple[str, ...] = spec(
        "Words of a story or an apology around the question (I, my, sorry, 我, 不好意思): a "
        "clause with one, no edition and an unknown word is dropped if the rest answers",
        default=(),
    )
    you_said: tuple[str, ...] = spec(
        "Words that quote an earlier answer before a claim (you said, earlier you told me, 你刚才"
        "说): set aside, the claim is checked as if asked",
        default=(),
    )
    place_vague: tuple[str, ...] = spec(
        "Words that make a place claim unsettled by the facts ('southern', 'rural', 附近): the "
        "place is stated without a yes or a no",
        default=(),
    )
    place_outside: tuple[str, ...] = spec(
        "Words claiming the place is outside the venue's country (abroad, 海外): answered no",
        default=(),
    )
    language_verbs: tuple[str, ...] = spec(
        "Words that, just before a language ('held in English', 'translated into Chinese'), "
        "ask about the language something was done in — not for the answer in it",
        default=(),
    )
    asides: Mapping[str, tuple[str, ...]] = spec(
        "Words that set a question apart from the chat before it, by where it starts: 'after' "
        "(unrelated, 题外话: right after them, or after a 'but'), 'colon' (quick q before: after "
        "the next colon or dash). Only the question is read ('thanks for the dates. unrelated "
        "but how do i cook dongpo pork' is declined)",
        factory=lambda: MappingProxyType({}),
    )
    office_holders: Mapping[str, tuple[str, ...]] = spec(
        "Who held an office in a country, which no fact records ('who was US president in "
        "2015?'): asked with one of 'offices' and one of 'places', and none of 'unless' (the "
        "words of taking part: 'spoke', 'keynote'), it is declined, never answered with a "
        "speaker",
        factory=lambda: MappingProxyType({}),
    )
    host_roles: Mapping[str, tuple[str, ...]] = spec(
        "Words that ask of a role in running an edition, by role (host, organizer): 'hosted', "
        "主办; 'organised', 承办. A claim naming a party is checked against that role; "
        "those under 'where' ('hosted in') ask where it was held instead, and those under "
        "'nobody' (there, anyone) name no party",
        factory=lambda: MappingProxyType({}),
    )
    part_words: tuple[str, ...] = spec(
        "Words naming a part of a kind of fact that only some editions' facts name ('award', "
        "奖): asked of an edition whose facts do not say it, it is unknown, never its other "
        "facts of the kind",
        default=(),
    )
    answer_in: Mapping[str, tuple[str, ...]] = spec(
        "Phrases that ask for the answer in a language (its code: en, zh): 'in chinese', "
        "'用英文'. Alone ('in chinese pls') they ask the previous question again in it",
        factory=lambda: MappingProxyType({}),
    )
    people_words: tuple[str, ...] = spec(
        "Words that name people counted (visitors, attendees, 观众): a count of people, which a "
        "fact counting companies or sub-forums does not answer",
        default=(),
    )
    predict_words: tuple[str, ...] = spec(
        "Words that ask for a prediction of a figure not yet known: predict, forecast, 预测",
        default=(),
    )
    skip_words: tuple[str, ...] = spec(
        "Words saying an edition was not held (skip, cancelled, 停办): of a year one was held, "
        "the answer is no, with its dates",
        default=(),
    )
    wider_scopes: tuple[str, ...] = spec(
        "Phrases that set a superlative in a wider world than the series (in the world, in "
        "China, of the year, 世界上): without the series or an edition named, not about it",
        default=(),
    )
    count_words: tuple[str, ...] = spec(
        "Words that ask an edition's number by the year count, not the official ordinal: "
        "count, 计数",
        default=(),
    )
    figure_kinds: tuple[FigureKind, ...] = spec(
        "Kinds of figures besides people, and the words that ask for them", default=()
    )
    operations: Operations = spec("Words for operations beyond look-ups", factory=Operations)
    noise: tuple[str, ...] = spec(
        "Chat words that never change what is asked: slang, discourse words (ngl, fr, lol)",
        default=(),
    )
    answered_by: Mapping[str, tuple[str, ...]] = spec(
        "Question words that want one kind of answer, and the intents or attributes that give "
        "it: who: [hosts, keynote]. A question opening with one is declined when what it was "
        "read as asking is none of them ('who founded it?' is no date)",
        factory=lambda: MappingProxyType({}),
    )
    chat_spellings: Mapping[str, str] = spec(
        "Common chat spellings and their words: wen: when, ppl: people, mny: many",
        factory=lambda: MappingProxyType({}),
    )
    pinyin_numerals: Mapping[str, int] = spec(
        "Pinyin number syllables: yi: 1, san: 3, shi: 10 (read in ordinals: di shi san jie)",
        factory=lambda: MappingProxyType({}),
    )
    pinyin_ordinal: tuple[str, ...] = spec(
        "The pinyin word before a number that makes it an ordinal, then the counter after "
        "it: [di, jie] (di si jie, disijie: the 4th edition)",
        default=(),
    )
    pinyin_asked: tuple[str, ...] = spec(
        "Pinyin words that ask the number in an ordinal: [ji] (di ji jie: which edition)",
        default=(),
    )
    templates: Mapping[str, Mapping[str, str]] = spec(
        "Answer templates by language (en, zh) and name; {placeholders} are filled in"
    )
