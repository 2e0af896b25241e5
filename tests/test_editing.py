"""Knowledge edits: minimal splices, validation, stale-edit refusal, history, crash safety."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.editing import (
    AppendItem,
    EditError,
    KnowledgeEditor,
    RemoveItem,
    SetValue,
    StaleEdit,
    apply,
    digest,
)
from bot.knowledge_files import load_file

from .conftest import ROOT, TODAY

NEW_THEME = "A Brave New Theme — Building Better Things"


def changed_lines(old: str, new: str) -> set[str]:
    return set(old.splitlines()) ^ set(new.splitlines())


def test_set_value_touches_only_that_value():
    src = (ROOT / "knowledge" / "wic.yaml").read_text(encoding="utf-8")
    new = apply(src, SetValue("facts", ("editions", 7), "theme", NEW_THEME))
    gone = set(src.splitlines()) - set(new.splitlines())
    assert all(
        "Digital Civilization" in line or "Cyberspace" in line or "theme: >-" in line
        for line in gone
    )
    assert f"    theme: {NEW_THEME}" in new.splitlines()
    # Comments, quoting and layout elsewhere are byte for byte the same.
    for line in src.splitlines():
        if line.lstrip().startswith("#"):
            assert line in new.splitlines()
    assert len(changed_lines(src, new)) <= 4


@pytest.mark.parametrize(
    "edit",
    [
        SetValue("facts", ("editions", 11), "theme_zh", "测试主题"),
        SetValue("facts", ("editions", 2), "highlights", ["One.", "Two."]),
        SetValue("facts", ("editions", 6), "note", None),
        AppendItem("facts", ("faq",), {"id": "x", "questions": ["what is x"], "answer": "X."}),
        RemoveItem("facts", ("faq",), 3),
        SetValue("vocabulary", ("intents", 7), "phrasings", ["when did it kick off"]),
    ],
)
def test_every_kind_of_edit_yields_a_valid_file(edit, kfiles: Path):
    path = kfiles if edit.file == "facts" else kfiles.parent / "vocabulary.yaml"
    src = path.read_text(encoding="utf-8")
    new = apply(src, edit)
    assert new != src
    if edit.file == "facts":
        load_file(kfiles, data=new.encode())
    else:
        load_file(kfiles, vocabulary_data=new.encode())


def test_propose_commit_and_the_new_answer(editor: KnowledgeEditor, kfiles: Path):
    edit = SetValue("facts", ("editions", 7), "theme", NEW_THEME)
    proposal = editor.propose([edit], sample_question="theme of the 2021 summit", today=TODAY)
    assert proposal.ok and proposal.error is None
    assert proposal.sample is not None and NEW_THEME in proposal.sample.text
    assert "-    theme: >-" in proposal.diff and f"+    theme: {NEW_THEME}" in proposal.diff
    assert kfiles.read_bytes().decode() == proposal.old_text  # nothing written yet
    saved = editor.commit(proposal, "mod (1)")
    assert digest(kfiles.read_bytes()) == saved.version and saved.warning is None
    assert NEW_THEME in kfiles.read_text()
    assert "# The sources disagree" in kfiles.read_text()  # comments survive


def test_invalid_edit_is_refused_and_nothing_written(editor: KnowledgeEditor, kfiles: Path):
    before = kfiles.read_bytes()
    proposal = editor.propose([SetValue("facts", ("editions", 3), "end", "2017-11-30")])
    assert not proposal.ok
    assert proposal.error is not None and "before start" in proposal.error.report()
    with pytest.raises(EditError, match="does not validate"):
        editor.commit(proposal, "mod")
    assert kfiles.read_bytes() == before


def test_stale_edit_is_refused(editor: KnowledgeEditor, kfiles: Path):
    first = editor.propose([SetValue("facts", ("editions", 7), "theme", NEW_THEME)])
    second = editor.propose([SetValue("facts", ("editions", 8), "theme", "Another Theme")])
    editor.commit(first, "alice")
    with pytest.raises(StaleEdit, match="changed since you opened"):
        editor.commit(second, "bob")
    assert NEW_THEME in kfiles.read_text() and "Another Theme" not in kfiles.read_text()


def test_hand_edits_on_disk_are_respected(editor: KnowledgeEditor, kfiles: Path):
    proposal = editor.propose([SetValue("facts", ("editions", 7), "theme", NEW_THEME)])
    kfiles.write_text(kfiles.read_text() + "\n# a moderator's note\n")
    with pytest.raises(StaleEdit):
        editor.commit(proposal, "mod")
    assert kfiles.read_text().endswith("# a moderator's note\n")


def test_history_audit_and_rollback(editor: KnowledgeEditor, kfiles: Path):
    original = kfiles.read_bytes()
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", NEW_THEME)]), "a")
    (entry,) = editor.history()
    assert (
        entry.id == digest(original) and entry.who == "a" and "editions[7].theme" in entry.summary
    )
    rollback = editor.propose_rollback(entry.id)
    assert rollback.ok
    editor.commit(rollback, "b")
    assert kfiles.read_bytes() == original
    assert [v.who for v in editor.history()] == ["b", "a"]


def test_history_is_bounded(editor: KnowledgeEditor, kfiles: Path):
    for i in range(55):
        editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", f"T{i}")]), "m")
    kept = list(editor.history_dir.glob("wic.yaml--*.yaml"))
    assert len(kept) == 50


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_full_disk_or_read_only_gives_a_clear_error(editor, kfiles: Path, monkeypatch, code):
    before = kfiles.read_bytes()
    proposal = editor.propose([SetValue("facts", ("editions", 7), "theme", NEW_THEME)])
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst) == kfiles:
            raise OSError(code, os.strerror(code))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(EditError, match=os.strerror(code)):
        editor.commit(proposal, "mod")
    assert kfiles.read_bytes() == before
    assert not [p for p in kfiles.parent.iterdir() if p.name.endswith(".tmp")]


WRITER = """
import sys
from pathlib import Path
from bot.editing import KnowledgeEditor, SetValue
editor = KnowledgeEditor(Path(sys.argv[1]), Path(sys.argv[2]))
i = 0
while True:
    i += 1
    theme = "Theme A" if i % 2 else "Theme B " + "x" * 2000
    try:
        p = editor.propose([SetValue("facts", ("editions", 7), "theme", theme)])
        editor.commit(p, "writer")
    except Exception as exc:
        print(exc, file=sys.stderr)
