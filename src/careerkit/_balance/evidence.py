"""The published sources behind every threshold of the balance score, as :class:`Citation` objects."""

from __future__ import annotations

from typing import Literal

import attrs

from careerkit._data import JsonReady
from careerkit._records import shared_methods

Level = Literal["V", "S", "U"]


@shared_methods
@attrs.frozen(eq=False, repr=False)
class Citation(JsonReady):
    """The evidence behind one rule: what it claims, who published it and how firmly it is
    established (``level``: ``"V"`` verified in the primary or an authoritative text, ``"S"``
    secondary sources only, ``"U"`` unverified: a configurable default)."""

    claim: str
    authors: str
    year: int | None
    source: str
    level: Level
    doi: str | None = None
    url: str | None = None

    def __repr__(self) -> str:
        where = f"doi={self.doi!r}" if self.doi else f"url={self.url!r}"
        return f"Citation({self.authors!r}, {self.year!r}, {where}, level={self.level!r})"

    def __str__(self) -> str:
        year = f" {self.year}" if self.year is not None else ""
        where = f"doi:{self.doi}" if self.doi else (self.url or self.source)
        return f"{self.authors}{year}, {where} [{self.level}]"


_EU_DIRECTIVE = "Directive 2003/88/EC (Working Time Directive)"
_EU_AUTHORS = "European Parliament and Council of the EU"
_EU_URL = "http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=SWD%3A2017%3A204%3AFIN"
_INSPQ_URL = (
    "https://www.inspq.qc.ca/en/post-disaster-mental-health-impacts-surveillance-toolkit/"
    "standardized-measurement-instruments/information-sheets-standardized-measurement-"
    "instruments-recommended/well-being"
)
_KRISTENSEN = "Kristensen TS, Borritz M, Villadsen E, Christensen KB"
_KRISTENSEN_SOURCE = "Work & Stress 2005;19(3):192-207; scoring from the PUMA study version"
_KRISTENSEN_DOI = "10.1080/02678370500297720"

SLEEP_7H = Citation(
    "adults should sleep 7 or more hours a night on a regular basis; more than 9 h may suit "
    "young adults, recovery from sleep debt or illness, and is of uncertain risk for others",
    "Watson NF et al.",
    2015,
    "J Clin Sleep Med 2015;11(6):591-592",
    "V",
    doi="10.5664/jcsm.4758",
)
ACTIVITY_150 = Citation(
    "adults: 150-300 min a week of moderate or 75-150 min of vigorous aerobic activity, or an "
    "equivalent combination (so 1 vigorous minute counts as 2 moderate ones)",
    "Bull FC et al.",
    2020,
    "Br J Sports Med 2020;54(24):1451 (WHO guidelines 2020)",
    "V",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7719906/",
)
EU_48H = Citation(
    "at most 48 h of work a week on average, overtime included (Art. 6)",
    _EU_AUTHORS,
    2003,
    _EU_DIRECTIVE,
    "S",
    url=_EU_URL,
)
WHO_ILO_55H = Citation(
    "working 55 h or more a week carries higher stroke and ischaemic heart disease risk than "
    "35-40 h (WHO/ILO joint estimates)",
    "Pega F et al.",
    2021,
    "Environ Int 2021;154:106595",
    "V",
    doi="10.1016/j.envint.2021.106595",
)
EU_LEAVE = Citation(
    "at least 4 weeks of paid annual leave (Art. 7); 20 days for a five-day week",
    _EU_AUTHORS,
    2003,
    _EU_DIRECTIVE,
    "S",
    url=_EU_URL,
)
LEAVE_PACE = Citation(
    "leave taken at half the pro-rata pace or more counts as on pace: a configurable default, "
    "no published threshold (more frequent vacations went with lower mortality in an "
    "observational study)",
    "Gump BB, Matthews KA",
    2000,
    "Psychosom Med 2000;62(5):608-612",
    "U",
    doi="10.1097/00006842-200009000-00003",
)
AFTER_HOURS = Citation(
    "work after hours on more than 1 day a week needs attention: a configurable default, no "
    "published threshold (the meta-analysis finds work in non-work time lowers detachment, "
    "which goes with more exhaustion and worse sleep)",
    "Wendsche J, Lohmann-Haislah A",
    2017,
    "Front Psychol 2017",
    "U",
    doi="10.3389/fpsyg.2016.02072",
)
WHO5_50 = Citation(
    "a WHO-5 index of 50 or less (raw score below 13) recommends screening for depression",
    "INSPQ",
    None,
    "Information sheet 14, WHO-5 Well-Being Index",
    "V",
    url=_INSPQ_URL,
)
WHO5_28 = Citation(
    "a WHO-5 index of 28 or less is read as likely depression (secondary-source convention; "
    "primary source not located)",
    "Topp CW, Østergaard SD, Søndergaard S, Bech P",
    2015,
    "Psychother Psychosom 2015;84:167-176",
    "S",
    doi="10.1159/000376585",
)
WHO5_ITEM = Citation(
    "any WHO-5 item answered 0 or 1 is a reason to follow up, whatever the total (Psychiatric "
    "Research Unit rule as quoted by secondary sources)",
    "Topp CW, Østergaard SD, Søndergaard S, Bech P",
    2015,
    "Psychother Psychosom 2015;84:167-176",
    "S",
    doi="10.1159/000376585",
)
CBI_SCORING = Citation(
    "CBI answers score 100/75/50/25/0, a scale is the mean of its answered items; a scale with "
    "fewer than 3 of 6 personal or 4 of 7 work answers is not scored",
    _KRISTENSEN,
    2005,
    _KRISTENSEN_SOURCE,
    "S",
    doi=_KRISTENSEN_DOI,
)
CBI_BANDS = Citation(
    "CBI scale scores of 50 or more read as moderate and 75 or more as high burnout: common "
    "conventions, not validated cut-offs (the author finds a fixed cut-point problematic)",
    _KRISTENSEN,
    2005,
    _KRISTENSEN_SOURCE,
    "S",
    doi=_KRISTENSEN_DOI,
)
