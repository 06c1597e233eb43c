"""Places of another event told in the same sentence.

One sentence can tell two incidents: "Hezbollah fired rockets at X on Tuesday in response to
an Israeli strike that killed three fighters in Y on Monday", "rebels fired a missile at a
ship off X, a day after a US strike killed four in Y". The clause of the other event's
trigger holds that event's places; they are no place of an event whose trigger lies
outside that clause (the other event's own record is placed there).
"""

from __future__ import annotations

from sitroom.components import Candidate
from sitroom.geo.resolve import Mention
from sitroom.geo.statements import name_token
from sitroom.nlp import head_token


def others_places(cand: Candidate, others: list[Candidate], inside: list[Mention]) -> frozenset[int]:
    """ids of the mentions of ``inside`` that lie in the clause of another candidate of the
    sentence (``others``) whose clause does not hold this candidate's trigger."""
    own = head_token(cand.trigger)
    clauses = []
    for other in others:
        if other is cand or other.sentence.start != cand.sentence.start:
            continue
        root = head_token(other.trigger)
        if root.i == own.i or root.is_ancestor(own):
            continue  # this event is told inside the other's clause (or is the same word)
        clauses.append(root)
    if not clauses:
        return frozenset()
    out = set()
    for m in inside:
        tok = name_token(cand.sentence, m.start, m.end)
        if tok is not None and any(root.i == tok.i or root.is_ancestor(tok) for root in clauses):
            out.add(id(m))
    return frozenset(out)