"""


def test_killing_the_writer_never_leaves_a_broken_file(kfiles: Path, tmp_path: Path):
    rng = random.Random(7)
    audit = tmp_path / "data" / "history" / "audit.jsonl"
    seen: set[str] = set()
    for _ in range(12):
        writes_before = len(audit.read_text().splitlines()) if audit.exists() else 0
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(kfiles), str(tmp_path / "data")],
            cwd=ROOT,
            stderr=subprocess.DEVNULL,
        )
        # Let it finish at least one write (however slow the machine), then kill it at a
        # random point of the writes that follow.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if audit.exists() and len(audit.read_text().splitlines()) > writes_before:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kb = load_file(kfiles)  # always a complete, valid file
        theme = next(e.theme for e in kb.editions if e.year == 2021)
        assert theme is not None
        assert theme == "Theme A" or theme.startswith("Theme B ")
        seen.add(theme[:7])
    assert seen <= {"Theme A", "Theme B"}
    # Whatever a kill left behind (a temporary file, a kept copy without its audit line) is
    # cleaned up or still reachable: the next write sweeps the temporaries, and every kept
    # version is listed by the history.
    editor = KnowledgeEditor(kfiles, tmp_path / "data")
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "Final")]), "m")
    assert not [p.name for p in kfiles.parent.iterdir() if p.name.endswith(".tmp")]
    kept = {p.name.rsplit("-", 1)[1][:12] for p in editor.history_dir.glob("wic.yaml--*.yaml")}
    assert kept and {v.id for v in editor.history(limit=100)} == kept
