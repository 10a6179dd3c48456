"""Sphinx configuration for careerkit's documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "careerkit"
author = "the careerkit developers"
copyright = "2026, the careerkit developers"
release = _version("careerkit")
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.viewcode"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = f"careerkit {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "undoc-members": False}
# The docs build runs offline, so there is no intersphinx: references to the standard library
# and to dependencies stay plain text instead of failing the nitpicky build.
# Annotations name "date" while many records have a field called date: not a real ambiguity.
suppress_warnings = ["ref.python"]
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections|typing|os|pathlib|types|attrs?|cattrs|dateutil)\..*"),
    (r"py:.*", r"(date|timedelta|Path|Literal|Any|Iterable|Iterator|Sequence|Mapping|Callable)"),
    (r"py:.*", r"(str|int|float|bool|bytes|dict|list|tuple|None|object|type)"),
    (r"py:.*", r"careerkit\._.*"),
    (
        r"py:.*",
        r"(Audience|GoalStatus|MetricDirection|HelpDirection|HowMet|MentorRole|MentorStatus)",
    ),
    (
        r"py:.*",
        r"(Visibility|ChallengeStatus|Decision|SkillCategory|LearningKind|ValueKind|Format)",
    ),
    (r"py:.*", r"(ProgressStatus|T|_R|matplotlib\..*|Figure|Axes|icalendar\..*|pandas\..*)"),
    (r"py:.*", r"(Viewer|PositionKind|DatePrecision)"),
]
