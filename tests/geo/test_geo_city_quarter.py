"""A quarter written after its city with a hyphen ("City-Quarter") is read as the city
when the gazetteer lacks the whole name (`sitroom.geo.named.city_of_quarter`): names and
sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.geo.named import city_of_quarter


def test_a_quarter_after_a_known_city_reads_as_the_city(gaz):
    (city,) = city_of_quarter("Belgrade-Donji Kraj", gaz)
    assert (city.name, city.cc) == ("Belgrade", "RS")
    (city,) = city_of_quarter("Zagreb-Novi Kvart-Istok", gaz)  # a quarter's own hyphen
    assert city.cc == "HR"


def test_two_cities_joined_name_a_route_and_small_towns_no_quarter(gaz):
    assert city_of_quarter("Sidon-Beirut", gaz) == []  # the road between two cities
    assert city_of_quarter("Halba-Qoubaiyat", gaz) == []  # no city of its own size first
    assert city_of_quarter("Belgrade", gaz) == []  # no hyphen: no quarter
    assert city_of_quarter("Belgrade-stari grad", gaz) == []  # the quarter is no name


@pytest.mark.slow
def test_an_event_in_a_quarter_is_placed_in_its_city(run_geo):
    ctx = run_geo("Riot police detained forty students in Zagreb-Novi Kvart on Friday.")
    (cand,) = ctx.candidates
    assert (cand.event.country, cand.event.location) == ("Croatia", "Zagreb")
