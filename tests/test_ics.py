"""Calendar export: RFC 5545 text that parses back to exactly the agenda's items."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import attrs
import icalendar
import pytest

import careerkit as ck
from careerkit import CareerkitError, CareerPlan, Interaction, SchedulePolicy
from careerkit._ics import PRODID, item_uid
from careerkit.reports import Agenda

AS_OF = date(2026, 11, 25)


@pytest.fixture
def plan(sample_document: str) -> CareerPlan:
    return ck.loads(sample_document, format="json")


def components(text: str, name: str = "VTODO") -> list[Any]:
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["prodid"] == PRODID
    assert calendar["version"] == "2.0"
    return list(calendar.walk(name))


def description(item: ck.reports.ReviewItem) -> str:
    lines = [f"Overdue: it was due on {item.due.isoformat()}.", ""] if item.overdue else []
    lines.append(item.reason[0].upper() + item.reason[1:] + ".")
    lines += ["", "Questions to answer:", *(f"- {p}" for p in item.prompts)]
    return "\n".join(lines)


def test_every_item_becomes_an_all_day_todo(plan: CareerPlan) -> None:
    agenda = ck.schedule_reviews(plan, as_of=AS_OF)
    text = agenda.to_ics()
    assert "\r\n" in text
    todos = components(text)
    assert len(todos) == len(agenda) == 28
    priorities = {1: 1, 2: 5, 3: 9}
    for item, todo in zip(agenda, todos, strict=True):
        assert str(todo["uid"]) == item_uid(item)
        assert todo.decoded("dtstamp") == datetime(2026, 11, 25, tzinfo=UTC)
        assert todo.decoded("due") == item.due
        assert not isinstance(todo.decoded("due"), datetime)
        assert str(todo["summary"]) == item.title
        assert str(todo["description"]) == description(item)
        assert int(todo["priority"]) == priorities[item.priority]
        assert todo.categories == [item.kind]
        assert str(todo["status"]) == "NEEDS-ACTION"
        if item.subject is None:
            assert "x-careerkit-subject" not in todo
        else:
            assert str(todo["x-careerkit-subject"]) == item.subject


def test_descriptions_read_as_sentences(plan: CareerPlan) -> None:
    agenda = ck.schedule_reviews(plan, as_of=AS_OF)
    todo = components(agenda.to_ics())[0]
    assert str(todo["description"]) == (
        "Overdue: it was due on 2026-10-31.\n\n"
        "Last contact on 2026-09-01, 85 days ago; you keep in touch every 60 days.\n\n"
        "Questions to answer:\n"
        "- What is new with them since you last spoke?\n"
        "- What could you offer them this time?"
    )


def test_uids_are_stable_unique_and_made_from_kind_subject_and_due(plan: CareerPlan) -> None:
    agenda = ck.schedule_reviews(plan, as_of=AS_OF)
    uids = [item_uid(item) for item in agenda]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("@careerkit") for uid in uids)
    item = agenda[0]
    # Another run, another title or reason: the same UID, so calendars update the entry.
    assert item_uid(attrs.evolve(item, title="Call Lee", reason="x")) == uids[0]
    assert item_uid(attrs.evolve(item, due=item.due + timedelta(days=1))) != uids[0]
    assert item_uid(attrs.evolve(item, subject=None)) != uids[0]
    assert item_uid(attrs.evolve(item, kind="mentor_meeting")) != uids[0]
    assert uids[0] == "8d93964a9d12957360e8ab93829493c4@careerkit"


def test_the_export_is_deterministic(plan: CareerPlan) -> None:
    first = ck.schedule_reviews(plan, as_of=AS_OF).to_ics()
    second = ck.schedule_reviews(plan, as_of=AS_OF).to_ics()
    assert first == second


def test_a_second_export_after_one_item_is_done_differs_only_there(plan: CareerPlan) -> None:
    before = ck.schedule_reviews(plan, as_of=AS_OF)
    done = before[0]
    assert (done.kind, done.subject, done.overdue) == ("contact_follow_up", "lee", True)
    lee = plan.contact("lee")
    called = attrs.evolve(lee, interactions=(*lee.interactions, Interaction(AS_OF, "mutual")))
    after = ck.schedule_reviews(attrs.evolve(plan, contacts=(called,)), as_of=AS_OF)

    old = {str(c["uid"]): c.to_ical() for c in components(before.to_ics())}
    new = {str(c["uid"]): c.to_ical() for c in components(after.to_ics())}
    assert set(old) - set(new) == {item_uid(done)}
    assert set(new) <= set(old)
    assert all(new[uid] == old[uid] for uid in new)

    block = old[item_uid(done)].decode()
    assert after.to_ics() == before.to_ics().replace(block, "")


def test_events_are_all_day_and_transparent(plan: CareerPlan) -> None:
    policy = SchedulePolicy(calendar_component="VEVENT")
    agenda = ck.schedule_reviews(plan, as_of=AS_OF, policy=policy)
    events = components(agenda.to_ics(), "VEVENT")
    assert not components(agenda.to_ics(), "VTODO")
    assert len(events) == len(agenda)
    for item, event in zip(agenda, events, strict=True):
        start = AS_OF if item.overdue else item.due  # past events would go unseen
        assert event.decoded("dtstart") == start
        assert event.decoded("dtend") == start + timedelta(days=1)
        assert str(event["transp"]) == "TRANSPARENT"
        assert str(event["uid"]) == item_uid(item)
        assert str(event["description"]) == description(item)
        assert "due" not in event
        assert "status" not in event


def test_a_time_of_day_gives_floating_timed_entries(plan: CareerPlan) -> None:
    policy = SchedulePolicy(time_of_day=time(9, 30), duration_minutes=45)
    agenda = ck.schedule_reviews(plan, as_of=AS_OF, policy=policy)
    for item, todo in zip(agenda, components(agenda.to_ics()), strict=True):
        assert todo.decoded("due") == datetime.combine(item.due, time(9, 30))
    as_events = attrs.evolve(policy, calendar_component="VEVENT")
    agenda = ck.schedule_reviews(plan, as_of=AS_OF, policy=as_events)
    event = components(agenda.to_ics(), "VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 9, 30)
    assert event.decoded("dtend") == datetime(2026, 11, 25, 10, 15)
    assert "DTSTART:20261125T093000\r\n" in agenda.to_ics()


def test_a_time_zone_on_the_time_of_day_is_dropped() -> None:
    policy = SchedulePolicy(time_of_day=time(8, 0, tzinfo=UTC), kinds={"reflection"})
    text = ck.schedule_reviews(CareerPlan(), as_of=AS_OF, policy=policy).to_ics()
    assert "DUE:20261125T080000\r\n" in text


def test_an_empty_agenda_is_an_empty_calendar() -> None:
    text = Agenda((), as_of=AS_OF, until=AS_OF).to_ics()
    assert text == (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//careerkit//review agenda//EN\r\n"
        "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n"
    )


def test_text_with_commas_semicolons_and_accents_round_trips() -> None:
    contact = ck.Contact("jo", 'Jo Müller; Ph.D., "JM"', cadence_days=30)
    plan = CareerPlan(contacts=(contact,))
    policy = SchedulePolicy(kinds={"contact_follow_up"})
    agenda = ck.schedule_reviews(plan, as_of=AS_OF, policy=policy)
    todo = components(agenda.to_ics())[0]
    assert str(todo["summary"]) == 'Follow up with Jo Müller; Ph.D., "JM"'


def test_a_missing_icalendar_package_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(ck.MissingExtraError) as info:
        Agenda((), as_of=AS_OF, until=AS_OF).to_ics()
    assert str(info.value) == (
        "exporting to a calendar needs the optional extra 'ics' (icalendar is not installed): "
        "pip install 'careerkit[ics]'"
    )
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, CareerkitError)


def test_importing_careerkit_does_not_import_the_calendar_export() -> None:
    code = (
        "import sys, careerkit; print('icalendar' in sys.modules, 'careerkit._ics' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]


def test_an_item_without_prompts_has_only_its_reason() -> None:
    policy = SchedulePolicy(kinds={"reflection"}, prompts={"reflection": []})
    agenda = ck.schedule_reviews(CareerPlan(), as_of=AS_OF, horizon=timedelta(0), policy=policy)
    todo = components(agenda.to_ics())[0]
    assert str(todo["description"]) == "No reflection written yet; a reflection is due monthly."
