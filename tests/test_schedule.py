"""The reassessment scheduler: cadences, policy, every kind of item, placement and the agenda."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime, time, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerkit as ck
import strategies
from careerkit import (
    CareerPlan,
    Challenge,
    CheckIn,
    Contact,
    Goal,
    Interaction,
    LearningActivity,
    Mentor,
    Metric,
    Milestone,
    PolicyError,
    Reflection,
    SchedulePolicy,
    WeekLog,
    Wellbeing,
    schedule_reviews,
)
from careerkit._args import LATEST_AS_OF
from careerkit._errors import ArgumentTypeError
from careerkit._schedule import KINDS, Cadence, parse_cadence
from careerkit.model import (
    Advocacy,
    Assessment,
    Credential,
    Meeting,
    PromptAnswer,
    TimeOff,
    Who5Response,
)
from careerkit.reports import Agenda, ReviewItem

AS_OF = date(2026, 11, 25)  # a Wednesday


def only(*kinds: str, **changes: Any) -> SchedulePolicy:
    """A policy that schedules just these kinds."""
    return SchedulePolicy(kinds=kinds, **changes)


def dues(agenda: Agenda) -> list[str]:
    return [item.due.isoformat() for item in agenda]


# --- cadences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months", "days"),
    [
        ("daily", 0, 1),
        ("weekly", 0, 7),
        ("fortnightly", 0, 14),
        ("monthly", 1, 0),
        ("quarterly", 3, 0),
        ("half-yearly", 6, 0),
        ("yearly", 12, 0),
        ("annually", 12, 0),
        ("  Weekly ", 0, 7),
        ("every day", 0, 1),
        ("every week", 0, 7),
        ("every 2 weeks", 0, 14),
        ("Every  Other   Week", 0, 14),
        ("every 10 days", 0, 10),
        ("every 3 months", 3, 0),
        ("every quarter", 3, 0),
        ("every 2 years", 24, 0),
        ("P1M", 1, 0),
        ("p3m", 3, 0),
        ("P2W", 0, 14),
        ("P10D", 0, 10),
        ("P1Y", 12, 0),
        ("P1Y2M10D", 14, 10),
        ("FREQ=MONTHLY", 1, 0),
        ("RRULE:FREQ=WEEKLY;INTERVAL=2", 0, 14),
        ("freq=yearly;interval=1;wkst=mo", 12, 0),
        ("FREQ=DAILY;INTERVAL=3", 0, 3),
    ],
)
def test_cadences_in_words_durations_and_plain_rules(text: str, months: int, days: int) -> None:
    cadence = parse_cadence(text)
    assert (cadence.months, cadence.days, cadence.rule) == (months, days, None)
    assert repr(cadence) == f"Cadence({text!r})"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("daily", "daily"),
        ("P7D", "weekly"),
        ("every 2 weeks", "every 2 weeks"),
        ("every 10 days", "every 10 days"),
        ("P1M", "monthly"),
        ("every 3 months", "quarterly"),
        ("P12M", "yearly"),
        ("every 2 years", "every 2 years"),
        ("every 5 months", "every 5 months"),
        ("P1M1D", "every 1 month and 1 day"),
        ("P2M3D", "every 2 months and 3 days"),
        ("FREQ=WEEKLY;BYDAY=MO", "on the rule FREQ=WEEKLY;BYDAY=MO"),
    ],
)
def test_cadences_describe_themselves(text: str, words: str) -> None:
    assert parse_cadence(text).describe() == words


def test_month_cadence_from_the_31st_clips_to_month_end_and_never_skips() -> None:
    monthly = parse_cadence("monthly")
    anchor = date(2027, 1, 31)
    got = list(monthly.dates(anchor, date(2028, 3, 31)))
    assert [d.isoformat() for d in got[:6]] == [
        "2027-02-28",
        "2027-03-31",
        "2027-04-30",
        "2027-05-31",
        "2027-06-30",
        "2027-07-31",
    ]
    assert got[12] == date(2028, 2, 29)  # leap year
    assert len(got) == 14  # every month once, Feb 2027 to Mar 2028


def test_month_steps_are_taken_from_the_anchor_not_step_by_step() -> None:
    # Step by step, Jan 31 -> Feb 28 -> Mar 28 would drift; from the anchor it stays on the 31st.
    monthly = parse_cadence("P1M")
    assert monthly.nth(date(2027, 1, 31), 2) == date(2027, 3, 31)
    quarterly = parse_cadence("quarterly")
    assert list(quarterly.dates(date(2026, 11, 30), date(2027, 12, 1))) == [
        date(2027, 2, 28),
        date(2027, 5, 30),
        date(2027, 8, 30),
        date(2027, 11, 30),
    ]


def test_yearly_from_a_leap_day_keeps_returning_to_it() -> None:
    yearly = parse_cadence("yearly")
    got = list(yearly.dates(date(2028, 2, 29), date(2032, 12, 31)))
    assert got == [date(2029, 2, 28), date(2030, 2, 28), date(2031, 2, 28), date(2032, 2, 29)]


@given(
    anchor=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    step=st.sampled_from([1, 2, 3, 12]),
)
def test_month_cadences_land_on_every_step_month_once(anchor: date, step: int) -> None:
    cadence = Cadence(f"every {step} months", months=step)
    got = list(cadence.dates(anchor, anchor + timedelta(days=800)))
    for n, day in enumerate(got, start=1):
        months = anchor.year * 12 + anchor.month - 1 + n * step
        year, month0 = divmod(months, 12)
        assert (day.year, day.month) == (year, month0 + 1)
        last = (date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)).day
        assert day.day == min(anchor.day, last)


def test_rrule_cadences_follow_their_by_parts() -> None:
    mondays = parse_cadence("FREQ=WEEKLY;BYDAY=MO")
    assert mondays.rule is not None
    assert mondays.after(AS_OF) == date(2026, 11, 30)
    assert mondays.after(date(2026, 11, 30)) == date(2026, 12, 7)  # strictly after the anchor
    month_ends = parse_cadence("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1")
    assert list(month_ends.dates(date(2027, 1, 15), date(2027, 4, 30))) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    twice_a_day = parse_cadence("FREQ=DAILY;BYHOUR=9,17")
    assert list(twice_a_day.dates(AS_OF, AS_OF + timedelta(days=2))) == [
        date(2026, 11, 26),
        date(2026, 11, 27),
    ]


def test_rrule_cadences_start_at_the_anchor_even_a_far_past_one() -> None:
    mondays = parse_cadence("FREQ=WEEKLY;BYDAY=MO")
    assert mondays.after(date(1991, 5, 1)) == date(1991, 5, 6)


FORMATS = (
    "(words like 'weekly', 'every 2 weeks', 'monthly' or 'quarterly', an ISO 8601 duration like "
    "'P1M', or an RRULE like 'FREQ=WEEKLY;BYDAY=MO')"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fortnightly-ish", f"must be a cadence {FORMATS}, got 'fortnightly-ish'"),
        ("every 0 weeks", "must be a cadence that repeats at least every day, got 'every 0 weeks'"),
        ("PT12H", "must be a cadence of whole days, with no time part, got 'PT12H'"),
        ("P0D", "must be a cadence longer than zero, got 'P0D'"),
        ("P", f"must be a cadence {FORMATS}, got 'P'"),
        ("P1M2Y", f"must be a cadence {FORMATS}, got 'P1M2Y'"),
        (
            "FREQ=HOURLY",
            "must be an RRULE with FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, got 'FREQ=HOURLY'",
        ),
        (
            "RRULE:BYDAY=MO",
            "must be an RRULE with FREQ=YEARLY, MONTHLY, WEEKLY or DAILY, got 'RRULE:BYDAY=MO'",
        ),
        (
            "FREQ=WEEKLY;COUNT=3",
            "must be an RRULE without COUNT or UNTIL, got 'FREQ=WEEKLY;COUNT=3'",
        ),
        (
            "FREQ=WEEKLY;;BYDAY=MO",
            "must be an RRULE of NAME=VALUE parts (not ''), got 'FREQ=WEEKLY;;BYDAY=MO'",
        ),
        (
            "FREQ=WEEKLY;BYDAY=XX",
            "must be a valid RRULE (invalid 'BYDAY': XX), got 'FREQ=WEEKLY;BYDAY=XX'",
        ),
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            (
                "must be an RRULE that recurs within ten years, got "
                "'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'"
            ),
        ),
    ],
)
def test_unreadable_cadences_say_which_field_and_what_to_write(text: object, message: str) -> None:
    with pytest.raises(PolicyError) as info:
        SchedulePolicy(goal_review=text)  # type: ignore[arg-type]
    assert str(info.value) == f"SchedulePolicy.goal_review {message}"
    assert not isinstance(info.value, TypeError)
    with pytest.raises(PolicyError) as info:
        parse_cadence(text)  # type: ignore[arg-type]
    assert str(info.value) == f"text {message}"


def test_a_cadence_that_is_not_text_is_a_type_error() -> None:
    with pytest.raises(ArgumentTypeError) as info:
        SchedulePolicy(goal_review=7)  # type: ignore[arg-type]
    assert (
        str(info.value)
        == "SchedulePolicy.goal_review must be a cadence as text, like 'monthly', got 7"
    )


# --- the policy --------------------------------------------------------------------------------


def test_policy_repr_shows_only_what_was_changed() -> None:
    assert repr(SchedulePolicy()) == "SchedulePolicy()"
    policy = SchedulePolicy(
        goal_review="every 2 weeks",
        working_days=True,
        priorities={"check_in": 1, "goal_review": 2},
        blackout=[date(2026, 12, 25)],
    )
    assert repr(policy) == (
        "SchedulePolicy(goal_review='every 2 weeks', working_days=True, "
        "blackout=(datetime.date(2026, 12, 25),), priorities={'check_in': 1})"
    )


def test_policy_is_frozen_hashable_and_compares_by_value() -> None:
    a = SchedulePolicy(priorities={"check_in": 1}, blackout=[date(2027, 1, 2), date(2027, 1, 1)])
    b = SchedulePolicy(priorities={"check_in": 1}, blackout=(date(2027, 1, 1), date(2027, 1, 2)))
    assert a == b
    assert hash(a) == hash(b)
    assert a.blackout == (date(2027, 1, 1), date(2027, 1, 2))
    assert a != SchedulePolicy()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.working_days = True  # type: ignore[misc]
    changed = attrs.evolve(a, check_in="weekly")
    assert changed._cadence("check_in") == parse_cadence("weekly")
    assert changed.priorities["check_in"] == 1


def test_policy_defaults_are_documented_values() -> None:
    policy = SchedulePolicy()
    assert {k: policy._cadence(k).describe() for k in ("goal_review", "goal_review_urgent")} == {  # type: ignore[union-attr]
        "goal_review": "monthly",
        "goal_review_urgent": "weekly",
    }
    assert policy._cadence("contact_follow_up") is None
    assert policy.kinds == frozenset(KINDS)
    assert policy.urgent_statuses == frozenset({"at_risk", "off_track"})
    assert policy.priorities["credential_renewal"] == 1
    assert policy.prompts["goal_review"] == (
        "Are you moving towards this goal?",
        "Does it still fit your values?",
        "Keep it, adjust it or drop it?",
    )


def test_policy_merges_prompts_over_the_defaults() -> None:
    policy = SchedulePolicy(prompts={"reflection": ["What surprised you?"]})
    assert policy.prompts["reflection"] == ("What surprised you?",)
    assert policy.prompts["goal_review"] == SchedulePolicy().prompts["goal_review"]
    assert repr(policy) == "SchedulePolicy(prompts={'reflection': ('What surprised you?',)})"


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        (
            {"kinds": ["goal_review", "goals"]},
            PolicyError,
            (
                "SchedulePolicy.kinds must be kinds from 'goal_review', 'check_in', "
                "'reassessment', 'values_review', 'contact_follow_up', 'mentor_meeting', "
                "'sponsor_update', 'credential_renewal', 'challenge_retro', 'wellbeing_check', "
                "'reflection', got 'goals'"
            ),
        ),
        (
            {"kinds": "goal_review"},
            ArgumentTypeError,
            "SchedulePolicy.kinds must be a collection of kinds, got 'goal_review'",
        ),
        (
            {"priorities": {"check_in": 5}},
            PolicyError,
            "SchedulePolicy.priorities['check_in'] must be 1 (high), 2 (normal) or 3 (low), got 5",
        ),
        (
            {"priorities": {"check_in": True}},
            PolicyError,
            (
                "SchedulePolicy.priorities['check_in'] must be 1 (high), 2 (normal) or 3 (low), "
                "got True"
            ),
        ),
        (
            {"priorities": {"later": 1}},
            PolicyError,
            (
                "SchedulePolicy.priorities must be keyed by kinds ('goal_review', 'check_in', "
                "'reassessment', 'values_review', 'contact_follow_up', 'mentor_meeting', "
                "'sponsor_update', 'credential_renewal', 'challenge_retro', 'wellbeing_check', "
                "'reflection'), got 'later'"
            ),
        ),
        (
            {"priorities": [("check_in", 1)]},
            ArgumentTypeError,
            "SchedulePolicy.priorities must be a mapping of kinds to values, got [('check_in', 1)]",
        ),
        (
            {"prompts": {"reflection": ["Why?", " "]}},
            PolicyError,
            "SchedulePolicy.prompts['reflection'] must be non-empty texts, got ' '",
        ),
        (
            {"prompts": {"reflection": "Why?"}},
            ArgumentTypeError,
            "SchedulePolicy.prompts['reflection'] must be a collection of texts, got 'Why?'",
        ),
        (
            {"blackout": [date(2026, 12, 24), "2026-12-25"]},
            ArgumentTypeError,
            "SchedulePolicy.blackout[1] must be a datetime.date, got '2026-12-25'",
        ),
        (
            {"blackout": [datetime(2026, 12, 25, 9)]},
            ArgumentTypeError,
            (
                "SchedulePolicy.blackout[0] must be a datetime.date, got "
                "datetime.datetime(2026, 12, 25, 9, 0)"
            ),
        ),
        (
            {"urgent_statuses": {"late"}},
            PolicyError,
            (
                "SchedulePolicy.urgent_statuses must be statuses from 'on_track', 'at_risk', "
                "'off_track', 'done', 'expired', 'unknown', got 'late'"
            ),
        ),
        (
            {"credential_lead_days": -1},
            PolicyError,
            "SchedulePolicy.credential_lead_days must be a whole number from 0 to 3660, got -1",
        ),
        (
            {"deadline_window_days": 3661},
            PolicyError,
            "SchedulePolicy.deadline_window_days must be a whole number from 0 to 3660, got 3661",
        ),
        (
            {"forget_after_days": 1.5},
            ArgumentTypeError,
            "SchedulePolicy.forget_after_days must be a whole number or None, got 1.5",
        ),
        (
            {"working_days": "yes"},
            ArgumentTypeError,
            "SchedulePolicy.working_days must be True or False, got 'yes'",
        ),
        (
            {"calendar_component": "VJOURNAL"},
            PolicyError,
            "SchedulePolicy.calendar_component must be one of 'VTODO', 'VEVENT', got 'VJOURNAL'",
        ),
        (
            {"time_of_day": "09:00"},
            ArgumentTypeError,
            "SchedulePolicy.time_of_day must be a datetime.time or None, got '09:00'",
        ),
        (
            {"duration_minutes": 1441},
            PolicyError,
            "SchedulePolicy.duration_minutes must be a whole number from 0 to 1440, got 1441",
        ),
        (
            {"check_in": "soon"},
            PolicyError,
            f"SchedulePolicy.check_in must be a cadence {FORMATS}, got 'soon'",
        ),
    ],
)
def test_policy_rejects_bad_settings_by_name(
    changes: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(PolicyError) as info:
        SchedulePolicy(**changes)
    assert str(info.value) == message
    assert type(info.value) is error


def test_policy_pickles_with_its_parsed_cadences() -> None:
    policy = SchedulePolicy(goal_review="FREQ=WEEKLY;BYDAY=MO", priorities={"check_in": 1})
    copy = pickle.loads(pickle.dumps(policy))
    assert copy == policy
    assert hash(copy) == hash(policy)
    assert copy._cadence("goal_review").after(date(2027, 1, 1)) == date(2027, 1, 4)  # type: ignore[union-attr]


# --- arguments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"plan": {}}, ArgumentTypeError, "plan must be a CareerPlan, got dict"),
        (
            {"as_of": datetime(2026, 11, 25, 8)},
            ArgumentTypeError,
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got datetime.datetime(2026, 11, 25, 8, 0)",
        ),
        (
            {"as_of": "25/11/2026"},
            ArgumentTypeError,
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got '25/11/2026'",
        ),
        (
            {"as_of": date(1899, 12, 31)},
            PolicyError,
            "as_of must be between 1900-01-01 and 2999-12-31, got 1899-12-31",
        ),
        ({"horizon": 90}, ArgumentTypeError, "horizon must be a datetime.timedelta, got 90"),
        (
            {"horizon": timedelta(days=-1)},
            PolicyError,
            "horizon must be a whole number of days from 0 to 3660, got datetime.timedelta(days=-1)",
        ),
        (
            {"horizon": timedelta(days=3661)},
            PolicyError,
            (
                "horizon must be a whole number of days from 0 to 3660, got "
                "datetime.timedelta(days=3661)"
            ),
        ),
        (
            {"horizon": timedelta(hours=12)},
            PolicyError,
            (
                "horizon must be a whole number of days from 0 to 3660, got "
                "datetime.timedelta(seconds=43200)"
            ),
        ),
        (
            {"policy": {"working_days": True}},
            ArgumentTypeError,
            "policy must be a SchedulePolicy, got dict",
        ),
    ],
)
def test_bad_arguments_are_named(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    args: dict[str, object] = {"plan": CareerPlan(), "as_of": AS_OF, **kwargs}
    with pytest.raises(PolicyError) as info:
        schedule_reviews(**args)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert type(info.value) is error


def test_as_of_defaults_to_today_and_the_longest_horizon_is_ten_years() -> None:
    assert schedule_reviews(CareerPlan()) == schedule_reviews(CareerPlan(), as_of=date.today())
    agenda = schedule_reviews(CareerPlan(), as_of=LATEST_AS_OF, horizon=timedelta(days=3660))
    assert agenda.until == LATEST_AS_OF + timedelta(days=3660)


# --- an empty plan ------------------------------------------------------------------------------


def test_an_empty_plan_starts_with_the_whole_plan_rituals_today() -> None:
    agenda = schedule_reviews(CareerPlan(), as_of=AS_OF, horizon=timedelta(days=0))
    assert [(i.kind, i.reason) for i in agenda] == [
        (
            "reassessment",
            "no full reassessment recorded yet; the whole plan is reassessed quarterly",
        ),
        ("wellbeing_check", "no well-being record yet; well-being is checked every 2 weeks"),
        ("values_review", "no values review recorded yet; values are reviewed yearly"),
        ("reflection", "no reflection written yet; a reflection is due monthly"),
    ]
    assert all(i.due == AS_OF and not i.overdue and i.subject is None for i in agenda)
    assert [i.priority for i in agenda] == [2, 2, 3, 3]


def test_recurring_items_repeat_through_the_horizon() -> None:
    agenda = schedule_reviews(CareerPlan(), as_of=AS_OF, policy=only("wellbeing_check"))
    assert dues(agenda) == [
        "2026-11-25",
        "2026-12-09",
        "2026-12-23",
        "2027-01-06",
        "2027-01-20",
        "2027-02-03",
        "2027-02-17",
    ]
    assert agenda.until == date(2027, 2, 23)
    assert agenda[1].reason == ("well-being is checked every 2 weeks, counted from 2026-11-25")


# --- goals --------------------------------------------------------------------------------------


def measured(**changes: Any) -> Goal:
    base = Goal(
        "talks",
        "Give two talks",
        start=date(2026, 9, 1),
        deadline=date(2027, 8, 31),
        metric=Metric("talks given", baseline=0, target=2),
    )
    return attrs.evolve(base, **changes)


def reviewed(on: date, *goals: str, rid: str = "r") -> Reflection:
    return Reflection(rid, on, assessments=tuple(Assessment(g) for g in goals))


def test_goal_review_counts_from_the_last_review() -> None:
    plan = CareerPlan(
        goals=(measured(check_ins=(CheckIn(date(2026, 10, 1), 0.3),)),),
        reflections=(reviewed(date(2026, 11, 10), "talks"),),
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("goal_review"))
    assert dues(agenda) == ["2026-12-10", "2027-01-10", "2027-02-10"]
    first = agenda[0]
    assert first.title == "Review goal: Give two talks"
    assert first.subject == "talks"
    assert first.reason == "last reviewed on 2026-11-10, 15 days ago; reviews are monthly"
    assert first.prompts == SchedulePolicy().prompts["goal_review"]
    assert first.priority == 2
    assert agenda[1].reason == "reviews are monthly, counted from 2026-12-10"


def test_goal_review_counts_from_a_later_check_in() -> None:
    plan = CareerPlan(
        goals=(measured(check_ins=(CheckIn(date(2026, 11, 20), 0.5),)),),
        reflections=(reviewed(date(2026, 11, 10), "talks"),),
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("goal_review"))
    assert agenda[0].due == date(2026, 12, 20)
    assert agenda[0].reason == "last check-in on 2026-11-20, 5 days ago; reviews are monthly"


def test_goal_review_overdue_once_then_counted_from_as_of() -> None:
    plan = CareerPlan(goals=(measured(check_ins=(CheckIn(date(2026, 9, 5), 0.1),)),))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("goal_review", urgent_statuses=()))
    assert dues(agenda) == ["2026-10-05", "2026-12-25", "2027-01-25"]
    assert [i.overdue for i in agenda] == [True, False, False]
    assert agenda[0].reason == "last check-in on 2026-09-05, 81 days ago; reviews are monthly"


@pytest.mark.parametrize(
    ("changes", "due", "why"),
    [
        ({}, "2026-12-01", "not reviewed since it started on 2026-11-01"),
        (
            {"start": None, "created": date(2026, 11, 1)},
            "2026-12-01",
            "not reviewed since it was created on 2026-11-01",
        ),
        ({"start": None}, "2026-11-25", "not reviewed yet"),
    ],
)
def test_goal_review_of_a_goal_never_reviewed(changes: dict[str, Any], due: str, why: str) -> None:
    goal = attrs.evolve(Goal("g", "Learn Rust", start=date(2026, 11, 1)), **changes)
    agenda = schedule_reviews(CareerPlan(goals=(goal,)), as_of=AS_OF, policy=only("goal_review"))
    assert agenda[0].due.isoformat() == due
    assert agenda[0].reason == f"{why}; reviews are monthly"


def test_a_goal_starting_today_or_later_counts_from_its_start() -> None:
    for start in (AS_OF, date(2026, 12, 1)):
        plan = CareerPlan(goals=(Goal("g", "Learn Rust", start=start),))
        item = schedule_reviews(plan, as_of=AS_OF, policy=only("goal_review"))[0]
        assert item.due == cadence_after(start)
        assert item.reason == f"reviews are monthly, counted from {start.isoformat()}"


def cadence_after(day: date) -> date:
    return parse_cadence("monthly").after(day)


def test_at_risk_goals_are_reviewed_weekly_with_higher_priority() -> None:
    goal = measured(check_ins=(CheckIn(date(2026, 11, 18), 0.2),))
    assert ck.progress(goal, as_of=AS_OF).status == "at_risk"
    plan = CareerPlan(goals=(goal,))
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=21), policy=only("goal_review")
    )
    assert dues(agenda) == ["2026-11-25", "2026-12-02", "2026-12-09", "2026-12-16"]
    assert agenda[0].reason == (
        "last check-in on 2026-11-18, 7 days ago; the goal is at risk, 49 days behind pace; "
        "reviews are weekly until that changes"
    )
    assert {i.priority for i in agenda} == {1}


def test_urgent_statuses_are_configurable() -> None:
    goal = measured(check_ins=(CheckIn(date(2026, 11, 18), 0.2),))
    policy = only("goal_review", urgent_statuses=())
    agenda = schedule_reviews(CareerPlan(goals=(goal,)), as_of=AS_OF, policy=policy)
    assert agenda[0].due == date(2026, 12, 18)


def test_reviews_tighten_in_the_last_30_days_before_the_deadline() -> None:
    goal = Goal("g", "Ship v2", start=date(2026, 11, 1), deadline=date(2027, 2, 15))
    plan = CareerPlan(goals=(goal,))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("goal_review"))
    assert dues(agenda) == [
        "2026-12-01",
        "2027-01-01",
        "2027-01-16",
        "2027-01-23",
        "2027-01-30",
        "2027-02-06",
        "2027-02-13",
        "2027-02-20",
    ]
    assert [i.priority for i in agenda] == [2, 2, 1, 1, 1, 1, 1, 1]
    assert agenda[2].reason == (
        "the deadline (2027-02-15) is 30 days away; reviews are weekly from here on"
    )
    assert agenda[3].reason == (
        "reviews are weekly before the deadline (2027-02-15), counted from 2027-01-16"
    )


def test_a_deadline_beyond_the_horizon_keeps_the_normal_rhythm() -> None:
    goal = Goal("g", "Ship v2", start=date(2026, 11, 1), deadline=date(2027, 12, 31))
    agenda = schedule_reviews(CareerPlan(goals=(goal,)), as_of=AS_OF, policy=only("goal_review"))
    assert dues(agenda) == ["2026-12-01", "2027-01-01", "2027-02-01"]


@pytest.mark.parametrize(
    ("deadline", "phrase"),
    [
        (date(2026, 12, 5), "the deadline is in 10 days (2026-12-05)"),
        (AS_OF, "the deadline is today (2026-11-25)"),
        (date(2026, 11, 26), "the deadline is tomorrow (2026-11-26)"),
        (date(2026, 11, 20), "the deadline passed 5 days ago"),
    ],
)
def test_goal_near_or_past_its_deadline_is_reviewed_weekly(deadline: date, phrase: str) -> None:
    goal = Goal("g", "Ship v2", start=date(2026, 10, 1), deadline=deadline)
    plan = CareerPlan(goals=(goal,), reflections=(reviewed(date(2026, 11, 22), "g"),))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("goal_review"))
    assert agenda[0].due == date(2026, 11, 29)
    assert agenda[0].reason == (
        f"last reviewed on 2026-11-22, 3 days ago; {phrase}; reviews are weekly until that changes"
    )


def test_only_active_goals_are_reviewed() -> None:
    goals = tuple(
        Goal(status, "A goal", status=status) for status in ("draft", "paused", "done", "dropped")
    )
    agenda = schedule_reviews(
        CareerPlan(goals=goals), as_of=AS_OF, policy=only("goal_review", "check_in")
    )
    assert len(agenda) == 0


def test_check_in_reminders_for_measured_goals_only() -> None:
    plan = CareerPlan(
        goals=(
            measured(check_ins=(CheckIn(date(2026, 11, 20), 0.5),)),
            Goal("plain", "Read more", start=date(2026, 9, 1)),
        )
    )
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=30), policy=only("check_in")
    )
    assert dues(agenda) == ["2026-12-04", "2026-12-18"]
    assert agenda[0].title == "Check in on: Give two talks"
    assert agenda[0].reason == (
        "last check-in on 2026-11-20, 5 days ago; check-ins are due every 2 weeks"
    )
    assert agenda[0].prompts == SchedulePolicy().prompts["check_in"]


@pytest.mark.parametrize(
    ("changes", "due", "why"),
    [
        ({}, "2026-09-15", "no check-in since it started on 2026-09-01"),
        (
            {"start": None, "created": date(2026, 11, 20)},
            "2026-12-04",
            "no check-in since it was created on 2026-11-20",
        ),
        ({"start": None}, "2026-11-25", "no check-in yet"),
    ],
)
def test_check_in_reminder_without_check_ins(changes: dict[str, Any], due: str, why: str) -> None:
    plan = CareerPlan(goals=(measured(**changes),))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("check_in"))
    assert agenda[0].due.isoformat() == due
    assert agenda[0].reason == f"{why}; check-ins are due every 2 weeks"


def test_records_after_as_of_do_not_count() -> None:
    plan = CareerPlan(
        goals=(
            measured(check_ins=(CheckIn(date(2026, 11, 1), 0.4), CheckIn(date(2027, 1, 5), 1))),
        ),
        reflections=(reviewed(date(2026, 12, 1), "talks"),),
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("check_in", "reflection"))
    assert agenda.filter(kind="check_in")[0].due == date(2026, 11, 15)
    assert agenda.filter(kind="reflection")[0].reason == (
        "no reflection written yet; a reflection is due monthly"
    )


# --- the whole plan -----------------------------------------------------------------------------


def test_a_reassessment_is_a_reflection_that_assesses_every_active_goal() -> None:
    goals = (Goal("a", "Goal A"), Goal("b", "Goal B"), Goal("c", "Goal C", status="paused"))
    plan = CareerPlan(
        goals=goals,
        reflections=(
            reviewed(date(2026, 10, 1), "a", "b", rid="full"),
            reviewed(date(2026, 11, 1), "a", rid="partial"),
        ),
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("reassessment"))
    assert dues(agenda) == ["2027-01-01"]
    assert agenda[0].reason == (
        "last full reassessment on 2026-10-01, 55 days ago; the whole plan is reassessed quarterly"
    )
    assert agenda[0].title == "Reassess the whole plan"


def test_answering_a_reassessment_prompt_counts_as_a_reassessment() -> None:
    prompt = "  which goals MATTER most now, and which would you let go? "
    plan = CareerPlan(
        reflections=(
            Reflection("r1", date(2026, 10, 10), prompts=(PromptAnswer(prompt, "Talks first"),)),
            Reflection("r2", date(2026, 11, 10), prompts=(PromptAnswer(prompt, " "),)),
        )
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("reassessment"))
    assert agenda[0].due == date(2027, 1, 10)


def test_values_review_counts_from_an_answered_values_prompt() -> None:
    answer = PromptAnswer("Has anything you care about changed?", "Family time matters more")
    plan = CareerPlan(
        reflections=(
            Reflection("r1", date(2026, 3, 31), prompts=(answer,)),
            Reflection("r2", date(2026, 10, 1), prompts=(PromptAnswer("What went well?", "x"),)),
        )
    )
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=180), policy=only("values_review")
    )
    assert dues(agenda) == ["2027-03-31"]
    assert agenda[0].reason == (
        "last values review on 2026-03-31, 239 days ago; values are reviewed yearly"
    )


def test_reflection_prompt_a_month_after_the_last_reflection() -> None:
    plan = CareerPlan(reflections=(Reflection("r", date(2026, 10, 31)),))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("reflection"))
    assert dues(agenda) == ["2026-11-30", "2026-12-31", "2027-01-31"]
    assert agenda[0].reason == (
        "last reflection on 2026-10-31, 25 days ago; a reflection is due monthly"
    )


def test_wellbeing_check_counts_from_the_latest_record_of_any_kind() -> None:
    wellbeing = Wellbeing(
        weeks=(WeekLog(date(2026, 11, 2)),),
        who5=(Who5Response(date(2026, 11, 20), (3, 3, 3, 3, 3)),),
    )
    plan = CareerPlan(wellbeing=wellbeing)
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=14), policy=only("wellbeing_check")
    )
    assert dues(agenda) == ["2026-12-04"]
    assert agenda[0].reason == (
        "last well-being record on 2026-11-20, 5 days ago; well-being is checked every 2 weeks"
    )


# --- people -------------------------------------------------------------------------------------


def test_contact_follow_up_counts_from_the_last_interaction() -> None:
    lee = Contact(
        "lee", "Lee", cadence_days=60, interactions=(Interaction(date(2026, 10, 1), "gave"),)
    )
    agenda = schedule_reviews(
        CareerPlan(contacts=(lee,)), as_of=AS_OF, policy=only("contact_follow_up")
    )
    assert dues(agenda) == ["2026-11-30", "2027-01-29"]
    item = agenda[0]
    assert (item.title, item.subject, item.priority) == ("Follow up with Lee", "lee", 3)
    assert item.reason == (
        "last contact on 2026-10-01, 55 days ago; you keep in touch every 60 days"
    )


def test_a_mentor_meeting_counts_as_contact_with_the_linked_person() -> None:
    lee = Contact(
        "lee", "Lee", cadence_days=28, interactions=(Interaction(date(2026, 10, 1), "gave"),)
    )
    mentor = Mentor("m", contact="lee", status="active", meetings=(Meeting(date(2026, 11, 11)),))
    plan = CareerPlan(contacts=(lee,), mentors=(mentor,))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("contact_follow_up"))
    assert agenda[0].due == date(2026, 12, 9)
    assert agenda[0].reason == (
        "last contact on 2026-11-11, 14 days ago; you keep in touch every 4 weeks"
    )


def test_contacts_without_a_cadence_use_the_policy_default_if_any() -> None:
    sam = Contact("sam", "Sam", since=date(2026, 11, 1))
    kim = Contact("kim", "Kim")
    plan = CareerPlan(contacts=(sam, kim))
    assert len(schedule_reviews(plan, as_of=AS_OF, policy=only("contact_follow_up"))) == 0
    policy = only("contact_follow_up", contact_follow_up="quarterly")
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=policy)
    assert [(i.subject, i.due.isoformat(), i.reason) for i in agenda] == [
        ("kim", "2026-11-25", "no contact recorded yet; you keep in touch quarterly"),
        (
            "sam",
            "2027-02-01",
            "no contact since you met on 2026-11-01; you keep in touch quarterly",
        ),
    ]


def test_mentor_meetings_for_active_mentors_at_their_cadence() -> None:
    plan = CareerPlan(
        contacts=(Contact("lee", "Lee Chen"),),
        mentors=(
            Mentor(
                "m1",
                contact="lee",
                status="active",
                cadence_days=14,
                meetings=(Meeting(date(2026, 11, 20)),),
            ),
            Mentor("m2", name="Ana", role="both", status="active", since=date(2026, 11, 1)),
            Mentor("m3", name="Bo", role="sponsor", status="active"),
            Mentor("m4", name="Cy", status="prospect"),
            Mentor("m5", name="Di", status="ended"),
        ),
    )
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=10), policy=only("mentor_meeting")
    )
    assert [(i.subject, i.due.isoformat(), i.title, i.reason) for i in agenda] == [
        ("m3", "2026-11-25", "Meet your sponsor Bo", "no meeting recorded yet; you meet monthly"),
        (
            "m2",
            "2026-12-01",
            "Meet your mentor and sponsor Ana",
            "no meeting since it began on 2026-11-01; you meet monthly",
        ),
        (
            "m1",
            "2026-12-04",
            "Meet your mentor Lee Chen",
            "last meeting on 2026-11-20, 5 days ago; you meet every 2 weeks",
        ),
    ]


def sponsor(**changes: Any) -> Mentor:
    return attrs.evolve(Mentor("sp", name="Rae", role="sponsor", status="active"), **changes)


def test_sponsors_hear_about_completed_challenges_and_goals() -> None:
    plan = CareerPlan(
        goals=(
            Goal(
                "g",
                "Ship v2",
                status="done",
                milestones=(Milestone("Launch", done_on=date(2026, 11, 20)),),
            ),
            Goal("undated", "Old goal", status="done"),
        ),
        challenges=(
            Challenge(
                "c",
                "Lead the migration",
                status="done",
                start=date(2026, 6, 1),
                end=date(2026, 11, 15),
                lessons="Plan the cut-over early",
            ),
        ),
        mentors=(sponsor(), Mentor("mm", name="Ola", role="mentor", status="active")),
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("sponsor_update"))
    assert len(agenda) == 1
    item = agenda[0]
    assert (item.due, item.subject, item.title) == (
        date(2026, 11, 22),
        "sp",
        "Tell Rae what you achieved",
    )
    assert item.overdue
    assert item.reason == (
        "you completed the challenge 'Lead the migration' on 2026-11-15 and the goal 'Ship v2' "
        "on 2026-11-20, and Rae has not heard from you; sponsors can only speak up for work "
        "they know about"
    )


def test_a_sponsor_already_told_gets_only_newer_news() -> None:
    challenge = Challenge("c", "Migration", status="done", end=date(2026, 10, 1))
    goal = Goal(
        "g",
        "Ship v2",
        status="done",
        check_ins=(),
        milestones=(Milestone("Launch", done_on=date(2026, 11, 24)),),
    )
    told = sponsor(advocacy=(Advocacy(date(2026, 10, 5), "Mentioned the migration"),))
    plan = CareerPlan(goals=(goal,), challenges=(challenge,), mentors=(told,))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("sponsor_update"))
    assert agenda[0].due == date(2026, 12, 1)
    assert agenda[0].reason.startswith(
        "you completed the goal 'Ship v2' on 2026-11-24, and Rae has not heard from you since "
        "2026-10-05;"
    )
    met = sponsor(meetings=(Meeting(date(2026, 11, 24)),))
    plan = attrs.evolve(plan, mentors=(met,))
    assert len(schedule_reviews(plan, as_of=AS_OF, policy=only("sponsor_update"))) == 0


def test_sponsor_updates_need_news_and_are_forgotten_when_stale() -> None:
    old = Challenge("c", "Migration", status="done", end=date(2026, 1, 10))
    plan = CareerPlan(challenges=(old,), mentors=(sponsor(),))
    assert len(schedule_reviews(plan, as_of=AS_OF, policy=only("sponsor_update"))) == 0
    keep = only("sponsor_update", forget_after_days=None)
    assert dues(schedule_reviews(plan, as_of=AS_OF, policy=keep)) == ["2026-01-17"]
    none_done = CareerPlan(mentors=(sponsor(),))
    assert len(schedule_reviews(none_done, as_of=AS_OF, policy=keep)) == 0
    soon = CareerPlan(
        challenges=(Challenge("c", "Migration", status="done", end=AS_OF),), mentors=(sponsor(),)
    )
    assert len(schedule_reviews(soon, as_of=AS_OF, horizon=timedelta(days=3), policy=keep)) == 0


# --- learning and challenges -----------------------------------------------------------------


def certified(expires: date, id: str = "aws") -> LearningActivity:
    return LearningActivity(
        id,
        "certification",
        "AWS Solutions Architect",
        credential=Credential(issued=date(2020, 1, 1), expires=expires),
    )


@pytest.mark.parametrize(
    ("expires", "due", "overdue", "reason"),
    [
        (
            date(2027, 2, 1),
            "2026-12-03",
            False,
            "the credential expires on 2027-02-01, in 68 days; renewals start 60 days ahead",
        ),
        (
            date(2026, 12, 10),
            "2026-11-25",
            False,
            "the credential expires on 2026-12-10, in 15 days; renewals start 60 days ahead",
        ),
        (
            date(2026, 11, 1),
            "2026-11-01",
            True,
            "the credential expired on 2026-11-01, 24 days ago",
        ),
    ],
)
def test_credential_renewals(expires: date, due: str, overdue: bool, reason: str) -> None:
    plan = CareerPlan(learning=(certified(expires),))
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("credential_renewal"))
    assert [(i.due.isoformat(), i.overdue, i.reason) for i in agenda] == [(due, overdue, reason)]
    assert agenda[0].title == "Renew: AWS Solutions Architect"
    assert agenda[0].priority == 1


def test_credentials_far_off_long_expired_or_without_expiry_are_left_out() -> None:
    plan = CareerPlan(
        learning=(
            certified(date(2027, 12, 1), "far"),
            certified(date(2025, 1, 1), "lapsed"),
            LearningActivity("open", "certification", "Scrum", credential=Credential()),
            LearningActivity("book", "book", "A book"),
        )
    )
    assert len(schedule_reviews(plan, as_of=AS_OF, policy=only("credential_renewal"))) == 0
    policy = only("credential_renewal", forget_after_days=None, credential_lead_days=10)
    assert dues(schedule_reviews(plan, as_of=AS_OF, policy=policy)) == ["2025-01-01"]


def test_challenge_retrospectives() -> None:
    plan = CareerPlan(
        challenges=(
            Challenge("ends", "Lead the migration", status="active", end=date(2026, 12, 18)),
            Challenge("ended", "Run the offsite", status="done", end=date(2026, 11, 1)),
            Challenge("noend", "Write the RFC", status="abandoned"),
            Challenge(
                "learned",
                "Mentor an intern",
                status="done",
                end=date(2026, 11, 1),
                lessons="Weekly one-on-ones",
            ),
            Challenge("planned", "Give a keynote", end=date(2026, 12, 1)),
            Challenge("open", "Own on-call", status="active"),
            Challenge("stale", "Old work", status="done", end=date(2025, 1, 1)),
        )
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, policy=only("challenge_retro"))
    assert [(i.subject, i.due.isoformat(), i.overdue, i.reason) for i in agenda] == [
        (
            "ended",
            "2026-11-01",
            True,
            "the challenge ended on 2026-11-01, 24 days ago and no lessons are written down",
        ),
        (
            "noend",
            "2026-11-25",
            False,
            "the challenge is abandoned and no lessons are written down",
        ),
        ("ends", "2026-12-18", False, "the challenge ends in 23 days (2026-12-18)"),
    ]
    assert agenda[2].title == "Retrospective: Lead the migration"


def test_challenge_retro_delay_is_configurable() -> None:
    plan = CareerPlan(challenges=(Challenge("c", "Migration", status="active", end=AS_OF),))
    policy = only("challenge_retro", challenge_retro_days=3)
    assert dues(schedule_reviews(plan, as_of=AS_OF, policy=policy)) == ["2026-11-28"]


# --- placing items ------------------------------------------------------------------------------


def test_time_off_moves_items_to_the_first_day_after() -> None:
    leave = TimeOff(date(2026, 12, 20), date(2027, 1, 3), note="Winter break")
    plan = CareerPlan(
        reflections=(Reflection("r", date(2026, 11, 24)),), wellbeing=Wellbeing(time_off=(leave,))
    )
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=40), policy=only("reflection")
    )
    assert dues(agenda) == ["2027-01-04"]
    assert agenda[0].reason == (
        "last reflection on 2026-11-24, yesterday; a reflection is due monthly; "
        "moved from 2026-12-24 (time off: Winter break)"
    )


def test_weekly_items_during_a_long_leave_collapse_into_one() -> None:
    leave = TimeOff(date(2026, 11, 26), date(2026, 12, 20))
    plan = CareerPlan(
        reflections=(Reflection("r", date(2026, 11, 24)),), wellbeing=Wellbeing(time_off=(leave,))
    )
    policy = only("reflection", reflection="weekly")
    agenda = schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=30), policy=policy)
    assert dues(agenda) == ["2026-12-21", "2026-12-22"]
    assert agenda[0].reason.endswith("; moved from 2026-12-01 (time off)")


def test_time_off_can_be_ignored() -> None:
    leave = TimeOff(date(2026, 12, 20), date(2027, 1, 3))
    plan = CareerPlan(
        reflections=(Reflection("r", date(2026, 11, 24)),), wellbeing=Wellbeing(time_off=(leave,))
    )
    policy = only("reflection", respect_time_off=False)
    agenda = schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=40), policy=policy)
    assert dues(agenda) == ["2026-12-24"]


def test_blackout_dates_weekends_and_time_off_chain() -> None:
    # Due Thu 2026-12-24; blackout Thu and Fri; weekend; Monday is time off; Tuesday it is.
    plan = CareerPlan(
        reflections=(Reflection("r", date(2026, 11, 24)),),
        wellbeing=Wellbeing(time_off=(TimeOff(date(2026, 12, 28), date(2026, 12, 28), "Trip"),)),
    )
    policy = only(
        "reflection",
        working_days=True,
        blackout=[date(2026, 12, 24), date(2026, 12, 25)],
    )
    agenda = schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=40), policy=policy)
    assert dues(agenda) == ["2026-12-29"]
    assert agenda[0].reason.endswith(
        "; moved from 2026-12-24 (a blackout date, then a blackout date, then a weekend, "
        "then time off: Trip)"
    )


def test_overlapping_time_off_is_left_at_its_latest_end() -> None:
    plan = CareerPlan(
        reflections=(Reflection("r", date(2026, 11, 24)),),
        wellbeing=Wellbeing(
            time_off=(
                TimeOff(date(2026, 12, 1), date(2026, 12, 31), "Long"),
                TimeOff(date(2026, 12, 20), date(2026, 12, 26), "Short"),
            )
        ),
    )
    agenda = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=40), policy=only("reflection")
    )
    assert dues(agenda) == ["2027-01-01"]
    assert agenda[0].reason.endswith("(time off: Long)")


def test_working_days_move_weekend_items_to_monday() -> None:
    plan = CareerPlan(reflections=(Reflection("r", date(2026, 10, 28)),))
    policy = only("reflection", working_days=True)
    agenda = schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=65), policy=policy)
    # 2026-11-28 is a Saturday, 2026-12-28 a Monday, 2027-01-28 a Thursday.
    assert dues(agenda) == ["2026-11-30", "2026-12-28", "2027-01-28"]
    assert agenda[0].reason.endswith("; moved from 2026-11-28 (a weekend)")
    plain = schedule_reviews(
        plan, as_of=AS_OF, horizon=timedelta(days=60), policy=only("reflection")
    )
    assert plain[0].due == date(2026, 11, 28)


def test_overdue_items_are_not_moved() -> None:
    plan = CareerPlan(reflections=(Reflection("r", date(2026, 9, 26)),))
    policy = only("reflection", working_days=True, blackout=[date(2026, 10, 26)])
    agenda = schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=0), policy=policy)
    assert [(i.due.isoformat(), i.overdue) for i in agenda] == [("2026-10-26", True)]


# --- the agenda --------------------------------------------------------------------------------


@pytest.fixture
def agenda(sample_document: str) -> Agenda:
    return schedule_reviews(ck.loads(sample_document, format="json"), as_of=AS_OF)


def test_the_sample_plan_agenda_is_sorted_overdue_first_then_by_date_and_priority(
    agenda: Agenda,
) -> None:
    items = list(agenda)
    assert [i.overdue for i in items[:2]] == [True, True]
    assert not any(i.overdue for i in items[2:])
    keys = [(not i.overdue, i.due, i.priority) for i in items]
    assert keys == sorted(keys)
    # Same day: the high-priority item first.
    same_day = [i for i in items if i.due == date(2026, 11, 25)]
    assert [(i.kind, i.priority) for i in same_day] == [
        ("reassessment", 2),
        ("mentor_meeting", 2),
        ("values_review", 3),
    ] or [i.priority for i in same_day] == sorted(i.priority for i in same_day)


def test_sorting_breaks_ties_by_priority_then_kind() -> None:
    plan = CareerPlan(
        learning=(certified(date(2027, 1, 24)),),
        contacts=(Contact("lee", "Lee", cadence_days=60),),
    )
    agenda = schedule_reviews(
        plan,
        as_of=AS_OF,
        horizon=timedelta(days=0),
        policy=only("credential_renewal", "contact_follow_up", "reflection", "wellbeing_check"),
    )
    assert [(i.kind, i.priority) for i in agenda] == [
        ("credential_renewal", 1),
        ("wellbeing_check", 2),
        ("contact_follow_up", 3),
        ("reflection", 3),
    ]


def test_agenda_is_a_sized_iterable_with_filters(agenda: Agenda) -> None:
    assert len(agenda) == len(list(agenda)) == len(agenda.items)
    assert agenda[0] is agenda.items[0]
    reviews = agenda.filter(kind="goal_review")
    assert reviews
    assert all(i.kind == "goal_review" for i in reviews)
    assert (reviews.as_of, reviews.until) == (agenda.as_of, agenda.until)
    people = agenda.filter(kind=["contact_follow_up", "mentor_meeting"])
    assert {i.kind for i in people} == {"contact_follow_up", "mentor_meeting"}
    lee = agenda.filter(subject="lee")
    assert {i.kind for i in lee} == {"contact_follow_up"}
    assert len(agenda.filter(kind="check_in", subject="nobody")) == 0
    assert agenda.overdue == tuple(i for i in agenda if i.overdue)
    with pytest.raises(PolicyError) as info:
        agenda.filter(kind="goals")
    assert str(info.value).startswith("kind must be one of 'goal_review', 'check_in', ")
    assert str(info.value).endswith("'reflection', got 'goals'")


def test_agenda_and_item_reprs_read_well(agenda: Agenda) -> None:
    assert repr(agenda) == "Agenda(as_of=2026-11-25, until=2027-02-23, items=28, overdue=2)"
    assert repr(agenda.filter(kind="reflection")) == (
        "Agenda(as_of=2026-11-25, until=2027-02-23, items=3)"
    )
    assert repr(agenda[0]) == (
        "ReviewItem(due=2026-10-31, kind='contact_follow_up', subject='lee', "
        "title='Follow up with Lee', overdue=True)"
    )
    assert repr(agenda.filter(kind="reassessment")[0]) == (
        "ReviewItem(due=2027-02-20, kind='reassessment', subject=None, "
        "title='Reassess the whole plan')"
    )
    assert str(agenda[0]) == (
        "2026-10-31 (overdue) Follow up with Lee: last contact on 2026-09-01, 85 days ago; "
        "you keep in touch every 60 days"
    )
    lines = str(agenda).splitlines()
    assert lines[0] == "Agenda from 2026-11-25 to 2027-02-23:"
    assert lines[1] == f"- {agenda[0]}"
    assert len(lines) == 29
    empty = Agenda((), as_of=AS_OF, until=AS_OF)
    assert str(empty) == "Agenda from 2026-11-25 to 2026-11-25: nothing due"


def test_to_dict_is_plain_json_data(agenda: Agenda) -> None:
    data = agenda.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["as_of"] == "2026-11-25"
    assert data["until"] == "2027-02-23"
    assert data["items"][0] == {
        "due": "2026-10-31",
        "kind": "contact_follow_up",
        "subject": "lee",
        "title": "Follow up with Lee",
        "reason": "last contact on 2026-09-01, 85 days ago; you keep in touch every 60 days",
        "prompts": [
            "What is new with them since you last spoke?",
            "What could you offer them this time?",
        ],
        "priority": 3,
        "overdue": True,
    }


def test_review_items_are_frozen_values() -> None:
    item = ReviewItem(AS_OF, "reflection", None, "Write a reflection", "why")
    assert item == ReviewItem(AS_OF, "reflection", None, "Write a reflection", "why")
    assert hash(item) == hash(attrs.evolve(item))
    assert (item.prompts, item.priority, item.overdue) == ((), 2, False)


def test_kinds_switch_rules_off(agenda: Agenda, sample_document: str) -> None:
    plan = ck.loads(sample_document, format="json")
    kinds = set(KINDS) - {"check_in", "wellbeing_check"}
    fewer = schedule_reviews(plan, as_of=AS_OF, policy=SchedulePolicy(kinds=kinds))
    assert list(fewer) == [i for i in agenda if i.kind not in ("check_in", "wellbeing_check")]


def test_custom_priorities_and_prompts_reach_the_items() -> None:
    policy = only(
        "reflection", priorities={"reflection": 1}, prompts={"reflection": ["What surprised you?"]}
    )
    item = schedule_reviews(CareerPlan(), as_of=AS_OF, policy=policy)[0]
    assert (item.priority, item.prompts) == (1, ("What surprised you?",))


def test_rrule_cadences_in_a_schedule() -> None:
    plan = CareerPlan(reflections=(Reflection("r", date(2026, 11, 24)),))
    policy = only("reflection", reflection="FREQ=WEEKLY;BYDAY=FR")
    agenda = schedule_reviews(plan, as_of=AS_OF, horizon=timedelta(days=14), policy=policy)
    assert dues(agenda) == ["2026-11-27", "2026-12-04"]
    assert agenda[0].reason == (
        "last reflection on 2026-11-24, yesterday; a reflection is due on the rule "
        "FREQ=WEEKLY;BYDAY=FR"
    )


@given(
    plan=strategies.plans(), as_of=st.dates(min_value=date(1995, 1, 1), max_value=date(2095, 1, 1))
)
def test_any_plan_gives_a_sorted_explained_deterministic_agenda(
    plan: CareerPlan, as_of: date
) -> None:
    agenda = schedule_reviews(plan, as_of=as_of, horizon=timedelta(days=120))
    again = schedule_reviews(plan, as_of=as_of, horizon=timedelta(days=120))
    assert agenda == again
    keys = [(not i.overdue, i.due, i.priority) for i in agenda]
    assert keys == sorted(keys)
    assert len({(i.kind, i.subject, i.due) for i in agenda}) == len(agenda)
    for item in agenda:
        assert item.overdue == (item.due < as_of)
        assert item.reason
        assert item.prompts
        assert item.title
        assert item.kind in KINDS
        if not item.overdue and "moved from" not in item.reason:
            assert item.due <= agenda.until


def test_default_policy_is_shared_and_time_of_day_is_accepted() -> None:
    assert (
        schedule_reviews(CareerPlan(), as_of=AS_OF).policy
        is schedule_reviews(CareerPlan(), as_of=AS_OF).policy
    )
    assert SchedulePolicy(time_of_day=time(9, 30)).time_of_day == time(9, 30)


def test_policy_repr_lists_sets_in_a_stable_order() -> None:
    policy = SchedulePolicy(kinds={"reflection", "goal_review"}, urgent_statuses=())
    assert repr(policy) == (
        "SchedulePolicy(urgent_statuses=set(), kinds={'goal_review', 'reflection'})"
    )


def test_the_end_of_the_calendar_is_handled() -> None:
    assert parse_cadence("monthly").after(date(9999, 12, 15)) is None
    assert parse_cadence("FREQ=WEEKLY;BYDAY=MO").after(date(9999, 12, 30)) is None
    with pytest.raises(PolicyError) as info:
        schedule_reviews(CareerPlan(), as_of=date(9999, 12, 1))
    assert str(info.value) == "as_of must be between 1900-01-01 and 2999-12-31, got 9999-12-01"
    # Records may be dated up to the last day a date can hold; nothing after it is scheduled.
    contact = Contact("a", "Ana", cadence_days=30, since=date(9999, 12, 10))
    agenda = schedule_reviews(
        CareerPlan(contacts=(contact,)),
        as_of=date(2999, 12, 1),
        horizon=timedelta(days=30),
        policy=only("contact_follow_up", "values_review"),
    )
    assert [(i.kind, i.due.isoformat()) for i in agenda] == [("values_review", "2999-12-01")]


# --- an audience hears nothing about what it cannot see -----------------------------------------


def _kinds_for(plan: CareerPlan, audience: str = "self") -> set[tuple[str, str | None]]:
    agenda = schedule_reviews(plan, as_of=AS_OF, audience=audience)  # type: ignore[arg-type]
    return {(item.kind, item.subject) for item in agenda}


def _silent_for_the_manager(plan: CareerPlan, kind: str, subject: str | None = None) -> None:
    """The manager's view alone would list (kind, subject), counted from the wrong day and
    explained wrongly; the manager's agenda leaves it out."""
    view = ck.redact(plan, "manager")
    assert (kind, subject) in _kinds_for(view)
    assert (kind, subject) not in _kinds_for(plan, "manager")


