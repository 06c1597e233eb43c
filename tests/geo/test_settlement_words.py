"""'the settlement of X', 'the locality of X', 'the township of X', 'the hamlet of X' say X is
a settlement as 'the village of X' does: X is a place whatever the tagger called it (a
settlement named like a person), and a village so named inside a unit the text names is
looked for in that unit, never read as a namesake abroad. Sentences written here."""

from __future__ import annotations

import pytest


def placed(events, text: str) -> tuple:
    """The first event record's (country, admin1, location, precision)."""
    found = [e for e in events(text) if e.record_kind == "event"]
    assert found, text
    e = found[0]
    return e.country, e.admin1, e.location, e.geo_precision


def test_a_settlement_named_like_a_person_is_a_place(events):
    text = "Palestinian gunmen opened fire on Israeli soldiers near the settlement of Ariel on Tuesday."
    assert placed(events, text)[2] == "Ariel"


@pytest.mark.parametrize(
    ("text", "country", "location", "precision"),
    [
        ("Soldiers killed a suspected militant in the township of Mingaladon, in the northern "
         "outskirts of Yangon.", "Myanmar", "Mingaladon", 1),
        ("Armed men abducted six farmers in the locality of Nyabiondo in Masisi territory.",
         "Democratic Republic of Congo", "Nyabiondo", 1),
    ],
)
def test_a_township_or_locality_of_x_is_x_itself(events, text, country, location, precision):
    got = placed(events, text)
    assert (got[0], got[2], got[3]) == (country, location, precision)


def test_a_locality_in_a_named_unit_is_not_a_namesake_abroad(events):
    text = "Gunmen killed four people in the locality of Kamena in Djibo department."
    assert placed(events, text)[:2] == ("Burkina Faso", "Sahel")
