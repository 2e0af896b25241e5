"""The moderation layer tried as a hostile member, a careless moderator and a flaky machine
would (issue 10). Each test names the break it guards against and fails on the code before."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.discordbot.feedback import FeedbackBook, Vote
from bot.editing import EditError, KnowledgeEditor, SetValue, digest
from bot.editing.builders import faq_remove
from bot.engine import KnowledgeError
from bot.knowledge_files import load_file
from bot.misses import MissStore, clean_question
from bot.service import Cooldown, KnowledgeService

from .conftest import ROOT
from .fakediscord import (
    APP_ID,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    MOD_ROLE_ID,
    MODERATOR_ID,
    FakeDiscord,
    group,
    modal_inputs,
    press,
    sub,
    user,
)
from .harness import Env, buttons, embed_of, reply, running_bot

MOD: dict[str, Any] = {"author": MODERATOR_ID, "roles": (MOD_ROLE_ID,)}
OTHER_GUILD = 810000000000000001
MANAGE = discord.Permissions(manage_guild=True, view_channel=True, send_messages=True).value
CLI = [sys.executable, "-m", "bot.cli"]


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


async def raw_interaction(
    fake: FakeDiscord,
    itype: int,
    data: dict[str, Any],
    *,
    guild_id: int | None = GUILD_ID,
    author: int = MEMBER_ID,
    roles: tuple[int, ...] = (),
    permissions: int = MANAGE,
    owners: dict[str, str] | None = None,
    context: int = 0,
) -> str:
    """An interaction as Discord would send it from any server, a DM or a user install."""
    iid, token = fake.open_interaction(itype)  # the strict fake knows its id and token
    payload: dict[str, Any] = {
        "id": iid,
        "application_id": str(APP_ID),
        "type": itype,
        "data": data,
        "channel_id": str(CHANNEL_ID),
        "token": token,
        "version": 1,
        "app_permissions": str(discord.Permissions.all().value),
        "locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 8 * 1024 * 1024,
        "context": context,
    }
    if guild_id is None:
        payload["user"] = user(author, f"user{author % 1000}")
        payload["channel"] = {"id": str(CHANNEL_ID), "type": 1, "recipients": []}
        payload["authorizing_integration_owners"] = owners or {"1": str(author)}
    else:
        member = fake.member(author, roles)
        member["permissions"] = str(permissions)
        payload.update(
            guild_id=str(guild_id),
            guild_locale="en-US",
            member=member,
            channel={
                "id": str(CHANNEL_ID),
                "type": 0,
                "guild_id": str(guild_id),
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
            },
            authorizing_integration_owners=owners or {"0": str(guild_id)},
        )
    if itype == 3:  # a component's interaction carries the message it is on, as Discord's do
        component = {"type": 2, "style": 2, "custom_id": data["custom_id"], "label": "…"}
        payload["message"] = fake.message_with(data["custom_id"]) or fake._message(
            CHANNEL_ID, {"components": [{"type": 1, "components": [component]}]}
        )
    await fake.dispatch("INTERACTION_CREATE", payload)
    return iid


def kb_command(options: list[dict[str, Any]], guild: int = GUILD_ID) -> dict[str, Any]:
    return {"id": "1", "name": "kb", "type": 1, "options": options, "guild_id": str(guild)}


async def preview_theme(env: Env, theme: str) -> dict[str, Any]:
    """A staff moderator's /kb edit of the 2021 theme up to its preview."""
    fake = env.fake
    modal = await reply(
        fake, await fake.command("kb", sub("edit", edition="2021", field="theme"), **MOD)
    )
    return await reply(fake, await submit_labels(fake, modal["data"], [theme], **MOD))


async def submit_labels(
    fake: FakeDiscord, modal: dict[str, Any], values: list[str], **kw: Any
) -> str:
    """Submit a modal as Discord does for Label-wrapped inputs (component type 18)."""
    inputs = modal_inputs(modal)
    comps = [
        {"type": 18, "component": {"type": 4, "custom_id": i["custom_id"], "value": v}}
        for i, v in zip(inputs, values, strict=True)
    ]
    return await fake.interaction(5, {"custom_id": modal["custom_id"], "components": comps}, **kw)


def button(body: dict[str, Any], label: str) -> str:
    return str(next(b["custom_id"] for b in buttons(body) if b.get("label") == label))


# --- who may change the knowledge -------------------------------------------------------------


