"""Pronouns and possessives in actor phrases: whose forces "its troops" are, who "they" are.

    "Russia's defence ministry said its troops captured ..."  → the forces of Russia
    "... blamed the Houthis, as they fired ..."               → the Houthis
    a verb the parser left without a subject                   → the last name before it

Each returns the dictionary's mentions for the words the text points back to; the actors
component (`sitroom.actors.component`) reads them where a phrase names no actor itself.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.actors.spans import root
from sitroom.components import Candidate
from sitroom.lang import pack_words
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, sentence, sentence_of, span_text

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)

_POSSESSIVES = pack_words("actors/words", "possessives")


def possessed(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> list[Mention]:
    """ "Russia's defence ministry said its troops captured ...": 'its troops' are the forces
    of the last country named before the pronoun, not of the country fought in."""
    first = span[0]
    if first.lower_ not in _POSSESSIVES or len(span) < 2:
        return []
    start = sentence(span).start
    if start > 0:
        start = sentence_of(span.doc, start - 1).start
    before = span.doc[start : span.start].text
    owners = dictionary.countries_in(before)
    if not owners:
        return []
    owner = owners[-1][0]
    rest = span[1:]
    offset = rest.start_char - span.start_char
    found = dictionary.mentions(f"{owner} {rest.text}", country, when)
    out = []
    for m in found:
        if m.actor is None or (m.country and m.country != owner):
            continue
        m.start, m.end = offset, len(span.text)  # evidence: the words of the original phrase
        m.text = rest.text
        out.append(m)
    return out


def antecedent(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """The last named actor before a pronoun, in its sentence or the one before."""
    start = sentence(span).start
    if start > 0:
        start = sentence_of(span.doc, start - 1).start
    return last_named(span.doc[start : span.start], dictionary, country, when)


def left_named(
    candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """A verb the parser left without a subject: the last name before it in the sentence.
    Not a participle on a noun ("four soldiers wounded in an attack"): that noun suffered it."""
    trigger = root(candidate.trigger)
    if trigger.pos_ != "VERB" or any(c.dep_ in NOMINAL_SUBJECTS for c in child_tokens(trigger)):
        return []
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return []
    return last_named(trigger.doc[candidate.sentence.start : trigger.i], dictionary, country, when)


def last_named(
    window: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    named = [
        m
        for m in dictionary.mentions(span_text(window), country, when)
        if m.actor is not None and (not m.generic or m.country)
    ]
    return [(window, named[-1], 0)] if named else []
