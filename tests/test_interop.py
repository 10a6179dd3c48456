"""JSON Resume in and out: mapping, tolerance of real files, errors with paths, round trips."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerkit
from careerkit import CareerPlan, Contact, LearningActivity, Owner, PlanValidationError, Skill
from careerkit._model.fields import is_visible
from careerkit._model.history import Position
from careerkit.interop import from_json_resume, to_json_resume
from careerkit.model import Credential, Evidence, LevelRecord
from strategies import plans

DATA = Path(__file__).resolve().parent / "data"
FULL = DATA / "jsonresume_full.json"
# The official JSON Resume schema sits next to the repository in the development setup only.
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "shared" / "data" / "jsonresume-schema.json"
AS_OF = date(2026, 11, 25)


def full_resume() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FULL.read_text(encoding="utf-8"))
    return data


def errors_of(doc: Any) -> list[str]:
    with pytest.raises(PlanValidationError) as info:
        from_json_resume(doc, as_of=AS_OF)
    return info.value.errors


def one_skill(entry: dict[str, Any]) -> Skill:
    plan = from_json_resume({"skills": [entry]}, as_of=AS_OF)
    assert len(plan.skills) == 1
    return plan.skills[0]


def work(*entries: dict[str, Any]) -> CareerPlan:
    return from_json_resume({"work": list(entries)}, as_of=AS_OF)


# --- a whole resume ----------------------------------------------------------------------------


def test_owner_comes_from_basics_and_the_current_job() -> None:
    plan = from_json_resume(full_resume())
    assert plan.owner == Owner("Ines Okafor", "Staff Data Engineer", "Harbour Freight Analytics")


def test_skills_get_slug_ids_levels_and_keywords_as_evidence() -> None:
    plan = from_json_resume(full_resume())
    assert [(s.id, s.name, s.category, s.level) for s in plan.skills] == [
        ("stream-processing", "Stream processing", "technical", 5),
        ("python", "Python", "technical", 4),
        ("mentoring", "Mentoring", "technical", 3),
        ("terraform", "Terraform", "technical", 0),
        ("lang-dutch", "Dutch", "soft", 5),
        ("lang-english", "English", "soft", 4),
        ("lang-spanish", "Spanish", "soft", 1),
        ("achievements", "Achievements", "domain", 0),
    ]
    # Keywords and levels are dated by meta.lastModified.
    assert plan.skill("python").evidence == (
        Evidence(date(2025, 1, 20), "pandas"),
        Evidence(date(2025, 1, 20), "pytest"),
    )
    assert plan.skill("terraform").history == (
        LevelRecord(date(2025, 1, 20), 0, "level on the resume: Guru"),
    )


def test_awards_and_publications_are_evidence_on_the_skill_they_mention() -> None:
    plan = from_json_resume(full_resume())
    notes = [(e.date, e.note, e.url) for e in plan.skill("stream-processing").evidence]
    assert notes[:2] == [
        (
            date(2023, 11, 15),
            (
                "Award: Kafka migration of the year\n"
                "Awarded by Harbour Freight Analytics\n"
                "Moved 40 pipelines without downtime"
            ),
            "",
        ),
        (
            date(2024, 2, 1),
            (
                "Publication: Exactly-once pipelines in practice\n"
                "Published by Data Engineering Quarterly\n"
                "Lessons from running stream processing with Kafka at scale"
            ),
            "https://deq.example/exactly-once",
        ),
    ]
    # An award that names no skill goes to a skill of its own.
    assert plan.skill("achievements").evidence == (
        Evidence(date(2021, 1, 1), "Award: Community volunteer prize"),
    )


def test_certificates_become_certifications_with_credentials() -> None:
    plan = from_json_resume(full_resume())
    assert plan.learning == (
        LearningActivity(
            "certified-cloud-data-engineer",
            "certification",
            "Certified Cloud Data Engineer",
            provider="Example Cloud",
            completed=date(2021, 5, 10),
            credential=Credential(issued=date(2021, 5, 10), url="https://certs.example/ines"),
        ),
        LearningActivity(
            "scrum-basics",
            "certification",
            "Scrum basics",
            provider="Agile Example",
            credential=Credential(),
        ),
    )


def test_references_become_private_contacts() -> None:
    plan = from_json_resume(full_resume())
    assert plan.contacts == (
        Contact(
            "pieter-de-vries",
            "Pieter de Vries",
            tags=("reference",),
            notes="Ines turned a fragile batch system into one we rely on.",
        ),
    )
    assert plan.contacts[0].shared_with == ()


def test_work_and_volunteer_entries_become_positions() -> None:
    plan = from_json_resume(full_resume())
    positions: tuple[Position, ...] = plan.positions
    assert positions == (
        Position(
            "harbour-freight-analytics",
            "work",
            organization="Harbour Freight Analytics",
            title="Staff Data Engineer",
            location="Rotterdam",
            url="https://harbour.example",
            start=date(2022, 3, 1),
            start_precision="month",
            summary="Leads the streaming platform.",
            highlights=("Cut nightly batch time from 6 h to 40 min", "Mentors four engineers"),
        ),
        Position(
            "tulip-logistics",
            "work",
            organization="Tulip Logistics",
            title="Data Engineer",
            description="Parcel delivery",
            start=date(2017, 1, 1),
            start_precision="year",
            end=date(2022, 2, 28),
        ),
        Position(
            "code-club-delfshaven",
            "volunteer",
            organization="Code Club Delfshaven",
            title="Coach",
            start=date(2019, 9, 1),
            start_precision="month",
            highlights=("Runs a weekly Python club for teenagers",),
        ),
    )


def test_json_text_is_read_like_a_parsed_document() -> None:
    assert from_json_resume(FULL.read_text(encoding="utf-8")) == from_json_resume(full_resume())


def test_an_empty_resume_gives_an_empty_plan() -> None:
    assert from_json_resume({}) == CareerPlan()
    assert to_json_resume(CareerPlan()) == {}


# --- levels ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "level"),
    [
        ("Master", 5),
        ("Expert", 5),
        ("Native", 5),
        ("Native speaker", 5),
        ("Mother tongue", 5),
        ("Bilingual", 5),
        ("Advanced", 4),
        ("Fluent", 4),
        ("Proficient", 4),
        ("Intermediate", 3),
        ("Conversational", 3),
        ("Elementary", 2),
        ("Beginner", 1),
        ("Novice", 1),
        ("Basic", 1),
        ("1", 1),
        ("2", 2),
        ("3", 3),
        ("4", 4),
        ("5", 5),
        ("  EXPERT ", 5),
        ("native   SPEAKER", 5),
        ("Guru", 0),
        ("6", 0),
        ("0", 0),
    ],
)
def test_level_words_map_to_levels(word: str, level: int) -> None:
    skill = one_skill({"name": "SQL", "level": word})
    assert skill.level == level
    assert skill.history == (LevelRecord(AS_OF, level, f"level on the resume: {word}"),)


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_whole_numbers_are_levels_too(level: int) -> None:
    assert one_skill({"name": "SQL", "level": level}).level == level


@pytest.mark.parametrize("missing", [{}, {"level": None}, {"level": ""}, {"level": "   "}])
def test_no_level_is_level_zero_without_history(missing: dict[str, Any]) -> None:
    skill = one_skill({"name": "SQL", **missing})
    assert (skill.level, skill.history) == (0, ())


def test_the_resume_word_is_written_back_while_it_still_holds() -> None:
    skill = one_skill({"name": "SQL", "level": "expert"})
    assert to_json_resume(CareerPlan(skills=(skill,)))["skills"] == [
        {"name": "SQL", "level": "expert"}
    ]
    grown = skill.with_level(4, on=date(2027, 1, 1))
    assert to_json_resume(CareerPlan(skills=(grown,)))["skills"] == [
        {"name": "SQL", "level": "Advanced"}
    ]
    # A note that merely looks like ours but no longer matches the level is not used.
    stale = attrs.evolve(skill, level=3)
    assert to_json_resume(CareerPlan(skills=(stale,)))["skills"] == [
        {"name": "SQL", "level": "Intermediate"}
    ]


def test_unknown_level_words_round_trip() -> None:
    resume = {"skills": [{"name": "Terraform", "level": "Guru"}]}
    assert to_json_resume(from_json_resume(resume, as_of=AS_OF)) == resume


@pytest.mark.parametrize(
    ("level", "skill_word", "language_word"),
    [
        (5, "Master", "Native"),
        (4, "Advanced", "Fluent"),
        (3, "Intermediate", "Intermediate"),
        (2, "Elementary", "Elementary"),
        (1, "Beginner", "Beginner"),
    ],
)
def test_levels_are_written_as_words(level: int, skill_word: str, language_word: str) -> None:
    plan = CareerPlan(
        skills=(
            Skill("sql", "SQL", level=level),
            Skill("lang-fr", "French", category="soft", level=level),
        )
    )
    resume = to_json_resume(plan)
    assert resume["skills"] == [{"name": "SQL", "level": skill_word}]
    assert resume["languages"] == [{"language": "French", "fluency": language_word}]


def test_level_zero_is_written_without_a_level() -> None:
    plan = CareerPlan(skills=(Skill("sql", "SQL"), Skill("lang-fr", "French", category="soft")))
    assert to_json_resume(plan) == {
        "skills": [{"name": "SQL"}],
        "languages": [{"language": "French"}],
    }


# --- dates and real-world files ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("2019", date(2019, 1, 1), "year"),
        ("2019-06", date(2019, 6, 1), "month"),
        ("2019-06-17", date(2019, 6, 17), "day"),
        ("2019-06-17T09:30:00Z", date(2019, 6, 17), "day"),
        ("2019-06-17T09:30:00.250+02:00", date(2019, 6, 17), "day"),
        (" 2019-06 ", date(2019, 6, 1), "month"),
    ],
)
def test_dates_take_their_first_day_and_keep_their_precision(
    text: str, day: date, precision: str
) -> None:
    plan = from_json_resume({"certificates": [{"name": "CKA", "date": text}]}, as_of=AS_OF)
    credential = plan.learning[0].credential
    assert credential is not None
    assert credential.issued == day
    position = work({"name": "Acme", "startDate": text}).positions[0]
    assert (position.start, position.start_precision) == (day, precision)


@pytest.mark.parametrize("end", [{}, {"endDate": None}, {"endDate": ""}])
def test_an_ongoing_role_may_leave_its_end_out_null_or_empty(end: dict[str, Any]) -> None:
    plan = work({"name": "Acme", "position": "Engineer", "startDate": "2020-01", **end})
    assert plan.positions[0].is_current
    assert plan.owner.organization == "Acme"


def test_the_organization_is_the_most_recently_started_current_job() -> None:
    plan = work(
        {"name": "Old", "startDate": "2015", "endDate": "2018"},
        {"name": "Undated side job", "position": "Advisor"},
        {"name": "Newest", "startDate": "2024-02"},
        {"name": "Main", "startDate": "2021"},
        {"position": "Freelance consultant", "startDate": "2025"},
    )
    assert plan.owner.organization == "Newest"
    assert work({"name": "Old", "startDate": "2015", "endDate": "2018"}).owner.organization == ""


def test_a_volunteer_role_is_not_the_owners_organization() -> None:
    plan = from_json_resume({"volunteer": [{"organization": "Food bank"}]}, as_of=AS_OF)
    assert plan.owner.organization == ""


def test_basics_organization_wins_over_the_current_job() -> None:
    plan = from_json_resume(
        {"basics": {"organization": "Own Studio"}, "work": [{"name": "Acme"}]}, as_of=AS_OF
    )
    assert plan.owner.organization == "Own Studio"


def test_legacy_company_and_website_keys_are_read() -> None:
    plan = work({"company": "Acme", "website": "https://acme.example", "position": "Engineer"})
    position = plan.positions[0]
    assert (position.organization, position.url) == ("Acme", "https://acme.example")
    assert to_json_resume(plan)["work"] == [
        {"name": "Acme", "position": "Engineer", "url": "https://acme.example"}
    ]
    # The current key wins when both are there.
    both = work({"name": "New", "company": "Old", "url": "https://new.example", "website": "x"})
    assert both.positions[0].organization == "New"
    assert both.positions[0].url == "https://new.example"


def test_legacy_website_key_is_read_for_certificates_and_publications() -> None:
    plan = from_json_resume(
        {
            "certificates": [{"name": "CKA", "website": "https://c.example"}],
            "publications": [{"name": "Paper", "website": "https://p.example", "date": "2020"}],
        },
        as_of=AS_OF,
    )
    credential = plan.learning[0].credential
    assert credential is not None
    assert credential.url == "https://c.example"
    assert plan.skills[0].evidence[0].url == "https://p.example"


def test_unknown_keys_and_sections_careerkit_does_not_import_are_ignored() -> None:
    resume = {
        "x-theme": {"colour": "teal"},
        "education": 42,
        "projects": "not even a list",
        "interests": [None],
        "meta": ["odd"],
        "basics": {"name": "Ada", "image": 7, "profiles": {}},
        "skills": [{"name": "SQL", "years": 9, "level": "Advanced"}],
        "work": [{"name": "Acme", "isCurrentRole": True}],
    }
    plan = from_json_resume(resume, as_of=AS_OF)
    assert plan.owner == Owner("Ada", "", "Acme")
    assert plan.skills == (
        Skill(
            "sql",
            "SQL",
            level=4,
            history=(LevelRecord(AS_OF, 4, "level on the resume: Advanced"),),
        ),
    )


@pytest.mark.parametrize("empty", [None, []])
def test_null_or_empty_sections_are_empty(empty: Any) -> None:
    sections = ["basics", "work", "volunteer", "skills", "languages", "certificates"]
    sections += ["awards", "publications", "references", "meta"]
    doc = {name: empty for name in sections if not (empty == [] and name in ("basics", "meta"))}
    assert from_json_resume(doc, as_of=AS_OF) == CareerPlan()


def test_blank_keywords_are_skipped() -> None:
    skill = one_skill({"name": "SQL", "keywords": ["", "  ", "joins"]})
    assert skill.evidence == (Evidence(AS_OF, "joins"),)


# --- when undated things happened ---------------------------------------------------------------


def test_as_of_dates_what_the_resume_does_not_date() -> None:
    resume = {
        "meta": {"lastModified": "2025-01-20T10:15:00"},
        "skills": [{"name": "SQL", "level": "3", "keywords": ["joins"]}],
        "awards": [{"title": "Best SQL talk"}],
    }
    skill = from_json_resume(resume, as_of=AS_OF).skills[0]
    assert {e.date for e in skill.evidence} | {r.date for r in skill.history} == {AS_OF}
    skill = from_json_resume(resume).skills[0]
    assert {e.date for e in skill.evidence} == {date(2025, 1, 20)}


@pytest.mark.parametrize(
    "meta",
    [
        None,
        {},
        {"lastModified": 20250120},
        {"lastModified": "yesterday"},
        {"lastModified": "2025-13-45"},
    ],
)
def test_without_a_usable_last_modified_date_today_is_used(meta: Any) -> None:
    before = date.today()
    skill = from_json_resume({"meta": meta, "skills": [{"name": "SQL", "keywords": ["x"]}]}).skills[
        0
    ]
    assert before <= skill.evidence[0].date <= date.today()


# --- ids ------------------------------------------------------------------------------------------


def test_ids_are_slugs_of_names_made_unique() -> None:
    plan = from_json_resume(
        {
            "skills": [
                {"name": "Python"},
                {"name": "python "},
                {"name": "PYTHON!"},
                {"name": "Español"},
                {"name": "C++ / C#"},
                {"name": "中文"},
                {"name": "x" * 150},
            ],
            "languages": [{"language": "Python"}, {"language": "中文"}],
        },
        as_of=AS_OF,
    )
    assert [s.id for s in plan.skills] == [
        "python",
        "python-2",
        "python-3",
        "espanol",
        "c-c",
        "skill",
        "x" * 90,
        "lang-python",
        "lang-language",
    ]


def test_ids_are_unique_per_collection() -> None:
    plan = from_json_resume(
        {
            "certificates": [{"name": "AWS"}, {"name": "aws"}],
            "references": [{"name": "Sam"}, {"name": "Sam"}],
            "skills": [{"name": "AWS"}],
        },
        as_of=AS_OF,
    )
    assert [a.id for a in plan.learning] == ["aws", "aws-2"]
    assert [c.id for c in plan.contacts] == ["sam", "sam-2"]
    assert [s.id for s in plan.skills] == ["aws"]


def test_the_achievements_skill_does_not_take_an_existing_id() -> None:
    plan = from_json_resume(
        {"skills": [{"name": "Achievements"}], "awards": [{"title": "Prize", "date": "2020"}]},
        as_of=AS_OF,
    )
    assert [s.id for s in plan.skills] == ["achievements", "achievements-2"]
    # Whole words only: "Achievements" the skill is not named in "Prize".
    assert plan.skills[0].evidence == ()


def test_awards_match_skills_by_whole_word_ignoring_case() -> None:
    plan = from_json_resume(
        {
            "skills": [{"name": "Go"}, {"name": "Databases", "keywords": ["SQL"]}],
            "awards": [
                {"title": "Going the extra mile", "date": "2020"},
                {"title": "Award", "summary": "For sql tuning", "date": "2021"},
            ],
        },
        as_of=AS_OF,
    )
    assert [s.id for s in plan.skills] == ["go", "databases", "achievements"]
    assert plan.skills[0].evidence == ()
    assert [e.note for e in plan.skills[1].evidence] == ["Award: Award\nFor sql tuning", "SQL"]
    assert [e.note for e in plan.skills[2].evidence] == ["Award: Going the extra mile"]


# --- invalid input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "expected an object at the top level, got a list @ $"),
        (3, "expected an object at the top level, got a number @ $"),
        (None, "expected an object at the top level, got null @ $"),
        ('["a"]', "expected an object at the top level, got a list @ $"),
        (b"{}", "expected an object at the top level, got bytes @ $"),
    ],
)
def test_a_resume_must_be_an_object(doc: Any, message: str) -> None:
    assert errors_of(doc) == [message]


def test_invalid_json_text_is_reported() -> None:
    assert errors_of('{"skills": [') == [
        "not valid JSON: Expecting value: line 1 column 13 (char 12) @ $"
    ]


def test_deeply_nested_json_text_is_reported() -> None:
    assert errors_of("[" * 100_000 + "]" * 100_000) == ["the document is nested too deeply @ $"]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (
            {"skills": [{"name": "SQL"}, {"name": "Go"}, 7]},
            "expected an object, got a number @ $.skills[2]",
        ),
        ({"skills": [None]}, "expected an object, got null @ $.skills[0]"),
        ({"skills": {"name": "SQL"}}, "expected a list, got an object @ $.skills"),
        ({"work": "Acme"}, "expected a list, got a string @ $.work"),
        ({"basics": "Ada"}, "expected an object, got a string @ $.basics"),
        ({"basics": {"name": ["Ada"]}}, "expected a string, got a list @ $.basics.name"),
        ({"skills": [{}]}, "required key missing @ $.skills[0].name"),
        ({"skills": [{"name": None}]}, "required key missing @ $.skills[0].name"),
        ({"skills": [{"name": " "}]}, "must not be empty @ $.skills[0].name"),
        ({"skills": [{"name": 5}]}, "expected a string, got a number @ $.skills[0].name"),
        (
            {"skills": [{"name": "SQL", "level": 7}]},
            "expected a level such as 'Advanced' or '1' to '5', got 7 @ $.skills[0].level",
        ),
        (
            {"skills": [{"name": "SQL", "level": 4.5}]},
            "expected a level such as 'Advanced' or '1' to '5', got 4.5 @ $.skills[0].level",
        ),
        (
            {"skills": [{"name": "SQL", "level": True}]},
            "expected a level such as 'Advanced' or '1' to '5', got a boolean @ $.skills[0].level",
        ),
        (
            {"languages": [{"language": "Welsh", "fluency": ["good"]}]},
            "expected a level such as 'Advanced' or '1' to '5', got a list @ $.languages[0].fluency",
        ),
        (
            {"skills": [{"name": "SQL", "keywords": "joins"}]},
            "expected a list, got a string @ $.skills[0].keywords",
        ),
        (
            {"skills": [{"name": "SQL", "keywords": ["joins", 3]}]},
            "expected a string, got a number @ $.skills[0].keywords[1]",
        ),
        ({"languages": [{"fluency": "Fluent"}]}, "required key missing @ $.languages[0].language"),
        (
            {"certificates": [{"name": "CKA", "date": "June 2020"}]},
            "'June 2020' is not a date like '2020', '2020-06' or '2020-06-30' @ $.certificates[0].date",
        ),
        (
            {"certificates": [{"name": "CKA", "date": "2020-02-30"}]},
            "'2020-02-30' is not a real date @ $.certificates[0].date",
        ),
        (
            {"certificates": [{"name": "CKA", "date": "2020-13"}]},
            "'2020-13' is not a real date @ $.certificates[0].date",
        ),
        (
            {"certificates": [{"name": "CKA", "date": 2020}]},
            "expected a date like '2020-06-30', got a number @ $.certificates[0].date",
        ),
        (
            {"certificates": [{"name": "CKA", "date": "٢٠٢٠"}]},
            "'٢٠٢٠' is not a date like '2020', '2020-06' or '2020-06-30' @ $.certificates[0].date",
        ),
        ({"certificates": [{"issuer": "CNCF"}]}, "required key missing @ $.certificates[0].name"),
        ({"awards": [{"date": "2020"}]}, "required key missing @ $.awards[0].title"),
        (
            {"awards": [{"title": "Prize", "date": "soon"}]},
            "'soon' is not a date like '2020', '2020-06' or '2020-06-30' @ $.awards[0].date",
        ),
        (
            {"publications": [{"url": "https://p.example"}]},
            "required key missing @ $.publications[0].name",
        ),
        ({"references": [{"reference": "Great"}]}, "required key missing @ $.references[0].name"),
        (
            {"references": [{"name": "Sam", "reference": {"text": "Great"}}]},
            "expected a string, got an object @ $.references[0].reference",
        ),
        (
            {"work": [{"summary": "Did things"}]},
            "required key missing (name or position) @ $.work[0].name",
        ),
        (
            {"volunteer": [{"organization": " ", "position": ""}]},
            "required key missing (organization or position) @ $.volunteer[0].organization",
        ),
        (
            {"work": [{"name": "Acme", "highlights": ["ok", None]}]},
            "expected a string, got null @ $.work[0].highlights[1]",
        ),
        (
            {"work": [{"name": "Acme", "startDate": "2020-03-01", "endDate": "March 2021"}]},
            "'March 2021' is not a date like '2020', '2020-06' or '2020-06-30' @ $.work[0].endDate",
        ),
        (
            {"skills": [{"name": "SQL\ud800"}]},
            "the string holds an unpaired surrogate (not valid Unicode) @ $.skills[0].name",
        ),
    ],
)
def test_invalid_resumes_name_the_path(doc: dict[str, Any], message: str) -> None:
    assert errors_of(doc) == [message]


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2021-03-01", "2020", "2020 is before start 2021-03-01"),
        ("2020-05", "2020-04-30", "2020-04-30 is before start 2020-05"),
    ],
)
def test_a_role_cannot_end_before_it_starts(start: str, end: str, shown: str) -> None:
    assert errors_of({"work": [{"name": "Acme", "startDate": start, "endDate": end}]}) == [
        f"end {shown} @ $.work[0].endDate"
    ]


@pytest.mark.parametrize(
    ("start", "end"), [("2020-05", "2020"), ("2020", "2020-01-01"), ("2020-05-31", "2020-05")]
)
def test_dates_are_compared_at_the_coarser_precision(start: str, end: str) -> None:
    assert work({"name": "Acme", "startDate": start, "endDate": end}).positions[0].end


def test_every_problem_is_listed() -> None:
    doc = {
        "basics": {"label": 3},
        "skills": [{"level": "Expert"}, "SQL"],
        "certificates": [{"name": "CKA", "date": "2020/01/01"}],
    }
    assert errors_of(doc) == [
        "expected a string, got a number @ $.basics.label",
        "required key missing @ $.skills[0].name",
        "expected an object, got a string @ $.skills[1]",
        "'2020/01/01' is not a date like '2020', '2020-06' or '2020-06-30' @ $.certificates[0].date",
    ]


def test_the_error_is_a_value_error_and_a_careerkit_error() -> None:
    with pytest.raises(ValueError, match="1 problem in the plan"):
        from_json_resume({"skills": 3})
    with pytest.raises(careerkit.CareerkitError):
        from_json_resume({"skills": 3})


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
KEYS = {
    "basics": ["name", "label", "organization"],
    "work": [
        "name",
        "company",
        "position",
        "url",
        "website",
        "startDate",
        "endDate",
        "highlights",
        "summary",
        "location",
        "description",
    ],
    "volunteer": ["organization", "position", "startDate", "endDate", "highlights"],
    "skills": ["name", "level", "keywords"],
    "languages": ["language", "fluency"],
    "certificates": ["name", "date", "issuer", "url"],
    "awards": ["title", "date", "awarder", "summary"],
    "publications": ["name", "releaseDate", "publisher", "url", "summary"],
    "references": ["name", "reference"],
    "meta": ["lastModified"],
}
PLAUSIBLE = st.sampled_from(
    [
        "",
        " ",
        "Acme",
        "Master",
        "Fluent",
        "Guru",
        "3",
        "2020",
        "2020-06",
        "2020-06-31",
        "2019-02-29",
        "June 2020",
        "2020-06-01T10:00:00Z",
        "Kafka",
        "https://a.example",
    ]
)
VALUES = PLAUSIBLE | JSON_VALUES | st.lists(PLAUSIBLE, max_size=3)


def entries_of(keys: list[str]) -> st.SearchStrategy[Any]:
    entry = st.dictionaries(st.sampled_from(keys), VALUES, max_size=len(keys))
    return entry | JSON_VALUES


RESUME_LIKE = st.fixed_dictionaries(
    {},
    optional={
        section: (
            entries_of(keys)
            if section in ("basics", "meta")
            else st.lists(entries_of(keys), max_size=4)
        )
        | JSON_VALUES
        for section, keys in KEYS.items()
    },
)


@given(st.one_of(JSON_VALUES, RESUME_LIKE, st.text(max_size=30)))
def test_only_plan_validation_errors_escape(doc: Any) -> None:
    try:
        plan = from_json_resume(doc, as_of=AS_OF)
    except PlanValidationError as exc:
        errors = exc.errors
    else:
        check_structure(to_json_resume(plan))
        return
    assert errors
    assert all(re.search(r" @ \$(\.|\[|$)", e) for e in errors), errors


# --- writing ---------------------------------------------------------------------------------


def test_a_plan_is_written_as_a_resume() -> None:
    plan = CareerPlan(
        owner=Owner("Ada", "Engineer", "Acme"),
        skills=(
            Skill(
                "speaking",
                "Public speaking",
                category="soft",
                level=3,
                evidence=(
                    Evidence(date(2026, 3, 1), "Meetup talk on queues", url="https://t.example"),
                    Evidence(date(2026, 5, 1), "Award: Best talk\nAwarded by PyDay"),
                    Evidence(
                        date(2026, 6, 1),
                        "Publication: Queues\nPublished by Zine\nPart one\nPart two",
                        url="zine.example/q 1",
                    ),
                ),
            ),
            Skill("trophies", "Trophies", evidence=(Evidence(date(2020, 1, 1), "Award: Cup"),)),
        ),
        learning=(
            LearningActivity("py", "course", "Python course"),
            LearningActivity(
                "cka",
                "certification",
                "CKA",
                provider="CNCF",
                completed=date(2025, 2, 1),
                credential=Credential(expires=date(2028, 2, 1), url="https://c.example"),
            ),
            LearningActivity("ancient", "certification", "Old", completed=date(999, 1, 1)),
        ),
        contacts=(
            Contact("lee", "Lee", notes="Private notes about Lee"),
            Contact("sam", "Sam", tags=("reference",), notes="Sam writes good code."),
        ),
    )
    assert to_json_resume(plan) == {
        "basics": {"name": "Ada", "label": "Engineer"},
        "work": [{"name": "Acme", "position": "Engineer"}],
        "awards": [
            {"title": "Best talk", "date": "2026-05-01", "awarder": "PyDay"},
            {"title": "Cup", "date": "2020-01-01"},
        ],
        "certificates": [
            {"name": "CKA", "date": "2025-02-01", "url": "https://c.example", "issuer": "CNCF"},
            {"name": "Old"},
        ],
        "publications": [
            {
                "name": "Queues",
                "publisher": "Zine",
                "releaseDate": "2026-06-01",
                "url": "https://zine.example/q%201",
                "summary": "Part one\nPart two",
            }
        ],
        "skills": [
            {
                "name": "Public speaking",
                "level": "Intermediate",
                "keywords": ["Meetup talk on queues"],
            }
        ],
        "references": [{"name": "Sam", "reference": "Sam writes good code."}],
    }


def test_only_a_non_blank_organization_becomes_a_job() -> None:
    assert to_json_resume(CareerPlan(owner=Owner("Ada", "Engineer", " "))) == {
        "basics": {"name": "Ada", "label": "Engineer"}
    }


def test_urls_become_valid_uris() -> None:
    plan = CareerPlan(
        learning=tuple(
            LearningActivity(f"c{i}", "certification", "C", credential=Credential(url=url))
            for i, url in enumerate(
                ["https://a.example/x", "b.example", "mailto:me@c.example", " ", "é.example/ü"]
            )
        )
    )
    assert [c.get("url") for c in to_json_resume(plan)["certificates"]] == [
        "https://a.example/x",
        "https://b.example",
        "mailto:me@c.example",
        None,
        "https://%C3%A9.example/%C3%BC",
    ]


def test_writing_needs_a_plan() -> None:
    with pytest.raises(TypeError, match="expected a CareerPlan, got dict"):
        to_json_resume({})  # type: ignore[arg-type]


def test_positions_are_written_with_their_precision() -> None:
    plan = CareerPlan(
        positions=(
            Position(
                "a",
                organization="Acme",
                start=date(2019, 1, 1),
                start_precision="year",
                end=date(2021, 6, 1),
                end_precision="month",
                url="acme.example",
            ),
            Position(
                "b",
                "volunteer",
                title="Coach",
                location="Online",
                description="Evenings",
                start=date(3001, 1, 1),
            ),
        )
    )
    assert to_json_resume(plan) == {
        "work": [
            {
                "name": "Acme",
                "url": "https://acme.example",
                "startDate": "2019",
                "endDate": "2021-06",
            }
        ],
        "volunteer": [{"position": "Coach", "location": "Online", "description": "Evenings"}],
    }


# --- round trips ---------------------------------------------------------------------------------


def test_work_and_volunteer_entries_round_trip() -> None:
    resume = full_resume()
    again = to_json_resume(from_json_resume(resume))
    assert again["work"] == resume["work"]
    assert again["volunteer"] == resume["volunteer"]
    assert again["basics"] == {"name": "Ines Okafor", "label": "Staff Data Engineer"}
    for section in ("skills", "languages", "references"):
        assert again[section] == resume[section]
    assert again["certificates"] == resume["certificates"]
    assert [a["title"] for a in again["awards"]] == [a["title"] for a in resume["awards"]]
    assert [p["name"] for p in again["publications"]] == [p["name"] for p in resume["publications"]]


def test_a_resume_read_back_is_read_the_same() -> None:
    plan = from_json_resume(full_resume())
    assert from_json_resume(to_json_resume(plan), as_of=date(2025, 1, 20)) == plan


def test_legacy_and_empty_values_come_back_in_current_form() -> None:
    resume = {
        "work": [{"company": "Acme", "website": "acme.example", "endDate": "", "summary": None}],
        "volunteer": [{"organization": "Club", "endDate": None, "x-note": "kept out"}],
    }
    assert to_json_resume(from_json_resume(resume, as_of=AS_OF)) == {
        "work": [{"name": "Acme", "url": "https://acme.example"}],
        "volunteer": [{"organization": "Club"}],
    }


def summary_of(plan: CareerPlan) -> dict[str, Any]:
    """What a plan -> resume -> plan round trip keeps."""
    resumable = [
        s
        for s in plan.skills
        if s.level
        or not s.evidence
        or any(not e.note.startswith(("Award: ", "Publication: ")) for e in s.evidence)
    ]
    # JSON Resume has no field for the owner's organization: it travels as the work entry
    # when the plan has no positions, and as the current position's organization otherwise.
    current = [p.organization for p in plan.positions if p.kind == "work" and p.is_current]
    if plan.positions:
        organization = current[0] if current and current[0].strip() else ""
    else:
        # Only an organization a reader can see makes a work entry.
        organization = plan.owner.organization if is_visible(plan.owner.organization) else ""
    return {
        "owner": (plan.owner.name, plan.owner.role, organization),
        "skills": [
            (s.name, s.level, s.category == "soft" and s.id.startswith("lang-")) for s in resumable
        ],
        "certificates": [
            (a.title, a.provider, (a.credential or Credential()).issued or a.completed)
            for a in plan.learning
            if a.kind == "certification"
        ],
        "references": [(c.name, c.notes) for c in plan.contacts if "reference" in c.tags],
    }


@given(plans())
def test_a_plan_keeps_skills_certificates_and_references_through_a_resume(plan: CareerPlan) -> None:
    resume = to_json_resume(plan)
    check_structure(resume)
    back = from_json_resume(resume, as_of=AS_OF)
    assert summary_of(back) == summary_of(plan)
    # A second trip changes nothing more.
    assert to_json_resume(back) == to_json_resume(
        from_json_resume(to_json_resume(back), as_of=AS_OF)
    )


def test_a_plan_with_every_kind_of_record_round_trips() -> None:
    plan = from_json_resume(full_resume())
    assert summary_of(from_json_resume(to_json_resume(plan))) == summary_of(plan)


# --- the output is valid JSON Resume ---------------------------------------------------------------

DATE_PATTERN = re.compile(r"[1-2][0-9]{3}(-[0-1][0-9](-[0-3][0-9])?)?")
TEXT, TEXTS, DATE, URL = "text", "texts", "date", "url"
SHAPES: dict[str, dict[str, str]] = {
    "work": {
        "name": TEXT,
        "location": TEXT,
        "description": TEXT,
        "position": TEXT,
        "url": URL,
        "startDate": DATE,
        "endDate": DATE,
        "summary": TEXT,
        "highlights": TEXTS,
    },
    "volunteer": {
        "organization": TEXT,
        "position": TEXT,
        "url": URL,
        "startDate": DATE,
        "endDate": DATE,
        "summary": TEXT,
        "highlights": TEXTS,
        "location": TEXT,
        "description": TEXT,
    },
    "awards": {"title": TEXT, "date": DATE, "awarder": TEXT, "summary": TEXT},
    "certificates": {"name": TEXT, "date": DATE, "url": URL, "issuer": TEXT},
    "publications": {
        "name": TEXT,
        "publisher": TEXT,
        "releaseDate": DATE,
        "url": URL,
        "summary": TEXT,
    },
    "skills": {"name": TEXT, "level": TEXT, "keywords": TEXTS},
    "languages": {"language": TEXT, "fluency": TEXT},
    "references": {"name": TEXT, "reference": TEXT},
}


def check_value(kind: str, value: Any, where: str) -> None:
    if kind == TEXTS:
        assert isinstance(value, list), where
        assert value, where
        assert all(isinstance(v, str) for v in value), where
    else:
        assert isinstance(value, str), where
        assert value, where
    if kind == DATE:
        assert DATE_PATTERN.fullmatch(value), where
    if kind == URL:
        assert re.fullmatch(
            r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*", value
        ), where


def check_structure(resume: dict[str, Any]) -> None:
    """The JSON Resume shape, checked without the schema file: known keys, types and formats."""
    assert set(resume) <= {"basics", *SHAPES}
    assert json.loads(json.dumps(resume)) == resume
    for key, value in resume.get("basics", {}).items():
        assert key in ("name", "label")
        check_value(TEXT, value, f"basics.{key}")
    for section, shape in SHAPES.items():
        if section not in resume:
            continue
        assert isinstance(resume[section], list), section
        assert resume[section], section
        for i, entry in enumerate(resume[section]):
            assert isinstance(entry, dict)
            assert entry
            for key, value in entry.items():
                assert key in shape, f"{section}[{i}].{key}"
                check_value(shape[key], value, f"{section}[{i}].{key}")


def test_the_written_resume_has_the_json_resume_shape() -> None:
    check_structure(to_json_resume(from_json_resume(full_resume())))


@pytest.fixture(scope="module")
def official_schema() -> Any:
    if not SCHEMA_FILE.is_file():
        pytest.skip(f"the JSON Resume schema is not at {SCHEMA_FILE} (development setup only)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def test_the_written_resume_validates_against_the_official_schema(official_schema: Any) -> None:
    resume = to_json_resume(from_json_resume(full_resume()))
    assert list(official_schema.iter_errors(resume)) == []
    # The validator does check: a wrong date is caught.
    broken = copy.deepcopy(resume)
    broken["certificates"][0]["date"] = "May 2021"
    assert list(official_schema.iter_errors(broken))


@given(plans())
def test_any_plan_is_written_as_a_valid_resume(official_schema: Any, plan: CareerPlan) -> None:
    assert list(official_schema.iter_errors(to_json_resume(plan))) == []


# --- the position model ----------------------------------------------------------------------------


def test_a_position_needs_an_organization_or_a_title() -> None:
    with pytest.raises(
        careerkit.CareerkitError, match="a position needs an organization or a title"
    ):
        Position("p", organization=" ")
    assert Position("p", title="Freelance writer").is_current


def test_a_position_writes_its_dates_to_their_precision() -> None:
    position = Position(
        "p",
        organization="Acme",
        start=date(2019, 1, 1),
        start_precision="year",
        end=date(2021, 6, 1),
        end_precision="month",
    )
    assert (position.start_text, position.end_text, position.is_current) == (
        "2019",
        "2021-06",
        False,
    )
    assert Position("q", organization="Acme").start_text == ""


def test_a_position_cannot_end_before_it_starts() -> None:
    with pytest.raises(careerkit.CareerkitError, match=r"^end: end 2020 is before start 2021-03$"):
        Position(
            "p",
            organization="Acme",
            start=date(2021, 3, 1),
            start_precision="month",
            end=date(2020, 1, 1),
            end_precision="year",
        )


def test_awards_match_skill_names_with_symbols_and_spaces() -> None:
    plan = from_json_resume(
        {
            "skills": [
                {"name": ".NET"},
                {"name": "C++"},
                {"name": "Machine learning"},
                {"name": "++"},
                {"name": "Node", "keywords": ["node.js"]},
            ],
            "awards": [
                {"title": "Best asp.net site", "date": "2020"},
                {"title": "Fastest C++ build", "date": "2020"},
                {"title": "Applied machine learning prize", "date": "2020"},
                {"title": "The ++ operator award", "date": "2020"},
                {"title": "Node.js meetup host", "date": "2020"},
            ],
        },
        as_of=AS_OF,
    )
    assert {s.id: [e.note for e in s.evidence] for s in plan.skills} == {
        "net": [],
        "c": ["Award: Fastest C++ build"],
        "machine-learning": ["Award: Applied machine learning prize"],
        "skill": ["Award: The ++ operator award"],
        "node": ["Award: Node.js meetup host", "node.js"],
        "achievements": ["Award: Best asp.net site"],
    }


# --- variants that real files carry -----------------------------------------------------------


def test_languages_written_with_name_and_level_as_early_schemas_did() -> None:
    plan = from_json_resume(
        {
            "languages": [
                {"name": "French", "level": "Fluent"},
                {"language": "German", "fluency": "Native speaker", "name": "ignored"},
                {"name": "Welsh"},
            ]
        },
        as_of=AS_OF,
    )
    assert [(s.id, s.name, s.level) for s in plan.skills] == [
        ("lang-french", "French", 4),
        ("lang-german", "German", 5),
        ("lang-welsh", "Welsh", 0),
    ]
    # Written back with the schema's own keys.
    assert to_json_resume(plan)["languages"][0] == {"language": "French", "fluency": "Fluent"}


def test_a_language_without_any_name_is_still_refused() -> None:
    with pytest.raises(PlanValidationError) as info:
        from_json_resume({"languages": [{"level": "Fluent"}]}, as_of=AS_OF)
    assert info.value.errors == ["required key missing @ $.languages[0].language"]


@pytest.mark.parametrize("word", ["Present", "present", " current ", "Now", "ongoing"])
def test_an_end_date_of_present_is_an_ongoing_role(word: str) -> None:
    plan = from_json_resume(
        {
            "work": [
                {"name": "Acme", "position": "Engineer", "startDate": "2021-03", "endDate": word}
            ]
        },
        as_of=AS_OF,
    )
    (position,) = plan.positions
    assert (position.end, position.is_current, plan.owner.organization) == (None, True, "Acme")


def test_present_is_no_start_date() -> None:
    with pytest.raises(PlanValidationError) as info:
        from_json_resume({"work": [{"name": "Acme", "startDate": "present"}]}, as_of=AS_OF)
    assert info.value.errors == [
        "'present' is not a date like '2020', '2020-06' or '2020-06-30' @ $.work[0].startDate"
    ]


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        (
            {"schema": "careerkit/1", "goals": []},
            "this is a careerkit plan, not a JSON Resume: read it with careerkit.load @ $",
        ),
        (
            {"name": "Ada", "jobs": []},
            "not a JSON Resume: none of its keys ('name', 'jobs') is a resume section @ $",
        ),
    ],
)
def test_what_is_not_a_resume_is_refused(doc: dict[str, Any], problem: str) -> None:
    with pytest.raises(PlanValidationError) as info:
        from_json_resume(doc, as_of=AS_OF)
    assert info.value.errors == [problem]


def test_a_resume_never_gives_a_plan_that_save_would_refuse(tmp_path: Path) -> None:
    long = "x" * 60_000
    doc = {
        "skills": [{"name": "SQL", "level": "y" * 99_990}],
        "awards": [{"title": long, "summary": long}],
        "publications": [{"name": long, "publisher": long}],
    }
    with pytest.raises(PlanValidationError) as info:
        from_json_resume(doc, as_of=AS_OF)
    assert info.value.errors == [
        "the level is 99,990 characters long; the limit is 99,979 @ $.skills[0].level",
        (
            "the title, awarder and summary together are 120,008 characters long; the limit is "
            "100,000 @ $.awards[0]"
        ),
        (
            "the name, publisher and summary together are 120,027 characters long; the limit is "
            "100,000 @ $.publications[0]"
        ),
    ]
    # Just under every limit, the plan saves and loads back.
    fits = {
        "skills": [{"name": "SQL", "level": "y" * 99_979}],
        "awards": [{"title": "x" * 49_000, "summary": "z" * 50_000}],
    }
    plan = from_json_resume(fits, as_of=AS_OF)
    careerkit.save(plan, tmp_path / "plan.json")
    assert careerkit.load(tmp_path / "plan.json") == plan


def test_many_skills_sharing_a_first_word_still_match_the_first_mention() -> None:
    doc = {
        "skills": [{"name": f"data {i}"} for i in range(300)] + [{"name": "data"}],
        "awards": [{"title": f"Prize for data {i} and data"} for i in (5, 299, 1000)],
    }
    plan = from_json_resume(doc, as_of=AS_OF)
    evidence = {s.id: [e.note for e in s.evidence] for s in plan.skills if s.evidence}
    assert evidence == {
        "data-5": ["Award: Prize for data 5 and data"],
        "data-299": ["Award: Prize for data 299 and data"],
        "data": ["Award: Prize for data 1000 and data"],
    }
