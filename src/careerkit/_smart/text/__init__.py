"""Reading a goal statement: tokens, numbers, the time grammar, the clause, objects, figures."""

from careerkit._smart.text.analyze import analyze_text
from careerkit._smart.text.facts import Issue, QuantityFact, TextFacts

__all__ = ["Issue", "QuantityFact", "TextFacts", "analyze_text"]
