"""Triggers a sentence asserts but does not report as events of their own: the grievance
told in a clause on the protesters, and the reason given for another event ('arrested for
taking part in a protest', 'marched against the killings'). Used by `sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import KINETIC, SUBJECTS, Trigger, behind_reason
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children


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
    crowds = {t for trig in asserted for subj in _protesters(trig, lex) for t in subj.subtree}
    if not crowds:
        return []
    out = []
    for trig in asserted:
        if lex.classes[trig.cls].family == "protest":
            continue
        if any(a.dep_ == "relcl" and a.head in crowds for a in [trig.token, *trig.token.ancestors]):
            out.append(trig)
    return out


def is_protest(trig: Trigger) -> bool:
    """The protest act itself (not its dispersal)."""
    return trig.cls in ("protest", "labor_strike")


def _reasons(asserted: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """Events given as the reason for another ('arrested for taking part in a protest',
    'detained over their role in the attack', 'marched against the killings'): that other
    occurrence, not this one. An accusation's reason is what it is about ('blamed X for
    the attack'), so it stays."""
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
               for c in tok.children):
            out.append(trig)
    return out


def not_told(asserted: list[Trigger], lex: Lexicon) -> list[tuple[Trigger, str]]:
    """Asserted triggers that the sentence does not report as an event of its own."""
    out = [(t, "the protesters' grievance") for t in _grievances(asserted, lex)]
    out += [(t, "recalled in a relative clause") for t in _recalled(asserted, lex)
            if all(t is not o for o, _ in out)]
    told = [t for t, _ in out]
    return out + [
        (t, "the reason for another event")
        for t in _reasons(asserted, lex)
        if all(t is not o for o in told)
    ]
