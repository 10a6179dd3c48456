"""Hostile text in a plan never becomes markup: HTML escapes it, Markdown escapes it, CSV cells
cannot run as spreadsheet formulas."""

from __future__ import annotations

import csv
import html
import importlib.util
import io
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerkit as ck
from careerkit._cli import main
from careerkit._model.fields import Audience
from careerkit._model.privacy import Viewer
from careerkit._render import smart_html
from careerkit.interop import csv_cell
from strategies import LINKS, TEXT_FIELDS

AS_OF = date(2026, 11, 25)
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ALL: tuple[Audience, ...] = ("mentor", "manager", "hr")


def bad(label: str) -> str:
    """A field value: a readable label followed by both payloads (and a Markdown escape try)."""
    return f"{label} {SCRIPT} {IMG} \\<script>x</script>"


def _day(days_ago: int) -> date:
    return AS_OF - timedelta(days=days_ago)


def hostile_plan() -> ck.CareerPlan:
    """A plan that uses every kind of record, with hostile text in every free-text field."""
    week = ck.WeekLog(
        _day(9), hours_worked=60, contracted_hours=40, sleep_hours=5.5, after_hours_days=5
    )
    return ck.CareerPlan(
        owner=ck.Owner(bad("owner"), bad("role"), bad("org")),
        values=(ck.Value("v1", bad("value"), description=bad("value-desc"), shared_with=ALL),),
        goals=(
            ck.Goal(
                "g1",
                bad("Give two talks by June 30, 2027"),
                description=bad("goal-desc"),
                start=_day(60),
                deadline=date(2027, 6, 30),
                metric=ck.Metric(bad("metric"), 0, 2, unit=bad("unit")),
                check_ins=(ck.CheckIn(_day(40), 0.1, note=bad("check-in")),),
                milestones=(ck.Milestone(bad("milestone"), due=_day(5)),),
                values=("v1",),
                skills=(ck.model.SkillTarget("s1", 5),),
                tags=(bad("tag"),),
                shared_with=ALL,
            ),
            ck.Goal(
                "g2",
                bad("Get better"),
                description=bad("g2-desc"),
                tags=(bad("g2-tag"),),
                shared_with=ALL,
            ),
        ),
        skills=(
            ck.Skill(
                "s1",
                bad("skill"),
                level=1,
                target=4,
                history=(ck.model.LevelRecord(_day(100), 1, note=bad("level-note")),),
                evidence=(ck.model.Evidence(_day(100), bad("evidence"), url=bad("url")),),
            ),
        ),
        learning=(
            ck.LearningActivity(
                "l1",
                "certification",
                bad("course"),
                provider=bad("provider"),
                completed=_day(400),
                credential=ck.model.Credential(_day(400), _day(-20), number=bad("n"), url=bad("u")),
                notes=bad("learning-notes"),
            ),
        ),
        contacts=(
            ck.Contact(
                "c1",
                bad("contact"),
                organization=bad("contact-org"),
                role=bad("contact-role"),
                since=_day(500),
                cadence_days=30,
                interactions=(
                    ck.Interaction(
                        _day(90), "received", channel=bad("ch"), note=bad("note"), shared_with=ALL
                    ),
                ),
                tags=(bad("contact-tag"),),
                notes=bad("contact-notes"),
                shared_with=ALL,
            ),
        ),
        mentors=(
            ck.Mentor(
                "m1",
                contact="c1",
                role="sponsor",
                status="active",
                cadence_days=30,
                since=_day(300),
                focus=(bad("focus"),),
                meetings=(ck.model.Meeting(_day(200), note=bad("meeting")),),
                advocacy=(ck.model.Advocacy(_day(200), bad("advocacy")),),
                notes=bad("mentor-notes"),
                shared_with=ALL,
            ),
            ck.Mentor(
                "m2",
                name=bad("prospect"),
                status="prospect",
                since=_day(90),
                focus=(bad("m2-focus"),),
                notes=bad("m2-notes"),
                shared_with=ALL,
            ),
        ),
        challenges=(
            ck.Challenge(
                "ch1",
                bad("challenge"),
                description=bad("challenge-desc"),
                stretch=4,
                sponsor="m1",
                start=_day(300),
                end=_day(3),
                status="done",
                outcome=bad("outcome"),
                lessons=bad("lessons"),
                shared_with=ALL,
            ),
        ),
        reflections=(
            ck.Reflection(
                "r1",
                _day(60),
                prompts=(ck.model.PromptAnswer(bad("prompt"), bad("answer")),),
                energy=2,
                assessments=(ck.model.Assessment("g1", aligned=False, note=bad("assessment")),),
                shared_with=ALL,
            ),
        ),
        wellbeing=ck.Wellbeing(
            weeks=(week,),
            time_off=(ck.model.TimeOff(_day(200), _day(198), note=bad("time-off")),),
            who5=(ck.model.Who5Response(_day(5), (1, 1, 1, 1, 1)),),
            shared_with=ALL,
        ),
        positions=(
            ck.model.Position(
                "p1",
                organization=bad("pos-org"),
                title=bad("pos-title"),
                location=bad("location"),
                description=bad("pos-desc"),
                url=bad("pos-url"),
                summary=bad("summary"),
                highlights=(bad("highlight"),),
                start=_day(900),
                shared_with=ALL,
            ),
        ),
    )


