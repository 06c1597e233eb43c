"""Whether a place lies in the container the text puts it in ("X (Y district, Z)",
"X, Y", "X in Y"), and which reading of a container can hold the names put inside it.

Pure functions over gazetteer `Hit`s, used by `sitroom.geo.resolve` and the ranker's
features.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitroom.geo.context import CHAIN_LINKS, POPULATED, Mention
from sitroom.geo.gazetteer import Hit, hit_precision, km
from sitroom.geo.loose_keys import loose_key
from sitroom.geo.normalize import name_key, split_generic
from sitroom.geo.thresholds import threshold
from sitroom.lang import active_pack, pack_words
from sitroom.outlines import near_province

#: A town this large that a text puts inside a hamlet of the same name elsewhere is
#: the place meant, and the hamlet a namesake ("Arish in northern Sinai"). These numbers
#: are tuning: they live in data/thresholds.yaml.
SIZEABLE, HAMLET = int(threshold("sizeable_town")), int(threshold("hamlet"))
#: A town this large is the reading of a container name that holds nothing the text
#: puts in it (`known_city`; data/thresholds.yaml).
KNOWN_CITY = int(threshold("known_city"))
#: A city this large stands on its own when only a foreign namesake of its container is known.
CITY = int(threshold("standalone_city"))
#: A place filed under another province than the one the text names lies this close to it
#: (a border town that notes file under the neighbour), or this close to its outline.
NEIGHBOUR_KM, BORDER_KM = threshold("neighbour_km"), threshold("border_km")
#: A province that notes put inside another lies this close to it (carved out of it).
SPLIT_PROVINCE_KM = threshold("split_province_km")
#: A named region that is no admin unit holds the places this close to its point.
REGION_KM = threshold("region_km")
#: A place the text puts inside a town ("X neighbourhood of Y city") lies this close to it.
TOWN_RADIUS_KM = threshold("town_radius_km")
#: A village filed under another district than the one the text names may still lie in it
#: this close to its point (districts are wide; villages are filed by the nearest town) ...
DISTRICT_KM = threshold("district_km")
#: ... and this close when the place is filed under no district of its province.
WIDE_DISTRICT_KM = threshold("wide_district_km")
#: Kinds of a container mention that make a town stand for its district ("the X area").
_AREA_KINDS = frozenset({"area", "district"})
#: ... or when it is not this many times nearer its own district's point (data/thresholds.yaml).
OWN_DISTRICT_RATIO = threshold("own_district_ratio")


#: `outside` by the identities of the place and the container, each kept beside its answer
#: (so that neither id is taken by another record while remembered) with the active pack
#: (a district's kind words are its): a name's readings are judged against the same
#: containers again and again (some 18,600 asks of 3,900 pairs on the test split's gold).
_OUTSIDE: dict[tuple[int, int], tuple[Hit, Hit, object, bool]] = {}
_OUTSIDE_MAX = 50_000  # (then forgotten at once: an ingest run reads article after article)


def outside(hit: Hit, container: Hit) -> bool:
    """The text puts the place in a province, district or town that it is plainly not in
    (remembered per pair of records, `_OUTSIDE`: they are frozen)."""
    key, pack = (id(hit), id(container)), active_pack()
    found = _OUTSIDE.get(key)
    if found is not None and found[0] is hit and found[1] is container and found[2] is pack:
        return found[3]
    if len(_OUTSIDE) >= _OUTSIDE_MAX:
        _OUTSIDE.clear()
    answer = _outside(hit, container)
    _OUTSIDE[key] = (hit, container, pack, answer)
    return answer


def _outside(hit: Hit, container: Hit) -> bool:
    """`outside`, worked out."""
    if container.cc != hit.cc and not hit.is_country:
        return True  # "Wentworth, Durban" is not a district of New South Wales
    if container.id == hit.id:
        return False
    if container.level == 3 == hit.level:
        if _seat_of_unit(container, hit):
            return False  # "Reni, Odessa": the province named after its capital
        d = km(hit.lat, hit.lon, container.lat, container.lon)
        # "Dorvil of Marrow": a town of the same district stands for the municipality
        return d > (DISTRICT_KM if _same_district(container, hit) else TOWN_RADIUS_KM)
    if container.level == hit.level == 2:
        # "Caracoli, Malambo": a district is not inside another district
        return _other_admin1(hit, container) or container.fcode == hit.fcode
    if container.level == 2 < hit.level and _other_admin1(hit, container):
        # "Tudun Wada (Kaduna North LGA, Kaduna)" is not the Tudun Wada of Kano (a named
        # province alone is judged by distance: notes name old or neighbouring provinces),
        # but a district's seat town filed across the border is its seat ("Kessa town
        # (Kessa, Upper Vale)")
        return not _seat_across_border(hit, container)
    if container.level == hit.level == 1:
        # "As Sabaa (Tripoli)" is no far province; a neighbour may be one carved out of
        # the named one ("Menaka Region (Menaka, Gao)")
        return km(hit.lat, hit.lon, container.lat, container.lon) > SPLIT_PROVINCE_KM
    if container.level >= hit.level:
        return False
    if container.cc != hit.cc:
        return True
    if container.level == 0:
        return False
    same = container.name in (hit.admin1, hit.admin2, hit.name)
    d = km(hit.lat, hit.lon, container.lat, container.lon)
    if container.fcode == "REGION":
        return d > REGION_KM  # "Iraq's Kurdistan Region": filed under one of its provinces
    if container.level == 1 and _other_admin1(hit, container):
        # filed under another province: only a border town fits, one that the province's
        # outline holds ("Paletwa, Chin State" filed under Rakhine) or one near its point
        return d > NEIGHBOUR_KM and not _filed_across_border(hit, container)
    return not same and d > 150


def in_town_area(hit: Hit, mention: Mention, town: Hit) -> bool:
    """ "X, in the Macomia area": a town the text names as an area or a district stands for
    its district, so a village of that country within a district's reach lies in it (a
    wide district's reach for a curated site of its province filed under no district)."""
    named = mention.container
    if named is None or named.resolved is not town or named.kind not in _AREA_KINDS:
        return False
    if not (town.level == 3 == hit.level and town.cc == hit.cc):
        return False
    d = km(hit.lat, hit.lon, town.lat, town.lon)
    # "Boulkessi, in the Douentza cercle": a curated conflict site filed under no district,
    # in the province of the town the text names as a district, may lie across a wide one
    # (not a village of the packaged data: "Nanduli in Macomia district" is a namesake 63 km
    # off in a neighbouring district)
    unfiled = hit.curated and not hit.admin2 and hit.admin1 == town.admin1 and named.kind == "district"
    return d <= DISTRICT_KM or (unfiled and d <= WIDE_DISTRICT_KM)


