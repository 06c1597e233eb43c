"""'its soldiers' after a bare state force ('The army said three of its soldiers were
killed ...'): the event's country makes the army that country's, and the possessive points
to it, so the soldiers hit are its side (`sitroom/actors/owners.py`). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.helpers import record_sides

PUBLISHED = date(2024, 10, 14)


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("The army said four of its soldiers died in an ambush outside Menaka on Sunday.",
         "Military Forces of Mali"),
        ("The army said two of its men were wounded when gunmen attacked a checkpoint near Djibo on Sunday.",
         "Military Forces of Burkina Faso"),
        ("Police said three of its officers were killed when bandits attacked a patrol near Gusau on Sunday.",
         "Police Forces of Nigeria"),
    ],
)
def test_its_soldiers_after_a_bare_force_are_that_force(pipeline, text, hit):
    assert [r[2] for r in record_sides(pipeline, text, PUBLISHED)] == [hit]


def test_gunmen_named_before_are_no_owner_of_its_soldiers(pipeline):
    # the unnamed attackers are never the side the possessive points to
    text = "Gunmen stormed an army post near Menaka on Sunday, killing three of its soldiers."
    assert [r[1:] for r in record_sides(pipeline, text, PUBLISHED)] == [
        ("Unidentified Armed Group", "Military Forces of Mali")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army said two of its employees, both civilian cooks, were abducted near Menaka on Sunday.",
        "The army said three of its staff, all civilian drivers, were kidnapped near Gao on Sunday.",
    ],
)
def test_its_civilian_staff_after_a_bare_force_stay_civilians(pipeline, text):
    """Only the force's own members (actors words member_words) are the force."""
    assert [r[2] for r in record_sides(pipeline, text, PUBLISHED)] == ["Civilians"]


def test_its_things_after_a_bare_force_stay_the_force(pipeline):
    """A thing the force owns ('its trucks') is still the force's, as its members are."""
    text = "The army said gunmen burned two of its trucks near Djibo on Sunday."
    assert [r[2] for r in record_sides(pipeline, text, PUBLISHED)] == ["Military Forces of Burkina Faso"]
