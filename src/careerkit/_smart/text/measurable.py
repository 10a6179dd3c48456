"""M: whether the clause carries a figure or a one-off deliverable to check.

The stage of :func:`careerkit._smart.text.action.read_clause` that decides M, reporting why
not (M001-M003) to the clause's ``issue``.
"""

from __future__ import annotations

from careerkit._smart import lexicon as lx
from careerkit._smart.text.objects import _measure_example
from careerkit._smart.text.reading import Clause

# Vague and learning verbs whose frequency alone measures nothing ("improve weekly").
_FREQUENCY_NOT_MEASURE = frozenset(
    {
        "improve",
        "understand",
        "know",
        "be",
        "learn",
        "master",
        "explore",
        "think",
        "consider",
        "feel",
        "focus",
        "get",
        "work",
        "develop",
        "enhance",
        "grow",
        "help",
        "take",
        "network",
        "do",
        "support",
        "build",
        "study",
        "try",
    }
)


def _measurable(c: Clause) -> tuple[bool, str | None]:
    """M for the clause and the deliverable it names; findings go to ``c.issue``."""
    d = c.d
    low = d.low
    main, g_hi, verb, verb_class = c.main, c.g_hi, c.verb, c.verb_class
    figure = c.figure
    comparatives, vague_states, vague_q = c.comparatives, c.vague_states, c.vague_q
    rules = c.ctx.rules
    measure_q = [
        q
        for q in c.goal_q
        if (q.kind != "frequency" or verb_class not in ("state",)) and q not in c.described
    ]
    if verb_class == "state" and (comparatives or vague_states) and not figure:
        measure_q = []
    if verb_class in ("vague", "learning") and not figure:
        measure_q = (
            [q for q in measure_q if q.kind != "frequency"]
            if verb in _FREQUENCY_NOT_MEASURE
            else measure_q
        )
    if not rules.frequency_is_measure:
        measure_q = [q for q in measure_q if q.kind != "frequency" or q.explicit]
    # "check in with my skip-level regularly": repeated with no count, not a one-off result.
    repeated = not lx.VAGUE_FREQUENCY.isdisjoint(low[main:g_hi])
    # "Coach our U12 girls' team": looking after people goes on, with no result done once.
    tending = verb in lx.TENDING_VERBS and c.head in lx.TENDED_NOUNS
    completion = (
        c.deliverable_ok
        and rules.completion_is_measure
        and not repeated
        and not tending
        and not c.ongoing  # "start shadowing the rota": begun, never done once
    )
    m_met = (
        bool(measure_q)
        or (completion and not comparatives)
        or c.role_target
        or rules.has_metric
        or c.zero_target
        or c.turnaround
    )
    if verb_class == "promotion" and not c.role_target and not figure:
        m_met = False
    deliverable: str | None = None
    if m_met and verb is not None and verb_class not in ("vague", "learning", "state"):
        deliverable = d.slice(main, max(c.obj_hi, main + 1)).rstrip(" ,;:-")
    elif m_met and verb is None and c.artifact:
        deliverable = d.slice(main, g_hi) if g_hi > main else None
    if deliverable is not None and verb_class == "change":
        deliverable = None
    if not m_met:
        # "on top of" is a state but not a word to quote as one
        states = [
            k
            for k in vague_states
            if k > main and low[k] != "top" and (d.at[k - 1], low[k]) not in lx.STATE_PHRASES
        ] or [k for k in range(main, g_hi) if low[k] in ("fluently", "fluent")]
        if states:
            k0 = states[0]
            lo0 = k0
            while lo0 >= 2 and d.at[lo0 - 1] == "-" and d.glued[lo0] and d.glued[lo0 - 1]:
                lo0 -= 2  # "world-class", "eye-catching": the whole compound
            c.issue("M002", d.span(lo0, k0 + 1), d.slice(lo0, k0 + 1).lower())  # "world-class"
        elif vague_q or any(low[c0] in lx.AMOUNT_COMPARATIVES for c0 in comparatives):
            # An amount ("more", "some"); "steadier" or "better" is a quality, not an amount.
            k0 = (vague_q + [c0 for c0 in comparatives if low[c0] in lx.AMOUNT_COMPARATIVES])[0]
            c.issue("M003", d.span(k0, k0 + 1), low[k0])
        c.issue(
            "M001",
            c.goal_span,
            *_measure_example(verb if verb_class == "deliverable" else None, c.head),
        )
    return m_met, deliverable
