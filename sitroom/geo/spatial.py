"""Spatial coherence: the article's bare names read as places that lie together.

A local report writes its own town bare ("the Weston fire chief") beside its neighbours
("crews from Wilton and Redding"); resolved one at a time, the bare name can go to a bigger
namesake across the country that nothing else in the article is near. Spatial minimality
(Leidner 2008; Lieberman, Samet and Sankaranarayanan 2010): among a name's readings, prefer
one that lies among the article's other places. The step is conservative, because a far
reading is often right ("Paris" in a Texas story about a summit):

* a name's reading is supported by the other names whose readings lie near it (`SPATIAL_KM`),
  hold it or lie in it; it moves only to a reading that every name supporting it also
  supports, and more, and that lies closer to the article's other places (km to each name,
  capped at `SPATIAL_KM`, summed), more than `coherence.SAME_SENSE_KM` from the first;
* the new reading is written as the name's own (not an alternate name) and is supported by
  `SPATIAL_NAMES` other names, by a unit the text names that holds it ("Manhattan" beside
  "Kansas"), or by one name the text itself placed ("Norfolk" beside "a Denison, Iowa firm");
* never against what the text says of the mention (its container, anchor or kind word), never
  out of a country another name of the article places things in ("Paris" beside "French"), and
  never a national capital: capitals are named from afar, and for their governments, more
  than any town ("Washington" in a story from Georgia, "Dublin" beside "Toronto");
* by distance alone, a city (`SPATIAL_CITY`) never moves to a place far smaller
  (`SPATIAL_MIN_SHARE` of its people): "Bakhmut" beside two Poltava towns stays the city,
  not a Poltava hamlet of that name;
* a name found by gazetteer lookup alone (``weak``: maybe no place at all) neither moves nor
  supports another.

Pure functions: the caller (`sitroom.geo.resolve.resolve_all`) applies the changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitroom.geo.coherence import SAME_SENSE_KM, placed
from sitroom.geo.context import POPULATED, Mention
from sitroom.geo.gazetteer import Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold
from sitroom.geodesy import latitude_reach

#: Two places this close (km) lie together: towns of one county or of neighbouring ones.
SPATIAL_KM = threshold("spatial_km")
#: Other names that must lie near (or hold) a new reading for a bare name to move to it.
SPATIAL_NAMES = int(threshold("spatial_names"))
#: A first reading this big (people) moves by distance alone only to a place with
#: `SPATIAL_MIN_SHARE` of its people.
SPATIAL_CITY = threshold("spatial_city")
SPATIAL_MIN_SHARE = threshold("spatial_min_share")
#: Two points further apart in latitude than this (degrees) are further apart than
#: `SPATIAL_KM` (`geodesy.latitude_reach`).
_REACH = latitude_reach(SPATIAL_KM)

#: (name key, reading, whether the text placed it: `coherence.placed`) of the article's
#: located names
Readings = list[tuple[str, Hit, bool]]


def _supporters(hit: Hit, readings: Readings) -> tuple[set[str], bool, float]:
    """(names whose reading lies within `SPATIAL_KM` of ``hit``, holds it or lies in it; whether
    one of them is a named unit that holds it, or a place the text itself put in its
    container; the spread: km from ``hit`` to each other name's nearest reading, summed, a
    unit that holds it or lies in it at 0 and anything farther than `SPATIAL_KM` at that)."""
    near: dict[str, float] = {}
    strong = False
    level = hit.level  # (0 for a country, which holds nothing here)
    # (a unit holds a place by its filing: a province the places of its admin1, a district
    # the towns of its admin2; nothing across a border. Written out in the loop: a call
    # per pair and direction was most of the loop's calls)
    for key, other, sure in readings:
        if other.id == hit.id or other.is_country:
            continue
        same, rank = other.cc == hit.cc, other.level
        if same and (
            (rank == 1 and level >= 2 and hit.admin1 == other.admin1)
            or (rank == 2 and level == 3 and hit.admin2 == other.name and hit.admin1 == other.admin1)
        ):
            d, strong = 0.0, True  # it lies in the other name's unit
        elif same and (
            (level == 1 and rank >= 2 and other.admin1 == hit.admin1)
            or (level == 2 and rank == 3 and other.admin2 == hit.name and other.admin1 == hit.admin1)
        ):
            d, strong = 0.0, strong or sure  # it holds the other name's place
        elif (
            rank >= 2
            and -_REACH <= other.lat - hit.lat <= _REACH  # (else further: no distance asked)
            and (d := km(hit.lat, hit.lon, other.lat, other.lon)) <= SPATIAL_KM
        ):
            strong = strong or sure
        else:
            continue
        near[key] = min(d, near.get(key, d))
    others = {key for key, other, _ in readings if not other.is_country}
    spread = sum(near.values()) + SPATIAL_KM * len(others - set(near))
    return set(near), strong, spread


def _movable(m: Mention) -> bool:
    """A mention with nothing of its own that placed it: no container, anchor or kind word
    other than "town"/"city"/"village" (which any town reading fits)."""
    return (
        m.resolved is not None
        and m.resolved.level >= 2
        and m.container is None
        and m.near is None
        and not m.modifier
        and not m.weak
        and (not m.kind or m.kind in POPULATED)
    )


def _alternatives(m: Mention, own: Hit, lookup: Callable[[str], Sequence[Hit]]) -> list[Hit]:
    """The name's other readings a move may go to: rows of its own name (not an alternate
    or historic name), of the same rank as the first reading (a town for a town), farther
    from it than `coherence.SAME_SENSE_KM` (two places, not two points of one)."""
    return [
        h
        for h in lookup(m.text)
        if h.primary
        and h.id != own.id
        and h.level >= 2
        and (h.level == 3) == (own.level == 3)
        and not h.is_open
        # namesakes this close are one frame: a local radius cannot tell them apart
        and km(h.lat, h.lon, own.lat, own.lon) > SAME_SENSE_KM
    ]


def _better(
    m: Mention, own: Hit, readings: Readings, lookup: Callable[[str], Sequence[Hit]]
) -> Hit | None:
    """The alternative that every name supporting the first reading supports, and more, and
    that lies closer to the article's other places (none for a national capital: named from
    afar, and for its government, more than any town)."""
    if own.fcode == "PPLC":
        return None
    mine, _, spread = _supporters(own, readings)
    city = own.population >= SPATIAL_CITY
    best: tuple[int, float, Hit] | None = None
    for h in _alternatives(m, own, lookup):
        names, strong, closer = _supporters(h, readings)
        if not (mine < names) or closer >= spread or (len(names) < SPATIAL_NAMES and not strong):
            continue
        if city and not strong and h.population < SPATIAL_MIN_SHARE * own.population:
            continue  # a hamlet near two towns is no reason to leave a known city
        rank = (len(names), -closer, h)
        if best is None or rank[:2] > best[:2]:
            best = rank
    if best is None:
        return None
    new = best[2]
    if new.cc != own.cc and any(other.cc == own.cc for _, other, _ in readings):
        return None  # the article places something in the first reading's country
    return new


def spatial_sense(
    mentions: Sequence[Mention], lookup: Callable[[str], Sequence[Hit]]
) -> list[tuple[Mention, Hit]]:
    """(mention, place) for each bare mention when a reading of its own name lies among more
    of the article's other places than the one chosen, and among all of those."""
    located = [
        (name_key(m.text), m.resolved, placed(m) is not None)
        for m in mentions
        if m.resolved is not None and not m.modifier and not m.weak
    ]
    changes: list[tuple[Mention, Hit]] = []
    decided: dict[tuple[str, int], Hit | None] = {}
    for m in mentions:
        if not _movable(m):
            continue
        key, own = name_key(m.text), m.resolved
        if (key, own.id) not in decided:
            others = [r for r in located if r[0] != key]
            decided[(key, own.id)] = _better(m, own, others, lookup)
        new = decided[(key, own.id)]
        if new is not None:
            changes.append((m, new))
    return changes
