"""Slash-command arguments: an edition, typed or picked from the autocomplete list.

``EditionArg`` is a discord.py ``Transformer``: one place for the autocomplete choices and for
turning what the member typed ("4th", "2019", "latest", "WIC IV") into an ``Edition``. A
command declares ``edition: EditionArg`` and gets the ``Edition``; unknown input raises
``UnknownEdition``, which the command tree answers with a short private line.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.engine import Edition

from . import render


class UnknownEdition(app_commands.TransformerError):
    """What the member typed names no edition."""

    def __init__(self, value: str, transformer: app_commands.Transformer) -> None:
        super().__init__(value, discord.AppCommandOptionType.string, transformer)
        self.typed = value


class EditionTransformer(app_commands.Transformer):
    """Autocomplete over the editions; the picked or typed value becomes an ``Edition``."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    async def transform(self, interaction: discord.Interaction, value: Any) -> Edition:
        client: Any = interaction.client
        engine = client.service.engine
        text = str(value).strip()
        # ASCII digits only: "²".isdigit() is true but int("²") raises.
        digits = text.isascii() and text.isdigit() and len(text) <= 6
        found: Edition | None = engine.edition(int(text)) if digits else None
        found = found or engine.find_edition(text, client.today())
        if found is None:
            raise UnknownEdition(str(value), self)
        return found

    async def autocomplete(  # type: ignore[override]
        self, interaction: discord.Interaction, value: str
    ) -> list[app_commands.Choice[str]]:
        client: Any = interaction.client
        return render.edition_choices(client.service.engine, value, client.today())


EditionArg = app_commands.Transform[Edition, EditionTransformer]
