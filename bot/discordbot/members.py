"""The members' features as a discord.py extension: questions, /ask, /wic, answer buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cogs import Answering
from .components import DYNAMIC_ITEMS
from .help import HelpCog

if TYPE_CHECKING:
    from .client import WicBot


async def setup(bot: WicBot) -> None:
    # Buttons are routed by custom id: no view is stored per message, and buttons on
    # messages sent before a restart still work.
    bot.add_dynamic_items(*DYNAMIC_ITEMS)
    await bot.add_cog(Answering(bot))
    await bot.add_cog(HelpCog(bot))


async def teardown(bot: WicBot) -> None:
    bot.remove_dynamic_items(*DYNAMIC_ITEMS)
