"""The scheduler's rules: one function per kind of item, each listing the items a plan has due."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta

from careerkit._dates import ago, later, latest
from careerkit._hidden import NOTHING, Hidden
from careerkit._model.goals import Goal
from careerkit._model.network import Mentor
from careerkit._model.plan import CareerPlan
from careerkit._progress import progress
from careerkit._schedule.agenda import ReviewItem
from careerkit._schedule.cadence import Cadence
from careerkit._schedule.policy import ReviewKind, SchedulePolicy


class _Context:
    """The inputs of one scheduling run and facts read once from the plan's reflections."""

    __slots__ = (
        "as_of",
        "hidden",
        "last_assessed",
        "last_reassessment",
        "last_reflection",
        "last_values_review",
        "plan",
        "policy",
        "until",
    )

    def __init__(
        self,
        plan: CareerPlan,
        as_of: date,
        until: date,
        policy: SchedulePolicy,
        hidden: Hidden = NOTHING,
    ):
        self.plan, self.as_of, self.until, self.policy = plan, as_of, until, policy
        # What the audience cannot see: the rules that would judge it list nothing for it.
        self.hidden = hidden
        self.last_assessed: dict[str, date] = {}
        self.last_reflection: date | None = None
        self.last_reassessment: date | None = None
        self.last_values_review: date | None = None
        active = {g.id for g in plan.goals if g.status == "active"}
        reassess = _prompt_keys(policy.prompts["reassessment"])
        values = _prompt_keys(policy.prompts["values_review"])
        for reflection in plan.reflections:
            day = reflection.date
            if day > as_of:
                continue
            self.last_reflection = later(self.last_reflection, day)
            assessed = {a.goal for a in reflection.assessments}
            for goal in assessed:
                self.last_assessed[goal] = later(self.last_assessed.get(goal), day)
            answered = {_prompt_key(p.prompt) for p in reflection.prompts if p.answer.strip()}
            if (active and active <= assessed) or answered & reassess:
                self.last_reassessment = later(self.last_reassessment, day)
            if answered & values:
                self.last_values_review = later(self.last_values_review, day)

    def item(
        self,
        due: date,
        kind: ReviewKind,
        subject: str | None,
        title: str,
        reason: str,
        *,
        urgent: bool = False,
    ) -> ReviewItem:
        priority = self.policy.priorities[kind]
        return ReviewItem(
            due,
            kind,
            subject,
            title,
            reason,
            self.policy.prompts[kind],
            max(1, priority - 1) if urgent else priority,
            due < self.as_of,
        )

    def recurring(
        self,
        kind: ReviewKind,
        subject: str | None,
        title: str,
        cadence: Cadence,
        anchor: date | None,
        *,
        why: str,
        rhythm: str,
        urgent: bool = False,
        until: date | None = None,
    ) -> list[ReviewItem]:
        """Items at ``cadence`` from ``anchor``, the last time it was done (``None``: never, so
        due now). An overdue first item is listed once; the ones after it count from as_of.

        The first item says ``why`` (what happened when), the ones after it which date they
        count from. An item counted from today reads the same whether it follows an item due
        today or something done today, so recording what was due changes only that item.
        """
        as_of = self.as_of
        until = self.until if until is None else until
        first = as_of if anchor is None else cadence.after(anchor)
        if first is None or first > until:
            return []
        start = as_of if anchor is None or first < as_of else anchor
        if anchor is not None and anchor >= as_of:
            reason = f"{rhythm}, counted from {anchor.isoformat()}"
        else:
            reason = f"{why}; {rhythm}"
        items = [self.item(first, kind, subject, title, reason, urgent=urgent)]
        previous = max(first, as_of)
        for day in cadence.dates(start, until):
            if day <= first:
                continue
            reason = f"{rhythm}, counted from {previous.isoformat()}"
            items.append(self.item(day, kind, subject, title, reason, urgent=urgent))
            previous = day
        return items

    def forgotten(self, due: date) -> bool:
        """Whether a one-off item has been overdue for longer than the policy keeps it."""
        limit = self.policy.forget_after_days
        return limit is not None and (self.as_of - due).days > limit


def _prompt_key(prompt: str) -> str:
    return " ".join(prompt.casefold().split())


def _prompt_keys(prompts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_prompt_key(p) for p in prompts)


def _on(day: date, as_of: date) -> str:
    return f"{day.isoformat()}, {ago((as_of - day).days)}"


# --- goals ------------------------------------------------------------------------------------


