"""A dateline with its agency in brackets ("BAMAKO (Wire) —") is where the report was filed:
never the doer the parser hangs it on, and only a weak place, so the next sentence's detail
does not move the incident to the filing town. "The city's X district" after a sentence
that called a town a city is that city's, not the dateline's. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

MONDAY = date(2024, 6, 3)


def records(pipeline, text: str) -> list:
    article = Article(text=text, source="probe", published=MONDAY)
    return [e for e in pipeline.extract(article) if e.record_kind == "event" and e.status == "new"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("BAMAKO (Wire) — JNIM fighters attacked an army post in the town of Boni on Sunday, "
         "killing five soldiers.", "JNIM: Group for Support of Islam and Muslims"),
        ("KHARTOUM (Wire) — The Rapid Support Forces shelled the Karari district of Omdurman "
         "on Saturday, killing nine civilians.", "RSF: Rapid Support Forces"),
    ],
)
def test_a_bracketed_dateline_is_no_doer(pipeline, text, doer):
    assert [e.actor1 for e in records(pipeline, text)] == [doer]


def test_a_detail_without_a_place_keeps_the_incident_where_it_was(pipeline):
    text = (
        "KHARTOUM (Wire) — The Rapid Support Forces shelled the Karari district of Omdurman on "
        "Saturday, killing nine civilians. The shells fell on a busy market, a rights group said."
    )
    assert [e.location for e in records(pipeline, text)] == ["Omdurman"]


def test_the_citys_district_after_a_town_called_a_city(pipeline):
    text = (
        "KYIV (Wire) — A Russian missile hit the southern city of Zaporizhzhia on Monday, "
        "killing three people. The missile struck a bus station in the city's Oleksandrivskyi "
        "district, the governor said."
    )
    assert [(e.location, e.admin1) for e in records(pipeline, text)] == [("Zaporizhzhya", "Zaporizhia")]
