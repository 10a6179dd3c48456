"""``careerkit check``: many goals in (a plan, a CSV, JSON Lines, one per line), findings out.

Goals stream through: each is read, judged by :func:`careerkit.evaluate_many`, written and
counted before the next is read, so memory stays flat however many goals come in.
"""

from __future__ import annotations

import argparse
import io
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, NamedTuple, TextIO

from careerkit._errors import CareerkitError
from careerkit._model.goals import Goal
from careerkit._model.plan import CareerPlan
from careerkit._model.privacy import redact
from careerkit._render import csv_cell
from careerkit._smart import Finding, SmartReport, evaluate_many

__all__ = [
    "CHECK_INPUT_FORMATS",
    "CHECK_OUTPUT_FORMATS",
    "PLAN_FORMATS",
    "UsageError",
    "check",
    "json_text",
]

PLAN_FORMATS = ("json", "toml")
CHECK_INPUT_FORMATS = (*PLAN_FORMATS, "csv", "jsonl", "lines")
CHECK_OUTPUT_FORMATS = ("text", "jsonl", "csv", "json")
_SUFFIXES = {
    ".json": "json",
    ".toml": "toml",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "lines",
}
# At most this many unreadable records are described; the rest are counted.
MAX_PROBLEMS = 100
CSV_COLUMNS = (
    "source",
    "id",
    "group",
    "is_smart",
    "score",
    "S",
    "M",
    "A",
    "R",
    "T",
    "deadline",
    "codes",
    "findings",
    "text",
)
# Progress shows on a terminal only, and only once a run has lasted this long (seconds).
_PROGRESS_AFTER = 2.0


class UsageError(CareerkitError):
    """A command line that cannot be carried out (bad option value, unwritable output)."""


def json_text(data: object, *, indent: int | None = 2) -> str:
    """``data`` as strict JSON: NaN and infinity are refused, never written."""
    import json  # here: the demo and text output do not need it

    try:
        return json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise UsageError(
            "the result holds a number JSON cannot represent (NaN or infinity)"
        ) from None


class _Item(NamedTuple):
    id: str
    group: str | None
    goal: Goal | str


