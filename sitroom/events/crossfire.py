"""People who died in the crossfire of a fight ("three civilians were killed in crossfire",
"caught in the cross-fire as soldiers fought rebels") were not a side of it: ACLED counts
them in the clash's toll and codes the clash between the armed sides. Nor is the side that
fought back the doers ('Police fought back')."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components import Candidate
from sitroom.events.parties import UNIDENTIFIED
from sitroom.lang import pack_words
from sitroom.nlp import child_tokens, head_token

_BYSTANDER = pack_words("actors/words", "bystander_words")
_ANSWER_VERBS = pack_words("events/words", "answer_verbs")
_ANSWER_PARTICLES = pack_words("events/words", "answer_particles")


def in_crossfire(span: Span) -> bool:
    """The verb the phrase hangs on tells the deaths as a fight's crossfire (a noun of it,
    not 'a stray dog')."""
    verb = span.root.head
    if verb.i == span.root.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    inside = {t.i for t in span}
    return any(
        t.i not in inside and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _BYSTANDER
        for t in verb.subtree
    )


def without_bystanders(spans: list[Span]) -> list[Span]:
    """The phrases that may name actor2, less those naming crossfire's dead."""
    return [s for s in spans if not in_crossfire(s)]


def fought_back(c: Candidate) -> bool:
    """'Police and residents fought back', 'troops repelled the raid', 'The police shot back and
    two of the men were killed': the mention tells the side that answered the doers, which
    never becomes the record's doer."""
    for verb in {head_token(t) for t in [c.trigger, *(c.triggers or [])]}:
        if verb.lemma_.lower() in _ANSWER_VERBS or any(
            ch.dep_ in ("prt", "advmod") and ch.lower_ in _ANSWER_PARTICLES for ch in child_tokens(verb)
        ):
            return True
    return False


def take_answering_side(keep: Candidate, other: Candidate) -> None:
    """'Unidentified men started shooting ... The police shot back': the side that answered
    the doers is the record's other side where it named none, or an unnamed one, or in a
    fight the answer was aimed at the record's doers (never the civilians they hit)."""
    k, o = keep.event, other.event
    if not o.actor1 or o.actor1 == k.actor1 or not fought_back(other):
        return
    answered = k.event_type == "Battles" and o.actor2 == k.actor1  # 'shot back' at the doers
    if k.actor2 and UNIDENTIFIED not in k.actor2.lower() and not answered:
        return
    k.actor2, k.inter2, k.assoc_actor_2 = o.actor1, o.inter1, o.assoc_actor_1
    if "actor1" in o.evidence:
        k.cite("actor2", o.evidence["actor1"])
