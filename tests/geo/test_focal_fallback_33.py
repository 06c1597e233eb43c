"""A name the gazetteer cannot place falls back to the place the text gives it (its
container) or, failing that, to the place the article is about (`sitroom.geo.focal`),
flagged as a fallback at a coarse precision: its own reading (``resolved``) stays None, and
no other name's reading moves."""

from __future__ import annotations

import pytest

from sitroom.eval.geoparsing import GoldArticle, GoldToponym, evaluate_articles
from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.focal import ARTICLE, CONTAINER, focal_place, place_fallbacks, placed
from tests.geo.helpers import hit, resolve_names

pytestmark = pytest.mark.slow  # (the real gazetteer)

FLOOD = (
    "Flooding closed roads in Tulsa on Monday. Tulsa officials said the creek rose fastest"
    " near Quorrindale, where two homes were lost. Oklahoma sent help."
)


def test_an_unknown_name_falls_back_to_the_town_the_article_is_about(gaz):
    mentions, _ = resolve_names(gaz, FLOOD, "Tulsa", "Tulsa", "Quorrindale", "Oklahoma")
    unknown = mentions[2]
    assert unknown.resolved is None  # no row of its own: the type says so
    fb = unknown.fallback
    assert fb is not None and fb.source == ARTICLE and fb.hit.name == "Tulsa"
    assert fb.precision == 2 and fb.via is mentions[0]
    assert placed(unknown) is fb.hit
    assert all(m.fallback is None for m in mentions if m is not unknown)


def test_an_unknown_name_falls_back_to_its_container_first(gaz):
    text = "Shelling hit Varnowka, in Kharkiv province, overnight. Odesa and Odesa were quiet."
    mentions, _ = resolve_names(gaz, text, "Varnowka", "Kharkiv", "Odesa", "Odesa")
    fb = mentions[0].fallback
    assert mentions[0].resolved is None
    assert fb is not None and fb.source == CONTAINER and fb.via is mentions[1]
    assert fb.hit.level == 1 and fb.precision == 3  # in a province: no nearer than that


def test_a_country_is_no_article_place_to_fall_back_to(gaz):
    text = "Kenya's government said residents of Quorrindale had been moved."
    mentions, _ = resolve_names(gaz, text, "Kenya", "Quorrindale")
    assert mentions[1].resolved is None and mentions[1].fallback is None
    assert placed(mentions[1]) is None


def test_the_most_named_place_is_the_articles_first_named_of_ties():
    one, two = hit("Brackenford", "North", 10.0, 10.0), hit("Ellowmere", "North", 10.5, 10.2)
    named = [Mention("Brackenford", 0, 11), Mention("Ellowmere", 20, 29), Mention("Ellowmere", 40, 49)]
    named[0].resolved, named[1].resolved, named[2].resolved = one, two, two
    ctx = ArticleContext()
    ctx.add_place(one, 1.0)
    assert focal_place(named, ctx) is named[1]
    named[2].resolved = None
    assert focal_place(named, ctx) is named[0]  # one each: the first named
    place_fallbacks(named, ctx)
    assert named[2].fallback is not None and named[2].fallback.hit is one


def test_a_party_owner_gets_no_fallback():
    town = hit("Brackenford", "North", 10.0, 10.0)
    named = [Mention("Brackenford", 0, 11), Mention("Quorrish", 20, 28, modifier=True)]
    named[0].resolved = town
    ctx = ArticleContext()
    ctx.add_place(town, 1.0)
    place_fallbacks(named, ctx)
    assert named[1].fallback is None


def test_the_geoparsing_measure_counts_fallbacks_apart(gaz):
    start = FLOOD.index("Quorrindale")
    tulsa = FLOOD.index("Tulsa")
    article = GoldArticle(
        1,
        FLOOD,
        (
            GoldToponym(tulsa, tulsa + 5, 36.154, -95.993),
            GoldToponym(start, start + len("Quorrindale"), 36.2, -95.9),
        ),
    )
    scores = evaluate_articles([article], gaz)
    assert scores["acc@161km"] == 1.0
    assert scores["fallbacks"] == 0.5 and scores["fallback_right@161km"] == 0.5


FIRE = (
    "Spokane police closed a bridge on Friday. Spokane firefighters said the fire began at a"
    " warehouse near Quitman. Crews from Spokane stayed overnight."
)


def test_a_far_small_namesake_in_an_article_about_one_town_falls_back_to_that_town(gaz):
    mentions, _ = resolve_names(gaz, FIRE, "Spokane", "Spokane", "Quitman", "Spokane")
    quitman = mentions[2]
    assert quitman.resolved is None
    fb = quitman.fallback
    assert fb is not None and fb.source == ARTICLE and fb.hit.name == "Spokane" and fb.precision == 2
    assert fb.refused is not None and fb.refused.name == "Quitman" and fb.refused.cc == "US"


def test_a_far_namesake_keeps_its_reading_when_the_article_dwells_on_no_place(gaz):
    text = FIRE.replace(" from Spokane", "")
    mentions, _ = resolve_names(gaz, text, "Spokane", "Spokane", "Quitman")
    assert mentions[2].resolved is not None and mentions[2].resolved.name == "Quitman"
    assert mentions[2].fallback is None


def test_a_far_town_near_another_named_place_keeps_its_reading(gaz):
    text = FIRE.replace("near Quitman.", "near Quitman, outside Valdosta.")
    mentions, _ = resolve_names(gaz, text, "Spokane", "Spokane", "Quitman", "Valdosta", "Spokane")
    assert mentions[2].resolved is not None and mentions[2].resolved.admin1 == "Georgia"


def test_the_event_stage_does_not_take_the_article_fallback_as_the_events_place(pipeline):
    """(A guard, passes on main too.) An event at an unknown village keeps the event stage's
    own fallback, the province at precision 3, not the town the article is about as if the
    village were there."""
    from tests.wire_reports import event_records

    text = (
        "Gunmen killed two farmers in Quorrindale on Tuesday, police in Maiduguri said."
        " Maiduguri residents said the attackers came on motorcycles. Traders in Maiduguri"
        " closed their shops."
    )
    found = event_records(pipeline, text, "2025-03-14")
    assert [(e.location, e.admin1, e.geo_precision) for e in found] == [("Borno", "Borno", 3)]
