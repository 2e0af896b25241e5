"""Validating a knowledge base (facts + vocabulary, as bytes) into one immutable object.

``Texts`` is what an adapter read, and ``KnowledgeSource`` the one port through which the
adapters hand it in: the files on disk (``bot.knowledge_files``) or a revision in PostgreSQL
(``bot.pg``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple, Protocol

from .model import Edition, FactsFile, Figure, VocabularyFile
from .problems import KnowledgeError, Problem
from .records import record
from .text import key as name_key

if TYPE_CHECKING:
    from .yamlsafe import Node

# Validating needs the YAML reader and the schema; an engine restored from a snapshot needs
# neither, so they are imported by the functions that validate.

# Template names the engine fills in; every one must exist in the "en" templates.
REQUIRED_TEMPLATES = frozenset(
    [
        "series_place",
        "series_place_since",
        "selection",
        "date_weekday",
        "nth_day",
        "middle_days",
        "iso_week",
        "dates_formatted",
        "dates_span",
        "date_weekday_future",
        "date_in_session",
        "date_no_edition",
        "title_not_held",
        "title_surname_none",
        "placed_latest",
        "placed_earliest",
        "selection_count",
        "selection_count_one",
        "selection_figures",
        "selection_sep",
        "selection_none",
        "names_over",
        "names_run",
        "named_since",
        "named_count",
        "count_unnumbered",
        "count_having",
        "count_having_years",
        "count_having_without",
        "count_having_without_none",
        "record_then",
        "named_first",
        "figure_odd",
        "last_before",
        "part_unknown",
        "record_later",
        "dates_past",
        "dates_future",
        "dates_unknown",
        "place",
        "theme",
        "theme_unknown",
        "attendance",
        "attendance_many",
        "attendance_unknown",
        "hosts_period",
        "hosts_edition",
        "hosts_changed",
        "hosts_changed_in",
        "in_person_attendance",
        "overview",
        "overview_theme",
        "overview_attendance",
        "highlights",
        "highlights_none",
        "about",
        # aggregates (aggregate.py)
        "agg_part",
        "agg_none",
        "agg_sum_exact",
        "agg_sum_lower",
        "agg_sum_about",
        "first_such",
        "last_such",
        "weekday_start",
        "weekday_end",
        "weekday_any",
        "gap_average",
        "gap_matches",
        "gap_matches_none",
        "gap_item",
        "themes_with_but",
        "themes_none_but",
        "themes_none_of",
        "list_and",
        "list_or",
        "gap_median",
        "weekday_filter_any",
        "dated_count_before",
        "jump_most",
        "drop_most",
        "jump_none",
        "drop_none",
        "versus_combined",
        "more_word",
        "fewer_word",
        "ratio_most",
        "ratio_least",
        "ratio_most_tied",
        "ratio_what",
        "ratio_least_tied",
        "theme_longest",
        "theme_shortest",
        "filter_days_end",
        "reverse_dates_several",
        "scope",
        "scope_from",
        "scope_until",
        "scope_range",
        "agg_steady_all",
        "agg_steady_not",
        "agg_steady_open",
        "agg_run_none",
        "agg_run_open",
        "agg_average_exact",
        "agg_average_lower",
        "agg_average_about",
        "agg_median_exact",
        "agg_median_lower",
        "agg_median_about",
        "agg_spread_exact",
        "agg_spread_lower",
        "agg_spread_about",
        "agg_share",
        "agg_cond_between",
        "agg_cond_either",
        "agg_cond_neither",
        "agg_cond_not",
        "agg_cond_most",
        "agg_rose",
        "agg_same",
        "agg_same_item",
        "change_most",
        "agg_pick_first",
        "agg_pick_last",
        "agg_fell",
        "agg_change_item",
        "agg_change_pair",
        "agg_change_last",
        "agg_than_more",
        "agg_than_less",
        "agg_than_least",
        "agg_than_same",
        "agg_ref_year",
        "agg_ref_average",
        "agg_ref_median",
        "agg_ref_times",
        "agg_versus",
        "agg_above",
        "among",
        "theme_item",
        "themes_with",
        "themes_count",
        "themes_first",
        "themes_none",
        "themes_without",
        "agg_below",
        "gap_relative",
        "gap_relative_about",
        "gap_pair",
        "weekend_start",
        "weekend_end",
        "weekend_any",
        "weekend_filter",
        "weekend_count",
        "weekend_none",
        "weekend_days",
        "weekday_date",
        "weekday_filter_not",
        "weekday_filter_end",
        "weekday_filter_not_end",
        "weekday_none_ceremony",
        "most_common_day",
        "fold_incomplete",
        "themes_start",
        "part_days",
        "theme_same",
        "theme_extends",
        "theme_differ",
        "themes_start_none",
        "themes_end",
        "themes_end_none",
        "weekday_filter_ceremony",
        "weekday_filter_not_ceremony",
        "weekday_none_end",
        "filter_days",
        "ratio_exact",
        "lies_within",
        "keynote_unknown",
        "figure_having",
        "figure_lacking",
        "figure_with",
        "figure_without",
        "figures_combined",
        "figures_combined_count",
        "figures_combined_none",
        "ratio_about",
        "firsts_of",
        "firsts_partial",
        "others_unknown",
        "offset_none",
        "same_date_weekday",
        "count_unrecorded",
        "offset_none_before",
        "offset_opened",
        "offset_opened_before",
        "unit_days",
        "unit_weeks",
        "firsts_none",
        "gap_longest",
        "gap_shortest",
        "agg_rank_item",
        "agg_rank_most",
        "agg_rank_least",
        "agg_nearest",
        "theme_longest_tied",
        "theme_shortest_tied",
        "gap_nth_longest",
        "gap_nth_shortest",
        "role_unknown",
        "agg_spread_ratio_exact",
        "agg_spread_ratio_lower",
        "agg_spread_ratio_about",
        "agg_nearest_same",
        "agg_cond_more",
        "agg_cond_less",
        "agg_cond_exact",
        "agg_cond_about",
        "agg_cond_least",
        "agg_filter",
        "agg_filter_none",
        "agg_count_none",
        "those_none",
        "of_having",
        "count_of_asked_none",
        "agg_filter_none_open",
        "agg_filter_none_known",
        "agg_filter_none_open_known",
        "any_unknown",
        "offset_after",
        "offset_before",
        "anchor_open",
        "anchor_close",
        "anchor_ceremony",
        "calendar_gap",
        "why_unknown",
        "those_were",
        "those_count",
        "those_narrowed",
        "those_narrowed_none",
        "record_unknown",
        "agg_sum_partial",
        "agg_sum_partial_about",
        "agg_sum_unknown",
        "agg_average_unknown",
        "agg_median_unknown",
        "topics_unknown",
        "selected_yes",
        "selected_no",
        "selected_open",
        "selected_unsure",
        "selected_yes_reported",
        "claim_had",
        "claim_lasted",
        "agg_fold_one",
        "place_ever_unknown",
        "agg_count",
        "agg_unsettled",
        "agg_month_item",
        "agg_months",
        "placed_most",
        "placed_above",
        "names_unknown",
        "placed_least",
        "label_name",
        "provenance",
        "provenance_item",
        "provenance_item_plain",
        "provenance_none",
        "freshness",
        "freshness_undated",
        "coverage",
        "weeks_ago",
        "series_aliases",
        "dated_ago",
        "dated_weekday",
        "dated_count",
        "quote_unrecorded",
        "all_yes",
        "all_no",
        "count",
        "list_intro",
        "list_line",
        "which_year",
        "which_theme",
        "which_month",
        "which_month_none",
        "duration",
        "duration_one",
        "ago_past",
        "ago_future",
        "ago_today",
        "ago_end_past",
        "ago_end_future",
        "ago_end_today",
        "numbering",
        "no_official_ordinal",
        "sources",
        "of_edition",
        "theme_line",
        "sources_none",
        "next_unannounced",
        "next_none",
        "assumed_latest",
        "no_such_ordinal",
        "no_such_year",
        "no_such_year_before",
        "no_such_before_first",
        "no_such_year_future",
        "ambiguous",
        "help",
        "greeting",
        "decline_offtopic",
        "decline_other_event",
        "decline_unknown",
        "decline_context",
        "years_ago",
        "year_ago",
        "months_ago",
        "month_ago",
        "days_ago",
        "day_ago",
        "and",
        "list_sep",
        "and_sep",
        "unknown_value",
        "example1",
        "example2",
        "date_range_month",
        "date_range",
        "date_range_years",
        "date_single",
        "ordinal_label",
        "label_dates",
        "label_place",
        "label_theme",
        "label_attendance",
        "label_highlights",
        "label_hosts",
        "label_note",
        "suggest_dates",
        "decline_unknown_edition",
        "figure_of",
        "figure_kind_of",
        "figure_rest",
        "figure_rest_fact",
        "yes_by_count",
        "first_after",
        "ceremony_weekday",
        "years_apart",
        "years_apart_one",
        "count_value",
        "count_attended",
        "ceremony_apart",
        "ceremony_apart_none",
        "ceremony_item",
        "negated_holds",
        "negated_fails",
        "list_attended",
        "attended_none",
        "attended_afar",
        "fact_to_edition",
        "edition_to_fact",
        "fact_to_edition_end",
        "edition_to_fact_end",
        "fact_to_edition_ceremony",
        "edition_to_fact_ceremony",
        "figure_unknown",
        "suggest_theme",
        "suggest_attendance",
        "suggest_overview",
        "suggest_sources",
        "suggest_latest",
        "suggest_list",
        "suggest_hosts",
        "since",
        "thanks",
        "start_past",
        "start_future",
        "end_past",
        "end_unknown",
        "dates_open_only",
        "opened_on",
        "unit_people",
        "unit_places",
        "count_of",
        "undated",
        "ran",
        "weekday",
        "weekday_open_only",
        "detail_none",
        "detail_series_none",
        "yes",
        "claims_yes",
        "agg_none_most",
        "agg_none_least",
        "faq_english_only",
        "claims_no",
        "claims_unknown",
        "no",
        "no_year",
        "most",
        "least",
        "most_days",
        "least_days",
        "tie",
        "missing_for",
        "approximate",
        "compare_open",
        "compare_more",
        "compare_same",
        "compare_earlier",
        "compare_before",
        "count_of_asked",
        "count_span",
        "none_held_by",
        "choice_is",
        "about_n",
        "figure_sources_differ",
        "figure_other_sources",
        "count_share",
        "count_numbered",
        "figure_share",
        "compare_unknown",
        "between",
        "filter_in",
        "nth_pick",
        "filter_days_none",
        "compare_same_day",
        "reverse_none_in_session",
        "reverse_none_in_session_end",
        "ago_ceremony_past",
        "ago_ceremony_future",
        "ago_ceremony_today",
        "most_common",
        "run_longest",
        "run_none",
        "ceremony_days",
        "on_record",
        "filter_before",
        "filter_before_end",
        "filter_after",
        "filter_after_end",
        "every_but",
        "negated_list",
        "or",
        "editions_before",
        "editions_after",
        "left_out",
        "nth_pick_first",
        "nth_pick_last",
        "nth_pick_latest",
        "nth_none",
        "nth_unknown",
        "filter_out",
        "filter_none",
        "reverse_dates",
        "reverse_none",
        "between_to_end",
        "between_end_to_end",
        "anniversary_was",
        "anniversary_during",
        "title_unknown",
        "quote_origin",
        "quote_unsourced",
        "parity_odd",
        "parity_even",
        "parity_hits",
        "parity_none",
        "parity_open",
        "parity_no_exact",
        "anniversary_is",
        "anniversary_day",
        "closing_unknown",
        "before_first_of_kind",
        "reverse_latest",
        "within_unranked",
        "within_days",
        "people_unmeasured",
        "agg_not_additive",
        "reverse_none_value",
        "person_only",
        "agg_mixed_lower",
        "extreme_open_most",
        "extreme_open_least",
        "figure_inexact",
        "figure_as_given",
        "running_reach",
        "running_reach_exact",
        "running_pass",
        "running_pass_exact",
        "running_between",
        "running_unknown",
        "running_unsettled",
        "title_none",
        "person_only_in_person",
        "title_none_one",
        "filter_either",
        "filter_either_count",
        "within_last",
        "within_last_none",
        "filter_both",
        "filter_both_count",
        "filter_both_none",
        "extreme_only_one",
        "filter_either_none",
        "reverse_first",
        "usual_days",
        "usual_month",
        "frequency",
        "numbering_of",
        "numbering_count",
        "as_of",
        "stale_next",
        "stale_latest",
        "partial_unknown",
        "name_of",
        "series_name",
        "figure_fact",
        "earliest_day",
        "latest_day",
        "weekday_filter",
        "weekday_none",
        "weekday_ceremony_note",
        "quote_found",
        "quote_none",
        "gap_exact",
        "year_day_gap",
        "by_source",
        "by_source_none",
        "between_end",
        "figure_unsettled",
        "gap_about",
        "before_its_first",
        "gap_more",
        "gap_reported",
        "gap_less",
        "gap_relative_more",
        "gap_relative_less",
        "missing_theme",
        "missing_attendance",
        "what_people",
        "what_days",
        "online_attendance",
        "what_places",
        "extreme_most",
        "extreme_least",
        "weeks_span",
        "weeks_exact",
        "days_total",
        "outside_word",
        "in_word",
        "day_count",
        "day_count_one",
    ]
)


@record()
class Knowledge:
    """A validated knowledge base: the facts, the vocabulary, and where they came from."""

    facts: FactsFile
    vocabulary: VocabularyFile
    path: str
    vocabulary_path: str
    digest: str  # sha256 of both files; identifies the version
    # Things a moderator should fix that do not stop the file loading (a figure without the
    # source's words, for example); `wic-bot check` and `/kb status` show them.
    warnings: tuple[Problem, ...] = ()

    @property
    def editions(self) -> tuple[Edition, ...]:
        return self.facts.editions


# --- what the adapters hand in --------------------------------------------------------------


class Texts(NamedTuple):
    """What a source read: both files' bytes, a version, and how messages name the files."""

    facts: bytes
    # The vocabulary's bytes, or why the source could not have them (unreadable, outside
    # the folder): the engine reports that with the facts file's own problems.
    vocabulary: bytes | Problem
    version: str  # as ``Knowledge.digest`` for these bytes
    name: str = "knowledge.yaml"
    vocabulary_name: str = "vocabulary.yaml"

    def load(self) -> Knowledge:
        """Validate these bytes (KnowledgeError listing every problem)."""
        return load_knowledge(
            self.facts, self.vocabulary, name=self.name, vocabulary_name=self.vocabulary_name
        )


