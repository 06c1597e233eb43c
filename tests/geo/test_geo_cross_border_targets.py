"""A target across a border ("rockets fired at X", X a small town known by another
spelling, the tagger calling it a person) is placed where it is when it lies near the
article's other places, not refused as a namesake abroad; and a sentence that names a
place no row holds is not put at a town another sentence names. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

pytestmark = pytest.mark.slow


def places(pipeline, text: str) -> list[tuple]:
    """(country, admin1, location, geo_precision) of each event record, in text order."""
    found = pipeline.extract(Article(text=text, source="probe", published=date(2024, 3, 5)))
    return [(e.country, e.admin1, e.location, e.geo_precision) for e in found if e.record_kind == "event"]


def test_a_galilee_town_hit_from_lebanon_is_placed_in_israel(pipeline):
    text = (
        "Hezbollah fired anti-tank missiles at Kiryat Shmona on Wednesday. Earlier, an Israeli "
        "drone strike killed two men in Nabatieh."
    )
    assert places(pipeline, text)[0] == ("Israel", "Ash Shamali", "Qiryat Shmona", 1)


def test_a_ukrainian_border_village_shelled_from_russia_stays_in_ukraine(pipeline):
    text = (
        "Russian artillery shelled Krasnopillia on Monday. On Sunday, a Ukrainian drone "
        "killed a man in Sudzha."
    )
    assert places(pipeline, text)[0] == ("Ukraine", "Sumy", "Krasnopillya", 1)


def test_a_cambodian_town_bombed_by_thai_jets_is_placed_in_cambodia(pipeline):
    text = (
        "Cambodian troops fired rockets at Ban Kruat on Thursday. On Wednesday, Thai jets "
        "bombed positions near Anlong Veng."
    )
    assert places(pipeline, text)[1] == ("Cambodia", "Otdar Mean Chey", "Anlong Veaeng", 2)


def test_an_unknown_village_falls_back_to_the_province_not_another_sentences_town(pipeline):
    text = "Bandits attacked Kasuwan Daji on Sunday. On Saturday, troops killed ten bandits in Gusau."
    assert places(pipeline, text) == [
        ("Nigeria", "Zamfara", "Zamfara", 3),
        ("Nigeria", "Zamfara", "Gusau", 1),
    ]
