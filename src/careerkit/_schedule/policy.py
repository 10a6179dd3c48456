"""The kinds of agenda item and :class:`SchedulePolicy`, every rule of the scheduler."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from types import MappingProxyType
from typing import Any, Literal, get_args

import attrs

from careerkit._errors import PolicyError
from careerkit._progress import ProgressStatus
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

_PRIORITY_WORDS = MappingProxyType({1: "high", 2: "normal", 3: "low"})

DEFAULT_PRIORITIES: Mapping[ReviewKind, int] = MappingProxyType(
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

DEFAULT_PROMPTS: Mapping[ReviewKind, tuple[str, ...]] = MappingProxyType(
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


def _kinds(value: Iterable[str]) -> frozenset[ReviewKind]:
    return frozenset(_check_kind(kind, "kinds") for kind in _iterable(value, "kinds"))


def _check_kind(kind: object, field: str) -> ReviewKind:
    if kind not in _KIND_ORDER:
        raise PolicyError(
            f"{field}: unknown kind {kind!r}; kinds are {', '.join(map(repr, KINDS))}"
        )
    return kind  # type: ignore[return-value]  # checked against KINDS just above


def _iterable(value: object, field: str) -> Iterable[object]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise PolicyError(f"{field}: expected a collection, got {value!r}")
    return value


def _priorities(value: Mapping[str, int]) -> Mapping[ReviewKind, int]:
    merged = dict(DEFAULT_PRIORITIES)
    for kind, priority in _mapping(value, "priorities").items():
        key = _check_kind(kind, "priorities")
        if priority not in _PRIORITY_WORDS or isinstance(priority, bool):
            raise PolicyError(
                f"priorities[{kind!r}]: must be 1 (high), 2 (normal) or 3 (low), got {priority!r}"
            )
        merged[key] = priority
    return MappingProxyType(merged)


def _prompts(value: Mapping[str, Iterable[str]]) -> Mapping[ReviewKind, tuple[str, ...]]:
    merged = dict(DEFAULT_PROMPTS)
    for kind, prompts in _mapping(value, "prompts").items():
        key = _check_kind(kind, "prompts")
        texts = tuple(_iterable(prompts, f"prompts[{kind!r}]"))
        if not all(isinstance(t, str) and t.strip() for t in texts):
            raise PolicyError(f"prompts[{kind!r}]: every prompt must be non-empty text")
        merged[key] = texts  # type: ignore[assignment]  # all str, checked just above
    return MappingProxyType(merged)


def _mapping(value: object, field: str) -> Mapping[object, Any]:
    if not isinstance(value, Mapping):
        raise PolicyError(f"{field}: expected a mapping of kind to value, got {value!r}")
    return value


def _dates(value: Iterable[date]) -> tuple[date, ...]:
    days: set[date] = set()
    for day in _iterable(value, "blackout"):
        if not _is_day(day):
            raise PolicyError(f"blackout: expected dates, got {day!r}")
        days.add(day)  # type: ignore[arg-type]  # a date, checked just above
    return tuple(sorted(days))


def _is_day(value: object) -> bool:
    """A date and not a datetime (which is a date subclass)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def _statuses(value: Iterable[str]) -> frozenset[ProgressStatus]:
    statuses = frozenset(_iterable(value, "urgent_statuses"))
    for status in statuses:
        if status not in _STATUSES:
            raise PolicyError(
                f"urgent_statuses: unknown status {status!r}; statuses are "
                f"{', '.join(map(repr, _STATUSES))}"
            )
    return statuses  # type: ignore[return-value]  # checked against the statuses above


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
_DAY_FIELDS = (
    "deadline_window_days",
    "credential_lead_days",
    "sponsor_update_days",
    "challenge_retro_days",
    "forget_after_days",
    "duration_minutes",
)


@attrs.frozen(repr=False)
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

    >>> SchedulePolicy(goal_review="every 2 weeks", working_days=True)
    SchedulePolicy(goal_review='every 2 weeks', working_days=True)
    """

    goal_review: str = "monthly"
    goal_review_urgent: str = "weekly"
    urgent_statuses: frozenset[ProgressStatus] = attrs.field(
        default=frozenset({"at_risk", "off_track"}), converter=_statuses
    )
    deadline_window_days: int = 30
    check_in: str = "every 2 weeks"
    reassessment: str = "quarterly"
    values_review: str = "yearly"
    contact_follow_up: str | None = None
    mentor_meeting: str = "monthly"
    wellbeing_check: str = "every 2 weeks"
    reflection: str = "monthly"
    credential_lead_days: int = 60
    sponsor_update_days: int = 7
    challenge_retro_days: int = 0
    forget_after_days: int | None = 180
    working_days: bool = False
    blackout: tuple[date, ...] = attrs.field(default=(), converter=_dates)
    respect_time_off: bool = True
    kinds: frozenset[ReviewKind] = attrs.field(default=frozenset(KINDS), converter=_kinds)
    priorities: Mapping[ReviewKind, int] = attrs.field(
        default=DEFAULT_PRIORITIES, converter=_priorities, hash=False
    )
    prompts: Mapping[ReviewKind, tuple[str, ...]] = attrs.field(
        default=DEFAULT_PROMPTS, converter=_prompts, hash=False
    )
    calendar_component: Literal["VTODO", "VEVENT"] = "VTODO"
    time_of_day: time | None = None
    duration_minutes: int = 30
    _cadences: Mapping[str, Cadence] = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        for name in _DAY_FIELDS:
            value = getattr(self, name)
            if name == "forget_after_days" and value is None:
                continue
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise PolicyError(f"{name}: must be a whole number of 0 or more, got {value!r}")
        for name in ("working_days", "respect_time_off"):
            if not isinstance(getattr(self, name), bool):
                raise PolicyError(f"{name}: must be True or False, got {getattr(self, name)!r}")
        if self.calendar_component not in ("VTODO", "VEVENT"):
            raise PolicyError(
                f"calendar_component: must be 'VTODO' or 'VEVENT', got {self.calendar_component!r}"
            )
        if self.time_of_day is not None and not isinstance(self.time_of_day, time):
            raise PolicyError(f"time_of_day: must be a datetime.time, got {self.time_of_day!r}")
        cadences = {
            name: parse_cadence(getattr(self, name), field=name)
            for name in _CADENCE_FIELDS
            if getattr(self, name) is not None
        }
        object.__setattr__(self, "_cadences", MappingProxyType(cadences))

    def __reduce__(self) -> tuple[Any, ...]:
        # Mapping proxies cannot be pickled: rebuild from the arguments, as plain dicts.
        args: dict[str, Any] = {
            f.name: dict(value) if isinstance(value := getattr(self, f.name), Mapping) else value
            for f in attrs.fields(SchedulePolicy)
            if f.init
        }
        return (functools.partial(SchedulePolicy, **args), ())

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