class KnowledgeSource(Protocol):
    """Where the served knowledge comes from."""

    name: str  # how messages name it: the facts file's path, a revision

    def read(self) -> Texts:
        """The current texts; KnowledgeError if the facts cannot be had at all."""
        ...


def _positions(node: Node, path: str, out: dict[str, tuple[int, int]]) -> None:
    from .yamlsafe import Mapping, Sequence  # once: an import per node is most of the walk

    def walk(node: Node, path: str) -> None:
        out.setdefault(path, (node.line, node.column))
        if isinstance(node, Mapping):
            for key, value in node.items:
                sub = f"{path}.{key.value}" if path else key.value
                out[sub] = (key.line, key.column)
                walk(value, sub)
        elif isinstance(node, Sequence):
            for i, item in enumerate(node.items):
                walk(item, f"{path}[{i}]")

    walk(node, path)


class _Located:
    """Builds problems for cross-field checks at the line of the field they concern."""

    def __init__(self, file: str, root: Node, already: list[Problem]) -> None:
        self.file = file
        self.root = root
        self.pos: dict[str, tuple[int, int]] = {}  # filled on the first problem only
        self.problems: list[Problem] = []
        # Fields the schema already refused: a cross-check on them would only echo that.
        self.reported = {p.path for p in already if p.file == file}

    def add(self, path: str, message: str) -> None:
        if path in self.reported:
            return
        if not self.pos:
            _positions(self.root, "", self.pos)
        probe = path
        while probe not in self.pos and probe:
            probe = re.sub(r"(\.[^.\[]+|\[\d+\])$", "", probe)
        line, col = self.pos.get(probe, (0, 0))
        self.problems.append(Problem(self.file, line, col, path, message))


