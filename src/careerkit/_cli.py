"""The ``careerkit`` command line: review, check, agenda, balance, validate, schema, demo."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

from careerkit._balance import score_balance
from careerkit._errors import CareerkitError, PlanValidationError
from careerkit._io import load
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import VIEWERS, Viewer
from careerkit._review import review
from careerkit._schedule import schedule_reviews
from careerkit._schema import json_schema
from careerkit._smart import evaluate_smart

__all__ = ["main"]

_FORMATS = ("text", "markdown", "json", "html")


class _UsageError(CareerkitError):
    """A command line that cannot be carried out (bad option value, unwritable output)."""


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-25: {text!r}") from None


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked for.

    Reading package metadata imports email, zipfile and csv (about 50 ms): every other command
    would pay for it if the parser built the text up front.
    """

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from careerkit import __version__

        sys.stdout.write(f"careerkit {__version__}\n")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerkit",
        description="Career growth as code: review a career plan, check goals against SMART, "
        "plan reviews and follow-ups, score work-life balance.",
        epilog="Plans are JSON or TOML files (see 'careerkit schema'). Exit codes: 0 ok, "
        "1 findings (check: a goal is not SMART), 2 error.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="show program's version number and exit"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def plan_command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("plan", type=Path, help="the plan file (.json or .toml)")
        return p

    def as_of_option(p: argparse.ArgumentParser, default: str = "today") -> None:
        p.add_argument(
            "--as-of",
            type=_as_of,
            metavar="DATE",
            help=f"the day to look at the plan from, e.g. 2026-11-25 (default: {default})",
        )

    def audience_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--audience",
            choices=VIEWERS,
            default="self",
            help="show only what the plan shares with this audience (default: self, all)",
        )

    def output_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=_FORMATS, default="text", help="default: text")
        p.add_argument("--output", "-o", type=Path, metavar="FILE", help="write here, not stdout")
        audience_option(p)

    demo = sub.add_parser(
        "demo",
        help="review the example plan that ships with careerkit",
        description="Review the example plan that ships with careerkit (a backend engineer "
        "working towards a staff role).",
    )
    as_of_option(demo, default="2026-11-25, the day the example was written for")
    output_options(demo)

    rev = plan_command("review", "review a plan: goals, agenda, balance and insights")
    as_of_option(rev)
    output_options(rev)

    check = sub.add_parser(
        "check",
        help="check goals against SMART, like a linter",
        description="Check every active goal of a plan, or one goal text, against the SMART "
        "criteria. Prints one line per finding; exits 1 when any goal is not SMART.",
    )
    check.add_argument("plan", type=Path, nargs="?", help="the plan file (.json or .toml)")
    check.add_argument("--text", help="check this goal text instead of a plan")
    as_of_option(check)
    check.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    check.add_argument(
        "--verbose", "-v", action="store_true", help="also list informational findings"
    )

    agenda = plan_command("agenda", "list the reviews, follow-ups and renewals coming up")
    as_of_option(agenda)
    agenda.add_argument("--days", type=int, default=90, help="how far ahead to look (default: 90)")
    agenda.add_argument("--ics", type=Path, metavar="FILE", help="also write an iCalendar file")
    agenda.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    audience_option(agenda)

    balance = plan_command("balance", "score work-life balance from the plan's well-being logs")
    as_of_option(balance)
    balance.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    audience_option(balance)

    plan_command("validate", "check that a plan file is valid")
    sub.add_parser("schema", help="print the JSON Schema of plan files")
    return parser


def _write(text: str, output: Path | None, stdout: TextIO) -> None:
    if output is None:
        stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _UsageError(f"cannot write {str(output)!r}: {exc.strerror}") from None


def _write_review(plan: CareerPlan, args: argparse.Namespace, as_of: date, stdout: TextIO) -> None:
    audience: Viewer = args.audience
    result = review(plan, as_of=as_of, audience=audience)
    if args.format == "json":
        text = json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "markdown":
        text = result.to_markdown()
    elif args.format == "html":
        text = result.to_html()
    else:
        text = result.to_text()
    _write(text, args.output, stdout)


def _check(args: argparse.Namespace, today: date, stdout: TextIO) -> int:
    if (args.plan is None) == (args.text is None):
        raise _UsageError("give either a plan file or --text, not both or neither")
    if args.text is not None:
        named = [("-", "text", evaluate_smart(args.text, as_of=args.as_of or today))]
    else:
        plan = load(args.plan)
        named = [
            (str(args.plan), g.id, evaluate_smart(g, as_of=args.as_of or today, plan=plan))
            for g in plan.goals
            if g.status == "active"
        ]
    if args.format == "json":
        data = [{"file": f, "goal": gid, **report.to_dict()} for f, gid, report in named]
        stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        for file, gid, report in named:
            for finding in report.findings:
                if args.verbose or finding.severity != "info":
                    stdout.write(f"{file}:{gid}: {finding.code} {finding.message}\n")
        failing = sum(1 for *_, r in named if not r.is_smart)
        checked = f"{len(named)} goal{'' if len(named) == 1 else 's'} checked"
        stdout.write(f"{checked}, {failing} not SMART\n")
    return 1 if any(not r.is_smart for *_, r in named) else 0


def _run(args: argparse.Namespace, today: date, stdout: TextIO) -> int:
    command = args.command
    if command == "schema":
        stdout.write(json.dumps(json_schema(), indent=2) + "\n")
        return 0
    if command == "demo":
        from careerkit.testing import EXAMPLE_AS_OF, example_plan

        _write_review(example_plan(), args, args.as_of or EXAMPLE_AS_OF, stdout)
        return 0
    if command == "check":
        return _check(args, today, stdout)
    plan = load(args.plan)
    as_of = getattr(args, "as_of", None) or today
    if command == "validate":
        stdout.write(f"{args.plan}: valid ({len(plan.goals)} goals)\n")
    elif command == "review":
        _write_review(plan, args, as_of, stdout)
    elif command == "agenda":
        if args.days < 1:
            raise _UsageError(f"--days must be at least 1, got {args.days}")
        agenda = schedule_reviews(
            plan, as_of=as_of, horizon=timedelta(days=args.days), audience=args.audience
        )
        if args.ics is not None:
            _write(agenda.to_ics(), args.ics, stdout)
        if args.format == "json":
            stdout.write(json.dumps(agenda.to_dict(), indent=2, ensure_ascii=False) + "\n")
        else:
            stdout.write(str(agenda) + "\n")
    else:  # balance
        report = score_balance(plan, as_of=as_of, audience=args.audience)
        if args.format == "json":
            stdout.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        else:
            stdout.write(str(report))
    return 0


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
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
    try:
        # The command line is an edge: it may read the clock, the engines never do.
        return _run(args, today or date.today(), out)
    except PlanValidationError as exc:
        source = getattr(args, "plan", None) or "plan"
        err.write(f"careerkit: {source}: {exc}\n")
    except CareerkitError as exc:
        err.write(f"careerkit: {exc}\n")
    except OSError as exc:
        err.write(f"careerkit: cannot read {str(exc.filename)!r}: {exc.strerror}\n")
    return 2
