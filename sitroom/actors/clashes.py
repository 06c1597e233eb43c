"""Two sides named in one phrase of a clash: "GNA and LNA forces clashed at the airbase",
"troops of the two neighbours traded fire along the frontier", "the armies of India and
Pakistan exchanged fire"; the side named first is actor1. So of an agreement: "the
government and the M23 rebels signed a ceasefire" (the rebels actor2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.actors.spans import is_clash, phrase
from sitroom.components import Candidate
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import is_weapon_word
from sitroom.lang import pack_words
from sitroom.nlp import child_tokens, head_token, span_text

_SWAPPED = pack_words("actors/words", "swapping_clash_verbs")
_CLASH_PREPS = pack_words("actors/words", "clash_preps")
_PLURAL_TAGS = {"NNS", "NNPS"}
#: The generic class of an armed group the text does not name ("fighters", "gunmen").
_UNNAMED = "unidentified"
#: Sub-event types two sides make together, as they fight a clash.
_PACTS = {"Agreement"}

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)


def split_clash(
    candidate: Candidate, side1: Side, side2: Side, dictionary: ActorDictionary, when: date | None
) -> tuple[Side, Side]:
    """The second of two sides named in actor1's phrase of a clash becomes actor2, also
    over the unnamed dead the clash left when it names no foe of its own ("troops and
    al-Shabaab clashed, killing six fighters": al-Shabaab, not an unidentified group)."""
    trigger = head_token(candidate.trigger)
    told2 = [m for _, m, _ in side2 if m.actor]
    mutual = is_clash(trigger) or candidate.event.sub_event_type in _PACTS
    if not mutual or told2 and (foe_told(trigger) or any(m.generic != _UNNAMED for m in told2)):
        return side1, side2
    named = [entry for entry in side1 if entry[1].actor is not None]
    names = {m.actor.name for _, m, _ in named}
    if len(names) < 2 and told2:
        return side1, side2
    if len(names) < 2:
        if foe_told(head_token(candidate.trigger)):  # "Syrian and Russian troops battled insurgents"
            return side1, side2
        other = _other_state(named[:1], dictionary, when)
        if other is None:
            return side1, side2
        if _starts(other) < _starts(named[0]):  # "Indian and Pakistani troops": India first
            return [other], side1
        return side1, [other]
    second = next(e for e in named if e[1].actor.name != named[0][1].actor.name)
    return [e for e in side1 if e is not second], [second]


def foe_told(trigger: Token, armed: bool = False) -> bool:
    """The clash has a foe of its own, named or not ("battled insurgents", "clashed with
    gunmen"), so a second country in the first side's phrase is an ally; what the sides
    swap ("exchanged fire") is no foe, nor (``armed``) what they fight with ("fought with
    sticks")."""
    lex = load_lexicon()
    for child in child_tokens(trigger):
        if child.dep_ in ("dobj", "obj") and trigger.lemma_ not in _SWAPPED:
            return True
        foe = child.dep_ == "prep" and child.lower_ in _CLASH_PREPS
        pobjs = [p for p in child_tokens(child) if p.dep_ == "pobj"] if foe else []
        if any(not (armed and is_weapon_word(p, lex)) for p in pobjs):
            return True
    return False


def fought_by_agent(candidate: Candidate) -> list[Span]:
    """ "Five civilians were killed in crossfire as soldiers fought RSF fighters": the foe of
    the fight whose subject is the deed's doer, when the fight is told by another verb than
    the deaths (what the doer fought, or fought with or against)."""
    agent, trigger = candidate.agent, head_token(candidate.trigger)
    if agent is None or agent.root.dep_ != "nsubj":
        return []
    verb = agent.root.head
    if verb.i == trigger.i or not is_clash(verb) or verb.lemma_ in _SWAPPED:
        return []
    spans = []
    for child in child_tokens(verb):
        if child.dep_ in ("dobj", "obj"):
            spans.append(phrase(child))
        elif child.dep_ == "prep" and child.lower_ in _CLASH_PREPS:
            spans += [phrase(p) for p in child_tokens(child) if p.dep_ == "pobj"]
    return spans


def _other_state(
    named: Side, dictionary: ActorDictionary, when: date | None
) -> tuple[Span, Mention, int] | None:
    """ "military forces of India and Pakistan", "Indian and Pakistani troops": the same
    forces of the other country the phrase names (a state's generic class only: police,
    military)."""
    if not named:
        return None
    span, mention, order = named[0]
    if not mention.generic or not mention.country:
        return None
    whole = span.doc[span.start : max(span.end, span.root.right_edge.i + 1)]
    text = span_text(whole)  # the phrase with its coordinated words ("... and Pakistan")
    names = {hit[1] for hit in dictionary.countries_in(text, demonyms=False)}
    for country, start, end in dictionary.countries_in(text):
        if country == mention.country or (start not in names and not _adjective(whole, start)):
            continue  # "clashes between Palestinians and Israeli forces": people, no army
        actor = dictionary.generic_actor(mention.generic, country, when)
        if actor is None or actor.kind != "state":
            return None
        found = replace(mention, actor=actor, country=country, start=start, end=end,
                        text=text[start:end], assoc=[])
        return (whole, found, order + 1)
    return None


def _starts(entry: tuple[Span, Mention, int]) -> int:
    """Where in the article a side's mention begins."""
    span, mention, _ = entry
    return span.start_char + mention.start


def _adjective(phrase: Span, start: int) -> bool:
    """The word at a character offset of the phrase is an adjective ("Indian and Pakistani
    troops", or "Kyrgyz and Tajik border guards", which the tagger takes for a name paired
    with the next), not a people ("Palestinians")."""
    at = phrase.start_char + start
    return any(t.idx == at and (t.pos_ == "ADJ" or t.dep_ == "amod" or _paired(t)) for t in phrase)


def _paired(word: Token) -> bool:
    """A singular word joined by "and" to the next word ("Kyrgyz and Tajik ..."): one of two
    modifiers, not a people named alone (a people is plural: "Palestinians and ...")."""
    doc = word.doc
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.tag_ not in _PLURAL_TAGS and nxt is not None and nxt.dep_ == "cc"
