"""Honest disagreement between outlets the pairwise features must tolerate (issue 15):
one night under two dates, a week-precise date, one crowd coded two ways, a country's
centroid. Hand-built events, sentences of my own."""

from __future__ import annotations

from datetime import date, timedelta

from sitroom.fuse.features import features
from sitroom.model import Evidence
from tests.fuse.conftest import make_event

D = date(2024, 4, 20)  # a Saturday


def _dated(event, words: str):
    event.cite("event_date", Evidence(0, len(words), words))
    return event


def test_one_night_under_two_dates_is_not_a_day_apart():
    night = _dated(make_event("Kharkiv", D, article_id="a"), "late on Saturday night")
    next_day = _dated(make_event("Kharkiv", D + timedelta(days=1), article_id="b"), "on Sunday")
    plain = _dated(make_event("Kharkiv", D, article_id="c"), "on Saturday")
    small_hours = _dated(
        make_event("Kharkiv", D + timedelta(days=1), article_id="d"), "early on Sunday"
    )
    assert features(next_day, night, 0.0)["exact_days_apart"] == 0
    assert features(small_hours, plain, 0.0)["exact_days_apart"] == 0
    # no night in either report: the next day at one place may be another strike
    assert features(next_day, plain, 0.0)["exact_days_apart"] == 1
    # a night is one night: two days later is still two days
    later = _dated(make_event("Kharkiv", D + timedelta(days=2), article_id="e"), "on Monday")
    assert features(later, night, 0.0)["exact_days_apart"] == 1


def test_days_apart_count_beyond_the_looser_dates_window():
    exact = make_event("Gao", D, article_id="a")
    that_week = make_event("Gao", D - timedelta(days=4), time_precision=2, article_id="b")
    four_days = make_event("Gao", D - timedelta(days=4), article_id="c")
    assert features(that_week, exact, 0.0)["days"] == 0
    assert features(four_days, exact, 0.0)["days"] == 4


def test_rioters_and_protesters_are_one_crowd():
    kw = dict(event_type="Riots", sub_event_type="Violent demonstration")
    rioters = make_event("Baghdad", D, actor1="Rioters (Iraq)", article_id="a", **kw)
    protesters = make_event(
        "Baghdad", D, actor1="Protesters (Iraq)", event_type="Protests",
        sub_event_type="Excessive force against protesters", article_id="b",
    )
    police = make_event("Baghdad", D, actor1="Police Forces of Iraq", article_id="c", **kw)
    assert features(protesters, rioters, 0.0)["perpetrators_conflict"] == 0
    assert features(police, rioters, 0.0)["perpetrators_conflict"] == 1


def test_a_country_level_report_is_not_far_from_a_place_inside_the_country():
    village = make_event("El Fasher", D, article_id="a")
    # placed at the country alone: its point is the country's, 500 km from the town
    country = make_event(
        "El Fasher", D, geo_precision=3, admin1="", location="Sudan", latitude=15.5,
        longitude=30.0, article_id="b",
    )
    values = features(country, village, 0.0)
    assert values["contained"] == 1 and values["country_level"] == 1
    assert values["km_ratio"] <= 1.0
    # a province-level report outside the town's province keeps its distance
    other = make_event(
        "El Fasher", D, geo_precision=3, admin1="Kassala", location="Kassala", latitude=15.5,
        longitude=36.4, article_id="c",
    )
    assert features(other, village, 0.0)["km_ratio"] > 1.0


def test_two_stated_days_never_share_a_group_whatever_links_them():
    from sitroom.fuse.cluster import Item, regroup

    # two reports name the day, four days apart; two undated reports (dated by their
    # publication, precision 3) resemble both: the undated ones may join either, never
    # make the two stated days one incident
    monday = make_event("Rafah", D, fatalities=6, article_id="a")
    friday = make_event("Rafah", D - timedelta(days=4), fatalities=6, article_id="b")
    undated = [
        make_event("Rafah", D, fatalities=6, time_precision=3, article_id=k) for k in "cd"
    ]
    items = [Item((e.article_id, 0), e) for e in (monday, friday, *undated)]
    groups, _ = regroup(items)
    where = {m.key[0]: n for n, g in enumerate(groups) for m in g.members}
    assert where["a"] != where["b"]


def test_a_crowds_deed_is_unrest_however_one_report_typed_it():
    from sitroom.fuse.match import type_family

    riot = make_event(
        "Baghdad", D, event_type="Riots", sub_event_type="Violent demonstration",
        actor1="Rioters (Iraq)", article_id="a",
    )
    stormed = make_event(
        "Baghdad", D, event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Protesters (Iraq)", article_id="b",
    )
    gunmen = make_event(
        "Baghdad", D, event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Unidentified Armed Group (Iraq)", article_id="c",
    )
    assert type_family(stormed) == type_family(riot) == "demonstrations"
    assert type_family(gunmen) == "political_violence"


def test_why_shows_the_date_block_behind_a_refusal():
    from sitroom.fuse.cluster import Item, reason, regroup

    monday = make_event("Rafah", D, fatalities=6, article_id="a")
    friday = make_event("Rafah", D - timedelta(days=4), fatalities=6, article_id="b")
    groups, placed = regroup([Item(("a", 0), monday), Item(("b", 0), friday)])
    assert len(groups) == 2
    said = reason(placed[("b", 0)], ["E1", "E2"], 0.35)
    assert "too far" in said and "days=4" in said
