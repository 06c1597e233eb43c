"""A sentence that counts the incident just told in a series ("It was the third strike on the
region this month") tells no new incident. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records

PUBLISHED = date(2024, 9, 10)


@pytest.mark.parametrize(
    "count",
    [
        "It was the third strike on the region this month.",
        "This was the latest air strike on the port since June.",
    ],
)
def test_an_ordinal_on_what_it_was_counts_the_incident_told(pipeline, count):
    text = f"Missiles hit a power plant in the Odesa region early on Monday, the governor said. {count}"
    assert len(event_records(pipeline, text, PUBLISHED)) == 1


def test_an_incident_of_its_own_still_makes_its_own_record(pipeline):
    text = ("Missiles hit a power plant in the Odesa region early on Monday, the governor said. "
            "On Saturday, a strike on a school in Kharkiv killed three people.")
    assert len(event_records(pipeline, text, PUBLISHED)) == 2
