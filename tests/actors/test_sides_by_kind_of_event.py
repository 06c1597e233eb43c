"""The other side a kind of event allows: contraband that forces seize is a gang's, not the
civilians'; a protest's own people are its crowd, never its other side
(`sitroom/actors/mutual.py`, `sitroom/actors/component.py`); a fight no one is named in is
unnamed armed men on both sides; and the second side of a
fight where the parser loses it (`sitroom/actors/spans.py`). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 3, 5)


def events_of(pipeline, text):
    return [e for e in pipeline.extract(Article(text, published=PUBLISHED)) if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Federal police seized two tons of cocaine hidden in a truck near Santos on Monday.",
         "Unidentified Gang (Brazil)"),
        ("Soldiers dismantled a marijuana processing lab in Sinaloa on Monday.",
         "Unidentified Gang (Mexico)"),
    ],
)
def test_contraband_seized_belongs_to_a_gang(pipeline, text, owners):
    (event,) = events_of(pipeline, text)
    assert (event.sub_event_type, event.actor2) == ("Looting/property destruction", owners)


def test_goods_looted_from_shops_stay_the_civilians(pipeline):
    (event,) = events_of(pipeline, "Gunmen looted shops in the market of Kiwanja on Monday.")
    assert event.actor2 == "Civilians (Democratic Republic of Congo)"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, hundreds of nurses, mostly young women, protested in Kisumu over unpaid allowances.",
        "On 4 March 2024, around 50 residents protested in Bukavu over repeated power cuts.",
    ],
)
def test_the_people_who_protest_are_the_crowd_not_the_other_side(pipeline, text):
    (event,) = events_of(pipeline, text)
    assert event.actor1.startswith("Protesters (")
    assert event.actor2 == ""


def test_the_second_side_told_on_the_other_side_of_between(pipeline):
    text = "Clashes erupted on Sunday between army troops on one side and RSF fighters on the other in Omdurman."
    (event,) = events_of(pipeline, text)
    assert event.actor1.startswith("Military Forces of Sudan")
    assert event.actor2 == "RSF: Rapid Support Forces"


def test_the_side_clashed_with_whom_a_participle_follows(pipeline):
    text = "On Sunday, the Giants Brigades said they clashed with Houthi forces coming from Hays toward Al Khawkhah."
    (event,) = events_of(pipeline, text)
    assert event.actor2.startswith("Military Forces of Yemen") and event.actor2.endswith("Supreme Political Council")


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("On Sunday, shoot-outs took place in the Mare and Penha neighborhoods of Rio de Janeiro, "
         "residents reported.", "Unidentified Armed Group (Brazil)"),
        ("On Sunday, gunfire and explosions involving unknown assailants were reported in Sheikh Zuweid.",
         "Unidentified Armed Group (Egypt)"),
    ],
)
def test_a_fight_told_by_a_noun_alone_is_unnamed_men_on_both_sides(pipeline, text, unnamed):
    (event,) = events_of(pipeline, text)
    assert (event.event_type, event.actor1, event.actor2) == ("Battles", unnamed, unnamed)
