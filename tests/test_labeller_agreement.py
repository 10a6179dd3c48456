"""``benchmarks/labeller_agreement.py``: two labellers' agreement beside the evaluator's."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tool(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    return importlib.import_module("labeller_agreement")


def row(id_: str, text: str, labels: str, deadline: str | None = None, **extra: str) -> dict:
    """A labelled line; ``labels`` in the five-letter notation (upper case: true)."""
    out = {"id": id_, "text": text, "deadline": deadline, **extra}
    out.update({c: c in labels for c in "SMART"})
    return out


SMART_GOAL = "Publish 4 articles on the company blog by 30 June 2027"
VAGUE_GOAL = "Network more"


def test_counts_agreement_per_reading(tool: ModuleType) -> None:
    first = [
        row("a1", SMART_GOAL, "SMAT", "2027-06-30"),
        row("a2", VAGUE_GOAL, "sMAt"),
        row("a3", "Mejorar mis habilidades", "smArt", lang="es"),
    ]
    second = [
        row("a1", SMART_GOAL, "SMAT", "2027-06-30"),
        row("a2", VAGUE_GOAL, "smAt"),  # the two labellers differ on M only
        row("a3", "Mejorar mis habilidades", "smArt", lang="es"),
    ]
    figures = tool.compare(second, first)
    assert figures["lines"] == {"count": 2}  # the line not in English is left out
    assert figures["M"]["labellers"] == 0.5
    assert figures["S"]["labellers"] == figures["verdict"]["labellers"] == 1.0
    assert figures["deadline"]["labellers"] == 1.0
    # The evaluator reads the first goal as SMART with its deadline and the second as neither
    # specific nor measurable: it sides with the second labeller on M.
    assert figures["M"]["evaluator~first"] == 0.5
    assert figures["M"]["evaluator~second"] == 1.0
    assert figures["deadline"]["evaluator~first"] == 1.0


def test_refuses_files_whose_texts_differ(tool: ModuleType) -> None:
    with pytest.raises(SystemExit, match="a1: the two files hold different texts"):
        tool.compare([row("a1", "Read more", "sMAt")], [row("a1", "Read less", "sMAt")])


def test_refuses_files_with_no_line_in_common(tool: ModuleType) -> None:
    with pytest.raises(SystemExit, match="the files share no English line"):
        tool.compare([row("a1", "Read more", "smAt")], [row("b1", "Read more", "smAt")])


def test_prints_a_table(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps(row("a1", SMART_GOAL, "SMAT", "2027-06-30")) + "\n")
    second.write_text(json.dumps(row("a1", SMART_GOAL, "SMAt", None)) + "\n")
    assert tool.main([str(second), str(first)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 English lines labelled by both"
    assert lines[1].split() == ["labellers", "evaluator~first", "evaluator~second"]
    assert lines[6].split() == ["T", "0.000", "1.000", "0.000"]
    assert lines[7].split() == ["verdict", "0.000", "1.000", "0.000"]
    assert lines[8].split() == ["deadline", "0.000", "1.000", "0.000"]
