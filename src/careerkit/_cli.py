"""The ``careerkit`` command line: review, check, agenda, balance, validate, schema, demo.

Exit codes: 0 ok, 1 findings (``check``: a goal is not SMART), 2 error. Every error is one
line on standard error (a plan's problems one per line, the first 100 of them), never a
traceback; every file written is announced on standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal, TextIO

import attrs
from dateutil.relativedelta import relativedelta

from careerkit._args import EARLIEST_AS_OF, LATEST_AS_OF, as_of_date
from careerkit._cli_check import (
    CHECK_INPUT_FORMATS,
    CHECK_OUTPUT_FORMATS,
    MAX_PROBLEMS,
    PLAN_FORMATS,
    UsageError,
    check,
    input_format,
    json_text,
)
from careerkit._dates import iso_date_form
from careerkit._errors import CareerkitError, PlanValidationError
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import VIEWERS, Viewer

__all__ = ["MAX_DAYS", "main"]

_FORMATS = ("text", "markdown", "json", "html")
#: The longest agenda the command line builds: ten years of reviews and follow-ups.
MAX_DAYS = 3650
# An --as-of further than this from every date in the plan is most likely a typo.
_FAR = relativedelta(years=5)


def _as_of(text: str) -> date:
    # Read as the library reads an as_of string, so the command line takes what the API takes.
    if not iso_date_form(text):
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-25: {text!r}")
    try:
        return as_of_date(text, "--as-of")
    except CareerkitError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--as-of ")) from None


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from careerkit._version import installed_version

        sys.stdout.write(f"careerkit {installed_version()}\n")
        parser.exit()


def _delimiter(text: str) -> str:
    if len(text) != 1 or text in '"\r\n':
        raise argparse.ArgumentTypeError(f"must be one character, not a quote or newline: {text!r}")
    return text


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil and the compression
    modules it loads (a few milliseconds of every start): argparse asks on each argument."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
        columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own, with the width found as above."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerkit",
        formatter_class=_HelpFormatter,
        description="Career growth as code: review a career plan, check goals against SMART, "
        "plan reviews and follow-ups, score work-life balance.",
        epilog="Plans are JSON or TOML files (see 'careerkit schema'); '-' reads standard "
        "input. Exit codes: 0 ok, 1 findings (check: a goal is not SMART), 2 error.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="show program's version number and exit"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help_text, description=description, formatter_class=_HelpFormatter
        )

    def plan_argument(p: argparse.ArgumentParser) -> None:
        p.add_argument("plan", help="the plan file (.json or .toml), or - for standard input")
        p.add_argument(
            "--input-format",
            choices=PLAN_FORMATS,
            help="the plan's format where its name does not tell (needed for -)",
        )

    def as_of_option(p: argparse.ArgumentParser, default: str = "today") -> None:
        p.add_argument(
            "--as-of",
            type=_as_of,
            metavar="DATE",
            help=f"the day to look at the plan from, e.g. 2026-11-25, between "
            f"{EARLIEST_AS_OF.isoformat()} and {LATEST_AS_OF.isoformat()} (default: {default})",
        )

    def audience_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--audience",
            choices=VIEWERS,
            default="self",
            help="use only what the plan shares with this audience (default: self, all); "
            "errors then name where a problem is, not the value",
        )

    def output_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=_FORMATS, default="text", help="default: text")
        p.add_argument(
            "--output",
            "-o",
            metavar="FILE",
            help="write here, not to standard output (HTML becomes a whole page)",
        )
        audience_option(p)

    demo = command(
        "demo",
        "review the example plan that ships with careerkit",
        "Review the example plan that ships with careerkit (a backend engineer working "
        "towards a staff role).",
    )
    as_of_option(demo, default="2026-11-25, the day the example was written for")
    output_options(demo)

    rev = command(
        "review",
        "review a plan: goals, agenda, balance and insights",
        "Review a plan: each active goal's SMART verdict and progress, the reviews and "
        "follow-ups coming up, the work-life balance score and what stands out.",
    )
    plan_argument(rev)
    as_of_option(rev)
    output_options(rev)

    chk = command(
        "check",
        "check goals against SMART, like a linter",
        "Check goals against the SMART criteria: the active goals of a plan, one --text, or "
        "many goals from a CSV file, JSON Lines or a file with one goal per line (- reads "
        "standard input, one goal per line unless --input-format says otherwise). Writes "
        "each finding with its hint, then a summary (goals checked, SMART share, goals per "
        "finding code); exits 1 when any goal is not SMART.",
    )
    chk.add_argument(
        "plan",
        nargs="?",
        metavar="INPUT",
        help="a plan (.json, .toml), goals (.csv, .jsonl, .txt), or - for standard input",
    )
    chk.add_argument("--text", help="check this one goal text")
    chk.add_argument("--csv", metavar="FILE", help="read goals from this CSV file (or -)")
    chk.add_argument(
        "--input-format",
        choices=CHECK_INPUT_FORMATS,
        help="the input's format where its name does not tell: a plan (json, toml), csv, "
        "jsonl (objects with a text key, or strings) or lines (one goal per line)",
    )
    chk.add_argument(
        "--text-column", metavar="C", help="the CSV column (JSON Lines key: text) with the goal"
    )
    chk.add_argument(
        "--id-column",
        metavar="I",
        help="the CSV column (JSON Lines key: id) naming each goal (default: its row or line)",
    )
    chk.add_argument(
        "--group-column",
        metavar="G",
        help="the CSV column or JSON Lines key to roll the summary up by, e.g. department",
    )
    chk.add_argument(
        "--delimiter",
        type=_delimiter,
        default=",",
        metavar="CHAR",
        help="the character between a CSV input's fields, e.g. ';' (default: ',')",
    )
    as_of_option(chk)
    chk.add_argument(
        "--format",
        choices=CHECK_OUTPUT_FORMATS,
        default="text",
        help="text (findings with hints), jsonl (one object per goal), csv (one row per goal) "
        "or json (one array); the summary goes to standard error for jsonl, csv and json "
        "(default: text)",
    )
    chk.add_argument("--output", "-o", metavar="FILE", help="write here, not to standard output")
    chk.add_argument(
        "--verbose", "-v", action="store_true", help="also list informational findings"
    )
    audience_option(chk)

    agenda = command(
        "agenda",
        "list the reviews, follow-ups and renewals coming up",
        "List the reviews, follow-ups and renewals due from --as-of for --days, each with "
        "why it is due; optionally write them to an iCalendar file.",
    )
    plan_argument(agenda)
    as_of_option(agenda)
    agenda.add_argument(
        "--days",
        type=int,
        default=90,
        help=f"how far ahead to look, 1 to {MAX_DAYS} (default: 90)",
    )
    agenda.add_argument("--ics", metavar="FILE", help="also write an iCalendar file")
    agenda.add_argument(
        "--component",
        choices=("todo", "event"),
        default="todo",
        help="calendar entries as tasks (VTODO) or all-day events (VEVENT), which more "
        "calendar apps show (default: todo)",
    )
    agenda.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    audience_option(agenda)

    balance = command(
        "balance",
        "score work-life balance from the plan's well-being logs",
        "Score work-life balance and burnout risk from the plan's weekly logs and "
        "questionnaires, with the guideline behind each flag.",
    )
    plan_argument(balance)
    as_of_option(balance)
    balance.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    audience_option(balance)

    val = command(
        "validate",
        "check that a plan file is valid",
        "Check that a plan file is valid; lists every problem with where it is.",
    )
    plan_argument(val)
    audience_option(val)
    command(
        "schema",
        "print the JSON Schema of plan files",
        "Print the JSON Schema (draft 2020-12) that plan files follow, for editors and "
        "other programs.",
    )
    return parser


class _Cli:
    """One run of the command line: its streams, its clock and its options."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO):
        self.args = args
        self.out = out
        self.err = err
        self.stdin = stdin

    def load(self, source: str, fmt: str | None = None) -> CareerPlan:
        from careerkit._io import MAX_BYTES, _check_regular, load, loads

        named = fmt or getattr(self.args, "input_format", None)
        fmt = input_format(source, named, formats=PLAN_FORMATS)
        if source == "-":
            # Bytes when there are (a process's stdin): the loader checks they are UTF-8.
            buffer = getattr(self.stdin, "buffer", None)
            data = (buffer or self.stdin).read(MAX_BYTES + 1)
            return loads(data, format="toml" if fmt == "toml" else "json")
        path = Path(source)
        if path.suffix.lower() == f".{fmt}":
            return load(path)
        # A plan is a regular file, whatever its name, as careerkit.load requires.
        _check_regular(path, path.stat().st_mode)
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
        return loads(data, format="toml" if fmt == "toml" else "json")

    def write(self, text: str, output: str | None, *, html_title: str | None = None) -> None:
        if output is None or output == "-":
            self.out.write(text)
            return
        if html_title is not None:
            from careerkit._render import html_document

            text = html_document(html_title, text)
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {output!r}: {exc.strerror}") from None
        self.err.write(f"careerkit: wrote {output}\n")

    def warn_far(self, plan: CareerPlan, as_of: date | None) -> None:
        if as_of is None:
            return
        audience: Viewer = getattr(self.args, "audience", "self")
        if audience != "self":  # the dates shown must be ones this audience may see
            from careerkit._model.privacy import redact

            plan = redact(plan, audience)
        days = list(_dates(plan))
        if days:
            first, last = min(days), max(days)
            # as_of is within the engines' range, so moving it never leaves the calendar.
            if as_of + _FAR < first or as_of - _FAR > last:
                self.err.write(
                    f"careerkit: warning: --as-of {as_of.isoformat()} is more than 5 years "
                    f"from every date in the plan ({first.isoformat()} to {last.isoformat()})\n"
                )

    def run(self, today: date) -> int:
        args = self.args
        command = args.command
        if command == "schema":
            from careerkit._schema import json_schema

            self.out.write(json_text(json_schema()) + "\n")
            return 0
        if command == "demo":
            from careerkit.testing import EXAMPLE_AS_OF, example_plan

            self.review(example_plan(), args.as_of or EXAMPLE_AS_OF)
            return 0
        if command == "check":
            return self.check(args.as_of or today)
        plan = self.load(args.plan)
        if command == "validate":
            self.out.write(f"{args.plan}: valid ({len(plan.goals)} goals)\n")
            return 0
        self.warn_far(plan, args.as_of)
        as_of = args.as_of or today
        if command == "review":
            self.review(plan, as_of)
        elif command == "agenda":
            self.agenda(plan, as_of)
        else:
            from careerkit._balance import score_balance

            report = score_balance(plan, as_of=as_of, audience=args.audience)
            if args.format == "json":
                self.out.write(json_text(report.to_dict()) + "\n")
            else:
                self.out.write(str(report))
        return 0

    def check(self, as_of: date) -> int:
        def load_plan(source: str, fmt: str) -> CareerPlan:
            plan = self.load(source, fmt)
            self.warn_far(plan, self.args.as_of)
            return plan

        output = self.args.output
        if output in (None, "-"):
            return check(self.args, as_of, self.out, self.err, self.stdin, load_plan)
        try:
            f = Path(output).open("w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise UsageError(f"cannot write {output!r}: {exc.strerror}") from None
        with f:
            code = check(self.args, as_of, f, self.err, self.stdin, load_plan)
        self.err.write(f"careerkit: wrote {output}\n")
        return code

    def review(self, plan: CareerPlan, as_of: date) -> None:
        from careerkit._review import review

        args = self.args
        audience: Viewer = args.audience
        result = review(plan, as_of=as_of, audience=audience)
        title = None
        if args.format == "json":
            text = json_text(result.to_dict()) + "\n"
        elif args.format == "markdown":
            text = result.to_markdown()
        elif args.format == "html":
            text = result.to_html()
            from careerkit._render import review_title

            title = review_title(result)
        else:
            text = result.to_text()
        self.write(text, args.output, html_title=title)

    def agenda(self, plan: CareerPlan, as_of: date) -> None:
        from careerkit._schedule import SchedulePolicy, schedule_reviews

        args = self.args
        if not 1 <= args.days <= MAX_DAYS:
            raise UsageError(f"--days must be between 1 and {MAX_DAYS}, got {args.days}")
        component: Literal["VTODO", "VEVENT"] = "VEVENT" if args.component == "event" else "VTODO"
        agenda = schedule_reviews(
            plan,
            as_of=as_of,
            horizon=timedelta(days=args.days),
            policy=SchedulePolicy(calendar_component=component),
            audience=args.audience,
        )
        if args.ics is not None:
            self.write(agenda.to_ics(), args.ics)
        if args.format == "json":
            self.out.write(json_text(agenda.to_dict()) + "\n")
        else:
            self.out.write(str(agenda) + "\n")


def _dates(obj: object) -> Iterator[date]:
    """Every date in a plan's records (a walk over its attrs fields)."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, date):
            yield item
        elif attrs.has(type(item)):
            stack.extend(attrs.astuple(item, recurse=False))  # type: ignore[arg-type]
        elif isinstance(item, tuple | list):
            stack.extend(item)


def _problems(exc: PlanValidationError, audience: str) -> list[str]:
    # An audience other than the owner may be shown the error: name each place, not its value.
    errors = exc.errors[:MAX_PROBLEMS]
    if audience != "self":
        errors = [f"invalid value @ {e.rpartition(' @ ')[2]}" if " @ " in e else e for e in errors]
    total = max(getattr(exc, "total", len(exc.errors)), len(errors))
    lines = [f"{total:,} problem{'s' if total != 1 else ''} in the plan:"]
    lines += [f"- {e}" for e in errors]
    more = total - len(errors)
    if more:
        lines.append(f"- and {more:,} more problem{'s' if more != 1 else ''}")
    return lines


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
    today: date | None = None,
) -> int:
    """Run the command line; returns the exit code (0 ok, 1 findings, 2 error)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    try:
        # argparse prints --help, --version and usage errors itself: send them to out and err.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message (or --help)
        return int(exc.code or 0)
    cli = _Cli(args, out, err, stdin or sys.stdin)
    audience = getattr(args, "audience", "self")
    try:
        # The command line is an edge: it may read the clock, the engines never do.
        return cli.run(today or date.today())
    except PlanValidationError as exc:
        source = getattr(args, "plan", None) or getattr(args, "csv", None) or "plan"
        lines = _problems(exc, audience)
        err.write(f"careerkit: {source}: " + "\n".join(lines) + "\n")
    except CareerkitError as exc:
        err.write(f"careerkit: {exc}\n")
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):  # the reader went away (| head): stop quietly
            return 0
        name = exc.filename if exc.filename is not None else "-"
        err.write(f"careerkit: cannot read {str(name)!r}: {exc.strerror}\n")
    except KeyboardInterrupt:
        err.write("careerkit: interrupted\n")
        return 130
    except Exception as exc:
        err.write(f"careerkit: unexpected error, please report it: {type(exc).__name__}: {exc}\n")
    return 2
