"""A period and a day inside it on the same event ('last week, on May 9'): the day dates it;
and a count spelled out before a nationality counts the dead. Sentences written for these
tests."""

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 5, 16)  # a Thursday


def _records(pipeline, text: str) -> list:
    return [e for e in pipeline.extract(Article(text=text, published=PUBLISHED)) if e.record_kind == "event"]


@pytest.mark.parametrize(("text", "day"), [
    ("Earlier this month, on May 7, a bomb hit a market in Goma, killing two traders.", date(2024, 5, 7)),
    ("Last month, gunmen killed nine herders in a raid on a camp near Kaga Bandoro on April 14.",
     date(2024, 4, 14)),
    ("Protests began in Lagos last week, on May 9, when police arrested 40 students.", date(2024, 5, 9)),
])
def test_the_day_inside_the_period_dates_the_event(pipeline, text, day):
    assert [e.event_date for e in _records(pipeline, text)] == [day]


def test_a_day_of_another_clause_does_not_date_the_first(pipeline):
    text = ("In March, a rocket killed a soldier in Metula, and on March 20 a drone killed a farmer "
            "in Shlomi, officials said.")
    assert date(2024, 3, 1) in [e.event_date for e in _records(pipeline, text)]


@pytest.mark.parametrize(("text", "dead"), [
    ("Two Thai rangers were killed when a roadside bomb exploded in Yala province on Wednesday.", 2),
    ("Four Nigerien soldiers were killed when their truck hit a mine near Tillaberi on Wednesday.", 4),
])
def test_a_count_spelled_out_before_a_nationality_counts_the_dead(pipeline, text, dead):
    assert [e.fatalities for e in _records(pipeline, text)] == [dead]
