"""Records (bot.engine.records) behave as the dataclasses they declare, before and after
``dataclasses`` makes them, and a fresh `wic-bot ask` imports neither dataclasses nor inspect."""

from __future__ import annotations

import dataclasses
import inspect
import subprocess
import sys
from typing import Any

import pytest

import bot.engine
import bot.settings
from bot.engine import records
from bot.engine.records import Declared, replace

from .conftest import ROOT


def _record_classes() -> list[type]:
    import importlib
    import pkgutil

    found: dict[str, type] = {}
    for module in pkgutil.iter_modules(bot.engine.__path__):
        loaded = importlib.import_module(f"bot.engine.{module.name}")
        for value in vars(loaded).values():
            if isinstance(value, type) and "__record__" in value.__dict__:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    found["bot.settings.Settings"] = bot.settings.Settings
    # Bases first: a subclass's twin has dataclasses make its (real) base.
    return sorted(found.values(), key=lambda c: (len(c.__mro__), c.__module__, c.__qualname__))


RECORDS = _record_classes()


def _twin(cls: type) -> Any:
    """The same declaration, made by dataclasses right away (whether or not ``cls`` has been
    made already: an earlier test may have needed its fields)."""
    made = cls.__dict__["__record__"]
    skip = {"__dict__", "__weakref__", "__record__", *records._WRITTEN, *records._METHODS}
    skip |= {*records._ATTRIBUTES, *made.own}
    namespace: dict[str, Any] = {k: v for k, v in cls.__dict__.items() if k not in skip}
    for name in made.own:
        default, factory = made.default(name)
        declared = cls.__dict__.get(name)
        if made.complete:
            metadata = cls.__dict__["__dataclass_fields__"][name].metadata
        else:
            metadata = declared.metadata if isinstance(declared, Declared) else {}
        options: dict[str, Any] = {"metadata": metadata}
        if default is not records.MISSING:
            options["default"] = default
        if factory is not None:
            options["default_factory"] = factory
        namespace[name] = dataclasses.field(**options)
    twin = type(cls.__name__, cls.__bases__, namespace)
    twin.__qualname__ = cls.__qualname__
    return dataclasses.dataclass(twin, frozen=made.frozen, kw_only=made.kw_only)


def test_every_record_class_is_found() -> None:
    names = {cls.__name__ for cls in RECORDS}
    assert {"Answer", "Edition", "Knowledge", "Lexicon", "Settings", "Turn", "Source"} <= names


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__qualname__)
def test_a_record_is_created_compared_and_hashed_as_its_dataclass(cls: type) -> None:
    made = cls.__dict__["__record__"]
    twin = _twin(cls)
    values = {name: object() for name in made.names}
    ours, theirs = cls(**values), twin(**values)
    assert vars(ours) == vars(theirs)
    assert str(inspect.signature(cls)) == str(inspect.signature(twin))
    required = {
        f.name: values[f.name]
        for f in dataclasses.fields(twin)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    assert vars(cls(**required)) == vars(twin(**required))  # the defaults and the factories
    again = cls(**values)
    assert (ours == again) is (theirs == twin(**values)) is True
    if made.names:
        other = cls(**{**values, made.names[-1]: object()})
        assert (ours == other) is (theirs == twin(**{**values, made.names[-1]: object()}))
        assert ours != other
    assert ours.__eq__(object()) is NotImplemented
    assert (cls.__hash__ is None) is (twin.__hash__ is None)
    if cls.__hash__ is not None:
        assert hash(ours) == hash(theirs) == hash(again)
    changed = {made.names[0]: object()} if made.names else {}
    assert vars(replace(ours, **changed)) == vars(dataclasses.replace(theirs, **changed))
    with pytest.raises(TypeError):
        cls(**values, not_a_field=1)
    if made.frozen and made.names:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ours, made.names[0], 1)


def test_once_made_by_dataclasses_a_record_is_that_dataclass() -> None:
    code = (
        "import dataclasses, sys\n"
        "from tests.test_records import RECORDS, _twin\n"
        "twins = [(cls, _twin(cls)) for cls in RECORDS]\n"
        "def seen(c):\n"
        "    return [(f.name, f.type, f.default, f.default_factory, dict(f.metadata), f.kw_only)"
        " for f in dataclasses.fields(c)]\n"
        "for cls, twin in twins:\n"
        "    assert seen(cls) == seen(twin), cls\n"
        "    assert cls.__dataclass_params__.__repr__() == twin.__dataclass_params__.__repr__()\n"
        "    assert cls.__match_args__ == twin.__match_args__, cls\n"
        "    values = {f.name: 1 for f in dataclasses.fields(cls)}\n"
        "    assert repr(cls(**values)) == repr(twin(**values)), cls\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_a_fresh_ask_imports_neither_dataclasses_nor_inspect(tmp_path: Any) -> None:
    code = (
        "import sys\n"
        "from bot.cli import main\n"
        "main(['ask', 'when was the 4th WIC?'])\n"
        "heavy = {'dataclasses', 'inspect', 'pathlib', 'argparse', 'yaml'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    env = {"PATH": "/usr/bin:/bin", "CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env
        )
        for _ in range(2)  # the first parses the files and writes the snapshot
    ]
    assert runs[1].returncode == 0, runs[1].stderr
    assert runs[1].stdout.strip().splitlines()[-1] == "[]"
