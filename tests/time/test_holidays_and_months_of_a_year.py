"""Holidays as dates ('on Christmas Day', 'on Eid', 'on New Year's Eve') and a month of a
named year ('in August last year'). Expressions and sentences of my own."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article
from sitroom.time.expressions import resolve

MID_AUGUST = date(2024, 8, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Christmas Day", date(2023, 12, 25)),
        ("on Christmas Eve", date(2023, 12, 24)),
        ("on New Year's Eve", date(2023, 12, 31)),
        ("on New Year's Day", date(2024, 1, 1)),
        ("during Eid al-Adha", date(2024, 6, 16)),
        ("on Eid-ul-Fitr", date(2024, 4, 10)),
        ("on Eid", date(2024, 6, 16)),  # the latest of the two Eids before publication
    ],
)
def test_a_holiday_is_the_day_it_last_fell_on(text, day):
    ref = resolve(text, MID_AUGUST)
    assert (ref.date, ref.precision) == (day, 1)


def test_a_holiday_later_in_the_year_is_last_years():
    assert resolve("on Christmas Day", date(2024, 3, 2)).date == date(2023, 12, 25)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("in August last year", date(2023, 8, 1)),
        ("in March of this year", date(2024, 3, 1)),
        ("late May last year", date(2023, 5, 21)),
    ],
)
def test_a_month_of_a_named_year_is_that_month(text, start):
    ref = resolve(text, MID_AUGUST)
    assert (ref.start, ref.precision) == (start, 3)


def _dates(pipeline, text, published):
    out = pipeline.extract(Article(text=text, published=published))
    return [(e.event_date, e.fatalities) for e in out if e.record_kind == "event"]


def test_an_attack_on_christmas_day_is_dated_to_it(pipeline):
    text = "Gunmen killed seven villagers in Bokkos on Christmas Day, a local official said."
    assert _dates(pipeline, text, date(2023, 12, 27)) == [(date(2023, 12, 25), 7)]


def test_a_bombing_on_eid_is_dated_to_the_feast(pipeline):
    text = "A car bomb went off outside a mosque in Jalalabad on Eid, killing five worshippers."
    assert _dates(pipeline, text, date(2024, 6, 18)) == [(date(2024, 6, 16), 5)]


def test_a_clash_in_a_month_of_last_year_keeps_that_month(pipeline):
    text = "Rival militias fought in Zawiya in August last year, killing 23 people."
    assert _dates(pipeline, text, date(2024, 5, 7)) == [(date(2023, 8, 1), 23)]
