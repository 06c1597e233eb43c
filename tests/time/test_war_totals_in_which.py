"""A war's total told as the years or decades of a conflict ('died in three decades of
conflict') or in a clause of 'in which' under a conflict waged since a year ('has waged an
insurgency since 1984, in which 40,000 have been killed') is no incident's toll and makes no
record (wire reports 29). Reports of my own."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import status_and_dead

PUB = date(2025, 6, 11)


def test_dead_of_three_decades_of_conflict_are_no_riots_toll(pipeline):
    text = ("BELFAST, June 11 (Reuters) - Rioters threw bricks at police in Lurgan on Tuesday night. "
            "More than 3,000 people died in three decades of conflict in the province.\n")
    assert status_and_dead(pipeline, text, PUB) == [("new", 0)]


def test_dead_of_an_insurgency_waged_since_a_year_make_no_record(pipeline):
    text = ("ISTANBUL, June 11 (Reuters) - Two soldiers were killed in a clash with militants near Sirnak "
            "on Tuesday. The group has waged an insurgency since 1984, in which more than 40,000 people "
            "have been killed.\n")
    assert status_and_dead(pipeline, text, PUB) == [("new", 2)]


def test_dead_of_a_raid_in_which_they_were_killed_stay_its_toll(pipeline):
    text = ("KANO, June 11 (Reuters) - Gunmen stormed a market in Kano on Tuesday, in which six people "
            "were killed, police said.\n")
    assert status_and_dead(pipeline, text, PUB) == [("new", 6)]
