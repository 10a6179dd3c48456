"""Goal statements on specific and measurable (``smart_cases_specific``): verdicts and deadlines."""

from __future__ import annotations

from datetime import date

import pytest

import careerkit as ck
from smart_cases import ALL, AS_OF, Case
from smart_cases_fresh import FRESH_CASES
from smart_cases_more import MORE
from smart_cases_reach import REACH
from smart_cases_specific import (
    FOURTH_BATCH,
    PRINCIPLE_CASES,
    SECOND_BATCH,
    SM_CASES,
    THIRD_BATCH,
)
from smart_files import agreement, case_params, verdict

FLOOR = 0.90

# Read differently from the label. Strict xfail: when one starts to pass, move it out.
MISSES = {
    "Introduce a weekly menu planning meeting to reduce food waste from 12kg to 5kg a week.",
    "Write a blog post.",
    "Lead the Ward 12 team through the move to the new building.",
}
DEADLINE_MISSES: set[str] = set()

# The second batch, written midway: read differently from the label before any fix for it.
SECOND_MISSES = {
    "My public speaking is maybe a 3 out of 10 right now; I'd like it to be a 6.",
    "Help the reading group grow. Ten regular members by the summer would be great.",
    "The stock room needs sorting. A labelled shelf for each supplier is the goal.",
    "Make a start on the garden.",
}

# The third batch, written after the fixes: read differently from the label when first run.
THIRD_MISSES = {
    "Score 85% or more on the Year 10 maths mock.",
    "Be a more confident chair at the residents' meetings.",
    "Take ownership of the supplier relationships.",
}
PRINCIPLE_MISSES: set[str] = set()
FOURTH_MISSES = {
    # "to become a trustee of ..." states a reason, which R does not yet read after "more".
    "Volunteer more to become a trustee of the food bank.",
    # A note that drops its article but ends with a full stop is read as prose.
    "Pass state board. 🎯",
    # Read as a one-off result to check (M), though nothing in it can be checked.
    "Go from strength to strength.",
    # All in lower case an object of two words is still taken for a name, so "nicer coffee"
    # reads as a thing to make.
    "make nicer coffee.",
    # An article with nothing after it is read as a one-off result to check (M).
    "sort out a",
    # A past period after "than" is read as a time the clause sets, so "sooner" compares with
    # something (S, M).
    "Answer supplier emails sooner than last quarter.",
    # "and I want" is not read as the edge of a clause that names what "it" stands for (S, M).
    "The van is old and I want to sell it.",
    # A cadence alone is read as the whole goal's time, and the note as specific.
    "Twice a week",
    # The figure of a later note is not read as the target of "raise my day rate".
    "Raise my day rate. £450 by April.",
    # A "having" clause with nothing after its comma is still read as the goal.
    "Having hit,",
    # A count in words after "the" is read as the figure a bettering verb needs.
    "Improve the two weakest modules on the course.",
    # A means after "with" ("with captions") is not read as what is done to each thing.
    "Enhance the 12 training videos with captions by April.",
    # A change named as a noun after "make" is read as a one-off result to check (M).
    "Make an improvement.",
    # "days" after an arrow is read as a unit of time, not a shift pattern to move to.
    "nights -> days by the summer",
    # A code before a spaced dash is read as a label apart from the goal, so "it" names nothing.
    "IOSH Managing Safely - pass it by June.",
    # "make" before a name and a plural is read as no action at all.
    "Make Christmas cakes for the fair.",
    # A rating the writer gives is read as a figure to check when "myself", "my own" before the
    # thing rated or "self-rated" says who gives it.
    "Rate my own bedside manner at 8/10 by spring.",
    "Score myself 9/10 on lesson planning by Easter.",
    # "rate" with the writer as its object is not read as an action on the form named after it.
    "Rate myself on the self-assessment for triage by March.",
    # A move named by both its ends is read as vague ("progress") or as no action ("climb").
    "Progress from porter to HCA within a year.",
    "Progress from staff nurse to lead nurse by 2029.",
    "Climb from Silver to Gold in the league this season.",
    # A role after "toward" is read as the role reached (S, M), not an aim gone towards.
    "Move from pastry commis toward a sous chef post this year.",
    # An adjective in "-ive" after the object ("attractive") is not read as its state: "-ive"
    # ends nouns as often ("archive", "executive").
    "Make the parish newsletter attractive.",
    # Two verbs joined by "and" are read as vague as the vaguer, so booking the exam, a result
    # done once, is lost behind "prepare for".
    "Book and prepare for the IELTS exam by April.",
}