def _records(obj: Any) -> list[Any]:
    """``obj`` and every attrs record inside it."""
    found = [obj]
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if attrs.has(type(item)):
                found.extend(_records(item))
    return found


def test_the_hostile_plan_fills_every_text_field() -> None:
    plan = hostile_plan()
    seen = {type(r) for r in _records(plan)}
    assert set(TEXT_FIELDS) <= seen
    for record in _records(plan):
        for name in TEXT_FIELDS.get(type(record), ()):
            value = getattr(record, name)
            if isinstance(record, ck.Mentor) and name == "name" and record.contact is not None:
                continue  # a mentor linked to a contact shows the contact's (hostile) name
            for text in value if isinstance(value, tuple) else (value,):
                assert SCRIPT in text, (type(record).__name__, name)
                assert IMG in text, (type(record).__name__, name)
        # Every other text field is an id or a link to one.
        for field in attrs.fields(type(record)):
            if field.type in ("str", "str | None", "tuple[str, ...]"):
                assert (
                    field.name in TEXT_FIELDS.get(type(record), ())
                    or field.name == "id"
                    or (type(record), field.name) in LINKS
                ), (type(record).__name__, field.name)


# --- HTML ------------------------------------------------------------------------------------


def _assert_no_raw_markup(page: str) -> None:
    assert re.search(r"<\s*script", page, re.IGNORECASE) is None
    assert re.search(r"<\s*img", page, re.IGNORECASE) is None
    assert "onerror=alert(1)>" not in page  # the ">" closing the injected tag is escaped too


@pytest.mark.parametrize("audience", ["self", *ALL])
def test_the_html_review_escapes_everything(audience: Viewer) -> None:
    review = ck.review(hostile_plan(), as_of=AS_OF, audience=audience)
    page = review.to_html()
    _assert_no_raw_markup(page)
    assert html.escape(SCRIPT) in page
    assert html.escape(IMG) in page
    # The hostile text did reach every part of the page.
    for label in ("owner", "Give two talks by June 30, 2027", "Get better", "contact", "course"):
        assert html.escape(bad(label)) in page
    assert review.agenda
    assert review.insights
    assert review.goals
    assert review._repr_html_() == page


def test_the_notebook_views_escape_everything() -> None:
    plan = hostile_plan()
    agenda = ck.schedule_reviews(plan, as_of=AS_OF)
    balance = ck.score_balance(plan, as_of=AS_OF)
    assert any("contact" in item.title for item in agenda)
    for page in (agenda._repr_html_(), balance._repr_html_()):
        _assert_no_raw_markup(page)
    assert html.escape(bad("contact")) in agenda._repr_html_()


def test_smart_html_escapes_everything() -> None:
    plan = hostile_plan()
    for goal in plan.goals:
        report = ck.evaluate_smart(goal, as_of=AS_OF, plan=plan)
        page = smart_html(report)
        _assert_no_raw_markup(page)
        assert html.escape(goal.title) in page
    text_report = ck.evaluate_smart(bad("Ship every week"), as_of=AS_OF)
    _assert_no_raw_markup(smart_html(text_report))


def test_the_html_review_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    ck.save(hostile_plan(), path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["review", str(path), "--format", "html"], stdout=out, stderr=err, today=AS_OF)
    assert (code, err.getvalue()) == (0, "")
    _assert_no_raw_markup(out.getvalue())


# --- Markdown --------------------------------------------------------------------------------

# A "<" is raw HTML unless an odd number of backslashes stands right before it.
_RAW_LT = re.compile(r"(?<!\\)(?:\\\\)*<")


@pytest.mark.parametrize("audience", ["self", *ALL])
def test_markdown_has_no_raw_html(audience: Viewer) -> None:
    markdown = ck.review(hostile_plan(), as_of=AS_OF, audience=audience).to_markdown()
    assert _RAW_LT.search(markdown) is None
    assert "\\<script\\>alert(1)\\</script\\>" in markdown
    # A backslash in the text is escaped itself, so it cannot cancel the escape of "<".
    assert "\\\\\\<script\\>x" in markdown


def test_the_raw_html_check_can_fail() -> None:
    assert _RAW_LT.search("a <script>") is not None
    assert _RAW_LT.search("a \\\\<script>") is not None
    assert _RAW_LT.search("a \\<script> \\\\\\<b>") is None


