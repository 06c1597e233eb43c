"""Publication dates never lie: the input's own date first, then a dateline, then --published;
--override forces; with no date at all the events are undated, never today."""

from __future__ import annotations

import json
from datetime import date, timedelta

from typer.testing import CliRunner

from sitroom.cli.app import app
from sitroom.ingest import read_paths
from sitroom.model import Article
from sitroom.time.publication import TAG_UNDATED

runner = CliRunner()

BODY = (
    "Armed men stormed a market in the town of Kidal, killing five traders and wounding "
    "several others, a local official told reporters."
)
USER_DAY = date(2023, 5, 2)


def test_jsonl_own_date_and_source_win_over_the_users(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": BODY, "published": "2022-11-08", "source": "Desk A"}) + "\n"
        + json.dumps({"text": BODY + " More."}) + "\n",
        encoding="utf-8",
    )
    first, second = read_paths([path], published=USER_DAY, source="Mine")
    assert (first.published, first.source) == (date(2022, 11, 8), "Desk A")
    assert (second.published, second.source) == (USER_DAY, "Mine")


def test_html_metadata_wins_unless_overridden(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta property="article:published_time" content="2021-07-14">'
        '<meta property="og:site_name" content="Page Site"></head><body><article><p>'
        + BODY + "</p><p>The town was calm by evening, residents said on the phone.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    [own] = read_paths([page], published=USER_DAY, source="Mine")
    assert (own.published, own.source) == (date(2021, 7, 14), "Page Site")
    [forced] = read_paths([page], published=USER_DAY, source="Mine", override=True)
    assert (forced.published, forced.source) == (USER_DAY, "Mine")


def test_rss_entry_date_wins(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Desk</title><item>'
        "<title>T</title><pubDate>Wed, 06 Mar 2019 10:00:00 GMT</pubDate>"
        f"<description>{BODY}</description></item></channel></rss>",
        encoding="utf-8",
    )
    [entry] = read_paths([feed], published=USER_DAY, source="Mine")
    assert (entry.published, entry.source) == (date(2019, 3, 6), "Feed Desk")


def test_dateline_wins_over_published_and_year_comes_from_it(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("KIDAL, April 30 (Desk) - " + BODY, encoding="utf-8")
    [article] = read_paths([path], published=date(2023, 5, 2))
    assert article.published == date(2023, 4, 30)
    path.write_text("Posted 2020-02-11. " + BODY, encoding="utf-8")
    [article] = read_paths([path], published=USER_DAY)
    assert article.published == date(2020, 2, 11)


def test_no_date_anywhere_stays_none(tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text(BODY, encoding="utf-8")
    [article] = read_paths([path])
    assert article.published is None
    [given] = read_paths([path], published=USER_DAY)
    assert given.published == USER_DAY


def test_undated_report_gets_no_invented_day(pipeline):
    text = BODY.replace("killing", "on Tuesday, killing") + "\n\nIn June 2018 gunmen also attacked a convoy near Gao."
    events = pipeline.extract(Article(text=text))
    assert events
    by_place = {e.location: e for e in events}
    kidal = next(e for e in events if "Kidal" in e.location or e.status == "new")
    assert kidal.event_date is None and kidal.year is None
    assert TAG_UNDATED in kidal.tags
    assert all(e.event_date != date.today() for e in events)
    stated = [e for e in by_place.values() if e.event_date is not None]
    assert all(e.event_date.year == 2018 for e in stated)


def test_an_undated_report_of_a_day_without_its_year_is_news(pipeline):
    # five months before the clock: old only if the report were published today
    day = date.today() - timedelta(days=150)
    text = f"A car bomb tore through a hotel in Mogadishu on {day.day} {day:%B}, killing 20 people."
    events = pipeline.extract(Article(text=text))
    assert [e.status for e in events if e.record_kind == "event"] == ["new"]


def test_an_undated_report_of_last_month_is_still_background(pipeline):
    text = "Militants ambushed a convoy near Gao last month, killing four soldiers."
    events = pipeline.extract(Article(text=text))
    assert [e.status for e in events if e.record_kind == "event"] == ["background"]


def test_cli_warns_naming_the_undated_file(tmp_path, pipeline):
    path = tmp_path / "nodate-report.txt"
    path.write_text(BODY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert "warning:" in result.stderr and "nodate-report.txt" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["event_date"] is None for r in records)
