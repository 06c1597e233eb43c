"""Comma lists of places ("Tarnvale, Oskbury, Lindmoor"; "Dayton and Akron, Ohio, Tulsa,
Oklahoma"): which comma is a list and which puts a place in its container.

`split_peer_lists` runs before the resolver reads an article's names (`sitroom.geo.resolve`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from sitroom.geo.containment import holds, name_hits, outside, peers, provinces_of_one_country
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit


def split_peer_lists(mentions: Sequence[Mention], lookup: Callable[[str], list[Hit]]) -> None:
    """Cut the comma links between peers ("Tarnvale, Oskbury, Lindmoor"): each name is a
    place of its own, resolved on its own. A container the text calls a unit ("X, Y
    district"), or one that its own container holds ("X, Y, Z" with Y in Z: a village, its
    district and province), keeps its place."""
    read = partial(name_hits, lookup=lookup)  # the gazetteer remembers its lookups
    before = {id(m.container): m for m in mentions if m.comma and m.container is not None}
    cut = []
    for m in mentions:
        outer = m.container
        if not m.comma or outer is None or outer.kind not in ("", "container"):
            continue
        if _chained(read(m), read(outer), outer.container, read):
            continue
        run = id(m) in before or (outer.comma and outer.container is not None)  # three or more
        if run and _town_of_the_province(read(m), read(outer), before.get(id(m)), read):
            continue
        if peers(read(m), read(outer), run):
            cut.append(m)
    freed = [m.container for m in cut]
    for m in cut:
        m.container, m.comma = None, False
    cut_listed_peers(mentions, read)
    held = {id(m.container) for m in mentions if m.container is not None}
    for m in freed:
        if m.kind == "container" and id(m) not in held:
            m.kind = ""  # no longer holds anything: read as a place of its own


def _town_of_the_province(
    inner: Sequence[Hit], outer: Sequence[Hit], prev: Mention | None, read: Callable[[Mention], Sequence[Hit]]
) -> bool:
    """ "X, Wyoming, Michigan": the province the run ends with holds a town of the middle
    name, and the name before it is no province (a list of states would be: "Iowa, Wyoming,
    Michigan"), so the run is a place, its town and its province, not a list."""
    provinces = [c for c in outer if c.fcode == "ADM1" and c.primary]
    if not any(i.level == 3 and i.cc == c.cc and not outside(i, c) for i in inner for c in provinces):
        return False
    return prev is None or not any(h.fcode == "ADM1" and h.primary for h in read(prev))


def _chained(
    inner: Sequence[Hit], outer: Sequence[Hit], top: Mention | None, read: Callable[[Mention], Sequence[Hit]]
) -> bool:
    """ "X, Y, Z" with Y in Z reads as a village, its district and its province, unless
    every reading of X is larger than the readings of Y that Z holds ("Idaho, Illinois,
    Indiana": no state lies in a town called Illinois, nor in the state next to it)."""
    if top is None:
        return False
    above = read(top)
    held = [
        c
        for c in outer
        if any((t.level < c.level or t.level == c.level == 3) and not outside(c, t) for t in above)
    ]
    if not held:
        return False  # a province "in" the province next to it is its peer, no container
    low = min(c.level for c in held)
    return not inner or any(i.level >= low and not i.is_country for i in inner)


def cut_listed_peers(mentions: Sequence[Mention], read: Callable[[Mention], Sequence[Hit]]) -> None:
    """A list shares the container of its last name ("A, B and C, Z") only up to a name
    of the container's own rank: in "A, X, B and C, Z" with X a province like Z, X and
    every name before it are not in Z: each "town, state" group of a long list has its own
    state (`_own_groups`), not the last one's."""
    runs: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.listed and m.container is not None and m.container.start > m.end:
            runs.setdefault(id(m.container), []).append(m)
    for run in runs.values():
        run.sort(key=lambda m: m.start, reverse=True)  # nearest the container first
        outer = read(run[0].container)
        peer = next((i for i, m in enumerate(run) if _peer(read(m), outer)), None)
        if peer is not None:
            _own_groups(run[peer:], outer, read)


def _own_groups(cut: list[Mention], outer: Sequence[Hit], read: Callable[[Mention], Sequence[Hit]]) -> None:
    """The names of a list cut off from its last container (``cut``, nearest that container
    first; the first is a peer of it): each peer is a place of its own, and each name
    before it, up to the peer before, lies in it where some reading of the peer holds one
    of the name ("Louisville and Salem, Kentucky, Richmond, Virginia, and Albany, Georgia":
    Salem in Kentucky, Richmond in Virginia); a name no reading of it holds stands alone."""
    group: Mention | None = None
    for m in cut:
        m.container, m.listed = None, False
        hits = read(m)
        if _peer(hits, outer):
            group = m
        elif group is not None and holds(hits, read(group)):
            m.container, m.listed = group, True


def _peer(inner: Sequence[Hit], outer: Sequence[Hit]) -> bool:
    """A listed name of the container's own rank: a peer (`peers`), or by its own name a
    province of the container's country ("Reno and Las Vegas, Nevada, and Boise, Idaho":
    Nevada, whatever town namesakes it has beside Idaho's)."""
    return peers(inner, outer) or provinces_of_one_country(inner, outer)
