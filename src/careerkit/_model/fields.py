"""Field helpers shared by the model classes: what a constructor accepts, converts and refuses.

A record is built the way people type it (lists, ISO 8601 date strings, the string value of a
choice) and converted once, in the constructor; anything else raises :class:`FieldError`, which
names the field so that the plan loader can report a precise JSON path
(``... @ $.goals[0].weight``). The messages are the loader's, plus the value itself where the
loader only names its kind.

Converters here never raise: they turn what they can into the declared type and leave the rest
for the field's validator, which knows the field's name and says what is wrong.
"""

from __future__ import annotations

import math
import operator
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Literal, get_args

import attrs

from careerkit._dates import iso_date_form
from careerkit._errors import FieldError
from careerkit._records import known_signatures

__all__ = [
    "AUDIENCES",
    "Audience",
    "Bounded",
    "Each",
    "FieldError",
    "Identifier",
    "IsInstance",
    "NonEmpty",
    "OneOf",
    "audiences",
    "bounded",
    "check_order",
    "choice",
    "describe",
    "each_one_of",
    "flag",
    "identifier",
    "is_date",
    "is_optional_date",
    "is_optional_flag",
    "is_optional_text",
    "is_text",
    "is_visible",
    "non_empty",
    "one_of",
    "optional_day",
    "optional_text",
    "record",
    "record_id",
    "records",
    "sorted_by_date",
    "strings",
    "text",
    "to_date",
    "to_tuple",
]

Audience = Literal["mentor", "manager", "hr"]
#: Everyone a record can be shared with besides its owner.
AUDIENCES: tuple[Audience, ...] = get_args(Audience)

Validator = Callable[[object, "attrs.Attribute[Any]", Any], None]

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,99}")


# An integer past this cannot become a float.
_LARGEST_FLOAT = int(sys.float_info.max)


# --- how a wrong value is described --------------------------------------------------------


def describe(value: object) -> str:
    """The kind of ``value`` in the words the plan loader uses ("a string", "a list", ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, datetime):
        return "a date-time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, time):
        return "a time"
    return type(value).__name__


def _got(value: object) -> str:
    """``describe(value)`` followed by the value itself, shortened, unless it is None."""
    if value is None:
        return "null"
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{describe(value)} ({shown})"


def _wrong(name: str, expected: str, value: object) -> FieldError:
    return FieldError(name, f"expected {expected}, got {_got(value)}")


# --- strings -------------------------------------------------------------------------------


class Identifier:
    """Validator: an id, 1-100 letters, digits or ``_.:@/+-``, starting with a letter or digit.

    A class rather than a function so that the JSON Schema writer can read its ``pattern``.
    """

    __slots__ = ("_fullmatch", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._fullmatch = pattern.fullmatch

    def __call__(self, _inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is str and self._fullmatch(value):
            return  # the usual case, first: no isinstance() call
        if not isinstance(value, str) or not self._fullmatch(value):
            raise FieldError(
                attribute.name,
                f"{value!r} is not a valid id (1-100 letters, digits or _.:@/+-, "
                "starting with a letter or digit)",
            )

    def __repr__(self) -> str:
        return f"<id validator {self.pattern.pattern!r}>"


#: The validator of every id field.
identifier = Identifier(_ID)


# Characters that show nothing: control and format characters (NUL, zero-width spaces and
# joiners, direction marks, the byte-order mark) and separators.
_BLANK_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
_ASCII_VISIBLE = re.compile(r"[!-~]")
_ascii_visible = _ASCII_VISIBLE.search


def is_visible(value: str) -> bool:
    """Whether ``value`` holds a character that shows (not only spaces or invisible marks)."""
    if value.isascii():
        return _ASCII_VISIBLE.search(value) is not None
    return any(not c.isspace() and unicodedata.category(c) not in _BLANK_CATEGORIES for c in value)


if TYPE_CHECKING:
    # Type checkers know attrs.field as the one maker of fields: to them ``record_id()`` is
    # that, a required field. At run time it also carries the id validator.
    from attrs import field as record_id
else:

    def record_id() -> Any:
        """The ``id`` of a record: 1-100 letters, digits or ``_.:@/+-`` (required)."""
        return attrs.field(validator=identifier)


class NonEmpty:
    """Validator: a string with something visible in it (not only spaces, control or format
    marks)."""

    __slots__ = ()

    #: What the JSON Schema writer says of it.
    min_length = 1

    def __call__(self, _inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # The usual case, first: a visible ASCII character is neither space nor invisible.
        if type(value) is str and value.isascii() and _ascii_visible(value) is not None:
            return
        if not isinstance(value, str):
            raise _wrong(attribute.name, "a string", value)
        if not value.strip():
            raise FieldError(attribute.name, "must not be empty")
        if not is_visible(value):
            raise FieldError(
                attribute.name, "must not be empty (it holds only invisible characters)"
            )

    def __repr__(self) -> str:
        return "<non-empty text validator>"


#: The validator of titles and names.
non_empty = NonEmpty()


def is_text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string."""
    if type(value) is not str and not isinstance(value, str):
        raise _wrong(attribute.name, "a string", value)


