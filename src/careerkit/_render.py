"""Rendering reports as plain text, Markdown and HTML.

Every string that comes from a plan is untrusted: HTML output escapes all of it, and Markdown
output escapes the characters that would let it inject HTML or break the layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerkit._balance import BalanceReport
    from careerkit._review import GoalReview, PlanReview
    from careerkit._schedule import Agenda, ReviewItem
    from careerkit._smart import SmartReport

__all__ = [
    "agenda_html",
    "balance_html",
    "balance_text",
    "csv_cell",
    "html_document",
    "review_html",
    "review_markdown",
    "review_text",
    "review_title",
    "smart_html",
]

_STATUS_WORDS = {
    "on_track": "on track",
    "at_risk": "at risk",
    "off_track": "off track",
    "done": "done",
    "expired": "expired",
    "unknown": "unknown",
}
_SEVERITY_MARK = {"alert": "!!", "warning": "! ", "info": "  "}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
# Spreadsheet programs run a cell as a formula when it starts with one of these, also after
# leading spaces or control characters (some strip them first); full-width forms count too.
_FORMULA = re.compile(
    r"[\t\r]|[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]"
)


def csv_cell(value: object) -> str:
    """A value made safe for a CSV cell that a spreadsheet program may open.

    A text that starts with ``=``, ``+``, ``-`` or ``@`` (after any leading spaces or control
    characters), or with a tab or a carriage return, would run as a formula; it gets a leading
    apostrophe, which spreadsheets show as plain text. Write the cells with every field quoted
    (``csv.QUOTE_ALL``), so a separator inside a cell (``a;=1+1``) cannot start a new one.

    >>> csv_cell("=HYPERLINK(\\"http://evil\\")")
    '\\'=HYPERLINK("http://evil")'
    >>> csv_cell(" =1+1"), csv_cell("\\n=1+1")
    ("' =1+1", "'\\n=1+1")
    >>> csv_cell(42), csv_cell(None), csv_cell("-3 days"), csv_cell("a=b")
    ('42', '', "'-3 days", 'a=b')
    """
    text = "" if value is None else str(value)
    return "'" + text if _FORMULA.match(text) else text


def _md(text: object) -> str:
    # Escaping "<" and ">" keeps raw HTML out; the rest keeps plan text from becoming markup.
    # Every line break (a lone "\r" ends a Markdown line too) becomes a space.
    return " ".join(_MD_SPECIAL.sub(r"\\\1", str(text)).splitlines())


def _h(text: object) -> str:
    import html  # with html.entities, a few ms that text and Markdown output need not pay

    return html.escape(str(text), quote=True)


def _percent(fraction: float | None) -> str:
    return "?" if fraction is None else f"{fraction:.0%}"


def _goal_line(g: GoalReview) -> tuple[str, str, str]:
    status = _STATUS_WORDS.get(g.progress.status, g.progress.status)
    smart = "SMART" if g.smart.is_smart else "not SMART"
    return status, f"{_percent(g.progress.fraction)} done", f"{smart} ({g.smart.score}/100)"


def html_document(title: str, body: str) -> str:
    """A whole HTML page around ``body``: doctype, UTF-8 charset and an escaped ``title``."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_h(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def review_title(review: PlanReview) -> str:
    """The heading of a review: whose, on which day, for which audience."""
    return _title(review)


def _title(review: PlanReview) -> str:
    who = review.owner.name or "a career plan"
    role = f" ({review.owner.role})" if review.owner.role else ""
    view = "" if review.audience == "self" else f", as shared with the {review.audience}"
    return f"Career review of {who}{role} on {review.as_of.isoformat()}{view}"


def _balance_line(review: PlanReview) -> str:
    b = review.balance
    if b.score is None:
        return f"no score: {b.reason}"
    drivers = f" ({', '.join(b.risk.drivers)})" if b.risk.drivers else ""
    return f"{b.score:g}/100, burnout risk {b.risk.level}{drivers}"


def next_per_series(agenda: Agenda) -> list[tuple[ReviewItem, int]]:
    """The first item of each series (same kind and subject), with how many more follow."""
    firsts: dict[tuple[str, str | None], ReviewItem] = {}
    later: dict[tuple[str, str | None], int] = {}
    for item in agenda:
        key = (item.kind, item.subject)
        if key in firsts:
            later[key] = later.get(key, 0) + 1
        else:
            firsts[key] = item
    return [(item, later.get(key, 0)) for key, item in firsts.items()]


def _more(count: int) -> str:
    return f" (then {count} more)" if count else ""


def review_text(review: PlanReview) -> str:
    """The review as plain text for a terminal."""
    out = [_title(review), ""]
    out.append(f"Goals ({len(review.goals)} active)")
    for g in review.goals:
        status, done, smart = _goal_line(g)
        out.append(f"  - {g.goal.title}")
        out.append(f"      {status}, {done}; {smart}")
        out.append(f"      {g.progress.reason}")
        out.extend(
            f"      {f.code}: {f.message} ({f.hint})"
            for f in g.smart.findings
            if f.severity != "info"
        )
    if not review.goals:
        out.append("  (none)")
    out += ["", _agenda_heading(review)]
    for item, more in next_per_series(review.agenda):
        flag = "OVERDUE " if item.overdue else ""
        out.append(f"  {item.due.isoformat()}  {flag}{item.title}{_more(more)}")
        out.append(f"      {item.reason}")
    out += ["", f"Balance: {_balance_line(review)}"]
    out += ["", f"Insights ({len(review.insights)})"]
    for i in review.insights:
        out.append(f"  {_SEVERITY_MARK.get(i.severity, '  ')} [{i.area}] {i.message}")
        out.append(f"      next: {i.next_step}")
    return "\n".join(out) + "\n"


def review_markdown(review: PlanReview) -> str:
    """The review as Markdown."""
    out = [f"# {_md(_title(review))}", "", f"## Goals ({len(review.goals)} active)", ""]
    for g in review.goals:
        status, done, smart = _goal_line(g)
        out.append(
            f"- **{_md(g.goal.title)}**: {status}, {done}; {smart}. {_md(g.progress.reason)}"
        )
        out.extend(
            f"  - `{f.code}` {_md(f.message)} ({_md(f.hint)})"
            for f in g.smart.findings
            if f.severity != "info"
        )
    if not review.goals:
        out.append("- none")
    out += ["", f"## {_agenda_heading(review)}", ""]
    for item, more in next_per_series(review.agenda):
        flag = " **overdue**" if item.overdue else ""
        out.append(
            f"- {item.due.isoformat()}{flag}: {_md(item.title)}{_more(more)}. {_md(item.reason)}"
        )
    out += ["", "## Balance", "", _md(_balance_line(review))]
    out.extend(f"- {_md(line)}" for line in review.balance.recommendations)
    out += ["", f"## Insights ({len(review.insights)})", ""]
    out.extend(
        f"- **{i.severity}** ({i.area}) {_md(i.message)} Next: {_md(i.next_step)}"
        for i in review.insights
    )
    return "\n".join(out) + "\n"


def _li(items: Iterable[str]) -> str:
    return "".join(f"<li>{item}</li>" for item in items)


def review_html(review: PlanReview) -> str:
    """The review as a self-contained HTML fragment (it shows in a Jupyter notebook)."""
    goals = _li(
        f"<strong>{_h(g.goal.title)}</strong>: {_h(', '.join(_goal_line(g)))}"
        f"<br><small>{_h(g.progress.reason)}</small>"
        + (
            "<ul>"
            + _li(
                f"<code>{_h(f.code)}</code> {_h(f.message)} <em>{_h(f.hint)}</em>"
                for f in g.smart.findings
                if f.severity != "info"
            )
            + "</ul>"
            if any(f.severity != "info" for f in g.smart.findings)
            else ""
        )
        for g in review.goals
    )
    agenda = _agenda_rows(next_per_series(review.agenda))
    insights = _li(
        f"<strong>{_h(i.severity)}</strong> ({_h(i.area)}) {_h(i.message)}"
        f"<br><small>Next: {_h(i.next_step)}</small>"
        for i in review.insights
    )
    recs = _li(_h(line) for line in review.balance.recommendations)
    return (
        '<div class="careerkit-review">'
        f"<h3>{_h(_title(review))}</h3>"
        f"<h4>Goals ({len(review.goals)} active)</h4><ul>{goals}</ul>"
        f"<h4>{_h(_agenda_heading(review))}</h4>{agenda}"
        f"<h4>Balance</h4><p>{_h(_balance_line(review))}</p><ul>{recs}</ul>"
        f"<h4>Insights ({len(review.insights)})</h4><ul>{insights}</ul>"
        "</div>"
    )


def _agenda_heading(review: PlanReview) -> str:
    days = (review.agenda.until - review.agenda.as_of).days
    return (
        f"Agenda: the next {days} days ({len(review.agenda)} items, "
        f"{len(review.agenda.overdue)} overdue; each series shows its next date)"
    )


def _agenda_rows(rows: Iterable[tuple[ReviewItem, int]]) -> str:
    body = "".join(
        f"<tr><td>{_h(item.due.isoformat())}</td><td>{'overdue' if item.overdue else ''}</td>"
        f"<td>{_h(item.title)}{_h(_more(more))}</td><td>{_h(item.reason)}</td></tr>"
        for item, more in rows
    )
    return (
        "<table><thead><tr><th>due</th><th></th><th>what</th><th>why</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def agenda_html(agenda: Agenda) -> str:
    """An agenda as an HTML table, every item shown."""
    heading = (
        f"Agenda from {agenda.as_of.isoformat()} to {agenda.until.isoformat()}: "
        f"{len(agenda)} items, {len(agenda.overdue)} overdue"
    )
    return (
        f'<div class="careerkit-agenda"><h4>{_h(heading)}</h4>'
        + _agenda_rows((item, 0) for item in agenda)
        + "</div>"
    )


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:g}{(' ' + unit) if unit else ''}"


def balance_text(report: BalanceReport) -> str:
    """A balance report as plain text: score, risk, components, flags and what to do."""
    head = "no score: " + report.reason if report.score is None else f"{report.score:g}/100"
    drivers = f" ({', '.join(report.risk.drivers)})" if report.risk.drivers else ""
    out = [
        f"Balance on {report.as_of.isoformat()} (from {report.window_start.isoformat()}): {head}",
        f"Burnout risk: {report.risk.level or 'unknown'}{drivers}",
        "",
        f"  {'component':12} {'value':>10} {'target':>10}  {'status':8} points",
    ]
    for c in report.components:
        out.append(
            f"  {c.name:12} {_number(c.value):>10} {_number(c.target):>10}  {c.status:8} "
            f"{_number(c.points)}"
        )
    if report.flags:
        out += ["", "Flags:"]
        out.extend(f"  - {f.message} [{f.citation}]" for f in report.flags)
    if report.recommendations:
        out += ["", "What to do:"]
        out.extend(f"  - {line}" for line in report.recommendations)
    out += ["", "A summary of recorded habits against published guidelines, not a diagnosis."]
    return "\n".join(out) + "\n"


def balance_html(report: BalanceReport) -> str:
    """A balance report as HTML."""
    head = "no score: " + report.reason if report.score is None else f"{report.score:g}/100"
    rows = "".join(
        f"<tr><td>{_h(c.name)}</td><td>{_h(_number(c.value, c.unit))}</td>"
        f"<td>{_h(_number(c.target, c.unit))}</td><td>{_h(c.status)}</td>"
        f"<td>{_h(_number(c.points))}</td></tr>"
        for c in report.components
    )
    flags = _li(f"{_h(f.message)} <small>[{_h(f.citation)}]</small>" for f in report.flags)
    recs = _li(_h(line) for line in report.recommendations)
    return (
        '<div class="careerkit-balance">'
        f"<h4>Balance on {_h(report.as_of.isoformat())}: {_h(head)}, "
        f"burnout risk {_h(report.risk.level or 'unknown')}</h4>"
        "<table><thead><tr><th>component</th><th>value</th><th>target</th><th>status</th>"
        f"<th>points</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<ul>{flags}</ul><ul>{recs}</ul>"
        "<p><small>Not a diagnosis.</small></p></div>"
    )


def smart_html(report: SmartReport) -> str:
    """A SMART report as HTML: the verdict per criterion and each finding with its fix."""
    verdict = "SMART" if report.is_smart else "not SMART"
    criteria = "".join(
        f"<tr><td>{_h(key)}</td><td>{_h(result.status)}</td></tr>"
        for key, result in report.criteria.items()
    )
    findings = _li(
        f"<code>{_h(f.code)}</code> {_h(f.severity)}: {_h(f.message)} <em>{_h(f.hint)}</em>"
        for f in report.findings
    )
    return (
        '<div class="careerkit-smart">'
        f"<h4>{_h(report.text)}</h4><p>{_h(verdict)}, score {_h(report.score)}/100</p>"
        f"<table><tbody>{criteria}</tbody></table><ul>{findings}</ul></div>"
    )
