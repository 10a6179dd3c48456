"""The insights engine: every rule fires past its threshold and stays quiet up to it."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import careerkit as ck
from careerkit import PolicyError
from careerkit._errors import ArgumentTypeError
from careerkit._insights import CODES
from careerkit._model.fields import FieldError
from strategies import plans

AS_OF = date(2026, 11, 25)
DOCS = Path(__file__).resolve().parent.parent / "docs" / "insights.md"


def ago(days: int) -> date:
    return AS_OF - timedelta(days=days)


def healthy(**changes: Any) -> ck.CareerPlan:
    """A plan where no rule fires on AS_OF; each test changes the part it is about."""
    fields: dict[str, Any] = {
        "owner": ck.Owner("Ada", organization="Acme"),
        "skills": (ck.Skill("speaking", "Public speaking", level=3),),
        "goals": (ck.Goal("staff", "Staff", skills=(ck.model.SkillTarget("speaking", 3),)),),
        "contacts": (
            ck.Contact(
                "lee",
                "Lee Park",
                organization="Acme",
                since=ago(20),
                cadence_days=30,
                interactions=(
                    ck.Interaction(ago(10), "gave"),
                    ck.Interaction(ago(5), "received"),
                ),
            ),
            ck.Contact("kim", "Kim Ode", organization="Globex", since=ago(400)),
        ),
        "mentors": (
            ck.Mentor(
                "m1",
                contact="lee",
                role="both",
                status="active",
                advocacy=(ck.model.Advocacy(ago(10), "Named me for the platform review"),),
            ),
        ),
        "learning": (ck.LearningActivity("c1", "course", "Go in depth", completed=ago(10)),),
        "challenges": (
            ck.Challenge(
                "ch1",
                "Lead the migration",
                stretch=3,
                visibility="department",
                start=ago(30),
                status="active",
            ),
        ),
        "reflections": (ck.Reflection("r1", ago(7)),),
    }
    fields.update(changes)
    return ck.CareerPlan(**fields)


def found(
    plan: ck.CareerPlan, code: str, policy: ck.InsightPolicy | None = None
) -> list[ck.reports.Insight]:
    return [i for i in ck.insights(plan, as_of=AS_OF, policy=policy) if i.code == code]


def messages(plan: ck.CareerPlan, code: str, policy: ck.InsightPolicy | None = None) -> list[str]:
    return [i.message for i in found(plan, code, policy)]


def test_a_healthy_plan_has_no_insights() -> None:
    assert ck.insights(healthy(), as_of=AS_OF) == ()


# --- network: contacts past their cadence ---------------------------------------------------------


def contact(**kw: Any) -> ck.Contact:
    base: dict[str, Any] = {"id": "tom", "name": "Tom Becker", "organization": "Globex"}
    return ck.Contact(**{**base, **kw})


def with_contacts(*extra: ck.Contact) -> ck.CareerPlan:
    return healthy(contacts=(*healthy().contacts, *extra))


def test_contact_past_cadence_counts_from_the_last_interaction() -> None:
    tom = contact(cadence_days=90, since=ago(400), interactions=(ck.Interaction(ago(166), "gave"),))
    (insight,) = found(with_contacts(tom), "NET-contact-overdue")
    assert insight == ck.reports.Insight(
        code="NET-contact-overdue",
        area="network",
        severity="warning",
        message="You last spoke with Tom Becker 166 days ago; you meant to keep in touch every 90 days.",
        subject="tom",
        next_step="Get back in touch with Tom Becker: share something useful to them or ask what "
        "they are working on, then log the interaction.",
    )


def test_contact_due_today_is_not_yet_past_its_cadence() -> None:
    tom = contact(cadence_days=90, interactions=(ck.Interaction(ago(90), "gave"),))
    assert found(with_contacts(tom), "NET-contact-overdue") == []
    tom = contact(cadence_days=90, interactions=(ck.Interaction(ago(91), "gave"),))
    assert messages(with_contacts(tom), "NET-contact-overdue") == [
        "You last spoke with Tom Becker 91 days ago; you meant to keep in touch every 90 days."
    ]


def test_contact_without_interactions_counts_from_since() -> None:
    tom = contact(cadence_days=60, since=ago(60))
    assert found(with_contacts(tom), "NET-contact-overdue") == []
    tom = contact(cadence_days=60, since=ago(61))
    assert messages(with_contacts(tom), "NET-contact-overdue") == [
        (
            "You have recorded no conversation with Tom Becker since you met 61 days ago; you meant "
            "to keep in touch every 60 days."
        )
    ]


def test_contact_with_a_cadence_and_no_dates_is_overdue() -> None:
    tom = contact(cadence_days=1)
    assert messages(with_contacts(tom), "NET-contact-overdue") == [
        (
            "You have recorded no conversation with Tom Becker yet; you meant to keep in touch every "
            "1 day."
        )
    ]


def test_contact_rules_ignore_what_happens_after_as_of() -> None:
    tom = contact(
        cadence_days=30,
        interactions=(
            ck.Interaction(ago(40), "gave"),
            ck.Interaction(AS_OF + timedelta(1), "gave"),
        ),
    )
    assert messages(with_contacts(tom), "NET-contact-overdue") == [
        "You last spoke with Tom Becker 40 days ago; you meant to keep in touch every 30 days."
    ]
    met_later = contact(cadence_days=30, since=AS_OF + timedelta(days=5))
    assert found(with_contacts(met_later), "NET-contact-overdue") == []


def test_contact_spoken_to_today() -> None:
    tom = contact(cadence_days=1, interactions=(ck.Interaction(AS_OF, "gave"),))
    assert found(with_contacts(tom), "NET-contact-overdue") == []


def test_contact_without_cadence_is_never_overdue() -> None:
    tom = contact(interactions=(ck.Interaction(ago(3000), "gave"),))
    assert found(with_contacts(tom), "NET-contact-overdue") == []


# --- network: give and take -----------------------------------------------------------------------


def exchanges(*directions: str, days: int = 30) -> ck.CareerPlan:
    tom = contact(
        since=ago(500),
        interactions=tuple(ck.Interaction(ago(days + i), d) for i, d in enumerate(directions)),  # type: ignore[arg-type]
    )
    return healthy(contacts=(tom, healthy().contacts[1]), mentors=())


def test_mostly_receiving_at_three_in_four() -> None:
    plan = exchanges("received", "received", "received", "gave")
    (insight,) = found(plan, "NET-mostly-receiving")
    assert insight.message == (
        "Over the last 365 days you received help 3 times and gave help once (a mutual exchange "
        "counts both ways): 75% of the help came to you."
    )
    assert insight.subject is None
    assert insight.severity == "info"
    assert found(plan, "NET-mostly-giving") == []


def test_give_and_take_needs_enough_exchanges() -> None:
    assert found(exchanges("received", "received", "received"), "NET-mostly-receiving") == []


def test_give_and_take_in_balance_is_quiet() -> None:
    plan = exchanges("received", "received", "gave", "mutual")  # 3 received, 2 given: 60%
    assert found(plan, "NET-mostly-receiving") == found(plan, "NET-mostly-giving") == []


def test_a_mutual_exchange_counts_for_both_sides() -> None:
    plan = exchanges("received", "received", "received", "mutual")
    assert messages(plan, "NET-mostly-receiving") == [
        (
            "Over the last 365 days you received help 4 times and gave help once (a mutual exchange "
            "counts both ways): 80% of the help came to you."
        )
    ]


def test_mostly_giving() -> None:
    plan = exchanges("gave", "gave", "gave", "gave", "mutual")
    (insight,) = found(plan, "NET-mostly-giving")
    assert insight.message == (
        "Over the last 365 days you received help once and gave help 5 times (a mutual exchange "
        "counts both ways): 83% of the help went from you to others."
    )
    assert insight.next_step == (
        "Let your network help you too: ask one contact for feedback or an introduction you need."
    )
    assert messages(exchanges("gave", "gave", "gave", "gave"), "NET-mostly-giving")[0].startswith(
        "Over the last 365 days you received help 0 times and gave help 4 times"
    )


def test_give_and_take_window_includes_its_first_day() -> None:
    # The oldest of four exchanges is exactly 365 days old: still in the window.
    assert found(
        exchanges("gave", "received", "received", "received", days=362), "NET-mostly-receiving"
    )
    # One day older and only three are left.
    assert not found(
        exchanges("gave", "received", "received", "received", days=363), "NET-mostly-receiving"
    )


def test_give_and_take_ignores_the_future() -> None:
    plan = exchanges("received", "received", "received", "gave", days=-10)
    assert found(plan, "NET-mostly-receiving") == []


def test_give_and_take_policy() -> None:
    plan = exchanges("received", "received", "received", "gave")
    assert found(plan, "NET-mostly-receiving", ck.InsightPolicy(reciprocity_share=0.8)) == []
    few = exchanges("received", "received")
    policy = ck.InsightPolicy(reciprocity_min_interactions=2, reciprocity_window_days=100)
    assert messages(few, "NET-mostly-receiving", policy) == [
        (
            "Over the last 100 days you received help twice and gave help 0 times (a mutual exchange "
            "counts both ways): 100% of the help came to you."
        )
    ]


# --- network: new contacts --------------------------------------------------------------------------


def test_no_contacts_at_all() -> None:
    (insight,) = found(healthy(contacts=(), mentors=()), "NET-no-new-contacts")
    assert insight.message == "Your network has no contacts yet."
    assert insight.next_step == (
        "Meet one new person this month: a meetup, a talk at a conference, or an introduction "
        "from someone you know."
    )


def newest_since(days: int) -> ck.CareerPlan:
    return healthy(
        contacts=(contact(id="a", name="Ann Lo", since=ago(900)), contact(since=ago(days))),
        mentors=(),
    )


def test_no_new_contact_in_six_months() -> None:
    assert found(newest_since(182), "NET-no-new-contacts") == []
    assert messages(newest_since(183), "NET-no-new-contacts") == [
        "Your newest contact, Tom Becker, was added 183 days ago; nobody new in the last 182 days."
    ]


def test_new_contact_without_since_counts_from_the_first_interaction() -> None:
    tom = contact(interactions=(ck.Interaction(ago(200), "gave"), ck.Interaction(ago(5), "gave")))
    assert messages(healthy(contacts=(tom,), mentors=()), "NET-no-new-contacts") == [
        "Your newest contact, Tom Becker, was added 200 days ago; nobody new in the last 182 days."
    ]


def test_new_contacts_undated_cannot_be_judged() -> None:
    assert found(healthy(contacts=(contact(),), mentors=()), "NET-no-new-contacts") == []


def test_a_contact_added_after_as_of_is_not_new_yet() -> None:
    plan = healthy(
        contacts=(
            contact(id="a", name="Ann Lo", since=ago(300)),
            contact(since=AS_OF + timedelta(1)),
        ),
        mentors=(),
    )
    assert messages(plan, "NET-no-new-contacts") == [
        "Your newest contact, Ann Lo, was added 300 days ago; nobody new in the last 182 days."
    ]


def test_new_contacts_policy() -> None:
    policy = ck.InsightPolicy(new_contact_days=30)
    assert messages(newest_since(31), "NET-no-new-contacts", policy) == [
        "Your newest contact, Tom Becker, was added 31 days ago; nobody new in the last 30 days."
    ]


# --- network: one organization ----------------------------------------------------------------------


def orgs(*names: str, owner: str = "Acme") -> ck.CareerPlan:
    people = tuple(
        contact(id=f"c{i}", name=f"Person {i}", organization=n, since=ago(10))
        for i, n in enumerate(names)
    )
    return healthy(owner=ck.Owner("Ada", organization=owner), contacts=people, mentors=())


def test_network_from_the_owners_organization_only() -> None:
    (insight,) = found(orgs("acme", " Acme ", "", owner="Acme"), "NET-one-organization")
    assert insight.message == (
        "All 2 of your contacts with a recorded organization work at Acme, your own organization."
    )
    assert insight.next_step == (
        "Meet people outside Acme: a professional association, an open-source project or a "
        "conference in your field."
    )


def test_network_from_one_other_organization() -> None:
    assert messages(orgs("Globex", owner=""), "NET-one-organization") == [
        "Your only contact with a recorded organization works at Globex."
    ]


def test_network_across_organizations_is_quiet() -> None:
    assert found(orgs("Acme", "Globex"), "NET-one-organization") == []
    # The owner's organization counts: one outside contact is already a second organization.
    assert found(orgs("Globex", owner="Acme"), "NET-one-organization") == []


def test_network_without_recorded_organizations_cannot_be_judged() -> None:
    assert found(orgs("", "  "), "NET-one-organization") == []


# --- mentors and sponsors ---------------------------------------------------------------------------


def test_no_mentor_and_no_sponsor() -> None:
    plan = healthy(mentors=(ck.Mentor("m1", contact="lee", role="both", status="ended"),))
    (mentor,) = found(plan, "MEN-no-mentor")
    assert (mentor.message, mentor.severity, mentor.subject) == (
        "You have no active mentor.",
        "warning",
        None,
    )
    (sponsor,) = found(plan, "MEN-no-sponsor")
    assert sponsor.message == (
        "You have no active sponsor: nobody on record speaks for you where promotions and "
        "assignments are decided."
    )
    assert sponsor.severity == "info"


def test_a_mentor_is_not_a_sponsor() -> None:
    plan = healthy(mentors=(ck.Mentor("m1", contact="lee", role="mentor", status="active"),))
    assert found(plan, "MEN-no-mentor") == []
    assert len(found(plan, "MEN-no-sponsor")) == 1
    plan = healthy(
        mentors=(
            ck.Mentor(
                "m1",
                contact="lee",
                role="sponsor",
                status="active",
                advocacy=(ck.model.Advocacy(ago(1), "Raised my name"),),
            ),
        )
    )
    assert len(found(plan, "MEN-no-mentor")) == 1
    assert found(plan, "MEN-no-sponsor") == []


def sponsor(**kw: Any) -> ck.CareerPlan:
    base: dict[str, Any] = {
        "id": "m-sam",
        "name": "Sam Okafor",
        "role": "sponsor",
        "status": "active",
    }
    mentors = (
        ck.Mentor("m1", contact="lee", role="mentor", status="active"),
        ck.Mentor(**{**base, **kw}),
    )
    return healthy(mentors=mentors)


def test_sponsor_not_updated_for_ninety_days() -> None:
    quiet = sponsor(advocacy=(ck.model.Advocacy(ago(91), "Put my name forward"),))
    (insight,) = found(quiet, "MEN-sponsor-quiet")
    assert insight.message == (
        "You last recorded advocacy or a meeting with your sponsor Sam Okafor 91 days ago; keep "
        "a sponsor updated at least every 90 days."
    )
    assert insight.subject == "m-sam"
    assert insight.next_step == (
        "Send Sam Okafor a short update: your recent results and the opportunity you want next, "
        "so they can speak for you."
    )
    assert (
        found(
            sponsor(advocacy=(ck.model.Advocacy(ago(90), "Put my name forward"),)),
            "MEN-sponsor-quiet",
        )
        == []
    )


def test_sponsor_meetings_count_as_updates() -> None:
    plan = sponsor(
        advocacy=(ck.model.Advocacy(ago(200), "Intro"),), meetings=(ck.model.Meeting(ago(20)),)
    )
    assert found(plan, "MEN-sponsor-quiet") == []


def test_sponsor_updates_after_as_of_do_not_count() -> None:
    plan = sponsor(
        meetings=(ck.model.Meeting(ago(100)), ck.model.Meeting(AS_OF + timedelta(days=1)))
    )
    assert len(found(plan, "MEN-sponsor-quiet")) == 1


def test_sponsor_without_updates_counts_from_since() -> None:
    assert found(sponsor(since=ago(90)), "MEN-sponsor-quiet") == []
    assert messages(sponsor(since=ago(120)), "MEN-sponsor-quiet") == [
        (
            "You have recorded no advocacy or meeting with your sponsor Sam Okafor since they became "
            "your sponsor 120 days ago; keep a sponsor updated at least every 90 days."
        )
    ]
    assert messages(sponsor(), "MEN-sponsor-quiet") == [
        (
            "You have recorded no advocacy or meeting with your sponsor Sam Okafor yet; keep a "
            "sponsor updated at least every 90 days."
        )
    ]


def test_sponsor_policy() -> None:
    plan = sponsor(advocacy=(ck.model.Advocacy(ago(31), "Put my name forward"),))
    assert len(found(plan, "MEN-sponsor-quiet", ck.InsightPolicy(sponsor_update_days=30))) == 1


def prospect(**kw: Any) -> ck.CareerPlan:
    base: dict[str, Any] = {"id": "m-x", "contact": "kim", "status": "prospect"}
    return healthy(mentors=(*healthy().mentors, ck.Mentor(**{**base, **kw})))


def test_prospect_never_asked() -> None:
    (insight,) = found(prospect(), "MEN-prospect-waiting")
    assert (
        insight.message == "Kim Ode is on your list as a prospective mentor but has not been asked."
    )
    assert insight.subject == "m-x"
    assert insight.next_step == (
        "Ask Kim Ode for one conversation about a specific question; a small first request is "
        "easy to say yes to."
    )


def test_prospect_waiting_longer_than_a_month() -> None:
    assert found(prospect(since=ago(30)), "MEN-prospect-waiting") == []
    assert messages(
        prospect(since=ago(31), role="both", name="Dr. Kim"), "MEN-prospect-waiting"
    ) == [
        (
            "Dr. Kim has been on your list as a prospective mentor and sponsor for 31 days without "
            "being asked."
        )
    ]
    policy = ck.InsightPolicy(prospect_days=7)
    assert messages(prospect(since=ago(8), role="sponsor"), "MEN-prospect-waiting", policy) == [
        "Kim Ode has been on your list as a prospective sponsor for 8 days without being asked."
    ]


def test_asked_is_not_a_waiting_prospect() -> None:
    assert found(prospect(status="asked"), "MEN-prospect-waiting") == []


# --- learning ---------------------------------------------------------------------------------------


def learning(*activities: ck.LearningActivity, **kw: Any) -> ck.CareerPlan:
    return healthy(learning=activities, **kw)


def test_learning_stalled_after_ninety_days() -> None:
    assert (
        found(
            learning(ck.LearningActivity("b", "book", "Refactoring", completed=ago(90))),
            "LRN-stalled",
        )
        == []
    )
    plan = learning(ck.LearningActivity("b", "book", "Refactoring", completed=ago(91)))
    (insight,) = found(plan, "LRN-stalled")
    assert insight.message == (
        "Your last learning activity, 'Refactoring', was completed 91 days ago; nothing new in the "
        "last 90 days."
    )
    assert (insight.severity, insight.subject) == ("warning", None)
    assert insight.next_step == (
        "Choose one course, book or workshop for a skill you want to grow and book the first "
        "session."
    )


def test_learning_started_counts() -> None:
    plan = learning(
        ck.LearningActivity("a", "course", "Old", completed=ago(300)),
        ck.LearningActivity("b", "course", "Kubernetes", started=ago(95)),
        ck.LearningActivity("c", "course", "Planned", started=AS_OF + timedelta(days=3)),
    )
    assert messages(plan, "LRN-stalled") == [
        (
            "Your last learning activity, 'Kubernetes', was started 95 days ago; nothing new in the "
            "last 90 days."
        )
    ]
    assert (
        found(learning(ck.LearningActivity("b", "course", "K8s", started=ago(20))), "LRN-stalled")
        == []
    )


def test_learning_completed_on_the_day_it_started() -> None:
    plan = learning(
        ck.LearningActivity("w", "workshop", "Talks", started=ago(100), completed=ago(100))
    )
    assert messages(plan, "LRN-stalled")[0].startswith(
        "Your last learning activity, 'Talks', was completed"
    )


def test_no_learning_suggests_a_skill_a_goal_needs() -> None:
    plan = learning(
        skills=(ck.Skill("speaking", "Public speaking", level=2),),
    )
    (insight,) = found(plan, "LRN-stalled")
    assert insight.message == "You have no learning activity recorded yet."
    assert insight.next_step == (
        "Choose a course, book or workshop for Public speaking, which your goal 'Staff' needs, "
        "and book the first session."
    )


def test_learning_policy() -> None:
    plan = learning(ck.LearningActivity("b", "book", "Refactoring", completed=ago(31)))
    assert len(found(plan, "LRN-stalled", ck.InsightPolicy(learning_days=30))) == 1


def gap_plan(level: int, status: str = "active") -> ck.CareerPlan:
    return healthy(
        skills=(ck.Skill("speaking", "Public speaking", level=level),),
        goals=(
            ck.Goal("staff", "Staff", status=status, skills=(ck.model.SkillTarget("speaking", 3),)),
        ),  # type: ignore[arg-type]
    )


def test_skill_gap() -> None:
    (insight,) = found(gap_plan(2), "LRN-skill-gap")
    assert insight == ck.reports.Insight(
        code="LRN-skill-gap",
        area="learning",
        severity="info",
        message="Your goal 'Staff' needs Public speaking at 3; you are at 2.",
        subject="speaking",
        next_step="Plan learning or a stretch challenge that takes Public speaking from 2 to 3, "
        "and record evidence as you go.",
    )


def test_no_skill_gap_at_or_above_the_level_or_for_inactive_goals() -> None:
    assert found(gap_plan(3), "LRN-skill-gap") == []
    assert found(gap_plan(4), "LRN-skill-gap") == []
    assert found(gap_plan(0, status="paused"), "LRN-skill-gap") == []


def certified(expires: date, *more: ck.LearningActivity) -> ck.CareerPlan:
    aws = ck.LearningActivity(
        "aws",
        "certification",
        "AWS Solutions Architect",
        completed=ago(10),
        credential=ck.model.Credential(issued=ago(700), expires=expires),
    )
    return learning(aws, *more)


def test_credential_expiring_within_sixty_days() -> None:
    assert found(certified(AS_OF + timedelta(days=61)), "LRN-credential-expiring") == []
    (insight,) = found(certified(AS_OF + timedelta(days=60)), "LRN-credential-expiring")
    assert insight.message == (
        "Your credential for 'AWS Solutions Architect' expires in 60 days (on 2027-01-24)."
    )
    assert (insight.severity, insight.subject) == ("warning", "aws")
    assert insight.next_step == (
        "Plan the renewal of 'AWS Solutions Architect' now: check what it needs (exam, credits or "
        "fee) and put the date in your calendar."
    )


def test_credential_expiring_today_is_still_valid_today() -> None:
    assert messages(certified(AS_OF), "LRN-credential-expiring") == [
        "Your credential for 'AWS Solutions Architect' expires today (2026-11-25)."
    ]
    assert found(certified(AS_OF), "LRN-credential-expired") == []


def test_credential_expired() -> None:
    (insight,) = found(certified(ago(1)), "LRN-credential-expired")
    assert (
        insight.message
        == "Your credential for 'AWS Solutions Architect' expired yesterday (on 2026-11-24)."
    )
    assert insight.severity == "alert"
    assert insight.next_step == (
        "Renew 'AWS Solutions Architect' if you still rely on it, and record the renewal as a new "
        "learning activity with the same title."
    )
    assert found(certified(ago(1)), "LRN-credential-expiring") == []


def test_credential_expired_long_ago_was_let_go() -> None:
    assert len(found(certified(ago(365)), "LRN-credential-expired")) == 1
    assert found(certified(ago(366)), "LRN-credential-expired") == []
    policy = ck.InsightPolicy(credential_expired_days=10000)
    assert len(found(certified(ago(366)), "LRN-credential-expired", policy)) == 1


def test_credential_renewed_is_quiet() -> None:
    renewal = ck.LearningActivity(
        "aws-2",
        "certification",
        "aws solutions architect ",
        completed=ago(5),
        credential=ck.model.Credential(expires=AS_OF + timedelta(days=3 * 365)),
    )
    assert found(certified(ago(3), renewal), "LRN-credential-expired") == []
    never_expires = attrs.evolve(renewal, credential=ck.model.Credential(issued=ago(5)))
    assert (
        found(certified(AS_OF + timedelta(days=3), never_expires), "LRN-credential-expiring") == []
    )


def test_credential_renewal_not_yet_issued_does_not_count() -> None:
    future = ck.LearningActivity(
        "aws-2",
        "certification",
        "AWS Solutions Architect",
        credential=ck.model.Credential(
            issued=AS_OF + timedelta(days=5), expires=AS_OF + timedelta(days=900)
        ),
    )
    undated = ck.LearningActivity(
        "aws-3",
        "certification",
        "AWS Solutions Architect",
        credential=ck.model.Credential(expires=AS_OF + timedelta(days=900)),
    )
    older = ck.LearningActivity(
        "aws-0",
        "certification",
        "AWS Solutions Architect",
        completed=ago(2000),
        credential=ck.model.Credential(expires=ago(900)),
    )
    other = ck.LearningActivity(
        "gcp",
        "certification",
        "GCP Architect",
        completed=ago(5),
        credential=ck.model.Credential(expires=AS_OF + timedelta(days=900)),
    )
    plan = certified(
        ago(3),
        future,
        undated,
        older,
        other,
        ck.LearningActivity("x", "book", "AWS Solutions Architect"),
    )
    assert [i.subject for i in found(plan, "LRN-credential-expired")] == ["aws"]


def test_credential_policy_and_no_expiry() -> None:
    policy = ck.InsightPolicy(credential_warning_days=0)
    assert found(certified(AS_OF + timedelta(days=1)), "LRN-credential-expiring", policy) == []
    plain = ck.LearningActivity(
        "aws",
        "certification",
        "AWS",
        completed=ago(10),
        credential=ck.model.Credential(issued=ago(10)),
    )
    assert found(learning(plain), "LRN-credential-expiring") == []


# --- challenges -------------------------------------------------------------------------------------


def challenge(**kw: Any) -> ck.Challenge:
    base: dict[str, Any] = {
        "id": "ch",
        "title": "Lead the migration",
        "stretch": 3,
        "visibility": "organization",
        "status": "active",
    }
    return ck.Challenge(**{**base, **kw})


def test_no_stretch_challenge_in_six_months() -> None:
    assert found(healthy(challenges=(challenge(start=ago(182)),)), "CHL-no-stretch") == []
    (insight,) = found(healthy(challenges=(challenge(start=ago(183)),)), "CHL-no-stretch")
    assert insight.message == (
        "Your last stretch challenge (level 3 or more), 'Lead the migration', started 183 days "
        "ago; none in the last 182 days."
    )
    assert (insight.severity, insight.subject) == ("warning", None)
    assert insight.next_step == (
        "Ask your manager or sponsor for one piece of work beyond your comfort zone, such as "
        "leading a cross-team project, and record it as a challenge."
    )


def test_what_is_not_a_stretch_challenge_started() -> None:
    plan = healthy(
        challenges=(
            challenge(id="easy", stretch=2, start=ago(10)),
            challenge(id="plan", status="planned", start=ago(10)),
            challenge(id="later", start=AS_OF + timedelta(days=10)),
            challenge(id="undated"),
        )
    )
    assert messages(plan, "CHL-no-stretch") == [
        "You have not started a stretch challenge (level 3 or more) yet."
    ]


def test_a_stretch_challenge_that_was_abandoned_still_counts() -> None:
    assert (
        found(healthy(challenges=(challenge(status="abandoned", start=ago(30)),)), "CHL-no-stretch")
        == []
    )


def test_stretch_policy() -> None:
    plan = healthy(challenges=(challenge(stretch=3, start=ago(10)),))
    assert len(found(plan, "CHL-no-stretch", ck.InsightPolicy(stretch_level=4))) == 1
    plan = healthy(challenges=(challenge(start=ago(40)),))
    assert messages(plan, "CHL-no-stretch", ck.InsightPolicy(stretch_days=30)) == [
        (
            "Your last stretch challenge (level 3 or more), 'Lead the migration', started 40 days "
            "ago; none in the last 30 days."
        )
    ]


def test_visibility_never_beyond_the_team() -> None:
    plan = healthy(
        challenges=(
            challenge(id="a", visibility="team", start=ago(10)),
            challenge(id="b", visibility="team", status="done", start=ago(400)),
            challenge(id="c", visibility="industry", status="planned"),
        )
    )
    (insight,) = found(plan, "CHL-team-only")
    assert insight.message == "All 2 of your challenges so far were seen by your team alone."
    assert insight.next_step == (
        "Show your work beyond your team: present results at a department demo, write them up for "
        "the wider organization, or take on a cross-team project."
    )
    one = healthy(challenges=(challenge(visibility="team", start=ago(10)),))
    assert messages(one, "CHL-team-only") == [
        "Your only challenge so far was seen by your team alone."
    ]


def test_visibility_beyond_the_team_once_is_enough() -> None:
    plan = healthy(
        challenges=(
            challenge(id="a", visibility="team", start=ago(10)),
            challenge(id="b", visibility="department", status="done", start=ago(900)),
        )
    )
    assert found(plan, "CHL-team-only") == []
    assert found(healthy(challenges=()), "CHL-team-only") == []
    assert (
        found(
            healthy(challenges=(challenge(visibility="team", status="planned"),)), "CHL-team-only"
        )
        == []
    )


# --- reflection and goals ---------------------------------------------------------------------------


def test_reflection_overdue_after_thirty_days() -> None:
    assert found(healthy(reflections=(ck.Reflection("r", ago(30)),)), "REF-overdue") == []
    (insight,) = found(healthy(reflections=(ck.Reflection("r", ago(31)),)), "REF-overdue")
    assert insight.message == (
        "Your last reflection was 31 days ago, on 2026-10-25; reflecting at least every 30 days "
        "keeps your plan current."
    )
    assert insight.next_step == (
        "Set aside 20 minutes this week: what went well, what drained you, and is each goal still "
        "right for you?"
    )


def test_no_reflection_yet() -> None:
    future = ck.Reflection("r", AS_OF + timedelta(days=1))
    assert messages(healthy(reflections=(future,)), "REF-overdue") == [
        "You have not written a reflection yet."
    ]
    policy = ck.InsightPolicy(reflection_days=7)
    assert (
        len(found(healthy(reflections=(ck.Reflection("r", ago(8)),)), "REF-overdue", policy)) == 1
    )


def assessed(*reflections: ck.Reflection, status: str = "active") -> ck.CareerPlan:
    goal = ck.Goal("staff", "Staff", status=status)  # type: ignore[arg-type]
    return healthy(goals=(goal,), reflections=(*reflections, ck.Reflection("now", ago(1))))


def test_goal_no_longer_aligned_but_still_active() -> None:
    plan = assessed(
        ck.Reflection("r", ago(20), assessments=(ck.model.Assessment("staff", aligned=False),))
    )
    (insight,) = found(plan, "GOL-misaligned")
    assert insight == ck.reports.Insight(
        code="GOL-misaligned",
        area="goals",
        severity="alert",
        message="In your reflection of 2026-11-05 you judged the goal 'Staff' no longer aligned "
        "with your values, yet it is still active.",
        subject="staff",
        next_step="Decide on 'Staff': reshape it to fit your values, or drop it and free the time "
        "for goals that do.",
    )


def test_the_latest_assessment_of_a_goal_wins() -> None:
    old = ck.Reflection("a", ago(40), assessments=(ck.model.Assessment("staff", aligned=False),))
    new = ck.Reflection("b", ago(20), assessments=(ck.model.Assessment("staff", aligned=True),))
    assert found(assessed(new, old), "GOL-misaligned") == []
    # A later assessment that leaves alignment open still replaces the earlier one.
    unanswered = attrs.evolve(new, assessments=(ck.model.Assessment("staff", on_track=True),))
    assert found(assessed(old, unanswered), "GOL-misaligned") == []
    # On the same day the one later in the file wins.
    same_day = attrs.evolve(new, date=old.date)
    assert found(assessed(old, same_day), "GOL-misaligned") == []
    assert len(found(assessed(same_day, old), "GOL-misaligned")) == 1
    later = ck.Reflection(
        "c", AS_OF + timedelta(days=2), assessments=(ck.model.Assessment("staff", aligned=True),)
    )
    assert len(found(assessed(old, later), "GOL-misaligned")) == 1


def test_an_unanswered_alignment_is_not_a_misalignment() -> None:
    plan = assessed(
        ck.Reflection("r", ago(20), assessments=(ck.model.Assessment("staff", on_track=False),))
    )
    assert found(plan, "GOL-misaligned") == []


def test_a_misaligned_goal_no_longer_active_is_quiet() -> None:
    r = ck.Reflection("r", ago(20), assessments=(ck.model.Assessment("staff", aligned=False),))
    assert found(assessed(r, status="dropped"), "GOL-misaligned") == []
    assert found(assessed(r, status="paused"), "GOL-misaligned") == []


# --- the whole report -------------------------------------------------------------------------------


def test_insights_are_sorted_by_severity_area_code_and_subject() -> None:
    plan = ck.CareerPlan(
        owner=ck.Owner("Ada"),
        contacts=(
            contact(id="zed", name="Zed", cadence_days=10, since=ago(100)),
            contact(id="amy", name="Amy", cadence_days=10, since=ago(100)),
        ),
        learning=(
            ck.LearningActivity(
                "x",
                "certification",
                "X",
                completed=ago(10),
                credential=ck.model.Credential(expires=ago(2)),
            ),
        ),
    )
    found_ = ck.insights(plan, as_of=AS_OF)
    assert [(i.severity, i.area, i.code, i.subject) for i in found_] == [
        ("alert", "learning", "LRN-credential-expired", "x"),
        ("warning", "challenges", "CHL-no-stretch", None),
        ("warning", "mentors", "MEN-no-mentor", None),
        ("warning", "network", "NET-contact-overdue", "amy"),
        ("warning", "network", "NET-contact-overdue", "zed"),
        ("warning", "reflection", "REF-overdue", None),
        ("info", "mentors", "MEN-no-sponsor", None),
        ("info", "network", "NET-one-organization", None),
    ]


def test_the_example_plan() -> None:
    plan = ck.load(Path(__file__).resolve().parent.parent / "examples" / "plan.toml")
    codes = [(i.code, i.subject) for i in ck.insights(plan, as_of=AS_OF)]
    assert ("NET-contact-overdue", "tom") in codes
    assert ("MEN-sponsor-quiet", "m-sam") in codes
    assert ("LRN-credential-expiring", "aws-sa") in codes


def test_insight_repr_and_dict() -> None:
    (insight,) = found(gap_plan(2), "LRN-skill-gap")
    assert repr(insight) == (
        "Insight(code='LRN-skill-gap', severity='info', subject='speaking', "
        "message=\"Your goal 'Staff' needs Public speaking at 3; you are at 2.\")"
    )
    assert insight.to_dict() == {
        "code": "LRN-skill-gap",
        "area": "learning",
        "severity": "info",
        "message": "Your goal 'Staff' needs Public speaking at 3; you are at 2.",
        "subject": "speaking",
        "next_step": "Plan learning or a stretch challenge that takes Public speaking from 2 to 3, "
        "and record evidence as you go.",
    }


def test_insight_checks_area_and_severity() -> None:
    with pytest.raises(
        FieldError, match=r"^severity: 'urgent' is not one of 'alert', 'warning', 'info'$"
    ):
        ck.reports.Insight("X", "network", "urgent", "m", None, "n")  # type: ignore[arg-type]
    with pytest.raises(FieldError, match=r"^area: 'career' is not one of 'network', "):
        ck.reports.Insight("X", "career", "info", "m", None, "n")  # type: ignore[arg-type]
    assert ck.reports.Insight("BAL-x", "balance", "warning", "m", None, "n").area == "balance"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"learning_days": 0},
            PolicyError,
            "InsightPolicy.learning_days must be a whole number of 1 or more, got 0",
        ),
        (
            {"reflection_days": True},
            ArgumentTypeError,
            "InsightPolicy.reflection_days must be a whole number, got True",
        ),
        (
            {"new_contact_days": 1.5},
            ArgumentTypeError,
            "InsightPolicy.new_contact_days must be a whole number, got 1.5",
        ),
        (
            {"credential_warning_days": -1},
            PolicyError,
            "InsightPolicy.credential_warning_days must be a whole number of 0 or more, got -1",
        ),
        (
            {"reciprocity_share": 0.5},
            PolicyError,
            "InsightPolicy.reciprocity_share must be a number above 0.5 and at most 1, got 0.5",
        ),
        (
            {"reciprocity_share": 1.01},
            PolicyError,
            "InsightPolicy.reciprocity_share must be a number above 0.5 and at most 1, got 1.01",
        ),
        (
            {"reciprocity_share": float("nan")},
            PolicyError,
            "InsightPolicy.reciprocity_share must be a number above 0.5 and at most 1, got nan",
        ),
        (
            {"reciprocity_share": "0.8"},
            ArgumentTypeError,
            "InsightPolicy.reciprocity_share must be a number, got '0.8'",
        ),
        (
            {"reciprocity_share": True},
            ArgumentTypeError,
            "InsightPolicy.reciprocity_share must be a number, got True",
        ),
        (
            {"stretch_level": 6},
            PolicyError,
            "InsightPolicy.stretch_level must be a whole number from 1 to 5, got 6",
        ),
        (
            {"stretch_level": 0},
            PolicyError,
            "InsightPolicy.stretch_level must be a whole number from 1 to 5, got 0",
        ),
    ],
)
def test_policy_errors(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(PolicyError) as info:
        ck.InsightPolicy(**kwargs)
    assert str(info.value) == message
    # A wrong type is also a TypeError, a wrong value only a PolicyError (a ValueError).
    assert type(info.value) is error
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, TypeError) == (error is ArgumentTypeError)


def test_policy_accepts_its_limits() -> None:
    policy = ck.InsightPolicy(reciprocity_share=1, stretch_level=5, credential_expired_days=0)
    assert (policy.reciprocity_share, policy.stretch_level) == (1, 5)


def test_bad_arguments() -> None:
    plan = healthy()
    with pytest.raises(ArgumentTypeError, match=r"^plan must be a CareerPlan, got dict$"):
        ck.insights({}, as_of=AS_OF)  # type: ignore[arg-type]
    with pytest.raises(
        ArgumentTypeError,
        match=re.escape(
            "as_of must be a datetime.date or an ISO date string like '2026-11-25', got datetime.datetime(2026, 11, 25, 0, 0)"
        ),
    ):
        ck.insights(plan, as_of=datetime(2026, 11, 25))
    with pytest.raises(
        ArgumentTypeError,
        match=r"^as_of must be a datetime.date or an ISO date string like '2026-11-25', got '25/11/2026'$",
    ):
        ck.insights(plan, as_of="25/11/2026")
    with pytest.raises(
        PolicyError, match=r"^as_of must be between 1900-01-01 and 2999-12-31, got 0001-01-01$"
    ):
        ck.insights(plan, as_of=date(1, 1, 1))
    with pytest.raises(
        ArgumentTypeError, match=r"^policy must be an InsightPolicy, got BalancePolicy$"
    ):
        ck.insights(plan, as_of=AS_OF, policy=ck.BalancePolicy())  # type: ignore[arg-type]


def test_as_of_defaults_to_today() -> None:
    plan = healthy()
    assert ck.insights(plan) == ck.insights(plan, as_of=date.today())


@given(plans())
def test_insights_are_pure_sorted_and_json_ready(plan: ck.CareerPlan) -> None:
    first = ck.insights(plan, as_of=AS_OF)
    assert ck.insights(plan, as_of=AS_OF) == first
    rank = {"alert": 0, "warning": 1, "info": 2}
    keys = [(rank[i.severity], i.area, i.code, i.subject or "", i.message) for i in first]
    assert keys == sorted(keys)
    for insight in first:
        assert CODES[insight.code] == (insight.area, insight.severity)
        assert insight.message
        assert insight.next_step
    assert json.loads(json.dumps([i.to_dict() for i in first])) == [i.to_dict() for i in first]


def test_every_code_is_documented() -> None:
    page = DOCS.read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in page, code


# --- an audience hears nothing about what it cannot see -----------------------------------------

M = ("manager",)


def _seen_by_manager(plan: ck.CareerPlan, code: str) -> None:
    """``code`` is not true of the whole plan, the manager's view alone would report it, and
    the insights for the manager leave it out (and so does their review)."""
    assert code not in {i.code for i in ck.insights(plan, as_of=AS_OF)}
    assert code in {i.code for i in ck.insights(ck.redact(plan, "manager"), as_of=AS_OF)}
    assert code not in {i.code for i in ck.insights(plan, as_of=AS_OF, audience="manager")}
    assert code not in {i.code for i in ck.review(plan, as_of=AS_OF, audience="manager").insights}


def _reflection(day: date, *, shared: bool, **kwargs: Any) -> ck.Reflection:
    return ck.Reflection(f"r{day.toordinal()}", day, shared_with=M if shared else (), **kwargs)


def test_private_reflections_are_not_called_missing() -> None:
    plan = ck.CareerPlan(reflections=(_reflection(ago(5), shared=False),))
    _seen_by_manager(plan, "REF-overdue")
    # With no reflection at all, saying so is true for every audience.
    (nothing,) = [
        i
        for i in ck.insights(ck.CareerPlan(), as_of=AS_OF, audience="manager")
        if i.code == "REF-overdue"
    ]
    assert nothing.message == "You have not written a reflection yet."


def test_a_private_later_assessment_keeps_a_goal_from_being_called_misaligned() -> None:
    goal = ck.Goal("g", "Lead the platform team", shared_with=M)
    plan = ck.CareerPlan(
        goals=(goal,),
        reflections=(
            _reflection(
                ago(20), shared=True, assessments=(ck.model.Assessment("g", aligned=False),)
            ),
            _reflection(
                ago(5), shared=False, assessments=(ck.model.Assessment("g", aligned=True),)
            ),
        ),
    )
    _seen_by_manager(plan, "GOL-misaligned")


def test_a_private_interaction_keeps_a_contact_from_being_called_overdue() -> None:
    lee = ck.Contact(
        "lee",
        "Lee",
        cadence_days=30,
        interactions=(
            ck.Interaction(ago(100), "gave", shared_with=M),
            ck.Interaction(ago(5), "received"),
        ),
        shared_with=M,
    )
    _seen_by_manager(ck.CareerPlan(contacts=(lee,)), "NET-contact-overdue")


def test_private_contacts_keep_the_network_rules_silent() -> None:
    old = ck.Contact("old", "Old friend", since=ago(400), organization="Acme", shared_with=M)
    new = ck.Contact("new", "New friend", since=ago(10), organization="Globex")
    plan = ck.CareerPlan(owner=ck.Owner("Ada", organization="Acme"), contacts=(old, new))
    _seen_by_manager(plan, "NET-no-new-contacts")
    _seen_by_manager(plan, "NET-one-organization")
    helped = ck.Contact(
        "helped",
        "Helper",
        interactions=tuple(ck.Interaction(ago(d), "received", shared_with=M) for d in (1, 2, 3, 4)),
        shared_with=M,
    )
    given_to = ck.Contact(
        "given", "Mentee", interactions=tuple(ck.Interaction(ago(d), "gave") for d in range(1, 7))
    )
    _seen_by_manager(ck.CareerPlan(contacts=(helped, given_to)), "NET-mostly-receiving")


def test_a_private_mentor_and_sponsor_are_not_called_missing() -> None:
    both = ck.Mentor("m", name="Kim", role="both", status="active")
    plan = ck.CareerPlan(mentors=(both,))
    _seen_by_manager(plan, "MEN-no-mentor")
    _seen_by_manager(plan, "MEN-no-sponsor")


def test_private_challenges_keep_the_challenge_rules_silent() -> None:
    seen = ck.Challenge(
        "seen", "Fix the build", stretch=2, start=ago(30), status="active", shared_with=M
    )
    private = ck.Challenge(
        "private",
        "Lead the migration",
        stretch=4,
        visibility="organization",
        start=ago(30),
        status="active",
    )
    plan = ck.CareerPlan(challenges=(seen, private))
    _seen_by_manager(plan, "CHL-no-stretch")
    _seen_by_manager(plan, "CHL-team-only")


def test_every_silenced_code_is_a_code_and_the_learning_rules_always_speak() -> None:
    from careerkit._insights.engine import _SILENT

    assert set(_SILENT) <= set(CODES)
    # Skills and learning are shared with every audience: nothing hides what they judge.
    assert not {code for code in _SILENT if CODES[code][0] == "learning"}
