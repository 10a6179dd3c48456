"""The professional network: contacts, who helped whom, mentors and sponsors."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Literal, cast, get_args

import attrs

from careerkit._model.fields import (
    Audience,
    FieldError,
    audiences,
    bounded,
    choice,
    is_date,
    is_visible,
    non_empty,
    one_of,
    optional_day,
    optional_text,
    record_id,
    records,
    strings,
    text,
    to_date,
)
from careerkit._records import shared_methods

__all__ = [
    "Advocacy",
    "Contact",
    "HelpDirection",
    "HowMet",
    "Interaction",
    "Meeting",
    "Mentor",
    "MentorRole",
    "MentorStatus",
]

#: Who helped whom: you ``gave`` help, ``received`` it, or it was ``mutual``.
HelpDirection = Literal["gave", "received", "mutual"]
HowMet = Literal["conference", "professional_organization", "online_network", "colleague", "other"]
MentorRole = Literal["mentor", "sponsor", "both"]
MentorStatus = Literal["prospect", "asked", "active", "ended"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Interaction:
    """A contact moment, and which way the help went."""

    date: date = attrs.field(converter=to_date, validator=is_date)
    direction: HelpDirection = attrs.field(validator=one_of(get_args(HelpDirection)))
    channel: str = text()
    note: str = text()
    shared_with: tuple[Audience, ...] = audiences()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Contact:
    """Someone in the network, with how often to keep in touch (``cadence_days``)."""

    id: str = record_id()
    name: str = attrs.field(validator=non_empty)
    organization: str = text()
    role: str = text()
    how_met: HowMet | None = choice(HowMet, None)
    since: date | None = optional_day()
    cadence_days: int | None = attrs.field(default=None, validator=bounded(1, 3660, integer=True))
    interactions: tuple[Interaction, ...] = records(Interaction, by_date=True)
    tags: tuple[str, ...] = strings()
    notes: str = text()
    shared_with: tuple[Audience, ...] = audiences()

    @property
    def last_interaction(self) -> Interaction | None:
        """The most recent interaction, if any."""
        return self.interactions[-1] if self.interactions else None

    def with_interaction(
        self,
        on: date | str,
        direction: HelpDirection,
        *,
        channel: str = "",
        note: str = "",
        shared_with: Iterable[Audience] = (),
    ) -> Contact:
        """A copy with an interaction logged: on day ``on``, help ``direction`` gave/received/mutual.

        >>> lee = Contact("lee", "Lee").with_interaction("2026-09-01", "gave", channel="coffee")
        >>> lee.last_interaction.direction, lee.last_interaction.date
        ('gave', datetime.date(2026, 9, 1))
        """
        # The constructor converts any iterable and refuses a lone string, naming the field.
        moment = Interaction(on, direction, channel, note, cast(Any, shared_with))
        return attrs.evolve(self, interactions=(*self.interactions, moment))


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Meeting:
    """A mentoring meeting."""

    date: date = attrs.field(converter=to_date, validator=is_date)
    note: str = text()


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Advocacy:
    """Something a sponsor did for you (or you told them, so they can)."""

    date: date = attrs.field(converter=to_date, validator=is_date)
    note: str = attrs.field(validator=non_empty)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Mentor:
    """A mentor (guidance, feedback), a sponsor (advocacy) or both.

    ``contact`` links to a :class:`Contact` by id; ``name`` is for someone not among the contacts.
    """

    id: str = record_id()
    contact: str | None = optional_text()
    name: str = text()
    role: MentorRole = choice(MentorRole, "mentor")
    status: MentorStatus = choice(MentorStatus, "prospect")
    focus: tuple[str, ...] = strings()
    cadence_days: int | None = attrs.field(default=None, validator=bounded(1, 3660, integer=True))
    since: date | None = optional_day()
    meetings: tuple[Meeting, ...] = records(Meeting, by_date=True)
    advocacy: tuple[Advocacy, ...] = records(Advocacy, by_date=True)
    notes: str = text()
    shared_with: tuple[Audience, ...] = audiences()

    def __attrs_post_init__(self) -> None:
        if self.contact is None and not is_visible(self.name):
            raise FieldError("contact", "a mentor needs a contact id or a name")

    def with_meeting(self, on: date | str, *, note: str = "") -> Mentor:
        """A copy with a meeting on day ``on`` logged.

        >>> Mentor("m1", name="Sam").with_meeting("2026-12-03", note="talk rehearsal").meetings
        (Meeting(date=datetime.date(2026, 12, 3), note='talk rehearsal'),)
        """
        return attrs.evolve(self, meetings=(*self.meetings, Meeting(on, note)))

    def with_advocacy(self, on: date | str, note: str) -> Mentor:
        """A copy with a note of what the sponsor did for you on day ``on``.

        >>> sam = Mentor("m1", name="Sam", role="sponsor")
        >>> sam.with_advocacy("2027-01-10", "Put me forward for the platform lead").advocacy[0].note
        'Put me forward for the platform lead'
        """
        return attrs.evolve(self, advocacy=(*self.advocacy, Advocacy(on, note)))

    @property
    def is_sponsor(self) -> bool:
        return self.role in ("sponsor", "both")

    @property
    def is_mentor(self) -> bool:
        return self.role in ("mentor", "both")
