"""Safe edits of the knowledge files: preview, validate, atomic write, history, rollback.

Edits are text splices. We locate the exact lines of the value being changed (with the
guarded YAML reader, which knows every key's line) and replace only those lines with freshly
rendered YAML. Every other byte of the file — comments, key order, quoting, wrapping — is left
as the moderator wrote it, which a load-and-dump round trip cannot promise.

A write is refused unless the result validates with the same rules as ``wic-bot check``, and
unless the file is still the version the edit was prepared against (compare-and-swap on its
hash, under a lock shared by every process). It is atomic: a temporary file in the same folder,
fsync, rename, fsync of the folder. The previous version is kept in a bounded history with an
audit entry, and any kept version can be restored the same way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import fcntl
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine import Answer, Engine, KnowledgeError, load_knowledge
from bot.engine.yamlsafe import Mapping as YMapping
from bot.engine.yamlsafe import Node, read_yaml
from bot.engine.yamlsafe import Sequence as YSequence

HISTORY_LIMIT = 50
PathPart = str | int


class EditError(Exception):
    """An edit that cannot be applied; the message is for the moderator."""


class StaleEdit(EditError):
    """The file changed since the edit was prepared."""

    def __init__(self) -> None:
        super().__init__("The file changed since you opened this — reopen it and try again.")


def digest(data: bytes) -> str:
    """The version id of a file's contents."""
    return hashlib.sha256(data).hexdigest()[:12]


# --- edits ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetValue:
    """Set ``key`` of the mapping at ``path`` (adding the key if missing); None removes it."""

    file: str  # "facts" or "vocabulary"
    path: tuple[PathPart, ...]
    key: str
    value: Any


@dataclass(frozen=True)
class AppendItem:
    """Append ``item`` to the sequence at ``path``."""

    file: str
    path: tuple[PathPart, ...]
    item: Any


@dataclass(frozen=True)
class RemoveItem:
    """Remove item ``index`` of the sequence at ``path``."""

    file: str
    path: tuple[PathPart, ...]
    index: int


Edit = SetValue | AppendItem | RemoveItem


def describe(edit: Edit) -> str:
    """One line for the audit log and the preview."""
    where = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in edit.path)
    where = where.replace(".[", "[")
    if isinstance(edit, SetValue):
        target = f"{where}.{edit.key}" if where else edit.key
        return f"removed {target}" if edit.value is None else f"set {target}"
    if isinstance(edit, AppendItem):
        return f"added an item to {where}"
    return f"removed {where}[{edit.index}]"


# --- splicing ---------------------------------------------------------------------------------


def _find(root: Node | None, path: tuple[PathPart, ...]) -> Node:
    node = root
    for part in path:
        if isinstance(part, int) and isinstance(node, YSequence) and 0 <= part < len(node.items):
            node = node.items[part]
        elif isinstance(part, str) and isinstance(node, YMapping):
            node = next((v for k, v in node.items if k.value == part), None)
        else:
            node = None
        if node is None:
            raise EditError(f"nothing at {path!r} in the file")
    assert node is not None
    return node


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int, column: int) -> int:
    """Index of the first line after ``start`` (0-based) that is not part of a block whose
    key or dash sits at ``column``: a line at that indentation or less. Trailing blank lines
    and comments at the block's own level belong to what follows."""
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and _indent(line) <= column:
            break
        end += 1
    while end - 1 > start and (
        not lines[end - 1].strip()
        or (lines[end - 1].lstrip().startswith("#") and _indent(lines[end - 1]) <= column)
    ):
        end -= 1
    return end


class _Dumper(yaml.SafeDumper):
    """Indents list dashes under their key, as the knowledge files are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _render(value: Any, column: int, key: str | None) -> list[str]:
    """YAML lines for ``key: value`` (or one sequence item) indented to ``column``."""
    data = {key: value} if key is not None else [value]
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=96,
        default_flow_style=False,
        indent=2,
    )
    pad = " " * column
    return [pad + line if line.strip() else line for line in text.splitlines(keepends=True)]


def apply(text: str, edit: Edit, name: str = "<edit>") -> str:
    """The file text with ``edit`` applied, untouched lines byte for byte the same."""
    root, problems = read_yaml(text.encode("utf-8"), name)
    if root is None or problems:
        raise EditError("the file on disk is not valid YAML; fix it by hand first")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    node = _find(root, edit.path)
    if isinstance(edit, SetValue):
        if not isinstance(node, YMapping):
            raise EditError("that is not a mapping")
        pair = next(((k, v) for k, v in node.items if k.value == edit.key), None)
        if pair is not None:
            key_node = pair[0]
            start = key_node.line - 1
            end = _block_end(lines, start, key_node.column - 1)
            new = [] if edit.value is None else _render(edit.value, key_node.column - 1, edit.key)
        else:
            if edit.value is None:
                return text
            if not node.items:
                raise EditError("cannot add to an empty mapping")
            last_key = node.items[-1][0]
            start = end = _block_end(lines, last_key.line - 1, last_key.column - 1)
            new = _render(edit.value, node.items[0][0].column - 1, edit.key)
        return "".join(lines[:start] + new + lines[end:])
    if not isinstance(node, YSequence):
        raise EditError("that is not a list")
    if isinstance(edit, AppendItem):
        if not node.items:
            raise EditError("cannot append to an empty list")
        last = node.items[-1]
        dash_col = _dash_column(lines, last)
        start = _block_end(lines, _item_line(lines, last), dash_col)
        new = _render(edit.item, dash_col, None)
        gap = ["\n"] if _has_blank_between_items(lines, node) else []
        return "".join(lines[:start] + gap + new + lines[start:])
    if not 0 <= edit.index < len(node.items):
        raise EditError(f"no item {edit.index}")
    item = node.items[edit.index]
    dash_col = _dash_column(lines, item)
    first = _item_line(lines, item)
    end = _block_end(lines, first, dash_col)
    # Take the blank line that separated it along, so the spacing stays regular.
    if end < len(lines) and not lines[end].strip():
        end += 1
    return "".join(lines[:first] + lines[end:])


def _item_line(lines: list[str], item: Node) -> int:
    """0-based line of the item's dash."""
    line = item.line - 1
    while line > 0 and not lines[line].lstrip().startswith("-"):
        line -= 1
    return line


