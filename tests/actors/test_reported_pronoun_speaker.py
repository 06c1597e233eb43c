"""'X said it had ...': the pronoun doing the reported deed is the speaker, and a bare
state force speaking is the force of the event's country ('The army said it had retaken
the village of X': the army of Mali). `sitroom.actors.anaphora.speaker_side`. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 8, 19)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The army said it had retaken the village of Anefis from the rebels on Sunday.",
         "Military Forces of Mali"),
        ("The army said it had recaptured the town of Kidal on Sunday.", "Military Forces of Mali"),
        ("The military said it regained control of Mansila in Yagha province on Sunday.",
         "Military Forces of Burkina Faso"),
    ],
)
def test_the_pronoun_of_a_reported_capture_is_the_speaker(pipeline, text, doer):
    assert [r[1] for r in record_sides(pipeline, text, PUBLISHED)] == [doer]


def test_a_pronoun_after_unnamed_gunmen_stays_theirs(pipeline):
    text = "Gunmen stormed an army post near Menaka, and they killed two soldiers, the army said."
    assert [r[1:] for r in record_sides(pipeline, text, PUBLISHED)] == [
        ("Unidentified Armed Group", "Military Forces of Mali")
    ]
