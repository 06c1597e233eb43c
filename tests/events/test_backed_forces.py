"""A state named as the backer of a force ('Turkish-backed forces') does not make the
force that state's: the force that takes a place is someone else's."""

from datetime import date

import pytest

from sitroom.model import Article

PUB = date(2024, 5, 2)


def typed(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e.sub_event_type for e in events if e.status == "new" and e.record_kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish-backed forces captured the village of Ain Issa from Kurdish fighters on Sunday.",
        "Russian-backed forces seized the town of Menaka from Tuareg rebels on Monday.",
        "Iranian-aligned forces took control of the village of Hatla from rebels on Friday.",
        "Emirati-supported forces seized the port of Mukalla from militants on Tuesday.",
    ],
)
def test_a_force_backed_by_a_state_is_not_that_state(pipeline, text):
    assert typed(pipeline, text) == ["Non-state actor overtakes territory"]


def test_a_force_named_by_its_state_still_is_that_state(pipeline):
    text = "Syrian forces captured the village of Ain Issa from rebels on Sunday."
    assert typed(pipeline, text) == ["Government regains territory"]
