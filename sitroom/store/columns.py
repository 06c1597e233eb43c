"""The events table's typed columns, shared by the SQLite and PostgreSQL stores.

Every scalar field of the record is a real column (numbers and codes as INTEGER/REAL, so
`ORDER BY fatalities` sorts numbers), keyed by `event_id_cnty` as in ACLED; the whole record
(with its evidence spans) is kept as JSON beside them. The `acled` view shows exactly ACLED's
columns, in ACLED's order, for the new events ACLED would code.
"""

from __future__ import annotations

from sitroom.model import ACLED_COLUMNS, RECORD_COLUMNS

KEY = "event_id_cnty"

INTEGER = frozenset({
    "year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
    "fatalities", "timestamp", "fatalities_low", "fatalities_high", "injuries",
})
REAL = frozenset({"latitude", "longitude", "confidence"})
DATE = frozenset({"event_date"})

#: The events table's columns besides the key, in record order (ACLED's, then sitroom's).
EVENT_COLUMNS: tuple[str, ...] = tuple(c for c in RECORD_COLUMNS if c not in (KEY, "evidence"))


def kind(column: str) -> str:
    """integer, real, date or text."""
    if column in INTEGER:
        return "integer"
    if column in REAL:
        return "real"
    return "date" if column in DATE else "text"


def sqlite_type(column: str) -> str:
    """SQLite keeps dates as ISO text (they sort and compare as dates)."""
    return {"integer": "INTEGER", "real": "REAL", "date": "TEXT", "text": "TEXT"}[kind(column)]


#: Rows the `acled` view shows: new events that ACLED would code (no statements, no
#: background events recalled from years before).
ACLED_WHERE = "record_kind = 'event' AND event_type <> '' AND status = 'new'"


def acled_view_sql() -> str:
    """CREATE VIEW acled: ACLED's columns in ACLED's order (the same SQL for both stores)."""
    return f"CREATE VIEW acled AS SELECT {', '.join(ACLED_COLUMNS)} FROM events WHERE {ACLED_WHERE}"
