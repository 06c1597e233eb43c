"""Who attacked when one side fended the other off: "troops repelled an attack by the
rebels", "ten militants died when police repulsed their assault", "the raid was beaten back
by the army". ACLED's actor1 of a battle is the side that attacked; the side that repelled
it is actor2, whichever of them the sentence names first or makes its subject."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sitroom.actors.dictionary import Mention
from sitroom.actors.spans import phrase
from sitroom.components import Candidate
from sitroom.lang import pack_words
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, head_token

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)
Resolve = Callable[[list[Span], set[str]], Side]

_DEFENSIVE = pack_words("actors/words", "defensive_verbs")
_PHRASAL = pack_words("actors/words", "defensive_phrasal_verbs")
_AGENT_PREPS = pack_words("actors/words", "agent_preps")
_OF = pack_words("actors/words", "of_preps")
_OWNERS = {"compound", "amod", "nmod", "poss"}
_ATTACKS = pack_words("actors/words", "fended_attacks")


def attacker_first(
    candidate: Candidate, side1: Side, side2: Side, resolve: Resolve
) -> tuple[Side, Side, bool]:
    """(actor1's side, actor2's side, whether a verb of fending off decided them)."""
    verb = _defensive_verb(candidate)
    if verb is None:
        return side1, side2, False
    defender_spans, attack = _roles(verb)
    defender = resolve(defender_spans, set())
    key = _key(defender)
    if not key:  # "the militants were repelled": who attacked, not who fended them off
        attacker = _attacker(verb, attack, [], lambda spans: resolve(spans, set()))
        first = _key(attacker)
        if first and side1 and _key(side2) == first:
            return side2, side1, True
        return side1, side2, bool(first) and _key(side1) == first
    if _key(side2) == key:
        return side1, side2, True  # already the attacked side
    if side1 and _key(side1) != key:  # the fending-off clause is another fight's
        return side1, side2, False
    other = side2 if _key(side1) == key or not side1 else side1
    attacker = _attacker(verb, attack, other, lambda spans: resolve(spans, {key}))
    if not attacker or _key(attacker) == key:
        return side1, side2, False
    own = side1 if _key(side1) == key else defender
    return attacker, own, True


def _attacker(verb: Token, attack: Token | None, other: Side, resolve: Callable) -> Side:
    """The side that attacked: named with the attack ("an attack by X", "a X raid"), the
    object itself ("repelled the militants"), or the event's other side when the attack
    is only "their attack". Empty when the words name none ("thwarted an attack")."""
    if attack is None:
        return []
    if attack.lemma_.lower() not in _ATTACKS:  # "repelled the militants": the object is them
        found = resolve([phrase(attack)])
        heads = [(s, m) for s, m, _ in found[:1] if m.actor is not None]
        covered = any(s.start_char + m.start <= attack.idx < s.start_char + m.end for s, m in heads)
        return found if covered else []
    found = resolve(_owner_spans(verb, attack))
    named = [m for _, m, _ in found if m.actor is not None]
    vague = named and named[0].generic and not named[0].country  # "gunmen", not "Russian"
    if named and not (_key(other) and vague):
        return found
    theirs = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in child_tokens(attack))
    return other if theirs else []


def _defensive_verb(candidate: Candidate) -> Token | None:
    """The verb of fending off that is the trigger, governs it or hangs on it (or on a verb
    coordinated with it: "were killed and wounded when troops repulsed their attack")."""
    trigger = head_token(candidate.trigger)
    verbs = [trigger, *(c for c in child_tokens(trigger) if c.dep_ == "conj")]
    near = [*verbs, *(c for v in verbs for c in child_tokens(v))]
    if not any(c.dep_ in NOMINAL_SUBJECTS for c in child_tokens(trigger)):
        near.insert(0, trigger.head)  # "repelled an attack": not a clause with its own doer
    for token in near:
        if token.pos_ == "VERB" and _is_defensive(token):
            return token
    return None


def _is_defensive(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _DEFENSIVE:
        return True
    particles = [c.lower_ for c in child_tokens(verb) if c.dep_ == "prt"]
    return any(f"{lemma} {p}" in _PHRASAL for p in particles)


def _roles(verb: Token) -> tuple[list[Span], Token | None]:
    """(phrases of the side that fended off, the attack or attackers fended off)."""
    children = child_tokens(verb)
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive is not None:  # "the raid was repulsed by the army"
        agents = [p for c in children if c.dep_ == "agent" for p in child_tokens(c)]
        return [phrase(p) for p in agents if p.dep_ == "pobj"], passive
    subjects = [phrase(c) for c in children if c.dep_ == "nsubj"]
    obj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    return subjects, obj


def _owner_spans(verb: Token, attack: Token) -> list[Span]:
    """Phrases that may name who made an attack: "an attack by X", "attacks of X", "an X
    raid" (its modifiers with the noun they qualify)."""
    spans: list[Span] = []
    for head, preps in ((attack, _AGENT_PREPS | _OF), (verb, set(_AGENT_PREPS))):
        for prep in child_tokens(head):  # "fought off an assault by X": "by" on the verb
            if prep.dep_ == "prep" and prep.lower_ in preps:
                spans += [phrase(p) for p in child_tokens(prep) if p.dep_ == "pobj"]
    owners = [c for c in child_tokens(attack) if c.dep_ in _OWNERS]
    owners = [c for c in owners if c.tag_ != "PRP$"]  # "their raid" names no one here
    if owners:
        spans.append(attack.doc[min(c.left_edge.i for c in owners) : attack.i + 1])
    return spans


def _key(side: Side) -> str:
    """The first actor (or generic class) a side names: how sides are told apart."""
    for _, mention, _ in side:
        if mention.actor is not None:
            return mention.actor.name
        if mention.generic:
            return mention.generic
    return ""
