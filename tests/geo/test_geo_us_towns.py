"""US towns below cities500 from the `zipcodes` package (`sitroom.geo.build_us`): how ZIP
codes become one row per town, on hand-made codes and rows, and checks of the built file."""

from __future__ import annotations

import pytest

from sitroom.geo.build_db import Row, row_keys
from sitroom.geo.build_us import US_ID_BASE, read_zip_towns, town_names, us_town_rows

STATES = {"ZS": "Zedland", "QS": "Quarry State"}


def code(city, kind="STANDARD", lat=40.0, lon=-90.0, state="ZS", county="Oak County"):
    return {
        "zip_code": "00000", "zip_code_type": kind, "city": city, "state": state,
        "county": county, "country": "US", "lat": str(lat), "long": str(lon),
    }


def place(gid, name, fcode="PPL", admin1="Zedland", admin2="Oak County", pop=5_000, cc="US",
          lat=40.5, lon=-90.5, names=None):
    fclass = "P" if fcode.startswith("PPL") else "A"
    return Row(gid, name, fclass, fcode, cc, lat, lon, pop, admin1, admin2, "", 1, "test",
               names or [name])


def packaged() -> list[Row]:
    return [
        place(1, "Hollow Creek"),
        place(2, "Birchfield", names=["Birchfield", "Birch Field Station"]),
        place(3, "Zedland", "ADM1", admin2=""),
        place(4, "Oak County", "ADM2"),
        place(5, "Pine County", "ADM2", admin1="Quarry State", admin2="Pine County"),
        place(6, "Grand Portmeyer", pop=400_000, cc="XX", admin1="Elsewhere", admin2=""),
        place(7, "Stonegate", admin1="Quarry State", admin2="Pine County", lat=35.0, lon=-80.0),
    ]


def test_one_row_per_town_at_the_mean_of_its_delivery_codes():
    towns = read_zip_towns([
        code("Wrenville", lat=41.0, lon=-91.0),
        code("Wrenville", lat=41.2, lon=-91.2),
        code("Wrenville", "PO BOX", lat=45.0, lon=-95.0),  # a delivery code's point comes first
        code("Wrenville", "MILITARY", lat=0.0, lon=0.0),
        code("Wrenville", state="QS", county="Pine County", lat=35.1, lon=-80.1),
        code("Larkton", "PO BOX", lat=42.0, lon=-92.0),  # a town with only a post-office box
    ])
    by = {(t["state"], t["name"]): t for t in towns}
    assert len(towns) == 3  # two states' Wrenvilles are two towns
    assert (by[("ZS", "Wrenville")]["lat"], by[("ZS", "Wrenville")]["lon"]) == (41.1, -91.1)
    assert (by[("ZS", "Larkton")]["lat"], by[("ZS", "Larkton")]["lon"]) == (42.0, -92.0)
    assert by[("QS", "Wrenville")]["county"] == "Pine County"


def test_a_new_town_is_filed_under_its_state_and_county_and_found_by_exact_names_only():
    towns = read_zip_towns([code("Wrenville", lat=40.1, lon=-90.1)])
    (row,) = us_town_rows(towns, packaged(), STATES)
    assert (row.name, row.cc, row.fclass, row.admin1, row.admin2) == (
        "Wrenville", "US", "P", "Zedland", "Oak County"
    )
    assert row.id > US_ID_BASE and row.population == 0
    assert not row.loose and row_keys(row)[1] == set()  # no skeletons: no loose spellings


def test_a_town_the_state_has_already_under_any_name_is_not_added_again():
    towns = read_zip_towns([code(n, lat=40.45, lon=-90.45) for n in ("Hollow Creek", "Birch Field Station")])
    assert us_town_rows(towns, packaged(), STATES) == []


def test_a_town_of_another_state_with_a_known_name_is_its_own_place():
    towns = read_zip_towns([code("Hollow Creek", state="QS", county="Pine County")])
    (row,) = us_town_rows(towns, packaged(), STATES)
    assert (row.admin1, row.admin2) == ("Quarry State", "Pine County")


def test_a_town_named_like_a_country_a_province_a_big_city_or_a_us_site_is_left_out():
    """A US hamlet named like a province abroad would take that province from a report of a
    war there: a resolver may prefer a town to a province of the same name."""
    rows = [
        *packaged(),
        place(8, "Norland", "PCLI", cc="NO", admin1="", admin2=""),
        place(9, "Westmark", "ADM1", cc="XX", admin1="Westmark", admin2=""),
        Row(10, "Fort Vantage", "S", "BASE", "US", 36.0, -81.0, 0, "Quarry State", "", "", 1,
            "t", ["Fort Vantage", "Vantage"]),
    ]
    names = ("Norland", "Westmark", "Grand Portmeyer", "Vantage")
    towns = read_zip_towns([code("Zedland", state="QS"), *(code(n) for n in names)])
    assert us_town_rows(towns, rows, STATES) == []
    (kept,) = us_town_rows(read_zip_towns([code("Westmark Falls")]), rows, STATES)
    assert kept.name == "Westmark Falls"


def test_a_namesake_far_off_in_the_same_state_is_another_town():
    near = read_zip_towns([code("Hollow Creek", lat=40.6, lon=-90.6)])  # 14 km: the same town
    assert us_town_rows(near, packaged(), STATES) == []
    far = read_zip_towns([code("Hollow Creek", lat=42.0, lon=-90.5)])  # 167 km: another one
    (row,) = us_town_rows(far, packaged(), STATES)
    assert (row.name, row.lat) == ("Hollow Creek", 42.0)


def test_a_county_the_gazetteer_spells_otherwise_is_that_of_the_nearest_town():
    towns = read_zip_towns([code("Mossbank", state="QS", county="Old Name County", lat=35.1, lon=-80.1)])
    (row,) = us_town_rows(towns, packaged(), STATES)
    assert row.admin2 == "Pine County"


def test_the_postal_spelling_of_mc_names_is_kept_beside_the_usual_one():
    assert town_names("Mc Intosh") == ["Mc Intosh", "McIntosh"]
    assert town_names("Mcallen") == ["Mcallen"]
    (row,) = us_town_rows(read_zip_towns([code("Mc Intosh")]), packaged(), STATES)
    assert row.name == "McIntosh" and row.names == ["McIntosh", "Mc Intosh"]


def test_the_package_lists_towns_of_every_state():
    towns = read_zip_towns()
    states = {t["state"] for t in towns}
    assert {"NE", "VT", "TX", "AK", "DC"} <= states
    assert len(towns) > 25_000
    assert all(-180 <= t["lon"] <= 180 and -90 <= t["lat"] <= 90 for t in towns)


def test_the_built_gazetteer_has_small_us_towns_in_their_state(gaz):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    hits = [h for h in gaz.lookup("Nondalton") if h.cc == "US" and h.fclass == "P"]
    assert hits and hits[0].admin1 == "Alaska"  # not only "Nondalton Airport"
    assert not [h for h in gaz.lookup("Cuba") if h.cc == "US" and h.admin1 == "Ohio"]
