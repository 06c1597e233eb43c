"""The province (admin1, admin2) a built row is filed under where no packaged source gives it.

Supplement sites, airports, Natural Earth features and Who's On First's districts and
villages come as a point. Each used to take the admin1/admin2 of the nearest packaged town,
which near a provincial border is often a town across the line (Shabunda, South Kivu, took
Maniema's; Lubutu, Maniema, took Tshopo's). `Filing.file` files a point by, in turn:

1. the province its own source names (Who's On First's hierarchy: "Sud-Kivu"), when the
   gazetteer has a province of that name in the country and one of the nearest towns is
   filed under it; admin2 is that town's. A source drawn before a province was split names
   the old one ("Equateur" for a village of today's Mongala): with no town near filed
   there, its name is not taken;
2. else the nearest town that lies in the same admin-1 outline as the point (the Natural
   Earth outlines the web map vendors; even-odd point in polygon), with its admin1/admin2.
   The outline only says which towns are on the point's side of the line: its own name is
   never used, as the vendored outlines predate some countries' new provinces (DR Congo's
   26, Ethiopia's Sidama) and a town inside the old outline carries the current name;
3. else (no outline for the country, the point in none, no town on its side near enough)
   the nearest town, as before.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import numpy as np

from sitroom.geo.thresholds import build_threshold
from sitroom.outlines import REGIONS, Outline, country_units, same_name

if TYPE_CHECKING:
    from sitroom.geo.build_db import Row

#: Towns tried, nearest first, for one filed under a source's province or one on the point's
#: side of a provincial outline.
SAME_SIDE_TOWNS = int(build_threshold("filing_towns"))


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

    def around(self, cc: str, lat: float, lon: float, most: int) -> list[Row]:
        """The country's ``most`` towns nearest the point, nearest first: those of its cell
        and the eight around it, or of a wider square of cells (up to seven a side) where
        those are fewer (a province's interior far from the towns GeoNames lists)."""
        ci, cj = self._cell(lat, lon)
        scale = math.cos(math.radians(lat))
        found: list[tuple[float, int, Row]] = []
        for ring in range(4):
            for i in range(ci - ring, ci + ring + 1):
                edge = i in (ci - ring, ci + ring)
                for j in range(cj - ring, cj + ring + 1) if edge else (cj - ring, cj + ring):
                    for t_lat, t_lon, row in self.grid.get((cc, i, j), ()):
                        d = (t_lat - lat) ** 2 + ((t_lon - lon) * scale) ** 2
                        found.append((d, len(found), row))
            if ring >= 1 and len(found) >= most:
                break
        found.sort(key=lambda f: f[:2])
        return [row for _, _, row in found[:most]]


class _Ring:
    """One ring's edges as arrays, for a point test in one vectorised step."""

    __slots__ = ("x0", "y0", "y1", "slope")

    def __init__(self, ring: list[tuple[float, float]]) -> None:
        pts = np.asarray(ring, dtype=float).reshape(-1, 2)
        nxt = np.roll(pts, -1, axis=0)
        self.x0, self.y0, self.y1 = pts[:, 0], pts[:, 1], nxt[:, 1]
        dy = self.y1 - self.y0
        with np.errstate(divide="ignore", invalid="ignore"):
            self.slope = np.where(dy != 0, (nxt[:, 0] - self.x0) / np.where(dy != 0, dy, 1), 0)

    def crossings(self, lon: float, lat: float) -> int:
        """Edges a ray from the point eastwards crosses (the test of `outlines._inside`)."""
        straddle = (self.y0 > lat) != (self.y1 > lat)
        return int(np.count_nonzero(straddle & (lon < self.x0 + (lat - self.y0) * self.slope)))


class _Unit:
    """One admin-1 outline: its rings' boxes (`Outline`) and their edges as arrays."""

    def __init__(self, outline: Outline) -> None:
        self.box = outline.box
        self.parts = [(box, _Ring(ring)) for ring, box in zip(outline, outline.boxes, strict=True)]

    def holds(self, lon: float, lat: float) -> bool:
        for turn in (0.0, 360.0, -360.0):  # a ring run on past ±180 (`outlines.unwrapped`)
            x = lon + turn
            west, south, east, north = self.box
            if not (south <= lat < north and west <= x <= east):
                continue
            odd = 0
            for (w, s, e, n), ring in self.parts:
                if s <= lat < n and w <= x <= e:
                    odd += ring.crossings(x, lat)
            if odd % 2:
                return True
        return False


class Outlines:
    """Which vendored admin-1 outline of its country holds a point (its index), if any."""

    def __init__(self) -> None:
        with open(REGIONS, newline="", encoding="utf-8") as fh:
            self.isonum = {r["iso2"]: int(r["iso_numeric"] or 0) for r in csv.DictReader(fh)}
        self.units: dict[str, list[_Unit]] = {}

    def _of(self, cc: str) -> list[_Unit]:
        units = self.units.get(cc)
        if units is None:
            iso = self.isonum.get(cc, 0)
            units = self.units[cc] = [_Unit(o) for _, o in country_units(iso)] if iso else []
        return units

    def unit(self, cc: str, lat: float, lon: float) -> int | None:
        for n, unit in enumerate(self._of(cc)):
            if unit.holds(lon, lat):
                return n
        return None


class Filing:
    """Files points under the gazetteer's provinces (see the module docstring). ``key`` folds
    a province name as the rows' names are matched (`build_wof.unit_key`)."""

    def __init__(self, rows: Iterable[Row], near: NearestTown, key: Callable[[str], str]) -> None:
        self.near, self.key = near, key
        units = [r for r in rows if r.fcode == "ADM1"]
        self.known = {(r.cc, key(n)): r.name for r in units for n in r.names}
        self.names: dict[str, set[str]] = defaultdict(set)
        for r in units:
            self.names[r.cc].add(r.name)
        self.outlines = Outlines()
        self.town_units: dict[int, int | None] = {}

    def province(self, cc: str, own: str) -> str | None:
        """The gazetteer's name of the country's province a source calls ``own``: by its
        folded name or alias, else the one province of the country spelled with the same
        consonants (`outlines.same_name`: "Jungoli" / "Jonglei")."""
        if not own:
            return None
        found = self.known.get((cc, self.key(own)))
        if found is None:
            alike = {n for n in self.names.get(cc, ()) if same_name(n, own)}
            found = alike.pop() if len(alike) == 1 else None
        return found

    def file(
        self, cc: str, lat: float, lon: float, own: str = "", sure: bool = False
    ) -> tuple[str, str]:
        """(admin1, admin2) of a point of the country; ``own``: the province its source
        names, taken as given when ``sure`` (a curated row), else only where a town near is
        filed under it."""
        town = self.near.find(cc, lat, lon)
        if town is None:
            return "", ""
        province = self.province(cc, own)
        if province is not None and province != town.admin1:
            near = self.near.around(cc, lat, lon, SAME_SIDE_TOWNS)
            same = next((t for t in near if t.admin1 == province), None)
            if same is not None or sure:
                return province, same.admin2 if same else ""
        elif province is not None:
            return town.admin1, town.admin2
        unit = self.outlines.unit(cc, lat, lon)
        if unit is None or self._unit_of(town) == unit:
            return town.admin1, town.admin2
        for other in self.near.around(cc, lat, lon, SAME_SIDE_TOWNS):
            if self._unit_of(other) == unit:
                return other.admin1, other.admin2
        return town.admin1, town.admin2

    def _unit_of(self, town: Row) -> int | None:
        key = id(town)  # rows of two sources may share an id; each object is one point
        if key not in self.town_units:
            self.town_units[key] = self.outlines.unit(town.cc, town.lat, town.lon)
        return self.town_units[key]
