"""Named physical features from Natural Earth (`sitroom.geo.build_physical`, the table that
`scripts/ne_extract.py` writes): which become gazetteer rows, in which country, under which
names; on made-up rows and features."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sitroom.geo.build_db import Row, row_keys
from sitroom.geo.build_physical import (
    PHYSICAL_ID_BASE,
    physical_rows,
    read_physical,
    read_words,
    written_out,
)

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "ne_extract.py"
spec = importlib.util.spec_from_file_location("ne_extract", SCRIPT)
ne_extract = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ne_extract)


def town(gid, name, lat, lon, cc="ZZ", fclass="P", fcode="PPL"):
    return Row(gid, name, fclass, fcode, cc, lat, lon, 2_000, "Upper March", "Fenn District",
               "", 1, "test", [name])


def feature(name, lat, lon, kind="region", aliases="", precision="3"):
    return {"name": name, "aliases": aliases, "feature": "river", "kind": kind,
            "latitude": str(lat), "longitude": str(lon), "geo_precision": precision,
            "source": "Natural Earth 10m test layer", "licence": "Public domain"}


PACKAGED = [
    town(1, "Harrowgate", 10.0, 20.0),
    town(2, "Quillon", 30.0, 40.0, cc="YY"),
    town(3, "Marrow Isle", 12.0, 22.0),
]


def test_a_river_near_a_town_is_in_its_country_and_province_and_found_by_exact_names_only():
    (row,) = physical_rows([feature("Tessel River", 10.1, 20.1, aliases="River Tessel")], PACKAGED)
    assert (row.id, row.name, row.fclass, row.fcode, row.cc) == (
        PHYSICAL_ID_BASE + 1, "Tessel River", "L", "REGION", "ZZ")
    assert (row.admin1, row.admin2, row.precision) == ("Upper March", "Fenn District", 3)
    assert row.source == "Natural Earth 10m test layer (Public domain)"
    keys, skeletons = row_keys(row)
    assert keys == {"tessel river", "river tessel"} and not skeletons


def test_a_feature_far_from_any_town_belongs_to_no_country():
    (row,) = physical_rows([feature("Lake Ombry", -5.0, 60.0, kind="sea")], PACKAGED)
    assert (row.cc, row.fclass, row.fcode, row.admin1) == ("", "L", "SEA", "")


def test_a_peak_or_park_is_an_area():
    (row,) = physical_rows([feature("Mount Vell", 10.2, 20.2, kind="area", precision="2")],
                           PACKAGED)
    assert (row.fclass, row.fcode, row.precision) == ("S", "AREA", 2)


def test_a_feature_whose_name_a_nearby_place_has_is_that_place():
    assert physical_rows([feature("Marrow Isle", 12.3, 22.1)], PACKAGED) == []


def test_a_town_far_away_keeps_its_name_from_a_feature():
    """A hamlet named Quillon elsewhere: the island keeps only its other name."""
    (row,) = physical_rows([feature("Quillon", 0.0, 0.0, aliases="Quillon Island")], PACKAGED)
    assert row.names == ["Quillon Island"]
    assert physical_rows([feature("Quillon", 0.0, 0.0)], PACKAGED) == []


def test_the_shipped_table_names_its_source_and_licence_on_every_row():
    rows = read_physical()
    assert len(rows) > 5_000
    assert all(r["source"].startswith("Natural Earth 10m ") for r in rows)
    assert {r["licence"] for r in rows} == {"Public domain"}
    assert {r["kind"] for r in rows} <= {"region", "sea", "area"}


def test_a_river_ends_where_its_last_segment_flows_into_no_other():
    upper = [(5.0, 1.0), (4.0, 1.5), (3.0, 2.0)]
    lower = [(3.01, 2.01), (2.0, 2.5), (1.0, 3.0)]
    branch = [(4.5, 0.0), (4.2, 0.2)]  # a short stretch cut off by a lake
    assert ne_extract.mouth([upper, branch, lower]) == (1.0, 3.0)


def test_a_river_is_named_with_its_generic_word_and_a_peak_also_as_mount():
    assert ne_extract.title("ATLAS OF THE NORTH") == "Atlas of the North"
    assert ne_extract.peak_names("Mt. Corran") == ["Mt. Corran", "Mount Corran", "Mt Corran"]
    rows = [{"name": "Lake Aun", "aliases": "Twin Lakes"}, {"name": "Lake Bel", "aliases": "Twin Lakes"},
            {"name": "Lake Cor", "aliases": "Cormere"}]
    ne_extract.drop_group_names(rows)
    assert [r["aliases"] for r in rows] == ["", "", "Cormere"]


def test_abbreviated_generic_words_are_written_out():
    words = read_words()
    assert written_out("Fennick Mts.", words) == "Fennick Mountains"
    assert written_out("Quorra Pen.", words) == "Quorra Peninsula"
    assert written_out("Tessel I.", words) == "Tessel Island"
    assert written_out("Pt. Marrow", words) == "Point Marrow"
    assert written_out("Ada I. Moss Lake", words) == "Ada I. Moss Lake"  # a person's initial


def test_a_park_unit_code_before_the_designation_it_abbreviates_is_dropped():
    words = read_words()
    assert written_out("Quill Creek NHS National Historic Site", words) == (
        "Quill Creek National Historic Site"
    )
    assert written_out("Fenn Valley N MEM National Memorial", words) == (
        "Fenn Valley National Memorial"
    )
    assert written_out("Harry S Quill NHS National Historic Site", words) == (
        "Harry S Quill National Historic Site"  # the initial abbreviates nothing after it
    )
    assert written_out("Tessel NP East National Park", words) == "Tessel NP East National Park"


def test_a_feature_is_named_written_out_and_keeps_its_table_name():
    (row,) = physical_rows([feature("Fennick Mts.", 10.2, 20.2)], PACKAGED)
    assert row.name == "Fennick Mountains"
    assert {"Fennick Mountains", "Fennick Mts."} <= set(row.names)


def test_a_unit_code_skips_the_joining_words_of_its_designation():
    words = read_words()
    assert written_out("Marrow Bluff NMP National Monument and Preserve", words) == (
        "Marrow Bluff National Monument and Preserve"
    )
    assert written_out("Tessel and Quill", words) == "Tessel and Quill"  # no code: unchanged
