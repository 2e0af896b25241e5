"""Frozen dataclasses whose generated methods are made on first use.

``dataclasses.dataclass`` writes each class's methods (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, the frozen ``__setattr__`` and ``__delattr__``) as source text and compiles it
when the class is defined: about 1.5 ms a class, most of what importing the engine cost. A
fresh ``wic-bot ask`` restored from a snapshot creates, compares or prints few of the model's
classes: unpickling and reading attributes use none of those methods.

``record`` leaves each method as a small stand-in that, on first use, hands the class to
``dataclasses.dataclass`` with the same options and then calls the real method; so do
``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` (through the
``__dataclass_fields__`` attribute). From then on the class is exactly what
``@dataclass(frozen=True, ...)`` makes; until then only reading a field's default from the
class itself (``Edition.status``) differs, and nothing does that. Classes with ``slots`` cannot
be made later (``slots=True`` builds a new class), so the classes every answer creates keep
``@dataclass(frozen=True, slots=True)``.
"""

from __future__ import annotations

import dataclasses
from _thread import RLock
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

# What ``dataclass`` adds to a frozen class: the methods, then the class attributes.
_METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
_ATTRIBUTES = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
# Two threads must not make one class's methods at once (the service loads knowledge in a
# worker thread while answers are read). No value lives here: only who may write a class.
_MAKING = RLock()


class _Deferred:
    """A class attribute ``dataclass`` sets, read before the class was made: make it now."""

    def __init__(self, make: Callable[[], type], name: str) -> None:
        self._make, self._name = make, name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return getattr(self._make(), self._name)


def _stand_in(make: Callable[[], type], name: str) -> Callable[..., Any]:
    def method(self: object, *args: Any, **kwargs: Any) -> Any:
        return getattr(make(), name)(self, *args, **kwargs)

    method.__name__ = method.__qualname__ = name
    return method


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(*, kw_only: bool = False) -> Callable[[type[T]], type[T]]:
    """``@dataclass(frozen=True, kw_only=...)``, its methods made when first used."""

    def wrap(cls: type[T]) -> type[T]:
        def make() -> type:
            with _MAKING:
                if isinstance(cls.__dict__.get("__dataclass_fields__"), _Deferred):
                    for name in _METHODS + _ATTRIBUTES:
                        delattr(cls, name)
                    dataclasses.dataclass(cls, frozen=True, kw_only=kw_only)
            return cls

        for name in _METHODS:
            setattr(cls, name, _stand_in(make, name))
        for name in _ATTRIBUTES:
            setattr(cls, name, _Deferred(make, name))
        return cls

    return wrap
