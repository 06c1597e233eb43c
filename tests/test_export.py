"""Exports: ACLED CSV that loads beside ACLED's own, GeoJSON that keeps every event, JSON lines
that round-trip."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from sitroom.export import ACLED_CSV_COLUMNS, format_for_path, geojson, write_acled_csv, write_jsonl
from sitroom.model import ACLED_COLUMNS, Event, Evidence
from tests.conftest import SHARED


def _event(**kw) -> Event:
    base = dict(
        event_id_cnty="SYR12", event_date=date(2024, 4, 21), year=2024, time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        country="Syria", iso=760, location="Rmelan", latitude=36.95, longitude=41.99, geo_precision=2,
        notes="On 21 April 2024, rockets were fired at a base, a comma, and \"quotes\".",
        fatalities=9, evidence={"event_type": Evidence(10, 15, "fired\nat")},
    )
    base.update(kw)
    return Event(**base)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_acled_csv_has_acleds_columns_in_order_iso_dates_and_no_json():
    out = io.StringIO()
    write_acled_csv([_event(), _event(event_id_cnty="IRQ3", iso=368, event_date=None, year=None)], out)
    header = out.getvalue().splitlines()[0].split(",")
    assert header == [*ACLED_COLUMNS, "event_id_no_cnty", "iso3"]
    first, undated = _rows(out.getvalue())
    assert first["event_date"] == "2024-04-21" and first["notes"].endswith('"quotes".')
    assert (first["event_id_no_cnty"], first["iso3"], first["iso"]) == ("12", "SYR", "760")
    assert (undated["event_date"], undated["year"], undated["iso3"]) == ("", "", "IRQ")
    assert not any(cell.lstrip().startswith(("{", "[")) for row in (first, undated) for cell in row.values())


def test_acled_csv_with_evidence_adds_plain_text_columns():
    out = io.StringIO()
    write_acled_csv([_event()], out, with_evidence=True)
    [row] = _rows(out.getvalue())
    assert list(row)[len(ACLED_CSV_COLUMNS):] == ["evidence_event_type"]
    assert row["evidence_event_type"] == "fired at"


def test_geojson_keeps_unplaced_events_with_null_geometry_or_lists_them():
    events = [_event(), _event(event_id_cnty="IRQ2", latitude=None, longitude=None)]
    kept = geojson(events)
    assert [f["geometry"] for f in kept["features"]] == [
        {"type": "Point", "coordinates": [41.99, 36.95]}, None,
    ]
    assert kept["sitroom"] == {"without_coordinates": 1}
    listed = geojson(events, unplaced="list")
    assert [f["id"] for f in listed["features"]] == ["SYR12"]
    assert listed["sitroom"] == {"without_coordinates": 1, "left_out": ["IRQ2"]}
    with pytest.raises(ValueError):
        geojson(events, unplaced="drop")


def test_jsonl_round_trips_to_the_same_event():
    out = io.StringIO()
    event = _event()
    write_jsonl([event], out)
    assert Event.from_record(json.loads(out.getvalue())) == event


@pytest.mark.parametrize(("name", "fmt"), [
    ("out.csv", "acled-csv"), ("OUT.GeoJSON", "geojson"), ("a.jsonl", "jsonl"), ("x.txt", None),
])
def test_format_follows_the_extension(name, fmt):
    assert format_for_path(name) == fmt


ACLED_DIR = SHARED / "eval" / "acled"


def test_acled_csv_loads_beside_a_real_acled_export_in_pandas():
    """Concatenated with ACLED's own rows, every shared column keeps one dtype and our
    event_date parses with one format, no 'mixed'."""
    pd = pytest.importorskip("pandas")
    real_file = ACLED_DIR / "acled_iraq_syria_2020-05.csv"
    if not real_file.exists():
        pytest.skip(f"{real_file} not present (it lives in ../shared beside the project)")
    real = pd.read_csv(real_file)
    real["event_date"] = pd.to_datetime(real["event_date"], format="%d-%b-%y")
    out = io.StringIO()
    write_acled_csv([_event(), _event(event_id_cnty="SYR13", fatalities=57, admin1="Hasakah")], out)
    ours = pd.read_csv(io.StringIO(out.getvalue()))
    ours["event_date"] = pd.to_datetime(ours["event_date"], format="%Y-%m-%d")
    shared = [c for c in real.columns if c in ours.columns]
    assert set(shared) >= {"event_id_cnty", "event_id_no_cnty", "iso", "iso3", "event_date",
                           "fatalities", "latitude", "longitude", "inter1", "geo_precision"}
    both = pd.concat([real[shared], ours[shared]], ignore_index=True)
    for column in ("event_date", "fatalities", "iso", "event_id_no_cnty", "latitude", "inter1",
                   "geo_precision", "time_precision", "year"):
        assert both[column].dtype == real[column].dtype, column
    assert both.sort_values("fatalities", ascending=False)["fatalities"].iloc[0] >= 57
    assert both["event_date"].notna().all()