# Every batch is read by the same two checks; each batch keeps its own list of misses above.
BATCHES = (*SM_CASES, *PRINCIPLE_CASES, *SECOND_BATCH, *THIRD_BATCH, *FOURTH_BATCH)
BATCH_MISSES = MISSES | PRINCIPLE_MISSES | SECOND_MISSES | THIRD_MISSES | FOURTH_MISSES
# Deadlines are checked for every batch but the cases for each principle, read for the verdict.
DATED = [c for c in (*SM_CASES, *SECOND_BATCH, *THIRD_BATCH, *FOURTH_BATCH) if c.deadline]


@pytest.mark.parametrize("case", case_params(BATCHES, BATCH_MISSES))
def test_verdict(case: Case) -> None:
    assert verdict(ck.evaluate_smart(case.text, as_of=AS_OF)) == case.verdict


@pytest.mark.parametrize("case", case_params(DATED, DEADLINE_MISSES))
def test_deadline(case: Case) -> None:
    report = ck.evaluate_smart(case.text, as_of=AS_OF)
    assert case.deadline is not None
    assert report.deadline == date.fromisoformat(case.deadline)


def test_the_batch_is_large_varied_and_new() -> None:
    assert len(SM_CASES) >= 120
    texts = {c.text for c in SM_CASES}
    assert len(texts) == len(SM_CASES), "duplicate case"
    assert not texts & {c.text for c in (*ALL, *MORE, *FRESH_CASES, *REACH)}, "in another batch"
    assert all(len(c.verdict) == 5 for c in SM_CASES)


def test_agreement_per_criterion() -> None:
    for criterion, share in agreement(SM_CASES).items():
        assert share >= FLOOR, criterion


def test_the_cases_for_each_principle_are_new() -> None:
    texts = {c.text for c in PRINCIPLE_CASES}
    assert len(texts) == len(PRINCIPLE_CASES), "duplicate case"
    assert not texts & {c.text for c in (*ALL, *MORE, *FRESH_CASES, *REACH, *SM_CASES)}


def test_the_second_batch_is_large_and_new() -> None:
    assert len(SECOND_BATCH) >= 60
    texts = {c.text for c in SECOND_BATCH}
    assert len(texts) == len(SECOND_BATCH), "duplicate case"
    assert not texts & {c.text for c in (*ALL, *MORE, *FRESH_CASES, *REACH, *SM_CASES)}


def test_a_note_that_opens_with_a_comparative_says_it_compares_with_nothing() -> None:
    report = ck.evaluate_smart("more referrals from the GP surgery pls", as_of=AS_OF)
    found = [(f.code, f.message) for f in report.findings if f.code in ("S002", "S005")]
    assert found == [("S002", "'more' gives a direction, not a target")]


def test_right_now_is_not_called_a_feeling() -> None:
    text = "Get faster at invoicing - right now a batch of 20 takes me a whole afternoon."
    messages = [f.message for f in ck.evaluate_smart(text, as_of=AS_OF).findings]
    assert "'right' is a feeling or a state, not a measure" not in messages
    assert "'Get faster' is too vague to act on: it does not say what you will do" in messages


def test_the_third_batch_is_large_and_new() -> None:
    assert len(THIRD_BATCH) >= 60
    texts = {c.text for c in THIRD_BATCH}
    assert len(texts) == len(THIRD_BATCH), "duplicate case"
    earlier = (*ALL, *MORE, *FRESH_CASES, *REACH, *SM_CASES, *SECOND_BATCH, *PRINCIPLE_CASES)
    assert not texts & {c.text for c in earlier}


def test_a_hyphenated_word_is_quoted_whole() -> None:
    report = ck.evaluate_smart("Be the go-to person for Excel questions.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.code == "S001"] == [
        "'Be the go-to person' is too vague to act on: it does not say what you will do"
    ]


def test_a_finding_quotes_the_words_as_written() -> None:
    # A quote shows the writer's own words, capitals and all, never a lower-cased copy.
    report = ck.evaluate_smart("Be a level 4 Excel user in my own view by March.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.code == "S001"] == [
        "'Be a level 4 Excel user' is too vague to act on: it does not say what you will do"
    ]
    report = ck.evaluate_smart("I Might Try To Get Better At SQL Soon.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.code in ("S001", "S008", "T002")] == [
        ("S001", "'Get Better' is too vague to act on: it does not say what you will do"),
        ("S008", "'Try' hedges the commitment"),
        ("T002", "'Soon' is not a deadline"),
    ]
    report = ck.evaluate_smart("Attend Some Conferences in 2027.", as_of=AS_OF)
    assert [(f.message, f.hint) for f in report.findings if f.code == "M003"] == [
        (
            "'Some' is an amount without a number",
            "replace 'Some' with a number: e.g. 'attend 3 meetups'",
        )
    ]


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        # A participle after "get", "be" or "become" is the state reached, not an object.
        (
            "I have 3,000 followers and I want to get published.",
            ["S001 'get published' is too vague to act on: it does not say what you will do"],
        ),
        (
            "Become certified by June 2027.",
            ["S001 'Become certified' is too vague to act on: it does not say what you will do"],
        ),
        (
            "Be shortlisted by June 2027.",
            ["S001 'Be shortlisted' is too vague to act on: it does not say what you will do"],
        ),
        # "a single", "one": how many, even denied ("never skip a single ..." is every one).
        ("Never miss a single shift handover in Q1 2027.", []),
        ("Never skip a single gym session in Q1 2027.", []),
        ("Don't miss one payroll cut-off this quarter.", []),
    ],
)
def test_a_state_reached_or_a_counted_object_is_not_a_general_object(
    text: str, findings: list[str]
) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["S"].findings] == findings


