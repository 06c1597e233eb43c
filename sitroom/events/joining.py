"""Words that look like an event and are none, or belong to another: joining forces
('joined the militias in an offensive') is no change of side, and stepping in ('police
intervened') is an intervention only at a protest, by those who keep order. Used by
`sitroom.events.classify`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.events.findings import Mention, behind_reason
from sitroom.events.lexicon import Lexicon
from sitroom.events.mishaps import warning_shots
from sitroom.events.parsing import children, lemma
from sitroom.events.sides import agent_kind, lemmas_of, side


def joint_action(verb: Token, lex: Lexicon) -> bool:
    """'joined forces with jihadists', 'joined local militias in an offensive': a verb of
    joining that tells taking part in an action, not going over to another side."""
    if lemma(verb) not in lex.cue("joining_verbs"):
        return False
    objects = {lemma(o) for o in children(verb, "dobj")}
    if objects & lex.cue("joint_action_objects"):
        return True
    return any(
        lemma(o) in lex.cue("joint_action_nouns")
        for p in children(verb, "prep")
        for o in children(p, "pobj")
    )


def without_stepping_in(mention: Mention, lex: Lexicon) -> Mention:
    """'robbers fired on the officers who intervened': beside other violence, stepping in
    is no dispersal of a protest; the other triggers tell the event."""
    words = lex.cue("intervening_verbs")
    rest = [t for t in mention.members if lemma(t.token) not in words]
    if not rest or len(rest) == len(mention.members):
        return mention
    head = mention.head if mention.head in rest else rest[0]
    return replace(mention, head=head, members=rest)


def no_event(mention: Mention, lex: Lexicon) -> bool:
    """Joining forces ('joined the militias in an offensive'), or intervening by anyone but
    those who keep order ('the army intervened in the conflict'; 'police intervened' at a
    protest is an intervention)."""
    head = mention.head.token
    if mention.family != "kinetic":
        return joint_action(head, lex)
    agent = mention.agent
    alone = len(mention.members) == 1  # 'intervened and arrested ...': the arrest stays
    if not alone or lemma(head) not in lex.cue("intervening_verbs"):
        return False
    by_order = agent is not None and bool(lemmas_of(agent) & lex.cue("order_forces"))
    # police stepping into a family feud or a traders' row: no protest, no event
    return not (by_order and _protest_near(head, lex, lex.cue("protester_nouns") | lex.cue("crowd_nouns")))


def policing_protest(classes: set[str], mention: Mention, lex: Lexicon) -> bool:
    """'Nurses marched to the ministry. Police dispersed them and detained six': those who
    keep order arresting, dispersing or firing into the air beside a protest told in the
    sentence or the one before step in at that protest (no one armed is their target; an
    arrest by no one named may be the protest's cause)."""
    shots = classes & {"shoot"} and warning_shots(mention, lex)
    if not classes or not classes <= {"arrest", "disperse", *(["shoot"] if shots else [])}:
        return False
    # 'He was arrested in a graft case', told after a march for his release: the cause
    by_order = mention.agent is not None and agent_kind(mention.agent, lex) == "state"
    if not (by_order or (mention.agent is None and "disperse" in classes)):
        return False
    if any(side(p, lex) == "armed" for p in mention.patients):
        return False
    return protest_told(mention.head.token, lex)


def unheld(tok: Token, lex: Lexicon) -> bool:
    """'ahead of a planned rally', 'an upcoming march': a protest still to come, none the
    police could step in at (the arrests before it are arrests). One people were 'at' or
    'during' was held, planned or not."""
    if tok.dep_ == "pobj" and tok.head.lower_ in lex.cue("held_protest_preps"):
        return False
    return bool({lemma(c) for c in children(tok, "amod")} & lex.cue("unheld_protest_words"))


def protest_told(head: Token, lex: Lexicon, people: bool = True) -> bool:
    """A protest (its trigger, or with ``people`` its protesters) told in ``head``'s
    sentence or the one before, not as a reason."""
    return _protest_near(head, lex, lex.cue("protester_nouns") if people else frozenset())


def _protest_near(head: Token, lex: Lexicon, people: frozenset[str]) -> bool:
    """A protest told in the sentence or the one before ('Nurses marched ... Police
    intervened'): a protest's trigger word or its people (``people``), not one given as
    the reason ('arrested for taking part in a demonstration')."""
    sent = head.sent
    start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    stepping_in = lex.cue("intervening_verbs")
    for t in head.doc[start : sent.end]:
        word = lemma(t)
        if word in stepping_in or behind_reason(t, head) or t.ent_type_ in ("DATE", "TIME"):
            continue  # stepping in is the protest's only with a protest beside it; 'March'
            # the month is no march
        if unheld(t, lex):
            continue  # 'ahead of a planned rally': no protest held yet
        cls = lex.verbs.get((word,)) or lex.nouns.get(word)
        if word in people or (cls is not None and lex.classes[cls].family == "protest"):
            return True
    return False
