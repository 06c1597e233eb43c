"""People taken away by force, told without 'abduct' or 'kidnap': a verb and its particle
('gunmen took away two children', 'carried off four farmers'), a plain verb ('snatched a
trader') or a verb + object idiom ('took three villagers hostage'). The words live in the
lexicon (``taking_verbs``, ``taking_idioms``, ``forcible_takers``); such a trigger is a seizure
of people, which classify tells apart as an abduction or an arrest by state forces. Ground
taken with a plain verb ('rebels took the village of X', 'troops took Goma') is a capture:
`ground_taken` (its words: ``ground_taking_verbs``, ``ground_nouns`` of ``events/words``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sitroom.events.findings import PLACE_ENTS, event_words
from sitroom.events.lexicon import Lexicon, Term
from sitroom.events.parsing import base_forms, children, lemma
from sitroom.nlp import child_tokens, subtree_tokens

#: The class a particle or plain verb of taking gets: classify reads its patient and its
#: agent (people taken by state forces are arrested, by others abducted).
TAKING_CLASS = "seize"
#: The class ground taken with a plain verb gets: classify reads whose ground and who took it.
GROUND_CLASS = "capture"
#: The class a hostage idiom gets: hostages are abducted, whoever holds them.
IDIOM_CLASS = "abduct"


def taken_by_force(
    tok: Token, keys: list[Term], lex: Lexicon, taker: Callable[[], Span | None]
) -> tuple[Term, str] | None:
    """The key and class of ``tok`` when it tells people or ground taken by force, or None."""
    return taking_trigger(tok, keys, lex, taker) or ground_taken(tok, keys, lex, taker)


def taking_trigger(
    tok: Token, keys: list[Term], lex: Lexicon, taker: Callable[[], Span | None]
) -> tuple[Term, str] | None:
    """The key and class of ``tok`` when it tells people taken by force, or None. An idiom
    names the person itself; a particle or plain verb needs a person taken and a forcible
    taker ('he took the children away to school', 'the storm carried off roofs' are not)."""
    idioms, verbs = lex.cue("taking_idioms"), lex.cue("taking_verbs")
    seconds = _idiom_words(tok)
    for base in base_forms(tok):
        if any(f"{base} {w}" in idioms for w in seconds):
            # people held by force, or by a taker the text does not name ('were taken
            # hostage'); not 'the singer held the crowd captive', 'took the country hostage'
            agent = taker()
            if not _person_taken(tok, lex) or (agent is not None and not _forcible(agent, lex)):
                return None
            return (base,), IDIOM_CLASS  # the hostage is the patient, not part of the trigger
    key = next((k for k in keys if " ".join(k) in verbs), None)
    if key is None or not _person_taken(tok, lex) or not _forcible(taker(), lex):
        return None
    if _rescued(tok, lex):
        return None
    return key, TAKING_CLASS


def _rescued(tok: Token, lex: Lexicon) -> bool:
    """People carried off to safety or to a hospital, or the wounded carried off: a rescue
    ('soldiers led the pupils away to safety'), not a seizure."""
    words = lex.cue("rescue_words")
    towards = lex.cue("rescue_preps")
    # the destination may hang on the place taken from ('from the village of X to safety')
    preps = [q for p in children(tok, "prep") for q in subtree_tokens(p) if q.dep_ == "prep"]
    places = [o for p in preps if p.lower_ in towards for o in children(p, "pobj")]
    states = [m for o in children(tok, "dobj", "nsubjpass") for m in o.lefts if m.dep_ == "amod"]
    return any(lemma(w) in words for w in (*places, *states))


def _idiom_words(tok: Token) -> list[str]:
    """The bare words that may finish an idiom of ``tok``: 'took them hostage', 'were taken
    as hostages'; not 'took the prisoners to court' (a determiner: the prisoners are known)."""
    words = children(tok, *event_words("idiom_deps"))
    words += [o for p in children(tok, "prep") if p.lower_ in event_words("idiom_preps")
              for o in children(p, "pobj")]
    return [lemma(w) for w in words if not children(w, "det", "poss")]


def _person_taken(tok: Token, lex: Lexicon) -> bool:
    """A person as the thing taken: the object, or the subject of a passive."""
    people = lex.cue("civilian_nouns") | lex.cue("seized_persons") | lex.cue("protester_nouns")
    objs = children(tok, "dobj", "nsubjpass")
    objs += [c for o in objs for c in o.conjuncts]
    for obj in objs:
        compounds = [lemma(c) for c in obj.lefts if c.dep_ == "compound"]
        if lemma(obj) in people or " ".join([*compounds, lemma(obj)]) in people:
            return True
        if obj.ent_type_ == "PERSON":
            return True
    return False


def _forcible(agent: Span | None, lex: Lexicon) -> bool:
    """An armed, criminal or state taker ('armed men', 'bandits', 'soldiers')."""
    if agent is None:
        return False
    takers = (
        lex.cue("forcible_takers")
        | lex.cue("armed_nouns")
        | lex.cue("nonstate_cues")
        | lex.cue("armed_group_nouns")
        | lex.cue("state_cues")
    )
    return any(lemma(t) in takers for t in agent)


def ground_taken(
    tok: Token, keys: list[Term], lex: Lexicon, taker: Callable[[], Span | None]
) -> tuple[Term, str] | None:
    """The key and class of ``tok`` when a plain verb of taking tells ground taken: its object
    (or a passive's subject) a place ('took the village of X', 'the town was taken') by an
    armed or named taker, or none named; a lone name ('took Goma', which the small model may
    call a person) only by an armed taker. Not 'took up positions', 'took the road to X' or
    'took the villagers to the town' (a particle, or a place the taking goes to), nor ground
    taken by no armed taker in a sentence that tells a vote (``vote_nouns``)."""
    if not set(base_forms(tok)) & event_words("ground_taking_verbs"):
        return None
    if any(len(k) > 1 and k[1] in event_words("particles") for k in keys) or any(
        p.lower_ in event_words("ground_goal_preps") for p in children(tok, "prep")
    ):
        return None
    objs = children(tok, "dobj", "nsubjpass")
    nouns = event_words("ground_nouns")
    ground = [o for o in objs if lemma(o) in nouns or o.ent_type_ in PLACE_ENTS]
    named = [o for o in objs if o.pos_ == "PROPN" and all(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in child_tokens(o))]  # 'Wad Madani'
    if not ground and not named:
        return None
    agent = taker()
    armed = agent is not None and _forcible(agent, lex)
    if not ground and not armed:
        return None
    if not armed and any(lemma(t) in event_words("vote_nouns") for t in tok.sent):
        return None  # 'the party took the city of X in the local election': votes won
    if agent is not None and not (armed or agent.root.ent_type_ in event_words("taker_ents")):
        return None
    if not ground:
        return (lemma(tok), "ground"), GROUND_CLASS  # the name stays the patient
    return (lemma(tok), lemma(ground[0])), GROUND_CLASS  # the ground noun is the trigger's
