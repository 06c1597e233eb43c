"""Same occurrence or not: the hard limits and their reasons, on hand-built events."""

from __future__ import annotations

from datetime import date, timedelta

from sitroom.fuse import canonical, choose_match, compare, merge_into, type_family
from sitroom.geodesy import haversine_km
from tests.fuse.conftest import make_event

D = date(2024, 4, 20)


def test_two_outlets_same_strike_merge():
    a = make_event("Rafah", D, actor1="Military Forces of Israel", article_id="a1")
    b = make_event("Rafah", D, actor1="Military Forces of Israel (2022-)", article_id="b1")
    decision = compare(b, a)
    assert decision.same and decision.score > 0.8
    assert "0.0 km" in decision.reason and "1 actor(s) confirmed" in decision.reason


def test_same_article_never_merges_with_itself():
    a = make_event("Gao", D, article_id="x")
    assert not compare(make_event("Gao", D, article_id="x"), a).same


def test_type_family_allows_recoding_but_not_protest_vs_strike():
    strike = make_event("Hodeidah", D, article_id="a")
    vac = make_event(
        "Hodeidah",
        D,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        article_id="b",
    )
    protest = make_event(
        "Hodeidah", D, event_type="Protests", sub_event_type="Peaceful protest", article_id="c"
    )
    assert type_family(strike) == type_family(vac) == "political_violence"
    assert compare(vac, strike).same
    assert (
        compare(vac, strike).score
        < compare(make_event("Hodeidah", D, article_id="d"), strike).score
    )
    assert "family" in compare(protest, strike).reason and not compare(protest, strike).same


def test_dates_within_precision():
    exact = make_event("Kharkiv", D, article_id="a")
    three_days = make_event("Kharkiv", D + timedelta(days=3), article_id="b")
    same_week = make_event("Kharkiv", D + timedelta(days=3), time_precision=2, article_id="c")
    assert not compare(three_days, exact).same
    assert "3 days apart (limit 1" in compare(three_days, exact).reason
    assert compare(same_week, exact).same
    next_day = make_event("Kharkiv", D + timedelta(days=1), article_id="d")
    assert "without the same toll" in compare(next_day, exact).reason
    russia = "Military Forces of Russia"
    same_actor = make_event("Kharkiv", D + timedelta(days=1), actor1=russia, article_id="e")
    assert not compare(same_actor, make_event("Kharkiv", D, actor1=russia, article_id="f")).same
    same_toll = make_event("Kharkiv", D + timedelta(days=1), fatalities=7, article_id="g")
    assert compare(same_toll, make_event("Kharkiv", D, fatalities=7, article_id="h")).same


def test_two_named_exact_places_a_few_km_apart_are_different():
    rafah = make_event("Rafah", D, article_id="a")
    khan_younis = make_event(
        "Rafah", D, article_id="b", location="Khan Younis", latitude=31.346, longitude=34.306
    )
    neighbourhood = make_event(
        "Rafah", D, article_id="c", location="Tal al-Sultan", latitude=31.305, longitude=34.240
    )
    assert "two exact places" in compare(khan_younis, rafah).reason
    assert compare(neighbourhood, rafah).same


def test_distance_limit_grows_with_geo_precision():
    baghdad = make_event("Baghdad", D, article_id="a")
    tarmiyah = make_event("Tarmiyah", D, article_id="b")  # ~40 km north
    km = haversine_km(33.31, 44.37, 33.67, 44.40)
    assert 35 < km < 45
    assert not compare(tarmiyah, baghdad).same
    assert "km apart" in compare(tarmiyah, baghdad).reason
    vague = make_event("Tarmiyah", D, geo_precision=3, article_id="c")
    assert compare(vague, baghdad).same


def test_contradicting_actors_block_but_unknown_actors_do_not():
    rsf = make_event(
        "El Fasher",
        D,
        actor1="Rapid Support Forces",
        actor2="Civilians (Sudan)",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        article_id="a",
    )
    saf = make_event(
        "El Fasher",
        D,
        actor1="Military Forces of Sudan",
        actor2="Civilians (Sudan)",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        article_id="b",
    )
    unknown = make_event(
        "El Fasher",
        D,
        actor1="Unidentified Armed Group (Sudan)",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        article_id="c",
    )
    assert compare(saf, rsf).reason == "different perpetrators"
    assert compare(unknown, rsf).same


