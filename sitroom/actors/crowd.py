"""A crowd is named for what it did: ACLED's actor1 of a riot is "Rioters (X)", of a
protest "Protesters (X)". A record whose type changed when its sentences were assembled (a
march told first, the stones thrown or the shop burned told next) keeps the crowd its
words named, under the name its final type gives that crowd."""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.actors.dictionary import ActorDictionary
from sitroom.actors.intervened import fill_intervening_force
from sitroom.components import Candidate
from sitroom.model import Event

#: ACLED codes the crowd itself as actor1 of protests and riots: the class of each type.
CROWDS = {"Protests": "protesters", "Riots": "rioters"}


#: Sub-event types of a crowd whose unnamed victims ACLED codes as the country's civilians
#: (the man a mob beat, the shop it burned).
_CIVILIAN_VICTIMS = {"Mob violence"}
#: Event types of armed violence: whoever fights, shoots, stabs or bombs is armed, never
#: ACLED's civilians ("a man shot at the guard"); unnamed, an unidentified armed group.
_ARMED_TYPES = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
_CIVILIANS, _UNNAMED = "civilians", "unidentified"


def crowd_for_type(
    event: Event, dictionary: ActorDictionary, candidate: Candidate | None = None
) -> None:
    """Rename actor1 when it is the other crowd class of the same country (actor2 too, when
    the crowd fought itself); the state force a crowd confronted, told in the record's
    sentence or the next, is actor2 where none was named; a mob's victims no one named are
    the country's civilians."""
    _rename(event, dictionary)
    _armed_not_civilian(event, dictionary)
    if candidate is not None and candidate.event is event:
        fill_intervening_force(candidate, dictionary)
    if event.sub_event_type in _CIVILIAN_VICTIMS and not event.actor2 and event.country:
        civilians = dictionary.generic_actor("civilians", event.country, event.event_date)
        if civilians is not None:
            event.actor2, event.inter2 = civilians.name, civilians.inter


def _armed_not_civilian(event: Event, dictionary: ActorDictionary) -> None:
    """ "A man opened fire on the officers": the people who fought or attacked, named by a
    word for ordinary people, are an unidentified armed group, not civilians (on both sides
    where the fight was among them: "two families exchanged fire")."""
    if event.event_type not in _ARMED_TYPES or _CIVILIANS not in dictionary.classes:
        return
    found = _template(dictionary.classes[_CIVILIANS].template).fullmatch(event.actor1 or "")
    armed = dictionary.generic_actor(_UNNAMED, found.group(1)) if found else None
    if armed is None:
        return
    if event.actor2 == event.actor1 and event.event_type == "Battles":
        event.actor2, event.inter2 = armed.name, armed.inter
    event.actor1, event.inter1 = armed.name, armed.inter


def _rename(event: Event, dictionary: ActorDictionary) -> None:
    wanted = CROWDS.get(event.event_type)
    if wanted is None or not event.actor1:
        return
    for cls in CROWDS.values():
        if cls == wanted or cls not in dictionary.classes:
            continue
        found = _template(dictionary.classes[cls].template).fullmatch(event.actor1)
        if found is None:
            continue
        actor = dictionary.generic_actor(wanted, found.group(1))
        if actor is not None and event.actor2 == event.actor1:  # a brawl among the crowd
            event.actor2, event.inter2 = actor.name, actor.inter
        if actor is not None:
            event.actor1, event.inter1 = actor.name, actor.inter
        return


@lru_cache(maxsize=16)
def _template(template: str) -> re.Pattern[str]:
    """ "Protesters ({country})" → a pattern whose group is the country."""
    return re.compile(re.escape(template).replace(re.escape("{country}"), "(.+)"))
