"""The force a crowd met: "residents pelted stones at the police", "they were dispersed by
police", "rioters clashed with soldiers", "police fired tear gas to break up the march".
ACLED codes the state force that a riot or a protest confronted (or that broke it up) as
actor2. The parse of the event's own trigger often misses it (the record's trigger is the
march, the force is in a clause or the sentence after), so the force is looked for in the
event's sentence and the next one, as an argument of a verb of confrontation only: police
who "arrived" or whom a past event names ("a man shot by police last year") are not it.
A force told outside the crowd's own clause (in the next sentence, or in an "after ..."
clause) counts only when its clause names the crowd too ("Police fired tear gas at them");
a next sentence that opens another incident or names another place is not read.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from sitroom.actors.dictionary import ActorDictionary
from sitroom.components import Candidate
from sitroom.lang import pack_words
from sitroom.lang.story import opens_incident
from sitroom.model import Actor, Evidence
from sitroom.nlp import child_tokens, sentence_of, span_text

_VERBS = pack_words("actors/words", "crowd_force_verbs")
_PREPS = pack_words("actors/words", "crowd_force_preps")
#: The crowd named again beside a force told outside its clause.
_CROWD_NOUNS = pack_words("events/lexicon", "crowd_nouns")
_GATHERINGS = pack_words("events/lexicon", "protester_nouns")
_CROWD_PRONOUNS = pack_words("actors/words", "crowd_pronouns")
#: "... after soldiers shot a trader": a clause that tells the crowd's cause, not its foe.
_CIRCUMSTANCES = pack_words("events/words", "circumstance_preps")
_PLACES = {"GPE", "LOC"}
_PLURAL = "NNS"
_CROWD_TYPES = {"Riots", "Protests"}
_CALM = "Peaceful protest"
_STATE = "state"
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "obj"}
_CLAUSES = {"relcl", "acl"}


def fill_intervening_force(candidate: Candidate, dictionary: ActorDictionary) -> None:
    """actor2 of a crowd's final record whose text named none: the force it confronted
    (named once the record is final, with its country: the force may be told in a
    sentence merged into it, and a record merged from two must not be split by it)."""
    event = candidate.event
    if event.actor2:
        return
    found = intervening_force(candidate, dictionary, event.country or None, event.event_date)
    if found is not None:
        actor, evidence = found
        event.actor2, event.inter2 = actor.name, actor.inter
        event.cite("actor2", evidence)


def intervening_force(
    candidate: Candidate, dictionary: ActorDictionary, country: str | None, when: date | None
) -> tuple[Actor, Evidence] | None:
    """The state force the crowd of a riot or a non-peaceful protest confronted, with the
    words that name it; None when the text ties none to the crowd."""
    event = candidate.event
    if event.event_type not in _CROWD_TYPES or event.sub_event_type == _CALM:
        return None
    own = candidate.sentence
    trigger = getattr(candidate.trigger, "root", candidate.trigger)
    for sent in _sentence_and_next(own):
        if sent.start != own.start and not _goes_on(own, sent):
            continue
        text = span_text(sent)
        for mention in dictionary.mentions(text, country, when, fuzzy=False):
            actor = mention.actor
            if actor is None or actor.kind != _STATE or not mention.generic:
                continue
            head = _token_at(sent, sent.start_char + mention.end)
            if head is None or _of_a_named_group(sent, sent.start_char + mention.start):
                continue  # "QSD special forces": a named group's forces, not the state's
            later = sent.start != own.start
            aside = later or _in_circumstance(head, trigger)
            faced = not aside or _names_crowd(head, own, later) or (later and _hurt_unnamed(head))
            if faced and _confronted(head):
                at = sent.start_char
                return actor, Evidence(at + mention.start, at + mention.end, mention.text)
    return None


def _sentence_and_next(sent: Span) -> list[Span]:
    doc = sent.doc
    if sent.end >= len(doc):
        return [sent]
    return [sent, sentence_of(doc, sent.end)]


def _goes_on(own: Span, nxt: Span) -> bool:
    """The next sentence still tells the crowd's incident: it opens no other one and
    names no place the crowd's sentence does not ("Police in Mombasa fired ...")."""
    if opens_incident(nxt.text):
        return False
    known = own.text.lower()
    return all(e.text.lower() in known for e in nxt.ents if e.label_ in _PLACES)


def _in_circumstance(word: Token, trigger: Token) -> bool:
    """The word lies in an "after/before ..." clause or phrase that does not hold the
    event's trigger ("rioted after soldiers shot a trader")."""
    for node in word.ancestors:
        opened = node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in _CIRCUMSTANCES
        marked = node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCES for c in node.children
        )
        if opened or marked:
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
    return False


def _names_crowd(word: Token, own: Span, later: bool) -> bool:
    """The clause of the force (its verb, and the verb that one is joined to) names a
    crowd: a crowd noun in the plural, a gathering, 'they/them', or a plural noun of the
    crowd's own sentence told again in a later one ("traders ... The traders stoned
    police", "prisoners rioted ... Guards killed one prisoner")."""
    clause = word
    while clause.dep_ not in {"ROOT", "advcl", "pcomp"} and clause.head is not clause:
        clause = clause.head
    force = {t.i for t in word.subtree}
    inside = [t for t in clause.subtree if t.i not in force]
    seen = {t.i for t in clause.subtree}
    told = set()
    if later:
        told = {t.lemma_.lower() for t in own if t.tag_ == _PLURAL and t.i not in seen}
    return any(_crowd_word(t, told) for t in inside)


def _crowd_word(t: Token, told: set[str]) -> bool:
    lemma = t.lemma_.lower()
    if t.lower_ in _CROWD_PRONOUNS or lemma in _GATHERINGS or lemma in told:
        return True
    return t.tag_ == _PLURAL and lemma in _CROWD_NOUNS


def _hurt_unnamed(word: Token) -> bool:
    """The force is what the sentence after the crowd's says was hurt, by no one it names
    ("Two police officers were injured"): the crowd's doing."""
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    return word.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in word.head.children)


def _token_at(sent: Span, end_char: int) -> Token | None:
    """The last token of a mention that ends at ``end_char``."""
    return next((t for t in sent if t.idx < end_char <= t.idx + len(t.text)), None)


def _of_a_named_group(sent: Span, start_char: int) -> bool:
    """The word before the mention is part of an organisation's name."""
    before = [t for t in sent if t.idx + len(t.text) <= start_char]
    return bool(before) and before[-1].ent_type_ == "ORG"


def _confronted(word: Token) -> bool:
    """The force word is the subject or object of a verb (or noun) of confrontation, or
    the object of its "at/with/by/between" (or of a verb joined to it), not in a clause
    on some other noun than a crowd."""
    while word.dep_ == "conj" and word.head is not word:  # "police and soldiers clashed"
        word = word.head
    if word.dep_ in _ARGUMENTS:
        heads = [word.head]
    elif word.dep_ == "pobj" and (word.head.dep_ == "agent" or word.head.lower_ in _PREPS):
        held = word.head.head  # the verb, or the noun it hangs on: "threw stones at police"
        heads = [held, held.head] if held.dep_ in _ARGUMENTS else [held]
    else:
        return False
    for head in heads:
        if head.dep_ in _CLAUSES and not _crowd_word(head.head, set()):
            return False  # a clause on the crowd itself counts: "youths who stoned police"
        joined = [head, *(c for c in child_tokens(head) if c.dep_ == "conj")]
        if any(v.lemma_.lower() in _VERBS for v in joined):
            return True
    return False
