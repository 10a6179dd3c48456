"""The insight rules, one group per area of practice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from types import MappingProxyType

from careerkit._dates import ago, latest
from careerkit._dates import days as n_days
from careerkit._insights.policy import InsightPolicy
from careerkit._insights.report import CODES, Insight
from careerkit._model.goals import Goal, SkillTarget
from careerkit._model.network import Contact, Mentor
from careerkit._model.plan import CareerPlan
from careerkit._model.reflections import Assessment
from careerkit._model.skills import Skill


def _insight(code: str, message: str, subject: str | None, next_step: str) -> Insight:
    area, severity = CODES[code]
    return Insight(code, area, severity, message, subject, next_step)


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


# --- network -------------------------------------------------------------------------------------


def _network(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    for contact in plan.contacts:
        if contact.cadence_days is not None:
            yield from _overdue(contact, contact.cadence_days, as_of)
    yield from _reciprocity(plan, as_of, policy)
    yield from _no_new_contacts(plan, as_of, policy)
    yield from _one_organization(plan)


def _overdue(contact: Contact, cadence: int, as_of: date) -> Iterator[Insight]:
    name = contact.name
    last = latest((i.date for i in contact.interactions), as_of)
    every = f"you meant to keep in touch every {n_days(cadence)}"
    if last is not None:
        days = (as_of - last).days
        message = f"You last spoke with {name} {ago(days)}; {every}."
    elif contact.since is not None:
        days = (as_of - contact.since).days
        message = (
            f"You have recorded no conversation with {name} since you met {ago(days)}; {every}."
        )
    else:
        days = cadence + 1  # a cadence and no record of any contact: overdue
        message = f"You have recorded no conversation with {name} yet; {every}."
    if days > cadence:
        yield _insight(
            "NET-contact-overdue",
            message,
            contact.id,
            f"Get back in touch with {name}: share something useful to them or ask what they "
            "are working on, then log the interaction.",
        )


def _reciprocity(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    window = policy.reciprocity_window_days
    exchanges = 0
    gave = received = 0
    for contact in plan.contacts:
        for interaction in contact.interactions:
            if 0 <= (as_of - interaction.date).days <= window:
                exchanges += 1
                # A mutual exchange is help both ways: it counts for both sides.
                gave += interaction.direction in ("gave", "mutual")
                received += interaction.direction in ("received", "mutual")
    if exchanges < policy.reciprocity_min_interactions:
        return
    counts = (
        f"Over the last {n_days(window)} you received help {_times(received)} and gave help "
        f"{_times(gave)} (a mutual exchange counts both ways)"
    )
    if received / (gave + received) >= policy.reciprocity_share:
        yield _insight(
            "NET-mostly-receiving",
            f"{counts}: {received / (gave + received):.0%} of the help came to you.",
            None,
            "Give before you next ask: make an introduction, review someone's work or share "
            "what you have learned.",
        )
    elif gave / (gave + received) >= policy.reciprocity_share:
        yield _insight(
            "NET-mostly-giving",
            f"{counts}: {gave / (gave + received):.0%} of the help went from you to others.",
            None,
            "Let your network help you too: ask one contact for feedback or an introduction "
            "you need.",
        )


def _no_new_contacts(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    next_step = (
        "Meet one new person this month: a meetup, a talk at a conference, or an introduction "
        "from someone you know."
    )
    if not plan.contacts:
        yield _insight("NET-no-new-contacts", "Your network has no contacts yet.", None, next_step)
        return
    added = [
        (day, contact)
        for contact in plan.contacts
        if (day := contact.since or _first_interaction(contact)) is not None and day <= as_of
    ]
    if not added:
        return  # no dates to judge by
    newest_day, newest = max(added, key=lambda pair: pair[0])
    days = (as_of - newest_day).days
    if days > policy.new_contact_days:
        yield _insight(
            "NET-no-new-contacts",
            f"Your newest contact, {newest.name}, was added {ago(days)}; nobody new in the "
            f"last {n_days(policy.new_contact_days)}.",
            None,
            next_step,
        )


def _first_interaction(contact: Contact) -> date | None:
    return contact.interactions[0].date if contact.interactions else None


def _one_organization(plan: CareerPlan) -> Iterator[Insight]:
    with_org = [c for c in plan.contacts if c.organization.strip()]
    if not with_org:
        return  # nothing to judge by
    spellings = {c.organization.strip().casefold(): c.organization.strip() for c in with_org}
    own = plan.owner.organization.strip()
    if own:
        spellings[own.casefold()] = own
    if len(spellings) > 1:
        return
    (org,) = spellings.values()
    yours = ", your own organization" if own else ""
    if len(with_org) == 1:
        message = f"Your only contact with a recorded organization works at {org}{yours}."
    else:
        message = (
            f"All {len(with_org)} of your contacts with a recorded organization work at "
            f"{org}{yours}."
        )
    yield _insight(
        "NET-one-organization",
        message,
        None,
        f"Meet people outside {org}: a professional association, an open-source project or a "
        "conference in your field.",
    )


# --- mentors and sponsors ------------------------------------------------------------------------


def _mentors(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    active = [m for m in plan.mentors if m.status == "active"]
    if not any(m.is_mentor for m in active):
        yield _insight(
            "MEN-no-mentor",
            "You have no active mentor.",
            None,
            "Ask someone a step or two ahead of you for a 30-minute conversation about one "
            "question you are working on.",
        )
    if not any(m.is_sponsor for m in active):
        yield _insight(
            "MEN-no-sponsor",
            "You have no active sponsor: nobody on record speaks for you where promotions and "
            "assignments are decided.",
            None,
            "Tell a senior leader who knows your work which opportunity you want next, and ask "
            "whether they would put your name forward.",
        )
    for mentor in active:
        if mentor.is_sponsor:
            yield from _sponsor_quiet(plan, mentor, as_of, policy)
    for mentor in plan.mentors:
        if mentor.status == "prospect":
            yield from _prospect(plan, mentor, as_of, policy)


def _sponsor_quiet(
    plan: CareerPlan, sponsor: Mentor, as_of: date, policy: InsightPolicy
) -> Iterator[Insight]:
    name = plan.mentor_name(sponsor)
    dates = (*(a.date for a in sponsor.advocacy), *(m.date for m in sponsor.meetings))
    last = latest(dates, as_of)
    limit = policy.sponsor_update_days
    nothing = f"You have recorded no advocacy or meeting with your sponsor {name}"
    if last is not None:
        days = (as_of - last).days
        message = f"You last recorded advocacy or a meeting with your sponsor {name} {ago(days)}"
    elif sponsor.since is not None:
        days = (as_of - sponsor.since).days
        message = f"{nothing} since they became your sponsor {ago(days)}"
    else:
        days = limit + 1
        message = f"{nothing} yet"
    if days > limit:
        yield _insight(
            "MEN-sponsor-quiet",
            f"{message}; keep a sponsor updated at least every {n_days(limit)}.",
            sponsor.id,
            f"Send {name} a short update: your recent results and the opportunity you want "
            "next, so they can speak for you.",
        )


_ROLE_NOUN = MappingProxyType(
    {"mentor": "mentor", "sponsor": "sponsor", "both": "mentor and sponsor"}
)


def _prospect(
    plan: CareerPlan, mentor: Mentor, as_of: date, policy: InsightPolicy
) -> Iterator[Insight]:
    name = plan.mentor_name(mentor)
    role = _ROLE_NOUN[mentor.role]
    if mentor.since is None:
        message = f"{name} is on your list as a prospective {role} but has not been asked."
    else:
        days = (as_of - mentor.since).days
        if days <= policy.prospect_days:
            return
        message = (
            f"{name} has been on your list as a prospective {role} for {n_days(days)} without "
            "being asked."
        )
    yield _insight(
        "MEN-prospect-waiting",
        message,
        mentor.id,
        f"Ask {name} for one conversation about a specific question; a small first request is "
        "easy to say yes to.",
    )


# --- learning ------------------------------------------------------------------------------------


def _learning(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    skills = {skill.id: skill for skill in plan.skills}
    gaps: list[_Gap] = [
        (goal, target, skills[target.skill])
        for goal in plan.active_goals
        for target in goal.skills
        if skills[target.skill].level < target.level
    ]
    yield from _stalled(plan, as_of, policy, gaps[0] if gaps else None)
    for goal, target, skill in gaps:
        yield _insight(
            "LRN-skill-gap",
            f"Your goal '{goal.title}' needs {skill.name} at {target.level}; you are at "
            f"{skill.level}.",
            skill.id,
            f"Plan learning or a stretch challenge that takes {skill.name} from {skill.level} to "
            f"{target.level}, and record evidence as you go.",
        )
    yield from _credentials(plan, as_of, policy)


_Gap = tuple[Goal, SkillTarget, Skill]


def _stalled(
    plan: CareerPlan, as_of: date, policy: InsightPolicy, gap: _Gap | None
) -> Iterator[Insight]:
    # The latest start or completion; on the same day a completion is the better story.
    events = [
        (day, verb == "completed", verb, activity.title)
        for activity in plan.learning
        for verb, day in (("started", activity.started), ("completed", activity.completed))
        if day is not None and day <= as_of
    ]
    limit = policy.learning_days
    if events:
        day, _, verb, title = max(events)
        days = (as_of - day).days
        if days <= limit:
            return
        message = (
            f"Your last learning activity, '{title}', was {verb} {ago(days)}; nothing new in "
            f"the last {n_days(limit)}."
        )
    else:
        message = "You have no learning activity recorded yet."
    if gap is None:
        next_step = (
            "Choose one course, book or workshop for a skill you want to grow and book the "
            "first session."
        )
    else:
        goal, _, skill = gap
        next_step = (
            f"Choose a course, book or workshop for {skill.name}, which your goal "
            f"'{goal.title}' needs, and book the first session."
        )
    yield _insight("LRN-stalled", message, None, next_step)


def _credentials(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    renewals = _renewals(plan, as_of)
    for activity in plan.learning:
        credential = activity.credential
        if credential is None or credential.expires is None:
            continue
        left = (credential.expires - as_of).days
        title = activity.title
        when = credential.expires.isoformat()
        if left > policy.credential_warning_days or -left > policy.credential_expired_days:
            continue
        if _renewed(renewals, activity.title, credential.expires):
            continue
        if left >= 0:
            yield _insight(
                "LRN-credential-expiring",
                f"Your credential for '{title}' expires "
                + (f"today ({when})." if left == 0 else f"in {n_days(left)} (on {when})."),
                activity.id,
                f"Plan the renewal of '{title}' now: check what it needs (exam, credits or fee) "
                "and put the date in your calendar.",
            )
        else:
            yield _insight(
                "LRN-credential-expired",
                f"Your credential for '{title}' expired {ago(-left)} (on {when}).",
                activity.id,
                f"Renew '{title}' if you still rely on it, and record the renewal as a new "
                "learning activity with the same title.",
            )


def _renewals(plan: CareerPlan, as_of: date) -> dict[str, date]:
    """For each title (case and spaces aside), how long its credentials issued by ``as_of``
    last at most (``date.max``: one never expires); read once, so each check is a lookup."""
    lasts: dict[str, date] = {}
    for activity in plan.learning:
        credential = activity.credential
        if credential is None:
            continue
        issued = credential.issued or activity.completed
        if issued is None or issued > as_of:
            continue
        key = activity.title.strip().casefold()
        until = date.max if credential.expires is None else credential.expires
        lasts[key] = max(lasts.get(key, until), until)
    return lasts


def _renewed(renewals: dict[str, date], title: str, expires: date) -> bool:
    """Whether an activity of the same title holds a credential that lasts longer: a renewal."""
    return renewals.get(title.strip().casefold(), date.min) > expires


# --- challenges ----------------------------------------------------------------------------------


def _challenges(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    # A planned challenge has not started, whatever its start date says.
    started = [
        c
        for c in plan.challenges
        if c.status != "planned" and c.start is not None and c.start <= as_of
    ]
    level, limit = policy.stretch_level, policy.stretch_days
    stretches = [c for c in started if c.stretch >= level]
    newest = max(stretches, key=lambda c: c.start or as_of, default=None)
    if newest is None or newest.start is None:
        days = limit + 1
        message = f"You have not started a stretch challenge (level {level} or more) yet."
    else:
        days = (as_of - newest.start).days
        message = (
            f"Your last stretch challenge (level {level} or more), '{newest.title}', started "
            f"{ago(days)}; none in the last {n_days(limit)}."
        )
    if days > limit:
        yield _insight(
            "CHL-no-stretch",
            message,
            None,
            "Ask your manager or sponsor for one piece of work beyond your comfort zone, such as "
            "leading a cross-team project, and record it as a challenge.",
        )
    # Visibility is judged over every challenge under way or behind you.
    begun = [c for c in plan.challenges if c.status != "planned"]
    if begun and all(c.visibility == "team" for c in begun):
        yield _insight(
            "CHL-team-only",
            "Your only challenge so far was seen by your team alone."
            if len(begun) == 1
            else f"All {len(begun)} of your challenges so far were seen by your team alone.",
            None,
            "Show your work beyond your team: present results at a department demo, write them "
            "up for the wider organization, or take on a cross-team project.",
        )


# --- reflection and goals ------------------------------------------------------------------------


def _reflection(plan: CareerPlan, as_of: date, policy: InsightPolicy) -> Iterator[Insight]:
    past = sorted((r for r in plan.reflections if r.date <= as_of), key=lambda r: r.date)
    limit = policy.reflection_days
    if not past:
        days = limit + 1
        message = "You have not written a reflection yet."
    else:
        days = (as_of - past[-1].date).days
        message = (
            f"Your last reflection was {ago(days)}, on {past[-1].date.isoformat()}; reflecting "
            f"at least every {n_days(limit)} keeps your plan current."
        )
    if days > limit:
        yield _insight(
            "REF-overdue",
            message,
            None,
            "Set aside 20 minutes this week: what went well, what drained you, and is each goal "
            "still right for you?",
        )
    # The latest assessment of each goal wins (reflections in date order, then file order).
    assessed: dict[str, tuple[date, Assessment]] = {}
    for reflection in past:
        for assessment in reflection.assessments:
            assessed[assessment.goal] = (reflection.date, assessment)
    for goal in plan.active_goals:
        if goal.id not in assessed:
            continue
        day, assessment = assessed[goal.id]
        if assessment.aligned is False:
            yield _insight(
                "GOL-misaligned",
                f"In your reflection of {day.isoformat()} you judged the goal '{goal.title}' no "
                "longer aligned with your values, yet it is still active.",
                goal.id,
                f"Decide on '{goal.title}': reshape it to fit your values, or drop it and free "
                "the time for goals that do.",
            )
