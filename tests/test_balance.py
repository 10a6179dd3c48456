from __future__ import annotations

import json
import pickle
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerkit as ck
from careerkit import BalancePolicy, CareerPlan, PolicyError, WeekLog, Wellbeing, score_balance
from careerkit._balance import COMPONENTS, BalanceComponent, Citation
from careerkit._balance.evidence import (
    ACTIVITY_150,
    AFTER_HOURS,
    CBI_BANDS,
    CBI_SCORING,
    EU_48H,
    EU_LEAVE,
    LEAVE_PACE,
    SLEEP_7H,
    WHO5_28,
    WHO5_50,
    WHO5_ITEM,
    WHO_ILO_55H,
)
from careerkit._errors import ArgumentTypeError
from careerkit.model import CbiResponse, TimeOff, Who5Response
from careerkit.reports import BalanceReport

AS_OF = date(2026, 11, 25)  # a Wednesday; the 4-week window starts on 2026-10-29
MONDAYS = (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23))
PREVIOUS_MONDAYS = (date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19), date(2026, 10, 26))
ALL_CITATIONS = (
    SLEEP_7H,
    ACTIVITY_150,
    EU_48H,
    WHO_ILO_55H,
    EU_LEAVE,
    LEAVE_PACE,
    AFTER_HOURS,
    WHO5_50,
    WHO5_28,
    WHO5_ITEM,
    CBI_SCORING,
    CBI_BANDS,
)


def weeks(days: tuple[date, ...] = MONDAYS, **fields: Any) -> list[WeekLog]:
    return [WeekLog(d, **fields) for d in days]


def score(records: Any, **kwargs: Any) -> BalanceReport:
    return score_balance(records, as_of=kwargs.pop("as_of", AS_OF), **kwargs)


# --- no data and coverage ------------------------------------------------------------------------


def test_no_data_gives_no_score_and_says_why() -> None:
    report = score([])
    assert report.score is None
    assert report.reason == (
        "no well-being data from 2026-10-29 to 2026-11-25: log weeks (hours, sleep, activity, "
        "after-hours work, leave) or answer WHO-5 or CBI"
    )
    assert report.risk == ck._balance.Risk(None)
    assert report.coverage.used == ()
    assert report.coverage.missing == COMPONENTS
    assert report.coverage.weeks_logged == 0
    assert report.flags == ()
    assert report.recommendations == ()
    assert report.trend.direction is None
    assert [c.note for c in report.components] == [
        "no hours worked logged in the window",
        "no sleep logged in the window",
        "no physical activity logged in the window",
        "no after-hours work logged in the window",
        "no leave recorded (weekly leave days or time off)",
        "no WHO-5 answered in the window",
        "no CBI answered in the window",
    ]
    assert all(c.value is None and c.points is None for c in report.components)


def test_weeks_outside_the_window_do_not_count() -> None:
    # Weeks are logged by their Monday: the last one before the window and the first after.
    outside = [
        WeekLog(date(2026, 10, 26), sleep_hours=4),
        WeekLog(date(2026, 11, 30), sleep_hours=4),
    ]
    inside = [WeekLog(MONDAYS[0], sleep_hours=8), WeekLog(MONDAYS[3], sleep_hours=8)]
    report = score(outside + inside)
    assert report.component("sleep").value == 8.0
    assert report.coverage.weeks_logged == 2
    assert report.window_start == date(2026, 10, 29)


def test_missing_components_are_left_out_not_counted_as_good_or_bad() -> None:
    report = score(weeks(sleep_hours=6.3))
    assert report.coverage.used == ("sleep",)
    assert report.score == report.component("sleep").points == 90.0
    assert report.component("hours").status == "missing"


def test_window_is_configurable() -> None:
    records = [*weeks(sleep_hours=6.0)[:3], WeekLog(MONDAYS[3], sleep_hours=8.0)]
    assert score(records, window=timedelta(weeks=1)).component("sleep").value == 8.0
    assert score(records).component("sleep").value == 6.5


def test_a_plan_a_wellbeing_and_plain_weeks_score_the_same() -> None:
    records = weeks(hours_worked=45, sleep_hours=7.5)
    by_weeks = score(records)
    by_wellbeing = score(Wellbeing(weeks=tuple(records)))
    by_plan = score(CareerPlan(wellbeing=Wellbeing(weeks=tuple(records))))
    assert by_weeks == by_wellbeing == by_plan
    assert score(iter(records)) == by_weeks  # any iterable, even a generator
    assert score(reversed(records)) == by_weeks  # order does not matter


# --- hours ---------------------------------------------------------------------------------------