def is_optional_text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string or None."""
    if value is not None and not isinstance(value, str):
        raise _wrong(attribute.name, "a string", value)


def text(default: str = "") -> Any:
    """A free-text field (``""`` by default)."""
    return attrs.field(default=default, validator=is_text)


def optional_text() -> Any:
    """A string field that may be unset (``None``), such as a link to another record's id."""
    return attrs.field(default=None, validator=is_optional_text)


# --- dates ---------------------------------------------------------------------------------


def to_date(value: date | str) -> date:
    """Converter: an ISO 8601 date string (``"2027-06-30"``) becomes a ``date``."""
    # Runs for every date of every record: a date (what the plan loader passes) leaves first.
    if type(value) is str and iso_date_form(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # not a real day: is_date says so, naming the field
    return value  # type: ignore[return-value]  # not cast(): a call per date; is_date checks


def to_optional_date(value: date | str | None) -> date | None:
    """Converter: like :func:`to_date`, and None stays None."""
    if value is None or type(value) is date:
        return value
    return to_date(value)


def is_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``datetime.date`` (not a ``datetime``)."""
    if type(value) is date:
        return
    if isinstance(value, str) and iso_date_form(value):
        raise FieldError(attribute.name, f"{value!r} is not a real date")
    if isinstance(value, date) and not isinstance(value, datetime):
        return  # a subclass of date
    raise _wrong(attribute.name, "a date like '2027-06-30'", value)


def is_optional_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``datetime.date`` or None."""
    if value is not None and type(value) is not date:
        is_date(inst, attribute, value)


def optional_day() -> Any:
    """A date field that may be unset; takes a ``date`` or an ISO 8601 string."""
    return attrs.field(default=None, converter=to_optional_date, validator=is_optional_date)


# --- numbers, flags and choices ------------------------------------------------------------


class Bounded:
    """Validator: a finite number within ``[low, high]`` (``None`` passes: optional fields).

    Numbers are not converted: ``"3"`` and ``True`` are refused, and so is ``3.5`` where an
    ``integer`` is expected. The JSON Schema writer reads ``low``, ``high`` and ``integer``.
    """

    __slots__ = ("_expected", "_highest", "_lowest", "high", "integer", "low")

    def __init__(
        self, low: float | None = None, high: float | None = None, *, integer: bool = False
    ) -> None:
        self.low = low
        self.high = high
        self.integer = integer
        self._lowest = -math.inf if low is None else low
        self._highest = math.inf if high is None else high
        self._expected = "an integer" if integer else "a number"

    def __call__(self, _inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # Runs for every number of every record a plan file holds: a plain float in range
        # leaves at once (``x - x`` is 0.0 for a finite float, nan for inf and nan), and any
        # other value takes the general path below, which says what is wrong.
        kind = type(value)
        if (
            kind is float
            and not self.integer
            and self._lowest <= value <= self._highest  # type: ignore[operator]
            and value - value == 0.0  # type: ignore[operator]
        ):
            return
        integer = self.integer
        if kind is not int and (integer or kind is not float):
            if value is None:
                return
            if (
                not isinstance(value, int | float)
                or isinstance(value, bool)
                or (integer and not isinstance(value, int))
            ):
                raise _wrong(attribute.name, self._expected, value)
        number: float = value  # type: ignore[assignment]  # a plain call, not cast(): hot path
        if kind is int and abs(value) > _LARGEST_FLOAT:  # type: ignore[arg-type]
            # The engines compute in floats, which cannot hold it (the loader's words).
            digits = len(str(abs(value)))  # type: ignore[arg-type]
            raise FieldError(attribute.name, f"the number is too large ({digits:,} digits)")
        if not math.isfinite(number):
            raise FieldError(attribute.name, f"must be a finite number, got {number!r}")
        if self._lowest <= number <= self._highest:
            return
        low, high = self.low, self.high
        if high is None:
            raise FieldError(attribute.name, f"must be at least {low:g}, got {number!r}")
        if low is None:
            raise FieldError(attribute.name, f"must be at most {high:g}, got {number!r}")
        raise FieldError(attribute.name, f"must be between {low:g} and {high:g}, got {number!r}")

    def __repr__(self) -> str:
        return f"<number validator low={self.low!r} high={self.high!r} integer={self.integer!r}>"


def bounded(
    low: float | None = None, high: float | None = None, *, integer: bool = False
) -> Bounded:
    """Validator: a finite number within ``[low, high]`` (see :class:`Bounded`)."""
    return Bounded(low, high, integer=integer)


def is_optional_flag(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True``, ``False`` or None."""
    if value is not None and type(value) is not bool:
        raise _wrong(attribute.name, "true or false", value)


def flag() -> Any:
    """A yes/no field that may be unset (``None``); only ``True`` and ``False`` are accepted."""
    return attrs.field(default=None, validator=is_optional_flag)


def _options(choices: tuple[str, ...]) -> str:
    return ", ".join(repr(c) for c in choices)


def _not_one_of(name: str, value: object, choices: tuple[str, ...]) -> FieldError:
    shown = repr(value) if isinstance(value, str) else _got(value)
    return FieldError(name, f"{shown} is not one of {_options(choices)}")


class OneOf:
    """Validator for a ``Literal`` field: the value (``None`` allowed) must be one of
    ``choices``."""

    __slots__ = ("_allowed", "choices")

    def __init__(self, choices: tuple[str, ...]) -> None:
        self.choices = choices
        self._allowed = frozenset(choices)

    def __call__(self, _inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is str and value in self._allowed:
            return  # for a plain string, the same answer as ``in choices``, by hash
        if value is not None and (not isinstance(value, str) or value not in self.choices):
            raise _not_one_of(attribute.name, value, self.choices)

    def __repr__(self) -> str:
        return f"<choice validator {self.choices!r}>"


def one_of(choices: tuple[str, ...]) -> OneOf:
    """Validator for a ``Literal`` field (see :class:`OneOf`)."""
    return OneOf(choices)


def choice(options: Any, default: str | None) -> Any:
    """A field holding one of the string values of the ``Literal`` type ``options``."""
    return attrs.field(default=default, validator=one_of(get_args(options)))


# --- collections ---------------------------------------------------------------------------


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable but a string, bytes or a mapping becomes a tuple."""
    if type(value) is tuple:
        return value
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]  # the validator names the field
    return tuple(value)


_by_date = operator.attrgetter("date")


def sorted_by_date(items: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: a tuple sorted by each item's ``date`` (stable for equal dates)."""
    value = items if type(items) is tuple else to_tuple(items)
    if type(value) is not tuple:
        return value
    try:
        # Timsort is linear on input that is already in order, the usual case.
        return tuple(sorted(value, key=_by_date))
    except (AttributeError, TypeError):
        return value  # an item of the wrong type: the validator names it


def _collection(name: str, value: object) -> tuple[Any, ...]:
    if type(value) is not tuple:
        raise _wrong(name, "a list", value)
    return value


class Each:
    """Validator for a tuple field: ``item`` checks each element (named ``field[i]``)."""

    __slots__ = ("item",)

    def __init__(self, item: Validator) -> None:
        self.item = item

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        items = _collection(attribute.name, value)
        item = self.item
        # A plan file has hundreds of thousands of items that pass: a type known here is
        # checked in this loop, without a call per item; anything else goes to ``item``.
        kind = item.kind if type(item) is IsInstance else str if item is is_text else None
        if kind is not None:
            for element in items:
                if type(element) is not kind:
                    break
            else:
                return
        for i, element in enumerate(items):
            try:
                item(inst, attribute, element)
            except Exception:
                # Checked again under the name ``field[i]``, built only for an item that
                # fails.
                item(inst, _Item(f"{attribute.name}[{i}]"), element)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<validator of each item: {self.item!r}>"


def each(item: Validator) -> Each:
    """Validator for a tuple field (see :class:`Each`)."""
    return Each(item)


class _Item:
    """Stands in for an attribute so that an item's validator names ``field[i]``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def each_one_of(choices: tuple[str, ...]) -> Validator:
    """Validator for a tuple of ``Literal`` values."""
    return each(one_of(choices))


class IsInstance:
    """Validator: an instance of ``kind`` (``None`` too when ``optional``)."""

    __slots__ = ("_expected", "kind", "optional")

    def __init__(self, kind: type, *, optional: bool = False) -> None:
        self.kind = kind
        self.optional = optional
        self._expected = f"{'an' if kind.__name__[0] in 'AEIOU' else 'a'} {kind.__name__}"

    def __call__(self, _inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is self.kind or (value is None and self.optional):
            return  # the usual case, first: no isinstance() call
        if not isinstance(value, self.kind):
            raise _wrong(attribute.name, self._expected, value)

    def __repr__(self) -> str:
        return f"<instance validator {self.kind.__name__}{' or None' if self.optional else ''}>"


def is_instance(cls: type) -> Validator:
    """Validator: an instance of ``cls``."""
    return IsInstance(cls)


def records(cls: type, *, by_date: bool = False) -> Any:
    """A tuple of ``cls`` records (``()`` by default); ``by_date`` keeps them sorted by date."""
    return attrs.field(
        default=(),
        converter=sorted_by_date if by_date else to_tuple,
        validator=each(is_instance(cls)),
    )


def strings() -> Any:
    """A tuple of strings (``()`` by default), such as tags or the ids of linked records."""
    return attrs.field(default=(), converter=to_tuple, validator=each(is_text))


def audiences() -> Any:
    """``shared_with``: the audiences (mentor, manager, HR) that may see the record.

    Nobody by default; a list or any iterable of audience names is accepted.
    """
    return attrs.field(default=(), converter=to_tuple, validator=each_one_of(AUDIENCES))


def record(cls: type, default: object = None) -> Any:
    """A record nested in another (``None`` allowed when that is the default)."""
    if default is not None:
        return attrs.field(default=default, validator=IsInstance(cls))
    return attrs.field(default=None, validator=IsInstance(cls, optional=True))


# --- rules across fields -------------------------------------------------------------------


def check_order(obj: object, first: str, second: str) -> None:
    """Raise if date field ``first`` of ``obj`` is after ``second`` (either may be unset)."""
    a: date | None = getattr(obj, first)
    b: date | None = getattr(obj, second)
    if a is not None and b is not None and a > b:
        raise FieldError(second, f"{second} {b.isoformat()} is before {first} {a.isoformat()}")


# The converters most fields use (see known_signatures); the model modules import this one first.
known_signatures(to_date, to_optional_date, to_tuple, sorted_by_date)
