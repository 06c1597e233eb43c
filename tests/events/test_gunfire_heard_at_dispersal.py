"""Gunfire told only as a sound while a crowd is broken up ('gunfire was heard as police
dispersed ...', 'shots rang out as ...') is an intervention: ACLED's excessive force needs
force told against the crowd (people shot, killed or wounded, fire opened on them).
Sentences of my own."""

from datetime import date

import pytest

from tests.events.helpers import event_records

FRIDAY = date(2024, 9, 13)
INTERVENTION = ("Protests", "Protest with intervention")
FORCE = ("Protests", "Excessive force against protesters")


def typed(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in event_records(pipeline, text, FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunfire was heard as police dispersed protesters near the county offices in Kisumu on Thursday.",
        "Residents heard gunshots while soldiers broke up a march of traders in Segou on Thursday.",
        "Shots rang out as police dispersed striking teachers outside the governor's office in Jos on Thursday.",
    ],
)
def test_gunfire_heard_during_a_dispersal_is_an_intervention(pipeline, text):
    assert typed(pipeline, text) == [INTERVENTION]


@pytest.mark.parametrize(
    "text",
    [
        # fire told against the crowd, or people of it hit: excessive force still
        "Police opened fire on protesters near the county offices in Kisumu on Thursday.",
        "Gunfire was heard as police dispersed striking teachers in Jos on Thursday, and two of them were shot dead.",
        # a shooting noun aimed at the crowd is no mere sound (lexicon aimed_fire_preps)
        "Gunshots at the crowd rang out as police dispersed protesters in Kisumu on Thursday.",
        # the shots named as the object: whoever they were fired at is the one acted on
        "Police fired shots at protesters near the county offices in Kisumu on Thursday.",
        # people hurt told by a noun of injury or a count of casualties: shots that hit
        "Gunfire was heard as police broke up a rally in Kampala on Thursday, and several people were treated"
        " for gunshot wounds.",
        "Shots rang out as soldiers broke up a march of traders in Segou on Thursday, and three marchers were hurt.",
    ],
)
def test_fire_told_against_the_crowd_stays_excessive_force(pipeline, text):
    assert typed(pipeline, text) == [FORCE]


def test_warning_shots_at_a_crowd_are_an_intervention(pipeline):
    text = "Police fired warning shots at protesters near the county offices in Kisumu on Thursday."
    assert typed(pipeline, text) == [INTERVENTION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse makes the people the subject of the participle after 'on'
        ("Police opened fire on protesters marching to the county offices in Kisumu on Thursday.", FORCE),
        ("Soldiers fired on demonstrators marching towards the palace in Conakry on Thursday.", FORCE),
    ],
)
def test_a_crowd_fired_on_while_marching_is_the_one_hit(pipeline, text, expected):
    assert typed(pipeline, text) == [expected]
