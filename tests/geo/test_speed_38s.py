"""Speed-only memos and conversions of the geo stage (stop 38) answer as the code they
stand in for: `containment.outside` remembered per pair of records, the ranker's rows made
a matrix from one flat iterator."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np

from sitroom.geo import containment
from sitroom.geo.containment import _outside, outside
from sitroom.geo.ranker import FEATURES, _matrix, default_ranker
from tests.geo.helpers import hit

_PLACES = [
    hit("Ostrel", "South Vale", 10.3, 10.0),
    hit("Ostrel", "North Vale", 11.2, 10.0),
    hit("Ostrel Town", "South Vale", 12.0, 10.0, pop=60_000),
    hit("North Vale", "North Vale", 10.0, 10.0, "ADM1"),
    hit("South Vale", "South Vale", 11.0, 10.0, "ADM1"),
    hit("Brannock", "North Vale", 10.1, 10.1, "ADM2"),
    hit("Kelder", "North Vale", 10.05, 10.05, "PPLA"),
    hit("Kelder", "North Vale", 10.05, 10.05, "PPLA", cc="YY"),
    hit("Tarnvale", "", 9.0, 9.0, "PCLI"),
]


def test_the_remembered_answer_is_the_worked_out_one_for_every_pair():
    for place, container in itertools.product(_PLACES, repeat=2):
        first = outside(place, container)
        assert first == _outside(place, container)
        assert outside(place, container) == first  # (now read from the memo)


def test_an_equal_record_made_again_is_judged_afresh_and_alike():
    place, container = _PLACES[0], _PLACES[3]
    before = outside(place, container)
    again = replace(place)  # equal, another object: its own entry
    assert again is not place and outside(again, container) == before
    moved = replace(place, lat=13.0)  # a record of other fields is never answered from another's entry
    assert outside(moved, container) == _outside(moved, container)


def test_the_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(containment, "_OUTSIDE_MAX", 4)
    containment._OUTSIDE.clear()
    for place, container in itertools.product(_PLACES, repeat=2):
        assert outside(place, container) == _outside(place, container)
        assert len(containment._OUTSIDE) <= 4


def test_the_rows_matrix_is_numpys_own_conversion():
    rows = [[0.1 * i + j for i in range(len(FEATURES))] for j in range(5)]
    rows[2][3], rows[4][0] = 7, True  # (an int and a bool converted as numpy converts them)
    made, numpys = _matrix(rows), np.asarray(rows, dtype=float)
    assert made.shape == numpys.shape and made.flags.c_contiguous
    assert made.tobytes() == numpys.tobytes()
    assert _matrix([]).shape == np.asarray([], dtype=float).shape


def test_the_ranker_scores_rows_as_before():
    ranker = default_ranker()
    if ranker is None:
        return
    rows = [[(i * 7 + j * 3) % 11 / 3.0 for i in range(len(FEATURES))] for j in range(6)]
    x = (np.asarray(rows, dtype=float) - ranker.mean) / ranker.scale
    assert (ranker.scores(rows) == x @ ranker.coef + ranker.intercept).all()


def test_support_counts_read_each_reading_as_of_does(gaz):
    """`Support.counts` of a pool (the rest of the pool read from `of`'s cache) gives each
    reading `of`'s counts, whichever is asked first."""
    from sitroom.geo.support import Support

    names = ["Springfield", "Sangamon County", "Illinois", "Greene County", "Ohio", "Clark County"]
    pool = tuple(gaz.lookup("Springfield"))
    assert len(pool) > 3
    first = Support(names, gaz).counts(pool, "Springfield")
    fresh = Support(names, gaz)
    each = [fresh.of(h, pool, "Springfield") for h in pool]
    assert [row[:3] for row in first] == each
    half = Support(names, gaz)
    half.of(pool[-1], pool, "Springfield")  # (one reading asked first: the rest from the cache)
    assert half.counts(pool, "Springfield") == first
    again = Support(names, gaz)
    assert again.counts(pool[:2], "Springfield") == first[:2]  # (another pool of the name)
    assert again.counts(pool, "Springfield") == first


def test_an_acronym_is_told_alike_when_asked_again():
    from sitroom.geo.forms import _is_acronym

    for text in ("EU", "Eu", "U.N.", "NATO", "Ostrel", "USA", "Qatar", "AB-C", "É"):
        assert _is_acronym(text) == _is_acronym.__wrapped__(text)
