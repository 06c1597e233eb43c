"""Tolls the parse hides (stop 39). Sentences of my own.

'killed a chief and three of his guards': the parser may hang the number on the verb as a
second deed; a number with its own 'of ...' after the object is more of the dead."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.time.casualties import combine, find_mentions
from sitroom.time.expressions import resolve


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Attackers killed a village chief and three of his guards near Kidal on Sunday.", 4),
        ("Gunmen killed a village head and two of his bodyguards on Sunday.", 3),
        ("Gunmen shot dead a trader and two of her daughters in Benue on Monday.", 3),
    ],
)
def test_a_person_and_n_of_his_people_are_all_counted(nlp, sentence, dead):
    toll = combine(find_mentions(nlp(sentence)[:]))
    assert toll.fatalities is not None and toll.fatalities.best == dead


def test_a_number_of_a_second_deed_is_not_added(nlp):
    toll = combine(find_mentions(nlp("Gunmen killed a farmer and stole three of his cows in Zamfara.")[:]))
    assert toll.fatalities is not None and toll.fatalities.best == 1


# 'has raged since Monday' (published Wednesday): the fighting began on Monday; the record is
# dated the day it began, not a day between then and the report.
@pytest.mark.parametrize(
    ("text", "start"),
    [("since Monday", date(2024, 3, 4)), ("since Saturday", date(2024, 3, 2)), ("since March 1", date(2024, 3, 1))],
)
def test_a_running_event_is_dated_from_its_start(text, start):
    ref = resolve(text, date(2024, 3, 6))
    assert ref is not None and ref.date == start and ref.range == (start, date(2024, 3, 6))
