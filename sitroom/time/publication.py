"""The publication date: the article's own, else a dateline near the top, else today."""

from __future__ import annotations

import re
from datetime import date, datetime

from sitroom.model import Article, Evidence
from sitroom.time.expressions import explicit_date

#: Datelines sit at the top; beyond this many characters a date is part of the story.
DATELINE_WINDOW = 300

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

#: Full dates (with a year) anywhere in the window, most specific first.
_FULL_DATES = (
    rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_YEAR}-[01]\d-[0-3]\d",
    rf"\b[0-3]?\d[/.][01]?\d[/.]{_YEAR}\b",
)
#: "BAGHDAD, April 23 (Reuters) -": a year-less date right after a capitalised place.
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},\s*(?:[A-Z][A-Za-z .'-]{{1,30}},\s*)?"
    rf"(?P<date>{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\s*(?:\(|[-\u2013\u2014:/])"
)
_FULL = re.compile("|".join(f"(?:{p})" for p in _FULL_DATES))


def find_dateline(text: str, today: date) -> tuple[date, Evidence] | None:
    """A dateline in the first DATELINE_WINDOW characters, with its span."""
    head = text[:DATELINE_WINDOW]
    for m in _FULL.finditer(head):
        d = explicit_date(m.group(0), today)
        if d and d <= today:
            return d, Evidence(m.start(), m.end(), m.group(0))
    m = _DATELINE.match(head)
    if m:
        d = explicit_date(m["date"], today, past_only=True)
        if d:
            return d, Evidence(m.start("date"), m.end("date"), m["date"])
    return None


def resolve_publication(article: Article, today: date | None = None) -> tuple[date, Evidence | None]:
    """The article's `published`, else its dateline (cited), else `today` (or the clock). Never raises."""
    fallback = today or date.today()
    published = article.published
    if isinstance(published, datetime):
        return published.date(), None
    if isinstance(published, date):
        return published, None
    try:
        found = find_dateline(article.text or "", fallback)
    except Exception:  # a malformed text must not stop the pipeline
        found = None
    if found:
        return found
    return fallback, None
