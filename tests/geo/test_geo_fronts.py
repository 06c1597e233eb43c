"""Lines of contact as a prior among a theatre's namesakes (`sitroom.geo.fronts`): made-up
rows and sentences written for these tests."""

from __future__ import annotations

import csv

import pytest

from sitroom.geo.fronts import FRONTS, km_to_line, load_fronts, near_front
from sitroom.geo.theatres import load_theatres
from tests.geo.helpers import hit

#: A made-up front running north-south along 38.0 E.
LINE = ((49.0, 38.0), (48.0, 38.0))


def test_distance_to_a_line_is_to_its_nearest_segment():
    assert km_to_line(48.5, 38.0, LINE) < 0.5
    assert 70 < km_to_line(48.5, 39.0, LINE) < 76  # one degree east at 48.5 N
    assert 100 < km_to_line(47.0, 38.0, LINE) < 115  # past the line's end: to its end point


def test_small_namesakes_far_from_the_front_give_way_to_one_on_it():
    on = hit("Tarnivka", "East", 48.5, 38.05, cc="UA", pop=900)
    behind = hit("Tarnivka", "East", 49.2, 39.0, cc="UA", pop=2_500)
    city = hit("Tarnivka", "West", 49.8, 24.0, cc="UA", pop=80_000)
    unit = hit("Tarnivka", "East", 49.5, 39.5, "ADM2", cc="UA")
    kept = near_front([on, behind, city, unit], [LINE])
    assert on in kept and behind not in kept
    assert city in kept and unit in kept  # a sizeable town and a district are no namesakes here


def test_no_front_or_no_namesake_on_it_changes_nothing():
    a = hit("Tarnivka", "East", 49.2, 39.0, cc="UA", pop=900)
    b = hit("Tarnivka", "East", 50.0, 36.0, cc="UA", pop=900)
    assert near_front([a, b], []) == [a, b]
    assert near_front([a, b], [LINE]) == [a, b]  # both far from it: the ranker decides


def test_two_namesakes_both_near_the_front_both_stay():
    a = hit("Tarnivka", "East", 48.5, 38.05, cc="UA", pop=900)
    b = hit("Tarnivka", "East", 48.2, 38.1, cc="UA", pop=900)
    assert near_front([a, b], [LINE]) == [a, b]


def test_every_front_belongs_to_a_theatre_actor_and_names_its_source(gaz):
    from sitroom.geo.fronts import front_lines

    actors = {t.actor for t in load_theatres()}
    with open(FRONTS, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(load_fronts())
    for row in rows:
        assert row["actor"] in actors and row["source"].strip(), row["actor"]
        (line,) = front_lines([row["actor"]], gaz)
        assert len(line) == len(load_fronts()[row["actor"]][1]), row["actor"]  # every town found


@pytest.mark.slow
def test_monitors_near_a_village_take_the_namesake_on_the_line(run_geo):
    from sitroom.geo.fronts import front_lines

    ctx = run_geo("OSCE monitors heard eight bursts of machine-gun fire near Orikhove.")
    (cand,) = ctx.candidates
    event = cand.event
    (line,) = front_lines(["OSCE Special Monitoring Mission to Ukraine"], _gaz())
    assert event.country == "Ukraine"
    assert km_to_line(event.latitude, event.longitude, line) < 15


def _gaz():
    from sitroom.geo.gazetteer import open_gazetteer

    return open_gazetteer()


def test_a_town_is_on_a_front_within_front_km():
    from sitroom.geo.fronts import on_front

    assert on_front(hit("Tarnivka", "East", 48.5, 38.05, cc="UA"), [LINE])
    assert not on_front(hit("Tarnivka", "East", 49.2, 39.0, cc="UA"), [LINE])
    assert not on_front(hit("Tarnivka", "East", 48.5, 38.0, "ADM2", cc="UA"), [LINE])  # a unit


@pytest.mark.slow
def test_another_spelling_on_the_line_joins_namesakes_all_off_it(run_geo):
    # the only exact "Troitske" of the two provinces lies far behind the line; the villages
    # the gazetteer spells Troyits'ke lie on it
    text = "OSCE monitors recorded twenty explosions near Troitske on Sunday."
    assert _km_from_the_monitors_line(run_geo, text) < 15


@pytest.mark.slow
def test_a_city_known_by_the_name_only_as_an_old_name_does_not_block_the_front(run_geo):
    # "Novooleksandrivka" is also an old name of a city far from the line; villages of
    # that name lie on it, and the city's alias is no reason to keep them out
    text = "OSCE monitors recorded four explosions near Novooleksandrivka on Sunday."
    assert _km_from_the_monitors_line(run_geo, text) < 15


def _km_from_the_monitors_line(run_geo, text: str) -> float:
    """How far the one event of ``text`` lies from the monitoring mission's line."""
    from sitroom.geo.fronts import front_lines

    (cand,) = run_geo(text).candidates
    (line,) = front_lines(["OSCE Special Monitoring Mission to Ukraine"], _gaz())
    return km_to_line(cand.event.latitude, cand.event.longitude, line)