def _goal_reviews(ctx: _Context) -> Iterator[ReviewItem]:
    policy, as_of = ctx.policy, ctx.as_of
    normal = policy._cadence("goal_review")
    urgent = policy._cadence("goal_review_urgent")
    assert normal is not None  # a required field
    assert urgent is not None
    window = timedelta(days=policy.deadline_window_days)
    for goal in ctx.plan.goals:
        if goal.status != "active" or goal.id in ctx.hidden.assessed:
            continue
        reviewed = ctx.last_assessed.get(goal.id)
        checked = latest((c.date for c in goal.check_ins), as_of)
        anchor, why = _goal_anchor(goal, reviewed, checked, as_of)
        title = f"Review goal: {goal.title}"
        status = progress(goal, as_of=as_of)
        reasons = []
        if status.status in policy.urgent_statuses:
            words = status.status.replace("_", " ")
            behind = status.days_ahead
            pace = f", {-behind} days behind pace" if behind is not None and behind < 0 else ""
            reasons.append(f"the goal is {words}{pace}")
        deadline = goal.deadline
        if deadline is not None and deadline - as_of <= window:
            if deadline >= as_of:
                reasons.append(
                    f"the deadline is {ago((as_of - deadline).days)} ({deadline.isoformat()})"
                )
            else:
                reasons.append(f"the deadline passed {ago((as_of - deadline).days)}")
        if reasons:
            rhythm = "; ".join([*reasons, f"reviews are {urgent.describe()} until that changes"])
            yield from ctx.recurring(
                "goal_review", goal.id, title, urgent, anchor, why=why, rhythm=rhythm, urgent=True
            )
            continue
        rhythm = f"reviews are {normal.describe()}"
        if deadline is None:
            yield from ctx.recurring(
                "goal_review", goal.id, title, normal, anchor, why=why, rhythm=rhythm
            )
            continue
        window_start = deadline - window
        yield from ctx.recurring(
            "goal_review",
            goal.id,
            title,
            normal,
            anchor,
            why=why,
            rhythm=rhythm,
            until=min(ctx.until, window_start - timedelta(days=1)),
        )
        if window_start > ctx.until:
            continue
        # Close to the deadline the rhythm tightens, from the first day of that window on.
        yield ctx.item(
            window_start,
            "goal_review",
            goal.id,
            title,
            f"the deadline ({deadline.isoformat()}) is {policy.deadline_window_days} days away; "
            f"reviews are {urgent.describe()} from here on",
            urgent=True,
        )
        previous = window_start
        for day in urgent.dates(window_start, ctx.until):
            reason = (
                f"reviews are {urgent.describe()} before the deadline ({deadline.isoformat()}), "
                f"counted from {previous.isoformat()}"
            )
            yield ctx.item(day, "goal_review", goal.id, title, reason, urgent=True)
            previous = day


def _goal_anchor(
    goal: Goal, reviewed: date | None, checked: date | None, as_of: date
) -> tuple[date | None, str]:
    if reviewed is not None and (checked is None or reviewed >= checked):
        return reviewed, f"last reviewed on {_on(reviewed, as_of)}"
    if checked is not None:
        return checked, f"last check-in on {_on(checked, as_of)}"
    if goal.start is not None:
        return goal.start, f"not reviewed since it started on {goal.start.isoformat()}"
    if goal.created is not None:
        return goal.created, f"not reviewed since it was created on {goal.created.isoformat()}"
    return None, "not reviewed yet"


def _check_ins(ctx: _Context) -> Iterator[ReviewItem]:
    cadence = ctx.policy._cadence("check_in")
    assert cadence is not None
    rhythm = f"check-ins are due {cadence.describe()}"
    for goal in ctx.plan.goals:
        if goal.status != "active" or goal.metric is None:
            continue
        checked = latest((c.date for c in goal.check_ins), ctx.as_of)
        if checked is not None:
            anchor, why = checked, f"last check-in on {_on(checked, ctx.as_of)}"
        elif goal.start is not None:
            anchor, why = goal.start, f"no check-in since it started on {goal.start.isoformat()}"
        elif goal.created is not None:
            anchor = goal.created
            why = f"no check-in since it was created on {goal.created.isoformat()}"
        else:
            anchor, why = None, "no check-in yet"
        title = f"Check in on: {goal.title}"
        yield from ctx.recurring(
            "check_in", goal.id, title, cadence, anchor, why=why, rhythm=rhythm
        )


# --- the whole plan ----------------------------------------------------------------------------


