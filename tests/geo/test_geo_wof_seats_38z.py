"""Admin2 units no town is linked to and no district record places, put at their seat
(stop 38, `build_wof.seat_rows`): the packaged town or the Who's On First table's village of
the unit's base name in its province, a base name behind a leading kind word ("Daira de X",
"Markaz X": the [seat] words of `admin_unit_words.txt`), or a seat named otherwise in
`unit_names.csv` (`build_areas.rename_units`). Hand-made rows."""

from __future__ import annotations

from sitroom.geo.build_areas import rename_units
from sitroom.geo.build_names import base_name
from sitroom.geo.build_wof import unplaced_admin2, wof_rows
from sitroom.geo.sources import Subdivision
from tests.geo.test_geo_wof import places, record

CODES = {("ZZ", "01"): (40, "Northland"), ("ZZ", "02"): (41, "Southland")}


def _missing(*units: tuple[int, str, str], seat: str = ""):
    """``units``: (line, name, province code) of admin2 units no row places."""
    subs = {
        line: Subdivision(line, name, f"ZZ.{a1}.{line}", 7000 + line, [], 0, seat=seat)
        for line, name, a1 in units
    }
    codes = {**CODES, **{("ZZ", f"{a1}.{line}"): (line, name) for line, name, a1 in units}}
    return unplaced_admin2(subs, codes, places())


def test_an_unplaced_district_takes_the_point_of_its_seat_village_in_its_province():
    missing = _missing((60, "Tolvera District", "01"))
    rows = wof_rows([record("Tolvera", lat=10.3, lon=20.4, gid="888")], places(), missing)
    unit = next(r for r in rows if r.fcode == "ADM2")
    assert (unit.id, unit.name, unit.admin1, unit.precision) == (7060, "Tolvera District", "Northland", 2)
    assert (unit.lat, unit.lon) == (10.3, 20.4)
    assert unit.source.startswith("seat: Tolvera, wof: made up")
    assert any(r.fcode == "PPL" and r.name == "Tolvera" for r in rows)  # the village stays


def test_a_village_of_the_name_in_another_province_is_no_seat():
    missing = _missing((60, "Tolvera District", "02"))  # the unit is Southland's
    rows = wof_rows([record("Tolvera", lat=10.3, lon=20.4)], places(), missing)
    assert not [r for r in rows if r.fcode == "ADM2"]


def test_namesake_villages_far_apart_leave_the_seat_unknown():
    missing = _missing((60, "Tolvera District", "01"))
    twins = [record("Tolvera", lat=10.3, lon=20.4), record("Tolvera", lat=10.9, lon=20.9)]
    assert not [r for r in wof_rows(twins, places(), missing) if r.fcode == "ADM2"]


def test_a_leading_kind_word_comes_off_the_unit_name_to_find_the_seat():
    for name in ("Daïra de Tolvera", "Markaz Tolvera", "Shahrestān-e Tolvera", "Caza du Tolvera",
                 "Tolvera Special Woreda"):
        assert base_name(name, seat=True) == "Tolvera"
        assert base_name(name) != "Tolvera"  # other uses of base names are as they were
    missing = _missing((61, "Daïra de Tolvera", "01"))
    rows = wof_rows([record("Tolvera", lat=10.3, lon=20.4)], places(), missing)
    assert [r.name for r in rows if r.fcode == "ADM2"] == ["Daira de Tolvera"]


def test_a_packaged_town_is_a_seat_and_a_curated_seat_name_finds_it():
    missing = _missing((62, "Markaz Marrowford", "01"))
    (unit,) = [r for r in wof_rows([], places(), missing) if r.fcode == "ADM2"]
    assert (unit.lat, unit.lon, unit.source) == (10.1, 20.1, "seat: Marrowford, test")
    missing = _missing((63, "Upper Vale", "01"), seat="Marrowford")
    (unit,) = [r for r in wof_rows([], places(), missing) if r.fcode == "ADM2"]
    assert (unit.name, unit.lat) == ("Upper Vale", 10.1)


def test_a_district_record_places_a_unit_before_its_seat_does():
    missing = _missing((62, "Markaz Marrowford", "01"))
    record_point = {**record("Marrowford District", kind="admin2", lat=10.6, lon=20.6),
                    "aliases": "Markaz Marrowford"}
    rows = wof_rows([record_point], places(), missing)
    assert [(r.id, r.lat) for r in rows if r.fcode == "ADM2"] == [(7062, 10.6)]


def test_the_names_table_can_give_a_unit_its_seat(tmp_path):
    table = tmp_path / "names.csv"
    table.write_text("geonameid,name,aliases,source,seat\n501,Upper Vale,Upper Vale Zone,a test,Kestrel\n")
    subs = {1: Subdivision(1, "Upper Vale", "XX.01.501", 501, [], 0, "", 2)}
    assert rename_units(subs, table) == 1
    assert (subs[1].seat, subs[1].aliases) == ("Kestrel", ["Upper Vale Zone"])


def test_a_district_the_table_adds_under_the_seats_name_is_the_unit_and_keeps_its_point():
    missing = _missing((62, "Markaz Marrowford", "01"))
    rows = wof_rows([record("Marrowford District", kind="admin2", lat=10.6, lon=20.6)], places(), missing)
    (unit,) = [r for r in rows if r.fcode == "ADM2"]
    assert (unit.name, unit.lat) == ("Marrowford District", 10.6)
    assert "Markaz Marrowford" in unit.names
