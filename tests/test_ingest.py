"""Reading reports: every input either becomes an Article or a one-line IngestError."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitroom.ingest import BadInput, IngestError, parse_date, read_paths

REPORT = (
    "MOGADISHU, Jan 9 (Wire) - Al-Shabaab fighters attacked an army base near Afgoye on "
    "Monday, killing four soldiers, a military officer said."
)


def test_plain_text_becomes_an_article(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT + "\n", encoding="utf-8")
    [article] = read_paths([path], published=date(2024, 1, 9), source="Wire")
    assert article.text == REPORT
    assert article.published == date(2024, 1, 9)
    assert article.source == "Wire"
    assert len(article.id) == 16


def test_same_text_same_id_whatever_the_whitespace(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(REPORT, encoding="utf-8")
    b.write_text(REPORT.replace(" ", "  ") + "\n\n", encoding="utf-8")
    [first] = read_paths([a])
    [second] = read_paths([b])
    assert first.id == second.id


def test_jsonl_reads_metadata_and_reports_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": REPORT, "source": "Wire", "published": "2024-01-09", "url": "http://x/1"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": REPORT + " Later.", "published": "9th of Jan"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == [
        "Article", "IngestError", "IngestError", "IngestError", "IngestError",
    ]
    assert items[0].published == date(2024, 1, 9) and items[0].url == "http://x/1"
    assert items[1].origin.endswith("batch.jsonl:2") and "malformed JSON" in items[1].message
    assert "missing 'text'" in items[2].message
    assert "bad published" in items[3].message


def test_html_main_text_and_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Clashes - Wire</title>"
        '<meta property="article:published_time" content="2024-01-09T08:00:00Z">'
        '<meta property="og:site_name" content="Wire"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Clashes</h1><p>" + REPORT + "</p>"
        "<p>The group said in a statement on its radio station that it had seized weapons.</p>"
        "</article><footer>All rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    [article] = read_paths([page])
    assert article.text.startswith("MOGADISHU, Jan 9")
    assert article.title == "Clashes - Wire" or article.title == "Clashes"
    assert "Al-Shabaab fighters attacked" in article.text
    assert "All rights reserved" not in article.text
    assert article.published == date(2024, 1, 9)
    assert article.source == "Wire"


def test_rss_entries_become_articles(tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>A</title><link>http://x/a</link>"
        "<pubDate>Tue, 09 Jan 2024 10:00:00 GMT</pubDate>"
        f"<description>{REPORT}</description></item>"
        "<item><title>B</title><link>http://x/b</link><description>ok</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    items = list(read_paths([feed]))
    assert isinstance(items[0], IngestError) is False
    assert items[0].published == date(2024, 1, 9) and items[0].url == "http://x/a"
    assert items[0].source == "Wire"
    assert isinstance(items[1], IngestError) and "too short" in items[1].message


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 - - - 0 0 0", "prose"),
    ],
)
def test_bad_files_are_named_and_explained(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = read_paths([path])
    assert isinstance(error, IngestError)
    assert error.origin == str(path)
    assert message in error.message
    assert "\n" not in str(error)


def test_missing_file_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    items = list(read_paths([tmp_path / "nope.txt", tmp_path / "empty"]))
    assert [i.message for i in items] == [
        "no such file", "folder holds no .txt, .html, .jsonl or feed files",
    ]


def test_folder_keeps_good_files_beside_bad_ones(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "c.txt").write_text(REPORT.replace("four", "five"), encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "", "24/04/2024"])
def test_bad_dates_are_refused_with_the_value(value):
    with pytest.raises(BadInput, match="bad date"):
        parse_date(value)


def test_iso_datetimes_are_dates():
    assert parse_date("2024-04-23T10:15:00Z") == date(2024, 4, 23)
