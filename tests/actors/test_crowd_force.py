"""The state force a riot or a protest confronted is its actor2, even where the record's
trigger is the march and the force is told in another clause or the next sentence; a
force that only arrived, watched, or belongs to a past event is not. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 5, 6)


def sides(pipeline, text):
    """(sub_event_type, actor1, actor2) of each event record, regime years dropped."""
    events = pipeline.extract(Article(text, published=PUBLISHED))
    return [(e.sub_event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0])
            for e in events if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("On Saturday, market vendors rallied in Bamenda, Cameroon, against the closure of "
         "their stalls. The vendors overturned a council truck and pelted the police with "
         "rocks.", "Police Forces of Cameroon"),
        ("On Sunday, traders held a demonstration in Kumasi, Ghana, against new market fees. "
         "They burned tyres and hurled stones at soldiers.", "Military Forces of Ghana"),
        ("Youths burned tyres in Kisumu, Kenya, on Sunday and threw stones at soldiers "
         "enforcing a curfew.", "Military Forces of Kenya"),
        ("Angry over weeks without electricity, shopkeepers in Kasserine, Tunisia, blocked the "
         "main road on Sunday and fought the Tunisian police.", "Police Forces of Tunisia"),
        ("On Sunday, hundreds of factory workers demonstrated in Chennai, India, demanding buses "
         "home. Rioters threw stones and police resorted to a baton charge to disperse them.",
         "Police Forces of India"),
    ],
)
def test_the_force_a_riot_confronted_is_actor2(pipeline, text, force):
    [(_, crowd, actor2)] = sides(pipeline, text)
    assert crowd == "Rioters" and actor2 == force


def test_a_protest_dispersed_by_police_has_the_police_as_actor2(pipeline):
    text = ("On 3 June 2021, dock workers held a protest in Durres for the third day running, "
            "demanding back wages, and were dispersed by police.")
    assert sides(pipeline, text) == [
        ("Protest with intervention", "Protesters", "Police Forces of Albania")]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters smashed bank windows in Tripoli, Lebanon, on Sunday. When security forces "
        "arrived, the rioters left.",
        "Demonstrators burned tyres on a highway in Puebla, Mexico, on Sunday to demand justice "
        "for a man allegedly shot by police last month.",
    ],
)
def test_a_force_that_only_arrived_or_belongs_to_a_past_event_is_not_actor2(pipeline, text):
    [(_, _, actor2)] = sides(pipeline, text)
    assert not actor2.startswith(("Police Forces", "Military Forces")), actor2


@pytest.mark.parametrize(
    "text",
    [
        "Students burned tyres in Ibadan, Nigeria, on Monday. In another incident, soldiers "
        "clashed with gunmen in Zamfara.",
        "Rioters smashed shop windows in Quito, Ecuador, on Monday. Soldiers fought gang members "
        "in Guayaquil on Tuesday.",
        "Protesters threw stones at a bank in Accra, Ghana, on Monday. Soldiers in Tamale fired "
        "tear gas at a separate crowd on Tuesday.",
        "Villagers rioted in Tororo, Uganda, on Tuesday after soldiers shot two traders.",
        "Students rioted in Dhaka, Bangladesh, on Sunday, a day after police beat a student "
        "leader.",
    ],
)
def test_a_force_of_another_incident_or_of_the_riots_cause_is_not_actor2(pipeline, text):
    crowd = sides(pipeline, text)[0]
    assert crowd[1] == "Rioters" and crowd[2] == "", crowd


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Residents of Gulu, Uganda, burned tyres on a road on Monday. Police fired tear gas "
         "at them.", "Police Forces of Uganda"),
        ("Protesters burned a police car in Dakar, Senegal, on Friday after police fired tear "
         "gas at them.", "Police Forces of Senegal"),
        ("Farmers blocked a highway in Cochabamba, Bolivia, on Monday and burned a toll booth. "
         "Three police officers were injured.", "Police Forces of Bolivia"),
    ],
)
def test_a_force_told_aside_that_faced_the_crowd_is_actor2(pipeline, text, force):
    [(_, _, actor2)] = sides(pipeline, text)
    assert actor2 == force


def test_two_groups_stoning_each_other_stay_rioters_on_both_sides(pipeline):
    text = ("Two groups of youths clashed and threw stones at each other in Bihar, India, on "
            "Sunday, after a police officer fired shots at villagers.")
    assert sides(pipeline, text) == [("Mob violence", "Rioters", "Rioters")]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Protesters who threw stones at police officers in Lagos were dispersed with tear gas "
         "on Monday.", "Police Forces of Nigeria"),
        ("Demonstrators who hurled rocks at riot police in Dhaka were dispersed with rubber "
         "bullets on Sunday.", "Police Forces of Bangladesh"),
    ],
)
def test_a_crowd_that_stoned_the_police_in_a_clause_of_its_own_faced_them(pipeline, text, force):
    """The crowd is actor1 of its riot, not the dispersed side, and the force its relative
    clause attacked is actor2."""
    [(_, crowd, actor2)] = sides(pipeline, text)
    assert (crowd, actor2) == ("Rioters", force)


def test_a_clause_on_the_crowd_that_names_no_confrontation_gives_no_force(pipeline):
    text = "Traders who were angry at police blocked the road in Eldoret and burned tyres on Monday."
    [(_, _, actor2)] = sides(pipeline, text)
    assert not actor2.startswith("Police Forces"), actor2
