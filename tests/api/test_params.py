"""Query parameter rules, without a server."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.api.params import BadParam, event_filter, parse_bbox, parse_fields, project


def test_bbox_is_lon_lat_order_and_checked():
    assert parse_bbox("38.5,32,49,37.5") == (38.5, 32.0, 49.0, 37.5)
    assert parse_bbox(" ") is None
    for bad in ("1,2,3", "a,b,c,d", "10,50,20,40", "20,0,10,5", "0,-95,10,5", "190,0,200,5"):
        with pytest.raises(BadParam) as err:
            parse_bbox(bad)
        assert err.value.name == "bbox"


def test_filter_normalizes_choices_and_blank_fields():
    flt = event_filter(country=" ", status="NEW", claim="Claimed", q="  drone ", actor="RSF")
    assert flt.country is None and flt.status == "new" and flt.claim == "claimed"
    assert flt.text == "drone" and flt.actor == "RSF"
    with pytest.raises(BadParam, match="claim"):
        event_filter(claim="rumoured")
    with pytest.raises(BadParam, match="since"):
        event_filter(since=date(2024, 5, 1), until=date(2024, 4, 1))


def test_fields_keep_the_id_and_refuse_unknown_columns():
    fields = parse_fields("latitude,longitude")
    assert fields == ("event_id_cnty", "latitude", "longitude")
    record = {"event_id_cnty": "IRQ1", "latitude": 1.0, "longitude": 2.0, "notes": "x"}
    assert project(record, fields) == {"event_id_cnty": "IRQ1", "latitude": 1.0, "longitude": 2.0}
    assert project(record, None) is record
    with pytest.raises(BadParam, match="password"):
        parse_fields("latitude,password")
