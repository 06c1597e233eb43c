"""'The military said it struck a weapons depot': the pronoun doing a reported deed is the
speaker, so an armed speaker makes the strike an attack even where the target names no
fighters ('a fuel depot', 'a warehouse'). A speaker with nothing armed about it makes none, and neither does an armed
speaker's idiom ('struck a deal', 'hit its recruitment target').
Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records

MONDAY = date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said it struck a weapons depot near Nabatieh overnight.",
        "Sudan's army said it had hit a fuel depot in Nyala on Sunday.",
        "Ukraine's navy said it struck a warehouse in occupied Sevastopol.",
    ],
)
def test_an_armed_speakers_it_struck_is_an_attack(pipeline, text):
    assert event_records(pipeline, text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The retailer said it hit its sales target in Nairobi last quarter.",
        "The minister said it struck him as odd that the talks in Doha had stalled.",
        "The army said it struck a deal with local militias near Gao on Monday.",
        "Police in Mombasa said they hit their recruitment target for the year.",
        "The navy said it had hit a snag in its inquiry into the sinking off Tartus.",
    ],
)
def test_an_unarmed_speaker_or_an_idiom_is_no_attack(pipeline, text):
    assert not event_records(pipeline, text, MONDAY)
