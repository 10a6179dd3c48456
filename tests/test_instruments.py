from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerkit
from careerkit.instruments import (
    CBI_CLIENT_ITEMS,
    CBI_PERSONAL_ITEMS,
    CBI_WORK_ITEMS,
    WHO5_ITEMS,
    CbiResult,
    InstrumentError,
    Who5Result,
    cbi,
    cbi_band,
    who5,
)


class Answer:
    """An integer-like answer such as numpy's int64 (has __index__ but is not an int)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"Answer({self.value})"


# --- WHO-5 ---------------------------------------------------------------------------------------


def test_who5_best_and_worst() -> None:
    assert who5([5, 5, 5, 5, 5]).index == 100
    assert who5([5, 5, 5, 5, 5]).raw == 25
    worst = who5([0, 0, 0, 0, 0])
    assert (worst.raw, worst.index, worst.poor_wellbeing, worst.very_low_wellbeing) == (
        0,
        0,
        True,
        True,
    )
    assert worst.low_items == (1, 2, 3, 4, 5)


def test_who5_raw_12_is_poor_and_raw_13_is_not() -> None:
    twelve = who5([3, 3, 2, 2, 2])
    thirteen = who5([3, 3, 3, 2, 2])
    assert (twelve.raw, twelve.index, twelve.poor_wellbeing) == (12, 48, True)
    assert (thirteen.raw, thirteen.index, thirteen.poor_wellbeing) == (13, 52, False)


def test_who5_index_28_is_very_low_and_32_is_not() -> None:
    seven = who5([2, 2, 1, 1, 1])
    eight = who5([2, 2, 2, 1, 1])
    assert (seven.index, seven.very_low_wellbeing) == (28, True)
    assert (eight.index, eight.very_low_wellbeing) == (32, False)


def test_who5_any_item_answered_0_or_1_is_reported_even_with_a_good_total() -> None:
    result = who5([5, 5, 5, 5, 1])
    assert (result.raw, result.index, result.poor_wellbeing) == (21, 84, False)
    assert result.low_items == (5,)
    assert who5([2, 2, 2, 2, 2]).low_items == ()
    assert who5([0, 5, 5, 5, 5]).low_items == (1,)


def test_who5_accepts_integer_like_answers_and_tuples() -> None:
    result = who5(tuple(Answer(4) for _ in range(5)))
    assert result.answers == (4, 4, 4, 4, 4)
    assert type(result.answers[0]) is int


def test_who5_result_repr_and_to_dict() -> None:
    result = who5([3, 3, 2, 2, 2])
    assert repr(result) == (
        "Who5Result(answers=(3, 3, 2, 2, 2), raw=12, index=48, poor_wellbeing=True, "
        "low_items=(), very_low_wellbeing=False)"
    )
    assert result.to_dict() == {
        "answers": [3, 3, 2, 2, 2],
        "raw": 12,
        "index": 48,
        "poor_wellbeing": True,
        "low_items": [],
        "very_low_wellbeing": False,
    }


@pytest.mark.parametrize(
    ("answers", "message", "item"),
    [
        (
            [3, 3, 3, 3, 3, 3],
            "WHO-5 needs exactly 5 answers in the documented item order, got 6",
            None,
        ),
        ([3, 3, 3, 3], "WHO-5 needs exactly 5 answers in the documented item order, got 4", None),
        (
            [3, 3, 7, 3, 3],
            "WHO-5 item 3 (active and vigorous): answer must be an integer from 0 to 5, got 7",
            3,
        ),
        (
            [3, -1, 3, 3, 3],
            "WHO-5 item 2 (calm and relaxed): answer must be an integer from 0 to 5, got -1",
            2,
        ),
        (
            ["often", 3, 3, 3, 3],
            "WHO-5 item 1 (good spirits): answer must be an integer from 0 to 5, got 'often'",
            1,
        ),
        (
            [3, 3, 3, 2.5, 3],
            (
                "WHO-5 item 4 (waking fresh and rested): answer must be an integer from 0 to 5, "
                "got 2.5"
            ),
            4,
        ),
        (
            [3, 3, 3, 3, True],
            (
                "WHO-5 item 5 (daily life of interest): answer must be an integer from 0 to 5, "
                "got True"
            ),
            5,
        ),
        (
            [3, 3, 3, 3, None],
            (
                "WHO-5 item 5 (daily life of interest) is unanswered; WHO-5 has no missing-data "
                "rule, so all 5 items are needed"
            ),
            5,
        ),
        ("33333", "WHO-5 needs a sequence of 5 answers, got str", None),
        (33333, "WHO-5 needs a sequence of 5 answers, got int", None),
    ],
)
def test_who5_rejects_bad_answers_naming_the_item(
    answers: object, message: str, item: int | None
) -> None:
    with pytest.raises(InstrumentError) as info:
        who5(answers)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert info.value.item == item
    assert info.value.instrument == "WHO-5"


def test_instrument_error_is_a_careerkit_value_error_and_pickles() -> None:
    error = InstrumentError("WHO-5 item 1 (good spirits): bad", instrument="WHO-5", item=1)
    assert isinstance(error, careerkit.CareerkitError)
    assert isinstance(error, ValueError)
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.instrument, copy.item) == (str(error), "WHO-5", 1)


@given(st.lists(st.integers(0, 5), min_size=5, max_size=5))
def test_who5_index_is_four_times_the_raw_sum(answers: list[int]) -> None:
    result = who5(answers)
    assert result.raw == sum(answers)
    assert result.index == 4 * result.raw
    assert 0 <= result.index <= 100
    assert result.poor_wellbeing == (result.raw < 13)
    assert result.very_low_wellbeing == (result.raw <= 7)


def test_item_themes_are_short_labels_of_the_right_length() -> None:
    assert len(WHO5_ITEMS) == 5
    assert (len(CBI_PERSONAL_ITEMS), len(CBI_WORK_ITEMS), len(CBI_CLIENT_ITEMS)) == (6, 7, 6)
    assert CBI_WORK_ITEMS[6] == "energy for family and friends in leisure time (reverse-scored)"
    assert not any("?" in t for t in WHO5_ITEMS + CBI_PERSONAL_ITEMS + CBI_WORK_ITEMS)


# --- CBI -----------------------------------------------------------------------------------------


def test_cbi_answers_score_0_25_50_75_100() -> None:
    for answer, score in [(0, 0.0), (1, 25.0), (2, 50.0), (3, 75.0), (4, 100.0)]:
        assert cbi(personal=[answer] * 6).personal == score


def test_cbi_personal_all_sometimes_is_50() -> None:
    result = cbi(personal=[2, 2, 2, 2, 2, 2])
    assert (result.personal, result.work, result.client) == (50.0, None, None)
    assert result.answered == (6, 0, 0)


def test_cbi_reverse_item_is_the_seventh_work_item() -> None:
    # Six items "often" (75) and the energy item "always" (100, reversed to 0).
    assert cbi(work=[3, 3, 3, 3, 3, 3, 4]).work == pytest.approx((6 * 75 + 0) / 7)
    assert cbi(work=[3, 3, 3, 3, 3, 3, 0]).work == pytest.approx((6 * 75 + 100) / 7)
    # Reversing applies to nothing else: the same answers on the personal scale are not reversed.
    assert cbi(personal=[4, 4, 4, 4, 4, 4]).personal == 100.0
    assert cbi(work=[4, 4, 4, 4, 4, 4, 0]).work == 100.0
    assert cbi(work=[4, 4, 4, None, None, None, 4]).work == pytest.approx(75.0)


def test_cbi_personal_needs_3_of_6_answers() -> None:
    two = cbi(personal=[2, 3, None, None, None, None])
    assert two.personal is None
    assert two.notes == (
        "personal: 2 of 6 items answered, at least 3 needed, so the scale is not scored",
    )
    three = cbi(personal=[2, 3, 4, None, None, None])
    assert three.personal == 75.0
    assert three.notes == ()
    assert three.answered == (3, 0, 0)


def test_cbi_work_needs_4_of_7_answers() -> None:
    three = cbi(work=[4, 4, 4, None, None, None, None])
    assert three.work is None
    assert three.notes == (
        "work: 3 of 7 items answered, at least 4 needed, so the scale is not scored",
    )
    four = cbi(work=[4, 2, None, None, 0, None, 0])
    assert four.work == pytest.approx((100 + 50 + 0 + 100) / 4)


def test_cbi_client_rule_defaults_to_3_of_6_and_is_configurable() -> None:
    answers = [1, 1, 1, None, None, None]
    assert cbi(client=answers).client == 25.0
    strict = cbi(client=answers, client_min_answered=4)
    assert strict.client is None
    assert strict.notes == (
        "client: 3 of 6 items answered, at least 4 needed, so the scale is not scored",
    )
    assert cbi(client=[None] * 5 + [4], client_min_answered=1).client == 100.0


@pytest.mark.parametrize("bad", [0, 7, True, 2.0])
def test_cbi_client_min_answered_must_be_1_to_6(bad: object) -> None:
    with pytest.raises(InstrumentError) as info:
        cbi(client=[1] * 6, client_min_answered=bad)  # type: ignore[arg-type]
    assert str(info.value) == (
        f"CBI client_min_answered must be an integer from 1 to 6, got {bad!r}"
    )


def test_cbi_scales_left_out_or_empty_are_none_without_notes() -> None:
    result = cbi(personal=(), work=None)
    assert result == CbiResult(personal=None, work=None, client=None, answered=(0, 0, 0))
    assert cbi() == result


def test_cbi_all_three_scales_and_to_dict() -> None:
    result = cbi(personal=[2] * 6, work=[3, 3, 3, 3, 3, 3, 1], client=[4, 4, 4, None, None, None])
    assert (result.personal, result.work, result.client) == (50.0, 75.0, 100.0)
    assert result.band("personal") == "moderate"
    assert result.to_dict() == {
        "personal": 50.0,
        "work": 75.0,
        "client": 100.0,
        "answered": {"personal": 6, "work": 7, "client": 3},
        "bands": {"personal": "moderate", "work": "high", "client": "severe"},
        "notes": [],
    }
    assert repr(result) == (
        "CbiResult(personal=50.0, work=75.0, client=100.0, answered=(6, 7, 3), notes=())"
    )


@pytest.mark.parametrize(
    ("kwargs", "message", "item"),
    [
        (
            {"work": [2] * 6},
            (
                "CBI work scale needs exactly 7 answers in the documented item order "
                "(None for an unanswered item), got 6"
            ),
            None,
        ),
        (
            {"personal": [2, 2, 2, 7, 2, 2]},
            (
                "CBI personal scale item 4 (cannot take it anymore): answer must be an integer "
                "from 0 to 4 or None, got 7"
            ),
            4,
        ),
        (
            {"client": [2, 2, 2, 2, 2, "often"]},
            (
                "CBI client scale item 6 (wondering how long one can go on): answer must be an "
                "integer from 0 to 4 or None, got 'often'"
            ),
            6,
        ),
        (
            {"work": [2, 2, 2, 2, 2, 2, 5]},
            (
                "CBI work scale item 7 (energy for family and friends in leisure time "
                "(reverse-scored)): answer must be an integer from 0 to 4 or None, got 5"
            ),
            7,
        ),
        ({"personal": "222222"}, "CBI personal scale needs a sequence of 6 answers, got str", None),
    ],
)
def test_cbi_rejects_bad_answers_naming_the_item(
    kwargs: dict[str, object], message: str, item: int | None
) -> None:
    with pytest.raises(InstrumentError) as info:
        cbi(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert (info.value.instrument, info.value.item) == ("CBI", item)


def test_cbi_band_conventions() -> None:
    assert [cbi_band(s) for s in (None, 0.0, 49.99, 50.0, 74.99, 75.0, 99.99, 100.0)] == [
        None,
        "low",
        "low",
        "moderate",
        "moderate",
        "high",
        "high",
        "severe",
    ]


@given(
    st.lists(st.none() | st.integers(0, 4), min_size=7, max_size=7),
    st.lists(st.none() | st.integers(0, 4), min_size=6, max_size=6),
)
def test_cbi_scores_stay_in_range_and_follow_the_missing_rules(
    work: list[int | None], personal: list[int | None]
) -> None:
    result = cbi(work=work, personal=personal)
    answered_work = sum(a is not None for a in work)
    answered_personal = sum(a is not None for a in personal)
    assert result.answered == (answered_personal, answered_work, 0)
    assert (result.work is None) == (answered_work < 4)
    assert (result.personal is None) == (answered_personal < 3)
    for score in (result.work, result.personal):
        assert score is None or 0 <= score <= 100


def test_results_are_frozen_and_hashable() -> None:
    result = who5([1, 2, 3, 4, 5])
    assert isinstance(result, Who5Result)
    assert hash(result) == hash(who5([1, 2, 3, 4, 5]))
    assert hash(cbi(personal=[1] * 6)) == hash(cbi(personal=[1] * 6))