def _whole_plan(
    kind: ReviewKind,
    title: str,
    last: Callable[[_Context], date | None],
    done: str,
    never: str,
    rhythm: str,
    silent: Callable[[Hidden], bool],
) -> Callable[[_Context], list[ReviewItem]]:
    def rule(ctx: _Context) -> list[ReviewItem]:
        if silent(ctx.hidden):
            return []
        cadence = ctx.policy._cadence(kind)
        assert cadence is not None
        anchor = last(ctx)
        why = never if anchor is None else f"{done} on {_on(anchor, ctx.as_of)}"
        return ctx.recurring(
            kind,
            None,
            title,
            cadence,
            anchor,
            why=why,
            rhythm=rhythm.format(cadence=cadence.describe()),
        )

    return rule


def _last_wellbeing(ctx: _Context) -> date | None:
    wellbeing = ctx.plan.wellbeing
    days = [w.week for w in wellbeing.weeks]
    days += [r.date for r in wellbeing.who5]
    days += [r.date for r in wellbeing.cbi]
    return latest(days, ctx.as_of)


_reassessments = _whole_plan(
    "reassessment",
    "Reassess the whole plan",
    lambda ctx: ctx.last_reassessment,
    "last full reassessment",
    "no full reassessment recorded yet",
    "the whole plan is reassessed {cadence}",
    lambda hidden: hidden.reflections,
)
_values_reviews = _whole_plan(
    "values_review",
    "Review your values",
    lambda ctx: ctx.last_values_review,
    "last values review",
    "no values review recorded yet",
    "values are reviewed {cadence}",
    lambda hidden: hidden.reflections,
)
_wellbeing_checks = _whole_plan(
    "wellbeing_check",
    "Well-being check",
    _last_wellbeing,
    "last well-being record",
    "no well-being record yet",
    "well-being is checked {cadence}",
    lambda hidden: hidden.wellbeing,
)
_reflections = _whole_plan(
    "reflection",
    "Write a reflection",
    lambda ctx: ctx.last_reflection,
    "last reflection",
    "no reflection written yet",
    "a reflection is due {cadence}",
    lambda hidden: hidden.reflections,
)


# --- people ---------------------------------------------------------------------------------------


def _contact_follow_ups(ctx: _Context) -> Iterator[ReviewItem]:
    default = ctx.policy._cadence("contact_follow_up")
    met: dict[str, date] = {}
    for mentor in ctx.plan.mentors:
        last = latest((m.date for m in mentor.meetings), ctx.as_of)
        if mentor.contact is not None and last is not None:
            met[mentor.contact] = later(met.get(mentor.contact), last)
    for contact in ctx.plan.contacts:
        if contact.id in ctx.hidden.contact_history:
            continue
        if contact.cadence_days is not None:
            cadence = _every(contact.cadence_days)
        elif default is not None:
            cadence = default
        else:
            continue
        last = latest((i.date for i in contact.interactions), ctx.as_of)
        if contact.id in met:
            last = later(last, met[contact.id])
        if last is not None:
            anchor, why = last, f"last contact on {_on(last, ctx.as_of)}"
        elif contact.since is not None:
            anchor, why = contact.since, f"no contact since you met on {contact.since.isoformat()}"
        else:
            anchor, why = None, "no contact recorded yet"
        yield from ctx.recurring(
            "contact_follow_up",
            contact.id,
            f"Follow up with {contact.name}",
            cadence,
            anchor,
            why=why,
            rhythm=f"you keep in touch {cadence.describe()}",
        )


def _every(n: int) -> Cadence:
    return Cadence(f"every {n} days", days=n)


def _mentor_title(plan: CareerPlan, mentor: Mentor) -> str:
    role = {"mentor": "mentor", "sponsor": "sponsor", "both": "mentor and sponsor"}[mentor.role]
    return f"Meet your {role} {plan.mentor_name(mentor)}"


def _mentor_meetings(ctx: _Context) -> Iterator[ReviewItem]:
    default = ctx.policy._cadence("mentor_meeting")
    assert default is not None
    for mentor in ctx.plan.mentors:
        if mentor.status != "active":
            continue
        cadence = default if mentor.cadence_days is None else _every(mentor.cadence_days)
        last = latest((m.date for m in mentor.meetings), ctx.as_of)
        if last is not None:
            anchor, why = last, f"last meeting on {_on(last, ctx.as_of)}"
        elif mentor.since is not None:
            anchor = mentor.since
            why = f"no meeting since it began on {mentor.since.isoformat()}"
        else:
            anchor, why = None, "no meeting recorded yet"
        yield from ctx.recurring(
            "mentor_meeting",
            mentor.id,
            _mentor_title(ctx.plan, mentor),
            cadence,
            anchor,
            why=why,
            rhythm=f"you meet {cadence.describe()}",
        )


