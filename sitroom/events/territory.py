"""Territory changing hands: was it taken by force, handed over, or only order restored?
Used by `sitroom.events.classify` to tell ACLED's territory sub-event types apart."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import PLACE_ENTS, VIOLENT_CLASSES, Mention, event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import lemma, prep_objects
from sitroom.events.sides import agent_kind, side
from sitroom.events.triggers import verb_keys
from sitroom.nlp import child_tokens, sentence


def without_fighting(mention: Mention, lex: Lexicon) -> bool:
    """Territory taken after the other side left ('after the army pulled out')."""
    sent = sentence(mention.head.token)
    head = mention.head.token
    # not the takers' own withdrawal ('briefly took the town before withdrawing')
    verbs = [t for t in sent if t.pos_ == "VERB" and not _takers_own(t, head)]
    if any(lex.verbs.get(k) == "withdraw" for t in verbs for k in verb_keys(t)):
        return True
    words, unopposed = lex.cue("nonviolent_transfer_words"), lex.cue("unopposed_nouns")
    told = any(
        (lemma(t) in words or lemma(t) in unopposed and _denied(t))
        and t.dep_ != "compound" and t.pos_ != "PROPN"  # not a name's word ('resistance fighters')
        for t in sent
    )
    return told and not (set(mention.classes) & VIOLENT_CLASSES)


def _takers_own(verb: Token, head: Token) -> bool:
    """A verb below the taking with no subject of its own: the takers did it ('took the town
    before withdrawing', 'seized it and later withdrew')."""
    if verb.i == head.i or head not in verb.ancestors:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in child_tokens(verb))


def _denied(noun: Token) -> bool:
    """'without resistance', 'met no resistance', 'had not encountered any resistance'."""
    denial = event_words("denial_words")
    return noun.head.lower_ in denial or any(c.lower_ in denial for c in child_tokens(noun))


def keeps_order(mention: Mention, lex: Lexicon) -> bool:
    """No one named, or the police: those who restore order, not fighters taking ground."""
    agent = mention.agent
    return agent is None or lemma(agent.root) in lex.cue("order_forces")


def bare_control(mention: Mention) -> bool:
    """'regained control' with no place it was regained of, in or over."""
    pat = mention.patient
    if pat is None or lemma(pat.root) not in event_words("control_nouns"):
        return False
    return not any(c.dep_ == "prep" for c in child_tokens(pat.root)) and not any(
        c.dep_ == "prep" and c.lower_ in event_words("control_preps") for c in child_tokens(mention.head.token)
    )


def held_for_a_while(mention: Mention, lex: Lexicon) -> bool:
    """'briefly seized the town', 'temporarily captured it': ground held only for a while."""
    return any(lemma(c) in lex.cue("fleeting_words") for t in mention.members for c in child_tokens(t.token))


def territory_object(mention: Mention, lex: Lexicon) -> bool:
    """Was ground taken (a place, ground or a site held like ground)? Not by a crowd or
    civilians ('protesters took over the city centre', 'farmers took control of the square'):
    they hold a place for a while; no side's ground changes hands."""
    if agent_kind(mention.agent, lex) == "protester" or side(mention.agent, lex) in ("civilian", "protester"):
        return False
    if _site_controlled(mention, lex):
        return True
    if any(set(t.key[1:]) & event_words("ground_nouns") for t in mention.members):
        return True  # 'took the village of X' (`taking.ground_taken`)
    if _people_taken(mention, lex):
        return False  # 'took five men from the village': the men were taken, not the village
    for _p, obj in prep_objects(mention.head.token, event_words("territory_preps")):
        if lemma(obj) in lex.cue("territory_nouns") or obj.ent_type_ in PLACE_ENTS:
            return True  # 'drove the militants out of the town'
    pat = mention.patient
    if pat is None:
        return any(t.cls in ("recapture",) for t in mention.members)
    if _names_ground(pat.root, lex):
        return True
    if lemma(pat.root) in event_words("ground_site_nouns") and any(
        c.dep_ in ("compound", "amod") and lemma(c) in event_words("ground_site_modifiers")
        for c in child_tokens(pat.root)
    ):
        return True  # 'retook the district centre', 'seized two border posts'
    # 'recaptured Palmyra': a lone proper name taken by force is a place more often than a
    # person, whom the parser's NER often mistakes it for
    return pat.root.pos_ == "PROPN" and len(pat) == 1


