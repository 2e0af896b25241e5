"""Per-member and per-answer maps stay bounded however many members ask."""

from __future__ import annotations

from bot.discordbot.components import DOWN_PREFIX, AnswerMemory, Paged
from bot.discordbot.feedback import FeedbackBook, Vote
from bot.service import Conversations, Cooldown


def test_cooldown_forgets_refilled_members_and_caps_the_rest() -> None:
    now = [0.0]
    cooldown = Cooldown(3.0, 3, clock=lambda: now[0], max_entries=100)
    for member in range(1_000):
        assert cooldown.hit(member) == (True, False)
        now[0] += 0.001
    assert len(cooldown) <= 100
    # Members whose bucket refilled are the same as never seen: forgotten.
    now[0] += 10.0
    cooldown.hit("someone")
    assert len(cooldown) == 1
    # The limit itself still works.
    for _ in range(3):
        assert cooldown.hit("fast")[0]
    assert cooldown.hit("fast") == (False, True)
    assert cooldown.hit("fast") == (False, False)  # told once


def test_answer_memory_feedback_and_conversations_are_bounded() -> None:
    memory = AnswerMemory(paged=5)
    for n in range(1_000):
        memory.remember_pages(str(n), Paged(({"title": "t"},), (), None))
    assert len(memory) == 5
    assert memory.pages("999") is not None and memory.pages("0") is None
    book = FeedbackBook(lambda: 0.0, max_answers=50)  # the questions behind 👎, by token
    tokens = [book.issue(f"question {n}", None) for n in range(1_000)]
    assert len(book) == 50
    assert book.vote(DOWN_PREFIX + tokens[-1], 1).question == "question 999"
    assert book.vote(DOWN_PREFIX + tokens[0], 1).vote is Vote.UNKNOWN
    conversations = Conversations(max_entries=100)
    from bot.engine import Context

    for n in range(1_000):
        conversations.put(n, Context((2017,), "dates", 0.0))
    assert len(conversations) == 100
