"""A war's age ('has fought the government for nearly two decades', 'since 2012') is
background of the news, not a clash of its own dated years back; a span of days stays."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

_NEWS = "Gunmen killed 12 villagers in the Kajuru area of Kaduna state on Monday, police said. "


@pytest.mark.parametrize("aside", [
    "The gunmen belong to a group that has fought the government for nearly two decades.",
    "Separatist groups have battled the army for more than a decade in the north.",
    "Insurgents have fought the army in the region since 2012.",
])
def test_a_wars_age_makes_no_record(pipeline, aside):
    records = event_records(pipeline, _NEWS + aside, "2025-03-04")
    assert [(str(e.event_date), e.fatalities) for e in records] == [("2025-03-03", 12)], [
        (e.event_date, e.event_type, e.status) for e in records]


def test_a_fight_of_days_stays(pipeline):
    text = "Troops and rebels have fought for three days in the town of Sake, residents said, and at least 10 people were killed."
    records = event_records(pipeline, text, "2025-03-04")
    assert [e.fatalities for e in records] == [10]
