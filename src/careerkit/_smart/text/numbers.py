"""Numbers in digits and in words: '1,000', '10k', 'thirty', 'a dozen', years."""

from __future__ import annotations

from math import isfinite
from typing import TYPE_CHECKING

from careerkit._smart import lexicon as lx

if TYPE_CHECKING:
    from careerkit._smart.text.tokens import _Doc


# --- numbers -------------------------------------------------------------------------------


def _parse_digits(tok: str) -> tuple[float, str] | None:
    """'1,000' -> 1000, '3.5' -> 3.5, '10k' -> 10000, '30th' -> (30, 'th')."""
    if tok.isdecimal() and len(tok) < 300:  # the usual case: plain digits float() reads
        return float(tok), ""
    k = len(tok)
    while k and not tok[k - 1].isdecimal():
        k -= 1
    body, suffix = tok[:k], tok[k:].lower()
    if not body or not body[0].isdecimal():
        return None
    if body.count(".") > 1:
        return None
    if "," in body:
        parts = body.split(",")
        if all(len(p) == 3 for p in parts[1:]) and "." not in parts[0]:
            body = body.replace(",", "")
        else:
            return None
    try:
        value = float(body)
    except ValueError:  # pragma: no cover - the token pattern only lets digits through
        return None
    if suffix in lx.NUMBER_SUFFIXES:
        value *= lx.NUMBER_SUFFIXES[suffix]
        suffix = ""
    if not isfinite(value):
        return None  # hundreds of digits: no figure anyone means
    return value, suffix


def glued_unit(suffix: str) -> str:
    """The unit written onto a number ("kg" of "15kg", "hours" of "48h"), or ""."""
    if suffix in lx.GLUED_TIME_UNITS:
        return lx.GLUED_TIME_UNITS[suffix]
    if suffix in lx.MEASURE_UNITS or suffix in lx.SHORT_UNITS or suffix in lx.MONEY_SUFFIXES:
        return lx.SHORT_UNITS.get(suffix, suffix)
    return ""


def _number_at(d: _Doc, i: int) -> tuple[float, int, bool] | None:
    """A number starting at token ``i``: (value, index after it, is_ordinal)."""
    w = d.at[i]
    if not w:
        return None
    if w[0].isdecimal():
        parsed = d.digits(w)
        if parsed is None:
            return None
        value, suffix = parsed
        if suffix and suffix not in lx.ORDINAL_SUFFIXES and not glued_unit(suffix):
            return None
        j = i + 1
        # "1 000" is not handled; "3.5" and "1,000" come as one token.
        return value, j, suffix in lx.ORDINAL_SUFFIXES
    if w in lx.UNITS:
        value = float(lx.UNITS[w])
        j = i + 1
        if w in lx.TENS and d.at[j] == "-" and d.at[j + 1] in lx.UNITS and d.glued[j + 1]:
            value += lx.UNITS[d.at[j + 1]]
            j += 2
        if d.at[j] in lx.SCALES:
            value *= lx.SCALES[d.at[j]]
            j += 1
        if w == "one" and (
            (d.at[j] == "-" and d.at[j + 1] == "on") or (d.at[i - 1] == "-" and d.glued[i])
        ):
            return None  # one-on-one
        return value, j, False
    if w in ("a", "an"):
        nxt = d.at[i + 1]
        if nxt in lx.SCALES:
            return float(lx.SCALES[nxt]), i + 2, False
        if nxt == "dozen":
            return 12.0, i + 2, False
        if nxt == "pair" and d.at[i + 2] == "of":
            return 2.0, i + 3, False
    if w == "half" and d.at[i + 1] == "a" and d.at[i + 2] == "dozen":
        return 6.0, i + 3, False
    return None


def _is_year(w: str) -> int | None:
    if len(w) == 4 and w.isdecimal():
        y = int(w)
        if 1900 <= y <= 2199:
            return y
    return None


def _day_of(d: _Doc, w: str) -> int | None:
    parsed = d.digits(w) if w[:1].isdecimal() else None
    if parsed is None:
        return None
    value, suffix = parsed
    if suffix and suffix not in lx.ORDINAL_SUFFIXES:
        return None
    if value.is_integer() and 1 <= value <= 31 and len(w) <= 4:
        return int(value)
    return None


def _year_after(d: _Doc, j: int) -> tuple[int, int] | None:
    """A year written at ``j``: '2027', "'27", ', 2027'. Returns (year, index after)."""
    w = d.at[j]
    if w == "," and _is_year(d.at[j + 1]):
        return _is_year(d.at[j + 1]) or 0, j + 2
    y = _is_year(w)
    if y:
        return y, j + 1
    if w == "'" and len(d.at[j + 1]) == 2 and d.at[j + 1].isdecimal():
        return 2000 + int(d.at[j + 1]), j + 2
    return None


def _fy_token(w: str) -> int | None:
    """'fy27' / 'fy2027' -> 2027."""
    if len(w) in (4, 6) and w.startswith("fy") and w[2:].isdecimal():
        y = int(w[2:])
        return y + 2000 if y < 100 else y
    return None
