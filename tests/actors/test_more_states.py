"""States added in stop 26: their forces are named from a nationality or the country's
name, with the regime of the day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("Serbian riot police", "Serbia", "Police Forces of Serbia (2012-)"),
        ("Georgian police", "Georgia", "Police Forces of Georgia (2012-)"),
        ("Cuban soldiers", "Cuba", "Military Forces of Cuba (1959-)"),
        ("Papua New Guinean police", "Papua New Guinea", "Police Forces of Papua New Guinea (2019-)"),
        ("Swazi police", "eSwatini", "Police Forces of eSwatini (1986-)"),
        ("Kosovo police", "Kosovo", "Police Forces of Kosovo (2021-)"),
    ],
)
def test_a_new_states_forces_are_named(dictionary, phrase, country, name):
    assert dictionary.resolve(phrase, country, date(2024, 11, 2)).name == name


def test_a_regime_that_ended_keeps_its_closed_label(dictionary):
    actor = dictionary.resolve("Uruguayan police", "Uruguay", date(2021, 6, 1))
    assert actor.name == "Police Forces of Uruguay (2020-2025)"


def test_a_new_states_police_confronting_protesters_is_their_other_side(pipeline):
    text = "Police fired tear gas at protesters outside parliament in Belgrade on Sunday."
    events = pipeline.extract(Article(text, published=date(2025, 3, 17)))
    assert [(e.actor1, e.actor2) for e in events if e.record_kind == "event"] == [
        ("Protesters (Serbia)", "Police Forces of Serbia (2012-)")]
