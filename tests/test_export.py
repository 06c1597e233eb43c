"""Exports: ACLED's columns in ACLED's order, GeoJSON that maps, JSON lines that round-trip."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from sitroom.export import geojson, write_acled_csv, write_jsonl
from sitroom.model import ACLED_COLUMNS, Event, Evidence


def _event(**kw) -> Event:
    base = dict(
        event_id_cnty="SYR1", event_date=date(2024, 4, 21), year=2024, time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        country="Syria", location="Rmelan", latitude=36.95, longitude=41.99, geo_precision=2,
        notes="On 21 April 2024, rockets were fired at a base, a comma, and \"quotes\".",
        evidence={"event_type": Evidence(10, 15, "fired")},
    )
    base.update(kw)
    return Event(**base)


def test_acled_csv_header_and_date_spelling():
    out = io.StringIO()
    write_acled_csv([_event()], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    assert header[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert rows[0]["event_date"] == "21 April 2024"
    assert rows[0]["notes"].endswith('"quotes".')
    assert json.loads(rows[0]["evidence"]) == {"event_type": {"start": 10, "end": 15, "text": "fired"}}


def test_geojson_points_are_lon_lat_and_unplaced_events_are_counted():
    doc = geojson([_event(), _event(event_id_cnty="IRQ2", latitude=None, longitude=None)])
    assert doc["type"] == "FeatureCollection"
    [feature] = doc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [41.99, 36.95]}
    assert feature["properties"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert doc["sitroom"]["without_coordinates"] == 1


def test_jsonl_round_trips_to_the_same_event():
    out = io.StringIO()
    event = _event()
    write_jsonl([event], out)
    back = Event.from_record(json.loads(out.getvalue()))
    assert back == event
