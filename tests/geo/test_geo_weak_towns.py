"""A well-known town that spaCy's small model tags an organisation or a person (or, as a
lone word, an adverb) is still placed when it stands in a clear place slot ("around X",
"in X", "near X") and its largest reading is a
sizeable town, even when the article names no country. (The object of "attacked" or
"shelled" stays a taken name, placed only in the article's frame: "stormed Carrefour".)
Sentences written here; places checked against public maps."""

from __future__ import annotations

import pytest

from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

BARMM = "Autonomous Region in Muslim Mindanao"

REPORTS = [
    # "Bakhmut" read as an adverb of "around": no proper-noun run before the fix
    pytest.param("2023-02-10", "Fighting raged around Bakhmut on Sunday.", ("Ukraine", "Donetsk", "Bakhmut", 1), id="ukraine-raged"),
    pytest.param("2023-02-10", "Ukrainian troops repelled assaults around Bakhmut on Thursday.", ("Ukraine", "Donetsk", "Bakhmut", 1), id="ukraine-around"),
    # "Marawi" is only an alternate name (of Marawi City, and of a far smaller Sudanese town)
    pytest.param("2023-12-04", "Gunmen stormed a market in Marawi on Friday, killing two traders.", ("Philippines", BARMM, "Marawi City", 1), id="philippines-in"),
    pytest.param("2023-12-04", "Fighting raged around Marawi on Friday.", ("Philippines", BARMM, "Marawi City", 1), id="philippines-around"),
    pytest.param("2023-12-04", "Armed men attacked a checkpoint near Marawi, killing a soldier.", ("Philippines", BARMM, "Marawi City", 2), id="philippines-near"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_weak_town_is_placed(pipeline, published, text, place):
    assert_placed(pipeline, published, text, place)


def test_a_weak_name_in_an_article_placed_elsewhere_stays_refused(events):
    """A name in a person's slot is no town abroad when the article's places are elsewhere."""
    found = events("Troops encircled Martin in Khan Younis on Monday, killing three people.")
    assert all(e.country != "Slovakia" for e in found)
