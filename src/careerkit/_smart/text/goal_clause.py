"""Where the goal's own clause lies in a text: its action, its end, and the reason given.

The action is found before figures mark their tokens (see :func:`goal_verb`); the bounds of
the clause and of the reason after they do (see :func:`goal_clause`), since a marked figure
can end a clause or open a reason.
"""

from __future__ import annotations

from typing import NamedTuple

from careerkit._smart import lexicon as lx
from careerkit._smart.text.clause import _find, _main_verb
from careerkit._smart.text.later import _sentence_end, comment_start, opens_comment
from careerkit._smart.text.reason import _leading_reason, _rationale
from careerkit._smart.text.situation import only_states, situation_end
from careerkit._smart.text.tokens import _Doc, lemma


class GoalVerb(NamedTuple):
    """The goal's action, and where a situation told before it ends."""

    main: int  # the action's token (``d.n`` when the text has none)
    hedged: bool  # "I'd like to try to ...": the action is wished, not promised
    told: int | None  # the end of a situation told first ("Warehouse 3 has 42 pickers; ...")


class GoalClause(NamedTuple):
    """The goal's clause, its reason, and how they lie in the text (token indices)."""

    main: int  # the action's token, where the goal's clause starts
    g_hi: int  # the goal's end (exclusive)
    goal_span: tuple[int, int]  # characters
    rat_at: int  # where the reason opens (``d.n`` when there is none)
    rat_hi: int  # where a reason put first ends (``d.n`` when the reason follows the goal)
    rationale: str | None
    career: bool  # the reason is a career move ("to qualify for the team lead role")
    told: int | None  # the end of a situation told before the goal (see GoalVerb)


def goal_verb(d: _Doc) -> GoalVerb:
    """Find the goal's action: after a situation told first, never inside a comment."""
    n = d.n
    main, hedged = _main_verb(d, 0, n)
    if main < n and opens_comment(d, main):
        main = n  # "by 31 March 2027, which my manager asked for": no action before the comment
    # "Warehouse 3 has 42 pickers; I want to ...": the situation first, then the goal clause.
    told = situation_end(d)
    if told is not None and told > main:
        main, hedged = _main_verb(d, told, n)
    elif told is None and only_states(d):
        main = n  # "Clients keep asking for rewrites.": how things are, no action to take
    return GoalVerb(main, hedged, told)


def goal_clause(d: _Doc, main: int, told: int | None) -> GoalClause:
    """Bound the goal's clause that the action at ``main`` opens, and find its reason."""
    n = d.n
    rat_at, career = _rationale(d, main)
    # A reason put first: "To move into management, complete ...", or a wish told as a
    # sentence of its own before the goal's ("I want to grow as a manager. Concretely, I'll
    # run ..."). A "to" inside the goal's own sentence that does not open it is what is
    # wished ("I'd like to", "My goal is to"), and a comma after it adds the means.
    rat_hi = n
    if main < n and d.low[main - 1 : main] == ["to"] and rat_at == n:
        comma = _find(d, ",", main, min(n, main + 25))
        # The action after the comma, or its subject: "To become ..., I will join ...".
        if (
            comma is not None
            and (lemma(d.at[comma + 1]) in lx.VERBS or d.at[comma + 1] in lx.SUBJECTS)
            and (_opens(d, main - 1) or _sentence_end(d, main, comma) < comma)
        ):
            rat_at = main - 1
            main, _ = _main_verb(d, comma + 1, n)
            rat_hi = comma
    goal_hi = rat_at if rat_at > main else n
    if rat_hi != n:  # fronted reason
        goal_hi = n
    # The goal clause ends with its sentence; later sentences are read as clauses of their own.
    first_end = _sentence_end(d, main, goal_hi)
    later = first_end < goal_hi
    if later:
        goal_hi = first_end
    comment = comment_start(d, main, goal_hi)
    if comment is not None:
        goal_hi = comment  # "Get CSAT up, which my manager asked for": about the goal, not it
    rationale = None
    if rat_at < n:
        # The reason ends with its sentence (the reason's first word never ends it).
        r_end = next(d.find_in(lx.SENTENCE_END, rat_at + 1, rat_hi), rat_hi)
        rationale = d.slice(rat_at, r_end) if r_end > rat_at else None
    elif main > 0 and not career:
        # A reason in a leading phrase: "As part of my development plan, I will ...".
        rationale = _leading_reason(d, main)
    if rationale is None and told is not None and "so" in d.low[max(0, told - 3) : told]:
        # "My manager wants me to be more visible. So I'll present ...": the situation is why
        rationale = d.slice(0, next(d.find_in(lx.SENTENCE_END, 0, told), told))

    # A reason put first leaves the rest of the text to the goal, unless a sentence ends it.
    g_hi = goal_hi if rat_hi == n or later else n
    goal_span = d.span(main, g_hi) if g_hi > main else (0, len(d.text))
    return GoalClause(main, g_hi, goal_span, rat_at, rat_hi, rationale, career, told)


# What may stand before a purpose "to" that opens its clause: nothing, a sentence's end, a
# label's colon, a bullet, "in order" or "so as".
_BEFORE_PURPOSE = frozenset({"", ".", "!", "?", ";", ":", "-", "–", "•", "*", "order", "as"})


def _opens(d: _Doc, k: int) -> bool:
    """The word at ``k`` opens its clause ("To grow, ...", "In order to grow, ...")."""
    return d.at[k - 1] in _BEFORE_PURPOSE or k in d.line_starts
