"""An acronym two groups share names the one of the country the event is in: "UPC" is a
Congolese militia in Ituri and another group in the Central African Republic. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


@pytest.mark.parametrize(
    ("text", "actor", "admin1"),
    [
        ("UPC militiamen raided a village in Djugu territory on Friday, killing three people.",
         "UPC: Union of Congolese Patriots", "Ituri"),
        ("UPC fighters raided a village near Bambari on Friday, killing three people.",
         "UPC: Union for Peace in the Central African Republic", "Ouaka"),
    ],
)
def test_the_acronym_follows_the_place(pipeline, text, actor, admin1):
    (event,) = pipeline.extract(Article(text, published=date(2024, 5, 7)))
    assert event.actor1 == actor
    assert event.admin1 == admin1


def test_a_local_acronym_sets_no_theatre_by_itself():
    from sitroom.geo.gazetteer import open_gazetteer
    from sitroom.geo.theatres import actor_focus

    focus = actor_focus("UPC militiamen raided a village in Djugu territory.", open_gazetteer())
    assert not focus.theatres