async def test_kb_is_a_staff_server_command_only(env: Env) -> None:
    """Break: /kb was a global command, usable from any server and from user installs."""
    puts = env.fake.sent("PUT", "/commands")
    assert not env.fake.sent("PUT", f"/applications/{APP_ID}/commands")  # nothing global
    (kb,) = [c for p in puts for c in p.body if c["name"] == "kb"]
    assert kb["contexts"] == [0] and kb["integration_types"] == [0]

    def described(options: list[dict[str, Any]]) -> None:
        for o in options:
            assert o["description"] and o["description"] != "…", o
            described(o.get("options", []))

    described(kb["options"])


async def test_without_staff_servers_kb_is_not_registered(tmp_path: Path) -> None:
    async with running_bot(tmp_path, staff_guild_ids=()) as env:
        names = {c["name"] for p in env.fake.sent("PUT", "/commands") for c in p.body}
        assert names == {"ask", "wic", "help", "Ask the WIC bot"}
        body = await reply(env.fake, await env.fake.command("kb", sub("status"), **MOD))
        assert "not available here" in embed_of(body)["description"]


async def test_manage_server_elsewhere_gives_no_access(env: Env) -> None:
    """Break: the owner of any server the bot is in could rewrite the shared knowledge."""
    before = env.knowledge.read_bytes()
    # A forged request naming the staff server's command from another server.
    iid = await raw_interaction(
        env.fake, 2, kb_command(sub("status")), guild_id=OTHER_GUILD, permissions=MANAGE
    )
    assert "Only the knowledge staff" in embed_of(await reply(env.fake, iid))["description"]
    # And /kb as it would arrive there if it existed: not registered, nothing runs.
    iid = await raw_interaction(
        env.fake, 2, kb_command(sub("reload"), guild=OTHER_GUILD), guild_id=OTHER_GUILD
    )
    assert "not available here" in embed_of(await reply(env.fake, iid))["description"]
    assert env.knowledge.read_bytes() == before


async def test_user_installed_context_is_refused(env: Env) -> None:
    """Break: a user install put /kb in any server, the staff server's included."""
    iid = await raw_interaction(
        env.fake,
        2,
        kb_command(sub("status")),
        author=MODERATOR_ID,
        roles=(MOD_ROLE_ID,),
        owners={"1": str(MODERATOR_ID)},  # authorised by the user, not the server
    )
    assert "Only the knowledge staff" in embed_of(await reply(env.fake, iid))["description"]


async def test_a_dm_is_refused(env: Env) -> None:
    iid = await raw_interaction(
        env.fake, 2, kb_command(sub("status")), guild_id=None, author=MODERATOR_ID, context=1
    )
    assert "Only the knowledge staff" in embed_of(await reply(env.fake, iid))["description"]


async def test_forged_and_borrowed_component_ids_write_nothing(env: Env) -> None:
    """Break: component ids were trusted once the presser had Manage Server anywhere."""
    before = env.knowledge.read_bytes()
    preview = await preview_theme(env, "A Forged Theme")
    ok = button(preview, "Confirm")
    fake = env.fake
    # The staff moderator's real token, pressed from another server by its owner.
    iid = await raw_interaction(
        fake, 3, {"custom_id": ok, "component_type": 2}, guild_id=OTHER_GUILD
    )
    assert "Only the knowledge staff" in embed_of(await reply(fake, iid))["description"]
    # Pressed in the staff server by a member without a staff role.
    body = await reply(fake, await press(fake, ok, author=MEMBER_ID))
    assert "Only the knowledge staff" in embed_of(body)["description"]
    # Pressed by another staff member: the preview is not theirs.
    other: dict[str, Any] = {"author": MODERATOR_ID + 7, "roles": (MOD_ROLE_ID,)}
    body = await reply(fake, await press(fake, ok, **other))
    assert "not yours" in embed_of(body)["description"]
    # Made-up ids.
    for forged in ("wic:kb:ok:../../etc", "wic:un:page:-99999999999", "wic:un:dismiss:zz"):
        body = await reply(fake, await press(fake, forged, **MOD))
        assert "expired" in embed_of(body)["description"]
    assert env.knowledge.read_bytes() == before


