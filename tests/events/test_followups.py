"""Sentences that follow an event: elaborations, later claims/denials, ongoing situations."""

from __future__ import annotations

import pytest

from sitroom.events.parsing import unknown_perpetrator
from tests.events.test_finalize import run_finalize


def kinetic(cands):
    return [c for c in cands if c.family == "kinetic"]


# ---------------------------------------------------------------- 1. elaborations


@pytest.mark.parametrize(
    "text",
    [
        "Houthi forces fired two anti-ship missiles at a tanker in the Red Sea on Monday. "
        "One missile struck the vessel and started a fire.",
        "Hezbollah launched three rockets at an Israeli army post near Metula on Friday. "
        "One of the rockets hit the base, the army said.",
        "Militants fired mortar shells at a military camp near Gao on Tuesday. "
        "One shell hit the camp.",
    ],
)
def test_part_of_a_salvo_merges_into_the_salvo(extract, text):
    ctx, cands = extract(text)
    ks = kinetic(cands)
    assert len(ks) == 2
    assert ks[1].elaborates and ks[1].parent is ks[0]
    kept = kinetic(run_finalize(ctx))
    assert len(kept) == 1 and kept[0] is ks[0]


def test_definite_target_without_agent_elaborates(extract):
    ctx, cands = extract(
        "Gunmen ambushed an army convoy near Mopti on Sunday. "
        "They set fire to the convoy before fleeing."
    )
    ks = kinetic(cands)
    assert ks[1].elaborates and ks[1].parent is ks[0]


@pytest.mark.parametrize(
    "text",
    [
        # a new place: a second attack
        "Russian forces fired two missiles at Odesa on Monday. "
        "Another missile struck a port in Izmail.",
        # a different weapon family
        "Rebels fired rockets at a base near Kidal on Monday. "
        "A roadside bomb destroyed the convoy.",
        # a date of its own
        "Militants fired rockets at an army base near Baidoa on Monday. "
        "On Wednesday, one rocket struck the base.",
        # a named, different attacker
        "Hamas fired rockets at Sderot on Saturday. "
        "Israeli jets struck the launch site.",
    ],
)
def test_new_occurrences_are_not_elaborations(extract, text):
    _, cands = extract(text)
    ks = kinetic(cands)
    assert len(ks) == 2
    assert not ks[1].elaborates


def test_elaboration_fatalities_flow_to_the_parent(extract):
    ctx, cands = extract(
        "Insurgents fired two rockets at a police station in Kirkuk on Monday. "
        "One rocket hit the station."
    )
    ks = kinetic(cands)
    ks[1].event.fatalities = 2  # as the `fatalities` stage would set from "killing two"
    kept = kinetic(run_finalize(ctx))
    assert len(kept) == 1 and kept[0].event.fatalities == 2


# ---------------------------------------------------------------- 2. later claims


@pytest.mark.parametrize(
    ("text", "claimant_word"),
    [
        (
            "Yemen's Houthis fired two missiles at a tanker in the Red Sea on Monday. "
            "One missile struck the vessel. No casualties were reported. "
            "Houthi military spokesman Yahya Saree claimed responsibility for the attack "
            "on Tuesday.",
            "Saree",
        ),
        (
            "A suicide bomber struck a market in Mogadishu on Saturday, killing nine people. "
            "Police cordoned off the area. "
            "Al-Shabaab claimed responsibility for the bombing in a statement.",
            "Al-Shabaab",
        ),
        (
            "Gunmen attacked a checkpoint near Menaka on Friday, killing four soldiers. "
            "The army sent reinforcements to the area. "
            "The Islamic State Sahel Province claimed responsibility for the attack.",
            "Islamic State",
        ),
    ],
)
def test_claim_two_sentences_later_sets_the_event(extract, text, claimant_word):
    _, cands = extract(text)
    first = kinetic(cands)[0]
    assert first.event.claim == "claimed"
    assert first.event.evidence["claim"].text.startswith("claimed")
    assert claimant_word in first.event.evidence["attributed_to"].text
    assert all(c.sentence.text.find("claimed") < 0 for c in kinetic(cands))


def test_claimant_fills_an_unknown_attacker(extract):
    _, cands = extract(
        "Gunmen attacked a checkpoint near Menaka on Friday, killing four soldiers. "
        "The army sent reinforcements to the area. "
        "The Islamic State Sahel Province claimed responsibility for the attack."
    )
    first = kinetic(cands)[0]
    assert not unknown_perpetrator(first.agent, _lex())
    assert "Islamic State" in first.agent.text


def test_claimant_does_not_replace_a_named_attacker(extract):
    _, cands = extract(
        "Russian forces shelled Kherson on Monday. Firefighters put out the blaze. "
        "Russia's defence ministry claimed responsibility for the strike."
    )
    first = kinetic(cands)[0]
    assert first.event.claim == "claimed"
    assert first.agent.text == "Russian forces"


