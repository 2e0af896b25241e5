"""The held-out judge: an opposite verdict is a wrong fact, whatever dash the answer uses."""

from __future__ import annotations

from tests.fresh import Case, judge


def _case(must: tuple[str, ...]) -> Case:
    return Case("claims", "did it grow every year?", "answer", (2019,), must, (), 1, None)


def test_an_opposite_verdict_after_an_em_dash_is_a_wrong_fact() -> None:
    # The judge folds "—" to "-" before comparing; the verdict check must fold the same way
    # (it did not, so "No — …" against an expected yes counted as a miss, not a wrong fact).
    v = judge(_case(("yes",)), True, (2019,), "No — by the reported figures, it did not.")
    assert v.wrong_fact and not v.correct
    w = judge(_case(("no",)), True, (2019,), "Yes — it did.")
    assert w.wrong_fact


def test_the_expected_verdict_passes() -> None:
    assert judge(_case(("yes",)), True, (2019,), "Yes — it did.").correct
    assert judge(_case(("是的",)), True, (2019,), "是的。它增加了。").correct
    assert judge(_case(("是的",)), True, (2019,), "不是。它没有。").wrong_fact


def test_a_series_level_answer_stating_the_year_is_judged_by_its_words() -> None:
    # Sets mark the organisation's founding with 2022; the answer is about no edition (it is
    # the series' own fact) but states 2022: its must-strings decide, not "wrong editions ()"
    case = Case("series", "when was the org founded?", "answer", (2022,), ("jul",), (), 1, None)
    assert judge(case, True, (), "It was founded on July 12, 2022, in Beijing.").correct
    assert not judge(case, True, (), "It was founded on July 12, 2022.").wrong_fact
    missing = judge(case, True, (), "It was founded in Beijing.")  # (no year stated)
    assert missing.wrong_fact and "wrong editions" in missing.why
    other = judge(case, True, (2019,), "The 2019 summit, October 2022.")  # (another edition)
    assert other.wrong_fact