async def test_autocomplete_tells_outsiders_nothing(env: Env) -> None:
    """Break: autocomplete ran no check, so anyone could list versions and editors."""
    data = kb_command(
        [
            {
                "name": "rollback",
                "type": 1,
                "options": [{"name": "version", "type": 3, "value": "", "focused": True}],
            }
        ]
    )
    env.bot.editor.commit(
        env.bot.editor.propose([SetValue("facts", ("editions", 7), "theme", "T")]), "alice (1)"
    )
    iid = await raw_interaction(env.fake, 4, data, author=MEMBER_ID, permissions=0)
    body = await env.fake.callback(iid)
    assert body["type"] == 8 and body["data"]["choices"] == []
    iid = await raw_interaction(env.fake, 4, data, author=MODERATOR_ID, roles=(MOD_ROLE_ID,))
    assert len((await env.fake.callback(iid))["data"]["choices"]) == 1


# --- unanswered questions: privacy ---------------------------------------------------------------


def test_questions_are_scrubbed_before_storing() -> None:
    text = clean_question(
        "mail bob.smith@example.com or call +86 138-0013-8000, see https://x.example/a?b=1 "
        "ref 12345 about 2017 2018"
    )
    for leaked in ("bob", "example", "138", "0013", "12345", "https"):
        assert leaked not in text, text
    assert "<email>" in text and "<phone>" in text and "<url>" in text and "<number>" in text
    assert "2017 2018" in text  # years are not phone numbers


def test_a_scrubbed_question_can_still_be_dismissed(tmp_path: Path) -> None:
    store = MissStore(tmp_path / "m.sqlite3")
    store.record("is https://evil.example/x the official site", guild=1, reason="decline")
    (miss,) = store.top()
    assert miss.question == "is <url> the official site"
    assert store.set_status(miss.question, "dismissed") == 1
    assert store.top() == []


async def test_dm_questions_are_not_kept_by_default(env: Env) -> None:
    """Break: a member's DM was shown to every server's moderators."""
    await env.fake.message("who footed the bill for the wic", dm=True)
    await env.fake.wait_for("POST", "/messages")
    await env.fake.message("<@700000000000000002> who was the keynote chef")
    await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    listed = await env.bot.unanswered.top(include_dms=True)
    assert [m.question for m in listed] == ["who was the keynote chef"]


async def test_dm_questions_can_be_included(tmp_path: Path) -> None:
    async with running_bot(tmp_path, unanswered_include_dms=True) as env:
        await env.fake.message("who footed the bill for the wic", dm=True)
        await env.fake.wait_for("POST", "/messages")
        body = await reply(env.fake, await env.fake.command("kb", sub("unanswered"), **MOD))
        assert "who footed the bill" in embed_of(body)["description"]


# --- feedback ----------------------------------------------------------------------------------


async def test_feedback_is_one_vote_per_member_and_names_no_question(env: Env) -> None:
    """Break: 👎 could be stacked without limit and its id carried the member's question."""
    question = "when was the 4th wic"
    await env.fake.message(f"<@700000000000000002> {question}")
    (post,) = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    ids = [c["custom_id"] for row in post.body["components"] for c in row["components"]]
    down = next(i for i in ids if i.startswith("wic:fb:down:"))
    up = next(i for i in ids if i.startswith("wic:fb:up:"))
    assert "4th" not in down and "wic" not in down.removeprefix("wic:fb:down:")
    for _ in range(3):
        await reply(env.fake, await press(env.fake, down))
    (miss,) = await env.bot.unanswered.top()
    assert (miss.question, miss.count) == (question, 1)
    await reply(env.fake, await press(env.fake, up))  # changed their mind
    assert await env.bot.unanswered.top() == []
    forged = await reply(env.fake, await press(env.fake, "wic:fb:down:0123456789abcdef"))
    assert "can no longer be rated" in embed_of(forged)["description"]
    assert await env.bot.unanswered.top() == []


def test_feedback_is_rate_limited_and_bounded() -> None:
    now = [0.0]
    book = FeedbackBook(lambda: now[0], max_answers=100, burst=3, per=10.0)
    tokens = [book.issue(f"q{i}", 1) for i in range(150)]
    assert len(book) == 100  # the oldest answers are forgotten
    assert book.vote("wic:fb:down:" + tokens[0], 5).vote is Vote.UNKNOWN
    outcomes = [book.vote("wic:fb:down:" + t, 5).vote for t in tokens[-5:]]
    assert outcomes == [Vote.NEW] * 3 + [Vote.LIMITED] * 2


