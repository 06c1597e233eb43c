"""Claims of responsibility in the passive ("the attack, claimed by X") and claimants named
after their kind ("the militant group X"): X is the attacker and the record is its claim. An
event noun as the subject ("an attack killed five") names no attacker. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records


def records(pipeline, text: str):
    return event_records(pipeline, text, date(2025, 3, 10))


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "A car bomb exploded outside a police post in Beledweyne on Saturday, killing two "
            "officers. The attack, claimed by Al-Shabaab, came a week after an army raid.",
            "Al Shabaab",
        ),
        (
            "Gunmen stormed an army checkpoint near Monguno on Sunday, killing five soldiers. "
            "The assault was claimed by Islamic State West Africa Province.",
            "Islamic State (West Africa)",
        ),
        (
            "A roadside bomb hit a supply truck near Menaka on Friday, killing two soldiers, "
            "in an ambush claimed by JNIM.",
            "JNIM",
        ),
    ],
)
def test_an_attack_claimed_by_a_group_is_its_claim(pipeline, text, attacker):
    (event,) = records(pipeline, text)
    assert event.claim == "claimed"
    assert attacker in event.actor1


def test_land_claimed_by_two_states_is_no_claim_of_an_attack(pipeline):
    (event,) = records(
        pipeline,
        "Artillery shelled the disputed valley of Kelbara, land claimed by both states, on Monday.",
    )
    assert event.claim != "claimed"


@pytest.mark.parametrize(
    "second",
    [
        "The Islamist group Al-Shabaab took responsibility for the blast in a radio message.",
        "The bombing was later claimed by the Islamist group Al-Shabaab, police said.",
    ],
)
def test_a_claimant_named_after_its_kind_is_the_named_group(pipeline, second):
    text = "A car bomb exploded at a cattle market in Baidoa on Friday, killing six people. " + second
    (event,) = records(pipeline, text)
    assert event.actor1 == "Al Shabaab"
    assert event.attributed_to == "Al-Shabaab"


def test_a_claimed_attack_that_killed_people_takes_the_claimant(pipeline):
    (event,) = records(
        pipeline,
        "Al-Shabaab claimed an attack on a hotel in Kismayo on Friday that killed five guests.",
    )
    assert event.actor1 == "Al Shabaab" and event.claim == "claimed"


def test_an_attack_as_subject_is_an_unidentified_group(pipeline):
    (event,) = records(pipeline, "An attack on a village near Djibo killed 12 civilians on Friday.")
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_a_relative_clause_claim_is_the_claimants(pipeline):
    (event,) = records(
        pipeline,
        "The ambush, which was claimed by the Baloch Liberation Army, killed nine soldiers "
        "near Turbat on Friday.",
    )
    assert event.claim == "claimed" and event.actor1.startswith("BLA")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between ELN and FARC dissidents in Arauca killed six fighters on Monday.",
        "An attack blamed on Fulani herders killed nine villagers in Bokkos on Sunday.",
        "A rebel attack killed three soldiers near Bambari on Sunday.",
    ],
)
def test_an_event_noun_that_tells_its_side_is_no_unidentified_group(pipeline, text):
    (event,) = records(pipeline, text)
    assert not event.actor1.startswith("Unidentified Armed Group"), event.actor1
