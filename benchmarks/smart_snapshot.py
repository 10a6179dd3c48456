"""Every SMART report on a large, fixed set of goal texts, written as JSON lines.

A change meant only to make the evaluator faster must leave this output byte for byte the
same: write it before the change, write it after, and compare::

    python benchmarks/smart_snapshot.py /tmp/before.jsonl
    ...change...
    python benchmarks/smart_snapshot.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

The texts: the benchmark's generated goals (two seeds), the project's labelled cases, the
labelled goal files beside the checkout when present, and variants of all of these (lower
case, Title Case, a second sentence, a leading phrase), each judged with the default policy
and with every switch turned the other way.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from bench_smart import AS_OF, make_goals

import careerkit as ck

ROOT = Path(__file__).resolve().parent.parent
FILES = ("smart_goals_dev.jsonl", "smart_goals_field.jsonl")
LEADS = ("By March 31, I will ", "Every Monday, ", "I'd like to try to ", "- ")
TAILS = (
    " Target: done in 3 weeks, not 6.",
    " I'm 80% confident (7/10).",
    " Review it EOD Friday before my next appraisal.",
)


def base_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests"))
    from smart_cases import ALL

    texts = [case.text for case in ALL]
    for name in FILES:
        for folder in ROOT.parents:
            path = folder / "shared" / "data" / name
            if path.is_file():
                lines = path.read_text(encoding="utf-8").splitlines()
                texts += [json.loads(line)["text"] for line in lines if line]
                break
    return texts


def all_texts() -> list[str]:
    base = base_texts()
    texts = list(base)
    for i, text in enumerate(base):
        texts.append(text.lower())
        texts.append(text.title())
        texts.append(LEADS[i % len(LEADS)] + text[:1].lower() + text[1:])
        texts.append(text + TAILS[i % len(TAILS)])
    texts += make_goals(20_000, seed=7)
    texts += make_goals(10_000, seed=11)
    texts += ["", "   ", "2027", "((((", "Q2 " * 50, "1-2-3/4/5." * 30, "Mejorar mis habilidades"]
    return texts


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/smart_snapshot.jsonl")
    texts = all_texts()
    other = ck.SmartPolicy(
        fiscal_year_start_month=10,
        date_order="dmy",
        vague_terms={"synergy", "level up"},
        max_findings_per_code=2,
        frequency_is_measure=False,
        completion_is_measure=False,
        change_with_scope_is_specific=True,
        learning_alone_is_specific=True,
    )
    with out.open("w", encoding="utf-8") as fh:
        for policy in (None, other):
            for report in ck.evaluate_many(texts, as_of=AS_OF, policy=policy):
                fh.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
                fh.write(repr(report) + "\n")
        goal = ck.Goal(
            id="g1",
            title="Give 3 talks at team meetups",
            description="By June 30, 2027, so that I can apply for the speaker programme.",
        )
        for day in (date(2026, 11, 25), date(2027, 7, 1)):
            report = ck.evaluate_smart(goal, as_of=day)
            fh.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(texts):,} texts, two policies -> {out}")


if __name__ == "__main__":
    main()