def test_hours_54_9_is_over_the_eu_limit_but_55_is_the_risk_threshold() -> None:
    below = score(weeks(hours_worked=54.9))
    at = score(weeks(hours_worked=55))
    assert below.component("hours").status == "watch"
    assert at.component("hours").status == "risk"
    assert [f.code for f in below.flags] == ["over_hours_limit"]
    assert [f.code for f in at.flags] == ["long_hours", "over_hours_limit"]
    assert at.flags[0].message == (
        "55 h or more worked in 4 of the last 4 logged weeks: the WHO/ILO estimate links this "
        "to higher stroke and heart-disease risk"
    )
    assert at.flags[0].severity == "risk"
    assert at.flags[0].citation is WHO_ILO_55H
    assert below.risk.level == "elevated"
    assert at.risk == ck._balance.Risk("high", ("hours",))
    assert below.component("hours").points == 1.4
    assert at.component("hours").points == 0.0


def test_a_single_logged_week_at_55_h() -> None:
    report = score([WeekLog(MONDAYS[0], hours_worked=55)])
    assert report.flags[0].message.startswith("55 h or more worked in the one logged week:")
    assert report.component("hours").status == "risk"
    assert score([WeekLog(MONDAYS[0], hours_worked=54.9)]).component("hours").status == "watch"


def test_hours_48_is_within_the_eu_limit_and_48_1_is_not() -> None:
    ok = score(weeks(hours_worked=48))
    over = score(weeks(hours_worked=48.1))
    assert (ok.component("hours").status, ok.component("hours").points, ok.flags) == (
        "ok",
        100.0,
        (),
    )
    assert over.component("hours").status == "watch"
    assert over.flags[0].message == (
        "averaging 48.1 h of work a week, above the EU limit of 48 h on average"
    )
    assert over.flags[0].recommendation == "Cut about 0.1 h a week to get back to 48 h."
    assert over.flags[0].citation is EU_48H


def test_most_weeks_at_55_h_is_a_risk_even_when_the_average_is_lower() -> None:
    three = score(
        [WeekLog(d, hours_worked=h) for d, h in zip(MONDAYS, (55, 56, 60, 20), strict=True)]
    )
    assert three.component("hours").value == 47.75
    assert three.component("hours").status == "risk"
    assert three.flags[0].message.startswith("55 h or more worked in 3 of the last 4 logged weeks")
    two = score(
        [WeekLog(d, hours_worked=h) for d, h in zip(MONDAYS, (55, 56, 40, 40), strict=True)]
    )
    assert two.component("hours").status == "watch"
    assert two.flags[0].severity == "watch"
    # Each week earns its own points: two long weeks cost half the points.
    assert two.component("hours").points == 50.0


def test_hours_against_contracted_hours() -> None:
    report = score(weeks(hours_worked=52, contracted_hours=40))
    hours = report.component("hours")
    assert hours.note == "52.0 h a week on average, 12.0 h a week over the 40.0 h contracted"
    assert report.flags[0].recommendation == (
        "Cut about 4.0 h a week to get back to 48 h (12.0 h a week over the 40.0 h contracted)."
    )
    assert score(weeks(hours_worked=38, contracted_hours=40)).component("hours").note == (
        "38.0 h a week on average"
    )


# --- sleep and activity --------------------------------------------------------------------------


def test_sleep_6_9_is_below_the_recommendation_and_7_0_meets_it() -> None:
    short = score(weeks(sleep_hours=6.9))
    enough = score(weeks(sleep_hours=7.0))
    assert short.component("sleep").status == "watch"
    assert enough.component("sleep").status == "ok"
    assert short.component("sleep").points == 98.6
    assert enough.component("sleep").points == 100.0
    assert short.flags[0].message == (
        "sleeping 6.9 h a night on average, below the 7 h or more recommended for adults"
    )
    assert short.flags[0].citation is SLEEP_7H
    assert enough.flags == ()


def test_more_than_9_h_of_sleep_is_noted_but_not_penalised() -> None:
    sleep = score(weeks(sleep_hours=9.5)).component("sleep")
    assert (sleep.status, sleep.points) == ("ok", 100.0)
    assert sleep.note == (
        "9.5 h a night on average; more than 9 h can suit recovery or illness, its risk is "
        "uncertain for others"
    )


@pytest.mark.parametrize(
    ("moderate", "vigorous", "status"),
    [(150, None, "ok"), (None, 75, "ok"), (100, 25, "ok"), (149, None, "watch"), (0, 74, "watch")],
)
def test_activity_counts_vigorous_minutes_double(
    moderate: float | None, vigorous: float | None, status: str
) -> None:
    report = score(weeks(activity_minutes=moderate, vigorous_minutes=vigorous))
    assert report.component("activity").status == status


