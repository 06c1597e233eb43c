"""Short reports of stop 37 (lead): a town named after a word for its part ("a drone hit
the centre of X", "the heart of X") with X tagged an organisation is the record's place
when the sentence's province holds it; the same words before a party's name place nothing
outside the article's frame."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

PLACE = ("country", "admin1", "location", "geo_precision")

REPORTS = [
    pytest.param(
        "A guided aerial bomb hit the centre of Kostiantynivka in Ukraine's Donetsk region "
        "late on Tuesday, killing three residents and damaging a school, officials said.",
        ("Ukraine", "Donetsk", "Kostyantynivka", 1), id="centre-of-town",
    ),
    pytest.param(
        "Two drones slammed into the center of Kostiantynivka on Wednesday morning and "
        "wounded a bus driver, the Donetsk regional administration reported.",
        ("Ukraine", "Donetsk", "Kostyantynivka", 1), id="center-of-town-region-after",
    ),
]


@pytest.mark.parametrize(("text", "want"), REPORTS)
def test_the_town_part_places_the_record_in_the_town(pipeline, text, want):
    rows = [tuple(getattr(e, f) for f in PLACE) for e in event_records(pipeline, text, "2025-07-16")]
    assert want in rows, rows


def test_the_heart_of_a_party_places_nothing_abroad(pipeline):
    text = (
        "Israeli jets struck what the army called the heart of Hezbollah's drone unit in "
        "southern Lebanon on Thursday, killing two fighters, the army said."
    )
    rows = [(e.country, e.admin1) for e in event_records(pipeline, text, "2025-07-16")]
    assert rows and all(country == "Lebanon" for country, _ in rows), rows
