"""'N more' killed after an incident's toll adds to it, however the parser hangs 'more' on
the number ('killed two more'). Sentences of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)


def dead(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return [e.fatalities for e in out if e.record_kind == "event"]


def test_gunmen_later_killing_two_more_add_to_the_ambush(pipeline):
    text = "Militants ambushed a patrol near Mandera on Monday, killing three policemen. Gunmen later killed two more, police said."
    assert dead(pipeline, text) == [5]


def test_the_attackers_killing_three_more_add_to_the_raid(pipeline):
    text = "Fighters raided a village near Beledweyne on Monday, killing seven people. The attackers then killed three more."
    assert dead(pipeline, text) == [10]


def test_more_than_a_count_is_no_added_dead(pipeline):
    text = "Gunmen attacked a bus near Kapoeta on Monday, killing four passengers. Police said more than four had died."
    assert dead(pipeline, text) == [4]
