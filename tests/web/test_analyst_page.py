"""The analyst's page in headless chromium: basemap with admin-1 lines and place labels,
a legend, honest precision, a timeline over the new events, a weekly chart, a sortable
table with its CSV, and every filter in the URL. Screenshots go to artifacts/."""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
from datetime import date

import httpx
import pytest
from playwright.sync_api import expect

from sitroom.fuse.save import save
from sitroom.model import Article, Event
from sitroom.store import open_store
from tests.api.sample import build_store
from tests.web.conftest import ARTIFACTS, LiveServer

pytestmark = pytest.mark.browser

ANBAR = "Officials said fighting spread across the desert province over the week, with no town named."
YEMEN = "Reports from across the country described renewed fighting without naming a single place."
OLD = "A retrospective piece recalled an assault that took place years before the current war."


def _extra() -> list[tuple[Article, list[Event]]]:
    """A province-level and a country-level event, big tolls, and an old background event."""
    return [
        (Article(text=ANBAR, source="Desk", published=date(2024, 3, 20)), [Event(
            event_date=date(2024, 3, 18), year=2024, event_type="Battles", sub_event_type="Armed clash",
            country="Iraq", admin1="Al Anbar", location="Al Anbar", latitude=33.1, longitude=42.3,
            geo_precision=3, fatalities=57, status="new", source="Desk", actor1="Islamic State (Iraq)",
        )]),
        (Article(text=YEMEN, source="Desk", published=date(2024, 4, 25)), [Event(
            event_date=date(2024, 4, 24), year=2024, event_type="Battles", sub_event_type="Armed clash",
            country="Yemen", location="Yemen", latitude=15.6, longitude=48.0, geo_precision=3,
            fatalities=9, status="new", source="Desk",
        )]),
        (Article(text=OLD, source="Desk", published=date(2024, 4, 25)), [Event(
            event_date=date(2016, 1, 1), year=2016, event_type="Battles", sub_event_type="Armed clash",
            country="Iraq", admin1="Nineveh", location="Mosul", latitude=36.34, longitude=43.13,
            geo_precision=1, fatalities=2, status="background", source="Desk",
        )]),
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from sitroom.api import ApiSettings, create_app

    db = str(tmp_path_factory.mktemp("analyst-web") / "web.db")
    build_store(db)
    store = open_store(db)
    ids = [i for article, events in _extra() for i in save(store, article, events).event_ids]
    store.close()
    with LiveServer(create_app(ApiSettings(db=db))) as live:
        live.extra_ids = ids
        yield live


def _open(page, server, path: str = "/") -> None:
    page.goto(server.url + path)
    page.wait_for_selector("body[data-ready='1']")


def _events(server, **params) -> list[dict]:
    return httpx.get(server.url + "/api/events", params={"limit": 500, **params}).json()["events"]


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def test_basemap_over_iraq_at_zoom_8_has_labels_and_admin1_lines(page, server):
    _open(page, server)
    page.evaluate("() => { Sitroom.page.map.setView([33.4, 44.0], 8, {animate: false}); }")
    expect(page.locator(".place-label", has_text="Baghdad")).to_be_visible()
    assert page.locator(".place-label").count() >= 10
    page.wait_for_selector("path.admin1", state="attached")
    assert page.locator("path.admin1:not([d='M0 0'])").count() >= 3
    assert "Natural Earth" in page.inner_text(".leaflet-control-attribution")
    _shot(page, "web-basemap-iraq-z8.png")
    assert page.errors == []
    outside = [u for u in page.requests if not u.startswith(server.url)]
    assert outside == []


def test_legend_lists_every_event_type_and_the_precision_symbols(page, server):
    _open(page, server)
    legend = page.locator("#legend")
    expect(legend).to_be_visible()
    for name in ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                 "Riots", "Strategic developments", "a province or country", "near a town"):
        assert name in legend.inner_text()
    page.evaluate("() => { Sitroom.page.map.setView([20, 60], 2, {animate: false}); }")
    page.wait_for_timeout(800)
    _shot(page, "web-world.png")


def test_areas_not_pins_for_province_and_country_level_events(page, server):
    _open(page, server)
    province, country, old = server.extra_ids
    for event_id in (province, country):
        page.wait_for_selector(f"path.ev-area[data-id='{event_id}']")
        assert page.locator(f".ev-marker[data-id='{event_id}']").count() == 0
    # the province polygon is Anbar's, far wider than a pin: several degrees across
    page.click(f"#list li[data-id='{province}']")
    bounds = page.evaluate(
        "id => { const b = Sitroom.page.map.getBounds(); return [b.getWest(), b.getEast()]; }", province)
    assert bounds[1] - bounds[0] > 3
    assert "province-level" in page.inner_text(f"#list li[data-id='{province}']")
    _shot(page, "web-province-area.png")