def test_low_activity_flag() -> None:
    report = score(weeks(activity_minutes=90))
    assert report.component("activity").points == 60.0
    assert report.flags[0].message == (
        "about 90 min of moderate activity a week (vigorous minutes count double), below the "
        "150 min recommended"
    )
    assert report.flags[0].recommendation == (
        "Add about 60 min of moderate activity a week, such as brisk walking, or 30 min of "
        "vigorous activity."
    )


# --- recovery: after-hours work and leave --------------------------------------------------------


def test_after_hours_work_limit_is_a_configurable_default() -> None:
    ok = score(weeks(after_hours_days=1))
    watch = score([*weeks(after_hours_days=1)[:3], WeekLog(MONDAYS[3], after_hours_days=2)])
    assert ok.component("after_hours").status == "ok"
    assert watch.component("after_hours").status == "watch"
    assert watch.flags[0].message == (
        "working after hours on 1.2 days a week on average (more than 1, a configurable default)"
    )
    assert watch.flags[0].citation.level == "U"
    strict = score(weeks(after_hours_days=1), policy=BalancePolicy(after_hours_days=0))
    assert strict.component("after_hours").status == "watch"
    assert ok.component("after_hours").points == 85.7


def leave_plan(**fields: Any) -> Wellbeing:
    return Wellbeing(weeks=tuple(weeks(hours_worked=40)), **fields)


def test_little_leave_taken_against_the_year_so_far() -> None:
    data = leave_plan(
        annual_leave_days=20,
        time_off=(TimeOff(date(2026, 3, 2), date(2026, 3, 3)),),  # Monday and Tuesday
    )
    report = score(data)
    leave = report.component("leave")
    # 329 of 365 days gone: 18.0 days would be on pace, half of that is the target.
    assert (leave.value, leave.target, leave.status, leave.points) == (2.0, 9.01, "watch", 22.2)
    assert leave.note == "2 of 20 leave days taken since 2026-01-01, 18.0 would be on pro-rata pace"
    flag = report.flags[0]
    assert flag.message == "2 of 20 leave days taken this leave year, behind pace (18.0 by now)"
    assert flag.recommendation == (
        "You took 2 of your 20 leave days this year: book some time off in the coming weeks."
    )
    assert flag.citation is LEAVE_PACE


def test_leave_is_not_judged_once_the_records_have_stopped() -> None:
    # Leave logged weekly and as time off, all of it in 2025: by late 2026 nothing at all has
    # been logged this leave year, so 0 days taken would be a guess, not a finding.
    stopped = Wellbeing(
        weeks=(WeekLog(date(2025, 3, 3), hours_worked=40, leave_days=1),),
        time_off=(TimeOff(date(2025, 7, 7), date(2025, 7, 11)),),
    )
    leave = score(stopped).component("leave")
    assert (leave.value, leave.status, leave.points) == (None, "missing", None)
    assert leave.note == "nothing logged since the leave year began on 2026-01-01"
    # One week logged this year, with no leave in it, makes the year's 0 days a finding again.
    resumed = Wellbeing(weeks=(*stopped.weeks, WeekLog(MONDAYS[0], hours_worked=40)))
    assert score(resumed).component("leave").status == "watch"
    # So does time off that reaches into this leave year from the one before.
    spanning = Wellbeing(time_off=(TimeOff(date(2025, 12, 29), date(2026, 1, 2)),))
    assert score(spanning).component("leave").value == 2.0


def test_leave_on_pace_and_time_off_counts_working_days_once() -> None:
    data = leave_plan(
        time_off=(
            TimeOff(date(2026, 7, 1), date(2026, 7, 14)),  # Wednesday to Tuesday: 10 working days
            TimeOff(date(2026, 7, 10), date(2026, 7, 12)),  # inside the first: counted once
            TimeOff(date(2025, 12, 29), date(2026, 1, 2)),  # only 2026's days count: 2
        ),
    )
    leave = score(data).component("leave")
    assert leave.value == 12.0
    assert leave.status == "ok"
    assert leave.points == 100.0
    assert leave.note.endswith("(entitlement assumed: 20 days)")


def test_weekly_leave_days_and_time_off_are_not_added_together() -> None:
    logged = [WeekLog(date(2026, 7, 6), leave_days=5), WeekLog(date(2026, 7, 13), leave_days=5)]
    data = Wellbeing(
        weeks=(*logged, *weeks(hours_worked=40)),
        time_off=(TimeOff(date(2026, 7, 6), date(2026, 7, 10)),),
    )
    assert score(data).component("leave").value == 10.0
    assert score(logged + weeks(hours_worked=40)).component("leave").value == 10.0


