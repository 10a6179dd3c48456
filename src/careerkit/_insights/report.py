"""What the insight rules report: every :data:`CODES` entry and the :class:`Insight` type."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, get_args

import attrs

from careerkit._data import JsonReady
from careerkit._model.fields import one_of
from careerkit._records import shared_methods

#: ``"balance"`` is used by the plan review for the balance scorer's flags.
Area = Literal["network", "mentors", "learning", "challenges", "reflection", "goals", "balance"]
#: ``"alert"``: act now, something has lapsed or contradicts your own decision. ``"warning"``: a
#: regular practice has slipped past its threshold. ``"info"``: a gap worth a thought.
Severity = Literal["alert", "warning", "info"]

_SEVERITY_RANK = MappingProxyType({s: i for i, s in enumerate(get_args(Severity))})

#: Every code :func:`insights` can report, with its area and severity (fixed per code).
CODES: Mapping[str, tuple[Area, Severity]] = MappingProxyType(
    {
        "NET-contact-overdue": ("network", "warning"),
        "NET-mostly-receiving": ("network", "info"),
        "NET-mostly-giving": ("network", "info"),
        "NET-no-new-contacts": ("network", "info"),
        "NET-one-organization": ("network", "info"),
        "MEN-no-mentor": ("mentors", "warning"),
        "MEN-no-sponsor": ("mentors", "info"),
        "MEN-sponsor-quiet": ("mentors", "warning"),
        "MEN-prospect-waiting": ("mentors", "info"),
        "LRN-stalled": ("learning", "warning"),
        "LRN-skill-gap": ("learning", "info"),
        "LRN-credential-expiring": ("learning", "warning"),
        "LRN-credential-expired": ("learning", "alert"),
        "CHL-no-stretch": ("challenges", "warning"),
        "CHL-team-only": ("challenges", "info"),
        "REF-overdue": ("reflection", "warning"),
        "GOL-misaligned": ("goals", "alert"),
    }
)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Insight(JsonReady):
    """Something that stands out in a plan, and what to do about it.

    ``code`` is stable (see ``docs/insights.md``), ``subject`` the id of the record it is about
    (``None`` when it is about the plan as a whole) and ``next_step`` a concrete suggestion.
    """

    code: str
    area: Area = attrs.field(validator=one_of(get_args(Area)))
    severity: Severity = attrs.field(validator=one_of(get_args(Severity)))
    message: str
    subject: str | None
    next_step: str

    def __repr__(self) -> str:
        return (
            f"Insight(code={self.code!r}, severity={self.severity!r}, "
            f"subject={self.subject!r}, message={self.message!r})"
        )
