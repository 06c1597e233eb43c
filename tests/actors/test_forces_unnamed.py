"""Forces a report names without a nationality, in a country where another state's army
holds ground: ACLED codes soldiers in the West Bank and Gaza as Israel's. The country's own
forces named as such stay its own. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article

PUBLISHED = date(2024, 5, 6)


def doers(pipeline, text):
    return [(e.actor1.split(" (")[0], e.inter1) for e in pipeline.extract(Article(text, published=PUBLISHED))
            if e.record_kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers opened fire on a car at a checkpoint near Tulkarm on Wednesday, wounding two men.",
        "Troops demolished three homes in a village south of Hebron on Wednesday.",
    ],
)
def test_unnamed_soldiers_in_the_west_bank_are_israels(pipeline, text):
    assert doers(pipeline, text)[0] == ("Military Forces of Israel", 8)


def test_palestinian_forces_named_as_such_stay_palestinian(pipeline):
    text = "Palestinian security forces exchanged fire with gunmen in Tulkarm on Wednesday."
    assert doers(pipeline, text)[0][0] == "Military Forces of Palestine"


def test_unnamed_soldiers_elsewhere_are_the_countrys_own(pipeline):
    text = "Soldiers opened fire on a car at a checkpoint near Gao on Wednesday, wounding two men."
    assert doers(pipeline, text)[0][0] == "Military Forces of Mali"
