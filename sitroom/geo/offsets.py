"""Places given as a distance and a direction from a named one, and places at sea.

"68 nautical miles southwest of Hodeidah" is a point at sea, not the port: the event is
put where the text says, at precision 2, in the country of the named place (the nearest
coast, as ACLED codes incidents at sea). "In the Red Sea" takes the nearest coast's
country: the article's own country when it borders that sea, else the land nearest to
the sea's point.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.gazetteer import Gazetteer, Hit, km
from sitroom.geo.thresholds import threshold
from sitroom.geodesy import destination
from sitroom.lang import pack_mapping, pack_pattern, pack_words
from sitroom.model import Place

#: Kilometres per unit of distance as news writes it, compass bearings in degrees, and the
#: text right before a name ("68 nautical miles southwest of (Yemen's) (port city of) "):
#: the language pack's ``geo/words.yaml`` and ``geo/patterns.yaml``.
UNITS = pack_mapping("geo/words", "distance_units")
BEARINGS = pack_mapping("geo/words", "bearings")


def _units(pack) -> str:
    """The pack's distance units as a regex alternation, longest first."""
    words = pack.entry("geo/words", "distance_units")
    return "|".join(sorted((re.escape(u) for u in words), key=len, reverse=True))


OFFSET_BEFORE = pack_pattern("geo/patterns", "offset_before", re.IGNORECASE, unit=_units)
#: ", some 30 km from Y" after a name: the name is a place (`spans.place_spans`).
OFFSET_AFTER = pack_pattern("geo/patterns", "offset_after", re.IGNORECASE, unit=_units)
#: "12 km from X", no bearing: near X, never a launch site (mentions.annotate).
DISTANCE_FROM = pack_pattern("geo/patterns", "distance_from", re.IGNORECASE, unit=_units)
#: Offsets shorter than this stay at the named place (ACLED codes "5 km north of X" at X).
MIN_OFFSET_KM = threshold("min_offset_km")
#: A town put at a distance from another lies within this share of the distance of the
#: point named, or within the floor.
OFFSET_SHARE = threshold("offset_share")
OFFSET_FLOOR_KM = threshold("offset_floor_km")
#: ... or at that distance from the named place, on a bearing this rough (a chord's share).
OFFSET_CHORD_SHARE = threshold("offset_chord_share")

#: The head words of a sea's name ("the Gulf of Aden", "the Red Sea"): `geo/words.yaml`.
WATER_HEADS = pack_words("geo/words", "water_heads")