def _dash_column(lines: list[str], item: Node) -> int:
    return _indent(lines[_item_line(lines, item)])


def _has_blank_between_items(lines: list[str], seq: YSequence) -> bool:
    if len(seq.items) < 2:
        return False
    prev = _item_line(lines, seq.items[-1]) - 1
    return prev >= 0 and not lines[prev].strip()


# --- the editor -------------------------------------------------------------------------------


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
class Version:
    """A kept previous version of a file."""

    id: str  # digest of its contents
    file: str
    saved_at: str
    who: str
    summary: str


@dataclass
class KnowledgeEditor:
    """Edits the knowledge files of one knowledge base, with history under ``data_dir``."""

    knowledge_path: Path
    data_dir: Path
    clock: Any = field(default=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        self.knowledge_path = Path(self.knowledge_path)
        self.data_dir = Path(self.data_dir)

    # files

    def file_for(self, which: str) -> Path:
        if which == "facts":
            return self.knowledge_path
        if which == "vocabulary":
            kb = load_knowledge(self.knowledge_path)
            return Path(kb.vocabulary_path)
        raise EditError(f"unknown file {which!r}")

    @property
    def history_dir(self) -> Path:
        return self.data_dir / "history"

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One writer at a time, across processes (several shards may share the files)."""
        self.history_dir.mkdir(parents=True, exist_ok=True)
        with open(self.history_dir / ".lock", "a+") as lock:
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
        """Apply ``edits`` in memory; validate; answer a sample question with the result."""
        files = {e.file for e in edits}
        if len(files) != 1:
            raise EditError("one file per edit")
        path = self.file_for(files.pop())
        raw = path.read_bytes()
        if base is not None and digest(raw) != base:
            raise StaleEdit
        old = raw.decode("utf-8")
        new = old
        for edit in edits:
            new = apply(new, edit, str(path))
        return self._proposal(
            path, raw, new, "; ".join(describe(e) for e in edits), sample_question, today
        )

    def _proposal(
        self,
        path: Path,
        raw: bytes,
        new: str,
        summary: str,
        sample_question: str | None,
        today: dt.date | None,
    ) -> Proposal:
        old = raw.decode("utf-8")
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
            return load_knowledge(self.knowledge_path, data=data)
        return load_knowledge(self.knowledge_path, vocabulary_data=data)

    # write

    def commit(self, proposal: Proposal, who: str) -> str:
        """Write a previewed edit; returns the new version id.

        Raises StaleEdit if the file changed since the preview, EditError if the edit is
        invalid or the write fails (the old file is then untouched).
        """
        if proposal.error is not None:
            raise EditError("the edit does not validate:\n" + proposal.error.report())
        if proposal.new_text == proposal.old_text:
            raise EditError("nothing to change")
        with self._lock():
            current = proposal.file.read_bytes()
            if digest(current) != proposal.base:
                raise StaleEdit
            data = proposal.new_text.encode("utf-8")
            self._validate(proposal.file, data)  # belt and braces: never write a bad file
            try:
                kept = self._keep(proposal.file, current)
                atomic_write(proposal.file, data)
                self._audit(proposal.file, who, proposal.summary, proposal.base, digest(data), kept)
            except OSError as exc:
                reason = exc.strerror or str(exc)
                raise EditError(
                    f"could not write {proposal.file.name}: {reason}. The file was not changed."
                ) from exc
        return digest(data)

    def history(self, limit: int = 25) -> list[Version]:
        """Kept versions, newest first."""
        out: list[Version] = []
        log = self.history_dir / "audit.jsonl"
        if not log.exists():
            return out
        for line in reversed(log.read_text(encoding="utf-8").splitlines()):
            with contextlib.suppress(ValueError, KeyError):
                entry = json.loads(line)
                if (self.history_dir / entry["kept"]).exists():
                    out.append(
                        Version(
                            entry["old"], entry["file"], entry["at"], entry["who"], entry["summary"]
                        )
                    )
            if len(out) >= limit:
                break
        return out

    def propose_rollback(self, version: str) -> Proposal:
        """Restoring a kept version, previewed and validated like any edit."""
        matches = sorted(self.history_dir.glob(f"*-{version}.yaml"))
        if not matches:
            raise EditError(f"no kept version {version!r}")
        kept = matches[-1]
        name = kept.name.split("--", 1)[0]
        path = (
            self.knowledge_path if name == self.knowledge_path.name else self.file_for("vocabulary")
        )
        raw = path.read_bytes()
        new = kept.read_text(encoding="utf-8")
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
        with open(self.history_dir / "audit.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself survives a power cut
    finally:
        os.close(dir_fd)


_SAFE_ID = re.compile(r"[^a-z0-9]+")


def new_faq_id(existing: set[str], question: str) -> str:
    """A readable unique id for a new Q&A item, from its first question."""
    base = _SAFE_ID.sub("-", question.lower()).strip("-")[:40] or "item"
    candidate, n = base, 2
    while candidate in existing:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
