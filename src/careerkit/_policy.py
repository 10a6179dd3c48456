"""What every engine policy is built from: field validators and a frozen mapping.

Each policy is an ``attrs`` frozen class whose fields are checked by the validator classes below,
so a policy can be read back (which bounds, which choices) instead of being a closure. Converters
only give a value its shape (an iterable becomes a ``frozenset``, a mapping a
:class:`FrozenMapping`) and never raise; the validators then check it and say what is wrong in
one format, naming the class and the field::

    BalancePolicy.sleep_hours must be a number above 0 and at most 24, got -1.0

A value of the wrong type raises :class:`~careerkit._errors.ArgumentTypeError` (a
:class:`~careerkit.PolicyError` and a :class:`TypeError`); a value of the right type that is
not allowed raises :class:`~careerkit.PolicyError`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Any, Generic, TypeVar, final

import attrs

from careerkit._errors import ArgumentTypeError, PolicyError
from careerkit._records import shared_methods

__all__ = [
    "MAX_SPAN_DAYS",
    "DaySpan",
    "Each",
    "EachOf",
    "FrozenMapping",
    "InstanceOf",
    "MappingOf",
    "Merged",
    "Number",
    "OneOf",
    "Texts",
    "Validator",
    "as_float",
    "as_frozenset",
    "as_tuple",
    "name_of",
    "policy_error",
    "type_error",
]

_PLAIN = (str, int, float, bool, bytes)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@final
class FrozenMapping(Mapping[K, V], Generic[K, V]):
    """A read-only mapping that hashes, pickles and compares by value.

    >>> weights = FrozenMapping({"sleep": 1.0})
    >>> weights == {"sleep": 1.0}, hash(weights) == hash(FrozenMapping(sleep=1.0))
    (True, True)
    """

    __slots__ = ("_data", "_hash")

    _data: dict[K, V]
    _hash: int | None

    def __init__(self, data: Mapping[K, V] | None = None, /, **kwargs: V) -> None:
        object.__setattr__(self, "_data", {**(data or {}), **kwargs})
        object.__setattr__(self, "_hash", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMapping):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        # Order-independent, like the equality above; computed once, the mapping never changes.
        if self._hash is None:
            object.__setattr__(self, "_hash", hash(frozenset(self._data.items())))
        assert self._hash is not None
        return self._hash

    def __reduce__(self) -> tuple[type[FrozenMapping[K, V]], tuple[dict[K, V]]]:
        return (type(self), (self._data,))

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"


def name_of(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Class.field``, the way every policy message names a field."""
    return f"{type(instance).__name__}.{attribute.name}"


def policy_error(where: str, expected: str, value: object) -> PolicyError:
    """A wrong value: ``Class.field must be <expected>, got <value>``."""
    return PolicyError(f"{where} must be {expected}, got {value!r}")


def type_error(where: str, expected: str, value: object) -> ArgumentTypeError:
    """A value of the wrong type, in the same words."""
    return ArgumentTypeError(f"{where} must be {expected}, got {value!r}")


class Validator:
    """An attrs validator that names the field ``Class.field`` and leaves the rest to
    :meth:`check`, which a mapping's validator also calls for each entry."""

    __slots__ = ()

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        self.check(name_of(instance, attribute), value)

    def check(self, where: str, value: object) -> None:
        raise NotImplementedError


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Number(Validator):
    """A number (a whole one with ``whole``) from ``low`` to ``high``; either bound may be
    left out, and ``above`` makes the lower bound exclusive. ``None`` passes if ``optional``."""

    low: float | None = None
    high: float | None = None
    above: bool = False
    whole: bool = False
    optional: bool = False

    def check(self, where: str, value: object) -> None:
        if value is None and self.optional:
            return
        if not _is_number(value) or (self.whole and not isinstance(value, int)):
            raise type_error(where, self.kind(), value)
        number: float = value  # type: ignore[assignment]  # an int or float, checked above
        if not self.allows(number):
            raise policy_error(where, self.describe(), value)

    def kind(self) -> str:
        noun = "a whole number" if self.whole else "a number"
        return f"{noun} or None" if self.optional else noun

    def allows(self, number: float) -> bool:
        if not math.isfinite(number):
            return False
        if self.low is not None and (number <= self.low if self.above else number < self.low):
            return False
        return self.high is None or number <= self.high

    def describe(self) -> str:
        """What the field takes, in words: ``'a whole number from 1 to 12'``."""
        noun = "a whole number" if self.whole else "a number"
        low, high = self.low, self.high
        if low is not None and high is not None:
            if self.above:
                return f"{noun} above {low:g} and at most {high:g}"
            return f"{noun} from {low:g} to {high:g}"
        if low is not None:
            return f"{noun} above {low:g}" if self.above else f"{noun} of {low:g} or more"
        if high is not None:
            return f"{noun} of {high:g} or less"
        return f"a finite {noun.removeprefix('a ')}"


