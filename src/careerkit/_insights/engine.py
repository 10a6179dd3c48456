"""The insight engine: run every rule over a plan and sort what they find."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from careerkit._args import as_of_date, instance_of, policy_or_default
from careerkit._hidden import Hidden, hidden_from
from careerkit._insights.policy import _DEFAULT_POLICY, InsightPolicy
from careerkit._insights.report import _SEVERITY_RANK, Insight
from careerkit._insights.rules import _challenges, _learning, _mentors, _network, _reflection
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import Viewer, redact


def insights(
    plan: CareerPlan,
    *,
    as_of: date | str | None = None,
    policy: InsightPolicy | None = None,
    audience: Viewer = "self",
) -> tuple[Insight, ...]:
    """What stands out in ``plan`` on ``as_of`` (default: today), most severe first.

    With an ``audience`` ("mentor", "manager", "hr") only what the plan shares with it is
    looked at (see :func:`careerkit.redact`), and a rule that would judge records it cannot
    see in full says nothing: "no reflection yet" is not said to a manager from whom the
    reflections are private.

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
    view = redact(plan, audience)
    hidden = hidden_from(plan, view, audience)
    found = [
        insight
        for insight in (
            *_network(view, as_of, policy),
            *_mentors(view, as_of, policy),
            *_learning(view, as_of, policy),
            *_challenges(view, as_of, policy),
            *_reflection(view, as_of, policy),
        )
        if not _SILENT.get(insight.code, _never)(hidden, insight.subject)
    ]
    found.sort(
        key=lambda i: (_SEVERITY_RANK[i.severity], i.area, i.code, i.subject or "", i.message)
    )
    return tuple(found)


def _never(hidden: Hidden, subject: str | None) -> bool:
    return False


def _contacts(hidden: Hidden, subject: str | None) -> bool:
    return hidden.contacts


def _mentors_hidden(hidden: Hidden, subject: str | None) -> bool:
    return hidden.mentors


def _challenges_hidden(hidden: Hidden, subject: str | None) -> bool:
    return hidden.challenges


# The codes whose finding could be false when the audience's view leaves records out: what each
# judges (an absence, a latest date, a share of all records) is only known with all of them.
_SILENT: dict[str, Callable[[Hidden, str | None], bool]] = {
    "NET-contact-overdue": lambda hidden, contact: contact in hidden.contact_history,
    "NET-mostly-receiving": _contacts,
    "NET-mostly-giving": _contacts,
    "NET-no-new-contacts": _contacts,
    "NET-one-organization": _contacts,
    "MEN-no-mentor": _mentors_hidden,
    "MEN-no-sponsor": _mentors_hidden,
    "CHL-no-stretch": _challenges_hidden,
    "CHL-team-only": _challenges_hidden,
    "REF-overdue": lambda hidden, _: hidden.reflections,
    "GOL-misaligned": lambda hidden, goal: goal in hidden.assessed,
}
