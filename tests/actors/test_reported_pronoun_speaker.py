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


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a church in Kaduna on Sunday. Police said they killed four worshippers.",
        "Militants stormed a village near Menaka on Sunday. Police said they abducted six women.",
        "Unknown assailants ambushed a bus near Mandera on Sunday. The army said they abducted"
        " three teachers.",
    ],
)
def test_a_pronoun_after_attackers_named_before_is_theirs_not_the_speakers(pipeline, text):
    """The speaker is only a fallback: attackers named in the sentence before keep the deed."""
    assert [r[1] for r in record_sides(pipeline, text, PUBLISHED)] == ["Unidentified Armed Group"]


def test_they_after_a_singular_speaker_is_not_the_speaker(pipeline):
    text = "The army said they had recaptured the town of Kidal on Sunday."
    assert [r[1] for r in record_sides(pipeline, text, PUBLISHED)] == [""]


def test_it_skips_plural_attackers_back_to_the_agreeing_speaker(pipeline):
    text = ("Rebels attacked the town of Kidal on Saturday. The army said it had recaptured"
            " the town on Sunday.")
    sides = record_sides(pipeline, text, PUBLISHED)
    assert ("Battles", "Military Forces of Mali", "") in sides


def test_they_of_a_plural_speaker_alone_is_the_speaker(pipeline):
    text = "Police in Kaduna said they arrested five suspected kidnappers on Sunday."
    assert [r[1] for r in record_sides(pipeline, text, PUBLISHED)] == ["Police Forces of Nigeria"]