def test_leave_is_counted_from_when_records_begin() -> None:
    data = [WeekLog(date(2026, 11, 2), leave_days=0), *weeks(hours_worked=40)[1:]]
    leave = score(data).component("leave")
    # From 2026-11-02: 24 days of 365, 1.3 days on pace, target 0.66: too early to judge.
    assert leave.status == "missing"
    assert leave.note.startswith("too early in the leave year to judge: 0 of 20 leave days taken")
    assert "leave" in score(data).coverage.missing


def test_leave_early_in_the_leave_year_is_not_judged() -> None:
    logged_on = (*MONDAYS, date(2027, 1, 4), date(2027, 2, 22))
    data = Wellbeing(
        weeks=tuple(weeks(logged_on, hours_worked=40)),
        time_off=(TimeOff(date(2025, 8, 3), date(2025, 8, 7)),),
    )
    january = score(data, as_of=date(2027, 1, 10)).component("leave")
    assert (january.status, january.points) == ("missing", None)
    assert january.note.startswith("too early in the leave year to judge")
    assert score(data, as_of=date(2027, 3, 1)).component("leave").status == "watch"


def test_leave_year_start_is_configurable() -> None:
    data = leave_plan(time_off=(TimeOff(date(2026, 3, 2), date(2026, 3, 6)),))
    calendar = score(data).component("leave")
    april = score(data, policy=BalancePolicy(leave_year_start=4)).component("leave")
    assert calendar.value == 5.0
    assert april.value == 0.0  # the April leave year started after that week off
    assert april.note.startswith("0 of 20 leave days taken since 2026-04-01")


def test_time_off_booked_after_as_of_still_means_leave_is_tracked() -> None:
    data = leave_plan(time_off=(TimeOff(date(2026, 12, 21), date(2026, 12, 31)),))
    leave = score(data).component("leave")
    assert (leave.value, leave.status) == (0.0, "watch")


def test_weekly_leave_logged_only_after_as_of_is_no_data() -> None:
    data = [*weeks(hours_worked=40), WeekLog(date(2026, 12, 7), leave_days=5)]
    assert score(data).component("leave").note == (
        "no leave recorded (weekly leave days or time off)"
    )


# --- questionnaires ------------------------------------------------------------------------------


def who5_plan(*answers: tuple[int, ...], day: date = date(2026, 11, 20)) -> Wellbeing:
    return Wellbeing(who5=tuple(Who5Response(day, a) for a in answers))


def test_who5_raw_12_is_a_risk_and_raw_13_is_not() -> None:
    twelve = score(who5_plan((3, 3, 2, 2, 2)))
    thirteen = score(who5_plan((3, 3, 3, 2, 2)))
    assert twelve.component("wellbeing").status == "risk"
    assert twelve.component("wellbeing").points == 48.0
    assert twelve.flags[0].message == (
        "WHO-5 well-being index 48 on 2026-11-20 (50 or less: the published reading recommends "
        "screening for depression)"
    )
    assert twelve.flags[0].citation is WHO5_50
    assert twelve.risk.level == "high"
    assert thirteen.component("wellbeing").status == "ok"
    assert thirteen.flags == ()
    assert thirteen.score == 52.0


def test_who5_index_28_uses_the_secondary_source_convention() -> None:
    report = score(who5_plan((2, 2, 1, 1, 1)))
    assert report.flags[0].message == (
        "WHO-5 well-being index 28 on 2026-11-20 (28 or less: read as likely depression by a "
        "secondary-source convention)"
    )
    assert report.flags[0].citation is WHO5_28
    assert report.flags[0].citation.level == "S"


def test_who5_low_item_with_a_good_total_needs_watching() -> None:
    report = score(who5_plan((5, 5, 5, 5, 1)))
    assert report.component("wellbeing").status == "watch"
    assert report.flags[0].message == "WHO-5 item(s) 5 answered 0 or 1 on 2026-11-20"
    assert report.flags[0].citation is WHO5_ITEM


def test_the_latest_who5_in_the_window_counts() -> None:
    data = Wellbeing(
        who5=(
            Who5Response(date(2026, 11, 1), (1, 1, 1, 1, 1)),
            Who5Response(date(2026, 11, 20), (4, 4, 4, 4, 4)),
            Who5Response(date(2026, 11, 30), (0, 0, 0, 0, 0)),  # after as_of
        )
    )
    assert score(data).component("wellbeing").value == 80.0


def cbi_plan(**scales: tuple[int | None, ...]) -> Wellbeing:
    return Wellbeing(cbi=(CbiResponse(date(2026, 11, 20), **scales),))


