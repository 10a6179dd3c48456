"""Plan files: loading, writing, the JSON Schema, and reporting every problem with its path."""

from __future__ import annotations

import copy
import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

import careerkit as ck
import strategies
from careerkit import (
    CareerkitError,
    CareerPlan,
    Challenge,
    CheckIn,
    Contact,
    Goal,
    Interaction,
    LearningActivity,
    Mentor,
    Metric,
    Milestone,
    Owner,
    PlanValidationError,
    Reflection,
    Skill,
    Value,
    WeekLog,
    Wellbeing,
)
from careerkit._model.fields import bounded, each, identifier, non_empty
from careerkit._schema import _class_schema
from careerkit.model import (
    Assessment,
    CbiResponse,
    Credential,
    PromptAnswer,
    SkillTarget,
    Who5Response,
)

SAMPLE_PLAN = CareerPlan(
    owner=Owner("Ada", "Senior Engineer"),
    values=(Value("growth", "Growth"),),
    goals=(
        Goal(
            "talks",
            "Give two conference talks by June 30, 2027",
            created=date(2026, 11, 1),
            start=date(2026, 11, 1),
            deadline=date(2027, 6, 30),
            status="active",
            metric=Metric("talks given", baseline=0, target=2, unit="talks", direction="up"),
            check_ins=(CheckIn(date(2027, 1, 15), 1),),
            milestones=(Milestone("Submit proposal", due=date(2027, 2, 1)),),
            values=("growth",),
            skills=(SkillTarget("speaking", 3),),
        ),
    ),
    skills=(Skill("speaking", "Public speaking", category="soft", level=2),),
    learning=(
        LearningActivity(
            "aws",
            "certification",
            "AWS Solutions Architect",
            completed=date(2025, 3, 1),
            credential=Credential(issued=date(2025, 3, 1), expires=date(2028, 3, 1)),
        ),
    ),
    contacts=(
        Contact(
            "lee",
            "Lee",
            cadence_days=60,
            interactions=(
                Interaction(
                    date(2026, 9, 1), "gave", channel="coffee", note="Reviewed her talk draft"
                ),
            ),
        ),
    ),
    mentors=(Mentor("m1", contact="lee", role="sponsor", status="active", cadence_days=30),),
    challenges=(
        Challenge(
            "c1",
            "Lead the data migration",
            stretch=4,
            visibility="organization",
            start=date(2026, 10, 1),
            end=date(2027, 1, 31),
            status="active",
        ),
    ),
    reflections=(
        Reflection(
            "r1",
            date(2026, 11, 20),
            energy=3,
            prompts=(PromptAnswer("What went well?", "Submitted my first proposal"),),
            assessments=(Assessment("talks", on_track=True, aligned=True, decision="keep"),),
        ),
    ),
    wellbeing=Wellbeing(
        weeks=(
            WeekLog(
                date(2026, 11, 16),
                hours_worked=52,
                contracted_hours=40,
                sleep_hours=6.5,
                activity_minutes=90,
                vigorous_minutes=0,
                after_hours_days=3,
                leave_days=0,
            ),
        ),
        who5=(Who5Response(date(2026, 11, 20), (3, 3, 2, 3, 2)),),
    ),
)

# The sample as a person would write it in TOML, with TOML's own dates.
SAMPLE_TOML = """\
schema = "careerkit/1"

[owner]
name = "Ada"
role = "Senior Engineer"

[[values]]
id = "growth"
name = "Growth"

[[goals]]
id = "talks"
title = "Give two conference talks by June 30, 2027"
created = 2026-11-01
start = 2026-11-01
deadline = 2027-06-30
status = "active"
metric = { name = "talks given", unit = "talks", baseline = 0, target = 2, direction = "up" }
check_ins = [{ date = 2027-01-15, value = 1 }]
milestones = [{ title = "Submit proposal", due = 2027-02-01 }]
values = ["growth"]
skills = [{ skill = "speaking", level = 3 }]

[[skills]]
id = "speaking"
name = "Public speaking"
category = "soft"
level = 2

[[learning]]
id = "aws"
kind = "certification"
title = "AWS Solutions Architect"
completed = 2025-03-01
credential = { issued = 2025-03-01, expires = 2028-03-01 }

[[contacts]]
id = "lee"
name = "Lee"
cadence_days = 60
interactions = [
  { date = 2026-09-01, direction = "gave", channel = "coffee", note = "Reviewed her talk draft" },
]

[[mentors]]
id = "m1"
contact = "lee"
role = "sponsor"
status = "active"
cadence_days = 30

[[challenges]]
id = "c1"
title = "Lead the data migration"
stretch = 4
visibility = "organization"
start = 2026-10-01
end = 2027-01-31
status = "active"

[[reflections]]
id = "r1"
date = 2026-11-20
energy = 3
prompts = [{ prompt = "What went well?", answer = "Submitted my first proposal" }]
assessments = [{ goal = "talks", on_track = true, aligned = true, decision = "keep" }]

[wellbeing]
weeks = [
  { week = 2026-11-16, hours_worked = 52, contracted_hours = 40, sleep_hours = 6.5, activity_minutes = 90, vigorous_minutes = 0, after_hours_days = 3, leave_days = 0 },
]
who5 = [{ date = 2026-11-20, answers = [3, 3, 2, 3, 2] }]
"""

