"""scripts/wof_extract.py: which Who's On First records become rows of the table, on
made-up records (the tool reads a git clone; its filters are plain functions)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "wof_extract.py"
spec = importlib.util.spec_from_file_location("wof_extract", SCRIPT)
wof_extract = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wof_extract)


def rec(wid, name, placetype="locality", **extra):
    props = {
        "wof:id": wid, "wof:name": name, "wof:placetype": placetype, "wof:country": "ZZ",
        "mz:is_current": -1, "src:geom": "geonames", "geom:latitude": 10.0,
        "geom:longitude": 20.0, "wof:hierarchy": [{"region_id": 1, "county_id": 2}],
    }
    return {**props, **extra}


def region_and_county():
    return [
        rec(1, "Norrland", "region", **{"name:eng_x_preferred": ["Northland"], "src:geom": "meso"}),
        rec(2, "Dunmore", "county", **{"src:geom": "meso", "lbl:latitude": 10.5, "lbl:longitude": 20.5}),
    ]


def test_a_current_village_becomes_a_row_with_its_units_source_and_licence():
    (row,) = [r for r in wof_extract.rows([*region_and_county(), rec(3, "Qarvelo")], set())
              if r[5] == "village"]
    assert row[:6] == ["Qarvelo", "", "ZZ", "Northland", "Dunmore", "village"]
    assert row[9:] == ["GeoNames via Who's On First", "CC BY 4.0"]


def test_a_district_takes_its_label_point_and_a_village_its_own():
    out = wof_extract.rows([*region_and_county(), rec(3, "Qarvelo")], set())
    assert [(r[5], r[6], r[7]) for r in out] == [
        ("admin2", "10.5000", "20.5000"), ("village", "10.0000", "20.0000")
    ]


def test_retired_unsourced_and_packaged_records_are_left_out():
    records = [
        *region_and_county(),
        rec(3, "Oldtown", **{"mz:is_current": 0}),
        rec(4, "Splitville", **{"wof:superseded_by": [9]}),
        rec(5, "Gonebury", **{"edtf:deprecated": "2017-02-06"}),
        rec(6, "Nowhere", **{"src:geom": "unknown"}),
        rec(7, "Bigtown", **{"wof:concordances": {"gn:id": 4242}}),
        rec(8, "Keepsby", **{"wof:concordances": {"gn:id": 4343}}),
    ]
    out = wof_extract.rows(records, known={4242})
    assert [r[0] for r in out if r[5] == "village"] == ["Keepsby"]
    assert [r[8] for r in out if r[0] == "Keepsby"] == ["4343"]


def test_aliases_are_latin_preferred_names_that_fold_to_new_ascii():
    names = {
        "name:eng_x_preferred": ["Qarvelo Ulya"],
        "name:fra_x_preferred": ["Qarvélo", "Karvelo"],  # the first folds to the name
        "name:rus_x_preferred": ["Карвело"],  # not Latin
        "name:aze_x_preferred": ["Qərvelo"],  # letters with no ASCII fold
        "name:deu_x_preferred": ["QARVELO NORD"],  # upper-case copy
    }
    assert wof_extract.names(rec(3, "Qarvelo", **names)) == ["Qarvelo", "Qarvelo Ulya", "Karvelo"]
