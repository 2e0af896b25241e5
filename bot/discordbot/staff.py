"""The staff's features as a discord.py extension: /kb, in the STAFF_GUILD_IDS servers only.

The knowledge is global, so /kb is a server command of the operator's staff servers; the bot
loads this extension only when STAFF_GUILD_IDS is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from .kb import KnowledgeCog

if TYPE_CHECKING:
    from .client import WicBot


async def setup(bot: WicBot) -> None:
    staff = [discord.Object(id=g) for g in bot.settings.staff_guild_ids]
    await bot.add_cog(KnowledgeCog(bot), guilds=staff)
