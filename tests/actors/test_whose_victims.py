"""The other side read from whose the people or things hit are: a nationality word for a
people, a possessive pointing to a group named around the phrase, a state named before a
model designation, and a vehicle that struck a mine (`sitroom/actors/owners.py`).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 5, 6)


def sides(pipeline, text):
    return record_sides(pipeline, text, PUBLISHED)


def events_of(pipeline, text):
    from sitroom.model import Article

    return [e for e in pipeline.extract(Article(text, published=PUBLISHED)) if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Israeli troops killed two Palestinians near Jenin on Sunday.", "Civilians (Palestine)"),
        ("Nigerian soldiers killed four Cameroonians near the border town of Mora on Sunday.",
         "Civilians (Cameroon)"),
    ],
)
def test_a_people_named_by_its_nationality_are_civilians_of_that_state(pipeline, text, victims):
    (event,) = events_of(pipeline, text)
    assert (event.event_type, event.actor2) == ("Violence against civilians", victims)


def test_the_people_keep_their_own_state_where_another_holds_the_town(pipeline):
    text = "Israeli police beat three Palestinians in the Old City of Jerusalem on Sunday."
    assert [e.actor2 for e in events_of(pipeline, text)] == ["Civilians (Palestine)"]


def test_people_arrested_by_nationality_are_that_states_civilians(pipeline):
    text = "Kenyan police arrested twelve Somalis in Mandera town on Sunday."
    assert [e.actor2 for e in events_of(pipeline, text)] == ["Civilians (Somalia)"]


def test_the_people_of_an_enemy_state_at_war_are_its_soldiers(pipeline):
    text = "Ukrainian troops killed 40 Russians near Bakhmut on Sunday, the general staff said."
    assert sides(pipeline, text) == [
        ("Battles", "Military Forces of Ukraine", "Military Forces of Russia")
    ]


def test_the_people_of_an_enemy_state_hit_by_shelling_are_its_civilians(pipeline):
    text = "Russian artillery killed three Ukrainians in Nikopol on Monday, the regional governor said."
    assert [e.actor2 for e in events_of(pipeline, text)] == ["Civilians (Ukraine)"]


def test_armed_nationals_stay_an_armed_side(pipeline):
    text = "Israeli troops killed two armed Palestinians near Tubas on Sunday."
    assert all(r[0] == "Battles" for r in sides(pipeline, text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("An Israeli strike killed three of its fighters in Rafah on Sunday, Hamas said.",
         "Hamas"),
        ("Al-Shabaab said a US drone strike killed five of its members near Jilib on Sunday.",
         "Al Shabaab"),
        ("The ELN said two of its guerrillas were killed by the army in Arauca on Sunday.",
         "ELN: National Liberation Army"),
        ("A Turkish drone strike killed two of its commanders near Qamishli on Sunday, the SDF said.",
         "QSD: Syrian Democratic Forces"),
    ],
)
def test_its_fighters_are_the_group_the_possessive_points_to(pipeline, text, group):
    (record,) = sides(pipeline, text)
    assert record[2] == group


def test_a_places_surroundings_name_no_owner(pipeline):
    text = ("Government forces shelled Kafr Nabl and its surroundings in Idlib on Sunday amid "
            "the flight of Russian drones.")
    assert all(r[2] != "Military Forces of Russia" for r in sides(pipeline, text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Houthi forces said they shot down a US MQ-9 drone over Marib on Sunday.",
         "Military Forces of the United States"),
        ("Ukrainian troops said they downed a Russian Ka-52 helicopter near Robotyne on Sunday.",
         "Military Forces of Russia"),
    ],
)
def test_a_state_before_a_model_designation_owns_the_aircraft(pipeline, text, owner):
    (record,) = sides(pipeline, text)
    assert record[2] == owner


@pytest.mark.parametrize(
    ("text", "planter", "hit"),
    [
        ("On Sunday a military pickup hit a bomb planted by JNIM fighters on the road north of "
         "Djibo, and four soldiers were hurt.",
         "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso"),
        ("Three policemen died near Mandera on Sunday after their truck struck a bomb that "
         "had been planted by Al-Shabaab.", "Al Shabaab", "Police Forces of Kenya"),
    ],
)
def test_a_vehicle_that_strikes_a_mine_is_the_side_hit(pipeline, text, planter, hit):
    assert sides(pipeline, text) == [("Explosions/Remote violence", planter, hit)]
