"""Wrong answers a red-team found (kinds K1–K20 in the issue note), one table per kind.

Each row is a question that was answered with a false or unsupported yes/no. ``start`` is
what the answer must begin with now; ``never`` what it must not begin with (the wrong verdict
it gave), where the honest answer is the fact without a verdict.
"""

from __future__ import annotations

import pytest

from .conftest import TODAY


def text(engine, question: str) -> str:
    return str(engine.ask(question, today=TODAY).answer.text)


# A claim is settled by the fact it is about, or not settled at all.
SETTLED = [
    # K1: a Chinese edition name's year claims nothing; the place or theme claim decides
    ("第一届世界互联网大会在北京举办吗", "不是"),
    ("第二届世界互联网大会在杭州举办吗", "不是"),
    ("第五届世界互联网大会的主题是“互联互通·共享共治”吗", "不是"),
    # K2: a Chinese figure before a measure word is the claim
    ("2023年有24个分论坛吗", "不是"),
    ("2017年有19个分论坛吗", "不是"),
    ("2019年有83个国家参会吗", "是的"),
    ("2015年有超过2000人参会吗", "是的"),
    # K3: "than 2015" names an edition to compare with
    ("did 2014 have more forums than 2015", "Yes —"),
    ("did 2025 have more exhibitors than 2019", "Yes —"),
    ("did 2017 have more achievements than 2016", "Yes —"),
    # K12: the organisation's seat, not the summits' venue
    ("is wic based in wuzhen", "No —"),
    # K15: "did 1,800 attend?" when more than 1,800 did
    ("did 1800 guests attend the 2024 summit", "Yes —"),
    ("did 400 companies exhibit in 2022", "Yes —"),
    # K10: "last year" is a year, not "the last one with a number"
    ("was there a summit last year", "Yes —"),
    ("was the 6th the last one with an official number", "Yes —"),
    # K11: "ever"/"any" in a month asks whether some edition was; "every" whether all were
    ("has the wic ever been held in september", "Yes —"),
    ("was any summit held in july", "No —"),
    ("was every wic held in november", "No —"),
    # K13: the attribute asked is the one compared
    ("2014年的论坛比2015年多吗", "是的"),
    ("哪一届最短", "会期最短"),
    ("was the 2020 forum shorter than the 2019 wic", "Yes —"),
    # K17: "before"/"came first" between two editions is their order, not the day of the year
    ("was the 2018 wic held before the 2017 wic", "No —"),
    ("was the 2017 wic held before the 2018 wic", "Yes —"),
    ("which came first, the 2021 summit or the 2020 forum", "The World Internet Conference"),
    ("which came first in its year: the 2018 or the 2022 summit?", "The 5th"),
    # a year the member typed is still a claim, even of the edition it names
    ("Was the first WIC held in 2014?", "Yes —"),
    ("was the 1st wic in '14?", "Yes —"),
    ("was the 1st wic in '15?", "No —"),
    ("第一届是2014年举办的吗", "是的"),
    # controls: what was right stays right
    ("did wang huning give the keynote at the 2018 wic", "No —"),
    ("Did Wang Huning give the keynote at the 2017 WIC?", "Yes —"),
    ("did xi jinping give a video address in 2023", "Yes —"),
    ("did the 2026 summit open on november 3?", "Yes —"),
    ("was the 2023 summit held in november", "Yes —"),
]


@pytest.mark.parametrize(("question", "start"), SETTLED)
def test_claims_are_settled_by_their_own_fact(engine, question, start):
    assert text(engine, question).startswith(start)


