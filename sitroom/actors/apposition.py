"""A name told beside its kind ("a little-known militant group, Tehreek-e-Azadi Watan"; "X,
a group that claimed the attack"): the kind names the actor when no dictionary knows the name."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.nlp import child_tokens


def kinds_beside(agent: Span) -> list[Span]:
    """The kinds, in common nouns, that ``agent``'s name stands in apposition with (the
    kind's own words up to its head, without the name or a clause on it): last in line for
    actor1, after the name and what it owns."""
    name = agent.root
    kinds = [name.head] if name.dep_ == "appos" and name.head.pos_ == "NOUN" else []
    kinds += [c for c in child_tokens(name) if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return [name.doc[k.left_edge.i : k.i + 1] for k in kinds]