# --- edits are never lost or misreported ---------------------------------------------------------


async def test_a_stale_form_does_not_revert_another_moderators_edit(env: Env) -> None:
    """Break: a form opened before another moderator's save overwrote that save."""
    fake = env.fake
    modal = await reply(
        fake, await fake.command("kb", sub("edit", edition="2021", field="theme"), **MOD)
    )
    # Meanwhile another moderator saves a new theme, and it is live.
    saved = await preview_theme(env, "The Other Moderator's Theme")
    await reply(fake, await press(fake, button(saved, "Confirm"), **MOD))
    assert "Other Moderator" in env.knowledge.read_text()
    body = await reply(fake, await submit_labels(fake, modal["data"], ["My Stale Theme"], **MOD))
    assert "changed since you opened" in embed_of(body)["description"]
    assert "Other Moderator" in env.knowledge.read_text()


async def test_a_stale_faq_form_never_lands_on_another_item(env: Env) -> None:
    """Break: forms remembered a list index; after a removal they edited the neighbour."""
    fake = env.fake
    items = env.bot.service.engine.kb.facts.faq
    first, second = items[0].id, items[1].id
    modal = await reply(fake, await fake.command("kb", group("faq", "edit", item=second), **MOD))
    removal = await reply(fake, await fake.command("kb", group("faq", "remove", item=first), **MOD))
    await reply(fake, await press(fake, button(removal, "Confirm"), **MOD))
    inputs = modal_inputs(modal["data"])
    values = [inputs[0]["value"], "A changed answer.", "", ""]
    body = await reply(fake, await submit_labels(fake, modal["data"], values, **MOD))
    assert "changed since you opened" in embed_of(body)["description"]
    assert "A changed answer." not in env.knowledge.read_text()


def test_edits_address_items_by_identity(editor: KnowledgeEditor, kfiles: Path) -> None:
    kb = load_file(kfiles)
    target = kb.facts.faq[2].id
    editor.commit(editor.propose([faq_remove(kb.facts.faq[0].id)]), "a")
    editor.commit(editor.propose([faq_remove(target)]), "b")
    left = [qa.id for qa in load_file(kfiles).facts.faq]
    assert target not in left and kb.facts.faq[1].id in left


def test_a_reload_racing_a_save_never_stays_stale(kfiles: Path, monkeypatch) -> None:
    """Break: the version was hashed from a second read, so old content got the new version
    and every later reload said "already up to date"."""
    from bot.fileio import read_regular as real

    service = KnowledgeService(kfiles)
    edited = kfiles.read_text().replace("Towards a New Era of Digital Civilization", "Raced Theme")

    def racing(path: Path, limit: int) -> bytes:
        data = real(path, limit)
        if str(path) == str(kfiles):  # a save lands just after the loader read the file
            kfiles.write_text(edited)
        return data

    monkeypatch.setattr("bot.knowledge_files.read_regular", racing)
    service.reload(force=True)
    monkeypatch.setattr("bot.knowledge_files.read_regular", real)
    assert service.reload().changed
    theme = next(e.theme for e in service.engine.kb.editions if e.year == 2021)
    assert theme is not None and theme.startswith("Raced Theme")


