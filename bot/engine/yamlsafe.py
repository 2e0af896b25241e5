"""A guarded YAML reader: events from libyaml (or the pure parser) into a small node tree.

We compose nodes ourselves instead of calling ``yaml.safe_load`` because we need what PyYAML
throws away or gets wrong for hand-edited files: the line of every key and value, duplicate keys
(PyYAML silently keeps the last), and hard limits that make hostile files fail fast — aliases
(the "billion laughs" bomb) and explicit tags (``!!python/object``) are refused outright, nesting
depth and file size are bounded. Scalars stay strings; the schema decides what they mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .problems import Problem
from .references import MAX_BYTES as MAX_BYTES  # the limit every reader shares

if TYPE_CHECKING:
    import yaml

# PyYAML is imported when a file is read, not when this module is: an engine restored from a
# snapshot never needs it.

MAX_DEPTH = 24


@dataclass(frozen=True, slots=True)
class Scalar:
    value: str
    plain: bool  # unquoted: may be a number, boolean or null
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Sequence:
    items: tuple[Node, ...]
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Mapping:
    items: tuple[tuple[Scalar, Node], ...]
    line: int
    column: int


Node = Scalar | Sequence | Mapping


class _Refused(Exception):
    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def _parser(text: str) -> Any:
    try:  # libyaml is ~10x faster; the pure-Python loader produces the same events.
        from yaml._yaml import CParser

        return CParser(text)
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import BaseLoader

        return BaseLoader(text)


def _pos(event: yaml.Event | None) -> tuple[int, int]:
    mark = event.start_mark if event is not None else None
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def read_yaml(data: bytes, file: str) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML document into nodes; returns the root (None if refused) and problems."""
    if len(data) > MAX_BYTES:
        msg = f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}"
        return None, [Problem(file, 0, 0, "", msg)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(file, 0, 0, "", f"not UTF-8 text (byte {exc.start})")]
    import yaml

    problems: list[Problem] = []
    parser = _parser(text)
    try:
        root = _compose(parser, file, problems)
    except _Refused as exc:
        return None, [Problem(file, exc.line, exc.column, "", exc.message)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        what = " ".join(s for s in (exc.context, exc.problem) if s)
        return None, [Problem(file, line, col, "", f"YAML syntax error: {what}")]
    except yaml.YAMLError as exc:
        return None, [Problem(file, 0, 0, "", f"YAML error: {exc}")]
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return root, problems


def _compose(parser: Any, file: str, problems: list[Problem]) -> Node | None:
    import yaml

    parser.get_event()  # StreamStart
    if parser.check_event(yaml.StreamEndEvent):
        return None
    parser.get_event()  # DocumentStart
    root = _node(parser, file, problems, 0, "", yaml)
    parser.get_event()  # DocumentEnd
    if not parser.check_event(yaml.StreamEndEvent):
        line, col = _pos(parser.peek_event())
        raise _Refused(line, col, "only one YAML document is allowed (remove the extra '---')")
    return root


def _node(
    parser: Any, file: str, problems: list[Problem], depth: int, path: str, yaml: Any
) -> Node:
    """The node at the parser's next event (``yaml``: the module, imported once per file)."""
    event = parser.get_event()
    line, col = _pos(event)
    if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
        raise _Refused(line, col, "anchors and aliases (& and *) are not allowed")
    tag = getattr(event, "tag", None)
    if tag not in (None, "!"):
        raise _Refused(line, col, f"explicit tags such as {tag!r} are not allowed")
    if isinstance(event, yaml.ScalarEvent):
        return Scalar(event.value, event.style in (None, ""), line, col)
    if depth >= MAX_DEPTH:
        raise _Refused(line, col, f"nesting deeper than {MAX_DEPTH} levels")
    if isinstance(event, yaml.SequenceStartEvent):
        items: list[Node] = []
        while not parser.check_event(yaml.SequenceEndEvent):
            items.append(_node(parser, file, problems, depth + 1, f"{path}[{len(items)}]", yaml))
        parser.get_event()
        return Sequence(tuple(items), line, col)
    if isinstance(event, yaml.MappingStartEvent):
        pairs: list[tuple[Scalar, Node]] = []
        seen: dict[str, int] = {}
        while not parser.check_event(yaml.MappingEndEvent):
            key = _node(parser, file, problems, depth + 1, path, yaml)
            if not isinstance(key, Scalar):
                _node(parser, file, problems, depth + 1, path, yaml)
                problems.append(
                    Problem(file, key.line, key.column, path, "keys must be plain text")
                )
                continue
            sub = f"{path}.{key.value}" if path else key.value
            value = _node(parser, file, problems, depth + 1, sub, yaml)
            if key.value in seen:
                problems.append(
                    Problem(
                        file,
                        key.line,
                        key.column,
                        sub,
                        f"duplicate key {key.value!r} (first at line {seen[key.value]}); "
                        "YAML would silently keep only the last one",
                    )
                )
                continue
            seen[key.value] = key.line
            pairs.append((key, value))
        parser.get_event()
        return Mapping(tuple(pairs), line, col)
    raise _Refused(line, col, f"unexpected YAML event {type(event).__name__}")
