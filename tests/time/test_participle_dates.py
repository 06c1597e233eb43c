"""A killing told by a participle ('..., killing six') happens when its clause's deed does:
a day the parse hangs on a word of that clause ('a convoy carrying teachers ... on Tuesday')
dates it (sentences written for these tests)."""

from datetime import date

import pytest

from sitroom.model import Article

PUB = date(2024, 3, 27)  # a Wednesday


@pytest.fixture(scope="module")
def pipeline():
    from sitroom.pipeline import Pipeline

    return Pipeline()


def _dates(pipeline, text):
    return [str(e.event_date) for e in pipeline.extract(Article(text=text, published=PUB)) if e.record_kind == "event"]


def test_a_day_on_the_vehicles_participle_dates_the_killing(pipeline):
    text = "A bomber steered a truck into a convoy carrying teachers near Gao on Tuesday, killing five people."
    assert _dates(pipeline, text) == ["2024-03-26"]


def test_a_day_on_the_main_verb_still_dates_the_killing(pipeline):
    text = "A bomber steered a truck into a convoy near Gao on Tuesday, killing five people."
    assert _dates(pipeline, text) == ["2024-03-26"]