def test_a_same_size_save_within_the_timestamp_granularity_is_noticed(kfiles: Path) -> None:
    service = KnowledgeService(kfiles)
    service.poll()
    st = kfiles.stat()
    text = kfiles.read_text()
    same_size = text.replace("Digital Civilization", "Digital Civilisation")
    assert len(same_size) == len(text)
    with open(kfiles, "r+", encoding="utf-8") as f:  # in place: the same inode
        f.write(same_size)
    os.utime(kfiles, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same mtime
    result = service.poll()
    assert result is not None and result.changed and result.ok
    assert "Civilisation" in str(
        next(e.theme for e in service.engine.kb.editions if e.year == 2021)
    )


def test_saved_but_audit_failed_is_reported_and_recoverable(
    editor: KnowledgeEditor, kfiles: Path, monkeypatch
) -> None:
    """Break: an audit failure after the write said "the file was not changed"."""
    original = kfiles.read_bytes()

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(editor, "_audit", full)
    saved = editor.commit(
        editor.propose([SetValue("facts", ("editions", 7), "theme", "Saved Anyway")]), "m"
    )
    assert "Saved Anyway" in kfiles.read_text()
    assert saved.warning is not None and "audit entry failed" in saved.warning
    assert "not changed" not in saved.warning
    (kept,) = editor.history()  # the version is still reachable
    assert kept.id == digest(original) and "no audit entry" in kept.who
    editor.commit(editor.propose_rollback(kept.id), "m")
    assert kfiles.read_bytes() == original


class Crash(BaseException):
    """The process dying at that point (nothing after it runs)."""


@pytest.mark.parametrize("step", ["write", "audit"])
def test_a_crash_at_any_step_leaves_every_version_reachable(
    editor: KnowledgeEditor, kfiles: Path, monkeypatch, step: str
) -> None:
    from bot.fileio import atomic_write as real

    original = kfiles.read_bytes()

    def crash_on_write(path: Path, data: bytes, **kw: Any) -> None:
        if path == kfiles:
            raise Crash
        real(path, data, **kw)

    def crash_on_audit(*args: object) -> None:
        raise Crash

    if step == "write":
        monkeypatch.setattr("bot.editing.store.atomic_write", crash_on_write)
    else:
        monkeypatch.setattr(editor, "_audit", crash_on_audit)
    proposal = editor.propose([SetValue("facts", ("editions", 7), "theme", "Crashed")])
    with pytest.raises(Crash):
        editor.commit(proposal, "m")
    monkeypatch.undo()
    # The version before the edit is listed (its audit line never came) and restorable;
    # the current file is the other version.
    fresh = KnowledgeEditor(kfiles, editor.data_dir)
    assert digest(original) in {v.id for v in fresh.history()}
    if kfiles.read_bytes() != original:
        fresh.commit(fresh.propose_rollback(digest(original)), "m")
    assert kfiles.read_bytes() == original


def test_a_failed_write_keeps_no_orphan(editor: KnowledgeEditor, kfiles: Path, monkeypatch):
    from bot.fileio import atomic_write as real

    def failing(path: Path, data: bytes, **kw: Any) -> None:
        if path == kfiles:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real(path, data, **kw)

    monkeypatch.setattr("bot.editing.store.atomic_write", failing)
    with pytest.raises(EditError, match="was not changed"):
        editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "X")]), "m")
    assert editor.history() == []


def test_recovery_works_when_the_files_are_broken(editor: KnowledgeEditor, kfiles: Path):
    """Break: resolving the vocabulary's path loaded (and so required) a valid file."""
    vocab = kfiles.parent / "vocabulary.yaml"
    editor.commit(
        editor.propose([SetValue("vocabulary", ("intents", 7), "phrasings", ["kicked off"])]), "m"
    )
    good = vocab.read_bytes()
    (kept,) = editor.history()
    vocab.write_text(vocab.read_text().replace("intents:", "intents: [", 1))  # invalid YAML
    rollback = editor.propose_rollback(kept.id)
    assert rollback.ok and rollback.file == vocab
    editor.commit(rollback, "m")
    assert load_file(kfiles)  # valid again
    assert vocab.read_bytes() != good  # restored to the version before the first edit
    # With wic.yaml broken, the vocabulary is found through the live engine's path.
    live = load_file(kfiles).vocabulary_path
    kfiles.write_text("series: [\n")
    hinted = KnowledgeEditor(kfiles, editor.data_dir, vocabulary_hint=lambda: live)
    assert hinted.file_for("vocabulary") == vocab
    proposal = hinted.propose([SetValue("vocabulary", ("intents", 7), "phrasings", ["kicked off"])])
    assert proposal.new_text != proposal.old_text


def test_teaching_never_drops_a_phrasing_added_meanwhile(editor: KnowledgeEditor, kfiles: Path):
    """Break: teaching rebuilt the list from the live copy, dropping phrasings saved since."""
    from bot.editing.builders import teach_edits

    live = load_file(kfiles)
    first = teach_edits(live, "intent:hosts", "who picked up the tab")
    assert first is not None
    editor.commit(editor.propose_first(first), "a")
    # Taught again from the same (now stale) live knowledge: the first phrasing stays.
    second = teach_edits(live, "intent:hosts", "who footed the bill")
    assert second is not None
    editor.commit(editor.propose_first(second), "b")
    hosts = next(i for i in load_file(kfiles).vocabulary.intents if i.id == "hosts")
    assert {"who picked up the tab", "who footed the bill"} <= set(hosts.phrasings)


