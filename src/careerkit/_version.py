"""The installed version of careerkit, looked up only when something asks for it.

Reading package metadata imports email, zipfile and csv (about 50 ms), which no command but
``--version`` needs.
"""

from __future__ import annotations

__all__ = ["installed_version"]


def installed_version() -> str:
    """careerkit's version from the installed package metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("careerkit")
    except PackageNotFoundError:  # pragma: no cover - a source tree without install
        return "0+unknown"
