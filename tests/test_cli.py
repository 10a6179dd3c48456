"""The ``careerkit`` command line."""

from __future__ import annotations

import argparse
import csv
import gc
import importlib
import io
import json
import os
import runpy
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import attrs
import icalendar
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerkit as ck
import careerkit._cli
import careerkit.testing
import strategies
from careerkit._cli import main
from careerkit._cli_check import CSV_COLUMNS
from careerkit._render import next_per_series
from careerkit.batch import summarize_smart
from careerkit.reports import SmartReport
from careerkit.testing import EXAMPLE_AS_OF, example_plan, example_plan_text

TODAY = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parent.parent
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


@pytest.mark.parametrize("columns", [None, "50", "130", "0", "-3", "wide"])
def test_help_is_as_wide_as_the_standard_library_says(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from careerkit._cli import _columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert _columns() == shutil.get_terminal_size().columns
    _, out, _ = run("check", "--help")
    monkeypatch.setattr(careerkit._cli, "_HelpFormatter", argparse.HelpFormatter)
    assert run("check", "--help")[1] == out  # as argparse's own formatter lays it out


def test_the_demo_loads_no_module_it_does_not_use() -> None:
    probe = (
        "import runpy, sys, io, contextlib\n"
        "sys.argv = ['careerkit', 'demo']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: runpy.run_module('careerkit', run_name='__main__')\n"
        "    except SystemExit: pass\n"
        "print(sorted({'shutil', 'json', 'dateutil.rrule', 'careerkit._batch', 'careerkit._fastload', 'cattrs', 'importlib.metadata'} & set(sys.modules)))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    assert found == "[]\n"


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out == f"careerkit {ck.__version__}\n"


def test_no_command_is_a_usage_error() -> None:
    code, out, err = run()
    assert code == 2
    assert out == ""
    assert "careerkit: error: the following arguments are required: COMMAND" in err


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("2026-13-01", "must be a real day, got '2026-13-01'"),
        ("20261125", "not a date like 2026-11-25: '20261125'"),
        ("2026-W48-3", "not a date like 2026-11-25: '2026-W48-3'"),
        ("1899-12-31", "must be between 1900-01-01 and 2999-12-31, got 1899-12-31"),
    ],
)
def test_a_bad_date_is_a_usage_error(toml_plan: Path, given: str, said: str) -> None:
    code, _, err = run("review", toml_plan, "--as-of", given)
    assert code == 2
    assert err.endswith(f"careerkit review: error: argument --as-of: {said}\n")


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
    assert (code, out, err) == (0, "", f"careerkit: wrote {target}\n")
    review = ck.review(example_plan(), as_of=TODAY)
    page = target.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    title = "Career review of Maya Chen (Senior Backend Engineer) on 2026-11-25"
    assert f"<title>{title}</title>" in page
    assert f"<body>\n{review.to_html()}\n</body>\n</html>\n" in page


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


def _summary(*texts: str) -> list[str]:
    """The summary lines `check` ends with, for these goal texts."""
    return summarize_smart(ck.evaluate_many(texts, as_of=TODAY)).to_text().splitlines()


def _lines(source: str, gid: str, report: SmartReport, verbose: bool = False) -> list[str]:
    out = []
    for f in report.findings:
        if verbose or f.severity != "info":
            out += [f"{source}:{gid}: {f.code} {f.message}", f"    hint: {f.hint}"]
    return out


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
    talks = "Give two talks at team meetups by June 30, 2027"
    smart = ck.evaluate_smart(talks, as_of=TODAY)
    expected = _lines(str(path), "vague", vague) + _lines(str(path), "talks", smart)
    summary = _summary("Get better at public speaking", talks)
    assert lines == expected + summary  # drafts are not checked
    assert summary[0] == "2 goals checked: 1 SMART (50%), 1 not SMART"
    assert summary[1].startswith("goals per finding code: A008 2, R001 2, ")


def test_check_passes_when_every_goal_is_smart(tmp_path: Path) -> None:
    path = _save(tmp_path, _goal("Give two talks at team meetups by June 30, 2027", "talks"))
    code, out, _ = run("check", path)
    assert code == 0
    assert out.splitlines()[-2] == "1 goal checked: 1 SMART (100%), 0 not SMART"


