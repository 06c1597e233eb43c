"""A name after "from" in a clause that describes one of the event's nouns says where
that thing came from, not where the event happened (reports written for these tests)."""

from datetime import date

from sitroom.model import Article

PUB = date(2024, 7, 10)


def events(pipeline, text):
    return [e for e in pipeline.extract(Article(text=text, published=PUB)) if e.record_kind == "event"]


def test_where_the_trucks_came_from_is_not_the_place_of_the_ambush(pipeline):
    text = ("Jihadist fighters ambushed an army convoy near Douentza in central Mali on Tuesday, "
            "killing five soldiers, a security source said.\n\n"
            "The source said the attackers detonated a roadside bomb before opening fire on the "
            "trucks, which were carrying fuel from Gao.")
    [event] = events(pipeline, text)
    assert event.location == "Douentza"
    assert event.fatalities == 5


def test_a_convoy_coming_from_the_capital_is_not_placed_there(pipeline):
    text = "Gunmen attacked a convoy coming from Niamey on Monday, killing three guards."
    [event] = events(pipeline, text)
    assert (event.location, event.geo_precision) != ("Niamey", 1)


def test_the_events_own_from_still_places_it(pipeline):
    text = "Bandits abducted 30 pupils from a school in Kankara on Thursday."
    [event] = events(pipeline, text)
    assert event.location == "Kankara"


def test_a_from_outside_any_description_is_left_to_the_other_rules(pipeline):
    text = "Rockets fired from Gaza hit a house in Sderot on Monday, wounding two people."
    [event] = events(pipeline, text)
    assert event.location == "Sderot"


def test_a_described_place_is_kept_when_the_sentence_names_no_other(pipeline):
    text = ("A mob attacked health workers who were taking patients from the village of Kankara "
            "in Katsina state to a clinic on Monday.")
    [event] = events(pipeline, text)
    assert (event.location, event.geo_precision) == ("Kankara", 2)


def test_a_record_placed_by_a_described_place_does_not_swallow_a_later_incident(pipeline):
    text = ("Gunmen ambushed trucks carrying fuel from Kano on Monday, killing two drivers. "
            "Gunmen also killed five villagers in Zaria on Monday.")
    assert sorted(e.fatalities for e in events(pipeline, text)) == [2, 5]
