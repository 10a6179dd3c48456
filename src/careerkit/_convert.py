"""The strict cattrs converter of plan documents and its messages.

Validation happens at the edge: the converter's hooks are strict (no silent coercion of ``"3"``
to ``3`` or of a string to a list of characters), and every problem is reported with the JSON
path of the offending value. It is the one source of the loader's error messages; the fast
path of :mod:`careerkit._fastload` follows its rules.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

import attrs

from careerkit._dates import iso_date_form
from careerkit._errors import PlanValidationError
from careerkit._fastbase import DuplicateKeys
from careerkit._model.fields import FieldError
from careerkit._model.fields import describe as _describe

if TYPE_CHECKING:
    import cattrs

# The plan file functions of careerkit._io use the underscored names below.
__all__ = ["MAX_STRING"]

#: The longest string a plan may hold, in characters: far beyond any note or description,
#: small enough that hostile input cannot bloat memory or the SMART evaluator's work.
MAX_STRING = 100_000
# Integers beyond this cannot be represented exactly by JSON readers in other languages.
_MAX_INT = 2**53


class _Invalid(ValueError):
    """A value of the wrong type or form; the message is shown to the user as it is."""


class _ItemErrors(Exception):
    """Errors of items in a list, found again lazily as ``(index, exception)`` pairs.

    A list of a million bad records keeps no million exceptions: messages are read only as far
    as :class:`PlanValidationError` lists them.
    """

    def __init__(
        self, items: list[Any] | tuple[Any, ...], hook: Callable[[Any, Any], Any], item_type: Any
    ) -> None:
        super().__init__("invalid items")
        self._items = items
        self._hook = hook
        self._type = item_type

    @property
    def errors(self) -> Iterator[tuple[int, BaseException]]:
        for i, item in enumerate(self._items):
            try:
                self._hook(item, self._type)
            except Exception as exc:
                yield i, exc


class _DuplicateKeysError(ValueError):
    """An object names a key more than once."""

    def __init__(self, keys: list[str]) -> None:
        super().__init__(f"duplicate keys {keys!r}")
        self.keys = keys


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_describe(value)}")
    if len(value) > MAX_STRING:
        raise _Invalid(f"the string is {len(value):,} characters long; the limit is {MAX_STRING:,}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Invalid("the string holds an unpaired surrogate (not valid Unicode)") from None
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _Invalid(f"expected an integer, got {_describe(value)}")
    if abs(value) > _MAX_INT:
        raise _Invalid(f"the number is too large ({len(str(abs(value))):,} digits)")
    return value


def _structure_float(value: object, _: type) -> float:
    if type(value) is int:
        if abs(value) > _MAX_INT:
            raise _Invalid(f"the number is too large ({len(str(abs(value))):,} digits)")
        return float(value)
    if type(value) is not float:
        raise _Invalid(f"expected a number, got {_describe(value)}")
    if not math.isfinite(value):
        raise _Invalid(f"expected a finite number, got {value!r}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _Invalid(f"expected true or false, got {_describe(value)}")
    return value


def _structure_date(value: object, _: type) -> date:
    if type(value) is date:  # TOML has native dates
        return value
    if isinstance(value, str) and iso_date_form(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _Invalid(f"{value!r} is not a real date") from None
    raise _Invalid(f"expected a date like '2027-06-30', got {_describe(value)}")


def _literal_hook(tp: Any) -> Callable[[object, type], object]:
    choices = get_args(tp)
    options = ", ".join(repr(c) for c in choices)

    def structure(value: object, _: type) -> object:
        if isinstance(value, str) and value in choices:
            return value
        shown = repr(value) if isinstance(value, str) else _describe(value)
        raise _Invalid(f"{shown} is not one of {options}")

    return structure


def _is_literal(tp: Any) -> bool:
    return get_origin(tp) is Literal


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(tp: Any, converter: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:
    item_type = get_args(tp)[0]
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Invalid(f"expected a list, got {_describe(value)}")
        try:
            return tuple([item_hook(item, item_type) for item in value])
        except Exception:
            raise _ItemErrors(value, item_hook, item_type) from None

    return structure


def _class_hook(cls: type, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    from cattrs.gen import make_dict_structure_fn

    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True
    )

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise _Invalid(f"expected an object, got {_describe(value)}")
        if isinstance(value, DuplicateKeys):
            raise _DuplicateKeysError(value.duplicates)
        return inner(value, cls)

    return structure


def _unstructure_float(value: float) -> float | int:
    # Whole numbers are written without ".0": a target of 2 talks stays 2 in the file.
    if type(value) is float and value.is_integer() and abs(value) <= _MAX_INT:
        return int(value)
    if type(value) is int and abs(value) > _MAX_INT:
        return float(value)  # the reader refuses integers it cannot represent exactly
    return value


def _make_converter() -> cattrs.Converter:
    import cattrs

    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(date, _structure_date)
    conv.register_structure_hook_factory(_is_literal, _literal_hook)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _tuple_hook(t, conv))
    conv.register_structure_hook_factory(attrs.has, lambda c: _class_hook(c, conv))
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_unstructure_hook(float, _unstructure_float)
    return conv


def _converter() -> cattrs.Converter:
    """The converter, made on first use: a valid plan file is read without it (or cattrs)."""
    conv: cattrs.Converter | None = globals().get("_CONVERTER")
    if conv is None:
        conv = globals()["_CONVERTER"] = _make_converter()
    return conv


def __getattr__(name: str) -> Any:
    if name == "_CONVERTER":
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _hook_for(tp: Any) -> Callable[[Any, Any], Any]:
    return _converter().get_structure_hook(tp)


def _count_messages(exc: BaseException) -> int:
    return sum(1 for _ in _messages(exc, "$"))


# --- errors ------------------------------------------------------------------------------


#: Stands for a problem that a plan's own check counted but did not list (past the first 100).
_UNLISTED = "a further problem of the plan (not listed) @ $"


def _messages(exc: BaseException, path: str) -> Iterator[str]:
    """Readable messages, each ending with the JSON path, for an exception from structuring."""
    from cattrs.errors import (
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            name = getattr(note, "name", None)
            sub_path = f"{path}.{name}" if name is not None else f"{path}[{note.index!r}]"
            yield from _messages(sub, sub_path)
        for other in without:
            yield from _messages(other, path)
    elif isinstance(exc, _ItemErrors):
        for index, item_exc in exc.errors:
            yield from _messages(item_exc, f"{path}[{index}]")
    elif isinstance(exc, _DuplicateKeysError):
        for key in exc.keys:
            yield f"duplicate key {key!r} @ {path}.{key}"
    elif isinstance(exc, PlanValidationError):
        yield from exc.errors
        # It listed only the first of its problems; the rest still count.
        for _ in range(exc.total - len(exc.errors)):
            yield _UNLISTED
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield f"unknown key {key!r} @ {path}.{key}"
    elif isinstance(exc, FieldError):
        yield f"{exc.message} @ {path}.{exc.field}"
    elif isinstance(exc, KeyError):
        yield f"required key missing @ {path}"
    elif isinstance(exc, _Invalid | ValueError | TypeError):
        yield f"{exc} @ {path}"
    else:  # pragma: no cover - defensive: never let an unexpected error type escape
        yield f"invalid value ({type(exc).__name__}: {exc}) @ {path}"
