"""A war's or a year's total makes no record however it is told: 'since the coup', in the
past tense over a span ('last year') or between two years, or with the war as the subject.
A count since a day of the news, or the dead of the war's latest attack, stays. Sentences
of my own."""

from datetime import date

import pytest

from tests.events.helpers import status_and_dead

TUESDAY = date(2024, 5, 7)


def records(pipeline, text):
    return status_and_dead(pipeline, text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Junta troops shelled a village in Magway on Sunday, killing four people. More than "
         "5,000 civilians have been killed by the military since the coup.", 4),
        ("Militia fighters killed nine villagers in Djugu on Friday. Some 3,000 people were "
         "killed in Ituri's conflict between 2017 and 2020.", 9),
        ("Gunmen shot dead five people in Guayaquil on Monday. Armed violence killed more "
         "than 7,000 people across Ecuador last year.", 5),
        ("Fighters killed three soldiers near Mandera on Monday. Somalia's civil war, which "
         "began in 1991, killed hundreds of thousands of people.", 3),
    ],
)
def test_a_total_told_in_any_tense_makes_no_record(pipeline, text, dead):
    assert records(pipeline, text) == [("new", dead)]


def test_the_dead_of_the_wars_latest_attack_are_the_news(pipeline):
    text = ("A drone struck a bus in Kherson on Monday. Three passengers were killed in the "
            "war's latest attack on the city.")
    assert records(pipeline, text) == [("new", 3)]


def test_a_count_since_a_day_of_the_news_stays(pipeline):
    text = "Clashes broke out in Kidal on Friday. Since Friday, 30 residents have died in the fighting in the town."
    assert 30 in [dead for _, dead in records(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen shot dead four bus passengers in Tegucigalpa on Monday. Honduras recorded more "
         "than 3,000 killings last year, the police said.", 4),
        ("Militants killed seven soldiers near Tillaberi on Friday. A monitoring group said in a "
         "report that more than 6,000 people had been killed in the region since 2017.", 7),
        ("Rebels burned a village near Bambari on Monday, killing three farmers. Thousands have "
         "been killed and a fifth of the population has fled their homes.", 3),
    ],
)
def test_a_total_told_without_a_conflict_noun_makes_no_record(pipeline, text, dead):
    """A count over last year under another verb, a count since a year in the past perfect,
    'thousands have been killed'."""
    assert records(pipeline, text) == [("new", dead)]


def test_a_count_since_an_old_start_told_before_makes_no_record(pipeline):
    """'has since killed' counts from the start told before it: an offensive of 2022."""
    text = ("Troops shelled a market in Kadugli on Sunday, killing six people. The army began an "
            "offensive in the region in March 2022. It has since killed more than 2,000 civilians, "
            "a rights group said.")
    out = records(pipeline, text)
    assert ("new", 6) in out and all(dead < 2000 for _, dead in out)


def test_a_count_since_the_news_day_told_by_since_alone_stays(pipeline):
    text = "Clashes erupted in Kidal on Friday. Thirty residents have since died in the fighting."
    assert 30 in [dead for _, dead in records(pipeline, text)]

