"""Short reports of stop 38 (x), written here, for the geography the strict xfails of
earlier stops named. A province's name that is also its seat's ("Kharkiv", "Zaporizhzhia")
owning a district the gazetteer lacks ("X's Y district", "the Y district of X") speaks of
the city's quarter: the record falls back to the city (precision 2), not the province; a
district the gazetteer holds stays the province's. A district's name between a place's
possessive and its kind word is a name whatever the tagger called it ("Uganda's Kasese
district"), and "across the border from X" names the neighbour, not the town's container.
A capital where a speaker denied a report or issued a statement places none of the deeds it
speaks of, nor does a dateline's short month ("Nov 14") name a town."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

PLACE = ("country", "admin1", "location", "geo_precision")

REPORTS = [
    pytest.param(
        "A Russian drone crashed into a supermarket in Zaporizhzhia's Komunarskyi district on "
        "Tuesday, wounding three shoppers, the regional governor said.",
        ("Ukraine", "Zaporizhia", "Zaporizhzhya", 2), id="city-district-possessive",
    ),
    pytest.param(
        "Russian shelling damaged a kindergarten in the Slobidskyi district of Kharkiv on Monday, "
        "wounding a guard, the mayor said.",
        ("Ukraine", "Kharkiv", "Kharkiv", 2), id="city-district-of",
    ),
    pytest.param(
        "Russian shelling hit a farm in Kharkiv's Kupiansk district on Monday, wounding two "
        "workers, the governor said.",
        ("Ukraine", "Kharkiv", "Kupyansk", 2), id="province-district-known",
    ),
    # a district's name the tagger reads as a nationality adjective, between a country's
    # possessive and "district"
    pytest.param(
        "Gunmen killed three fishermen at a landing site in western Uganda's Kasese district on "
        "Tuesday, police said.",
        ("Uganda", "Western", "Kasese", 2), id="owned-district-read-as-adjective",
    ),
    # the state across the border is no container of the town
    pytest.param(
        "Gunmen attacked a police patrol on the outskirts of Piedras Negras, a city across the "
        "border from Texas, killing an officer, state officials said on Sunday.",
        ("Mexico", "Coahuila", "Piedras Negras", 2), id="across-the-border-from",
    ),
]


@pytest.mark.parametrize(("text", "want"), REPORTS)
def test_the_record_is_placed_where_a_coder_would(pipeline, text, want):
    records = event_records(pipeline, text, "2025-05-12")
    rows = [tuple(getattr(e, f) for f in PLACE) for e in records]
    assert want in rows, rows


# Where a speaker denied or spoke from is no place of the deed it speaks of: "the ministry
# in X denied ...", "said in a statement issued in X". A report, and a province none of its
# records may be placed in.
NOT_THERE = [
    pytest.param(
        "Azerbaijani troops shelled Armenian positions near the Lachin corridor on Sunday, a local "
        "official said. Azerbaijan's defence ministry in Baku denied the report and said Armenian "
        "forces had fired first on its posts in the Kalbajar district.",
        ("Azerbaijan", "Baki"), id="ministry-in-capital-denied",
    ),
    pytest.param(
        "Jihadists attacked an army post near Boni on Sunday, killing four soldiers, the army said "
        "in a statement issued in Bamako.",
        ("Mali", "Bamako"), id="statement-issued-in-capital",
    ),
    # a dateline's month written short is a date: no town of that name ("Nov", Tajikistan)
    pytest.param(
        "DUSHANBE, Nov 14 - Border guards clashed with smugglers near the Afghan border on "
        "Thursday, killing two, officials said.",
        ("Tajikistan", "Sughd"), id="dateline-month-short",
    ),
]


@pytest.mark.parametrize(("text", "unit"), NOT_THERE)
def test_no_record_is_placed_where_the_speaker_was(pipeline, text, unit):
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all((e.country, e.admin1) != unit for e in records), [
        (e.country, e.admin1, e.location) for e in records
    ]
