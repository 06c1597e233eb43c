"""Short wire reports of stop 33, written here: what stop 32 left. A day told between the
reported clause and ', police said' when the parse made the clause's closing place ('...,
Zamfara state on Friday, police said') a second subject of the saying verb, or the date's
head, dates the deed, not the statement. Known misses are strict xfails naming what is
still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import (
    ABDUCTION,
    ATTACK,
    VAC,
    assert_record,
    event_records,
)

pytestmark = pytest.mark.slow

DATE_FIELDS = ("event_type", "sub_event_type", "admin1", "location", "event_date")

# Published Sunday 2025-03-16: each deed's day is told just before ', X said'.
STRAY_PLACE_BEFORE_SAID = [
    pytest.param("Bandits on motorcycles attacked Gidan Dawa village in Maradun local government area, Zamfara state on Friday, police said.",
                 (VAC, ATTACK, "Zamfara", "Maradun", "2025-03-14"), id="ng-state-subject-attack"),
    pytest.param("Gunmen kidnapped a district head and his three sons in Bakura local government area, Zamfara state on Friday, police said.",
                 (VAC, ABDUCTION, "Zamfara", "Bakura", "2025-03-14"), id="ng-state-subject-kidnap"),
    pytest.param("Four villagers were killed in a bandit attack in Bukkuyum local government area, Zamfara state on Friday, police said.",
                 (VAC, ATTACK, "Zamfara", "Bukkuyum", "2025-03-14"), id="ng-state-subject-passive"),
    pytest.param("Suspected jihadists burned a school in Seytenga commune, Seno province on Tuesday, local sources said.",
                 (None, None, "Sahel", None, "2025-03-11"), id="bf-province-date-head"),
]


@pytest.mark.parametrize(("text", "want"), STRAY_PLACE_BEFORE_SAID)
def test_day_before_the_saying_after_a_stray_place(pipeline, text, want):
    assert_record(event_records(pipeline, text, "2025-03-16"), want, DATE_FIELDS)
