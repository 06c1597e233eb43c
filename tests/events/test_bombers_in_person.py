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


def test_bombers_that_carried_out_raids_stay_aircraft(extract):
    text = "Government bombers carried out raids on villages near Hama on Friday, killing six farmers."
    assert typed(extract, text) == [AIR]


def test_a_bomber_that_entered_airspace_and_hit_a_depot_stays_an_aircraft(extract):
    text = "A bomber entered Moldovan airspace and hit a fuel depot near Odesa on Monday, killing two guards."
    assert typed(extract, text) == [AIR]


def test_bombers_that_carried_bombs_stay_aircraft(extract):
    text = "The bombers, which carried cluster bombs, pounded a camp outside El Fasher on Sunday, killing twelve."
    assert typed(extract, text) == [AIR]


def test_bombers_in_the_skies_stay_aircraft(extract):
    text = "Army bombers entered the skies above Kidal and dropped explosives on a market, killing four."
    assert typed(extract, text) == [AIR]


def test_a_bomber_who_sat_among_worshippers_is_a_suicide_bomb(extract):
    text = "A bomber sat among worshippers at a church in Maiduguri before the blast killed five people."
    assert typed(extract, text) == [SUICIDE]
