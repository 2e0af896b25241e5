"""The engine: a question (plus today's date and the conversation so far) in, an answer out.

A thin facade over the stages: ``understand.read`` (words), ``parse.parse`` (the typed query),
``decide.respond`` with ``evaluate`` (the answer), ``compose``/``sentences`` (its wording).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Literal

from . import aggregate, conditions, decide, evaluate, series, verify
from .answer import Answer, Context, Reply
from .claims import comparator_of
from .compose import Composer
from .knowledge import Knowledge
from .lexicon import Lexicon, build_lexicon
from .lexparts import zh_list
from .model import Detail, Edition, Upcoming
from .parse import (
    SELECTED,
    SPAN_ONLY,
    follow,
    negated,
    parse,
    per_day_asked,
    selected_claim,
    size_asked_only,
)
from .patterns import lazy
from .query import FOLDS, Claim, Query
from .quotes import attending, hedged
from .reading import Reading, Ref
from .records import replace
from .render import MissingText, Renderer, english_ordinal
from .resolve import Index, NoSuch
from .results import Selected, Verdict
from .scanning import number_word, said_count, zh_number
from .sentences import host_period
from .text import ascii_words, normalise, without_markup
from .timing import IN_THE_YEAR, ONE_BESIDE, month_end
from .understand import read

# Sentences joined with a space read "。 多4。" in Chinese: no space after full-width punctuation
_CJK_GAP = lazy(r"([。！？；：，、）」』])[ \t]+")
# Where a chat message splits into clauses: punctuation, symbols and emoji, and the words
# that join a story to a question ("… and i blanked", "…, anyway when …").
_CLAUSES = lazy(
    # (a comma or point inside a number — "2,000", "1.5" — ends no clause)
    r"(?!(?<=\d)[,.](?=\d))[,，、:：;；.。!！?？…()（）\[\]~—–\u2600-\u27bf\U0001f000-\U0001faff]+"
    r"|\s(?:and|but|so|anyway|anyways|-+)\s",
    re.IGNORECASE,
)
# References whose answer depends on how current the file is.
_TIME_RELATIVE = frozenset({"latest", "from_last", "this_year", "next", "next_year"})

__all__ = ["Answer", "Context", "Engine", "Reply"]


_PLUS = lazy(r"(?<![\dA-Za-z.])(\d[\d,]*)\s*\+(?![\d+])")


_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b")


def _iso_dates(question: str, months: Mapping[str, int]) -> str:
    """ "2017-12-04" is the 4th of December 2017 (年月日 in Chinese), never three figures;
    ``months`` are the vocabulary's month names (the longest of each is written)."""
    if not any(c in question for c in "-/.") or not any(c.isdigit() for c in question):
        return question  # most questions
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)

    def spoken(m: re.Match[str]) -> str:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m[0]
        if zh:
            return f"{year}年{month}月{day}日"
        names = [k for k, v in months.items() if v == month and k.isascii()]
        return f"{day} {max(names, key=len)} {year}" if names else m[0]

    question = _ISO_DATE.sub(spoken, question)
    if "/" not in question:
        return question

    def day_month(m: re.Match[str]) -> str:
        # "11/11", "(25/11)": a day of a month only where the order cannot matter (the same
        # two numbers) or one of them cannot be a month
        a, b = int(m[1]), int(m[2])
        if (a == b and 1 <= a <= 12) or 1 <= a <= 12 < b <= 31:
            month, day = a, b
        elif 1 <= b <= 12 < a <= 31:
            month, day = b, a
        else:
            return m[0]
        if zh:
            return f"{month}月{day}日"
        names = [k for k, v in months.items() if v == month and k.isascii()]
        return f"{max(names, key=len)} {day}" if names else m[0]

    return _SLASH_DATE.sub(day_month, question)


_SLASH_DATE = lazy(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_ZH_DIGITS |= {"七": 7, "八": 8, "九": 9}
_ZH_DATE_PART = lazy(r"([〇零一二两三四五六七八九十]{1,4})(年|月|日|号)")
_ZH_TEN_DAYS = {"上旬": "1日到10日", "中旬": "11日到20日", "下旬": "21日到31日"}


def _zh_number(text: str, unit: str) -> int | None:
    """二〇一九 (a year, digit by digit), 十一, 二十三 (a month or a day)."""
    if unit == "年":
        digits = [_ZH_DIGITS.get(ch) for ch in text]
        return int("".join(map(str, digits))) if None not in digits and len(text) == 4 else None
    if "十" not in text:
        return _ZH_DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    high = _ZH_DIGITS.get(tens, 0) if tens else 1
    low = _ZH_DIGITS.get(ones, 0) if ones else 0
    return high * 10 + low


_SHORT_YEAR_DATE = lazy(
    r"\b(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\.?[ -]'?(\d{2})\b(?![:\d])", re.I
)
_ZH_SHORT_EDITION = lazy(
    r"(?<![\d.])(1[4-9]|2\d)年(?=(?:的|那届|那一届)?(?:峰会|大会|论坛|那届|那一届|举办|举行|召开)"
    r"|[^，,。？?\d年]{1,3}(?:峰会|大会|论坛))|(?<=峰会|大会|论坛)(1[4-9]|2\d)年(?![前后多来以])"
)
_ZH_SHORT_YEAR_ALONE = lazy(r"(?<![\d.第了续过近多几每])(1[4-9]|2\d)年(?![前后多来以间内左度])")
_ZH_DECIMAL_WAN = lazy(r"(?<![\d.])(\d+\.\d+)万")
# 2022年不是国际组织主办的，对吗？, 第六届不是最后一届吧: a negated claim put for agreement (not
# 是不是, 有没有, nor the comparing 不到, 不超过)
_ZH_NEGATED_TAG = lazy(
    r"(?<![是有])(?:不是|并非|并不是|没有|不算)(?![不])[^？?]*?"
    r"(?:对吗|对吧|是吧|对不对|吧|是吗|嘛)[？?。!！\s]*$"
)
# 最多那届的上一届, 的下一届: a step from the editions a ranking names
_ZH_STEP_AFTER = lazy(
    r"(?:的|嘅)?(?:(?P<back>上一届|上届|前一届|前面那届|之前那届|之前一届|之前的那届|前一年|上一年)"
    r"|下一届|下届|后一届|之后那届|之后一届|之后的那届|后一年|下一年)"
)
# "2022 wasn't hosted by the organisation, right?", "the 2016 one didn't have an expo, did
# it?": a negated claim put for agreement
_EN_NEGATED_TAG = lazy(
    r"\b(?P<verb>was|were|is|are|did|does|do|has|have|had)(?:n['’]?t| not)\b(?P<rest>[^?]*?)"
    r",?\s*(?:right|correct|true|was it|were they|is it|did it|does it|has it|had it|eh|yeah)"
    r"\s*\?*\s*$",
    re.I,
)
_ZH_ALL = ("一共", "总共", "总计", "合计", "共计")
_ZH_GAP_MARK = lazy(
    r"(?:开幕|闭幕|开始|结束)(?:时)?(?:到|至)|之间|隔了|相隔|过了|到现在|到今天|至今"
)
# Words that bound a span of years ("up to last year": up to 2025)
_BOUND_WORDS = "up to|up until|until|till|through|thru|by|as of|before|since|after|prior to"
_ZH_SHORT_YEAR = lazy(r"(?<![\d年])(\d{2})年(\d{1,2})月")


def _short_years(
    question: str, months: Mapping[str, int], editions: frozenset[int] = frozenset()
) -> str:
    """ "9 Nov 22", "19-Nov-24" are 9 November 2022 and 19 November 2024; 22年11月9日 is
    2022年: a two-digit year written with a month."""
    if not any(ch.isdigit() for ch in question):
        return question

    def latin(m: re.Match[str]) -> str:
        month = months.get(m[2].casefold())
        return f"{m[1]} {m[2]} 20{m[3]}" if month and 1 <= int(m[1]) <= 31 else m[0]

    question = _SHORT_YEAR_DATE.sub(latin, question)
    if not question.isascii():
        question = _ZH_SHORT_YEAR.sub(lambda m: f"20{m[1]}年{m[2]}月", question)
        # 19年的峰会, 24年大会: a two-digit year before an edition's noun is that year
        question = _ZH_SHORT_EDITION.sub(lambda m: f"20{m[1] or m[2]}年", question)
        # 19年有多少个分论坛, 那23年呢: a two-digit year an edition was held in, where no count
        # of years can be meant (连续举办了13年, 近19年 keep theirs)
        question = _ZH_SHORT_YEAR_ALONE.sub(
            lambda m: f"20{m[1]}年" if 2000 + int(m[1]) in editions else m[0], question
        )
        # 0.2万人: ten-thousands written with a decimal (2,000)
        question = _ZH_DECIMAL_WAN.sub(lambda m: str(round(float(m[1]) * 10000)), question)
    return question


_ZH_DAYS_AS_RI = lazy(
    r"(?<=开足|开了|持续|为期|办了|一共|足足|连开|开咗|办咗)(\d{1,2}|[一二三四五六七八九十两])日"
)


# 那下降最多的呢, 减少最多的呢: a change the other way, asked after a change
_ZH_WAY_FOLLOW = lazy(
    r"(?:那|那么)?(?:下降|减少|增长|增加|上升)(?:得)?最多(?:的)?(?:是哪届|是哪一届)?呢?[？?]?"
)
_ZH_UP_DOWN = {"增长": "下降", "增加": "减少", "上升": "下降"}


def _zh_dates(question: str) -> str:
    """二〇一九年十一月九日 as 2019年11月9日, and 11月上旬 as 11月1日到10日: dates as the
    readers take them."""
    if question.isascii():
        return question

    def digits(m: re.Match[str]) -> str:
        n = _zh_number(m[1], m[2])
        return f"{n}{m[2]}" if n is not None else m[0]

    question = _ZH_DATE_PART.sub(digits, question)
    question = _ZH_DAYS_AS_RI.sub(r"\1天", question)  # 开足四日: four days (粤语, 文言)
    for part, days in _ZH_TEN_DAYS.items():
        if part in question:
            # 11月中旬之前: before its first day; 之后: after its last; else the ten days
            first, last = days.split("到")
            question = re.sub(rf"(\d{{1,2}})月{part}(?=之前|以前)", rf"\1月{first}", question)
            question = re.sub(
                rf"(\d{{1,2}})月{part}(?=之后|以后)",
                rf"\1月{last.replace('31日', '30日')}",
                question,
            )
            question = re.sub(rf"(\d{{1,2}})月{part}", rf"\1月{days}", question)
    return question


_SPOKEN_YEAR = re.compile(r"\b(twenty)[- ]([a-z]+)(?:[- ]([a-z]+))?\b", re.I)


def _spoken_years(question: str, lex: Lexicon) -> str:
    """ "twenty nineteen", "twenty twenty-one" are the years 2019 and 2021 (the number words
    are the vocabulary's)."""
    if "twenty" not in question.lower():
        return question  # most questions

    def number(word: str | None) -> int | None:
        return number_word(word.lower(), lex, roman=False) if word else None

    def year(m: re.Match[str]) -> str:
        tens, unit = number(m[2]), number(m[3])
        if tens is not None and 10 <= tens <= 19:  # "twenty nineteen"
            return f"{2000 + tens}" + (m[0][m.end(2) - m.start() :] if m[3] else "")
        if tens == 20:  # "twenty twenty", "twenty twenty-one"
            if unit is not None and 1 <= unit <= 9:
                return f"{2020 + unit}"
            return "2020" + (m[0][m.end(2) - m.start() :] if m[3] else "")
        return m[0]

    return _SPOKEN_YEAR.sub(year, question)


# (a dot or colon between two word characters ends no sentence: "example.org", "9:30")
_SENTENCE = lazy(r"(?:[^.!?:。！？]|(?<=\w)[.:](?=\w))+[.!?:。！？]*")
# an edition named by its year or number, then "the one before it"
_YEAR = lazy(r"\b(?:19|20)\d{2}\b")
# "2025年的前两届", "2019年峰会之后三届": the editions that many before (after) the year named
_ZH_OFFSET = lazy(
    r"((?:19|20)\d{2})\s*年([^，,。？?\d]{0,4}?)(?:的|嘅|之)?(前|后|後)(?:的)?([两二三四五\d])届"
)
# 上上届 alone: the one before the latest (上届 alone is the latest, as "the last one" is)
_ZH_BEFORE_LAST = lazy(r"(?<![年届的嘅])(上{2,3})(?:一)?届")
# 2022年的上上届, 第三届之后的第三届, 2016年之后第三届, 2019年往后数第二届: a step from an edition
_ZH_STEPS = lazy(
    r"(?P<anchor>(?:19|20)\d{2}\s*年|首届|第[一二三四五六七八九十\d]{1,3}届)(?:那届|那一届)?(?:的|嘅)?"
    r"(?:(?P<marks>上{2,4}|下{2,4})(?:一)?届"
    r"|(?:之|以)?(?P<dir>后|後|前|往后|往後|往前)(?:数)?的?第(?P<n>[一二两三四五六七八九\d])届)"
)
_ZH_BEFORE_NAMED = lazy(
    r"((?:19|20)\d{2}\s*年|第[〇零一二两三四五六七八九十\d]+届)([^，,。？?]{0,6}?)(?:的|嘅|之)?"
    r"(?:上一届|上届|前面那届)"
)
# a place in the list just answered: 其中第一届, 其中最后一届, 第二届呢 (after a pick)
_ZH_PICKED = lazy(
    r"(?P<among>其中的?)?(?:第(?P<nth>[一二三四五六七八九十\d]{1,2})届(?=呢|是|[？?]|$)"
    # (not 最后一届有官方届次的: the last that had something, a property)
    r"|(?P<last>最后一)届(?!有[^？?]{1,8}的))"
)
_ZH_NAMED = lazy(r"(?:19|20)\d{2}\s*年|第[〇零一二两三四五六七八九十\d]+届")
_ZH_ORDINAL_RANGE = lazy(
    r"(首届|第[一二三四五六七八九十\d]{1,3}届?|(?:19|20)\d{2}年)(?:到|至|~|～|-)"
    r"(第?[一二三四五六七八九十\d]{1,3}届|(?:19|20)\d{2}年)"
)
# 首届举办五年后, 第三届两年之后, 2014年五年后: N years from an edition
_ANCHORED_ZH = lazy(
    r"(?P<anchor>首届|第[一二三四五六七八九十\d]+届|(?:19|20)\d{2}年)(?:举办|召开)?的?"
    r"(?:(?P<n>[一二两三四五六七八九十\d]{1,2})年(?:之)?(?P<dir>后|前)"
    r"|(?:之)?(?P<dir2>后|前)的?第(?P<n2>[一二两三四五六七八九十\d]{1,2})年)"
)
# a place in the list just answered: "the first of those", "the 2nd of these", "the last one"
_PICKED = lazy(
    r"\b(?:the\s+)?(?P<which>first|second|third|fourth|fifth|sixth|last|latest|final|earliest"
    r"|most\s+recent|\d(?:st|nd|rd|th))\s+(?:one\s+|edition\s+)?(?:of\s+(?:those|these|them"
    r"|the\s+list)\b|in\s+the\s+list\b)"
    r"|\bthe\s+(?P<which2>first|second|third|fourth|fifth|last|latest|earliest|\d(?:st|nd|rd|th))"
    r"\s+one(?:'s)?\b",
    re.I,
)
# a correction of the last turn's step from the edition before it: "no, the one before",
# "no I meant the year after", "sorry, the next one"
_CORRECTION = lazy(
    r"\s*(?:no+|nope|nah|sorry|oops|actually)\b[\s,.!]*(?:i\s+meant\s+)?(?:the\s+)?"
    r"(?:one|year|edition|summit)?\s*(?:before|after)\b",
    re.I,
)
_GAPS = lazy(r"\b(?:gaps?|apart|consecutive)\b|间隔|相隔", re.I)
_EXTREME = lazy(r"\b(?:longest|shortest|biggest|smallest|largest|most|least|fewest)\b", re.I)
_SOCIAL = frozenset({"greeting", "thanks"})
# "since the organisation was founded", "before the org existed": a clause naming a dated
# series fact, for a cutoff at its day
_FACT_EDGE = lazy(
    r"\b(?P<prep>since|after|before)\s+(?P<what>(?:the\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+"
    r"(?:was\s+|got\s+|had\s+been\s+)?(?:founded|established|set\s+up|created|formed"
    r"|existed|became\s+an?\s+(?:international\s+)?organi[sz]ation)\b",
    re.I,
)
# time arithmetic and firsts keep the fact itself ("how many days after it was founded…")
_NOT_A_CUTOFF = frozenset({"first", "last", "days", "weeks", "months", "years", "long", "ago"})
# "in the last 5 years", "over the past decade": a span back from today
_LAST_YEARS = lazy(
    r"\s*\b(?:in|over|during|within)?\s*the\s+(?:last|past|previous)\s+"
    r"(?:(?P<n>\w+)\s+years|(?P<decade>decade))\b",
    re.I,
)
_CUTOFF_WORDS = (
    "by",
    "as of",
    "up to",
    "until",
    "till",
    "through",
    "before",
    "prior",
    "after",
    "since",
    "截",
    "之后",
    "以后",
    "以来",
)
# "by 1 October 2019", "as of November 2026", "before Oct 2019", "by mid-2021"
_CUTOFF = lazy(
    r"\b(?P<by>by|as of|up to|until|till|through|before|prior to|after|since)\s+(?:the )?"
    r"(?:(?P<edge>end|start|beginning) of\s+)?"
    r"(?:(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?: of)?\s+)?(?P<mon>[a-z]+\.?)\s+"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?|(?P<mid>mid-?\s*|middle of\s+))"
    r"(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
_AFTER_ZH = lazy(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?(?P<s>之后|以后|以来)"
)
_CUTOFF_ZH = lazy(
    r"(?:截至|截止到?|到)(?P<y>(?:19|20)\d{2})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?|(?P<mid>年?中))"
)
_ANCHOR_WORDS = ("after", "before", "follow", "preced", "prior to")
# "the edition with the most achievements", "the summit that had the fewest countries": an
# edition a ranking names, whose other facts are asked
_RANKED_ANCHOR = lazy(
    r"\bthe (?:edition|summit|conference|one|year|event)s? (?:with|that had|which had|having)"
    r" the (?:most|fewest|least|largest|biggest|smallest|highest|lowest|longest|shortest)"
    r"((?: [a-z][a-z-]*){1,4})",
    re.I,
)
# "… with the most sub-forums before 2024": the years a ranking is over
_RANK_BOUND_WORDS = frozenset({"before", "after", "since", "until", "prior", "up"})
_RANK_BOUND = lazy(r"\s+(before|after|since|until|prior to|up to)\s+((?:19|20)\d\d)\b", re.I)
# "the smallest one (by attendance)", "the biggest edition by exhibitors"
_RANKED_BY = lazy(
    r"\bthe (?P<adj>largest|biggest|greatest|highest|busiest|smallest|lowest|quietest) "
    r"(?:one|edition|summit|conference)\s*\(?by (?P<what>[a-z][a-z -]{2,30}?)\)?(?=\s*[?.!,]|$)",
    re.I,
)
# 成果最多的那届, 国家最少的一届: the same in Chinese
_RANKED_ANCHOR_ZH = lazy(r"([\u4e00-\u9fff]{1,6}?)最(多|少|长|短)的?(?:那一?届|一届|那次)")
# "the year Wang Huning gave the keynote", "the edition where the expo had 601 exhibitors": an
# edition a fact about it describes, whose other facts are asked
_FACT_NAMED = lazy(
    r"\b(?P<pre>(?:in|at|during|for) )?the (?:year (?:when |where |in which |that )?|"
    r"(?:edition|summit|conference|one|event) (?:when |where |in which |at which |that |which ))"
    r"(?P<clause>(?!(?:after|before|with|of|in|had|has|having|prior|since|following|was|is|"
    r"after|and|or|but|before|then|it|its|they|this|that|so|did|does|do|when|where)\b)"
    r"[a-z][a-z' -]*[a-z0-9][a-z0-9' -]*?)(?=\s*(?:[,?.!;]|$| and (?:what|how|when|which|who)\b))",
    re.I,
)
# 王沪宁做主旨演讲那年, 习近平现场出席的那一届: the same in Chinese
# "the year before Xi attended in person", "the edition after the one where Liu He spoke"
_FACT_STEP = lazy(
    r"\b(?:the (?:year|edition|summit|conference|one) (?:(?P<n>two|three|four|five|[2-9]) )?"
    r"|(?P<n2>two|three|four|five|[2-9]) (?:(?:editions?|summits?|conferences?|ones?) )?)"
    r"(?P<dir>before|after) (?:the (?:one|year|"
    r"edition|summit|conference) )?(?:when |where |in which |that )?"
    r"(?P<clause>(?!(?:it|that|this|the|its|then)\b)[a-z][a-z' -]*[a-z])"
    r"(?=\s*(?:[,?.!;—-]|$| and (?:what|how|when|which|who)\b))",
    re.I,
)
_SPOKE_IN_PERSON = lazy(
    r"\b(?:spoke|speak|talked|gave\s+(?:a\s+|the\s+|his\s+|her\s+)?(?:speech|keynote|address"
    r"|talk)|delivered\s+(?:a\s+|the\s+|his\s+|her\s+)?(?:speech|keynote|address))\s+in\s+person\b",
    re.I,
)
# "which edition came before the one where…", "what summit was held after the one…"
_CAME_BESIDE = lazy(
    r"\b(?P<noun>edition|summit|conference|one|year)\s+(?:came|was\s+held|took\s+place|happened)"
    r"\s+(?P<dir>before|after)\s+the\s+(?:one|edition|summit|conference|year)\b",
    re.I,
)
_PREPOSITIONS = frozenset({"of", "for", "in", "at", "during", "from", "to", "by", "about", "on"})
# "the one right after the first one held online": an edition beside the first (last) of those
# a clause selects
_FIRST_ANCHOR = lazy(
    r"\b(?:after|before)\s+(?P<anchor>the\s+(?:very\s+)?(?:first|last|latest)\s+"
    r"(?:one|edition|summit|conference)\s+(?:held|with|where|that|which|when|themed|having|"
    r"featuring|opened|hosted|online|offline|to\s+have|in\s+which)\b[^?.!,;]*?)"
    r"(?=\s*(?:[,?.!;]|$))",
    re.I,
)
# a follow-up asking only the manner ("and which ones by video?", 哪几次是视频, "in person?")
_WHICH_MANNER = lazy(
    r"\s*(?:(?:and|so|ok)[,\s]+)?(?:which|what)\s+(?:ones?|editions?|years?|times?)\s+"
    r"(?:were\s+|was\s+)?(?:by|via|through|over|in)\s+(?:video|letter|person)\s*[?.!]*\s*"
    r"|\s*(?:那)?(?:哪几次|哪几届|哪些|哪次|哪届)(?:是)?(?:视频|贺信|亲自|现场)[^，,。?？]{0,4}[?？]?\s*",
    re.I,
)
# "who gave the keynote (just) before Li Qiang?", "… after Wang Huning's?"
_KEYNOTE_BESIDE = lazy(
    r"\bwho\s+(?:gave|delivered|did|made|had)\s+the\s+keynote(?:\s+(?:speech|address))?\s+"
    r"(?:(?:most\s+recently|just|right|immediately)\s+)?(?P<dir>before|after)\s+"
    r"(?P<rest>[^?.!]+?)\s*[?.!]*\s*$",
    re.I,
)
_FACT_STEP_ZH = lazy(
    r"((?:[\u4e00-\u9fff]{2,6}?)(?:第一次|首次|最后一次|最近一次)[\u4e00-\u9fff]{2,8}?)的"
    r"((?:前|后)(?:一|两|二|三|四|五)届)"
)
_FACT_NAMED_ZH = lazy(r"([\u4e00-\u9fff]{3,12}?)的?(?:那一?年|那一?届|那次)")
_FACT_NAMED_NOT_ZH = frozenset("最上下去今明前后第几哪首")
_RANK_ALONE = frozenset({"what", "was", "is", "which", "tell", "me", "about", "show", "name"})
_RANK_STOP = frozenset({"have", "had", "has", "last", "lasted", "run", "ran", "get", "got"})
# A count or a total ("how many…", "the number of…", "count the…", "in total")
_COUNTING = lazy(
    r"\b(?:how many|how much|number of|count|in total|total"
    r"|which (?:editions|summits|conferences|ones))\b",
    re.I,
)
# "before the 5th one", "since the 2021 summit", "after it": an edition bounding the years
_BOUND = lazy(
    r"\b(?:before|prior to|after|since|up to|up until|through|thru|as of)\s+"
    r"(?P<anchor>that one|that|it|then|this|them"
    r"|the\s+[^?.!,;]+?)(?=\s*(?:[?.!,;]|$|\b(?:in total|altogether|combined|overall)\b))",
    re.I,
)
# the first end of a range said before its last ("from the 2nd …", "the 2nd through …")
_RANGE_START = lazy(r"\b(?:from|between)\b|\b\d+(?:st|nd|rd|th)\b|(?:19|20)\d\d", re.I)
_RUNNING = lazy(r"\b(?:cumulative|running|accumulated)\b", re.I)
# a time asked, or a figure announced before the edition itself: no bound
_ANCHOR_VERB = lazy(
    r"\s(?:had|has|have|was|were|is|are|did|does|released|held|hosted|gave|featured|took)\b",
    re.I,
)
_NOT_BOUNDED = lazy(
    r"\bhow (?:many|much) (?:days|weeks|months|years|hours|time)\b"
    r"|\b(?:announced|planned|scheduled|expected|registered|confirmed|between)\b",
    re.I,
)
_BOUND_ZH = lazy(
    r"(?P<anchor>(?:19|20)\d{2}年(?:那届|那一届|的)?(?:峰会|大会|论坛)?"
    r"|第[一二三四五六七八九十\d]+届(?:大会|峰会)?|首届(?:大会)?"
    r"|(?:第一次|首次|首届)[^之以，,。？?]{1,12})(?=之前|以前|之后|以后)"
)
# 之后一共…, 在那之前…: a bound on the edition talked about
_ZH_BOUND_LEAD = lazy(r"(?:那|在那|从那|自那)?(?P<side>之后|以后|之前|以前)")
_COUNTING_ZH = ("几届", "多少届", "几次", "多少次", "多少", "一共", "总共", "哪些", "哪几")
# "[the edition] [two years] [right] after <a description of another edition>"
# (<SHORT>: the series' short name, <NAMES>: the words of its names — from the vocabulary;
# each engine compiles these with its own words)
_ANCHORED_SRC = (
    r"(?P<noun>\bthe (?:edition|one|summit|conference|<SHORT>|event|year)\s+)?"
    r"(?:(?P<n>\w+) (?P<unit>years?|editions?|summits?|ones?) |(?P<bare>two|three|four|five|\d) )?"
    r"(?:(?:right|directly|immediately|just) )?"
    r"(?:(?P<verb>followed|preceded|came (?:right |directly |just )?(?:after|before))\s+"
    r"|(?P<dir>after|before|following|preceding|prior to)\s+)"
    r"(?P<anchor>the (?:one|edition|summit|conference|first|last|very first)\b[^?.!,;]*"
    r"|the (?!year\b|edition\b|one\b|summit\b|conference\b)[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}"
    r"(?=\s*(?:[?.!,;]|$|\s-))"
    r"|(?:the )?\d+(?:st|nd|rd|th)\b(?: (?:<SHORT>|edition|one|summit|conference)\b)?"
    r"|(?:the )?\d{4}\b(?: (?:<SHORT>|edition|one|summit|conference|forum)\b)?)"
)
# anchors the references read on their own: "2023", "the 4th", "the one", "the first one"
_GENERIC_ANCHOR_SRC = (
    r"(?:the )?(?:\d+(?:st|nd|rd|th)?|one|edition|summit|conference|first|last|very first)\b"
    r"(?: (?:<SHORT>|edition|one|summit|conference))?"
)
# a description after "the one" that says which ("themed…", "with 601…", "to have…")
_DESCRIBED = lazy(
    r"the (?:one|edition|summit|conference|first|last|very first)\b\s*"
    r"(?:one |edition |summit |conference )?"
    r"(?:themed|with|where|to|that|which|held|when|in which)\b",
    re.I,
)


_RANKED = lazy(
    r"\b(?:ranked|ranks|rank|placed|came|was|is|were)\s+(?:number\s+|no\.?\s*|#)?"
    r"(?P<n>first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-9]th|[1-9])\s+(?:by|for"
    r"|in(?=\s+(?:terms\s+of\s+)?(?:attendance|countries|exhibitors|sub-?forums|achievements)))"
    r"\s+(?:terms\s+of\s+)?(?!20\d\d)",
    re.I,
)
_RANK_WORDS = {"1": "", "1st": "", "first": "", "2": "second ", "2nd": "second "}


def _ranked(m: re.Match[str]) -> str:
    """ "ranked third by countries" as "had the third most countries"."""
    n = m["n"].casefold()
    place = _RANK_WORDS.get(n, f"{n} " if not n.isdigit() else f"{n}th ")
    return f"had the {place}most "


_SHORT_NAMED_YEAR_SRC = r"(?:(?<=\bas )|(?<=than ))(?:the\s+)?<SHORT>\s?['’]?(\d{2})\b"
_THERE_WAS_SRC = (
    r"\b(?:was|were|is)\s+there\s+(?:a|an|any)\s+((?:19|20)\d{2})\s+(?!(?:edition|<SHORT>|"
    r"summit|conference|forum|one|event|<NAMES>)\b)([a-z][a-z-]*)"
    r"|((?:19|20)\d{2})\s*年?\s*(?:<SHORT>|峰会|大会)?\s*有(?:没有|冇)\s*([a-z][a-z-]*)"
)


def _had_one(m: re.Match[str]) -> str:
    """ "was there a 2026 expo" as "did the 2026 edition have an expo"."""
    year, thing = (m[1], m[2]) if m[1] else (m[3], m[4])
    return f"did the {year} edition have a {thing}"


def _bound_numbers(question: str, lex: Lexicon) -> str:
    """ "at most three days" is "at most 3 days": a bound's number in figures, as the claim
    readers take it (a number word there is a figure, never an ordinal)."""
    low = question.casefold()
    if "most" not in low and "least" not in low and " than " not in low and "up to" not in low:
        return question

    def figure(m: re.Match[str]) -> str:
        n = number_word(m[2].lower(), lex, roman=False)
        return f"{m[1]} {n}" if n is not None and n < 1000 else m[0]

    return _BOUND_WORD.sub(figure, question)


_BOUND_WORD = lazy(
    r"\b(at (?:least|most)|(?:no|not) (?:more|fewer|less|greater) than|up to|a (?:maximum|minimum)"
    r" of) ([a-z]+)\b",
    re.I,
)


def _plus_figures(question: str, years: frozenset[int] = frozenset()) -> str:
    """ "2000+ attendees" is "at least 2000" (至少 in Chinese), a figure, never the year 2000;
    ">1,500", "≥ 20", "<100" are "more than", "at least", "fewer than". An edition's year
    with no unit after it ("the summits of 2021+") is "since 2021"."""
    signed = any(c in question for c in "<>≥≤")
    if "+" not in question and not signed:
        return question
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    if signed:
        question = _COMPARING.sub(lambda m: _SAID_AS[zh][m[1]] + m[2], question)
    if "+" not in question:
        return question
    least = "至少" if zh else "at least "

    def plus(m: re.Match[str]) -> str:
        rest = question[m.end() :].lstrip()
        unit = (rest[:1].isascii() and rest[:1].isalpha()) or rest[:1] in "人家个项场名位届"
        if m[1].isdigit() and int(m[1]) in years and not unit:
            return f"{m[1]}年以来" if zh else f"since {m[1]}"  # "2021+": the years from 2021
        return f"{least}{m[1]}"

    return _PLUS.sub(plus, question)


# A figure after a comparison sign: ">1,500" (never "<@123>", a mention, which has no digit
# right after the sign and is removed before reading anyway)
_COMPARING = lazy(r"(>=|<=|≥|≤|>|<)\s*(\d)")
_SAID_AS = {
    False: {
        ">": " more than ",
        "<": " fewer than ",
        ">=": " at least ",
        "≥": " at least ",
        "<=": " at most ",
        "≤": " at most ",
    },
    True: {">": "超过", "<": "少于", ">=": "至少", "≥": "至少", "<=": "最多", "≤": "最多"},
}


# "(where known)", "where a count exists": what the answer does anyway (editions without the
# figure are named), never "where" asking a place
_HEDGE = lazy(
    r"[(（]?\b(?:where|when|if)\s+(?:it\s+is\s+|they\s+are\s+)?(?:known|available|recorded|"
    r"reported|a (?:count|figure|number) exists|there is (?:one|data|a figure|a count))\b[)）]?",
    re.I,
)


_WHO_AND = lazy(
    r"(?i)^\s*who(?:'s|\s+is|\s+was)\s+(?P<name>[a-z .'-]{3,40}?)\s*,?\s+and\s+"
    r"(?P<rest>(?:when|where|which|what|how|did|was|has)\b.*)$"
)
_HE_SHE = lazy(r"(?i)\b(?:he|she|they)\b")
_IT_WORD = lazy(r"(?i)\bit\b")
_NOW_SAID = lazy(
    r"(?i)^\s*(?:today(?:'s|\s+is)|it(?:'s|\s+is)|now\s+it(?:'s|\s+is))\s+(?:a\s+)?"
    r"(?P<day>[a-z]+)(?:\s+(?:now|today))?\s*[-–—;,:.]\s*(?P<rest>\S.{3,})$"
)


def _without_hedge(question: str) -> str:
    return _HEDGE.sub(" ", question) if "where" in question or "if" in question else question


_THOSE = frozenset({"those", "these", "them", "they", "their"})
# what an asker writes ("I'm writing a report"), which a kind of detail may share a word with
_WORK_NOUNS = frozenset({"report", "reports", "paper", "papers", "article", "essay", "thesis"})
# the words that ask: a clause with one is a question, whatever story it tells
_ASKING = frozenset({"what", "when", "where", "which", "who", "whom", "whose", "how", "why"})
# "the two", "both", "combined": the editions of the last two turns, together
_OTHER = frozenset({"other", "others", "else"})
_AS_MUCH = lazy(r"\b(?:as|that|so) (?:long|many|much|big)\b|\bsame (?:length|number|size)\b", re.I)
_BOTH = frozenset({"two", "both", "combined", "together", "them", "those", "these"})
# 加起来多少？ after one edition's figure and then another's: those two
_BOTH_ZH = ("加起来", "合计", "一共", "总共", "两届", "两者")
_THOSE_ZH = ("其中", "这些", "这几届", "那几届", "它们")


def _both(ctx: Context) -> tuple[int, ...]:
    """The editions "the two" (or "them") of a follow-up are: the last answer's several, or
    after one edition's figure and then another's, those two."""
    if len(ctx.editions) > 1:
        return ctx.editions
    return tuple(dict.fromkeys((*ctx.earlier[-1:], *ctx.editions)))


# "and below it?", "which were under that?", "and fewer?": a filter's other side
_OTHER_SIDE = lazy(
    r"(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:(?:which|what)\s+(?:ones\s+|editions\s+)?"
    r"(?:were|was|are|had|have)\s+|the\s+ones\s+|those\s+)?(?P<way>below|under|fewer|less|lower|"
    r"smaller|above|over|more|higher|bigger)(?:\s+(?:it|that|than\s+that|the\s+bar))?\s*[?？]*",
    re.I,
)
_BELOW_WORDS = frozenset({"below", "under", "fewer", "less", "lower", "smaller"})
_FLIPPED = frozenset({"more", "less", "least", "most"})


def _names_those(reading: Reading) -> bool:
    """Whether the question says "those", "them" (其中, 这几届): the last answer's editions."""
    if not _THOSE.isdisjoint(reading.word_set):
        return True
    return reading.text.han > 0 and any(z in reading.text.compact for z in _THOSE_ZH)


def _over_those(query: Query, reading: Reading) -> bool:
    """Whether an operation is taken over the editions of the last answer ("which of those
    had the most?", 其中哪一届最多)."""
    if query.operation not in ("superlative", "aggregate", "reverse") or query.refs:
        return False
    return _names_those(reading)


def _ranks_compared(query: Query, reading: Reading, ctx: Context) -> bool:
    """ "Which was the lowest?" just after several editions' figures were set side by side:
    a ranking of those (a short follow-up, naming no edition or scope of its own)."""
    last = ctx.query
    chosen = ctx.picked is not None and len(ctx.picked) > 1  # (the editions a host held)
    if (
        query.operation != "superlative"
        or query.refs
        or query.years is not None
        or (last is None and not chosen)
        or query.by_host
    ):
        return False
    if (
        last is not None
        and len(reading.words) <= 5
        and (last.operation == "compare" or (last.operation == "lookup" and len(last.refs) > 1))
    ):
        return True
    if (
        last is not None
        and last.years is not None
        and last.aggregate in ("sum", "average", "median", "spread", "count")
        and len(reading.words) <= 3
    ):
        return True  # "min?" just after the total (or average) over 2022-2025: of those years
    # "which had the most countries?", 哪届分论坛最多 just after a list ("which editions were
    # held in December?"): the most of those listed — "ever", "of all", 历届 ask of all
    listed = last is not None and (last.operation == "filter" or last.aggregate in ("filter", ""))
    listed = listed and last is not None and last.operation in ("filter", "aggregate")
    listed = (listed and last is not None and not last.claim) or (chosen and ctx.intent == "hosts")
    zh = reading.text.compact if reading.text.han else ""
    short = len(zh) <= 10 if zh else len(reading.words) <= 6
    return (
        listed
        and short
        and reading.word_set.isdisjoint(_ALL)
        and not any(z in zh for z in _ALL_ZH)
        and "edition" not in reading.word_set  # "which edition had the most?": of them all
        and "届" not in zh.replace("哪届", "")
    )


def _those_count(reading: Reading, lex: Lexicon) -> int:
    """ "Those two", "these 3", "both": how many of the last answer's editions are meant."""
    words = reading.words
    if "both" in reading.word_set:
        return 2
    for a, b in itertools.pairwise(words):
        if a in _THOSE_N and (n := lex.numbers.get(b) or (int(b) if b.isdigit() else 0)):
            return n if n < 50 else 0
    return 0


_THOSE_N = _THOSE | {"the", "all"}  # "those three", "the three", "all three"
_ALL = frozenset({"all", "every", "each", "overall", "ever"})
_ALL_ZH = ("历届", "每届", "所有", "全部", "各届", "历年", "加起来", "几届")


# "…had an expo and 15 achievements, right?": where a claim's two parts join and end
_CONJ = lazy(r"\s(?:and|&|plus|as well as|along with|together with)\s", re.I)
_CLAIM_END = lazy(r"[,?;.!]|\s(?:right|correct|true|yes|no)\b", re.I)
# the verb (or edition) a claim's first part follows: "<the 2019 one> had | an expo"
_CLAIM_VERBS = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "did", "does", "got", "saw", "drew"}
)
_NEGATED_CLAIM = lazy(
    r"\b(?:no|not|never|without|didn't|didnt|wasn't|weren't|hadn't)\b|没有|没|不是|未|无", re.I
)
# "was 2022 the only edition with 19 sub-forums?"
_ONLY_ONE = lazy(
    r"(?:was|is)\s+(?P<ed>.+?)\s+the\s+only\s+(?:edition|one|summit|conference|year)s?\s+"
    r"(?P<cond>[^?]+?)\s*\??$",
    re.I,
)
# "the first summit held in December after 2015": a bound follows the month, no edition named
_BOUND_NEXT = lazy(r"\s*(?:,\s*)?(?:after|before|since|between|until|till|prior|from|of)\b", re.I)
_WHO_HAD = lazy(
    r"^\s*who\s+(?=(?:had|drew|got|saw|attracted|lasted)\s+(?:more|fewer|less|longer|shorter"
    r"|the\s+(?:most|fewest|least|longest|shortest)|bigger|larger|smaller)\b)",
    re.I,
)
# "right after", "immediately before": the neighbour itself
_NEXT_TO = lazy(
    r"\b(?:right|immediately|directly|just)\s+(?=(?:after|before|following|preceding)\b)", re.I
)
# "the edition held in September", "the first December edition"
_MONTH_EDITION = lazy(
    r"\bthe\s+(?:(?P<nth>first|second|third|last|latest|1st|2nd|3rd)\s+)?(?:(?P<m1>[a-z]{3,9})"
    r"\s+(?:edition|one|summit|conference)|(?:edition|one|summit|conference)\s+(?:(?:that|which)"
    r"\s+was\s+)?(?:held\s+)?in\s+(?P<m2>[a-z]{3,9}))\b",
    re.I,
)
# "(came) two before the 2024 and 2025 editions": a tie put in place of a ranking, moved
_TIED_OFFSET = lazy(
    r"(?P<lead>the\s+(?:edition|one|summit|conference)\s+|came\s+|was\s+)?"
    r"(?:(?P<n>\d|one|two|three|four|five)\s+(?:(?:editions?|summits?|ones?)\s+)?)?"
    r"(?P<dir>before|after|following|preceding)\s+the\s+"
    r"(?P<years>(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)+)\s+(?:editions|ones|summits)\b",
    re.I,
)
# "before mid-November", "after November 20", "before December"
_DAY_SIDE = lazy(
    r"\b(?P<side>before|after)\s+(?:(?P<part>early|mid|late)[- ])?(?P<month>[a-z]{3,9})"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?\b(?!\s*,?\s*(?:19|20)\d\d)",
    re.I,
)
# the parts of a month: "early", "mid", "late" November (上旬, 中旬, 下旬)
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_CLOSING = frozenset({"end", "ended", "ends", "close", "closed", "closing", "finish", "finished"})
# 11月之前, 11月中旬之前, 11月20日以后, 11月下旬(举办)
_DAY_SIDE_ZH = lazy(
    r"(?<![\d年])(?P<month>\d{1,2})月(?:(?P<part>上旬|中旬|下旬)|(?P<day>\d{1,2})[日号])?"
    r"(?P<side>之前|以前|之后|以后)?(?=(?:开幕|举办|举行|召开|开始|开的|办的|的|吗|$|？|\?))"
)
# "the second edition before 2019", "the 3rd summit after 2015"
_NTH_BESIDE = lazy(
    r"\bthe\s+(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:edition|summit|one|conference)"
    r"\s+(?P<dir>before|after)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s+(?:edition|summit|one)s?\b)(?!\s+(?:with|that|which|to|held|having|in)\b)",
    re.I,
)
# "from the 1st to the 6th edition", "between the 2nd and the 5th"
_ORDINAL_RANGE = lazy(
    r"\b(?P<prep>from|between)\s+the\s+(?P<a>\d)(?:st|nd|rd|th)\s+(?:(?:edition|one|summit)\s+)?"
    r"(?:to|and|till|until|through)\s+the\s+(?P<b>\d)(?:st|nd|rd|th)"
    r"(?:\s+(?:editions?|summits?|conferences?|ones?)\b)?",
    re.I,
)
# "last held in December", "first held in November": the latest (earliest) edition that month
_LAST_IN_MONTH = lazy(
    r"\b(?P<which>last|first)\s+(?P<verb>held|hosted|convened|organi[sz]ed)\s+in\s+"
    r"(?P<month>[a-z]{3,9})\b",  # (a month name of the vocabulary's: checked on use)
    re.I,
)
_TIME_IN_MONTH = lazy(
    r"\b(?:the\s+)?(?P<which>last|first)\s+time\s+(?:(?:the|a|an|it|they)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:started|opened|began|was held|took place|happened|ran|kicked off)\s+in\s+"
    r"(?P<month>[a-z]{3,9})\b",
    re.I,
)
_BEST_ATTENDED = lazy(
    r"\b(?:(?P<nth>\d+(?:st|nd|rd|th)|[a-z]+(?:nd|rd|th))[- ])?"
    r"(?P<best>best|most|worst|least)[- ]attended\s+(?P<noun>one|edition|summit|conference)\b",
    re.I,
)
# "from 2019 onwards", "2021 onward": since that year
_WITHIN_ONE = lazy(r"\b(?:its|ceremony|opening|closing|close|end|ended|closed)\b", re.I)
# a span in quotation marks: "…", “…”, 「…」
_QUOTED = lazy(r"[\"“「『](?P<q>[^\"”」』]{12,})[\"”」』]")
# asking where a quoted sentence comes from, or which edition it is about
_ORIGIN_WORDS = frozenset(
    {"which", "what", "whose", "where", "who", "from", "source", "site", "outlet", "said"}
)
_ORIGIN_ZH = ("哪一届", "哪届", "哪年", "哪一年", "出自", "来源", "哪家", "谁说")


# "…, right?", "…, correct?", "isn't it?": a claim put for agreement
_RIGHT_TAG = lazy(r"\b(?:right|correct|true|isn't\s+it|yes)\s*\?|对吗|对吧|是吗|是不是", re.I)
_SOURCE_ZH = ("出自", "来源", "谁说", "哪家", "哪里说")
_WHO_SAID = lazy(
    r"\bwho\s+(?:said|says|wrote|reported)\b|\bwhich\s+(?:source|outlet|site|paper)\s+(?:said|says"
    r"|reported|wrote)\b",
    re.I,
)
_WHICH_EDITION = lazy(r"\bwhich\s+(?:edition|year|summit|conference|event)\b", re.I)
_CHECK_ASKED = lazy(r"\b(?:right|correct|wrong|true|false|fix|check|accurate|really)\b", re.I)


def _flat(text: str) -> str:
    """Text as compared for a quotation: lower case, letters and digits only."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# "the same calendar date", "the same day of the year": as an edition's
_SAME_DAY_ASKED = lazy(
    r"\bsame\s+(?:calendar\s+)?(?:date|day\s+of\s+the\s+year|day\s+and\s+month)\b", re.I
)
# "the second?", "and the third one?": the next place among those a condition selected
_NEXT_NTH = lazy(
    r"\W*(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+)?"
    r"(?P<nth>second|third|fourth|fifth|2nd|3rd|4th|5th)(?:\s+one|\s+of\s+those)?\W*",
    re.I,
)
# a guess said after a question ("i think it was 2023", "my teacher says 2015")
_PREMISE = lazy(
    r"\W*(?:i\s+(?:think|thought|heard|believe|guess|reckon)|my\s+\w+\s+(?:says|said|thinks)"
    r"|someone\s+(?:says|said)|pretty\s+sure|(?:maybe\s+)?(?:19|20)\d\d\s+i\s+(?:think|guess|believe))\b",
    re.I,
)
# a question after the time of something: "when…", "what year…", "which year…"
_WHEN_ASKED = lazy(
    r"\W*(?:\w+\s+)?(?:know\s+)?(?:when|what\s+year|which\s+year|what\s+date)\b", re.I
)
# "what year did X happen, my teacher says 2015": the question, its guess set aside
_WHEN_THEN_GUESS = lazy(
    r"(?P<q>\W*(?:when|what\s+year|which\s+year|what\s+date)\b[^,?]+?)\s*[,;]\s*"
    r"(?:i\s+(?:think|thought|heard|believe)|my\s+\w+\s+(?:says|said|thinks)|someone\s+said)"
    r"\b[^?]*?(?:19|20)\d\d[^?]*\??\s*$",
    re.I,
)
# "i think X happened in 2016, when was it?": when X happened, the guess set aside
_GUESS_THEN_WHEN = lazy(
    r"\W*i\s+(?:think|thought|heard|believe)\s+(?P<claim>.+?)\s+in\s+(?:19|20)\d\d\s*[,;]?\s*"
    r"(?:so\s+|but\s+)?(?:when|what\s+year)\s+(?:was|is|did)\s+(?:it|that)(?:\s+happen)?\W*$",
    re.I,
)
_AS_MANY_BEFORE = lazy(
    r"\bas\s+(?:long|many\s+(?P<what>[a-z-]+(?:\s+[a-z-]+)?)|much)\s+as\s+the\s+"
    r"(?:one|edition|summit|conference)\s+(?:before|before\s+it|prior)\b",
    re.I,
)
_ZH_CMPS = r"超过|多于|高于|大于|少于|低于|小于|不到|不足|至少|不少于|不超过"
# 超过1800人的呢, 那少于20个的呢: a selection's figure changed, as a follow-up
_ZH_CMP_FOLLOW = lazy(
    rf"(?:那|那么|那如果)?(?P<cmp>{_ZH_CMPS})(?P<n>\d[\d,]*)(?:人|个|家|届|项|名)?的?(?:呢|吗)?[？?。]*"
)
_ZH_CMP_NUMBER = lazy(rf"(?:{_ZH_CMPS})\d[\d,]*")
_ZH_SPAN_BETWEEN = lazy(r"(?P<a>(?:19|20)\d\d)年?(?:到|至)(?P<b>(?:19|20)\d\d)年?(?:之间|期间)")
_RUNNING_SAID = lazy(r"\b(?:stands?|stood)\s+at\b|\brunning\s+total\b|\bcumulative", re.I)
_AFTER_A_YEAR = lazy(
    r"\bafter\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\b(?:\s+(?:one|edition|summit))?", re.I
)
_FIRST_SAID = lazy(r"\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b", re.I)
# "the first edition after 2020", "…with 24 sub-forums", "…to open on a Sunday": a place among
# those a condition selects
_NTH_SUCH = lazy(
    r"\b(?:first|second|third|fourth|fifth)\s+(?:edition|summit|one|conference)s?\s+"
    r"(?:after|to|with|that|since|held|in|before)\b",
    re.I,
)
_OPENED_END = lazy(r"\s+(?:opened|started|began|kicked\s+off)$", re.I)
_GAP_AFTER = lazy(
    r"\bhow\s+(?P<unit>long|many\s+(?:days|weeks|months|years)|much\s+time)\s+(?:after|before)\s+"
    r"(?P<a>.+?)\s+(?:was|were|did|is|came|happened)\s+(?P<b>.+?)(?P<end>[?.!]*)\s*$",
    re.I,
)
# "was the org founded more than 5 years after the first edition?": a span claimed between
# two dated things
_GAP_CLAIM = lazy(
    r"^(?:was|were|did|is)\s+(?P<x>.+?)\s+(?P<cmp>more than|over|less than|under|at least|within)"
    r"\s+(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?P<unit>years?|months?|weeks?|days?)\s+(?P<side>after|before)\s+(?P<y>.+?)[?.!\s]*$",
    re.I,
)
_THEN_THAN = lazy(r"\b(less|more|fewer|longer|shorter|later|earlier) then\b", re.I)
# "the 2023 summit came 300 days after the 2022 one, right?": a number of days claimed
_GAP_EXACT_CLAIM = lazy(
    r"^(?:was|were|did|is)?\s*(?P<x>.+?)\s+(?:came|come|opened|open|started|start|began|begin|"
    r"was held|held)\s+(?:(?P<cmp>exactly)\s+)?(?P<n>\d{1,4})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<side>after|before)\s+(?P<y>.+?)(?:,?\s*(?:right|correct|true|yes|no))?[?.!\s]*$",
    re.I,
)
_ENDED = lazy(r"\s+(?:ended|closed|finished|wrapped up)$")
# "the previous one", "the next edition", "the one before": beside the edition named
_BESIDE_IT = lazy(
    r"(?:the|its)\s+(?:previous|preceding|prior|next|following)\b"
    r"|the\s+(?:one|edition|summit|conference)\s+(?:before|after)(?:\s+it)?\s*$",
    re.I,
)
_ITS = lazy(r"\b(?:its|it|that one's|that edition's)\b", re.I)
_NEXT_OF_IT = lazy(
    r"\bthe next (?:edition|one|summit|conference)(?:(?='s)|(?: after (?:that|it|this))?\b)", re.I
)
# the options of a multiple-choice question: "(a) 2014 (b) 2015", "a) 2018 b) 2019",
# "A 2018 B 2019", "A. 2018"
_CHOICE = lazy(
    r"(?:(?<=\s)|^)\(?(?P<l>[a-dA-D])\)\s*(?P<o>[^()]+?)(?=\s+\(?[a-dA-D]\)\s|\s*[?.]?\s*$)"
)
_CHOICE_ZH = lazy(
    r"(?:(?<=[\s：:，,？?])|^)\(?(?P<l>[A-D])[).．、]?\s*(?P<o>[^\sA-D()]+?)"
    r"(?=\s*\(?[A-D][).．、]?\s*[^\sA-D]|\s*[?？。]?\s*$)"
)
_WH_STEM = lazy(r"(?i)\s*(?:which|who|what|when|where|how)\b|.*(?:哪|谁|什么|几|多少)")
_CHOICE_LEAD = lazy(
    r"^\s*(?:multiple[ -]choice|quiz|pick one|选择题?|单选题?|选一个)\s*[:：,，-]\s*", re.I
)
# "last one:", "one last question -", "final q:": the asker's last question, no edition
_LAST_ASKED = lazy(
    r"\s*(?:ok\s+|okay\s+|and\s+)?(?:last\s+(?:one|question|q|thing)|one\s+last\s+(?:thing|question|q)"
    r"|final\s+(?:question|q|one))\s*(?:[:：]|\s-\s|,)\s*",
    re.I,
)
_MIDDLE_ONE = lazy(
    r"\b(?:in\s+)?the\s+(?:very\s+|exact\s+)?middle\s+(?:one\s+)?of\s+(?:the|all)\s+"
    r"(?:\w+\s+)?(?:editions|ones|summits|conferences|on\s+record)"
    r"|(?P<zh>(?:正中间|最中间)的?(?:是|那)?(?:哪一?届|那届))",
    re.I,
)
_ZH_ORDINAL_LIST = lazy(
    r"第([一二三四五六七八九十两\d]{1,3})((?:[、,，和与及跟](?:第)?[一二三四五六七八九十两\d]{1,3})+)届"
)
# "as of Oct 21 2019, was one in progress?", "as of 2015-12-17, was it on?": on that day
_AS_OF_ON = lazy(
    r"^\s*(?:as\s+of|on)\s+(?P<day>[^,]{4,24}?),\s*(?P<rest>(?:was|were|is)\s+.*?\b(?:in\s+progress"
    r"|on|ongoing|going\s+on|running|underway|happening|in\s+session))\s*\??\s*$",
    re.I,
)
# "true or false: …", "t/f -", 判断对错：…: a quiz's claim, asked as "…, right?"
_TRUE_OR_FALSE = lazy(
    r"\s*(?:(?:quiz|trivia)\s*[:,-]?\s*)?(?:true\s+or\s+false|true/false|t\s*/\s*f|t\s+or\s+f)"
    r"\s*(?:[:,?-]|\s-\s|$)\s*"
    r"|\s*(?P<zh>判断对错|判断正误|判断题|判断|是非题|对还是错|对不对|真还是假)\s*[:：，,]\s*",
    re.I,
)
# 2017年6月1日时，…: a question asked as of a day said first, "at that time"
_AT_THE_TIME_ZH = lazy(
    r"\s*(?P<day>(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}[日号])?)(?:时|的时候|那时候?)[，,：:\s]*"
)
_THIS_YEARS = lazy(r"\bthis year['’]s(?:\s+(?:edition|one|summit|conference|event))?", re.I)
# "the third edition to be called a <name>", "the last summit named …": the nth of those
_NTH_NAMED = lazy(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|sixth|last|latest)\s+"
    r"(?:edition|summit|one|conference)\s+(?:to\s+be\s+|that\s+was\s+)?(?:called|named)\b.*$",
    re.I,
)
_EDGE_WORDS = ("first", "last", "latest", "earliest", "recent")
_FIRST_PASSED = lazy(
    r"\s*(?:when|(?:in )?(?:which|what) year|which edition)\s+did\s+(?P<what>.+?)\s+first\s+"
    r"(?:exceed|top|pass|surpass|cross|hit|break|go over|go above|rise above)\s+"
    r"(?P<n>\d[\d,]*)(?P<rest>.*)$",
    re.I,
)
# "the first edition to pass 500 exhibitors", "the first year whose attendance exceeded
# 2000", "the first summit where sub-forums went over 16": the first with more than that
_FIRST_TO_PASS = lazy(
    r"\s*(?:(?:which|what) (?:was|is) )?(?:the\s+)?first\s+"
    r"(?:edition|summit|conference|one|year|time)s?\s+(?:to|that)\s+"
    r"(?:pass|exceed|top|surpass|cross|break|go over|go above|rise above)(?:ed|es|s)?\s+"
    r"(?P<n>\d[\d,]*)\s+(?P<what>.+?)(?P<rest>\s*[?.!]*)$",
    re.I,
)
_FIRST_WHOSE = lazy(
    r"\s*(?:(?:which|what) (?:was|is) )?(?:the\s+)?first\s+"
    r"(?:edition|summit|conference|one|year|time)\s+(?:whose|where|in which|when|that)?\s*"
    r"(?P<what>.+?)\s+(?:exceeded|passed|topped|surpassed|crossed|"
    r"went over|went above|was over|was above|was more than|were over|were more than)\s+"
    r"(?P<n>\d[\d,]*)(?P<rest>.*)$",
    re.I,
)
# "when did it first reach 20 sub-forums?", "which edition first reached 24 sub-forums": the
# first with at least that many
_FIRST_REACHED = lazy(
    r"\s*(?:when|(?:in )?(?:which|what) year|which edition)\s+(?:did\s+(?P<who>.+?)\s+)?first\s+"
    r"(?:reach|reached|hit|touch|touched|get to|got to|make it to|made it to)\s+"
    r"(?P<n>\d[\d,]*)\s+(?P<what>.+?)(?P<rest>\s*[?.!]*)$",
    re.I,
)
# "when did attendance last drop below 1000?", "when did the expo last have under 400 companies"
_LAST_UNDER = lazy(
    r"\s*(?:when|(?:in )?(?:which|what) year|which edition)\s+did\s+(?P<what>.+?)\s+last\s+"
    r"(?:drop|fall|go|dip|have|had|see|come in)?\s*(?:below|under|less than|fewer than)\s+"
    r"(?P<n>\d[\d,]*)(?P<rest>.*)$",
    re.I,
)
# The ways of asking the first (last) edition past (under) a figure, and how each is asked
# again: (its word, the pattern, the question it becomes, the words to drop before the figure)
# "when did the conference first get more than 120 countries?": the first edition with more
_FIRST_GOT = lazy(
    r"^\s*(?:when|in\s+which\s+year|which\s+year|what\s+year)\s+did\s+(?:[\w-]+\s+){0,3}?"
    r"first\s+(?:get|have|draw|attract|see|welcome|pull\s+in|bring\s+in)\s+(?:more\s+than|over)"
    r"\s+(?P<n>\d[\d,]*)\s+(?P<what>[^?]*?)(?P<rest>\s*\?*)\s*$",
    re.I,
)
_EDGES_PAST = (
    ("first", _FIRST_TO_PASS, "which edition first had more than {n} {what}{rest}", ""),
    (
        "first",
        _FIRST_WHOSE,
        "which edition first had more than {n} {what}{rest}",
        r"^(?:the|its|their)\s+",
    ),
    ("first", _FIRST_REACHED, "which edition first had at least {n} {what}{rest}", ""),
    (
        "last",
        _LAST_UNDER,
        "which was the last edition with fewer than {n} {what}{rest}",
        r"^(?:the|its|their)\s+(?:number\s+of\s+)?",
    ),
    (
        "first",
        _FIRST_PASSED,
        "which edition first had more than {n} {what}{rest}",
        r"^(?:(?:the|its|their)\s+)?(?:(?:number|count|total)\s+of\s+)?(?:the\s+)?",
    ),
    ("first", _FIRST_GOT, "which edition first had more than {n} {what}{rest}", ""),
)


def _edge_past(question: str) -> str:
    """The question as "which edition first had more than N …" (at least, or the last with
    fewer than), whichever way it asks that; unchanged if it asks no such thing."""
    passed = False  # (the first two are one choice: "to pass …" before "whose … exceeded")
    for i, (word, pattern, asked, drop) in enumerate(_EDGES_PAST):
        if i == 1 and passed:
            continue
        if word in question and (m := pattern.match(question)) is not None:
            what = re.sub(drop, "", m["what"], flags=re.I) if drop else m["what"]
            question = asked.format(n=m["n"], what=what, rest=m["rest"])
            passed = passed or i == 0
    return question


_WHICH_LONG = lazy(
    r"\s*which\s+(\d{1,2}|one|two|three|four|five)[- ]day(?:-long)?\s+"
    r"(?:edition|summit|conference|one|event|forum|meeting)s?\s+(?=had|drew|saw|got|was|were)"
    # "how many 3-day editions had more than 15 sub-forums?"
    r"|\s*how\s+many\s+(\d{1,2}|one|two|three|four|five)[- ]day(?:-long)?\s+"
    r"(?:edition|summit|conference|one|event)s\s+(?=had|drew|saw|got|were)"
    # "which editions that lasted 4 days had more than 1,700 guests?"
    r"|\s*which\s+(?:edition|summit|conference|one|event)s?\s+(?:that\s+)?(?:lasted|ran(?:\s+for)?)"
    r"\s+(\d{1,2}|one|two|three|four|five)\s+days\s+(?=had|drew|saw|got|was|were)",
    re.I,
)
_WHICH_LONG_ZH = lazy(
    r"(?:为期|开了|持续|举办了?)(\d{1,2}|[一二三四五])天的(?:几届|那几届|届次|各届|峰会|大会|那些)?"
    r"(?:中|里|当中)[，,]?有?(哪几届|哪些届|哪一届|哪届)"
)
_NTH_LONG = lazy(
    r"\b(first|last|latest|earliest|most recent)\s+(\d{1,2}|one|two|three|four|five)[- ]day"
    r"(?:-long)?\s+(edition|summit|conference|one|event|forum|meeting)\b",
    re.I,
)
# "did the 2026 one last 4 days like the last two?": an aside naming other editions, which the
# claim is not about (it was read as "was the last one 2026?")
# a word that asks: what is left of a question without its story must hold one
_ASKS_SOMETHING = lazy(
    r"\b(?:who|whoever|whom|whose|what|whatever|when|where|which|how|why)\b|谁|什么|哪|几|多少",
    re.I,
)
_LIKE_OTHERS = lazy(
    r",?\s+(?:just\s+)?(?:like|as)\s+(?:(?:in|at|with)\s+)?(?:the\s+)?"
    r"(?:last|previous|past|earlier|other|prior)\s+(?:two|three|four|few|\d)?\s*"
    r"(?:ones?|editions?|summits?|years?)?\s*(?:did|had|were|was)?\s*(?=[?.!]*\s*$)",
    re.I,
)
_ONWARD = lazy(r"\b(?:from\s+|starting\s+(?:in\s+|from\s+)?)?((?:19|20)\d\d)\s+onwards?\b", re.I)
_WORDS = lazy(r"[a-z]+")  # the Latin words of a question, for a quick look before a pattern
# "before mid-November", "after early December"
_PART_EDGE = lazy(
    r"\b(?P<side>before|after)\s+(?P<part>early|mid|late)[- ](?P<month>[a-z]{3,9})\b", re.I
)
# "two years earlier", "3 editions later" (in a conversation: from the edition talked about)
_STEPPED = lazy(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six)\s+(?P<unit>years?|editions?|summits?)\s+"
    r"(?P<dir>earlier|later|before|after)\b(?!\s+(?:the|that|it|this)\b)",
    re.I,
)
# 两年前呢, 三届后那届 (in a conversation: from the edition talked about, as "two years
# earlier" is)
_STEPPED_ZH = lazy(
    r"(?P<n>[一二两三四五六\d])\s*(?P<unit>年|届)(?P<dir>前|后|後|之前|之后|以前|以后|以後)"
)
# 2019年有博览会和15项成果，对吗: where a Chinese claim's parts join, end, and begin (after 有…)
_CONJ_ZH = lazy(r"和|并且|而且|以及|同埋|及|且")
_CLAIM_END_ZH = lazy(r"[，,？?。！!]|(?:对吗|是吗|吗|对不对|是不是|嗎|對嗎|係咪|啱唔啱)")
_CLAIM_VERBS_ZH = lazy(r"有|是|设|設|吸引|举办|舉辦|举行|舉行|在|于|於|共|约|約")
_ASIDE = lazy(r"\s*[(（][^()（）]*[)）]")
# "(to 2025)", "(up to 2025)", "(2016-2019)": a span of years in brackets
_SPAN_ASIDE = lazy(
    r"\s*[(（]\s*(?P<span>(?:(?:up\s+)?to|until|till|through|before|after|since)\s+"
    r"(?:19|20)\d\d)\s*[)）]",
    re.I,
)
_ORDINAL_SPAN = lazy(
    r"\s*[(（]\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|through)\s*\d{1,2}(?:st|nd|rd|th)?\s*[)）]"
    # "(1st, 2nd...)", "(like 1st, 2nd, etc)": examples of what an ordinal looks like
    r"|\s*[(（]\s*(?:like\s+|e\.?g\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)"
    r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th))*\s*(?:\.{2,}|…|,?\s*etc\.?)?\s*[)）]",
    re.I,
)
_NUMBERED_WORDS = lazy(r"\b(?:numbered|official|ordinal)", re.I)
_EDITION_LIKE = lazy(r"(?:19|20)\d\d|\d(?:st|nd|rd|th)\b|第.{1,3}届", re.I)


def _titled_in(title: str, text: str, titles: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``text`` (casefolded, "-" as a space) names ``title`` other than inside a
    longer title of another rank (``titles``: asked -> as written): "vice premier" holds
    "premier", 国务院副总理 holds 总理 — but 国务院总理 is 总理 still."""
    written = dict(titles).get(title, title)
    longer = [(k, k.index(title)) for k, w in titles if w != written and title in k and k != title]
    pattern = rf"\b{re.escape(title)}\b" if title.isascii() else re.escape(title)
    for m in re.finditer(pattern, text):
        at = m.start()
        if not any(at >= k_at and text.startswith(k, at - k_at) for k, k_at in longer):
            return True
    return False


# a title and its holder's own letter or message ("president xi jinping's message", 国家主席
# 习近平的贺词)
_OWN_LETTER = lazy(
    r"\b[a-z]+(?: [a-z]+){0,3}['’]s (?:congratulatory )?(?:letter|message)"
    r"|[\u4e00-\u9fff]{2,7}?的?(?:贺信|贺词)"
)
# "hosted by the Cyberspace Administration of China", "did the CAC host…"
# a statement, then a question of other editions that "also" share it
_SAID_THEN_ALSO = lazy(
    r"(?P<said>[^，,？?。吗呢哪什么几多少谁]+)[，,。]\s*(?P<ask>[^，,]*(?:哪|什么|几|多少)[^，,]*)"
)
# "what's the difference?", "by how much?", 差多少 after one edition's figure and then another's
_DIFF_ONLY = frozenset(
    {
        "what",
        "what's",
        "whats",
        "s",
        "is",
        "the",
        "difference",
        "diff",
        "by",
        "how",
        "much",
        "more",
        "less",
        "fewer",
        "and",
        "so",
        "ok",
        "gap",
        "change",
    }
)
_DIFF_ZH = ("差多少", "相差多少", "差了多少", "差几个", "多了多少", "少了多少", "相差几个")
_DAYS_DIFF_ZH = (
    "相差多少",
    "差多少",
    "相差多少天",
    "差多少天",
    "相差几天",
    "差几天",
    "隔了多少天",
    "隔了几天",
)


_TIMED_INTENTS = frozenset({"dates", "start", "ago"})


def _of_the_two(question: str, *, timed: bool = False) -> str:
    """ "What's the difference?", "by how much?", 差多少 just after two editions' figures, one
    turn each: between those two (as "…between them?", 这两届…, which are read so)."""
    words = question.casefold().replace("?", " ").replace("'", " ").split()
    if words and set(words) <= _DIFF_ONLY and not set(words) <= {"how", "much", "so", "and", "ok"}:
        if timed:  # after two dates: the days between them, not another figure's difference
            return "how many days between them?"
        return f"{question.rstrip(' ?？')} between them?"
    bare = question.strip(" ?？那呢")
    if timed and bare in _DAYS_DIFF_ZH:
        return "这两届开幕相差多少天"  # 相差多少天 after two dates: between their openings
    if bare in _DIFF_ZH:
        # (相差 alone reads as days apart: after a figure, the figure is what differs)
        return f"这两届{bare if timed else bare.replace('相差', '差')}"
    return question


# "what about huang kunming?", "and wang huning?", 那刘鹤呢, 李强呢: another person, same question
_WHAT_ABOUT = lazy(
    r"(?:(?:and|so|ok|okay)\s+)?(?:(?:what|how)\s+about\s+)?(?P<x>[a-z][a-z' ]{1,40}?)\s*[?？]?"
    r"|(?:那|那么)?(?P<x2>[\u4e00-\u9fff]{2,4})呢[?？]?",
    re.I,
)
# "…, according to Li Qiang?": a person said to have said it
_ACCORDING_TO = lazy(
    r",?\s*\baccording to\s+(?P<who>[a-z][a-z .'’-]{2,40}?)(?=\s*[?.!]*\s*$)", re.I
)


def _gap_of_it(question: str, year: int) -> str:
    """ "How long after the first one was that?", "how many days after the 2016 one did it
    start?", 距离第一届过了多久 just after an edition: the time from the other edition to
    this one (its length, or the other's age, was given)."""
    if str(year) in question:
        return question
    if question.isascii():
        if not _GAP_ASKED.search(question) or not _OTHER_EDITION.search(question):
            return question  # ("how many days after that did that summit open": no other)
        return _IT_EDITION.sub(f"the {year} one", question, count=1)
    if _GAP_ASKED_ZH.search(question):
        return _later_by_zh(f"{year}年那届{question}")
    return question


def _later_by_zh(question: str) -> str:
    """ "2023年那届比2022年那届晚了多少天开幕": how many days apart they opened (read as their
    lengths compared)."""
    m = _LATER_BY_ZH.search(question)
    if m is None:
        return question
    if IN_THE_YEAR.search(question):  # （按一年中的日期）: by the day of the year
        return f"{m['a'][:5]}和{m['b'][:5]}在一年中开幕相隔多少天"
    return f"{m['a']}和{m['b']}开幕相隔多少天"


_LATER_BY_ZH = lazy(
    r"(?P<a>\d{4}年[^比，。？?]{0,6})比(?P<b>\d{4}年[^晚早，。？?]{0,6})(?:晚|早)了?"
    r"(?:多少天|几天)(?:开幕|举办|举行|开始|开的)?"
)


_GAP_ASKED = lazy(
    r"(?i)\bhow (?:long|many (?:days|weeks|months|years))\b.*"
    r"\b(?:after|before|later than|earlier than|since|from)\b.*\b(?:that|it|this)\b"
)
# a negation just before "called …": "weren't called", "not named", "never known as"
_NOT_BEFORE = lazy(r"(?i)(?:\bnot|n['’]t|\bnever)\s*(?:been\s+)?$")
_OTHER_EDITION = lazy(
    r"(?i)\b(?:(?:19|20)\d\d|first|previous|prior|last|latest|\d+(?:st|nd|rd|th)|"
    r"second|third|fourth|fifth|sixth)\b"
)
_IT_EDITION = lazy(r"(?i)\b(?:that|it|this)\b(?!\s+(?:one|edition|summit)\b)")
_GAP_ASKED_ZH = lazy(
    r"^(?:距离|距|离|比)[^，。？?]{1,12}(?:多久|多少天|几天|多少年|几年|多少个月|几个月)"
)


def _years_said(years: Sequence[int]) -> str:
    """Years as a question would name them, for the parse to read: "2018", "2018 and 2022",
    "2014, 2015 and 2016"."""
    said = [str(y) for y in years]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"


def _other_manner(question: str, before: str) -> str:
    """ "What about by video?", "and congratulatory letters?" after "did Xi ever come in
    person?": that question again, of the other way of taking part."""
    m_zh = _MANNER_ONLY_ZH.fullmatch(question.strip())
    if m_zh is not None and (said_zh := _MANNER_ZH.search(before)) is not None:
        # 那贺信呢 after 习近平哪几届发表了视频讲话: the same question, by letter
        how_zh = _MANNER_SAID_ZH[m_zh["how"][:2]]
        return f"{before[: said_zh.start()]}{how_zh}{before[said_zh.end() :]}"
    m = _MANNER_ONLY.fullmatch(question.strip())
    if m is None or (said := _MANNER.search(before)) is None:
        return question
    how = m["how"].casefold()
    video = "video" in how
    adverb = how.startswith(("in person", "by", "via", "on"))
    if said["verb"] and adverb:  # "did Xi send a video?" → "…attend in person?"
        how = (
            "attend in person"
            if how == "in person"
            else "send a video"
            if video
            else "send a letter"
        )
    elif not said["verb"] and not adverb:  # "did Xi come in person?" → "…by letter?"
        how = "by video" if video else "by letter"
    elif said["verb"]:  # "did Xi send a video?" → "…send letters?"
        how = f"{said['verb']}{how}"
    return f"{before[: said.start()]}{how}{before[said.end() :]}"


# "what date is 1,000 days after the first edition opened?", "which day was 100 days before
# the 2019 summit": a day counted from a dated one
_DATE_OFFSET = lazy(
    r"\b(?:what|which)(?:\s+(?:is|was|will\s+be|would\s+be)\s+the|'s\s+the)?\s+(?:date|day)\s+"
    r"(?:(?:is|was|will\s+be|would\s+be|falls?)\s+)?(?:exactly\s+|precisely\s+)?"
    r"(?P<n>[\d,]+|\w+)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before|from)\s+"
    r"(?P<what>[^?]+?)\s*[?.!]*\s*$",
    re.I,
)
# "… on the same weekday the org was founded on?", "… the same day of the week as the 2019 one"
_SAME_WEEKDAY = lazy(
    r"\s*(?:on\s+)?the\s+same\s+(?:weekday|day\s+of\s+the\s+week)\s+(?:as\s+)?(?:that\s+)?"
    r"(?P<what>[^?]+?)(?:\s+(?:on|did|was|fell\s+on))?\s*[?.!]*\s*$",
    re.I,
)
# "the 2-day edition", "the summit that lasted two days" (one edition, singular)
_LIST_THAT = lazy(
    r"^\s*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:list|name|show(?:\s+me)?|give\s+me)\s+"
    r"(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:editions|summits|conferences|ones)\s+(?:that|which)\s+",
    re.I,
)
_EDGE_MONTH = lazy(
    r"^\s*(?:what(?:'s|\s+is|\s+was)?|which)\s+(?:is\s+|was\s+)?(?:the\s+)?"
    r"(?P<way>earliest|latest)\s+month\b",
    re.I,
)
_SAME_ORG = lazy(
    r"^\s*(?:is|was|has)\s+(?:it|this|that)\s+(?:been\s+)?(?:run\s+by\s+|hosted\s+by\s+)?"
    r"(?:the\s+)?same\s+(?:org|organi[sz]ation|organi[sz]er|host|hosts|people)\s+"
    r"(?:since|from)\s+(?P<y>(?:19|20)\d\d)\s*[?.!]*\s*$",
    re.I,
)
# "in October or earlier (in the year)", "in November or later"
_OR_EARLIER = lazy(
    r"\bin\s+(?P<mon>[a-z]+\.?)\s+or\s+(?P<way>earlier|before|later|after)"
    r"(?:\s+in\s+the\s+year)?\b",
    re.I,
)
_LEAVING_OUT_BEFORE = lazy(
    r"\b(?:besides|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|excluding|"
    r"without|not\s+counting|leaving\s+out|beyond)\s*$",
    re.I,
)
# the words that may name an edition's day, beside its name, year or number ("the 2025
# summit's opening ceremony", "the 5th one ended")
_DAY_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "its",
        "it",
        "s",
        "day",
        "edition",
        "summit",
        "conference",
        "one",
        "forum",
        "event",
        "meeting",
        "opened",
        "opening",
        "open",
        "opens",
        "start",
        "started",
        "starts",
        "began",
        "begin",
        "begins",
        "first",
        "closing",
        "closed",
        "close",
        "closes",
        "ended",
        "end",
        "ends",
        "ending",
        "finish",
        "finished",
        "wrapped",
        "up",
        "concluded",
        "over",
        "last",
        "ceremony",
        "on",
        "was",
        "did",
        "when",
        "held",
        "took",
        "place",
        "this",
        "year",
        "years",
        "latest",
        "next",
        "previous",
        "recent",
        "most",
        "s",
    ]
)
# "12 July 2022", "July 12, 2022" (ISO days are written so before this is read)
_WRITTEN_DAY = lazy(
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[a-z]+\.?)|(?P<mon2>[a-z]+\.?)\s+"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>(?:19|20)\d\d)",
    re.I,
)
_SAID_IT = frozenset({"it", "that", "this"})
# "how many forums did the first one have, 13 or just more than 10?": two figures offered
# after a count asked — the count answers which (it was read as "more than 13")
_ONE_OFFERED = (
    r"(?:(?:just|about|around|exactly|only)\s+)?(?:(?:more|fewer|less)\s+than\s+|over\s+|under\s+)?"
    r"\d[\d,]*"
)
_OFFERED = lazy(
    r"(?P<asked>.*\bhow\s+many\b.*?)\s*[,;:]\s*(?:(?:is|was)\s+it\s+)?"
    rf"{_ONE_OFFERED}\s+or\s+{_ONE_OFFERED}\s*[?.!]*\s*",
    re.I,
)
_ZH_IT = lazy(r"^(?:它|那|这|那届|这届|那一届|这一届|佢|嗰届|呢届)(?:是|係|系)")
_YEARISH = lazy(r"[a-z]*\d{1,4}(?:st|nd|rd|th|s)?")
# "after the 2025 summit ended / closed / wrapped up": its last day, not its first
_CLOSED = lazy(
    r"\b(?:end|ended|ends|ending|close|closed|closes|closing|finish|finished|finishes|"
    r"wrapped|wraps|concluded|over)\b",
    re.I,
)
_N_DAY_ONE = lazy(
    r"\b(?:(?:both|all)\s+(?:of\s+)?(?:the\s+)?|the\s+)"
    r"(?:(?P<n>\d+|one|two|three|four|five|six)[- ]days?\s+"
    r"(?:editions?|summits?|conferences?|ones|one|forums?)"
    r"|(?:edition|summit|conference|one|forum)\s+that\s+(?:lasted|ran\s+for|went\s+on\s+for|"
    r"was)\s+(?:only\s+|just\s+)?(?P<n2>\d+|one|two|three|four|five|six)\s+days(?:\s+long)?)\b",
    re.I,
)
# a span of years said ("since 2020", "between 2016 and 2019", "2016-2019", 2020年以来)
_SPAN_SAID = lazy(
    r"\s*\b(?:since|after|before|until|up\s+to|from|between)\s+(?:19|20)\d\d"
    r"(?:\s*(?:-|–|to|and|through|until)\s*(?:19|20)\d\d)?\b"
    r"|\s*\b(?:in\s+)?(?:19|20)\d\d\s*(?:-|–|to|through)\s*(?:19|20)\d\d\b"
    r"|(?:19|20)\d\d年?(?:以来|之后|以后|起|以前|之前)",
    re.I,
)
# a month an edition was held in, said after it ("held in November", "in Nov")
_MONTH_SAID = lazy(
    r"\s*\b(?:(?:that\s+was\s+|was\s+)?held\s+)?in\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\b",
    re.I,
)
# a place among editions of a length: "the last 3-day edition", "the 2nd 4-day one", "which
# 4-day edition was held in November first?"
_NTH_OF_LENGTH = lazy(
    r"\b(?:the\s+)?(?P<pos>(?:second|2nd|third|3rd)[- ](?:to[- ])?last|penultimate|first|1st"
    r"|second|2nd|third|3rd|fourth|4th|last|latest|earliest|final|most\s+recent)\s+"
    r"(?P<n>\d{1,2}|one|two|three|four|five)[- ]day(?:-long)?\s+"
    r"(?:edition|summit|conference|one|event|meeting)\b"
    r"|\b(?:which|what)\s+(?P<n2>\d{1,2}|one|two|three|four|five)[- ]day(?:-long)?\s+"
    r"(?:edition|summit|conference|one|event)\s+(?P<mid>(?:was|opened|came|happened|took\s+place)"
    r"\b[^?.]*?)\s(?P<pos2>first|1st|last|earliest|latest)\s*\??\s*$",
    re.I,
)


def _pos_said(said: str | None) -> str:
    """A place as said, its words joined by one space ("second  last")."""
    return " ".join((said or "").casefold().split())


_PLACES = {
    "first": 0, "1st": 0, "earliest": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
    "fourth": 3, "4th": 3, "last": -1, "latest": -1, "final": -1, "most": -1,
    "penultimate": -2, "second-to-last": -2, "2nd-to-last": -2, "second-last": -2,
    "2nd-last": -2, "second last": -2, "2nd last": -2, "third-to-last": -3, "3rd-to-last": -3,
    "third-last": -3, "3rd-last": -3, "third last": -3, "3rd last": -3,
}  # fmt: skip
_NEIGHBOURLY = lazy(r"\b(?:before|previous|prior|after|next|preceding|following)\b", re.I)
# "how many days from X to Y?", "from X to Y, how many days?"
_FROM_TO = lazy(
    r"^\s*(?:how\s+(?P<unit>many\s+(?:days|weeks|months|years)|long)\s+"
    r"(?:(?:was|is|were|passed|elapsed|went\s+by)\s+)?(?:it\s+)?from\s+(?P<a>.+?)\s+"
    r"(?:to|until|till)\s+(?P<b>.+?)|from\s+(?P<a2>.+?)\s+(?:to|until|till)\s+(?P<b2>.+?),?\s+"
    r"how\s+(?P<unit2>many\s+(?:days|weeks|months|years)|long))\s*[?.!]*\s*$",
    re.I,
)
# "how many?", "how many is that?", 几届？ — the whole question, after a list
_HOW_MANY_THOSE = lazy(
    r"\s*(?:(?:ok|okay|so|and)[,\s]+)?(?:how\s+many(?:\s+(?:is|are)\s+(?:that|those|there|they)"
    r"|\s+of\s+(?:them|those)|\s+editions|\s+in\s+total|\s+altogether)?|count\s+them)"
    r"(?:\s+then)?\s*[?？!.]*\s*"
    r"|\s*(?:一共|总共|共)?(?:有|是)?(?:几届|多少届)(?:呢|啊)?\s*[?？]?\s*",
    re.I,
)
# "2 weeks before it started?", "and 100 days after the 2019 one ended?" — the offset alone
_DATE_OFFSET_BARE = lazy(
    r"\s*(?:(?:and|so|ok|what\s+about)[,\s]+)?(?:(?:the\s+)?(?:date|day)\s+)?"
    r"(?P<n>[\d,]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+(?P<what>[^?]+?)\s*[?.!]*\s*",
    re.I,
)
# "1000 days after this year's opening is what date", "… 100 days after the 2019 opening. what
# date is that", "on what date was the org exactly 1000 days old": the same, said otherwise
_DATE_OFFSET_TAIL = lazy(
    r"(?P<n>[\d,]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+(?P<what>[^?.!,;]+?)\s*"
    r"(?:[,.!;:—-]+\s*|\s+)(?:(?:is|was|will\s+be|would\s+be|falls?\s+on|fell\s+on)\s+)?"
    r"(?:on\s+)?(?:what|which)\s+(?:date|day)(?:\s+(?:is|was|will\s+be)\s+(?:that|it))?"
    r"\s*[?.!]*\s*$",
    re.I,
)
_DATE_OLD = lazy(
    r"\b(?:what|which)\s+(?:date|day)\s+(?:was|is|will\s+be|would\s+be)\s+(?P<what>[^?]+?)\s+"
    r"(?:exactly\s+|precisely\s+)?(?P<n>[\d,]+)\s+(?P<unit>days?|weeks?)\s+old(?P<dir>)\b",
    re.I,
)
# 首届闭幕后100天是哪天, 2019年开幕前两周是几号, 国际组织成立后1000天是哪一天
_DATE_OFFSET_ZH = lazy(
    r"(?P<what>[^，,？?。]*?)(?P<edge>开幕|闭幕|结束|成立)(?P<dir>之后|之前|以后|以前|后|前)"
    r"(?P<n>\d+|[一二三四五六七八九十百千两]+)(?P<unit>天|周|个星期|星期)"
    r"(?:是|为)?(?:哪天|哪一天|几号|什么时候|几月几号|几月几日|星期几|什么日子|哪日)"
)
# 今年开幕100天后是几月几号: the count before its direction
_DATE_OFFSET_ZH_AFTER = lazy(
    r"(?P<what>[^，,？?。]*?)(?P<edge>开幕|闭幕|结束|成立)(?P<n>\d+|[一二三四五六七八九十百千两]+)"
    r"(?P<unit>天|周|个星期|星期)(?P<dir>之后|之前|以后|以前|后|前)"
    r"(?:是|为)?(?:哪天|哪一天|几号|什么时候|几月几号|几月几日|星期几|什么日子|哪日)"
)
# "how does that compare to 2019?", "and compared with 2023?", "vs 2018", 比2017年多吗, 和2017年比呢
_COMPARE_ONE = lazy(
    r"(?:(?:and|so|ok|okay)[,\s]+)?(?:how\s+(?:does|did)\s+(?:that|it|this)\s+compare\s+"
    r"(?:to|with)|compared?\s+(?:to|with)|vs\.?|versus|against)\s+(?:the\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?:\s+(?:one|edition|summit))?\s*[?？]?"
    r"|(?:那)?比(?P<y2>\d{4})年?(?:的)?(?P<way>多|少)(?:吗|么|不)?[？?]?",
    re.I,
)
_THAT_DATE = lazy(
    r"\b(?:on\s+)?(?:that|the\s+same)\s+(?:date|calendar\s+day)\b(?!\s+(?:of|as)\b)", re.I
)
_THAT_WEEKDAY = lazy(
    r"\b(?:on\s+)?(?:that|the\s+same)\s+(?:weekday|day\s+of\s+the\s+week)\b(?!\s+as\b)", re.I
)
_THAT_DAY = lazy(r"\b(?:on\s+)?(?:that|the\s+same)\s+(?:day|weekday)\b(?!\s+as\b)", re.I)
_WEEKDAY_OF = lazy(
    r"\b(?:what|which)\s+(?:weekday|day\s+of\s+the\s+week|day)\s+(?:was|is|did)\s+"
    r"(?P<what>[^?]+?)\s*(?:on|fall\s+on)?\s*[?.!]*\s*$",
    re.I,
)
# 那贺信呢, 视频呢, 亲自出席的呢 after a question of how Xi took part
_MANNER_ONLY_ZH = lazy(
    r"(?:那|那么)?(?P<how>贺信|视频(?:讲话|致辞)?|亲自出席|亲自到场|现场)(?:的)?(?:呢|吗)?[?？]?"
)
_MANNER_ZH = lazy(
    r"(?:发表了?|发了?|致了?|通过)?(?:视频讲话|视频致辞|视频|贺信|亲自出席|亲自到场|现场出席)"
)
_MANNER_SAID_ZH = {"贺信": "致贺信", "视频": "发表视频讲话", "亲自": "亲自出席", "现场": "亲自出席"}
# "which ones?", "what were they?", 是哪几届 — the whole question, after a count
# "only the ones after 2020", "just those hosted by the organisation", 只看2020年以后的: a list
# narrowed (the selection in "what"; "the CAC-hosted ones": the words before "ones")
_ONLY_THOSE = lazy(
    r"\s*(?:(?:ok|okay|so|and|now)[,\s]+)?(?:only|just)\s+(?:(?:the|those)\s+)?"
    r"(?:(?:ones?|editions?|summits?|years?)\s+)?(?P<what>.*?)(?:\s+ones?)?\s*[?？!.]*\s*"
    r"|\s*(?:那)?(?:只看|只要|只算|仅看|仅限)(?P<what_zh>.+?)(?:的|的呢|的那几届)?\s*[?？!.]*\s*",
    re.I,
)
# "what percent is that?", "what share?", 占比多少, 佔幾成: of all the editions held so far
_SHARE_OF_THOSE = lazy(
    r"\s*(?:(?:ok|okay|so|and)[,\s]+)?(?:what|which)\s+(?:percent(?:age)?|share|fraction|%|"
    r"proportion)(?:\s+(?:is|are)\s+(?:that|those|they|them))?(?:\s+of\s+(?:all|the\s+total))?"
    r"\s*[?？!.]*\s*|\s*(?:那)?(?:占比多少|占多少比例|占几成|佔幾成|占百分之几|佔比幾多|佔幾多)"
    r"\s*[?？!.]*\s*",
    re.I,
)
_CO_HOST = lazy(r"\bco-?\s?(host|organi[sz])", re.I)
# "who hosts it now?", 现在是谁主办: the present, asked
_NOW_ASKED = lazy(r"\b(?:now|currently|nowadays|these\s+days|today)\b|现在|目前|如今|而家", re.I)
# "are you sure? i thought that one was 2021": a doubt, the answer's source asked (not 2021's)
_SURE_DOUBT = lazy(
    r"\s*(?:are\s+you|r\s+u|you|u)\s+sure\s*\??[,.!]?\s*(?:i\s+thought|i\s+heard|i\s+read"
    r"|i\s+remember|isn't\s+it|wasn't\s+it|i'm\s+pretty\s+sure|feels|seems)\b",
    re.I,
)
# "first held when", "and founded when?": the question word said last
_WHEN_LAST = lazy(
    r"\s*(?:(?:and|so|ok)[,\s]+)?(?P<rest>(?:first\s+)?(?:held|hosted|set\s+up|started|launched"
    r"|introduced|founded|opened|closed|released|established))\s+when\s*[?.!]*\s*",
    re.I,
)
# "the largest one by attendance and how many countries were there?": two questions
_RANKED_THEN_ASKED = lazy(
    r"\s*(?P<a>[^?]*?\b(?:most|fewest|least|largest|biggest|smallest|best|worst)\b[^?]*?\bby\s+"
    r"[a-z]+)\s*,?\s*(?:and|&)\s+(?P<b>how\s+(?:many|much)\b[^?]*\??)\s*",
    re.I,
)
_WHEN_FOUNDED_IT = lazy(
    r"\s*(?:(?:and|so|ok)[,\s]+)?when\s+was\s+(?:it|that|that\s+one)\s+(?:founded|established|set\s+up"
    r"|created|inaugurated|formed)\s*[?.!]*\s*",
    re.I,
)
# "since which year?", "since when?", 从哪年开始: since when what was just said has held
_SET_ASIDE_MARKS = (
    "exclud",
    "except",
    "counting",
    "including",
    "leav",
    "other than",
    "apart",
    "aside",
    "besides",
    "but not",
    "除",
    "不算",
    "不包括",
    "不含",
    "不計",
    "不计",
)
# 除2015年外, 不算2022年, 除了2014年以外: years set aside, said one way
_ZH_ASIDE_YEARS = lazy(
    r"(?:除了|除|不算|不包括|不含|撇开|除去)(?P<y>(?:19|20)\d\d年(?:(?:和|、|及|与|跟)(?:19|20)\d\d年)*)"
    r"(?:以外|之外|外)?"
)
# "…的届次？" ending a selection: which editions
_ZH_EDITIONS_END = lazy(r"的(?:届次|几届|那几届)\s*[?？]?\s*$")
# 由哪个省的政府承办, 哪个部门主办: a party asked by its kind — who, in the role
_ZH_WHICH_RUNS = lazy(
    r"(?:哪个|哪一个|什么|哪)(?:省|市|部门|机构|单位|组织)(?:的)?(?:人民)?(?:政府)?(?P<role>承办|主办)"
)
# "the one in between 2023 and 2025", "the edition between the 4th and the 6th",
# 2019年和2021年中间那届
_ONE_BETWEEN = lazy(
    r"\b(?:the\s+)?(?:one|edition|summit|conference|(?!(?:and|but|not|was|are|any|gap|lag|far|how|day)\b)[a-z]{3})"
    r"\s+(?:(?:was|is)\s+)?(?:held\s+)?"
    r"(?:in\s+)?between\s+"
    r"(?P<a>(?:the\s+)?(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)"
    r"(?:\s+(?:one|edition|summit|[a-z]{3}))?)\s+and\s+"
    r"(?P<b>(?:the\s+)?(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)"
    r"(?:\s+(?:one|edition|summit|[a-z]{3}))?)"
    r"|(?P<za>(?:19|20)\d\d年?)(?:和|与|跟|同|到)(?P<zb>(?:19|20)\d\d年?)(?:之间|中间)的?"
    r"(?:那|这|嗰)?一?届",
    re.I,
)
# "as the edition before", 和上一届: the one before an edition named (then by its year)
_SAME_AS_BEFORE_ONE = lazy(
    r"(?P<en>\bas\s+(?:the|its)\s+(?:edition|one|year|summit|conference)\s+before(?:\s+it)?\b"
    r"|\bas\s+the\s+(?:previous|prior|preceding)\s+(?:one|edition|year|summit|conference)\b)"
    r"|(?P<zh>和|与|跟|同)(?:上一届|上届|前一届)",
    re.I,
)
_YEAR_ANY = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "were most of the 2019 exhibitors from abroad?", "was more than half of …": a share claimed
_MOST_OF = lazy(
    r"(?:were|was|did|are|is)\s+(?:most|more\s+than\s+half|the\s+majority|over\s+half)\s+of\s+"
    r"(?:the\s+)?(?P<rest>[^?]+?)\s*\?*",
    re.I,
)
# "did most editions have at least 19 sub-forums?", "were the majority of summits 3 days
# long?": a share of the editions, more than half or not
_MOST_EDITIONS = lazy(
    r"(?P<aux>did|were|was|have|had)\s+(?:most|the\s+majority\s+of|more\s+than\s+half\s+of|"
    r"over\s+half\s+of)\s+(?:the\s+|its\s+)?(?P<kind>[\w-]+\s+)?(?:editions|summits|conferences)\s+"
    r"(?P<rest>[^?]+?)\s*\?*",
    re.I,
)
# "in weeks?", "and in months?": the span just asked, in another unit
_IN_UNIT = lazy(r"(?:and\s+)?(?:in|as)\s+(?:full\s+)?(?P<unit>weeks|months|years)\s*\??", re.I)
# "why two numbers?", "why are there two figures", 为什么有两个数字: the sources' figures again
_WHY_TWO = lazy(
    r"\bwhy\b.*\b(?:two|2|different|differing)\s+(?:\w+\s+)?(?:numbers?|figures?|counts?)\b"
    r"|为什么.*(?:两个|2个|不同的?)(?:数字|数据|数)|为什么.*数字不一样|點解有兩個數",
    re.I,
)
# 大多数届都是在11月举办的吗, 大部分峰会都在周三开幕吗: most of the editions, by a date
_MOST_EDITIONS_ZH = lazy(
    r"(?:请问)?(?:是不是|是否)?(?:大多数|大部分|多数|过半|一半以上)的?(?:届次|届|峰会|大会)?(?:都)?"
    r"(?:是)?(?P<rest>[^？?]+?)(?:的)?(?:吗|吧|么|呢)?[？?]*"
)
_PAST_OF = {"have": "had", "draw": "drew", "see": "saw", "take": "took", "hold": "held"}
_ITS_MONTH_NOW = lazy(
    r"\W*it'?s\s+(?:already\s+)?(?P<month>[a-z]{3,9})(?:\s+(?:already|now))?\s*[,;:.!]\s*"
    r"(?:so\s+|and\s+)?",
    re.I,
)
# (离…最近: the nearest, no latest; "next", 下一届: the first after the day)
_LATEST_SAID = lazy(
    r"\b(?:latest|most\s+recent|last|next|upcoming)\b|(?<!离)(?:最近|最新|最后|下一)的?一?[届次]",
    re.I,
)
# "as of 31 december 2019", "as of june 2020", "as of the 1st of March 2018", "as of 2019-10-21",
# "as of 31/12/2015", "at the start of 2024": a day (or a month, or a year's edge) named
_LATEST_AS_OF = lazy(
    r"\b(?:as\s+of|on|by|at)\s+(?:the\s+)?(?:(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<m1>[a-z]{3,9})\.?|(?P<m2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<m3>[a-z]{3,9})\.?,?|(?P<edge>start|beginning|end)\s+of)"
    r"\s+(?P<y>(?:19|20)\d\d)\b"
    r"|(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})\b"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<sy>(?:19|20)\d\d)\b)"
    r"|\bas\s+of\s+(?:the\s+year\s+)?(?P<yo>(?:19|20)\d\d)\b(?![-/.]\d)",
    re.I,
)
# 截至2023年1月1日, 2021年9月1日的时候, 截至2020年6月: a day (or a month, said as a time)
_LATEST_AS_OF_ZH = lazy(
    r"(?P<by>截至|截止到?|到)?(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?"
    r"(?P<then>的时候|时候|时|为止|之时)?"
)
_ACCURATE_TAG = lazy(
    r"(?:fwd:\s*)?[\"“]?(?P<claim>[^?\"”]{12,}?)[.!]?[\"”]?[.,;!]?\s*"
    r"(?:is\s+(?:that|this|it)\s+)?(?:accurate|correct)\s*\?\s*",
    re.I,
)
_MADE_SAID = lazy(r"\b(?:named|made|became|become|designated|declared|chosen)\b", re.I)
_AT_THE_CLOSE_OF = lazy(
    r"\bat\s+the\s+(?:closing|close|end|opening|start)\s+of\s+the\s+(?P<y>(?:19|20)\d\d)"
    r"(?:\s+(?:conference|summit|edition|one|forum))?\b",
    re.I,
)
_FIRST_THAT_YEAR = lazy(
    r"\bwhat(?:\s+else)?\s+(?:was|were|happened)\s+(?:for\s+the\s+)?first\s+(?:time\s+)?"
    r"(?P<when>(?:that|this|in\s+that|at\s+that)\s+(?:year|edition|summit|one|time))\W*$",
    re.I,
)
# "if 2018 had had the same sub-forums as 2017…", "hypothetically, if every edition had 20…"
_WHAT_IF = lazy(
    r"\b(?:if|suppose|supposing|imagine|hypothetically)\b(?!\s+(?:any|none|no)\b)[^?]*?\bhad\s+"
    r"(?:(?:only\s+)?had\s+)?(?:\d|the\s+same|as\s+many|as\s+much|twice|double|half|one|two"
    r"|three|four|five|ten|twenty)(?![^?]*\bhow\s+many\s+(?:fewer|more|less)\b)"
    # "if the 2020 forum had lasted 3 days, how many sub-forums per day…": another length;
    # "if 2020 had been a normal edition", "if there had been no 2020 forum": another world
    r"|\bif\b[^?]*?\bhad\s+(?:lasted|run|gone\s+on|been)\s+(?:for\s+)?(?:only\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven)"
    r"|\bif\b[^?]*?\bhad\s+(?:been\s+(?:a|an|no|the)\b|not\b|never\b|started\s+on\b)"
    r"|\bif\s+there\s+had\s+been\b",
    re.I,
)
_WHAT_IF_WORDS = ("if", "suppos", "imagine", "hypothetic")
_WHAT_IF_ZH = lazy(
    r"(?:如果|假如|假设|要是|若是)[^？?，,]{0,20}?(?:有|开|办|举办|延长|多|少)"
    r"(?:\d|[一二两三四五六七八九十])"
)
# "if the 2026 summit had lasted 3 days like most, on what date would it have closed?"
_HAD_LASTED = lazy(
    r"\bif\s+(?P<who>[^,?]{2,40}?)\s+(?:had\s+)?(?:lasted|run|gone\s+on)(?:\s+for)?\s+"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven)\s+(?:full\s+)?days?\b[^?]*?"
    r"\b(?:closed|ended|finished|close|end|finish|closing|end\s+date)\b",
    re.I,
)
# "Riddle: I opened on a Sunday in October. Which edition am I?"
_RIDDLE = lazy(
    r"\s*(?:[^:]{0,30}:\s*)?I\s+(?P<clause>(?!am\b)[^.?!]{3,80})[.?!,;]\s*"
    r"(?:so\s+)?(?:which|what|who)\s*(?:[a-z]{2,12})?\s+am\s+i\s*[?.!]*\s*",
    re.I,
)
# "Jeopardy style: the answer is 601. What's the question?", "last one, answer: Liu He"
_JEOPARDY = lazy(
    r"^(?:[^:]*\bjeopardy\b[^:]*:\s*|(?:[a-z ,]{0,20}[,:]\s*)?)"
    r"(?:the\s+)?answer(?:\s+is)?\s*[:：]?\s*"
    r"[\"“”']?(?P<a>[A-Za-z][A-Za-z .'-]{1,30}?|\d[\d,.]*)[\"“”']?\s*"
    r"(?:[.?!,]\s*(?:what(?:'s|\s+is|\s+was)\s+the\s+(?:\w+\s+)?question\b.*)?)?$"
    r"|^[^:]*\bjeopardy\b[^:]*:\s*[\"“”'](?P<a2>[^\"“”']{1,30})[\"“”']",
    re.I,
)
_SINCE_WHICH = lazy(
    r"\s*(?:(?:and|ok|so)[,\s]+)?(?:since|from)\s+(?:when|which\s+year|what\s+year|what\s+date)"
    r"\s*[?？!.]*\s*|\s*(?:从|自)?(?:什么时候|哪一?年|何时)(?:开始|起)(?:的)?呢?\s*[?？!.]*\s*",
    re.I,
)
_BEFORE_THAT = lazy(
    r"\s*(?:(?:and|ok|so)[,\s]+)?(?:before\s+(?:that|then)|prior\s+to\s+that|earlier)"
    r"\s*[?？!.]*\s*|\s*(?:那)?(?:之前|以前|在那之前|再之前)呢?\s*[?？!.]*\s*",
    re.I,
)
_WHICH_ONES = lazy(
    r"\s*(?:(?:ok|okay|so|and)[,\s]+)?(?:which|what)\s+(?:ones?|were\s+they|are\s+they|years?"
    r"(?:\s+were\s+they)?)(?:\s+(?:were\s+they|then|exactly))?\s*[?？!.]*\s*"
    r"|\s*(?:list|name)\s+them\s*[?？!.]*\s*"
    r"|\s*(?:是|分别是)?哪(?:几|些)(?:届|年|次)?(?:呢|啊)?\s*[?？]?\s*",
    re.I,
)
_MANNER = lazy(
    r"\b(?:in person|by video|via video|on video|by letter|by a letter"
    r"|(?P<verb>(?:send|sent|sends|give|gave|gives|make|made|makes|deliver|delivered)\s+)?"
    r"(?:a |an )?(?:congratulatory )?(?:video (?:address|speech|message)|videos?|letters?))\b",
    re.I,
)
_MANNER_ONLY = lazy(
    r"(?:(?:and|so|ok|okay)\s+)?(?:(?:what|how)\s+about\s+)?(?:(?:the\s+)?ones?\s+)?"
    r"(?P<how>in person|by video|via video|on video|by (?:a )?(?:congratulatory )?letters?"
    r"|(?:congratulatory )?letters?|videos?)\s*[?？]?",
    re.I,
)
# "he", "she", 他, 她 (not 他们, 其他): a person talked about
_HE = lazy(
    r"\b(?:he|she|him|his|her|(?:that|this|the) (?:guy|man|woman|lady|person))\b"
    r"|(?<!其)[他她](?!们)",
    re.I,
)


def _he_as(question: str, name: str) -> str:
    """The first "he" (his, that guy, 他) of ``question`` said as the person named."""
    return _HE.sub(
        lambda m: f"{name}'s" if m[0].casefold() in ("his", "her") else name, question, 1
    )


# "lower it to 110", "raise the bar to 25", "what about 110?" after a filter: the same bound,
# moved (no "fewer" read from "lower", no "about" from "what about")
_MOVED_BAR = lazy(
    r"\b(?:lower|raise|drop|bump|change|move|set|put|make|reduce|increase|relax|tighten)\w*"
    r" (?:it|the (?:bar|threshold|cutoff|cut-off|limit|number|figure)) (?:to |down to |up to )?\d"
    r"|^\W*(?:and |so )?(?:what|how) about \d|^\W*and \d[\d,]*\W*$"
    r"|^\W*那?(?:降到|降低到|降为|改成|改为|换成|调到|调整到|提高到|升到|放宽到)?\d+[个家人场项]?(?:的话)?呢",
    re.I,
)
# "which edition opened exactly 48 weeks after the 2015 one?"
_WHICH_OFFSET = lazy(
    r"\bwhich (?:edition|summit|conference|one|event)\s+(?:opened|started|began|kicked off)\s+"
    r"(?:exactly |precisely |just )?(?P<n>[\d,]+|\w+)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+(?P<what>[^?]+?)\s*[?.!]*\s*$",
    re.I,
)
# 哪一届的开幕时间正好比2015年晚412周, 哪届比2019年晚101周开幕
_WHICH_OFFSET_ZH = lazy(
    r"哪一?届.{0,8}?比(?P<year>(?:19|20)\d\d)年(?:的|那届|峰会|大会)*(?:开幕)?"
    r"(?P<zh_dir>晚|早)了?(?P<zh_n>\d+)(?P<zh_unit>天|周|个星期|星期)"
)
_FELL_SHORT = lazy(
    r"\b(?:fail|fails|failed|failing) to (?:(reach|exceed|pass|top)|get to|hit|make|crack|break)"
    r"|\b(?:fall|falls|fell|falling) short of",
    re.I,
)
_TOPPED = lazy(
    r"(?<!\bthe )\b(?:top|tops|topped|topping) (?=\d[\d,]* (?!(?:editions?|summits?|conferences?"
    r"|ones?|years?|by|of)\b)[a-z])",
    re.I,
)
# the words around a person asked about alone ("tell me about …", "who was …, what did he do")
_PERSON_ASKED = frozenset(
    {"tell", "me", "more", "about", "who", "is", "was", "s", "what", "did", "does", "do", "at"}
    | {"the", "in", "context", "info", "on", "and", "role", "his", "her", "there", "part"}
    | {"play", "played", "exactly"}
)
# (谁: who they are; 几/多少/哪/次/届/年: a count or an edition asked; 吗/不/没/否: a yes/no —
# each kept as it was)
_PERSON_ASKED_NOT_ZH = frozenset("谁几多少哪次届年吗不没否")
_AND_HOST = lazy(
    r"\W*(?:and|what about|how about)\s+(?:the\s+)?(?P<x>[a-z][\w .'-]*?)\s*[?.!]*\s*", re.I
)
_FALL_IN = lazy(
    r"(?P<adj>\b(?:steepest|sharpest|biggest|largest|greatest|worst|deepest) )?"
    r"(?:\b(?:fall|falls|fell)\s+(?=(?:in|of)\b)"
    r"|\b(?:cut back|cuts back|cut)\s+(?=(?:in|of|on)\b))",
    re.I,
)
_LIST_LONGEST = lazy(
    r"\b(?:was |were |is )?(?:the |its )?(?P<x>[a-z][a-z-]+) (?:list|lineup|line-up|roster)"
    r"(?: was| were| is)? (?:the )?(?P<adj>longest|biggest|largest|shortest|smallest)\b"
    r"|\b(?:had |has )?the (?P<adj2>longest|biggest|largest|shortest|smallest) (?P<x2>[a-z][a-z-]+)"
    r" (?:list|lineup|line-up|roster)\b",
    re.I,
)
_AND_END = lazy(
    r"\W*(?:and|what about|how about)\s+(?:the\s+|its\s+)?(?:(?P<end>close|closing|end|ending|"
    r"finish|last day)|open|opening|start|first day)(?:\s+day)?\s*[?.!]*\s*",
    re.I,
)
# "if conf27 opened on the same date as this year's, what weekday would that be?"
_SAME_DATE = lazy(
    r"\b(?:if|suppose|supposing|say)\b(?P<target>.{1,60}?)\b(?:had\s+)?(?:opened|opens|open|"
    r"started|starts|start|began|begins|begin|was held|were held|took place)\s+on\s+the\s+same\s+"
    r"(?:calendar\s+)?(?:date|day)(?:[- ]and[- ]month)?\s+as\s+(?P<anchor>[^,?]+?)"
    r"\s*(?:,|\?|$|\s+what\b|\s+which\b)(?=.*\b(?:weekday|day of the week)\b)",
    re.I,
)
_SAME_DATE_ZH = lazy(
    r"(?P<zh_t>明年|今年|后年|去年|(?:19|20)\d\d年)(?:的)?(?:峰会|大会)?也?在(?P<zh_m>\d{1,2})月"
    r"(?P<zh_d>\d{1,2})[日号](?:开幕|举办|举行|开)[，,]?(?:那天|那一天)?是?(?:星期几|周几|礼拜几)"
)
_RELATIVE_ANCHOR = lazy(
    r"\b(?:before|previous|preceding|prior|next|after|it|that|this|its)\b", re.I
)
# "which months did the others open in?", 其余几届呢: the editions held that the last answer
# did not name, by their years
_THE_OTHERS = lazy(
    r"\bthe\s+(?:others|rest|other\s+(?:ones|editions|summits|years)|remaining(?:\s+(?:ones"
    r"|editions|summits))?)\b(?!\s+of\b)(?:\s*,\s*the\s+ones\b)?",
    re.I,
)
_ZH_OTHERS = lazy(
    r"(?:其他|其余|剩下)(?:的)?(?:那?几届|各届|届)|(?:其他|其余|剩下)的(?=呢|[？?]|$)"
)
_WHICH_NOT = lazy(
    r"\W*(?:and |so |ok )?which(?: ones| editions| summits)?\s+(?:were(?:n't| not)|was(?:n't| not)|"
    r"did(?:n't| not)|are(?:n't| not)|weren't)\W*",
    re.I,
)
_FIRST_QUOTED = lazy(
    r"\b(?:first|earliest)\b.*?[\"“'‘](?P<q>[^\"”'’]{2,40})[\"”'’]"
    r"|[\"“'‘](?P<q2>[^\"”'’]{2,40})[\"”'’].*?\b(?:first|earliest)\b",
    re.I,
)
_IT_FIRST = lazy(
    r"\W*(?:and |so )?(?:when|what year|which year|which edition)\s+(?:was|were|did)\s+"
    r"(?:it|they)\s+"
    r"(?:first\s+)?(?:held|set up|introduced|launched|start|started|begin|began|appear|"
    r"appeared|happen|happened|come|came)(?:\s+first|\s+for the first time)?\W*",
    re.I,
)
_AND_SIDE_DAY = lazy(
    r"\W*(?:and|what about|how about)\s+(?:which\s+|how many\s+)?(?P<verb>ended|closed|finished|"
    r"wrapped up|opened|started|began|kicked off)\s+on\s+(?P<day>(?:a\s+)?[a-z]+day)\W*",
    re.I,
)
_THING_FROM = lazy(
    r"\b(?:thing|one|summit|conference|edition|event|meeting|gathering) (from) (?:19|20)\d\d\b"
    r"(?!\s*(?:to|through|thru|until|till|and|-|–|onwards?|on|up)\b)",
    re.I,
)
_ORG_SAID = lazy(r"\borg(?:ani[sz]ation)?s?\b|组织", re.I)
# "after it was founded", "since its founding": of the organisation just talked about
_IT_FOUNDED = lazy(
    r"\b(?:(?:it|they) (?=(?:was|were|got|had been) (?:founded|set up|established|created|formed|"
    r"inaugurated|launched))|(?P<its>its|their) (?=(?:founding|establishment|creation|"
    r"inauguration|launch)))",
    re.I,
)
_OVER_EDITIONS = lazy(
    r"\bhow many (?:editions|times|summits|conferences)\b"
    r"|\b(?:which|what) (?:other )?(?:years|editions)\b(?!.*\b(?:after|later|since|before)\b)"
    r"|(?:一共|总共|共)(?:出席|参加)?了?(?:几次|几届)",
    re.I,
)
# how a person took part: what "he" is asked about ("how many years did he say…" is not)
_THAT_IN_PERSON = lazy(
    r"\s*(?:(?:and|so)\s+)?(?:was|is|were)\s+(?P<en>that|it)\s+(?:there\s+)?(?:in\s+person|live|"
    r"by\s+video|physically)\b|\s*(?:那)?是?(?:线下|亲自|现场)(?:出席|参加|到场)的?[吗么嘛]",
    re.I,
)
_TAKING_PART = lazy(
    r"\b(?:attend\w*|in person|present|there|came|come|show(?:ed)? up|video|letters?|spoke|speak|"
    r"deliver\w*|gave|give|take part|took part|join\w*|physically)\b|出席|参加|亲自|到场|到现场|"
    r"视频|贺信|讲话|演讲|致辞",
    re.I,
)
# 这两届, 那三届: the editions just talked about
_THESE_ZH = lazy(
    r"[这那]([两二三四五])(?:届|年)|^([两二三四五])届(?=一共|平均|加起来|合计|总共|共|中|里|哪)"
)
# "it"/"its" in a follow-up, and the words that make the series-level thing talked about
# its subject ("how many summits has it hosted?")
_IT = lazy(r"\bit(s)?\b", re.I)
# "the summit where the award was first given", "the edition at which the expo was first held"
_FIRST_CLAUSE = lazy(
    r"\bthe\s+(?:edition|summit|conference|one|year|event)\s+"
    r"(?:where|when|in which|at which|that saw|in which year)\s+"
    r"(?P<what>[\w' -]+?)\s+(?:was|were|got|had been)\s+(?:first|for the first time)\s+"
    r"(?P<verb>[a-z]+)",
    re.I,
)
_THAT_BESIDE = lazy(r"\b(was|is)\s+that\s+(before|after)\b", re.I)
_HOST_WORDS = lazy(r"\b(?:host|hosts|hosted|hosting|organi[sz]ed|run|ran|held|holds)\b", re.I)
_HOST_WORDS_ZH = ("主办", "举办", "办了", "承办")
_UNTIL = lazy(
    r"how\s+(?P<unit>many\s+(?:days|weeks|months)|long)\s+(?:is\s+it\s+|are\s+there\s+)?"
    r"(?:until|till|til|to)\s+(?P<x>(?:the\s+)?(?:19|20)\d\d\s+[a-z]+|[a-z]+\s*(?:19|20)\d\d)"
    r"(?:\s+(?:opens|starts|begins|kicks off))?\s*\??",
    re.I,
)
_WAS_HOST = lazy(
    r"(?:was|is|were)\s+(?:the\s+)?(?P<who>[a-z][a-z .'’-]{1,60}?)\s+(?:the\s+)?"
    r"(?P<role>host|hosts|organi[sz]er|organi[sz]ers)\s+(?:in|of|for|at)\s+(?P<what>[^?]+?)\s*\??",
    re.I,
)
_ALL_OF = frozenset({"all", "every", "each", "both"})
# words that ask for editions listed or counted, not whether a claim holds
_ASKS_LIST = _ASKING | {"list", "name", "count", "many", "show", "editions", "summits"}
# what may be asked of the first (last) edition a host held, rather than its hosts
_OF_HOSTED = frozenset(
    {"theme", "attendance", "dates", "start", "end", "duration", "weekday", "attr:subforums"}
    | {"attr:expo", "attr:keynote", "attr:achievements"}
)
_HOST_JOIN = lazy(r"\s+(?:and|together with|along with|with)\s+(?:the\s+)?|\s*[&+]\s*", re.I)
# "which editions weren't hosted by …", "not organised by", "never run by"
_NOT_HOSTED = lazy(
    r"(?:n['’]t|\bnot|\bnever)\s+(?:been\s+)?(?:hosted|organi[sz]ed|run)\s+by\b", re.I
)
_HOSTED_BY = lazy(
    r"\b(?:hosted|organi[sz]ed|run)\s+by\s+(?P<who>[a-z][a-z .'’-]{2,70}?)"
    r"(?=\s*(?:[?,.!]|$|\bin\b|\bsince\b|\bbefore\b|\bafter\b|\bbetween\b|\bfrom\b"
    r"|\bup to\b|\buntil\b|\btill\b|\bthrough\b|\bright\b|\bcorrect\b|\bi think\b))"
    r"|\bdid\s+(?P<who2>(?:the\s+)?[a-z][a-z .'’-]{2,70}?)\s+(?:host|organi[sz]e|run)\b"
    # "the first summit the organisation hosted"
    r"|\b(?:summit|edition|conference|one)s?\s+(?:that\s+)?(?P<who3>the\s+[a-z][a-z .'’-]{2,70}?)"
    r"\s+(?:hosted|organi[sz]ed|ran|has\s+hosted|has\s+run)\b"
    # "the last CAC-hosted edition", "org-run summits"
    r"|\b(?P<who4>[a-z]{2,20})-(?:hosted|organi[sz]ed|run)\b",
    re.I,
)
# "the opening ceremony on a different day from the first day", "after the opening day"
_CEREMONY_APART = lazy(
    r"\bceremony\b[^?]*\b(?:different day|another day|later|after (?:the|its|their) "
    r"(?:first|opening) day|not on (?:the|its|their) first day)",
    re.I,
)
_CEREMONY_APART_ZH = lazy(r"开幕式[^？?]*(?:不在(?:第一天|首日|开幕当天)|晚于|不是(?:第一天|首日))")
# "apart from 2024", "except 2025", 除了2024年: years set aside
_LEFT_OUT_YEARS = lazy(
    r"(?:apart from|except(?: for)?|besides|other than|excluding|除了|除)\s*((?:19|20)\d\d)",
    re.I,
)
# "did any premier speak?", "has a president ever…?", 有总理做过主旨演讲吗: a title claimed
_TITLE_YES_NO_LEADS = frozenset({"did", "has", "have", "was", "were", "is", "does", "do", "had"})
_TITLE_YES_NO_ZH = lazy(r"吗|有没有|是否|有无|嗎|有冇")
# "how many editions did a vice premier attend?", "which summits did the premier attend?"
# "which editions opened on a Sunday or lasted 4 days?": two conditions, either of which
# selects (the second begins with a verb of its own: "or November" is one condition)
# "which editions opened on a Wednesday but were not in November?": a negation in one half
# only, each half asked on its own and both kept
_BOTH_HALVES = lazy(
    r"(?:(?:which|what|list|name|show)\s+(?:the\s+)?(?:editions?|summits?|ones|years|conferences?)"
    r"|(?:editions|summits|edition|summit)\s+(?:that|which))\s+(?P<a>.+?)\s+(?:and|but)\s+"
    r"(?P<b>(?:were|was|had|have|lasted|ran|opened|started|began|ended|closed|finished|did"
    r"|didn't|weren't|wasn't|not)\b.+?)\s*[?.!]*",
    re.I,
)
_NEGATED_HALF = lazy(r"\b(?:not|never|didn't|weren't|wasn't|didnt|werent|wasnt)\b", re.I)
# "which editions were in November or December but not on a Wednesday?", "how many opened
# neither on a Sunday nor on a Wednesday?": a selection whose conditions are joined
# "which edition opened on the 6th?": a day of the month (not the 6th edition)
# (a spelled-out ordinal's ending or tens: most questions hold none)
_SPELLED_MARKS: tuple[str, ...] = ("first", "second", "third", "rth", "fth", "xth", "nth", "hth")
_SPELLED_MARKS += ("ieth", "twenty", "thirty")
# "the twenty-sixth of september", "september twenty-sixth": a day spelled out, by a month
_SPELLED_DAY = lazy(
    r"\b(?P<the>the\s+)?(?P<day>(?:twenty|thirty)[\s-]+[a-z]+|[a-z]+(?:st|nd|rd|th))\s+of\s+"
    r"(?P<month>[a-z]{3,9})\b"
    r"|\b(?P<month2>[a-z]{3,9})\s+(?:the\s+)?"
    r"(?P<day2>(?:twenty|thirty)[\s-]+[a-z]+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\b"
    # "started on the nineteenth", "ended on the eleventh": a day of the month
    r"|\b(?P<verb>opened|open|opens|started|start|starts|began|begin|begins|closed|close|closes"
    r"|ended|end|ends|finished|finish)\s+on\s+the\s+"
    r"(?P<day3>(?:twenty|thirty)[\s-]+[a-z]+|[a-z]+(?:st|nd|rd|th))\b"
    r"(?!\s*(?:edition|one\b|summit|conference|forum|of\b|anniversary|mon|tue|wed|thu"
    r"|fri|sat|sun|week))",
    re.I,
)
_ON_THE_DAY = lazy(
    r"\b(?P<verb>opened|open|started|start|began|begin|closed|close|ended|end|finished|finish"
    r"|in\s+session|held|running|under\s+way)"
    r"\s+on\s+the\s+(?P<n>\d{1,2}(?:st|nd|rd|th))\b"
    r"(?!\s*(?:of\b|edition|one\b|summit|conference|day\b|anniversary|[a-z]{3,9}\s+\d))",
    re.I,
)
# "the last edition held in the 2010s", "the first one after 2019", 2010年代最后一届: the edge
# of the editions in that span (not the first or latest edition of all)
_EDGE_IN_SPAN = lazy(
    r"\b(?:the\s+)?(?P<edge>first|last|latest|earliest|final|most\s+recent)\s+(?P<noun>[a-z]+)\s+"
    r"(?:(?:that\s+was\s+|to\s+be\s+)?(?:held|hosted|opened|organi[sz]ed|run)\s+)?"
    r"(?:(?P<side>before|prior\s+to|after|since|until|up\s+to)\s+(?P<y>\d{4})\b"
    r"|(?:in|of|during)\s+the\s+(?P<dec>\d{3})0'?s\b"
    r"|between\s+(?P<a>\d{4})\s+and\s+(?P<b>\d{4})\b)"
    # ("the first summit after 2020 to be held in November": the first of those, not the span's)
    r"(?!\s+(?:to|that|which|where|with|in|on|whose|having|when|held|opened|to)\b)",
    re.I,
)
_ZH_EDGE_IN_SPAN = lazy(
    r"(?:(?P<dec>\d{3})0年代|(?P<y>\d{4})年(?P<side>之前|以前|之后|以后))(?:的)?"
    r"(?P<edge>最后一届|第一届|首届|最早一届|最近一届|最早的一届|最后的一届)"
)
# "which editions opened on the same calendar day as the first one": that edition's day
_SAME_DAY_AS = lazy(
    r"\b(?P<verb>opened|started|began|closed|ended|finished|open|start|begin|close|end|finish)"
    r"\s+on\s+the\s+same\s+"
    r"(?:calendar\s+)?(?:day|date)(?:\s+of\s+the\s+year)?\s+as\s+(?P<x>[^?,.!]+?)"
    r"(?=\s*(?:[?,.!]|$|\bdid\b|\bdoes\b))",
    re.I,
)
# "what day of the week was 2019-11-20?": a day's weekday, whatever was held then
_ZH_WEEKDAY_OF_DATE = lazy(
    r"^\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号號](?:是|係)?(?:星期几|星期幾|周几|週幾|礼拜几|禮拜幾)"
    r"(?:呢|啊|呀)?\s*[？?]*\s*$"
)
_WEEKDAY_OF_DATE = lazy(
    r"^\s*(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday|day)\s+(?:was|is|will\s+be|falls\s+on)\s+"
    r"(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<mn>[a-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
    r",?\s+(?P<y2>\d{4}))\s*[?.!]*\s*$",
    re.I,
)
# what an "unrelated" says it is unrelated to, before the question
_UNRELATED_TO = lazy(r"\s*(?:to|with|from)\b[^,，:：?？]{0,40}[,，:：]", re.I)
# "since the 2017 one was in Hangzhou, how many guests came?": "since" giving a reason (a
# premise with its own verb), not a start year
# ("since the organisation was founded, …": since when — a time, not a reason)
_SINCE_WHEN = lazy(
    r"\b(?:founded|established|created|set\s+up|launched|started|began|begun|became|inaugurated"
    r"|moved|took\s+over|opened|formed|renamed|changed)\b",
    re.I,
)
_SINCE_PREMISE = lazy(
    r"^\s*since\s+(?P<premise>[^,?]{3,80}?\b(?:was|were|had|is|are|did|has|have|didn't|wasn't"
    r"|know|knows|seem|seems)"
    r"\b[^,?]*),\s*(?P<rest>.+)$",
    re.I,
)
_YEAR_SAID = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# words that name editions as a selection ("even editions: …", "the 4-day ones: …")
_SELECTION_NOUNS = frozenset({"editions", "ones", "eds"})
# "from one edition's start to the next edition's start": consecutive editions' gap
_ONE_TO_NEXT = lazy(
    r"\bfrom\s+one\s+(?:edition|summit|conference)(?:'s|’s)?\s+(?P<a>start|opening|open|beginning"
    r"|close|closing|end)\s+(?:to|until|till)\s+the\s+next\s+(?:(?:edition|summit|conference|one)"
    r"(?:'s|’s)?\s+)?(?:start|opening|open|beginning)\b",
    re.I,
)
# "the day before Singles' Day (11 November)", "the day after 3 December": that day, moved
_DAY_BESIDE = lazy(
    r"\b(?:on\s+)?the\s+day\s+(?P<way>before|after)\s+(?:[^()?,]{0,30}?\(\s*)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[a-z]{3,9}\.?)"
    r"|(?P<mon2>[a-z]{3,9}\.?)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b\s*\)?",
    re.I,
)
# 一年的最后一个月 (第一个月): 12月 (1月)
_MONTH_OF_YEAR_ZH = lazy(r"(?:在)?一年(?:中|里|当中)?的?(最后|第一)一?个月份?")
# "the last (first) month of the year": December (January)
_MONTH_OF_YEAR = lazy(r"\b(?:the\s+)?(last|final|first)\s+month\s+of\s+the\s+year\b", re.I)
# a preface that calls itself a question ("calendar nerd question:", "trivia q:", "quiz:")
_SAYS_QUESTION = lazy(r"\b(?:question|q|qn|trivia|quiz)\s*:$", re.I)
# a few words set before the question with a colon ("考试复习：…", "for my essay: …")
_LEAD_COLON = lazy(r"^\s*[^:：?？]{1,24}[:：]\s*(?P<rest>\S.{4,})$")
# a date format asked for ("the 2023 dates in yyyy-mm-dd", "as iso 8601", "dd.mm.yyyy")
_DATE_FORMAT = lazy(
    r"\s*,?\s*\b(?:in|as|using|with)?\s*(?:the\s+)?(?:(?P<us>us|american)\s+format\s*)?"
    r"(?P<fmt>yyyy-mm-dd|iso(?:[\s-]*8601)?(?:\s+format)?|mm/dd/yyyy|dd\.mm\.yyyy|dd/mm/yyyy)"
    r"(?:\s+format)?\b|\s*,?\s*\b(?:in|as)\s+(?:the\s+)?(?P<us2>us|american)\s+format\b",
    re.I,
)
_DATE_FORMATS = {"yyyy-mm-dd": "%Y-%m-%d", "mm/dd/yyyy": "%m/%d/%Y", "dd.mm.yyyy": "%d.%m.%Y"}
# "what ISO calendar week was the first one in", "which week number did 2019 open in"
_ISO_WEEK = lazy(
    r"^\s*(?:what|which)\s+(?:iso\s+)?(?:calendar\s+)?week(?:\s+number)?\s+(?:of\s+the\s+year\s+)?"
    r"(?:was|did|is)\s+(?P<rest>.+?)\s*(?:\bin|\bopen|\bstart|\bbegin)?\s*(?:in)?\s*[?.!]*\s*$",
    re.I,
)
# "is hangzhou in zhejiang?", 上海属于长三角吗: a place asked of another place (its subject)
_PLACE_OF_PLACE = lazy(
    r"^\s*(?:is|isn't|was|are)\s+(?P<subj>[a-z]+(?:\s+[a-z]+)?)\s+(?:in|a|an|part\s+of|"
    r"located\s+in|near|within|inside)\s+(?P<obj>[a-z][a-z ]*?)\s*[?.!]*\s*$",
    re.I,
)
_ZH_PLACE_OF_PLACE = lazy(
    r"^(?P<subj>[\u4e00-\u9fff]{2,3})(?:属于|位于|在不在|在|是不是|是)(?P<obj>[\u4e00-\u9fff]{2,6})"
    r"(?:吗|嗎|么|麼|吧)?[？?。!！]*$"
)
# "which month comes after october?": the calendar's, not ours
_MONTH_AFTER = lazy(
    r"^\s*(?:which|what)\s+month\s+(?:comes|is|falls)\s+(?:right\s+)?(?:after|before)\s+[a-z]+\s*[?.!]*\s*$",
    re.I,
)
_NOT_PLACES = frozenset({"it", "this", "that", "there", "the", "they"})
# "the edition with the most attendees except 2022?": a ranking with one set aside
_RANKED_SET_ASIDE = lazy(
    r"\s*(?:(?:what|which)(?:'s|\s+is|\s+was)\s+)?the\s+(?P<noun>edition|one|summit|conference)"
    r"\s+with\s+the\s+(?P<rest>(?:most|fewest|least|largest|smallest|biggest)\s+.+?\s+"
    r"(?:except|other\s+than|not\s+counting|excluding|apart\s+from|besides)\s+.+?)\s*[?.!]*",
    re.I,
)
# "what date was the second day of the 2015 conference", "the middle day of the 2022 one", "day 3 of
# the 2025 summit", 2025年峰会第三天是几号, 2014年大会中间那天: that day of the edition
_NTH_DAY = lazy(
    r"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth|fifth|last|middle|final|\d(?:st|nd|rd|th))"
    r"\s+day|day\s+(?P<num>\d))\s+(?:of|at|in)\s+(?P<rest>(?:the\s+)?[^?,.!]+?)\s*"
    r"(?=[?,.!]|$|\band\b|\bwhich\b|\bwhat\b)",
    re.I,
)
# (its date or weekday asked — not "from … to the first day of…", nor a claim, nor what
# happened that day)
_NTH_DAY_ASKED = lazy(
    r"\b(?:what|which)\b|\?\s*$|^\s*(?:the\s+)?(?:first|second|third|fourth|last|middle|day)\b"
    r"|几号|幾號|几月几号|幾月幾號|哪天|哪一天|星期几|星期幾|周几|日期",
    re.I,
)
_NTH_DAY_ELSE = lazy(
    r"\b(?:how|ago|from|between|until|since|agenda|programme|program|schedule|happen\w*|spoke"
    r"|speak|keynote|theme|held|travel\w*|left|leave|opening\s+ceremony|ceremony)\b"
    r"|吗|嗎|多少|多久|议程|安排|开幕式",
    re.I,
)
_ZH_NTH_DAY = lazy(
    r"(?P<y>\d{4})年[^第中最]{0,8}?(?:第(?P<n>[一二三四五1-5])天|(?P<mid>中间那天|中间一天)|(?P<last>最后一天))"
)
_FROM_THE_END = lazy(
    r"\b(?P<nth>\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth)\s+(?P<noun>edition|one|summit"
    r"|conference)\s+from\s+the\s+end\b",
    re.I,
)
# "which November editions …": a month before the noun
_MONTH_NOUN = lazy(
    r"(?:which|what|list|name)\s+(?:the\s+)?(?P<month>[a-z]+)\s+(?P<noun>[a-z]+)\b", re.I
)
_SELECTION = lazy(
    r"(?:(?P<count>how\s+many|count(?:\s+the)?|number\s+of)|which|what|list|name|show(?:\s+me)?"
    r"|give\s+me)?\s*(?:of\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?P<noun>[a-z]+)\s+"
    r"(?:(?:that|which)\s+|(?=(?:were|was|weren't|wasn't|did|didn't|had|opened|started|began"
    r"|ended|closed|lasted|ran|neither|not|in|on|with)\b))(?P<conds>[^?]+?)\s*[?.!]*",
    re.I,
)
_JOINS = lazy(
    r"\b(?:or|and|but|nor|excluding|except|apart\s+from|other\s+than|not\s+counting"
    r"|leaving\s+out)\b",
    re.I,
)
_PLURAL_NOUNS = frozenset({"editions", "ones", "summits", "conferences"})
# "how many editions opened on a Sunday or lasted 4 days?", "editions in December or with
# more than 20 sub-forums", "…opened on a Sunday or a Monday": two conditions in any form,
# the second completed from the first where it says less ("a Monday": "opened on a Monday")
_EITHER_WIDE = lazy(
    r"(?:(?P<count>how\s+many|count)|which|what|list|name|show)?\s*(?:of\s+)?(?:the\s+)?"
    r"(?:editions|summits|ones|conferences)\s+(?:that\s+|which\s+)?(?P<a>[^?]+?)\s+or\s+"
    r"(?P<b>[^?]+?)\s*[?.!]*",
    re.I,
)
# what can begin a condition of its own: a verb, a preposition, "with"
_HALF_LEADS = frozenset(
    {"were", "was", "had", "have", "lasted", "ran", "opened", "started", "began", "ended"}
    | {"closed", "finished", "took", "drew", "attracted", "saw", "featured", "held"}
    | {"in", "on", "during", "with", "without"}
)
_HALF_BOUNDS = frozenset({"more", "fewer", "less", "over", "under", "above", "below", "at"})


def _halves(a: str, b: str) -> tuple[str, str] | None:
    """The two conditions of "A or B", B completed from A where it leaves out what they share
    ("opened on a Sunday or a Monday"); None where it cannot be."""
    b = re.sub(r"^(?:that|which)\s+", "", b.strip(), flags=re.I)  # "…or that had…"
    wa, wb = a.rstrip(" ,").split(), b.split()
    if not wa or not wb:
        return None
    lead = wb[0].casefold()
    if lead in _HALF_LEADS:
        return a, b
    if lead in _HALF_BOUNDS:
        heads = _HALF_BOUNDS | {"between"}
        at = next((i for i, w in enumerate(wa) if w.casefold() in heads), None)
        if at is None:
            return None
        if wb[-1].isdigit() and not wa[-1].isdigit():
            # "between 15 and 19 sub-forums, or fewer than 10": the thing counted, shared
            wb = [*wb, wa[-1]]
        return a, " ".join(wa[:at] + wb)
    if len(wa) > len(wb):
        return a, " ".join(wa[: len(wa) - len(wb)] + wb)
    return None


_EITHER = lazy(
    r"(?:(?:which|what|list|name|show)\s+(?:the\s+)?(?:editions|summits|ones|years|conferences)"
    r"|(?:editions|summits)\s+(?:that|which))\s+(?P<a>.+?)\s+or\s+(?P<b>(?:were|was|had|have"
    r"|lasted|ran|opened|started|began|ended|closed|finished|took|drew|attracted|saw|featured)"
    r"\b.+?|(?P<bound>(?:more|fewer|less)\s+than|over|under|above|below|at\s+(?:least|most))"
    r"\s+\d.+?)"
    r"\s*[?.!]*",
    re.I,
)


def _at_word(text: str, at: int, length: int) -> bool:
    """Whether ``text[at : at + length]`` stands as whole words."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + length] if at + length < len(text) else " "
    return not (before.isalnum() or after.isalnum())


# "the 2 editions before 2020", "editions 2 and 3", "the 3rd one and the one after it"
_COUNTED_AROUND = lazy(
    r"\b(?:the\s+)?(?P<n>[2-9]|two|three|four|five|six)\s+(?:editions|summits|ones|conferences)"
    r"\s+(?P<dir>before|prior to|preceding|after|following|since)\s+(?:the\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?:\s+(?:one|edition|summit)\b)?"
    r"|\beditions\s+(?P<a>\d{1,2})\s+(?:and|&)\s+(?P<b>\d{1,2})\b"
    r"|\bthe\s+(?P<k>\d{1,2})(?:st|nd|rd|th)\s+(?P<noun>[a-z]{2,12})\s+"
    r"and\s+the\s+one\s+(?P<side>after|before)\s+(?:it|that)\b",
    re.I,
)
# "not the 2024 one, not the 2025 one, the one before those", "not 2019, not 2018, the one
# after them"
_NOT_THOSE = lazy(
    r"(?P<out>(?:\bnot\s+(?:the\s+)?(?:19|20)\d\d(?:\s+(?:one|edition|summit))?\s*[,;]?\s*"
    r"(?:(?:and|or|nor)\s+)?){2,})(?:but\s+)?the\s+(?:one|edition|summit)\s+"
    r"(?:(?P<side>before|after)\s+(?:those|them|these|both|that)(?:\s+two)?"
    r"|(?P<between>in\s+between|between(?:\s+(?:them|those|these))?))\b",
    re.I,
)
# 多于2019年, 少过2016年, 超过2018年: a year's figure compared (read as 比2019年多)
_ZH_THAN_YEAR = lazy(r"(?P<way>多于|多过|超过|大于|高于|少于|少过|低于|小于)(?P<y>(?:19|20)\d\d年)")


def _zh_than_year(m: re.Match[str]) -> str:
    return f"比{m['y']}{'多' if m['way'] in ('多于', '多过', '超过', '大于', '高于') else '少'}"


# "two before that?", "and three after it?" in a conversation about one edition: counted
# from that edition, written as its year ("two before 2022")
_COUNTED_FROM_THAT = lazy(
    r"^(?P<lead>\s*(?:and\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+(?:one|edition)\s+)?)"
    r"(?P<n>\w+)\s+(?P<side>before|after|earlier|later)\s+(?P<that>that(?:\s+one)?|it|this(?:\s+one)?)\b",
    re.I,
)
# "when was the first one hosted by the organisation?": which edition was the first so
# hosted (its date comes with it) — not the 1st edition's hosts
_WHEN_FIRST_BY = lazy(
    r"\bwhen\s+(?:was|did)\s+(?P<one>the\s+(?:first|1st)\s+(?:one|edition|summit|conference))"
    r"\s+(?P<verb>(?:get\s+)?(?:hosted|organi[sz]ed|run|held))\s+by\b",
    re.I,
)
# "fewer guests but more countries than the year before": two changes against the edition
# before, each asked on its own
_MOVE_WORD = r"(?:more|fewer|less|bigger|smaller|higher|lower)"
# 嘉宾比上一届少但国家比上一届多: the same, in Chinese
_TWO_CHANGES_ZH = lazy(
    r"(?P<a1>[\u4e00-\u9fff]{1,6}?)比上一[届年](?P<w1>多|少)了?[，,]?(?:但是|但|而且|而|并且|且|同时)?"
    r"(?P<a2>[\u4e00-\u9fff]{1,6}?)比上一[届年](?P<w2>多|少)"
)
_TWO_CHANGES = lazy(
    rf"\b(?P<w1>{_MOVE_WORD})\s+(?P<a1>[a-z][a-z-]*(?:\s+[a-z-]+)?)\s+(?:and|but)\s+(?:also\s+)?"
    rf"(?:(?:had|have|with)\s+)?(?P<w2>{_MOVE_WORD})\s+(?P<a2>[a-z][a-z-]*(?:\s+[a-z-]+)?)\s+"
    r"than\s+(?:the\s+(?:year|one|edition|summit|conference)\s+before(?:\s+it)?|the\s+"
    r"(?:previous|prior|preceding)\s+(?:one|edition|year|summit|conference))\b",
    re.I,
)
_TWO_CHANGES_SPLIT = lazy(
    rf"\b(?P<w1>{_MOVE_WORD})\s+(?P<a1>[a-z][a-z-]*(?:\s+[a-z-]+)?)\s+than\s+(?:the\s+"
    r"(?:year|one|edition|summit|conference)\s+before(?:\s+it)?|the\s+(?:previous|prior|preceding)"
    r"\s+(?:one|edition|year|summit|conference))\s*,?\s+(?:but|and|yet|while)\s+(?:also\s+)?"
    rf"(?:(?:had|have|with)\s+)?(?P<w2>{_MOVE_WORD})\s+(?P<a2>[a-z][a-z-]*(?:\s+[a-z-]+)?)"
    r"\s*[?.!]*\s*$",
    re.I,
)
_YEARS_SPAN = lazy(r"\b(?:19|20)\d\d\s*(?:to|-|–|through|until)\s*(?:19|20)\d\d\b")
_UNDER_HOSTS = lazy(r"\s+under\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:organi[sz]ation|hosts?)\b", re.I)
# "what was the last year xi sent a letter?", "the first year it had an expo": the last
# (first) edition of which the clause holds — not last year's; "the last edition where…"
_YEAR_OF_CLAUSE = lazy(
    r"(?<!in )(?<!over )(?<!during )(?<!within )\bthe\s+(?P<edge>last|first|latest|most\s+recent)"
    r"\s+(?:year\s+(?:that\s+|when\s+|in\s+which\s+)?|(?:edition|one|summit)\s+(?:when|where"
    r"|in\s+which)\s+)"
    r"(?=(?!(?:was|is|are|were|be|been|did|does|do|has|have|had|will|would|can|could|of|in|on"
    r"|at|for|to|and|or|with|by|from|after|before|since|than|held|run|s|'s|[a-z]+ed)\b)"
    r"[a-z]+\s+[a-z])",
    re.I,
)
# "how many days between 2020-01-01 and 2021-01-01?": two days named, counted as days (as
# "from Jan 1 2020 to Jan 1 2021" is), never the editions of those years
_TWO_ISO_DAYS = lazy(
    r"\b(?:between|from)\s+(?P<a>(?:19|20)\d\d-\d{1,2}-\d{1,2})\s+(?:and|to|until|till)\s+"
    r"(?P<b>(?:19|20)\d\d-\d{1,2}-\d{1,2})\b",
    re.I,
)
# words that point back to the chat before them ("anyway, when was it?")
_POINTING = lazy(
    r"\b(?:it|its|it's|that|this|then|there|he|she|they|them|his|her|their|those|these|one)\b"
    r"|它|那届|这届|他|她|那次",
    re.I,
)
_CLAIM_LEAD = lazy(r"\s*(?:did|was|were|is|does|has|had)\b", re.I)
# "exactly two years after": a time span spelled in words, read as its number
_SPELLED_SPAN = lazy(
    r"\b(?P<n>[a-z]+)\s+(?P<unit>years?|months?|weeks?|days?)\s+(?=after|before|apart|later|earlier)",
    re.I,
)
# "是不是比2016年少", "more than in 2016?": the year named is what the edition talked about
# is set against, never the one claimed of
_THAN_NAMED = lazy(r"比\s*(?:19|20)\d\d|\bthan\s+(?:in\s+|the\s+)?(?:19|20)\d\d", re.I)
# 之前两届呢, 再往前两届呢, 之后三届呢: counted from the edition talked about
_ZH_STEPS_FROM_THAT = lazy(
    r"\s*(?:那|那么|再|那再)?往?(?P<side>之前|之后|以前|以后|前|后)(?P<n>[两二三四五六七八九十\d]+)届"
    r"(?:呢|是哪几届|是哪两届|是哪三届)?[?？]*\s*$"
)
# "have they always released exactly 15 achievements?", "has it always had 20 sub-forums?":
# a claim of every edition
_ALWAYS_HAVE = lazy(r"^\W*(?:so\s+|and\s+)?(?:have|has)\s+(?:they|it)\s+always\b", re.I)
# the verbs that ask of an edition's first or last day ("ever opened on a Saturday?")
_EDGE_VERBS = frozenset(
    {
        "open",
        "opened",
        "opens",
        "start",
        "started",
        "starts",
        "begin",
        "began",
        "close",
        "closed",
        "end",
        "ended",
        "ends",
        "finish",
        "finished",
        "kick",
        "kicked",
        "wrap",
        "wrapped",
    }
)
# 2024年那届的前一届的前一届: steps in a chain, each from the edition before it
_ZH_CHAIN = lazy(
    r"(?:(?P<y>(?:19|20)\d\d)年?|第(?P<n>[一二三四五六七八九十\d]{1,3})[届屆])"
    r"(?:[那这這]一?[届屆])?(?P<steps>(?:[的嘅]?(?:前|后|後|上|下)一[届屆]){2,})"
)
_ZH_FIRST_SUCH = lazy(r"第一届(?=(?:线上|线下|在|由|有|只|同时|采用|以)[^？?]{0,12}?的是哪)")
# "first one?", "which was the first?", "and the last of those?" just after a list
_EDGE_OF_LISTED = lazy(
    r"\s*(?:and\s+|so\s+|ok\s+)?(?:which\s+(?:was|one\s+was|is)\s+)?(?:the\s+)?"
    r"(?P<edge>first|last|earliest|latest)(?:\s+one)?(?:\s+of\s+(?:those|them|these))?\s*[?？]*\s*$",
    re.I,
)
# an edition named in a few words: a year, '19, the 3rd, this year's
_NAMED_ONE = (
    r"(?:the\s+)?(?:(?:19|20)\d\d|'\d\d|\d{1,2}(?:st|nd|rd|th)|(?:this|last|next)\s+year'?s?)"
    r"(?:\s+(?:one|edition|summit|conference)s?)?"
)
# "not asking about this year's, i mean the one after", "not 2016 but 2017", "2017 not 2016":
# the edition set aside is not asked (a step from it keeps it as its anchor)
_NOT_THIS_ONE = lazy(
    r"\b(?:i'?m\s+|i\s+am\s+)?not\s+(?:asking\s+about\s+|talking\s+about\s+|about\s+)?"
    rf"(?P<out>{_NAMED_ONE})\s*(?:[,;:]|\s-+|\s—)?\s*(?:but\s+)?"
    r"(?:(?:i\s+mean[t]?|i'?m\s+asking\s+about|rather|just)\s*,?\s+)?"
    rf"(?P<in>{_NAMED_ONE}|the\s+(?:one|edition|summit)\s+(?:after|before)(?!\s+(?:that|it|the|\d))"
    r"|the\s+(?:next|previous)\s+(?:one|edition|summit))"
    r"|(?P<kept>\b(?:19|20)\d\d)\s*,?\s+not\s+(?P<aside>(?:19|20)\d\d)\b",
    re.I,
)
# "since huang kunming read the letter in 2019, i guess he read the 2017 one too?", "li shulei
# did 2022 and 2023, so surely he did the 2024 keynote too?": a premise, then the claim asked
_PREMISED = lazy(
    r"^\W*(?:since\s+|as\s+|because\s+)?(?P<premise>.+)[,;]\s*(?:so\s+|then\s+)?"
    r"(?:i\s+guess\s+|i\s+bet\s+|i\s+assume\s+|surely\s+|presumably\s+)+"
    r"(?P<claim>.+?\b(?:too|as\s+well|also)\W*)$",
    re.I,
)
# "did 2024 have more countries but the same number of guests as 2023?": two comparisons
_TWO_COMPARED = lazy(
    r"^\W*(?:did|does|has)\s+(?P<a>(?:the\s+)?(?:19|20)\d\d(?:\s+(?:one|edition|summit))?)\s+"
    r"(?:have|had|get|draw)\s+(?P<w1>more|fewer|less)\s+(?P<x>[a-z][a-z -]*?)\s+(?:but|and|yet)\s+"
    r"(?:also\s+)?(?:(?:have|had)\s+)?(?:the\s+same\s+(?:number\s+of\s+)?(?P<y>[a-z][a-z -]*?)\s+as"
    r"|(?P<w2>more|fewer|less)\s+(?P<y2>[a-z][a-z -]*?)\s+than)\s+"
    r"(?P<b>(?:the\s+)?(?:19|20)\d\d(?:'s)?(?:\s+(?:one|edition|summit))?)\s*[?？]*$",
    re.I,
)
# "are you sure?", "really?", 你确定吗 just after an answer (nothing else said)
_SURE = lazy(
    r"\W*(?:(?:are|r)\s+(?:you|u)\s+(?:sure|certain|positive)|(?:you|u)\s+sure|really|sure|"
    r"is\s+that\s+(?:right|correct|true))\W*|\s*(?:你|您)?确定(?:吗|嘛|么)?[?？]*|\s*真的吗[?？]*",
    re.I,
)
# "is it still them?", "do they still host it?" just after who hosted an edition
_STILL_THEM = lazy(
    r"\W*(?:and\s+|so\s+)?(?:(?:is|are)\s+(?:it|they|that)\s+still\s+(?:them|they|the\s+same|the\s+hosts?)"
    r"|(?:do|does)\s+(?:they|it)\s+still\s+host(?:\s+it)?|still\s+them)(?:\s+(?:today|now|these\s+days))?"
    r"\W*",
    re.I,
)
# "and the last one on record?", "and the latest?" just after a "first year X did Y" question
_LAST_INSTEAD = lazy(
    r"\W*(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+)?(?:last|latest|most\s+recent)"
    r"(?:\s+(?:one|time|year))?(?:\s+on\s+record)?\s*[?？]*",
    re.I,
)
_FIRST_WORD = lazy(r"(?P<the>\bthe\s+)?(?P<w>\bfirst\b)", re.I)
# "the 2022 expo had 40 countries so the 2023 one had more?": the later year claimed of,
# against the premise's
_SO_MORE = lazy(
    r"^(?P<pre>.*?\b(?P<y1>(?:19|20)\d\d)\b.*?)\s*[,;]?\s+so\s+(?:the\s+)?(?P<y2>(?:19|20)\d\d)"
    r"(?:\s+one)?\s+(?:had|got|drew|saw)\s+(?P<way>more|fewer|less)\s*[?？]*\s*$",
    re.I,
)
# "the 2017 one" in such a claim: the premise's thing ("the letter") in that year
_YEAR_ONE = lazy(r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+one\b", re.I)
_THE_THING = lazy(r"\bthe\s+(?P<what>[a-z]+)\b", re.I)
# "601. that's the exhibitor count of which expo?": a figure said first, then asked of
_FIGURE_FIRST = lazy(
    r"\s*(\d[\d,]*)\s*[.,;:]\s+(?=(?:that'?s|that\s+is|this\s+is|it'?s|is\s+that)\b)", re.I
)
# 不是第一届，是第二届 / 不是2016年，是2017年: the second is asked
_ZH_EDITION_SAID = r"(?:第[一二三四五六七八九十\d]{1,3}[届屆]|(?:19|20)\d\d年?(?:那[届屆])?)"
_ZH_NOT_THIS_ONE = lazy(
    rf"不是(?P<out>{_ZH_EDITION_SAID})[的]?\s*[，,、]?\s*(?:而)?是(?P<in>{_ZH_EDITION_SAID})"
)
# "the previous edition before the latest": "previous" and "before" say one step, not two
_PREVIOUS_BEFORE = lazy(
    r"\b(?:the\s+)?previous(?:\s+(?:one|edition|summit|conference))?\s+before\s+", re.I
)
# "topped 2023's count of countries", "fell short of 2019's sub-forums"
_TOPPED_YEARS = lazy(
    r"\b(?P<verb>topped|beat|exceeded|surpassed|outdid|bettered|passed|trailed|fell short of)"
    r"\s+(?P<y>(?:19|20)\d\d)'s\s+(?P<what>[a-z][a-z -]*?[a-z])(?=\s*(?:[?.!,]|$))",
    re.I,
)
_UNDER_VERBS = frozenset({"trailed", "fell short of"})
# "in which years was there no summit in november", "which years had no edition in october",
# 哪几年的11月没有开大会
_NONE_IN_MONTH = lazy(
    r"\b(?:in\s+)?(?:which|what)\s+years?\s+(?:(?:was\s+there|were\s+there|had|saw)\s+no"
    r"|(?:didn'?t|did\s+not)\s+(?:have|see)(?:\s+(?:a|an|any))?)\s+"
    r"[a-z]+\s+(?:in|during)\s+(?P<month>january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b"
    r"|哪(?:几|些)?年(?:份)?的?(?P<month_zh>\d{1,2})月(?:份)?(?:都)?没有?(?:开|举办|举行|召开)?(?:过)?"
    r"(?:大会|峰会)",
    re.I,
)
# a description that names an edition by itself: a year, an ordinal, a step or a ranking
_ZH_DESC_PLAIN = lazy(r"\d|第|首|届|上|下|最|今|去|明")
# a description naming an edition by a year, an ordinal or today (what other steps read)
_ZH_DESC_NAMED = lazy(r"(?:19|20)?\d\d年|第|首|届|上|下|今|去|明|这|那|本|最")
# 最后一届有官方届次的大会，之前一届在几月: a description, a comma, then a step from it
_ZH_DESC_STEP = lazy(
    r"(?P<desc>[^，,。？?]{4,40}?)(?:的那届|那届|这届)?(?:[，,]\s*|的)?"
    r"(?P<step>之前一届|之前那届|前一届|上一届|之后一届|之后那届|后一届|下一届)(?P<rest>.*)"
)
# a day written with a slash and no year: "11/11", "12/25"
_SLASH_DAY = lazy(r"(?<![\d/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.-])")
# "before this year, did any …?", "since 2020, how many …": a bound said first
_LEADING_BOUND = lazy(
    r"\s*(?P<bound>(?:before|after|since|until|up to|prior to)\s+[^,]{2,20}?)\s*,\s*"
    r"(?P<rest>(?:did|was|were|has|have|is|are|how|which|what|when)\b.+?)\s*(?P<end>[?.!]*)\s*",
    re.I,
)


def _elsewhere(reading: Reading) -> bool:
    """Whether an unknown word names where something happened ("at the UN", "the 2008
    olympics"), not the asker's story ("someone in another server said …")."""
    words = reading.words
    for i, w in enumerate(words):
        if w not in reading.unknown or i == 0:
            continue
        prev, prev2 = words[i - 1], words[i - 2] if i > 1 else ""
        if prev in _AT_WORDS or (prev == "the" and prev2 in _AT_WORDS):
            return True
        if prev.isdigit() and prev2 == "the":
            return True
    return False


_AT_WORDS = frozenset({"at", "of", "in", "during"})
_BOUND_STARTS = frozenset({"bef", "aft", "sin", "unt", "up ", "pri"})
# "the first edition held online, what year was the next one?", "The last edition with an
# official ordinal — when was the one before it?"
_EN_DESC_STEP = lazy(
    r"\s*(?P<desc>(?:the\s+)?(?:first|last|latest|earliest|final)\s+(?:edition|summit|one"
    r"|conference)\b[^,;:—–]{3,60}?)\s*(?:[,;:]|\s-\s|—|–)\s*(?P<rest>.+)",
    re.I,
)
_EN_STEP = lazy(
    r"\bthe\s+(?:(?P<dir>next|following|previous)\s+(?:one|edition|summit)"
    r"|one\s+(?P<dir2>after|before)(?:\s+(?:it|that))?)\b",
    re.I,
)
_DESC_STARTS = frozenset({"the ", "firs", "last", "late", "earl", "fina"})
_WHO_ASKED = lazy(r"\bwho\b", re.I)
# an edition named by its year or number ("the 2024 summit", "the 3rd one")
# (a name with a year's two digits run into it, "conf21": that year, as the reading has it)
_NAMES_EDITION = lazy(r"\b(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b|\b[a-z]{2,8}\d\d\b", re.I)
_COUNT_OR_LIST = lazy(r"\bhow many\b|\bwhich\b|\bwhat (?:editions|summits|years)\b|\blist\b", re.I)
_ZH_COUNT_OR_LIST = lazy(r"几届|几次|多少届|多少次|哪几届|哪届|哪些|哪一届|哪年|哪几年")


def _best_attended(m: re.Match[str]) -> str:
    """ "the best-attended one" as "one with the most attendees" (the worst: the fewest)."""
    most = m["best"].casefold() in ("best", "most")
    # ("the second most attended edition": second by attendees, not the 2nd edition)
    nth = f"{m['nth']} " if m["nth"] else ""
    return f"{m['noun']} with the {nth}{'most' if most else 'fewest'} attendees"


def _years_on(day: dt.date, n: int) -> dt.date:
    """The same day ``n`` years on (February 29 to February 28)."""
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return day.replace(year=day.year + n, day=28)


def _step_said(question: str) -> re.Match[str] | None:
    """A step of years or editions the question takes ("two years earlier", 两年前)."""
    if (m := _STEPPED.search(question)) is not None:
        return m
    if "前" in question or "后" in question or "後" in question:
        return _STEPPED_ZH.search(question)
    return None


def _verdict_of(R: Renderer, answer: Answer) -> str:
    """ "yes", "no" or "unknown": the verdict an answer leads with ("Yes — …", "No — …")."""
    lead = next((v for v in ("yes", "no") if answer.text.startswith(R.tpl(v, fact=""))), "")
    return lead if answer.answered and lead else "unknown"


def _relative_bounds(kb: Knowledge) -> tuple[tuple[str, str, int, bool], ...]:
    """For "up to last year", 截至去年: each phrase for last year and this year, the pattern of
    it after a bound word, its offset from today's year, and whether it is Chinese. (Pattern
    sources, not compiled patterns: the engine is pickled into the snapshot cache, and the
    ``re`` module's own cache keeps them compiled.)"""
    v = kb.vocabulary.relative
    out = []
    for phrases, offset in ((v.last_year, -1), (v.this_year, 0)):
        for phrase in (p.casefold() for p in phrases if "'" not in p):
            said = re.escape(phrase)
            if phrase.isascii():
                pattern = rf"(?i)\b((?:{_BOUND_WORDS})\s+(?:the end of\s+)?){said}\b"
            else:
                pattern = (
                    rf"(截至|截止到?|到){said}|{said}(?=底|末|为止|之前|以前|之后|以后|及以前)"
                )
            out.append((phrase, pattern, offset, not phrase.isascii()))
    return tuple(out)


class Engine:
    """Answers questions from one knowledge version. Immutable after construction."""

    # Direct answers for commands (no question to parse). Topics match the intents' ids.
    TOPICS = ("dates", "place", "theme", "attendance", "hosts", "highlights", "sources")

    def __init__(self, kb: Knowledge, *, context_ttl: float = 600.0) -> None:
        self.kb = kb
        self.lex: Lexicon = build_lexicon(kb)
        self._relative_bounds = _relative_bounds(kb)
        # "this month", 本月: (phrase, whether Chinese), longest first — read as the month and
        # year of today, which only the question's day knows
        rel = kb.vocabulary.relative
        months_said = ((rel.this_month, 0), (rel.last_month, -1), (rel.next_month, 1))
        self._this_month = tuple(
            sorted(
                (
                    (p.casefold(), not p.isascii(), shift)
                    for phrases, shift in months_said
                    for p in phrases
                ),
                key=lambda x: -len(x[0]),
            )
        )
        self.context_ttl = context_ttl
        # the patterns that hold the series' own words, compiled for this vocabulary on use
        self._patterns: dict[str, re.Pattern[str]] = {}
        self.index = Index(kb.facts)
        # the editions that have opened, in order of time: where "two before", 上上届 step
        self._order = tuple(e.year for e in self.index.editions if e.start)
        self.composer = Composer(kb, self.index)
        # the words of people's names in the keynote facts (not their titles): a title asked
        # beside a name asks of that person
        titled = {w for t, _ in self.lex.titles for w in t.split()}
        self._people = (
            frozenset(
                m[0].casefold()
                for e in self.index.editions
                for d in e.details
                if d.about == "keynote"
                for m in re.finditer(r"\b[A-Z][a-z]+", d.text)
            )
            - titled
        )
        # each title the keynote facts give a person, with the name, as written: "Premier Li"
        # asks of the one the facts call premier, and "Premier <another Li>" is no fact
        self._titled_names = self._names_with_titles()
        # Named things whose names begin with the series' own ("<series> Leading Technology
        # Award"), as (name, the rest of it), casefolded: there the series' name is part of the
        # thing's, never an edition ("the first <series> Leading Technology Award": no 1st)
        s = kb.facts.series
        names = [n for n in (s.short_name, s.name, *s.aliases) if n.isascii()]
        own = self.lex.name_words | self.lex.event_nouns
        self._named_things = tuple(
            sorted(
                {
                    (m[0].casefold(), m[1].casefold())
                    for e in self.index.editions
                    for d in e.details
                    for n in names
                    for m in re.finditer(
                        rf"\b{re.escape(n)}\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)", d.text
                    )
                    if not set(normalise(m[1]).words) <= own
                }
            )
        )
        # Chinese filler and event nouns, longest first: what may stand around a speaker's
        # name asked alone (介绍一下…, …在大会上做了什么)
        said = (*kb.vocabulary.zh_filler, *self.lex.event_nouns_zh)
        self._zh_said_around = tuple(sorted(said, key=len, reverse=True))
        # The spoken forms by first character; only those whose first character is in the
        # question, or in some written form (a replacement can bring it), can be replaced
        self._spoken = zh_list(self.lex.zh_spoken)
        written = "".join(sorted({ch for _, written in self.lex.zh_spoken for ch in written}))
        self._written = self._spoken.positions(written)  # the same for every question
        # Whether each suggestion answers, for one day at a time: offered only if it does;
        # and the suggestions offered of each set of them (an answer's are one of a few sets)
        self._answers: tuple[dt.date, dict[str, bool], dict[tuple[str, ...], tuple[str, ...]]]
        self._answers = (dt.date.min, {}, {})

    # --- questions ----------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        *,
        today: dt.date,
        context: Context | None = None,
        now: float = 0.0,
    ) -> Reply:
        """Answer one question. Never raises; "no answer" is an Answer with answered=False."""
        said = question  # (the script it was written in is answered in)
        question = self._restated(question, today)
        quoted = '"' in question or "“" in question or "「" in question
        reply = self._quoted_origin(question, now) if quoted else None
        if reply is None and (")" in question or (not question.isascii() and "B" in question)):
            reply = self._multiple_choice(question, today, context, now)
        if reply is None and ("most of" in question or "half of" in question):
            reply = self._most_of(question, today, now)
        if reply is None and (
            "most" in question
            or "majority" in question
            or "half" in question
            or "多数" in question
            or "大部分" in question
            or "过半" in question
        ):
            reply = self._most_editions(question, today, now)
        if reply is None and question.isascii():
            reply = self._negated_en(question, today, context, now)
        if reply is None and (" than " in question or question.count("比上一") == 2):
            reply = self._two_changes(question, today, context, now)
        if reply is None and (" but " in question or " and " in question) and question.isascii():
            reply = self._two_compared(question, today, now)
        if reply is None:
            reply = self._ask(question, today, context, now)
        answer = reply.answer
        if (
            answer.lang == "zh"
            and answer.answered
            and _ZH_NEGATED_TAG.search(self.simplified(question))
            # (从来没有在10月举办过吧: a claim that none was, answered as one already)
            and not (reply.context and reply.context.query and reply.context.query.denied)
        ):
            # 2022年不是国际组织主办的，对吗？: the verdict judged the claim without its 不是
            answer = self._negated(answer, "zh")
        low_q = question.casefold()
        if answer.answered and any(w in low_q for w in _SET_ASIDE_MARKS):
            set_aside = conditions.years_set_aside(self.simplified(question))
            left = set(set_aside)
            if left and left & set(answer.editions):
                # "not including 2020, which was the shortest?", "leaving out 2026, the most
                # recent": an answer about a year the question set aside answers another
                # question — declined, never that year's fact as the answer
                R = self.composer.renderers[answer.lang]
                answer = self.composer.decline(R, "decline_unknown", 0.5)
                reply = Reply(answer, reply.context)
        offered = self.answerable(answer.suggestions, today)
        if offered != answer.suggestions:
            answer = replace(answer, suggestions=offered)
        if answer.lang == "zh" and self.traditional(said):
            answer = self.in_traditional(answer)
        return Reply(answer, reply.context) if answer is not reply.answer else reply

    def _multiple_choice(
        self, question: str, today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "Was the 2nd one in (a) 2014 (b) 2015 (c) 2016?", 选择：第六届是在 A 2018 B 2019:
        each option asked as a claim of the stem; the one that holds, with its fact — no
        verdict where none (or several) hold. None where the question offers no options."""
        said = _CHOICE_LEAD.sub("", question.strip(), count=1)
        zh = not said.isascii()
        found = list((_CHOICE_ZH if zh else _CHOICE).finditer(said))
        if len(found) < 2 or [m["l"].casefold() for m in found] != list("abcd"[: len(found)]):
            return None
        stem = said[: found[0].start()].strip(" :：,，-")
        if not stem:
            return None
        if stem.endswith(("?", "？")) or _WH_STEM.match(stem):
            # "which hosted the 2018 conference? a) … b) …": the question itself, answered —
            # its options are not claims of it
            return self._ask(stem, today, context, now)
        options = [(m["l"], m["o"].strip(" ,，;；?？")) for m in found]
        replies = []
        for _, option in options:
            sub = f"{stem}{option}对吗？" if zh else f"{stem} {option}, right?"
            replies.append(self._ask(sub, today, context, now))
        R = self.composer.renderers["zh" if zh else "en"]
        verdicts = [_verdict_of(R, r.answer) for r in replies]
        if verdicts.count("yes") == 1 and verdicts.count("no") == len(verdicts) - 1:
            i = verdicts.index("yes")
            letter, option = options[i]
            fact = verify.unverdicted(R, replies[i].answer.text)
            text = R.tpl("choice_is", letter=letter, option=option, fact=fact)
            return Reply(replace(replies[i].answer, text=text), replies[i].context)
        if "unknown" in verdicts or verdicts.count("yes") > 1:
            return None  # (what the options leave open is asked as said)
        first = replies[0].answer
        text = verify.unverdicted(R, first.text)  # none holds: the facts, no option picked
        return Reply(replace(first, text=text), replies[0].context)

    def _restated(self, question: str, today: dt.date) -> str:
        """The question said the way the reading knows: 2017年6月1日时 (at that time) as 截至
        (as of) that day; 第二、第四届 as each edition; "the middle one of those held" by its
        year; "as of <day>, was one on?" as on that day; a quiz's "true or false: …" as a
        claim; "this month", 上个月 as that month of that year (today's day is needed)."""
        if (m := _LAST_ASKED.match(question)) is not None and len(question[m.end() :].split()) > 2:
            question = question[m.end() :]  # "Last one: how many days ago?": the last question
        if "〜" in question or "～" in question:
            question = re.sub(r"(?<=\d)\s*[〜～]\s*(?=\d)", "-", question)  # 2014〜2023: a range
        if "next" in question and (m := _ONE_TO_NEXT.search(question)) is not None:
            # "the longest wait from one edition's close to the next edition's start": the
            # gaps between consecutive editions (from the close where it says so)
            closed = m["a"].casefold() in ("close", "closing", "end")
            said = "gap between consecutive editions" + (
                ", from one's close to the next's opening" if closed else ""
            )
            before = re.sub(
                r"\b(?:wait|break|time|number of days)\s*,?\s*(?:in days\s*,?\s*)?$",
                "",
                question[: m.start()].rstrip(),
            )
            question = f"{before.rstrip()} {said}{question[m.end() :]}"
        if "day" in question and (m := _DAY_BESIDE.search(question)) is not None:
            # "ended the day before Singles' Day (11 November)": on 10 November
            mon = self.lex.months.get((m["mon"] or m["mon2"]).casefold().rstrip("."), 0)
            if mon:
                moved = dt.date(2001, mon, int(m["d"] or m["d2"]))
                moved += dt.timedelta(days=-1 if m["way"].casefold() == "before" else 1)
                name = self.composer.renderers["en"].month_name(moved.month)
                on = f"on {name} {moved.day}"
                question = f"{question[: m.start()]}{on}{question[m.end() :]}"
        if "month of the year" in question.casefold():
            # "in the last month of the year": December (not last month, said of today)
            question = _MONTH_OF_YEAR.sub(
                lambda m: "December" if m[1].casefold() in ("last", "final") else "January",
                question,
            )
        simple = question if question.isascii() else self.simplified(question)  # (時, 這個月)
        if "一年" in simple and (m_zh := _MONTH_OF_YEAR_ZH.search(simple)) is not None:
            # 一年的最后一个月: December (not the last edition)
            said = "12月" if m_zh[1] == "最后" else "1月"
            question = simple = f"{simple[: m_zh.start()]}{said}{simple[m_zh.end() :]}"
        if "时" in simple and (m := _AT_THE_TIME_ZH.match(simple)) is not None:
            question = simple = f"截至{m['day']}，{simple[m.end() :]}"
        if "第" in simple and (m := _ZH_ORDINAL_LIST.search(simple)) is not None:
            # 第二、第四届, 第一、三、五届: each an edition (not the last one only)
            items = [m[1], *re.findall(r"[一二三四五六七八九十两\d]{1,3}", m[2])]
            said = "、".join(f"第{x}届" for x in items)
            question = simple = f"{simple[: m.start()]}{said}{simple[m.end() :]}"
        middle = "middle" in simple.casefold() or "中间" in simple
        if middle and (m := _MIDDLE_ONE.search(simple)) is not None:
            # "which edition sits in the middle of the thirteen?", 正中间的是哪一届: the one
            # with as many before it as after (none where the count is even)
            held = self.index.held(today)
            if len(held) % 2 == 1:
                year = held[len(held) // 2].year
                zh = m["zh"] is not None
                question = simple = (
                    f"哪一届是{year}年举办的？" if zh else f"which edition was held in {year}?"
                )
        if (m := _AS_OF_ON.match(question)) is not None:
            # "as of Oct 21 2019, was one in progress?": whether one was on that day
            question = f"{m['rest']} on {m['day']}"
        if (m := _TRUE_OR_FALSE.match(question)) is not None and question[m.end() :].strip():
            # "true or false: the 2017 conference ran December 3 to 5", 判断对错：…: a claim
            rest = question[m.end() :].strip().rstrip("?？.。")
            question = f"{rest}对吗？" if m["zh"] else f"{rest}, right?"
        low = simple.casefold()
        for phrase, zh, shift in self._this_month:
            if phrase not in low:
                continue
            story = not self.lex.story_words.isdisjoint(normalise(simple).words) or any(
                m in simple for m in self.lex.story_zh
            )
            if shift and (_YEAR_SAID.search(low) or story):
                # "我下个月要写报告，2023年…", "my kid turned 12 last month": a story's month
                return question
            year, month = divmod(today.year * 12 + today.month - 1 + shift, 12)
            month += 1
            same = rf"\b(?:in\s+)?the\s+same\s+month\s+as\s+{re.escape(phrase)}(?!\w)"
            if not zh and re.search(same, question, flags=re.I):
                # "held in the same month as this month": that month, of any year
                said = f"in {self.composer.renderers['en'].month_name(month)}"
                return re.sub(same, said, question, count=1, flags=re.I)
            if zh:
                return simple.replace(phrase, f"{year}年{month}月")
            said = f"in {self.composer.renderers['en'].month_name(month)} {year}"
            pattern = rf"\b(?:in\s+|during\s+|for\s+)?{re.escape(phrase)}(?!\w)"
            return re.sub(pattern, said, question, count=1, flags=re.I)
        return question

    def _two_changes(
        self, question: str, today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "Which editions had fewer guests but more countries than the year before?": each
        change asked on its own, and the editions where both hold; None where the question
        is not of that shape, or a part is not read as a change against the one before."""
        zh = not question.isascii()
        said = self.simplified(question) if zh else question
        m = (_TWO_CHANGES_ZH if zh else _TWO_CHANGES).search(said)
        if m is None and not zh:
            # "more sub-forums than the year before but fewer guests": the first change's
            # "than …" said once, after it
            m = _TWO_CHANGES_SPLIT.search(said)
        if m is None:
            return None
        asked = []
        subs = []
        for way, what in ((m["w1"], m["a1"]), (m["w2"], m["a2"])):
            sub = (
                f"哪几届{what}比上一届{way}"
                if zh
                else f"which editions had {way} {what} than the edition before?"
            )
            q, _ = self.understand(sub, today=today)
            if q.change not in ("up", "down") or not (q.attributes or q.measure):
                return None
            asked.append(q)
            subs.append(sub)
        first = self._ask(subs[0], today, context, now)
        R = self.composer.renderers["zh" if zh else "en"]
        answer = aggregate.changes_both(
            self.composer, R, (asked[0], asked[1]), self.index.held(today)
        )
        return Reply(answer, first.context)

    def _two_compared(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Did 2024 have more countries but the same number of guests as 2023?": each part
        judged on its own; no where one fails, yes where both hold, else no verdict."""
        m = _TWO_COMPARED.match(question.strip())
        if m is None:
            return None
        a, b = m["a"], m["b"]
        subs = [f"did {a} have {m['w1']} {m['x']} than {b}?"]
        if m["y"]:
            subs.append(f"did {a} have the same number of {m['y']} as {b}?")
        else:
            subs.append(f"did {a} have {m['w2']} {m['y2']} than {b}?")
        replies = [self._ask(sub, today, None, now) for sub in subs]
        R = self.composer.renderers["en"]
        verdicts = [_verdict_of(R, r.answer) for r in replies]
        # (the part that settles it first: "No — 2019 had more sub-forums…", then the other)
        order = sorted(range(len(replies)), key=lambda i: verdicts[i] != "no")
        facts = " ".join(verify.unverdicted(R, replies[i].answer.text) for i in order)
        if "no" in verdicts:
            text = R.tpl("no", fact=facts)
        elif all(v == "yes" for v in verdicts):
            text = R.tpl("yes", fact=facts)
        else:
            text = facts  # a part the figures leave open: no verdict on the whole
        first = replies[0].answer
        years = tuple(dict.fromkeys(y for r in replies for y in r.answer.editions))
        answer = replace(first, text=text, editions=years, result=None)
        return Reply(answer, replies[0].context)

    def _most_of(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Were most of the 2019 exhibitors from abroad?": the share, and whether it is more
        than half — no verdict where a figure is bounded, never "the most" of one edition."""
        m = _MOST_OF.fullmatch(question.strip())
        if m is None:
            return None
        share = self._ask(f"what share of the {m['rest']}?", today, None, now)
        a = share.answer
        pct = re.search(r"(\d+(?:\.\d+)?)%", a.text)
        if not a.answered or pct is None:
            return None
        R = self.composer.renderers[a.lang]
        if any(w in a.text for w in ("at least", "more than", "about", "roughly", "约", "超过")):
            return share
        return Reply(
            replace(a, text=R.tpl("yes" if float(pct[1]) > 50 else "no", fact=a.text)),
            share.context,
        )

    def _most_editions(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Did most editions have at least 19 sub-forums?": the share of the editions that
        did — yes where more than half of all of them did; no verdict otherwise (editions
        without the figure may have), never the edition with the most."""
        zh = not question.isascii()
        if zh:
            z = _MOST_EDITIONS_ZH.fullmatch(self.simplified(question).strip())
            if z is None:
                return None
            return self._most_by_list(f"哪几届{z['rest']}？", today, now)
        m = _MOST_EDITIONS.fullmatch(question.strip())
        if m is None:
            return None
        if m["kind"]:
            # "did most 3-day editions have 20 sub-forums?": a share of a selection, which
            # the share of them all does not give — declined, never the edition with the most
            R = self.composer.renderers["en"]
            return Reply(self.composer.decline(R, "decline_unknown", 0.5), Context(at=now))
        verb, _, tail = m["rest"].partition(" ")
        if m["aux"].casefold() == "did":  # (did … have → had, did … last → lasted)
            low = verb.casefold()
            verb = _PAST_OF.get(low, low if low.endswith("ed") else f"{low.rstrip('e')}ed")
        else:
            verb = f"{m['aux']} {verb}"
        share = self._ask(f"what share of the editions {verb} {tail}?", today, None, now)
        a = share.answer
        pct = re.search(r"(\d+(?:\.\d+)?)%", a.text)
        if not a.answered or pct is None:
            # ("did most summits open on a weekend?": those that did, counted)
            return self._most_by_list(f"which editions {verb} {tail}?", today, now)
        if float(pct[1]) > 50:
            R = self.composer.renderers[a.lang]
            return Reply(replace(a, text=R.tpl("yes", fact=a.text)), share.context)
        return share

    def _most_by_list(self, which: str, today: dt.date, now: float) -> Reply | None:
        """Whether most editions did what ``which`` lists by their dates (a month, a weekday,
        a season): the count of all held so far, yes or no; None where the list is of
        something else (a figure's editions may leave some open)."""
        q, _ = self.understand(which, today=today)
        if q.number is not None or not (q.months or q.weekday is not None or q.weekend):
            return None
        listed = self._ask(which, today, None, now)
        a = listed.answer
        if not a.answered:
            return None
        held = self.composer.index.held(today)
        hits = [e for e in held if e.year in a.editions]
        R = self.composer.renderers[a.lang]
        matched = series.matched(R, len(hits), len(held), R.dated_names(hits), False)
        text = R.tpl("yes" if 2 * len(hits) > len(held) else "no", fact=matched)
        return Reply(replace(a, text=text, editions=tuple(e.year for e in hits)), listed.context)

    def _latest_as_of(self, question: str) -> str | Answer:
        """The question about the latest (or next) edition as of a day — or a month (its last
        day), a year's start or end — as one about that edition's year; an answer where none
        had been held by then; as it was where no day is named or the day is no date."""
        zh = not question.isascii()
        on = self._day_said(question, zh)
        if on is None:
            return question
        nxt = ("下一" in question) if zh else re.search(r"\b(?:next|upcoming)\b", question, re.I)
        dated = [(e.start, e) for e in self.composer.editions if e.start is not None]
        if nxt:
            later = [e for start, e in dated if start > on]
            if not later:
                return question  # (the next after the last known: not announced, as said)
            year = later[0].year
        else:
            started = [e for start, e in dated if start <= on]
            if not started:  # before the first: none had been held yet
                R = self.composer.renderers["zh" if zh else "en"]
                first_start, first = dated[0]
                text = R.tpl(
                    "none_held_by",
                    date=R.date(on),
                    name=R.name(first),
                    first=R.date(first_start),
                )
                return replace(self.composer.refusal(R, text), editions=(first.year,))
            year = started[-1].year
        return f"{year}年那届是什么时候举办的？" if zh else f"when was the {year} edition?"

    def _day_said(self, question: str, zh: bool) -> dt.date | None:
        """The day an "as of" names: a date, a month (its last day), a year's start or end; a
        day/month/year where the day is past 12 (either order); None where none is."""
        try:
            if zh:
                z = _LATEST_AS_OF_ZH.search(self.simplified(question))
                if z is None or not (z["d"] or z["by"] or z["then"]):
                    return None  # (2023年11月 alone: a month selected)
                y, mo = int(z["y"]), int(z["m"])
                return dt.date(y, mo, int(z["d"]) if z["d"] else month_end(y, mo))
            m = _LATEST_AS_OF.search(question)
            if m is None:
                return None
            if m["yo"]:
                return dt.date(int(m["yo"]), 12, 31)  # "as of 2019": as the year ended
            if m["iy"]:
                return dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
            if m["sy"]:
                a, b, y = int(m["a"]), int(m["b"]), int(m["sy"])
                if a > 12 >= b:
                    return dt.date(y, b, a)  # 31/12/2015
                if b > 12 >= a:
                    return dt.date(y, a, b)  # 12/25/2017
                return None  # (3/4/2019: either order — not guessed)
            y = int(m["y"])
            if m["edge"]:
                return dt.date(y, 1, 1) if m["edge"].casefold() != "end" else dt.date(y, 12, 31)
            said = (m["m1"] or m["m2"] or m["m3"] or "").casefold().rstrip(".")
            month = self.lex.months.get(said, 0)
            if not month:
                return None
            day = m["d1"] or m["d2"]
            return dt.date(y, month, int(day) if day else month_end(y, month))
        except ValueError:
            return None

    def _quoted_origin(self, question: str, now: float) -> Reply | None:
        """ "Which edition is this about: 'A total of 19 sub-forums are scheduled'?", "'…Dec 16
        to 18' - which year's conference?": the source whose own words those are, and the
        edition they are about — only where the quoted words are a source's (a claim put in
        quotes is not), and they are one edition's."""
        m = _QUOTED.search(question)
        if m is None:
            return None
        text = normalise(question)
        zh = text.compact if text.han else ""
        outside = question[: m.start()] + question[m.end() :]
        claimed = [int(y) for y in _YEAR_ANY.findall(outside)]
        tagged = _RIGHT_TAG.search(outside) is not None and len(claimed) == 1
        asks = not _ORIGIN_WORDS.isdisjoint(text.words) or any(z in zh for z in _ORIGIN_ZH)
        if not (asks or tagged):
            return None  # ("'…' - that's the 2022 summit, right?": a claim, checked below)
        said = _flat(m["q"])
        han = sum(1 for ch in said if not ch.isascii())
        words = len(m["q"].split())
        numbered = any(ch.isdigit() for ch in m["q"])
        if len(said) < 12 or (han < 10 and words < 5 and not (numbered and words >= 3)):
            return None  # ("community of common future": a phrase searched, not a sentence)
        found: list[tuple[Edition | None, str, str, str]] = []
        for ed in self.composer.editions:
            kinds = (
                *((c.about, c.quote, c.source) for c in ed.citations),
                *(("attendance", a.quote, a.source) for a in ed.attendance),
                *((f"attr:{d.about}", d.quote, d.source or "") for d in ed.details),
            )
            found += [(ed, q, s, k) for k, q, s in kinds if q and said in _flat(q)]
        for d in self.kb.facts.series.details:
            if d.quote and said in _flat(d.quote):
                found.append((None, d.quote, d.source or "", f"attr:{d.about}"))
        R = self.composer.renderers["zh" if text.chinese else "en"]
        themed = any(
            said in _flat(f"{ed.theme or ''} {ed.theme_zh or ''}") for ed in self.composer.editions
        )
        figured = any(ch.isdigit() for ch in m["q"])  # ("'A total of 25 …' — which edition?")
        # (only "who said that?" or "which edition is that?" — a claim put to be checked, "is
        # that right?", "what's the correct number?", is answered by the facts elsewhere)
        checked = _CHECK_ASKED.search(outside) is not None
        speaker = _WHO_SAID.search(outside) is not None or any(z in zh for z in _SOURCE_ZH)
        edition = _WHICH_EDITION.search(outside) is not None and figured
        unsourced = not found and not themed and not checked and words >= 5 and not tagged
        if unsourced and (speaker or edition):
            # "'<words no source has>' — who said that?": none of the sources, never the
            # nearest fact's source as theirs
            said_none = R.tpl("quote_unsourced", quote=m["q"].strip())
            return Reply(self.composer.refusal(R, said_none), Context(at=now))
        if len({e.year if e else None for e, _, _, _ in found}) != 1:
            return None  # no source's words (a claim put in quotes), or several editions'
        e, quote, source, kind = found[0]
        name = R.name_year(e) if e is not None else R.series_name
        said_text = R.tpl("quote_origin", quote=quote, source=source, name=name)
        if tagged and e is not None:
            # "'A total of 19 sub-forums are scheduled' — that's the 2022 summit, right?"
            said_text = R.tpl("yes" if claimed[0] == e.year else "no", fact=said_text)
        if e is None:
            return Reply(self.composer.series_answer(R, "lookup", said_text, ()), Context(at=now))
        answer = replace(self.composer.edition_answer(R, "lookup", said_text, e), intent=kind)
        # (the fact they support is talked about: "which site said that?" cites it)
        asked = Query("lookup", (kind,), (Ref("year", e.year),))
        return Reply(answer, Context((e.year,), kind, at=now, query=asked, question=question))

    def _negated_en(
        self, question: str, today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "2022 wasn't hosted by the organisation, right?": the claim without its "not",
        judged, and worded for the negated claim asked; None where the question negates no
        claim, or the claim gets no verdict (then it is asked as it was)."""
        m = _EN_NEGATED_TAG.search(question)
        if m is None:
            return None
        plain = f"{question[: m.start()]}{m['verb']}{m['rest']}?"
        positive = self._ask(plain, today, context, now)
        flipped = self._negated(positive.answer, "en")
        return None if flipped is positive.answer else Reply(flipped, positive.context)

    def _negated(self, answer: Answer, lang: str) -> Answer:
        """An answer to a claim, worded for the claim negated: its yes as "that's not right",
        its no as "right"; as it was where it gave no verdict."""
        R = self.composer.renderers[lang]
        for said, kept in (("yes", "negated_holds"), ("no", "negated_fails")):
            head = R.tpl(said, fact="")
            if answer.text.startswith(head):
                fact = answer.text[len(head) :]
                return replace(answer, text=R.tpl(kept, fact=fact))
        return answer

    def traditional(self, question: str) -> bool:
        """Whether a question is written in traditional characters (主題, not 主题)."""
        table = self.lex.zh_table
        return not question.isascii() and any(map(table.__contains__, map(ord, question)))

    def to_traditional(self, text: str) -> str:
        """Chinese text in traditional characters (an adapter's own words for a zh-TW member)."""
        return text.translate(self.lex.zh_hant)

    def in_traditional(self, answer: Answer) -> Answer:
        """A Chinese answer in traditional characters, for a question asked in them."""
        table = self.lex.zh_hant
        return replace(
            answer,
            lang="zh-Hant",
            title=answer.title.translate(table),
            text=answer.text.translate(table),
            fields=tuple((k.translate(table), v.translate(table)) for k, v in answer.fields),
            suggestions=tuple(s.translate(table) for s in answer.suggestions),
        )

    def answerable(self, questions: tuple[str, ...], today: dt.date) -> tuple[str, ...]:
        """The questions that this knowledge answers today: only those are offered."""
        day, known, offered = self._answers
        if day != today:
            known, offered = {}, {}
            self._answers = (today, known, offered)
        kept = offered.get(questions)
        if kept is None:
            out = []
            for q in questions:
                if q not in known:
                    known[q] = self._ask(q, today, None, 0.0).answer.answered
                if known[q]:
                    out.append(q)
            kept = offered[questions] = tuple(out)
        return kept

    def _ask(self, question: str, today: dt.date, context: Context | None, now: float) -> Reply:
        if (
            question[:6].casefold() == "since "
            and (m_pre := _SINCE_PREMISE.match(question)) is not None
            and len(m_pre["rest"].split()) >= 3  # ("since 2021 every summit had 20+, true?")
            and not _SINCE_WHEN.search(m_pre["premise"])
        ):
            # the question after it, asked alone; where that names an edition yet is not
            # answered alone, the whole, with "since" as a reason ("as")
            after = self._ask(m_pre["rest"], today, context, now)
            R = self.composer.renderers["en"]
            unsure = after.answer.text == self.composer.decline(R, "decline_context", 0.5).text
            numbered = any(ch.isdigit() for ch in m_pre["rest"])
            if after.answer.answered or not (numbered or unsure):
                return after
            question = f"as {question.lstrip()[6:]}"
        if question.isascii() and (
            (m_guess := _WHEN_THEN_GUESS.fullmatch(question)) is not None
            or (m_guess := _GUESS_THEN_WHEN.fullmatch(question)) is not None
        ):
            # "what year did <it> become the venue, my teacher says 2015": the year asked, not
            # the year guessed (the answer corrects it)
            asked_q = m_guess.groupdict().get("q")
            question = f"{asked_q}?" if asked_q else f"when {m_guess['claim']}?"
        if " as " in question and (m_asb := _AS_MANY_BEFORE.search(question)) is not None:
            # "which editions lasted as long as the one before?", "…had as many sub-forums as
            # the one before": the same figure as the edition before (a change like any other)
            what = f"number of {m_asb['what']}" if m_asb["what"] else "number of days"
            said_same = f"the same {what} as the edition before"
            question = f"{question[: m_asb.start()]}{said_same}{question[m_asb.end() :]}"
        if "co" in question:  # "co-hosted by the CAC": hosted (with another), as the facts say
            question = _CO_HOST.sub(r"\1", question)
        if ("same" in question or "一样" in question or "相同" in question) and (
            m_sb := _SAME_AS_BEFORE_ONE.search(question)
        ) is not None:
            # "did 2023 have the same number as the edition before?", 2025年和上一届一样多吗:
            # that edition against the one held before it, by its year
            named_years = {int(y) for y in _YEAR_ANY.findall(question)}
            held_years = [e.year for e in self.index.held(today)]
            if len(named_years) == 1 and (y0 := next(iter(named_years))) in held_years[1:]:
                prev = held_years[held_years.index(y0) - 1]
                against = f"as {prev}" if m_sb["en"] else f"{m_sb['zh']}{prev}年"
                question = f"{question[: m_sb.start()]}{against}{question[m_sb.end() :]}"
        if not question.isascii() and ("之間" in question or "中間" in question):
            question = self.simplified(question)  # (the traditional 之間嗰屆 read so)
        if "between" in question or "中间" in question or "之间" in question:
            question = self._one_between(question, today)
        if "if " in question.casefold() and (m_hl := _HAD_LASTED.search(question)) is not None:
            # "if the 2026 summit had lasted 3 days, on what date would it have closed?": the
            # day that many days on from its opening, counted as "N-1 days after"
            n_days = number_word(m_hl["n"].casefold(), self.lex, roman=False)
            who = m_hl["who"].strip()
            if who.casefold() in ("it", "that", "that one", "this one") and context is not None:
                who = f"the {context.editions[0]} one" if len(context.editions) == 1 else ""
            if n_days is not None and n_days > 1 and who:
                question = f"what date is {n_days - 1} days after {who} opened?"
        low_if = question.casefold()
        supposed = any(w in low_if for w in _WHAT_IF_WORDS)  # (the pattern's own lead words)
        if (supposed and _WHAT_IF.search(question)) or (
            not question.isascii() and _WHAT_IF_ZH.search(question)
        ):
            # "if 2018 had had as many sub-forums as 2017, what would the total be?", 如果2026年
            # 峰会开三天: a world the facts do not describe — declined, never the facts' own
            # figures given as its answer
            R = self.composer.renderers["zh" if normalise(question).chinese else "en"]
            return Reply(self.composer.decline(R, "decline_unknown", 0.5), Context(at=now))
        if (
            "那里" in question
            and context is not None
            and context.intent == "place"
            and (home := self.kb.facts.series.place_zh)
        ):
            # 从哪一年开始在那里举办 after where it is held: there is its town
            question = question.replace("在那里", f"在{home}").replace("在那儿", f"在{home}")
        m_now = _ITS_MONTH_NOW.match(question) if "it" in question else None
        if m_now is not None and m_now["month"].casefold() in self.lex.months:
            # "it's december already, so what's the latest summit?": today's month, a remark
            # (never a month the editions are selected by)
            question = question[m_now.end() :]
        dated_asked = any(ch.isdigit() for ch in question)  # (a day named: its digits)
        if (
            context is not None
            and context.question
            and len(context.editions) == 1
            and _WHY_TWO.search(question)
            and not any(ch.isdigit() for ch in question)
            # (a question that names its edition: "那前一年呢" asked again would move again)
            and str(context.editions[0]) in context.question
        ):
            # "why two numbers?" after a figure the sources differ on: that answer again,
            # which gives each source with its own figure (the reason itself is not on record)
            question = context.question
        m_unit = _IN_UNIT.fullmatch(question.strip()) if context is not None else None
        if m_unit is not None and context is not None and " days" in context.question:
            # "in weeks?" after "how many days ago was that?": the same span, in that unit
            question = context.question.replace(" days", f" {m_unit['unit'].casefold()}", 1)
        if dated_asked and _LATEST_SAID.search(question):
            # "what was the latest edition as of 31 december 2019?", 截至2020年6月最近一届: the
            # last that had started by that day, by its year (never today's latest)
            rewritten = self._latest_as_of(question)
            if isinstance(rewritten, Answer):
                return Reply(rewritten, Context(at=now))
            question = rewritten
        if question.isascii() and (m_acc := _ACCURATE_TAG.fullmatch(question)) is not None:
            # "<a statement>. accurate?": the statement claimed, like "…, right?" (not whether
            # a figure was given exactly)
            question = f"{m_acc['claim']}, right?"
        if " of the " in question and _MADE_SAID.search(question):
            # "was <town> named the permanent venue at the closing of the 2016 conference?": a
            # thing done then, claimed of that edition — not the edition's closing date
            question = _AT_THE_CLOSE_OF.sub(r"in \g<y>", question)
        if "first" in question and (m_ft := _FIRST_THAT_YEAR.search(question)) is not None:
            # "what else was first that year?": what was new then, not the first edition
            question = f"{question[: m_ft.start()]}what was new {m_ft['when']}?"
        if "speaking of" in question.casefold():
            # "speaking of the 2024 summit: …": a way in, no speech asked
            question = re.sub(r"\bspeaking\s+of\b", "about", question, flags=re.I)
        if (
            context is not None
            and context.intent == "hosts"
            # (no edition, or a hosting period's editions, or one asked of "now")
            and (len(context.editions) != 1 or _NOW_ASKED.search(context.question) is not None)
            and _BEFORE_THAT.fullmatch(question)
        ):
            # "and before that?" after who hosts it now (and since when): the hosting period
            # before the present one, not the edition before the latest
            hosts = self.kb.facts.series.hosts
            now_held = host_period(hosts, today.year)
            earlier = [h for h in hosts if now_held is not None and h.since < now_held.since]
            if earlier:
                R = self.composer.renderers["en" if question.isascii() else "zh"]
                answer = series.hosts_since(self.composer, R, today, earlier[-1].since)
                return Reply(answer, replace(context, editions=answer.editions, at=now))
        if (
            context is not None
            and context.intent == "hosts"
            and len(context.editions) == 1
            and _SINCE_WHICH.fullmatch(question)
        ):
            # "who hosts it now? — since which year?": since when that edition's hosts held it
            period = host_period(self.kb.facts.series.hosts, context.editions[0])
            if period is not None:
                R = self.composer.renderers["en" if question.isascii() else "zh"]
                answer = series.hosts_since(self.composer, R, today, period.since)
                return Reply(answer, replace(context, at=now))
        if (
            context is not None
            and context.editions
            and context.question
            and _SURE_DOUBT.match(question)
            and not re.search(r"(?<!\d)(?!(?:19|20)\d\d\b)\d+", question)
        ):
            # "are you sure? i thought that one was 2021": the answer again, as asked before
            # (not 2021's; a figure doubted, "i read 20", is a claim of its own)
            question = context.question
        if " by " in question and (m_by := _RANKED_THEN_ASKED.fullmatch(question)) is not None:
            # "the largest one by attendance, and how many countries did it have?": the
            # ranking by that measure first, then the second question of the one it names
            ranked = self._ask(m_by["a"], today, context, now)
            if ranked.answer.answered and len(ranked.answer.editions) == 1:
                then = self._ask(m_by["b"], today, ranked.context, now)
                if then.answer.answered and then.answer.editions == ranked.answer.editions:
                    text = f"{ranked.answer.text}\n{then.answer.text}"
                    return Reply(replace(then.answer, text=text), then.context)
        if (
            context is not None
            and _WHEN_FOUNDED_IT.fullmatch(question)
            and (context.intent == "attr:organisation" or "organi" in context.question.casefold())
        ):
            # "when was it founded?" after the organisation was talked about: its founding
            # (not the series' start)
            question = "when was the organisation founded?"
        if context is not None and (m_when := _WHEN_LAST.fullmatch(question)) is not None:
            # "first held when" after the expo: "when was it first held?"
            question = f"when was it {m_when['rest']}?"
        if context is not None and context.editions and _SURE.fullmatch(question):
            # "are you sure?" just after an answer: that fact again, with its source's words
            question = "source?" if question.isascii() else "出处？"
        if context is not None and context.intent == "hosts" and _STILL_THEM.fullmatch(question):
            # "is it still them?" after who hosted 2018: who hosts it now (its answer says
            # since when, and that they changed)
            question = "who hosts it now?"
        if (
            context is not None
            and len(context.editions) > 1
            and (m_only := _ONLY_THOSE.fullmatch(question)) is not None
            and (narrowed := self._narrowed(question, m_only, context, today, now)) is not None
        ):
            return narrowed  # "only the ones after 2020" after a list: of those
        if context is not None and not context.editions and context.intent:
            question = self._it_named(question, context.intent)
        if context is not None and (
            (len(context.editions) == 1 and len(context.earlier) == 1)
            or len(context.editions) == 2  # (差多少 after two set side by side, in one turn)
        ):
            question = _of_the_two(question, timed=context.intent in _TIMED_INTENTS)
        if context is not None and context.question and _THAT_WEEKDAY.search(question):
            # "which editions opened on that weekday?" after "what day of the week was the org
            # founded?": that day's weekday, by name
            m_wd = _WEEKDAY_OF.search(context.question)
            named_day = self._day_named(m_wd["what"], today) if m_wd is not None else None
            if named_day is not None:
                name = self.composer.renderers["en"].weekday(named_day[0])
                question = _THAT_WEEKDAY.sub(f"on a {name}", question)
        if (
            context is not None
            and context.query is not None
            and "weekday" in context.query.attributes
            and len(context.editions) == 1
            and (m_day := _THAT_DAY.search(question)) is not None
            and (e_day := self.index.edition(context.editions[0])) is not None
            and e_day.start is not None
        ):
            # "which other editions opened on that day?" after "what weekday did 2019 open?":
            # on that weekday (its opening's; its closing's where that was asked)
            ended = context.query.day_of == "end" and e_day.end is not None
            on = e_day.end if ended and e_day.end is not None else e_day.start
            name = self.composer.renderers["en"].weekday(on)
            question = f"{question[: m_day.start()]}on a {name}{question[m_day.end() :]}"
        if (
            context is not None
            and context.query is not None
            and len(context.query.months) == 1
            and len(context.query.days) == 1
            and (m_date := _THAT_DATE.search(question)) is not None
        ):
            # "which editions were in session on that date?" after "…on nov 9 2024?": on that
            # calendar day, of any year
            day = dt.date(2000, context.query.months[0], context.query.days[0])
            that_day = self.composer.renderers["en"].month_day(day)
            question = f"{question[: m_date.start()]}on {that_day}{question[m_date.end() :]}"
        if context is not None and len(context.editions) == 1:
            # "how does that compare to 2019?", 比2017年多吗 after one edition's figure: the two
            # set side by side ("2020 vs 2019?"), not the other's figure alone
            m_vs = _COMPARE_ONE.fullmatch(question.strip())
            if m_vs is not None and int(m_vs["y"] or m_vs["y2"]) != context.editions[0]:
                other = m_vs["y"] or m_vs["y2"]
                question = f"{context.editions[0]} vs {other}?"
                if m_vs["y2"]:
                    question = f"{context.editions[0]}年比{other}年{m_vs['way'] or '多'}吗？"
        if context is not None and len(context.editions) == 1:
            role = self._person_role(question, context.question, context.editions[0])
            if role is not None:
                # "and xi?", 习近平呢 after the 2017 keynote: that person's part in 2017, asked
                # anew (the figure or dates asked before are not asked of them)
                question, context = role, None
        if context is not None and context.question:
            question = self._other_person(question, context.question)
            question = _other_manner(question, context.question)
        if (
            context is not None
            and len(context.editions) == 1
            and context.query is not None
            and "attr:keynote" in (*context.query.attributes, *context.query.signals)
            and (m_that := _THAT_IN_PERSON.match(question)) is not None
        ):
            # "was that in person?", 是线下出席的吗 just after who gave the keynote: of the
            # person (it was read as how the summit itself was held)
            if m_that["en"]:
                question = f"{question[: m_that.start('en')]}he{question[m_that.end('en') :]}"
            else:
                question = "他" + question
        if context is not None and len(context.editions) != 1 and _HE.search(question):
            # "tell me about Li Shulei … in which years did he give the keynote?": the one
            # person the last question named
            named_before = self._names_in(context.question)
            if len(named_before) == 1:
                question = _he_as(question, named_before[0])
        if (
            context is not None
            and context.question
            and context.query is not None
            and _WHICH_MANNER.fullmatch(question)
            and len(
                named_last := evaluate.people_named(
                    self.composer, context.query.values, self.lex.fact_names
                )
            )
            == 1
        ):
            # "which ones by video?", 哪几次是视频 just after the editions of one person: that
            # person's (it listed the editions anyone took part in by video)
            said_q = question.rstrip(" ?？")
            question = (
                f"{named_last[0]}{said_q}"
                if not said_q.isascii()
                else (f"{said_q}, {named_last[0]}?")
            )
        if (
            context is not None
            and len(context.editions) == 1
            and _HE.search(question)
            and (_TAKING_PART.search(question) or self._says_town(question))
        ):
            named = self._he_named(question, context)
            if named != question and _OVER_EDITIONS.search(named):
                # "how many editions did he speak at?": the person's editions, every one —
                # not the edition talked about
                context = None
            question = named
        if "成立" in question and "组织" not in question and "成立吗" not in question:
            # 成立后的第一次峰会: what the facts say was founded is the organisation (the
            # conference itself was held, 举办, never 成立)
            question = question.replace("成立", "国际组织成立", 1)
        if (
            context is not None
            and context.question
            and (context.intent == "attr:organisation" or _ORG_SAID.search(context.question))
            and (m_org := _IT_FOUNDED.search(question)) is not None
        ):
            # "…the first summit after it was founded?" just after the organisation's founding
            org = "the organisation's " if m_org["its"] else "the organisation "
            question = f"{question[: m_org.start()]}{org}{question[m_org.end() :]}"
        if (
            context is not None
            and context.query is not None
            and "hosts" in context.query.signals
            and (m_host := _AND_HOST.fullmatch(question)) is not None
            and set(normalise(m_host["x"]).words) <= self.lex.host_names
        ):
            # "which summits has the organisation hosted? — and the CAC?": the same, of it
            question = f"which summits did {m_host['x']} host?"
        if (
            context is not None
            and len(context.editions) == 1
            and context.query is not None
            and "weekday" in context.query.attributes
            and (m_day := _AND_END.fullmatch(question)) is not None
        ):
            # "what day of the week did 2022 open? — and close?": the weekday again
            verb = "close" if m_day["end"] else "open"
            question = f"what day of the week did the {context.editions[0]} edition {verb}?"
        themed = context is not None and context.intent == "theme"
        # ('in which year did "shared future" first show up in a theme': asked of themes)
        themed = themed or (
            "theme" in question.casefold()
            and question.casefold()
            .lstrip()
            .startswith(("when", "in which", "which year", "what year"))
        )
        if themed and (m_q := _FIRST_QUOTED.search(question)) is not None:
            # "what was the 2015 theme? — and when did "shared future" first show up?": the
            # first theme holding those words
            question = f'which was the first theme with "{m_q["q"] or m_q["q2"]}"?'
        if (
            context is not None
            and context.query is not None
            and context.query.weekday is not None
            and (m_side := _AND_SIDE_DAY.fullmatch(question)) is not None
        ):
            # "how many editions opened on a Sunday? — and ended on a Sunday?": the other
            # side's editions, asked the same way
            lead = "how many editions" if context.intent == "count" else "which editions"
            question = f"{lead} {m_side['verb']} on {m_side['day']}?"
        talked_of = (context.intent or "") if context is not None else ""
        if talked_of.startswith("attr:") and _IT_FIRST.fullmatch(question):
            # "what is the expo called? — when was it first held?": that kind's first
            label = self.composer.renderers["en"].attribute_label(talked_of[5:])
            question = f"when was the {label} first held?"
        if (
            context is not None
            and context.query is not None
            and context.query.months
            and _WHICH_NOT.fullmatch(question)
        ):
            # "which editions were held in November? — which ones were not?": the others
            names = {v: k for k, v in self.lex.months.items() if len(k) > 3}
            months_said = " or ".join(names[m] for m in context.query.months if m in names)
            if months_said:
                question = f"which editions were not held in {months_said}?"
        if context is not None and len(context.editions) >= 2 and not _YEAR.search(question):
            question = self._the_others(question, context.editions, today)
        if context is not None and len(context.editions) == 1:
            question = _gap_of_it(question, context.editions[0])
            if "same" in question and not _YEAR.search(question):
                # "which earlier edition opened on the same calendar date?": as that one
                as_it = rf"\g<0> as {context.editions[0]}"
                question = _SAME_DAY_ASKED.sub(as_it, question, count=1)
        if " after " in question and _RUNNING_SAID.search(question):
            # "what did the running total stand at after 2023?": the total up to that year's
            # edition, not of the editions after it
            question = _AFTER_A_YEAR.sub(r"up to \g<y>", question)
        if (
            context is not None
            and context.query is not None
            and context.query.number is not None
            and not question.isascii()
            and (m_cmp := _ZH_CMP_FOLLOW.fullmatch(question.strip())) is not None
            and _ZH_CMP_NUMBER.search(context.question)
        ):
            # 哪几届嘉宾超过2000人？ — 超过1800人的呢？: the same selection at the new figure
            new = f"{m_cmp['cmp']}{m_cmp['n']}"
            question = _ZH_CMP_NUMBER.sub(new, context.question, count=1)
        if (
            context is not None
            and context.query is not None
            and (m_nth := _NEXT_NTH.fullmatch(question.strip())) is not None
            and (context.query.nth is not None or _NTH_SUCH.search(context.question))
            and _FIRST_SAID.search(context.question)
        ):
            # "which was the first edition to open on a Sunday?" — "the second?" — "the
            # third?": the next such, never the 2nd (3rd) edition
            question = _FIRST_SAID.sub(m_nth["nth"], context.question, count=1)
        if "比" in question and ("晚" in question or "早" in question):
            question = _later_by_zh(question)  # 2023年比2022年晚了多少天开幕
        if context is not None and ("届" in question or "年" in question):
            question = self._these_zh(question, context)
        if (
            context is not None
            and context.query is not None
            and context.query.change
            and _ZH_WAY_FOLLOW.fullmatch(question.strip())
        ):
            # 那下降最多的呢 after 哪一届博览会比上一届增长最多: the same change the other way,
            # never the edition with the most of the figure
            down = "降" in question or "减" in question
            swap = _ZH_UP_DOWN if down else {v: k for k, v in _ZH_UP_DOWN.items()}
            asked = context.question
            for a, b in swap.items():
                asked = asked.replace(a, b)
            if asked != context.question:
                question = asked
        if "according to" in question and (m_acc := _ACCORDING_TO.search(question)):
            # "…held, according to Li Qiang?": what he said is not on record, the fact is
            # (it counted his editions); a source named ("according to Xinhua") stays
            who = normalise(m_acc["who"]).words
            if who and all(w in self.composer.keynote_words for w in who):
                question = question[: m_acc.start()] + question[m_acc.end() :]
        said = _SAID_THEN_ALSO.fullmatch(question.strip()) if "也" in question else None
        if said is not None and "也" in said["ask"]:
            # 2025年开幕式是11月7日，以前哪一届也是11月7日开幕的: a fact said, then asked of
            # other editions ("also"): the question is the second clause
            question = said["ask"]
        if (
            context is not None
            and not context.editions
            and context.intent in ("about", "place", "name")
            and not any(ch.isdigit() for ch in question)
            and _IT_WORD.search(question)
        ):
            # "when did it start?" just after what the series is (or where it is held): "it"
            # is the series, not the latest edition
            question = _IT_WORD.sub(f"the {self.kb.facts.series.short_name}", question, count=1)
        if (m_now := _NOW_SAID.match(question)) and self._names_day(m_now["day"]):
            # "today's a monday - has any ever opened on a monday?", "it's december now;
            # was any held in december?": the day said is the asker's; the question follows
            question = m_now["rest"]
        if "and" in question and (m_who := _WHO_AND.match(question)):
            # "who is Liu Yunshan and when did he speak?": who a person is, no fact says —
            # the second question is of them ("he" is the name just said)
            name = m_who["name"].strip()
            if self.composer.keynote_words.issuperset(normalise(name).words):
                question = _HE_SHE.sub(name, m_who["rest"], count=1)
        joined = self._conjoined(question, today, context, now)
        if joined is not None:
            return joined
        only = self._only_one(question, today, context, now) if "only" in question else None
        if only is not None:
            return only
        sided = self._day_side(question, today, now)
        if sided is not None:
            return sided
        apart = self._ceremony_apart(question, now)
        if apart is not None:
            return apart
        low = question.casefold() if question.isascii() else ""  # (a word each needs, first)
        until = "how" in low and ("til" in low or "to" in low)
        if until and (m_until := _UNTIL.fullmatch(question.strip())) is not None:
            # "how many days until the 2026 summit?": the time to (or, past, since) its start
            question = f"how {m_until['unit']} ago did {m_until['x']} start?"
        hosting = "host" in low or "organi" in low
        if hosting and (m_host := _WAS_HOST.fullmatch(question.strip())) is not None:
            # "was CAC the host in 2023?": did it host that edition
            what = m_host["what"]
            what = f"the {what} summit" if what.isdigit() else what  # ("in 2023": that edition)
            verb = "host" if m_host["role"].casefold().startswith("host") else "organize"
            question = f"did the {m_host['who']} {verb} {what}?"  # (in the role asked)
        if (
            context is not None
            and context.query is not None
            and context.query.by_host
            and (m_new := _HOSTED_BY.search(question)) is not None
            and m_new["who"]
            and (m_old := _HOSTED_BY.search(context.question)) is not None
            and m_old["who"]
        ):
            # "and for the ones hosted by the CAC?" just after an average over another host's
            # editions: that question again, of these hosts (not a count of their editions)
            before = context.question
            question = f"{before[: m_old.start('who')]}{m_new['who']}{before[m_old.end('who') :]}"
        aside = self._aside(question)
        if aside is not None:
            question = aside  # "unrelated but how do i cook dongpo pork": that question alone
        if "not" in question and (m_not := _NOT_THOSE.search(question)) is not None:
            # "not the 2024 one, not the 2025 one, the one before those": the edition beside
            # the years set aside, never those years
            question = self._beside_excluded(question, m_not, today)
        if (
            context is not None
            and len(context.editions) == 1
            and (m_from := _COUNTED_FROM_THAT.match(question)) is not None
            and (said_n := said_count(m_from["n"].casefold(), self.lex)) is not None
            and 2 <= said_n <= 20
        ):
            question = (
                f"{m_from['lead']}{m_from['n']} {m_from['side']} {context.editions[0]}"
                f"{question[m_from.end() :]}"
            )
        if "by" in question and (m_by := _WHEN_FIRST_BY.search(question)) is not None:
            question = (
                f"{question[: m_by.start()]}which was {m_by['one']} {m_by['verb']} by"
                f"{question[m_by.end() :]}"
            )
        if " under " in question and _YEARS_SPAN.search(question):
            # "did guests grow every year under the organisation, 2022 to 2026": the years
            # named say the span; the hosts' period is not a fact asked of
            question = _UNDER_HOSTS.sub("", question)
        if (
            context is not None
            and context.query is not None
            and context.query.first
            and _LAST_INSTEAD.fullmatch(question.strip()) is not None
            and (m_first := _FIRST_WORD.search(context.question)) is not None
        ):
            # "and the last one on record?" after "first year xi sent a letter": that question,
            # of the last such edition (never the latest edition's fact of the person)
            asked_first = context.question
            last = "the last" if not m_first["the"] else "last"
            question = f"{asked_first[: m_first.start('w')]}{last}{asked_first[m_first.end('w') :]}"
        if (
            question.isascii()
            # (a cheap word check first: the pattern's lookbehinds are tried at every word)
            and any(w in question.casefold() for w in ("last", "first", "latest", "recent"))
            and (m_clause := _YEAR_OF_CLAUSE.search(question)) is not None
        ):
            edge = "last" if m_clause["edge"].casefold() != "first" else "first"
            question = (
                f"{question[: m_clause.start()]}the {edge} edition in which "
                f"{question[m_clause.end() :]}"
            )
        if "-" in question and (m_iso := _TWO_ISO_DAYS.search(question)) is not None:
            question = self._iso_days(question, m_iso)
        if (
            question.isascii()
            and _CLAIM_LEAD.match(question)  # (a claim of a distance: "did … two years after")
            and (m_span := _SPELLED_SPAN.search(question)) is not None
            and (n_said := said_count(m_span["n"].casefold(), self.lex)) is not None
            and n_said > 1
        ):
            question = f"{question[: m_span.start('n')]}{n_said}{question[m_span.end('n') :]}"
        if (
            context is not None
            and len(context.editions) > 1
            and context.intent not in ("count", "hosts")
            and (m_edge := _EDGE_OF_LISTED.match(question)) is not None
        ):
            # "first one?" after a list of editions: the first (last) of those, asked as the
            # last question was — never the 1st edition
            edge = m_edge["edge"].casefold()
            year = min(context.editions) if edge in ("first", "earliest") else max(context.editions)
            question = f"the {year} one?"
        if " so " in question and (m_so := _SO_MORE.match(question)) is not None:
            pre, y1, y2, way = m_so["pre"], m_so["y1"], m_so["y2"], m_so["way"]
            question = f"{pre}, did {y2} have {way} than {y1}?"
        if "," in question and (m_pre := _PREMISED.match(question)) is not None:
            question = self._premised(m_pre)
        if "always" in question:  # "have they always released exactly 15?": of every edition
            question = _ALWAYS_HAVE.sub("has every edition", question, 1)
        if "ever" in question and question.isascii():
            question = self._weekday_ever(question)
        if ("一届" in question or "一屆" in question) and (m_chain := _ZH_CHAIN.search(question)):
            question = self._chained(question, m_chain)
        if question[:1].isdigit() and (m_said := _FIGURE_FIRST.match(question)) is not None:
            # "601. that's the exhibitor count of which expo?": the figure, then what it is
            question = f"{m_said[1]} - {question[m_said.end() :]}"
        if "不是" in question and (m_zh_one := _ZH_NOT_THIS_ONE.search(question)) is not None:
            # 不是第一届，是第二届: the edition set aside is not asked
            question = f"{question[: m_zh_one.start()]}{m_zh_one['in']}{question[m_zh_one.end() :]}"
        if "not" in question and (m_one := _NOT_THIS_ONE.search(question)) is not None:
            question = _one_not_other(question, m_one)
        if "previous" in question:  # "the previous edition before the latest": one step
            question = _PREVIOUS_BEFORE.sub("the one before ", question)
        if "'s" in question and (m_top := _TOPPED_YEARS.search(question)) is not None:
            # "which editions topped 2023's count of countries": more of it than 2023 had —
            # the year's own, never the number 2,023
            what = re.sub(r"^(?:the\s+)?(?:count|number|total|figure)\s+of\s+", "", m_top["what"])
            more = "fewer" if m_top["verb"].casefold() in _UNDER_VERBS else "more"
            question = (
                f"{question[: m_top.start()]}had {more} {what} than {m_top['y']}"
                f"{question[m_top.end() :]}"
            )
        if not question.isascii():
            question = self.simplified(question)  # (哪幾年…沒有: as one script is read)
            if "办" in question:
                # 由哪个省的政府承办: who ran it, in that role — not where it was held
                question = _ZH_WHICH_RUNS.sub(r"谁\g<role>", question)
            if any(z in question for z in ("除", "不算", "不包括", "不含", "撇开")):
                # 除2015年外 / 不算2022年 / 除了2014年以外, …的届次: one way of setting years
                # aside ("除了2015年，…"), and the selection asked as "…的有哪几届"
                question = _ZH_ASIDE_YEARS.sub(r"除了\g<y>", question)
                if "除了" in question:
                    question = _ZH_EDITIONS_END.sub("的有哪几届", question)
            if "年" in question:
                # 多于2019年, 多过2019年: than the year's figure, never the number 2,019
                question = _ZH_THAN_YEAR.sub(_zh_than_year, question)
            if "那几届" in question and context is None:
                # 11月举办的那几届中，哪一届…: among those the clause selects (no earlier turn)
                question = question.replace("的那几届中", "的届次中").replace(
                    "的那几届里", "的届次中"
                )
            if "哪" in question and ("之间" in question or "期间" in question):
                # 2016年到2020年之间，哪几届…: the editions of those years, selected (not the two
                # years set against each other)
                question = _ZH_SPAN_BETWEEN.sub(r"\g<a>年至\g<b>年", question)
            if (
                context is not None
                and len(context.editions) == 1
                and (m_zh_n := _ZH_STEPS_FROM_THAT.match(question)) is not None
            ):
                # 之前兩屆呢 after 2022: the two counted back from 2022 (之前两届 of it)
                side = "之前" if m_zh_n["side"] in ("之前", "以前", "前") else "之后"
                question = f"{context.editions[0]}年{side}{m_zh_n['n']}届"
            if "第一届" in question and "是哪" in question:
                # 第一届线上举办的是哪一届: the first so held (第一次), not the 1st edition
                question = _ZH_FIRST_SUCH.sub("第一次", question)
            if "今年" in question and "比去年" in question:
                # 今年的峰会比去年多几个国家: this year's edition against last year's, two
                # years named (not each edition against the one before it)
                question = question.replace("今年", f"{today.year}年").replace(
                    "比去年", f"比{today.year - 1}年"
                )
        zh_step = not question.isascii() and "届" in question
        if zh_step and (m_desc := _ZH_DESC_STEP.fullmatch(question)) is not None:
            # 最后一届有官方届次的大会，之前一届在几月: the edition the description names, asked on
            # its own, then the one before (after) it
            desc = m_desc["desc"]
            years = self._described(f"{desc}是哪一届", today)
            if not years and not _ZH_DESC_PLAIN.search(desc):
                # 刘鹤视频出席: the one edition its fact names, however it is answered
                sole = self._sole_edition(f"{desc}是哪一届", today)
                years = (sole,) if sole is not None else ()
            # (之后那届 is after: its first character is no side)
            step = "前一届" if m_desc["step"].startswith(("之前", "前", "上")) else "后一届"
            if len(years) == 1:
                question = f"{years[0]}年的{step}{m_desc['rest']}"
            elif (
                not years
                and "届" in question[m_desc.end("desc") : m_desc.start("step")]
                and not _ZH_DESC_NAMED.search(desc)
            ):
                # 举办了22个议题那届的后一届: a description no edition's facts bear out — never
                # the step from today's edition in its place
                R = self.composer.renderers["zh"]
                text = R.tpl("reverse_none_value")
                return Reply(self.composer.refusal(R, text), Context(at=now))
            elif years and any(z in desc for z in ("第一次", "首次", "头一次", "最后一次")):
                # 李书磊第一次作主旨演讲那届的前一届: the first (last) of them, then the step
                one = min(years) if "最后" not in desc else max(years)
                question = f"{one}年的{step}{m_desc['rest']}"
            elif years:
                # 习近平发表视频讲话那届的前一届: the one before each of them
                moved = [self._step(y, -1 if step == "前一届" else 1) for y in years]
                if all(moved):
                    steps_said = "和".join(f"{y}年" for y in moved)
                    question = f"{steps_said}{m_desc['rest'] or '是哪几届'}"
        low = question.casefold()
        negated = (
            "no " in low or "n't" in low or "not " in low or "didnt" in low or "没" in question
        )
        if negated and (m_none := _NONE_IN_MONTH.search(question)) is not None:
            # "in which years was there no summit in november?", 哪几年的11月没有开大会: the
            # editions held outside that month, never those held in it
            month = m_none["month"] or m_none["month_zh"]
            outside = f"不在{month}月举办" if m_none["month_zh"] else f"were not held in {month}"
            lead = "哪几届" if m_none["month_zh"] else "which editions "
            question = f"{question[: m_none.start()]}{lead}{outside}{question[m_none.end() :]}"
        described = question.lstrip()[:4].casefold() in _DESC_STARTS
        if described and (m_ds := _EN_DESC_STEP.fullmatch(question)) is not None:
            # "the first edition held online, what year was the next one?": the edition the
            # description names, asked on its own, then the one after (before) it
            stepped = self._desc_step(m_ds, today)
            question = stepped if stepped is not None else question
        if " am i" in question.casefold() and (m_rd := _RIDDLE.fullmatch(question)) is not None:
            # "Riddle: I opened on a Sunday in October. Which edition am I?": the edition that
            # did what the riddle says
            question = f"which edition {m_rd['clause'].strip()}?"
        jeopardy = "answer" in question.casefold() or "jeopardy" in question.casefold()
        if jeopardy and (m_jp := _JEOPARDY.search(question)) is not None:
            # "jeopardy: the answer is 601, what's the question?", "answer: Liu He": the
            # edition the answer is a fact of
            given = (m_jp["a"] or m_jp["a2"]).strip()
            verb = "had" if re.fullmatch(r"[\d,.]+", given) else "is"
            question = f"which edition {verb} {given}{' about' if verb == 'is' else ''}?"
        if "/" in question:
            question = _SLASH_DAY.sub(self._slash_day, question)  # "11/11": November 11
        if question.isascii() and any(w in question.casefold() for w in _SPELLED_MARKS):
            question = self._spelled_days(question)
        if " from the end" in question:
            # "the 4th edition from the end": counted from the last (as "4th from last")
            question = _FROM_THE_END.sub(r"\g<nth> from last \g<noun>", question)
        if " on the " in question and (m_day := _ON_THE_DAY.search(question)) is not None:
            beside_day = f"{question[: m_day.start()]} {question[m_day.end() :]}"
            # ("other than 2023": no edition asked)
            beside_day = conditions.SET_ASIDE.sub(" ", beside_day)
            if not any(ch.isdigit() for ch in beside_day):
                # ("the 2024 summit started on the 20th, right?": that edition's day, claimed)
                question = f"{question[: m_day.end()]} of the month{question[m_day.end() :]}"
        if "届" in question or " the " in f" {question}":
            question = self._edge_in_span(question, today)
        if (
            " same " in question
            and (m_same := _SAME_DAY_AS.search(question)) is not None
            and not re.search(r"\b(?:if|would|suppose|assume|assuming)\b", question, re.I)
        ):
            question = self._same_day_as(question, m_same, today, now)
        low = question.casefold()  # (as the rewrites above left it)
        bound_first = low.lstrip()[:3] in _BOUND_STARTS
        if bound_first and question.isascii() and (m_lead := _LEADING_BOUND.fullmatch(question)):
            # "before this year, did any edition run over November 11?": the bound after
            # the question it bounds, where the reading looks for it
            question = f"{m_lead['rest']} {m_lead['bound']}{m_lead['end']}"
        low = question.casefold()
        around = "edition" in low or " one" in low or "summit" in low or "conference" in low
        if around and _COUNTED_AROUND.search(question):
            # "the 2 editions before 2020", "editions 2 and 3", "the 3rd one and the one after
            # it": those editions, named one by one
            question = self._counted_around(question, today)
        low_q = question.casefold()
        if (
            ("yy" in question or "iso" in low_q or "format" in question)
            and "week" not in low_q  # ("what ISO calendar week…": no format asked)
            and (m_fmt := _DATE_FORMAT.search(question))
        ):
            formatted = self._dates_formatted(question, m_fmt, today, context, now)
            if formatted is not None:
                return formatted
        if (
            ("day" in low_q or "天" in question)
            and (m_nd := (_NTH_DAY if question.isascii() else _ZH_NTH_DAY).search(question))
            and _NTH_DAY_ASKED.search(question) is not None
            and _NTH_DAY_ELSE.search(question) is None
            # ("the weather on the first day of the 2021 summit": not that day's date)
            and not any(
                "unsupported" in self.lex.intent_words.get(w, ()) for w in normalise(low_q).words
            )
        ):
            nth_day = self._nth_day(m_nd, question.isascii(), today, context, now)
            if nth_day is not None:
                return nth_day
        if "week" in low_q and (m_week := _ISO_WEEK.search(question)) is not None:
            week = self._iso_week(question, m_week, today, context, now)
            if week is not None:
                return week
        if context is None and (self._place_of_place(question) or _MONTH_AFTER.match(question)):
            R = self.composer.renderers["en" if question.isascii() else "zh"]
            return Reply(self.composer.decline(R, "decline_offtopic", 0.9), Context(at=now))
        m_wd = (_WEEKDAY_OF_DATE if question.isascii() else _ZH_WEEKDAY_OF_DATE).match(question)
        if m_wd is not None:
            dated = self._weekday_of_date(m_wd, today, now)
            if dated is not None:
                return dated
        if question.isascii() and _JOINS.search(question):
            joined = self._selection(question, today, now)
            if joined is not None:
                return joined
        if " or " in question and (m_or := _EITHER.fullmatch(question.strip())) is not None:
            either = self._either(m_or, today, now)
            if either is not None:
                return either
        if " or " in question and (m_wide := _EITHER_WIDE.fullmatch(question.strip())):
            halves = _halves(m_wide["a"], m_wide["b"])
            b_lead = re.sub(r"^(?:that|which)\s+", "", m_wide["b"].strip(), flags=re.I)
            own = b_lead.split()[0].casefold() in _HALF_LEADS if b_lead.split() else False
            if _NEGATED_HALF.search(m_wide["a"]) and not own:
                halves = None  # "weren't in November or December": in neither, not either
            either = None
            if halves is not None:
                either = self._union(*halves, today, now, count=bool(m_wide["count"]))
            if either is not None:
                return either
        if (
            "not " in question
            and (m_both := _BOTH_HALVES.fullmatch(question.strip())) is not None
            and " or " not in m_both["a"]  # ("on a Sunday or Monday but not…": not two halves)
        ):
            both = self._either(m_both, today, now, both=True)
            if both is not None:
                return both
        if question.isascii() and ("host" in question or "organi" in question):
            hosted = self._hosted_by(question, today, now)
            if hosted is not None:
                return hosted
        if self._titled_names:
            titled_as = self._title_named(question, now)
            if isinstance(titled_as, Reply):
                return titled_as
            question = titled_as
        if self.lex.titles:
            titled = self._titled(question, today, now)
            if titled is not None:
                return titled
        if " after " in question or " before " in question:
            gapped = self._gap_claim(question, today, now)
            if gapped is not None:
                return gapped
        misled = self._misleading_story(question)
        if misled is not None:
            # "I'm writing a report and need the theme of the first one": the story's "report"
            # names a kind of fact (the blue books), which the question does not ask
            question = misled
        reply = self._answer(question, today, context, now)
        if reply.answer.answered or reply.answer.intent != "decline":
            return reply
        # "my prof asked me … and i blanked, anyway: when …?": without the story, if that
        # answers on its own
        plain = self.simplified(question)
        rest = self._without_story(plain)
        if rest is None and (m_lead := _LEAD_COLON.match(plain)) is not None:
            rest = m_lead["rest"]  # 考试复习：…, "for my essay: …": what follows the colon
        if rest is None:
            return reply
        _, asked_in = self._answer_in(plain)  # "…？英文答我得喇": the story asked for English
        retry = self._answer(rest, today, context, now, answer_in=asked_in)
        return retry if retry.answer.answered else reply

    def _weekday_ever(self, question: str) -> str:
        """ "saturday at the summit: ever happened?", "saturday sessions ever?": was any edition in
        session on that weekday (not the weekday the latest one opened on)."""
        words = normalise(question).words
        days = [w for w in words if w.removesuffix("s") in self.lex.weekdays]
        if "ever" not in words or len(days) != 1 or not _EDGE_VERBS.isdisjoint(words):
            return question
        if any(w.isdigit() or w in self.lex.months for w in words):
            return question  # ("did 2019 ever…": one edition named; "…in November": a month)
        return f"was it ever held on a {days[0].removesuffix('s')}?"

    def _chained(self, question: str, m: re.Match[str]) -> str:
        """2024年那届的前一届的前一届: the edition the steps reach, by its year (each step to
        the neighbouring edition held); the question as written where a step runs out."""
        years = [e.year for e in self.index.editions]
        if m["y"]:
            year = int(m["y"])
        else:  # 第四届的后一届的后一届: from the numbered edition
            n = zh_number(m["n"], self.lex.zh_numerals)
            found = next((e.year for e in self.index.editions if e.ordinal == n), None)
            if found is None:
                return question
            year = found
        if year not in years:
            return question
        at = years.index(year)
        for step in re.findall(r"(前|后|後|上|下)一[届屆]", m["steps"]):
            at += -1 if step in ("前", "上") else 1
            if not 0 <= at < len(years):
                # 2015年的前一届的前一届: before the first (after the last) — the year past the
                # edge, which no edition holds
                at = -1 if at < 0 else len(years)
                past = years[0] - 1 if at < 0 else years[-1] + 1
                return f"{question[: m.start()]}{past}年那届{question[m.end() :]}"
        return f"{question[: m.start()]}{years[at]}年那届{question[m.end() :]}"

    def _premised(self, m: re.Match[str]) -> str:
        """The claim after a premise, asked of what the premise names: "he" is its one person,
        "the 2017 one" its thing in that year (the premise's own year is not asked)."""
        premise, claim = m["premise"], m["claim"]
        named = self._names_in(premise)
        if len(named) == 1 and _HE.search(claim):
            claim = _he_as(claim, named[0])
        things = [
            t["what"]
            for t in _THE_THING.finditer(premise)
            if any(
                n.startswith("attr:") for n in self.lex.intent_words.get(t["what"].casefold(), ())
            )
        ]
        if things and (m_one := _YEAR_ONE.search(claim)) is not None:
            claim = f"{claim[: m_one.start()]}the {things[0]} in {m_one['y']}{claim[m_one.end() :]}"
        # (said as a claim to be checked: "…too, right?", never a lookup of the year)
        claim = claim.rstrip(" ?？!.") + ", right?"
        return claim if _HE.search(claim) is None else m.string

    def _names_in(self, text: str) -> list[str]:
        """The people the facts name that ``text`` names, as written there (a run of the facts'
        capitalised words, "huang kunming", or a Chinese speaker's name, 刘鹤)."""
        zh = [n for n in self.composer.speakers_zh if n in text]
        if zh:
            return zh
        words = text.replace("?", " ").replace(",", " ").split()
        runs: list[str] = []
        run: list[str] = []
        names = self.lex.fact_names

        def part(w: str) -> bool:
            low = w.casefold().removesuffix("'s")
            return w.isascii() and w.isalpha() and (low in names or low not in self.lex.known)

        prev = ""
        for w in [*words, ""]:
            if w and part(w.removesuffix("'s")):
                run.append(w.removesuffix("'s"))
                continue
            if len(run) == 1 and prev.isalpha() and prev.casefold() not in self.lex.stop:
                run = [prev, *run]  # ("wang huning": a surname the vocabulary also knows)
            # (a full name, "liu he", one word of it the facts' own: never "xi" alone)
            if 2 <= len(run) <= 3 and any(x.casefold() in names for x in run):
                runs.append(" ".join(run))
            run = []
            prev = w
        return runs

    def _person_role(self, question: str, before: str, year: int) -> str | None:
        """ "And xi?", "what about Li Qiang?", 习近平呢 just after a question about one edition
        that named no one: that person's part in that edition, as a question of its own."""
        m = _WHAT_ABOUT.fullmatch(question.strip())
        if m is None or self._names_in(before):
            return None
        said = (m["x"] or m["x2"] or "").strip()
        values = tuple(said.casefold().split()) if said.isascii() else (said,)
        people = evaluate.people_named(self.composer, values, self.lex.fact_names)
        speaks = self.composer.keynote_words if said.isascii() else self.composer.speakers_zh
        if not people or len(people) != len(values) or not speaks.issuperset(people):
            return None  # ("in chinese?", "awards": not a speaker's name, every word of it)
        if said.isascii():
            return f"what was {said}'s role in {year}?"
        return f"{year}年{people[0]}是怎么参与的"

    def _other_person(self, question: str, before: str) -> str:
        """ "What about Huang Kunming?", 那刘鹤呢 after a question about another person: that
        question again, of this person (it repeated the other person's record)."""
        m = _WHAT_ABOUT.fullmatch(question.strip())
        if m is None:
            return question
        said = (m["x"] or m["x2"] or "").strip()
        # (the person said alone: "wang huning", one of its words the facts' own)
        alone = said.isascii() and 2 <= len(said.split()) <= 3
        alone = alone and any(w.casefold() in self.lex.fact_names for w in said.split())
        # ("and xi?": one word, a name the facts hold)
        alone = alone or (said.isascii() and said.casefold() in self.lex.fact_names)
        new, old = ([said] if alone else self._names_in(said)), self._names_in(before)
        if len(new) != 1 or len(old) != 1 or new[0].casefold() == old[0].casefold():
            return question
        at = before.casefold().find(old[0].casefold())
        if at < 0:
            return question
        return f"{before[:at]}{new[0]}{before[at + len(old[0]) :]}"

    def _he_named(self, question: str, context: Context) -> str:
        """ "Did he attend in person?", 他亲自出席了吗 just after an edition's keynote fact
        that names one person: that person (the question was answered of the edition as a
        whole — its attendance). Where the fact names two, "he" stays unresolved."""
        last = context.query
        said = (
            evaluate.people_named(self.composer, last.values, self.lex.fact_names) if last else ()
        )
        asked_who = "谁" in context.question or "who" in normalise(context.question).words
        # ("who read out Xi's letter? … did he…": the one the answer named, not Xi)
        if len(said) == 1 and not asked_who:
            # "how did Xi take part in 2019? … which years did he send letters?": the one
            # person the last question named
            return _he_as(question, said[0])
        if last is None or "attr:keynote" not in (*last.attributes, *last.signals):
            return question
        e = self.index.edition(context.editions[0])
        fact = next((d for d in e.details if d.about == "keynote"), None) if e else None
        if fact is None:
            return question
        zh = not question.isascii()
        text = (fact.text_zh or "") if zh else fact.text
        names = self._people_in(text, zh)
        if len(names) > 1:
            # two named ("Li Shulei read out Xi's letter and gave the keynote"): the one who
            # gave the keynote, named first in its clause; none where no clause says so
            keynote = [p for p in re.split(r"[;；，,]", text) if ("主旨" if zh else "keynote") in p]
            names = self._people_in(keynote[0], zh)[:1] if len(keynote) == 1 else []
        if len(names) > 1 or (not names and self._people_in(text, zh)):
            # "was he there in person?" where the fact names two and neither gave "the"
            # keynote: not answered of one — the fact itself, how each took part
            assert e is not None
            return f"{e.year}年谁做了主旨演讲" if zh else f"who gave the keynote in {e.year}?"
        if len(names) != 1:
            return question
        return _he_as(question, names[0])

    def _people_in(self, text: str, zh: bool) -> list[str]:
        """The people a fact's text names, in the order it names them."""
        if zh:
            found = [n for n in self.composer.speakers_zh if n in text]
            return sorted(found, key=text.find)
        return list(dict.fromkeys(self._names_in(text)))

    def _these_zh(self, question: str, context: Context) -> str:
        """这两届哪届参会国家多 after 2021's theme and then 2020's: those editions, by year (the
        last answer's several, or the last turns' one each)."""
        m = _THESE_ZH.search(question)
        if m is None:
            return question
        said = m[1] or m[2]
        n = 2 if said in "两二" else zh_number(said, self.lex.zh_numerals) or 0
        several = context.editions if len(context.editions) == n else ()
        recent = tuple(dict.fromkeys(reversed(context.history)))[:n]
        years = several or (recent if len(recent) == n else ())
        if not years:
            return question
        named = "和".join(f"{y}年" for y in sorted(years))
        return f"{question[: m.start()]}{named}{question[m.end() :]}"

    def _it_named(self, question: str, talked: str) -> str:
        """ "How many summits has it hosted?", "which was its first?" after the organisation's
        founding: "it" is the series-level thing talked about (no edition is), by its kind's
        name."""
        kind = next((k for k in self.kb.vocabulary.attributes if f"attr:{k.id}" == talked), None)
        if kind is None or not any(d.about == kind.id for d in self.kb.facts.series.details):
            return question
        if question.isascii():
            label = f"the {kind.label}"
            # "how many days was that before the 2022 summit opened?": that fact's date
            question = _THAT_BESIDE.sub(lambda m: f"{m[1]} {label} {m[2]}", question)
            if _IT.search(question) is None:
                return question
            return _IT.sub(lambda m: f"{label}'s" if m[1] else label, question)
        if kind.label_zh and any(z in question for z in ("它", "佢")):
            for it in ("它们", "它", "佢哋", "佢"):
                question = question.replace(it, kind.label_zh)
        return question

    def _conjoined(
        self, question: str, today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "The 2019 conference had an expo and 15 achievements, right?": a claim of two
        parts, each judged on its own — yes only if both hold, no if either fails, else
        unknown (it used to be judged on one part). None where the question is no such claim."""
        parts = self._claim_parts(question)
        if parts is None or _NEGATED_CLAIM.search(question):
            return None  # ("2019 had no expo and 15 achievements?": the "no" binds one part)
        whole = read(question, self.lex)
        asked = parse(question, whole, self.lex)
        if not (asked.yes_no or asked.operation == "verify"):
            return None
        replies = [self._answer(p, today, context, now) for p in parts]
        verdicts = [r.answer.result for r in replies]
        said = [v.verdict if isinstance(v, Verdict) else None for v in verdicts]
        if all(v is None for v in said) or replies[0].answer.text == replies[1].answer.text:
            return None  # neither part a claim the facts judge: the question as a whole
        verdict: Literal["yes", "no", "unknown"] = (
            "no" if "no" in said else "yes" if all(v == "yes" for v in said) else "unknown"
        )
        first = replies[0].answer
        R = self.composer.renderers["zh" if first.lang.startswith("zh") else "en"]
        texts = " ".join(r.answer.text for r in replies if r.answer.text)
        years = tuple(dict.fromkeys(y for r in replies for y in r.answer.editions))
        sources = tuple(dict.fromkeys(src for r in replies for src in r.answer.sources))
        answer = replace(
            first,
            answered=True,
            intent="verify",
            operation="verify",
            text=R.tpl(f"claims_{verdict}", parts=texts),
            editions=years,
            sources=sources,
            result=Verdict(verdict, years),
        )
        return Reply(answer, replace(replies[-1].context, editions=years))

    def _only_one(
        self, question: str, today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "Was 2022 the only edition with 19 sub-forums?": the editions the condition
        selects (asked on its own first) against the one named — yes if it alone, no if
        others too or not it, unknown where a figure leaves it open. None if no such claim."""
        m = _ONLY_ONE.match(question.strip())
        if m is None:
            return None
        cond = m["cond"].strip()
        if cond.casefold().startswith(("with ", "to have ")):
            cond = "had " + cond.split(" ", 2 if cond.casefold().startswith("to ") else 1)[-1]
        elif cond.casefold().startswith(("that ", "which ")):
            cond = cond.split(" ", 1)[1]
        else:
            cond = "were " + cond
        named = self._answer(f"which was {m['ed']}", today, context, now, anchored=False).answer
        years = named.settled or named.editions
        if not named.answered or len(years) != 1:
            return None
        found = self._answer(f"which editions {cond}?", today, None, now).answer
        if not found.answered or found.operation in ("decline", "lookup"):
            return None
        settled = set(found.settled or found.editions)
        year = years[0]
        if year in settled and settled == {year} and set(found.editions) == settled:
            verdict: Literal["yes", "no", "unknown"] = "yes"
        elif settled - {year} or (year not in found.editions):
            verdict = "no"
        else:
            verdict = "unknown"
        R = self.composer.renderers["zh" if found.lang.startswith("zh") else "en"]
        text = found.text if verdict == "unknown" else R.tpl(verdict, fact=found.text)
        edited = tuple(dict.fromkeys((year, *found.editions)))
        answer = replace(
            found,
            intent="verify",
            operation="verify",
            text=text,
            editions=edited,
            result=Verdict(verdict, edited),
        )
        return Reply(answer, Context(edited, "verify", at=now))

    def _name_era(self, question: str) -> str:
        """ "The <other name> era", "the summits called <other name> (2021 on)": the editions
        whose official name carries that name, written as their years ("2021-2026"), where
        they run without a gap; the question as it was otherwise."""
        found = series.named_in(self.composer, question)
        if found is not None and (nth := _NTH_NAMED.search(question)) is not None:
            # "the third edition to be called a <other name>": the third of those editions
            said_nth = nth["nth"].casefold()
            k = -1 if said_nth in ("last", "latest") else self.lex.ordinals.get(said_nth, 0)
            named_editions = found[1]
            # (the first: when the name began, which the name's history answers)
            if k not in (0, 1) and -len(named_editions) <= (k - 1 if k > 0 else k) < len(
                named_editions
            ):
                year = named_editions[k - 1 if k > 0 else k].year
                return f"{question[: nth.start()]}the {year} edition"
        if found is None or re.search(r"\b(?:when|first|year|since)\b", question, re.I):
            return question  # "since when is it called …?": the name's own history
        alias, named = found
        years = [e.year for e in named]
        order = [e.year for e in self.index.editions]
        if order[order.index(years[0]) : order.index(years[-1]) + 1] != years:
            return question  # not one run of editions: no span says it
        said = re.escape(alias)
        m = re.search(
            rf"(?:(?:during|in)\s+)?(?:the\s+)?{said}\s+era\b"
            rf"|\b(?:era\s+of|called|named|known\s+as)\s+(?:the\s+)?(?:\"|“)?{said}(?:\"|”)?"
            r"(?:\s*\([^)]*\))?",
            question,
            re.I,
        )
        if m is None:
            return question
        span = f"{years[0]}-{years[-1]}"
        neg = _NOT_BEFORE.search(question[: m.start()])
        if neg is not None:
            # "which editions were NOT called <other name>?": the others, by their years
            others = [y for y in order if y not in years]
            if not others or order[order.index(others[0]) : order.index(others[-1]) + 1] != others:
                return question
            said_span = f"from {others[0]} to {others[-1]}"
            return f"{question[: neg.start()]} {said_span}{question[m.end() :]}"
        return f"{question[: m.start()]}{span}{question[m.end() :]}"

    def _month_edition(self, question: str) -> str:
        """ "The edition held in September", "the first December edition": the edition that
        opened in that month (the nth of them, in order of time), by its year — where the
        month names exactly one (or has an nth); as it was otherwise, or where the question
        asks which edition that was."""
        if self.lex.months.keys().isdisjoint(_WORDS.findall(question.casefold())):
            return question
        for m in _MONTH_EDITION.finditer(question):
            month = self.lex.months.get((m["m1"] or m["m2"] or "").casefold(), 0)
            if not month or _BOUND_NEXT.match(question, m.end()):
                continue  # "the first summit held in December after 2015": of those years
            held = [e.year for e in self.index.editions if e.start and e.start.month == month]
            nth = (m["nth"] or "").casefold()
            at = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}.get(nth)
            if nth in ("last", "latest"):
                at = len(held) - 1
            if at is None and len(held) != 1:
                continue
            at = at or 0
            if not 0 <= at < len(held):
                continue
            rest = set(ascii_words(question[: m.start()] + " " + question[m.end() :]))
            if rest <= _RANK_ALONE | {"edition", "one", "summit", "conference", "held"}:
                return question  # "which was the first December edition?": the filter's
            return f"{question[: m.start()]}the {held[at]} edition{question[m.end() :]}"
        return question

    def _step(self, year: int, n: int) -> int | None:
        """The year of the edition ``n`` editions after ``year``'s (before, for n < 0); None
        where ``year`` held none or the step runs off the editions."""
        order = self._order
        if year not in order or not 0 <= (at := order.index(year) + n) < len(order):
            return None
        return order[at]

    def _tied_offset(self, m: re.Match[str]) -> str:
        """ "Two before the 2024 and 2025 editions" (a tie put in place of a ranking): each
        of them moved that many editions, as their years."""
        n = 1
        if m["n"]:
            n = int(m["n"]) if m["n"].isdigit() else (self.lex.numbers.get(m["n"].casefold()) or 0)
        years = [int(y) for y in _YEAR.findall(m["years"])]
        later = m["dir"].casefold() in ("after", "following")
        moved = [self._step(y, n if later else -n) for y in years]
        if not n or any(y is None for y in moved):
            return m[0]
        picked = list(dict.fromkeys(y for y in moved if y is not None))
        said = " and ".join(str(y) for y in picked)
        noun = "editions" if len(picked) > 1 else "edition"
        lead = (m["lead"] or "").casefold()
        verb = "were" if len(picked) > 1 else "was"
        return f"{verb} the {said} {noun}" if lead in ("came ", "was ") else f"the {said} {noun}"

    def _nth_beside(self, question: str, m: re.Match[str]) -> str:
        said = m["n"].casefold()
        n = self.lex.ordinals.get(said) or (int(said[:-2]) if said[:-2].isdigit() else 0)
        year = self._step(int(m["year"]), n if m["dir"].casefold() == "after" else -n)
        if not n or year is None:
            return question
        return f"{question[: m.start()]}the {year} edition{question[m.end() :]}"

    def _ordinal_range(self, question: str, m: re.Match[str]) -> str:
        """ "From the 2nd to the 5th (edition)" written as "from 2015 to 2018", by the official
        numbers; as it was where either has none, or the question asks the time between."""
        first = self.index.by_ordinal.get(int(m["a"]))
        last = self.index.by_ordinal.get(int(m["b"]))
        if first is None or last is None or first.year >= last.year:
            return question
        if re.search(r"\bhow (?:long|many (?:days|weeks|months|years))\b", question, re.I):
            return question  # "how many days from the 3rd to the 6th": the time between them
        return (
            f"{question[: m.start()]}{m['prep']} {first.year} to {last.year}{question[m.end() :]}"
        )

    def _month_edge(self, m: re.Match[str]) -> int | None:
        """The year of the first (or last) edition that opened in the month ``m`` names."""
        month = self.lex.months.get(m["month"].casefold())
        held = [e.year for e in self.index.editions if e.start and e.start.month == month]
        if month is None or not held:
            return None
        return held[-1] if m["which"].casefold() == "last" else held[0]

    def _time_in_month(self, m: re.Match[str]) -> str:
        """ "the first time the summit started in September" as "the 2021 edition"."""
        year = self._month_edge(m)
        return m[0] if year is None else f"the {year} edition"

    def _last_in_month(self, m: re.Match[str]) -> str:
        """ "last held in December" as "held in 2017"."""
        year = self._month_edge(m)
        return m[0] if year is None else f"{m['verb']} in {year}"

    def _part_edge(self, m: re.Match[str]) -> str:
        month = self.lex.months.get(m["month"].casefold())
        if month is None:
            return m[0]
        first, last = _MONTH_PARTS[m["part"].casefold()]
        side = m["side"].casefold()
        if side == "after":
            # (late: after the month's own last day — "after late November" is December)
            return f"after {m['month']} {min(last, month_end(2001, month))}"
        return f"before {m['month']} {first}" if first > 1 else f"before {m['month']}"

    def _stepped(self, question: str, m: re.Match[str], talked: int) -> str:
        """The question with "two years earlier", "3 editions later" written as the year they
        land on, counted from the edition talked about; as it was where the question names
        an edition of its own or the step runs off the editions."""
        if _EDITION_LIKE.search(question):
            return question
        n = said_count(m["n"], self.lex) or _ZH_DIGITS.get(m["n"], 0)
        if not n:
            return question
        said_dir, unit = m["dir"].casefold(), m["unit"].casefold()
        later = said_dir in ("later", "after") or said_dir[-1] in "后後"
        if unit.startswith("year") or unit == "年":
            year: int | None = talked + (n if later else -n)
        else:
            year = self._step(talked, n if later else -n)
        if year not in self._order:
            return question
        said_year = f"in {year}" if unit.isascii() else f"{year}年"
        return f"{question[: m.start()]}{said_year}{question[m.end() :]}"

    def _day_side(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Was the 2018 summit held before mid-November?", 2019年大会是在11月之前举办的吗,
        2020年论坛是11月下旬举办的吗, 哪几届在11月中旬之前举办: an edition's opening against a
        day of its year (before, after, or within a part of a month), judged from its dates;
        None where the question says no such thing."""
        if question.isascii():
            if "before" not in question and "after" not in question:
                return None
            m = _DAY_SIDE.search(question)
            if m is None or (month := self.lex.months.get(m["month"].casefold())) is None:
                return None
            side, part, day_said = m["side"].casefold(), (m["part"] or "").casefold(), m["day"]
        else:
            if "月" not in question:
                return None
            m = _DAY_SIDE_ZH.search(question)
            if m is None:
                return None
            month = int(m["month"])
            side = {"之前": "before", "以前": "before", "之后": "after", "以后": "after"}.get(
                m["side"] or "", "within"
            )
            part = {"上旬": "early", "中旬": "mid", "下旬": "late"}.get(m["part"] or "", "")
            day_said = m["day"]
            if side == "within" and not part:
                return None
        if not 1 <= month <= 12:
            return None
        first, last = _MONTH_PARTS.get(part, (1, 31))
        if day_said:
            first = last = int(day_said)
        reading = read(question, self.lex)
        if not reading.word_set.isdisjoint(_CLOSING) or any(
            z in question for z in ("闭幕", "结束")
        ):
            return None  # "which editions ended after November 20?": their last days
        years = [ref.value for ref in reading.refs if ref.kind == "year"]
        asks_which = not years and "哪" in question  # (English lists: the engine's own filter)
        if len(years) != 1 and not asks_which:
            return None

        def holds(e: Edition) -> bool | None:
            if e.start is None:
                return None
            end = month_end(e.year, month)
            lo = dt.date(e.year, month, min(first, end))
            hi = dt.date(e.year, month, min(last, end))
            if side == "before":
                return e.start < lo
            if side == "after":
                return e.start > hi
            return lo <= e.start <= hi

        R = self.composer.renderers["en" if question.isascii() else "zh"]
        if asks_which:
            held = self.index.held(today)
            hits = [e for e in held if holds(e)]
            items = R.dated_names(hits) or "—"
            text = R.tpl("count_of_asked", n=len(hits), total=len(held), items=items)
            found = tuple(e.year for e in hits)
            answer = self.composer.series_answer(R, "filter", text, found, intent="which")
            return Reply(answer, Context(found, "which", at=now, listed=found))
        yes_no = parse(question, reading, self.lex).yes_no or (
            not question.isascii()
            and any(z in question for z in ("吗", "是不是", "是否", "对不对"))
        )
        e = self.index.edition(years[0])
        if not yes_no or e is None or (verdict := holds(e)) is None:
            return None  # ("how many days before November 20 did the 2024 summit open?")
        fact = self.composer.lookup(R, "dates", (e,), today, 0.9)
        text = R.tpl("yes" if verdict else "no", fact=fact.text)
        result = Verdict("yes" if verdict else "no", (e.year,))
        answer = replace(fact, text=text, operation="verify", intent="verify", result=result)
        return Reply(answer, Context((e.year,), "dates", at=now))

    def _gap_claim(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Was the organisation founded more than 5 years after the first edition?": the
        time between two dated things (an edition's opening, a dated series fact) against the
        span claimed, worded as the time between them is; None where either side is not one
        dated thing."""
        plain = self.simplified(question)
        m = _GAP_CLAIM.search(plain) or _GAP_EXACT_CLAIM.search(plain)
        if m is None and question.isascii():
            # "did the 2021 sumit open less then a year after the previus one?": as read, its
            # typos corrected ("then" after a comparing word is "than")
            plain = _THEN_THAN.sub(r"\1 than", " ".join(read(plain, self.lex).words))
            m = _GAP_CLAIM.search(plain)
        if m is None:
            return None
        n = said_count(m["n"], self.lex)
        x = self._dated(m["x"], today)
        if _BESIDE_IT.match(m["y"]) and (here := self.find_edition(m["x"], today)) is not None:
            # "was 2021 less than a year after the previous one?": the edition before 2021
            # (after, for "before the next one"), not the one before the latest
            at = self._order.index(here.year) if here.year in self._order else -1
            step = -1 if m["side"].casefold() == "after" else 1
            near = self._order[at + step] if 0 <= at + step < len(self._order) else None
            beside = self.index.edition(near) if near is not None and at >= 0 else None
            y = beside.start if beside is not None else None
            m_y = str(near) if near is not None else m["y"]
        else:
            y, m_y = self._dated(m["y"], today), m["y"]
        if n is None or x is None or y is None:
            return None
        later, earlier = (x, y) if m["side"].casefold() == "after" else (y, x)
        unit = m["unit"].casefold()
        if unit.startswith("year"):
            bound = _years_on(earlier, n)
        elif unit.startswith("month"):
            months = earlier.month - 1 + n
            year, month = earlier.year + months // 12, months % 12 + 1
            bound = dt.date(year, month, min(earlier.day, month_end(year, month)))
        else:
            bound = earlier + dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
        how = (m["cmp"] or "exactly").casefold()
        if later < earlier:
            verdict = False  # the wrong way round: no span after (before) at all
        elif how in ("more than", "over"):
            verdict = later > bound
        elif how == "at least":
            verdict = later >= bound
        elif how == "exactly":  # "came 300 days after 2022, right?": that many days
            verdict = later == bound
        else:  # less than, under, within
            verdict = later < bound if how != "within" else later <= bound
        asked = f"how many days between {m_y} and {m['x']}"
        reply = self._answer(asked, today, None, now, anchored=False)
        if not reply.answer.answered:
            return None
        R = self.composer.renderers["en"]
        text = R.tpl("yes" if verdict else "no", fact=reply.answer.text)
        result = Verdict("yes" if verdict else "no", reply.answer.editions)
        answer = replace(
            reply.answer, text=text, operation="verify", intent="verify", result=result
        )
        return Reply(answer, reply.context)

    def _hosted_by(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Which editions were hosted by the CAC?", "did the Cyberspace Administration of
        China host the 2023 summit?": the hosting periods whose text names that host (as the
        facts word it) settle it; None where the question names no host the facts hold."""
        # ("together with" names two hosts; it asks for no total)
        said = re.sub(r"\btogether with\b", "and", question, flags=re.I)
        said = re.sub(r"\s+together(?=\s*[?.!]*\s*$)", "", said, flags=re.I)
        m = _HOSTED_BY.search(said)
        if m is None:
            return None
        who = m["who"] or m["who2"] or m["who3"] or m["who4"]
        who = re.sub(r"^(?:the|an?)\s+", "", who.strip(), flags=re.I)
        who = self.lex.spellings.get(who.casefold(), who)  # "the CAC": as the facts word it
        if len(who) < 3:
            return None
        reading = read(said, self.lex)
        if set(reading.unknown) - set(normalise(who).words):
            return None  # "did Beijing host the 2022 winter olympics?": another event's host
        if reading.unknown and not (reading.series_named or reading.event_noun):
            return None  # "did Alibaba host Singles Day in 2019?": nothing of ours named
        query = parse(said, reading, self.lex)
        # "hosted by the CAC and the Zhejiang government": both, in one hosting period
        parts = [x for x in _HOST_JOIN.split(who) if x.strip()]
        names, kind = self._host_names(who) if len(parts) < 2 else (tuple(parts), "")
        lead = question.split()[0].casefold().replace("’", "'")
        asks = lead in ("was", "were", "did", "is", "has", "have", "wasn't", "weren't", "didn't")
        edge = next((w for w in ("first", "last", "latest") if f" {w} " in f" {said} "), "")
        if edge and re.search(rf"\b{edge}\s+\w+\s+(?:was|were|is|has\s+been)\b", said, re.I):
            edge = ""  # "the first summit was hosted by …": a claim of the 1st, no first of theirs
        negated = not asks and _NOT_HOSTED.search(said) is not None
        # "the first summit the organisation hosted": its fact names the host, no figure (a
        # claim about it, or a count, is settled with the time since it was founded); nor
        # in "which editions were not hosted by the organisation"
        # ("was the conference hosted by the CAC up to 2021?": no edition named, those years)
        every = (
            asks
            and query.years is not None
            and (not reading.word_set.isdisjoint(_ALL_OF) or not query.refs)
        )
        own = f"attr:{kind}" if kind and ((edge and not asks) or negated or every) else ""
        figured = any(
            (a.startswith("attr:") and a not in (own, f"attr:{kind}" if kind else ""))
            or a in ("attendance", "duration")
            for a in query.attributes
        )
        if query.aggregate or figured or query.operation == "aggregate":
            return None  # "total sub-forums of the editions hosted by …": a figure, selected
        kinds = sorted(ref.kind for ref in query.refs)
        if asks and edge and kinds in (["ordinal", "year"], ["latest", "year"]):
            return None  # "was 2022 the first hosted by …?": the first of theirs, against 2022
        editions = tuple(
            e
            for ref in query.refs
            if isinstance((e := self.index.resolve(ref, today, None)), Edition)
        )
        if not asks and editions and not edge and reading.word_set.isdisjoint(_ASKS_LIST):
            # "the organisation hosted the 2018 one, i think?": a claim about that edition,
            # stated (never the editions the organisation hosted, listed)
            asks = True
        if asks and not editions and query.years is None and "always" in reading.word_set:
            # "has it always been hosted by the CAC?": every edition held, each checked
            editions, every = self.index.held(today), True
        R = self.composer.renderers["en"]
        if not asks and edge:
            # "what was the last edition hosted by the CAC?": the last of those it hosted
            editions = ()
        if every and query.years is not None:
            # "were all editions since 2022 hosted by the organisation?": each of those years
            low, high = query.years
            editions = tuple(e for e in self.index.held(today) if low <= e.year <= high)
        set_aside: tuple[int, ...] = ()
        if query.exclude and editions and not asks and all(r.kind == "year" for r in query.refs):
            # "which editions did the CAC host, apart from 2014?": of the others
            set_aside, editions = tuple(e.year for e in editions), ()
        answer = series.hosted_by(
            self.composer,
            R,
            names,
            editions,
            today,
            verdict=bool(editions) and asks,
            span=query.years,
            negated=negated,
            every=len(parts) > 1,
            share=query.relative,  # "what percentage of the editions did the CAC host?"
            words=reading.words,
            left_out=set_aside,
        )
        if answer is None:
            return None
        if not asks and edge and answer.editions:
            year = answer.editions[0] if edge == "first" else answer.editions[-1]
            # ("the theme of the last edition hosted by the CAC": that edition's theme)
            wanted = (*query.attributes, *query.signals)
            fact = next((a for a in wanted if a in _OF_HOSTED and a != own), "hosts")
            picked = self.composer.lookup(R, fact, self.index.years((year,)), today, 0.9)
            return Reply(picked, Context((year,), "hosts", at=now))
        # ("which had the fewest guests?" a turn after the editions a host held: of those)
        chosen = answer.editions if not asks and len(answer.editions) > 1 else None
        return Reply(answer, Context(answer.editions, "hosts", at=now, picked=chosen))

    def _the_others(self, question: str, named: tuple[int, ...], today: dt.date) -> str:
        """ "The others" after an answer about several editions: the editions held that it
        did not name, by their years; as it was where none are left."""
        han = any("\u4e00" <= ch <= "\u9fff" for ch in question)
        pattern = _ZH_OTHERS if han else _THE_OTHERS
        m = pattern.search(question)
        rest = [e.year for e in self.index.held(today) if e.year not in named]
        if m is None or not rest:
            return question
        if han:
            years = "、".join(f"{y}年" for y in rest)
            return f"{question[: m.start()]}{years}{question[m.end() :]}"
        years = ", ".join(str(y) for y in rest[:-1])
        said = f"the {years} and {rest[-1]} editions" if years else f"the {rest[0]} edition"
        return f"{question[: m.start()]}{said}{question[m.end() :]}"

    def _beside_excluded(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """The question with "not X, not Y, the one before (after) those" as that edition's
        year; as it was where no edition lies there."""
        years = [int(y) for y in _YEAR.findall(m["out"])]
        if not years:
            return question
        held = self.index.held(today)
        if m["between"]:
            # "not 2016, not 2018, the one in between": the one edition between them
            inside = [e for e in held if min(years) < e.year < max(years)]
            picked = inside if len(inside) == 1 else []
        elif m["side"].casefold() == "before":
            side = [e for e in held if e.year < min(years)]
            picked = side[-1:] if side else []
        else:
            side = [e for e in held if e.year > max(years)]
            picked = side[:1]
        if not picked:
            return question
        return f"{question[: m.start()]}the {picked[0].year} one{question[m.end() :]}"

    def _desc_step(self, m: re.Match[str], today: dt.date) -> str | None:
        """The question after the description with its step ("the next one") written as
        "the one after <year>"; None where the description names no single edition."""
        a = self._answer(f"which was {m['desc']}?", today, None, 0.0, anchored=False).answer
        if not a.answered or len(a.editions) != 1:
            return None
        step = _EN_STEP.search(m["rest"])
        if step is None:
            return None
        said_dir = (step["dir"] or step["dir2"]).casefold()
        later = said_dir in ("next", "following", "after")
        said = f"the one {'after' if later else 'before'} {a.editions[0]}"
        return f"{m['rest'][: step.start()]}{said}{m['rest'][step.end() :]}"

    def _spelled_days(self, question: str) -> str:
        """A day of a month spelled out ("the twenty-sixth of september", "november third")
        in figures ("the 26th of september"): a date, never the 6th or the 3rd edition."""
        lex = self.lex

        def day(said: str) -> int | None:
            parts = re.split(r"[\s-]+", said.casefold())
            if len(parts) == 1:
                return lex.ordinals.get(parts[0])
            tens, unit = lex.numbers.get(parts[0]), lex.ordinals.get(parts[1])
            if tens not in (20, 30) or unit is None or not 1 <= unit <= 9:
                return None
            return tens + unit

        def spelled(m: re.Match[str]) -> str:
            n = day(m["day"] or m["day2"] or m["day3"])
            month = (m["month"] or m["month2"] or "").casefold()
            if n is None or not 1 <= n <= 31 or (month not in lex.months and not m["day3"]):
                return m[0]
            suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n // 10 != 1 else 0, "th")
            if m["day3"]:
                return f"{m['verb']} on the {n}{suffix}"
            if m["day"]:
                return f"{m['the'] or ''}{n}{suffix} of {m['month']}"
            return f"{m['month2']} {n}{suffix}"

        return _SPELLED_DAY.sub(spelled, question)

    def _slash_day(self, m: re.Match[str]) -> str:
        """A day written "11/11" or "12/25" (no year) as its month's name and day, where
        only one reading is a date; as it was where either number could be the month."""
        a, b = int(m["a"]), int(m["b"])
        if a == b or b > 12:
            month, day = a, b
        elif a > 12:
            month, day = b, a
        else:
            return m[0]
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m[0]
        return f"{self.composer.renderers['en'].month_name(month)} {day}"

    def _counted_around(self, question: str, today: dt.date) -> str:
        """The question with a count of editions around a year, or two numbered ones, written
        as those editions' years ("the 2 editions before 2020" -> "2018 and 2019"); as it was
        where fewer editions than counted were held there."""
        numbers = self.kb.vocabulary.numbers
        held = self.index.held(today)

        def years_of(m: re.Match[str]) -> str:
            if m["n"]:
                n = int(m["n"]) if m["n"].isdigit() else numbers.get(m["n"].casefold(), 0)
                year = int(m["y"])
                later = m["dir"].casefold() in ("after", "following", "since")
                side = [e for e in held if (e.year > year if later else e.year < year)]
                picked = side[:n] if later else side[-n:]
                if n < 2 or len(picked) < n:
                    return m[0]
                return self.composer.renderers["en"].join([str(e.year) for e in picked])
            if m["a"]:  # "editions 2 and 3": by their numbers
                a, b = int(m["a"]), int(m["b"])
                if min(a, b) < 1:
                    return m[0]
                return f"the {english_ordinal(a)} and {english_ordinal(b)} editions"
            k = int(m["k"])
            other = k + 1 if m["side"].casefold() == "after" else k - 1
            if other < 1:
                return m[0]
            low, high = sorted((k, other))
            return f"the {english_ordinal(low)} and {english_ordinal(high)} {m['noun']}"

        return _COUNTED_AROUND.sub(years_of, question)

    def _names_day(self, said: str) -> bool:
        """Whether words name a weekday or a month ("monday", "december")."""
        w = said.casefold().strip()
        return w in self.lex.weekdays or w in self.lex.months

    def _without_format(self, question: str) -> str:
        """The question without how its answer is wanted ("digits only pls", "as json",
        只回答数字): the same facts are the answer, in our own form."""
        markers = self.kb.vocabulary.asides.get("format", ())
        low = question.casefold()
        if not any(m in low for m in markers):
            return question  # (most questions)
        for marker in sorted(markers, key=len, reverse=True):
            if marker.isascii():
                pattern = rf"(?i)[(\[]?\b{re.escape(marker)}\b[)\]]?(?:\s+(?:pls|please|plz))?"
            else:
                pattern = re.escape(marker)
            question = re.sub(pattern, " ", question)
        out = re.sub(r"^[\s,，:：;；.。!！-]+|[\s,，:：;；-]+$", "", question).strip()
        return out if len(out) >= 4 else question

    def _aside(self, question: str) -> str | None:
        """The question a marker sets apart from the chat before it ("thanks! unrelated but
        …", "quick q before the next summit: …", 题外话，…); None where no marker stands, or
        too little follows it to ask anything."""
        asides = self.kb.vocabulary.asides
        low = question.casefold()
        for kind in ("after", "colon", "pivot"):
            for marker in asides.get(kind, ()):
                at = low.find(marker)
                if at < 0 or (marker.isascii() and not _at_word(low, at, len(marker))):
                    continue
                rest = question[at + len(marker) :]
                if kind == "pivot" and (
                    at == 0
                    or _POINTING.search(rest)
                    or "?" in question[:at]
                    or "？" in question[:at]
                ):
                    # "…, he says hi. anyway what's a good laptop?": what follows "anyway"
                    # alone, where it points back to nothing ("anyway, when was it?" does)
                    continue
                if kind == "colon":
                    cut = re.search(r"[:：]|\s[-–—]\s", rest)
                    if cut is None:
                        continue
                    rest = rest[cut.end() :]
                else:
                    but = re.search(r"\bbut\b", rest, re.I)
                    if but is not None and len(rest[: but.start()].split()) <= 6:
                        rest = rest[but.end() :]  # "unrelated to the summit but …"
                    elif kind == "after" and (to := _UNRELATED_TO.match(rest)) is not None:
                        rest = rest[to.end() :]  # "unrelated to the summit, how do I …"
                rest = rest.strip(" ,，:：;；.。-–—!！")
                enough = len(rest.split()) >= 2 if rest.isascii() else len(rest) >= 3
                if enough:
                    return rest
        return None

    def _iso_days(self, question: str, m: re.Match[str]) -> str:
        """The two ISO days written as "Month D YYYY" (the form a day count reads), where
        both are real days; the question as it was otherwise."""
        R = self.composer.renderers["en"]
        said = []
        for iso in (m["a"], m["b"]):
            try:
                d = dt.date(*map(int, iso.split("-")))
            except ValueError:
                return question
            said.append(f"{R.month_name(d.month)} {d.day} {d.year}")
        return f"{question[: m.start()]}from {said[0]} to {said[1]}{question[m.end() :]}"

    def _either(
        self, m: re.Match[str], today: dt.date, now: float, *, both: bool = False
    ) -> Reply | None:
        """ "Which editions opened on a Sunday or lasted 4 days?": the editions either
        condition selects (each asked on its own), never those both do; None where either
        half is no selection of editions."""
        second = m["b"]
        if both and (_NEGATED_HALF.search(m["a"]) is None) == (
            _NEGATED_HALF.search(second) is None
        ):
            return None  # (a negation in one half only: it is that half's, never the other's)
        if both and second.casefold().startswith("not "):
            # "opened on a Wednesday but not in November": the verb said once
            be = m["a"].split()[0].casefold() in ("were", "was")
            second = f"were {second}" if be else f"did {second}"
        if not both and m["bound"]:
            # "had more than 2000 guests or more than 125 countries": the verb said once
            verb = m["a"].split()[0]
            if verb.casefold() not in ("had", "have", "drew", "attracted", "saw", "featured"):
                return None
            second = f"{verb} {second}"
        return self._union(m["a"], second, today, now, both=both)

    def _one_between(self, question: str, today: dt.date) -> str:
        """ "The one in between 2023 and 2025", "the edition between the 4th and the 6th",
        2019年和2021年中间那届: the one edition held between the two, by its year; the
        question as it was where there is not exactly one."""
        m = _ONE_BETWEEN.search(question)
        if m is None:
            return question
        ends = []
        for said in (m["a"] or m["za"], m["b"] or m["zb"]):
            said = said.strip()
            if re.fullmatch(r"(?:19|20)\d\d年?", said):
                ends.append(int(said[:4]))
                continue
            _, years = self.understand(f"when was {said}?", today=today)
            if len(years) != 1:
                return question
            ends.append(years[0])
        low, high = min(ends), max(ends)
        inside = [e.year for e in self.index.held(today) if low < e.year < high]
        if len(inside) != 1:
            return question
        one = f"{inside[0]}年那届" if m["za"] else f"the {inside[0]} one"
        return f"{question[: m.start()]}{one}{question[m.end() :]}"

    def _selection(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "Which editions were in November or December but not on a Wednesday?", "how many
        opened neither on a Sunday nor on a Monday?": each condition asked on its own, joined
        as said (what a figure leaves open stays open); None where the question is no such
        selection, or a condition is none the engine selects editions by."""
        months = frozenset(self.lex.months)
        said = question.strip().replace("’", "'")
        if (lead := _MONTH_NOUN.match(said)) is not None and lead["month"].casefold() in months:
            # "which November editions had …": those in November, a condition like the rest
            head = said[: lead.start("month")]
            said = f"{head}{lead['noun']} in {lead['month']}{said[lead.end() :]}"
        m = _SELECTION.fullmatch(said)
        if m is None or not self._edition_noun(m["noun"]):
            return None
        selection = conditions.split(m["conds"], months)
        if selection is None:
            return None
        held = self.index.held(today)
        universe = tuple(e.year for e in held)
        evidence: list[str] = []
        figures: dict[int, list[str]] = {}

        def judge(atom: str) -> conditions.Judged | None:
            if (named := conditions.years_named(atom)) is not None:
                return conditions.Judged(named, frozenset(universe) - named)
            reply = self._ask(f"which editions {atom}?", today, None, now)
            a = reply.answer
            if a.answered and a.intent == "hosts" and a.operation in ("count", "filter"):
                # "hosted by the CAC": every edition has its hosts on record — the rest not
                true = frozenset(a.editions)
                return conditions.Judged(true, frozenset(universe) - true)
            if not a.answered or a.operation != "filter" or a.intent not in ("filter", "which"):
                return None
            if isinstance(a.result, Selected):
                open_ = {*a.result.unsettled, *a.result.missing}
                for year, value in a.result.shown:
                    figures.setdefault(year, []).append(value)
                true = frozenset(a.result.years)
                return conditions.Judged(true, frozenset(universe) - true - open_)
            if a.result is not None or not self._dated_atom(atom, months):
                return None  # (no figure, and not a date: what it leaves out is not known)
            true = frozenset(a.editions)
            opening = re.match(r"(?:opened|started|began)\b", atom, re.I) is not None
            closing = re.match(r"(?:ended|closed|finished)\b", atom, re.I) is not None
            if self._weekday_said(atom) and not (opening or closing):
                evidence.append(a.text)  # ("with a Wednesday among their days": as read)
            # (a weekday in session, or the closing's, of an edition whose end is not on
            # record: not known)
            endless = {
                e.year for e in held if e.end is None and not opening and self._weekday_said(atom)
            }
            return conditions.Judged(true, frozenset(universe) - true - endless)

        combined = conditions.combine(selection, judge, universe)
        if combined is None:
            return None
        true, open_ = combined
        R = self.composer.renderers["en"]
        chosen = tuple(e for e in held if e.year in true)
        items = R.dated_names(chosen)
        # ("A or B": either condition, as said)
        two = len(selection.parts) == 1 and selection.parts[0].either and selection.size == 2
        key = "filter_either" if two else "filter_both" if selection.size == 2 else "selection"
        if not chosen:
            head = R.tpl(f"{key}_none")
        elif m["count"]:
            one = "selection_count_one" if len(chosen) == 1 else f"{key}_count"
            head = R.tpl(one, n=len(chosen), items=items)
        else:
            head = R.tpl(key, items=items)
        if open_:
            head += " " + R.tpl("agg_unsettled", items=R.join([str(y) for y in sorted(open_)]))
        # the figures of those selected and those left open (never of the rest)
        shown = [
            R.tpl("agg_part", year=y, value=R.tpl("list_sep").join(figures[y]))
            for y in sorted({*true, *open_})
            if y in figures
        ]
        if shown:
            evidence.append(R.tpl("selection_figures", items=R.tpl("selection_sep").join(shown)))
        text = "\n".join((head, *evidence))
        years = tuple(e.year for e in chosen)
        answer = self.composer.series_answer(R, "filter", text, years)
        if open_:
            answer = replace(answer, settled=years)
        return Reply(
            replace(answer, intent="filter"), Context(years, "which", at=now, listed=years)
        )

    def _same_day_as(self, question: str, m: re.Match[str], today: dt.date, now: float) -> str:
        """The question with "on the same calendar day as <an edition>" as that edition's
        day (its opening's, or closing's where closing is asked); as it was where the
        edition named is not one."""
        closing = m["verb"].casefold().startswith(("clos", "end", "finish"))
        e = self._one_edition(f"when did {m['x']} open?", today, None, now)
        day = (e.end if closing else e.start) if e is not None else None
        if day is None:
            return question
        said = f"{m['verb']} on {self.composer.renderers['en'].month_name(day.month)} {day.day}"
        return f"{question[: m.start()]}{said}{question[m.end() :]}"

    def _edge_in_span(self, question: str, today: dt.date) -> str:
        """The question with "the last edition held in the 2010s" (the first one after 2019,
        2010年代最后一届) as that edition's year; as it was where none was held in that span."""
        zh = "届" in question
        m = (_ZH_EDGE_IN_SPAN if zh else _EDGE_IN_SPAN).search(question)
        if m is None or (not zh and not self._edition_word(m["noun"])):
            return question
        years = [e.year for e in self.index.held(today)]
        if m["dec"]:
            low, high = int(m["dec"]) * 10, int(m["dec"]) * 10 + 9
        elif not zh and m["a"]:
            low, high = sorted((int(m["a"]), int(m["b"])))
        else:
            y, side = int(m["y"]), m["side"].casefold()
            before = side in ("before", "prior to", "之前", "以前")
            low = 0 if before or side in ("until", "up to") else y + (side == "after")
            high = y - 1 if before else y if side in ("until", "up to") else 9999
            if side in ("之后", "以后"):
                low = y + 1
        inside = [y for y in years if low <= y <= high]
        if not inside:
            return question
        edge = m["edge"].casefold()
        last = edge in ("last", "latest", "final", "最后一届", "最近一届", "最后的一届")
        last = last or edge.startswith("most")
        year = inside[-1] if last else inside[0]
        said = f"{year}年那届" if zh else f"the {year} edition"
        return f"{question[: m.start()]}{said}{question[m.end() :]}"

    def _edition_word(self, word: str) -> bool:
        """Whether a word names one edition: "edition", "one", "summit", a series name."""
        low = word.casefold()
        if low in ("edition", "one") or low in self.lex.event_nouns:
            return True
        return "" in self.lex.aliases.get(low, {})

    def _names_with_titles(self) -> tuple[tuple[str, str], ...]:
        """(title, name) for every title the keynote facts put before a name: ("premier", "Li
        Qiang"), ("总理", "李强")."""
        found: set[tuple[str, str]] = set()
        titles = sorted((t for t, _ in self.lex.titles), key=len, reverse=True)
        for e in self.index.editions:
            for d in e.details:
                if d.about != "keynote":
                    continue
                for t in titles:
                    if t.isascii():
                        said = re.escape(t).replace(r"\ ", "[- ]")
                        said = rf"(?<![Vv]ice[- ])\b(?i:{said})\s+([A-Z][a-z]+\s+[A-Z][a-z]+)"
                        found.update((t, m[1]) for m in re.finditer(said, d.text))
                    elif d.text_zh:
                        # (总理 in 副总理 is no premier)
                        found.update(
                            (t, n)
                            for n in self.lex.speakers_zh
                            for m in re.finditer(re.escape(f"{t}{n}"), d.text_zh)
                            if t.startswith("副") or d.text_zh[m.start() - 1 : m.start()] != "副"
                        )
        return tuple(sorted(found))

    def _title_named(self, question: str, now: float) -> str | Reply:
        """ "Premier Li", 李总理: the one the facts call so, by full name, where only one is;
        "Premier Li Shulei", 李书磊总理, "Premier Liu" — a title the facts never give that
        person (or anyone of that name) — a short refusal saying so (never a yes about
        someone else's title)."""
        low = question.casefold().replace("-", " ")
        zh = not question.isascii()
        for title, _ in sorted(self.lex.titles, key=lambda tw: len(tw[0]), reverse=True):
            holders = [n for t, n in self._titled_names if t == title]
            if not zh and title.isascii() and f"{title} " in low:
                said = re.search(rf"\b(?<!vice ){re.escape(title)}\s+(\w+)(?:\s+(\w+))?", low)
                if said is None or said[1] not in self._people:
                    continue
                surname, given = said[1], said[2] or ""
                if f"{surname} {given}" in {n.casefold() for n in holders}:
                    return question  # ("Premier Li Qiang": as the facts call him)
                if given in self._people:
                    # "Premier Li Shulei": a person the facts name, never with that title
                    return self._title_refused(f"{surname} {given}".title(), title, False, now)
                same = [n for n in holders if n.casefold().split()[0] == surname]
                if len(same) != 1:
                    return self._title_refused(surname.title(), title, False, now, alone=True)
                start, end = said.span(1)
                return f"{question[:start]}{same[0]}{question[end:]}"
            if zh and not title.isascii() and title in question:
                at = question.index(title)
                if title != "副总理" and title.endswith("总理") and question[at - 1 : at] == "副":
                    continue  # (总理 in 副总理)
                before = question[:at]
                named = next((n for n in self.lex.speakers_zh if before.endswith(n)), None)
                if named is not None:
                    if named in holders:
                        return question
                    return self._title_refused(named, title, True, now)
                surnames = {n[0] for n in self.lex.speakers_zh}
                if before[-1:] not in surnames:
                    continue
                same = [n for n in holders if n[0] == before[-1]]
                if len(same) != 1:
                    return self._title_refused(before[-1], title, True, now, alone=True)
                return f"{before[:-1]}{same[0]}{question[at:]}"
        return question

    def _title_refused(
        self, name: str, title: str, zh: bool, now: float, *, alone: bool = False
    ) -> Reply:
        """A title the facts never give that person (``alone``: anyone of that surname):
        said so, without a verdict."""
        R = self.composer.renderers["zh" if zh else "en"]
        answer = self.composer.decline(R, "decline_unknown", 0.6)
        key = "title_surname_none" if alone else "title_not_held"
        text = R.tpl(key, name=name, title=title)
        return Reply(replace(answer, text=text), Context((), "", at=now))

    def _dates_formatted(
        self, question: str, m: re.Match[str], today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "the 2023 dates in yyyy-mm-dd", "2026 opening date as iso 8601": that edition's
        dates, written so; None where the rest asks no one edition's dates."""
        said = (m["fmt"] or "").casefold()
        us = bool(m["us"] or m["us2"])
        pattern = "%m/%d/%Y" if us and not said else _DATE_FORMATS.get(said, "%Y-%m-%d")
        if said == "dd/mm/yyyy":
            pattern = "%d/%m/%Y"
        rest = f"{question[: m.start()]}{question[m.end() :]}".strip()
        rest = re.sub(r"^(?:give\s+me|write|show\s+me|what\s+are)\s+", "", rest, flags=re.I)
        e = self._one_edition(f"when was {rest}?", today, context, now)
        if e is None or e.start is None:
            return None
        low = rest.casefold()
        R = self.composer.renderers["en" if question.isascii() else "zh"]
        if any(w in low for w in ("open", "start", "begin", "began")) or e.end is None:
            dates = e.start.strftime(pattern)
        elif any(w in low for w in ("clos", "end", "finish")):
            dates = e.end.strftime(pattern)
        else:
            dates = R.tpl(
                "dates_span", start=e.start.strftime(pattern), end=e.end.strftime(pattern)
            )
        text = R.tpl("dates_formatted", name=R.name_year(e), dates=dates)
        answer = self.composer.edition_answer(R, "lookup", text, e)
        return Reply(answer, Context((e.year,), "dates", at=now))

    def _iso_week(
        self, question: str, m: re.Match[str], today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "What ISO calendar week was the first edition in?": the week of its opening, as ISO
        counts weeks (Monday first); None where no one edition is named."""
        e = self._one_edition(f"when was {m['rest']}?", today, context, now)
        if e is None or e.start is None:
            return None
        year, week, _ = e.start.isocalendar()
        R = self.composer.renderers["en"]
        text = R.tpl("iso_week", name=R.name_year(e), week=week, year=year, date=R.date(e.start))
        return Reply(
            self.composer.edition_answer(R, "lookup", text, e), Context((e.year,), "dates", at=now)
        )

    def _place_of_place(self, question: str) -> bool:
        """Whether a yes/no question asks a place of another place ("is hangzhou in zhejiang?",
        上海属于长三角吗) — not of the series, its venue town, or an edition: which the facts
        do not hold (never a yes or a no from the venue's own place)."""
        s = self.kb.facts.series
        town = s.place.split(",")[0].strip().casefold()
        town_zh = (s.place_zh or "")[-2:]
        if question.isascii():
            m = _PLACE_OF_PLACE.match(question)
            if m is None:
                return False
            subj = m["subj"].casefold()
            words = subj.split()
            if words[0] in _NOT_PLACES or town in words or self._edition_word(words[-1]):
                return False
            named = {a.casefold() for a in (s.short_name, s.name, *s.aliases) if a.isascii()}
            if subj in named or any(w in named for w in words) or words[0] in self.lex.months:
                return False
            known = set(normalise(m["obj"]).words) & set(
                normalise(s.place).words
                + tuple(w for p in s.place_within for w in normalise(p).words)
            )
            return bool(known) or m["obj"].casefold() in {p.casefold() for p in s.place_within}
        m = _ZH_PLACE_OF_PLACE.match(question)
        if m is None:
            return False
        subj = m["subj"]
        if town_zh in subj or any(subj in a or a in subj for a in self.lex.aliases_zh):
            return False
        if any(ch in subj for ch in "届年会它这那是就"):
            return False  # (大会是在…: the series; 2019年那届: an edition)
        obj = m["obj"]
        return any(obj in p or p in obj for p in (*s.place_within, s.place_zh or ""))

    def _nth_day(
        self, m: re.Match[str], en: bool, today: dt.date, context: Context | None, now: float
    ) -> Reply | None:
        """ "The second day of the 2015 conference", "the middle day of the 2022 one", 2025年峰会
        第三天: that day's date and weekday; None where no one edition with both ends on
        record is named, or it had no such day."""
        if en:
            named = self._one_edition(f"when was {m['rest']}?", today, context, now)
            year = named.year if named is not None else None
            said = (m["nth"] or "").casefold()
            n = int(m["num"]) if m["num"] else 0
        else:
            year = int(m["y"])
            said = "middle" if m["mid"] else "last" if m["last"] else ""
            n = (
                0
                if said
                else (
                    int(m["n"])
                    if m["n"].isdigit()
                    else zh_number(m["n"], self.lex.zh_numerals) or 0
                )
            )
        e = self.index.edition(year) if year is not None else None
        if e is None or e.start is None or e.end is None:
            return None
        length = (e.end - e.start).days + 1
        ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
        if said in ("last", "final"):
            n = length
        elif said in ordinals:
            n = ordinals[said]
        elif said[:1].isdigit():
            n = int(said[0])
        R = self.composer.renderers["en" if en else "zh"]
        if said == "middle":
            if length % 2 == 0:
                days = [e.start + dt.timedelta(days=length // 2 - 1 + i) for i in (0, 1)]
                items = R.join(
                    [R.tpl("weekday_date", weekday=R.weekday(d), date=R.date(d)) for d in days]
                )
                text = R.tpl("middle_days", name=R.name_year(e), n=length, items=items)
                return Reply(
                    self.composer.edition_answer(R, "lookup", text, e),
                    Context((e.year,), "dates", at=now),
                )
            n = length // 2 + 1
        if not 1 <= n <= length:
            return None
        day = e.start + dt.timedelta(days=n - 1)
        text = R.tpl("nth_day", name=R.name_year(e), n=n, date=R.date(day), weekday=R.weekday(day))
        return Reply(
            self.composer.edition_answer(R, "lookup", text, e), Context((e.year,), "dates", at=now)
        )

    def _weekday_of_date(self, m: re.Match[str], today: dt.date, now: float) -> Reply | None:
        """ "What day of the week was 2019-11-20?": that day's weekday, and whether an edition
        was in session then (never the weekdays of the edition of that year)."""
        zh = "mn" not in m.groupdict()
        if zh:
            month, year, dom = int(m["m"]), int(m["y"]), int(m["d"])
        else:
            month = int(m["m"]) if m["m"] else self.lex.months.get(m["mn"].casefold(), 0)
            year, dom = int(m["y"] or m["y2"]), int(m["d"] or m["d2"])
        try:
            day = dt.date(year, month, dom)
        except ValueError:
            return None
        R = self.composer.renderers["zh" if zh else "en"]
        key = "date_weekday" if day <= today else "date_weekday_future"
        text = R.tpl(key, date=R.date(day), weekday=R.weekday(day))
        on = [e for e in self.index.editions if e.start and e.start <= day <= (e.end or e.start)]
        gap = "" if R.zh else " "
        if on:
            text += gap + R.tpl("date_in_session", name=R.name_year(on[0]))
        elif day <= today:
            text += gap + R.tpl("date_no_edition")
        years = tuple(e.year for e in on)
        answer = self.composer.series_answer(R, "lookup", text, years, intent="weekday")
        return Reply(answer, Context(years, "weekday", at=now))

    def _one_edition(
        self, asked: str, today: dt.date, context: Context | None, now: float
    ) -> Edition | None:
        """The one edition a question about its dates answers ("when was the first one?");
        None where it names none, or several."""
        a = self._ask(asked, today, context, now).answer
        return self.index.edition(a.editions[0]) if a.answered and len(a.editions) == 1 else None

    def _edition_noun(self, word: str) -> bool:
        """Whether a plural names editions: "editions", "summits", or a series name's plural."""
        low = word.casefold()
        if low in _PLURAL_NOUNS:
            return True
        single = low.removesuffix("s")
        return low != single and "" in self.lex.aliases.get(single, {})

    def _weekday_said(self, atom: str) -> bool:
        return any(w.removesuffix("s") in self.lex.weekdays for w in normalise(atom).words)

    def _dated_atom(self, atom: str, months: frozenset[str]) -> bool:
        """Whether a condition is a month or a weekday (which every edition held has): what
        it does not select, it settles false."""
        words = normalise(atom).words
        return any(
            w in months or w.removesuffix("s") in self.lex.weekdays for w in words
        ) and not any(w.isdigit() for w in words)

    def _union(
        self, a: str, b: str, today: dt.date, now: float, *, both: bool = False, count: bool = False
    ) -> Reply | None:
        """The editions either condition selects (both, where ``both``), each asked on its own,
        listed or counted; None where either half is no selection of editions."""
        halves = [self._ask(f"which editions {x}?", today, None, now) for x in (a, b)]
        if any(h.answer.intent not in ("filter", "which") for h in halves):
            return None
        if any(not h.answer.answered or h.answer.operation != "filter" for h in halves):
            return None
        R = self.composer.renderers["en"]
        # (a half's editions its figures leave open are not among those it selects)
        marker = R.tpl("agg_unsettled", items="\x00").split("\x00")[0]

        def selected(a: Answer) -> set[int]:
            if isinstance(a.result, Selected):  # (not those named beside: "the fewest: 2020")
                return set(a.result.years)
            if a.settled:
                return set(a.settled)
            said = a.text.split(marker, 1)
            open_ = {y for y in a.editions if len(said) > 1 and str(y) in said[1]}
            return set(a.editions) - open_

        picked = [selected(h.answer) for h in halves]
        joined = picked[0] & picked[1] if both else picked[0] | picked[1]
        union = self.index.years(tuple(sorted(joined)))
        key = "filter_both" if both else "filter_either"
        if union and count:  # "how many editions…": how many, and which
            head = R.tpl(f"{key}_count", n=len(union), items=R.dated_names(union))
        else:
            head = R.tpl(key, items=R.dated_names(union)) if union else R.tpl(f"{key}_none")
        text = "\n".join((head, *(h.answer.text for h in halves)))
        years = tuple(e.year for e in union)
        answer = self.composer.series_answer(R, "filter", text, years)
        return Reply(
            replace(answer, intent="filter"), Context(years, "which", at=now, listed=years)
        )

    def _host_names(self, who: str) -> tuple[tuple[str, ...], str]:
        """A host as asked, and, where it is a kind of fact ("the organisation"), every name of
        that kind (the facts may spell it otherwise: "organization"), and the kind."""
        low = who.casefold()
        for kind in self.kb.vocabulary.attributes:
            names = (*kind.phrases, *kind.zh)
            if low in (n.casefold() for n in names) or low in kind.words:
                return (who, *series.kind_names(kind)), kind.id
        return (who,), ""

    def _ceremony_apart(self, question: str, now: float) -> Reply | None:
        """ "Which editions held the opening ceremony on a different day from their first
        day?", "apart from 2024, which…", 哪几届开幕式不在第一天: the editions whose ceremony
        came after their opening; None where the question asks nothing of the sort."""
        said = self.simplified(question)
        zh = not said.isascii()
        if not (_CEREMONY_APART_ZH if zh else _CEREMONY_APART).search(said):
            return None
        if (_ZH_COUNT_OR_LIST if zh else _COUNT_OR_LIST).search(said) is None:
            return None
        left_out = {int(y) for y in _LEFT_OUT_YEARS.findall(said)}
        hits = [
            (e, e.start, e.ceremony)
            for e in self.index.editions
            if e.ceremony and e.start and e.ceremony != e.start and e.year not in left_out
        ]
        R = self.composer.renderers["zh" if zh else "en"]
        items = R.join(
            [
                R.tpl("ceremony_item", name=R.name_year(e), start=R.date(on), day=R.date(held))
                for e, on, held in hits
            ]
        )
        text = R.tpl("ceremony_apart", items=items) if hits else R.tpl("ceremony_apart_none")
        years = tuple(e.year for e, _, _ in hits)
        answer = self.composer.series_answer(R, "filter", text, years, intent="which")
        return Reply(answer, Context(years, "which", at=now, listed=years))

    def _titled(self, question: str, today: dt.date, now: float) -> Reply | None:
        """ "How many editions did a vice premier attend?", 有几届是副总理出席的: the editions
        whose keynote facts name someone by that title (not by a longer one holding it: a
        premier is no vice-premier), counted or listed — those there apart from those by
        video or a letter where attending is asked; None where the question names no title,
        names a person, or asks no count or list."""
        said = self.simplified(question)
        zh = not said.isascii()
        low = said.casefold().replace("-", " ")
        # ("a premier, not a vice-premier": the title asked, the lesser one set aside)
        low = re.sub(r",?\s*not\s+(?:an?\s+)?vice\s+[a-z]+", "", low)
        titles = self.lex.titles
        if not any(k in low for k, _ in titles):
            return None  # most questions: no title, no pattern tried
        asked = next((tw for tw in titles if _titled_in(tw[0], low, titles)), None)
        if asked is None or re.search(rf"(?:\bvice\s+|副){re.escape(asked[0])}", low):
            return None  # ("a vice president": a title the facts do not use, not "president")
        title = asked[1]  # as the facts write it (国家主席 as 主席)
        words = normalise(said).words
        asks = _ZH_COUNT_OR_LIST.search(said) if zh else _COUNT_OR_LIST.search(said)
        # "did any premier speak before 2026?", 有总理做过主旨演讲吗: yes (with those), or none
        # among the keynote facts of those years — never every keynote as a "yes"
        yes_no = asks is None and (
            _TITLE_YES_NO_ZH.search(said) is not None
            if zh
            else (words[:1] and words[0] in _TITLE_YES_NO_LEADS) or "ever" in words
        )
        if (
            asks is None
            and not yes_no
            and not zh
            and "who" in words
            and _NAMES_EDITION.search(said)
        ):
            asks = _WHO_ASKED.search(said)  # "who was the premier at the 2024 summit?"
        if (asks is None and not yes_no) or not self._people.isdisjoint(words):
            return None
        if zh and any(name in said for name in self.composer.speakers_zh):
            return None
        R = self.composer.renderers["zh" if zh else "en"]
        there: list[tuple[Edition, str]] = []
        afar: list[tuple[Edition, str]] = []
        claim = Claim(values=tuple(title.split()), terms=words)
        attend = attending((*words, said) if zh else words)
        editions = self.index.editions
        reading = read(said, self.lex)
        if decide.office_holder(self.composer, reading):
            return None  # "who was US president in 2015?": declined, never a speaker's fact
        if reading.unknown and not reading.series_named and _elsewhere(reading):
            return None  # "the vice premier at the 2008 olympics", "at the UN": not ours
        parsed = parse(said, reading, self.lex)
        named = tuple(
            e
            for ref in parsed.refs
            if isinstance((e := self.index.resolve(ref, today, None)), Edition)
        )
        if len(named) < len(parsed.refs) or not self.lex.predict_words.isdisjoint(words):
            return None  # "which premier will give next year's keynote?": not yet held
        if yes_no:
            if parsed.refs and parsed.years is None:
                return None  # "did the president speak in 2017?": of that edition
            low_y, high_y = parsed.years or (0, 9999)
            editions = tuple(e for e in self.index.held(today) if low_y <= e.year <= high_y)
        elif named and parsed.years is None:
            editions = named  # "which premier spoke at the 2024 summit?": of that edition
        elif parsed.years is not None:
            low_y, high_y = parsed.years
            editions = tuple(e for e in self.index.held(today) if low_y <= e.year <= high_y)
        for e in editions:
            for d in e.details:
                text = R.detail_text(d) if zh and d.text_zh else d.text
                said_of = text.casefold().replace("-", " ")
                if d.about != "keynote" or not _titled_in(title, said_of, titles):
                    continue
                # ("read out President Xi's message", 宣读国家主席习近平的贺词: their own letter)
                own = _OWN_LETTER.search(text.casefold()) if attend else None
                own = own if own is None or title in own.group(0) else None
                (afar if attend and (own or hedged(text, claim)) else there).append((e, text))
                break
        if yes_no:
            return self._titled_claim(R, title, editions, there, afar, attend, now)
        if asks is not None and not there and not afar and editions is not self.index.editions:
            # none among the keynote facts of the editions asked of: that, never another's
            first, last = editions[0].year, editions[-1].year
            text = R.tpl("title_none", title=title, first=first, last=last)
            if len(editions) == 1:
                text = R.tpl("title_none_one", title=title, name=R.name_year(editions[0]))
            return Reply(self.composer.refusal(R, text), Context((), "", at=now))
        if (not there and not afar) or asks is None:
            return None
        said_ask = asks.group(0)
        count = said_ask.casefold().startswith("how") or (
            not said_ask.startswith("哪") and any(z in said_ask for z in ("几", "多少"))
        )
        if attend:
            answer = evaluate.worded_attendance(self.composer, R, there, afar, count=count)
        else:  # (every fact naming the title is "there": none was set apart)
            lines = evaluate.hit_lines(R, there)
            text = R.tpl("count_value", n=len(there), items=lines) if count else lines
            answer = self.composer.series_answer(
                R, "reverse", text, tuple(e.year for e, _ in there)
            )
            answer = replace(answer, intent="count" if count else "which")
        years = answer.editions
        return Reply(answer, Context(years, "which", at=now, listed=years))

    def _titled_claim(
        self,
        R: Renderer,
        title: str,
        editions: Sequence[Edition],
        there: list[tuple[Edition, str]],
        afar: list[tuple[Edition, str]],
        attend: bool,
        now: float,
    ) -> Reply | None:
        """ "Did any premier speak before 2026?": yes with the keynote facts naming one (there,
        where attending is asked); where none does, that the keynote facts of those years name
        none — the facts record the keynote, not everyone who spoke, so never "no"."""
        if not editions:
            return None
        if there or (afar and not attend):
            if attend:
                listed = evaluate.worded_attendance(self.composer, R, there, afar, count=False)
                text = listed.text
            else:
                text = evaluate.hit_lines(R, there)
            years = tuple(dict.fromkeys(e.year for e, _ in (*there, *afar)))
            answer = self.composer.series_answer(R, "verify", R.tpl("yes", fact=text), years)
            return Reply(answer, Context(years, "which", at=now, listed=years))
        first, last = editions[0].year, editions[-1].year
        text = R.tpl("title_none", title=title, first=first, last=last)
        answer = self.composer.refusal(R, text)
        return Reply(answer, Context((), "", at=now))

    def _day_named(
        self, text: str, today: dt.date, talked: int | None = None
    ) -> tuple[dt.date, Edition | None, str] | None:
        """The one day ``text`` names, said plainly: a dated fact of the series ("the org was
        founded"), or an edition's opening, ceremony or close ("the 2025 summit ended") — with
        the edition and which of its days; None for anything more ("Christmas 2022", "the
        2024 opening ceremony" where none is on record, two editions)."""
        reading = read(text, self.lex)
        facts = self._dated_facts(reading)
        if facts:  # (one fact's day; several named: none)
            return (facts[0].date, None, "") if len(facts) == 1 and facts[0].date else None
        refs = reading.refs
        target = self.index.resolve(refs[0], today, None) if len(refs) == 1 else None
        words = normalise(text).words
        if re.search(r"\d{4}-\d{1,2}|\d{1,2}/\d{1,2}", text) or any(
            w in self.lex.months for w in words
        ):
            return None  # a day of the calendar ("2026-01-01", "Christmas 2022"), not ours
        if not refs and talked is not None and not _SAID_IT.isdisjoint(words):
            target = self.index.edition(talked)  # "100 days after it opened": the one talked of
        if not isinstance(target, Edition):
            return None
        extra = [
            w
            for w in words
            if w not in _DAY_WORDS
            and w not in self.lex.name_words
            and w not in self.lex.ordinals
            and not _YEARISH.fullmatch(w)
            and w not in _SAID_IT
        ]
        if extra:
            return None
        if _CLOSED.search(text):
            # ("the first closing ceremony": its close — the ceremony on record is the opening's)
            day_, which = target.end, "close"
        elif "ceremony" in words:
            day_, which = target.ceremony or target.start, "ceremony"
        else:
            day_, which = target.start, "open"
        return (day_, target, which) if day_ is not None else None

    def _calendar_day(self, text: str) -> dt.date | None:
        """A day of the calendar written out in full ("12 July 2022", "July 12, 2022"), else
        None (an edition's or a fact's day is read elsewhere)."""
        m = _WRITTEN_DAY.fullmatch(text.strip(" ,.?"))
        if m is None:
            return None
        month = self.lex.months.get((m["mon"] or m["mon2"]).casefold().rstrip("."))
        day_, year = int(m["d"] or m["d2"]), int(m["y"])
        if month is None:
            return None
        try:
            return dt.date(year, month, day_)
        except ValueError:
            return None

    def _says_town(self, question: str) -> bool:
        """Whether the question names the series' own town ("was he in <the town>?": there in
        person, said of a person)."""
        town = set(normalise(self.kb.facts.series.place.split(",")[0]).words)
        return not town.isdisjoint(normalise(question).words)

    def _side_dated(self, text: str, today: dt.date) -> bool:
        """Whether a side of "from … to …" is one of our days: said plainly, or an edition's
        event ("Xi's keynote in 2015") — not a day of the calendar ("1 January 2022")."""
        if self._day_named(text, today) is not None:
            return True
        words = normalise(text).words
        if any(w in self.lex.months for w in words) or re.search(r"\d{4}-\d", text):
            return False
        return self._dated(text, today) is not None

    def _claim_of_selected(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "Did every edition with 19 sub-forums open in November?": the editions the figure
        selects, by year ("did the 2018 and 2022 editions all open in November?") — a claim of
        a second figure is the parse's own (``selected_claim``); the selection was dropped."""
        if selected_claim(question, read(question, self.lex), self.lex):
            return question
        lead = m[0][: m.start("sel") - m.start()]
        verb = "lasted" if "last" in lead.casefold() else "had"
        asked = self._answer(f"which editions {verb} {m['sel']}", today, None, 0.0, anchored=False)
        found = asked.answer.settled or asked.answer.editions
        if not asked.answer.answered or not 1 <= len(found) <= 12:
            return question
        said = _years_said(sorted(found))
        noun = "edition" if len(found) == 1 else "editions all"
        return f"{question[: m.start()]}the {said} {noun} {m['claim']}{question[m.end() :]}"

    def _n_day_one(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "The 2-day edition", "the summit that lasted 2 days": the one edition of that
        length, by its year; the text as it was where none or several lasted that long."""
        if _LEAVING_OUT_BEFORE.search(question[: m.start()]):
            return question  # "besides the 4-day ones, …": those left out, not asked of
        if conditions.years_set_aside(question):
            return question  # "the 3-day editions except 2015 and 2017": of those, less them
        rest = f"{question[: m.start()]}the editions{question[m.end() :]}"
        selected = self._editions_of_length(rest, (m["n"] or m["n2"]).casefold(), today)
        if selected is None:
            return question
        hits, spanned, _ = selected
        if not hits or len(hits) > 12:
            return question
        said = _years_said([e.year for e in hits])
        noun = "edition" if len(hits) == 1 else "editions"
        before, after = question[: m.start()], question[m.end() :]
        if spanned:  # (the span applied: "…since 2020" would read as a range)
            before, after = _SPAN_SAID.sub("", before), _SPAN_SAID.sub("", after)
        return f"{before}the {said} {noun}{after}"

    def _editions_of_length(
        self, rest: str, said: str, today: dt.date
    ) -> tuple[list[Edition], bool, bool] | None:
        """The editions held so far that lasted ``said`` days, narrowed by what else the
        question selects by ("…held in November", "…since 2020", "…in odd years", "…that
        opened on a Wednesday"), whether a span of years narrowed them and whether anything
        did; None where it says a selection negated (which of the two is not kept)."""
        n = int(said) if said.isdigit() else number_word(said, self.lex, roman=False)
        if n is None:
            return None
        held = self.index.held(today)
        hits = [e for e in held if e.end and e.start and (e.end - e.start).days + 1 == n]
        sel = parse(rest, read(rest, self.lex), self.lex)
        if sel.yes_no and sel.number is None:
            # "did all of the 3-day summits open on a Wednesday?": what is claimed ("did all
            # the 3-day editions in December have fewer than 25…?": December selects)
            sel = Query("lookup", (), ())
        if sel.exclude and (sel.months or sel.pool or sel.weekday is not None):
            return None
        low, high = sel.years or (0, 9999)
        hits = [
            e
            for e in hits
            if low <= e.year <= high
            and (not sel.months or (e.start is not None and e.start.month in sel.months))
            and (not sel.pool or e.year in sel.pool)
            and (sel.weekday is None or series.on_weekday(e, sel.weekday, sel.day_of or "start"))
        ]
        narrowed = bool(sel.months or sel.pool) or sel.years is not None or sel.weekday is not None
        return hits, sel.years is not None, narrowed

    def _nth_of_length(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "The last 3-day edition in November", "the second 3-day edition in November",
        "which 4-day edition was held in November first?": that place among the editions of
        that length the rest of the question selects — by its year (the 2nd of them, not the
        2nd edition; nor the last November edition of any length)."""
        if m["pos2"]:  # "which 4-day edition was held in November first?": what is between
            rest = f"the editions {m['mid']}"
        else:
            rest = f"{question[: m.start()]}the editions{question[m.end() :]}"
        selected = self._editions_of_length(rest, (m["n"] or m["n2"]).casefold(), today)
        if selected is None or not selected[0]:
            return question
        ends = m["pos2"] or _pos_said(m["pos"]) in ("first", "1st", "last", "latest", "earliest")
        if not selected[2] and ends:
            return question  # ("the first 4-day edition": as the first of those, below)
        hits = selected[0]
        pos = _pos_said(m["pos"] or m["pos2"])
        at = _PLACES.get(pos, _PLACES.get(pos.split()[0], 0))
        if at >= len(hits) or (at < 0 and -at > len(hits)):
            return question
        year = hits[at].year
        before, after = question[: m.start()], question[m.end() :]
        before, after = _SPAN_SAID.sub("", before), _SPAN_SAID.sub("", after)
        before, after = _MONTH_SAID.sub("", before), _MONTH_SAID.sub("", after)
        if m["pos2"]:  # "which 4-day edition was held in November first?"
            return f"{before}which was the {year} edition?"
        return f"{before}the {year} edition{after}"

    def _dated_facts(self, reading: Reading) -> list[Detail]:
        """The dated facts of the series a reading names ("the founding of the org")."""
        return [
            d
            for d in self.kb.facts.series.details
            if d.date is not None and f"attr:{d.about}" in reading.signalled
        ]

    def _fact_dated(self, text: str) -> bool:
        """Whether ``text`` names a dated fact of the series ("the founding of the org")."""
        return bool(self._dated_facts(read(text, self.lex)))

    def _dated(self, text: str, today: dt.date) -> dt.date | None:
        """The one day ``text`` names: a dated series fact ("the org was founded"), else one
        edition's opening ("the first edition"); None for anything else."""
        reading = read(text, self.lex)
        dated = self._dated_facts(reading)
        if len(dated) == 1:
            return dated[0].date
        if dated or len(reading.refs) != 1:
            return None
        target = self.index.resolve(reading.refs[0], today, None)
        return target.start if isinstance(target, Edition) else None

    def _claim_parts(self, question: str) -> tuple[str, str] | None:
        """The two claims of "<edition> had X and Y(, right)?" — each as its own question
        with the edition and the tail — or None (one "and" only; no years or editions in
        the parts, which a claim of several editions reads; each part must name a fact)."""
        if not question.isascii():
            return self._claim_parts_zh(question)
        m = _CONJ.search(question)
        if m is None or _CONJ.search(question, m.end()) or '"' in question or "“" in question:
            return None
        before, after = question[: m.start()], question[m.end() :]
        end = _CLAIM_END.search(after)
        cut = end.start() if end else len(after)
        second, tail = after[:cut].strip(), after[cut:]
        words = before.split()
        i = len(words)
        while i > 0:
            w = words[i - 1].casefold().strip(",")
            if w in _CLAIM_VERBS or w in self.lex.name_words or _YEAR.fullmatch(w) or w == "one":
                break
            i -= 1
        first = " ".join(words[i:])
        if i == 0 or not first or not second or words[i - 1].casefold() == "between":
            return None
        if _EDITION_LIKE.search(first) or _EDITION_LIKE.search(second):
            return None  # "2016 and 2017 both…": a claim of several editions
        if not self._two_claims(first, second):
            return None
        head = " ".join(words[:i])
        return f"{head} {first}{tail}", f"{head} {second}{tail}"

    def _claim_parts_zh(self, question: str) -> tuple[str, str] | None:
        """2019年有博览会和15项成果，对吗: the two claims, each after the edition and its verb
        (有, 是, 设, 吸引…), with the question's tail; None if no such claim."""
        joins = [m for m in _CONJ_ZH.finditer(question)]
        if len(joins) != 1 or "“" in question or '"' in question:
            return None
        m = joins[0]
        before, after = question[: m.start()], question[m.end() :]
        end = _CLAIM_END_ZH.search(after)
        cut = end.start() if end else len(after)
        second, tail = after[:cut], after[cut:]
        stops = list(_CLAIM_VERBS_ZH.finditer(before))
        if not stops or not second:
            return None
        k = stops[-1].end()
        head, first = before[:k], before[k:]
        if not first or _EDITION_LIKE.search(first) or _EDITION_LIKE.search(second):
            return None
        if not self._two_claims(first, second):
            return None
        return f"{head}{first}{tail}", f"{head}{second}{tail}"

    def _two_claims(self, first: str, second: str) -> bool:
        """Whether two joined parts each name a fact (a figure, a month, a kind of fact) and
        not the same one: "online and offline", 线上和线下 are one fact's words."""
        said = []
        for part in (first, second):
            r = read(part, self.lex)
            figure = any(ch.isdigit() for ch in part)
            if not (r.intents or r.months or figure):
                return False
            said.append((r.intents, r.months, figure))
        return said[0] != said[1] or said[0][2]

    def _without_aside(self, question: str) -> str:
        """The question without a bracketed aside that only locates an edition ("the 2021
        summit (the year after the forum)") where the rest names one already; an aside that
        says what is asked ("who hosted (as MC)…") stays."""
        if "(" not in question and "（" not in question:
            return question
        if (m_span := _SPAN_ASIDE.search(question)) is not None:
            # "list the editions (to 2025) with …": the span, said where it selects
            rest = f"{question[: m_span.start()]} {question[m_span.end() :]}".strip()
            span = m_span["span"].strip()
            span = f"up {span}" if span[:2].casefold() == "to" else span  # "(to 2025)"
            return f"{span}, {rest}"
        outer = _ASIDE.sub(" ", question)
        if not _EDITION_LIKE.search(outer):
            # "which of the numbered (1st-6th) ones…": an aside that spells out the numbered
            # editions the words already select
            asides = _ASIDE.findall(question)
            if _NUMBERED_WORDS.search(outer) and all(_ORDINAL_SPAN.fullmatch(a) for a in asides):
                return outer
            return question
        for aside in _ASIDE.findall(question):
            if conditions.years_set_aside(aside):
                return question  # "2017到2023年（2020年除外）": years the question sets aside
            if IN_THE_YEAR.search(aside):
                return question  # "（按一年中的日期）": how the days are counted, asked
            reading = read(aside.strip(" (（)）"), self.lex)
            if not (reading.refs or reading.event_noun or reading.series_named):
                return question
        return outer

    def _without_story(self, question: str) -> str | None:
        """The question without its clauses of chat about the asker: each has a story word
        (my, sorry, 不好意思), no edition, and a word we do not know. None if none."""
        clauses = [c for c in _CLAUSES.split(question) if c.strip()]
        if len(clauses) < 2:
            return None
        kept = [c for c in clauses if not self._story(c)]
        if len(kept) == len(clauses) or not kept:
            return None
        asks = _ASKS_SOMETHING.search(" ".join(kept)) is not None  # ("and whoever did it …")
        if clauses[-1] not in kept and not asks and question.isascii():
            # "while we're on the 2023 summit: can you fix this SQL query for me?": the clause
            # that asks is the request itself — no story to set aside
            return None
        return ", ".join(c.strip() for c in kept)

    def _misleading_story(self, question: str) -> str | None:
        """The question without a clause about the asker that reads as a kind of fact ("I'm
        writing a report", "for my report"), where the rest still asks; None otherwise."""
        if not question.isascii() or not any(n in question.casefold() for n in _WORK_NOUNS):
            return None  # (most questions: no word of the asker's writing at all)
        if self.lex.story_words.isdisjoint(normalise(question).words):
            return None
        clauses = [c for c in _CLAUSES.split(question) if c.strip()]
        told = [c for c in clauses if self._misleads(c)]
        if not told or len(told) == len(clauses):
            return None
        rest = ", ".join(c.strip() for c in clauses if c not in told)
        return rest if read(rest, self.lex).intents else None

    def _misleads(self, clause: str) -> bool:
        """A clause about the asker, every word known, whose words name a kind of detail ("I'm
        writing a report")."""
        reading = read(clause, self.lex)
        if reading.unknown or reading.refs or reading.series_named:
            return False
        if self.lex.story_words.isdisjoint(reading.words) or not reading.word_set.isdisjoint(
            _ASKING
        ):
            return False  # no story word, or a clause that asks
        if reading.word_set.isdisjoint(_WORK_NOUNS):
            return False  # ("I need the number of companies at the expo": what is asked)
        return any(name.startswith("attr:") for name, _ in reading.intents)

    def _story(self, clause: str) -> bool:
        reading = read(clause, self.lex)
        if reading.refs or reading.series_named or not reading.unknown:
            return False
        lex = self.lex
        if not lex.story_words.isdisjoint(reading.words):
            return True
        zh = reading.text.compact
        return bool(zh) and any(m in zh for m in lex.story_zh)

    def _picked(self, question: str, m: re.Match[str], listed: tuple[int, ...]) -> str:
        """The question with "the first of those" written as the year of that edition of the
        list just answered (in order of time)."""
        years = sorted(listed)
        word = (m["which"] or m["which2"]).casefold()
        if word in ("last", "latest", "final") or word.startswith("most"):
            at = len(years) - 1
        elif word == "earliest":
            at = 0
        else:
            n = self.lex.ordinals.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
            at = n - 1
        if not 0 <= at < len(years):
            return question
        return f"{question[: m.start()]}the {years[at]} edition{question[m.end() :]}"

    def _asked_sentence(self, question: str) -> str:
        """ "Hi! I've been reading about internet governance for ages. Which year was the
        theme about digital civilization? Thanks": the one sentence that asks, where every
        other one is a story (a story word, no edition) — its words are not the question's."""
        # (a custom emoji's colons end no sentence, and its digits are no figure)
        question = without_markup(question)
        sentences: list[str] = [s.strip() for s in _SENTENCE.findall(question) if s.strip()]
        asked = [s for s in sentences if s.endswith(("?", "？"))]
        if len(asked) != 1 or len(sentences) < 2:
            return question
        named = None  # whether the question asked names an edition of its own
        after = False
        for other in sentences:
            if other is asked[0]:
                after = True
                continue
            r = read(other, self.lex)
            if not r.word_set.isdisjoint(_SELECTION_NOUNS):
                return question  # "even editions: total guests?": what the question selects
            remark = all(intent in _SOCIAL or intent == "unsupported" for intent, _ in r.intents)
            if after and _PREMISE.match(other) and _WHEN_ASKED.match(asked[0]):
                continue  # "when was the org founded? i think it was 2023": asked, not the guess
            if after and any(w[:1].isdigit() for w in r.words):
                return question  # "are you sure? i heard 20": the figure claimed is asked too
            if after and self._answer_in(other)[1]:
                return question  # "…係咩？用英文答我": the language asked stays with it
            if not self.lex.predict_words.isdisjoint(r.words) or any(
                w in other for w in self.lex.predict_words if not w.isascii()
            ):
                return question  # "…的主题会是什么？帮我猜一下": a guess asked, not the fact
            remark = remark and not r.cues  # ("…? days between them": a second question)
            if after and remark and not (r.refs or r.series_named) and _ASKING.isdisjoint(r.words):
                continue  # "…last? felt like forever on the livestream haha": a remark after
            if other.endswith(":") and all(intent in _SOCIAL for intent, _ in r.intents):
                # "ok quick one b4 my meeting: the 2022 theme?": a preface before a colon that
                # asks nothing ("bigger expo:" does), where what follows names its own
                # edition ("one before" names none)
                if named is None:
                    named = bool(read(asked[0], self.lex).refs)
                if named:
                    continue
            if (
                other.endswith(":")
                and _SAYS_QUESTION.search(other)
                and not (r.refs or r.series_named or r.cues)
                and not any(w[:1].isdigit() for w in r.words)
                # (what follows asks on its own, of its own edition: "bigger expo question:
                # 2019 or 2025?" asks what the preface says)
                and _ASKS_SOMETHING.search(asked[0]) is not None
                and bool(read(asked[0], self.lex).refs)
            ):
                continue  # "Calendar nerd question: …": a preface that names itself a question
            asks = any(intent not in _SOCIAL for intent, _ in r.intents)
            if r.refs or r.series_named or (self.lex.story_words.isdisjoint(r.words) and asks):
                return question  # "The 2019 summit. Who hosted it?": the edition is named first
        return asked[0]

    def _cutoff(self, question: str) -> str:
        """A count "by 1 October 2019", "as of November 2026", "by mid-2021", 截至2019年10月1日
        written as the years it covers ("up to 2018", 截至2018年底): the editions that had
        started by that day, which the file's dates settle."""
        for m in _CUTOFF.finditer(question):
            month = self.lex.months.get((m["mon"] or "").casefold().rstrip("."), 0)
            if m["mon"] and not month:
                continue
            day = int(m["d1"] or m["d2"] or 0)
            said = m["by"].casefold()
            before = said in ("before", "prior to", "since") or m["edge"] in (
                "start",
                "beginning",
            )
            upto = self._upto(int(m["y"]), month, day, bool(m["mid"]), before)
            if upto is not None and said in ("after", "since"):
                # "after July 12, 2022": the editions that started later, from the next one
                return f"{question[: m.start()]}since {upto + 1}{question[m.end() :]}"
            if upto is not None:
                return f"{question[: m.start()]}through {upto}{question[m.end() :]}"
        for m in _AFTER_ZH.finditer(question):  # 2022年7月12日之后: from the next edition
            upto = self._upto(int(m["y"]), int(m["m"]), int(m["d"] or 0), False, m["s"] == "以来")
            if upto is not None:
                return f"{question[: m.start()]}{upto + 1}年以来{question[m.end() :]}"
        for m in _CUTOFF_ZH.finditer(question):
            mid = bool(m["mid"])
            upto = self._upto(int(m["y"]), int(m["m"] or 0), int(m["d"] or 0), mid, False)
            if upto is not None and (m["m"] or mid):
                return f"{question[: m.start()]}截至{upto}年{question[m.end() :]}"
        return question

    def _upto(self, year: int, month: int, day: int, mid: bool, before: bool) -> int | None:
        """The last year whose edition had started by the day given (a month alone: its last
        day, or before its first; the middle of a year: June 30)."""
        try:
            if mid:
                last = dt.date(year, 6, 30)
            elif month and day:
                last = dt.date(year, month, day) - dt.timedelta(days=1 if before else 0)
            elif month:
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                last = dt.date(year, month, 1) - dt.timedelta(days=1) if before else nxt
                last = last - dt.timedelta(days=0 if before else 1)
            else:
                return None
        except ValueError:
            return None
        e = self.index.edition(year)
        return year if e is not None and e.start is not None and e.start <= last else year - 1

    def _ordinal_years(self, m: re.Match[str]) -> str:
        """第二届到第五届, 首届到2019年, 第九届到第十二届 as 2015年到2018年…: by the official
        numbers, or past them by the series' own count (第九届: the ninth year held)."""
        first, last = self._range_end(m[1]), self._range_end(m[2])
        if first is None or last is None or first >= last:
            return m[0]
        return f"{first}年到{last}年"

    def _range_end(self, said: str) -> int | None:
        """The year of one end of a range: 2019年, 首届, 第三届 (official), 第九届 (by count)."""
        if said[:4].isdigit():
            return int(said[:4])
        if said == "首届":
            n: int | None = 1
        else:
            x = said.strip("第届")
            n = int(x) if x.isdigit() else _zh_number(x, "月")
        if not n:
            return None
        e = self.index.by_ordinal.get(n)
        if e is None:
            e = next((x for x in self.index.editions if x.count == n), None)
        return e.year if e is not None else None

    def _anchored_zh(self, question: str, today: dt.date) -> str:
        """首届举办五年后, 第三届两年之后, 2014年五年后: the year N years from the edition
        named (asked on its own first), written as that year."""
        m = _ANCHORED_ZH.search(question)
        if m is None:
            return question
        said_n, said_dir = (m["n"], m["dir"]) if m["n"] else (m["n2"], m["dir2"])
        n = int(said_n) if said_n.isdigit() else _zh_number(said_n, "月")
        if not n:
            return question
        found = self._sole_edition(f"{m['anchor']}是哪一年", today)
        if found is None:
            return question
        year = found + (n if said_dir == "后" else -n)
        return f"{question[: m.start()]}{year}年{question[m.end() :]}"

    def _bounded(self, question: str, today: dt.date, context: Context | None) -> str:
        """A count or total "before the 5th one", "since the 2021 summit", "after it": the
        edition named (asked on its own first, or the one talked about) written as its
        year, which bounds the years counted ("before 2017")."""
        m = _BOUND.search(question)
        if m is None or _NOT_BOUNDED.search(question):
            return question  # "how many days before the 2022 summit…": a time, no bound
        if ONE_BESIDE.search(question[: m.start()]):
            return question  # "the edition after the 4th one": one edition, no range
        upto = not m[0].casefold().startswith(("before", "prior", "after", "since"))
        if upto and _RANGE_START.search(question[: m.start()]):
            return question  # "from the 2nd up to the 4th", "the 2nd through the 5th": a range
        whole = m["anchor"].strip()
        first = " first " in f" {whole.casefold()} "
        counted = re.search(r"\bhow many ([a-z-]+)", question, re.I)
        kind = counted is not None and any(
            i.startswith("attr:") for i in self.lex.intent_words.get(counted[1].casefold(), ())
        )
        if first and not kind and not self._pattern(_GENERIC_ANCHOR_SRC).fullmatch(whole):
            return question  # "editions before the first expo": that kind's first, said so
        if self._each_predecessor(question, whole):
            return question
        if whole.casefold() in ("that", "it", "then", "that one", "this", "them"):
            named = context.editions if context is not None else ()
            if len(named) > 1 and question[m.start() :].casefold().startswith(("before", "prior")):
                named = (min(named),)  # "before that" after two tied editions: the first
            end = m.end("anchor")
        else:
            # "since the 4th one had achievements released": the anchor may end before its
            # verb; "before the expo was set up" is the whole of it
            cut = _ANCHOR_VERB.search(whole)
            tries = ([(whole[: cut.start()].strip(), cut.start())] if cut else []) + [
                (whole, len(m["anchor"]))
            ]
            named, end = (), m.end("anchor")
            for anchor, length in tries:
                if (sole := self._sole_edition(f"which was {anchor}", today)) is not None:
                    named, end = (sole,), m.start("anchor") + length
                    break
        if len(named) != 1:
            return question
        start = m.start("anchor")
        if _RUNNING.search(question[: m.start()]) and m[0].casefold().startswith("after"):
            # "the cumulative total after the 4th one": the total as it stood then, with it
            return f"{question[: m.start()]}up to {named[0]} {question[end:].lstrip()}".rstrip()
        return f"{question[:start]}{named[0]} {question[end:].lstrip()}".rstrip()

    def _each_predecessor(self, question: str, anchor: str) -> bool:
        """Whether "the previous one" in a ranking means each edition's own predecessor
        ("which edition came soonest after the previous one?"), not one edition."""
        said = read(anchor, self.lex)
        if not said.refs or any(ref.kind != "previous" for ref in said.refs):
            return False
        if decide.AFTER_PREVIOUS.search(question.casefold()) and not _EDITION_LIKE.search(question):
            return True  # "less than a year after the previous one": each one's own
        cues = read(question, self.lex).cues
        return "most" in cues or "least" in cues

    def _bounded_zh(self, question: str, today: dt.date, context: Context | None) -> str:
        """2019年峰会之前, 第五届之后, 首届博览会之前: the edition named written as its
        year, which bounds the years counted (2019年之前); 之后一共… in a conversation about
        one edition: after that one."""
        if not any(z in question for z in _COUNTING_ZH):
            return question
        talked = context.editions if context is not None else ()
        if len(talked) == 1 and (lead := _ZH_BOUND_LEAD.match(question)):
            return f"{talked[0]}年{lead['side']}{question[lead.end() :]}"
        m = _BOUND_ZH.search(question)
        if m is None:
            return question
        anchor = m["anchor"]
        if anchor.startswith("首届") and len(anchor) > 2:
            anchor = "第一次" + anchor[2:]  # 首届博览会: the first expo, not the 1st edition
        if anchor[:4].isdigit():
            year: int | None = int(anchor[:4])
        else:
            year = self._sole_edition(f"{anchor}是哪一届", today)
        if year is None:
            return question
        return f"{question[: m.start('anchor')]}{year}年{question[m.end('anchor') :]}"

    def _named_by(self, asked: str, today: dt.date, operation: str) -> tuple[int, ...]:
        """The editions a question asked on its own names — a ranking ("which edition had the
        most X", ``superlative``) or a fact ("in which edition Wang Huning gave the keynote",
        ``reverse``) — or () where it names none, or more than three."""
        a = self._answer(asked, today, None, 0.0, anchored=False).answer
        if not a.answered or a.operation != operation:
            return ()
        return a.editions if 0 < len(a.editions) <= 3 else ()

    def _ranked(self, asked: str, today: dt.date) -> tuple[int, ...]:
        """The editions a ranking question names ("which edition had the most X"), or ()."""
        return self._named_by(asked, today, "superlative")

    def _ranked_anchor(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "How many sub-forums did the edition with the most achievements have?": the
        ranking asked on its own first, its edition (or tied editions) put in its place —
        never the most sub-forums. Left as it was where the ranking names no edition."""
        words = m[1].split()
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if w.casefold() in _RANK_STOP or w in _RANK_BOUND_WORDS
            ),
            len(words),
        )
        if cut == 0:
            return question
        rank_word = m[0].split()[-len(words) - 1]
        for k in range(cut, 0, -1):
            end = m.start(1) + len(" ".join(["", *words[:k]]))
            # "the edition with the most sub-forums before 2024": the ranking over those years
            bound = _RANK_BOUND.match(question, end)
            within = f" {bound[1]} {bound[2]}" if bound else ""
            asked = f"which edition had the {rank_word} {' '.join(words[:k])}{within}"
            years = self._ranked(asked, today)
            if years:
                end = bound.end() if bound else end
                rest = set(ascii_words(question[: m.start()] + " " + question[end:]))
                if rest <= _RANK_ALONE:
                    return question  # "what was the edition with the most X?": the ranking
                said = " and ".join(str(y) for y in years)
                noun = "editions" if len(years) > 1 else "edition"
                return f"{question[: m.start()]}the {said} {noun}{question[end:]}"
        return question

    def _described(self, asked: str, today: dt.date) -> tuple[int, ...]:
        """The editions a fact about them names ("in which edition Wang Huning gave the
        keynote"), or ()."""
        return self._named_by(asked, today, "reverse")

    def _described_anchor(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "How many achievements were released the year Wang Huning gave the keynote?": the
        edition that fact names, asked on its own first, put in its place by its year. Left
        as it was where the fact names no edition, or where it is all that is asked."""
        rest = set(ascii_words(question[: m.start()] + " " + question[m.end() :]))
        if rest <= _RANK_ALONE | {"did", "does", "do", "in", "year"}:
            return question  # "which was the year X…?": the edition itself
        clause = m["clause"]
        if len(clause.split()) < 2:
            return question
        # ("where Xi spoke in person": speaking there is attending in person)
        clause = _SPOKE_IN_PERSON.sub("attended in person", clause)
        years = self._described(f"in which edition {clause}?", today)
        if not years:
            return question
        said = " and ".join(str(y) for y in years)
        noun = "editions" if len(years) > 1 else "edition"
        before = question[: m.start()].rstrip().rsplit(" ", 1)[-1].casefold()
        pre = m["pre"] or ("" if before in _PREPOSITIONS else "in ")
        return f"{question[: m.start()]}{pre}the {said} {noun}{question[m.end() :]}"

    def _sole_edition(self, asked: str, today: dt.date) -> int | None:
        """The year of the one edition ``asked`` names, asked on its own ("which was the first
        one held online", 首届博览会是哪一届); None where it names none, or several."""
        answer = self._answer(asked, today, None, 0.0, anchored=False).answer
        named = answer.settled or answer.editions
        return named[0] if answer.answered and len(named) == 1 else None

    def _first_anchor(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "The one right after the first one held online": the first (last) edition that
        clause selects, asked on its own first, written as its year — not the 1st edition."""
        found = self._sole_edition(f"which was {m['anchor']}", today)
        if found is None:
            return question
        start, end = m.start("anchor"), m.end("anchor")
        return f"{question[:start]}the {found} edition{question[end:]}"

    def _keynote_beside(self, question: str, m: re.Match[str]) -> str:
        """ "Who gave the keynote before Li Qiang?", "… just before Li Shulei's first?": the
        keynote of the edition before (after) the one where that person gave it — asked as
        such (never that person's own edition)."""
        names = self._names_in(m["rest"])
        if len(names) != 1:
            return question
        rest = set(normalise(m["rest"]).words)
        edge = "first " if "first" in rest else "last " if rest & {"last", "latest"} else ""
        named = f"{m['dir']} the one where {names[0]} {edge}gave the keynote"
        return f"{question[: m.start()]}who gave the keynote in the edition {named}?"

    def _fact_step(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "The year before Xi attended in person": the edition before (after) the one that
        fact names, by its year; as it was where the fact names none, or several."""
        clause = _SPOKE_IN_PERSON.sub("attended in person", m["clause"])
        if len(clause.split()) < 2:
            return question
        years = self._described(f"in which edition {clause}?", today)
        words = set(normalise(clause).words)
        if len(years) > 1 and words & {"last", "latest", "final", "most recent"}:
            years = (max(years),)  # "after Huang Kunming's last appearance": the latest of them
        elif len(years) > 1 and words & {"first", "earliest"}:
            years = (min(years),)
        if len(years) != 1:
            return question
        n = said_count(m["n"] or m["n2"] or "one", self.lex) or 1  # "two before the one where…"
        stepped = self._step(years[0], -n if m["dir"].casefold() == "before" else n)
        if stepped is None:
            return question
        return f"{question[: m.start()]}the {stepped} edition{question[m.end() :]}"

    def _described_anchor_zh(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """王沪宁做主旨演讲那年发布了多少项成果: the edition 哪一届王沪宁做主旨演讲 names."""
        subject = m[1]
        if re.search(r"(?:19|20)\d\d$", question[: m.start()]):
            return question  # 2014年<镇>那次: the year names it, 那次 only points at it
        # (第一次/最后一次 of a fact is no ordinal nor ranking: "the first time"; 线上 no 上一届)
        plain = re.sub(r"第一次|首次|头一次|最后一次|最近一次|线上|线下|以上|以下", "", subject)
        for name in self.composer.speakers_zh:  # (黄坤明's 明 is no 明年)
            plain = plain.replace(name, "")
        if not _FACT_NAMED_NOT_ZH.isdisjoint(plain):
            return question
        rest = (question[: m.start()] + question[m.end() :]).strip(" ？?。!！，,")
        if not rest or rest.startswith("是哪") or rest in ("是什么时候", "在哪年"):
            return question  # 王沪宁做主旨演讲的那一届(是哪年): the edition itself
        for k in range(len(subject) - 2):
            years = self._described(f"哪一届{subject[k:]}", today)
            if len(years) > 1 and any(z in subject for z in ("第一次", "首次", "头一次")):
                years = (min(years),)  # 黄坤明第一次做主旨演讲那届: the first of them
            elif len(years) > 1 and any(z in subject for z in ("最后一次", "最近一次")):
                years = (max(years),)
            if years:
                said = "和".join(f"{y}年" for y in years)
                after = question[m.end() :].lstrip("，,")  # (…那届，开幕到今天多少天: one clause)
                return f"{question[: m.start() + k]}{said}那届{after}"
        return question

    def _ranked_by(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """ "The smallest one (by attendance)", "the biggest edition by exhibitors": the
        edition that ranking names, by its year; as it was where it names none or several."""
        most = m["adj"].casefold() in ("largest", "biggest", "greatest", "highest", "busiest")
        years = self._ranked(
            f"which edition had the {'most' if most else 'fewest'} {m['what']}", today
        )
        if len(years) != 1:
            return question
        return f"{question[: m.start()]}the {years[0]} edition{question[m.end() :]}"

    def _ranked_anchor_zh(self, question: str, m: re.Match[str], today: dt.date) -> str:
        """成果最多的那届有几个分论坛: the edition 哪一届成果最多 names, by its year."""
        subject = m[1]
        for k in range(len(subject)):
            years = self._ranked(f"哪一届{subject[k:]}最{m[2]}", today)
            if years:
                rest = (question[: m.start()] + question[m.end() :]).strip(" ？?。!！")
                if not rest or rest.startswith("是哪"):
                    return question  # 成果最多的一届(是哪届): the ranking itself
                if "是" in subject or question[: m.start()].endswith("是"):
                    return question  # 2019年是参会人数最多的一届吗: the ranking claimed of it
                end = m.end()
                if (step := _ZH_STEP_AFTER.match(question, end)) is not None:
                    # 分论坛最多那届的上一届: the one before each (a tie moves each tied one)
                    by = -1 if step["back"] else 1
                    years = tuple(y for y in (self._step(y, by) for y in years) if y is not None)
                    end = step.end()
                    if not years:
                        return question
                said = "和".join(f"{y}年" for y in sorted(set(years)))
                if end != m.end():
                    said += "那届"  # (2024年那届会期: no 年会 read across the join)
                return f"{question[: m.start()]}{said}{question[end:]}"
        return question

    def _zh_steps(self, m: re.Match[str]) -> str:
        """2022年的上上届 (two before), 2016年的下下届, 2016年之后第三届, 第三届之后的第三届,
        2019年往后数两届: the edition that many after (before) the one named, as its year; the
        text as it was where the anchor holds no edition or the step runs off the list."""
        anchor = self._range_end(m["anchor"].rstrip("的那"))
        if anchor is None:
            return m[0]
        if m["marks"]:
            n, later = len(m["marks"]), m["marks"][0] == "下"
        else:
            said = m["n"]
            n = int(said) if said.isdigit() else (_ZH_DIGITS.get(said) or 0)
            later = m["dir"] in ("后", "後", "往后", "往後")
        year = self._step(anchor, n if later else -n)
        if not n or year is None:
            return m[0]
        return f"{year}年那届"

    def _zh_offset(self, m: re.Match[str]) -> str:
        """2025年的前两届 -> 2023年和2024年: the editions that many before (after) the one
        named, as years; the text as it was where the year held no edition or too few
        stand on that side."""
        order = self._order
        year = int(m[1])
        n = int(m[4]) if m[4].isdigit() else _ZH_DIGITS[m[4]]
        if year not in order:
            return m[0]
        at = order.index(year)
        picked = order[at - n : at] if m[3] == "前" else order[at + 1 : at + 1 + n]
        if len(picked) != n:
            return m[0]
        return "和".join(f"{y}年" for y in picked)

    def _anchored(self, question: str, today: dt.date) -> str:
        """The question with an edition placed against another that a description names
        ("the edition after the one themed X", "three years after the 2nd one", "the one that
        directly followed the 3rd") written as that edition's year: the description is
        asked on its own first, and must name exactly one edition."""
        low = question.casefold()
        if not any(d in low for d in _ANCHOR_WORDS):
            return question
        m = self._pattern(_ANCHORED_SRC).search(question)
        if m is None:
            return question
        if _YEAR.search(question[: m.start()]) or _YEAR.search(question[m.end() :]):
            # "was the 2019 opening one year after the 2018 opening?": two years named, a
            # distance claimed between them, no edition to locate
            return question
        n, start, counted = 1, m.start(), bool(m["n"])
        if m["bare"]:  # "two before the 2021 summit": editions, counted
            found_bare = number_word(m["bare"].lower(), self.lex, roman=False)
            if m["bare"].isdigit():
                found_bare = int(m["bare"])
            if found_bare is None or found_bare < 2:
                return question
            n, counted = found_bare, True
        if m["n"]:
            said_n = m["n"].lower()
            if said_n in ("many", "much"):
                return question  # "how many years after the first one was…": a time asked
            found = int(said_n) if said_n.isdigit() else number_word(said_n, self.lex, roman=False)
            if found is None or not 0 < found < 50:
                # "which edition directly followed…": no count, only the words before it
                counted, start = False, m.end("unit") + 1
            elif question[: m.start()].casefold().endswith("the "):
                return question  # "the 2 editions before the 6th": those two, no offset
            else:
                n = found
        if not counted and "how many" in low and not m["noun"]:
            # "how many were held before the first expo?": a count, no offset ("how many
            # sub-forums did the edition before the one with … have?" names one edition)
            return question
        if self._each_predecessor(question, m["anchor"]):
            return question
        described = m["anchor"].split()[1:2] != m["anchor"].split()[-1:]  # more than "the one"
        named_by = not self._pattern(_GENERIC_ANCHOR_SRC).fullmatch(
            m["anchor"].strip()
        )  # "the forum": a name, asked alone
        if not (counted or m["verb"] or named_by or (described and _DESCRIBED.match(m["anchor"]))):
            return question  # "the edition after 2023": the references say it already
        # "the one with 5 sub-forums have?": the anchor may run into the question's verb
        whole = m["anchor"]
        cut_at = _ANCHOR_VERB.search(whole)
        anchors = ([whole[: cut_at.start()]] if cut_at else []) + [whole]
        end = m.end()
        sole: int | None = None
        for anchor, form in itertools.product(anchors, ("which was {}", "when was {}")):
            if (sole := self._sole_edition(form.format(anchor), today)) is not None:
                end = m.start("anchor") + len(anchor)
                break
        if sole is None:
            return question
        base = self.index.edition(sole)
        if base is None:
            return question
        said_dir = (m["verb"] or m["dir"]).casefold()
        later = any(w in said_dir for w in ("after", "follow"))
        if counted and (m["unit"] or "").casefold().startswith("year"):
            year = base.year + (n if later else -n)
        else:
            order = self._order
            at = order.index(base.year) + (n if later else -n)
            if at < 0:
                return question
            year = order[at] if at < len(order) else order[-1] + (at - len(order) + 1)
        said = f"the {year} edition" if m["noun"] or m["verb"] else f"in {year}"
        if m["verb"]:
            said = f"was {said}"
        return f"{question[:start]}{said}{question[end:]}"

    def _without_said(self, question: str) -> str:
        """ "Earlier you told me 2019 had 1500 guests, is that right?", 你刚才说2023年有130个国家
        ，对吗: the claim, without the words quoting an earlier answer (they are no question
        of their own), where they lead it."""
        low = question.casefold()
        for said in self.lex.you_said:
            at = low.find(said)
            if at < 0 or at > 12:
                continue  # (led by at most "hmm, " or "but ")
            rest = question[at + len(said) :].lstrip(" ,，:：")
            if rest[:5].casefold() == "that ":
                rest = rest[5:]
            return rest or question
        return question

    def _answer(
        self,
        question: str,
        today: dt.date,
        context: Context | None,
        now: float,
        *,
        anchored: bool = True,
        answer_in: str = "",
    ) -> Reply:
        if context is not None and len(context.editions) > 1 and _WHICH_ONES.fullmatch(question):
            return self._which_ones(question, context, now)
        low = question.casefold()
        for thing, rest in self._named_things:
            if thing in low:  # ("the first <series> Leading Technology Award": the award's)
                question = re.sub(re.escape(thing), rest, question, flags=re.I)
        if (
            context is not None
            and (len(context.editions) > 1 or context.listed == context.editions)
            and context.editions
            and context.intent in ("which", "filter")
            and _HOW_MANY_THOSE.fullmatch(question)
        ):
            return self._which_ones(question, context, now, count=True)
        if (
            context is not None
            and context.editions
            and context.intent in ("which", "filter", "count", "hosts", "reverse")
            and _SHARE_OF_THOSE.fullmatch(question)
        ):
            return self._share_of_those(question, context, today, now)
        talked = context.editions[0] if context is not None and len(context.editions) == 1 else None
        if ("same" in question or "星期" in question) and (
            m_same := _SAME_DATE.search(question) or _SAME_DATE_ZH.search(question)
        ):
            same = self._same_date(m_same, today, now)
            if same is not None:
                return same
        if ("after" in question or "before" in question or "比" in question) and (
            m_which := _WHICH_OFFSET.search(question) or _WHICH_OFFSET_ZH.search(question)
        ):
            found = self._which_offset(m_which, today, now, talked)
            if found is not None:
                return found
        if ("after" in question or "before" in question) and (
            m_off := _DATE_OFFSET.search(question)
            or _DATE_OFFSET_TAIL.search(question)
            or _DATE_OFFSET_BARE.fullmatch(question)
        ):
            offset = self._date_offset(question, m_off, today, now, talked)
            if offset is not None:
                return offset
        if " old" in question and (m_old_day := _DATE_OLD.search(question)):
            offset = self._date_offset(question, m_old_day, today, now, talked)
            if offset is not None:
                return offset
        counted_zh = any(u in question for u in ("天", "周", "星期"))  # (its unit: most have none)
        if (
            counted_zh
            and ("后" in question or "前" in question)
            and (m_zh := _DATE_OFFSET_ZH.search(question) or _DATE_OFFSET_ZH_AFTER.search(question))
        ):
            offset = self._date_offset_zh(m_zh, today, now, talked)
            if offset is not None:
                return offset
        question = _plus_figures(
            _spoken_years(
                _iso_dates(
                    _short_years(
                        _zh_dates(
                            self._without_aside(
                                _without_hedge(
                                    self._without_said(
                                        self._without_format(self.simplified(question))
                                    )
                                )
                            )
                        ),
                        self.lex.months,
                        self.lex.edition_years,
                    ),
                    self.lex.months,
                ),
                self.lex,
            ),
            self.lex.edition_years,
        )
        question = _bound_numbers(question, self.lex)
        question = self._bounded_relative_year(question, today)
        if "first" in question and (m_first := _FIRST_CLAUSE.search(question)):
            question = self._first_clause(question, m_first, today, now)
        if " as " in question or "than" in question:
            # "the same number as <short>17", "more than <short>'19": the year, where a reference
            # to it is read (the name with two digits is read as the year elsewhere too)
            question = self._pattern(_SHORT_NAMED_YEAR_SRC).sub(
                lambda m: (
                    f"{2000 + int(m[1])}" if 2000 + int(m[1]) in self.lex.edition_years else m[0]
                ),
                question,
            )
        if "there" in question or "有" in question:
            # "was there a 2026 expo?" asks whether the 2026 edition had one, not whether a
            # 2026 edition was held ("was there a 2015 edition?")
            question = self._pattern(_THERE_WAS_SRC).sub(_had_one, question)
        low = question.casefold()
        if low.startswith("who"):
            # "who had more people, 2016 or 2025?": which edition, not who hosted
            question = _WHO_HAD.sub("which edition ", question)
        if " by " in low or " for " in low or " in " in low:
            # "which edition ranked third by countries": the third most, not the 3rd edition
            question = _RANKED.sub(_ranked, question)
        if "last " in question or "first " in question:
            # "since it was last held in December", "when was it first held in November":
            # the latest (earliest) edition that opened in that month, as its year
            question = _LAST_IN_MONTH.sub(self._last_in_month, question)
            # "the first time the summit started in September": that edition
            question = _TIME_IN_MONTH.sub(self._time_in_month, question)
        if "attended" in question:
            # "the edition right after the best-attended one": the one with the most attendees
            question = _BEST_ATTENDED.sub(_best_attended, question)
        if " with the " in question and (m_set := _RANKED_SET_ASIDE.fullmatch(question)):
            # "the edition with the most attendees except 2022": a ranking of the others (not
            # the edition that ranking names, then 2022 set aside from it)
            question = f"which {m_set['noun']} had the {m_set['rest']}"
        if "the " in question and (m_nth := _NTH_BESIDE.search(question)):
            # "the second edition before 2019": two editions back from it (2017)
            question = self._nth_beside(question, m_nth)
        if "the " in question and (m_ord := _ORDINAL_RANGE.search(question)):
            # "from the 1st to the 6th edition, which was held in October?": those years
            question = self._ordinal_range(question, m_ord)
        m_gap = _GAP_AFTER.search(question) if "after" in question or "before" in question else None
        if m_gap is not None and " " in m_gap["b"] and "first" not in m_gap["b"]:
            # "how long after the first edition was the organisation founded?": the time
            # between the two (not the edition after the first); "…was the first award
            # given?" is a first of its own, timed as it is; "after the org was founded?"
            # names one; "after the 2024 summit opened was its ceremony?" is within one
            a, ended = m_gap["a"], _ENDED.search(m_gap["a"])
            if ended is not None:
                a = f"the end of {a[: ended.start()]}"  # "after the first edition ended"
            # "after the first edition opened was the org founded": from its opening, as the
            # edition itself says ("…opened was the opening ceremony?" is within one)
            if not _WITHIN_ONE.search(m_gap["b"]):
                a = _OPENED_END.sub("", a)
            if not a.endswith(("ed", "began", "begun")):
                question = (
                    f"{question[: m_gap.start()]}how {m_gap['unit']} between {a} and "
                    f"{m_gap['b']}{m_gap['end']}"
                )
        if "day" in question and (m_nl := _NTH_OF_LENGTH.search(question)) is not None:
            # "the last 3-day edition in November": that one, by its year
            question = self._nth_of_length(question, m_nl, today)
        if "day" in question and any(w in question for w in _EDGE_WORDS):
            # "the first 4-day edition": the first that lasted 4 days, not the 1st edition
            question = _NTH_LONG.sub(r"\1 \3 that lasted \2 days", question)
        if "first" in question or "last" in question:
            # "the first edition to pass 500 exhibitors", "when did attendance last drop below
            # 1000?": the first (last) edition with more (fewer) than that
            question = _edge_past(question)
        if "day" in question and (m_long := _WHICH_LONG.search(question)) is not None:
            # "which 4-day summit had more countries?": among those that lasted 4 days (after
            # a span that leads, "up to 2025, which 3-day editions…", kept before them)
            n_days = m_long[1] or m_long[2] or m_long[3]
            asked = "how many" if m_long[2] else "which"
            lead = question[: m_long.start()].rstrip()
            led = lead.endswith((",", "，"))
            # (a span that leads is kept; "so," "ok," say nothing)
            lead = f"{lead} " if led and SPAN_ONLY.fullmatch(lead[:-1].strip()) else ""
            if led or m_long.start() == 0:
                question = (
                    f"{lead}of the editions that lasted {n_days} days, {asked} "
                    f"{question[m_long.end() :]}"
                )
        zh_long = _WHICH_LONG_ZH.search(question) if "天的" in question else None
        if zh_long is not None and "最" not in question[zh_long.end() :]:
            # 为期4天的几届中有哪几届嘉宾超过1700人: those that lasted 4 days, and the figure
            # (…哪一届参会国家最多: a ranking among them, read as two clauses)
            question = (
                f"{question[: zh_long.start()]}{zh_long[2]}为期{zh_long[1]}天且"
                f"{question[zh_long.end() :]}"
            )
        if "this year's" in question.casefold() and today.year in self._order:
            # "which edition came three before this year's?": this year's edition, by its year
            question = _THIS_YEARS.sub(f"the {today.year} one", question)
        # (not "the same number as the previous one": what is compared, no aside)
        same_as = " same " in question.casefold()
        if (
            (" like " in question or " as " in question)
            and not same_as
            and _LIKE_OTHERS.search(question)
        ):
            question = _LIKE_OTHERS.sub("", question)  # "…like the last two?": an aside
        if (low.startswith(("list", "name", "show", "give")) or "list " in low) and (
            m_ls := _LIST_THAT.search(question)
        ) is not None:
            # "list all the editions that opened on a Wednesday": which ones (every edition's
            # opening day was listed)
            question = f"which editions {question[m_ls.end() :]}"
        if "month" in question and (m_em := _EDGE_MONTH.search(question)) is not None:
            # "what's the earliest month it has ever started in?": the edition earliest (latest)
            # in the year, whose month it is (the first (latest) edition was given)
            way = "earliest" if m_em["way"].casefold() == "earliest" else "latest"
            question = f"which edition opened {way} in the year?"
        if "same" in question and (m_so := _SAME_ORG.search(question)) is not None:
            # "is it the same org since 2014?": the hosts since then (the organisation's
            # founding was given, with a "yes")
            question = f"has it been hosted by the same organisation since {m_so['y']}?"
        if " or " in question and (m_oe := _OR_EARLIER.search(question)) is not None:
            # "in October or earlier": before November; "in November or later": after October
            month = self.lex.months.get(m_oe["mon"].casefold().rstrip("."))
            names = {v: k for k, v in self.lex.months.items() if k.isalpha() and len(k) > 3}
            if month is not None:
                later = m_oe["way"].casefold() in ("later", "after")
                edge = month - 1 if later else month + 1
                if 1 <= edge <= 12 and edge in names:
                    said = f"{'after' if later else 'before'} {names[edge].capitalize()}"
                    question = f"{question[: m_oe.start()]}{said}{question[m_oe.end() :]}"
        if ("every" in low or "all" in low or "each" in low or "both" in low) and (
            m_sel := SELECTED.search(question)
        ):
            question = self._claim_of_selected(question, m_sel, today)
        if "day" in question and (m_nd := _N_DAY_ONE.search(question)) is not None:
            question = self._n_day_one(question, m_nd, today)
        if "same" in question and (m_sw := _SAME_WEEKDAY.search(question)) is not None:
            # "which editions opened on the same weekday the org was founded on?": that
            # weekday, as the day's name
            # ("…as the edition before": each against its own neighbour, no one day)
            named_day = (
                None if _NEIGHBOURLY.search(m_sw["what"]) else self._day_named(m_sw["what"], today)
            )
            if named_day is not None:
                name = self.composer.renderers["en"].weekday(named_day[0])
                question = f"{question[: m_sw.start()]} on a {name}?"
        if "from " in question.casefold() and (m_ft := _FROM_TO.search(question)) is not None:
            a, b = m_ft["a"] or m_ft["a2"], m_ft["b"] or m_ft["b2"]
            da, db = self._calendar_day(a), self._calendar_day(b)
            if a.strip().casefold() in ("today", "now") and (got := self._day_named(b, today)):
                da, db = today, got[0]  # "from today to …": a day named, and today
            if b.strip().casefold() in ("today", "now") and (got := self._day_named(a, today)):
                da, db = got[0], today
            if (
                da is not None
                and db is not None
                and (m_ft["unit"] or m_ft["unit2"]).endswith("days")
            ):
                # "from 2022-07-12 to 2023-01-01, how many days?": two days of the calendar
                R = self.composer.renderers["en"]
                text = R.tpl(
                    "calendar_gap", a=R.date(da), b=R.date(db), n=f"{abs((db - da).days):,}"
                )
                answer = self.composer.series_answer(R, "lookup", text, (), intent="dates")
                return Reply(answer, Context((), "dates", at=now))
            # "how many days from the end of the 2019 one to the founding of the org?": the time
            # between the two, where one is a dated fact of the series
            a, b = m_ft["a"] or m_ft["a2"], m_ft["b"] or m_ft["b2"]
            # (one side a dated fact of the series, the other a day said plainly: "from
            # 1 January 2022 to the founding" is no gap of ours)
            sides_ok = all(self._side_dated(x, today) for x in (a, b))
            if (self._fact_dated(a) or self._fact_dated(b)) and sides_ok:
                question = f"how {m_ft['unit'] or m_ft['unit2']} between {a} and {b}?"
        if "有记录的" in question and "最近" in question:
            # 最近一次有记录的领先科技成果: the latest of that kind, which is on record by
            # definition (the words had made "the latest" a property, and lost it)
            question = question.replace("有记录的", "")
        if not any(ch.isdigit() for ch in question):
            ascii_only = question.isascii()
            question = (self._person_asked if ascii_only else self._person_asked_zh)(question)
        if ("fail" in question or "short" in question or "top" in question) and (
            _FELL_SHORT.search(question) or _TOPPED.search(question)
        ):
            # "did 2024 fail to reach 130 countries?", "fell short of 20": fewer than it;
            # "did 2023 top 100 countries?": more than it (no "top" edition)
            question = _FELL_SHORT.sub(
                lambda m: "have at most" if m[1] and m[1] != "reach" else "have fewer than",
                question,
            )
            question = _TOPPED.sub("exceed ", question)
        if ("fall" in question or "fell" in question or "cut" in question) and _FALL_IN.search(
            question
        ):
            # "the steepest fall in guests", "cut back on sub-forums": a drop (no autumn)
            question = _FALL_IN.sub(lambda m: "biggest drop " if m["adj"] else "drop ", question)
        if " list" in question and (m_list := _LIST_LONGEST.search(question)):
            # "which year was the achievements list longest": the most achievements (no days)
            adj, what = (m_list["adj"] or m_list["adj2"]), (m_list["x"] or m_list["x2"])
            most = adj.casefold() in ("longest", "biggest", "largest")
            said = f"had the {'most' if most else 'fewest'} {what}"
            question = f"{question[: m_list.start()]}{said}{question[m_list.end() :]}"
        if " from " in question and (m_from := _THING_FROM.search(question)):
            # "the thing from 2023", "the summit from 2019": that edition, no span from it
            question = f"{question[: m_from.start(1)]}of{question[m_from.end(1) :]}"
        if "onward" in question:  # "from 2019 onwards", "2021 onward": since that year
            question = _ONWARD.sub(r"since \1", question)
        if "mid" in question or "early" in question or "late" in question:
            # "before mid-November": before its first day, "after late October": after its
            # last — a day of the year the editions' dates settle
            question = _PART_EDGE.sub(self._part_edge, question)
        marks = sum(map(question.count, ".!:。！"))
        if ("?" in question or "？" in question) and (
            marks or question.rstrip()[-1:] not in ("?", "？")  # "…last? felt like forever haha"
        ):
            question = self._asked_sentence(question)
        if " era" in question or "called" in question or "named" in question:
            question = self._name_era(question)
        if any(w in question for w in ("since", "after", "before")) and _FACT_EDGE.search(question):
            # "the average since the organisation was founded": since that fact's own day,
            # a cutoff the editions' dates settle
            question = _FACT_EDGE.sub(self._fact_day, question)
        if "last" in question or "past" in question:
            # "in the last 5 years", "over the past decade": since that day, counted from today
            question = _LAST_YEARS.sub(lambda m: self._years_back(m, today), question)
        if ("20" in question or "19" in question) and any(w in question for w in _CUTOFF_WORDS):
            question = self._cutoff(question)
        low = question.casefold()  # as rewritten so far
        ranked_by = any(p in low for p in (" with the ", " had the ", " having the "))
        if anchored and ranked_by and (m_rank := _RANKED_ANCHOR.search(question)):
            question = self._ranked_anchor(question, m_rank, today)
        stepped = anchored and ("before" in question or "after" in question)
        if stepped and (" came " in question or " was held " in question):
            # "which edition came before the one where…": the edition before it
            question = _CAME_BESIDE.sub(r"the \g<noun> \g<dir> the one", question)
        if stepped and (m_fa := _FIRST_ANCHOR.search(question)):
            question = self._first_anchor(question, m_fa, today)
        if stepped and "keynote" in question and (m_kb := _KEYNOTE_BESIDE.search(question)):
            question = self._keynote_beside(question, m_kb)
        if stepped and (m_step := _FACT_STEP.search(question)):
            before_step = question
            question = self._fact_step(question, m_step, today)
            clause_words = set(normalise(m_step["clause"]).words)
            clause_words -= self.lex.name_words | self.lex.event_nouns | {"last", "first"}
            if question == before_step and not clause_words.isdisjoint(self.lex.fact_names):
                # "the edition before the one where Xi spoke in person": a fact of a person
                # that names no edition — never the step from today's edition in its place
                R = self.composer.renderers["en"]
                answer = self.composer.refusal(R, R.tpl("reverse_none_value"))
                return Reply(answer, Context(at=now))
        if anchored and (m_said := _FACT_NAMED.search(question)):
            question = self._described_anchor(question, m_said, today)
        if anchored and ("前" in question or "后" in question):
            # 黄坤明第一次做主旨演讲的前两届: that edition, then the step (as "…那届的前两届")
            question = _FACT_STEP_ZH.sub(r"\1那届的\2", question, count=1)
        if anchored and "那" in question and (m_zh_said := _FACT_NAMED_ZH.search(question)):
            question = self._described_anchor_zh(question, m_zh_said, today)
        if anchored and "by " in question and (m_by := _RANKED_BY.search(question)):
            # "the edition right after the smallest one (by attendance)": that ranking's
            # edition, asked on its own first
            question = self._ranked_by(question, m_by, today)
        # (最多的一届是最少的一届的几倍: the two extremes set against each other, not one
        # ranked edition named)
        extremes_zh = any(z in question for z in ("最多", "最高", "最大")) and any(
            z in question for z in ("最少", "最低", "最小")
        )
        if (
            anchored
            and "最" in question
            and not extremes_zh
            and (m_zh := _RANKED_ANCHOR_ZH.search(question))
        ):
            question = self._ranked_anchor_zh(question, m_zh, today)
        # ("364 days after the previous one": each edition against the one before it, no
        # edition to anchor on)
        each_previous = "after" in low and decide.AFTER_PREVIOUS.search(low) is not None
        # ("was 2021 less than a year after the previous one?": one edition's own, anchored)
        each_previous = each_previous and not _EDITION_LIKE.search(question)
        if anchored and " " in question and not each_previous:
            if any(w in question for w in ("right", "immediately", "directly", "just")):
                question = _NEXT_TO.sub("", question)
            question = self._month_edition(question)
            if " and " in question:
                question = _TIED_OFFSET.sub(self._tied_offset, question)
            question = self._anchored(question, today)
        bounding = any(
            w in low for w in ("before", "after", "since", "prior", "up to", "through", "as of")
        )  # else no _BOUND
        if anchored and bounding and (_COUNTING.search(question) or _EXTREME.search(question)):
            # (a count, a total, or a ranking: "which had the most countries before that?")
            question = self._bounded(question, today, context)
        if "届" in question and any(z in question for z in ("上上", "下下", "第", "两届", "往")):
            question = _ZH_STEPS.sub(self._zh_steps, question)
            question = _ZH_BEFORE_LAST.sub(
                lambda m: "倒数第二届" if len(m[1]) == 2 else "倒数第三届", question
            )
        if ("前" in question or "后" in question or "後" in question) and "届" in question:
            question = _ZH_OFFSET.sub(self._zh_offset, question)
        if anchored and (
            "之前" in question or "以前" in question or "之后" in question or "以后" in question
        ):
            question = self._bounded_zh(question, today, context)
        if (
            "上一届" in question
            or "前面那届" in question
            or "上届" in question
            or "上一次" in question
        ):
            # 2019年的上一届, 第五届前面那届: the one before that edition (alone, 上一届 is the
            # latest, as "the last one" is — but not in a conversation about one edition:
            # 上一届呢？ after 2019's facts is 2018)
            question = _ZH_BEFORE_NAMED.sub(r"\1\2的前一届", question)
            talked = context is not None and len(context.editions) == 1
            if talked and "前一届" not in question and not _ZH_NAMED.search(question):
                question = question.replace("上一届", "前一届").replace("上届", "前一届")
                question = question.replace("上一次", "前一届")
        if any(z in question for z in _ZH_ALL) and _ZH_GAP_MARK.search(question):
            # 第一届开幕到第六届开幕一共多少天, 2014年到2020年之间一共隔了多少天: the time
            # between, not the editions' lengths added up
            for z in _ZH_ALL:
                question = question.replace(z, "")
        if ("届" in question or "年" in question) and any(z in question for z in "到至~～-"):
            # 第二届到第五届: the years of those editions, a range
            question = _ZH_ORDINAL_RANGE.sub(self._ordinal_years, question)
        if anchored and "年" in question and ("后" in question or "前" in question):
            question = self._anchored_zh(question, today)
        ctx = context if context and now - context.at <= self.context_ttl else None
        if (
            ctx is not None
            and len(ctx.editions) == 1
            and "next" in question
            and _ITS.search(question)
            and (following := self._step(ctx.editions[0], 1)) is not None
        ):
            # "from its start to the next edition's start" after 2022: the one after 2022,
            # not the next to come (a present "when is the next one?" still counts from today)
            question = _NEXT_OF_IT.sub(f"the {following} edition", question)
            question = re.sub(r"\bits\b", f"the {ctx.editions[0]} edition's", question)
        if ctx is not None and len(ctx.editions) == 1 and (m := _step_said(question)):
            # "what about two years earlier?", 两年前呢 after 2019: from the edition talked about
            question = self._stepped(question, m, ctx.editions[0])
        listed = ctx.editions if ctx is not None and len(ctx.editions) > 1 else ()
        if (m := _PICKED.search(question) if ctx is not None else None) is not None:
            # "the first of those", "the 2nd of these" (of the last list, a turn later too),
            # "the last one" right after a list: that one
            of_those = m["which"] is not None
            # "and the second one?" after "the first of those": of that list still
            assert ctx is not None
            picking = of_those or (len(ctx.editions) == 1 and ctx.editions[0] in ctx.listed)
            picked_from = listed or (ctx.listed if picking else ())
            if picked_from:
                question = self._picked(question, m, picked_from)
        if ctx is not None and "届" in question and (m := _ZH_PICKED.search(question)):
            # 其中第一届是哪届 (after a list), 第二届呢 (after picking from it): of that list
            picked = listed or (
                ctx.listed
                if m["among"] or (len(ctx.editions) == 1 and ctx.editions[0] in ctx.listed)
                else ()
            )
            if picked:
                years = sorted(picked)
                word = m["nth"] or ""
                at = (
                    -1
                    if m["last"]
                    else (int(word) if word.isdigit() else _zh_number(word, "届")) or 1
                )
                at = at - 1 if at > 0 else at
                if -len(years) <= at < len(years):
                    question = f"{question[: m.start()]}{years[at]}年那届{question[m.end() :]}"
        if ctx is not None and ctx.earlier and _CORRECTION.match(question):
            # "no, the one before" after "and the next one?" (2019 from 2018): from 2018 again
            ctx = replace(ctx, editions=ctx.earlier[-1:])
        question, asked_in = self._answer_in(question)
        question, meantime = self._meantime(question) if ctx is not None else (question, False)
        if "many" in question.casefold() and (offered := _OFFERED.fullmatch(question)):
            question = offered["asked"]  # "how many …, 13 or just more than 10?": the figure
        asked_in = asked_in or answer_in
        if asked_in and ctx is not None and ctx.question and self._asks_nothing(question):
            question = ctx.question  # "in chinese pls": the last question, in Chinese
            if ctx.earlier and not _EDITION_LIKE.search(question):
                # ("and the year after?" asked again: from the edition it was asked about,
                # not from the one it answered)
                ctx = replace(ctx, editions=ctx.earlier[-1:])
        try:
            reading = read(question, self.lex)
            query = parse(question, reading, self.lex)
        except Exception:
            reading = read("", self.lex)
            query = parse("", reading, self.lex)
        if (
            ctx is not None
            and ctx.question
            and query.operation == "superlative"
            and not query.refs
            and len(reading.words) <= 4
            and _GAPS.search(ctx.question)
            and (m := _EXTREME.search(ctx.question))
        ):
            # "and the shortest?" after "which gap was the longest?": the gap, the other way
            word = "shortest" if query.direction == "least" else "longest"
            question = f"{ctx.question[: m.start()]}{word}{ctx.question[m.end() :]}"
            reading = read(question, self.lex)
            query = parse(question, reading, self.lex)
        # The decline policy reads the residue: noise never blocks an answer.
        if reading.unknown != query.residue.unknown:
            reading = reading._replace(unknown=query.residue.unknown)
        claimed_of_it = False
        if ctx is not None and (of_it := _claimed_of_it(query, reading, question, ctx)):
            query, claimed_of_it = of_it, True
        elif ctx is not None and ctx.query is not None:
            query = follow(
                query,
                ctx.query,
                self.lex.kinds_of,
                comparator_of(reading),
                negated(reading),
                "include" in reading.cues,
                _MOVED_BAR.search(question) is not None,
                than_named=_THAN_NAMED.search(question) is not None,
            )
        if (
            ctx is not None
            and ctx.query is not None
            and query.relative
            and not query.attributes
            and not query.refs
            and ctx.query.aggregate == "filter"
            and not reading.word_set.isdisjoint({"that", "those", "them", "these", "it"})
        ):
            # "which editions had 20 or more sub-forums? — what share of the editions is
            # that?": the same selection, as a share of the editions it was taken from
            query = ctx.query._replace(aggregate="share", relative=True)
        if (
            ctx is not None
            and ctx.query is not None
            and query.per is None
            and len(ctx.editions) == 1
            and ctx.query.per is None
            and ctx.query.attributes[:1]
            and (ctx.query.attributes[0] == "attendance" or ctx.query.attributes[0][:5] == "attr:")
            and not any(
                a == "attendance" or a[:5] == "attr:"
                for a in query.attributes
                if a not in ctx.query.attributes  # (as the follow-up carried them over)
            )
            and len(reading.words) <= 5
            and per_day_asked(reading)
        ):
            # "2024年有多少分论坛？ — 每天平均几个？": that figure of that edition, per day
            per_figure = (ctx.query.attributes[0], ctx.query.measure)
            query = ctx.query._replace(
                operation="lookup", aggregate="", per=(per_figure, ("duration", "people"))
            )
        if (
            ctx is not None
            and ctx.query is not None
            and query.attributes == ("attendance",)
            and ctx.query.attributes[:1]
            and ctx.query.attributes[0].startswith("attr:")
            # (only a size word asked it: "which had the biggest attendance" names it)
            and size_asked_only(reading, self.lex)
            and reading.word_set.isdisjoint(self.lex.people_words)
        ):
            # "and how big was 2024?" after the expos: the expo's size, not the attendance
            query = query._replace(attributes=ctx.query.attributes, measure=ctx.query.measure)
        if (
            ctx is not None
            and ctx.query is not None
            and (query.operation == "compare" or (query.relative and query.operation == "lookup"))
            and len(ctx.editions) == 2
            and not query.refs
            and (compared := ctx.query.attributes or ((ctx.intent,) if ctx.intent else ()))
            and set(query.attributes) <= set(compared)
        ):
            # "by what percent did it grow?" after two editions compared: the same two, the
            # same figure
            query = query._replace(
                operation="compare",
                attributes=compared,
                # ("which had more countries?": the measure asked now, where it names one)
                measure=query.measure if query.attributes else ctx.query.measure,
                refs=tuple(Ref("year", y) for y in sorted(ctx.editions)),
            )
        if (
            ctx is not None
            and len(ctx.editions) == 1
            and ctx.editions[0] not in self.lex.edition_years
            and not query.refs
            and query.years is None
            and not reading.series_named
        ):
            # "where will it be?" after "when is the 2027 one?": that edition, not announced (not
            # the latest one held)
            query = query._replace(refs=(Ref("year", ctx.editions[0]),))
        if meantime and ctx is not None and query.years is None:
            # "which had the fewest in that period?" after 2014 and 2024: the years from one
            # to the other, not those two alone
            spanned = {*ctx.editions, *(ctx.earlier if len(ctx.editions) == 1 else ())}
            if len(spanned) > 1:
                query = query._replace(
                    years=(min(spanned), max(spanned)),
                    refs=tuple(r for r in query.refs if r.kind != "year"),
                    pool=(),
                )
        if (
            ctx is not None
            and ctx.query is not None
            and ctx.query.by_host
            and not query.by_host
            and not query.refs
            and len(reading.words) <= 6
            and decide.host_span(self.composer, reading.words) is not None
        ):
            # "and under the international org?" after the CAC era's average: that average,
            # of these hosts' editions (the organisation's founding was given)
            query = ctx.query
        elif (
            ctx is not None
            and ctx.query is not None
            and query.aggregate in FOLDS
            and query.attributes == ctx.query.attributes
            and not query.by_host
            and not query.every  # ("total across all editions with a figure": all of them)
            and len(reading.words) <= 7
            and not any(ref.kind == "year" for ref in reading.refs)
            and decide.host_span(self.composer, reading.words) is not None
        ):
            # "same average for the cac years?" after 2022-2025's: of those hosts' editions,
            # not of the years before
            query = query._replace(by_host=True, refs=(), years=None, pool=())
        if (
            ctx is not None
            and ctx.query is not None
            and ctx.query.aggregate in ("filter", "count")
            and ctx.query.comparator in _FLIPPED
            and (m_side := _OTHER_SIDE.fullmatch(question.strip())) is not None
        ):
            # "and below it?", "and fewer?" after "which editions were above the median?":
            # the same selection, on the other side of the same bar
            below = m_side["way"].casefold() in _BELOW_WORDS
            query = ctx.query._replace(comparator="less" if below else "more")
        short_zh = reading.text.han > 0 and len(reading.text.compact) <= 8
        both_zh = short_zh and any(z in reading.text.compact for z in _BOTH_ZH)
        if both_zh and any(z in reading.text.compact for z in _ALL_ZH if z != "加起来"):
            both_zh = False  # 历届加起来: all of them
        if (
            ctx is not None
            and query.aggregate in FOLDS
            and query.years is None
            and (not reading.word_set.isdisjoint(_BOTH) or len(reading.words) == 1 or both_zh)
            and query.nth is None  # "the sum for the last two that have a figure"
            and len(both := _both(ctx)) > 1
            and all(ref.kind == "ordinal" and ref.value == 2 for ref in reading.refs)
        ):
            # "total for the two?", "combined?" after 2014's and then 2015's figure: those two
            query = query._replace(pool=both, refs=())
        elif (
            ctx is not None
            and len(ctx.editions) > 1
            and query.aggregate in FOLDS
            and query.years is None
            and not query.refs
            and not query.pool
            and query.nth is None  # "and the total for the last three": of all editions
            and "numbered" not in query.signals
            and (reading.words[:1] == ("and",) or len(reading.words) <= 6)
            and reading.word_set.isdisjoint(_ALL)
        ):
            # "and how many guests in total?" after the figures of two editions: of those two;
            # "how many sub-forums on average?" after a list: of those listed
            query = query._replace(pool=ctx.editions)
        elif (
            ctx is not None
            and ctx.editions
            and query.aggregate == "sum"
            and not query.refs
            and query.years is None
            and not query.pool
            and query.nth is None
            and reading.text.han
            and len(reading.text.compact) <= 8
            and not any(z in reading.text.compact for z in _ALL_ZH)
        ):
            # 一共几天？ after 2019's dates: that edition's own length, not every edition's
            # (after two editions' lengths: the sum of those two)
            if len(ctx.editions) == 1:
                query = query._replace(
                    aggregate="", operation="lookup", refs=(Ref("year", ctx.editions[0]),)
                )
            else:
                query = query._replace(pool=ctx.editions)
        if (
            ctx is not None
            and len(ctx.editions) == 1
            and query.operation == "lookup"
            and query.attributes
            and not query.refs
            and query.than is None
            and not reading.word_set.isdisjoint(_OTHER)
            and _AS_MUCH.search(question)
        ):
            # "which other editions lasted that long?" after 2018's length: those as long
            query = query._replace(
                operation="aggregate",
                aggregate="filter",
                comparator="exact",
                than=Ref("year", ctx.editions[0]),
            )
        ranked = ctx.query.pool if ctx is not None and ctx.query is not None else ()
        those = (ctx.editions if ctx is not None and len(ctx.editions) > 1 else ()) or ranked
        if (
            len(those) > 1
            and (query.months or query.weekday is not None)
            and _names_those(reading)
            and not query.refs
        ):
            # "how many of those were held in November?": of the editions just listed (or,
            # after "which of those had the most…?", of those that question ranked)
            query = query._replace(pool=those)
        elif (
            ctx is not None
            and len(ctx.editions) > 1
            and (_over_those(query, reading) or _ranks_compared(query, reading, ctx))
        ):
            # "which of those had the most attendees?": over the editions just answered;
            # "those two": the first two, those the answer settled (before any left open)
            n = _those_count(reading, self.lex)
            pool = ctx.editions[:n] if n else ctx.editions
            widened = tuple(sorted({*ctx.earlier, *ctx.history, *ctx.editions}))
            if n > len(ctx.editions) and len({*ctx.earlier, *ctx.editions}) == n:
                # "which of those three…" after 2016's figure, then 2017's and 2018's: all three
                pool = tuple(sorted({*ctx.earlier, *ctx.editions}))
            elif n > len(ctx.editions) and len(widened) == n:
                pool = widened
            query = query._replace(pool=pool)
        elif (
            ctx is not None
            and len(ctx.editions) == 1
            and ctx.listed == ctx.editions
            and _over_those(query, reading)
        ):
            # "average of those" after a list narrowed to one ("which of those were held in
            # November?" → 2022): of that one
            query = query._replace(pool=ctx.editions)
        elif (
            ctx is not None
            and len(ctx.listed) > 1
            and set(ctx.editions) < set(ctx.listed)
            and _over_those(query, reading)
        ):
            # "which of these had the most countries?" after a list that settled one edition
            # and left another open: the editions the list named
            query = query._replace(pool=ctx.listed)
        elif (
            ctx is not None
            and len(ctx.editions) == 1
            and (n := _those_count(reading, self.lex)) > 1
            and len(set(ctx.history[-n:])) == n
            and query.operation in ("superlative", "aggregate", "compare")
            and not query.refs
        ):
            # "which of the three had the most?" after 2016's, 2017's and 2018's figures: those
            query = query._replace(pool=tuple(sorted(ctx.history[-n:])))
        elif (
            ctx is not None
            and len(ctx.editions) == 1
            and len(ctx.run) > 1
            and ctx.run[-1:] == ctx.editions
            # (the edition talked about may have been carried into the question)
            and query.refs in ((), (Ref("year", ctx.editions[0]),))
            and _over_those(query._replace(refs=()), reading)
        ):
            # "add those up", "average of those", 这几届平均多少 after 2017's, 2018's and
            # 2019's figures, one turn each: all of them (the last two were taken, or all)
            query = query._replace(pool=tuple(sorted(ctx.run)), refs=())
        elif (
            ctx is not None
            and len(ctx.editions) == 1
            and len(set(ctx.history)) > 1
            and query.operation == "superlative"
            and not query.refs
            and not _THOSE.isdisjoint(reading.word_set)
        ):
            # "which of these had the most?" after 2014's, 2015's and 2016's figures, one turn
            # each: the editions those turns named
            query = query._replace(pool=tuple(sorted(set(ctx.history))))
        if (
            ctx is not None
            and not query.pool
            and not query.refs
            and query.years is None
            and _names_those(reading)
        ):
            # "of them, how many were online?" after a list (or after the one a ranking of
            # it picked): of the editions listed
            ranked = ctx.query.pool if ctx.query is not None else ()
            listed = ctx.editions if len(ctx.editions) > 1 else ranked
            if len(listed) > 1 and (ctx.picked is None or len(ctx.picked) > 1):
                query = query._replace(pool=listed)
        # "how many of those were in December?" after a list of one edition, or of none: of
        # that one — or none at all (never every edition)
        picked_none = False
        if (
            ctx is not None
            and ctx.picked is not None
            and len(ctx.picked) <= 1
            and not query.pool
            and not query.refs
            and query.years is None
            and _names_those(reading)
        ):
            if ctx.picked:
                query = query._replace(pool=ctx.picked)
            else:
                picked_none = True
        if asked_in and reading.intents and reading.intents[0][0] == "name":
            asked_in = ""  # "what's it called in chinese": the name answer gives both names
        lang = asked_in or reading.lang
        R = self.composer.renderers[lang]
        try:
            if picked_none:
                text = R.tpl("those_none")
                answer = self.composer.series_answer(R, "filter", text, ())
            else:
                answer = decide.respond(self.composer, self.lex, reading, query, today, ctx, R)
        except MissingText:  # a Chinese question about a fact the file has only in English
            R = self.composer.renderers["en"]
            answer = decide.respond(self.composer, self.lex, reading, query, today, ctx, R)
        refs = query.refs
        if answer.intent == "count" or (refs and any(ref.kind in _TIME_RELATIVE for ref in refs)):
            answer = self.composer.as_of(R, answer, today)
        if answer.lang == "zh" and (text := _CJK_GAP.sub(r"\1", answer.text)) != answer.text:
            answer = replace(answer, text=text)
        cited = answer.operation == "sources" and ctx is not None and ctx.query is not None
        if cited and not any(a.startswith("attr:") or a == "attendance" for a in query.attributes):
            # "source?" then "link?": both of the fact talked about before the first
            assert ctx is not None and ctx.query is not None
            query = query._replace(attributes=ctx.query.attributes)
        if claimed_of_it and query.claim is not None and query.claim.first:
            # "and in 2017?" after "was that the first time?": that fact of 2017, not whether
            # 2017's was a first too
            query = query._replace(operation="lookup", claim=None, yes_no=False)
        context = _next_context(answer, ctx, now, query)
        if answer.answered and "filter" in (answer.operation, query.operation, query.aggregate):
            # what a filter selected, even one or none ("those" a turn later): its settled
            # editions, never those it left open or named as the nearest
            if isinstance(answer.result, Selected):
                picked = answer.result.years
                # (the conversation is about those selected, not those left open)
                context = replace(context, picked=picked, editions=picked or context.editions)
            elif query.aggregate != "filter":  # (a month, a weekday: those it names)
                context = replace(context, picked=answer.editions)
        if (
            answer.answered
            and "hosts" in (answer.intent, *query.attributes)
            and len(answer.editions) > 1
            and not query.yes_no
        ):
            # "which editions did the organisation host?": those, for "which had the fewest…"
            context = replace(context, picked=answer.editions)
        if answer.answered and query.pool and answer.intent == "count":
            # "how many of those were in December?": counted among those, which "those" a turn
            # later still means (even where none was counted)
            context = replace(context, picked=query.pool)
        if answer.answered:
            history = ctx.history if ctx is not None else ()
            if len(answer.editions) == 1 and history[-1:] != answer.editions:
                history = (*history, *answer.editions)[-6:]
            # a list narrowed to one ("which of those were held in November?" → 2022) is the
            # list now: "average of those" is of it, not of the list before
            narrowed = bool(query.pool) and (
                "filter" in (query.operation, query.aggregate)
                or bool(query.months)
                or query.weekday is not None
            )
            kept = answer.editions if len(answer.editions) > 1 or narrowed else listed
            kept = kept or (ctx.listed if ctx is not None else ())
            if len(query.pool) > 1 and answer.intent == "count":
                # "how many of them were in November?" counts among those listed: "them" a
                # turn later is still those, not the ones counted
                kept = query.pool
            run = _run(answer, ctx, query)
            context = replace(context, question=question, history=history, listed=kept, run=run)
        elif len(answer.editions) == 1:
            # "and 2020?" with no such fact for 2020 is still one of "those" a turn later
            context = replace(context, run=_run(answer, ctx, query))
        if not answer.answered and not answer.editions:
            # "what did <a company> show at the 2023 expo?" is declined, but the conversation
            # is about 2023 ("ok how many companies exhibited that year then")
            named = tuple(
                r.value
                for r in query.refs
                if r.kind == "year" and r.value in self.lex.edition_years
            )
            if named:
                context = Context(named, answer.intent, now, query)
        # (of one kind asked: "sub-forums or awards?" names two, and "and in 2020?" both)
        parts = decide.parts_named(self.lex, reading) if len(query.attributes) == 1 else ()
        if not parts and ctx is not None and reading.refs and not decide.names_kind(reading):
            parts = ctx.parts  # a follow-up ("and 2016?") asks of the part asked before
        if parts and context.editions:
            context = replace(context, parts=parts)
        return Reply(answer, context)

    def _fact_day(self, m: re.Match[str]) -> str:
        """ "since the org was founded" as "since July 12, 2022": the dated series fact the
        clause names (exactly one), by its own date, where the question folds or filters a
        figure over the editions; the clause as it was otherwise (time arithmetic, firsts)."""
        dated: list[Detail] = []
        # "since the org was founded": the fact its subject names; "since it became an
        # organisation": the one the clause names
        for said in (m["what"], m[0]):
            dated = self._dated_facts(read(said, self.lex))
            if dated:
                break
        if len(dated) != 1 or (on := dated[0].date) is None:
            return m[0]
        whole = read(m.string, self.lex)
        own = {f"attr:{d.about}" for d in self.kb.facts.series.details}
        figured = any(
            s == "attendance" or (s.startswith("attr:") and s not in own) for s in whole.signalled
        )
        if not figured or not whole.word_set.isdisjoint(_NOT_A_CUTOFF):
            return m[0]
        names = [k for k, v in self.lex.months.items() if v == on.month and k.isalpha()]
        if not names:
            return m[0]
        return f"{m['prep']} {max(names, key=len).capitalize()} {on.day}, {on.year}"

    def _years_back(self, m: re.Match[str], today: dt.date) -> str:
        """ "in the last 5 years" as "since November 28, 2021" (today five years back)."""
        n = 10 if m["decade"] else number_word(m["n"].casefold(), self.lex, roman=False)
        if n is None or not 0 < n <= 50:
            return m[0]
        names = [k for k, v in self.lex.months.items() if v == today.month and k.isalpha()]
        month = max(names, key=len) if names else ""
        if not month:
            return m[0]
        day = min(today.day, 28)
        return f" since {month.capitalize()} {day}, {today.year - n}"

    def _pattern(self, source: str) -> re.Pattern[str]:
        """A pattern naming the series' words (<SHORT>, <NAMES>), compiled once for
        this engine's vocabulary: knowledge stays data, even inside a pattern."""
        compiled = self._patterns.get(source)
        if compiled is None:
            lex = self.lex
            words = {
                "<SHORT>": re.escape(lex.short),
                "<NAMES>": "|".join(sorted(map(re.escape, lex.name_words), key=len, reverse=True)),
            }
            filled = source
            for key, value in words.items():
                filled = filled.replace(key, value)
            compiled = self._patterns[source] = re.compile(filled, re.I)
        return compiled

    def _date_offset_zh(
        self, m: re.Match[str], today: dt.date, now: float, talked: int | None
    ) -> Reply | None:
        """首届闭幕后100天是哪天, 国际组织成立后1000天: that day, counted as in English."""
        said = m["n"]
        n = int(said) if said.isdigit() else zh_number(said, self.lex.zh_numerals)
        if not n or not 0 < n <= 100_000:
            return None
        what, edge = m["what"], m["edge"]
        if edge == "成立" or self._fact_dated(what + edge):
            if (day_ := self._dated(what + edge, today)) is None:
                return None
            anchor, edition, which = day_, None, ""
        else:
            refs = read(what, self.lex).refs
            target = self.index.resolve(refs[0], today, None) if len(refs) == 1 else None
            if target is None and talked is not None and any(z in what for z in ("那", "这", "它")):
                target = self.index.edition(talked)
            if not isinstance(target, Edition):
                return None
            which = "close" if edge in ("闭幕", "结束") else "open"
            day_of = target.end if which == "close" else target.start
            if day_of is None:
                return None
            anchor, edition = day_of, target
        weeks = m["unit"] in ("周", "个星期", "星期")
        unit = "周" if weeks else "天"
        before = m["dir"].endswith("前")
        return self._offset_reply(
            "zh", n, weeks, before, (anchor, edition, which), str(n), unit, now
        )

    def _date_offset(
        self, question: str, m: re.Match[str], today: dt.date, now: float, talked: int | None = None
    ) -> Reply | None:
        """ "What date is 1,000 days after the first edition opened?": that day, counted from
        the one the rest names (a dated fact, or an edition's opening); None otherwise."""
        said = m["n"].casefold().replace(",", "")
        n = 1 if said in ("a", "an") else None
        n = n or (int(said) if said.isdigit() else number_word(said, self.lex, roman=False))
        named = self._day_named(m["what"], today, talked)
        if n is None or named is None or not 0 < n <= 100_000:
            return None
        weeks = m["unit"].casefold().startswith("week")
        unit = m["unit"].casefold().removesuffix("s") + ("s" if n != 1 else "")
        before = m["dir"].casefold() == "before"
        months = n * 12 if unit.startswith("year") else n if unit.startswith("month") else 0
        if months and n > 100:
            return None
        return self._offset_reply("en", n, weeks, before, named, f"{n:,}", unit, now, months)

    def _person_asked(self, question: str) -> str:
        """ "Tell me about Li Shulei", "who is Wang Huning?", "what did Liu He do at the
        summit?": a person the facts name, asked about alone — the editions where the facts
        say what they did. As it was where anything else is asked."""
        names = self._names_in(question)
        if len(names) != 1:
            return question
        series = self.lex.name_words | self.lex.event_nouns
        if all(w in series for w in normalise(names[0]).words):
            return question  # "tell me about the <series' name>": the series
        at = question.casefold().find(names[0].casefold())
        rest = normalise(question[:at] + " " + question[at + len(names[0]) :]).words
        if not set(rest) <= _PERSON_ASKED | self.lex.name_words | self.lex.event_nouns:
            return question
        if rest and not {"who", "about", "do", "did", "does", "role"} & set(rest):
            return question  # ("Wang Huning" alone: his editions too)
        if rest and set(rest) <= {"who", "is", "was", "s"}:
            return question  # "who is Xi Jinping?": who they are, beyond the facts
        return f"in which editions did {names[0]} appear?"

    def _person_asked_zh(self, question: str) -> str:
        """李书磊, 介绍一下黄坤明: a speaker the facts name, alone with filler — the editions
        where the facts say what they did, in Chinese. 是谁 stays who they are (beyond the
        facts), and a count or an edition asked (几, 哪) stays as it was."""
        names = self._names_in(question)
        if len(names) != 1 or names[0].isascii():
            return question
        rest = "".join(ch for ch in question.replace(names[0], "") if ch.isalnum())
        if not rest.isascii() and (set(rest) & _PERSON_ASKED_NOT_ZH):
            return question
        while rest:
            lead = next((f for f in self._zh_said_around if rest.startswith(f)), None)
            if lead is None:
                return question
            rest = rest[len(lead) :]
        return f"{names[0]}出席过哪几届"

    def _target_year(self, text: str, today: dt.date) -> int | None:
        """The one year a phrase names: "next year", "this year", 2027, conf27, 明年."""
        low = text.casefold()
        if "next year" in low or "明年" in text:
            return today.year + 1
        if "this year" in low or "今年" in text:
            return today.year
        if "last year" in low or "去年" in text:
            return today.year - 1
        years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
        if len(years) == 1:
            return int(years[0])
        short = re.findall(r"[a-z]'?(\d\d)\b", low)
        return 2000 + int(short[0]) if len(short) == 1 else None

    def _same_date(self, m: re.Match[str], today: dt.date, now: float) -> Reply | None:
        """ "If conf27 opened on the same date as this year's, what weekday would that be?",
        假如明年峰会也在11月3日开幕，那天是星期几: the weekday of that day-and-month in that
        year (never the anchor edition's own weekday)."""
        zh = "zh_t" in m.groupdict() and m["zh_t"] is not None
        target = self._target_year(m["zh_t"] if zh else m["target"], today)
        if target is None:
            return None
        years: tuple[int, ...] = ()
        if zh:
            month, day = int(m["zh_m"]), int(m["zh_d"])
            anchor_text = ""
            # (the editions that opened on that day-and-month: what it was said after)
            years = tuple(
                e.year
                for e in self.editions
                if e.start and (e.start.month, e.start.day) == (month, day)
            )
        else:
            named = self._day_named(m["anchor"], today)
            if named is None:
                return None
            month, day = named[0].month, named[0].day
            anchor_text = _said_anchor(self.composer.renderers["en"], named)
            if named[1] is not None:  # (about the edition whose day it counts from)
                years = (named[1].year,)
        try:
            day_ = dt.date(target, month, day)
        except ValueError:
            return None
        R = self.composer.renderers["zh" if zh else "en"]
        text = R.tpl(
            "same_date_weekday", date=R.date(day_), weekday=R.weekday(day_), anchor=anchor_text
        )
        answer = self.composer.series_answer(R, "lookup", text, years, intent="dates")
        return Reply(answer, Context(years, "dates", at=now))

    def _which_offset(
        self, m: re.Match[str], today: dt.date, now: float, talked: int | None
    ) -> Reply | None:
        """ "Which edition opened exactly 48 weeks after the 2015 one?", 哪一届的开幕时间比2015年
        晚412周: the day counted from the one named, and the edition that opened on it — or
        that none did (never the edition counted from)."""
        zh = "zh_n" in m.groupdict() and m["zh_n"] is not None
        said = (m["zh_n"] if zh else m["n"]).replace(",", "")
        n = int(said) if said.isdigit() else number_word(said.casefold(), self.lex, roman=False)
        what = f"{m['year']}年" if zh else m["what"]
        named = self._day_named(f"the {what} edition" if zh else what, today, talked)
        if n is None or not 0 < n <= 100_000:
            return None
        if named is None and _RELATIVE_ANCHOR.search(what):
            return None  # "409 days after the one before": each edition against its previous
        if named is None:
            # ("…after the Internet Development Forum": a day not read — unknown, never the
            # edition it names given as the answer)
            lang = "zh" if zh else "en"
            refused = self.composer.decline(self.composer.renderers[lang], "decline_unknown", 0.5)
            return Reply(refused, Context((), None, at=now))
        unit = (m["zh_unit"] if zh else m["unit"]).casefold()
        weeks = unit.startswith("week") or unit in ("周", "星期", "个星期")
        before = (m["zh_dir"] == "早") if zh else m["dir"].casefold() == "before"
        anchor = named[0]
        day_ = anchor + dt.timedelta(days=(-1 if before else 1) * n * (7 if weeks else 1))
        R = self.composer.renderers["zh" if zh else "en"]
        said_anchor = _said_anchor(R, named)
        hit = next((e for e in self.editions if e.start == day_), None)
        key = "offset_opened" if hit is not None else "offset_none"
        text = R.tpl(
            f"{key}_before" if before else key,
            n=f"{n:,}",
            unit=R.tpl("unit_weeks" if weeks else "unit_days"),
            anchor=said_anchor,
            date=R.date(day_),
            name=R.name_year(hit) if hit is not None else "",
        )
        years = (hit.year,) if hit is not None else ()
        answer = self.composer.series_answer(R, "lookup", text, years, intent="dates")
        return Reply(answer, Context(years, "dates", at=now))

    def _offset_reply(
        self,
        lang: str,
        n: int,
        weeks: bool,
        before: bool,
        named: tuple[dt.date, Edition | None, str],
        said_n: str,
        unit: str,
        now: float,
        months: int = 0,
    ) -> Reply:
        """The day ``n`` days (weeks; or ``months`` calendar months) before or after a named
        one, worded with which day of which edition it counts from (its opening, ceremony or
        close)."""
        anchor, edition, _ = named
        days = n * 7 if weeks else n
        day_ = anchor + dt.timedelta(days=-days if before else days)
        if months:  # "one year after July 12, 2022": July 12, 2023 (a month's last day kept)
            y, mo = divmod(anchor.month - 1 + (-months if before else months), 12)
            year = anchor.year + y
            day_ = dt.date(year, mo + 1, min(anchor.day, month_end(year, mo + 1)))
        R = self.composer.renderers[lang]
        said_anchor = _said_anchor(R, named)
        text = R.tpl(
            "offset_before" if before else "offset_after",
            n=said_n,
            unit=unit,
            anchor=said_anchor,
            date=R.date(day_),
            weekday=R.weekday(day_),
        )
        years = (edition.year,) if edition is not None else ()
        answer = self.composer.series_answer(R, "lookup", text, years, intent="dates")
        return Reply(answer, Context(years, "dates", at=now))

    def _narrowed(
        self, question: str, m: re.Match[str], ctx: Context, today: dt.date, now: float
    ) -> Reply | None:
        """ "Only the ones after 2020", "just the CAC-hosted ones", 只看2020年以后的 after a list:
        the editions listed that the selection also picks (the selection asked on its own,
        "which editions … ?", then the two sets met) — never the selection over them all."""
        said = (m["what"] or m["what_zh"] or "").strip(" ?？.!")
        if not said or said.casefold().startswith("count"):
            return None  # ("only counting 2022-2025?": the same total over those years)
        if ctx.query is not None and ctx.query.aggregate in FOLDS:
            return None  # after a total or an average: the same over those (a follow-up)
        zh = not question.isascii()
        asked = f"哪几届{said}" if zh else f"which editions {said}?"
        picked = self._ask(asked, today, None, now).answer
        if not picked.answered or not picked.editions:
            return None
        kept = tuple(y for y in ctx.editions if y in picked.editions)
        R = self.composer.renderers["zh" if zh else "en"]
        if kept:
            shown = self.index.years(kept)
            items = R.dated_names(shown)
            text = R.tpl("those_narrowed", n=len(shown), what=said, items=items)
        else:
            text = R.tpl("those_narrowed_none", what=said)
        answer = self.composer.series_answer(R, "filter", text, kept, intent="which")
        return Reply(answer, replace(ctx, editions=kept, at=now, listed=kept))

    def _share_of_those(self, question: str, ctx: Context, today: dt.date, now: float) -> Reply:
        """ "What percent is that?", 占比多少 after a list or a count of editions: how many of
        all those held so far they are, with the per cent."""
        R = self.composer.renderers["en" if question.isascii() else "zh"]
        shown = self.index.years(ctx.editions)
        held = self.index.held(today)
        items = R.dated_names(shown)
        text = series.matched(R, len(shown), len(held), items, True)
        years = tuple(e.year for e in shown)
        answer = self.composer.series_answer(R, "count", text, years, intent="count")
        return Reply(answer, replace(ctx, editions=years, at=now, listed=years))

    def _which_ones(self, question: str, ctx: Context, now: float, count: bool = False) -> Reply:
        """ "Which ones?", "what were they?", 是哪几届 after a count: the editions it counted,
        each with its dates; ``count``: "how many is that?" after a list, how many it named."""
        R = self.composer.renderers["en" if question.isascii() else "zh"]
        shown = self.index.years(ctx.editions)
        if count:
            listed = R.join([str(e.year) for e in shown])
            text = R.tpl("those_count", n=len(shown), items=listed)
        else:
            items = R.dated_names(shown)
            text = R.tpl("those_were", items=items)
        years = tuple(e.year for e in shown)
        answer = self.composer.series_answer(R, "filter", text, years, intent="which")
        return Reply(answer, replace(ctx, editions=years, at=now, listed=years))

    def _bounded_relative_year(self, question: str, today: dt.date) -> str:
        """ "up to last year", "since this year", 截至去年: the year written as a number, so
        the bound reads it as it reads "up to 2025" (not as the one edition of that year)."""
        low = question.casefold()
        for phrase, pattern, offset, zh in self._relative_bounds:
            if phrase in low:
                year = today.year + offset
                question = re.sub(pattern, rf"\g<1>{year}年" if zh else rf"\g<1>{year}", question)
                low = question.casefold()
        return question

    def _first_clause(self, question: str, m: re.Match[str], today: dt.date, now: float) -> str:
        """ "Who spoke at the summit where the award was first given?": that edition, found by
        asking when it was first given, written as its year (the words "first" had read the
        1st edition)."""
        what, verb = m["what"].strip(), m["verb"]
        if what.casefold() in ("it", "they", "that"):
            return question
        asked = self._answer(f"when was {what} first {verb}?", today, None, now).answer
        if not asked.answered or len(asked.editions) != 1:
            return question
        return f"{question[: m.start()]}the {asked.editions[0]} edition{question[m.end() :]}"

    def _meantime(self, question: str) -> tuple[str, bool]:
        """The question without words asking of the time between the editions just talked
        about ("in that period", 这期间), and whether it had them."""
        low = question.casefold()
        for phrase in self.lex.meantime_zh:  # (a Chinese phrase matches Chinese text only)
            if phrase in low:
                at = low.index(phrase)
                return f"{question[:at]}{question[at + len(phrase) :]}", True
        for phrase in self.lex.meantime:
            at = low.find(phrase)
            end = at + len(phrase)
            if at < 0 or not _at_word(low, at, len(phrase)):
                continue
            return f"{question[:at]} {question[end:]}".strip(), True
        return question, False

    def _answer_in(self, question: str) -> tuple[str, str]:
        """The question without a phrase asking for the answer's language ("in chinese",
        用英文), and that language ("" if none). "can I ask in chinese?" asks about the bot."""
        low = question.casefold()
        if not any(k in low for k in self.lex.answer_in_keys):
            return question, ""  # most questions: no language named
        for phrase, lang in self.lex.answer_in:
            at = low.find(phrase)
            if at < 0:
                continue
            end = at + len(phrase)
            if phrase.isascii() and not _at_word(low, at, len(phrase)):
                continue  # a word that only begins with the phrase
            before = low[:at].split()[-1:]
            if phrase.isascii() and before and before[0] in self.kb.vocabulary.language_verbs:
                return question, ""  # "held in english?": the language it was held in
            r = read(question, self.lex)
            if r.intents and r.intents[0][0] == "help":
                return question, ""
            return f"{question[:at]} {question[end:]}".strip(), lang
        return question, ""

    def _asks_nothing(self, question: str) -> bool:
        """Whether what is left of a question asks nothing of its own ("pls", "say that")."""
        r = read(question, self.lex)
        return not (r.refs or r.series_named or r.unknown or r.faq) and all(
            intent == "followup" for intent, _ in r.intents
        )

    def simplified(self, question: str) -> str:
        """The question in written Mandarin and simplified characters, so every later stage
        sees one script (主辦單位 is 主办单位; Cantonese 主題係咩 is 主题是什么)."""
        if question.isascii():
            return question
        for _ in range(2):  # twice: one reading can make another (幾多日 -> 多少日 -> 多少天)
            for spoken, written in self._spoken.within(question, self._written):
                if spoken in question:
                    question = question.replace(spoken, written)
        return question.translate(self.lex.zh_table)

    def understand(
        self, question: str, *, today: dt.date, context: Context | None = None
    ) -> tuple[Query, tuple[int, ...]]:
        """The parsed query and the editions its references resolve to (for tests and tools)."""
        question = self.simplified(question)
        reading = read(question, self.lex)
        query = parse(question, reading, self.lex)
        years: dict[int, None] = {}
        for ref in query.refs:
            target = self.index.resolve(ref, today, context)
            if isinstance(target, Edition):
                years[target.year] = None
        return query, tuple(years)

    # --- editions -----------------------------------------------------------------------------

    @property
    def editions(self) -> tuple[Edition, ...]:
        """Every edition, oldest first."""
        return self.index.editions

    @property
    def renderers(self) -> dict[str, Renderer]:
        """The renderer for each answer language."""
        return self.composer.renderers

    def edition(self, year: int) -> Edition | None:
        """The edition held in ``year``, if any."""
        return self.index.edition(year)

    def latest(self, today: dt.date) -> Edition | None:
        """The most recent edition that has started by ``today``."""
        return self.index.latest(today)

    def upcoming(self, today: dt.date) -> Edition | Upcoming | None:
        """The next edition after ``today``: announced, or what the file says about it."""
        return self.index.upcoming(today)

    def label(self, ed: Edition) -> str:
        """Short label for menus: "4th · 2017 · Dec 3–5"."""
        return self.renderers["en"].label(ed)

    def find_edition(self, text: str, today: dt.date) -> Edition | None:
        """The one edition a short text names ("4th", "2017", "latest"), or None."""
        reading = read(text, self.lex)
        found: dict[int, Edition] = {}
        for ref in reading.refs:
            target = self.index.resolve(ref, today, None)
            if isinstance(target, Edition):
                found[target.year] = target
        return next(iter(found.values())) if len(found) == 1 else None

    # --- direct answers for commands ------------------------------------------------------------

    def topic(self, year: int, topic: str | None, today: dt.date, lang: str = "en") -> Answer:
        """One edition's overview, or one topic of it."""
        R = self.renderers[lang]
        ed = self.index.edition(year)
        if ed is None:
            return self.composer.no_such(R, NoSuch("year", year))
        if topic == "hosts":
            return series.hosts(self.composer, R, (ed,))
        intent = topic if topic in self.composer.sentences else "overview"
        return self.composer.lookup(R, intent, (ed,), today, 1.0)

    def listing(self, today: dt.date, lang: str = "en") -> Answer:
        """Every edition, one line each."""
        return series.listing(self.composer, self.renderers[lang], today)

    def latest_answer(self, today: dt.date, lang: str = "en") -> Answer:
        """The overview of the most recent edition (dated once the file is old)."""
        R = self.renderers[lang]
        latest = self.index.latest(today)
        if latest is None:
            return self.composer.decline(R, "decline_unknown", 0.5)
        return self.composer.as_of(R, self.topic(latest.year, None, today, lang), today)

    def next_answer(self, today: dt.date, lang: str = "en") -> Answer:
        """The next edition's dates, or that it is not announced yet."""
        R = self.renderers[lang]
        nxt = self.index.upcoming(today)
        if isinstance(nxt, Edition):
            return self.topic(nxt.year, "dates", today, lang)
        if isinstance(nxt, Upcoming):
            return self.composer.next_answer(R, nxt, today)
        return self.composer.series_answer(R, "lookup", R.tpl("next_none"), (), intent="next")

    def about_answer(self, lang: str = "en") -> Answer:
        """What the series is."""
        return series.about(self.composer, self.renderers[lang])


def _said_anchor(R: Renderer, named: tuple[dt.date, Edition | None, str]) -> str:
    """A day counted from, as said: its date, and which day of which edition it is (its
    opening, ceremony or close) where it is one."""
    day_, edition, which = named
    if edition is None:
        return R.date(day_)
    return R.tpl(f"anchor_{which}", name=R.name_year(edition), date=R.date(day_))


def _run(answer: Answer, ctx: Context | None, query: Query) -> tuple[int, ...]:
    """The one-edition turns in a row that asked the same thing, this one included."""
    if len(answer.editions) != 1:
        return ()
    last = ctx.query if ctx is not None else None
    if ctx is None or last is None or last.attributes != query.attributes or not ctx.run:
        return answer.editions
    if answer.editions[0] in ctx.run:
        return ctx.run
    return (*ctx.run, *answer.editions)[-6:]


def _next_context(answer: Answer, ctx: Context | None, now: float, query: Query) -> Context:
    """What the conversation is about after this answer."""
    intent = answer.intent
    if intent.startswith("faq:"):
        intent = "overview"
    if (
        intent == "sources"
        and ctx is not None
        and ctx.query is not None
        and not query.refs
        and answer.editions == ctx.editions
        and query.attributes == ctx.query.attributes  # (not "who reported its keynote")
    ):
        # "source?" after 2023's countries: the conversation is still about that figure
        # ("was that a record?" a turn later asks of the countries, not the guests)
        query = ctx.query
    details = [a for a in query.attributes if a.startswith("attr:")]
    if intent == "verify" and len(details) == 1:
        intent = details[0]  # "was that the first time they released any?" — "how many?"
    if answer.answered and answer.editions:
        talked = answer.settled or answer.editions  # a filter's settled ones, not those open
        earlier = ctx.editions if ctx and ctx.editions != talked else ()
        focus = ctx.editions if ctx is not None and len(ctx.editions) == 1 else ()
        if focus and answer.operation == "difference" and len(talked) == 2 and focus[0] in talked:
            # "how many days after the 2016 one did it start?" about 2017: the conversation
            # stays on 2017 ("who gave the keynote?" is its), the other beside it
            return Context(focus, intent, now, query, tuple(y for y in talked if y != focus[0]))
        return Context(talked, intent, now, query, earlier)
    if answer.answered:
        return Context(ctx.editions if ctx else (), intent, now, query)
    if answer.editions:  # "I don't have the 2026 theme": the conversation is still about 2026
        return Context(answer.editions, intent, now, query)
    return ctx or Context(at=now)


def _claimed_of_it(q: Query, r: Reading, question: str, ctx: Context) -> Query | None:
    """ "Was it the 7th edition?", "was that the first time the award was given?" just
    after one edition: a claim of that edition, as "was 2019 the 7th?" (the 7th alone, or
    the series' first, was answered). None where the question is no such claim."""
    if (
        ctx.query is None
        or len(ctx.editions) != 1
        or not q.yes_no
        or (r.word_set.isdisjoint(_SAID_IT) and not _ZH_IT.search(question))
    ):
        return None
    year = ctx.editions[0]
    # (its year stands for "it" among the words: a year said, not one read off a Chinese
    # edition name, so the claim is kept when it is that edition)
    terms = (*r.words, str(year))
    if (
        q.operation == "lookup"
        and not q.attributes
        and len(q.refs) == 1
        and q.refs[0].kind == "ordinal"
    ):
        claim = Claim(year=year, terms=terms)
        return q._replace(operation="verify", refs=(Ref("year", year), q.refs[0]), claim=claim)
    if q.first and not q.refs and not q.values and q.operation in ("lookup", "reverse"):
        # (of the fact it names, or else of the one just talked about: "was it the first time?")
        said = [a for a in q.attributes if a.startswith("attr:")]
        talked = [a for a in ctx.query.attributes if a.startswith("attr:")]
        if said or (not q.attributes and len(talked) == 1):
            # (a first of the fact just talked about, in its words: "the leading technology
            # award", not the first achievements released)
            asked = terms if said else (*terms, *normalise(ctx.question).words)
            claim = Claim(first=True, exists=True, terms=asked)
            attributes = q.attributes if said else tuple(talked)
            return q._replace(
                operation="verify", refs=(Ref("year", year),), claim=claim, attributes=attributes
            )
    return None


def _one_not_other(question: str, m: re.Match[str]) -> str:
    """The question with the edition set aside taken out: "not 2016, i mean 2017 - theme?" asks
    2017's; "…the one after" counts from the one set aside."""
    if m["kept"]:
        return f"{question[: m.end('kept')]}{question[m.end('aside') :]}"
    kept = m["in"]
    if kept.casefold().startswith("the") and re.search(r"(?:after|before|next|previous)", kept):
        step = re.sub(
            r"\b(?:next|previous)\b", lambda w: "after" if w[0] == "next" else "before", kept
        )
        step = re.sub(r"\s+(?:one|edition|summit)$", "", step)
        kept = (
            f"the one {step.split()[-1]} {m['out']}" if "one" not in step else f"{step} {m['out']}"
        )
    return f"{question[: m.start()]}{kept}{question[m.end() :]}"
