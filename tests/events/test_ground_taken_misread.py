"""Ground taken told in words the small model misreads: 'The army retook control of X' (read
as one noun phrase, no verb), 'The X wrested control of Y, officials said' ('wrested' a
modifier of 'control') made no record; 'took control of Z township' was control of no
ground (a statement only). Each is a change of territory. Sentences of my own, from
several conflicts; the Taliban as an insurgency (published 2019)."""

from datetime import date

from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def subs(pipeline, text, published=TUESDAY):
    return [(e.event_type, e.sub_event_type) for e in event_records(pipeline, text, published)]


def test_the_army_retaking_control_of_a_town_regains_it(pipeline):
    text = "The army retook control of the town of Kalaymyo on Sunday."
    assert subs(pipeline, text) == [("Battles", "Government regains territory")]


def test_insurgents_wresting_control_of_a_district_told_by_officials_take_it(pipeline):
    text = "The Taliban wrested control of Jaghatu district in Ghazni province on Monday, local officials said."
    assert subs(pipeline, text, date(2019, 7, 9)) == [("Battles", "Non-state actor overtakes territory")]


def test_a_named_group_wresting_control_of_a_town_takes_it(pipeline):
    text = "Al-Shabaab wrested control of the town of Mahas from clan militias on Friday."
    assert subs(pipeline, text) == [("Battles", "Non-state actor overtakes territory")]


def test_control_of_a_township_is_ground_taken(pipeline):
    text = "The Arakan Army took control of Maungdaw township on Monday."
    out = subs(pipeline, text)
    assert len(out) == 1 and out[0][1] in TERRITORY


def test_a_plain_past_verb_before_its_object_is_read_as_before(pipeline):
    text = "The rebels overran the town of Bunagana on Monday."
    assert subs(pipeline, text) == [("Battles", "Non-state actor overtakes territory")]
