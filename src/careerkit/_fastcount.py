"""A cheap count of a bad document's problems.

:func:`compile_counter` counts the problems the detailed converter would report, without
building an exception or a message for each one, so that a document with a million bad records
can say how many there are in linear time and bounded memory.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, get_args

import attrs

from careerkit._errors import PlanValidationError
from careerkit._fastbase import DuplicateKeys, _utf8
from careerkit._fastload import (
    HookFor,
    _is_optional,
    _is_str_literal,
    _is_tuple,
    _without_none,
)

__all__ = ["compile_counter", "tally"]

#: Counts the problems of a value, adding its keys and the colons in its strings to the tally
#: (``t[0]``), and gives the structured value when there are no problems.
_Count = Callable[[Any, list[int]], tuple[int, Any]]


def tally(value: Any, t: list[int]) -> None:
    """Add the keys of ``value`` and the colons in its strings (keys too) to ``t[0]``."""
    n = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is str:
            n += item.count(":")
        elif isinstance(item, dict):
            n += len(item)
            for key, inner in item.items():
                n += key.count(":")
                stack.append(inner)
        elif isinstance(item, list | tuple):
            stack.extend(item)
    t[0] += n


def compile_counter(
    root: type,
    *,
    max_string: int,
    max_int: int,
    hook_for: HookFor,
    count_messages: Callable[[BaseException], int],
) -> Callable[[Any, list[int]], int]:
    """A function that counts the problems the detailed converter reports for a document.

    It follows the converter's rules: each field's problems, one per unknown key, and, when the
    fields are fine, one for a failing ``__init__`` (or the plan's own count of its problems).
    Its cost is linear in the document and it keeps no message. Called as ``count(doc, t)``,
    it adds to ``t[0]`` the document's keys and the colons in its strings, as the builder does.
    """
    done: dict[type, _Count] = {}

    def scalar(ok: Callable[[Any], bool], convert: Callable[[Any], Any] | None = None) -> _Count:
        def count(value: Any, t: list[int]) -> tuple[int, Any]:
            if type(value) is not int and type(value) is not float:
                tally(value, t)
            if not ok(value):
                return 1, None
            return 0, value if convert is None else convert(value)

        return count

    def counter_for(tp: Any) -> _Count:
        if tp is str:
            return scalar(
                lambda v: type(v) is str and len(v) <= max_string and (v.isascii() or _utf8(v))
            )
        if tp is int:
            return scalar(lambda v: type(v) is int and -max_int <= v <= max_int)
        if tp is float:
            return scalar(
                lambda v: (
                    (type(v) is float and v - v == 0.0)
                    or (type(v) is int and -max_int <= v <= max_int)
                ),
                float,
            )
        if tp is bool:
            return scalar(lambda v: type(v) is bool)
        if _is_str_literal(tp):
            choices = frozenset(get_args(tp))
            return scalar(lambda v: type(v) is str and v in choices)
        if _is_optional(tp):
            inner = counter_for(_without_none(tp))
            return lambda v, t: (0, None) if v is None else inner(v, t)
        if _is_tuple(tp):
            return tuple_counter(get_args(tp)[0])
        if attrs.has(tp):
            return class_counter(tp)
        return hook_counter(tp)  # dates and any type without a rule here

    def hook_counter(tp: Any) -> _Count:
        hook = hook_for(tp)

        def count(value: Any, t: list[int]) -> tuple[int, Any]:
            tally(value, t)
            try:
                return 0, hook(value, tp)
            except Exception as exc:
                return count_messages(exc), None

        return count

    def tuple_counter(item_tp: Any) -> _Count:
        item: _Count | None = None

        def count(value: Any, t: list[int]) -> tuple[int, Any]:
            nonlocal item
            if item is None:  # late: a class may hold a tuple of itself
                item = counter_for(item_tp)
            if not isinstance(value, list | tuple):
                tally(value, t)
                return 1, None
            problems = 0
            out = []
            for element in value:
                n, built = item(element, t)
                if n:
                    problems += n
                elif not problems:
                    out.append(built)
            return problems, None if problems else tuple(out)

        return count

    def class_counter(cls: type) -> _Count:
        if cls in done:
            return done[cls]
        hints = typing.get_type_hints(cls)
        fields = {
            f.name: (f.alias, f.default is attrs.NOTHING) for f in attrs.fields(cls) if f.init
        }
        required = sum(1 for _, needed in fields.values() if needed)
        counters: dict[str, _Count] = {}

        def count(value: Any, t: list[int]) -> tuple[int, Any]:
            if type(value) is not dict:
                tally(value, t)
                if not isinstance(value, dict):
                    return 1, None
                if isinstance(value, DuplicateKeys):
                    return len(value.duplicates), None
            if required and not value:
                return required, None
            t[0] += len(value)
            problems = 0
            found = 0
            kwargs = {}
            for key, item in value.items():
                spec = fields.get(key)
                if spec is None:
                    problems += 1  # an unknown key
                    t[0] += key.count(":")
                    tally(item, t)
                    continue
                alias, needed = spec
                found += needed
                counter = counters.get(key)
                if counter is None:
                    counter = counters[key] = counter_for(hints[key])
                n, built = counter(item, t)
                problems += n
                kwargs[alias] = built
            problems += required - found  # missing keys
            if problems:
                return problems, None
            try:
                return 0, cls(**kwargs)
            except PlanValidationError as exc:
                return exc.total, None
            except Exception:
                return 1, None

        done[cls] = count
        return count

    root_counter = class_counter(root)

    def count_document(doc: Any, t: list[int]) -> int:
        return root_counter(doc, t)[0]

    return count_document
