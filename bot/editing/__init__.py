"""Safe edits of the knowledge files.

``splice``: edits as pure text splices; ``builders``: edits from what moderators typed;
``store``: preview, validate, compare-and-swap, atomic write, history, audit, rollback.
"""

from bot.fileio import atomic_write

from .builders import new_faq_id
from .splice import (
    AppendItem,
    Edit,
    EditError,
    PathPart,
    RemoveItem,
    SetValue,
    Where,
    apply,
    describe,
)
from .store import (
    FileVersions,
    KnowledgeEditor,
    Proposal,
    Saved,
    StaleEdit,
    Version,
    digest,
)

__all__ = [
    "AppendItem",
    "Edit",
    "EditError",
    "FileVersions",
    "KnowledgeEditor",
    "PathPart",
    "Proposal",
    "RemoveItem",
    "Saved",
    "SetValue",
    "StaleEdit",
    "Version",
    "Where",
    "apply",
    "atomic_write",
    "describe",
    "digest",
    "new_faq_id",
]
