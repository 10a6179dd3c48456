"""The helper every word list is built with."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a frozen set."""
    return frozenset(text.split())
