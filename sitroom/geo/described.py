"""Places that describe a participant, not the deed: "ambushed the trucks, which were
carrying supplies from Beledweyne", "shelled a convoy coming from the capital". The name
after "from" inside a clause that tells about one of the event's nouns says where that
thing came from: often elsewhere ("trucks carrying fuel from Gao" were ambushed on the
road), sometimes not ("attacked doctors who were moving patients from a village"); so does
one after "from" in a clause of its own time ("the base came under fire until reinforcements
arrived from X"). Such a place is kept, but weak: a record placed only by it may join the
record it details.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components import Candidate
from sitroom.geo.context import Mention
from sitroom.geo.spans import _pattern
from sitroom.geo.statements import name_token
from sitroom.lang import pack_words
from sitroom.nlp import head_token

_SOURCE_PREPS = pack_words("geo/words", "source_preps")
#: Words that open a clause of its own time ("before reinforcements arrived from X").
_TIME_MARKS = pack_words("geo/words", "time_clause_marks")
#: Verbs of coming to the scene: their "from X" is elsewhere ("as they walked out from a
#: mosque in X" is the scene itself).
_ARRIVAL_VERBS = pack_words("geo/words", "arrival_verbs")
_JOURNEY_VERBS = pack_words("geo/words", "journey_verbs")
_JOURNEY_PREPS = pack_words("geo/words", "journey_preps")
#: Clauses that tell about a noun ("trucks which were carrying", "a convoy coming from").
_DESCRIBING = frozenset({"relcl", "acl"})


def origin_of_participant(tok: Token, trigger: Token) -> bool:
    """The name hangs on "from" inside a clause that describes a noun other than the
    trigger (never the trigger's own "from": "abducted pupils from a school in X")."""
    passed_from = False
    for anc in (tok, *tok.ancestors):
        if anc.i == trigger.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in _SOURCE_PREPS:
            passed_from = True
        elif anc.dep_ in _DESCRIBING:
            return passed_from and anc.head.pos_ in ("NOUN", "PROPN") and anc.head.i != trigger.i
        elif anc.lemma_.lower() in _ARRIVAL_VERBS and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in anc.children):
            return passed_from  # "came under fire before reinforcements arrived from X"
    return False


def end_of_journey(tok: Token, trigger: Token) -> bool:
    """The name is an end of a journey told by a verb other than the trigger ("The convoy
    was travelling from X towards Y when it came under fire"): the deed was on the way."""
    prep = tok.head
    verb = prep.head
    return (
        prep.dep_ == "prep" and prep.lower_ in _JOURNEY_PREPS
        and verb.i != trigger.i and verb.lemma_.lower() in _JOURNEY_VERBS
        and trigger.i in {t.i for t in verb.subtree}
    )


def describes_participant(cand: Candidate, m: Mention) -> bool:
    """The mention only says where one of the event's participants came from or went."""
    trig = head_token(cand.trigger)
    tok = name_token(cand.sentence, m.start, m.end)
    return tok is not None and (origin_of_participant(tok, trig) or end_of_journey(tok, trig))


#: Deps of the nouns a deed is done to ("killed two labourers from X", "were shot").
_PATIENTS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
#: Verbs whose patient's "from X" is the scene ("abducted pupils from X").
_TAKING = pack_words("geo/words", "taking_verbs")
#: Nouns whose "from X" is where a deed came from, not anyone's home ("thwarted an attack
#: from X on Y", "fired rockets from X"): deeds and munitions.
_LAUNCHED = (
    pack_words("geo/attack_nouns")
    | pack_words("geo/words", "site_other_deeds")
    | pack_words("geo/words", "munition_subjects")
)


def victims_home(trigger: Token) -> set[int]:
    """Token ids of the name after "from" on a noun the deed is done to ("shot dead two
    labourers from Punjab in X district"; not after a verb of taking, whose "from" is the
    scene): where the victims come from, like "people from X" in the subject, the event's
    place only when nothing else is. Only the name itself, not what hangs on it (the parse
    often hangs the scene, "in X district", on that name)."""
    out: set[int] = set()
    if trigger.lemma_.lower() in _TAKING:
        return out  # "kidnapped 12 villagers from X": where they were taken
    nouns = [
        c for c in trigger.children
        if c.dep_ in _PATIENTS and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _LAUNCHED
    ]
    for noun in (n for c in nouns for n in (c, *c.conjuncts)):
        for prep in (p for p in noun.children if p.dep_ == "prep" and p.lower_ in _SOURCE_PREPS):
            for name in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
                out.update(range(name.left_edge.i, name.i + 1))
    return out


#: "labourers from X", "natives of X", "hailing from X": the text before a people's home.
_HOME_BEFORE = _pattern("home_before")


def _told_home(text: str, m: Mention, inside: list[Mention]) -> bool:
    """The words before ``m`` make it where people come from ("workers, natives of X, in
    Y"), and the sentence names a place it does not hold: one off its chain of containers,
    or one finer than it (the parse's "X province in Y district" is no chain)."""
    if not _HOME_BEFORE.search(text, max(0, m.start - 60), m.start) or m.resolved is None:
        return False
    chain, cur = set(), m.container or m.near
    while cur is not None and len(chain) < 6:
        chain.add(id(cur))
        cur = cur.container or cur.near
    return any(
        o is not m and o.resolved is not None and not o.modifier
        and (id(o) not in chain or o.resolved.level > m.resolved.level)
        for o in inside
    )


def without_victims_home(cand: Candidate, inside: list[Mention]) -> list[Mention]:
    """The sentence's mentions less the victims' home ("shot dead two labourers from X in Y
    district", "killed three pilgrims from X in Y", "workers hailing from X were shot in
    Y"), while another place is named; the home after a verb of firing is no launch site
    either, nor the unit the parse hangs on it: their flags off."""
    home = victims_home(head_token(cand.trigger))
    text = cand.sentence.doc.text
    homes = set()
    for m in inside:
        tok = name_token(cand.sentence, m.start, m.end)
        if (tok is None or tok.i not in home) and not _told_home(text, m, inside):
            continue
        homes.add(id(m))
        cur, seen = m, 0
        while cur is not None and cur.origin and seen < 5:
            cur.origin, cur, seen = False, cur.container or cur.near, seen + 1
    return [m for m in inside if id(m) not in homes] or inside