def test_the_fourth_batch_is_new() -> None:
    texts = {c.text for c in FOURTH_BATCH}
    assert len(texts) == len(FOURTH_BATCH), "duplicate case"
    earlier = (*ALL, *MORE, *FRESH_CASES, *REACH, *SM_CASES, *SECOND_BATCH, *PRINCIPLE_CASES)
    assert not texts & {c.text for c in (*earlier, *THIRD_BATCH)}


def test_a_verb_that_raises_a_quality_is_called_vague() -> None:
    report = ck.evaluate_smart("Uplevel my spreadsheets.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.code == "S001"] == [
        "'Uplevel' is too vague to act on: it does not say what you will do"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Keep an eye on the lambing pens.",
            "'Keep an eye' is too vague to act on: it does not say what you will do",
        ),
        (
            "Close the gap with our competitors.",
            "'Close the gap' is too vague to act on: it does not say what you will do",
        ),
        (
            "Get a handle on the rota.",
            "'Get a handle' is too vague to act on: it does not say what you will do",
        ),
        (
            "Sort out the stockroom.",
            "'Sort out' is too vague to act on: it does not say what you will do",
        ),
        (
            "We will tidy up the shared calendar by Friday.",
            "'tidy up' is too vague to act on: it does not say what you will do",
        ),
    ],
)
def test_a_vague_idiom_is_quoted_whole(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.findings if f.code == "S001"] == [message]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Crew 3 to cut late pick-ups.", "'cut' gives a direction, not a target"),
        (
            "Goal 2 - get better at delegating.",
            "'get better' is too vague to act on: it does not say what you will do",
        ),
    ],
)
def test_a_numbered_item_is_a_label_not_the_action(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.findings if f.code in ("S001", "S002")][-1:] == [message]
    assert report.quantities == ()


def test_a_plural_label_is_not_the_action_nor_its_clause_a_reason() -> None:
    text = "Home visits: every new tenant to have a welcome visit within 10 days of moving in."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.criteria["R"].findings] == [
        "the goal does not say why it matters"
    ]
    assert report.criteria["T"].met


def test_a_passive_order_is_the_goal_not_a_reason() -> None:
    report = ck.evaluate_smart("All fire doors to be inspected by the end of January.", as_of=AS_OF)
    assert [f.message for f in report.criteria["R"].findings] == [
        "the goal does not say why it matters"
    ]
    assert report.deadline == date(2027, 1, 31)


def test_a_model_number_inside_a_name_is_not_a_figure() -> None:
    report = ck.evaluate_smart(
        "Get confident using the Leica 3000 MX scanner before Easter.", as_of=AS_OF
    )
    assert report.quantities == ()
    assert [f.message for f in report.criteria["M"].findings] == [
        "'confident' is a feeling or a state, not a measure"
    ]


def test_a_unit_glued_number_before_a_noun_names_a_kind() -> None:
    report = ck.evaluate_smart("Improve the 5kg bag filling line.", as_of=AS_OF)
    assert [f.message for f in report.criteria["S"].findings] == [
        "'Improve' is too vague to act on: it does not say what you will do"
    ]
    assert not report.criteria["M"].met


def test_a_result_another_party_brings_about_is_checked_once() -> None:
    report = ck.evaluate_smart("Get the council to approve the new play park plans.", as_of=AS_OF)
    assert report.criteria["M"].met
    assert report.criteria["M"].findings == ()


def test_a_share_of_things_is_a_figure_not_a_self_rating() -> None:
    text = "Sharpen my free throws - 7/10 shots should go in by the end of the season."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(q.value, q.unit, q.kind) for q in report.quantities] == [(7.0, "/10", "level")]
    assert report.criteria["S"].findings == ()


def test_a_concrete_item_of_a_list_meets_s_and_m() -> None:
    text = "Get better at Excel and build the monthly sales dashboard by March."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].met
    assert report.criteria["M"].met
    assert report.criteria["S"].findings == ()
    assert report.criteria["M"].findings == ()


