"""Which of a sentence's place mentions is where its event happened, and that mention's
place (with the precision the text supports).

Launch sites, owners ("US base") and containers ("Aleppo" of "Maskanah in ... Aleppo")
give way; among the rest the most specific place nearest the trigger wins, a place
inside the clause's subject ("residents of X") only when the clause names no other.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from sitroom.geo.containment import fallback_place
from sitroom.geo.filing import refiled
from sitroom.geo.gazetteer import Gazetteer, Hit, hit_precision, km
from sitroom.geo.hit import COMPOSITE_SOURCE
from sitroom.geo.normalize import name_key
from sitroom.geo.offsets import BEARINGS
from sitroom.geo.resolve import Mention
from sitroom.geo.thresholds import threshold
from sitroom.geodesy import destination
from sitroom.lang import pack_words
from sitroom.model import Place


def place_of(mention: Mention, gaz: Gazetteer, frame: Hit | None = None) -> Place | None:
    """The mention's place with its precision; an unknown name falls back to its container,
    else (a village or town) to the article's ``frame`` admin unit."""
    if mention.resolved is not None:
        precision = hit_precision(mention.resolved)
        if (mention.anchor_of or mention.kind in ("district", "area", "admin2")) and precision == 1:
            # "10 km north of Kidal", "the Makhmour district", "Filingue department" (a
            # town read for its unit): near the town; "outside the X
            # Hotel" of a town (`geo.local`) is still in the town
            precision = 1 if mention.within is not None else 2
        if mention.kind == "admin1" and mention.resolved.fcode != "ADM2":
            # "Kirkuk province": the province, whatever row matched; where a province is a
            # second-order unit ("Yagha province" of Burkina Faso's Sahel region), a district
            precision = 3
        place = at_seat(gaz.to_place(mention.resolved, precision), mention.resolved, gaz)
        place = refiled(place, mention, gaz)
        if mention.offset is not None:  # "68 nautical miles southwest of Hodeidah"
            lat, lon = destination(place.latitude, place.longitude, *mention.offset)
            place = replace(place, latitude=lat, longitude=lon, geo_precision=2)
        return between(mention, place)
    fallback = fallback_place(mention, frame)
    if fallback is None:
        return None
    hit, precision = fallback
    return at_seat(gaz.to_place(hit, precision), hit, gaz)


def at_seat(place: Place, hit: Hit, gaz: Gazetteer) -> Place:
    """An event known only to lie in a province is put at the province's seat town, as
    ACLED codes geo_precision 3 ("Abu Salim (Tripoli)" with Abu Salim unknown: Tripoli city,
    not the middle of the province's outline). A sea's point stays at sea ("in the Bab
    al-Mandab strait" is not Taiz city, the seat of the coast's province), and a composite
    region at the mean of its districts: it is a few of its province's districts, whose seat
    may lie outside them ("clashes in Waziristan" are not in Peshawar)."""
    if place.geo_precision != 3 or hit.fcode == "SEA" or hit.source.startswith(COMPOSITE_SOURCE):
        return place
    seat = gaz.seat(hit) or adjective_seat(hit, gaz)
    if seat is None:
        return place
    return replace(place, latitude=round(seat.lat, 4), longitude=round(seat.lon, 4))


#: A town the province's adjective names is its seat only this large (data/thresholds.yaml).
ADJECTIVE_SEAT = threshold("adjective_seat_population")
#: The unit words that follow such an adjective in the gazetteer's province names.
ADJECTIVE_UNITS = pack_words("geo/forms", "adjective_unit_words")


@lru_cache(maxsize=1_024)
def adjective_seat(unit: Hit, gaz: Gazetteer) -> Hit | None:
    """The seat of a province named by an adjective of its town and a unit word, where the
    gazetteer marks no capital ("Belgorodskaya oblast": Belgorod, "Kurskaya oblast": Kursk):
    the sizeable town of the province whose name is the longest beginning of the adjective
    (four letters at least)."""
    words = name_key(unit.name).split(" ")
    if unit.level != 1 or unit.is_country or len(words) != 2 or words[1] not in ADJECTIVE_UNITS:
        return None
    first = words[0]
    for end in range(len(first) - 1, 3, -1):
        towns = [
            h
            for h in gaz.lookup(first[:end])
            if h.fclass == "P"
            and h.cc == unit.cc
            and h.admin1 == unit.admin1
            and h.population >= ADJECTIVE_SEAT
        ]
        if towns:
            return max(towns, key=lambda h: h.population)
    return None


#: A town named beside a lake, forest or region lies this close to the feature's point.
LANDMARK_KM = threshold("said_near_km")


#: "On the X-Y road", "between X and Y": the midpoint, when the two ends are this close.
BETWEEN_KM = threshold("between_km")


