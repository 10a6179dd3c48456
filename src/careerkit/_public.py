"""Public classes show their public home: ``careerkit.CareerPlan``, not the private module.

Tracebacks, reprs, the docs and pickles name a class by its ``__module__``; every public module
hands its classes to :func:`publish`, so users only ever see the names they can import.
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Iterable, Mapping

__all__ = ["publish"]


def publish(namespace: Mapping[str, object], names: Iterable[str], home: str) -> None:
    """Set ``__module__`` of each class among ``names`` to its public home.

    A name the top-level package exports lives at ``careerkit``; any other at ``home``.
    """
    top = sys.modules["careerkit"].__all__
    for name in names:
        obj = namespace.get(name)
        if isinstance(obj, type) and obj.__module__.startswith("careerkit._"):
            _resolve_annotations(obj)
            obj.__module__ = "careerkit" if name in top else home


def _resolve_annotations(cls: type) -> None:
    # `from __future__ import annotations` keeps annotations as strings that typing (and so
    # cattrs and the JSON Schema) resolve in the module named by __module__: resolve them
    # while that is still the defining module.
    own = inspect.get_annotations(cls)
    if not own or not any(isinstance(v, str) for v in own.values()):
        return
    try:
        hints = typing.get_type_hints(cls, include_extras=True)
    except NameError:  # pragma: no cover - a name imported only for type checkers
        return
    cls.__annotations__ = {key: hints.get(key, value) for key, value in own.items()}
