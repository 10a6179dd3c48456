"""The fast path of ``loads`` against the detailed converter, the problem counter, the collector
and the optional JSON reader."""

from __future__ import annotations

import copy
import gc
import json
import re
import sys
import threading
from collections.abc import Iterator
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import careerkit as ck
import strategies
from careerkit import _fastbase, _fastplan, _io
from careerkit._convert import MAX_STRING
from careerkit._fastbase import StaleSource, same_fields
from careerkit._fastload import compile_builder
from careerkit._model import fields
from careerkit._model.fields import FieldError
from careerkit.testing import example_plan

# Whole plans are costly to draw: a few dozen by default, many more in the thorough profile.
EXAMPLES = max(25, settings.default.max_examples // 4)

_NASTY: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    2**53,
    2**53 + 1,
    -(2**60),
    1.5,
    -0.0,
    1e308,
    float("inf"),
    float("nan"),
    "",
    " ",
    "x",
    "a:b",
    "10:30 a:b",
    {"k:1": "v:2", "x": [{"y": ":"}]},
    "2027-06-30",
    "2027-02-30",
    "2027-W26-3",
    "20270630",
    "active",
    "mentor",
    "\ud800",
    "é",
    [],
    [None],
    ["x"],
    [{}],
    {},
    {"id": "x"},
]


