"""The pure core of wic-bot: knowledge loading and validation, question understanding, answers.

Nothing in this package imports discord, reads the environment or keeps module-level mutable
state; everything is synchronous and deterministic.
"""

from .answer import Answer
from .core import Context, Engine, Reply
from .knowledge import Knowledge, load_knowledge
from .problems import KnowledgeError, Problem

__all__ = [
    "Answer",
    "Context",
    "Engine",
    "Knowledge",
    "KnowledgeError",
    "Problem",
    "Reply",
    "load_knowledge",
]
