"""Ordinals that say which occasion of a run is meant ("before the 2nd mock exam", "by my last
day"), not a day of the month ("by the 15th") or a period ("the first week")."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def _which_one(d: _Doc, k: int) -> bool:
    """Is the word at ``k`` an ordinal in words ("first", "last", "final") before a noun that
    is no period ("the first gig", "my last day"), saying which occasion of a run is meant?
    "the first week", "the last quarter" are periods, read as such."""
    nxt = d.at[k + 1]
    return (
        (d.at[k] in lx.ORDINAL_WORDS or d.at[k] in ("last", "final"))
        and nxt.isalpha()
        and (nxt not in lx.TIME_TRIGGERS or nxt == "day")
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.BOUNDARY
        and nxt not in lx.CONJUNCTIONS
        and nxt not in lx.PERIOD_WORDS
    )


def counts_a_noun(d: _Doc, i: int) -> bool:
    """Is the ordinal at ``i`` ("2nd", "40th") an adjective that says which of a noun's
    occasions or things is meant ("the 2nd assessment", "my 40th birthday", "our 10th
    anniversary"), not a day of the month ("by the 15th", "the 3rd of May", "by the 15th at
    noon")? A word follows it that is no function word, month, day or time word."""
    nxt = d.at[i + 1]
    return (
        nxt.isalpha()
        # "by the 15th please", "the 28th sharp", "by the 15th latest": a word about the day
        and nxt not in AFTER_A_DAY
        and not nxt.endswith("ly")
        and _is_ordinal(d.at[i])
        and nxt not in lx.PREPOSITIONS
        and nxt not in lx.CONJUNCTIONS
        and nxt not in lx.BOUNDARY
        and nxt not in lx.CLAUSE_OPENERS
        and nxt not in lx.MODALS
        and nxt not in lx.MONTHS
        and nxt not in lx.WEEKDAYS
        and nxt not in lx.CLOCK_WORDS
        and nxt not in lx.DAY_END_CODES
        and nxt not in _WHICH_PERIOD
        # "before the 1st week of December": a week of the month, not an occasion
        and not (nxt == "week" and d.at[i + 2] == "of" and d.at[i + 3] in lx.MONTHS)
    )


# Heads an ordinal picks as an occasion of a run: "my last day", "the first gig".
_WHICH_HEADS = lx.TEST_OCCASIONS | frozenset(
    {"day", "days", "gig", "gigs", "shift", "shifts", "week", "night", "game", "games", "mock"}
    | {"mocks", "session", "sessions", "lesson", "lessons", "visit", "visits", "term", "season"}
)
# Words after a day of the month that say how firmly it holds: "by the 15th please".
AFTER_A_DAY = frozenset({"please", "pls", "latest", "sharp", "earliest", "max", "tops"})
# Words after a day of the month that say which month or when in it: "by the 15th next
# month", "the 3rd this month".
_WHICH_PERIOD = frozenset({"next", "this", "coming", "following", "last"})


def _is_ordinal(w: str) -> bool:
    """A number written as an ordinal in figures: "2nd", "40th", "21st"."""
    return w[:1].isdecimal() and w[-2:] in lx.ORDINAL_SUFFIXES and w[:-2].isdecimal()
