"""Layout in a goal box: a list mark or a label that names the box, before the goal.

"- Run 3 workshops by June", "2) Run ...", "Goal: Run ...", "My development goal 3 - run ...",
"KR2: run ...": the mark and the label say where the goal stands on the page or in a form,
not what it is. The goal is the text after them, read as if it stood alone, so a goal gives
the same answer with or without them.

A label is a short noun phrase, perhaps with the item's number ("3", "2.1"), closed by a colon
or a spaced dash. Nothing in it may be of use to the goal: a word of time, a figure other than
the item's number or a preposition other than the "of" of a noun phrase ("Goals for the spring
tour:", "Q1 objective:") makes it part of the goal, and it is kept. A phrase whose head names a
goal (goal, objective, target, key result, KPI) is a label whatever follows; any other names the
box ("Focus area:", "Area of growth -") only when it opens with no verb and no article and the
goal after it stands alone, for a topic may be what the goal is about ("Guest scores: 4.6 by
May").
"""

from __future__ import annotations

import unicodedata

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import TextFacts
from careerkit._smart.text.tokens import _Doc, lemma

# Heads of a label naming the box: "Goal:", "Objective -", "KR2:", "Key result 1:", "KPI:".
_LABEL_HEADS = lx.GOAL_WORDS | {"kr", "kpi", "result", "outcome"}
# Heads of a label naming the result wanted: "Outcome: every ward has a fire marshal".
_RESULT_HEADS = frozenset(
    {"target", "targets", "outcome", "outcomes", "result", "results", "kr", "kpi"}
)
# Brackets that open a box or an item's number, and the one that closes each: "[x]", "(3)".
_OPENING_BRACKETS = {"(": ")", "[": "]"}
# Marks that close an item's number or letter: "1.", "2)", "a)".
_NUMBER_MARKS = frozenset({".", ")"})
# The longest label read: a possessive, two words of kind, the head and its number.
_LABEL_WORDS = 5
# The tokens a label at the start reaches: its words, a "#", an item's number and its mark.
_LABEL_REACH = _LABEL_WORDS + 3


def layout_end(d: _Doc) -> tuple[int, bool]:
    """Where the goal starts after the list marks and labels that open the text ("- Goal:
    run ..." starts at "run"), 0 when it opens with none (something must follow them); and
    whether a label names the result wanted ("Outcome:", "Target:", "KR2:"), which makes a
    statement after it that result, not a sentence of context."""
    at = d.at
    if (
        lx.LABEL_MARKS.isdisjoint(at[:_LABEL_REACH])
        and at[0][:1].isalnum()
        and at[0] != "o"
        and at[1] not in _NUMBER_MARKS
    ):
        # Most goals open with a word and have no colon or dash near the start: neither a
        # list mark (a sign, a bracket or an item's mark) nor a label can open them.
        return 0, False
    k = 0
    result = False
    for _ in range(3):  # "1. Goal: ...": a mark and a label, or a label and a number
        nxt = _mark_end(d, k)
        if nxt is None:
            nxt = _label_end(d, k)
            if nxt is not None and nxt < d.n:
                result = result or not _RESULT_HEADS.isdisjoint(
                    w.rstrip("0123456789") for w in d.low[k:nxt]
                )
        if nxt is None or nxt >= d.n:
            return k, result
        k = nxt
    return k, result


def moved(facts: TextFacts, text: str, off: int) -> TextFacts:
    """The facts of the text after ``off`` characters of layout, as facts of the whole text."""

    def move(span: tuple[int, int]) -> tuple[int, int]:
        return (span[0] + off, span[1] + off)

    dl = facts.deadline_span
    return facts._replace(
        text=text,
        deadline_span=None if dl is None else move(dl),
        goal_span=move(facts.goal_span),
        quantities=tuple(q._replace(span=move(q.span)) for q in facts.quantities),
        issues=tuple(
            i._replace(span=None if i.span is None else move(i.span)) for i in facts.issues
        ),
    )


def _mark_end(d: _Doc, k: int) -> int | None:
    """After a list mark at ``k``: a sign that stands alone, with a space after it ("- ",
    "• ", "+ ", "→ ", "[ ] "), a box ticked or not ("[x] ", "(3) "), or an item's number or
    letter and its mark ("1. ", "2) ", "a) ", "iv. "). A sign glued to what follows ("-10%",
    "#1", "$500") or before a figure ("+ 10 clients", "~ 40 hours") is the figure's; a
    currency sign is a figure's whatever follows it."""
    w = d.low[k]
    if w in lx.BULLETS and w != "#":
        return k + 1 if not d.glued[k + 1] else None
    if w in _OPENING_BRACKETS:
        item = d.at[k + 1]
        if (
            d.at[k + 2] == _OPENING_BRACKETS[w]
            and d.glued[k + 1]
            and d.glued[k + 2]
            and (_item_mark(item) or _sign(item))
        ):
            return k + 3 if not d.glued[k + 3] else None  # "(3) ", "[x] ", "[✓] "
        if d.at[k + 1] == _OPENING_BRACKETS[w]:
            return k + 2 if not d.glued[k + 2] else None  # "[] ", "[ ] ": an empty box
    if _sign(w) and w not in _OPENING_BRACKETS and k + 1 < d.n and not d.glued[k + 1]:
        return None if d.digit_first[k + 1] else k + 1
    return item_mark_end(d, k)  # "A. Smith", "I. ...": an initial, not an item


def _sign(w: str) -> bool:
    """A token of one character that is neither a letter, a digit nor a currency sign."""
    return len(w) == 1 and not w.isalnum() and unicodedata.category(w) != "Sc"


