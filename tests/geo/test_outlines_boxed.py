"""The province tests read the units' boxes from the boxes file and decode only the units
whose box holds the point: the answers are those of the whole country decoded."""

from __future__ import annotations

import random

import pytest

from sitroom.outline_box_writer import computed_boxes
from sitroom.outline_boxes import unit_boxes
from sitroom.outlines import (
    _holds,
    _inside,
    _iso_number_by_iso2,
    _topology,
    country_units,
    holding_province,
    in_province,
    one_province,
    same_name,
    unit_outline,
)


def _reference_in(iso: int, province: str, lat: float, lon: float) -> bool | None:
    units = [rings for name, rings in country_units(iso) if same_name(name, province)]
    return any(_inside(lon, lat, rings) for rings in units) if units else None


def _reference_holding(iso: int, lat: float, lon: float) -> str | None:
    return next((name for name, rings in country_units(iso) if name and _holds(rings, (lat, lon))), None)


def _reference_one(iso: int, a, b, province: str | None) -> bool:
    for name, rings in country_units(iso):
        if _holds(rings, a):
            if province is not None and not same_name(name, province):
                return False
            return _holds(rings, b)
    return False


def _points(iso: int, n: int, seed: int) -> list[tuple[float, float]]:
    """``n`` random (lat, lon) points over the country's units' boxes (a little beyond),
    plus the first vertex of each unit's first ring."""
    rng = random.Random(seed)
    boxes = [box for _, box in unit_boxes(iso)]
    west, south = min(b[0] for b in boxes) - 1, min(b[1] for b in boxes) - 1
    east, north = max(b[2] for b in boxes) + 1, max(b[3] for b in boxes) + 1
    points = [(rng.uniform(south, north), rng.uniform(west, east)) for _ in range(n)]
    for _, rings in country_units(iso):
        if rings and rings[0]:
            lon, lat = rings[0][0]
            points.append((lat, lon))
    return points


@pytest.mark.parametrize("cc", ["MM", "IQ", "FJ", "SS"])
def test_boxed_province_tests_answer_as_the_whole_country_decoded(cc):
    iso = _iso_number_by_iso2()[cc]
    names = [name for name, _ in country_units(iso)]
    assert names, "the test needs a vendored outline"
    points = _points(iso, 150, seed=len(cc) * 31 + iso)
    for k, (lat, lon) in enumerate(points):
        assert holding_province(cc, lat, lon) == _reference_holding(iso, lat, lon)
        for province in (names[k % len(names)], names[(k * 7 + 3) % len(names)], "Nowhere Land"):
            assert in_province(cc, province, lat, lon) == _reference_in(iso, province, lat, lon)
        other = points[(k * 13 + 5) % len(points)]
        for province in (None, names[k % len(names)]):
            assert one_province(iso, (lat, lon), other, province) == _reference_one(iso, (lat, lon), other, province)


def test_a_point_beside_a_province_is_refused_without_its_country_decoded():
    # a point in the Bay of Bengal far south of every Chin State outline: its box misses it
    _topology.cache_clear()
    unit_outline.cache_clear()
    in_province.cache_clear()
    assert in_province("MM", "Chin", 15.1, 94.2) is False
    assert in_province("MM", "Nowhere Land", 15.1, 94.2) is None
    assert _topology.cache_info().currsize == 0
    assert unit_outline.cache_info().currsize == 0


def test_the_boxes_file_names_the_countries_the_outlines_do():
    from_outlines = {iso for iso, _, _ in computed_boxes()}
    from_file = {iso for iso in range(1, 1000) if unit_boxes(iso)}
    assert from_file == from_outlines
