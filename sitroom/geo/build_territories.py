"""Towns one state's sources file under its own provinces that ACLED files under a
territory of another country: the West Bank's Israeli settlements (GeoNames files Ariel
and Hashmonaim under Israel's "Judea and Samaria Area", Modiin Illit and Kokhav HaShahar
under its Jerusalem District), which ACLED codes under Palestine, West Bank.

`territories.csv` names, for each such territory, the holding country, the territory's
country and its admin-1 outline (the vendored Natural Earth outlines, `sitroom.outlines`).
A holder's town is filed under the territory when its point lies inside that outline by
``depth_km``; by ``holder_depth_km`` when its source files it under one of the holder's
units named for the territory (``holder_units``) or under none. The outline is drawn at
1:10m and strays a few kilometres from the line (Israeli towns along the Green Line lie
inside it by up to ~4 km): the depths keep those where they are. The town takes the
province and district of the territory's nearest town.
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING

from sitroom.geo.build_filing import NearestTown
from sitroom.geo.sources import DATA
from sitroom.outlines import _holds, _iso_number_by_iso2, country_units, edge_km

if TYPE_CHECKING:
    from sitroom.geo.build_db import Row

TERRITORIES = "territories.csv"


def read_territories() -> list[dict[str, str]]:
    with open(DATA / TERRITORIES, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def file_territories(rows: list[Row], records: list[dict[str, str]] | None = None) -> int:
    """Files the holders' towns that lie in a territory under it (see the module docstring);
    returns how many moved."""
    moved = 0
    near: NearestTown | None = None
    for rec in read_territories() if records is None else records:
        iso = _iso_number_by_iso2().get(rec["territory"], 0)
        outline = next((o for name, o in country_units(iso) if name == rec["outline"]), None)
        if outline is None:
            continue
        own = {u for u in rec["holder_units"].split("|") if u} | {""}
        deep, own_deep = float(rec["depth_km"]), float(rec["holder_depth_km"])
        inside = [
            r for r in rows
            if r.cc == rec["country"] and r.fclass == "P" and _holds(outline, (r.lat, r.lon))
        ]
        for row in inside:
            if edge_km(outline, row.lat, row.lon) < (own_deep if row.admin1 in own else deep):
                continue
            near = near or NearestTown(rows)
            town = near.find(rec["territory"], row.lat, row.lon)
            if town is None:
                continue
            row.cc, row.admin1, row.admin2 = rec["territory"], town.admin1, town.admin2
            moved += 1
    return moved
