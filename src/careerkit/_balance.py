"""The balance scorer: work-life balance and burnout risk from what a person records.

Every threshold comes from a published source, carried as a :class:`Citation` with how firmly it
is established: ``"V"`` read in the primary or an authoritative text, ``"S"`` only in secondary
sources, ``"U"`` a configurable default with no published threshold behind it. The sources are
listed in the documentation page on the balance score. Nothing here is a diagnosis.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, Literal, get_args

import attrs

from careerkit._errors import PolicyError
from careerkit._model.plan import CareerPlan, as_wellbeing
from careerkit._model.privacy import Viewer, check_viewer
from careerkit._model.wellbeing import CbiResponse, TimeOff, WeekLog, Wellbeing, Who5Response
from careerkit.instruments import CBI_CLIENT_ITEMS, CBI_PERSONAL_ITEMS, CBI_WORK_ITEMS, cbi, who5

__all__ = [
    "COMPONENTS",
    "BalanceComponent",
    "BalancePolicy",
    "BalanceReport",
    "Citation",
    "Coverage",
    "Flag",
    "Risk",
    "Trend",
    "score_balance",
]

ComponentName = Literal[
    "hours", "sleep", "activity", "after_hours", "leave", "wellbeing", "burnout"
]
#: The components, in report order.
COMPONENTS: tuple[ComponentName, ...] = get_args(ComponentName)
Status = Literal["ok", "watch", "risk", "missing"]
Severity = Literal["watch", "risk"]
Level = Literal["V", "S", "U"]
RiskLevel = Literal["low", "elevated", "high"]


# --- evidence ------------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Citation:
    """The evidence behind one rule: what it claims, who published it and how firmly it is
    established (``level``: ``"V"`` verified in the primary or an authoritative text, ``"S"``
    secondary sources only, ``"U"`` unverified: a configurable default)."""

    claim: str
    authors: str
    year: int | None
    source: str
    level: Level
    doi: str | None = None
    url: str | None = None

    def __repr__(self) -> str:
        where = f"doi={self.doi!r}" if self.doi else f"url={self.url!r}"
        return f"Citation({self.authors!r}, {self.year!r}, {where}, level={self.level!r})"

    def __str__(self) -> str:
        year = f" {self.year}" if self.year is not None else ""
        where = f"doi:{self.doi}" if self.doi else (self.url or self.source)
        return f"{self.authors}{year}, {where} [{self.level}]"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return attrs.asdict(self)


_EU_DIRECTIVE = "Directive 2003/88/EC (Working Time Directive)"
_EU_AUTHORS = "European Parliament and Council of the EU"
_EU_URL = "http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=SWD%3A2017%3A204%3AFIN"
_INSPQ_URL = (
    "https://www.inspq.qc.ca/en/post-disaster-mental-health-impacts-surveillance-toolkit/"
    "standardized-measurement-instruments/information-sheets-standardized-measurement-"
    "instruments-recommended/well-being"
)
_KRISTENSEN = "Kristensen TS, Borritz M, Villadsen E, Christensen KB"
_KRISTENSEN_SOURCE = "Work & Stress 2005;19(3):192-207; scoring from the PUMA study version"
_KRISTENSEN_DOI = "10.1080/02678370500297720"

SLEEP_7H = Citation(
    "adults should sleep 7 or more hours a night on a regular basis; more than 9 h may suit "
    "young adults, recovery from sleep debt or illness, and is of uncertain risk for others",
    "Watson NF et al.",
    2015,
    "J Clin Sleep Med 2015;11(6):591-592",
    "V",
    doi="10.5664/jcsm.4758",
)
ACTIVITY_150 = Citation(
    "adults: 150-300 min a week of moderate or 75-150 min of vigorous aerobic activity, or an "
    "equivalent combination (so 1 vigorous minute counts as 2 moderate ones)",
    "Bull FC et al.",
    2020,
    "Br J Sports Med 2020;54(24):1451 (WHO guidelines 2020)",
    "V",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7719906/",
)
EU_48H = Citation(
    "at most 48 h of work a week on average, overtime included (Art. 6)",
    _EU_AUTHORS,
    2003,
    _EU_DIRECTIVE,
    "S",
    url=_EU_URL,
)
WHO_ILO_55H = Citation(
    "working 55 h or more a week carries higher stroke and ischaemic heart disease risk than "
    "35-40 h (WHO/ILO joint estimates)",
    "Pega F et al.",
    2021,
    "Environ Int 2021;154:106595",
    "V",
    doi="10.1016/j.envint.2021.106595",
)
EU_LEAVE = Citation(
    "at least 4 weeks of paid annual leave (Art. 7); 20 days for a five-day week",
    _EU_AUTHORS,
    2003,
    _EU_DIRECTIVE,
    "S",
    url=_EU_URL,
)
LEAVE_PACE = Citation(
    "leave taken at half the pro-rata pace or more counts as on pace: a configurable default, "
    "no published threshold (more frequent vacations went with lower mortality in an "
    "observational study)",
    "Gump BB, Matthews KA",
    2000,
    "Psychosom Med 2000;62(5):608-612",
    "U",
    doi="10.1097/00006842-200009000-00003",
)
AFTER_HOURS = Citation(
    "work after hours on more than 1 day a week needs attention: a configurable default, no "
    "published threshold (the meta-analysis finds work in non-work time lowers detachment, "
    "which goes with more exhaustion and worse sleep)",
    "Wendsche J, Lohmann-Haislah A",
    2017,
    "Front Psychol 2017",
    "U",
    doi="10.3389/fpsyg.2016.02072",
)
WHO5_50 = Citation(
    "a WHO-5 index of 50 or less (raw score below 13) recommends screening for depression",
    "INSPQ",
    None,
    "Information sheet 14, WHO-5 Well-Being Index",
    "V",
    url=_INSPQ_URL,
)
WHO5_28 = Citation(
    "a WHO-5 index of 28 or less is read as likely depression (secondary-source convention; "
    "primary source not located)",
    "Topp CW, Østergaard SD, Søndergaard S, Bech P",
    2015,
    "Psychother Psychosom 2015;84:167-176",
    "S",
    doi="10.1159/000376585",
)
WHO5_ITEM = Citation(
    "any WHO-5 item answered 0 or 1 is a reason to follow up, whatever the total (Psychiatric "
    "Research Unit rule as quoted by secondary sources)",
    "Topp CW, Østergaard SD, Søndergaard S, Bech P",
    2015,
    "Psychother Psychosom 2015;84:167-176",
    "S",
    doi="10.1159/000376585",
)
CBI_SCORING = Citation(
    "CBI answers score 100/75/50/25/0, a scale is the mean of its answered items; a scale with "
    "fewer than 3 of 6 personal or 4 of 7 work answers is not scored",
    _KRISTENSEN,
    2005,
    _KRISTENSEN_SOURCE,
    "S",
    doi=_KRISTENSEN_DOI,
)
CBI_BANDS = Citation(
    "CBI scale scores of 50 or more read as moderate and 75 or more as high burnout: common "
    "conventions, not validated cut-offs (the author finds a fixed cut-point problematic)",
    _KRISTENSEN,
    2005,
    _KRISTENSEN_SOURCE,
    "S",
    doi=_KRISTENSEN_DOI,
)


# --- policy --------------------------------------------------------------------------------------


def _weights(value: Mapping[str, float] | None) -> Mapping[str, float]:
    given = dict(value or {})
    unknown = sorted(set(given) - set(COMPONENTS))
    if unknown:
        raise PolicyError(
            f"BalancePolicy.weights: unknown component {unknown[0]!r}; "
            f"components are {', '.join(COMPONENTS)}"
        )
    for name, weight in given.items():
        if not _is_number(weight) or weight < 0:
            raise PolicyError(
                f"BalancePolicy.weights[{name!r}] must be a number 0 or more, got {weight!r}"
            )
    # Equal weights by default: no published evidence ranks one component above another.
    return MappingProxyType({name: float(given.get(name, 1.0)) for name in COMPONENTS})


@attrs.frozen(kw_only=True, eq=False)
class BalancePolicy:
    """Thresholds and weights of the balance score; the defaults follow the evidence.

    Every default is documented with its source on the balance page; change any of them for a
    different jurisdiction, contract or population. ``weights`` maps component names to weights
    (missing names weigh 1.0, 0 leaves a component out of the score but still reports it).

    >>> BalancePolicy(sleep_hours=8).sleep_hours
    8.0
    """

    #: Watson 2015 (V): 7 h or more a night.
    sleep_hours: float = attrs.field(default=7.0, converter=float)
    #: Bull 2020 (V): 150 min of moderate activity a week ...
    activity_minutes: float = attrs.field(default=150.0, converter=float)
    #: ... or 75 vigorous: one vigorous minute counts as two moderate ones (derived).
    vigorous_factor: float = attrs.field(default=2.0, converter=float)
    #: Directive 2003/88/EC Art. 6 (S): 48 h a week on average.
    hours_limit: float = attrs.field(default=48.0, converter=float)
    #: Pega 2021 (V): 55 h a week or more.
    long_hours: float = attrs.field(default=55.0, converter=float)
    #: U: no published threshold for after-hours work; one day a week is tolerated.
    after_hours_days: float = attrs.field(default=1.0, converter=float)
    #: Directive 2003/88/EC Art. 7 (S): 4 weeks = 20 days for a five-day week. Used only when the
    #: records do not give the person's own entitlement.
    annual_leave_days: float = attrs.field(default=20.0, converter=float)
    #: U: leave is lumpy (a summer holiday), so half the pro-rata pace counts as on pace.
    leave_pace: float = attrs.field(default=0.5, converter=float)
    #: The month the leave year starts (1 = January).
    leave_year_start: int = 1
    #: INSPQ (V): a WHO-5 index of 50 or less recommends screening for depression.
    who5_poor: int = 50
    #: Secondary sources (S): 28 or less, likely depression.
    who5_very_low: int = 28
    #: Conventions (S), not validated cut-offs: CBI 50 or more moderate, 75 or more high.
    cbi_watch: float = attrs.field(default=50.0, converter=float)
    cbi_risk: float = attrs.field(default=75.0, converter=float)
    #: U: no published missing-data rule for the CBI client scale (see careerkit.instruments).
    cbi_client_min_answered: int = 3
    #: Design choice: changes smaller than this many points read as steady.
    steady_points: float = attrs.field(default=5.0, converter=float)
    weights: Mapping[str, float] = attrs.field(default=None, converter=_weights)

    def __attrs_post_init__(self) -> None:
        for name in (
            "sleep_hours",
            "activity_minutes",
            "vigorous_factor",
            "hours_limit",
            "long_hours",
            "annual_leave_days",
            "leave_pace",
        ):
            value = getattr(self, name)
            if not math.isfinite(value) or value <= 0:
                raise PolicyError(f"BalancePolicy.{name} must be a positive number, got {value!r}")
        for name in ("after_hours_days", "steady_points"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise PolicyError(f"BalancePolicy.{name} must be a number 0 or more, got {value!r}")
        for name, low, high in (
            ("leave_year_start", 1, 12),
            ("who5_poor", 0, 100),
            ("who5_very_low", 0, 100),
            ("cbi_client_min_answered", 1, 6),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise PolicyError(
                    f"BalancePolicy.{name} must be an integer from {low} to {high}, got {value!r}"
                )
        for name in ("cbi_watch", "cbi_risk"):
            value = getattr(self, name)
            if not 0 <= value <= 100:  # also refuses nan
                raise PolicyError(f"BalancePolicy.{name} must be from 0 to 100, got {value!r}")
        if self.long_hours <= self.hours_limit:
            raise PolicyError(
                f"BalancePolicy.long_hours ({self.long_hours:g}) must be above hours_limit "
                f"({self.hours_limit:g})"
            )
        if self.leave_pace > 1:
            raise PolicyError(
                f"BalancePolicy.leave_pace must be at most 1, got {self.leave_pace!r}"
            )
        if self.cbi_risk < self.cbi_watch:
            raise PolicyError(
                f"BalancePolicy.cbi_risk ({self.cbi_risk:g}) must not be below cbi_watch "
                f"({self.cbi_watch:g})"
            )
        if self.who5_very_low > self.who5_poor:
            raise PolicyError(
                f"BalancePolicy.who5_very_low ({self.who5_very_low}) must not be above who5_poor "
                f"({self.who5_poor})"
            )
        if not any(self.weights.values()):
            raise PolicyError("BalancePolicy.weights: at least one weight must be above 0")

    # eq=False above only because a mappingproxy is unhashable; compare and hash by value here.
    def _key(self) -> tuple[Any, ...]:
        return tuple(
            tuple(sorted(v.items())) if isinstance(v, Mapping) else v
            for v in attrs.astuple(self, recurse=False)
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BalancePolicy):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        data = attrs.asdict(self, recurse=False)
        data["weights"] = dict(self.weights)
        return data

    def __reduce__(self) -> tuple[Any, ...]:
        # A mapping proxy cannot be pickled: rebuild from the arguments, weights as a dict.
        return (functools.partial(BalancePolicy, **self.to_dict()), ())


_DEFAULT_POLICY = BalancePolicy()


# --- report --------------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class BalanceComponent:
    """One part of the score.

    ``value`` is what was measured (in ``unit``), ``target`` the threshold it is judged against,
    ``status`` ``"ok"``, ``"watch"``, ``"risk"`` or ``"missing"`` (no data: ``value`` and
    ``points`` are ``None`` and ``note`` says why), ``points`` 0-100, and ``citations`` the
    evidence behind the target.
    """

    name: ComponentName
    value: float | None
    unit: str
    target: float | None
    status: Status
    points: float | None
    citations: tuple[Citation, ...]
    note: str = ""

    def __repr__(self) -> str:
        return (
            f"BalanceComponent({self.name!r}, value={self.value!r}, target={self.target!r}, "
            f"status={self.status!r}, points={self.points!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        data = attrs.asdict(self, recurse=False)
        data["citations"] = [c.to_dict() for c in self.citations]
        return data


@attrs.frozen
class Flag:
    """Something that needs attention, why (``citation``) and what to do about it."""

    code: str
    component: ComponentName
    severity: Severity
    message: str
    recommendation: str
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        data = attrs.asdict(self, recurse=False)
        data["citation"] = self.citation.to_dict()
        return data


@attrs.frozen
class Risk:
    """``level`` is ``"high"`` when a component is at risk, ``"elevated"`` when one needs
    watching, ``"low"`` otherwise and ``None`` with no data; ``drivers`` names the components
    that set it."""

    level: RiskLevel | None
    drivers: tuple[ComponentName, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {"level": self.level, "drivers": list(self.drivers)}


@attrs.frozen
class Trend:
    """The score against the previous window of the same length, over the components both
    windows have data for (``compared``); ``change`` is current minus previous."""

    previous_start: date
    previous: float | None
    current: float | None
    change: float | None
    direction: Literal["better", "worse", "steady"] | None
    compared: tuple[ComponentName, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        data = attrs.asdict(self, recurse=False)
        data["previous_start"] = self.previous_start.isoformat()
        data["compared"] = list(self.compared)
        return data


@attrs.frozen
class Coverage:
    """Which components had data (``used``) and which did not (``missing``; each component's
    ``note`` says why), and how many weekly logs fell in the window."""

    used: tuple[ComponentName, ...]
    missing: tuple[ComponentName, ...]
    weeks_logged: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "used": list(self.used),
            "missing": list(self.missing),
            "weeks_logged": self.weeks_logged,
        }


@attrs.frozen(repr=False)
class BalanceReport:
    """The balance score on ``as_of`` over the window from ``window_start``.

    ``score`` is 0-100 (higher is better balance) or ``None`` with ``reason`` when no component
    had data. It is a weighted mean of the components' points (see ``BalancePolicy.weights``);
    missing components are left out, never counted as good or bad. Not a diagnosis.
    """

    as_of: date
    window_start: date
    score: float | None
    reason: str
    components: tuple[BalanceComponent, ...]
    flags: tuple[Flag, ...]
    risk: Risk
    trend: Trend
    coverage: Coverage
    recommendations: tuple[str, ...]

    def component(self, name: ComponentName) -> BalanceComponent:
        """The component called ``name``."""
        for c in self.components:
            if c.name == name:
                return c
        raise KeyError(name)

    # Rendering lives at the edge (careerkit._render); the import is deferred so this engine
    # module holds no presentation code.
    def __str__(self) -> str:
        from careerkit._render import balance_text

        return balance_text(self)

    def _repr_html_(self) -> str:
        from careerkit._render import balance_html

        return balance_html(self)

    def __repr__(self) -> str:
        return (
            f"BalanceReport(as_of={self.as_of.isoformat()}, score={self.score!r}, "
            f"risk={self.risk.level!r}, used={list(self.coverage.used)!r}, "
            f"flags={[f.code for f in self.flags]!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "as_of": self.as_of.isoformat(),
            "window_start": self.window_start.isoformat(),
            "score": self.score,
            "reason": self.reason,
            "components": [c.to_dict() for c in self.components],
            "flags": [f.to_dict() for f in self.flags],
            "risk": self.risk.to_dict(),
            "trend": self.trend.to_dict(),
            "coverage": self.coverage.to_dict(),
            "recommendations": list(self.recommendations),
        }


# --- scoring -------------------------------------------------------------------------------------


def score_balance(
    plan_or_records: CareerPlan | Wellbeing | Iterable[WeekLog],
    *,
    as_of: date,
    window: timedelta = timedelta(weeks=4),
    policy: BalancePolicy | None = None,
    audience: Viewer = "self",
) -> BalanceReport:
    """Score work-life balance over the ``window`` ending on ``as_of`` (both days included).

    A weekly log counts when its week starts in the window; the latest WHO-5 and CBI answers
    dated in the window are used; leave is counted over the leave year up to ``as_of``.

    With an ``audience`` ("mentor", "manager", "hr") the score uses the well-being records
    only if they are shared with it; week logs passed on their own carry no sharing and count
    as private, so any other audience gets a report with no data.

    >>> from datetime import date
    >>> from careerkit import WeekLog
    >>> weeks = [WeekLog(date(2026, 11, d), hours_worked=50, sleep_hours=6.5)
    ...          for d in (2, 9, 16, 23)]
    >>> report = score_balance(weeks, as_of=date(2026, 11, 25))
    >>> report.score, report.risk.level, report.coverage.used
    (82.2, 'elevated', ('hours', 'sleep'))
    >>> report.flags[0].message
    'averaging 50.0 h of work a week, above the EU limit of 48 h on average'
    """
    policy = _DEFAULT_POLICY if policy is None else policy
    if not isinstance(policy, BalancePolicy):
        raise PolicyError(f"policy must be a BalancePolicy, got {type(policy).__name__}")
    if not _is_plain_date(as_of):
        raise PolicyError(f"as_of must be a datetime.date, got {as_of!r}")
    if not _whole_days(window):
        raise PolicyError(f"window must be a whole number of days, at least 1, got {window!r}")
    data = as_wellbeing(plan_or_records, "plan_or_records")
    if check_viewer(audience) != "self" and audience not in data.shared_with:
        data = Wellbeing()
    start = as_of - window + timedelta(days=1)

    components, flags = _assess(data, start, as_of, policy)
    score, reason = _combine(components, policy)
    if score is None and not reason:
        reason = (
            f"no well-being data from {start.isoformat()} to {as_of.isoformat()}: log weeks "
            "(hours, sleep, activity, after-hours work, leave) or answer WHO-5 or CBI"
        )
    previous_start = start - window
    previous, _ = _assess(data, previous_start, start - timedelta(days=1), policy)
    trend = _trend(components, previous, previous_start, policy)

    used = tuple(c.name for c in components if c.status != "missing")
    weeks_logged = len(_between(data.weeks, start, as_of, _WEEK))
    flags.sort(key=lambda f: f.severity != "risk")  # risk first; otherwise component order
    recommendations = tuple(dict.fromkeys(f.recommendation for f in flags))
    return BalanceReport(
        as_of=as_of,
        window_start=start,
        score=score,
        reason=reason,
        components=tuple(components),
        flags=tuple(flags),
        risk=_risk(components),
        trend=trend,
        coverage=Coverage(
            used=used,
            missing=tuple(c.name for c in components if c.status == "missing"),
            weeks_logged=weeks_logged,
        ),
        recommendations=recommendations,
    )


_WEEK = operator.attrgetter("week")
_DATE = operator.attrgetter("date")


def _between(items: tuple[Any, ...], first: date, last: date, key: Any) -> tuple[Any, ...]:
    # The model keeps weeks and responses sorted by date, so a window is a slice.
    lo = bisect.bisect_left(items, first, key=key)
    hi = bisect.bisect_right(items, last, key=key)
    return items[lo:hi]


def _mean(values: list[float]) -> float:
    return math.fsum(values) / len(values)


def _missing(
    name: ComponentName, unit: str, citations: tuple[Citation, ...], note: str
) -> BalanceComponent:
    return BalanceComponent(name, None, unit, None, "missing", None, citations, note)


def _assess(
    data: Wellbeing, start: date, end: date, policy: BalancePolicy
) -> tuple[list[BalanceComponent], list[Flag]]:
    weeks = _between(data.weeks, start, end, _WEEK)
    flags: list[Flag] = []
    components = [
        _hours(weeks, policy, flags),
        _sleep(weeks, policy, flags),
        _activity(weeks, policy, flags),
        _after_hours(weeks, policy, flags),
        _leave(data, end, policy, flags),
        _wellbeing_index(_between(data.who5, start, end, _DATE), policy, flags),
        _burnout(_between(data.cbi, start, end, _DATE), policy, flags),
    ]
    return components, flags


def _points(value: float) -> float:
    return round(min(100.0, max(0.0, value)), 1)


def _hours(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (EU_48H, WHO_ILO_55H)
    hours = [w.hours_worked for w in weeks if w.hours_worked is not None]
    if not hours:
        return _missing("hours", "h/week", cites, "no hours worked logged in the window")
    limit, long = policy.hours_limit, policy.long_hours
    average = _mean(hours)
    long_weeks = sum(h >= long for h in hours)
    # Each week earns 100 points up to the EU average limit and 0 from the WHO/ILO long-hours
    # threshold on, in a straight line between (the line is a design choice, not evidence).
    points = _points(_mean([_points(100 * (long - h) / (long - limit)) for h in hours]))
    # Both thresholds are about habitual hours: the average, or most of the weeks.
    if average >= long or long_weeks * 2 > len(hours):
        status: Status = "risk"
    elif average > limit or long_weeks:
        status = "watch"
    else:
        status = "ok"
    contracted = [w.contracted_hours for w in weeks if w.contracted_hours is not None]
    note = f"{average:.1f} h a week on average"
    overtime = ""
    if contracted:
        extra = average - _mean(contracted)
        if extra > 0:
            overtime = f"{extra:.1f} h a week over the {_mean(contracted):.1f} h contracted"
            note += f", {overtime}"
    if long_weeks:
        flags.append(
            Flag(
                "long_hours",
                "hours",
                "risk" if status == "risk" else "watch",
                f"{long:g} h or more worked in {_of_weeks(long_weeks, len(hours))}: the WHO/ILO "
                "estimate links this to higher stroke and heart-disease risk",
                f"Bring your week below {long:g} h and toward {limit:g} h on average; "
                "raise workload and priorities with your manager.",
                WHO_ILO_55H,
            )
        )
    if average > limit:
        flags.append(
            Flag(
                "over_hours_limit",
                "hours",
                "watch",
                f"averaging {average:.1f} h of work a week, above the EU limit of {limit:g} h "
                "on average",
                f"Cut about {average - limit:.1f} h a week to get back to {limit:g} h"
                + (f" ({overtime})." if overtime else "."),
                EU_48H,
            )
        )
    return BalanceComponent(
        "hours", round(average, 2), "h/week", limit, status, points, cites, note
    )


def _of_weeks(count: int, logged: int) -> str:
    return "the one logged week" if logged == 1 else f"{count} of the last {logged} logged weeks"


def _sleep(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (SLEEP_7H,)
    sleep = [w.sleep_hours for w in weeks if w.sleep_hours is not None]
    if not sleep:
        return _missing("sleep", "h/night", cites, "no sleep logged in the window")
    target = policy.sleep_hours
    average = _mean(sleep)
    # Points are the share of the recommended sleep reached; more than 9 h is not penalised,
    # because the evidence is uncertain for most adults and it suits some.
    points = _points(100 * average / target)
    note = f"{average:.1f} h a night on average"
    if average > 9:
        note += "; more than 9 h can suit recovery or illness, its risk is uncertain for others"
    status: Status = "ok" if average >= target else "watch"
    if status == "watch":
        flags.append(
            Flag(
                "short_sleep",
                "sleep",
                "watch",
                f"sleeping {average:.1f} h a night on average, below the {target:g} h or more "
                "recommended for adults",
                f"Aim for at least {target:g} h a night: keep a regular bedtime on work nights.",
                SLEEP_7H,
            )
        )
    return BalanceComponent(
        "sleep", round(average, 2), "h/night", target, status, points, cites, note
    )


def _activity(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (ACTIVITY_150,)
    # A week counts when either kind of activity is logged; the other kind then counts as none.
    minutes = [
        (w.activity_minutes or 0.0) + policy.vigorous_factor * (w.vigorous_minutes or 0.0)
        for w in weeks
        if w.activity_minutes is not None or w.vigorous_minutes is not None
    ]
    if not minutes:
        return _missing("activity", "min/week", cites, "no physical activity logged in the window")
    target = policy.activity_minutes
    average = _mean(minutes)
    points = _points(100 * average / target)  # the share of the guideline reached
    status: Status = "ok" if average >= target else "watch"
    if status == "watch":
        short = target - average
        flags.append(
            Flag(
                "low_activity",
                "activity",
                "watch",
                f"about {average:.0f} min of moderate activity a week (vigorous minutes count "
                f"double), below the {target:g} min recommended",
                f"Add about {short:.0f} min of moderate activity a week, such as brisk walking, "
                f"or {short / policy.vigorous_factor:.0f} min of vigorous activity.",
                ACTIVITY_150,
            )
        )
    return BalanceComponent(
        "activity",
        round(average, 2),
        "min/week",
        target,
        status,
        points,
        cites,
        f"{average:.0f} moderate-equivalent minutes a week on average",
    )


def _after_hours(
    weeks: tuple[WeekLog, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (AFTER_HOURS,)
    days = [float(w.after_hours_days) for w in weeks if w.after_hours_days is not None]
    if not days:
        return _missing(
            "after_hours", "days/week", cites, "no after-hours work logged in the window"
        )
    limit = policy.after_hours_days
    average = _mean(days)
    points = _points(100 * (7 - average) / 7)  # the share of days free of work after hours
    status: Status = "ok" if average <= limit else "watch"
    if status == "watch":
        flags.append(
            Flag(
                "after_hours",
                "after_hours",
                "watch",
                f"working after hours on {average:.1f} days a week on average "
                f"(more than {limit:g}, a configurable default)",
                "Keep more evenings and weekends free of work: switching off goes with less "
                "exhaustion and better sleep.",
                AFTER_HOURS,
            )
        )
    return BalanceComponent(
        "after_hours",
        round(average, 2),
        "days/week",
        limit,
        status,
        points,
        cites,
        f"{average:.1f} days a week with work after hours",
    )


def _leave(
    data: Wellbeing, end: date, policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (EU_LEAVE, LEAVE_PACE)
    month = policy.leave_year_start
    year_start = date(end.year if end.month >= month else end.year - 1, month, 1)
    next_start = date(year_start.year + 1, month, 1)
    # Periods of time off are a leave record of their own: with any recorded, leave is counted
    # from the start of the leave year. Weekly logs count from the first week with leave logged
    # (weeks are sorted, so it is found early), so a log begun mid-year is judged pro rata.
    first_logged = next((w.week for w in data.weeks if w.leave_days is not None), None)
    if data.time_off:
        first = year_start
    elif first_logged is not None and first_logged <= end:
        first = max(year_start, first_logged)
    else:
        return _missing("leave", "days", cites, "no leave recorded (weekly leave days or time off)")
    from_weeks = math.fsum(w.leave_days or 0.0 for w in _between(data.weeks, first, end, _WEEK))
    # Weekly leave days and periods of time off may record the same leave: take the larger.
    taken = max(from_weeks, float(_time_off_workdays(data.time_off, first, end)))
    entitlement = data.annual_leave_days
    assumed = entitlement is None
    if entitlement is None:
        entitlement = policy.annual_leave_days
    on_pace = entitlement * ((end - first).days + 1) / (next_start - year_start).days
    target = policy.leave_pace * on_pace
    note = (
        f"{taken:g} of {entitlement:g} leave days taken since {first.isoformat()}, "
        f"{on_pace:.1f} would be on pro-rata pace"
        + (f" (entitlement assumed: {entitlement:g} days)" if assumed else "")
    )
    if target < 1:
        return BalanceComponent(
            "leave",
            taken,
            "days",
            round(target, 2),
            "missing",
            None,
            cites,
            "too early in the leave year to judge: " + note,
        )
    points = _points(100 * taken / target)
    status: Status = "ok" if taken >= target else "watch"
    if status == "watch":
        flags.append(
            Flag(
                "little_leave",
                "leave",
                "watch",
                f"{taken:g} of {entitlement:g} leave days taken this leave year, behind pace "
                f"({on_pace:.1f} by now)",
                f"You took {taken:g} of your {entitlement:g} leave days this year: book some time "
                "off in the coming weeks.",
                LEAVE_PACE,
            )
        )
    return BalanceComponent("leave", taken, "days", round(target, 2), status, points, cites, note)


def _time_off_workdays(periods: tuple[TimeOff, ...], first: date, last: date) -> int:
    """Monday-to-Friday days inside ``first..last`` covered by any period (overlaps once)."""
    total = 0
    covered_until = first - timedelta(days=1)
    for period in sorted(periods, key=operator.attrgetter("start")):
        lo = max(period.start, covered_until + timedelta(days=1))
        hi = min(period.end, last)
        if lo <= hi:
            total += _workdays(lo, hi)
            covered_until = hi
    return total


def _workdays(lo: date, hi: date) -> int:
    days = (hi - lo).days + 1
    full, rest = divmod(days, 7)
    return full * 5 + sum((lo.weekday() + i) % 7 < 5 for i in range(rest))


def _wellbeing_index(
    answers: tuple[Who5Response, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (WHO5_50, WHO5_28, WHO5_ITEM)
    if not answers:
        return _missing("wellbeing", "WHO-5 index", cites, "no WHO-5 answered in the window")
    latest = answers[-1]
    result = who5(latest.answers)
    index = result.index
    status: Status = "ok"
    if index <= policy.who5_poor:
        status = "risk"
        very_low = index <= policy.who5_very_low
        flags.append(
            Flag(
                "poor_wellbeing",
                "wellbeing",
                "risk",
                f"WHO-5 well-being index {index} on {latest.date.isoformat()} "
                + (
                    f"({policy.who5_very_low} or less: read as likely depression by a "
                    "secondary-source convention)"
                    if very_low
                    else f"({policy.who5_poor} or less: the published reading recommends screening "
                    "for depression)"
                ),
                "Talk to a doctor or an occupational health service about how you have been "
                "feeling; this score is a prompt, not a diagnosis.",
                WHO5_28 if very_low else WHO5_50,
            )
        )
    elif result.low_items:
        status = "watch"
        items = ", ".join(str(i) for i in result.low_items)
        flags.append(
            Flag(
                "low_wellbeing_item",
                "wellbeing",
                "watch",
                f"WHO-5 item(s) {items} answered 0 or 1 on {latest.date.isoformat()}",
                "Look at what has been low lately and consider talking it through with someone "
                "you trust or a health professional.",
                WHO5_ITEM,
            )
        )
    # A WHO-5 index is already a 0-100 share of the best possible well-being: used as points.
    return BalanceComponent(
        "wellbeing",
        float(index),
        "WHO-5 index",
        float(policy.who5_poor),
        status,
        float(index),
        cites,
        f"WHO-5 answered on {latest.date.isoformat()}: raw {result.raw}, index {index}",
    )


def _burnout(
    answers: tuple[CbiResponse, ...], policy: BalancePolicy, flags: list[Flag]
) -> BalanceComponent:
    cites = (CBI_SCORING, CBI_BANDS)
    if not answers:
        return _missing("burnout", "CBI score", cites, "no CBI answered in the window")
    latest = answers[-1]
    result = cbi(
        personal=_padded(latest.personal, len(CBI_PERSONAL_ITEMS)),
        work=_padded(latest.work, len(CBI_WORK_ITEMS)),
        client=_padded(latest.client, len(CBI_CLIENT_ITEMS)),
        client_min_answered=policy.cbi_client_min_answered,
    )
    scored = [
        (s, v)
        for s, v in (
            ("personal", result.personal),
            ("work", result.work),
            ("client", result.client),
        )
        if v is not None
    ]
    if not scored:
        why = "; ".join(result.notes) or "no scale answered"
        return _missing("burnout", "CBI score", cites, f"CBI of {latest.date.isoformat()}: {why}")
    # The worst scale counts: burnout in any one domain matters.
    scale, worst = max(scored, key=operator.itemgetter(1))
    status: Status = (
        "risk" if worst >= policy.cbi_risk else "watch" if worst >= policy.cbi_watch else "ok"
    )
    if status != "ok":
        severity: Severity = "risk" if status == "risk" else "watch"
        band = "high" if status == "risk" else "moderate"
        flags.append(
            Flag(
                "burnout",
                "burnout",
                severity,
                f"CBI {scale} burnout {worst:.0f} on {latest.date.isoformat()} "
                f"({band} by a common convention, not a validated cut-off)",
                "Look at what drains you most and discuss workload, control or support with your "
                "manager or an occupational health service.",
                CBI_BANDS,
            )
        )
    scales = ", ".join(f"{s} {v:.1f}" for s, v in scored)
    return BalanceComponent(
        "burnout",
        round(worst, 2),
        "CBI score",
        policy.cbi_watch,
        status,
        _points(100 - worst),
        cites,
        f"CBI answered on {latest.date.isoformat()}: {scales}",
    )


def _padded(answers: tuple[int | None, ...], items: int) -> tuple[int | None, ...]:
    # The model accepts a scale cut short; the items left off were not answered.
    return answers + (None,) * (items - len(answers)) if answers else ()


def _combine(
    components: Iterable[BalanceComponent], policy: BalancePolicy
) -> tuple[float | None, str]:
    scored = [(policy.weights[c.name], c.points) for c in components if c.points is not None]
    total = math.fsum(w for w, _ in scored)
    if not scored:
        return None, ""
    if total == 0:
        return None, "every component with data has weight 0 in the policy"
    return round(math.fsum(w * p for w, p in scored) / total, 1), ""


def _trend(
    current: list[BalanceComponent],
    previous: list[BalanceComponent],
    previous_start: date,
    policy: BalancePolicy,
) -> Trend:
    before = {c.name for c in previous if c.points is not None}
    both = tuple(c.name for c in current if c.points is not None and c.name in before)
    now, _ = _combine((c for c in current if c.name in both), policy)
    then, _ = _combine((c for c in previous if c.name in both), policy)
    if now is None or then is None:
        return Trend(previous_start, then, now, None, None, both)
    change = round(now - then, 1)
    direction: Literal["better", "worse", "steady"] = (
        "steady" if abs(change) < policy.steady_points else "better" if change > 0 else "worse"
    )
    return Trend(previous_start, then, now, change, direction, both)


def _risk(components: list[BalanceComponent]) -> Risk:
    for level, status in (("high", "risk"), ("elevated", "watch")):
        drivers = tuple(c.name for c in components if c.status == status)
        if drivers:
            return Risk(level, drivers)  # type: ignore[arg-type]
    if all(c.status == "missing" for c in components):
        return Risk(None)
    return Risk("low")


def _is_plain_date(value: object) -> bool:
    # A datetime is a date subclass but does not compare with dates.
    return isinstance(value, date) and not isinstance(value, datetime)


def _whole_days(value: object) -> bool:
    return isinstance(value, timedelta) and value.days >= 1 and value == timedelta(value.days)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