VALIDATOR = Draft202012Validator(
    ck.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)


def problems(text: str | bytes | dict[str, Any], format: str = "json") -> list[str]:
    """The errors ``loads`` reports for a document (given as text or as plain data)."""
    if isinstance(text, dict):
        text = json.dumps(text)
    with pytest.raises(PlanValidationError) as info:
        ck.loads(text, format=format)  # type: ignore[arg-type]
    return info.value.errors


def doc(**body: Any) -> dict[str, Any]:
    return {"schema": "careerkit/1", **body}


# --- the sample document -------------------------------------------------------------------


def test_sample_document_loads_exactly_as_written(sample_document: str) -> None:
    assert ck.loads(sample_document) == SAMPLE_PLAN


def test_sample_document_loads_from_bytes(sample_document: str) -> None:
    assert ck.loads(sample_document.encode("utf-8")) == SAMPLE_PLAN
    assert ck.loads(bytearray(sample_document.encode("utf-8"))) == SAMPLE_PLAN


def test_sample_loads_from_equivalent_toml() -> None:
    assert ck.loads(SAMPLE_TOML, format="toml") == SAMPLE_PLAN


def test_sample_written_again_keeps_every_key(sample_data: dict[str, Any]) -> None:
    written = json.loads(ck.dumps(SAMPLE_PLAN))
    # Only defaults are left out: the direction up and the status active.
    del sample_data["goals"][0]["metric"]["direction"]
    del sample_data["goals"][0]["status"]
    assert written == sample_data


