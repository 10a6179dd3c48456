"""Every finding code, with its criterion, severity, title and message and hint templates."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

Criterion = Literal["S", "M", "A", "R", "T"]
Status = Literal["met", "not_met", "unknown"]
Severity = Literal["error", "warning", "info"]
QuantityKind = Literal[
    "count", "percent", "money", "duration", "frequency", "multiplier", "change", "level", "clock"
]
CRITERIA: Final[tuple[Criterion, ...]] = ("S", "M", "A", "R", "T")


class CodeInfo(NamedTuple):
    """A finding code's fixed parts: criterion, severity, title and message/hint templates."""

    criterion: Criterion
    severity: Severity
    title: str
    message: str
    hint: str


#: Every finding code. Codes are never reused; a retired code stays here, marked retired.
FINDING_CODES: Final[Mapping[str, CodeInfo]] = MappingProxyType(
    {
        "S001": CodeInfo(
            "S", "error", "vague verb",
            "'{0}' is too vague to act on: it does not say what you will do",
            "say what you will do and how much: e.g. 'give 2 talks at team meetups' "
            "instead of 'improve my speaking'",
        ),
        "S002": CodeInfo(
            "S", "error", "direction without a figure",
            "'{0}' gives a direction, not a target",
            "add the figure to reach: e.g. 'read 12 books' instead of 'read more books'",
        ),
        "S003": CodeInfo(
            "S", "error", "general object",
            "'{0}' does not say which one or how many",
            "name it: e.g. 'attend PyCon US 2027' instead of 'attend a conference'",
        ),
        "S004": CodeInfo(
            "S", "error", "learning without an outcome",
            "'{0}' says what to learn, not what you will do with it",
            "add what you will show and by when: e.g. 'learn Python by automating 3 weekly "
            "reports by June'",
        ),
        "S005": CodeInfo(
            "S", "error", "no action",
            "the goal does not name an action to take",
            "start with a verb and what it acts on: e.g. 'Earn the AWS Solutions Architect "
            "certification'",
        ),
        "S006": CodeInfo(
            "S", "error", "promotion without a role",
            "'{0}' does not name the role",
            "name the role and the cycle: e.g. 'be promoted to Senior Engineer in the April "
            "review cycle'",
        ),
        "S007": CodeInfo(
            "S", "error", "vague term (policy)",
            "'{0}' is on this organization's list of vague terms",
            "replace '{0}' with the concrete action it stands for",
        ),
        "S008": CodeInfo(
            "S", "warning", "hedged commitment",
            "'{0}' hedges the commitment",
            "drop '{0}' and state what you will do",
        ),
        "S009": CodeInfo(
            "S", "info", "text too long",
            "only the first {0} characters were read",
            "keep a goal to a sentence or two; put details in the description",
        ),
        "S010": CodeInfo(
            "S", "info", "not English",
            "careerkit judges goals written in English; this text looks like another language",
            "write the goal in English to have it judged",
        ),
        "S011": CodeInfo(
            "S", "error", "no goal written",
            "the goal is empty: there is no goal to judge yet",
            "write what you will do, how much and by when: e.g. 'Give 2 talks at team "
            "meetups by June 2027'",
        ),
        "S012": CodeInfo(
            "S", "error", "share of nothing named",
            "'{0}' does not say what it is a share of",
            "name what changes: e.g. 'cut food waste by {0}' instead of 'cut {0}'",
        ),
        "S013": CodeInfo(
            "S", "error", "result only the writer judges",
            "'{0}' leaves the result to the writer's own opinion, so nothing concrete is named",
            "name what others would see done: e.g. 'lead 2 case reviews that my supervisor "
            "signs off' instead of a rating you give yourself",
        ),
        "M001": CodeInfo(
            "M", "error", "nothing to measure",
            "the goal has no number, count, frequency or result to check",
            "add how many or a result you can check: e.g. {example}",
        ),
        "M002": CodeInfo(
            "M", "error", "feeling or state as a measure",
            "'{0}' is a feeling or a state, not a measure",
            "name what would show it: e.g. 'hold a 15-minute conversation in Spanish' "
            "instead of 'speak fluently'",
        ),
        "M003": CodeInfo(
            "M", "error", "amount without a number",
            "'{0}' is an amount without a number",
            "replace '{0}' with a number: e.g. 'attend 3 meetups'",
        ),
        "M004": CodeInfo(
            "M", "info", "text and metric disagree",
            "the text says {0} but the metric's target is {1}; the metric wins",
            "make the text and the metric say the same",
        ),
        "M005": CodeInfo(
            "M", "error", "figure of the situation",
            "'{0}' tells how things are or were, not the result to reach",
            "add the figure you want to reach: e.g. 'from {0} to ...'",
        ),
        "M006": CodeInfo(
            "M", "error", "judged by the writer alone",
            "'{0}' makes the writer the only judge, so no one else can check the result",
            "name what someone else could see or count: e.g. a score an assessor gives",
        ),
        "M007": CodeInfo(
            "M", "error", "figure that describes what is acted on",
            "'{0}' describes what the goal acts on, not a result to check",
            "say what result you want for it: e.g. 'cut the wait at my 2 slowest clinics "
            "from 10 days to 5'",
        ),
        "M008": CodeInfo(
            "M", "error", "how often, of nothing named",
            "'{0}' says how often, but '{1}' names nothing to count",
            "name what you will do each time: e.g. 'write one blog post every week'",
        ),
        "A001": CodeInfo(
            "A", "error", "absolute",
            "'{0}' is an absolute no one can reach",
            "set a bar you can clear: e.g. 'at most 1 typo per report' instead of 'never make "
            "a mistake'",
        ),
        "A002": CodeInfo(
            "A", "error", "growth out of reach",
            "'{0}' in {1} is far beyond a realistic pace",
            "scale the change to the window: e.g. 'grow sales 10% this quarter'",
        ),
        "A003": CodeInfo(
            "A", "error", "role out of reach",
            "'{0}' within {1} skips every step on the way",
            "set the next step towards it: e.g. 'lead one cross-team initiative this quarter'",
        ),
        "A004": CodeInfo(
            "A", "error", "volume out of reach",
            "'{0}' in {1} is more than {2} can do",
            "lower the count or lengthen the window",
        ),
        "A005": CodeInfo(
            "A", "error", "mastery too fast",
            "'{0}' within {1} is not reachable from where the goal starts",
            "set a level you can reach in the time: e.g. 'reach CEFR A2 in Spanish in 6 months'",
        ),
        "A006": CodeInfo(
            "A", "error", "behind the pace",
            "needs {0} but the recent pace is {1}",
            "move the deadline to about {2} or lower the target",
        ),
        "A007": CodeInfo(
            "A", "error", "more hours than available",
            "active goals need {0} hours a week, {1} are available",
            "pause or drop a goal, or lower its effort_hours",
        ),
        "A008": CodeInfo(
            "A", "info", "not enough to judge",
            "the goal does not say enough to judge whether it is achievable",
            "record check-ins (pace) or effort_hours (load) so it can be checked",
        ),
        "A009": CodeInfo(
            "A", "error", "more time than the window",
            "{0} cannot fit into {1}",
            "lengthen the window, or aim at a part that fits: e.g. 'finish the first 2 weeks "
            "of the course by Friday'",
        ),
        "A010": CodeInfo(
            "A", "error", "beyond the world record",
            "{0} is beyond what anyone has done (the record is {1})",
            "aim at a personal best: e.g. 'take 5 minutes off my marathon time by June'",
        ),
        "R001": CodeInfo(
            "R", "info", "no reason stated",
            "the goal does not say why it matters",
            "add why: e.g. '... so that I can move into a team lead role', or link it to a "
            "value, a skill or a parent goal",
        ),
        "T001": CodeInfo(
            "T", "error", "no time frame",
            "the goal has no date, window or cadence",
            "add a date: e.g. 'by {date}'",
        ),
        "T002": CodeInfo(
            "T", "error", "vague time",
            "'{0}' is not a deadline",
            "replace '{0}' with a date: e.g. 'by {date}'",
        ),
        "T003": CodeInfo(
            "T", "warning", "deadline passed",
            "the deadline {0} is already past on {1}",
            "set a new date, or mark the goal done or dropped",
        ),
        "T004": CodeInfo(
            "T", "warning", "deadline beyond the horizon",
            "the deadline {0} is more than {1} years away",
            "add a nearer milestone: e.g. a first result by {date}",
        ),
        "T005": CodeInfo(
            "T", "info", "cadence without an end",
            "'{0}' repeats with no end date or review point",
            "add a review point: e.g. '... for the next 12 weeks'",
        ),
        "T006": CodeInfo(
            "T", "info", "text and deadline disagree",
            "the text says {0} but the deadline field says {1}; the field wins",
            "make the text and the deadline say the same",
        ),
        "T007": CodeInfo(
            "T", "error", "start without an end",
            "'{0}' says when to start, not when it is done",
            "add an end: e.g. '... for 8 weeks' or 'by {date}'",
        ),
        "T008": CodeInfo(
            "T", "info", "deadline tied to an event",
            "'{0}' ties the deadline to an event without a date",
            "add the event's date: e.g. '... before my review on {date}'",
        ),
        "T009": CodeInfo(
            "T", "error", "date out of range",
            "'{0}' ends after the last date a calendar can hold",
            "give a date within reach: e.g. 'by {date}'",
        ),
        "T011": CodeInfo(
            "T", "error", "no such date",
            "'{0}' is not a date in the calendar: {1}",
            "check the day and the month: e.g. 'by {date}'",
        ),
        "T012": CodeInfo(
            "T", "error", "date not the goal's",
            "'{0}' dates {1}, not the goal",
            "give the goal a date of its own: e.g. 'by {date}'",
        ),
        "T013": CodeInfo(
            "T", "error", "year not read",
            "'{0}' has the year {1}, outside the years careerkit reads as deadlines (1900 to 2199)",
            "give a date with a year from 1900 to 2199, in full: e.g. 'by {date}'",
        ),
        "T010": CodeInfo(
            "T", "info", "fiscal year unknown",
            "'{0}' depends on when the fiscal year ends, which the goal does not say",
            "give the date, e.g. 'by {date}', or set SmartPolicy(fiscal_year_start_month=...)",
        ),
    }
)  # fmt: skip

_SEVERITY_ORDER = MappingProxyType({"error": 0, "warning": 1, "info": 2})