def _sponsor_updates(ctx: _Context) -> Iterator[ReviewItem]:
    as_of, plan = ctx.as_of, ctx.plan
    done: list[tuple[date, str]] = []
    for challenge in plan.challenges:
        if challenge.status == "done" and challenge.end is not None and challenge.end <= as_of:
            done.append((challenge.end, f"the challenge {challenge.title!r}"))
    for goal in plan.goals:
        finished = _goal_finished(goal, as_of) if goal.status == "done" else None
        if finished is not None:
            done.append((finished, f"the goal {goal.title!r}"))
    if not done:
        return
    done.sort()
    lag = timedelta(days=ctx.policy.sponsor_update_days)
    for mentor in plan.mentors:
        if mentor.status != "active" or not mentor.is_sponsor:
            continue
        contacts = [*(m.date for m in mentor.meetings), *(a.date for a in mentor.advocacy)]
        told = latest(contacts, as_of)
        # done is sorted by day: what is news to this sponsor is a tail of it.
        news = done if told is None else done[bisect.bisect_right(done, told, key=_first) :]
        if not news:
            continue
        due = news[0][0] + lag
        if due > ctx.until or ctx.forgotten(due):
            continue
        name = plan.mentor_name(mentor)
        achievements = " and ".join(f"{what} on {day.isoformat()}" for day, what in news)
        since = "" if told is None else f" since {told.isoformat()}"
        reason = (
            f"you completed {achievements}, and {name} has not heard from you{since}; "
            "sponsors can only speak up for work they know about"
        )
        yield ctx.item(due, "sponsor_update", mentor.id, f"Tell {name} what you achieved", reason)


def _first(pair: tuple[date, str]) -> date:
    return pair[0]


def _goal_finished(goal: Goal, as_of: date) -> date | None:
    """When a done goal was finished: its last check-in or milestone, if recorded."""
    days = [c.date for c in goal.check_ins]
    days += [m.done_on for m in goal.milestones if m.done_on is not None]
    return latest(days, as_of)


# --- learning and challenges -----------------------------------------------------------------


def _credential_renewals(ctx: _Context) -> Iterator[ReviewItem]:
    as_of = ctx.as_of
    lead = ctx.policy.credential_lead_days
    for activity in ctx.plan.learning:
        credential = activity.credential
        if credential is None or credential.expires is None:
            continue
        expires = credential.expires
        if expires < as_of:
            due = expires
            if ctx.forgotten(due):
                continue
            reason = f"the credential expired on {_on(expires, as_of)}"
        else:
            due = max(expires - timedelta(days=lead), as_of)
            reason = (
                f"the credential expires on {_on(expires, as_of)}; renewals start {lead} days ahead"
            )
        if due <= ctx.until:
            title = f"Renew: {activity.title}"
            yield ctx.item(due, "credential_renewal", activity.id, title, reason)


def _challenge_retros(ctx: _Context) -> Iterator[ReviewItem]:
    as_of = ctx.as_of
    lag = timedelta(days=ctx.policy.challenge_retro_days)
    for challenge in ctx.plan.challenges:
        if challenge.status == "planned" or challenge.lessons.strip():
            continue
        if challenge.end is not None:
            if challenge.end > ctx.until:  # due later still; and the end may be near 9999
                continue
            due = challenge.end + lag
            if challenge.end >= as_of:
                when = f"{ago((as_of - challenge.end).days)} ({challenge.end.isoformat()})"
                reason = f"the challenge ends {when}"
            else:
                reason = (
                    f"the challenge ended on {_on(challenge.end, as_of)} "
                    "and no lessons are written down"
                )
        elif challenge.status in ("done", "abandoned"):
            due = as_of
            reason = f"the challenge is {challenge.status} and no lessons are written down"
        else:
            continue
        if due <= ctx.until and not ctx.forgotten(due):
            title = f"Retrospective: {challenge.title}"
            yield ctx.item(due, "challenge_retro", challenge.id, title, reason)


_RULES: tuple[tuple[ReviewKind, Callable[[_Context], Iterable[ReviewItem]]], ...] = (
    ("goal_review", _goal_reviews),
    ("check_in", _check_ins),
    ("reassessment", _reassessments),
    ("values_review", _values_reviews),
    ("contact_follow_up", _contact_follow_ups),
    ("mentor_meeting", _mentor_meetings),
    ("sponsor_update", _sponsor_updates),
    ("credential_renewal", _credential_renewals),
    ("challenge_retro", _challenge_retros),
    ("wellbeing_check", _wellbeing_checks),
    ("reflection", _reflections),
)
