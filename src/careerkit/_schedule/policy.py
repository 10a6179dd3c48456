"""The kinds of agenda item and :class:`SchedulePolicy`, every rule of the scheduler."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from types import MappingProxyType
from typing import Literal, get_args

import attrs

from careerkit._policy import (
    MAX_SPAN_DAYS,
    Each,
    EachOf,
    FrozenMapping,
    InstanceOf,
    MappingOf,
    Merged,
    Number,
    OneOf,
    Texts,
    Validator,
    as_frozenset,
    as_tuple,
)
from careerkit._progress import ProgressStatus
from careerkit._records import shared_methods
from careerkit._schedule.cadence import Cadence, parse_cadence

ReviewKind = Literal[
    "goal_review",
    "check_in",
    "reassessment",
    "values_review",
    "contact_follow_up",
    "mentor_meeting",
    "sponsor_update",
    "credential_renewal",
    "challenge_retro",
    "wellbeing_check",
    "reflection",
]
#: Every kind of agenda item, in the order used to break ties when sorting.
KINDS: tuple[ReviewKind, ...] = get_args(ReviewKind)
_KIND_ORDER = MappingProxyType({kind: i for i, kind in enumerate(KINDS)})

DEFAULT_PRIORITIES: Mapping[ReviewKind, int] = FrozenMapping[ReviewKind, int](
    {
        "goal_review": 2,
        "check_in": 2,
        "reassessment": 2,
        "values_review": 3,
        "contact_follow_up": 3,
        "mentor_meeting": 2,
        "sponsor_update": 2,
        "credential_renewal": 1,
        "challenge_retro": 2,
        "wellbeing_check": 2,
        "reflection": 3,
    }
)

DEFAULT_PROMPTS: Mapping[ReviewKind, tuple[str, ...]] = FrozenMapping[ReviewKind, tuple[str, ...]](
    {
        "goal_review": (
            "Are you moving towards this goal?",
            "Does it still fit your values?",
            "Keep it, adjust it or drop it?",
        ),
        "check_in": (
            "Where does the metric stand today?",
            "How sure are you, from 0 to 10, that you will reach the target in time?",
        ),
        "reassessment": (
            "Which goals matter most now, and which would you let go?",
            "What has changed at work or in your life since the last reassessment?",
            "Where should your time and energy go next quarter?",
        ),
        "values_review": (
            "Which of your values guided your choices this year?",
            "Has anything you care about changed?",
            "Do your goals still express what matters to you?",
        ),
        "contact_follow_up": (
            "What is new with them since you last spoke?",
            "What could you offer them this time?",
        ),
        "mentor_meeting": (
            "What do you want from this meeting?",
            "What have you tried since the last one, and how did it go?",
            "Which feedback do you need?",
        ),
        "sponsor_update": (
            "What did you achieve, and what difference did it make?",
            "Who else should hear about it?",
            "Which opportunity would you like next?",
        ),
        "credential_renewal": (
            "Do you still need this credential?",
            "What does renewing take: hours, cost, an exam?",
            "When will you do it?",
        ),
        "challenge_retro": (
            "What was the outcome?",
            "What did you learn?",
            "What would you do differently next time?",
            "Who saw the work?",
        ),
        "wellbeing_check": (
            "How many hours did you work, and how did you sleep?",
            "How is your energy?",
            "What will you change next week?",
        ),
        "reflection": (
            "What went well?",
            "What was hard?",
            "What will you try next?",
        ),
    }
)

_STATUSES: tuple[ProgressStatus, ...] = get_args(ProgressStatus)


def _check_kind(kind: object, field: str) -> ReviewKind:
    """``kind`` if it is a kind of agenda item, else a PolicyError naming ``field``."""
    _ONE_KIND.check(field, kind)
    return kind  # type: ignore[return-value]  # checked against KINDS just above


def _is_day(value: object) -> bool:
    """A date and not a datetime (which is a date subclass)."""
    return isinstance(value, date) and not isinstance(value, datetime)


# Converters only give a value its shape (they never raise); the validators check it.
def _statuses(value: Iterable[str]) -> frozenset[ProgressStatus]:
    return as_frozenset(value)  # type: ignore[return-value]  # checked by the validator


def _kinds(value: Iterable[str]) -> frozenset[ReviewKind]:
    return as_frozenset(value)  # type: ignore[return-value]  # checked by the validator


def _dates(value: Iterable[date]) -> tuple[date, ...]:
    days = as_tuple(value)
    if isinstance(days, tuple) and all(_is_day(day) for day in days):
        return tuple(sorted(set(days)))
    return days  # type: ignore[return-value]  # refused by the validator


_MERGE_PRIORITIES = Merged(DEFAULT_PRIORITIES)
_MERGE_PROMPTS = Merged(DEFAULT_PROMPTS, as_tuple)


def _priorities(value: Mapping[str, int]) -> Mapping[ReviewKind, int]:
    return _MERGE_PRIORITIES(value)  # type: ignore[return-value]  # checked by the validator


def _prompts(value: Mapping[str, Iterable[str]]) -> Mapping[ReviewKind, tuple[str, ...]]:
    return _MERGE_PROMPTS(value)  # type: ignore[return-value]  # checked by the validator


@shared_methods
@attrs.frozen(eq=False, repr=False)
class _CadenceText(Validator):
    """Text that :func:`parse_cadence` reads (``None`` too if ``optional``)."""

    optional: bool = False

    def check(self, where: str, value: object) -> None:
        if value is not None or not self.optional:
            parse_cadence(value, field=where)  # type: ignore[arg-type]  # it checks the type


_ONE_KIND = OneOf(KINDS)
_CADENCE_FIELDS = (
    "goal_review",
    "goal_review_urgent",
    "check_in",
    "reassessment",
    "values_review",
    "contact_follow_up",
    "mentor_meeting",
    "wellbeing_check",
    "reflection",
)
_CADENCE = _CadenceText()
_DAYS = Number(0, MAX_SPAN_DAYS, whole=True)
_BOOL = InstanceOf(bool, "True or False")


@shared_methods
@attrs.frozen(eq=False, repr=False)
class SchedulePolicy:
    """Every rule of the scheduler; the defaults suit one person reviewing their own plan.

    Cadences are text: plain words (``"weekly"``, ``"every 2 weeks"``, ``"monthly"``,
    ``"quarterly"``, ``"yearly"``, ``"every 3 months"``), ISO 8601 durations (``"P1M"``,
    ``"P2W"``, ``"P10D"``) or RFC 5545 rules (``"FREQ=WEEKLY;BYDAY=MO"``).

    - ``goal_review`` (``"monthly"``): active goals, counted from the last review (a reflection
      that assessed the goal) or check-in; ``goal_review_urgent`` (``"weekly"``) while the
      goal's progress status is in ``urgent_statuses`` (at risk, off track) or its deadline is
      ``deadline_window_days`` (30) away or has passed.
    - ``check_in`` (``"every 2 weeks"``): measured active goals, from the last check-in.
    - ``reassessment`` (``"quarterly"``) and ``values_review`` (``"yearly"``): the whole plan.
    - ``contact_follow_up`` (``None``): for contacts without their own ``cadence_days``;
      ``None`` leaves them out.
    - ``mentor_meeting`` (``"monthly"``): active mentors without their own ``cadence_days``.
    - ``wellbeing_check`` (``"every 2 weeks"``), ``reflection`` (``"monthly"``).
    - ``credential_lead_days`` (60): renew this long before a credential expires.
    - ``sponsor_update_days`` (7): tell sponsors within this many days of completing a goal or
      challenge; ``challenge_retro_days`` (0): hold a retrospective this long after a challenge
      ends.
    - ``forget_after_days`` (180): one-off items (renewals, retrospectives, sponsor updates)
      overdue for longer are left out; ``None`` keeps them.
    - ``working_days`` (off): move weekend items to Monday. ``blackout`` dates and, with
      ``respect_time_off`` (on), the plan's time off move items to the first free day after.
    - ``kinds``: the kinds to schedule (all by default); ``priorities`` (1 high, 2 normal, 3 low)
      and ``prompts`` per kind, merged over the defaults.
    - ``calendar_component`` (``"VTODO"`` or ``"VEVENT"``), ``time_of_day`` (``None``: all-day
      items) and ``duration_minutes`` (30) shape the calendar export.

    Every setting in days is a whole number from 0 to 3,660 (ten years), ``duration_minutes``
    from 0 to 1,440. A setting of the wrong type raises a :class:`~careerkit.PolicyError` that
    is also a :class:`TypeError`; a value out of range a plain :class:`~careerkit.PolicyError`.

    >>> SchedulePolicy(goal_review="every 2 weeks", working_days=True)
    SchedulePolicy(goal_review='every 2 weeks', working_days=True)
    """

    goal_review: str = attrs.field(default="monthly", validator=_CADENCE)
    goal_review_urgent: str = attrs.field(default="weekly", validator=_CADENCE)
    urgent_statuses: frozenset[ProgressStatus] = attrs.field(
        default=frozenset({"at_risk", "off_track"}),
        converter=_statuses,
        validator=EachOf(_STATUSES, "statuses"),
    )
    deadline_window_days: int = attrs.field(default=30, validator=_DAYS)
    check_in: str = attrs.field(default="every 2 weeks", validator=_CADENCE)
    reassessment: str = attrs.field(default="quarterly", validator=_CADENCE)
    values_review: str = attrs.field(default="yearly", validator=_CADENCE)
    contact_follow_up: str | None = attrs.field(default=None, validator=_CadenceText(True))
    mentor_meeting: str = attrs.field(default="monthly", validator=_CADENCE)
    wellbeing_check: str = attrs.field(default="every 2 weeks", validator=_CADENCE)
    reflection: str = attrs.field(default="monthly", validator=_CADENCE)
    credential_lead_days: int = attrs.field(default=60, validator=_DAYS)
    sponsor_update_days: int = attrs.field(default=7, validator=_DAYS)
    challenge_retro_days: int = attrs.field(default=0, validator=_DAYS)
    forget_after_days: int | None = attrs.field(
        default=180, validator=Number(0, MAX_SPAN_DAYS, whole=True, optional=True)
    )
    working_days: bool = attrs.field(default=False, validator=_BOOL)
    blackout: tuple[date, ...] = attrs.field(
        default=(),
        converter=_dates,
        validator=Each(InstanceOf(date, "a datetime.date", exclude=(datetime,)), "dates"),
    )
    respect_time_off: bool = attrs.field(default=True, validator=_BOOL)
    kinds: frozenset[ReviewKind] = attrs.field(
        default=frozenset(KINDS), converter=_kinds, validator=EachOf(KINDS, "kinds")
    )
    priorities: Mapping[ReviewKind, int] = attrs.field(
        default=DEFAULT_PRIORITIES,
        converter=_priorities,
        validator=MappingOf(KINDS, "kinds", OneOf((1, 2, 3), "1 (high), 2 (normal) or 3 (low)")),
    )
    prompts: Mapping[ReviewKind, tuple[str, ...]] = attrs.field(
        default=DEFAULT_PROMPTS, converter=_prompts, validator=MappingOf(KINDS, "kinds", Texts())
    )
    calendar_component: Literal["VTODO", "VEVENT"] = attrs.field(
        default="VTODO", validator=OneOf(("VTODO", "VEVENT"))
    )
    time_of_day: time | None = attrs.field(
        default=None, validator=InstanceOf(time, "a datetime.time", optional=True)
    )
    duration_minutes: int = attrs.field(default=30, validator=Number(0, 1440, whole=True))
    _cadences: Mapping[str, Cadence] = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        # Parsed once here; the validators above have read every cadence already.
        cadences = {
            name: parse_cadence(getattr(self, name))
            for name in _CADENCE_FIELDS
            if getattr(self, name) is not None
        }
        object.__setattr__(self, "_cadences", FrozenMapping(cadences))

    def _cadence(self, name: str) -> Cadence | None:
        """The parsed cadence of field ``name`` (``None`` when the field is ``None``)."""
        return self._cadences.get(name)

    def __repr__(self) -> str:
        # Only what differs from the defaults, so a policy reads as the choices someone made.
        changed = []
        for field in attrs.fields(SchedulePolicy):
            if not field.init:
                continue
            value, default = getattr(self, field.name), field.default
            if isinstance(default, Mapping):
                value = {k: v for k, v in value.items() if default.get(k) != v}
                if value:
                    changed.append(f"{field.name}={value!r}")
            elif isinstance(value, frozenset):
                if value != default:  # sorted: a set's own order changes from run to run
                    items = ", ".join(map(repr, sorted(value)))
                    changed.append(f"{field.name}={{{items}}}" if items else f"{field.name}=set()")
            elif value != default:
                changed.append(f"{field.name}={value!r}")
        return f"SchedulePolicy({', '.join(changed)})"


_DEFAULT_POLICY = SchedulePolicy()
