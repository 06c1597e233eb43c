"""Regions conflict reports name that no admin unit is (stop 39): composite regions made of
admin units (`composite_regions.csv`, `build_regions`: Somalia's member states, Libya's
historic regions, Kenya's and the DR Congo's former provinces), single-point regions of
``supplement.csv`` (Eastern Ghouta; the Qalamoun mountains and Jabal al-Zawiya, areas inside one
province, at precision 2 like the Sinjar Mountains), and admin1 names news uses ("Karen State").
The reports are written here."""

from __future__ import annotations

import csv

import pytest

from sitroom.geo.build_db import Row
from sitroom.geo.build_regions import REGIONS_FILE, region_rows
from sitroom.geo.sources import DATA
from sitroom.geodesy import haversine_km


def _unit(name: str, fcode: str, admin1: str, lat: float, lon: float, cc: str = "XX") -> Row:
    return Row(hash(name) % 10_000, name, "A", fcode, cc, lat, lon, 0, admin1, "", "", 3, "t", [name])


def test_a_region_lies_at_the_mean_of_its_members_under_their_one_province():
    units = [_unit("North Zone", "ADM2", "Hill", 10.0, 20.0), _unit("South Zone", "ADM2", "Hill", 8.0, 22.0)]
    rec = {"name": "Hill Lands", "aliases": "Hill Country", "country": "XX", "members": "North Zone|South Zone", "source": "s"}
    (row,) = region_rows([rec], units)
    assert (row.lat, row.lon, row.admin1, row.fcode, row.precision) == (9.0, 21.0, "Hill", "REGION", 3)
    assert row.names == ["Hill Lands", "Hill Country"] and row.source.startswith("supplement")


def test_a_region_over_several_provinces_is_filed_under_none():
    units = [_unit("East", "ADM1", "East", 1.0, 1.0), _unit("West", "ADM1", "West", 3.0, 3.0)]
    rec = {"name": "Both", "aliases": "", "country": "XX", "members": "East|West", "source": "s"}
    (row,) = region_rows([rec], units)
    assert row.admin1 == "" and (row.lat, row.lon) == (2.0, 2.0)


def test_a_member_the_gazetteer_lacks_fails_the_build():
    rec = {"name": "Gone", "aliases": "", "country": "XX", "members": "Nowhere", "source": "s"}
    with pytest.raises(ValueError, match="Nowhere"):
        region_rows([rec], [_unit("East", "ADM1", "East", 1.0, 1.0)])


