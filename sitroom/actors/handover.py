"""Ground handed over: ACLED names the side that takes it first. "UN peacekeepers handed over
their camp in Kidal to the Malian army": actor1 the Malian army, actor2 the UN; "the
barracks was handed over to government forces": the government forces, no second side."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from sitroom.actors.dictionary import Mention
from sitroom.actors.spans import phrase
from sitroom.components import Candidate
from sitroom.lang import pack_words
from sitroom.nlp import child_tokens, head_token

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)

_TRANSFER = "Non-violent transfer of territory"
_VERBS = pack_words("actors/words", "handover_verbs")
_TO = pack_words("actors/words", "handover_preps")


def receiver_first(
    candidate: Candidate, side1: Side, side2: Side, resolve: Callable[[list[Span], set[str]], Side]
) -> tuple[Side, Side]:
    """The sides of a handover: who received the ground, then who gave it."""
    trigger = head_token(candidate.trigger)
    if candidate.event.sub_event_type != _TRANSFER or trigger.lemma_.lower() not in _VERBS:
        return side1, side2
    receivers = [
        phrase(o) for p in child_tokens(trigger) if p.dep_ == "prep" and p.lower_ in _TO
        for o in child_tokens(p) if o.dep_ == "pobj"
    ]
    giver = {m.actor.name for _, m, _ in side1 if m.actor}
    received = resolve(receivers, giver) if receivers else []
    return (received, side1) if received else (side1, side2)
