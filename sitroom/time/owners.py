"""Which of a sentence's tolls are the event's own (read by the casualty stage,
`sitroom.time.component`).

A toll in the event's own clause is its own. One in a clause below it ('the ambush that
left five dead', 'when three were killed') belongs to another, often earlier, event, and
counts only when the event's clause tells none. A death named as the event's cause ('after
the killing of a motorcyclist', 'in the aftermath of the killing of two herders', 'in revenge for
the death of a herder') is never its toll: it happened before. The words are the pack's
``time/lexicon.yaml``.
"""

from __future__ import annotations

from sitroom.components import Candidate
from sitroom.model import Event
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, head_token
from sitroom.time.casualties import BOTH, DEATH, INJURY, Mention
from sitroom.time.dating import REPORTING_LEMMAS
from sitroom.time.numbers import lexicon_words

_SUBORDINATORS = lexicon_words("subordinators")
_CAUSE_PREPS = lexicon_words("cause_preps")
_CAUSE_NOUNS = lexicon_words("cause_nouns")

#: ACLED's sub-event type of lethal force against a crowd: a protest with a toll of its own.
_FORCE_ON_CROWD = "Excessive force against protesters"

#: Where a toll sits against the event: in its clause, in a clause below it, or in its cause.
DIRECT, BELOW, CAUSE = "direct", "below", "cause"


def is_embedded(m: Mention, owner: Candidate) -> str:
    """Where the mention sits against the owner event's trigger (`DIRECT`, `BELOW`,
    `CAUSE`). A noun trigger's clause is the verb it is the subject or object of
    ('violence erupted ..., leaving six dead')."""
    top = head_token(owner.trigger)
    tops = {top.i}
    if top.pos_ in ("NOUN", "PROPN") and top.dep_ in (*NOMINAL_SUBJECTS, "dobj"):
        tops.add(top.head.i)
    tok = m.trigger
    chain = [tok, *tok.ancestors]
    if not tops & {t.i for t in chain}:
        return BELOW
    noun = tok.pos_ == "NOUN"
    for t in chain:
        if t.i in tops:
            return DIRECT
        if noun and t.dep_ == "prep" and t.lower_ in _CAUSE_PREPS:
            return CAUSE  # 'after the killing of a motorcyclist'
        if noun and t.dep_ == "pobj" and t.lemma_.lower() in _CAUSE_NOUNS and t.i != tok.i:
            return CAUSE  # 'in the aftermath of the killing of two herders'
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return BELOW
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in child_tokens(t)):
            return BELOW
    return DIRECT


def crowd_only(event: Event) -> bool:
    """A protest, whose toll never comes from a clause below it; not force against the
    crowd, whose dead are the force's ('opened fire on the marchers, killing three')."""
    return event.event_type == "Protests" and event.sub_event_type != _FORCE_ON_CROWD


def prefer_direct(mentions: list[Mention], where: dict[int, str], protest: bool = False) -> list[Mention]:
    """Per kind, the mentions in the event's own clause when there are any, else those of
    the clauses below it; never the death that caused it. A protest never takes a toll
    from a clause below it: 'protested over the killing of a student' counts the
    protest's cause, not its dead."""
    out = []
    for kind in (DEATH, INJURY, BOTH):
        ms = [m for m in mentions if m.kind == kind]
        direct = [m for m in ms if where.get(id(m), DIRECT) == DIRECT]
        below = [m for m in ms if where.get(id(m), DIRECT) == BELOW]
        out += direct if direct or protest else below
    return out


def speakers_aside(owner: Candidate, m: Mention) -> bool:
    """The event is told in a relative clause on the one who speaks ('The Arakan Army,
    which has seized much of the state since November, said the death toll had risen to
    15'): a toll outside that clause is what the speaker reports, not the aside's."""
    verb = head_token(owner.trigger)
    clause = next((a for a in (verb, *verb.ancestors) if a.dep_ == "relcl"), None)
    if clause is None or clause.head.dep_ not in NOMINAL_SUBJECTS:
        return False
    say = clause.head.head
    if say.lemma_.lower() not in REPORTING_LEMMAS or say.pos_ not in ("VERB", "AUX"):
        return False
    return m.trigger not in set(clause.subtree)