def test_a_level_of_a_named_scheme_is_a_qualification_to_gain() -> None:
    report = ck.evaluate_smart("CIPD Level 5 next year", as_of=AS_OF)
    assert report.criteria["S"].findings == ()
    assert report.criteria["M"].findings == ()
    unnamed = ck.evaluate_smart("Level 2 this winter", as_of=AS_OF)
    assert [f.message for f in unnamed.criteria["S"].findings] == [
        "the goal does not name an action to take"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Get CSAT up.", "'Get CSAT up' is too vague to act on: it does not say what you will do"),
        (
            "Get morale up",
            "'Get morale up' is too vague to act on: it does not say what you will do",
        ),
        ("Bring turnover down.", "'Bring' gives a direction, not a target"),
    ],
)
def test_a_bare_amount_moved_up_or_down_sets_no_figure(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion == "S"] == [message]
    assert report.criteria["M"].status == "not_met"


def test_a_thing_with_an_article_put_up_is_no_amount() -> None:
    report = ck.evaluate_smart("Get the website up.", as_of=AS_OF)
    assert report.criteria["S"].status == "met"


def test_a_phrase_of_measuring_is_no_action_and_its_by_no_deadline() -> None:
    # The vague headline stays vague: the participle after the dash is no second action.
    report = ck.evaluate_smart(
        "Get better at time management - tracked across each sprint.", as_of=AS_OF
    )
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S001", "'Get better' is too vague to act on: it does not say what you will do")
    ]
    # "counted by the pulse survey" says who counts: the goal has no deadline at all.
    report = ck.evaluate_smart(
        "Improve staff morale on the night shift, counted by the pulse survey.", as_of=AS_OF
    )
    assert [(f.code, f.message) for f in report.findings if f.criterion == "T"] == [
        ("T001", "the goal has no date, window or cadence")
    ]
    # A leading phrase of measuring: the action after its comma is the goal's.
    report = ck.evaluate_smart(
        "Measured over December, improve customer satisfaction.", as_of=AS_OF
    )
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S001", "'improve' is too vague to act on: it does not say what you will do")
    ]


def test_a_general_verb_on_a_counted_set_of_things_is_a_task() -> None:
    report = ck.evaluate_smart("Deal with the 40 overdue invoices this month.", as_of=AS_OF)
    assert report.criteria["S"].findings == ()
    assert [(q.value, q.unit) for q in report.quantities] == [(40.0, "invoices")]
    # The same verb on things held stays vague, and says so.
    report = ck.evaluate_smart("Do my 2 jobs well.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S001", "'Do my 2 jobs' is too vague to act on: it does not say what you will do")
    ]


def test_a_phrase_of_measuring_after_the_subject_tells_no_situation() -> None:
    report = ck.evaluate_smart(
        "Our scrap rate, measured over December, should fall to 1.5%.", as_of=AS_OF
    )
    assert report.criteria["T"].findings == ()
    assert report.deadline == date(2026, 12, 31)


@pytest.mark.parametrize("text", ["Train as a", "Train as an", "as a"])
def test_as_a_at_the_end_of_the_text_reads_safely(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].status == "not_met"


