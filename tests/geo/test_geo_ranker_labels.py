"""Training labels of the candidate ranker (`sitroom.eval.geo_ranker`): which candidates of
a gold toponym count as right, wrong, or neither; on made-up candidates."""

from __future__ import annotations

from sitroom.eval.geo_ranker import _label, _pairs
from sitroom.geo.gazetteer import Hit


def _hit(pid: int, lat: float, lon: float) -> Hit:
    return Hit(pid, f"P{pid}", "P", "PPL", "XX", "", "", "", lat, lon, 1000, 1, "test", True)


def test_a_second_reading_inside_the_radius_is_neither_right_nor_wrong():
    hits = (_hit(1, 10.0, 10.0), _hit(2, 10.5, 10.0), _hit(3, 30.0, 30.0))
    rows = [[1.0], [2.0], [3.0]]
    labels = [e[1] for e in _label((None, hits, rows), 10.0, 10.0, 161.0, 7)]
    assert labels == [1, -1, 0]  # the town 55 km off is no mistake to learn from


def test_pairs_only_set_the_right_reading_against_wrong_ones():
    import numpy as np

    x = np.asarray([[1.0], [2.0], [3.0]])
    px, py = _pairs(x, np.asarray([1, -1, 0]), np.asarray([7, 7, 7]))
    assert px.tolist() == [[-2.0], [2.0]] and py.tolist() == [1.0, 0.0]


def test_no_candidate_near_the_gold_point_gives_no_examples():
    hits = (_hit(1, 10.0, 10.0), _hit(2, 30.0, 30.0))
    assert _label((None, hits, [[1.0], [2.0]]), -40.0, -40.0, 161.0, 1) == []


def test_a_province_the_resolver_trades_for_its_seat_town_is_no_mistake():
    from sitroom.geo.context import Mention

    from .helpers import hit

    town = hit("Korvaly", "Korvaly", 10.0, 10.0, fcode="PPLA", pop=90_000)
    province = hit("Korvaly", "Korvaly", 10.9, 10.0, fcode="ADM1", pop=0)  # 100 km off
    far = hit("Korvaly", "Ostra", 30.0, 30.0)
    record = (Mention("Korvaly", 0, 7), (town, province, far), [[1.0], [2.0], [3.0]])
    labels = [e[1] for e in _label(record, 10.0, 10.0, 25.0, 1)]
    assert labels == [1, -1, 0]  # the province reads as the town: right, though not the row
