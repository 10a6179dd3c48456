"""The second batch of goal statements (``smart_cases_more``): verdicts, deadlines, agreement."""

from __future__ import annotations

from datetime import date

import pytest

import careerkit as ck
from smart_cases import ALL, AS_OF, Case
from smart_cases_fresh import FRESH_CASES
from smart_cases_more import MORE
from smart_files import agreement, case_params, verdict

FLOOR = 0.95

# Read differently from the label; each needs knowledge the grammar does not have yet. Strict
# xfail: when one starts to pass, move it out of this list.
KNOWN_MISSES = {
    "Create a personal budget and stick to it for 3 months.",
    "Don't take on any new projects until the migration is done.",
    "Customers will receive a reply within one working day.",
    "Want to get into management within 2 years.",
    # "start applying" is read as a direction, though it acts on a kind of role ("band 6": a
    # grade, no count).
    "After Christmas, start applying for band 6 roles.",
}

# The same for the third batch, labelled before the evaluator read it.
FRESH_MISSES = {
    "Switch to a four-day week by next April.",
    "Keep track of my spending.",
    "I need to sort my sleep out.",
    "Starting in January, cycle to work.",
    "Hit 100k followers on Instagram by next Friday from 2k today.",
    "Ring every client who hasn't ordered in 90 days.",
    "KR3 - launch self-serve refunds",
    "Last year I let things slide a bit. Going forward I want to be more on top of my paperwork.",
    "My manager and I talked at my review and we agreed that the main thing is the rota. It takes me most of Monday. If I can build a template in Excel and get it down to an hour a week by February, I'd have time to do the supervisor training.",
    "There's a lot going on at home at the moment so I don't want to overcommit, but I would like to at least keep going to the gym and maybe eat a bit better when I can.",
    "Demo progress to the product owner each sprint.",
    # in capitals the acronym is no longer told from a word, and "the health and safety
    # test" is not read as one object
    "PASS THE CITB HEALTH AND SAFETY TEST BY THE END OF JANUARY",
    # A role after "as" that the role list does not hold is not yet read as one.
    "Requalify as a lifeguard before the summer season.",
    # Taking on an ongoing duty is read as a one-off result that can be checked.
    "Lead the 8am stand-up from next January.",
    # A quoted rating of two words is read by its adjective, as a state.
    "Get a 'strong performer' rating in my end-of-year appraisal.",
    # "study" is not read as a made thing, and "on the ward's falls audit" (what it is about)
    # as the occasion of the goal.
    "Write a case study on the ward's falls audit.",
    # "bring ... in on budget" is read as a direction to change, with no figure.
    "Bring every job in on budget across my next 6 jobs.",
    # "that" as the object is read as the start of a clause, and the object as missing.
    "Send that off by the end of the week.",
    # A bracket that defines the fiscal year is read as the reason.
    "Cut overdue invoices to under 5% by FY end (our financial year ends 30 June).",
    "Keep agency spend under £20k a month for the rest of the fiscal year (it ends 31 August).",
    # A means put as a purpose ("leverage X to build Y") is read as a stated reason.
    "Leverage best practices to move the needle on customer centricity in 2027.",
    "Leverage our Salesforce data to build a churn dashboard for the exec team by end of Q1.",
    # "two times in the year" is not read as a cadence.
    "Make the inventory of the warehouse two times in the year.",
    # "in my final year" is read as a window.
    "Get a 2:1 in my final year dissertation.",
    # Jargon verbs on abstract objects are read as concrete actions.
    "Be a thought leader in the digital transformation space.",
    "Own the end-to-end customer journey and drive best-in-class outcomes.",
    "Deep dive into our data strategy and circle back with learnings.",
}
FRESH_DEADLINE_MISSES: set[str] = set()
FRESH_FLOOR = 0.97


def test_the_batch_is_large_varied_and_well_formed() -> None:
    assert len(MORE) >= 120
    assert len({c.text for c in MORE}) == len(MORE), "duplicate case"
    assert not {c.text for c in MORE} & {c.text for c in ALL}, "in another batch"
    assert all(len(c.verdict) == 5 for c in MORE)


# Both batches are read by the same two checks; each keeps its own list of misses above.
@pytest.mark.parametrize("case", case_params((*MORE, *FRESH_CASES), KNOWN_MISSES | FRESH_MISSES))
def test_verdict(case: Case) -> None:
    assert verdict(ck.evaluate_smart(case.text, as_of=AS_OF)) == case.verdict


@pytest.mark.parametrize(
    "case", case_params([c for c in (*MORE, *FRESH_CASES) if c.deadline], FRESH_DEADLINE_MISSES)
)
def test_deadline(case: Case) -> None:
    report = ck.evaluate_smart(case.text, as_of=AS_OF)
    assert case.deadline is not None
    assert report.deadline == date.fromisoformat(case.deadline)


def test_agreement_per_criterion() -> None:
    for criterion, share in agreement(MORE).items():
        assert share >= FLOOR, criterion


@pytest.mark.parametrize("text", ["give to", "Present the results to"])
def test_a_text_ending_in_to_is_read_without_error(text: str) -> None:
    report = ck.evaluate_smart(text, as_of=AS_OF)
    assert report.criteria["R"].status != "met"


def test_the_fresh_batch_is_large_and_well_formed() -> None:
    assert len(FRESH_CASES) >= 250
    assert len({c.text for c in FRESH_CASES}) == len(FRESH_CASES), "duplicate case"
    assert not {c.text for c in FRESH_CASES} & {c.text for c in MORE}, "case in both batches"
    assert not {c.text for c in FRESH_CASES} & {c.text for c in ALL}, "in another batch"
    assert all(len(c.verdict) == 5 for c in FRESH_CASES)


def test_fresh_agreement_per_criterion() -> None:
    for criterion, share in agreement(FRESH_CASES).items():
        assert share >= FRESH_FLOOR, criterion
