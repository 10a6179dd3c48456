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


def _per_unit_suffix(d: _Doc, i: int, j: int) -> bool:
    """A slash and a unit in lower case glued after the number at ``i`` (ending before ``j``):
    "7.2t/ha", "5mg/kg", "350seeds/m2" are amounts per unit, figures whatever their unit
    ("5G/LTE" names a kind of network)."""
    return (
        d.at[j] == "/"
        and d.glued[j]
        and j + 1 < d.n
        and d.glued[j + 1]
        and d.raw[j + 1][:1].isalpha()
        and d.raw[j + 1][:1].islower()
        and d.raw[i] == d.at[i]
    )


def unit_at(d: _Doc, i: int) -> str:
    """The unit written onto the number at token ``i`` ("kg" of "15kg"), or "": also "" when
    the letters are its scale ("$2m", "2m followers")."""
    parsed = d.digits(d.at[i])
    if parsed is None:
        return ""
    suffix = parsed[1]
    if _decade(d.at[i], parsed[0]):
        return ""  # "the 1980s": a decade
    if suffix in lx.MONEY_SUFFIXES and _millions(d, i, i + 1):
        return ""
    return glued_unit(suffix)


def _millions(d: _Doc, i: int, j: int) -> bool:
    """Whether the "m" of the number at ``i`` (glued to it, or the token before ``j``) is a
    million: the figure is money (a currency before or after it, a money noun it counts or
    that heads it, a verb only money takes) or counts an audience. Elsewhere it is metres or
    minutes: "a 5m run", "a 30m walk", "400m"."""
    if d.at[i - 1] in lx.CURRENCY_SYMBOLS:
        return True  # "$2m", "£2.5 m"
    nxt = d.at[j]
    if nxt in ("in", "of") and (d.at[j + 1] in lx.MONEY_NOUNS or d.at[j + 2] in lx.MONEY_NOUNS):
        return True  # "12m in revenue", "5m in annual sales"
    if nxt in lx.CURRENCY_WORDS or nxt in lx.MONEY_NOUNS or nxt in lx.MILLION_COUNT_NOUNS:
        return True  # "5m dollars", "5m ARR", "2m followers"
    if (
        nxt in ("new", "more", "active", "monthly", "daily")
        and d.at[j + 1] in lx.MILLION_COUNT_NOUNS
    ):
        return True  # "2m new users"
    # Back to the noun or verb that heads the figure, over the words that link them: "grow
    # revenue to 5m", "ARR from 2m to 5m", "raise 2m".
    for k in range(i - 1, max(-1, i - 6), -1):
        w = d.low[k]
        if w in lx.MONEY_NOUNS or w in lx.MONEY_ONLY_VERBS:
            return True
        if not (w in _LINKS or d.digit_first[k]):
            return False
    return False


# Words between a figure and the noun or verb that heads it: "revenue target of 5m".
_LINKS = frozenset(
    {"to", "of", "by", "from", "at", "over", "above", "below", "under", "a", "an", "the",
     "my", "our", "its", "target", "goal", "total", ":", "-", "another", "further", "extra"}
)  # fmt: skip


def _scale_after(d: _Doc, i: int, j: int) -> tuple[float, int]:
    """The scale written after the number at ``i`` that ends before ``j``, and the index after
    it: "5 million", "1.2 bn", "$40 k", "£2.5 m", "a 2-million-line system"; (1.0, j) if none."""
    w = d.at[j]
    if w in lx.SCALES:
        return float(lx.SCALES[w]), j + 1
    if w in lx.NUMBER_SUFFIXES and w != "b":  # a spaced "b" is too often something else
        return lx.NUMBER_SUFFIXES[w], j + 1
    if w in lx.MONEY_SUFFIXES and _millions(d, i, j + 1):
        return lx.MONEY_SUFFIXES[w], j + 1
    if d.after_hyphen(j + 1) and d.at[j + 1] in lx.SCALES:
        return float(lx.SCALES[d.at[j + 1]]), j + 2  # "a 2-million-line monolith"
    return 1.0, j


