"""How old the knowledge is: whether answers about the latest and next editions may be stale.

Pure functions of the facts and an injected ``today``; the engine words the consequences,
``wic-bot check`` and ``/kb status`` show the warnings to moderators.
"""

from __future__ import annotations

import datetime as dt

from .model import FactsFile

RECENT = 5  # editions whose months define when the series is usually held


def stale(facts: FactsFile, today: dt.date) -> bool:
    """Whether the facts were last reviewed longer ago than the file allows (or never)."""
    if facts.as_of is None:
        return True
    return (today - facts.as_of).days > facts.stale_after_days


def usual_month(facts: FactsFile) -> int | None:
    """The month by which an edition is usually held: the file's, or the latest month of the
    last few editions' openings."""
    if facts.series.usual_month is not None:
        return facts.series.usual_month
    starts = sorted(e.start for e in facts.editions if e.start and e.status != "cancelled")
    return max(d.month for d in starts[-RECENT:]) if starts else None


def overdue(facts: FactsFile, today: dt.date) -> int | None:
    """The year whose edition should be recorded by now but is not, if any."""
    month = usual_month(facts)
    if month is None or today.month <= month:
        return None
    if any(e.year == today.year for e in facts.editions):
        return None
    return today.year


def warnings(facts: FactsFile, today: dt.date) -> tuple[str, ...]:
    """Moderator warnings about the file's age, worded for `wic-bot check` and `/kb status`."""
    out: list[str] = []
    late = overdue(facts, today)
    if late is not None:
        month = usual_month(facts)
        out.append(
            f"the file has no {late} edition, though editions are usually held by month "
            f"{month}: check the news and add it (or its announcement)"
        )
    if facts.as_of is None:
        out.append("as_of is not set: answers cannot say how current the latest edition is")
    elif stale(facts, today):
        out.append(
            f"as_of is {facts.as_of} ({(today - facts.as_of).days} days ago): review the facts "
            "and update as_of"
        )
    return tuple(out)
