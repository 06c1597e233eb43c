"""The main example, end to end: the two new attacks come out right, the background stays background."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def events(pipeline, shafaq_article):
    return pipeline.extract(shafaq_article)


def _new_attacks(events):
    return [
        e for e in events
        if e.status == "new" and e.event_type == "Explosions/Remote violence"
    ]


def test_two_new_attacks(events):
    attacks = _new_attacks(events)
    kinds = sorted(e.sub_event_type for e in attacks)
    assert kinds == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_rocket_attack_on_the_base_in_syria(events):
    [rockets] = [e for e in _new_attacks(events) if e.sub_event_type.startswith("Shelling")]
    assert rockets.event_date == date(2024, 4, 21)
    assert rockets.time_precision == 1
    assert rockets.country == "Syria"
    assert "hasak" in rockets.admin1.lower()  # ACLED spells it Al Hasakeh
    assert rockets.fatalities == 0
    assert "Hamad Agha" in rockets.origin or "Zummar" in rockets.origin


def test_drone_attack_on_ain_al_asad(events):
    [drone] = [e for e in _new_attacks(events) if e.sub_event_type == "Air/drone strike"]
    assert drone.event_date == date(2024, 4, 21)
    assert drone.country == "Iraq"
    assert "anbar" in drone.admin1.lower()
    assert abs(drone.latitude - 33.8) < 0.3 and abs(drone.longitude - 42.44) < 0.3
    assert drone.fatalities == 0


def test_background_is_not_news(events):
    new_before_april = [
        e for e in events if e.status == "new" and e.event_date and e.event_date < date(2024, 4, 1)
    ]
    assert new_before_april == []
    assert any(e.status == "background" for e in events)


def test_every_field_points_back_to_the_text(events, shafaq_article):
    assert events
    for event in events:
        assert event.evidence, event
        for field, span in event.evidence.items():
            assert shafaq_article.text[span.start:span.end] == span.text, field