def test_dumps_writes_stable_key_order_and_iso_dates() -> None:
    plan = CareerPlan(
        goals=(
            Goal(
                "g1",
                "Ship v2",
                deadline=date(2027, 6, 30),
                metric=Metric("pages", baseline=0.0, target=2.5),
                weight=2.0,
            ),
        ),
        owner=Owner("Ada"),
    )
    assert ck.dumps(plan) == (
        '{"schema":"careerkit/1","owner":{"name":"Ada"},"goals":[{"id":"g1","title":"Ship v2",'
        '"deadline":"2027-06-30","metric":{"name":"pages","baseline":0,"target":2.5},"weight":2}]}'
    )
    assert ck.dumps(plan, indent=2) == (
        "{\n"
        '  "schema": "careerkit/1",\n'
        '  "owner": {\n'
        '    "name": "Ada"\n'
        "  },\n"
        '  "goals": [\n'
        "    {\n"
        '      "id": "g1",\n'
        '      "title": "Ship v2",\n'
        '      "deadline": "2027-06-30",\n'
        '      "metric": {\n'
        '        "name": "pages",\n'
        '        "baseline": 0,\n'
        '        "target": 2.5\n'
        "      },\n"
        '      "weight": 2\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )


def test_dumps_keeps_non_ascii_text_readable() -> None:
    text = ck.dumps(CareerPlan(owner=Owner("Zoë Ōtsuka")))
    assert '"Zoë Ōtsuka"' in text


def test_dumps_toml_of_the_sample() -> None:
    text = ck.dumps(SAMPLE_PLAN, format="toml")
    assert text.startswith('schema = "careerkit/1"\n\n[owner]\nname = "Ada"\n')
    assert '\n[[goals]]\nid = "talks"\n' in text
    assert "\n[wellbeing]\n" in text
    assert ck.loads(text, format="toml") == SAMPLE_PLAN


def test_toml_writes_awkward_strings_safely() -> None:
    name = 'quote " back\\slash\nnew\tline \x00\x1f\x7f é \u2028 🚀'
    plan = CareerPlan(owner=Owner(name), goals=(Goal("g", name, tags=(name, "")),))
    assert ck.loads(ck.dumps(plan, format="toml"), format="toml") == plan


def test_toml_cannot_hold_unanswered_items() -> None:
    plan = CareerPlan(wellbeing=Wellbeing(cbi=(CbiResponse(date(2027, 1, 1), personal=(1, None)),)))
    with pytest.raises(CareerkitError) as info:
        ck.dumps(plan, format="toml")
    assert str(info.value) == (
        "TOML cannot hold an empty value (null) at $.wellbeing.cbi[0].personal[1]; save as .json"
    )
    assert ck.loads(ck.dumps(plan)) == plan


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^format must be 'json' or 'toml', got 'yaml'$"):
        ck.dumps(SAMPLE_PLAN, format="yaml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^format must be 'json' or 'toml', got 'yaml'$"):
        ck.loads("{}", format="yaml")  # type: ignore[arg-type]


# --- round trips ---------------------------------------------------------------------------


@given(strategies.plans())
def test_json_round_trip(plan: CareerPlan) -> None:
    text = ck.dumps(plan)
    assert ck.loads(text) == plan
    assert ck.dumps(ck.loads(text)) == text


@given(strategies.plans(unanswered=False))
def test_toml_round_trip(plan: CareerPlan) -> None:
    text = ck.dumps(plan, format="toml")
    assert ck.loads(text, format="toml") == plan


@given(strategies.plans())
def test_every_written_document_matches_the_schema(plan: CareerPlan) -> None:
    VALIDATOR.validate(json.loads(ck.dumps(plan)))


# --- files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["plan.json", "plan.toml", "PLAN.JSON", "plan.Toml"])
def test_save_and_load_by_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ck.save(SAMPLE_PLAN, path)
    assert ck.load(path) == SAMPLE_PLAN
    assert ck.load(str(path)) == SAMPLE_PLAN
    text = path.read_text(encoding="utf-8")
    if name.lower().endswith(".json"):
        assert json.loads(text)["schema"] == "careerkit/1"
    else:
        assert text.startswith('schema = "careerkit/1"\n')
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_save_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text("old", encoding="utf-8")
    ck.save(SAMPLE_PLAN, path)
    assert ck.load(path) == SAMPLE_PLAN


@pytest.mark.parametrize("name", ["plan.yaml", "plan", "plan.json.bak"])
def test_unknown_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    message = f"cannot tell the format of {str(path)!r}: use a .json or .toml file"
    with pytest.raises(CareerkitError) as info:
        ck.save(SAMPLE_PLAN, path)
    assert str(info.value) == message
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(CareerkitError) as info:
        ck.load(path)
    assert str(info.value) == message
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ck.load(tmp_path / "missing.json")


def test_bad_file_content_is_a_plan_validation_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_bytes(b'schema = "careerkit/1"\nowner = { name = "\xff" }\n')
    with pytest.raises(PlanValidationError) as info:
        ck.load(path)
    assert info.value.errors == ["the file is not valid UTF-8 (invalid start byte) @ $"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_save_keeps_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "plan.json"
    ck.save(CareerPlan(owner=Owner("Old")), path)
    before = path.read_bytes()

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(OSError, match="No space left on device"):
        ck.save(SAMPLE_PLAN, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]  # no temporary file left


def test_save_to_toml_fails_before_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    ck.save(SAMPLE_PLAN, path)
    before = path.read_bytes()
    plan = CareerPlan(wellbeing=Wellbeing(cbi=(CbiResponse(date(2027, 1, 1), work=(None,)),)))
    with pytest.raises(CareerkitError, match="TOML cannot hold an empty value"):
        ck.save(plan, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toml"]


@pytest.mark.parametrize("mode", [0o640, 0o666, 0o600, 0o444])
def test_save_keeps_the_mode_of_the_file(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "plan.json"
    ck.save(SAMPLE_PLAN, path)
    path.chmod(mode)
    ck.save(CareerPlan(owner=Owner("Ada")), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert ck.load(path).owner.name == "Ada"


@pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")
def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        ck.save(SAMPLE_PLAN, tmp_path / "plan.json")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "plan.json").stat().st_mode) == 0o644


def test_save_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "plan.json"
    ck.save(CareerPlan(owner=Owner("Old")), target)
    link = tmp_path / "plan.json"
    link.symlink_to(target)
    ck.save(CareerPlan(owner=Owner("New")), link)
    assert link.is_symlink()
    assert ck.load(target).owner.name == "New"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["plan.json"]


def test_save_flushes_the_folder_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[bool, bool]] = []  # (a folder?, the file renamed yet?)
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append((stat.S_ISDIR(os.fstat(fd).st_mode), (tmp_path / "plan.json").exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    ck.save(SAMPLE_PLAN, tmp_path / "plan.json")
    assert synced == [(False, False), (True, True)]


def _ended_process_id() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


@pytest.mark.skipif(os.name != "posix", reason="processes are looked up the POSIX way")
def test_save_removes_temporary_files_of_crashed_saves(tmp_path: Path) -> None:
    stale = [
        ".plan.json.k3j_x9q2.tmp",  # careerkit 0.1
        f".plan.json.{_ended_process_id()}-0123abcd.tmp",
    ]
    kept = [
        f".plan.json.{os.getppid()}-89abcdef.tmp",  # a running process may be saving
        ".other.json.k3j_x9q2.tmp",  # another file's
        ".plan.json.notes.tmp",  # not a name save gives
    ]
    for name in stale + kept:
        (tmp_path / name).write_text("{")
    ck.save(SAMPLE_PLAN, tmp_path / "plan.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "plan.json"])


def test_save_refuses_what_load_would_refuse_before_writing(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    ck.save(CareerPlan(owner=Owner("Old")), path)
    before = path.read_bytes()
    plan = CareerPlan(goals=(Goal("g1", "x" * 100_001),))
    with pytest.raises(PlanValidationError) as info:
        ck.save(plan, path)
    assert info.value.errors == [
        "the string is 100,001 characters long; the limit is 100,000 @ $.goals[0].title"
    ]
    sneaky = Owner("x")
    object.__setattr__(sneaky, "name", 5)  # past the constructor, which refuses it
    with pytest.raises(PlanValidationError) as info:
        ck.save(CareerPlan(owner=sneaky), tmp_path / "new.json")
    assert info.value.errors == ["expected a string, got a number @ $.owner.name"]
    with pytest.raises(PlanValidationError) as info:
        ck.save(CareerPlan(owner=Owner(name="Ada \ud800")), tmp_path / "new.json")
    assert info.value.errors == [
        "the string holds an unpaired surrogate (not valid Unicode) @ $.owner.name"
    ]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_load_refuses_a_named_pipe_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    os.mkfifo(path)
    with pytest.raises(PlanValidationError) as info:
        ck.load(path)
    assert info.value.errors == [f"{str(path)!r} is a named pipe, not a regular file @ $"]


def test_load_refuses_a_folder_as_before(tmp_path: Path) -> None:
    (tmp_path / "plan.json").mkdir()
    with pytest.raises(IsADirectoryError):
        ck.load(tmp_path / "plan.json")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_load_checks_the_file_it_opened_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pipe put in place of the file between the check and the opening is refused, not read.
    path = tmp_path / "plan.json"
    path.write_text('{"schema": "careerkit/1"}')
    real_stat = os.stat
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: real_stat(path))
    with pytest.raises(PlanValidationError) as info:
        ck.load(pipe)
    assert info.value.errors == [f"{str(pipe)!r} is a named pipe, not a regular file @ $"]


# --- the JSON Schema ------------------------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = ck.json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == ["schema"]
    assert schema["additionalProperties"] is False


@attrs.frozen
class Part:
    x: int = 0


@attrs.frozen
class Whole:
    """Two parts."""

    first: Part
    second: Part | None = None


def test_the_schema_defines_a_shared_class_once() -> None:
    defs: dict[str, Any] = {}
    assert _class_schema(Whole, defs) == {"$ref": "#/$defs/Whole"}
    assert defs == {
        "Part": {
            "type": "object",
            "properties": {"x": {"type": "integer"}},
            "additionalProperties": False,
        },
        "Whole": {
            "type": "object",
            "properties": {
                "first": {"$ref": "#/$defs/Part"},
                "second": {"anyOf": [{"$ref": "#/$defs/Part"}, {"type": "null"}]},
            },
            "description": "Two parts.",
            "required": ["first"],
            "additionalProperties": False,
        },
    }


@attrs.frozen
class Wrapped:
    # Constraints wrapped in attrs' combinators, or given as a list: none may be dropped.
    level: int = attrs.field(
        validator=attrs.validators.and_(bounded(1, 5), attrs.validators.instance_of(int))
    )
    score: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(bounded(0, 10))
    )
    key: str = attrs.field(default="k", validator=[identifier, attrs.validators.instance_of(str)])
    name: str = attrs.field(default="n", validator=attrs.validators.and_(non_empty))
    marks: tuple[int, ...] = attrs.field(default=(), validator=each(bounded(0, 3)))


def test_wrapped_validators_keep_their_constraints_in_the_schema() -> None:
    defs: dict[str, Any] = {}
    _class_schema(Wrapped, defs)
    assert defs["Wrapped"]["properties"] == {
        "level": {"type": "integer", "minimum": 1, "maximum": 5},
        "score": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 10}, {"type": "null"}]},
        "key": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,99}$"},
        "name": {"type": "string", "minLength": 1},
        "marks": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 3}},
    }


