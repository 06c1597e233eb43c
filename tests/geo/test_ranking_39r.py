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


def test_the_features_are_the_rankers():
    assert {"small_state_only", "municipal_body"} <= set(FEATURES)


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


# A town's own body written after the name (`wording.BODY`, the ranker's `municipal_body`):
# the name is a municipality's, not a country's or a state's.


def _bodies(text, *names):
    from sitroom.geo.wording import read_wording

    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return read_wording(text, spans).bodies


def test_a_police_department_after_a_name_makes_it_a_towns():
    assert _bodies("Officers of the Lindale Police Department made two arrests.", "Lindale") == {"lindale"}


def test_a_school_board_and_a_mayor_are_a_towns_bodies():
    text = "The Marlow School Board met while Ashby Mayor Jane Roe spoke."
    assert _bodies(text, "Marlow", "Ashby") == {"marlow", "ashby"}


def test_a_countrys_police_and_parliament_are_no_towns_bodies():
    text = "Kenya Police said Uganda's parliament would meet."
    assert _bodies(text, "Kenya", "Uganda") == frozenset()


def _framed(gaz, text, *names):
    """The mentions of ``names`` resolved in the article's frame (its local words read)."""
    from sitroom.geo.mentions import mentions_from_spans
    from sitroom.geo.resolve import resolve_all
    from sitroom.geo.theatres import focused_context

    mentions = mentions_from_spans(text, [(text.index(n), text.index(n) + len(n)) for n in names])
    resolve_all(mentions, gaz, focused_context(mentions, gaz, text))
    return {m.text: m.resolved for m in mentions}


def test_a_country_named_before_a_towns_police_department_is_a_town(gaz):
    text = "Officers of the Lebanon Police Department arrested a man on Main Street."
    lebanon = _framed(gaz, text, "Lebanon")["Lebanon"]
    assert (lebanon.cc, lebanon.fcode) == ("US", "PPL")


def test_a_countrys_parliament_stays_the_country(gaz):
    text = "Protesters gathered outside Lebanon's parliament in Beirut."
    lebanon = _framed(gaz, text, "Lebanon", "Beirut")["Lebanon"]
    assert lebanon.fcode == "PCLI"
