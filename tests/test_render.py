"""Rendering reports as plain text, Markdown and HTML."""

from __future__ import annotations

import html
from collections import Counter
from datetime import date

import pytest

import careerkit as ck
from careerkit._render import (
    agenda_html,
    balance_html,
    balance_text,
    next_per_series,
    smart_html,
)
from careerkit.testing import EXAMPLE_AS_OF, example_plan

AS_OF = EXAMPLE_AS_OF


@pytest.fixture(scope="module")
def result() -> ck.reports.PlanReview:
    return ck.review(example_plan(), as_of=AS_OF)


def _unescape_md(text: str) -> str:
    # The Markdown renderer puts a backslash before characters that would become markup.
    return text.replace("\\", "")


def _renders(result: ck.reports.PlanReview) -> dict[str, str]:
    return {
        "text": result.to_text(),
        "markdown": _unescape_md(result.to_markdown()),
        "html": html.unescape(result.to_html()),
    }


# --- key facts ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_holds_the_key_facts(result: ck.reports.PlanReview, fmt: str) -> None:
    out = _renders(result)[fmt]
    assert "Career review of Maya Chen (Senior Backend Engineer) on 2026-11-25" in out
    assert "Goals (4 active)" in out
    for g in result.goals:
        assert g.goal.title in out
        assert g.progress.reason in out
    sep = ", " if fmt == "html" else "; "
    assert f"on track, 25% done{sep}SMART (90/100)" in out
    assert f"off track, 12% done{sep}not SMART (80/100)" in out
    assert "A006" in out  # the finding that makes a goal not SMART
    assert "44.2/100, burnout risk high (hours, wellbeing)" in out
    assert f"Insights ({len(result.insights)})" in out
    for insight in result.insights:
        assert insight.message in out
        assert insight.next_step in out
    assert "(28 items, 7 overdue; each series shows its next date)" in out
    assert "the next 30 days" in out


def test_text_marks_overdue_items(result: ck.reports.PlanReview) -> None:
    out = result.to_text()
    assert "  2026-04-02  OVERDUE Meet your sponsor Sam Okafor\n" in out
    assert "  2026-12-06  Meet your mentor Priya Raman\n" in out
    assert out.count("OVERDUE") == len({(i.kind, i.subject) for i in result.agenda.overdue})
    assert "  !! [balance] " in out  # alerts stand out
    assert out.endswith("\n")


def test_markdown_marks_overdue_items(result: ck.reports.PlanReview) -> None:
    out = result.to_markdown()
    assert "- 2026-04-02 **overdue**: Meet your sponsor Sam Okafor." in out
    assert "- 2026-12-06: Meet your mentor Priya Raman." in out
    assert out.startswith("# Career review of Maya Chen")
    assert "\n## Balance\n" in out
    assert "- **alert** (balance) " in out
    assert "  - `A006` " in out


def test_html_marks_overdue_items(result: ck.reports.PlanReview) -> None:
    out = result.to_html()
    assert "<tr><td>2026-04-02</td><td>overdue</td><td>Meet your sponsor Sam Okafor</td>" in out
    assert "<tr><td>2026-12-06</td><td></td><td>Meet your mentor Priya Raman</td>" in out
    assert out.count("<td>overdue</td>") == len(
        {(i.kind, i.subject) for i in result.agenda.overdue}
    )
    assert "<code>A006</code>" in out
    for line in result.balance.recommendations:
        assert f"<li>{html.escape(line)}</li>" in out


def test_only_findings_above_info_are_listed(result: ck.reports.PlanReview) -> None:
    staff = result.goals[0]
    assert {f.severity for f in staff.smart.findings} == {"info"}
    for out in (result.to_text(), result.to_markdown(), result.to_html()):
        for f in staff.smart.findings:
            assert f.message not in out


# --- agenda series --------------------------------------------------------------------------


def test_each_series_shows_its_next_date_and_how_many_follow(result: ck.reports.PlanReview) -> None:
    counts = Counter((i.kind, i.subject) for i in result.agenda)
    rows = next_per_series(result.agenda)
    assert len(rows) == len(counts)
    text, markdown, page = result.to_text(), result.to_markdown(), result.to_html()
    for item, more in rows:
        assert more == counts[(item.kind, item.subject)] - 1
        first = min(
            (i for i in result.agenda if (i.kind, i.subject) == (item.kind, item.subject)),
            key=lambda i: result.agenda.items.index(i),
        )
        assert item == first
        tail = f" (then {more} more)" if more else ""
        flag = "OVERDUE " if item.overdue else ""
        assert f"  {item.due.isoformat()}  {flag}{item.title}{tail}\n" in text
        assert f"{_unescape_md(item.title)}{tail}." in _unescape_md(markdown)
        assert f"{html.escape(item.title)}{html.escape(tail)}</td>" in page
    assert any(more for _, more in rows)
    assert (
        "Review goal: Cut after-hours pages for my team from 12 to 4 a month by May 2027 (then 4 more)"
        in text
    )


def test_agenda_html_shows_every_item(result: ck.reports.PlanReview) -> None:
    out = agenda_html(result.agenda)
    assert out.startswith(
        '<div class="careerkit-agenda"><h4>Agenda from 2026-11-25 to 2026-12-25: '
        "28 items, 7 overdue</h4>"
    )
    assert out.count("<tr><td>") == len(result.agenda)
    assert "more)" not in out
    assert result.agenda._repr_html_() == out