def between(mention: Mention, place: Place) -> Place:
    """A place between two named towns ("on the X-Y road") is put halfway, at precision 2,
    when the towns are near each other; far apart, at the first one as before."""
    other = mention.near.resolved if mention.near is not None else None
    if mention.anchor_of != "between" or other is None or other.id == mention.resolved.id:
        return place
    if km(place.latitude, place.longitude, other.lat, other.lon) > BETWEEN_KM:
        return place
    lat, lon = (place.latitude + other.lat) / 2, (place.longitude + other.lon) / 2
    return replace(place, latitude=round(lat, 4), longitude=round(lon, 4), geo_precision=2)


def _dependents(pool: list[Mention]) -> set[int]:
    """ids of mentions that only give context to another one (its container or anchor)."""
    out: set[int] = set()
    for m in pool:
        # "between A and B in Z" with only B known: B places the event, A is no anchor's user
        # ("Lake Chad near Baga": the town says where on the lake, `_landmark_town`)
        anchored = m.near is not None and not (m.anchor_of == "between" and m.resolved is None)
        if anchored and not _landmark_town(m):
            out.add(id(m.near))
        if m.container is not None and not _inverted(m, m.container):
            out.add(id(m.container))
        if _city_part_beside(m, pool):
            out.add(id(m))
    return out


def _city_part_beside(m: Mention, pool: list[Mention]) -> bool:
    """ "In the capital, gangs fired on a police station in the Delmas neighbourhood": a
    capital named by a phrase, not by its name (`geo.capitals`), holds a place of its
    sentence that lies within the city's reach: the more specific place is the event's."""
    city = m.resolved
    if city is None or "capital" not in name_key(m.text).split() or city.level != 3:
        return False
    return any(
        o is not m
        and o.resolved is not None
        and o.resolved.id != city.id
        and o.resolved.level == 3
        and km(o.resolved.lat, o.resolved.lon, city.lat, city.lon) <= CHAIN_AGREE_KM
        for o in pool
    )


def _landmark_town(m: Mention) -> bool:
    """ "on the shores of Lake Chad near Baga", "in the forest near Gwoza": the town named
    beside a lake, forest or region says where in it the event was, so it is no mere
    anchor of the wide feature; so does a town of the province the text names beside it
    ("in Sanaag region, east of Erigavo")."""
    wide, town = m.resolved, m.near.resolved if m.near is not None else None
    if wide is None or town is None or town.level != 3:
        return False
    if wide.level == 1 and not wide.is_country and (town.cc, town.admin1) == (wide.cc, wide.admin1):
        return True  # "in Sanaag region, east of Erigavo": near the region's town, as ACLED codes it
    return (
        wide.fclass not in ("A", "P")
        and wide.level < 3
        and km(wide.lat, wide.lon, town.lat, town.lon) <= LANDMARK_KM  # not a namesake abroad
        and not _placed_by_bearing(m)
    )


def _placed_by_bearing(m: Mention) -> bool:
    """ "in al-Mawasi, west of Khan Younis": an area of a district's size put on a bearing
    from a town lies there, beside the town; the town only says which way, as any anchor
    does (a lake or region "near X" is still placed by the town)."""
    return m.resolved.level == 2 and m.near.anchor_of.replace("-", "") in BEARINGS


def _inverted(inner: Mention, outer: Mention) -> bool:
    """A "container" that resolved to a smaller place than the name it holds ("the Expo
    centre in Punjab (Lahore)", "in southern Chad (Moundou, Logone Occidental)"): the text
    names the smaller place after the larger, so it is no mere container."""
    a, b = inner.resolved, outer.resolved
    if a is None or b is None or b.level <= a.level:
        return False
    cur, seen = outer.container, 0
    while cur is not None and seen < 6:  # "Kasserine (Ezzouhour, Kasserine)": the seat town
        if cur.resolved is not None and cur.resolved.id == a.id:
            return False
        cur, seen = cur.container, seen + 1
    return True


