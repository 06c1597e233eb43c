"""Events at sea, in sentences written here (stop 41): a sea's name said of ships is the sea,
never the land province named after it (Sudan's or Egypt's 'Red Sea'), and a port the point
is measured from is read on land, in its own country ('40 nautical miles south of Mokha in
the Red Sea': at sea off Mokha, Yemen)."""

from __future__ import annotations

import pytest

from sitroom.geodesy import haversine_km
from tests.wire_reports import event_records, wording_param

pytestmark = pytest.mark.slow

_s = wording_param

# (text, (country, admin1, the point near which the record lies, km)); published 2025-04-09.
WORDINGS = [
    _s("Gunmen in a speedboat fired on an oil tanker 40 nautical miles south of Mokha in the Red Sea on "
       "Friday, the maritime agency said.", ("Yemen", "Taizz", (12.65, 43.25), 25), "port-then-sea"),
    _s("A drone hit a bulk carrier 30 nautical miles northwest of Mokha in the Red Sea on Sunday, the ship's "
       "manager said.", ("Yemen", "Taizz", (13.67, 42.85), 25), "port-then-sea-northwest"),
    _s("Gunmen in a skiff fired on a cargo ship in the Red Sea on Friday, 40 nautical miles south of Mokha, "
       "the maritime agency said.", ("Yemen", "Taizz", (12.65, 43.25), 25), "sea-then-port"),
    _s("A Greek-flagged freighter came under attack in the Red Sea on Wednesday. The vessel was hit by two "
       "missiles about 50 nautical miles west of Hodeidah, the UKMTO agency said.",
       ("Yemen", None, None, None), "sea-sentence-then-port"),
    _s("A missile struck a container ship 60 nautical miles east of Aden in the Gulf of Aden on Monday, "
       "a security firm said.", ("Yemen", None, (12.80, 45.98), 40), "gulf-of-aden"),
]


@pytest.mark.parametrize(("text", "want"), WORDINGS)
def test_an_event_at_sea_is_off_the_named_coast(pipeline, text, want):
    records = event_records(pipeline, text, "2025-04-09")
    country, admin1, near, radius = want
    rows = [(e.country, e.admin1, e.location, e.latitude, e.longitude) for e in records]
    assert records and all(e.country == country for e in records), rows
    assert not any(e.admin1 == "Red Sea" for e in records), rows  # no land province of the sea's name
    if admin1 is not None:
        assert any(e.admin1 == admin1 for e in records), rows
    if near is not None:
        assert min(haversine_km(e.latitude, e.longitude, *near) for e in records) < radius, rows


def test_the_red_sea_province_is_still_read_as_a_province(pipeline):
    """Said of no ship: 'Red Sea state' stays Sudan's province."""
    text = "Paramilitary drones struck a fuel depot in Port Sudan, in Red Sea state, on Sunday, witnesses said."
    records = event_records(pipeline, text, "2025-04-09")
    assert any(e.country == "Sudan" and e.admin1 == "Red Sea" for e in records), [
        (e.country, e.admin1, e.location) for e in records
    ]


# The deed's place over the dateline: a town the gazetteer lacks falls back to the dateline's
# capital (`focal.place_fallbacks`), not to the country the report is about.
DATELINED = [
    _s("NIAMEY (Reuters) - Gunmen killed seven villagers near Banibangou in western Niger on Sunday, a local "
       "official said.", ("Niger", "Tillaberi"), "dateline-capital-town-known"),
    _s("BAMAKO (AFP) - Jihadist fighters attacked an army convoy near Boni on Tuesday, killing five soldiers, "
       "military sources said.", ("Mali", "Mopti"), "dateline-capital-town-unknown",
       miss="Boni (Mopti) has no gazetteer row of its own (only 'Ela Boni'): the name falls back to the "
            "dateline, Bamako"),
]


@pytest.mark.parametrize(("text", "want"), DATELINED)
def test_the_deeds_place_wins_over_the_dateline(pipeline, text, want):
    records = event_records(pipeline, text, "2025-04-09")
    assert any((e.country, e.admin1) == want for e in records), [(e.country, e.admin1, e.location) for e in records]