def test_the_schema_reads_the_id_pattern_from_the_model() -> None:
    from careerkit._model.fields import identifier

    goal = ck.json_schema()["$defs"]["Goal"]["properties"]["id"]
    assert goal["pattern"] == f"^{identifier.pattern.pattern}$"


def test_the_schema_is_a_fresh_copy_each_time() -> None:
    schema = ck.json_schema()
    schema["$defs"].clear()
    assert ck.json_schema()["$defs"]


def test_the_sample_matches_the_schema(sample_data: dict[str, Any]) -> None:
    VALIDATOR.validate(sample_data)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.pop("schema"), []),
        (lambda d: d.update(schema="careerkit/2"), ["schema"]),
        (lambda d: d.update(extra=1), []),
        (lambda d: d["goals"][0].update(status="finished"), ["goals", 0, "status"]),
        (lambda d: d["goals"][0].update(weight=-1), ["goals", 0, "weight"]),
        (lambda d: d["goals"][0].update(id="no spaces"), ["goals", 0, "id"]),
        (lambda d: d["goals"][0].update(title=""), ["goals", 0, "title"]),
        (lambda d: d["goals"][0].update(deadline="June 30"), ["goals", 0, "deadline"]),
        (lambda d: d["reflections"][0].update(energy=6), ["reflections", 0, "energy"]),
        (lambda d: d["skills"][0].pop("name"), ["skills", 0]),
    ],
)
def test_the_schema_rejects_invalid_documents(
    sample_data: dict[str, Any], change: Any, path: list[Any]
) -> None:
    change(sample_data)
    with pytest.raises(ValidationError) as info:
        VALIDATOR.validate(sample_data)
    assert list(info.value.absolute_path) == path


