"""A vehicle that hits a mine belongs to the force named on it ('A police truck hit a
landmine'): that force is the side hit, even where the force word only describes the
vehicle (`sitroom/actors/owners.vehicle_owner`). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 11, 4)
MINE = "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("A police truck hit a landmine near Wajir on Monday, killing two officers.",
         "Police Forces of Kenya"),
        ("An army lorry struck a buried explosive device outside Gao on Monday.",
         "Military Forces of Mali"),
        ("A gendarmerie pickup struck a mine between Dori and Seytenga on Monday.",
         "Police Forces of Burkina Faso"),
    ],
)
def test_the_force_named_on_the_vehicle_is_the_side_hit(pipeline, text, hit):
    assert [(r[0], r[2]) for r in record_sides(pipeline, text, PUBLISHED)] == [(MINE, hit)]


def test_a_civilian_bus_stays_civilians(pipeline):
    text = "A civilian minibus hit a landmine near Wajir on Monday, killing four passengers."
    assert [(r[0], r[2]) for r in record_sides(pipeline, text, PUBLISHED)] == [(MINE, "Civilians")]