def test_check_a_toml_plan(toml_plan: Path) -> None:
    code, out, _ = run("check", toml_plan)
    assert code == 1
    assert f"{toml_plan}:on-call: A006 " in out
    assert "4 goals checked: 3 SMART (75%), 1 not SMART" in out.splitlines()


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
    assert out.splitlines() == _summary(SMART_TEXT)
    code, out, _ = run("check", "--text", SMART_TEXT, "--verbose")
    expected = _lines("-", "text", report, verbose=True)
    assert (code, out.splitlines()) == (0, [*expected, *_summary(SMART_TEXT)])


def test_check_text_that_is_not_smart() -> None:
    code, out, _ = run("check", "--text", "Get better at public speaking")
    assert code == 1
    report = ck.evaluate_smart("Get better at public speaking", as_of=TODAY)
    expected = _lines("-", "text", report)
    assert out.splitlines() == [*expected, *_summary("Get better at public speaking")]
    assert "    hint: add a date: e.g. 'by 2027-05-31'" in expected


def test_check_says_why_a_goal_in_another_language_is_not_smart() -> None:
    # Its only finding is informational, yet it is what makes the goal not SMART: it is shown
    # without --verbose, so no goal is listed as failing with nothing said about it.
    text = "Mejorar mis habilidades de liderazgo antes de junio."
    code, out, _ = run("check", "--text", text)
    assert code == 1
    message = "careerkit judges goals written in English; this text looks like another language"
    assert out.splitlines()[:2] == [
        f"-:text: S010 {message}",
        "    hint: write the goal in English to have it judged",
    ]


def test_check_text_reads_dates_from_as_of() -> None:
    code, _, _ = run("check", "--text", "Give two talks by next month", "--as-of", "2026-11-25")
    report = ck.evaluate_smart("Give two talks by next month", as_of=date(2026, 11, 25))
    assert code == (0 if report.is_smart else 1)


@pytest.mark.parametrize("extra", [[], ["plan.json", "--text", "Ship v2"]])
def test_check_needs_a_plan_or_a_text(extra: list[str]) -> None:
    code, out, err = run("check", *extra)
    assert (code, out) == (2, "")
    assert err == (
        "careerkit: give one input: a file (or - for standard input), --csv FILE or --text\n"
    )


# --- agenda ---------------------------------------------------------------------------------


