"""/kb, the knowledge staff's commands, by responsibility.

``access``: who is staff; ``commands``: the slash commands (the cog); ``forms``: modals;
``preview``: previews and Confirm / Cancel; ``unanswered``: the misses list and teaching;
``components``: the buttons and menus (DynamicItems); ``state``: pending previews and tokens.
"""

from .access import is_staff, staff_refusal
from .commands import KnowledgeCog

__all__ = ["KnowledgeCog", "is_staff", "staff_refusal"]
