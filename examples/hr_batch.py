"""Score a CSV of employee goals against SMART, in parallel processes, into a CSV report.

An HR tool's export goes in (``employee,goal,text``); a report comes out with each goal's
score, criteria and findings, and the roll-up per employee is printed. Every cell written is
quoted and made safe for spreadsheets, since goal texts are typed by people and may start
with ``=``.

    python examples/hr_batch.py [INPUT.csv] [--output REPORT.csv] [--as-of 2026-11-25]

The report goes next to the input (``goals.csv`` -> ``goals.smart.csv``) unless ``--output``
names a file.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import partial
from pathlib import Path
from typing import NoReturn

import careerkit as ck
from careerkit.batch import SmartSummary, SmartTally, summarize_smart
from careerkit.interop import csv_cell

COLUMNS = ["employee", "goal", "is_smart", "score", "S", "M", "A", "R", "T", "deadline", "findings"]
NEEDED = ("employee", "goal", "text")


def score_rows(rows: Sequence[dict[str, str]], as_of: date | None = None) -> list[list[str]]:
    """Score rows into report lines; every cell is spreadsheet-safe."""
    return score_chunk(rows, as_of)[0]


def score_chunk(
    rows: Sequence[dict[str, str]], as_of: date | None = None
) -> tuple[list[list[str]], SmartSummary]:
    """Score one chunk of rows (runs in a worker process): its report lines and its roll-up
    per employee. The roll-ups of the chunks add up to the roll-up of the whole file."""
    out = []
    tally = SmartTally()
    texts = [r["text"] for r in rows]
    for row, report in zip(rows, ck.evaluate_many(texts, as_of=as_of), strict=True):
        tally.add(report, group=row["employee"])
        criteria = [report.criteria[c].status for c in "SMART"]
        findings = "; ".join(f"{f.code} {f.message} (hint: {f.hint})" for f in report.findings)
        deadline = "" if report.deadline is None else report.deadline.isoformat()
        values = [
            row["employee"],
            row["goal"],
            report.is_smart,
            report.score,
            *criteria,
            deadline,
            findings,
        ]
        out.append([csv_cell(v) for v in values])
    return out, tally.summary()


def chunks(rows: list[dict[str, str]], size: int) -> Iterator[list[dict[str, str]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def fail(message: str) -> NoReturn:
    """One line on stderr and exit code 2, never a traceback."""
    print(f"hr_batch: {message}", file=sys.stderr)
    raise SystemExit(2)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of the input CSV; a clear error when it is missing or lacks a column."""
    try:
        # utf-8-sig: spreadsheet programs start a CSV export with a byte order mark.
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            missing = [c for c in NEEDED if c not in (reader.fieldnames or [])]
            if missing:
                fail(f"{path}: missing column(s): {', '.join(missing)}")
            return [{k: v or "" for k, v in row.items() if k in NEEDED} for row in reader]
    except OSError as exc:
        fail(f"cannot read {str(path)!r}: {exc.strerror}")
    except (UnicodeDecodeError, csv.Error) as exc:
        fail(f"{path} is not a UTF-8 CSV file ({exc})")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-25: {text!r}") from None


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "input", nargs="?", type=Path, default=Path(__file__).with_name("goals.csv")
    )
    parser.add_argument(
        "--output", type=Path, help="report file (default: INPUT.smart.csv next to the input)"
    )
    parser.add_argument(
        "--as-of", type=_day, default=date.today(), help="the day to judge on (default: today)"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--chunk", type=int, default=500, help="rows per task (default: 500)")
    args = parser.parse_args(argv)

    rows = read_rows(args.input)
    output: Path = args.output or args.input.with_name(f"{args.input.stem}.smart.csv")
    score = partial(score_chunk, as_of=args.as_of)
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        parts = list(pool.map(score, chunks(rows, args.chunk)))
    results = [line for lines, _ in parts for line in lines]
    summary = sum((part for _, part in parts), start=summarize_smart([]))
    try:
        with output.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, quoting=csv.QUOTE_ALL)
            writer.writerow(COLUMNS)
            writer.writerows(results)
    except OSError as exc:
        fail(f"cannot write {str(output)!r}: {exc.strerror}")
    sys.stdout.write(summary.to_text())
    print(f"report written to {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
