"""The JSON Schemas committed beside the knowledge files, generated from the engine's model."""

from __future__ import annotations

import json
from pathlib import Path

from bot.engine import FactsFile, VocabularyFile, json_schema

# file name (in the knowledge folder) -> schema text
SCHEMA_FILES = {"schema.json": FactsFile, "vocabulary.schema.json": VocabularyFile}


def render(name: str) -> str:
    """The schema file's exact expected text."""
    cls = SCHEMA_FILES[name]
    title = f"wic-bot {cls.__name__}"
    return json.dumps(json_schema(cls, title), indent=2, ensure_ascii=False) + "\n"


def stale(folder: Path) -> list[str]:
    """Names of schema files in ``folder`` that are missing or differ from the model."""
    out = []
    for name in SCHEMA_FILES:
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != render(name):
            out.append(name)
    return out


def write(folder: Path) -> list[Path]:
    """(Re)write every schema file in ``folder``."""
    paths = []
    for name in SCHEMA_FILES:
        path = folder / name
        path.write_text(render(name), encoding="utf-8")
        paths.append(path)
    return paths
