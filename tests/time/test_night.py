"""Times of day against the publication date, as ACLED dates them: a night that runs past
midnight belongs to the day it began. Phrases of our own; the report is published on
Monday 22 April 2024 unless said otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article
from sitroom.time.expressions import resolve
from sitroom.time.night import resolve_night

MONDAY = date(2024, 4, 22)
SAT, SUN, MON = date(2024, 4, 20), date(2024, 4, 21), date(2024, 4, 22)

TABLE = [
    # parts of one day
    ("late on Sunday", MONDAY, SUN),
    ("late Sunday", MONDAY, SUN),
    ("on Sunday night", MONDAY, SUN),
    ("Sunday night", MONDAY, SUN),
    ("late Sunday night", MONDAY, SUN),
    ("on Sunday evening", MONDAY, SUN),
    ("in the early hours of Sunday", MONDAY, SUN),
    ("in the small hours of Monday", MONDAY, MON),
    ("early Monday", MONDAY, MON),
    ("last night", MONDAY, SUN),
    ("late last night", MONDAY, SUN),
    ("late yesterday", MONDAY, SUN),
    ("overnight", MONDAY, SUN),  # the night before the report
    ("overnight on Sunday", MONDAY, SUN),
    ("on Sunday night", date(2024, 4, 23), SUN),  # read on Tuesday: still Sunday
    ("overnight", date(2024, 4, 23), MON),
    # nights across two days: the day the night began
    ("overnight Saturday to Sunday", MONDAY, SAT),
    ("overnight from Saturday to Sunday", MONDAY, SAT),
    ("on the night of Saturday to Sunday", MONDAY, SAT),
    ("the night between Saturday and Sunday", MONDAY, SAT),
    ("Saturday-Sunday night", MONDAY, SAT),
    ("on the night of 20 to 21 April", MONDAY, SAT),
    ("overnight into Monday", MONDAY, SUN),
    ("overnight into Sunday", MONDAY, SAT),
    ("Sunday overnight", MONDAY, SUN),
    ("on the night of April 20", MONDAY, SAT),
]


@pytest.mark.parametrize(("phrase", "published", "day"), TABLE)
def test_phrase_table(phrase, published, day):
    ref = resolve_night(phrase, published) or resolve(phrase, published)
    assert ref is not None, phrase
    assert (ref.start, ref.end, ref.precision) == (day, day, 1), phrase


def test_non_nights_are_left_to_the_general_resolver():
    for phrase in ("late on Sunday", "on Sunday night", "overnight", "between 3 and 5 April",
                   "from Saturday to Monday"):
        assert resolve_night(phrase, MONDAY) is None, phrase


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rockets hit a base near Kirkuk overnight Saturday to Sunday, officials said.", SAT),
        ("A drone struck an outpost near Sinjar overnight into Monday.", SUN),
        ("Gunmen attacked a police post near Hawija on the night of 19 to 20 April.",
         date(2024, 4, 19)),
        ("Rockets were fired at an army base near Tikrit on Sunday night, police said.", SUN),
        ("Mortar shells hit an army base near Tikrit late on Sunday.", SUN),
        ("A drone struck an army base near Tikrit overnight, officials said.", SUN),
    ],
)
def test_event_dates_through_the_pipeline(pipeline, text, day):
    events = pipeline(Article(text=text, published=MONDAY, source="Test"))
    violent = [e for e in events if e.event_type]
    assert violent and violent[0].event_date == day, [(e.event_type, e.event_date) for e in events]
    assert violent[0].time_precision == 1