def _containers(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict | list):
        yield path
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            yield from _containers(value, (*path, key))


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid plan as plain data, then changed in one to three places (or not at all)."""
    plan = draw(strategies.plans())
    doc: dict[str, Any] = json.loads(ck.dumps(plan))
    for _ in range(draw(st.integers(0, 3))):
        paths = [p for p in _containers(doc) if p]  # never the top level itself
        if not paths:
            break
        node = _at(doc, draw(st.sampled_from(paths)))
        op = draw(st.sampled_from(["set", "delete", "add", "copy"]))
        if isinstance(node, dict):
            keys = sorted(node)
            if op == "add" or not keys:
                node[draw(st.sampled_from(["zzz", "id", "title", "date", "x"]))] = draw(
                    st.sampled_from(_NASTY)
                )
            elif op == "delete":
                del node[draw(st.sampled_from(keys))]
            else:
                node[draw(st.sampled_from(keys))] = copy.deepcopy(draw(st.sampled_from(_NASTY)))
        elif node:
            index = draw(st.integers(0, len(node) - 1))
            if op == "delete":
                del node[index]
            elif op == "copy":  # a duplicate record: the plan's own checks refuse it
                node.append(copy.deepcopy(node[index]))
            else:
                node[index] = copy.deepcopy(draw(st.sampled_from(_NASTY)))
        else:
            node.append(draw(st.sampled_from(_NASTY)))
    return doc


def _deep(value: Any) -> Any:
    """An attrs object as nested tuples of (type, value): equality that also sees types."""
    if attrs.has(type(value)):
        return (
            type(value),
            tuple(_deep(getattr(value, f.name)) for f in attrs.fields(type(value))),
        )
    if isinstance(value, tuple):
        return (tuple, tuple(_deep(v) for v in value))
    return (type(value), value)


def _detailed(body: dict[str, Any]) -> ck.CareerPlan | list[str]:
    try:
        return _io._CONVERTER.structure(body, ck.CareerPlan)
    except Exception as exc:
        return list(_io._messages(exc, "$"))


@settings(max_examples=EXAMPLES)
@given(mutated_documents())
def test_the_fast_path_and_the_converter_agree(doc: dict[str, Any]) -> None:
    body = {k: v for k, v in doc.items() if k != "schema"}
    text = json.dumps(doc)
    build, count = _io._fast_path()
    expected = _detailed(copy.deepcopy(body))
    built_tally: list[Any] = [1, {}]
    counted_tally = [1]
    try:
        fast: ck.CareerPlan | None = build(copy.deepcopy(body), built_tally)
    except Exception:
        fast = None
    problems = count(body, counted_tally)
    # Both keep the tally of keys and colons that tells a key named twice from none.
    assert counted_tally[0] == text.count(":")
    if isinstance(expected, list):
        # Refused by both, and the counter finds as many problems as the converter lists.
        assert fast is None
        assert problems == len(expected)
        with pytest.raises(ck.PlanValidationError) as info:
            ck.loads(text)
        assert info.value.errors == expected[: ck.PlanValidationError.MAX_LISTED]
        assert info.value.total == len(expected)
    else:
        assert fast is not None
        assert built_tally[0] == text.count(":")
        assert _deep(fast) == _deep(expected)
        assert problems == 0
        assert _deep(ck.loads(text)) == _deep(expected)


def test_the_fast_path_builds_floats_from_integers_as_the_converter_does() -> None:
    text = (
        '{"schema":"careerkit/1","goals":[{"id":"g","title":"Talks",'
        '"metric":{"name":"talks","baseline":0,"target":2},"weight":3}]}'
    )
    goal = ck.loads(text).goals[0]
    assert goal.metric is not None
    assert type(goal.metric.target) is float
    assert type(goal.weight) is float


def test_the_fast_path_runs_the_model_converters() -> None:
    # Check-ins are sorted by date by the model's own converter, whichever way the plan loads.
    text = (
        '{"schema":"careerkit/1","goals":[{"id":"g","title":"Talks",'
        '"check_ins":[{"date":"2027-02-01","value":2},{"date":"2027-01-01","value":1}]}]}'
    )
    dates = [c.date.isoformat() for c in ck.loads(text).goals[0].check_ins]
    assert dates == ["2027-01-01", "2027-02-01"]


# --- what the builder leaves out of a constructor --------------------------------------------

_seen: list[object] = []


def _noted(_inst: object, _attribute: object, value: object) -> None:
    _seen.append(value)


@attrs.frozen
class _Leaf:
    label: str = attrs.field(validator=fields.is_text)  # proven by the str check: left out
    size: float = attrs.field(default=1.0, validator=fields.bounded())  # proven too
    seen: str = attrs.field(default="x", validator=_noted)  # unknown to the builder: kept
    rank: int = attrs.field(default=0, validator=fields.bounded(0, 3, integer=True))  # kept
    # A hint that says float, a validator that wants an integer: the validator has the say.
    whole: float = attrs.field(default=0, validator=fields.bounded(integer=True))


@attrs.frozen
class _BadDefault:
    # A default its own validator refuses: the builder never checked it, so it keeps the call.
    label: str = attrs.field(default="", validator=fields.non_empty)
    kind: str | None = attrs.field(default=7, validator=fields.is_optional_text)


@attrs.frozen(cache_hash=True)
class _Hashed:
    label: str = attrs.field(validator=fields.is_text)
    tags: tuple[str, ...] = attrs.field(factory=tuple, converter=fields.to_tuple)


def _builder(cls: type) -> Any:
    return compile_builder(cls, max_string=100, max_int=2**53, hook_for=_io._hook_for)


def test_the_builder_keeps_every_check_it_cannot_prove() -> None:
    build = _builder(_Leaf)
    _seen.clear()
    assert build({"label": "a", "size": 2, "seen": "y"}, [0, {}]) == _Leaf("a", 2.0, "y")
    assert _seen == ["y", "y"]  # once from the builder, once from the constructor above
    for doc, field, message in [
        ({"label": "a", "rank": 4}, "rank", "must be between 0 and 3, got 4"),
        ({"label": "a", "whole": 1.5}, "whole", "expected an integer, got a number (1.5)"),
        ({}, "label", "must not be empty"),
        ({"label": "a"}, "kind", "expected a string, got a number (7)"),
    ]:
        with pytest.raises(FieldError) as info:
            _builder(_Leaf if "rank" in doc or "whole" in doc else _BadDefault)(doc, [0, {}])
        assert (info.value.field, info.value.message) == (field, message)


def test_a_class_with_a_factory_or_a_cached_hash_is_built_by_its_own_constructor() -> None:
    built = _builder(_Hashed)({"label": "a"}, [0, {}])
    assert built == _Hashed("a")
    assert hash(built) == hash(_Hashed("a"))  # the cached hash is set up by __init__


def test_a_plan_level_problem_found_after_the_fast_path_built_every_record() -> None:
    text = '{"schema":"careerkit/1","goals":[{"id":"g","title":"A"},{"id":"g","title":"B"}]}'
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    assert info.value.errors == ["duplicate goal id 'g' (first at $.goals[0]) @ $.goals[1].id"]


# --- the generated module -------------------------------------------------------------------


def test_the_generated_fast_path_is_the_one_the_model_gives() -> None:
    # After a change to a model class: python tests/test_fastload.py > src/careerkit/_fastplan.py
    written = Path(_fastplan.__file__).read_text(encoding="utf-8")
    made_with = re.search(r"Generated with attrs (\S+)\.", written)
    assert made_with is not None
    installed = version("attrs")
    if made_with[1] != installed:
        pytest.skip(f"_fastplan.py was generated with attrs {made_with[1]}, not {installed}")
    assert written == _io.fast_path_source(), "careerkit/_fastplan.py is out of date"
    assert _io._fast_path()[0] is _fastplan.build  # the one the tests above hold to the converter


def test_the_generated_builder_builds_what_a_compiled_one_builds() -> None:
    body = {k: v for k, v in json.loads(ck.dumps(example_plan())).items() if k != "schema"}
    compiled = compile_builder(
        ck.CareerPlan, max_string=MAX_STRING, max_int=2**53, hook_for=_io._hook_for
    )
    generated_tally: list[Any] = [0, {}]
    compiled_tally: list[Any] = [0, {}]
    built = _fastplan.build(copy.deepcopy(body), generated_tally)
    assert built == compiled(copy.deepcopy(body), compiled_tally) == example_plan()
    assert generated_tally == compiled_tally


def test_a_generated_module_refuses_to_load_for_a_changed_class() -> None:
    with pytest.raises(StaleSource, match=r"the fields are now \('date', 'value'"):
        same_fields(attrs.fields(ck.CheckIn), ("date", "value"))


@pytest.mark.parametrize("change", ["fields", "class"])
def test_a_changed_model_is_read_by_a_builder_compiled_at_run_time(
    change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stale(*_: object) -> None:
        raise StaleSource("changed")

    if change == "fields":
        monkeypatch.delitem(sys.modules, "careerkit._fastplan")
        monkeypatch.setattr(_fastbase, "same_fields", stale)
    else:  # a class the module imports is gone: the import fails
        monkeypatch.setitem(sys.modules, "careerkit._fastplan", None)
    monkeypatch.setattr(_io, "_fast", None)
    build, _ = _io._fast_path()
    assert build is not _fastplan.build
    assert ck.loads(ck.dumps(example_plan())) == example_plan()


def test_a_date_read_twice_is_read_once() -> None:
    text = (
        '{"schema":"careerkit/1","goals":[{"id":"a","title":"A","start":"2027-01-04"},'
        '{"id":"b","title":"B","start":"2027-01-04","deadline":"2027-01-04"}]}'
    )
    a, b = ck.loads(text).goals
    assert a.start == b.start == b.deadline == date(2027, 1, 4)
    assert a.start is b.start is b.deadline


# --- duplicate keys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","title":"B"}]}',
            ["duplicate key 'title' @ $.goals[0].title"],
        ),
        (
            '{"schema":"careerkit/1","owner":{"name":"A"},"owner":{"name":"B"}}',
            ["duplicate key 'owner' @ $.owner"],
        ),
        ('{"schema":"careerkit/1","schema":"careerkit/1"}', ["duplicate key 'schema' @ $.schema"]),
        (
            # A colon in a string must not hide the second key from the count of colons.
            '{"schema":"careerkit/1","owner":{"name":"a:b","name":"c"}}',
            ["duplicate key 'name' @ $.owner.name"],
        ),
        (
            # Nor an escaped colon, which the text shows as six characters.
            '{"schema":"careerkit/1","owner":{"name":"x","name":"y","role":"\\u003a"}}',
            ["duplicate key 'name' @ $.owner.name"],
        ),
        (
            '{"schema":"careerkit/1","goals":[{"id":"g","id":"h","title":"A"},{"title":"B"}]}',
            ["duplicate key 'id' @ $.goals[0].id", "required key missing @ $.goals[1].id"],
        ),
    ],
)
def test_a_key_named_twice_is_refused_with_its_path(text: str, expected: list[str]) -> None:
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    assert info.value.errors == expected


def test_a_key_named_twice_among_many_problems_is_counted_and_listed() -> None:
    goals = ['{"id":"g","id":"h","title":"A"}'] + ["{}"] * 150
    text = '{"schema":"careerkit/1","goals":[' + ",".join(goals) + "]}"
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads(text)
    assert info.value.errors[:2] == [
        "duplicate key 'id' @ $.goals[0].id",
        "required key missing @ $.goals[1].id",
    ]
    assert info.value.total == 1 + 150 * 2


def test_many_problems_and_colons_in_strings_need_no_second_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unexpected(text: str) -> Any:
        raise AssertionError("read twice")

    monkeypatch.setattr(_io, "_json_loads_marking", unexpected)
    goals = ['{"id":"a:b","title":"10:30","zzz":{"k:1":[":"]}}'] + ["{}"] * 150
    with pytest.raises(ck.PlanValidationError) as info:
        ck.loads('{"schema":"careerkit/1","goals":[' + ",".join(goals) + "]}")
    assert info.value.total == 1 + 150 * 2
    assert info.value.errors[0] == "unknown key 'zzz' @ $.goals[0].zzz"


@pytest.mark.parametrize(
    "text",
    [
        '{"schema":"careerkit/1","owner":{"name":"10:30 \\u003a","role":"\\\\u003a"}}',
        '{"schema" : "careerkit/1", "owner" : {"name" : "a:b:c"}}',
        '{"schema":"careerkit/1","goals":[{"id":"a:b","title":"x:"}]}',
    ],
)
def test_colons_and_escapes_in_strings_are_not_taken_for_keys(text: str) -> None:
    assert ck.loads(text) == ck.loads(text, format="json")
    assert ck.dumps(ck.loads(text))  # it loaded


# --- the collector ------------------------------------------------------------------------


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:  # pragma: no cover - pytest runs with the collector on
            gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_loads_pauses_the_collector_while_it_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    build, count = _io._fast_path()
    seen: list[bool] = []

    def watched(body: dict[str, Any], tally: list[Any]) -> ck.CareerPlan:
        seen.append(gc.isenabled())
        return build(body, tally)  # type: ignore[no-any-return]

    monkeypatch.setattr(_io, "_fast", (watched, count))
    ck.loads('{"schema":"careerkit/1"}')
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_pausing_is_re_entrant() -> None:
    with _io.collector_paused():
        assert not gc.isenabled()
        with _io.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still in force
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_failing_load_turns_the_collector_back_on() -> None:
    with pytest.raises(ck.PlanValidationError):
        ck.loads('{"schema":"careerkit/1","goals":[{}]}')
    assert gc.isenabled()


def test_the_collector_stays_off_if_it_was_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        ck.loads('{"schema":"careerkit/1"}')
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_overlapping_loads_in_many_threads_leave_the_collector_on() -> None:
    text = ck.dumps(ck.CareerPlan(goals=tuple(ck.Goal(f"g{i}", f"Goal {i}") for i in range(200))))
    bad = '{"schema":"careerkit/1","goals":[{}]}'
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            start.wait()
            for k in range(30):
                if (n + k) % 3:
                    ck.loads(text)
                else:
                    with pytest.raises(ck.PlanValidationError):
                        ck.loads(bad)
                ck.dumps(ck.CareerPlan())
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert gc.isenabled()
    assert _io._gc_users == 0


# --- the optional JSON reader ---------------------------------------------------------------

READER_CASES = [
    '{"schema":"careerkit/1","owner":{"name":"\\ud800"}}',
    '{"schema":"careerkit/1","owner":{"name":"a\\udc00b"}}',
    '{"schema":"careerkit/1","owner":{"name":"\\ud83d\\ude00"}}',
    '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","weight":18446744073709551617}]}',
    '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","weight":9007199254740993}]}',
    '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","weight":' + "9" * 5000 + "}]}",
    '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","weight":1e400}]}',
    '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","weight":NaN}]}',
    '{"schema":"careerkit/1","goals":[{"id":"g","title":"A","weight":12.5}]}',
    '{"schema":"careerkit/1","owner":{"name":"\x01"}}',
    '{"schema":"careerkit/1","owner":{"name":"A"},}',
    "[" * 5000 + "]" * 5000,
]


def _outcome(text: str) -> object:
    try:
        return _deep(ck.loads(text))
    except ck.PlanValidationError as exc:
        return exc.errors


@pytest.mark.parametrize("text", READER_CASES)
def test_the_result_does_not_depend_on_the_json_reader(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_reader = _outcome(text)
    monkeypatch.setattr(_io, "_FAST_JSON", None)
    assert _outcome(text) == with_reader


def test_the_optional_reader_is_used_when_installed() -> None:
    msgspec = pytest.importorskip("msgspec", reason="the 'fast' extra is not installed")
    ck.loads('{"schema":"careerkit/1"}')
    assert _io._FAST_JSON is msgspec.json.decode


@pytest.mark.parametrize("text", READER_CASES)
def test_every_reader_case_is_checked_against_the_standard_reader(text: str) -> None:
    msgspec = pytest.importorskip("msgspec", reason="the 'fast' extra is not installed")
    # Where both readers take the text they read the same thing; elsewhere json decides.
    try:
        fast = msgspec.json.decode(text)
    except Exception:
        return
    assert repr(fast) == repr(json.loads(text))


if __name__ == "__main__":  # writes careerkit/_fastplan.py: see its first lines
    sys.stdout.write(_io.fast_path_source())