def test_cbi_reverse_item_in_the_scorer() -> None:
    report = score(cbi_plan(work=(3, 3, 3, 3, 3, 3, 4)))
    burnout = report.component("burnout")
    assert burnout.value == 64.29
    assert burnout.points == 35.7
    assert burnout.status == "watch"
    assert report.flags[0].message == (
        "CBI work burnout 64 on 2026-11-20 (moderate by a common convention, not a validated "
        "cut-off)"
    )
    assert report.flags[0].citation is CBI_BANDS
    high = score(cbi_plan(work=(3, 3, 3, 3, 3, 3, 1)))
    assert high.component("burnout").status == "risk"
    assert high.flags[0].severity == "risk"
    assert score(cbi_plan(work=(1,) * 7)).component("burnout").status == "ok"


def test_cbi_worst_scale_counts_and_short_scales_are_padded() -> None:
    report = score(cbi_plan(personal=(1, 1, 1, 1, 1, 1), work=(3, 3, 3, 3)))
    burnout = report.component("burnout")
    assert burnout.value == 75.0
    assert burnout.note == "CBI answered on 2026-11-20: personal 25.0, work 75.0"


def test_cbi_with_too_few_answers_is_missing() -> None:
    report = score(cbi_plan(personal=(2, 2), work=(2, 2, 2)))
    burnout = report.component("burnout")
    assert burnout.status == "missing"
    assert burnout.note == (
        "CBI of 2026-11-20: personal: 2 of 6 items answered, at least 3 needed, so the scale "
        "is not scored; work: 3 of 7 items answered, at least 4 needed, so the scale is not scored"
    )
    assert score(cbi_plan()).component("burnout").note == "CBI of 2026-11-20: no scale answered"


def test_cbi_client_rule_comes_from_the_policy() -> None:
    data = cbi_plan(client=(2, 2, 2))
    assert score(data).component("burnout").value == 50.0
    strict = score(data, policy=BalancePolicy(cbi_client_min_answered=4))
    assert strict.component("burnout").status == "missing"


# --- combining, risk, trend ----------------------------------------------------------------------


def full_weeks(days: tuple[date, ...] = MONDAYS, **overrides: Any) -> list[WeekLog]:
    fields: dict[str, Any] = {
        "hours_worked": 40,
        "sleep_hours": 7.5,
        "activity_minutes": 150,
        "after_hours_days": 0,
    }
    fields.update(overrides)
    return weeks(days, **fields)


def test_everything_in_order_scores_100_and_low_risk() -> None:
    report = score(full_weeks())
    assert report.score == 100.0
    assert report.risk == ck._balance.Risk("low")
    assert report.coverage.used == ("hours", "sleep", "activity", "after_hours")


def test_score_is_the_weighted_mean_of_the_points() -> None:
    records = full_weeks(sleep_hours=3.5)  # sleep points 50
    assert score(records).score == 87.5
    assert score(records, policy=BalancePolicy(weights={"sleep": 2})).score == 80.0
    assert score(records, policy=BalancePolicy(weights={"sleep": 0})).score == 100.0
    zero = score(weeks(sleep_hours=6), policy=BalancePolicy(weights={"sleep": 0}))
    assert zero.score is None
    assert zero.reason == "every component with data has weight 0 in the policy"
    assert zero.component("sleep").points == 85.7  # still reported


def test_flags_put_risks_first_and_recommendations_follow_the_flags() -> None:
    data = Wellbeing(
        weeks=tuple(weeks(hours_worked=50, sleep_hours=6)),
        who5=(Who5Response(date(2026, 11, 20), (1, 1, 1, 1, 1)),),
    )
    report = score(data)
    assert [f.code for f in report.flags] == ["poor_wellbeing", "over_hours_limit", "short_sleep"]
    assert report.recommendations == tuple(f.recommendation for f in report.flags)
    assert report.risk == ck._balance.Risk("high", ("wellbeing",))


def test_trend_against_the_previous_window() -> None:
    before = full_weeks(PREVIOUS_MONDAYS, sleep_hours=5.6)  # sleep points 80
    now = full_weeks()
    report = score(before + now)
    assert report.trend.previous_start == date(2026, 10, 1)
    assert (report.trend.previous, report.trend.current) == (95.0, 100.0)
    assert (report.trend.change, report.trend.direction) == (5.0, "better")
    worse = score(full_weeks(PREVIOUS_MONDAYS) + full_weeks(sleep_hours=5.6))
    assert worse.trend.direction == "worse"
    steady = score(full_weeks(PREVIOUS_MONDAYS) + full_weeks(sleep_hours=6.9))
    assert (steady.trend.change, steady.trend.direction) == (-0.3, "steady")


