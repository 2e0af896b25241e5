"""Typed conversion of YAML nodes into frozen dataclasses, and JSON Schema from the same types.

The dataclass model is the single source of truth: ``convert`` walks it to validate a file and
report every problem with its line and field path, and ``json_schema`` walks it to produce the
schema editors use. Supported field types: str, int, bool, date, Literal, X | None,
tuple[X, ...], dict[str, X] and nested dataclasses. Field metadata (see ``spec``) adds a
description, a format ("url") and whether empty text is allowed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from collections import abc
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from .fields import required
from .fields import spec as spec
from .patterns import lazy
from .problems import Problem
from .yamlsafe import Mapping, Node, Scalar, Sequence

T = TypeVar("T")

# ASCII digits only ("²" and other digits are not numbers in a file), and short: Python
# refuses to convert integers of more than 4,300 digits, and no field needs more than 18.
_INT = lazy(r"[-+]?[0-9]{1,18}")
ID_MAX = 64  # a short identifier (fmt="id"): fits Discord menus and choices with room
_DATE = lazy(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_URL = lazy(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE", "yes", "Yes"}
_FALSE = {"false", "False", "FALSE", "no", "No"}


class _Invalid:
    """Marker for a value that failed conversion (problems already recorded)."""


INVALID = _Invalid()


class _Ctx:
    __slots__ = ("classes", "file", "hints", "problems", "shapes")

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.hints: dict[type, dict[str, Any]] = {}  # get_type_hints is slow; once per class
        # What a type is (optional's inner type, origin, dataclass?, arguments) and a class's
        # fields (name -> (type, format), and the required names): worked out once per
        # conversion, not once per node (a large file has tens of thousands)
        self.shapes: dict[Any, tuple[Any, Any, bool, tuple[Any, ...]]] = {}
        self.classes: dict[type, tuple[dict[str, tuple[Any, str]], tuple[str, ...]]] = {}

    def type_hints(self, cls: type) -> dict[str, Any]:
        if cls not in self.hints:
            self.hints[cls] = typing.get_type_hints(cls)
        return self.hints[cls]

    def shape(self, tp: Any) -> tuple[Any, Any, bool, tuple[Any, ...]]:
        found = self.shapes.get(tp)
        if found is None:
            found = (
                _optional_inner(tp),
                typing.get_origin(tp),
                dataclasses.is_dataclass(tp),
                typing.get_args(tp),
            )
            self.shapes[tp] = found
        return found

    def fields(self, cls: type) -> tuple[dict[str, tuple[Any, str]], tuple[str, ...]]:
        found = self.classes.get(cls)
        if found is None:
            hints = self.type_hints(cls)
            every = dataclasses.fields(cls)
            found = (
                {f.name: (hints[f.name], f.metadata.get("format", "")) for f in every},
                tuple(f.name for f in every if required(f)),
            )
            self.classes[cls] = found
        return found

    def add(self, node: Node, path: str, message: str) -> _Invalid:
        self.problems.append(Problem(self.file, node.line, node.column, path, message))
        return INVALID


def convert(node: Node, cls: type[T], file: str) -> tuple[T | None, list[Problem]]:
    """Convert a node tree into ``cls``; returns (value or None, every problem found)."""
    value, problems, _partial = convert_partial(node, cls, file)
    return value, problems


def convert_partial(node: Node, cls: type[T], file: str) -> tuple[T | None, list[Problem], Any]:
    """Like ``convert``, plus a best-effort value for cross-field checks of a broken file.

    In the best-effort value an unknown key is ignored, an invalid optional field takes its
    default and an invalid list item becomes None (so list indices still match the file).
    """
    ctx = _Ctx(file)
    value = _convert(node, cls, "", ctx)
    partial = None if isinstance(value, _Invalid) else value
    if partial is None or ctx.problems:
        return None, ctx.problems, partial
    return typing.cast(T, value), [], partial


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if tp is str:
        return "text"
    if tp is int:
        return "a whole number"
    if tp is bool:
        return "true or false"
    if tp is dt.date:
        return "a date (YYYY-MM-DD)"
    if origin is tuple:
        return "a list"
    if origin in (dict, abc.Mapping) or dataclasses.is_dataclass(tp):
        return "a mapping of keys to values"
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(tp))
    return str(tp)


def _kind(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    return f"{node.value!r}"


def _optional_inner(tp: Any) -> Any | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def _convert(node: Node, tp: Any, path: str, ctx: _Ctx, fmt: str = "") -> Any:
    inner, origin, is_dataclass, args = ctx.shape(tp)
    if inner is not None:
        if isinstance(node, Scalar) and node.plain and node.value in _NULLS:
            return None
        return _convert(node, inner, path, ctx, fmt)
    if is_dataclass:
        return _convert_dataclass(node, typing.cast(type, tp), path, ctx)
    if origin is tuple:
        if not isinstance(node, Sequence):
            return ctx.add(node, path, f"expected a list, got {_kind(node)}")
        (item_tp, _ellipsis) = args
        items = [_convert(n, item_tp, f"{path}[{i}]", ctx, fmt) for i, n in enumerate(node.items)]
        return tuple(None if isinstance(i, _Invalid) else i for i in items)
    if origin in (dict, abc.Mapping):
        if not isinstance(node, Mapping):
            return ctx.add(node, path, f"expected a mapping, got {_kind(node)}")
        _key_tp, val_tp = args
        out = {k.value: _convert(v, val_tp, f"{path}.{k.value}", ctx, fmt) for k, v in node.items}
        return types.MappingProxyType({k: v for k, v in out.items() if not isinstance(v, _Invalid)})
    if not isinstance(node, Scalar):
        return ctx.add(node, path, f"expected {_describe(tp)}, got {_kind(node)}")
    return _convert_scalar(node, tp, path, ctx, fmt)


def _convert_scalar(node: Scalar, tp: Any, path: str, ctx: _Ctx, fmt: str) -> Any:
    raw = node.value
    if node.plain and raw in _NULLS:
        return ctx.add(node, path, f"missing value: expected {_describe(tp)}")
    if tp is str:
        if not raw.strip():
            return ctx.add(node, path, "text must not be empty")
        if fmt == "url" and not _URL.fullmatch(raw.strip()):
            return ctx.add(node, path, f"not an http(s) URL: {raw!r}")
        if fmt == "id" and len(raw.strip()) > ID_MAX:
            return ctx.add(
                node, path, f"identifier is {len(raw.strip())} characters; at most {ID_MAX}"
            )
        # Quoted text keeps its spaces on purpose (a template's " and "); plain text is trimmed.
        return raw.strip() if node.plain else raw
    if tp is int:
        if node.plain and _INT.fullmatch(raw):
            return int(raw)
        shown = raw if len(raw) <= 40 else raw[:37] + "..."
        return ctx.add(node, path, f"expected a whole number, got {shown!r}")
    if tp is bool:
        if node.plain and raw in _TRUE | _FALSE:
            return raw in _TRUE
        return ctx.add(node, path, f"expected true or false, got {raw!r}")
    if tp is dt.date:
        m = _DATE.fullmatch(raw.strip())
        if not m:
            return ctx.add(node, path, f"expected a date as YYYY-MM-DD, got {raw!r}")
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            return ctx.add(node, path, f"impossible date {raw!r} ({exc})")
    if typing.get_origin(tp) is Literal:
        allowed = typing.get_args(tp)
        if raw in allowed:
            return raw
        return ctx.add(node, path, f"{raw!r} is not {_describe(tp)}{_did_you_mean(raw, allowed)}")
    raise TypeError(f"unsupported schema type {tp!r}")  # a bug in the model, not the file


def _did_you_mean(word: str, options: typing.Iterable[str]) -> str:
    import difflib  # only needed when a file has a typo

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _convert_dataclass(node: Node, cls: type, path: str, ctx: _Ctx) -> Any:
    if not isinstance(node, Mapping):
        return ctx.add(node, path, f"expected a mapping of keys to values, got {_kind(node)}")
    fields, needed = ctx.fields(cls)
    given: dict[str, Any] = {}
    failed = False  # a required field is missing or invalid: no best-effort object either
    for key, value in node.items:
        sub = f"{path}.{key.value}" if path else key.value
        field = fields.get(key.value)
        if field is None:
            ctx.add(key, sub, f"unknown key {key.value!r}{_did_you_mean(key.value, fields)}")
            continue
        converted = _convert(value, field[0], sub, ctx, field[1])
        if not isinstance(converted, _Invalid):
            given[key.value] = converted
    for name in needed:
        if name not in given:
            if not any(k.value == name for k, _ in node.items):
                where = f"{path}.{name}" if path else name
                ctx.add(node, where, f"required key {name!r} is missing")
            failed = True
    if failed:
        return INVALID
    return cls(**given)


# --- JSON Schema -----------------------------------------------------------------------------


def json_schema(cls: type, title: str) -> dict[str, Any]:
    """A JSON Schema (draft-07, what YAML editors support best) describing ``cls``."""
    defs: dict[str, Any] = {}
    _schema_for(cls, defs, "")
    root = defs.pop(cls.__name__)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": title,
        **root,
        "definitions": dict(sorted(defs.items())),
    }


def _schema_for(tp: Any, defs: dict[str, Any], fmt: str) -> dict[str, Any]:
    inner = _optional_inner(tp)
    if inner is not None:
        return {"anyOf": [_schema_for(inner, defs, fmt), {"type": "null"}]}
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        cls = typing.cast(type, tp)
        if cls.__name__ not in defs:
            defs[cls.__name__] = {}  # placeholder guards against recursion
            hints = typing.get_type_hints(cls)
            props: dict[str, Any] = {}
            needed: list[str] = []
            for f in dataclasses.fields(cls):
                sub = _schema_for(hints[f.name], defs, f.metadata.get("format", ""))
                if f.metadata.get("doc"):
                    sub = {"description": f.metadata["doc"], **sub}
                props[f.name] = sub
                if required(f):
                    needed.append(f.name)
            body: dict[str, Any] = {"type": "object", "additionalProperties": False}
            if cls.__doc__:
                body["description"] = cls.__doc__.strip().splitlines()[0]
            body["properties"] = props
            if needed:
                body["required"] = needed
            defs[cls.__name__] = body
        return {"$ref": f"#/definitions/{cls.__name__}"}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs, fmt)}
    if origin in (dict, abc.Mapping):
        return {
            "type": "object",
            "additionalProperties": _schema_for(typing.get_args(tp)[1], defs, fmt),
        }
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    simple: dict[Any, Callable[[], dict[str, Any]]] = {
        str: lambda: (
            {"type": "string", "pattern": "^https?://"}
            if fmt == "url"
            else {"type": "string", "minLength": 1, "maxLength": ID_MAX}
            if fmt == "id"
            else {"type": "string", "minLength": 1}
        ),
        int: lambda: {"type": "integer"},
        bool: lambda: {"type": "boolean"},
        dt.date: lambda: {"type": "string", "format": "date"},
    }
    if tp in simple:
        return simple[tp]()
    raise TypeError(f"unsupported schema type {tp!r}")
