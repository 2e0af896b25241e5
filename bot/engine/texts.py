"""A knowledge base as bytes: the facts, the vocabulary they name, and where both came from.

``KnowledgeSource`` is the one port through which the adapters hand knowledge to the engine:
the files on disk (``bot.knowledge_files``) or a revision in PostgreSQL (``bot.pg``).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, NamedTuple, Protocol

from .problems import Problem
from .yamlsafe import Mapping, Node, Scalar, read_yaml

if TYPE_CHECKING:
    from .knowledge import Knowledge


class Texts(NamedTuple):
    """What a source read: both files' bytes, a version, and how messages name the files."""

    facts: bytes
    # The vocabulary's bytes, or why the source could not have them (unreadable, outside
    # the folder): the engine reports that with the facts file's own problems.
    vocabulary: bytes | Problem
    version: str  # as ``Knowledge.digest`` for these bytes
    name: str = "knowledge.yaml"
    vocabulary_name: str = "vocabulary.yaml"

    def load(self) -> Knowledge:
        """Validate these bytes (KnowledgeError listing every problem)."""
        from .knowledge import load_knowledge

        return load_knowledge(
            self.facts, self.vocabulary, name=self.name, vocabulary_name=self.vocabulary_name
        )


class KnowledgeSource(Protocol):
    """Where the served knowledge comes from."""

    name: str  # how messages name it: the facts file's path, a revision

    def read(self) -> Texts:
        """The current texts; KnowledgeError if the facts cannot be had at all."""
        ...


# A top-level ``vocabulary: NAME`` line, the way every knowledge file writes it.
_VOCABULARY_LINE = re.compile(
    rb"^vocabulary:[ \t]+([^\s#'\"{\[&*!|>%@`][^\s#]*)[ \t]*(?:#[^\n]*)?\r?$", re.M
)
_VOCABULARY_KEY = re.compile(rb"^[\"']?vocabulary\b", re.M)


def _scan_vocabulary(facts: bytes) -> tuple[str, int, int] | None:
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
    scanned = _scan_vocabulary(facts)
    if scanned is not None:
        return scanned
    root, _problems = read_yaml(facts, "")
    name, (line, column) = _vocabulary_name(root) if root is not None else ("", (0, 0))
    return name or "vocabulary.yaml", line, column


def _vocabulary_name(root: Node) -> tuple[str, tuple[int, int]]:
    """The ``vocabulary:`` value and where it is written (0, 0 when it is not)."""
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
    rel = PurePosixPath(name)
    if rel.is_absolute():
        return (
            f"{shown} is an absolute path: the vocabulary must be a file in the knowledge "
            "file's folder (e.g. vocabulary.yaml)"
        )
    if ".." in rel.parts or rel.name in ("", "."):
        return (
            f"{shown} leaves the knowledge file's folder: the vocabulary must be a file in "
            "that folder (e.g. vocabulary.yaml)"
        )
    return None