def _parse(data: bytes, shown: str) -> tuple[Node | None, list[Problem]]:
    from .yamlsafe import read_yaml

    root, problems = read_yaml(data, shown)
    if root is None and not problems:
        problems = [Problem(shown, 0, 0, "", "the file is empty")]
    return root, problems


def load_knowledge(
    facts: bytes,
    vocabulary: bytes | Problem,
    *,
    name: str = "knowledge.yaml",
    vocabulary_name: str | None = None,
) -> Knowledge:
    """Validate a knowledge file's bytes and its vocabulary's into one Knowledge.

    ``name`` is how problems name the facts file (its path, or a revision); the vocabulary is
    the file the facts name (``vocabulary_reference``), shown as ``vocabulary_name`` (by
    default beside ``name``). ``vocabulary`` is a Problem when the caller could not have its
    bytes (unreadable, outside the folder): it is reported with the facts file's problems.
    Raises KnowledgeError listing every problem; never returns a half-valid object.
    """
    import hashlib
    from pathlib import PurePath

    from .references import named_vocabulary, scan_vocabulary, vocabulary_problem
    from .schema import convert_partial

    shown = name
    root, problems = _parse(facts, shown)
    if root is None:
        raise KnowledgeError(problems)
    parsed, conv_problems, partial = convert_partial(root, FactsFile, shown)
    problems += conv_problems
    located = _Located(shown, root, conv_problems)

    vocab_rel, (vline, vcol) = named_vocabulary(root)
    vshown = vocabulary_name or str(PurePath(name).parent / vocab_rel)
    scanned = scan_vocabulary(facts)
    outside = vocabulary_problem(vocab_rel)
    vroot: Node | None = None
    vocabulary_data: bytes | None = None
    if outside is not None:  # never read (or later write) a file outside the folder
        problems.append(Problem(shown, vline, vcol, "vocabulary", outside))
    elif scanned is not None and scanned[0] != vocab_rel:
        # The caller read the file the quick scan found; the parser names another.
        message = (
            f"names {vocab_rel!r} in a way this bot cannot read before parsing: write "
            f"`vocabulary: {vocab_rel}` on a line of its own"
        )
        problems.append(Problem(shown, vline, vcol, "vocabulary", message))
    elif isinstance(vocabulary, Problem):
        problems.append(vocabulary)
    else:
        vocabulary_data = vocabulary
        vroot, vproblems = _parse(vocabulary, vshown)
        problems += vproblems
    vocab = None
    vpartial = None
    if vroot is not None:
        vocab, vconv, vpartial = convert_partial(vroot, VocabularyFile, vshown)
        problems += vconv
    if partial is not None:
        _check_facts(partial, located)
    if vpartial is not None and vroot is not None:
        vlocated = _Located(vshown, vroot, problems)
        _check_vocabulary(vpartial, vlocated)
        problems += vlocated.problems
    if partial is not None and vpartial is not None:
        _check_details(partial, vpartial, located)
    problems += located.problems
    if problems or parsed is None or vocab is None or vocabulary_data is None:
        raise KnowledgeError(problems or [Problem(shown, 0, 0, "", "invalid file")])
    # The version is the hash of the very bytes parsed above.
    digest = hashlib.sha256()
    digest.update(facts)
    digest.update(vocabulary_data)
    warned = _Located(shown, root, [])
    _warn_unquoted(parsed, warned)
    return Knowledge(parsed, vocab, shown, vshown, digest.hexdigest()[:12], tuple(warned.problems))


