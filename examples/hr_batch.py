"""Score a CSV of employee goals against SMART, in parallel processes, into a CSV report.

An HR tool's export goes in (``employee,goal,text``); a report comes out with each goal's
score, criteria and findings. Every cell written is made safe for spreadsheets, since goal texts
are typed by people and may start with ``=``.

    python examples/hr_batch.py [INPUT.csv] [--output REPORT.csv] [--workers N]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import careerkit as ck
from careerkit.interop import csv_cell

AS_OF = date(2026, 11, 25)
COLUMNS = ["employee", "goal", "is_smart", "score", "S", "M", "A", "R", "T", "deadline", "findings"]


def score_rows(rows: Sequence[dict[str, str]]) -> list[list[str]]:
    """Score one chunk of rows (runs in a worker process)."""
    out = []
    for row, report in zip(
        rows, ck.evaluate_many([r["text"] for r in rows], as_of=AS_OF), strict=True
    ):
        criteria = [report.criteria[c].status for c in "SMART"]
        findings = "; ".join(f"{f.code} {f.message}" for f in report.findings)
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
    return out


def chunks(rows: list[dict[str, str]], size: int) -> Iterator[list[dict[str, str]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "input", nargs="?", type=Path, default=Path(__file__).with_name("goals.csv")
    )
    parser.add_argument("--output", type=Path, help="report file (default: a temporary file)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--chunk", type=int, default=500, help="rows per task (default: 500)")
    args = parser.parse_args(argv)

    with args.input.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    output: Path = args.output or Path(tempfile.mkdtemp()) / "smart_report.csv"
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = [line for part in pool.map(score_rows, chunks(rows, args.chunk)) for line in part]
    with output.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(results)
    smart = sum(1 for r in results if r[2] == "True")
    print(f"{len(results)} goals scored, {smart} SMART; report written to {output}")


if __name__ == "__main__":
    main()
