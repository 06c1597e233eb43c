"""`sitroom.geo.containment`: which named province can hold a place (pure functions)."""

from __future__ import annotations

from dataclasses import replace

from sitroom.geo.containment import loosely_inside, outside
from tests.geo.helpers import hit

NORTH = hit("North Vale", "North Vale", 10.0, 10.0, "ADM1")


def test_a_town_filed_under_a_neighbouring_province_far_from_the_named_one_is_outside():
    far = hit("Ostrel", "South Vale", 11.1, 10.0)  # ~120 km away, filed under South Vale
    assert outside(far, NORTH)


def test_a_border_town_filed_under_the_neighbour_still_fits_the_named_province():
    near = hit("Ostrel", "South Vale", 10.3, 10.0)  # ~33 km: notes file border towns either way
    assert not outside(near, NORTH)


def test_a_town_filed_under_the_named_province_is_inside_however_far():
    inside = hit("Ostrel", "North Vale", 11.2, 10.0)
    assert not outside(inside, NORTH)


def test_a_loose_spelling_must_be_filed_under_the_named_province():
    other = hit("Ostrell", "South Vale", 10.3, 10.0)
    assert not outside(other, NORTH) and not loosely_inside(other, NORTH)
    assert loosely_inside(hit("Ostrell", "North Vale", 10.3, 10.0), NORTH)
    curated = hit("Ostrell", "S. Vale", 10.3, 10.0, source="supplement:test")
    assert loosely_inside(curated, NORTH)  # curated rows spell provinces their own way


def test_a_named_district_or_sizeable_town_outlives_a_wrong_province():
    from sitroom.geo.containment import province_mistaken, stands_alone

    district = hit("Ostrel", "South Vale", 12.0, 10.0, "ADM2")
    town = hit("Ostrel", "South Vale", 12.0, 10.0, pop=60_000)
    hamlet = hit("Ostrel", "South Vale", 12.0, 10.0, pop=800)
    assert province_mistaken(district, [district], NORTH)
    assert stands_alone(town, [town], NORTH, NORTH)
    assert not stands_alone(town, [town], NORTH)  # an unknown district stood between them
    assert not province_mistaken(hamlet, [hamlet], NORTH)  # a village namesake: fall back
    inside = hit("Ostrel", "North Vale", 10.2, 10.0)
    assert not province_mistaken(district, [district, inside], NORTH)  # the province holds one


def test_one_of_many_namesakes_does_not_outlive_the_province():
    from sitroom.geo.containment import province_mistaken

    a = hit("Ostrel", "South Vale", 12.0, 10.0, pop=60_000)
    b = hit("Ostrel", "East Vale", 14.0, 10.0, pop=30_000)
    assert not province_mistaken(a, [a, b], NORTH)


def _tarmon_readings():
    """A container name that is a known city's province in one country and a small
    municipality (with a population figure the province's row lacks) in another."""
    province = hit("Tarmon", "Tarmon", 5.0, 5.0, "ADM1", cc="XX", pop=0)
    city = hit("Tarmon", "Tarmon", 5.0, 5.0, "PPLA", cc="XX", pop=900_000)
    municipality = hit("Tarmon", "Lowmere", 30.0, 30.0, "ADM2", cc="YY", pop=12_000)
    return province, city, municipality


def test_a_container_holding_nothing_named_reads_as_the_known_citys_province():
    from sitroom.geo.containment import holding

    province, city, municipality = _tarmon_readings()
    village = hit("Dunroe", "Elsewhere", 60.0, 60.0, cc="ZZ", pop=0)  # the inner name's only namesake
    units = [province, municipality]  # the text calls it a container: admin units only
    assert holding(units, [village], "Tarmon", [province, city, municipality]) == [province]
    # without the known city (a town of 40,000) nothing decides here: the ranker does
    small = hit("Tarmon", "Tarmon", 5.0, 5.0, "PPL", cc="XX", pop=40_000)
    assert holding(units, [village], "Tarmon", [province, small, municipality]) == units


def test_a_reading_that_holds_the_inner_place_still_wins_over_the_known_city():
    from sitroom.geo.containment import holding

    province, city, municipality = _tarmon_readings()
    inside = replace(hit("Dunroe", "Lowmere", 30.1, 30.0, cc="YY", pop=0), admin2="Tarmon")
    assert holding([province, municipality], [inside], "Tarmon", [province, city, municipality]) == [municipality]


def test_a_border_town_filed_under_the_neighbour_lies_in_the_province_whose_outline_holds_it():
    province = hit("Chin", "Chin", 22.0, 93.6, "ADM1", cc="MM")
    # a made-up town at a point inside the Chin State outline, filed under Rakhine
    border = hit("Tanlwe", "Rakhine", 21.305, 92.856, cc="MM")
    deep = hit("Tanlwe", "Rakhine", 20.15, 92.9, cc="MM")  # well inside Rakhine
    assert not outside(border, province)
    assert outside(deep, province)


def test_outlines_say_which_province_holds_a_point():
    from sitroom.outlines import in_province

    assert in_province("MM", "Chin", 21.305, 92.856) is True
    assert in_province("MM", "Rakhine", 21.305, 92.856) is False
    assert in_province("MM", "Nowhere Land", 21.305, 92.856) is None  # no such unit
    assert in_province("ZZ", "Chin", 21.305, 92.856) is None  # no outlines


def test_a_districts_seat_town_filed_under_the_neighbouring_province_lies_in_the_district():
    district = hit("Ostrel", "North Vale", 10.0, 10.0, "ADM2")
    seat = hit("Ostrel", "South Vale", 10.25, 10.1)  # ~30 km from the district's point
    assert not outside(seat, district)
    # another town filed across the border is still outside; so is a far namesake
    assert outside(hit("Brenwick", "South Vale", 10.25, 10.1), district)
    assert outside(hit("Ostrel", "South Vale", 11.0, 10.0), district)


def test_a_town_of_the_same_district_stands_for_its_municipality():
    municipality = replace(hit("Pellary", "North Vale", 10.0, 10.0), admin2="Tarnmoor District")
    village = replace(hit("Arnside", "North Vale", 10.0, 10.5), admin2="Tarnmoor District")  # ~55 km
    assert not outside(village, municipality)
    assert outside(replace(village, admin2="Dunmore District"), municipality)


def test_a_container_town_beside_the_inner_village_wins_over_a_bigger_namesake_abroad():
    from sitroom.geo.containment import holding

    village = replace(hit("Arnside", "North Vale", 10.0, 10.5), admin2="Tarnmoor District")
    beside = replace(hit("Pellary", "North Vale", 10.0, 10.0, pop=2_000), admin2="Tarnmoor District")
    abroad = hit("Pellary", "Iowa", 41.0, -93.0, cc="US", pop=10_000)
    assert holding([abroad, beside], [village]) == [beside]
