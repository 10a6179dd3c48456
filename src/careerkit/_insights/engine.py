"""The insight engine: run every rule over a plan and sort what they find."""

from __future__ import annotations

from datetime import date, datetime

from careerkit._errors import PolicyError
from careerkit._insights.policy import _DEFAULT_POLICY, InsightPolicy
from careerkit._insights.report import _SEVERITY_RANK, Insight
from careerkit._insights.rules import _challenges, _learning, _mentors, _network, _reflection
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer, redact


def insights(
    plan: CareerPlan,
    *,
    as_of: date,
    policy: InsightPolicy | None = None,
    audience: Viewer = "self",
) -> tuple[Insight, ...]:
    """What stands out in ``plan`` on ``as_of``, most severe first.

    With an ``audience`` ("mentor", "manager", "hr") only what the plan shares with it is
    looked at (see :func:`careerkit.redact`).

    Sorted by severity (alert, warning, info), then area, code, subject and message, so the same
    plan, day and policy always give the same tuple.

    >>> from datetime import date
    >>> from careerkit import CareerPlan, Contact, Interaction
    >>> tom = Contact("tom", "Tom Becker", cadence_days=90,
    ...               interactions=(Interaction(date(2026, 6, 12), "gave"),))
    >>> found = insights(CareerPlan(contacts=(tom,)), as_of=date(2026, 11, 25))
    >>> [i.message for i in found if i.code == "NET-contact-overdue"]
    ['You last spoke with Tom Becker 166 days ago; you meant to keep in touch every 90 days.']
    """
    policy = _checked(plan, as_of, policy)
    plan = redact(plan, audience)
    found = [
        *_network(plan, as_of, policy),
        *_mentors(plan, as_of, policy),
        *_learning(plan, as_of, policy),
        *_challenges(plan, as_of, policy),
        *_reflection(plan, as_of, policy),
    ]
    found.sort(
        key=lambda i: (_SEVERITY_RANK[i.severity], i.area, i.code, i.subject or "", i.message)
    )
    return tuple(found)


def _checked(plan: object, as_of: object, policy: object) -> InsightPolicy:
    """The policy to use, once the arguments are known to be usable."""
    if not isinstance(plan, CareerPlan):
        raise PolicyError(f"plan must be a CareerPlan, got {type(plan).__name__}")
    if not isinstance(as_of, date) or isinstance(as_of, datetime):
        raise PolicyError(f"as_of must be a datetime.date, got {as_of!r}")
    if policy is None:
        return _DEFAULT_POLICY
    if not isinstance(policy, InsightPolicy):
        raise PolicyError(f"policy must be an InsightPolicy, got {type(policy).__name__}")
    return policy
