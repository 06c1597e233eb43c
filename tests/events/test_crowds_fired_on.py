"""Armed men who open fire as a crowd marches hit the marchers: force against a protest
(state forces, or named protesters) or an attack on civilians (gunmen on mourners), never
the marchers as rioters; the dead are the force's. Sentences of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)
FORCE = ("Protests", "Excessive force against protesters")


def records(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in out if e.record_kind == "event"]


def test_gunmen_firing_as_mourners_march_attack_civilians(pipeline):
    out = records(pipeline, "Gunmen opened fire as mourners marched in Maiduguri on Saturday, killing four people.")
    assert out == [("Violence against civilians", "Attack", 4)]


def test_police_firing_as_students_march_use_force_on_a_protest_with_its_dead(pipeline):
    out = records(pipeline, "Police opened fire as students marched through Kisumu on Tuesday, killing one.")
    assert out == [(*FORCE, 1)]


def test_soldiers_firing_as_demonstrators_march_are_no_riot(pipeline):
    out = records(pipeline, "Soldiers opened fire as demonstrators marched on the palace in Conakry, killing two.")
    assert out == [(*FORCE, 2)]


def test_the_dead_of_force_on_protesters_count(pipeline):
    out = records(pipeline, "Troops opened fire on protesters in Khartoum on Thursday, killing three.")
    assert out == [(*FORCE, 3)]


def test_a_crowd_that_clashes_while_others_rally_stays_a_riot(pipeline):
    out = records(
        pipeline,
        "Teachers protested over unpaid wages in Abuja on Monday; while most of them sang hymns outside "
        "the ministry, some fought riot police and burned a car.",
    )
    assert [t for t, _s, _d in out] == ["Riots"]


def test_soldiers_firing_as_rebels_march_is_a_fight(pipeline):
    out = records(pipeline, "Soldiers opened fire as Fano militiamen marched into Gondar on Sunday, killing five.")
    assert [(t, s) for t, s, _d in out] == [("Battles", "Armed clash")]


def test_troops_shooting_at_rebels_as_they_march_is_a_fight(pipeline):
    out = records(pipeline, "Soldiers shot at the rebels as they marched on Bangui on Thursday, killing four.")
    assert [(t, s) for t, s, _d in out] == [("Battles", "Armed clash")]


def test_shots_into_the_air_as_a_crowd_marches_are_an_intervention(pipeline):
    out = records(pipeline, "Police fired into the air as students marched through Nairobi on Monday.")
    assert [(t, s) for t, s, _d in out] == [("Protests", "Protest with intervention")]
