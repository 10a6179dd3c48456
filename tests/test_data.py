"""Reports as plain data: the one writer behind most ``to_dict()`` methods."""

from __future__ import annotations

import json
from datetime import date
from types import MappingProxyType

import attrs
import pytest

from careerkit._data import JsonReady, to_data


@attrs.frozen
class Inner:
    day: date
    tags: frozenset[str]


@attrs.frozen
class Outer(JsonReady):
    name: str
    inner: Inner
    items: tuple[Inner, ...]
    weights: MappingProxyType[str, float]
    note: str | None = None


def test_records_become_plain_json_data_in_field_order() -> None:
    inner = Inner(date(2027, 2, 28), frozenset({"b", "a"}))
    outer = Outer("x", inner, (inner,), MappingProxyType({"sleep": 1.5}))
    data = outer.to_dict()
    assert list(data) == ["name", "inner", "items", "weights", "note"]
    assert data == {
        "name": "x",
        "inner": {"day": "2027-02-28", "tags": ["a", "b"]},
        "items": [{"day": "2027-02-28", "tags": ["a", "b"]}],
        "weights": {"sleep": 1.5},
        "note": None,
    }
    assert json.loads(json.dumps(data)) == data


def test_a_nested_report_writes_itself() -> None:
    @attrs.frozen
    class Custom(JsonReady):
        value: int

        def to_dict(self) -> dict[str, int]:
            return {"twice": 2 * self.value}

    assert to_data([Custom(2)]) == [{"twice": 4}]


def test_what_is_not_data_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"^cannot write bytes as JSON data$"):
        to_data(b"x")
