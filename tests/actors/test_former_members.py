"""Someone who once was in a gang ('a former gang member', 'an ex-gangster') is a civilian
victim, not the gang. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "A former gang member was shot dead by two men on a motorbike in Choloma on Sunday.",
        "Gunmen killed a former smuggler near the market in Agadez on Tuesday.",
        "A retired drug trafficker was gunned down by masked men in Culiacan on Friday.",
    ],
)
def test_a_former_gang_member_is_a_civilian_victim(pipeline, text):
    (event,) = [e for e in pipeline.extract(Article(text, published=date(2023, 7, 3)))
                if e.record_kind == "event"]
    assert event.actor2.startswith("Civilians"), event.actor2
    assert event.event_type == "Violence against civilians", event.event_type


def test_a_gang_member_still_is_the_gang(pipeline):
    text = "Unknown attackers shot dead a gang member outside his home in Kingston on Sunday."
    (event,) = [e for e in pipeline.extract(Article(text, published=date(2023, 7, 3)))
                if e.record_kind == "event"]
    assert event.actor2.startswith("Unidentified Gang"), event.actor2
