"""How often two labellers agree on the same goal statements, beside the SMART evaluator.

The first file holds one labeller's lines; the others hold a second labeller's lines for the
same ids (the texts must match). For the English lines both files share, it prints how often
the two labellers agree on each criterion, on the verdict (S, M, A and T all true) and on the
deadline, and how often the evaluator agrees with each of them: the labellers' agreement is the
ceiling the evaluator can be expected to reach on goals labelled by one person::

    python benchmarks/labeller_agreement.py tests/data/smart_goals_dev45_second.jsonl \\
        tests/data/smart_goals_dev4.jsonl tests/data/smart_goals_dev5.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from smart_agreement import AS_OF, predicted, read_rows

import careerkit as ck

READINGS = ("S", "M", "A", "R", "T", "verdict", "deadline")


def labelled(row: Mapping[str, Any]) -> dict[str, Any]:
    """A labelled line's readings: the five criteria, the verdict and the deadline."""
    out: dict[str, Any] = {c: bool(row[c]) for c in "SMART"}
    out["verdict"] = all(out[c] for c in "SMAT")
    out["deadline"] = row.get("deadline")
    return out


def evaluated(text: str, as_of: date) -> dict[str, Any]:
    """The evaluator's readings of a text, in the same terms as :func:`labelled`."""
    report = ck.evaluate_smart(text, as_of=as_of)
    out: dict[str, Any] = predicted(report)
    out["verdict"] = report.is_smart
    out["deadline"] = report.deadline.isoformat() if report.deadline else None
    return out


def compare(
    second: Sequence[Mapping[str, Any]],
    first: Sequence[Mapping[str, Any]],
    as_of: date = AS_OF,
) -> dict[str, dict[str, float]]:
    """Agreement (0..1) per reading: the two labellers, and the evaluator with each."""
    by_id = {row["id"]: row for row in first}
    triples = []
    for row in second:
        other = by_id.get(row["id"])
        if other is None or row.get("lang") or other.get("lang"):
            continue
        if other["text"] != row["text"]:
            raise SystemExit(f"{row['id']}: the two files hold different texts")
        triples.append((labelled(other), labelled(row), evaluated(str(row["text"]), as_of)))
    if not triples:
        raise SystemExit("the files share no English line")
    n = len(triples)
    out: dict[str, dict[str, float]] = {"lines": {"count": n}}
    for name in READINGS:
        out[name] = {
            "labellers": sum(a[name] == b[name] for a, b, _ in triples) / n,
            "evaluator~first": sum(g[name] == a[name] for a, _, g in triples) / n,
            "evaluator~second": sum(g[name] == b[name] for _, b, g in triples) / n,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("second", type=Path, help="the second labeller's file")
    parser.add_argument("first", nargs="+", type=Path, help="the first labeller's files")
    parser.add_argument("--as-of", type=date.fromisoformat, default=AS_OF)
    args = parser.parse_args(argv)
    first = [row for path in args.first for row in read_rows(path)]
    figures = compare(read_rows(args.second), first, args.as_of)
    print(f"{int(figures['lines']['count'])} English lines labelled by both")
    print(f"{'':9}{'labellers':>11}{'evaluator~first':>17}{'evaluator~second':>18}")
    for name in READINGS:
        f = figures[name]
        print(
            f"{name:9}{f['labellers']:>11.3f}{f['evaluator~first']:>17.3f}{f['evaluator~second']:>18.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
