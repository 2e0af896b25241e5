"""Regular expressions compiled when first used, not when their module is imported.

Compiling is slow in Python (a pattern over the CJK range costs 1–2 ms: the compiler fills a
65,536-entry table one character at a time), and most patterns serve a few kinds of question.
``lazy`` stands for ``re.compile``: the pattern is compiled on first use, and each attribute
then asked for (``.search``, ``.sub``…) is kept on the stand-in, so later calls cost what the
compiled pattern's own do. What is kept depends only on the pattern: no answer depends on
which patterns were compiled before it.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast


class _Lazy:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(*self._source)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]})"


def lazy(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast("re.Pattern[AnyStr]", _Lazy(pattern, flags))
