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


TWO_IN_DJIBO = (
    "Gunmen kill 12 in Djibo attacks\n"
    "Gunmen attacked a cattle market in Djibo on Monday, killing seven traders, a local "
    "official said. In a separate attack on Monday evening, militants killed five soldiers at a "
    "checkpoint on the edge of Djibo. Elsewhere, jihadists killed four villagers near Arbinda "
    "on Tuesday.\n"
)

TWO_IN_IDLIB = (
    "Air strikes kill 20 in Idlib\n"
    "Russian jets struck a market in Idlib city on Tuesday, killing 14 people, rescuers said. "
    "In a separate strike, a drone hit a car on the road outside Idlib, killing six. In Aleppo, "
    "shelling wounded three children.\n"
)


def records(pipeline, text):
    events = pipeline.extract(Article(text=text, published=WEDNESDAY))
    return sorted(
        (e.location, e.event_type, e.fatalities)
        for e in events
        if e.status == "new" and e.record_kind == "event"
    )


def test_a_headline_summing_two_attacks_in_its_town_lends_the_first_no_toll(pipeline):
    assert records(pipeline, TWO_IN_DJIBO) == [
        ("Aribinda", "Violence against civilians", 4),
        ("Djibo", "Battles", 5),
        ("Djibo", "Violence against civilians", 7),
    ]


def test_a_strike_told_as_separate_lends_the_first_strike_no_dead(pipeline):
    out = records(pipeline, TWO_IN_IDLIB)
    assert ("Idlib", "Explosions/Remote violence", 14) in out
    assert not any(f == 20 for _, _, f in out)
