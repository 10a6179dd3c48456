"""The plan review: every engine's view of a plan in one report."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import attrs

from careerkit._args import as_of_date, instance_of, policy_or_default
from careerkit._balance import BalancePolicy, BalanceReport, score_balance
from careerkit._insights import Insight, InsightPolicy, insights
from careerkit._model.goals import Goal
from careerkit._model.plan import CareerPlan, Owner
from careerkit._model.privacy import Viewer, redact
from careerkit._policy import DaySpan, InstanceOf
from careerkit._progress import Progress, progress
from careerkit._records import shared_methods
from careerkit._schedule import Agenda, SchedulePolicy, schedule_reviews
from careerkit._smart import SmartPolicy, SmartReport, evaluate_many

__all__ = ["GoalReview", "PlanReview", "ReviewPolicy", "review"]

_SEVERITY_RANK = {"alert": 0, "warning": 1, "info": 2}


@shared_methods
@attrs.frozen(kw_only=True, eq=False, repr=False)
class ReviewPolicy:
    """Settings for :func:`careerkit.review`: each engine's policy and the agenda's horizon.

    ``horizon`` (whole days, at most 3,660) is shorter than the scheduler's own default (90
    days): a review is about what to do next, not the whole quarter.
    """

    horizon: timedelta = attrs.field(default=timedelta(days=30), validator=DaySpan(0))
    smart: SmartPolicy | None = attrs.field(
        default=None, validator=InstanceOf(SmartPolicy, "a SmartPolicy", optional=True)
    )
    schedule: SchedulePolicy | None = attrs.field(
        default=None, validator=InstanceOf(SchedulePolicy, "a SchedulePolicy", optional=True)
    )
    balance: BalancePolicy | None = attrs.field(
        default=None, validator=InstanceOf(BalancePolicy, "a BalancePolicy", optional=True)
    )
    insights: InsightPolicy | None = attrs.field(
        default=None, validator=InstanceOf(InsightPolicy, "an InsightPolicy", optional=True)
    )


@shared_methods
@attrs.frozen(eq=False, repr=False)
class GoalReview:
    """One goal's SMART report and progress."""

    goal: Goal
    smart: SmartReport
    progress: Progress

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "id": self.goal.id,
            "title": self.goal.title,
            "status": self.goal.status,
            "deadline": None if self.goal.deadline is None else self.goal.deadline.isoformat(),
            "smart": self.smart.to_dict(),
            "progress": self.progress.to_dict(),
        }


