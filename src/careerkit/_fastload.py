"""A generated fast path for plan documents, and a cheap count of a bad document's problems.

The detailed cattrs converter in :mod:`careerkit._io` is the one source of error messages, and
its bookkeeping (a ``try`` per field, notes on every exception, path tracking) is most of what
``loads`` costs on a valid document. :func:`compile_builder` writes one plain function per model
class with the type checks of the converter's hooks inline. It builds each record as the
class's ``__init__`` does, so attrs converters, validators and the plan's integrity checks run
as they do for the converter, less only those its own checks prove (see :func:`_proves`). It
raises on the first thing it does not like, whatever that is; the caller
then runs the detailed converter, which says what is wrong. So a builder may refuse more than
the converter (it then costs a second pass) but must never accept what the converter refuses or
build a different object: a differential property test holds the two together.

:mod:`careerkit._fastcount` counts the problems of a document the builder refuses.
"""

from __future__ import annotations

import linecache
import re
import sys
import typing
from collections.abc import Callable
from datetime import date
from types import UnionType
from typing import Any, Literal, get_args, get_origin

import attrs

from careerkit._fastbase import (
    _Reject,
    _setter,
    _slot,
    _utf8,
)
from careerkit._model import fields as model_fields

__all__ = ["HookFor", "compile_builder", "module_source"]

#: Gives the converter's structure hook for a type the builder has no inline check for.
HookFor = Callable[[Any], Callable[[Any, Any], Any]]


def _is_optional(tp: Any) -> bool:
    return get_origin(tp) in (typing.Union, UnionType) and type(None) in get_args(tp)


def _without_none(tp: Any) -> Any:
    rest = [a for a in get_args(tp) if a is not type(None)]
    return rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007


def _is_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_str_literal(tp: Any) -> bool:
    return get_origin(tp) is Literal and all(type(a) is str for a in get_args(tp))


# --- what the builder's checks prove ---------------------------------------------------------
# A value that passed the builder's check for its type hint is of that exact type (a str, a
# finite float, a date, a tuple of exact records...). For such a value some of the model's
# converters return it unchanged and some validators certainly pass: calling them costs a call
# each, about a third of building a plan. The builder leaves out exactly these and keeps every
# other converter and validator (non-empty text, ids, bounded numbers, sorting by date,
# anything it does not know), then calls ``__attrs_post_init__``. Anything unexpected keeps the
# class's own ``__init__``.


def _literal_in(tp: Any, choices: tuple[str, ...]) -> bool:
    return _is_str_literal(tp) and set(get_args(tp)) <= set(choices)


def _proves(tp: Any, validator: object) -> bool:
    """Whether every value that passed the builder's check for ``tp`` passes ``validator``."""
    optional = _is_optional(tp)
    inner = _without_none(tp) if optional else tp
    if validator is None:
        return True
    if validator is model_fields.is_text:  # the builder's str and Literal checks: an exact str
        return not optional and (inner is str or _is_str_literal(inner))
    if validator is model_fields.is_optional_text:
        return inner is str or _is_str_literal(inner)
    if validator is model_fields.is_date:  # the builder's date check: an exact date
        return not optional and inner is date
    if validator is model_fields.is_optional_date:
        return inner is date
    if validator is model_fields.is_optional_flag:
        return inner is bool
    if type(validator) is model_fields.Bounded:
        # Only without bounds: an int within the builder's limit (far inside a float's
        # range) passes, and so does an exact finite float where an integer is not required.
        unbounded = validator.low is None and validator.high is None
        return unbounded and (inner is int or (inner is float and not validator.integer))
    if type(validator) is model_fields.OneOf:
        return _literal_in(inner, validator.choices)
    if type(validator) is model_fields.IsInstance:  # the builder builds exact records
        return inner is validator.kind and (validator.optional or not optional)
    if type(validator) is model_fields.Each:
        return not optional and _is_tuple(inner) and _proves(get_args(inner)[0], validator.item)
    return False


def _pure(validator: object) -> bool:
    """Whether ``validator`` looks only at the value (not at the record), so that a value that
    passed it once passes it again."""
    if type(validator) is model_fields.Each:
        return _pure(validator.item)
    return type(validator) in _PURE_TYPES or validator in _PURE_FUNCTIONS


