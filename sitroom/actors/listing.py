"""The actor dictionary as a table (`sitroom actors`): named actors, then each state's forces."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitroom.actors.dictionary import ActorDictionary


def table(dictionary: ActorDictionary, when: date | None = None) -> list[dict[str, Any]]:
    """Rows for a listing: every named actor as named on ``when``, then each state's
    military and police."""
    rows = [
        {"name": a.name, "inter": a.inter, "country": a.country, "kind": a.kind,
         "affiliations": "; ".join(a.affiliations), "aliases": len(a.aliases)}
        for a in dictionary.all(when)
    ]
    for state in dictionary.states.values():
        for cls in ("military", "police"):
            actor = dictionary.state_actor(cls, state.country, when)
            if actor is not None:
                rows.append({"name": actor.name, "inter": 1, "country": state.country,
                             "kind": "state", "affiliations": "", "aliases": 0})
    return rows
