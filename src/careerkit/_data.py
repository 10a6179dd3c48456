"""Reports and records as plain JSON-ready data, in one place.

``to_dict()`` of most report types is :meth:`JsonReady.to_dict`: every attrs field in order,
records as dicts, tuples and sets as lists, mappings as dicts, dates as ISO 8601 strings. A
type whose dict differs from its fields (derived summaries, left-out settings) writes its own
``to_dict`` and may build on :func:`to_data`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

import attrs

__all__ = ["JsonReady", "to_data"]


def to_data(value: object) -> Any:
    """``value`` as strings, numbers, booleans, None, lists and dicts."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, JsonReady):
        return value.to_dict()
    if attrs.has(type(value)):
        return _fields(value)
    if isinstance(value, Mapping):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted(to_data(v) for v in value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON data")


def _fields(record: object) -> dict[str, Any]:
    cls = cast("type[attrs.AttrsInstance]", type(record))
    return {f.name: to_data(getattr(record, f.name)) for f in attrs.fields(cls)}


class JsonReady:
    """Base of the report types whose ``to_dict()`` is their fields as plain data."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: strings, numbers, booleans, None, lists and dicts."""
        return _fields(self)
