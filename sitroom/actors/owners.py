"""Whose the people or things an event hit are, where their phrase names no actor itself.

    "Israeli troops killed two Palestinians near Jenin"  → Civilians (Palestine): a people
    "... killed three of its fighters, Hamas said"         → Hamas: the group 'its' points to
    "the Houthis shot down a US MQ-9 drone"                → the forces of the US: a military
                                                             designation after a state's name
    "an army vehicle struck an IED planted by JNIM"        → the army is hit, JNIM struck
    "a police truck hit a landmine"                        → the police own the truck hit
    "attacked the convoy of a police commander"           → the police: a unit's owner

The actors component reads these for the other side (actor2) only, after the dictionary
found no actor in the phrase.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from sitroom.actors.dictionary import ActorDictionary, Mention
from sitroom.components import Candidate
from sitroom.events.lexicon import load_lexicon
from sitroom.events.sides import side
from sitroom.events.statehood import at_war, names_a_people
from sitroom.lang import pack_pattern, pack_words
from sitroom.nlp import NOMINAL_SUBJECTS, sentence_of, span_text

_POSSESSIVES = pack_words("actors/words", "possessives")
_MEMBER_WORDS = pack_words("actors/words", "member_words")
_NON_MEMBERS = pack_words("actors/words", "non_member_people")
_CIVILIANS = "civilians"  # the dictionary's class of people of no side
_DESIGNATION = pack_pattern("actors/words", "model_designation")
_STRIKERS = pack_words("actors/words", "mine_strikers")
_PLANTED = "Remote explosive/landmine/IED"
_UNITS = pack_words("actors/words", "owned_units")
_OF = pack_words("actors/words", "of_preps")
_POST_STAFF = pack_words("actors/words", "post_staff")
_STAFF_POSTS = pack_words("actors/words", "staff_posts")
_PLANTING = pack_words("actors/words", "planting_verbs")
_MILITARY = "military"
#: "Russian shelling killed three Ukrainians": remote violence on a town hits its people.
_REMOTE_HARM = pack_words("actors/words", "remote_harm_words")
#: Entities a state is named by before a designation ("a US MQ-9", "a Russian Su-25").
_STATE_ENTS = ("GPE", "NORP")


def owned_side(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    exclude: set[str],
) -> list[Mention]:
    """The victims' side read from whose they are, or [] when the phrase does not tell it."""
    return (
        nationals(span, dictionary, country, when, exclude)
        or group_possessed(span, dictionary, country, when, exclude)
        or designated(span, dictionary, country, when)
        or unit_of(span, dictionary, country, when, exclude)
        or staff_of_post(span, dictionary, country, when, exclude)
    )


def staff_of_post(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    exclude: set[str],
) -> list[Mention]:
    """ "a bomb outside a police station, injuring three officers": people named only by
    their post serve in the force whose post the sentence names."""
    if span.root.lemma_.lower() not in _POST_STAFF:
        return []
    for tok in span.sent:
        if tok.lemma_.lower() not in _STAFF_POSTS or tok.i in range(span.start, span.end):
            continue
        force = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        if not force:
            continue
        found = _named_sides(span_text(span.doc[force[0].left_edge.i : tok.i]), dictionary, country, when, exclude)
        if found:
            return found
    return []


def unit_of(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    exclude: set[str],
) -> list[Mention]:
    """ "attacked the convoy of a police commander", "the camp of a militia": a unit, vehicle
    or post is the side of whoever the "of" phrase on it names."""
    head = span.root
    if head.lemma_.lower() not in _UNITS and head.lower_ not in _UNITS:
        return []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _OF):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            owner = span.doc[obj.left_edge.i : obj.right_edge.i + 1]
            found = _named_sides(span_text(owner), dictionary, country, when, exclude)
            offset = owner.start_char - span.start_char
            for m in found[:1]:
                m.start, m.end = m.start + offset, m.end + offset
            if found:
                return found[:1]
    return []


def _named_sides(
    text: str, dictionary: ActorDictionary, country: str | None, when: date | None, exclude: set[str]
) -> list[Mention]:
    """The actors a phrase names outright (no bare state), other than those excluded."""
    return [
        m for m in dictionary.mentions(text, country, when, allow_bare_state=False)
        if m.actor is not None and m.actor.name not in exclude
    ]


