"""'X said its fighters stormed ...': the fighters are X's, so X is the attacker and the
report is X's claim; ground X says its fighters took is claimed the same way. Sentences
written for these tests."""

from datetime import date

import pytest

from sitroom.model import Article


def _records(pipeline, text):
    return pipeline.extract(Article(text, published=date(2024, 6, 2), source="test"))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Al-Shabaab said its fighters had stormed a police post in Hiraan, killing six officers.", "Shabaab"),
        ("Boko Haram said on Monday its fighters had raided an army camp near Bama.", "Boko Haram"),
        ("ISWAP said its fighters had overrun an army base in Borno on Saturday.", "Islamic State"),
    ],
)
def test_the_speakers_own_fighters_make_the_speaker_the_attacker(pipeline, text, group):
    records = [e for e in _records(pipeline, text) if e.event_type]
    assert records, text
    assert group in records[0].actor1, (text, records[0].actor1)
    assert records[0].claim == "claimed", text


def test_fighters_of_no_named_speaker_stay_unidentified(pipeline):
    text = "Witnesses said gunmen stormed a police post in Hiraan, killing six officers."
    records = [e for e in _records(pipeline, text) if e.event_type]
    assert records and "Unidentified" in records[0].actor1


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said their enemies shelled their positions near Kalehe on Monday.",
        "Hamas said its opponents killed two of its commanders in Rafah on Friday.",
    ],
)
def test_the_speakers_enemies_are_not_the_speaker(pipeline, text):
    records = [e for e in _records(pipeline, text) if e.event_type]
    assert records, text
    assert records[0].claim != "claimed", text
    assert "Hamas" not in (records[0].actor1 or "") and "rebel" not in (records[0].actor1 or "").lower()


def test_a_governments_own_forces_stay_its_military(pipeline):
    text = "Kenya's government said its troops killed nine militants near Lamu on Sunday."
    records = [e for e in _records(pipeline, text) if e.event_type]
    assert records and records[0].actor1.startswith("Military Forces of Kenya"), records[0].actor1
