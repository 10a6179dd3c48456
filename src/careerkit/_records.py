"""``__repr__``, ``__eq__`` and ``__hash__`` for careerkit's frozen attrs classes, made lazily.

attrs writes these methods as source code for each class and compiles it when the class is
made: for the sixty-odd classes a command loads, a large part of its start-up time. A class
made with ``@attrs.frozen(eq=False, repr=False)`` and then :func:`shared_methods` gets the
same methods: ``__repr__`` as one closure over its fields, ``__eq__`` and ``__hash__`` as the
code attrs writes, compiled when first called (most classes a command loads are never compared
or hashed). They behave exactly as attrs' own: the same repr text (``...`` for an object
already being shown), equality only with an object of the same class, ``==`` field by field
in order, and a hash of the same fields; each field's ``repr``, ``eq``, ``eq_key`` and ``hash``
settings are kept. A method the class defines itself stays, as attrs leaves it.
"""

from __future__ import annotations

import inspect
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
        type.__setattr__(cls, "__eq__", _eq(cls, fields))
        type.__setattr__(cls, "__hash__", _hash(cls, fields))
    return cls


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


# Equality and hashing are used often where they are used at all (sets, dicts, comparing
# plans): each class gets the code attrs writes for it, compiled when first called.


def _eq(cls: type, fields: tuple[attrs.Attribute[Any], ...]) -> Callable[[object, object], Any]:
    def __eq__(self: object, other: object) -> Any:
        method = _compiled_eq(cls, fields)
        type.__setattr__(cls, "__eq__", method)
        return method(self, other)

    return __eq__


def _hash(cls: type, fields: tuple[attrs.Attribute[Any], ...]) -> Callable[[object], int]:
    def __hash__(self: object) -> int:
        method = _compiled_hash(cls, fields)
        type.__setattr__(cls, "__hash__", method)
        return method(self)

    return __hash__


def _value(field: attrs.Attribute[Any], obj: str, keys: dict[str, Any]) -> str:
    """The expression of ``field`` of ``obj`` (through its ``eq_key``, named in ``keys``)."""
    key = getattr(field, "eq_key", None)
    if key is None:
        return f"{obj}.{field.name}"
    keys[f"_{field.name}_key"] = key
    return f"_{field.name}_key({obj}.{field.name})"


def _compiled(cls: type, name: str, source: str, keys: dict[str, Any]) -> Any:
    namespace: dict[str, Any] = {"__name__": __name__, **keys}
    exec(compile(source, f"<careerkit {name} of {cls.__qualname__}>", "exec"), namespace)
    return namespace[name]


def _compiled_eq(
    cls: type, fields: tuple[attrs.Attribute[Any], ...]
) -> Callable[[object, object], Any]:
    # As attrs: == field by field, up to the first that differs (not as tuples, which take an
    # object as equal to itself, a float NaN too).
    keys: dict[str, Any] = {}
    compared = [f"{_value(f, 'self', keys)} == {_value(f, 'other', keys)}" for f in fields if f.eq]
    source = (
        "def __eq__(self, other):\n"
        "    if other.__class__ is not self.__class__:\n"
        "        return NotImplemented\n"
        f"    return {' and '.join(compared) or 'True'}\n"
    )
    method: Callable[[object, object], Any] = _compiled(cls, "__eq__", source, keys)
    return method


def _compiled_hash(cls: type, fields: tuple[attrs.Attribute[Any], ...]) -> Callable[[object], int]:
    keys: dict[str, Any] = {}
    hashed = [
        _value(f, "self", keys)
        for f in fields
        if f.hash is True or (f.hash is None and f.eq is True)
    ]
    # Objects of two classes with equal fields hash apart, as with attrs.
    salt = hash(f"{cls.__module__}.{cls.__qualname__}")
    source = f"def __hash__(self):\n    return hash(({', '.join([str(salt), *hashed])},))\n"
    method: Callable[[object], int] = _compiled(cls, "__hash__", source, keys)
    return method


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
