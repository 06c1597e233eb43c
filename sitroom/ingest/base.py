"""What every reader shares: the error type, date parsing, and the checks an article passes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sitroom.errors import InputError
from sitroom.model import Article

#: Fewer words than this is not a report (a headline, a caption, an empty feed entry).
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
    if not isinstance(value, str):
        raise BadInput(f"bad {what} {value!r}: expected an ISO date string like 2024-04-23")
    value = value.strip()
    try:
        if len(value) > 10:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"bad {what} {value[:40]!r}: expected an ISO date like 2024-04-23") from None


def checked(item: Article | IngestError) -> Article | IngestError:
    """The article, or why it is not a report (no text, too short, not prose)."""
    if isinstance(item, IngestError):
        return item
    if not item.text.strip():
        return IngestError(item.origin, "no text")
    if item.word_count < MIN_WORDS:
        return IngestError(item.origin, f"too short to be a report ({item.word_count} words)")
    letters = sum(map(str.isalpha, item.text))
    if letters < 0.5 * len(item.text.replace(" ", "").replace("\n", "")):
        return IngestError(item.origin, "does not look like prose (too few letters)")
    return item


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

        found = find_dateline(article.text, published or date.today(), story_dates=published is None)
        when = found[0] if found else published
    return replace(article, published=when, source=article.source or source or "")