# --- other reports --------------------------------------------------------------------------


def test_balance_text(result: ck.reports.PlanReview) -> None:
    out = balance_text(result.balance)
    assert out.startswith("Balance on 2026-11-25 (from 2026-10-29): 44.2/100\n")
    assert "Burnout risk: high (hours, wellbeing)\n" in out
    for c in result.balance.components:
        assert f"  {c.name:12} " in out
    assert "\nFlags:\n" in out
    for f in result.balance.flags:
        assert f"  - {f.message} [{f.citation}]\n" in out
    assert "\nWhat to do:\n" in out
    assert out.endswith("not a diagnosis.\n")
    assert str(result.balance) == out


def test_balance_html(result: ck.reports.PlanReview) -> None:
    out = balance_html(result.balance)
    assert out.startswith(
        '<div class="careerkit-balance"><h4>Balance on 2026-11-25: 44.2/100, burnout risk high</h4>'
    )
    assert out.count("<tr><td>") == len(result.balance.components)
    for f in result.balance.flags:
        assert html.escape(f.message) in out
    assert result.balance._repr_html_() == out


def test_balance_without_data() -> None:
    report = ck.score_balance(ck.CareerPlan(), as_of=AS_OF)
    assert report.score is None
    text = balance_text(report)
    assert text.startswith(f"Balance on 2026-11-25 (from 2026-10-29): no score: {report.reason}\n")
    assert "Burnout risk: unknown\n" in text
    assert "Flags:" not in text
    assert "What to do:" not in text
    assert "       -          -  " in text  # components without data show dashes
    page = balance_html(report)
    assert "burnout risk unknown" in page
    assert html.escape(f"no score: {report.reason}") in page
    assert "<ul></ul><ul></ul>" in page


def test_balance_with_a_score_but_no_risk_drivers() -> None:
    week = ck.WeekLog(date(2026, 11, 16), hours_worked=40, contracted_hours=40, sleep_hours=8)
    plan = ck.CareerPlan(wellbeing=ck.Wellbeing(weeks=(week,)))
    review = ck.review(plan, as_of=AS_OF)
    assert review.balance.score is not None
    assert review.balance.risk.drivers == ()
    assert f"Balance: {review.balance.score:g}/100, burnout risk " in review.to_text()
    assert "(hours" not in review.to_text()
    assert f"Burnout risk: {review.balance.risk.level}\n" in balance_text(review.balance)


def test_smart_html() -> None:
    report = ck.evaluate_smart("Get better at things", as_of=AS_OF)
    out = smart_html(report)
    assert out.startswith(
        '<div class="careerkit-smart"><h4>Get better at things</h4><p>not SMART, score '
    )
    for key, criterion in report.criteria.items():
        assert f"<tr><td>{key}</td><td>{criterion.status}</td></tr>" in out
    for f in report.findings:
        assert f"<code>{f.code}</code> {f.severity}: {html.escape(f.message)}" in out
    good = ck.evaluate_smart("Give two talks at team meetups by June 30, 2027", as_of=AS_OF)
    assert "<p>SMART, score " in smart_html(good)


# --- edge cases -----------------------------------------------------------------------------


def test_an_empty_plan_renders_in_every_format() -> None:
    review = ck.review(ck.CareerPlan(), as_of=AS_OF)
    text = review.to_text()
    assert text.startswith("Career review of a career plan on 2026-11-25\n")
    assert "Goals (0 active)\n  (none)\n" in text
    assert f"Balance: no score: {review.balance.reason}" in text
    markdown = review.to_markdown()
    assert "## Goals (0 active)\n\n- none\n" in markdown
    page = review.to_html()
    assert "<h4>Goals (0 active)</h4><ul></ul>" in page
    assert page.endswith("</div>")


def test_a_goal_without_progress_shows_a_question_mark() -> None:
    plan = ck.CareerPlan(owner=ck.Owner("Ada"), goals=(ck.Goal("g1", "Get better at SQL"),))
    review = ck.review(plan, as_of=AS_OF)
    assert review.goals[0].progress.fraction is None
    text = review.to_text()
    assert text.startswith("Career review of Ada on 2026-11-25\n")  # no role, no brackets
    assert "      unknown, ? done; not SMART (" in text
    assert "unknown, ? done; not SMART" in review.to_markdown()
    assert "unknown, ? done, not SMART" in review.to_html()


def test_a_review_for_an_audience_says_so() -> None:
    review = ck.review(example_plan(), as_of=AS_OF, audience="mentor")
    title = "Career review of Maya Chen (Senior Backend Engineer) on 2026-11-25, as shared with the mentor"
    assert review.to_text().startswith(title + "\n")
    assert review.to_markdown().startswith(f"# {title}\n")
    assert f"<h3>{title}</h3>" in review.to_html()


def test_markdown_keeps_each_record_on_one_line() -> None:
    goal = ck.Goal("g1", "Ship *v2* of the `api`\n# not a heading\r\n- not an item")
    review = ck.review(ck.CareerPlan(goals=(goal,)), as_of=AS_OF)
    lines = review.to_markdown().splitlines()
    shown = [x for x in lines if "Ship" in x]
    assert len(shown) == 2  # the goal and its review on the agenda
    assert shown[0].startswith(
        "- **Ship \\*v2\\* of the \\`api\\` \\# not a heading - not an item**: "
    )
    assert not any(x.lstrip().startswith(("# not", "- not")) for x in lines)
