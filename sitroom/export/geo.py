"""GeoJSON of events: points where an event is placed; unplaced events are never dropped
silently — they are kept with a null geometry, or left out and listed by id."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from sitroom.errors import InputError
from sitroom.model import Event

UNPLACED = ("keep", "list")


def feature(event: Event) -> dict[str, Any]:
    props = event.to_record()
    props.pop("latitude")
    props.pop("longitude")
    placed = event.latitude is not None and event.longitude is not None
    geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]} if placed else None
    return {"type": "Feature", "id": event.event_id_cnty or None, "geometry": geometry,
            "properties": props}


def geojson(events: Iterable[Event], unplaced: str = "keep") -> dict[str, Any]:
    """A FeatureCollection. `unplaced='keep'`: events without coordinates are features with
    `geometry: null` (GeoJSON allows it; QGIS and geopandas read them); 'list': they are left
    out and their ids listed in `sitroom.left_out`. Either way `sitroom.without_coordinates`
    counts them."""
    if unplaced not in UNPLACED:
        raise InputError(f"unplaced must be one of {', '.join(UNPLACED)}, not {unplaced!r}")
    features, left_out = [], []
    for event in events:
        f = feature(event)
        if f["geometry"] is None:
            left_out.append(event.event_id_cnty)
            if unplaced == "list":
                continue
        features.append(f)
    meta: dict[str, Any] = {"without_coordinates": len(left_out)}
    if unplaced == "list":
        meta["left_out"] = left_out
    return {"type": "FeatureCollection", "features": features, "sitroom": meta}


def write_geojson(events: Iterable[Event], out: IO[str], unplaced: str = "keep") -> dict[str, Any]:
    """Write the collection; returns its `sitroom` summary (counts) for the caller's message."""
    doc = geojson(events, unplaced)
    json.dump(doc, out, ensure_ascii=False)
    out.write("\n")
    return {"features": len(doc["features"]), **doc["sitroom"]}
