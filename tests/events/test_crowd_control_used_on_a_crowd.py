"""Crowd control told as used on a crowd ('police used tear gas on protesters', 'used water
cannon against the crowd') is an intervention in a protest; before, only 'used force' made one,
and the parse's hanging of 'against' on the object hid the crowd (lexicon v46 use gas /
teargas / cannon, events words v34 instrument_target_preps). Sentences of my own."""

from datetime import date

import pytest

from tests.events.helpers import event_records

WEDNESDAY = date(2024, 6, 26)


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("Police used tear gas on protesters in Kisumu on Tuesday.", "Protesters (Kenya)"),
        ("Police used water cannon against the crowd outside parliament in Tbilisi on Tuesday.", "Protesters (Georgia)"),
        ("Riot police used teargas against students marching in Dakar on Tuesday.", "Protesters (Senegal)"),
    ],
)
def test_crowd_control_used_on_a_crowd_is_an_intervention(pipeline, text, crowd):
    found = [(e.event_type, e.sub_event_type, e.actor1) for e in event_records(pipeline, text, WEDNESDAY)]
    assert found == [("Protests", "Protest with intervention", crowd)]


def test_gas_used_on_no_crowd_is_no_event(pipeline):
    text = "Farmers used gas cylinders on their stoves in Kisumu on Tuesday."
    assert event_records(pipeline, text, WEDNESDAY) == []
