"""Files and folders to articles: plain text, HTML, JSONL of articles, RSS/Atom feeds.

Readers yield `Article`s and, for input they cannot use, `IngestError`s, so a batch
goes on past one broken file or line and the caller decides how to report it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from sitroom.ingest.base import BadInput, IngestError, checked, parse_date, settle
from sitroom.ingest.jsonl import read_jsonl_bytes
from sitroom.ingest.text import TextProblem, check_string, clean_field, clean_text, decode_file
from sitroom.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES


def read_paths(
    paths: Iterable[str | Path], published: date | None = None, source: str | None = None,
    override: bool = False,
) -> Iterator[Article | IngestError]:
    """Every article under the given files and folders, in a stable order.

    `published`/`source` fill only what an input lacks (see `settle`); `override` forces them.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield IngestError(str(path), "folder holds no .txt, .html, .jsonl or feed files")
            for file in files:
                yield from read_file(file, published, source, override)
        else:
            yield from read_file(path, published, source, override)


def read_file(
    path: Path, published: date | None = None, source: str | None = None, override: bool = False
) -> Iterator[Article | IngestError]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield IngestError(origin, "no such file")
        return
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        if not data.strip():
            yield IngestError(origin, "empty file")
        yield from read_jsonl_bytes(data, origin, published, source, override)
        return
    try:
        text = decode_file(data, html=suffix in HTML_SUFFIXES)
        check_string(text, "the file")
    except TextProblem as exc:
        yield IngestError(origin, str(exc))
        return
    if suffix in HTML_SUFFIXES or (suffix not in FEED_SUFFIXES and _looks_like_html(text)):
        yield checked(html_article(text, origin, published, source, override))
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(text, origin, published, source, override)
    else:
        plain = Article(text=clean_text(text), origin=origin)
        yield checked(settle(plain, published, source, override))


def read_jsonl(
    text: str, origin: str, published: date | None, source: str | None, override: bool = False
) -> Iterator[Article | IngestError]:
    """JSONL given as text (lines numbered from 1); files are read as bytes, see jsonl.py."""
    data = text.encode("utf-8", "surrogatepass")
    yield from read_jsonl_bytes(data, origin, published, source, override)


def without_headline(text: str, title: str) -> str:
    """The body without a leading copy of the page title: the headline is kept as `title`,
    and as a sentence it would run into the dateline and be coded as a second event."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).lower() == " ".join(title.split()).lower():
        return rest.lstrip()
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:500].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def html_article(
    html: str, origin: str, published: date | None, source: str | None, override: bool = False
) -> Article | IngestError:
    """Main text of a web page (trafilatura), with its title, date and site name if present."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - a parser crash on hostile markup costs this file only
        return IngestError(origin, f"cannot parse the HTML ({type(exc).__name__})")
    if not extracted:
        return IngestError(origin, "no main text found in HTML")
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = without_headline(clean_text(meta.get("text") or ""), meta.get("title") or "")
    own_date = None
    if meta.get("date"):
        try:
            own_date = parse_date(str(meta["date"]))
        except BadInput:
            own_date = None
    page = Article(
        text=text, title=clean_field(meta.get("title") or ""), url=clean_field(meta.get("url") or ""),
        source=clean_field(meta.get("sitename") or ""), published=own_date, origin=origin,
    )
    return settle(page, published, source, override)


def read_feed(
    text: str, origin: str, published: date | None, source: str | None, override: bool = False
) -> Iterator[Article | IngestError]:
    """RSS/Atom entries; each entry's content (or summary) is the report."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        yield IngestError(origin, f"not an RSS/Atom feed{': ' + str(problem) if problem else ''}")
        return
    site = clean_field(feed.feed.get("title", ""))
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{number}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        if "<" in body:
            import trafilatura

            body = trafilatura.extract(f"<html><body>{body}</body></html>") or _strip_tags(body)
        when = None
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            when = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        own = Article(
            text=clean_text(body), title=clean_field(entry.get("title", "")),
            url=clean_field(entry.get("link", "")), source=site, published=when, origin=where,
        )
        yield checked(settle(own, published, source, override))


def _strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)
