"""Joint choices over the article's names: one name written twice means one place.

`sitroom.geo.resolve` chooses each mention's place with what its own sentence says and the
article's frame. A name the text puts in a container once ("Elmfield, Pennsylvania") and
later writes bare ("the Elmfield council") means the same place both times (one sense per
discourse); resolved alone, the bare mention could be won by a bigger namesake that the
article's other places happen to sit near. Likewise a name read one way by most of its
mentions: a lone mention read as a far namesake ("the Harlow area" as a county two states
away, among three mentions of the town) follows the others. Pure functions: the caller
applies the changes and keeps the article's frame in step.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from sitroom.geo.containment import holders, holds_by_name, outside
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import SITE_CODES, Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold

#: Readings of one name farther apart than this (km) are two places (`_apart`).
SAME_SENSE_KM = threshold("same_sense_km")


def placed(m: Mention) -> Hit | None:
    """The mention's reading when the text itself placed it: inside a container it names
    (and the reading lies in it) or near an anchor it names."""
    hit = m.resolved
    if hit is None or m.modifier:
        return None
    chain = holders(m)
    if chain and not outside(hit, chain[0]):
        return hit
    if m.near is not None and m.near.resolved is not None:
        return hit
    return None


def _holding(mentions: Sequence[Mention]) -> dict[int, Hit]:
    """The reading of each mention that the text uses as a container of another name whose
    reading lies inside it ("Fresno, California": the state, as it holds the city)."""
    out: dict[int, Hit] = {}
    for m in mentions:
        outer = m.container
        inner = m.resolved
        if outer is None or inner is None or outer.resolved is None or outer.modifier:
            continue
        unit = outer.resolved
        if unit.level < inner.level and not unit.is_country and not outside(inner, unit):
            out[id(outer)] = unit
    return out


def _bare(m: Mention) -> bool:
    """A mention with nothing of its own to go by: no container, anchor or kind word."""
    return m.container is None and m.near is None and not m.kind and not m.modifier


def one_sense(mentions: Sequence[Mention]) -> list[tuple[Mention, Hit]]:
    """(mention, place) for each bare mention whose name the text placed elsewhere in the
    article (in a container, near an anchor, or as the container of a place that lies in
    it), when every such placement agrees on one place and the bare mention was read as
    another; a placement of another level in the same country (a district, not its town)
    sets nothing."""
    placings: dict[str, set[int]] = defaultdict(set)
    hits: dict[int, Hit] = {}
    holding = _holding(mentions)
    for m in mentions:
        hit = placed(m) or holding.get(id(m))
        if hit is not None:
            placings[name_key(m.text)].add(hit.id)
            hits[hit.id] = hit
    changes: list[tuple[Mention, Hit]] = []
    for m in mentions:
        ids = placings.get(name_key(m.text))
        if not ids or len(ids) != 1 or not _bare(m):
            continue
        target = hits[next(iter(ids))]
        own = m.resolved
        if own is not None and own.id != target.id and (own.level == target.level or own.cc != target.cc):
            changes.append((m, target))
    return changes


def _apart(a: Hit, b: Hit) -> bool:
    return a.cc != b.cc or km(a.lat, a.lon, b.lat, b.lon) > SAME_SENSE_KM


def majority_sense(mentions: Sequence[Mention]) -> list[tuple[Mention, Hit]]:
    """(mention, place) for each mention of a name read as a place far from the reading
    that most of the name's mentions (at least two, more than half) share, unless the text
    placed that mention itself (its own container or anchor)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.resolved is not None and not m.modifier:
            groups[name_key(m.text)].append(m)
    changes: list[tuple[Mention, Hit]] = []
    for group in groups.values():
        if len(group) < 3:
            continue
        counts = Counter(m.resolved.id for m in group)
        top, n = counts.most_common(1)[0]
        if n < 2 or 2 * n <= len(group):
            continue
        sense = next(m.resolved for m in group if m.resolved.id == top)
        changes.extend(
            (m, sense)
            for m in group
            if _apart(m.resolved, sense) and placed(m) is None and not _stated_unit(m, sense)
        )
    return changes


def _stated_unit(m: Mention, sense: Hit) -> bool:
    """The text names this mention's kind of unit ("the X region", "X district") and it is
    read at another level than the majority: a province is not its capital city."""
    return m.kind in _UNIT_KINDS and m.resolved.level != sense.level


#: Kinds of mention whose word names an admin unit (`context.KIND_CODES`; "area" is vague).
_UNIT_KINDS = frozenset({"district", "admin1"})


def dateline_town(
    mentions: Sequence[Mention], lookup: Callable[[str], Sequence[Hit]]
) -> list[tuple[Mention, Hit]]:
    """(mention, town) for each dateline read as a unit (a country, state or district) when
    its name is also the capital or a town inside that unit: the largest such town
    ("WASHINGTON (AP) -" is the capital, not the state; "QUEBEC, May 2 -" the city, not the
    province). A namesake village elsewhere in the country is no reporter's base ("KANSAS
    (AP) -" stays the state), nor is a town that only has the name among its others; a
    country's dateline names its capital only ("COLOMBIA -" is no village called Colombia).
    A dateline whose text states a kind ("X province") is left alone. A bare dateline read as
    a town of a country whose capital has its name is the capital ("WASHINGTON -" in a
    report that names Pittsburgh is no Pennsylvania town; "WASHINGTON, Pa. -" is)."""
    changes: list[tuple[Mention, Hit]] = []
    for m in mentions:
        own = m.resolved
        if not m.dateline or own is None or m.kind:
            continue
        if own.level == 3:
            capital = _capital_of_its_country(m, own, lookup)
            if capital is not None:
                changes.append((m, capital))
            continue
        towns = [
            h
            for h in lookup(m.text)
            if h.cc == own.cc and h.level == 3 and h.fcode not in SITE_CODES
            and (h.fcode == "PPLC" or (h.primary and holds_by_name(own, h)))
        ]
        if towns:
            changes.append((m, max(towns, key=lambda h: h.population)))
    return changes


def _capital_of_its_country(
    m: Mention, own: Hit, lookup: Callable[[str], Sequence[Hit]]
) -> Hit | None:
    """The national capital of the town's own country that the bare dateline also names."""
    if own.fcode == "PPLC" or m.container is not None:
        return None
    return next((h for h in lookup(m.text) if h.cc == own.cc and h.fcode == "PPLC"), None)
