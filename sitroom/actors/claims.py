"""Accusations name the perpetrator, as unconfirmed: "the Pentagon blamed X for the attack".

The events stage already applies responsibility claims ("X claimed the attack", "X said it
targeted ..."): the claimant becomes the agent and the claim status ``claimed``. An
accusation is weaker: the accused becomes the agent (so actor1) of the attack it refers to
only where the report names no perpetrator of its own, with ``claim = unconfirmed`` and
``attributed_to`` the accuser, each citing its words.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.actors.dictionary import ActorDictionary
from sitroom.components import Candidate, Context
from sitroom.events.attribution import Claim, clean_name, find_claim
from sitroom.events.lexicon import Lexicon, load_lexicon
from sitroom.events.parsing import unknown_perpetrator
from sitroom.nlp import sentences

_LOOK_BACK = 3  # sentences an accusation may look back for "the attack"


def apply_accusations(ctx: Context, dictionary: ActorDictionary) -> None:
    """Give each accused group the attack it is accused of (before actors are resolved)."""
    attacks = [c for c in ctx.candidates if _is_attack(c)]
    if not attacks:
        return
    lex = load_lexicon()
    for index, sent in enumerate(sentences(ctx.doc)):
        claim = _accusation_in(sent, lex)
        if claim is None:
            continue
        target = _accused_of(index, sent, attacks)
        if target is None or _names_attacker(target.agent, dictionary):
            continue  # "Turkish drones struck ...": the report names the attacker itself
        if not unknown_perpetrator(target.agent, lex) and _named_at_all(target.agent, dictionary):
            continue  # 'fighters from a rebel group linked to X' name no attacker either
        target.agent = claim.claimant
        event = target.event
        event.claim = "unconfirmed"
        event.cite("claim", ctx.evidence(claim.cue))
        if claim.accuser is not None:
            event.attributed_to = clean_name(claim.accuser.text)
            event.cite("attributed_to", ctx.evidence(claim.accuser))


def _accusation_in(sent: Span, lex: Lexicon) -> Claim | None:
    claim = find_claim(sent, lex)
    if claim is None or claim.status != "unconfirmed" or claim.claimant is None:
        return None  # a hedge ("reportedly") accuses no one
    return claim


def _names_attacker(agent: Span | None, dictionary: ActorDictionary) -> bool:
    if agent is None:
        return False
    return any(
        m.actor is not None and (not m.generic or m.country) and m.generic != "unidentified"
        for m in dictionary.mentions(agent.text)
    )


def _named_at_all(agent: Span | None, dictionary: ActorDictionary) -> bool:
    """The agent is no mere description of armed men ('fighters', 'a rebel group')."""
    if agent is None:
        return False
    found = dictionary.mentions(agent.text)
    return not found or any(m.generic != "unidentified" for m in found)


def _is_attack(candidate: Candidate) -> bool:
    return candidate.family == "kinetic" and not candidate.aggregate


def _accused_of(index: int, sent: Span, attacks: list[Candidate]) -> Candidate | None:
    """The attack told in the accusation's sentence ("blamed X for a drone attack on ..."),
    else the nearest one told in the sentences before it."""
    same = [c for c in attacks if c.sentence.start == sent.start]
    if same:
        return same[0]
    earlier = [
        c
        for c in attacks
        if c.sentence_index is not None and index - _LOOK_BACK <= c.sentence_index < index
    ]
    return earlier[-1] if earlier else None
