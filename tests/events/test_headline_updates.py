"""A headline that names the lead incident's place with a higher toll updates that
incident's toll; it is not a sum of the body's incidents. Sentences of my own."""

from datetime import date

from sitroom.model import Article

WEDNESDAY = date(2024, 5, 15)


def tolls(pipeline, text):
    events = pipeline.extract(Article(text=text, published=WEDNESDAY))
    return {e.location: (e.fatalities, e.fatalities_low, e.fatalities_high) for e in events if e.status == "new"}


MUBI = (
    "Bomb blast at market in Mubi kills 18\n"
    "MUBI, Nigeria - A bomb tore through a packed cattle market in Mubi on Tuesday, "
    "killing at least 15 people, police said. In a separate attack, gunmen killed four farmers "
    "near Gwoza on Monday, residents said.\n"
)

BELEDWEYNE = (
    "Car bomb kills 14 at checkpoint in Beledweyne\n"
    "A car packed with explosives blew up at a checkpoint in Beledweyne on Tuesday, killing "
    "at least 10 people, a police officer said. Elsewhere, militants killed three soldiers in "
    "an ambush near Jowhar on Monday.\n"
)

ROUNDUP = (
    "Bandit raids kill 23 across northwest Nigeria\n"
    "Gunmen raided the village of Dan Ali in Katsina state on Sunday, killing 15 residents, "
    "police said. In Zamfara state, bandits killed eight people in an attack on Kaura Namoda "
    "on Monday.\n"
)


def test_a_headline_naming_the_blast_town_gives_that_blast_its_higher_toll(pipeline):
    out = tolls(pipeline, MUBI)
    assert out["Mubi"] == (18, 15, 18)
    assert out["Gwoza"][0] == 4


def test_a_headline_toll_for_a_car_bomb_town_is_not_a_sum_with_another_ambush(pipeline):
    out = tolls(pipeline, BELEDWEYNE)
    assert out["Beledweyne"][0] == 14
    assert out["Jawhar"][0] == 3


def test_a_headline_summing_raids_across_a_region_still_makes_no_record(pipeline):
    out = tolls(pipeline, ROUNDUP)
    assert sorted(f for f, _, _ in out.values()) == [8, 15]
