"""Where a speaking actor sits: statements without a place of their own are put at the
speaker's seat (a state's capital when the article names it, else its country)."""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.components import Candidate
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.resolve import Mention
from sitroom.model import Place


@dataclass(frozen=True)
class Seat:
    """Where an actor sits: its country, and whether it is a state (seated in the capital)."""

    country: str
    state: bool


def actor_seat(cand: Candidate) -> Seat | None:
    """The seat of the actor who made the statement: its country from the agent's own words
    ("Iraqi armed factions"), else from the normalized actor1 and its dictionary entry."""
    from sitroom.actors import load_dictionary

    dictionary = load_dictionary()
    agent = cand.agent.text if cand.agent is not None else ""
    name = cand.event.actor1
    actor = dictionary.resolve(name) if name else None
    if actor is None and agent:
        actor = dictionary.resolve(agent)
    country = (
        (dictionary.country_of(agent) if agent else None)
        or (dictionary.country_of(name) if name else None)
        or (actor.country if actor is not None else "")
    )
    if not country:
        return None
    return Seat(country, actor is not None and actor.kind == "state")


def seat_place(seat: Seat | None, mentions: list[Mention], gaz: Gazetteer) -> Place | None:
    """The actor's seat: a state's capital when the article names it ("Washington"), else
    the country at precision 3."""
    cc = gaz.country_code(seat.country) if seat is not None else ""
    if not cc:
        return None
    capital = next(
        (
            m.resolved
            for m in mentions
            if m.resolved is not None and m.resolved.cc == cc and m.resolved.fcode == "PPLC"
        ),
        None,
    )
    if capital is not None and seat.state:
        return gaz.to_place(capital, 1)
    hit = gaz.country_places.get(cc)
    return gaz.to_place(hit, 3) if hit is not None else None