def nationals(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    attackers: set[str],
) -> list[Mention]:
    """ "two Palestinians", "four Cameroonians": a nationality word heading the phrase, with
    nothing armed said of them, names the civilians of that state (wherever it happened:
    ACLED codes Palestinians hit in Jerusalem as Palestine's civilians); the people of a
    state at war with the attackers' (``attackers``: their actor names) are its soldiers in
    a fight, but its civilians when shelling, a drone or a missile hit them."""
    head = span.root
    if not names_a_people(head) or side(span, load_lexicon()) != "civilian":
        return []
    nation = dictionary.country_of(head.text)
    if country and nation and country != nation and country in _shared_by(head, dictionary):
        nation = country  # "Congolese": two states share the word, the event's own
    people = dictionary.generic_actor(_CIVILIANS, nation, when)
    cls = _CIVILIANS
    remote = any(lemma_of(t) in _REMOTE_HARM for t in sentence_of(span.doc, head.i))
    if nation and not remote and _enemy_of(nation, attackers, dictionary):  # "killed 40 Russians"
        people, cls = dictionary.state_actor(_MILITARY, nation, when), _MILITARY
    if people is None:
        return []
    start = head.idx - span.start_char
    return [Mention(people, start, start + len(head.text), head.text, cls, nation or "")]


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def _enemy_of(nation: str, attackers: set[str], dictionary: ActorDictionary) -> bool:
    """Is ``nation`` at war with the state of one of the attackers' actor names?"""
    for name in attackers:
        actor = dictionary.resolve(name, allow_bare_state=False)
        if actor is not None and actor.kind == "state" and at_war(nation, actor.country):
            return True
    return False


def _shared_by(head: Token, dictionary: ActorDictionary) -> set[str]:
    """The states whose nationality word ``head`` is (two for 'Congolese')."""
    return {c for c, _, _ in dictionary.countries_in(head.text)}


def group_possessed(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    exclude: set[str],
) -> list[Mention]:
    """ "three of its fighters", "two of their members": the possessive points to the actor
    named nearest around the phrase (before it in its sentence, then after it: "..., Hamas
    said", then the sentence before), never the side that did it (``exclude``)."""
    poss = next((t for t in span if t.lower_ in _POSSESSIVES and t.dep_ == "poss"), None)
    if poss is None or poss.head.i < poss.i or not span.start <= poss.head.i < span.end:
        return []
    if poss.head.dep_ == "conj" and poss.head.head.pos_ == "PROPN":
        return []  # "shelled Ankawi and its surroundings": the place's
    if _people_before(span, poss, dictionary, country, when):
        return []  # "killed five members of a family inside their home": the family's
    owned = span.doc[poss.i + 1 : poss.head.i + 1]
    members = _force_may_own(poss.head, dictionary, country, when)
    for owner in _owners(span, dictionary, country, when, exclude, members):
        found = [
            m for m in dictionary.mentions(f"{owner} {span_text(owned)}", country, when)
            if m.actor is not None and m.actor.name not in exclude
        ]
        if found:
            hit = found[0]
            hit.start = owned.start_char - span.start_char
            hit.end, hit.text = hit.start + len(owned.text), owned.text
            return [hit]
    return []


