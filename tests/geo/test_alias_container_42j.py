"""A town known by its own name in one country only, put in a unit the text calls a region
but that the gazetteer reads only as a town abroad by another of its names, is the town:
not the unit's foreign reading. Our own sentences; the Salam region is invented."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow


def test_a_town_in_a_region_read_only_abroad_stays_the_town(pipeline):
    text = (
        "Clan militias fought near Beledweyne, the largest town of the Salam region, on Sunday, "
        "killing nine people, elders said."
    )
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all(e.country == "Somalia" for e in records), [
        (e.country, e.location) for e in records
    ]


def test_a_city_named_by_its_usual_english_name_still_holds_the_place(pipeline):
    text = "A suicide bomber killed eleven people in the mostly Sunni city of Fallujah on Friday."
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all(e.country == "Iraq" for e in records), [
        (e.country, e.location) for e in records
    ]
