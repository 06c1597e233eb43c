"""A lead toll told over an area ('across X', 'throughout X') that sums the strikes the
report tells next at their own places: no record keeps the sum beside its parts. A lead
whose parts are not told, or told at a place of its own, keeps its toll."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

_SUMS = [
    ("Israeli strikes killed 20 people across the Gaza Strip on Monday, medics said. A strike on a "
     "school in Deir al-Balah killed 11, and a strike on a house in Rafah killed nine.", [11, 9]),
    ("Israeli air strikes killed 25 people across the Gaza Strip on Monday, health officials said. A "
     "strike on a house in Jabalia killed nine people, and another strike on a tent camp in Khan "
     "Younis killed 16, medics said.", [9, 16]),
    ("Russian missiles and drones killed 14 civilians throughout Kharkiv region on Sunday, the "
     "governor said. In Izium, a missile hit an apartment block, killing eight people. In "
     "Balakliia, a drone killed six people at a bus stop.", [8, 6]),
]


@pytest.mark.parametrize("text,tolls", _SUMS)
def test_an_area_sum_is_not_a_record(pipeline, text, tolls):
    records = event_records(pipeline, text, "2025-03-04")
    assert sorted(e.fatalities for e in records) == sorted(tolls), [
        (e.location, e.fatalities) for e in records]


@pytest.mark.parametrize("text,tolls", [
    ("Israeli strikes killed 20 people across the Gaza Strip on Monday, medics said. The army said "
     "it had targeted militants.", [20]),
    ("Israeli air strikes killed 25 people in Jabalia on Monday, medics said. A strike on a house "
     "in Gaza City killed nine people.", [25, 9]),
])
def test_a_lead_whose_parts_are_not_told_keeps_its_toll(pipeline, text, tolls):
    records = event_records(pipeline, text, "2025-03-04")
    assert sorted(e.fatalities for e in records) == sorted(tolls), [
        (e.location, e.fatalities) for e in records]
