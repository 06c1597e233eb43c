"""Sides the parse hides around a subject: a group named in an apposition to its kind, a
country's possessive and an adjective the parser split off the group's name, and the two
sides of a fight the dead died in. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 5, 6)


def sides(pipeline, text):
    return record_sides(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The country's oldest rebel group, the ELN, blew up a pipeline pumping station in "
         "Arauca on Friday.", "ELN: National Liberation Army"),
        ("Myanmar's strongest ethnic army, the Arakan Army, overran a border guard post near "
         "Maungdaw on Friday.", "ULA/AA: United League of Arakan/Arakan Army"),
    ],
)
def test_a_kind_named_in_an_apposition_is_the_named_group(pipeline, text, group):
    assert sides(pipeline, text)[0][1] == group


def test_an_apposition_with_an_unknown_name_keeps_the_kind(pipeline):
    text = "An armed group, the Lions of the Valley, torched a clinic near Fizi on Friday."
    assert sides(pipeline, text)[0][1] == "Unidentified Armed Group"


def test_a_description_of_soldiers_is_no_group_name(pipeline):
    text = "Soldiers, members of an elite unit, raided a village near Kidal on Friday, killing four civilians."
    assert sides(pipeline, text)[0][1] == "Military Forces of Mali"


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's paramilitary Rapid Support Forces shelled a market in El Fasher on Friday, killing nine people.",
        "The paramilitary Rapid Support Forces shelled a market in El Fasher on Friday, killing nine people.",
    ],
)
def test_an_adjective_split_off_a_group_name_leaves_the_name_the_doer(pipeline, text):
    assert sides(pipeline, text)[0][1] == "RSF: Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Fighting between the army and the RSF in Bahri killed eleven civilians on Saturday.",
         "Military Forces of Sudan", "RSF: Rapid Support Forces"),
        ("Seven villagers were killed in clashes between the army and the ELN near Saravena on Saturday.",
         "Military Forces of Colombia", "ELN: National Liberation Army"),
        ("Nine people died during fighting between Fano militiamen and federal troops near Bahir Dar on Saturday.",
         "Fano Militia", "Military Forces of Ethiopia"),
    ],
)
def test_the_dead_of_a_fight_between_two_sides_are_its_toll_not_a_side(pipeline, text, first, second):
    assert sides(pipeline, text) == [("Battles", first, second)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Israeli soldiers shot dead three gunmen during a raid on a village near Jenin on Thursday.",
         "Unidentified Armed Group"),
        ("Troops killed four militants during an assault on a hideout in the Sambisa forest on Thursday.",
         "Unidentified Armed Group"),
    ],
)
def test_armed_people_killed_in_a_raid_on_a_place_are_the_side_hit(pipeline, text, second):
    assert [(kind, hit) for kind, _doer, hit in sides(pipeline, text)] == [("Battles", second)]


def test_a_civilian_killed_in_an_exchange_of_fire_is_its_toll(pipeline):
    text = ("Indian and Pakistani troops exchanged fire across the frontier at the Uri sector on "
            "Thursday, in which one civilian was killed.")
    assert sides(pipeline, text) == [("Battles", "Military Forces of India", "Military Forces of Pakistan")]


def test_a_fight_between_two_groups_of_one_kind_stays_a_clash(pipeline):
    text = "Fighting between two rival militias in a district of Misrata killed seven people on Saturday."
    assert [kind for kind, _doer, _hit in sides(pipeline, text)] == ["Battles"]
