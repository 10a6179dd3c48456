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


def series(agenda: Agenda) -> list[tuple[ck.reports.ReviewItem, list[date]]]:
    """The first item of each series (kind, subject) and the later due dates of that series."""
    found: dict[tuple[str, str | None], tuple[ck.reports.ReviewItem, list[date]]] = {}
    for item in agenda:
        first = found.setdefault((item.kind, item.subject), (item, []))
        if first[0] is not item:
            first[1].append(item.due)
    return list(found.values())


def description(item: ck.reports.ReviewItem, later: list[date] | None = None) -> str:
    lines = [f"Overdue: it was due on {item.due.isoformat()}.", ""] if item.overdue else []
    lines.append(item.reason[0].upper() + item.reason[1:] + ".")
    lines += ["", "Questions to answer:", *(f"- {p}" for p in item.prompts)]
    if later:
        lines += ["", f"Then also due on {', '.join(d.isoformat() for d in later)}."]
    return "\n".join(lines)


def test_every_series_becomes_one_all_day_todo_on_its_next_date(plan: CareerPlan) -> None:
    agenda = ck.schedule_reviews(plan, as_of=AS_OF)
    text = agenda.to_ics()
    assert "\r\n" in text
    todos = components(text)
    assert len(agenda) == 28
    assert len(todos) == len(series(agenda)) == 9
    priorities = {1: 1, 2: 5, 3: 9}
    for (item, later), todo in zip(series(agenda), todos, strict=True):
        assert str(todo["uid"]) == item_uid(item)
        assert todo.decoded("dtstamp") == datetime(2026, 11, 25, tzinfo=UTC)
        assert int(todo["sequence"]) == (AS_OF - date(1900, 1, 1)).days
        assert todo.decoded("due") == item.due
        assert not isinstance(todo.decoded("due"), datetime)
        assert str(todo["summary"]) == item.title
        assert str(todo["description"]) == description(item, later)
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
        "- What could you offer them this time?\n\n"
        "Then also due on 2027-01-24."
    )


def test_uids_are_stable_unique_and_made_from_kind_and_subject(plan: CareerPlan) -> None:
    agenda = ck.schedule_reviews(plan, as_of=AS_OF)
    uids = [item_uid(item) for item, _ in series(agenda)]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("@careerkit") for uid in uids)
    item = agenda[0]
    # Another run, date, title or reason: the same UID, so calendars move the entry.
    assert item_uid(attrs.evolve(item, title="Call Lee", reason="x")) == uids[0]
    assert item_uid(attrs.evolve(item, due=item.due + timedelta(days=40))) == uids[0]
    assert item_uid(attrs.evolve(item, subject=None)) != uids[0]
    assert item_uid(attrs.evolve(item, kind="mentor_meeting")) != uids[0]
    assert uids[0] == "206579da2841151c095b05bf4c0474ff@careerkit"


def test_the_export_is_deterministic(plan: CareerPlan) -> None:
    first = ck.schedule_reviews(plan, as_of=AS_OF).to_ics()
    second = ck.schedule_reviews(plan, as_of=AS_OF).to_ics()
    assert first == second


def test_a_check_in_moves_its_entry_and_keeps_every_uid(plan: CareerPlan) -> None:
    before = ck.schedule_reviews(plan, as_of=AS_OF)
    done = before[0]
    assert (done.kind, done.subject, done.overdue) == ("contact_follow_up", "lee", True)
    lee = plan.contact("lee")
    called = attrs.evolve(lee, interactions=(*lee.interactions, Interaction(AS_OF, "mutual")))
    later = AS_OF + timedelta(days=3)
    after = ck.schedule_reviews(attrs.evolve(plan, contacts=(called,)), as_of=later)

    old = {str(c["uid"]): c for c in components(before.to_ics())}
    new = {str(c["uid"]): c for c in components(after.to_ics())}
    # Every series that still exists keeps its UID: a re-import moves entries, adds none.
    still = {item_uid(item) for item in after}
    assert still <= set(old)
    assert set(new) == still
    moved = new[item_uid(done)]
    assert old[item_uid(done)].decoded("due") == done.due
    assert moved.decoded("due") == AS_OF + timedelta(days=60)  # the next follow-up
    assert "Overdue" not in str(moved["description"])
    # A later export supersedes the earlier one (RFC 5545: a higher SEQUENCE, a later DTSTAMP).
    assert int(moved["sequence"]) == int(old[item_uid(done)]["sequence"]) + 3
    assert moved.decoded("dtstamp") > old[item_uid(done)].decoded("dtstamp")


def test_a_re_import_keeps_one_entry_per_series(plan: CareerPlan) -> None:
    # A calendar that imports by UID: a later import replaces the entries with the same UID.
    calendar: dict[str, Any] = {}
    for as_of in (AS_OF, AS_OF + timedelta(days=7), AS_OF + timedelta(days=30)):
        agenda = ck.schedule_reviews(plan, as_of=as_of)
        for todo in components(agenda.to_ics()):
            uid = str(todo["uid"])
            if uid not in calendar or int(todo["sequence"]) >= int(calendar[uid]["sequence"]):
                calendar[uid] = todo
    kinds = [
        (str(t["categories"].cats[0]), t.get("x-careerkit-subject")) for t in calendar.values()
    ]
    assert len(kinds) == len(set(kinds))


def test_the_description_lists_the_later_dates_of_a_series() -> None:
    contact = ck.Contact("jo", "Jo", cadence_days=7)
    policy = SchedulePolicy(kinds={"contact_follow_up"})
    agenda = ck.schedule_reviews(
        CareerPlan(contacts=(contact,)), as_of=AS_OF, horizon=timedelta(days=140), policy=policy
    )
    (todo,) = components(agenda.to_ics())
    dates = ", ".join(item.due.isoformat() for item in agenda[1:13])
    assert str(todo["description"]).endswith(f"\n\nThen also due on {dates} and 8 more.")


def test_events_are_all_day_and_transparent(plan: CareerPlan) -> None:
    policy = SchedulePolicy(calendar_component="VEVENT")
    agenda = ck.schedule_reviews(plan, as_of=AS_OF, policy=policy)
    events = components(agenda.to_ics(), "VEVENT")
    assert not components(agenda.to_ics(), "VTODO")
    assert len(events) == len(series(agenda))
    for (item, later), event in zip(series(agenda), events, strict=True):
        start = AS_OF if item.overdue else item.due  # past events would go unseen
        assert event.decoded("dtstart") == start
        assert event.decoded("dtend") == start + timedelta(days=1)
        assert str(event["transp"]) == "TRANSPARENT"
        assert str(event["uid"]) == item_uid(item)
        assert str(event["description"]) == description(item, later)
        assert "due" not in event
        assert "status" not in event


def test_a_time_of_day_gives_floating_timed_entries(plan: CareerPlan) -> None:
    policy = SchedulePolicy(time_of_day=time(9, 30), duration_minutes=45)
    agenda = ck.schedule_reviews(plan, as_of=AS_OF, policy=policy)
    for (item, _), todo in zip(series(agenda), components(agenda.to_ics()), strict=True):
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
