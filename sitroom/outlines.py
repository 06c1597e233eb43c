"""Admin-1 outlines (the Natural Earth TopoJSON files vendored for the web map): which
province a point lies in, whatever province a gazetteer files a place under.

GeoNames files a border town under the neighbouring province now and then; an article
that names the province and then the town tells one incident, and the outline shows
the town lies in it. Read lazily, one country's file at a time.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path

#: Per-country TopoJSON files of admin-1 outlines (`<iso3>.json`), vendored for the web map.
OUTLINES = Path(__file__).resolve().parent / "api" / "static" / "data" / "admin1"
REGIONS = Path(__file__).resolve().parent / "geo" / "data" / "acled_regions.csv"

Ring = list[tuple[float, float]]

#: Degrees of longitude a ring's bounding box is widened by before a point beside it is
#: passed over: where a ray crosses an edge is computed, and may round a few units in the
#: last place outside the edge's own span (about 1e-13 degree).
_EDGE = 1e-9


class Outline(tuple):
    """One unit's rings (a tuple of `Ring`, holes included) with each ring's bounding box
    worked out once: a point outside a ring's box is not tested edge by edge. A ray from
    a point below, above or right of the box crosses none of the ring's edges; from a
    point left of it, it crosses every edge that straddles its latitude, an even number
    of them (the ring closes). Either way the ring leaves the even-odd count as it was."""

    @cached_property
    def boxes(self) -> tuple[tuple[float, float, float, float], ...]:
        """(west, south, east, north) of each ring, west and east widened by `_EDGE`."""
        return tuple(_box(ring) for ring in self)

    @cached_property
    def box(self) -> tuple[float, float, float, float]:
        """The box around all the rings' boxes."""
        boxes = self.boxes or ((0.0, 0.0, 0.0, 0.0),)
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


def _box(ring: Ring) -> tuple[float, float, float, float]:
    if not ring:
        return 0.0, 0.0, 0.0, 0.0  # no edge: nothing to cross (south == north skips it)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs) - _EDGE, min(ys), max(xs) + _EDGE, max(ys)


def arcs_of(topo: dict) -> list[Ring]:
    """The topology's arcs as absolute lon/lat points (delta-decoded, de-quantized)."""
    transform = topo["transform"]
    return [decoded_arc(arc, transform) for arc in topo["arcs"]]


