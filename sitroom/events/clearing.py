"""Ground cleared of fighters ('troops cleared the village of insurgents', 'rebels rid the
district of government forces'): a place taken back from an armed side, told with a verb of
clearing (``clearing_verbs`` in events/words.yaml) whose object is a place and whose 'of'
names fighters (the lexicon's armed-group and non-state words). 'cleared the road of debris'
is no event. Classify then reads the agent: state forces regain, others overtake."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import Mention, Trigger, event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children, lemma
from sitroom.nlp import subtree_tokens

#: Ground cleared of fighters changes hands by force: a recapture of it.
CLEARING_CLASS = "recapture"


def clearing_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """A recapture trigger on ``tok`` when it clears a place of fighters, else None."""
    if tok.pos_ != "VERB" or lemma(tok) not in event_words("clearing_verbs"):
        return None
    fighters = lex.cue("armed_nouns") | lex.cue("nonstate_cues") | lex.cue("anaphoric_attackers")
    for obj in children(tok, "dobj", "nsubjpass"):
        preps = [t for t in subtree_tokens(obj) if t.dep_ == "prep"] + children(tok, "prep")
        for prep in preps:  # 'the villages near Dikwa of insurgents': 'of' hangs anywhere
            if prep.lower_ not in event_words("of_preps"):
                continue
            for who in children(prep, "pobj"):
                words = list(subtree_tokens(who))
                named = " ".join(t.lower_ for t in words)
                if named in fighters or any(lemma(t) in fighters for t in words):
                    trig = Trigger(tok, CLEARING_CLASS, False, tok.doc[tok.i : tok.i + 1])
                    trig.key = (lemma(tok), prep.lower_)
                    return trig
    return None


def cleared_ground(mention: Mention) -> bool:
    """Was the mention told as ground cleared of fighters (a trigger of this module)?"""
    clearing = event_words("clearing_verbs")
    return any(
        t.cls == CLEARING_CLASS and lemma(t.token) in clearing and t.key[1:] == ("of",)
        for t in mention.members
    )