def test_a_capacity_after_as_is_a_role() -> None:
    report = ck.evaluate_smart("Train as a colourist, barber and nail tech.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion == "S"] == []
    assert report.criteria["S"].status == "met"


def test_a_reputation_to_become_is_a_vague_state() -> None:
    report = ck.evaluate_smart("Become a famous designer.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion in ("S", "M")] == [
        "'Become a famous designer' is too vague to act on: it does not say what you will do",
        "'famous' is a feeling or a state, not a measure",
    ]


def test_an_order_after_a_comma_is_judged_with_the_goal() -> None:
    text = "Sharpen chisels every Friday, keep the workshop swept daily, log timber stock monthly."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    assert [f.code for f in report.findings if f.criterion == "S"] == []


@pytest.mark.parametrize("text", ["Go,", "Go, run", "Improve,", ", run"])
def test_a_comma_at_the_end_of_the_text_reads_safely(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["T"].status == "not_met"


def test_a_statement_then_an_order_after_a_comma_is_no_list() -> None:
    report = ck.evaluate_smart("observability is a mess, fix it", as_of=AS_OF)
    assert report.criteria["S"].status == "not_met"
    assert report.criteria["M"].status == "not_met"


def test_a_relative_level_is_a_direction_with_no_end() -> None:
    report = ck.evaluate_smart("Take my bakery to the next level.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion in ("S", "M")] == [
        "'Take my bakery' is too vague to act on: it does not say what you will do",
        "the goal has no number, count, frequency or result to check",
    ]


@pytest.mark.parametrize(
    "text", ["Take it to", "Take it to the", "Take it to the next", "Take it to a whole"]
)
def test_a_level_cut_short_at_the_end_of_the_text_reads_safely(text: str) -> None:
    assert ck.evaluate_smart(text, as_of=AS_OF).criteria["S"].status == "not_met"


def test_a_role_aimed_at_in_the_reason_leaves_the_action_vague() -> None:
    report = ck.evaluate_smart("Grow my book so I can make partner.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion in ("S", "M")] == [
        "'Grow' gives a direction, not a target",
        "the goal has no number, count, frequency or result to check",
    ]
    assert report.criteria["R"].status == "met"


def test_a_body_idiom_is_a_vague_state() -> None:
    report = ck.evaluate_smart("My mentor left in June. I need to find my feet again.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion == "S"] == [
        "'find my feet' is too vague to act on: it does not say what you will do"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [("when", None), ("Get it when", "'it'"), ("Get a licence if", "'a licence'")],
)
def test_a_condition_word_at_the_end_of_the_text_is_read(text: str, said: str | None) -> None:
    found = [f.message for f in ck.evaluate_smart(text, as_of=AS_OF).findings if f.code == "S003"]
    assert found == ([f"{said} does not say which one or how many"] if said else [])


def test_the_words_of_a_condition_are_not_the_goals() -> None:
    report = ck.evaluate_smart("Sit the ACCA F7 paper when life gets less chaotic.", as_of=AS_OF)
    assert [f.code for f in report.findings if f.criterion in "SM"] == []
    report = ck.evaluate_smart("Get some training when I have time.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion in "SM"] == [
        ("S003", "'some' does not say which one or how many"),
        ("M003", "'some' is an amount without a number"),
    ]


def test_a_few_things_narrowed_leave_only_how_many_open() -> None:
    report = ck.evaluate_smart("Book a few shifts on the stroke ward.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion in "SM"] == [
        ("M003", "'few' is an amount without a number"),
    ]
    report = ck.evaluate_smart("Make a few tweaks to the rota.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S003", "'few' does not say which one or how many"),
    ]


@pytest.mark.parametrize("text", ["Since March", "Since March reorg", "Since the 2026", "After"])
def test_a_leading_date_at_the_end_of_the_text_is_read(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S005", "the goal does not name an action to take")
    ]


def test_a_dated_noun_in_a_leading_phrase_is_not_the_action() -> None:
    report = ck.evaluate_smart(
        "Since the March 2026 reorg I need to build dashboards for the ops team.", as_of=AS_OF
    )
    assert report.criteria["S"].status == "met"
    assert [f.code for f in report.findings if f.criterion == "S"] == []


# A letter and a number name one version or size: "ship v2" says which.
@pytest.mark.parametrize(
    "text",
    [
        "Ship v2 by March.",
        "I'm 80% confident I can ship v2 by March.",
        "Print an a3 poster by Friday.",
    ],
)
def test_a_letter_and_a_number_name_the_object(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    assert report.criteria["S"].findings == ()


@pytest.mark.parametrize("text", ["Muck out and", "out and", "Muck out"])
def test_a_particle_and_and_at_the_end_of_the_text_are_read(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion in "SM"] == [
        ("S005", "the goal does not name an action to take"),
        ("M001", "the goal has no number, count, frequency or result to check"),
    ]


@pytest.mark.parametrize("text", ["Work as", "Work as a"])
def test_as_at_the_end_of_the_text_is_read(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S001", "'Work' is too vague to act on: it does not say what you will do")
    ]


# An abstract object is quoted with its verb: the phrase is what is vague, not the verb alone.
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Switch careers.",
            "S001 'Switch careers' is too vague to act on: it does not say what you will do",
        ),
        (
            "I want to eventually move into management.",
            "S001 'move into management' is too vague to act on: it does not say what you will do",
        ),
        (
            "comms skills",
            "S001 'comms skills' is too vague to act on: it does not say what you will do",
        ),
    ],
)
def test_an_abstract_object_is_quoted_with_its_verb(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["S"].findings] == [message]


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        ("Design buildings that matter.", ["S003 'buildings' does not say which one or how many"]),
        ("Write songs that", ["S003 'songs' does not say which one or how many"]),
        ("that", ["S005 the goal does not name an action to take"]),
    ],
)
def test_how_the_object_is_valued_is_not_which_one(text: str, messages: list[str]) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.criteria["S"].findings] == messages


def test_a_bare_passive_order_names_its_action_and_its_deadline() -> None:
    report = ck.evaluate_smart("Training to be completed by 31/03/2027.", as_of=AS_OF)
    assert report.criteria["S"].findings == ()
    assert report.criteria["T"].findings == ()
    assert report.deadline == date(2027, 3, 31)
    assert [f.message for f in report.criteria["R"].findings] == [
        "the goal does not say why it matters"
    ]
    report = ck.evaluate_smart("Report to be submitted by Friday.", as_of=AS_OF)
    assert report.criteria["S"].findings == ()
    assert report.deadline == date(2026, 11, 27)


