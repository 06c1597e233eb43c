"""Extract the named physical features of Natural Earth's 10m layers into the rows of
`sitroom/geo/data/physical.csv` (rivers, lakes, islands, ranges, peaks, deserts, seas and
the US national parks), which `sitroom/geo/build_physical.py` adds to the gazetteer.

Offline maintainer tool (the build never runs it): give it a folder of Natural Earth 10m
GeoJSON files (``ne_10m_<layer>.json``, as a clone of a GeoJSON export of
nvkelso/natural-earth-vector holds them) and it writes the table::

    python scripts/ne_extract.py path/to/10m > sitroom/geo/data/physical.csv

Natural Earth is in the public domain. Each row keeps its layer as its source. A point per
feature: a peak, cape or park its own point; a lake, island, sea or region the centroid of
its largest polygon's outline; a river its mouth (`mouth`), as GeoNames places streams.
Names: the feature's name and alternate names (capitals as in a title: "Atlas Mountains",
not "ATLAS MOUNTAINS"; an alternate name rows of other names share is a group's, "Great
Lakes", and is dropped); a river only with its generic word ("Neches River", "River
Neches"; its bare name is a town's as often as not), a peak also under "Mount" ("Mt. Hood":
"Mount Hood"), a park with its kind ("Zion National Park").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

LICENCE = "Public domain"
#: Natural Earth's feature class (lower case) → (the table's kind, geo_precision). Kinds are
#: the supplement's: region and sea are wide areas (level 1), area a spot or small area.
KINDS = {
    "river": ("region", 3), "river (intermittent)": ("region", 3),
    "lake": ("sea", 3), "reservoir": ("sea", 3), "alkaline lake": ("sea", 3),
    "range/mtn": ("region", 3), "desert": ("region", 3), "plateau": ("region", 3),
    "plain": ("region", 3), "basin": ("region", 3), "delta": ("region", 3),
    "coast": ("region", 3), "geoarea": ("region", 3), "peninsula": ("region", 3),
    "lowland": ("region", 3), "tundra": ("region", 3), "depression": ("region", 3),
    "valley": ("region", 3), "wetlands": ("region", 3), "foothills": ("region", 3),
    "island group": ("region", 3), "gorge": ("region", 3), "isthmus": ("region", 3),
    "pen/cape": ("area", 2), "cape": ("area", 2), "mountain": ("area", 2),
    "waterfall": ("area", 2), "pass": ("area", 2), "park": ("area", 2),
    "bay": ("sea", 3), "channel": ("sea", 3), "fjord": ("sea", 3), "gulf": ("sea", 3),
    "inlet": ("sea", 3), "lagoon": ("sea", 3), "ocean": ("sea", 3), "reef": ("sea", 3),
    "sea": ("sea", 3), "sound": ("sea", 3), "strait": ("sea", 3),
}
#: Large islands (the regions layer) are regions; the islands of the points layer are areas.
ISLAND = {"geography_regions_polys": ("region", 3), "geography_regions_points": ("area", 2)}
RIVER_LAYERS = ("rivers_lake_centerlines", "rivers_north_america", "rivers_europe")
LAKE_LAYERS = ("lakes", "lakes_north_america", "lakes_europe")
POLY_LAYERS = ("geography_regions_polys", "geography_marine_polys")
POINT_LAYERS = ("geography_regions_points", "geography_regions_elevation_points")
PARK_LAYERS = ("parks_and_protected_lands_point", "parks_and_protected_lands_area")
#: A river name that already says what it is keeps its own form only.
RIVER_WORD = re.compile(r"\b(river|creek|canal|brook|rio|río|wadi|nahr|oued)\b", re.I)
JOIN_DEGREES = 0.25
SMALL = {"of", "the", "de", "du", "des", "la", "le", "el", "al", "and"}
FIELDS = ("name", "aliases", "feature", "kind", "latitude", "longitude", "geo_precision",
          "source", "licence")


def title(name: str) -> str:
    """Natural Earth writes some layers' names in capitals: "ATLAS MOUNTAINS"."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in SMALL else w.capitalize() for i, w in enumerate(words))


def vertices(coords: list) -> list[tuple[float, float]]:
    """(lat, lon) of every vertex of a GeoJSON coordinate array."""
    if coords and isinstance(coords[0], int | float):
        return [(coords[1], coords[0])]
    return [p for part in coords for p in vertices(part)]


def polygon_point(geom: dict) -> tuple[float, float]:
    """The centroid of the outline of the feature's largest polygon (by vertex count)."""
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    ring = max(polys, key=lambda p: len(p[0]))[0]
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        f = x1 * y2 - x2 * y1
        area, cx, cy = area + f, cx + (x1 + x2) * f, cy + (y1 + y2) * f
    if abs(area) < 1e-12:
        return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)
    return cy / (3 * area), cx / (3 * area)


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < JOIN_DEGREES and abs(a[1] - b[1]) < JOIN_DEGREES


