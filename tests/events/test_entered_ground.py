"""An armed group that is not the state's entering a place takes it: with no fighting told,
Strategic developments / Non-violent transfer of territory (was a change to the group's
activity, or no record when the town's name stood alone or the object was a capital). Troops
who enter a town deploy; police entering a campus take no ground. Sentences of my own."""

from datetime import date

from tests.events.helpers import event_records

TUESDAY = date(2024, 3, 5)
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def typed(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.location) for e in event_records(pipeline, text, TUESDAY)]


def test_rebels_entering_a_town_named_alone_take_it(pipeline):
    out = event_records(pipeline, "M23 rebels entered Goma on Monday.", TUESDAY)
    assert [(e.event_type, e.sub_event_type, e.location) for e in out] == [(*TRANSFER, "Goma")]
    assert out[0].actor1.startswith("M23")


def test_militants_entering_the_town_of_x_take_it(pipeline):
    text = "Al-Shabaab fighters entered the town of Mahas in Hiraan region on Saturday."
    assert [t[:2] for t in typed(pipeline, text)] == [TRANSFER]


def test_an_ethnic_army_entering_a_town_takes_it(pipeline):
    text = "Arakan Army fighters entered the town of Paletwa in Chin State on Sunday."
    assert typed(pipeline, text) == [(*TRANSFER, "Paletwa")]


def test_jihadists_entering_after_the_army_pulled_out_take_it_without_a_fight(pipeline):
    text = "JNIM fighters entered the town of Djibo on Sunday after the army pulled out."
    assert typed(pipeline, text) == [(*TRANSFER, "Djibo")]


def test_government_troops_entering_a_town_deploy(pipeline):
    text = "Government troops entered the town of Kidal on Tuesday."
    assert [t[:2] for t in typed(pipeline, text)] == [("Strategic developments", "Change to group/activity")]


def test_police_entering_a_campus_take_no_ground(pipeline):
    assert typed(pipeline, "Police entered the university campus in Dhaka on Monday.") == []
