"""actor2 where the text names no second side: a fight among one side's own people (the
same actor on both sides), a mob's victims (the country's civilians), and the units and
counted forces that name a side ("a police team", "federal police", "prison guards")."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 5, 6)


def sides(pipeline, text):
    """(event_type, actor1, actor2) of each event record of ``text``."""
    events = pipeline.extract(Article(text, published=PUBLISHED))
    return [(e.event_type, e.actor1, e.actor2) for e in events if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("Two groups of farmers clashed over a water point near Kano, Nigeria, on Sunday.",
         "Rioters (Nigeria)"),
        ("Rival party supporters fought each other with stones in Harare, Zimbabwe, on Sunday.",
         "Rioters (Zimbabwe)"),
        ("Residents of two villages attacked one another with machetes in Jonglei, South Sudan, "
         "on Sunday.", "Rioters (South Sudan)"),
        ("Two groups of villagers fought with sticks over grazing land in Larkana, Pakistan, "
         "on Sunday.", "Rioters (Pakistan)"),
    ],
)
def test_a_brawl_between_two_groups_is_the_same_crowd_on_both_sides(pipeline, text, crowd):
    assert sides(pipeline, text) == [("Riots", crowd, crowd)]


def test_unnamed_armed_men_clashing_are_one_unidentified_group_on_both_sides(pipeline):
    text = "Armed men clashed in a market town of Zacatecas, Mexico, on Sunday."
    group = "Unidentified Armed Group (Mexico)"
    assert sides(pipeline, text) == [("Battles", group, group)]


def test_a_shootout_no_side_of_which_is_named_is_unidentified_on_both_sides(pipeline):
    text = "A shoot-out broke out in a hillside neighbourhood of Tegucigalpa, Honduras, on Sunday."
    group = "Unidentified Armed Group (Honduras)"
    assert sides(pipeline, text) == [("Battles", group, group)]


def test_a_clash_with_a_named_foe_keeps_the_foe(pipeline):
    text = "Gunmen clashed with soldiers near Maiduguri, Nigeria, on Sunday."
    (event,) = sides(pipeline, text)
    assert event[2].startswith("Military Forces of Nigeria")


def test_a_party_that_names_no_known_group_is_not_made_unidentified(pipeline):
    text = "Supporters of the Blue Party and the Green Party fought each other in Gitega on Sunday."
    assert all("Unidentified" not in a1 for _, a1, _ in sides(pipeline, text))


def test_the_man_a_mob_beat_is_a_civilian(pipeline):
    text = "A mob beat a suspected thief to death in Kampala, Uganda, on Sunday."
    assert sides(pipeline, text) == [("Riots", "Rioters (Uganda)", "Civilians (Uganda)")]


def test_the_shop_a_mob_burned_belongs_to_civilians(pipeline):
    text = "Villagers set fire to a warehouse in Sylhet, Bangladesh, on Sunday after a wage dispute."
    assert sides(pipeline, text) == [("Riots", "Rioters (Bangladesh)", "Civilians (Bangladesh)")]


@pytest.mark.parametrize(
    "text",
    [
        "Angry traders attacked a police team in Multan, Pakistan, on Sunday.",
        "A crowd of youths threw stones at a team of police at a market in Kaduna, Nigeria, on "
        "Sunday.",
        "Villagers attacked a group of four policemen in Gaya, India, on Sunday.",
    ],
)
def test_a_team_of_police_is_the_police(pipeline, text):
    (event,) = sides(pipeline, text)
    assert event[0] == "Riots"
    assert event[2].startswith("Police Forces of")


def test_a_group_a_word_describes_is_no_army(pipeline):
    text = "Drones flown by an unidentified military group struck an airbase near Hama, Syria."
    (event,) = sides(pipeline, text)
    assert not event[1].startswith("Military Forces")


@pytest.mark.parametrize(
    ("text", "force", "unit"),
    [
        ("Federal police officers seized two tons of cocaine in a port of Guayaquil, Ecuador, "
         "on Sunday.", "Police Forces of Ecuador", "Federal Police"),
        ("Prison guards beat a reporter inside a jail in Bouake, Ivory Coast, on Sunday.",
         "Police Forces of the Ivory Coast", "Prison Guards"),
    ],
)
def test_a_branch_of_the_police_is_the_country_s_own(pipeline, text, force, unit):
    actor1 = sides(pipeline, text)[0][1]
    assert actor1.startswith(force)
    assert actor1.endswith(unit)


def test_the_two_sides_of_a_fight_told_before_are_not_one_side(pipeline):
    text = ("Al Shabaab militants attacked a checkpoint near Afgoye, Somalia, on Sunday. The two "
            "sides briefly exchanged gunfire before the militants withdrew.")
    assert all(a1 != a2 for _, a1, a2 in sides(pipeline, text))


def test_two_units_of_one_army_fighting_are_that_army_on_both_sides(pipeline):
    text = "Two groups of soldiers exchanged fire at a checkpoint in Juba, South Sudan, on Sunday."
    ((_, actor1, actor2),) = sides(pipeline, text)
    assert actor1 == actor2
    assert actor1.startswith("Military Forces of South Sudan")


def test_a_drug_trafficker_who_fought_the_police_is_a_gang(pipeline):
    text = ("A wanted drug trafficker was shot dead in a gunfight with police officers in a slum "
            "of Cali, Colombia, on Sunday.")
    ((_, actor1, actor2),) = sides(pipeline, text)
    assert actor1.startswith("Police Forces of Colombia")
    assert actor2 == "Unidentified Gang (Colombia)"


def test_the_rebels_with_no_group_named_before_are_unidentified(pipeline):
    text = "The rebels fired mortars at army positions near Kidal, Mali, on Sunday."
    ((_, actor1, actor2),) = sides(pipeline, text)
    assert actor1 == "Unidentified Armed Group (Mali)"
    assert actor2.startswith("Military Forces of Mali")


def test_soldiers_of_two_states_firing_at_one_another_are_two_sides(pipeline):
    text = "Ethiopian and Eritrean soldiers shot at one another near Zalambessa on Sunday."
    [(kind, actor1, actor2)] = sides(pipeline, text)
    assert kind == "Battles"
    assert {actor1.split(" (")[0], actor2.split(" (")[0]} == {
        "Military Forces of Ethiopia", "Military Forces of Eritrea"}


def test_two_armies_clashing_are_never_one_army_fighting_itself(pipeline):
    text = "The two armies clashed along the frontier in Syunik province, Armenia, on Sunday."
    [(kind, actor1, actor2)] = sides(pipeline, text)
    assert kind == "Battles" and actor1 != actor2


def test_fighting_at_a_front_names_no_second_side(pipeline):
    text = "Heavy fighting raged on the outskirts of Avdiivka, Ukraine, on Sunday."
    [(kind, _, actor2)] = sides(pipeline, text)
    assert kind == "Battles" and actor2 == ""


def test_villagers_of_two_peoples_clashing_in_a_riot_are_rioters_not_civilians(pipeline):
    text = "Fulani and Bachama villagers clashed with clubs in Numan, Nigeria, on Sunday."
    assert sides(pipeline, text) == [("Riots", "Rioters (Nigeria)", "Rioters (Nigeria)")]


def test_fighting_among_named_kinds_of_men_is_that_kind_on_both_sides(pipeline):
    text = "Fighting broke out among gunmen in a market of Beni, DR Congo, on Sunday."
    [(kind, actor1, actor2)] = sides(pipeline, text)
    assert kind == "Battles" and actor1 == actor2 != ""


def test_a_single_crowd_clashing_is_not_a_crowd_fighting_itself(pipeline):
    text = "Protesters clashed outside the parliament in Tunis, Tunisia, on Sunday."
    [(kind, actor1, actor2)] = sides(pipeline, text)
    assert kind == "Riots" and actor2 != actor1


def test_a_gunfight_that_killed_names_no_side_and_is_unidentified_on_both(pipeline):
    text = "A gunfight erupted in a bar in Guayaquil, Ecuador, on Sunday, killing three."
    group = "Unidentified Armed Group (Ecuador)"
    assert sides(pipeline, text) == [("Battles", group, group)]


def test_two_peoples_of_one_crowd_word_clashing_are_rioters_on_both_sides(pipeline):
    text = "Hutu and Tutsi youths clashed with sticks in Bujumbura, Burundi, on Sunday."
    assert sides(pipeline, text) == [("Riots", "Rioters (Burundi)", "Rioters (Burundi)")]


def test_a_group_of_people_clashing_with_no_foe_are_rioters_on_both_sides(pipeline):
    text = "A group of residents clashed over water rations in Kassala, Sudan, on Sunday."
    assert sides(pipeline, text) == [("Riots", "Rioters (Sudan)", "Rioters (Sudan)")]


def test_the_bus_a_roadside_bomb_hit_belongs_to_civilians(pipeline):
    text = "A roadside bomb struck a minibus near Quetta, Pakistan, on Sunday."
    ((_, _, actor2),) = sides(pipeline, text)
    assert actor2 == "Civilians (Pakistan)"


def test_a_vehicle_told_carrying_fighters_is_not_the_civilians(pipeline):
    text = "A landmine struck a vehicle carrying militia fighters near Raqqa, Syria, on Sunday."
    ((_, _, actor2),) = sides(pipeline, text)
    assert not actor2.startswith("Civilians")


def test_a_private_security_guard_is_a_private_force(pipeline):
    text = "A private security guard shot a shopper dead at a mall in Durban, South Africa, on Sunday."
    ((_, actor1, _),) = sides(pipeline, text)
    assert actor1 == "Private Security Forces (South Africa)"