def test_agenda_with_a_calendar_file(toml_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    code, out, err = run("agenda", toml_plan, "--days", "14", "--ics", target)
    assert (code, err) == (0, f"careerkit: wrote {target}\n")
    agenda = ck.schedule_reviews(example_plan(), as_of=TODAY, horizon=timedelta(days=14))
    assert out == str(agenda) + "\n"
    assert out.startswith("Agenda from 2026-11-25 to 2026-12-09:\n")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    todos = list(calendar.walk("VTODO"))
    firsts = [item for item, _ in next_per_series(agenda)]  # one entry per series
    assert [str(t["summary"]) for t in todos] == [item.title for item in firsts]


def test_agenda_as_json(json_plan: Path) -> None:
    code, out, _ = run("agenda", json_plan, "--format", "json", "--as-of", "2026-11-25")
    assert code == 0
    data = json.loads(out)
    assert data["as_of"] == "2026-11-25"
    assert data["until"] == "2027-02-23"  # 90 days by default
    assert data == ck.schedule_reviews(example_plan(), as_of=TODAY).to_dict()


@pytest.mark.parametrize("days", ["0", "-3", "3651", "100000", "1000000000000"])
def test_agenda_days_are_limited(toml_plan: Path, days: str) -> None:
    code, out, err = run("agenda", toml_plan, "--days", days)
    assert (code, out) == (2, "")
    assert err == f"careerkit: --days must be between 1 and 3650, got {days}\n"


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
    assert err == (
        f"careerkit: cannot tell the format of {str(path)!r}: "
        "name it with --input-format (json, toml)\n"
    )


def test_main_writes_to_the_process_streams_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["check", "--text", SMART_TEXT]) == 0
    assert main(["validate", str(tmp_path / "nowhere.json")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "\n".join(_summary(SMART_TEXT)) + "\n"
    assert captured.err.startswith("careerkit: cannot read ")


def test_python_dash_m_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["careerkit", "--version"])
    monkeypatch.delitem(sys.modules, "careerkit.__main__", raising=False)
    monkeypatch.setattr(gc, "freeze", lambda: None)  # keep this test process's objects collectable
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
    frozen = gc.get_freeze_count()
    module = importlib.import_module("careerkit.__main__")
    assert callable(module.program)
    assert (gc.isenabled(), gc.get_freeze_count()) == (True, frozen)


@pytest.mark.parametrize(
    ("before", "command", "expected"),
    [
        # on: imported with it off, then frozen (thousands of objects), then on again
        ("", "demo", "0 True True"),
        # a program that turned it off keeps it off
        ("gc.disable()", "schema", "0 False True"),
    ],
)
def test_the_program_imports_with_the_collector_off_and_freezes_what_it_imported(
    before: str, command: str, expected: str
) -> None:
    probe = (
        "import gc, sys, io, contextlib\n"
        "import careerkit.__main__ as entry\n"
        "assert 'careerkit._cli' not in sys.modules and gc.get_freeze_count() == 0\n"
        f"{before}\n"
        f"sys.argv = ['careerkit', {command!r}]\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = entry.program()\n"
        "print(code, gc.isenabled(), gc.get_freeze_count() > 10_000)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=_env()
    ).stdout
    assert found == expected + "\n"


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
    monkeypatch.setattr(careerkit.testing, "_PACKAGE", tmp_path)
    assert example_plan().owner.name == "Maya Chen (bundled)"
    _, out, _ = run("demo")
    assert out.startswith("Career review of Maya Chen (bundled) (Senior Backend Engineer)")


def test_demo_reads_the_example_plan_from_a_zip_archive(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Imported from a zip archive, the package has no folder on disk: only
    # importlib.resources reaches the bundled copy.
    import importlib.resources

    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "example_plan.toml").write_text(
        example_plan_text().replace('name = "Maya Chen"', 'name = "Maya Chen (zipped)"'),
        encoding="utf-8",
    )
    monkeypatch.setattr(careerkit.testing, "_PACKAGE", tmp_path / "site.zip" / "careerkit")
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    assert example_plan().owner.name == "Maya Chen (zipped)"


# --- check: many goals ----------------------------------------------------------------------


def run_in(text: str, *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line with ``text`` on standard input."""
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [str(a) for a in argv], stdout=out, stderr=err, stdin=io.StringIO(text), today=TODAY
    )
    return code, out.getvalue(), err.getvalue()


VAGUE = "Get better at public speaking"


def test_check_reads_one_goal_per_line_from_standard_input_as_json_lines() -> None:
    code, out, err = run_in(f"{VAGUE}\n\n{SMART_TEXT}\n", "check", "-", "--format", "jsonl")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["source"], r["id"], r["text"]) for r in records] == [
        ("-", "1", VAGUE),
        ("-", "3", SMART_TEXT),  # the blank line 2 is no goal; ids are line numbers
    ]
    report = ck.evaluate_smart(VAGUE, as_of=TODAY)
    assert records[0]["findings"] == [
        {
            "code": f.code,
            "criterion": f.criterion,
            "severity": f.severity,
            "message": f.message,
            "hint": f.hint,
            "span": list(f.span) if f.span else None,
        }
        for f in report.findings
    ]
    assert set(records[0]["findings"][0]) == {
        "code",
        "criterion",
        "severity",
        "message",
        "hint",
        "span",
    }
    assert (records[0]["is_smart"], records[1]["is_smart"]) == (False, True)
    assert records[1]["deadline"] == "2027-06-30"
    assert err.splitlines() == _summary(VAGUE, SMART_TEXT)  # the summary goes to stderr


def test_check_streams_each_goal_out_before_reading_the_next() -> None:
    out = io.StringIO()

    class Lines(io.StringIO):
        def __iter__(self) -> Iterator[str]:
            for n in range(3):
                # Every goal read so far has been written before the next one is read.
                assert out.getvalue().count("\n") == n
                yield f"Read {n + 2} books in 2027\n"

    code = main(
        ["check", "-", "--format", "jsonl"],
        stdout=out,
        stderr=io.StringIO(),
        stdin=Lines(),
        today=TODAY,
    )
    assert code == 0
    assert out.getvalue().count("\n") == 3


def _goals_csv(tmp_path: Path) -> Path:
    path = tmp_path / "goals.csv"
    path.write_text(
        f'employee,department,goal\ne1,Sales,{VAGUE}\ne2,Sales,"{SMART_TEXT}"\ne3,Ops,{VAGUE}\n',
        encoding="utf-8",
    )
    return path


def test_check_a_csv_with_ids_and_groups(tmp_path: Path) -> None:
    path = _goals_csv(tmp_path)
    code, out, err = run(
        "check",
        "--csv",
        path,
        "--text-column",
        "goal",
        "--id-column",
        "employee",
        "--group-column",
        "department",
        "--format",
        "jsonl",
    )
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["group"]) for r in records] == [
        ("e1", "Sales"),
        ("e2", "Sales"),
        ("e3", "Ops"),
    ]
    summary = summarize_smart(
        ck.evaluate_many([VAGUE, SMART_TEXT, VAGUE], as_of=TODAY), groups=["Sales", "Sales", "Ops"]
    )
    assert err == summary.to_text()
    assert "  Ops: 1 goal checked: 0 SMART (0%), 1 not SMART" in err.splitlines()
    assert "  Sales: 2 goals checked: 1 SMART (50%), 1 not SMART" in err.splitlines()


def test_check_a_csv_named_by_its_suffix(tmp_path: Path) -> None:
    path = _goals_csv(tmp_path)
    code, out, _ = run("check", path, "--text-column", "goal")
    assert code == 1
    assert out.startswith(f"{path}:1: ")  # no id column: the row number


def test_check_a_csv_needs_its_columns(tmp_path: Path) -> None:
    path = _goals_csv(tmp_path)
    assert run("check", "--csv", path) == (
        2,
        "",
        "careerkit: a CSV input needs --text-column, the column that holds each goal\n",
    )
    code, _, err = run("check", "--csv", path, "--text-column", "text")
    assert code == 2
    assert err == (
        f"careerkit: --text-column 'text' is not a column of {path}; "
        "its columns: 'employee', 'department', 'goal'\n"
    )


def test_check_writes_csv_with_every_field_quoted_and_formulas_neutralised() -> None:
    goals = ["=1+1", " =1+1", "a;=1+1", SMART_TEXT]
    code, out, _ = run_in("\n".join(goals) + "\n", "check", "-", "--format", "csv")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == ",".join(f'"{c}"' for c in CSV_COLUMNS)
    rows = list(csv.reader(io.StringIO(out)))
    # a;=1+1 stays as it is: quoted, its ";" cannot start a new cell in any spreadsheet.
    assert [row[-1] for row in rows[1:]] == ["'=1+1", "' =1+1", "a;=1+1", SMART_TEXT]
    assert '"a;=1+1"' in out
    assert all(line.startswith('"') and line.endswith('"') for line in lines)


def test_check_reads_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "goals.jsonl"
    lines = [
        json.dumps({"id": "a", "text": VAGUE, "team": "x"}),
        json.dumps(SMART_TEXT),
        "{not json",
        json.dumps([1]),
        json.dumps({"id": "b"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("check", path, "--group-column", "team", "--format", "jsonl")
    assert code == 2  # unreadable records are errors, reported and skipped
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "2"]
    assert err.splitlines()[:3] == [
        (
            f"careerkit: {path}: line 3: not valid JSON "
            "(Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"
        ),
        f"careerkit: {path}: line 4: expected a JSON object or string, got list",
        f"careerkit: {path}: line 5: no 'text' key",
    ]


def test_check_caps_the_problems_it_lists() -> None:
    code, _, err = run_in("[1]\n" * 150, "check", "-", "--input-format", "jsonl")
    assert code == 2
    lines = err.splitlines()
    assert len([x for x in lines if "expected a JSON object" in x]) == 100
    assert "careerkit: and 50 more unreadable goals" in lines


def test_check_refuses_an_empty_text() -> None:
    for text in ["", "   "]:
        assert run("check", "--text", text) == (2, "", "careerkit: --text must not be empty\n")


def test_check_output_to_a_file_says_so(tmp_path: Path) -> None:
    target = tmp_path / "report.jsonl"
    code, out, err = run_in(f"{SMART_TEXT}\n", "check", "-", "--format", "jsonl", "-o", target)
    assert (code, out) == (0, "")
    assert err == "\n".join(_summary(SMART_TEXT)) + f"\ncareerkit: wrote {target}\n"
    assert json.loads(target.read_text(encoding="utf-8"))["text"] == SMART_TEXT


def test_check_json_is_one_array(tmp_path: Path) -> None:
    code, out, _ = run_in(f"{VAGUE}\n{SMART_TEXT}\n", "check", "-", "--format", "json")
    assert code == 1
    assert [entry["goal"] for entry in json.loads(out)] == ["1", "2"]
    code, out, _ = run_in("\n", "check", "-", "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_check_shows_progress_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import careerkit._cli_check as cli_check

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli_check, "_PROGRESS_AFTER", 0.0)
    err = Terminal()
    goals = io.StringIO("Read 12 books in 2027\n" * 200)
    main(["check", "-", "--format", "jsonl"], stdout=io.StringIO(), stderr=err, stdin=goals)
    assert err.getvalue().startswith(
        "\rcareerkit: 100 goals checked\rcareerkit: 200 goals checked\r\x1b[K"
    )
    _, _, plain = run_in("Read 12 books in 2027\n" * 200, "check", "-", "--format", "jsonl")
    assert "\r" not in plain


def test_check_an_unknown_suffix_needs_an_input_format(tmp_path: Path) -> None:
    path = tmp_path / "goals.dat"
    path.write_text(VAGUE, encoding="utf-8")
    assert run("check", path) == (
        2,
        "",
        (
            f"careerkit: cannot tell the format of {str(path)!r}: name it with --input-format "
            "(json, toml, csv, jsonl, lines)\n"
        ),
    )
    code, out, _ = run("check", path, "--input-format", "lines")
    assert (code, out.splitlines()[0]) == (1, f"{path}:1: " + out.splitlines()[0].split(": ", 1)[1])


# --- standard input, --as-of, audiences, help ---------------------------------------------------


@pytest.mark.parametrize("command", ["validate", "review", "agenda", "balance", "check"])
def test_a_plan_from_standard_input(command: str) -> None:
    code, out, err = run_in(example_plan_text(), command, "-", "--input-format", "toml")
    assert code in (0, 1)
    assert "careerkit:" not in err
    if command == "validate":
        assert out == "-: valid (5 goals)\n"


def test_a_plan_from_standard_input_needs_its_format() -> None:
    assert run_in(example_plan_text(), "validate", "-") == (
        2,
        "",
        "careerkit: cannot tell the format of '-': name it with --input-format (json, toml)\n",
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["review", "PLAN", "--as-of", "0001-01-01"],
        ["agenda", "PLAN", "--as-of", "9999-06-01"],
        ["check", "--text", "x", "--as-of", "9999-12-01"],
    ],
)
def test_as_of_outside_the_engines_range_is_a_clear_error(toml_plan: Path, argv: list[str]) -> None:
    code, out, err = run(*[toml_plan if a == "PLAN" else a for a in argv])
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        f"careerkit {argv[0]}: error: argument --as-of: must be between 1900-01-01 and "
        f"2999-12-31, got {argv[-1]}"
    )


def test_as_of_far_from_the_plan_warns(toml_plan: Path) -> None:
    code, out, err = run("review", toml_plan, "--as-of", "1900-01-01")
    assert code == 0
    assert out.startswith("Career review of Maya Chen")
    assert err == (
        "careerkit: warning: --as-of 1900-01-01 is more than 5 years from every date in the "
        "plan (2018-09-01 to 2027-09-30)\n"
    )
    assert run("review", toml_plan, "--as-of", "2032-09-30")[2] == ""
    # For an audience, only the dates it may see count, and only they are shown.
    shown = ck.redact(example_plan(), "hr")
    _, _, hr = run("review", toml_plan, "--as-of", "1900-01-01", "--audience", "hr")
    assert hr.endswith(")\n")
    first, last = hr.rsplit("(", 1)[1].rstrip(")\n").split(" to ")
    assert (date.fromisoformat(first), date.fromisoformat(last)) == (
        min(_plan_dates(shown)),
        max(_plan_dates(shown)),
    )
    assert run("review", toml_plan, "--as-of", "2032-10-02")[2].startswith("careerkit: warning:")


def _plan_dates(plan: object) -> list[date]:
    if isinstance(plan, date):
        return [plan]
    if isinstance(plan, tuple):
        return [d for x in plan for d in _plan_dates(x)]
    if attrs.has(type(plan)):
        return [d for f in attrs.fields(type(plan)) for d in _plan_dates(getattr(plan, f.name))]
    return []


def test_errors_for_an_audience_name_the_place_not_the_value(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(
        json.dumps(
            {"schema": "careerkit/1", "reflections": [{"id": "my secret", "date": "2026-11-20"}]}
        ),
        encoding="utf-8",
    )
    code, _, err = run("validate", path)
    assert (code, "my secret" in err) == (2, True)
    for command in ("validate", "check"):
        code, out, err = run(command, path, "--audience", "hr")
        assert (code, out) == (2, "")
        assert err.splitlines() == [
            f"careerkit: {path}: 1 problem in the plan:",
            "- invalid value @ $.reflections[0].id",
        ]


def test_a_plan_error_list_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    goals = [{"id": f"g{n}"} for n in range(150)]
    path.write_text(json.dumps({"schema": "careerkit/1", "goals": goals}), encoding="utf-8")
    code, _, err = run("validate", path)
    lines = err.splitlines()
    assert code == 2
    assert len(lines) == 102
    assert lines[0] == f"careerkit: {path}: 150 problems in the plan:"
    assert lines[-1] == "- and 50 more problems"


def test_check_uses_only_what_the_audience_may_see(toml_plan: Path) -> None:
    _, out, _ = run("check", toml_plan, "--audience", "hr", "--format", "jsonl")
    shared = {g.id for g in example_plan().goals if "hr" in g.shared_with and g.status == "active"}
    assert {json.loads(x)["id"] for x in out.splitlines()} == shared


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_describes_itself(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    description = out.split("\n\n")[1]
    assert len(description) > 40, description
    assert not description.startswith("positional arguments")


def test_agenda_as_calendar_events(toml_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    code, _, err = run("agenda", toml_plan, "--ics", target, "--component", "event")
    assert (code, err) == (0, f"careerkit: wrote {target}\n")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    agenda = ck.schedule_reviews(example_plan(), as_of=TODAY)
    assert len(list(calendar.walk("VEVENT"))) == len(next_per_series(agenda))
    assert list(calendar.walk("VTODO")) == []


def test_the_command_line_never_shows_a_traceback(
    toml_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import careerkit._review

    def broken(*args: object, **kwargs: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(careerkit._review, "review", broken)
    assert run("review", toml_plan) == (
        2,
        "",
        "careerkit: unexpected error, please report it: OverflowError: date value out of range\n",
    )


def test_json_output_is_strict() -> None:
    from careerkit._cli_check import json_text

    assert json_text({"a": 1.5}, indent=None) == '{"a": 1.5}'
    with pytest.raises(ck.CareerkitError) as info:
        json_text({"rate": float("nan")})
    assert str(info.value) == "the result holds a number JSON cannot represent (NaN or infinity)"


def test_the_third_column_of_a_csv_piped_in_gives_one_json_object_per_goal() -> None:
    # cut -d, -f3 goals.csv | careerkit check - --format jsonl
    lines = (ROOT / "examples" / "goals.csv").read_text(encoding="utf-8").splitlines()
    column = "".join(line.split(",")[2] + "\n" for line in lines)
    done = subprocess.run(
        [sys.executable, "-m", "careerkit", "check", "-", "--format", "jsonl"],
        input=column,
        capture_output=True,
        text=True,
        check=False,
        env=_env(),
    )
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["text"] for r in records] == column.splitlines()
    assert all(set(r) >= {"id", "is_smart", "score", "findings"} for r in records)
    assert done.stderr.startswith(f"{len(lines)} goals checked: ")
    assert "Traceback" not in done.stderr


# --- any valid plan, any date: an answer, never a traceback ----------------------------------


def _strict_json(text: str) -> object:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")

    return json.loads(text, parse_constant=refuse)


@given(
    plan=strategies.plans(),
    as_of=st.dates(),
    argv=st.sampled_from(
        [
            ["review", "--format", "json"],
            ["agenda", "--format", "json", "--days", "3650"],
            ["balance", "--format", "json"],
            ["check", "--input-format", "json", "--format", "jsonl"],
            ["validate", "--audience", "hr"],
            ["review", "--audience", "hr"],
        ]
    ),
)
def test_every_command_answers_any_valid_plan_on_any_date(
    plan: ck.CareerPlan, as_of: date, argv: list[str]
) -> None:
    command, *options = argv
    if command != "check":
        options += ["--input-format", "json"]
    if command != "validate":
        options += ["--as-of", as_of.isoformat()]
    code, out, err = run_in(ck.dumps(plan), command, "-", *options)
    assert "Traceback" not in err
    assert "unexpected error" not in err, err
    if command != "validate" and not date(1900, 1, 1) <= as_of <= date(2999, 12, 31):
        assert (code, out) == (2, "")
        assert "argument --as-of: must be between 1900-01-01 and 2999-12-31" in err
        return
    assert code in ((0, 1) if command == "check" else (0,)), err
    output = options[options.index("--format") + 1] if "--format" in options else "text"
    if output == "json":
        _strict_json(out)
    elif output == "jsonl":
        for line in out.splitlines():
            _strict_json(line)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "-"], "careerkit: - is not valid UTF-8 text (invalid start byte)\n"),
        (
            ["validate", "-", "--input-format", "json"],
            (
                "careerkit: -: 1 problem in the plan:\n"
                "- the file is not valid UTF-8 (invalid start byte) @ $\n"
            ),
        ),
    ],
)
def test_standard_input_must_be_utf8_whatever_the_locale(argv: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "careerkit", *argv],
        input=b'{"schema": "careerkit/1", "owner": {"name": "\xff"}}\n',
        capture_output=True,
        check=False,
        env={**_env(), "LC_ALL": "C", "PYTHONUTF8": "0"},
    )
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == message


def test_a_plan_named_otherwise_is_read_in_the_format_given(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(example_plan_text(), encoding="utf-8")
    assert run("validate", path, "--input-format", "toml") == (0, f"{path}: valid (5 goals)\n", "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_no_plan_whatever_format_is_given(tmp_path: Path) -> None:
    path = tmp_path / "plan.fifo"
    os.mkfifo(path)
    code, out, err = run("validate", path, "--input-format", "json")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"careerkit: {path}: 1 problem in the plan:",
        f"- {str(path)!r} is a named pipe, not a regular file @ $",
    ]


def test_a_csv_exported_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(f"employee,text\ne1,{SMART_TEXT}\n".encode("utf-8-sig"))
    code, out, _ = run("check", path, "--text-column", "text", "--id-column", "employee")
    assert code == 0
    code, out, _ = run_in(
        f"\ufeffemployee,text\ne1,{SMART_TEXT}\n",
        "check",
        "-",
        "--input-format",
        "csv",
        "--text-column",
        "text",
        "--id-column",
        "employee",
        "--format",
        "jsonl",
    )
    assert (code, json.loads(out)["id"]) == (0, "e1")


def test_a_csv_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"employee;text\ne1;{SMART_TEXT}\ne2;{VAGUE}\n", encoding="utf-8")
    code, out, _ = run(
        "check",
        path,
        "--text-column",
        "text",
        "--id-column",
        "employee",
        "--delimiter",
        ";",
        "--format",
        "jsonl",
    )
    assert code == 1
    assert [(r["id"], r["text"]) for r in map(json.loads, out.splitlines())] == [
        ("e1", SMART_TEXT),
        ("e2", VAGUE),
    ]
    code, _, err = run("check", path, "--text-column", "text", "--delimiter", ";;")
    assert code == 2
    assert err.splitlines()[-1] == (
        "careerkit check: error: argument --delimiter: must be one character, not a quote or "
        "newline: ';;'"
    )
