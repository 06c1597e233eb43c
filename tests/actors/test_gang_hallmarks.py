"""In Mexico and Brazil ACLED codes the unknown perpetrators of a deed with the marks of
organized crime (a drive-by shooting, a body found bound or tortured, a killing tied to
cartels) as an unidentified gang, and without them as an unidentified armed group; other
theatres keep the armed group (`sitroom/actors/hallmarks.py`). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.actors.hallmarks import hallmark
from sitroom.model import Article

PUBLISHED = date(2024, 5, 8)


def _actor1(pipeline, text):
    events = pipeline.extract(Article(text, published=PUBLISHED))
    (event,) = [e for e in events if e.record_kind == "event"]
    return event.actor1


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("Gunmen on a motorcycle killed a shopkeeper in a drive-by shooting in Culiacan, "
         "Sinaloa, on Sunday.", "Unidentified Gang (Mexico)"),
        ("The body of a man with his hands tied was found on a road outside Fortaleza, Ceara, "
         "on Tuesday.", "Unidentified Gang and/or Police Militia"),
    ],
)
def test_a_deed_with_the_marks_of_organized_crime_is_a_gangs(pipeline, text, gang):
    assert _actor1(pipeline, text) == gang


def test_the_same_killing_without_them_stays_an_armed_group(pipeline):
    text = "Two armed men shot dead a taxi driver in Acapulco on Monday."
    assert _actor1(pipeline, text) == "Unidentified Armed Group (Mexico)"


def test_other_theatres_keep_the_armed_group(pipeline):
    text = "Gunmen killed a village chief in a drive-by shooting in Kaduna state on Sunday."
    assert _actor1(pipeline, text) == "Unidentified Armed Group (Nigeria)"


def test_a_mark_is_read_as_whole_words():
    assert hallmark("A drive-by shooting on Sunday") == "drive by"
    assert hallmark("The gangway was closed") is None
