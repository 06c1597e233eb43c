"""Hostile input: every bad line is named by its true number, and the good lines are kept."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitroom.ingest import IngestError, read_paths
from sitroom.model import content_id

GOOD = "Rebels shelled the northern district of the town on Sunday, wounding six residents, officials said."
ARABIC = "قالت مصادر أمنية إن مسلحين هاجموا نقطة تفتيش للجيش قرب المدينة مساء الأحد وقتلوا جنديين."


def _line(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def _good(i: int) -> bytes:
    return _line(text=f"{GOOD} Report {i}.", published="2024-05-05")


POISON = {
    "invalid utf-8": (b'{"text": "bad \xff\xfe byte in an otherwise fine report line"}', "not UTF-8"),
    "nul byte": (b'{"text": "a NUL \x00 byte inside a report line here"}', "NUL byte"),
    "lone surrogate": (b'{"text": "a lone \\ud800 surrogate in a report line here"}', "lone surrogate"),
    "escaped nul": (b'{"text": "an escaped \\u0000 NUL in a report line here"}', "NUL character"),
    "number text": (_line(text=12345), "'text' must be a string, not a number"),
    "list text": (_line(text=["a", "b"]), "'text' must be a string, not a list"),
    "number published": (_line(text=GOOD, published=20240505), "'published' must be an ISO date string"),
    "bad date": (_line(text=GOOD, published="5th of May"), "bad published"),
    "object url": (_line(text=GOOD, url={"a": 1}), "'url' must be a string, not an object"),
    "not an object": (b"[1, 2, 3]", "got a list"),
    "malformed": (b'{"text": "unterminated', "malformed JSON"),
}


@pytest.mark.parametrize("kind", sorted(POISON))
def test_each_kind_of_bad_line_is_named_with_its_true_number(tmp_path, kind):
    bad, reason = POISON[kind]
    # U+2028 inside a good line must not split it (str.splitlines would)
    sep = _line(text=f"{GOOD}\u2028 A second paragraph follows the separator.")
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join([_good(1), sep, b"", bad, _good(5)]) + b"\n")
    items = list(read_paths([path]))
    errors = [i for i in items if isinstance(i, IngestError)]
    articles = [i for i in items if not isinstance(i, IngestError)]
    assert len(articles) == 3
    assert [e.origin for e in errors] == [f"{path}:4"], errors
    assert reason in errors[0].message
    assert "\n" not in str(errors[0])
    assert articles[2].origin == f"{path}:5"
    assert "\u2028" not in articles[1].text and "A second paragraph" in articles[1].text


def test_crlf_lines_and_a_bom_are_fine(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _good(1) + b"\r\n" + _good(2) + b"\r\n")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]


def test_one_cp1252_byte_in_a_utf8_file_is_refused_not_mis_decoded(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes((ARABIC + " " + GOOD).encode("utf-8") + b" \x93quoted\x94")
    [error] = read_paths([path])
    assert isinstance(error, IngestError)
    assert "mostly UTF-8" in error.message and "offset" in error.message


def test_a_legacy_single_byte_file_is_decoded(tmp_path):
    text = "Gunmen killed the caf\u00e9 owner on Monday, the \u201cpolice\u201d said, and fled the town."
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1252"))
    [article] = read_paths([path])
    assert not isinstance(article, IngestError), article
    assert "caf\u00e9" in article.text and "\u201cpolice\u201d" in article.text


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    [article] = read_paths([path])
    assert article.text == GOOD


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n" + b"x" * 200, "PDF"),
    (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
    (GOOD.encode() + b"\x00\x00" + GOOD.encode(), "NUL"),
])
def test_binary_files_are_refused_by_name(tmp_path, data, kind):
    path = tmp_path / "report.html"
    path.write_bytes(data)
    [error] = read_paths([path])
    assert isinstance(error, IngestError) and error.origin == str(path)
    assert "binary" in error.message and kind in error.message


def test_odd_unicode_is_cleaned_and_the_id_is_stable(tmp_path):
    messy = f"\ufeff{GOOD}\u202e reversed\u202c and e\u0301 decomposed\x0b tab"
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_line(text=messy) + b"\n")
    [article] = read_paths([path])
    assert not any(ch in article.text for ch in "\ufeff\u202e\u202c\x0b")
    assert "\u00e9 decomposed" in article.text
    assert content_id(article.text) == article.id


def test_content_id_never_raises():
    assert len(content_id("bad \ud800 surrogate")) == 16
    assert content_id("e\u0301") == content_id("\u00e9")


def test_published_as_a_date_string_still_works(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_line(text=GOOD, published="2024-05-05T10:00:00Z", title=None) + b"\n")
    [article] = read_paths([path])
    assert article.published == date(2024, 5, 5) and article.title == ""


def test_a_legacy_arabic_file_is_decoded(tmp_path):
    path = tmp_path / "ar.txt"
    path.write_bytes((ARABIC + " " + ARABIC).encode("cp1256"))
    [article] = read_paths([path])
    assert not isinstance(article, IngestError), article
    assert article.text.startswith(ARABIC[:20])


def test_like_wildcards_in_text_filters_are_literal():
    from sitroom.store.base import contains_pattern

    assert contains_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"