_PURE_TYPES = (
    model_fields.Bounded,
    model_fields.Identifier,
    model_fields.IsInstance,
    model_fields.NonEmpty,
    model_fields.OneOf,
)
_PURE_FUNCTIONS = (
    model_fields.is_date,
    model_fields.is_optional_date,
    model_fields.is_optional_flag,
    model_fields.is_optional_text,
    model_fields.is_text,
)


def _unchanged(tp: Any, converter: object) -> bool:
    """Whether ``converter`` returns every value that passed the check for ``tp`` unchanged."""
    if converter is None:
        return True
    if converter is model_fields.to_date:
        return tp is date
    if converter is model_fields.to_optional_date:
        return tp is date or (_is_optional(tp) and _without_none(tp) is date)
    if converter is model_fields.to_tuple:  # the builder's tuples are exact tuples
        return _is_tuple(tp)
    return False


def _reorders(tp: Any, converter: object) -> bool:
    """Whether ``converter`` gives every tuple that passed the check for ``tp`` with the same
    items (perhaps in another order): what the checks proved of the items still holds."""
    return converter is model_fields.sorted_by_date and _is_tuple(tp)


def _default_passes(field: attrs.Attribute[Any], *, validate: bool) -> bool:
    """Whether the field's default (what the builder passes for a missing key) comes out of the
    converter unchanged and, with ``validate``, passes the validator: no check above saw it.

    Called only for the converters and validators named in :func:`_unchanged`,
    :func:`_reorders` and :func:`_proves`, which are pure.
    """
    default = field.default
    if default is attrs.NOTHING:
        return True
    try:
        if field.converter is not None and field.converter(default) is not default:  # type: ignore[operator]
            return False
        if validate and field.validator is not None:
            field.validator(None, field, default)
    except Exception:
        return False
    return True


# What attrs writes in an ``__init__`` that the builder can stand in for; any other line (a
# factory, a pre-init hook, a cached hash, on-setattr hooks) keeps the class's own __init__.
# A pattern, compiled (by re, once) only when a builder is made: loading the generated one
# does not need it.
_INIT_LINE = (
    r"def __init__\(.*\):"
    r"|_setattr = _cached_setattr_get\(self\)"
    r"|_setattr\('(\w+)', (?:\1|__attr_converter_\1\(\1\))\)"
    r"|if _config\._run_validators is True:"
    r"|__attr_validator_(\w+)\(self, __attr_\2, self\.\2\)"
    r"|self\.__attrs_post_init__\(\)"
)


def _plain_init(cls: type) -> bool:
    """Whether ``cls.__init__`` is attrs' plain one: set each field, validate, post-init."""
    code = getattr(cls.__dict__.get("__init__"), "__code__", None)
    new: object = cls.__new__
    if code is None or new is not object.__new__ or "__slots__" not in cls.__dict__:
        return False
    body: list[str] = []
    for line in linecache.getlines(code.co_filename):  # attrs keeps its source there
        line = line.strip()
        if line.startswith("def "):
            if body:
                break
            if not line.startswith("def __init__("):
                continue
        if line and (body or line.startswith("def __init__(")):
            body.append(line)
    return bool(body) and all(re.fullmatch(_INIT_LINE, line) for line in body)


# --- the builder: generated source ------------------------------------------------------------


