"""A place put "near" a country or a province by a compass word ("Maiduguri, north-east
Nigeria") lies inside that unit: it is near it however far it is from the unit's point."""

from __future__ import annotations

from sitroom.geo.offsets import near_anchor
from tests.geo.helpers import hit, mentions_by_name


def test_a_town_far_from_its_country_point_is_near_the_country():
    country = hit("Northland", "", 10.0, 10.0, fcode="PCLI")
    town = hit("Edgeford", "East", 14.0, 15.0)  # about 700 km from the country's point
    assert near_anchor([town], country, None, 300.0) == [town]


def test_a_town_of_another_country_as_far_is_not():
    country = hit("Northland", "", 10.0, 10.0, fcode="PCLI")
    abroad = hit("Edgeford", "East", 14.0, 15.0, cc="YY")
    assert near_anchor([abroad], country, None, 300.0) == []


def test_a_town_inside_the_province_is_near_it():
    province = hit("Lakeshire", "Lakeshire", 5.0, 5.0, fcode="ADM1")
    inside = hit("Reedmouth", "Lakeshire", 8.5, 5.0)
    other = hit("Reedmouth", "Hillshire", 8.5, 5.5)
    assert near_anchor([inside, other], province, None, 300.0) == [inside]


def test_north_east_nigeria(gaz):
    text = "Gunmen killed four traders near Maiduguri, north-east Nigeria, on Monday."
    m = mentions_by_name(gaz, text, "Maiduguri", "Nigeria")["Maiduguri"]
    assert m.resolved is not None and (m.resolved.cc, m.resolved.admin1) == ("NG", "Borno")


def test_north_west_pakistan(gaz):
    text = "A drone struck a compound in Miranshah, north-west Pakistan, late on Sunday."
    m = mentions_by_name(gaz, text, "Miranshah", "Pakistan")["Miranshah"]
    assert m.resolved is not None and m.resolved.cc == "PK"


def test_north_west_yemen(gaz):
    text = "An air strike hit Saada, north-west Yemen, killing a family of five."
    m = mentions_by_name(gaz, text, "Saada", "Yemen")["Saada"]
    assert m.resolved is not None and m.resolved.cc == "YE"


def test_north_west_ethiopia(gaz):
    text = "Fighting broke out in Gondar, north-west Ethiopia, after dawn on Tuesday."
    m = mentions_by_name(gaz, text, "Gondar", "Ethiopia")["Gondar"]
    assert m.resolved is not None and m.resolved.cc == "ET"
