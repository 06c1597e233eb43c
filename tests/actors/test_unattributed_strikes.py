"""ACLED's convention for remote violence a report leaves unattributed where only one side
strikes that ground: from 24 February 2022 a strike on a Ukrainian-held town is Russia's
(`sitroom/actors/data/conventions.yaml`). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article


def _strike(pipeline, text, published=date(2024, 5, 7)):
    events = pipeline.extract(Article(text, published=published))
    (event,) = [e for e in events if e.event_type == "Explosions/Remote violence"]
    return event


def test_an_unattributed_missile_strike_on_a_ukrainian_held_city_is_russias(pipeline):
    event = _strike(pipeline, "A missile strike on an apartment block in Dnipro killed four "
                              "people on Sunday, the regional governor said.")
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.inter1 == 8  # a state's forces outside their country
    assert event.actor2 == "Civilians (Ukraine)"
    assert "actor1" in event.evidence


def test_the_same_words_before_the_invasion_stay_unidentified(pipeline):
    event = _strike(pipeline, "Shelling hit a school in Avdiivka on Sunday, wounding a teacher.",
                    published=date(2019, 5, 7))
    assert event.actor1.startswith("Unidentified Armed Group")


def test_a_strike_on_a_town_held_by_russia_is_not_russias(pipeline):
    event = _strike(pipeline, "Shelling hit a bus stop in Horlivka on Sunday, killing two people.")
    assert not event.actor1.startswith("Military Forces of Russia")


def test_a_report_from_the_occupied_side_is_not_russias(pipeline):
    text = ("Shelling killed two people at a market in Kakhovka on Sunday, the Russian-installed "
            "administration said.")
    event = _strike(pipeline, text)
    assert not event.actor1.startswith("Military Forces of Russia")


def test_a_named_attacker_is_kept(pipeline):
    event = _strike(pipeline, "Ukrainian drones struck an oil depot in Feodosia on Sunday.")
    assert event.actor1.startswith("Military Forces of Ukraine")


def test_other_wars_are_left_as_told(pipeline):
    event = _strike(pipeline, "An air strike hit a market in Maaret al-Numan on Sunday, killing "
                              "six people, rescuers said.")
    assert event.actor1 != "Military Forces of Russia (2000-)"