UNSETTLED = [
    # K1/K2: another figure of the detail, or none the claim is about
    ("第四届世界互联网大会习近平发表主旨演讲了吗", "是的"),
    ("第一届世界互联网大会有20个论坛吗", "是的"),
    # K4: a detail's other figure draws no verdict from its main count
    ("did 47 countries exhibit in 2023", "No"),
    ("were 107 exhibitors from abroad in 2019", "No"),
    # K5: a person, and how they took part, must be what the quote says
    ("did tim cook speak at the 2017 wic", "Yes"),
    ("did the president speak at the 2017 wic", "Yes"),
    ("did xi jinping give a video speech in 2015", "Yes"),
    ("did li qiang give a video address in 2026", "Yes"),
    ("did wang huning read xi's letter in 2017", "Yes"),
    ("2019年黄坤明发表主旨演讲了吗", "是的"),
    # K6: the opening ceremony fell on another day than the start
    ("was the 2024 opening ceremony on november 19", "Yes"),
    ("was the 2024 opening ceremony on november 20", "No"),
    ("did the 2025 summit open on november 7", "No"),
    # K7: the 2026 closing day is not known
    ("was the 2026 summit held november 3-5", "Yes"),
    ("did the 2026 summit last three days", "No"),
    ("did the 2026 summit end on november 6", "No"),
    ("2026年峰会在11月3日至5日举行吗", "是的"),
    ("2026年峰会11月5日闭幕吗", "不是"),
    # K8: "only" is a claim about every edition, or about every way it was held
    ("was 2017 the only edition held in december", "Yes"),
    ("was 2024 the only 4-day edition", "Yes"),
    ("did the 2020 forum take place only in wuzhen", "Yes"),
    ("2020年论坛只在乌镇举办吗", "是的"),
    ("was the 2021 summit virtual", "Yes"),
    # K9: "最后一届有官方届次的" is the last one that had one, not the latest edition
    ("2019年是最后一届有官方届次的大会吗", "不是"),
    ("第六届世界互联网大会是最后一届有届次的大会吗", "不是"),
    # K9: the 2020 forum was held instead of a 7th WIC
    ("was the 2020 event the 7th wic", "Yes"),
    ("2020年举办了第七届世界互联网大会吗", "是的"),
    # K14: the file names some speakers, not everyone who spoke
    ("did li shulei give the keynote in 2024", "No"),
    ("2024年李书磊发表主旨演讲了吗", "不是"),
    ("did liu he speak at the 2022 summit", "No"),
    ("did wang huning speak at the 2018 wic", "No"),
    # K16: 是的/不是 to a negated question reads either way
    ("2015年大会没有在北京举办吧", "不是"),
]


@pytest.mark.parametrize(("question", "never"), UNSETTLED)
def test_claims_the_facts_cannot_settle_get_no_verdict(engine, question, never):
    assert not text(engine, question).startswith(never)


@pytest.mark.parametrize(
    ("question", "says", "never"),
    [
        # K12: the seat of the organisation
        ("where is wic headquartered", "Beijing", "permanent venue"),
        ("世界互联网大会总部在哪里", "北京", "永久会址"),
        ("where is the wic secretariat", "Beijing", "permanent venue"),
        # K13: a difference in attendance is a comparison of attendance, not of dates
        ("what's the difference in attendance between 2015 and 2016", "participants", "days"),
        ("was the 2020 forum shorter than the 2019 wic", "3 days", "participants"),
        # K10: the second most recent is the one before the latest
        ("when was the 2nd-to-last summit", "2025", "2nd World"),
        ("when was the second most recent summit", "2025", "2nd World"),
        ("倒数第二届是什么时候", "2025年", "第二届"),
        # K11: counts and superlatives keep the months and years asked
        ("how many editions were held in december", "2 of the 13", "There have been"),
        ("how many editions were held before 2020", "6 of the 13", "There have been"),
        ("12月举办过几届", "符合条件的有2届", "至今共举办了"),
        ("2020年之前举办了几届", "符合条件的有6届", "至今共举办了"),
        ("which edition had the highest attendance before 2020", "2nd World", "2022"),
        ("which year had the most countries before 2024", "2023", "2025"),
        # K17: online attendance is not the on-site figure; the last numbered edition is 2019
        ("How many people attended the 2024 summit online?", "online attendance", "1,800"),
        ("2024年线上有多少人参会", "线上参会人数", "1,800"),
        ("Which was the last edition with an official ordinal number?", "6th (2019)", "Assuming"),
        # K18: other events that share the series' words are other events
        ("when was the china internet conference", "not other events", "2026"),
        ("中国互联网大会是什么时候", "不了解其他活动", "2026"),
        ("when is the internet governance forum", "not other events", "2026"),
        # K20: Chinese answers word their figures in Chinese
        ("哪一届分论坛最多", "24个分论坛", "sub-forums"),
        ("哪一届参会人数最多", "超过2,100人", "participants"),
    ],
)
def test_answers_say_the_fact_asked_in_the_question_s_language(engine, question, says, never):
    answer = text(engine, question)
    assert says in answer
    assert never not in answer


