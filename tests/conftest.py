"""Shared fixtures: the shipped knowledge and an engine on it, built once per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine import Engine, Knowledge, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "knowledge" / "wic.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return load_knowledge(SHIPPED)


@pytest.fixture(scope="session")
def engine(kb: Knowledge) -> Engine:
    return Engine(kb)
