"""Tests on the words around a counted time: what comes before "6 weeks" or "3pm" (a
deadline preposition, an event, a state it starts from) and after it (a rate word, a window
noun): the helpers of :mod:`careerkit._smart.text.counts`."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc


def _ends_a_deadline(d: _Doc, k: int) -> bool:
    """Does a two-word preposition that says "by" end at ``k``: "no later than", "prior to",
    "ahead of", "in advance of"?"""
    return (d.at[k - 1], d.at[k]) in _TWO_WORD_DEADLINES


_TWO_WORD_DEADLINES = frozenset(
    {("later", "than"), ("prior", "to"), ("ahead", "of"), ("advance", "of")}
)
# The words after a length that count it from an event: "2 weeks after launch".
_SPAN_FROM_AN_EVENT = frozenset({"after", "before", "following"})


def _names_an_event(d: _Doc, k: int) -> bool:
    """Does a word at ``k`` begin an event (a noun, a determiner, a clause) rather than a date
    ("after 3 March", "before June", "after 2027"), which the date readers read?"""
    w = d.at[k]
    return w[:1].isalpha() and w not in lx.MONTHS and w not in lx.WEEKDAYS and w not in lx.BOUNDARY


def _spent(d: _Doc, i: int) -> bool:
    """Is the length at ``i`` what the verb just before it acts on ("Spend 20 minutes after
    lunch reading", "I'll take 2 weeks after the exams"): an amount of time, not a lag? The
    verb stands at the start of its clause, after a subject or a modal."""
    k = i - 1
    return k >= 0 and (k == 0 or d.at[k - 1] in _BEFORE_A_VERB or d.at[k - 1] in lx.MODALS)


_BEFORE_A_VERB = lx.BOUNDARY | {"i", "we", "to", "and", "i'll", "we'll", "'ll"}


# Words that make a time the object of a verb when nothing bounds it: "log the 365 days".
_DETERMINERS_ONLY = lx.POSSESSIVES - {"your"}
# Adverbs that count a time from an event left unsaid: "5 days beforehand", "2 days afterwards".
_LAG_ADVERBS = frozenset({"beforehand", "afterwards", "afterward", "ahead", "prior"})


def _lead_time_end(d: _Doc, k: int) -> int:
    """Where an adverb at ``k`` that counts a duration before or after an unnamed event ends
    ("beforehand", "in advance", "ahead", "afterwards"), or 0. "ahead of", "in advance of" and
    "prior to" name the event and are read with it."""
    w = d.at[k]
    if w == "in" and d.at[k + 1] == "advance":
        k, w = k + 1, "advance"
    elif w not in _LAG_ADVERBS:
        return 0
    if (w in ("advance", "ahead") and d.at[k + 1] == "of") or (
        w == "prior" and d.at[k + 1] == "to"
    ):
        return 0
    return k + 1


# Nouns for a stretch of time a standard is held over: "any 3-month period".
_WINDOW_NOUNS = frozenset({"period", "window", "block", "stretch", "span", "cycle"})
# The prepositions that make an occasion of a stated length the goal's span ("over a 12-week
# block", "within the 10-day shutdown"); "in" and "for" also take what is joined or sought ("enrol in the 8-week course",
# "apply for the 2-year post"), so they are not among them.
_SPAN_PREPS = frozenset({"during", "over", "across", "throughout", "within"})
_LENGTH_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "my", "our", "their"})


def _after_an_event(d: _Doc, i: int) -> bool:
    """Does the text open with a phrase of sequence before a comma ("After the offsite, ...",
    "Upon my return from leave, ...", "On my return, ...") that the window at ``i`` counts
    from?"""
    first = d.low[0]
    opens = first in ("after", "following", "once", "when", "upon") or (
        first == "on" and d.at[1] in lx.POSSESSIVES and d.at[1] != "the"
    )
    return opens and "," in d.low[1:i]


def _from_a_state(d: _Doc, k: int) -> bool:
    """Does "from" at ``k`` say where the goal starts ("in 4 weeks from complete beginner",
    "from scratch"), not the event a window counts from?"""
    if d.at[k] != "from":
        return False
    pair, after = (d.at[k + 1], d.at[k + 2]), ("from", d.at[k + 1])
    return pair in lx.NOVICE_CUES or after in lx.NOVICE_CUES or pair in lx.NOVICE_CUES_MORE


def _meridiem(d: _Doc, k: int) -> int:
    """How many tokens "am" or "pm" takes at ``k`` in any spelling ("pm", "p.m.", "P.M"), or 0."""
    w = d.at[k]
    if w in ("am", "pm"):
        return 1
    if w in ("a", "p") and d.at[k + 1] == "." and d.glued[k + 1] and d.at[k + 2] == "m":
        return 4 if d.at[k + 3] == "." and d.glued[k + 3] else 3
    return 0


def _window_of(d: _Doc, i: int) -> bool:
    """ "within 7 days of every trip": "of" after a window ties it to each occurrence."""
    return i >= 2 and d.at[i - 1] == "of" and bool(d.used[i - 2])


def _in_indirect_question(d: _Doc, begin: int) -> bool:
    """Is the time at ``begin`` inside "where I want to be ...", "what we would see ..."?"""
    for k in range(max(0, begin - 6), begin):
        if (
            d.low[k] in lx.INDIRECT_QUESTION_WORDS
            and d.at[k + 1] in ("i", "we", "i'd", "we'd")
            and d.at[k + 2] in ("want", "would", "see", "be", "'d", "hope")
        ):
            return True
    return False


def _per_occurrence(d: _Doc, i: int) -> bool:
    """Is the clause before ``i`` about each of many: "every", "all", "each", "95% of"?"""
    for k in range(i - 1, max(-1, i - 14), -1):
        w = d.low[k]
        if w in (".", ";", "!", "?"):
            return False
        if w in ("every", "each", "all", "any") or (w == "%" and d.at[k + 1] == "of"):
            return True
    return False


# Words after a period that make it a rate: "one afternoon a week", "one evening each month".
_RATE_WORDS = frozenset({"a", "an", "each", "every", "per"})


# What "half" halves in a cadence: "once a half term", "once a half-year".
_HALF_PERIODS = frozenset({"term", "year"})


def _clock_names_a_fixture(d: _Doc, i: int, end: int) -> bool:
    """Does the clock time at ``i``..``end`` name the thing after it ("the 8am stand-up", "our
    Monday 9 am huddle", "at 9am meetings") rather than say when to act ("at 6am every day",
    "after 7pm")? A time that picks out a fixture says which one, not how much."""
    nxt = d.at[end]
    if not nxt[:1].isalpha() or nxt in _NOT_A_FIXTURE or nxt.endswith("ly"):
        return False
    if nxt in lx.WEEKDAYS or nxt in lx.WEEKDAYS_PLURAL or nxt in lx.CADENCE_ADVERBS:
        return False
    k = i - 1 if d.at[i - 1] not in lx.WEEKDAYS else i - 2
    return d.at[k] in lx.DETERMINERS_DEFINITE or nxt in lx.EVENT_NOUNS


# Words after a clock time that go on with the sentence, not name a thing: "by 8am sharp",
# "at 7am tomorrow", "from 7pm onwards".
_NOT_A_FIXTURE = (
    lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | frozenset(
        {"sharp", "latest", "tomorrow", "today", "tonight", "onwards", "every", "each", "at", "on"}
    )
)
