""":class:`InsightPolicy`: the thresholds of the insight rules."""

from __future__ import annotations

import attrs

from careerkit._policy import Number
from careerkit._records import shared_methods

_DAYS = Number(1, whole=True)
_DAYS_OR_ZERO = Number(0, whole=True)


@shared_methods
@attrs.frozen(kw_only=True, eq=False, repr=False)
class InsightPolicy:
    """The thresholds of the insight rules; every one is in days unless it says otherwise.

    A rule about something slipping fires when the latest record is *more* than its number of
    days before ``as_of``; a window of N days holds records from N days before ``as_of`` up to
    ``as_of``, both included.

    >>> InsightPolicy(reflection_days=14).reflection_days
    14
    """

    #: A year, so that seasonal contacts (a yearly conference) are in the window.
    reciprocity_window_days: int = attrs.field(default=365, validator=_DAYS)
    #: Below 4 exchanges a single favour swings the share too far to mean anything.
    reciprocity_min_interactions: int = attrs.field(default=4, validator=_DAYS)
    #: Three in four exchanges going one way is "mostly"; must be above one half.
    reciprocity_share: float = attrs.field(default=0.75, validator=Number(0.5, 1, above=True))
    #: Half a year without meeting anyone new lets a network narrow to the people one works with.
    new_contact_days: int = attrs.field(default=182, validator=_DAYS)
    #: A quarter: sponsors speak for you in yearly and half-yearly talent reviews and need fresh
    #: news before each one.
    sponsor_update_days: int = attrs.field(default=90, validator=_DAYS)
    #: A month is long enough to find a good moment to ask a prospective mentor or sponsor.
    prospect_days: int = attrs.field(default=30, validator=_DAYS)
    #: A quarter without starting or finishing any learning means learning has stopped.
    learning_days: int = attrs.field(default=90, validator=_DAYS)
    #: Renewals often need an exam or credits; two months leave time to book them.
    credential_warning_days: int = attrs.field(default=60, validator=_DAYS_OR_ZERO)
    #: A credential expired longer ago than this was let go on purpose: no longer reported.
    credential_expired_days: int = attrs.field(default=365, validator=_DAYS_OR_ZERO)
    #: Half a year: about one stretch assignment per review cycle keeps growth visible.
    stretch_days: int = attrs.field(default=182, validator=_DAYS)
    #: Stretch 3 of 5 is the first level outside the comfort zone.
    stretch_level: int = attrs.field(default=3, validator=Number(1, 5, whole=True))
    #: A month, the usual rhythm of a personal review.
    reflection_days: int = attrs.field(default=30, validator=_DAYS)


_DEFAULT_POLICY = InsightPolicy()
