"""Plan files: JSON and TOML in and out, through one private cattrs converter.

Validation happens here, at the edge: the converter's hooks are strict (no silent coercion of
``"3"`` to ``3`` or of a string to a list of characters), and every problem is reported with the
JSON path of the offending value.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from careerkit._errors import CareerkitError, PlanValidationError
from careerkit._model.fields import FieldError
from careerkit._model.plan import SCHEMA, CareerPlan
from careerkit._model.privacy import Viewer, redact

__all__ = ["Format", "dumps", "load", "loads", "save", "structure", "unstructure"]

Format = Literal["json", "toml"]

_MAJOR = 1
#: The largest plan document ``loads`` and ``load`` accept by default, in bytes. A plan of
#: 10,000 goals with 10 check-ins each is about 7 MB of compact JSON.
MAX_BYTES = 64 * 1024 * 1024
#: The longest string a plan may hold, in characters: far beyond any note or description,
#: small enough that hostile input cannot bloat memory or the SMART evaluator's work.
MAX_STRING = 100_000
_SCHEMA_TAG = re.compile(r"careerkit/(\d{1,6})(?:\.(\d{1,6}))?")
# Integers beyond this cannot be represented exactly by JSON readers in other languages.
_MAX_INT = 2**53


class _Invalid(ValueError):
    """A value of the wrong type or form; the message is shown to the user as it is."""


class _ItemErrors(Exception):
    """Errors of items in a list: ``(index, exception)`` pairs."""

    def __init__(self, errors: list[tuple[int, BaseException]]) -> None:
        super().__init__(f"{len(errors)} invalid items")
        self.errors = errors


def _describe(value: object) -> str:
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
    if isinstance(value, time):  # TOML has local times
        return "a time"
    return type(value).__name__  # pragma: no cover - JSON and TOML give only the above


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
    # fromisoformat alone would also take week dates ("2027-W26-3") and compact forms.
    if (
        isinstance(value, str)
        and len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and value[5] != "W"
    ):
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
            errors: list[tuple[int, BaseException]] = []
            for i, item in enumerate(value):
                try:
                    item_hook(item, item_type)
                except Exception as exc:
                    errors.append((i, exc))
            raise _ItemErrors(errors) from None

    return structure


def _class_hook(cls: type, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True
    )

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise _Invalid(f"expected an object, got {_describe(value)}")
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


_CONVERTER = _make_converter()


# --- errors ------------------------------------------------------------------------------


def _messages(exc: BaseException, path: str) -> Iterator[str]:
    """Readable messages, each ending with the JSON path, for an exception from structuring."""
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
    elif isinstance(exc, PlanValidationError):
        yield from exc.errors
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield f"unknown key {key!r} @ {path}.{key}"
    elif isinstance(exc, FieldError):
        yield f"{exc} @ {path}.{exc.field}"
    elif isinstance(exc, KeyError):
        yield f"required key missing @ {path}"
    elif isinstance(exc, _Invalid | ValueError | TypeError):
        yield f"{exc} @ {path}"
    else:  # pragma: no cover - defensive: never let an unexpected error type escape
        yield f"invalid value ({type(exc).__name__}: {exc}) @ {path}"


def _check_schema(doc: dict[str, Any]) -> None:
    tag = doc.get("schema")
    if tag is None:
        raise PlanValidationError([f"missing schema tag; expected {SCHEMA!r} @ $.schema"])
    match = _SCHEMA_TAG.fullmatch(tag) if isinstance(tag, str) else None
    if match is None:
        raise PlanValidationError([f"unknown schema {tag!r}; expected {SCHEMA!r} @ $.schema"])
    major = int(match.group(1))
    if major > _MAJOR:
        message = (
            f"this plan uses schema {tag!r}, newer than careerkit {_MAJOR} can read; "
            "upgrade careerkit to load it @ $.schema"
        )
        raise PlanValidationError([message])
    if major < 1:
        raise PlanValidationError([f"unknown schema {tag!r}; expected {SCHEMA!r} @ $.schema"])


# --- public functions ---------------------------------------------------------------------


def structure(doc: object) -> CareerPlan:
    """Build a plan from parsed JSON-like data (dicts, lists, strings, numbers, booleans)."""
    if not isinstance(doc, dict):
        raise PlanValidationError(
            [f"expected an object at the top level, got {_describe(doc)} @ $"]
        )
    _check_schema(doc)
    body = {k: v for k, v in doc.items() if k != "schema"}
    try:
        return _CONVERTER.structure(body, CareerPlan)
    except RecursionError:
        raise PlanValidationError(["the document is nested too deeply @ $"]) from None
    except Exception as exc:
        raise PlanValidationError(list(_messages(exc, "$"))) from None


def unstructure(plan: CareerPlan) -> dict[str, Any]:
    """The plan as plain JSON-ready data, starting with the schema tag."""
    body: dict[str, Any] = _CONVERTER.unstructure(plan)
    return {"schema": SCHEMA, **body}


def loads(
    text: str | bytes,
    *,
    format: Format = "json",
    max_bytes: int = MAX_BYTES,
) -> CareerPlan:
    """Read a plan from JSON or TOML text.

    Any problem with the text raises :class:`~careerkit.PlanValidationError` listing every
    problem with its JSON path; no other exception escapes. Text longer than ``max_bytes``
    (64 MiB by default) is refused before it is parsed, and so is any string in it longer than
    100,000 characters.

    >>> plan = loads('{"schema": "careerkit/1", "goals": [{"id": "g1", "title": "Ship v2"}]}')
    >>> plan.goals[0].title
    'Ship v2'
    >>> loads('{"schema": "careerkit/1", "goals": [{"id": "g1"}]}')
    Traceback (most recent call last):
    ...
    careerkit.PlanValidationError: 1 problem in the plan:
    - required key missing @ $.goals[0].title
    """
    if format not in ("json", "toml"):
        raise ValueError(f"format must be 'json' or 'toml', got {format!r}")
    _check_size(len(text), max_bytes)
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PlanValidationError([f"the file is not valid UTF-8 ({exc.reason}) @ $"]) from None
    try:
        doc = json.loads(text) if format == "json" else tomllib.loads(text)
    except RecursionError:
        raise PlanValidationError(["the document is nested too deeply @ $"]) from None
    except ValueError as exc:  # JSONDecodeError, TOMLDecodeError, oversized integers
        raise PlanValidationError([f"not valid {format.upper()}: {exc} @ $"]) from None
    return structure(doc)


def load(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> CareerPlan:
    """Read a plan file; ``.json`` or ``.toml`` by suffix.

    A missing or unreadable file raises the usual :class:`OSError`; a file larger than
    ``max_bytes`` is refused without being read.
    """
    path = Path(path)
    file_format = _format_of(path)
    with path.open("rb") as f:
        _check_size(os.fstat(f.fileno()).st_size, max_bytes)
        data = f.read(max_bytes + 1)
    return loads(data, format=file_format, max_bytes=max_bytes)


def _check_size(size: int, max_bytes: int) -> None:
    # A str's length is in characters, at most 4 bytes each: close enough for a guard.
    if size > max_bytes:
        raise PlanValidationError(
            [f"the document is {size:,} bytes long; the limit is {max_bytes:,} @ $"]
        )


def dumps(
    plan: CareerPlan,
    *,
    format: Format = "json",
    indent: int | None = None,
    audience: Viewer = "self",
) -> str:
    """Write a plan as JSON (stable key order, ISO dates, no defaults) or TOML.

    JSON is compact unless ``indent`` is given (compact JSON is several times faster to write);
    :func:`save` indents by 2 so plan files stay readable in a diff. With an ``audience``
    ("mentor", "manager", "hr"), only what the plan shares with it is written (see
    :func:`careerkit.redact`).

    >>> from careerkit import CareerPlan, Goal
    >>> dumps(CareerPlan(goals=(Goal("g1", "Ship v2"),)))
    '{"schema":"careerkit/1","goals":[{"id":"g1","title":"Ship v2"}]}'
    """
    data = unstructure(redact(plan, audience))
    if format == "json":
        if indent is None:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    if format == "toml":
        return _to_toml(data)
    raise ValueError(f"format must be 'json' or 'toml', got {format!r}")


def save(plan: CareerPlan, path: str | os.PathLike[str]) -> None:
    """Write a plan file atomically (``.json`` or ``.toml`` by suffix).

    The text goes to a temporary file in the same folder, is flushed to disk, then renamed over
    ``path``: a crash mid-write leaves the old file as it was.
    """
    path = Path(path)
    text = dumps(plan, format=_format_of(path), indent=2)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _format_of(path: Path) -> Format:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise CareerkitError(f"cannot tell the format of {str(path)!r}: use a .json or .toml file")


# --- TOML writer (the standard library reads TOML but does not write it) ----------------------


def _toml_value(value: Any, path: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v, f"{path}[{i}]") for i, v in enumerate(value)) + "]"
    if isinstance(value, dict):
        items = ", ".join(
            f"{_toml_key(k)} = {_toml_value(v, f'{path}.{k}')}" for k, v in value.items()
        )
        return "{" + items + "}"
    if value is None:
        raise CareerkitError(f"TOML cannot hold an empty value (null) at {path}; save as .json")
    raise TypeError(f"cannot write {type(value).__name__} to TOML")  # pragma: no cover


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _to_toml(data: dict[str, Any]) -> str:
    scalars: list[str] = []
    tables: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append(f"\n[{key}]")
            tables.extend(
                f"{_toml_key(k)} = {_toml_value(v, f'$.{key}.{k}')}" for k, v in value.items()
            )
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                tables.append(f"\n[[{key}]]")
                tables.extend(
                    f"{_toml_key(k)} = {_toml_value(v, f'$.{key}[{i}].{k}')}"
                    for k, v in item.items()
                )
        else:
            scalars.append(f"{_toml_key(key)} = {_toml_value(value, f'$.{key}')}")
    return "\n".join(scalars + tables).lstrip("\n") + "\n"
