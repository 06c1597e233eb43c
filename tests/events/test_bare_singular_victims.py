"""A victim told by a bare singular noun, as headlines and terse notes write them ('Farmer
killed in X', 'gunmen kill teacher'), is one dead; never a body of people ('killed
security personnel'), a place's kind word ('in Bolivar state') nor the second title of one
person ('a local official and activist'). Sentences of my own."""

from datetime import date

from sitroom.model import Article

FRIDAY = date(2024, 5, 10)


def dead(pipeline, text):
    out = pipeline.extract(Article(text=text, published=FRIDAY))
    return [e.fatalities for e in out if e.record_kind == "event"]


def test_a_headline_farmer_killed_is_one_dead(pipeline):
    assert dead(pipeline, "Farmer killed in Makurdi attack") == [1]


def test_gunmen_kill_a_bare_teacher_is_one_dead(pipeline):
    assert dead(pipeline, "Gunmen kill teacher in Mubi on Monday.") == [1]


def test_a_bare_soldier_shot_and_killed_by_troops_is_one_dead(pipeline):
    assert dead(pipeline, "Burundian soldier found across the border was shot and killed by Rwandan troops on Sunday.") == [1]


def test_a_body_of_people_has_no_count(pipeline):
    assert dead(pipeline, "The blast killed security personnel at the gate in Mogadishu on Monday.") == [0]


def test_one_person_with_two_titles_is_one_dead(pipeline):
    assert dead(pipeline, "A local councillor and activist was shot dead by gunmen in Cotabato on Monday.") == [1]


def test_a_numbered_victim_with_a_second_title_stays_one(pipeline):
    assert dead(pipeline, "On Monday, 1 village elder and trader was killed by unknown gunmen in Ghazni city.") == [1]
