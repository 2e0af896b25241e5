"""Small helpers every /kb flow uses: answering privately (now or after deferring), and
Discord's length limits for everything built from knowledge ids."""

from __future__ import annotations

import discord
from discord import app_commands

from .. import render
from ..ack import send as reply

NONE = discord.AllowedMentions.none()
CHOICE_MAX = 100  # an autocomplete choice's name and value
OPTION_MAX = 100  # a select option's label and value
PLACEHOLDER_MAX = 150


async def think(interaction: discord.Interaction) -> None:
    """Acknowledge now (Discord allows 3 s) and answer later with ``say``."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)


async def say(
    interaction: discord.Interaction,
    embed: discord.Embed,
    view: discord.ui.View | None = None,
) -> None:
    """A private message: the response if none was sent yet, else a follow-up."""
    await reply(interaction, embed, view, ephemeral=True)


async def replace(
    interaction: discord.Interaction, embed: discord.Embed, view: discord.ui.View | None = None
) -> None:
    """Replace the message a button or menu belongs to (deferred or not)."""
    if interaction.response.is_done():
        await interaction.edit_original_response(embed=embed, view=view)
    else:
        await interaction.response.edit_message(embed=embed, view=view)


def choice(name: str, value: str) -> app_commands.Choice[str] | None:
    """An autocomplete choice within Discord's limits; None if the value cannot fit."""
    if not value or len(value) > CHOICE_MAX:
        return None  # a clipped value would name something else
    return app_commands.Choice(name=render.clip(name, CHOICE_MAX), value=value)


def choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    found = [c for c in (choice(n, v) for n, v in pairs) if c is not None]
    return found[: render.CHOICES_MAX]


def option(label: str, value: str) -> discord.SelectOption | None:
    """A select option within Discord's limits; None if the value cannot fit."""
    if not value or len(value) > OPTION_MAX:
        return None
    return discord.SelectOption(label=render.clip(label, OPTION_MAX), value=value)
