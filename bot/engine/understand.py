"""Understanding a question: which editions it names, what it asks, and whether it is ours."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import compress
from operator import not_

from .faqmatch import dice, score_faq
from .lexicon import Lexicon
from .lexparts import zh_bigrams
from .patterns import lazy
from .reading import Reading, Ref
from .scanning import (
    FIGURE_LEADS,
    HEADS,
    ORDINAL,
    ZH_BOUND_AFTER,
    cues,
    modifier,
    names_edition,
    number_word,
    ordinal_value,
    scan_phrases,
    second,
    zh_figures,
    zh_number,
)
from .spelling import spell
from .text import normalise

__all__ = ["Reading", "Ref", "read"]

_ORDER_CUES = frozenset({"earlier", "later"})
_THROUGH = frozenset({"to", "through", "thru", "till", "until"})
_LATIN_RUN = lazy(r"[A-Za-z]+")
_ZH_SPAN = lazy(r"([\u3400-\u9fff]{1,2})([0-9零〇一二两三四五六七八九十]+)届")  # 前三届
# 最多的 just before 前三届: a ranking's first three, not the first three editions
_ZH_RANKED_BEFORE = lazy(r"最[多少大小高低长短早晚][的]?$")
_MEAN_WORDS = frozenset({"average", "mean"})
_ZH_PLACE_IN_RANKING = lazy(r"排(?:名|在)?第[0-9一二两三四五六七八九十]+(?:名|位)?")
_ZH_ORDINAL = lazy(r"第([0-9零〇一二两三四五六七八九十百]+)届")  # 第一次 is "first time"
# 第十三年: the 13th year by the series' own count (第二年 is "the year after", read apart)
_ZH_YEAR_ORDINAL = lazy(r"第([0-9零〇一二两三四五六七八九十百]+)年(?!代)")
_FOUR_DIGITS = lazy(r"(?<!\d)\d{4}(?!\d)")
# 2000人, 2000以上: counts, not years
_ZH_COUNTED = lazy(rf"(\d{{4}})\s*(?=[人名位个家余]|多(?!少)|{ZH_BOUND_AFTER})")
_ZH_FIGURE = lazy(r"\d+[多余]?[个场项家名位人届次天年]?[多余]?")
_ZH_MONTH = lazy(r"(?<![0-9几第])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?")
# Words around a position word that make it name an edition ("the last one"), so that
# "how long did it last" is not read as "the latest".
_DETERMINERS = frozenset({"the", "this", "that", "its", "a", "our", "their"})
_SPANS = frozenset({"year", "years", "day", "days", "week", "weeks", "month", "months"})
_PRONOUNS = frozenset({"it", "they", "this", "that"})
_ZH_NOT_MONTH = lazy(
    r"(?<![是并])非(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|(?:周|星期|礼拜)[一二三四五六日天])"
)
_CAME = frozenset({"came", "come", "comes", "happened", "held", "occurred"})
_SEASON_LEADS = frozenset({"in", "the", "this", "last", "next", "that", "during", "over", "of"})
# "next edition which year?": words after "which" that make it the question, not a property
_ASKED_AFTER_WHICH = frozenset({"year", "month", "day", "date", "place", "city", "town"})
_UNAMBIGUOUS_RELATIVE = frozenset({"latest", "newest", "upcoming", "inaugural", "earliest"})
_new_reading = tuple.__new__


def _month_span(a: int, b: int) -> list[int]:
    """The months from ``a`` to ``b``, both included (November to January wraps)."""
    return [(a - 1 + k) % 12 + 1 for k in range((b - a) % 12 + 1)]


def read(question: str, lex: Lexicon) -> Reading:
    """Read one question against the lexicon; never raises."""
    scan = _Scan(zh_figures(question, lex.zh_numerals), lex)
    scan.names()
    scan.spans()
    scan.positions()
    scan.numbers()
    scan.seasons()
    if scan.han:  # Chinese ordinals, names and positions
        scan.chinese()
    return scan.reading()


class _Scan:
    """One question being read: which words are used by which reference, and what is left."""

    __slots__ = (
        "compact",
        "compact_all",
        "firsts",
        "fixes",
        "han",
        "lex",
        "n",
        "named",
        "named_faq",
        "other_event",
        "ref_words",
        "refs",
        "season_months",
        "series_at",
        "text",
        "used",
        "words",
        "zh_counted",
        "zh_months",
    )

    def __init__(self, question: str, lex: Lexicon) -> None:
        self.lex = lex
        self.text = normalise(question)
        words, self.fixes = spell(self.text, lex, question)
        # A tuple: its slices compare with the lexicon's phrases (tuples) as they are
        self.words = tuple(words)
        self.n = len(words)
        self.used = [False] * self.n
        self.refs: list[Ref] = []
        self.ref_words: set[str] = set()
        self.named = False
        self.series_at: dict[int, int] = {}  # start -> width of each series name ("it")
        self.named_faq: list[int] = []
        self.han = self.text.han > 0  # Chinese matching is skipped for Latin-only questions
        self.compact = self.text.compact.translate(lex.zh_table) if self.han else ""
        self.compact_all = self.compact
        self.zh_months: list[int] = []
        # four-digit numbers a Chinese counter follows: figures, not years ("2000人")
        self.zh_counted: set[str] = set(_ZH_COUNTED.findall(self.text.clean)) if self.han else set()
        if self.han:  # "超过1900吗": after a comparing word, a count too
            clean, leads = self.text.clean, lex.zh_figure_leads
            for m in _FOUR_DIGITS.finditer(clean):
                before = clean[: m.start()].rstrip()
                if before.endswith(leads) and not clean[m.end() :].lstrip().startswith("年"):
                    self.zh_counted.add(m[0])
        self.season_months: list[int] = []  # "in autumn": the months of autumn
        self.firsts = False  # "first" used as "for the first time", not as an edition
        self.other_event = False  # another event named whose name shares our words

    def take(self, i: int, width: int, ref: Ref | None) -> None:
        for j in range(i, min(i + width, self.n)):
            self.used[j] = True
        if ref is not None:
            self.ref_words.update(self.words[i : i + width])
            self.add(ref)

    def add(self, ref: Ref) -> None:
        if ref not in self.refs:
            self.refs.append(ref)

    def names(self) -> None:
        """Names first, so their words are not read as anything else."""
        words, used, lex = self.words, self.used, self.lex
        for i, width, year in scan_phrases(words, used, lex.edition_names):
            self.take(i, width, Ref("year", year))
            self.named = True
        for i, width, qi in scan_phrases(words, used, lex.faq_names):  # "Light of … Expo"
            self.take(i, width, None)
            self.named_faq.append(qi)
        for i, width, _ in scan_phrases(words, used, lex.other_events):  # before the series' names
            self.take(i, width, None)
            self.other_event = True
        marked = not lex.other_marks.isdisjoint(words) or not lex.foreign_nouns.isdisjoint(words)
        for i in range(len(words) - 2) if marked else ():
            # Another event's name: "the Global Internet Summit" (a mark, our name's words, an
            # event noun), "the <our name> Congress" (our name's words before an event noun
            # none of our names uses); a word only our names hold keeps a name ours
            mark = words[i] in lex.other_marks
            j = start = i + 1 if mark else i
            while j < len(words) and words[j] in lex.name_core:
                j += 1
            run, noun = words[start:j], words[j] if j < len(words) else ""
            other = (mark and run and noun in lex.event_nouns) or (
                len(run) >= 2 and noun in lex.foreign_nouns
            )
            if other and lex.distinct_words.isdisjoint(run) and not any(used[i : j + 1]):
                self.take(i, j - i + 1, None)
                self.other_event = True
        for i, width, _ in scan_phrases(words, used, lex.aliases):
            self.take(i, width, None)
            self.series_at[i] = width
            self.named = True

    def spans(self) -> None:
        """ "The first three summits", "the last two editions", 前三届, 最近两届: that many
        editions from the first (ordinals 1…N) or back from the latest."""
        words, n, lex = self.words, self.n, self.lex
        # "the 1st to the 6th": every edition between ("how many days from the 2nd to the
        # 9th" is a gap between two)
        timed = not lex.units.keys().isdisjoint(words)
        for i in range(n - 2) if not timed and not _THROUGH.isdisjoint(words) else ():
            if words[i + 1] not in _THROUGH or not (a := ordinal_value(words[i], lex)):
                continue
            j = i + 3 if words[i + 2] == "the" and i + 3 < n else i + 2
            b = ordinal_value(words[j], lex)
            if b is not None and a < b <= a + 50:
                for k in range(a, b + 1):
                    self.add(Ref("ordinal", k))
                self.take(i, j - i + 1, None)
        counted = not lex.first_n.isdisjoint(words) or not lex.last_n.isdisjoint(words)
        for i in range(n - 1) if counted else ():
            w = words[i]
            if (w not in lex.first_n and w not in lex.last_n) or self.used[i]:
                continue
            count = number_word(words[i + 1], lex, roman=False)
            # "the average attendance of the first four": editions, as the question ends
            head = words[i + 2] if i + 2 < n else lex.short
            plural = head in lex.event_nouns or head in HEADS or head == lex.short
            if count is None or not 2 <= count <= 50 or not plural or head in ("one", "s"):
                continue
            self._span(w in lex.last_n and w not in lex.first_n, count)
            self.take(i, min(3, n - i), None)
        if self.han:
            for m in _ZH_SPAN.finditer(self.compact):
                if _ZH_RANKED_BEFORE.search(self.compact, 0, m.start()):
                    # 参会国家最多的前三届: the top three of a ranking (the parse reads it)
                    self.compact = self.compact.replace(m[0], " ")
                    continue
                side = next((last for word, last in lex.span_zh if m[1].endswith(word)), None)
                count = zh_number(m[2], lex.zh_numerals)
                if side is not None and count is not None and 2 <= count <= 50:
                    self._span(side, count)
                    self.compact = self.compact.replace(m[0], " ")  # read: not unknown

    def _span(self, from_latest: bool, count: int) -> None:
        if from_latest:
            self.add(Ref("latest"))
            for depth in range(2, count + 1):
                self.add(Ref("from_last", depth))
        else:
            for k in range(1, count + 1):
                self.add(Ref("ordinal", k))

    def positions(self) -> None:
        """Position words and phrases ("most recent", "last year")."""
        words, n, lex = self.words, self.n, self.lex
        # "the third most recent", "3rd to last": counted back from the latest
        for i, width, _ in scan_phrases(words, self.used, lex.from_last):
            if i and not self.used[i - 1] and (depth := ordinal_value(words[i - 1], lex)):
                ref = Ref("latest") if depth == 1 else Ref("from_last", depth)
                self.take(i - 1, 1 + width, ref)
        for i, width, kind in scan_phrases(words, self.used, lex.relative):
            if i + width < n and words[i + width] in ("day", "days", "week", "minute"):
                continue  # "the last day of the 4th one": its closing day, not the latest one
            after = words[i + width] if i + width < n else ""
            then = words[i + width + 1] if i + width + 1 < n else ""
            asks = words[i + width + 2] if then == "which" and i + width + 2 < n else ""
            if asks in _ASKED_AFTER_WHICH or kind in ("this_year", "last_year", "next_year"):
                then = ""  # "next edition, which year?", "this year is which edition?": asked
            if then in ("with", "that", "to", "which") or (
                after not in HEADS
                and after not in lex.event_nouns
                and after != lex.short
                and (then in HEADS or then in lex.event_nouns or then == lex.short)
                and after.endswith("ed")
            ):
                # "the last one with a number", "the last numbered one": a property. The
                # latest one by the numbering is still the latest, of the numbered editions
                # (the answer picks among those); any other property is not read.
                nearby = words[i + width : i + width + 5]
                numbered = any(
                    "numbering" in lex.intent_words.get(w, ()) or w in lex.markers for w in nearby
                )
                if kind == "latest" and numbered:
                    self.take(i, width, Ref(kind))
                continue
            if width == 1 and words[i] not in _UNAMBIGUOUS_RELATIVE:
                before = words[i - 1] if i else ""
                after = words[i + 1] if i + 1 < n else ""
                in_name = after == lex.short or after in lex.event_nouns or after in HEADS
                if before not in _DETERMINERS and not in_name and n > 1:
                    continue
                if words[i] in lex.ordinals:  # "first" is also an ordinal; same edition
                    continue
            self.take(i, width, Ref(kind))
            order = lex.cue_words.get(words[i + width], ()) if i + width < n else ()
            if kind in ("previous", "following") and not _ORDER_CUES.isdisjoint(order):
                self.used[i + width] = True  # "the next year after 2016": where from, no comparison

    def numbers(self) -> None:
        """Ordinals, years and numbered names: "3rd", "'17", "2016", "No. 4", "EXS IV"."""
        words, used, n, lex = self.words, self.used, self.n, self.lex
        ordinals, leads = lex.ordinals, lex.number_leads
        for i, w in enumerate(words):
            if used[i]:
                continue
            prev = words[i - 1] if i else ""
            if w.isalpha() and w not in ordinals and prev not in leads:
                continue  # a plain word: none of the forms below
            if w[:1].isdigit() and (m := ORDINAL.fullmatch(w)):
                after = words[i + 1] if i + 1 < n else ""
                # "started on the 6th" beside a year named: a day of its month, no edition
                on_day = prev == "the" and i >= 2 and words[i - 2] == "on"
                on_day = on_day and any(len(x) == 4 and x.isdigit() for x in words)
                if (
                    prev in lex.months
                    or on_day
                    or (
                        after == "of"
                        and not lex.months.keys().isdisjoint(
                            (prev, after, words[i + 2] if i + 2 < n else "")
                        )
                    )
                ):
                    used[i] = True  # "November 8th", "the 8th of November": a day
                else:
                    self.take(i, 1, Ref("ordinal", int(m[1])))
            elif w in lex.ordinals:
                if i + 1 < n and words[i + 1] in ("time", "times"):  # "for the first time"
                    continue  # not an edition; left for the cues, which read it as a first
                if i + 2 < n and words[i + 1] == "year" and self._fact_after(i + 2):
                    self.firsts = True  # "the first year the expo was held": its first
                    continue
                after = words[i + 1] if i + 1 < n else ""
                heads = after in HEADS or after in lex.event_nouns or after == lex.short
                if prev in _CAME and not heads:
                    continue  # "which came first?": the order, left for the cues
                if after == "ever" and i + 2 < n and names_edition(words[i + 2], used[i + 2], lex):
                    self.take(i, 2, Ref("ordinal", lex.ordinals[w]))  # "the first ever summit"
                    continue
                if "theme" in lex.intent_words.get(after, ()):
                    self.take(i, 1, Ref("ordinal", lex.ordinals[w]))  # "the first theme"
                    continue
                detail_before = any(a.startswith("attr:") for a in lex.intent_words.get(prev, ()))
                named = prev == lex.short or prev in lex.event_nouns  # "did the summit first…"
                if (prev in _PRONOUNS or named) and not heads and lex.ordinals[w] == 1:
                    # "what is the expo and when was it first held?": the detail's first
                    # (or after it: "when did they first do the expo?", "when did the
                    # summit first have an expo?")
                    said = (a for x in words for a in lex.intent_words.get(x, ()))
                    detail_before = any(a.startswith("attr:") for a in said)
                detail_after = any(a.startswith("attr:") for a in lex.intent_words.get(after, ()))
                if (detail_before and not heads) or (lex.ordinals[w] == 1 and detail_after):
                    # "when was the expo first held", "the first expo": its first, no edition
                    self.firsts = True
                    continue
                elif (
                    i + 1 >= n
                    or names_edition(words[i + 1], used[i + 1], lex)
                    or (after == "held" and not self._fact_after(i + 2))
                    # "the third, fifth and sixth editions": one of a list of them
                    or after in lex.ordinals
                    or (after in ("and", "or") and i + 2 < n and words[i + 2] in lex.ordinals)
                    or prev in lex.ordinals  # ("the eleventh and twelfth": the last of them)
                    or (prev in ("and", "or") and i >= 2 and words[i - 2] in lex.ordinals)
                    # "since the first opening", "the first closing ceremony": the 1st's
                    or (
                        not {"start", "end"}.isdisjoint(lex.intent_words.get(after, ()))
                        and prev in lex.stop
                    )
                ):
                    # "when was the first held?": the 1st; "first held online": a first
                    self.take(i, 1, Ref("ordinal", lex.ordinals[w]))
                elif lex.ordinals[w] == 1:
                    self.firsts = True  # "first released", "the first development report"
            elif w.startswith("#") and w[1:].isdigit():
                self.take(i, 1, Ref("ordinal", int(w[1:])))
            elif w.startswith("'") and w[1:].isdigit():
                self.take(i, 1, Ref("year", 2000 + int(w[1:])))
            elif (
                len(w) == 5 and w[-1] == "s" and w[:4].isdigit() and int(w[:4]) in lex.edition_years
            ):
                clean = self.text.clean
                if f"{w[:4]}'s" in clean or f"{w[:4]}’s" in clean:  # "2020's": that edition's
                    self.take(i, 1, Ref("year", int(w[:4])))
            elif w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2199:
                # "more than 2000 guests" is a figure; "more forums than 2015" an edition;
                # "2000人" is people, "2015年" a year
                if w in self.zh_counted:
                    continue
                if int(w) not in lex.edition_years and not lex.people_words.isdisjoint(
                    words[i + 1 : i + 4]
                ):
                    continue  # "which edition had 2000 (or more) participants?": people
                if self.han and any(lead + w in self.text.compact for lead in lex.zh_figure_leads):
                    continue  # "超过2000", "至少2000": a figure, not the year 2000
                # the figure before: "between 1500 and 2000", 1000到2000 (到 is no word)
                if self.han:
                    ranged = any(f"{prev}{z}{w}" in self.text.compact for z in ("到", "至", "-"))
                    figure_before = prev if ranged else ""
                else:
                    figure_before = words[i - 2] if prev in ("and", "to") and i > 1 else ""
                if figure_before.isdigit() and int(figure_before) < 1900:
                    continue  # "between 1500 and 2000 guests": a range of figures
                edition_after_about = prev == "about" and int(w) in lex.edition_years
                # "the most, other than 2022": that edition left out, not a figure
                edition_after_about |= (
                    prev == "than" and i > 1 and words[i - 2] == "other"
                ) and int(w) in lex.edition_years
                if (
                    prev not in FIGURE_LEADS
                    or edition_after_about
                    or self._compared_year(i, int(w))
                ):
                    self.take(i, 1, Ref("year", int(w)))  # "what about 2019": the year
                elif prev == "over" and self._listed_year(i, int(w)):
                    # "the average over 2022, 2023 and 2025", "over 2014-2025": the years
                    # taken, not a figure above 2022 (nor "over" as the closing)
                    self.take(i - 1, 2, Ref("year", int(w)))
            elif (
                (prev in lex.markers or prev == lex.short)
                and (i + 1 >= n or words[i + 1] not in _SPANS)  # "one six years ago": a span
                # (<short>每年都在11月: Chinese between them, a month — not "<short> 11")
                and not (self.han and prev == lex.short and not self._adjacent(prev, w))
            ):  # "No. 4", "number four", "EXS IV"
                number = number_word(w, lex, roman=prev == lex.short)
                year = 2000 + int(w) if len(w) == 2 and w.isdigit() else 0
                # "<short name> 23": more than there have been editions, and a year there
                # was one (or the next): the year, as "<short name>23" is
                beyond = number is not None and number > len(lex.edition_years)
                dated = year in lex.edition_years or year - 1 in lex.edition_years
                if prev == lex.short and beyond and dated:
                    self.take(i, 1, Ref("year", year))
                    continue
                if number is not None:
                    self.take(i, 1, Ref("ordinal", number))
                    if prev != lex.short:
                        used[i - 1] = True

    def _adjacent(self, a: str, b: str) -> bool:
        """Whether word ``b`` follows ``a`` in the text as written (a space between at most),
        not only once the Chinese between them is set aside."""
        clean = self.text.clean.casefold()
        return f"{a}{b}" in clean or f"{a} {b}" in clean

    def _fact_after(self, i: int) -> bool:
        """Whether a word from ``i`` on asks a kind of fact ("… held online")."""
        get = self.lex.intent_words.get
        return any(n.startswith("attr:") for w in self.words[i:] for n in get(w, ()))

    def seasons(self) -> None:
        """A season after "in", "the", "this"…: its months ("held in autumn?"); elsewhere it
        is another word ("Summer Davos") and stays unknown."""
        words, lex = self.words, self.lex
        if lex.seasons.keys().isdisjoint(words) and lex.season_heads.isdisjoint(words):
            return
        for i, w in enumerate(words):
            # ("in autumn or winter": the second season joined to the first)
            joined = i >= 2 and words[i - 1] in ("or", "and") and words[i - 2] in lex.seasons
            joined = joined and self.used[i - 2]
            verb = (i + 1 < self.n and words[i + 1] == "on") or (
                i + 1 == self.n and i and words[i - 1] not in _SEASON_LEADS and not joined
            )
            if w in lex.seasons and verb:
                # "did the ceremony fall on a Monday?", "when does the anniversary fall": the
                # verb, no season
                self.used[i] = True
                continue
            if self.used[i] or not i or (words[i - 1] not in _SEASON_LEADS and not joined):
                continue
            if w in lex.seasons:
                self.season_months += lex.seasons[w]
                self.used[i] = True
            elif w in lex.season_heads and i + 1 < self.n:
                # "in the fourth quarter", "the second half of the year"
                pair = f"{w} {words[i + 1]}"
                if pair in lex.seasons:
                    self.season_months += lex.seasons[pair]
                    self.used[i] = self.used[i + 1] = True

    def _listed_year(self, i: int, year: int) -> bool:
        """Whether the year at ``i`` is an edition's and opens a list or range of them."""
        words, lex = self.words, self.lex
        j = i + 2 if i + 1 < self.n and words[i + 1] in ("and", "to", "through") else i + 1
        following = words[j] if j < self.n else ""
        return (
            year in lex.edition_years
            and following.isdigit()
            and int(following) in lex.edition_years
        )

    def _compared_year(self, i: int, year: int) -> bool:
        """ "did 2014 have more forums than 2015": the year after "than" is an edition when it
        is one, another edition is named, and no counted noun follows ("than 2015 guests")."""
        words, lex = self.words, self.lex
        if words[i - 1] != "than" or year not in lex.edition_years or not self.refs:
            return False
        after = words[i + 1] if i + 1 < self.n else ""
        return (
            after == ""
            or after in lex.stop
            or after in lex.event_nouns
            or after in lex.name_words
            or after in lex.chat
            or after in HEADS
            or "verify" in lex.cue_words.get(after, ())
        )

    def chinese(self) -> None:
        """Chinese ordinals, names and position words; what they use is cut from the text."""
        if not self.han:
            return
        lex = self.lex
        counted_back: list[str] = []
        for m in _ZH_ORDINAL.finditer(self.compact):
            value = zh_number(m[1], lex.zh_numerals)
            back = next((b for b in lex.from_last_zh if self.compact.endswith(b, 0, m.start())), "")
            if back and value:  # 倒数第三届: the third counted back from the latest
                self.add(Ref("latest") if value == 1 else Ref("from_last", value))
                counted_back.append(back + m[0])
            elif value is not None:
                self.add(Ref("ordinal", value))
        for m in _ZH_YEAR_ORDINAL.finditer(self.compact):
            value = zh_number(m[1], lex.zh_numerals)
            if value is not None and value >= 3:
                self.add(Ref("ordinal", value))
                counted_back.append(m[0])
        for text in counted_back:
            self.compact = self.compact.replace(text, " ")
        for zh_name, year in lex.edition_names_zh:
            if zh_name in self.compact:
                self.named = True
                self.compact = self.compact.replace(zh_name, " ")
                self.add(Ref("year", year))
        for other in lex.other_events_zh:  # another event sharing our words, not ours
            if other in self.compact:
                self.compact = self.compact.replace(other, " ")
                self.other_event = True
        for mark in lex.other_marks_zh:  # a mark (全球, 亚洲), our name's tail, a noun: not ours
            at = self.compact.find(mark)
            rest = self.compact[at + len(mark) :] if at >= 0 else ""
            core = next((c for c in lex.name_cores_zh if rest.startswith(c)), "")
            if core and any(rest[len(core) :].startswith(n) for n in lex.event_nouns_zh):
                self.compact = self.compact.replace(mark + core, " ", 1)
                self.other_event = True
        for zh_alias in lex.aliases_zh:
            if zh_alias in self.compact:
                self.named = True
                self.compact = self.compact.replace(zh_alias, " ")
        # 最近怎么样: a greeting that holds a position word (最近) is not a position; the
        # greeting itself stays for the intents
        social = self.compact
        for zh_phrase, intent in lex.intent_zh:
            if intent == "greeting" and zh_phrase in social:
                social = social.replace(zh_phrase, " ")
        for zh_phrase, kind in lex.relative_zh:
            if zh_phrase in social:
                # "最后一届有官方届次的": the last one that had something, a property
                owning = (
                    # (今年有没有…的: a question of that year, 有没有 asks, it owns nothing)
                    re.search(
                        f"{re.escape(zh_phrase)}有(?!没有|冇)[^多几什么哪谁]{{1,6}}的", self.compact
                    )
                    is not None
                )
                self.compact = self.compact.replace(zh_phrase, " ")
                social = social.replace(zh_phrase, " ")
                if not owning and not (kind == "first" and Ref("ordinal", 1) in self.refs):
                    self.add(Ref(kind))
        self.compact = _ZH_ORDINAL.sub(" ", self.compact)
        self.compact = _ZH_PLACE_IN_RANKING.sub(" ", self.compact)  # 排第二: read by the parse
        found = list(_ZH_MONTH.finditer(self.compact))
        self.zh_months = [v for m in found if (v := zh_number(m[1], lex.zh_numerals))]
        if len(self.zh_months) == 2 and self.compact[found[0].end() : found[1].start()] in (
            "到",
            "至",
            "-",
            "~",
        ):
            self.zh_months = _month_span(*self.zh_months)  # 9月到12月: the months between too
        self.compact = _ZH_MONTH.sub(" ", self.compact)
        for season, months in lex.seasons_zh:  # 秋天: the months of autumn
            if season in self.compact:
                self.zh_months += months
                self.compact = self.compact.replace(season, " ")

    def months(self) -> tuple[int, ...]:
        """Months named: "November", "nov", "11月"."""
        lex = self.lex
        found = self.zh_months
        if not found and not self.season_months and lex.months.keys().isdisjoint(self.words):
            return ()  # most questions
        if not lex.months.keys().isdisjoint(self.words):
            found = [
                lex.months[w]
                for i, w in enumerate(self.words)
                if not self.used[i] and w in lex.months
            ]
            found += self.zh_months
        found = [*found, *self.season_months]
        at = [i for i, w in enumerate(self.words) if w in lex.months and not self.used[i]]
        if len(found) == 2 and len(at) == 2 and found[0] != found[1]:
            i, j = at
            between = self.words[i + 1 : j]
            lead = self.words[i - 1] if i else ""
            if between in (("to",), ("through",), ("thru",), ("till",), ("until",)) or (
                between == ("and",) and lead == "between"
            ):
                found = _month_span(found[0], found[1])  # "from September to November"
        return tuple(dict.fromkeys(m for m in found if m))

    def intents(self, content: frozenset[str]) -> tuple[dict[str, float], dict[str, int]]:
        """Intent scores from words, phrases, Chinese and taught phrasings; where each starts."""
        words, used, lex = self.words, self.used, self.lex
        scores: dict[str, float] = {}
        first_at: dict[str, int] = {}
        seen: set[str] = set()
        signals = lex.intent_words
        for i, w in enumerate(words):
            hits = signals.get(w)
            if hits is None or used[i] or w in seen:
                continue
            if w in FIGURE_LEADS and i + 1 < self.n and words[i + 1][:1].isdigit():
                continue  # "over 2000 guests": a comparison, not "when was it over"
            if w == "over" and not _MEAN_WORDS.isdisjoint(words[i + 1 : i + 4]):
                continue  # "over the overall average": a comparison too
            seen.add(w)
            for intent in hits:
                scores[intent] = scores.get(intent, 0.0) + 1.0
                if intent not in first_at:
                    first_at[intent] = i
        matched: set[tuple[tuple[str, ...], str]] = set()
        sizes, named = lex.intent_phrase_sizes, lex.intent_phrase_names
        n = self.n
        for i, w in enumerate(words):
            if (seconds := sizes.get(w)) is None:
                continue  # most words start no phrase
            after = words[i + 1] if i + 1 < n else ""
            for size in seconds.get(after) or seconds.get("", ()):
                phrase = words[i : i + size]
                if len(phrase) == size and (intents := named.get(phrase)) is not None:
                    end = i + size
                    if phrase[-1] in ("from", "than") and end < n and words[end].isdigit():
                        # "the attendance from 2016 through 2019": years, no source; "other
                        # than 15": a figure, no place
                        continue
                    for intent in intents:
                        matched.add((phrase, intent))
                        first_at[intent] = min(first_at.get(intent, i), i)
        if self.series_at:
            matched.update(self._as_it())
            # "the official <series name>s": the numbered editions (as "official editions")
            at = words.index("official") if "official" in words else -1
            if 0 <= at < len(words) - 1 and words[at + 1] in lex.name_words:
                matched.add((("official",), "numbering"))
        for _phrase, intent in matched:
            scores[intent] = scores.get(intent, 0.0) + 1.5
        if self.han:
            self._intents_zh(scores, first_at)
        for phrasing, intent in lex.phrasings if content else ():
            if phrasing and dice(content, phrasing) >= 0.8:
                scores[intent] = scores.get(intent, 0.0) + 3.0
        return scores, first_at

    def _intents_zh(self, scores: dict[str, float], first_at: dict[str, int]) -> None:
        """The Chinese intent phrases in the question, scored into ``scores``."""
        found_zh: dict[tuple[str, str], int] = {}
        compact, at_char = self.compact, self.lex.intent_zh_at
        for i, ch in enumerate(compact):
            named = i > 0 and compact[i - 1] == "年"  # 2020年论坛比…: the edition, not a figure
            for zh_phrase, intent in at_char.get(ch, ()):
                nouns = self.lex.event_nouns_zh
                if named and zh_phrase.startswith(nouns) and zh_phrase not in nouns:
                    continue  # (论坛比 after 年; 博览会 itself still names the expo)
                if compact.startswith(zh_phrase, i):
                    found_zh.setdefault((zh_phrase, intent), i)
        spans = [(at, at + len(z), name) for (z, name), at in found_zh.items()]
        for (zh_phrase, intent), at in list(found_zh.items()):
            end = at + len(zh_phrase)
            if any(a <= at and end <= b and b - a > end - at and n != intent for a, b, n in spans):
                del found_zh[(zh_phrase, intent)]  # inside a longer phrase: 主旨 in 主旨演讲
        for (zh_phrase, intent), at in found_zh.items():
            # longer phrases are more specific: 第几届 beats 几届
            scores[intent] = scores.get(intent, 0.0) + 1.0 + 0.25 * (len(zh_phrase) - 1)
            first_at.setdefault(intent, self.n + at)

    def _as_it(self) -> Iterator[tuple[tuple[str, ...], str]]:
        """Phrases found once the series' name is read as "it": "when did the Example Summit
        start" ~ "when did it start". Only phrases holding that "it" are new; any other
        stands in the words as typed, and was found there."""
        as_it: list[str] = []
        its: list[int] = []
        i = 0
        for start in sorted(self.series_at):  # each name, in order, read as "it"
            if start < i:
                continue  # within a name already read (never: names do not overlap)
            as_it += self.words[i:start]
            if as_it and as_it[-1] in _DETERMINERS:
                as_it.pop()
            its.append(len(as_it))
            as_it.append("it")
            i = start + self.series_at[start]
        as_it += self.words[i:]
        last, index, read_as = len(as_it) - 1, self.lex.it_phrases, tuple(as_it)
        for at in its:
            after = as_it[at + 1] if at < last else ""
            for phrase, intent, offset in index.get(after, ()):
                start = at - offset
                if start >= 0 and read_as[start : start + len(phrase)] == phrase:
                    yield phrase, intent
            # phrases ending in "it" ("how many it") stand before any word
            for phrase, intent, offset in index.get("", ()) if after else ():
                start = at - offset
                if start >= 0 and read_as[start : start + len(phrase)] == phrase:
                    yield phrase, intent

    def events(self) -> tuple[bool, bool]:
        """Whether an event noun is used, and whether it names another event ("Web Summit")."""
        words, used, lex = self.words, self.used, self.lex
        event_noun = foreign = False
        for i, w in enumerate(words) if not lex.event_nouns.isdisjoint(words) else ():
            if used[i] or w not in lex.event_nouns:
                continue
            event_noun = True
            before = words[i - 1] if i else ""
            if before and not used[i - 1] and modifier(before, lex):
                foreign = True
        if self.han and any(noun in self.compact for noun in lex.event_nouns_zh):
            event_noun = True
        if self.other_event:
            return True, True
        return event_noun, foreign

    def unknown(self, free: Sequence[str], foreign: bool) -> tuple[tuple[str, ...], str]:
        """Words (and Chinese text) we cannot account for, and the Chinese leftover."""
        lex = self.lex
        leftover = self.compact
        for known, _ in lex.zh_strip.within(leftover) if self.han else ():
            if known in leftover:
                leftover = leftover.replace(known, " ")
        unknown = [
            w
            for w in free
            if (w not in lex.known or w in lex.outside)
            and not w.isdigit()
            and not (len(w) == 5 and w.endswith("0s") and w[:4].isdigit())  # "2010s": a decade
        ]
        if foreign:
            unknown.append("<event>")
        for name in lex.outside_zh if self.han else ():
            if name in self.text.compact:  # "华为在博览会上展示了什么": a name we do not hold
                unknown.append(name)
        # Chinese text we cannot account for: 进博会 (a Latin word we know among it is read as a
        # word: "多几家companies" leaves 多几家; English run together around a Chinese word,
        # "whichyearhad智能", stays unexplained)
        vocabulary = lex.known
        spaced = _LATIN_RUN.sub(lambda m: " " if m[0].casefold() in vocabulary else m[0], leftover)
        for segment in spaced.split():
            # a figure and its measure word ("24场", "300家") is counted, not unknown
            rest = _ZH_FIGURE.sub("", segment)
            # (习近平致: a name the facts hold, run into the one verb after it)
            named = any(rest.startswith(n) and len(rest) <= len(n) + 1 for n in lex.speakers_zh)
            if named:
                continue
            if len(rest) >= 2 and any(b not in lex.zh_bigrams for b in zh_bigrams(rest)):
                unknown.append(segment)
        return tuple(unknown), leftover

    def reading(self) -> Reading:
        lex, words, used = self.lex, self.words, self.used
        free: Sequence[str] = words
        unused: Sequence[str] = words
        if True in used:  # the free words, and every word with the used ones blanked (in C)
            free = list(compress(words, map(not_, used)))
            unused = list(words)
            for i in compress(range(self.n), used):
                unused[i] = ""
        stop = lex.stop
        content = tuple([w for w in free if w not in stop and not w.isdigit()])
        content_set = frozenset(content)
        scores, first_at = self.intents(content_set)
        event_noun, foreign = self.events()
        unknown, leftover = self.unknown(free, foreign)
        zh_rest = tuple(seg for seg in leftover.split() if len(seg) >= 2) if leftover else ()
        faq = score_faq(
            content_set,
            leftover,
            self.compact_all,
            words,
            lex,
            self.named_faq,
            self.ref_words,
        )
        order = lex.intent_order
        intents = tuple(scores.items())
        if len(intents) > 1:
            intents = tuple(sorted(intents, key=lambda kv: (-kv[1], order.get(kv[0], 99))))
        intent_at = tuple(first_at.items())
        if len(intent_at) > 1:
            intent_at = tuple(sorted(intent_at, key=second))
        found = cues(unused, self.compact, lex)
        if self.han and "非" in self.compact_all and _ZH_NOT_MONTH.search(self.compact_all):
            found = (*found, "outside")  # 非11月举办的: outside November, as 不在11月
        # Built from its fields in order (as Reading._make does, without its checks): with 17
        # keywords, Reading(...) takes six times as long
        return _new_reading(
            Reading,
            (
                self.text,  # text
                tuple(self.refs),  # refs
                intents,  # intents
                faq,  # faq
                self.named,  # series_named
                event_noun,  # event_noun
                unknown,  # unknown
                len(self.fixes),  # corrections
                self.months(),  # months
                content,  # content
                tuple(words),  # words
                (*found, "first") if self.firsts else found,  # cues
                tuple(self.fixes),  # corrected
                intent_at,  # intent_at
                zh_rest,  # zh_rest
                frozenset(words),  # word_set
                frozenset(scores),  # signalled
            ),
        )