def test_trend_compares_only_components_both_windows_have() -> None:
    before = weeks(PREVIOUS_MONDAYS, sleep_hours=7)
    now = weeks(sleep_hours=7, hours_worked=60)
    report = score(before + now)
    assert report.trend.compared == ("sleep",)
    assert report.trend.change == 0.0
    assert report.score == 50.0
    alone = score(now)
    assert (alone.trend.previous, alone.trend.change, alone.trend.compared) == (None, None, ())


# --- citations -----------------------------------------------------------------------------------


def test_every_component_and_flag_cites_its_evidence() -> None:
    data = Wellbeing(
        weeks=tuple(
            weeks(
                hours_worked=56,
                sleep_hours=6,
                activity_minutes=10,
                after_hours_days=3,
                leave_days=0,
            )
        ),
        who5=(Who5Response(date(2026, 11, 20), (1, 1, 1, 1, 1)),),
        cbi=(CbiResponse(date(2026, 11, 20), work=(4, 4, 4, 4, 4, 4, 0)),),
        annual_leave_days=25,
        time_off=(TimeOff(date(2026, 2, 2), date(2026, 2, 2)),),
    )
    report = score(data)
    assert report.coverage.missing == ()
    assert {f.component for f in report.flags} == set(COMPONENTS)
    cited = {c for comp in report.components for c in comp.citations}
    assert cited == set(ALL_CITATIONS)
    for flag in report.flags:
        assert flag.citation in report.component(flag.component).citations


@pytest.mark.parametrize("citation", ALL_CITATIONS, ids=lambda c: c.authors[:12])
def test_each_citation_is_complete(citation: Citation) -> None:
    assert citation.claim
    assert citation.authors
    assert citation.source
    assert citation.level in ("V", "S", "U")
    assert citation.doi or citation.url
    assert citation.year is None or 2000 <= citation.year <= 2026


def test_unverified_rules_are_exactly_the_configurable_defaults() -> None:
    unverified = {c for c in ALL_CITATIONS if c.level == "U"}
    assert unverified == {AFTER_HOURS, LEAVE_PACE}
    assert all("configurable default" in c.claim for c in unverified)


def test_the_docs_list_every_source() -> None:
    page = (Path(__file__).parent.parent / "docs" / "balance.md").read_text(encoding="utf-8")
    for citation in ALL_CITATIONS:
        where = citation.doi or citation.url
        assert where is not None
        assert where in page, citation.authors


def test_citation_repr_and_str() -> None:
    assert (
        repr(SLEEP_7H) == "Citation('Watson NF et al.', 2015, doi='10.5664/jcsm.4758', level='V')"
    )
    assert str(SLEEP_7H) == "Watson NF et al. 2015, doi:10.5664/jcsm.4758 [V]"
    assert str(WHO5_50).startswith("INSPQ, https://www.inspq.qc.ca/")
    assert repr(EU_48H).startswith(
        "Citation('European Parliament and Council of the EU', 2003, url="
    )
    bare = attrs.evolve(EU_48H, url=None)
    assert (
        str(bare)
        == "European Parliament and Council of the EU 2003, Directive 2003/88/EC (Working Time Directive) [S]"
    )


# --- report objects ------------------------------------------------------------------------------


def test_report_repr_component_lookup_and_to_dict_round_trips_through_json() -> None:
    report = score(weeks(hours_worked=50, sleep_hours=6.5))
    assert repr(report) == (
        "BalanceReport(as_of=2026-11-25, score=82.2, risk='elevated', used=['hours', 'sleep'], "
        "flags=['over_hours_limit', 'short_sleep'])"
    )
    assert repr(report.component("sleep")) == (
        "BalanceComponent('sleep', value=6.5, target=7.0, status='watch', points=92.9)"
    )
    with pytest.raises(KeyError):
        report.component("mood")  # type: ignore[arg-type]
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["as_of"] == "2026-11-25"
    assert data["risk"] == {"level": "elevated", "drivers": ["hours", "sleep"]}
    assert data["coverage"]["missing"] == [
        "activity",
        "after_hours",
        "leave",
        "wellbeing",
        "burnout",
    ]
    assert data["components"][1]["citations"][0]["doi"] == "10.5664/jcsm.4758"
    assert data["flags"][1]["citation"]["level"] == "V"
    assert data["trend"] == {
        "previous_start": "2026-10-01",
        "previous": None,
        "current": None,
        "change": None,
        "direction": None,
        "compared": [],
    }


def test_reports_are_frozen_and_hashable() -> None:
    report = score(weeks(sleep_hours=7))
    assert hash(report) == hash(score(weeks(sleep_hours=7)))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.score = 1.0  # type: ignore[misc]
    assert isinstance(report.components[0], BalanceComponent)


# --- policy --------------------------------------------------------------------------------------


