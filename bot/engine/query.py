"""The typed query a question becomes: what is selected, what is asked, and how.

Understanding produces a ``Query`` (``parse.py``); evaluation runs it over the knowledge
(``evaluate.py``); composing words the result in the question's language (``compose.py``).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from .reading import Ref
from .records import record

Operation = Literal[
    "lookup",  # one or several attributes of the selected editions
    "verify",  # a claimed value: yes or no, with the correction
    "superlative",  # which edition has the most/least of an attribute
    "compare",  # two editions on one attribute
    "difference",  # time between two editions
    "filter",  # which editions match (held in / outside a month)
    "reverse",  # fact -> edition: dates, a theme, a first
    "usual",  # what is typical across editions (duration, month)
    "frequency",  # how often the series is held
    "aggregate",  # one operation (sum, average, rank, filter, count…) over a figure
]

# Attributes of an edition a look-up can ask for (intent ids, plus "attr:<id>" for details).
EDITION_ATTRIBUTES = frozenset(
    {
        "dates",
        "start",
        "end",
        "weekday",
        "duration",
        "place",
        "theme",
        "attendance",
        "hosts",
        "highlights",
        "sources",
        "overview",
        "numbering",
        "ago",
        "name",
    }
)


# Operations over the figures of a selection that need no figure in the question
FOLDS = ("sum", "average", "median", "rank")


@record()
class Residue:
    """Every word the parse did not use, by kind."""

    noise: tuple[str, ...] = ()  # filler, slang, politeness, words outside the question
    corrected: tuple[tuple[str, str], ...] = ()  # typos and chat spellings: (typed, read as)
    unknown: tuple[str, ...] = ()  # content words we cannot place: they may change the ask


class Claim(NamedTuple):
    """What a yes/no question asserts about an edition (a named tuple, like the Query)."""

    months: tuple[int, ...] = ()
    year: int | None = None  # "wasn't the 3rd one held in 2017?"
    weekday: int | None = None  # 0 = Monday
    days: int | None = None  # "did it run for four days?"
    day: int | None = None  # a day of the month: "it ended on November 8th, right?"
    number: int | None = None  # "were there 30 sub-forums?"
    # more | less (than the number), least | most (at least, at most), between (number and
    # number_to), not, about, or exact
    comparator: str = ""
    first: bool = False  # "was the expo introduced in 2016?"
    exists: bool = False  # "did the 2023 summit hand out ten-year honours?"
    values: tuple[str, ...] = ()  # a name or quote: "did Liu He speak at the 2021 one?"
    only: bool = False  # restricted ("only online", "entirely in person"): no plain yes
    # the question's words (and its Chinese text): how and in what role, as asked ("by video",
    # "the keynote", "开幕式"), for the checks that need more than the values
    terms: tuple[str, ...] = ()
    quote: tuple[str, ...] = ()  # the words of a quoted span: 'was the theme "…"?'
    number_to: int | None = None  # the upper end, where the comparator is "between"
    # a span of dates claimed ("November 19 to 21"): its first and last (month, day)
    span: tuple[tuple[int, int], tuple[int, int]] | None = None


class Query(NamedTuple):
    """One question as an operation over the facts.

    A named tuple, not a frozen dataclass: equally immutable, and built once per question in
    a fraction of the time (a frozen dataclass sets its 25 fields one call at a time)."""

    operation: Operation
    attributes: tuple[str, ...]  # best first; several for multi-part questions
    refs: tuple[Ref, ...]  # the editions named, in the question's order
    direction: str = ""  # most | least | more | less | earlier | later
    unit: str = ""  # days | weeks | months | years, for differences
    months: tuple[int, ...] = ()
    days: tuple[int, ...] = ()  # day numbers given with a month ("November 9-11")
    exclude: bool = False  # "outside November"
    denied: bool = False  # "was it never held in October?", 从来没有在10月: claimed of none
    claim: Claim | None = None
    measure: str = "people"  # people | places, for attendance comparisons
    first: bool = False  # "for the first time", "introduced"
    theme_year: int | None = None  # the edition whose theme the question quotes
    signals: tuple[str, ...] = ()  # every intent the words signalled, best first
    number: int | None = None  # a figure the question states ("601 exhibitors")
    calendar: bool = False  # "earliest in the year": by the day of the year, not the year
    years: tuple[int, int] | None = None  # a range of years: "from 2014 to 2019"
    weekday: int | None = None  # a weekday named: "which editions started on a Sunday"
    from_end: bool = False  # a gap counted from the first edition's closing day
    yes_no: bool = False  # worded as a yes/no question ("did more people attend in …?")
    plural: bool = False  # "which editions…", "哪些届": every match, not the first one
    every: bool = False  # "was every edition…?", "历届都…": a claim about all editions
    values: tuple[str, ...] = ()  # words that quote a fact (a speaker's name, "permanent")
    residue: Residue = Residue()
    aggregate: str = ""  # sum | average | median | rank | spread | filter | count | share …
    # (aggregate.OPERATIONS)
    comparator: str = ""  # more | less | exact | about: how a filter compares ``number``
    position: int = 0  # a place in a ranking: 2 for "the second biggest", 第二多
    top: int = 0  # the first N of a ranking: 3 for "the top 3", "the three biggest"
    number_to: int | None = None  # the upper end of "between 16 and 19" (``number`` the lower)
    relative: bool = False  # a ratio or a per cent change asked ("how many times", "by what %")
    than: Ref | None = None  # what each figure is compared with: an edition (Ref("year", 2016))
    # or the mean (Ref("average")): "more sub-forums than 2016", "above average"
    factor: float = 1.0  # "twice as many as 2015": the reference times this
    change: str = ""  # up | down: against the edition before ("did attendance go up…?")
    by: bool = False  # ``number`` is the size of a change claimed ("grew by more than 10")
    # several conditions that must all hold ("at least 1,800 guests but fewer than 20
    # sub-forums"): (attribute, measure, comparator, number) each
    conditions: tuple[tuple[str, str, str, int], ...] = ()
    # the editions a superlative is taken among ("of the editions with an above-average
    # number of sub-forums, which had the lowest attendance?"): a filter of its own
    among: Query | None = None
    # words a theme is searched for ("which themes used the word 'intelligent'")
    phrases: tuple[str, ...] = ()
    # of those, the ones a theme must not hold ("'Community' but not 'Shared Future'", "neither
    # … nor …"), and whether it must hold every other one ("both … and …"), not any
    phrases_out: tuple[str, ...] = ()
    phrases_all: bool = False
    pick: str = ""  # first | last: the earliest (latest) edition a filter selects
    pool: tuple[int, ...] = ()  # the editions an operation is taken over: "which of those…"
    day_range: tuple[int, int] | None = None  # "between the 1st and the 15th of November"
    by_host: bool = False  # editions selected by who hosted them ("the summits hosted by…")
    day_of: str = ""  # the day a weekday is asked of: start | end | any ("ended on a Friday")
    # one figure over another of the same edition ("attendees per sub-forum in 2021"): the
    # dividend's and the divisor's (attribute, kind)
    per: tuple[tuple[str, str], tuple[str, str]] | None = None
    weekend: str = ""  # a weekend asked of the opening day, the closing day or any day: start |
    # end | any ("which edition ended on a weekend", "was it held over a weekend?")
    run: int = 0  # "fell two editions in a row": how many changes running, one after another
    # "the second edition held in December", "the first three with 20 sub-forums": the place
    # (1 = first) counted from the start (or from the end, when negative) among the editions
    # a condition selects, and how many from there
    nth: tuple[int, int, bool] | None = None  # and whether a condition surely follows
    to_end: bool = (
        False  # a gap counted to the second edition's closing day (2019年闭幕到2020年闭幕)
    )
