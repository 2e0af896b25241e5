"""One question being decided: what was read and parsed, and what it resolved to."""

from __future__ import annotations

import datetime as dt

from .answer import Context
from .model import Edition
from .query import Query
from .reading import Reading
from .records import field, record
from .render import Renderer
from .resolve import Target

_YES_NO_LEADS = frozenset({"was", "is", "were", "did", "does", "has", "had", "wasn", "isn"})


@record(frozen=False)
class Turn:
    """One question being decided: what was read and parsed, and what it resolved to."""

    r: Reading
    q: Query
    today: dt.date
    ctx: Context | None
    R: Renderer
    intent: str = ""
    score: float = 0.0
    targets: list[Target] = field(default_factory=list)
    via_count: list[tuple[int, Edition]] = field(default_factory=list)
    # The targets that are editions; set with ``targets`` (the steps read it many times).
    editions: tuple[Edition, ...] = ()
    # What the question word wants answered ("who": hosts, keynote…); empty: anything.
    wanted: frozenset[str] = frozenset()

    @property
    def yes_no(self) -> bool:
        return (
            bool(self.r.words[:1]) and self.r.words[0] in _YES_NO_LEADS
        ) or "verify" in self.r.cues

    @property
    def has_context(self) -> bool:
        return self.ctx is not None and bool(self.ctx.editions or self.ctx.intent)

    @property
    def ctx_editions(self) -> tuple[int, ...]:
        return self.ctx.editions if self.ctx else ()