def beyond_city(hit: Hit, mention: Mention, town: Hit) -> bool:
    """ "the city's X district", "the X neighbourhood of Y": a part the text puts in a city
    lies within a district's reach of it, whatever unit the namesake is filed as."""
    named = mention.container
    if named is None or named.resolved is not town or named.kind != "city" or town.level != 3:
        return False
    return km(hit.lat, hit.lon, town.lat, town.lon) > DISTRICT_KM


def _filed_across_border(hit: Hit, province: Hit) -> bool:
    """The gazetteer files the place under a neighbouring province, but the province's
    outline holds it or, for a district or a town above a hamlet ("Shaykhan village" is
    no match), passes within `BORDER_KM` of it."""
    margin = BORDER_KM if hit.level == 2 or hit.population >= HAMLET else 0.0
    return near_province(hit.cc, province.admin1 or province.name, hit.lat, hit.lon, margin)


def loosely_inside(hit: Hit, holder: Hit) -> bool:
    """A place found only by another spelling lies in the container the text names, and,
    when that container is a province, is filed under that province: a loose spelling in a
    neighbouring province is two weak signals, not a match ("X district, Khost" is no
    namesake across the border in Nangarhar)."""
    if outside(hit, holder):
        return False
    if hit.level < holder.level and _other_admin1(hit, holder):
        return False  # "Yangi Kala area of Qaysar district": no district of another province
    if holder.level != 1 or holder.is_country or not hit.admin1 or hit.level < 2:
        return True
    if hit.curated or holder.curated:
        return True  # curated rows spell provinces their own way
    if name_key(hit.admin1) == name_key(holder.admin1 or holder.name):
        return True
    # a sizeable town filed under the neighbour, by the named province's point: provinces
    # redrawn since the gazetteer filed it ("Qaser Bin Ghashir (Aljfara)"); or one at the
    # province's edge ("Gujiba LGA, Borno": the Gujba of Yobe, 27 km past Borno's outline)
    near = km(hit.lat, hit.lon, holder.lat, holder.lon) <= NEIGHBOUR_KM
    return (hit.level == 3 and hit.population >= SIZEABLE and near) or _filed_across_border(hit, holder)


def _seat_of_unit(town: Hit, hit: Hit) -> bool:
    """``town`` shares its name with its province or district and ``hit`` lies in that
    unit: a text naming the town as a container means the unit ("Bani Walid (Misrata)",
    "Tessit, in the cercle of Ansongo": the district "Ansongo Cercle")."""
    key = loose_key(name_key(town.name))
    if town.admin1 and _unit_key(town.admin1) == key and hit.admin1 == town.admin1:
        return True
    return bool(town.admin2) and district_key(town.admin2) == key and hit.admin2 == town.admin2


