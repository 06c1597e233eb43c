"""A deed told in a clause of when or why under a verb of intent ('villagers sought refuge
after jihadists killed five herders', 'the army vowed revenge after militants killed seven
soldiers') happened: a record with its toll. Before, the verb of intent above the clause
made the killing a plan (no record) or an attempt (no toll). A deed the intent verb governs
('militants plan to attack the town after the rains end') is still no event. Events words
v33, time lexicon v14 told_clause_marks. Sentences of my own."""

from datetime import date

import pytest

from tests.events.helpers import event_records

MONDAY = date(2024, 6, 10)


def told(pipeline, text):
    return [(e.event_type, e.fatalities) for e in event_records(pipeline, text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Villagers sought refuge in Mopti after jihadists killed five herders near Bandiagara on Sunday.", [("Violence against civilians", 5)]),
        ("The army vowed revenge after militants killed seven soldiers in an ambush near Djibo on Sunday.", [("Battles", 7)]),
        ("Families sought shelter in the church because gunmen had shot dead three farmers near Dori on Sunday.", [("Violence against civilians", 3)]),
    ],
)
def test_a_deed_told_under_an_intent_verb_happened(pipeline, text, want):
    assert told(pipeline, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Militants plan to attack the town after the rains end, a local official said on Monday.",
        "The rebels threatened to kill the hostages if the army advanced on Monday.",
    ],
)
def test_a_deed_the_intent_verb_governs_is_none(pipeline, text):
    assert told(pipeline, text) == []
