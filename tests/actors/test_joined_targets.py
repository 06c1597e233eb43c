"""When the event's patient names no side ("an assault", "a convoy"), the side its trigger
was aimed at is read from the trigger's target phrase ("an assault on Kenyan troops") or
from a verb joined to it that shares its subject ("ambushed a convoy and clashed with
soldiers"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 5, 8)


def _sides(pipeline, text):
    events = pipeline.extract(Article(text, published=PUBLISHED))
    return [(e.actor1.split(" (")[0], e.actor2.split(" (")[0])
            for e in events if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "attacker", "target"),
    [
        ("ADF rebels ambushed a convoy near Beni and clashed with Congolese soldiers on Friday.",
         "ADF: Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo"),
        ("Al-Shabaab fighters launched an assault on Kenyan troops near Mandera on Monday.",
         "Al Shabaab", "Military Forces of Kenya"),
    ],
)
def test_the_side_aimed_at_outside_the_patient_is_actor2(pipeline, text, attacker, target):
    [(actor1, actor2)] = _sides(pipeline, text)
    assert (actor1, actor2) == (attacker, target)


def test_a_patient_that_names_a_side_keeps_it(pipeline):
    text = "Gunmen attacked Malian soldiers at a market near Gao on Monday."
    [(_, actor2)] = _sides(pipeline, text)
    assert actor2 == "Military Forces of Mali"
