"""What the clause stages share: the text's context, the rules, and one clause's features.

Each stage of :func:`careerkit._smart.text.action.read_clause` reads the features the stages
before it found in a :class:`Clause` and adds its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from careerkit._smart.text.facts import QuantityFact, _IssueFn, _Time
from careerkit._smart.text.tokens import _Doc


class ClauseContext(NamedTuple):
    """What the whole text tells every clause: its tokens, figures, times and casing."""

    d: _Doc
    quantities: Sequence[QuantityFact]
    cadence_q: Sequence[QuantityFact]
    times: Sequence[_Time]
    sentence_start: frozenset[int]
    quoted: frozenset[int]
    vague_terms: frozenset[str]
    rules: ClauseRules


class ClauseRules(NamedTuple):
    """The contested conventions (see :class:`careerkit.SmartPolicy`) and a goal's metric."""

    frequency_is_measure: bool = True
    completion_is_measure: bool = True
    change_with_scope_is_specific: bool = False
    learning_alone_is_specific: bool = False
    has_metric: bool = False  # a goal's metric supplies the figure the text lacks


class ClauseReading(NamedTuple):
    """One clause read: its action, its class, and the S and M verdicts it supports."""

    verb: str | None
    verb_class: str
    s_met: bool
    m_met: bool
    figure: bool
    deliverable: str | None
    goal_q: list[QuantityFact]
    # the spans of rates the clause tells as how things are ("currently about 6 a month")
    told_rates: tuple[tuple[int, int], ...] = ()


class Clause:
    """One clause being read, from its action ``main`` to ``g_hi``: the features found so far."""

    __slots__ = (
        "abstract_obj",
        "after",
        "anchors",
        "artifact",
        "cadence_in_goal",
        "comparatives",
        "ctx",
        "d",
        "definite",
        "deliverable_ok",
        "described",
        "elided",
        "figure",
        "g_hi",
        "g_lo",
        "generic_span",
        "goal_q",
        "goal_span",
        "head",
        "in_goal",
        "issue",
        "main",
        "named",
        "negated",
        "obj_hi",
        "obj_lo",
        "obj_words",
        "ongoing",
        "own_judge",
        "people_obj",
        "policy_terms",
        "pronoun_obj",
        "reception",
        "role_named",
        "role_target",
        "s_met",
        "sp_main",
        "turnaround",
        "vague_nouns",
        "vague_q",
        "vague_states",
        "verb",
        "verb_at",
        "verb_class",
        "zero_target",
    )

    def __init__(
        self,
        ctx: ClauseContext,
        main: int,
        g_lo: int,
        g_hi: int,
        in_goal: range,
        goal_span: tuple[int, int],
        issue: _IssueFn,
    ) -> None:
        self.ctx = ctx
        self.d = ctx.d
        self.main = main
        self.g_lo = g_lo
        self.g_hi = g_hi
        self.in_goal = in_goal
        self.goal_span = goal_span
        self.issue = issue
        self.verb: str | None = None
        self.verb_class = "none"
        self.verb_at = main
        self.after = main + 1
        self.negated = False
        self.zero_target = False
        self.ongoing = False  # started or carried on: no one-off result
        self.own_judge: tuple[int, int] | None = None  # the writer alone judges the result
        self.goal_q: list[QuantityFact] = []
        self.described: list[QuantityFact] = []  # figures that describe, not measure
        self.figure = False
        self.turnaround = False  # how soon after each event: a figure
        self.named = False
        self.elided: bool | None = None  # acts on a thing the sentence before names; see anchors
        self.vague_q: list[int] = []
        self.comparatives: list[int] = []
        self.vague_states: list[int] = []
        self.vague_nouns: list[int] = []
        self.artifact = False
        self.policy_terms: list[tuple[int, int]] = []
        self.obj_lo = main + 1
        self.obj_hi = main + 1
        self.obj_words: list[str] = []
        self.head = ""
        self.abstract_obj = False
        self.people_obj = False
        self.definite = False
        self.generic_span: tuple[int, int] | None = None
        self.role_target = False
        self.role_named = False
        self.cadence_in_goal = False
        self.anchors = False
        self.s_met = False
        self.sp_main = goal_span
        self.deliverable_ok = False
        self.pronoun_obj = False
        self.reception = False  # the object is said by how others take it: "a game people love"
