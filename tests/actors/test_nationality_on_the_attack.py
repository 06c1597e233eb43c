"""A nationality on the attack noun names who attacked ("repelled 42 Russian assaults"),
and a possessive names the speaker's own forces ("its air defences"). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


def _only(pipeline, text, event_type):
    events = pipeline.extract(Article(text, published=date(2024, 5, 7)))
    (event,) = [e for e in events if e.event_type == event_type]
    return event


@pytest.mark.parametrize(
    ("text", "attacker", "defender"),
    [
        ("Ukraine's General Staff said its forces repelled 42 Russian assaults near Pokrovsk "
         "on Monday.", "Military Forces of Russia", "Military Forces of Ukraine"),
        ("Armenian troops repelled an Azerbaijani offensive near Jermuk on Monday, the defence "
         "ministry in Yerevan said.", "Military Forces of Azerbaijan", "Military Forces of Armenia"),
        ("Indian soldiers repulsed a Pakistani incursion along the Line of Control in Kupwara "
         "on Monday.", "Military Forces of Pakistan", "Military Forces of India"),
    ],
)
def test_the_nationality_on_the_fended_off_attack_is_actor1(pipeline, text, attacker, defender):
    battle = _only(pipeline, text, "Battles")
    assert battle.actor1.startswith(attacker)
    assert battle.actor2.startswith(defender)


def test_gunmen_on_the_attack_still_yield_to_the_named_other_side(pipeline):
    text = "Nigerian troops repelled a Boko Haram attack on their base in Monguno on Monday."
    battle = _only(pipeline, text, "Battles")
    assert battle.actor1.startswith("Boko Haram")
    assert battle.actor2.startswith("Military Forces of Nigeria")


def test_the_speakers_own_air_defences_shot_down_the_drones(pipeline):
    text = ("Russia's defence ministry said its air defences shot down 27 Ukrainian drones over "
            "the Kursk region overnight.")
    event = _only(pipeline, text, "Strategic developments")
    assert event.actor1.startswith("Military Forces of Russia")
    assert event.actor2.startswith("Military Forces of Ukraine")
    start, end = event.evidence["actor1"].start, event.evidence["actor1"].end
    assert text[start:end] == "air defences"


def test_air_defences_named_with_a_nationality_are_that_states_forces(pipeline):
    text = "Saudi air defences intercepted a Houthi drone over Jazan on Monday."
    event = _only(pipeline, text, "Strategic developments")
    assert event.actor1.startswith("Military Forces of Saudi Arabia")
