"""The other side when the text names none: a fight among one side's own people, or the
civilians of violence against them, of looting and of arrests.

ACLED codes a brawl between two groups of villagers as Rioters against Rioters, a clash of
unnamed armed men as Unidentified Armed Group against itself, and the victims of violence
against civilians, the owners of a looted shop and the people arrested as the country's
civilians. These fill actor2 only where the parse found no one for it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from sitroom.actors.clashes import foe_told
from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.actors.spans import agent_spans, is_clash, patient_spans
from sitroom.components import Candidate
from sitroom.events.lexicon import load_lexicon
from sitroom.events.parsing import unknown_perpetrator
from sitroom.lang import pack_words
from sitroom.model import Event, Evidence
from sitroom.nlp import NOMINAL_SUBJECTS, child_tokens, head_token, sentence_of

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)

_RECIPROCAL = pack_words("actors/words", "reciprocal_words")
_TWO_SIDES = pack_words("actors/words", "two_sides_words")
_MUTUAL_CLASSES = pack_words("actors/words", "mutual_classes")
_FRONT_NOUNS = pack_words("actors/words", "front_nouns")
_ARMIES = pack_words("actors/words", "army_nouns")
_AMONG = pack_words("actors/words", "among_preps")
_PLURAL_TAGS = {"NNS", "NNPS"}
_NOUNS = ("NOUN", "PROPN")
_OBJECTS = pack_words("actors/words", "civilian_objects")
REMOTE = "Explosions/Remote violence"
#: Remote violence whose aim a report seldom knows: shells and strikes that hit farms and
#: houses name no victim side in ACLED's coding unless people were hurt.
_FIRED_FROM_AFAR = {"Shelling/artillery/missile attack", "Air/drone strike"}
#: Arcs that tell whose a thing is or whom it carries.
_OWNED = {"poss", "acl", "relcl"}
#: Sub-event types whose other side, unnamed, ACLED codes as the country's civilians (the
#: owners of what was looted or destroyed, the people arrested). A mob's victims are named
#: once its record is final (`crowd.crowd_for_type`): a police force told later may be it.
_SEIZED = "Looting/property destruction"
_CIVILIAN_SIDE = {_SEIZED, "Arrests"}
#: Goods whose owners are a gang (drugs, smuggled goods), and the class ACLED names them by.
_CONTRABAND = pack_words("actors/words", "contraband_words")
_GANG = "gang"
VAC = "Violence against civilians"
#: A riot's crowd of people named by no cause ("villagers", "a group of people") that
#: clashes with no foe named fights among itself; protesters clashing fight someone untold.
_COMMUNAL_CROWDS = pack_words("actors/words", "communal_crowd_kinds")
_COMMUNAL = "communal"
_RIOTS = "Riots"
#: The class of armed men no one names.
_UNNAMED = "unidentified"


def fill_other_side(
    candidate: Candidate,
    side1: Side,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    pending: dict[str, str],
) -> None:
    """actor2 of an event whose text names no second side: actor1 again for a fight among
    its own people, else the country's civilians where ACLED codes them."""
    event = candidate.event
    if event.actor2 or "actor2" in pending:
        return
    unnamed = not side1 and not event.actor1 and event.event_type == "Battles"
    alone = _fight_told_alone(candidate) if unnamed else None
    unnamed = unnamed and (
        unknown_perpetrator(candidate.agent, load_lexicon())
        or _fight_as_agent(candidate)
        or alone is not None
    )
    kind = _UNNAMED if unnamed else kind_of(side1)
    if event.event_type == _RIOTS and (not kind or kind in _COMMUNAL_CROWDS):
        kind = _COMMUNAL  # "villagers clashed": rioters on both sides; not "protesters clashed"
    cue = mutual_cue(candidate, kind) or alone
    if cue is not None and unnamed:
        if _front(cue.root):
            return  # "heavy fighting near the town": a war's front, its sides untold
        _unnamed_clash(event, cue, dictionary, country, when, pending)
    if cue is not None and _state_side(side1, dictionary):
        _other_state(event, side1, dictionary, when, _told_before(candidate.sentence))
        return
    if cue is not None and (event.actor1 or "actor1" in pending):
        event.actor2, event.inter2 = event.actor1, event.inter1
        if "actor1" in pending:
            pending["actor2"] = pending["actor1"]
        event.cite("actor2", Evidence(cue.start_char, cue.end_char, cue.text))
        return
    civilian_side = event.event_type == VAC or event.sub_event_type in _CIVILIAN_SIDE
    bomb = event.event_type == REMOTE and event.sub_event_type not in _FIRED_FROM_AFAR
    if not civilian_side and not (bomb and _civilian_object(candidate)):
        return
    owners = _GANG if _contraband_taken(candidate) else "civilians"
    civilians = dictionary.generic_actor(owners, country, when)
    if civilians:
        event.actor2, event.inter2 = civilians.name, civilians.inter
    else:
        pending["actor2"] = owners


