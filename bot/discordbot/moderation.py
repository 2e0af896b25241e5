"""The moderators' cog: /kb status|check|reload, edits from Discord, history, unanswered."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any, Literal, get_args

import discord
from discord import app_commands
from discord.ext import commands

from bot.editing import (
    AppendItem,
    Edit,
    EditError,
    RemoveItem,
    SetValue,
    StaleEdit,
    new_faq_id,
)
from bot.engine.model import Edition, IntentId

from . import editflow, render

if TYPE_CHECKING:
    from .client import WicBotMixin

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()

EditionField = Literal[
    "name",
    "name_zh",
    "theme",
    "theme_zh",
    "start",
    "end",
    "dates_note",
    "place",
    "note",
    "highlights",
]
LIST_FIELDS = frozenset({"highlights"})
DATE_FIELDS = frozenset({"start", "end"})
REQUIRED_FIELDS = frozenset({"name"})
# The topic to ask about in the preview's sample question, per edited field.
SAMPLE_TOPIC = {
    "theme": "theme",
    "theme_zh": "theme",
    "start": "dates",
    "end": "dates",
    "dates_note": "dates",
    "place": "place",
    "highlights": "highlights",
}
# Intents moderators may teach phrasings to (the rest are small talk).
TEACHABLE = tuple(
    i
    for i in get_args(IntentId)
    if i not in ("help", "greeting", "thanks", "followup", "unsupported")
)
UNANSWERED_PAGE = 10


class Moderation(commands.Cog):
    """Moderators: the knowledge file's status, validation, reload, edits and misses."""

    def __init__(self, bot: WicBotMixin) -> None:
        self.bot = bot
        self.pending = editflow.PendingStore()
        self.tokens = editflow.Tokens()

    kb = app_commands.Group(
        name="kb",
        description="Knowledge base tools (moderators)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )
    faq = app_commands.Group(name="faq", description="Free Q&A items", parent=kb)
    phrase = app_commands.Group(name="phrase", description="Teach phrasings", parent=kb)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # default_permissions only sets the default: server admins can change who sees the
        # commands, so the bot checks again itself.
        if self.bot.is_moderator(interaction):
            return True
        await self.refuse(interaction)
        return False

    async def refuse(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=render.notice("Only moderators can use the knowledge commands."),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    async def say(self, interaction: discord.Interaction, embed: discord.Embed) -> None:
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NONE)

    # --- status, check, reload ----------------------------------------------------------------

    @kb.command(name="status", description="Which knowledge version is live")
    async def status(self, interaction: discord.Interaction) -> None:
        service = self.bot.service
        kb = service.engine.kb
        lines = [
            f"**File:** `{kb.path}`",
            f"**Version:** `{kb.digest}`",
            f"**Editions:** {len(kb.editions)} · **Q&A items:** {len(kb.facts.faq)}",
            f"**Loaded:** {discord.utils.format_dt(service.loaded_at, 'R')}",
        ]
        if service.last_error is not None and service.last_error_at is not None:
            when = discord.utils.format_dt(service.last_error_at, "R")
            lines.append(f"**Last refused edit:** {when}")
            lines += render.problems_lines(service.last_error.report(), limit=5)
        else:
            lines.append("**Last error:** none")
        await self.say(
            interaction, render.mod_embed("Knowledge status", lines, service.last_error is None)
        )

    @kb.command(name="check", description="Validate the knowledge file on disk")
    async def check(self, interaction: discord.Interaction) -> None:
        error = self.bot.service.check()
        if error is None:
            embed = render.mod_embed("Check passed", ["The file on disk is valid."], True)
        else:
            lines = render.problems_lines(error.report())
            embed = render.mod_embed(f"{len(error.problems)} problem(s)", lines, False)
        await self.say(interaction, embed)

    @kb.command(name="reload", description="Load the knowledge file now")
    async def reload(self, interaction: discord.Interaction) -> None:
        result = self.bot.service.reload()
        if result.ok:
            what = "New version loaded" if result.changed else "Already up to date"
            embed = render.mod_embed(what, [f"Version `{result.version}` is live."], True)
        else:
            assert result.error is not None
            lines = [f"Still answering from version `{result.version}`.", ""]
            lines += render.problems_lines(result.error.report())
            embed = render.mod_embed("Reload refused", lines, False)
        await self.say(interaction, embed)

    # --- previews and confirmation -------------------------------------------------------------

    async def preview(
        self,
        interaction: discord.Interaction,
        edits: list[Edit],
        *,
        sample: str | None = None,
        miss: str | None = None,
    ) -> None:
        """Show what ``edits`` would do, with Confirm / Cancel if they validate."""
        try:
            proposal = self.bot.editor.propose(
                edits, sample_question=sample, today=self.bot.today()
            )
        except EditError as exc:
            await self.say(interaction, render.notice(f"That edit cannot be made: {exc}"))
            return
        embed = editflow.preview_embed(proposal)
        if not proposal.ok:
            if proposal.error is None:
                embed = render.notice("That changes nothing.")
            await self.say(interaction, embed)
            return
        token = self.pending.add(proposal, interaction.user.id, miss)
        await interaction.response.send_message(
            embed=embed, view=editflow.confirm_view(token), ephemeral=True, allowed_mentions=NONE
        )

    async def confirm(self, interaction: discord.Interaction, token: str) -> None:
        pending = self.pending.take(token, interaction.user.id)
        if pending is None:
            text = "This preview has expired or is not yours: reopen the edit."
            await interaction.response.edit_message(embed=render.notice(text), view=None)
            return
        who = f"{interaction.user.name} ({interaction.user.id})"
        try:
            version = await self.bot.kb_store.commit(pending.proposal, who)
        except StaleEdit as exc:
            await interaction.response.edit_message(embed=render.notice(str(exc)), view=None)
            return
        except EditError as exc:
            log.warning("knowledge edit by %s failed: %s", who, exc)
            embed = render.mod_embed("Not saved", [str(exc)], False)
            await interaction.response.edit_message(embed=embed, view=None)
            return
        result = self.bot.service.reload()
        if pending.miss is not None:
            try:
                await self.bot.unanswered.set_status(pending.miss, "taught")
            except EditError as exc:  # saved all the same; the miss just stays listed
                log.warning("could not mark the question taught: %s", exc)
        lines = [f"{pending.proposal.summary}.", f"Version `{version}` is saved and live."]
        if not result.ok:
            lines.append("But the reload failed: see the moderator log.")
        await interaction.response.edit_message(
            embed=render.mod_embed("Saved", lines, result.ok), view=None
        )
        await self.bot.report_reload(result)

    async def cancel(self, interaction: discord.Interaction, token: str) -> None:
        self.pending.take(token, interaction.user.id)
        await interaction.response.edit_message(
            embed=render.notice("Cancelled: nothing was written."), view=None
        )

    # --- editing editions ----------------------------------------------------------------------

    def _edition(self, text: str) -> tuple[int, Edition] | None:
        engine = self.bot.service.engine
        found = engine.edition(int(text)) if text.isdigit() else None
        found = found or engine.find_edition(text, self.bot.today())
        if found is None:
            return None
        editions = list(engine.kb.facts.editions)
        return editions.index(found), found

    @kb.command(name="edit", description="Edit one field of an edition")
    @app_commands.describe(edition="Which edition", field="Which field")
    async def edit(
        self, interaction: discord.Interaction, edition: str, field: EditionField
    ) -> None:
        found = self._edition(edition)
        if found is None:
            await self.say(interaction, render.notice("Pick an edition from the list."))
            return
        index, ed = found
        current = getattr(ed, field)
        if field in LIST_FIELDS:
            default = "\n".join(current or ())
        else:
            default = "" if current is None else str(current)
        label = f"{field} (one per line)" if field in LIST_FIELDS else field
        long = field in LIST_FIELDS or field in ("theme", "theme_zh", "note", "dates_note")
        short = self.bot.service.engine.kb.facts.series.short_name

        async def submit(inter: discord.Interaction, values: dict[str, str]) -> None:
            text = values[field].strip()
            try:
                value = _parse_field(field, text)
            except ValueError as exc:
                await self.say(inter, render.notice(str(exc)))
                return
            topic = SAMPLE_TOPIC.get(field, "overview")
            sample = f"{topic} of the {ed.year} {short}"
            await self.preview(
                inter, [SetValue("facts", ("editions", index), field, value)], sample=sample
            )

        modal = editflow.FormModal(
            f"{ed.year}: {field}", [(field, label, default, long, False)], submit
        )
        await interaction.response.send_modal(modal)

    @edit.autocomplete("edition")
    async def edit_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.edition_choices(current)

    def edition_choices(self, current: str) -> list[app_commands.Choice[str]]:
        return render.edition_choices(self.bot.service.engine, current, self.bot.today())

    # --- Q&A items -----------------------------------------------------------------------------

    def _faq_index(self, item: str) -> int | None:
        for i, qa in enumerate(self.bot.service.engine.kb.facts.faq):
            if qa.id == item:
                return i
        return None

    async def faq_choices(self, current: str) -> list[app_commands.Choice[str]]:
        typed = current.strip().lower()
        items = [
            qa
            for qa in self.bot.service.engine.kb.facts.faq
            if not typed or typed in qa.id or any(typed in q.lower() for q in qa.questions)
        ]
        return [
            app_commands.Choice(name=render.clip(f"{qa.id}: {qa.questions[0]}", 100), value=qa.id)
            for qa in items[: render.CHOICES_MAX]
        ]

    @faq.command(name="add", description="Add a free Q&A item")
    async def faq_add(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(self._faq_form("New Q&A item", None, None))

    def _faq_form(self, title: str, index: int | None, miss: str | None) -> editflow.FormModal:
        kb = self.bot.service.engine.kb
        qa = kb.facts.faq[index] if index is not None else None
        questions = "\n".join(qa.questions) if qa else (miss or "")
        fields = [
            ("questions", "Questions people ask (one per line)", questions, True, True),
            ("answer", "Answer", qa.answer if qa else "", True, True),
            (
                "answer_zh",
                "Answer in Chinese (optional)",
                (qa.answer_zh or "") if qa else "",
                True,
                False,
            ),
            (
                "edition",
                "Edition year, if about one (optional)",
                str(qa.edition) if qa and qa.edition else "",
                False,
                False,
            ),
        ]

        async def submit(inter: discord.Interaction, values: dict[str, str]) -> None:
            qs = [line.strip() for line in values["questions"].splitlines() if line.strip()]
            if not qs:
                await self.say(inter, render.notice("Give at least one question."))
                return
            edition = values["edition"].strip()
            if edition and not edition.isdigit():
                await self.say(inter, render.notice("The edition is a year, like 2017."))
                return
            answer_zh = values["answer_zh"].strip() or None
            edits: list[Edit]
            if index is None:
                item: dict[str, Any] = {
                    "id": new_faq_id({q.id for q in kb.facts.faq}, qs[0]),
                    "questions": qs,
                    "answer": values["answer"].strip(),
                }
                if answer_zh:
                    item["answer_zh"] = answer_zh
                if edition:
                    item["edition"] = int(edition)
                edits = [AppendItem("facts", ("faq",), item)]
            else:
                path = ("faq", index)
                edits = [
                    SetValue("facts", path, "questions", qs),
                    SetValue("facts", path, "answer", values["answer"].strip()),
                    SetValue("facts", path, "answer_zh", answer_zh),
                    SetValue("facts", path, "edition", int(edition) if edition else None),
                ]
            await self.preview(inter, edits, sample=qs[0], miss=miss)

        return editflow.FormModal(title, fields, submit)

    @faq.command(name="edit", description="Edit a free Q&A item")
    async def faq_edit(self, interaction: discord.Interaction, item: str) -> None:
        index = self._faq_index(item)
        if index is None:
            await self.say(interaction, render.notice("Pick an item from the list."))
            return
        await interaction.response.send_modal(self._faq_form(f"Edit {item}", index, None))

    @faq.command(name="remove", description="Remove a free Q&A item")
    async def faq_remove(self, interaction: discord.Interaction, item: str) -> None:
        index = self._faq_index(item)
        if index is None:
            await self.say(interaction, render.notice("Pick an item from the list."))
            return
        await self.preview(interaction, [RemoveItem("facts", ("faq",), index)])

    @faq_edit.autocomplete("item")
    async def faq_edit_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.faq_choices(current)

    @faq_remove.autocomplete("item")
    async def faq_remove_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.faq_choices(current)

    # --- phrasings -----------------------------------------------------------------------------

    def teach_edit(self, target: str, phrasing: str) -> Edit | None:
        """The edit that teaches ``phrasing`` to ``target`` ("intent:dates" or "faq:logo")."""
        kind, _, name = target.partition(":")
        kb = self.bot.service.engine.kb
        if kind == "intent":
            for i, intent in enumerate(kb.vocabulary.intents):
                if intent.id == name:
                    items = [*intent.phrasings, phrasing]
                    return SetValue("vocabulary", ("intents", i), "phrasings", items)
        if kind == "faq":
            index = self._faq_index(name)
            if index is not None:
                items = [*kb.facts.faq[index].questions, phrasing]
                return SetValue("facts", ("faq", index), "questions", items)
        return None

    @phrase.command(name="add", description="Teach a new way of asking something")
    @app_commands.describe(target="What it asks for", phrasing="The question as people ask it")
    async def phrase_add(
        self, interaction: discord.Interaction, target: str, phrasing: str
    ) -> None:
        edit = self.teach_edit(target, phrasing.strip())
        if edit is None or not phrasing.strip():
            await self.say(interaction, render.notice("Pick a target from the list."))
            return
        await self.preview(interaction, [edit], sample=phrasing.strip())

    @phrase_add.autocomplete("target")
    async def phrase_target_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.strip().lower()
        options = [f"intent:{i}" for i in TEACHABLE]
        options += [f"faq:{qa.id}" for qa in self.bot.service.engine.kb.facts.faq]
        hits = [o for o in options if typed in o]
        return [app_commands.Choice(name=o, value=o) for o in hits[: render.CHOICES_MAX]]

    # --- history and rollback ------------------------------------------------------------------

    @kb.command(name="history", description="Recent edits and the versions kept")
    async def history(self, interaction: discord.Interaction) -> None:
        try:
            versions = await self.bot.kb_store.history(limit=15)
        except EditError as exc:
            await self.say(interaction, render.notice(str(exc)))
            return
        if not versions:
            await self.say(interaction, render.notice("No edits yet."))
            return
        lines = [
            f"`{v.id}` · {v.saved_at} · {render.safe(v.who)} · {render.safe(v.summary)} "
            f"({v.file}; the version before this edit)"
            for v in versions
        ]
        await self.say(interaction, render.mod_embed("Knowledge history", lines, True))

    @kb.command(name="rollback", description="Restore a kept version (previewed first)")
    async def rollback(self, interaction: discord.Interaction, version: str) -> None:
        try:
            proposal = await self.bot.kb_store.propose_rollback(version.strip())
        except EditError as exc:
            await self.say(interaction, render.notice(str(exc)))
            return
        embed = editflow.preview_embed(proposal)
        if not proposal.ok:
            await self.say(
                interaction,
                embed
                if proposal.error
                else render.notice("That version is the same as the current file."),
            )
            return
        token = self.pending.add(proposal, interaction.user.id)
        await interaction.response.send_message(
            embed=embed, view=editflow.confirm_view(token), ephemeral=True, allowed_mentions=NONE
        )

    @rollback.autocomplete("version")
    async def rollback_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            versions = await self.bot.kb_store.history(limit=25)
        except EditError:
            return []
        return [
            app_commands.Choice(
                name=render.clip(f"{v.id} · {v.saved_at} · {v.summary}", 100), value=v.id
            )
            for v in versions
            if current in v.id
        ]

    # --- unanswered questions ------------------------------------------------------------------

    @kb.command(name="unanswered", description="What members asked that the bot could not answer")
    async def unanswered(self, interaction: discord.Interaction, page: int = 1) -> None:
        await self.show_unanswered(interaction, max(0, (page - 1) * UNANSWERED_PAGE), edit=False)

    async def show_unanswered(
        self, interaction: discord.Interaction, offset: int, *, edit: bool
    ) -> None:
        try:
            misses = await self.bot.unanswered.top(days=30, limit=UNANSWERED_PAGE, offset=offset)
            total = await self.bot.unanswered.count_open(days=30)
        except EditError as exc:  # the database is unreachable
            await self.say(interaction, render.notice(str(exc)))
            return
        if not misses:
            embed = render.notice("No unanswered questions in the last 30 days.")
            view = None
        else:
            lines = [
                f"**{offset + n}.** {render.safe(m.question)} — ×{m.count}, last "
                f"{discord.utils.format_dt(m.last_seen, 'R')}"
                for n, m in enumerate(misses, 1)
            ]
            embed = render.mod_embed(f"Unanswered questions ({total} open)", lines, True)
            embed.set_footer(text="Pick one to teach the bot or dismiss it.")
            view = discord.ui.View(timeout=None)
            select: discord.ui.Select[discord.ui.View] = discord.ui.Select(
                custom_id=editflow.PICK_MISS,
                placeholder="Pick a question",
                options=[
                    discord.SelectOption(
                        label=render.clip(m.question, 100), value=self.tokens.put(m.question)
                    )
                    for m in misses
                ],
            )
            view.add_item(select)
            if offset > 0:
                view.add_item(
                    discord.ui.Button(
                        label="Previous",
                        custom_id=f"{editflow.PAGE_PREFIX}{offset - UNANSWERED_PAGE}",
                    )
                )
            if offset + UNANSWERED_PAGE < total:
                view.add_item(
                    discord.ui.Button(
                        label="Next", custom_id=f"{editflow.PAGE_PREFIX}{offset + UNANSWERED_PAGE}"
                    )
                )
        if edit:
            await interaction.response.edit_message(embed=embed, view=view)
        elif view is None:
            await self.say(interaction, embed)
        else:
            await interaction.response.send_message(
                embed=embed, view=view, ephemeral=True, allowed_mentions=NONE
            )

    async def handle_miss(self, interaction: discord.Interaction, token: str) -> None:
        question = self.tokens.get(token)
        if question is None:
            await self.say(interaction, render.notice("That list expired: run /kb unanswered."))
            return
        kb = self.bot.service.engine.kb
        view = discord.ui.View(timeout=None)
        intents: discord.ui.Select[discord.ui.View] = discord.ui.Select(
            custom_id=f"{editflow.TEACH_PREFIX}{token}",
            placeholder="Teach it as a way of asking…",
            options=[
                discord.SelectOption(label=f"intent: {i}", value=f"intent:{i}") for i in TEACHABLE
            ]
            + [
                discord.SelectOption(label=render.clip(f"Q&A: {qa.id}", 100), value=f"faq:{qa.id}")
                for qa in kb.facts.faq
            ][: render.CHOICES_MAX - len(TEACHABLE)],
        )
        view.add_item(intents)
        view.add_item(
            discord.ui.Button(
                label="New Q&A item",
                style=discord.ButtonStyle.primary,
                custom_id=f"{editflow.NEW_QA_PREFIX}{token}",
            )
        )
        view.add_item(
            discord.ui.Button(
                label="Dismiss",
                style=discord.ButtonStyle.secondary,
                custom_id=f"{editflow.DISMISS_PREFIX}{token}",
            )
        )
        embed = render.mod_embed("Teach the bot", [f"“{render.safe(question)}”"], True)
        await interaction.response.send_message(
            embed=embed, view=view, ephemeral=True, allowed_mentions=NONE
        )

    # --- component routing ---------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Buttons and menus of the moderator flows (routed by custom id)."""
        if interaction.type is not discord.InteractionType.component:
            return
        data: dict[str, Any] = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        values = [str(v) for v in data.get("values", [])]
        routes = (
            editflow.CONFIRM_PREFIX,
            editflow.CANCEL_PREFIX,
            editflow.PICK_MISS,
            editflow.TEACH_PREFIX,
            editflow.NEW_QA_PREFIX,
            editflow.DISMISS_PREFIX,
            editflow.PAGE_PREFIX,
        )
        if not custom_id.startswith(routes):
            return
        if not self.bot.is_moderator(interaction):
            await self.refuse(interaction)
            return
        try:
            await self.route(interaction, custom_id, values)
        except Exception:
            log.exception("moderator action %s failed", custom_id)
            if not interaction.response.is_done():
                await self.say(
                    interaction,
                    render.notice(
                        "Sorry, something went wrong with that. The log has the details."
                    ),
                )

    async def route(
        self, interaction: discord.Interaction, custom_id: str, values: list[str]
    ) -> None:
        if custom_id.startswith(editflow.CONFIRM_PREFIX):
            await self.confirm(interaction, custom_id[len(editflow.CONFIRM_PREFIX) :])
        elif custom_id.startswith(editflow.CANCEL_PREFIX):
            await self.cancel(interaction, custom_id[len(editflow.CANCEL_PREFIX) :])
        elif custom_id == editflow.PICK_MISS and values:
            await self.handle_miss(interaction, values[0])
        elif custom_id.startswith(editflow.PAGE_PREFIX):
            offset = int(custom_id[len(editflow.PAGE_PREFIX) :] or 0)
            await self.show_unanswered(interaction, max(0, offset), edit=True)
        else:
            token = custom_id.rsplit(":", 1)[-1]
            question = self.tokens.get(token)
            if question is None:
                await self.say(interaction, render.notice("That list expired: run /kb unanswered."))
            elif custom_id.startswith(editflow.DISMISS_PREFIX):
                try:
                    await self.bot.unanswered.set_status(question, "dismissed")
                except EditError as exc:  # the database is unreachable
                    await self.say(interaction, render.notice(str(exc)))
                    return
                await interaction.response.edit_message(
                    embed=render.notice(f"Dismissed “{render.safe(question)}”."), view=None
                )
            elif custom_id.startswith(editflow.NEW_QA_PREFIX):
                await interaction.response.send_modal(
                    self._faq_form("New Q&A item", None, question)
                )
            elif values:
                edit = self.teach_edit(values[0], question)
                if edit is None:
                    await self.say(interaction, render.notice("That target no longer exists."))
                else:
                    await self.preview(interaction, [edit], sample=question, miss=question)


def _parse_field(field: str, text: str) -> object:
    """The typed value for an edition field from the form's text."""
    if field in LIST_FIELDS:
        return [line.strip() for line in text.splitlines() if line.strip()] or None
    if not text:
        if field in REQUIRED_FIELDS or field in DATE_FIELDS:
            raise ValueError(f"{field} cannot be empty.")
        return None
    if field in DATE_FIELDS:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{field} must be a date like 2017-12-03, not “{text}”.") from None
    return text
