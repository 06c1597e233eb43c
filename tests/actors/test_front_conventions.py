"""ACLED's convention for a front between two known forces: from 2014 to the invasion of
24 February 2022, an exchange of fire on the Donbas line of contact that a report tells
without naming a side is a clash of Ukraine's forces with the separatists' (NAF); a report
naming one side as the target makes the other the attacker, and so does fire near a town
one side held (explosions near a government-held town are the separatists', near a
separatist-held one Ukraine's) (`sitroom/actors/data/conventions.yaml`). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article

NAF = "NAF: United Armed Forces of Novorossiya"


def _clash(pipeline, text, published):
    events = pipeline.extract(Article(text, published=published))
    (event,) = [e for e in events if e.event_type == "Battles"]
    return event


def test_an_exchange_of_fire_naming_no_side_is_ukraine_against_the_separatists(pipeline):
    text = ("On 12 March 2019, monitors counted about 40 explosions and bursts of gunfire near "
            "Zaitseve, Donetsk region, in both directions across the contact line.")
    event = _clash(pipeline, text, date(2019, 3, 12))
    assert event.actor1.startswith("Military Forces of Ukraine")
    assert event.actor2 == NAF
    assert "actor1" in event.evidence and "actor2" in event.evidence


def test_fire_near_a_government_held_town_is_led_by_the_separatists(pipeline):
    text = ("On 12 March 2019, monitors counted about 40 explosions and bursts of gunfire near "
            "Avdiivka, Donetsk region, in both directions across the contact line.")
    event = _clash(pipeline, text, date(2019, 3, 12))
    assert (event.actor1, event.actor2.split(" (")[0]) == (NAF, "Military Forces of Ukraine")


def _shelling(pipeline, text, published):
    events = pipeline.extract(Article(text, published=published))
    (event,) = [e for e in events if e.event_type == "Explosions/Remote violence"]
    return event


def test_shells_falling_near_a_separatist_held_town_are_ukraines(pipeline):
    text = ("On 9 October 2019, the OSCE monitors recorded 12 explosions of undetermined origin "
            "near Horlivka.")
    event = _shelling(pipeline, text, date(2019, 10, 9))
    assert event.actor1.startswith("Military Forces of Ukraine")
    assert "actor1" in event.evidence


def test_shells_falling_near_a_government_held_town_are_the_separatists(pipeline):
    text = ("On 9 October 2019, the OSCE monitors recorded 30 explosions of undetermined origin "
            "near Avdiivka.")
    assert _shelling(pipeline, text, date(2019, 10, 9)).actor1 == NAF


def test_shells_near_a_town_of_neither_list_name_no_shooter(pipeline):
    text = ("On 9 October 2019, the OSCE monitors recorded 3 explosions of undetermined origin "
            "near Kramatorsk.")
    assert _shelling(pipeline, text, date(2019, 10, 9)).actor1 == ""


def test_fire_on_government_positions_is_the_separatists(pipeline):
    text = ("On 3 June 2021, unknown gunmen opened fire on government positions near Zolote in "
            "Luhansk region. No casualties were reported.")
    event = _clash(pipeline, text, date(2021, 6, 3))
    assert event.actor1 == NAF
    assert event.actor2.startswith("Military Forces of Ukraine")


def test_the_convention_ends_with_the_invasion(pipeline):
    text = ("On 3 June 2023, an exchange of fire was reported near Toretsk in Donetsk region. "
            "No casualties were reported.")
    event = _clash(pipeline, text, date(2023, 6, 3))
    assert NAF not in (event.actor1, event.actor2)


def test_a_clash_away_from_the_donbas_is_left_as_told(pipeline):
    text = ("On 3 June 2021, an exchange of fire was reported near a checkpoint in Kharkiv "
            "region. No casualties were reported.")
    event = _clash(pipeline, text, date(2021, 6, 3))
    assert NAF not in (event.actor1, event.actor2)


def test_the_weapons_list_read_as_verbs_keeps_the_target(pipeline):
    """The tagger reads "grenade" as a verb joined to "fired": its "at" phrase is still the
    target of the troops that fired."""
    text = ("On 14 August 2020, Ukrainian troops fired mortars, grenade launchers and machine "
            "guns at separatist positions near Horlivka, Donetsk region.")
    event = _clash(pipeline, text, date(2020, 8, 14))
    assert event.actor1.startswith("Military Forces of Ukraine")
    assert event.actor2 == NAF
