"""Protests banned are not protests held; shots heard fired into the air hit no one.
Sentences written for these tests."""

import pytest

from tests.events.helpers import typed as _typed


@pytest.mark.parametrize(
    "text",
    [
        "Police banned all protests in the capital Dhaka on Sunday.",
        "Authorities prohibited rallies in Tehran ahead of the anniversary.",
        "Street marches were banned in Hong Kong for another month.",
    ],
)
def test_protests_banned_are_no_protest(extract, text):
    assert ("Protests", "Peaceful protest") not in _typed(extract, text), text


def test_a_ban_extended_on_gatherings_is_a_change_not_a_protest(extract):
    text = "The governor extended the ban on marches, protests and sit-ins in Van for 15 days."
    assert _typed(extract, text) == [("Strategic developments", "Change to group/activity")]


def test_protests_held_despite_a_ban_are_protests(extract):
    text = "Thousands of students protested in Dhaka on Sunday despite a police ban."
    assert _typed(extract, text) == [("Protests", "Peaceful protest")]


def test_shots_heard_fired_into_the_air_are_other(extract):
    text = "A farmer told of hearing shots being fired into the air by a patrol near Ruse."
    assert _typed(extract, text) == [("Strategic developments", "Other")]


def test_students_protesting_shot_dead_are_protesters(extract):
    text = "Police in Dhaka fired rubber bullets at students protesting job quotas, killing two."
    assert _typed(extract, text) == [("Protests", "Excessive force against protesters")]
