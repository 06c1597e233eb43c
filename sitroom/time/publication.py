"""The publication date: the article's own, else a dateline near the top, else the user's."""

from __future__ import annotations

import re
from datetime import date, datetime

from sitroom.lang import pack_pattern
from sitroom.model import Article, Event, Evidence
from sitroom.time.expressions import explicit_date

TAG_UNDATED = "date: undated report (no publication date, dateline or --published)"
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")

#: Datelines sit at the top; beyond this many characters a date is part of the story.
DATELINE_WINDOW = 300
#: A wire dateline this many days or fewer before the publication date is the day the story
#: was filed ("KABUL, Aug 4 (Reuters) -" republished on Aug 6): its "today" and "on Monday".
FILED_DAYS = 7

#: Full dates (with a year) anywhere in the window, most specific first, and "BAGHDAD,
#: April 23 (Reuters) -": a year-less date right after a capitalised place (the language
#: pack's ``time/patterns.yaml``).
_DATELINE = pack_pattern("time/patterns", "dateline")
_FULL = pack_pattern("time/patterns", "full_dates")
_STORY_DATE = pack_pattern("time/patterns", "story_date_before")


def find_dateline(text: str, today: date, story_dates: bool = True) -> tuple[date, Evidence] | None:
    """A dateline in the first DATELINE_WINDOW characters, with its span. ``story_dates``:
    a full date the lead tells ("... near Gao on 3 March 2023") may stand for the report's
    day when nothing else dates it; not beside a day the user gave (`sitroom.ingest.settle`)."""
    head = text[:DATELINE_WINDOW]
    for m in _FULL.finditer(head):
        if not story_dates and _STORY_DATE.search(head[head.rfind("\n", 0, m.start()) + 1 : m.start()]):
            continue  # a day the story tells, not the page's
        d = explicit_date(m.group(0), today)
        if d and d <= today:
            return d, Evidence(m.start(), m.end(), m.group(0))
    m = _DATELINE.match(head)
    if m:
        d = explicit_date(m["date"], today, past_only=True)
        if d:
            return d, Evidence(m.start("date"), m.end("date"), m["date"])
    return None


def filed_day(text: str, published: date) -> tuple[date, Evidence] | None:
    """A place-and-day wire dateline dated a few days before ``published``: the day the story
    was filed, which the pipeline dates the report against (the publication date stays the
    article's own)."""
    m = _DATELINE.match(text[:DATELINE_WINDOW])
    d = m and explicit_date(m["date"], published, past_only=True)
    if d and 0 < (published - d).days <= FILED_DAYS:
        return d, Evidence(m.start("date"), m.end("date"), m["date"])
    return None


def resolve_publication(
    article: Article, today: date | None = None
) -> tuple[date | None, Evidence | None]:
    """The article's `published` (with its dateline cited when the text names that day), else a
    dateline, else `today` (the user's fallback). None when nothing dates the report: the
    caller marks its events undated instead of inventing a day. Never raises."""
    published = article.published
    if isinstance(published, datetime):
        published = published.date()
    anchor = published or today or date.today()
    try:
        found = find_dateline(article.text or "", anchor)
    except Exception:  # a malformed text must not stop the pipeline
        found = None
    if published is not None:
        return (found if found and found[0] == published else (published, None))
    if found:
        return found
    return today, None


def names_year(text: str) -> bool:
    """The date's words name its year ('on 25 January 2020'; not 'on 25 January')."""
    return _YEAR_WORD.search(text) is not None


def mark_undated(events: list[Event]) -> None:
    """Events of a report with no publication date: only a date that names its year stands;
    any other (relative, year-less or publication-day) date is removed and the event tagged."""
    from sitroom.time.component import TAG_NO_DATE

    for event in events:
        cited = event.evidence.get("event_date")
        if cited is not None and names_year(cited.text):
            continue
        if event.event_date is not None:  # the note told the day the clock gave: no longer
            day = event.event_date
            told = f"On {day.day} {day:%B} {day.year}, "
            if event.notes.startswith(told):
                rest = event.notes[len(told) :]
                event.notes = rest[:1].upper() + rest[1:]
        event.event_date, event.year, event.time_precision = None, None, 3
        event.evidence.pop("event_date", None)
        event.tags = "; ".join(t for t in event.tags.split("; ") if t and t != TAG_NO_DATE)
        event.add_tag(TAG_UNDATED)