def mouth(lines: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """Where a river ends, as GeoNames places a stream: Natural Earth draws each segment
    downstream, so a segment flows into those that start near its end; of the ends that
    flow into none (the mouth, a distributary, a gap), the one with the most of the course
    upstream of it."""
    downstream = [
        [j for j, other in enumerate(lines) if j != i and _near(line[-1], other[0])]
        for i, line in enumerate(lines)
    ]
    upstream: dict[int, list[int]] = defaultdict(list)
    for i, nexts in enumerate(downstream):
        for j in nexts:
            upstream[j].append(i)

    def above(i: int) -> int:
        seen, todo = {i}, [i]
        while todo:
            for k in upstream[todo.pop()]:
                if k not in seen:
                    seen.add(k)
                    todo.append(k)
        return sum(len(lines[k]) for k in seen)

    ends = [i for i, nexts in enumerate(downstream) if not nexts] or list(range(len(lines)))
    return lines[max(ends, key=above)][-1]


def features(folder: Path, layer: str) -> list[dict]:
    path = folder / f"ne_10m_{layer}.json"
    with open(path, encoding="utf-8") as fh:
        return [f for f in json.load(fh)["features"] if f.get("geometry")]


def prop(p: dict, key: str) -> str:
    value = p.get(key) or p.get(key.upper()) or ""
    return title(value) if isinstance(value, str) else ""


def river_rows(folder: Path) -> list[dict]:
    """One row per course: the segments of one name in one layer that join end to end (within
    `JOIN_DEGREES`); two rivers of one name far apart are two rows."""
    parts: dict[tuple[str, str], list[tuple[dict, list[tuple[float, float]]]]] = defaultdict(list)
    for layer in RIVER_LAYERS:
        for f in features(folder, layer):
            p = f["properties"]
            if prop(p, "name") and str(p.get("featurecla", "")).startswith("River"):
                geom = f["geometry"]
                lines = [geom["coordinates"]] if geom["type"] == "LineString" else geom["coordinates"]
                for line in lines:
                    parts[(layer, prop(p, "name"))].append((p, vertices(line)))
    out = []
    for (layer, _), segments in parts.items():
        for course in _courses(segments):
            p = course[0][0]
            names = []
            for name in (prop(p, "name_full"), prop(p, "name"), *_alternates(p)):
                name = re.sub(r"\bCr\.$", "Creek", name)
                if name:
                    names += [name] if RIVER_WORD.search(name) else [f"{name} River", f"River {name}"]
            lat, lon = mouth([points for _, points in course])
            out.append(_row(names, p["featurecla"].lower(), KINDS["river"], lat, lon, layer))
    return out


def _courses(segments: list) -> list[list]:
    """The segments grouped into courses: joined when an end of one lies near an end of
    another (union-find over their ends)."""
    parent = list(range(len(segments)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ends = [(pts[0], pts[-1]) for _, pts in segments]
    for i, a in enumerate(ends):
        for j in range(i):
            if any(abs(x[0] - y[0]) < JOIN_DEGREES and abs(x[1] - y[1]) < JOIN_DEGREES
                   for x in a for y in ends[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list] = defaultdict(list)
    for i, seg in enumerate(segments):
        groups[root(i)].append(seg)
    return list(groups.values())


def _alternates(p: dict) -> list[str]:
    """The alternate names, one by one ("Hulun Lake, Dalai Lake")."""
    return [a.strip() for a in prop(p, "name_alt").split(",") if a.strip()]


def _row(names: list[str], feature: str, kind: tuple[str, int], lat: float, lon: float,
         layer: str) -> dict:
    seen: set[str] = set()
    names = [n for n in names if n and not (n.lower() in seen or seen.add(n.lower()))]
    return {
        "name": names[0], "aliases": "|".join(names[1:]), "feature": feature,
        "kind": kind[0], "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
        "geo_precision": kind[1], "source": f"Natural Earth 10m {layer}", "licence": LICENCE,
    }


def peak_names(name: str) -> list[str]:
    """"Mt. Hood" is also "Mount Hood" and "Mt Hood"."""
    m = re.match(r"^Mt\.?\s+(.+)$", name)
    return [name, f"Mount {m.group(1)}", f"Mt {m.group(1)}"] if m else [name]


def other_rows(folder: Path) -> list[dict]:
    out = []
    for layer in LAKE_LAYERS + POLY_LAYERS + POINT_LAYERS:
        for f in features(folder, layer):
            p = f["properties"]
            feature = str(p.get("featurecla", "")).lower()
            kind = ISLAND.get(layer) if feature == "island" else KINDS.get(feature)
            name = prop(p, "name")
            if not name or kind is None:
                continue
            geom = f["geometry"]
            if geom["type"] == "Point":
                lat, lon = geom["coordinates"][1], geom["coordinates"][0]
            else:
                lat, lon = polygon_point(geom)
            names = [*peak_names(name), *(n for a in _alternates(p) for n in peak_names(a))]
            out.append(_row(names, feature, kind, lat, lon, layer))
    for layer in PARK_LAYERS:
        for f in features(folder, layer):
            p = f["properties"]
            if not p.get("name") or not p.get("unit_type"):
                continue
            geom = f["geometry"]
            lat, lon = (geom["coordinates"][1], geom["coordinates"][0]) if geom["type"] == "Point" \
                else polygon_point(geom)
            out.append(_row([f"{p['name']} {p['unit_type']}"], "park", KINDS["park"], lat, lon,
                            layer))
    return out


def drop_group_names(rows: list[dict]) -> None:
    """An alternate name that rows of other names also give is a group's ("Great Lakes" of
    Lake Erie and Lake Huron, "Finger Lakes"), not the feature's own: it is dropped."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for alias in filter(None, row["aliases"].split("|")):
            owners[alias.lower()].add(row["name"].lower())
    for row in rows:
        keep = [a for a in row["aliases"].split("|") if a and len(owners[a.lower()]) == 1]
        row["aliases"] = "|".join(keep)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="Natural Earth 10m GeoJSON files")
    args = ap.parse_args()
    rows = river_rows(args.folder) + other_rows(args.folder)
    drop_group_names(rows)
    seen: set[tuple[str, int, int]] = set()
    writer = csv.DictWriter(sys.stdout, FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in sorted(rows, key=lambda r: (r["name"], r["source"], r["latitude"])):
        key = (row["name"].lower(), round(float(row["latitude"])), round(float(row["longitude"])))
        if key not in seen:  # a lake of both the world and the regional layer
            seen.add(key)
            writer.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
