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
from sitroom.geo.statements import name_token
from sitroom.lang import pack_words

_SOURCE_PREPS = pack_words("geo/words", "source_preps")
#: Words that open a clause of its own time ("before reinforcements arrived from X").
_TIME_MARKS = pack_words("geo/words", "time_clause_marks")
#: Verbs of coming to the scene: their "from X" is elsewhere ("as they walked out from a
#: mosque in X" is the scene itself).
_ARRIVAL_VERBS = pack_words("geo/words", "arrival_verbs")
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


def describes_participant(cand: Candidate, m: Mention) -> bool:
    """The mention only says where one of the event's participants came from."""
    trig = cand.trigger.root if hasattr(cand.trigger, "root") else cand.trigger
    tok = name_token(cand.sentence, m.start, m.end)
    return tok is not None and origin_of_participant(tok, trig)
