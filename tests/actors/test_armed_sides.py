"""Who fights is armed: a man who opens fire is an unidentified armed group, never the
country's civilians, and the force that fired back is never put on the attackers' side when
the sentences of one incident are merged. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article
from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 3, 12)


def sides(pipeline, text):
    return record_sides(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On Sunday a man opened fire on two traffic policemen at a checkpoint in Peshawar.",
         "Battles"),
        ("On Monday a man stabbed a radio presenter to death in the Hodan district of Mogadishu.",
         "Violence against civilians"),
    ],
)
def test_a_man_who_opens_fire_is_an_unidentified_armed_group(pipeline, text, kind):
    found = sides(pipeline, text)
    assert [(t, a1) for t, a1, _ in found] == [(kind, "Unidentified Armed Group")]


def test_two_families_exchanging_fire_are_armed_on_both_sides(pipeline):
    text = "On Friday two families exchanged fire in the village of Kafr Nabudah, wounding four."
    assert sides(pipeline, text) == [
        ("Battles", "Unidentified Armed Group", "Unidentified Armed Group")]


def test_the_police_who_fired_back_stay_the_other_side(pipeline):
    text = ("On Tuesday, three gunmen opened fire on the police post in Garissa town. "
            "A police officer returned fire and wounded one of the gunmen.")
    assert sides(pipeline, text) == [
        ("Battles", "Unidentified Armed Group", "Police Forces of Kenya")]


def test_a_name_the_parse_lost_after_the_verb_is_the_target(pipeline):
    text = "On Tuesday, the PMF shelled IS militants with rockets near Tuz Khurmatu."
    assert sides(pipeline, text) == [
        ("Explosions/Remote violence", "Military Forces of Iraq", "Islamic State")]


def test_clashes_reported_between_two_sides_name_both(pipeline):
    text = "On Monday, clashes were reported between Houthi fighters and government forces in Marib."
    events = pipeline.extract(Article(text, published=PUBLISHED))
    assert [(e.actor1.endswith("Supreme Political Council"), e.actor2) for e in events] == [
        (True, "Military Forces of Yemen (2022-)")]
