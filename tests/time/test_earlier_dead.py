"""Dead told 'in addition to' / 'along with' this event's: counted only when they have no
clause or date of their own (reports written for these tests)."""

from datetime import date

from sitroom.model import Article

PUB = date(2024, 5, 10)


def tolls(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e.fatalities for e in events if e.status == "new" and e.record_kind == "event"]


def test_dead_of_last_month_are_not_added(pipeline):
    text = ("Soldiers killed eight fighters near Kidal on Sunday, in addition to the 20 "
            "killed in the area last month.")
    assert tolls(pipeline, text) == [8]


def test_dead_of_another_ambush_are_not_added(pipeline):
    text = ("Rebels killed six police officers near Beni on Tuesday, in addition to four "
            "who died in a raid on Saturday.")
    assert tolls(pipeline, text) == [6]


def test_dead_of_the_same_raid_are_still_added(pipeline):
    text = "Gunmen killed a headman near Tillaberi in addition to three of his guards."
    assert tolls(pipeline, text) == [4]


def test_a_death_named_as_the_cause_is_not_the_toll(pipeline):
    text = ("Communal violence erupted in Jos on Tuesday after the killing of a motorcyclist, "
            "leaving six people dead.")
    assert tolls(pipeline, text) == [6]


def test_a_death_in_whose_aftermath_clans_fought_gives_way_to_their_own_toll(pipeline):
    text = ("Two clans fought with rifles in Beledweyne on Tuesday, in the aftermath of the "
            "killing of two herders on Monday. Four people were killed in the fighting.")
    assert tolls(pipeline, text) == [4]


def test_a_revenge_raid_counts_only_its_own_dead(pipeline):
    text = ("Militiamen raided a village near Djugu on Tuesday in retaliation for the killing "
            "of two herders, killing nine residents.")
    assert tolls(pipeline, text) == [9]
