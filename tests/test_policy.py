"""The building blocks of the engine policies: the frozen mapping and the validator classes."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta

import attrs
import pytest

import careerkit as ck
from careerkit._errors import ArgumentTypeError
from careerkit._policy import (
    DaySpan,
    Each,
    EachOf,
    FrozenMapping,
    InstanceOf,
    MappingOf,
    Merged,
    Number,
    OneOf,
    Texts,
)


def test_a_frozen_mapping_hashes_pickles_and_compares_by_value() -> None:
    mapping = FrozenMapping({"a": 1, "b": (2, 3)})
    assert mapping == {"b": (2, 3), "a": 1}
    assert mapping == FrozenMapping(b=(2, 3), a=1)
    assert hash(mapping) == hash(FrozenMapping({"b": (2, 3), "a": 1}))
    assert mapping != {"a": 1}
    assert mapping != [("a", 1)]
    assert pickle.loads(pickle.dumps(mapping)) == mapping
    assert repr(mapping) == "FrozenMapping({'a': 1, 'b': (2, 3)})"
    assert ("a" in mapping, len(mapping), list(mapping)) == (True, 2, ["a", "b"])


def test_a_frozen_mapping_cannot_be_changed() -> None:
    source = {"a": 1}
    mapping = FrozenMapping(source)
    source["a"] = 2  # a copy is kept
    assert mapping["a"] == 1
    with pytest.raises(TypeError):
        mapping["a"] = 3  # type: ignore[index]
    with pytest.raises(AttributeError, match=r"^FrozenMapping is read-only$"):
        mapping._data = {}  # type: ignore[misc]


@attrs.frozen
class Sample:
    count: int = attrs.field(default=1, validator=Number(1, 12, whole=True))
    share: float = attrs.field(default=0.75, validator=Number(0.5, 1, above=True))
    limit: float | None = attrs.field(default=None, validator=Number(0, optional=True))
    when: date | None = attrs.field(
        default=None, validator=InstanceOf(date, "a datetime.date", True, (datetime,))
    )
    mode: str = attrs.field(default="a", validator=OneOf(("a", "b")))
    tags: frozenset[str] = attrs.field(default=frozenset(), validator=EachOf(("x", "y"), "tags"))
    days: tuple[date, ...] = attrs.field(
        default=(), validator=Each(InstanceOf(date, "a datetime.date"), "dates")
    )
    texts: tuple[str, ...] = attrs.field(default=(), validator=Texts())
    span: timedelta = attrs.field(default=timedelta(1), validator=DaySpan(1, 7))
    weights: FrozenMapping[str, float] = attrs.field(
        factory=lambda: FrozenMapping(x=1.0),
        converter=Merged({"x": 1.0}),
        validator=MappingOf(("x", "y"), "tags", Number(0)),
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"count": 13}, ck.PolicyError, "Sample.count must be a whole number from 1 to 12, got 13"),
        ({"count": 1.0}, ArgumentTypeError, "Sample.count must be a whole number, got 1.0"),
        ({"count": True}, ArgumentTypeError, "Sample.count must be a whole number, got True"),
        (
            {"share": 0.5},
            ck.PolicyError,
            "Sample.share must be a number above 0.5 and at most 1, got 0.5",
        ),
        (
            {"limit": float("inf")},
            ck.PolicyError,
            "Sample.limit must be a number of 0 or more, got inf",
        ),
        ({"limit": "1"}, ArgumentTypeError, "Sample.limit must be a number or None, got '1'"),
        (
            {"when": datetime(2027, 1, 1, 9)},
            ArgumentTypeError,
            "Sample.when must be a datetime.date or None, got datetime.datetime(2027, 1, 1, 9, 0)",
        ),
        (
            {"when": ck.CareerPlan()},
            ArgumentTypeError,
            "Sample.when must be a datetime.date or None, got CareerPlan",
        ),
        ({"mode": "c"}, ck.PolicyError, "Sample.mode must be one of 'a', 'b', got 'c'"),
        ({"mode": ["a"]}, ck.PolicyError, "Sample.mode must be one of 'a', 'b', got ['a']"),
        (
            {"tags": frozenset({"z"})},
            ck.PolicyError,
            "Sample.tags must be tags from 'x', 'y', got 'z'",
        ),
        ({"tags": "x"}, ArgumentTypeError, "Sample.tags must be a collection of tags, got 'x'"),
        (
            {"days": (date(2027, 1, 1), "2027-01-02")},
            ArgumentTypeError,
            "Sample.days[1] must be a datetime.date, got '2027-01-02'",
        ),
        ({"texts": ("ok", "  ")}, ck.PolicyError, "Sample.texts must be non-empty texts, got '  '"),
        (
            {"span": timedelta(days=8)},
            ck.PolicyError,
            "Sample.span must be a whole number of days from 1 to 7, got datetime.timedelta(days=8)",
        ),
        (
            {"weights": {"z": 1.0}},
            ck.PolicyError,
            "Sample.weights must be keyed by tags ('x', 'y'), got 'z'",
        ),
        (
            {"weights": {"y": -1}},
            ck.PolicyError,
            "Sample.weights['y'] must be a number of 0 or more, got -1",
        ),
        (
            {"weights": 3},
            ArgumentTypeError,
            "Sample.weights must be a mapping of tags to values, got 3",
        ),
    ],
)
def test_validators_name_the_field_and_tell_type_from_value(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(ck.PolicyError) as info:
        Sample(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert type(info.value) is error


def test_validators_are_introspectable_values() -> None:
    count = attrs.fields(Sample).count.validator
    assert count == Number(1, 12, whole=True)
    assert isinstance(count, Number)
    assert (count.low, count.high, count.describe()) == (1, 12, "a whole number from 1 to 12")
    weights = attrs.fields(Sample).weights.validator
    assert isinstance(weights, MappingOf)
    assert weights.values == Number(0)
    assert Sample(weights={"y": 2.0}).weights == {"x": 1.0, "y": 2.0}
    assert hash(Sample()) == hash(Sample())