def _a_sea(name: str) -> bool:
    """ "Gulf of Aden", "Red Sea", "Indian Ocean" (not Somalia's "Bay" region: one word)."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1] in WATER_HEADS or (words[0] in WATER_HEADS and words[1] == "of"))


#: Words of a sentence that speaks of the sea ("tanker", "nautical", "off"): `geo/words.yaml`.
SEA_WORDS = pack_words("geo/words", "sea_words")
_WORD = re.compile(r"[A-Za-z]+")


def seas_off_coasts(mentions: list[Mention], text: str, sentences: list[tuple[int, int]]) -> None:
    """ "70 nautical miles east of Aden in the Gulf of Aden", "50 km south of Mokha in the
    Red Sea": the sea holds the point at that distance, not the coast town it is measured
    from, which no sea contains: the town is read on land, free of the sea. A sea's name in
    a sentence that speaks of the sea (ships, nautical miles, "off") is the sea (kind
    "sea"), never the land unit named after it (Sudan's "Red Sea" state), and holds no town
    ("a tanker near Mokha in the Red Sea": Mokha, on land)."""
    seas = {id(m) for m in mentions if _a_sea(m.text) and _sea_sentence(text, sentences[m.sentence])}
    for m in mentions:
        if id(m) in seas and m.kind in ("", "container"):
            m.kind = "sea"
        c = m.container
        if c is not None and (id(c) in seas or (m.offset is not None and _a_sea(c.text))):
            m.container = None


def _sea_sentence(text: str, span: tuple[int, int]) -> bool:
    """The sentence speaks of ships or the sea ("a tanker", "nautical miles", "off X")."""
    return any(w.lower() in SEA_WORDS for w in _WORD.findall(text[span[0] : span[1]]))


def near_anchor(
    pool: list[Hit], anchor: Hit, offset: tuple[float, float] | None, limit: float
) -> list[Hit]:
    """ "Yenegu, near Izge (Gwoza LGA, Borno)": a place said to be near another lies within
    ``limit`` km of it (or of the district that holds it, when the gazetteer lacks it); a
    town put at a distance and bearing from it ("X, about 200 km southeast of Y") lies near
    the point they name, not merely within reach of Y (a province's point says little of
    its extent: it keeps the plain limit). A place inside the country or province it is
    put near is near it, however far from that unit's point ("Maiduguri, north-east
    Nigeria"; "a village near Kalam, north-west Pakistan")."""
    point, share = None, 0.0
    if offset is not None:
        point = destination(anchor.lat, anchor.lon, *offset)
        share = max(OFFSET_FLOOR_KM, OFFSET_SHARE * offset[0])
    return [
        h
        for h in pool
        if h.is_open
        or h.is_country  # ("the border areas of Chad, between Niger and ...": no point)
        or (offset is None and _inside(h, anchor))
        or (
            _at_offset(h, anchor, point, offset[0], share)
            if point is not None and offset is not None and h.level == 3
            else km(h.lat, h.lon, anchor.lat, anchor.lon) <= limit
        )
    ]


def _inside(hit: Hit, anchor: Hit) -> bool:
    """The hit lies in the anchor when the anchor is a country or a province."""
    if anchor.is_country:
        return hit.cc == anchor.cc
    return anchor.fcode == "ADM1" and hit.cc == anchor.cc and hit.admin1 == anchor.admin1


def _at_offset(hit: Hit, anchor: Hit, point: tuple[float, float], dist: float, share: float) -> bool:
    """The town lies near the point the text names, or at the distance written from the
    anchor on a rougher bearing ("40 km north of" for a town to the northwest)."""
    off = km(hit.lat, hit.lon, *point)
    if off <= share:
        return True
    return abs(km(hit.lat, hit.lon, anchor.lat, anchor.lon) - dist) <= share and off <= OFFSET_CHORD_SHARE * dist


def off_anchor(hit: Hit, mention: Mention, limit: float) -> bool:
    """A first reading that the name's anchor, resolved since, puts out of reach ("the
    Mugunga camp for displaced people west of Goma": no namesake 1,000 km from Goma)."""
    anchor = mention.near.resolved if mention.near is not None else None
    if anchor is None or mention.anchor_of == "between":
        return False
    reach = limit if anchor.level >= 2 else 2 * limit
    return not near_anchor([hit], anchor, mention.near.offset, reach)


def offset_before(before: str) -> tuple[float, float] | None:
    """(kilometres, bearing) when ``before`` ends with "N units DIRECTION of"."""
    m = OFFSET_BEFORE.search(before)
    if m is None:
        return None
    dist = float(m.group("dist").replace(",", ".")) * UNITS[m.group("unit").lower()]
    bearing = BEARINGS[m.group("dir").lower().replace("-", "")]
    return (dist, bearing) if dist >= MIN_OFFSET_KM else None


#: A point given by distance and direction this close to a town the article names is that
#: town (the headline's "attack in X" and the body's "30 km northwest of the capital").
SNAP_KM = threshold("snap_km")


def named_town_near(place: Place, mention: Mention, mentions: list[Mention], gaz: Gazetteer) -> Place:
    """An offset point ("30 km northwest of Y") lying next to a town the article names
    elsewhere as a location is put at that town, near it (precision 2), as ACLED codes the
    nearest named place rather than a bare point."""
    if mention.offset is None or mention.resolved is None:
        return place
    towns = [
        m.resolved
        for m in mentions
        if m.resolved is not None
        and m.resolved.level == 3
        and m.resolved.id != mention.resolved.id
        and not (m.modifier or m.origin or m.dateline)
    ]
    near = min(towns, key=lambda h: km(h.lat, h.lon, place.latitude, place.longitude), default=None)
    if near is None or km(near.lat, near.lon, place.latitude, place.longitude) > SNAP_KM:
        return place
    return gaz.to_place(near, 2)


def at_sea(place: Place, focus: Hit | None, context: ArticleContext, gaz: Gazetteer) -> Place:
    """A sea ("in the Red Sea") has no country: take the nearest coast's, as ACLED codes
    incidents at sea: the country the article places things in when its coast is near
    the sea (a report on Hodeidah), else the country of the land nearest to the point."""
    if place.country:
        return place
    cc = focus.cc if focus is not None else main_country(context)
    home = gaz.country_places.get(cc) if cc else None
    if home is None or not _coast_near(gaz, cc, place):  # "US warships ... in the Red Sea"
        cc = gaz.nearest_country(place.latitude, place.longitude)
        home = gaz.country_places.get(cc)
    if home is None:
        return place
    country = gaz.to_place(home, 3)
    return replace(
        place, country=country.country, iso=country.iso, iso3=country.iso3, region=country.region
    )


#: A country whose land lies this close to a sea's point borders that sea.
COAST_KM = threshold("coast_km")


def _coast_near(gaz: Gazetteer, cc: str, place: Place) -> bool:
    """The country's own point lies near the sea's: it borders that sea."""
    home = gaz.country_places.get(cc)
    return home is not None and km(home.lat, home.lon, place.latitude, place.longitude) < COAST_KM


def main_country(context: ArticleContext) -> str:
    """The country the article places things in ('' when it places nothing): never a
    party's country ("US warships", "Houthi forces")."""
    located = Counter({cc: w for cc, w in context.places.items() if w > 0})
    return located.most_common(1)[0][0] if located else ""
