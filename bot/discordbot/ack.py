"""Acknowledging interactions in time: Discord drops a response that comes after 3 s.

Work that may wait on something other than the engine (the database, files, a worker thread)
runs through ``in_time``: when it is done quickly the reply is the interaction's response, as
before (one request); when it is not done within ``ACK_AFTER`` the interaction is deferred
first, so the token stays alive, and the reply then follows up. ``send`` picks the right one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import discord

T = TypeVar("T")
NONE = discord.AllowedMentions.none()
# Seconds of work before deferring. Discord's deadline is 3 s from the interaction's creation;
# the event's delivery and the defer request itself take some of it.
ACK_AFTER = 1.5


async def in_time(
    interaction: discord.Interaction, work: Awaitable[T], *, ephemeral: bool = True
) -> T:
    """The result of ``work``, having deferred ``interaction`` if it took over ``ACK_AFTER``."""
    task = asyncio.ensure_future(work)
    try:
        done, _pending = await asyncio.wait({task}, timeout=ACK_AFTER)
        if not done and not interaction.response.is_done():
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    except BaseException:  # the defer failed, or this handler was cancelled: no orphan work
        task.cancel()
        raise
    return await task


async def send(
    interaction: discord.Interaction,
    embed: discord.Embed,
    view: discord.ui.View | None = None,
    *,
    ephemeral: bool = True,
) -> None:
    """The reply: the response if none was sent yet, else the follow-up of the deferral."""
    if interaction.response.is_done():
        if view is None:
            await interaction.followup.send(embed=embed, ephemeral=ephemeral, allowed_mentions=NONE)
        else:
            await interaction.followup.send(
                embed=embed, view=view, ephemeral=ephemeral, allowed_mentions=NONE
            )
    elif view is None:
        await interaction.response.send_message(
            embed=embed, ephemeral=ephemeral, allowed_mentions=NONE
        )
    else:
        await interaction.response.send_message(
            embed=embed, view=view, ephemeral=ephemeral, allowed_mentions=NONE
        )
