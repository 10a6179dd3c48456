"""Leading phrases before the goal's action: a participle clause ("Having passed my Level 2,"),
a time, condition or context phrase with its comma or without one, a time followed by the noun
it dates ("After the June audit, ..."), a label headed by a plural ("Ward rounds:"), and the
test that only subjects, modals and hedges stand before a word. Read by
:func:`careerkit._smart.text.clause._main_verb` and the readers after it."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.periods import noun_after_time
from careerkit._smart.text.subjects import (
    _LEAD_MARKS,
    _subject_speaks,
)
from careerkit._smart.text.tokens import (
    _Doc,
    lemma,
)


def _having_end(d: _Doc, i: int, hi: int) -> int | None:
    """After a participle clause that opens with "having" ("Having passed my Level 2,",
    "Having been a carer for years;", "Having a new baby,"): where the clause after its comma
    starts, or None. It tells what is done or how things are, as a leading "since" does."""
    for k in range(i + 2, min(hi, i + 16)):
        w = d.low[k]
        if w in (",", ";"):
            return k + 1 if k + 1 < hi else None
        if w in lx.SENTENCE_END:
            return None
    return None


def _example_mark(d: _Doc, i: int) -> bool:
    """ "e.g." or "i.e." at ``i`` (four tokens: e . g .)."""
    return (
        d.at[i] in ("e", "i")
        and d.at[i + 1] == "."
        and d.at[i + 2] in ("g", "e")
        and d.at[i + 3] == "."
    )


def _leading_phrase_end(d: _Doc, i: int, hi: int, continues: bool = False) -> int | None:
    """Where the action starts after a leading phrase or label at ``i``, or None.

    A phrase opened by a preposition or a time word and closed by a comma ("Despite my
    travel, ..."), or a short label closed by a colon ("Jira hygiene: ..."), stands before the
    action; a known verb inside it means the action came first.
    """
    low = d.low
    if low[i].endswith("ly") and d.at[i + 1] == ",":
        return i + 2  # "Specifically, block two hours ..."
    if _example_mark(d, i):  # "e.g. build the weekly dashboard myself"
        return i + 4
    if (low[i], d.at[i + 1]) == ("for", "example"):
        return i + 2
    stop = min(hi, i + 14)
    if low[i] in lx.LEAD_OPENERS:
        # "As a new trainer I'm going to ...", "After the audit we will ...": with no comma,
        # the writer's own subject ends the leading phrase.
        for k in range(i + 2, stop):
            if low[k] in _LEAD_MARKS:
                break
            if _subject_speaks(d, k):
                return k
    # Only punctuation decides here: visit just the marks, not every word up to ``stop``.
    for k in d.find_in(_LEAD_MARKS, i + 1, stop):
        w = low[k]
        if w in (".", "!", "?", ";", "\n"):
            return _unmarked_lead_end(d, i, k) if low[i] in lx.LEAD_OPENERS else None
        if w == ":" and k - i <= 6:
            break
        if w in ("-", "–", "—") and k - i == 1 and not d.glued[k] and not d.glued[k + 1]:
            break  # "KR3 - launch self-serve refunds": a one-word label and a dash
        if w == "," and (low[i] in lx.LEAD_OPENERS or (continues and k - i <= 3)):
            break
        if w == "," and continues and low[i] in lx.PREPOSITIONS:
            # "Within 48 hours of closing each ticket, send ...": the time expression's own
            # complement, whatever words it holds, ends at the comma
            return k + 1
    else:
        return _unmarked_lead_end(d, i, stop) if low[i] in lx.LEAD_OPENERS else None
    head = k - 1 if low[k] == ":" and _plural_head(d, i, k - 1) else k
    if any(lemma(low[m]) in lx.VERBS and not d.used[m] for m in range(i, head)) and low[i] not in (
        lx.LEAD_OPENERS
    ):
        return None
    return k + 1


def _unmarked_lead_end(d: _Doc, i: int, stop: int) -> int | None:
    """Where the action starts after a leading phrase at ``i`` that no comma closes and no
    subject of the writer's follows ("From now on publish all our data", "After the audit
    book a review"): at the first verb in its base form whose object opens with a
    determiner, a possessive, a quantifier of the whole or a number. After a determiner or a
    subject the word is a noun or another clause's verb ("the book", "we book")."""
    low = d.low
    for k in range(i + 2, min(stop, d.n - 1)):
        if (
            low[k] in lx.VERBS
            and d.raw[k].isalpha()
            and not d.used[k]
            and low[k - 1] not in _NOT_BEFORE_AN_ORDER
            and (
                (d.at[k + 1] in _OBJECT_STARTS and d.at[k + 2][:1].isalnum())
                or d.digit_first[k + 1]
            )
        ):
            return k
    return None


# Words after which a verb's base form opens no order: a determiner ("the book"), a subject
# or a modal ("we book", "will book"), "to".
_NOT_BEFORE_AN_ORDER = (
    lx.DETERMINERS | lx.POSSESSIVES | lx.SUBJECTS | lx.PERSONAL_SUBJECTS | lx.MODALS | {"to"}
)
# How an order's object opens: "the", "our", "every", "all", "both".
_OBJECT_STARTS = lx.DETERMINERS | lx.POSSESSIVES | lx.SUBJECT_OPENERS


def _dated_noun_lead(d: _Doc, i: int, hi: int) -> int | None:
    """Where the action starts after a leading phrase at ``i`` whose time is followed straight
    by the noun it dates ("Since the March 2026 reorg I ...", "After the June audit, ..."),
    or None: after a time, a word that is no verb is not the action."""
    j = i
    while j < hi and d.used[j]:
        j += 1
    if j >= hi or j == i + 1:
        return None  # the time ends the text, or is one word: nothing it dates
    if d.low[j - 1] in lx.LEAD_OPENERS or d.low[j - 1] in lx.PREPOSITIONS:
        return None  # "As soon as the audit is done": the time word opens a clause
    w = d.low[j]
    # "the 2026 Christmas rush": a name is dated as well, so a capital is no test here
    if not noun_after_time(d, j) or w in lx.BE_FORMS or w in lx.FINITE_VERBS:
        return None  # "As soon as the audit is done, ...": a clause, not a noun
    return _leading_phrase_end(d, i, hi)


def _plural_head(d: _Doc, i: int, m: int) -> bool:
    """The word at ``m``, last before a label's colon and after nouns only, is a plural noun
    that heads the label ("Ward rounds:", "Stock checks:", "Client calls:"), not a verb:
    a verb of an order comes first, and a verb of a statement follows its subject."""
    return (
        m > i
        and d.low[m].endswith("s")
        and d.raw[m].isalpha()
        and all(
            d.raw[w].isalpha() and lemma(d.low[w]) not in lx.VERBS and d.low[w] not in lx.SUBJECTS
            for w in range(i, m)
        )
    )


def _lead_only(d: _Doc, i: int) -> bool:
    """Only subjects, modals and hedges stand before token ``i``."""
    for k in range(min(i, 6)):
        w = d.low[i - 1 - k]
        if (
            w not in lx.SUBJECTS
            and w not in lx.MODALS
            and w not in lx.ADVERBS
            and w not in lx.INTENT
        ):
            return w in ("to",) or w in lx.BULLETS
    return i <= 6
