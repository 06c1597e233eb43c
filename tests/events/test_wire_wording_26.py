"""Wordings of real-length wire reports that typed an incident wrong (sentences written for
these tests): a crowd told only as the moment a bomb went off, a weapon of an earlier
occasion named in the same sentence, and a bomber who is a person."""

from tests.events.helpers import typed


def test_people_gathering_as_a_bomb_goes_off_are_no_protest(extract):
    text = "The bomber detonated his explosives as people gathered outside a mosque in Quetta on Friday."
    types = typed(extract, text)
    assert types and all(t not in ("Riots", "Protests") for t, _s in types)


def test_protesters_gathering_as_police_fire_are_still_a_crowd(extract):
    text = "Police opened fire as protesters gathered outside the governor's office in Kano on Monday."
    assert any(t in ("Riots", "Protests") for t, _s in typed(extract, text))


def test_an_earlier_occasions_drones_do_not_type_a_gunfight(extract):
    text = (
        "Four people were killed in gunfights between rival militias in Plateau state on Sunday, "
        "police said, days after gunmen used drones to drop explosives on a village."
    )
    assert typed(extract, text) == [("Battles", "Armed clash")]


def test_a_bomber_who_sets_off_his_own_explosives_is_a_suicide_bomb(extract):
    text = "The bomber, who was on foot, detonated his explosives at a checkpoint in Baidoa on Tuesday."
    assert typed(extract, text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_a_bomber_who_blew_himself_up_is_a_suicide_bomb(extract):
    text = "A bomber blew himself up at a wedding hall in Kunduz on Friday, killing nine guests."
    assert typed(extract, text) == [("Explosions/Remote violence", "Suicide bomb")]


def test_a_bomber_that_drops_bombs_is_still_an_aircraft(extract):
    text = "A bomber dropped bombs on a market in Nyala on Tuesday, killing eight people."
    assert typed(extract, text) == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_witness_who_heard_the_blast_tells_no_event_of_their_own(extract):
    text = (
        "Gunmen attacked the main market in Maiduguri on Sunday, killing five traders. "
        '"We heard a loud blast and then gunfire," said a trader.'
    )
    assert typed(extract, text) == [("Violence against civilians", "Attack")]


def test_officers_reporting_shots_they_heard_still_tell_an_event(extract):
    text = "Border guards heard gunfire near the village of Kiziltepe on Monday."
    assert typed(extract, text)
