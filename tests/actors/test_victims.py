"""The other side of a fight or a blast whose target phrase names no one: the people the
sentence says were killed or hurt ("soldiers were killed when their truck hit a mine");
unnamed fighters killed name no side. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2020, 5, 6)


def sides(pipeline, text):
    return record_sides(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("On Sunday, an unspecified number of troops died or were hurt when JNIM militants "
         "struck their truck near Douentza, Mali.", "Military Forces of Mali"),
        ("On Sunday, a number of policemen were wounded when their patrol hit a roadside bomb "
         "near Bannu, Pakistan.", "Police Forces of Pakistan"),
        ("On Sunday, one security officer was shot and killed by Al-Shabaab fighters in Marka, "
         "Somalia.", "Military Forces of Somalia"),
    ],
)
def test_the_people_a_fight_or_blast_hurt_are_its_other_side(pipeline, text, victims):
    [(_, _, actor2)] = sides(pipeline, text)
    assert actor2 == victims


def test_unnamed_fighters_killed_name_no_other_side(pipeline):
    text = ("On Sunday, government troops repelled an attack near Marib, Yemen, and several "
            "fighters were killed.")
    assert all(not a2.startswith("Unidentified") for _, _, a2 in sides(pipeline, text))
