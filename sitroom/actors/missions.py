"""National contingents of a mission: ACLED names Kenyan troops in Somalia after the mission
they serve in ("AMISOM: African Union Mission in Somalia (2007-) (Kenya)"), not as the
Kenyan army. Which states' troops serve in which mission, where, is data (`contingents` of a
mission's entry in actors.yaml); the mission's name on the event's date comes from its entry.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sitroom.model import Actor

if TYPE_CHECKING:
    from sitroom.actors.dictionary import ActorDictionary

_ARMY = "Military Forces of "


def contingent(
    dictionary: ActorDictionary, actor: Actor, event_country: str, when: date | None
) -> Actor:
    """A state's military forces in a country where its troops serve a mission → that
    mission, named for the contingent; any other actor unchanged."""
    if actor.kind != "state" or not actor.name.startswith(_ARMY) or not actor.country:
        return actor
    if actor.country == event_country:
        return actor
    for entry in dictionary.entries.values():
        for country, states in entry.contingents:
            if country == event_country and actor.country in states:
                mission = dictionary.entry_actor(entry, event_country, when)
                return Actor(
                    name=f"{mission.name} ({actor.country})", inter=mission.inter,
                    country=actor.country, kind=mission.kind, aliases=[],
                )
    return actor
