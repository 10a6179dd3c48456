"""The plan format: its schema tag, and its JSON Schema (draft 2020-12) derived from the model.

The tag's grammar lives here once; :mod:`careerkit._io` reads tags with it and the JSON Schema
states it.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from datetime import date
from typing import Any, Literal, get_args, get_origin

import attrs

from careerkit._model.fields import Bounded, Each, Identifier, NonEmpty
from careerkit._model.plan import CareerPlan

__all__ = ["FORMAT_MAJOR", "SCHEMA_TAG", "json_schema"]

#: The major version of the plan format this careerkit reads and writes (``careerkit/1``).
FORMAT_MAJOR = 1
# Versions are written in their canonical form only: "careerkit/1" and "careerkit/1.2", never
# "careerkit/01" or "careerkit/1.02", so one tag has one spelling.
_VERSION = r"(?:0|[1-9][0-9]{0,5})"
#: A schema tag: ``careerkit/MAJOR`` or ``careerkit/MAJOR.MINOR``.
SCHEMA_TAG = re.compile(rf"careerkit/({_VERSION})(?:\.({_VERSION}))?")

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a careerkit plan document.

    Every document that :func:`careerkit.dumps` writes validates against it. It checks the shape
    (keys, types, ranges, choices); what a schema cannot say (references between records,
    dates in order) is checked by :func:`careerkit.loads`.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["$defs"])[:3]
    ['Advocacy', 'Assessment', 'CareerPlan']
    """
    defs: dict[str, Any] = {}
    _class_schema(CareerPlan, defs)
    root = dict(defs["CareerPlan"])
    root["properties"] = {
        "schema": {"type": "string", "pattern": rf"^careerkit/{FORMAT_MAJOR}(\.{_VERSION})?$"},
        **root["properties"],
    }
    root["required"] = ["schema", *root.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:careerkit:plan:{FORMAT_MAJOR}",
        "title": "careerkit plan",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder against recursion
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            properties[field.name] = _field_schema(field, hints[field.name], defs)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        entry: dict[str, Any] = {"type": "object", "properties": properties}
        if cls.__doc__:
            entry["description"] = cls.__doc__.strip().split("\n\n")[0].replace("\n", " ")
        if required:
            entry["required"] = required
        entry["additionalProperties"] = False
        defs[name] = entry
    return {"$ref": f"#/$defs/{name}"}


def _field_schema(field: attrs.Attribute[Any], tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    schema = _type_schema(tp, defs)
    for validator, on_items in _validators(field.validator):
        target = schema
        if on_items:
            if "items" not in target:  # pragma: no cover - Each is only put on tuple fields
                continue
            target = target["items"]
        _constrain(target, validator)
    return schema


def _validators(validator: object, on_items: bool = False) -> Iterator[tuple[object, bool]]:
    """Each validator inside ``validator``, and whether it checks the items of a list.

    It looks through attrs' ``and_`` (and lists of validators) and ``optional``, and through
    :class:`~careerkit._model.fields.Each`, so that a wrapped constraint is never dropped.
    """
    if validator is None:
        return
    if isinstance(validator, Each):
        yield from _validators(validator.item, on_items=True)
        return
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    if isinstance(inner, tuple | list):
        for each in inner:
            yield from _validators(each, on_items)
        return
    wrapped = getattr(validator, "validator", None)  # attrs.validators.optional
    if type(validator).__name__ == "_OptionalValidator" and wrapped is not None:
        yield from _validators(wrapped, on_items)
        return
    yield validator, on_items


def _constrain(schema: dict[str, Any], validator: object) -> None:
    target = schema
    if "anyOf" in schema:  # optional: constrain the non-null branch
        target = schema["anyOf"][0]
    if isinstance(validator, Bounded) and target.get("type") in ("integer", "number"):
        if validator.low is not None:
            target["minimum"] = validator.low
        if validator.high is not None:
            target["maximum"] = validator.high
    elif isinstance(validator, Identifier):
        target.update({"type": "string", "pattern": f"^{validator.pattern.pattern}$"})
    elif isinstance(validator, NonEmpty):
        target["minLength"] = validator.min_length


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        inner = (
            _type_schema(args[0], defs)
            if len(args) == 1
            else {"anyOf": [_type_schema(a, defs) for a in args]}
        )
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs)}
    if attrs.has(tp):
        return _class_schema(tp, defs)
    simple: dict[Any, dict[str, Any]] = {
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
        date: dict(_DATE),
    }
    return dict(simple[tp])
