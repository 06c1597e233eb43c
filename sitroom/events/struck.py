"""A state force that 'struck' or 'hit' military sites, with no weapon and no ground fighting
told ('the army struck militant hideouts', 'the military hit Hezbollah targets'): the strike
the lexicon's noun 'strike' names (its weapon class), remote violence, not a clash. Used by
`sitroom.events.classify`."""

from __future__ import annotations

from sitroom.events.findings import VIOLENT_CLASSES, Mention, event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import lemma
from sitroom.nlp import sentence


def struck_from_afar(classes: set[str], agent: str, armed: bool, mention: Mention, lex: Lexicon) -> str:
    """The sub-event type of a strike from afar ('' when the mention is none): a state agent,
    no weapon told, a verb of hitting as the only violence, sites as its object. Ground
    forces ('troops', 'soldiers') strike with guns from afar, shelling; a military, army or
    state strikes as the noun 'strike' is read (the lexicon's weapon class: an air strike)."""
    if agent != "state" or armed or classes & VIOLENT_CLASSES != {"attack"}:
        return ""
    hits = [t for t in mention.members if t.cls == "attack" and not t.nominal]
    if not hits or any(lemma(t.token) not in event_words("remote_hit_verbs") for t in hits):
        return ""
    patient = mention.patient
    if patient is None or lemma(patient.root) not in event_words("struck_site_nouns"):
        return ""
    if any(lemma(t) in event_words("ground_contact_words") for t in sentence(mention.head.token)):
        return ""  # 'troops struck rebel positions in fierce fighting': a battle
    agent_root = lemma(mention.agent.root) if mention.agent is not None else ""
    if agent_root in event_words("ground_force_nouns"):
        return lex.weapon_classes["shelling"].sub_event_type  # 'troops struck rebel positions': from the ground
    return lex.weapon_classes["strike"].sub_event_type  # 'the military struck targets': as 'strikes on'
