"""Pydantic models: the validated ingest body, and the response shapes shown in /openapi.json.

Routes return plain JSON built from `Event.to_record()` (fast for large pages); the
response models here document that shape for API users.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from sitroom.ingest import MIN_WORDS, BadInput, parse_date
from sitroom.ingest.text import TextProblem, check_string
from sitroom.model import RECORD_COLUMNS, Event

#: The largest article text accepted by POST /api/articles (the body limit is a bit above).
MAX_TEXT_CHARS = 500_000


class ArticleIn(BaseModel):
    """One report to ingest. Only `text` is required."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="The report's text.")
    url: str = Field("", max_length=2048, description="Where it was published (http/https).")
    title: str = Field("", max_length=1000)
    source: str = Field("", max_length=200, description="Outlet name, e.g. 'Shafaq News'.")
    published: date | None = Field(None, description="Publication date, ISO (a datetime is cut).")

    @field_validator("text")
    @classmethod
    def _enough_words(cls, value: str) -> str:
        try:
            check_string(value, "text")
        except TextProblem as exc:
            raise ValueError(str(exc)) from None
        if len(value.split()) < MIN_WORDS:
            raise ValueError(f"a report needs at least {MIN_WORDS} words")
        return value

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        if value:
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError("expected an http(s) URL")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        """Strict: an ISO date string or null; a number is not a date."""
        if value is None or isinstance(value, date):
            return value
        if not isinstance(value, str):
            raise ValueError('expected an ISO date string like "2024-04-23" or null')
        try:
            return parse_date(value, "published")
        except BadInput as exc:
            raise ValueError(str(exc)) from None


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str


def _record_model() -> type[BaseModel]:
    """EventRecord mirrors `Event.to_record()` column for column, so the docs never drift."""
    hints = typing.get_type_hints(Event)
    fields: dict[str, Any] = {}
    for name in RECORD_COLUMNS:
        if name == "evidence":
            fields[name] = (dict[str, EvidenceOut], {})
        else:
            fields[name] = (hints[name] | None, None)
    return create_model("EventRecord", **fields)


EventRecord = _record_model()


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters.")
    limit: int
    offset: int
    count: int = Field(description="Events in this page.")
    next: str | None = Field(description="URL of the next page, null on the last one.")
    events: list[dict[str, Any]] = Field(description="EventRecord objects (narrowed by `fields`).")


class SourceOut(BaseModel):
    article_id: str
    position: int
    source: str | None
    url: str | None
    published: str | None
    merge_reason: str | None
    mention: dict[str, Any] = Field(description="The event as this article reported it.")


class ArticleOut(BaseModel):
    id: str
    text: str
    title: str
    url: str
    source: str
    published: str | None


class EventDetail(BaseModel):
    event: EventRecord  # type: ignore[valid-type]
    sources: list[SourceOut]
    articles: dict[str, ArticleOut] = Field(description="Each source article, by id, with its text.")


class ActorCount(BaseModel):
    name: str
    count: int = Field(description="Events naming this actor in any role.")
    as_actor1: int
    as_actor2: int
    as_associate: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None
    actors: list[ActorCount]


class IngestOut(BaseModel):
    article_id: str
    stored: bool
    already_stored: bool
    events_added: int
    events_merged: int
    event_ids: list[str]
    #: what the stages reported about the article (a sentence skipped...): it is stored
    warnings: list[str] = []


class ErrorDetail(BaseModel):
    status: int
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    error: ErrorDetail


#: The error responses every route documents.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "A query parameter is malformed."},
    422: {"model": ErrorOut, "description": "The request failed validation."},
}
