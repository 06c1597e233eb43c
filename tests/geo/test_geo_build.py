"""Gazetteer building blocks on small hand-made data, and checks of the shipped data files."""

from __future__ import annotations

import csv
import math
import zipfile

import pytest

from sitroom.geo.build import (
    DATA,
    Row,
    read_regions,
    read_supplement,
    write_db,
)
from sitroom.geo.gazetteer import Gazetteer, km
from sitroom.geo.geonames import import_geonames

ACLED_REGIONS = {
    "Middle East",
    "Northern Africa",
    "Western Africa",
    "Middle Africa",
    "Eastern Africa",
    "Southern Africa",
    "Southern Asia",
    "South-Eastern Asia",
    "East Asia",
    "Caucasus and Central Asia",
    "Europe",
    "North America",
    "Central America",
    "South America",
    "Caribbean",
    "Oceania",
    "Antarctica",
}


def _geonames_line(gid, name, alt, lat, lon, fclass, fcode, cc, a1, a2="", pop=0):
    cols = [
        str(gid),
        name,
        name,
        ",".join(alt),
        str(lat),
        str(lon),
        fclass,
        fcode,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        str(pop),
        "",
        "",
        "Asia/Baghdad",
        "2024-01-01",
    ]
    assert len(cols) == 19
    return "\t".join(cols) + "\n"


@pytest.fixture
def tiny(tmp_path):
    """A two-country gazetteer written with the real writer."""
    path = tmp_path / "g.sqlite"
    rows = [
        Row(
            99237,
            "Iraq",
            "A",
            "PCLI",
            "IQ",
            33.0,
            44.0,
            40_000_000,
            precision=3,
            source="t",
            names=["Iraq"],
        ),
        Row(
            163843,
            "Syria",
            "A",
            "PCLI",
            "SY",
            35.0,
            38.0,
            20_000_000,
            precision=3,
            source="t",
            names=["Syria"],
        ),
    ]
    countries = {
        "IQ": {
            "cc": "IQ",
            "iso3": "IRQ",
            "isonum": 368,
            "name": "Iraq",
            "region": "Middle East",
            "place": 99237,
        },
        "SY": {
            "cc": "SY",
            "iso3": "SYR",
            "isonum": 760,
            "name": "Syria",
            "region": "Middle East",
            "place": 163843,
        },
    }
    write_db(path, rows, countries, {("IQ", "15"): (0, "Ninewa")}, {"test": "1"})
    return path


def test_import_geonames_text_file(tiny, tmp_path):
    dump = tmp_path / "IQ.txt"
    dump.write_text(
        _geonames_line(
            1,
            "Tall Kayf",
            ["Tel Keppe", "Tel Kaif"],
            36.49,
            43.12,
            "P",
            "PPL",
            "IQ",
            "15",
            "777",
            20000,
        )
        + _geonames_line(777, "Tall Kayf District", [], 36.5, 43.1, "A", "ADM2", "IQ", "15", "777")
        + "not a geonames line\n",
        encoding="utf-8",
    )
    assert import_geonames(dump, tiny, quiet=True) == 2
    gaz = Gazetteer(tiny)
    hits = gaz.lookup("Tel Kaif")
    assert [h.name for h in hits] == ["Tall Kayf"]
    town = hits[0]
    assert (town.cc, town.admin1, town.admin2, town.fcode) == (
        "IQ",
        "Ninewa",
        "Tall Kayf District",
        "PPL",
    )
    place = gaz.to_place(town)
    assert (place.country, place.iso, place.region, place.geo_precision) == (
        "Iraq",
        368,
        "Middle East",
        1,
    )


def test_import_geonames_zip_replaces_rows_by_id(tiny, tmp_path):
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(
            "SY.txt",
            _geonames_line(
                5,
                "Ras al Ayn",
                ["Ras al-Ain", "Serekaniye"],
                36.85,
                40.07,
                "P",
                "PPL",
                "SY",
                "01",
                pop=30000,
            ),
        )
        zf.writestr("readme.txt", "GeoNames readme")
    assert import_geonames(archive, tiny, quiet=True) == 1
    # a corrected coordinate for the same GeoNames id replaces the row
    fix = tmp_path / "fix.txt"
    fix.write_text(
        _geonames_line(5, "Ras al Ayn", [], 36.86, 40.08, "P", "PPL", "SY", "01"), encoding="utf-8"
    )
    import_geonames(fix, tiny, quiet=True)
    hits = Gazetteer(tiny).lookup("Serekaniye")
    assert len(hits) == 1 and hits[0].lat == pytest.approx(36.86)


def test_regions_file_covers_countries_with_acled_names():
    rows = read_regions()
    assert len(rows) > 240
    assert {r["acled_region"] for r in rows} <= ACLED_REGIONS
    by_cc = {r["iso2"]: r for r in rows}
    assert by_cc["IQ"]["iso_numeric"] == "368" and by_cc["IQ"]["acled_region"] == "Middle East"
    assert by_cc["ML"]["acled_region"] == "Western Africa"
    assert by_cc["UA"]["acled_region"] == "Europe"
    assert by_cc["SD"]["acled_region"] == "Northern Africa"
    numerics = [r["iso_numeric"] for r in rows if r["iso_numeric"] not in ("", "0")]
    assert len(numerics) == len(set(numerics))