# --- schema tag -----------------------------------------------------------------------------


def test_newer_major_schema_is_refused() -> None:
    # The message speaks of the file format, not of careerkit's own version number.
    assert problems(doc(schema="careerkit/2")) == [
        (
            "plan format 'careerkit/2' is newer than this version of careerkit reads "
            "('careerkit/1'); upgrade careerkit to load it @ $.schema"
        )
    ]
    assert problems(doc(schema="careerkit/10.3")) == [
        (
            "plan format 'careerkit/10.3' is newer than this version of careerkit reads "
            "('careerkit/1'); upgrade careerkit to load it @ $.schema"
        )
    ]


@pytest.mark.parametrize(
    "tag", ["careerkit/01", "careerkit/1.01", "careerkit/001", "careerkit/0", "careerkit/+1"]
)
def test_only_the_canonical_spelling_of_a_schema_tag_is_read(tag: str) -> None:
    assert problems(doc(schema=tag)) == [
        f"unknown schema {tag!r}; expected 'careerkit/1' @ $.schema"
    ]


def test_the_schema_tag_written_is_one_the_reader_and_the_json_schema_take() -> None:
    from careerkit._schema import FORMAT_MAJOR, SCHEMA_TAG

    match = SCHEMA_TAG.fullmatch(ck.dumps(CareerPlan())[11:22])
    assert match is not None
    assert match.group(1) == str(FORMAT_MAJOR)
    assert ck.json_schema()["$id"] == f"urn:careerkit:plan:{FORMAT_MAJOR}"


def test_newer_minor_schema_is_read() -> None:
    assert ck.loads(json.dumps(doc(schema="careerkit/1.4"))) == CareerPlan()


def test_missing_schema_tag() -> None:
    assert problems({"goals": []}) == ["missing schema tag; expected 'careerkit/1' @ $.schema"]
    assert problems(doc(schema=None)) == ["missing schema tag; expected 'careerkit/1' @ $.schema"]


@pytest.mark.parametrize(
    ("tag", "shown"),
    [
        ("careerkit/0", "'careerkit/0'"),
        ("careerkit", "'careerkit'"),
        ("careerkit/1/2", "'careerkit/1/2'"),
        ("otherkit/1", "'otherkit/1'"),
        (1, "1"),
        (["careerkit/1"], "['careerkit/1']"),
    ],
)
def test_unknown_schema_tag(tag: object, shown: str) -> None:
    assert problems(doc(schema=tag)) == [
        f"unknown schema {shown}; expected 'careerkit/1' @ $.schema"
    ]


# --- problems, each with its path ------------------------------------------------------------


def test_unknown_keys_are_errors_at_every_level(sample_data: dict[str, Any]) -> None:
    sample_data["colour"] = "blue"
    sample_data["owner"]["age"] = 40
    sample_data["goals"][0]["metric"]["scale"] = "log"
    sample_data["wellbeing"]["who5"][0]["mood"] = 3
    assert problems(sample_data) == [
        "unknown key 'age' @ $.owner.age",
        "unknown key 'scale' @ $.goals[0].metric.scale",
        "unknown key 'mood' @ $.wellbeing.who5[0].mood",
        "unknown key 'colour' @ $.colour",
    ]


def test_wrong_types_are_reported_without_coercion() -> None:
    assert problems(
        doc(
            owner=[],
            values="growth",
            goals=[
                {"id": 1, "title": "T"},
                {"id": "g", "title": "T", "weight": "3", "tags": "abc", "metric": "talks"},
                {
                    "id": "h",
                    "title": "T",
                    "effort_hours": True,
                    "check_ins": [{"date": "2027-01-01", "value": None}],
                },
            ],
            skills=[{"id": "s", "name": "S", "level": 2.0}, {"id": "t", "name": "T", "level": "2"}],
            contacts={"id": "c"},
            reflections=[
                {"id": "r", "date": "2027-01-01", "assessments": [{"goal": "g", "on_track": "yes"}]}
            ],
        )
    ) == [
        "expected an object, got a list @ $.owner",
        "expected a list, got a string @ $.values",
        "expected a string, got a number @ $.goals[0].id",
        "expected an object, got a string @ $.goals[1].metric",
        "expected a number, got a string @ $.goals[1].weight",
        "expected a list, got a string @ $.goals[1].tags",
        "expected a number, got null @ $.goals[2].check_ins[0].value",
        "expected a number, got a boolean @ $.goals[2].effort_hours",
        "expected an integer, got a number @ $.skills[0].level",
        "expected an integer, got a string @ $.skills[1].level",
        "expected a list, got an object @ $.contacts",
        "expected true or false, got a string @ $.reflections[0].assessments[0].on_track",
    ]


