"""Query-string parsing for the API: pure functions that raise `BadParam` with a clear message.

Kept apart from the routes so the rules (bbox order, known fields, limits) are tested
without a server and reused by the load generator.
"""

from __future__ import annotations

from datetime import date

from sitroom.errors import InputError
from sitroom.model import CLAIMS, RECORD_COLUMNS, STATUSES
from sitroom.store import EventFilter

MAX_LIMIT = 5000
DEFAULT_LIMIT = 100

#: Always returned when `fields` narrows a record, so a row can still be linked and placed.
ID_FIELDS = ("event_id_cnty",)


class BadParam(InputError):
    """A query parameter the API cannot use; the message names it and says what is expected."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`minlon,minlat,maxlon,maxlat` (the GeoJSON/OGC order) → a tuple, checked for sense."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise BadParam("bbox", "expected four numbers: minlon,minlat,maxlon,maxlat")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        raise BadParam("bbox", "expected four numbers: minlon,minlat,maxlon,maxlat") from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise BadParam("bbox", "longitudes must lie in [-180, 180]")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise BadParam("bbox", "latitudes must lie in [-90, 90]")
    if min_lat > max_lat:
        raise BadParam("bbox", "minlat is above maxlat")
    if min_lon > max_lon:
        raise BadParam("bbox", "minlon is east of maxlon (boxes across the antimeridian: split them)")
    return min_lon, min_lat, max_lon, max_lat


def parse_choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """One of a closed vocabulary (status, claim), case-insensitive; None when absent."""
    if value is None or not value.strip():
        return None
    norm = value.strip().lower()
    if norm not in allowed:
        raise BadParam(name, f"expected one of {', '.join(allowed)}")
    return norm


def parse_fields(value: str | None) -> tuple[str, ...] | None:
    """A comma-separated subset of record columns (None = the whole record)."""
    if value is None or not value.strip():
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in RECORD_COLUMNS]
    if unknown:
        raise BadParam("fields", f"unknown column(s) {', '.join(unknown)}")
    return tuple(dict.fromkeys([*ID_FIELDS, *names]))


def blank(value: str | None) -> str | None:
    """Empty form fields mean "no filter"."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def event_filter(
    since: date | None = None,
    until: date | None = None,
    bbox: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    event_type: str | None = None,
    actor: str | None = None,
    claim: str | None = None,
    status: str | None = None,
    q: str | None = None,
) -> EventFilter:
    """The store's filter from the API's query parameters."""
    if since and until and since > until:
        raise BadParam("since", "is after until")
    return EventFilter(
        since=since,
        until=until,
        bbox=parse_bbox(bbox),
        country=blank(country),
        admin1=blank(admin1),
        event_type=blank(event_type),
        actor=blank(actor),
        claim=parse_choice("claim", claim, CLAIMS),
        status=parse_choice("status", status, STATUSES),
        text=blank(q),
    )


def project(record: dict, fields: tuple[str, ...] | None) -> dict:
    """The record narrowed to the requested columns."""
    if fields is None:
        return record
    return {k: record[k] for k in fields}