def test_a_vague_participle_in_a_passive_order_names_no_action() -> None:
    report = ck.evaluate_smart("Morale to be improved by June.", as_of=AS_OF)
    assert [f.message for f in report.criteria["S"].findings] == [
        "the goal does not name an action to take"
    ]


@pytest.mark.parametrize("text", ["to be", "Report to be", "Report to be fully", "Handbook to be."])
def test_a_passive_order_cut_short_at_the_end_of_the_text_reads_safely(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.criteria["S"].findings] == [
        "the goal does not name an action to take"
    ]


def test_a_finding_about_a_goal_with_an_emoji_quotes_the_words_only() -> None:
    report = ck.evaluate_smart("🤝 Network more", as_of=AS_OF)
    assert [(f.code, f.message, f.span) for f in report.criteria["S"].findings] == [
        ("S001", "'Network more' is too vague to act on: it does not say what you will do", (2, 14))
    ]


def test_a_figure_in_per_cent_is_quoted_as_written() -> None:
    report = ck.evaluate_smart("Grow repeat orders by 300 per cent in two weeks.", as_of=AS_OF)
    assert [f.message for f in report.criteria["A"].findings] == [
        "'300 per cent' in 2 weeks is far beyond a realistic pace"
    ]


def test_a_wished_infinitive_is_not_a_reason_put_first() -> None:
    text = "I plan to publish 4 case studies this year, interviewing one client a quarter."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [(f.code, f.message) for f in report.criteria["R"].findings] == [
        ("R001", "the goal does not say why it matters")
    ]
    assert report.deadline == date(2026, 12, 31)


def test_a_move_named_by_both_ends_is_not_called_unclear() -> None:
    report = ck.evaluate_smart("Go from private to colonel by summer.", as_of=AS_OF)
    assert [f.message for f in report.criteria["S"].findings] == []
    report = ck.evaluate_smart("Go from good to great.", as_of=AS_OF)
    assert [f.message for f in report.criteria["S"].findings] == [
        "'Go from good to great' is too vague to act on: it does not say what you will do"
    ]


def test_a_comment_after_a_comma_says_no_which() -> None:
    report = ck.evaluate_smart("Hire engineers, which my manager asked for.", as_of=AS_OF)
    assert [f"{f.code} {f.message}" for f in report.findings if f.code[0] == "S"] == [
        "S003 'engineers' does not say which one or how many"
    ]


@pytest.mark.parametrize("text", ["£150 an hour.", "5k by March.", "80%"])
def test_a_figure_of_nothing_names_no_action_but_is_a_measure(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion == "S"] == [
        "the goal does not name an action to take"
    ]
    assert report.criteria["M"].status == "met"


@pytest.mark.parametrize(
    "text",
    [
        "The admissions portal should be rebuilt.",
        "A review of grant criteria should be undertaken.",
    ],
)
def test_a_prefixed_participle_makes_a_passive_order(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.code for f in report.findings if f.criterion in ("S", "M")] == []
    assert report.criteria["S"].met
    assert report.criteria["M"].met


def test_a_having_clause_is_what_is_done_so_far() -> None:
    text = "Having hit 80% of quota in 2025, I'd like to grow my pipeline."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion in ("S", "M")] == [
        "'grow' gives a direction, not a target",
        "'80%' tells how things are or were, not the result to reach",
    ]


def test_the_count_of_what_is_bettered_is_no_figure() -> None:
    report = ck.evaluate_smart("Improve my 2 weakest services.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion in ("S", "M")] == [
        "'Improve' is too vague to act on: it does not say what you will do",
        "'2' describes what the goal acts on, not a result to check",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Look at reducing CPA by 10% this quarter.",
            "'Look at reducing' is too vague to act on: it does not say what you will do",
        ),
        (
            "Find out whether we can get 20% match funding.",
            "'Find out whether' is too vague to act on: it does not say what you will do",
        ),
    ],
)
def test_an_action_only_considered_is_not_taken_on(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion == "S"] == [message]
    assert report.criteria["M"].met


def test_a_hyphenated_task_after_a_light_verb_is_whole() -> None:
    report = ck.evaluate_smart("Do the end-of-life communication course.", as_of=AS_OF)
    assert [f.code for f in report.findings if f.criterion in ("S", "M")] == []
    assert report.deliverable == "Do the end-of-life communication course"


