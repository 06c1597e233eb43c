"""Bombs that only aircraft carry (glide, guided, aerial bombs) make an air strike, even with no
aircraft named; a planted or roadside bomb stays a remote explosive. Sentences written for these
tests."""

import pytest

from tests.events.helpers import typed

AIR = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(
    "text",
    [
        "A guided aerial bomb hit an apartment block in Sumy on Friday, killing three people.",
        "Troops dropped a glide bomb on a village near Orikhiv, wounding two farmers.",
        "A guided bomb struck a school in Kupiansk, killing a teacher.",
        "An aerial bomb destroyed a clinic in Kachin State on Monday.",
    ],
)
def test_a_bomb_only_aircraft_carry_is_an_air_strike(extract, text):
    assert typed(extract, text) == [AIR], text


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb struck an army truck near Ghazni on Sunday.",
        "Militants planted a bomb under a bridge in Borno, killing four travellers.",
    ],
)
def test_a_planted_bomb_stays_a_remote_explosive(extract, text):
    assert typed(extract, text) == [IED], text
