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
        ("On Sunday, residents held a violent demonstration in Blantyre, Malawi, against plans "
         "for a quarantine centre. The demonstrators burned mattresses and threw stones at the "
         "police.", "Police Forces of Malawi"),
        ("On Sunday, traders held a demonstration in Kumasi, Ghana, against new market fees. "
         "They burned tyres and hurled stones at soldiers.", "Military Forces of Ghana"),
        ("Youths burned tyres in Kisumu, Kenya, on Sunday and threw stones at soldiers "
         "enforcing a curfew.", "Military Forces of Kenya"),
        ("Villagers burned tyres and clashed with the Mauritanian police in Kiffa on Sunday, "
         "denouncing water cuts.", "Police Forces of Mauritania"),
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


def test_two_groups_stoning_each_other_stay_rioters_on_both_sides(pipeline):
    text = ("Two groups of youths clashed and threw stones at each other in Bihar, India, on "
            "Sunday, after a police officer fired shots at villagers.")
    assert sides(pipeline, text) == [("Mob violence", "Rioters", "Rioters")]
