"""Word lists the SMART text engine looks words up in (all immutable), in one place.

Every list holds lower-case single tokens as the tokenizer produces them (hyphens and
apostrophes split words, so "one-on-one" is three tokens). Verbs are listed in their base form;
the engine strips "-ing"/"-s"/"-ed" before looking them up. The lists live in six files of
this package (numbers and time; grammar; reach; ranks; shared sets; language, position and
result) and are all read from here.
"""

from careerkit._smart.lexicon.clauses import *  # noqa: F403
from careerkit._smart.lexicon.grammar import *  # noqa: F403
from careerkit._smart.lexicon.numbers_time import *  # noqa: F403
from careerkit._smart.lexicon.ranks import *  # noqa: F403
from careerkit._smart.lexicon.reach import *  # noqa: F403
from careerkit._smart.lexicon.shared import *  # noqa: F403