@shared_methods
@attrs.frozen(eq=False, repr=False)
class InstanceOf(Validator):
    """An instance of ``types`` (``None`` too if ``optional``), described as ``expected``."""

    types: type | tuple[type, ...]
    expected: str
    optional: bool = False
    #: Subclasses refused although they are instances (``datetime`` is a ``date``, ``bool`` an
    #: ``int``).
    exclude: tuple[type, ...] = ()

    def check(self, where: str, value: object) -> None:
        if value is None and self.optional:
            return
        if not isinstance(value, self.types) or isinstance(value, self.exclude):
            expected = f"{self.expected} or None" if self.optional else self.expected
            # Plain values are shown as written; an object by its type, as a long repr of a
            # policy or a plan would bury the point.
            plain = value is None or type(value) in _PLAIN or isinstance(value, date)
            shown = repr(value) if plain else type(value).__name__
            raise ArgumentTypeError(f"{where} must be {expected}, got {shown}")


@shared_methods
@attrs.frozen(eq=False, repr=False)
class OneOf(Validator):
    """One of ``choices``; ``words`` says them in messages if the reprs would not read well."""

    choices: tuple[object, ...]
    words: str | None = None

    def check(self, where: str, value: object) -> None:
        if not _hashable(value) or value not in self.choices or isinstance(value, bool):
            raise policy_error(where, self.describe(), value)

    def describe(self) -> str:
        return self.words or "one of " + ", ".join(map(repr, self.choices))


@shared_methods
@attrs.frozen(eq=False, repr=False)
class EachOf(Validator):
    """A collection (a ``frozenset`` or ``tuple`` after its converter) of ``choices``, which
    ``items`` names in messages."""

    choices: tuple[object, ...]
    items: str

    def check(self, where: str, value: object) -> None:
        if not isinstance(value, frozenset | tuple):
            raise type_error(where, f"a collection of {self.items}", value)
        for element in sorted(value, key=repr):
            if not _hashable(element) or element not in self.choices:
                raise policy_error(
                    where,
                    f"{self.items} from {', '.join(map(repr, self.choices))}",
                    element,
                )


@shared_methods
@attrs.frozen(eq=False, repr=False)
class MappingOf(Validator):
    """A :class:`FrozenMapping` keyed by ``keys`` (``key_name`` in messages) whose values each
    pass the validator ``values``; an entry is named ``Class.field['key']``."""

    keys: tuple[str, ...]
    key_name: str
    values: Validator

    def check(self, where: str, value: object) -> None:
        if not isinstance(value, FrozenMapping):
            raise type_error(where, f"a mapping of {self.key_name} to values", value)
        for key, item in value.items():
            if key not in self.keys:
                raise policy_error(
                    where, f"keyed by {self.key_name} ({', '.join(map(repr, self.keys))})", key
                )
            self.values.check(f"{where}[{key!r}]", item)


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def as_float(value: object) -> object:
    """Converter: an int or float as a float; anything else unchanged, for the validator."""
    return float(value) if _is_number(value) else value  # type: ignore[arg-type]


def as_frozenset(value: object) -> object:
    """Converter: a collection (not a string) as a frozenset; anything else unchanged."""
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        try:
            return frozenset(value)
        except TypeError:  # unhashable items: the validator says which
            return tuple(value)
    return value


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Merged:
    """Converter: a mapping laid over ``defaults`` as a :class:`FrozenMapping`, each given value
    passed through ``shape`` (which must not raise); ``None`` gives the defaults; anything else
    is left unchanged for the validator to refuse."""

    defaults: Mapping[Any, Any]
    shape: Callable[[Any], Any] | None = None

    def __call__(self, value: object) -> object:
        if value is None:
            return FrozenMapping(self.defaults)
        if not isinstance(value, Mapping):
            return value
        shape = self.shape or (lambda item: item)
        return FrozenMapping({**self.defaults, **{k: shape(v) for k, v in value.items()}})


#: The longest horizon or window an engine looks over: ten years, which covers any review
#: cycle and keeps every date an engine computes from ``as_of`` far inside ``datetime.date``.
MAX_SPAN_DAYS = 3660


@shared_methods
@attrs.frozen(eq=False, repr=False)
class DaySpan(Validator):
    """A ``timedelta`` of whole days from ``low`` to ``high`` days."""

    low: int
    high: int = MAX_SPAN_DAYS

    def check(self, where: str, value: object) -> None:
        if not isinstance(value, timedelta):
            raise type_error(where, "a datetime.timedelta", value)
        if value != timedelta(days=value.days) or not self.low <= value.days <= self.high:
            raise policy_error(
                where, f"a whole number of days from {self.low} to {self.high}", value
            )


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Each(Validator):
    """A tuple (after its converter) whose every item passes ``item``; the i-th item is named
    ``Class.field[i]``."""

    item: Validator
    items: str

    def check(self, where: str, value: object) -> None:
        if not isinstance(value, tuple):
            raise type_error(where, f"a collection of {self.items}", value)
        for i, element in enumerate(value):
            self.item.check(f"{where}[{i}]", element)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Texts(Validator):
    """A tuple (after its converter) of strings with something other than spaces in them."""

    def check(self, where: str, value: object) -> None:
        if not isinstance(value, tuple):
            raise type_error(where, "a collection of texts", value)
        for element in value:
            if not isinstance(element, str) or not element.strip():
                raise policy_error(where, "non-empty texts", element)


def as_tuple(value: object) -> object:
    """Converter: a collection (not a string or mapping) as a tuple; anything else unchanged."""
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        return tuple(value)
    return value
