"""Claims name the perpetrator (claimed); accusations name it as unconfirmed, with the accuser.

Sentences of our own, through the whole pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

MONDAY = date(2024, 4, 22)
ATTACKS = ("Explosions/Remote violence", "Battles", "Violence against civilians")


def _attack(pipeline, text):
    events = pipeline(Article(text=text, published=MONDAY, source="Test"))
    found = [e for e in events if e.event_type in ATTACKS]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A drone struck the Harir base on Sunday. The Islamic Resistance in Iraq claimed the "
         "attack.", "Islamic Resistance in Iraq"),
        ("A roadside bomb hit an army patrol near Tarmiyah on Sunday. A group calling itself "
         "the Islamic State claimed the bombing on Telegram.", "Islamic State (Iraq)"),
        ("Kataib Hezbollah said it targeted the American base at Conoco gas field with drones on "
         "Sunday.", "Kataib Hezbollah"),
        ("A car bomb exploded near a checkpoint in Mogadishu on Sunday. Al Shabaab claimed "
         "responsibility for the blast.", "Al Shabaab"),
    ],
)
def test_a_claim_makes_the_claimant_actor1(pipeline, text, actor1):
    event = _attack(pipeline, text)
    assert event.actor1 == actor1 and event.claim == "claimed", (event.actor1, event.claim)
    cited = event.evidence["actor1"]
    assert text[cited.start : cited.end] == cited.text


@pytest.mark.parametrize(
    ("text", "actor1", "accuser"),
    [
        ("The Pentagon blamed Kataib Hezbollah for a drone attack on the Tower 22 outpost in "
         "Jordan on Sunday.", "Kataib Hezbollah", "Pentagon"),
        ("Gunmen killed two soldiers near Tal Afar on Sunday. Iraqi officials accused the "
         "Islamic State of carrying out the attack.", "Islamic State (Iraq)", "Iraqi officials"),
        ("Rockets hit the Harir base on Sunday. Kataib Hezbollah was blamed for the attack by "
         "US officials.", "Kataib Hezbollah", "US officials"),
    ],
)
def test_an_accusation_names_actor1_as_unconfirmed(pipeline, text, actor1, accuser):
    event = _attack(pipeline, text)
    assert (event.actor1, event.claim) == (actor1, "unconfirmed")
    assert accuser in event.attributed_to and accuser in event.evidence["attributed_to"].text


def test_an_accusation_never_overrides_a_named_attacker(pipeline):
    text = ("Turkish drones struck a village near Amedi on Sunday. Local officials blamed the "
            "PKK for the attack.")
    event = _attack(pipeline, text)
    assert event.actor1.startswith("Military Forces of Turkey")


def test_denials_and_hedges_accuse_no_one(pipeline):
    text = ("A drone struck the Harir base on Sunday. Kataib Hezbollah denied any involvement "
            "in the attack.")
    event = _attack(pipeline, text)
    assert event.actor1 != "Kataib Hezbollah"
