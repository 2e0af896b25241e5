"""What an operation found, as values: the facts and figures an answer rests on, apart from how
it is worded. An ``Answer`` carries one (``Answer.result``) for the operations that weigh
figures or claims, so an adapter can draw or tabulate it and a test can check it unworded."""

from __future__ import annotations

from typing import Literal

from .records import record


@record()
class Reported:
    """One edition's figure for an attribute, as its source words it."""

    year: int
    value: int
    shown: str  # "more than 2,100 participants"
    bound: str  # exact | lower ("more than") | upper ("nearly") | about
    source: str  # who reported it, or ""


@record()
class Ranked:
    """The editions at one place of a ranking by a figure (the most, the second fewest…)."""

    attribute: str  # attendance, attr:subforums, duration…
    most: bool
    place: int  # 1 for the most (or the fewest)
    editions: tuple[Reported, ...]  # ties share the place
    without: tuple[int, ...] = ()  # held editions the knowledge has no such figure for
    kind: Literal["ranked"] = "ranked"


@record()
class Compared:
    """Two editions side by side on one figure, and the difference between them."""

    attribute: str
    first: Reported
    second: Reported
    difference: int  # first minus second, as reported
    settled: bool  # whether the qualifiers ("more than") leave the order beyond doubt
    kind: Literal["compared"] = "compared"


@record()
class Verdict:
    """A yes/no claim judged against the facts: yes, no, or unknown (never "no" for want of a
    fact)."""

    verdict: Literal["yes", "no", "unknown"]
    years: tuple[int, ...]
    kind: Literal["verdict"] = "verdict"


@record()
class Selected:
    """The editions a filter on a figure selected: those it settled, and those the qualifiers
    ("more than") leave open."""

    attribute: str
    years: tuple[int, ...]
    unsettled: tuple[int, ...] = ()
    missing: tuple[int, ...] = ()  # (of the pool, without the figure)
    shown: tuple[tuple[int, str], ...] = ()  # (each edition's figure, as said)
    kind: Literal["selected"] = "selected"


Result = Ranked | Compared | Verdict | Selected


def as_json(result: Result | None) -> dict[str, object] | None:
    """The result in ``--json`` output."""
    if result is None:
        return None
    from dataclasses import asdict  # only answers with a result need it

    return asdict(result)