def _number_and_scale(d: _Doc, i: int) -> tuple[float, float, int, bool] | None:
    """A number starting at token ``i``: (value as written, its scale, index after, is_ordinal).

    The scale is what multiplies the figure: a word ("5 million", "five thousand"), a short
    scale glued or spaced ("40k", "1.2 bn"), or "m" where it is a million ("$2m").
    """
    w = d.at[i]
    if not w:
        return None
    if w[0].isdecimal():
        parsed = d.digits(w)
        if parsed is None:
            return None
        value, suffix = parsed
        j = i + 1
        if suffix in lx.MONEY_SUFFIXES and _millions(d, i, j):
            return value, lx.MONEY_SUFFIXES[suffix], j, False  # "$2m", "2m in revenue"
        if _decade(w, value):
            return None  # "the 1960s print collection": a decade, a name, not 1960 seconds
        glued = _glued_scale(w)
        if glued != 1.0:
            return value / glued, glued, j, False  # "40k", "1.2bn"
        if (
            suffix
            and suffix not in lx.ORDINAL_SUFFIXES
            and not glued_unit(suffix)
            and not _per_unit_suffix(d, i, j)
        ):
            return None
        if suffix:
            return value, 1.0, j, suffix in lx.ORDINAL_SUFFIXES
        # "1 000" is not handled; "3.5" and "1,000" come as one token.
        scale, j = _scale_after(d, i, j)
        return value, scale, j, False
    if w in lx.UNITS:
        value = float(lx.UNITS[w])
        j = i + 1
        if w in lx.TENS and d.at[j] == "-" and d.at[j + 1] in lx.UNITS and d.glued[j + 1]:
            value += lx.UNITS[d.at[j + 1]]
            j += 2
        scale = 1.0
        if d.at[j] in lx.SCALES:
            scale = float(lx.SCALES[d.at[j]])
            j += 1
        if w == "one" and (
            (d.at[j] == "-" and d.at[j + 1] == "on") or (d.at[i - 1] == "-" and d.glued[i])
        ):
            return None  # one-on-one
        return value, scale, j, False
    if w in ("a", "an"):
        nxt = d.at[i + 1]
        if nxt in lx.SCALES:
            return 1.0, float(lx.SCALES[nxt]), i + 2, False
        if nxt == "dozen":
            return 12.0, 1.0, i + 2, False
        if nxt in ("pair", "couple") and d.at[i + 2] == "of":
            return 2.0, 1.0, i + 3, False
    if w == "half" and d.at[i + 1] == "a":
        if d.at[i + 2] == "dozen":
            return 6.0, 1.0, i + 3, False
        if d.at[i + 2] in lx.SCALES:
            return 0.5, float(lx.SCALES[d.at[i + 2]]), i + 3, False  # "half a million"
    return None


def _glued_scale(tok: str) -> float:
    """The short scale glued to a number token: 1000 for "40k", 1.0 for "40"."""
    k = len(tok)
    while k and tok[k - 1].isalpha():
        k -= 1
    return lx.NUMBER_SUFFIXES.get(tok[k:].lower(), 1.0) if k < len(tok) else 1.0


def _number_at(d: _Doc, i: int) -> tuple[float, int, bool] | None:
    """A number starting at token ``i``, with its scale: (value, index after it, is_ordinal)."""
    num = _number_and_scale(d, i)
    if num is None:
        return None
    value, scale, j, ordinal = num
    return value * scale, j, ordinal


def _is_year(w: str) -> int | None:
    if len(w) == 4 and w.isdecimal():
        y = int(w)
        if 1900 <= y <= 2199:
            return y
    return None


def _decade(w: str, value: float) -> bool:
    """Is the number token ``w`` (read as ``value``) a decade, "1980s", not 1980 seconds?"""
    return w[-1:] == "s" and value % 10 == 0 and _is_year(w[:-1]) is not None


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
    """A year written or said at ``j``: '2027', "'27", ', 2027', 'next year', 'this year'.
    Returns (year, index after)."""
    w = d.at[j]
    if w in _YEARS_SAID and d.at[j + 1] == "year":
        # "autumn next year", "by Christmas this year": the year counted from today
        return d.as_of.year + _YEARS_SAID[w], j + 2
    if w == "," and _is_year(d.at[j + 1]):
        return _is_year(d.at[j + 1]) or 0, j + 2
    y = _is_year(w)
    if y:
        return y, j + 1
    if w == "'" and len(d.at[j + 1]) == 2 and d.at[j + 1].isdecimal():
        return 2000 + int(d.at[j + 1]), j + 2
    return None


def _year_slot(d: _Doc, j: int) -> tuple[int, int] | None:
    """A number of three or more digits in a year's place (after a day and a month, a quarter
    or a half) that is not a year read on its own (1900-2199): "1 January 10000", "March 3,
    2300". Returns (the number, index after); None where it counts something ("by 1 March 2500
    words")."""
    k = j + 1 if d.at[j] == "," else j
    w = d.at[k]
    if len(w) < 3 or not w.isdecimal() or _is_year(w) is not None:
        return None
    nxt = d.at[k + 1]
    if nxt[:1].isalpha() and nxt not in lx.PREPOSITIONS and nxt not in lx.CONJUNCTIONS:
        return None
    return int(w), k + 1


def year_of_a_name(d: _Doc, i: int, j: int) -> bool:
    """A bare year between a name and the noun the name qualifies ("Expo 2027 catering", "SFI
    2026 actions") is part of the name, like a version ("Windows 11 rollout"); a year that
    ends the phrase ("attend PyCon US 2027") says when."""
    if j != i + 1 or _is_year(d.at[i]) is None or i < 1:
        return False
    name = d.raw[i - 1]
    if not name[:1].isupper() or d.low[i - 1] in lx.TIME_TRIGGERS or i - 1 == 0:
        return False  # "Easter 2027 rehearsals", "March 2027 payroll": a time's own name
    if d.at[i - 2] in lx.TIME_PHRASE_PREPS or d.at[i - 1] in lx.TIME_PHRASE_PREPS:
        return False  # "by Easter 2027 rehearsals": a time preposition makes it a time
    nxt = d.raw[j] if j < d.n else ""
    return nxt[:1].islower() and nxt.isalpha() and d.low[j] not in lx.PREPOSITIONS


def _fy_token(w: str) -> int | None:
    """'fy27' / 'fy2027' -> 2027."""
    if len(w) in (4, 6) and w.startswith("fy") and w[2:].isdecimal():
        y = int(w[2:])
        return y + 2000 if y < 100 else y
    return None


# Words that say a year in relation to today's: "next year", "this year".
_YEARS_SAID = {"next": 1, "this": 0}