def item_mark_end(d: _Doc, k: int) -> int | None:
    """After an item's number or letter and its mark at ``k`` ("1) ", "2. "), or None."""
    w = d.at[k]
    if _item_mark(w) and d.at[k + 1] in _NUMBER_MARKS and d.glued[k + 1] and not d.glued[k + 2]:
        if d.at[k + 1] == "." and not w.isdecimal() and not _roman(w):
            return None  # "A. Smith": an initial, not an item ("iv. " is one)
        return k + 2
    return None


def _item_mark(w: str) -> bool:
    """An item's number or letter: "1" to "99", "a", "iv"."""
    return (w.isdecimal() and len(w) <= 2) or (len(w) == 1 and w.isalpha()) or _roman(w)


def _roman(w: str) -> bool:
    """A small roman numeral of two or more letters: "ii", "iv", "xii" (one letter may be an
    initial or "I")."""
    return 2 <= len(w) <= 4 and not w.strip("ivx")


def _label_end(d: _Doc, k: int) -> int | None:
    """After a label at ``k`` that names the box ("Goal:", "My goal -", "Development goal 3:",
    "KR2:", "Focus area:", "Area of growth -", "Item 4.1:"), or None: a short noun phrase,
    perhaps with the item's number or letter, closed by a colon or a spaced dash. None of its
    words is a figure, a word of time or a preposition other than the "of" inside a noun phrase
    ("area of growth"), which carry what the goal may need."""
    low = d.low
    end = k
    named = False  # the phrase's head names a goal ("goal", "objective", "KR")
    while end < min(d.n, k + _LABEL_WORDS):
        if _label_word(d, end) or (low[end] == "of" and end > k and _label_word(d, end + 1)):
            w = low[end]
            named = named or w in _LABEL_HEADS or w.removesuffix("s") in _LABEL_HEADS
            end += 1
        elif low[end].rstrip("0123456789") in _LABEL_HEADS:
            end += 1  # "KR2", "O1": a head and its number in one word
            named = True
            break
        else:
            break
    if end == k:
        return None
    if d.at[end] == "#":
        end += 1  # "Goal #2:"
    if _item_number(d.at[end]):
        end += 1  # "Development goal 3:", "Goal 2.1 -"
    mark = d.at[end]
    if mark not in lx.LABEL_MARKS or end + 1 >= d.n:
        return None
    if mark != ":" and (d.glued[end] or d.glued[end + 1]):
        return None  # "goal-setting", "target-led": a hyphen in a word, not a dash
    if not named and not (_bare_name(d, k, end) and _stands_alone(d, end + 1)):
        return None  # "Guest satisfaction: 4.6 by May": a topic the goal after it needs
    return end + 1


def _bare_name(d: _Doc, k: int, end: int) -> bool:
    """The name of a box is a bare noun phrase that opens with no verb: an article makes a
    thing of the goal ("The licence exam:"), a verb an order ("Finish the cert -")."""
    words = d.low[k:end]
    if lemma(words[0]) == words[0] and words[0] in lx.VERBS:
        return False  # "Finish the cert -", "Focus -": an order, or may be one
    return lx.DETERMINERS_INDEFINITE.isdisjoint(words) and "the" not in words


_PER_CENT = lx.PERCENT_WORDS | {"%"}


def bare_share(d: _Doc, i: int) -> bool:
    """The word at ``i`` takes a bare percentage ("cut 2%", "raise by 10 percent by June"): a
    share of something it leaves the words before it to name. A noun or "of" after the share
    names it ("achieve 100% uptime", "check 100% of entries")."""
    j = i + 2 if d.at[i + 1] == "by" else i + 1
    if not (d.raw[i].isalpha() and d.at[j][:1].isdecimal() and d.at[j + 1] in _PER_CENT):
        return False
    after = d.at[j + 2]
    return after != "of" and (not after[:1].isalpha() or after in _AFTER_A_BARE_SHARE)


# Words after a bare share that name nothing it is of: "cut 2% by June", "20% more this year".
_AFTER_A_BARE_SHARE = (lx.PREPOSITIONS | lx.COMPARATIVES | lx.TIME_TRIGGERS) - {"of"}


def _stands_alone(d: _Doc, i: int) -> bool:
    """Whether the goal after a label at ``i`` reads without it: it opens with an order (a bare
    verb that does not point back with "it" or "them"), with the writer as subject, or with a
    leading phrase of time, place or reason; a figure, a name, a state or a statement ("4.6 by
    May", "done by June", "our sales are flat") leans on the label for what it is about, as
    an order of a bare percentage does ("Churn: cut 2%": a share of the churn)."""
    w = d.at[i]
    if w in lx.PREPOSITIONS or w in {"i", "we"}:
        return True
    if bare_share(d, i):
        return False
    return lemma(w) == w and w in lx.VERBS and d.at[i + 1] not in {"it", "them"}


def _item_number(w: str) -> bool:
    """An item's number, perhaps with sub-numbers: "3", "12", "2.1", "1.3.2" (not a year)."""
    return (
        0 < len(w) <= 6
        and w[:1].isdecimal()
        and not w.strip("0123456789.")
        and (len(w) <= 2 or "." in w)
    )


def _label_word(d: _Doc, m: int) -> bool:
    """A word before a label's head: whose goal, or what kind ("my", "development",
    "SMART"); a figure, a word of time ("Next sprint:", "Weekly focus -") or a preposition
    carries what the goal may need."""
    w = d.at[m]
    return (
        w.isalpha()
        and w not in lx.CALENDAR_NOUNS
        and w not in lx.UNDATED_PERIOD_FORMS
        and w not in lx.CADENCE_ADVERBS
        and w not in lx.PREPOSITIONS
        and w not in lx.MODALS
    )