def choose_event_mention(
    sentence_mentions: list[Mention],
    trigger_char: int,
    gaz: Gazetteer,
    frame: Hit | None = None,
    aside: frozenset[int] = frozenset(),
    speaker: frozenset[int] = frozenset(),
    said: frozenset[int] = frozenset(),
) -> tuple[Mention | None, Mention | None]:
    """(where the event happened, where it was launched from) among one sentence's mentions;
    ``aside``: ids of mentions inside the clause's subject ("people from X"); ``speaker``:
    ids of mentions where the one reporting it is ("officials in X said ..."); ``said``: those
    of them the words around the name tell ("..., police said in X"), not only the parse."""
    # each mention's place worked out once: the filters and the ranking below all read it
    places = {id(m): place_of(m, gaz, frame) for m in sentence_mentions if not m.modifier}
    usable = [m for m in sentence_mentions if places.get(id(m)) is not None]
    # the incident's place over the dateline ("BAMAKO (Reuters) - ... in central Mali")
    usable = [m for m in usable if not m.dateline] or usable
    origins = [m for m in usable if m.origin]
    pool = [m for m in usable if not m.origin]
    dependents = _dependents(pool)
    main = [m for m in pool if id(m) not in dependents] or pool
    if main and all(id(m) in said for m in main):
        # only where the speaker is ("..., police said in Raipur"): no place of the event's
        # own; the article's focus places it, at its province's precision
        return None, min(origins, key=lambda m: m.start) if origins else None
    main = [m for m in main if id(m) not in speaker] or main
    # the sentence's containers bound it: "in Tijuana, Baja California, ... in Colonia X"
    # is not Cologne (Colonia)
    bounds = {m.resolved.cc for m in pool if id(m) in dependents and m.resolved is not None}
    if bounds:
        main = [m for m in main if m.resolved is None or m.resolved.cc in bounds] or main
    main = _off_the_road(main)
    main = _agreeing_with_chains(main, places)
    origin = min(origins, key=lambda m: m.start) if origins else None  # the name right after "from"
    if not main:
        # where a launcher stood places a strike told nowhere else; where attackers came
        # from ("crossed from X") places nothing: the article's focus does
        return (origin if origin is None or not origin.arrival else None), None
    return _most_specific(main, trigger_char, places, aside), origin


def _off_the_road(main: list[Mention]) -> list[Mention]:
    """ "In Kitengela, Kajiado County, youths blocked the Nairobi-Namanga road": a road named
    by its end towns is where the event is only when the sentence names no other place."""
    ends = [m for m in main if m.anchor_of == "between" and m.container is None]
    rest = [m for m in main if m not in ends]
    # (or a place whose kind the text states: "the road ... around the Ariha area", or a town
    # that lies along the road: "on the Mosul-Kirkuk road near Qayyarah")
    placed = [m for m in rest if m.container is not None or m.kind in _STATED_KINDS or _along(m, ends)]
    return rest if ends and placed else main


#: A town lies along a road when the way from one end to the other through it is at most
#: this many times the ends' distance.
ROAD_DETOUR = threshold("road_detour_share")


def _along(m: Mention, ends: list[Mention]) -> bool:
    """The town lies along the road its sentence names by its two end towns."""
    town = m.resolved
    if town is None or town.level != 3:
        return False
    for end in ends:
        a, b = end.resolved, end.near.resolved if end.near is not None else None
        if a is None or b is None or town.id in (a.id, b.id):
            continue
        direct = km(a.lat, a.lon, b.lat, b.lon)
        if km(a.lat, a.lon, town.lat, town.lon) + km(town.lat, town.lon, b.lat, b.lon) <= direct * ROAD_DETOUR:
            return True
    return False


#: Kinds a text states for a place of its own ("X area", "X village").
_STATED_KINDS = frozenset({"village", "town", "city", "district", "area", "camp", "base"})


#: A name outside every chain of the sentence counts as the same place within this distance.
CHAIN_AGREE_KM = threshold("chain_agree_km")


def _agreeing_with_chains(main: list[Mention], places: dict[int, Place | None]) -> list[Mention]:
    """A sentence that places its event with a chain ("in Parintins, Amazonas, ...") is
    not moved by a loose name far from it: a neighbourhood read as a namesake elsewhere,
    a road's far end, a place the victims came from. Names near the chain's place (or,
    when the chain falls back to a province, in that province) stay candidates."""
    heads = {id(m): m for m in main if m.container is not None and not _named_for(m)}
    refs = [p for p in (places[id(m)] for m in heads.values()) if p is not None]
    if not refs or len(heads) == len(main):
        return main
    kept = []
    for m in main:
        place = places[id(m)]
        if id(m) in heads or place is None or any(_agrees(place, ref) for ref in refs):
            kept.append(m)
    return kept or main


def _named_for(m: Mention) -> bool:
    """A country "inside" a town is part of a name ("the Bank of X branch in Y", "X Airways
    office in Y"): no chain that bounds the sentence's other places."""
    return (
        m.resolved is not None
        and m.resolved.is_country
        and m.container is not None
        and m.container.resolved is not None
        and not m.container.resolved.is_country
    )


def _agrees(place: Place, ref: Place) -> bool:
    if ref.geo_precision >= 3:  # a province or a country: inside it
        return place.iso == ref.iso and (not ref.admin1 or place.admin1 == ref.admin1)
    d = km(place.latitude, place.longitude, ref.latitude, ref.longitude)
    return d <= CHAIN_AGREE_KM


def _most_specific(
    mentions: list[Mention],
    trigger_char: int,
    places: dict[int, Place | None],
    aside: frozenset[int] = frozenset(),
) -> Mention | None:
    """The most precise place; among equals, one outside the clause's subject ("people
    from X staged a protest in Y": Y), then the one nearest the trigger."""
    ranked = []
    for m in mentions:
        place = places[id(m)]
        if place is not None:
            key = (place.geo_precision, id(m) in aside, abs(m.start - trigger_char), m.start)
            ranked.append((key, m))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None
