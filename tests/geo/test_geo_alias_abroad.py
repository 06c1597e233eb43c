"""A town matched only by another of its names is not read on another continent than
everything the article is about: 'Boni' (a forest and a village of Lamu county) is also an
alternate name of Bonn, and a report on al-Shabaab or Kenyan troops is not in Germany
(`sitroom.geo.loose.aliases_at_home`). A name spelled another way next door stays ('Tell
Abiad' beside Turkish drones is Syria's Tall Abyad). Sentences written here."""

from __future__ import annotations

import pytest


def placed(events, text: str) -> tuple:
    found = [e for e in events(text) if e.record_kind == "event"]
    assert found, text
    return found[0].country, found[0].location


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants raided a police post in Boni on Monday, killing two officers.",
        "Kenyan troops fought al-Shabaab fighters in Boni forest on Tuesday.",
    ],
)
def test_an_alternate_name_does_not_jump_to_another_continent(events, text):
    """No row of Boni itself: the event stays unplaced (or in Kenya), never in Germany or
    on Sulawesi (Watampone, another row with the alias)."""
    country, location = placed(events, text)
    assert country in ("", "Kenya"), (country, location)


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Palestinian protesters clashed with police outside the court in The Hague on Friday.",
        "Dozens of Kurdish activists blocked a road near the parliament in The Hague on Monday.",
    ],
)
def test_the_english_name_of_a_city_abroad_stays(events, text):
    """'Hague' is only an alias of the row The Hague (the parser leaves 'The' out): the
    row's own name less its article is no foreign spelling."""
    assert placed(events, text) == ("The Netherlands", "The Hague")


def test_an_alternate_name_next_door_stays(events):
    text = "Turkish drones struck a Kurdish position near Tell Abiad on Monday."
    assert placed(events, text) == ("Syria", "Tall Abyad")


def test_own_names_and_units_stay_without_the_frame_being_read(gaz):
    """A pool whose every reading bears the name as its own or is a province or country
    comes back whole and in order, as the full test keeps such readings; one alias on
    another continent among them still gives way (a frame on Kenya)."""
    from collections import Counter

    from sitroom.geo.context import ArticleContext
    from sitroom.geo.loose import aliases_at_home
    from tests.geo.helpers import hit

    ctx = ArticleContext(places=Counter({"KE": 2.0}), countries=Counter({"KE": 2.0}))
    own = [
        hit("Tarnvale", "Lamu", -2.0, 41.0, cc="KE"),
        hit("Tarnvale", "Bavaria", 48.5, 11.0, cc="DE"),
        hit("Tarnvale", "Tarnvale", 50.0, 7.0, fcode="ADM1", cc="DE", primary=False),
    ]
    assert aliases_at_home(own, ctx, gaz, "Tarnvale") == own
    alias = hit("Bonnvale", "Nordrhein", 50.7, 7.1, cc="DE", primary=False)
    assert aliases_at_home([*own, alias], ctx, gaz, "Tarnvale") == own
