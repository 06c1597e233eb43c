"""Whoever steps on a mine or drives over one suffered the blast: they are the victim
(actor2); the one who laid the device, when told, is actor1. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


def _event(pipeline, text):
    (event,) = [e for e in pipeline.extract(Article(text, published=date(2024, 2, 12)))
                if e.record_kind == "event"]
    return event


@pytest.mark.parametrize(
    ("text", "layer", "victim"),
    [
        ("A police patrol stepped on a landmine laid by the ELN near Tibu on Monday.",
         "ELN", "Police Forces of Colombia"),
        ("An army truck ran over a mine planted by JNIM fighters outside Djibo, killing four soldiers.",
         "JNIM", "Military Forces of Burkina Faso"),
    ],
)
def test_who_stepped_on_a_mine_is_the_victim_and_who_laid_it_the_attacker(pipeline, text, layer, victim):
    event = _event(pipeline, text)
    assert event.actor1.startswith(layer), event.actor1
    assert event.actor2.startswith(victim), event.actor2


def test_a_civilian_who_stepped_on_a_mine_is_no_attacker(pipeline):
    event = _event(pipeline, "A herder stepped on a landmine near Kandahar on Friday and lost a leg.")
    assert event.actor2.startswith("Civilians"), event.actor2
    assert not event.actor1.startswith("Civilians"), event.actor1
