"""A march whose marchers are an armed force or group is a column moving, not a protest:
'M23 rebels marched into Goma' made a Peaceful protest by Protesters (DR Congo); it makes
no record at all. Soldiers'
wives, veterans and marchers with a protest's purpose still protest. Sentences of my own."""

from datetime import date

from sitroom.model import Article
from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)


def types(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in event_records(pipeline, text, TUESDAY)]


def every_record(pipeline, text):
    """Events and statements alike: a column moving makes neither."""
    return list(pipeline.extract(Article(text=text, published=TUESDAY)))


def test_rebels_marching_into_a_town_make_no_record(pipeline):
    assert every_record(pipeline, "M23 rebels marched into the town of Sake on Monday.") == []


def test_troops_marching_into_a_town_make_no_record(pipeline):
    text = "Government troops marched into the rebel-held town of Kidal on Tuesday."
    assert every_record(pipeline, text) == []


def test_soldiers_wives_marching_protest(pipeline):
    text = "Hundreds of soldiers' wives marched to the defence ministry in Kinshasa on Monday."
    assert types(pipeline, text) == [("Protests", "Peaceful protest")]


def test_retired_soldiers_marching_for_their_pensions_protest(pipeline):
    text = "Retired soldiers marched in Nairobi on Monday to demand their pensions."
    assert types(pipeline, text) == [("Protests", "Peaceful protest")]
