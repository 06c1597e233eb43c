"""Composite regions for the gazetteer: names reports give a group of admin units
(`data/composite_regions.csv`: Puntland, Cyrenaica, Casamance, Kenya's and the DR Congo's
former provinces).

No packaged source has them as rows, yet conflict reporting names them daily; a hand point
for each would drift from the units it stands for. Each row lists its member admin1 or
admin2 units as the gazetteer names them; the region lies at the mean of their points, at
region precision (3), curated like a `supplement.csv` row, filed under their province when all share one (else under none: a
region over several provinces is no one province's). A member the gazetteer lacks fails the
build, so a renamed unit cannot silently move a region.
"""

from __future__ import annotations

import csv
from collections import defaultdict

from sitroom.errors import ConfigError
from sitroom.geo.build_db import Row
from sitroom.geo.normalize import name_key
from sitroom.geo.sources import DATA

#: The file of composite regions (an input of the build).
REGIONS_FILE = "composite_regions.csv"
#: Ids of composite region rows: this base plus the row's number in the file.
REGION_ID_BASE = 2_300_000_000


def read_composite_regions() -> list[dict[str, str]]:
    with open(DATA / REGIONS_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _units(places: list[Row]) -> dict[tuple[str, str], list[Row]]:
    """(country, name key) → its admin1 rows, else its admin2 rows."""
    out: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in places:
        if row.fcode in ("ADM1", "ADM2"):
            for key in {name_key(n) for n in (row.name, *row.names)}:
                out[(row.cc, key, row.fcode)].append(row)
    merged: dict[tuple[str, str], list[Row]] = {}
    for (cc, key, fcode), rows in out.items():
        if fcode == "ADM1" or (cc, key, "ADM1") not in out:
            merged[(cc, key)] = rows
    return merged


def _member(units: dict[tuple[str, str], list[Row]], cc: str, name: str, region: str) -> Row:
    found = units.get((cc, name_key(name)), [])
    if len(found) != 1:
        raise ConfigError(f"{REGIONS_FILE}: {region}: member {name!r} of {cc} matches {len(found)} units")
    return found[0]


def region_rows(records: list[dict[str, str]], places: list[Row]) -> list[Row]:
    """A row per composite region, at the mean point of its member units."""
    units = _units(places)
    out: list[Row] = []
    for n, rec in enumerate(records, start=1):
        cc, name = rec["country"], rec["name"]
        members = [_member(units, cc, m, name) for m in rec["members"].split("|") if m]
        lat = sum(m.lat for m in members) / len(members)
        lon = sum(m.lon for m in members) / len(members)
        provinces = {m.admin1 for m in members}
        admin1 = provinces.pop() if len(provinces) == 1 else ""
        aliases = [a for a in rec["aliases"].split("|") if a]
        out.append(
            Row(
                REGION_ID_BASE + n, name, "L", "REGION", cc, round(lat, 4), round(lon, 4), 0,
                admin1, "", "", 3, f"supplement (composite): {rec['source']}", [name, *aliases],
            )
        )
    return out
