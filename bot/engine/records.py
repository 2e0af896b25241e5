"""Dataclasses that a fresh process can use without importing ``dataclasses``.

Importing ``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``):
about 19 ms, a fifth of what a bare ``python -c "import yaml, rapidfuzz"`` takes in all. And
``dataclass`` writes each class's methods as source text and compiles them when the class is
defined: about 1.5 ms a class, for some forty classes. A fresh ``wic-bot ask`` restored from a
snapshot creates a few of them and compares or prints almost none.

``@record(...)`` declares a class as ``@dataclass(frozen=True, ...)`` would (``frozen=False``
for a mutable one) and makes, on first use, only what is used:

- ``__init__``, ``__eq__`` and ``__hash__`` are written here, from the same source text that
  ``dataclasses`` 3.11 writes for them, except that a frozen ``__init__`` sets its fields in
  one update of the instance's dict rather than one ``object.__setattr__`` call each
  (``tests/test_records.py`` holds the two to the same behaviour, class by class), when first
  called;
- anything else that ``dataclass`` provides (``__repr__``, the frozen ``__setattr__`` and
  ``__delattr__``, ``__dataclass_fields__`` and so ``dataclasses.fields``, ``asdict``,
  ``is_dataclass``, ``__match_args__``) first hands the class to ``dataclasses.dataclass`` with
  the same options: from then on it is exactly the class ``@dataclass`` makes.

``replace`` is ``dataclasses.replace`` for records (the new value holds what ``__init__`` would
set: every field, the changed ones changed) and defers to it for anything else. Records have
no ``__slots__``: a slotted class cannot be made later. Reading a field's default from the class
itself (``Edition.status``) gives its declaration until the class is made; nothing does that.
"""

from __future__ import annotations

from _thread import RLock
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # no default (``dataclasses.MISSING`` without importing dataclasses)


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"


_HAS_FACTORY = _Factory()  # as dataclasses' signature shows a default_factory


class Declared:
    """``dataclasses.field(...)`` as declared in a record's body, until the class is made."""

    __slots__ = ("default", "default_factory", "metadata")

    def __init__(
        self, default: Any, default_factory: Callable[[], Any] | None, metadata: Mapping[str, Any]
    ) -> None:
        self.default, self.default_factory, self.metadata = default, default_factory, metadata


