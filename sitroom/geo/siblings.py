"""Names the text puts in one container lie in one country: "in Sardinata and Teorama, in
the Catatumbo region" are two Colombian municipalities, not a Venezuelan hamlet called
Sardinata beside a Colombian town because "Catatumbo" also names a Venezuelan municipality.

When the names that share a container are read in different countries and only one country
holds a reading of every one of them, each name read elsewhere moves to its reading there
(one in the province its siblings are read in first, then the largest), and the container,
if read in another country, to its reading there that holds them all, else to none: the
container's reading was what sent a name abroad.

A pure function: the caller (`sitroom.geo.resolve.resolve_all`) applies the changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sitroom.geo.gazetteer import Hit
from sitroom.geo.normalize import split_generic

if TYPE_CHECKING:  # (a type only: the resolver's modules import this one)
    from sitroom.geo.context import Mention


def sibling_sense(
    mentions: Sequence[Mention], lookup: Callable[[str], Sequence[Hit]]
) -> list[tuple[Mention, Hit | None]]:
    """(mention, new reading) for the names of a shared container read across a border,
    and for that container (None: it has no reading in their country that holds them)."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.container is not None and m.resolved is not None and not m.modifier:
            groups.setdefault(id(m.container), []).append(m)
    moves: list[tuple[Mention, Hit | None]] = []
    for members in groups.values():
        if len(members) < 2 or len({m.resolved.cc for m in members}) < 2:
            continue
        readings = [_readings(m, lookup) for m in members]
        common = set.intersection(*({h.cc for h in hits} for hits in readings))
        if len(common) != 1:
            continue
        (cc,) = common
        settled = [m.resolved for m in members if m.resolved.cc == cc]
        moved = [
            (m, _home_reading(hits, cc, settled))
            for m, hits in zip(members, readings, strict=True)
            if m.resolved.cc != cc
        ]
        moves.extend(moved)
        container = members[0].container
        held = settled + [h for _, h in moved]
        if container.resolved is not None and container.resolved.cc != cc:
            moves.append((container, _holding_reading(_readings(container, lookup), cc, held)))
    return moves


def _home_reading(hits: Sequence[Hit], cc: str, settled: Sequence[Hit]) -> Hit:
    """The name's reading in ``cc``: one in a province a sibling is read in, then the largest."""
    provinces = {h.admin1 for h in settled}
    home = [h for h in hits if h.cc == cc]
    return max(home, key=lambda h: (h.admin1 in provinces, h.primary, h.population))


def _holding_reading(hits: Sequence[Hit], cc: str, held: Sequence[Hit]) -> Hit | None:
    """The container's reading in ``cc`` that files every sibling's reading, if any."""
    fits = [h for h in hits if h.cc == cc and all(_files(h, i) for i in held)]
    return max(fits, key=lambda h: h.population, default=None)


def _files(unit: Hit, place: Hit) -> bool:
    """The province or district ``unit`` files ``place`` under it."""
    if unit.level == 1:
        return place.level > 1 and place.admin1 == unit.admin1
    return unit.level == 2 == place.level - 1 and (place.admin1, place.admin2) == (unit.admin1, unit.name)


def _readings(m: Mention, lookup: Callable[[str], Sequence[Hit]]) -> Sequence[Hit]:
    """The candidates of a mention's name, else of its name without its unit word."""
    return lookup(m.text) or lookup(split_generic(m.text)[0])
