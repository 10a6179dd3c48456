"""A TOML writer for plan documents (the standard library reads TOML but does not write it)."""

from __future__ import annotations

import json
import re
from typing import Any

from careerkit._errors import CareerkitError

__all__ = ["to_toml"]


def _toml_value(value: Any, path: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v, f"{path}[{i}]") for i, v in enumerate(value)) + "]"
    if isinstance(value, dict):
        items = ", ".join(
            f"{_toml_key(k)} = {_toml_value(v, f'{path}.{k}')}" for k, v in value.items()
        )
        return "{" + items + "}"
    if value is None:
        raise CareerkitError(f"TOML cannot hold an empty value (null) at {path}; save as .json")
    raise TypeError(f"cannot write {type(value).__name__} to TOML")  # pragma: no cover


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def to_toml(data: dict[str, Any]) -> str:
    scalars: list[str] = []
    tables: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append(f"\n[{key}]")
            tables.extend(
                f"{_toml_key(k)} = {_toml_value(v, f'$.{key}.{k}')}" for k, v in value.items()
            )
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                tables.append(f"\n[[{key}]]")
                tables.extend(
                    f"{_toml_key(k)} = {_toml_value(v, f'$.{key}[{i}].{k}')}"
                    for k, v in item.items()
                )
        else:
            scalars.append(f"{_toml_key(key)} = {_toml_value(value, f'$.{key}')}")
    return "\n".join(scalars + tables).lstrip("\n") + "\n"
