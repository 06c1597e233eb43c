"""A village the text puts in a district that none of its namesakes lies in is a place the
gazetteer lacks: the event falls back to that district, and the same name said bare later
is no far namesake. A name after "N km DIRECTION of" is a place even when spaCy missed it;
the point's anchor is not where the article's events are. A capitalised compass word
("the Southern parts of X", "Northern Y") is no name of its own. Sentences written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow



def test_village_outside_its_stated_district_falls_back_to_the_district(events):
    # the only Yamtage known lies in Gwoza, about 110 km from Dikwa
    event = events("Gunmen stormed Yamtage village in Dikwa LGA of Borno State, killing four farmers.")[0]
    assert (event.admin1, event.admin2, event.geo_precision) == ("Borno", "Dikwa", 2)


def test_village_inside_its_stated_district_keeps_its_own_point(events):
    event = events("Gunmen stormed Yamtage village in Gwoza LGA of Borno State, killing four farmers.")[0]
    assert (event.location, event.admin2, event.geo_precision) == ("Yamtage", "Gwoza", 1)


def test_the_refused_village_said_again_is_not_its_far_namesake(events):
    found = events(
        "Gunmen stormed Yamtage village in Dikwa LGA of Borno State on Sunday, killing four "
        "farmers. On Monday soldiers clashed with the gunmen in Yamtage, killing two of them."
    )
    # both events stay in the district the text named, none at the far Yamtage of Gwoza
    assert {(e.country, e.admin1, e.admin2) for e in found} == {("Nigeria", "Borno", "Dikwa")}


def test_town_after_a_distance_and_direction_is_a_place(events):
    # spaCy leaves the town unlabelled; its namesakes lie in two countries
    event = events("Soldiers clashed with gunmen about 30 km south of Boromo on Friday.")[0]
    assert (event.country, event.geo_precision) == ("Burkina Faso", 2)


def test_anchor_of_a_point_is_not_the_articles_place(gaz):
    from collections import Counter

    from sitroom.geo.component import focus_place
    from sitroom.geo.context import ArticleContext, Mention

    town, capital = gaz.lookup("Afgooye")[0], gaz.lookup("Mogadishu")[0]
    mentions = [Mention("Afgooye", 0, 7, sentence=0, resolved=town)]
    mentions.append(Mention("Mogadishu", 40, 49, sentence=1, offset=(30.0, 315.0), resolved=capital))
    mentions += [Mention("Mogadishu", 90 + i, 99 + i, sentence=2 + i, resolved=capital) for i in (0, 20)]
    context = ArticleContext(places=Counter({"SO": 4.0}))
    # the lead's town (counted twice) against the capital named twice as a place
    assert focus_place(mentions, context).name == town.name


def test_capitalised_compass_word_is_no_name_of_its_own(events):
    # "the Eastern parts of X" and "Northern Y": X holds the village, Y holds X
    event = events("Mortar rounds fell on Kawkab village in the Eastern parts of Manbij in Northern Aleppo.")[0]
    assert (event.country, event.admin1, event.location) == ("Syria", "Aleppo", "Manbij")


def test_compass_word_that_is_part_of_a_name_stays(events):
    event = events("Gunmen attacked a market in South Sudan on Monday.")[0]
    assert event.country == "South Sudan"


def test_region_named_with_a_compass_word_still_holds_its_town(events):
    event = events("Residents of Mthatha in the Eastern Cape blocked a road on Monday.")[0]
    assert (event.location, event.admin1) == ("Mthatha", "Eastern Cape")