def test_bad_dates_are_reported() -> None:
    assert problems(
        doc(
            goals=[
                {
                    "id": "g",
                    "title": "T",
                    "created": "2027-02-30",
                    "start": "2027-W26-3",
                    "deadline": "20270630",
                    "check_ins": [
                        {"date": 20270101, "value": 1},
                        {"date": "2027-01-01T10:00", "value": 1},
                    ],
                }
            ],
            reflections=[{"id": "r", "date": "1/2/2027"}],
        )
    ) == [
        "'2027-02-30' is not a real date @ $.goals[0].created",
        "expected a date like '2027-06-30', got a string @ $.goals[0].start",
        "expected a date like '2027-06-30', got a string @ $.goals[0].deadline",
        "expected a date like '2027-06-30', got a number @ $.goals[0].check_ins[0].date",
        "expected a date like '2027-06-30', got a string @ $.goals[0].check_ins[1].date",
        "expected a date like '2027-06-30', got a string @ $.reflections[0].date",
    ]


def test_toml_date_times_and_times_are_not_dates() -> None:
    text = 'schema = "careerkit/1"\n[[goals]]\nid = "g"\ntitle = "T"\nstart = 2027-01-01T09:00:00\n'
    assert problems(text, "toml") == [
        "expected a date like '2027-06-30', got a date-time @ $.goals[0].start"
    ]
    text = 'schema = "careerkit/1"\n[owner]\nname = 09:00:00\n'
    assert problems(text, "toml") == ["expected a string, got a time @ $.owner.name"]


def test_missing_required_keys() -> None:
    assert problems(doc(goals=[{"id": "g"}], learning=[{"id": "l", "title": "T"}])) == [
        "required key missing @ $.goals[0].title",
        "required key missing @ $.learning[0].kind",
    ]


def test_validator_messages_survive_with_their_paths(sample_data: dict[str, Any]) -> None:
    sample_data["reflections"][0]["energy"] = 7
    sample_data["goals"][0]["metric"]["target"] = -1
    sample_data["challenges"][0]["end"] = "2026-09-30"
    sample_data["mentors"][0]["contact"] = None
    sample_data["wellbeing"]["who5"][0]["answers"] = [3, 3, 9, 3, 2]
    sample_data["goals"][0]["status"] = "finished"
    sample_data["goals"][0]["values"] = ["growth", 3]
    assert problems(sample_data) == [
        (
            "'finished' is not one of 'draft', 'active', 'paused', 'done', 'dropped' "
            "@ $.goals[0].status"
        ),
        "direction is 'up' but target -1 is not above baseline 0 @ $.goals[0].metric.target",
        "expected a string, got a number @ $.goals[0].values[1]",
        "a mentor needs a contact id or a name @ $.mentors[0].contact",
        "end 2026-09-30 is before start 2026-10-01 @ $.challenges[0].end",
        "must be between 1 and 5, got 7 @ $.reflections[0].energy",
        "item 3 must be between 0 and 5, got 9 @ $.wellbeing.who5[0].answers",
    ]


def test_invariant_of_a_nested_record_is_reported_at_its_field(sample_data: dict[str, Any]) -> None:
    sample_data["goals"][0]["metric"]["target"] = -1
    assert problems(sample_data) == [
        "direction is 'up' but target -1 is not above baseline 0 @ $.goals[0].metric.target"
    ]


def test_broken_references_are_reported_with_paths(sample_data: dict[str, Any]) -> None:
    sample_data["goals"].append({"id": "g2", "title": "T", "parent": "talks"})
    sample_data["goals"].append({"id": "g3", "title": "T", "values": ["growth", "fun"]})
    sample_data["mentors"][0]["contact"] = "kim"
    sample_data["reflections"][0]["assessments"][0]["goal"] = "speak"
    sample_data["skills"].append({"id": "speaking", "name": "Again"})
    assert problems(sample_data) == [
        "duplicate skill id 'speaking' (first at $.skills[0]) @ $.skills[1].id",
        "goal 'g3' links unknown value 'fun' @ $.goals[2].values[1]",
        "mentor 'm1' links unknown contact 'kim' @ $.mentors[0].contact",
        "reflection 'r1' links unknown goal 'speak' @ $.reflections[0].assessments[0].goal",
    ]


def test_every_problem_is_listed_at_once() -> None:
    text = json.dumps(
        doc(
            owner={"name": 1},
            goals=[{"id": "g", "title": "T", "weight": -5}, {"id": "h"}],
            skills=[{"id": "s", "name": "S", "extra": True}],
        )
    )
    with pytest.raises(PlanValidationError) as info:
        ck.loads(text)
    assert info.value.errors == [
        "expected a string, got a number @ $.owner.name",
        "must be between 0 and 1000, got -5.0 @ $.goals[0].weight",
        "required key missing @ $.goals[1].title",
        "unknown key 'extra' @ $.skills[0].extra",
    ]
    assert str(info.value).startswith("4 problems in the plan:\n- expected a string")


