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


def test_arrests_by_police_after_a_protest_make_it_an_intervention(pipeline):
    text = "Bakers marched to the town hall in Blantyre on Thursday over flour prices. The police intervened and detained four of them."
    assert new_events(pipeline, text) == [("Protests", "Protest with intervention")]


def test_an_arrest_told_as_the_cause_of_a_protest_leaves_it_peaceful(pipeline):
    text = "Traders protested in Zomba on Thursday against the detention of their chairman. He was arrested in a tax case."
    assert new_events(pipeline, text) == [("Protests", "Peaceful protest")]


def test_tear_gas_used_to_disperse_a_crowd_is_an_intervention(pipeline):
    text = "Police used tear gas to disperse a crowd of farmers in Mzuzu on Thursday."
    assert new_events(pipeline, text) == [("Protests", "Protest with intervention")]


def test_a_baton_charge_after_a_sit_in_is_an_intervention(pipeline):
    text = "Villagers staged a sit-in outside the clinic in Kasungu on Thursday. Police resorted to a baton charge to clear the road."
    assert new_events(pipeline, text) == [("Protests", "Protest with intervention")]


def test_tear_gas_fired_at_marchers_is_no_excessive_force(pipeline):
    text = "Police fired tear gas at the marchers in Dedza on Thursday."
    assert new_events(pipeline, text) == [("Protests", "Protest with intervention")]


def test_stones_thrown_before_the_tear_gas_make_a_violent_demonstration(pipeline):
    text = "Police fired tear gas to disperse youths who had pelted stones at the district office in Salima on Thursday."
    assert new_events(pipeline, text) == [("Riots", "Violent demonstration")]


def test_a_crowd_told_to_disperse_is_not_dispersed(pipeline):
    text = "Guests at a wedding in Balaka beat a policeman on Thursday who told them to disperse."
    assert ("Protests", "Protest with intervention") not in new_events(pipeline, text)
