"""The insight engine: run every rule over a plan and sort what they find."""

from __future__ import annotations

from datetime import date

from careerkit._args import as_of_date, instance_of, policy_or_default
from careerkit._insights.policy import _DEFAULT_POLICY, InsightPolicy
from careerkit._insights.report import _SEVERITY_RANK, Insight
from careerkit._insights.rules import _challenges, _learning, _mentors, _network, _reflection
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer, redact


def insights(
    plan: CareerPlan,
    *,
    as_of: date | None = None,
    policy: InsightPolicy | None = None,
    audience: Viewer = "self",
) -> tuple[Insight, ...]:
    """What stands out in ``plan`` on ``as_of`` (default: today), most severe first.

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
    plan = instance_of(plan, CareerPlan, "plan")
    as_of = as_of_date(as_of)
    policy = policy_or_default(policy, InsightPolicy, _DEFAULT_POLICY)
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