def _names(facts: FactsFile) -> Iterator[tuple[str, str]]:
    """Every name a member may use, with the field path it comes from."""
    s = facts.series
    yield "series.name", s.name
    yield "series.short_name", s.short_name
    if s.name_zh:
        yield "series.name_zh", s.name_zh
    for i, alias in enumerate(s.aliases):
        yield f"series.aliases[{i}]", alias
    for i, ed in enumerate(facts.editions):
        for j, alias in enumerate(ed.aliases if ed is not None else ()):
            yield f"editions[{i}].aliases[{j}]", alias


def _check_facts(facts: FactsFile, at: _Located) -> None:
    seen_year: dict[int, int] = {}
    seen_ordinal: dict[int, int] = {}
    seen_count: dict[int, int] = {}
    for i, ed in enumerate(facts.editions):
        if ed is None:  # invalid item in a broken file; already reported
            continue
        p = f"editions[{i}]"
        for value, seen, field in (
            (ed.year, seen_year, "year"),
            (ed.ordinal, seen_ordinal, "ordinal"),
            (ed.count, seen_count, "count"),
        ):
            if value is None:
                continue
            if value in seen:
                at.add(
                    f"{p}.{field}",
                    f"duplicate edition {field} {value} (also editions[{seen[value]}])",
                )
            else:
                seen[value] = i
        for field, num in (("ordinal", ed.ordinal), ("count", ed.count)):
            if num is not None and num < 1:
                at.add(f"{p}.{field}", f"{field} must be 1 or more, got {num}")
        if ed.year < 1000 or ed.year > 2999:  # catches 217 or 20177, allows long series
            at.add(f"{p}.year", f"implausible year {ed.year}")
        if ed.start is None and ed.end is not None:
            at.add(f"{p}.start", "an end date needs a start date")
        if ed.start and ed.end:
            if ed.end < ed.start:
                at.add(f"{p}.end", f"end {ed.end} is before start {ed.start}")
            if ed.start.year != ed.year:
                at.add(f"{p}.start", f"start {ed.start} is not in the edition's year {ed.year}")
            if ed.ceremony and not ed.start <= ed.ceremony <= ed.end:
                at.add(f"{p}.ceremony", f"ceremony {ed.ceremony} is outside {ed.start}–{ed.end}")
        if ed.status in ("held", "announced") and ed.start is None:
            at.add(f"{p}.start", f"a {ed.status} edition needs start and end dates")
        for j, att in enumerate(ed.attendance):
            if att is not None and not att.figures:
                at.add(f"{p}.attendance[{j}].figures", "give at least one figure")
    seen_alias: dict[str, str] = {}
    for where, name in _names(facts):
        if name is None:
            continue
        key = name_key(name)
        if not key:
            at.add(where, "name has no letters or digits")
        elif key in seen_alias:
            at.add(where, f"alias {name!r} collides with {seen_alias[key]}")
        else:
            seen_alias[key] = where
    seen_faq: dict[str, int] = {}
    for i, qa in enumerate(facts.faq):
        if qa is None:
            continue
        if qa.id in seen_faq:
            at.add(f"faq[{i}].id", f"duplicate id {qa.id!r} (also faq[{seen_faq[qa.id]}])")
        seen_faq.setdefault(qa.id, i)
        if qa.edition is not None and qa.edition not in seen_year:
            at.add(f"faq[{i}].edition", f"no edition with year {qa.edition}")
        if not qa.questions:
            at.add(f"faq[{i}].questions", "give at least one question")
    for i, host in enumerate(facts.series.hosts):
        if host is not None and host.until is not None and host.until < host.since:
            at.add(f"series.hosts[{i}].until", f"until {host.until} is before since {host.since}")


