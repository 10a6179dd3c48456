"""Score goal statements against SMART across a partitioned dataset with Dask.

Runs on Dask's local scheduler (processes on this machine). To use a cluster, create a
``dask.distributed.Client("tcp://scheduler-address:8786")`` before calling ``compute()``: the
same code then runs on the cluster's workers, which need careerkit installed.

    pip install 'careerkit[dask]'
    python examples/dask_batch.py
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import careerkit as ck
from careerkit.batch import SmartSummary, summarize_smart

AS_OF = date(2026, 11, 25)


def summarize(texts: Iterable[str]) -> list[SmartSummary]:
    """One partition's roll-up (runs on a worker); only these small counters travel back."""
    return [summarize_smart(ck.evaluate_many(texts, as_of=AS_OF))]


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
    parts = bag.map_partitions(summarize).compute(scheduler="processes", num_workers=2)
    # Roll-ups add up: the sum of the partitions' summaries is the summary of the whole.
    summary: SmartSummary = sum(parts, start=summarize_smart([]))
    print(f"{summary.goals} goals in {len(parts)} partitions: {summary.smart} SMART")
    top = list(summary.codes.items())[:3]
    print("most common findings: " + ", ".join(f"{code} x{n}" for code, n in top))


if __name__ == "__main__":
    main()