def test_private_reflections_leave_out_what_is_counted_from_them() -> None:
    reflection = Reflection(
        "r",
        AS_OF - timedelta(days=3),
        prompts=(PromptAnswer("Which of your values guided your choices this year?", "Growth"),),
    )
    plan = CareerPlan(reflections=(reflection,))
    for kind in ("reflection", "reassessment", "values_review"):
        _silent_for_the_manager(plan, kind)
    # What the manager can see is still scheduled.
    assert ("reflection", None) in _kinds_for(CareerPlan(), "manager")


def test_private_well_being_records_leave_out_the_well_being_check() -> None:
    plan = CareerPlan(wellbeing=Wellbeing(weeks=(WeekLog(date(2026, 11, 23), hours_worked=40),)))
    _silent_for_the_manager(plan, "wellbeing_check")
    shared = CareerPlan(wellbeing=Wellbeing(shared_with=("manager",)))
    assert ("wellbeing_check", None) in _kinds_for(shared, "manager")


def test_a_goal_assessed_in_a_private_reflection_gets_no_review_date_from_the_view() -> None:
    goal = Goal("g", "Lead the platform team", start=date(2026, 1, 5), shared_with=("manager",))
    reflection = Reflection("r", AS_OF - timedelta(days=2), assessments=(Assessment("g"),))
    plan = CareerPlan(goals=(goal,), reflections=(reflection,))
    _silent_for_the_manager(plan, "goal_review", "g")
    assert ("goal_review", "g") in _kinds_for(CareerPlan(goals=(goal,)), "manager")


def test_a_contact_with_private_history_gets_no_follow_up_from_the_view() -> None:
    lee = Contact(
        "lee",
        "Lee",
        cadence_days=30,
        interactions=(
            Interaction(date(2026, 6, 1), "gave", shared_with=("manager",)),
            Interaction(AS_OF - timedelta(days=5), "received"),
        ),
        shared_with=("manager",),
    )
    _silent_for_the_manager(CareerPlan(contacts=(lee,)), "contact_follow_up", "lee")
    mentor = Mentor(
        "m", contact="lee", status="active", meetings=(Meeting(AS_OF - timedelta(days=5)),)
    )
    only_mentor = attrs.evolve(lee, interactions=lee.interactions[:1])
    plan = CareerPlan(contacts=(only_mentor,), mentors=(mentor,))
    _silent_for_the_manager(plan, "contact_follow_up", "lee")