def field(
    *,
    default: Any = MISSING,
    default_factory: Callable[[], Any] | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Any:
    """``dataclasses.field`` for a record (``default``, ``default_factory``, ``metadata``)."""
    if default is not MISSING and default_factory is not None:
        raise ValueError("cannot specify both default and default_factory")
    return Declared(default, default_factory, metadata or {})


# What ``dataclass`` adds to a class and records make on first use: the methods written here,
# then what only ``dataclasses`` makes.
_WRITTEN = ("__init__", "__eq__", "__hash__")
_METHODS = ("__repr__", "__setattr__", "__delattr__")
_ATTRIBUTES = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
# Two threads must not make one class at once (the service loads knowledge in a worker thread
# while answers are read). No value lives here: only who may write a class.
_MAKING = RLock()


class _Record:
    """How one record class was declared, and what has been made of it."""

    def __init__(self, cls: type, frozen: bool, kw_only: bool) -> None:
        self.cls, self.frozen, self.kw_only = cls, frozen, kw_only
        self.complete = False
        # The class's own annotations, as dataclasses reads them (not inspect: see above).
        self.own: dict[str, Any] = dict(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063
        for name, kind in self.own.items():
            if str(kind).startswith(("ClassVar", "InitVar")):
                raise TypeError(f"{cls.__name__}.{name}: records hold plain fields only")
        # Every field, in dataclasses' order: the bases' first (the record that declares each).
        self.fields: dict[str, _Record] = {}
        for base in reversed(cls.__mro__[1:]):
            declared = base.__dict__.get("__record__")
            if isinstance(declared, _Record):
                self.fields.update(dict.fromkeys(declared.own, declared))
        self.fields.update(dict.fromkeys(self.own, self))
        self.names: tuple[str, ...] = tuple(self.fields)

    def default(self, name: str) -> tuple[Any, Callable[[], Any] | None]:
        """A field's default and default factory, as its class declares them."""
        owner = self.fields[name]
        if owner.complete:  # made by dataclasses (imported then): its Field holds them now
            import dataclasses

            made = owner.cls.__dict__["__dataclass_fields__"][name]
            none = dataclasses.MISSING
            return (
                MISSING if made.default is none else made.default,
                None if made.default_factory is none else made.default_factory,
            )
        value = owner.cls.__dict__.get(name, MISSING)
        if isinstance(value, Declared):
            return value.default, value.default_factory
        return value, None

    def write(self, method: str) -> Callable[..., Any]:
        """``method`` as ``dataclasses`` 3.11 writes it (``_init_fn``, ``_cmp_fn``,
        ``_hash_fn``), compiled and set on the class."""
        names, qualname = self.names, self.cls.__qualname__
        namespace: dict[str, Any] = {}
        if method == "__init__":
            params: list[str] = []
            keyword: list[str] = []
            body: list[str] = []
            for name in names:
                default, factory = self.default(name)
                kw_only = self.fields[name].kw_only
                if factory is not None:
                    namespace[f"__dataclass_dflt_{name}__"] = factory
                    param = f"{name}=__dataclass_HAS_DEFAULT_FACTORY__"
                    value = (
                        f"__dataclass_dflt_{name}__() "
                        f"if {name} is __dataclass_HAS_DEFAULT_FACTORY__ else {name}"
                    )
                elif default is not MISSING:
                    namespace[f"__dataclass_dflt_{name}__"] = default
                    param, value = f"{name}=__dataclass_dflt_{name}__", name
                else:
                    param, value = name, name
                (keyword if kw_only else params).append(param)
                if self.frozen:
                    # One write to the instance's dict: what ``object.__setattr__`` does, field by
                    # field, for a class whose fields are no descriptors (records' never are)
                    body.append(f"{name!r}:{value},")
                else:
                    body.append(f"self.{name}={value}")
            namespace["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_FACTORY
            namespace["__dataclass_builtins_object__"] = object
            signature = ", ".join(["self", *params, *(["*", *keyword] if keyword else [])])
            if self.frozen and body:
                body = ["self.__dict__.update({", *body, "})"]
            text = f"def __init__({signature}):\n" + "".join(
                f"  {line}\n" for line in body or ["pass"]
            )
        elif method == "__eq__":
            mine = "".join(f"self.{name}," for name in names)
            theirs = "".join(f"other.{name}," for name in names)
            text = (
                "def __eq__(self, other):\n"
                " if other.__class__ is self.__class__:\n"
                f"  return ({mine})==({theirs})\n"
                " return NotImplemented\n"
            )
        else:
            text = f"def __hash__(self):\n return hash(({''.join(f'self.{n},' for n in names)}))\n"
        exec(text, namespace)
        function: Callable[..., Any] = namespace[method]
        function.__qualname__ = f"{qualname}.{method}"
        if method == "__init__":
            types = {name: self.fields[name].own[name] for name in names}
            function.__annotations__ = {**types, "return": None}
        setattr(self.cls, method, function)
        return function

    def make(self) -> type:
        """The class as ``dataclasses.dataclass`` makes it (once)."""
        with _MAKING:
            if not self.complete:
                import dataclasses

                cls = self.cls
                for name in (*_WRITTEN, *_METHODS, *_ATTRIBUTES):
                    if name in cls.__dict__:
                        delattr(cls, name)
                for name in self.names:
                    declared = cls.__dict__.get(name)
                    if isinstance(declared, Declared):
                        options: dict[str, Any] = {"metadata": declared.metadata}
                        if declared.default is not MISSING:
                            options["default"] = declared.default
                        if declared.default_factory is not None:
                            options["default_factory"] = declared.default_factory
                        setattr(cls, name, dataclasses.field(**options))
                dataclasses.dataclass(cls, frozen=self.frozen, kw_only=self.kw_only)
                self.complete = True
        return self.cls


class _Deferred:
    """A class attribute only ``dataclasses`` makes: reading it makes the class."""

    def __init__(self, record: _Record, name: str) -> None:
        self._record, self._name = record, name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return getattr(self._record.make(), self._name)


def _written(record: _Record, name: str) -> Callable[..., Any]:
    def method(self: object, *args: Any, **kwargs: Any) -> Any:
        with _MAKING:
            if record.complete or record.cls.__dict__.get(name) is not method:
                function = getattr(record.cls, name)
            else:
                function = record.write(name)
        return function(self, *args, **kwargs)

    method.__name__, method.__qualname__ = name, f"{record.cls.__qualname__}.{name}"
    return method


def _made(record: _Record, name: str) -> Callable[..., Any]:
    def method(self: object, *args: Any, **kwargs: Any) -> Any:
        return getattr(record.make(), name)(self, *args, **kwargs)

    method.__name__, method.__qualname__ = name, f"{record.cls.__qualname__}.{name}"
    return method


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(*, kw_only: bool = False, frozen: bool = True) -> Callable[[type[T]], type[T]]:
    """``@dataclass(frozen=frozen, kw_only=kw_only)``, its methods made when first used."""

    def wrap(cls: type[T]) -> type[T]:
        made = _Record(cls, frozen, kw_only)
        added: dict[str, Any] = {"__record__": made}
        added.update((name, _written(made, name)) for name in _WRITTEN)
        if not frozen:
            added["__hash__"] = None  # eq without frozen: unhashable, as dataclass makes it
        added.update((name, _made(made, name)) for name in _METHODS if frozen or name == "__repr__")
        added.update((name, _Deferred(made, name)) for name in _ATTRIBUTES)
        for name, value in added.items():
            setattr(cls, name, value)
        return cls

    return wrap


def replace(obj: T, /, **changes: Any) -> T:
    """``dataclasses.replace``: a copy of ``obj`` with ``changes``, made through ``__init__``."""
    made = type(obj).__dict__.get("__record__")
    if not isinstance(made, _Record):
        import dataclasses

        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    if made.fields.keys() >= changes.keys():  # as ``__init__`` would set them, without it
        new = object.__new__(type(obj))
        values = new.__dict__
        values.update(obj.__dict__)
        values.update(changes)
        return new
    for name in made.names:  # raises the TypeError ``__init__`` raises
        if name not in changes:
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)
