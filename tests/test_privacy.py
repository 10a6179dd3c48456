"""Privacy by audience: redact() and every output that accepts an audience."""

from __future__ import annotations

import io
import json
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import careerkit as ck
from careerkit._cli import main
from careerkit.interop import to_json_resume
from strategies import LINKS, SENTINEL, TEXT_FIELDS, sentinel_plans

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
                prompts=(ck.model.PromptAnswer("Why?", "SECRET-REFLECTION"),),
                assessments=(ck.model.Assessment("exit", aligned=False),),
            ),
            ck.Reflection(
                "r2",
                D,
                assessments=(
                    ck.model.Assessment("exit"),
                    ck.model.Assessment("lead", on_track=True),
                ),
                shared_with=("mentor",),
            ),
        ),
        wellbeing=ck.Wellbeing(weeks=(ck.WeekLog(date(2026, 11, 16), hours_worked=61),)),
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
            ck.model.Position("now", organization="Acme", shared_with=("hr",)),
            ck.model.Position("side", organization="SECRET-SIDE-JOB"),
        )
    )
    assert [p.id for p in ck.redact(plan, "hr").positions] == ["now"]
    assert ck.redact(plan, "mentor").positions == ()


# --- no output leaks what an audience must not see -------------------------------------------


AUDIENCES = ("mentor", "manager", "hr")


def owned(record: Any) -> set[str]:
    """The sentinels a record holds itself (its id, its text, its parts), not its links."""
    found: set[str] = set()
    for field in attrs.fields(type(record)):
        if (type(record), field.name) in LINKS:
            continue
        value = getattr(record, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, str):
                found.update(SENTINEL.findall(item))
            elif attrs.has(type(item)):
                found |= owned(item)
    return found


def hidden_from(plan: ck.CareerPlan, audience: str) -> set[str]:
    """What ``audience`` must not see: records not shared with it, a shared contact's
    interactions not shared with it, and a shared reflection's assessments of hidden goals."""
    hidden: set[str] = set()
    for name in (
        "values",
        "goals",
        "contacts",
        "mentors",
        "challenges",
        "reflections",
        "positions",
    ):
        for record in getattr(plan, name):
            if audience not in record.shared_with:
                hidden |= owned(record)
    for contact in plan.contacts:
        if audience in contact.shared_with:
            for interaction in contact.interactions:
                if audience not in interaction.shared_with:
                    hidden |= owned(interaction)
    hidden_goals = {g.id for g in plan.goals if audience not in g.shared_with}
    for reflection in plan.reflections:
        if audience in reflection.shared_with:
            for assessment in reflection.assessments:
                if assessment.goal in hidden_goals:
                    hidden |= owned(assessment)
    if audience not in plan.wellbeing.shared_with:
        hidden |= owned(plan.wellbeing)
    return hidden


def sentinels_in(text: str) -> set[str]:
    return set(SENTINEL.findall(text))


def every_output(plan: ck.CareerPlan, path: Path, audience: Any, as_of: date) -> dict[str, str]:
    """Every way careerkit shows a plan to ``audience``, as text."""
    review = ck.review(plan, as_of=as_of, audience=audience)
    agenda = ck.schedule_reviews(ck.redact(plan, audience), as_of=as_of)
    out, err = io.StringIO(), io.StringIO()
    argv = ["review", str(path), "--audience", audience, "--format", "json"]
    code = main([*argv, "--as-of", as_of.isoformat()], stdout=out, stderr=err, today=as_of)
    # Warnings (an --as-of far from the plan's dates) are output too: checked for leaks below.
    assert code == 0
    return {
        "dumps json": ck.dumps(plan, audience=audience),
        "dumps toml": ck.dumps(plan, format="toml", audience=audience),
        "review text": review.to_text(),
        "review markdown": review.to_markdown(),
        "review html": review.to_html(),
        "review dict": json.dumps(review.to_dict()),
        "agenda": str(agenda),
        "agenda dict": json.dumps(agenda.to_dict()),
        # Calendar lines are folded at 75 octets: unfold them so no sentinel is cut in two.
        "ics": agenda.to_ics().replace("\r\n ", "").replace("\r\n\t", ""),
        "json resume": json.dumps(to_json_resume(plan, audience=audience)),
        "cli review": out.getvalue(),
        "cli warnings": err.getvalue(),
    }


def test_the_sentinel_plans_fill_every_text_field() -> None:
    # A text field the strategy does not know about would hold no sentinel and prove nothing.
    for kind, names in TEXT_FIELDS.items():
        for field in attrs.fields(kind):
            if field.type in ("str", "str | None", "tuple[str, ...]"):
                assert field.name in names or field.name == "id" or (kind, field.name) in LINKS, (
                    kind.__name__,
                    field.name,
                )


def dates_in(record: Any) -> list[date]:
    """Every date in a record and its parts."""
    found: list[date] = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, date):
                found.append(item)
            elif attrs.has(type(item)):
                found += dates_in(item)
    return found


