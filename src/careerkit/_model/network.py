"""The professional network: contacts, who helped whom, mentors and sponsors."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

import attrs

from careerkit._model.fields import (
    AUDIENCES,
    Audience,
    FieldError,
    bounded,
    each_one_of,
    identifier,
    non_empty,
    one_of,
    sorted_by_date,
)

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


@attrs.frozen
class Interaction:
    """A contact moment, and which way the help went."""

    date: date
    direction: HelpDirection = attrs.field(validator=one_of(get_args(HelpDirection)))
    channel: str = ""
    note: str = ""
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))


@attrs.frozen
class Contact:
    """Someone in the network, with how often to keep in touch (``cadence_days``)."""

    id: str = attrs.field(validator=identifier)
    name: str = attrs.field(validator=non_empty)
    organization: str = ""
    role: str = ""
    how_met: HowMet | None = attrs.field(default=None, validator=one_of(get_args(HowMet)))
    since: date | None = None
    cadence_days: int | None = attrs.field(default=None, validator=bounded(1, 3660))
    interactions: tuple[Interaction, ...] = attrs.field(default=(), converter=sorted_by_date)
    tags: tuple[str, ...] = ()
    notes: str = ""
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))

    @property
    def last_interaction(self) -> Interaction | None:
        """The most recent interaction, if any."""
        return self.interactions[-1] if self.interactions else None


@attrs.frozen
class Meeting:
    """A mentoring meeting."""

    date: date
    note: str = ""


@attrs.frozen
class Advocacy:
    """Something a sponsor did for you (or you told them, so they can)."""

    date: date
    note: str = attrs.field(validator=non_empty)


@attrs.frozen
class Mentor:
    """A mentor (guidance, feedback), a sponsor (advocacy) or both.

    ``contact`` links to a :class:`Contact` by id; ``name`` is for someone not among the contacts.
    """

    id: str = attrs.field(validator=identifier)
    contact: str | None = None
    name: str = ""
    role: MentorRole = attrs.field(default="mentor", validator=one_of(get_args(MentorRole)))
    status: MentorStatus = attrs.field(default="prospect", validator=one_of(get_args(MentorStatus)))
    focus: tuple[str, ...] = ()
    cadence_days: int | None = attrs.field(default=None, validator=bounded(1, 3660))
    since: date | None = None
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=sorted_by_date)
    advocacy: tuple[Advocacy, ...] = attrs.field(default=(), converter=sorted_by_date)
    notes: str = ""
    shared_with: tuple[Audience, ...] = attrs.field(default=(), validator=each_one_of(AUDIENCES))

    def __attrs_post_init__(self) -> None:
        if self.contact is None and not self.name.strip():
            raise FieldError("contact", "a mentor needs a contact id or a name")

    @property
    def is_sponsor(self) -> bool:
        return self.role in ("sponsor", "both")

    @property
    def is_mentor(self) -> bool:
        return self.role in ("mentor", "both")
