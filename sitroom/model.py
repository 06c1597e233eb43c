"""Types that cross stage boundaries: Article in, Event out, with the evidence between.

Stages exchange these dataclasses only; everything spaCy-specific stays inside
`sitroom.nlp` and the `Candidate` handles that the pipeline passes along.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from typing import Any

#: ACLED's export columns, spelled exactly as ACLED spells them, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

#: sitroom's own columns, after ACLED's.
SITROOM_COLUMNS: tuple[str, ...] = (
    "plover_type", "plover_mode", "record_kind", "status", "claim", "attributed_to", "confidence",
    "article_id", "fatalities_low", "fatalities_high", "injuries", "origin", "evidence",
)

RECORD_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + SITROOM_COLUMNS

CLAIMS = ("reported", "claimed", "unconfirmed", "denied")
STATUSES = ("new", "background")
#: "event": an ACLED event (counted, exported, mapped). "statement": a PLOVER-coded
#: reaction, accusation, threat or request that ACLED does not code as an event; kept
#: for analysts who ask for it, out of ACLED counts and exports by default.
RECORD_KINDS = ("event", "statement")
#: The tag of an event dated by its report's publication day (the text states no date):
#: written by the time stage, read by fusion (such a date is an upper bound, not a day).
TAG_NO_DATE = "date: publication date, not stated"


@dataclass(frozen=True)
class Evidence:
    """A character span of the article text that justifies one field's value."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass(frozen=True)
class Article:
    """One report. Its id is a hash of its text, so the same report stored twice is one row."""

    text: str
    source: str = ""
    published: date | None = None
    url: str = ""
    title: str = ""
    language: str = "en"
    origin: str = ""  # file path or feed the article was read from
    #: the outlet's home area (lat, lon), learned from its stored reports when it is read
    #: (`sitroom.ingest.homes`): it only chooses among namesakes (`sitroom.geo.home_area`)
    home: tuple[float, float] | None = None

    @property
    def id(self) -> str:
        return content_id(self.text)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@lru_cache(maxsize=8)
def _field_names(cls: type) -> dict[str, None]:
    """A dataclass's field names in order (`fields()` rebuilds its tuple on every call,
    and the writer converts tens of thousands of records)."""
    return dict.fromkeys(f.name for f in fields(cls))


@lru_cache(maxsize=32)  # the writer asks for an article's id several times in a row
def content_id(text: str) -> str:
    """Hash of the text with whitespace collapsed and Unicode in NFC; never raises, even on
    a lone surrogate (readers refuse those, but an id must not be where a batch dies)."""
    normalized = unicodedata.normalize("NFC", " ".join(text.split()))
    return hashlib.sha256(normalized.encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: ACLED inter codes that stages compare: civilians, and the armed actors (state forces,
#: rebels, political and identity militias, external forces).
CIVILIAN_CODE, ARMED_CODES = 7, (1, 2, 3, 4, 8)


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: both inter codes lower first (13), or one code × 10 (30);
    the actors stage sets it as it fills a side, finalize again after its last changes."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    return codes[0] * 10 if len(codes) == 1 else codes[0] * 10 + codes[1]


@dataclass
class Actor:
    """A normalized actor in ACLED's style, with the chain of groups it belongs to."""

    name: str
    inter: int = 0  # ACLED inter code: 1 state forces .. 8 external/other forces, 0 none
    country: str = ""
    affiliations: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str = ""  # state, militia, rebel, civilians, protesters, political, external, ...


@dataclass
class Place:
    """A resolved place with an ACLED geo_precision (1 exact town, 2 near/district, 3 region)."""

    name: str
    latitude: float
    longitude: float
    country: str = ""
    iso: int = 0  # ISO 3166 numeric, as ACLED's `iso` column
    iso3: str = ""
    region: str = ""  # ACLED region, e.g. "Middle East"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    geo_precision: int = 3
    feature: str = ""  # GeoNames feature class/code or "base", "camp", ...
    population: int = 0
    source: str = ""  # which gazetteer row it came from


@dataclass
class Event:
    """One event record: ACLED's columns plus sitroom's, and evidence per extracted field."""

    event_id_cnty: str = ""
    event_date: date | None = None
    year: int | None = None
    time_precision: int = 3
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int = 0
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    interaction: int = 0
    civilian_targeting: str = ""
    iso: int = 0
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    timestamp: int = 0
    # sitroom's own
    plover_type: str = ""
    plover_mode: str = ""
    record_kind: str = "event"  # "event" (ACLED) or "statement" (PLOVER only); RECORD_KINDS
    status: str = "new"
    claim: str = "reported"
    attributed_to: str = ""
    confidence: float = 0.0
    article_id: str = ""
    fatalities_low: int = 0
    fatalities_high: int = 0
    injuries: int = 0
    origin: str = ""  # launch site of a cross-border / remote attack
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def cite(self, field_name: str, span: Evidence | None) -> None:
        """Record which text span a field's value came from."""
        if span is not None:
            self.evidence[field_name] = span

    def add_tag(self, tag: str) -> None:
        """Append to ACLED's free-text `tags` column, '; '-separated, without duplicates."""
        tags = [t for t in self.tags.split("; ") if t]
        if tag not in tags:
            tags.append(tag)
        self.tags = "; ".join(tags)

    def to_record(self) -> dict[str, Any]:
        """A flat dict with the record columns, JSON-ready (dates as ISO strings)."""
        d = {name: getattr(self, name) for name in _field_names(type(self)) if name != "evidence"}
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        d["evidence"] = {k: v.to_dict() for k, v in self.evidence.items()}
        return {k: d[k] for k in RECORD_COLUMNS}

    @property
    def is_acled_event(self) -> bool:
        """Counts as an ACLED event (statements and untyped records do not)."""
        return self.record_kind != "statement" and bool(self.event_type)

    @classmethod
    def from_record(cls, d: dict[str, Any]) -> Event:
        known = _field_names(cls)
        kwargs = {k: v for k, v in d.items() if k in known}
        if isinstance(kwargs.get("event_date"), str) and kwargs["event_date"]:
            kwargs["event_date"] = date.fromisoformat(kwargs["event_date"][:10])
        kwargs["evidence"] = {
            k: Evidence.from_dict(v) for k, v in (d.get("evidence") or {}).items()
        }
        return cls(**kwargs)

    def copy(self) -> Event:
        return Event.from_record(self.to_record())


@dataclass(frozen=True)
class TimeRef:
    """A resolved expression: representative date, ACLED precision and the range it covers."""

    date: date
    precision: int
    start: date
    end: date
    text: str = ""
    kind: str = "point"  # point, range, since, before, after, duration, relative

    @property
    def range(self) -> tuple[date, date]:
        return (self.start, self.end)
