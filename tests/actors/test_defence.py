"""The side that fends off an attack is actor2 of the battle; the side that attacked is actor1."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article


def sides(pipeline, text):
    """(actor1, actor2) of the one battle the report makes."""
    events = pipeline.extract(Article(text, published=date(2023, 3, 14)))
    (battle,) = [e for e in events if e.event_type == "Battles"]
    return battle.actor1, battle.actor2


def test_an_attack_by_a_named_group_makes_that_group_actor1(pipeline):
    text = "The Nigerian army repelled an attack by Boko Haram fighters on a base in Borno on Monday."
    a1, a2 = sides(pipeline, text)
    assert a1.startswith("Boko Haram")
    assert a2.startswith("Military Forces of Nigeria")


def test_a_group_named_before_the_attack_noun_attacked(pipeline):
    text = "Malian soldiers beat back a JNIM raid on their camp near Mopti on Sunday."
    a1, a2 = sides(pipeline, text)
    assert a1 == "JNIM: Group for Support of Islam and Muslims"
    assert a2.startswith("Military Forces of Mali")


def test_their_attack_belongs_to_the_side_that_did_not_fend_it_off(pipeline):
    text = "Four Somali soldiers were killed when al-Shabaab fighters repulsed their assault near Baidoa."
    a1, a2 = sides(pipeline, text)
    assert a1.startswith("Military Forces of Somalia")
    assert a2 == "Al Shabaab"


def test_the_attackers_repelled_in_the_passive_stay_actor1(pipeline):
    text = "Al-Shabaab militants were repelled after a gunfight with Somali troops near Jowhar on Friday."
    a1, a2 = sides(pipeline, text)
    assert a1 == "Al Shabaab"
    assert a2.startswith("Military Forces of Somalia")


def test_a_thwarted_attack_with_no_attacker_named_keeps_the_subject_first(pipeline):
    text = "Kenyan police thwarted an attack and shot dead an al-Shabaab commander in Mandera on Monday."
    a1, _ = sides(pipeline, text)
    assert a1.startswith("Police Forces of Kenya")


def test_repelling_aircraft_is_no_attack_by_their_owner(pipeline):
    text = "Houthi air defences repelled two Saudi-led coalition warplanes over Hajjah on Monday."
    (event,) = pipeline.extract(Article(text, published=date(2023, 3, 14)))
    assert "Supreme Political Council" in event.actor1


def test_a_second_clause_with_its_own_doers_keeps_its_own_sides(pipeline):
    text = ("Somali police repelled an al-Shabaab attack on a checkpoint in Beledweyne on Monday, "
            "and soldiers killed four ISIS fighters in Bosaso.")
    events = pipeline.extract(Article(text, published=date(2023, 3, 14)))
    (second,) = [e for e in events if e.location == "Bosaso"]
    assert second.actor1.startswith("Military Forces of Somalia")
    assert second.actor2.startswith("Islamic State")
