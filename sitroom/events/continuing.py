"""A clause that goes on with the actors of one told before it: 'they', 'the attackers',
'also', or no subject of its own ('..., and also looted shops', '..., before burning
houses'). Read by clause splitting (`sitroom.events.clauses`) and by incident assembly
(`sitroom.events.incident.next_door`)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import event_words
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens

_ANAPHOR_NOUNS = event_words("clause_anaphor_nouns")
_SAME_ADVERBS = event_words("clause_same_adverbs")
_DEFINITE = event_words("definite_reference")


def points_back(verb: Token, first: Token) -> bool:
    """The clause goes on with the first clause's actors: its subject is a pronoun ('...,
    and they killed 12 soldiers'), 'the' with an attacker's noun or the first subject's own
    noun ('the attackers', 'Gunmen ... the gunmen'), or the clause says 'also'."""
    if any(c.dep_ == "advmod" and c.lower_ in _SAME_ADVERBS for c in child_tokens(verb)):
        return True
    subj = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return True
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in child_tokens(subj)):
        return False
    theirs = next((c for c in child_tokens(first) if c.dep_ == "nsubj"), None)
    noun = subj.lemma_.lower()
    return noun in _ANAPHOR_NOUNS or (theirs is not None and theirs.lemma_.lower() == noun)


def goes_on(verb: Token, first: Token) -> bool:
    """`points_back`, or a verb with no subject of its own that hangs on the first clause
    ('..., and also looted shops', '..., before burning houses')."""
    if points_back(verb, first):
        return True
    own = any(c.dep_ in NOMINAL_SUBJECTS for c in child_tokens(verb))
    return not own and verb.pos_ in ("VERB", "AUX") and first in verb.ancestors