class _Source:
    """The source of one module of generated functions and the names it refers to.

    Each name has its value (for :func:`compile_builder`) and an expression that gives it in a
    module of its own (for :func:`module_source`): a class by its import, anything of a field
    (its default, converter, validator, the attribute itself) through ``attrs.fields``.
    """

    def __init__(self, max_string: int, max_int: int, hook_for: HookFor) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {
            "_Reject": _Reject,
            "_date": date,
            "_fromiso": date.fromisoformat,
            "_utf8": _utf8,
            "_new": object.__new__,
            "_set": object.__setattr__,
            "MAXS": max_string,
            "MAXI": max_int,
        }
        self.exprs: dict[str, str | None] = {}
        self.classes: dict[type, str] = {}  # the name of each class, and of its fields: F<name>
        self.hook_for = hook_for
        self.done: dict[type, str] = {}
        self.todo: list[type] = []
        self.counter = 0
        self.dates = False  # whether the function being written reads a date
        self.bodies: dict[type, list[str]] = {}  # each function's lines after its first
        self.single: set[type] = set()  # the classes built one at a time
        self.many: set[type] = set()  # the classes built in tuples: see many_function

    def name(self, prefix: str, value: Any, expr: str | None) -> str:
        self.counter += 1
        key = f"{prefix}{self.counter}"
        self.names[key] = value
        self.exprs[key] = expr
        return key

    def class_name(self, cls: type) -> str:
        if cls not in self.classes:
            self.classes[cls] = self.name("CLS", cls, None)  # imported, see module_source
            self.names["F" + self.classes[cls]] = attrs.fields(cls)
        return self.classes[cls]

    def field_name(self, prefix: str, cls: type, field: attrs.Attribute[Any], part: str) -> str:
        """A name for ``part`` of ``field`` of ``cls`` ("" for the attribute itself)."""
        value = getattr(field, part) if part else field
        expr = f"F{self.class_name(cls)}.{field.name}" + (f".{part}" if part else "")
        if part == "default" and isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            value, expr = attrs.NOTHING, "NOTHING"  # attrs then calls the factory
        return self.name(prefix, value, expr)

    def function_for(self, cls: type) -> str:
        if cls not in self.done:
            self.done[cls] = f"build_{cls.__name__}_{len(self.done)}"
            self.todo.append(cls)
        return self.done[cls]

    def check(self, tp: Any, var: str, pad: str, depth: int) -> list[str]:
        """Statements that check ``var`` against ``tp`` and leave the structured value in it."""
        if tp is str:
            return [
                (
                    f"{pad}if type({var}) is not str or len({var}) > MAXS or "
                    f"(not {var}.isascii() and not _utf8({var})): raise _Reject"
                ),
                f"{pad}if ':' in {var}: t[0] += {var}.count(':')",  # see _io._structure
            ]
        if tp is int:
            return [f"{pad}if type({var}) is not int or not -MAXI <= {var} <= MAXI: raise _Reject"]
        if tp is float:
            # The converter turns exact integers into floats: 2 in a file is 2.0 in the model.
            return [
                f"{pad}if type({var}) is float:",
                f"{pad}    if {var} - {var} != 0.0: raise _Reject",  # inf and nan
                f"{pad}elif type({var}) is int and -MAXI <= {var} <= MAXI: {var} = float({var})",
                f"{pad}else: raise _Reject",
            ]
        if tp is bool:
            return [f"{pad}if type({var}) is not bool: raise _Reject"]
        if tp is date:
            # Only the 'YYYY-MM-DD' form, as the converter's hook (or a TOML date). D holds
            # the dates read so far by their text (only str keys, and only a str equals one).
            self.dates = True
            return [
                f"{pad}if {var} in D: {var} = D[{var}]",
                (
                    f"{pad}elif type({var}) is str and len({var}) == 10 and {var}[4] == '-' "
                    f"and {var}[7] == '-' and {var}[5] != 'W': D[{var}] = {var} = _fromiso({var})"
                ),
                f"{pad}elif type({var}) is not _date: raise _Reject",
            ]
        if _is_str_literal(tp):
            values = sorted(get_args(tp))  # sorted: the same text in every process
            choices = self.name("CHOICES", frozenset(values), f"frozenset({tuple(values)!r})")
            return [f"{pad}if type({var}) is not str or {var} not in {choices}: raise _Reject"]
        if _is_optional(tp):
            inner = self.check(_without_none(tp), var, pad + "    ", depth)
            return [f"{pad}if {var} is not None:", *inner]
        if _is_tuple(tp):
            item = f"x{depth}"
            out = f"out{depth}"
            inner_tp = get_args(tp)[0]
            if attrs.has(inner_tp):
                self.function_for(inner_tp)
                self.many.add(inner_tp)
                return [f"{pad}{var} = many_{self.done[inner_tp]}({var}, t)"]
            return [
                f"{pad}if type({var}) is not list and type({var}) is not tuple: raise _Reject",
                f"{pad}{out} = []",
                f"{pad}for {item} in {var}:",
                *self.check(inner_tp, item, pad + "    ", depth + 1),
                f"{pad}    {out}.append({item})",
                f"{pad}{var} = tuple({out})",
            ]
        if attrs.has(tp):
            self.single.add(tp)
            return [f"{pad}{var} = {self.function_for(tp)}({var}, t)"]
        # A type without an inline check: the converter's own hook, which raises if need be.
        hook = self.name("HOOK", self.hook_for(tp), None)
        kind = self.name("TYPE", tp, None)
        return [f"{pad}{var} = {hook}({var}, {kind})"]

    def build_function(self, cls: type) -> None:
        # Arguments are passed by position (keyword-only ones by name), a missing one as the
        # field's default (attrs' NOTHING for a factory, which attrs then calls): the same
        # call the converter makes with a dict of keywords, without building the dict.
        fn = self.done[cls]
        hints = typing.get_type_hints(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        required = sum(1 for f in fields if f.default is attrs.NOTHING)
        cls_name = self.class_name(cls)
        self.dates = False
        lines: list[str] = []
        args: list[str] = []
        for i, field in enumerate(fields):
            var = f"a{i}"
            args.append(f"{field.alias}={var}" if field.kw_only else var)
            if field.default is attrs.NOTHING:
                lines.append(f"    {var} = d[{field.name!r}]")  # KeyError: reported later
                lines += self.check(hints[field.name], var, "    ", 0)
                continue
            lines.append(f"    if {field.name!r} in d:")
            lines.append(f"        {var} = d[{field.name!r}]")
            lines += self.check(hints[field.name], var, "        ", 0)
            lines.append("        n += 1")
            lines.append("    else:")
            lines.append(f"        {var} = {self.field_name('DEFAULT', cls, field, 'default')}")
        head = [
            f"def {fn}(d, t):",
            "    if type(d) is not dict: raise _Reject",
            f"    n = {required}",
        ]
        if self.dates:
            head.append("    D = t[1]")  # each date read once: a plan repeats its days
        lines = head + lines
        lines.append("    if n != len(d): raise _Reject")  # an unknown key
        lines.append("    t[0] += n")
        if fields_all_set(cls, fields) and _plain_init(cls):
            lines += self.construct(cls, cls_name, fields, hints)
        else:
            lines.append(f"    return {cls_name}({', '.join(args)})")
        self.bodies[cls] = lines[1:]

    def single_function(self, cls: type) -> None:
        """A function that builds one ``cls`` from a dict."""
        self.lines += [f"def {self.done[cls]}(d, t):", *self.bodies[cls]]

    def many_function(self, cls: type) -> None:
        """A function that builds a tuple of ``cls`` from a list: the body of the function for
        one record in a loop (a call fewer for each item, the count of keys added once)."""
        body = self.bodies[cls]
        assert body[-1].startswith("    return ")
        assert not any("return " in line for line in body[:-1])
        lines = [
            f"def many_{self.done[cls]}(xs, t):",
            "    if type(xs) is not list and type(xs) is not tuple: raise _Reject",
            "    out = []",
            "    keys = 0",
        ]
        if "    D = t[1]" in body:
            lines.append("    D = t[1]")
        lines.append("    for d in xs:")
        for line in body[:-1]:
            if line == "    D = t[1]":
                continue
            lines.append("    " + ("    keys += n" if line == "    t[0] += n" else line))
        lines.append(f"        out.append({body[-1].removeprefix('    return ')})")
        lines += ["    t[0] += keys", "    return tuple(out)"]
        self.lines += lines

    def construct(
        self, cls: type, cls_name: str, fields: list[attrs.Attribute[Any]], hints: dict[str, Any]
    ) -> list[str]:
        """What attrs' plain ``__init__`` does, less what the checks above prove (see _proves).

        The same steps in the same order: convert and set each field, validate each field,
        then ``__attrs_post_init__``. With attrs' validators turned off, a validator kept here
        may still refuse: the document then goes to the converter, which builds it.
        """
        lines = ["    o = _new(" + cls_name + ")"]
        checks = []
        for i, field in enumerate(fields):
            var, tp = f"a{i}", hints[field.name]
            converter = field.converter
            keep = not _unchanged(tp, converter)
            proven = (not keep or _reorders(tp, converter)) and _proves(tp, field.validator)
            # A default never went through the checks above: unless it passes, keep both.
            if (not keep or proven) and not _default_passes(field, validate=proven):
                keep, proven = True, False
            if keep and converter is not None:
                convert = self.field_name("CONVERT", cls, field, "converter")
                lines.append(f"    {var} = {convert}({var})")
            if _slot(cls, field.name) is not None:
                setter = self.name(
                    "SET", _setter(cls, field.name), f"_setter({cls_name}, {field.name!r})"
                )
                lines.append(f"    {setter}(o, {var})")
            else:
                lines.append(f"    _set(o, {field.name!r}, {var})")
            if field.validator is not None and not proven:
                validator = self.field_name("VALIDATE", cls, field, "validator")
                attribute = self.field_name("ATTRIBUTE", cls, field, "")
                call = f"{validator}(o, {attribute}, {var})"
                default = field.default
                if (
                    default is not attrs.NOTHING
                    and _pure(field.validator)
                    and _default_passes(field, validate=True)
                ):
                    # The default (a missing key, or the same object given: None) passed
                    # this validator above, and it looks only at the value.
                    default_name = self.field_name("DEFAULT", cls, field, "default")
                    call = f"if {var} is not {default_name}: {call}"
                checks.append("    " + call)
        lines += checks
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    o.__attrs_post_init__()")
        lines.append("    return o")
        return lines


def fields_all_set(cls: type, init_fields: list[attrs.Attribute[Any]]) -> bool:
    """Whether every field is an ``__init__`` argument without a factory or a private alias."""
    every = attrs.fields(cls)
    return len(init_fields) == len(every) and all(
        f.alias == f.name and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        for f in every
    )


def _source_for(root: type, max_string: int, max_int: int, hook_for: HookFor) -> _Source:
    source = _Source(max_string, max_int, hook_for)
    source.function_for(root)
    source.single.add(root)
    while source.todo:
        source.build_function(source.todo.pop())
    # Each class once or twice, as it is used: one at a time, in tuples, or both.
    for cls in sorted(source.done, key=source.done.__getitem__):
        if cls in source.single:
            source.single_function(cls)
        if cls in source.many:
            source.many_function(cls)
    return source


def compile_builder(
    root: type, *, max_string: int, max_int: int, hook_for: HookFor
) -> Callable[[dict[str, Any], list[Any]], Any]:
    """A function that builds ``root`` from a valid document, or raises if anything is off.

    It is called as ``build(doc, [0, {}])``: it adds to the first item the number of keys in
    the document and of colons in its strings, and keeps in the second each date it read, by
    its text.
    """
    source = _source_for(root, max_string, max_int, hook_for)
    namespace = dict(source.names)
    code = compile("\n".join(source.lines), f"<careerkit fast path for {root.__name__}>", "exec")
    exec(code, namespace)  # the source is built above from the model's own type hints
    built: Callable[[dict[str, Any], list[Any]], Any] = namespace[source.done[root]]
    return built


def _home(cls: type) -> str:
    """The module that defines ``cls``: a public class names its public home in ``__module__``
    (see careerkit._public), but the methods attrs wrote for it keep the defining module's."""
    home: str = cls.__dict__["__init__"].__module__
    module = sys.modules.get(home)
    if home == "__main__" or getattr(module, cls.__qualname__, None) is not cls:
        raise TypeError(f"{cls!r} cannot be imported by its name")
    return home


def module_source(root: type, *, max_string: int, max_int: int, doc: str) -> str:
    """The text of a module that defines ``build``, the function :func:`compile_builder` makes.

    The module refers to the model only by imports and ``attrs.fields``, and checks when it is
    imported that each class has the fields it was made for (raising :class:`StaleSource`).
    """

    def no_hook(tp: Any) -> Any:
        raise TypeError(f"no inline check for {tp!r}: a generated module cannot use a hook")

    source = _source_for(root, max_string, max_int, no_hook)
    lines = [
        f'"""{doc}"""',
        "",
        "# mypy: ignore-errors",
        "# ruff: noqa",
        "# fmt: off",
        "from datetime import date as _date",
        "",
        "from attrs import NOTHING, fields",
        "",
        "from careerkit._fastbase import _Reject, _setter, _utf8, same_fields",
    ]
    for cls, name in source.classes.items():
        lines.append(f"from {_home(cls)} import {cls.__qualname__} as {name}")
    lines += [
        "",
        "_fromiso = _date.fromisoformat",
        "_new = object.__new__",
        "_set = object.__setattr__",
        f"MAXS = {max_string!r}",
        f"MAXI = {max_int!r}",
    ]
    for cls, name in source.classes.items():
        names = tuple(f.name for f in attrs.fields(cls))
        lines.append(f"F{name} = fields({name})")
        lines.append(f"same_fields(F{name}, {names!r})")
    for key, expr in source.exprs.items():
        if not key.startswith("CLS"):
            lines.append(f"{key} = {expr}")
    lines += ["", "", *source.lines, "", "", f"build = {source.done[root]}", ""]
    return "\n".join(lines)