def _unit_key(unit: str) -> str:
    """A unit's name without its kind word, spelling folded ("Badin District" → badin,
    "Ar-Raqqa" and the town "Ar Raqqah" alike)."""
    return loose_key(name_key(split_generic(unit)[0]))


def district_key(unit: str) -> str:
    """`_unit_key` less a trailing word of a district's kind ("Ansongo Cercle" → ansongo)."""
    words = _unit_key(unit).split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in _DISTRICT_WORDS else words)


#: Words of a district's kind after its name (geo/forms unit_words: 'cercle', 'commune').
_DISTRICT_WORDS = pack_words("geo/forms", "unit_words")


def _other_admin1(hit: Hit, container: Hit) -> bool:
    """The two rows file themselves under different provinces (curated rows spell
    provinces their own way, so they are never judged by the name)."""
    if hit.curated or container.curated:
        return False
    return bool(hit.admin1 and container.admin1) and hit.admin1 != container.admin1


def enclosing(mention: Mention) -> Hit | None:
    """The nearest container up the text's chain that resolved ("Marabo (Irumu, Ituri)"
    with Irumu unknown: Ituri): the first of `holders` (the chain walked as
    `Mention.resolved_containers` walks it, written out: asked for every reading judged)."""
    cur, seen = mention.container, 0
    while cur is not None and seen < CHAIN_LINKS:
        if cur.resolved is not None:
            return cur.resolved
        cur, seen = cur.container, seen + 1
    return None


def in_named_district(
    pool: list[Hit], mention: Mention, holder: Hit | None, unit: Callable[[str, str, int], Hit | None]
) -> list[Hit]:
    """The candidates that can lie in the district the text names ("X village in Y LGA"):
    a village filed under another district, far from Y's point and much nearer its own
    district's, is a namesake (none left: the gazetteer lacks the village). ``unit``: the
    gazetteer's admin unit by (country, name, level)."""
    if holder is None or holder.level != 2 or mention.listed:
        return pool
    return [h for h in pool if not _filed_elsewhere(h, holder, unit)]


def _filed_elsewhere(hit: Hit, district: Hit, unit: Callable[[str, str, int], Hit | None]) -> bool:
    if hit.level != 3 or hit.cc != district.cc or not hit.admin2 or hit.population >= SIZEABLE:
        return False  # a sizeable town keeps its place: districts are split and renamed
    if name_key(hit.admin2) == name_key(district.name):
        return False
    d = km(hit.lat, hit.lon, district.lat, district.lon)
    own = unit(hit.cc, hit.admin2, 2) if d > DISTRICT_KM else None
    return own is not None and OWN_DISTRICT_RATIO * km(hit.lat, hit.lon, own.lat, own.lon) < d


def holders(mention: Mention) -> list[Hit]:
    """Every container up the text's chain that resolved, nearest first (the chain walked
    as `Mention.resolved_containers` walks it, written out: asked for every name chosen)."""
    out: list[Hit] = []
    cur, seen = mention.container, 0
    while cur is not None and seen < CHAIN_LINKS:
        if cur.resolved is not None:
            out.append(cur.resolved)
        cur, seen = cur.container, seen + 1
    return out


def stands_alone(
    best: Hit, pool: Sequence[Hit], container: Hit, direct: Hit | None = None, kind: str = ""
) -> bool:
    """A sizeable town that its container (a town or district) cannot hold ("Panama City
    (Bella Vista)" with only a foreign Bella Vista known): the container is a part of the
    town the gazetteer lacks, not a place to fall back to. Or a province mistaken, when
    the text names it right after the place (``direct``: the next container, resolved;
    "X area of Y district, Z" with Y unknown is surely in Z). Or a unit (``kind``: the
    container's kind word) read only as a town abroad by another of its names."""
    if direct is container and province_mistaken(best, pool, container):
        return True
    if _region_misread(best, pool, container):
        return True
    if direct is container and _alias_abroad(best, pool, container, kind):
        return True
    return (
        best.level == 3
        and best.primary
        and best.population >= CITY
        and container.level >= 2
        and container.cc != best.cc
        and all(outside(h, container) for h in pool)
    )


