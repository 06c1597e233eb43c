"""Named physical features for the gazetteer: rivers, lakes, islands, mountain ranges and
peaks, deserts, seas and US national parks from Natural Earth (public domain), the table
`data/physical.csv` that `scripts/ne_extract.py` writes.

GeoNames' populated places and admin units have none of them, yet news places things on
them ("along the Neches River", "on Mindanao", "hikers on Mount Hood", "in Zion National
Park"). Each row of the table becomes a place of the supplement's kinds (a river, range,
desert or large island a region, a lake or sea a sea, a peak, cape, small island or park an
area), in the country of the nearest packaged town when one lies within
``physical_country_km`` and in the province `build_filing` files its point under (a
feature far from any town, or at sea, belongs to no country and is never ruled out by the
article's countries). Conservative, so that no town loses its
name to a feature: a feature one of whose names a packaged place within
``physical_known_km`` already has is that place (Lake Titicaca of the supplement, the island
of a city named after it) and is left out; a name that a town, admin unit or country has
anywhere is not the feature's (the table gives rivers only with their generic word, "Neches
River", for that reason); a feature with no name left is left out. Found by its exact names
only, never through consonant skeletons. Natural Earth abbreviates generic words ("Ahaggar
Mts.", "Akimiski I.", `data/physical_words.csv`) and writes a US park's unit code before its
designation ("Sleeping Bear Dunes NL National Lakeshore"): a feature is also found by its name
written out ("Ahaggar Mountains", "Sleeping Bear Dunes National Lakeshore", `written_out`),
which becomes its row's name.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from sitroom.geo.build_db import Row
from sitroom.geo.build_filing import Filing, NearestTown
from sitroom.geo.build_memo import ascii_fold, name_key
from sitroom.geo.build_wof import unit_key
from sitroom.geo.sources import DATA
from sitroom.geo.thresholds import build_threshold
from sitroom.geodesy import haversine_km

PHYSICAL_FILE = "physical.csv"
#: Natural Earth's abbreviated generic words, each with where in a name it may stand.
WORDS_FILE = "physical_words.csv"
PHYSICAL_ID_BASE = 2_200_000_000
#: Kinds that are wide areas (feature class L, as the supplement's regions and seas).
WIDE_KINDS = ("region", "sea")
CELL = 0.5  # degrees: the grid of towns the country of a feature is looked up on


def read_physical(path: Path | None = None) -> list[dict[str, str]]:
    with open(path or DATA / PHYSICAL_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_words(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Abbreviation → (word, where: ``any``, ``first`` or ``last`` word of the name, or
    ``joiner``: a joining word a unit code skips, never written out)."""
    with open(path or DATA / WORDS_FILE, newline="", encoding="utf-8") as fh:
        return {r["written"]: (r["word"], r["where"]) for r in csv.DictReader(fh)}


@cache
def _joiners() -> frozenset[str]:
    """The joining words a unit code skips (``where`` = ``joiner`` in `WORDS_FILE`: the
    "and" of "NMPRES": National Monument and Preserve); they are never written out."""
    return frozenset(w.lower() for w, (_, where) in read_words().items() if where == "joiner")


#: A run of capital-letter codes (and "&") before the capitalised words it may abbreviate.
_CODE = re.compile(r"((?:\b[A-Z]{1,5}\b ?&? )+)(?=[A-Z][a-z])")


def _abbreviates(code: str, words: list[str]) -> bool:
    """The code's letters are the starts of the words, in order ("NHS": National Historic
    Site; "NMEM": National Memorial; "NMPRES": National Monument and Preserve)."""
    if not code:
        return True
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head.lower() in _joiners():
        return _abbreviates(code, rest)
    return any(
        code.startswith(head[:k].upper()) and _abbreviates(code[k:], rest)
        for k in range(1, len(head) + 1)
    )


