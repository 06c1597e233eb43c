"""Cues that a mention sums up many events, tells an ongoing state, or looks back
("dozens of attacks since 2016", "continues to shell", "had killed").
Used by `sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import (
    CIRCUMSTANCE_PREPS,
    PRONOUNS,
    Mention,
    Trigger,
    event_words,
    gives_reason,
    in_aside,
    in_own_clause,
)
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import (
    lemma,
)
from sitroom.nlp import child_tokens, sentence, subtree_tokens

# ---------------------------------------------------------------- aggregates


def aggregate_cue(mention: Mention, lex: Lexicon) -> Token | None:
    """Habitual or summary wording ('regularly attacked', '200 times', 'a series of')."""
    for trig in mention.members:
        tok = trig.token
        if trig is not mention.head and in_aside(tok, mention.head.token):
            continue  # '... amid feuds between men who have long fought': not this event
        if trig is not mention.head and any(
            a.lower_ in lex.cue("latest_words") for a in tok.ancestors
        ):
            continue  # '..., the newest of several raids': this one is news
        clause = tok.head if trig.nominal and trig.light is not None else tok
        for c in list(child_tokens(clause)) + list(child_tokens(tok)):
            if c.dep_ == "advmod" and c.lower_ in lex.cue("aggregate_adverbs"):
                return c
            if lemma(c) in lex.cue("aggregate_time_nouns") and any(
                g.dep_ == "nummod" or g.like_num for g in child_tokens(c)
            ):
                return c
            if (
                c.dep_ == "prep"
                and c.lower_ in event_words("since_preps")
                and any(a.lower_ in event_words("perfect_auxiliaries") for a in child_tokens(clause))
            ):
                return c
            if (
                c.dep_ == "prep"
                and c.lower_ not in CIRCUMSTANCE_PREPS
                and not gives_reason(c.lower_, trig.cls == "protest")
            ):  # not 'amid a wave', not 'protested against a series of attacks'
                for t in subtree_tokens(c):
                    if lemma(t) in event_words("series_nouns"):
                        return t
        habit = _habit(trig, lex)
        if habit is not None:
            return habit
        if trig.nominal:
            for c in child_tokens(tok):
                if lemma(c) in lex.cue("aggregate_quantifiers"):
                    return c
                if _like_before(c, tok, lex):
                    return c
            if tok.head.lower_ in event_words("of_preps") and lemma(tok.head.head) in lex.cue(
                "aggregate_quantifiers"
            ):
                return tok.head.head
    return None


def counted_in_series(noun: Token) -> bool:
    """ "It was the third strike on the region this month": an ordinal on what a pronoun is
    says where the incident just told stands in a series; it is no new incident."""
    verb = noun.head
    if noun.dep_ != "attr" or lemma(verb) != "be":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PRONOUNS for c in child_tokens(verb)):
        return False
    return any(c.dep_ == "amod" and c.lower_ in event_words("series_ordinals") for c in child_tokens(noun))


def _like_before(mod: Token, noun: Token, lex: Lexicon) -> bool:
    """'Boko Haram has carried out similar bombings': plural deeds like the news under a
    perfect, what the doer has done over time."""
    return (
        mod.dep_ == "amod"
        and mod.lower_ in lex.cue("similar_words")
        and noun.tag_ == "NNS"
        and _perfect(noun.head)
    )


def _habit(trig: Trigger, lex: Lexicon) -> Token | None:
    """Wars fought ('the two countries have fought three wars over it'): what two sides
    have done over the years, not one occurrence."""
    if trig.nominal or trig.cls != "clash":
        return None
    objs = [c for c in child_tokens(trig.token) if c.dep_ == "dobj"]
    wars = [o for o in objs if lemma(o) in lex.cue("war_nouns") and o.tag_ == "NNS"]
    return wars[0] if wars else None


def ongoing_cue(mention: Mention, lex: Lexicon) -> Token | None:
    """A standing situation, not an occurrence: 'as fighting continues', 'amid ongoing
    clashes', 'the war that has killed thousands', 'have been fighting for months'. Read on
    the head trigger only: a member under 'amid' must not make the whole event old."""
    trig = mention.head
    tok = trig.token
    if not trig.nominal and tok.tag_ != "VBG":
        if tok.dep_ == "relcl" and _perfect(tok) and lemma(tok.head) in lex.cue("war_nouns"):
            return tok.head  # 'the war, which has killed tens of thousands'
        return None
    for c in child_tokens(tok):
        if c.dep_ == "amod" and c.lower_ in lex.cue("ongoing_words"):
            return c
    if tok.head.lower_ in event_words("amid_preps") and tok.dep_ == "pobj":
        return tok.head
    verb = _next_verb(tok)
    if verb is not None and lemma(verb) in lex.cue("ongoing_verbs") and _present(verb):
        return verb
    if not trig.nominal and _perfect(tok):
        return tok  # 'have been fighting around the town'
    return None


def _next_verb(tok: Token) -> Token | None:
    """The first verb after a nominal in its sentence ('fighting between A and B continues')."""
    for t in tok.doc[tok.i + 1 : sentence(tok).end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.is_punct and t.text not in ("-", "'"):
            return None
    return None


def _present(verb: Token) -> bool:
    """'continues', 'are raging', 'has continued': told as still going on at publication."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in child_tokens(verb)
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in event_words("perfect_auxiliaries") for c in child_tokens(verb))


def _compares(noun: Token, lex: Lexicon) -> bool:
    """'the bloodiest raid since the truce', 'the worst attack yet': the
    superlative ranks this event against the past; it does not tell a past one."""
    after = noun.doc[noun.i + 1 : min(sentence(noun).end, noun.i + 4)]
    return any(t.lower_ in lex.cue("comparison_marks") for t in after)


def retrospective_cue(mention: Mention, lex: Lexicon) -> Token | None:
    """'the deadliest attack', 'an earlier raid', or a past perfect ('had deployed'): told
    as what came before the news (background when the sentence gives no date of its own)."""
    head = mention.head.token
    for trig in mention.members:
        if trig.nominal and not in_own_clause(trig.token, head):
            continue  # '... in a second blast that hit a bus carrying those hurt in the first'
        if trig.nominal:
            for c in child_tokens(trig.token):
                if c.dep_ == "amod" and c.lower_ in lex.cue("retrospective_words"):
                    if _compares(trig.token, lex):
                        continue  # 'killed 74, the deadliest strike since ...': the news
                    return c
    reported = any(lemma(a) in lex.cue("say_verbs") for a in head.ancestors)  # backshift
    if not mention.head.nominal and head.tag_ == "VBN" and not reported:
        for c in child_tokens(head):
            if c.dep_ == "aux" and c.lower_ in event_words("past_perfect_auxiliaries") and c.tag_ == "VBD":
                return c
    return None
