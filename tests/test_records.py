"""The shared ``__repr__``, ``__eq__`` and ``__hash__`` behave exactly as the ones attrs writes.

Each class is compared with a twin that attrs makes from the same fields (same names, the same
``repr``, ``eq``, ``eq_key``, ``hash`` and ``init`` settings) and that holds the same values.
"""

from __future__ import annotations

import itertools
import math
import pickle
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import attrs
import pytest

import careerkit as ck
from careerkit._records import shared_methods
from careerkit.testing import EXAMPLE_AS_OF, example_plan

_twins: dict[type, type] = {}


def _twin_class(cls: type) -> type:
    if cls not in _twins:
        these = {
            f.name: attrs.field(
                repr=f.repr,
                eq=getattr(f, "eq_key", None) or f.eq,
                hash=f.hash,
                init=f.init,
            )
            for f in attrs.fields(cls)
        }
        twin = attrs.make_class(cls.__name__, these, frozen=True, slots=True)
        twin.__qualname__ = cls.__qualname__
        _twins[cls] = twin
    return _twins[cls]


def _twin(obj: Any) -> Any:
    """An object of the attrs-made twin class with the same values (unset ones left unset)."""
    twin = object.__new__(_twin_class(type(obj)))
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name, attrs.NOTHING)
        if value is not attrs.NOTHING:
            object.__setattr__(twin, f.name, value)
    return twin


def _shares(cls: type) -> bool:
    return getattr(cls.__dict__.get("__eq__"), "__module__", None) == "careerkit._records"


