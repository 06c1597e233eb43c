"""Ground cleared of fighters ('troops cleared the village of insurgents', 'rebels rid the
district of government forces'): a place taken back from an armed side, told with a verb of
clearing (``clearing_verbs`` in events/words.yaml) whose object is a place and whose 'of'
names fighters (the lexicon's armed-group and non-state words). 'cleared the road of debris'
is no event. Classify then reads the agent: state forces regain, others overtake."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import PLACE_ENTS, Mention, Trigger, event_words
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
        if not _ground(obj, lex):
            continue  # 'purged its ranks of officers': no ground taken
        preps = [t for t in subtree_tokens(obj) if t.dep_ == "prep"] + children(tok, "prep")
        for prep in preps:  # 'the villages near Dikwa of insurgents': 'of' hangs anywhere
            if prep.lower_ not in event_words("of_preps"):
                continue
            for who in children(prep, "pobj"):
                # the head noun and its conjuncts ('of bandits and kidnappers'), not words
                # further down ('of mines planted by insurgents': mines)
                heads = [who, *children(who, "conj")]
                named = " ".join(t.lower_ for t in who.subtree if t.dep_ == "compound" or t is who)
                if named in fighters or any(lemma(t) in fighters for t in heads):
                    trig = Trigger(tok, CLEARING_CLASS, False, tok.doc[tok.i : tok.i + 1])
                    trig.key = (lemma(tok), prep.lower_)
                    return trig
    return None


def _ground(obj: Token, lex: Lexicon) -> bool:
    """The cleared object is ground: a place named, or a place noun ('the village')."""
    return obj.ent_type_ in PLACE_ENTS or lemma(obj) in lex.cue("place_nouns") or (
        obj.pos_ == "PROPN"
    )


def cleared_ground(mention: Mention) -> bool:
    """Was the mention told as ground cleared of fighters (a trigger of this module)?"""
    clearing = event_words("clearing_verbs")
    return any(
        t.cls == CLEARING_CLASS and lemma(t.token) in clearing and t.key[1:] == ("of",)
        for t in mention.members
    )
