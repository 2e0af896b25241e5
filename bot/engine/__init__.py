"""The pure core of wic-bot: knowledge validation, question understanding, answers.

Bytes in, values out: nothing in this package opens a file, reads the clock, the environment
or a cache, imports discord, or keeps module-level mutable state; everything is synchronous
and deterministic. The adapters (``bot.knowledge_files``, ``bot.pg``) read the bytes.

Other packages import only the names below. Each is imported when first used, so importing
``bot.engine`` costs nothing until a name is needed (``wic-bot ask`` starts fast).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import review
    from .answer import Answer, Source
    from .core import Context, Engine, Reply
    from .knowledge import Knowledge, KnowledgeSource, Texts, load_knowledge
    from .measures import measure
    from .model import Edition, FactsFile, IntentId, VocabularyFile
    from .problems import KnowledgeError, Problem
    from .records import record, replace
    from .references import MAX_BYTES, vocabulary_problem, vocabulary_reference
    from .render import MissingText, Renderer
    from .results import Compared, Ranked, Reported, Result, Verdict
    from .schema import json_schema
    from .text import normalise
    from .yamlsafe import Mapping, Node, Scalar, Sequence, read_yaml

# name -> the module that defines it ("" for a module itself).
_WHERE = {
    "Answer": "answer",
    "MissingText": "render",
    "Renderer": "render",
    "measure": "measures",
    "Compared": "results",
    "Ranked": "results",
    "Reported": "results",
    "Result": "results",
    "Source": "answer",
    "Verdict": "results",
    "Context": "core",
    "Edition": "model",
    "Engine": "core",
    "FactsFile": "model",
    "IntentId": "model",
    "Knowledge": "knowledge",
    "KnowledgeError": "problems",
    "KnowledgeSource": "knowledge",
    "MAX_BYTES": "references",
    "Mapping": "yamlsafe",
    "Node": "yamlsafe",
    "Problem": "problems",
    "Reply": "core",
    "Scalar": "yamlsafe",
    "Sequence": "yamlsafe",
    "Texts": "knowledge",
    "VocabularyFile": "model",
    "json_schema": "schema",
    "load_knowledge": "knowledge",
    "normalise": "text",
    "read_yaml": "yamlsafe",
    "record": "records",
    "replace": "records",
    "review": "",
    "vocabulary_problem": "references",
    "vocabulary_reference": "references",
}

__all__ = [
    "MAX_BYTES",
    "Answer",
    "Compared",
    "Context",
    "Edition",
    "Engine",
    "FactsFile",
    "IntentId",
    "Knowledge",
    "KnowledgeError",
    "KnowledgeSource",
    "Mapping",
    "MissingText",
    "Node",
    "Problem",
    "Ranked",
    "Renderer",
    "Reply",
    "Reported",
    "Result",
    "Scalar",
    "Sequence",
    "Source",
    "Texts",
    "Verdict",
    "VocabularyFile",
    "json_schema",
    "load_knowledge",
    "measure",
    "normalise",
    "read_yaml",
    "record",
    "replace",
    "review",
    "vocabulary_problem",
    "vocabulary_reference",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{where or name}", __name__)
    return module if not where else getattr(module, name)


def __dir__() -> list[str]:
    return __all__
