"""The map page in headless chromium: markers, filters, the timeline brush, the record view."""

from __future__ import annotations

import re
import time
from datetime import date

import httpx
import pytest
from playwright.sync_api import expect

from tests.api.sample import COUNTS, PLACED, samples
from tests.web.conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def _open(page, live_server, path: str = "/") -> None:
    page.goto(live_server.url + path)
    page.wait_for_selector("body[data-ready='1']")


def _wait_until(check, seconds: float = 15.0) -> None:
    """Poll from Python: the page's CSP forbids the eval that wait_for_function needs."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the page")
        time.sleep(0.1)


def _markers_on_map(page) -> int:
    """Single markers plus the events inside cluster bubbles."""
    singles = page.locator(".ev-marker").count()
    clustered = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    return singles + clustered


def _shown(page) -> int:
    return int(re.match(r"(\d+) events? shown", page.inner_text("#summary")).group(1))


def test_markers_appear_for_every_placed_event_and_nothing_leaves_the_server(page, live_server):
    _open(page, live_server)
    expect(page.locator("#list li")).to_have_count(sum(COUNTS.values()))
    assert _shown(page) == sum(COUNTS.values())
    assert page.locator("#list li").count() == sum(COUNTS.values())
    _wait_until(lambda: _markers_on_map(page) == PLACED)
    assert _markers_on_map(page) == PLACED
    # the offline base layer drew country outlines
    _wait_until(lambda: page.locator(".leaflet-overlay-pane path").count() > 100)
    outside = [u for u in page.requests if not u.startswith(live_server.url)]
    assert outside == [], f"the page reached beyond its server: {outside}"
    assert page.errors == []


def test_filter_by_country_leaves_only_its_markers(page, live_server):
    _open(page, live_server)
    page.select_option("#filters [name=country]", "Sudan")
    page.click("#apply")
    expect(page.locator("#summary")).to_have_text(re.compile(r"^1 event shown"))
    page.wait_for_selector(".ev-marker[data-id^='SDN']")
    assert page.locator(".ev-marker").count() == 1
    assert page.locator(".marker-cluster").count() == 0
    assert "country=Sudan" in page.get_attribute("#export-csv", "href")
    page.select_option("#filters [name=claim]", "reported")
    page.click("#apply")
    expect(page.locator("#summary")).to_have_text(re.compile(r"^0 events shown"))
    assert page.locator(".ev-marker").count() == 0
    page.click("#reset")
    expect(page.locator("#summary")).to_have_text(re.compile(rf"^{sum(COUNTS.values())} events"))
    page.select_option("#filters [name=type]", "Air/drone strike")  # a sub-event type
    page.fill("#filters [name=actor]", "popular mobilization")
    page.click("#apply")
    expect(page.locator("#summary")).to_have_text(re.compile(r"^1 event shown"))
    expect(page.locator("#list li[data-id]")).to_have_text([re.compile("Al Qaim")])
    assert page.errors == []


def test_record_view_highlights_each_evidence_span_with_its_label(page, live_server):
    _open(page, live_server)
    sudan_id = next(i for i in live_server.event_ids if i.startswith("SDN"))
    page.click(f"#list li[data-id='{sudan_id}']")
    page.wait_for_selector("#record:not([hidden]) .article mark.evidence")
    assert "denied by Rapid Support Forces" in page.inner_text("#record-claim")
    sudan = next(s for s in samples() if s.article.source == "Darfur Desk")
    cited = sudan.events[0].evidence
    for field, evidence in cited.items():
        marks = page.locator(f"#record .article mark[data-fields~='{field}']").all_inner_texts()
        assert "".join(marks) == evidence.text, field
        assert page.locator(f"#record .article .ev-label[data-field='{field}']").count() == 1
    assert page.inner_text("#record .article").replace("\n", "").count("Abu Shouk camp") == 1
    assert page.inner_text("#record .article .ev-label[data-field='actor1']") == "actor 1"
    page.click("#record tr.cited:has-text('fatalities')")
    assert page.inner_text("#record mark.flash") == cited["fatalities"].text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-record.png"))
    tabs = page.locator("#record .tabs button")
    assert tabs.all_inner_texts() == ["Darfur Desk · 2024-05-07", "Nile Herald · 2024-05-07"]
    tabs.nth(1).click()
    expect(page.locator("#record .article mark[data-fields~='fatalities']")).to_have_text(
        "Seven people were killed"
    )
    assert page.inner_text("#record .article mark[data-fields~='actor1']") == "RSF"
    assert re.match(r"Fusion: .{10,}", page.inner_text("#record .reason"))  # why it merged
    page.click("#record-close")
    assert page.locator("#record").is_hidden()
    assert page.errors == []


def test_record_opens_from_a_link_and_from_a_marker(page, live_server):
    iraq_id = live_server.event_ids[0]
    _open(page, live_server, f"/#event={iraq_id}")
    page.wait_for_selector(f"#record-body[data-id='{iraq_id}'] mark.evidence")
    assert "claimed by Islamic Resistance in Iraq" in page.inner_text("#record-claim")
    assert page.get_attribute("#record-body a", "href") == "https://example.org/iraq"
    page.click("#record-close")
    ukraine_id = next(i for i in live_server.event_ids if i.startswith("UKR"))
    page.click(f"#list li[data-id='{ukraine_id}']")
    page.wait_for_selector(f"#record-body[data-id='{ukraine_id}'] mark.evidence")
    assert page.locator("#record-body a").count() == 0  # its javascript: URL is not a link
    page.click("#record-close")
    page.select_option("#filters [name=country]", "Mali")
    page.click("#apply")
    page.click(".ev-marker[data-id^='MLI']")
    page.wait_for_selector("#record-body[data-id^='MLI'] mark[data-fields~='fatalities']")
    assert page.inner_text("#record-body mark[data-fields~='fatalities']") == "killing twelve villagers"
    assert page.errors == []


def test_timeline_brush_narrows_the_dates_shown(page, live_server):
    _open(page, live_server)
    box = page.locator("#histogram").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.05, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=5)
    page.mouse.up()
    page.wait_for_selector("#brush-note:not([hidden])")
    first, last = (date.fromisoformat(d) for d in page.inner_text("#brush-range").split(" – "))
    stored = httpx.get(live_server.url + "/api/events", params={"limit": 100}).json()["events"]
    dates = [date.fromisoformat(e["event_date"]) for e in stored]
    expected = sum(1 for d in dates if first <= d <= last)
    assert 0 < expected < len(dates)
    assert _shown(page) == expected
    assert page.locator("#list li[data-id]").count() == expected
    assert page.locator("#histogram .bar.in").count() >= 1
    href = page.get_attribute("#export-geojson", "href")
    assert f"since={first.isoformat()}" in href and f"until={last.isoformat()}" in href
    page.click("#brush-clear")
    page.wait_for_selector("#brush-note[hidden]", state="attached")
    assert _shown(page) == len(dates)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-map.png"))
    assert page.errors == []


def test_api_docs_render_offline(page, live_server):
    page.goto(live_server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock").count() >= 8
    outside = [u for u in page.requests if not u.startswith(live_server.url)]
    assert outside == [], f"the docs reached beyond the server: {outside}"


def test_only_the_area_in_view(page, live_server):
    _open(page, live_server)
    page.select_option("#filters [name=country]", "Iraq")
    page.click("#apply")  # the map fits the two Iraqi events
    expect(page.locator("#summary")).to_have_text(re.compile(r"^2 events shown"))
    page.select_option("#filters [name=country]", "")
    page.check("#inview")
    page.click("#apply")  # every country again, but only inside the Iraqi view
    expect(page.locator("#summary")).to_have_text(re.compile(r"^2 events shown"))
    assert all(i.startswith("IRQ") for i in page.locator("#list li").evaluate_all(
        "items => items.map(li => li.dataset.id)"))
    bbox = re.search(r"bbox=([^&]+)", page.get_attribute("#export-csv", "href")).group(1)
    min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox.replace("%2C", ",").split(","))
    assert min_lon < 41.09 < max_lon and min_lat < 32.87 < max_lat  # Al Qaim .. Jurf al-Sakhar
    assert not (min_lon < 25.35 < max_lon and min_lat < 13.66 < max_lat)  # El Fasher is out
    assert page.errors == []


def test_timeline_shades_the_quiet_periods_of_the_filter(page, live_server):
    _open(page, live_server)
    trends = httpx.get(live_server.url + "/api/trends", params={"lull_days": 20}).json()
    expected = trends["quiet_periods"]
    assert expected  # the sample has gaps of more than 20 days between events
    page.fill("#lull-days", "20")
    page.dispatch_event("#lull-days", "change")
    _wait_until(lambda: page.get_attribute("#histogram", "data-quiet") == str(len(expected)))
    shaded = page.locator("#histogram rect.quiet")
    assert shaded.count() >= 1
    titles = " ".join(shaded.nth(i).locator("title").text_content() for i in range(shaded.count()))
    assert any(f"{q['days']} quiet days" in titles for q in expected)  # those in view
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#timeline").screenshot(path=str(ARTIFACTS / "web-quiet-periods.png"))
    page.fill("#lull-days", "")
    page.dispatch_event("#lull-days", "change")
    _wait_until(lambda: page.locator("#histogram rect.quiet").count() == 0)
    assert page.errors == []
