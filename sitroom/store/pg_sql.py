"""PostgreSQL's SQL dialect for the store and the small row helpers `PostgresStore` uses."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sitroom.model import Event
from sitroom.store.base import EventFilter, SqlDialect, where_clause


def box_line(box: tuple[float, ...] | None) -> tuple[float | None, ...]:
    """The fusion box as the ends of a 3-D line (lon, lat, day); NULLs make a NULL line."""
    if box is None:
        return (None,) * 6
    min_day, max_day, min_lat, max_lat, min_lon, max_lon = box
    return (min_lon, min_lat, min_day, max_lon, max_lat, max_day)


SCREEN_COLUMNS = (
    "event_id_cnty, event_date, time_precision, event_type, plover_type, status,"
    " latitude, longitude, geo_precision, admin1, country"
)


def event_iso3(event: Event) -> str:
    prefix = re.match(r"[A-Z]{3}", event.event_id_cnty or "")
    return prefix.group(0) if prefix else "XXX"


def light_event(row: dict[str, Any]) -> Event:
    """An Event holding only the screened columns (enough for `sitroom.fuse.match.screen`)."""
    return Event(
        event_id_cnty=row["event_id_cnty"], event_date=row["event_date"],
        time_precision=int(row["time_precision"] or 3), event_type=row["event_type"] or "",
        plover_type=row["plover_type"] or "", status=row["status"] or "new",
        latitude=row["latitude"], longitude=row["longitude"],
        geo_precision=int(row["geo_precision"] or 3), admin1=row["admin1"] or "",
        country=row["country"] or "",
    )


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


POSTGRES = SqlDialect(
    mark="%s",
    json_text="record->>'{field}'",
    bbox="geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)",
    iso_dates=False,
)


def where_sql(flt: EventFilter) -> tuple[str, list[Any]]:
    return where_clause(flt, POSTGRES)
