"""SmartPolicy: how strictly goals are judged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, Literal

import attrs

from careerkit._errors import PolicyError
from careerkit._records import shared_methods
from careerkit._smart.codes import FINDING_CODES


def _frozen_codes(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise PolicyError("disabled_codes must be a collection of codes, not one string")
    codes = frozenset(value)
    unknown = sorted(codes - FINDING_CODES.keys())
    if unknown:
        raise PolicyError(f"unknown finding code(s) in disabled_codes: {', '.join(unknown)}")
    return codes


def _frozen_terms(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise PolicyError("vague_terms must be a collection of words, not one string")
    return frozenset(" ".join(str(t).lower().split()) for t in value if str(t).strip())


def _positive(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise PolicyError(f"{attribute.name} must be a positive number, got {value!r}")


def _positive_or_none(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _positive(inst, attribute, value)


def _month(_inst: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise PolicyError(f"fiscal_year_start_month must be 1..12 or None, got {value!r}")


def _flag(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise PolicyError(f"{attribute.name} must be True or False, got {value!r}")


def _order(_inst: object, _attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in ("mdy", "dmy"):
        raise PolicyError(f"date_order must be 'mdy' or 'dmy', got {value!r}")


@shared_methods
@attrs.frozen(eq=False, repr=False)
class SmartPolicy:
    """How strictly goals are judged; pass one per call (nothing is global).

    - ``horizon_years``: a deadline further away than this gets a warning (T004).
    - ``vague_terms``: extra words or phrases your organization treats as vague (S007).
    - ``disabled_codes``: finding codes to leave out; a criterion whose only errors are
      disabled becomes ``"unknown"`` rather than ``"not_met"``.
    - ``available_hours_per_week``: hours a week for goal work, against which the
      ``effort_hours`` of all active goals are summed (A007).
    - ``max_speedup``: with check-ins, a goal is achievable while the rate it needs is at most
      this many times the rate observed so far (A006).
    - ``fiscal_year_start_month`` (None): the month your fiscal years start in; e.g. 10 for
      October, 1 for calendar fiscal years. A fiscal year is named by the calendar year it ends
      in (FY2027 from October: 2026-10-01..2027-09-30). With None the fiscal year is unknown:
      "by end of FY", "in FY27" or "next financial year" make a goal time-bound with no known
      deadline, since the date depends on a calendar the text does not give (a text that
      states it, "(our FY ends 31 March)", is read by it). 1 reads them as calendar years.
    - ``date_order``: how to read ambiguous numeric dates such as 05/06/2027.
    - ``max_findings_per_code``: at most this many findings of one code (the first ones).
    - ``max_text_chars``: longer texts are read only up to this many characters (at a word
      boundary), with an S009 finding; ``None`` lifts the limit. Either way the reading stops
      after 20,000 words and marks, and the first 64 figures and time expressions are kept.

    Conventions that guides disagree on, each a switch with both readings (the defaults follow
    the labelling rules careerkit is checked against):

    - ``frequency_is_measure`` (True): a cadence alone ("go to the gym every week") counts as
      measurable, since each week either has a visit or not. False: only a counted frequency
      ("3 times a week") does.
    - ``completion_is_measure`` (True): a one-off result you can check ("update my resume",
      "pass the PMP exam") counts as measurable. False: only a figure does.
    - ``change_with_scope_is_specific`` (False): a change verb needs a figure to be specific
      ("reduce churn" is not, whatever it names). True: a change on a named or definite thing
      ("reduce the churn of the Pro plan") is specific without one.
    - ``learning_alone_is_specific`` (False): "learn X" needs something to show or a time frame
      ("learn Python by June"). True: learning a named subject is specific on its own.

    >>> SmartPolicy(horizon_years=3, disabled_codes={"R001"})
    SmartPolicy(horizon_years=3, vague_terms=frozenset(), disabled_codes=frozenset({'R001'}), ...)
    """

    horizon_years: float = attrs.field(default=5.0, validator=_positive)
    vague_terms: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen_terms)
    disabled_codes: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen_codes)
    available_hours_per_week: float = attrs.field(default=10.0, validator=_positive)
    max_speedup: float = attrs.field(default=1.5, validator=_positive)
    fiscal_year_start_month: int | None = attrs.field(default=None, validator=_month)
    date_order: Literal["mdy", "dmy"] = attrs.field(default="mdy", validator=_order)
    max_findings_per_code: int = attrs.field(default=5, validator=_positive)
    max_text_chars: int | None = attrs.field(default=10_000, validator=_positive_or_none)
    frequency_is_measure: bool = attrs.field(default=True, validator=_flag)
    completion_is_measure: bool = attrs.field(default=True, validator=_flag)
    change_with_scope_is_specific: bool = attrs.field(default=False, validator=_flag)
    learning_alone_is_specific: bool = attrs.field(default=False, validator=_flag)


_DEFAULT_POLICY: Final = SmartPolicy()
