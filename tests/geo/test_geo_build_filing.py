"""A built row's province: its source's where a town near is filed there, else that of the
nearest town on its side of the vendored admin-1 outline (`sitroom.geo.build_filing`)."""

from sitroom.geo.build_db import Row
from sitroom.geo.build_filing import Filing, NearestTown
from sitroom.geo.build_wof import unit_key


def town(gid, name, lat, lon, admin1, admin2, cc="CD"):
    return Row(gid, name, "P", "PPL", cc, lat, lon, 1_000, admin1, admin2, "", 1, "test", [name])


def province(gid, name, lat, lon, cc="CD"):
    return Row(gid, name, "A", "ADM1", cc, lat, lon, 0, name, "", "", 3, "test", [name])


def filing(rows):
    return Filing(rows, NearestTown(rows), unit_key)


# The line between Maniema (west) and South Kivu (east) runs near 26.9 E at 2.7 S.
WEST = town(1, "Kelumbo", -2.70, 26.80, "Maniema", "Pangi")
EAST = town(2, "Mubanga", -2.70, 27.30, "Sud-Kivu", "Shabunda")
UNITS = [province(10, "Maniema", -3.0, 26.0), province(11, "Sud-Kivu", -3.0, 28.0)]


def test_a_point_takes_the_nearest_town_on_its_side_of_the_provincial_line():
    rows = [WEST, EAST, *UNITS]
    assert filing(rows).file("CD", -2.70, 27.00) == ("Sud-Kivu", "Shabunda")


def test_a_point_with_the_nearest_town_on_its_side_keeps_that_town():
    rows = [WEST, EAST, *UNITS]
    assert filing(rows).file("CD", -2.70, 26.60) == ("Maniema", "Pangi")


def test_the_sources_own_province_is_kept_where_a_town_near_is_filed_there():
    rows = [WEST, EAST, *UNITS]
    # west of the line by the outline, but the source says South Kivu and a town there is near
    assert filing(rows).file("CD", -2.70, 26.85, own="Sud-Kivu") == ("Sud-Kivu", "Shabunda")


def test_a_source_province_with_no_town_near_filed_there_is_not_taken():
    # a source drawn before a split names the old, larger province
    rows = [WEST, EAST, *UNITS, province(12, "Tanganyika", -6.0, 27.0)]
    assert filing(rows).file("CD", -2.70, 27.00, own="Tanganyika") == ("Sud-Kivu", "Shabunda")


def test_a_country_without_outlines_keeps_the_nearest_town():
    rows = [
        town(3, "Amberfold", 10.0, 20.0, "Northland", "Riverside", cc="ZZ"),
        town(4, "Cobbleton", 10.0, 20.5, "Southland", "Hill", cc="ZZ"),
    ]
    assert filing(rows).file("ZZ", 10.0, 20.2) == ("Northland", "Riverside")


def test_a_source_province_the_gazetteer_does_not_know_is_not_taken():
    rows = [WEST, EAST, *UNITS]
    assert filing(rows).file("CD", -2.70, 26.60, own="Atlantis") == ("Maniema", "Pangi")


def test_a_curated_province_is_taken_as_given():
    rows = [WEST, EAST, *UNITS, province(12, "Tanganyika", -6.0, 27.0)]
    got = filing(rows).file("CD", -2.70, 27.00, own="Tanganyika", sure=True)
    assert got == ("Tanganyika", "")


def test_a_source_province_spelled_with_the_same_consonants_is_the_gazetteers():
    rows = [WEST, EAST, *UNITS]
    assert filing(rows).file("CD", -2.70, 26.85, own="Sud-Kivou") == ("Sud-Kivu", "Shabunda")


def test_a_point_far_inside_a_province_looks_past_the_towns_near_it():
    # every town of the nine cells around the point lies across the line
    rows = [WEST, *UNITS, town(5, "Kabungu", -2.70, 28.40, "Sud-Kivu", "Mwenga")]
    assert filing(rows).file("CD", -2.70, 27.00) == ("Sud-Kivu", "Mwenga")