def test_policy_defaults_equality_hash_and_to_dict() -> None:
    policy = BalancePolicy()
    assert policy == BalancePolicy(weights={"sleep": 1.0})
    assert policy != BalancePolicy(weights={"sleep": 2.0})
    assert policy != "policy"
    assert hash(policy) == hash(BalancePolicy())
    data = policy.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["sleep_hours"] == 7.0
    assert data["weights"]["burnout"] == 1.0
    assert policy.weights["hours"] == 1.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"sleep_hours": 0},
            "BalancePolicy.sleep_hours must be a number above 0 and at most 24, got 0.0",
        ),
        (
            {"vigorous_factor": 1e308},
            "BalancePolicy.vigorous_factor must be a number above 0 and at most 10, got 1e+308",
        ),
        (
            {"annual_leave_days": 367},
            "BalancePolicy.annual_leave_days must be a number above 0 and at most 366, got 367.0",
        ),
        (
            {"hours_limit": float("nan")},
            "BalancePolicy.hours_limit must be a number above 0 and at most 168, got nan",
        ),
        (
            {"after_hours_days": -1},
            "BalancePolicy.after_hours_days must be a number from 0 to 7, got -1.0",
        ),
        ({"long_hours": 48}, "BalancePolicy.long_hours must be above hours_limit (48), got 48.0"),
        (
            {"leave_pace": 1.5},
            "BalancePolicy.leave_pace must be a number above 0 and at most 1, got 1.5",
        ),
        ({"cbi_risk": 40}, "BalancePolicy.cbi_risk must be at least cbi_watch (50), got 40.0"),
        ({"cbi_watch": 101}, "BalancePolicy.cbi_watch must be a number from 0 to 100, got 101.0"),
        (
            {"who5_very_low": 60},
            "BalancePolicy.who5_very_low must be at most who5_poor (50), got 60",
        ),
        (
            {"leave_year_start": 13},
            "BalancePolicy.leave_year_start must be a whole number from 1 to 12, got 13",
        ),
        (
            {"cbi_client_min_answered": 0},
            "BalancePolicy.cbi_client_min_answered must be a whole number from 1 to 6, got 0",
        ),
        (
            {"weights": {"mood": 1}},
            (
                "BalancePolicy.weights must be keyed by components ('hours', 'sleep', "
                "'activity', 'after_hours', 'leave', 'wellbeing', 'burnout'), got 'mood'"
            ),
        ),
        (
            {"weights": {"sleep": -1}},
            "BalancePolicy.weights['sleep'] must be a number from 0 to 1000, got -1.0",
        ),
        (
            {"weights": dict.fromkeys(COMPONENTS, 0)},
            (
                "BalancePolicy.weights must be above 0 for at least one component, got "
                "{'hours': 0.0, 'sleep': 0.0, 'activity': 0.0, 'after_hours': 0.0, 'leave': 0.0, "
                "'wellbeing': 0.0, 'burnout': 0.0}"
            ),
        ),
    ],
)
def test_bad_policies_are_refused_naming_the_field(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(PolicyError) as info:
        BalancePolicy(**kwargs)
    assert str(info.value) == message
    assert type(info.value) is PolicyError  # a wrong value, not a wrong type
    assert isinstance(info.value, ck.CareerkitError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"who5_poor": True}, "BalancePolicy.who5_poor must be a whole number, got True"),
        ({"sleep_hours": "7"}, "BalancePolicy.sleep_hours must be a number, got '7'"),
        (
            {"weights": {"sleep": "2"}},
            "BalancePolicy.weights['sleep'] must be a number, got '2'",
        ),
        (
            {"weights": [("sleep", 2)]},
            "BalancePolicy.weights must be a mapping of components to values, got [('sleep', 2)]",
        ),
    ],
)
def test_policy_fields_of_the_wrong_type_are_type_errors(
    kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ArgumentTypeError) as info:
        BalancePolicy(**kwargs)
    assert str(info.value) == message
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, PolicyError)