def test_a_thing_brought_down_is_an_amount() -> None:
    report = ck.evaluate_smart("Keep my weight down.", as_of=AS_OF)
    assert [f.message for f in report.findings if f.criterion == "S"] == [
        "'Keep my weight down' is too vague to act on: it does not say what you will do"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Shrink 1.2%", "S012 '1.2%' does not say what it is a share of"),
        ("Get 20% more.", "S012 '20%' does not say what it is a share of"),
        (
            "I'd like to cut 30 percent by June.",
            "S012 '30 percent' does not say what it is a share of",
        ),
    ],
)
def test_a_bare_percentage_names_nothing_to_act_on(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    s = [f for f in report.findings if f.criterion == "S"]
    assert [f"{f.code} {f.message}" for f in s if f.severity == "error"] == [message]
    assert s[
        0
    ].hint == "name what changes: e.g. 'cut food waste by {0}' instead of 'cut {0}'".format(
        message.split("'")[1]
    )
    assert report.criteria["M"].status == "met"  # the figure still measures it


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Go from a 3 to a 6 on my own rating of my Welsh.",
            (
                "S013 'my own rating' leaves the result to the writer's own opinion, so nothing "
                "concrete is named"
            ),
        ),
        (
            "Get the garden to a 9/10 standard by summer.",
            (
                "S013 '9/10' leaves the result to the writer's own opinion, so nothing concrete is "
                "named"
            ),
        ),
    ],
)
def test_a_result_only_the_writer_judges_is_not_specific(text: str, message: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    s = [f for f in report.findings if f.criterion == "S"]
    assert [f"{f.code} {f.message}" for f in s] == [message]
    assert s[0].hint == (
        "name what others would see done: e.g. 'lead 2 case reviews that my supervisor signs "
        "off' instead of a rating you give yourself"
    )
    assert [f.code for f in report.findings if f.criterion == "M"] == ["M006"]


def test_a_move_only_towards_an_aim_is_a_direction() -> None:
    report = ck.evaluate_smart("Move from reception towards the events team.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S002", "'Move' gives a direction, not a target")
    ]


# A sentence of context before a bare share names nothing it is a share of, unless it gives a
# figure or names a measure; a label names it, a goal box's label or a list mark does not.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Trim 4%.", ["S012"]),
        ("The winter was long and the crew is tired. Trim 4%.", ["S012"]),
        ("I started in this role in the spring. Push 15% more.", ["S012"]),
        ("Objective: trim 4%.", ["S012"]),
        ("* Trim 4%.", ["S012"]),
        ("Waste is 9% of stock. Trim 4%.", []),
        ("Our sales slipped in the autumn. Push 15% more.", []),
        ("Spoilage: trim 4%.", []),
    ],
)
def test_context_before_a_bare_share_names_nothing_unless_it_names_a_measure(
    text: str, codes: list[str]
) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.code for f in report.findings if f.criterion == "S"] == codes


def test_a_state_to_put_the_object_in_is_named_as_vague() -> None:
    report = ck.evaluate_smart("Keep the stockroom tidy.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion in "SM"] == [
        (
            "S001",
            "'Keep the stockroom tidy' is too vague to act on: it does not say what you will do",
        ),
        ("M001", "the goal has no number, count, frequency or result to check"),
    ]


def test_the_date_of_a_reason_does_not_make_learning_specific() -> None:
    report = ck.evaluate_smart(
        "Learn Python because our team moves to Databricks in Q2.", as_of=AS_OF
    )
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S004", "'Learn Python' says what to learn, not what you will do with it")
    ]


def test_a_comparative_of_time_is_called_a_direction() -> None:
    report = ck.evaluate_smart("Return marked essays to my Year 10 pupils sooner.", as_of=AS_OF)
    found = [(f.code, f.message) for f in report.findings if f.criterion in ("S", "M")]
    assert found == [
        ("S002", "'sooner' gives a direction, not a target"),
        ("M001", "the goal has no number, count, frequency or result to check"),
    ]


