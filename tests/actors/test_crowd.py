"""A crowd takes the name of what its record finally is: rioters of a riot, protesters of a protest."""

from __future__ import annotations

from datetime import date

from sitroom.actors.crowd import crowd_for_type
from sitroom.model import Article, Event


def crowd(pipeline, text):
    (event,) = [e for e in pipeline.extract(Article(text, published=date(2023, 6, 5)))
                if e.event_type in ("Protests", "Riots")]
    return event


def test_a_march_whose_stones_are_told_later_is_a_riot_by_rioters(pipeline):
    text = ("Hundreds of taxi drivers marched through Lagos on Monday against a rise in fuel "
            "prices. They later hurled stones at police and torched a bus.")
    event = crowd(pipeline, text)
    assert event.event_type == "Riots"
    assert (event.actor1, event.inter1) == ("Rioters (Nigeria)", 5)


def test_a_rally_that_turns_to_smashing_windows_names_rioters(pipeline):
    text = ("University students rallied in Khartoum on Sunday against the cost of bread. "
            "Some of them smashed shop windows and set a car ablaze.")
    assert crowd(pipeline, text).actor1 == "Rioters (Sudan)"


def test_a_peaceful_sit_in_keeps_its_protesters(pipeline):
    text = "Farmers held a sit-in outside the agriculture ministry in Lima on Friday over seed subsidies."
    assert crowd(pipeline, text).actor1 == "Protesters (Peru)"


def test_rioters_of_a_record_typed_a_protest_are_its_protesters(dictionary):
    event = Event(event_type="Protests", actor1="Rioters (Chad)", inter1=5)
    crowd_for_type(event, dictionary)
    assert (event.actor1, event.inter1) == ("Protesters (Chad)", 6)


def test_an_armed_group_in_a_riot_record_keeps_its_name(dictionary):
    event = Event(event_type="Riots", actor1="Al Shabaab", inter1=2)
    crowd_for_type(event, dictionary)
    assert event.actor1 == "Al Shabaab"