def test_damaged_history_is_skipped_or_refused_clearly(editor: KnowledgeEditor, kfiles: Path):
    """Break: a non-object audit line or a binary kept file crashed /kb history."""
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "A")]), "m")
    audit = editor.history_dir / "audit.jsonl"
    with open(audit, "ab") as f:
        f.write(b'[1, 2]\n42\nnull\n\xff\xfe\n{"kept": 3}\n{"torn')
    versions, skipped = editor.history_report()
    assert len(versions) == 1 and skipped == 6
    binary = editor.history_dir / f"wic.yaml--20200101T000000000000-{'a' * 12}.yaml"
    binary.write_bytes(b"\xff\x00\xfe" * 10)
    with pytest.raises(EditError, match="damaged"):
        editor.propose_rollback("a" * 12)
    # The next audit entry is not glued to the torn line.
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "B")]), "n")
    assert editor.history()[0].who == "n"


def test_rollback_needs_an_exact_version(editor: KnowledgeEditor, kfiles: Path):
    """Break: "*" was a glob wildcard and restored whichever version sorted last."""
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", "A")]), "m")
    for bad in ("*", "?" * 12, "../../etc/passwd", "", "ABCDEF123456"):
        with pytest.raises(EditError, match="not a version id"):
            editor.propose_rollback(bad)


async def test_forms_never_truncate(env: Env) -> None:
    """Break: a value over 4,000 characters was pre-filled cut, and Confirm saved it cut."""
    long_theme = "Very long theme " * 300
    editor = env.bot.editor
    editor.commit(editor.propose([SetValue("facts", ("editions", 7), "theme", long_theme)]), "m")
    env.bot.service.reload()
    before = env.knowledge.read_bytes()
    body = await reply(
        env.fake, await env.fake.command("kb", sub("edit", edition="2021", field="theme"), **MOD)
    )
    assert body["type"] != 9  # no form
    assert "Edit it in the knowledge file" in embed_of(body)["description"]
    assert env.knowledge.read_bytes() == before


# --- storage that stays up ---------------------------------------------------------------------


def test_a_locked_database_is_not_moved_aside(tmp_path: Path) -> None:
    """Break: "database is locked" was taken for corruption: the live file was moved aside
    and its -wal/-shm deleted."""
    path = tmp_path / "m.sqlite3"
    store = MissStore(path)
    store.record("kept question", guild=1, reason="decline")
    store.close()
    holder = sqlite3.connect(path, isolation_level=None)
    # Exclusive locking mode: even readers are locked out (in plain WAL mode they are not).
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE misses SET count = count")
    try:
        again = MissStore(path, busy_timeout=0.2)  # cannot get the lock in time
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert [m.question for m in again.top()] == ["kept question"]
    again.close()


