"""A rewrite a reader would not notice seldom changes the SMART evaluator's answer.

``benchmarks/smart_rewrites.py`` puts each goal of a file in another casing, after a label, a
list mark or a sentence of context, in a frame ("I will ...", "I'd like to try to ..."), with
other punctuation and so on, and counts the goals whose reading of S, M, A or T, or whose
deadline, changes. Here it runs on two development files in the repository, and each rewrite
is held at a ceiling: the number of changed answers it had when the ceiling was set. A rule
that makes the evaluator depend on a way of writing shows up as a rise.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from smart_files import ROOT, benchmark

FILES = [ROOT / "tests" / "data" / f"smart_goals_{name}.jsonl" for name in ("dev2", "dev3")]

# Changed answers per rewrite on dev2 and dev3 (about 590 English goals; fewer where a rewrite
# does not apply): the most a change may leave.
CEILINGS = {
    "casing:title": 10,
    "casing:upper": 15,
    "casing:lower": 13,
    "casing:first-lower": 5,
    "label:goal": 0,
    "label:bullet": 0,
    "context:before": 3,
    "context:after": 3,
    "frame:will": 0,
    "frame:hedge": 0,
    "frame:reason": 5,
    "punctuation:no-full-stop": 3,
    "punctuation:full-stop": 1,
    "punctuation:and-sign": 0,
    "punctuation:curly-quote": 0,
    "spacing:doubled": 0,
    "spacing:line-breaks": 0,
    "numbers:digits": 0,
    "frame:my-goal": 0,
    "frame:contraction": 0,
    "numbers:per-cent": 0,
    "dates:named-order": 0,
    "dates:end-of": 1,
    "emoji:trailing": 0,
}


def rewrites_module() -> ModuleType:
    """``benchmarks/smart_rewrites.py``, the one definition of the rewrites."""
    return benchmark("smart_rewrites")


@pytest.fixture(scope="module")
def measured() -> tuple[Any, Any]:
    module = rewrites_module()
    tried, changed = module.changes(module.english_goals(FILES))
    return tried, changed


def test_every_rewrite_has_a_ceiling(measured: tuple[Any, Any]) -> None:
    _, changed = measured
    assert sorted(changed) == sorted(CEILINGS)


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_a_rewrite_changes_no_more_answers_than_its_ceiling(
    measured: tuple[Any, Any], name: str
) -> None:
    tried, changed = measured
    assert tried[name] > 0, "the rewrite applies to no goal of these files"
    moved = [f"{kinds} {text!r} -> {out!r}" for kinds, text, out in changed[name]]
    assert len(moved) <= CEILINGS[name], "\n".join(moved)


def test_a_frame_goes_only_before_a_bare_verb() -> None:
    rewrite = rewrites_module().rewrites(frozenset({"run", "keep", "sam"}))
    assert rewrite["frame:will"]("Run 3 workshops by June.") == "I will run 3 workshops by June."
    assert rewrite["frame:will"]("Sam needs to run 3 workshops.") is None
    assert rewrite["frame:will"]("Clients keep asking for rewrites.") is None
    assert rewrite["frame:hedge"]("RUN 3 WORKSHOPS BY JUNE") == (
        "I'D LIKE TO TRY TO RUN 3 WORKSHOPS BY JUNE"
    )


def test_a_sentence_of_context_is_chosen_by_the_goal_and_kept_apart() -> None:
    module = rewrites_module()
    before = module.rewrites(frozenset())["context:before"]
    text = "Run 3 workshops by June."
    assert before(text) == before(text)
    assert before(text).endswith(" " + text)
    assert before(text)[: -len(text) - 1] in module.FIRST_WORDING.context_before


def test_a_file_that_cannot_be_read_is_named_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "goals.jsonl"
    bad.write_text('{"text": "Run 3 workshops by June."}\n{"text": 3}\n', encoding="utf-8")
    module = rewrites_module()
    for path, message in (
        (bad, f"{bad}:2: not an object with a string 'text'"),
        (tmp_path / "missing.jsonl", f"cannot read {tmp_path / 'missing.jsonl'}: No such file"),
    ):
        with pytest.raises(SystemExit) as stop:
            module.main([str(path)])
        assert stop.value.code == 2
        assert message in capsys.readouterr().err