def _people_before(
    span: Span, poss: Token, dictionary: ActorDictionary, country: str | None, when: date | None
) -> bool:
    """Civilians named last before the possessive in its sentence ('killed five members of a
    family inside their home', 'a farmer and his son'): they own what follows it, not an
    actor named around the phrase ('..., police said')."""
    sent = sentence_of(span.doc, span.start)
    noun = next((t for t in reversed(span.doc[sent.start : poss.i]) if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    if {noun.lower_, noun.lemma_.lower()} & _NON_MEMBERS:
        return True
    return any(m.generic == _CIVILIANS for m in dictionary.mentions(noun.text, country, when))


def _force_may_own(
    head: Token, dictionary: ActorDictionary, country: str | None, when: date | None
) -> bool:
    """May a bare state force own what the possessive names? Its members ('its soldiers',
    'its men') and things ('their service vehicle'), not other people ('its employees',
    'its staff', 'their families': people the dictionary reads as civilians, or
    actors words `non_member_people`)."""
    words = {head.lower_, head.lemma_.lower()}
    if words & _MEMBER_WORDS:
        return True
    if words & _NON_MEMBERS:
        return False
    return not any(m.generic == _CIVILIANS for m in dictionary.mentions(head.text, country, when))


def _owners(
    span: Span,
    dictionary: ActorDictionary,
    country: str | None,
    when: date | None,
    exclude: set[str],
    members: bool = False,
) -> list[str]:
    """Words naming actors around a phrase, nearest first: before it in its sentence, after
    it in its sentence, then the sentence before; a bare state force only for its
    ``members`` and things (``members``: `_force_may_own`)."""
    sent = sentence_of(span.doc, span.start)
    windows = [(span.doc[sent.start : span.start], True), (span.doc[span.end : sent.end], False)]
    if sent.start > 0:
        windows.append((sentence_of(span.doc, sent.start - 1), True))
    out: list[str] = []
    for window, before in windows:
        named = [
            m for m in dictionary.mentions(span_text(window), country, when)
            if m.actor is not None and owner_named(m, members) and m.actor.name not in exclude
        ]
        if not before:  # after the phrase, only a speaker: "..., Hamas said"
            named = [m for m in named if _subject(window, m)]
        out += [m.text for m in (reversed(named) if before else named)]
    return out


def owner_named(mention: Mention, members: bool = True) -> bool:
    """A name, a word with its state ('Malian troops'), or, owning its ``members``, a
    state's force the event's country makes ('the army said three of its soldiers ...': the
    army of that country; 'two of its employees, both civilian cooks' stay civilians);
    not an unnamed group ('gunmen')."""
    actor = mention.actor
    bare_force = members and actor is not None and actor.kind == "state"
    return not mention.generic or bool(mention.country) or bare_force


def _subject(window: Span, mention: Mention) -> bool:
    """Is a word of the mention a clause's subject?"""
    start, end = window.start_char + mention.start, window.start_char + mention.end
    return any(start <= t.idx < end and t.dep_ in NOMINAL_SUBJECTS for t in window)


def designated(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> list[Mention]:
    """ "shot down a US MQ-9 drone": a state named right before a model designation (the
    tagger may cut the phrase there) is that state's forces."""
    doc, last = span.doc, span[-1]
    if last.ent_type_ not in _STATE_ENTS or span.end >= len(doc):
        return []
    if not _DESIGNATION.fullmatch(doc[span.end].text):
        return []
    return [
        m for m in dictionary.mentions(span_text(span), country, when, allow_bare_state=True)
        if m.actor is not None and m.actor.kind == "state"
    ]


def struck_a_mine(candidate: Candidate) -> bool:
    """ "An army vehicle struck an IED", "their vehicle hit a roadside bomb": the subject of
    a mine's blast is a vehicle the blast hit, so its owners are the side hit, and whoever
    planted the device (named in the weapon's phrase, if at all) the attacker."""
    agent = candidate.agent
    if candidate.event.sub_event_type != _PLANTED or agent is None:
        return False
    return agent.root.lemma_.lower() in _STRIKERS or agent.root.lower_ in _STRIKERS


def vehicle_owner(
    span: Span, dictionary: ActorDictionary, country: str | None, when: date | None
) -> list[Mention]:
    """ "A police truck hit a landmine": the force named before the vehicle that struck the
    mine owns it (a bare force word is no side of its own where it only describes a thing;
    here the thing is the force's). [] when no armed side is named on the vehicle."""
    root = span.root
    if lemma_of(root) not in _STRIKERS and root.lower_ not in _STRIKERS:
        return []
    modifiers = {t.idx - span.start_char for t in root.subtree if t.i < root.i and span.start <= t.i}
    return [
        m for m in dictionary.mentions(span_text(span), country, when, allow_bare_state=False)
        if m.actor is not None and m.actor.kind != _CIVILIANS and m.start in modifiers
    ][:1]


def planter_spans(candidate: Candidate) -> list[Span]:
    """Who planted the device: "a mine planted by jihadists", "a Taliban-planted bomb"."""
    doc, out = candidate.sentence.doc, []
    for tok in candidate.sentence:
        if tok.lemma_.lower() not in _PLANTING:
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            out += [doc[o.left_edge.i : o.right_edge.i + 1] for o in agent.children if o.dep_ == "pobj"]
        if tok.i >= 2 and doc[tok.i - 1].text == "-":  # "Taliban-planted"
            out.append(doc[tok.i - 2 : tok.i - 1])
    return out
