"""A name no gazetteer row holds, written before a site noun ("the Walida hotel"), names a
building in the town the article is about, not an unknown place: the record it places
stays at that town (precision 3), not at its province's seat. A name with no site noun
after it still falls back to the province (tests/geo/test_geo_cross_border_targets.py).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

pytestmark = pytest.mark.slow


def background_place(pipeline, published: str, text: str) -> tuple:
    """(country, admin1, location, geo_precision) of the report's one background record."""
    article = Article(text=text, source="probe", published=date.fromisoformat(published))
    found = [e for e in pipeline.extract(article) if e.record_kind == "event" and e.status == "background"]
    assert len(found) == 1, [(e.location, e.status) for e in found]
    event = found[0]
    return (event.country, event.admin1, event.location, event.geo_precision)


def test_a_hotel_named_in_a_later_sentence_lies_in_the_malian_town_of_the_report(pipeline):
    text = (
        "Jihadists attacked a checkpoint near the Malian town of Niono on Sunday, killing four "
        "soldiers. The Walida hotel was the scene of an attack in March 2022, when eight guests "
        "were killed."
    )
    assert background_place(pipeline, "2024-01-15", text) == ("Mali", "Segou", "Niono", 3)


def test_a_hotel_named_in_a_later_sentence_lies_in_the_somali_town_of_the_report(pipeline):
    text = (
        "Al-Shabaab fighters stormed a base in the Somali town of Bulo Burde on Monday, killing "
        "four soldiers. The Daljir hotel was the scene of an attack in May 2022, when nine "
        "guests were killed."
    )
    assert background_place(pipeline, "2024-02-20", text) == ("Somalia", "Hiraan", "Buulobarde", 3)
