"""A bomber who walks in, wears or hides the bomb is a person carrying it: a suicide
bombing, never an air strike (an aircraft circles, drops and hits). Sentences of my own."""

from tests.events.helpers import typed

SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
AIR = ("Explosions/Remote violence", "Air/drone strike")


def test_a_bomber_who_wore_a_vest_and_walked_in_is_a_suicide_bomb(extract):
    text = "The bomber, who was wearing an explosives vest, walked into a mosque in Quetta during Friday prayers, killing 22 people."
    assert typed(extract, text) == [SUICIDE]


def test_a_bomber_who_hid_explosives_and_entered_a_market_is_a_suicide_bomb(extract):
    text = "A bomber who had hidden explosives under his robe entered a cattle market near Konduga on Monday and killed nine traders."
    assert SUICIDE in typed(extract, text)
    assert AIR not in typed(extract, text)


def test_an_attacker_in_a_suicide_belt_is_a_suicide_bomb(extract):
    text = "An attacker who wore a suicide belt walked into a wedding hall in Jalalabad on Sunday, killing eleven guests."
    assert typed(extract, text) == [SUICIDE]


def test_a_bomber_that_circled_and_struck_stays_an_aircraft(extract):
    text = "A bomber circled over the camp near Geneina for an hour and struck its market on Tuesday, killing seven."
    assert AIR in typed(extract, text)
