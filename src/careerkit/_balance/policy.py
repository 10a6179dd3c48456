"""The components of the balance score and :class:`BalancePolicy`, their thresholds and weights."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

import attrs

from careerkit._data import JsonReady
from careerkit._errors import PolicyError
from careerkit._policy import FrozenMapping, MappingOf, Merged, Number, as_float
from careerkit._records import known_signatures, shared_methods

ComponentName = Literal[
    "hours", "sleep", "activity", "after_hours", "leave", "wellbeing", "burnout"
]
#: The components, in report order.
COMPONENTS: tuple[ComponentName, ...] = get_args(ComponentName)


# Equal weights by default: no published evidence ranks one component above another.
_EQUAL_WEIGHTS = FrozenMapping(dict.fromkeys(COMPONENTS, 1.0))
_MERGE_WEIGHTS = Merged(_EQUAL_WEIGHTS, as_float)


def _weights(value: Mapping[str, float] | None) -> Mapping[str, float]:
    return _MERGE_WEIGHTS(value)  # type: ignore[return-value]  # checked by the validator


def _number(value: float) -> float:
    return as_float(value)  # type: ignore[return-value]  # checked by the validator


known_signatures(_number)  # before the class below reads it


# Upper bounds are what a week, a day or a year can hold: beyond them a threshold means nothing
# and the arithmetic would leave the range of a float.
_WEEK_HOURS = Number(0, 168, above=True)
_NOT_NEGATIVE = Number(0)
_PERCENT = Number(0, 100)


@shared_methods
@attrs.frozen(kw_only=True, eq=False, repr=False)
class BalancePolicy(JsonReady):
    """Thresholds and weights of the balance score; the defaults follow the evidence.

    Every default is documented with its source on the balance page; change any of them for a
    different jurisdiction, contract or population. ``weights`` maps component names to weights
    (missing names weigh 1.0, 0 leaves a component out of the score but still reports it).

    >>> BalancePolicy(sleep_hours=8).sleep_hours
    8.0
    """

    #: Watson 2015 (V): 7 h or more a night.
    sleep_hours: float = attrs.field(
        default=7.0, converter=_number, validator=Number(0, 24, above=True)
    )
    #: Bull 2020 (V): 150 min of moderate activity a week ...
    activity_minutes: float = attrs.field(
        default=150.0, converter=_number, validator=Number(0, 10080, above=True)
    )
    #: ... or 75 vigorous: one vigorous minute counts as two moderate ones (derived).
    vigorous_factor: float = attrs.field(
        default=2.0, converter=_number, validator=Number(0, 10, above=True)
    )
    #: Directive 2003/88/EC Art. 6 (S): 48 h a week on average.
    hours_limit: float = attrs.field(default=48.0, converter=_number, validator=_WEEK_HOURS)
    #: Pega 2021 (V): 55 h a week or more.
    long_hours: float = attrs.field(default=55.0, converter=_number, validator=_WEEK_HOURS)
    #: U: no published threshold for after-hours work; one day a week is tolerated.
    after_hours_days: float = attrs.field(default=1.0, converter=_number, validator=Number(0, 7))
    #: Directive 2003/88/EC Art. 7 (S): 4 weeks = 20 days for a five-day week. Used only when the
    #: records do not give the person's own entitlement.
    annual_leave_days: float = attrs.field(
        default=20.0, converter=_number, validator=Number(0, 366, above=True)
    )
    #: U: leave is lumpy (a summer holiday), so half the pro-rata pace counts as on pace.
    leave_pace: float = attrs.field(
        default=0.5, converter=_number, validator=Number(0, 1, above=True)
    )
    #: The month the leave year starts (1 = January).
    leave_year_start: int = attrs.field(default=1, validator=Number(1, 12, whole=True))
    #: INSPQ (V): a WHO-5 index of 50 or less recommends screening for depression.
    who5_poor: int = attrs.field(default=50, validator=Number(0, 100, whole=True))
    #: Secondary sources (S): 28 or less, likely depression.
    who5_very_low: int = attrs.field(default=28, validator=Number(0, 100, whole=True))
    #: Conventions (S), not validated cut-offs: CBI 50 or more moderate, 75 or more high.
    cbi_watch: float = attrs.field(default=50.0, converter=_number, validator=_PERCENT)
    cbi_risk: float = attrs.field(default=75.0, converter=_number, validator=_PERCENT)
    #: U: no published missing-data rule for the CBI client scale (see careerkit.instruments).
    cbi_client_min_answered: int = attrs.field(default=3, validator=Number(1, 6, whole=True))
    #: Design choice: changes smaller than this many points read as steady.
    steady_points: float = attrs.field(default=5.0, converter=_number, validator=Number(0, 100))
    weights: Mapping[str, float] = attrs.field(
        default=None,
        converter=_weights,
        validator=MappingOf(COMPONENTS, "components", Number(0, 1000)),
    )

    def __attrs_post_init__(self) -> None:
        # Rules between fields, in the same words as the checks of each field.
        if self.long_hours <= self.hours_limit:
            raise _relation("long_hours", f"above hours_limit ({self.hours_limit:g})", self)
        if self.cbi_risk < self.cbi_watch:
            raise _relation("cbi_risk", f"at least cbi_watch ({self.cbi_watch:g})", self)
        if self.who5_very_low > self.who5_poor:
            raise _relation("who5_very_low", f"at most who5_poor ({self.who5_poor})", self)
        if not any(self.weights.values()):
            raise _relation("weights", "above 0 for at least one component", self)


def _relation(name: str, expected: str, policy: BalancePolicy) -> PolicyError:
    value = getattr(policy, name)
    shown = dict(value) if isinstance(value, Mapping) else value
    return PolicyError(f"BalancePolicy.{name} must be {expected}, got {shown!r}")


_DEFAULT_POLICY = BalancePolicy()
