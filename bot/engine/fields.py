"""Declaring model fields with the metadata the schema machinery reads."""

from __future__ import annotations

import dataclasses
from typing import Any


def spec(doc: str, *, default: Any = dataclasses.MISSING, fmt: str = "") -> Any:
    """A dataclass field carrying a description (and optional format) for schema and errors."""
    meta = {"doc": doc, "format": fmt}
    if isinstance(default, (list, dict, set)):
        raise TypeError("use tuples or None for defaults")
    return dataclasses.field(default=default, metadata=meta)
