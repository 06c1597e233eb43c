"""A change of territory names the side that lost the ground (ACLED's actor2). A report of
a capture often names only the winner: the ground was then the state's, whose country the
place lies in. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 5)


def test_a_rebel_capture_was_from_the_state(pipeline):
    text = "Rebels of the M23 movement seized the town of Rubaya in North Kivu province on Thursday."
    assert record_sides(pipeline, text, PUBLISHED)[0] == (
        "Battles", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo"
    )


def test_a_foreign_army_capture_was_from_the_state_whose_ground_it_was(pipeline):
    text = "Russia's defence ministry said its forces had captured the village of Orlivka in the Donetsk region."
    assert record_sides(pipeline, text, PUBLISHED)[0] == (
        "Battles", "Military Forces of Russia", "Military Forces of Ukraine"
    )


def test_a_loser_the_text_names_is_kept(pipeline):
    text = "Islamist fighters seized the town of Tal Rifaat from Kurdish-led SDF forces on Monday."
    assert record_sides(pipeline, text, PUBLISHED)[0][2] == "QSD: Syrian Democratic Forces"


def test_the_state_retaking_ground_names_no_loser_of_its_own(pipeline):
    text = "Myanmar troops recaptured the town of Kalemyo on Wednesday, state media said."
    assert record_sides(pipeline, text, PUBLISHED)[0][2] != "Military Forces of Myanmar"
