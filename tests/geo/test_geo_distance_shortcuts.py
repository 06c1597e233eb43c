"""Distances skipped by latitude alone and properties kept on a row: the same answers as
asking every distance and every property afresh."""

from __future__ import annotations

from dataclasses import replace

from sitroom.geo.gazetteer import Hit
from sitroom.geo.loose import _anchor_within
from sitroom.geo.once import once
from sitroom.geo.spatial import SPATIAL_KM, _supporters
from sitroom.geodesy import KM_PER_DEGREE, haversine_km
from tests.geo.helpers import hit


def test_an_anchor_due_north_just_inside_the_limit_is_within_it():
    town = hit("Ardley", "North", 10.0, 20.0)
    inside = hit("Bexmoor", "North", 10.0 + 299.5 / KM_PER_DEGREE, 20.0)
    assert haversine_km(10.0, 20.0, inside.lat, inside.lon) < 300
    assert _anchor_within(town, [inside], 300)


def test_an_anchor_due_north_just_past_the_limit_is_not():
    town = hit("Ardley", "North", 10.0, 20.0)
    outside = hit("Corvale", "North", 10.0 + 300.5 / KM_PER_DEGREE, 20.0)
    assert not _anchor_within(town, [outside], 300)


def test_an_anchor_close_in_latitude_but_far_east_is_not_within_the_limit():
    town = hit("Ardley", "North", 10.0, 20.0)
    east = hit("Dunmere", "North", 10.1, 25.0)  # some 550 km east
    assert not _anchor_within(town, [east], 300)


def test_a_town_due_south_just_inside_the_spatial_radius_supports_a_reading():
    reading = hit("Elmford", "Lakes", 5.0, 30.0)
    south = hit("Fenwick", "Hills", 5.0 - (SPATIAL_KM - 0.5) / KM_PER_DEGREE, 30.0)
    names, _, _ = _supporters(reading, [("fenwick", south, False)])
    assert names == {"fenwick"}


def test_a_town_due_south_just_past_the_spatial_radius_does_not():
    reading = hit("Elmford", "Lakes", 5.0, 30.0)
    south = hit("Fenwick", "Hills", 5.0 - (SPATIAL_KM + 0.5) / KM_PER_DEGREE, 30.0)
    names, _, spread = _supporters(reading, [("fenwick", south, False)])
    assert names == set() and spread == SPATIAL_KM


def test_a_rows_level_is_worked_out_once_and_kept():
    row = hit("Grantham", "Vale", 1.0, 2.0, fcode="ADM2")
    assert row.level == 2 and row.__dict__["level"] == 2
    assert not row.is_country and not row.is_open


def test_a_once_property_runs_its_function_on_the_first_read_only():
    class Row:
        calls = 0

        @once
        def size(self) -> int:
            Row.calls += 1
            return 7

    row = Row()
    assert (row.size, row.size, Row.calls) == (7, 7, 1)
    assert isinstance(Row.__dict__["size"], once)


def test_a_sea_row_is_open_and_a_copy_reads_its_own_fields():
    sea = Hit(1, "Inner Sea", "L", "SEA", "", "", "", "", 1.0, 2.0, 0, 1, "ne")
    assert sea.is_open and sea.level == 1
    assert not replace(sea, cc="XX").is_open