def written_out(name: str, words: dict[str, tuple[str, str]]) -> str:
    """The name with its abbreviated generic words written out and a unit code that only
    abbreviates the designation after it dropped ("Pinnacles NP National Park": "Pinnacles
    National Park"); a person's initials ("Booker T. Washington") stay."""
    for m in reversed(list(_CODE.finditer(name))):
        code = re.sub(r"[ &]", "", m.group(1))
        if _abbreviates(code, name[m.end() :].split()):
            name = name[: m.start()] + name[m.end() :]
    tokens = name.split()
    for i, token in enumerate(tokens):
        word, where = words.get(token, ("", ""))
        at = {"first": i == 0, "last": i == len(tokens) - 1}.get(where, len(tokens) > 1)
        if word and at and len(tokens) > 1:
            tokens[i] = word
    return " ".join(tokens)


class _Towns:
    """Populated places on a grid of `CELL` degrees: the nearest within a radius."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.grid: dict[tuple[int, int], list[Row]] = defaultdict(list)
        for row in rows:
            if row.fclass == "P":
                self.grid[self._cell(row.lat, row.lon)].append(row)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / CELL), math.floor(lon / CELL)

    def nearest(self, lat: float, lon: float, within_km: float) -> Row | None:
        ci, cj = self._cell(lat, lon)
        reach = int(within_km / (111.0 * CELL * max(math.cos(math.radians(lat)), 0.1))) + 1
        best, best_km = None, within_km
        for i in range(ci - 1, ci + 2):
            for j in range(cj - reach, cj + reach + 1):
                for row in self.grid.get((i, j), ()):
                    d = haversine_km(lat, lon, row.lat, row.lon)
                    if d < best_km:
                        best, best_km = row, d
        return best


def _known_points(rows: Iterable[Row], keys: set[str]) -> tuple[dict, set[str]]:
    """For the table's name keys: the points of the rows that have them, and those of the
    keys a town, admin unit or country has."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    settled: set[str] = set()
    for row in rows:
        for name in row.names:
            key = name_key(name)
            if key in keys:
                points[key].append((row.lat, row.lon))
                if row.fclass in ("P", "A"):
                    settled.add(key)
    return points, settled


def _with_written_out(names: list[str], words: dict[str, tuple[str, str]]) -> list[str]:
    """The names written out first (the row's name is the first), then as the table writes them."""
    return list(dict.fromkeys([*(written_out(n, words) for n in names), *names]))


def physical_rows(records: list[dict[str, str]], rows: list[Row]) -> list[Row]:
    """Rows for the table's features the packaged rows lack (see the module docstring)."""
    known_km = build_threshold("physical_known_km")
    country_km = build_threshold("physical_country_km")
    words = read_words()
    names_of = [
        _with_written_out([rec["name"], *filter(None, rec["aliases"].split("|"))], words)
        for rec in records
    ]
    points, settled = _known_points(rows, {name_key(n) for names in names_of for n in names})
    towns = _Towns(rows)
    filing = Filing(rows, NearestTown(rows), unit_key)
    out: list[Row] = []
    for n, (rec, names) in enumerate(zip(records, names_of, strict=True), start=1):
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        keys = [name_key(x) for x in names]
        if any(haversine_km(lat, lon, *p) < known_km for k in keys for p in points.get(k, ())):
            continue
        own = [x for x, k in zip(names, keys, strict=True) if k not in settled]
        if not own:
            continue
        town = towns.nearest(lat, lon, country_km)
        admin1, admin2 = filing.file(town.cc, lat, lon) if town else ("", "")
        kind = rec["kind"]
        out.append(
            Row(
                PHYSICAL_ID_BASE + n, ascii_fold(own[0]), "L" if kind in WIDE_KINDS else "S",
                kind.upper(), town.cc if town else "", lat, lon, 0,
                admin1, admin2, "",
                int(rec["geo_precision"]), f"{rec['source']} ({rec['licence']})", own,
                loose=False,
            )
        )
    return out
