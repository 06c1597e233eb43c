"""A chain the text states outright ("X city (X, Province)", "X, Y") decides between a
name's readings: the article's frame does not veto a reading the chain vouches for, and a
named container vetoes a place whose readings all lie outside it."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext
from sitroom.geo.loose import far_namesake
from tests.geo.helpers import events, hit


def _framed_far_away() -> ArticleContext:
    ctx = ArticleContext()
    ctx.countries["LY"] += 1.0
    ctx.places["LY"] += 1.0
    return ctx


def test_a_province_that_holds_the_chains_town_is_no_far_namesake(gaz):
    ctx = _framed_far_away()  # one unambiguous name of another continent set the frame
    province = hit("Westmark", "Westmark", 30.0, 70.0, fcode="ADM1", cc="PK")
    town = hit("Dunmore", "Westmark", 30.2, 70.3, cc="PK", pop=200_000)
    elsewhere = hit("Dunmore", "Eastfold", 10.0, -60.0, cc="CO", pop=200_000)
    assert far_namesake(province, ctx, gaz, None)  # alone, the frame refuses it
    assert not far_namesake(province, ctx, gaz, None, [town])
    assert far_namesake(province, ctx, gaz, None, [elsewhere])  # it holds none of them
    village = hit("Ashby", "Westmark", 30.1, 70.1, cc="PK", pop=800)
    assert far_namesake(village, ctx, gaz, None)
    assert not far_namesake(village, ctx, gaz, province)  # "Ashby, Westmark": its container


def test_a_chain_after_a_far_unambiguous_name_still_places_the_event(run_geo):
    ctx = run_geo(
        "Shopkeepers closed the Ghat market before rallying outside the council in "
        "Bahawalnagar city (Bahawalnagar, Punjab)."
    )
    (event,) = events(ctx)
    assert (event.country, event.location) == ("Pakistan", "Bahawalnagar")
