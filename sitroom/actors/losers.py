"""The side a place was taken from, when the report does not name it.

ACLED codes a change of territory with the side that lost the ground as actor2. Reports
of a capture often name only the winner ("Russian forces captured the village of X",
"M23 rebels seized the border town of Y"): the ground was the state's, whose country the
place lies in, unless the capturer is that state's own force (then it is no non-state
capture) or the text named another loser (`actors.spans.loser_spans` reads "from X").
Run once geo knows the event's country.

    name_the_loser(event, dictionary)
"""

from __future__ import annotations

from sitroom.actors.dictionary import ActorDictionary
from sitroom.model import Event

#: The change of territory whose unnamed loser is the state: a non-state or foreign force
#: took the place. ("Government regains territory" was taken from an armed group the
#: report would have to name.)
_TAKEN_FROM_STATE = "Non-state actor overtakes territory"


def name_the_loser(event: Event, dictionary: ActorDictionary) -> bool:
    """Name the state's military as actor2 of a capture that names no loser; True when it did."""
    if event.sub_event_type != _TAKEN_FROM_STATE or event.actor2 or not event.actor1:
        return False
    if not event.country:
        return False
    state = dictionary.state_actor("military", event.country, event.event_date)
    if state is None:
        return False
    if event.actor1.split(" (")[0] == state.name.split(" (")[0]:
        return False  # the state's own forces took it: no loser of theirs to name
    state = dictionary.localize(state, event.country)
    event.actor2, event.inter2 = state.name, state.inter
    cited = event.evidence.get("sub_event_type") or event.evidence.get("event_type")
    if cited is not None:  # the words of the capture, the only words this reads
        event.cite("actor2", cited)
    return True
