"""Airports from airportsdata by the names news gives them; seas and world regions that no
country frame rules out."""

from __future__ import annotations

from sitroom.geo.build import Row
from sitroom.geo.build_sites import AIRPORT_ID_BASE, airport_names, airport_rows, read_airports
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all

TOWNS = frozenset({"port selka", "tamrin", "dorva"})


def test_airport_goes_by_its_name_without_town_and_generic_words():
    names = airport_names("Port Selka Velmora International Airport", TOWNS)
    for expected in ("Velmora International Airport", "Velmora Airport", "Velmora"):
        assert expected in names
    assert "Port Selka Velmora Airport" in names


def test_airport_named_after_its_town_is_not_the_town():
    assert airport_names("Tamrin Airport", TOWNS) == ["Tamrin Airport"]
    assert "City Airport" not in airport_names("Dorva City Airport", TOWNS)


def test_slash_names_split_and_the_town_part_is_left_to_the_town():
    names = airport_names("Dorva / Kessel Field", TOWNS)
    assert "Kessel Field" in names and "Kessel" in names and "Dorva" not in names


def _town(gid, name, lat, lon, admin1):
    return Row(gid, name, "P", "PPL", "XX", lat, lon, 5000, admin1, "", names=[name])


def test_airport_rows_take_admin_units_of_the_nearest_town_and_skip_curated_sites():
    towns = [_town(1, "Tamrin", 10.0, 10.0, "North"), _town(2, "Dorva", 12.0, 12.0, "South")]
    curated = [Row(9, "Kessel Field", "S", "AIRPORT", "XX", 12.01, 12.01, names=["Kessel"])]
    records = [
        {"name": "Tamrin Airport", "country": "XX", "lat": "10.05", "lon": "10.02", "iata": "TMR"},
        {"name": "Dorva / Kessel Field", "country": "XX", "lat": "12.0", "lon": "12.0", "iata": "KSF"},
    ]
    rows = airport_rows(records, towns, curated)
    assert [(r.id, r.name, r.fcode, r.admin1) for r in rows] == [
        (AIRPORT_ID_BASE + 1, "Tamrin Airport", "AIRP", "North")
    ]


def test_packaged_airports_have_codes_and_points():
    airports = read_airports()
    assert len(airports) > 5000
    assert all(a["iata"] and -90 <= float(a["lat"]) <= 90 for a in airports)


def test_a_sea_of_no_country_is_not_ruled_out_by_a_far_frame(gaz):
    text = "Police in Nairobi and Mombasa said the cargo had crossed the Gulf of Mexico."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Nairobi", "Mombasa", "Gulf of Mexico")]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    gulf = mentions[-1].resolved
    assert gulf is not None and gulf.fcode == "SEA" and not gulf.cc
