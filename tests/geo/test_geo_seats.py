"""Province seats from the capitals list, and the name corrections beside them: a foreign
town's alias that is a provincial seat's own name, an abbreviation two countries use, a
direction word that is a region's name. Hand-made rows and sentences written here."""

from __future__ import annotations

import csv

import pytest

from sitroom.geo.build_db import Row
from sitroom.geo.build_names import drop_shadowed_aliases
from sitroom.geo.build_seats import read_admin1_capitals, seat_ids
from sitroom.geo.sources import DATA

CONFLICT_COUNTRIES = {
    "AF", "IQ", "SY", "YE", "SO", "SD", "SS", "CD", "NG", "ML", "BF", "NE", "CM", "ET",
    "LY", "MM", "UA", "PK", "MX", "CO", "PH", "MZ", "CF",
}  # fmt: skip


def _city(gid, name, a1, pop, alt=()):
    return {
        "geonameid": gid,
        "name": name,
        "countrycode": "XA",
        "admin1code": a1,
        "population": pop,
        "alternatenames": list(alt),
    }


def test_capital_resolves_inside_its_province_by_any_written_name():
    cities = [
        _city(1, "Ostrava Nova", "01", 90_000, ["Nova Ostrava"]),
        _city(2, "Nova Ostrava", "02", 400_000),  # same name, another province
        _city(3, "Nova Ostrava", "01", 800),  # a namesake hamlet of the same province
        _city(4, "Kelmar", "02", 30_000),
    ]
    codes = {("XA", "01"): (1, "Upper Dorn"), ("XA", "02"): (2, "Lower Dorn")}
    capitals = [
        {"iso2": "XA", "admin1": "Upper Dorn", "capital": "Nova Ostrava", "source": "t"},
        {"iso2": "XA", "admin1": "Lower Dorn", "capital": "Kelmarr", "source": "t"},
        {"iso2": "XA", "admin1": "Middle Dorn", "capital": "Vesk", "source": "t"},
    ]
    ids, missing = seat_ids(cities, codes, capitals)
    # the most populous town of the province with that name, doubled letters folded
    assert ids == {1, 4}
    assert missing == ["XA Middle Dorn: Vesk"]


def test_capitals_file_is_complete_and_sourced():
    with open(DATA / "admin1_capitals.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == read_admin1_capitals()
    assert all(r["iso2"] and r["admin1"] and r["capital"] and r["source"] for r in rows)
    keys = [(r["iso2"], r["admin1"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["iso2"] for r in rows} >= CONFLICT_COUNTRIES


def _town(gid, name, cc, pop, admin1, names=()):
    return Row(gid, name, "P", "PPL", cc, 0.0, 0.0, pop, admin1, names=[name, *names])


def test_alias_that_is_a_provincial_seat_abroad_is_dropped_from_a_far_bigger_city():
    big = _town(1, "Marvonne", "XA", 3_000_000, "Aldor", ["Marvona", "Kestrel"])
    seat = _town(2, "Marvona", "XB", 120_000, "Marvona")  # its province's namesake
    plain = _town(3, "Kestrel", "XB", 120_000, "Bretton")  # no province of that name
    drop_shadowed_aliases([big, seat, plain])
    assert big.names == ["Marvonne", "Kestrel"]


def test_alias_of_a_city_near_the_seat_in_size_or_inside_its_own_name_is_kept():
    near = _town(1, "Sadon", "XA", 160_000, "Coast", ["Sayra"])
    seat = _town(2, "Sayra", "XB", 140_000, "Sayra")
    long = _town(3, "Tolen de los Campos", "XC", 1_500_000, "Bajo", ["Tolen"])
    other = _town(4, "Tolen", "XD", 150_000, "Tolen")
    small = _town(5, "Tolen de Arriba", "XC", 40_000, "Alto", ["Tolen"])
    drop_shadowed_aliases([near, seat, long, other, small])
    assert near.names == ["Sadon", "Sayra"]
    assert long.names == ["Tolen de los Campos", "Tolen"]
    assert small.names == ["Tolen de Arriba"]  # a more populous town abroad has the name


def _needs_fresh(gaz):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")


@pytest.mark.parametrize(
    ("name", "cc", "seat"),
    [
        ("Nangarhar", "AF", "Jal"),
        ("Samangan", "AF", "A"),
        ("Borno", "NG", "Maiduguri"),
        ("Guerrero", "MX", "Chilpancingo"),
        ("Buenos Aires", "AR", "La Plata"),
        ("Zaporizhia", "UA", "Zaporizhzh"),
    ],
)
def test_packaged_province_seats(gaz, name, cc, seat):
    _needs_fresh(gaz)
    unit = next(h for h in gaz.lookup(name) if h.cc == cc and h.fcode == "ADM1")
    town = gaz.seat(unit)
    assert town is not None and town.name.startswith(seat) and town.population > 10_000


def test_packaged_name_corrections(gaz):
    _needs_fresh(gaz)
    assert {h.cc for h in gaz.lookup("Puno")} == {"PE"}  # not the Indian city of Pune
    assert {(h.cc, h.fcode) for h in gaz.lookup("FCT")} == {("NG", "ADM1"), ("PK", "ADM1")}


@pytest.mark.slow
def test_direction_word_is_a_region_when_the_text_calls_it_one(run_geo):
    ctx = run_geo("Youths burned a market stall in the North East region of Ghana.")
    event = ctx.candidates[0].event
    assert (event.country, event.admin1, event.geo_precision) == ("Ghana", "North East", 3)
    ctx = run_geo("Gunmen torched a clinic in the North West region of Cameroon.")
    event = ctx.candidates[0].event
    assert (event.country, event.admin1) == ("Cameroon", "North-West")


@pytest.mark.slow
def test_direction_word_alone_still_names_no_region(run_geo):
    ctx = run_geo("Insurgents raided a farm in the North East of Nigeria.")
    event = ctx.candidates[0].event
    assert event.country == "Nigeria" and event.admin1 == ""