def _check_details(facts: FactsFile, vocab: VocabularyFile, at: _Located) -> None:
    """Every detail names an attribute the vocabulary declares (else no question reaches it)."""
    declared = {a.id for a in vocab.attributes if a is not None}
    places = [("series", facts.series.details)] + [
        (f"editions[{i}]", ed.details) for i, ed in enumerate(facts.editions) if ed is not None
    ]
    kinds = {"people"} | {k.id for k in vocab.figure_kinds if k is not None}
    for prefix, details in places:
        for j, d in enumerate(details):
            if d is not None and d.about not in declared:
                known = ", ".join(sorted(declared)) or "none"
                at.add(
                    f"{prefix}.details[{j}].about",
                    f"unknown attribute {d.about!r} (the vocabulary declares: {known})",
                )
            for k, f in enumerate(d.figures if d is not None else ()):
                _check_kind(f, kinds, f"{prefix}.details[{j}].figures[{k}].kind", at)
    for i, ed in enumerate(facts.editions):
        for j, att in enumerate(ed.attendance if ed is not None else ()):
            for k, f in enumerate(att.figures if att is not None else ()):
                _check_kind(f, kinds, f"editions[{i}].attendance[{j}].figures[{k}].kind", at)


def _check_kind(f: Figure | None, kinds: set[str], where: str, at: _Located) -> None:
    """A figure's kind is people or one the vocabulary declares (else no question asks it)."""
    if f is not None and f.kind not in kinds:
        known = ", ".join(sorted(kinds))
        at.add(where, f"unknown figure kind {f.kind!r} (known: {known})")


