"""A state's regime label as it read on the day the report came out: open while that
regime still ruled, closed once a successor had taken over. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

from sitroom.actors.regimes import opened
from sitroom.model import Article


def test_a_regime_still_in_power_on_the_publication_day_has_an_open_label(dictionary):
    name = "Police Forces of Kenya (2013-2022)"
    assert opened(name, dictionary, date(2020, 5, 1)) == "Police Forces of Kenya (2013-)"


def test_a_regime_replaced_before_the_publication_day_keeps_its_closed_label(dictionary):
    name = "Police Forces of Kenya (2013-2022)"
    assert opened(name, dictionary, date(2023, 1, 9)) == name


def test_a_branch_after_the_label_and_a_state_with_an_article_are_opened_too(dictionary):
    unit = "Military Forces of Iraq (2018-2020) Popular Mobilization Forces"
    assert opened(unit, dictionary, date(2019, 3, 2)) == (
        "Military Forces of Iraq (2018-) Popular Mobilization Forces")
    us = "Military Forces of the United States (2017-2021)"
    assert opened(us, dictionary, date(2019, 3, 2)) == "Military Forces of the United States (2017-)"


def test_names_without_a_state_label_are_left_alone(dictionary):
    for name in ("Civilians (Kenya)", "Al Shabaab", "Rioters (Chile)", ""):
        assert opened(name, dictionary, date(2019, 3, 2)) == name


def test_a_report_names_the_forces_with_the_label_of_its_own_day(pipeline):
    text = "Kenyan police shot dead two robbery suspects in Nairobi's Eastleigh on Monday."
    early = pipeline.extract(Article(text, published=date(2020, 6, 3)))
    late = pipeline.extract(Article(text, published=date(2023, 6, 7)))
    assert [e.actor1 for e in early] == ["Police Forces of Kenya (2013-)"]
    assert [e.actor1 for e in late] == ["Police Forces of Kenya (2022-)"]


def test_a_mission_named_after_a_country_keeps_its_own_years(dictionary):
    mission = "AMISOM: African Union Mission in Somalia (2007-2022)"
    assert opened(mission, dictionary, date(2015, 8, 3)) == mission
