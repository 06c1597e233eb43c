"""In a comma run of three or more, a middle name that is a province by its own name is
still a town of the last one when that province holds a town of the name and the name
before it is no province ("a bar in X, Wyoming, Michigan"); a run of provinces stays a
list. Sentences written here."""

from __future__ import annotations

import pytest

from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all

pytestmark = pytest.mark.slow


def _mentions(gaz, text: str, *names: str):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    mentions = mentions_from_spans(text, spans)
    resolve_all(mentions, gaz)
    return mentions


def test_a_state_named_town_between_a_quarter_and_its_state_is_the_town(gaz):
    text = "Two men were hurt in a brawl at a diner in Brookfield Heights, Wyoming, Michigan on Friday."
    quarter, town, state = _mentions(gaz, text, "Brookfield Heights", "Wyoming", "Michigan")
    assert town.container is state
    assert town.resolved is not None and (town.resolved.level, town.resolved.admin1) == (3, "Michigan")


def test_a_run_of_states_stays_a_list(gaz):
    text = "Storms closed schools in Iowa, Wyoming, Michigan on Tuesday."
    iowa, wyoming, michigan = _mentions(gaz, text, "Iowa", "Wyoming", "Michigan")
    assert wyoming.container is None and michigan.resolved is not None
    assert wyoming.resolved is not None and wyoming.resolved.name == "Wyoming"
    assert wyoming.resolved.fcode == "ADM1"
