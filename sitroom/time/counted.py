"""Whose dead a toll counts, beyond its number: dead added to those told before ('two
other officers', 'also killed'), the attackers' own dead, a party's claim, and dead told
beside the toll with a clause or date of their own ('in addition to the 30 killed last week'). Read by
`sitroom.time.casualties` and the casualty stage (`sitroom.time.component`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp import child_tokens
from sitroom.time.numbers import lexicon_words

#: Single words the rules below name, from the pack's ``time/lexicon.yaml``.
_ADDED, _THAN = lexicon_words("added_dead_words"), lexicon_words("comparison_words")
_ATTACKERS = lexicon_words("attacker_nouns")
_CLAIMS = lexicon_words("claim_verbs")
_HARM_VERBS = (lexicon_words("death_verbs"), lexicon_words("injury_verbs"))
_ZERO_DETS = lexicon_words("zero_determiners")


def negated(tok: Token) -> bool:
    """'no casualties', 'no deaths or serious injuries': a 'no' on the word or its conjunct head."""
    chain = [tok]
    while chain[-1].dep_ == "conj" and len(chain) < 6:
        chain.append(chain[-1].head)
    return any(c.lower_ in _ZERO_DETS and c.dep_ in ("det", "amod", "nummod") for t in chain for c in child_tokens(t))


def adds_dead(span: Span) -> bool:
    """The toll these words state counts dead besides those told before: its victims are
    'other', 'another', 'more' ('four more protesters'), or its verb says 'also' ('his
    brother was also killed'); a floor ('more than ten') is no such word."""
    doc = span.doc
    mods = [c for c in child_tokens(span.root) if c.dep_ == "advmod"]
    # 'killed two more': the parser may hang 'more' on the number, outside the toll's words
    mods += [c for t in span if t.like_num for c in child_tokens(t) if c.dep_ == "amod" and c.i >= span.end]
    for tok in (*span, *mods):
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if tok.lower_ in _ADDED and nxt not in _THAN:
            return True
    return False


def claimed(trigger: Token) -> bool:
    """The death is what a party claims ('claimed 15 soldiers died'), told by a verb of
    claiming above it in its own clause."""
    for tok in trigger.ancestors:
        if tok.lemma_.lower() in _CLAIMS:
            return True
        if tok.dep_ in ("ROOT", "conj"):
            return False
    return False


def attackers_dead(span: Span) -> bool:
    """The dead these words count are the attackers ('the gunman died', 'two of the
    assailants were killed'), not their victims."""
    return any(
        t.lemma_.lower() in _ATTACKERS and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        for t in span
    )


def told_apart(noun: Token) -> bool:
    """'in addition to the 30 killed last week', 'along with 14 who died on Friday': dead
    with a death or injury clause or a date of their own are another toll, not this one's."""
    clauses = [c for c in child_tokens(noun) if c.dep_ in ("acl", "relcl")]
    if any(c.lemma_.lower() in words for c in clauses for words in _HARM_VERBS):
        return True
    return any(t.ent_type_ == "DATE" for t in noun.subtree if t.i != noun.i)
