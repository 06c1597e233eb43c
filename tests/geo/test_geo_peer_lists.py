"""Comma lists of peer places ("X, Y, Z"): separate places, not one inside the next."""

from __future__ import annotations

import dataclasses

import pytest

from sitroom.geo.containment import peers
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.peer_lists import split_peer_lists
from sitroom.geo.resolve import resolve_all
from tests.geo import helpers


def hit(name: str, admin1: str, lat: float, lon: float, fcode: str = "PPL", cc: str = "XX") -> Hit:
    return helpers.hit(name, admin1, lat, lon, fcode, cc, pop=50_000)  # towns the size of a city


NORTH = hit("North Vale", "North Vale", 10.0, 10.0, "ADM1")
SOUTH = hit("South Vale", "South Vale", 15.0, 10.0, "ADM1")  # ~550 km away
OSTREL = hit("Ostrel", "North Vale", 10.2, 10.1)
BRANT = hit("Brant", "South Vale", 15.1, 10.0)


def test_two_far_provinces_are_peers_and_a_town_in_its_province_is_not():
    assert peers([NORTH], [SOUTH])
    assert not peers([OSTREL], [NORTH])  # "Ostrel, North Vale": the town in its province
    near = hit("Middle Vale", "Middle Vale", 11.0, 10.0, "ADM1")  # carved out of North Vale
    assert not peers([near], [NORTH])


def test_two_far_towns_of_one_country_are_peers_unless_one_reading_holds_the_other():
    assert peers([OSTREL], [BRANT])
    namesake = hit("Brant", "North Vale", 10.25, 10.1)  # a Brant next to Ostrel
    assert not peers([OSTREL], [BRANT, namesake])


def test_towns_of_two_countries_are_peers_only_in_a_longer_run():
    # "Ostrel, Brant": a suburb of a foreign city the gazetteer lacks is not a list item
    foreign = hit("Brant", "Zed", 40.0, 40.0, cc="YY")
    assert not peers([OSTREL], [foreign])
    assert peers([OSTREL], [foreign], long_run=True)
    assert not peers([], [SOUTH]) and not peers([NORTH], [])


def test_a_town_put_in_a_province_or_a_small_namesake_keeps_its_container():
    # "Ostrel, Kerrow": Kerrow is a province as well as a town; the only Ostrel known lies
    # far from both, so Ostrel is a village the gazetteer lacks, in Kerrow province
    far = hit("Ostrel", "South Vale", 15.2, 10.0)
    kerrow = [hit("Kerrow", "Kerrow", 10.0, 10.0), hit("Kerrow", "Kerrow", 10.0, 10.0, "ADM1")]
    assert peers([far], kerrow[:1]) and not peers([far], kerrow)
    # a small namesake of the first of two names is more likely a quarter of the second
    small = dataclasses.replace(OSTREL, population=900)
    assert not peers([small], [BRANT]) and peers([small], [BRANT], long_run=True)


def _comma_run(*names: str) -> list[Mention]:
    """Mentions for "A, B, C" as the chain patterns link them."""
    out, pos = [], 0
    for name in names:
        out.append(Mention(name, pos, pos + len(name)))
        pos += len(name) + 2
    for inner, outer in zip(out, out[1:], strict=False):
        inner.container, inner.comma, outer.kind = outer, True, "container"
    return out


def test_a_run_of_far_towns_is_cut_into_separate_places():
    table = {"Ostrel": [OSTREL], "Brant": [BRANT], "Lindmoor": [hit("Lindmoor", "Zed", 40.0, 40.0, cc="YY")]}
    ostrel, brant, lindmoor = _comma_run("Ostrel", "Brant", "Lindmoor")
    split_peer_lists([ostrel, brant, lindmoor], lambda n: table.get(n, []))
    assert ostrel.container is None and brant.container is None
    assert brant.kind == "" and lindmoor.kind == ""  # no longer containers


def test_a_village_its_district_and_province_stay_a_chain():
    # "Ostrel, Kerrow, North Vale": the only Ostrel known lies far away, Kerrow is a town
    # of North Vale: a village the gazetteer lacks, in its district, not a list
    far = hit("Ostrel", "South Vale", 15.2, 10.0)
    kerrow = hit("Kerrow", "North Vale", 10.1, 10.0)
    table = {"Ostrel": [far], "Kerrow": [kerrow], "North Vale": [NORTH]}
    village, district, province = _comma_run("Ostrel", "Kerrow", "North Vale")
    split_peer_lists([village, district, province], lambda n: table.get(n, []))
    assert village.container is district and district.container is province


def _resolved(gaz, text: str, *names: str) -> dict[str, Hit | None]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    return {m.text: m.resolved for m in mentions}


def test_a_comma_list_of_provinces_resolves_each(gaz):
    got = _resolved(gaz, "Storms closed schools across Manitoba, Quebec on Tuesday.", "Manitoba", "Quebec")
    assert got["Manitoba"] is not None and got["Manitoba"].name == "Manitoba"
    assert got["Quebec"] is not None and got["Quebec"].admin1 == "Quebec"


def test_a_comma_list_of_cities_resolves_each(gaz):
    text = "Rallies were held in Winnipeg, Regina, Halifax over the weekend."
    got = _resolved(gaz, text, "Winnipeg", "Regina", "Halifax")
    assert {n: (h.cc, h.admin1) for n, h in got.items() if h is not None} == {
        "Winnipeg": ("CA", "Manitoba"),
        "Regina": ("CA", "Saskatchewan"),
        "Halifax": ("CA", "Nova Scotia"),
    }