# The second red team's kinds (R1–R22), on the fixed engine.
SETTLED_2 = [
    # R1: "80多个" is eighty-odd: more than 80
    ("2019年有80多个国家参会吗", "是的"),
    ("2024年有20多个分论坛吗", "是的"),
    ("2015年有200多家参展商吗", "是的"),
    # R3: "the fall" is autumn, never a place
    ("was the 2021 summit held in the fall", "Yes —"),
    ("was the 2014 wic held in the fall, right?", "Yes —"),
    # R5: a claim about two editions holds only if it holds for both
    ("were both 2015 and 2016 in december", "No —"),
    ("2015年和2016年都在12月举办吗", "不是"),
    # R6: a tag after the compared year keeps the comparison
    ("did 2015 have more forums than 2014, right?", "No —"),
    # R7: "more recent", 晚, 之后 are the order of two editions
    ("is 2025 more recent than 2024", "Yes —"),
    ("2024年比2025年晚吗", "不是"),
    ("第五届是在第四届之后举办的吗", "是的"),
    # R10: "exactly 1,000" is not "more than 1,000"
    ("did exactly 1000 people attend the first wic", "No —"),
    # R12: "2O19" is 2019, and its figures are checked as typed
    ("did the 2O19 wic have 20 sub-forums", "Yes —"),
    ("did 2O25 have 670 exhibitors", "Yes —"),
    # R19: 成果 are the achievements, not the attendance
    ("2017年的成果比2016年多吗", "是的"),
    # third round — S1: a place worded otherwise is the same place
    ("was the 2023 summit held in zhejiang province", "Yes —"),
    ("was the 2023 summit held in tongxiang city", "Yes —"),
    ("2023年峰会是在桐乡乌镇举办的吗", "是的"),
    # S3: a quoted theme is that theme only if every word quoted is in it
    ("was 'Embracing a People-centered and AI-for-good Digital Future' the theme in 2025", "No —"),
    ("was 'Embracing a People-centered and AI-for-good Digital Future' the theme in 2024", "Yes —"),
    (
        'was the 2018 theme "Creating a Digital World of Mutual Trust and Collective Governance"?',
        "Yes —",
    ),
    # S4: "every summit since 2022" is each of them
    ("did every summit since 2022 release exactly 15 achievements", "No —"),
    # an edition named after "at" is no claimed place: "at the 5th conference"
    ("Did Huang Kunming give the keynote speech at the 5th conference?", "Yes —"),
    ("was the 5th wic held in beijing", "No —"),
    ("2019年大会主题是“智能互联 开放合作”吗", "是的"),
    # a Chinese figure with its measure word (20项, 300家) is read, not declined as unknown
    ("2018年发布了20项领先科技成果吗", "不是"),
    ("2015年博览会有300家参展商吗", "不是"),
    ("每一届都是11月办的吗", "不是"),  # every edition, not which ones
    ("was the 2019 wic held in october, yes or no?", "Yes —"),
    ("was WIC No. 4 held in 2017?", "Yes —"),
    # an area the town lies in (the file's place_within) is no other place: no closed-world No
    ("was the 2016 wic held in jiaxing?", "Yes —"),
    ("was the 2016 wic held in the yangtze river delta?", "Yes —"),
    ("was the 2016 wic held in asia?", "Yes —"),
    ("was the 2016 wic held in a water town?", "Yes —"),
    ("2016年大会是在嘉兴举办的吗", "是的"),
    ("2016年大会是在长三角举办的吗", "是的"),
    ("is the wic held in jiaxing", "Yes —"),
    ("was the 2016 wic held in shanghai?", "No —"),
    ("is the wic held in hangzhou", "No —"),
    # numbers spelled out are read whole, never corrected into ordinals ("sixty" is no "sixth")
    ("were there sixty sub-forums in 2019", "No —"),
    ("were there eighty-three countries in 2019", "Yes —"),
    ("were there eighty three countries in 2019", "Yes —"),
    ("were there ninety countries in 2019", "No —"),
    ("did about one thousand five hundred guests attend in 2019", "Yes —"),
    # sixth round: Chinese figures in characters are figures (两千多, 八十三, 十五)
    ("2015年大会有两千多人参加吗？", "是的"),
    ("2019年有八十三个国家和地区参加吗？", "是的"),
    ("2017年发布了十五项领先科技成果吗？", "不是"),
    ("2014年大会来宾不到五百人吗？", "不是"),
    # a month between 在 and 举办 is a time, not a claimed place
    ("2016年大会是在十一月举办的吗", "是的"),
    ("2019年大会是在秋天举办的吗", "是的"),
    ("2016年大会是在杭州举办的吗", "不是"),
    # controls
    ("is the WIC an international organization?", "Yes —"),
]


