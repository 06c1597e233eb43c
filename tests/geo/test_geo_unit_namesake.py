"""A state or province outweighs a small town of its name elsewhere (`ranker._big_units`,
`sitroom.geo.unit_size`): the gazetteer's provinces carry no population, so "California"
among Maryland towns was read as California, Maryland. Sentences written here."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.ranker import _shared, _unit_namesake_town
from sitroom.geo.unit_size import unit_box_km2

from .helpers import hit, resolve_names


def test_a_us_state_is_large_and_a_jamaican_parish_small():
    assert unit_box_km2("US", "Kansas") > 100_000
    assert unit_box_km2("JM", "Portland") < 5_000


def test_a_unit_without_an_outline_has_no_size():
    assert unit_box_km2("US", "Nowhereshire") is None


def _flags(pool, name):
    shared = _shared(tuple(pool), Mention(name, 0, len(name)), ArticleContext())
    return [_unit_namesake_town(h, shared) for h in pool]


def test_a_small_town_outside_the_state_of_its_name_is_flagged():
    state = hit("Kansas", "Kansas", 38.5, -98.5, fcode="ADM1", cc="US", pop=0)
    town = hit("Kansas", "Illinois", 39.55, -87.93, cc="US", pop=800)
    assert _flags([state, town], "Kansas") == [0.0, 1.0]


def test_a_town_inside_the_state_of_its_name_is_not_flagged():
    state = hit("Kansas", "Kansas", 38.5, -98.5, fcode="ADM1", cc="US", pop=0)
    town = hit("Kansas", "Kansas", 38.9, -97.1, cc="US", pop=800)
    assert _flags([state, town], "Kansas") == [0.0, 0.0]


def test_a_city_is_not_outweighed_by_a_small_parish_of_its_name():
    parish = hit("Portland", "Portland", 18.1, -76.5, fcode="ADM1", cc="JM", pop=0)
    town = hit("Portland", "Maine", 43.66, -70.26, cc="US", pop=20_000)
    assert _flags([parish, town], "Portland") == [0.0, 0.0]


def test_a_big_city_outside_the_state_is_not_flagged():
    state = hit("Delta", "Delta", 5.5, 6.0, fcode="ADM1", cc="NG", pop=0)
    city = hit("Delta", "British Columbia", 49.08, -123.06, cc="CA", pop=100_000)
    assert _flags([state, city], "Delta") == [0.0, 0.0]


def _read(gaz, text, *names):
    mentions, _ = resolve_names(gaz, text, *names)
    last = mentions[-1].resolved
    return last.cc, last.admin1, last.fcode


def test_a_state_named_beside_towns_of_another_state_is_the_state(gaz):
    text = "Lawmakers in Albany sent a letter to the governor of Florida."
    assert _read(gaz, text, "Albany", "Florida") == ("US", "Florida", "ADM1")


def test_a_firm_from_one_state_opening_in_another_means_the_state(gaz):
    text = "A Pittsburgh firm opened an office in California last spring."
    assert _read(gaz, text, "Pittsburgh", "California") == ("US", "California", "ADM1")


def test_a_mexican_state_is_no_brazilian_village(gaz):
    text = "Cartel gunmen killed four police officers in Sonora, officials said."
    assert _read(gaz, text, "Sonora") == ("MX", "Sonora", "ADM1")


def test_a_small_district_outside_the_state_of_its_name_is_flagged():
    state = hit("Arizona", "Arizona", 34.2, -111.6, fcode="ADM1", cc="US", pop=0)
    district = hit("Arizona", "Atlantida", 15.6, -87.3, fcode="ADM2", cc="HN", pop=30_000)
    assert _flags([state, district], "Arizona") == [0.0, 1.0]


def test_a_district_inside_the_state_of_its_name_is_not_flagged():
    state = hit("Borno", "Borno", 11.8, 13.1, fcode="ADM1", cc="NG", pop=0)
    district = hit("Borno", "Borno", 11.9, 13.2, fcode="ADM2", cc="NG", pop=30_000)
    assert _flags([state, district], "Borno") == [0.0, 0.0]


def test_a_state_beside_a_big_city_is_no_foreign_district_of_its_name(gaz):
    text = "Police in Arizona arrested a man on Monday, officials in San Antonio said."
    mentions, _ = resolve_names(gaz, text, "Arizona", "San Antonio")
    state, city = (m.resolved for m in mentions)
    assert (state.cc, state.fcode) == ("US", "ADM1") and city.cc == "US"
