"""Privacy by audience: redact() and every output that accepts an audience."""

from __future__ import annotations

from datetime import date

import pytest

import careerkit as ck

D = date(2026, 11, 20)


def plan_with_secrets() -> ck.CareerPlan:
    return ck.CareerPlan(
        owner=ck.Owner("Ada", "Engineer"),
        values=(
            ck.Value("craft", "Craft", shared_with=("mentor",)),
            ck.Value("money", "SECRET-VALUE"),
        ),
        goals=(
            ck.Goal("exit", "SECRET-GOAL find a new job"),
            ck.Goal(
                "lead",
                "Lead the platform team",
                parent="exit",
                values=("craft", "money"),
                shared_with=("mentor", "manager"),
            ),
        ),
        skills=(ck.Skill("py", "Python", level=3),),
        contacts=(
            ck.Contact(
                "rec",
                "SECRET-RECRUITER",
                interactions=(ck.Interaction(D, "received", note="SECRET-OFFER"),),
            ),
            ck.Contact(
                "lee",
                "Lee",
                shared_with=("mentor",),
                interactions=(
                    ck.Interaction(D, "gave", note="shared talk", shared_with=("mentor",)),
                    ck.Interaction(D, "received", note="SECRET-INTERACTION"),
                ),
            ),
        ),
        mentors=(
            ck.Mentor("m1", contact="rec", role="sponsor", shared_with=("manager",)),
            ck.Mentor("m2", contact="lee", notes="SECRET-MENTOR-NOTE"),
        ),
        challenges=(ck.Challenge("c1", "Migration", sponsor="m2", shared_with=("manager",)),),
        reflections=(
            ck.Reflection(
                "r1",
                D,
                prompts=(ck.PromptAnswer("Why?", "SECRET-REFLECTION"),),
                assessments=(ck.Assessment("exit", aligned=False),),
            ),
            ck.Reflection(
                "r2",
                D,
                assessments=(ck.Assessment("exit"), ck.Assessment("lead", on_track=True)),
                shared_with=("mentor",),
            ),
        ),
        wellbeing=ck.Wellbeing(weeks=(ck.WeekLog(D, hours_worked=61),)),
    )


def test_self_sees_everything() -> None:
    plan = plan_with_secrets()
    assert ck.redact(plan, "self") is plan


def test_mentor_sees_only_what_was_shared_with_them() -> None:
    view = ck.redact(plan_with_secrets(), "mentor")
    assert [v.id for v in view.values] == ["craft"]
    assert [g.id for g in view.goals] == ["lead"]
    lead = view.goal("lead")
    assert lead.parent is None
    assert lead.values == ("craft",)
    assert [c.id for c in view.contacts] == ["lee"]
    assert [i.note for i in view.contact("lee").interactions] == ["shared talk"]
    assert [m.id for m in view.mentors] == []
    assert view.challenges == ()
    assert [r.id for r in view.reflections] == ["r2"]
    assert [a.goal for a in view.reflections[0].assessments] == ["lead"]
    assert view.wellbeing == ck.Wellbeing()
    assert view.skills == plan_with_secrets().skills


def test_manager_view_cuts_links_to_hidden_records() -> None:
    view = ck.redact(plan_with_secrets(), "manager")
    assert view.contacts == ()
    (sponsor,) = view.mentors
    assert sponsor.contact is None
    assert sponsor.name == "mentor m1"
    (challenge,) = view.challenges
    assert challenge.sponsor is None


def test_hr_sees_the_profile_only() -> None:
    view = ck.redact(plan_with_secrets(), "hr")
    assert view.goals == ()
    assert view.owner == ck.Owner("Ada", "Engineer")
    assert [s.id for s in view.skills] == ["py"]


def test_shared_wellbeing_is_kept_whole() -> None:
    plan = plan_with_secrets()
    shared = ck.CareerPlan(wellbeing=ck.Wellbeing(weeks=plan.wellbeing.weeks, shared_with=("hr",)))
    assert ck.redact(shared, "hr").wellbeing == shared.wellbeing


@pytest.mark.parametrize("audience", ["mentor", "manager", "hr"])
def test_dumps_for_an_audience_leaks_no_secret(audience: str) -> None:
    text = ck.dumps(plan_with_secrets(), audience=audience)  # type: ignore[arg-type]
    assert "SECRET" not in text
    assert ck.loads(text) == ck.redact(plan_with_secrets(), audience)  # type: ignore[arg-type]


def test_dumps_for_self_keeps_everything() -> None:
    assert "SECRET-REFLECTION" in ck.dumps(plan_with_secrets())


def test_unknown_audience_is_refused() -> None:
    with pytest.raises(ck.CareerkitError, match="unknown audience 'boss'; expected one of"):
        ck.redact(plan_with_secrets(), "boss")  # type: ignore[arg-type]


def test_positions_are_shared_one_by_one() -> None:
    plan = ck.CareerPlan(
        positions=(
            ck.Position("now", organization="Acme", shared_with=("hr",)),
            ck.Position("side", organization="SECRET-SIDE-JOB"),
        )
    )
    assert [p.id for p in ck.redact(plan, "hr").positions] == ["now"]
    assert ck.redact(plan, "mentor").positions == ()
