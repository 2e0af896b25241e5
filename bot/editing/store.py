"""The knowledge store: preview, validate, compare-and-swap, atomic write, history, audit.

A write is refused unless the result validates with the same rules as ``wic-bot check``, and
unless the file is still the version the edit was prepared against (compare-and-swap on its
hash, under a lock shared by every process). It is atomic: a temporary file in the same folder,
fsync, rename, fsync of the folder.

Order of a write, and what a crash or failure at each step leaves:

1. the previous version is kept in ``history/`` — if that fails nothing was changed;
2. the file is replaced — if that fails nothing was changed (the kept copy is removed);
3. the audit entry is appended — if that fails the moderator is told the edit *was* saved and
   that the previous version is kept and can be rolled back.

``history`` lists every kept version, with or without its audit entry, so a crash between any
two steps leaves every version reachable from ``/kb history``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import fcntl
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine import MAX_BYTES, Answer, Engine, KnowledgeError, read_yaml
from bot.engine import Mapping as YMapping
from bot.engine import Scalar as YScalar
from bot.fileio import NotARegularFile, atomic_write, read_regular, remove_stale_temps
from bot.knowledge_files import load_file, vocabulary_outside

from .splice import Edit, EditError, apply, describe

log = logging.getLogger(__name__)

HISTORY_LIMIT = 50
AUDIT = "audit.jsonl"
_VERSION = re.compile(r"[0-9a-f]{12}")
_KEPT = re.compile(r"(?P<file>.+)--(?P<stamp>\d{8}T\d{12})-(?P<id>[0-9a-f]{12})\.yaml")


# JSON allows these raw in strings, but line readers (Python's str.splitlines, JavaScript)
# split lines at them: escaped, one audit entry stays one line whatever a name contains.
_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _open_regular(path: Path, flags: int) -> int:
    """``os.open`` that refuses anything but a regular file (or creates one).

    A FIFO put in place of the file would block ``open`` until someone reads it — with the edit
    lock held, every later edit would hang too — so it is opened non-blocking and checked."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        pass
    else:
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(0, "not a regular file", str(path))
    fd = os.open(path, flags | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(0, "not a regular file", str(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


class StaleEdit(EditError):
    """The file changed since the edit was prepared."""

    def __init__(self) -> None:
        super().__init__("The file changed since you opened this — reopen it and try again.")


def digest(data: bytes) -> str:
    """The version id of a file's contents."""
    return hashlib.sha256(data).hexdigest()[:12]


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@dataclass(frozen=True)
class Proposal:
    """A previewed edit: what would be written, and how the bot would then answer."""

    file: Path
    base: str  # digest of the file the edit was prepared against
    old_text: str
    new_text: str
    summary: str
    diff: str
    error: KnowledgeError | None
    sample: Answer | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.new_text != self.old_text


@dataclass(frozen=True)
class Saved:
    """A completed write: the new version, the kept previous one, and any warning."""

    version: str
    previous: str
    warning: str | None = None  # e.g. the audit entry failed; the file *was* saved


@dataclass(frozen=True)
class Version:
    """A kept previous version of a file."""

    id: str  # digest of its contents
    file: str
    saved_at: str
    who: str
    summary: str


@dataclass(frozen=True)
class FileVersions:
    """The versions of both knowledge files on disk, read together."""

    facts: str
    vocabulary: str
    combined: str  # as ``Knowledge.digest``: compare with the live engine's version

    def of(self, which: str) -> str:
        return self.facts if which == "facts" else self.vocabulary


@dataclass
class KnowledgeEditor:
    """Edits the knowledge files of one knowledge base, with history under ``data_dir``.

    ``vocabulary_hint`` names the vocabulary file when the facts file cannot say (it is
    broken): the bot passes the live engine's, so recovery never needs a valid file.
    """

    knowledge_path: Path
    data_dir: Path
    clock: Any = field(default=lambda: dt.datetime.now(dt.UTC))
    vocabulary_hint: Callable[[], str | None] = field(default=lambda: None)

    def __post_init__(self) -> None:
        self.knowledge_path = Path(self.knowledge_path)
        self.data_dir = Path(self.data_dir)

    # files

    def file_for(self, which: str) -> Path:
        """The path of "facts" or "vocabulary"; never needs either file to be valid."""
        if which == "facts":
            return self.knowledge_path
        if which == "vocabulary":
            return self.vocabulary_path()
        raise EditError(f"unknown file {which!r}")

    def vocabulary_path(self) -> Path:
        """Where the facts file says its vocabulary is; if it cannot say, the live engine's."""
        with contextlib.suppress(OSError):
            root, _problems = read_yaml(read_regular(self.knowledge_path, MAX_BYTES), "")
            if isinstance(root, YMapping):
                for key, value in root.items:
                    named = isinstance(value, YScalar) and value.value.strip()
                    if key.value == "vocabulary" and named:
                        return self._inside(str(named))
                return self.knowledge_path.parent / "vocabulary.yaml"
        hint = self.vocabulary_hint()
        return Path(hint) if hint else self.knowledge_path.parent / "vocabulary.yaml"

    def _inside(self, name: str) -> Path:
        """The vocabulary the facts file names, refused if it lies outside its folder."""
        problem = vocabulary_outside(self.knowledge_path.parent, name)
        if problem is not None:
            raise EditError(
                f"{self.knowledge_path}: vocabulary: {problem}. Nothing was changed; fix the "
                "file by hand (or roll it back)."
            )
        return self.knowledge_path.parent / name

    def _read_or_missing(self, path: Path) -> bytes:
        """The file's bytes; b"" if it does not exist (a rollback may restore it)."""
        if not os.path.lexists(path):
            return b""
        return self._read(path)

    def _read(self, path: Path) -> bytes:
        try:
            return read_regular(path, MAX_BYTES)
        except OSError as exc:
            raise EditError(f"cannot read {path.name}: {_reason(exc)}") from exc

    def versions(self) -> FileVersions:
        """The versions of both files on disk now (for a form: what it was opened against)."""
        facts = self._read(self.knowledge_path)
        vocab = self._read(self.vocabulary_path())
        return FileVersions(digest(facts), digest(vocab), digest(facts + vocab))

    @property
    def history_dir(self) -> Path:
        return self.data_dir / "history"

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One writer at a time, across processes (several shards may share the files)."""
        try:
            self.history_dir.mkdir(parents=True, exist_ok=True)
            fd = _open_regular(self.history_dir / ".lock", os.O_RDWR | os.O_CREAT)
            lock = os.fdopen(fd, "a+")
        except OSError as exc:
            raise EditError(
                f"cannot use the data folder {self.history_dir}: {_reason(exc)} (check DATA_DIR "
                "exists and is writable). Nothing was changed."
            ) from exc
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    # preview

    def propose(
        self,
        edits: list[Edit],
        *,
        sample_question: str | None = None,
        today: dt.date | None = None,
        base: str | None = None,
    ) -> Proposal:
        """Apply ``edits`` in memory; validate; answer a sample question with the result.

        ``base`` is the version the edit was prepared against (when its form was opened):
        StaleEdit if the file is no longer that version.
        """
        files = {e.file for e in edits}
        if len(files) != 1:
            raise EditError("one file per edit")
        path = self.file_for(files.pop())
        raw = self._read(path)
        if base is not None and digest(raw) != base:
            raise StaleEdit
        try:
            old = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise EditError(f"{path.name} is not UTF-8 text; fix it by hand first") from None
        new = old
        for edit in edits:
            new = apply(new, edit, str(path))
        return self._proposal(
            path, raw, new, "; ".join(describe(e) for e in edits), sample_question, today
        )

    def propose_first(
        self,
        alternatives: list[Edit],
        *,
        sample_question: str | None = None,
        today: dt.date | None = None,
    ) -> Proposal:
        """The proposal of the first of ``alternatives`` that applies to the file on disk
        (e.g. append to a list, else set it when it has no items yet)."""
        error: EditError | None = None
        for edit in alternatives:
            try:
                return self.propose([edit], sample_question=sample_question, today=today)
            except StaleEdit:
                raise
            except EditError as exc:
                error = error or exc
        raise error or EditError("nothing to propose")

    def _proposal(
        self,
        path: Path,
        raw: bytes,
        new: str,
        summary: str,
        sample_question: str | None,
        today: dt.date | None,
    ) -> Proposal:
        old = raw.decode("utf-8", errors="replace")
        diff = "".join(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"{path.name} (now)",
                tofile=f"{path.name} (after)",
                n=1,
            )
        )
        error: KnowledgeError | None = None
        sample: Answer | None = None
        try:
            kb = self._validate(path, new.encode("utf-8"))
        except KnowledgeError as exc:
            error = exc
        else:
            if sample_question:
                engine = Engine(kb)
                sample = engine.ask(sample_question, today=today or dt.date.today()).answer
        return Proposal(path, digest(raw), old, new, summary, diff, error, sample)

    def _validate(self, path: Path, data: bytes) -> Any:
        if path == self.knowledge_path:
            return load_file(self.knowledge_path, data=data)
        return load_file(self.knowledge_path, vocabulary_data=data)

    # write

    def commit(self, proposal: Proposal, who: str) -> Saved:
        """Write a previewed edit.

        Raises StaleEdit if the file changed since the preview, EditError if the edit is
        invalid or the write fails (the old file is then untouched). Once the file is written
        this returns normally: a failure after that is a ``warning`` on the result.
        """
        if proposal.error is not None:
            raise EditError("the edit does not validate:\n" + proposal.error.report())
        if proposal.new_text == proposal.old_text:
            raise EditError("nothing to change")
        path = proposal.file
        with self._lock():
            # Under the lock no writer is mid-write: temporary files are a killed writer's.
            remove_stale_temps(path.parent, path.name)
            remove_stale_temps(self.history_dir, AUDIT)
            self._check_audit_file()
            missing = not os.path.lexists(path)
            current = self._read_or_missing(path)
            if digest(current) != proposal.base or (missing and proposal.old_text):
                raise StaleEdit
            data = proposal.new_text.encode("utf-8")
            self._validate(path, data)  # belt and braces: never write a bad file
            try:
                kept = "" if missing else self._keep(path, current)  # nothing to keep
            except OSError as exc:
                raise EditError(
                    f"could not keep the previous version in {self.history_dir}: "
                    f"{_reason(exc)}. The file was not changed."
                ) from exc
            try:
                atomic_write(path, data)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    if kept:
                        (self.history_dir / kept).unlink()
                raise EditError(
                    f"could not write {path.name}: {_reason(exc)}. The file was not changed."
                ) from exc
            version = digest(data)
            try:
                self._audit(path, who, proposal.summary, proposal.base, version, kept)
            except OSError as exc:
                log.error("knowledge audit entry failed after saving %s: %s", version, exc)
                return Saved(
                    version,
                    proposal.base,
                    f"Saved, but the audit entry failed: {_reason(exc)}. The previous version "
                    f"`{proposal.base}` is kept and can be restored with /kb rollback.",
                )
        return Saved(version, proposal.base)

    def _check_audit_file(self) -> None:
        """Refuse before writing anything if the audit log is not a regular file (a FIFO
        would hang the append, a directory would fail it after the file was replaced)."""
        audit = self.history_dir / AUDIT
        try:
            st = os.lstat(audit)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise EditError(f"cannot use {audit}: {_reason(exc)}. Nothing was changed.") from exc
        if not stat.S_ISREG(st.st_mode):
            raise EditError(
                f"{audit} is not a regular file (a FIFO, a link, a folder…), so the edit "
                "cannot be audited: replace it with a regular file. Nothing was changed."
            )

    # history

    def history(self, limit: int = 25) -> list[Version]:
        """Kept versions, newest first."""
        return self.history_report(limit)[0]

    def history_report(self, limit: int = 25) -> tuple[list[Version], int]:
        """Kept versions newest first, and how many damaged audit lines were skipped.

        Every kept file is listed: with its audit entry when there is one, otherwise with what
        its name says (a crash or a failed audit write must not hide a version).
        """
        kept = self._kept_files()
        entries: dict[str, Version] = {}
        skipped = 0
        for entry in self._audit_entries():
            if entry is None:
                skipped += 1
                continue
            name, version = entry
            if name in kept:
                entries[name] = version
        out: list[tuple[str, Version]] = []
        for name, m in kept.items():
            version = entries.get(name) or Version(
                m["id"],
                m["file"],
                _stamp_time(m["stamp"]),
                "(unknown: no audit entry)",
                "kept before a write whose audit entry is missing",
            )
            out.append((m["stamp"], version))
        out.sort(key=lambda pair: pair[0], reverse=True)
        if skipped:
            log.warning("%s: skipped %d damaged line(s)", self.history_dir / AUDIT, skipped)
        return [v for _stamp, v in out[:limit]], skipped

    def _kept_files(self) -> dict[str, re.Match[str]]:
        found: dict[str, re.Match[str]] = {}
        with contextlib.suppress(OSError):
            for path in self.history_dir.iterdir():
                m = _KEPT.fullmatch(path.name)
                if m is not None:
                    found[path.name] = m
        return found

    def _audit_entries(self) -> Iterator[tuple[str, Version] | None]:
        """(kept file name, version) per audit line; None for a line that is damaged."""
        try:
            data = read_regular(self.history_dir / AUDIT, 64 * 1024 * 1024)
        except OSError:
            return
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                entry = json.loads(line.decode("utf-8"))
                fields = [entry[k] for k in ("kept", "old", "file", "at", "who", "summary")]
                if not all(isinstance(f, str) for f in fields):
                    raise TypeError
            except (ValueError, TypeError, KeyError):  # torn line, not an object, wrong types
                yield None
                continue
            kept, old, file, at, who, summary = fields
            yield kept, Version(old, file, at, who, summary)

    def propose_rollback(self, version: str) -> Proposal:
        """Restoring a kept version (an exact id), previewed and validated like any edit."""
        if not _VERSION.fullmatch(version):
            raise EditError(
                f"“{version[:40]}” is not a version id: give the exact 12-character id "
                "shown by /kb history"
            )
        matches = sorted(
            (m["stamp"], name) for name, m in self._kept_files().items() if m["id"] == version
        )
        if not matches:
            raise EditError(f"no kept version {version}")
        name = matches[-1][1]
        kept = self.history_dir / name
        file = name.split("--", 1)[0]
        if file == self.knowledge_path.name:
            path = self.knowledge_path
        elif file == self.vocabulary_path().name:
            path = self.vocabulary_path()
        else:
            raise EditError(f"kept version {version} belongs to {file}, not a current file")
        try:
            new = read_regular(kept, MAX_BYTES).decode("utf-8")
        except OSError as exc:
            raise EditError(f"cannot read kept version {version}: {_reason(exc)}") from exc
        except UnicodeDecodeError:
            raise EditError(
                f"kept version {version} is damaged (not UTF-8 text); it cannot be restored"
            ) from None
        if digest(new.encode("utf-8")) != version:
            raise EditError(f"kept version {version} is damaged (its contents changed)")
        raw = self._read_or_missing(path)  # a deleted file can be restored too
        return self._proposal(path, raw, new, f"rolled back to version {version}", None, None)

    def _keep(self, path: Path, data: bytes) -> str:
        stamp = self.clock().strftime("%Y%m%dT%H%M%S%f")
        kept = self.history_dir / f"{path.name}--{stamp}-{digest(data)}.yaml"
        atomic_write(kept, data)
        # Bounded: the oldest versions go first.
        versions = sorted(self.history_dir.glob(f"{path.name}--*.yaml"))
        for old in versions[:-HISTORY_LIMIT]:
            with contextlib.suppress(OSError):
                old.unlink()
        return kept.name

    def _audit(self, path: Path, who: str, summary: str, old: str, new: str, kept: str) -> None:
        entry = {
            "at": self.clock().isoformat(timespec="seconds"),
            "who": who,
            "file": path.name,
            "summary": summary,
            "old": old,
            "new": new,
            "kept": kept,
        }
        line = json.dumps(entry, ensure_ascii=False).translate(_LINE_SEPARATORS) + "\n"
        fd = _open_regular(self.history_dir / AUDIT, os.O_RDWR | os.O_APPEND | os.O_CREAT)
        with os.fdopen(fd, "a+b") as f:
            # A torn last line (a crash mid-append) must not swallow this entry too.
            end = f.seek(0, os.SEEK_END)
            if end > 0:
                f.seek(end - 1)
                if f.read(1) != b"\n":
                    line = "\n" + line
            f.write(line.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())


def _stamp_time(stamp: str) -> str:
    try:
        when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)
    except ValueError:
        return stamp
    return when.isoformat(timespec="seconds")
