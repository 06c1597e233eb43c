"""An event noun that only sorts a unit or its kit by kind ('riot police', 'police in riot
gear', 'the bomb squad') tells no event: a march that riot police broke up is a protest
with intervention, not a riot. Sentences of my own."""

from datetime import date

import pytest

from tests.events.helpers import event_records

MONDAY = date(2024, 6, 10)


def typed(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in event_records(pipeline, text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Students marched in Dhaka on Monday before riot police dispersed them.",
         ("Protests", "Protest with intervention")),
        ("Police in riot gear dispersed traders protesting new taxes in Kampala on Monday.",
         ("Protests", "Protest with intervention")),
        ("Thousands protested against the new law in Tbilisi on Monday as riot police looked on.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_riot_police_and_riot_gear_make_no_riot(pipeline, text, expected):
    assert typed(pipeline, text) == [expected]


def test_a_riot_told_beside_riot_police_stays_a_riot(pipeline):
    text = "Youths rioted and burned cars in Dakar on Monday before riot police moved in."
    assert [t[0] for t in typed(pipeline, text)] == ["Riots"]