def test_town_province_country_stays_a_chain(gaz):
    text = "A bridge collapsed in Red Deer, Alberta, Canada on Monday."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Red Deer", "Alberta", "Canada")]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    town, province, _ = mentions
    assert town.container is province and province.container is not None
    assert (town.resolved.name, town.resolved.admin1) == ("Red Deer", "Alberta")


@pytest.mark.slow
def test_a_note_listing_towns_by_comma_places_the_event_in_the_first(run_geo):
    ctx = run_geo("Protesters blocked roads in Kano, Maiduguri on 3 May.")
    mentions, _ = ctx.data["geo"]
    kano = next(m for m in mentions if m.text == "Kano")
    assert kano.container is None and kano.resolved is not None and kano.resolved.cc == "NG"
    (cand,) = ctx.candidates
    assert cand.event.admin1 == "Kano"


def _listed_run(*names: str) -> list[Mention]:
    """Mentions for "A, B and C, Z" as the list patterns link them: C in Z by its comma,
    A and B listed before C, sharing Z."""
    out, pos = [], 0
    for name in names:
        out.append(Mention(name, pos, pos + len(name)))
        pos += len(name) + 2
    *listed, tail, outer = out
    tail.container, tail.comma, outer.kind = outer, True, "container"
    for m in listed:
        m.container, m.listed = outer, True
    return out


def test_a_list_shares_its_last_container_only_up_to_a_peer_of_that_container():
    # "Ostrel, North Vale, Brant and Kerrow, South Vale": North Vale is a province like
    # South Vale, so it and Ostrel before it are not in South Vale; Brant still is, and
    # Ostrel, a town of North Vale, lies in the province written after it
    kerrow = hit("Kerrow", "South Vale", 15.2, 10.1)
    table = {"Ostrel": [OSTREL], "North Vale": [NORTH], "Brant": [BRANT], "Kerrow": [kerrow], "South Vale": [SOUTH]}
    ostrel, north, brant, town, south = _listed_run("Ostrel", "North Vale", "Brant", "Kerrow", "South Vale")
    split_peer_lists([ostrel, north, brant, town, south], lambda n: table.get(n, []))
    assert ostrel.container is north and north.container is None and not north.listed
    assert brant.container is south and brant.listed and town.container is south


def test_a_cut_off_name_no_reading_of_the_next_province_holds_stands_alone():
    # "Brant, North Vale, Kerrow and Lindham, South Vale": Brant is a town of South Vale,
    # not of North Vale written after it, so it is no place in North Vale
    kerrow = hit("Kerrow", "South Vale", 15.2, 10.1)
    lindham = hit("Lindham", "South Vale", 15.3, 10.2)
    table = {"Brant": [BRANT], "North Vale": [NORTH], "Kerrow": [kerrow], "Lindham": [lindham], "South Vale": [SOUTH]}
    brant, north, town, last, south = _listed_run("Brant", "North Vale", "Kerrow", "Lindham", "South Vale")
    split_peer_lists([brant, north, town, last, south], lambda n: table.get(n, []))
    assert brant.container is None and not brant.listed and north.container is None
    assert town.container is south and last.container is south


def test_a_list_of_towns_keeps_its_shared_container():
    # "Ostrel, Kerrow and Brant, North Vale": no listed name is a province: all stay in it
    kerrow = hit("Kerrow", "North Vale", 10.1, 10.0)
    table = {"Ostrel": [OSTREL], "Kerrow": [kerrow], "Brant": [BRANT], "North Vale": [NORTH]}
    ostrel, town, brant, north = _listed_run("Ostrel", "Kerrow", "Brant", "North Vale")
    split_peer_lists([ostrel, town, brant, north], lambda n: table.get(n, []))
    assert ostrel.container is north and town.container is north


def test_a_long_list_of_town_state_pairs_puts_each_town_in_its_own_state(gaz):
    text = "The chain will shut stores in Dayton, Ohio, Fresno, California, Tulsa, Oklahoma and Denver, Colorado."
    got = _resolved(gaz, text, "Dayton", "Ohio", "Fresno", "California", "Tulsa", "Oklahoma", "Denver", "Colorado")
    assert {n: h.admin1 for n, h in got.items() if h is not None} == {
        "Dayton": "Ohio", "Ohio": "Ohio", "Fresno": "California", "California": "California",
        "Tulsa": "Oklahoma", "Oklahoma": "Oklahoma", "Denver": "Colorado", "Colorado": "Colorado",
    }


def test_a_run_of_provinces_is_a_list_even_when_a_namesake_abroad_holds_one():
    # "Kerrow, North Vale, South Vale": three provinces of one country; a town called
    # Kerrow abroad inside a district called North Vale abroad does not make it a chain
    kerrow = hit("Kerrow", "Kerrow", 12.0, 10.0, "ADM1")
    abroad_town = hit("Kerrow", "Zed", 40.0, 40.0, cc="YY")
    abroad_unit = hit("North Vale", "Zed", 40.1, 40.0, "ADM2", cc="YY")
    table = {"Kerrow": [kerrow, abroad_town], "North Vale": [NORTH, abroad_unit], "South Vale": [SOUTH]}
    first, second, third = _comma_run("Kerrow", "North Vale", "South Vale")
    split_peer_lists([first, second, third], lambda n: table.get(n, []))
    assert first.container is None and second.container is None
