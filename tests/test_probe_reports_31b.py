"""Short reports of stop 31 (second set), written here: a town the gazetteer lacks is no
loose spelling of a large namesake abroad when nothing in the report tells its country,
and a seat of government attacked in a report that places nothing else is that town even
when the tagger reads it as a person."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow


def _places(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.country, e.location) for e in event_records(pipeline, text, "2024-06-26")]


# an unknown village with no country frame: a respelling that adds or changes a consonant
# of a far city ("Kuriga": Khouribga, Morocco) is no reading of it
UNKNOWN = [
    pytest.param("Bandits abducted pupils from a school in Kuriga on Thursday.", "Morocco", id="kuriga-not-khouribga"),
]


@pytest.mark.parametrize(("text", "abroad"), UNKNOWN)
def test_an_unknown_town_is_no_loose_namesake_abroad(pipeline, text, abroad):
    rows = _places(pipeline, text)
    assert rows and all(country != abroad for country, _ in rows), rows


# "attacked X", X read as a person, nothing else placed: a seat of government is the town
SEATS = [
    pytest.param("Gunmen attacked Gusau on Monday.", ("Nigeria", "Gusau"), id="gusau-attacked"),
    pytest.param("Bandits raided Gusau overnight, residents said.", ("Nigeria", "Gusau"), id="gusau-raided"),
]


@pytest.mark.parametrize(("text", "want"), SEATS)
def test_an_attacked_seat_read_as_a_person_is_the_town(pipeline, text, want):
    assert want in _places(pipeline, text)
