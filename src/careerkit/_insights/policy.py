""":class:`InsightPolicy`: the thresholds of the insight rules."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import attrs

from careerkit._errors import PolicyError


def _whole_days(low: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise PolicyError(
                f"InsightPolicy.{attribute.name} must be a whole number, {low} or more, "
                f"got {value!r}"
            )

    return check


def _share(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (math.isfinite(value) and 0.5 < value <= 1)
    ):
        raise PolicyError(
            f"InsightPolicy.{attribute.name} must be a number above 0.5 and at most 1, "
            f"got {value!r}"
        )


def _stretch_level(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise PolicyError(
            f"InsightPolicy.{attribute.name} must be a whole number from 1 to 5, got {value!r}"
        )


@attrs.frozen(kw_only=True)
class InsightPolicy:
    """The thresholds of the insight rules; every one is in days unless it says otherwise.

    A rule about something slipping fires when the latest record is *more* than its number of
    days before ``as_of``; a window of N days holds records from N days before ``as_of`` up to
    ``as_of``, both included.

    >>> InsightPolicy(reflection_days=14).reflection_days
    14
    """

    #: A year, so that seasonal contacts (a yearly conference) are in the window.
    reciprocity_window_days: int = attrs.field(default=365, validator=_whole_days(1))
    #: Below 4 exchanges a single favour swings the share too far to mean anything.
    reciprocity_min_interactions: int = attrs.field(default=4, validator=_whole_days(1))
    #: Three in four exchanges going one way is "mostly"; must be above one half.
    reciprocity_share: float = attrs.field(default=0.75, validator=_share)
    #: Half a year without meeting anyone new lets a network narrow to the people one works with.
    new_contact_days: int = attrs.field(default=182, validator=_whole_days(1))
    #: A quarter: sponsors speak for you in yearly and half-yearly talent reviews and need fresh
    #: news before each one.
    sponsor_update_days: int = attrs.field(default=90, validator=_whole_days(1))
    #: A month is long enough to find a good moment to ask a prospective mentor or sponsor.
    prospect_days: int = attrs.field(default=30, validator=_whole_days(1))
    #: A quarter without starting or finishing any learning means learning has stopped.
    learning_days: int = attrs.field(default=90, validator=_whole_days(1))
    #: Renewals often need an exam or credits; two months leave time to book them.
    credential_warning_days: int = attrs.field(default=60, validator=_whole_days(0))
    #: A credential expired longer ago than this was let go on purpose: no longer reported.
    credential_expired_days: int = attrs.field(default=365, validator=_whole_days(0))
    #: Half a year: about one stretch assignment per review cycle keeps growth visible.
    stretch_days: int = attrs.field(default=182, validator=_whole_days(1))
    #: Stretch 3 of 5 is the first level outside the comfort zone.
    stretch_level: int = attrs.field(default=3, validator=_stretch_level)
    #: A month, the usual rhythm of a personal review.
    reflection_days: int = attrs.field(default=30, validator=_whole_days(1))


_DEFAULT_POLICY = InsightPolicy()
