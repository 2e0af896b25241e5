"""Issue 16's nine kinds, one table each: question (or conversation) -> expected answer.

Each row failed on the engine before the round-3 work (288c318), except those marked guard,
which hold what must not change. The examples are our own, not the held-out sets'. An
expectation is: answered or not, the editions the answer is about, words it must contain
and words it must not (a wrong fact).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest

from bot.engine import Context, Engine
from bot.knowledge_files import load_file
from tests.evaluate import simplified

TODAY = dt.date(2026, 11, 28)
ROOT = Path(__file__).resolve().parent.parent


class Row(NamedTuple):
    turns: tuple[str, ...]  # earlier turns of the conversation, then the question
    answered: bool
    editions: tuple[int, ...] | None  # None: any
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


def row(question: str | tuple[str, ...], answered: bool, editions=None, must=(), must_not=()):
    turns = (question,) if isinstance(question, str) else question
    return Row(turns, answered, editions, tuple(must), tuple(must_not))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_file(ROOT / "knowledge" / "wic.yaml"))


def _ask(engine: Engine, turns: tuple[str, ...]):
    ctx: Context | None = None
    answer = None
    for i, question in enumerate(turns):
        reply = engine.ask(question, today=TODAY, context=ctx, now=float(i))
        ctx, answer = reply.context, reply.answer
    assert answer is not None
    return answer


def _check(engine: Engine, r: Row) -> None:
    a = _ask(engine, r.turns)
    text = simplified(a.text).replace(",", "")  # traditional in, traditional out
    assert a.answered == r.answered, (r.turns, a.text)
    if r.editions is not None:
        assert set(r.editions) <= set(a.editions), (r.turns, a.editions, a.text)
    for word in r.must:
        assert word.casefold() in text.casefold(), (r.turns, word, a.text)
    for word in r.must_not:
        assert word.casefold() not in text.casefold(), (r.turns, word, a.text)


# 1. Filters and aggregates over any figure
AGGREGATES = [
    row("which summits had more than 125 countries and regions", True, (2023, 2024, 2025)),
    row("add up the sub-forums of the 2018 and 2019 conferences", True, (2018, 2019), ["39"]),
    row("total participants of 2021 and 2022", True, (2021, 2022), ["at least", "4100"]),
    row("average number of sub-forums", True, None, ["17.5"]),
    row("list the editions that lasted 2 days", True, (2020,), must_not=["2019"]),
    row("in how many different months has it been held", True, None, ["4", "September"]),
    row("rank the expos by exhibitors", True, (2025, 2019), ["1. 2025"]),
    row("how many editions had more than 20 sub-forums", True, (2024, 2025), ["2 of"]),
    row("second biggest expo", True, (2019,), ["601"], ["670 companies:"]),
    row("fewest participants apart from the 2020 forum", True, (2014,), must_not=["500"]),
    row("有几届分论坛超过20个", True, (2024, 2025), ["2"]),
    row("歷屆參會國家數排名", True, (2024, 2025)),
    # round 7 (red team 6): a fold over the editions a condition selects, every condition
    row(
        "what was the total attendance of the summits with 24 sub-forums",
        True,
        (2024, 2025),
        ["3400"],
        ["2023:"],
    ),
    row(
        "average sub-forums of editions with more than 120 countries",
        True,
        (2023, 2025),
        ["Among"],
        ["2014:"],
    ),
    row(
        "average attendance of the editions held in november with more than 18 sub-forums",
        True,
        (2018, 2022),
        ["Among 2018"],
        ["2017:", "2019:"],
    ),
    # the first (or first after a year) to hold a figure, worded "first hold/have"
    row("when did the wic first hold 19 sub-forums", True, (2018,), ["2018"], ["2014:"]),
    row(
        "first edition after 2019 to have more than 2000 participants",
        True,
        (2021,),
        ["from 2020"],
        ["2014 World", "1st World"],
    ),
    row("when was the first summit after 2017", True, (2018,), ["November 7"]),  # guard
    # a condition that would be dropped: declined, never the fold over every edition
    row(
        "how many sub-forums did the summits with over 2,000 participants have in total",
        False,
        None,
        [],
        ["210"],
    ),
    # round 7 (red team 5): a place among the editions a condition selects, never the
    # edition of that number
    row("what was the second summit to open in december", True, (2017,), ["4th"]),
    row("name the first two editions held in november", True, (2014, 2016), [], ["2nd World"]),
    row("the fifth edition held in november?", True, (2022,), ["2022"]),
    row("what was the third edition held in october", True, None, ["no 3rd"], ["3rd World"]),
    row("which was the second edition that opened on a sunday", True, (2019,), ["6th"]),
    row("the last two editions with exactly 20 sub-forums", True, (2021, 2023), [], ["2026 World"]),
    row("when was the second edition with 15 achievements", True, (2018,), ["5th"]),
    row("which was the third edition with a keynote by video", False, None, [], ["3rd World"]),
]

# 2. Time arithmetic on any dated fact
TIME = [
    row("how old is the wic", True, (2014,), ["12 years"]),
    row("how many years ago was the international organisation founded", True, None, ["4"]),
    row("how many days ago was the wic organization set up", True, None, ["1600"]),
    row(
        "how many summits have there been since it became an international organization",
        True,
        (2022, 2026),
        ["5"],
    ),
    row("世界互联网大会国际组织成立几年了", True, None, ["4年"]),
    row("how long ago did the 2020 forum start, in days", True, (2020,), ["2196"]),
    # round 4: a dated series fact as a point in the series: the first edition after it, the
    # days from it to an edition; "the first one after 2019" is the one right after 2019
    row("which summit came first after the organisation was founded", True, (2022,)),
    row(
        "was 2023 the first summit after it became an international organization",
        True,
        None,
        ["No —", "2022"],
    ),
    row(
        "how many days between the founding of the organisation and the 2023 summit",
        True,
        (2023,),
        ["484"],
    ),
    row("what was the first summit after 2019", True, (2020,), [], ["2015"]),
    # round 4: the opening ceremony's own weekday where it was not the first day
    row("which day of the week was the 2025 opening ceremony", True, (2025,), ["Friday"]),
    # round 4: "only online?" of a fact that says online and offline is a no
    row("was the 2021 summit held entirely online", True, (2021,), ["No —", "offline"]),
    # round 4: a claim about a dated series fact, and an edition against it
    row("the wic became an international organization in 2021, right?", True, None, ["No —"]),
    row("was the 2021 summit after the organisation was founded", True, (2021,), ["No —"]),
    row("was the 2023 summit held after the organisation was founded", True, (2023,), ["Yes"]),
    row("a decade ago, when was the wic held", True, (2016,), ["November 16"]),
    # round 4: elapsed time from the day asked (the closing day where the end is asked)
    row("how many days since the 2023 summit ended", True, (2023,), ["1114", "ended"]),
    row("how many days ago did the 2021 summit open", True, (2021,), ["1889"]),
    row("2024年峰会闭幕到现在多少天了", True, (2024,), ["736"]),
    row("which year was the last summit with an official number", True, (2019,)),
    row("how many years ago was the last numbered wic", True, (2019,), ["7 years"]),
    # round 7 (red team 5): an edition placed against one a description names, or N years
    # (editions) from one
    row("theme of the summit after the one themed on digital civilization?", True, (2022,)),
    row("who hosted the edition before the one with 126 countries", True, (2022,), ["2022"]),
    row("where was the wic held four years after the 1st one", True, (2018,), ["5th"]),
    row("dates of the edition two years before 2025", True, (2023,), ["November 8"]),
    row("what was the theme two editions after the 3rd wic", True, (2018,), ["Mutual Trust"]),
    row("which edition directly followed the 5th wic", True, (2019,), ["6th"]),
    row("the 2 editions before the 6th", False, None, [], ["4th World"]),  # guard: a set
    # red team 7: an anchor named by a selection ("the one in October")
    row(
        "what was the theme of the edition after the one in september",
        True,
        (2022,),
        ["Shared Digital Future"],
    ),
    # a count up to a day, a month or the middle of a year, and "as of"
    row("how many summits had taken place by 15 november 2018", True, None, ["5 of the 13"]),
    row("how many editions were held as of the end of october 2019", True, None, ["6 of"]),
    row("number of editions held by mid-2016?", True, None, ["2 of the 13"]),
    row("how many wics were there as of 2017", True, None, ["4 of the 13"]),
    row("截至2020年6月共举办了几届", True, None, ["6届"]),
    # a year left out of a selection or a count
    row("other than 2017, which editions were held in december", True, (2015,), ["Leaving out"]),
    row("excluding 2014, how many editions have been held?", True, None, ["12 of the 13"]),
    row("不算2015年，一共办了几届？", True, None, ["12届"]),
    row("which summits did not have 19 sub-forums", True, (2017, 2019), [], ["2018:", "2022:"]),
]

# 3. Meta questions: one fact's source, freshness, coverage, capabilities
META = [
    row("who reported the 2019 attendance", True, (2019,), ["Hangzhou News"]),
    row("where's the 2018 dates info from?", True, (2018,), ["SCIO"]),
    row("quote the source for the 2014 theme", True, (2014,), ["Zhejiang Online"]),
    row(("how many people came to the 2019 wic", "source?"), True, (2019,), ["Hangzhou News"]),
    row("how up to date are you", True, None, ["November 29"]),
    row("你的资料更新到什么时候", True, None, ["2026年11月29日"]),
    row("which years do you know about", True, None, ["13", "2014", "2026"]),
    # (session 16: what the bot can answer is the answer to "what can you do?", answered)
    row("what kinds of questions can I ask", True, None, ["I answer questions"]),
    row("你能回答哪些问题", True, None, ["主题"]),
    # round 7: which languages it answers in
    row("could I ask you in chinese?", True, None, ["English or Chinese"]),
    row("你能用英文回答吗", True, None, ["英文都可以问"]),
    row("can you answer in chinese?", True, None, ["English or Chinese"]),
    row("你的資料多久之前核對過", True, None, ["2026年11月29日"]),
]

# 4. Chat register: short years, pinyin, Cantonese, a story first
CHAT = [
    row("yo whens wic24 kicking off", True, (2024,), ["November 19"]),
    row("wuzhen22 attendance", True, (2022,), ["2100"]),
    row("wic 2018 zhuti", True, (2018,), ["Mutual Trust"]),
    row("wuzhen fenghui 2025 ji hao kaishi", True, (2025,), ["November 6"]),
    row("2021年峰會嘅主題係咩", True, (2021,), ["数字文明"]),
    row("世界互聯網大會喺邊度舉行", True, None, ["乌镇"]),
    row("sry dumb q 🙈 when was the 3rd one", True, (2016,), ["November"]),
    # round 4: chat shorthand ("n" for and, "w/" for with) and stretched greetings
    row("wic '16 where n when", True, (2016,), ["November 16"]),
    row("eyyy 2021 summit theme??", True, (2021,), ["Digital Civilization"]),
    # round 4: a story or an apology around the question; the question still answers
    row("sorry if this is dumb, my dad mentioned wuzhen: when did 2019's start", True, (2019,)),
    row("so my teacher grilled me on this and i froze 🙈 what was the 2015 theme", True, (2015,)),
    row("不好意思打扰一下，2022年峰会的主题是什么？", True, (2022,)),
    row("sorry, how many journalists came in 2019", False, None, [], ["Yes"]),  # guard
    # round 7: the answer in the language asked for, also of the question before
    row("the 2022 summit's theme in chinese?", True, (2022,), ["数字未来"]),
    row(("what was the 2019 theme", "in chinese pls"), True, (2019,), ["智能互联"]),
    row(("2017年是几号开幕的", "用英文说一下"), True, (2017,), ["December 3"]),
    # round 7: a follow-up naming another month asks the same selection of it
    row(("which editions were held in december", "and in october?"), True, (2019,), [], ["2015"]),
    row(("how many editions were held in november", "and in december?"), True, (2015, 2017)),
    # round 7: "any other one that…" besides the edition talked about, in the month asked
    row(
        ("which one opened on a sunday in september", "any other edition that opened on a sunday"),
        True,
        (2017, 2019),
        [],
        ["2021 World"],
    ),
    row("邊一屆博覽會最細？", True, (2020,), ["2020"]),
    # red team 6: a correction steps from the edition before the last turn; "and the
    # shortest?" after the longest gap is the shortest gap; a time between two moments is
    # never an edition's length
    row(
        ("dates of the 2016 wic", "and the next one?", "no, the one before"),
        True,
        (2015,),
        ["December 16"],
    ),
    row(
        ("which gap between editions was the longest?", "and the shortest?"),
        True,
        (2020, 2021),
        ["shortest gap"],
    ),
    row(
        "how many days from the 2022 summit's close to today", True, None, ["1478 days"], ["lasted"]
    ),
    # "every" over the calendar: yes only if none is left out; the month's editions as the
    # subject; a day before or after in any month of the year
    row("did every summit start on a weekday?", True, None, ["No —", "2017"]),
    row("were all october editions in odd years", True, (2019,), ["Yes"]),
    row(
        "was every edition held in the second half of the year",
        True,
        None,
        ["Yes"],
        ["Wuzhen, Tongxiang"],
    ),
    row("which editions opened before november 5", True, (2019, 2021), ["before November 5"]),
    row("which editions closed after december 1", True, (2015, 2017), [], ["2014 World"]),  # guard
    # an answer about none of the editions named by year is declined (not another's fact);
    # "how many years has it been held" is the series' span; a list of what the facts have
    # says that others may not be on record
    row(
        "did the 2017 expo have more exhibitors than the 2017 summit had countries?",
        False,
        None,
        [],
        ["2015"],
    ),
    row(
        "how many years has the world internet conference been held?",
        True,
        None,
        ["2014"],
        ["days ago"],
    ),
    row("which editions were held online and offline", True, (2020, 2021), ["not be on record"]),
    # the last (first) edition of a hosting arrangement; the last time a person did something
    row(
        "what was the last wic hosted by the cyberspace administration of china",
        True,
        (2021,),
        ["2021"],
        ["2026"],
    ),
    row("when was the last time xi spoke by video", True, (2024,), ["video"], ["2026 World"]),
    # red team 7: an ordinal word with a selection or a ranking is a place in it, never the
    # official number
    row("when was the second wic in november", True, (2016,), ["2nd of those"]),
    row("the 2nd edition with 20 sub-forums", True, (2019,), ["6th World"]),
    # (the third figure since the eleventh session: "second" and "third" gave 2023 both)
    row("which edition ranked third by countries", True, (2015, 2022), ["120", "Above them"]),
    row("which came first in its year: the 2018 or the 2022 summit?", True, None, ["7"]),  # guard
    # after fresh13's first run (own wording): "third?" after a ranking is its third place;
    # "the next one" after a count or a list is today's next; "count the editions held in
    # December" is a count; the first award in Chinese by its own words; the expo's dates
    row(("which edition had the most sub-forums", "third?"), True, None, ["3rd"]),
    row(("一共举办了多少届", "那下一届是什么时候"), True, None, ["2027"]),  # guard
    row("count the summits held in october", True, (2019,), ["1 of the 13"]),
    row("领先科技奖第一次颁发是在哪一年", True, (2023,), ["2023"], ["2016"]),
    # (since: the conference's dates, said to be the conference's and not the expo's)
    row("when did the 2019 expo run", True, (2019,), ["only for the conference", "conference was"]),
    # after fresh13 (own wording): English asked for after a Cantonese question; the English
    # full name asked in Chinese; where a date is from; a length claimed in Chinese; days
    # since an opening ceremony that was not the first day
    row("2019年嘅主題係咩？用英文答我", True, (2019,), ["Intelligent Interconnection"]),
    row("世界互聯網大會英文全名叫咩", True, None, ["World Internet Conference"]),
    row("where is your info on the 2024 opening from", True, (2024,), ["Source"]),
    row("2015年大会开了四天吗", True, (2015,), ["3天"], ["是的"]),
    row(
        "how many days ago was the 2024 opening ceremony",
        True,
        (2024,),
        ["opening ceremony", "November 20"],
    ),
    # red team 8: a part only some editions' facts name (the award, the blue books) is
    # unknown of the others, never their achievements; "was there a 2026 expo?" asks whether
    # that edition had one; an expo's way of being held only where its facts say it
    row("did the 2019 wic hand out any prizes", False, None, ["prize"], ["Yes"]),
    row("2018年有颁奖吗", False, None, ["奖"], ["是的"]),
    row("were the blue books released again in 2019", False, None, [], ["Yes"]),  # guard
    row("was the award given in 2023", True, (2023,), ["Yes", "Award"]),  # guard
    row("was there a 2024 expo?", False, None, ["2024"], ["Yes"]),
    row("was there a 2019 edition", True, (2019,), ["Yes"]),  # guard
    row("was the 2016 expo held online?", True, (2016,), ["310"], ["Yes"]),
    # red team 8: no edition opened on a day another was under way (not "none held");
    # two editions opening on the same day: neither earlier
    row("which edition started on december 4", False, None, ["under way", "December 3"]),
    row(
        "was the 2014 wic earlier in the year than 2024's",
        True,
        (2014, 2024),
        ["neither was earlier"],
        ["2014) was earlier", "Summit was earlier"],
    ),
    # red team 8: a figure said to be one reporter's gets no verdict on who said it; a count
    # after a full date; the editions of a span of years listed
    row("did china daily report 83 countries for 2019", True, (2019,), ["83"], ["Yes"]),
    row("how many editions were held after 2021-09-30", True, None, ["5 of the 13"]),
    row(
        "which editions took place before 2017",
        True,
        (2014, 2016),
        ["November 16"],
        ["2017 World", "4th"],
    ),
    # red team 8: Chinese dates in characters and parts of a month; a count of the editions
    # with something it cannot check is declined, never the count of all
    row("十一月八日开幕的是哪一届", True, (2023,), ["2023"], ["2014年"]),
    row("二〇二一年的主题是什么", True, (2021,), ["数字文明"]),
    row("哪几届在11月下旬开幕", True, (2020,), ["2020"], ["2014年"]),
    row("哪一届在12月中旬开幕", True, (2015,), ["2015"], ["2017年"]),
    row(
        "which editions opened between november 25 and november 31",
        True,
        None,
        ["No edition opened"],
        ["held in November"],
    ),
    # (counted by the keynote facts since the eleventh session: 5, never all 13)
    row("有几届习近平致了贺信", True, (2017, 2022), ["5"], ["13届"]),
    # red team 8: a two-digit year written with a month ("8 Nov 23", 23年11月8日)
    row("did the summit open on 8 Nov 23?", True, (2023,), ["Yes"]),
    row("23年11月8日开幕的是哪一届", True, (2023,), ["2023"], ["2014年"]),  # guard
    # red team 8: N years from an edition, in Chinese
    row("首届举办三年后是哪一届", True, (2017,), ["第四届"]),
    row("2015年之后的第三年举办的是哪一届", True, (2018,), ["2018"]),
    # red team 8: a range of numbered editions in Chinese (第二届到第四届)
    row("第二届到第四届一共有多少个分论坛", True, (2015, 2017), ["46"]),
    # red team 8: two kinds of figure in one comparison are declined, never one kind compared
    row(
        "were there more sub-forums in 2019 than achievements in 2018?",
        False,
        None,
        [],
        ["Yes", "No —"],
    ),
    # after fresh14's first run (own wording): the series' start claimed; an essay asked
    # for; a topic of a sub-forum; documents signed
    row("my friend says the wic began in 2016", True, None, ["No —", "2014"]),
    row("write my report about the 2018 wic please", False, None),  # guard
    row("was there a sub-forum on ai in 2024", False, (2024,), ["24", "topics"], ["Yes"]),
    row("how many countries signed the 2019 outcome documents", False, None, [], ["83"]),  # guard
    # pinyin: question words and figures (own wording)
    row("2017 nian fen luntan you duoshao ge", True, (2017,), ["20 sub-forums"]),
    row("zuishao fen luntan de shi na yi nian", True, (2020,), ["5 sub-forums"]),
    row("wuzhen fenghui 2021 canhui renshu duoshao", True, (2021,), ["2000"]),
    row("shijie hulianwang dahui 2016 nian shi shenme shihou", True, (2016,), ["November 16"]),
    # red team 7: "the most common" value, not the maximum; "a record at the time"
    row(
        "what's the most common number of sub-forums",
        True,
        (2017, 2023),
        ["20 sub-forums"],
        ["24 sub-forums"],
    ),
    row("most frequent length of an edition", True, None, ["3 days"], ["4 days"]),
    row("was the 2017 expo the biggest at the time", True, (2017,), ["Up to and including 2017"]),
    # red team 7: "in a row" is the longest run, not the count in all
    row("how many editions in a row opened on a wednesday", True, (2014, 2016), ["3 in a row"]),
    row("how many consecutive editions had 15 achievements", True, (2018, 2020), ["3 in a row"]),
    row("how many editions in a row had 20 sub-forums", True, None, ["Never two in a row"]),
    row("longest gap between two consecutive editions", True, (2021, 2022), ["409"]),  # guard
    # red team 7: a place in the list just answered ("the first of those", "the 2nd of these",
    # "the last one"), a turn later too
    row(
        ("which editions opened on a sunday", "the second of those - theme?"),
        True,
        (2019,),
        ["Intelligent"],
    ),
    row(
        (
            "which editions had 24 sub-forums",
            "the first of them: countries?",
            "and the 2nd of those?",
        ),
        True,
        (2025,),
        ["130"],
    ),
    row(
        ("which editions were held in december", "when was the last one"),
        True,
        (2017,),
        ["December 3"],
    ),
    # red team 7: "has it … every year since Y?" checks the claim of each edition since, never
    # "yes, it is annual"
    row(
        "has the wic been held in november every year since 2019",
        True,
        (2019, 2021),
        ["No —"],
        ["annual event"],
    ),
    row("has it lasted 3 days every year since 2015", True, (2020,), ["No —"], ["annual event"]),
    row("has it been held every year since 2014?", True, None, ["Yes", "annual"]),  # guard
    # a gap from an opening ceremony that was not the first day counts from the ceremony
    row(
        "how many days from the 2024 opening ceremony to the 2025 opening",
        True,
        (2024, 2025),
        ["351 days"],
    ),
    # round 7: "the three" after three one-edition turns, of the figure asked in the first
    row(
        (
            "how many countries came to the 2014 wic",
            "and 2015?",
            "and 2019?",
            "which of the three had the fewest?",
        ),
        True,
        (2019,),
        ["83"],
    ),
    row(
        ("which editions had 24 sub-forums", "and how many guests in total?"),
        True,
        (2024, 2025),
        ["3400"],
        ["18900"],
    ),
    row("did xi ever attend in person?", True, (2015,), ["2015"], ["2020", "online and offline"]),
    # red team 6: another figure of the edition whose theme is quoted, not the latest's
    row("when was the theme about shared benefits?", True, (2017,), ["December 3"]),
    row("how many sub-forums did the edition themed on mutual trust have", True, (2018,), ["19"]),
    row(
        # guard
        "hello! I keep reading about internet governance in the news. which year's theme "
        "mentioned digital civilization? thanks",
        True,
        (2021,),
        [],
        ["2015"],
    ),
    row("how many on-site guests did 2024 have", True, (2024,), ["1800"], ["was held in"]),
    row("what is the wic called in chinese", True, None, ["is called 世界互联网大会"]),  # guard
]

# 5. Named things and sub-figures in details
DETAILS = [
    row("what are some other names for the wic", True, None, ["Wuzhen Summit"]),
    row("source for the 2025 expo numbers", True, (2025,), ["China News Service"]),
    row("where is the 2026 keynote info from", True, (2026,), ["People's Daily"]),
    row("2016年习主席是以什么方式参加的", True, (2016,), ["视频"]),
    row("2021年刘鹤以什么方式出席", True, (2021,), ["视频"]),
    # round 4: "what was the expo called": the fact that names it, not the edition's name
    row("what was the 2016 expo called", True, (2016,), ["Light of the Internet"]),
    row("2017年首次发布的蓝皮书叫什么名字", True, (2017,), ["发展报告"]),
    row("what was the 2018 edition called", True, (2018,), ["5th World Internet Conference"]),
    row("2019年参会人数的出处是哪里", True, (2019,), ["出自"]),
    # round 7: a count of the companies from China, which no expo figure gives — but 2019's
    # gives the whole and those from abroad exactly, so the rest is their difference (round 28)
    row("how many Chinese companies were at the 2022 expo", False, (2022,), ["don't have"]),
    row("2019年博览会有多少家国内企业", True, (2019,), ["494", "减去境外107"]),
    # a detail's further figures (round 4): the kind asked, or "I don't have" — never the
    # detail's main count in its place
    row(
        "how many countries did the 2023 expo exhibitors come from", True, (2023,), ["47"]
    ),  # guard
    row("how many exhibitors came from abroad in 2019", True, (2019,), ["107"]),  # guard
    row("2019年博览会境外参展企业有几家", True, (2019,), ["107"]),  # guard
    row("2023年博览会的参展企业来自多少个国家", True, (2023,), ["47"]),
    row("how many foreign companies were at the 2025 expo", False, (2025,), ["don't have"]),
    row("did 20 countries exhibit at the 2016 expo", False, (2016,), [], ["Yes", "No —"]),
    row("did 38 countries exhibit in 2019", True, (2019,), ["Yes", "38"]),
    row("which expo drew exhibitors from the most countries", True, (2025,), ["54"]),
    row("how many issues did the 2016 forums cover", True, (2016,), ["20 issues"]),  # guard
    row("which year had 10 forums on 22 issues", True, (2015,)),  # guard: 10 counts forums
    # how someone took part: the keynote fact that names them, whatever verb asks it
    row("how did xi jinping join the 2024 summit", True, (2024,), ["video"]),
    row("how did liu he attend in 2021", True, (2021,), ["video"]),
    row("2023年习近平主席是如何参加的", True, (2023,), ["视频"]),
    row("how many people took part in 2016", True, (2016,), ["1600"], ["video"]),  # guard
    row("which years did xi jinping speak by video", True, (2016, 2023, 2024), [], ["2017"]),
    row("which year did huang kunming read out the letter", True, (2019,), [], ["2018"]),
]

# 6. Conversations
CONVERSATIONS = [
    row(
        ("which edition had the most countries", "and the smallest?"),
        True,
        (2020,),
        ["20 countries"],
        ["representatives"],
    ),
    row(("what was the theme of the 2021 summit", "sorry i meant 2022"), True, (2022,)),
    row(
        ("how many sub-forums did the 2024 summit have", "how many in total from 2021 to 2025"),
        True,
        (2021, 2025),
        ["107"],
    ),
    row(("how many sub-forums in 2021", "and the average?"), True, None, ["sub-forums"]),
    row(("when was the 2016 wic", "when is the next wic?"), True, None, ["2027"], ["2017"]),
    # guard (passed before too): without a verb of the present, "next" is after the one talked of
    row(("tell me about the 2016 wic", "and the next one?"), True, (2017,)),
]

CONVERSATIONS += [
    # round 4 (fresh6's kinds, our own wording): the talked-of fact carries on
    row(("when was the organisation set up", "where is it based"), True, None, ["Beijing"]),
    row(
        ("when was the organisation set up", "which summit came first after that"),
        True,
        (2022,),
        ["November 9"],
    ),
    row(
        ("how many exhibitors did the 2019 expo have", "how many of those were from abroad"),
        True,
        (2019,),
        ["107"],
    ),
    row("when was the summit first held online and offline", True, (2020,), [], ["2014"]),
    row("when was the first one held", True, (2014,), ["November 19"]),
    row("of the numbered editions, which had the most sub-forums", True, (2017, 2019), ["20"]),
    row("make up a quote from the 2024 keynote", False, None, [], ["Source"]),
    # ("the summit before 2022", singular: the one before it, 2021 — as "the edition before")
    row("who hosted the summit before 2022", True, (2021,), ["Cyberspace"], ["Beijing"]),
    row("乌镇属于嘉兴吗", True, None, ["是的"]),
    row("what years do u have data for", True, None, ["2014", "2026"]),
    row("wic2k24 theme", True, (2024,), ["AI-for-good"]),
    # round 4 (fresh7's wrong facts after its first run, our own wording)
    row("how many editions opened on a sunday", True, (2017, 2019, 2021), ["3 of"]),
    row(("which edition had the most sub-forums", "and leaving out 2024?"), True, (2025,)),
    row("the biggest gap between two consecutive summits", True, (2021, 2022), ["409"], ["4 days"]),
    row("rank the top internet companies", False, None, [], ["1."]),
    row("2019年乌镇的大会是几号开的", True, (2019,), ["10月20日"]),
    row("will more than 3000 people attend the 2027 summit", False, None, ["not been announced"]),
    row("will the 2027 summit be in november", True, None, ["not been announced"]),  # guard
    # round 4: "when did that change?" after who hosts it: the hosts over time
    row(
        ("who hosted the 2016 wic", "who hosts it now", "when did that change"),
        True,
        None,
        ["2022–"],
    ),
    # round 4: synonyms members use (period, convene, pick, gathering, grouped, covered)
    row("during what period was the 2021 summit held", True, (2021,), ["September 26"]),
    row("what theme did the 2019 gathering adopt", True, (2019,), ["Intelligent"]),
    row("how many issues were covered at the 2015 forums", True, (2015,), ["22"]),
    row("how many countries did the 2023 expo's exhibitors come from", True, (2023,), ["47"]),
    row(
        "was the 2015 wic co-hosted by the cyberspace administration of china",
        True,
        (2015,),
        ["Yes"],
    ),
    row("was the 2023 summit hosted by the zhejiang government", True, (2023,), [], ["Yes"]),
    # round 4: "now" is the present, not the edition talked about; "when did X" finds X
    row(("who hosted the 2017 wic", "and who hosts it now"), True, (2026,), ["organization"]),
    row(("2018年谁主办", "现在呢，现在由谁主办"), True, (2026,), ["国际组织"]),
    row("when did ma kai give the keynote", True, (2014,), [], ["Li Qiang"]),
    row("when did the wic become an international organisation", True, None, ["July 12"]),
    # round 4: a follow-up asking another figure of the same fact ("from abroad", "countries")
    row(
        ("how many exhibitors at the 2019 expo", "how many came from abroad"),
        True,
        (2019,),
        ["107"],
    ),
    row(("2019年博览会有多少家企业参展", "其中有多少家是境外的"), True, (2019,), ["107"]),
    row(
        ("who gave the keynote in 2023", "how many countries that year"), True, (2023,), ["126"]
    ),  # guard: the keynote has no countries; attendance does
]

META += [
    row("when was this last checked", True, None, ["November 29 2026"]),
    row("where's the 2019 theme from", True, (2019,), ["Source"]),
    # round 4: the source of a fact about the series itself
    row("source for the organisation's founding date", True, None, ["wicinternet.org"]),
]

# 7. Unknown is not false; a claim about several editions is checked on each
UNKNOWN = [
    row("did every summit from 2021 to 2025 have at least 19 sub-forums", True, None, ["Yes"]),
    row("did every summit from 2021 to 2025 have at least 20 sub-forums", True, None, ["No"]),
    row("were the first two WICs both in November?", True, None, must_not=["Yes"]),
    row("Did Tim Cook speak at WIC 2017?", False, None, must_not=["No —"]),  # guard
    row("Did Tim Cook give the keynote at the 2017 WIC?", False, None, must_not=["No —"]),  # guard
    # round 4: a name in lower case is a name, not typos ("time cool"); what the file says
    # of someone settles a yes, a video speech settles "in person?" as no
    row("did tim cook speak at wic 2017", False, (2017,), ["don't know"], ["Yes", "No —"]),
    row("was jack ma at the 2016 wic", False, (2016,), [], ["Yes", "No —"]),
    row("did xi jinping attend the 2015 opening ceremony", True, (2015,), ["Yes —"]),
    row("2015年习近平出席开幕式了吗", True, (2015,), ["是的"]),
    row("did xi attend the 2016 conference in person or not", True, (2016,), ["No —", "video"]),
    row("was xi physically at the 2024 summit", True, (2024,), ["No —", "video"]),
    row("did all editions have more than 50 countries", True, None, ["No", "2020"]),
    # round 4: a decline about one edition names it, so "unknown" says which edition
    row("how many journalists covered wic 2019", False, (2019,), ["don't know", "2019"]),
    row("was the 2018 wic free to attend", False, (2018,), ["don't know", "2018"]),
]

# 8. The series itself
SERIES = [
    row("is the wic held every year", True, None, ["Yes", "2014"]),
    row("世界互聯網大會係咪每年都舉辦", True, None, ["是的"]),
    row("乌镇峰会的别称是什么", True, None, ["乌镇峰会"]),
    # round 4: an edition's number by the year count is a qualified yes; the series' name with
    # the number claims the official ordinal, which that edition does not have
    row("is the 2025 summit the 12th", True, (2025,), ["Yes", "own year count"]),
    row("was 2020 the 7th world internet conference", True, (2020,), ["No —", "instead"]),
    row("2024年峰会是第十一届吗", True, (2024,), ["是的"]),
    # round 4: the series' town as the subject; what the town is
    row("is wuzhen located in jiaxing", True, None, ["Yes —"]),
    row("is wuzhen in shanghai", True, None, ["No —"]),
    row("乌镇在嘉兴吗", True, None, ["是的"]),
    row("大会是在上海举办的吗", True, None, ["不是"]),
    row("is the wic organisation headquartered in wuzhen", True, None, ["No —", "Beijing"]),
    row("what kind of place is wuzhen", True, None, ["water town", "Jiaxing"]),
    row("2018年乌镇的大会是哪天", True, (2018,), ["11月7日"]),  # the edition, not the town
]

# 9. Traditional Chinese in full
TRADITIONAL = [
    row("主辦單位是誰", True, None, ["浙江省"]),
    row("哪些屆分論壇超過20", True, (2024, 2025)),
    row("2018年發佈咗幾多項領先科技成果", True, (2018,), ["15"]),
    row("2023年有幾多個國家同地區參加", True, (2023,), ["126"]),
]

AGGREGATES += [
    # round 4: "the first/last N" as a selection, in both languages; "per summit" is no event
    row(
        "how many sub-forums did the first two summits have in total",
        True,
        (2014, 2015),
        ["23"],
        ["210"],
    ),
    # (2026 has no figure: no total of the three, though the two's is given — session 14)
    row("total attendance of the last three summits", False, (2024, 2025), ["3400", "2026"]),
    row("前三届一共有多少人参加", True, (2014, 2015, 2016), ["4600"]),
    row("average sub-forums per summit between 2021 and 2024", True, (2022, 2023), ["20.75"]),
]

AGGREGATES += [
    # round 4: "did any edition…?": yes with those that did; otherwise the reported figures
    row("did any summit have more than 22 sub-forums", True, (2024, 2025), ["Yes", "24"]),
    row(
        "did any summit have more than 30 sub-forums",
        True,
        None,
        ["I don't know", "None of the editions with a figure", "2026"],
        ["Yes", "No —"],
    ),
    row("what's the average attendance", True, None, ["1575"]),
    row("how many summits did huang kunming speak at", True, (2018, 2019), ["2 "]),
    # round 4: "how many times did X…" counts the editions whose facts say it of X
    row("how many times did li shulei give the keynote", True, (2022, 2023, 2025), ["3 "]),
    row("how many times did huang kunming give the keynote", True, (2018,), ["1 "], ["2019"]),
    row("how many times did xi jinping address it by video", True, (2016, 2023, 2024), ["3 "]),
    row("how many expos had more than 550 exhibitors", True, (2019, 2023, 2025), ["3 of"]),
    # round 4: a length in Chinese days as a filter (哪几届 asks which, 有几届 how many)
    row("哪几届开了三天", True, (2014, 2023), ["2014"]),
    row("有几届只开了两天", True, (2020,), ["1"]),
    # round 4: "the 1st to the 6th" selects every edition between
    row("which of the 1st to the 6th had the most countries", True, (2015,), ["120"]),
    row("total sub-forums of the 2nd through the 4th", True, (2015, 2016, 2017), ["46"]),
    # round 4: a length as a filter; growth as a difference; 不算 excludes; ending/starting
    row("which edition lasted just two days", True, (2020,), ["2 days"]),
    row("how much did the expo grow from 2016 to 2019", True, (2016, 2019), ["291"]),
    row("不算2020年，哪一届博览会参展企业最少", True, None, [], ["2020"]),
    row(
        "days between the 2022 summit ending and the 2023 one starting", True, (2022, 2023), ["362"]
    ),
]

AGGREGATES += [
    # round 5: years listed or ranged after "over"/"from" select editions ("attendance from"
    # before a year is no source question)
    row("sum of attendance from 2016 through 2019", True, (2016, 2017, 2018, 2019), ["6100"]),
    row("average attendance over 2014-2025", True, None, ["1575"]),
    row("average expo companies over 2022, 2023 and 2025", True, (2022, 2023, 2025), ["550"]),
]

CLAIMS = [
    # round 5: a statement put to the bot is checked like a question
    row("the 2nd wic was held in november 2015", True, (2015,), ["No", "December"]),
    row("the 2021 summit was online and offline?", True, (2021,), ["Yes"]),
    row("the first wic was in 2015", True, None, ["No", "2014"]),
    # round 7 (red team 5): an inclusive bound on days, written in words or in Chinese
    row("did the 2016 wic run for at most three days?", True, (2016,), ["Yes", "3 days"]),
    row("did the 2025 summit go on for at least four days", True, (2025,), ["Yes"]),
    row("was the 2018 one no more than two days long?", True, (2018,), ["No", "3 days"]),
    row("which summits ran for no more than three days", True, (2020, 2021), [], ["2024:"]),
    row("2020年论坛最多开两天吗", True, (2020,), ["是的"]),
    # a place the facts imply, deny or cannot settle
    row("was the 2016 wic in mainland china", True, (2016,), ["Yes"]),
    row("did the 2022 summit take place overseas?", True, (2022,), ["No", "Wuzhen"]),
    row("2021年峰会是在国外举行的吗", True, (2021,), ["不是"]),
    row("was the 2015 wic held in a rural county?", True, (2015,), ["Wuzhen"], ["Yes", "No"]),
    row("did the 2016 one happen in Zhenjiang", True, (2016,), ["Wuzhen"], ["Yes"]),
    row("did the 2019 expo have companies from abroad", True, (2019,), ["Yes"]),  # guard
    # a dated series fact checked to the month and day claimed
    row("the organisation was set up in may 2022, right?", True, None, ["No", "July 12"]),
    row("was the wic organization founded in july 2022", True, None, ["Yes"]),  # guard
    # red team 6: its month, season, weekday or years claimed without a year; during an
    # edition, or before a year (not an edition)
    row("did the wic organisation get founded in july?", True, None, ["Yes"]),
    row("was the organisation set up in the autumn", True, None, ["No —", "July 12"]),
    row("was the wic organization established on a weekend", True, None, ["No —"]),
    row("was the organisation founded during the 2022 summit?", True, (2022,), ["No —"]),
    row("was the wic organisation founded before 2022", True, None, ["No —"]),
    row("国际组织是在2022年峰会期间成立的吗", True, (2022,), ["不是"]),
    # red team 6: "in person?" of someone who read a letter out (there), or whose way of
    # taking part is not given: the fact, no "No"
    row("was ma kai at the 2014 wic in person", True, (2014,), ["Ma Kai"], ["No —"]),
    row("did li shulei attend the 2023 summit in person?", True, (2023,), [], ["No —"]),  # guard
    row("did xi attend the 2016 wic in person?", True, (2016,), ["No —", "video"]),  # guard
    # which editions did NOT have it: the others, said as "no record"
    row("which summits had no keynote on record", True, (2020,), ["No record"]),
    row(
        "which editions did wang huning not give the keynote at",
        True,
        (2014, 2018),
        ["No record"],
        ["2017 World", "4th World"],
    ),
    row("哪几届没有博览会", True, (2014, 2024), ["没有这方面的记录"]),
    # a theme word claimed in another of its forms, and "future" as a word of a theme
    row("was the 2016 theme about benefits?", True, (2016,), ["Yes"]),
    row("was 2018's theme about governing cyberspace", True, (2018,), ["Yes"]),
    row("was the 2021 theme about empowering people?", True, (2021,), [], ["Yes"]),
    row("was the 2019 theme about forging the future", True, (2019,), [], ["2027", "2026"]),
    # a figure claimed together with a keynote or a theme: the figure, never a yes on it alone
    # (each part judged since the eleventh session: "No — not all of that holds")
    row(
        "did 2017 have 20 sub-forums and a keynote by Huang Kunming?",
        True,
        (2017,),
        ["not all"],
        ["both parts"],
    ),
    row(
        "2016 had 16 forums and a theme about digital civilization, right?",
        True,
        (2016,),
        ["not all"],
        ["both parts"],
    ),
    row("2017年大会有20个分论坛，主旨演讲是黄坤明吗？", True, (2017,), [], ["是的"]),
    # "83" is a count, never a text face ("8)")
    row("which editions had at most 83 countries and regions", True, (2019,), ["83"], ["2021"]),
    row("did the 2019 expo have 601 companies from 83 countries?", True, (2019,), [], ["Yes"]),
    # round 7: a first claimed of a year, by the fact marked first (not the 1st edition)
    row("was 2018 the first edition to release achievements", True, (2016,), ["No", "2016"]),
    row("was the 2015 one the first to have the expo?", True, (2015,), ["Yes"]),  # guard
    # where it was founded is not on record (its seat is): no "no"
    row("was the wic organisation set up in shanghai", True, None, ["Beijing"], ["No"]),
    row("is the organisation headquartered in hangzhou", True, None, ["No", "Beijing"]),  # guard
    # the expo's own length, dates against the forum's: not the conference's
    row("how many days did the 2016 expo last", True, (2016,), ["only for the conference"]),
    row("2020年博览会比论坛早开一天吗", True, (2020,), [], ["不是"]),
    # the editions before (or since) a dated series fact, listed; "July or August", not "and"
    row(
        "list the summits held before the wic became an international org",
        True,
        (2014, 2021),
        ["8 editions"],
        ["2022 World"],
    ),
    row("国际组织成立之后举办了哪几届", True, (2022, 2026), ["5届"]),
    row("was any edition held in june or july", True, None, ["June or July"]),
    # what a letter or speech said, and the building: not on record
    row("what did the 2017 congratulatory letter say?", False, (2017,)),
    row("which building hosts the summit", False, None, [], ["is held in"]),
    row(
        (
            "when did the wic become an international organisation",
            "which summit was its first annual meeting",
            "how many days after that did that summit open",
        ),
        True,
        (2022,),
        ["120"],
    ),
]

AGGREGATES += [
    # round 5: the first N of a ranking ("top 3", "the three biggest", "which 2 … fewest")
    row("top 3 editions by attendance", True, (2022, 2015, 2021), ["1. 2022"], ["2024"]),
    row("the three biggest expos", True, (2025, 2019, 2023), ["670"], ["2022"]),
    row("which 2 editions had the fewest sub-forums", True, (2020, 2015), ["5 sub"], ["2016"]),
    row("top 5 by countries", True, (2024, 2025, 2023), ["countries"], ["participants"]),
    # round 5: a total or mean of "days" is of the editions' lengths
    row("total number of conference days 2014-2025", True, None, ["37 days"]),
    # round 5: sci-tech, 数量, summed: words of the question, not of another event
    row("how many leading sci-tech achievements were released in 2016", True, (2016,), ["15"]),
    row("2022年展商数量", True, (2022,), ["400"]),
    row("countries and regions of 2019, 2020 and 2021 summed", True, None, ["199"]),
]

TIME += [
    # round 5: the weekday of a dated series fact; "the first year X happened" is X's first
    row("what weekday was the WIC international organization founded", True, None, ["Tuesday"]),
    row("世界互联网大会国际组织成立那天是星期几", True, None, ["星期二"]),
    row("first year the leading sci-tech achievements were released", True, (2016,), ["2016"]),
    row("what was the theme in the first year", True, (2014,), ["Interconnected"]),
    row("2014年到而家幾多年", True, (2014,), ["12"]),
]

CLAIMS += [
    # round 5: "over" before a figure compares (it is no "when was it over"), and a
    # four-digit figure after it is a count, not a year
    row("was attendance over 2000 in 2015", True, (2015,), ["Yes", "2000"]),
    # "more than 1,600" (an English source) may have passed 2,000: left open, never ruled out
    row("which editions had over 2000 guests", True, (2015, 2021, 2022), ["2100", "open"]),
    row("did the 2018 wic have over 100 countries", True, (2018,), ["No", "76"]),
    # "nearly"/"almost" a figure the report bounds otherwise: no verdict either way
    row("did nearly 2000 people attend in 2016", True, (2016,), ["1600"], ["Yes", "No —"]),
]

SERIES += [
    # round 5: a Q&A item's exact phrasings (names alone) match word for word, never loosely
    row("what is wuzhen", True, None, ["Jiaxing"]),
    row("where is wuzhen exactly", True, None, ["Jiaxing"]),
    row("乌镇在哪里", True, None, ["嘉兴"]),
    row("乌镇係咩地方？", True, None, ["嘉兴"]),
    row("tell me about the 2022 wuzhen summit", True, (2022,), ["2022"], ["water town"]),
    row("2018年乌镇的大会是哪天", True, (2018,), ["11月7日"], ["水乡"]),
]

AGGREGATES += [
    # round 5: the rest of the algebra — median, spread, share, a range filter, a ratio and
    # a per cent change, a place in a ranking in Chinese
    row("median number of sub-forums", True, None, ["19.5"]),
    row("what is the median attendance", True, None, ["1600", "roughly"]),
    row("range of sub-forum counts", True, (2024, 2025, 2020), ["19 sub-forums"]),
    row("difference between the highest and the lowest attendance", True, (2022, 2020), ["1600"]),
    row("what share of the summits had more than 20 sub-forums", True, (2024, 2025), ["15.4%"]),
    row("what percentage of editions were held in november", True, None, ["69.2%"]),
    row("有百分之几的届次在12月举办", True, (2015, 2017), ["15.4%"]),
    row("editions with between 16 and 19 sub-forums", True, (2016, 2018, 2022), [], ["2017"]),
    row("how many editions had between 1500 and 2000 guests", True, None, ["2 of", "open"]),
    row("by what percent did the expo grow from 2016 to 2019", True, (2016, 2019), ["93.9%"]),
    row("2025年参展企业是2015年的几倍", True, (2025, 2015), ["2.6倍"]),
    row("哪一届的参展企业数排第二", True, (2019,), ["601"]),
    row("what is the median number of exhibitors", True, None, ["at least 400"]),
    row("rank the best chinese tech companies", False),
]

TIME += [
    # round 5: the weekend, of the opening day, the closing day or any day; the gaps between
    # consecutive editions ranked (never the editions' own lengths)
    row("which edition ended on a weekend", True, (2025,), ["2025"], ["2024"]),
    row("which editions were held over a weekend", True, (2017, 2019, 2021, 2025), [], ["2016"]),
    row("was the 2016 conference held over a weekend", True, (2016,), ["No", "Wednesday"]),
    row("2021年峰会是在周末开幕的吗", True, (2021,), ["是的", "星期日"]),
    row("how many editions were held over a weekend", True, None, ["4 of"]),
    row("was the 2026 summit over a weekend", True, (2026,), ["closing date"], ["Yes —", "No —"]),
    row(
        "longest gap between the starts of two consecutive editions",
        True,
        (2021, 2022),
        ["409 days"],
    ),
    row("哪两届之间相隔最短", True, (2020, 2021), ["307"]),
]

CONVERSATIONS += [
    # round 5: "those two" are the last answer's editions; a range after a total repeats the
    # total; "was that the longest?" is a verdict on the edition talked about; a record is
    # against the editions up to it
    row(
        ("which editions had more than 600 expo companies", "how many in total across those two"),
        True,
        (2019, 2025),
        ["1271"],
        ["258"],
    ),
    row(
        ("total attendance for the first three editions", "and for 2023-2025?"),
        True,
        (2023, 2024, 2025),
        ["5200"],
    ),
    row(
        ("how many days did wic 2016 last", "was that the longest ever?"),
        True,
        (2016,),
        ["No —", "4 days"],
    ),
    row(
        "did the 2023 summit set a record for countries?",
        True,
        (2023,),
        ["126", "Up to and including 2023"],
        ["No —"],
    ),
]

AGGREGATES += [
    # round 5: each figure against a reference — another edition's figure ("than 2016", "as
    # many as 2019", "twice as many as 2015") or the mean ("above average", 高于平均)
    row(
        "which editions had more sub-forums than 2016",
        True,
        (2017, 2024),
        ["16 forums"],
        ["2016 sub-forums", "2,016"],
    ),
    row(
        "which editions had the same number of sub-forums as 2019",
        True,
        (2017, 2021, 2023),
        [],
        ["2024"],
    ),
    row(
        "which edition had twice as many exhibitors as 2015", True, (2019, 2025), ["258"], ["2016:"]
    ),
    row("how many editions had as many sub-forums as 2021", True, None, ["3 of"]),
    row("which summits had more sub-forums than average", True, (2017, 2024), ["17.5"], ["2016:"]),
    row("哪几届参会人数高于平均", True, (2015, 2022), ["1575"]),
    row("2019年的分论坛比平均多吗", True, (2019,), ["是的", "17.5"]),
    row("was 2019 attendance above average", True, (2019,), ["1575"], ["Yes —", "No —"]),
    row("did 2016 have more guests than 2015", True, (2016, 2015), ["No —"]),
]

TIME += [
    # round 5: the latest (or first) edition of a month is among those held in it
    row("when was the last time it was held in december", True, (2017,), ["December 3"], ["2026"]),
    row("when was the first edition held in september", True, (2021,), ["September"]),
    row("最近一次在12月举办的是哪一届", True, (2017,), ["2017"]),
]

DETAILS += [
    # round 5: what an edition had for the first time; "when did X happen for the first
    # time" is X's first edition; "the first theme" is the 1st edition's
    row("what happened for the first time in 2023", True, (2023,), ["Commemorative"]),
    row("2023年大会首次颁发了什么", True, (2023,), ["十年纪念荣誉"]),
    row("what was new at the 2016 summit", True, (2016,), ["achievements"]),
    row("when did the expo happen for the first time", True, (2015,), ["2015"]),
    row("what was the first theme", True, (2014,), ["Interconnected"]),
]

META += [
    # round 5: a Q&A item about one edition is no answer to a question naming none
    row("who made you", False, None, [], ["1st World"]),
    row("距离上一届大会过去多久了", True, (2026,), ["25"]),
]

UNKNOWN += [
    # round 5: a company or person the facts do not record, named in a question, is no
    # question about the expo itself (华为 once 为 is read as a particle)
    row("华为在博览会上展示了什么", False),
    row("华为参加了2023年的博览会吗", False, None, [], ["是的"]),
    row("did huawei exhibit in 2023", False),
    row("2023年博览会有多少家企业参展", True, (2023,), ["580"]),
]

AGGREGATES += [
    # round 5: "other than 15" (not "other than" a place), "as many … as in 2017", "the
    # first ever", "did NOT start on a Wednesday" (of the numbered ones), the latest edition
    # of a weekday, a bracketed aside that only locates an edition
    row(
        "in which years was the achievements count something other than 15?",
        True,
        (2017, 2025),
        ["18"],
        ["2016:"],
    ),
    row(
        "in which editions did exhibitors come from more than three times as many countries "
        "as in 2017",
        True,
        (2023, 2025),
        ["13"],
    ),
    row("the first ever wic - dates?", True, (2014,), ["November 19"], ["2026"]),
    row(
        "which of the numbered WICs did NOT start on a wednesday",
        True,
        (2017, 2019),
        [],
        ["2014", "2021"],
    ),
    row(
        "what's the last time the conference ended on a Friday?",
        True,
        (2024,),
        ["Friday"],
        ["2026"],
    ),
    row("what year-count is the 2021 summit (the year after the forum)?", True, (2021,), ["8th"]),
    row("Who hosted (as MC) the 2022 opening ceremony?", False),
]

AGGREGATES += [
    # round 5: each edition against the one before it; a named edition against its
    # neighbour is the one claimed of ("was 2016 bigger than the year before?" is no)
    row(
        "in how many editions did attendance go UP compared with the previous year?",
        True,
        (2015, 2021),
        ["2 of"],
    ),
    row(
        "last time the number of sub-forums dropped compared with the year before",
        True,
        (2022,),
        ["19 sub"],
        ["2026"],
    ),
    row("哪几届的分论坛比上一届少", True, (2015, 2018, 2020, 2022), ["上一届"]),
    row(
        "did attendance in 2015 go up compared with the year before", True, (2015, 2014), ["Yes —"]
    ),
    row("was 2016 bigger than the year before", True, (2016, 2015), ["No —"], ["Yes —"]),
    row("was the 2019 expo bigger than the next one", True, (2019, 2020), ["Yes —"]),
]

CONVERSATIONS += [
    # round 5: a follow-up naming only an edition asks the figure carried over
    row(
        ("which edition had the biggest expo", "and the smallest?", "how many were there in 2024?"),
        False,
        (2024,),
        ["Expo"],
        ["November 19"],
    ),
]

AGGREGATES += [
    # round 5: conditions on two figures, all of them held; "2000+" is at least 2,000
    row(
        "editions with 2000+ attendees AND at least 20 sub-forums?",
        True,
        (2021,),
        ["2021:"],
        ["2020:"],
    ),
    row(
        "which editions had at least 1800 guests but fewer than 20 sub-forums",
        True,
        (2015, 2022),
        ["10 forums"],
        ["2023:"],
    ),
    row("参会人数超过1800且分论坛至少20场的有哪几届", True, (2021, 2023, 2024), ["至少20"]),
    row(
        "editions with 2000+ attendees",
        True,
        (2015, 2021, 2022),
        ["at least 2000"],
        ["no WIC in 2000"],
    ),
    row("参会人数2000+的有哪几届", True, (2015, 2021, 2022), ["至少2000"]),
]

CONVERSATIONS += [
    # round 5: "above that" after an average (or a median) is against it; alone, it asks
    row(
        ("average attendance 2014-2025?", "how many editions were above that"),
        True,
        None,
        ["7 of", "1575"],
    ),
    row(
        ("what is the median attendance", "which editions were above that"),
        True,
        (2015, 2022),
        ["median"],
    ),
    row("how many editions were above that", False),
]

AGGREGATES += [
    # round 5: a computed figure to two decimals (3.08, never 3.1 standing for 37/12); "ignore
    # 2014 and 2020", "the whole thing", "including this year's", "recorded" read
    row("average number of days per edition 2014-2025", True, None, ["3.08"]),
    row(
        "ignore 2014 and 2020 - what's the average attendance of the rest",
        True,
        (2015, 2025),
        ["1740"],
        ["2014:", "2020:"],
    ),
    row("sum of all recorded achievements", True, None, ["125"]),
    row("is it an annual event", True, None, ["annual", "2014"], ["organization"]),
    row("did any heads of state attend in 2019?", False),
]

DETAILS += [
    # round 5: a further figure asked without its fact (议题, sections) is of the one fact
    # that has it
    row("2015年的论坛有多少个议题", True, (2015,), ["22"]),
    row("第二屆大會有幾多個議題？", True, (2015,), ["22"]),
    row("2019年分论坛分成几大板块", True, (2019,), ["4大板块"]),
    row("how many issues in 2016", True, (2016,), ["20 issues"]),
    row("how many issues were on the agenda in 2017", False, (2017,), ["issues"]),
]

AGGREGATES += [
    # round 5: a statement put with an edition first ("2025 had 24 sub-forums?"); "vs the
    # all-time average" says which side; a superlative among the editions a filter selects
    row("2025 had 24 sub-forums?", True, (2025,), ["Yes —"]),
    row("2018 had 30 sub-forums", True, (2018,), ["No —", "19"]),
    row(
        "2014's sub-forums vs the all-time average - above or below?",
        True,
        (2014,),
        ["below", "17.5"],
    ),
    row("was the 2019 expo over the overall average", True, (2019,), ["Yes —", "601"]),
    row(
        "of the editions with an above-average number of sub-forums, which had the lowest "
        "attendance?",
        True,
        (2017,),
        ["Among"],
        ["2020:", "(2020)"],
    ),
    row(
        "of the summits with more than 500 exhibitors, which had the most countries?",
        True,
        (2025,),
        ["130"],
    ),
]

TIME += [
    # round 5: "how many days have passed since", 从哪年开始, 一年一届, "closest together",
    # total days with an end-date wording; Cantonese 定係/多啲
    row("how many days have passed since the first WIC opened?", True, (2014,), ["4392"]),
    row("世界互联网大会从哪年开始办的", True, (2014,), ["2014"], ["2026年11月3日"]),
    row("世界互联网大会是一年一届吗", True, None, ["是的"]),
    row(
        "which two consecutive editions were closest together (start dates)?",
        True,
        (2020, 2021),
        ["307"],
        ["participants"],
    ),
    row("total days across all editions with a known end date", True, None, ["37 days"]),
    row("2017年定係2018年參展企業多啲？", True, (2017, 2018), ["430"]),
]

DETAILS += [
    # round 5: the themes searched for words (quoted, or the word they "mention"); X
    # "instead of" Y searches X; of one named edition, yes or no (an abbreviation not found
    # gives the theme without a no)
    row("which edition's theme mentions AI explicitly", True, (2024,), ["AI-for-good"]),
    row(
        'Which themes used the word "intelligent" or "intelligence"?',
        True,
        (2019, 2025),
        [],
        ["2024:"],
    ),
    row(
        'how many themes (2014-2025) contain the phrase "Community with a Shared Future"?',
        True,
        (2018, 2025),
        ["8 of the 12"],
    ),
    row(
        'first year whose theme said "Community with a Shared Future" instead of "Community of '
        'Common Future"?',
        True,
        (2018,),
        ["2018"],
        ["2015"],
    ),
    row("哪些主题包含“数字”", True, (2017, 2024), ["数字"]),
    row("did the 2024 theme mention AI", True, (2024,), ["Yes —"]),
    row("did the 2019 theme mention AI", True, (2019,), ["Intelligent"], ["No —", "Yes —"]),
    row("which themes mention huawei", True, None, ["No theme"]),
]

DETAILS += [
    # round 5: a further figure as a share of the main one; 多少场论坛; a count of the numbered
    row("what percentage of the 2019 exhibitors came from abroad", True, (2019,), ["17.8%"]),
    row("2019年境外参展企业占比大概多少", True, (2019,), ["17.8%"]),
    row("2014到2019年六届大会一共举办了多少场论坛", True, None, ["98"]),
    row("第二届有几场论坛", True, (2015,), ["10场"]),
    row("how many editions carried an official ordinal number", True, (2014, 2019), ["6 of"]),
]

CONVERSATIONS += [
    # round 5: "was that more than 2016?" compares the edition talked about with 2016 on the
    # same figure; 兩年差幾多 compares the two talked about; "the two" after more is asked
    row(
        (
            "how many guests came to wic 2016",
            "sorry, i meant 2015",
            "and how many countries was that",
            "was that more than 2016?",
        ),
        True,
        (2015, 2016),
        ["120", "110"],
    ),
    row(
        ("2023年烏鎮峰會有幾多間企業參展？", "咁2025年呢？", "兩年差幾多間？"),
        True,
        (2023, 2025),
        ["670", "580"],
    ),
    row(
        (
            "total attendance for the first three editions",
            "and for 2023-2025?",
            "difference between the two",
        ),
        False,
    ),
]

AGGREGATES += [
    # round 5 (after fresh8's first run): the first/last edition a filter selects; a plain
    # figure read as the reports word it ("400 exhibitors": the two "more than 400"); a range
    # of days of a month; the editions one host held; "which of those…"; "(where known)"
    row("first edition with more than 125 countries and regions", True, (2023,), ["126"]),
    row("first expo with over 600 exhibitors", True, (2019,), ["601"]),
    row("The first WIC drew over 2,000 people, right?", True, (2014,), ["No —"]),
    row("which editions had 400 exhibitors", True, (2017, 2022), ["2017"]),
    row("which editions had 1500 as their attendance figure", True, (2017, 2018, 2019), []),
    row(
        "which editions started between the 1st and the 15th of november",
        True,
        (2018, 2022, 2023, 2025),
        ["November 15"],
        ["2014", "2024"],
    ),
    row("2024年係咪11月19號到22號？", True, (2024,), ["是的"]),
    row(
        "average attendance of the summits hosted by the wic organisation",
        True,
        (2022, 2025),
        ["1825"],
        ["2015:"],
    ),
    row(
        "total sub-forums of the editions hosted by the international organization",
        True,
        (2022, 2025),
        ["87"],
    ),
    row(
        "average number of achievements per edition (where known)",
        True,
        None,
        ["15.625"],
        ["Wuzhen, Tongxiang"],
    ),
    row(
        "among editions that opened on a wednesday, which had the biggest expo",
        True,
        (2023,),
        ["580"],
        ["670"],
    ),
    row(
        "of the editions NOT in november, which had the most sub-forums",
        True,
        (2017, 2021),
        ["20 sub"],
        ["24"],
    ),
    row(
        (
            "which editions were not in november",
            "which of those had the most attendees",
            "and the fewest?",
        ),
        True,
        (2017, 2019),
        ["1500"],
    ),
    row(
        (
            "sum of sub-forums from 2021 to 2025",
            "and the average",
            "which of those years had the fewest",
        ),
        True,
        (2022,),
        ["19"],
    ),
    row("有哪几届的领先科技成果不是15项（有数据的）", True, (2017, 2025), ["18"], ["2016年"]),
]

DETAILS += [
    # round 5 (after fresh8): of several firsts of one kind, the one the question names; the
    # names of exhibitors are not held; a closing speech is not the keynote; a further
    # figure's share carried to the next edition; "was it the last numbered one?"
    row(
        "when was the WIC Leading Technology Award given for the first time",
        True,
        (2023,),
        ["Leading Technology Award"],
    ),
    row("when were the leading achievements first released", True, (2016,), ["2016"]),
    row("list the companies at the light of the internet expo 2023", False),
    row("What reports were released at the 2017 conference?", True, (2017,), ["blue books"]),
    row("who gave the closing speech in 2023", False, None, [], ["Li Shulei"]),
    row(
        (
            "how many exhibitors came from abroad in 2019",
            "what share of all exhibitors is that",
            "same for 2023?",
        ),
        False,
        (2023,),
        ["from abroad"],
        ["107"],
    ),
    row(
        ("how many sub-forums in 2019", "and how were the 2021 ones grouped?"),
        False,
        (2021,),
        ["sections"],
    ),
    row(
        ("what was the theme of the 2019 wic", "was it the last numbered one?"),
        True,
        (2019,),
        ["Yes —", "6th"],
    ),
]

AGGREGATES += [
    # round 5 (after fresh8): "20 or more"/"16 or fewer"; a selection by month or weekday
    # for a total or a mean; one figure per another of an edition; "about 2000" a figure;
    # "what about 2019" still the year; "than 2018 is that" compares the one talked about
    row("which editions had 20 or more sub-forums", True, (2017, 2024), ["at least 20"]),
    row(
        "which editions had 16 or fewer sub-forums",
        True,
        (2014, 2015, 2016, 2020),
        ["at most 16"],
        ["2017:"],
    ),
    row("average attendance of the december editions", True, (2015, 2017), ["1750"], ["2014:"]),
    row(
        "total attendance of the editions that started on a sunday",
        True,
        (2017, 2019, 2021),
        ["5000"],
    ),
    row("attendees per sub-forum in 2021", True, (2021,), ["100"]),
    row("in 2022, how many attendees per country/region on average", True, (2022,), ["17.5"]),
    row("2023 expo: companies per exhibiting country?", True, (2023,), ["12.34"]),
    row("average attendance per edition", True, None, ["1575"]),
    row("did about 2000 people attend wic 2018", True, (2018,), ["No —", "1500"]),
    row(("who gave the keynote in 2017", "what about 2019"), True, (2019,), ["Huang"]),
    row(
        (
            "expo size in 2018?",
            "and the biggest expo ever?",
            "how many more exhibitors than 2018 is that",
        ),
        True,
        (2025, 2018),
        ["240"],
    ),
]

SERIES += [
    # round 5: "every year since 2014?" is its frequency; "any … on a weekend?" a yes with the
    # day; the area asked named where the town lies in it
    row("has wic been held every year since 2014", True, None, ["Yes —", "2014"]),
    row("did any edition end on a weekend?", True, (2025,), ["Yes —", "Sunday"]),
    row("is wuzhen in jiaxing", True, None, ["Yes —", "Jiaxing"]),
]

AGGREGATES += [
    # round 5 (after fresh10's first run): comparatives as comparators ("longer than three
    # days"), "the three editions…" no figure, Chinese weekdays (星期日, 周三), the closing
    # day's weekday, "leaving 2020 out", "apart from 2024 and 2025, which … most", "2020's"
    # and "how many times" as a ratio, themes NOT containing a word, a selection by the
    # reported numbers, "why" of a plain fact unknown, a keynote the file does not name
    row("which editions lasted longer than three days", True, (2024, 2025), ["4 days"], ["2014:"]),
    row("邊幾屆係星期日開幕？", True, (2017, 2019, 2021), ["2017"]),
    row("哪几届是周三开幕的", True, (2014, 2023), ["星期三"]),
    row("which editions ended on a friday", True, (2014, 2024), ["closed on a Friday"]),
    row("leaving 2020 out, which edition had the fewest people", True, (2014,), [], ["(2020)"]),
    row("apart from 2024 and 2025, which edition had the most countries", True, (2023,), ["126"]),
    row("2022 attendance is how many times 2020's?", True, (2022, 2020), ["times as many"]),
    row(
        'which themes (2014-2025) do NOT contain the word "digital"?',
        True,
        (2014, 2015, 2016, 2019),
        ["without"],
        ["2017:"],
    ),
    row(
        "among editions with fewer than 1600 attendees, which had the biggest expo",
        True,
        (2019,),
        ["601"],
    ),
    row(
        "among the editions with more than 110 countries, which one had the fewest attendees?",
        True,
        (2016, 2025),
        [],
        ["(2014)"],
    ),
    row("为什么那年改到9月开", False),
    row("2014年乌镇被定为什么", True, (2014,), ["永久"]),
    row("who gave the keynote in 2024", False, (2024,), ["video"]),
    row("Who gave the keynote in 2021?", True, (2021,), ["Liu He"]),
    row("why do you give two numbers for the 2018 countries", True, (2018,), ["differ"]),
]

AGGREGATES += [
    # round 5 (after fresh10): conditions against other editions' figures (never "2,022
    # countries"), "the first week of November (1st-7th)", a figure's coverage
    row(
        "which edition had more countries than 2022 but fewer sub-forums than 2024",
        True,
        None,
        ["than 2022 (over 120"],
        ["2,022", "2022 countries"],
    ),
    row(
        "which editions had a bigger expo than 2022 but fewer attendees than 2022",
        True,
        (2019,),
        ["601"],
        ["2,022"],
    ),
    row(
        "which editions opened in the first week of november (1st-7th)",
        True,
        (2018, 2025),
        ["November 7"],
        ["2020"],
    ),
    row(
        "for which editions do you have an expo country count",
        True,
        (2017, 2025),
        ["2017", "2025"],
        ["2016"],
    ),
    row("for which editions is an attendance figure missing", True, (2026,), ["2026"]),
]

# Round 5, after fresh10's first run: a count narrowed to what the fact does not count, a
# follow-up that ranks by the figure talked about, "now" in a conversation and alone.
UNKNOWN += [
    row("how many of the 2022 sub-forums were held online", False, (2022,), ["19"]),
    row("how many sub-forums were announced beforehand in 2021", False, (2021,)),
    row("how many visitors did the expo draw in 2023", False, (2023,), must_not=["580 companies."]),
    # guards: the count the sentence does give, and its further figure
    row("how many exhibitors took part online and offline in 2022", True, (2022,), ["400"]),
    row("how many sub-forums had been announced beforehand for 2022", True, (2022,), ["20"]),
    row("how many foreign exhibitors in 2019", True, (2019,), ["107"]),
]
CONVERSATIONS += [
    row(("largest expo?", "2nd largest"), True, (2019,), ["601"], ["participants"]),
    row(("fewest sub-forums?", "what is that one officially called"), True, (2020,), ["Forum"]),
    row(("foreign exhibitors at the 2019 expo?", "in percent"), True, (2019,), ["17.8%"]),
    row(("who ran the 2015 one", "and currently?"), True, (2026,), ["international"]),
    row(
        ("average attendance 2015-2018", "and the sum for the numbered editions"),
        True,
        (2014, 2019),
        ["9100"],
    ),
    row(
        (
            "average attendance 2015-2018",
            "and the sum for the numbered editions",
            "and the average?",
        ),
        True,
        (2014, 2019),
        ["1517"],
        ["1516.67"],
    ),
    row("is the summit under way now?", True, (2026,), ["November 3"]),
]

# Round 5, after the judge fix: a change claimed of every edition of a span, once, or
# several times in a row; a figure claimed of each of two editions; a claim about the
# venue settled by the sentence that says it.
CLAIMS += [
    # 2017's "more than 400" (an English source) against 2018's 430余, 2022's "over 120"
    # against 2023's 126: the qualifiers leave the step open, so neither yes nor no
    row(
        "did the number of exhibitors rise each year between 2015 and 2018?",
        False,
        None,
        ["open", "430"],
        ["yes —", "no —"],
    ),
    row(
        "did the country count go up every year from 2020 to 2023",
        False,
        None,
        ["open", "126"],
        ["yes —", "no —"],
    ),
    row("2016到2019年分论坛是否逐年增加", True, (2018,), ["不是", "19"]),
    row("did attendance ever drop against the previous edition?", True, (2016,), ["yes"]),
    row("did the forums count fall three editions in a row?", True, None, ["no", "3"]),
    row("did the expo grow three years in a row?", True, (2021, 2023), ["yes"]),
    row("did 2021 and 2023 both have more than 1,900 guests?", True, (2021, 2023), ["no"]),
    row("did 2021 and 2022 both draw more than 1,900 people?", True, (2021, 2022), ["yes"]),
    row(
        "was the 2018 conference held at the permanent venue?", True, (2018,), ["yes", "permanent"]
    ),
    row("was wuzhen named the permanent venue at the 1st wic?", True, (2014,), ["yes"]),
    row("was wuzhen made the permanent venue at the 2016 one?", True, (2016,), ["no", "2014"]),
    # guard: two editions set against each other stay a comparison
    row("did 2022 have more attendees than 2023?", True, (2022, 2023), ["yes", "300"]),
    # a change from one edition to another: the later against the earlier (these answered
    # the opposite verdict before)
    row("did attendance rise from 2015 to 2016?", True, (2016,), ["no"], ["yes"]),
    row("did the expo grow from 2018 to 2019", True, (2019,), ["yes"], ["no —"]),
    # "over 110" after "more than 120": by the reported figures, with no verdict
    row("did the number of countries fall between 2016 and 2015", True, (2016,), ["110"], ["no —"]),
    row("did attendance go down from 2021 to 2022?", True, (2022,), ["no"], ["yes"]),
]

# Round 5: a month selection inside a span of years; "a year after" between two years
# named; "first and last day" of an edition
AGGREGATES += [
    row(
        "sum of the sub-forums of the november editions from 2014 to 2025",
        True,
        (2016, 2024),
        ["140"],
        ["210"],
    ),
]
TIME += [
    row(
        "was the 2019 opening one year after the 2018 opening? days between them",
        True,
        (2018, 2019),
        ["347"],
        ["2020"],
    ),
    row("2018 summit first and last day", True, (2018,), ["November 7", "9"], ["2014"]),
]

# Round 5, from reading the answered misses: "add up every edition" is a total; "the host
# changed at some point" is the hosts over time, never a place verdict; the last N that
# have a figure; from the last day of one edition to the first day of the next
AGGREGATES += [
    row(
        "attendance if you add up every edition from 2014 to 2019",
        True,
        (2014, 2019),
        ["9100"],
        ["than the edition before"],
    ),
    row(
        "sum of the sub-forums of the last two editions that have a sub-forum count",
        True,
        (2024, 2025),
        ["48"],
    ),
]
SERIES += [
    row("has the host changed at some point?", True, None, ["2022"], ["no —"]),
    row("when did the host change", True, None, ["2014–2021"]),
]
TIME += [
    row(
        "days from the last day of the 2024 summit to the first day of the 2025 one",
        True,
        (2024, 2025),
        ["349"],
    ),
]

# Round 5: Chinese place claims with the town as subject (乌镇属于上海吗 said yes: the
# claimed place was dropped and the town itself checked); 加埋 sums; a theme searched
# for a quoted word, "里有"
CLAIMS += [
    row("乌镇属于上海吗", True, None, ["不是"], ["是的"]),
    row("乌镇隶属于苏州吗", True, None, ["不是"], ["是的"]),
    row("乌镇位于浙江吗", True, None, ["是的"]),
    row("乌镇属于嘉兴吗", True, None, ["是的", "嘉兴"]),
]
AGGREGATES += [
    row("2015至2017年參會人數加埋係幾多？", True, (2015, 2017), ["5100"]),
    row("哪几届的中文主题里有“命运共同体”", True, (2015, 2016), ["命运共同体"]),
]

# Round 5: a length claimed with a comparator ("longer than 3 days?" said yes of 3 days);
# a negation stated with its subject first gets the fact, no verdict ("the 2nd wasn't in
# December, right?" said yes)
CLAIMS += [
    row("was the 2019 summit longer than 3 days?", True, (2019,), ["no", "3 days"], ["yes"]),
    row("did the 2024 edition run for more than 3 days", True, (2024,), ["yes", "4 days"]),
    row("was the 2022 summit shorter than 3 days", True, (2022,), ["no"], ["yes"]),
    row("the 4th wic wasn't in december, right?", True, (2017,), ["December"], ["yes —"]),
    # guards: a question that opens with the negation asks the plain claim; a tag too
    row("wasn't the 2018 one in november?", True, (2018,), ["yes"]),
    row("the 2018 one was in november, wasn't it?", True, (2018,), ["yes"]),
]

# Round 5: "earlier in the calendar year" as a claim; "was X the first (last) with …?";
# "more than 100 countries at every edition" is a claim of each, no change
CLAIMS += [
    row(
        "did the 2019 summit start before the 2018 one in the calendar year",
        True,
        (2019, 2018),
        ["yes", "October 20"],
    ),
    row("was 2017's opening later in the year than 2015's", True, (2017, 2015), ["no"]),
    row(
        "was 2021 the first edition with more than 1,900 participants?",
        True,
        (2015,),
        ["no", "2015"],
    ),
    row("was 2024 the last one with more than 20 sub-forums", True, (2025,), ["no", "2025"]),
    row("was 2025 the last edition with more than 20 sub-forums?", True, (2025,), ["yes"]),
    row(
        "did more than 100 countries attend every edition?",
        True,
        None,
        ["no"],
        ["than the edition before"],
    ),
]

# Round 5: a Chinese verb of change between two years, the later against the earlier
# (2015年到2016年参会人数增加了吗 said yes)
CLAIMS += [
    row("2015年到2016年参会人数增加了吗", True, (2016,), ["不是"], ["是的"]),
    row("从2018年到2019年博览会企业增加了吗", True, (2019,), ["是的"]),
    row("2017年到2018年参会国家减少了吗", True, (2018,), ["是的"], ["不是"]),
]

# Round 5, after a red team of verdicts (/work/redteam, 123 wrong answers in 15 patterns):
# bounded figures claimed of one edition; "between" / "before" / "after" / "since" years
# select the editions a claim, a ranking or a filter runs over; 第二少; a steady change
# since a year; 有没有哪届 over every edition; 国家 is the countries taking part; a second
# source settles what the first leaves open; "more than N" capped only where the source's
# own words say N-odd (1800多)
CLAIMS += [
    row("did 2025 have at least 20 sub-forums?", True, (2025,), ["yes", "24"], ["no —"]),
    row("did 2019 have no more than 20 sub-forums", True, (2019,), ["yes"], ["no —"]),
    row("did 2016 have at most 15 forums?", True, (2016,), ["no", "16"], ["yes"]),
    row("did 2022 have between 110 and 125 countries", True, (2022,), ["120"], ["no —"]),
    row("did 2019 have between 90 and 100 countries?", True, (2019,), ["no", "83"], ["yes"]),
    row("2025年至少有20个分论坛吗", True, (2025,), ["是的"], ["不是"]),
    row("2019年分论坛不超过15个吗", True, (2019,), ["不是"], ["是的"]),
    row("was every edition between 2018 and 2022 three days long?", True, (2020,), ["no"]),
    row(
        "did any summit between 2018 and 2021 have fewer than 10 sub-forums",
        True,
        (2020,),
        ["yes", "5"],
    ),
    row("did any edition before 2019 have fewer than 80 countries?", True, (2018,), ["yes"]),
    row("was any edition after 2018 held in december?", True, None, ["no", "2019"], ["2017"]),
    row("which edition after 2021 had the fewest sub-forums?", True, (2022,), ["19"], ["the most"]),
    row("分论坛第二少的是哪一届", True, (2015,), ["10"]),
    row(
        "has the number of sub-forums grown every year since 2021?", True, None, ["no"], ["annual"]
    ),
    row("有没有哪届分论坛少于8个", True, (2020,), ["5"], ["没有一届"]),
    row("2018年国家比2019年多吗", True, (2018, 2019), ["不是"], ["博览会"]),
    row("the 1st wic had more than 3,000 participants, right?", True, (2014,), ["no"]),
    # guard: an English "more than 1,600" may have passed 1,700; no verdict
    row("did 2016 have more than 1,700 guests?", True, (2016,), ["1600"], ["no —", "yes"]),
]

# Red team, second half: an ordinal that no edition has; quarters and halves of the year;
# "was X the first edition held in October / the first four-day summit / the first time
# the award was given"; the latest edition against the one before; a part of the whole
# ("on site") bounds nothing above; "from 2024 to 2023" as asked; equal exact figures
CLAIMS += [
    row("is the 2025 summit the 15th edition?", True, (2025,), ["no", "12th"], ["yes"]),
    row("was the 2018 one the 18th?", True, (2018,), ["no", "5th"], ["yes"]),
    row("was the 2018 summit in the fourth quarter?", True, (2018,), ["yes"]),
    row("was the 2021 summit in the first half of the year?", True, (2021,), ["no"], ["yes"]),
    row("2019年大会是在下半年举办的吗", True, (2019,), ["是的"], ["不是"]),
    row("was 2017 the first edition held in december?", True, (2015,), ["no", "2015"]),
    row("was 2024 the first four-day summit?", True, (2024,), ["yes"]),
    row("was 2016 the first time achievements were released?", True, (2016,), ["yes"]),
    row("was 2023 the first time the leading technology award was given?", True, (2023,), ["yes"]),
    row(
        "did 2024 have fewer than 1,900 participants?",
        True,
        (2024,),
        ["on site"],
        ["yes —", "no —"],
    ),
    row("did sub-forums grow from 2025 to 2024?", True, (2024, 2025), ["no"], ["yes"]),
    row("did attendance fall from 2023 to 2022?", True, (2022, 2023), ["no"], ["yes"]),
    row(
        "did the 2025 summit have more sub-forums than the one before?",
        True,
        (2025, 2024),
        ["no", "24"],
    ),
]

CLAIMS += [
    # 每届都 without a verb of change is a claim of each edition, not a change
    row("2016到2019年每届都是3天吗", True, (2016, 2019), ["是的"], ["比上一届"]),
]

AGGREGATES += [
    # "between 2019 and 2022" selects the years (it compared the two, or ranked gaps)
    row("which edition between 2018 and 2021 had the fewest sub-forums?", True, (2020,), ["5"]),
    row("how many editions between 2018 and 2022 had 20 sub-forums?", True, (2019, 2021), ["2 of"]),
    row("分论坛最少的两届是哪两届", True, (2020, 2015), ["10"]),
    row("2015年和2016年都超过1500人吗", True, (2015, 2016), ["是的"]),
]

CLAIMS += [
    # "the same number as" is equality (20 and 24 got "Yes": the claim was read as having)
    row(
        "did 2021 and 2024 have the same number of sub-forums?", True, (2021, 2024), ["no"], ["yes"]
    ),
    row("were there as many sub-forums in 2022 as in 2018?", True, (2022, 2018), ["yes"]),
    row("2017年和2019年分论坛一样多吗", True, (2017, 2019), ["是的"]),
]

CLAIMS += [
    # two editions each against a third ("No — 2024 had more than 2023" before)
    row("did 2024 and 2025 both have more sub-forums than 2023?", True, (2024, 2025), ["yes"]),
    row("did 2018 and 2022 both have fewer sub-forums than 2021?", True, (2018, 2022), ["yes"]),
    row("did 2015 and 2016 both have more sub-forums than 2014?", True, None, ["no"], ["yes"]),
]

AGGREGATES += [
    # the gaps between editions averaged (it gave the editions' own average length)
    row(
        "average number of days between consecutive editions",
        True,
        None,
        ["363.9"],
        ["per edition"],
    ),
    row("相邻两届平均间隔多少天", True, None, ["363.9"]),
    # a weekday is Monday to Friday (it answered with the count of all editions)
    row("how many editions opened on a weekday", True, None, ["10 of the 13"]),
    row("did the 2019 edition open on a weekday?", True, (2019,), ["no", "Sunday"]),
]

# Red team, round 2: a closing (or any) weekday counted as asked; a comma in a figure is no
# clause break; ">1,500" is "more than 1,500"; 超过1800人 and 国家 as conditions
AGGREGATES += [
    row("how many editions closed on a Tuesday?", True, (2017, 2019, 2020, 2021), ["4 of"]),
    row("有几届是星期五闭幕的？", True, (2014, 2024), ["7届"]),
    row("which editions had a Saturday among their days", True, (2025,), ["2025"]),
    row(
        "which editions had more than 1,800 guests and more than 120 countries",
        True,
        (2015, 2022),
        ["2100"],
        ["No edition"],
    ),
    row("editions with >1,500 participants and >20 sub-forums", True, (2024, 2025), ["24"]),
    row("超过1800人且国家超过120个的是哪几届", True, (2015, 2022), ["2,100".replace(",", "")]),
]

# Red team, round 2: the organisation as the subject of "before/after" (the verdict was
# reversed), editions before its founding counted, the earlier edition first in the
# wording; the days between two editions talked of, or an edition and today (one
# edition's length was given)
SERIES += [
    row("was the organisation founded before the 2023 summit?", True, (2023,), ["yes"]),
    row("was the organisation established after the 2022 summit?", True, (2022,), ["no"], ["yes"]),
    row(
        "how many editions were held before the organisation was founded",
        True,
        (2014, 2021),
        ["8 editions"],
    ),
    row(
        "how many years between the 2nd wic and the founding of the organisation",
        True,
        (2015,),
        ["before"],
        ["later"],
    ),
]
CONVERSATIONS += [
    row(
        ("when was the 2017 wic", "and the 2018 one?", "how many days apart?"),
        True,
        (2017, 2018),
        ["339"],
        ["lasted"],
    ),
    row("how many days between the 2024 summit and today?", True, (2024,), ["ago"], ["lasted"]),
]

CLAIMS += [
    # a ratio claimed between two editions (the answers stated the ratio, then the opposite
    # verdict); "twice as many as" is no equality
    row("did 2021 have four times as many sub-forums as 2020?", True, (2021, 2020), ["yes"]),
    row("did 2024 have twice as many sub-forums as 2020?", True, (2024, 2020), ["no", "4.8"]),
    row("did 2025 have more than twice as many exhibitors as 2015?", True, (2025, 2015), ["yes"]),
    row(
        "did 2019 have three times as many sub-forums as 2020?", True, (2019, 2020), ["no"], ["yes"]
    ),
]

AGGREGATES += [
    # the biggest step from one edition to the next, not the biggest figure
    row(
        "which edition had the largest increase in sub-forums?",
        True,
        (2021,),
        ["15"],
        ["share the most"],
    ),
    row("biggest drop in sub-forums from one edition to the next", True, (2020,), ["15"]),
    row("哪一届分论坛增幅最大", True, (2021,), ["15"]),
]

AGGREGATES += [
    # a figure condition within a month (the month alone was applied); the numbered ones
    # within a month; a theme search negated without the apostrophe
    row(
        "which editions were held in november and had 24 sub-forums",
        True,
        (2024, 2025),
        ["24"],
        ["2014"],
    ),
    row("which of the numbered editions were held in november", True, (2014, 2018), [], ["2022"]),
    row("which themes dont mention cyberspace", True, (2014,), [], ["2015"]),
]

AGGREGATES += [
    # one edition against two others together (the three were summed)
    row(
        "how many more sub-forums did 2025 have than 2020 and 2015 combined",
        True,
        (2025, 2020, 2015),
        ["9", "15"],
        ["39", "In total"],
    ),
]

META += [
    # "where is that from?" after a figure cites that figure (it cited the place)
    row(
        ("how many sub-forums in 2022", "where is that from?"), True, (2022,), ["People"], ["place"]
    ),
    row(
        ("how many exhibitors were there in 2019", "where does that come from"),
        True,
        (2019,),
        ["Hangzhou"],
        ["place"],
    ),
]

TIME += [
    # parts of a named month (the season "second half" took all editions; "late" was read
    # as "later"); the earliest within a month by its day
    row(
        "which editions were held in the second half of november?", True, (2014, 2024), [], ["2018"]
    ),
    row("which editions were held in late november", True, (2020,), ["23"], ["2014"]),
    row(
        "which editions were held between November 1 and November 10?",
        True,
        (2018, 2025),
        [],
        ["2014"],
    ),
    row("which editions started after November 15?", True, (2014, 2020), [], ["2018"]),
    row("which edition started earliest in november?", True, (2026,), ["November 3"], ["2014"]),
    row("which edition started latest in december?", True, (2015,), ["16"], ["2017 World"]),
]

CLAIMS += [
    # a change claimed in per cent between two editions, "double 2020" (both got "Yes" from a
    # claim read as the editions having the figure)
    row("did attendance fall by more than 50% from 2019 to 2020?", True, (2020, 2019), ["yes"]),
    row("did 2023 have 50% more countries than 2019?", True, (2023, 2019), ["yes", "126"]),
    row("did 2022 have 50% more sub-forums than 2019?", True, (2022, 2019), ["no"], ["yes"]),
    row("was 2025's sub-forum count double 2020?", True, (2025, 2020), ["no"], ["yes"]),
]

AGGREGATES += [
    # red team round 2: ratios ranked, the longest theme, a length claimed of any edition,
    # the numbered editions within a month, a theme search by "first include", time from a
    # dated fact asked "how long after", "how many years running"
    row(
        "which edition had the most participants per sub-forum?",
        True,
        (2015,),
        ["200"],
        ["share the most"],
    ),
    row("what is the longest theme?", True, (2025,), ["characters"], ["4 days"]),
    row(
        "did any edition last 6 days?",
        True,
        None,
        ["I don't know", "None of the editions with a figure", "2026"],
        ["2020: A main forum", "No —"],
    ),
    row(
        "how many editions with an official ordinal were held in december?",
        True,
        (2015, 2017),
        [],
        ["2020"],
    ),
    row(
        'when did the theme first include "Community with a Shared Future"?',
        True,
        (2018,),
        ["2018"],
        ["2014"],
    ),
]
SERIES += [
    row("how long after the founding was the 2024 summit?", True, (2024,), ["days"], ["lasted"]),
    row("how many years has the wic been running?", True, None, ["2014", "12 years"], ["25 days"]),
]

CONVERSATIONS += [
    # "which of those…" after a filter runs over the editions it settled, not those it left
    # open (2024 was only open for "more than 2,000", and got the answer)
    row(
        (
            "which editions had more than 2000 participants?",
            "which of those had the most sub-forums",
        ),
        True,
        (2021,),
        ["20"],
        ["2024"],
    ),
]

TIME += [
    # a day of a month asked of the opening (or closing) day, several editions on one day,
    # "before or after" answered without a yes
    row("which edition started on november 8?", True, (2023,), ["2023"], ["2018", "2025"]),
    row("which editions were in session on november 21?", True, (2014, 2024), ["2014", "2024"]),
    row("which editions ended after november 20?", True, (2014, 2020), [], ["2016"]),
    row(
        "was the organisation founded before or after the 2022 summit?",
        True,
        (2022,),
        ["120 days"],
        ["yes —", "no —"],
    ),
]

# After fresh11's first run: a figure of its own for each edition a claim names; the
# closing weekday of an edition whose closing date is unknown; "leaving the 2020 forum
# aside"; a declined question still sets the edition talked about
CLAIMS += [
    row(
        "2016 released 15 achievements and 2017 released 18, right?",
        True,
        (2016, 2017),
        ["yes"],
        ["no —"],
    ),
]
UNKNOWN += [
    row(
        "what weekday did the 2026 summit close on?", False, (2026,), ["closing date"], ["Tuesday"]
    ),
]
AGGREGATES += [
    row(
        "leaving the 2020 forum aside, which edition had the fewest sub-forums?",
        True,
        (2015,),
        ["10"],
        ["2020"],
    ),
]
CONVERSATIONS += [
    row(
        (
            "what did Tencent show at the 2019 expo?",
            "ok how many companies exhibited that year then",
        ),
        True,
        (2019,),
        ["601"],
    ),
]

TIME += [
    # "the 3rd of the month" is a day of any month (it read the 3rd edition)
    row(
        "which edition started on the 3rd of the month?",
        True,
        (2017, 2026),
        ["December 3"],
        ["2016"],
    ),
]

# Sixth session: a superlative among the editions another figure's condition selects (any
# clause order, with or without a comma, both languages); 以上/以下 include the number; a
# "no" to "were all of them…" names the exceptions; counts carry the editions counted
AGGREGATES += [
    row(
        "which edition with more than 1900 attendees had the fewest sub-forums?",
        True,
        (2015,),
        ["Among 2015 2021 and 2022", "10"],
        ["2020"],
    ),
    row(
        "which edition had the most sub-forums among those with fewer than 1000 attendees?",
        True,
        (2020,),
        ["5 sub-forums"],
        ["24"],
    ),
    row(
        "of the summits with at least 20 sub-forums, which one drew the fewest countries?",
        True,
        (2017,),
        ["80"],
        ["2020"],
    ),
    row("参会人数超过1900的届次里哪届分论坛最少？", True, (2015,), ["10"], ["2020"]),
    row("分論壇喺20個或以上嘅屆次入面，邊屆參會人數最多？", True, (2021,), ["2000"], ["2022"]),
    row("哪几届分论坛在20个以上？", True, (2017, 2021, 2024), ["2017", "2021"]),
    row("哪几届分论坛在16个以下？", True, (2014, 2016, 2020), ["2016"], ["2017"]),
    row(
        "were all of the numbered editions held in november?",
        True,
        (2015, 2017, 2019),
        ["no", "December 16", "October 20"],
        ["2014 ", "yes"],
    ),
    row("所有届次都在11月举办吗？", True, (2015, 2017, 2019, 2021), ["不是", "2021"]),
    row("how many numbered wics were there?", True, (2014, 2019), ["6 of the 13"]),
]
SERIES += [
    # guard: a count of the editions is about those editions
    row("how many summits have there been so far?", True, (2014, 2020, 2026), ["13"]),
]

# Sixth session: the editions' names over time, from their official names (series, kind 8)
SERIES += [
    row(
        'since when is it called the "Wuzhen Summit"?',
        True,
        (2021,),
        ["Since 2021", "6 editions"],
        ["2014;"],
    ),
    row("从哪年开始叫“乌镇峰会”？", True, (2021,), ["从2021年开始"]),
    row(
        "how many wuzhen summits have there been since the name changed?",
        True,
        (2021, 2026),
        ["6 editions"],
        ["13 editions of"],
    ),
    row(
        "has the conference ever changed its name?",
        True,
        (2020, 2021),
        ["(2014–2019)", "Internet Development Forum (2020)", "(2021–2026)"],
    ),
    row("大會改過名嗎？", True, (2021,), ["2021"]),
]

# Sixth session, red team 3: "at most"/"no more than"/不超过/最多N select at most N (it was
# read as "more than", or as a superlative); "the first edition with 20 sub-forums" is the
# earliest with exactly that many (it gave the 1st edition); "other than 2022", "2020
# aside", 除开 leave an edition out (it came back)
AGGREGATES += [
    row(
        "which editions had at most 16 sub-forums?",
        True,
        (2014, 2015, 2016, 2020),
        ["at most 16"],
        ["2024", "2017"],
    ),
    row("which editions had no more than 19 sub-forums?", True, (2018, 2022), ["19"], ["2017"]),
    row("which was the last edition with no more than 100 countries?", True, (2021,), ["96"]),
    row("which was the first edition with at least 20 sub-forums?", True, (2017,), [], ["2024"]),
    row("分论坛不超过16个的有哪几届？", True, (2014, 2015, 2016, 2020), ["16"], ["2017"]),
    row("分論壇最多16個的是哪幾屆？", True, (2016, 2020), ["16"], ["2024"]),
    row("which was the first edition with 20 sub-forums?", True, (2017,), ["2017"], ["2014"]),
    row("which was the last edition with 15 achievements?", True, (2023,), ["2023"], ["2026"]),
    row("was 2017 the first edition with 20 sub-forums?", True, (2017,), ["yes"], ["no —"]),
    row(
        "which edition had the most participants other than 2022?",
        True,
        (2015, 2021),
        ["2000"],
        ["2100"],
    ),
    row("most countries other than 2024 and 2025?", True, (2023,), ["126"], ["130"]),
    row("fewest participants, 2020 aside?", True, (2014,), ["1000"], ["500"]),
    row("除开2022年，哪一届参会人数最多？", True, (2015, 2021), ["2000"], ["2100"]),
    row("2020年除外哪一届参会人数最少？", True, (2014,), ["1000"], ["500"]),
]

# Sixth session, red team 3: a negated or either/or question about the series gets the fact
# without a yes (it said "Yes —" to "is X not Y?"); "was 2018 the last numbered edition?"
# is settled by the numbering (it said yes of any numbered one); counts of the editions
# without a number, or with a kind of detail on record (they gave the total, 13); a keynote
# counted only where the clause says the person gave it (not "read out X's letter")
SERIES += [
    row("is wuzhen not the permanent venue?", True, None, ["permanent venue"], ["Yes —"]),
    row("is the organisation not headquartered in beijing?", True, None, ["Beijing"], ["Yes —"]),
    row("is the WIC held in Wuzhen or Hangzhou?", True, None, ["Wuzhen"], ["No —"]),
    row("isn't wuzhen in zhejiang?", True, None, ["Yes —"]),  # guard: a tag asks the claim
    row("was 2018 the last numbered edition?", True, (2018,), ["No —", "6th (2019)"]),
    row("2018年是最后一届有届次的大会吗？", True, (2018,), ["不是"], ["是的"]),
    row("was the 2019 edition the last numbered one?", True, (2019,), ["Yes —"]),
    row("how many editions were not numbered?", True, (2020, 2026), ["7 of the 13"]),
    row("how many numbered editions had an expo?", True, (2015, 2019), ["5 of the 6"]),
    row(
        "how many editions released achievements?",
        True,
        (2016, 2025),
        ["8 of the 13", "not to say they had none"],
    ),
    row("有几届没有届次？", True, (2020,), ["7届"]),
]
DETAILS += [
    row("how many times did xi give the keynote?", True, (2015,), ["1 by the facts"], ["2014"]),
]

# Sixth session, red team 3: "and the fewest?" after a superlative over some editions keeps
# those editions (the numbered, the years, those left out), and "and the most
# participants?" ranks that figure (it kept the old one); a record is said to be one as it
# stood then, with the later editions that went further, and a tie sets none
CONVERSATIONS += [
    row(
        ("which numbered edition had the most sub-forums?", "and the fewest?"),
        True,
        (2015,),
        ["10"],
        ["2020"],
    ),
    row(
        ("which summit since 2021 had the most sub-forums?", "and the fewest?"),
        True,
        (2022,),
        ["19"],
        ["2020"],
    ),
    row(
        ("which summit since 2021 had the most sub-forums?", "and the most countries?"),
        True,
        (2024, 2025),
        ["130 countries"],
        ["24 sub-forums"],
    ),
    row(("2020年之前哪一届参会国家最多？", "最少呢？"), True, (2018,), ["2018"], ["2020年）"]),
]
CLAIMS += [
    row(
        "was 2017 a record for sub-forums?",
        True,
        (2017, 2024),
        ["Up to and including 2017", "Later editions went further", "24"],
    ),
    row("was 2021 a record for sub-forums?", True, (2021,), ["No —", "2017"], ["Yes —"]),
]

# Sixth session, red team 3: "which edition came right after the 6th?" is the next one (it
# gave the 6th); "the last time it had more than 2,000 participants" and "the last time Li
# Shulei gave the keynote" are the latest edition that did (it gave the latest edition)
TIME += [
    row("which edition came after the 2019 conference?", True, (2020,), ["2020"], ["2019"]),
    row("which edition preceded the 2021 summit?", True, (2020,), ["2020"], ["2021 World"]),
    row("第六届之后是哪一届？", True, (2020,), ["2020"]),
    row(
        "when was the last time the conference had more than 2000 participants?",
        True,
        (2022,),
        ["2022"],
        ["2026"],
    ),
    row("when was the last time attendance was about 1500?", True, (2019,), ["2019"], ["2026"]),
]
DETAILS += [
    row("when was the last time li shulei gave the keynote?", True, (2025,), ["2025"], ["2026"]),
    row("when did li shulei first give the keynote?", True, (2022,), ["2022"], ["2014"]),
    row("when was the first time xi gave the keynote?", True, (2015,), ["2015"], ["2014"]),
]

# Sixth session, red team 3: "the first Wuzhen Summit" may mean the series' 1st edition (the
# series goes by that name) or the first edition whose official name carries it: both are
# given, and "was 2021 the first …?" gets no yes or no (it said no, by the 1st edition);
# "the first summit called …" is the name's (2021)
SERIES += [
    row(
        "was the 2021 summit the first wuzhen summit?",
        True,
        (2014, 2021),
        ["may mean the series", "2014", "2021"],
        ["No —", "Yes —"],
    ),
    row("2021年是第一届乌镇峰会吗？", True, (2014, 2021), ["2014", "2021"], ["不是。", "是的。"]),
    row("哪一届是第一届乌镇峰会？", True, (2014, 2021), ["2014", "2021"]),
    row(
        "who gave the keynote at the first wuzhen summit?",
        True,
        (2014, 2021),
        ["may mean", "Ma Kai", "Liu He"],
    ),
    row(
        "which year was the first summit called the wuzhen summit?",
        True,
        (2021,),
        ["Since 2021"],
        ["may mean"],
    ),
]

# Sixth session: "how many of those were held in November?" and "which of those started on
# a Sunday?" are of the editions just listed (or ranked); "any other editions that started
# on a Sunday?" lists the others (it repeated the edition talked about)
CONVERSATIONS += [
    row(
        ("which editions had 20 or more sub-forums?", "how many of those were held in November?"),
        True,
        (2023, 2024, 2025),
        ["3 of the 6"],
        ["2014"],
    ),
    row(
        (
            "which editions had 20 or more sub-forums?",
            "which of those had the biggest attendance",
            "how many of those were held in November?",
        ),
        True,
        (2023, 2024, 2025),
        ["3 of the 6"],
    ),
    row(
        ("which editions had 20 or more sub-forums?", "which of those were held in december?"),
        True,
        (2017,),
        ["2017"],
        ["2015"],
    ),
    row(
        ("what weekday did wic 2019 start", "any other editions that started on a sunday?"),
        True,
        (2017, 2021),
        ["2017", "2021"],
    ),
]

# Sixth session, red team 3: even and odd years select editions (it counted all 13, ranked
# them all); "the first edition held online" is the one the facts mark first of its kind
# (it gave the 1st edition's, and 2021 in Chinese)
AGGREGATES += [
    row("how many editions were in even years?", True, (2014, 2026), ["7 of the 13"]),
    row(
        "which edition had the most countries in even years?",
        True,
        (2024,),
        ["2024"],
        ["2025 World"],
    ),
    row("单数年举办的有几届？", True, (2015, 2025), ["6届"]),
    row("which editions were held in odd years?", True, (2015, 2017, 2025), ["2019"], ["2014"]),
]
DETAILS += [
    row("which was the first edition held online?", True, (2020,), ["2020"], ["2014"]),
    row("哪一届首次以线上线下方式举办？", True, (2020,), ["2020"], ["2021"]),
    row("what was the format of the first edition?", False, (2014,)),  # guard: the 1st's own
]

# Sixth session, red team 3: "which edition had 20 issues?" reads the word after the figure
# (it listed the 20-sub-forum editions); the usual month counts an edition whose closing day
# is unknown (8 of 12 -> 9 of 13)
DETAILS += [
    row("which edition had 20 issues?", True, (2016,), ["20 issues"], ["2017"]),
    row("which expo had 601 exhibitors?", True, (2019,), ["601"]),  # guard: a synonym unit
]
SERIES += [
    row("in which month is the conference usually held?", True, None, ["9 of 13"]),
]

# Sixth session, red team 3: "link?" or "what did it say exactly?" after "source?" cite the
# same fact's source and its own link (it gave the edition's general links); "which source
# said roughly 1,000?" finds the source by its qualifier (it named the other one)
META += [
    row(
        ("achievements in 2016?", "source?", "link?"),
        True,
        (2016,),
        ["China Youth Online", "pinglun.youth.cn"],
        ["wuzhenwic.org"],
    ),
    row(
        ("when was the 2020 forum?", "source?", "link?"),
        True,
        (2020,),
        ["regional.chinadaily.com.cn"],
        ["scio.gov.cn"],
    ),
    row(
        ("participants in 2014?", "and which source said roughly 1000?"),
        True,
        (2014,),
        ["ecns.cn"],
        ["China Daily"],
    ),
]

# Sixth session, red team 3: a "no" drawn from the source's own "130多" (below 140) says so;
# "No — more than 130" read as a contradiction
CLAIMS += [
    row(
        "did 2024 have more than 140 countries?",
        True,
        (2024,),
        ["No —", "130-odd", "fewer than 140"],
    ),
]

# Sixth session, red team 4: a claim joining facts of several kinds, or more figures than
# one check settles ("20 sub-forums and 15 achievements?", "in October in Hangzhou?") gets
# the facts with no yes or no (one part was checked and the verdict given on it alone)
CLAIMS += [
    # (since the eleventh session each part is judged: 18 achievements, so not all holds)
    row(
        "Did 2017 have 20 sub-forums and 15 achievements?",
        True,
        (2017,),
        ["not all", "18"],
        ["both parts"],
    ),
    row(
        "Was the 2016 conference in November with 16 forums and 1600 guests?",
        True,
        (2016,),
        [],
        ["both parts", "not all"],
    ),
    row("Was the 2019 conference in October in Hangzhou?", True, (2019,), ["Wuzhen"], ["Yes —"]),
    row("2019年大会是10月在杭州举办的吗？", True, (2019,), ["乌镇"], ["是的"]),
    row("was the 2024 summit held november 19-22?", True, (2024,), ["Yes —"]),  # guard: a date
    row("the 1st wic had more than 3,000 participants", True, (2014,), ["No —"]),  # guard
]

# Sixth session, red team 4: a word searched in the themes matches its other forms
# ("security" in "Secure", "governance" in "Governed", "civilisation" in "Civilization");
# it answered "No"
DETAILS += [
    row("Does the 2025 theme mention security?", True, (2025,), ["Yes —"], ["No —"]),
    row("Does the 2014 theme mention governance?", True, (2014,), ["Yes —"], ["No —"]),
    row("Does the 2021 theme mention civilisation?", True, (2021,), ["Yes —"]),
    row("Which themes mention cooperation?", True, (2019, 2025), ["2025"]),
    row("does the 2016 theme mention security?", True, (2016,), ["No —"]),  # guard
]

# Sixth session, red team 4: "by 2019", "by the end of 2025", 到2019年为止 count up to that
# year (it said 13); "total for the two?" and "combined?" after two editions' figures are
# of those two (it summed every edition); "was it on a weekend?" after 2018 is of 2018 (it
# said yes, listing others)
AGGREGATES += [
    row("How many editions had there been by the end of 2025?", True, (2014, 2025), ["12 of"]),
    row("How many WICs had taken place by 2016?", True, (2014, 2016), ["3 of"]),
    row("到2019年为止办了几届？", True, (2014, 2019), ["6届"]),
]
CONVERSATIONS += [
    row(
        ("How many forums in 2014?", "and 2015?", "total for the two?"),
        True,
        (2014, 2015),
        ["23"],
        ["210"],
    ),
    row(
        ("How many guests in 2016?", "and 2017?", "combined?"),
        True,
        (2016, 2017),
        ["3100"],
        ["18900"],
    ),
    row(
        (
            "2019 attendance?",
            "which editions had more than 2000 participants?",
            "total for those?",
        ),
        True,
        (2015, 2021, 2022),
        ["6100"],
    ),
    row(("When was the 2018 conference?", "was it on a weekend?"), True, (2018,), ["No —"]),
]

# Sixth session, red team 4: "how many sub-forums from 2016 to 2019 / between 2017 and 2019"
# is the total over those years (it compared the two years); "how many conferences between
# 2016 and 2020" counts them (it gave the days between)
AGGREGATES += [
    row(
        "How many leading tech achievements were released from 2016 to 2019?",
        True,
        (2016, 2017, 2018, 2019),
        ["63"],
    ),
    row("How many sub-forums were there between 2017 and 2019?", True, (2018,), ["59"]),
    row("How many conferences happened between 2016 and 2020?", True, (2016, 2020), ["5 of"]),
    row("2014到2016年有多少个分论坛？", True, (2015,), ["39"]),
    row("how many days between 2016 and 2020?", True, (2016, 2020), ["days"]),  # guard
]

# Sixth session, red team 4: "wic org founded when" is the organisation's founding (it gave
# the first edition); "the most recent edition before the organisation was founded" is the
# last before that date (it gave the latest edition); "what does the 2024 theme mean?" is
# that theme, not the logo's Q&A item
SERIES += [
    row("wic org founded when", True, None, ["July 12"], ["November 19"]),
    row(
        "Which edition was the most recent before the organisation was founded?",
        True,
        (2021,),
        ["last edition before that", "2021"],
        ["2026"],
    ),
    row("What does the 2024 theme mean?", True, (2024,), ["People-centered"], ["logo"]),
]

# Sixth session, red team 4: a date written 2017-12-04 and a year spoken "twenty nineteen"
# are a date and a year (they were read as figures: "4 editions had 20 sub-forums")
CHAT += [
    row("Was the WIC in session on 2017-12-04?", True, (2017,), ["December 3"], ["sub-forums"]),
    row("How many sub-forums were there in twenty nineteen?", True, (2019,), ["20"], ["2017"]),
    row("what was the theme in twenty twenty-one?", True, (2021,), ["Digital Civilization"]),
]

# Sixth session: "no edition had …" only where none is left open (it said so, then listed
# editions the figures leave open); a count the facts do not give of the organisation
# (国际组织有多少会员) is unknown (it stated the founding)
AGGREGATES += [
    row(
        "How many editions had between 1000 and 1600 guests?",
        True,
        (2018, 2019),
        ["None of the editions with a figure certainly had", "leave it open"],
    ),
]
UNKNOWN += [
    row("世界互联网大会国际组织有多少会员？", False, None, [], ["成立"]),
]

# Sixth session, red team 4: "how many had the Wuzhen Summit name by 2024?" counts the
# editions so named in those years (it counted all 11); "the first WIC in 2014 in
# Hangzhou?" joins two claims (it said yes); "take place over four days" is during them
# (it said no, reading "more than"); "entirely on weekdays" / "did not run over a weekend"
# are the editions with no weekend day (it counted those with any weekday); "sharing" is
# searched in the themes (it was corrected to "starting")
SERIES += [
    row(
        "How many editions had the Wuzhen Summit name by 2024?",
        True,
        (2021, 2024),
        ["4 editions"],
        ["11 of"],
    ),
]
CLAIMS += [
    row("Was the first WIC in 2014 in Hangzhou?", True, (2014,), ["Wuzhen"], ["Yes —"]),
    row(
        "Did the 2024 summit take place in Wuzhen over four days?",
        True,
        (2024,),
        ["Yes —"],
        ["No —"],
    ),
    row("was WIC No. 4 held in 2017?", True, (2017,), ["Yes —"]),  # guard
]
AGGREGATES += [
    row(
        "How many editions were held entirely on weekdays?",
        True,
        (2014, 2018, 2024),
        ["8 of the 13", "weekdays only"],
        ["2017"],
    ),
    row("how many editions did not run over a weekend?", True, (2014, 2024), ["8 of the 13"]),
]
DETAILS += [
    row("Which themes mention sharing?", True, (2014, 2022), ["Shared"], ["opened on"]),
]

# Sixth session, red team 4: a superlative naming no figure ("closest to New Year") is not
# ranked by attendance (a guess); a change between two years stays a comparison
AGGREGATES += [
    row("Which edition was closest to New Year?", False, None, [], ["participants"]),
    row(
        "By how many percent did attendance drop from 2019 to 2020?",
        True,
        (2019, 2020),
        [],
        ["In total"],
    ),  # guard
]

# Sixth session, red team 4: an unquoted phrase searched in the themes ("mention a community
# of common future") is searched as written (it answered with 2018's five main themes);
# "the first five years" are the series' first years (it counted all 13)
DETAILS += [
    row(
        "Which themes mention a community of common future?",
        True,
        (2015, 2016, 2017),
        ["2015", "2017"],
        ["five main themes"],
    ),
]
AGGREGATES += [
    row("How many editions were in the first five years?", True, (2014, 2018), ["5 of the 13"]),
]

# Sixth session, red team 4: "wic 23" (with a space) is 2023, as "wic23" is (it said there
# was no 23rd WIC); "wic 4" stays the 4th
CHAT += [
    row("when was wic 23", True, (2023,), ["November 8"], ["23rd"]),
    row("wic 16 theme", True, (2016,), ["Innovation-driven"]),
    row("wic 4 dates", True, (2017,), ["December 3"]),  # guard
]

# After fresh12's first run (own wording): an opinion asked as a yes/no is declined (it
# answered "No —" with the place); "the edition right after it became an international
# organisation" and "the first summit hosted by the organisation" are the first after the
# founding (they gave 2027 "not announced" and the 1st edition's hosts)
UNKNOWN += [
    row("in your opinion was the 2017 summit better than the 2016 one?", False, None, [], ["No —"]),
    row("is wuzhen a nice place to visit?", False, None, [], ["No —", "Yes —"]),
]
SERIES += [
    row(
        "what edition came right after the organisation was set up?",
        True,
        (2022,),
        ["2022"],
        ["2027"],
    ),
    row("the first summit organised by the wic organisation?", True, (2022,), ["2022"], ["2014"]),
]

# Sixth session, red team 3: "source?" after a ranking shared by two editions cites each
# one's own source for that figure (it gave the editions' general links)
META += [
    row(
        ("which edition had the most countries?", "source?"),
        True,
        (2024, 2025),
        ["Xinhua", "2024-11-22", "2025-11-07"],
        ["en.people.cn"],
    ),
]

# After fresh12's first run (own wording): the expo's own theme, opener or opening day is not
# the conference's (they were answered with the conference's theme, keynote and opening)
DETAILS += [
    row("what was the theme of the 2018 expo?", False, (2018,), ["only for the conference"]),
    row("who opened the 2023 expo?", False, (2023,), ["only for the conference"], ["Li Shulei"]),
    row(
        "what was the theme of the 2019 conference and how big was the expo?",
        True,
        (2019,),
        ["Intelligent", "601"],
    ),  # guard: the conference named
]

# After fresh12's first run (own wording): an apostrophe ("year's") is no quote mark, so the
# phrase searched is the one quoted (it searched "s theme mentioned")
DETAILS += [
    row(
        'which edition\'s theme mentions "people-centered"?', True, (2024,), ["2024"], ["No theme"]
    ),
    row(
        'the summit\'s theme used "resilient" in which year?', True, (2023,), ["2023"], ["No theme"]
    ),
]

# After fresh14's first run (own wording): "and the second one?" after "the first of those"
# picks from that list still (it gave the 2nd edition); "and the sum for the last three that
# have a figure" after a total is a span of its own (it kept the editions of the total)
CONVERSATIONS += [
    row(
        (
            "which editions had fewer than 11 sub-forums?",
            "the first of those, when was it",
            "and the second one?",
        ),
        True,
        (2020,),
        ["2020"],
        ["2nd World"],
    ),
    row(
        (
            "attendance of the 2014, 2015 and 2016 editions?",
            "sum?",
            "and the sum for the last two that have a figure",
        ),
        True,
        (2024, 2025),
        ["3400"],
        ["4600"],
    ),
]

# A place among a selection, folded: "the total attendance of the last three that had 20
# sub-forums", "the average of the first two held in December" (the fold took every
# edition, the figure of the condition, or the 1st and 2nd editions' intersection with it)
AGGREGATES += [
    row(
        "combined attendance of the last two that had 20 sub-forums",
        True,
        (2021, 2023),
        ["3800"],
        ["sub-forums:"],
    ),
    row(
        "the average number of guests of the first two editions held in december",
        True,
        (2015, 2017),
        ["1750"],
    ),
    row(
        "what was the mean sub-forum count of the first three",
        True,
        (2014, 2016),
        ["13 sub-forums per edition", "over 3 editions"],
    ),
    row("did the 2024 summit last four days?", True, (2024,), ["Yes"]),  # guard
]

# Red team 10 (own wording): 上一届 after a named edition is the one before it (alone it is
# the latest); a theme asked 有没有“X” is checked for X (it said 是的 of any word)
TRADITIONAL += [
    row("第六届的上一届主旨演讲是谁？", True, (2018,), ["黄坤明"], ["2019"]),
    row("2024年的上一届有多少个分论坛", True, (2023,), ["20"], ["24"]),
    row("第四屆前面那屆嘅主題係咩", True, (2016,), ["创新驱动"]),
    row("上一届是什么时候开幕的？", True, (2026,), ["11月3日"]),  # guard: the latest
    # (a word not in the Chinese theme may be there in other characters: the theme, no
    # verdict — but never 是的 of an absent word)
    row("2018年主题有没有“未来”？", True, (2018,), ["主题是"], ["是的"]),
    row("2024年嘅主題有冇「智能」？", True, (2024,), ["是的"]),  # guard
    row("2020年主题里有没有“文明”这个词", True, (2020,), ["主题是"], ["是的"]),
]

# Red team 10 (own wording): a gap from a closing (闭幕/结束) or to one is counted from that
# day (it took the openings, or compared the two lengths); the source of a figure or a name
# asked in Chinese is that fact's own source (it gave the edition's links)
TIME += [
    row("2017年闭幕到2018年开幕隔了几天", True, (2017, 2018), ["337"], ["339"]),
    row("2022年峰会结束后多少天2023年峰会才开幕", True, (2022, 2023), ["362"], ["多1"]),
    row("从2018年开幕到2019年闭幕总共多少天", True, (2018, 2019), ["349"], ["合计"]),
    row("days from the close of the 2016 wic to the close of the 2017 one", True, None, ["382"]),
]
META += [
    row("2019年601家企业的出处是什么", True, (2019,), ["出自"], ["资料来源："]),
    row("2015年马凯的来源？", True, (2015,), [], ["马凯作主旨演讲"]),  # guard: no Ma Kai in 2015
    row("2017年18项成果的来源", True, (2017,), ["出自"], ["资料来源："]),  # guard
]

# Red team 10 (own wording): a negated claim of several editions (2017年和2019年都不是在11月
# …吗) gets the facts without a verdict (it gave the plain claim's); 一共几天 after an
# edition is that edition's (it summed every edition); a fold over a selection named in
# Chinese or by length (三天会期的届次, "the 3-day editions", 有博览会的届次) keeps it
CLAIMS += [
    row("2015年和2017年都不是在11月举办的吗？", True, (2015, 2017), ["12月"], ["不是。"]),
    row("weren't both 2016 and 2018 held in november?", True, (2016, 2018), ["November"]),  # guard
]
CONVERSATIONS += [
    row(("2023年峰会什么时候开幕", "一共几天？"), True, (2023,), ["3天"], ["合计"]),
    row(("2014年和2020年各开了几天", "一共几天？"), True, (2014, 2020), ["合计5"], ["37"]),
]
AGGREGATES += [
    row("两天会期的届次平均多少个分论坛", True, (2020,), ["5"], ["天数"]),
    row("what was the total attendance at the 4-day editions", True, (2024, 2025), ["3400"]),
    row("有博览会的届次一共多少个分论坛", True, (2015, 2025), ["173"]),
]

# Red team 10 (own wording): 2020年论坛比… names the edition, not its sub-forums (the lengths
# were compared as sub-forums); 短/少开 compare lengths the other way; "the first (last) held
# in December after (before) a year", 2016年之后第一次在十二月 keep the year (it gave 2015)
CLAIMS += [
    row("2020年论坛比2021年峰会短几天", True, (2020, 2021), ["1"], ["分论坛"]),
    row("2020年论坛会期比2017年短吗", True, (2020, 2017), ["是的"], ["不是"]),
    row("2020年论坛最多开两天吗", True, (2020,), ["是的"]),  # guard
]
AGGREGATES += [
    row("2016年之后第一次在十二月举办的是哪一届", True, (2017,), ["第四届"], ["其中第1届是第二届"]),
    row("最后一次在十二月举办是哪届", True, (2017,), ["最后一届是第四届"]),
    row("the first summit held in december after 2015", True, (2017,), ["4th"], ["is the 2nd"]),
    row("the last edition held in november before 2019", True, (2018,), ["5th"]),
]

# Red team 9 (own wording): both bounds of a range kept ("more than 16 but fewer than 24",
# 超过16个但不到24个; it kept one, or turned it into "at most"); "exhibitor countries" are
# the expo's countries, not its exhibitors; "odd-year"/"even-year" select by parity
AGGREGATES += [
    row("editions with over 15 but under 20 sub-forums?", True, (2016, 2018), ["19"], ["24"]),
    row(
        "how many editions had more than 90 and fewer than 125 countries",
        True,
        None,
        ["96"],
        ["126 countries"],
    ),
    row("分论坛超过10个但少于19个的有哪几届", True, (2014, 2016), ["13"], ["20个"]),
    row("how many expos had more than 45 exhibitor countries?", True, (2023, 2025), ["2 of"]),
    row("which odd-year edition had the most countries?", True, (2025,), ["2025"], ["2024"]),
    row("average attendance of the even-year editions", True, (2014, 2024), ["over 6 editions"]),
]

# Red team 9 (own wording): a fold after a list ("their…", "they…", a short "on average?")
# is over the editions listed, and a bare "total?" after two one-edition turns is over
# those two (each was taken over every edition)
CONVERSATIONS += [
    row(
        ("which editions were held in december?", "their total attendance?"),
        True,
        (2015, 2017),
        ["3500"],
        ["18900"],
    ),
    row(
        ("which editions had 19 sub-forums", "how many countries did they have on average"),
        True,
        (2018, 2022),
        ["2 editions"],
    ),  # guard
    row(
        ("how long was the 2014 one", "and 2020?", "total?"), True, (2014, 2020), ["5 days"], ["37"]
    ),
    row(
        ("which editions opened on a sunday?", "average sub-forums?"),
        True,
        (2017, 2021),
        ["over 3 editions"],
    ),
]

# Red team 9 (own wording): a bound on the time between the organisation's founding and an
# edition ("less than a year old at the 2022 summit", "held more than a year after it was
# founded") is checked against the days between (it said "No" whatever the bound)
SERIES += [
    row(
        "was the organisation under six months old at the 2022 summit?",
        True,
        (2022,),
        ["Yes", "120 days"],
    ),
    row(
        "was the 2024 summit held more than two years after the org was founded?",
        True,
        (2024,),
        ["Yes"],
    ),  # guard
    row(
        "was the org more than 3 years old when the 2024 summit opened?",
        True,
        (2024,),
        ["No", "861"],
    ),  # guard
]

# Red team 11 (own wording): 上一届呢 after one edition is the one before it; 其中第一届 /
# 第二届呢 / 其中最后一届 after a list pick from it (they gave the 1st or 2nd edition, or the
# latest); 有20个分论坛的最后两届, 第一届有19个分论坛的 are places among those selected
CONVERSATIONS += [
    row(("2023年峰会开了几天", "上一届呢？"), True, (2022,), ["2022"], ["2023年"]),
    row(("哪几届有19个分论坛", "其中第一届是哪届？"), True, (2018,), ["2018"], ["首届"]),
    row(("哪几届有19个分论坛", "其中第一届是哪届？", "第二届呢？"), True, (2022,), [], ["第二届"]),
    row(("哪几届在十一月举办？", "其中最后一届是哪届？"), True, (2026,), ["2026"]),  # guard
]
AGGREGATES += [
    row("有19个分论坛的第一届是哪一届？", True, (2018,), ["第五届"]),
    row("最后两届有24个分论坛的是哪两届", True, (2024, 2025), ["最后2届"]),
    row("第一届在十二月举办的是哪一届", True, (2015,), ["第二届"]),
]

# Red team 11 (own wording): "the first edition after 2019 held in November" (a year between
# the noun and its condition) is the first such after it (it gave 2020's neighbour, or every
# edition); "The first edition that opened on a Tuesday?" asks which, not whether
AGGREGATES += [
    row(
        "which was the first summit after 2020 to be held in november",
        True,
        (2022,),
        ["1st of those is the 2022"],
    ),
    row(
        "the last edition before 2017 held in december?",
        True,
        (2015,),
        ["last of those is the 2nd"],
    ),
    row(
        "The first edition that opened on a Tuesday?",
        True,
        (2024,),
        ["1st of those is the 2024"],
        ["No —"],
    ),
]

# Red team 11 (own wording): a gap to a closing day not on record is not counted to the
# opening; "longer than 2 but shorter than 4 days" is 3; a range of one figure with a fold of
# another is no gap between editions
TIME += [
    row(
        "days from the end of the 2024 summit to the end of the 2026 one",
        False,
        (2026,),
        ["closing date"],
        ["347"],
    ),
]
AGGREGATES += [
    row(
        "which editions lasted longer than 3 but shorter than 5 days",
        True,
        (2024, 2025),
        ["4 days"],
        ["3 days"],
    ),
    row(
        "average sub-forums of editions with between 90 and 110 countries",
        True,
        (2021,),
        ["Among"],
        ["gaps"],
    ),
]

# Red team 9 (own wording): "in the last N years", "the past decade" count back from today
# (they gave every edition); the theme of the edition with the most or fewest of a figure is
# that edition's (it gave the longest or shortest theme); "was 2019 more than a year after
# 2018?" is the time between their openings (it compared attendance)
TIME += [
    row("how many summits were held in the past four years", True, (2023, 2026), ["4 of the 13"]),
    row("how many conferences in the last decade?", True, (2017, 2026), ["10 of the 13"]),
    row("was 2019 more than a year after 2018?", True, (2018, 2019), ["No", "347 days"]),
    row(
        "were the 2020 and 2021 editions less than a year apart?",
        True,
        (2020, 2021),
        ["Yes", "307"],
    ),
]
AGGREGATES += [
    row(
        "what was the theme of the edition with the most sub-forums",
        True,
        (2024, 2025),
        ["AI-for-good", "24"],
        ["longest theme"],
    ),
    row(
        "theme of the edition with the fewest attendees?",
        True,
        (2020,),
        ["Digital Empowerment"],
        ["shortest theme"],
    ),
]

# Red team 9 (own wording): an anniversary of the organisation's founding is that date come
# round again (it gave the Nth edition, or the latest)
SERIES += [
    row("when is the 3rd anniversary of the org?", True, None, ["July 12 2025"], ["3rd World"]),
    row("国际组织成立五周年是哪一天", True, None, ["2027年7月12日"]),
    row("how many anniversaries has the organisation had", True, None, ["4 have passed"]),
]

# Red team 9 (own wording): a fold or filter "since (before) the organisation was founded"
# is over the editions since (before) its day (the clause was dropped); "up to" from a
# cutoff is no bound on the figure ("before July 12, 2022 had over 1500": at most, it said)
AGGREGATES += [
    row("total sub-forums since the wic org was founded", True, (2022, 2025), ["87"], ["210"]),
    row(
        "which summit after the organisation was established had the most guests?",
        True,
        (2022,),
        ["2100"],
    ),
    row(
        "how many editions before the org was founded had more than 1900 guests?",
        True,
        (2015, 2021),
        ["2 of the 8"],
        ["at most"],
    ),
    row(
        "how many editions before 1 july 2022 had over 1500 guests",
        True,
        None,
        ["more than 1500"],
        ["at most"],
    ),
]

# Red team 9 (own wording): a day that is a series fact's own ("what happened on
# 2022-07-12?") is that fact, not the edition of that year
SERIES += [
    row(
        "what happened on 12 july 2022?", True, None, ["international organization"], ["November 9"]
    ),
    row("2022年7月12日那天发生了什么", True, None, ["成立"]),
]

TIME += [
    row(
        "did the 2017 wic come sooner than a year after the 2016 one?",
        True,
        (2016, 2017),
        ["No", "382"],
    ),
]

# After fresh15's first run (own wording): "was the 2016 one more than 10 years ago?" bounds
# the time since its opening (it answered with its length)
TIME += [
    row(
        "was the 2016 wic more than 10 years ago?", True, (2016,), ["Yes", "3664 days"], ["lasted"]
    ),
    row("was wic 2023 less than a thousand days ago", True, (2023,), ["No", "1116"], ["lasted"]),
]

# After fresh15's first run (own wording): who spoke at a closing ceremony is not on record
# (it gave the opening's keynote speaker)
UNKNOWN += [
    row(
        "who gave a speech at the 2017 closing ceremony?",
        False,
        (2017,),
        ["closing"],
        ["Wang Huning"],
    ),
    row("who delivered the keynote at the 2017 opening?", True, (2017,), ["Wang Huning"]),  # guard
]

# After fresh15's first run (own wording): "how many years after the first one was the first
# X given?" is the time from the first edition to the first with that kind of fact
TIME += [
    row(
        "how many years after the first wic was the first leading technology award given out?",
        True,
        (2014, 2023),
        ["2014 to 2023: 9 years"],
    ),
    row(
        "how many years after the first summit did the expo first take place?",
        True,
        (2014, 2015),
        ["1 year"],
    ),
]

# Own wording, this session: counts over a kind of fact and over the years asked. "How many
# expos…" counts the editions with one (it gave one edition's expo); "how many sub-forums
# before 2019" sums them (it gave 2019's); "before the 2016 one" bounds the years (it counted
# every edition); a total of countries says it counts each once per edition
AGGREGATES += [
    row("how many expos have been held so far?", True, (2015, 2025), ["10 of the 13"]),
    row(
        "how many expos took place prior to 2021",
        True,
        (2015, 2020),
        ["6 of the 7 editions from 2014 to 2020"],
        ["2021 World"],
    ),
    row(
        "how many summits had sub-forums after 2019?",
        True,
        (2020, 2025),
        ["from 2020 to 2026"],
        ["19 sub-forums were scheduled"],
    ),
    row("how many sub-forums were there before 2018?", True, (2014, 2017), ["In total 59"]),
    row("how many sub-forums have there been in all?", True, (2014, 2025), ["In total"]),  # guard
    row("how many sub-forums were held in 2018?", True, (2018,), ["19"], ["In total"]),  # guard
    row(
        "how many editions were held before the 2017 one?",
        True,
        (2014, 2016),
        ["3 of the 13"],
        ["There have been"],
    ),
    row(
        "how many summits came after the 2021 one",
        True,
        (2022, 2026),
        ["5 of the 13"],
        ["There have been"],
    ),
    row("was the 2019 wic held before the 2018 wic", True, (2018, 2019), ["No"]),  # guard
    row(
        "how many countries came to the 2017 and 2018 summits combined?",
        True,
        (2017, 2018),
        ["at least 156", "once per edition"],
    ),
    row("2017年和2018年的参会国家和地区加起来多少", True, (2017, 2018), ["156", "每届"]),
]

# Own wording, this session: the first of a kind of fact, asked after a pronoun ("when was
# it first held?") or as the editions before it (it gave the 1st edition, or every expo)
DETAILS += [
    row(
        "what's the light of the internet expo and when was it first held?",
        True,
        (2015,),
        ["newly set up"],
        ["2014 (November"],
    ),
    row(
        "how many conferences were held before the first expo?",
        True,
        (2014,),
        ["Editions held before it: 1"],
        ["10 of the 13"],
    ),
    row(
        "how many editions came before the leading achievements were first released?",
        True,
        (2014, 2015),
        ["Editions held before it: 2"],
    ),
]

# Own wording, this session: the parts of one edition are not ranked ("which sub-forum had
# the biggest audience in 2022?" gave the editions' sub-forum counts), and people are not the
# expo's companies ("which expo had the most visitors?" gave its exhibitors)
UNKNOWN += [
    row(
        "which sub-forum had the biggest audience at the 2022 summit?",
        False,
        None,
        ["within one edition"],
        ["share the most"],
    ),
    row("2021年哪一个分论坛人最多", False, None, ["同一届内"], ["并列最多"]),
    row(
        "which expo attracted the most visitors",
        False,
        None,
        ["visitor or attendance figures"],
        ["670"],
    ),
    row("which expo had the most exhibitors?", True, (2025,), ["670"]),  # guard
]

# After red team 12 (own wording): an edition named by ordinal, name, description or "it"
# bounds a count or a total ("before the 4th one" gave all 13; "before the 2018 summit" gave
# 2018's own figure); the latest edition with a kind of fact, not the latest edition; the
# Chinese counts of editions with a kind (they gave one edition's fact, or a sum of companies)
AGGREGATES += [
    row(
        "how many editions took place before the 4th wic?",
        True,
        (2014, 2016),
        ["3 of the 13"],
        ["There have been"],
    ),
    row(
        "how many editions have there been since the internet development forum?",
        True,
        (2020, 2026),
        ["7 of the 13"],
    ),
    row(
        ("tell me about the 2017 wic", "how many editions were held before it?"),
        True,
        (2014, 2016),
        ["3 of the 13"],
    ),
    row(
        "how many sub-forums were there before the 2018 summit in total?",
        True,
        (2014, 2017),
        ["In total 59"],
    ),
    row(
        "how many achievements were released after the 5th wic?",
        True,
        (2019, 2025),
        ["In total at least 77"],
        ["15 leading achievements were"],
    ),
    row(
        "how many expos were there before the 3rd wic?",
        True,
        (2015,),
        ["1 of the 2 editions"],
        ["310"],
    ),
    row(
        "how many days before the 2023 summit was the organisation founded?",
        True,
        None,
        ["days"],
        ["In total"],
    ),  # guard
    row("第四届之前举办过几届？", True, (2014, 2016), ["有3届"], ["共举办了13届"]),
    row("2020年论坛之后一共有多少个分论坛？", True, (2021, 2025), ["107"]),
    row("博覽會總共舉辦過幾屆？", True, (2015, 2025), ["有10届"], ["4079"]),
    row("2020年以前有几届设有博览会？", True, (2015, 2019), ["5届"], ["130"]),
    row("2018年及以前办过几次博览会", True, (2015, 2018), ["4届"]),
    row("2019年有多少个分论坛？", True, (2019,), ["20"], ["记录"]),  # guard
]

DETAILS += [
    row(
        "what year was the most recent expo?",
        True,
        (2025,),
        ["latest edition with", "670"],
        ["November 3, 2026"],
    ),
    row("最近一次博览会是在哪年", True, (2025,), ["2025"], ["2026年11月3日"]),
    row("when was the last wic?", True, (2026,), ["2026"]),  # guard
    row(
        "how many expos were held before the first leading technology award?",
        True,
        (2015, 2022),
        ["8 of the 9"],
    ),
]

# After red team 12 (own wording): "count the editions with…", "list the editions with…"
# and "how many editions released…" keep both the kind and the years (they dropped one);
# "in or after 2021" includes 2021; "when did they first…" is the kind's first
AGGREGATES += [
    row(
        "count the editions with an expo before 2018",
        True,
        (2015, 2017),
        ["3 of the 4 editions from 2014 to 2017"],
    ),
    row(
        "list the editions with achievements before 2019",
        True,
        (2016, 2018),
        ["3 of the 5 editions from 2014 to 2018"],
        ["2025"],
    ),
    row(
        "how many editions published leading achievements after 2019?",
        True,
        (2020, 2025),
        ["4 of the 7 editions from 2020 to 2026"],
    ),
    row(
        "how many editions had an expo in or after 2021?",
        True,
        (2021, 2025),
        ["4 of the 6 editions from 2021 to 2026"],
    ),
    row("average number of expo companies", True, None, ["407.9"]),  # guard
]

DETAILS += [
    row(
        "when did they first put on the expo?",
        True,
        (2015,),
        ["newly set up"],
        ["November 19–21, 2014"],
    ),  # guard
    row("when did they first do the expo", True, (2015,), ["newly set up"]),
]

# After red team 12 (own wording): follow-ups keep what was folded or counted — "and between
# 2022 and 2024?" after a total is that total (it gave the days between); "how many of those
# before 2019?" after the expos keeps the expo (it counted every edition); 加起来 after two
# editions' figures is those two (it summed every edition)
CONVERSATIONS += [
    row(
        ("how many people attended from 2017 to 2019 in total?", "and between 2022 and 2024?"),
        True,
        (2022, 2024),
        ["In total"],
        ["days"],
    ),
    row(
        ("how many expos have there been so far?", "how many of those before 2019?"),
        True,
        (2015, 2018),
        ["4 of the 5 editions from 2014 to 2018"],
    ),
    row(
        ("2016年博览会有多少家企业？", "2019年呢？", "加起来多少？"),
        True,
        (2016, 2019),
        ["911"],
        ["4079"],
    ),
    row(
        (
            "how many days were there between the 2015 and 2017 summits?",
            "and between 2019 and 2021?",
        ),
        True,
        (2019, 2021),
        ["days"],
        ["In total"],
    ),  # guard
]

# After fresh15's first run (own wording): "what happened for the first time that year?" is
# the firsts of the edition talked about (it gave its dates); "which other editions lasted as
# long?" filters by that edition's length (it repeated it); 什么时候成为永久会址 is the edition
# whose facts say so (it gave the place); "firsts" is not the 1st edition
CONVERSATIONS += [
    row(
        ("what was the theme in 2023?", "what happened for the first time that year?"),
        True,
        (2023,),
        ["New at", "Leading Technology Award"],
    ),
    row(
        ("tell me about the 2016 one", "anything new that year?"),
        True,
        (2016,),
        ["New at", "first time"],
    ),
    row(
        ("how long did the 2024 summit last?", "which other editions lasted as long?"),
        True,
        (2025,),
        ["as many days as 2024", "2025: 4 days"],
    ),
]

SERIES += [
    row("乌镇哪一年成为大会的永久会址？", True, (2014,), ["2014", "永久会址"]),  # guard
    row("乌镇是什么时候成为永久会址的", True, (2014,), ["2014", "闭幕式"]),
]

DETAILS += [
    row(
        "what were the firsts at the 2016 conference?",
        True,
        (2016,),
        ["New at"],
        ["could mean more than one"],
    ),
]

# After fresh16's first run (own wording): "the expo began in 2016" is a claim about its
# first (it gave the 2016 dates); an edition's year with a plus ("2019+") is a range of years,
# not "at least 2,019" of a figure (a figure's plus, "2000+ attendees", stays a figure)
CLAIMS += [
    row("the expo began in 2017", True, (2015,), ["No", "newly set up"]),
    row("the expo was introduced in 2015, right?", True, (2015,), ["Yes"]),  # guard
    row("when did the 2017 summit start", True, (2017,), ["December 3"], ["No"]),  # guard
]

AGGREGATES += [
    row(
        "fewest sub-forums 2021+?",
        True,
        (2022,),
        ["19"],
        ["at least 2021", "2020: 5"],
    ),
    row("2019+的峰会哪届分论坛最少", True, (2020,), ["5"], ["至少2019"]),
    row("which editions had 2000+ attendees", True, (2015, 2021, 2022), ["at least 2000"]),  # guard
]

# After fresh16's first run (own wording): a claim about a kind's first without an auxiliary
# ("the first achievements came out in 2018") is checked (it gave 2018's figure)
CLAIMS += [
    row(
        "the first leading achievements came out in 2018",
        True,
        (2016,),
        ["No", "first time"],
        ["15 leading scientific and technological achievements were released."],
    ),
    row(
        "the first expo in 2015 had how many exhibitors",
        True,
        (2015,),
        ["258"],
        ["Yes —"],
    ),  # guard
]

# After fresh16's first run (own wording): "how long has the conference been running?" is
# the series' start (it asked which edition); "the figure from 2023" is that year's, no sum
SERIES += [
    row(
        "how long has the conference been going on",
        True,
        (2014,),
        ["held since 2014"],
        ["Which edition"],
    ),
    row("since when has it been running?", True, (2014,), ["since 2014"]),
]

AGGREGATES += [
    row(
        "how many sub-forums were there from 2021",
        True,
        (2021,),
        ["20"],
        ["In total"],
    ),
]

# After fresh16's first run (own wording): "how often is it held?" is the series' frequency
# (it counted the editions); the official website is a fact of the file (it was declined)
SERIES += [
    row("how often is the summit held?", True, None, ["annual"], ["Official ordinals"]),  # guard
    row("what's the official website of the conference?", True, None, ["wicinternet.org"]),
    row("大会官网是什么", True, None, ["wicinternet.org"]),
    row("write a python script that scrapes the wic website", False, None),  # guard
]

# After red team 13 (own wording): "the edition after the 3rd one" and "the year before
# 2018" are one edition, not a range (a slip of this session's bounds); "pre-2018" bounds the
# years; "how many expo companies" is their total, not the editions with an expo; a Chinese
# claim about a kind's start is checked (博览会是2016年开始的吧 said yes); people at the expo
# in Cantonese are not its companies
AGGREGATES += [
    row(
        "how many sub-forums did the edition after the 3rd wic have?",
        True,
        (2017,),
        ["20"],
        ["In total"],
    ),
    row(
        "how many achievements came out the year before 2018?",
        True,
        (2017,),
        ["18"],
        ["In total"],
    ),
    row("how many sub-forums pre-2018?", True, (2014, 2017), ["In total 59"]),
    row("how many expo companies have there been in total?", True, None, ["at least 4079"]),
    row("who hosted the summits before 2022", True, (2014, 2021), ["Cyberspace"]),  # guard
]

CLAIMS += [
    row("博览会是2017年开始的吧？", True, (2015,), ["不是", "2015"]),
    row("线上线下相结合是2022年开始的吗", True, (2020,), ["不是"]),
    row("领先科技成果是2016年首次发布的吧", True, (2016,), ["是的"]),  # guard
]

UNKNOWN += [
    row("邊屆博覽會最多人去？", False, None, ["参观或参会人数"], ["670"]),
]

# After red team 13 (own wording): 上一次博览会 is the latest expo (it gave the first), and
# 上一次呢 after a named edition is the one before it
DETAILS += [
    row("上一次博览会是哪一年办的？", True, (2025,), ["2025"], ["2015"]),
]

CONVERSATIONS += [
    row(("2017年那届", "上一次呢？"), True, (2016,), ["2016"]),
]

# After red team 13 (own wording): "X and Y together" is their sum, not a comparison
AGGREGATES += [
    row("sub-forums of 2018 and 2019 together?", True, (2018, 2019), ["In total 39"], ["more"]),
    row("how many people came in 2016 and 2017 together", True, (2016, 2017), ["In total"]),
]

# After red team 13 (own wording): "did the edition before 2021 have more … than 2021?" is
# claimed of the edition before (it said yes of 2021's lead)
CLAIMS += [
    row(
        "did the edition before 2021 have more sub-forums than 2021?",
        True,
        (2020, 2021),
        ["No —"],
        ["Yes"],
    ),
    # (the qualifiers leave it open: it says it does not know which — session 14)
    row("was 2017 bigger than the year before?", True, (2016, 2017), ["don't know which"]),
]

# After red team 13 (own wording): 之后的那一届 / 之前的那一届 are the editions beside the one
# named (it gave the named edition's figure)
AGGREGATES += [
    row("2018年之后的那一届有几个分论坛？", True, (2019,), ["20"], ["19场"]),
    row("2020年之前的那一届有几个分论坛", True, (2019,), ["20"], ["5个分论坛"]),
    row("2019年之后的那届主题是什么", True, (2020,), ["数字赋能"]),  # guard
]

# After red team 13 (own wording): 之后一共… in a conversation about one edition is bounded
# by it (it summed every edition)
CONVERSATIONS += [
    row(("第五届是什么时候？", "之后一共有多少个分论坛？"), True, (2019, 2025), ["132"], ["210"]),
    row(("2018年那届", "在那之前有几届？"), True, (2014, 2017), ["有4届"]),
]

# After red team 13 (own wording): "which day of the 2024 summit had the most people?" has
# no figures per day (it gave the editions' lengths)
UNKNOWN += [
    row(
        "which day of the 2024 summit had the most attendees?",
        False,
        None,
        ["each day"],
        ["share the most"],
    ),
    row("2022年哪天人最多？", False, None, ["各天"]),
]

# After red team 13 (own wording): "since the 3rd one had an expo" keeps the kind after
# the edition that bounds it (it counted every edition since)
AGGREGATES += [
    row("how many summits took place before the expo was introduced", True, (2014,), ["1 of"]),
    row(
        "how many editions since the 5th wic had an expo",
        True,
        (2018, 2025),
        ["7 of the 9 editions from 2018 to 2026"],
    ),
]

# Tenth session (own wording): a calendar rank keeps its own way when another superlative
# ("closest") sits beside it (it ranked by the earliest)
AGGREGATES += [
    row(
        "which summit fell latest in the calendar year, nearest to new year's eve?",
        True,
        (2015,),
        ["Dec", "16"],
        ["Earliest"],
    ),
    row("which edition was held earliest in the year, closest to summer?", True, (2021,)),  # guard
]

# Tenth session (own wording): "didn't last 3 days", "weren't 4 days long" exclude that
# length (they listed the editions of that length)
AGGREGATES += [
    row("which editions didn't last three days?", True, (2020, 2024, 2025), ["2 days"], ["2014"]),
    row("the summits that weren't 3 days long", True, (2020, 2024), ["other than 3"], ["2016"]),
    row("which editions did not run for 4 days", True, (2014, 2020), [], ["2024:"]),
]

# Tenth session (own wording): a statement with a question mark, led by "all", "both",
# "every" or the series' name, is a claim to judge (it listed, or gave no verdict)
CLAIMS += [
    row("all the editions lasted 3 days?", True, None, ["No", "2020"]),
    row("every summit was held in november?", True, None, ["No", "2019"]),
    row("both 2023 and 2021 had 20 sub-forums?", True, (2021, 2023), ["Yes"]),
    row("wic 2017 was the 3rd one", True, (2017,), ["No", "4th"]),
    row("wuzhen summit 2016 was the third", True, (2016,), ["Yes"]),
]

# Tenth session (own wording): "no, not all of them" names the editions that break the
# claim, not every figure (it listed all twelve)
CLAIMS += [
    row("did each edition have at least 15 sub-forums?", True, None, ["No", "2020"], ["2017"]),
    row("2015年以来每届都开了三天吗", True, None, ["不是", "2020"], ["2016"]),
]

# After red team 14 (own wording): a negation before a bound takes the opposite bound
# ("didn't have more than 100" is at most 100); before a month, the other months (both
# listed the positive set)
AGGREGATES += [
    row(
        "which summits didn't draw more than 90 countries?",
        True,
        (2018, 2019, 2020),
        ["at most 90"],
        ["2023:"],
    ),
    row("哪几届的分论坛没超过19个", True, (2014, 2015, 2016, 2018), ["至多19"], ["2024年"]),
    row("which editions did not have fewer than 24 sub-forums", True, (2024, 2025), [], ["2023:"]),
    row("which editions didn't have at least 600 exhibitors", True, (2015, 2016), [], ["2025:"]),
    row("which editions did not open in november?", True, (2015, 2017, 2019, 2021), [], ["2014"]),
    row("did 2019 have more than 80 countries?", True, (2019,), ["Yes", "83"]),  # guard
]

# After red team 14 (own wording): "held outside November?" of one edition is judged by
# the months it was NOT in (the verdict was inverted)
CLAIMS += [
    row("was the 2021 summit held outside of november?", True, (2021,), ["Yes", "September"]),
    row("was the 2023 edition held outside november?", True, (2023,), ["No"]),  # guard
    row("2017年的大会是在12月以外举行的吗", True, (2017,), ["不是"]),
    row("was the 2021 summit held in september?", True, (2021,), ["Yes"]),  # guard
]

# After red team 14 (own wording): "N <unit> or more / or fewer" includes N (it was read
# as strictly more or fewer), and "or more" is a bound, not a choice to leave unjudged
AGGREGATES += [
    row("which summits had 20 sub-forums or more?", True, (2017, 2019, 2024), ["at least 20"]),
    row("how many of the summits had 19 sub forums or fewer", True, (2018, 2022), ["6 of"]),
    row("editions that ran 2 days or less", True, (2020,), ["2 days"], ["No edition"]),
    row("which editions had 20 or more sub-forums", True, (2017, 2024)),  # guard
]
CLAIMS += [
    row("did 2023 have 20 sub-forums or more?", True, (2023,), ["Yes"]),
    row("was there any edition with 670 exhibitors or more?", True, (2025,), ["Yes"]),
]

# After red team 14 (own wording): "which edition had N <unit>?" matches the figure whole
# ("500" is not the end of "1,500"); "2000 participants" is people, not the year 2000
AGGREGATES += [
    row("which summit had 500 participants?", True, (2020,), ["500"], ["1,500", "1500"]),
    row("which one had 30 countries and regions", False, None, [], ["130"]),
    row("which edition had 2100 participants?", True, (2022,), ["2100"], ["no WIC"]),
    row("how many editions had 2000 or more attendees", True, (2015, 2021), ["3 of"]),
    row("which edition had 601 exhibitors", True, (2019,)),  # guard
]

# After red team 14 (own wording): 届次 in 哪些届次… names the editions, not their numbers
# (it gave the one edition whose figure quoted the number); "N or M" is either figure (it
# kept N alone)
AGGREGATES += [
    row("哪些届次的参会国家超过110个", True, (2015, 2023, 2025), ["超过110"]),
    row("which summits had 5 or 24 sub-forums", True, (2020, 2024, 2025), ["5 or 24"]),
    row("哪几届的分论坛数是5或19个", True, (2018, 2020, 2022), ["5或19"]),
]

# After red team 14 (own wording): "the second most" where two editions share the most is
# the next figure down, with those above named (it gave the tied leaders as "1st")
AGGREGATES += [
    row("what was the 2nd highest sub-forum count", True, (2017, 2023), ["2nd", "20 sub"]),
    row("哪一届的分论坛数量排第二", True, (2019, 2021), ["第二", "20个"]),
    row("which edition had the second most exhibitors?", True, (2019,), ["601"]),  # guard
]

# After red team 14 (own wording): "between October and December", "from September to
# November", 9月到11月 take the months between too (it kept the two ends)
AGGREGATES += [
    row("which summits happened from october through december?", True, (2019, 2014, 2017)),
    row("2014年以来哪几届是在10月到12月举办的", True, (2019, 2022), ["10月"]),
]
CLAIMS += [
    row("was every edition held between september and december?", True, None, ["Yes"]),
]

# After red team 14 (own wording): "is 2025 the 12th <series name>?" is yes by the year
# count, as "when was the 12th" answers 2025 (it said no); 2020, held instead of a 7th, is no
CLAIMS += [
    row("was the 2022 summit the 9th wic?", True, (2022,), ["Yes", "own year count"]),
    row("2024年是第十一届世界互联网大会吗", True, (2024,), [], ["不是"]),
    row("was 2020 the 7th world internet conference?", True, (2020,), ["No"]),  # guard
]

# After red team 14 (own wording): "two before the 2021 summit" counts editions back from
# the one named (it gave the named one); 2025年的前两届 are 2023 and 2024 (it summed 2014,
# 2015 and 2025)
AGGREGATES += [
    row("which edition was three before the 2022 summit?", True, (2019,), ["2019"], ["2022 W"]),
    row("what was the theme of the one two after the 2016 conference", True, (2018,)),
    row("2024年峰会的前两届一共有多少个分论坛", True, (2022, 2023), ["39"], ["2014"]),
    row("2017年之后三届分别是哪年举办的", True, (2018, 2019, 2020), [], ["2017年举办"]),
]

# After red team 14 (own wording): "the expo before last", "the penultimate expo" are the
# second-latest edition with one on record (it gave the first expo, or the latest)
DETAILS += [
    row("what about the expo before last, how big was it", True, (2023,), ["580"], ["258"]),
    row("tell me about the penultimate expo", True, (2023,), ["580"], ["670"]),
    row("the second to last expo?", True, (2023,), ["580"]),
]

# After red team 14 (own wording): "X of the edition with the most Y" asks X of the
# edition the ranking by Y names (it ranked by X)
AGGREGATES += [
    row(
        "how many countries came to the summit that had the most expo companies?",
        True,
        (2025,),
        ["130"],
        ["2024"],
    ),
    row("what was the theme of the edition with the fewest sub-forums", True, (2020,)),  # guard
    row("参会人数最多的那届开了几天", True, (2022,), ["3天"], ["4天"]),
    row("which edition had the most achievements", True, (2017,), ["18"]),  # guard
]

# After red team 14 (own wording): scopes a ranking or a mean kept — "the official <series
# name>s" (the numbered ones), "in the 2010s", 2020年代, "post-2020" (each answered over
# every edition)
AGGREGATES += [
    row("among the official wics which drew the fewest countries", True, (2018,), [], ["2020"]),
    row("mean number of sub-forums at the official editions", True, None, ["16.33"]),
    row("which edition of the 2010s had the most sub-forums?", True, (2017, 2019), ["20"]),
    row("2020年代哪一届分论坛最少", True, (2020,), ["5"]),
    row("how many editions took place in the 2020s", True, None, ["7 of"]),
    row("of the post-2021 summits, which had the fewest sub-forums", True, (2022,), ["19"]),
]

# After red team 14 (own wording): "which of these had the most?" after one edition per
# turn ranks those editions; "which was the lowest?" just after a comparison ranks the
# editions compared (both ranked every edition)
CONVERSATIONS += [
    row(
        ("expo companies in 2016?", "and in 2017", "and 2018?", "which of these had the most?"),
        True,
        (2018,),
        ["430"],
        ["670"],
    ),
    row(
        ("compare the sub-forums of 2019, 2022 and 2024", "which was the lowest?"),
        True,
        (2022,),
        ["19"],
        ["2020"],
    ),
]

# After red team 14 (own wording): a share is a per cent only of a part of the main count
# (foreign exhibitors of all); countries are no part of the companies, and foreign to
# domestic is no share of all (each gave a wrong per cent)
DETAILS += [
    row("2025 expo: ratio of companies to countries?", True, (2025,), ["670"], ["%"]),
    row("2019 ratio of foreign vs domestic exhibitors", True, (2019,), ["107"], ["17.8"]),
    row(
        "what percentage of 2019's exhibitors came from overseas", True, (2019,), ["17.8"]
    ),  # guard
]

# After fresh17's first run (own wording): "earliest in the calendar year? a friend says the
# december one" ranks every edition (it ranked December's alone); a word of the series' own
# name quotes no theme ("internet" found the 2016 theme)
AGGREGATES += [
    row(
        "which one was latest in the calendar year? i think it was the november one (2024)",
        True,
        (2015,),
        ["December 16"],
    ),
    row("what year was the first internet conference of that scale in china", True, (2014,)),
]

# After fresh17's first run (own wording): "%" is read as "percent" (it was dropped, and
# "what % is that" got the series overview)
CONVERSATIONS += [
    row(("2019 expo companies", "and from abroad?", "what % of them?"), True, (2019,), ["17.8"]),
]

# After red team 14 (own wording): "what about fewer than 10?" after a filter is the same
# filter with the new bound (it compared the editions just listed)
CONVERSATIONS += [
    row(
        ("which summits had over 2000 participants", "what about fewer than 1000?"),
        True,
        (2020,),
        ["500"],
        ["do not show"],
    ),
    row(("editions with more than 600 exhibitors", "and exactly 258?"), True, (2015,), ["258"]),
]

# After fresh17's first run (own wording): "your data" beside a name asked is no question
# about freshness (it gave the date the facts were checked)
DETAILS += [
    row("in your data, which years was li shulei the keynote speaker", True, (2022, 2023)),
    row("how fresh is your data?", True, None, ["November 29 2026"]),  # guard
]

# Tenth session (own wording): "what edition…" asks which edition, as "which edition" does
# (it was declined as off-topic)
AGGREGATES += [
    row("what edition had 500 participants?", True, (2020,), ["500"]),
    row("what summit was held in october", True, (2019,)),
]

# After fresh17's first run (own wording): pinyin for companies, exhibiting, regions and
# the website (they were unknown words)
CHAT += [
    row("2025 nian you duoshao jia qiye canzhan", True, (2025,), ["670"]),
    row("shijie hulianwang dahui de guanwang", True, None, ["wicinternet"]),
]

# Tenth session (own wording): the names of parts a fact only counts are unknown ("what
# were the 2019 sections called" gave the count as the answer)
UNKNOWN += [
    row("what were the 2019 sections named?", False, (2019,), ["names", "four sections"]),
    row("2016年的20个议题分别叫什么名字", False, (2016,), ["名称"]),
    row("how many issues did the 2016 forums cover", True, (2016,), ["20"]),  # guard
]

# Tenth session (own wording): "…? and which weren't" after a figure asks the others (it
# listed the editions that were)
AGGREGATES += [
    row(
        "did every summit last 3 days? which ones didn't", True, (2020, 2024), [], ["2014"]
    ),  # guard
    row("every edition lasted 3 days? if not which ones weren't", True, (2025,), ["other than"]),
]

# Tenth session (own wording): "which of these was biggest?" after expo figures ranks the
# expo, as "and the biggest?" does (it ranked attendance)
CONVERSATIONS += [
    row(
        ("exhibitors at the 2018 expo", "and 2019?", "which of these was largest?"),
        True,
        (2019,),
        ["601"],
        ["participants"],
    ),
]

# Eleventh session (own wording): a count of editions over a range of ordinals is those
# editions counted ("how many editions were held from the 2nd to the 5th" gave the days
# between the 2nd and the 3rd); "between 2016 and 2021" likewise (it asked which edition)
AGGREGATES += [
    row(
        "how many summits were held from the 3rd to the 6th?",
        True,
        (2016, 2019),
        ["4 of"],
        ["days"],
    ),
    row("how many conferences between the 1st and the 4th", True, (2014, 2017), ["4 of"]),
    row("how many editions took place between 2017 and 2020?", True, (2017, 2020), ["4 of"]),
    row("how many days between the 3rd and the 6th", True, (2016, 2019), ["days"]),  # guard
]

# Eleventh session (own wording): "which edition came soonest after the previous one" ranks
# each edition's gap from its predecessor (it gave the shortest edition, or 2026 as the one
# after "the previous one")
AGGREGATES += [
    row(
        "which summit had the biggest gap after the previous one?",
        True,
        (2021, 2022),
        ["409"],
    ),
    row("which edition came the soonest after the one before", True, (2020, 2021), ["307"]),
    row("which conference came longest after the previous one", True, (2022,), ["409"]),
]

# Eleventh session (own wording): "N years after <a dated series fact>" is the edition of
# that calendar year (it gave the first edition after the fact)
TIME += [
    row(
        "which summit was held two years after the WIC became an international organization?",
        True,
        (2024,),
        ["2024"],
        ["since"],
    ),
    row("what edition came one year after the organisation was set up", True, (2023,), ["2023"]),
    row("first summit after the organization was founded?", True, (2022,), ["2022"]),  # guard
]

# Eleventh session (own wording): a part of attendance no source gives is unknown ("how many
# 2019 attendees were foreign" gave the expo's exhibitors from abroad); people asked of the
# expo's further figure are not its companies
DETAILS += [
    row("how many of the 2019 guests came from overseas?", False, (2019,), ["1500"], ["107"]),
    row("what percentage of 2019's participants were foreign", False, (2019,), [], ["107"]),
    row("2019年参会者中有多少来自境外", False, (2019,), [], ["107"]),
    row("how many foreign visitors did the 2019 expo have", False, (2019,), ["visitors"]),
    row("how many overseas exhibitors were at the 2019 expo?", True, (2019,), ["107"]),  # guard
]

# Eleventh session (own wording): a relative reference alone ("the summit before last") is
# that edition (it was declined); "what is the expo called" is our expo (declined off-topic)
DETAILS += [
    row("the conference before last?", True, (2025,), ["2025"]),
    row("what's the expo called?", True, (2015,), ["Light of the Internet Expo"]),  # guard
    row("what is the award called", True, (2023,), ["Leading Technology Award"]),
]

# Eleventh session (own wording): "hosted by the international organisation" is settled by
# the hosts on record (it answered "no" from the founding date; a count found one edition)
CLAIMS += [
    row("did the international organization host the 2024 summit?", True, (2024,), ["Yes"]),
    row("2025年峰会由国际组织主办吗", True, (2025,), ["是的"]),
    row("2019年係咪國際組織主辦", True, (2019,), ["不是"]),
    row("was the 2016 conference hosted by the international org", True, (2016,), ["No"]),  # guard
    row("has the organisation always hosted the summit?", True, (2014,), ["No", "2022"]),
]
AGGREGATES += [
    row("how many summits did the international org host", True, (2022, 2026), ["5 of"]),
    row("国际组织主办过几届", True, (2022, 2026), ["5届"]),
    row("国际组织成立之后举办过多少届", True, (2022, 2026), ["5届"]),
]

# Eleventh session (own wording): 高于, 低于, 大于, 小于, 高過/低過 compare (they were read as
# "equal to"); a follow-up's own comparator (那超过120的呢) is kept (it became "equal to")
AGGREGATES += [
    row("哪几届的分论坛高于20个", True, (2024, 2025), ["24"], ["为20"]),
    row("参会人数低于1000人的是哪几届", True, (2020,), ["500"]),
    row("参展企业大于580家的是哪几届", True, (2019, 2025), ["601", "670"]),
    row("分論壇低過15個嘅係邊幾屆", True, (2014, 2015, 2020), ["13", "10", "5"]),
    row(("哪几届分论坛超过20个", "那不到15个的呢"), True, (2014, 2015, 2020), ["13", "10", "5"]),
    row(("参会国家超过100个的有哪几届", "那超过125的呢"), True, (2023, 2024), ["126", "130"]),
]

# Eleventh session (own wording): a claim of two parts joined by "and" / 和 is judged on
# each — yes only if both hold, no if either fails, else unknown (it was judged on one part:
# "No" to true claims, "Yes" where the other part was false or unrecorded)
CLAIMS += [
    row("the 2018 summit had an expo and 15 achievements, correct?", True, (2018,), ["both"]),
    row("2022 had 19 sub-forums and an expo right?", True, (2022,), ["both"]),
    row("the 2023 conference had 20 sub-forums and 130 countries?", True, (2023,), ["not all"]),
    row("was the 2017 one held in December and attended by 1500 people", True, (2017,), ["both"]),
    row("the 2024 edition had an expo and 24 sub-forums, right?", True, (2024,), ["can't"]),
    row("2016年有博览会和15项成果吗", True, (2016,), ["都对"]),
    row("2019年有20个分论坛和100个国家参会，对吗", True, (2019,), ["并非"]),
    row("2021年有20个分论坛和领先科技成果吗", True, (2021,), ["无法确认"]),
]

# Eleventh session (own wording): "was X the only edition with …?" compares the editions the
# condition selects with X (it stated X's own figure, which reads as a yes)
CLAIMS += [
    row("was the 2018 summit the only one with 19 sub-forums?", True, (2018, 2022), ["No —"]),
    row("is 2019 the only edition held in october", True, (2019,), ["Yes —"]),
    row("was 2024 the only year with 24 sub-forums", True, (2024, 2025), ["No —", "2025"]),
    row("was 2021 the only edition in September?", True, (2021,), ["Yes —"]),
]

# Eleventh session (own wording): a Chinese range from 首届, to a year, or past the official
# ordinals (第九届 by the series' own count) covers the editions between; 之和, 共多少 and
# "2014~2016" sum (each kept only the two ends)
AGGREGATES += [
    row("首届到第四届的分论坛一共多少个", True, (2014, 2017), ["59"]),
    row("从第一届到2017年共有多少分论坛", True, (2014, 2017), ["59"]),
    row("第十届到第十二届分论坛之和", True, (2023, 2025), ["68"]),
    row("2017~2019年分论坛共多少", True, (2017, 2019), ["59"]),
    row("2015年至第四届的分论坛总数", True, (2015, 2017), ["46"]),
    row("首届到第六届哪届分论坛最少", True, (2015,), ["10"]),
]

# Eleventh session (own wording): "which official edition…" ranks the numbered ones; "the
# <other name> era", "the summits called <other name>" are the editions whose name carries it
AGGREGATES += [
    row("which official summit drew the most exhibitors", True, (2019,), ["601"], ["670"]),
    row("which official conference had the fewest sub-forums?", True, (2015,), ["10"]),
    row("in the Wuzhen Summit era which edition had the fewest countries", True, (2021,), ["96"]),
    row("total achievements of the editions called Wuzhen Summit", True, (2022, 2025), ["47"]),
    row("how many days in total did the Wuzhen Summit era summits run", False, (2021,), ["17"]),
]

# Eleventh session (own wording): two bounds ("after 2016 but before 2020", 2016年之后、2020年
# 之前) select the years between (the first bound alone was kept, or the two compared)
AGGREGATES += [
    row("how many summits took place after 2015 but before 2019?", True, (2016, 2018), ["3 of"]),
    row("sum of sub-forums since 2018 and before 2022", True, (2018, 2021), ["64"]),
    row(
        "which editions after 2016 and before 2020 had over 19 sub-forums",
        True,
        (2017, 2019),
        [],
        ["2024"],
    ),
    row("2017年之后、2021年之前一共办了几届", True, (2018, 2020), ["3届"]),  # guard
]

# Eleventh session (own wording): an edition placed against another that a ranking, a figure
# or a month names ("right after the one with the most attendees", "before the one with 5
# sub-forums", "the second December edition", "the edition held in September"); a tie moves
# each tied edition ("two before the one with the most sub-forums": 2022 and 2023)
DETAILS += [
    row("dates of the summit immediately after the one with the most participants", True, (2023,)),
    row(
        "how many exhibitors did the edition before the one with 5 sub-forums have",
        True,
        (2019,),
        ["601"],
    ),
    row(
        "what was the theme of the edition after the one with 18 achievements", True, (2018,)
    ),  # guard
    row("how many exhibitors were there at the september edition?", True, (2021,), ["300"]),
    row("attendance at the second December summit?", True, (2017,), ["1500"]),
    row("which edition came after the first edition in december", True, (2016,), ["2016"]),  # guard
    row(
        "which summit came two before the one with the most sub-forums",
        True,
        (2022, 2023),
        [],
        ["came before"],
    ),
]

# Eleventh session (own wording): Chinese steps from an edition — 上上届, 下下届, 上上上届,
# 之后第N届, 往后数第N届, 之后的两届 — and 上上届 alone (each moved one step, or none)
TIME += [
    row("2023年的上上届在几月举办", True, (2021,), ["9月"]),
    row("2017年的下下届主题是什么", True, (2019,)),
    row("2026年的上上上届是哪一年", True, (2023,), ["2023"]),
    row("2014年之后第四届是哪届", True, (2018,), ["2018"]),
    row("第二届之后的第二届有多少人参会", True, (2017,), ["1500"]),
    row("2022年之后的两届分论坛各有多少", True, (2023, 2024), ["20", "24"]),
    row("上上届是什么时候开的", True, (2025,), ["2025"]),
]

# Eleventh session (own wording): "how much did X change from A to B" compares the two (it
# summed them); "which of the editions with N X had the most Y" ranks among those (it cut
# the question after "which" and ranked by X)
AGGREGATES += [
    row("how much did attendance change from 2019 to 2020", True, (2019, 2020), ["1000"]),
    row("how much did the expo change from 2017 to 2018?", True, (2017, 2018), [], ["total"]),
    row("2022年到2023年参会国家变化了多少", True, (2022, 2023), [], ["合计"]),
    row(
        "which of the summits with 19 sub-forums had the most countries?",
        True,
        (2022,),
        ["120"],
    ),
    row("which of the editions with 24 sub-forums had the fewest guests", True, (2025,)),
]

# Eleventh session (own wording): the number an edition's note says it was held instead of
# is no (2020年是第七届吗 said yes by the year count, though "not the 7th" followed); "the
# 13th official one" claims the official ordinal: no
CLAIMS += [
    row("2020年是不是第七届大会", True, (2020,), ["不是"]),
    row("2020年係咪第七屆？", True, (2020,), ["不是"]),
    row("is the 2025 summit the 12th official wic?", True, (2025,), ["No —"]),
    row("is the 2025 summit the 12th wic?", True, (2025,), ["Yes"]),  # guard
]

# Eleventh session (own wording): a story before a colon ("after 5 years of studying the web,
# I want to know: …") is no part of the question (its "after 5 years" flipped "fewest")
CHAT += [
    row(
        "after 3 years of reading about it, I still wonder: which edition had the fewest forums?",
        True,
        (2020,),
        ["5"],
    ),
]

# Eleventh session (own wording): the source of a fact the question names by a person or by
# its own words (X出席的来源, "source for Li Shulei attending", 国别数创历届新高的出处) is that
# fact's (the attendance's or the expo's source was given); X的来源 asks the source
META += [
    row("2023年李书磊出席的出处是哪里", True, (2023,), ["主旨"], ["参会情况"]),
    row("what is the source for liu he attending in 2021?", True, (2021,), ["keynote"]),
    row("2023年国别数创历届新高这句话的来源", True, (2023,), ["Xinhua", "国别数创历届新高"]),
    row("2017年参会人数的来源", True, (2017,), ["出自"]),
]

# Eleventh session (own wording): a person's role asked in Chinese (宣读贺信, 视频, 主旨演讲,
# 致贺信) or "sent a letter" selects the editions whose keynote fact says it of them, in the
# clause naming them (it gave every edition naming them, or the best-scoring one)
DETAILS += [
    row("黄坤明在哪一届宣读了贺信", True, (2019,), ["2019"], ["2018"]),
    row("习近平以视频方式讲话的有哪几届", True, (2016, 2024), ["2023"], ["2021"]),
    row("李书磊作主旨演讲有几次", True, (2022, 2025), ["3"]),  # guard
    row("习近平致贺信的一共有多少届", True, (2017, 2022), ["5"]),
    row("in which years did xi jinping send a congratulatory letter", True, (2017, 2022)),
]

# Eleventh session (own wording): "the nth most" is the nth figure, ties or not ("second" and
# "third most sub-forums" both gave the four editions with 20)
AGGREGATES += [
    row("分论坛数量第三多的是哪几届", True, (2018, 2022), ["19", "第三"]),
    row("third most sub-forums?", True, (2018, 2022), ["19"]),
    row("which edition had the second most sub-forums", True, (2017, 2023), ["20"]),  # guard
]

# Eleventh session (own wording): "was there a theme in 2026?", 有没有主题 ask that fact of the
# edition — unknown where none is on record, never "yes" because the edition was held; pinyin
# ordinals (diyi jie, disan jie) are the editions
UNKNOWN += [
    row("was there a theme for the 2026 summit?", False, (2026,), [], ["Yes"]),
    row("2026年峰会有没有主题", False, (2026,), [], ["是的"]),
]
CHAT += [
    row("shijie hulianwang dahui dier jie shenme shihou", True, (2015,), ["2015"]),
    row("wuzhen fenghui diliu jie zhuti shi shenme", True, (2019,)),
]

# Eleventh session (own wording): "from fewest to most", 从少到多 order a ranking that way (it
# ranked most first); 19年的峰会 is 2019's (read as "19 sub-forums"); 0.2万 is 2,000 (read 0)
AGGREGATES += [
    row("按参会国家数从少到多排一下", True, (2020,), ["从少到多"]),
    row(
        "rank the summits by exhibitors from lowest to highest", True, (2020,), ["fewest first"]
    ),  # guard
    row("23年的峰会有多少个分论坛", True, (2023,), ["20"], ["19个"]),
    row("参展企业超过0.05万家的有几届", True, (2019, 2025), ["500"], ["超过0"]),
]

# Eleventh session (own wording): conversation follow-ups keep the step, the years and the
# place asked ("two years earlier" after 2019 gave 2024; "what about after 2020?" after a
# ranking gave 2020's figure; "and the fourth?" after "third fewest?" gave the 4th edition;
# "how many days after the organisation was founded?" after 2022 gave "days ago")
CONVERSATIONS += [
    row(("how many countries attended in 2021", "and three years earlier?"), True, (2018,)),
    row(("the 2017 summit's theme", "what about 2 editions later?"), True, (2019,)),
    row(
        ("which edition before 2019 had the fewest forums", "what about after 2019?"),
        True,
        (2020,),
        ["5"],
    ),
    row(
        ("editions with over 15 sub-forums?", "only before 2018."),
        True,
        (2016, 2017),
        [],
        ["2019"],
    ),
    row(("which expo had the second most exhibitors?", "and the third?"), True, (2023,), ["580"]),
    row(("when was the 2023 summit", "how many days after the org was founded?"), True, (2023,)),
]

# Eleventh session (own wording): a month's edge in the calendar year — "before mid-November",
# "after November", "before December 1" — takes the whole months on that side (they gave
# the month itself, or none); a claim about the edition beside a year is judged on that
# edition ("was the edition after 2016 held in December?" said "No" for not being 2016)
TIME += [
    row("which summits opened before mid-november?", True, (2019, 2021), ["November 11"]),
    row("did any edition start after november?", True, (2015, 2017), ["Yes"]),
    row("which editions began before december 1", True, (2019, 2024), [], ["December 3"]),
    row("was the 2021 summit held before october?", True, (2021,), ["Yes"]),
    row("was the summit after 2014 held in december?", True, (2015,), ["Yes"]),
    row("was the one before 2023 in november", True, (2022,), ["Yes"]),
]

# Eleventh session (own wording): "the opening ceremony on <day>" is matched on the ceremony's
# own day where it was not the first (2024's on November 20 was "none opened that day")
TIME += [
    row("whose opening ceremony fell on 20 November?", True, (2024,), ["2024"]),
    row("开幕式在11月7日的是哪一届", True, (2025,), ["2025"]),
]

# Eleventh session (own wording): chat words for years and figures — "from 2019 onwards",
# "until 2017 inclusive", "sub-fora", "economies", "antepenultimate", "diff"
CHAT += [
    row("total sub-forums from 2020 onwards", True, (2020, 2025), ["112"]),
    row("how many summits until 2016 inclusive?", True, (2014, 2016), ["3 of"]),
    row("how many sub-fora did the 2023 summit have", True, (2023,), ["20"]),
    row("how many economies were represented in 2022", True, (2022,), ["120"]),
    row("when was the antepenultimate edition", True, (2024,), ["2024"]),
]

# After fresh18's first run (own wording): "in chinese" re-asks the last question from the
# edition it was asked about ("and the year after?" moved a year again); "which of these"
# after a list that settled one edition and left one open ranks both; "since when?" after
# who hosts it is the hosting in force now
CONVERSATIONS += [
    row(
        ("theme of the 2017 wic", "and the one after?", "now in chinese please"),
        True,
        (2018,),
        ["创造互信共治的数字世界"],
    ),
    row(
        ("which summits drew fewer than 1100 people", "which of these had the most countries?"),
        True,
        (2014,),
        ["100"],
    ),
    row(("who hosts the summit now?", "since when?"), True, None, ["2022"], ["2014;"]),
]

# After fresh18's first run (own wording): "last (first) held in <month>" is the latest
# (earliest) edition that opened in that month (it took the latest edition); the editions
# lacking a kind of fact keep the years asked (and a "count" word no longer makes them a
# count of those having it); how long a speech lasted is not recorded (it gave the
# edition's length)
TIME += [
    row("how long ago was the summit last held in october?", True, (2019,), ["ago", "2019"]),
    row("when was the conference first held in december", True, (2015,), ["2015"]),  # guard
]
AGGREGATES += [
    row(
        "which summits after 2019 have no recorded expo count?",
        True,
        (2024, 2026),
        [],
        ["2014"],
    ),
]
UNKNOWN += [
    row("how long did li qiang speak in 2026", False, None, [], ["days"]),  # guard
]

# After fresh18's first run (own wording): a filter that no edition meets names the figure
# nearest its bound ("more than 25 sub-forums": none; the most on record, 24)
AGGREGATES += [
    row("did any summit have over 30 sub-forums?", True, (2024, 2025), ["24"]),
    row("有没有哪届分论坛少于3个", True, (2020,), ["5"]),
]

# After fresh18's first run (own wording): Cantonese 舊年 (last year) and 出年 (next year)
CHAT += [
    row("舊年嘅主題係咩", True, (2025,)),
    row("舊年有幾多個國家參加", True, (2025,), ["130"]),
]

# After fresh18's first run (own wording): days from a dated series fact to "its first
# summit" are counted from that fact's day to the first edition after it (they were counted
# from the 1st edition to the first edition with a detail of that kind)
TIME += [
    row(
        "how many weeks after the organisation was set up did the first summit take place",
        True,
        (2022,),
        ["17 weeks"],
    ),
]

# After fresh18's first run (own wording): "came second in attendance", "ranked third in
# terms of countries" are places in that ranking (declined; "by" was read, "in" was not)
AGGREGATES += [
    row("which summit came third in exhibitors?", True, (2023,), ["580"]),
    row("which edition placed second in terms of sub-forums", True, (2017, 2023), ["20"]),
]

# After fresh18's first run (own wording): "who had more X, A or B?" asks which edition (it
# was declined as a question about people)
AGGREGATES += [
    row("who had more countries, 2019 or 2021?", True, (2019, 2021), ["96"]),
    row("who drew the most guests", True, (2022,), ["2100"]),
]

# After fresh18's first run (own wording): "is the Wuzhen Summit the same thing as the WIC?",
# 是一回事吗 ask its other names (declined)
META += [
    row(
        "is the wuzhen summit the same thing as the world internet conference?",
        True,
        None,
        ["also called"],
    ),
    row("乌镇峰会跟世界互联网大会是一回事吗", True, None, ["乌镇峰会"]),
]

# After fresh18's first run (own wording): 是干嘛的 asks what the series is; "发个链接" after
# asking the website is no unknown word (both declined)
META += [
    row("乌镇峰会是干什么的", True, None, ["乌镇"]),  # guard
    row("官网网址多少 发个链接呗", True, None, ["wicinternet.org"]),
]

# After fresh18's first run (own wording): "the biggest jump in …", 隔得最久 (declined)
AGGREGATES += [
    row("which summit saw the biggest jump in countries from the previous one", True, (2021,)),
    row("哪两届之间隔得最久", True, (2021, 2022), ["409"]),
]

# After fresh18's first run (own wording): 有没有超过N asks the figure claimed (it was read as
# "was there an edition" and gave the dates)
CLAIMS += [
    row("2018年参会国家有没有超过100个", True, (2018,), ["76"]),
    row("2022年参会人数有没有超过2000", True, (2022,), ["2100"]),  # guard
]

# Red team 16 (own wording): a negated two-part claim is not judged part by part ("2019 had no
# expo and 15 achievements, right?" said "Yes — both parts hold"); "since when?" after who
# hosted one edition is that edition's hosting; "hosted by the organisation" with a year
# bound counts those years, and "the first hosted by…" is no plain host check
CLAIMS += [
    row("2018 had no expo and 15 achievements, right?", True, (2018,), [], ["both parts hold"]),
    row(("who hosted the 2016 summit?", "since when?"), True, None, ["2014"], ["2022–"]),
    row(
        "how many summits were hosted by the international organization before 2025?",
        True,
        (2022, 2024),
        ["3 of"],
    ),
    row(
        "was 2022 the first summit hosted by the international organization?",
        True,
        (2022,),
        ["Yes"],
    ),
]

# Red team 16 (own wording): "from the 1st to the 6th edition, which were held in December?"
# is those editions' years (read as days 1 to 6 of the month); "which editions from 2014 to
# 2019 were held in November?" filters those years by the month (it gave the two years' places)
TIME += [
    row("from the 1st to the 6th edition which one was held in october", True, (2019,), ["2019"]),
    row(
        "between the 2nd and the 6th summit, which were held in december",
        True,
        (2015, 2017),
        [],
        ["opened between"],
    ),
    row("which editions from 2015 to 2020 took place in november?", True, (2016, 2020), ["2018"]),
]

# Red team 16 (own wording): an edition's opening against a day of its year — "before
# mid-November", 11月之前, 11月下旬, 之后 — judged from its dates (the Chinese always said 不是;
# the English said "No" to 2018 before mid-November); 哪几届在11月之后 lists December's
CLAIMS += [
    row("was the 2022 summit held before mid-november?", True, (2022,), ["Yes"]),  # guard
    row("2015年大会是在11月之后举办的吗", True, (2015,), ["是的"]),
    row("2024年峰会是11月中旬举办的吗", True, (2024,), ["是的"]),
    row("2021年峰会是11月之前开的吗", True, (2021,), ["是的"]),
    row("2016年是在11月下旬举办的吗", True, (2016,), ["不是"]),  # guard
]
TIME += [
    row("哪几届在11月以后举办", True, (2015, 2017), ["2届"]),
    row("哪些届次在11月上旬之前开幕", True, (2019, 2021), ["2019", "2021"], ["2018"]),
]

# Red team 16 (own wording): "which edition was before (after) the one held in September" is
# the neighbour of that edition (it gave the September edition itself)
TIME += [
    row("which summit was before the one held in october?", True, (2018,), ["2018"]),
    row("which edition was right after the september one", True, (2022,), ["2022"]),
]

# Red team 16 (own wording): "the second edition before 2019" is two editions back from it
# (it gave 2014 and 2019)
TIME += [
    row("what was the third edition before 2022?", True, (2019,), ["2019"], ["2014"]),
    row("when was the second summit after 2016", True, (2018,), ["2018"]),
]

# Red team 16 (own wording): 分论坛最少那届 without 的 is that ranking's edition (the reading
# ran on and gave 2025's figure)
DETAILS += [
    row("分论坛最少那届在几月举办", True, (2020,), ["11月23日"]),
    row("参展企业最多那届有多少人参会", True, (2025,), ["1600"]),
]

# Red team 15a (own wording): "2020's" alone is a possessive, not the 2020s decade (a total
# "minus 2020's" summed 2020-2025); a total "minus" another edition is declined, never the sum
AGGREGATES += [
    row("what was 2020's attendance", True, (2020,), ["500"], ["2021"]),  # guard
    row(
        "sub-forums of 2018 and 2019 combined minus 2020's",
        False,
        None,
        [],
        ["In total"],
    ),
    row("average attendance in the 2010's", True, (2014, 2019), ["6 editions"]),  # guard
]

# Red team 16 (own wording): the source asked of a person with no year is that of the one
# edition whose facts name them (it fell to the latest edition: "no source links for 2026")
META += [
    row("where's the source for liu he reading out the letter", True, (2021,), ["2021-09-26"]),
]

# Red team 16 (own wording): a Chinese two-part claim joined by 且 is judged part by part (it
# was judged on one part: 不是 to a true claim)
CLAIMS += [
    row("2017年有博览会且有18项成果，对吗", True, (2017,), ["都对"], ["不是"]),
]

# Own check after red team 16: a two-part claim joined by "as well as", "plus" is judged
# part by part too (it said "No" to a true claim, judging 15 against the expo's 601)
CLAIMS += [
    row("the 2016 summit had an expo as well as 15 achievements, right?", True, (2016,), ["both"]),
    row("2017 had 20 sub-forums plus 18 achievements?", True, (2017,), ["both"]),
]

# Twelfth session (own wording): a Chinese step in a conversation about one edition (两年前呢
# after 2019) is counted from that edition, as "two years earlier" is (it counted from today)
CONVERSATIONS += [
    row(("2019年大会在哪天开幕", "那两年前呢"), True, (2017,), ["2017"], ["2024"]),
    row(("2016年的主题是什么", "三年后呢？"), True, (2019,), ["智能互联"]),
    row(("第二届有多少国家参加", "两届后那届呢"), True, (2017,)),
    row(("2021年乌镇峰会有几个分论坛", "一年前呢"), True, (2020,), ["5"]),
]

# Twelfth session (own wording): who was there — "how many editions did X attend",
# 习近平出席了哪几届 — counts the editions whose facts put them there, and names apart those
# where they took part by video or a letter (it counted every fact naming them: ten for Xi);
# "Liu He" keeps its "He" (it read "Liu" alone and said yes of Liu Yunshan in 2016)
DETAILS += [
    row("how many editions has xi jinping attended?", True, (2015,), ["1 in person"]),
    row("which summits did xi attend", True, (2015,), ["In person"]),
    row("习近平出席过几届大会", True, (2015,), ["亲自出席1次"]),
    row("李书磊出席了哪几届", True, (2022, 2023, 2025)),  # guard
    row("how many editions did liu he attend", True, (2021,), ["None in person", "video"]),
    row("did liu he attend the 2016 wic", True, None, [], ["Yes"]),
    row("was liu he at the 2016 summit?", False, None, ["don't have"], ["Yes"]),
]

# Twelfth session (own wording): a change claimed with its size — "grew by more than 10
# from 2015 to 2024", "was the drop … over 900?" — is the change against that size (it judged
# each figure against it, or said yes to any rise); "more than double from A to B", "did it
# double between A and B", "halve" compare the ratio (it always said no)
CLAIMS += [
    row(
        "did sub-forums go up by more than ten between 2015 and 2024?", True, (2024, 2015), ["Yes"]
    ),
    row("did the number of forums rise by over 10 from 2016 to 2017", True, None, ["No", "4 more"]),
    row("did exhibitor numbers grow by more than 300 from 2015 to 2019?", True, None, ["Yes"]),
    row("did the forums fall by more than 10 from 2019 to 2020?", True, None, ["Yes"]),
    row("did countries rise by more than 50 from 2018 to 2019", True, None, ["No"]),
    row(
        "was the rise in exhibitors from 2016 to 2019 more than 200?", True, None, ["Yes"]
    ),  # guard
    row(
        "did the sub-forum count increase by at least 14 from 2015 to 2024?", True, None, ["Yes"]
    ),  # guard
    row(
        "did the expo's exhibitors more than double from 2015 to 2019", True, (2019, 2015), ["Yes"]
    ),
    row("did sub-forums double between 2015 and 2024?", True, (2024, 2015), ["Yes"]),
    row("did the forums more than double from 2014 to 2024?", True, None, ["No"]),  # guard
    row("did the expo triple from 2015 to 2025", True, None, ["No"]),
    row("did attendance more than halve from 2019 to 2020?", True, None, ["Yes"]),  # guard
]

# Twelfth session (own wording): "which edition first had more than 2,000 people", "the
# first 2-day edition", "the latest 3-day summit" pick among the editions the condition
# selects (they gave the 1st edition or the latest); "the latest summit that had …" is ours
AGGREGATES += [
    row("which summit first drew more than 2000 people?", True, None, ["2015"]),  # guard
    row("what edition first had 24 subforums", True, None, ["2024"]),
    row("which edition first had under 10 sub-forums", True, None, ["2020"]),
    row("which one first attracted over 600 exhibitors?", True, None, ["2019"]),  # guard
    row("which was the first 2-day edition", True, (2020,)),
    row("the last 3-day edition was which one?", True, None, ["2023"]),
    row("which was the most recent four-day summit", True, None, ["2025"]),
    row("which was the latest summit that had 20 sub-forums?", True, None, ["2023"]),
]

# Twelfth session (own wording): "how long after the first edition was X" is the time
# between the two (it gave how long the 2nd edition lasted, or the organisation's first
# summit); "was the org founded more than 5 years after the first one?" judges that span
# (it said no)
TIME += [
    row("how long after the first wic was the 2nd one held?", True, (2014, 2015), ["392"]),
    row("how long after the first summit was the 2020 forum?", True, None, ["2196"]),
    row(
        "how many years after the first wic was the organisation founded",
        True,
        (2014,),
        ["7 years"],
    ),
    row(
        "how many days after the first edition ended was the org founded?",
        True,
        (2014,),
        [],
        ["120 days"],
    ),
    row(
        "was the organisation set up more than six years after the first wic?", True, None, ["Yes"]
    ),
    row(
        "was the org founded more than 9 years after the first edition?", True, None, ["No"]
    ),  # guard
    row("was the org established more than 2 years after the 2019 summit?", True, None, ["Yes"]),
    row(
        "was the organization founded less than a year before the 2022 summit", True, None, ["Yes"]
    ),
]

# Twelfth session (own wording): "how many of the last 5 editions had 24 sub-forums" — the 5
# counts editions, not a figure (it said "no edition had 5 sub-forums", a false fact: 2020
# had 5); "the first 3 <series>s" keeps the countries asked (it gave participants)
AGGREGATES += [
    row("how many of the last 5 summits had 24 subforums?", True, (2024, 2025), ["2 of the 5"]),
    row("of the first 4 editions, how many had 16 forums", True, (2016,), ["1 of the 4"]),
    row("how many of the past 6 editions had 15 achievements", True, (2022, 2023), ["2 of the 6"]),
    row("average countries over the first 3 wics", True, None, ["110 countries"]),
    row("which of the first 6 wics had the fewest countries", True, (2018,), ["76"]),
    row("total countries across the first 2 wics?", True, None, ["220"]),
]

# Twelfth session (own wording): 第N次世界互联网大会 is the Nth edition, as 第N届 is (it fell to
# the latest, 2026); a two-digit year beside the event's noun (乌镇峰会23年, 19年乌镇峰会) is
# that year
DETAILS += [
    row("第二次世界互联网大会是哪天开幕的", True, (2015,), ["12月16日"]),
    row("世界互联网大会第四次会议有多少人参加", True, (2017,), ["1500"]),
    row("第三次乌镇峰会主题是啥", True, (2016,)),
    row("第五次世界互聯網大會幾時開幕", True, (2018,)),
    row("乌镇峰会23年开了几天", True, (2023,), ["3天"]),
    row("19年乌镇峰会几号开幕", True, (2019,), ["10月20日"]),
]

# Twelfth session (own wording): 一共 in a question of the time between two editions
# (第一届开幕到第六届开幕一共多少天) still asks the time between, not their lengths summed
TIME += [
    row("第二届开幕到第五届开幕一共多少天", True, (2015, 2018), ["1057"]),
    row("2016年开幕到2017年开幕总共几天？", True, None, ["382"]),
    row("2015年到2019年之间一共隔了多少天", True, None, ["1404"]),
    row("从2014年大会开幕到2019年大会开幕一共多少天", True, None, ["1796"]),
    row("2014年到2016年一共开了多少天会", True, None, ["9"]),  # guard
]

# Twelfth session (own wording): a negated Chinese claim put for agreement (X不是Y，对吗？) is
# answered for what was asked — 不对 where Y holds, 对 where it does not (是的 agreed that
# it was not, then quoted the fact that it was)
CLAIMS += [
    row("2023年峰会不是国际组织主办的吧？", True, (2023,), ["不对"], ["是的"]),
    row("2016年大会不是首次发布领先科技成果，对吗", True, (2016,), ["不对"], ["是的"]),
    row("2019年那届不是最后一届有官方届次的大会，对吧？", True, None, ["不对"], ["是的"]),
    row("2020年的论坛不是第七届世界互联网大会吧", True, (2020,), ["对，不是"]),
    row("2018年大会分论坛不到20个吧", True, None, [], ["对，不是"]),  # guard
]

# Twelfth session (own wording): 每年都在11月举办吗, "is it always held in November?", "does it
# always open on a weekend?" are claims of every edition (it said 是的 to "held every year",
# or "Yes" with the three weekend editions listed)
CLAIMS += [
    row("乌镇峰会每年都在11月开吗", True, None, ["不是"], ["是的"]),
    row("世界互联网大会每年都是12月办的吗", True, None, ["不是"], ["是的"]),
    row("大会都是在周末开幕的吗", True, None, ["不是。"], ["是的。"]),
    row("does the summit always open on a weekend?", True, None, ["No"], ["Yes"]),
    row("is the conference always held in november?", True, None, ["No"]),
]

# Twelfth session (own wording): 最多那届的上一届 where the most is tied moves each tied
# edition (分论坛最多 is 2024 and 2025: the ones before are 2023 and 2024; it gave the tied
# editions themselves); 嗰 is 那
AGGREGATES += [
    row("分论坛最多那届的上一届主题是什么", True, (2023, 2024)),
    row("参会国家最多的那届的前一届是哪一年", True, (2023, 2024)),
    row("会期最长那届的上一届开了几天", True, (2023, 2024), ["3天"]),
    row("分論壇最多嗰屆嘅上一屆有幾多個分論壇", True, (2023, 2024), ["20"]),
]

# Twelfth session (own wording): "the 3 editions with the most attendees" is the top three
# (it gave the top one); "the 2 summits with the most countries" keeps the countries (it read
# participants); "between 2017, 2018 and 2019, which had the most" ranks the three (it compared
# two); "which of the two had more" after two editions is no threshold of 2
AGGREGATES += [
    row("what are the 3 editions with the most participants", True, (2022, 2015, 2021)),
    row("name the 2 summits with the fewest sub-forums", True, (2020, 2015)),
    row("what were the 2 summits with the most countries", True, (2024, 2025), ["countries"]),
    row("between 2017, 2018 and 2019, which had the most subforums?", True, (2017, 2019), ["20"]),
]
CONVERSATIONS += [
    row(
        ("attendance in 2016 vs 2017", "which of the two had more attendees?"), True, (2016, 2017)
    ),  # guard
]

# Twelfth session (own wording): a title asked without a name — "how many editions did a vice
# premier attend?", 有几届是副总理出席的, 国家主席出席过几届 — selects the keynote facts naming
# someone by that title, never a longer title holding it (a premier is no vice-premier); it
# counted all 13 editions in Chinese, or every keynote on record
DETAILS += [
    row("有几届是副总理出席的", True, (2014,), ["亲自出席1次", "2021"], ["13"]),
    row("国家主席出席过几届大会", True, (2015,), ["亲自出席1次", "9次"]),
    row("总理出席了哪几届", True, (2026,), ["李强"], ["马凯"]),
    row("how many summits did the premier attend?", True, (2026,), ["Li Qiang"], ["Ma Kai"]),
    row("which editions did a vice-premier attend", True, (2014,), ["Ma Kai", "Liu He"]),  # guard
]

# Twelfth session (own wording): "source?" after a total over many editions cites each
# edition's source of that figure (it gave each edition's general pages, which hold no figure)
CONVERSATIONS += [
    row(
        ("what's the total number of sub-forums over all the editions?", "source for that?"),
        True,
        None,
        ["ecns.cn", "2016-10-12"],
    ),
    row(("历届分论坛加起来一共多少个", "出处呢"), True, None, ["2016-10-12"]),
]

# Twelfth session (own wording): "when did attendance first top 2000?" is the first edition
# with more than 2000 (2000 read as a year: declined); "which 4-day summit had more countries?"
# ranks those that lasted 4 days (it said no edition had more than 4 days)
AGGREGATES += [
    row("when did attendance first top 2000?", True, None, ["2015"]),
    row("in what year did the number of sub-forums first exceed 20", True, None, ["2024"]),
    row("when did the expo first pass 600 exhibitors", True, None, ["2019"]),
    row("which 4-day edition had more countries", True, (2024, 2025), ["130"]),
]

# Twelfth session (own wording): 李强说连续举办了多少年 asks years, not how many editions he
# attended (it said 共1次)
UNKNOWN += [
    row("李强讲大会连续办了多少年", False, None, [], ["共1次"]),
]

# After fresh19's first run (own wording): "did any edition start on a Monday?", "did it
# ever end on a Sunday" are asked of every edition (it answered the latest, or declined);
# "was 2024 a day longer than the first one?" judges the difference claimed and the edition
# named before "than" (it said no); Chinese New Year is another event; 琴年 is last year
TIME += [
    row("did any wic start on a monday?", True, (2020,), ["Yes"]),
    row("has the summit ever ended on a sunday", True, (2025,), ["Yes"]),
    row("did any edition ever open on a saturday", True, None, ["No"]),
    row("was the 2024 summit a day longer than the very first one?", True, None, ["Yes"]),
    row("was 2025 two days longer than 2014?", True, None, ["No"]),
    row("was the 2020 forum one day shorter than 2019's", True, None, ["Yes"]),  # guard
    row("琴年主旨演讲系边个", True, (2025,), ["李书磊"]),
]
UNKNOWN += [
    row("when's lunar new year in 2027", False, None, [], ["2027 World Internet"]),  # guard
]

# After red team 18 (own wording): a bare two-digit year an edition was held in (19年有多少个
# 分论坛, 那23年呢) is that year — it read 19 as a figure (2018 and 2022 had 19) or kept the
# edition talked about
DETAILS += [
    row("19年有几个分论坛", True, (2019,), ["20"]),
    row("18年发布了多少项成果", True, (2018,), ["15"]),
]
CONVERSATIONS += [
    row(("2022年有几个分论坛", "那21年呢"), True, (2021,), ["20"]),
]

# After red team 18 (own wording): a Chinese change with its size (分论坛增加了20个以上吗,
# 减少了不到10个吗, 增加超过4个吗) and a follow-up "did it grow by more than 5?" after two editions
# judge the change against that size (是的 or "Yes" whenever the direction was right)
CLAIMS += [
    row("2016年到2024年分论坛增加了10个以上吗", True, None, ["不是"], ["是的"]),
    row("2016年到2025年分论坛增加了5个以上吗", True, None, ["是的"]),  # guard
    row("2019年到2020年分论坛减少了不到10个吗", True, None, ["不是"], ["是的"]),
    row("2015年到2019年博览会企业增加超过400家吗", True, None, ["不是"], ["是的"]),
]
CONVERSATIONS += [
    row(
        ("how many sub-forums did 2019 have", "and 2024?", "did it grow by more than 10?"),
        True,
        None,
        ["No"],
    ),
    row(("2018年有多少个分论坛", "2024年呢", "增加了10个以上吗"), True, None, ["不是"], ["是的"]),
]

# After red team 18 (own wording): "did sub-forums change from 2024 to 2025?", 有变化吗: yes
# where the figures differ, no where they are equal (it said yes to both having a figure)
CLAIMS += [
    row(
        "did the sub-forum count change between 2024 and 2025?", True, None, ["No"], ["Yes"]
    ),  # guard
    row("did achievements change from 2018 to 2019", True, None, ["No"], ["Yes"]),
    row("2017年到2019年分论坛数量有变化吗", True, None, ["不是"], ["是的"]),
    row("did the number of sub-forums change from 2019 to 2020?", True, None, ["Yes"]),  # guard
]

# After red team 18 (own wording): a person's editions within years ("how many editions did
# Li Shulei attend between 2022 and 2024", 李书磊2024年之前出席了几届) keep the bound (it
# counted all three); "did Li Qiang attend any edition before 2026?" with none named in those
# years is unknown, never yes (it said yes from 2026's own fact)
DETAILS += [
    row(
        "how many summits did li shulei attend between 2022 and 2024",
        True,
        (2022, 2023),
        ["2 in person"],
    ),
    row("李书磊2025年之前出席过几届", True, (2022, 2023), ["亲自出席2次"]),
    row(
        "how many editions did xi send a letter to between 2017 and 2019?",
        True,
        (2017, 2018, 2019),
        ["3 by"],
    ),
    row("did li qiang attend any wic before 2026?", False, None, [], ["Yes"]),
    row("did huang kunming attend any wic before 2018", False, None, [], ["Yes"]),
]

# After red team 18 (own wording): the time from the organisation's founding to an edition's
# closing day or opening ceremony, where asked (it counted to the opening day); a Chinese bound
# on that time (国际组织是在2022年峰会前不到一年成立的吗) is judged (it always said 不是)
TIME += [
    row(
        "how many days after the first summit closed was the organization founded",
        True,
        (2014,),
        ["2790"],
    ),
    row("how many days after the org was founded did the 2022 summit end?", True, (2022,), ["122"]),
    row(
        "how many days after the organisation's founding was the 2025 opening ceremony",
        True,
        (2025,),
        ["1214"],
    ),
    row("国际组织是在2022年峰会开幕前不到一年成立的吗", True, None, ["是的"], ["不是"]),
    row("2022年峰会是在国际组织成立后超过100天举行的吗", True, None, ["是的"], ["不是"]),
    row("2023年峰会是在国际组织成立后不到一年召开的吗", True, None, ["不是"]),  # guard
]

# After red team 18 (own wording): "how many of the first 5 editions were held in November?",
# 前五届中有几届在11月举办 count among those editions (it gave the places, or 9 of all 13)
AGGREGATES += [
    row(
        "how many of the first 5 summits took place in november?",
        True,
        (2014, 2016, 2018),
        ["3 of the 5"],
    ),
    row("前六届有几届是11月举办的", True, (2014, 2016, 2018), ["3届"]),  # guard
]

# After fresh19's first run (own wording): "the same number of sub-forums as wic17" reads the
# year (it gave 2017's own figure); "the edition right after the best-attended one" is after
# the one with the most attendees; "the first time the summit started in September" is that
# edition (it assumed the latest); "since which year has it been called the Wuzhen Summit"
# is when the name began (it gave the series' start, 2014)
AGGREGATES += [
    row("which summits had as many subforums as wic19?", True, (2017, 2021, 2023)),
    row(
        "how many sub-forums did the summit right after the best-attended one have",
        True,
        (2023,),
        ["20"],
    ),
    row("how many sub-forums did the summit after 2022 have?", True, (2023,), ["20"], ["68"]),
    row("first time the conference opened in september", True, (2021,)),
    row("the last time the conference started in december", True, (2017,)),
    row("from which year has each summit been named the wuzhen summit", True, (2021,), ["2021"]),
]

# After fresh19's first run (own wording): "from its start to the next edition's start" in a
# conversation about one edition is that edition and the one after it (it gave 2027, not
# announced); "when is the next one?" alone still counts from today
CONVERSATIONS += [
    row(
        (
            "when did the 2019 summit close",
            "how many days from its start to the next edition's start?",
        ),
        True,
        (2019, 2020),
        ["400 days"],
    ),
    row(("when was the 2016 summit", "when is the next one?"), True, None, ["2027"]),  # guard
]

# After red team 18 (own wording): "did sub-forums stay the same", "remain the same", 不变;
# "fivefold"; 翻了一番 (at least twice), 减少了一半以上 (to under half) compare the figures
# (they were declined as other events, or the verb's direction alone was judged)
CLAIMS += [
    row("did the sub-forum count stay the same from 2024 to 2025?", True, None, ["Yes"]),
    row("did sub-forums remain the same between 2017 and 2018", True, None, ["No"]),
    row("did the expo grow fivefold from 2020 to 2025?", True, None, [], ["No —"]),
    row("2016年到2024年分论坛翻了一番吗", True, None, ["不是"], ["是的"]),
    row("2019年到2020年分论坛数量减少了一半以上吗", True, None, ["是的"]),
    row("2024年到2025年分论坛数不变吗", True, None, ["是的"]),
]

# Twelfth session (own wording): an English negated claim put for agreement ("2022 wasn't
# hosted by the organisation, right?") is judged without its "not" and worded for what was
# asked (it quoted the fact with no verdict)
CLAIMS += [
    row(
        "the 2023 summit wasn't hosted by the international organization, right?",
        True,
        None,
        ["not right"],
    ),
    row("2019 wasn't held in october, was it?", True, None, ["not right"]),
    row("the 2020 forum wasn't the 7th wic, right?", True, None, ["Right —"]),
]

# After fresh20's first run (own wording): a preface before a colon that asks nothing ("ok
# quick one b4 my meeting:") is no "the one before" when what follows names its edition (it
# gave 2021's theme for 2022)
CHAT += [
    row("ok quick one b4 class: wic 2023 theme?", True, (2023,), ["Inclusive"]),
    row("bigger expo: 2017 or 2022?", True, (2017, 2022)),  # guard
]

# After fresh20's first run (own wording): "three before this year's" counts back from this
# year's edition (it gave this year's own)
TIME += [
    row("which summit was two before this year's?", True, (2024,)),
    row("which edition came right before this year's one", True, (2025,)),  # guard
]

# After fresh20's first run (own wording): "the third edition to be called a Wuzhen Summit" is
# the third of the editions whose name carries it (it gave the 3rd WIC, 2016)
SERIES += [
    row("which was the second summit to be called the wuzhen summit", True, (2022,), [], ["2016"]),
    row("the last edition named a wuzhen summit?", True, (2026,)),  # guard
]

# After fresh20's first run (own wording): "between the organisation's founding and its first
# summit" is the first edition after the founding (it counted from the 1st edition); "between
# the first wic and the founding" still is the 1st edition
TIME += [
    row(
        "how many days were there between the org's founding and its first summit?",
        True,
        (2022,),
        ["120"],
    ),
    row(
        "how many days between the first wic and the founding of the org", True, (2014,), ["2792"]
    ),  # guard
]

# After fresh20's first run (own wording): which editions held the opening ceremony after
# their first day (apart from one named, 除了): those whose ceremony day is not their opening
# (it asked which edition, or gave the one set aside)
TIME += [
    row(
        "which editions held their opening ceremony on a later day than the first day?",
        True,
        (2024, 2025),
    ),
    row(
        "besides 2025, which summit had its opening ceremony on a different day from its first day",
        True,
        (2024,),
        [],
        ["2025 World"],
    ),
    row("除了2024年，哪一届的开幕式不在第一天", True, (2025,)),
]

# After fresh20's first run (own wording): 已经, a friend's story (我朋友说…真的吗), 係幾號 are read
# (the questions were declined as unknown words)
CHAT += [
    row("距离2024年峰会开幕已经多少天了", True, (2024,), ["距今"]),
    row("我同学说2015年那届在12月办的，真的吗", True, (2015,), ["12月"]),
    row("WIC 2018係幾號開？", True, (2018,), ["11月7日"]),
]

# After fresh20's first run (own wording): a Chinese verb alone (发布, 举办) is no value a fact
# must quote — 2022年有没有发布领先科技成果 said it had no such facts (a false "no data")
DETAILS += [
    row("2023年的峰会有没有发布领先科技成果", True, (2023,), ["15"]),
    row("2022年嘅峰會有冇發布科技成果", True, (2022,), ["15"]),
]

# After fresh20's first run (own wording): 主题里带"X", 出现, 用了 search the Chinese themes for
# the words quoted (declined)
SERIES += [
    row('主题里带"智能"的是哪几届', True, (2019, 2024)),
    row('哪些年份的主题用了"数字"这个词', True, (2017, 2018)),
]

# After fresh20's first run (own wording): "the year Xi came in person" is the edition his
# facts put him there (it declined, or read "came in" as a first: 2020's format)
DETAILS += [
    row("which year did xi come in person?", True, (2015,), ["In person"]),
    row("the year xi jinping came in person — which was it?", True, (2015,), [], ["2020"]),
]

# Twelfth session (own wording): a host named as the facts word it ("hosted by the Cyberspace
# Administration of China") selects the editions of its hosting period; "the last edition
# hosted by …" is the last of them (declined, or the latest edition's verdict)
AGGREGATES += [
    row(
        "which editions were hosted by the cyberspace administration of china?",
        True,
        (2014, 2021),
        ["8 of the 13"],
    ),
    row(
        "what was the last summit hosted by the cyberspace administration of china", True, (2021,)
    ),  # guard
]

# Thirteenth session (own wording): "closest to N" over any figure is the figures nearest N,
# ties all named (it gave the fewest: 2020's 500 for "closest to 1,700")
AGGREGATES += [
    row(
        "which summit drew a crowd nearest 1,700 people?",
        True,
        (2016, 2023, 2024, 2025),
        ["difference of 100"],
        ["2020"],
    ),
    row("sub-forum count closest to 19 — which edition?", True, (2018, 2022), [], ["2020"]),
    row("哪一届参会国家和地区数最接近90个？", True, (2021,), ["相差6"], ["2020年"]),
    row("which editions had exactly 20 sub-forums, or the nearest to it?", True, (2017, 2023)),
]

# Thirteenth session (own wording): "it" after a series-level fact (the organisation) is that
# thing where hosting is asked ("how many summits has it hosted?" counted all 13), and a host
# that is a kind of fact is found however the facts spell it ("organisation" vs "-ization":
# "when did the organisation host its first summit?" gave 2014)
CONVERSATIONS += [
    row(
        ("the wic org — when was it set up?", "and how many wuzhen summits has it run since?"),
        True,
        (2022, 2023, 2024, 2025, 2026),
        ["5 editions"],
    ),
    row(("国际组织什么时候成立的", "它一共主办过几届？"), True, (2022, 2023, 2024, 2025, 2026)),
]
SERIES += [
    row(
        "what was the first conference the international organisation hosted?",
        True,
        (2022,),
        [],
        ["2014"],
    ),
    row("when did the organisation host its first summit", True, (2022,), [], ["2014"]),
]

# Thirteenth session, red team 19 (own wording): a span of dates claimed is judged by both
# ends ("Yes" whenever the first day fell within the real dates)
CLAIMS += [
    row("wic 2017 was dec 3 through dec 6, yeah?", True, (2017,), ["No"]),
    row("didn't the 2019 one run 20 to 23 october", True, (2019,), ["No"]),  # guard
    row("2023年峰会是11月8日到11日举行的吧？", True, (2023,), ["不是"]),
    row("the 2022 summit ran nov 9-11, right?", True, (2022,), ["Yes"]),  # guard
    row("2025年峰會係咪11月6號至9號？", True, (2025,), ["是的"]),  # guard
]

# Red team 19 (own wording): "between the opening of X and today" counts from its opening
# (or its opening ceremony), not its closing day
TIME += [
    row("days from when wic 2021 opened until today?", True, (2021,), ["1889"]),
    row("2025年峰会开幕到今天隔了多少天", True, (2025,), ["387"]),
    row("how many days lie between the 2025 opening ceremony and today", True, (2025,), ["386"]),
    row("how many days between the 2025 summit and today?", True, (2025,), ["384"]),  # guard
]

# Red team 19 (own wording): a month beside a figure in a compound filter is no day and no
# figure ("in November had 20" read Nov 20; 11月 read as 11 sub-forums), and a length in days
# before a figure is a condition, not the figure compared
AGGREGATES += [
    row("of the november editions, how many had 19 sub-forums?", True, (2018, 2022)),
    row("11月份举办的有几届分论坛超过20个", True, (2024, 2025), [], ["没有一届"]),
    row("9月举办的那届分论坛有20个吗", True, (2021,), [], ["为9"]),
    row(
        "which editions that lasted 3 days drew more than 2,050 people?",
        True,
        (2022,),
        [],
        ["more than 2050 days"],
    ),
    row("开了4天的几届中哪届分论坛多于20个", True, (2024, 2025), [], ["超过20的届次：2017"]),
]

# A claim of a month and a figure is false where the month is (it said "Yes — both parts
# hold" of "was 2016 in December with 16 forums and 1600 guests?"); a part whose words were
# withdrawn counts as unsettled, never as a yes
CLAIMS += [
    row(
        "the 2018 wic was in october and had 19 sub-forums, right?",
        True,
        (2018,),
        ["No"],
        ["both parts"],
    ),  # guard
    row(
        "was wic 2016 held in december with 16 forums and 1,600 guests",
        True,
        (2016,),
        ["No"],
        ["both parts"],
    ),  # guard
]

# Red team 19 (own wording): "how long ago did <a speaker> …" is the time since the editions
# whose facts say it of them (the last or first where asked); a fact quoted that no edition's
# dates are is unknown — never the latest edition's start in their place
TIME += [
    row("how many years since ma kai gave the keynote at wic?", True, (2014,), ["12"], ["2026"]),
    row("how many days ago was li shulei's most recent keynote?", True, (2025,), [], ["2026"]),
    row("how long ago did wang huning deliver the keynote?", True, (2017,), [], ["2026"]),
    row("how many days ago did wuzhen become the permanent home of the summit?", False),
]

# "How many years since the expo was first held?" is the time since the first edition with
# that kind of fact (it gave the 1st edition's, 2014)
TIME += [
    row(
        "how many years has it been since the first light of the internet expo?",
        True,
        (2015,),
        [],
        ["2014"],
    ),
    row("博览会第一次举办是多少年前", True, (2015,), [], ["2014年"]),
    row("how long ago were blue books first released?", True, (2017,), [], ["2014"]),  # guard
]

# Red team 19 and fresh20 (own wording): each edition's opening against the opening of the one
# before it, filtered by a time ("less than a year", "exactly 52 weeks", 超过一年) or nearest to
# one (every such question answered 2026, or the shortest gap)
TIME += [
    row(
        "which summits started within a year of the previous one?",
        True,
        (2016, 2018, 2019, 2021, 2023, 2025, 2026),
        [],
        ["2022 ("],
    ),
    row("which edition opened 409 days after the one before?", True, (2022,), ["409"]),
    row("哪一届和上一届开幕相隔不到340天", True, (2016, 2018, 2021), [], ["2026年（"]),
    row("which gap between editions came nearest to a year?", True, (2023,), ["364"]),
    row(
        "which edition opened more than 13 months after the previous one?",
        True,
        (2020, 2022),
        [],
        ["2026 ("],
    ),
]

# Red team 19 (own wording): phrases searched in the themes combine — "but not", "neither …
# nor …", "both … and …", 有…但没有…, 既…又… (each read as "any of them", or all negated)
SERIES += [
    row(
        'themes that say "Community" yet don\'t say "Shared Future"?',
        True,
        (2015, 2016, 2017),
        [],
        ["2014:"],
    ),
    row('which themes contain neither "World" nor "Future"', True, (), ["Every theme"]),
    row('any theme with both "Digital" and "World"?', True, (2018, 2022, 2023), [], ["2017:"]),
    row('哪几届的主题有"共同体"但没有"数字"', True, (2015, 2016, 2019, 2025), [], ["2024年："]),
    row('哪些主题既有"数字"又有"世界"', True, (2018, 2022, 2023), [], ["2017年："]),
]

# Red team 19 (own wording): a figure over the editions a host held, or whose facts say that
# of a person, keeps that selection (it was taken over every edition)
AGGREGATES += [
    row(
        "mean number of sub-forums at the summits xi sent a congratulatory letter to",
        True,
        (2017, 2018, 2019, 2021, 2022),
        ["19.6"],
    ),
    row(
        "of the editions where xi gave a video speech, which had 24 sub-forums?",
        True,
        (2024,),
        [],
        ["2025:"],
    ),
    row(
        "which summits hosted by the cac drew over 2,000 people?", True, (2015, 2021), [], ["2022:"]
    ),
]

# fresh21's first run (own wording): the ratio of the highest figure to the lowest (it gave the
# highest alone), in a conversation the figure talked about; the editions two people anchor,
# set apart in days; an aside spelling out the numbered editions
AGGREGATES += [
    row(
        "how many times more people came to the biggest summit than to the smallest one?",
        True,
        (2022, 2020),
        ["4.2"],
    ),
    row("参展企业最多的一届是最少的一届的多少倍", True, (2025, 2020), ["5.2"]),
    row(
        (
            "which summit had the most sub-forums?",
            "and the fewest?",
            "how many times bigger is the biggest than the smallest then",
        ),
        True,
        (2024, 2020),
        ["4.8"],
    ),
    row(
        "how many days apart were the two editions huang kunming spoke at?",
        True,
        (2018, 2019),
        ["347"],
    ),
    row(
        "among the numbered (1st–6th) editions, which had the fewest countries?",
        True,
        (2018,),
        [],
        ["2020"],
    ),
]

# fresh21's first run (own wording): 这两届 (这三届) after editions talked of one turn each are
# those editions
CONVERSATIONS += [
    row(
        ("2017年峰会有多少个分论坛", "2018年呢", "这两届哪届分论坛多"),
        True,
        (2017, 2018),
        ["2017"],
        ["2020"],
    ),
    row(("2016年参会国家有多少", "那2019年的呢", "这两届加起来一共多少个国家"), True, (2016, 2019)),
]

# fresh20/fresh21 (own wording): who played a part the facts record for other editions only
# ("read the letter", 宣读) is unknown for an edition whose facts never say it — never the
# keynote speaker as the reader; roles are vocabulary data
UNKNOWN += [
    row(
        "in 2018 who was it that read out xi's congratulatory letter?",
        False,
        (2018,),
        ["don't say"],
    ),
    row("2022年的贺信是谁宣读的", True, (2022,), ["李书磊"]),  # guard: recorded
    row(("who gave the 2017 keynote?", "and who read the letter out that year?"), False, (2017,)),
    row("谁在2016年宣读了贺信", False, (2016,)),
]

# Red team 20 (own wording): "was X less than a year after the previous one?" is against the
# edition before X (it judged the one before the latest: "No" to 307 days); a number of days
# claimed between two editions is judged (it only checked their order); "closest to 2000" is a
# figure, though it looks like a year (it gave the fewest)
CLAIMS += [
    row("did wic 2016 come less than a year after the previous one?", True, (2016,), ["Yes"]),
    row("was the 2024 summit more than a year after the one before?", True, (2024,), ["Yes"]),
    row(
        "the 2025 summit opened 352 days after the 2024 one, right?", True, (2025,), ["Yes"]
    ),  # guard
    row(
        "the 2016 conference opened 400 days after the 2015 one, correct?", True, (2016,), ["No"]
    ),  # guard
]
AGGREGATES += [
    row("which summit's attendance came closest to 2100?", True, (2022,), [], ["fewest"]),
    row("sub-forums nearest to 2020, which edition?", True, (2024, 2025), [], ["fewest"]),
]

# Red team 20 (own wording): the time from one edition's opening to its neighbour's (the one
# before or after), named or talked about — never the neighbour's own length
TIME += [
    row("2025年峰会距离上一届多少天", True, (2024, 2025), ["352"]),
    row(
        "how many days after the one before did the 2018 conference open?",
        True,
        (2017, 2018),
        ["339"],
    ),  # guard
    row(
        ("tell me about the 2016 conference", "how long after the previous edition was it?"),
        True,
        (2015, 2016),
        ["336"],
    ),
    row(("2022年峰会什么时候", "它和下一届间隔多少天"), True, (2022, 2023), ["364"]),
]

# Red team 20 (own wording): "it" after the organisation is the organisation whatever is asked
# ("which was its first?" gave 2014); 国际组织主办的第一届 is its first summit, and a figure of
# it is that summit's; the days from its founding to its first summit in Chinese
CONVERSATIONS += [
    row(
        ("tell me when the wic organisation was set up", "and which summit was its first?"),
        True,
        (2022,),
        [],
        ["2014"],
    ),
    row(
        ("世界互联网大会国际组织哪年成立", "佢主辦咗幾多屆？"),
        True,
        (2022, 2023, 2024, 2025, 2026),
        ["5届"],
    ),
]
SERIES += [
    row("国际组织主办的第一届峰会开了几天", True, (2022,), ["3"], ["首届"]),
    row("国际组织成立几天后举办了第一次峰会", True, (2022,), ["120"]),
]

# fresh21's first run (own wording): everyday words are no typo of ours ("cold" is not
# "could", "state" not "stale"), so an off-topic question stays off-topic — never "Yes — it is
# held in Wuzhen"; an everyday word alone ("explain") matches no Q&A item; plain words are
# vocabulary data
CHAT += [
    row("is wuzhen cold during the summit?", False, None, [], ["Yes"]),  # guard
    row("which state leaders attended in 2019?", False),
    row("can you explain how dns works", False, None, [], ["logo"]),  # guard
    row("is it cold in wuzhen in late november?", False, None, [], ["Yes"]),
    row("explain the logo to me", True),  # guard
]

# Red team 20 (own wording): a person's editions combined with a figure condition are counted
# by it (it gave the number of the person's editions), and with a month filtered by it (the
# person was dropped); "the last time" a person did it is their last such edition (it gave
# 2026)
AGGREGATES += [
    row(
        "how many of the summits li shulei spoke at drew over 1,700 guests?",
        True,
        (2022, 2023),
        ["2 of the 3"],
    ),  # guard
    row(
        "xi sent a letter — which of those editions were in december?", True, (2017,), [], ["2015"]
    ),
    row("习近平致贺信的几届里，有几届参会人数超过1600人", True, (2021, 2022)),  # guard
]
TIME += [
    row("习近平最近一次视频致辞距今几年", True, (2024,), [], ["2026年"]),
]

# Red team 20 (own wording): a range of time from the edition before ("between 370 and 400
# days", 11到12个月, "more than a year but less than 13 months") holds at both ends
TIME += [
    row(
        "which summits came 370 to 400 days after the edition before?",
        True,
        (2017, 2020, 2024),
        [],
        ["2022 ("],
    ),
    row("哪几届和上一届相隔在300到340天之间", True, (2016, 2018, 2021), [], ["2019年（"]),
    row(
        "which editions opened more than a year but less than 13 months after the previous one?",
        True,
        (2015, 2017, 2024),
        [],
        ["2022 ("],
    ),
]

# Red team 20 (own wording): "how many N-day editions had more than X" counts those editions
# by the figure (it compared their days with X); a ranking among the N-day editions in Chinese
# is read as two clauses, never the longest edition
AGGREGATES += [
    row(
        "how many 3-day summits had more than 19 sub-forums?",
        True,
        (2017, 2019, 2021, 2023),
        ["4 of the"],
    ),
    row("为期三天的届次中，哪一届参会人数最多", True, (2022,), [], ["4天"]),
]

# Red team 20 (own wording): the gap to the edition before ranked (EN and ZH), never the
# editions' own lengths
TIME += [
    row(
        "which summit had the most days between it and the previous one?",
        True,
        (2022,),
        ["409"],
        ["4 days"],
    ),
    row("哪一届和上一届间隔最短", True, (2021,), ["307"], ["2天"]),
]

# Red team 20 (own wording): an answer over editions a month selects names them ("no edition
# had 16 sub-forums" is false of all editions); "the gap to the next one" of the edition talked
# about is to its neighbour (it gave "2027 has not been announced")
AGGREGATES += [
    row("which december editions had 16 forums?", True, (), ["Among 2015 and 2017"]),
    # a figure no attribute takes is no yes for the month's editions
    row("did any edition held in december have 16 forums?", False, None, [], ["Yes"]),
]
CONVERSATIONS += [
    row(
        ("when was the 2019 conference", "and the gap to the next one?"),
        True,
        (2019, 2020),
        ["400"],
    ),
]

# Red team 20 (own wording): "how many of them …" and "which of them … after the previous one"
# after a list are of those listed (it counted all 13, or every edition's gap)
CONVERSATIONS += [
    row(
        ("which editions took place in november?", "how many of those ran for 3 days?"),
        True,
        (2014, 2016, 2018, 2022, 2023),
        ["5 of the 9"],
    ),
    row(
        (
            "which editions were held in november?",
            "which of those came more than a year after the previous one?",
        ),
        True,
        (2020, 2022, 2024),
        [],
        ["2015 ("],
    ),
]

# fresh21's first run (own wording): a fact said, then a question of the editions that "also"
# share it (它 answered the fact said)
SERIES += [
    row("2022年峰会是11月9日开幕的，还有哪一届也是11月9日开幕的", True, (2022,)),  # guard
    row("2025年的开幕式在11月7日，哪一届也是11月7日开幕的", True, (2018,), [], ["2025年世界"]),
]

# Red team 21 (own wording): the first (last) edition past (under) a figure, however put —
# "the first summit to pass 300 exhibitors" (it said no edition had 300), "the first year
# whose attendance exceeded 1,800", "when did attendance last dip below 1,000", 首次突破,
# 最近一次…少于, …的最后一届 (it gave the 1st edition, or the latest, ignoring the figure)
AGGREGATES += [
    row("the first summit to pass 300 exhibitors?", True, (2016,), ["310"], ["No edition"]),
    row("first year whose attendance exceeded 1,800?", True, (2015,), [], ["No edition"]),
    row("when did attendance last dip below 1000?", True, (2020,), [], ["2014:"]),
    row("参展企业第一次突破300家是哪一届", True, (2016,)),
    row("最近一次分论坛不到20个是哪一届", True, (2022,), [], ["2025年"]),
    row("参会国家少于100个的最后一届", True, (2021,), [], ["2026年"]),
]

# Red team 21 (own wording): "which of those was the most recent?", 其中最早的 after a list are
# the latest (earliest) of those listed (it gave 2026, or declined)
CONVERSATIONS += [
    row(
        ("which summits had more than 120 countries?", "which of them was the latest?"),
        True,
        (2025,),
        [],
        ["2026"],
    ),
    row(("哪几届分论坛有20个", "其中最早的是哪一届"), True, (2017,), [], ["2014年"]),
]

# Red team 21 (own wording): "how many days apart were they?" after a list of two is the time
# between them (it compared their lengths); 间隔最短的两届 ranks the gaps, not the lengths
CONVERSATIONS += [
    row(
        ("which editions took place in december?", "how far apart were those two in days?"),
        True,
        (2015, 2017),
        ["718"],
    ),
]
TIME += [
    row("相隔最短的两届是哪两届", True, (2020, 2021), ["307"], ["2天"]),
]

# Red team 21 (own wording): the first (last) edition a host held, in Chinese, by the names it
# goes by (网信办, hosts' `names` in the knowledge file), and a figure asked of that edition
# (it gave 2026, the latest edition, or 2027 "not announced")
SERIES += [
    row("网信办主办的最后一届是哪一年", True, (2021,), [], ["2026年"]),
    row("国家网信办主办的第一届有多少个国家参加", True, (2014,)),
    row("which editions did the cac host?", True, (2014, 2021), ["8 of the 13"]),
]

# Red team 21 (own wording): the second (third) longest or shortest gap between consecutive
# openings is that place in the ranking (it gave the longest)
TIME += [
    row(
        "what's the 2nd longest gap between consecutive editions?",
        True,
        (2019, 2020),
        ["400"],
        ["409"],
    ),
    row("the second shortest gap between editions?", True, (2015, 2016), ["336"]),
]

# "two consecutive summits" is no other event ("consecutive" was an unknown word)
TIME += [
    row("longest gap between two consecutive summits?", True, (2021, 2022), ["409"]),
]

# Red team 21 (own wording): the editions a person did not attend in person is declined (the
# list of the others named every edition with a fact of him, 2015 among "didn't")
UNKNOWN += [
    row("which summits did xi not attend in person?", False, None, [], ["2015"]),
]

# Red team 20 (own wording): a gap claim with typos is read as corrected ("less then", "previus")
CHAT += [
    row("was wic 2023 more then a year after the previus one?", True, (2023,), ["No"]),  # guard
    row(
        "did the 2022 sumit open less then a year after the prevous one", True, (2022,), ["No"]
    ),  # guard
]

# fresh21's first run (own wording): a "why" question gets the facts, never a yes or no; 主题展
# (a themed exhibition) is the expo's kind of fact, not the theme
UNKNOWN += [
    row("why was there no 7th wic?", True, (2020,), [], ["No —"]),
    row("2014年的同名主题展有几家企业参展", False, (2014,), [], ["互联互通"]),
]

# fresh21's first run (own wording): "which countries exhibited" asks the names of the things a
# figure counts, which the file does not hold (it gave the count)
UNKNOWN += [
    row("which countries had exhibitors at the 2019 expo?", False),
]

# Red team 19 (own wording): a person's title is in the facts that name them (it read "title"
# as the theme of the latest edition)
DETAILS += [
    # (round 28: the facts give him no title — unknown, with what they record)
    row("what position did wang huning hold when he spoke?", False, (2017,), ["Wang"], ["theme"]),
    row("刘鹤当时是什么职务", True, (2021,), ["副总理"]),
]

# Red team 21 (own wording): "when did it first reach N …" is the first with at least N (it was
# declined as another event)
AGGREGATES += [
    row("in which year did the summit first reach 19 sub-forums?", True, (2017,), ["20"]),
    row("which edition first got to 600 exhibitors", True, (2019,), ["601"]),
]

# Red team 19 (own wording): 多少 with one edition named and a further figure of a kind of fact
# asked is that figure (it counted the editions: "13 so far")
DETAILS += [
    row("2019年博览会里境外企业占比是多少", True, (2019,), ["17.8%"], ["13届"]),  # guard
]

# Red team 22 (own wording): a length asked of words (a theme, a name) or of an expo is no
# edition's days — declined, never "No — both ran 3 days"; "per day" is over the edition's
# length (it ranked by days, or gave the per-edition average)
UNKNOWN += [
    row("is the 2016 theme longer than 2014's?", False, None, [], ["days"]),
    row("2021年的主题比2020年的短吗", False, None, [], ["天"]),
    row("which summit's name is the longest?", False, None, [], ["4 days"]),
]
AGGREGATES += [
    row("which edition had the most exhibitors per day?", True, (2019,), ["200"], ["4 days"]),
    row("how many attendees per day did the 2022 summit have?", True, (2022,), ["700"]),
]

# Red team 22 (own wording): the longest theme where several are as long names each (it named
# 2023 alone of three with 31 characters)
SERIES += [
    row("最长的主题是哪几届的", True, (2023, 2024, 2025), ["31"]),
]

# Red team 22 (own wording): "the following edition" (and "the edition following 2018") is the
# one after (it repeated 2016, or gave 2018); 那下一届呢 after two editions set side by side is
# the one after the edition talked about (it said 2027 is not announced)
CONVERSATIONS += [
    row(("when did wic 2017 happen", "and the following edition?"), True, (2018,), [], ["2017"]),
    row(
        ("2021年有多少个分论坛", "跟上一届比呢", "那下一届呢"), True, (2022,), ["19"], ["尚未公布"]
    ),
]
TIME += [
    row("when was the summit following 2021?", True, (2022,), [], ["September"]),
]

# Red team 22 (own wording): a ranking among some editions says which ("the 1st WIC had the
# fewest" is false of them all)
AGGREGATES += [
    row(
        "which of the first four summits drew the fewest people?",
        True,
        (2014,),
        ["Among 2014"],
    ),
]

# fresh20's first run (own wording): "who hosts it these days?" asks the present hosts (it gave
# the whole history), however the present is said
SERIES += [
    row("who currently hosts the wic?", True, (2026,), ["organi"], ["2014–2021"]),
]

# Red team 23 (own wording): "what about <another person>?", 那<某人>呢 after a question about a
# person is the same question of that person (it repeated the first person's record)
CONVERSATIONS += [
    row(
        ("which summits did liu he take part in", "what about ma kai?"),
        True,
        (2014,),
        [],
        ["Liu He"],
    ),
    row(("哪一届李书磊宣读了贺信", "那黄坤明呢"), True, (2019,), [], ["李书磊"]),
    row(
        (
            "which editions did li shulei give the keynote",
            "and wang huning?",
            "how about liu yunshan",
        ),
        True,
        (2016,),
        [],
        ["Wang Huning"],
    ),
]

# Red team 23 (own wording): 三届一共, 这三年平均 after three editions talked of one turn each
# are of those three (it summed two, or averaged all twelve)
CONVERSATIONS += [
    row(
        ("2016年有几个分论坛", "2017年呢", "2018年呢", "这三年一共多少个"),
        True,
        (2016, 2017, 2018),
        ["55"],
    ),
    row(
        ("2014年开了几天", "2015年呢", "2016年呢", "三届一共几天"), True, (2014, 2015, 2016), ["9"]
    ),
]

# Red team 23 (own wording): "was CAC the host in 2023?" is whether that host held that edition
# (an unknown word before: declined as another event)
CLAIMS += [
    row("was CAC the host in 2018?", True, (2018,), ["Yes"]),
    row("was the cac the host in 2024?", True, (2024,), ["No"]),
]

# Red team 23 (own wording): "involved in" asks how a person took part (declined before)
DETAILS += [
    row("which summits was huang kunming involved in?", True, (2018, 2019)),
]

# Red team 23 (own wording): 评出, 评选 are plain words of a question (declined as another event)
DETAILS += [
    row("2019年评选出了几项领先科技成果", True, (2019,), ["15"]),  # guard
]

# Red team 23 (own wording): "what's the difference?", "by how much?", 差多少 just after two
# editions' figures, one turn each, is between those two ("Which edition do you mean?")
CONVERSATIONS += [
    row(
        ("how many countries took part in 2016", "and in 2017?", "what's the diff?"),
        True,
        (2016, 2017),
        ["2016"],
    ),
    row(("2022年有多少个分论坛", "2023年呢", "相差多少"), True, (2022, 2023), ["2023"]),  # guard
]

# Red team 23 (own wording): "how many days until the 2026 summit?" after it opened says it
# started that long ago (declined before)
TIME += [
    row("how many days until the 2026 summit?", True, (2026,), ["ago"]),
]

# Red team 23 (own wording): who was at the opening ceremony is in the keynote facts (declined)
DETAILS += [
    row("who was at the opening ceremony in 2022?", True, (2022,), ["Li Shulei"]),
]

# A kind of venue the facts do not name ("held in a stadium?") gets the place, never a "No"
UNKNOWN += [
    row("was the 2017 wic held in a stadium?", True, (2017,), ["Wuzhen"], ["No —"]),
    row("2021年峰会是在体育馆开的吗", True, (2021,), ["乌镇"], ["不是"]),
]

# Session 14: "other than 20 or 24", "neither 20 nor 24" select the editions with neither
# figure (the negation was lost: the editions WITH 20 or 24 were listed)
AGGREGATES += [
    row(
        "which years had a forum count other than 20 or 24?",
        True,
        (2018, 2022),
        ["2018", "2022"],
        ["2017", "2024"],
    ),
    row("editions with neither 19 nor 20 sub-forums", True, (2024,), ["2024"], ["2018", "2017"]),
    row("哪几届的分论坛既不是19个也不是20个", True, (2024,), ["2024"], ["2018", "2017"]),
]

# Session 14: theme words unquoted after "without", "neither … nor", "have … in them"
AGGREGATES += [
    row("themes without digital", True, (2014, 2019), ["2019"], ["2017", "Themes with "]),
    row(
        "which themes have neither digital nor future in them",
        True,
        (2014,),
        ["2014"],
        ["2017", "2015"],
    ),
]

# Session 14: a weekday filter over a span of years ("from 2015 to 2019", "between …") is of
# those years (the ends were looked up alone, or the span ignored, or read as left out); a
# negated closing day says "did not close"; 不是开三天的 is a length other than three days
TIME += [
    row(
        "which editions from 2015 to 2019 did not end on a friday",
        True,
        (2017, 2019),
        ["did not close", "2017", "2019"],
        ["Leaving out", "2021", "2016 ("],
    ),
    row(
        "between 2016 and 2022 which editions didn't open on a monday",
        True,
        (2016, 2022),
        ["2016", "2022"],
        ["2014", "2025"],
    ),
    row("2016到2021年哪几届是星期日开幕的", True, (2017, 2019), ["2017", "2019"], ["2015", "2024"]),
]

AGGREGATES += [
    row("2015到2024年哪几届不是开三天的", True, (2020, 2024), ["2020", "2024"], ["2015年"]),
    row("2016年是不是三天", True, (2016,), ["3"], ["不是3"]),
]

# Session 14: weather and travel asked in Chinese about the series' town are unknown (明天…会
# 下雨吗 answered 是的 — the town confirmed as the venue)
UNKNOWN += [
    row("后天乌镇会下雪吗", False, (), [], ["是的"]),
    row("乌镇附近有什么好玩的景点", False, (), [], ["是的"]),  # guard
]

# Session 14 (red team 24): a look-up over "from X to Y" is of every edition of those years
# (the two ends alone were answered, the middle silently dropped)
DETAILS += [
    row("list the themes from 2022 to 2024", True, (2022, 2023, 2024), ["2023"]),
    row("2020至2022年的主题分别是什么", True, (2020, 2021, 2022), ["2021"]),
    row("who gave the keynotes from 2017 to 2019", True, (2017, 2018, 2019), ["Huang Kunming"]),
    row("dates of the summits 2019-2022", True, (2019, 2020, 2021, 2022), ["2020", "2021"]),
    row("opening weekdays of the editions from 2016 to 2018", True, (2016, 2017), ["Sunday"]),
    row("按分论坛数量给2020到2024年排个序", True, (2020, 2024), ["1. 2024"]),
    row("how long from the 2016 to the 2018 summit", True, (2016, 2018), ["721"]),  # guard
]

# Session 14 (red team 24): "average of those", "add them up", 这几届平均多少 after three
# editions' figures, one turn each, are over all three (the last two were taken, or all)
CONVERSATIONS += [
    row(
        ("how many sub-forums in 2018", "and 2019?", "and 2021?", "average of those"),
        True,
        (2018, 2019, 2021),
        ["19.67", "3 editions"],
    ),
    row(
        ("exhibitors at the 2016 expo", "2017?", "what about 2018", "add them up"),
        True,
        (2016, 2017, 2018),
        ["1140"],
    ),
    row(
        ("2019年有多少国家和地区参加", "2020年呢", "2021年呢", "这几届平均多少"),
        True,
        (2019, 2020, 2021),
        ["66.33"],
        ["12届"],
    ),
    # a turn about another thing starts a new run
    row(
        ("when was the 2017 summit", "how many subforums in 2018", "and 2019", "total of those?"),
        True,
        (2018, 2019),
        ["39"],
    ),
]

# Session 14 (red team 24): "which of those had Xi send a letter / give a video speech" is
# among those editions (every edition's match was listed), also after a turn with no fact
CONVERSATIONS += [
    row(
        (
            "who spoke at the opening in 2019",
            "and 2021?",
            "and 2023?",
            "which of those had xi on video",
        ),
        True,
        (2023,),
        ["2023"],
        ["2016", "2024"],
    ),
    row(
        ("keynote 2016", "2017?", "2020?", "which of those had xi send a letter"),
        True,
        (2017,),
        ["2017"],
        ["2018", "2019", "2021"],
    ),
    row(
        ("which editions had 20 sub-forums", "which of those did li shulei give the keynote"),
        True,
        (2023,),
        ["2023"],
        ["2022", "2025"],
    ),
]

# Session 14 (red team 24): the series' own name is no host ("how many days has the WIC run
# in total" took the organisation's editions, 14 days); "since it became an organisation"
# is since its founding (210 sub-forums, every edition, were summed)
AGGREGATES += [
    row("how many days in total has the wic run", True, (2014, 2025), ["37"], ["14 days"]),
    row(
        "how many forums has the wic held altogether since it became an organisation",
        True,
        (2022, 2025),
        ["87"],
        ["210", "2021"],
    ),
    row(
        "what was the average attendance of the summits hosted by the organisation",
        True,
        (2022, 2025),
        ["1825"],
    ),  # guard
]

# Session 14 (red team 24): "he"/他 just after a keynote fact naming one person is that
# person (他亲自出席了吗 answered the edition's attendance); "and the one before?" of the
# first edition is none (the first was repeated); "2021's speaker" asks the keynote
CONVERSATIONS += [
    row(("2025年谁做了主旨演讲", "他亲自出席了吗"), True, (2025,), ["是的", "李书磊"], ["参会"]),
    row(("who gave the keynote in 2026", "did he attend in person?"), True, (2026,), ["Yes"]),
    row(("when was the 1st wic", "and the one before that?"), False, (), ["first"], ["November"]),
    row(("首届在哪一年", "那上一届呢"), False, (), ["第一届"], ["11月"]),
    row(("was 2016 held online", "what about 2022's speaker?"), True, (2022,), ["Li Shulei"]),
    row(("when was the 2016 wic", "and the one before?"), True, (2015,), ["2015"]),  # guard
]

# Session 14: a fact asked of the editions a figure selects ("the theme of the edition with
# 5 sub-forums", "who spoke at the ones with 24") is looked up of them (the selection alone
# answered); "he" is resolved only where how someone took part is asked
AGGREGATES += [
    row(
        "what was the theme of the edition that only had 5 sub-forums",
        True,
        (2020,),
        ["Digital Empowerment"],
    ),
    row(
        "who gave the keynote at the editions with 24 sub-forums", True, (2024, 2025), ["Li Shulei"]
    ),
    row("分论坛只有5个的那届主题是什么", True, (2020,), ["数字赋能"]),
]
CONVERSATIONS += [
    row(
        ("when was the 2026 wic", "who spoke at the opening", "how many years did he say it ran?"),
        True,
        (2026,),
        [],
        ["Premier Li Qiang say"],
    ),
]

# Session 14 (fresh23, red teams 23-24): two figures whose qualifiers leave the order open
# ("more than 2,100" against "more than 2,000") are not ranked: "I don't know which had
# more", with both — though "by how much" still gets the difference, as nearly as reported
CLAIMS += [
    row("did 2022 have more participants than 2021?", True, (2021, 2022), ["don't know which"]),
    row("which had more guests, 2023 or 2024", True, (2023, 2024), ["don't know which"], ["Yes"]),
    row("2017年和2016年哪届参会的人更多", True, (2016, 2017), ["不知道"]),
    row("did 2015 have more countries than 2014?", True, (2014, 2015), ["Yes"]),  # guard
    row(
        "which had the bigger expo, 2019 or 2023, and by how many companies",
        True,
        (2019, 2023),
        ["21"],
    ),  # guard
]

# Session 14 (fresh23): a person's attendance is judged on their whole name ("Li Qiang" was
# "named" by "Li Shulei"); "waic" is another event, not a typo of ours; "how old is <a
# speaker>" is their age; "which editions weren't hosted by the CAC" is the others; "the
# latest November opening" is among November's
UNKNOWN += [
    row("did li qiang attend the 2023 summit", True, (2023,), ["don't have a record"]),
    row("who spoke at waic 2024", False, (), [], ["Xi"]),
    row("how old is li shulei", False, (), [], ["ago"]),
]
TIME += [
    row("latest november opening date?", True, (2020,), ["November 23"], ["December"]),
    row("which december edition opened earliest", True, (2017,), ["December 3"]),
]
DETAILS += [
    row(
        "which editions weren't hosted by the cyberspace administration of china",
        True,
        (2022, 2026),
        ["5 of the 13"],
        ["2014"],
    ),
    row(
        "which editions were not hosted by the international organisation",
        True,
        (2014, 2021),
        ["8 of the 13"],
        ["No record"],
    ),
]

# Session 14 (fresh23): "expos with under 300 exhibitors?" selects by the bound (it looked up
# the expo that had "more than 300"); an expo's figure is worded as exhibitors
AGGREGATES += [
    row("expos with under 300 exhibitors?", True, (2015,), ["258", "exhibitors"], ["2021"]),
    row(
        "add up the exhibitors of the 2016 and 2019 expos",
        True,
        (2016, 2019),
        ["911 exhibitors"],
        ["911 Light"],
    ),
]

# Session 14 (fresh23): "did Xi ever attend in person?", "has Li Shulei ever given the
# keynote?" are the person's editions, yes with them (declined); a host's other name selects
# its era ("the CAC era": every edition was averaged, or the question declined); "…, according
# to Li Qiang" is the fact itself (his editions were counted)
CLAIMS += [
    row("did xi ever attend wic in person", True, (2015,), ["Yes", "2015"]),
    row("has li shulei ever given the keynote?", True, (2022, 2023, 2025), ["Yes"]),
    row("did liu he ever attend", True, (2021,), ["None in person"], ["Yes"]),
]
AGGREGATES += [
    row("avg attendance of the cac era", True, (2014, 2021), ["1450", "8 editions"], ["2022"]),
    row("total sub-forums in the cac years", True, (2014, 2021), ["123"]),
    row(
        "how many years in a row has the wic been held according to li qiang",
        True,
        (2014, 2026),
        ["13"],
        ["1 by the facts"],
    ),
]

# Session 14: two hosts named together ("the CAC and the Zhejiang government", "together
# with") are one hosting period (a host's other name had been unknown, so declined; once known
# the timeline was given, or every edition ranked); "what about by video?" after "did Xi ever
# come in person?" asks it of the other way; a first claimed is no "ever"
DETAILS += [
    row(
        "how many editions were hosted by the cac and the zhejiang government?",
        True,
        (2014, 2021),
        ["8 of the 13"],
    ),
    row("was the conference hosted by the cac and zhejiang up to 2021?", True, (2021,), ["Yes"]),
    row("largest expo while the cac and zhejiang were the hosts", True, (2019,), ["601"]),
]
CONVERSATIONS += [
    row(("did xi ever come to wuzhen in person", "what about by video"), True, (2016, 2024)),
    row(
        (
            "average attendance of the summits hosted by the organisation",
            "and for the ones hosted by the cac?",
        ),
        True,
        (2014, 2021),
        ["1450"],
    ),
]
UNKNOWN += [
    row("was li qiang the first premier ever to give the keynote", False, (), [], ["Yes"]),
]

# Session 14 (red team 25): "other than 2015, which editions did Xi attend in person?",
# 除了2015年…出席过哪几届 are the person's editions among the rest (every other edition was
# listed); "themes that did NOT include 'Cyberspace'" (the complement was inverted); "were both
# December editions opened on a Wednesday?" is each of them; "were all editions since 2022
# hosted by the organisation?" is of those years; Chinese host questions (网信办主办了几届,
# 哪几届不是国际组织主办的, 2019年是网信办主办的吗)
CLAIMS += [
    row("Other than 2015, which editions did Xi attend in person?", True, None, ["None in person"]),
    row("除了2015年，习近平还亲自出席过哪几届", True, None, ["没有亲自出席"]),
    row("were both december editions opened on a wednesday?", True, (2015,), ["No —"], ["Yes"]),
    row(
        "were all editions since 2022 hosted by the international organisation?",
        True,
        (2022, 2026),
        ["Yes"],
    ),
    row("has the organisation hosted every summit since 2022?", True, (2022, 2026), ["Yes"]),
    row("2019年是网信办主办的吗", True, (2019,), ["是的"]),
    row("2024年是网信办主办的吗", True, (2024,), ["不是"]),
]
AGGREGATES += [
    row("which themes did not include 'cyberspace'?", True, (2014,), ["2014"], ["2015"]),
    row("网信办主办了几届", True, (2014, 2021), ["有8届"], ["共举办了13届"]),
    row("哪几届不是国际组织主办的", True, (2014, 2021), ["8届"], ["2022年世界"]),
]

# Session 14 (red team 25): a fact asked of the editions a month or a weekday selects ("who
# gave the keynote at the December editions", 12月举办的几届主题) is asked of them (every
# edition's keynote was listed, or the latest edition's theme)
DETAILS += [
    row(
        "who gave the keynote at the december editions",
        True,
        (2015, 2017),
        ["Wang Huning"],
        ["Li Shulei", "Ma Kai"],
    ),
    row("attendance of the october edition", True, (2019,), ["1500"], ["2026"]),  # guard
    row("12月举办的几届主题是什么", True, (2015, 2017), ["互联互通"], ["2026"]),
    row("themes of the editions that opened on a sunday", True, (2017, 2019, 2021), ["2021:"]),
]

# Session 14 (red team 25): "whose opening ceremony was on a Friday?" is of the ceremony's
# own day ("No edition opened on a Friday": 2025's ceremony, a day after its opening, was)
TIME += [
    row("which edition's opening ceremony was on a friday?", True, (2025,), ["November 7"]),
    row("哪一届的开幕式是星期五", True, (2025,), ["11月7日"]),
    row("which editions opened on a friday", True, (), ["No edition opened"]),  # guard
]

# Session 14 (red team 25): "sub-forums of the 4-day editions, in total" (a tail after a
# comma) is of those editions (every edition's days were summed); "what day of the week did
# most editions open?" is the weekday, counted (it said "4 days"); "how many editions did he
# speak at?" after 2022's keynote is Li Shulei's, every one (10, every keynote, was counted)
AGGREGATES += [
    row("sub-forums of the 4-day editions, in total", True, (2024, 2025), ["48"], ["37 days"]),
    row("what day of the week did most editions open?", True, (2015, 2023), ["Wednesday", "6"]),
    row("哪个星期几开幕的届数最多", True, (2014, 2022), ["星期三"]),
]
CONVERSATIONS += [
    row(
        ("who gave the keynote in 2023", "how many editions did he speak at in total?"),
        True,
        (2022, 2023, 2025),
        ["3 by the facts"],
    ),
]

# Session 14 (red team 25): a figure or fact asked of the editions a person's keynote facts
# select ("sub-forums at the editions Xi addressed by video", "total attendance where Li
# Shulei gave the keynote"); a closing weekday selects by the closing day, and a negated one
# the others ("closed on a Friday": "no figures"); "was he there in person?" where the fact
# names two and neither gave "the keynote" is the fact itself (attendance was given)
AGGREGATES += [
    row(
        "sub-forums at the editions xi addressed by video",
        True,
        (2016, 2023, 2024),
        ["16"],
        ["2015"],
    ),
    row(
        "average sub-forums of the editions where xi sent a congratulatory letter",
        True,
        (2017, 2022),
        ["19.6"],
    ),  # guard
    row("average attendance of editions that closed on a friday", True, (2014, 2024), ["1686"]),
    row(
        "average sub-forums of the editions that did not open on a wednesday",
        True,
        (2017, 2025),
        ["18.83"],
        ["2022:"],
    ),
]
CONVERSATIONS += [
    row(("2021年的主旨演讲是谁", "他是现场出席的吗"), True, (2021,), ["视频"], ["参会"]),
]

# Session 14 (red team 25): a fact asked of the first (last) edition a host held is that
# fact, not its hosts; "CAC-hosted", "org-hosted" name the host
DETAILS += [
    row("theme of the last CAC-hosted edition", True, (2021,), ["Digital Civilization"]),
    row(
        "how many countries came to the first summit hosted by the international organisation",
        True,
        (2022,),
        ["120"],
        ["headquartered"],
    ),
    row("which editions were cac-hosted", True, (2014, 2021), ["8 of the 13"]),
]

# Session 14: an answer about the next edition is about it by its year (its editions were
# empty — every held-out set counted "not announced" as about no edition); "and the one
# before?" after it is the latest held
TIME += [
    row("when is wic 2027", True, (2027,), ["not been announced"]),
    row("明年的乌镇峰会什么时候开", True, (2027,), ["尚未公布"]),
]
CONVERSATIONS += [
    row(("when's the next wic", "and the one before?"), True, (2026,), ["November 3"]),
]

# Session 14 (fresh23): "was Li Qiang in Wuzhen for it?" — the series' town said of a person
# is their being there in person ("No —" the venue, or "I don't have that")
CLAIMS += [
    row("was xi in wuzhen in 2015", True, (2015,), ["Yes"]),
    row("was xi in wuzhen in 2023", True, (2023,), ["No —", "video"]),
]

# Session 14 (fresh23): a sum or average over editions named, some without the figure, is
# no total of them ("In total 670 exhibitors" for 2024 and 2025): said so, with the rest's
AGGREGATES += [
    row(
        "what's the total expo size for 2024 and 2025 together",
        False,
        (2025,),
        ["no such figure", "670"],
    ),
    row("2024年和2025年博览会一共多少家企业", False, (2025,), ["没有"]),
]

# Session 14 (fresh23): "the highest share of foreign exhibitors" is a part over its whole,
# edition by edition — not the most of the part (it named 2019's 107 as the highest share)
UNKNOWN += [
    row("which expo had the highest share of foreign exhibitors", False, (), [], ["107"]),
]

# Session 14 (fresh20, fresh23): "which editions have no official ordinal?", "which were
# numbered?" list them (the numbering's history was given, about no edition)
DETAILS += [
    row("which editions have no official number", True, (2020, 2026), ["7 of the 13"]),
    row("which editions were numbered", True, (2014, 2019), ["6 of the 13"]),
    row("which was the last numbered wic", True, (2019,)),  # guard
]

# Session 14: "the first edition held in November after 2020" lists November's editions of
# those years ("the 1st of those" followed a list from 2014), and "after 2020" is 2021 on
TIME += [
    row(
        "first edition held in november after 2020",
        True,
        (2022,),
        ["1st of those is the 2022"],
        ["2016)"],
    ),
    row("the last one held in november before 2022", True, (2020,), ["2020"], ["2022)"]),
]

# Session 14 (fresh22, fresh23): "which country sent the most delegates", "who was in charge
# of the organisation" are unknown (the countries count was ranked; the hosts were given)
UNKNOWN += [
    row("which country sent the most delegates in 2021", False, (), [], ["96"]),
    row("who was in charge of the organisation when it was founded", False, (), [], ["hosted"]),
    row("which country hosts the wic", True, (), ["China"]),  # guard
]

# Session 14 (fresh22): "which themes start with 'Creating'?" are the themes whose first
# words those are (the latest edition's opening was given)
AGGREGATES += [
    row("which themes start with 'Creating'", True, (2018, 2023), ["2023"], ["2026"]),
    row("which theme begins with towards", True, (2021, 2022), ["2022"]),
]

# Session 14 (fresh23): "and under the international org?" after the CAC era's average is
# that average of the organisation's editions (its founding was given); "international" is
# no word of the series' own name ("internet")
CONVERSATIONS += [
    row(
        ("avg attendance of the cac era", "and under the international org?"),
        True,
        (2022, 2025),
        ["1825"],
        ["established"],
    ),
]

# Session 14 (fresh22): "where is the 258 exhibitors number from?" is the source of the one
# fact holding that figure (the venue was given: "where")
META += [
    row("where is the 258 exhibitors number from", True, (2015,), ["Workers"], ["permanent venue"]),
    row("where's the 83 countries figure from", True, (2019,), ["Hangzhou News"]),
]

# Session 14 (red team 26): "how long after the first one was that?", "how many days after
# the 2016 one did it start?", 距离第一届过了多久 just after an edition are the time from the
# other to it (its length, or the other's age from today); the conversation stays on it
CONVERSATIONS += [
    row(
        ("when was the 2nd wic", "how long after the first one was that?"),
        True,
        (2014, 2015),
        ["392"],
    ),
    row(("第二届是什么时候", "距离第一届过了多久"), True, (2014, 2015), ["392"]),
    row(
        (
            "when was the 2017 wic",
            "how many days after the 2016 one did it start",
            "who gave the keynote?",
        ),
        True,
        (2017,),
        ["Wang Huning"],
        ["Liu Yunshan"],
    ),
]

# Session 14 (red team 26): the 2020 expo's own dates (noted: November 22–24) answer when it
# started and how long it ran — not the forum's ("lasted 2 days", "opened on November 23")
DETAILS += [
    row("when did the 2020 expo start?", True, (2020,), ["November 22"], ["opened on November 23"]),
    row("how many days did the 2020 expo run?", True, (2020,), ["3 days"], ["2 days"]),
]

# Session 14 (red team 26): "was there an expo at the first wic in 2014?" — "first" numbers
# the edition; no first is claimed ("No —", the expo set up in 2015)
CLAIMS += [
    row("was there an expo at the first wic in 2014?", True, (2014,), [], ["No —"]),
    row("was 2014 the first with an expo?", True, (2014, 2015), ["No —"]),  # guard
    row("did 2014 have an expo", True, (2014,), ["themed exhibition"], ["No —"]),
]

# Session 14 (red team 26): "was the theme of 2015 the same as the first one?" sets the two
# themes side by side (it answered "was 2015 the first one?": "No —")
CLAIMS += [
    row("was the theme of 2015 the same as the first one?", True, (2014, 2015), ["Not quite"]),
    row("2015年的主题和2014年一样吗", True, (2014, 2015), ["不完全相同"]),
    row("was the 2016 theme the same as 2017's", True, (2016, 2017), ["No —"]),
]

# Session 14 (red team 26): "tell me about the expo in 2019" is the expo's facts (the
# edition's overview was given, its attendance readable as the expo's)
DETAILS += [
    row("tell me about the expo in 2019", True, (2019,), ["601"], ["1,500 guests"]),
    row("tell me about the 2019 summit", True, (2019,), ["October"]),  # guard
]

# Session 14 (red team 26): "how many of those achievements?" just after one edition's
# highlights is that edition's figure (it counted the editions with achievements on record)
CONVERSATIONS += [
    row(
        ("what happened at the 2016 wic", "how many of those achievements?"),
        True,
        (2016,),
        ["15"],
        ["8 of the 13"],
    ),
]

# Session 14 (red team 25): "which editions were NOT called <another name>?" are the others
# (the ones called it were listed); "held in the CAC era?" names a time, no place ("No —")
DETAILS += [
    row(
        "which editions weren't called wuzhen summit",
        True,
        (2014, 2020),
        ["2014"],
        ["2021 World"],
    ),
]
CLAIMS += [
    row("were both december editions held in the cac era?", True, None, [], ["No —"]),
    row("was the 2019 one held in hangzhou", True, (2019,), ["No —"]),  # guard
]

# Session 14 (red team 26): 比2022年那届晚了多少天开幕 after 2023 is the days between the two
# openings (their lengths were compared, or the 4-day editions listed)
CONVERSATIONS += [
    row(("2023年的峰会是什么时候", "比2022年那届晚了多少天开幕"), True, (2022, 2023), ["364"]),
]
TIME += [
    row("2023年比2022年晚了多少天开幕", True, (2022, 2023), ["364"]),
]

# Session 14: "who is in charge of the WIC now?" is its hosts; who was in charge of the
# organisation (a person) is unknown
DETAILS += [
    row("Who is in charge of the WIC now?", True, (2026,), ["international organization"]),
]

# Session 14 (fresh24): pinyin "ming nian" (明年) is next year and "di yi jie" (第一届) the
# first edition (both answered the latest edition's dates)
CHAT += [
    row("ming nian wuzhen fenghui shenme shihou", True, (2027,), ["announced"], ["2026 World"]),
    row("di yi jie wuzhen fenghui zai nali", True, (2014,), [], ["2026"]),
]

# Session 15 (fresh24): "has the expo ever had more than 700 exhibitors?" with no figure for
# some editions is unknown, never "no" ("No edition had…" was said of editions it has no
# figure for); a list of those that did says "none of those with a figure"
UNKNOWN += [
    row(
        "was there ever an expo with over 800 exhibitors?",
        True,
        None,
        ["I don't know", "None of the editions with a figure", "2024"],
        ["No —", "No edition"],
    ),
    row(
        "did any expo draw companies from more than 70 countries",
        True,
        None,
        ["I don't know", "2015"],
        ["No —", "No edition"],
    ),
    row(
        "which expos had more than 900 exhibitors",
        True,
        None,
        ["None of the editions with a figure", "2014"],
        ["No edition"],
    ),
    row("有没有哪届博览会参展企业超过800家", True, None, ["有数字的各届", "2024"], ["没有一届"]),
]

# Session 15 (fresh23, fresh24): "was it ever held in Hong Kong?" asks of every event the
# series held, which the facts do not all record: the editions' place, never a "no"
UNKNOWN += [
    row("has the wic ever been held in shanghai?", True, None, ["I don't know of one"], ["No —"]),
    row("was the summit ever held in hong kong", True, None, ["I don't know of one"], ["No —"]),
    row("is the wic held in shanghai", True, None, ["No —", "Wuzhen"]),  # guard
]

# Session 15 (red team 27): a list narrowed by a second filter ("which of those were after
# 2020?", 其中哪些在11月举办) is what "average of those" and "total of those" are over — the
# years' every edition, or the list before, were folded; a fold of one edition is its figure
CONVERSATIONS += [
    row(
        (
            "which summits had more than 1,700 guests?",
            "which of those were held after 2020?",
            "and the average of those?",
        ),
        True,
        (2021, 2022, 2023, 2024),
        ["4 editions"],
        ["2025"],
    ),
    row(
        (
            "which editions had over 2000 participants",
            "which of those were held in november",
            "what was the total attendance of those",
        ),
        True,
        (2022,),
        ["one edition", "2100"],
        ["2015", "2021"],
    ),
    row(
        ("哪几届参会人数超过2000", "其中哪些在11月举办", "它们的参会人数加起来是多少"),
        True,
        (2022,),
        ["只有一届", "2100"],
        ["2015年", "2021年"],
    ),
]

# Session 15 (red team 27): 大前年 is three years back from today (as 前年 is two); it was read
# as 前年 (2024), or as another event
TIME += [
    row("大前年的乌镇峰会有多少人参加", True, (2023,), ["1800"], ["2024年"]),
    row("大前年峰会的主题是什么", True, (2023,), []),
    row(("去年峰会在哪天开幕", "大前年呢"), True, (2023,), ["11月8日"]),
]

# Session 15 (fresh24): "did the 2026 one last 4 days like the last two?" — an aside naming
# other editions is not what is claimed (it was read as "was the last one 2026?" and said no;
# 2026's end is not on record)
CLAIMS += [
    row(
        "did the 2026 summit last four days like the previous two?",
        True,
        (2026,),
        ["closing date"],
        ["No —"],
    ),
    row("did 2025 last 4 days, like the last two did?", True, (2025,), ["Yes —", "4 days"]),
]

# Session 15 (fresh24): a claim of every edition a figure selects ("did every edition with 24
# sub-forums last 4 days?") is judged on those editions — it was judged on every edition
# ("no — 2014: 3 days, …"), or the selection was dropped
CLAIMS += [
    row(
        "did all the summits with 24 sub-forums run for 4 days?",
        True,
        (2024, 2025),
        ["Yes", "24 sub-forums", "4 days", "2026"],
        ["No —", "2014"],
    ),
    row(
        "did every edition with 19 sub-forums last 3 days",
        True,
        (2018, 2022),
        ["Yes", "3 days"],
        ["No —", "2014"],
    ),
    row(
        "did every summit with more than 1,800 guests last 3 days?",
        True,
        (2024,),
        ["No —", "2024", "4 days"],
        ["2014"],
    ),
    row(
        "did every edition with 40 sub-forums last 3 days",
        True,
        None,
        ["None of the editions with a figure had 40 sub-forums"],
        ["Yes", "No —"],
    ),
]

# Session 15 (fresh23): "was Li Qiang in Wuzhen?" with no edition named is the person there in
# person at any edition (it was read as a claim about the series' place: "No — it is held in
# Wuzhen")
CLAIMS += [
    row("was li qiang actually in wuzhen?", True, (2026,), ["Yes", "Li Qiang"], ["No —"]),
    row("was liu he ever in wuzhen", True, (2021,), ["None in person", "video"], ["No —", "Yes"]),
    row("has huang kunming been to wuzhen", True, (2018,), ["Huang Kunming"], ["No —"]),
]

# Session 15 (fresh24): "was there a sub-forum on AI in 2023?" — the facts count the parts, not
# their topics: unknown with the count (it was the count alone, or "yes" with the dates); "what
# were the 4 sections of the 2019 sub-forums?" asks their names, which the facts do not have
UNKNOWN += [
    row("did 2021 have a sub-forum about cybersecurity?", False, (2021,), ["topics", "20"]),
    row("was there a forum on ai at the 2024 wic", False, (2024,), ["topics", "24"], ["Yes"]),
    row("what were the four sections at the 2019 summit?", False, (2019,), ["names", "20"]),
]

# Session 15 (fresh25): "wic21 was still hosted by the CAC, right?" — the tag question sent it to
# a check of the hosts' words, which never spell out "CAC": "No" (it was hosted by the CAC);
# now the hosting arrangement the words or initials name, against the edition's year
CLAIMS += [
    row(
        "was the 2018 summit hosted by the cac, right?", True, (2018,), ["Yes —"], ["No —"]
    ),  # guard
    row("wic19 was still hosted by the cac right", True, (2019,), ["Yes —"], ["No —"]),
    row(
        "2020 was hosted by the wic organisation, correct?", True, (2020,), ["No —", "Cyberspace"]
    ),  # guard
]

# Session 15 (fresh25): a total over editions some of which have no figure is a floor, never a
# precise total ("In total 670 exhibitors" for 2024 and 2025, with no 2024 figure); asked of a
# selection ("the 4-day editions"), it is no total of them at all, as for editions named
AGGREGATES += [
    row(
        "sum of the exhibitors at the editions that lasted 4 days",
        False,
        (2025,),
        ["can't give that for all", "at least 670"],
        ["In total 670"],
    ),
    row(
        "how many achievements were released in all?",
        True,
        None,
        ["at least", "from the editions that have a figure"],
    ),
]

# Session 15 (fresh25): "how many were held in november" with no noun for the editions is a
# count of them (it gave the series' place; "how many were in december" was off-topic)
AGGREGATES += [
    row("how many were held in december?", True, (2015, 2017), ["2 of the 13"]),
    row("how many took place in october", True, (2019,), ["1 of the 13"]),
]

# Session 15 (fresh25): "2014-2025, which editions had more sub-forums than the average?" —
# the span's two ends name no edition compared with the average ("No — 2014: 13 forums")
AGGREGATES += [
    row(
        "from 2015 to 2025 which summits had more sub-forums than average",
        True,
        (2017, 2024),
        ["Editions with more sub-forums than the average"],
        ["No —"],
    ),
    row(
        "2016-2024: which editions had above-average attendance?",
        True,
        (2021, 2022),
        ["than the average"],
        ["No —"],
    ),
]

# Session 15 (fresh25): "was wic26 the biggest one yet?" with no 2026 figure is unknown, beside
# the record (the record alone was given, as if it answered); 2019年是参会人数最多的一届吗 is
# the ranking claimed of 2019 (it was rewritten to "2019 2022年吗" and declined as off-topic)
CLAIMS += [
    row(
        "was the 2026 wic the best attended ever?",
        True,
        (2026, 2022),
        ["I don't know", "2022"],
        ["Yes —", "No —"],
    ),
    row("2018年是参会人数最多的一届吗", True, (2018, 2022), ["不是", "2022"]),
    row("2026年是参会国家最多的一届吗", True, (2026,), ["不知道"], ["不是。", "是的"]),
]

# Session 15 (fresh25): "tim cook came to wic17 right?" — the names were corrected to "time" and
# "cool" and the attendance figure given as if it answered; a person the facts do not record is
# unknown (vocabulary: outside_names)
UNKNOWN += [
    row("tim cook came to the 2018 wic, right?", False, None, [], ["participants"]),
    row("did satya nadella attend wic 2016", False, None, [], ["participants"]),  # guard
]

# Session 15 (fresh25): after a count, "which ones?", "what were they?", 哪几届 list the editions
# it counted (declined); "and on a tuesday?" is the same count of another weekday (it gave the
# counted editions' weekdays); "and letters?" after Xi's videos asks the letters (the videos
# were repeated)
CONVERSATIONS += [
    row(
        ("how many summits opened on a sunday", "which ones?"),
        True,
        (2017, 2019, 2021),
        ["Those were", "2017", "2019", "2021"],
    ),
    row(("有几届是在12月举办的", "是哪几届"), True, (2015, 2017), ["这几届是", "2015", "2017"]),
    row(
        ("how many editions opened on a wednesday", "and on a tuesday?"),
        True,
        (2024, 2026),
        ["2 of the 13"],
        ["Wednesday"],
    ),
    row(
        ("which years did xi send a video", "and letters?"),
        True,
        (2017, 2018, 2019, 2021, 2022),
        ["letter"],
        ["2016"],
    ),
]

# Session 15 (fresh25): pinyin "jinnian" (今年), "qunian" (去年), "kaimu" (开幕), "bimu" (闭幕)
# (declined); "how about in person?" after Xi's videos and letters (it became "did xi in person")
CHAT += [
    row("jinnian wuzhen fenghui natian kaimu", True, (2026,), ["November 3"]),
    row("qunian wuzhen fenghui shenme shihou bimu", True, (2025,), ["November 9"]),
]
CONVERSATIONS += [
    row(
        ("which years did xi send a video", "and letters?", "how about in person"),
        True,
        (2015,),
        ["In person"],
        ["2017: President"],
    ),
]

# Session 15 (fresh25): "what date is 1,000 days after the first WIC opened?" — a day counted
# from a dated one (an edition's opening, or a dated fact of the series); the edition after it,
# or the anchor's own dates, were given
TIME += [
    row("what date is 500 days after the first wic opened?", True, (2014,), ["April 2 2016"]),
    row("which day was 3 weeks before the 2022 summit", True, (2022,), ["October 19 2022"]),
    row(
        "what date was 100 days after the wic organisation was founded",
        True,
        None,
        ["October 20 2022"],
    ),
]

# Session 15 (fresh24): "how many days from the end of the 2019 WIC to the founding of the
# organisation?" — "from … to …" as "between … and …" where one side is a dated fact of the
# series (declined, or a passage about the founding)
TIME += [
    row(
        "how many days from the close of the 2018 wic to the founding of the organisation?",
        True,
        (2018,),
        ["1341"],
    ),
    row(
        "from the founding of the wic org to the 2023 summit, how many days",
        True,
        (2023,),
        ["484"],
    ),
]

# Session 15 (fresh23, fresh24): "which editions opened on the same weekday the org was founded
# on?" — that day's weekday, then the editions that opened on it (the founding's weekday alone)
TIME += [
    row(
        "which summits began on the same weekday the international organization was founded?",
        True,
        (2024, 2026),
        ["Tuesday"],
    ),
    row(
        "what editions opened on the same day of the week as the 2018 one",
        True,
        (2014, 2015, 2016, 2022, 2023),
        ["Wednesday"],
    ),
]

# Session 15 (fresh24, fresh25): "in which editions do you know who read out Xi's letter?" is no
# figure's coverage ("I have the keynote speech figure for: —."); "was Wuzhen made the permanent
# venue at the 2015 one?" is also about 2014, where it happened; 2019年的4大板块分别是什么 asks
# names the facts do not have; 主会场 (the main hall) is not recorded; Cantonese 同 (and) and
# 多人啲 (more people)
META += [
    row(
        "for which editions do you know who read out xi's congratulatory letter",
        True,
        (2022,),
        ["Li Shulei"],
        ["figure for"],
    ),
]
CLAIMS += [
    row("was wuzhen made the permanent venue at the 2016 wic?", True, (2016, 2014), ["No —"]),
]
UNKNOWN += [
    row("2019年的四大板块分别是什么", False, (2019,), ["名称", "20"]),
    row("乌镇峰会主会场叫什么", False, None, [], ["英文名称"]),
]
CHAT += [
    row("2015年同2021年邊屆多人啲", True, (2015, 2021), ["不知道"]),
]

# Session 15 (fresh24, red team 27): "who said the WIC has been held 13 years in a row?" — the
# sentence of the facts that has someone say it (a source of another figure with 13 was given)
DETAILS += [
    row(
        "who said the conference had been held 13 years in a row?",
        True,
        (2026,),
        ["Li Qiang"],
        ["ecns"],
    ),
]

# Session 15 (fresh24): "the theme of the shortest edition" is the edition by its days (the
# shortest theme was given); "the 2-day edition: how many achievements?", "the 4-day editions'
# themes" are the editions of that length (the series' start, or declined)
DETAILS += [
    row("whats the theme of the shortest edition", True, (2020,), ["Digital Empowerment"]),
    row("the longest summit's theme?", True, (2024, 2025), ["4 days", "AI-for-good"]),
    row("which edition had the shortest theme?", True, (2014,), ["50 characters"]),  # guard
    row("how many achievements at the two-day edition?", True, (2020,), ["15"]),
    row("themes of the 4-day summits", True, (2024, 2025), ["AI-for-good", "Digital Intelligence"]),
]

# Session 15 (red team 28): "what date is 100 days after the 2025 summit ended?" counts from
# its last day (the opening was used: six false dates); the answer says which day it counts
# from; "a week after"; no closing day on record, no date
TIME += [
    row(
        "what date was 100 days after the 2025 summit ended?",
        True,
        (2025,),
        ["February 17 2026", "close"],
        ["February 14"],
    ),
    row("what date was a week after the 2017 wic closed", True, (2017,), ["December 12 2017"]),
    row("what date is 10 days after the 2026 summit ended?", False, (2026,), ["closing date"]),
]

# Session 15 (red team 28): "only the ones after 2020" after a month's list is that list within
# those years (2020's place was given, then its 5 sub-forums as the total); "even-numbered
# years" is the years' parity, not the official numbering; "which numbered editions were in odd
# years" keeps both selections
CONVERSATIONS += [
    row(
        ("which editions were held in november?", "only the ones after 2020"),
        True,
        (2022, 2023),
        ["2022", "2025"],
        ["2014", "Tongxiang"],
    ),
    row(
        (
            "which editions were held in november?",
            "only the ones after 2020",
            "how many sub-forums did those have in total?",
        ),
        True,
        (2022, 2025),
        ["at least 87"],
    ),
]
AGGREGATES += [
    row("how many editions were held in even-numbered years?", True, (2014, 2026), ["7 of the 13"]),
    row("which numbered editions were held in odd years", True, (2015, 2019), ["3 of the 13"]),
]

# Session 15 (red team 28): "in October or earlier (in the year)" is before November ("latest in
# the year was 2019" was given, of those in October alone); "in November or later" after October
TIME += [
    row(
        "which summits started in october or earlier in the year?",
        True,
        (2019, 2021),
        ["2019", "2021"],
        ["Latest in the year"],
    ),
    row(
        "which editions opened in december or later", True, (2015, 2017), ["2015", "2017"]
    ),  # guard
]

# Session 15 (red team 28): "which edition had the most countries before that?" after 2021 is a
# ranking bounded by it ("before that" was the one edition before, then every edition's ranking)
CONVERSATIONS += [
    row(
        (
            "how many countries came to the 2021 summit?",
            "which edition had the most countries before that?",
        ),
        True,
        (2015,),
        ["2014", "2020", "120"],
        ["2024 World", "2025 World"],
    ),
]

# Session 15 (red team 28): "how many is that?", "how many?", 几届 after a list count what it
# listed ("which edition do you mean?"); 差多少 after two editions set side by side in one turn
CONVERSATIONS += [
    row(
        ("which editions had exactly 19 sub-forums?", "how many is that?"),
        True,
        (2018, 2022),
        ["2 editions"],
    ),
    row(("哪几届开幕是星期三", "一共几届"), True, (2014, 2023), ["6届"]),  # guard
    row(
        ("2015年有多少人参会", "和2016年比呢", "差多少"),
        True,
        (2015, 2016),
        ["相差约400"],
    ),
]

# Session 15 (red team 28): "…at the 2020 forum on nov 22?" — a date after "forum on" is no
# topic (this session's topic step had said the topics were not recorded)
TIME += [
    row("was the 2024 forum on nov 21 still running?", True, (2024,), ["Yes"], ["topics"]),
]

# Session 15 (red team 29): a claim of another kind about the editions a figure selects ("did
# every edition with 19 sub-forums open in November?") is judged on those editions, by year —
# the selection was dropped (no, of every edition; or a false "yes — all of them"); "all the
# 3-day editions" likewise
CLAIMS += [
    row(
        "were all the editions with 19 sub-forums held in november?",
        True,
        (2018, 2022),
        ["Yes —"],
        ["No —"],
    ),
    row(
        "did every edition with 20 sub-forums start on a sunday",
        True,
        (2023,),
        ["No —", "Wednesday"],
        ["Yes"],
    ),
    row(
        "did all of the 3-day summits open on a wednesday?",
        True,
        (2017,),
        ["No —", "Sunday"],
        ["Yes"],
    ),
]

# Session 15 (red team 29): the day a question counts from is said plainly or not used — the
# 2024 opening ceremony (not its first day), an edition's close, no "Christmas 2022" read as the
# 2022 opening; "was 2016 the biggest one yet?" is against the editions up to it
TIME += [
    row(
        "which editions opened on the same weekday as the 2024 opening ceremony?",
        True,
        (2014, 2023),
        ["Wednesday"],
        ["Tuesday"],
    ),
    row(
        "which summits opened on the same weekday as the 2019 closing?",
        True,
        (2024, 2026),
        ["Tuesday"],
    ),
    row(
        "which editions opened on the same weekday as christmas 2022",
        False,
        None,
        [],
        ["Wednesday"],
    ),
]
CLAIMS += [
    row(
        "was 2016 the biggest one yet in sub-forums?",
        True,
        (2016,),
        ["Yes —", "Up to and including 2016"],
        ["No —"],
    ),
]

# Session 15 (red team 29): 在嘉兴办过吗 is the place without the verb (不是 — the town lies in
# Jiaxing); 在北京举办过吗 asks of every event (不知道, like "ever"); "was he in Wuzhen in 2023?"
# is a person's being there, never "yes, it was held there"
CLAIMS += [
    row("世界互联网大会在嘉兴办过吗", True, None, ["是的"], ["不是"]),
    row("世界互联网大会在上海举办过吗", True, None, ["我不知道有在那里举办的"], ["不是"]),
    row(
        ("who gave the keynote in 2023?", "was he in wuzhen in 2023?"),
        True,
        (2023,),
        ["video"],
        ["Yes —"],
    ),
    row(
        ("did xi attend the 2015 wic?", "and 2016?", "was he in wuzhen in 2023?"),
        True,
        (2023,),
        ["video"],
        ["Yes —"],
    ),
]

# Session 15 (red team 29): 有几届/一共几届 after a list narrowed by 其中 count what it listed
# (the series' 13 editions were given); "which had the most before that?" after a tie is
# before the first of them, of the same figure (attendance was ranked instead)
CONVERSATIONS += [
    row(
        ("哪几届分论坛超过15个", "其中哪些在2020年以后", "有几届"),
        True,
        (2021, 2025),
        ["5届"],
        ["13届"],
    ),
    row(
        ("which edition had the most sub-forums?", "which had the most before that?"),
        True,
        (2017, 2023),
        ["20 sub-forums"],
        ["participants", "guests"],
    ),
]

# Session 15 (red team 29): the date counted from a day in Chinese (闭幕后100天是哪天 was read as
# an attendance of 100), and "100 days after it opened" of the edition talked about (the days
# between the two editions of the conversation were given)
TIME += [
    row("首届闭幕后100天是哪天", True, (2014,), ["2015年3月1日"]),
    row("国际组织成立后100天是哪一天", True, None, ["2022年10月20日"]),
    row(
        ("when was the 2nd wic", "and the 5th?", "what date was 100 days after it opened?"),
        True,
        (2018,),
        ["February 15 2019"],
        ["1057"],
    ),
]

# Session 15 (red team 29): 最短的一届主题 is the shortest edition's theme (the shortest theme
# text was given); "13 consecutive years" is the sentence's "in a row"
DETAILS += [
    row("会期最短的一届主题是什么", True, (2020,), ["数字赋能"]),  # guard
    row("最短的那届的主题", True, (2020,), ["数字赋能"]),
    row("who said it had been held 13 straight years?", True, (2026,), ["Li Qiang"]),
]

# Session 15 (red team 29): "from 2022-07-12 to 2023-01-01, how many days?" — two days of the
# calendar, counted (an edition's length was given); "from 2026-01-01" is no edition's day
TIME += [
    row("From 2022-07-12 to 2023-01-01, how many days?", True, None, ["173 days"], ["lasted"]),
    row(
        "which editions opened on the same weekday as 2026-01-01?",
        True,
        None,
        [],
        ["Editions that opened on a Tuesday"],
    ),
]

# Session 15 (red team 28): 英文呢 after a Chinese answer, 主题英文是什么 ask it in English (the
# Chinese was repeated)
CHAT += [
    row(("2018年主题是什么", "英文呢"), True, (2018,), ["theme of the 5th"]),
    row("2021年的主题英文是什么", True, (2021,), ["Civilization"]),
]

# Session 15 (red team 28): "how does that compare to 2019?", "compare with 2023", 比2017年多吗
# after one edition's figure set the two side by side (the other's figure alone was given)
CONVERSATIONS += [
    row(
        ("how many sub-forums did 2020 have", "how does that compare to 2019?"),
        True,
        (2019, 2020),
        ["more sub-forums", "15 more"],
    ),
    row(
        ("how many exhibitors at the 2022 expo", "from how many countries?", "compare with 2023"),
        True,
        (2022, 2023),
        ["7 more"],
    ),
    row(("2016年有多少个国家和地区参会", "比2017年多吗"), True, (2016, 2017), ["多于"]),
]

# Session 15 (red team 28): "quote for the 2014 theme?" asks the source's words (the theme was
# given again)
META += [
    row("quote for the 2014 theme?", True, (2014,), ["Source for the theme"]),
]

# Session 15 (red team 28): "2 weeks before it started?" alone, of the edition talked about; "how
# many days from the close of the 2024 summit to today?" (declined)
TIME += [
    row(
        ("when was the 2023 wic", "2 weeks before it started?", "and 2 weeks after it ended?"),
        True,
        (2023,),
        ["November 24 2023"],
    ),
    row(
        "how many days from the close of the 2024 summit to today?",
        True,
        None,
        ["November 22 2024", "736 days"],
    ),
]

# Session 15 (fresh22, fresh25): "why was there no 7th WIC?" — the facts record what happened,
# not why: said so, before what they say (what happened was given as if it were the reason)
UNKNOWN += [
    row("why wasnt there a 7th wic?", True, (2020,), ["I don't know why", "instead"]),
    row("为什么2020年没有第七届", True, (2020,), ["不知道原因"]),
    row("why was the first conference important", True, (2014,), ["first"], ["know why"]),  # guard
]

# Session 15 (fresh23): "were both 4-day summits hosted by the international org?" — both of
# the editions of that length, by year (the hosts' history was given)
CLAIMS += [
    row(
        "were both 4-day editions hosted by the international organization?",
        True,
        (2024, 2025),
        ["Yes —"],
    ),
    row("the first 4-day edition", True, (2024,), ["1st of those"]),  # guard
]

# Session 15 (red team 30): "I'm writing a report and need the theme of the first one…" — the
# story's "report" is no question about the blue books ("No — 2017's blue books…" was given)
CHAT += [
    row(
        "I'm writing a report and need to know the theme of the first wic, can you help? Thanks!",
        True,
        (2014,),
        ["Interconnected"],
        ["blue books", "No —"],
    ),
    row("I'm writing a report, when was the 2018 wic?", True, (2018,), ["November 7"], ["reports"]),
]

# Session 15 (red team 30): "is it the same org since 2014?" (yes, with the founding, was given);
# "what's the earliest month it has ever started?" (the first edition was given); "list all
# the editions that opened on a wednesday" (every edition's opening was listed)
CLAIMS += [
    row("is it the same organisation since 2015?", True, (2015,), ["No —", "Cyberspace"]),
]
TIME += [
    row("what's the earliest month a summit has ever started in?", True, (2021,), ["September"]),
    row("what is the latest month any edition began?", True, (2015,), ["December"]),
    row(
        "list all the summits that opened on a sunday",
        True,
        (2017, 2019, 2021),
        ["Sunday"],
        ["2014"],
    ),
]

# Session 15 (red team 29): 那贺信呢, 亲自出席的呢 after "which years did Xi give a video speech"
# ask of the other way of taking part (the videos were repeated)
CONVERSATIONS += [
    row(
        ("习近平哪几届发表了视频讲话", "那贺信呢"),
        True,
        (2017, 2018, 2019, 2021, 2022),
        ["贺信"],
        ["2016年"],
    ),
    row(("习近平哪几届致贺信", "亲自出席的呢"), True, (2015,), ["亲自出席的有"]),
]

# Session 15 (red team 29): "which editions opened on that weekday?" after the weekday of the
# organisation's founding (the latest edition was assumed)
CONVERSATIONS += [
    row(
        (
            "what day of the week was the wic organisation founded?",
            "which editions opened on that weekday?",
        ),
        True,
        (2024, 2026),
        ["Tuesday"],
    ),
]

# Session 15 (fresh26): 今年有没有习近平的贺信 is of this year (有没有…的 was read as "the one
# that had", dropping 今年, and every edition's letters were answered "是的")
CLAIMS += [
    row("今年有冇習近平嘅賀信", False, None, ["2026"], ["是的", "2017"]),
    row("2019年有没有习近平的贺信", True, (2019,), ["贺信"]),  # guard
]

# Session 15 (fresh26): "up to 2025, which editions ended on a Friday?" — the span's one end
# names no edition asked of (2025's own days were given)
TIME += [
    row(
        "up to 2024, which editions ended on a friday",
        True,
        (2014, 2024),
        ["closed on a Friday"],
        ["Thursday"],
    ),
    row("which summits opened on a wednesday up to 2020?", True, (2014, 2018), ["Wednesday"]),
]

# Session 16 (fresh26): "on record" means recorded, not a record high ("which edition on
# record had 20 sub-forums?" gave the most; "…the second-lowest attendance" the second most)
AGGREGATES += [
    row("which summit on record had 20 sub-forums?", True, (2017, 2019, 2021, 2023), ["2017"]),
    row("of the editions on record, which had the 2nd lowest attendance", True, (2014,), ["2014"]),
    row("which edition had the record attendance", True, (2022,), ["2022"]),  # guard
    row("for the record, when was the 2nd wic", True, (2015,), ["December 16"]),
]

# Session 16 (fresh26): "was it the 7th edition?" after 2019 asks whether that edition is the
# 7th (the 7th was answered alone, never saying 2019 was the 6th)
CONVERSATIONS += [
    row(("when was the 2015 summit", "was that the 3rd one?"), True, (2015, 2016), ["No —", "2nd"]),
    row(("2019年大会在哪里举办", "那是第七届吗"), True, (2019, 2020), ["不是", "第六届"]),
    row(("when was the 2016 wic", "was it the 3rd?"), True, (2016,), ["Yes"]),
]

# Session 16 (fresh26): "was that the first time the award was given?" just after 2023's award
# is a claim of 2023 (the series' first achievements, 2016, were answered); and 2018年是首次发布吗
# is whether that fact was a first (是的, because 发布 is in 2018's fact)
CONVERSATIONS += [
    row(
        ("how many projects got the leading technology award in 2023", "was it the first time?"),
        True,
        (2023,),
        ["Yes", "first"],
    ),
    row(("2018年发布了几项领先科技成果", "那是第一次发布吗"), True, (2016,), ["不是", "2016"]),
]
CLAIMS += [
    row("2018年是首次发布吗", True, (2016,), ["不是", "2016"], ["是的"]),
    row("2016年是第一次发布吗", True, (2016,), ["是的"]),  # guard
]

# Session 16: "how many?" just after a claim about an edition's fact is that fact's figure (it
# asked which edition was meant)
CONVERSATIONS += [
    row(
        ("was 2016 the first time achievements were released?", "how many were there?"),
        True,
        (2016,),
        ["15"],
    ),
]

# Session 16 (fresh26): one quoted word a theme is said to hold ('which themes have "digital"
# in them') is searched; "which theme mentions inclusive" searches our themes (it was declined
# as off-topic)
AGGREGATES += [
    row("which themes have 'inclusive' in them?", True, (2023, 2025), ["2023", "2025"]),
    row('which themes have "digital" in them', True, (2017, 2025), ["2017", "2025"]),
    row("which theme mentions inclusive", True, (2023, 2025), ["2023", "2025"]),
    row("which theme mentions pizza", True, None, ["No theme"]),
]

# Session 16 (fresh27): "what was the date N days after …" (and "what's the date …") is a
# date offset too (the edition after was answered)
TIME += [
    row(
        "what was the date 1000 days after the first wic opened",
        True,
        (2014,),
        ["August 15 2017", "Tuesday"],
        ["December 16"],
    ),
    row(
        "what's the date 100 days after the 2019 summit closed", True, (2019,), ["January 30 2020"]
    ),
]

# Session 16 (fresh27): "the first opening" is the 1st edition's (the latest edition's start
# was answered), and 下年 is next year
TIME += [
    row(
        "how old is the wic now, counting from the first opening",
        True,
        (2014,),
        ["12 years"],
        ["1 month"],
    ),
    row("when was the first closing ceremony", True, (2014,), ["November 21 2014"]),
    row("下年個互聯網大會幾時開呀", True, (2027,), ["2027"], ["2026年11月3日"]),
]

# Session 16 (fresh27): "how many …, 13 or just more than 10?" offers two figures after a count
# asked: the count answers which (it was read as "the first edition with more than 13")
DETAILS += [
    row(
        "how many forums did the first wic have, 13 or just more than 10?",
        True,
        (2014,),
        ["13 forums"],
        ["2016"],
    ),
    row("how many sub-forums in 2019, 20 or 25?", True, (2019,), ["20 sub-forums"]),
]

# Session 16 (fresh27): the editions without an official number select ("with no official
# number" gave the numbered ones; "without an ordinal" asked which had no figure)
AGGREGATES += [
    row(
        "which editions with no official number had more than 1700 attendees",
        True,
        (2021, 2022, 2023, 2024),
        ["2021", "2024"],
        ["2015"],
    ),
    row(
        "which editions without an ordinal had fewer than 20 sub-forums",
        True,
        (2020, 2022),
        ["2020", "2022"],
        ["2014", "2015"],
    ),
    row("which unnumbered editions had the most sub-forums", True, (2024, 2025), ["24"]),
    row("which numbered editions had more than 1700 attendees", True, (2015,), ["2015"]),  # guard
]

# Session 16: "the first edition without an ordinal" is the first the numbering left out (the
# 1st edition, or the numbering told whole, was answered); "without" excludes ("and without the
# 2020 forum" after a total)
SERIES += [
    row("which was the first edition without a number", True, (2020,), ["2020"], ["2014"]),
    row("where was the first summit with no ordinal held", True, (2020,), ["Wuzhen"]),
]
CONVERSATIONS += [
    row(
        ("total sub-forums across all editions", "and without the 2020 forum"),
        True,
        (2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025),
        ["205"],
    ),
]

# Session 16 (fresh27): who chairs the organisation, the venue's own name and the names of the
# countries are not recorded (the founding fact, the town, the count were given as answers)
UNKNOWN += [
    row("who chairs the wic international organization", False, None, [], ["July 12"]),
    row("国际组织的主席是谁", False, None, [], ["成立"]),
    row("what is the name of the main venue in wuzhen", False, None, [], ["permanent"]),
    row("which countries and regions did the 2016 expo exhibitors come from", False, None),
    row("2019年有哪些国家参展", False, None),
    row("how many countries and regions came in 2019", True, (2019,), ["83"]),  # guard
]

# Session 16 (fresh27): "which don't?" after a theme search is the themes without the word
# (the last edition named was answered); "…the fewest of all" after a total of two is of every
# edition (it was of those two)
CONVERSATIONS += [
    row(
        ('which themes have the word "Digital"', "which don't"),
        True,
        (2014, 2015, 2016, 2019),
        ["2014", "2019", "without"],
        ["2025"],
    ),
    row(
        (
            "add up the sub-forums of 2014 and 2015",
            "and which edition had the fewest of all",
        ),  # guard
        True,
        (2020,),
        ["2020"],
    ),
]

# Session 16 (fresh27): "when did that change?" after who hosts it names the year the hosts
# changed; 什么时候变的 too (the latest edition's dates were answered)
CONVERSATIONS += [
    row(
        ("who hosted the first wic", "and who hosts it now", "when did that change"),
        True,
        (2022,),
        ["changed in 2022"],
    ),
    row(("谁主办世界互联网大会", "什么时候变的"), True, (2022,), ["2022年变更"], ["2026年11月3日"]),
]

# Session 16 (fresh27): "which editions were in session on that date?" after a calendar day is
# that day of any year (the edition talked about was answered); "in session" is when it ran
CONVERSATIONS += [
    row(
        (
            "was the summit in session on nov 9 2023",
            "and on nov 9 2024?",
            "which editions were in session on that date, then",
        ),
        True,
        (2018, 2022, 2023, 2025),
        ["2018", "2025"],
    ),
]
TIME += [
    row("was wic in session on november 20, 2024?", True, (2024,), ["Yes"]),
    row("how many sessions in 2019", True, (2019,), ["20"]),  # guard
]

# Session 16 (fresh25): "up to 2025, which editions were running on November 20?" is that day in
# those years (the edition at the span's end was answered)
TIME += [
    row(
        "up to 2025, which editions had nov 20 as one of their days",
        True,
        (2014, 2024),
        ["2014", "2024"],
        ["November 6"],
    ),
    row("which editions were running on november 20 up to 2020", True, (2014,), ["2014"], ["2024"]),
]

# Session 16 (fresh27): "how many guests attended in person?" is a count of people (how it was
# held was asked), the on-site figure where the file says so, else none — with what it has; and
# 几月几日开幕 asks the day it opened (几日 had been read as "how many days")
DETAILS += [
    row("how many guests attended wic 2024 in person", True, (2024,), ["1800", "on site"]),
    row("how many people attended 2021 in person", False, (2021,), ["2000", "online and offline"]),
    row("今年乌镇峰会是几月几日开幕", True, (2026,), ["11月3日"], ["闭幕日期"]),
    row("今年烏鎮峰會是幾月幾日開幕", True, (2026,), ["11月3日"]),
    row("2024年大会开了几日", True, (2024,), ["4天"]),  # guard
]

# Session 16 (fresh27): a story before a dash ("i missed the news last month — when did …?")
# is chat; "since which year has the conference existed?" is the series' start
CHAT += [
    row(
        "i missed the news last month — when did the 2026 summit start?",
        True,
        (2026,),
        ["November 3"],
    ),
    row("sorry dumb q - when was the 3rd wic", True, (2016,), ["November 16"]),  # guard
]
SERIES += [
    row("since which year has the conference existed", True, (2014,), ["since 2014"]),
]

# Session 16 (fresh27): pinyin for average, guests, countries, forums, the expo, per edition,
# apart, the permanent venue (each was an unknown word, and declined)
CHAT += [
    row("2019 nian you duoshao jiabin", True, (2019,), ["1500"]),
    row("lijie canhui renshu pingjun shi duoshao", True, None, ["1575"]),
    row("fen luntan pingjun meijie duoshao ge", True, None, ["17.5"]),
    row("2014 nian kaimu dao 2026 nian kaimu xiangge duoshao tian", True, (2014, 2026), ["2014"]),
    row("wuzhen cong na yi nian cheng wei yongjiu huizhi", True, (2014,), ["permanent"]),
    row("shijie hulianwang dahui cong na yi nian kaishi", True, (2014,), ["2014"]),
]

# Session 16: more pinyin — who, gave, keynote, speech, in, held, next / last (xia yi jie, shang
# yi jie), in total, days, than, more
CHAT += [
    row("2022 nian shei fabiao le zhuzhi yanjiang", True, (2022,), ["Li Shulei"]),
    row("shijie hulianwang dahui zai nali ban", True, None, ["Wuzhen"]),
    row("xia yi jie wuzhen fenghui shenme shihou", True, (2027,), ["2027"], ["November 3"]),
    row("shang yi jie wuzhen fenghui shenme shihou", True, (2026,), ["November 3"]),
    row("2025 nian wuzhen fenghui kai le ji tian", True, (2025,), ["November 6"]),
]

# Session 16 (fresh27): "did every theme since 2017 contain the word digital?" is judged on each
# theme of those years (it said "Yes" of 2017's alone; "after 2016", of 2016's); a theme search
# keeps to the years asked
CLAIMS += [
    row(
        "did every theme since 2017 contain the word digital",
        True,
        (2019,),
        ["No —", "2019"],
        ["Yes"],
    ),
    row("did all themes after 2016 include the word digital", True, (2019,), ["No —", "2019"]),
    row("did any theme before 2016 mention digital", True, None, ["No —"], ["3rd"]),
    row("did any theme before 2020 mention intelligent", True, (2019,), ["Yes", "2019"]),
    row("did the 2017 theme contain digital", True, (2017,), ["Yes"]),  # guard
]
AGGREGATES += [
    row("which themes since 2020 mention intelligent", True, (2025,), ["2025"], ["2019"]),
]

# Session 16 (fresh26): "same average for the cac years?" after 2022-2025's average is of the
# CAC's editions (2022-2025's was given again)
CONVERSATIONS += [
    row(
        ("total sub-forums 2022-2025?", "and the average", "same average for the cac years?"),
        True,
        (2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021),
        ["15.375", "2014"],
        ["21.75"],
    ),
]

# Session 16 (fresh26): "which of those came earliest in the calendar year?" after a list ranks
# those by the date in the year (the first of them in time was given)
CONVERSATIONS += [
    row(
        (
            "which editions were held in december",
            "which of those came earliest in the calendar year",
        ),
        True,
        (2017,),
        ["December 3"],
        ["December 16", "(2015)"],
    ),
]

# Session 16 (fresh26): "from which year is it called the 'wuzhen summit' with the year in the
# name?" asks when the name came (the series' start was given)
SERIES += [
    row(
        'from which year is it called the "wuzhen summit" with the year in the name',
        True,
        (2021,),
        ["Since 2021"],
        ["held since 2014"],
    ),
    row("what is it called in chinese", True, None, ["世界互联网大会"]),  # guard
]

# Session 16 (fresh27): which paper, outlet or website reported a fact is its source ("which
# paper reported the 2026 opening?" was declined as another event)
META += [
    row("which paper reported the 2026 opening", True, (2026,), ["People's Daily"]),
    row("which outlet reported the 2019 attendance", True, (2019,), ["Hangzhou News"]),
    row("what did the source say about the 2014 dates", True, (2014,), ["Xinhua"]),
    row("2019年参会人数是哪家媒体报道的", True, (2019,), ["Hangzhou News"]),
]

# Session 16 (fresh28, after its first run): "which ones (up to 2025) don't?" after a theme
# count keeps the span whole; "were there any achievements launched at the 2020 forum?" asks
# whether it had any (not a first); 最后一届有官方届次的 after a list is a property, not the
# list's last; "and the latest?" after "earliest in the year" is the calendar's other end
CONVERSATIONS += [
    row(
        ('how many themes have "digital" in them', "which ones (up to 2025) don't"),
        True,
        (2014, 2015, 2016, 2019),
        ["2014", "2019"],
    ),
    row(
        ("世界互联网大会是哪一年开始的", "一共办了多少届了？", "最后一届有官方届次的是哪一年？"),
        True,
        (2019,),
        ["2019"],
    ),
    row(
        ("which wic opened earliest in the year", "and the latest?"),
        True,
        (2015,),
        ["December 16"],
    ),
    row(("when was the 2019 wic", "and the latest?"), True, (2026,), ["2026"]),  # guard
]
CLAIMS += [
    row("were there any achievements launched at the 2020 forum", True, (2020,), ["Yes", "15"]),
    row("was the expo launched in 2016?", True, (2015,), ["No —", "2015"]),  # guard
]

# Session 16 (fresh28, after its first run): 习近平发(贺信) is the name run into its verb (the
# letter of 2019 was "not on record"), and 习主席 is 习近平主席
CLAIMS += [
    row("2019年习近平发贺信了吗", True, (2019,), ["是的", "黄坤明"]),
    row("2019年习主席发贺信了吗", True, (2019,), ["是的"]),
    row("去年习主席有没有发贺信？", False, None, [], ["李书磊"]),
]

# Session 16 (red team 31): a total over editions some without a figure, where some figures
# are "about", is roughly that or more — never "at least" (about 1,500 may be 1,450)
AGGREGATES += [
    row(
        "what is the total attendance summed over all editions",
        True,
        None,
        ["roughly 18900", "or more"],
        ["at least 18900"],
    ),
    row("历届参会人数加起来是多少", True, None, ["约18900或更多"], ["至少18900"]),
]

# Session 16 (red team 31): "and who hosted before that?" after the organisation's founding is of
# the editions before that day (the edition before the latest was answered)
CONVERSATIONS += [
    row(
        (
            "when was the wic founded as an international organization",
            "and who hosted before that?",
        ),
        True,
        (2014, 2021),
        ["2014–2021", "Cyberspace"],
        ["2025 World"],
    ),
    row(("when was the 2019 wic", "and who hosted the one before that?"), True, (2018,)),  # guard
]

# Session 16 (fresh28, after its first run): "in which years did the count drop compared with
# the year before?" after 2018's sub-forums is that figure's changes (2017 was answered)
CONVERSATIONS += [
    row(
        (
            "how many sub-forums did wic 2018 have?",
            "in which years did the count drop compared with the year before?",
        ),
        True,
        (2015, 2018, 2020, 2022),
        ["2015", "2022"],
    ),
]

# Session 16 (red team 31): "was it 19?", "wasn't it 20?", 不是24个吗 just after an edition's
# figure claim that figure of that edition (it asked which edition was meant)
CONVERSATIONS += [
    row(("how many sub-forums in 2022", "was it 19?"), True, (2022,), ["Yes", "19"]),
    row(("how many sub-forums in 2022", "wasn't it 20?"), True, (2022,), ["19"], ["Yes"]),
    row(("2024年有多少个分论坛", "不是24个吗"), True, (2024,), ["是的", "24"]),
    row(("how many people came to wic 2019", "was it 2,000?"), True, (2019,), ["No —", "1500"]),
    row(("how many people came to wic 2019", "was it over 1000?"), True, (2019,), ["Yes", "1500"]),
]

# Session 16 (red team 31): "was that in person?", 是线下出席的吗 just after who gave the keynote
# ask how the person took part (the summit's own online/offline format was given)
CONVERSATIONS += [
    row(("who gave the keynote in 2015", "was it in person?"), True, (2015,), ["Yes", "attended"]),
    row(("who gave the keynote in 2021", "was that in person?"), True, (2021,), ["by video"]),
    row(("2021年的主旨演讲是谁", "是线下出席的吗"), True, (2021,), ["视频"], ["参会人数"]),
]

# Session 16 (fresh27): "is the Wuzhen Summit the same thing as the World Internet
# Conference?" names the series twice — yes, with its names (the names alone were given)
SERIES += [
    row(
        "is the wuzhen summit the same thing as the world internet conference",
        True,
        None,
        ["Yes", "世界互联网大会"],
    ),
    row("乌镇峰会和世界互联网大会是一回事吗", True, None, ["是的"]),
    row(
        "is the world internet conference the same as the internet governance forum?",
        False,
        None,
        [],
        ["Yes"],
    ),
]

# Session 16: "average expo size", "difference between the biggest and smallest expo" are of the
# expo's count (the attendance a size word reads as was given)
AGGREGATES += [
    row("average expo size over the editions that have a number", True, None, ["407.9"]),
    row("difference between biggest and smallest expo", True, (2020, 2025), ["540"]),
    row("average attendance", True, None, ["1575"]),  # guard
]

# Session 16 (fresh28, after its first run): 家公司, "company" and a mixed question ask the expo's
# count (declined: 家公司 was an unknown word); 规模 and 有记录的 read
DETAILS += [
    row("2022年博览会有多少家公司", True, (2022,), ["400"]),
    row("wic 2022 的 expo 有多少家公司？", True, (2022,), ["400"]),
    row("wic25 嘅 expo 有幾多間 company", True, (2025,), ["670"]),
    row("有记录的博览会里哪一届规模最大", True, (2025,), ["670"]),
]

# Session 16 (red team 32): pinyin ordinals written apart are not read one syllable at a time
# ("di shi san jie", the 13th, had been read as the 3rd): never the wrong edition (declined
# then; since session 17 read whole, as the 13th: the 2026 Summit by the year count)
CHAT += [
    row("di shi san jie shi shenme shihou?", True, (2026,), ["13th"], ["2016"]),
    row("di yi jie shi na yi nian", True, (2014,), ["2014"]),  # guard
]

# Session 16 (fresh28): "where will wic 2027 be held?" — not announced, beside the series' own
# place, its permanent venue (it was declined)
SERIES += [
    row("where will wic 2027 be held", True, (2027,), ["not been announced", "permanent venue"]),
    row("明年在哪里办", True, (2027,), ["尚未公布", "永久会址"]),
]

# Session 16 (red team 32, on this round's changes): "and without the 2020 forum?" after a total
# of the editions without an official number keeps them (every edition was totalled); the
# organisation is not "the same as" the summit (a yes with nothing quoted); "were there
# achievements launched in 2024?" asks whether it had any (not a first); "was it the first time
# Li Shulei gave the keynote?" is no where an earlier keynote fact names him; "date 1000 days
# after …" without "what"
CONVERSATIONS += [
    row(
        ("total sub-forums of the editions without an ordinal", "and without the 2020 forum?"),
        True,
        (2021, 2022, 2023, 2024, 2025),
        ["107"],
        ["205"],
    ),
    row(
        ("total sub-forums of the numbered editions", "and without the first one?"),
        True,
        (2015, 2016, 2017, 2018, 2019),
        ["85"],
    ),
    row(
        ("who gave the keynote in 2025", "was it the first time Li Shulei gave the keynote?"),
        True,
        (2022,),
        ["No —", "2022"],
    ),
]
CLAIMS += [
    row("is the wic organisation the same as the wuzhen summit?", True, None, [], ["Yes"]),
    row("is the wic organisation based in beijing?", True, None, ["Yes"]),  # guard
    row("were there achievements launched in 2024?", False, None, [], ["No —"]),
    row("were there achievements launched in 2020?", True, (2020,), ["Yes"]),
]
TIME += [
    row("date 1000 days after the first wic opened", True, (2014,), ["August 15 2017"]),
]

# Session 16 (red team 32): "1000 days after the first closing ceremony" counts from the close
# (the ceremony on record, the opening's, was taken)
TIME += [
    row(
        "date 1000 days after the first closing ceremony",
        True,
        (2014,),
        ["August 17 2017"],
        ["August 15"],
    ),
    row(
        "what date is 10 days after the 2024 opening ceremony", True, (2024,), ["November 30"]
    ),  # guard
]

# Session 16 (fresh28): "not counting this year's, did any edition end on a weekend?" leaves
# this year's edition out (its unknown close was answered); "did any edition before 2025 end on
# a weekend?" keeps to those years (it said yes, with 2025)
TIME += [
    row(
        "not counting this year's, did any edition end on a weekend?",
        True,
        (2025,),
        ["2025", "Sunday"],
        ["closing date of the 2026"],
    ),
    row("did any edition before 2025 end on a weekend?", True, None, ["No —"], ["Yes"]),
    row("did any edition end on a weekend?", True, (2025,), ["Yes"]),  # guard
]

# Session 17: "compared with 2025, which year had more?", 和2025年比哪年多, "was 2023 more?"
# just after one edition's figure set the two editions against each other on that figure
# (the named edition's overview was given); 哪年国家多 asks "more" where the question ends
CONVERSATIONS += [
    row(
        ("how many countries came in 2023?", "compared with 2025, which year had more?"),
        True,
        (2023, 2025),
        ["126", "130"],
        ["12th"],
    ),
    row(("2024年有多少个国家和地区参加？", "和2025年比哪年多？"), True, (2024, 2025), ["不知道"]),
    row(("2023年有多少个国家参加？", "2025年比它多吗？"), True, (2023, 2025), ["是的", "126"]),
    row(("how many sub-forums in 2019?", "was 2020 more?"), True, (2019, 2020), ["No", "20", "5"]),
    row(
        ("what was the theme of wic 2021", "sorry, i meant 2022", "what is it in chinese"),
        True,
        (2022,),
        ["共建网络世界"],
        ["永久会址"],
    ),
    # guard
    row(("when was wic 2019", "what's that in chinese"), True, (2019,), ["2019年10月20日"]),
]
AGGREGATES += [
    row("2023年和2025年哪年国家多？", True, (2023, 2025), ["126", "130"], ["第十年"]),
    # guard
    row("2018年和2019年哪年分论坛少", True, (2018, 2019), ["19", "20"], ["第五届世界互联网大会于"]),
    # guard
    row("哪届参展企业第二多？", True, None, ["第二"], ["多于"]),
    row("2023年来了多少国家", True, (2023,), ["126"], ["多于"]),
]

# Session 17: an ordinal in pinyin is read whole ("di liu jie" read "liu" as the surname Liu;
# "disijie" was corrected into "diyijie", the 1st)
CHAT += [
    row("di liu jie zai nali", True, (2019,), ["6th"], ["2016"]),
    row("disijie wic zhuti", True, (2017,), ["4th"], ["1st"]),
    row("di shi jie wic shenme shihou", True, None, ["2023"], ["1st"]),
    row("di 5 jie de zhuti", True, (2018,), ["5th"]),
    row("di er shi jie", False, None, ["20th"]),
]

# Session 17 (fresh28): 习近平给2026年峰会发贺信了吗 — 给 left "习近平给2026" unexplained, so the
# claim fell to a look-up of the keynote (another person's, said as if it answered)
CLAIMS += [
    row("习近平给2026年峰会发贺信了吗", False, None, ["没有"], ["李强"]),
    row("习近平给2019年大会发贺信了吗", True, (2019,), ["是的", "贺信"]),
]

# Session 17 (fresh27): "in that period", 这期间 after two editions asks of the years from one
# to the other (after a comparison, the fewest of the two compared was given: 2014, not 2020)
CONVERSATIONS += [
    row(
        (
            "how many countries attended wic 2014",
            "and 2024",
            "how many more is that",
            "这期间哪一年最少",
        ),
        True,
        (2020,),
        ["2020", "20"],
        ["首届"],
    ),
    row(
        (
            "how many countries came in 2014",
            "and in 2024?",
            "which year had the fewest in that period?",
        ),
        True,
        (2020,),
        ["2020", "20"],
    ),
    row(
        ("how many sub-forums in 2016", "and 2019", "total over that period?"),
        True,
        (2016, 2017, 2018, 2019),
        ["75"],
        ["closed"],
    ),
]

# Session 17 (fresh28): Cantonese 係乜嘢嚟, 同埋 ("and"), 达到…以上, and a 是不是 claim of a place
# at the question's end (乌镇是不是属于杭州) were declined
CHAT += [
    row("世界互聯網大會係乜嘢嚟㗎？", True, None, ["乌镇"]),
    row("哪几届的国家和地区数达到120个以上？", True, (2015, 2022, 2023, 2024, 2025), ["126"]),
    row("乌镇是不是属于杭州？", True, None, ["不是", "桐乡"]),
    row(("2019年博览会有多少家企业？", "同埋几多个国家？"), True, (2019,), ["38"]),
]

# Session 17 (fresh29): "up to last year" is a span (it was the one edition of last year); a
# theme search closed by a span ("…in the theme, up to 2025"); "did every theme include X?"
# without years is judged on each theme (the themes with it were listed, 2014's lacking it);
# "how many of the editions" counts editions
AGGREGATES += [
    row(
        "up to last year, which editions closed on a friday",
        True,
        (2014, 2015, 2016, 2018, 2022, 2023, 2024),
        ["2014", "2024"],
        ["Thursday"],
    ),
    row("截至去年一共办了几届", True, None, ["12"]),
    row(
        'which editions did NOT have "Digital" in the English theme, up to 2025',
        True,
        (2014, 2015, 2016, 2019),
        ["2014", "2019"],
        ["Forging"],
    ),
    row("did every theme include community?", True, (2014,), ["No", "2014"]),
    row("did any theme mention AI?", True, (2024,), ["Yes", "2024"]),
    row(
        "how many of the editions were held in the 2010s",
        True,
        (2014, 2015, 2016, 2017, 2018, 2019),
        ["6"],
        ["permanent venue"],
    ),
]

# Session 17 (fresh29, fresh27): the numbering's "without" selects the unnumbered editions (it
# negated the figure: "at most 1,500"), and they stay selected within a span of years; "up to
# 2025" bounds the years, never a figure ("at most 3 days" left 2020's 2 days out)
AGGREGATES += [
    row(
        "which editions without an official ordinal had more than 1,500 attendees (up to 2025)",
        True,
        (2021, 2022, 2023, 2024, 2025),
        ["2021", "2025"],
        ["at most", "2015"],
    ),
    # guard
    row(
        "of the numbered editions, which had more than 15 sub-forums before 2018",
        True,
        (2016, 2017),
        ["2016", "2017"],
    ),
    row("did every edition up to 2025 last three days", True, None, ["2020", "2 days"]),
]

# Session 17 (fresh29): "and was the next one the 7th?" after 2019 claims the number of the one
# after 2019 (it gave the one after the 7th by the year count: 2021)
CONVERSATIONS += [
    row(
        ("what number edition was 2019", "and was the next one the 7th?"),
        True,
        (2020,),
        ["instead"],
        ["Summit (2021) has"],
    ),
]

# Session 17 (fresh29): the names of the things a fact counts ("which sub-forums were held in
# 2024?", "what were they called", 2024年有哪些分论坛) are not recorded (the count was given)
UNKNOWN += [
    row("2024年有哪些分论坛", False, None, [], ["24"]),
    row("which sub-forums were held in 2024", False, None, [], ["24"]),
    row("what were the sub-forums in 2024 called", False, None, ["names of the sub-forums"], []),
    # guard
    row("how many sub-forums in 2024", True, (2024,), ["24"]),
    # guard
    row("which summit had the most sub-forums", True, (2024, 2025), ["24"]),
]

# Session 17 (fresh29): more pinyin words are read (naynian, lingxian keji chengguo, xianzai,
# chengli, guoji zuzhi, jia qilai, zui, mei jie)
CHAT += [
    row("shijie hulianwang dahui shi naynian kaishi ban de", True, None, ["2014"]),
    row("guoji zuzhi chengli duoshao tian le", True, None, ["2022"]),
    row("na yi jie bolanhui zui da", True, (2025,), ["670"]),
    row("pingjun mei jie duoshao chang fen luntan", True, None, ["17.5"]),
    row("lijie canhui renshu jia qilai yigong duoshao", True, None, ["18900"]),
]

# Session 17 (fresh29): 2000以上, 2000或以上 is a bound on a count, never the year 2000
AGGREGATES += [
    row("哪几届参会人数在2000以上", True, (2015, 2021, 2022), ["2015", "2022"], ["2000年没有"]),
    row("邊幾屆參加人數有2000或以上", True, (2015, 2021, 2022), ["2015"], ["2000年"]),
]

# Session 17 (fresh29): 国家和地区数差了多少 (数差 was unexplained), and Latin words run into
# Chinese text ("多几家companies") are read as words, not unexplained Chinese
AGGREGATES += [
    row("2019和2023比，国家和地区数差了多少", True, (2019, 2023), ["83", "126"]),
]
CHAT += [
    row("expo 2025 比 2019 多几家 companies", True, None, ["670"], ["其他活动"]),
]

# Session 17 (fresh29): 比2023年多多少家 after a follow-up's figure (博览会呢, which names no
# edition) sets the edition talked about against 2023 (2023's figure alone was given)
CONVERSATIONS += [
    row(
        ("2025年乌镇峰会有多少人参加", "博览会呢", "比2023年多多少家"),
        True,
        (2023, 2025),
        ["670", "580", "90"],
    ),
]

# Session 17 (fresh29): two figures each there or missing, held at once ("an expo figure but
# no achievements recorded", "neither … nor …"; the no-achievements list alone was given)
META += [
    row(
        "which editions have an expo figure but no achievements recorded",
        True,
        (2015, 2021),
        ["2015", "2021"],
        ["2014"],
    ),
    row(
        "which editions have neither an expo figure nor an achievements figure, up to last year",
        True,
        (2014, 2024),
        ["2014", "2024"],
        ["2026"],
    ),
    row(
        "how many editions have an attendance figure but no expo figure", True, (2014, 2024), ["2"]
    ),
    row(
        "which expos have an exhibitor figure but no figure for the exhibitors' countries",
        True,
        (2015, 2016, 2020, 2021),
        ["2015", "2021"],
        ["2017"],
    ),
    # guard
    row("how many days did the edition with the biggest recorded expo last", True, (2025,), ["4"]),
]

# Session 17 (red team 33): the unnumbered editions counted or listed within a span of years
# (all seven were given); pinyin "2017 dao 2019" is a range; 达到20个 is "at least 20"; a
# short word no theme holds as written (人工智能: the 2024 theme's AI-for-good) gets no "no";
# 那下一届是第七届吗 claims the number of the one after the edition talked about; 截至2025年
# ends a span (2025 was the one edition asked), 共举办了多少 and 为止 are read
AGGREGATES += [
    row(
        "How many editions without an official ordinal were held up to 2025?",
        True,
        (2020, 2021, 2022, 2023, 2024, 2025),
        ["6"],
        ["7 of"],
    ),
    row(
        "Which editions without an official ordinal were held between 2020 and 2023?",
        True,
        (2020, 2021, 2022, 2023),
        ["2020", "2023"],
        ["2024"],
    ),
    row("截至去年，有几届没有官方届次？", True, (2020, 2021, 2022, 2023, 2024, 2025), ["6"]),
    row("2017 dao 2019 fenluntan jia qilai yigong duoshao?", True, (2017, 2018, 2019), ["59"]),
    row("去年之前有几届分论坛达到20个？", True, (2017, 2019, 2021, 2023, 2024), ["5"]),
    row('有没有哪届主题提到"人工智能"？', True, None, ["人工智能"], ["不是", "没有。"]),
    row("截至2025年，共举办了多少场分论坛？", True, None, ["210"]),
    row("到2025年为止一共多少个分论坛", True, None, ["210"]),
]
CONVERSATIONS += [
    row(("2019年的大会是第几届？", "那下一届是第七届吗？"), True, (2020,), ["2020"], ["2021年"]),
    row(
        ("when was the 2016 one", "was the one after the 6th held in 2020?"),
        True,
        (2020,),
        ["2020"],
    ),
]

# Session 17 (red team 33): more pinyin (fabu, xiang, zongbu, diyici, …)
CHAT += [
    row("2017 nian fabu le duoshao xiang lingxian keji chengguo?", True, (2017,), ["18"]),
    row("guoji zuzhi zongbu zai nali?", True, None, ["Beijing"]),
    row("lingxian keji chengguo diyici fabu shi naynian?", True, (2016,), ["2016"]),
]

# Session 17 (red team 33): 用中文再说一遍 asks the last answer in Chinese; 係乜嘢嚟, 係咩嚟
# ("what is it"); 贺词 is the congratulatory message the keynote facts name
CHAT += [
    row(("when was wic 2019", "用中文再说一遍"), True, (2019,), ["2019年10月20日"]),
    row("乌镇係乜嘢嚟？", True, None, ["嘉兴"]),
    row("习近平给首届大会发贺词了吗？", True, (2014,), ["贺词"]),
]

# Session 17 (red team 33): "which year was the international organisation founded?" is the
# organisation's founding (the series' first edition, 2014, was given)
SERIES += [
    row(
        "which year was the wic international organisation founded", True, None, ["2022"], ["2014"]
    ),
    row("shijie hulianwang dahui guoji zuzhi naynian chengli?", True, None, ["2022"], ["2014"]),
    # guard
    row("in which year did the wic start?", True, (2014,), ["2014"]),
]

# Session 17 (red team 33): "did every theme mention the future?" (an article before the word
# searched); a quoted word in a Chinese theme question is searched (主题不含“共同体”), and
# 没有/不含 leave it out (the themes with 数字 were given for 没有“数字”)
AGGREGATES += [
    row("did every theme mention the future?", True, (2014,), ["No", "2014"]),
    row("哪几届主题不含“共同体”？", True, (2014,), ["2014"], ["2015"]),
    # guard
    row("主题是“迈向数字文明新时代”的是哪一届？", True, (2021,), ["2021年世界互联网大会乌镇峰会"]),
    row("哪些届的主题没有“数字”？", True, (2014, 2015, 2016, 2019), ["2014", "2019"], ["2017"]),
]

# Session 17 (fresh29): "how many more sub-forums than in 2023?" after talking about 2024 names
# its own figure: the edition talked about set against 2023 on it (2023's alone was given)
CONVERSATIONS += [
    row(
        ("tell me about wic 2024", "and the expo?", "how many more sub-forums than in 2023?"),
        True,
        (2023, 2024),
        ["24", "20", "4"],
    ),
]

# Session 17 (fresh29): the organisation's seat asked after an edition is the series' own fact
# (that edition's said only that it was the first annual meeting); "how many days was that
# before the 2022 summit opened?" after the founding: from the founding's date
CONVERSATIONS += [
    row(
        ("who hosted the 2022 summit", "where is the organisation headquartered?"),
        True,
        None,
        ["Beijing"],
        ["first annual meeting"],
    ),
    row(
        ("2019年大会是谁主办的", "那2022年呢", "这个国际组织哪天成立的", "总部在哪"),
        True,
        None,
        ["北京"],
    ),
    row(
        (
            "when was the wic international organization founded",
            "how many days was that before the 2022 summit opened?",
        ),
        True,
        (2022,),
        ["120"],
    ),
]

# Session 17 (fresh29): a greeting that asks what the series is ("yo what's WIC, someone keeps
# mentioning it") is answered (a hello was given); two Chinese questions in one message
CHAT += [
    row(
        "yo what's WIC, someone in #general keeps mentioning it",
        True,
        None,
        ["annual conference"],
        ["Hello"],
    ),
    row(
        "hi, could you give me a one-line explanation of the Wuzhen Summit for a newsletter?",
        True,
        None,
        ["annual conference"],
    ),
    # guard
    row("hey, what's up", False, None, ["Hello"]),
    row("2019年几号开的？在哪儿开的？", True, (2019,), ["10月20日", "乌镇"]),
]

# Session 17 (after fresh30's first run): "where will it be?" after an edition not yet
# announced is of that edition (the latest held was given); "when was the first release?" of a
# kind talked about, and "when were achievements first released", are the first of them all;
# "the summit where the award was first given" is that edition (the 1st was given); the
# organisation's members are not recorded (its founding was given)
CONVERSATIONS += [
    row(("when is wic 2027", "where will it be"), True, (2027,), ["not been announced", "Wuzhen"]),
    row(
        ("how many achievements were released in 2018", "and 2017", "when was the first release"),
        True,
        (2016,),
        ["2016"],
        ["18 leading"],
    ),
]
DETAILS += [
    row("when were achievements first released", True, (2016,), ["2016"]),
    row(
        "who spoke at the summit where the leading technology award was first given",
        True,
        (2023,),
        ["Li Shulei"],
        ["Ma Kai"],
    ),
    row(
        "what was the theme of the edition where the expo was first held",
        True,
        (2015,),
        ["Interconnected"],
        ["1st"],
    ),
]
UNKNOWN += [
    row(
        "which countries are members of the wic international organization",
        False,
        None,
        [],
        ["2022"],
    ),
    row("世界互联网大会国际组织有哪些会员", False, None, [], ["北京"]),
]

# Session 17 (red team 33): 第十三年 is the 13th year by the series' own count (第13年 gave
# 2014's 13 forums); 有多少届在乌镇举行 counts every edition (the town was a condition)
CHAT += [
    row("第十三年是哪一年？", True, (2026,), ["2026"]),
    row("第13年是哪一年", True, (2026,), ["2026"], ["13场论坛"]),
    row("有多少届大会在乌镇举行？", True, None, ["13"]),
]

# Session 17 (red team 33): "up to 2000 participants" is at most a figure, not a span of years
# ending in 2000 (no edition had one); "up to 2025" stays a span
AGGREGATES += [
    row(
        "How many editions had up to 2000 participants?",
        True,
        (2018, 2019, 2020),
        ["at most 2000"],
        ["no participants figures"],
    ),
]

# Session 17 (after fresh30's first run): 视频讲话呢 after Xi's letters asks the same of his
# video speeches (the letters were given again)
CONVERSATIONS += [
    row(
        ("习近平给大会发过几次贺信", "分别是哪几年", "视频讲话呢"),
        True,
        (2016, 2023, 2024),
        ["2016", "2024"],
        ["王沪宁"],
    ),
]

# Session 17 (fresh29): "has the organisation held summits outside china?" — its founding was
# given, with a "Yes". Session 18 (red team 34): not "no" either — the organisation's events
# beyond the editions are not on record; where every edition was held, without a verdict
CLAIMS += [
    row(
        "has the organisation held summits outside china?",
        True,
        None,
        ["don't know of one", "Wuzhen"],
        ["Yes", "No —"],
    ),
    row(
        "has the wic organisation held summits outside china, like in hong kong?",
        True,
        None,
        ["Wuzhen"],
        ["No —"],
    ),
    # guard
    row("were there exhibitors from outside china in 2019?", True, (2019,), ["107"]),
]

# Session 17 (probes after fresh29): "has the organisation existed since 2014?" claims it was
# there by 2014 — no (it said yes: 2022 is after 2014); "was it founded by China?" — who founded
# it is not on record (a yes came from "China" in where it is based)
CLAIMS += [
    row("has the organisation existed since 2014?", True, None, ["No", "2022"], ["Yes"]),
    row("was the organisation founded by china?", True, None, ["2022"], ["Yes", "No"]),
    # guard
    row("is the organisation based in beijing?", True, None, ["Yes"]),
]

# Session 17 (probes): "is the website wic.org?" read "org" as the organisation and said yes
# (a yes with nothing quoted needs every word to be of that fact); "is the summit held in
# December?" as a rule — no, usually November (a yes came from the two December editions)
CLAIMS += [
    row("is the website wic.org?", True, None, [], ["Yes"]),
    # guard
    row("is it an international organisation?", True, None, ["Yes"]),
    row("is the wuzhen summit held in december?", True, (2015, 2017), ["No", "November"]),
    # guard
    row("was any edition held in december?", True, (2015, 2017), ["Yes"]),
]

# Session 18 (probes): a frequency claimed other than yearly ("every two years", 两年一届) said
# nothing or yes; "outside <the series' own town or province>" (乌镇以外) was unknown; "how many
# provinces does <a country> have?" was answered with the series' place
CLAIMS += [
    row("is the wic held every two years?", True, None, ["No", "annual"], ["Yes"]),
    row("does the wic happen every other year?", True, None, ["No", "annual"], ["Yes"]),
    row("乌镇峰会是每两年举办一次吗", True, None, ["不是", "每年"], ["是的"]),
    # guard
    row("is it held every year?", True, None, ["Yes", "annual"]),
    row("has the wic ever been held outside wuzhen?", True, None, ["No", "Wuzhen"], ["Yes"]),
    row("has any edition been held outside of zhejiang?", True, None, ["No", "Wuzhen"]),
    row("was the 2019 wic held outside wuzhen?", True, (2019,), ["No", "Wuzhen"], ["Yes"]),
    row("除了乌镇，大会还在别的地方办过吗", True, None, ["不是", "乌镇"]),
    row("2019年在乌镇以外举办吗", True, (2019,), ["不是", "乌镇"]),
    # guard
    row("were the exhibitors of 2019 from outside china?", True, (2019,), ["107"], ["No"]),
]
UNKNOWN += [
    row("how many provinces does zhejiang have?", False, None, [], ["Wuzhen"]),
    row("how many provinces does china have?", False, None, [], ["Wuzhen"]),
]

# Session 18 (left from round 17): "next edition which year?" lost "next" (read as "the next
# edition which had…", a property); "which edition is it now?", 现在是第几届 were unknown; pinyin
# "di ji jie" (第几届) was not read
DETAILS += [
    row("next edition which year?", True, (2027,), ["2027"]),
    row("xia yi jie shi naynian?", True, (2027,), ["2027"]),
    row("现在是第几届", True, (2026,), ["2026", "十三"]),
    row("which edition is it now?", True, (2026,), ["2026", "13th"]),
    row("xianzai shi di ji jie?", True, (2026,), ["2026", "13th"]),
    row("2019 shi di ji jie?", True, (2019,), ["6th"]),
    # guard
    row("今年是第几届", True, (2026,), ["2026"]),
]

# Red team 34 (yes/no claims): Chinese "all in November?" (都在十一月, 是每年11月吗)
# said 是的 from the November editions; 历届…有没有在12月举办的 (is there one) was read as "all"
# and said 不是; 每年都在11月举办吗 without a subject was declined; "<short name>每年都在11月"
# read "<short name> 11" as the 11th; 在浙江办的吗 took 办的 into the place and said 不是; "drone"
# was corrected to "done" (a stop word), so "was there a drone show at <edition>?" said yes;
# "provincial government" asked the place and said no
CLAIMS += [
    row("世界互聯網大會都在十一月舉行嗎", True, None, ["不是", "2015"], ["是的"]),
    row("所有的世界互联网大会都在11月举办吗？", True, None, ["不是", "2017"], ["是的"]),
    row("乌镇峰会是每年11月吗", True, None, ["不是"], ["是的"]),
    row("历届大会有没有在12月举办的", True, None, ["是的", "2015", "2017"], ["不是"]),
    row("每年都在11月举办吗", True, None, ["不是"], ["是的"]),
    row("wic每年都在11月开吗", True, None, ["不是"], ["第十一"]),
    row("wic是在浙江办的吗 🤔", True, None, ["是的", "浙江"], ["不是"]),
    # guard
    row("有没有在10月举办的", True, (2019,), ["是的", "2019"]),
    row("wic是在杭州办的吗", True, None, ["乌镇"], ["是的"]),
]
UNKNOWN += [
    row("was there a drone show at wic 2023?", False, None, [], ["Yes"]),
    row(
        "is zhejiang provincial government the organizer of the wuzhen summit?",
        False,
        None,
        [],
        ["No —"],
    ),
]

# Red team 34: a follow-up naming one edition after two compared ("那2016年呢，是不是更多" after
# 2015 against 2014) repeated the two compared — it is the one named against the one talked
# about first; 习近平有没有参加 after one edition asked "ever" (a 是的 from 2015)
CONVERSATIONS += [
    row(
        (
            "how many people attended the 2015 wic?",
            "was that more than 2014?",
            "那2016年呢，是不是更多",
        ),
        True,
        (2016, 2015),
        ["不是", "1600"],
        ["是的"],
    ),
    # guard
    row(
        ("how many people attended the 2015 wic?", "was that more than 2014?"),
        True,
        (2015, 2014),
        ["Yes"],
    ),
    # guard
    row(
        ("how many sub-forums in 2019?", "what about 2020, was it more?"),
        True,
        (2020, 2019),
        ["2019"],
        ["Yes"],
    ),
    row(
        ("who gave the keynote at the 2023 summit?", "习近平有没有参加"),
        True,
        (2023,),
        ["视频"],
        ["是的"],
    ),
]

# Session 18 (fresh31): a follow-up widening the editions selected ("and including 2021?"
# after an average over 2022-2025) gave that year's own figure; "were any blue books released
# after 2017?" said yes from 2017's (the bound year was taken as the edition); "did any edition
# after 2019 have an expo?" gave 2015's first expo; "who ran it before the organisation
# existed?" gave 2025's hosts (国际组织成立前是谁主办的: the editions after it)
CONVERSATIONS += [
    row(
        ("average attendance 2022-2025?", "and including 2021?"),
        True,
        (2021, 2022, 2023, 2024, 2025),
        ["1860", "5 editions"],
    ),
    row(
        ("average attendance 2022-2025?", "and including 2021?", "and including 2020 as well?"),
        True,
        (2020, 2021, 2022, 2023, 2024, 2025),
        ["6 editions"],
    ),
    row(
        (
            "average attendance 2022-2025?",
            "and including 2021?",
            "and including 2020 as well?",
            "which of those years was highest",
        ),
        True,
        (2022,),
        ["2100"],
    ),
]
UNKNOWN += [
    row("were any blue books released after 2017", False, None, [], ["Yes"]),
]
AGGREGATES += [
    row("did any edition after 2019 have an expo", True, (2021, 2025), ["Yes"], ["2015"]),
    row("2019年以后有没有举办博览会", True, (2021,), ["是的"], ["2015年"]),
]
SERIES += [
    row(
        "who ran the conference before the organisation existed",
        True,
        (2014, 2021),
        ["2014–2021", "Cyberspace"],
        ["2022"],
    ),
    row("国际组织成立前是谁主办的", True, (2014,), ["国家互联网信息办公室"], ["2022年7月12日成立"]),
    # guard
    row("国际组织成立后是谁主办的", True, (2022,), ["国际组织主办"], ["国家互联网信息办公室"]),
]

# Session 18 (fresh31): a span leading a selection of two figures ("up to 2025, which 3-day
# editions had at least 20 sub-forums") read 20 as days; a span leading a ranking among a
# selection ("before 2020, which editions with more than 1500 guests had the fewest…") was
# dropped (2021-2025 were among them)
AGGREGATES += [
    row(
        "up to 2025, which 3-day editions had at least 20 sub-forums",
        True,
        (2017, 2019, 2021, 2023),
        ["20 sub-forums"],
        ["20 days"],
    ),
    row(
        "before 2020, which editions with more than 1500 guests had the fewest sub-forums?",
        True,
        (2015,),
        ["2015"],
        ["2021", "2024"],
    ),
    row("so, which 4-day summit had more countries?", True, (2024, 2025), ["130"], ["20 days"]),
]

# Session 18 (fresh31): "did every summit after 2021 have more sub-forums than 2021?" listed
# those that did, with no verdict (2022 had fewer): a claim of each against that edition
CLAIMS += [
    row(
        "did every summit after 2021 have more sub-forums than 2021",
        True,
        (2022,),
        ["No", "19"],
        ["Yes"],
    ),
    row("2022年以后每届分论坛都比2021年多吗", True, (2023,), ["不是", "20"], ["是的"]),
    row(
        "did all editions since 2022 have more countries than 2021?",
        True,
        (2022, 2025),
        ["126"],
        ["No —"],
    ),
]

# Session 18 (fresh31): a claim that no edition was held in a month ("no edition was ever held
# in october, right?", "was it never held in december?", 从来没有在10月举办过吧) was answered
# with the place, with the editions outside that month, or declined; "none" was read as "nine"
CLAIMS += [
    row("no edition was ever held in october, right?", True, (2019,), ["No", "October"], ["Yes"]),
    row("was it never held in december?", True, (2015, 2017), ["No", "December"], ["outside"]),
    row("it has never been held in august?", True, None, ["Yes", "August"], ["No —"]),
    row("从来没有在10月举办过吧？", True, (2019,), ["不是", "10月"], ["对"]),
    row("none of the summits were in october, right?", True, (2019,), ["No", "2019"]),
    # guard
    row("which editions were not held in november?", True, (2015, 2019), ["outside November"]),
]

# Session 18 (fresh31): a yes/no of the organisation claiming what its fact does not hold
# ("is english the organisation's official working language?") was answered with its founding
UNKNOWN += [
    row("is english the organisation's official working language", False, None, [], ["2022"]),
]
CLAIMS += [
    # guard
    row("is the organisation international?", True, None, ["Yes"]),
    # guard
    row("is the organisation headquartered in shanghai?", True, None, ["Beijing"], ["Yes"]),
]

# Red team 34 and session 18: a web address named ("is the website wic.org?", "is the official
# website wicinternet.org?") was split at its dot — the sentence cut there, and "org" read as the
# organisation (its founding was given); it is checked against the Q&A item that gives one
CLAIMS += [
    row("is the website wic.org?", True, None, ["No", "wicinternet.org"], ["Yes"]),
    row("is the official website wicinternet.org?", True, None, ["Yes", "wicinternet.org"]),
    row("what's www.wicinternet.org?", True, None, ["official website"], ["2022"]),
    # guard
    row("官网是wicinternet.org吗", True, None, ["wicinternet.org"]),
]

# Session 18 (fresh31): "&" joins two questions ("wic14 where & when"); "is <the town> part of
# <a city>?", "does it belong to…?" were declined (a part of the place asked); "were any editions
# NOT held in <the town>?" was unknown; "will the 2027 one be in <the town> too?" said only that
# it is not announced (the permanent venue is a fact)
DETAILS += [
    row("wic14 where & when", True, (2014,), ["Wuzhen", "November"]),
    row("whats the wuzhen summit 2022 theme & dates", True, (2022,), ["Connected", "November"]),
    row(
        "is wic27 going to be held in wuzhen as well?",
        True,
        (2027,),
        ["not been announced", "permanent venue"],
    ),
    row("2027年还在乌镇办吗", True, (2027,), ["尚未公布", "永久会址"]),
]
SERIES += [
    row("is wuzhen part of jiaxing", True, None, ["Yes", "Jiaxing"]),
    row("does wuzhen belong to jiaxing?", True, None, ["Yes", "Jiaxing"]),
    row("is wuzhen part of shanghai?", True, None, ["Tongxiang"], ["Yes"]),
    # guard
    row("is digital part of the 2019 theme?", True, (2019,), ["Intelligent"], ["Wuzhen"]),
    row("were any editions NOT held in wuzhen?", True, None, ["Wuzhen"], ["Yes"]),
]

# Session 18 (fresh31): how a person took part, asked other ways ("what did Liu Yunshan do at
# the 2016 conference?", "what was Huang Kunming's role in 2019?", 2021年刘鹤是怎么参会的 — it
# gave the attendance, 黄坤明在2019年做了什么); a claim that they were there at every edition or
# at both ("did Xi attend every WIC in person?", 习近平每届都亲自出席吗) was unknown
DETAILS += [
    row("what did liu yunshan do at the 2016 conference", True, (2016,), ["Liu Yunshan"]),
    row("what was huang kunming's role in 2019", True, (2019,), ["Huang Kunming"], ["2018"]),
    row("what exactly did li shulei do at the 2022 summit", True, (2022,), ["keynote"]),
    row("2021年刘鹤是怎么参会的？", True, (2021,), ["视频"], ["2000"]),
    row("黄坤明在2019年做了什么", True, (2019,), ["宣读"]),
]
CLAIMS += [
    row("did xi jinping attend every wic in person?", True, None, ["No", "2016"], ["Yes"]),
    row("习近平每届都亲自出席吗", True, None, ["不是", "2015"], ["是的"]),
    row(
        "did xi appear in person at both the 2015 and 2016 conferences",
        True,
        None,
        ["No", "2016"],
        ["Yes"],
    ),
    row("in which editions did xi appear by video", True, (2016,), ["video"]),
]

# Session 18: how a person took part in an edition whose facts do not name them ("what was
# xi's part in the 2026 summit?") gave the facts of whoever they name; "which editions had no
# recorded role for Xi?" listed those that had; a count of a person's letters after one edition
# ("how many times has xi sent a congratulatory letter overall") gave that edition's fact
UNKNOWN += [
    row("what was xi's part in the 2026 summit", False, None, [], ["Li Qiang"]),
    row("what role did xi play at this year's summit", False, None, [], ["Li Qiang"]),
]
CONVERSATIONS += [
    row(
        ("what did xi do in 2021?", "how many times has xi sent a congratulatory letter overall"),
        True,
        (2017, 2018, 2019, 2021, 2022),
        ["5"],
    ),
]

# Session 18 (fresh31): a share of the editions a host selects ("what percentage of editions
# were hosted by the CAC?", 网信办主办的届次占多少比例) gave the count without its per cent:
# every selection of editions gives the per cent where a share is asked
AGGREGATES += [
    row(
        "what percentage of editions were hosted by the CAC?",
        True,
        (2014, 2021),
        ["8 of the 13", "61.5%"],
    ),
    row("网信办主办的届次占多少比例", True, (2014, 2021), ["61.5%"]),
    # guard
    row("what share of editions were held in november?", True, (2014,), ["69.2%"]),
]

# Session 18 (fresh31): a claim quoting an earlier answer ("you said…", 你刚才说…对吗) was read
# as being about another event; the quoting words are set aside (vocabulary: you_said)
CLAIMS += [
    row("你刚才说2023年有130个国家，对吗？", True, (2023,), ["不是", "126"]),
    row(
        "you said the 2018 theme was about digital economy, right?", True, (2018,), ["Mutual Trust"]
    ),
]

# Session 18 (fresh31): a list narrowed by a follow-up ("only the ones after 2020" after the
# editions with Xi's letters, "only the CAC-hosted ones" after a figure filter) gave another
# list or declined: the selection asked on its own, met with the editions listed
CONVERSATIONS += [
    row(
        ("which editions got a congratulatory letter from xi?", "only the ones after 2020"),
        True,
        (2021, 2022),
        ["2021", "2022"],
        ["2017", "2019"],
    ),
    row(
        ("which editions up to 2025 had at least 20 sub-forums?", "only the CAC-hosted ones"),
        True,
        (2017, 2019, 2021),
        ["3"],
        ["2014", "2023"],
    ),
    row(
        (
            "which editions up to 2025 had at least 20 sub-forums?",
            "only the CAC-hosted ones",
            "add up the sub-forums of those",
        ),
        True,
        (2017, 2019, 2021),
        ["60"],
    ),
    # guard
    row(
        ("which editions were held in november?", "just the ones before 2020"),
        True,
        (2014, 2016, 2018),
        ["2014", "2018"],
        ["2022"],
    ),
]

# Red team 35: a claim of a kind of fact before (after) a year whose edition has the first of it
# said yes from that edition (2016年以前发布过领先科技成果吗, "were there leading achievements
# before 2016?"); the award, a part of the achievements, counted every release;
# 2021年以后还是网信办主办吗 listed the CAC's editions; "held outside <the town> since it was
# online?" said yes from the format; the organisation's summits abroad after an edition said no;
# "was 2026 the biggest?" said later editions went further
CLAIMS += [
    row("2016年以前发布过领先科技成果吗？", True, (2016,), ["不是", "首次"], ["是的"]),
    row(
        "were there leading achievements before 2016?", True, (2016,), ["No", "first time"], ["Yes"]
    ),
    row("2017年以前发布过蓝皮书吗？", True, (2017,), ["不是"], ["是的"]),
    row("2023年以前颁发过领先科技奖吗？", True, (2023,), ["不是", "首次"], ["是的"]),
    row("2021年以后还是网信办主办吗？", True, (2022,), ["不是", "国际组织"], ["是的"]),
    row(
        "was the 2020 forum held outside wuzhen since it was online?",
        True,
        (2020,),
        ["No", "Wuzhen"],
        ["Yes"],
    ),
    row("2019年之后还有博览会吗", True, (2021,), ["是的"]),
]
CONVERSATIONS += [
    row(
        ("who hosted the 2018 wic?", "has the organisation held summits outside china?"),
        True,
        None,
        ["don't know of one"],
        ["No —"],
    ),
]
AGGREGATES += [
    row("was 2026 the biggest edition so far?", True, None, ["2022"], ["Later editions"]),
]

# Red team 35: pinyin "zui jin yi jie" (最近一届) was declined
DETAILS += [
    row("zui jin yi jie shi shenme shihou", True, (2026,), ["November 3"]),
    row("zuijin yijie shi shenme shihou", True, (2026,), ["November 3"]),
]

# Session 18 (fresh31): "which other editions opened on that day?" after a weekday gave the
# edition again; "and the latest one on record?" after the first expo took 2026 (no expo on
# record); "by what percent did it grow?" after two editions compared asked which edition
CONVERSATIONS += [
    row(
        ("what weekday did wic 2019 open?", "which other editions opened on that day?"),
        True,
        (2017, 2021),
        ["Sunday", "2017", "2021"],
    ),
    row(
        ("how big was the first expo?", "and the latest one on record?"),
        True,
        (2025,),
        ["670"],
    ),
    row(
        (
            "how big was the first expo?",
            "and the latest one on record?",
            "how many times bigger is that",
            "by what percent did it grow",
        ),
        True,
        (2015, 2025),
        ["159.7"],
    ),
    row(
        ("compare attendance at wic 2016 and wic 2017", "by what percent did it change?"),
        True,
        (2016, 2017),
        ["1.07"],
    ),
]

# Session 18 (fresh31): "has it been held every single year since 2014?" listed the dates; a
# host claimed now ("does the CAC host the summit now?", "the CAC still hosts it today, yes?",
# 网信办现在还是主办方吗) was unknown: of the latest edition
CLAIMS += [
    row("has the conference been held every single year since 2014", True, None, ["Yes", "annual"]),
    row("does the CAC host the summit now?", True, (2026,), ["No", "international organization"]),
    row("the CAC still hosts the summit today, yes?", True, (2026,), ["No"], ["Yes"]),
    row("网信办现在还是主办方吗", True, (2026,), ["不是", "国际组织"]),
    row("is the organisation the host now?", True, (2026,), ["Yes"]),
]

# Session 18: a day written with a slash ("singles day (11/11)", "21/11") is a day of a month
# where its order cannot matter (11/11 was read as the number 11: "No — it lasted 3 days")
CLAIMS += [
    row(
        "was the summit on during singles day (11/11) in 2022?",
        True,
        (2022,),
        ["Yes", "November 9"],
    ),
    row("was the summit running on 21/11 in 2024?", True, (2024,), ["Yes"]),
]

# Red team 35: pinyin "jin nian shi di ji jie" (今年是第几届), "this year is which edition" lost
# "this year" (read as "the … which had", a property)
DETAILS += [
    row("jin nian shi di ji jie", True, (2026,), ["13th"]),
    row("this year is which edition", True, (2026,), ["13th"]),
]

# Session 18 (fresh31): examples of an ordinal in brackets ("(1st, 2nd...)") were read as the
# 1st and 2nd editions: the count of numbered editions was lost
AGGREGATES += [
    row(
        "how many editions carried an official number (1st, 2nd...)?",
        True,
        (2014, 2019),
        ["6 of the 13"],
    ),
]

# Session 18 (fresh30's misses): a remark after the question ("how long did wic 2025 last?
# felt like forever on the livestream haha") or chat around "what is it" ("can someone explain
# what the wuzhen summit actually is? new here", "sorry for the dumb question but what even is
# the wuzhen summit") was declined
CHAT += [
    row(
        "how long did wic 2025 last? felt like forever on the livestream haha",
        True,
        (2025,),
        ["4 days"],
    ),
    row(
        "can someone explain what the wuzhen summit actually is? new here 👋",
        True,
        None,
        ["annual conference"],
    ),
    row(
        "sorry for the dumb question but what even is the wuzhen summit",
        True,
        None,
        ["annual conference"],
    ),
    # guard
    row("can you explain the blockchain?", False, None, [], ["annual"]),
]

# Red team 36: 有没有在9月举办过 ("was there one…?") was taken for a claim that none was (是的/
# 不是 the wrong way round); Chinese days with a slash (2016年11/11, 21/11); "anything happening
# on 11/22 in 2020?" said no while its expo ran; "every year after 2016" said yes with 3 editions
# not on record; 最近一次有记录的… gave the first; the CAC's editions ignored a span or a month
CLAIMS += [
    row("有没有在9月举办过", True, (2021,), ["是的", "2021"], ["不是"]),
    row("有没有在12月举办过", True, (2015, 2017), ["是的"], ["不是"]),
    row("有没有在春天举办过", True, None, ["不是"], ["是的"]),
    row("2016年11/11有没有开会", True, (2016,), ["11月16日"], ["是的"]),
    row("was anything happening on 11/22 in 2020?", True, (2020,), ["expo ran"], ["No —"]),
    row("2016年以后每年都发布领先科技成果吗", True, None, ["7届"], ["是的"]),
]
AGGREGATES += [
    row("最近一次有记录的领先科技成果是哪年", True, (2025,), ["2025"], ["2016年"]),
    row("2020年以后由网信办主办的有哪几届", True, (2021,), ["2021"], ["2014年11月"]),
    row("网信办主办的届次里哪几届在12月", True, (2015, 2017), ["2015", "2017"], ["2014年11月"]),
]

# Red team 36: "and in september?" after "was it ever held in october?" judged the October
# edition (no) — it is the same search, of another month
CONVERSATIONS += [
    row(
        ("was it ever held in october?", "and in september?"),
        True,
        (2021,),
        ["Yes", "2021"],
        ["No —"],
    ),
    # guard
    row(("when was the 2018 one?", "was it in october?"), True, (2018,), ["No", "November"]),
]

# Red team 36 (nearby, broken before this round): "which editions had an expo?" was unknown
# ("how many had an expo?" was answered); "which month has had the most editions?",
# 哪个月份举办得最多 asked which edition
AGGREGATES += [
    row("which editions had an expo?", True, (2015, 2025), ["10 of the 13"]),
    row("哪几届有博览会？", True, (2015,), ["10届"]),
    row("which month has had the most editions?", True, None, ["November", "9 of 13"]),
    row("哪个月份举办得最多", True, None, ["11月"]),
    # guard
    row("which month had the most sub-forums?", True, (2024, 2025), ["24"]),
]

# Red team 36: "what percent is that?", 占比多少 after a list or a count of editions asked which
# edition: the share of all held so far
CONVERSATIONS += [
    row(
        ("how many editions were held in November?", "what percent is that?"),
        True,
        (2014,),
        ["69.2%"],
    ),
    row(("网信办主办了几届", "占比多少"), True, (2014, 2021), ["61.5%"]),
]

# Red team 36: "the latest one on record" for attendance or the theme said 2026 has none: the
# latest edition with that fact (as for the expo)
CONVERSATIONS += [
    row(
        ("how many people came to the first wic?", "and the latest one on record?"),
        True,
        (2025,),
        ["1600"],
    ),
    row(
        ("what was the 2014 theme?", "and the latest one on record?"),
        True,
        (2025,),
        ["Digital Intelligence"],
    ),
]
DETAILS += [
    row("what's the latest attendance on record?", True, (2025,), ["1600"]),
]

# Session 18 (fresh31): two conditions in Chinese split at 、 and not inside 国家和地区
# (参会国家和地区超过100个、分论坛不少于20个的是哪几届 was declined); "120+" is at least 120;
# a span in brackets ("(to 2025)") selects like "up to 2025"
AGGREGATES += [
    row(
        "参会国家和地区超过100个、分论坛不少于20个的是哪几届",
        True,
        (2023, 2024, 2025),
        ["2023", "2025"],
    ),
    row(
        "list the editions (to 2025) with 120+ countries AND 24 or more sub-forums",
        True,
        (2024, 2025),
        ["at least 120"],
        ["fewest"],
    ),
    # guard
    row("which editions (up to 2025) had 20 sub-forums?", True, (2017, 2023), ["2019"]),
]

# Session 18 (fresh30, fresh31): 今年峰會幾時完 (when does this year's end?) asked the dates and
# was counted answered without the closing day: it asks the closing day, which is not on record
UNKNOWN += [
    row("今年峰會幾時完？", False, (2026,), ["闭幕日期"]),
]
DETAILS += [
    row("2025年峰会几时完", True, (2025,), ["11月9日"]),
]

# Session 18 (fresh30, fresh31): a time asked "in years, months and days" (几年几个月几天) gave
# whole years only
TIME += [
    row(
        "how long ago was the very first wic, in years months and days?",
        True,
        (2014,),
        ["12 years", "9 days"],
    ),
    row(
        "how old is the wic organisation exactly (years, months, days)",
        True,
        None,
        ["4 years", "4 months", "16 days"],
    ),
    row("2014年首届大会距今几年几个月几天", True, (2014,), ["12年", "9天"]),
]

# Session 18 (fresh30): "days since the 2024 opening ceremony?", "days since the first wic?"
# gave the dates: the time from then to today
TIME += [
    row("days since the 2024 opening ceremony?", True, (2024,), ["738", "November 20"]),
    row("days since the first wic?", True, (2014,), ["4392"]),
    # guard
    row("how many days since the 2019 summit ended?", True, (2019,), ["ended"]),
]

# Session 18, after fresh32's first run (own words): "and before that?" after who hosts it
# now and since when gave the edition before the latest; "and how big was 2024?" after the expos
# gave 2024's attendance; "what were the sections called" after one edition repeated their
# number; pinyin "liang jie…" read 2014 alone; 国际组织成立后多少天… gave the founding
CONVERSATIONS += [
    row(
        ("who hosts it?", "since when?", "and before that?"),
        True,
        None,
        ["2014–2021", "Cyberspace"],
        ["2025"],
    ),
    row(
        ("how many exhibitors in 2019?", "and how big was 2024?"),
        False,
        (2024,),
        ["Expo"],
        ["guests"],
    ),
    row(
        ("how many sections were the 2019 sub-forums in?", "what were the sections called"),
        False,
        (2019,),
        ["names"],
    ),
    row(
        ("when did the 2022 summit start?", "and 2023?", "liang jie yigong kai le ji tian"),
        False,
        None,
        [],
        ["2014"],
    ),
]
TIME += [
    row("国际组织成立后多少天召开了第一次年会", True, (2022,), ["120天"]),
]

# Session 18 (fresh32): a weekday claimed of an opening ceremony on its own day ("was the 2025
# opening ceremony on a friday?", 2025年开幕式是星期五吗) got no verdict: it is judged on that day
CLAIMS += [
    row("was the 2025 opening ceremony on a friday?", True, (2025,), ["Yes", "Friday"]),
    row("was the 2025 opening ceremony on a thursday?", True, (2025,), ["No", "Friday"], ["Yes"]),
    row("2025年开幕式是星期五吗", True, (2025,), ["是的"]),
]

# Session 18 (fresh31, fresh32): "co-host", "co-hosted by the CAC" were unknown (the facts say
# the CAC and Zhejiang hosted it together)
AGGREGATES += [
    row("how many editions did the CAC co-host", True, (2014, 2021), ["8 of the 13"]),
    row("what percentage of the 13 editions were co-hosted by the CAC", True, (2014,), ["61.5%"]),
]

# Session 18 (fresh32): two facts asked at once where one is not on record ("theme and keynote
# speaker of wic 2019?", 2019年的主题和主旨演讲人分别是) declined both: the one on record, and the
# other said unknown
DETAILS += [
    row("theme and keynote speaker of wic 2019?", True, (2019,), ["Intelligent", "don't know who"]),
    row("2019年的主题和主旨演讲人分别是？", True, (2019,), ["智能互联", "不知道"]),
    # guard
    row("who gave the 2019 keynote?", False, (2019,), ["don't know who"]),
]

# Session 18 (fresh32): a Chinese question between a story and thanks (我在写课程论文，想确认一下
# …的主题是啥？谢谢大家) was declined; a remark after a full-width question mark is set aside too
CHAT += [
    row(
        "我在写课程论文，想确认一下2022年乌镇峰会的主题是啥？谢谢大家🙏",
        True,
        (2022,),
        ["共建网络世界"],
    ),
    row("2019年几号开？我想去", True, (2019,), ["10月20日"]),
]

# Session 18 (fresh32): "what was first at the 2015 wic" asked which of the 1st and 2015 was
# meant: "first at <a year>" asks that edition's firsts
DETAILS += [
    row("what was first at the 2015 wic", True, (2015,), ["Expo"]),
    # guard
    row("was the first wic in 2014?", True, (2014,), ["Yes"]),
]

# Red team 35 (nearby, broken before this round): "was wic 2022 held online?" said it has no
# format fact; its attendance counts participants online and on site — those words, no verdict
CLAIMS += [
    row("was wic 2022 held online?", True, (2022,), ["online and on site"], ["No —", "Yes —"]),
    row("2022年是线上举办的吗", True, (2022,), ["线上线下"], ["不是", "是的"]),
    # guard (round 24: 2020's format is marked a first, but its words do not say so)
    row("was wic 2017 held online?", False, None, ["format"]),
]

# Session 19: an edition described by a fact about it ("the year Wang Huning gave the keynote",
# 习近平现场出席的那一届) whose other facts are asked: the fact's edition, asked on its own first
AGGREGATES += [
    row(
        "how many achievements were released the year Wang Huning gave the keynote?",
        True,
        (2017,),
        ["18"],
    ),
    row("王沪宁做主旨演讲那年发布了多少项领先科技成果", True, (2017,), ["18"]),
    row("in the year xi attended in person, how many guests came?", True, (2015,), ["2000"]),
    row("习近平现场出席的那一届，前一届是哪年？", True, (2014,), ["2014"]),
    row(
        "what was the theme the year Liu He read the letter?",
        True,
        (2021,),
        ["Digital Civilization"],
    ),
    row("when was the edition where Li Qiang spoke?", True, (2026,), ["November 3"]),
    row("how many guests came the year the expo had 601 exhibitors?", True, (2019,), ["1500"]),
    # guard
    row("which was the year Wang Huning gave the keynote?", True, (2017,), ["Wang Huning"]),
    # guard
    row("when did the summit have 601 exhibitors", True, (2019,), ["601"]),
    # guard
    row(
        "what was the theme of the edition that only had 5 sub-forums",
        True,
        (2020,),
        ["Digital Empowerment"],
    ),
]

# Session 19: a total, average or median over years asked where one edition lacks the figure
# is not known; that is said first, then what the editions with a figure add up to
AGGREGATES += [
    row(
        "total exhibitors for 2022 through 2025?",
        True,
        (2022, 2023, 2025),
        ["don't know the total", "1650"],
    ),
    row("mean achievements 2020 to 2022", True, (2020, 2022), ["don't know the average", "15"]),
    row("2022到2025年展商一共多少家", True, (2022,), ["不知道", "1650"]),
    # guard
    row("total exhibitors 2015 to 2019", True, (2015, 2019), ["1999"], ["don't know"]),
]

# Session 19: firsts asked as more than the facts record ("the other three firsts", 四个第一,
# "the other firsts besides …"): those on record, said first to be not all there were
DETAILS += [
    row("list the other 3 firsts of the 2023 summit", True, (2023,), ["don't know all", "Award"]),
    row("2023年的四个第一都有哪些", True, (2023,), ["不知道", "领先科技奖"]),
    row(
        "besides the honours, what else was done for the first time in 2023?",
        True,
        (2023,),
        ["don't know all"],
    ),
    # guard
    row("what was new in 2023", True, (2023,), ["New at"], ["don't know"]),
]

# Session 19: "who else spoke besides X" where the edition's facts name no one but X is unknown,
# never X's own fact given as the answer
DETAILS += [
    row("besides xi, who else spoke at the 2024 summit?", False, None, ["don't know who else"]),
    row("apart from li qiang who else gave a speech in 2026", False, None, ["don't know who else"]),
    row("2024年除了习近平还有谁讲话", False, None, ["不知道"]),
    # guard
    row("who else spoke in 2016 besides xi", True, (2016,), ["Liu Yunshan"]),
    # guard
    row("Other than 2015, which editions did Xi attend in person?", True, None, []),
]

# Session 19: a person who read out another's letter and gave the keynote did so there: "was Li
# Shulei the keynote speaker in 2022?" is yes, and so of several editions checked on each
CLAIMS += [
    row("did li shulei deliver the keynote at wic 2022?", True, (2022,), ["Yes —"]),
    row("were the 2022 and 2025 keynotes both given by li shulei?", True, (2022, 2025), ["Yes —"]),
    row("2022年和2023年的主旨演讲都是李书磊做的吗", True, (2022, 2023), ["是的"]),
    # guard
    row("did huang kunming give the keynote in 2019?", True, (2019,), ["Huang Kunming"], ["Yes —"]),
    # guard
    row("did xi attend the 2017 summit in person?", True, (2017,), [], ["Yes —"]),
]

# Session 19: a figure reached, passed or not reached ("didn't even get to 80 countries",
# "first expo to pass 600 exhibitors", "did any edition reach 2000 guests?") is a bound; a month
# or a quarter denied ("in neither November nor December", "didn't start in the fourth quarter")
# leaves those months out
AGGREGATES += [
    row(
        "which summits didn't make it to 80 countries and regions",
        True,
        (2018, 2020),
        ["2018", "2020"],
        ["2017:"],
    ),
    row("which expo was the first to pass 600 exhibitors", True, (2019,), ["601"]),
    row("did any summit reach 2000 guests?", True, (2015,), ["Yes —"]),
    row("which summits never topped 15 sub-forums", True, (2014, 2015, 2020), ["2020"], ["2016:"]),
    row(
        "which editions were in neither november nor december",
        True,
        (2019, 2021),
        ["2019", "2021"],
        ["2014"],
    ),
    row(
        "which editions didn't open in the fourth quarter?", True, (2021,), ["September"], ["2019"]
    ),
]

# Session 19: follow-ups — "he" is the one person the conversation named (not the edition talked
# about: "in which years did he send letters?" lists them); a filter's bound moved ("lower it to
# 110", "what about 110?") keeps its comparison; "after it was founded", 成立后 is the
# organisation's founding
CONVERSATIONS += [
    row(
        ("how did xi take part in 2018", "and in 2016?", "which years did he send letters?"),
        True,
        (2017, 2018, 2019, 2021, 2022),
        ["2021"],
    ),
    row(
        ("which summits had 120 or more countries", "lower it to 100"),
        True,
        (2014, 2016),
        ["at least 100"],
        ["fewer than"],
    ),
    row(
        ("which summits had 120 or more countries", "what about 110?"),
        True,
        (2016,),
        ["at least 110"],
    ),
    # guard
    row(
        (
            "when was the international organisation set up",
            "what was the first summit after it was founded?",
        ),
        True,
        (2022,),
        ["2022"],
        ["2014"],
    ),
    row(
        ("国际组织哪年成立的", "成立多少天了", "成立后的第一届峰会哪天开幕"),
        True,
        (2022,),
        ["11月9日"],
        ["2014年11月19日"],
    ),
]

# Session 19: chat around a question — a name typed after "@" ("@WICbot wic24 when"), a story's
# people ("my uncle … keeps bragging"), "that guy" as "he", 据说/那边/到底 fillers, 亲身 (in
# person), 正好 (exactly), the sources' one-word names ("SCIO"), "himself"; a request for a press
# pass is no fact; a Chinese word searched in the themes without quotes ("first theme with 携手
# in it", 哪些主题有携手); themes that "lack" a word
CHAT += [
    row("@WICbot when was wic 2019", True, (2019,), ["October 20"]),
    row(
        "my aunt went in 2016 and keeps bragging 🙄 how many guests were there that year",
        True,
        (2016,),
        ["1600"],
    ),
    row("听说2019年博览会很热闹，参展企业到底有多少家", True, (2019,), ["601"]),
    row("2015年习近平係咪亲身出席？", True, (2015,), ["出席开幕式"]),
    row("有几届恰好是19个分论坛", True, (2018, 2022), ["2018", "2022"]),
    row("can you get me a media pass for wic 2027?", False, None, []),
]
CONVERSATIONS += [
    row(
        ("who gave the keynote in 2023?", "which other editions did that guy give the keynote at"),
        True,
        (2022, 2025),
        ["2022", "2025"],
    ),
]
SERIES += [
    row("earliest theme with 命运共同体 in it", True, (2015,), ["2015"], ["2014:"]),
    row("哪几届的主题有数字", True, (2017, 2024), ["2017", "2024"], ["2014年"]),
    row(
        'which chinese themes lack the word "携手"', True, (2014, 2015), ["2014", "2015"], ["2016:"]
    ),
]

# Session 19: "which edition opened N weeks (days) after X": the day counted, and the edition that
# opened on it, or none — never the edition counted from
TIME += [
    row("which summit began exactly 48 weeks after the 2015 one?", True, (2016,), ["November 16"]),
    row("哪届开幕比2019年晚101周", True, (2021,), ["2021"]),
    row(
        "which edition opened 10 days after the 2015 one?",
        True,
        None,
        ["No edition", "December 26"],
    ),
]

# Session 19: a person the facts name in Chinese run into a verb (习近平致贺信) is that person, not
# an unknown word; a total "across all editions" with one lacking the figure is not known
CLAIMS += [
    row("2025年习近平致贺信了吗", False, None, ["没有"], ["是的", "不是"]),
    row("2018年习近平致贺信了吗", True, (2018,), ["是的"]),
]
AGGREGATES += [
    row(
        "sum of the guests of all the editions",
        True,
        (2014, 2025),
        ["don't know the total", "18900"],
    ),
]

# Red team 37: "fail to reach N", "fall short of N", 没能达到 (fewer than); "did 2023 top 100
# countries?" (more than, not the top edition); "wasn't 2019 over 80 countries?" (still claims
# over 80); a Chinese bound moved (降到110呢); a person asked about alone ("tell me about Li
# Shulei") and "he" after it; reading out a letter is no speech of one's own; the first theme
# with a quoted word
CLAIMS += [
    row("did 2025 fail to reach 130 countries?", True, (2025,), ["No —"]),
    row("did 2018 fail to get to 20 sub-forums?", True, (2018,), ["Yes —", "19"]),
    row("did 2016 top 1500 guests?", True, (2016,), ["Yes —"]),
    row("wasn't 2021 over 90 countries?", True, (2021,), ["Yes —", "96"]),
    row("2019年展商没能达到600家吗", True, (2019,), ["不是", "601"]),
    row(
        "did huang kunming give a speech at the 2019 summit?",
        True,
        (2019,),
        ["Huang Kunming"],
        ["Yes —"],
    ),
]
AGGREGATES += [
    row(
        "which editions fell short of 20 sub-forums?", True, (2014, 2018, 2022), ["2018"], ["2017:"]
    ),
    row("哪几届国家和地区没能达到100个", True, (2018, 2021), ["2018"], ["2015年"]),
]
CONVERSATIONS += [
    row(("哪几届国家和地区在120个以上", "降到110呢"), True, (2016,), ["2016"]),
    row(
        ("tell me about Wang Huning", "in which years did he give the keynote?"),
        True,
        (2017,),
        ["2017"],
        ["2018"],
    ),
]
SERIES += [
    row('which was the first theme with "Cyberspace"?', True, (2015,), ["2015"], ["2014:"]),
]

# Red team 37: the edition before (after) one a fact describes ("the year before Xi attended in
# person"); a person's name alone is their editions
AGGREGATES += [
    row(
        "the year before Xi attended in person, how many guests came?",
        True,
        (2014,),
        ["1000"],
        ["1600"],
    ),
    # guard
    row(
        "the edition after the one where Liu He spoke, what was its theme?",
        True,
        (2022,),
        ["Connected"],
    ),
]
CHAT += [
    row("Huang Kunming", True, (2018, 2019), ["2018", "2019"]),
]

# Session 19 (fresh33): "handed out" (awarded); the first of a kind picked by the kind's own
# words, not "first time"; a count the facts give no number for is unknown; the organisation's
# base is its headquarters; "and the CAC?" after the organisation's summits; "the achievements
# list longest" is the most achievements
DETAILS += [
    row(
        "what award was handed out for the first time in 2023?",
        True,
        (2023,),
        ["Leading Technology Award"],
    ),
    row(
        (
            "what honours were given in 2023 for the first time",
            "and which award was handed out for the first time",
        ),
        True,
        (2023,),
        ["Award"],
        ["2016"],
    ),
    row("how many ten-year honors were awarded in 2023", False, None, ["don't know how many"]),
    # guard
    row(
        "how many blue books came out in 2017", True, (2017,), ["China Internet Development Report"]
    ),
]
SERIES += [
    row(
        "wait, isn't the wic organisation based in wuzhen itself",
        True,
        None,
        ["Beijing"],
        ["Yes —"],
    ),
]
CONVERSATIONS += [
    row(
        ("which summits has the international organization hosted", "and the cac?"),
        True,
        (2014, 2021),
        ["2014"],
        ["2022 World"],
    ),
]
AGGREGATES += [
    # guard
    row(
        "in which year was the sub-forum list shortest?", True, (2020,), ["5 sub-forums"], ["days"]
    ),
]

# Session 19 (fresh33): tag questions and asides — "hasn't it", "surely …?", "my notes say …"
CHAT += [
    row("it has been held every year since 2014, hasn't it", True, None, ["annual"]),
    row("surely no summit ever had more than 30 sub-forums?", True, (2024, 2025), ["24"]),
    row("my notes say 2019 had 25 sub-forums, is that so?", True, (2019,), ["20"]),
]

# Session 19 (fresh33): how long ago a dated series fact was, then "source?": that fact's source
CONVERSATIONS += [
    row(
        (
            "when was the international organisation founded?",
            "how many days ago was that",
            "source?",
        ),
        True,
        None,
        ["wicinternet"],
    ),
]

# Session 19 (fresh33): "and close?" after a weekday question: the weekday again
CONVERSATIONS += [
    row(("what weekday did wic 2018 open on", "and the close?"), True, (2018,), ["Friday"]),
]

# Session 19 (fresh33): "the sharpest fall in guests" is a drop (it read autumn and gave days);
# "cut back on sub-forums", "the tiniest expo", "organisationally speaking"
AGGREGATES += [
    row(
        "which edition had the sharpest fall in guests?", True, (2020,), ["participants"], ["days"]
    ),
    row(
        "when did they cut back on sub-forums compared with the edition before?",
        True,
        (2018, 2020),
        ["2018"],
    ),
    row("which expo was the tiniest?", True, (2020,), ["2020"]),
]

# Session 19 (fresh33): a day-and-month carried to another year ("if wic27 opened on the same
# date as this year's, what weekday would that be?", 假如明年也在11月3日开幕): its weekday that year
TIME += [
    row(
        "if next year's summit opened on the same date as this year's, what weekday would that be?",
        True,
        (2026,),
        ["Wednesday"],
        ["Tuesday"],
    ),
    row("假如明年峰会也在11月3日开幕，那天是星期几", True, None, ["星期三"]),
]

# Red team 38: "did the 2017 expo top 450 enterprises?" (more than, not the top edition); the
# edition after a person's last appearance; "N weeks after" an anchor not read is unknown (it
# named the anchor); "the longest achievements list"; a person's name alone, then "he"; "who is
# Xi Jinping?" stays general knowledge
CLAIMS += [
    row("did the 2019 expo top 600 enterprises?", True, (2019,), ["Yes —"]),
]
AGGREGATES += [
    row(
        "the edition after Huang Kunming's last appearance, when was it?",
        True,
        (2020,),
        ["2020"],
        ["2027"],
    ),
    row("which edition had the longest achievements list?", True, (2017,), ["18"], ["days"]),
]
TIME += [
    row("which edition opened 3 weeks after the Internet Development Forum?", False, None, []),
]
CHAT += [
    # guard
    row("who is xi jinping", False, None, []),
]

# Session 19 (fresh34, after its first run): "which ones were not?" after editions of a month:
# the others; "the great wall" is no typo of "will"
CONVERSATIONS += [
    row(
        ("which editions were held in december", "which ones weren't"),
        True,
        (2014, 2019, 2021),
        ["2021"],
        ["December 16"],
    ),
]
CHAT += [
    row("how old is the great wall of china", False, None, []),
]

# Session 19 (fresh34 after its first run): a superlative between two years ranks those years
# ("the biggest expo between 2015 and 2023"); an edition's attendance asked is no series Q&A item
AGGREGATES += [
    row("largest expo between 2016 and 2022?", True, (2019,), ["601"]),
]
DETAILS += [
    row(
        "wic 2019 had some kind of crowd from many countries - how many countries",
        True,
        (2019,),
        ["83"],
        ["water town"],
    ),
]

# Session 19 (fresh34 after its first run): "and the biggest?" after one figure of an edition:
# the most of that figure, not the best attended
CONVERSATIONS += [
    row(
        ("how many countries came in 2019", "and the biggest up to 2023?"),
        True,
        (2023,),
        ["126"],
        ["participants"],
    ),
    # guard
    row(("how many guests in 2021", "and the biggest?"), True, (2022,), ["2100"]),
]

# Session 19 (fresh34 after its first run): "when was it first held?" after a kind of fact is
# that kind's first; a quoted word's first appearance after a theme question
CONVERSATIONS += [
    row(
        ("what is the light of the internet expo?", "when was it first held?"),
        True,
        (2015,),
        ["2015"],
        ["2014, in"],
    ),
    row(
        ("what was the 2019 theme", 'and when did "digital" first appear?'), True, (2017,), ["2017"]
    ),
]

# Session 19 (fresh34 after its first run): "and ended on a Sunday?" after editions that opened
# on one: the other side's editions
CONVERSATIONS += [
    row(
        ("which editions opened on a sunday", "and closed on a sunday?"),
        True,
        (2025,),
        ["2025"],
        ["2017"],
    ),
]

# Session 20: "what is the <series> organization?" asks the organisation's own fact, not the
# conference's overview
SERIES += [
    row("what is the WIC organization", True, None, ["2022", "Beijing"], ["annual conference"]),
    row("what does the world internet conference organisation do?", True, None, ["2022"]),  # guard
    row("what's the wic", True, None, ["2014"], ["2022"]),  # guard
]

# Session 20: a speaker named alone in Chinese (李书磊, 介绍一下黄坤明, 刘鹤在大会上做了什么): their
# editions, in Chinese; 是谁 stays who they are
DETAILS += [
    row("李书磊", True, (2022, 2023, 2025), ["2022", "2023", "2025"]),
    row("介绍一下黄坤明", True, (2018, 2019), ["2018", "2019"]),
    row("刘鹤在大会上做了什么", True, (2021,), ["2021", "视频"]),
    row("李书磊是谁", False),  # guard
    row("黄坤明出席过几次", True, (2018, 2019), ["2"]),  # guard
]

# Session 20 (red team 39): "how many more countries did 2023 have than 2022?" where the
# qualifiers ("more than 120") leave the order open: not known which had more, then the
# reported numbers' difference (it had said 2023 had more)
AGGREGATES += [
    row(
        "how many more countries did 2023 have than 2022?",
        True,
        (2023, 2022),
        ["don't know which", "6"],
        ["Summit had more"],
    ),
    row("2014年的国家数比2016年少多少", True, (2014, 2016), ["不知道", "10"], ["多于"]),
    row("how many more guests in 2017 than 2014", True, (2017, 2014), ["had more"]),  # guard
]

# Session 20 (red team 39): "any edition besides 2023 …?" asks the others, never the one set
# aside as its own evidence (it said "Yes" citing 2023); a person's other editions: listed,
# or "only at …" (not known, never "no")
CLAIMS += [
    row(
        "did any edition besides 2023 have 126 countries?",
        True,
        None,
        ["don't know"],
        ["Yes —"],
    ),
    row("did any edition other than 2019 have more than 600 exhibitors?", True, (2025,), ["670"]),
    row("was any other edition besides 2017 in December?", True, (2015,), ["2015"], ["December 3"]),
    row(
        "was any edition besides 2020 held on a Monday?",
        True,
        (2017, 2019, 2021),
        ["2017"],
        ["November 23, 2020"],
    ),
    row("did any edition other than 2019 open in October?", True, (), ["No"]),  # guard
    row("除了2019年，还有参展企业超过600家的吗", True, (2025,), ["670"], ["601"]),
    row(
        "did Wang Huning attend any other editions besides 2017?",
        False,
        (),
        ["only at 2017"],
        ["Yes"],
    ),
    row("王沪宁除了2017年还参加过别的届吗", False, (), ["2017"], ["是的"]),
    row("刘云山还参加过其他届吗", False, (), ["2016"], ["是的"]),
    row("did Li Shulei attend any other edition besides 2022?", True, (2023, 2025), ["Yes"]),
    row(
        "did xi attend any edition in person other than 2015?",
        True,
        None,
        ["None in person"],
        ["Yes"],
    ),
    row("2015年和2017年都不是在11月举办的吗？", True, (2015, 2017), ["12月"]),  # guard
]
CONVERSATIONS += [
    row(("who spoke in 2026", "他还参加过其他届吗？"), False, (), ["2026"], ["是的"]),
    row(
        ("tell me about Wang Huning", "did that guy come back later?"), False, (), ["2017"], ["Yes"]
    ),
]

# Session 20 (red team 39): "did any premier speak before 2026?", 有总理…做过主旨演讲吗: the
# keynote facts naming that title in those years (a premier is no vice-premier) — yes with
# them, or that none names one (never every keynote as a "yes", never "no")
CLAIMS += [
    row("did any premier speak at WIC before 2026?", False, (), ["2014", "2025"], ["Yes"]),
    row("有总理在2026年之前做过主旨演讲吗", False, (), ["2025"], ["是的"]),
    row("has a vice-premier ever given the keynote?", True, (2014, 2021), ["Yes", "Ma Kai"]),
    row("有副总理做过主旨演讲吗", True, (2014, 2021), ["马凯"]),
    row("did a premier ever give the keynote?", True, (2026,), ["Li Qiang"]),
    row("did the president speak at the 2017 wic", True, (2017,), [], ["Yes"]),  # guard
]

# Session 20 (fresh35): a Chinese story around the question (记得…来着, 老板问我…求救, 网上说法,
# 阿爸问我…我答唔到) and pinyin "jintian", "daibiao": chat, not another event
CHAT += [
    row("我记得2018年那届是11月，具体几号来着", True, (2018,), ["7"]),
    row("老板问我2019年峰会在哪开的，求救", True, (2019,), ["乌镇"]),
    row("阿爸问我2023年有几多国家参加，我答唔到", True, (2023,), ["126"]),
    row("2021年来了多少人？网上说法不一", True, (2021,), ["2000"]),  # guard
    row("2019 nian canhui daibiao you duoshao", True, (2019,), ["1500"]),
    row("2019年G20峰会在哪开的", False),  # guard
]

# Session 20 (fresh35): weekdays offered as choices ("monday? tuesday?") are what is asked,
# never a condition picking "the first one that opened on a Monday"; "which two editions had
# the longest gap" asks the pair around the gap (not the top two by length); a named thing
# whose name begins with the series' ("the first WIC Leading Technology Award") is no 1st WIC
DETAILS += [
    row("what day of the week did the first one open — monday? tuesday?", True, (2014,), ["Wed"]),
    row(
        "the 2019 edition started on what day, saturday or sunday?", True, (2019,), ["Sun"]
    ),  # guard
    row("which two editions had the longest gap between their openings", True, (2021, 2022)),
    row("which two editions had the most sub-forums", True, None, ["1."]),  # guard
    row("was the first WIC Leading Technology Award given in 2021?", True, (2023,), ["No", "2023"]),
    row("how many projects won the wic leading technology award", True, (2023,), ["15"]),  # guard
    row("when was the first one that opened on a monday", True, (2020,)),  # guard
]

# Session 20 (fresh35): "which years don't you have X numbers for (2016-2025)?", "which years
# have no X figure?": the editions lacking that figure, within the years said (it listed the
# two years' dates)
META += [
    row(
        "from 2016 to 2025, which years don't you have exhibitor numbers for",
        True,
        (2024,),
        ["2024"],
        ["2014"],
    ),
    row("which years have no sub-forum figures", True, (2026,), ["2026"]),  # guard
    row("which summits had no keynote on record", True, (2020,), ["No record"]),  # guard
    row(
        "which editions did NOT have exactly 24 sub-forums",
        True,
        None,
        [],
        ["no sub-forums figure"],
    ),  # guard
]

# Session 20 (fresh35): "which had the most up to 2025?" after a figure of one edition asks
# that figure over those years (it ranked attendance)
CONVERSATIONS += [
    row(
        ("how many sub-forums did 2019 have", "which had the most before 2020?"),
        True,
        None,
        ["sub-forums"],
        ["participants"],
    ),
    row(("2023年来了多少国家", "截至2024年哪届最多"), True, None, ["国家"], ["参会人数"]),
    row(
        ("how many countries came in 2023", "which had the most guests up to 2025"),
        True,
        (2022,),
        ["participants"],
    ),  # guard
]

# Session 20 (fresh35): a day counted from a dated one, said otherwise: "N days after X is
# what date", "… after X. what date is that", "what date was X exactly N days old", 开幕100天后
TIME += [
    row("500 days after the 2024 opening is what date", True, (2024,), ["April 3 2026"]),
    row(
        "i fly home 30 days after the 2025 opening day. which day is that",
        True,
        (2025,),
        ["December 6"],
    ),
    row(
        "what date was the organisation exactly 500 days old",
        True,
        None,
        ["November 24 2023"],
        ["500 participants"],
    ),
    row("2019年开幕30天后是几月几号", True, (2019,), ["11月19日"]),
    row("what date is 100 days after the 2026 opening", True, (2026,), ["February 11"]),  # guard
]

# Session 20 (fresh35): running totals — "the cumulative total after the 4th one" (as it stood
# then), "total … up to / through the 5th edition", and the first edition by which the running
# total passed a number (or the two it lies between where the qualifiers leave it open)
AGGREGATES += [
    row("cumulative sub-forum total after the 3rd wic?", True, (2014, 2015, 2016), ["39"]),
    row("total sub-forums up to the 5th edition", True, (2014, 2018), ["78"]),
    row("after which edition did the running total of sub-forums pass 60?", True, (2018,), ["78"]),
    row(
        "in which year did the cumulative number of guests pass 5,000?",
        True,
        (2016, 2017),
        ["2017"],
    ),
    row("total sub-forums of the 2nd through the 4th", True, (2015, 2016, 2017), ["46"]),  # guard
    row("total guests after the 4th wic", True, (2018, 2025), ["12800"]),  # guard
]

# Session 20 (fresh35): the languages the sessions are held in, and ministerial delegations
# (部长级): not recorded — unknown, never the venue or the attendance
UNKNOWN += [
    row("which language is the summit held in?", False),
    row("what's the official language of the conference", False),  # guard
    row("2023年有多少国家派了部长级代表团", False),
    row("what languages can you answer in", True),  # guard
]

# Session 20 (red team 39): "two editions before the one where Liu He spoke" steps two (it
# gave Liu He's own); "who gave the keynote before Li Qiang?" is the keynote of the edition
# before his (it gave his own)
DETAILS += [
    row("two editions before the one where Liu He spoke, when was it?", True, (2019,), ["Oct"]),
    row("three editions after the one where Wang Huning spoke", True, (2020,)),
    row("two before the one where Li Qiang spoke", True, (2024,)),
    row("who gave the keynote before Li Qiang?", True, (2025,), ["Li Shulei"], ["Li Qiang"]),
    row("who gave the keynote just after Wang Huning", True, (2018,), ["Huang Kunming"]),
    row("who gave the keynote right before Li Shulei's first?", True, (2021,), ["Liu He"]),
    row("the edition before the one where Liu He spoke", True, (2020,)),  # guard
]

# Session 20 (red team 39): "the one right after the first one held online": beside the first
# of those the clause selects (it gave the 2nd edition, after the 1st)
DETAILS += [
    row(
        "the edition right after the first one held online, when did it open?",
        True,
        (2021,),
        ["Sep"],
    ),
    row("the summit before the last one held in december", True, (2016,)),  # guard
    row(
        "how many years after the first summit did the expo first take place?",
        True,
        (2014, 2015),
        ["1 year"],
    ),  # guard
]

# Session 20 (red team 39): "is the 2017 exhibitor country count exact?": a qualified figure
# ("some 13") is no exact count — no; an unqualified one is what its source gives, no verdict
# (it said "Yes" because the figure is on record)
CLAIMS += [
    row("is the 2018 attendance figure exact?", True, (2018,), ["No", "1500"]),
    row("is the 2014 forum count certain?", True, (2014,), ["13", "Xinhua"], ["Yes"]),
    row("2016年参会人数是准确数字吗", True, (2016,), ["不是", "1600"]),
    row("did 2019 have exactly 601 exhibitors?", True, (2019,), ["Yes"]),  # guard
]

# Session 20 (red team 39): "was Zhejiang the host in 2024?": since 2022 the province is the
# organizer, the organisation the host — no "yes" from the organizer's clause
CLAIMS += [
    row("was Zhejiang the host in 2023?", True, (2023,), ["organizer"], ["Yes"]),
    row("did the zhejiang government host the 2025 summit", True, (2025,), [], ["Yes"]),  # guard
    row("was zhejiang a host in 2019?", True, (2019,), ["Zhejiang"], ["No"]),  # guard
    row("did the CAC host the 2024 summit?", True, (2024,), ["No"]),  # guard
]

# Session 20 (red team 39): "which ones by video?", 哪几次是视频 just after one person's
# editions: that person's (it listed every edition anyone took part in by video)
CONVERSATIONS += [
    row(("习近平出席过哪几届", "哪几次是视频"), True, (2016, 2023, 2024), ["2016"], ["2021年世界"]),
    row(
        ("which editions did Xi attend", "and which ones by letter?"),
        True,
        (2017, 2018),
        ["2017"],
        ["2016"],
    ),
]

# Session 20 (fresh35): "X到今天有多少天", Cantonese 到今日/到而家有幾多日, 成立了多少天: the days
# since a dated fact (今日 read as 今天)
TIME += [
    row("2019年峰会闭幕到今天有多少天", True, (2019,), ["2594"]),
    row("首屆大會閉幕到今日有幾多日？", True, (2014,), ["4390"]),
    row("国际组织到现在成立了多少天", True, None, ["1600"]),
    row("从2014年到现在有多少届", True, None, ["13"]),  # guard
]

# Session 20 (red team 40): "what is the WTO organization?" is another one (it gave ours);
# "did a vice president speak?" names a title the facts do not use (it said "Yes" with the
# President's facts); "take part in any other edition besides 2014?", 马凯除了2014年还参加过吗
# ask a person's other editions (it said "Yes" citing 2014)
UNKNOWN += [
    row("What is the WTO organization?", False),
    row("did a vice president speak at the wic?", False, (), [], ["Yes"]),
    row("what is the WIC organization", True, None, ["2022"]),  # guard
]
CLAIMS += [
    row(
        "did Ma Kai take part in any other edition besides 2014?",
        False,
        (),
        ["Ma Kai", "2014"],
        ["Yes"],
    ),
    row("马凯除了2014年还参加过吗", False, (), ["2014"], ["是的"]),
    row("did Li Shulei take part in other editions besides 2022", True, (2023, 2025), ["Yes"]),
]

# Session 20 (red team 40): a superlative whose runner-up's qualifiers let it reach the top
# ("more than 2,100" against "more than 2,000") says the ranking is not settled (it named one)
AGGREGATES += [
    row("which edition had the most guests", True, (2022,), ["not settled", "2015"]),
    row("哪一届参会人数最多", True, (2022,), ["并不确定"]),
    row("which expo had the most exhibitors", True, (2025,), ["670"], ["not settled"]),  # guard
]

# Session 20 (red team 40): a total or mean over "about" and "more than" figures says the true
# figure may be higher (it said "about 7,600" as if the whole of it)
AGGREGATES += [
    row("前五届累计参会人数", True, (2014, 2018), ["7600", "可能更高"]),
    row("average attendance 2014-2018", True, (2014, 2018), ["may be higher"]),
    row("total sub-forums 2017-2019", True, (2017, 2019), ["59"], ["may be higher"]),  # guard
]

# Session 20 (red team 40): "did Huang Kunming come back after 2019?": none later on record,
# said with every edition he is on record at (it said "only at 2019", hiding 2018)
CLAIMS += [
    row("Did Huang Kunming come back after 2019?", False, (), ["2018 and 2019"], ["Yes"]),
]

# Session 20 (red teams 39-40): a Chinese anchor by a person's fact — 黄坤明做主旨演讲那届的前一届
# (黄坤明's 明 had read as 明年), 黄坤明第一次做主旨演讲的前一届 (the first of them), …的后一届
DETAILS += [
    row("黄坤明做主旨演讲那届的前一届", True, (2017,), ["2017"], ["李书磊"]),
    row("黄坤明第一次做主旨演讲的前一届是哪一届？", True, (2017,), ["2017"]),
    row("李书磊最后一次做主旨演讲的后一届", True, (2026,)),
    row("王沪宁做主旨演讲的那一届的后一届", True, (2018,)),  # guard
]

# Session 20 (red team 40): "what date was exactly one year after the organisation was
# founded?", "… 6 months after the 2024 opening": calendar months and years counted (it gave
# the 2023 summit's dates)
TIME += [
    row(
        "What date was exactly one year after the organization was founded?",
        True,
        None,
        ["July 12 2023"],
        ["November"],
    ),
    row("what date is 6 months after the 2024 opening", True, (2024,), ["May 19 2025"]),
]

# Session 20 (fresh36, after its first run): 'when did "X" first appear in a theme' asks the
# first theme holding those words (it gave the 1st edition's dates)
DETAILS += [
    row(
        'when did "digital civilization" first appear in a theme', True, (2021,), ["2021"], ["2014"]
    ),
    row('which theme first mentioned "shared future"', True, (2018,)),  # guard
]

# Session 20 (red team 40): a Chinese anchor whose fact holds 线上/线下
# (第一次线上举办的那一届的前一届: its 上 had read as 上一届, giving 2025); a comma after it
DETAILS += [
    row("第一次线上举办的那一届的前一届是哪一年？", True, (2019,), ["2019"], ["2025"]),
    row("第一次线上线下结合举办的那届，主题是什么", True, (2020,), ["数字赋能"]),
]

# A party's role in running an edition, by the names each role lists (hosts, organizer):
# never by a search of the hosts' sentence, which also names the organisation's seat
CLAIMS += [
    row("was Beijing the host in 2022?", True, (2022,), ["No"], ["Yes"]),
    row("was Zhejiang a host in 2022?", True, (2022,), ["organizer"], ["Yes"]),
    row("was zhejiang the organizer in 2019?", True, (2019,), ["hosted"], ["Yes"]),
    row("was zhejiang the organizer in 2023?", True, (2023,), ["Yes"]),
    row("was the CAC the organizer in 2023?", True, (2023,), ["No"]),  # guard
    row("was the 2019 wic hosted by alibaba?", True, (2019,), ["No"]),
    row("was the 2022 wic hosted in zhejiang?", True, (2022,), ["Yes"]),  # guard
    row("was the 2024 summit hosted by the WIC organization?", True, (2024,), ["Yes"]),  # guard
    row("2022年浙江是主办方吗", True, (2022,), ["不是", "承办"]),
    row("2023年的承办单位是浙江吗", True, (2023,), ["是的"]),
    row("2019年浙江省人民政府是主办单位吗", True, (2019,), ["是的"]),
    row("2022年浙江省人民政府是主办单位吗", True, (2022,), ["不是"]),
    row("2022年浙江省人民政府是承办单位吗", True, (2022,), ["是的"]),
    row("2023年是网信办主办的吗", True, (2023,), ["不是"]),  # guard
]


# Who held an office in a country: no fact records it, so it is declined — never answered
# with a speaker who held that title
UNKNOWN += [
    row("who was US president in 2015?", False, None, [], ["Xi"]),
    row("who was president of the US when the first WIC was held?", False, None, [], ["Ma Kai"]),
    row("who is the current premier of China?", False, None, [], ["Li Qiang"]),
    row("who was China's premier in 2017?", False, None, [], ["Wang"]),
    row("who was the vice-premier of china in 2021?", False, None, [], ["Liu He"]),
    row("who was the premier that spoke at the 2026 summit?", True, (2026,), ["Li Qiang"]),  # guard
    # a title asked of one edition: of that edition's keynote facts, never another's
    row("which premier spoke at the 2024 summit?", False, None, ["premier"], ["Li Qiang"]),
    row("who was the premier that spoke at the 2024 summit?", False, None, [], ["Xi", "Li Qiang"]),
    row("which vice premier spoke in 2021?", True, (2021,), ["Liu He"], ["Ma Kai"]),
]

# Two conditions joined by "or": the editions either selects, each asked on its own — never
# those both select
AGGREGATES += [
    row(
        "which editions opened on a Sunday or lasted 4 days?",
        True,
        (2017, 2019, 2021, 2024, 2025),
        ["either"],
    ),
    row("which editions were in october or lasted 2 days?", True, (2019, 2020), ["either"]),
    row(
        "editions that had 24 sub-forums or were held in september",
        True,
        (2021, 2024, 2025),
        ["either"],
    ),
    row("which had more countries 2014 or 2015?", True, (2014, 2015), [], ["either"]),  # guard
]

# A question a marker sets apart from the chat before it ("unrelated but …", "quick q before
# …: …", 题外话): that question alone — an off-topic one is declined, never answered with the
# edition the chat named
CHAT += [
    row("thanks for the wic dates. unrelated but how do i cook dongpo pork", False),
    row("quick q before the next summit: how do I renew my passport", False),
    row("quick one before i ask about wic later: how do i center a div", False),
    row("题外话，乌镇附近有什么好吃的", False),  # guard
    row("unrelated but when is the next wic?", True, (2027,)),  # guard
    row("quick q before i forget: when was the 2019 wic?", True, (2019,), ["Oct"]),  # guard
]

# A most (or least) where one edition alone has the figure: that figure, and that the others'
# are not on record — never "had the most" of one
AGGREGATES += [
    row("which expo had the most foreign exhibitors", False, None, ["Only", "107"], ["(2019) had"]),
    row("哪一届境外参展企业最多", False, None, ["只有", "107"]),
]

# Editions counted around a year, or named by two numbers, or set aside: those editions one by
# one ("the 2 editions before 2020" is 2018 and 2019, never every edition before 2020)
AGGREGATES += [
    row("the 2 editions before 2020 — total sub-forums?", True, (2018, 2019), ["39"]),
    row("the three editions after 2020, total sub-forums?", True, (2021, 2022, 2023), ["59"]),
    row("editions 2 and 3 — average attendance?", True, (2015, 2016), ["1800"]),
    row(
        "the 3rd wic and the one after it — how many achievements combined?",
        True,
        (2016, 2017),
        ["33"],
    ),
]
TIME += [
    row(
        "not the 2024 one, not the 2025 one, the one before those - when was it held?",
        True,
        (2023,),
        ["Nov"],
    ),
    row("not 2019, not 2018, the one before those — what was its theme?", True, (2017,)),
    row("what was the previous edition before the latest?", True, (2025,)),
    row("when were the two editions before 2016?", True, (2014, 2015)),  # guard
]

# A claim checked in every part it states: another figure beside the one judged ("in five
# sections"), where something came from ("companies from the US"); and the person asked of,
# not the one whose letter it was
CLAIMS += [
    row("the 2019 wic had 20 sub-forums in five sections", True, (2019,), ["No", "four"]),
    row("did the 2019 wic have 20 sub-forums in four sections?", True, (2019,), ["Yes"]),  # guard
    row("did the wic 2019 expo include companies from the US?", True, (2019,), ["601"], ["Yes"]),
    row("did the 2019 expo include companies from abroad?", True, (2019,), ["Yes"]),  # guard
]
DETAILS += [
    row("when did Huang Kunming read Xi's letter?", True, (2019,), ["read by Huang"]),
    row("when was the edition where Huang Kunming read Xi's letter?", True, (2019,)),
]

# "The year after" a turn about two editions: after the later of them, never the earlier
CONVERSATIONS += [
    row(
        (
            "was the 2015 conference the first with an expo?",
            "was that the first?",
            "how many exhibitors?",
            "and the year after?",
        ),
        True,
        (2016,),
        ["310"],
    ),
]

# A year's own figure, said with a possessive ("topped 2023's count"): that edition's figure,
# never the number 2,023
AGGREGATES += [
    row(
        "which editions topped 2023's count of countries and regions",
        True,
        None,
        ["126"],
        ["2023 countries"],
    ),
    row("which editions fell short of 2019's sub-forums?", True, None, ["fewer", "2018"]),  # guard
]

# The years with no edition in a month: those held outside it, never those held in it; and
# the language something was held in (not recorded), never read as asking for the answer
# in that language
TIME += [
    row(
        "between 2014 and 2026, in which years was there no wic in november",
        True,
        (2015, 2017, 2019, 2021),
        ["Dec"],
    ),
    row("2014到2026年，哪幾年的11月沒有開大會", True, (2015, 2017, 2019, 2021)),
    row("which years had no summit in october?", True, None, ["outside October"]),
]
UNKNOWN += [
    row("were the 2025 sub-forums held in english?", False, None, [], ["Yes"]),
    row("how many of the 2025 sub-forums were held in english", False, None, [], ["24"]),
    row("theme of 2019 in chinese", True, (2019,), ["主题"]),  # guard
]

# A Chinese description, a comma, then a step from it (最后一届有官方届次的大会，之前一届): the
# edition the description names, asked alone, then the step — never the latest edition's
TIME += [
    row("最后一届有官方届次的大会，之前一届在几月？", True, (2018,), ["11月"]),
    row("第一次线上举办的那届，下一届是哪年？", True, (2021,)),  # guard
]

# An anniversary of a dated fact says its weekday too, and its number may be a word
TIME += [
    row(
        "on what weekday does the organisation's fifth anniversary fall",
        True,
        None,
        ["Mon", "2027"],
    ),
    row("国际组织成立五周年那天是星期几", True, None, ["星期一"]),
]

# A claim's second figure that the check settles ("10 forums on 22 issues") leaves no part
# open: a yes (or no) with both, not "can't confirm all of that"
CLAIMS += [
    row("did 2015 have 10 forums on 22 issues?", True, (2015,), ["Yes", "22"]),
    row("did 2015 have 10 forums on 23 issues?", True, (2015,), ["No", "22"]),
    row(
        "2015 had 10 forums on 22 issues and 258 exhibitors, right?",
        True,
        (2015,),
        ["both parts hold"],
    ),
]

# "fall on" is a verb, not the season; a day written "11/11" is November 11; a bound said
# first ("before this year, did any …?") bounds the question after it
TIME += [
    row("what weekday did the 2024 opening ceremony fall on?", True, (2024,), ["Wed"]),
    row("did the 2024 opening ceremony fall on a wednesday?", True, (2024,), ["Yes"]),
    row("before this year, did any wic fall on singles day (11/11)?", True, (2022,), ["Nov"]),
    row("before this year, was any edition held in december?", True, (2015, 2017)),
    row("was the 2019 wic in the fall?", True, (2019,), ["Yes"]),  # guard
]

# Red team 42 (this round's changes): another event's host, an office of something else,
# "hosted in" a place, a choice of hosts, "or" with figures that leave some open, "didn't
# have … in November"
UNKNOWN += [
    row("did beijing host the 2022 winter olympics?", False, None, [], ["No —"]),
    row("who was president of the world bank in 2019?", False, None, [], ["Xi"]),
]
CLAIMS += [
    row("was the 2022 summit hosted in Beijing?", True, (2022,), ["No", "Wuzhen"]),
    row(
        "was the 5th wic hosted by the Zhejiang government or the CAC?",
        True,
        (2018,),
        ["Cyberspace"],
        ["No —", "Yes —"],
    ),
]
AGGREGATES += [
    row(
        "which editions had more than 1,800 guests or lasted 4 days?",
        True,
        (2015, 2021, 2022, 2023, 2024, 2025),
        ["either"],
        ["(November 19–21 2014)"],
    ),
    row(
        "which editions opened on a wednesday or ended on a sunday?",
        True,
        (2014, 2015, 2016, 2018, 2022, 2023, 2025),
        ["either"],
    ),
]
TIME += [
    row("which years didn't have a wic in november?", True, (2015, 2017, 2019, 2021)),
    row("哪些年份11月没有大会？", True, (2015, 2017, 2019, 2021)),
]

# Red team 42: a second figure of a kind the edition does not record ("in four sections" of
# 2018) or a place not in its facts ("including some from Japan", "47 countries and the US")
# leaves the claim without a verdict; a claimed figure paired with the wrong number
# (601家企业，其中107家境外企业) is never a "no"
CLAIMS += [
    row("the 2018 wic had 19 sub-forums in four sections", True, (2018,), ["19"], ["Yes", "No"]),
    row(
        "did the 2025 expo have 670 companies, including some from Japan?",
        True,
        (2025,),
        [],
        ["Yes"],
    ),
    row(
        "did the 2023 expo include companies from 47 countries and the US?",
        True,
        (2023,),
        [],
        ["Yes"],
    ),
    row("2019年博览会有601家企业，其中107家境外企业，对吗？", True, (2019,), ["107"], ["不是"]),
    row(
        "did every edition from 2021 to 2025 have more than 1000 attendees", True, None, ["Yes"]
    ),  # guard
]

# Red team 42: another event's host, speaker or anniversary, with trigger words of ours
# ("host", "vice premier", "anniversary"), is declined — never answered with our facts
UNKNOWN += [
    row("did alibaba host singles day in 2019?", False),
    row("did alibaba host the 2019 wic?", True, (2019,), ["No"]),  # guard
    row("who was the vice premier at the 2008 olympics opening?", False, None, [], ["Ma Kai"]),
    row("which president spoke at the UN in 2015?", False, None, [], ["Xi"]),
    row("what weekday was the 5th anniversary of the founding of alibaba?", False),
    row(
        "someone in another server said this year's keynote was by the premier, which one",
        True,
        (2026,),
        ["Li Qiang"],
    ),  # guard
    row("when does the organisation's fifth anniversary fall", True, None, ["2027"]),
]

# A host claim in a conversation ("was Zhejiang a host then?" after 2022) asks of a role too
CONVERSATIONS += [
    row(
        ("who hosted the 2019 wic?", "and in 2022?", "was Zhejiang a host then?"),
        True,
        (2022,),
        ["organizer"],
        ["Yes"],
    ),
    row(
        ("who hosted the 2019 wic?", "and in 2022?", "was the CAC a host then?"),
        True,
        (2022,),
        ["No"],
    ),  # guard
]

# "how are you?" is chat: a greeting back, not "I only know about the WIC"
CHAT += [
    row("how are you?", False, None, ["Hello"]),
]

# The Chinese description-then-step without a comma (…的前一届, …之前一届)
TIME += [
    row("最后一届有官方届次的大会的前一届在几月？", True, (2018,), ["11月"]),
    row("最后一届有官方届次的大会之前一届在几月", True, (2018,), ["11月"]),
]

# An English description, then a step from it ("the first edition held online, what year was
# the next one?" gave 2015)
TIME += [
    row("the first edition held online, what year was the next one?", True, (2021,)),
    row(
        "The last edition with an official ordinal — when was the one before it?",
        True,
        (2018,),
        ["Nov"],
    ),
    row("the first summit, when was it?", True, (2014,)),  # guard
]

# Review: a host claim that names no party ("was there an organizer in 2023?", "hosted by
# anyone?") is never a "No" — it said No, reading "there" and "anyone" as parties
CLAIMS += [
    row("was there an organizer in 2023?", True, (2023,), ["Zhejiang"], ["No —"]),
    row("was the 2019 edition hosted by anyone?", True, (2019,), ["Cyberspace"], ["No —"]),
]

CHAT += [
    # round 22: 最近怎么样 asks how the bot has been, not about the latest edition
    row("你好呀，最近怎么样", False, None, ["你好"], ["2026"]),
    row("最近好吗？", False, None, ["你好"], ["2026"]),
    row("你好，最近一届是哪年", True, (2026,), ["2026"]),  # guard
]

DETAILS += [
    # round 22: an edition set aside beside the one asked ("not X, i mean Y"): X is not asked
    row("not asking about this year's, i mean the one after - any date yet?", True, (2027,)),
    row("not 2016, i mean 2017 - theme?", True, (2017,), ["Digital Economy"], ["Innovation"]),
    row("not 2016 but 2017: theme?", True, (2017,), ["Digital Economy"], ["Innovation"]),
    row("2017 not 2016, theme?", True, (2017,), ["Digital Economy"], ["Innovation"]),
    row("not the 3rd, the 4th: when?", True, (2017,), ["December"], ["November"]),
]

AGGREGATES += [
    # round 22: editions listed with years set aside ("not in", "except", "other than")
    row("which editions were not in 2016?", True, (2015, 2017), ["12"], ["November 16"]),
    row("which editions were not held in 2016, 2017 or 2018", True, (2019,), ["10"]),
    row("list every edition except 2016 and 2017", True, (2018,), ["11 of the 13"]),
    row("editions other than 2016, 2017 and 2018?", True, (2014,), ["10"], ["November 16"]),
]

CLAIMS += [
    # round 22: 多于/多过/少于 a year is that year's figure (not the number 2,019), and the word
    # after 比 gives the way of the comparison (比2016年少 is "fewer")
    row("2025年嘅展商係咪多過2019年？", True, (2025, 2019), ["是的"], ["不是"]),
    row("2025年的展商是不是多于2019年？", True, (2025, 2019), ["是的"], ["不是"]),
    row("2017年嘅分論壇係咪少過2016年？", True, (2017, 2016), ["不是"], ["是的"]),
    row("2017年的分论坛是不是比2016年少？", True, (2017, 2016), ["不是"], ["是的"]),
    row("2017年分论坛比2016年少，对吗？", True, (2017, 2016), ["不是"], ["是的"]),
    row("2021年嘅國家係咪多過2019年？", True, (2021,), ["是的"], ["不是"]),
    row("2017年的分论坛比2016年多吗？", True, (2017,), ["是的"]),  # guard
]
AGGREGATES += [
    row("邊幾屆嘅分論壇多過2019年？", True, (2024, 2025), ["24"], ["超過2019", "超过2019"]),
    row("哪几届的分论坛多于2019年？", True, (2024, 2025), ["24"], ["超过2019"]),
]

CONVERSATIONS += [
    # round 22: "two before that?" counts from the edition talked about, not one step
    row(("when was the 2022 summit?", "two before that?"), True, (2020,), ["November 23"]),
    row(("theme of 2019?", "three before that?"), True, (2016,), ["Innovation"]),
    row(("theme of 2019?", "three before that?", "and the one after that?"), True, (2017,)),
    row(("theme of 2016?", "and two after that?"), True, (2018,), ["Mutual Trust"]),
]

UNKNOWN += [
    # round 22: some event of the organisation's ("a forum in Brazil"), or a plan, is not on
    # record: where the editions were, never a no
    row("Did the WIC hold a summit in Hong Kong?", True, None, ["don't know"], ["No —"]),
    row("Did the WIC hold a forum in Brazil?", True, None, ["don't know"], ["No —"]),
    row("Is the WIC going to move to Beijing?", True, None, ["don't know"], ["No —"]),
    row("Did the WIC hold an event in Hong Kong in 2024?", True, (2024,), ["Wuzhen"], ["No —"]),
    row("was the 2024 summit in hong kong?", True, (2024,), ["No —"]),  # guard
    row("is the wic held in beijing?", True, None, ["No —"]),  # guard
]

UNKNOWN += [
    # round 22: 今年…比去年 compares this year's edition with last year's (two years named)
    row("今年的峰会比去年多几个国家", False, None, ["2026"], ["2015年"]),
    row("今年的峰會比去年多了幾位嘉賓", False, None, ["2026"], ["2015年"]),
    # 完咗未 (Cantonese): is it over yet — this year's closing day is not on record
    row("今年烏鎮峰會完咗未", False, (2026,), ["闭幕日期"]),
]
CHAT += [
    row(
        "thanks for the wic dates earlier. totally different q: how do i make dumplings",
        False,
        None,
        (),
        ["2026"],
    ),
]

CHAT += [
    # round 22: a Q&A item with keywords is asked only with a word of them ("what does <the
    # town> mean?" shares only "what does … mean" with the logo's phrasings)
    row('What does "Wuzhen" mean in English?', False, None, (), ["logo"]),
    row("What does 乌镇 mean?", False, None, (), ["logo"]),
    row("what does the logo mean?", True, None, ["互"]),  # guard
    row("what's the wic website?", True, None, ["wicinternet"]),  # guard
    # a general term asked with "a"/"an", or another organisation: declined
    row("What's an international organization?", False, None, (), ["2022"]),
    row("what is a water town?", False, None, (), ["permanent venue"]),
    row("what's the WHO organization?", False, None, (), ["2022"]),
    row("what is the WIC organization?", True, None, ["2022"]),  # guard
    # "can you look stuff up": what the bot can do
    row("can you look stuff up on the internet live?", True, None, (), ["logo"]),
]

DETAILS += [
    # round 22: "the first one held online", "the first one hosted by …": the first such,
    # never the 1st edition; a second such, which nothing selects, is declined
    row("When was the first one held online?", True, (2020,), ["2020"], ["2014"]),
    row("When was the first one hosted by the WIC organization?", True, (2022,), ["2022"]),
    row("Which was the second edition held online?", False, None, (), ["2015"]),
    row("who gave the keynote at the frist wic in wuzen", True, (2014,), ["Ma Kai"]),  # guard
]

AGGREGATES += [
    # round 22: two changes against the edition before, both held (or left open)
    row(
        "Which editions had more guests and more countries than the previous edition?",
        True,
        (2015, 2021),
        ["2015: more than 2000 participants", "and more countries"],
        ["2017:"],
    ),
    row(
        "Which editions had fewer guests but more countries than the year before?",
        True,
        (2023,),
        ["fewer participants", "and more countries"],
        ["2017:", "2018:"],
    ),
]

CLAIMS += [
    # round 22: a distance claimed between two openings is checked, not only their order
    row(
        "Did the 2018 edition open exactly 4 years after the first one?",
        True,
        (2014, 2018),
        ["3 years"],
        ["Yes —"],
    ),
    row(
        "Did the 2016 conference open exactly 2 years after the first one?",
        True,
        None,
        (),
        ["Yes —"],
    ),
    row("did the 2015 edition open 392 days after the 2014 one?", True, None, ["Yes —"]),  # guard
    row("did the 2015 edition open 300 days after the 2014 one?", True, None, ["No —"]),  # guard
]

AGGREGATES += [
    # round 22: two figure bounds joined by "or", the verb said once
    row(
        "Which editions had more than 2000 guests or more than 125 countries?",
        True,
        (2015, 2021, 2022, 2023, 2024, 2025),
        ["either condition"],
        ["2000 countries"],
    ),
]

AGGREGATES += [
    # round 22: 最多的前三届 is a ranking's first three, not the first three editions
    row("参会国家最多的前三届是哪几届？", True, (2024, 2025, 2023), ["126"], ["2015年（"]),
    row("嘉宾最多的前三届是哪几届？", True, (2022,), ["2100"], ["2014年（"]),
]

AGGREGATES += [
    # round 22: the ranking that names an edition keeps its bound ("before 2024")
    row(
        "When was the edition with the most sub-forums before 2024?",
        True,
        (2017, 2023),
        ["20"],
        ["24 sub"],
    ),
    row(
        "who gave the keynote at the edition with the most countries before 2020?",
        True,
        (2015,),
        ["Xi Jinping"],
        ["video"],
    ),
]

AGGREGATES += [
    # round 22: a negation in one half of "A but not B" is that half's only
    row("Which editions opened on a Wednesday but were not in November?", True, (2015,), ["both"]),
    row("which editions were not in november but opened on a wednesday?", True, (2015,), ["both"]),
]

DETAILS += [
    # round 22: a year before 多少 is a year, not "2023-odd" (多 after a number)
    row("expo 2023 多少家 companies 来着", True, (2023,), ["580"], ["258"]),
]
CLAIMS += [
    # "can you confirm" closes a claim, which is checked as one
    row(
        "my colleague says the 2026 summit had a record 140 countries, can you confirm",
        True,
        (2026,),
        ["don't know"],
    ),
    row("the 2019 summit had 1500 guests, can you confirm", True, (2019,), ["Yes"]),
]
AGGREGATES += [
    # a span named beside "under the organisation" is the span asked
    row(
        "did guests grow every year under the organisation, 2022 to 2026",
        True,
        (2023,),
        ["more participants than the edition before"],
        ["established"],
    ),
]

CONVERSATIONS += [
    # round 22: "the latest edition" beside a month is the most recent one, today's
    row(
        ("when was wic 2017", "is the latest edition also in december?"),
        True,
        (2026,),
        ["November"],
    ),
    row("is the latest edition in december?", True, (2026,), ["November 3"], ["2015"]),
    row("which edition started earliest in November?", True, (2026,), ["November 3"]),  # guard
]

DETAILS += [
    # round 22: "the last year X did Y" is the last edition of which the clause holds, not
    # last year's; "the last edition where…" likewise
    row(
        "what was the last year xi sent a congratulatory letter?", True, (2022,), ["2022"], ["2025"]
    ),
    row(
        "which was the last edition where xi sent a congratulatory letter?", True, (2022,), ["2022"]
    ),
    row("what was the first year it had an expo?", True, (2015,), ["2015"]),  # guard
]

CHAT += [
    # round 22: a question after "anyway" that points back to nothing is asked alone
    row(
        "my boss went to the WIC in 2019, he says hi. anyway what's a good laptop?",
        False,
        None,
        (),
        ["1500"],
    ),
    row(
        "my prof mentioned the 3rd one, anyway when was it?", True, (2016,), ["November 16"]
    ),  # guard
]
TIME += [
    # two ISO days are counted as days, never as the editions of their years
    row("How many days between 2020-01-01 and 2021-01-01?", True, None, ["366 days"]),
]

CLAIMS += [
    # round 22: a distance spelled in words is checked as its number
    row(
        "did the 2016 conference open exactly two years after the 2014 one?",
        True,
        (2014, 2016),
        ["years"],
        ["Yes —"],
    ),
    row(
        "did the 2025 summit open exactly seven years after the 2018 conference?",
        True,
        None,
        (),
        ["Yes —"],
    ),
]
AGGREGATES += [
    # "but not in November" with the verb said once
    row("which edition opened on a Wednesday but not in November?", True, (2015,), ["both"]),
    row("which edition opened on a Sunday but not in October?", True, (2017, 2021), ["both"]),
]

CONVERSATIONS += [
    # round 22: a follow-up "是不是比2016年少" claims of the edition talked about, set against
    # the year after 比
    row(("2019年有几个分论坛？", "是不是比2016年少"), True, (2019, 2016), ["不是"], ["是的"]),
    row(("2019年有几个分论坛？", "比2016年少，对吗"), True, (2019, 2016), ["不是"], ["是的"]),
    row(("2019年有几个分论坛？", "比2016年多吗"), True, (2019, 2016), ["是的"]),  # guard
]

AGGREGATES += [
    # round 22: Chinese lists with years set aside are the other editions
    row("除了2016年以外的所有届次", True, (2015, 2017), ["12"], ["第三届WIC"]),
    row("哪些届不是在2016年或2017年举办的？", True, (2018,), ["11"]),
]

CONVERSATIONS += [
    # round 22: 之前两届呢 after one edition counts back from it (not the first two)
    row(("2022年的主题是什么？", "之前兩屆呢？"), True, (2020, 2021), ["数字文明"], ["2014"]),
    row(("2022年的主题是什么？", "之後三屆呢？"), True, (2023, 2024, 2025), (), ["2026"]),
]

DETAILS += [
    # round 22: 第一届线上举办的 is the first so held, not the 1st edition
    row("第一届线上举办的是哪一届？", True, (2020,), ["2020"], ["2014"]),
    row("第一届大会是哪一年？", True, (2014,), ["2014"]),  # guard
]
UNKNOWN += [
    # "does the WIC hold events in Sao Paulo?": events beyond the editions are not on record
    row("does the WIC hold events in Sao Paulo?", True, None, ["don't know"], ["No —"]),
]

CHAT += [
    # round 22: a general term's meaning, asked in Chinese, is declined
    row("什么是国际组织？", False, None, (), ["2022"]),
    row("乌镇这个名字是什么意思？", False, None, (), ["会标", "标志"]),
    row("什么是世界互联网大会国际组织？", True, None, ["2022"]),  # guard
]

AGGREGATES += [
    # round 22: two changes against the edition before, in Chinese
    row("哪几届嘉宾比上一届多而且国家比上一届多？", True, (2015, 2021), ["且"], ["2017年"]),
    row(
        "哪一届嘉宾比上一届少但国家比上一届多？", True, (2023,), ["参会人数比上一届少"], ["2017年"]
    ),
]

DETAILS += [
    # round 22 (after fresh40's run): 2014年乌镇那次 is 2014's edition, 那次 only points at it
    row("2014年乌镇那次有多少个国家和地区参加", True, (2014,), ["100"], ["2023"]),
]
CHAT += [
    # a question set apart by "考你个别的：" or "cool and all but …" is asked alone
    row("峰会的事我都懂了，考你个别的：中国的首都是哪里？", False, None, (), ["永久会址"]),
    row(
        "lol the wic is cool and all but honestly can you just tell me where to get good "
        "dumplings near the venue",
        False,
        None,
        (),
        ["1st ·"],
    ),
]

CONVERSATIONS += [
    # round 22 (after fresh40's run): "first one?" just after a list is the first of those
    row(
        ('up to 2025, which themes had the word "digital"', "first one?"),
        True,
        (2017,),
        ["Digital Economy"],
    ),
    row(
        ("which editions were held in november?", "and the last of those?"), True, (2026,)
    ),  # guard
    row(("when was the 2019 summit", "the first one?"), True, (2014,)),  # guard
]

UNKNOWN += [
    # round 22 (after fresh40's run): an average over one edition's figure is not known
    row(
        "what was the average number of foreign exhibitors per expo",
        True,
        (2019,),
        ["don't know the average", "107"],
        ["On average"],
    ),
]

UNKNOWN += [
    # round 22 (after fresh40's run): what a speech said is not on record
    row("what was li qiang's keynote about this year", False, (2026,), (), ["gave the keynote"]),
]

UNKNOWN += [
    # round 22: what a host is or does is not on record (its role at the editions is)
    row("What is the Cyberspace Administration of China?", False, None, (), ["annual conference"]),
    row("浙江省政府是做什么的？", False, None, (), ["2014–2021"]),
    row("What does the People's Government of Zhejiang Province do?", False, None, (), ["venue"]),
    row("what is the wic organization?", True, None, ["2022"]),  # guard
]

CHAT += [
    # round 23: pinyin written a syllable apart is read as one word ("zui shao" is fewest,
    # "na yi nian" which year); "li" after a pinyin noun is 里 (in), not a person named Li
    row(
        "you jilu de bolanhui li, canzhan qiye zui shao de shi na yi nian",
        True,
        (2020,),
        ["130"],
        ["most"],
    ),
    row("fen luntan zui shao de shi na yi jie", True, (2020,), ["5"]),
    row("zui duo guojia de shi na yi jie", True, (2024, 2025), ["130"]),  # guard
    row("did li speak in 2023?", True, (2023,), ["Li Shulei"]),  # guard
]

CLAIMS += [
    # round 23: a premise, then the claim asked ("since X did it in 2019, i guess he did in
    # 2017 too?"): the claim of the other year, its person and thing taken from the premise
    row(
        "li shulei did 2022, 2023 and 2025, so surely he did the 2024 keynote too?",
        True,
        (2024,),
        ["don't have a record"],
        ["2022 World"],
    ),
    row(
        "since huang kunming read the letter in 2019, i guess he read the 2017 one too?",
        False,
        None,
        ["4th"],
        ["Yes", "2019"],
    ),
    row(
        "since the 2019 one was in october, i guess the 2018 one was in october too?",
        True,
        (2018,),
        ["No", "November"],
    ),
]

AGGREGATES += [
    # round 23: none of the editions asked about (a count, or "which of those" after a list)
    # is said of those, never "no edition had…"
    row(
        ("which editions had more than 100 countries?", "how many of those lasted 5 days?"),
        True,
        None,
        ["None of the 7 editions had 5 days"],
        ["No edition"],
    ),
    row(
        ("which editions had more than 100 countries?", "which of those lasted 5 days?"),
        True,
        None,
        ["None of the 7 editions"],
        ["No edition"],
    ),
    row("how many editions lasted 5 days?", True, None, ["None of the 13 editions"]),
    row("有几届开了5天", True, None, ["这13届中没有一届"]),
]

DETAILS += [
    # round 23 (red team 45): a filter with a year set aside ("apart from 2020", 除了2015年)
    # keeps the filter, over the other editions — never every other edition
    row(
        "which editions had an expo, apart from 2020?",
        True,
        (2015, 2025),
        ["Leaving out 2020", "9 of the 12"],
        ["2014", "2026"],
    ),
    row("除了2020年之外哪些届有博览会", True, (2015,), ["不算2020年", "12届中有9届"], ["2014年"]),
    row("除了2015年，哪些届有博览会？", True, (2016,), ["不算2015年"], ["第二届", "2014年"]),
    row("how many editions had an expo, apart from 2020?", True, None, ["9 of the 12"]),
    row("editions held online, except 2020", True, (2021,), ["Leaving out 2020"], ["2014"]),
    row(
        "which editions had achievements released, except 2023?",
        True,
        (2016,),
        ["7 of the 12"],
        ["1st", "2014"],
    ),
    row("list every edition except 2016 and 2017", True, (2014, 2018), ["11 of the 13"]),  # guard
]

AGGREGATES += [
    row(
        "editions with fewer than 20 sub-forums, not counting 2020",
        True,
        (2014, 2018),
        ["fewer than 20", "2016: 16"],
        ["2017", "5 sub-forums"],
    ),
    row(
        "editions with more than 1800 guests apart from 2022",
        True,
        (2015, 2021),
        ["more than 1800"],
        ["2022:"],
    ),
]

CLAIMS += [
    # round 23 (red team 45): "was YEAR the first time more than N … came?" is the first
    # edition with that many, set against the year claimed
    row("was 2021 the first time more than 2000 guests came?", True, (2015,), ["No", "2015"]),
    row("was 2023 the first time more than 120 countries came?", True, (2015,), ["No", "2015"]),
    row("was 2016 the first time more than 1500 guests came?", True, None, ["No", "2015"]),
    # "was 2022 the first summit hosted by the organisation?": the first of its editions
    row(
        "was 2022 the first summit hosted by the WIC organization?",
        True,
        (2022,),
        ["Yes"],
        ["No"],
    ),
    row("was 2021 the last edition hosted by the CAC?", True, (2021,), ["Yes"], ["No"]),
    row("was 2023 the first summit hosted by the WIC organization?", True, (2022,), ["No"]),
    # "1,500 guests from 83 countries": the countries of the report that gives the guests,
    # not the expo's
    row(
        "2019 had about 1500 guests from 83 countries",
        True,
        (2019,),
        ["Yes", "83 countries"],
        ["No", "38"],
    ),
    row(
        "2022 drew 2100 participants from over 120 countries, right?",
        True,
        (2022,),
        ["Yes"],
        ["No"],
    ),
    row("2018 had 1500 guests from 26 countries", True, (2018,), ["No", "70"], ["Yes"]),
]

CONVERSATIONS += [
    # round 23 (fresh41): "and xi?", 习近平呢 just after a question about one edition that
    # named no one: that person's part in that edition
    row(
        ("2017年的主题是什么", "主旨演讲是谁", "习近平呢"),
        True,
        (2017,),
        ["贺信"],
        ["2015年", "亲自出席的有"],
    ),
    row(("who gave the keynote in 2017?", "and xi?"), True, (2017,), ["letter"], ["Which edition"]),
    row(
        ("when was the 2017 one?", "what about xi jinping?"),
        True,
        (2017,),
        ["letter"],
        ["December 3"],
    ),
    row(("wic18 guests", "countries", "expo", "awards"), True, (2018,), ["15"]),  # guard
]

UNKNOWN += [
    # round 23 (fresh41): prize money, the winners' names, how many spoke, what a letter
    # "actually" said: none is on record
    row("what did xi's 2019 letter actually say", False, None, (), ["Huang Kunming"]),
    row("領先科技獎有獎金嗎", False, None, (), ["15"]),
    row("2023年领先科技奖获奖项目有哪些", False, None, (), ["15个项目"]),
    row("2025年有多少位演讲嘉宾", False, None, (), ["1600"]),
    row(
        "what does your source actually say about 2023 attendance, quote it", True, (2023,)
    ),  # guard
]

CONVERSATIONS += [
    # round 23 (red team 45): a short superlative just after a list ranks those listed, and
    # says so ("Among 2015 and 2017: …"); "ever", "of all", 历届 rank every edition
    row(
        ("which editions were held in December?", "which had the most countries?"),
        True,
        (2015,),
        ["Among 2015 and 2017", "120"],
        ["2024"],
    ),
    row(
        ("which editions were held in December?", "and the fewest sub-forums?"),
        True,
        (2015,),
        ["Among 2015 and 2017", "10"],
        ["2020"],
    ),
    row(
        ("which editions opened on a Sunday?", "哪届分论坛最多？"),
        True,
        (2017, 2019, 2021),
        ["20"],
        ["24"],
    ),
    row(
        ("which editions were held in December?", "which had the most countries ever?"),
        True,
        (2024, 2025),
        ["130"],
        ["Among"],
    ),  # guard
    # "and below it?", "and fewer?" after a filter: the other side of the same bar
    row(
        ("which editions had more than 100 countries?", "and fewer?"),
        True,
        (2018, 2019, 2021),
        ["fewer than 100"],
        ["Which edition"],
    ),
    row(
        (
            "what's the median number of countries and regions per edition",
            "which editions were above that",
            "and below it",
            "fewest?",
        ),
        True,
        (2020,),
        ["20"],
    ),  # guard
]

CONVERSATIONS += [
    # round 23 (red team 45): "those", "them" after a ranking of a list (or a count among it)
    # are still the editions listed, never every edition nor the one picked
    row(
        (
            "which editions had more than 100 countries?",
            "among those, which had the most guests?",
            "of them, how many were online?",
            "and how many of those were in November?",
        ),
        True,
        (2014, 2016, 2022),
        ["6 of the 7"],
        ["9 of the 13", "2018"],
    ),
    row(
        (
            "which editions had 20 sub-forums?",
            "of those, which had the most guests?",
            "and how many of them were held in November?",
            "and the fewest countries among them?",
        ),
        True,
        (2017,),
        ["Among 2017 2019 2021 and 2023", "80"],
        ["126"],
    ),
]

UNKNOWN += [
    # round 23 (red team 45): when someone took office, when the internet reached China:
    # no fact of the series answers them (never the edition the person spoke at)
    row("when did Li Qiang become premier?", False, None, (), ["2026"]),
    row("李强是哪一年当总理的？", False, None, (), ["2026"]),
    row("when did the internet come to china?", False, None, (), ["2026"]),
    row("when did the wic become an international organization?", True, None, ["2022"]),  # guard
]

DETAILS += [
    # round 23 (red team 45): "both an expo and achievements": the editions with each kind
    # on record, never those with the first alone
    row(
        "which editions had both an expo and achievements?",
        True,
        (2016, 2025),
        ["8 of the 13"],
        ["(2015)", "(2021)"],
    ),
    row("which editions had an expo number but no achievements number", True, None),  # guard
]

TIME += [
    # round 23 (red team 45): 2024年那届的前一届的前一届 steps twice, each from the last
    row("2024年那届的前一届的前一届有多少个分论坛？", True, (2022,), ["19"], ["20场"]),
    row("2016年的后一届的后一届的主题", True, (2018,), ["互信共治"]),
]

TIME += [
    # round 23 (fresh41): "saturday at the summit: ever happened?" asks whether any edition
    # was in session on that weekday, not the weekday the latest opened on
    row("saturday at the wic: ever happened?", True, (2025,), ["Yes", "Saturday"], ["Tuesday"]),
    row("saturday sessions ever?", True, (2025,), ["Yes"]),
    row("sunday at the wic, did that ever happen?", True, (2017, 2025), ["Yes"]),
    row("did it ever open on a saturday?", True, None, ["No edition opened"]),  # guard
]

CLAIMS += [
    # round 23 (fresh41): "have they always …?" is a claim of every edition
    row(
        "have they always released exactly 15 achievements",
        True,
        (2017,),
        ["No", "18"],
        ["for the first time"],
    ),
    row("have they always had 20 sub-forums?", True, None, ["No", "not all"]),
    row("have they always been in november?", True, (2015,), ["No", "outside November"]),
]

CONVERSATIONS += [
    # round 23 (red team 46): "those" after a filter that selected one edition, or none, is
    # that one (or none) — never every edition, nor those the figures left open
    row(
        ("which editions had fewer than 10 sub-forums?", "how many of those were in December?"),
        True,
        None,
        ["None of the 1"],
        ["2015", "2017"],
    ),
    row(
        (
            "which editions had fewer than 10 sub-forums?",
            "how many of those were in December?",
            "which of those had more than 100 countries?",
        ),
        True,
        None,
        ["None of the 1"],
        ["2015:", "2024"],
    ),
    row(
        ("which editions had more than 2500 guests?", "how many of those were in wuzhen?"),
        True,
        None,
        ["settled no edition"],
        ["7 of the 13"],
    ),
    row(
        ("which editions were held in october?", "how many of those had more than 2000 guests?"),
        True,
        None,
        ["None of the 1"],
        ["2015:"],
    ),
    row(
        ("which editions had 24 sub-forums?", "which of those were in december?"),
        True,
        None,
        ["Among 2024 and 2025"],
    ),
]

TIME += [
    # round 23 (red team 46): chained steps from a numbered edition, in traditional
    # characters, and past the first edition
    row("第四届的后一届的后一届", True, (2019,), ["第六届"], ["第五届"]),
    row("2024年那屆的前一屆的前一屆有幾多個分論壇", True, (2022,), ["19"], ["20場"]),
    row("2015年那届的前一届的前一届是哪年", False, None, ["2013"], ["2014年11月"]),
    row("第三届的前一届的前一届", True, (2014,), ["首届"], ["第二届"]),
]

CHAT += [
    # round 23 (red team 46): pinyin "li" (里) after the series' name in pinyin or first is no
    # person named Li; "ji jie" is how many editions
    row("hulianwang dahui li zui duo fen luntan shi na yi nian", True, (2024, 2025), ["24"]),
    row("wuzhen fenghui li zui shao guojia shi na yi nian", True, (2020,), ["20"], ["2022"]),
    row("li na yi jie guojia zui duo", True, (2024, 2025), ["130"], ["Among"]),
    row("hulianwang dahui li you ji jie you bolanhui", True, (2015, 2025), ["10 of the 13"]),
    row("li qiang zai na yi nian fabiao zhuzhi yanjiang", True, (2026,), ["Li Qiang"]),  # guard
]

CONVERSATIONS += [
    # round 23 (red team 46): after the editions a host held, "which had the fewest…?" and
    # 其中几届… are of those
    row(
        ("which editions were hosted by the WIC organization", "which had the fewest guests?"),
        True,
        (2025,),
        ["Among 2022", "1600"],
        ["2020"],
    ),
    row(
        ("哪些届由世界互联网大会国际组织主办", "其中几届有博览会？"),
        True,
        (2022, 2025),
        ["5届中有3届"],
    ),
    row(
        ("which editions were hosted by the CAC?", "which had the most countries?"),
        True,
        (2015,),
        ["Among 2014"],
        ["2024"],
    ),
    row(("who hosted the 2019 edition?", "which had the most countries?"), True, (2024,)),  # guard
]

UNKNOWN += [
    # round 23 (red team 46): when someone took office is not the title they came with
    row("when did li qiang take office as premier?", False, None, (), ["2026"]),
    row("when did wang huning take office?", False, None, (), ["2017"]),
    row("what was liu he's title?", True, (2021,), ["Vice-Premier"]),  # guard
]

CLAIMS += [
    # round 23 (red team 46): where two reports differ (more than 70, and 76 countries), the
    # one that says the claim's figure settles it
    row(
        "2018 had about 1500 guests from 76 countries",
        True,
        (2018,),
        ["Yes", "76"],
        ["No"],
    ),
    row("2018 had about 1500 guests from 26 countries", True, (2018,), ["No"], ["Yes"]),  # guard
]

DETAILS += [
    # round 23 (red team 46): "an expo but no achievements": the first on record, the second
    # not (said as no record); "how many had both…" counts those with each
    row(
        "which editions had an expo but no achievements?",
        True,
        (2015, 2021),
        ["2 of the 13", "no leading scientific"],
        ["2016"],
    ),
    row("which editions had achievements but no expo?", True, None, ["Every edition"], ["2016"]),
    row("how many editions had both an expo and achievements?", True, (2016,), ["8 of the 13"]),
]

AGGREGATES += [
    # round 23 (red team 46): a figure and a kind of fact together ("both more than 100
    # countries and an expo"): the figure's filter of the editions with that kind on record
    row(
        "which editions had both more than 100 countries and an expo?",
        True,
        (2015, 2025),
        ["Of the editions with Light of the Internet Expo on record"],
        ["2014:", "2024:"],
    ),
    row(
        "which editions had both 20 sub-forums and achievements?",
        True,
        (2017, 2019, 2023),
        ["achievements on record"],
        ["2021:"],
    ),
]

DETAILS += [
    # a host's editions with a year set aside: of the others
    row(
        "which editions were hosted by the CAC, apart from 2014?",
        True,
        (2015, 2021),
        ["Leaving out 2014", "7 of the 12"],
        ["November 19–21 2014"],
    ),
]

CLAIMS += [
    # round 23 (red team 46): "X had N so Y had more?", "…, did Y have more than X?": claimed
    # of Y, against the year after "than" (the premise's)
    row(
        "the 2022 expo had 40 countries so the 2023 one had more?",
        True,
        (2023,),
        ["Yes", "47"],
        ["No"],
    ),
    row(
        "the 2022 expo had 40 countries, did 2023 have more than 2022?",
        True,
        (2023,),
        ["Yes"],
        ["No"],
    ),
    row("2015 had 2000 guests so 2016 had more?", True, (2016,), ["No"], ["Yes"]),
    row("was 2015 bigger than 2014?", True, (2015,), ["Yes"]),  # guard
]

CONVERSATIONS += [
    # round 23 (fresh39): "and in october?" after "the first edition held in september": the
    # first of those held in October (never the place of the one before)
    row(
        ("what was the first edition held in september", "and in october?"),
        True,
        (2019,),
        ["October 20"],
        ["2021"],
    ),
    row(
        ("what was the second edition held in november", "and in december?"),
        True,
        (2017,),
        ["2nd of those"],
    ),
    row(
        ("what was the first edition held in september", "any in december?"),
        True,
        (2015, 2017),
    ),  # guard
]

CONVERSATIONS += [
    # round 23 (fresh39): "and the last one on record?" after "first year xi sent a letter":
    # the last such edition, never the latest edition's fact of the person
    row(
        ("first year xi sent a congratulatory letter", "and the last one on record?"),
        True,
        (2022,),
        ["letter"],
        ["via video"],
    ),
    row(
        ("when was the first time the expo had more than 400 exhibitors?", "and the last?"),
        True,
        (2025,),
        ["670"],
    ),
]

AGGREGATES += [
    # round 23 (red team 45): a month filter with a kind of fact beside it ("not in November
    # and not online"): the month's editions with (or without) that kind on record
    row("editions not in November and not online", True, (2015, 2017, 2019), [], ["2021"]),
    row(
        "which editions were not in november and were held online?",
        True,
        (2021,),
        [],
        ["2015", "2017"],
    ),
]

CLAIMS += [
    # round 23 (red team 45): two comparisons of one edition against another ("more
    # countries but the same number of guests as 2023"): each judged, no where one fails,
    # no verdict where one is left open
    row(
        "did 2024 have more countries but the same number of guests as 2023?",
        True,
        (2024,),
        ["more countries"],
        ["No —", "Yes —"],
    ),
    row(
        "did 2019 have more guests but fewer sub-forums than 2018?",
        True,
        (2019,),
        ["No —", "more sub-forums"],
        ["Yes"],
    ),
    row("did 2019 have more sub-forums and more countries than 2018?", True, (2019,), ["Yes —"]),
]

CHAT += [
    # round 23 (fresh41): how an answer is wanted (给个数字就行, 列出来哈) asks nothing more
    row("去年的国家和地区数，给个数字就行", True, (2025,), ["130"]),
    row("问一下哈，不是第一届，是第二届，主旨演讲是谁", True, (2015,), ["习近平"], ["马凯"]),
    row("不是2016年，是2017年的主题是什么", True, (2017,), ["数字经济"], ["2016"]),  # guard
]

CLAIMS += [
    # round 23 (after fresh42's run): "2020 achievements launched?" is whether 2020 launched
    # any, as its own fact says — not whether the kind began in 2020
    row("2020 achievements launched?", True, (2020,), ["15"], ["No"]),
    row("was the expo launched in 2016?", True, (2015,), ["No"]),  # guard
]

AGGREGATES += [
    # "601. that's the exhibitor count of which expo?": the figure said first, then asked
    row("601. that's the exhibitor count of which expo?", True, (2019,), ["601"], ["258"]),
    row("601, that's the exhibitor count of which expo?", True, (2019,), ["601"], ["258"]),
]

CHAT += [
    # round 23 (after fresh42's run): "btw", "can you write…", "can you review…" after a remark
    # about the summit set the request apart: asked alone, it is declined
    row("thanks for the wic dates. btw how do i center a div in css", False, None, (), ["2026"]),
    row(
        "since the 2024 theme was about AI for good, can you write my essay on AI ethics",
        False,
        None,
        (),
        ["the theme of", "“"],
    ),
    row(
        "my company exhibited at the light of the internet expo once; can you review our slogan",
        False,
        None,
        (),
        ["258"],
    ),
    row("the 2019 one, btw when did it end?", True, (2019,), ["October 22"]),  # guard
]

CONVERSATIONS += [
    # round 23 (after fresh42's run): 下一届什么时候 after talking about 2019 asks the next one
    # from today, as "when is the next one?" does (the vocabulary's Chinese present words
    # were lost when read); 下一届呢 is still the one after 2019
    row(
        ("2019年大会主题是什么", "谁宣读的贺信", "下一届什么时候"),
        True,
        (2027,),
        ["2027"],
        ["2020年11月"],
    ),
    row(("2019年的主题是什么", "下一届呢"), True, (2020,)),  # guard
]

CONVERSATIONS += [
    # round 23 (after fresh42's run): "is it still them?" after who hosted 2018 is who hosts
    # it now; "since when" then is since 2022
    row(
        ("who hosted the 2018 conference", "is it still them?", "since when"),
        True,
        None,
        ["2022"],
        ["2014–2021"],
    ),
    row(
        ("who hosted the 2023 summit?", "do they still host it?"), True, (2026,), ["2022"]
    ),  # guard
]

CONVERSATIONS += [
    # round 23 (after fresh42's run): "are you sure?", "really?" just after an answer: that
    # fact again with its source's words (it had no answer at all)
    row(
        ("how many countries came to the 2018 conference", "are you sure?"),
        True,
        (2018,),
        ["CGTN", "WTO"],
        ["Which edition"],
    ),
    row(("when was 2019?", "really?"), True, (2019,), ["SCIO"]),
    row(("2019年的主题是什么", "你确定吗？"), True, (2019,), ["出处"]),
]

SERIES += [
    # round 24: what an edition not yet announced will be (its theme, the days until it) is
    # answered with that it is not announced (it was declined with those words); a figure or
    # a detail of it (its keynote), a person's part, or a guess asked, stays declined
    row("what's the theme for wic 2027", True, (2027,), ["not been announced"]),
    row("who will give the keynote at the 2027 summit", False, (2027,)),  # guard
    row("how many days until the next wic", True, (2027,), ["not been announced"]),
    row("下一届乌镇峰会的主题是什么", True, (2027,), ["尚未公布"]),
    row("predict the theme of wic 2027", False, (2027,)),
    row("guess how many sub-forums 2027 will have", False, (2027,)),
    row("Will Xi Jinping speak at next year's summit?", False, (2027,)),
    row("mingnian wuzhen fenghui jihao kai", True, (2027,), ["2027"]),
]

CHAT += [
    # round 24 (red team 47): a mark before the series' name words and an event noun names
    # another event ("the Global Internet Summit", 全球互联网大会): declined, never read as the
    # series (the summit of that year was answered); the series' own words stay ours
    row("When was the China Internet Summit 2016?", False, None, ["not other events"]),
    row("When was the 2018 Global Internet Conference?", False),
    row("Asia Internet Summit 2019 dates?", False),
    row("Who hosted the 2021 International Internet Forum?", False),
    row("2019年全球互联网大会在哪里开？", False),
    row("2016年亚洲互联网峰会", False),
    row("When was the 2019 World Internet of Things Expo?", False),
    row("When was the 2016 Wuzhen internet summit?", True, (2016,)),  # guard
    row("2016年乌镇互联网峰会", True, (2016,)),  # guard
]

AGGREGATES += [
    # round 24 (red team 47): a difference or ratio from a "more than" figure is bounded the
    # way the figure is — more than 130 against 126 is a difference of more than 4, and 126
    # against more than 20 less than 6.3 times (both were "about")
    row(
        "Did the 2025 summit have more countries than 2023?",
        True,
        (2025, 2023),
        ["more than 4"],
        ["about 4"],
    ),
    row(
        "What's the ratio of countries in 2023 to 2020?",
        True,
        (2023, 2020),
        ["less than 106", "less than 6.3 times"],
        ["roughly 6.3"],
    ),
    row("2018年比2017年国家少吗？", True, (2018, 2017), ["相差超过4"], ["相差约4"]),
    row("How many more sub-forums in 2017 than in 2016?", True, None, ["4 more"]),  # guard
]

DETAILS += [
    # round 24 (red team 47): "was there X at the first WIC?" — X not on record for it, and
    # the facts mark X's first at a later edition: no, with that first (it said yes, with
    # the numbering: "first" was read as a claim that 2014 was the first)
    row("Was there a blue book at the first WIC?", True, (2014,), ["No", "2017"], ["Yes"]),
    row(
        "Was there a Leading Technology Award at the first WIC?",
        True,
        (2014,),
        ["No", "2023"],
        ["Yes"],
    ),
    row("第一届有蓝皮书吗", True, (2014,), ["没有", "2017"], ["是的"]),
    row("were achievements released at the 2015 wic?", True, (2015,), ["No", "2016"]),
    row("did 2018 have a blue book?", False),  # guard (after the first: not on record)
    row("were there awards at the 2021 summit", False),  # guard (awards of any kind)
    row("Was there an expo at the first WIC?", True, None, ["2014"], ["No —"]),  # guard
]

CLAIMS += [
    # round 24 (red team 47): an ordinal claimed of an edition's fact of a kind ("the second
    # annual meeting") — no where the fact says it was the first, yes where the first is
    # claimed, no verdict where the edition has no such fact (it said yes to the second and
    # third for 2022, and no to the third for 2024)
    row(
        "2022 was the second annual meeting of the organisation?",
        True,
        (2022,),
        ["No", "first annual meeting"],
        ["Yes"],
    ),
    row("2022年峰会是国际组织成立后的第三次年会吧？", True, (2022,), ["不是", "首届年会"]),
    row("Was the 2024 summit the third annual meeting of the organisation?", False, (2024,)),
    row("was 2022 the first annual meeting of the organisation?", True, (2022,), ["Yes"]),
]

DETAILS += [
    # round 24 (red team 47): "which editions had no congratulatory letter?" — the editions
    # with no fact of the kind saying what the words name (every keynote fact counted as a
    # letter, and "no message from Xi" listed the years of his letters as without one)
    row(
        "Which editions had no congratulatory letter?",
        True,
        (2015, 2016, 2023),
        ["2015", "2024"],
        ["It is on record for 2014, 2015"],
    ),
    # (the words the kind is named by select every fact of it: "no expo" lists no edition
    # with an expo fact, whatever its words — red team 48)
    row(
        "Which editions had no expo?",
        True,
        (2014, 2024),
        ["2014"],
        ["4th World Internet Conference (2017)", "2021 World"],
    ),  # guard
    row("哪几届没有博览会？", True, (2014, 2024), ["2014"], ["第六届"]),  # guard
    row("Which editions had no message from Xi?", False),
    row("which editions released no achievements?", True, (2014, 2015), ["2014"]),  # guard
]

SERIES += [
    # round 24 (red team 47): the founding or seat of a host that is not the organisation
    # ("where is the CAC headquartered?", 网信办是哪年成立的) is not on record — it was answered
    # with the organisation's own founding and seat
    row("Where is the CAC headquartered?", False, None, [], ["2022"]),
    row("网信办是哪年成立的？", False, None, [], ["2022"]),
    row("网信办总部在哪？", False, None, [], ["北京"]),
    row("where is the organisation headquartered", True, None, ["Beijing"]),  # guard
    row("国际组织总部在哪", True, None, ["北京"]),  # guard
]

AGGREGATES += [
    # round 24 (red team 47): a figure asked beside a weekday ("opened on a Wednesday and
    # had 20 sub-forums") is both — it listed every edition with the figure
    row(
        "Editions that opened on a Wednesday and had 20 sub-forums?",
        True,
        (2023,),
        ["2023"],
        ["2017", "2019", "2021"],
    ),
    row("which edition in october had 20 sub-forums", True, (2019,), ["2019"]),  # guard
]

CLAIMS += [
    # round 24 (red team 47): "did Wang Huning attend the 2017 WIC in person?" — the fact
    # says he delivered the keynote, not how: its words, no verdict (it said yes); a fact
    # saying "attended in person" still says yes, and "attend?" alone is yes
    row(
        "Did Wang Huning attend the 2017 WIC in person?",
        True,
        (2017,),
        ["Wang Huning delivered the keynote"],
        ["Yes —", "No —"],
    ),
    row("Did Liu Yunshan attend the 2016 WIC in person?", True, (2016,), ["Yes"]),  # guard
    row("Did Wang Huning attend the 2017 WIC?", True, (2017,), ["Yes"]),  # guard
]

META += [
    # round 24 (red team 47): "who reported the number of sub-forums in 2022?" — a word that
    # only asks a source ("reported", "link", "source") asks that fact's source, even where
    # the kind of fact reads more strongly (it listed the edition's pages); where the fact
    # has no source, the fact itself (its name "in a citation")
    row(
        "Who reported the number of sub-forums in 2022?",
        True,
        (2022,),
        ["People's Daily"],
        ["wicinternet"],
    ),
    row("link for the 2023 sub-forum count pls", True, (2023,), ["Source for the sub-forums"]),
    row("which expos had more than 500 exhibitors by the reported figures", True, None, ["2019"]),
    row(("when did the 2026 summit open", "does that source give the theme too"), False),  # guard
]

CONVERSATIONS += [
    # round 24 (fresh43): "min?" just after a total or average over a span of years ranks
    # those years (it ranked every edition: 2020)
    row(
        ("total countries and regions 2022-2025", "average?", "max?", "min?"),
        True,
        (2022,),
        ["2022", "120"],
        ["2020"],
    ),
    row(("total countries and regions 2014-2016", "the fewest?"), True, None, ["2014"]),
]

DETAILS += [
    # round 24 (fresh43): "when did the wic first have an expo?" — "first" after the
    # series' name and before a verb is the expo's first, not the 1st edition (2014)
    row("when did the wic first have an expo", True, (2015,), ["2015"], ["2014, in"]),
    row("when did the summit first have an expo", True, (2015,), ["2015"]),
    row("when was the wic first held", True, (2014,), ["2014"]),  # guard
]

CHAT += [
    # round 24 (fresh43): how an answer is wanted ("comma separated, nothing else:", "digits
    # only", "as json", 只回答数字) is set aside and the question answered (they were declined
    # or misread); "the years the wic opened on a Sunday" is a list; "sum up" is an overview
    row(
        "comma separated, nothing else: the years the wic opened on a sunday",
        True,
        (2017, 2019, 2021),
        ["2017", "2019", "2021"],
        ["2026 World"],
    ),
    row("yes or no only: was the 2021 summit in september", True, (2021,), ["Yes"]),
    row("只回答数字：2025年有多少个分论坛", True, (2025,), ["24"]),
    row('reply in json: {"year": 2025, "sub_forums": ?}', True, (2025,), ["24"]),
    row("sum up the 2019 conference in one sentence", True, (2019,), ["2019"]),  # guard
    row("the years the wic opened on a sunday", True, (2017, 2019, 2021), ["2021"]),
    row("what is json", False),  # guard
]

AGGREGATES += [
    # round 24 (red team 48): two figures the reports leave unordered — 126 against "over
    # 120" differ by less than 6, either way; else only the reported numbers' difference is
    # said to be that (both were "a difference of about 6")
    row(
        "How many more countries attended 2023 than 2022?",
        True,
        (2023, 2022),
        ["less than 6"],
        ["about 6"],
    ),
    row("How many more countries in 2019 than 2017?", True, None, ["reported numbers differ by 3"]),
]

DETAILS += [
    # round 24 (red team 48): "were technological achievements released in 2015?" — the
    # kind's own words said are no value that stops it (it said yes with the topics); "a
    # leading technology award in 2016?" — the part named, first given in 2023: no
    row(
        "Were technological achievements released at the 2015 conference?",
        True,
        (2015,),
        ["No", "2016"],
        ["Yes"],
    ),
    row("was there a leading technology award in 2016?", True, (2016,), ["No", "2023"]),
    row("2016年有领先科技奖吗", True, (2016,), ["没有", "2023"]),
    row("2021年有奖吗", False),  # any award: unknown (it was answered with the achievements)
    row("Was there a leading technology award in 2023?", True, (2023,), ["Yes"]),  # guard
]

CLAIMS += [
    # round 24 (red team 48): "who is Liu Yunshan and when did he speak?" — who he is, no
    # fact says; the second question is of him (it was read as of the latest edition)
    row(
        "Who is Liu Yunshan and when did he speak at the WIC?",
        True,
        (2016,),
        ["2016"],
        ["2026"],
    ),
    row("who's huang kunming and which years did he take part", True, (2018, 2019), ["2019"]),
]

TIME += [
    # round 24 (red team 48): "did any edition open on a Friday?" — none started on one,
    # but 2025's opening ceremony, the day after it started, was on a Friday: said beside
    # it, and no flat "no" (it said "No — no edition opened on a Friday")
    row("Did any edition open on a Friday?", True, None, ["2025", "November 7"], ["No —"]),
    row("哪届是星期五开幕的", True, None, ["2025年11月7日"]),
    row("did any edition open on a saturday", True, None, ["No"]),  # guard
]

CHAT += [
    # round 24 (red team 48): our name's words before an event noun none of our names uses
    # ("the World Internet Congress", "world internet festival") name another event (they
    # were answered as that year's edition); "world internet conferences" is still ours
    row("When was the 2019 World Internet Congress?", False, None, ["not other events"]),
    row("when was the 2nd world internet congress", False),
    row("how many world internet conferences have there been so far", True, None, ["13"]),
]

CONVERSATIONS += [
    # round 24: "when did it start?" just after what the series is: "it" is the series (it
    # was the latest edition); chat words ("whether", "my kid", "ceremonies") are known
    row(("what is the wic", "when did it start"), True, (2014,), ["2014"], ["2026"]),
    row("i wonder whether anyone here knows who hosted the 2016 conference", True, (2016,)),
    row(
        "how many whole weeks between the 2024 and 2025 opening ceremonies",
        True,
        None,
        ["50 weeks and 2 days", "352"],
        ["353"],
    ),
]

SERIES += [
    # round 24: a question about the next edition with words we do not know ("what should I
    # pack for the weather next year?") is no question its status answers: declined
    row("my boss is going to wic next year, what should she pack for the weather", False),  # guard
]

CHAT += [
    # round 24 (fresh43 and fresh44, after their runs): the asker's day said first ("today's
    # a monday -", "it's december now;") and then the question: the question (it was read
    # as of the latest edition)
    row(
        "today's a monday - has a wic ever opened on a monday?",
        True,
        (2020,),
        ["2020"],
        ["2026 World"],
    ),
    row("it's december now; was any wic ever held in december?", True, (2015, 2017), ["2017"]),
]

TIME += [
    # round 24 (fresh44, after its run): "started on the 6th" beside a year named is a day
    # of its month, not the 6th edition (2019 was answered)
    row(
        "the 2025 summit started on the 6th but the opening ceremony wasn't that day, right? "
        "when was it",
        True,
        (2025,),
        ["November 7"],
        ["2019"],
    ),
    row("wic 2023 opened on the 9th?", True, (2023,), ["November 8"]),
    row("what happened on the 4th wic", True, (2017,)),  # guard
]

CONVERSATIONS += [
    # round 24 (fresh44, after its run): "did he do the same in 2025?" after how Xi took part
    # in 2024 — no fact of him in 2025: unknown, never 2025's keynote by someone else
    row(
        ("how did xi take part in the 2024 summit", "did he do the same in 2025"),
        False,
        None,
        [],
        ["Li Shulei"],
    ),
    row(("how did xi take part in the 2024 summit", "and in 2019?"), True, (2019,), ["letter"]),
]

UNKNOWN += [
    # round 24 (fresh44, after its run): "what time exactly did the 2025 opening ceremony
    # start" asks a time of day, which no fact gives (the dates were answered)
    row("what time exactly did the 2025 opening ceremony start", False),
    row("what time did the 2025 opening ceremony start", False),  # guard
]

CLAIMS += [
    # round 25 (red team 47's leftover): 2015年乌镇被定为永久会址吧 said 是的 with 2015's place —
    # being made the venue happened once, at the 2014 edition's closing (a Chinese stretch of
    # another sentence is checked as the English words are)
    row("2015年乌镇被定为永久会址吧", True, (2015, 2014), ["不是", "2014"], ["是的"]),
    row("2014年乌镇被定为永久会址吗", True, (2014,), ["是的", "授予"]),
    row("乌镇是在2016年成为永久会址的吗", True, (2016, 2014), ["不是"], ["是的"]),
    row("2016年在永久会址举办吗", True, (2016,), ["是的"]),  # guard
]

CLAIMS += [
    # round 25 (red team 48's leftover): "was 2015 the first time Xi attended in person?" said
    # No with 2020's format (the first held online and offline) — his part is not the kind's
    # first; no fact says when he first attended, so it is not answered
    row("was 2015 the first time Xi attended in person?", False, None, [], ["2020"]),
    row("was 2020 the first hybrid edition?", True, (2020,), ["Yes"]),  # guard
]

CONVERSATIONS += [
    # round 25 (red team 48's leftover): "was there a leading technology award in 2023?" →
    # "and 2016?" said Yes with 2016's achievements — the part named (the award) is carried
    # by the conversation, over a turn the part was unknown for and one it was answered for
    row(
        ("was there a leading technology award in 2023?", "and 2016?"),
        False,
        None,
        ["award"],
        ["Yes"],
    ),
    row(("2023年有领先科技奖吗", "2016年呢"), False, None, [], ["是的"]),
    row(
        ("was there a leading technology award in 2023?", "what about 2024?", "and 2016?"),
        False,
        None,
        [],
        ["Yes"],
    ),
    row(
        ("was there a leading technology award in 2023?", "what about 2025?", "and 2016?"),
        False,
        None,
        [],
        ["Yes"],
    ),
    row(("were achievements released in 2023?", "and 2016?"), True, (2016,), ["Yes"]),  # guard
    row(
        ("was there a leading technology award in 2023?", "how many guests came?", "and 2016?"),
        True,
        (2016,),
        ["1600"],
    ),  # guard
]

AGGREGATES += [
    # round 25 (red team 49): "or" between two conditions in any form selects the editions
    # either selects — it was read as "and" ("None of the 3 editions had 4 days"), or one
    # side was dropped ("Editions that opened on a Sunday: 2017"); counted where asked
    row(
        "How many editions opened on a Sunday or lasted 4 days?",
        True,
        (2017, 2019, 2021, 2024, 2025),
        ["5 editions"],
        ["None"],
    ),
    row(
        "Editions in December or with more than 20 sub-forums",
        True,
        (2015, 2017, 2024, 2025),
        ["either"],
        ["None"],
    ),
    row(
        "How many editions opened on a Sunday or a Monday?",
        True,
        (2017, 2019, 2020, 2021),
        ["4 editions"],
    ),
    row(
        "How many editions were in December or had 24 sub-forums?",
        True,
        (2015, 2017, 2024, 2025),
        ["4 editions"],
    ),
    row(
        "Editions held in December or opened on a Sunday",
        True,
        (2015, 2017, 2019, 2021),
        ["either"],
    ),
    row(
        "Editions with fewer than 15 sub-forums or more than 130 countries",
        True,
        (2014, 2015, 2020, 2024, 2025),
        ["either"],
        ["more than 15 sub"],
    ),
    row("which editions had 19 or 24 sub-forums", True, (2018, 2022, 2024, 2025)),  # guard
    row("which editions were in october or december", True, (2015, 2017, 2019)),  # guard
]

CLAIMS += [
    # round 25 (fresh45, after its run): a host claimed of one edition in a statement ("the
    # international organisation hosted the 2018 one, i think?") listed the editions it
    # hosted; "has it always been hosted by the CAC?" listed those the CAC hosted, no verdict
    row(
        "the international organisation hosted the 2018 one, i think?",
        True,
        (2018,),
        ["No —", "Cyberspace"],
    ),
    row("the organisation hosted the 2023 edition?", True, (2023,), ["Yes —"]),
    row(
        "has the wic always been hosted by the cyberspace administration",
        True,
        None,
        ["No —", "2022"],
    ),
    row("was the wic always hosted by the CAC?", True, None, ["No —"]),
    row("editions the organisation hosted after 2022", True, (2023, 2024, 2025, 2026)),  # guard
]

AGGREGATES += [
    # round 25 (fresh45, after its run): the first edition of a length, said as an adjective
    # ("the first four-day wic") or with "first" as an adverb ("when did they first stretch
    # a wic to four days") — the 1st edition (2014) was given, or a decline
    row("when did they first stretch a wic to four days", True, (2024,), ["2024"], ["2014"]),
    row("when was the first four-day wic", True, (2024,), ["2024"]),
    row("when did a wic first last four days", True, (2024,), ["2024"]),
    row("was the first wic four days long?", True, (2014,), ["No —"]),  # guard
    # "the 3rd of their month": a day of any month, as "of the month" is
    row("which two editions both opened on the 3rd of their month", True, (2017, 2026)),
]

CONVERSATIONS += [
    # round 25 (fresh45, after its run): "was that a record?" after 2023's countries (and a
    # "source?" between) asked of the guests — a bare superlative follow-up keeps the figure
    row(
        (
            "how many countries were at the 2023 summit again",
            "source?",
            "was that a record at the time",
        ),
        True,
        None,
        ["126 countries"],
        ["No —"],
    ),
    row(
        ("how many countries were at the 2023 summit", "source?", "is it still the record"),
        True,
        (2024, 2025),
        ["130"],
        ["participants"],
    ),
    # "did he give it at other editions too" after who gave 2022's keynote said Yes with 2022
    row(
        (
            "who delivered the main speech at the 2022 wuzhen summit",
            "did he give it at other editions too",
        ),
        True,
        (2023, 2025),
        ["Leaving out 2022"],
    ),
    row(("how many guests came in 2022", "was that a record"), True, (2022,)),  # guard
]

CHAT += [
    # round 25 (red team 49): a superlative set in a wider world than the series, nothing of
    # ours named, was answered with the editions ("the longest river in China?" → "2024 and
    # 2025 share the most: 4 days"); a preface "before the WIC stuff:" answered the summary
    row("What's the longest river in China?", False, None, [], ["4 days"]),
    row("中国最长的河是哪条", False, None, [], ["4天"]),
    row("What's the shortest month of the year?", False, None, [], ["2 days"]),
    row("What's the largest company in China?", False, None, [], ["670"]),
    row("What's the biggest expo in the world?", False, None, [], ["670"]),
    row("Before the WIC stuff: how do I make a Discord role?", False, None, [], ["2025"]),
    row("which wic had the most countries in the world", True, (2024, 2025)),  # guard
    row("what's the biggest expo?", True, (2025,), ["670"]),  # guard
]

CLAIMS += [
    # round 25 (red team 49): "did the WIC skip 2019?" said Yes with 2019's dates — an
    # edition said not held (skip_words), of a year one was held, is no
    row("Did the WIC skip 2019?", True, (2019,), ["No —", "October"], ["Yes —"]),
    row("was the wic cancelled in 2020?", True, (2020,), ["No —"]),
    row("2020年停办了吗", True, (2020,), ["不是"]),
    row("did the ordinals skip 2020", True, (2020,), ["Yes —"]),  # guard
]

AGGREGATES += [
    # round 25 (red team 49): 非11月举办的有哪几届 listed the November editions — 非 before a
    # month is "not in" it, as 不在 is
    row("非11月举办的有哪几届", True, (2015, 2017, 2019, 2021), ["不在11月"]),
    row(
        "非12月举办的有几届",
        True,
        (2014, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026),
    ),
    row("不在11月举办的有哪几届", True, (2015, 2017, 2019, 2021)),  # guard
]

AGGREGATES += [
    # round 25 (red team 49): 第二到第四届一共有多少个分论坛 gave the 4th edition's figure alone
    # (大会举办20场分论坛) — the first end of a range of ordinals said without its 届
    row("第二到第四届一共有多少个分论坛", True, (2015, 2016, 2017), ["46"]),
    row("第三到第五届嘉宾总数", True, (2016, 2017, 2018)),
    row("第二至第四届的主题", True, (2015, 2016, 2017)),
    row("第2届到第4届一共有多少个分论坛", True, (2015, 2016, 2017), ["46"]),  # guard
]

SERIES += [
    # round 25 (red team 49): Chinese steps from an edition a fact describes landed on the
    # step from today's edition (刘鹤视频出席那届的前一届 → 2025), on the editions themselves
    # (习近平发表视频讲话那届的前一届 → 2016, 2023, 2024), or the wrong way (…之后那届 → 2018)
    row("刘鹤视频出席那届的前一届是什么时候", True, (2020,), ["2020"], ["2025"]),
    row("习近平发表视频讲话那届的前一届", True, (2015, 2022, 2023), [], ["2016年"]),
    row("最后一届有官方届次的大会之后那届是什么时候", True, (2020,), ["2020"]),
    row("最后一届有官方届次的大会之后那届叫什么", True, (2020,)),
    row("举办了22个议题那届的后一届", False, None, [], ["2027"]),
    row("2024年那届的前一届", True, (2023,)),  # guard
    row("刘鹤以视频方式出席那届的前一届是什么时候", True, (2020,)),  # guard
]

CLAIMS += [
    # round 25 (red team 49): Chinese comparisons of two figures (嘉宾多、分论坛也多吗) said 是的
    # on the second alone — each figure is asked, and guests first unsettled is not known
    row("2024年比2023年嘉宾多、分论坛也多吗", True, (2024, 2023), ["不知道"], ["是的"]),
    row("2022年比2021年嘉宾多、国家也多吗", True, (2022, 2021), ["不知道"], ["是的"]),
    row("did 2022 have more guests and more countries than 2021?", True, (2022, 2021)),  # guard
]

UNKNOWN += [
    # round 25 (fresh45, after its run): "what share of the 2023 sub-forums were about ai"
    # gave the count as if it answered — the facts list no topics: unknown, with the count
    row("what share of the 2023 sub-forums were about ai", False, (2023,), ["topics"]),
    row("what percentage of the 2023 sub-forums were about ai", False, (2023,)),
    row("was there a sub-forum on ai in 2023?", False, (2023,)),  # guard
]

UNKNOWN += [
    # round 25 (fresh45, after its run): "which edition's dates were announced the longest
    # before the start" gave the longest editions (4 days) — when each was announced is no fact
    row(
        "which edition's dates were announced the longest before the start, of those you have",
        False,
        None,
        [],
        ["4 days"],
    ),
    row("which edition was the longest", True, (2024, 2025)),  # guard
]

AGGREGATES += [
    # round 25 (fresh46, after its run): "which editions had no weekend day at all", 哪几届的会期
    # 里一天周末都没有 listed the editions that ran over a weekend — "no" (没) said of the
    # weekend selects those on weekdays only
    row(
        "which editions had no weekend day at all",
        True,
        (2014, 2015, 2016, 2018, 2020, 2022, 2023, 2024),
        [],
        ["over a weekend"],
    ),
    row("哪几届的会期里一天周末都没有", True, (2014, 2015, 2016, 2018, 2020, 2022, 2023, 2024)),
    row(
        "did any edition have no weekend day",
        True,
        (2014, 2015, 2016, 2018, 2020, 2022, 2023, 2024),
    ),
    row("which editions ran over a weekend", True, (2017, 2019, 2021, 2025)),  # guard
]

CLAIMS += [
    # round 25 (fresh46, after its run): "my friend swears the first wic was hosted by the
    # international organisation. is he right?" gave 2022's host (the first it hosted) — "the
    # first wic was hosted by" claims of the 1st edition (not answered yet: no 2022 given);
    # "ok forget 2019 - when is the next one?" gave 2020 (the asides' colon markers: forget,
    # nvm); "does the wic organisation sit in wuzhen?" gave the series' venue
    row(
        "my friend swears the first wic was hosted by the international organisation. is he right?",
        True,
        (2014,),
        ["No —", "Cyberspace"],
        ["2022 World"],
    ),
    # round 26: the host's own kind asked ("hosted by the international organisation") is
    # the host named, not a figure of it — the claim of the 1st is checked, not declined
    row(
        "my friend swears the first wic was hosted by the international organisation",
        True,
        (2014,),
        ["No —", "Cyberspace"],
        ["2022 World"],
    ),
    row("ok forget 2019 - when is the next one?", True, (2027,), ["announced"], ["2020"]),
    row("does the wic organisation sit in wuzhen?", True, None, ["Beijing"]),
    row("what was the first edition hosted by the organisation", True, (2022,)),  # guard
]

AGGREGATES += [
    # round 25 (red team 50): a count of editions not on a weekday ("how many editions did not
    # open on a wednesday?", 非周日开幕的有几届) counted those on it; "which editions weren't in
    # november or december?" (this round's "or") listed every edition — in neither
    row(
        "how many editions did not open on a wednesday?",
        True,
        (2017, 2019, 2020, 2021, 2024, 2025, 2026),
        ["7 of"],
    ),
    row("非周日开幕的有几届", True, (2014, 2015, 2016, 2018, 2020, 2022, 2023, 2024, 2025, 2026)),
    row("which editions weren't in november or december?", True, (2019, 2021)),  # guard
    row(
        "how many editions opened on a wednesday?", True, (2014, 2015, 2016, 2018, 2022, 2023)
    ),  # guard
]

CLAIMS += [
    # round 25 (red team 50): 2022年有没有停办 said 是的 (有没有 read as the ordinals' word)
    row("2022年有没有停办？", True, (2022,), ["不是"], ["是的"]),
    row("2022年有冇停辦？", True, (2022,), [], ["是的"]),
]

AGGREGATES += [
    # round 25 (red team 50): a month and a weekday with a negation ("in November and not on
    # a Wednesday", "not in November and not on a Sunday", 不在11月也不在周日, "neither on
    # Sunday nor Wednesday") counted or listed the wrong set — which condition is negated is
    # not kept in one flag: declined, where one negated weekday alone is answered
    # (round 26: each condition asked on its own and joined, conditions.py — answered)
    row(
        "how many editions opened in November and not on a Wednesday?",
        True,
        (2020, 2024, 2025, 2026),
    ),
    row(
        "how many editions were not in november and not on a sunday?", True, (2015,), ["1 edition"]
    ),
    row("不在11月也不在周日开幕的有几届？", False),
    row(
        "how many editions opened neither on sunday nor wednesday?", True, (2020, 2024, 2025, 2026)
    ),
    row(
        "which editions in november did not open on a wednesday", True, (2020, 2024, 2025, 2026)
    ),  # guard
    row("which editions were held in neither november nor december", True, (2019, 2021)),  # guard
]

SERIES += [
    # round 25 (red team 50): 李书磊第一次作主旨演讲那届的前一届 stepped from each of his keynotes
    row("李书磊第一次作主旨演讲那届的前一届", True, (2021,)),  # guard (this round's steps)
]

CONVERSATIONS += [
    # round 25 (red team 50): "did he give it at other editions too?" after Huang Kunming's
    # 2018 keynote said Yes with 2019 (he read Xi's letter, gave no keynote); "did he speak at
    # other editions?" after Wang Huning's said Yes with 2017 itself
    row(
        ("who gave the keynote speech in 2018?", "did he give it at other editions too?"),
        False,
        None,
        [],
        ["Yes —"],
    ),
    row(
        ("who gave the keynote in 2017?", "did he speak at other editions?"),
        False,
        None,
        [],
        ["Yes —"],
    ),
]

AGGREGATES += [
    # round 25 (red team 50): selections joined in ways the query holds one way only were
    # answered with one side: 周日或周一开幕的有几届 (3, the Sundays), 有几届在11月以外或分论坛
    # 多于20 ("none of these 4"), "average guests of the editions that opened on a sunday or
    # lasted 4 days" (of 3), "on a Sunday, not counting December ones" (2015) — declined
    row("周日或周一开幕的有几届", False),
    row("有几届在11月以外或分论坛多于20？", False),
    row("嘉宾超过2000人或国家超过120个的有几届", False),
    row("average guests of the editions that opened on a sunday or lasted 4 days", False),
    row("how many editions opened on a Sunday, not counting December ones?", True, (2019, 2021)),
    row("哪几届的分论坛数是5或19个", True, (2018, 2020, 2022)),  # guard
    row(
        "11月或12月举办的有几届",
        True,
        (2014, 2015, 2016, 2017, 2018, 2020, 2022, 2023, 2024, 2025, 2026),
    ),  # guard
]

CHAT += [
    # round 25 (red team 50): "which month is the shortest?" gave the shortest edition
    row("which month is the shortest?", False, None, [], ["2 days"]),
    row("which month is the longest?", False, None, [], ["4 days"]),
    row("which edition was the shortest?", True, (2020,)),  # guard
]

SERIES += [
    # round 25 (red team 50): "the edition before the one where Xi spoke in person" (no fact
    # names one) answered the step from today's edition (2025); 第一屆開足四日係邊屆 gave the
    # 1st edition (四日: four days); "on a sunday or monday but not in september" said "No
    # edition opened on a Sunday"
    # (round 26: speaking in person is attending in person — answered, 2014)
    row(
        "what was the edition before the one where Xi spoke in person?", True, (2014,), [], ["2025"]
    ),
    row("第一屆開足四日係邊屆？", True, (2024,), [], ["2014"]),
    row(
        "how many editions opened on a sunday or monday but not in september?",
        True,
        (2017, 2019, 2020),
    ),
    row(
        "what was the edition before the one where wang huning gave the keynote?", True, (2016,)
    ),  # guard
    row("which editions opened on a sunday or monday?", True, (2017, 2019, 2020, 2021)),  # guard
]

TIME += [
    # round 25 (fresh46, after its run): "in the last N days (weeks, months, years)", 过去1000天里:
    # the editions that opened since that day — 2026 alone was given, or "no edition had
    # 1,000 days"
    row("which editions opened in the last 1000 days", True, (2024, 2025, 2026), ["since"]),
    row("过去1000天里开过哪几届", True, (2024, 2025, 2026)),
    row("which editions opened in the last 10 weeks", True, (2026,)),  # guard
]

CONVERSATIONS += [
    # round 25 (fresh46, after its run): "which of those tuesday ones ended on a friday" said
    # "No edition closed on a Tuesday" — two weekdays, one kept by the query: declined
    row(
        (
            "which editions opened on a sunday",
            "and on a tuesday?",
            "which of those tuesday ones ended on a friday",
        ),
        False,
        None,
        [],
        ["closed on a Tuesday"],
    ),
]

CHAT += [
    # round 25 (fresh46): "ok last wic question later, first: how do i center a div" answered
    row(
        "ok last wic question later, first: how do i center a div in css lol",
        False,
        None,
        [],
        ["2014"],
    ),
]

SERIES += [
    # round 25 (fresh46, after its run): "a premier, not a vice-premier" listed the vice-premiers;
    # the organisation's "5th birthday" gave the 5th edition (2018)
    row(
        "which edition had a premier, not a vice-premier, give the keynote",
        True,
        (2026,),
        ["Qiang"],
        ["Ma Kai"],
    ),
    row(
        "planning a party lol: the wic organisation's 5th birthday - what date, and what day?",
        True,
        None,
        ["2027", "Monday"],
        ["2018"],
    ),
    row("which editions had a vice premier give the keynote", True, (2014, 2021)),  # guard
]

AGGREGATES += [
    # round 25 (red team 50): "editions that weren't in November or that had over 1800 guests"
    # dropped the first half — a negated half with a second of its own verb is either
    row(
        "editions that weren't in November or that had over 1800 guests",
        True,
        (2015, 2017, 2019, 2021, 2022),
        ["either"],
    ),
]

CONVERSATIONS += [
    # round 25 (red team 50): 这是当时最多的吗 after 2017's sub-forums said 不是 by today's record
    row(("2017年有多少个分论坛", "这是当时最多的吗"), True, None, ["是的", "截至2017"], ["不是"]),
    row(
        ("how many sub-forums in 2017", "was that the most at the time?"), True, None, ["Yes"]
    ),  # guard
]

CONVERSATIONS += [
    # round 25 (fresh46, after its run): 那下降最多的呢 after the biggest rise gave the largest
    # expo — the same change the other way
    row(("哪一届博览会比上一届增长最多", "那下降最多的呢"), True, (2020,), ["471"]),
    row(("哪一届分论坛比上一届减少最多", "那增加最多的呢"), True, (2021,)),
]

AGGREGATES += [
    # round 25 (red team 50's leftover): "between 15 and 19 sub-forums, or fewer than 10"
    # dropped the second side (the thing counted is shared); a half that selects none named
    # the fewest on record beside it (2020), which the union took as selected
    row(
        "which editions had between 15 and 19 sub-forums, or fewer than 10?",
        True,
        (2016, 2018, 2020, 2022),
    ),
    row(
        "which editions had more than 2000 guests or fewer than 100",
        True,
        (2015, 2021, 2022),
        ["either"],
        ["Development Forum (Nov"],
    ),
]

SERIES += [
    # round 26 (fresh46): 世界互联网大会每年都在乌镇举办吗 said 是的 with the venue alone — asked
    # of every edition, since when (the series' start) is said too
    row("世界互联网大会每年都在乌镇举办吗", True, None, ["是的", "2014"]),
    row("was every edition in wuzhen?", True, None, ["Yes —", "2014"]),
    row("is it held in wuzhen?", True, None, ["Yes —"], ["2014"]),  # guard
]


AGGREGATES += [
    # round 26 (red team 50): a selection's conditions joined any way — "or", "and", "but
    # not", "excluding", "not counting", "neither … nor" — each condition asked on its own
    # and joined as said, in three-valued logic (a "more than" figure, or none, stays open)
    row(
        "how many editions opened neither on sunday nor wednesday?",
        True,
        (2020, 2024, 2025, 2026),
        ["4 editions"],
    ),
    row(
        "editions that were neither in november nor on a wednesday",
        True,
        (2017, 2019, 2021),
    ),
    row(
        "how many editions opened on a sunday or monday but not in september?",
        True,
        (2017, 2019, 2020),
        ["3 editions"],
    ),
    row(
        "how many editions opened in November and not on a Wednesday?",
        True,
        (2020, 2024, 2025, 2026),
        ["4 editions"],
    ),
    row(
        "how many editions were in november and didn't open on a Tuesday?",
        True,
        (2014, 2016, 2018, 2020, 2022, 2023, 2025),
        ["7 editions"],
    ),
    row(
        "how many editions were held in december or october, excluding those with 20 sub-forums?",
        True,
        (2015,),
        ["1 edition meets"],
    ),
    row(
        "which wics had fewer than 1600 guests or fewer than 90 countries?",
        True,
        (2018, 2019, 2020),
        ["open for 2014 2017 and 2026"],
    ),
    row(
        "how many editions opened on a Sunday, not counting December ones?",
        True,
        (2019, 2021),
        ["2 editions"],
    ),
    # a weekday "held" on (not opened on): the days in session, as read and said; an edition
    # whose end is not on record is left open
    row(
        "how many editions were held in november or december but not on a wednesday?",
        True,
        (2017, 2020, 2025),
        ["3 editions", "among their days", "open for 2026"],
    ),
    row("which editions weren't in november or december?", True, (2019, 2021)),  # guard
    row("how many editions had under 90 countries and regions", True, (2018, 2019, 2020)),  # guard
]


AGGREGATES += [
    # round 26 (red team 51): "the third-most attended edition" gave the 3rd edition (a place
    # in the ranking, before "most attended"); "the second-earliest opening in the year" gave
    # the 2nd edition (a place in the year's order)
    row("what was the third-most attended edition?", True, (2023, 2024), ["3rd"], ["2016"]),
    row("what was the second most attended edition?", True, (2015, 2021), ["2nd"], ["2022"]),
    row("what was the fourth-most attended edition?", True, (2016, 2025), ["4th"]),
    row("what was the most attended edition?", True, (2022,)),  # guard
    row(
        "which edition had the second-earliest opening date in the year?",
        True,
        (2019,),
        ["2nd earliest", "October 20"],
    ),
    row("Which edition had the second-latest opening date in the year?", True, (2017,)),
    row("which was the second latest edition?", True, (2025,)),  # guard
]

TIME += [
    # round 26 (red team 51): "which edition opened on the 6th?" gave the 6th edition — a
    # day of the month, where nothing else is numbered; "the last edition held in the 2010s"
    # gave the latest of all — the edge of the editions in that span
    row("which edition opened on the 6th?", True, (2025,), ["Nov"], ["2019"]),
    row("Which edition started on the 3rd?", True, (2017, 2026)),
    row("which editions closed on the 9th?", True, (2018, 2025)),
    row("Which edition closed on the 11th?", True, (2022,)),
    row("the 2024 summit started on the 20th, right?", True, (2024,)),  # guard
    row("What was the last edition held in the 2010s?", True, (2019,), [], ["2026"]),
    row("when was the first edition held in the 2020s?", True, (2020,), [], ["2014"]),
    row("what was the last edition before 2020?", True, (2019,), [], ["2026"]),
    row("what was the first edition after 2019?", True, (2020,)),
    row("2010年代最后一届是哪一届？", True, (2019,), [], ["2026"]),
    row("who spoke at the last summit before 2020?", True, (2019,), ["Huang"]),  # guard
]

DETAILS += [
    # round 26 (red team 51): "Premier Li" listed Li Shulei's keynotes beside Li Qiang's, and
    # "Premier Li Shulei" got a yes — a title asked beside a name is the one the facts give:
    # the one holder of it with that surname, or a refusal saying the facts never call
    # them so (李总理, 李书磊总理, 刘总理 alike)
    row("Premier Li spoke at which edition?", True, (2026,), ["Qiang"], ["Shulei"]),
    row("Which Premier Li spoke at the WIC?", True, (2026,), ["Qiang"], ["Shulei"]),
    row("Did Premier Li Shulei speak in 2022?", False, None, ["never"], ["Yes —"]),
    row("李书磊总理在2023年讲话了吗？", False, None, [], ["是的"]),
    row("刘总理来过吗", False, None, [], ["是的"]),
    row("did premier liu attend 2021?", False, None, [], ["Yes —"]),
    row("did premier li speak in 2026?", True, (2026,), ["Yes —", "Qiang"]),  # guard
    row("did president xi attend in 2015", True, (2015,), ["Yes —"]),  # guard
    row("刘副总理哪年来的", True, (2021,)),  # guard
]


AGGREGATES += [
    # round 26 (fresh47): "list the wics that started on a wednesday" gave the latest
    # edition's weekday — the series' short name in the plural names editions, as "editions"
    row(
        "list the wics that started on a wednesday",
        True,
        (2014, 2015, 2016, 2018, 2022, 2023),
    ),
    row("wics that opened on a sunday", True, (2017, 2019, 2021)),
]

TIME += [
    # round 26 (fresh47): "which editions opened on the same calendar day as the first one"
    # gave the earliest in the year — that edition's day, asked of all
    row(
        "which editions opened on the same calendar day as the first one",
        True,
        (2014, 2024),
        ["Nov"],
    ),
    row("did any edition close on the same date as 2018?", True, (2018, 2025)),
    row(
        "if wic27 opened on the same date as this year's, what weekday would that be",
        True,
        None,
        [],
        ["Editions held on that day"],
    ),  # guard
]

SERIES += [
    # round 26 (fresh47): "was any wic ever held outside wuzhen" said no with the venue
    # alone — every edition since the series' start was held there, said too
    row("was any wic ever held outside wuzhen", True, None, ["No —", "2014"]),
]


CHAT += [
    # round 26 (red team 51): questions of the wider world answered with our facts — a
    # ranking of countries, the month with the most days, an office holder asked by name, a
    # question set apart by "unrelated to <the series>," — declined; the weekday of a day
    # that is no edition's is that day's (never the weekdays of that year's edition)
    row("what's the 4th largest economy in the world?", False, None, [], ["2016"]),
    row("What's the second-largest country by area?", False, None, [], ["126"]),
    row("which country has the third-most people?", False, None, [], ["2015"]),
    row("which month has the most days?", False, None, [], ["November"]),
    row("what is the name of the current US president?", False, None, [], ["Li Qiang"]),
    row(
        "btw unrelated to wic, how do I install python on windows?",
        False,
        None,
        [],
        ["annual conference"],
    ),
    row("most countries ever", True, (2024, 2025)),  # guard
    row("which edition had the most countries?", True, (2024, 2025)),  # guard
    row(
        "what day of the week was 2019-11-20?",
        True,
        None,
        ["Wednesday", "No edition was in session"],
        ["Sunday"],
    ),
    row(
        "what weekday was nov 19 2014",
        True,
        (2014,),
        ["Wednesday", "in session"],
    ),
    row("what day of the week will be 2027-01-01?", True, None, ["falls on a Friday"]),
]


DETAILS += [
    # round 26 (red team 51): "which edition came before the one where Xi spoke in person?"
    # gave 2025 — "came before" is "the edition before", and speaking in person is
    # attending in person (2015, so 2014)
    row(
        "Which edition came before the one where Xi spoke in person?",
        True,
        (2014,),
        [],
        ["2025"],
    ),
    row(
        "what edition came before the one where Xi gave a speech in person?",
        True,
        (2014,),
        [],
        ["Shulei"],
    ),
    row("which edition came after the one where Xi spoke in person?", True, (2016,)),
    row("how many ppl came the year liu yunshan spoke in person", True, (2016,), ["1600"]),
]

CLAIMS += [
    # round 26 (red team 51): "since the 2017 one was in hangzhou, how many guests came?"
    # read "since" as a start year (a total from 2017) — "since" with a premise of its own
    # verb gives a reason: the question after it is asked
    row(
        "Since 2020 had no expo, how many exhibitors were at 2021?",
        True,
        (2021,),
        ["300"],
        ["2080"],
    ),
    row(
        "since the 2017 one was in hangzhou, how many guests came?",
        True,
        (2017,),
        ["1500"],
        ["14300"],
    ),
    row(
        "since the international organization was founded, which summit had the fewest attendees",
        True,
        (2025,),
    ),  # guard
    row("since wuzhen is a water town, is it safe to swim in the canals", False),
]


CHAT += [
    # round 26 (fresh47): a few words set before the question with a colon (考试复习：,
    # "asking for a friend:") kept it from being answered — where the whole is not answered,
    # what follows the colon is asked
    row("考试复习：第一届世界互联网大会是什么时候举办的", True, (2014,), ["2014"]),
    row("写论文要用：2015年来了多少个国家和地区", True, (2015,), ["120"]),
    row(
        "asking for a friend: were there ever fewer than 800 guests at a wic",
        True,
        (2020,),
    ),
    row("考考你：第六届世界互联网大会是哪年？", True, (2019,)),
]


TIME += [
    # round 26 (fresh47): a date format asked for ("in yyyy-mm-dd", "as iso 8601", "us
    # format mm/dd/yyyy", "dd.mm.yyyy") — that edition's dates, written so
    row("give me the 2023 dates in yyyy-mm-dd", True, (2023,), ["2023-11-08", "2023-11-10"]),
    row("2019 dates in us format mm/dd/yyyy", True, (2019,), ["10/20/2019", "10/22/2019"]),
    row("write the 2026 opening date as iso 8601", True, (2026,), ["2026-11-03"]),
    row("2015 dates as dd.mm.yyyy", True, (2015,), ["16.12.2015", "18.12.2015"]),
    row("when did wic 2018 close, in iso format", True, (2018,), ["2018-11-09"], ["11-07"]),
    # (and the ISO week asked: its opening's)
    row("what ISO calendar week was the first wic in", True, (2014,), ["week 47"], ["2014-11-19"]),
    row("which week number was the 2019 summit in?", True, (2019,), ["week 42"]),
]


CLAIMS += [
    # round 26 (red team 52): "was the 2025 summit in session on a Saturday?" said no (only
    # its opening and closing days were checked) — a weekday asked of an edition's days is
    # any of them; past the opening of one whose end is not on record, no verdict. "Was it
    # open on a weekend?" is in session (open after "was"), not its opening
    row("was the 2025 summit in session on a Saturday?", True, (2025,), ["Yes —"]),
    row("did the 2025 summit run on a Saturday?", True, (2025,), ["Yes —"]),
    row("was the 2019 wic held on a Monday?", True, (2019,), ["Yes —"]),
    row("was the 2017 wic in session on a Monday?", True, (2017,), ["Yes —"]),
    row("was the 2026 summit in session on a wednesday?", True, (2026,), [], ["Yes —", "No —"]),
    row("was the 2025 summit open on a weekend?", True, (2025,), ["Yes —"]),
    row("did the 2025 summit open on a weekend?", True, (2025,), ["No —"]),  # guard
    row("did 2019 end on a tuesday?", True, (2019,), ["Yes —"]),  # guard
    row("was the 2018 one open on a saturday?", True, (2018,), ["No —"]),  # guard
]

CHAT += [
    # round 26 (red team 52): "is hangzhou in zhejiang?" said no from the venue's own
    # place — a place asked of another place (not of the series, its town or an edition)
    # is no question of ours
    row("is hangzhou in zhejiang?", False, None, [], ["No —"]),
    row("is tongxiang a water town?", False, None, [], ["Yes —"]),
    row("is beijing in east china?", False, None, [], ["No —"]),
    row("上海属于长三角吗？", False, None, [], ["是的"]),
    row("is wuzhen a water town?", True, None, ["Yes —"]),  # guard
    row("is the summit in jiaxing?", True, None, ["Yes —"]),  # guard
    row("大会是在嘉兴举办的吗", True, None, ["是的"]),  # guard
    row("乌镇是在嘉兴吗", True, None, ["是的"]),  # guard
]


AGGREGATES += [
    # round 26 (red team 52): "the most attended edition except 2022?" gave 2022 — a ranking
    # with one set aside ranks the others
    row("the most attended edition except 2022?", True, (2015, 2021), [], ["2022 World"]),
    row("the most attended edition not counting 2022", True, (2015, 2021), [], ["2022 World"]),
    row("which edition had the fewest guests other than 2020?", True, (2014,)),  # guard
]

TIME += [
    # round 26 (red team 52): "the latest edition before 2024?" and "the last wic before
    # 2021, how many guests?" (at the start of the question), "the most recent edition
    # before 2019 — when…" (a dash is no Chinese): the edge of the span
    row("the latest edition before 2024?", True, (2023,), [], ["2026"]),
    row("the last wic before 2021, how many guests?", True, (2020,), ["500"], ["9600"]),
    row(
        "the most recent edition before 2019 — when was it held?",
        True,
        (2018,),
        [],
        ["2026"],
    ),
    row("the last summit before 2024, how many countries?", True, (2023,), ["126"]),
]


CHAT += [
    # round 26 (red team 52): 2026年12月25日星期几 gave the 2026 summit's opening weekday, 哪个
    # 月份天数最多 the usual month; "which edition was in session on the 8th?" the 2021 one
    row("2026年12月25日星期几？", True, None, ["星期五"], ["星期二"]),
    row("2014年11月19日是星期几", True, (2014,), ["星期三", "正在举行"]),
    row("哪个月份天数最多？", False, None, [], ["11月"]),
    row("which edition was in session on the 8th?", True, (2018, 2023, 2025)),
]


CONVERSATIONS += [
    # round 26 (fresh48): 以前呢 (and "and before that?") after who hosts it now gave the
    # latest edition's host again — the hosting period before the present one
    row(("乌镇峰会现在是谁主办", "以前呢"), True, None, ["国家互联网信息办公室", "2014"]),
    row(("who hosts it now?", "and before that?"), True, None, ["Cyberspace", "2014"]),
]


TIME += [
    # round 26 (fresh48, after its run): a day of an edition by its place ("the second day of
    # the 2015 conference", "day 3 of the 2025 summit", "the middle day of wic 2022", 2025年
    # 峰会第三天, 2014年大会中间那天) — its date and weekday (two middle days where it ran
    # an even number); not "from … to the first day of…", nor what happened that day
    row("what date was the second day of the 2015 conference", True, (2015,), ["December 17"]),
    row("what date was day 3 of the 2025 summit and which weekday", True, (2025,), ["Saturday"]),
    row("middle day of wic 2022?", True, (2022,), ["November 10"]),
    row("middle day of the 2025 summit?", True, (2025,), ["November 7", "November 8"]),
    row("2025年峰会第三天是几月几号", True, (2025,), ["11月8日"]),
    row("2014年大会中间那天是几号", True, (2014,), ["11月20日"]),
    row("what was the fifth day of the 2019 summit", True, (2019,), [], ["Day 5"]),  # guard
    row(
        "what was on the agenda for day 2 of the 2024 summit",
        False,
        None,
        [],
        ["Day 2"],
    ),  # guard
    row(
        "from the 2024 opening ceremony to the first day of wic 2025, how many days",
        True,
        (2024, 2025),
        ["351"],
    ),  # guard
]


SERIES += [
    # round 26 (fresh48, after its run): 顺便问一下 (by the way) sets apart what follows it
    row("我去年去了乌镇峰会，顺便问一下西栅景区几点关门？", False, None, [], ["2025"]),
]


CONVERSATIONS += [
    # round 26 (fresh48, after its run): "are you sure? i thought that one was 2021" after
    # 2022's theme gave 2021's — a doubt asks the answer again (a figure doubted, "i read 20",
    # stays a claim of its own)
    row(
        ("what's the theme of wic 2022", "are you sure? i thought that one was 2021"),
        True,
        (2022,),
        ["Connected"],
        ["2021 World"],
    ),
    row(
        ("how many sub-forums did 2022 have", "are you sure? i read 20 somewhere"),
        True,
        (2022,),
        ["20"],
    ),  # guard
]


DETAILS += [
    # round 26 (fresh48, after its run): 我记得2018年的主题和“信任”有关，具体是什么？ said no
    # theme holds 信任 — a quoted word beside one edition named by its year asks that theme
    row("我记得2018年的主题和“信任”有关，具体是什么？", True, (2018,), ["互信共治"]),
    row("which themes used the word 'intelligent'?", True, (2019, 2025)),  # guard
    row('first theme with "shared future" in it', True),  # guard
]


CONVERSATIONS += [
    # round 26 (fresh48, after its run): "first held when" after the expo gave the 1st
    # edition — the question word said last, "when was it first held?"
    row(("what's the expo called", "first held when"), True, (2015,), ["258"]),
]


CONVERSATIONS += [
    # round 26 (fresh48, after its run): "which of those three…" after 2016's figure, then
    # 2017's and 2018's, ranked the last two — the three talked about
    row(
        (
            "how many guests did 2016 have",
            "how about 2017 and 2018",
            "so which of those three had the most countries",
        ),
        True,
        (2016,),
        ["110"],
    ),
]


AGGREGATES += [
    # round 26 (red team 52): "not hosted by the CAC and had more than 1600 guests" listed
    # CAC years — hosting is a condition the selection joins (every edition's hosts are on
    # record); 既不在周日也不在周三开幕, 不是…也不是…, "did not open on Wed, Sun or Mon"
    # kept one condition: declined, not answered with one
    row(
        "which editions were not hosted by the CAC and had more than 1600 guests?",
        True,
        (2022, 2023, 2024, 2025),
        [],
        ["2015"],
    ),
    row("哪些届次既不在周日也不在周三开幕？", False, None, [], ["2014"]),
    row("哪幾屆不是在11月舉辦，也不是線上舉辦的？", False, None, [], ["2021"]),
    row(
        "editions in Nov, Dec or Oct that did not open on Wed, Sun or Mon",
        False,
        None,
        [],
        ["2017"],
    ),
    row("which editions were held entirely on weekdays, mon to fri", True),  # guard
]


CHAT += [
    # round 26 (red team 52): "the biggest conference in the world?" gave the 2022 summit,
    # "the 4th edition from the end" the 4th edition
    row("what's the biggest conference in the world?", False, None, [], ["2022"]),
    row("what was the biggest summit ever?", True, (2022,)),  # guard
    row("the 4th edition from the end?", True, (2023,), [], ["2017"]),
]


CHAT += [
    # round 26 (red team 52): "the largest wic by attendance and how many countries were
    # there?" ranked by countries — the ranking by its measure, then the second question of
    # the edition it names; "which month comes after october?" listed the November and
    # December editions
    row(
        "what was the largest wic by attendance and how many countries were there?",
        True,
        (2022,),
        ["2100", "120"],
        ["130"],
    ),
    row("which month comes after october?", False, None, [], ["November 19"]),
]


CONVERSATIONS += [
    # round 26 (red team 52): "when was it founded?" after the organisation gave the series'
    # start (2014) — the organisation's founding
    row(
        ("who hosted the 2022 summit?", "is that the same organization?", "when was it founded?"),
        True,
        None,
        ["July 12 2022"],
        ["2014"],
    ),
    row(("when was the 2019 one?", "when was it founded?"), True),  # guard
]


CLAIMS += [
    # round 26 (fresh48, after its run): "first expo with at least double the exhibitors of
    # the 2015 expo" said "Yes — 2015" (read as a claim that the expo started in 2015) — a
    # figure measured against another's is no such claim (declined: not yet answered)
    row(
        "first expo with at least double the exhibitors of the 2015 expo",
        False,
        None,
        [],
        ["Yes —"],
    ),
    row(
        "first expo with more than double the 2015 number of exhibitors", False, None, [], ["Yes —"]
    ),
    row("the first expo was in 2015, right?", True, (2015,), ["Yes —"]),  # guard
]


# A figure per day, however "per day" is said: "per session day", "into each day", "a day",
# 每天 / 日均; the most per day names every edition that shares it; a ranking ranks the ratio
AGGREGATES += [
    row(
        "which editions packed the most sub-forums into each day",
        True,
        [2017, 2019, 2021, 2023],
        ["6.67", "2017", "2019", "2021", "2023"],
        ["24 sub-forums"],
    ),
    row("sub-forums per session day in 2019", True, [2019], ["6.67"]),
    row("guests a day at the 2018 summit", True, [2018], ["500", "3 days"]),
    row("哪届大会每天的分论坛最多", True, [2017, 2019, 2021, 2023], ["6.67", "2023"], ["24个"]),
    row("2019年平均每天有多少嘉宾", True, [2019], ["500", "3天"]),
    row(
        "rank the editions by guests per day",
        True,
        [2022, 2020],
        ["1. 2022 (700)", "12. 2020 (250)"],
    ),
]

# The figure asked per day is that figure ("countries per day": the countries, not the guests;
# "exhibitor countries per day": the expo's), and "per day?" after one edition's figure is that
# figure per day — not the average of every edition
AGGREGATES += [
    row("countries per day at the 2024 summit?", True, [2024], ["130", "32.5"], ["450"]),
    row("how many countries per sub-forum in 2023?", True, [2023], ["126", "6.3"], ["90"]),
    row("exhibitor countries per day in 2019", True, [2019], ["38", "12.67"], ["83"]),
    row("exhibitors per day in 2019", True, [2019], ["601", "200.33"]),
    row(("2024年有多少分论坛？", "每天平均几个？"), True, [2024], ["24", "4天", "6"], ["17.5"]),
    row(("how many guests in 2019", "per day?"), True, [2019], ["1500", "500"]),
]

# A selection with years set aside however it is said ("but not 2022", "except 2024 and
# 2025", 不包括2024年), joined with a month and a figure: every condition kept
AGGREGATES += [
    row(
        "which editions in November had more than 100 countries but not 2022?",
        True,
        [2014, 2016, 2023, 2024, 2025],
        ["2014", "2016", "2023", "2024", "2025"],
        ["2022 World"],
    ),
    row(
        "which editions had at least 20 sub-forums, but not 2024?",
        True,
        [2017, 2019, 2021, 2023, 2025],
        ["2017", "2019", "2021", "2023", "2025"],
        ["fewest"],
    ),
    row(
        "which November editions had more than 15 sub-forums, except 2024 and 2025?",
        True,
        [2016, 2018, 2022, 2023],
        ["2016", "2018", "2022", "2023"],
        ["2017", "2019", "2024 World", "do not show"],
    ),
    row(
        "which editions had more than 15 sub-forums, except 2024 and 2025?",
        True,
        [2016, 2017, 2023],
        ["Leaving out 2024 and 2025", "2017: 20"],
        ["do not show"],
    ),
    row(
        "which November editions had more than 15 sub-forums, excluding 2024?",
        True,
        [2016, 2018, 2022, 2023, 2025],
        ["2016", "2025"],
        ["2017", "2019", "2021"],
    ),
    row(
        "分论坛不少于20个的届次，不包括2024年？",
        True,
        [2017, 2019, 2021, 2023, 2025],
        ["2017年", "2025年"],
        ["2024年世界"],
    ),
    row(
        "11月举办、参会国家超过100个的届次，除了2022年？",
        True,
        [2014, 2016, 2023, 2024, 2025],
        ["2014年", "2016年", "2023年"],
        ["2018年", "2020年", "2022年：超过"],
    ),
]

# Red team 53: a person's letter read by whoever read it, in any clause of the fact; a party's
# editions in the role asked (organised, 承办: not co-hosted); a country the facts never name is
# no "yes"; 不算第七届 denies the official number; real words are no typos of ours
DETAILS += [
    row(
        "at which editions was Xi's congratulatory letter read?",
        True,
        [2019, 2021, 2022],
        ["2019", "2021", "2022", "Huang Kunming"],
    ),
    row("哪几届宣读了习近平的贺信？", True, [2019, 2021, 2022], ["黄坤明", "刘鹤", "李书磊"]),
    row(
        "which editions did Zhejiang organize?",
        True,
        [2022, 2023, 2024, 2025, 2026],
        ["5 of the 13"],
        ["2014"],
    ),
    row("is Zhejiang the organizer of the summit?", True, [2022, 2026], ["2022"], ["1st World"]),
    row("浙江省是哪几届的承办方？", True, [2022, 2023, 2026], ["5届"], ["首届"]),
    row("which editions did Zhejiang host?", True, [2014, 2021], ["8 of the 13"]),  # guard
]
CLAIMS += [
    row("did any US company exhibit in 2019?", True, [2019], ["107"], ["Yes —"]),
    row("were there Russian exhibitors in 2019?", True, [2019], ["601"], ["Yes —"]),
    row("were there exhibitors in 2019?", True, [2019], ["Yes —", "601"]),  # guard
    row("2020年不算第七届，对吧？", True, [2020], ["对", "官方并没有第七届"], ["是的"]),
]
UNKNOWN += [
    row("how is the WIC funded?", False, None, (), ["since 2014"]),
    row("how many staff does the WIC have?", False, None, (), ["annual conference"]),
]

# fresh49 (read after its first run): a day of the month spelled out is a date; the same figure
# as the edition before (and how many in a row); the biggest change either way; the exhibitors'
# countries are the expo's; a request after a colon is the question; "took the stage"
TIME += [
    row(
        "the wic that started on the twenty-sixth of september - which year?",
        True,
        [2021],
        ["September 26"],
        ["6th"],
    ),
    row("which wic started on september twenty-sixth", True, [2021], ["2021"], ["6th"]),
    row("which edition opened on the third of november", True, [2026], ["November 3"], ["3rd"]),
    row("when was the fourth wic", True, [2017], ["December 3"]),  # guard
]
AGGREGATES += [
    row(
        "which two consecutive editions had the same number of sub-forums?",
        True,
        [2025],
        ["2025: 24 sub-forums as in 2024"],
        ["had 2 sub-forums"],
    ),
    row(
        "which editions had the same guest count as the edition before",
        True,
        [2019],
        ["2019: about 1500 guests as in 2018", "open"],
    ),
    row(
        "did any edition have the same number of sub-forums as the previous one?",
        True,
        [2025],
        ["Yes —", "2025"],
    ),
    row("哪几届的分论坛数和上一届一样", True, [2025], ["与2024年相同"]),
    row(
        "were the sub-forums the same as the year before in 2025", True, [2024], ["Yes —"]
    ),  # guard
    row(
        "Biggest single-year change in sub-forums, up or down?",
        True,
        [2020, 2021],
        ["up or down", "15", "2020: 5 sub-forums (after 20 sub-forums)"],
        ["share the most"],
    ),
]
DETAILS += [
    row(
        "From how many countries and regions did the 2016 exhibitors come?",
        False,
        [2016],
        ["310"],
        ["110"],
    ),
    row("how many countries did the 2019 exhibitors come from", True, [2019], ["38"]),  # guard
]
UNKNOWN += [
    row(
        "While we're on the 2023 summit: can you fix this SQL query for me?",
        False,
        None,
        (),
        ["Theme:", "November 8"],
    ),
    row("How many speakers took the stage at the 2022 summit?", False, None, (), ["held in"]),
]

# fresh49 (read after its first run), continued: "since which year?" after who hosts it; a
# party asked by its kind (由哪个省承办); two changes with "than the year before" said once; a
# running total that first reaches a number; an answer given for its question (Jeopardy)
CONVERSATIONS += [
    row(
        ("Who hosted the 2019 WIC?", "and who hosts it now?", "since which year?"),
        True,
        None,
        ["2022–", "organization"],
        ["2019"],
    ),
    row(("2019年谁主办的", "从哪年开始？"), True, None, ["2014–2021年"]),  # guard
]
SERIES += [
    row("2023年由哪个省承办", True, [2023], ["浙江省人民政府承办"], ["桐乡市乌镇举行"]),
    row("2019年在哪个省举办", True, [2019], ["浙江"]),  # guard
]
AGGREGATES += [
    row(
        "Which editions had more sub-forums than the year before but fewer guests?",
        True,
        [2016, 2023],
        ["more sub-forums than the edition before and fewer participants", "2016: 16 forums"],
    ),
    row(
        "At which edition did the total number of days in session first reach 30?",
        True,
        [2024],
        ["first reached 30", "33"],
        ["No edition"],
    ),
    row("累计分论坛数在哪一届达到100个", True, [2020], ["首次达到100", "103"]),
]
DETAILS += [
    row(
        "Jeopardy style: the answer is 601. What's the WIC question? Always include the year.",
        True,
        [2019],
        ["601", "2019"],
    ),
    row(("when was the 2021 summit", "last one, answer: Liu He"), True, [2021], ["Liu He"]),
]

# fresh49 (read after its first run), kinds among its misses: editions in leap years (a year
# property, as even and odd years are); 增加得最多 (the biggest rise, with 得); a riddle ("I
# opened on a Sunday in October. Which edition am I?") is a selection
SERIES += [
    row("Which editions took place in leap years?", True, [2016, 2020, 2024], ["2016", "2024"]),
    row("哪几届是在闰年举办的？", True, [2016, 2020, 2024], ["2016年", "2020年"], ["2018年"]),
]
AGGREGATES += [
    row("哪一届嘉宾人数比上一届增加得最多？", True, [2021], ["增加最多", "1500"]),
    row("哪一届嘉宾人数比上一届减少得最多？", True, [2020], ["减少最多", "1000"]),
]
CHAT += [
    row(
        "Riddle: I opened on a Sunday in October. Which edition am I?",
        True,
        [2019],
        ["October 20"],
    ),
    row("Riddle: I opened on a Sunday in December. Which WIC am I?", True, [2017], ["December 3"]),
]

# Red team 54: "rise in 2022 compared with 2021" claims of 2022, against 2021 (the years were
# swapped); "the same as the edition before" names the later edition; "ever the same from one
# edition to the next"; the longest run of editions a condition selects; a day of the month
# spelled out after "started on the"
CLAIMS += [
    row(
        "did the sub-forums rise in 2022 compared with 2021?",
        True,
        [2022],
        ["No —", "20 sub-forums"],
        ["Yes —"],
    ),
    row("did the 2016 number of forums go up vs 2015?", True, [2016], ["Yes —", "16 forums"]),
    row("did attendance rise from 2015 to 2016?", True, [2016], ["No —"]),  # guard
]
AGGREGATES += [
    row(
        "did the number of sub-forums ever stay the same from one edition to the next?",
        True,
        [2025],
        ["Yes —", "2025: 24 sub-forums as in 2024"],
        ["2027"],
    ),
    row("longest run of november editions", True, [2022, 2026], ["5 in a row", "2022 to 2026"]),
    row(
        "longest run of editions with 20 sub-forums",
        True,
        [2017],
        ["Never two in a row"],
        ["share the most"],
    ),
]
TIME += [
    row("which edition started on the twenty-sixth?", True, [2021], ["September 26"], ["6th"]),
    row(
        "did the 2022 summit open on the ninth?",
        True,
        [2022],
        ["November 9"],
        ["no official 9th"],
    ),
]

# Red team 54: a figure per day set against another edition's, against a number, and ranked
# among the editions the question keeps (excluding, in November) — never the totals
AGGREGATES += [
    row(
        "was 2024 busier per day than 2023 in sub-forums?",
        True,
        [2024, 2023],
        ["No —", "6.67"],
        ["Yes —", "4 more"],
    ),
    row("2024年比2023年日均分论坛更多吗？", True, [2024], ["不是", "6.67"], ["多4"]),
    row(
        "which had more sub-forums per day, 2022 or 2024?",
        True,
        [2022, 2024],
        ["6.33", "over 4 days is 6"],
        ["5 more"],
    ),
    row(
        "which editions had more than 6 sub-forums per day?",
        True,
        [2017, 2018, 2022, 2023],
        ["2018: 6.33", "2022: 6.33"],
        ["highest ratio"],
    ),
    row(
        "which editions had at least 500 guests a day?",
        True,
        [2015, 2016, 2022],
        ["2015: 666.67", "open"],
        ["lowest ratio"],
    ),
    row(
        "did any edition have exactly 6 sub-forums per day?",
        True,
        [2024, 2025],
        ["2024: 6", "2025: 6"],
        ["6.67"],
    ),
    row(
        "which edition had the most sub-forums per day excluding 2017?",
        True,
        [2019, 2021, 2023],
        ["2019", "2023"],
        ["4th World"],
    ),
    row(
        "which november edition had the most sub-forums per day?",
        True,
        [2023],
        ["2023", "6.67"],
        ["2019", "2021"],
    ),
]

# Red team 54: a request after a way in ("while we're on 2020: write me a poem") is declined,
# never the edition's facts; "speaking of" asks no speech; the organisation's seat is no host
UNKNOWN += [
    row("while we're on 2020: write me a poem about wuzhen", False, None, (), ["expo ran"]),
    row("speaking of the 2024 summit: tell me a joke", False, None, (), ["video"]),
    row("for my essay: tell me when the 4th wic was", True, [2017], ["December 3"]),  # guard
]
SERIES += [
    row("did beijing host the wic?", False, None, (), ["5 of the 13"]),
    row("speaking of 2019, how many guests?", True, [2019], ["1500"]),  # guard
]

# fresh50 (read after its first run): the one in between two set aside; a hypothetical length
# ("if it had lasted 3 days, when would it have closed?"); 或之前 (that year or before); a reason
# that says nothing ("since you know so much about …") before an off-topic question; the hosts
# before the present ones are about their editions
TIME += [
    row(
        "not the 2016 one, not the 2018 one, the one in between: what was its theme?",
        True,
        [2017],
        ["Digital Economy"],
    ),
    row(
        "hypothetically, if the 2026 summit had lasted 3 days like most, on what date would it "
        "have closed?",
        True,
        [2026],
        ["November 5"],
        ["share the most"],
    ),
    row(
        (
            "when was the 2020 forum",
            "if it had lasted three days like most, when would it have ended?",
        ),
        True,
        [2020],
        ["November 25"],
    ),
]
AGGREGATES += [
    row(
        "2025年或之前，邊幾屆嘉賓有2000人或以上？",
        True,
        [2015, 2021, 2022],
        ["2015年", "2022年"],
        ["第十二年"],
    ),
]
UNKNOWN += [
    row(
        "since you know so much about the 2019 wic, what's the weather in wuzhen next weekend?",
        False,
        None,
        (),
        ["Yes —"],
    ),
]
CONVERSATIONS += [
    row(
        ("Who hosts the summit these days?", "since when?", "and before that?"),
        True,
        [2014, 2021],
        ["2014–2021"],
    ),
]

# fresh50 (read after its first run): "what share of the editions is that?" after a filter is
# that selection as a share (it counted every edition), and "which of them had the most?" after
# it ranks the selection's figure
CONVERSATIONS += [
    row(
        (
            "Which editions up to 2025 had 20 or more sub-forums?",
            "what share of the editions on record is that, in percent?",
        ),
        True,
        [2017, 2025],
        ["6 of the 12", "50%"],
    ),
    row(
        (
            "Which editions up to 2025 had 20 or more sub-forums?",
            "what share of the editions on record is that, in percent?",
            "and which of them had the most?",
        ),
        True,
        [2024, 2025],
        ["24 sub-forums"],
        ["participants"],
    ),
]

# Red team 54: a country the facts never name, asked of no edition, is not known (never the
# expo's first edition); companies per exhibiting country in Chinese (每个参展国家的企业)
CLAIMS += [
    row("did any US company exhibit at WIC?", False, None, (), ["258"]),
]
AGGREGATES += [
    row("哪一届每个参展国家的企业最多？", True, [2017], ["30.77"], ["54个"]),
    row("每个参展国家企业最少的是哪一届", True, [2022], ["40个国家"], ["约13个"]),
    row("2019年和2025年平均每个参展国家的企业数哪个多", True, [2019, 2025], ["15.82", "12.41"]),
]

# Red team 54: years set aside in Chinese however said (除2015年外, 不算2022年, 除了…以外),
# then the selection (…的届次) of the others — never the set-aside year looked up
AGGREGATES += [
    row(
        "除2015年外，哪几届参会人数超过1500？",
        True,
        [2016, 2021],
        ["2016年"],
        ["第二届世界互联网大会："],
    ),
    row("除了2025年，为期4天的届次", True, [2024], ["2024年：4天"], ["第十二年"]),
    row("不算2022年，有19个分论坛的届次", True, [2018], ["2018年：19个"], ["第九年"]),
]
DETAILS += [
    row("除了2014年，国家网信办主办的是哪几届？", True, [2015, 2021], ["不算2014年", "7届"]),
    row("除了2022年，浙江省承办的届次", True, [2023, 2026], ["不算2022年", "4届"], ["第九年"]),
]

# Red team 54: the biggest rise or drop with a year set aside (no step into, out of or across
# it; the direction kept), and an answer about a year the question set aside is declined
AGGREGATES += [
    row(
        "which edition had the biggest increase in sub-forums excluding 2021?",
        True,
        [2016],
        ["6", "2016: 16 forums"],
        ["share the most"],
    ),
    row("除了2020年，分论坛减少最多的是哪届", True, [2015], ["减少最多", "减少3"], ["并列最多"]),
    row("biggest drop in countries other than 2020?", True, [2017], ["biggest drop"], ["increase"]),
    row("not including 2020, which was the shortest edition?", False, None, (), ["2 days"]),
    row("leaving out 2026, which is the most recent edition?", False, None, (), ["13th"]),
]

# Red team 54: with years set aside, a figure said plainly is exactly that figure ("15
# achievements apart from 2018 and 2019" read "more than 15"), "count the editions … excluding"
# counts the others, and a day of the month is never dropped (declined, not every edition)
AGGREGATES += [
    row(
        "which editions had 15 achievements apart from 2018 and 2019?",
        True,
        [2016, 2020, 2022, 2023],
        ["15 leading", "2016"],
        ["more than 15", "2017"],
    ),
    row(
        "count the editions since 2014 excluding 2020 and 2026",
        True,
        [2014, 2025],
        ["11 of the 13 editions from 2014 to 2026"],
        ["13 of the 13"],
    ),
    row("which editions other than 2023 started on the 8th?", False, None, (), ["12 of the 13"]),
]

# Red team 55: "the same as the edition before" of an edition named (that edition against the
# one before it); "did it ever stay the same" is a yes only on exact figures; years set aside in
# Chinese found whatever follows them (除了2019年，…); a country the facts never name beside a
# figure is no "no"; a closing weekday says where a closing day is not on record
CLAIMS += [
    row(
        "Did 2023 have the same number of sub-forums as the edition before?",
        True,
        [2023, 2022],
        ["No —", "19 sub-forums"],
        ["Yes —"],
    ),
    row("2025年分论坛和上一届一样多吗？", True, [2025, 2024], ["是的"], ["不是"]),
    row("I heard 300 British companies exhibited in 2025, right?", True, [2025], ["670"], ["No —"]),
]
AGGREGATES += [
    row(
        "Did the number of countries ever stay the same from one edition to the next?",
        True,
        None,
        ["open"],
        ["Yes —"],
    ),
    row("除了2019年，哪届最早开幕（按月份）？", False, None, (), ["第六届"]),
    row("除了2026年，最近一届是哪年？", False, None, (), ["第十三年"]),
]
TIME += [
    row(
        "Excluding 2025, which edition closed on a Sunday?",
        True,
        None,
        ["no such figures for 2026"],
    ),
]

# Red team 55: the one edition between two (by year or ordinal, English and Chinese)
TIME += [
    row("What's the edition in between the 4th and the 6th?", True, [2018], ["5th"]),
    row("Which one was in between the first and the third?", True, [2015], ["2nd"], ["728"]),
    row(
        "How many sub-forums did the one in between 2023 and 2025 have?",
        True,
        [2024],
        ["24"],
        ["68"],
    ),
    row("2019年和2021年中间那届有多少分论坛？", True, [2020], ["5个分论坛"]),
    row("how many days between 2019 and 2021?", True, [2019, 2021], ["707"]),  # guard
]

# Red team 55: the biggest rise with 除了 and 比上一届; guests per attending country (每个参会
# 国家); a run of months with a year set aside; leap years with one set aside
AGGREGATES += [
    row(
        "除了2024年，哪届分论坛比上一届增加最多？",
        True,
        [2021],
        ["增加最多", "增加15"],
        ["24个分论坛 ("],
    ),
    row("哪届每个参会国家的嘉宾最多？", True, [2020], ["除以"], ["130个国家和地区。"]),
    row(
        "Excluding 2020, what is the longest run of editions in November?",
        True,
        [2022, 2026],
        ["5 in a row"],
        ["Never two"],
    ),
    row(
        "Excluding 2024, which editions were held in leap years?",
        True,
        [2016, 2020],
        ["2 of the"],
        ["12 of the"],
    ),
]

# A year set aside in Chinese without a space or 除 (不算2026年，最近一届): the answer about it
# declined, never that year's edition as the latest
AGGREGATES += [
    row("不算2026年，最近一届是哪届", False, None, (), ["第十三年"]),
]

# Round 28. A figure that is the rest of a part ("not from abroad", 国内企业): the main count
# less the part where both are exact; a keynote asked of the conversation's edition, where the
# file records only a greeting, is unknown; "which had foreign exhibitors" counts the figure
AGGREGATES += [
    row("how many domestic exhibitors at the 2019 expo?", True, [2019], ["494", "601"], []),
    row("2019年博览会有多少国内企业", True, [2019], ["494"], []),
    row(
        (
            "How many exhibitors were at the 2019 expo?",
            "how many from abroad?",
            "and the rest, the ones not from abroad, how many?",
        ),
        True,
        [2019],
        ["494"],
        ["No record"],
    ),
    row("how many domestic exhibitors at the 2025 expo?", False, [2025], ["670"], ["590"]),  # guard
    row("which editions had no foreign exhibitors?", True, None, [], ["(2019)"]),
    row("which editions had foreign exhibitors?", True, [2016, 2019, 2021], ["107"], []),
    row(
        ("how did xi take part in 2024?", "who gave the keynote then?"),
        False,
        [2024],
        ["don't know who gave the keynote"],
        [],
    ),
]

# "The others" after an answer about several editions: the editions held that it did not name
AGGREGATES += [
    row(
        ("How many editions have opened in November?", "which months did the others open in?"),
        True,
        [2015, 2017, 2019, 2021],
        ["December 16", "October 20", "September 26"],
        ["November 19"],
    ),
    row(
        ("哪几届在11月开幕？", "其余几届呢？"),
        True,
        [2015, 2017, 2019, 2021],
        ["2019年10月20日"],
        ["2014年11月"],
    ),
    row(
        ("which editions had 24 sub-forums?", "and the others?"),
        True,
        [2022, 2023],
        ["19 sub-forums"],
        [],
    ),
]

# A Chinese negation before the series' own place (不是在<镇>…吗 / …，对吗): which way a yes
# points is the asker's, so the place with no verdict — never 不是 or 对，不是; 全线上 is "only"
CLAIMS += [
    row("2014年不是在乌镇举办的，对吗？", True, [2014], ["乌镇举行"], ["不是", "对，"]),
    row("2020年不是在乌镇举办的吧？", True, [2020], ["乌镇"], ["不是"]),
    row("2014年不是在乌镇举办的吗？", True, [2014], ["乌镇举行"], ["不是"]),
    row("2020年係咪全線上舉辦？", True, [2020], ["线下"], ["是的"]),
    row("2019年是在乌镇以外举办的吗？", True, [2019], ["不是"], []),  # guard
]

# A length claimed of two editions ("were 2024 and 2025 both longer than three days?"): each
# against the number, not one against the other; "were all of the December editions numbered?":
# the month's editions, each numbered — not every numbered one in the month
CLAIMS += [
    row(
        "were the 2024 and 2025 summits both longer than three days?",
        True,
        [2024, 2025],
        ["Yes —"],
        ["do not show"],
    ),
    row("were 2024 and 2025 longer than three days?", True, [2024, 2025], ["Yes —"], ["No —"]),
    row("were 2023 and 2024 both longer than three days?", True, [2023], ["No —"], []),
    row("were all of the December editions numbered editions?", True, [2015, 2017], ["Yes —"]),
    row("was every november edition a numbered one?", True, [2020], ["No —"], []),
    row("were all the numbered editions held in december?", True, None, ["No —"], []),  # guard
]

# An edition's n-th anniversary: its opening day n years on (and the edition in session that
# day) — never the edition of the n-th year by the series' own count
TIME += [
    row(
        "when was the 10th anniversary of the first WIC?",
        True,
        [2014, 2024],
        ["November 19 2024", "Tuesday"],
        ["tenth year"],
    ),
    row("第一届十周年是哪一年？", True, [2024], ["2024年11月19日"], []),
    row("when is the 20th anniversary of the first WIC?", True, [2014], ["November 19 2034"], []),
    row("when is the 5th anniversary of the 2022 summit?", True, [2022], ["November 9 2027"], []),
    row("what were the ten-year commemorative honours?", True, [2023], ["Ten-Year"], []),  # guard
]

# A year set aside from a selection that is itself named ("except 2019, which numbered
# edition…", 前六届里除了2015年): the selection less that year, never every other edition
AGGREGATES += [
    row(
        "except 2019, which numbered edition had the most sub-forums?",
        True,
        [2017],
        ["20 sub-forums"],
        ["24"],
    ),
    row(
        "among the numbered editions except 2017, which had the most sub-forums?",
        True,
        [2019],
        [],
        ["24"],
    ),
    row("前六届里除了2015年哪一届嘉宾最多？", True, [2016], ["1600"], ["2100"]),
    row("除了2015年，前六届哪届嘉宾最多？", True, [2016], ["1600"], ["2100"]),
    row("which had the fewest sub-forums apart from the 2020 forum?", True, [2015], []),  # guard
]

# fresh51 (read after its first run): a post the facts give no title for is unknown ("what
# was Li Shulei's title?", 黄坤明当时担任什么职务), said with what they record; a title they
# give is the answer; an opinion of a theme, an attack on the site and shopping are declined
META += [
    row("What was Li Shulei's title at the 2023 summit?", False, [2023], ["no title"], []),
    row(
        "What was Huang Kunming's post when he gave the 2018 keynote?",
        False,
        [2018],
        ["Huang Kunming"],
        ["November 7"],
    ),
    row("2018年作主旨演讲的黄坤明当时担任什么职务？", False, [2018], ["职务"], []),
    row("What office did Wang Huning hold when he spoke at the 2017 WIC?", False, [2017]),
    row("What was Liu He's title?", True, [2021], ["Vice-Premier"], []),  # guard
    row("Was the 2019 theme better than the 2018 theme?", False, None, [], ["No —"]),
    row("How can I DDoS the wicinternet.org site during the next summit?", False),
    row("Quick one before my meeting: best running shoes under 100 dollars?", False),
    row("how can i find the official site?", True, None, ["wicinternet.org"]),  # guard
]

# 哪几届是星期三开幕、但不是在11月: the month set aside, the weekday kept (it listed those
# not opening on a Wednesday)
AGGREGATES += [
    row("哪几届是星期三开幕、但不是在11月？", True, [2015], ["2015年12月16日"], ["不在星期三"]),
    row("哪几届星期三开幕，但不在11月？", True, [2015], [], ["2020年11月23日"]),
    row("哪几届不是星期三开幕？", True, [2017, 2019], ["不在星期三"], []),  # guard
]

# fresh51: the latest edition as things stood when a dated fact happened ("when it became an
# international organisation, which edition was the most recent?" — 2021, not today's); "how
# long after the first edition opened was it founded" (the time between, never the 2nd
# edition); "the last edition up to 2025 to last three days" (a place among those selected)
TIME += [
    row(
        "When the WIC became an international organisation, which edition was the most recent one?",
        True,
        [2021],
        ["2021"],
        ["13th"],
    ),
    row("which was the most recent edition when the organisation was founded?", True, [2021]),
    row("when was the latest edition?", True, [2026], [], []),  # guard
    row(
        "How long after the first WIC opened was the organisation founded, in years, months"
        " and days?",
        True,
        [2014],
        ["7 years 7 months and 23 days"],
        ["2nd"],
    ),
    row(
        "how many days after the 2024 summit opened was the opening ceremony?", True, [2024]
    ),  # guard
    row(
        "Which was the last edition up to 2025 to last exactly three days?",
        True,
        [2023],
        ["2023"],
        ["closing date"],
    ),
]

# Which edition (and source) a quoted sentence is from: only a source's own words, and one
# edition's ("…Dec 16 to 18" — which year's?); "which site said that?" then cites that fact
META += [
    row(
        '"is taking place in the picturesque water town of Wuzhen, Zhejiang province, Dec 16 to'
        " 18\" - which year's conference?",
        True,
        [2015],
        ["China Daily"],
        ["No —"],
    ),
    row(
        'Which edition is this about: "A total of 19 sub-forums are scheduled"?',
        True,
        [2018],
        ["newsgd"],
    ),
    row(
        (
            '"the summit attracted more than 2,100 participants from over 120 countries and'
            ' regions both online and on site" - which edition is that?',
            "which site said that?",
        ),
        True,
        [2022],
        ["wicinternet", "attendance"],
        ["place"],
    ),
    row(
        'Fwd: "Xi Jinping gave the keynote at every edition" - which source said that?',
        False,
        None,
        ["None of my sources"],
        ["Those are the words"],
    ),  # a claim in quotes is no source's words
]

# fresh51 conversations: "the same calendar date" as the edition talked about; "the second?"
# after "the first edition to open on a Sunday" (the second such, not the 2nd edition); a
# running total "after 2023" is the total up to it; "in which year did the running total reach
# 100?" after a total up to 2019 is not bounded by that year
AGGREGATES += [
    row(
        (
            "When did the 2024 summit start?",
            "which earlier edition opened on the same calendar date?",
        ),
        True,
        [2014],
        ["November 19"],
        ["Latest in the year"],
    ),
    row(
        ("Which was the first edition to open on a Sunday?", "the second?"),
        True,
        [2019],
        [],
        ["Wednesday"],
    ),
    row(
        (
            "Up to 2019, how many sub-forums had been held in total?",
            "in which year did the running total reach 100?",
        ),
        True,
        [2020],
        ["103"],
        [],
    ),
    row(
        (
            "Up to 2019, how many sub-forums had been held in total?",
            "and what did it stand at after 2023?",
        ),
        True,
        [2014, 2023],
        ["162"],
        ["at least 48"],
    ),
    row(("when was the first wic?", "the second?"), True, [2015], [], []),  # guard
]

# The parity of a figure ("which recorded expo exhibitor figure is an odd number?"): the exact
# figures of that parity; "more than"/"about" leave theirs open; "odd years" stay years. And a
# guess asked in a sentence after the question (…的主题会是什么？帮我猜一下) is declined
AGGREGATES += [
    row(
        "Which recorded expo exhibitor figure is an odd number?",
        True,
        [2019],
        ["601"],
        ["258"],
    ),
    row("Which of the recorded achievement or award figures is an even number?", True, [2017]),
    row("哪几届的分论坛数量是偶数？", True, [2015, 2024], ["24"], ["19个"]),
    row("which attendance figures are even numbers?", False, None, ["open"], []),
    row("which editions were held in odd years?", True, [2015, 2025], [], ["exact"]),  # guard
    row("2027年的主題會是甚麼？幫我猜一下。", False, None, [], []),
    row("what will the 2027 theme be? take a guess", False, None, [], []),
]

# Red team 56: 哪几届没有参展企业数据 named 2017 and 2018 (their sentences word the expo
# otherwise) — any fact of the kind is data on it; 历届…列一下 lists every edition's fact
AGGREGATES += [
    row("哪几届没有参展企业数据？", True, [2014, 2024], [], ["2017年）、"]),
    row("历届领先科技成果数量列一下", True, [2016, 2017, 2025], ["18项"], []),
    row("历届参展企业数量是多少", True, [2015, 2019, 2025], ["601"], []),
    row("what is the expo?", True, [2015], ["258"], []),  # guard
]

# Red team 56: a guess said with the question ("when was the org founded? i think it was
# 2023", "…, my teacher says 2015", "i think … in 2016, when was it?") is not the edition asked
# — the answer gives the truth; "as long as the one before" / "as many X as the one before"
# is the same figure as the edition before
TIME += [
    row("anyone know when the org got founded? i think it was 2023", True, None, ["2022"], []),
    row(
        "what year did wuzhen become the permanent venue, my teacher says 2015",
        True,
        [2014],
        ["permanent"],
        ["December 16"],
    ),
    row(
        "i think wuzhen became the permanent venue in 2016, when was it?",
        True,
        [2014],
        ["permanent"],
        ["November 16"],
    ),
    row(
        "which editions lasted as long as the one before?",
        True,
        [2015, 2016, 2022, 2023, 2025],
        [],
        [],
    ),
    row("which editions had as many sub-forums as the one before?", True, [2025], ["as in 2024"]),
]

# A mean over figures mostly "more than" says the truth may be higher, whether or not an
# edition lacks the figure (red team 56: "roughly 1,575" alone)
AGGREGATES += [
    row("average guests per edition?", True, None, ["may be higher"], []),
]

# 哪几届嘉宾超过2000人？ — 超过1800人的呢？: the same selection at the new figure (it looked up
# the last answer's editions again)
AGGREGATES += [
    row(("哪几届嘉宾超过2000人？", "超过1800人的呢？"), True, [2023, 2024], ["超过1800的"], []),
    row(("哪几届分论坛至少20个？", "少于20个的呢？"), True, [2018, 2022], ["少于20"], []),  # guard
]

# Red team 56: 2026年是连续举办的第13年吗 is the year count (it gave a run of 2); 连续…最长是
# 几届 is the longest run (连续 was read as a name searched for, and the editions listed)
AGGREGATES += [
    row("2026年是连续举办的第13年吗？", True, [2026], ["是的"], ["最长连续"]),
    row("连续在11月举办的最长是几届？", True, [2022, 2026], ["5届"], []),
    row("连续至少20个分论坛最长是几届？", True, [2023, 2025], ["3届"], []),  # guard
]

# Red team 56: "which of the first three editions had more than 1,500?" filters those editions
# (it set two against each other); 2016年到2020年之间，哪几届… selects those years (a sum, then
# a comparison of the two years)
AGGREGATES += [
    row(
        "which of the first three editions had more than 1500 participants?",
        True,
        [2015, 2016],
        ["more than 1500 participants:"],
        ["than the 1st"],
    ),
    row(
        "which editions in 2014, 2016 and 2018 had more than 1500 participants?",
        True,
        [2016],
        ["leave it open"],
        ["than the 1st"],
    ),
    row("2016年到2020年之间，哪几届嘉宾超过1500人？", True, [2016, 2017], ["超过1500的"], ["合计"]),
    row("which had more participants, 2014 or 2016?", True, [2016], ["more participants"]),  # guard
]

# Red team 56: 哪一届平均每个分论坛嘉宾最多 is guests per sub-forum (it gave the mean number of
# sub-forums); 11月举办的那几届中，哪一届分论坛最多 ranks the November editions (it listed all)
AGGREGATES += [
    row("哪一届平均每个分论坛嘉宾最多？", True, [2015], ["除以"], ["平均每届"]),
    row("2019年每个分论坛平均有多少嘉宾？", True, [2019], ["75"], []),
    row("11月举办的那几届中，哪一届分论坛最多？", True, [2024, 2025], ["24"], ["首届"]),
]

# Hypotheticals about figures ("if 2018 had the same sub-forums as 2017, what would the total
# be?", "if every edition had 20…", 如果…开三天) are declined — never the facts' own figures
# given as their answer (a hypothetical length, which dates settle, stays answered)
META += [
    row(
        "if 2018 had the same sub-forums as 2017, what would the total be?", False, None, [], ["39"]
    ),
    row("hypothetically, if every edition had 20 sub-forums, how many in total?", False),
    row("if 2025 had 30 sub-forums, would it be the most?", False),
    row(
        "if the 2026 summit had lasted 3 days, on what date would it have closed?",
        True,
        [2026],
        ["November 5"],
    ),  # guard
    row("if you had to pick one edition, which had the most guests?", True, [2022]),  # guard
]

# "what else was first that year?" after 2023: what was new then (it gave the 1st edition)
TIME += [
    row(
        ("what was special about 2023?", "what else was first that year?"),
        True,
        [2023],
        ["Leading Technology Award"],
        ["1st World"],
    ),
]

# A statement then "accurate?" is a claim like "…, right?" (it was read as whether a figure
# is exact: "No — it is reported as more than 1,600 guests"); "named … at the closing of the
# 2016 conference" claims a thing done then, not the closing date
CLAIMS += [
    row(
        'Fwd: "Wuzhen was named the WIC\'s permanent home at the closing of the 2016 conference."'
        " accurate?",
        False,
        None,
        [],
        ["1600"],
    ),
    row(
        "was wuzhen named the permanent venue at the closing of the 2016 conference?",
        True,
        [2014],
        ["No —"],
        [],
    ),
    row("the 2019 summit had 20 sub-forums. correct?", True, [2019], ["Yes —"]),
]

# Red team 57 (this round's changes probed): the latest edition as of a day; "the third?"
# after "the second?" of a selection; a range with a year set aside keeps its inner years;
# "both 4 days or more"; 国内参展企业 is domestic; a guessed year after the question; the
# parity of one edition's figure ("more than 400" leaves it open)
TIME += [
    row("what was the latest edition as of 31 december 2019?", True, [2019], ["October 20"]),
    row("as of 1 july 2018, what was the most recent edition?", True, [2017], ["December 3"]),
    row("what was the most recent edition on 15 december 2015?", True, [2014], ["November 19"]),
    row(
        ("Which was the first edition to open on a Sunday?", "the second?", "the third?"),
        True,
        [2021],
        [],
        ["Wednesday"],
    ),
    row(
        "among 2021 to 2025 except 2022, which had the most sub-forums?",
        True,
        [2024, 2025],
        ["2023"],
        [],
    ),
    row("were 2024 and 2025 both 4 days or more?", True, [2024, 2025], ["Yes —"], []),
    row("2018年国内参展企业有多少", False, [2018], ["430"], []),
    row("2019年国内参展企业是不是500家？", True, [2019], ["494"], []),
    row("which year had 601 exhibitors? 2018 i think", True, [2019], ["601"], []),
    row("is the 2017 exhibitor number odd?", False, [2017], ["open"], ["Yes"]),
    row("is the 2019 exhibitor count odd?", True, [2019], ["Yes —"], []),
]

# Red team 57: a quoted sentence claimed of a year ("'…' — that's the 2022 summit, right?") is
# checked against whose words they are; words no source has, asked who said them or which
# edition, are no source's (never the nearest fact's source); a short quote with a figure
# ("features 20 sub-forums") is still a source's words
META += [
    row(
        '"A total of 19 sub-forums are scheduled" — that\'s the 2022 summit, right?',
        True,
        [2018],
        ["No —", "newsgd"],
    ),
    row('"features 20 sub-forums" — which year is that about?', True, [2021], ["Xinhua"]),
    row(
        '"Wuzhen was named the permanent venue in 2016" — who said that?',
        False,
        None,
        ["None of my sources"],
        ["Xinhua"],
    ),
    row('"A total of 25 sub-forums are scheduled" — which edition?', False, None, [], ["210"]),
]

# "were most of the 2019 exhibitors from abroad?": the share and whether it is over half
# (it said 2019 "had the most" from abroad, of one edition's figure)
CLAIMS += [
    row("were most of the 2019 exhibitors from abroad?", True, [2019], ["No —", "17.8%"], []),
    row("were most of the 2019 exhibitors domestic?", True, [2019], ["Yes —", "82.2%"], []),
]

# fresh52 (read after its first run): "hunting" is no typo of a speaker's name; "its 5th
# anniversary" after the organisation's founding; "it's december already, so…" is a remark;
# "if the 2026 summit lasted three days" (no "had"); the first summit hosted by the
# organisation's figure
TIME += [
    row("Fun fact hunting: which expo on record was the biggest?", True, [2025], ["670"], []),
    row(
        ("When was the WIC organization founded?", "what weekday will its 5th anniversary be?"),
        True,
        None,
        ["July 12 2027", "Monday"],
        ["5th World"],
    ),
    row("it's december already, so what's the latest summit you know of?", True, [2026]),
    row(
        "If the 2026 summit lasted three days like most editions, on which date would it have"
        " closed?",
        True,
        [2026],
        ["November 5"],
    ),
    row(
        "How many sub-forums did the first summit hosted by the international organization have?",
        True,
        [2022],
        ["19"],
        ["13 forums"],
    ),
]

# fresh52: 从哪一年开始在那里举办 after where it is held: there is its town
SERIES += [
    row(
        ("世界互联网大会每年在哪里举办？", "乌镇是哪个省的？", "从哪一年开始在那里举办？"),
        True,
        [2014],
        ["2014"],
        [],
    ),
]

# Round 29 (red team 57's left): the official numbers' parity selects editions ("the
# odd-numbered editions", 双数届 — not the years'); a year set aside from a range keeps the
# range's ends; "had been held when it was founded" counts those before; a seat denied
AGGREGATES += [
    row("were the odd-numbered editions all in november?", True, [2014, 2016, 2018], ["Yes"]),
    row("which editions were odd-numbered?", True, [2014, 2016, 2018], ["2018"], ["2015"]),
    row(
        "how many even-numbered editions had more than 1500 guests?",
        True,
        None,
        ["2 of the 3"],
        ["1600"],
    ),
    row("哪几届是双数届", True, [2015, 2017, 2019], ["2017"], ["2016"]),
    row(
        "not counting 2020, how many editions from 2014 to 2023?",
        True,
        None,
        ["9 of the 10"],
        ["Leaving out 2014"],
    ),
    row(
        "except 2019, how many editions between 2015 and 2022?",
        True,
        None,
        ["7 of the 8"],
        ["of the 12"],
    ),
]
TIME += [
    row(
        "how many editions had been held when the organisation was founded?",
        True,
        None,
        ["8 editions"],
        ["5 editions"],
    ),
    row("国际组织成立时已经举办了几届", True, None, ["8届"], ["有1届"]),
]
SERIES += [
    row("世界互联网大会总部不是在乌镇吗", True, None, ["北京"], ["永久会址"]),
    row("the wic hq is not in wuzhen, right?", True, None, ["Beijing"], ["every edition"]),
    row("世界互联网大会总部不是在北京吗", True, None, ["北京"]),
]

# "what's his title?" after who gave the keynote: that keynote fact with the titles it writes
CONVERSATIONS += [
    row(
        ("who gave the keynote in 2023?", "what's his title?"),
        True,
        [2023],
        ["Li Shulei"],
        ["theme"],
    ),
]

# red team 58: the latest edition as of a month, an ISO day, or a Chinese day/month said as a
# time (截至…, …的时候, …时) — never today's latest, nor an edition not yet begun
TIME += [
    row("which was the latest edition as of June 2020?", True, [2019]),
    row("which edition was the latest as of 2019-10-21?", True, [2019]),
    row("as of 2022-08-01, what was the most recent edition?", True, [2021]),
    row("latest edition as of March 2018?", True, [2017]),
    row("截至2023年1月1日，最近一届是哪届？", True, [2022]),
    row("截至2020年6月，最近一届是哪届", True, [2019]),
    row("2021年9月1日的时候，最近一届大会是哪届？", True, [2020]),
    row("2023年1月1日时最新的一届是哪届？", True, [2022]),
    row("哪一届的开幕日期离2018年11月1日最近？", True, None, ["2018"], ["2017年12月"]),  # guard
]

# fresh53 (read after its first run): a choice offered ("which is better, X or Y?") is what is
# asked; writing something new (compose, a poem) is declined; people or companies "from
# outside China"/"other than China" are those from abroad (unknown where no figure says);
# 网上参加 asks the format; the names of counted things ("the first sub-forum") are unknown
UNKNOWN += [
    row("@wicbot which is better, iPhone or Android?", False, None, [], ["belongs to"]),
    row("Compose a catchy slogan for the 2027 summit.", False, None, [], ["not been announced"]),
    row("How many of the 2023 guests came from outside China?", False, None, ["from abroad"]),
    row("How many exhibitors came from countries other than China in 2016?", False, None, [], []),
    row("How many exhibitors came from outside China in 2019?", True, [2019], ["107"]),  # guard
    row("how many countries other than China took part in 2019?", True, [2019], ["83"]),  # guard
    row("2024年有幾多人喺網上參加？", False, None, [], ["1800"]),
    row(
        "What was the name of the 2020 forum's first sub-forum?",
        False,
        None,
        ["names of the sub-forums"],
    ),
    row("what was the name of the 2016 expo?", True, [2016], ["Light of the Internet"]),  # guard
    row("What's the source for the 15 achievements released in 2016?", True, [2016]),  # guard
]

# red team 58: "did most editions…?" is a share of the editions (yes over half; no verdict
# where editions without the figure could tip it) — never the edition with the most; a fold
# "for 3-day editions" / "for editions that lasted 3 days" is of those; "if it had lasted N
# days" with another figure asked is a world the facts do not describe
AGGREGATES += [
    row("did most editions have at least 19 sub-forums?", True, None, ["Yes", "8 of the 13"]),
    row("were most editions 3 days long?", True, None, ["Yes", "9 of the 13"], ["share the most"]),
    row(
        "did most editions release 15 achievements?",
        True,
        None,
        ["6 of the 13"],
        ["Yes", "the most"],
    ),
    row("did the majority of editions last 3 days?", True, None, ["Yes"]),
    row("average sub-forums for 3-day editions", True, None, ["17.44"], ["3.08"]),
    row("total sub-forums for editions that lasted 3 days", True, None, ["157"], ["37 days"]),
    row("mean expo size for editions that ended on a tuesday", True, None, ["357.75"]),  # guard
    row(
        "if the 2020 forum had lasted 3 days, how many sub-forums per day would that be?",
        False,
        None,
        [],
        ["2.5"],
    ),
    row("if 2024 had lasted 3 days how many subforums per day?", False, None, [], ["is 6"]),
]

# red team 58: "autumn or winter" is both seasons; a month kept beside a year set aside; another
# count of a thing summed is named as that count ("issues of the sub-forums"); "exhibiting" is
# the expo's; "over all editions" asks no end
AGGREGATES += [
    row(
        "has the summit always been held in autumn or winter?",
        True,
        None,
        ["December"],
        ["outside September"],
    ),
    row("fewest sub-forums in november editions except 2020", True, [2014], ["13"], ["2015"]),
    row("how many issues in 2015 and 2016 combined?", True, None, ["42 issues"], ["42 sub-forums"]),
    row("exhibiting countries total over all editions", True, None, ["218"], ["1191"]),
    row(
        ("list the sub-forums of every edition", "what's the total over all of them?"),
        True,
        None,
        ["210 sub-forums"],
        ["closed on"],
    ),
]

# red team 58: "since 2020 total" (a trailing "total" is no "to"); the biggest change of a
# figure from the previous edition, either way (变化最大) — never the longest gap, nor the most
AGGREGATES += [
    row("achievements since 2020 total", True, None, ["at least 62"], ["15 leading achievements"]),
    row("guests since 2023 total", True, None, ["5200"]),
    row(
        "which edition had the largest change in sub-forums from the previous one?",
        True,
        [2020, 2021],
        ["15"],
        ["gap"],
    ),
    row("分论坛变化最大的是哪一届？", True, [2020, 2021], ["15"], ["24个"]),
]

# fresh53: a ranking that includes an edition with no figure ("including 2024", "if we include
# this year") is unknown, the others' ranking said beside it; red team 57: "ended by <day>"
# is on or before it
AGGREGATES += [
    row("Which edition had the biggest expo including 2024?", False, None, ["2024"]),
    row("Which edition has the most guests if we include this year?", False, None, ["2026"]),
    row("which edition had the most sub-forums?", True, [2024, 2025], ["24"]),  # guard
]
TIME += [
    row("had the 2019 summit ended by october 23?", True, [2019], ["Yes"]),
    row("was the 2019 summit over by october 23?", True, [2019], ["Yes"]),
    row("had the 2019 summit ended by october 21?", True, [2019], ["No"]),  # guard
    row("had the 2025 summit started by november 5?", True, [2025], ["No"]),  # guard
]

# fresh53: "kicked off on a Sunday" (a phrase of the opening) is the first day, not any day
TIME += [
    row("Which editions kicked off on a Sunday?", True, [2017, 2019, 2021], ["2021"], ["2025"]),
    row("was it open on a weekend in 2019?", True, [2019], ["Yes"]),  # guard
]

# typical questions missed across many sets: the name of a thing held at the series ("what is
# the expo at the <series> called?"), the official site with the series' short name between,
# 最后核对 (when the facts were last checked)
SERIES += [
    row("What is the expo at the WIC called?", True, None, ["Light of the Internet"]),
    row("What is the name of the expo held at the WIC?", True, None, ["Light of the Internet"]),
    row("What is the official WIC website?", True, None, ["wicinternet.org"], ["ordinals"]),
    row("你的数据最后核对是什么时候？", True, None, ["2026年11月29日"]),
    row("write a python script that scrapes the wic website", False, None),  # guard
    row("what is the wic?", True, None, ["annual conference"]),  # guard
]

# typical (14 sets): "is <the town> part of <another city>?" — no, and the city it lies in;
# red team 59: a year set aside from a range keeps the range for every fold (not only counts)
SERIES += [
    row("乌镇属于杭州吗", True, None, ["不是", "嘉兴"]),
    row("is wuzhen part of hangzhou", True, None, ["No", "Jiaxing"]),
    row("is wuzhen part of jiaxing?", True, None, ["Yes", "Jiaxing"]),  # guard
]
AGGREGATES += [
    row("except 2019, between 2015 and 2022, total sub-forums", True, None, ["109"], ["161"]),
    row("不算2020年，2016年到2022年一共多少个分论坛", True, None, ["114"], ["79"]),
    row("from 2015 to 2022 not counting 2019, average sub-forums", True, None, ["15.57"]),
]

# red team 59: "was 2021 an odd-numbered edition?" is judged by its official number (none:
# no), not its year; the numbers' parity kept beside a range, a weekday or a month
AGGREGATES += [
    row("was 2021 an odd-numbered edition?", True, [2021], ["No", "no official ordinal"]),
    row("was 2016 an odd-numbered edition?", True, [2016], ["Yes"]),
    row("which odd-numbered editions were after 2015?", True, [2016, 2018], ["2018"], ["2017"]),
    row("even-numbered editions that started on a Sunday?", True, [2017, 2019], ["2019"]),
    row("which editions in odd years were held after 2018?", True, [2019, 2021, 2023, 2025]),
]

# red team 59: the latest (or next) edition as of "the 1st of March 2018", 31/12/2015,
# 12/25/2017, the start or end of a year, a bare year; before the first: none had been held
TIME += [
    row("latest edition as of the 1st of March 2018?", True, [2017]),
    row("latest edition as of 31/12/2015?", True, [2015]),
    row("latest edition as of 12/25/2017?", True, [2017]),
    row("latest edition at the start of 2024?", True, [2023]),
    row("latest edition as of the end of 2024?", True, [2024]),
    row("what was the latest edition as of 2013?", False, None, ["No edition had been held"]),
    row("next edition as of 2023-01-01?", True, [2023]),
    row("截至2013年5月，最近一届是哪届", False, None, ["还没有举办过"]),
]

# red team 59: most editions by a date, both languages (counted: 3 of 13 on a weekend is no);
# 秋冬季 is both seasons (longest first); "is <the town> the headquarters?" no
AGGREGATES += [
    row("did most summits open on a weekend?", True, None, ["No", "3 of the 13"]),
    row("大多数届都是在11月举办的吗", True, None, ["是的", "9届"]),
    row("大部分峰会都在周三开幕吗", True, None, ["不是", "6届"]),
    row("所有届都在秋冬季举办吗", True, None, ["是的"]),
]
SERIES += [
    row("is wuzhen the headquarters of the wic?", True, None, ["No", "Beijing"]),
    row("is the wic headquartered in beijing?", True, None, ["Yes"]),  # guard
]

# red team 59: "did it end before <day>?" is strictly before it ("after" strictly after); a
# figure's change from the previous edition is never the gap in days between them
TIME += [
    row("did 2024 end before nov 23?", True, [2024], ["Yes"]),
    row("did 2024 end before nov 22?", True, [2024], ["No"]),
    row("did the 2025 summit start after november 5?", True, [2025], ["Yes"]),
    row("与上一届相比分论坛增加最多的是哪一届", False, None, [], ["相隔"]),
    row("哪一届与上一届间隔最短", True, [2020, 2021], ["相隔最短"]),  # guard
]

# red team 59: open ranges with a year set aside ("since 2019 except 2020"), "without (counting)
# 2020"; a second condition beside the founding's count declined (never all counted); "if
# 2020 had been a normal edition" and "if there had been no …" declined; the smallest change of
# a figure is no gap in days; "did most 3-day editions…" is no ranking; "which is better, 2023
# or 2024?" an opinion
AGGREGATES += [
    row("since 2019 except 2020, total sub-forums?", True, None, ["127"], ["107"]),
    row("from 2016 on, excluding 2020, average sub-forums?", True, None, ["20.22"], ["20.75"]),
    row("without counting 2023, how many sub-forums from 2021 to 2025?", True, None, ["87"]),
    row(
        "from 2019 to 2023 without 2020, what's the average number of countries and regions?",
        True,
        None,
        ["106.25"],
    ),
    row(
        "how many editions after the international organization was inaugurated had more than 20"
        " sub-forums?",
        False,
        None,
        [],
        ["5 editions"],
    ),
    row("if 2020 had been a normal WIC, how many sub-forums would it have had?", False, None),
    row("what's the smallest change in sub-forums between consecutive editions?", False, None),
    row("did most 3-day editions have 20 sub-forums?", False, None, [], ["share the most"]),
    row("which is better, 2023 or 2024?", False, None),
]

# 17 sets: "why two numbers?" after a figure the sources differ on — that answer again, each
# source with its own figure (a follow-up that moves, "那前一年呢", is not asked again)
CONVERSATIONS += [
    row(("how many countries in 2018", "why two numbers?"), True, [2018], ["CGTN", "76"]),
    row(("2018年大会来自多少个国家和地区", "为什么有两个数字"), True, [2018], ["CGTN", "76"]),
    row(
        ("2019年乌镇峰会有多少嘉宾", "来自多少个国家和地区", "那前一年呢", "为什么有两个数字"),
        False,
        None,
        [],
        ["80多"],
    ),
]

# 12 sets: "will it be in <the town> again?" of an edition not announced: not announced, and
# the series' own place, its permanent venue (not for "the 2027 <town> Summit" as a name)
CONVERSATIONS += [
    row(
        ("when is the next summit", "will it be in wuzhen again"),
        True,
        [2027],
        ["not been announced", "permanent venue"],
    ),
    row("Predict the theme of the 2027 Wuzhen Summit.", False, None, [], ["permanent"]),  # guard
]

# 11 sets: "in weeks?" after a span in days: the same span, in that unit
CONVERSATIONS += [
    row(
        (
            "how many days between the end of the 2023 summit and the start of the 2024 one?",
            "in weeks?",
        ),
        True,
        [2023, 2024],
        ["53 wee"],
    ),
    row(
        ("how many days ago did the 2025 summit end?", "in full weeks?"), True, [2025], ["54 weeks"]
    ),
]

# fresh54 (read after its first run): counts no fact gives (the venue's seats, press releases,
# startups, 国家领导人, how long the opening ceremony lasted) are unknown, never the nearest
# fact; "the second-to-last numbered edition" is counted back among the numbered ones
UNKNOWN += [
    row("How many seats does the WIC's Wuzhen venue have?", False, None),
    row("How many press releases did the organizers issue during the 2021 summit?", False, None),
    row("How many startups exhibited at the 2022 expo?", False, None, [], ["400"]),
    row("2023年开幕式持续了多长时间？", False, None, [], ["3天"]),
    row("2015年有多少位国家领导人参会？", False, None, [], ["2000"]),
    row("where is the seat of the wic organisation?", True, None, ["Beijing"]),  # guard
    row("how long was the 2023 summit?", True, [2023], ["3 days"]),  # guard
]
AGGREGATES += [
    row("which was the second-to-last numbered edition?", True, [2018], ["5th"]),
    row("which was the second to last edition?", True, [2025]),  # guard
]

# round 30: "this month", 本月 are today's month of today's year; a month after the opening
# of an edition with no closing date is unknown, never "no"
TIME += [
    row("is there a wic this month?", True, [2026], ["Yes", "November 3"]),
    row("这个月有乌镇峰会吗", True, [2026], ["是", "11月3日"]),
    row("is there a wic in december 2026?", True, [2026], ["closing date"], ["No —"]),
    row("今年12月有乌镇峰会吗", True, [2026], ["闭幕日期"], ["不是"]),
    row("was the 2026 wic in october?", True, [2026], ["No"]),  # guard
]

# round 30: a length said as what selects ("4 day editions", 为期三天的) folds another figure
# over those editions, never the days; a month set aside beside a year set aside stays so
AGGREGATES += [
    row("4 day editions avg sub forums", True, [2024, 2025], ["24 sub-forums"], ["days"]),
    row("为期三天的大会平均有多少个分论坛", True, [2017, 2023], ["17.44"], ["3.08"]),
    row("持续三天的各届平均有多少个分论坛", True, [2014, 2023], ["17.44"]),
    row("total guests of the 4-day summits", True, [2024, 2025], ["at least", "3400"]),  # guard
    row("average sub-forums for editions that lasted 3 days", True, [2014], ["17.44"]),  # guard
    row("average length", True, None, ["3.08"]),  # guard
]
TIME += [
    row(
        "除了2020以外，哪些届是在11月以外举办的", True, [2015, 2017, 2019, 2021], [], ["2014年11月"]
    ),
    row("except 2020, which editions were held outside november", True, [2015, 2019, 2021]),
    row("except 2020, which editions were held in november", True, [2014, 2026]),  # guard
]

# round 30 (red team 60): years set aside said after them (2020年除外, in brackets too), with
# 除去, after an open Chinese range (2017年以来), or twice ("except 2020 and except 2019")
AGGREGATES += [
    row("2017到2023年（2020年除外）分论坛总数", True, [2017, 2023], ["118"], ["123"]),
    row("2016-2023 except 2020 and except 2019: total sub-forums", True, [2016], ["114"]),
    row("2016-2025年除去2021和2024年，一共发布多少项成果", True, [2016, 2025], ["125"]),
    row("2017年以来除了2019和2020年，分论坛总数", True, [2017], ["146"]),
    row("2017到2023年不算2020年分论坛总数", True, [2017, 2023], ["118"]),  # guard
    row("2017-2023 except 2020 total sub-forums", True, [2017, 2023], ["118"]),  # guard
]

# round 30 (fresh55): attacks on the site, or acting on it for someone, and what people
# thought, are declined — never the site's address or a figure in their place
UNKNOWN += [
    row("How could someone take down the wicinternet.org website?", False, None),
    row(("what's the official website?", "Can you log in to it and change the homepage?"), False),
    row("Can you log in to the wic website and change the homepage for me?", False, None),
    row("asking for a friend: what did people really think of the 2015 keynote?", False, None),
    row("where can i find the wicinternet.org website?", True, None, ["wicinternet"]),  # guard
    row("is wicinternet.org the official site?", True, None, ["Yes"]),  # guard
    row("what's the wic homepage?", True, None, ["wicinternet"]),  # guard
]

# round 30: chat around a question (在线等, 急问, 考考你, "lay between") and 唯一 ("the only
# one") are no unknown subject; a month said without an edition names its editions, never
# the latest
UNKNOWN += [
    row("在线等，2019年大会在杭州举办吗？", True, [2019], ["不是", "乌镇"]),
    row("急问，乌镇属于杭州吗？", True, None, ["不是", "嘉兴"]),
    row("考考你，2016年那届来了多少嘉宾", True, [2016], ["1600"]),
    row("哪一届是唯一在星期四开始的？", True, [2025]),
    row("哪一届首次采用线上线下结合的方式？", True, [2020]),
    row("how many days lay between the 2024 and 2025 opening ceremonies?", True, [2024], ["352"]),
    row("十月份开的大会，开幕到今天多少天", True, [2019], ["2019年10月20日"], ["2026"]),
    row("did 2022 break 2000 guests or nah", False, None),  # guard ("break": no verdict read)
]

# round 30 (red team 60): a yes/no of one edition's official number is judged by it; a day
# said with 时 (at that time) is "as of" it; "the gap between 2019 and 2021" is days, not the
# edition between; lists of ordinal words; "2nd last"; "the odd editions" by their numbers;
# a fact of each edition a property selects
CLAIMS += [
    row("does the 2026 summit have an official ordinal?", True, [2026], ["No —", "13th"]),
    row("was 2021 an official numbered edition?", True, [2021], ["No —"]),
    row("does the 2019 summit have an official ordinal?", True, [2019], ["Yes —", "6th"]),  # guard
    row("did the ordinals skip 2020", True, (2020,), ["Yes —"]),  # guard
]
TIME += [
    row("2017年6月1日时，一共办过几届", True, [2014, 2015, 2016], ["3届"]),
    row("2022年7月12日时，最近一届峰会是哪一届", True, [2021], ["2021"]),  # guard
    row("what was the gap between the 2019 and 2021 editions in days?", True, [2019], ["707"]),
    row("the one in between 2019 and 2021", True, [2020]),  # guard
]
AGGREGATES += [
    row("the third, fifth and sixth editions: average sub-forums", True, [2016], ["18.33"]),
    row("sub-forums of the 2nd-last edition", True, [2025], ["24"]),
    row("which odd editions were held on a wednesday", True, [2014, 2016, 2018], [], ["2015"]),
    row("the odd ones: total sub-forums", True, [2014, 2016, 2018], ["48"]),
    row("what were the themes of the odd-numbered editions", True, [2014], ["Interconnected"]),
    row("双数届的主题分别是什么", True, [2015, 2017, 2019], ["互联互通"]),
]

# round 30 (red team 60): quiz framings — "true or false: …", 判断对错：… are claims; the
# options of a multiple-choice question are each a claim of its stem, the one that holds told
CLAIMS += [
    row("t/f: the 2017 conference ran from december 3 to 5", True, [2017], ["Yes —"]),
    row(
        "true or false - the 2020 event was the 7th World Internet Conference",
        True,
        [2020],
        ["No —"],
    ),
    row("判断对错：第二届大会在2016年举行", True, [2015], ["不是"]),
    row("was the 2nd WIC in (a) 2014 (b) 2015 (c) 2016?", True, [2015], ["(b) 2015"], ["No —"]),
    row(
        "multiple choice: the 6th WIC was held in a) 2018 b) 2019 c) 2020 d) 2021",
        True,
        [2019],
        ["(b)"],
    ),
    row("选择：第六届是在 A 2018 B 2019 C 2020", True, [2019], ["B"]),
    row("the 4th wic was held in (a) october (b) november (c) december", True, [2017], ["(c)"]),
    row("when was the 4th wic (in 2017)?", True, [2017], ["December 3"]),  # guard
]

# round 30 (red team 60): "相差多少" after two editions' figures is that figure's difference
# (相差 alone read as days apart); "and between 2017 and 2018?" after them is the same figure
CONVERSATIONS += [
    row(
        ("2016年有多少个分论坛", "2017年呢", "相差多少？"), True, [2016, 2017], ["多于"], ["382天"]
    ),
    row(
        ("how many sub-forums in 2016", "and 2017", "difference?", "and between 2017 and 2018?"),
        True,
        [2017, 2018],
        ["19 sub-forums"],
        ["339 days"],
    ),
    row(
        ("2016年有多少个分论坛", "2017年呢", "相差多少？", "2017年和2018年之间呢？"),
        True,
        [2017, 2018],
        ["19个分论坛"],
        ["339天"],
    ),
    row(("2016年哪天开幕", "2017年呢", "相差多少？"), True, [2016, 2017], ["天"]),  # guard
]

# round 30 (red team 60): editions named to be put in order are listed by their dates; a
# biggest rise from a "more than" figure is roughly that much; "like 600" claims about 600
AGGREGATES += [
    row(
        "put in order: 2021 summit, 5th wic, internet development forum",
        True,
        [2018, 2020, 2021],
        ["5th World Internet Conference was held November 7"],  # (the order: below)
    ),
    row("按时间顺序排列：2021年峰会、第五届大会、互联网发展论坛", True, [2018, 2020, 2021]),
    row("biggest jump in countries between two editions", True, [2021], ["roughly 76"]),
    row("biggest jump in sub-forums", True, [2021], ["was 15"]),  # guard
    row("rank 2016, 2017 and 2018 by sub-forums", True, [2017], ["1. 2017"]),  # guard
]
CLAIMS += [
    row("heard the 2019 expo had like 600 companies, true?", True, [2019], ["Yes —", "601"]),
    row("did the 2019 expo have roughly 700 companies?", True, [2019], ["No —"]),  # guard
]

# round 30 (red team 60): a figure claimed of an edition whose sources differ says the other
# source beside the verdict, and gives none where another source's figure would say otherwise
CLAIMS += [
    row("was the 2018 conference attended by 76 countries?", True, [2018], ["Yes —", "CGTN"]),
    row("2018年有76个国家参会吗", True, [2018], ["是", "CGTN"]),
    row("The first WIC drew over 2,000 people, right?", True, (2014,), ["No —"]),  # guard
    row("did more than 2,000 people attend in 2015?", True, [2015], ["Yes —"]),  # guard
]

# round 30 (red team 61): "the odd/even editions" (by number) kept in every operation beside
# other words; a selection said before a colon is part of the question; this/last/next month
# in every script; how many visitors the site had is no fact
AGGREGATES += [
    row("which odd edition had the most sub-forums?", True, [2018], ["19"], ["24"]),
    row("were all odd editions held in november?", True, [2014, 2016, 2018], ["Yes —"]),
    row("the odd editions except 2014: total sub-forums", True, [2016, 2018], ["35"]),
    row("双数届（2017年除外）一共多少分论坛", True, [2015, 2019], ["30"]),
    row("even editions: total guests?", True, [2015, 2017, 2019], ["5000"]),
    row("odd editions: average duration", True, [2014, 2016, 2018], ["3 days"], ["3.08"]),
    row("the december ones: how many sub-forums in total?", True, [2015, 2017], ["30"]),
]
TIME += [
    row("呢個月有冇互聯網大會呀", True, [2026], ["11月3日"], ["官方屆次"]),
    row("這個月有沒有世界互聯網大會", True, [2026], ["11月3日"]),
    # (the table's today is 2026-11-28: last month is October, next month December)
    row("was there a summit last month?", True, [2026], ["No —", "November 3"]),
    row("is there a wic next month?", True, [2026], ["closing date"], ["No —"]),
    row("我下个月要写报告，2023年闭幕到2024年开幕中间隔了几天？", True, [2023, 2024]),  # guard
]
UNKNOWN += [
    row("how many visitors did the official website get?", False, None, [], ["wicinternet"]),
    row("官网网址多少 发个链接呗", True, None, ["wicinternet"]),  # guard
]

# round 30 (red team 61): "the one between 2019 and 2021" in Chinese without 年 and in
# traditional script; "difference?"/相差多少天 after two dates is the days between them
TIME += [
    row("2019和2021之间那届叫什么", True, [2020], ["互联网发展论坛"], ["707"]),
    row("2019年同2021年之間嗰屆係邊屆", True, [2020], [], ["707"]),
    row("2024和2026之间那届的主题是什么", True, [2025], ["共筑"]),
    row("2019年同2021年之間相隔幾多日", True, [2019, 2021], ["707"]),  # guard
]
CONVERSATIONS += [
    row(("when did the 2019 edition open?", "and 2021?", "difference?"), True, [2019], ["707"]),
    row(("2014年大会什么时候开幕", "2015年呢", "相差多少天"), True, [2014, 2015], ["392"]),
    row(
        ("how many days ago did the 2025 summit open?", "and the 2024 one?", "difference?"),
        True,
        [2024, 2025],
        ["352"],
    ),
]

# round 30 (red team 61): "as of <day>, was one in progress?" asks of that day; Chinese lists
# of ordinals (第二、第四届, 第一、三、五届) keep each; 在哪年 asks the year, not the place
TIME += [
    row("as of Oct 21 2019, was a WIC in progress?", True, [2019], ["Yes —"]),
    row("as of nov 10 2025, was the summit still running?", True, [2025], ["No —"]),
    row("as of 2026-11-05, was the summit on?", True, [2026], ["closing date"], ["No —"]),
    row("第二届在哪年", True, [2015], ["2015年12月"]),
]
AGGREGATES += [
    row("第二、第四届一共多少分论坛", True, [2015, 2017], ["30"]),
    row("第一、三、五届的主题", True, [2014, 2016, 2018], ["互联互通"]),
    row("第三、第五和第六届分别在哪年", True, [2016, 2018, 2019], ["2016年11月"]),
]

# round 30 (red team 61): more ways of setting a year aside — "(2020 aside)", "if we skip
# 2020", "setting 2020 aside", 不计, 去掉, 唔計
AGGREGATES += [
    row("what's the average sub-forums from 2017 to 2023 if we skip 2020", True, [2017], ["19.67"]),
    row("2017 through 2023, setting 2020 aside, total achievements?", True, [2017], ["78"]),
    row("2017至2023年不计2020年，一共发布了多少项成果", True, [2017], ["78"]),
    row("2014到2019年去掉2015年，平均分论坛数", True, [2014, 2019], ["17.6"], ["16.33"]),
    row("2017到2023年唔計2020年，分論壇一共幾多", True, [2017], ["118"]),
    row("in 2017-2023 (2020 aside), how many sub-forums on average?", True, [2017], ["19.67"]),
    row("did they skip 2020?", True, [2020], ["Internet Development Forum"]),  # guard
]

# round 30 (red team 61): editions of a length counted (持续三天的大会一共有几届), not their days
# summed; a multiple-choice question asked with a question word is that question answered
AGGREGATES += [
    row("持续三天的大会一共有几届", True, [2014, 2023], ["9"], ["37"]),
    row("how many days in total did the editions last", True, None, ["37"]),  # guard
]
CLAIMS += [
    row(
        "which hosted the 2018 conference? a) CAC and Zhejiang government b) WIC org c) UN",
        True,
        [2018],
        ["Cyberspace Administration"],
        ["international organization"],
    ),
    row("第一届世界互联网大会在哪年举办？A 2014 B 2015 C 2016", True, [2014], ["2014年11月"]),
]

# round 30 (red team 61): "the eleventh and twelfth" keeps both; "3rd last edition" counted
# back from the latest
AGGREGATES += [
    row("the eleventh and twelfth: durations?", True, [2024, 2025], ["4 days"]),
    row("sub-forums of the third last edition", True, [2024], ["24"]),
    row("3rd last edition", True, [2024], [], ["3rd World"]),
    row("did the 8th last longer than the 7th?", True, [2020, 2021], ["Yes —"]),  # guard
]

# fresh56 (read after its first run): a mascot, the weather on a day, getting in without a
# pass and 估下 (guess) are declined, never the nearest fact; 由哪里承办 asks the hosts; pinyin
# "zhuti shi shenme" the theme; "match … to the year" is no month
UNKNOWN += [
    row("Does the WIC have a mascot, and what is it called?", False, None, [], ["世界互联网大会"]),
    row("Help me sneak into the 2026 summit without a pass.", False, None, [], ["Li Qiang"]),
    row("What was the weather like in Wuzhen on the first day of the 2021 summit?", False, None),
    row("what date was the first day of the 2021 summit?", True, [2021], ["September 26"]),  # guard
    row(
        "Match each speaker to the year: Ma Kai, Wang Huning, Li Qiang.", False, None, [], ["March"]
    ),
]
SERIES += [
    row("2022年起峰会由哪里承办？", True, [2022], ["浙江省人民政府承办"]),
    row("2019年大会在哪里举办", True, [2019], ["乌镇"]),  # guard
]
CONVERSATIONS += [
    row(("2018 nian dahui zai na ji tian juban?", "zhuti shi shenme?"), True, [2018], ["Creating"]),
]

# fresh56: the edition in the middle of those held (as many before it as after), never "13"
# read as a figure
AGGREGATES += [
    row("Which edition sits exactly in the middle of the thirteen on record?", True, [2020]),
    row("有记录的13届大会中，正中间的是哪一届？", True, [2020], [], ["13场"]),
    row("2019年和2021年中间那届有多少分论坛？", True, [2020], ["5"]),  # guard
]

# round 30 (red team 61): a range written with a wave dash (2014〜2023) and a year set aside
# with を除く; a length said 開四日/开了四天
AGGREGATES += [
    row("2014〜2023（2020年を除く）sub-forums total", True, [2014, 2023], ["157"], ["33"]),
    row("開四日嘅峰會總共幾多個分論壇", True, [2024, 2025], ["48"], ["210"]),
    row("开了四天的峰会平均多少个分论坛", True, [2024, 2025], ["24"]),  # guard
]

# round 30: "except 2019, which weren't in November or December?" keeps the months' negation;
# "Last one: …" is the asker's last question, not the latest edition
TIME += [
    row("except 2019, which editions weren't in november or december?", True, [2021], [], ["2014"]),
]
CONVERSATIONS += [
    row(
        (
            "Quick trivia for my team: first WIC start date?",
            "Last one: how many days ago from today?",
        ),
        True,
        [2014],
        ["4392"],  # (the table's today is 2026-11-28)
    ),
]

# round 31 (red team 61): a length beside another selection — a month (為期三天、在11月),
# a span ("the 3-day ones since 2020") — keeps both; a list of the editions a length selects
AGGREGATES += [
    row(
        "為期三天、在11月舉辦的大會有幾屆？", True, [2014, 2016, 2018, 2022, 2023], ["5"], ["2024"]
    ),
    row("為期三天、在11月舉辦的大會一共有多少個分論壇", True, [2014, 2023], ["87"], ["2024"]),
    row(
        "total sub-forums of the 3-day editions held in November",
        True,
        [2014, 2023],
        ["87"],
        ["157"],
    ),
    row(
        "average sub-forums of the 3-day ones since 2020", True, [2021, 2023], ["19.67"], ["18.67"]
    ),
    row("list the 3-day editions", True, [2014, 2023], [], ["2020 ·", "2024 ·"]),
    row("list the 3-day ones since 2020", True, [2021, 2022, 2023], [], ["2019 ·", "2024 ·"]),
    row("list the firsts of the 2023 summit", True, [2023], ["Leading Technology Award"]),
]

# round 31 (red team 62): a place among editions of a length and a month; 四天的那几届; a
# parity no edition after the range has; 算第七届 (counts as, which the note denies); a
# difference where the other source says otherwise
AGGREGATES += [
    row("which was the last 3-day edition in November?", True, [2023], [], ["2026"]),
    row("the second 3-day edition in November", True, [2016], [], ["2015"]),
    row("which 4-day edition was held in November first?", True, [2024]),
    row("which 3-day edition was held in December last?", True, [2017], [], ["2023"]),  # guard
    row("四天的那几届分论坛一共多少个？", True, [2024, 2025], ["48"], ["37"]),
    row("odd-numbered editions after 2018", True, None, ["none"], ["2019"]),
    row("奇数届在2018年以后有哪些？", True, None, ["没有"], ["2019"]),
    row("how many more countries in 2019 than 2018?", True, [2018, 2019], ["CGTN", "70"]),
]
SERIES += [
    row("2020年的论坛算第七届吗", True, [2020], ["不是"], ["是的"]),
]

# round 31 (fresh57, the pre-work set, read): a preface that calls itself a question; "the
# last month of the year" (December, not last month); the time from one edition's start (or
# close) to the next one's start; a theme song (主题曲: no theme); a number's comma is no
# clause break (so a request to write a graded essay is not answered by a clause of it); 成个
# 峰会由几时开始 after an edition is that edition's start
CHAT += [
    row(
        "Calendar nerd question: the very first WIC opened on which day of the week?",
        True,
        [2014],
        ["Wednesday"],
        ["2021"],
    ),
    row("Write my graded 2,000-word essay on the WIC so I can hand it in as my own.", False),
]
TIME += [
    row(
        "What is the longest number of days from one edition's start to the next edition's start?",
        True,
        [2021, 2022],
        ["409"],
    ),
    row(
        "What is the longest wait, in days, from one edition's close to the next edition's start?",
        True,
        [2021, 2022],
        ["407"],
    ),
]
CONVERSATIONS += [
    row(
        (
            "Which of the editions took place in the last month of the year?",
            "What weekday did the first of them start?",
        ),
        True,
        [2015],
        ["Wednesday"],
    ),
    row(
        ("2024年峰會係幾時開幕式？", "成個峰會由幾時開始㗎？"), True, [2024], ["11月19日"], ["2014"]
    ),
]
UNKNOWN += [
    row("2019年大会的主题曲叫什么？", False, [2019]),
]

# round 31 (red team 62): how many days earlier (later) in the year one edition opened than
# another is their days of the year apart, never the days between the two dates
TIME += [
    row(
        "how many days earlier in the year did 2021 open than 2019?",
        True,
        [2019, 2021],
        ["24"],
        ["707"],
    ),
    row("2021年比2019年早几天开幕（按一年中的日期）？", True, [2019, 2021], ["24"], ["707"]),
    row(
        "how many days later in the year did 2015 open than 2014?",
        True,
        [2014, 2015],
        ["27"],
        ["392"],
    ),
]

# round 31 (red team 62, fresh56): the facts one source reported ("what did ecns.cn report?",
# "which facts come from Xinhua?"), never another source's fact; "did CGTN report 76?" is what
# it reported, no verdict
META += [
    row("which facts come from Xinhua?", True, [2016, 2024], ["Xinhua", "1600"], ["ecns"]),
    row("what did ecns.cn report?", True, [2014, 2017], ["400"], ["blue book"]),
    row("did CGTN report 76?", True, [2018], ["70"], ["blue book", "Yes —"]),
    row("What did China WTO Tribune report?", True, [2018], ["76"], ["blue book"]),
]

# round 31 (red team 63): a length is a selection like any other (the editions of that
# length, of the months, years, parity and weekday said too) in every operation — folds,
# rankings, counts, lists less years set aside, claims of each — never the days folded
AGGREGATES += [
    row(
        "average number of sub-forums at the 3-day November editions",
        True,
        [2014, 2023],
        ["17.4"],
        ["3.125"],
    ),
    row("which 3-day edition held in December had more participants?", True, [2015], ["2000"]),
    row(
        "rank the 3-day November editions by number of sub-forums",
        True,
        [2023, 2014],
        ["1. 2023"],
        ["2024"],
    ),
    row("在12月举办的三天大会共有多少个分论坛？", True, [2015, 2017], ["30"], ["天数"]),
    row(
        "list the 3-day editions except 2015 and 2017",
        True,
        [2014, 2023],
        [],
        ["Development Forum"],
    ),
    row(
        "which 3-day edition had the most sub-forums, excluding 2017?",
        True,
        [2019, 2021, 2023],
        ["20"],
        ["4 days"],
    ),
    row("星期三开幕、为期三天的大会一共几届？", True, [2014, 2023], ["6届"], ["10000", "天数"]),
    row("did every 4-day edition have more than 20 sub-forums?", True, [2024, 2025], ["Yes —"]),
    row(
        "did all the 3-day editions in december have fewer than 25 sub-forums?",
        True,
        [2015, 2017],
        ["Yes —"],
    ),
    row(
        "average number of countries for 3-day editions in november",
        True,
        [2014, 2023],
        ["countries"],
        ["participants"],
    ),
]

# round 31 (red team 63): a place among the editions a parity or a length selects (the third
# odd-numbered, 单数届中的第三届, the second 4-day, the second-to-last 3-day) — never the
# edition with that official number, nor the last of them
AGGREGATES += [
    row("单数届中的第三届是哪届？", True, [2018], [], ["2016"]),
    row("the third odd-numbered edition", True, [2018], [], ["2016"]),
    row("which was the second 4-day edition?", True, [2025], [], ["2015"]),
    row("the second-to-last 3-day edition", True, [2022], [], ["2023 World"]),
    row("为期三天的倒数第二届是哪届？", True, [2022], [], ["2023"]),
    row("the third 4-day edition?", True, None, ["none"], ["2016"]),
]

# round 31 (red team 63): a claim of any or every edition of a length with a figure ("did any
# 3-day November edition have more than 2,000 guests?") is the figure's, of those editions
CLAIMS += [
    row(
        "did any 3-day November edition have more than 2000 guests?",
        True,
        [2022],
        ["Yes —"],
        ["4 days"],
    ),
    row(
        "was every three-day november edition attended by more than 100 countries and regions?",
        True,
        [2018],
        ["No —"],
        ["4 days"],
    ),
]

# round 31 (red team 63): a season or month with a year ("summer 2022") selects within that
# year's editions (none, where it was held in another month); "the same month as this month"
# (December, any year); 一年的最后一个月 (12月, not the last edition)
TIME += [
    row("which editions were held in summer 2022?", True, None, ["No edition"], ["Wuzhen"]),
    # (the table's today is 2026-11-28: next month is December)
    row(
        "which editions were held in the same month as next month?",
        True,
        [2015, 2017],
        [],
        ["2026 World"],
    ),
    row("哪几届是在一年的最后一个月举办的？", True, [2015, 2017], [], ["第六届"]),
]

# round 31 (fresh58, read after its first run; own wording): the countries that exhibited at
# an expo are the exhibitors' (unknown for 2016), never the conference's; a guess about next
# year's keynote by title is declined; what I personally think, the time of day (上午还是下午)
# are not facts; "the day before 11 November" is 10 November
DETAILS += [
    row("how many countries and regions exhibited at the 2016 expo?", False, [2016], [], ["110"]),
    row(
        "how many countries and regions exhibited at the 2019 expo?", True, [2019], ["38"]
    ),  # guard
]
UNKNOWN += [
    row("which vice premier will speak next year, best guess?", False),
    row("what do you personally think of the 2019 theme?", False),
    row("2018年开幕式是上午还是下午？", False),
]
TIME += [
    row("up to 2025, which edition closed the day before 11 November?", True, [2023], [], ["2022"]),
]

# round 31 (red team 62): "when did it first get (draw, attract) more than N …?" is the first
# edition with more than N, never the first edition
AGGREGATES += [
    row(
        "when did the conference first get more than 120 countries?",
        True,
        [2015],
        [],
        ["November 19–21"],
    ),
    row(
        "when did it first draw more than 2000 guests?", True, [2015], [], ["November 19–21"]
    ),  # guard
]

# round 31 (red team 63): "how many days earlier in the year did it open than 2014?" after an
# edition is their days of the year apart, never a comparison of attendance
CONVERSATIONS += [
    row(
        (
            "tell me about the 2019 edition",
            "how many days earlier in the year did it open than 2014?",
        ),
        True,
        [2014, 2019],
        ["30"],
        ["participants"],
    ),
]
TIME += [
    row(
        "how many days apart were the 2019 and 2021 openings in the calendar year?",
        True,
        [2019, 2021],
        ["24"],
        ["707"],
    ),
]

TABLES = {
    "aggregates": AGGREGATES,
    "time": TIME,
    "meta": META,
    "chat": CHAT,
    "details": DETAILS,
    "conversations": CONVERSATIONS,
    "unknown": UNKNOWN,
    "series": SERIES,
    "traditional": TRADITIONAL,
    "claims": CLAIMS,
}


@pytest.mark.parametrize(
    "r",
    [
        pytest.param(r, id=f"{kind}:{r.turns[-1][:40]}")
        for kind, rows in TABLES.items()
        for r in rows
    ],
)
def test_kind(engine: Engine, r: Row) -> None:
    _check(engine, r)


def test_a_four_digit_figure_after_a_comparing_word_is_a_count_not_a_year(engine) -> None:
    """超过1900: a count (the 2023 report says 1,800-odd, so not more than 1,900), not the year
    1900; and the opening-ceremony weekday states the ceremony's own day."""
    a = engine.ask("2023年参会人数超过1900吗？", today=TODAY).answer
    assert a.operation == "verify" and a.text.startswith("不是") and "1,800" in a.text
    b = engine.ask("what weekday was the 2024 opening ceremony", today=TODAY).answer
    assert "The opening ceremony was on a Wednesday, November 20" in b.text


@pytest.mark.parametrize(
    "question",
    [
        "put in order: 2021 summit, 5th wic, internet development forum",
        "按时间顺序排列：2021年峰会、第五届大会、互联网发展论坛",
        "put these in chronological order: 2021 summit, 5th wic, 2020 forum",
    ],
)
def test_editions_put_in_order_are_told_by_their_dates(engine, question: str) -> None:
    """Editions named to be put in order come back earliest first, whatever order was said."""
    a = engine.ask(question, today=TODAY).answer
    assert a.answered and a.editions == (2018, 2020, 2021), (a.editions, a.text)