def test_a_corrupt_database_keeps_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    path.write_bytes(b"not a database" * 100)
    Path(f"{path}-wal").write_bytes(b"wal bytes")
    MissStore(path).close()
    (aside,) = [
        p for p in tmp_path.glob("m.sqlite3.corrupt-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert Path(f"{aside}-wal").read_bytes() == b"wal bytes"  # moved along, not deleted


async def test_a_held_database_lock_does_not_freeze_the_bot(env: Env) -> None:
    """Break: SQLite calls ran on the event loop, so a held lock froze every answer."""
    assert env.bot.misses is not None  # the embedded store (no DATABASE_URL)
    holder = sqlite3.connect(env.bot.misses.path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(4.0, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        start = asyncio.get_running_loop().time()
        await env.fake.message("<@700000000000000002> who was the keynote chef")  # a miss
        await env.fake.message("<@700000000000000002> when was the 4th wic")
        posts = await env.fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", count=2)
        assert posts[1].received - start < 2.0  # answered while the lock is still held
    finally:
        release.join()
        holder.close()
    assert [m.question for m in await env.bot.unanswered.top()] == ["who was the keynote chef"]


def test_an_unusable_data_dir_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    shutil.copy(ROOT / "knowledge" / "wic.yaml", tmp_path / "wic.yaml")
    shutil.copy(ROOT / "knowledge" / "vocabulary.yaml", tmp_path / "vocabulary.yaml")
    result = subprocess.run(
        [*CLI, "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "DISCORD_TOKEN": "x",
            "KNOWLEDGE_PATH": str(tmp_path / "wic.yaml"),
            "DATA_DIR": str(blocker / "data"),
        },
    )
    assert result.returncode == 2
    assert "DATA_DIR" in result.stderr and "not usable" in result.stderr
    assert "Traceback" not in result.stderr
    editor = KnowledgeEditor(tmp_path / "wic.yaml", blocker / "data")
    proposal = editor.propose([SetValue("facts", ("editions", 7), "theme", "X")])
    with pytest.raises(EditError, match="DATA_DIR"):
        editor.commit(proposal, "m")
    assert "X" not in (tmp_path / "wic.yaml").read_text().split("theme")[8][:5]


def test_the_cooldown_map_is_bounded_whatever_the_traffic() -> None:
    """Break: one entry per member forever (1M members → 1M entries)."""
    now = [0.0]
    cooldown = Cooldown(3.0, 3, clock=lambda: now[0], max_entries=10_000)
    for member in range(100_000):
        now[0] += 0.001
        cooldown.hit(member)
    assert len(cooldown) <= 10_000
    now[0] += 60.0
    cooldown.hit("someone")
    assert len(cooldown) == 1  # idle members are pruned by time


# --- bad input ---------------------------------------------------------------------------------


def run_cli(*args: str | bytes, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "CACHE_DIR": "off"},
    )


def test_ask_with_invalid_utf8_on_the_command_line() -> None:
    result = run_cli("ask", "--json", b"when was the 4th \xff wic")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.decode("utf-8").splitlines()
    assert json.loads(line)["question"] == "when was the 4th \ufffd wic"


def test_an_impossible_today_is_a_usage_error() -> None:
    result = run_cli("ask", "--today", "2019-02-30", "when was the 4th wic")
    assert result.returncode == 2
    assert b"not a date" in result.stderr and b"Traceback" not in result.stderr


def test_line_separators_do_not_split_questions() -> None:
    stdin = "when was the 4th wic\u2028and its theme\rok?\nwhen was the 5th wic\r\n".encode()
    result = run_cli("ask", "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "\u2028" not in text and "\\u2028" in text
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 3
    assert json.loads(lines[0])["question"] == "when was the 4th wic\u2028and its theme\rok?"
    assert json.loads(lines[1])["question"] == "when was the 5th wic"


def test_a_5000_digit_year_is_a_problem_not_a_crash(kfiles: Path) -> None:
    text = kfiles.read_text().replace("  - year: 2017\n", f"  - year: {'9' * 5000}\n", 1)
    kfiles.write_text(text)
    with pytest.raises(KnowledgeError, match="whole number"):
        load_file(kfiles)


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_vocabulary_that_is_not_a_regular_file_is_refused(kfiles: Path, special: str) -> None:
    vocab = kfiles.parent / "special"
    if special == "fifo":
        os.mkfifo(vocab)
    else:
        vocab.symlink_to(special)
    text = kfiles.read_text()
    kfiles.write_text(f"vocabulary: special\n{text}" if "vocabulary:" not in text else text)
    if "vocabulary: special" not in kfiles.read_text():
        kfiles.write_text(
            "".join(
                "vocabulary: special\n" if line.startswith("vocabulary:") else line
                for line in text.splitlines(keepends=True)
            )
        )
    start = time.monotonic()
    # A link to /dev/zero is also a link out of the knowledge folder (issue 17): refused as such.
    with pytest.raises(KnowledgeError, match=r"not a regular file|outside the knowledge file's"):
        load_file(kfiles)
    assert time.monotonic() - start < 5


async def test_superscript_edition_numbers(env: Env) -> None:
    """Break: "²".isdigit() is true but int("²") raises."""
    fake = env.fake
    body = await reply(fake, await fake.command("wic", sub("edition", edition="²")))
    assert "don't know an edition" in embed_of(body)["description"]
    modal = await reply(fake, await fake.command("kb", group("faq", "add"), **MOD))
    values = ["what is the mascot", "A panda.", "", "²"]
    body = await reply(fake, await submit_labels(fake, modal["data"], values, **MOD))
    assert "The edition is a year" in embed_of(body)["description"]


async def test_a_load_error_reaches_status_and_the_moderator_log(env: Env, monkeypatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("bot.knowledge_files.FileSource.read", broken)
    body = await reply(env.fake, await env.fake.command("kb", sub("reload"), **MOD))
    assert embed_of(body)["title"] == "Reload refused"
    assert "RecursionError" in embed_of(body)["description"]
    (log,) = await env.fake.wait_for("POST", "/channels/800000000000000003/messages")
    assert "RecursionError" in embed_of(log.body)["description"]
    status = await reply(env.fake, await env.fake.command("kb", sub("status"), **MOD))
    assert "RecursionError" in embed_of(status)["description"]
    env.errors.records.clear()  # the traceback is logged on purpose


# --- issue 11: limits, deferral, current component forms ----------------------------------------


def test_qa_ids_are_bounded(kfiles: Path) -> None:
    text = kfiles.read_text()
    kb = load_file(kfiles)
    old = kb.facts.faq[0].id
    kfiles.write_text(text.replace(f"id: {old}\n", f"id: {'x' * 102}\n", 1))
    with pytest.raises(KnowledgeError, match="at most 64"):
        load_file(kfiles)


async def test_slow_work_is_deferred_and_the_outcome_always_told(env: Env, monkeypatch) -> None:
    """Break: a large file took 1–6 s on the event loop, past Discord's 3 s deadline."""
    real_check = env.bot.service.check

    def slow_check() -> Any:
        time.sleep(1.5)
        return real_check()

    monkeypatch.setattr(env.bot.service, "check", slow_check)
    iid = await env.fake.command("kb", sub("check"), **MOD)
    sent = asyncio.get_running_loop().time()
    first = (await env.fake.wait_for("POST", f"/interactions/{iid}/"))[0]
    assert first.body["type"] == 5 and first.received - sent < 1.0
    assert embed_of(await reply(env.fake, iid))["title"] == "Check passed"

    preview = await preview_theme(env, "A Deferred Theme")
    real_commit = env.bot.editor.commit

    def slow_commit(*args: Any) -> Any:
        time.sleep(1.5)
        return real_commit(*args)

    monkeypatch.setattr(env.bot.editor, "commit", slow_commit)
    iid = await press(env.fake, button(preview, "Confirm"), **MOD)
    sent = asyncio.get_running_loop().time()
    first = (await env.fake.wait_for("POST", f"/interactions/{iid}/"))[0]
    assert first.body["type"] == 6 and first.received - sent < 1.0
    assert embed_of(await reply(env.fake, iid))["title"] == "Saved"
    assert "A Deferred Theme" in env.knowledge.read_text()


async def test_forms_use_labels(env: Env) -> None:
    modal = await reply(
        env.fake, await env.fake.command("kb", sub("edit", edition="2021", field="theme"), **MOD)
    )
    (top,) = modal["data"]["components"]
    assert top["type"] == 18 and top["label"] == "theme" and top["component"]["type"] == 4
    assert "label" not in top["component"]  # the deprecated in-input label is gone


async def test_choices_and_options_fit_discord_limits(env: Env) -> None:
    editor = env.bot.editor
    long_question = "how about a very long question " * 10
    item = {"id": "q" * 64, "questions": [long_question], "answer": "Yes."}
    from bot.editing import AppendItem

    editor.commit(editor.propose([AppendItem("facts", ("faq",), item)]), "m")
    env.bot.service.reload()
    for option, typed in (("item", "q"), ("target", "faq:")):
        name = "edit" if option == "item" else "add"
        grp = "faq" if option == "item" else "phrase"
        data = kb_command(
            [
                {
                    "name": grp,
                    "type": 2,
                    "options": [
                        {
                            "name": name,
                            "type": 1,
                            "options": [
                                {"name": option, "type": 3, "value": typed, "focused": True}
                            ],
                        }
                    ],
                }
            ]
        )
        iid = await raw_interaction(env.fake, 4, data, author=MODERATOR_ID, roles=(MOD_ROLE_ID,))
        found = (await env.fake.callback(iid))["data"]["choices"]
        assert found and all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in found)


async def test_autocomplete_for_an_unknown_command_gets_no_message_reply(env: Env) -> None:
    """Break: the error handler answered a failed autocomplete with a message, which Discord
    refuses (an autocomplete takes choices only)."""
    data = {
        "id": "1",
        "name": "nosuch",
        "type": 1,
        "options": [{"name": "x", "type": 3, "value": "", "focused": True}],
    }
    await raw_interaction(env.fake, 4, data)
    await asyncio.sleep(0.3)
    assert not env.fake.sent("POST", "/callback")
    assert not [r for r in env.fake.requests if r.status >= 400]