def test_oversized_documents_are_refused_before_parsing(tmp_path: Path) -> None:
    text = '{"schema": "careerkit/1"}'
    assert problems(text.encode("utf-8") + b"\xff") == [
        "the file is not valid UTF-8 (invalid start byte) @ $"
    ]
    with pytest.raises(PlanValidationError) as info:
        ck.loads(text + " " * 10, max_bytes=len(text))
    assert info.value.errors == [
        f"the document is {len(text) + 10} bytes long; the limit is 25 @ $"
    ]
    assert ck.loads(text, max_bytes=len(text)) == CareerPlan()
    path = tmp_path / "plan.json"
    path.write_text("[" * 2000, encoding="utf-8")
    with pytest.raises(PlanValidationError) as info:
        ck.load(path, max_bytes=1000)
    assert info.value.errors == ["the document is 2,000 bytes long; the limit is 1,000 @ $"]


def test_overlong_strings_are_refused() -> None:
    long_name = "x" * 100_001
    assert problems(doc(owner={"name": long_name})) == [
        "the string is 100,001 characters long; the limit is 100,000 @ $.owner.name"
    ]
    assert ck.loads(json.dumps(doc(owner={"name": long_name[1:]}))).owner.name == long_name[1:]


def test_running_out_of_stack_while_structuring_is_a_plan_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Exhausted:
        def structure(self, *args: object) -> None:
            raise RecursionError

    monkeypatch.setattr("careerkit._convert._CONVERTER", Exhausted())
    # An invalid document: a valid one never reaches the detailed converter.
    assert problems(doc(goals=[{}])) == ["the document is nested too deeply @ $"]


# --- nothing but PlanValidationError escapes loads --------------------------------------------


NASTY_TEXTS = [
    "",
    " ",
    "{",
    "null",
    "[]",
    "3",
    '"careerkit/1"',
    "NaN",
    "Infinity",
    "-Infinity",
    "[" * 100_000,
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 100_000,
    "1" * 5000,
    "1" + "0" * 400,
    "1e400",
    '"\ud800"',
    '"\\ud800"',
    "\ud800",
    '{"schema": "careerkit/1", "owner": {"name": "\\udfff"}}',
    '{"schema": "careerkit/1", "owner": {"name": "\ud83d"}}',
    '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "weight": NaN}]}',
    '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "weight": Infinity}]}',
    '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "weight": 1e400}]}',
    '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "weight": ' + "9" * 5000 + "}]}",
    '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "weight": ' + "9" * 400 + "}]}",
    '{"schema": "careerkit/1", "skills": [{"id": "s", "name": "S", "level": ' + "9" * 400 + "}]}",
    '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "zz": '
    + "[" * 900
    + "]" * 900
    + "}]}",
    '{"schema": ' + "[" * 900 + "]" * 900 + "}",
    '{"schema": "careerkit/1", "goals": ' + "[" * 900 + "]" * 900 + "}",
    '{"schema": "careerkit/1", "schema": "careerkit/9"}',
    '{"schema": "careerkit/1"} trailing',
    "\ufeff{}",
]


@pytest.mark.parametrize("text", NASTY_TEXTS, ids=range(len(NASTY_TEXTS)))
def test_only_plan_validation_errors_escape_for_json_text(text: str) -> None:
    with pytest.raises(PlanValidationError):
        ck.loads(text)
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        return
    with pytest.raises(PlanValidationError):
        ck.loads(encoded)


NASTY_TOML = [
    "x = [" * 10_000,
    "x = " + "[" * 100_000 + "]" * 100_000,
    "x = " + "{a = " * 10_000 + "1" + "}" * 10_000,
    'schema = "careerkit/1"\nx = 1\nx = 2',
    'schema = "careerkit/1"\n[[goals]]\nid = "g"\ntitle = "T"\nweight = nan',
    'schema = "careerkit/1"\n[[goals]]\nid = "g"\ntitle = "T"\nweight = -inf',
    'schema = "careerkit/1"\n[[goals]]\nid = "g"\ntitle = "T"\nweight = ' + "9" * 5000,
    'schema = "careerkit/1"\n[[goals]]\nid = "g"\ntitle = "T"\nweight = ' + "9" * 400,
    'schema = "careerkit/1"\n[[goals]]\nid = "g"\ntitle = "T"\nweight = 1e400',
    'schema = "careerkit/1"\n[owner]\nname = "\\ud800"',
    'schema = "careerkit/1"\n[owner]\nname = "\ud800"',
    'schema = "careerkit/1"\n[owner]\nname = 2027-01-01',
    'schema = "careerkit/1"\nowner = 1979-05-27T07:32:00-08:00',
    "schema = 1979-05-27",
    "\x00",
]


@pytest.mark.parametrize("text", NASTY_TOML, ids=range(len(NASTY_TOML)))
def test_only_plan_validation_errors_escape_for_toml_text(text: str) -> None:
    with pytest.raises(PlanValidationError):
        ck.loads(text, format="toml")


