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
    no weapon told, a verb of hitting as the only violence (with the deaths it caused:
    'struck a village, killing 12'), sites as its object. Ground
    forces ('troops', 'soldiers') strike with guns from afar, shelling; a military, army or
    state strikes as the noun 'strike' is read (the lexicon's weapon class: an air strike)."""
    if agent != "state" or armed or not classes & VIOLENT_CLASSES <= {"attack", "kill"}:
        return ""
    hits = [t for t in mention.members if t.cls == "attack" and not t.nominal]
    if not hits or any(lemma(t.token) not in event_words("remote_hit_verbs") for t in hits):
        return ""
    if not all(_its_toll(t.token, hits) for t in mention.members if t.cls == "kill"):
        return ""  # 'struck the post and shot dead two guards': more than a strike
    patient = mention.patient
    agent_root = lemma(mention.agent.root) if mention.agent is not None else ""
    ground = agent_root in event_words("ground_force_nouns")
    site = lemma(patient.root) if patient is not None else ""
    if site not in event_words("struck_site_nouns") and (ground or site not in event_words("struck_settlement_nouns")):
        return ""
    if any(lemma(t) in event_words("ground_contact_words") for t in sentence(mention.head.token)):
        return ""  # 'troops struck rebel positions in fierce fighting': a battle
    if ground:
        return lex.weapon_classes["shelling"].sub_event_type  # 'troops struck rebel positions': from the ground
    return lex.weapon_classes["strike"].sub_event_type  # 'the military struck targets': as 'strikes on'


def _its_toll(tok, hits: list) -> bool:
    """'struck a village, killing 12 civilians': a participle of killing under the strike."""
    return tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG" and any(tok.head.i == h.token.i for h in hits)
