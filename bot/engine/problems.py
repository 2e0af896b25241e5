"""Validation problems and the single error type raised when a knowledge file is refused."""

from __future__ import annotations

from .records import record


@record()
class Problem:
    """One thing wrong with a knowledge file, located precisely for a moderator."""

    file: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    column: int  # 1-based; 0 when unknown
    path: str  # field path such as "editions[3].theme"; "" for the document itself
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class KnowledgeError(Exception):
    """A knowledge file was refused; ``problems`` lists every reason, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(
            sorted(problems, key=lambda p: (p.file, p.line, p.column, p.path))
        )
        super().__init__(self.report())

    def report(self) -> str:
        """Numbered list of every problem, one per line."""
        return "\n".join(f"{i}. {p}" for i, p in enumerate(self.problems, 1))
