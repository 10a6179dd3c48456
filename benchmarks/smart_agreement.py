"""How often the SMART evaluator agrees with a labelled file of goal statements.

Each line of the file is a JSON object with ``text`` and one boolean per criterion (``S``,
``M``, ``A``, ``R``, ``T``), optionally ``deadline`` (an ISO date or null) and ``lang`` (set on
lines that are not English). The labels are read against 2026-11-25 unless ``--as-of`` says
otherwise::

    python benchmarks/smart_agreement.py tests/data/smart_goals_heldout.jsonl
    python benchmarks/smart_agreement.py FILE [FILE ...] [--as-of 2026-11-25] [--misses]

How a report is read against the labels:

- S, M, R and T agree when the label is true exactly when the criterion is ``met``; A agrees
  when the label is false exactly when A is ``not_met`` (unknown counts as achievable).
- overall: the five readings above all true, against the five labels all true.
- is_smart: ``report.is_smart`` against S, M, A and T all true (R is not required there).
- deadline: on lines that carry the key, the report's deadline (or none) equals the label.
- Lines marked ``lang`` are not English: careerkit does not judge them, so they are left out of
  the figures above and counted under "not English flagged" when the report says so (every
  criterion unknown and the finding that only English is read).

``--misses`` lists the lines that disagree, for development files only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import careerkit as ck

AS_OF = date(2026, 11, 25)
CRITERIA = ("S", "M", "A", "R", "T")
LANGUAGE_CODE = "S010"


def predicted(report: ck.reports.SmartReport) -> dict[str, bool]:
    """The report read as the labels are written (see the module docstring)."""
    out = {}
    for c in CRITERIA:
        status = report.criteria[c].status
        out[c] = status != "not_met" if c == "A" else status == "met"
    return out


def flagged_as_foreign(report: ck.reports.SmartReport) -> bool:
    """The report declines to judge: every criterion unknown, with the language finding."""
    return all(r.status == "unknown" for r in report.criteria.values()) and any(
        f.code == LANGUAGE_CODE for f in report.findings
    )


def agreement(rows: Iterable[Mapping[str, Any]], as_of: date = AS_OF) -> dict[str, Any]:
    """Agreement figures (0..1) per criterion, overall, is_smart and deadline, and the misses."""
    hits = dict.fromkeys((*CRITERIA, "overall", "is_smart", "deadline"), 0)
    total = deadlines = foreign = foreign_flagged = 0
    misses: list[str] = []
    for row in rows:
        report = ck.evaluate_smart(str(row["text"]), as_of=as_of)
        if row.get("lang"):
            foreign += 1
            foreign_flagged += flagged_as_foreign(report)
            continue
        total += 1
        guess = predicted(report)
        wrong = [c for c in CRITERIA if guess[c] != bool(row[c])]
        for c in CRITERIA:
            hits[c] += c not in wrong
        hits["overall"] += all(guess.values()) == all(bool(row[c]) for c in CRITERIA)
        hits["is_smart"] += report.is_smart == all(bool(row[c]) for c in "SMAT")
        if "deadline" in row:
            deadlines += 1
            got = report.deadline.isoformat() if report.deadline else None
            if got == row["deadline"]:
                hits["deadline"] += 1
            else:
                wrong.append(f"deadline {got} != {row['deadline']}")
        if wrong:
            misses.append(f"{row.get('id', '?')}: {' '.join(wrong)}: {row['text']}")
    figures: dict[str, Any] = {
        c: hits[c] / total if total else 1.0 for c in (*CRITERIA, "overall", "is_smart")
    }
    figures["deadline"] = hits["deadline"] / deadlines if deadlines else None
    figures.update(
        lines=total,
        deadline_lines=deadlines,
        foreign=foreign,
        foreign_flagged=foreign_flagged,
        misses=misses,
    )
    return figures


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled lines of ``path``; a ValueError names the file and line of a bad one."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ValueError(f"{path}:{number}: not an object with a string 'text'")
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=AS_OF)
    parser.add_argument("--misses", action="store_true", help="list the lines that disagree")
    args = parser.parse_args(argv)
    for path in args.files:
        try:
            rows = read_rows(path)
        except OSError as error:
            parser.error(f"cannot read {path}: {error.strerror}")
        except ValueError as error:
            parser.error(str(error))
        f = agreement(rows, args.as_of)
        cells = "  ".join(f"{c} {f[c]:.3f}" for c in CRITERIA)
        dl = "n/a" if f["deadline"] is None else f"{f['deadline']:.3f}"
        print(f"{path.name}: {f['lines']} English lines")
        print(f"  {cells}  overall {f['overall']:.3f}  is_smart {f['is_smart']:.3f}")
        print(f"  deadline {dl} ({f['deadline_lines']} lines)", end="")
        print(f"  not English flagged {f['foreign_flagged']}/{f['foreign']}")
        if args.misses:
            for line in f["misses"]:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