def test_supplement_rows_are_sourced_and_valid():
    rows = read_supplement()
    assert len(rows) >= 100
    countries = {r["iso2"] for r in read_regions()}
    for r in rows:
        assert r["source"].strip(), r["name"]
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
        assert r["geo_precision"] in ("1", "2", "3")
        assert not r["country"] or r["country"] in countries, r["name"]


@pytest.mark.slow
def test_supplement_sites_lie_in_their_country(gaz):
    """Each curated site has a town of its own country within 200 km, or is a border site with
    a town across the border within 40 km (catches swapped or mistyped coordinates)."""
    towns_by_cell: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    for cc, lat, lon in gaz._con().execute("SELECT cc, lat, lon FROM place WHERE fclass = 'P'"):
        towns_by_cell.setdefault((math.floor(lat), math.floor(lon)), []).append((cc, lat, lon))
    for r in read_supplement():
        if not r["country"] or r["kind"] in ("region", "sea"):
            continue
        lat, lon = float(r["latitude"]), float(r["longitude"])
        near = [
            town
            for cell_lat in range(math.floor(lat - 1.5), math.floor(lat + 1.5) + 1)
            for cell_lon in range(math.floor(lon - 2.0), math.floor(lon + 2.0) + 1)
            for town in towns_by_cell.get((cell_lat, cell_lon), ())
            if abs(town[1] - lat) <= 1.5 and abs(town[2] - lon) <= 2.0
        ]
        assert any(km(lat, lon, a, b) < (200 if cc == r["country"] else 40) for cc, a, b in near), (
            r["name"]
        )


def test_admin1_alias_files_parse():
    with open(DATA / "acled_admin1.csv", newline="", encoding="utf-8") as fh:
        acled = list(csv.DictReader(fh))
    assert any(r["acled_admin1"] == "Ninewa" for r in acled)
    with open(DATA / "admin1_aliases.csv", newline="", encoding="utf-8") as fh:
        assert any(r["alias"] == "W.Va." for r in csv.DictReader(fh))


def test_names_run_together_or_split_find_each_other(tiny, tmp_path):
    """'Tal Kayf' is found as 'Talkayf', 'Qaraqosh' as 'Qara Qosh' (and 'Qara Qush'); the import path
    indexes run-together keys too; short keys are never run together."""
    dump = tmp_path / "IQ.txt"
    dump.write_text(
        _geonames_line(9001, "Tal Kayf", [], 36.49, 43.12, "P", "PPL", "IQ", "15", pop=20000)
        + _geonames_line(9002, "Qaraqosh", ["Bakh Dida"], 36.27, 43.38, "P", "PPL", "IQ", "15")
        + _geonames_line(9003, "Al Ba", [], 36.0, 43.0, "P", "PPL", "IQ", "15"),
        encoding="utf-8",
    )
    import_geonames(dump, tiny, quiet=True)
    gaz = Gazetteer(tiny)
    assert [h.id for h in gaz.lookup("Talkayf")] == [9001]
    assert [h.id for h in gaz.lookup("Tall Kayf")] == [9001]  # the ordinary key still wins
    assert [h.id for h in gaz.lookup("Bakhdida")] == [9002]
    assert [h.id for h in gaz.lookup("Qara Qosh")] == [9002]  # a one-word name split in two
    assert not gaz.lookup("Alba")  # "al ba" keys as "ba": nothing to run together
    assert 9002 in {h.id for h in gaz.variants("Qara Qush")}  # split and spelt otherwise


def test_country_points_are_sourced_and_used(gaz):
    """Every reference point names its source; the built gazetteer puts countries there."""
    with open(DATA / "country_points.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 150 and len({r["iso2"] for r in rows}) == len(rows)
    for r in rows:
        assert r["source"].strip() and len(r["iso2"]) == 2
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
    points = {r["iso2"]: (float(r["latitude"]), float(r["longitude"])) for r in rows}
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    for cc in ("CA", "JP", "IQ"):
        hit = gaz.country_places[cc]
        assert km(hit.lat, hit.lon, *points[cc]) < 1


def test_every_builder_module_marks_a_built_file_stale():
    """A build written by older builder code is stale: every build*.py module feeds the digest."""
    from pathlib import Path

    import sitroom.geo.build as build

    here = Path(build.__file__).parent
    builders = {p.name for p in here.glob("build*.py")}
    assert builders <= set(build.BUILDER_MODULES)
    assert {"normalize.py", "sources.py"} <= set(build.BUILDER_MODULES)


def test_the_language_packs_kind_words_mark_a_built_file_stale(monkeypatch, tmp_path):
    """`build_wof` splits kind words off names with the default pack's list, `build_names`
    writes demonyms' plurals by its endings: an edited list changes the digest, as an
    edited data file does."""
    import sitroom.geo.build as build

    assert {"geo/kinds.yaml", "geo/demonyms.yaml"} <= set(build.PACK_FILES)

    class Pack:
        def path(self, name):
            return tmp_path / name

    (tmp_path / "geo").mkdir()
    for name in build.PACK_FILES:
        (tmp_path / name).write_text("version: 1\n")
    monkeypatch.setattr(build, "default_pack", lambda: Pack())
    for name in build.PACK_FILES:
        first = build.input_digest()
        (tmp_path / name).write_text("version: 1\nwords: [hamlet]\n")
        assert build.input_digest() != first, name
