"""Protests the authorities step into: ACLED's protest with intervention. Own sentences."""

from datetime import date

from sitroom.model import Article

PUB = date(2024, 5, 10)  # a Friday


def new_events(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [(e.event_type, e.sub_event_type) for e in events if e.status == "new" and e.record_kind == "event"]


def test_police_intervening_at_a_protest_is_an_intervention(pipeline):
    text = "Nurses marched to the health ministry in Lilongwe on Thursday to demand pay. Police intervened."
    assert new_events(pipeline, text) == [("Protests", "Protest with intervention")]


def test_an_army_intervening_in_a_conflict_is_no_protest(pipeline):
    assert new_events(pipeline, "The army intervened in the conflict in Kidal on Thursday.") == []


def test_stepping_in_beside_gunfire_leaves_the_gunfire_to_tell_the_event(pipeline):
    text = "Robbers fired on a patrol in Cebu on Thursday as the officers intervened in a hold-up."
    assert new_events(pipeline, text) == [("Battles", "Armed clash")]


def test_police_stepping_into_a_family_feud_is_no_event(pipeline):
    text = "Police intervened in a quarrel over a plot of land between two families in Kisii on Thursday."
    assert new_events(pipeline, text) == []