def _records(*roots: object) -> Iterator[Any]:
    """Every attrs object reachable from ``roots``, once each."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if attrs.has(type(item)):
            yield item
            stack.extend(getattr(item, f.name, None) for f in attrs.fields(type(item)))
        elif isinstance(item, tuple | list | frozenset | set):
            stack.extend(item)
        elif isinstance(item, Mapping):  # dicts and policies' frozen mappings
            stack.extend(item.values())


def _examples() -> list[Any]:
    plan = example_plan()
    roots = [
        plan,
        ck.review(plan, as_of=EXAMPLE_AS_OF),
        ck.schedule_reviews(plan, as_of=EXAMPLE_AS_OF),
        ck.score_balance(plan, as_of=EXAMPLE_AS_OF),
        ck.evaluate_smart("Run a 10k in under 50 minutes by June 2027", as_of=EXAMPLE_AS_OF),
        ck.SmartPolicy(),
        ck.BalancePolicy(),
        ck.SchedulePolicy(),
        ck.InsightPolicy(),
        ck.ReviewPolicy(),
    ]
    return [r for r in _records(*roots) if _shares(type(r))]


EXAMPLES = _examples()


def test_the_examples_cover_the_model_reports_and_policies() -> None:
    classes = {type(r).__name__ for r in EXAMPLES}
    assert {"CareerPlan", "Goal", "CheckIn", "PlanReview", "Agenda", "SmartPolicy"} <= classes
    assert len(classes) > 40


def test_each_record_shows_as_attrs_shows_it() -> None:
    for record in EXAMPLES:
        if "__repr__" in type(record).__dict__ and type(record).__repr__.__module__ != (
            "careerkit._records"
        ):
            continue  # the class's own repr
        assert repr(record) == repr(_twin(record))


def test_records_compare_and_hash_as_attrs_compares_and_hashes_them() -> None:
    by_class: dict[type, list[Any]] = {}
    for record in EXAMPLES:
        by_class.setdefault(type(record), []).append(record)
    for records in by_class.values():
        records = records[:12]
        copies = [pickle.loads(pickle.dumps(r)) for r in records]
        for a, b in itertools.product(records, records + copies):
            assert (a == b) == (_twin(a) == _twin(b))
            assert (a != b) == (_twin(a) != _twin(b))
            if a == b:
                assert hash(a) == hash(b)
        for a in records:
            assert (a == object()) is False
            assert a.__eq__(object()) is NotImplemented


# --- every field setting, on a class of this test --------------------------------------------


@shared_methods
@attrs.frozen(eq=False, repr=False)
class _Shared:
    x: int = attrs.field(default=1)
    hidden: int = attrs.field(default=2, repr=False)
    shown: str = attrs.field(default="a", repr=lambda v: f"<{v}>")
    folded: str = attrs.field(default="A", eq=str.lower)
    ignored: int = attrs.field(default=3, eq=False)
    unhashed: float = attrs.field(default=0.5, hash=False)
    later: int = attrs.field(init=False)
    items: list[Any] = attrs.field(factory=list, hash=False)


@attrs.frozen
class _Written:
    x: int = attrs.field(default=1)
    hidden: int = attrs.field(default=2, repr=False)
    shown: str = attrs.field(default="a", repr=lambda v: f"<{v}>")
    folded: str = attrs.field(default="A", eq=str.lower)
    ignored: int = attrs.field(default=3, eq=False)
    unhashed: float = attrs.field(default=0.5, hash=False)
    later: int = attrs.field(init=False)
    items: list[Any] = attrs.field(factory=list, hash=False)


@shared_methods
@attrs.frozen(eq=False, repr=False)
class _Empty:
    pass


@shared_methods
@attrs.frozen(eq=False, repr=False)
class _Own:
    x: int = 0

    def __repr__(self) -> str:
        return "mine"

    def __eq__(self, other: object) -> bool:
        return True


def _pair(**kwargs: Any) -> tuple[_Shared, _Written]:
    return _Shared(**kwargs), _Written(**kwargs)


def _named(text: str) -> str:
    return text.replace("_Written", "_Shared")


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"x": 2, "hidden": 5, "shown": "b", "folded": "a", "ignored": 9, "unhashed": 1.5},
        {"unhashed": math.nan},
        {"items": [date(2027, 1, 4)]},
    ],
)
def test_every_field_setting_shows_compares_and_hashes_as_attrs(kwargs: dict[str, Any]) -> None:
    mine, theirs = _pair(**kwargs)
    assert repr(mine) == _named(repr(theirs))  # "later" is unset: NOTHING, as attrs shows it
    object.__setattr__(mine, "later", 7)
    object.__setattr__(theirs, "later", 7)
    assert repr(mine) == _named(repr(theirs))
    for other_kwargs in [{}, {"folded": "a"}, {"ignored": 4}, {"x": 5}, {"unhashed": math.nan}]:
        other_mine, other_theirs = _pair(**other_kwargs)
        object.__setattr__(other_mine, "later", 7)
        object.__setattr__(other_theirs, "later", 7)
        assert (mine == other_mine) == (theirs == other_theirs)
        assert (mine != other_mine) == (theirs != other_theirs)
        if mine == other_mine:
            assert hash(mine) == hash(other_mine)
    # Field by field as attrs compares: a NaN is not equal to itself, and a field after the
    # first that differs is not read ("later" is unset here).
    nan, written_nan = _Shared(unhashed=math.nan), _Written(unhashed=math.nan)
    assert (nan == nan) is (written_nan == written_nan) is False
    assert (_Shared(x=1) == _Shared(x=2)) is (_Written(x=1) == _Written(x=2)) is False


def test_an_object_that_holds_itself_shows_dots_as_with_attrs() -> None:
    mine, theirs = _pair()
    mine.items.append(mine)
    theirs.items.append(theirs)
    assert repr(mine) == _named(repr(theirs))
    assert repr(mine).endswith("items=[...])")


def test_a_class_without_fields_and_a_class_with_its_own_methods() -> None:
    assert repr(_Empty()) == "_Empty()"
    assert _Empty() == _Empty()
    assert hash(_Empty()) == hash(_Empty())
    assert repr(_Own()) == "mine"
    assert _Own(1) == _Own(2)
    with pytest.raises(TypeError, match="unhashable"):
        hash(_Own())


def test_objects_of_two_classes_with_equal_fields_are_not_equal() -> None:
    assert (_Shared() == _Written()) is False
    assert _Shared.__eq__(_Shared(), _Written()) is NotImplemented


def test_equality_and_hash_are_written_for_a_class_on_first_use() -> None:
    @shared_methods
    @attrs.frozen(eq=False, repr=False)
    class Fresh:
        x: int = 0
        folded: str = attrs.field(default="A", eq=str.lower)

    first_eq, first_hash = Fresh.__dict__["__eq__"], Fresh.__dict__["__hash__"]
    assert Fresh(1, "A") == Fresh(1, "a")
    assert hash(Fresh(1, "A")) == hash(Fresh(1, "a"))
    assert Fresh.__dict__["__eq__"] is not first_eq
    assert Fresh.__dict__["__hash__"] is not first_hash
    assert Fresh(1, "A") == Fresh(1, "a")  # the same answers from the compiled methods
    assert Fresh(1) != Fresh(2)
    assert hash(Fresh(1, "A")) == hash(Fresh(1, "a"))
