"""Mines set off by a step or a wheel are explosions; war debris from a past war is ACLED's
'Other', live debris a remote explosive; a riot of prisoners with no demand is mob violence.
Sentences written for these tests."""

import pytest

from tests.events.helpers import typed as _typed

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
MOB = ("Riots", "Mob violence")



@pytest.mark.parametrize(
    "text",
    [
        "A boy stepped on a landmine near the village of Pailin on Sunday.",
        "Their pickup ran over an IED near Gao on Monday.",
        "A herder stepped on a mine outside Bakool on Friday.",
    ],
)
def test_a_mine_stepped_on_or_run_over_is_an_explosion(extract, text):
    assert _typed(extract, text) == [IED], text


@pytest.mark.parametrize(
    "text",
    [
        "A car ran over a child near the market in Kano.",
        "The minister stepped on the stage in Abuja.",
    ],
)
def test_other_things_run_over_or_stepped_on_are_no_event(extract, text):
    assert _typed(extract, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "A rusty rocket leftover from the Khmer Rouge years blew up in a rice field near "
        "Siem Reap, wounding a farmer.",
        "A farmer stepped on a landmine, a remnant of the civil war, near Battambang.",
    ],
)
def test_a_device_left_from_a_past_war_is_other(extract, text):
    assert _typed(extract, text) == [("Strategic developments", "Other")], text


def test_an_unexploded_shell_that_goes_off_is_no_shelling(extract):
    text = "Two boys were killed when an unexploded shell they found in a field went off near Izium."
    assert _typed(extract, text) == [IED]


@pytest.mark.parametrize(
    "text",
    [
        "Inmates rioted inside Makala jail on Monday, setting fire to mattresses.",
        "Prisoners rioted in the jail at Kigali and held two warders for an hour.",
        "Rebel fighters held in the army's jail in Goma rioted, smashing the cell doors.",
    ],
)
def test_a_prison_riot_is_mob_violence(extract, text):
    assert _typed(extract, text) == [MOB], text


@pytest.mark.parametrize(
    "text",
    [
        "Inmates rioted at the prison in Kisumu on Monday to demand better food.",
        "Detainees at Gitega jail staged a riot demanding an amnesty.",
        "Inmates rioted in a prison in Bukavu, joining crowds outside in demanding elections.",
    ],
)
def test_a_prison_riot_with_a_demand_is_a_violent_demonstration(extract, text):
    assert _typed(extract, text) == [("Riots", "Violent demonstration")], text


def test_a_device_set_off_is_an_explosion(extract):
    text = "Militants set off a roadside device beside an army truck near Bannu on Monday."
    assert _typed(extract, text) == [IED]


def test_a_training_centre_attacked_is_no_drill(extract):
    text = "Attackers raided a police training academy in Quetta and detonated a bomb, killing nine."
    assert ("Strategic developments", "Other") not in _typed(extract, text)


def test_a_barrage_of_rockets_is_the_weapon_not_the_target(extract):
    text = "Hezbollah fired a barrage of rockets at northern Israel on Tuesday."
    assert _typed(extract, text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize(
    "text",
    [
        "Angry traders rioted in Kumasi after police locked up a prisoner's cousin.",
        "Wives of inmates rioted outside the penitentiary in Tegucigalpa, hurling bottles.",
        "Ex-prisoners rioted in Mombasa, smashing shop windows.",
        "Villagers rioted in Bouar after a jail warder killed a moto driver.",
    ],
)
def test_a_riot_beside_custody_words_is_no_prison_riot(extract, text):
    assert MOB not in _typed(extract, text), text
