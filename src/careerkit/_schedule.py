"""The reassessment scheduler: a dated, explained agenda of reviews, follow-ups and renewals.

:func:`schedule_reviews` reads a plan as it stands on ``as_of`` and lists what is due until
``as_of + horizon``: goal reviews, check-in reminders, reassessments, follow-ups, mentor meetings,
sponsor updates, credential renewals, challenge retrospectives, well-being checks and reflections.
Every item says why it is due and which questions to answer. :class:`SchedulePolicy` holds every
rule; its defaults are documented on the class and in ``docs/scheduler.md``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any, Literal, get_args

import attrs
from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule, rrulestr

from careerkit._errors import PolicyError
from careerkit._model.goals import Goal
from careerkit._model.network import Mentor
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer, redact
from careerkit._progress import ProgressStatus, progress

__all__ = [
    "KINDS",
    "Agenda",
    "Cadence",
    "ReviewItem",
    "ReviewKind",
    "SchedulePolicy",
    "parse_cadence",
    "schedule_reviews",
]

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

# ---------------------------------------------------------------------------------------------
# Cadences
# ---------------------------------------------------------------------------------------------

_UNITS = MappingProxyType(
    {"day": (0, 1), "week": (0, 7), "month": (1, 0), "quarter": (3, 0), "year": (12, 0)}
)
_WORDS = MappingProxyType(
    {
        "daily": (0, 1),
        "weekly": (0, 7),
        "fortnightly": (0, 14),
        "monthly": (1, 0),
        "quarterly": (3, 0),
        "half-yearly": (6, 0),
        "yearly": (12, 0),
        "annually": (12, 0),
    }
)
_EVERY = re.compile(r"every (?:(\d{1,4}|other) )?(day|week|month|quarter|year)s?")
_ISO = re.compile(r"P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?")
_RRULE_PART = re.compile(r"([A-Z]+)=([^;]*)")
_RRULE_FREQS = frozenset({"YEARLY", "MONTHLY", "WEEKLY", "DAILY"})
# A rule with only these parts is plain calendar stepping; it becomes a month/day cadence so that
# month ends are clipped instead of skipped (dateutil's MONTHLY rule skips months without a 31st).
_PLAIN_RULE_PARTS = frozenset({"FREQ", "INTERVAL", "WKST"})
_FREQ_STEP = MappingProxyType(
    {"YEARLY": (12, 0), "MONTHLY": (1, 0), "WEEKLY": (0, 7), "DAILY": (0, 1)}
)
_PROBE_START = datetime(2000, 1, 1)
_PROBE_END = datetime(2010, 1, 1)
_FORMATS = (
    "use words like 'weekly', 'every 2 weeks', 'monthly' or 'quarterly', an ISO 8601 "
    "duration like 'P1M', or an RRULE like 'FREQ=WEEKLY;BYDAY=MO'"
)


@attrs.frozen(repr=False)
class Cadence:
    """How often something recurs: whole ``months`` plus ``days``, or an RFC 5545 ``rule``.

    Month steps are always taken from the anchor date (anchor + n months, clipped to the end of
    short months), never step by step, so a cadence anchored on the 31st lands on Feb 28/29,
    Apr 30, ... and on the 31st again where the month has one.
    """

    text: str
    months: int = 0
    days: int = 0
    rule: rrule | None = attrs.field(default=None, eq=False, hash=False)

    def __repr__(self) -> str:
        return f"Cadence({self.text!r})"

    def nth(self, anchor: date, n: int) -> date:
        """The ``n``-th step after ``anchor`` (month/day cadences only)."""
        if self.months:
            return anchor + relativedelta(months=n * self.months, days=n * self.days)
        return anchor + timedelta(days=n * self.days)

    def dates(self, anchor: date, until: date) -> Iterator[date]:
        """Every occurrence after ``anchor`` up to and including ``until``."""
        if self.rule is None:
            n = 1
            while (day := self._nth_or_none(anchor, n)) is not None and day <= until:
                yield day
                n += 1
            return
        # The rule starts at the anchor (never far in the past), so iterating it stays cheap.
        last = anchor
        rule = self.rule.replace(dtstart=datetime.combine(anchor, time()))
        for moment in rule:  # pragma: no branch - without COUNT/UNTIL it only ends in year 9999
            day = moment.date()
            if day > until:
                return
            if day > last:
                last = day
                yield day

    def _nth_or_none(self, anchor: date, n: int) -> date | None:
        try:
            return self.nth(anchor, n)
        except (OverflowError, ValueError):  # past the year 9999
            return None

    def after(self, anchor: date) -> date | None:
        """The first occurrence after ``anchor`` (``None`` if there is none before 9999)."""
        # Every cadence recurs within ten years (checked when parsed), so this ends quickly.
        return next(self.dates(anchor, date.max), None)

    def describe(self) -> str:
        """How often, in words: ``'monthly'``, ``'every 2 weeks'``, ..."""
        if self.rule is not None:
            return f"on the rule {self.text}"
        months, days = self.months, self.days
        if months and days:
            return f"every {_count(months, 'month')} and {_count(days, 'day')}"
        if months:
            named = {1: "monthly", 3: "quarterly", 12: "yearly"}.get(months)
            if named:
                return named
            if months % 12 == 0:
                return f"every {months // 12} years"
            return f"every {months} months"
        if days == 7:
            return "weekly"
        if days == 1:
            return "daily"
        if days % 7 == 0:
            return f"every {days // 7} weeks"
        return f"every {days} days"


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}{'s' if n != 1 else ''}"


def parse_cadence(text: str, *, field: str = "cadence") -> Cadence:
    """Read a cadence: plain words, an ISO 8601 duration or an RFC 5545 RRULE.

    >>> parse_cadence("every 2 weeks").describe()
    'every 2 weeks'
    >>> parse_cadence("P1M").nth(date(2027, 1, 31), 1)
    datetime.date(2027, 2, 28)
    """
    if not isinstance(text, str):
        raise PolicyError(f"{field}: a cadence is text like 'monthly', got {text!r}")
    words = " ".join(text.lower().split())
    if words in _WORDS:
        months, days = _WORDS[words]
        return Cadence(text, months, days)
    every = _EVERY.fullmatch(words)
    if every:
        number, unit = every.groups()
        n = 2 if number == "other" else int(number or 1)
        if n < 1:
            raise PolicyError(f"{field}: the cadence {text!r} must repeat at least every day")
        months, days = _UNITS[unit]
        return Cadence(text, n * months, n * days)
    upper = text.strip().upper()
    if upper.startswith("P"):
        return _parse_duration(text, upper, field)
    if upper.startswith(("FREQ=", "RRULE:")):
        return _parse_rrule(text, upper.removeprefix("RRULE:"), field)
    raise PolicyError(f"{field}: cannot read the cadence {text!r}; {_FORMATS}")


def _parse_duration(text: str, upper: str, field: str) -> Cadence:
    if "T" in upper:
        raise PolicyError(
            f"{field}: the cadence {text!r} has a time part; cadences count whole days"
        )
    match = _ISO.fullmatch(upper)
    if not match:
        raise PolicyError(f"{field}: cannot read the ISO 8601 duration {text!r}; {_FORMATS}")
    years, months, weeks, days = (int(g or 0) for g in match.groups())
    cadence = Cadence(text, 12 * years + months, 7 * weeks + days)
    if not cadence.months and not cadence.days:
        raise PolicyError(f"{field}: the cadence {text!r} must be longer than zero")
    return cadence


def _parse_rrule(text: str, body: str, field: str) -> Cadence:
    parts: dict[str, str] = {}
    for chunk in body.split(";"):
        part = _RRULE_PART.fullmatch(chunk.strip())
        if not part:
            raise PolicyError(f"{field}: cannot read the RRULE {text!r} (near {chunk!r})")
        parts[part.group(1)] = part.group(2)
    if "COUNT" in parts or "UNTIL" in parts:
        raise PolicyError(
            f"{field}: the RRULE {text!r} has COUNT or UNTIL; a cadence repeats from the last "
            "time something was done, so leave them out"
        )
    freq = parts.get("FREQ")
    if freq not in _RRULE_FREQS:
        raise PolicyError(
            f"{field}: the RRULE {text!r} needs FREQ=YEARLY, MONTHLY, WEEKLY or DAILY"
        )
    try:
        rule = rrulestr(body, dtstart=_PROBE_START)
    except ValueError as exc:
        raise PolicyError(f"{field}: cannot read the RRULE {text!r}: {exc}") from None
    assert isinstance(rule, rrule)  # a single RRULE line always gives an rrule
    if set(parts) <= _PLAIN_RULE_PARTS:
        months, days = _FREQ_STEP[freq]
        interval = int(parts.get("INTERVAL", "1"))
        return Cadence(text, interval * months, interval * days)
    if rule.replace(until=_PROBE_END).after(_PROBE_START) is None:
        raise PolicyError(f"{field}: the RRULE {text!r} does not recur within ten years")
    return Cadence(text, rule=rule)


# ---------------------------------------------------------------------------------------------
# Policy
# ---------------------------------------------------------------------------------------------

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

# ---------------------------------------------------------------------------------------------
# The agenda
# ---------------------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class ReviewItem:
    """One thing to do on ``due``: what (``kind``, ``title``), about which record (``subject``,
    an id, or ``None`` for the whole plan), why (``reason``), the questions to answer
    (``prompts``), its ``priority`` (1 high, 2 normal, 3 low) and whether it is ``overdue``."""

    due: date
    kind: ReviewKind
    subject: str | None
    title: str
    reason: str
    prompts: tuple[str, ...] = ()
    priority: int = 2
    overdue: bool = False

    def __repr__(self) -> str:
        flag = ", overdue=True" if self.overdue else ""
        return (
            f"ReviewItem(due={self.due.isoformat()}, kind={self.kind!r}, "
            f"subject={self.subject!r}, title={self.title!r}{flag})"
        )

    def __str__(self) -> str:
        flag = " (overdue)" if self.overdue else ""
        return f"{self.due.isoformat()}{flag} {self.title}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "due": self.due.isoformat(),
            "kind": self.kind,
            "subject": self.subject,
            "title": self.title,
            "reason": self.reason,
            "prompts": list(self.prompts),
            "priority": self.priority,
            "overdue": self.overdue,
        }


@attrs.frozen(repr=False)
class Agenda:
    """The review items of a plan from ``as_of`` to ``until``, overdue first, then by date and
    priority. Iterate over it, take its ``len``, ``filter`` it, export it with ``to_ics()``."""

    items: tuple[ReviewItem, ...]
    as_of: date
    until: date
    policy: SchedulePolicy = _DEFAULT_POLICY

    def _repr_html_(self) -> str:
        # Rendering lives at the edge; deferred import keeps it out of this engine module.
        from careerkit._render import agenda_html

        return agenda_html(self)

    def __iter__(self) -> Iterator[ReviewItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> ReviewItem:
        return self.items[index]

    @property
    def overdue(self) -> tuple[ReviewItem, ...]:
        """The overdue items."""
        return tuple(item for item in self.items if item.overdue)

    def filter(
        self, *, kind: str | Iterable[str] | None = None, subject: str | None = None
    ) -> Agenda:
        """The items of a kind (or any of several kinds) and/or about one subject.

        >>> agenda = Agenda((), as_of=date(2027, 1, 4), until=date(2027, 4, 4))
        >>> agenda.filter(kind="goal_review", subject="talks")
        Agenda(as_of=2027-01-04, until=2027-04-04, items=0)
        """
        kinds: frozenset[str] | None = None
        if kind is not None:
            kinds = frozenset([kind] if isinstance(kind, str) else kind)
            for name in kinds:
                _check_kind(name, "kind")
        items = tuple(
            item
            for item in self.items
            if (kinds is None or item.kind in kinds)
            and (subject is None or item.subject == subject)
        )
        return attrs.evolve(self, items=items)

    def to_ics(self) -> str:
        """The agenda as RFC 5545 calendar text (needs ``pip install 'careerkit[ics]'``)."""
        # Imported here rather than at the top: the export needs the optional icalendar package,
        # and `import careerkit` must work (and stay fast) without it.
        from careerkit._ics import agenda_to_ics

        return agenda_to_ics(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "as_of": self.as_of.isoformat(),
            "until": self.until.isoformat(),
            "items": [item.to_dict() for item in self.items],
        }

    def __repr__(self) -> str:
        overdue = sum(item.overdue for item in self.items)
        tail = f", overdue={overdue}" if overdue else ""
        return (
            f"Agenda(as_of={self.as_of.isoformat()}, until={self.until.isoformat()}, "
            f"items={len(self.items)}{tail})"
        )

    def __str__(self) -> str:
        head = f"Agenda from {self.as_of.isoformat()} to {self.until.isoformat()}"
        if not self.items:
            return f"{head}: nothing due"
        return "\n".join([f"{head}:", *(f"- {item}" for item in self.items)])


# ---------------------------------------------------------------------------------------------
# Scheduling
# ---------------------------------------------------------------------------------------------


def schedule_reviews(
    plan: CareerPlan,
    *,
    as_of: date,
    horizon: timedelta = timedelta(days=90),
    policy: SchedulePolicy | None = None,
    audience: Viewer = "self",
) -> Agenda:
    """What is due in ``plan`` from ``as_of`` until ``as_of + horizon``, and why.

    Only records dated on or before ``as_of`` count. Overdue recurring items appear once, on the
    day they fell due; the ones after them count from ``as_of``. With an ``audience``
    ("mentor", "manager", "hr") the agenda is built from what the plan shares with it only
    (see :func:`careerkit.redact`), and so is its calendar export.

    >>> from careerkit import CareerPlan, Contact, Interaction
    >>> plan = CareerPlan(contacts=(Contact("lee", "Lee", cadence_days=60,
    ...     interactions=(Interaction(date(2026, 9, 1), "gave"),)),))
    >>> policy = SchedulePolicy(kinds={"contact_follow_up"})
    >>> agenda = schedule_reviews(plan, as_of=date(2026, 11, 25), policy=policy)
    >>> agenda
    Agenda(as_of=2026-11-25, until=2027-02-23, items=2, overdue=1)
    >>> agenda[0].reason
    'last contact on 2026-09-01, 85 days ago; you keep in touch every 60 days'
    >>> [(item.due.isoformat(), item.overdue) for item in agenda]
    [('2026-10-31', True), ('2027-01-24', False)]
    """
    if not isinstance(plan, CareerPlan):
        raise PolicyError(f"plan: expected a CareerPlan, got {type(plan).__name__}")
    if not _is_day(as_of):
        raise PolicyError(f"as_of: expected a datetime.date, got {as_of!r}")
    if not _is_span(horizon):
        raise PolicyError(f"horizon: expected a timedelta of 0 or more, got {horizon!r}")
    if policy is None:
        policy = _DEFAULT_POLICY
    elif not isinstance(policy, SchedulePolicy):
        raise PolicyError(f"policy: expected a SchedulePolicy, got {type(policy).__name__}")
    try:
        until = as_of + timedelta(days=horizon.days)
    except OverflowError:
        raise PolicyError(
            f"horizon: {horizon.days} days after {as_of.isoformat()} is past the year 9999"
        ) from None
    ctx = _Context(redact(plan, audience), as_of, until, policy)
    items: list[ReviewItem] = []
    for kind, rule in _RULES:
        if kind in policy.kinds:
            items.extend(rule(ctx))
    placed = _place(items, ctx)
    placed.sort(key=_sort_key)
    return Agenda(tuple(placed), as_of, ctx.until, policy)


def _is_span(value: object) -> bool:
    return isinstance(value, timedelta) and value >= timedelta(0)


def _sort_key(item: ReviewItem) -> tuple[bool, date, int, int, str, str]:
    return (
        not item.overdue,
        item.due,
        item.priority,
        _KIND_ORDER[item.kind],
        item.subject or "",
        item.title,
    )


class _Context:
    """The inputs of one scheduling run and facts read once from the plan's reflections."""

    __slots__ = (
        "as_of",
        "last_assessed",
        "last_reassessment",
        "last_reflection",
        "last_values_review",
        "plan",
        "policy",
        "until",
    )

    def __init__(self, plan: CareerPlan, as_of: date, until: date, policy: SchedulePolicy):
        self.plan, self.as_of, self.until, self.policy = plan, as_of, until, policy
        self.last_assessed: dict[str, date] = {}
        self.last_reflection: date | None = None
        self.last_reassessment: date | None = None
        self.last_values_review: date | None = None
        active = {g.id for g in plan.goals if g.status == "active"}
        reassess = _prompt_keys(policy.prompts["reassessment"])
        values = _prompt_keys(policy.prompts["values_review"])
        for reflection in plan.reflections:
            day = reflection.date
            if day > as_of:
                continue
            self.last_reflection = _later(self.last_reflection, day)
            assessed = {a.goal for a in reflection.assessments}
            for goal in assessed:
                self.last_assessed[goal] = _later(self.last_assessed.get(goal), day)
            answered = {_prompt_key(p.prompt) for p in reflection.prompts if p.answer.strip()}
            if (active and active <= assessed) or answered & reassess:
                self.last_reassessment = _later(self.last_reassessment, day)
            if answered & values:
                self.last_values_review = _later(self.last_values_review, day)

    def item(
        self,
        due: date,
        kind: ReviewKind,
        subject: str | None,
        title: str,
        reason: str,
        *,
        urgent: bool = False,
    ) -> ReviewItem:
        priority = self.policy.priorities[kind]
        return ReviewItem(
            due,
            kind,
            subject,
            title,
            reason,
            self.policy.prompts[kind],
            max(1, priority - 1) if urgent else priority,
            due < self.as_of,
        )

    def recurring(
        self,
        kind: ReviewKind,
        subject: str | None,
        title: str,
        cadence: Cadence,
        anchor: date | None,
        *,
        why: str,
        rhythm: str,
        urgent: bool = False,
        until: date | None = None,
    ) -> list[ReviewItem]:
        """Items at ``cadence`` from ``anchor``, the last time it was done (``None``: never, so
        due now). An overdue first item is listed once; the ones after it count from as_of.

        The first item says ``why`` (what happened when), the ones after it which date they
        count from. An item counted from today reads the same whether it follows an item due
        today or something done today, so recording what was due changes only that item.
        """
        as_of = self.as_of
        until = self.until if until is None else until
        first = as_of if anchor is None else cadence.after(anchor)
        if first is None or first > until:
            return []
        start = as_of if anchor is None or first < as_of else anchor
        if anchor is not None and anchor >= as_of:
            reason = f"{rhythm}, counted from {anchor.isoformat()}"
        else:
            reason = f"{why}; {rhythm}"
        items = [self.item(first, kind, subject, title, reason, urgent=urgent)]
        previous = max(first, as_of)
        for day in cadence.dates(start, until):
            if day <= first:
                continue
            reason = f"{rhythm}, counted from {previous.isoformat()}"
            items.append(self.item(day, kind, subject, title, reason, urgent=urgent))
            previous = day
        return items

    def forgotten(self, due: date) -> bool:
        """Whether a one-off item has been overdue for longer than the policy keeps it."""
        limit = self.policy.forget_after_days
        return limit is not None and (self.as_of - due).days > limit


