"""Edits as text splices: the pure part of editing, no files, no locks.

We locate the exact lines of the value being changed (with the guarded YAML reader, which knows
every key's line) and replace only those lines with freshly rendered YAML. Every other byte of
the file — comments, key order, quoting, wrapping — is left as the moderator wrote it, which a
load-and-dump round trip cannot promise.

Items of a list are addressed by an identifying key (``Where("id", "logo")``,
``Where("year", 2017)``) rather than by position, so an edit prepared before another moderator
removed an item can never land on its neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from bot.engine import Mapping as YMapping
from bot.engine import Node, read_yaml
from bot.engine import Scalar as YScalar
from bot.engine import Sequence as YSequence


class EditError(Exception):
    """An edit that cannot be applied; the message is for the moderator."""


@dataclass(frozen=True)
class Where:
    """The item of a list whose ``key`` is ``value`` (e.g. the Q&A item with id "logo")."""

    key: str
    value: str | int

    def __str__(self) -> str:
        return f"{self.key}={self.value}"


PathPart = str | int | Where


# --- edits ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetValue:
    """Set ``key`` of the mapping at ``path`` (adding the key if missing); None removes it."""

    file: str  # "facts" or "vocabulary"
    path: tuple[PathPart, ...]
    key: str
    value: Any


@dataclass(frozen=True)
class AppendItem:
    """Append ``item`` to the sequence at ``path``."""

    file: str
    path: tuple[PathPart, ...]
    item: Any


@dataclass(frozen=True)
class RemoveItem:
    """Remove an item (by position, or the one identified by a ``Where``) of the sequence at
    ``path``."""

    file: str
    path: tuple[PathPart, ...]
    index: int | Where


Edit = SetValue | AppendItem | RemoveItem


def describe(edit: Edit) -> str:
    """One line for the audit log and the preview."""
    where = ".".join(p if isinstance(p, str) else f"[{p}]" for p in edit.path)
    where = where.replace(".[", "[")
    if isinstance(edit, SetValue):
        target = f"{where}.{edit.key}" if where else edit.key
        return f"removed {target}" if edit.value is None else f"set {target}"
    if isinstance(edit, AppendItem):
        return f"added an item to {where}"
    return f"removed {where}[{edit.index}]"


# --- splicing ---------------------------------------------------------------------------------


def _scalar(node: Node | None) -> str | None:
    return node.value.strip() if isinstance(node, YScalar) else None


def _match(seq: YSequence, where: Where) -> int | None:
    """Position of the one item whose ``where.key`` is ``where.value``."""
    found = [
        i
        for i, item in enumerate(seq.items)
        if isinstance(item, YMapping)
        and any(k.value == where.key and _scalar(v) == str(where.value) for k, v in item.items)
    ]
    return found[0] if len(found) == 1 else None


def _find(root: Node | None, path: tuple[PathPart, ...]) -> Node:
    node = root
    for part in path:
        if isinstance(part, Where) and isinstance(node, YSequence):
            index = _match(node, part)
            node = None if index is None else node.items[index]
            if node is None:
                raise EditError(f"no single item with {part} in the file (removed or renamed?)")
        elif isinstance(part, int) and isinstance(node, YSequence) and 0 <= part < len(node.items):
            node = node.items[part]
        elif isinstance(part, str) and isinstance(node, YMapping):
            node = next((v for k, v in node.items if k.value == part), None)
        else:
            node = None
        if node is None:
            raise EditError(f"nothing at {path!r} in the file")
    assert node is not None
    return node


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int, column: int) -> int:
    """Index of the first line after ``start`` (0-based) that is not part of a block whose
    key or dash sits at ``column``: a line at that indentation or less. Trailing blank lines
    and comments at the block's own level belong to what follows."""
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and _indent(line) <= column:
            break
        end += 1
    while end - 1 > start and (
        not lines[end - 1].strip()
        or (lines[end - 1].lstrip().startswith("#") and _indent(lines[end - 1]) <= column)
    ):
        end -= 1
    return end


# YAML reads these as line breaks: raw in a plain or single-quoted scalar they are folded to
# a space when the file is read back. Only a double-quoted scalar can escape them (\N \L \P).
_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


class _Dumper(yaml.SafeDumper):
    """Indents list dashes under their key, as the knowledge files are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(c in value for c in _YAML_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _render(value: Any, column: int, key: str | None) -> list[str]:
    """YAML lines for ``key: value`` (or one sequence item) indented to ``column``."""
    data = {key: value} if key is not None else [value]
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=96,
        default_flow_style=False,
        indent=2,
    )
    pad = " " * column
    # Lines end at "\n" only: str.splitlines would also split at U+0085, U+2028 and U+2029.
    lines = text.split("\n")
    return [pad + line + "\n" if line.strip() else line + "\n" for line in lines[:-1]]


def apply(text: str, edit: Edit, name: str = "<edit>") -> str:
    """The file text with ``edit`` applied, untouched lines byte for byte the same."""
    root, problems = read_yaml(text.encode("utf-8"), name)
    if root is None or problems:
        raise EditError("the file on disk is not valid YAML; fix it by hand first")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    node = _find(root, edit.path)
    if isinstance(edit, SetValue):
        if not isinstance(node, YMapping):
            raise EditError("that is not a mapping")
        pair = next(((k, v) for k, v in node.items if k.value == edit.key), None)
        if pair is not None:
            key_node = pair[0]
            start = key_node.line - 1
            end = _block_end(lines, start, key_node.column - 1)
            new = [] if edit.value is None else _render(edit.value, key_node.column - 1, edit.key)
        else:
            if edit.value is None:
                return text
            if not node.items:
                raise EditError("cannot add to an empty mapping")
            last_key = node.items[-1][0]
            start = end = _block_end(lines, last_key.line - 1, last_key.column - 1)
            new = _render(edit.value, node.items[0][0].column - 1, edit.key)
        return "".join(lines[:start] + new + lines[end:])
    if not isinstance(node, YSequence):
        raise EditError("that is not a list")
    if isinstance(edit, AppendItem):
        if not node.items:
            raise EditError("cannot append to an empty list")
        last = node.items[-1]
        dash_col = _dash_column(lines, last)
        start = _block_end(lines, _item_line(lines, last), dash_col)
        new = _render(edit.item, dash_col, None)
        gap = ["\n"] if _has_blank_between_items(lines, node) else []
        return "".join(lines[:start] + gap + new + lines[start:])
    index = _match(node, edit.index) if isinstance(edit.index, Where) else edit.index
    if index is None or not 0 <= index < len(node.items):
        raise EditError(f"no item {edit.index} (removed or renamed?)")
    item = node.items[index]
    dash_col = _dash_column(lines, item)
    first = _item_line(lines, item)
    end = _block_end(lines, first, dash_col)
    # Take the blank line that separated it along, so the spacing stays regular.
    if end < len(lines) and not lines[end].strip():
        end += 1
    return "".join(lines[:first] + lines[end:])


def _item_line(lines: list[str], item: Node) -> int:
    """0-based line of the item's dash."""
    line = item.line - 1
    while line > 0 and not lines[line].lstrip().startswith("-"):
        line -= 1
    return line


def _dash_column(lines: list[str], item: Node) -> int:
    return _indent(lines[_item_line(lines, item)])


def _has_blank_between_items(lines: list[str], seq: YSequence) -> bool:
    if len(seq.items) < 2:
        return False
    prev = _item_line(lines, seq.items[-1]) - 1
    return prev >= 0 and not lines[prev].strip()
