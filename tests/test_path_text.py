"""The path strings a fresh `wic-bot ask` works out without pathlib are pathlib's own."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.fileio import is_within, joined_text, parent_text, path_text, resolved_text
from bot.settings import _expanded

pieces = st.lists(st.sampled_from(["/", "//", ".", "..", "a", "b.c", "~", "~x", " "]), max_size=7)


@given(pieces, pieces)
def test_the_strings_are_pathlibs(left: list[str], right: list[str]) -> None:
    text, name = "".join(left), "".join(right)
    path = PurePosixPath(text)
    assert path_text(text) == str(path)
    assert parent_text(text) == str(path.parent)
    assert joined_text(text, name) == str(path / name)
    if path.is_absolute() and PurePosixPath(name).is_absolute():
        assert is_within(text, name) == path.is_relative_to(name)


def test_resolving_follows_links_and_refuses_loops(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    for name in ("real", "link", "link/missing", "real/../link", "nowhere"):
        assert resolved_text(tmp_path / name) == str((tmp_path / name).resolve())
    with pytest.raises(RuntimeError):
        (tmp_path / "loop").resolve()
    with pytest.raises(RuntimeError):
        resolved_text(tmp_path / "loop")


def test_a_home_is_expanded_as_pathlib_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/someone")
    for raw in ("~", "~/x", "~//x/./y", "a/~", "/~", f"~{os.environ.get('USER', 'root')}/z"):
        assert _expanded(raw) == str(Path(raw).expanduser())
    with pytest.raises(RuntimeError):
        Path("~no-such-user-here/x").expanduser()
    with pytest.raises(RuntimeError):
        _expanded("~no-such-user-here/x")
