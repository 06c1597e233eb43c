"""Sides the words name without a dictionary name: two states' forces named by a pair of
nationalities or a plural ("the two militaries"), the force whose station or post was
attacked, a former gang member, and people arrested for a trade of crime. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 5, 6)


def sides(pipeline, text):
    return record_sides(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Kyrgyz and Tajik border guards traded fire near Batken on Sunday.",
         "Kyrgyzstan", "Tajikistan"),
        ("Thai and Cambodian soldiers clashed near a hilltop temple on the border on Sunday.",
         "Thailand", "Cambodia"),
        ("Sudanese and Ethiopian troops exchanged fire in the Fashaga farmlands on Sunday.",
         "Sudan", "Ethiopia"),
    ],
)
def test_a_pair_of_nationalities_names_two_states_first_one_first(pipeline, text, first, second):
    assert sides(pipeline, text) == [
        ("Battles", f"Military Forces of {first}", f"Military Forces of {second}")]


def test_the_two_militaries_are_the_two_states_the_sentence_names(pipeline):
    text = "The two militaries exchanged fire on the border of India and China on Sunday."
    assert sides(pipeline, text) == [
        ("Battles", "Military Forces of India", "Military Forces of China")]


def test_the_two_armies_are_the_two_states_named_the_sentence_before(pipeline):
    text = ("Talks between Armenia and Azerbaijan stalled last week. The two armies clashed "
            "near Sotk on Monday.")
    assert sides(pipeline, text) == [
        ("Battles", "Military Forces of Armenia", "Military Forces of Azerbaijan")]


def test_the_two_armies_with_no_second_state_told_leave_actor2_open(pipeline):
    text = "The two armies clashed in the mountains of Ladakh, India, on Monday."
    [(kind, actor1, actor2)] = sides(pipeline, text)
    assert kind == "Battles" and actor1 == "Military Forces of India" and actor2 == ""


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("A mob attacked a police station in Kano, Nigeria, on Sunday.",
         "Police Forces of Nigeria"),
        ("Angry residents stormed a police station and set it alight in Kayes, Mali, on Sunday.",
         "Police Forces of Mali"),
    ],
)
def test_a_crowd_attacking_a_police_station_has_the_police_as_its_target(pipeline, text, police):
    [(kind, actor1, actor2)] = sides(pipeline, text)
    assert kind == "Riots" and actor1.startswith("Rioters") and actor2 == police


def test_an_ex_gangster_shot_by_police_is_a_civilian_victim(pipeline):
    text = "Police shot dead an ex-gangster in Karachi, Pakistan, on Sunday."
    assert sides(pipeline, text) == [
        ("Violence against civilians", "Police Forces of Pakistan", "Civilians")]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Police in Sinaloa arrested two drug traffickers on Sunday.", "Civilians"),
        ("Soldiers arrested four people smugglers near Agadez, Niger, on Sunday.", "Civilians"),
        ("Police detained three suspected thieves at a market in Mwanza, Tanzania, on Sunday.",
         "Civilians"),
    ],
)
def test_people_arrested_for_a_trade_of_crime_are_civilians(pipeline, text, held):
    [(_, _, actor2)] = sides(pipeline, text)
    assert actor2 == held


def test_gang_members_arrested_stay_a_gang(pipeline):
    text = "Police arrested thirty gang members in San Salvador, El Salvador, on Sunday."
    [(_, _, actor2)] = sides(pipeline, text)
    assert actor2 == "Unidentified Gang"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Iraqi troops killed three IS suicide bombers near Tal Afar, Iraq, on Sunday.",
         "Islamic State"),
        ("Thirty IS fighters surrendered to Afghan forces in Kunar, Afghanistan, on Sunday.",
         "Islamic State"),
    ],
)
def test_a_group_name_the_tagger_read_as_a_verb_still_names_the_side(pipeline, text, group):
    [(_, actor1, actor2)] = sides(pipeline, text)
    assert group in (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "side", "group"),
    [
        ("Myanmar troops clashed with KNLA fighters near Myawaddy on Sunday.", 2,
         "KNU/KNLA: Karen National Union/Karen National Liberation Army"),
        ("CODECO militiamen attacked a displacement camp near Bunia, DR Congo, on Sunday.", 1,
         "CODECO: Cooperative for Development of Congo"),
        ("Imbonerakure beat two opposition members in Ngozi, Burundi, on Sunday.", 1,
         "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy "
         "(Imbonerakure Faction)"),
        ("Dahalo raided a village and stole cattle near Ihosy, Madagascar, on Sunday.", 1,
         "Dahalo Militia"),
        ("BLA fighters attacked a paramilitary camp near Turbat, Pakistan, on Sunday.", 1,
         "BLA: Baloch Liberation Army"),
    ],
)
def test_armed_groups_of_more_conflicts_are_named(pipeline, text, side, group):
    events = sides(pipeline, text)
    assert events and events[0][side] == group.split(" (")[0], events


def test_killed_in_action_is_no_kachin_army_outside_myanmar(pipeline):
    text = "Gunmen attacked an army post near Kidal, Mali, on Sunday; two soldiers were KIA."
    assert all("Kachin" not in a for _, a1, a2 in sides(pipeline, text) for a in (a1, a2))