class _Problems:
    """Unreadable records, described on stderr up to MAX_PROBLEMS, then only counted."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if self.count <= MAX_PROBLEMS:
            self.err.write(f"careerkit: {message}\n")

    def close(self) -> None:
        if self.count > MAX_PROBLEMS:
            self.err.write(f"careerkit: and {self.count - MAX_PROBLEMS:,} more unreadable goals\n")


def input_format(
    source: str, named: str | None, *, formats: tuple[str, ...], default: str | None = None
) -> str:
    """The format of ``source``: the one named, else from its suffix, else ``default``."""
    if named is not None:
        return named
    fmt = _SUFFIXES.get(Path(source).suffix.lower()) if source != "-" else default
    if fmt not in formats:
        choices = ", ".join(formats)
        raise UsageError(
            f"cannot tell the format of {source!r}: name it with --input-format ({choices})"
        )
    return fmt


def _open(source: str, stdin: TextIO) -> IO[str]:
    if source == "-":
        # Standard input is read as strict UTF-8, as files are, whatever the locale says.
        buffer = getattr(stdin, "buffer", None)
        if buffer is None:
            return stdin
        return io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
    # utf-8-sig: spreadsheet programs start a CSV export with a byte order mark.
    return Path(source).open(encoding="utf-8-sig", newline="")


def _lines(f: IO[str]) -> Iterator[_Item]:
    for n, line in enumerate(f, start=1):
        text = line.rstrip("\r\n")
        if text.strip():
            yield _Item(str(n), None, text)


def _cell(record: dict[str, Any], key: str | None, what: str, where: str) -> str | None:
    if key is None:
        return None
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(
            f"{where}: the {what} {key!r} must be a string, got {type(value).__name__}"
        )
    return str(value)


def _jsonl(
    f: IO[str], args: argparse.Namespace, source: str, problems: _Problems
) -> Iterator[_Item]:
    import json

    text_key = args.text_column or "text"
    id_key = args.id_column or "id"
    for n, line in enumerate(f, start=1):
        if not line.strip():
            continue
        where = f"{source}: line {n}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            problems.add(f"{where}: not valid JSON ({exc})")
            continue
        if isinstance(record, str):
            yield _Item(str(n), None, record)
            continue
        if not isinstance(record, dict):
            problems.add(f"{where}: expected a JSON object or string, got {type(record).__name__}")
            continue
        try:
            text = _cell(record, text_key, "text", where)
            if text is None:
                raise ValueError(f"{where}: no {text_key!r} key")
            gid = _cell(record, id_key, "id", where) or str(n)
            yield _Item(gid, _cell(record, args.group_column, "group", where), text)
        except ValueError as exc:
            problems.add(str(exc))


def _csv(f: IO[str], args: argparse.Namespace, source: str, problems: _Problems) -> Iterator[_Item]:
    import csv  # only CSV input and output need it: not every command pays for it

    reader = csv.reader(f, delimiter=args.delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise UsageError(f"{source}: not a CSV file ({exc})") from None
    if header is None:
        return
    if header:
        header[0] = header[0].removeprefix("\ufeff")
    text_key = args.text_column
    if text_key is None:
        raise UsageError("a CSV input needs --text-column, the column that holds each goal")
    columns = {}
    for option, key in (
        ("--text-column", text_key),
        ("--id-column", args.id_column),
        ("--group-column", args.group_column),
    ):
        if key is None:
            continue
        if key not in header:
            shown = ", ".join(repr(h) for h in header[:20])
            raise UsageError(f"{option} {key!r} is not a column of {source}; its columns: {shown}")
        columns[option] = header.index(key)
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.add(f"{source}: row {n}: {exc}")
            continue

        yield _Item(
            _column(row, columns, "--id-column") or str(n),
            _column(row, columns, "--group-column"),
            _column(row, columns, "--text-column") or "",
        )


def _column(row: list[str], columns: dict[str, int], option: str) -> str | None:
    index = columns.get(option)
    if index is None:
        return None
    return row[index] if index < len(row) else ""


LoadPlan = Callable[[str, str], CareerPlan]


def read_goals(
    args: argparse.Namespace, stdin: TextIO, problems: _Problems, load_plan: LoadPlan
) -> tuple[str, Iterable[_Item], CareerPlan | None]:
    """``(source name, the goals to judge, the plan or None)``."""
    if args.text is not None:
        if not args.text.strip():
            raise UsageError("--text must not be empty")
        return "-", [_Item("text", None, args.text)], None
    source = args.csv if args.csv is not None else args.plan
    fmt = (
        "csv"
        if args.csv is not None
        else input_format(source, args.input_format, formats=CHECK_INPUT_FORMATS, default="lines")
    )
    if fmt in PLAN_FORMATS:
        plan = load_plan(source, fmt)
        if args.audience != "self":
            plan = redact(plan, args.audience)
        goals = [_Item(g.id, None, g) for g in plan.goals if g.status == "active"]
        return source, goals, plan
    f = _open(source, stdin)

    def items() -> Iterator[_Item]:
        try:
            if fmt == "csv":
                yield from _csv(f, args, source, problems)
            elif fmt == "jsonl":
                yield from _jsonl(f, args, source, problems)
            else:
                yield from _lines(f)
        except UnicodeDecodeError as exc:
            raise UsageError(f"{source} is not valid UTF-8 text ({exc.reason})") from None
        finally:
            if source != "-":
                f.close()

    return source, items(), None


def _compact(report: SmartReport, item: _Item, source: str) -> dict[str, Any]:
    return {
        "source": source,
        "id": item.id,
        "group": item.group,
        "text": report.text,
        "is_smart": report.is_smart,
        "score": report.score,
        "criteria": {c: r.status for c, r in report.criteria.items()},
        "deadline": report.deadline.isoformat() if report.deadline else None,
        "findings": [_finding(f) for f in report.findings],
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "criterion": f.criterion,
        "severity": f.severity,
        "message": f.message,
        "hint": f.hint,
        "span": list(f.span) if f.span else None,
    }


def _csv_row(report: SmartReport, item: _Item, source: str) -> list[str]:
    values: list[object] = [
        source,
        item.id,
        item.group,
        report.is_smart,
        report.score,
        *(report.criteria[c].status for c in "SMART"),
        report.deadline.isoformat() if report.deadline else "",
        " ".join(dict.fromkeys(f.code for f in report.findings)),
        "; ".join(f"{f.code} {f.message} (hint: {f.hint})" for f in report.findings),
        report.text,
    ]
    return [csv_cell(v) for v in values]


class _Progress:
    """A line on a terminal's stderr for long runs; nothing when stderr is not a terminal."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        isatty = getattr(err, "isatty", None)
        self.on = bool(isatty and isatty())
        self.start = time.monotonic()
        self.shown = False

    def tick(self, n: int) -> None:
        if self.on and n % 100 == 0 and time.monotonic() - self.start >= _PROGRESS_AFTER:
            self.err.write(f"\rcareerkit: {n:,} goals checked")
            self.err.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            self.err.write("\r\033[K")
            self.err.flush()


