"""A place found only by a loose spelling must agree with where the text puts things."""

from __future__ import annotations

import pytest

from sitroom.geo.context import ArticleContext
from sitroom.geo.loose import loose_fits

pytestmark = pytest.mark.slow


def one(gaz, name: str, cc: str, fcode: str):
    """The row of that name, country and code ("PPL" includes a province's capital, PPLA)."""
    codes = {fcode, "PPLA"} if fcode == "PPL" else {fcode}
    return next(h for h in gaz.lookup(name) if h.cc == cc and h.fcode in codes)


def test_inside_the_container_the_chain_names(gaz):
    county = one(gaz, "Garissa", "KE", "ADM1")
    assert loose_fits(one(gaz, "Garissa", "KE", "PPL"), county, ArticleContext(), False)
    # same country, other end of it: a loose spelling is no reason to leave the county
    assert not loose_fits(one(gaz, "Maseno", "KE", "PPL"), county, ArticleContext(), False)


def test_in_a_placed_country_or_near_a_resolved_place(gaz):
    maseno = one(gaz, "Maseno", "KE", "PPL")
    somali = ArticleContext()
    somali.places["SO"] = 2.0
    somali.anchors.append(one(gaz, "Kismayo", "SO", "PPL"))
    assert not loose_fits(maseno, None, somali, False)
    kenyan = ArticleContext()
    kenyan.places["KE"] = 1.0
    assert loose_fits(maseno, None, kenyan, False)
    border = ArticleContext()
    border.places["UG"] = 1.0
    border.anchors.append(one(gaz, "Kisumu", "KE", "PPL"))  # 20 km away, other country frame
    assert loose_fits(maseno, None, border, False)


def test_a_country_named_only_as_an_owner_is_no_frame(gaz):
    """"the Kenyan shilling" places nothing: a small town of a loose spelling is refused."""
    ctx = ArticleContext()
    ctx.countries["KE"] = 0.25
    ctx.places["KE"] = 0.0
    assert not loose_fits(one(gaz, "Maseno", "KE", "PPL"), None, ctx, False)
    # a province spelled another way, in a country the text names, is kept
    assert loose_fits(one(gaz, "Garissa", "KE", "ADM1"), None, ctx, True)


def test_a_container_around_a_name_put_in_it(gaz):
    framed = ArticleContext()
    framed.places["GR"] = 2.0  # a first reading elsewhere must not veto the province
    province = one(gaz, "Al-Hasakeh", "SY", "ADM1")
    inner = [one(gaz, "Qamishli", "SY", "PPL")]
    assert loose_fits(province, None, framed, False, inner)
    assert not loose_fits(province, None, framed, False)


def test_a_town_near_the_articles_places_is_no_far_namesake(gaz):
    """A country's reference point can lie far from where its places are (Canada's in the
    north-west): a town across the border from the places the article resolved is no far
    namesake, though it lies a continent away from that point."""
    from sitroom.geo.loose import is_far_elsewhere
    from tests.geo.helpers import hit

    lakeside = hit("Lakeport", "Northshire", 42.1, -80.1, cc="US", pop=90_000)
    ctx = ArticleContext()
    ctx.countries["CA"] = 3.0
    assert is_far_elsewhere(lakeside, ctx, gaz)
    ctx.anchors.append(hit("Harbourton", "Ontario", 42.98, -82.4, cc="CA", pop=70_000))
    assert not is_far_elsewhere(lakeside, ctx, gaz)
    ctx.anchors[0] = hit("Harbourton", "Ontario", 42.98, -82.4, cc="FR", pop=70_000)
    assert is_far_elsewhere(lakeside, ctx, gaz)  # a place outside the article's countries


def test_a_village_abroad_is_no_anchor_for_itself(gaz):
    """The second pass reads every name again with the first pass's places as anchors: a
    village of a country the article never names does not escape the frame because its
    own first reading lies near it."""
    from sitroom.geo.loose import is_far_elsewhere
    from tests.geo.helpers import hit

    village = hit("Ombeke", "Westreach", 1.0, 33.0, cc="UG", pop=0)
    ctx = ArticleContext()
    ctx.countries["CF"] = 2.0
    ctx.anchors.append(hit("Koudali", "Ouham", 7.0, 18.5, cc="CF", pop=20_000))
    assert is_far_elsewhere(village, ctx, gaz)
    ctx.anchors.append(village)  # its own reading, counted in the first pass
    assert is_far_elsewhere(village, ctx, gaz)
    ctx.anchors.append(hit("Ombeke Hill", "Westreach", 1.2, 33.1, cc="UG", pop=0))
    assert not is_far_elsewhere(village, ctx, gaz)  # another place of the text lies near it


def test_a_post_office_town_needs_its_country_in_the_article(gaz):
    """The US post-office towns have no population and many are named like words, people
    or places abroad: one is read only in an article about its country, framed or not."""
    from sitroom.geo.build_us import SOURCE
    from sitroom.geo.gazetteer import POSTAL_SOURCE
    from sitroom.geo.loose import is_far_elsewhere
    from tests.geo.helpers import hit

    assert SOURCE.startswith(POSTAL_SOURCE)
    town = hit("Palisade", "Nebraska", 40.3, -101.1, cc="US", pop=0, source=SOURCE)
    ctx = ArticleContext()
    assert is_far_elsewhere(town, ctx, gaz)  # the text names no country at all
    ctx.countries["RU"] = 1.0
    assert is_far_elsewhere(town, ctx, gaz)
    ctx.countries["US"] = 1.0
    assert not is_far_elsewhere(town, ctx, gaz)
    packaged = hit("Palisade", "Nebraska", 40.3, -101.1, cc="US", pop=0)
    assert not is_far_elsewhere(packaged, ArticleContext(), gaz)  # other sources: unframed stays open
