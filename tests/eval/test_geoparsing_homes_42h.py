"""The geoparsing eval reads an article of a named outlet with the home its *other* articles
vote for, never its own, and never from their gold points. Our own sentences."""

from __future__ import annotations

import pytest

from sitroom.eval.geoparsing import GoldArticle, GoldToponym, outlet_homes, resolve_gold
from sitroom.geo.gazetteer import km, open_gazetteer

SPRINGFIELD_IL = (39.80, -89.64)


def _article(position: int, text: str, names: list[str], outlet: str) -> GoldArticle:
    # gold points are deliberately wrong (0, 0): the home must never read them
    tops = tuple(GoldToponym(text.index(n), text.index(n) + len(n), 0.0, 0.0) for n in names)
    return GoldArticle(position, text, tops, outlet)


@pytest.fixture(scope="module")
def gaz():
    return open_gazetteer()


def test_an_article_is_read_with_the_home_of_its_outlets_other_articles(gaz):
    arts = [
        _article(1, "Nurses rallied in Springfield, Illinois, on Monday.", ["Springfield", "Illinois"], "courier"),
        _article(2, "A barn burned near Decatur, Illinois, on Tuesday.", ["Decatur", "Illinois"], "courier"),
        _article(3, "Teachers marched in Springfield, Illinois, on Friday.", ["Springfield", "Illinois"], "courier"),
        _article(4, "Two men were shot outside a tavern in Springfield on Sunday.", ["Springfield"], "courier"),
        _article(5, "Two men were shot outside a tavern in Springfield on Sunday.", ["Springfield"], "wire"),
    ]
    read = outlet_homes(arts, gaz)
    local, wire = read[3], read[4]
    assert local.home is not None and km(local.home.lat, local.home.lon, *SPRINGFIELD_IL) < 80
    assert wire.home is None  # one article of its outlet: nothing else to learn from
    (mention,), _ = resolve_gold(local, gaz)
    assert mention.resolved is not None and mention.resolved.admin1 == "Illinois"
    (mention,), _ = resolve_gold(wire, gaz)
    assert mention.resolved is None or mention.resolved.admin1 != "Illinois"