def check(
    args: argparse.Namespace,
    as_of: date,
    out: TextIO,
    err: TextIO,
    stdin: TextIO,
    load_plan: LoadPlan,
) -> int:
    """Run ``careerkit check``; returns the exit code."""
    from careerkit._batch import SmartTally  # here: the other commands do not need it

    if sum(x is not None for x in (args.plan, args.text, args.csv)) != 1:
        raise UsageError("give one input: a file (or - for standard input), --csv FILE or --text")
    problems = _Problems(err)
    source, items, plan = read_goals(args, stdin, problems, load_plan)
    fmt = args.format
    tally = SmartTally()
    progress = _Progress(err)
    writer = None
    if fmt == "csv":
        import csv  # see _csv

        writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    if fmt == "json":
        out.write("[")
    pending: deque[_Item] = deque()

    def goals() -> Iterator[Goal | str]:
        # evaluate_many reads one goal at a time: remember which item each report is for.
        for item in items:
            pending.append(item)
            yield item.goal

    try:
        for n, report in enumerate(evaluate_many(goals(), as_of=as_of, plan=plan), start=1):
            item = pending.popleft()
            tally.add(report, item.group)
            if fmt == "jsonl":
                out.write(json_text(_compact(report, item, source), indent=None) + "\n")
            elif fmt == "json":
                head = "\n" if n == 1 else ",\n"
                data = {**report.to_dict(), "file": source, "goal": item.id}
                out.write(head + json_text(data))
            elif writer is not None:
                writer.writerow(_csv_row(report, item, source))
            else:
                _write_text(out, report, item, source, args.verbose)
            progress.tick(n)
    finally:
        progress.close()
        problems.close()
    summary = tally.summary()
    if fmt == "json":
        out.write("\n]\n" if summary.goals else "]\n")
    # Machine output stays one record per goal; the summary then goes to stderr.
    (out if fmt == "text" else err).write(summary.to_text())
    if problems.count:
        return 2
    return 0 if summary.smart == summary.goals else 1


def _write_text(out: TextIO, report: SmartReport, item: _Item, source: str, verbose: bool) -> None:
    shown = [f for f in report.findings if verbose or f.severity != "info"]
    if not shown and not report.is_smart:
        shown = list(report.findings)  # a goal called not SMART is always told why
    for f in shown:
        out.write(f"{source}:{item.id}: {f.code} {f.message}\n")
        out.write(f"    hint: {f.hint}\n")
