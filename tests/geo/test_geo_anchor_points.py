"""`ranker.nearest_km` keeps the article's anchors ready between names: an anchor added
since counts, and the distances are those measured afresh."""

from __future__ import annotations

from sitroom.geo.ranker import nearest_km
from sitroom.geodesy import haversine_km
from tests.geo.helpers import hit

GAO = hit("Gao", "Gao", 16.27, -0.04, cc="ML")
ANSONGO = hit("Ansongo", "Gao", 15.66, 0.50, cc="ML")
MENAKA = hit("Menaka", "Menaka", 15.92, 2.40, cc="ML")
BOUREM = hit("Bourem", "Gao", 16.95, -0.35, cc="ML")


def test_an_anchor_added_after_a_first_reading_counts():
    anchors = [MENAKA]
    far = nearest_km((GAO,), anchors)[0]
    anchors.append(BOUREM)  # the article resolves another place, nearer Gao
    near = nearest_km((GAO,), anchors)[0]
    assert near < far
    assert abs(near - haversine_km(GAO.lat, GAO.lon, BOUREM.lat, BOUREM.lon)) < 1e-6


def test_a_candidate_is_no_anchor_of_itself():
    anchors = [GAO, ANSONGO]
    assert nearest_km((GAO, ANSONGO), anchors) == nearest_km((GAO, ANSONGO), list(anchors))
    only_itself = nearest_km((GAO,), [GAO])
    assert only_itself == [None]


def test_another_article_with_as_many_anchors_is_measured_afresh():
    first = nearest_km((GAO,), [MENAKA])[0]
    second = nearest_km((GAO,), [BOUREM])[0]
    assert second < first
