"""A state's regime label as it was known on the day a report came out.

ACLED names state forces with the regime in power ("Military Forces of Kenya (2013-2022)").
While that regime still ruled, the label was open ("(2013-)"): the end year is written only
once a successor took over. A record coded from a report keeps the label of its publication
day, so a report from 2020 about Kenya's police says "Police Forces of Kenya (2013-)", and a
report from 2024 recalling the same week says "(2013-2022)". Without a publication date the
dictionary's latest knowledge stands.

    opened("Military Forces of Kenya (2013-2022)", dictionary, date(2020, 5, 1))
    # "Military Forces of Kenya (2013-)"
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitroom.actors.dictionary import ActorDictionary
    from sitroom.model import Event

#: "<prefix> of [the ]<country> (<from>-<to>)": a closed regime label of a state's actor.
_CLOSED = re.compile(r" of (?:the )?(?P<country>[^()]+?) \((?P<start>\d{4})-(?P<end>\d{4})\)")
_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def opened(name: str, dictionary: ActorDictionary, published: date) -> str:
    """``name`` with every closed regime label whose successor came after ``published``
    written open, as it was on that day; other names unchanged."""
    if not name or "(" not in name:
        return name

    def label(m: re.Match[str]) -> str:
        state = dictionary.states.get(m["country"])
        if state is None:
            return m[0]
        closed = f"{m['start']}-{m['end']}"
        starts = [start for lab, start in state.regimes]
        labels = [lab for lab, start in state.regimes]
        if closed not in labels:
            return m[0]
        k = labels.index(closed)
        if k + 1 < len(starts) and starts[k + 1] <= published:
            return m[0]
        return m[0].replace(f"({closed})", f"({m['start']}-)")

    return _CLOSED.sub(label, name)


def open_labels(event: Event, dictionary: ActorDictionary, published: date) -> None:
    """The event's actors and associated actors named as on the report's publication day."""
    for name in _FIELDS:
        value = getattr(event, name, None)
        if isinstance(value, str) and value:
            setattr(event, name, opened(value, dictionary, published))