def test_policy_pickles_and_hashes_by_value() -> None:
    policy = BalancePolicy(weights={"sleep": 2})
    assert pickle.loads(pickle.dumps(policy)) == policy
    assert hash(policy) == hash(BalancePolicy(weights={"sleep": 2.0}))
    assert {policy: 1}[BalancePolicy(weights={"sleep": 2.0})] == 1


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("records", "kwargs", "message"),
    [
        (
            "weeks",
            {},
            "plan_or_records must be a CareerPlan, a Wellbeing or an iterable of WeekLog, got str",
        ),
        (
            {"weeks": []},
            {},
            "plan_or_records must be a CareerPlan, a Wellbeing or an iterable of WeekLog, got dict",
        ),
        (
            None,
            {},
            (
                "plan_or_records must be a CareerPlan, a Wellbeing or an iterable of WeekLog, "
                "got NoneType"
            ),
        ),
        (
            [WeekLog(MONDAYS[3]), {"week": "2026-11-23"}],
            {},
            (
                "plan_or_records must be a CareerPlan, a Wellbeing or an iterable of WeekLog; "
                "item 1 is a dict"
            ),
        ),
        (
            [],
            {"as_of": datetime(2026, 11, 25, 9, 0)},
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got datetime.datetime(2026, 11, 25, 9, 0)",
        ),
        (
            [],
            {"as_of": "25/11/2026"},
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got '25/11/2026'",
        ),
        (
            [],
            {"as_of": date(9999, 1, 1)},
            "as_of must be between 1900-01-01 and 2999-12-31, got 9999-01-01",
        ),
        (
            [],
            {"window": timedelta(hours=36)},
            (
                "window must be a whole number of days from 1 to 3660, got "
                "datetime.timedelta(days=1, seconds=43200)"
            ),
        ),
        (
            [],
            {"window": timedelta(days=3661)},
            (
                "window must be a whole number of days from 1 to 3660, got "
                "datetime.timedelta(days=3661)"
            ),
        ),
        ([], {"window": 28}, "window must be a datetime.timedelta, got 28"),
        ([], {"policy": {"sleep_hours": 8}}, "policy must be a BalancePolicy, got dict"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    records: Any, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(PolicyError) as info:
        score(records, **kwargs)
    assert str(info.value) == message


# --- properties ----------------------------------------------------------------------------------

optional = st.none() | st.floats(0, 1)
week_fields = st.fixed_dictionaries(
    {
        "hours_worked": st.none() | st.floats(0, 90),
        "contracted_hours": st.none() | st.floats(0, 60),
        "sleep_hours": st.none() | st.floats(3, 10),
        "activity_minutes": st.none() | st.floats(0, 600),
        "vigorous_minutes": st.none() | st.floats(0, 300),
        "after_hours_days": st.none() | st.integers(0, 7),
        "leave_days": st.none() | st.floats(0, 5),
    }
)
four_weeks = st.lists(week_fields, min_size=4, max_size=4)
RISK_ORDER = {None: -1, "low": 0, "elevated": 1, "high": 2}


def build(fields: list[dict[str, Any]]) -> list[WeekLog]:
    return [WeekLog(d, **f) for d, f in zip(MONDAYS, fields, strict=True)]


@given(four_weeks, st.integers(0, 3), st.floats(0, 6))
def test_more_sleep_up_to_9_h_never_lowers_the_score(
    fields: list[dict[str, Any]], which: int, extra: float
) -> None:
    fields[which]["sleep_hours"] = min(9.0, fields[which]["sleep_hours"] or 3.0)
    before = score(build(fields))
    fields[which]["sleep_hours"] = min(9.0, fields[which]["sleep_hours"] + extra)
    after = score(build(fields))
    assert before.score is not None
    assert after.score is not None
    assert after.score >= before.score
    assert RISK_ORDER[after.risk.level] <= RISK_ORDER[before.risk.level]


@given(four_weeks, st.integers(0, 3), st.floats(55, 100), st.floats(0, 60))
def test_more_hours_past_55_never_raise_the_score(
    fields: list[dict[str, Any]], which: int, hours: float, extra: float
) -> None:
    fields[which]["hours_worked"] = hours
    before = score(build(fields))
    fields[which]["hours_worked"] = min(168.0, hours + extra)
    after = score(build(fields))
    assert before.score is not None
    assert after.score is not None
    assert after.score <= before.score
    assert RISK_ORDER[after.risk.level] >= RISK_ORDER[before.risk.level]


@given(four_weeks)
def test_score_stays_between_0_and_100(fields: list[dict[str, Any]]) -> None:
    report = score(build(fields))
    assert report.score is None or 0 <= report.score <= 100
    for component in report.components:
        assert component.points is None or 0 <= component.points <= 100
        assert (component.status == "missing") == (component.points is None)


def test_a_hidden_report_says_only_that_the_records_are_not_shared() -> None:
    logged = Wellbeing(weeks=tuple(WeekLog(m, hours_worked=60) for m in MONDAYS))
    report = score(logged, audience="manager")
    # Not "no well-being data ... log weeks": the records may well exist.
    assert report.reason == "the well-being records are not shared with this audience"
    assert {c.note for c in report.components} == {
        "the well-being records are not shared with this audience"
    }
    assert (report.score, report.flags, report.recommendations) == (None, (), ())
    assert report == score(Wellbeing(), audience="manager")
    shared = attrs.evolve(logged, shared_with=("manager",))
    assert score(shared, audience="manager").score == score(logged).score
