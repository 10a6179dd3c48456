"""The words and patterns shared by the JSON Resume reader and writer."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeVar

from careerkit._model.history import DatePrecision

_T = TypeVar("_T")

#: Free-text skill levels and language fluencies, matched ignoring case and extra spaces.
#: Any other word gives level 0 and is kept in the skill's level history.
_LEVELS: Mapping[str, int] = MappingProxyType(
    {
        "master": 5,
        "expert": 5,
        "native": 5,
        "native speaker": 5,
        "mother tongue": 5,
        "bilingual": 5,
        "advanced": 4,
        "fluent": 4,
        "proficient": 4,
        "intermediate": 3,
        "conversational": 3,
        "elementary": 2,
        "beginner": 1,
        "novice": 1,
        "basic": 1,
        **{str(n): n for n in range(1, 6)},
    }
)
_SKILL_WORDS = MappingProxyType(
    {5: "Master", 4: "Advanced", 3: "Intermediate", 2: "Elementary", 1: "Beginner"}
)
_LANGUAGE_WORDS = MappingProxyType(
    {5: "Native", 4: "Fluent", 3: "Intermediate", 2: "Elementary", 1: "Beginner"}
)

# The resume's own word for a level is kept in a level-history note, so it is written back.
_LEVEL_NOTE = "level on the resume: "
# Spoken languages are soft skills whose id starts with this prefix.
_LANGUAGE_PREFIX = "lang-"
_REFERENCE_TAG = "reference"
_AWARD, _AWARDED_BY = "Award: ", "Awarded by "
_PUBLICATION, _PUBLISHED_BY = "Publication: ", "Published by "
_ACHIEVEMENTS = "Achievements"

# A time after the day ("2020-06-01T09:00:00Z", written by some tools) is ignored.
_DATE = re.compile(
    r"([12][0-9]{3})(?:-([0-9]{2})(?:-([0-9]{2})"
    r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?"
)
_PRECISION_OF_GROUPS: tuple[DatePrecision, ...] = ("year", "month", "day")
_WORD = re.compile(r"\w+")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# Characters a URI may hold as they are (RFC 3986 reserved and unreserved, plus "%").
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"