@shared_methods
@attrs.frozen(eq=False, repr=False)
class PlanReview:
    """Where a career plan stands on ``as_of``, and what to do next.

    ``goals`` holds the SMART report and progress of every active goal, ``agenda`` the reviews
    and follow-ups due within the horizon, ``balance`` the work-life balance report and
    ``insights`` what stands out across the network, mentors, learning, challenges, reflection
    and balance, most severe first. Render it with :meth:`to_text`, :meth:`to_markdown` or
    :meth:`to_html` (a notebook shows the HTML), or hand :meth:`to_dict` to another program.
    """

    as_of: date
    owner: Owner
    audience: Viewer
    goals: tuple[GoalReview, ...]
    agenda: Agenda
    balance: BalanceReport
    insights: tuple[Insight, ...]

    @property
    def goal_statuses(self) -> dict[str, int]:
        """How many active goals are in each progress status."""
        return dict(Counter(g.progress.status for g in self.goals))

    @property
    def not_smart(self) -> tuple[GoalReview, ...]:
        """The active goals that are not SMART."""
        return tuple(g for g in self.goals if not g.smart.is_smart)

    def __repr__(self) -> str:
        statuses = ", ".join(f"{k}={v}" for k, v in sorted(self.goal_statuses.items()))
        return (
            f"PlanReview(as_of={self.as_of.isoformat()}, owner={self.owner.name!r}, "
            f"goals={len(self.goals)} ({statuses or 'none'}), "
            f"agenda={len(self.agenda)} items ({len(self.agenda.overdue)} overdue), "
            f"balance={self.balance.score!r}, insights={len(self.insights)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: strings, numbers, booleans, None, lists and dicts."""
        return {
            "as_of": self.as_of.isoformat(),
            "audience": self.audience,
            "owner": attrs.asdict(self.owner),
            "summary": {
                "goals": len(self.goals),
                "goal_statuses": self.goal_statuses,
                "not_smart": [g.goal.id for g in self.not_smart],
                "agenda_items": len(self.agenda),
                "overdue": len(self.agenda.overdue),
                "balance_score": self.balance.score,
                "risk": self.balance.risk.level,
                "insights": len(self.insights),
            },
            "goals": [g.to_dict() for g in self.goals],
            "agenda": self.agenda.to_dict(),
            "balance": self.balance.to_dict(),
            "insights": [i.to_dict() for i in self.insights],
        }

    # Rendering lives at the edge (careerkit._render); these methods are its front door, so
    # the import is deferred to keep this engine module free of presentation code.
    def to_text(self) -> str:
        """A plain-text report for a terminal."""
        from careerkit._render import review_text

        return review_text(self)

    def to_markdown(self) -> str:
        """A Markdown report."""
        from careerkit._render import review_markdown

        return review_markdown(self)

    def to_html(self) -> str:
        """A self-contained HTML fragment; every value from the plan is escaped."""
        from careerkit._render import review_html

        return review_html(self)

    def _repr_html_(self) -> str:
        return self.to_html()


_DEFAULT_POLICY = ReviewPolicy()


def _balance_insights(report: BalanceReport) -> list[Insight]:
    return [
        Insight(
            code=f"BAL-{flag.code}",
            area="balance",
            severity="alert" if flag.severity == "risk" else "warning",
            message=flag.message,
            subject=None,
            next_step=flag.recommendation,
        )
        for flag in report.flags
    ]


def review(
    plan: CareerPlan,
    *,
    as_of: date | str | None = None,
    policy: ReviewPolicy | None = None,
    audience: Viewer = "self",
) -> PlanReview:
    """Review a whole plan on ``as_of`` (default: today): goals, agenda, balance and insights.

    With an ``audience`` ("mentor", "manager", "hr") the review is built from what the plan
    shares with that audience only (see :func:`careerkit.redact`), so nothing hidden from it
    can show up, not even in a computed figure; nor does the review claim that something
    hidden is missing or late.

    >>> from datetime import date
    >>> import careerkit as ck
    >>> plan = ck.CareerPlan(goals=(ck.Goal("g1", "Give 2 talks at meetups by 2027-06-30",
    ...                                     start=date(2026, 11, 1),
    ...                                     deadline=date(2027, 6, 30)),))
    >>> r = ck.review(plan, as_of=date(2026, 11, 25))
    >>> [g.smart.is_smart for g in r.goals]
    [True]
    """
    plan = instance_of(plan, CareerPlan, "plan")
    as_of = as_of_date(as_of)
    policy = policy_or_default(policy, ReviewPolicy, _DEFAULT_POLICY)
    view = redact(plan, audience)
    active = [goal for goal in view.goals if goal.status == "active"]
    # One batch, so the plan's total effort (A007) is summed once, not once per goal.
    smart = evaluate_many(active, as_of=as_of, policy=policy.smart, plan=view)
    goals = tuple(
        GoalReview(goal, report, progress(goal, as_of=as_of))
        for goal, report in zip(active, smart, strict=True)
    )
    # The engines are given the whole plan and the audience, not the view: they need to know
    # what is hidden to say nothing about it (see careerkit._hidden).
    agenda = schedule_reviews(
        plan, as_of=as_of, horizon=policy.horizon, policy=policy.schedule, audience=audience
    )
    balance = score_balance(plan, as_of=as_of, policy=policy.balance, audience=audience)
    found = [
        *insights(plan, as_of=as_of, policy=policy.insights, audience=audience),
        *_balance_insights(balance),
    ]
    found.sort(key=lambda i: (_SEVERITY_RANK.get(i.severity, 3), i.area, i.code, i.subject or ""))
    return PlanReview(
        as_of=as_of,
        owner=view.owner,
        audience=audience,
        goals=goals,
        agenda=agenda,
        balance=balance,
        insights=tuple(found),
    )
