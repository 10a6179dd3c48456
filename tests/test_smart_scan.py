"""The time scan's shortcuts: where it skips a reader at once, the reader would find nothing.

The scan passes over "by", "a"/"an" and plain counts ("12 talks") after one look at the next
token; these properties run the full readers on the same tokens and check that the shortcut
and the reader always agree, so a reader that learns a new phrase cannot be silently skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from careerkit._smart.text import time_words, times
from careerkit._smart.text.tokens import _Doc
from careerkit._smart.text.verbs import _action_noun

AS_OF = date(2026, 11, 25)

# Words before and after the shortcuts: those they stop at, those they let through, and plain
# words; few enough that the phrases the readers know ("in a dozen weeks", "for 30 consecutive
# shifts", "by close of play") come up often.
_BEFORE = ("in", "within", "for", "by", "the", "every", "at", "on", "day", "x", "-")
_AFTER = (
    "the", "my", "of", "end", "close", "play", "day", "new", ":", "-", "/", ".", "launch",
    "talks", "few", "couple", "dozen", "pair", "pm", "o'clock", "consecutive", "hours", "weeks",
    "week", "%", "Christmas", "AGM", "time", "million", "half", "night", "Eve", "June", "Friday",
    "next", "times", "shifts", "30",
)  # fmt: skip
_STARTS = ("by", "a", "an", "12", "5", "30", "2027", "1999", "7")
_texts = st.builds(
    lambda before, start, after, glue: glue.join([*before, start, *after]),
    st.lists(st.sampled_from(_BEFORE), max_size=2),
    st.sampled_from(_STARTS),
    st.lists(st.sampled_from(_AFTER), min_size=1, max_size=3),
    st.sampled_from((" ", " ", " ", "")),
)
# Phrases each reader reads, checked on every run.
_KNOWN = (
    "in a dozen weeks", "for 30 consecutive shifts", "by Christmas", "by close of play Friday",
    "at 7 pm", "by the AGM", "in a few weeks", "within an hour", "twice a week", "3 times a week",
    "12 June", "by 5/6/2027", "2 million", "12 o'clock", "by launch day", "a night",
    "by: Easter", "by New Year's Eve", "in 2027", "day 30", "7 hours a night", "12-14 weeks",
    "the 12 of June", "by 12th",
)  # fmt: skip


def _with_known(test: Callable[[str], None]) -> Callable[[], None]:
    """The property on generated texts and on every known phrase."""
    checked: Callable[[], None] = given(_texts)(test)
    for text in _KNOWN:
        checked = example(text)(checked)
    return checked


@_with_known
def test_a_skipped_by_names_no_event(text: str) -> None:
    d = _Doc(text, AS_OF, None, "mdy")
    for i, w in enumerate(d.low):
        if w == "by":
            scan = times._TimeScan(d)
            assert time_words._event_after(scan, i, w) == scan._event_after(i, w)


@_with_known
def test_a_skipped_article_starts_no_count(text: str) -> None:
    d = _Doc(text, AS_OF, None, "mdy")
    for i, w in enumerate(d.low):
        if w in ("a", "an"):
            scan = times._TimeScan(d)
            assert time_words._word_number(scan, i, w) == scan._word_number(i)


@_with_known
def test_a_skipped_number_starts_no_time(text: str) -> None:
    d = _Doc(text, AS_OF, None, "mdy")
    for i, w in enumerate(d.low):
        if w[0].isdecimal():
            quick, full = times._TimeScan(d), times._TimeScan(d)
            assert quick._at(i, w) == full._number(i, w)
            assert quick.cadence_q == full.cadence_q
            assert quick.names == full.names


@pytest.mark.parametrize(
    ("text", "case", "read"),
    [
        ("RUN 3 WORKSHOPS BY JUNE", "caps", "Run 3 workshops by june"),
        ("Run 3 Workshops By June.", "title", "Run 3 workshops by june ."),
        ("Pass AWS Solutions Architect By May", "title", "Pass AWS solutions architect by May"),
        (
            "Complete the Google Analytics course",
            "sentence",
            "Complete the Google Analytics course",
        ),
        ("Get into Stanford", "sentence", "Get into Stanford"),
        ("Goal: SELL MORE. i WILL", "caps", "Goal : Sell more . I will"),
        ("- Aim For Sundance", "title", "- Aim for sundance"),
        ("i may go in may 2027", "lower", "I may go in May 2027"),
        ("e.g. a talk", "lower", "e . g . a talk"),
        ("rebuild the wall. then paint it", "lower", "Rebuild the wall . Then paint it"),
        ("tomás will call. Then Ann", "sentence", "tomás will call . Then Ann"),
        ("may", "lower", "May"),
        (".", "sentence", "."),
    ],
)
def test_spelling_as_read(text: str, case: str, read: str) -> None:
    """Capitals say nothing in ALL CAPS and Title Case: each word is read as sentence case
    spells it; "I" and a month named by a shared word ("in may") take their capital."""
    d = _Doc(text, AS_OF, None, "mdy")
    assert (d.case, " ".join(d.raw)) == (case, read)
    assert "".join(d.written) == "".join(text.split())  # the spelling as written is kept


@pytest.mark.parametrize(
    ("noun", "names_an_action"),
    [
        ("inspection", True),
        ("audition", True),
        ("submission", True),
        ("appraisal", True),
        ("reduction", False),  # a change named as a noun: "reduce"
        ("contribution", False),  # a vague verb's noun: "contribute"
        ("participation", False),
        ("improvement", False),
    ],
)
def test_a_noun_of_action_is_told_from_a_noun_of_change_or_effort(
    noun: str, names_an_action: bool
) -> None:
    assert _action_noun(noun) is names_an_action