def decoded_arc(arc: list, transform: dict) -> Ring:
    """One arc as absolute lon/lat points (its deltas summed, then de-quantized)."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    pts = []
    for dx, dy in arc:
        x, y = x + dx, y + dy
        pts.append((x * sx + tx, y * sy + ty))
    return pts


def ring_of(arcs: list[Ring], idx: list[int]) -> Ring:
    """One ring from its arc indices (a negative index is an arc walked backwards), made
    continuous where it crosses the antimeridian (`unwrapped`)."""
    out: Ring = []
    for i in idx:
        part = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(part if not out else part[1:])
    return unwrapped(out)


def unwrapped(ring: Ring) -> Ring:
    """A ring that crosses the antimeridian and comes back (Chukotka, Fiji's Northern
    division) with its longitudes past the line run on beyond ±180: read as written, the
    ring's edges jump across the whole map, and the even-odd rule and a centroid see a band
    around the globe. A ring that crosses once (Antarctica's, around the pole) is one
    already and stays as written."""
    jumps = sum(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:] + ring[:1], strict=True))
    if not jumps or jumps % 2:
        return ring
    out: Ring = []
    shift = 0.0
    for x, y in ring:
        if out:
            step = x + shift - out[-1][0]
            shift += -360.0 if step > 180 else 360.0 if step < -180 else 0.0
        out.append((x + shift, y))
    return out


def unit_polygons(topo: dict) -> Iterator[tuple[str, list]]:
    """Each admin-1 unit of a topology as its name ('' when it has none) and its polygons,
    each a list of rings given as arc indices (Polygon and MultiPolygon geometries alike)."""
    for obj in topo["objects"].values():
        for geom in obj.get("geometries", []):
            polys = geom.get("arcs") or []
            if geom["type"] == "Polygon":
                polys = [polys]
            elif geom["type"] != "MultiPolygon":
                continue
            yield (geom.get("properties") or {}).get("name") or "", polys


@lru_cache(maxsize=1)
def _iso3_by_number() -> dict[int, str]:
    with open(REGIONS, newline="", encoding="utf-8") as fh:
        return {int(r["iso_numeric"]): r["iso3"].lower() for r in csv.DictReader(fh)}


class _Topology:
    """One country's parsed TopoJSON: its units' names and arc indices, and its arcs
    decoded on first use: a province test decodes only its province's arcs, not
    the whole country's (Canada's and Russia's files hold half a megabyte of them).
    ``topo["arcs"]`` may hold each arc's points as text (`_lazy_topology`), parsed when used."""

    def __init__(self, topo: dict) -> None:
        self._transform = topo["transform"]
        self._raw = topo["arcs"]
        self._decoded: dict[int, Ring] = {}
        self.units = tuple(unit_polygons(topo))

    def __getitem__(self, i: int) -> Ring:
        """Arc ``i`` as `arcs_of` decodes it."""
        arc = self._decoded.get(i)
        if arc is None:
            raw = self._raw[i]
            points = json.loads(f"[[{raw}]]") if isinstance(raw, str) else raw
            arc = self._decoded[i] = decoded_arc(points, self._transform)
        return arc

    def rings(self, polys: list) -> Outline:
        return Outline(ring_of(self, ring) for poly in polys for ring in poly)  # type: ignore[arg-type]


_DECODER = json.JSONDecoder()
_GAP = re.compile(r"[\s,:]*")
_SPACE = re.compile(r"\s")


def _lazy_topology(text: str) -> dict:
    """The topology's members as `json.loads` reads them, but its arcs left as text (each
    arc's points without its outer brackets): a province test parses its own arcs, not the
    country's thousands (parsing them all was most of a cold process's outline cost). Arcs
    hold numbers only, so the first ']]]' closes them and ']],[[' parts two arcs; a file
    written otherwise (spaces in its arcs) is parsed whole."""
    out: dict = {}
    pos = _GAP.match(text, text.index("{") + 1).end()
    while text[pos] != "}":
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _GAP.match(text, pos).end()
        if key == "arcs" and text.startswith("[[[", pos):
            end = text.index("]]]", pos) + 3
            body = text[pos + 3 : end - 3]
            if _SPACE.search(body):
                return json.loads(text)
            out[key] = body.split("]],[[")
            pos = end
        else:
            out[key], pos = _DECODER.raw_decode(text, pos)
        pos = _GAP.match(text, pos).end()
    return out


@lru_cache(maxsize=64)
def _topology(iso: int, folder: Path = OUTLINES) -> _Topology | None:
    path = folder / f"{_iso3_by_number().get(iso, '')}.json"
    if not iso or not path.is_file():
        return None
    return _Topology(_lazy_topology(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=64)
def country_units(iso: int, folder: Path = OUTLINES) -> tuple[tuple[str, Outline], ...]:
    """Each admin-1 unit of the country (ISO numeric) as its name and its rings (outer rings
    and holes together: the even-odd rule tells inside from out); () when no outline is
    vendored."""
    topo = _topology(iso, folder)
    return tuple((name, topo.rings(polys)) for name, polys in topo.units) if topo else ()


@lru_cache(maxsize=1_024)
def province_units(iso: int, province: str) -> tuple[Outline, ...]:
    """The rings of each unit of the country named like ``province`` (`same_name`), only
    those units' arcs decoded; () when there is none or no outline is vendored."""
    topo = _topology(iso)
    if topo is None:
        return ()
    return tuple(topo.rings(polys) for name, polys in topo.units if same_name(name, province))


Box = tuple[float, float, float, float]


def _unit_boxes(iso: int) -> tuple[tuple[str, Box], ...]:
    """Each unit of the country as its name and its `Outline.box`, in `country_units`'s
    order, read from the boxes file (`sitroom.outline_boxes.unit_boxes`, no outline decoded)."""
    from sitroom.outline_boxes import unit_boxes  # (it reads this module's outlines to write them)

    return unit_boxes(iso)


@lru_cache(maxsize=1_024)
def _named_units(iso: int, province: str) -> tuple[tuple[int, Box], ...]:
    """The place in the country's file and the box of each unit named like ``province``
    (the units `province_units` decodes)."""
    return tuple((i, box) for i, (name, box) in enumerate(_unit_boxes(iso)) if same_name(name, province))


@lru_cache(maxsize=1_024)
def unit_outline(iso: int, i: int) -> Outline:
    """The rings of the country's ``i``-th unit (`country_units`'s order), only its arcs
    decoded; an empty outline when the country has none vendored."""
    topo = _topology(iso)
    return topo.rings(topo.units[i][1]) if topo else Outline()


def _boxed(box: Box, lon: float, lat: float) -> bool:
    """The (lon, lat) point passes `_inside`'s test of a unit's whole box."""
    return box[1] <= lat < box[3] and box[0] <= lon <= box[2]


def _boxed_turned(box: Box, lat: float, lon: float) -> bool:
    """The (lat, lon) point, or it a turn east or west (`_holds`), passes the box test."""
    return box[1] <= lat < box[3] and any(box[0] <= lon + turn <= box[2] for turn in (0.0, 360.0, -360.0))


def _inside(lon: float, lat: float, rings: Outline) -> bool:
    """Even-odd ray casting over all of a unit's rings, past those whose box shows the ray
    crosses none of their edges or an even number of them (`Outline`)."""
    box = rings.box
    if not (box[1] <= lat < box[3] and box[0] <= lon <= box[2]):
        return False
    odd = False
    for ring, (west, south, east, north) in zip(rings, rings.boxes, strict=True):
        if not (south <= lat < north and west <= lon <= east):
            continue
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                odd = not odd
    return odd


def one_province(
    iso: int,
    a: tuple[float, float],
    b: tuple[float, float],
    province: str | None = None,
) -> bool:
    """Both (lat, lon) points lie in one admin-1 outline of the country; False when the
    country has no outlines or a point lies in none. With ``province``, the outline holding
    ``a`` must also bear that name (`same_name`): the outlines and a gazetteer do not always
    share one set of provinces (a province created after the outlines were drawn has its
    point inside the neighbour it was cut from). Only the units whose box holds ``a`` are
    decoded (`holding_province`)."""
    for i, (name, box) in enumerate(_unit_boxes(iso)):
        if _boxed_turned(box, *a):
            rings = unit_outline(iso, i)
            if _holds(rings, a):
                if province is not None and not same_name(name, province):
                    return False
                return _holds(rings, b)
    return False


def _holds(rings: Outline, point: tuple[float, float]) -> bool:
    """The unit's rings hold the (lat, lon) point, also where a ring runs past ±180
    (`unwrapped`): the point is tried a turn east and west too."""
    lat, lon = point
    return any(_inside(lon + turn, lat, rings) for turn in (0.0, 360.0, -360.0))


@lru_cache(maxsize=8_192)
def _consonants(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    out = ""
    for ch in folded:
        if ch.isalpha() and ch not in "aeiouy" and not out.endswith(ch):
            out += ch
    return out


def same_name(outline: str, province: str) -> bool:
    """Two spellings of one province: the same consonants once accents, vowels, doubled
    letters and punctuation are gone ('Dihok' / 'Dahuk'), allowing a short article before
    one of them ('Al-Anbar' / 'Anbar'). Spellings that differ more count as different
    provinces, which only keeps two records apart."""
    a, b = sorted((_consonants(outline), _consonants(province)), key=len)
    return bool(a) and b.endswith(a) and len(b) - len(a) <= 2


@lru_cache(maxsize=1)
def _iso_number_by_iso2() -> dict[str, int]:
    with open(REGIONS, newline="", encoding="utf-8") as fh:
        return {r["iso2"]: int(r["iso_numeric"]) for r in csv.DictReader(fh) if r["iso2"]}


@lru_cache(maxsize=4_096)
def in_province(cc: str, province: str, lat: float, lon: float) -> bool | None:
    """Whether the (lat, lon) point lies in the outline of the country's (ISO2) province
    of that name (`same_name`); None when the country has no outlines or no unit of that
    name, so the caller keeps its own test. The units' names and boxes are read from the
    boxes file (`sitroom.outline_boxes`, the outlines' own): a unit whose box misses the
    point is not decoded (`_inside` would refuse it at its box)."""
    iso = _iso_number_by_iso2().get(cc, 0)
    named = _named_units(iso, province)
    if not named:
        return None
    return any(_boxed(box, lon, lat) and _inside(lon, lat, unit_outline(iso, i)) for i, box in named)


def holding_province(cc: str, lat: float, lon: float) -> str | None:
    """The name of the country's (ISO2) admin-1 outline that holds the (lat, lon) point;
    None when the country has no outlines or the point lies in none. Only the units whose
    box holds the point (a turn east or west too, as `_holds` tries it) are decoded."""
    iso = _iso_number_by_iso2().get(cc, 0)
    for i, (name, box) in enumerate(_unit_boxes(iso)):
        if name and _boxed_turned(box, lat, lon) and _holds(unit_outline(iso, i), (lat, lon)):
            return name
    return None


#: Kilometres per degree of latitude, and of longitude at the equator (`edge_km`).
_KM_LAT, _KM_LON = 110.57, 111.32


def near_province(cc: str, province: str, lat: float, lon: float, within_km: float) -> bool:
    """The (lat, lon) point lies in the outline of the country's (ISO2) province of that
    name or within ``within_km`` of its edge: a town the gazetteer files across the border
    that notes put in the province ("Buni Yadi, Borno": filed under Yobe, 20 km out).
    The margin counts only for a unit of the very name (the same consonants: `same_name`
    lets "Cauca" end "Choco"). False when the country has no outlines or no such unit."""
    inside = in_province(cc, province, lat, lon)
    if inside or within_km <= 0:
        return bool(inside)
    iso = _iso_number_by_iso2().get(cc, 0)
    pad_lat = within_km / _KM_LAT
    pad_lon = within_km / (_KM_LON * max(math.cos(math.radians(lat)), 0.1))
    names, own = _unit_boxes(iso), _consonants(province)
    for i, (west, south, east, north) in _named_units(iso, province):
        if _consonants(names[i][0]) != own:
            continue
        boxed = south - pad_lat <= lat <= north + pad_lat and west - pad_lon <= lon <= east + pad_lon
        if boxed and edge_km(unit_outline(iso, i), lat, lon) <= within_km:
            return True
    return False


def edge_km(rings: Outline, lat: float, lon: float) -> float:
    """The distance in kilometres from the (lat, lon) point to the nearest edge of the
    rings, on a plane drawn about the point (good to a few per cent over tens of km): how
    far a town lies outside a province (`near_province`) or inside a held territory
    (`sitroom.geo.build_territories`)."""
    kx, best = _KM_LON * math.cos(math.radians(lat)), math.inf
    for ring in rings:
        pts = [((x - lon) * kx, (y - lat) * _KM_LAT) for x, y in ring]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
            dx, dy = x1 - x0, y1 - y0
            run = dx * dx + dy * dy
            t = 0.0 if run == 0 else max(0.0, min(1.0, -(x0 * dx + y0 * dy) / run))
            best = min(best, math.hypot(x0 + t * dx, y0 + t * dy))
    return best
