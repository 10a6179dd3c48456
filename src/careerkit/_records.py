"""``__repr__``, ``__eq__`` and ``__hash__`` for careerkit's frozen attrs classes, written once.

attrs writes these methods as source code for each class and compiles it when the class is
made; for the sixty-odd classes a command loads, that is about a third of its start-up time.
A class made with ``@attrs.frozen(eq=False, repr=False)`` and then :func:`shared_methods` gets
the same methods as closures over its fields, with nothing to compile. They behave exactly as
the ones attrs writes: the same repr text (``...`` for an object already being shown), equality
only with an object of the same class, field by field in order, and a hash of the same fields;
each field's ``repr``, ``eq``, ``eq_key`` and ``hash`` settings are kept. A method the class
defines itself stays, as attrs leaves it.
"""

from __future__ import annotations

import inspect
import operator
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["known_signatures", "shared_methods"]

C = TypeVar("C", bound=type)

# The objects being shown, per thread, so that an object that holds itself (through a mutable
# container) shows "..." the second time instead of recursing.
_showing = threading.local()


def shared_methods(cls: C) -> C:
    """Give ``cls`` attrs' ``__repr__``, ``__eq__`` and ``__hash__``, unless it has its own.

    Use as the outer decorator of ``@attrs.frozen(eq=False, repr=False)``.
    """
    fields = attrs.fields(cls)
    own = cls.__dict__
    if "__repr__" not in own:
        type.__setattr__(cls, "__repr__", _repr(fields))
    # A class that defines __eq__ has __hash__ set to None by Python, and keeps both (as attrs).
    if "__eq__" not in own and "__hash__" not in own:
        type.__setattr__(cls, "__eq__", _eq(fields))
        type.__setattr__(cls, "__hash__", _hash(cls, fields))
    return cls


def _getter(field: attrs.Attribute[Any]) -> Callable[[object], Any]:
    """A function that gives the value of ``field`` of an object, through its ``eq_key``."""
    get = operator.attrgetter(field.name)
    key = getattr(field, "eq_key", None)
    return get if key is None else lambda obj: key(get(obj))


def _values(fields: list[attrs.Attribute[Any]]) -> Callable[[object], Any]:
    """A function that gives the values of ``fields`` of an object (through their ``eq_key``)."""
    if len(fields) > 1 and not any(getattr(f, "eq_key", None) for f in fields):
        values: Callable[[object], Any] = operator.attrgetter(*(f.name for f in fields))
        return values  # a tuple, made in C
    getters = [_getter(f) for f in fields]
    return lambda obj: tuple([get(obj) for get in getters])


def _repr(fields: tuple[attrs.Attribute[Any], ...]) -> Callable[[object], str]:
    shown = [
        (f.name, None if f.repr is True else f.repr, f.init) for f in fields if f.repr is not False
    ]

    def __repr__(self: object) -> str:
        showing: set[int] | None = getattr(_showing, "ids", None)
        if showing is None:
            showing = _showing.ids = set()
        if id(self) in showing:
            return "..."
        showing.add(id(self))
        try:
            parts = []
            for name, show, init in shown:
                # A field without an __init__ argument may be unset (attrs shows NOTHING).
                value = getattr(self, name) if init else getattr(self, name, attrs.NOTHING)
                parts.append(f"{name}={value!r}" if show is None else f"{name}={show(value)}")
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}({', '.join(parts)})"
        finally:
            showing.remove(id(self))

    return __repr__


def _eq(fields: tuple[attrs.Attribute[Any], ...]) -> Callable[[object, object], Any]:
    getters = [_getter(f) for f in fields if f.eq]

    def __eq__(self: object, other: object) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        # Field by field with ==, up to the first that differs (not as tuples, which take an
        # object as equal to itself, a float NaN too; nor reading a field past that one).
        result: Any = True
        for get in getters:
            result = get(self) == get(other)
            if not result:
                return result
        return result

    return __eq__


def _hash(cls: type, fields: tuple[attrs.Attribute[Any], ...]) -> Callable[[object], int]:
    hashed = [f for f in fields if f.hash is True or (f.hash is None and f.eq is True)]
    values = _values(hashed)
    # Objects of two classes with equal fields hash apart, as with attrs.
    salt = hash(f"{cls.__module__}.{cls.__qualname__}")

    def __hash__(self: object) -> int:
        return hash((salt, values(self)))

    return __hash__


def known_signatures(*functions: Callable[..., Any]) -> None:
    """Work out the signature of each of ``functions`` once: converters that many fields use.

    attrs reads a converter's signature for each field it converts (the type of its argument
    annotates ``__init__``), and ``inspect.signature`` gives a function's ``__signature__``
    as it is: the same signature, without working it out again for every field. (Called
    after the definitions, not as a decorator, so that type checkers still see plain
    functions as attrs converters.)
    """
    for function in functions:
        setattr(function, "__signature__", inspect.signature(function))  # noqa: B010
