"""A crowd's thrown projectiles are no blast: 50ea176 let a bomb, missile or air strike at a
rally type the event as the blast, and 'projectile' is a shelling word, so stones and
projectiles hurled at the police turned a violent demonstration into shelling. The blast
still wins when nobody threw it."""

from __future__ import annotations

import pytest

from tests.wire_reports import assert_record, event_records

FIELDS = ("event_type", "sub_event_type", "location")
RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Youths hurled stones and other projectiles at riot police during a march against "
            "fuel prices in Kisumu on Tuesday.",
            (*RIOT, "Kisumu"),
            id="hurled-with-stones",
        ),
        pytest.param(
            "Several officers were hurt after projectiles were thrown at them during a rally "
            "against the new tax law in Lyon on Saturday.",
            (*RIOT, "Lyon"),
            id="thrown-passive",
        ),
        pytest.param(
            "Army jets bombed a crowd gathered for a rally in Kale town on Friday, killing "
            "nine people, residents said.",
            ("Explosions/Remote violence", "Air/drone strike", None),
            id="bombed-rally-stays-a-strike",
        ),
    ],
)
def test_what_a_crowd_throws_is_no_blast(pipeline, text, want):
    assert_record(event_records(pipeline, text, "2025-03-14"), want, FIELDS)
