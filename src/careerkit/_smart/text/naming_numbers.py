"""Numbers that name rather than count: the number of an item a line opens with ("Goal 3 -",
"Ward 7 will ..."), and a noun a number after it labels ("phase 2", "my year 9 class")."""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.tokens import _Doc, lemma

# Marks that close a label at a line's start: "Goal 3 - ...", "Crew 2: ...", "Action 4. ...".
_LABEL_MARKS = frozenset({":", "-", "–", "—", ".", ")"})


def item_label(d: _Doc, k: int) -> str | None:
    """Whether the number at ``k`` is part of the name of the item a line opens with, after
    a noun ("Goal 3 - ...", "Crew 3 to cut ...", "Ward 7 will ..."): "mark" when a label
    mark closes it, "subject" when a modal or "to" and a verb follow it; else None.

    A noun that opens a line and takes a bare number names one of a series (a goal, a crew,
    a ward); it counts nothing.
    """
    starts = d.line_starts  # the cheapest test first: most numbers are not near a line start
    if not (k == 1 or k - 1 in starts or (k - 2 in starts and d.at[k - 2] in lx.BULLETS)):
        return None
    w = d.at[k - 1]
    if not (d.at[k].isdecimal() and w.isalpha() and len(w) > 1):
        return None
    if lemma(w) in lx.VERBS and w not in lx.LABEL_NOUNS and w not in lx.GOAL_WORDS:
        return None  # "Lose 5 - 10 kg", "Read 12 books": an order and its count
    nxt = d.at[k + 1]
    if nxt in _LABEL_MARKS and k + 2 < d.n and not (nxt in "-–—" and d.digit_first[k + 2]):
        return "mark"  # "Goal 3 - finish ...", not a range "Walk 5 - 10 km"
    if nxt in lx.MODALS or (nxt == "to" and lemma(d.at[k + 2]) in lx.VERBS):
        return "subject"
    return None


# After a number, these make it an amount or a range, not a label: "20%", "3-4", "5 to 8".
_NOT_AFTER_A_LABEL = frozenset(("%", "/", "-", "–", "x", "+", "times", "more"))
_RANGE_WORDS = frozenset(("to", "or", "and"))
# Words before a number that are no noun it could label: the number measures or counts.
_NOT_LABELLING = (
    lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.DETERMINERS
    | lx.PRONOUNS
    | lx.MODALS
    | lx.BE_FORMS
    | lx.ADVERBS
    | lx.VAGUE_QUANTIFIERS
    | lx.COMPARATIVES
    | lx.METRIC_ACRONYMS
    | lx.METRIC_NOUNS
    | lx.NOT_NAMES
    | lx.TIME_TRIGGERS
    | lx.UNIT_WORDS
    | frozenset(lx.MONTHS)
    | frozenset(lx.WEEKDAYS)
    | frozenset(lx.DURATION_UNITS)
    | frozenset(("top", "than", "grade", "score", "scoring", "only", "just", "aged", "age"))
    | frozenset(("all", "least", "most", "first", "last", "next", "every", "each", "over"))
)
# Words after which the next word is a verb: "I fit 150", "to memorise 200", "will list 8".
_BEFORE_A_VERB = lx.SUBJECTS | lx.MODALS | frozenset(("to", ":", ",", ";", "(", "-"))


def _labelling_noun(d: _Doc, k: int) -> bool:
    """The word at ``k`` is a noun a number after it labels: a word of letters, no verb, no
    function word, no word of measure or time, not a plural ("clients 3 times")."""
    w = d.low[k]
    return (
        len(w) > 1
        and d.raw[k].isalpha()
        # "my year 9 class", "the phase 2 plan": after "my" or "the" a time's noun labels too
        and (w not in _NOT_LABELLING or (w == "year" and d.at[k - 1] in lx.DETERMINERS_DEFINITE))
        and not w.endswith(("s", "ly", "ed", "ing"))
        and lemma(w) not in lx.VERBS
        and d.at[k - 1] not in ("per", "a", "an")  # "a day 3 times": not "day 3"
    )


def numbered_item(d: _Doc, i: int, j: int) -> int:
    """Where the number at ``i`` (its figure ending at ``j``) says which one, not how many:
    the index after it, else 0. Digits with a leading zero, or in a run of three to five
    groups of two or more digits, are a phone or account number ("0800 555 0199", "+44 20
    7946 0958"). A number that ends its phrase names an item after "#" or "no." ("ticket
    #4512", "order no. 5521"; "the #1 agent" is a rank) or after a lower-case noun that a
    preposition or determiner opens ("at extension 4021", "in bay 3"; with a noun after it,
    it may count that noun)."""
    w = d.at[i]
    if not w.isdecimal():
        return 0
    if w[0] == "0" and len(w) > 1:
        k = i + 1
        while d.at[k].isdecimal() and not d.glued[k]:
            k += 1
        return k
    k = i  # a phone number has a few groups: the walk stops after six
    while k < i + 6 and d.at[k].isdecimal() and len(d.at[k]) > 1 and (k == i or not d.glued[k]):
        k += 1
    if 2 < k - i < 6 and any(len(g) != 3 for g in d.at[i + 1 : k]):
        return k  # not a thousands grouping ("10 000 000"): every group after the first has 3
    nxt = d.at[j]
    if j != i + 1 or not (
        nxt in _ENDS_A_PHRASE or nxt in lx.PREPOSITIONS or nxt in lx.CONJUNCTIONS
    ):
        return 0
    before = d.at[i - 1]
    if before == "#" or (before == "." and d.at[i - 2] == "no" and d.glued[i - 1]):
        return j
    return (
        j
        if i > 1
        and not d.glued[i]
        and d.raw[i - 1].islower()
        and d.at[i - 2] in _OPENS_A_NOUN
        and _labelling_noun(d, i - 1)
        else 0
    )


_OPENS_A_NOUN = lx.PREPOSITIONS | lx.DETERMINERS_DEFINITE
_ENDS_A_PHRASE = lx.SENTENCE_ENDS | frozenset({",", ";", ")", ":", ""})
