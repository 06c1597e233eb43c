"""Another attack told apart at the same place and on the same day is ACLED's same event
(one per place, day and attacker): its dead add to the record's toll. Only one placed by a
name of its own that the first report does not give lends none. Sentences of my own."""

from datetime import date

import pytest

from sitroom.model import Article

TUESDAY = date(2024, 5, 7)


def tolls(pipeline, text):
    events = pipeline.extract(Article(text=text, published=TUESDAY))
    return sorted(
        (e.location, e.fatalities)
        for e in events
        if e.status == "new" and e.record_kind == "event"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed seven civilians at a market in Djibo on Sunday. In another attack in "
         "the town on Sunday, gunmen killed five more civilians.", [("Djibo", 12)]),
        ("Gunmen killed seven people at a market in Djibo on Sunday. In a separate attack on "
         "the town, gunmen killed five more civilians at a water point.", [("Djibo", 12)]),
        ("Bandits shot dead nine villagers in Gusau on Saturday. In another raid on Gusau on "
         "Saturday, bandits killed four herders.", [("Gusau", 13)]),
    ],
)
def test_another_attack_on_the_same_town_and_day_adds_its_dead(pipeline, text, expected):
    assert tolls(pipeline, text) == expected


def test_another_attack_placed_in_another_town_keeps_its_own_dead(pipeline):
    text = ("Gunmen killed seven civilians at a market in Djibo on Sunday. In a separate attack "
            "on Sunday, gunmen killed five villagers in Arbinda.")
    assert tolls(pipeline, text) == [("Aribinda", 5), ("Djibo", 7)]


def test_another_attack_in_a_neighbourhood_the_first_does_not_name_keeps_its_own_dead(pipeline):
    text = ("On Friday, in Tijuana, a man was shot dead in Zona Centro by gunmen. In another "
            "attack, a man was shot dead in Otay neighbourhood by two gunmen.")
    assert all(f == 1 for _, f in tolls(pipeline, text))
