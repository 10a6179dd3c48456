"""Goals in the shapes people actually write, one group per way the evaluator used to misread
them, with the verdict and every finding message a reader sees, word for word.

Verdict letters as in ``smart_cases.py``: upper case where the criterion is met (for A: not
shown to be out of reach), lower case where it is not. The general findings A008 and R001 are
left out of the message lists.
"""

from __future__ import annotations

from datetime import date

import pytest

import careerkit as ck

AS_OF = date(2026, 11, 25)

CAUSES = [
    # 1. Any verb in action position is the action, listed or not.
    ("Circulate the budget summary to department heads every month until June.", "SMArT", []),
    ("Shadow a senior nurse on the night shift for two weeks.", "SMArT", []),
    # 2. A phrase before the verb.
    ("By March 31, I will publish three case studies on our blog.", "SMArT", []),
    ("Despite my travel, I'll mentor two new hires this quarter.", "SMArT", []),
    (
        "On the first day of the course, I will present my project plan.",
        "SMArT",
        ["T008 'On the first day of the course' ties the deadline to an event without a date"],
    ),
    # 3. The figure in a purpose clause or a later sentence.
    ("Adopt a time-tracking app to raise my billable hours by 10% in two months.", "SMART", []),
    (
        "Get better at Excel. I need to build the monthly variance report in under 2 hours.",
        "SMARt",
        ["T001 no date, window or cadence"],
    ),
    # 4. Numbers glued to units, and words of change.
    ("Lose 8kg by May 1st.", "SMArT", []),
    ("Swim 2x/week until March.", "SMArT", []),
    ("Cut the invoice backlog by half by June.", "SMArT", []),
    # 5. An object narrowed by a modifier or a complement.
    ("Launch a loyalty scheme for our bakery by March.", "SMArT", []),
    ("Hand flyers to every ward visitor this month.", "SMArT", []),
    # 6. Title Case.
    ("Finish Intermediate Excel Pivot Tables Course By July", "SMArT", []),
    # 7. Two verbs joined by "and".
    ("Draft and send the audit summary to the board by Friday.", "SMArT", []),
    # 8. A credential is earned, not changed.
    ("Gain the CPR certification by May.", "SMArT", []),
    # 9. The time grammar.
    (
        "Present the results prior to my next appraisal.",
        "SMArT",
        ["T008 'prior to my next appraisal' ties the deadline to an event without a date"],
    ),
    ("Send the rota by 3pm.", "SMArT", []),
    ("File my expenses EOD Friday.", "SMArT", []),
    ("Write the grant report in just a quarter.", "SMArT", []),
    ("Close the books by end of year.", "SMArT", []),
    # 10. A self-rated confidence is not a measure.
    (
        "Feel more at ease presenting. Confidence: 4/10 now, 8/10 by June.",
        "smArT",
        [
            "S002 'more' compares with nothing concrete",
            "M003 'more' is an amount without a number",
            "M001 no number, count, frequency or verifiable result",
        ],
    ),
    # 11. Scope out of reach for the time frame.
    (
        "Go from junior analyst to CEO within a year.",
        "SMarT",
        ["A003 'CEO' within 12 months skips every step on the way"],
    ),
    ("Cut churn by 50% in a month.", "SMarT", ["A002 '50%' in 4 weeks is far beyond a realistic pace"]),
    (
        "Run a marathon next week, having never run before.",
        "SMarT",
        ["A005 'marathon' within 11 days is not reachable from where the goal starts"],
    ),
    (
        "Bring in $1M of new revenue in six months, starting from zero.",
        "SMarT",
        ["A005 '$1M' within 6 months is not reachable from where the goal starts"],
    ),
    # 12. Messages a reader understands.
    (
        "Take on more responsibility.",
        "smArt",
        [
            "S002 'more' compares with nothing concrete",
            "S001 'take on' names a direction, not a concrete action",
            "M003 'more' is an amount without a number",
            "M001 no number, count, frequency or verifiable result",
            "T001 no date, window or cadence",
        ],
    ),
    (
        "Make progress on the migration plan.",
        "smArt",
        [
            "S001 'make progress' names a direction, not a concrete action",
            "M001 no number, count, frequency or verifiable result",
            "T001 no date, window or cadence",
        ],
    ),
    ("Follow through with every client request this month.", "SMArT", []),
    ("Pass my N95 FIT test by May.", "SMArT", []),
    (
        "Submit the report prior to the board meeting.",
        "SMArT",
        ["T008 'prior to the board meeting' ties the deadline to an event without a date"],
    ),
    (
        "Speak Spanish fluently by March 2026.",
        "SmArT",
        [
            "M002 'fluently' is a feeling or a state, not a measure",
            "M001 no number, count, frequency or verifiable result",
            "T003 the deadline 2026-03-31 is already past on 2026-11-25",
        ],
    ),
    # 13. Goals not in English.
    (
        "Mejorar mis habilidades de liderazgo antes de junio.",
        "smArt",
        ["S010 careerkit judges goals written in English; this text looks like another language"],
    ),
]  # fmt: skip


