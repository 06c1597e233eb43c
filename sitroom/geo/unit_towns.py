"""A province or district and the town of its name: "Kirkuk", "Washington", "Kidal" name
the seat town more often than the unit, and ACLED codes the town (the more specific place)
unless the text says "province" or "district" (`sitroom.geo.resolve` asks after ranking)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz.fuzz import ratio

from sitroom.geo.containment import district_key, outside
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit, km
from sitroom.geo.loose_keys import loose_key
from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold

#: A town this large shares its province's name as its seat ("Vinnytsia"), whatever the
#: province's row is called.
SEAT_CITY = int(threshold("seat_city"))
#: Spellings of one name this close (rapidfuzz ratio) name the same seat and province.
SAME_NAME_RATIO = threshold("same_name_ratio")


def prefer_town(best: Hit, pool: Sequence[Hit], mention: Mention) -> Hit:
    """ "Kirkuk", "Washington", "Kidal": a province or district and its same-named seat town →
    the town (more specific, as ACLED codes it), unless the text says "province"/"district".
    With no container named, ``pool`` holds every candidate: the town that a weak name's
    filter dropped is still the unit's seat (Rafah)."""
    if (
        best.level not in (1, 2)
        or best.is_country
        or mention.kind in ("admin1", "admin2", "area", "district", "container")
    ):
        return best
    towns = [
        h
        for h in pool
        if h.cc == best.cc
        and h.level == 3
        and not outside(h, best)  # "DeKalb County" of Georgia: no DeKalb town of Illinois
        and (h.primary or h.admin2 == best.name or same_name(h, best))  # "Vinnytsya"
        and (
            (h.admin1 == best.name or h.population >= SEAT_CITY)
            if best.level == 1
            else (h.admin2 == best.name or km(h.lat, h.lon, best.lat, best.lon) < 50)
        )
    ]
    return max(towns, key=lambda h: h.population) if towns else best


#: Words for a settlement too small to be a province's seat town ("a Kaduna village").
SMALL_SETTLEMENT_WORDS = frozenset({"village", "hamlet", "community", "settlement"})
#: A town this large is no village: "X village" with X its province's seat names the province.
VILLAGE_TOWN = threshold("village_of_unit_town")


def unit_of_village(best: Hit, pool: Sequence[Hit], mention: Mention) -> Hit:
    """ "bandits raided a Kaduna village", "kills 15 in Sagaing village": a province's name
    written before a word for a small settlement names the province the village lies in, not
    its seat city (a city of a million is no village); the caller's precision is then the
    province's. Only for a town the text calls by a settlement word after its name, large
    enough that no village is meant, with a same-named first- or second-level unit holding it."""
    if best.level != 3 or mention.kind_word not in SMALL_SETTLEMENT_WORDS or best.population < VILLAGE_TOWN:
        return best
    units = [
        h
        for h in pool
        if h.cc == best.cc
        and h.level in (1, 2)
        and not h.is_country
        and (same_name(h, best) or name_key(h.name) == name_key(best.name))
        and (best.admin1 == h.name if h.level == 1 else best.admin2 == h.name or not outside(best, h))
    ]
    return min(units, key=lambda h: h.level) if units else best


#: A road's end: the town of this size beats a namesake of no known population ...
ROAD_END_TOWN = threshold("road_end_town_population")
#: ... when it lies this close to the road's other end.
ROAD_END_KM = threshold("road_end_km")


def road_end_town(best: Hit, pool: Sequence[Hit], mention: Mention, anchor: Hit | None) -> Hit:
    """ "the road between Tera and Gotheye": roads are named after the towns they join, so
    an end read as a hamlet of no known population beside the other end (a namesake the
    ranker liked for its nearness) gives way to the same-named town of some size in the
    same province within a road's reach of that end. Not for a 'village' the text names."""
    if (
        mention.anchor_of != "between"
        or anchor is None
        or best.level != 3
        or best.population > 0
        or mention.kind in ("village", "hamlet")
    ):
        return best
    towns = [
        h
        for h in pool
        if h.level == 3
        and h.cc == best.cc
        and h.admin1 == best.admin1
        and h.population >= ROAD_END_TOWN
        and km(h.lat, h.lon, anchor.lat, anchor.lon) <= ROAD_END_KM
    ]
    return max(towns, key=lambda h: h.population) if towns else best


def same_name(a: Hit, b: Hit) -> bool:
    """Two rows spelling one name two ways ("Vinnytsya" town, "Vinnytsia" province)."""
    return ratio(name_key(a.name), name_key(b.name)) >= SAME_NAME_RATIO


def filed_in_named_district(hits: list[Hit], mention: Mention, holder: Hit | None) -> list[Hit]:
    """``hits`` with a place filed under no district filed under the district of its
    container's seat town, when the text names that district ("Tessit, in the cercle of
    Ansongo": Tessit, filed under Gao only, lies in Ansongo Cercle, as the seat town Ansongo
    does). Without the unit's word ("Kawkab in the parts of Manbij") nothing is filed."""
    container = mention.container
    if container is None or not container.unit_named or holder is None or holder.level != 3:
        return hits
    if not holder.admin2 or district_key(holder.admin2) != loose_key(name_key(holder.name)):
        return hits  # the container is no district's seat town
    return [
        replace(h, admin2=holder.admin2)
        if not h.admin2 and h.cc == holder.cc and h.admin1 and h.admin1 == holder.admin1
        else h
        for h in hits
    ]
