"""The small typed results the text stages hand to each other."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, Protocol

#: At most this many figures and time expressions are collected from one text (the first
#: ones): a goal has a handful, and a pasted document should not cost more to report.
MAX_QUANTITIES = 64
MAX_TIMES = 64


class Issue(NamedTuple):
    """Something the text engine noticed: a finding code, where, and words for the message."""

    code: str
    span: tuple[int, int] | None
    words: tuple[str, ...] = ()


class QuantityFact(NamedTuple):
    """A figure in the goal (the public :class:`careerkit.Quantity` is built from it)."""

    value: float
    unit: str
    kind: str
    span: tuple[int, int]
    high: float | None = None
    baseline: float | None = None
    explicit: bool = True  # a written number (not just "every week")


class _Time(NamedTuple):
    # end, start, window, cadence, vague, event, impossible, clock, context, history (a period
    # gone by that tells what happened), baseline (the period of a change's starting figure),
    # or no_date (a day
    # the calendar lacks: the month asked for in ``months``, its year in ``extra_days``, 0 if
    # none, and the day asked for in ``days``), or year_not_read (a date whose year, in
    # ``extra_days``, is outside 1900-2199)
    kind: str
    i: int
    j: int
    first: date | None = None
    last: date | None = None
    days: int = 0  # length of the period named ("this month" is a month long)
    anchored: bool = False  # a window counted from now ("the next 6 weeks")
    months: int = 0  # a window's length, for counting from an explicit start
    extra_days: int = 0
    bare: bool = False  # no preposition: "PyCon US 2027", "the April 2027 review cycle"


# The kinds of time that bound a goal: a date it ends by, a window, an occasion it is due at.
TIME_BOUNDS = frozenset({"end", "window", "event"})


class TextFacts(NamedTuple):
    """Everything the text engine extracted from one goal statement."""

    text: str
    empty: bool
    deadline: date | None
    deadline_span: tuple[int, int] | None
    deadline_days: int  # length of the window up to the deadline, for achievability
    start: date | None
    time_bound: bool
    cadence: str | None
    event_bound: bool
    quantities: tuple[QuantityFact, ...]
    deliverable: str | None
    rationale: str | None
    career_move: bool
    verb: str | None
    verb_class: str
    goal_span: tuple[int, int]
    s_met: bool
    m_met: bool
    figure: bool  # a written figure in the goal part (resolves vague verbs with a Metric)
    issues: tuple[Issue, ...]
    english: bool = True  # False: another language, which careerkit does not judge


class _IssueFn(Protocol):
    def __call__(self, code: str, span: tuple[int, int] | None, *words: str) -> None: ...


class Issues:
    """The issues found in one text, in the order found, at most ``limit`` of each code; the
    stages report to :meth:`add` (a bound method: cheaper to call than an instance)."""

    __slots__ = ("_count", "_limit", "found")

    def __init__(self, limit: int) -> None:
        self.found: list[Issue] = []
        self._limit = limit
        self._count: dict[str, int] = {}

    def add(self, code: str, span: tuple[int, int] | None, *words: str) -> None:
        count = self._count.get(code, 0)
        if count < self._limit:
            self.found.append(Issue(code, span, words))
        self._count[code] = count + 1

    def drop(self, codes: frozenset[str]) -> None:
        """Forget the issues of ``codes`` found so far (they still count towards the limit)."""
        self.found[:] = [i for i in self.found if i.code not in codes]
