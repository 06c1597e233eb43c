"""A toll over several places told first and then divided ('strikes on two villages
killed seven ... four were killed in A and three in B') gives each place its own share,
with the strike's type, never the whole toll to the first place. Sentences of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)
DRONE = ("Explosions/Remote violence", "Air/drone strike")


def records(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return sorted((e.location, e.fatalities, (e.event_type, e.sub_event_type)) for e in out if e.record_kind == "event")


def test_each_village_keeps_its_own_share_of_the_lead_total(pipeline):
    text = "Drone strikes on two villages in Shan state killed seven people on Friday, residents said. Four were killed in Namhsan and three in Kutkai."
    out = records(pipeline, text)
    assert [(place, dead) for place, dead, _t in out] == [("Kutkai", 3), ("Namhsan", 4)]


def test_the_second_village_takes_the_strike_type(pipeline):
    text = "Drone strikes on two villages in Shan state killed seven people on Friday, residents said. Four were killed in Namhsan and three in Kutkai."
    assert {t for _p, _d, t in records(pipeline, text)} == {DRONE}


def test_a_list_that_does_not_sum_to_the_lead_leaves_its_toll(pipeline):
    text = "Gunmen killed nine people in Bokkos on Monday. On Tuesday, two were killed in Mangu and one in Barkin Ladi."
    out = records(pipeline, text)
    assert ("Bokkos", 9) in [(place, dead) for place, dead, _t in out]
