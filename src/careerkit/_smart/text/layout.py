"""Layout in a goal box: a list mark or a label that names the box, before the goal.

"- Run 3 workshops by June", "2) Run ...", "Goal: Run ...", "My development goal 3 - run ...",
"KR2: run ...": the mark and the label say where the goal stands on the page or in a form,
not what it is. The goal is the text after them, read as if it stood alone, so a goal gives
the same answer with or without them.

A label is a short noun phrase whose head names a goal (goal, objective, target, key result,
KPI), perhaps with the item's number, closed by a colon or a spaced dash. Nothing in it may be
of use to the goal: a word of time, a figure other than the item's number or a preposition
("Goals for the spring tour:", "Q1 objective:") makes it part of the goal, and it is kept.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.facts import TextFacts
from careerkit._smart.text.tokens import _Doc

# Heads of a label naming the box: "Goal:", "Objective -", "KR2:", "Key result 1:", "KPI:".
_LABEL_HEADS = lx.GOAL_WORDS | {"kr", "kpi", "result", "outcome"}
# Heads of a label naming the result wanted: "Outcome: every ward has a fire marshal".
_RESULT_HEADS = frozenset(
    {"target", "targets", "outcome", "outcomes", "result", "results", "kr", "kpi"}
)
# Marks that close a label: a colon, or a dash with a space on each side.
_LABEL_MARKS = frozenset({":", "-", "–", "—"})
# Marks that close an item's number or letter: "1.", "2)", "a)".
_NUMBER_MARKS = frozenset({".", ")"})
# The longest label read: a possessive, two words of kind, the head and its number.
_LABEL_WORDS = 5


def layout_end(d: _Doc) -> tuple[int, bool]:
    """Where the goal starts after the list marks and labels that open the text ("- Goal:
    run ..." starts at "run"), 0 when it opens with none (something must follow them); and
    whether a label names the result wanted ("Outcome:", "Target:", "KR2:"), which makes a
    statement after it that result, not a sentence of context."""
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
    """After a list mark at ``k``: a bullet sign and a space ("- ", "• "), or an item's number
    or letter and its mark ("1. ", "2) ", "(3) ", "a) "); a sign glued to a figure ("-10%")
    is the figure's."""
    w = d.low[k]
    if w in lx.BULLETS and w != "#":
        return k + 1 if not d.glued[k + 1] else None
    if w == "(" and d.at[k + 2] == ")" and d.glued[k + 1] and d.glued[k + 2]:
        item = d.at[k + 1]
        return k + 3 if _item_mark(item) and not d.glued[k + 3] else None
    return item_mark_end(d, k)  # "A. Smith", "I. ...": an initial, not an item


def item_mark_end(d: _Doc, k: int) -> int | None:
    """After an item's number or letter and its mark at ``k`` ("1) ", "2. "), or None."""
    w = d.at[k]
    if _item_mark(w) and d.at[k + 1] in _NUMBER_MARKS and d.glued[k + 1] and not d.glued[k + 2]:
        return None if d.at[k + 1] == "." and not w.isdecimal() else k + 2
    return None


def _item_mark(w: str) -> bool:
    """An item's number or letter: "1" to "99", "a"."""
    return (w.isdecimal() and len(w) <= 2) or (len(w) == 1 and w.isalpha())


def _label_end(d: _Doc, k: int) -> int | None:
    """After a label at ``k`` that names the box ("Goal:", "My goal -", "Development goal 3:",
    "KR2:"), or None: the words before its head say whose or what kind of goal it is, and
    none of them is a figure, a word of time or a preposition."""
    low = d.low
    for m in range(k, min(d.n, k + _LABEL_WORDS)):
        w = low[m]
        head = w.rstrip("0123456789")  # "kr2", "o1"
        if head in _LABEL_HEADS or head.removesuffix("s") in _LABEL_HEADS:
            end = m + 1
            if d.at[end] == "#":
                end += 1  # "Goal #2:"
            if d.at[end][:1].isdecimal() and len(d.at[end]) <= 2:
                end += 1  # "Development goal 3:"
            mark = d.at[end]
            if mark not in _LABEL_MARKS or end + 1 >= d.n:
                return None
            if mark != ":" and (d.glued[end] or d.glued[end + 1]):
                return None  # "goal-setting", "target-led": a hyphen in a word, not a dash
            return end + 1
        if not _label_word(d, m):
            return None
    return None


def _label_word(d: _Doc, m: int) -> bool:
    """A word before a label's head: whose goal, or what kind ("my", "development",
    "SMART"); a figure, a date or a preposition carries what the goal may need."""
    w = d.low[m]
    return (
        w.isalpha()
        and w not in lx.MONTHS
        and w not in lx.PERIOD_WORDS
        and w not in lx.PREPOSITIONS
        and w not in lx.MODALS
    )