def _alias_abroad(best: Hit, pool: Sequence[Hit], container: Hit, kind: str) -> bool:
    """A place known by its own name in one country only, put in a unit the text calls a
    region or district but read only as a town abroad by another of its names ("Beledweyne,
    the largest town of the Salam region": Saham, Oman, is also called Salam): the place,
    not that reading of its container ("the mostly Sunni city of Fallujah" keeps Fallujah)."""
    return (
        kind in _UNIT_KINDS
        and container.level == 3
        and not container.primary
        and container.cc != best.cc
        and best.primary
        and all(h.cc == best.cc for h in pool)
    )


#: Kinds of a container the text calls a unit ("the Salam region", "X district").
_UNIT_KINDS = frozenset({"admin1", "admin2", "district"})


def _region_misread(best: Hit, pool: Sequence[Hit], container: Hit) -> bool:
    """A municipality its country files as a unit of its own name ("Teorama, in the
    Catatumbo region"), put in a region the gazetteer lacks and read only through another
    name of a unit abroad (Venezuela's "Municipio Catatumbo"): the place, not the unit."""
    if container.primary or container.cc == best.cc or not best.primary:
        return False
    own = name_key(best.name)
    return any(
        h.level == 2 and h.cc == best.cc and name_key(h.name) == own for h in pool
    ) and all(outside(h, container) for h in pool)


#: Words before a name that make it a point: one is near a village, not a district.
_NEAR_WORDS = pack_words("geo/words", "point_anchors")


def near_a_unit(best: Hit, mention: Mention) -> bool:
    """The text puts the event near a name whose reading is a district or province
    ("near X, Donetsk" with the only X a district of another province): a village the
    gazetteer lacks, never a province the text got wrong."""
    return mention.anchor_of in _NEAR_WORDS and best.level in (1, 2) and not best.is_country


def province_mistaken(best: Hit, pool: Sequence[Hit], container: Hit) -> bool:
    """A district, or a town of some size, named by its own name with a province of the
    same country that holds no place of that name ("Gediz, Istanbul", "Sahiwal (Sindh)"):
    the text got the province wrong, and the named place, the only one of its name and
    kind (``pool``: every candidate of the name), is more specific than it."""
    if container.level != 1 or container.is_country or container.cc != best.cc:
        return False
    if not best.primary or not (best.level == 2 or best.population >= SIZEABLE):
        return False
    if len({h.id for h in pool if h.level == best.level}) > 1:
        return False  # "Villa Nueva": one of many, and the one meant is missing
    return all(outside(h, container) for h in pool)


def holding(
    pool: list[Hit], inner: Sequence[Hit], text: str = "", every: Sequence[Hit] = ()
) -> list[Hit]:
    """Container candidates that hold one of the inner names' candidates. When none
    does and an inner name is a sizeable town, hamlets are dropped ("Arish in northern
    Sinai" is not in a Mexican hamlet called Sinai); admin units and towns are kept (the
    inner name is often a village the gazetteer lacks that shares a far town's name),
    the units of a known city of the name first (`_known_city_units`; ``every``: all of
    the name's candidates, before the kind the text states narrowed them)."""
    if not inner:
        return pool
    fit = [
        h
        for h in pool
        if (h.primary or h.level < 3 or _spelled_alike(h.name, text))  # not "Durbanville"
        and any((h.level < i.level or h.level == i.level == 3) and not outside(i, h) for i in inner)
    ]
    if fit:
        named = [h for h in fit if any(h.id == i.id or holds_by_name(h, i) for i in inner)]
        return named or fit
    # "Dorvil of Marrow": no reading holds the village, but a town of the name is filed
    # in the district the village is filed in (a town beside it, not a namesake abroad)
    beside = [h for h in pool if h.level == 3 and any(_same_district(h, i) for i in inner)]
    if beside:
        return beside
    if any(i.level == 3 and i.primary and i.population >= SIZEABLE for i in inner):
        return [h for h in pool if h.level < 3 or h.population >= HAMLET]
    return _known_city_units(pool, every)


def _seat_across_border(town: Hit, district: Hit) -> bool:
    """The town bears the district's name and lies near its point, though the gazetteer
    files it under the neighbouring province."""
    return (
        town.level == 3
        and _unit_key(district.name) == loose_key(name_key(town.name))
        and km(town.lat, town.lon, district.lat, district.lon) <= NEIGHBOUR_KM
    )


def _same_district(a: Hit, b: Hit) -> bool:
    return bool(a.admin2) and (a.cc, a.admin1, a.admin2) == (b.cc, b.admin1, b.admin2)