def test_an_order_after_a_leading_phrase_without_a_comma_is_the_action() -> None:
    report = ck.evaluate_smart("From now on log every near miss on the ward.", as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    assert [f.code for f in report.findings if f.criterion == "S"] == []
    noun = ck.evaluate_smart("After the audit the book club meets.", as_of=AS_OF)
    assert [(f.code, f.message) for f in noun.findings if f.criterion == "S"] == [
        ("S005", "the goal does not name an action to take")
    ]


def test_an_action_in_ing_after_be_is_the_action_and_goes_on_from_a_start() -> None:
    sourcing = ck.evaluate_smart("I'm sourcing tea direct from Darjeeling estates.", as_of=AS_OF)
    assert sourcing.criteria["S"].status == "met"
    club = ck.evaluate_smart("From May I'm running the Saturday club.", as_of=AS_OF)
    assert [(f.code, f.message) for f in club.findings if f.criterion in "SM"] == [
        ("M001", "the goal has no number, count, frequency or result to check")
    ]
    # the shortest texts the look past the "-ing" word reaches
    for text in ("I'm sourcing", "be sourcing"):
        assert ck.evaluate_smart(text, as_of=AS_OF).criteria["S"].status == "not_met"


def test_a_kind_of_training_is_specific_and_a_quality_to_train_is_not() -> None:
    forklift = ck.evaluate_smart("Begin forklift training on 7 January.", as_of=AS_OF)
    assert forklift.criteria["S"].status == "met"
    leadership = ck.evaluate_smart("Start leadership training.", as_of=AS_OF)
    assert [(f.code, f.message) for f in leadership.findings if f.criterion == "S"] == [
        ("S003", "'leadership training' does not say which one or how many")
    ]


def test_a_place_aimed_at_in_the_reason_does_not_make_the_goal_specific() -> None:
    report = ck.evaluate_smart(
        "Build my confidence on the wards so I can lead the night shift.", as_of=AS_OF
    )
    assert [(f.code, f.message) for f in report.findings if f.criterion == "S"] == [
        ("S001", "'Build' is too vague to act on: it does not say what you will do")
    ]


def test_an_order_of_one_verb_acts_on_the_thing_named_before_it() -> None:
    report = ck.evaluate_smart("My CSCS card expires in March. Renew.", as_of=AS_OF)
    assert (report.criteria["S"].status, report.criteria["M"].status) == ("met", "met")
    alone = ck.evaluate_smart("Renew.", as_of=AS_OF)
    assert [(f.code, f.message) for f in alone.findings if f.criterion == "S"] == [
        ("S005", "the goal does not name an action to take")
    ]


def test_an_order_of_one_verb_acts_on_a_thing_named_as_an_object_before_it() -> None:
    report = ck.evaluate_smart("I let my CSCS card lapse in March. Renew.", as_of=AS_OF)
    assert (report.criteria["S"].status, report.criteria["M"].status) == ("met", "met")
    assert [f.code for f in report.findings if f.criterion in ("S", "M")] == []
    none = ck.evaluate_smart("I was so busy last term. Teach.", as_of=AS_OF)
    assert [(f.code, f.message) for f in none.findings if f.criterion == "S"] == [
        ("S005", "the goal does not name an action to take")
    ]


def test_a_denied_action_on_a_narrowed_object_is_specific() -> None:
    report = ck.evaluate_smart("Never sign off a scaffold with missing toe boards.", as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    bare = ck.evaluate_smart("Never ship a drawing.", as_of=AS_OF)
    assert [(f.code, f.message) for f in bare.findings if f.criterion == "S"] == [
        ("S003", "'a drawing' does not say which one or how many")
    ]


def test_preparing_for_an_occasion_names_no_result() -> None:
    report = ck.evaluate_smart("Prepare for the RICS APC final assessment in May.", as_of=AS_OF)
    assert [(f.code, f.message) for f in report.findings if f.criterion in ("S", "M")] == [
        ("S001", "'Prepare for' is too vague to act on: it does not say what you will do"),
        ("M001", "the goal has no number, count, frequency or result to check"),
    ]


def test_a_comparative_in_a_complement_after_the_object_picks_things_out() -> None:
    report = ck.evaluate_smart(
        "Write help articles for the top recurring issues by March.", as_of=AS_OF
    )
    assert [f.code for f in report.findings if f.criterion in ("S", "M")] == []
    aimed = ck.evaluate_smart("Make the best sourdough in town.", as_of=AS_OF)
    assert [(f.code, f.message) for f in aimed.findings if f.criterion == "S"] == [
        ("S002", "'best' gives a direction, not a target")
    ]


def test_an_ensured_clause_with_a_plural_subject_is_read_for_its_verb() -> None:
    text = "Ensure all new starters complete fire safety training in their first week."
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert [f.code for f in report.findings if f.criterion in ("S", "M")] == []
    felt = ck.evaluate_smart("Make sure the children are happy.", as_of=AS_OF)
    assert felt.criteria["S"].status == "not_met"


def test_a_plural_after_a_modifier_of_its_kind_is_specific_but_not_measurable() -> None:
    report = ck.evaluate_smart("Host author events.", as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    assert [(f.code, f.message) for f in report.findings if f.criterion == "M"] == [
        ("M001", "the goal has no number, count, frequency or result to check")
    ]
    alone = ck.evaluate_smart("Plant trees.", as_of=AS_OF)
    assert [(f.code, f.message) for f in alone.findings if f.criterion == "S"] == [
        ("S003", "'trees' does not say which one or how many")
    ]


def test_a_light_verb_before_a_plural_of_a_kind_names_a_task() -> None:
    report = ck.evaluate_smart("Start doing video walk-rounds of used stock.", as_of=AS_OF)
    assert report.criteria["S"].status == "met"
    vague = ck.evaluate_smart("Start doing exercises.", as_of=AS_OF)
    assert [(f.code, f.message) for f in vague.findings if f.criterion == "S"] == [
        ("S001", "'Start doing' is too vague to act on: it does not say what you will do")
    ]
