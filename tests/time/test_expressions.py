"""Table-driven tests of temporal expression resolution against publication dates."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.time.expressions import resolve

TUE = date(2024, 4, 23)  # a Tuesday
MON = date(2023, 1, 2)  # a Monday, just after new year
SUN = date(2022, 3, 6)  # a Sunday
SAT = date(2020, 2, 29)  # a Saturday, leap day
NYE = date(2019, 12, 31)  # a Tuesday, last day of the year

D = date

# (expression, publication, expected date, precision, expected range or None)
CASES = [
    ("on Tuesday", TUE, D(2024, 4, 23), 1, None),
    ("Tuesday", TUE, D(2024, 4, 23), 1, None),
    ("on Sunday", TUE, D(2024, 4, 21), 1, None),
    ("on Wednesday", TUE, D(2024, 4, 17), 1, None),
    ("on Monday night", TUE, D(2024, 4, 22), 1, None),
    ("Sunday morning", TUE, D(2024, 4, 21), 1, None),
    ("late on Monday", TUE, D(2024, 4, 22), 1, None),
    ("last Tuesday", TUE, D(2024, 4, 16), 1, None),
    ("Last Saturday", TUE, D(2024, 4, 20), 1, None),
    ("next Monday", TUE, D(2024, 4, 29), 1, None),
    ("yesterday", TUE, D(2024, 4, 22), 1, None),
    ("today", TUE, D(2024, 4, 23), 1, None),
    ("last night", TUE, D(2024, 4, 22), 1, None),
    ("earlier this week", TUE, D(2024, 4, 22), 2, (D(2024, 4, 22), D(2024, 4, 22))),
    ("this week", TUE, D(2024, 4, 22), 2, (D(2024, 4, 22), D(2024, 4, 23))),
    ("last week", TUE, D(2024, 4, 18), 2, (D(2024, 4, 15), D(2024, 4, 21))),
    ("over the weekend", TUE, D(2024, 4, 20), 2, (D(2024, 4, 20), D(2024, 4, 21))),
    ("In January 2020", TUE, D(2020, 1, 1), 3, (D(2020, 1, 1), D(2020, 1, 31))),
    ("early February", TUE, D(2024, 2, 1), 3, (D(2024, 2, 1), D(2024, 2, 10))),
    ("mid-February", TUE, D(2024, 2, 11), 3, (D(2024, 2, 11), D(2024, 2, 20))),
    ("late February", TUE, D(2024, 2, 21), 3, (D(2024, 2, 21), D(2024, 2, 29))),
    ("mid-March 2023", TUE, D(2023, 3, 11), 3, (D(2023, 3, 11), D(2023, 3, 20))),
    ("since early February", TUE, D(2024, 2, 1), 3, (D(2024, 2, 1), TUE)),
    ("before February 2024", TUE, D(2024, 1, 31), 3, None),
    ("April 21", TUE, D(2024, 4, 21), 1, None),
    ("21 April 2024", TUE, D(2024, 4, 21), 1, None),
    ("April 21, 2024", TUE, D(2024, 4, 21), 1, None),
    ("2024-04-21", TUE, D(2024, 4, 21), 1, None),
    ("21/04/2024", TUE, D(2024, 4, 21), 1, None),
    ("Tuesday, 23 April 2024", TUE, D(2024, 4, 23), 1, None),
    ("in 2014", TUE, D(2014, 1, 1), 3, (D(2014, 1, 1), D(2014, 12, 31))),
    ("late 2014", TUE, D(2014, 9, 1), 3, (D(2014, 9, 1), D(2014, 12, 31))),
    ("the 1990s", TUE, D(1990, 1, 1), 3, (D(1990, 1, 1), D(1999, 12, 31))),
    ("between 1 and 5 March", TUE, D(2024, 3, 3), 2, (D(2024, 3, 1), D(2024, 3, 5))),
    ("March 1-5", TUE, D(2024, 3, 3), 2, (D(2024, 3, 1), D(2024, 3, 5))),
    ("between January and March", TUE, D(2024, 1, 1), 3, (D(2024, 1, 1), D(2024, 3, 31))),
    ("within fewer than 24 hours", TUE, D(2024, 4, 22), 2, (D(2024, 4, 22), TUE)),
    ("Over the last 48 hours", TUE, D(2024, 4, 22), 2, (D(2024, 4, 21), TUE)),
    ("after three months of calm", TUE, D(2024, 1, 23), 3, (D(2024, 1, 23), TUE)),
    ("October 7", TUE, D(2023, 10, 7), 1, None),
    ("since October 7", TUE, D(2023, 10, 7), 3, (D(2023, 10, 7), TUE)),
    ("after October 7", TUE, D(2023, 10, 8), 3, (D(2023, 10, 8), TUE)),
    ("May 5", TUE, D(2024, 5, 5), 1, None),
    ("three days ago", TUE, D(2024, 4, 20), 1, None),
    ("two weeks ago", TUE, D(2024, 4, 9), 2, (D(2024, 4, 6), D(2024, 4, 12))),
    ("last month", TUE, D(2024, 3, 1), 3, (D(2024, 3, 1), D(2024, 3, 31))),
    ("this year", TUE, D(2024, 1, 1), 3, (D(2024, 1, 1), TUE)),
    ("last year", TUE, D(2023, 1, 1), 3, (D(2023, 1, 1), D(2023, 12, 31))),
    ("in recent days", TUE, D(2024, 4, 19), 2, (D(2024, 4, 16), TUE)),
    ("since 2014", TUE, D(2014, 1, 1), 3, (D(2014, 1, 1), TUE)),
    ("July to December 2016", TUE, D(2016, 7, 1), 3, (D(2016, 7, 1), D(2016, 12, 31))),
    ("from January to March", TUE, D(2024, 1, 1), 3, (D(2024, 1, 1), D(2024, 3, 31))),
    ("Monday to Wednesday", TUE, D(2024, 4, 16), 2, (D(2024, 4, 15), D(2024, 4, 17))),
    ("26 Jan 18", TUE, D(2018, 1, 26), 1, None),
    ("Saturday [13 April]", TUE, D(2024, 4, 13), 1, None),
    ("at dawn on Sunday", TUE, D(2024, 4, 21), 1, None),
    ("in the early hours of Sunday", TUE, D(2024, 4, 21), 1, None),
    ("late last month", TUE, D(2024, 3, 21), 3, (D(2024, 3, 21), D(2024, 3, 31))),
    ("late last year", TUE, D(2023, 9, 1), 3, (D(2023, 9, 1), D(2023, 12, 31))),
    # a Monday just after new year
    ("on Monday", MON, D(2023, 1, 2), 1, None),
    ("on Sunday", MON, D(2023, 1, 1), 1, None),
    ("on Saturday", MON, D(2022, 12, 31), 1, None),
    ("December 30", MON, D(2022, 12, 30), 1, None),
    ("in December", MON, D(2022, 12, 1), 3, (D(2022, 12, 1), D(2022, 12, 31))),
    ("last week", MON, D(2022, 12, 29), 2, (D(2022, 12, 26), D(2023, 1, 1))),
    ("last month", MON, D(2022, 12, 1), 3, (D(2022, 12, 1), D(2022, 12, 31))),
    ("last year", MON, D(2022, 1, 1), 3, (D(2022, 1, 1), D(2022, 12, 31))),
    ("yesterday", MON, D(2023, 1, 1), 1, None),
    ("the past week", MON, D(2022, 12, 29), 2, (D(2022, 12, 26), MON)),
    # a Sunday
    ("on Sunday", SUN, D(2022, 3, 6), 1, None),
    ("last Sunday", SUN, D(2022, 2, 27), 1, None),
    ("Saturday night", SUN, D(2022, 3, 5), 1, None),
    ("on Friday", SUN, D(2022, 3, 4), 1, None),
    ("over the weekend", SUN, D(2022, 3, 5), 2, (D(2022, 3, 5), D(2022, 3, 6))),
    ("late February", SUN, D(2022, 2, 21), 3, (D(2022, 2, 21), D(2022, 2, 28))),
    ("February 24", SUN, D(2022, 2, 24), 1, None),
    ("since February 24", SUN, D(2022, 2, 24), 3, (D(2022, 2, 24), SUN)),
    ("this week", SUN, D(2022, 3, 3), 2, (D(2022, 2, 28), SUN)),
    # a Saturday on a leap day
    ("on Saturday", SAT, D(2020, 2, 29), 1, None),
    ("yesterday", SAT, D(2020, 2, 28), 1, None),
    ("late February", SAT, D(2020, 2, 21), 3, (D(2020, 2, 21), D(2020, 2, 29))),
    ("on Thursday", SAT, D(2020, 2, 27), 1, None),
    # the last day of a year, a Tuesday
    ("on Tuesday", NYE, D(2019, 12, 31), 1, None),
    ("on Monday", NYE, D(2019, 12, 30), 1, None),
    ("earlier this month", NYE, D(2019, 12, 1), 3, (D(2019, 12, 1), NYE)),
    ("January 3", NYE, D(2019, 1, 3), 1, None),
    ("early January 2020", NYE, D(2020, 1, 1), 3, (D(2020, 1, 1), D(2020, 1, 10))),
]


@pytest.mark.parametrize(("text", "published", "expected", "precision", "span"), CASES)
def test_resolve(text, published, expected, precision, span):
    ref = resolve(text, published)
    assert ref is not None, text
    assert (ref.date, ref.precision) == (expected, precision)
    if span is not None:
        assert ref.range == span
    assert ref.start <= ref.date <= ref.end


def test_table_is_large_enough():
    assert len(CASES) >= 60
    weekday_equal = [c for c in CASES if c[0].lower().endswith(c[1].strftime("%A").lower())]
    assert len(weekday_equal) >= 4  # the publication weekday itself means the publication day


@pytest.mark.parametrize(
    "text",
    [
        "three days", "dawn", "in the coming days", "the next day", "We", "a 25-year-old", "",
        "February 30", "31/02/2024", "the 99th of March", "between and", "since", "9999", "[",
    ],
)
def test_unresolvable_is_none(text):
    assert resolve(text, TUE) is None


def test_anchor_for_relative_days():
    sunday = D(2024, 4, 21)
    assert resolve("the next day", TUE, anchor=sunday).date == D(2024, 4, 22)
    assert resolve("two days later", TUE, anchor=sunday).date == TUE
    assert resolve("the day before", TUE, anchor=sunday).date == D(2024, 4, 20)


def test_past_only_moves_year_less_dates_back():
    assert resolve("May 5", TUE).date == D(2024, 5, 5)
    assert resolve("May 5", TUE, past_only=True).date == D(2023, 5, 5)


def test_before_is_open_ended():
    ref = resolve("before February 2024", TUE)
    assert ref.end == D(2024, 1, 31) and ref.start < D(2020, 1, 1) and ref.kind == "before"
