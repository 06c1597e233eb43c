"""Verb keys whose conflict reading hangs on who does them. Shots traded are a clash only
between armed sides ('police and gunmen traded shots'; not candidates trading shots over
the economy, nor two football sides); a crowd that dispersed of itself dispersed no one
('marched to the county offices and dispersed'); a base installed or built is a base established by an
armed or state builder, or a named one whose base has no purpose noun before it ('MONUSCO
installed a military base'; not 'a party built a base of support', 'the WFP installed a
supply base'). The words live in ``events/words.yaml`` (``armed_sides_keys``,
``base_building_keys``) and the lexicon's cues of armed people."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sitroom.events.findings import event_words
from sitroom.events.lexicon import Lexicon, Term
from sitroom.events.parsing import children, lemma, prep_objects
from sitroom.nlp import child_tokens


def doers_fit(
    tok: Token, key: Term, lex: Lexicon, agent_of: Callable[[Token, Lexicon], Span | None]
) -> bool:
    """False when ``key`` of ``tok`` needs an armed doer (or builder) the text does not give;
    ``agent_of`` finds the doer (`arguments.agent_of`)."""
    if " ".join(key) in event_words("armed_sides_keys"):
        return _armed_sides(tok, lex, agent_of(tok, lex))
    if " ".join(key) in event_words("base_building_keys"):
        return _base_built(tok, key, lex, agent_of(tok, lex))
    if key == ("disperse",):
        return not _crowd_went_home(tok, lex, agent_of(tok, lex))
    return True


def _crowd_went_home(tok: Token, lex: Lexicon, agent: Span | None) -> bool:
    """A crowd that dispersed of itself ('handed over a petition before dispersing',
    'gathered outside the party office and dispersed at midnight'): no one dispersed, no
    object, no passive, no purpose infinitive ('fired tear gas to disperse') and no police
    or troops doing it."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in child_tokens(tok)):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in child_tokens(tok)):
        return False
    if tok.dep_ in ("xcomp", "advcl", "acl") and tok.tag_ == "VB":
        return False
    keepers = lex.cue("state_cues") | lex.cue("bare_force_nouns")
    return agent is None or not any(lemma(t) in keepers for t in (agent.root, *agent.root.conjuncts))


def _armed_words(lex: Lexicon) -> frozenset[str]:
    return (
        lex.cue("armed_nouns")
        | lex.cue("nonstate_cues")
        | lex.cue("state_cues")
        | lex.cue("armed_group_nouns")
        | lex.cue("forcible_takers")
    )


def _armed_sides(tok: Token, lex: Lexicon, agent: Span | None) -> bool:
    """An armed word among the doers or those fought with ('traded shots with gunmen',
    'shots were exchanged between troops and rebels')."""
    sides = list(agent) if agent is not None else []
    preps = event_words("clash_preps") | event_words("between_preps")
    for _p, obj in prep_objects(tok, preps):
        sides += [obj, *obj.conjuncts]
    armed = _armed_words(lex)
    return any(lemma(t) in armed for t in sides)


def _base_built(tok: Token, key: Term, lex: Lexicon, agent: Span | None) -> bool:
    """A base that is a site, not a following ('a base of support'): a military one, or one
    built by armed people ('troops', 'rebels'), by a named builder for no stated civilian
    purpose, or by no one named ('a new base was built near the border')."""
    wanted = lex.object_required.get(key, frozenset())
    bases = [o for o in children(tok, "dobj", "nsubjpass") if lemma(o) in wanted]
    if any(p.lower_ in event_words("of_preps") for b in bases for p in children(b, "prep")):
        return False
    armed = _armed_words(lex)
    words = [c for b in bases for c in child_tokens(b) if c.dep_ in ("amod", "compound")]
    if agent is None or any(lemma(w) in armed for w in words):  # 'a military base'
        return True
    if any(lemma(t) in armed for t in (agent.root, *agent.root.conjuncts)):
        return True
    if agent.root.pos_ != "PROPN" and not any(t.ent_type_ in event_words("taker_ents") for t in agent):
        return False
    purposes = [w for w in words if w.dep_ == "compound"]
    return all(lemma(c) in armed for c in purposes)  # not 'a logistics base'
