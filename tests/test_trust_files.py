"""Issue 17, storage side without a database: the vocabulary path never leaves the knowledge
folder, a deleted vocabulary can be rolled back, and hostile command-line input gets one line.
Each test fails on the code before issue 17."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.editing import AppendItem, EditError, KnowledgeEditor, SetValue, Where
from bot.engine import KnowledgeError
from bot.knowledge_files import load_file
from bot.settings import Settings, SettingsError

from .conftest import ROOT


def _point_vocabulary(facts: Path, name: str) -> None:
    text = facts.read_text(encoding="utf-8")
    assert "\nvocabulary: vocabulary.yaml\n" in text
    facts.write_text(text.replace("\nvocabulary: vocabulary.yaml\n", f"\nvocabulary: {name}\n"))


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A valid vocabulary file outside the knowledge folder (so only the path is wrong)."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    target = folder / "vocabulary.yaml"
    shutil.copy(ROOT / "knowledge" / "vocabulary.yaml", target)
    return target


def _ways_out(kfiles: Path, outside: Path) -> dict[str, str]:
    link = kfiles.parent / "linked.yaml"
    link.symlink_to(outside)
    rel = os.path.relpath(outside, kfiles.parent)
    return {"dotdot": rel, "absolute": str(outside), "symlink": link.name}


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_a_vocabulary_outside_the_folder_is_refused_by_check_and_loading(
    kfiles: Path, outside: Path, how: str, capsys
) -> None:
    name = _ways_out(kfiles, outside)[how]
    _point_vocabulary(kfiles, name)
    with pytest.raises(KnowledgeError) as caught:
        load_file(kfiles)
    [problem] = caught.value.problems
    assert problem.path == "vocabulary" and problem.file == str(kfiles) and problem.line == 10
    assert "folder" in problem.message
    # Proposed contents are checked the same way (what /kb and kb push validate).
    with pytest.raises(KnowledgeError):
        load_file(kfiles, vocabulary_data=outside.read_bytes())
    assert main(["check", str(kfiles)]) == 1
    err = capsys.readouterr().err
    assert f"{kfiles}:10:13: vocabulary:" in err and "Traceback" not in err


def test_a_vocabulary_in_a_subfolder_or_a_link_inside_is_still_fine(kfiles: Path) -> None:
    (kfiles.parent / "lang").mkdir()
    shutil.move(kfiles.parent / "vocabulary.yaml", kfiles.parent / "lang" / "vocabulary.yaml")
    _point_vocabulary(kfiles, "lang/vocabulary.yaml")
    assert load_file(kfiles).vocabulary_path == str(kfiles.parent / "lang/vocabulary.yaml")


def test_kb_edits_never_write_a_vocabulary_outside_the_folder(
    kfiles: Path, outside: Path, tmp_path: Path
) -> None:
    before = outside.read_bytes()
    _point_vocabulary(kfiles, os.path.relpath(outside, kfiles.parent))
    editor = KnowledgeEditor(kfiles, tmp_path / "data")
    phrase = AppendItem(
        "vocabulary", ("intents", Where("id", "dates"), "phrasings"), "when did it happen"
    )
    with pytest.raises(EditError, match=r"vocabulary: .*leaves the knowledge file's folder"):
        editor.propose([phrase])
    with pytest.raises(EditError, match="folder"):
        editor.versions()
    assert outside.read_bytes() == before


def test_a_deleted_vocabulary_can_be_rolled_back_and_the_bot_starts_again(
    editor: KnowledgeEditor, kfiles: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    vocab = kfiles.parent / "vocabulary.yaml"
    original = vocab.read_bytes()
    edit = SetValue(
        "vocabulary", ("intents", Where("id", "dates")), "phrasings", ["when did it happen"]
    )
    editor.commit(editor.propose([edit]), "mod")  # keeps the original vocabulary
    kept = [v for v in editor.history() if v.file == "vocabulary.yaml"]
    assert kept
    vocab.unlink()  # deleted by mistake
    # A restart now cannot start, and says where the kept copy is.
    monkeypatch.chdir(tmp_path)
    settings = Settings(knowledge_path=str(kfiles), data_dir=str(editor.data_dir))
    from bot.app import file_service

    assert file_service(settings) is None
    err = capsys.readouterr().err
    assert "hint: the newest kept copy of vocabulary.yaml is" in err and "cp " in err
    # A rollback restores it (previewed and validated like any edit).
    proposal = editor.propose_rollback(kept[0].id)
    assert proposal.ok, proposal.error
    editor.commit(proposal, "mod")
    assert vocab.read_bytes() == original
    assert file_service(settings) is not None


def test_restore_hints_only_name_files_that_cannot_be_read(tmp_path: Path) -> None:
    from bot.app import restore_hints
    from bot.engine import Problem

    err = KnowledgeError([Problem("k/wic.yaml", 3, 1, "x", "bad value")])
    assert restore_hints(err, tmp_path) == []


# --- item 8: secrets and one-line errors (no database needed) -----------------------------------


@pytest.mark.parametrize(
    ("password", "piece"),
    [("Qa#Zb/Xc@Wd", "Zb/Xc"), ("Kp/Vqs", "Vqs"), ("Hx?Jyz", "Jyz"), ("Mq#Rst", "Rst")],
)
def test_a_password_with_url_characters_is_refused_without_showing_it(
    password: str, piece: str, monkeypatch, capsys, tmp_path: Path
) -> None:
    url = f"postgresql://bot:{password}@127.0.0.1:5432/wic"
    with pytest.raises(SettingsError, match="percent-encode") as caught:
        Settings.from_env({"DATABASE_URL": url})
    assert password not in str(caught.value) and piece not in str(caught.value)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["kb", "log"]) == 2
    out = capsys.readouterr()
    lines = (out.out + out.err).strip().splitlines()
    assert len(lines) == 1 and "PGPASSWORD" in lines[0]
    assert password not in lines[0] and piece not in lines[0]


def test_a_percent_encoded_password_and_a_bad_port_are_checked() -> None:
    ok = "postgresql://bot:a%23b%2Fc%40d@db.internal:5432/wic"
    assert Settings.from_env({"DATABASE_URL": ok}).database_url == ok
    with pytest.raises(SettingsError, match="port"):
        Settings.from_env({"DATABASE_URL": "postgresql://bot@db.internal:99999/wic"})


@pytest.mark.parametrize(
    "argv",
    [
        ["kb", "log", "--limit", "-1"],
        ["kb", "log", "--limit", "0"],
        ["kb", "log", "--limit", "100000"],
        ["unanswered", "--days", "nan"],
        ["unanswered", "--days", "inf"],
        ["unanswered", "--days", "-3"],
        ["unanswered", "--limit", "-1"],
        ["kb", "push", "x.yaml", "--base", "٣"],
    ],
)
def test_bad_numbers_get_one_usage_line(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error:" in err.splitlines()[-1]


@pytest.mark.parametrize(
    "garbage", ["abc", "", "-1", "٣", "1; DROP", "\x00", "99999999999999999999"]
)
def test_a_garbage_revision_marker_gives_one_line(kfiles: Path, garbage: str, capsys) -> None:
    import asyncio

    from bot.pg.cli import push

    (kfiles.parent / ".wic-revision").write_text(garbage)
    # Refused before any connection is made (the URL leads nowhere).
    code = asyncio.run(push("postgresql://x@127.0.0.1:1/x", [kfiles], "m", force=False))
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert ".wic-revision is damaged" in err and "--base" in err