def _contraband_taken(candidate: Candidate) -> bool:
    """ "Police seized a ton of marijuana", "dismantled a cocaine lab": what forces seize or
    destroy that is contraband belongs to a gang, not to civilians (ACLED's unidentified
    gang of the country)."""
    if candidate.event.sub_event_type != _SEIZED:
        return False
    return any(t.lower_ in _CONTRABAND or t.lemma_.lower() in _CONTRABAND for t in candidate.sentence)


def _fight_as_agent(candidate: Candidate) -> bool:
    """ "A shoot-out broke out, killing two": the fight is what killed, no side is named."""
    agent = candidate.agent
    return agent is not None and is_clash(head_token(agent))


def killed_by_a_fight(candidate: Candidate) -> bool:
    """ "Fighting between armed groups in X killed three people", "clashes broke out, killing
    five": the fight is the doer, so the people it killed are its toll, not its second side."""
    if _fight_as_agent(candidate):
        return True
    trigger = head_token(candidate.trigger)
    return any(
        c.i < trigger.i and c.dep_ in ("advcl", *NOMINAL_SUBJECTS) and is_clash(c)
        for c in child_tokens(trigger)
    )


def _fight_told_alone(candidate: Candidate) -> Span | None:
    """ "Shoot-outs took place in two neighbourhoods", "gunfire was reported": a battle told
    by a noun with no one on it or around it; the noun is the cue."""
    trigger = head_token(candidate.trigger)
    if candidate.agent is not None or candidate.patient is not None or trigger.pos_ not in _NOUNS:
        return None
    return trigger.doc[trigger.i : trigger.i + 1]


def _front(noun: Token) -> bool:
    """ "heavy fighting near the town", not "fighting among militiamen": a front's fighting
    names no fighters."""
    if noun.lower_ not in _FRONT_NOUNS and noun.lemma_.lower() not in _FRONT_NOUNS:
        return False
    told = [*noun.children, *(noun.head.children if noun.dep_ in NOMINAL_SUBJECTS else ())]
    return not any(c.dep_ == "prep" and c.lower_ in _AMONG for c in told)


def _state_side(side: Side, dictionary: ActorDictionary) -> bool:
    """A side that is two states' forces ("Indian and Pakistani troops", "the two armies"),
    never one army fighting itself; "two groups of soldiers" stay one army."""
    for phrase, mention, _ in side[:1]:
        if mention.actor is None or mention.actor.kind != "state":
            return False
        if len({c for c, _, _ in dictionary.countries_in(phrase.text)}) > 1:
            return True
        return phrase.root.tag_ in _PLURAL_TAGS and phrase.root.lemma_.lower() in _ARMIES
    return False


def _other_state(
    event: Event, side: Side, dictionary: ActorDictionary, when: date | None, context: list[Span]
) -> None:
    """ "Indian and Pakistani troops fired at each other": the phrase's second country's
    force is actor2. "The two armies clashed": the phrase names one country at most, so the
    sentence, then the one before it, tells the other ("... on the border of India and
    China"); the first one named leads when the phrase named none. With no second country
    told, actor2 stays open."""
    phrase, mention, _ = side[0]
    own = mention.actor.country if mention.actor is not None else None
    in_phrase = {c for c, _, _ in dictionary.countries_in(phrase.text)}
    where = [phrase] if len(in_phrase) > 1 else [phrase, *context]
    for span in where:
        told = [
            (c, start, end, dictionary.generic_actor(mention.generic, c, when))
            for c, start, end in dictionary.countries_in(span.text)
        ] if mention.generic else []
        told = [t for t in told if t[3] is not None and t[3].kind == "state"]
        others = [t for t in told if t[0] != own]
        if not others:
            continue
        if not in_phrase and told[0][0] != own:  # the sentence's first country leads
            first = told[0]
            event.actor1, event.inter1 = first[3].name, first[3].inter
            event.cite("actor1", _words(span, first[1], first[2]))
            own = first[0]
            others = [t for t in told if t[0] != own]
        if others:
            _, start, end, other = others[0]
            event.actor2, event.inter2 = other.name, other.inter
            event.cite("actor2", _words(span, start, end))
        return


