"""An outlet's home area (the local lexicon): learned from its other reports, it chooses
among namesakes only. Sentences and vote points are our own."""

from __future__ import annotations

import pytest

from sitroom.geo.gazetteer import km, open_gazetteer
from sitroom.geo.home_area import Vote, learn_home, read_with_home, report_votes
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all
from sitroom.geo.theatres import focused_context

SPRINGFIELD_IL = (39.80, -89.64)
DECATUR_IL = (39.84, -88.95)
LANCASTER_OH = (39.71, -82.60)  # the seat of Fairfield County, Ohio


@pytest.fixture(scope="module")
def gaz():
    return open_gazetteer()


def _read(gaz, text: str, names: list[str], home):
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    mentions = mentions_from_spans(text, spans)
    ctx = resolve_all(mentions, gaz, focused_context(mentions, gaz, text))
    read_with_home(mentions, gaz, ctx, home)
    return {m.text: m.resolved for m in mentions}


def test_reports_naming_towns_around_one_point_make_a_home():
    reports = [
        (Vote(*SPRINGFIELD_IL, 1.0),),
        (Vote(*DECATUR_IL, 0.5), Vote(45.0, 10.0, 0.5)),
        (Vote(39.9, -89.5, 0.25),),
    ]
    home = learn_home(reports)
    assert home is not None and home.reports == 3
    assert km(home.lat, home.lon, *SPRINGFIELD_IL) < 80


def test_an_agency_reporting_from_everywhere_has_no_home():
    scattered = [(Vote(lat, lon, 1.0),) for lat, lon in [(33.3, 44.4), (15.6, 32.5), (50.4, 30.5), (13.5, 2.1)]]
    assert learn_home(scattered) is None
    assert learn_home([]) is None


def test_a_name_votes_by_how_few_places_it_can_be(gaz):
    springfields = [h for h in gaz.lookup("Springfield") if h.level >= 2]
    votes = report_votes([(springfields, None)])
    assert len({v.weight for v in votes}) == 1 and votes[0].weight < 0.5
    # a town whose province the report names votes in full
    illinois = next(h for h in gaz.lookup("Illinois") if h.level == 1)
    ours = next(h for h in springfields if h.admin1 == "Illinois" and h.level == 3)
    assert [v.weight for v in report_votes([(springfields, ours), ([illinois], illinois)])] == [1.0]


def test_a_bare_namesake_is_the_home_towns(gaz):
    text = "Two men were shot outside a tavern in Springfield late on Friday."
    away = _read(gaz, text, ["Springfield"], None)["Springfield"]
    home = _read(gaz, text, ["Springfield"], SPRINGFIELD_IL)["Springfield"]
    assert away is None or away.admin1 != "Illinois"
    assert home is not None and home.admin1 == "Illinois"


def test_a_town_written_with_its_state_stays_where_the_report_puts_it(gaz):
    text = "A warehouse burned in Fairfield, Connecticut, on Sunday night."
    got = _read(gaz, text, ["Fairfield", "Connecticut"], LANCASTER_OH)
    assert got["Fairfield"] is not None and got["Fairfield"].admin1 == "Connecticut"


def test_a_province_of_the_homes_country_stays_the_province(gaz):
    text = "Storms cut power to thousands of homes across Kansas on Monday."
    got = _read(gaz, text, ["Kansas"], (39.55, -87.90))  # beside a hamlet called Kansas
    assert got["Kansas"] is not None and got["Kansas"].level == 1


def test_a_reading_the_reports_other_places_lie_near_votes_in_full(gaz):
    springfields = [h for h in gaz.lookup("Springfield") if h.level >= 2]
    ours = next(h for h in springfields if h.admin1 == "Missouri" and h.name == "Springfield")
    greene = next(
        h for h in gaz.lookup("Greene County") if h.admin1 == "Missouri" and h.level == 2
    )
    votes = report_votes([(springfields, ours), (gaz.lookup("Greene County"), greene)])
    assert {(round(v.lat, 2), v.weight) for v in votes} >= {(round(ours.lat, 2), 1.0)}
    alone = report_votes([(springfields, ours)])
    assert max(v.weight for v in alone) < 0.5


def test_one_report_is_no_home():
    assert learn_home([(Vote(*SPRINGFIELD_IL, 1.0),)]) is None


def test_a_namesake_abroad_where_the_reports_actors_fight_stays_abroad(gaz):
    beirut = (33.89, 35.50)
    text = "Fighters of the Libyan National Army shelled Tripoli on Monday, killing four people."
    got = _read(gaz, text, ["Tripoli"], beirut)["Tripoli"]
    assert got is not None and got.cc == "LY"
    plain = "Four people were killed in a shooting in Tripoli on Monday."
    assert _read(gaz, plain, ["Tripoli"], beirut)["Tripoli"].cc == "LB"  # the paper's own