@pytest.mark.parametrize(("question", "start"), SETTLED_2)
def test_second_round_claims_are_settled_by_their_own_fact(engine, question, start):
    assert text(engine, question).startswith(start)


UNSETTLED_2 = [
    # R2: a seat we cannot quote is still claimed
    ("世界互联网大会总部在杭州吗", "是的"),
    ("世界互联网大会国际组织总部设在深圳吧", "是的"),
    # R9: the figures do not say who attended online
    ("did over 1800 people attend the 2024 summit online", "Yes"),
    ("2024年有1800多人线上参会吗", "是的"),
    # R11: an expo's or sub-forums' days are not the edition's
    ("2020年博览会是11月23日开始的吗", "是的"),
    ("were the 2020 sub-forums on november 23", "Yes"),
    # R18: the opening ceremony's day is recorded for few editions
    ("was the 2023 opening ceremony on november 8", "Yes"),
    ("did the 2025 summit kick off on november 7", "No"),
    # R15: "the only edition with 24", "remote"
    ("was 2024 the only edition with 24 sub-forums", "Yes"),
    ("was the 2021 summit remote", "Yes"),
    # R16: 不是…吧 reads either way
    ("2018年的主题不是“互联互通·共享共治”吧", "不是"),
    # R20: "a keynote address" names one speaker of several, maybe
    ("did li qiang give a keynote in 2025", "No"),
    ("2025年李强发表主旨演讲了吗", "不是"),
    # R21: "X or Y?" asks which
    ("is the wic hq in wuzhen or beijing", "No"),
    # S2: words that ask something else are no claimed place
    ("is the zhejiang provincial government the organizer of the 2024 summit", "No"),
    ("has the wic been held 13 years in a row", "No"),
    ("was the 2021 summit held in hybrid form", "No"),
    # S1: a Chinese place a character off the venue is maybe a typo: no 不是
    ("2018年大会在乌真举办吗", "不是"),
    # fourth round: "more than once" is a count, not a place; a quoted Chinese theme is that
    # theme only as written; a weekday the organisation's facts do not check
    ("has the wic been held in december more than once?", "No"),
    ("2015年大会主题是“智能互联 开放合作”吗", "是的"),
    ("国际组织是星期五成立的吗", "是的"),
    ("2015年习近平亲自作了主旨演讲，对不对", "不是"),
    # a negated claim ("never", "not") reads either way: the fact, no verdict; and "never" is
    # never corrected into "newer"
    ("was the 2017 wic never held in december", "Yes"),
    ("was the 2017 wic not held in december", "Yes"),
    ("has the wic never been held in september", "Yes"),
    # fifth round: "had no expo" is a negation; "yes or no?" is still a yes/no question
    ("Isn't it true that the 2nd WIC had no expo?", "Yes"),
    ("Was the 2016 WIC not held in November?", "Yes"),
    # S5: a Chinese seat claim we cannot quote gets no 是的
    ("国际组织总部在上海，对吗", "是的"),
    # R8: "more than 10 years ago" is not an edition ten years ago
    ("was the first wic more than 10 years ago", "No"),
    # no place named ("a city", "a town"): nothing to settle, no vacuous Yes
    ("was the 2016 wic held in a city?", "Yes"),
    ("was the 2016 wic held in a town?", "Yes"),
    ("is the wic held in a town", "Yes"),
    # sixth round: "…didn't…" inside "is it true that" negates the claim: no verdict
    ("Is it true that the 2015 conference didn't have an expo?", "Yes"),
    ("Is it true that the 2021 summit wasn't held online?", "Yes"),
    ("每一届都在十一月举办吗？", "是的"),
]


@pytest.mark.parametrize(("question", "never"), UNSETTLED_2)
def test_second_round_claims_the_facts_cannot_settle_get_no_verdict(engine, question, never):
    assert not text(engine, question).startswith(never)


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        # R4: "was it in October?" is about the edition talked about, not any edition
        (("when was the 2018 wic", "was it in october?"), "No —"),
        (("2018年大会是什么时候", "是10月举办的吗"), "不是"),
        (("2019年大会在哪里举办", "是在10月吗"), "是的"),
        # …while "was any held in October?" still searches them all
        (("when was the 2018 wic", "was any summit held in october?"), "Yes —"),
    ],
)
def test_month_claims_in_a_conversation_are_about_the_edition_talked_about(engine, turns, start):
    context, now = None, 0.0
    for turn in turns:
        now += 5.0
        reply = engine.ask(turn, today=TODAY, context=context, now=now)
        context = reply.context
    assert reply.answer.text.startswith(start)
