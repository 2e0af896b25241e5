"""Who may change the knowledge: the operator's staff, checked on every request.

The knowledge is one file shared by every server the bot is in, so a server's own admins have
no say over it. ``/kb`` is registered only as a server command in the staff servers
(``STAFF_GUILD_IDS``), for server installs only; and since registration is only what Discord
shows, every command, autocomplete, button, menu and form submission is checked again here.
"""

from __future__ import annotations

import discord

from bot.settings import Settings

REFUSED = "Only the knowledge staff can use this, in the staff server."


def staff_refusal(interaction: discord.Interaction, settings: Settings) -> str | None:
    """None if the interaction comes from staff; otherwise why not (for the log)."""
    guild_id = interaction.guild_id
    if not settings.staff_guild_ids:
        return "no staff server is configured (STAFF_GUILD_IDS)"
    if guild_id is None:
        return "not in a server (a DM or a private channel)"
    if guild_id not in settings.staff_guild_ids:
        return f"server {guild_id} is not a staff server"
    if not interaction.is_guild_integration():
        # A user-installed copy of the app: the server did not install it.
        return "not through the staff server's own installation of the app"
    user = interaction.user
    if not isinstance(user, discord.Member):
        return "not a member of the staff server"
    if any(role.id in settings.moderator_role_ids for role in user.roles):
        return None
    # Discord resolves the member's permissions in this server (roles, owner, administrator).
    if interaction.permissions.manage_guild:
        return None
    return "no staff role and no Manage Server permission in the staff server"


def is_staff(interaction: discord.Interaction, settings: Settings) -> bool:
    return staff_refusal(interaction, settings) is None