@settings(max_examples=40)
@given(plan=sentinel_plans(), data=st.data())
def test_no_output_shows_an_audience_what_is_hidden_from_it(
    plan: ck.CareerPlan, data: st.DataObject
) -> None:
    # Looking from shortly after a date in the plan puts its records on the agenda and in the
    # insights, where a leak would show.
    near = st.sampled_from(dates_in(plan) or [date(2026, 11, 25)])
    as_of = data.draw(
        st.builds(lambda d, n: d + timedelta(days=n), near, st.integers(0, 120))
        | st.dates(min_value=date(1995, 1, 1), max_value=date(2100, 1, 1)),
        label="as_of",
    )
    everything = owned(plan)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.json"
        ck.save(plan, path)
        for audience in AUDIENCES:
            hidden = hidden_from(plan, audience)
            outputs = every_output(plan, path, audience, as_of)
            for name, text in outputs.items():
                leaked = sentinels_in(text) & hidden
                assert not leaked, f"{name} for the {audience} shows {sorted(leaked)}"
            # The check can fail: the plan file shows exactly what is not hidden, and the
            # owner's own export shows everything.
            assert sentinels_in(outputs["dumps json"]) == everything - hidden
            assert sentinels_in(outputs["dumps toml"]) == everything - hidden
    assert sentinels_in(ck.dumps(plan)) == everything
    # The owner's name is always shown, so the review does hold plan text.
    assert sentinels_in(plan.owner.name) <= sentinels_in(ck.review(plan, as_of=as_of).to_text())


def test_a_leak_would_be_found() -> None:
    plan = ck.CareerPlan(
        owner=ck.Owner("Q00001Z"),
        goals=(
            ck.Goal("Q00002Z", "Q00003Z", shared_with=("mentor",)),
            ck.Goal("Q00004Z", "Q00005Z"),
        ),
    )
    assert hidden_from(plan, "mentor") == {"Q00004Z", "Q00005Z"}
    assert sentinels_in(ck.dumps(plan)) & hidden_from(plan, "mentor")
    assert not sentinels_in(ck.dumps(plan, audience="mentor")) & hidden_from(plan, "mentor")


@pytest.mark.parametrize("audience", ["self", "mentor", "manager", "hr"])
def test_every_engine_takes_an_audience_and_sees_only_that_view(audience: str) -> None:
    from careerkit.testing import EXAMPLE_AS_OF, example_plan

    plan = example_plan()
    view = ck.redact(plan, audience)  # type: ignore[arg-type]
    kw: dict[str, Any] = {"as_of": EXAMPLE_AS_OF, "audience": audience}
    # Built from the view, less what would judge records the view leaves out.
    agenda = ck.schedule_reviews(plan, **kw)
    assert set(agenda) <= set(ck.schedule_reviews(view, as_of=EXAMPLE_AS_OF))
    assert set(ck.insights(plan, **kw)) <= set(ck.insights(view, as_of=EXAMPLE_AS_OF))
    balance = ck.score_balance(plan, **kw)
    of_view = ck.score_balance(view, as_of=EXAMPLE_AS_OF)
    assert (balance.score, balance.components) == (of_view.score, of_view.components) or (
        balance.reason == "the well-being records are not shared with this audience"
    )


def test_week_logs_passed_on_their_own_are_private() -> None:
    weeks = [ck.WeekLog(date(2026, 11, 16), hours_worked=60)]
    assert ck.score_balance(weeks, as_of=D).score is not None
    hidden = ck.score_balance(weeks, as_of=D, audience="manager")
    assert (hidden.score, hidden.coverage.used) == (None, ())
    shared = ck.Wellbeing(weeks=tuple(weeks), shared_with=("manager",))
    assert ck.score_balance(shared, as_of=D, audience="manager").score is not None


def test_the_command_line_agenda_and_balance_take_an_audience(tmp_path: Path) -> None:
    from careerkit.testing import example_plan

    path = tmp_path / "plan.json"
    ck.save(example_plan(), path)
    out = io.StringIO()
    args = ["--as-of", "2026-11-25", "--audience", "hr", "--format", "json"]
    assert main(["balance", str(path), *args], stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue())["score"] is None
    out = io.StringIO()
    assert main(["agenda", str(path), *args], stdout=out, stderr=io.StringIO()) == 0
    titles = [item["title"] for item in json.loads(out.getvalue())["items"]]
    assert not any("Tom Becker" in t for t in titles)


def test_an_unknown_audience_is_a_policy_error_everywhere() -> None:
    plan = plan_with_secrets()
    for call in (
        lambda: ck.dumps(plan, audience="boss"),  # type: ignore[arg-type]
        lambda: ck.review(plan, as_of=D, audience="boss"),  # type: ignore[arg-type]
        lambda: ck.schedule_reviews(plan, as_of=D, audience="boss"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ck.PolicyError, match="unknown audience 'boss'"):
            call()
