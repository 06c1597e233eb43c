"""A state named somewhere in an article is weak evidence for a tiny namesake of a big
city (`ranker._small_state_only`): a report that names New York for its governor still
means the Massachusetts city when it writes "Boston". Sentences written here."""

from __future__ import annotations

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.ranker import FEATURES, _shared, _small_state_only

from .helpers import hit, mentions_by_name

CITY = hit("Brookfield", "Alpha", 40.0, -80.0, cc="US", pop=600_000)
VILLAGE = hit("Brookfield", "Beta", 35.0, -90.0, cc="US", pop=3_000)
TOWN = hit("Brookfield", "Gamma", 30.0, -95.0, cc="US", pop=90_000)


def _flag(pool, place, agree, container=None):
    mention = Mention("Brookfield", 0, 10)
    if container is not None:
        mention.container = container
    shared = _shared(tuple(pool), mention, ArticleContext())
    return _small_state_only(place, shared, agree) if shared.big_town else 0.0


def test_the_feature_is_the_rankers_last():
    assert FEATURES[-1] == "small_state_only"


def test_a_village_only_its_state_agrees_with_is_flagged():
    # (near, nested, same country, peers, region): no place near it, its state named
    assert _flag([CITY, VILLAGE], VILLAGE, (0, 1, 2, 0, 0.5)) == 1.0


def test_the_big_city_itself_is_not_flagged():
    assert _flag([CITY, VILLAGE], CITY, (0, 1, 2, 0, 0.5)) == 0.0


def test_a_village_with_a_place_near_it_is_not_flagged():
    assert _flag([CITY, VILLAGE], VILLAGE, (1, 1, 2, 0, 0.5)) == 0.0


def test_a_sizeable_namesake_is_not_flagged():
    assert _flag([CITY, TOWN], TOWN, (0, 1, 2, 0, 0.5)) == 0.0


def test_without_a_big_city_in_the_pool_nothing_is_flagged():
    assert _flag([TOWN, VILLAGE], VILLAGE, (0, 1, 2, 0, 0.5)) == 0.0


def test_a_village_with_its_state_written_beside_it_is_not_flagged():
    state = hit("Beta", "Beta", 35.0, -90.0, fcode="ADM1", cc="US", pop=0)
    container = Mention("Beta", 12, 16)
    container.resolved = state
    assert _flag([CITY, VILLAGE], VILLAGE, (0, 1, 2, 0, 0.5), container) == 0.0


def test_a_governor_of_another_state_leaves_the_big_city(gaz):
    text = "The mayor of Boston declared an emergency while the governor of New York closed schools."
    boston = mentions_by_name(gaz, text, "Boston", "New York")["Boston"].resolved
    assert (boston.cc, boston.admin1) == ("US", "Massachusetts")
