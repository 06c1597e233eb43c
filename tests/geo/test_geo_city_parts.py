"""Which town "the city's X district" speaks of: the last town named in its sentence, else
the dateline's; "the capital's X" is not read as the last town told. Sentences written for
these tests (review 1 of stop 27)."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article


def places(pipeline, text: str) -> list[tuple[str, str]]:
    article = Article(text=text, source="probe", published=date(2025, 2, 4))
    return [(e.location, e.admin1) for e in pipeline.extract(article) if e.record_kind == "event"]


def test_the_capitals_district_is_not_the_last_town_told(pipeline):
    text = (
        "BAGHDAD - A roadside bomb killed two soldiers in Kirkuk on Monday. Later, a car bomb "
        "hit the capital's Kadhimiya district, killing four."
    )
    assert ("Kadhimiya", "Baghdad") in places(pipeline, text)


def test_a_town_told_in_an_earlier_sentence_leaves_the_city_to_the_dateline(pipeline):
    text = (
        "MOGADISHU, Somalia - Troops fought militants near Afgoye on Sunday. On Monday a "
        "grenade thrown in the city's Hodan district wounded three traders."
    )
    assert places(pipeline, text)[-1] == ("Mogadishu", "Banadir")


def test_the_citys_district_under_its_own_dateline(pipeline):
    text = "KHERSON, Ukraine - A drone dropped explosives on a bus in the city's Dniprovskyi district."
    assert places(pipeline, text)[0] == ("Kherson", "Kherson")
