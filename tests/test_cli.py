"""The ``careerkit`` command line."""

from __future__ import annotations

import importlib
import io
import json
import os
import runpy
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import icalendar
import jsonschema
import pytest

import careerkit as ck
import careerkit.testing
from careerkit._cli import main
from careerkit.testing import EXAMPLE_AS_OF, example_plan, example_plan_text

TODAY = date(2026, 11, 25)
COMMANDS = ["demo", "review", "check", "agenda", "balance", "validate", "schema"]


def run(*argv: str | Path) -> tuple[int, str, str]:
    """Run the command line; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdout=out, stderr=err, today=TODAY)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def toml_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(example_plan_text(), encoding="utf-8")
    return path


@pytest.fixture
def json_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    ck.save(example_plan(), path)
    return path


def _goal(title: str, gid: str = "g1", **kwargs: object) -> ck.Goal:
    return ck.Goal(gid, title, **kwargs)  # type: ignore[arg-type]


# --- help and version -----------------------------------------------------------------------


def test_top_level_help() -> None:
    code, out, err = run("--help")
    assert code == 0
    assert out.startswith("usage: careerkit ")
    for command in COMMANDS:
        assert command in out
    assert "Exit codes: 0 ok, 1 findings" in " ".join(out.split())
    assert err == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    code, out, err = run(command, "--help")
    assert code == 0
    assert out.startswith(f"usage: careerkit {command}")
    assert err == ""


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out == f"careerkit {ck.__version__}\n"


def test_no_command_is_a_usage_error() -> None:
    code, out, err = run()
    assert code == 2
    assert out == ""
    assert "careerkit: error: the following arguments are required: COMMAND" in err


def test_a_bad_date_is_a_usage_error(toml_plan: Path) -> None:
    code, _, err = run("review", toml_plan, "--as-of", "2026-13-01")
    assert code == 2
    assert "argument --as-of: not a date like 2026-11-25: '2026-13-01'" in err


# --- demo and review ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_demo_in_every_format(fmt: str) -> None:
    code, out, err = run("demo", "--format", fmt)
    assert (code, err) == (0, "")
    review = ck.review(example_plan(), as_of=EXAMPLE_AS_OF)
    expected = {
        "text": review.to_text(),
        "markdown": review.to_markdown(),
        "html": review.to_html(),
        "json": json.dumps(review.to_dict(), indent=2, ensure_ascii=False) + "\n",
    }[fmt]
    assert out == expected


def test_demo_defaults_to_the_day_the_example_was_written_for() -> None:
    _, out, _ = run("demo")
    assert out.startswith("Career review of Maya Chen (Senior Backend Engineer) on 2026-11-25\n")
    _, later, _ = run("demo", "--as-of", "2027-01-04")
    assert later.startswith("Career review of Maya Chen (Senior Backend Engineer) on 2027-01-04\n")


def test_demo_for_an_audience() -> None:
    _, out, _ = run("demo", "--audience", "hr", "--format", "json")
    data = json.loads(out)
    assert data["audience"] == "hr"
    assert data["goals"] == []


@pytest.mark.parametrize("plan_fixture", ["toml_plan", "json_plan"])
def test_review_a_plan_file(plan_fixture: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(plan_fixture)
    code, out, err = run("review", path, "--as-of", "2026-11-25")
    assert (code, err) == (0, "")
    assert out == ck.review(ck.load(path), as_of=date(2026, 11, 25)).to_text()


def test_review_defaults_to_today(json_plan: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["review", str(json_plan)], stdout=out, stderr=err, today=date(2027, 2, 1)) == 0
    assert " on 2027-02-01\n" in out.getvalue().splitlines()[0] + "\n"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_review_formats(json_plan: Path, fmt: str) -> None:
    code, out, _ = run("review", json_plan, "--format", fmt, "--as-of", "2026-11-25")
    assert code == 0
    review = ck.review(example_plan(), as_of=TODAY)
    if fmt == "json":
        assert json.loads(out) == review.to_dict()
    elif fmt == "markdown":
        assert out == review.to_markdown()
    elif fmt == "html":
        assert out == review.to_html()
    else:
        assert out == review.to_text()


def test_review_output_file(toml_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "review.html"
    code, out, err = run("review", toml_plan, "--format", "html", "--output", target)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == ck.review(example_plan(), as_of=TODAY).to_html()


def test_review_output_file_that_cannot_be_written(toml_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "review.md"
    code, out, err = run("review", toml_plan, "-o", target)
    assert (code, out) == (2, "")
    assert err == f"careerkit: cannot write {str(target)!r}: No such file or directory\n"


def test_review_for_the_manager(toml_plan: Path) -> None:
    code, out, _ = run("review", toml_plan, "--audience", "manager", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["audience"] == "manager"
    assert data == ck.review(example_plan(), as_of=TODAY, audience="manager").to_dict()
    shared = {g.id for g in example_plan().goals if "manager" in g.shared_with}
    assert {g["id"] for g in data["goals"]} <= shared
    code, text, _ = run("review", toml_plan, "--audience", "manager")
    assert text.splitlines()[0].endswith(", as shared with the manager")


# --- check ----------------------------------------------------------------------------------


def _save(tmp_path: Path, *goals: ck.Goal, name: str = "goals.json") -> Path:
    path = tmp_path / name
    ck.save(ck.CareerPlan(goals=goals), path)
    return path


def test_check_reports_findings_like_a_linter_and_fails(tmp_path: Path) -> None:
    path = _save(
        tmp_path,
        _goal("Get better at public speaking", "vague"),
        _goal("Give two talks at team meetups by June 30, 2027", "talks"),
        _goal("Learn Rust someday", "later", status="draft"),
    )
    code, out, err = run("check", path)
    assert (code, err) == (1, "")
    vague = ck.evaluate_smart("Get better at public speaking", as_of=TODAY)
    lines = out.splitlines()
    shown = [f for f in vague.findings if f.severity != "info"]
    assert lines[: len(shown)] == [f"{path}:vague: {f.code} {f.message}" for f in shown]
    assert lines[-1] == "2 goals checked, 1 not SMART"
    assert not any(":later:" in line for line in lines)  # drafts are not checked


def test_check_passes_when_every_goal_is_smart(tmp_path: Path) -> None:
    path = _save(tmp_path, _goal("Give two talks at team meetups by June 30, 2027", "talks"))
    code, out, _ = run("check", path)
    assert code == 0
    assert out.splitlines()[-1] == "1 goal checked, 0 not SMART"


def test_check_a_toml_plan(toml_plan: Path) -> None:
    code, out, _ = run("check", toml_plan)
    assert code == 1
    assert f"{toml_plan}:on-call: A006 " in out
    assert out.splitlines()[-1] == "4 goals checked, 1 not SMART"


def test_check_as_json(tmp_path: Path) -> None:
    path = _save(tmp_path, _goal("Get better at public speaking", "vague"))
    code, out, _ = run("check", path, "--format", "json")
    assert code == 1
    (entry,) = json.loads(out)
    assert entry["file"] == str(path)
    assert entry["goal"] == "vague"
    assert entry["is_smart"] is False
    assert entry["findings"]


SMART_TEXT = "Give two talks at team meetups by June 30, 2027"


def test_check_text_that_is_smart() -> None:
    code, out, err = run("check", "--text", SMART_TEXT)
    assert (code, err) == (0, "")
    report = ck.evaluate_smart(SMART_TEXT, as_of=TODAY)
    assert {f.severity for f in report.findings} == {"info"}  # shown only with --verbose
    assert out.splitlines() == ["1 goal checked, 0 not SMART"]
    code, out, _ = run("check", "--text", SMART_TEXT, "--verbose")
    expected = [f"-:text: {f.code} {f.message}" for f in report.findings]
    assert (code, out.splitlines()) == (0, [*expected, "1 goal checked, 0 not SMART"])


def test_check_text_that_is_not_smart() -> None:
    code, out, _ = run("check", "--text", "Get better at public speaking")
    assert code == 1
    report = ck.evaluate_smart("Get better at public speaking", as_of=TODAY)
    expected = [f"-:text: {f.code} {f.message}" for f in report.findings if f.severity != "info"]
    assert out.splitlines() == [*expected, "1 goal checked, 1 not SMART"]


def test_check_text_reads_dates_from_as_of() -> None:
    code, _, _ = run("check", "--text", "Give two talks by next month", "--as-of", "2026-11-25")
    report = ck.evaluate_smart("Give two talks by next month", as_of=date(2026, 11, 25))
    assert code == (0 if report.is_smart else 1)


@pytest.mark.parametrize("extra", [[], ["plan.json", "--text", "Ship v2"]])
def test_check_needs_a_plan_or_a_text(extra: list[str]) -> None:
    code, out, err = run("check", *extra)
    assert (code, out) == (2, "")
    assert err == "careerkit: give either a plan file or --text, not both or neither\n"


# --- agenda ---------------------------------------------------------------------------------


def test_agenda_with_a_calendar_file(toml_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    code, out, err = run("agenda", toml_plan, "--days", "14", "--ics", target)
    assert (code, err) == (0, "")
    agenda = ck.schedule_reviews(example_plan(), as_of=TODAY, horizon=timedelta(days=14))
    assert out == str(agenda) + "\n"
    assert out.startswith("Agenda from 2026-11-25 to 2026-12-09:\n")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    todos = list(calendar.walk("VTODO"))
    assert len(todos) == len(agenda)
    assert [str(t["summary"]) for t in todos] == [item.title for item in agenda]


def test_agenda_as_json(json_plan: Path) -> None:
    code, out, _ = run("agenda", json_plan, "--format", "json", "--as-of", "2026-11-25")
    assert code == 0
    data = json.loads(out)
    assert data["as_of"] == "2026-11-25"
    assert data["until"] == "2027-02-23"  # 90 days by default
    assert data == ck.schedule_reviews(example_plan(), as_of=TODAY).to_dict()


@pytest.mark.parametrize("days", ["0", "-3"])
def test_agenda_needs_at_least_one_day(toml_plan: Path, days: str) -> None:
    code, out, err = run("agenda", toml_plan, "--days", days)
    assert (code, out) == (2, "")
    assert err == f"careerkit: --days must be at least 1, got {days}\n"


# --- balance, validate, schema ----------------------------------------------------------------


def test_balance_text(toml_plan: Path) -> None:
    code, out, _ = run("balance", toml_plan)
    assert code == 0
    assert out == str(ck.score_balance(example_plan(), as_of=TODAY))
    assert out.startswith("Balance on 2026-11-25 (from 2026-10-29): 44.2/100\n")


def test_balance_json(toml_plan: Path) -> None:
    code, out, _ = run("balance", toml_plan, "--format", "json", "--as-of", "2026-11-25")
    assert code == 0
    data = json.loads(out)
    assert data == ck.score_balance(example_plan(), as_of=TODAY).to_dict()
    assert data["score"] == 44.2


def test_validate_a_good_plan(toml_plan: Path, json_plan: Path) -> None:
    for path in (toml_plan, json_plan):
        assert run("validate", path) == (0, f"{path}: valid (5 goals)\n", "")


def test_validate_a_bad_plan(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {
                "schema": "careerkit/1",
                "goals": [
                    {"id": "g 1", "title": "Ship"},
                    {"id": "g2", "title": "x", "deadline": "soon"},
                ],
                "bogus": 1,
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run("validate", path)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"careerkit: {path}: 3 problems in the plan:",
        (
            "- 'g 1' is not a valid id (1-100 letters, digits or _.:@/+-, starting with a "
            "letter or digit) @ $.goals[0].id"
        ),
        "- expected a date like '2027-06-30', got a string @ $.goals[1].deadline",
        "- unknown key 'bogus' @ $.bogus",
    ]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("broken.json", "{", "- not valid JSON: "),
        ("broken.toml", "x = [", "- not valid TOML: "),
    ],
)
def test_validate_a_file_that_does_not_parse(
    tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _, err = run("validate", path)
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == f"careerkit: {path}: 1 problem in the plan:"
    assert lines[1].startswith(problem)
    assert lines[1].endswith(" @ $")


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    code, out, err = run("schema")
    assert (code, err) == (0, "")
    schema = json.loads(out)
    assert schema == ck.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json.loads(ck.dumps(example_plan())))


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["review", "check", "agenda", "balance", "validate"])
def test_a_missing_file_is_a_clear_error(tmp_path: Path, command: str) -> None:
    path = tmp_path / "nowhere.toml"
    code, out, err = run(command, path)
    assert (code, out) == (2, "")
    assert err == f"careerkit: cannot read {str(path)!r}: No such file or directory\n"


def test_a_file_of_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("", encoding="utf-8")
    code, _, err = run("review", path)
    assert code == 2
    assert err == f"careerkit: cannot tell the format of {str(path)!r}: use a .json or .toml file\n"


def test_main_writes_to_the_process_streams_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["check", "--text", SMART_TEXT]) == 0
    assert main(["validate", str(tmp_path / "nowhere.json")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "1 goal checked, 0 not SMART\n"
    assert captured.err.startswith("careerkit: cannot read ")


def test_python_dash_m_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["careerkit", "--version"])
    monkeypatch.delitem(sys.modules, "careerkit.__main__", raising=False)
    with pytest.raises(SystemExit) as exc:
        runpy.run_module("careerkit", run_name="__main__")
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"careerkit {ck.__version__}\n"


# --- real processes -------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONWARNINGS": "error"}


def test_python_dash_m_careerkit_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "careerkit", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env=_env(),
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"careerkit {ck.__version__}\n", "")


def test_the_installed_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("careerkit")
    if not script.exists():  # pragma: no cover - only without an installed entry point
        pytest.skip("the careerkit console script is not installed next to this Python")
    done = subprocess.run(
        [str(script), "validate", str(tmp_path / "nowhere.json")],
        capture_output=True,
        text=True,
        check=False,
        env=_env(),
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("careerkit: cannot read ")
    assert "Traceback" not in done.stderr


def test_importing_the_main_module_runs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "careerkit.__main__", raising=False)
    module = importlib.import_module("careerkit.__main__")
    assert module.main is main


def test_demo_reads_the_copy_bundled_in_an_installed_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An installed wheel holds the example plan as careerkit/_data/example_plan.toml.
    (tmp_path / "_data").mkdir()
    bundled = tmp_path / "_data" / "example_plan.toml"
    bundled.write_text(
        example_plan_text().replace('name = "Maya Chen"', 'name = "Maya Chen (bundled)"'),
        encoding="utf-8",
    )
    monkeypatch.setattr(careerkit.testing, "files", lambda package: tmp_path)
    assert example_plan().owner.name == "Maya Chen (bundled)"
    _, out, _ = run("demo")
    assert out.startswith("Career review of Maya Chen (bundled) (Senior Backend Engineer)")
