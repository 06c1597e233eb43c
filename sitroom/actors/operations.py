"""The side whose operation killed, where no one is the verb's subject: "a smuggling suspect
died in a police raid", "two soldiers died in a Taliban ambush". The owner named on
the operation noun (or after "by": "during a raid by soldiers") is actor1; an operation
with no owner ("killed during a raid") names no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.actors.spans import phrase
from sitroom.lang import pack_words
from sitroom.nlp import child_tokens

_OPERATIONS = pack_words("actors/words", "operation_nouns")
_DURING = pack_words("actors/words", "operation_preps")
_BY = pack_words("actors/words", "agent_preps")
#: arcs of a word that names the operation's owner ("police raid", "army's operation")
_OWNERS = {"compound", "amod", "nmod", "poss"}


def operation_spans(verb: Token) -> list[Span]:
    """Phrases naming who ran the operation the verb happened in ("during a police raid")."""
    spans: list[Span] = []
    for prep in child_tokens(verb):
        if prep.dep_ != "prep" or prep.lower_ not in _DURING:
            continue
        for noun in child_tokens(prep):
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _OPERATIONS:
                spans += _owners(noun)
    return spans


def _owners(noun: Token) -> list[Span]:
    owners = [c for c in child_tokens(noun) if c.dep_ in _OWNERS and c.tag_ != "PRP$"]
    spans = []
    if owners:
        first = min(c.left_edge.i for c in owners)
        last = max(c.right_edge.i for c in owners)
        spans.append(noun.doc[first : last + 1])
    for prep in child_tokens(noun):  # "during a raid by soldiers"
        if prep.dep_ == "prep" and prep.lower_ in _BY:
            spans += [phrase(p) for p in child_tokens(prep) if p.dep_ == "pobj"]
    return spans