def verdict(report: ck.reports.SmartReport) -> str:
    out = []
    for c in "SMART":
        status = report.criteria[c].status
        met = status != "not_met" if c == "A" else status == "met"
        out.append(c if met else c.lower())
    return "".join(out)


@pytest.mark.parametrize(("text", "expected", "messages"), CAUSES)
def test_verdict_and_messages(text: str, expected: str, messages: list[str]) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert verdict(report) == expected
    shown = [f"{f.code} {f.message}" for f in report.findings if f.code not in ("A008", "R001")]
    assert shown == messages


def test_a_rating_is_one_figure_on_its_scale() -> None:
    report = ck.evaluate_smart("Rate the new ward process 9 out of 10 by June.", as_of=AS_OF)
    assert [(q.value, q.unit, q.kind, q.text) for q in report.quantities] == [
        (9.0, "/10", "level", "9 out of 10")
    ]


def test_a_self_rating_is_not_reported_as_a_figure() -> None:
    text = "Feel more at ease presenting. Confidence: 4/10 now, 8/10 by June."
    assert ck.evaluate_smart(text, as_of=AS_OF).quantities == ()


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Lead my 12-person team through the Q1 migration.", []),
        ("Mentor 3 engineers with 0-2 years of experience by June.", [(3.0, "engineers")]),
        ("Get fitter before the 10k in May.", []),
        ("I'm 80% confident I can pass the CKA exam by May.", []),
        ("Lose 8kg by May 1st.", [(8.0, "kg")]),
        ("Raise $2m for the new wing by June.", [(2_000_000.0, "USD")]),
    ],
)
def test_what_is_and_is_not_a_measure(text: str, figures: list[tuple[float, str]]) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(q.value, q.unit) for q in report.quantities] == figures


def test_the_deliverable_stops_before_prior_to() -> None:
    report = ck.evaluate_smart("Submit the report prior to the board meeting.", as_of=AS_OF)
    assert report.deliverable == "Submit the report"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Present the results prior to my next appraisal.", None),
        ("Take on two extra classes next term.", None),
        ("Fix the five slowest queries by the end of sprint 24.", None),
        ("Do one mock interview a week until I land an offer.", None),
        ("After the offsite, write up the decisions within a week.", None),
        ("Reconcile petty cash every Friday before 3 pm.", None),
        ("Send the rota by 3pm.", "2026-11-25"),
        ("File my expenses EOD Friday.", "2026-11-27"),
    ],
)
def test_time_bound_with_or_without_a_date(text: str, deadline: str | None) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].met
    assert report.deadline == (date.fromisoformat(deadline) if deadline else None)


@pytest.mark.parametrize(
    "text",
    [
        "Grow as a team lead. I have four new starters in January.",
        "Shadow our CFO for a day sometime.",
        "Halve the time it takes to close the month-end books.",
    ],
)
def test_not_a_time_frame(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert not report.criteria["T"].met
    assert report.deadline is None