def test_battles_are_symmetric():
    a = make_event(
        "Gao",
        D,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="JNIM",
        actor2="Military Forces of Mali",
        article_id="a",
    )
    b = make_event(
        "Gao",
        D,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Mali",
        actor2="JNIM",
        article_id="b",
    )
    assert compare(b, a).same
    strike_a = make_event("Gao", D, actor1="JNIM", actor2="Military Forces of Mali", article_id="c")
    strike_b = make_event("Gao", D, actor1="Military Forces of Mali", actor2="JNIM", article_id="d")
    assert not compare(strike_b, strike_a).same


def test_background_mention_needs_an_exact_date():
    new = make_event("Rafah", D, article_id="a")
    vague_background = make_event("Rafah", D, status="background", time_precision=3, article_id="b")
    exact_background = make_event("Rafah", D, status="background", article_id="c")
    assert not compare(vague_background, new).same
    assert compare(exact_background, new).same


def test_choose_match_picks_the_closest_and_explains():
    near = make_event("Baghdad", D, article_id="a", event_id_cnty="IRQ1")
    far = make_event("Tarmiyah", D, geo_precision=2, article_id="b", event_id_cnty="IRQ2")
    mention = make_event("Baghdad", D, article_id="c")
    match, reason = choose_match(mention, [far, near])
    assert match is near and reason.startswith("merged into IRQ1")
    match, reason = choose_match(make_event("Gao", D, article_id="d"), [])
    assert match is None and "no stored event nearby" in reason


def test_canonical_takes_best_supported_values():
    m1 = make_event(
        "Baghdad",
        D,
        geo_precision=2,
        time_precision=2,
        fatalities=3,
        actor1="Unidentified Armed Group (Iraq)",
        source="Outlet A",
        article_id="a",
    )
    m2 = make_event(
        "Baghdad",
        D,
        fatalities=5,
        actor1="Islamic State (Iraq)",
        source="Outlet B",
        article_id="b",
        confidence=0.5,
    )
    m3 = make_event(
        "Baghdad",
        D + timedelta(days=1),
        time_precision=2,
        fatalities=3,
        actor1="Islamic State (Iraq)",
        source="Outlet C",
        article_id="c",
    )
    out = canonical([m1, m2, m3], "IRQ7")
    assert out.event_id_cnty == "IRQ7"
    assert out.geo_precision == 1 and out.time_precision == 1 and out.event_date == D
    assert out.actor1 == "Islamic State (Iraq)"
    assert (out.fatalities, out.fatalities_low, out.fatalities_high) == (3, 3, 5)
    assert out.source == "Outlet A; Outlet B; Outlet C"
    assert 0.9 < out.confidence < 1.0
    assert out.article_id == "b"  # the most precise mention represents the record


def test_merge_into_weights_the_stored_record():
    stored = make_event("Gao", D, fatalities=4, source="A", event_id_cnty="MLI3")
    out = merge_into(stored, make_event("Gao", D, fatalities=9, source="B"), source_count=2)
    assert out.fatalities == 4 and out.source == "A; B" and out.event_id_cnty == "MLI3"


def test_country_level_places_need_an_actor_or_toll_to_merge():
    precise = make_event(
        "Baghdad", D, actor2="Military Forces of the United States", article_id="a"
    )
    centroid = dict(location="Iraq", admin1="", geo_precision=3, latitude=33.2, longitude=44.0)
    vague = make_event("Baghdad", D, article_id="b", **centroid)
    assert "country level" in compare(vague, precise).reason
    tied = make_event(
        "Baghdad", D, article_id="c", actor2="Military Forces of the United States", **centroid
    )
    assert compare(tied, precise).same
    nowhere = make_event("Baghdad", D, article_id="d", latitude=None, longitude=None, fatalities=4)
    assert compare(
        nowhere,
        make_event("Baghdad", D, latitude=None, longitude=None, fatalities=4, article_id="e"),
    ).same
    assert not compare(
        nowhere, make_event("Gao", D, latitude=None, longitude=None, fatalities=4, article_id="f")
    ).same


def test_pairwise_merge_scores():
    from sitroom.eval.fusion import pairwise

    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    perfect = pairwise(gold, {"a": {"E1"}, "b": {"E1"}, "c": {"E1"}, "d": {"E2"}})
    assert (perfect.precision, perfect.recall, perfect.true_pairs) == (1.0, 1.0, 3)
    split = pairwise(gold, {"a": {"E1"}, "b": {"E1"}, "c": {"E3"}, "d": {"E1", "E2"}})
    assert (split.tp, split.fp, split.fn) == (1, 2, 2)
    assert split.precision == 1 / 3 and split.recall == 1 / 3
