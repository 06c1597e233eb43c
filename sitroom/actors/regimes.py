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
    from sitroom.actors.entries import State
    from sitroom.model import Event

#: "<words ending in a state's country name> (<from>-<to>)": a closed regime label; the
#: country is the longest run of the last words that the dictionary knows as a state.
_CLOSED = re.compile(r"(?P<before>[^()]+?) \((?P<start>\d{4})-(?P<end>\d{4})\)")
_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def opened(name: str, dictionary: ActorDictionary, published: date) -> str:
    """``name`` with every closed regime label whose successor came after ``published``
    written open, as it was on that day; other names unchanged."""
    if not name or "(" not in name:
        return name

    def label(m: re.Match[str]) -> str:
        state = _state_at_end(m["before"], dictionary)
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


def _state_at_end(before: str, dictionary: ActorDictionary) -> State | None:
    """The state whose country name ends ``before`` ("Military Forces of the Democratic
    Republic of Congo" → that state, not "Congo"), the longest name first."""
    words = before.split()
    for k in range(len(words)):
        state = dictionary.states.get(" ".join(words[k:]))
        if state is not None:
            return state
    return None


def open_labels(event: Event, dictionary: ActorDictionary, published: date) -> None:
    """The event's actors and associated actors named as on the report's publication day."""
    for name in _FIELDS:
        value = getattr(event, name, None)
        if isinstance(value, str) and value:
            setattr(event, name, opened(value, dictionary, published))
