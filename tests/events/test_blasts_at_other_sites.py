"""Two blasts of different kinds told apart in one city on one day are two records: ACLED's
unit (one event per place, day and actors) folds only events of one sub-event type.
Sentences of my own."""

from datetime import date

from sitroom.model import Article

PUB = date(2023, 9, 4)  # a Monday


def new_events(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def test_a_blast_elsewhere_in_the_city_after_a_suicide_bombing_is_its_own_record(pipeline):
    out = new_events(
        pipeline,
        "A suicide bomber blew himself up outside a police academy in Mogadishu on Sunday, "
        "killing six recruits. Elsewhere in the city, an explosion ripped through a busy junction, "
        "killing two rickshaw drivers.",
    )
    assert [e.sub_event_type for e in out] == ["Suicide bomb", "Remote explosive/landmine/IED"]
    assert [e.fatalities for e in out] == [6, 2]


def test_another_part_of_the_town_keeps_the_second_blast_apart(pipeline):
    out = new_events(
        pipeline,
        "A suicide bomber attacked a Shiite mosque in Quetta on Sunday, killing eleven "
        "worshippers. In another part of the town, a bomb exploded at a bus stop, killing four.",
    )
    assert [e.fatalities for e in out] == [11, 4]
