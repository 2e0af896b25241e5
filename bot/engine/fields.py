"""Declaring model fields with the metadata the schema machinery reads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .records import MISSING, field

if TYPE_CHECKING:
    import dataclasses


def spec(
    doc: str,
    *,
    default: Any = MISSING,
    factory: Callable[[], Any] | None = None,
    fmt: str = "",
) -> Any:
    """A dataclass field carrying a description (and optional format) for schema and errors.

    ``factory`` makes an empty default for mapping fields (dataclasses refuse shared ones).
    """
    meta = {"doc": doc, "format": fmt}
    if isinstance(default, (list, dict, set)):
        raise TypeError("use tuples or None for defaults, factory= for mappings")
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def required(f: dataclasses.Field[Any]) -> bool:
    """Whether a field has no default of either kind."""
    import dataclasses

    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