# --- CSV -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        (" =1+1", "' =1+1"),
        ("\n=1+1", "'\n=1+1"),
        ("\x00\u200b @x", "'\x00\u200b @x"),
        ("\ufeff-1", "'\ufeff-1"),
        ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),
        ("a;=1+1", "a;=1+1"),  # safe once quoted: every writer here quotes every field
        (" plain", " plain"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("Give 2 talks by 2027-06-30", "Give 2 talks by 2027-06-30"),
        ("", ""),
        (None, ""),
        (42, "42"),
        (-3, "'-3"),
        (True, "True"),
    ],
)
def test_csv_cell(value: object, expected: str) -> None:
    assert csv_cell(value) == expected


def _hr_batch() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hr_batch", EXAMPLES / "hr_batch.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Its worker processes find the chunk function by module name.
    sys.modules["hr_batch"] = module
    spec.loader.exec_module(module)
    return module


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_the_hr_batch_report_neutralises_every_formula() -> None:
    rows = [
        {"employee": '=HYPERLINK("http://evil","x")', "goal": "+g1", "text": "=1+1"},
        {"employee": "@boss", "goal": "-g2", "text": "-2 bugs a week by June 30, 2027"},
        {"employee": "\tann", "goal": "\rg3", "text": "+Give 2 talks by June 30, 2027"},
        {"employee": "Ann", "goal": "g4", "text": "@Ship the v2 API by March 31, 2027"},
        {"employee": "Bo", "goal": "g5", "text": "Give two talks at meetups by June 30, 2027"},
    ]
    out = _hr_batch().score_rows(rows)
    assert len(out) == len(rows)
    for line in out:
        assert len(line) == 11
        for cell in line:
            assert isinstance(cell, str)
            assert not cell.startswith(FORMULA_STARTS), cell
    assert out[0][0] == '\'=HYPERLINK("http://evil","x")'
    assert out[0][1] == "'+g1"
    assert out[1][:2] == ["'@boss", "'-g2"]
    assert out[2][:2] == ["'\tann", "'\rg3"]
    assert out[4][:2] == ["Bo", "g5"]  # ordinary text is left alone
    assert out[4][2] == "True"


def test_the_hr_batch_report_quotes_every_field_and_neutralises_hidden_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "goals.csv"
    hostile = [" =1+1", "\n=1+1", "a;=1+1", "\u200b@SUM(A1)", "Read 12 books in 2027"]
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["employee", "goal", "text"])
        writer.writerows([text, f"g{n}", text] for n, text in enumerate(hostile))
    _hr_batch().main([str(source), "--as-of", "2026-11-25", "--workers", "1"])
    report = source.with_name("goals.smart.csv")  # next to the input by default
    text = report.read_text(encoding="utf-8")
    assert capsys.readouterr().err == f"report written to {report}\n"
    rows = list(csv.reader(io.StringIO(text)))
    assert [row[0] for row in rows[1:]] == [
        "' =1+1",
        "'\n=1+1",
        "a;=1+1",  # quoted, so no spreadsheet splits it at the ";"
        "'\u200b@SUM(A1)",
        "Read 12 books in 2027",
    ]
    assert '"a;=1+1"' in text
    assert all(record.startswith('"') for record in text.split("\r\n") if record)


def test_the_hr_batch_judges_on_the_day_given(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("employee,goal,text\nann,g1,Give two talks by next month\n", encoding="utf-8")
    target = tmp_path / "named.csv"
    _hr_batch().main([str(source), "--output", str(target), "--as-of", "2026-11-25"])
    (row,) = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert row["deadline"] == "2026-12-31"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "hr_batch: cannot read '{path}': No such file or directory\n"),
        ("employee,text\na,b\n", "hr_batch: {path}: missing column(s): goal\n"),
    ],
)
def test_the_hr_batch_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    source = tmp_path / "goals.csv"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        _hr_batch().main([str(source)])
    assert exc.value.code == 2
    assert capsys.readouterr().err == message.format(path=source)


_FORMULA_AFTER_BLANKS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]*[=+\-@]")


@given(
    goals=st.lists(
        st.text(st.characters(exclude_characters="\n\r"), min_size=1, max_size=40).filter(
            str.strip
        ),
        min_size=1,
        max_size=5,
    )
)
def test_check_csv_output_is_safe_whatever_the_goals(goals: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["check", "-", "--format", "csv", "--as-of", "2026-11-25"],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("".join(f"{g}\n" for g in goals)),
    )
    assert code in (0, 1), err.getvalue()
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert len(rows) == len(goals) + 1
    for row in rows[1:]:
        for cell in row:
            assert not _FORMULA_AFTER_BLANKS.match(cell) or cell.startswith("'"), cell
    # Every field is quoted: each record starts and ends with a quote.
    assert all(r.startswith('"') for r in out.getvalue().split("\r\n") if r)
