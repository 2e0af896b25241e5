"""/kb: the knowledge staff's commands — status, check, reload, edits, history, unanswered.

The cog is added only when staff servers are configured, and only to those servers (see
``client.py``); every entry point checks for staff again (``access``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.editing import EditError, FileVersions, Proposal, StaleEdit
from bot.editing.builders import (
    SAMPLE_TOPIC,
    TEACHABLE,
    EditionField,
    edition_edit,
    faq_edits,
    faq_remove,
    field_text,
    teach_edits,
)
from bot.engine import review

from .. import ack, render
from ..params import EditionArg
from ..ports import BotPorts
from . import components, forms
from . import unanswered as misses_flow
from .access import is_staff, staff_refusal
from .common import choices, say, think
from .preview import preview, preview_from
from .state import Kb

log = logging.getLogger(__name__)

GUILD_ONLY = app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)
GUILD_INSTALL = app_commands.AppInstallationType(guild=True, user=False)
ItemId = app_commands.Range[str, 1, 64]  # Q&A ids are at most 64 characters (the schema)


class KnowledgeCog(commands.Cog):
    """The knowledge staff: status, validation, reload, edits, history and misses."""

    def __init__(self, bot: BotPorts) -> None:
        self.bot = bot
        self.kb_state = Kb(bot)

    kb = app_commands.Group(
        name="kb",
        description="Knowledge base tools (knowledge staff)",
        default_permissions=discord.Permissions(manage_guild=True),
        allowed_contexts=GUILD_ONLY,
        allowed_installs=GUILD_INSTALL,
    )
    faq = app_commands.Group(name="faq", description="Free Q&A items", parent=kb)
    phrase = app_commands.Group(name="phrase", description="Teach phrasings", parent=kb)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # Registration only decides what Discord shows (and server admins can change who
        # sees it), so every command checks for staff itself.
        why = staff_refusal(interaction, self.bot.settings)
        if why is None:
            return True
        await components.refuse(interaction, why)
        return False

    async def cog_load(self) -> None:
        # The /kb buttons and menus are matched by custom id (no view stored per message),
        # and exist only while /kb does.
        client: Any = self.bot
        client.add_dynamic_items(*components.KB_ITEMS)

    async def cog_unload(self) -> None:
        client: Any = self.bot
        client.remove_dynamic_items(*components.KB_ITEMS)

    def staff(self, interaction: discord.Interaction) -> bool:
        return is_staff(interaction, self.bot.settings)

    # --- status, check, reload ----------------------------------------------------------------

    @kb.command(name="status", description="Which knowledge version is live")
    async def status(self, interaction: discord.Interaction) -> None:
        service = self.bot.service
        kb = service.engine.kb
        origin = self.bot.kb_store.origin()  # a file, or a PostgreSQL revision
        detail = f" · {render.safe(origin.detail)}" if origin.detail else ""
        lines = [
            f"**{origin.label}:** `{origin.value}`{detail}",
            f"**Version:** `{kb.digest}`",
            f"**Editions:** {len(kb.editions)} · **Q&A items:** {len(kb.facts.faq)}",
            f"**Loaded:** {discord.utils.format_dt(service.loaded_at, 'R')}",
        ]
        if service.last_error is not None and service.last_error_at is not None:
            when = discord.utils.format_dt(service.last_error_at, "R")
            lines.append(f"**Last refused version:** {when}")
            lines += render.problems_lines(service.last_error.report(), limit=5)
        else:
            lines.append("**Last error:** none")
        # How current the facts are: the same warnings `wic-bot check` prints.
        warnings = review.warnings(kb.facts, self.bot.today())
        warnings += tuple(str(p) for p in kb.warnings[:5])
        lines += [f"⚠️ {render.safe(w)}" for w in warnings]
        healthy = service.last_error is None and not warnings
        await say(interaction, render.mod_embed("Knowledge status", lines, healthy))

    @kb.command(name="check", description="Validate the knowledge file on disk")
    async def check(self, interaction: discord.Interaction) -> None:
        await think(interaction)
        error = await asyncio.to_thread(self.bot.service.check)
        if error is None:
            embed = render.mod_embed("Check passed", ["The file on disk is valid."], True)
        else:
            lines = render.problems_lines(error.report())
            embed = render.mod_embed(f"{len(error.problems)} problem(s)", lines, False)
        await say(interaction, embed)

    @kb.command(name="reload", description="Load the knowledge file now")
    async def reload(self, interaction: discord.Interaction) -> None:
        await think(interaction)
        result = await asyncio.to_thread(self.bot.service.reload)
        if result.ok:
            what = "New version loaded" if result.changed else "Already up to date"
            embed = render.mod_embed(what, [f"Version `{result.version}` is live."], True)
        else:
            assert result.error is not None
            lines = [f"Still answering from version `{result.version}`.", ""]
            lines += render.problems_lines(result.error.report())
            embed = render.mod_embed("Reload refused", lines, False)
        await say(interaction, embed)
        await self.bot.report_reload(result)

    # --- forms ----------------------------------------------------------------------------------

    async def open_form(
        self, interaction: discord.Interaction, make: Any, *args: Any
    ) -> forms.FormModal | None:
        """Build a form, or tell the moderator why it cannot be opened.

        A form must be the interaction's first response (it cannot follow a deferral), so the
        files it is opened against are read on a worker thread within ``ack.ACK_AFTER``.
        """
        try:
            return make(await self.opened(), *args)  # type: ignore[no-any-return]
        except forms.TooLong as exc:
            await say(interaction, render.notice(str(exc)))
        except (StaleEdit, EditError) as exc:
            text = str(exc)
            if isinstance(exc, StaleEdit):
                text = (
                    "The file on disk differs from the live version, which the form would "
                    "show: wait a moment for the reload and reopen this. If it stays so, the "
                    "file on disk is invalid: see /kb check, fix it or /kb rollback."
                )
            await say(interaction, render.notice(text))
        return None

    async def opened(self) -> FileVersions:
        """The versions a form is opened against (StaleEdit if the live engine is behind)."""
        live = self.bot.service.version
        read = asyncio.to_thread(forms.opened_versions, self.bot.editor.versions, live)
        try:
            return await asyncio.wait_for(read, ack.ACK_AFTER)
        except TimeoutError:
            raise EditError(
                "The knowledge files are slow to read right now: try again in a moment."
            ) from None

    # --- editing editions ----------------------------------------------------------------------

    @kb.command(name="edit", description="Edit one field of an edition")
    @app_commands.describe(
        edition="Which edition (type to search: 2017, 4th, latest)",
        field="Which field of that edition to change",
    )
    async def edit(
        self, interaction: discord.Interaction, edition: EditionArg, field: EditionField
    ) -> None:
        # EditionArg: the same look-up and autocomplete as /wic edition (an unknown edition is
        # answered by the command tree); the staff check runs before it.
        engine = self.bot.service.engine
        found = edition
        short = engine.kb.facts.series.short_name
        topic = SAMPLE_TOPIC.get(field, "overview")
        sample = f"{topic} of the {found.year} {short}"
        ed_year = found.year

        def make(versions: FileVersions) -> forms.FormModal:

            async def submit(inter: discord.Interaction, values: dict[str, str]) -> None:
                if not await self.interaction_check(inter):
                    return
                try:
                    edit = edition_edit(ed_year, field, values[field])
                except ValueError as exc:
                    await say(inter, render.notice(str(exc)))
                    return
                build = functools.partial(
                    self.bot.editor.propose,
                    [edit],
                    sample_question=sample,
                    today=self.bot.today(),
                    base=versions.facts,
                )
                await preview(self.kb_state, inter, build)

            return forms.edition_field_form(ed_year, field, getattr(found, field), submit)

        modal = await self.open_form(interaction, make)
        if modal is not None:
            await interaction.response.send_modal(modal)

    # --- Q&A items -----------------------------------------------------------------------------

    def faq_choices(self, current: str) -> list[app_commands.Choice[str]]:
        typed = current.strip().lower()[:100]
        items = [
            qa
            for qa in self.bot.service.engine.kb.facts.faq
            if not typed or typed in qa.id or any(typed in q.lower() for q in qa.questions)
        ]
        return choices([(f"{qa.id}: {qa.questions[0]}", qa.id) for qa in items])

    def faq_form(
        self, versions: FileVersions, title: str, item_id: str | None, miss: str | None
    ) -> forms.FormModal:
        """A form for a new Q&A item (pre-filled with ``miss``) or for item ``item_id``."""
        kb = self.bot.service.engine.kb
        qa = next((q for q in kb.facts.faq if q.id == item_id), None) if item_id else None
        if item_id is not None and qa is None:
            raise EditError(f"there is no Q&A item {item_id!r} any more")

        async def submit(inter: discord.Interaction, values: dict[str, str]) -> None:
            if not await self.interaction_check(inter):
                return
            try:
                edits = faq_edits(kb, item_id, values)
            except ValueError as exc:
                await say(inter, render.notice(str(exc)))
                return
            sample = values["questions"].strip().splitlines()[0]
            build = functools.partial(
                self.bot.editor.propose,
                edits,
                sample_question=sample,
                today=self.bot.today(),
                base=versions.facts,
            )
            await preview(self.kb_state, inter, build, miss=miss)

        return forms.faq_form(
            title,
            field_text(qa.questions) if qa else (miss or ""),
            qa.answer if qa else "",
            (qa.answer_zh or "") if qa else "",
            str(qa.edition) if qa and qa.edition else "",
            submit,
        )

    @faq.command(name="add", description="Add a free Q&A item")
    async def faq_add(self, interaction: discord.Interaction) -> None:
        modal = await self.open_form(interaction, self.faq_form, "New Q&A item", None, None)
        if modal is not None:
            await interaction.response.send_modal(modal)

    @faq.command(name="edit", description="Edit a free Q&A item")
    @app_commands.describe(item="The Q&A item to edit (type to search)")
    async def faq_edit(self, interaction: discord.Interaction, item: ItemId) -> None:
        modal = await self.open_form(interaction, self.faq_form, f"Edit {item}", item, None)
        if modal is not None:
            await interaction.response.send_modal(modal)

    @faq.command(name="remove", description="Remove a free Q&A item")
    @app_commands.describe(item="The Q&A item to remove (type to search)")
    async def faq_remove(self, interaction: discord.Interaction, item: ItemId) -> None:
        if not any(qa.id == item for qa in self.bot.service.engine.kb.facts.faq):
            await say(interaction, render.notice("Pick an item from the list."))
            return
        build = functools.partial(self.bot.editor.propose, [faq_remove(item)])
        await preview(self.kb_state, interaction, build)

    @faq_edit.autocomplete("item")
    async def faq_edit_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.faq_choices(current) if self.staff(interaction) else []

    @faq_remove.autocomplete("item")
    async def faq_remove_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.faq_choices(current) if self.staff(interaction) else []

    # --- phrasings -----------------------------------------------------------------------------

    def teach_build(self, target: str, phrasing: str) -> Proposal:
        """The preview of teaching ``phrasing`` to ``target``: appended to the list on disk
        (or the list set, if it has no items there yet). Runs on a worker thread."""
        edits = teach_edits(self.bot.service.engine.kb, target, phrasing)
        if edits is None:
            raise EditError("pick a target from the list (an intent or a Q&A item)")
        return self.bot.editor.propose_first(
            edits, sample_question=phrasing, today=self.bot.today()
        )

    async def teach(
        self, interaction: discord.Interaction, target: str, phrasing: str, miss: str | None
    ) -> None:
        phrasing = phrasing.strip()
        if not phrasing:
            await say(interaction, render.notice("Give the question as people ask it."))
            return
        build = functools.partial(self.teach_build, target, phrasing)
        await preview(self.kb_state, interaction, build, miss=miss)

    @phrase.command(name="add", description="Teach a new way of asking something")
    @app_commands.describe(
        target="What it asks for: an intent or a Q&A item (type to search)",
        phrasing="The question as people ask it",
    )
    async def phrase_add(
        self,
        interaction: discord.Interaction,
        target: str,
        phrasing: app_commands.Range[str, 1, 300],
    ) -> None:
        await self.teach(interaction, target, phrasing, None)

    @phrase_add.autocomplete("target")
    async def phrase_target_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if not self.staff(interaction):
            return []
        typed = current.strip().lower()[:100]
        options = [f"intent:{i}" for i in TEACHABLE]
        options += [f"faq:{qa.id}" for qa in self.bot.service.engine.kb.facts.faq]
        return choices([(o, o) for o in options if typed in o])

    # --- history and rollback ------------------------------------------------------------------

    @kb.command(name="history", description="Recent edits and the versions kept")
    async def history(self, interaction: discord.Interaction) -> None:
        await think(interaction)
        try:
            versions, skipped = await self.bot.kb_store.history_report(15)
        except EditError as exc:  # e.g. the database is unreachable
            await say(interaction, render.notice(str(exc)))
            return
        lines = [
            f"`{v.id}` · {render.safe(v.saved_at)} · {render.safe(v.who)} · "
            f"{render.safe(v.summary)} ({render.safe(v.file)}; the version before this edit)"
            for v in versions
        ]
        if skipped:
            lines.append(f"⚠ {skipped} damaged history line(s) were skipped (see the log).")
        if not versions:
            await say(interaction, render.notice("\n".join(["No edits yet.", *lines[-1:]])))
            return
        await say(interaction, render.mod_embed("Knowledge history", lines, not skipped))

    @kb.command(name="rollback", description="Restore a kept version (previewed first)")
    @app_commands.describe(version="The exact version id from /kb history (12 characters)")
    async def rollback(
        self, interaction: discord.Interaction, version: app_commands.Range[str, 1, 64]
    ) -> None:
        make = functools.partial(self.bot.kb_store.propose_rollback, version.strip())
        await preview_from(
            self.kb_state,
            interaction,
            make,
            unchanged="That version is the same as the current file.",
        )

    @rollback.autocomplete("version")
    async def rollback_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if not self.staff(interaction):
            return []
        try:
            # An autocomplete cannot be deferred: past the budget, no suggestions (in time)
            # beat complete ones that Discord would drop.
            versions = await asyncio.wait_for(self.bot.kb_store.history(25), ack.ACK_AFTER)
        except (EditError, TimeoutError):  # the database is unreachable or slow
            return []
        return choices(
            [(f"{v.id} · {v.saved_at} · {v.summary}", v.id) for v in versions if current in v.id]
        )

    # --- unanswered questions ------------------------------------------------------------------

    @kb.command(name="unanswered", description="What members asked that the bot could not answer")
    @app_commands.describe(page="Which page of the list (10 questions a page)")
    async def unanswered(
        self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 10_000] = 1
    ) -> None:
        offset = (page - 1) * misses_flow.PAGE
        await misses_flow.show(self.kb_state, interaction, offset, edit=False)

    # --- buttons and menus ---------------------------------------------------------------------

    async def new_item_form(self, interaction: discord.Interaction, question: str) -> None:
        modal = await self.open_form(interaction, self.faq_form, "New Q&A item", None, question)
        if modal is not None:
            await interaction.response.send_modal(modal)

    async def teach_from_menu(
        self, interaction: discord.Interaction, target: str, question: str
    ) -> None:
        await self.teach(interaction, target, question, question)
