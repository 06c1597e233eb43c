"""A unit named with its kind word and an English possessive owns the place after it:
"Sagaing region's Kani township" lies in Sagaing, whatever namesakes the inner name has
abroad (Kani is also a city in Japan). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


def country_and_province(pipeline, text):
    events = pipeline.extract(Article(text, source="probe", published=date(2024, 6, 3)))
    first = next(e for e in events if e.record_kind == "event")
    return first.country, first.admin1


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Jets bombed a monastery in Sagaing region's Kani township on Sunday, killing four monks.",
         ("Myanmar", "Sagaing")),
        ("Gunmen stormed a market in Plateau state's Bokkos area on Sunday, killing six traders.",
         ("Nigeria", "Plateau")),
    ],
)
def test_a_unit_with_its_kind_word_owns_the_place_after_its_possessive(pipeline, where, text):
    assert country_and_province(pipeline, text) == where
