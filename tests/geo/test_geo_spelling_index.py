"""The build's index of each province's towns by their run-together spelling's skeleton
(`sitroom.geo.build_spellings`) holds what `spelt_inside` read by folding every town of
the province itself, in the same order (capital first, most populous first, then by id:
equally alike towns are weighed in it); a GeoNames import files its towns in it too, and a
file built without it is still read, the old way."""

from __future__ import annotations

import sqlite3

import pytest

from sitroom.geo.build import Row, write_db
from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.geonames import import_geonames
from sitroom.geo.normalize import skeleton
from sitroom.geo.spelt_inside import _province, folded, spelt_inside

#: Invented towns of one province, four of them with the skeleton t-l-b-r.
TOWNS = [
    (101, "Tell Barrah", "PPL", 500, 35.10, 36.10),
    (102, "Tal Barra", "PPL", 2_000, 35.11, 36.11),
    (103, "Talbara", "PPL", 2_000, 35.12, 36.12),  # as populous as Tal Barra: by id after it
    (104, "Tilbarah", "PPLA", 100, 35.13, 36.13),  # the province's seat: first
    (105, "Marrow Hill", "PPL", 900, 35.20, 36.20),
]


def _row(place, name, fcode, population, lat, lon, admin1="Northvale"):
    return Row(place, name, "P", fcode, "SY", lat, lon, population, admin1, "", "", 1, "t", [name])


@pytest.fixture
def gaz_path(tmp_path):
    path = tmp_path / "g.sqlite"
    rows = [_row(*town) for town in TOWNS]
    rows.append(_row(106, "Tilbarah", "PPL", 300, 33.0, 38.0, admin1="Southmark"))  # another province
    rows.append(Row(900, "Northvale", "A", "ADM1", "SY", 35.1, 36.1, 0, "Northvale", "", "", 3, "t", ["Northvale"]))
    write_db(path, rows, {}, {}, {"test": "1"})
    return path


def _same_as_folded(gaz: Gazetteer, cc: str, admin1: str) -> None:
    """Every skeleton's towns as `spelt_inside` folded them from the province's rows."""
    by_skeleton = _province.__wrapped__(gaz, cc, admin1)
    assert by_skeleton
    for skel, towns in by_skeleton.items():
        assert gaz.towns_spelt(cc, admin1, skel) == towns


def test_index_holds_the_folded_towns_in_the_province_order(gaz_path):
    gaz = Gazetteer(gaz_path)
    skel = skeleton(folded("Tal Barra"))
    assert {skeleton(folded(t[1])) for t in TOWNS[:4]} == {skel}
    got = gaz.towns_spelt("SY", "Northvale", skel)
    assert [row[0] for _, row in got] == [104, 102, 103, 101]
    assert [key for key, _ in got] == [folded(row[1]) for _, row in got]
    _same_as_folded(gaz, "SY", "Northvale")
    assert gaz.towns_spelt("SY", "Nowhere", skel) == []


def test_a_geonames_import_files_its_towns_among_the_province(gaz_path, tmp_path):
    dump = tmp_path / "SY.txt"
    fields = ["107", "Tel Barah", "Tel Barah", "", "35.14", "36.14", "P", "PPL", "SY", "", "01", "", "", "",
              "1000", "", "", "", ""]
    dump.write_text("\t".join(fields) + "\n", encoding="utf-8")
    con = sqlite3.connect(gaz_path)
    con.execute("INSERT INTO admin VALUES ('SY', '01', 1, 'Northvale', NULL)")
    con.commit()
    con.close()
    import_geonames(dump, gaz_path, quiet=True)
    gaz = Gazetteer(gaz_path)
    got = gaz.towns_spelt("SY", "Northvale", skeleton(folded("Tal Barra")))
    assert [row[0] for _, row in got] == [104, 102, 103, 107, 101]
    _same_as_folded(gaz, "SY", "Northvale")


def test_a_file_built_without_the_index_is_read_the_old_way(gaz_path):
    indexed = Gazetteer(gaz_path)
    province = indexed.lookup("Northvale")[0]
    mention = Mention("Tolbarah", 0, 8)
    want = spelt_inside(mention, "Tolbarah", province, indexed)
    assert [h.id for h in want] == [102]  # of the equally alike talbara towns, the first most populous
    con = sqlite3.connect(gaz_path)
    con.execute("DROP TABLE spelling")
    con.commit()
    con.close()
    old = Gazetteer(gaz_path)
    assert old.towns_spelt("SY", "Northvale", skeleton(folded("Tal Barra"))) is None
    assert spelt_inside(mention, "Tolbarah", province, old) == want
