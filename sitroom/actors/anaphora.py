"""Pronouns and possessives in actor phrases: whose forces "its troops" are, who "they" are.

    "Russia's defence ministry said its troops captured ..."  → the forces of Russia
    "... blamed the Houthis, as they fired ..."               → the Houthis
    a verb the parser left without a subject                   → the last name before it
    "The army said it had recaptured ..."                      → the speaker: the army
    "Gunmen attacked ... Police said they killed ..."          → the gunmen, not the police

Each returns the dictionary's mentions for the words the text points back to; the actors
component (`sitroom.actors.component`) reads them where a phrase names no actor itself.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.actors.owners import owner_named
from sitroom.components import Candidate
from sitroom.events.lexicon import load_lexicon
from sitroom.lang import pack_words
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, head_token, sentence, sentence_of, span_text

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)

_POSSESSIVES = pack_words("actors/words", "possessives")
_SINGULAR_PRONOUNS = pack_words("actors/words", "singular_pronouns")
_PLURAL_PRONOUNS = pack_words("actors/words", "plural_pronouns")
_PLURAL_COLLECTIVES = pack_words("actors/words", "plural_collectives")
_THINGS = pack_words("actors/words", "civilian_objects")
_SETTING_PREPS = pack_words("actors/words", "setting_preps")


def possessed(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> list[Mention]:
    """ "Russia's defence ministry said its troops captured ...": 'its troops' are the forces
    of the last country named before the pronoun, not of the country fought in."""
    first = span[0]
    if first.lower_ not in _POSSESSIVES or len(span) < 2 or _thing_owns(first):
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


def _thing_owns(poss: Token) -> bool:
    """'A Russian drone hit a car in the town on Wednesday, killing its driver': the noun
    the deed was done to last before the possessive, a vehicle or a building, owns what
    follows it, not the country named before (words of where and when skipped)."""
    sent = sentence(poss.doc[poss.i : poss.i + 1])
    for tok in reversed(poss.doc[sent.start : poss.i]):
        setting = tok.ent_type_ in ("DATE", "TIME") or any(
            a.dep_ == "prep" and a.lower_ in _SETTING_PREPS for a in tok.ancestors)
        if tok.pos_ in ("NOUN", "PROPN") and not setting:
            return tok.lemma_.lower() in _THINGS or tok.lower_ in _THINGS
    return False


def antecedent(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """The last named actor before the pronoun, in its sentence or the one before; else,
    when no one but the speaker was named there (not even unnamed gunmen: "Gunmen attacked
    a church. Police said they killed four" is the gunmen's deed), the speaker of the clause
    the pronoun does a deed in ("The army said it had recaptured X": the army of the
    event's country). 'it' is the speaker who says what it did, whoever was named before
    ("Rebels attacked Kidal. The army said it had recaptured the town", "IS claimed the
    attack. The army said it had deployed troops": the army)."""
    spoken = speaker_side(span, dictionary, country, when)
    start = sentence(span).start
    if start > 0:
        start = sentence_of(span.doc, start - 1).start
    window = span.doc[start : span.start]
    singular = bool(spoken) and _singular(span.root)
    if singular:  # 'The IS claimed the attack. Congo's army said it had deployed troops'
        return spoken
    # 'the militants', 'the group': never a state's forces
    named = last_named(window, dictionary, country, when, singular=singular, nonstate=not _pronoun(span.root))
    if named or not spoken:
        return named
    speaker = spoken[0][0]
    for m in dictionary.mentions(span_text(window), country, when):
        if m.actor is None and not m.generic:
            continue
        if singular and not _named_singular(window, m):
            continue
        if not speaker.start_char <= window.start_char + m.start < speaker.end_char:
            return []  # someone else named before: "Gunmen attacked ... Police said they ..."
    return spoken


def _pronoun(token: Token) -> bool:
    return token.lower_ in _SINGULAR_PRONOUNS or token.lower_ in _PLURAL_PRONOUNS


def _singular(token: Token) -> bool:
    """A singular pronoun or noun ('it', 'the army'); 'police' is a plural collective."""
    if token.lower_ in _SINGULAR_PRONOUNS:
        return True
    plural = token.lower_ in _PLURAL_COLLECTIVES or token.lower_ in _PLURAL_PRONOUNS
    return not plural and token.tag_ not in ("NNS", "NNPS")


def speaker_side(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """ "The army said it had recaptured X", "Police said they arrested ...": a pronoun
    subject of a clause reported by a say verb is that verb's subject when the two agree in
    number ('The army said they ...' is not the army), and a bare state force there is the
    force of the event's country (no gunmen: a name, a force with its state, or a state's
    own force)."""
    pron = span.root
    if not _pronoun(pron):
        return []  # 'Police said the militants fired ...': a noun names its own doer
    clause = pron.head
    if pron.dep_ not in NOMINAL_SUBJECTS or clause.dep_ != "ccomp" or clause is pron:
        return []
    say = clause.head
    if say.lemma_.lower() not in load_lexicon().cue("say_verbs"):
        return []
    speaker = next((c for c in child_tokens(say) if c.dep_ in NOMINAL_SUBJECTS), None)
    if speaker is None or speaker.pos_ == "PRON" or _singular(speaker) != _singular(pron):
        return []
    words = span.doc[speaker.left_edge.i : speaker.right_edge.i + 1]
    named = [
        m for m in dictionary.mentions(span_text(words), country, when)
        if m.actor is not None and owner_named(m)
    ]
    return [(words, named[0], 0)] if named else []


def left_named(
    candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None
) -> Side:
    """A verb the parser left without a subject: the last name before it in the sentence.
    Not a participle on a noun ("four soldiers wounded in an attack"): that noun suffered it."""
    trigger = head_token(candidate.trigger)
    if trigger.pos_ != "VERB" or any(c.dep_ in NOMINAL_SUBJECTS for c in child_tokens(trigger)):
        return []
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return []
    return last_named(trigger.doc[candidate.sentence.start : trigger.i], dictionary, country, when)


def last_named(
    window: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    singular: bool = False,
    nonstate: bool = False,
) -> Side:
    """The last actor named in the window; with `singular`, the last one a singular
    pronoun can point back to (not 'rebels', 'gunmen'); with `nonstate`, the last one
    that is no state's ('the group' after 'al Shabaab ... the army')."""
    named = [
        m
        for m in dictionary.mentions(span_text(window), country, when)
        if m.actor is not None and (not m.generic or m.country)
        and not (singular and not _named_singular(window, m))
        and not (nonstate and m.actor.kind == "state")
    ]
    return [(window, named[-1], 0)] if named else []


def _named_singular(window: Span, mention: Mention) -> bool:
    words = window.doc.char_span(
        window.start_char + mention.start, window.start_char + mention.end, alignment_mode="expand"
    )
    return words is None or _singular(words.root)