def _words(span: Span, start: int, end: int) -> Evidence:
    """Evidence of the characters ``start:end`` of a span's text."""
    return Evidence(span.start_char + start, span.start_char + end, span.text[start:end])


def _told_before(sent: Span) -> list[Span]:
    """The event's sentence and the one before it."""
    if sent.start == 0:
        return [sent]
    return [sent, sentence_of(sent.doc, sent.start - 1)]


def _civilian_object(candidate: Candidate) -> bool:
    """A bomb told hitting what civilians own or use ("an IED struck a bus"); not a thing
    whose owner or load is told ("their vehicles", "a vehicle carrying militants")."""
    for span in patient_spans(candidate):
        head = span.root
        owned = any(c.dep_ in _OWNED for c in child_tokens(head)) or any(
            t.pos_ == "PROPN" for t in span
        )
        if head.lemma_.lower() in _OBJECTS and not owned:
            return True
    return False


def _unnamed_clash(
    event: Event,
    cue: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    pending: dict[str, str],
) -> None:
    """A clash no side of which is named ("a shoot-out broke out"): unidentified armed men
    on the first side (the caller puts them on the second)."""
    unknown = dictionary.generic_actor(_UNNAMED, country, when)
    if unknown is None:
        pending["actor1"] = _UNNAMED
        return
    event.actor1, event.inter1 = unknown.name, unknown.inter
    event.cite("actor1", Evidence(cue.start_char, cue.end_char, cue.text))


def mutual_cue(candidate: Candidate, kind: str) -> Span | None:
    """The words that make the event a fight among one side's own people: "each other",
    "two groups (of ...)" or "rival gangs" fighting, or unnamed armed men clashing with no
    foe named; None when the event has another side or is no fight."""
    trigger = head_token(candidate.trigger)
    reciprocal = _reciprocal(trigger)
    if reciprocal is not None:
        return reciprocal
    # the first fight among the triggers: "a shoot-out broke out, killing two" merged it in
    told = (head_token(t) for t in [candidate.trigger, *candidate.triggers])
    trigger = next((t for t in told if is_clash(t)), None)
    if trigger is None or foe_told(trigger, armed=True):
        return None
    # a side of one kind ("two groups of farmers", "two units of troops"), or a riot's crowd;
    # not the "two sides" of a fight told before
    crowd = bool(kind) or candidate.event.event_type == "Riots"
    for span in agent_spans(candidate) if crowd else []:
        if any(t.lower_ in _TWO_SIDES for t in span) or _paired_modifiers(span):
            return span
    if kind in _MUTUAL_CLASSES:
        return trigger.doc[trigger.i : trigger.i + 1]
    return None


def _paired_modifiers(span: Span) -> bool:
    """ "Kuki and Meitei villagers", "Hutu and Tutsi youths": two kinds of one head noun."""
    head = span.root.i
    return any(t.dep_ == "conj" and t.head.head.i == head and t.head.i != head for t in span)


def _reciprocal(trigger: Token) -> Span | None:
    """ "fought each other", "attacked one another with sticks"."""
    doc = trigger.doc
    near = list(child_tokens(trigger))
    near += [p for c in near if c.dep_ == "prep" for p in child_tokens(c)]
    for token in near:  # the word of the pair the parser hangs on the verb
        for start in (token.i - 1, token.i):
            pair = doc[max(start, 0) : start + 2]
            if len(pair) == 2 and pair.text.lower() in _RECIPROCAL:
                return pair
    return None


def kind_of(side: Side) -> str:
    """The class (or kind) of a side's first actor."""
    for _, mention, _ in side:
        if mention.actor is not None or mention.generic:
            return mention.generic or (mention.actor.kind if mention.actor else "")
    return ""