def _known_city_units(pool: list[Hit], every: Sequence[Hit]) -> list[Hit]:
    """A container none of whose readings holds the name put in it (a village the
    gazetteer lacks): the province or district of the largest town of the container's
    name, when that town is a known city ("X, La Paz" with X unknown: the Bolivian
    department of the city of two million, not a small Colombian municipality whose
    only claim is a population figure the department's row lacks)."""
    towns = [h for h in every if h.level == 3 and h.primary]
    big = max(towns, key=lambda h: h.population, default=None)
    if big is None or big.population < KNOWN_CITY:
        return pool
    key = name_key(big.name)
    units = [
        h
        for h in pool
        if h.id == big.id
        or (
            h.cc == big.cc
            and h.level in (1, 2)
            and name_key(h.name) == key
            and name_key(big.admin1 if h.level == 1 else big.admin2) == key
        )
    ]
    return units or pool


def _spelled_alike(name: str, text: str) -> bool:
    """Another spelling of the same name ("Odessa" for Odesa), not another name."""
    return bool(text) and loose_key(name_key(name)) == loose_key(name_key(text))


def holds_by_name(unit: Hit, inner: Hit) -> bool:
    """The inner place's own row names this unit as its province or district ("San
    Antonio (Valparaiso)": the Chilean region that San Antonio's row is filed under)."""
    if unit.level not in (1, 2) or unit.cc != inner.cc or unit.level >= inner.level:
        return False
    field = inner.admin1 if unit.level == 1 else inner.admin2
    return bool(field) and name_key(field) == name_key(unit.name)


def holds(inner: Sequence[Hit], outer: Sequence[Hit]) -> bool:
    """Some reading of the outer name can hold some reading of the inner one."""
    return any(c.level <= i.level and not outside(i, c) for i in inner for c in outer)


def peers(inner: Sequence[Hit], outer: Sequence[Hit], long_run: bool = False) -> bool:
    """Two names a comma joins are a list, not a place in its container: no reading of the
    second can hold a reading of the first, and some readings are of one rank ("Tarnvale,
    Oskbury": two provinces far apart; two towns of one country, or of a run of three or
    more, not each other's container); a name that is a province as well as a town holds
    a town or a district ("Pisky, Donetsk")."""
    if long_run and provinces_of_one_country(inner, outer):
        return True  # "Alaska, Arizona, California": a run of states, whatever namesakes hold
    if not inner or not outer or holds(inner, outer):
        return False  # "Manaus, Amazonas", "Reni, Odessa": some reading holds the place
    rank = min((i.level for i in inner if not i.is_country), default=0)
    if rank >= 2 and any(c.level == 1 and not c.is_country for c in outer):
        return False  # "Pisky, Donetsk": a village the gazetteer lacks, in a province
    return any(
        i.level == c.level and not i.is_country and (long_run or _two_peers(i, c))
        for i in inner
        for c in outer
    )


def provinces_of_one_country(inner: Sequence[Hit], outer: Sequence[Hit]) -> bool:
    """Both names are, by their own name, provinces of one country."""
    own = {i.cc for i in inner if i.fcode == "ADM1" and i.primary}
    return any(c.fcode == "ADM1" and c.primary and c.cc in own for c in outer)


def _two_peers(inner: Hit, outer: Hit) -> bool:
    """Two names alone: of one country, and a town a sizeable one (a small namesake of
    the first is more likely a quarter of the second the gazetteer lacks)."""
    return inner.cc == outer.cc and (inner.level < 3 or inner.population >= SIZEABLE)


def name_hits(m: Mention, lookup: Callable[[str], Sequence[Hit]]) -> Sequence[Hit]:
    """The candidates of a mention's name, else of its name without its unit word
    ("Gwoza LGA" → "Gwoza")."""
    return lookup(m.text) or lookup(split_generic(m.text)[0])


def fallback_place(mention: Mention, frame: Hit | None = None) -> tuple[Hit, int] | None:
    """An unknown name inside a known container: the container, at precision 2 (district) or 3.

    Without a container, an unknown village or town ("the village of Starytsia") falls back
    to ``frame``, the admin unit the article's events are in, at precision 3.
    """
    if mention.weak or mention.modifier:
        return None
    cur = mention.container
    while cur is not None:
        if cur.resolved is not None:
            hit = cur.resolved
            return hit, max(2, hit_precision(hit))
        cur = cur.container
    if frame is not None and mention.kind in POPULATED and mention.near is None:
        return frame, 3
    return None


def holds_inner(unit: Hit, inner: Sequence[Hit]) -> bool:
    """The reading is a wider unit around one of the readings of a name the text puts
    inside it ("X city (X, Punjab)": Punjab holds a reading of X)."""
    level = unit.level
    for i in inner:  # noqa: SIM110 - a loop, not any() of a generator: a call fewer per item
        if level < i.level and not outside(i, unit):
            return True
    return False
