"""Wordings of real-length wire reports (stop 29) that made a record of no incident
(sentences written for these tests): a plan told with a modal, a blockade a state holds, a
negated name for what happened, a description of the events already told, and a habit; and
a crowd's damage or 'disorder' that is a riot."""

from tests.events.helpers import typed


def test_a_blockade_protesters_say_they_would_keep_up_is_no_protest(extract):
    text = "Farmers said they would keep up the blockades of the highway until prices fall."
    assert typed(extract, text) == []


def test_protests_a_coalition_will_call_are_no_protest(extract):
    assert typed(extract, "The opposition alliance said it will call new rallies in Lome next week.") == []


def test_joining_a_march_one_could_join_is_no_protest(extract):
    assert typed(extract, "Teachers in La Paz said they could take part in a march on Friday.") == []


def test_a_blockade_held_by_a_government_is_no_protest(extract):
    text = "A government blockade has cut the Tigray region off from fuel and medicine since June."
    assert typed(extract, text) == []


def test_a_blockade_imposed_on_a_town_is_no_protest(extract):
    text = "Rebels imposed a blockade on the town of Djibo in February, residents said."
    assert ("Protests", "Peaceful protest") not in typed(extract, text)


def test_drivers_blockading_a_highway_still_protest(extract):
    text = "Truck drivers set up a blockade on the main highway near Kinshasa on Monday to protest fuel prices."
    assert typed(extract, text) == [("Protests", "Peaceful protest")]


def test_a_protest_said_not_to_be_one_is_no_protest(extract):
    text = '"These are not demonstrations, these are acts of looting," the governor of Kano told reporters.'
    assert ("Protests", "Peaceful protest") not in typed(extract, text)


def test_the_protests_described_are_no_new_protest(extract):
    text = "The president said the protests were part of a plot hatched in Brussels."
    assert typed(extract, text) == []


def test_what_raids_usually_do_is_no_incident(extract):
    assert typed(extract, "Army raids in the Sahel region usually turn deadly for herders.") == []


def test_killings_rarely_prosecuted_are_no_incident(extract):
    assert typed(extract, "In the highlands of Enga, killings are rarely prosecuted.") == []


RIOT = ("Riots", "Violent demonstration")


def test_protesters_breaking_an_offices_windows_riot(extract):
    text = "In Kragujevac, protesters broke the windows of the ruling party's office on Tuesday."
    assert typed(extract, text) == [RIOT]


def test_disorder_breaking_out_in_a_town_is_a_riot(extract):
    assert typed(extract, "Disorder broke out in the town of Omagh on Saturday night, police said.") == [RIOT]


def test_a_veterans_stress_disorder_is_no_riot(extract):
    assert typed(extract, "The veteran said he suffers from a stress disorder since the war.") == []
