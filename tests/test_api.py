"""The public API is pinned: changing a public name or signature must be deliberate.

``tests/public_api.txt`` lists every public name of careerkit and of its public submodules
with its signature. When a change to it is intended (see the compatibility policy in the
docs), regenerate it with ``python tests/test_api.py > tests/public_api.txt`` and review the
diff.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import careerkit

PUBLIC_MODULES = (
    "careerkit",
    "careerkit.model",
    "careerkit.reports",
    "careerkit.batch",
    "careerkit.frames",
    "careerkit.instruments",
    "careerkit.interop",
    "careerkit.plot",
    "careerkit.testing",
)
SNAPSHOT = Path(__file__).with_name("public_api.txt")


class _Sorted:
    """A set default shown in sorted order: set order changes from one process to the next."""

    def __init__(self, items: frozenset[object]) -> None:
        self.text = "{" + ", ".join(sorted(map(repr, items))) + "}"

    def __repr__(self) -> str:
        return self.text


def signature(obj: object) -> str:
    sig = inspect.signature(obj)  # type: ignore[arg-type]
    params = [
        p.replace(default=_Sorted(p.default)) if isinstance(p.default, frozenset | set) else p
        for p in sig.parameters.values()
    ]
    return str(sig.replace(parameters=params))


def describe(obj: object) -> str:
    if inspect.isclass(obj):
        try:
            return f"class {obj.__name__}{signature(obj)}"
        except (TypeError, ValueError):  # pragma: no cover - every public class has one
            return f"class {obj.__name__}"
    if callable(obj):
        return f"def {obj.__name__}{signature(obj)}"  # type: ignore[attr-defined]
    if inspect.ismodule(obj):
        return f"module {obj.__name__}"
    return f"{type(obj).__name__} value"


def public_api() -> str:
    lines = []
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        lines.append(f"[{name}]")
        for public in sorted(module.__all__):
            if public == "__version__":
                lines.append("__version__: str")
                continue
            lines.append(f"{public}: {describe(getattr(module, public))}")
        lines.append("")
    return "\n".join(lines)


def test_public_names_and_signatures_are_pinned() -> None:
    assert public_api() == SNAPSHOT.read_text(encoding="utf-8"), (
        "the public API changed; if that is intended, regenerate tests/public_api.txt "
        "(python tests/test_api.py > tests/public_api.txt) and add a CHANGELOG entry"
    )


def test_the_top_level_api_stays_small() -> None:
    # About 40 names: the records and engines people use daily (with the three a plan built by
    # hand needs inside its goals and reflections), their policies and the errors.
    assert len(careerkit.__all__) <= 44


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_public_class_shows_its_public_home(name: str) -> None:
    module = importlib.import_module(name)
    for attr in module.__all__:
        obj = getattr(module, attr)
        if inspect.isclass(obj):
            home = "careerkit" if attr in careerkit.__all__ else name
            assert (obj.__module__, obj.__qualname__) == (home, attr)
            assert getattr(importlib.import_module(obj.__module__), attr) is obj


def test_a_published_class_still_pickles_and_loads() -> None:
    plan = careerkit.testing.example_plan()
    report = careerkit.review(plan, as_of=careerkit.testing.EXAMPLE_AS_OF)
    assert pickle.loads(pickle.dumps(plan)) == plan
    assert pickle.loads(pickle.dumps(report)) == report
    assert careerkit.loads(careerkit.dumps(plan)) == plan
    error = careerkit.MissingExtraError("calendar export", "ics", "icalendar")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again)) == (careerkit.MissingExtraError, str(error))
    assert repr(careerkit.PlanValidationError(["x @ $"])).startswith("PlanValidationError(")
    assert f"{type(again).__module__}.{type(again).__name__}" == "careerkit.MissingExtraError"


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_public_name_exists(name: str) -> None:
    module = importlib.import_module(name)
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.{public}"


def test_dir_lists_the_lazy_names_and_submodules() -> None:
    listed = dir(careerkit)
    assert {"evaluate_smart", "review", "model", "reports"} <= set(listed)


def test_unknown_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'careerkit' has no attribute 'nope'"):
        careerkit.nope  # type: ignore[attr-defined]  # noqa: B018


def test_version_comes_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert careerkit.__version__ == version("careerkit")


def test_error_hierarchy() -> None:
    assert issubclass(careerkit.PlanValidationError, careerkit.CareerkitError)
    assert issubclass(careerkit.PlanValidationError, ValueError)
    assert issubclass(careerkit.PolicyError, careerkit.CareerkitError)
    assert issubclass(careerkit.PolicyError, ValueError)
    assert issubclass(careerkit.CareerkitDeprecationWarning, DeprecationWarning)


def loaded_after(code: str) -> list[str]:
    probe = (
        f"import sys; {code}; print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('careerkit', 'matplotlib', 'icalendar', 'dask')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return eval(out.stdout)  # type: ignore[no-any-return]  # a list of names we printed


def test_import_loads_only_the_errors() -> None:
    assert loaded_after("import careerkit") == ["careerkit", "careerkit._errors"]


def test_names_load_their_module_on_first_use() -> None:
    loaded = loaded_after("import careerkit; careerkit.CareerPlan")
    assert "careerkit._model.plan" in loaded
    assert "careerkit._smart" not in loaded
    loaded = loaded_after("from careerkit import evaluate_smart")
    assert "careerkit._smart" in loaded


def test_no_optional_package_is_imported_by_the_engines() -> None:
    loaded = loaded_after(
        "import careerkit as ck; from careerkit.testing import example_plan, EXAMPLE_AS_OF; "
        "ck.review(example_plan(), as_of=EXAMPLE_AS_OF).to_html(); import careerkit.plot"
    )
    assert not [m for m in loaded if not m.startswith("careerkit")]


def _type_checking_imports() -> tuple[dict[str, set[str]], set[str]]:
    """The names ``careerkit/__init__.py`` imports for type checkers, by module, and the
    submodules it imports there."""
    source = Path(careerkit.__file__).read_text(encoding="utf-8")
    (block,) = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    names: dict[str, set[str]] = {}
    submodules: set[str] = set()
    for node in block.body:
        assert isinstance(node, ast.ImportFrom), ast.unparse(node)
        for alias in node.names:
            if node.module == "careerkit":
                submodules.add(alias.name)
            else:
                names.setdefault(str(node.module), set()).add(alias.name)
    return names, submodules


def test_the_lazy_table_is_the_one_list_of_names() -> None:
    table = careerkit._EXPORTS  # type: ignore[attr-defined]
    names, submodules = _type_checking_imports()
    assert names == {module: set(listed) for module, listed in table.items()}
    assert submodules == set(careerkit._SUBMODULES)  # type: ignore[attr-defined]
    errors = {
        "CareerkitDeprecationWarning",
        "CareerkitError",
        "FieldError",
        "MissingExtraError",
        "PlanValidationError",
        "PolicyError",
    }
    lazy = [name for listed in table.values() for name in listed]
    assert len(lazy) == len(set(lazy)), "a name listed under two modules"
    assert sorted(careerkit.__all__) == sorted([*errors, *lazy, "__version__"])
    for module, listed in table.items():
        for name in listed:
            assert getattr(importlib.import_module(module), name) is getattr(careerkit, name)


def test_the_deprecation_helper_warns_with_careerkit_s_own_category() -> None:
    from careerkit._errors import warn_deprecated

    def old_name() -> None:
        warn_deprecated("old_name()", since="1.2", instead="new_name()")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old_name()
        line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
    (warning,) = caught
    assert warning.category is careerkit.CareerkitDeprecationWarning
    assert str(warning.message) == (
        "old_name() is deprecated since careerkit 1.2 and will be removed no earlier than a "
        "year later; use new_name() instead"
    )
    assert (warning.filename, warning.lineno) == (__file__, line)


if __name__ == "__main__":
    sys.stdout.write(public_api())
