"""The people a fight or a blast hurt, where its own phrases named no side: the side hit.

"several guards died or were hurt when rebels raided their post" (a passive subject of a
verb of harm), "setting off a gunfight that killed four soldiers" (the object of a verb of
harm whose subject is the fight). The actors stage reads them for actor2 of a battle or an
explosion after the target phrases.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.actors.spans import HARM, SUBJECTS, is_clash, phrase
from sitroom.components import Candidate
from sitroom.nlp import child_tokens


def victim_spans(candidate: Candidate) -> list[Span]:
    """ "several guards died or were hurt when rebels raided their post": the people a verb
    of harm in the event's sentence says were hurt (its passive subject, "shot and killed"
    read together), for a fight or a blast whose own phrases named no one."""
    spans: list[Span] = []
    for token in candidate.sentence:
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in HARM and _by_a_fight(token.head):
            spans.append(phrase(token))  # "setting off a gunfight that killed four soldiers"
        if token.dep_ != "nsubjpass":
            continue
        verb = token.head
        verbs = [verb, *(c for c in child_tokens(verb) if c.dep_ == "conj")]
        if any(v.lemma_.lower() in HARM for v in verbs):
            spans.append(phrase(token))
    return spans


def _by_a_fight(verb: Token) -> bool:
    """A verb of harm whose subject is a fight ("a gunfight that lasted hours and killed")."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    subjects = [s for s in child_tokens(verb) if s.dep_ in SUBJECTS]
    if verb.dep_ == "relcl" and any(s.tag_ == "WDT" for s in subjects):
        subjects = [verb.head]  # the relative's noun
    return any(is_clash(s) for s in subjects)
