"""Wordings of real-length wire reports (stop 28) that typed or missed an incident (sentences
written for these tests): a force that 'came under fire', arms recovered after a fight, an
army 'suppressing' the enemy's fire, a couple killed together, and gunmen blocking a road."""

from tests.events.helpers import typed

CLASH = ("Battles", "Armed clash")


def test_a_patrol_that_came_under_fire_fought_a_clash(extract):
    text = "An army patrol came under fire near the town of Kidal on Thursday, the military said."
    assert CLASH in typed(extract, text)


def test_a_convoy_that_came_under_attack_fought_a_clash(extract):
    text = "A police convoy came under attack on the road to Mandera on Monday, officials said."
    assert typed(extract, text) == [CLASH]


def test_a_suspect_killed_after_police_came_under_fire_died_in_a_clash(extract):
    text = ("Police said they had come under fire during a raid near Tumaco on Friday, and that one "
            "suspect was killed in the exchange.")
    assert typed(extract, text) == [CLASH]


def test_villagers_coming_under_shelling_were_shelled(extract):
    text = "Residents of Avdiivka came under heavy shelling on Sunday, killing two, the governor said."
    assert typed(extract, text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_plan_coming_under_criticism_is_no_event(extract):
    assert typed(extract, "The plan came under criticism in Nairobi on Monday.") == []


def test_explosives_recovered_after_an_ambush_do_not_make_it_a_bombing(extract):
    text = ("Rebels ambushed an army patrol near the town of Marawi on Monday, killing two soldiers. "
            "Troops fought back and recovered three rifles and a bag of explosives after the rebels fled.")
    types = typed(extract, text)
    assert CLASH in types and all(s != "Remote explosive/landmine/IED" for _t, s in types)


def test_rockets_seized_in_a_clash_do_not_make_it_shelling(extract):
    text = "Soldiers clashed with jihadists near Menaka on Friday and seized rockets and a mortar."
    assert typed(extract, text) == [CLASH]


def test_an_army_suppressing_enemy_fire_is_no_protest(extract):
    text = '"Our units only suppressed the firing points of the enemy," the defence ministry said on Tuesday.'
    assert all(t != "Protests" for t, _s in typed(extract, text))


def test_police_suppressing_a_protest_is_still_one(extract):
    text = "Riot police suppressed a protest outside the parliament in Tbilisi on Wednesday."
    assert [t for t, _s in typed(extract, text)] == ["Protests"]


def test_a_couple_shot_dead_were_civilians(extract):
    text = "Gunmen shot dead a couple in their car on a road near Culiacan on Saturday, police said."
    assert typed(extract, text) == [("Violence against civilians", "Attack")]


def test_a_couple_of_soldiers_are_still_soldiers(extract):
    text = "Militants killed a couple of soldiers at a checkpoint near Bannu on Saturday, police said."
    assert typed(extract, text) == [CLASH]


def test_militants_blocking_a_highway_are_no_demonstration(extract):
    text = "Militants blocked the highway near Zhob on Monday and set fire to twelve trucks."
    assert all(t not in ("Riots", "Protests") for t, _s in typed(extract, text))


def test_drivers_blocking_a_highway_still_protest(extract):
    text = "Truck drivers blocked the highway near Zhob on Monday to demand lower fuel prices."
    assert [t for t, _s in typed(extract, text)] == ["Protests"]