def test_every_composite_region_names_a_public_source_and_members():
    with open(DATA / REGIONS_FILE, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert row["source"].startswith("Wikipedia"), row["name"]
        assert len(row["members"].split("|")) >= 2, row["name"]


def _fresh(gaz):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")


# name → (country, fcode, near point); the region's own row is the first the lookup gives
LOOKUPS = [
    ("Puntland", "SO", (8.4, 48.5)),
    ("Somaliland", "SO", (9.5, 45.0)),
    ("Jubaland", "SO", (1.0, 42.0)),
    ("Cyrenaica", "LY", (31.0, 21.5)),
    ("Casamance", "SN", (12.8, -15.5)),
    ("Eastern Ghouta", "SY", (33.55, 36.42)),
    ("Nineveh Plains", "IQ", (36.35, 43.3)),
    ("Wollega", "ET", (9.0, 35.8)),
    ("Waziristan", "PK", (32.6, 69.8)),
    ("Kashmir Valley", "IN", (34.0, 74.8)),
]


@pytest.mark.parametrize(("name", "cc", "near"), LOOKUPS, ids=[n for n, _, _ in LOOKUPS])
def test_the_region_is_in_the_gazetteer_near_its_units(gaz, name, cc, near):
    _fresh(gaz)
    found = [h for h in gaz.lookup(name) if h.cc == cc and h.fcode == "REGION"]
    assert found, name
    assert haversine_km(found[0].lat, found[0].lon, *near) < 250


def test_admin1_names_news_uses_are_aliases(gaz):
    _fresh(gaz)
    assert {h.name for h in gaz.lookup("Karen State") if h.cc == "MM"} == {"Kayin"}
    assert {h.name for h in gaz.lookup("Mon State") if h.cc == "MM"} == {"Mon"}


def test_the_middle_east_is_at_the_point_its_source_gives(gaz):
    """The row says GeoNames coordinates: GeoNames' Middle East (6269133) is at 33.14N 35.86E."""
    _fresh(gaz)
    (row,) = [h for h in gaz.lookup("Middle East") if h.fcode == "REGION"]
    assert haversine_km(row.lat, row.lon, 33.139, 35.86) < 1


# (published, text, (country, admin1, location, geo_precision)); written here
REPORTS = [
    pytest.param("Fighting was reported in Eastern Ghouta on Tuesday as shells hit a market.", ("Syria", "Rural Damascus", "Eastern Ghouta", 3), id="syria-eastern-ghouta"),
    pytest.param("Police in Nyanza province arrested twelve protesters on Friday.", ("Kenya", "", "Nyanza", 3), id="kenya-nyanza-province"),
    pytest.param("Al-Shabaab fighters attacked a base in Jubaland on Monday.", ("Somalia", "", "Jubaland", 3), id="somalia-jubaland"),
    pytest.param("Troops clashed with separatists in Casamance on Thursday.", ("Senegal", "", "Casamance", 3), id="senegal-casamance"),
    pytest.param("An Israeli drone struck a motorcycle in South Lebanon on Monday, killing two.", ("Lebanon", "", "South Lebanon", 3), id="lebanon-south-not-ohio"),
    pytest.param("Syrian government forces shelled rebel positions in Qalamoun on Tuesday.", ("Syria", "Rural Damascus", "Qalamoun Mountains", 2), id="syria-qalamoun"),
    # a highland inside one province is an area at its own point, not the province's seat
    pytest.param("Army artillery shelled villages in Jabal al-Zawiya on Monday, killing two.", ("Syria", "Idleb", "Jabal al-Zawiya", 2), id="syria-jabal-al-zawiya"),
    # a village spelt another way inside the area is still found by the area's reach
    pytest.param("Army artillery shelled the village of Kinsafreh in Jabal al-Zawiya on Monday, killing two.", ("Syria", "Idleb", "Kansafrah", 1), id="syria-village-in-jabal-al-zawiya"),
    pytest.param("Rebels attacked an army post in Katanga province on Tuesday.", ("Democratic Republic of Congo", "", "Katanga", 3), id="drc-katanga-province"),
    pytest.param("Herders attacked farmers in the Middle Belt on Tuesday, killing ten.", ("Nigeria", "", "Middle Belt", 3), id="nigeria-middle-belt"),
    pytest.param("Fano militia and the army clashed in Wollega on Monday.", ("Ethiopia", "Oromia", "Wollega", 3), id="ethiopia-wollega"),
    # the namesakes keep their own readings where the text is about them
    pytest.param("Iraqi police said gunmen attacked a market in Jazira on Monday, killing two.", ("Iraq", "Wassit", "As Suwayrah", 1), id="iraq-jazira-town"),
    pytest.param("Sudanese army jets bombed RSF positions in Jazira on Monday.", ("Sudan", "Gezira", "Gezira", 3), id="sudan-jazira-state"),
    pytest.param("Militiamen attacked a village near Tshikapa in Kasai on Monday.", ("Democratic Republic of Congo", "Kasai", "Tshikapa", 2), id="drc-kasai-town"),
    pytest.param("Police clashed with miners in Western Province, Zambia, on Monday.", ("Zambia", "Western", "Western", 3), id="zambia-western-province"),
    # a region before an actor is the actor's, not the event's place (issue 12, must 1)
    pytest.param("Clan militias clashed with Puntland forces near Garowe on Monday, killing three.", ("Somalia", "Nugaal", "Garoowe", 2), id="somalia-puntland-forces"),
    pytest.param("Somaliland's army clashed with clan fighters near Las Anod on Monday.", ("Somalia", "Sool", "Laascaanood", 2), id="somalia-somaliland-army"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), REPORTS)
def test_report_is_placed_at_the_region_it_names(gaz, pipeline, text, place):
    from tests.geo.helpers import assert_placed

    _fresh(gaz)
    assert_placed(pipeline, "2024-05-01", text, place)


@pytest.mark.slow
def test_eastern_ghouta_lies_beside_damascus(gaz, pipeline):
    from datetime import date

    from sitroom.model import Article

    _fresh(gaz)
    text = "Fighting was reported in Eastern Ghouta on Tuesday as shells hit a market."
    (event, *_) = [e for e in pipeline.extract(Article(text=text, source="probe", published=date(2024, 5, 1))) if e.record_kind == "event"]
    assert haversine_km(event.latitude, event.longitude, 33.51, 36.29) < 30
