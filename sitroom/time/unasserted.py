"""Deaths a sentence names without saying anyone died, and tolls that sum others (read
by `sitroom.time.casualties`).

"Gunmen tried to kill the judge" and "a plot to assassinate the governor" name a killing
that did not happen: no toll. "Twelve soldiers were killed or wounded" counts casualties
without saying how many died: none is known dead, and the twelve bound the toll from
above; "twelve were killed and wounded" says some died, not how many. "Nurses marched over the death of a colleague": a crowd's grievance, not its toll.
"A herder died and his body lay in a ditch": the body is the herder, counted once. "Eleven prisoners were also killed (a total of 12)": the twelve sum the tolls told
beside them, and are not added to them. The words are the pack's ``time/lexicon.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.lang import PackValue
from sitroom.nlp import child_tokens
from sitroom.time.numbers import lexicon_words

_ATTEMPTS = lexicon_words("attempt_words")
_TOLD = lexicon_words("told_clause_marks")
_EITHER = lexicon_words("either_words")
_TO = lexicon_words("infinitive_marks")
_HURT_VERBS, _HURT_ADJECTIVES = lexicon_words("injury_verbs"), lexicon_words("injury_adjectives")
_TOTALS = lexicon_words("total_phrases")
_REACH = PackValue(lambda pack: int(pack.data("time/lexicon")["killed_and_hurt_reach"]))
_DEATH_EVENTS, _RESULTS = lexicon_words("death_event_nouns"), lexicon_words("result_verbs")
_OF = lexicon_words("of_preps")
_BODIES, _DEFINITE = lexicon_words("body_nouns"), lexicon_words("definite_determiners")


def attempted(verb: Token) -> bool:
    """The killing is what someone tried, planned or threatened ('tried to kill', 'an
    attempt to assassinate', 'vowed to kill'), not what happened."""
    head = verb.head
    told = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TOLD for c in child_tokens(verb))
    if verb.dep_ in ("xcomp", "acl", "advcl") and head.i != verb.i and _tried(head) and not told:
        return True  # (not 'vowed revenge after militants killed seven': a clause of when)
    mark = verb.doc[verb.i - 1] if verb.i > 0 else None  # "a plot to kill", however parsed
    return (
        mark is not None
        and mark.lower_ in _TO
        and mark.i > 0
        and _tried(verb.doc[mark.i - 1])
    )


def _tried(tok: Token) -> bool:
    return tok.lemma_.lower() in _ATTEMPTS or tok.lower_ in _ATTEMPTS


def _hurt(tok: Token) -> bool:
    return tok.lemma_.lower() in _HURT_VERBS or tok.lower_ in _HURT_ADJECTIVES


def dead_or_hurt(verb: Token) -> bool:
    """'killed or wounded', 'killing or injuring', 'killed, injured or captured': the count
    is of casualties, the dead among them unknown."""
    if any(c.dep_ == "cc" and c.lower_ not in _EITHER for c in child_tokens(verb)):
        return False  # "killed 12 and arrested or wounded others": the killing stands alone
    group = [verb, *verb.conjuncts]
    # "killed, injured or captured" is often parsed as a clause hung on "killed"
    group += [c for c in child_tokens(verb) if c.dep_ == "advcl" and c.i <= verb.i + 2]
    group += [j for c in group[1:] for j in c.conjuncts]
    either = any(c.dep_ == "cc" and c.lower_ in _EITHER for t in group for c in child_tokens(t))
    return either and any(_hurt(t) for t in group if t.i != verb.i)


_OBJECTS = ("dobj", "obj")
_PASSIVE_SUBJECTS = ("nsubjpass", "nsubj:pass")
_ANY_VICTIMS = (*_OBJECTS, *_PASSIVE_SUBJECTS, "nsubj", "npadvmod", "nummod")


def killed_and_hurt(verb: Token) -> bool:
    """A killing and a wounding joined by 'and' with one count between them: the passive's
    subject ('seven soldiers were killed and wounded') or the second verb's object
    ('killing and injuring 13'); not 'killed three and wounded five', nor 'two were killed
    and three injured'. Some of them died, how many is not told."""
    first = {c.dep_ for c in child_tokens(verb)}
    for other in verb.conjuncts:
        if not _hurt(other) or other.i < verb.i or other.i - verb.i > _REACH.value():
            continue
        kids = list(child_tokens(other))
        theirs = {c.dep_ for c in kids}
        if first & {*_OBJECTS, *_PASSIVE_SUBJECTS}:
            if not theirs & set(_ANY_VICTIMS) and not any(c.like_num for c in kids):
                return True  # 'seven were killed and wounded'
        elif theirs & set(_OBJECTS) and not theirs & {"nsubj", *_PASSIVE_SUBJECTS}:
            return True  # 'killing and injuring 13'
    return False


def summing(sent: Span, start: int, end: int) -> bool:
    """The toll at these characters sums the others ('a total of 12 fatalities', 'in all,
    seven people died'): a phrase of the pack's ``total_phrases`` opens it or stands just
    before it."""
    doc = sent.doc
    inside = [t for t in sent if start <= t.idx < end]
    if not inside:
        return False
    lead = doc[max(sent.start, inside[0].i - 4):inside[-1].i + 1]
    words = f" {' '.join(t.lower_ for t in lead)} "
    return any(f" {p} " in words for p in _TOTALS)


def grievance(trigger: Token) -> bool:
    """A death noun in a protest or riot's sentence that is what the crowd protests ('over
    the death of a patient', 'to demand justice for the killing of a vendor'), unless a
    verb of outcome governs it ('leading to the death of one marcher'); also a death told
    inside such a noun's phrase ('the death of a woman who died in labour')."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in _DEATH_EVENTS:
        return any(_named_death(up) and grievance(up) for up in trigger.ancestors)
    if not _named_death(trigger):
        return False  # "with three deaths reported" counts; "the death of a patient" names one
    for up in trigger.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return up.lemma_.lower() not in _RESULTS
    return True


def _named_death(tok: Token) -> bool:
    """'the death of a patient', 'his killing': a death noun naming whose death it is."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _DEATH_EVENTS
        and any(c.dep_ == "poss" or c.lower_ in _OF for c in child_tokens(tok))
    )


def told_body(span: Span) -> bool:
    """'his body', 'the beheaded body': the body of a victim the sentence has already
    counted (read only beside another death in the sentence)."""
    for tok in span:
        if tok.lemma_.lower() in _BODIES and tok.pos_ == "NOUN":
            kids = child_tokens(tok)
            if any(c.lower_ in _OF or c.dep_ == "nummod" for c in kids):
                return False  # "the bodies of two more men" names its own dead
            return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in kids)
    return False