def test_claim_goes_to_the_matching_earlier_event(extract):
    _, cands = extract(
        "Gunmen shot dead a teacher in Kano on Monday. "
        "An airstrike hit a rebel camp in Zamfara on Monday. "
        "Bandits claimed responsibility for the shooting."
    )
    ks = kinetic(cands)
    assert ks[0].event.claim == "claimed"
    assert ks[1].event.claim == "reported"


def _lex():
    from sitroom.events import load_lexicon

    return load_lexicon()


# ---------------------------------------------------------------- 2b. denials


def test_accused_party_denial_sets_denied(extract):
    _, cands = extract(
        "A drone strike on a market in El Fasher killed 15 civilians on Sunday. "
        "The Rapid Support Forces accused the army of carrying out the strike. "
        "The Sudanese army denied any involvement."
    )
    assert kinetic(cands)[0].event.claim == "denied"


def test_denial_by_the_named_attacker(extract):
    _, cands = extract(
        "Israeli forces struck a school in Gaza City on Tuesday, medics said. "
        "Israel's military denied carrying out the strike."
    )
    assert kinetic(cands)[0].event.claim == "denied"


def test_denial_by_a_bystander_is_not_the_events(extract):
    _, cands = extract(
        "Russian forces shelled Kherson on Monday, killing two people. "
        "Emergency workers cleared the rubble. "
        "The Turkish foreign ministry denied reports that its ships were damaged."
    )
    assert kinetic(cands)[0].event.claim == "reported"


def test_denied_claim_in_the_same_sentence(extract):
    _, cands = extract(
        "Russia's defence ministry said its troops had captured the village of Robotyne, "
        "a claim Ukraine's military denied."
    )
    assert kinetic(cands)[0].event.claim == "denied"


def test_accusation_is_not_a_new_strike(extract):
    _, cands = extract(
        "A drone strike on a market in El Fasher killed 15 civilians on Sunday. "
        "The Rapid Support Forces accused the army of carrying out the strike."
    )
    strikes = [c for c in kinetic(cands) if c.event.sub_event_type == "Air/drone strike"]
    assert len([c for c in strikes if "accused" in c.sentence.text]) == 0


# ---------------------------------------------------------------- 3. ongoing situations


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies warned that thousands of people face famine as fighting between the "
        "army and the RSF continues.",
        "Hospitals are overwhelmed as clashes between rival militias in Tripoli continue.",
        "The war, which has killed tens of thousands of people, has displaced millions.",
        "Government troops and Houthi fighters have been fighting around Marib, officials said.",
    ],
)
def test_ongoing_situation_is_background(extract, text):
    """Not emitted, or emitted as background with the cue as evidence."""
    ctx, cands = extract(text)
    assert all(c.ongoing for c in kinetic(cands))
    kept = kinetic(run_finalize(ctx))
    assert all(c.event.status == "background" for c in kept)
    assert all("status" in c.event.evidence for c in kept)


def test_the_demo_famine_sentence_is_background(extract):
    ctx, cands = extract(
        "Aid agencies have warned that hundreds of thousands of people trapped in the town "
        "face famine as fighting between the army and the militia continues."
    )
    assert kinetic(cands) and all(c.ongoing for c in kinetic(cands))
    assert all(c.event.status == "background" for c in kinetic(run_finalize(ctx)))


@pytest.mark.parametrize(
    "text",
    [
        "Clashes continued in Khartoum on Monday, residents said.",
        "Fighters of the RSF attacked a village near Geneina, killing five.",
        "Rebels shelled Goma as peace talks continued in Nairobi.",
    ],
)
def test_occurrences_are_not_ongoing(extract, text):
    _, cands = extract(text)
    ks = kinetic(cands)
    assert ks and not any(c.ongoing for c in ks)


def test_referenced_strike_is_no_weapon_of_another_event(extract):
    _, cands = extract(
        "A drone strike on a market in Kadugli killed 12 civilians on Sunday. "
        "The SPLM-N, which has besieged Kadugli since March, accused the army of carrying "
        "out the strike."
    )
    later = [c for c in kinetic(cands) if "accused" in c.sentence.text]
    assert all(c.weapon != "air" and "strike" not in c.weapons for c in later)


def test_an_event_told_amid_clashes_is_not_ongoing(extract):
    _, cands = extract("Hundreds of protesters rallied in Sanaa on Friday amid clashes with police.")
    ks = kinetic(cands)
    assert ks and not ks[0].ongoing


def test_elaboration_injuries_flow_to_the_parent(extract):
    ctx, cands = extract(
        "Rebels fired three mortar shells at a market in Bunia on Monday. "
        "One shell hit the market."
    )
    ks = kinetic(cands)
    assert ks[1].elaborates
    ks[1].event.injuries = 3
    kept = kinetic(run_finalize(ctx))
    assert len(kept) == 1 and kept[0].event.injuries == 3


def test_a_denial_after_the_speakers_own_claim_wins(extract):
    _, cands = extract(
        "The rebels said their fighters had stormed an army base near Rutshuru, "
        "which the army denied."
    )
    assert kinetic(cands)[0].event.claim == "denied"
