"""Triggers a sentence asserts but does not report as events of their own: the grievance
told in a clause on the protesters, the reason given for another event ('arrested for
taking part in a protest', 'marched against the killings'), and what is banned ('banned all
protests', 'a ban on rallies'). Used by `sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import (
    KINETIC,
    SUBJECTS,
    Trigger,
    answers_another,
    behind_reason,
    event_words,
)
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children, lemma
from sitroom.nlp import child_tokens, sentence, subtree_tokens

#: Why violence told in a clause on the protesters is no event (the protest stays one).
GRIEVANCE = "the protesters' grievance"


def _kinetic(trig: Trigger, lex: Lexicon) -> bool:
    return lex.classes[trig.cls].family in KINETIC


def _protesters(trig: Trigger, lex: Lexicon) -> list[Token]:
    """Who protests: the subject of the protest verb, of its light verb ('held a rally'), or
    of the verb whose object it is ('continued their sit-in')."""
    if lex.classes[trig.cls].family != "protest":
        return []
    verb = trig.light if trig.light is not None else trig.token
    if trig.nominal and trig.light is None and verb.dep_ in ("dobj", "obj"):
        verb = verb.head
    return children(verb, *SUBJECTS)


def _grievances(asserted: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """Violence told in a relative clause on the protesters ('families who say their sons
    were abducted staged a sit-in', 'mothers whose sons were killed marched'): what the
    protest is about, recalled, not an event the sentence reports."""
    protests = [t for t in asserted if lex.classes[t.cls].family == "protest"]
    if not protests:
        return []
    crowds = {t for trig in asserted for subj in _protesters(trig, lex) for t in subtree_tokens(subj)}
    out = []
    for trig in asserted:
        if lex.classes[trig.cls].family == "protest":
            continue
        tok = trig.token
        on_crowd = any(a.dep_ == "relcl" and a.head in crowds for a in [tok, *tok.ancestors])
        told_before = any(tok.i < p.token.i for p in protests)
        if on_crowd or (told_before and _after_crowd_relative(tok, lex)):
            out.append(trig)
    return out


#: How far back from a violent verb the 'who' of a clause on the crowd may stand.
_RELATIVE_REACH = 6


def _after_crowd_relative(tok: Token, lex: Lexicon) -> bool:
    """'families who claim their sons have been kidnapped ... continued their sit-in', read
    on the words when the parse lost the relative clause: the violence follows 'who' or
    'whose' on people who protest, and the protest is told after it."""
    doc, start = tok.doc, sentence(tok).start
    crowd = lex.cue("protest_subjects")
    for k in range(tok.i - 1, max(start, tok.i - _RELATIVE_REACH) - 1, -1):
        if doc[k].lower_ in event_words("crowd_relatives") and k > start:
            return lemma(doc[k - 1]) in crowd
    return False


def is_protest(trig: Trigger) -> bool:
    """The protest act itself (not its dispersal)."""
    return trig.cls in ("protest", "labor_strike")


def _reasons(asserted: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """Events given as the reason for another ('arrested for taking part in a protest',
    'detained over their role in the attack', 'marched against the killings'): that other
    occurrence, not this one. An accusation's reason is what it is about ('blamed X for
    the attack'), so it stays; so does an attack another answers ('fired rockets in
    response to a strike that killed three'): an incident of its own."""
    by_verb: dict[Token, Trigger] = {}
    for t in asserted:
        if _kinetic(t, lex):
            by_verb[t.token] = t
            if t.light is not None:
                by_verb[t.light] = t
    out = []
    for trig in asserted:
        tok = trig.light if trig.light is not None else trig.token
        for anc in tok.ancestors:
            governor = by_verb.get(anc)
            if governor is None or governor is trig:
                continue
            protest = is_protest(governor) and not is_protest(trig)
            if _kinetic(trig, lex) and not protest and answers_another(tok, anc):
                break  # "fired rockets in response to a strike that killed three": told too
            if behind_reason(tok, anc, protest):
                out.append(trig)
                break
    return out


def _recalled(asserted: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """'forces that recently clashed on the island', 'the men who had earlier attacked the
    bank': a relative clause recalling what the people named did before."""
    out = []
    for trig in asserted:
        tok = trig.light if trig.light is not None else trig.token
        if tok.dep_ != "relcl":
            continue
        if any(c.dep_ == "advmod" and c.lower_ in lex.cue("retrospective_adverbs")
               for c in child_tokens(tok)):
            out.append(trig)
    return out


def _banned(trig: Trigger) -> bool:
    """'police banned all protests', 'the ban on marches and sit-ins was extended', 'rallies
    were prohibited': an event noun forbidden, not one held."""
    if not trig.nominal or trig.light is not None:
        return False
    noun = trig.token
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        noun = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return lemma(noun.head) in event_words("ban_verbs")
    if noun.dep_ != "pobj":
        return False
    owner = noun.head.head  # 'the ban on rallies'; 'extended the ban on rallies' (on the verb)
    owners = [owner, *children(owner, "dobj")]
    return any(lemma(o) in event_words("ban_nouns") for o in owners)


def not_told(asserted: list[Trigger], lex: Lexicon) -> list[tuple[Trigger, str]]:
    """Asserted triggers that the sentence does not report as an event of its own."""
    out = [(t, "banned, not held") for t in asserted if _banned(t)]
    out += [(t, GRIEVANCE) for t in _grievances(asserted, lex) if all(t is not o for o, _ in out)]
    out += [(t, "recalled in a relative clause") for t in _recalled(asserted, lex)
            if all(t is not o for o, _ in out)]
    told = [t for t, _ in out]
    return out + [
        (t, "the reason for another event")
        for t in _reasons(asserted, lex)
        if all(t is not o for o in told)
    ]
