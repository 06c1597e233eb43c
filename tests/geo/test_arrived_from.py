"""A name after 'from' in a clause of its own time whose verb is one of coming ('... before
reinforcements arrived from X', '... until troops came from Y') says where someone came
from, not where the deed was: the sentence makes no record of its own at X but details the
incident already told. Leaving from a place is the scene ('as they walked out from a mosque
in X'). Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records

TUESDAY = date(2024, 6, 4)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Militants attacked an army post in the town of Marte on Monday, killing six soldiers. "
         "The post came under heavy fire for two hours before reinforcements arrived from Dikwa.",
         "Marte"),
        ("Al-Shabaab fighters overran a police station in Bulo Burde on Monday. The station "
         "was under attack for an hour until troops came from Beledweyne, an elder said.",
         "Buulobarde"),
    ],
)
def test_where_reinforcements_came_from_is_no_second_incident(pipeline, text, town):
    records = [e for e in event_records(pipeline, text, TUESDAY) if e.status == "new"]
    assert [e.location for e in records] == [town]


def test_leaving_from_the_scene_keeps_it_precise(pipeline):
    text = "Gunmen opened fire on worshippers as they walked out from a mosque in Kano on Friday, killing three."
    [record] = event_records(pipeline, text, TUESDAY)
    assert (record.location, record.geo_precision) == ("Kano", 1)
