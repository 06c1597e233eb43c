"""Is a trigger asserted as having happened? Negation, modals, conditions, plans and
purposes ('to attack'), and what governs the verb ('threatened to ...'). Used by
`sitroom.events.detect`."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.events.findings import (
    CONTINUATIVE,
    GOVERNED_DEPS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    Trigger,
    event_words,
)
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import children, lemma
from sitroom.nlp import child_tokens


def negated(tok: Token, lex: Lexicon) -> bool:
    neg = lex.cue("negation_words")
    for c in child_tokens(tok):
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in neg):
            return True
    return False


def _modal(tok: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lex.cue("modal_cues") for c in child_tokens(tok))


def characterised(noun: Token, definite: bool) -> bool:
    """'the protests were part of a coup attempt', 'the clashes remain the worst in years': a
    definite event noun (``definite``) that is the subject of a copula with its complement is
    described, a reference to what was told, not a new occurrence."""
    head = noun.head
    return (
        definite
        and noun.dep_ in SUBJECTS
        and lemma(head) in event_words("characterising_verbs")
        and any(c.dep_ in ("attr", "acomp") for c in child_tokens(head))
    )


def _object_of_modal(noun: Token, lex: Lexicon) -> bool:
    """'said they would keep up the blockades', 'it will call new protests', 'could join
    the rally': an event noun that is the object of a verb told with a modal is what
    someone would or might do, not what happened."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and _modal(head, lex)


def _infinitive(tok: Token) -> bool:
    """'to attack' (a purpose or a plan), not 'to have attacked' (told as done: 'claimed
    to have clashed with ...')."""
    aux = [c for c in child_tokens(tok) if c.dep_ == "aux"]
    perfect = any(lemma(c) in event_words("perfect_lemmas") for c in aux)
    return any(c.tag_ == "TO" for c in aux) and not perfect


def assertion(trig: Trigger, lex: Lexicon) -> tuple[bool, str]:
    """Is the trigger asserted as having happened? Returns (asserted, why-not)."""
    tok = trig.light if trig.light is not None else trig.token
    if (
        trig.nominal
        and trig.light is None
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.dep_ in SUBJECTS + PASSIVE_SUBJECTS
    ):
        tok = tok.head  # "the attack will target ..." → judge the verb
    if negated(trig.token, lex) or (tok != trig.token and negated(tok, lex)):
        return False, "negated"
    if trig.nominal and trig.token.dep_ == "attr" and negated(trig.token.head, lex):
        return False, "negated"  # 'these are not demonstrations, these are acts of vandalism'
    if trig.nominal and trig.light is None and _object_of_modal(tok, lex):
        return False, "modal"
    cur = tok
    for _ in range(8):
        if _modal(cur, lex):
            return False, "modal"
        if any(c.dep_ == "advmod" and c.lower_ in event_words("habitual_adverbs") for c in child_tokens(cur)):
            return False, "habitual"  # 'raids often turn deadly', 'killings are rarely prosecuted'
        if any(
            c.dep_ == "mark" and c.lower_ in lex.cue("hypothetical_marks") for c in child_tokens(cur)
        ):
            return False, "conditional"
        purpose = cur.dep_ in ("xcomp", "advcl", "acl", "ccomp", "relcl") or cur.head == cur
        attempted = _attempt_told(cur)
        infinitive = _infinitive(cur) and lemma(cur.head) not in CONTINUATIVE and purpose
        done = _done_in_protest(trig, cur, lex) or _done_to_disperse(trig, cur, lex)
        if infinitive and not attempted and not done:
            return False, "infinitive"
        head = cur.head
        if head == cur or cur.dep_ not in GOVERNED_DEPS:
            break
        if _told_clause(cur) and cur.tag_ == "VBD":
            break  # 'urged residents to stay indoors after bandits attacked X': told as done
        governs = lemma(head) in lex.cue("hypothetical_governors") and cur.dep_ != "conj" and not _told_clause(cur)
        if governs and not attempted:
            return False, f"governed by {head.lower_}"
        if cur.dep_ == "conj" and (negated(head, lex) and not children(cur, "nsubj")):
            return False, "negated"
        cur = head
    return True, ""


def _told_clause(cur: Token) -> bool:
    """'sought refuge after gunmen killed five', 'vowed revenge when the army shelled X': a
    clause of when or why the verb above it came about is told as done, whatever that verb
    (a verb of intent) says of its own object."""
    # the parse tags 'when' an adverb of the clause ('called for help when gunmen stormed X')
    return cur.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in event_words("told_clause_marks") for c in child_tokens(cur)
    )


def _attempt_told(cur: Token) -> bool:
    """'tried to kidnap', 'had attempted to storm': an attempt told in the past as done
    (not 'will try', 'are trying'); the attempt verb's own assertion is checked next."""
    head = cur.head
    if cur.dep_ != "xcomp" or lemma(head) not in event_words("attempt_verbs"):
        return False
    if head.dep_ not in ("ROOT", "conj"):
        return False  # 'men they claimed tried to kidnap': an attempt alleged, not told
    perfect = any(lemma(c) in event_words("perfect_lemmas") for c in child_tokens(head) if c.dep_ == "aux")
    return head.tag_ == "VBD" or (head.tag_ == "VBN" and perfect)


def _done_in_protest(trig: Trigger, cur: Token, lex: Lexicon) -> bool:
    """'Residents banged pots to protest the cuts': what they did is the protest itself,
    when they did it (a past action), not when it was planned or called for."""
    head = cur.head
    return (
        cur is trig.token
        and trig.cls == "protest"
        and cur.dep_ in ("advcl", "xcomp")
        and head.tag_ == "VBD"
        and any(c.dep_ == "dobj" for c in child_tokens(head))  # 'banged pots', 'burned tyres'
        and lemma(head) not in lex.cue("hypothetical_governors")
    )


def _done_to_disperse(trig: Trigger, cur: Token, lex: Lexicon) -> bool:
    """'Officers used tear gas to scatter the marchers', 'officers intervened to break up the
    rally': a dispersal told as the purpose of what the police did (a past action) is
    the dispersal itself. The parse may hang the purpose on the instrument ('used live
    ammunition to disperse the crowd': an acl of 'ammunition'): the verb it is the object of
    is the action."""
    head, dep = cur.head, cur.dep_
    if dep == "acl" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        head, dep = head.head, "advcl"
    # 'Police resorted to ...' tagged a bare participle: past all the same
    bare = head.tag_ == "VBN" and head.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in child_tokens(head)
    )  # not 'troops deployed to break up the march'
    return (
        cur is trig.token
        and trig.cls == "disperse"
        and dep in ("advcl", "xcomp")
        and (head.tag_ == "VBD" or bare)
        and bool(children(cur, "dobj"))  # 'told them to disperse': the crowd was to go
        and lemma(head) not in lex.cue("hypothetical_governors")
    )
