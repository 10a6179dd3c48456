"""What reading a plan needs at run time from the fast path (its generator is
:mod:`careerkit._fastload`).

The mark of a JSON object that names a key twice, the rejection a builder raises, the check
that a string is valid Unicode, the setters of the records' slots, and the check, when a
generated module is imported, that each class still has the fields it was made for.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MemberDescriptorType
from typing import Any

import attrs

__all__ = ["DuplicateKeys", "StaleSource", "same_fields"]


class DuplicateKeys(dict[str, Any]):
    """A JSON object that names some keys more than once (``duplicates``, in order)."""

    def __init__(self, items: dict[str, Any], duplicates: list[str]) -> None:
        super().__init__(items)
        self.duplicates = duplicates


class _Reject(Exception):
    """The builder does not take this document; the detailed converter will say why."""


def _utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _slot(cls: type, name: str) -> Any:
    """The slot (a member descriptor) that holds attribute ``name`` of ``cls``, or None."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            found = klass.__dict__[name]
            return found if type(found) is MemberDescriptorType else None
    return None


def _setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The setter of the slot of ``name``: what ``object.__setattr__`` calls, after a lookup."""
    slot = _slot(cls, name)
    if slot is None:
        raise StaleSource(f"{cls.__qualname__}.{name} is not a slot")
    setter: Callable[[object, object], None] = slot.__set__
    return setter


class StaleSource(ImportError):
    """A generated module no longer matches the model it was generated from."""


def same_fields(fields: tuple[attrs.Attribute[Any], ...], names: tuple[str, ...]) -> None:
    """Raise :class:`StaleSource` unless the class has the fields the module was made for."""
    if tuple(f.name for f in fields) != names:
        raise StaleSource(f"the fields are now {tuple(f.name for f in fields)}, not {names}")
