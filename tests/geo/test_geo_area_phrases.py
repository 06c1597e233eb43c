"""An area of a place ("in the southern parts of X", "across the rural areas of X", "in
north-eastern X") names X as a place even when the tagger leaves X unlabelled; a hyphenated
compass word, three tokens to spaCy, reads like a plain one. Sentences written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def place(events):
    """(country, admin1, admin2) of the first event of a one-sentence report."""

    def run(text: str):
        first = events(text)[0]
        return first.country, first.admin1, first.admin2

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen overran a checkpoint in the southern parts of Gwoza on Monday, killing three soldiers.",
        "Gunmen overran a checkpoint in the north-eastern part of Gwoza on Monday, killing three soldiers.",
        "Militants burned farms across the rural areas of Gwoza on Friday, killing two herders.",
        "Militants burned a farm in north-eastern Gwoza on Friday, killing two herders.",
    ],
)
def test_an_area_of_a_town_is_in_that_town(place, text):
    assert place(text) == ("Nigeria", "Borno", "Gwoza")


def test_an_area_adjective_opening_the_text_leaves_no_word_before_the_name(nlp):
    """At the start of a text, the word before "north-eastern Mali" or "Northern Mali" is
    nothing, not the adjective itself (nor its hyphen)."""
    from sitroom.geo.spans import _neighbours

    for text in ("North-eastern Mali saw clashes.", "Northern Mali saw clashes."):
        doc = nlp(text)
        name = next(t for t in doc if t.text == "Mali")
        assert _neighbours(doc, doc[name.i : name.i + 1]) == ("", "saw"), text
