"""Reading reports: plain text, HTML, JSONL of articles, RSS/Atom feeds, and folders of them.

Readers yield `Article`s and, for input they cannot use, `IngestError`s, so a batch
goes on past one broken file or line and the caller decides how to report it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sitroom.errors import InputError
from sitroom.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

MIN_WORDS = 5


@dataclass(frozen=True)
class IngestError:
    """Input that could not become an article: where it was and why, in one line."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class BadInput(InputError):
    """A file, line or value that cannot become an article; the message says which."""


def parse_date(value: str, what: str = "date") -> date:
    """An ISO date (or datetime); a clear error otherwise."""
    value = (value or "").strip()
    try:
        if len(value) > 10:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"bad {what} {value!r}: expected an ISO date like 2024-04-23") from None


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


def settle(
    article: Article, published: date | None, source: str | None, override: bool = False
) -> Article:
    """The input's own date and source first, then a dateline in the text, then the user's.

    With `override` the user's values replace the input's. An article left without any date
    keeps `published=None`: the pipeline marks its events undated rather than guess a day.
    """
    if override:
        return replace(
            article, published=published or article.published, source=source or article.source
        )
    when = article.published
    if when is None:
        from sitroom.time.publication import find_dateline

        found = find_dateline(article.text, published or date.today())
        when = found[0] if found else published
    return replace(article, published=when, source=article.source or source or "")


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
    try:
        text = decode(data)
    except BadInput as exc:
        yield IngestError(origin, str(exc))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, origin, published, source, override)
    elif suffix in HTML_SUFFIXES or (suffix not in FEED_SUFFIXES and _looks_like_html(text)):
        yield _checked(html_article(text, origin, published, source, override))
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(text, origin, published, source, override)
    else:
        plain = Article(text=clean_text(text), origin=origin)
        yield _checked(settle(plain, published, source, override))


def decode(data: bytes) -> str:
    """UTF-8 text (with or without BOM); binary files are refused, not guessed at."""
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:4096]:
        raise BadInput("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise BadInput("not UTF-8 text") from None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.02 * min(len(text), 4096):
        raise BadInput("binary file, not text")
    return text


def clean_text(text: str) -> str:
    """Normalize line endings and strip trailing space; offsets refer to this text."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()


def without_headline(text: str, title: str) -> str:
    """The body without a leading copy of the page title: the headline is kept as `title`,
    and as a sentence it would run into the dateline and be coded as a second event."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).lower() == " ".join(title.split()).lower():
        return rest.lstrip()
    return text


def _checked(item: Article | IngestError) -> Article | IngestError:
    if isinstance(item, IngestError):
        return item
    if not item.text.strip():
        return IngestError(item.origin, "no text")
    if item.word_count < MIN_WORDS:
        return IngestError(item.origin, f"too short to be a report ({item.word_count} words)")
    letters = sum(ch.isalpha() for ch in item.text)
    if letters < 0.5 * len(item.text.replace(" ", "").replace("\n", "")):
        return IngestError(item.origin, "does not look like prose (too few letters)")
    return item


def _looks_like_html(text: str) -> bool:
    head = text[:500].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def html_article(
    html: str, origin: str, published: date | None, source: str | None, override: bool = False
) -> Article | IngestError:
    """Main text of a web page (trafilatura), with its title, date and site name if present."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
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
        text=text, title=meta.get("title") or "", url=meta.get("url") or "",
        source=meta.get("sitename") or "", published=own_date, origin=origin,
    )
    return settle(page, published, source, override)


def read_jsonl(
    text: str, origin: str, published: date | None, source: str | None, override: bool = False
) -> Iterator[Article | IngestError]:
    """One article object per line: `text` required; `url`, `title`, `source`, `published`, `language`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield IngestError(where, "expected a JSON object with a 'text' field")
            continue
        body = obj.get("text")
        if not isinstance(body, str):
            yield IngestError(where, "missing 'text' field")
            continue
        try:
            when = parse_date(str(obj["published"]), "published") if obj.get("published") else None
        except BadInput as exc:
            yield IngestError(where, str(exc))
            continue
        own = Article(
            text=clean_text(body), url=str(obj.get("url") or ""), title=str(obj.get("title") or ""),
            source=str(obj.get("source") or ""), published=when,
            language=str(obj.get("language") or "en"), origin=where,
        )
        yield _checked(settle(own, published, source, override))


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
    site = feed.feed.get("title", "")
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
            text=clean_text(body), title=entry.get("title", ""), url=entry.get("link", ""),
            source=site, published=when, origin=where,
        )
        yield _checked(settle(own, published, source, override))


def _strip_tags(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", html)
