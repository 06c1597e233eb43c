"""Whether two event mentions name the same parties (used by `sitroom.events.incident`):
the names as ACLED writes them, a state's government and its forces one side."""

from __future__ import annotations

import re

from sitroom.model import Event

UNIDENTIFIED = "unidentified"


def norm(value: str) -> str:
    return " ".join(str(value or "").split()).casefold()


#: ACLED's generic names of armed men no report named ("Islamist Militia (Mali)"), beside
#: the unidentified groups: a mention naming the group replaces them.
_NAMELESS = ("islamist militia (",)


#: Mentions whose sides are no sides of the incident they join: troops sent to the area
#: after a clash are not the clash's foe ('soldiers were deployed after the fighting').
_SIDELESS_TYPES = frozenset({"Change to group/activity"})


def takes_side(theirs: str, faced: str, mention: Event, empty: bool = False) -> bool:
    """The mention's actor ``theirs`` may name a side the record left open: a named one, not
    the side the record's other side faced (nor its contingent), nor a deployment's. A doer's
    side the record left ``empty`` takes an unidentified one too ("Members of a gang killed
    ..." after a headline that names no one: ACLED's own word for unknown attackers); a
    target's stays empty rather than hide a name the text gave that the dictionary lacks."""
    unnamed = UNIDENTIFIED in norm(theirs) and not empty
    return not unnamed and not same_force(theirs, faced) and mention.sub_event_type not in _SIDELESS_TYPES


def nameless(name: str) -> bool:
    """An unidentified group or a generic one ('jihadists': "Islamist Militia (Mali)")."""
    low = norm(name)
    return UNIDENTIFIED in low or low.startswith(_NAMELESS)


def _names(ev: Event) -> set[str]:
    return {norm(x) for x in (ev.actor1, ev.actor2) if x and UNIDENTIFIED not in norm(x)}


#: A state's own forces and its government, as ACLED names them ("Government of Russia
#: (2000-)", "Military Forces of Russia (2000-)"), and their units ("Police Forces of
#: Pakistan (2022-) Frontier Corps").
_STATE = re.compile(r"^(?:military forces|police forces|government) of (?:the )?(.+?) \(\d{4}-(?:\d{4})?\)(?: .+)?$")


#: A mission's national contingent ("ATMIS: ... (2022-) (Uganda)"): the mission's own troops.
_CONTINGENT = re.compile(r"^(.+\(\d{4}-(?:\d{4})?\)) \([^()]+\)$")


def same_force(a: str, b: str) -> bool:
    """One force: the same name, or a mission and one of its national contingents (the
    troops of a convoy hit, then 'Ugandan troops opened fire', are the side hit)."""
    return bool(a and b) and _force(a) == _force(b)


def contingent_of(a: str, b: str) -> bool:
    """``a`` names the national contingent of the mission ``b`` (or of its other contingent)."""
    return norm(a) != norm(b) and same_force(a, b) and bool(_CONTINGENT.match(norm(a)))


def _force(name: str) -> str:
    found = _CONTINGENT.match(norm(name))
    return found.group(1) if found else norm(name)


def state_of(name: str) -> str:
    found = _STATE.match(norm(name))
    return found.group(1) if found else ""


def same_state(a: str, b: str) -> bool:
    """Both names are one state's: its government or its forces ("Government of Russia
    (2000-)", "Military Forces of Russia (2000-)")."""
    return bool(state_of(a)) and state_of(a) == state_of(b)


def same_state_side(a: Event, b: Event) -> bool:
    """One state on the same side of both, its government in one and its forces in the
    other ('Russia's defence ministry said it had struck a base' tells the strike its
    military made)."""
    return any(same_state(getattr(a, side), getattr(b, side)) for side in ("actor1", "actor2"))


def actors_agree(a: Event, b: Event) -> bool:
    """Unless both name two parties and share none, the parties may be the same."""
    na, nb = _names(a), _names(b)
    return len(na) < 2 or len(nb) < 2 or bool(na & nb) or same_state_side(a, b)


def same_attacker(a: Event, b: Event) -> bool:
    """Both records' first actor is the same, or one of them names none (or only an
    unidentified group)."""
    named = [n for n in (norm(a.actor1), norm(b.actor1)) if n and UNIDENTIFIED not in n]
    return len(named) < 2 or named[0] == named[1]
