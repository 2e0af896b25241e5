"""The pure core of wic-bot: knowledge loading and validation, question understanding, answers.

Nothing in this package imports discord, reads the environment or keeps module-level mutable
state; everything is synchronous and deterministic.
"""

from .knowledge import Knowledge, load_knowledge
from .problems import KnowledgeError, Problem

__all__ = ["Knowledge", "KnowledgeError", "Problem", "load_knowledge"]
