"""Where people fled to is not where the deed told after it happened ('families fled to X
after fighters burned their villages near Y': near Y); named after the deed ('fighters
attacked families who had fled to X') or as the sentence's only place, it stays the event's
place (`geo.refuge`). Sentences of my own."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

SUNDAY = date(2024, 6, 10)


def places(pipeline, text):
    found = pipeline.extract(Article(text=text, published=SUNDAY))
    return [(e.location, e.geo_precision) for e in found if e.record_kind == "event"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Thousands of families fled to Tawila after RSF fighters burned their villages west of El Fasher on Sunday.", ("El Fasher", 2)),
        ("Villagers fled to the town of Mopti after jihadists killed five herders near Bandiagara on Sunday.", ("Bandiagara", 2)),
    ],
)
def test_a_refuge_named_before_the_deed_is_passed_over(pipeline, text, where):
    assert places(pipeline, text) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("RSF fighters attacked displaced families who had fled to Tawila on Sunday, killing six.", ("Tawila", 1)),
        ("Residents fled to Tawila on Sunday after RSF fighters attacked.", ("Tawila", 1)),
    ],
)
def test_a_refuge_after_the_deed_or_alone_stays(pipeline, text, where):
    assert places(pipeline, text) == [where]