def _warn_unquoted(facts: FactsFile, at: _Located) -> None:
    """Warn where a figure or a date does not carry the source's own words."""
    for i, ed in enumerate(facts.editions):
        p = f"editions[{i}]"
        for j, att in enumerate(ed.attendance):
            for k, fig in enumerate(att.figures):
                if not (fig.quote or att.quote):
                    at.add(
                        f"{p}.attendance[{j}].figures[{k}]",
                        f"figure {fig.number:,} {fig.unit} has no quote: add the source's words",
                    )
        for j, d in enumerate(ed.details):
            if d.number is not None and not d.quote:
                at.add(f"{p}.details[{j}]", f"{d.about} figure {d.number:,} has no quote")
        if ed.start is not None:
            quoted = {c.about for c in ed.citations if c.quote}
            if not quoted & {"dates", "start"}:
                at.add(f"{p}.start", "the dates have no quote: add a citation about: dates")


def _check_vocabulary(vocab: VocabularyFile, at: _Located) -> None:
    seen: dict[str, int] = {}
    for i, intent in enumerate(vocab.intents):
        if intent is None:
            continue
        if intent.id in seen:
            at.add(
                f"intents[{i}].id",
                f"intent {intent.id!r} is defined twice (also intents[{seen[intent.id]}])",
            )
        seen.setdefault(intent.id, i)
    if len(vocab.zh_out_simplified) != len(vocab.zh_out_traditional):
        at.add(
            "zh_out_traditional",
            f"{len(vocab.zh_out_traditional)} characters for {len(vocab.zh_out_simplified)} in "
            "zh_out_simplified: the two strings pair up character by character",
        )
    if len(vocab.zh_traditional) != len(vocab.zh_simplified):
        at.add(
            "zh_simplified",
            f"{len(vocab.zh_simplified)} characters for {len(vocab.zh_traditional)} in "
            "zh_traditional: the two strings pair up character by character",
        )
    en = vocab.templates.get("en")
    if en is None:
        at.add("templates", "templates need an 'en' section")
    else:
        for name in sorted(REQUIRED_TEMPLATES - set(en)):
            at.add("templates.en", f"missing template {name!r}")
    parts = {k.id for k in vocab.figure_kinds if k is not None and k.part}
    for i, kind in enumerate(vocab.figure_kinds):
        if kind is not None and kind.rest_of is not None and kind.rest_of not in parts:
            at.add(
                f"figure_kinds[{i}].rest_of",
                f"{kind.rest_of!r} is no figure kind with part: true (those are: "
                f"{', '.join(sorted(parts)) or 'none'})",
            )
    for lang, table in vocab.templates.items():
        for name in sorted(set(table) - REQUIRED_TEMPLATES):
            at.add(f"templates.{lang}.{name}", f"unknown template {name!r}")
    months = set(vocab.months.values())
    if months != set(range(1, 13)):
        at.add("months", "every month 1–12 needs a name")
