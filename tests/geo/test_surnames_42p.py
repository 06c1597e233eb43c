"""A name written on after a person's name, with no mark between, is that person's last name,
not a place that shares it. Our own sentences; the people are invented."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow


def test_a_persons_last_name_is_no_place(pipeline):
    text = (
        "Yusuf Ahmed Nur Aden, the head of a local charity, was shot dead outside his home on "
        "Friday, relatives said."
    )
    records = event_records(pipeline, text, "2025-05-12")
    assert records and not any(e.country == "Yemen" or e.location == "Aden" for e in records), [
        (e.country, e.location) for e in records
    ]


def test_a_place_after_a_name_and_a_preposition_stays_a_place(pipeline):
    text = "Gunmen shot dead Yusuf Ali in Baidoa on Sunday, police said."
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all(e.location == "Baidoa" for e in records), [e.location for e in records]