def _later(a: date | None, b: date) -> date:
    return b if a is None or b > a else a


def _prompt_key(prompt: str) -> str:
    return " ".join(prompt.casefold().split())


def _prompt_keys(prompts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_prompt_key(p) for p in prompts)


def _ago(day: date, as_of: date) -> str:
    days = (as_of - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days == -1:
        return "tomorrow"
    return f"{days} days ago" if days > 0 else f"in {-days} days"


def _on(day: date, as_of: date) -> str:
    return f"{day.isoformat()}, {_ago(day, as_of)}"


def _latest(days: Iterable[date], as_of: date) -> date | None:
    found: date | None = None
    for day in days:
        if day <= as_of:
            found = _later(found, day)
    return found


# --- goals ------------------------------------------------------------------------------------


def _goal_reviews(ctx: _Context) -> Iterator[ReviewItem]:
    policy, as_of = ctx.policy, ctx.as_of
    normal = policy._cadence("goal_review")
    urgent = policy._cadence("goal_review_urgent")
    assert normal is not None  # a required field
    assert urgent is not None
    window = timedelta(days=policy.deadline_window_days)
    for goal in ctx.plan.goals:
        if goal.status != "active":
            continue
        reviewed = ctx.last_assessed.get(goal.id)
        checked = _latest((c.date for c in goal.check_ins), as_of)
        anchor, why = _goal_anchor(goal, reviewed, checked, as_of)
        title = f"Review goal: {goal.title}"
        status = progress(goal, as_of=as_of)
        reasons = []
        if status.status in policy.urgent_statuses:
            words = status.status.replace("_", " ")
            behind = status.days_ahead
            pace = f", {-behind} days behind pace" if behind is not None and behind < 0 else ""
            reasons.append(f"the goal is {words}{pace}")
        deadline = goal.deadline
        if deadline is not None and deadline - as_of <= window:
            if deadline >= as_of:
                reasons.append(f"the deadline is {_ago(deadline, as_of)} ({deadline.isoformat()})")
            else:
                reasons.append(f"the deadline passed {_ago(deadline, as_of)}")
        if reasons:
            rhythm = "; ".join([*reasons, f"reviews are {urgent.describe()} until that changes"])
            yield from ctx.recurring(
                "goal_review", goal.id, title, urgent, anchor, why=why, rhythm=rhythm, urgent=True
            )
            continue
        rhythm = f"reviews are {normal.describe()}"
        if deadline is None:
            yield from ctx.recurring(
                "goal_review", goal.id, title, normal, anchor, why=why, rhythm=rhythm
            )
            continue
        window_start = deadline - window
        yield from ctx.recurring(
            "goal_review",
            goal.id,
            title,
            normal,
            anchor,
            why=why,
            rhythm=rhythm,
            until=min(ctx.until, window_start - timedelta(days=1)),
        )
        if window_start > ctx.until:
            continue
        # Close to the deadline the rhythm tightens, from the first day of that window on.
        yield ctx.item(
            window_start,
            "goal_review",
            goal.id,
            title,
            f"the deadline ({deadline.isoformat()}) is {policy.deadline_window_days} days away; "
            f"reviews are {urgent.describe()} from here on",
            urgent=True,
        )
        previous = window_start
        for day in urgent.dates(window_start, ctx.until):
            reason = (
                f"reviews are {urgent.describe()} before the deadline ({deadline.isoformat()}), "
                f"counted from {previous.isoformat()}"
            )
            yield ctx.item(day, "goal_review", goal.id, title, reason, urgent=True)
            previous = day


def _goal_anchor(
    goal: Goal, reviewed: date | None, checked: date | None, as_of: date
) -> tuple[date | None, str]:
    if reviewed is not None and (checked is None or reviewed >= checked):
        return reviewed, f"last reviewed on {_on(reviewed, as_of)}"
    if checked is not None:
        return checked, f"last check-in on {_on(checked, as_of)}"
    if goal.start is not None:
        return goal.start, f"not reviewed since it started on {goal.start.isoformat()}"
    if goal.created is not None:
        return goal.created, f"not reviewed since it was created on {goal.created.isoformat()}"
    return None, "not reviewed yet"


def _check_ins(ctx: _Context) -> Iterator[ReviewItem]:
    cadence = ctx.policy._cadence("check_in")
    assert cadence is not None
    rhythm = f"check-ins are due {cadence.describe()}"
    for goal in ctx.plan.goals:
        if goal.status != "active" or goal.metric is None:
            continue
        checked = _latest((c.date for c in goal.check_ins), ctx.as_of)
        if checked is not None:
            anchor, why = checked, f"last check-in on {_on(checked, ctx.as_of)}"
        elif goal.start is not None:
            anchor, why = goal.start, f"no check-in since it started on {goal.start.isoformat()}"
        elif goal.created is not None:
            anchor = goal.created
            why = f"no check-in since it was created on {goal.created.isoformat()}"
        else:
            anchor, why = None, "no check-in yet"
        title = f"Check in on: {goal.title}"
        yield from ctx.recurring(
            "check_in", goal.id, title, cadence, anchor, why=why, rhythm=rhythm
        )


# --- the whole plan ----------------------------------------------------------------------------


def _whole_plan(
    kind: ReviewKind,
    title: str,
    last: Callable[[_Context], date | None],
    done: str,
    never: str,
    rhythm: str,
) -> Callable[[_Context], list[ReviewItem]]:
    def rule(ctx: _Context) -> list[ReviewItem]:
        cadence = ctx.policy._cadence(kind)
        assert cadence is not None
        anchor = last(ctx)
        why = never if anchor is None else f"{done} on {_on(anchor, ctx.as_of)}"
        return ctx.recurring(
            kind,
            None,
            title,
            cadence,
            anchor,
            why=why,
            rhythm=rhythm.format(cadence=cadence.describe()),
        )

    return rule


def _last_wellbeing(ctx: _Context) -> date | None:
    wellbeing = ctx.plan.wellbeing
    days = [w.week for w in wellbeing.weeks]
    days += [r.date for r in wellbeing.who5]
    days += [r.date for r in wellbeing.cbi]
    return _latest(days, ctx.as_of)


_reassessments = _whole_plan(
    "reassessment",
    "Reassess the whole plan",
    lambda ctx: ctx.last_reassessment,
    "last full reassessment",
    "no full reassessment recorded yet",
    "the whole plan is reassessed {cadence}",
)
_values_reviews = _whole_plan(
    "values_review",
    "Review your values",
    lambda ctx: ctx.last_values_review,
    "last values review",
    "no values review recorded yet",
    "values are reviewed {cadence}",
)
_wellbeing_checks = _whole_plan(
    "wellbeing_check",
    "Well-being check",
    _last_wellbeing,
    "last well-being record",
    "no well-being record yet",
    "well-being is checked {cadence}",
)
_reflections = _whole_plan(
    "reflection",
    "Write a reflection",
    lambda ctx: ctx.last_reflection,
    "last reflection",
    "no reflection written yet",
    "a reflection is due {cadence}",
)


# --- people ---------------------------------------------------------------------------------------


def _contact_follow_ups(ctx: _Context) -> Iterator[ReviewItem]:
    default = ctx.policy._cadence("contact_follow_up")
    met: dict[str, date] = {}
    for mentor in ctx.plan.mentors:
        last = _latest((m.date for m in mentor.meetings), ctx.as_of)
        if mentor.contact is not None and last is not None:
            met[mentor.contact] = _later(met.get(mentor.contact), last)
    for contact in ctx.plan.contacts:
        if contact.cadence_days is not None:
            cadence = _days(contact.cadence_days)
        elif default is not None:
            cadence = default
        else:
            continue
        last = _latest((i.date for i in contact.interactions), ctx.as_of)
        if contact.id in met:
            last = _later(last, met[contact.id])
        if last is not None:
            anchor, why = last, f"last contact on {_on(last, ctx.as_of)}"
        elif contact.since is not None:
            anchor, why = contact.since, f"no contact since you met on {contact.since.isoformat()}"
        else:
            anchor, why = None, "no contact recorded yet"
        yield from ctx.recurring(
            "contact_follow_up",
            contact.id,
            f"Follow up with {contact.name}",
            cadence,
            anchor,
            why=why,
            rhythm=f"you keep in touch {cadence.describe()}",
        )


def _days(n: int) -> Cadence:
    return Cadence(f"every {n} days", days=n)


def _mentor_title(plan: CareerPlan, mentor: Mentor) -> str:
    role = {"mentor": "mentor", "sponsor": "sponsor", "both": "mentor and sponsor"}[mentor.role]
    return f"Meet your {role} {plan.mentor_name(mentor)}"


def _mentor_meetings(ctx: _Context) -> Iterator[ReviewItem]:
    default = ctx.policy._cadence("mentor_meeting")
    assert default is not None
    for mentor in ctx.plan.mentors:
        if mentor.status != "active":
            continue
        cadence = default if mentor.cadence_days is None else _days(mentor.cadence_days)
        last = _latest((m.date for m in mentor.meetings), ctx.as_of)
        if last is not None:
            anchor, why = last, f"last meeting on {_on(last, ctx.as_of)}"
        elif mentor.since is not None:
            anchor = mentor.since
            why = f"no meeting since it began on {mentor.since.isoformat()}"
        else:
            anchor, why = None, "no meeting recorded yet"
        yield from ctx.recurring(
            "mentor_meeting",
            mentor.id,
            _mentor_title(ctx.plan, mentor),
            cadence,
            anchor,
            why=why,
            rhythm=f"you meet {cadence.describe()}",
        )


def _sponsor_updates(ctx: _Context) -> Iterator[ReviewItem]:
    as_of, plan = ctx.as_of, ctx.plan
    done: list[tuple[date, str]] = []
    for challenge in plan.challenges:
        if challenge.status == "done" and challenge.end is not None and challenge.end <= as_of:
            done.append((challenge.end, f"the challenge {challenge.title!r}"))
    for goal in plan.goals:
        finished = _goal_finished(goal, as_of) if goal.status == "done" else None
        if finished is not None:
            done.append((finished, f"the goal {goal.title!r}"))
    if not done:
        return
    done.sort()
    lag = timedelta(days=ctx.policy.sponsor_update_days)
    for mentor in plan.mentors:
        if mentor.status != "active" or not mentor.is_sponsor:
            continue
        contacts = [*(m.date for m in mentor.meetings), *(a.date for a in mentor.advocacy)]
        told = _latest(contacts, as_of)
        news = [(day, what) for day, what in done if told is None or told < day]
        if not news:
            continue
        due = news[0][0] + lag
        if due > ctx.until or ctx.forgotten(due):
            continue
        name = plan.mentor_name(mentor)
        achievements = " and ".join(f"{what} on {day.isoformat()}" for day, what in news)
        since = "" if told is None else f" since {told.isoformat()}"
        reason = (
            f"you completed {achievements}, and {name} has not heard from you{since}; "
            "sponsors can only speak up for work they know about"
        )
        yield ctx.item(due, "sponsor_update", mentor.id, f"Tell {name} what you achieved", reason)


def _goal_finished(goal: Goal, as_of: date) -> date | None:
    """When a done goal was finished: its last check-in or milestone, if recorded."""
    days = [c.date for c in goal.check_ins]
    days += [m.done_on for m in goal.milestones if m.done_on is not None]
    return _latest(days, as_of)


# --- learning and challenges -----------------------------------------------------------------


def _credential_renewals(ctx: _Context) -> Iterator[ReviewItem]:
    as_of = ctx.as_of
    lead = ctx.policy.credential_lead_days
    for activity in ctx.plan.learning:
        credential = activity.credential
        if credential is None or credential.expires is None:
            continue
        expires = credential.expires
        if expires < as_of:
            due = expires
            if ctx.forgotten(due):
                continue
            reason = f"the credential expired on {_on(expires, as_of)}"
        else:
            due = max(expires - timedelta(days=lead), as_of)
            reason = (
                f"the credential expires on {_on(expires, as_of)}; renewals start {lead} days ahead"
            )
        if due <= ctx.until:
            title = f"Renew: {activity.title}"
            yield ctx.item(due, "credential_renewal", activity.id, title, reason)


def _challenge_retros(ctx: _Context) -> Iterator[ReviewItem]:
    as_of = ctx.as_of
    lag = timedelta(days=ctx.policy.challenge_retro_days)
    for challenge in ctx.plan.challenges:
        if challenge.status == "planned" or challenge.lessons.strip():
            continue
        if challenge.end is not None:
            due = challenge.end + lag
            if challenge.end >= as_of:
                when = f"{_ago(challenge.end, as_of)} ({challenge.end.isoformat()})"
                reason = f"the challenge ends {when}"
            else:
                reason = (
                    f"the challenge ended on {_on(challenge.end, as_of)} "
                    "and no lessons are written down"
                )
        elif challenge.status in ("done", "abandoned"):
            due = as_of
            reason = f"the challenge is {challenge.status} and no lessons are written down"
        else:
            continue
        if due <= ctx.until and not ctx.forgotten(due):
            title = f"Retrospective: {challenge.title}"
            yield ctx.item(due, "challenge_retro", challenge.id, title, reason)


_RULES: tuple[tuple[ReviewKind, Callable[[_Context], Iterable[ReviewItem]]], ...] = (
    ("goal_review", _goal_reviews),
    ("check_in", _check_ins),
    ("reassessment", _reassessments),
    ("values_review", _values_reviews),
    ("contact_follow_up", _contact_follow_ups),
    ("mentor_meeting", _mentor_meetings),
    ("sponsor_update", _sponsor_updates),
    ("credential_renewal", _credential_renewals),
    ("challenge_retro", _challenge_retros),
    ("wellbeing_check", _wellbeing_checks),
    ("reflection", _reflections),
)


# --- placing items around time off and weekends -------------------------------------------------


def _place(items: list[ReviewItem], ctx: _Context) -> list[ReviewItem]:
    """Move items out of blackout dates, time off and (optionally) weekends; drop duplicates
    that a move put on the same day."""
    # Overdue items stay where they fell due, so time off that ended before as_of is moot.
    spans = [span for span in _closed_spans(ctx) if span[1] >= ctx.as_of]
    working_days = ctx.policy.working_days
    if not spans and not working_days:
        return items
    first = spans[0][0] if spans else date.max
    last = max((span[1] for span in spans), default=date.min)
    placed: dict[tuple[ReviewKind, str | None, date], ReviewItem] = {}
    for item in items:
        if not item.overdue and (working_days or first <= item.due <= last):
            day, why = _move(item.due, spans, working_days)
            if why:
                reason = f"{item.reason}; moved from {item.due.isoformat()} ({', then '.join(why)})"
                item = attrs.evolve(item, due=day, reason=reason)
        placed.setdefault((item.kind, item.subject, item.due), item)
    return list(placed.values())


def _closed_spans(ctx: _Context) -> list[tuple[date, date, str]]:
    spans = [(day, day, "a blackout date") for day in ctx.policy.blackout]
    if ctx.policy.respect_time_off:
        for leave in ctx.plan.wellbeing.time_off:
            label = f"time off: {leave.note}" if leave.note.strip() else "time off"
            spans.append((leave.start, leave.end, label))
    spans.sort()
    return spans


def _move(
    day: date, spans: list[tuple[date, date, str]], working_days: bool
) -> tuple[date, list[str]]:
    why: list[str] = []
    while True:
        # Spans may overlap: take the latest end of every span that covers the day.
        upto = bisect.bisect_right(spans, (day, date.max, "\uffff"))
        covering = [span for span in spans[:upto] if span[1] >= day]
        if covering:
            last = max(covering, key=lambda span: span[1])
            why.append(last[2])
            day = last[1] + timedelta(days=1)
            continue
        if working_days and day.weekday() >= 5:
            why.append("a weekend")
            day += timedelta(days=7 - day.weekday())
            continue
        return day, why
