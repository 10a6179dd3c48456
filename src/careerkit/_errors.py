"""careerkit's exceptions and warnings."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterable
from typing import Any

__all__ = [
    "ArgumentTypeError",
    "CareerkitDeprecationWarning",
    "CareerkitError",
    "FieldError",
    "MissingExtraError",
    "PlanValidationError",
    "PolicyError",
    "warn_deprecated",
]


class CareerkitError(Exception):
    """Base class of every error careerkit raises on purpose."""


class FieldError(CareerkitError, ValueError):
    """A record was given an invalid value: ``field`` names the field, ``message`` says what is
    wrong, and ``str(error)`` says both.

    >>> import careerkit as ck
    >>> ck.Goal("talks", "Give two talks", deadline=20270630)
    Traceback (most recent call last):
    ...
    careerkit.FieldError: deadline: expected a date like '2027-06-30', got a number (20270630)

    The plan loader reports the same ``message`` at the value's JSON path instead.

    .. versionchanged:: 0.2.0 ``str(error)`` starts with the field's name; ``message`` holds
       the rest.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        return (type(self), (self.field, self.message))


class PlanValidationError(CareerkitError, ValueError):
    """A plan (or part of one) is invalid.

    ``errors`` lists the problems found, each a human-readable string ending in the JSON path
    of the offending value, e.g. ``"must be between 1 and 5, got 7 @ $.reflections[0].energy"``.
    It holds the first 100 (:data:`MAX_LISTED`); ``total`` says how many there are in all, and
    the message ends with "and N more problems" when some are not listed. A document with a
    million bad records so costs a short message and bounded memory.

    >>> exc = PlanValidationError(f"bad value @ $.goals[{i}].id" for i in range(250))
    >>> len(exc.errors), exc.total
    (100, 250)
    >>> str(exc).splitlines()[-1]
    '- and 150 more problems'

    .. versionchanged:: 0.2.0 ``errors`` is capped; ``total`` counts them all.
    """

    #: How many problems ``errors`` lists at most.
    MAX_LISTED = 100

    errors: list[str]
    total: int

    def __init__(self, errors: Iterable[str], *, total: int | None = None) -> None:
        # Taken lazily: a generator of problems is read only as far as the list goes, unless
        # the caller did not say how many there are.
        found = iter(errors)
        self.errors = list(itertools.islice(found, self.MAX_LISTED))
        if total is None:
            total = len(self.errors) + sum(1 for _ in found)
        self.total = max(total, len(self.errors))
        head = f"{self.total:,} problem{'s' if self.total != 1 else ''} in the plan"
        lines = [f"- {e}" for e in self.errors]
        more = self.total - len(self.errors)
        if more:
            lines.append(f"- and {more:,} more problem{'s' if more != 1 else ''}")
        super().__init__(head + ":\n" + "\n".join(lines))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_plan_error, (type(self), self.errors, self.total))


def _rebuild_plan_error(
    cls: type[PlanValidationError], errors: list[str], total: int
) -> PlanValidationError:
    return cls(errors, total=total)


class PolicyError(CareerkitError, ValueError):
    """An engine was given an invalid argument or policy setting; the message names it."""


class ArgumentTypeError(PolicyError, TypeError):
    """An engine argument has the wrong type; the message names the argument.

    It is a :class:`PolicyError`, as before, and a :class:`TypeError`, so either catches it.
    """


class MissingExtraError(CareerkitError, ImportError):
    """A feature needs an optional extra that is not installed.

    ``extra`` names it (``"ics"``, ``"plot"``, ``"pandas"``); the message gives the pip command.
    It is an :class:`ImportError` too, so ``except ImportError`` catches it.
    """

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the optional extra {extra!r} ({package} is not installed): "
            f"pip install 'careerkit[{extra}]'",
            name=package,
        )
        self.feature = feature
        self.extra = extra
        self.package = package

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str, str]]:
        return (type(self), (self.feature, self.extra, self.package))


class CareerkitDeprecationWarning(DeprecationWarning):
    """Emitted for a careerkit feature that will be removed (see the compatibility policy)."""


def warn_deprecated(what: str, *, since: str, instead: str, stacklevel: int = 2) -> None:
    """Warn that ``what`` is deprecated, following the compatibility policy.

    Call it at the top of the deprecated function; ``stacklevel`` points the warning at the
    caller's line. The policy keeps a deprecated feature for at least a year.
    """
    warnings.warn(
        f"{what} is deprecated since careerkit {since} and will be removed no earlier than a "
        f"year later; use {instead} instead",
        CareerkitDeprecationWarning,
        stacklevel=stacklevel + 1,
    )
