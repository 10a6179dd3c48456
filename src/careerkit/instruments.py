"""Scoring for two free well-being questionnaires: WHO-5 and the Copenhagen Burnout Inventory.

Only the scoring rules and short item themes ship here, never the item wording: ask people the
questions from the publishers' own forms (links below) and pass their answers in as numbers.

WHO-5 Well-Being Index
    Five items answered 0 ("at no time") to 5 ("all of the time") about the last two weeks.
    Wording: WHO, *The World Health Organization-Five Well-Being Index (WHO-5)*, 2024,
    https://www.who.int/publications/m/item/WHO-UCN-MSD-MHE-2024.01 (source to credit:
    Psychiatric Center North Zealand). Review: Topp CW, Østergaard SD, Søndergaard S, Bech P.
    *Psychother Psychosom* 2015;84:167-176, doi:10.1159/000376585.

Copenhagen Burnout Inventory (CBI)
    Three scales: personal (6 items), work-related (7) and client-related (6). Kristensen TS,
    Borritz M, Villadsen E, Christensen KB. *Work & Stress* 2005;19(3):192-207,
    doi:10.1080/02678370500297720. Wording: the English version used in the PUMA study, offered by
    the Danish National Research Centre for the Working Environment (NFA),
    https://nfa.dk/vaerktoejer/spoergeskemaer/spoergeskema-til-maaling-af-udbraendthed-cbi/copenhagen-burnout-inventory-cbi

>>> from careerkit.instruments import who5, cbi
>>> who5([3, 3, 2, 2, 2]).index
48
>>> cbi(personal=[2, 2, 2, 2, 2, 2]).personal
50.0
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any, Literal, SupportsIndex

import attrs

from careerkit._data import JsonReady
from careerkit._errors import CareerkitError
from careerkit._records import shared_methods

__all__ = [
    "CBI_CLIENT_ITEMS",
    "CBI_PERSONAL_ITEMS",
    "CBI_WORK_ITEMS",
    "WHO5_ITEMS",
    "CbiResult",
    "InstrumentError",
    "Who5Result",
    "cbi",
    "cbi_band",
    "who5",
]

CbiScale = Literal["personal", "work", "client"]
CbiBand = Literal["low", "moderate", "high", "severe"]


class InstrumentError(CareerkitError, ValueError):
    """Answers that a questionnaire cannot score; the message names the offending item.

    ``instrument`` is ``"WHO-5"`` or ``"CBI"``; ``item`` is the 1-based item number (``None``
    when the problem is the whole list, e.g. a wrong number of answers).
    """

    instrument: str
    item: int | None

    def __init__(self, message: str, *, instrument: str, item: int | None = None) -> None:
        super().__init__(message)
        self.instrument = instrument
        self.item = item

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (str(self), self.instrument, self.item))


def _rebuild_error(message: str, instrument: str, item: int | None) -> InstrumentError:
    return InstrumentError(message, instrument=instrument, item=item)


# --- WHO-5 -------------------------------------------------------------------------------------

#: Item themes in the published order (short labels, not the questions).
WHO5_ITEMS: tuple[str, ...] = (
    "good spirits",
    "calm and relaxed",
    "active and vigorous",
    "waking fresh and rested",
    "daily life of interest",
)

# Published reading (INSPQ information sheet 14, a public-health institute, level V): an index of
# 50 or less screens for depression. The index moves in steps of 4, so "<= 50" is the same rule as
# the older "raw score below 13" wording.
_WHO5_POOR_INDEX = 50
# Secondary-source convention only (level S; primary source not located): index 28 or less
# (raw 7 or less) is read as likely depression.
_WHO5_VERY_LOW_INDEX = 28
# Psychiatric Research Unit rule as quoted by secondary sources (level S): any item answered 0
# ("at no time") or 1 ("some of the time") is a reason to follow up, whatever the total.
_WHO5_LOW_ITEM = 1


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Who5Result(JsonReady):
    """A scored WHO-5.

    - ``raw``: sum of the five answers, 0 (worst) to 25 (best).
    - ``index``: ``raw * 4``, 0 to 100; the general-population mean is about 70.
    - ``poor_wellbeing``: ``index <= 50``, the published reading that recommends screening for
      depression (INSPQ; level V).
    - ``low_items``: 1-based numbers of items answered 0 or 1; the rule to follow up when any item
      is that low is quoted by secondary sources (level S).
    - ``very_low_wellbeing``: ``index <= 28``, a secondary-source convention for likely depression
      (level S; primary source not located).

    None of these is a diagnosis.
    """

    answers: tuple[int, ...]
    raw: int
    index: int
    poor_wellbeing: bool
    low_items: tuple[int, ...]
    very_low_wellbeing: bool


def who5(responses: Sequence[SupportsIndex]) -> Who5Result:
    """Score the WHO-5 Well-Being Index from five answers, each 0 ("at no time") to 5 ("all of
    the time"), in the published item order (see ``WHO5_ITEMS``).

    WHO-5 has no missing-data rule, so every item must be answered.

    >>> r = who5([3, 3, 3, 2, 2])
    >>> r.raw, r.index, r.poor_wellbeing
    (13, 52, False)
    >>> who5([5, 5, 5, 5, 1]).low_items
    (5,)
    """
    answers = _answers(responses, "WHO-5", WHO5_ITEMS, 5, allow_missing=False, scale=None)
    values = tuple(a for a in answers if a is not None)
    raw = sum(values)
    index = raw * 4
    return Who5Result(
        answers=values,
        raw=raw,
        index=index,
        poor_wellbeing=index <= _WHO5_POOR_INDEX,
        low_items=tuple(i for i, a in enumerate(values, 1) if a <= _WHO5_LOW_ITEM),
        very_low_wellbeing=index <= _WHO5_VERY_LOW_INDEX,
    )


# --- Copenhagen Burnout Inventory ----------------------------------------------------------------

# Item order: the English version used in the PUMA study (the NFA's "Scales used in the PUMA
# study"), which lists each scale separately. Other published orders exist: a combined 19-item
# order puts the reverse-scored "energy" item at position 13 (PMC9358756, Table 1) and some
# websites at position 10. Answers from those layouts must be reordered to this one.

#: Personal burnout: item themes in the documented order.
CBI_PERSONAL_ITEMS: tuple[str, ...] = (
    "tired",
    "physically exhausted",
    "emotionally exhausted",
    "cannot take it anymore",
    "worn out",
    "weak and prone to illness",
)

#: Work-related burnout: item themes in the documented order; the 7th is reverse-scored.
CBI_WORK_ITEMS: tuple[str, ...] = (
    "work is emotionally exhausting",
    "burnt out because of work",
    "work is frustrating",
    "worn out at the end of the working day",
    "exhausted in the morning at the thought of work",
    "every working hour is tiring",
    "energy for family and friends in leisure time (reverse-scored)",
)

#: Client-related burnout: item themes in the documented order ("client" may stand for patient,
#: student, customer and so on).
CBI_CLIENT_ITEMS: tuple[str, ...] = (
    "hard to work with clients",
    "frustrating to work with clients",
    "working with clients drains energy",
    "giving more than getting back",
    "tired of working with clients",
    "wondering how long one can go on",
)

# 0-based position of the reverse-scored work item ("enough energy for family and friends during
# leisure time"), the only reverse-scored CBI item (PUMA: "reversed score for last question").
_CBI_REVERSED_WORK_ITEM = 6

_CBI_ITEMS: dict[CbiScale, tuple[str, ...]] = {
    "personal": CBI_PERSONAL_ITEMS,
    "work": CBI_WORK_ITEMS,
    "client": CBI_CLIENT_ITEMS,
}

# PUMA missing-data rules (level S): a person answering fewer than 3 of the 6 personal items or
# fewer than 4 of the 7 work items is a non-responder on that scale. No rule for the client scale
# was found (level U); the default of 3 of 6 follows the same "at least half" pattern and can be
# changed with ``cbi(..., client_min_answered=...)``.
_CBI_MIN_PERSONAL = 3
_CBI_MIN_WORK = 4
_CBI_MIN_CLIENT_DEFAULT = 3


@shared_methods
@attrs.frozen(eq=False, repr=False)
class CbiResult:
    """Scored Copenhagen Burnout Inventory scales, each 0 to 100 or ``None``.

    A scale is ``None`` when it was not given or too few of its items were answered (see
    ``notes``). Higher means more burnout. For reading a score, ``cbi_band`` gives the common
    conventional bands; the CBI's author finds a fixed cut-point problematic, so treat them as
    conventions, not validated cut-offs.
    """

    personal: float | None
    work: float | None
    client: float | None
    answered: tuple[int, int, int]
    notes: tuple[str, ...] = ()

    def band(self, scale: CbiScale) -> CbiBand | None:
        """The conventional band of one scale (see ``cbi_band``)."""
        return cbi_band(getattr(self, scale))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, including each scale's conventional band."""
        return {
            "personal": self.personal,
            "work": self.work,
            "client": self.client,
            "answered": {
                "personal": self.answered[0],
                "work": self.answered[1],
                "client": self.answered[2],
            },
            "bands": {s: self.band(s) for s in ("personal", "work", "client")},
            "notes": list(self.notes),
        }


def cbi(
    *,
    personal: Sequence[SupportsIndex | None] | None = None,
    work: Sequence[SupportsIndex | None] | None = None,
    client: Sequence[SupportsIndex | None] | None = None,
    client_min_answered: int = _CBI_MIN_CLIENT_DEFAULT,
) -> CbiResult:
    """Score the Copenhagen Burnout Inventory.

    Each scale is a sequence of answers in the documented item order (``CBI_PERSONAL_ITEMS``,
    ``CBI_WORK_ITEMS``, ``CBI_CLIENT_ITEMS``): 4 = "always" / "to a very high degree",
    3 = "often" / "high", 2 = "sometimes" / "somewhat", 1 = "seldom" / "low",
    0 = "never or almost never" / "to a very low degree", ``None`` for an unanswered item.
    Leave a scale out (or pass an empty sequence) when it was not asked.

    Answers score 100/75/50/25/0; the 7th work item is reverse-scored (100 minus its score); a
    scale is the mean of its answered items. A scale with too few answers is ``None``.
    ``client_min_answered`` sets the client-scale rule, for which no published rule was found.

    >>> r = cbi(work=[3, 3, 3, 3, 3, 3, 4])
    >>> round(r.work, 2)
    64.29
    >>> cbi(personal=[2, 2, None, None, None, None]).personal is None
    True
    """
    if isinstance(client_min_answered, bool) or not isinstance(client_min_answered, int):
        raise InstrumentError(
            f"CBI client_min_answered must be an integer from 1 to 6, got {client_min_answered!r}",
            instrument="CBI",
        )
    if not 1 <= client_min_answered <= len(CBI_CLIENT_ITEMS):
        raise InstrumentError(
            f"CBI client_min_answered must be an integer from 1 to 6, got {client_min_answered}",
            instrument="CBI",
        )
    minimum: dict[CbiScale, int] = {
        "personal": _CBI_MIN_PERSONAL,
        "work": _CBI_MIN_WORK,
        "client": client_min_answered,
    }
    scores: dict[CbiScale, float | None] = {}
    answered: dict[CbiScale, int] = {}
    notes: list[str] = []
    given: dict[CbiScale, Sequence[SupportsIndex | None] | None] = {
        "personal": personal,
        "work": work,
        "client": client,
    }
    for scale, raw in given.items():
        items = _CBI_ITEMS[scale]
        if raw is None or (hasattr(raw, "__len__") and len(raw) == 0):
            scores[scale], answered[scale] = None, 0
            continue
        answers = _answers(raw, "CBI", items, len(items), allow_missing=True, scale=scale)
        points = [
            _cbi_points(a, reverse=scale == "work" and i == _CBI_REVERSED_WORK_ITEM)
            for i, a in enumerate(answers)
            if a is not None
        ]
        answered[scale] = len(points)
        if len(points) < minimum[scale]:
            scores[scale] = None
            notes.append(
                f"{scale}: {len(points)} of {len(items)} items answered, at least "
                f"{minimum[scale]} needed, so the scale is not scored"
            )
        else:
            scores[scale] = sum(points) / len(points)
    return CbiResult(
        personal=scores["personal"],
        work=scores["work"],
        client=scores["client"],
        answered=(answered["personal"], answered["work"], answered["client"]),
        notes=tuple(notes),
    )


def cbi_band(score: float | None) -> CbiBand | None:
    """Conventional band of a CBI scale score: below 50 "low", 50 up to 75 "moderate", 75 up to
    100 "high", 100 "severe" (``None`` for ``None``).

    These bands are common conventions from secondary sources, not validated cut-offs: the
    instrument's author finds a fixed cut-point problematic.

    >>> cbi_band(49.9), cbi_band(50.0), cbi_band(75.0), cbi_band(100.0)
    ('low', 'moderate', 'high', 'severe')
    """
    if score is None:
        return None
    if score < 50:
        return "low"
    if score < 75:
        return "moderate"
    if score < 100:
        return "high"
    return "severe"


def _integer(answer: object) -> int | None:
    # Accept any integer type (numpy and pandas ones included) but not bool, float or text.
    if isinstance(answer, bool):
        return None
    try:
        return operator.index(answer)  # type: ignore[arg-type]
    except TypeError:
        return None


def _cbi_points(answer: int, *, reverse: bool) -> int:
    points = answer * 25
    return 100 - points if reverse else points


# --- shared input checks -------------------------------------------------------------------------


def _answers(
    responses: object,
    instrument: str,
    items: tuple[str, ...],
    count: int,
    *,
    allow_missing: bool,
    scale: CbiScale | None,
) -> tuple[int | None, ...]:
    top = 5 if instrument == "WHO-5" else 4
    where = instrument if scale is None else f"{instrument} {scale} scale"
    if isinstance(responses, str | bytes) or not isinstance(responses, Sequence):
        raise InstrumentError(
            f"{where} needs a sequence of {count} answers, got {type(responses).__name__}",
            instrument=instrument,
        )
    if len(responses) != count:
        missing = " (None for an unanswered item)" if allow_missing else ""
        raise InstrumentError(
            f"{where} needs exactly {count} answers in the documented item order{missing}, "
            f"got {len(responses)}",
            instrument=instrument,
        )
    out: list[int | None] = []
    for number, (answer, theme) in enumerate(zip(responses, items, strict=True), 1):
        label = f"{where} item {number} ({theme})"
        if answer is None:
            if not allow_missing:
                raise InstrumentError(
                    f"{label} is unanswered; WHO-5 has no missing-data rule, "
                    f"so all {count} items are needed",
                    instrument=instrument,
                    item=number,
                )
            out.append(None)
            continue
        value = _integer(answer)
        if value is None or not 0 <= value <= top:
            unanswered = " or None" if allow_missing else ""
            raise InstrumentError(
                f"{label}: answer must be an integer from 0 to {top}{unanswered}, got {answer!r}",
                instrument=instrument,
                item=number,
            )
        out.append(value)
    return tuple(out)
