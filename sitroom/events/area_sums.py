"""A lead toll told over an area ('killed 25 across Gaza', 'throughout the province', 'in
several areas of the city') sums the strikes the report tells next, each at its own place:
the lead's dead are theirs, not a record's of their own (read by `tolls.take_tolls`)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components import Candidate
from sitroom.events.findings import event_words
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import lemma, trigger_root
from sitroom.nlp import child_tokens

_AREA_PREPS = event_words("area_preps")  # 'across', 'throughout'
_MANY = event_words("many_words")  # 'several areas of'
_PARTS = event_words("area_part_nouns")  # 'areas', 'parts'


def told_over_area(c: Candidate) -> bool:
    """The mention's deed is told over an area, in its trigger's clause: 'across the Gaza
    Strip', 'throughout the north', 'in several areas of Khartoum', 'in various towns'."""
    verb = trigger_root(c)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # 'strikes across Gaza killed 25': the noun's clause
    for tok in verb.subtree:
        if tok.dep_ != "prep":
            continue
        objs = [p for p in child_tokens(tok) if p.dep_ == "pobj"]
        if tok.lower_ in _AREA_PREPS and objs:
            return True
        if any(_several_places(p) for p in objs):
            return True
    return False


def _several_places(noun: Token) -> bool:
    """'several areas', 'various towns': a plural place word counted vaguely."""
    if noun.tag_ != "NNS":
        return False
    place = lemma(noun) in _PARTS or lemma(noun) in load_lexicon().cue("territory_nouns")
    return place and any(k.dep_ == "amod" and k.lower_ in _MANY for k in child_tokens(noun))