def _taken_heads(root: Token, lex: Lexicon) -> list[Token]:
    """The object's head and what it counts or points from: 'dozens of villages', 'a number
    of towns' (a quantity's 'of'), 'a dozen villages west of Aleppo' (parsed with the
    compass word as head and the villages its compound)."""
    heads = [root]
    if lemma(root) in lex.cue("quantity_nouns") or root.like_num or root.ent_type_ == "CARDINAL":
        heads += [o for _p, o in prep_objects(root, event_words("of_preps"))]
    if lemma(root) in event_words("direction_words"):
        heads += [c for c in child_tokens(root) if c.dep_ == "compound"]
    return heads


def _names_ground(root: Token, lex: Lexicon) -> bool:
    """The object names ground: a kind of ground or a place's name, at its head or what the
    head counts or points from (`_taken_heads`)."""
    return any(lemma(r) in lex.cue("territory_nouns") or r.ent_type_ in PLACE_ENTS for r in _taken_heads(root, lex))


def ground_seized(mention: Mention, lex: Lexicon) -> bool:
    """'seized the town of X after fighting with the army': a place seized, named as a
    place (a kind of ground or a place's name), not goods or people taken in an attack."""
    pat = mention.patient
    if pat is None or pat.root.ent_type_ == "PERSON" or _people_taken(mention, lex):
        return False
    return _names_ground(pat.root, lex)


def entered_ground(mention: Mention, lex: Lexicon) -> bool:
    """'Rebels entered the town of X', 'jihadists entered Djibo': an armed group that is not
    the state's going into a place (``entry_verbs``) takes it, a transfer of territory; troops
    or police who enter one deploy."""
    head = mention.head
    if head.nominal or not head.key or head.key[0] not in lex.cue("entry_verbs"):
        return False
    return agent_kind(mention.agent, lex) == "nonstate" and territory_object(mention, lex)


def _people_taken(mention: Mention, lex: Lexicon) -> bool:
    """People seized (`taking.taking_trigger`): the person taken is the patient."""
    pat = mention.patient
    people = lex.cue("seized_persons") | lex.cue("civilian_nouns")
    return pat is not None and lemma(pat.root) in people and any(t.cls == "seize" for t in mention.members)


def _site_controlled(mention: Mention, lex: Lexicon) -> bool:
    """'took control of the customs offices / the prison / Ath Thawkab': control taken of
    a site held like ground, or of a name (not of 'natural resources' or 'the situation')."""
    sites = [mention.patient.root] if mention.patient is not None else []
    # 'have taken control of a castle' with 'of' hung on the verb
    sites += [o for _p, o in prep_objects(mention.head.token, event_words("control_object_preps"))]
    if not any(lemma(s) in lex.cue("controlled_sites") or s.pos_ == "PROPN" for s in sites):
        return False
    return any(set(t.key[1:]) & event_words("control_nouns") for t in mention.members)


def recovered_weapons(mention: Mention, lex: Lexicon) -> bool:
    """'recovered three mines / seized a cache of rifles': arms taken, not ground regained. The
    object's head noun decides ('recovered the town where rebels stored weapons' is ground)."""
    head = next((t.token for t in mention.members if t.cls in ("recapture", "seize")), None)
    if head is None:
        return False
    objs = [c for c in child_tokens(head) if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(o) in lex.cue("seized_weapons") for o in objs)