def test_selecting_an_event_pans_the_map_to_it(page, server):
    _open(page, server)
    mali = next(e for e in _events(server) if e["country"] == "Mali")
    page.evaluate("() => { Sitroom.page.map.setView([50, 30], 6, {animate: false}); }")  # far away
    page.click(f"#list li[data-id='{mali['event_id_cnty']}']")
    center = page.evaluate("() => { const c = Sitroom.page.map.getCenter(); return [c.lat, c.lng]; }")
    assert abs(center[0] - mali["latitude"]) < 0.5 and abs(center[1] - mali["longitude"]) < 0.5


def test_timeline_spans_the_new_events_and_zooms(page, server):
    _open(page, server)
    new_dates = sorted(e["event_date"] for e in _events(server, status="new") if e["event_date"])
    svg = page.locator("#histogram")
    assert (svg.get_attribute("data-start"), svg.get_attribute("data-end")) == (new_dates[0], new_dates[-1])
    page.click("#zoom-in")
    start, end = svg.get_attribute("data-start"), svg.get_attribute("data-end")
    assert new_dates[0] < start <= end < new_dates[-1]
    page.click("#zoom-home")
    assert svg.get_attribute("data-start") == new_dates[0]
    page.fill("#filters [name=since]", "2024-04-01")
    page.fill("#filters [name=until]", "2024-04-30")
    page.dispatch_event("#filters [name=until]", "change")
    expected = [e for e in _events(server) if e["event_date"] and "2024-04-01" <= e["event_date"] <= "2024-04-30"]
    expect(page.locator("#summary")).to_have_text(re.compile(rf"^{len(expected)} events? shown"))
    assert page.locator("#histogram .bar.in").count() >= 1
    assert int(page.get_attribute("#weekly", "data-weeks")) >= 1
    assert page.locator("#weekly rect.wk").count() >= 1 and page.locator("#weekly polyline.dead").count() == 1
    _shot(page, "web-timeline.png")


def test_table_sorts_fatalities_as_numbers_and_exports_exactly_its_rows(page, server):
    _open(page, server)
    page.click("#view-toggle")
    expect(page.locator("#events-table")).to_be_visible()
    page.click("#events-table th[data-key=fatalities]")
    column = [int(t) for t in page.locator("#events-table tbody td.num:nth-child(11)").all_inner_texts()]
    assert column == sorted(column, reverse=True) and column[0] == 57 and 9 in column
    page.click("#events-table th[data-key=fatalities]")
    ascending = [int(t) for t in page.locator("#events-table tbody td.num:nth-child(11)").all_inner_texts()]
    assert ascending == sorted(ascending)
    page.fill("#filters [name=min_fatalities]", "5")
    page.dispatch_event("#filters [name=min_fatalities]", "change")
    rows = page.locator("#events-table tbody tr")
    ids = [rows.nth(i).get_attribute("data-id") for i in range(rows.count())]
    href = page.get_attribute("#table-csv", "href")
    exported = list(csv.DictReader(io.StringIO(urllib.parse.unquote(href.split(",", 1)[1]))))
    assert [r["event_id_cnty"] for r in exported] == ids
    assert ids and all(int(r["fatalities"]) >= 5 for r in exported)
    _shot(page, "web-table.png")
    assert page.errors == []


def test_every_filter_round_trips_through_the_url(page, server):
    query = {"country": "Iraq", "admin1": "Al Anbar", "type": "Battles", "actor": "Islamic State",
             "status": "new", "claim": "reported", "since": "2024-03-01", "until": "2024-03-31",
             "min_fatalities": "10"}
    _open(page, server, "/?" + urllib.parse.urlencode(query))
    for name, value in query.items():
        assert page.input_value(f"#filters [name={name}]") == value, name
    expect(page.locator("#summary")).to_have_text(re.compile(r"^1 event shown"))
    page.select_option("#filters [name=claim]", "")
    page.click("#apply")
    expect(page.locator("#summary")).to_have_text(re.compile(r"^1 event shown"))
    kept = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(page.url).query))
    assert kept == {k: v for k, v in query.items() if k != "claim"}
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert page.input_value("#filters [name=min_fatalities]") == "10"
    assert page.input_value("#filters [name=claim]") == ""
    expect(page.locator("#summary")).to_have_text(re.compile(r"^1 event shown"))
    assert page.errors == []


def test_antimeridian_rings_stay_continuous(page, server):
    _open(page, server)
    ring = page.evaluate("() => Sitroom.unwrapRing([[179, 60], [-179, 61], [-178, 62], [179, 60]])")
    lons = [p[0] for p in ring]
    assert max(lons) - min(lons) < 5  # no jump across the map
