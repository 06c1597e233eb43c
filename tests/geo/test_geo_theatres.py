"""The actors' focus (`sitroom.geo.theatres`): where the article's named groups operate and
whose police or armies it names, read as a ranker feature and never as the place; on
sentences written for these tests."""

from __future__ import annotations

import csv

import pytest

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.ranker import FEATURES, default_ranker, feature_rows
from sitroom.geo.theatres import THEATRES, ActorFocus, actor_focus, load_theatres
from tests.geo.helpers import hit


def test_a_mission_and_a_group_give_their_theatres(gaz):
    focus = actor_focus("Monitors of the OSCE SMM heard shelling near a farm at dawn.", gaz)
    assert focus.theatres == {"UA"} and ("UA", "Donetsk") in focus.units
    focus = actor_focus("Al-Shabaab's gunmen stormed a police post on the coast road.", gaz)
    assert {"SO", "KE"} <= focus.theatres


def test_nationalities_of_police_count_as_home_of_armies_as_forces(gaz):
    focus = actor_focus("The Kyrgyz authorities detained two drivers after a market brawl.", gaz)
    assert focus.home == {"KG"} and not focus.forces and not focus.theatres
    focus = actor_focus("Turkish warplanes hit a hillside where shepherds camped.", gaz)
    assert focus.forces == {"TR"} and not focus.home


def test_a_demonym_without_an_actor_and_a_lower_case_word_give_nothing(gaz):
    assert actor_focus("A Kyrgyz carpet sold well; the mauritanian stall was shut.", gaz) == ActorFocus()
    assert actor_focus("", gaz) == ActorFocus()


def test_an_article_whose_words_merely_resemble_a_name_has_no_theatre(gaz):
    text = "The belt of the security guard broke; a smm of noise, said the shabby man."
    assert actor_focus(text, gaz).theatres == frozenset()


def test_every_theatre_row_names_an_actor_and_its_source():
    from sitroom.actors import load_dictionary

    entries = load_dictionary().entries
    with open(THEATRES, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(load_theatres())
    for row, theatre in zip(rows, load_theatres(), strict=True):
        assert row["source"].strip(), row["actor"]
        assert theatre.actor in entries or theatre.aliases, theatre.actor
        assert theatre.countries and all(len(cc) == 2 and cc.isupper() for cc in theatre.countries)
        assert all(cc in theatre.countries for cc, _ in theatre.units), theatre.actor


def test_every_theatre_province_is_a_gazetteer_admin1(gaz):
    for theatre in load_theatres():
        for cc, name in theatre.units:
            assert gaz.admin_unit(cc, name, 1) is not None, (theatre.actor, cc, name)


def _ranked(focus: ActorFocus) -> list[str]:
    """Two made-up namesakes, alike but for where they lie, ranked by the shipped model."""
    near = hit("Tarnovka", "Donetsk", 48.0, 37.8, cc="UA", pop=3_000)
    far = hit("Tarnovka", "Lviv", 49.8, 24.0, cc="UA", pop=3_000)
    pool = (far, near)
    mention = Mention("Tarnovka", 10, 18)
    ctx = ArticleContext(actors=focus)
    rows = feature_rows(pool, mention, ctx, None, [None] * len(pool))
    scores = default_ranker().scores(rows)
    return [h.admin1 for _, h in sorted(zip(scores, pool, strict=True), key=lambda p: -p[0])]


def test_the_ranker_prefers_the_namesake_where_the_actors_operate():
    if default_ranker() is None:
        pytest.skip("no trained ranker shipped")
    focus = ActorFocus(theatres=frozenset({"UA"}), units=frozenset({("UA", "Donetsk")}))
    assert _ranked(focus)[0] == "Donetsk"


def test_the_actor_features_come_just_before_the_wording_features():
    actors = FEATURES.index("theatre_country")
    assert FEATURES[actors : actors + 6] == (
        "theatre_country", "theatre_admin1", "home_country", "forces_country",
        "admin1_in_text", "home_words_country",
    )
    ctx = ArticleContext(actors=ActorFocus(home=frozenset({"KG"})))
    town = hit("Sary", "Chuy", 42.8, 74.6, cc="KG")
    (row,) = feature_rows((town,), Mention("Sary", 0, 4), ctx, None, [None])
    assert row[actors : actors + 4] == [0.0, 0.0, 1.0, 0.0]


def _refused(focus: ActorFocus, pool: list) -> list[str]:
    from sitroom.geo.loose import actors_refuse

    return [h.admin1 for h in actors_refuse(pool, ArticleContext(actors=focus))]


def test_a_missions_report_refuses_a_village_of_a_third_country():
    # the mission works in one country; the only reading of the name is a hamlet elsewhere
    focus = ActorFocus(theatres=frozenset({"UA"}), units=frozenset({("UA", "Donetsk")}))
    hamlet = hit("Zorino", "Tverskaya", 56.8, 35.9, cc="RU", pop=700)
    assert _refused(focus, [hamlet]) == []


def test_a_province_or_a_large_city_abroad_stays_a_reading():
    focus = ActorFocus(theatres=frozenset({"SO"}))
    province = hit("Garissa", "Garissa", -0.4, 39.6, fcode="ADM1", cc="XK")
    city = hit("Mombasa", "Coast", -4.0, 39.7, cc="XK", pop=1_200_000)
    assert _refused(focus, [province, city]) == ["Garissa", "Coast"]


def test_armies_that_strike_abroad_keep_the_village_abroad():
    focus = ActorFocus(theatres=frozenset({"SY"}), forces=frozenset({"TR"}))
    village = hit("Kesme", "Hatay", 36.2, 36.1, cc="XT", pop=900)
    assert _refused(focus, [village]) == ["Hatay"]


def test_groups_of_conflicts_far_from_the_gold_sets_give_their_theatres(gaz):
    focus = actor_focus("ISKP gunmen stormed a checkpoint outside the town at dawn.", gaz)
    assert focus.theatres == {"AF", "PK"} and ("AF", "Nangarhar") in focus.units
    focus = actor_focus("Members of Viv Ansanm set fire to a police post on Tuesday.", gaz)
    assert focus.theatres == {"HT"} and ("HT", "Ouest") in focus.units
    focus = actor_focus("Hizbul Mujahideen fighters clashed with troops in an orchard.", gaz)
    assert ("IN", "Jammu and Kashmir") in focus.units


def test_a_name_found_only_in_capitals_is_looked_for_only_where_written_with_one(gaz):
    from sitroom.geo.theatres import theatre_matcher

    matcher = theatre_matcher(())
    assert "is" in matcher.capitals and "ttp" in matcher.capitals  # "IS-K", "TTP"
    assert "taliban" not in matcher.capitals  # "Tehreek-i-Taliban Pakistan" in any case
    for words, name in matcher.dictionary._names.items():
        assert max(words, key=len) not in matcher.capitals or name.acronym, words
    assert "AF" in actor_focus("Two IS-K cells were broken up in a raid on a farm.", gaz).theatres
    text = "The road is shut; it is-k of no use, and TTP men is what the driver feared."
    assert "PK" in actor_focus(text, gaz).theatres
    assert actor_focus("The road is shut and is-k of no use to the farmers.", gaz).theatres == frozenset()
