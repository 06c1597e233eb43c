"""How sure the events stage is of a mention it found (`Event.confidence`)."""

from __future__ import annotations

from sitroom.events.findings import Mention
from sitroom.events.lexicon import Lexicon


def confidence(mention: Mention, lex: Lexicon, typed: bool) -> float:
    """How the event was found: trigger strength, minus for nominal-only or untyped finds,
    plus for each argument the parse supplied."""
    score = max(lex.classes[t.cls].strength for t in mention.members)
    if all(t.nominal for t in mention.members) and mention.head.light is None:
        score -= 0.15
    if mention.weapons:
        score += 0.05
    if mention.agent is not None:
        score += 0.05
    if mention.patient is not None:
        score += 0.05
    if mention.family == "kinetic" and not typed:
        score -= 0.2
    if mention.aggregate is not None:
        score -= 0.1
    return round(min(0.95, max(0.1, score)), 2)
