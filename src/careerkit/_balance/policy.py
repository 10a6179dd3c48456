"""The components of the balance score and :class:`BalancePolicy`, their thresholds and weights."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal, get_args

import attrs

from careerkit._errors import PolicyError

ComponentName = Literal[
    "hours", "sleep", "activity", "after_hours", "leave", "wellbeing", "burnout"
]
#: The components, in report order.
COMPONENTS: tuple[ComponentName, ...] = get_args(ComponentName)


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


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
