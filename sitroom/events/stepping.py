"""Verbs whose subject suffered the event rather than did it: 'five soldiers died',
'a patrol stepped on a mine', 'their truck ran over an IED'. The one who did it is then
only the one who laid the device, when told ('a mine planted by the rebels')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.findings import event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children, lemma, with_conjuncts
from sitroom.nlp import child_tokens


def suffered_by_subject(tok: Token, lex: Lexicon) -> bool:
    """'died', 'suffered', or a verb and its particle of `victim_subject_phrases` ('stepped
    on', 'ran over')."""
    if lemma(tok) in lex.cue("victim_subject_verbs") or _reduced_passive(tok):
        return True
    parts = (c.lower_ for c in child_tokens(tok) if c.dep_ in ("prep", "prt") and c.i > tok.i)
    return any(f"{lemma(tok)} {p}" in lex.cue("victim_subject_phrases") for p in parts)


def _reduced_passive(tok: Token) -> bool:
    """'Two killed and 30 wounded in clashes', 'Three soldiers abducted near X': a headline's
    passive told without its 'were', whose subject suffered it (a participle with a subject,
    no auxiliary and no object)."""
    participle = tok.tag_ == "VBN" or (tok.tag_ in ("VBP", "VBD") and tok.lower_ in event_words("bare_participles"))
    return (
        participle
        and lemma(tok) in event_words("reduced_passive_verbs")
        and bool(children(tok, "nsubj"))
        and not children(tok, "aux", "auxpass", "dobj")
    )


def device_layer(tok: Token) -> Span | None:
    """Who laid what was stepped on or run over: 'a mine planted by al-Shabaab' gives
    al-Shabaab; none when untold."""
    devices = [o for c in child_tokens(tok) if c.dep_ in ("prep", "prt") for o in children(c, "pobj")]
    devices += children(tok, "dobj")
    for device in devices:
        for clause in children(device, "acl"):
            for by in children(clause, "agent"):
                for obj in children(by, "pobj"):
                    return with_conjuncts(obj)
    return None
