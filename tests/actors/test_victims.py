"""The other side of a fight or a blast whose target phrase names no one: the people the
sentence says were killed or hurt ("soldiers were killed when their truck hit a mine");
unnamed fighters killed name no side. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2020, 5, 6)


def sides(pipeline, text):
    """(event_type, actor1, actor2) of each event record, regime years dropped."""
    events = pipeline.extract(Article(text, published=PUBLISHED))
    return [(e.event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0])
            for e in events if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("On Sunday, an unspecified number of troops died or were hurt when JNIM militants "
         "struck their truck near Douentza, Mali.", "Military Forces of Mali"),
        ("On Sunday, a number of policemen were wounded when their patrol hit a roadside bomb "
         "near Bannu, Pakistan.", "Police Forces of Pakistan"),
        ("On Sunday, one security officer was shot and killed by Al-Shabaab fighters in Marka, "
         "Somalia.", "Military Forces of Somalia"),
    ],
)
def test_the_people_a_fight_or_blast_hurt_are_its_other_side(pipeline, text, victims):
    [(_, _, actor2)] = sides(pipeline, text)
    assert actor2 == victims


def test_unnamed_fighters_killed_name_no_other_side(pipeline):
    text = ("On Sunday, government troops repelled an attack near Marib, Yemen, and several "
            "fighters were killed.")
    assert all(not a2.startswith("Unidentified") for _, _, a2 in sides(pipeline, text))
