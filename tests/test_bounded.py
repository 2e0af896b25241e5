"""Per-member and per-answer maps stay bounded however many members ask."""

from __future__ import annotations

from bot.discordbot.components import AnswerMemory, Paged
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


def test_answer_memory_and_conversations_are_bounded() -> None:
    memory = AnswerMemory(questions=50, paged=5)
    for n in range(1_000):
        memory.remember(str(n), f"question {n}", None)
        memory.remember_pages(str(n), Paged(({"title": "t"},), (), True))
    assert len(memory) == 55
    assert memory.question("999") == ("question 999", None)
    assert memory.question("0") is None and memory.pages("0") is None
    conversations = Conversations(max_entries=100)
    from bot.engine import Context

    for n in range(1_000):
        conversations.put(n, Context((2017,), "dates", 0.0))
    assert len(conversations) == 100
