"""A name the gazetteer lacks that is a known name plus a feature word ("X Township",
"Lake X", "X River") reads as that town or county, only where the article already is."""

from __future__ import annotations

import pytest

from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.named import feature_town
from sitroom.geo.resolve import resolve_all

pytestmark = pytest.mark.slow


def _resolved(gaz, text: str, *names: str):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    return {m.text: m.resolved for m in mentions}


def test_a_river_named_after_a_town_is_that_town_in_the_articles_province(gaz):
    text = "Fishermen on the Tuscarawas River said the water was low. Officials in Canton, Ohio disagreed."
    got = _resolved(gaz, text, "Tuscarawas River", "Canton", "Ohio")
    hit = got["Tuscarawas River"]
    assert hit is not None and (hit.cc, hit.admin1) == ("US", "Ohio")


def test_a_township_resolves_inside_the_state_the_article_names(gaz):
    text = "Deputies closed a road in Franklin Township on Monday. The sheriff in Indianapolis, Indiana said it would reopen."
    got = _resolved(gaz, text, "Franklin Township", "Indianapolis", "Indiana")
    hit = got["Franklin Township"]
    assert hit is not None and (hit.cc, hit.admin1) == ("US", "Indiana")


def test_a_feature_whose_town_lies_elsewhere_stays_unknown(gaz):
    text = "Fishermen on Lake Tuscarawas said the water was low. Officials in Nairobi, Kenya disagreed."
    got = _resolved(gaz, text, "Lake Tuscarawas", "Nairobi", "Kenya")
    assert got["Lake Tuscarawas"] is None


def test_only_a_feature_word_makes_a_name_a_feature(gaz):
    from sitroom.geo.context import ArticleContext

    ctx = ArticleContext()
    assert feature_town("Tuscarawas", gaz, ctx) == []
    assert feature_town("Tuscarawas Mall", gaz, ctx) == []
