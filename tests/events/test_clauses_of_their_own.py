"""One sentence, two incidents: a clause with its own subject and its own place is its own
record, with its own type and sides, at its own place. Sentences of my own."""

from datetime import date

import pytest

from sitroom.model import Article

THURSDAY = date(2024, 3, 7)


def records(pipeline, text):
    events = pipeline.extract(Article(text=text, published=THURSDAY))
    return {
        e.location: (e.event_type, e.actor1, e.fatalities)
        for e in events
        if e.status == "new" and e.record_kind == "event"
    }


def test_a_clash_told_after_a_killing_keeps_its_own_town_type_and_sides(pipeline):
    out = records(
        pipeline,
        "Gunmen killed two farmers in Gwoza on Monday, and soldiers clashed with Boko Haram "
        "fighters in Bama.",
    )
    assert out["Gwoza"][0] == "Violence against civilians" and out["Gwoza"][2] == 2
    assert out["Bama"][0] == "Battles" and out["Bama"][2] == 0
    assert out["Bama"][1].startswith("Military Forces of Nigeria")


def test_arrests_in_another_town_are_not_folded_into_a_raid(pipeline):
    out = records(
        pipeline,
        "Bandits shot dead four villagers in Tsafe on Sunday, while police arrested six "
        "suspected kidnappers in Gusau.",
    )
    assert out["Gusau"][0] == "Strategic developments"
    assert out["Tsafe"][2] == 4 and out["Gusau"][2] == 0


def test_two_sides_striking_each_others_cities_make_two_strikes(pipeline):
    out = records(
        pipeline,
        "Russian drones struck an apartment block in Kharkiv overnight, killing two people, "
        "while Ukrainian drones hit an oil depot in Bryansk.",
    )
    assert out["Kharkiv"][1].startswith("Military Forces of Russia")
    assert out["Bryansk"][1].startswith("Military Forces of Ukraine")
    assert out["Kharkiv"][2] == 2 and out["Bryansk"][2] == 0


def test_a_march_stays_peaceful_when_a_gang_burns_a_station_elsewhere(pipeline):
    out = records(
        pipeline,
        "Hundreds of teachers marched in Port-au-Prince on Tuesday, while gang members set fire "
        "to a police station in Mirebalais.",
    )
    assert out["Port-au-Prince"][0] == "Protests"
    assert out["Mirebalais"][0] != "Protests"


def test_the_other_clause_keeps_its_weapon(pipeline):
    events = pipeline.extract(
        Article(
            text="RSF fighters shelled a market in El Fasher on Saturday, while army jets bombed "
            "a fuel depot in Nyala.",
            published=THURSDAY,
        )
    )
    subs = {e.location: e.sub_event_type for e in events if e.status == "new"}
    assert subs == {
        "El Fasher": "Shelling/artillery/missile attack",
        "Nyala": "Air/drone strike",
    }


def test_a_demand_told_after_a_protest_does_not_move_it(pipeline):
    out = records(
        pipeline,
        "Nurses staged a protest outside the hospital in Peshawar on Monday, demanding unpaid "
        "wages from the provincial government in Khyber Pakhtunkhwa.",
    )
    assert list(out) == ["Peshawar"]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun, 'the attackers' or the first subject's own noun: the same actors go on
        "Gunmen ambushed a convoy near Damboa on Monday, and they killed 12 soldiers in Sabon Gari.",
        "Militants stormed a checkpoint in Palma on Friday, and the militants killed four soldiers "
        "in Mocimboa da Praia.",
        "Gang members raided a police post in Cite Soleil on Sunday, and the attackers killed "
        "three officers in Delmas.",
    ],
)
def test_a_clause_going_on_with_the_same_actors_is_one_incident(pipeline, text):
    out = records(pipeline, text)
    assert len(out) == 1, out
