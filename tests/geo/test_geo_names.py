"""Demonyms, capital-letter abbreviations, admin units' base names, seats and outline points."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from sitroom.geo.build import DATA, Row, write_db
from sitroom.geo.build_areas import (
    admin1_points,
    fill_admin_populations,
    outline_centroids,
    outline_point,
)
from sitroom.geo.build_names import (
    CASE_MARK,
    SeatIndex,
    base_name,
    demonym_table,
    drop_shadowed_aliases,
    is_abbreviation,
    plural,
    unresolved_demonyms,
    written_names,
)
from sitroom.geo.gazetteer import Gazetteer, km
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.normalize import name_key
from sitroom.geo.resolve import resolve_all


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Département de Louga", "Louga"),
        ("Ouahigouya Cercle", "Ouahigouya"),
        ("Tver, Respublika", "Tver"),
        ("Mudiriyat Sinnar", "Sinnar"),
        ("Bama Local Government Area", "Bama"),
        ("Distrito de Chokwe", "Chokwe"),
        ("Garissa District", "Garissa"),
        # nothing generic to take off, or nothing that is a name by itself left
        ("Sanaga-Maritime", "Sanaga-Maritime"),
        ("District of Columbia", "District of Columbia"),
        ("Central Region", "Central Region"),
        ("Northern Territory", "Northern Territory"),
        ("Capital District", "Capital District"),
    ],
)
def test_base_name_takes_generic_words_off_the_ends(name, base):
    assert base_name(name) == base


def test_abbreviations_and_plurals():
    assert is_abbreviation("NSW") and is_abbreviation("J&K") and is_abbreviation("B.C.")
    assert not is_abbreviation("Nsw") and not is_abbreviation("Basra") and not is_abbreviation("A")
    assert plural("Iraqi") == "Iraqis" and plural("South Korean") == "South Koreans"
    assert plural("Chinese") is None and plural("Swiss") is None and plural("Danish") is None


def test_seat_index_places_a_unit_at_its_same_named_town():
    cities = [
        {
            "name": "Tessalit",
            "countrycode": "ML",
            "admin1code": "08",
            "population": "5000",
            "latitude": "20.2",
            "longitude": "1.01",
        },
        {
            "name": "Tessalit",
            "countrycode": "ML",
            "admin1code": "03",
            "population": "900",
            "latitude": "12.0",
            "longitude": "-8.0",
        },
        {
            "name": "Al Qurayyah",
            "countrycode": "SY",
            "admin1code": "05",
            "population": "800",
            "latitude": "32.55",
            "longitude": "36.6",
        },
    ]
    seats = SeatIndex(cities)
    assert seats.seat("ML", "08.123", ["Tessalit Cercle"]) == (20.2, 1.01)  # same admin1 only
    assert seats.seat("SY", "05.9", ["Qurayya District"]) == (32.55, 36.6)  # loose spelling
    assert seats.seat("ML", "01.5", ["Tessalit Cercle"]) is None  # two towns of that name
    # admin1 codes of towns and units disagree: the country's only town of that name
    assert seats.seat("SY", "14.2", ["Al Qurayyah Rural Council"]) == (32.55, 36.6)


def _town(name, cc, a1, lat, lon, pop=1000):
    return {
        "name": name,
        "countrycode": cc,
        "admin1code": a1,
        "population": str(pop),
        "latitude": str(lat),
        "longitude": str(lon),
    }


def test_a_town_found_by_name_alone_seats_no_unit_that_has_namesake_units():
    towns = [_town("Wadi Sefra", "XX", "02", 10.0, 20.0), _town("Kelem", "XX", "05", 11.0, 21.0)]
    units = [("XX", "Wadi Sefra"), ("XX", "Wadi Sefra Delegation"), ("XX", "Kelem District")]
    seats = SeatIndex(towns, units)
    assert seats.seat("XX", "02.1", ["Wadi Sefra"]) == (10.0, 20.0)  # in the town's province
    assert seats.seat("XX", "07.3", ["Wadi Sefra Delegation"]) is None  # not the others'
    assert seats.seat("XX", "09.4", ["Kelem District"]) == (11.0, 21.0)  # the only Kelem unit


def test_written_names_drop_lower_case_romanisations():
    names = ["Qaryat Zel", "qryt zl", "Zel", "QZ", "zel", "al-Zel"]
    assert written_names(names) == ["Qaryat Zel", "Zel", "QZ", "al-Zel"]


def _tiny(tmp_path, demonyms):
    rows = [
        Row(99237, "Iraq", "A", "PCLI", "IQ", 33.0, 44.0, 40_000_000, precision=3, names=["Iraq"]),
        Row(
            2_177_478,
            "New South Wales",
            "A",
            "ADM1",
            "AU",
            -32.2,
            147.0,
            precision=3,
            names=["New South Wales", CASE_MARK + "NSW"],
        ),
        Row(55, "Nsw", "P", "PPL", "XX", 1.0, 1.0, names=["Nsw"]),
        Row(
            6_254_927,
            "Pennsylvania",
            "A",
            "ADM1",
            "US",
            40.9,
            -77.8,
            precision=3,
            names=["Pennsylvania", CASE_MARK + "Pa."],
        ),
        Row(77, "Panshi", "P", "PPL", "XX", 2.0, 2.0, 50_000, names=["Panshi", "Pa"]),
    ]
    path = tmp_path / "g.sqlite"
    write_db(path, rows, {}, {}, {}, demonyms(rows) if demonyms else None)
    return path, rows


def test_capital_abbreviation_matches_only_in_capitals(tmp_path):
    path, _ = _tiny(tmp_path, None)
    gaz = Gazetteer(path)
    # the abbreviation wins when the text writes one; otherwise the plain name matches
    assert [h.name for h in gaz.lookup("NSW")] == ["New South Wales"]
    assert [h.name for h in gaz.lookup("Nsw")] == ["Nsw"]
    assert [h.name for h in gaz.lookup("Pa.")] == ["Pennsylvania"]
    assert [h.name for h in gaz.lookup("Pa")] == ["Panshi"]
    assert is_abbreviation("Calif.") and is_abbreviation("W. Va.")


def test_demonyms_have_their_own_table(tmp_path):
    path, rows = _tiny(tmp_path, demonym_table)
    gaz = Gazetteer(path)
    assert [h.name for h in gaz.demonym("Iraqis")] == ["Iraq"]
    assert [h.name for h in gaz.demonym("Iraqi")] == ["Iraq"]
    assert gaz.lookup("Iraqi") == ()  # a party's nationality is never a place by name
    con = sqlite3.connect(path)
    con.execute("DROP TABLE demonym")
    con.commit()
    con.close()
    assert Gazetteer(path).demonym("Iraqis") == ()  # a file built before demonyms: no error


def test_every_demonym_row_names_a_known_place(gaz):
    with open(DATA / "demonyms.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["source"] for r in rows)
    _needs_fresh(gaz)
    missing = [r["demonym"] for r in rows if not gaz.demonym(r["demonym"])]
    assert missing == []


def test_unresolved_demonyms_are_reported():
    rows = [Row(1, "Europe", "L", "CONT", "", 48.7, 9.1, names=["Europe"])]
    missing = unresolved_demonyms(rows)
    assert "European" not in missing and "Kosovar" in missing


def test_topojson_outline_centroid(tmp_path):
    # one 2x2 degree square, quantized on a 0.5-degree grid, starting at (10E, 20N)
    topo = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10.0, 20.0]},
        "arcs": [[[0, 0], [4, 0], [0, 4], [-4, 0], [0, -4]]],
        "objects": {
            "x": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "properties": {"name": "Wadi Square"}, "arcs": [[0]]},
                ],
            }
        },
    }
    path = tmp_path / "xxx.json"
    path.write_text(json.dumps(topo), encoding="utf-8")
    ((lat, lon),) = outline_centroids(path).values()
    assert (lat, lon) == pytest.approx((21.0, 11.0))
    assert outline_point({("SD", "wadi square"): (lat, lon)}, "SD", ["", "Wadi Square"]) == (
        lat,
        lon,
    )


def test_outline_centroid_across_the_antimeridian(tmp_path):
    # two 4x2 degree boxes of one unit, 177E-179W and 178W-176W; the first ring's edges
    # jump from +177 to -179 and back, as the vendored files write such rings
    topo = {
        "type": "Topology",
        "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
        "arcs": [
            [[177, 20], [-356, 0], [0, 2], [356, 0], [0, -2]],
            [[-178, 20], [2, 0], [0, 2], [-2, 0], [0, -2]],
        ],
        "objects": {"x": {"type": "GeometryCollection", "geometries": [
            {"type": "MultiPolygon", "properties": {"name": "Dateline Isles"}, "arcs": [[[0]], [[1]]]},
        ]}},
    }  # fmt: skip
    path = tmp_path / "xxx.json"
    path.write_text(json.dumps(topo), encoding="utf-8")
    ((lat, lon),) = outline_centroids(path).values()
    # areas 8 and 4: (179 * 8 + 183 * 4) / 12 = 180.33, i.e. 179.67 W (not 0, nor 60 E)
    assert (lat, lon) == pytest.approx((21.0, -179.6667), abs=1e-3)


def test_towns_centre_across_the_antimeridian():
    from sitroom.geo.sources import centroid

    # four made-up towns on both sides of 180 degrees: their centre is by the line, not at 0
    lat, lon = centroid([(64.7, 177.5), (65.0, 179.0), (66.2, -169.8), (65.6, -171.0)])
    assert lat == pytest.approx(65.15) and lon == pytest.approx(-176.75)
    assert centroid([(64.0, 179.0), (66.0, -179.0)]) == (65.0, -180.0)
    assert centroid([(10.0, -10.0), (12.0, 10.0), (11.0, 0.0)]) == (10.5, -5.0)  # as before


def test_vendored_outlines_give_admin1_centres():
    points = admin1_points()
    # Ontario's towns crowd its south; its outline's centre lies far north of them
    lat, lon = points[("CA", "ontario")]
    assert 49.0 < lat < 51.5 and -87.0 < lon < -84.0
    # units across the antimeridian lie by it, not in the Atlantic or the Indian Ocean
    lat, lon = points[("RU", "chukchi autonomous okrug")]
    assert 64.0 < lat < 69.0 and 165.0 < lon < 180.0
    for fiji in ("northern", "eastern"):
        lat, lon = points[("FJ", fiji)]
        assert -20.0 < lat < -15.0 and abs(lon) > 177.0


def _needs_fresh(gaz):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")


def test_packaged_gazetteer_names(gaz):
    _needs_fresh(gaz)
    assert {h.cc for h in gaz.demonym("Ukrainians")} == {"UA"}
    assert [h.name for h in gaz.demonym("Europeans")] == ["Europe"]
    assert [(h.cc, h.fcode, h.name) for h in gaz.demonym("Ohioans")] == [("US", "ADM1", "Ohio")]
    assert not gaz.lookup("Ohioans")  # a demonym is never a place name: "Texan forces" stay a party
    assert any(h.cc == "IN" and h.fcode == "ADM1" for h in gaz.lookup("J&K"))
    assert any(h.cc == "NG" and h.fcode == "ADM1" for h in gaz.lookup("FCT"))
    assert any(h.cc == "RU" and h.fcode == "ADM1" for h in gaz.lookup("Dagestan"))
    assert any(h.fcode == "REGION" for h in gaz.lookup("South Ossetia"))
    # a Malian cercle without member towns in the packaged data sits at its seat town
    cercle = [h for h in gaz.lookup("Kidal district") if h.fcode == "ADM2"]
    town = max(
        (h for h in gaz.lookup("Kidal") if h.fcode.startswith("PPL")), key=lambda h: h.population
    )
    assert cercle and km(cercle[0].lat, cercle[0].lon, town.lat, town.lon) < 1


def test_demonym_toponym_resolves_to_its_country(gaz):
    _needs_fresh(gaz)
    text = "Talks between Sudanese and Chadian officials resumed in Geneva."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Sudanese", "Chadian")]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    assert [m.resolved.cc for m in mentions] == ["SD", "TD"]


@pytest.mark.parametrize(
    ("spelling", "country", "expected"),
    [("Qamishly", "Syria", "Qamishli"), ("Efrin", "Syria", "Afrin"), ("Baidha", "Yemen", "Bayda")],
)
def test_spelling_variants_resolve_inside_the_article_country(gaz, spelling, country, expected):
    _needs_fresh(gaz)
    text = f"Shops stayed shut in {spelling} on Sunday, residents of northern {country} said."
    spans = [(text.index(w), text.index(w) + len(w)) for w in (spelling, country)]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    assert name_key(expected) in name_key(mentions[0].resolved.name)


def test_districts_weigh_what_their_towns_weigh():
    rows = [
        Row(
            1, "Big Town", "P", "PPL", "US", 33.7, -117.8, 3_000_000, "California", "Orange County"
        ),
        Row(2, "Small Town", "P", "PPL", "US", 44.0, -72.4, 20_000, "Vermont", "Orange County"),
        Row(3, "Orange County", "A", "ADM2", "US", 33.7, -117.8, 0, "California", "Orange County"),
        Row(4, "Orange County", "A", "ADM2", "US", 44.0, -72.4, 0, "Vermont", "Orange County"),
        Row(5, "Vermont", "A", "ADM1", "US", 44.0, -72.7, 0, "Vermont"),
        Row(6, "Oman", "A", "PCLI", "OM", 21.0, 57.0, 4_500_000),
    ]
    fill_admin_populations(rows)
    assert [r.population for r in rows[2:]] == [3_000_000, 20_000, 0, 4_500_000]


def test_an_alias_that_is_a_more_prominent_place_s_own_name_is_dropped():
    def town(gid, name, cc, pop, names, lat=1.0, lon=1.0, fcode="PPL", fclass="P"):
        return Row(gid, name, fclass, fcode, cc, lat, lon, pop, names=[name, *names])

    rows = [
        town(1, "Velmora", "XX", 900, ["Kessel Land", "Velmoura"]),  # its own state's name
        town(2, "Kessel Land", "XX", 0, [], 5.0, 5.0, "ADM1", "A"),
        town(3, "Dorvik", "YY", 2000, ["Tamrin", "Dorvique"]),  # a bigger city abroad's name
        town(4, "Tamrin", "ZZ", 80_000, [], 20.0, 20.0),
        town(5, "Ostrava Nova", "ZZ", 3000, ["Dorvique"], 21.0, 21.0),  # a small one: kept
        town(6, "Selka", "YY", 5000, ["Kessel Land"], 30.0, 30.0),  # another country's state
        town(7, "Port Amra", "YY", 3_000_000, ["Tamrin"], 40.0, 40.0),  # bigger than Tamrin
    ]
    assert drop_shadowed_aliases(rows) == 2
    names = {r.id: r.names for r in rows}
    assert names[1] == ["Velmora", "Velmoura"]
    assert names[3] == ["Dorvik", "Dorvique"]
    assert names[5] == ["Ostrava Nova", "Dorvique"] and names[6] == ["Selka", "Kessel Land"]
    assert names[7] == ["Port Amra", "Tamrin"]


def test_units_known_by_iso_code_alone_sit_at_their_outline():
    from sitroom.geo.build_areas import iso_only_rows
    from sitroom.geo.sources import Subdivision

    subs = {
        1: Subdivision(1, "Kessel Province", "", 0, [], 0, "XX-01", 1),
        2: Subdivision(2, "Amra Borough", "", 0, [], 1, "XX-AB", 2),
        3: Subdivision(3, "Velmora", "", 0, [], 0, "XX-02", 1),  # the city itself
        4: Subdivision(4, "Dorvik", "XX.03", 77, [], 0, "XX-03", 1),  # GeoNames-coded
    }
    outlines = {
        ("XX", "kessel province"): (3.0, 4.0),
        ("XX", "amra borough"): (3.1, 4.1),
        ("XX", "velmora"): (8.0, 8.0),
        ("XX", "dorvik"): (9.0, 9.0),
    }
    towns = [Row(10, "Velmora", "P", "PPL", "XX", 8.05, 8.05, 90_000, names=["Velmora"])]
    rows = {r.name: r for r in iso_only_rows(subs, outlines, towns)}
    assert set(rows) == {"Kessel Province", "Amra Borough"}
    kessel, amra = rows["Kessel Province"], rows["Amra Borough"]
    assert (kessel.fcode, kessel.lat, kessel.lon, kessel.precision) == ("ADM1", 3.0, 4.0, 3)
    assert "Kessel" in kessel.names
    assert "SNNP" in iso_only_rows(
        {9: Subdivision(9, "Southern Nations, Nationalities and Peoples", "", 0, [], 0, "ET-SN", 1)},
        {("ET", "southern nations nationalities and peoples"): (6.5, 36.7)},
        [],
    )[0].names[-1]  # the abbreviations of admin1_aliases.csv
    assert (amra.fcode, amra.admin1, amra.admin2, amra.precision) == (
        "ADM2",
        "Kessel Province",
        "Amra Borough",
        2,
    )


def test_a_county_is_also_its_name_with_co():
    from sitroom.geo.build import _admin_rows
    from sitroom.geo.sources import Subdivision

    subs = {
        1: Subdivision(1, "Kessel", "XX.01", 901, [], 0),
        2: Subdivision(2, "Amra County", "XX.01.1001", 1001, [], 1),
    }
    codes = {("XX", "01"): (1, "Kessel"), ("XX", "01.1001"): (2, "Amra County")}
    members = {("XX", "01"): [(1.0, 1.0)], ("XX", "01.1001"): [(1.0, 1.0)]}
    rows = {r.name: r for r in _admin_rows(subs, codes, members, SeatIndex([]))}
    assert "Amra Co." in rows["Amra County"].names and "Kessel Co." not in rows["Kessel"].names


def test_a_district_is_its_bare_name_when_no_town_or_other_unit_is():
    from sitroom.geo.build_names import bare_district_names

    def unit(gid, name, cc, names=(), fcode="ADM2"):
        return Row(gid, name, "A", fcode, cc, 1.0, 1.0, names=[name, *names])

    rows = [
        unit(1, "Kessel Zone", "XX", ["Kessel district"]),  # nothing else is "Kessel"
        unit(2, "Amra District", "XX"),  # the town of Amra is
        Row(3, "Amra", "P", "PPL", "XX", 1.0, 1.0, 900, names=["Amra"]),
        unit(4, "Tamrin District", "YY"),  # another country's district carries "Tamrin"
        unit(5, "Tamrinpur", "ZZ", ["Tamrin"]),
    ]
    assert bare_district_names(rows) == 1
    assert "Kessel" in rows[0].names and "Amra" not in rows[1].names
    assert "Tamrin" not in rows[3].names