def test_reported_messages_for_nasty_input() -> None:
    assert problems("[" * 100_000) == ["the document is nested too deeply @ $"]
    assert problems("[]") == ["expected an object at the top level, got a list @ $"]
    assert problems("NaN") == ["expected an object at the top level, got a number @ $"]
    assert problems(b"\xff{}") == ["the file is not valid UTF-8 (invalid start byte) @ $"]
    assert problems("{") == [
        (
            "not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1) @ $"
        )
    ]
    assert problems('{"schema": "careerkit/1", "owner": {"name": "\\ud800"}}') == [
        "the string holds an unpaired surrogate (not valid Unicode) @ $.owner.name"
    ]
    assert problems(json.dumps(doc(goals=[{"id": "g", "title": "T", "weight": 10**400}]))) == [
        "the number is too large (401 digits) @ $.goals[0].weight"
    ]
    assert problems(json.dumps(doc(skills=[{"id": "s", "name": "S", "level": 2**53 + 1}]))) == [
        "the number is too large (16 digits) @ $.skills[0].level"
    ]
    assert problems(
        '{"schema": "careerkit/1", "goals": [{"id": "g", "title": "T", "weight": NaN}]}'
    ) == ["expected a finite number, got nan @ $.goals[0].weight"]
    assert problems("x = [", "toml")[0].startswith("not valid TOML: ")


def test_the_largest_safe_integer_is_read() -> None:
    plan = ck.loads(
        json.dumps(
            doc(
                goals=[
                    {"id": "g", "title": "T", "check_ins": [{"date": "2027-01-01", "value": 2**53}]}
                ]
            )
        )
    )
    assert plan.goals[0].check_ins[0].value == 2**53


KEYS = sorted(
    {
        key
        for definition in ck.json_schema()["$defs"].values()
        for key in definition.get("properties", {})
    }
)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.sampled_from(["careerkit/1", "2027-01-01", "up", "active", "g1"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(KEYS), children, max_size=4)
    ),
    max_leaves=20,
)


def assert_only_plan_errors(text: str | bytes, format: str = "json") -> None:
    errors: list[str] = []
    try:
        plan = ck.loads(text, format=format)  # type: ignore[arg-type]
    except PlanValidationError as exc:
        errors = exc.errors
        assert errors, "a PlanValidationError lists at least one problem"
    else:
        assert isinstance(plan, CareerPlan)
    assert all(" @ $" in e for e in errors)


@given(json_values)
def test_arbitrary_json_values_raise_only_plan_errors(value: Any) -> None:
    assert_only_plan_errors(json.dumps(value))
    assert_only_plan_errors(json.dumps({"schema": "careerkit/1", "goals": [value], "owner": value}))


@given(st.text() | st.binary())
def test_arbitrary_text_raises_only_plan_errors(text: str | bytes) -> None:
    assert_only_plan_errors(text)
    assert_only_plan_errors(text, "toml")


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*path, i))
    return found


@given(strategies.plans(), st.data())
def test_mutated_documents_raise_only_plan_errors(plan: CareerPlan, data: st.DataObject) -> None:
    document = json.loads(ck.dumps(plan))
    for _ in range(data.draw(st.integers(1, 3))):
        mutated = copy.deepcopy(document)
        path = data.draw(st.sampled_from(_paths(mutated)))
        if not path:
            continue
        parent = mutated
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = data.draw(json_values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(KEYS))] = data.draw(json_values)
        else:
            parent.append(data.draw(json_values))
        document = mutated
    assert_only_plan_errors(json.dumps(document))


def test_integers_beyond_json_precision_in_number_fields_round_trip() -> None:
    plan = ck.CareerPlan(
        goals=(ck.Goal("g", "Save", check_ins=(ck.CheckIn(date(2027, 1, 1), 2**60),)),)
    )
    again = ck.loads(ck.dumps(plan))
    assert again == plan
    assert again.goals[0].check_ins[0].value == float(2**60)


# --- the model's own refusals reach the loader with their paths ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"goals": [{"id": "g", "title": "\u200b\u0000\u200e"}]},
            "must not be empty (it holds only invisible characters) @ $.goals[0].title",
        ),
        (
            {"wellbeing": {"weeks": [{"week": "2026-11-17"}]}},
            (
                "a week starts on a Monday; 2026-11-17 is a Tuesday (that week's Monday is "
                "2026-11-16) @ $.wellbeing.weeks[0].week"
            ),
        ),
        (
            {"wellbeing": {"weeks": [{"week": "2026-11-16"}, {"week": "2026-11-16"}]}},
            (
                "the week of 2026-11-16 is logged twice (first at weeks[0]) "
                "@ $.wellbeing.weeks[1].week"
            ),
        ),
    ],
)
def test_the_model_s_refusals_are_reported_with_their_paths(
    body: dict[str, Any], expected: str
) -> None:
    assert problems(doc(**body)) == [expected]
