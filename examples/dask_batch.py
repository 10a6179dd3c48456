"""Score goal statements against SMART across a partitioned dataset with Dask.

Runs on Dask's local scheduler (processes on this machine). To use a cluster, create a
``dask.distributed.Client("tcp://scheduler-address:8786")`` before calling ``compute()``: the
same code then runs on the cluster's workers, which need careerkit installed.

    pip install 'careerkit[dask]'
    python examples/dask_batch.py
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import careerkit as ck

AS_OF = date(2026, 11, 25)


def score(text: str) -> dict[str, Any]:
    """One goal's verdict as plain data (what travels back from the workers)."""
    report = ck.evaluate_smart(text, as_of=AS_OF)
    return {
        "is_smart": report.is_smart,
        "score": report.score,
        "codes": [f.code for f in report.findings],
    }


def main() -> None:
    try:
        import dask.bag as db
    except ImportError:
        print("dask is not installed: pip install 'careerkit[dask]'")
        return
    with Path(__file__).with_name("goals.csv").open(newline="", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    # A real dataset would come from db.read_text("s3://bucket/goals-*.txt") or similar.
    bag = db.from_sequence(texts * 50, npartitions=4)
    results: list[dict[str, Any]] = bag.map(score).compute(scheduler="processes", num_workers=2)
    smart = sum(r["is_smart"] for r in results)
    codes = Counter(code for r in results for code in r["codes"])
    print(f"{len(results)} goals in 4 partitions: {smart} SMART")
    print("most common findings: " + ", ".join(f"{c} x{n}" for c, n in codes.most_common(3)))


if __name__ == "__main__":
    main()
