"""Which vocabulary file a facts file names, read before the facts are parsed, and whether
that name may be used."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .patterns import lazy

if TYPE_CHECKING:
    from .yamlsafe import Node

# The largest file a source reads (the YAML reader refuses more): here, where a source starts,
# so reading the files does not import the YAML reader.
MAX_BYTES = 8 * 1024 * 1024

# A top-level ``vocabulary: NAME`` line, the way every knowledge file writes it.
_VOCABULARY_LINE = lazy(
    rb"^vocabulary:[ \t]+([^\s#'\"{\[&*!|>%@`][^\s#]*)[ \t]*(?:#[^\n]*)?\r?$", re.M
)
_VOCABULARY_KEY = lazy(rb"^[\"']?vocabulary\b", re.M)


def scan_vocabulary(facts: bytes) -> tuple[str, int, int] | None:
    """``vocabulary_reference`` without parsing, when the file writes it plainly (else None)."""
    if len(_VOCABULARY_KEY.findall(facts)) != 1:
        return None
    found = _VOCABULARY_LINE.search(facts)
    if found is None:
        return None
    try:
        value = found.group(1).decode("utf-8")
    except UnicodeDecodeError:
        return None
    line = facts.count(b"\n", 0, found.start()) + 1
    return value, line, found.start(1) - found.start() + 1


def vocabulary_reference(facts: bytes) -> tuple[str, int, int]:
    """The vocabulary file that a facts file names, and the line and column where it does.

    What a source reads before calling ``load_knowledge``; cheap when the file writes
    ``vocabulary: NAME`` on a line of its own (every file does), and a parse otherwise.
    """
    scanned = scan_vocabulary(facts)
    if scanned is not None:
        return scanned
    from .yamlsafe import read_yaml

    root, _problems = read_yaml(facts, "")
    name, (line, column) = named_vocabulary(root) if root is not None else ("", (0, 0))
    return name or "vocabulary.yaml", line, column


def named_vocabulary(root: Node) -> tuple[str, tuple[int, int]]:
    """The ``vocabulary:`` value and where it is written (0, 0 when it is not)."""
    from .yamlsafe import Mapping, Scalar

    if isinstance(root, Mapping):
        for key, value in root.items:
            if key.value == "vocabulary" and isinstance(value, Scalar) and value.value.strip():
                return value.value.strip(), (value.line, value.column)
    return "vocabulary.yaml", (0, 0)


def vocabulary_problem(name: str) -> str | None:
    """Why ``name`` (a facts file's ``vocabulary:``) may not be used, or None if it may.

    It must name a file inside the knowledge file's folder: not an absolute path and no
    ``..``. Every reader and writer of the vocabulary goes through it; the sources that read
    files also refuse a symbolic link out of the folder (``bot.knowledge_files``).
    """
    shown = repr(name[:80])
    if not name or "\x00" in name:
        return f"{shown} is not a file name: name a file beside the knowledge file"
    # As pathlib.PurePosixPath(name) sees it (pathlib itself costs a fresh start ~10 ms): its
    # parts are the names between slashes, without empty ones and ".".
    parts = [part for part in name.split("/") if part and part != "."]
    if name.startswith("/"):
        return (
            f"{shown} is an absolute path: the vocabulary must be a file in the knowledge "
            "file's folder (e.g. vocabulary.yaml)"
        )
    if ".." in parts or not parts:
        return (
            f"{shown} leaves the knowledge file's folder: the vocabulary must be a file in "
            "that folder (e.g. vocabulary.yaml)"
        )
    return None
