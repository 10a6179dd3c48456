"""The scheduler's report: :class:`ReviewItem` and the :class:`Agenda` that holds them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import attrs

from careerkit._data import JsonReady
from careerkit._records import shared_methods
from careerkit._schedule.policy import _DEFAULT_POLICY, ReviewKind, SchedulePolicy, _check_kind


@shared_methods
@attrs.frozen(eq=False, repr=False)
class ReviewItem(JsonReady):
    """One thing to do on ``due``: what (``kind``, ``title``), about which record (``subject``,
    an id, or ``None`` for the whole plan), why (``reason``), the questions to answer
    (``prompts``), its ``priority`` (1 high, 2 normal, 3 low) and whether it is ``overdue``."""

    due: date
    kind: ReviewKind
    subject: str | None
    title: str
    reason: str
    prompts: tuple[str, ...] = ()
    priority: int = 2
    overdue: bool = False

    def __repr__(self) -> str:
        flag = ", overdue=True" if self.overdue else ""
        return (
            f"ReviewItem(due={self.due.isoformat()}, kind={self.kind!r}, "
            f"subject={self.subject!r}, title={self.title!r}{flag})"
        )

    def __str__(self) -> str:
        flag = " (overdue)" if self.overdue else ""
        return f"{self.due.isoformat()}{flag} {self.title}: {self.reason}"


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Agenda:
    """The review items of a plan from ``as_of`` to ``until``, overdue first, then by date and
    priority. Iterate over it, take its ``len``, ``filter`` it, export it with ``to_ics()``."""

    items: tuple[ReviewItem, ...]
    as_of: date
    until: date
    policy: SchedulePolicy = _DEFAULT_POLICY

    def _repr_html_(self) -> str:
        # Rendering lives at the edge; deferred import keeps it out of this engine module.
        from careerkit._render import agenda_html

        return agenda_html(self)

    def __iter__(self) -> Iterator[ReviewItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> ReviewItem:
        return self.items[index]

    @property
    def overdue(self) -> tuple[ReviewItem, ...]:
        """The overdue items."""
        return tuple(item for item in self.items if item.overdue)

    def filter(
        self, *, kind: str | Iterable[str] | None = None, subject: str | None = None
    ) -> Agenda:
        """The items of a kind (or any of several kinds) and/or about one subject.

        >>> agenda = Agenda((), as_of=date(2027, 1, 4), until=date(2027, 4, 4))
        >>> agenda.filter(kind="goal_review", subject="talks")
        Agenda(as_of=2027-01-04, until=2027-04-04, items=0)
        """
        kinds: frozenset[str] | None = None
        if kind is not None:
            kinds = frozenset([kind] if isinstance(kind, str) else kind)
            for name in kinds:
                _check_kind(name, "kind")
        items = tuple(
            item
            for item in self.items
            if (kinds is None or item.kind in kinds)
            and (subject is None or item.subject == subject)
        )
        return attrs.evolve(self, items=items)

    def to_ics(self) -> str:
        """The agenda as RFC 5545 calendar text (needs ``pip install 'careerkit[ics]'``)."""
        # Imported here rather than at the top: the export needs the optional icalendar package,
        # and `import careerkit` must work (and stay fast) without it.
        from careerkit._ics import agenda_to_ics

        return agenda_to_ics(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "as_of": self.as_of.isoformat(),
            "until": self.until.isoformat(),
            "items": [item.to_dict() for item in self.items],
        }

    def __repr__(self) -> str:
        overdue = sum(item.overdue for item in self.items)
        tail = f", overdue={overdue}" if overdue else ""
        return (
            f"Agenda(as_of={self.as_of.isoformat()}, until={self.until.isoformat()}, "
            f"items={len(self.items)}{tail})"
        )

    def __str__(self) -> str:
        head = f"Agenda from {self.as_of.isoformat()} to {self.until.isoformat()}"
        if not self.items:
            return f"{head}: nothing due"
        return "\n".join([f"{head}:", *(f"- {item}" for item in self.items)])
