"""ACLED-ready CSV: ACLED's columns in ACLED's order, ISO dates, plain cells that load beside
a real ACLED export in pandas or QGIS without cleaning."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

from sitroom.model import ACLED_COLUMNS, RECORD_COLUMNS, Event

#: ACLED's columns, then the two its older exports carry and analysts join on.
ACLED_CSV_COLUMNS: tuple[str, ...] = (*ACLED_COLUMNS, "event_id_no_cnty", "iso3")

#: Evidence columns (`--with-evidence`) hold the cited text of the article, one per field.
EVIDENCE_PREFIX = "evidence_"

_DIGITS = re.compile(r"(\d+)$")


def is_acled_event(event: Event) -> bool:
    """An event ACLED would code (`Event.is_acled_event`): statements stay out."""
    return event.is_acled_event


def event_id_no_cnty(event_id: str) -> int | None:
    """The number in an id like IRQ12 → 12, as ACLED's `event_id_no_cnty`."""
    m = _DIGITS.search(event_id or "")
    return int(m.group(1)) if m else None


@lru_cache(maxsize=512)
def iso3_of(numeric: int) -> str:
    """ISO 3166 alpha-3 for ACLED's numeric `iso` (0 or unknown → '')."""
    if not numeric:
        return ""
    import pycountry

    country = pycountry.countries.get(numeric=f"{int(numeric):03d}")
    return country.alpha_3 if country else ""


def acled_row(event: Event) -> dict[str, Any]:
    """One CSV row: ISO date, numbers as numbers, blanks for unknowns, no JSON."""
    record = event.to_record()
    row = {name: record.get(name) for name in ACLED_COLUMNS}
    row["event_date"] = event.event_date.isoformat() if event.event_date else ""
    row["iso"] = event.iso or ""
    row["event_id_no_cnty"] = event_id_no_cnty(event.event_id_cnty)
    row["iso3"] = iso3_of(event.iso)
    return {k: "" if v is None else v for k, v in row.items()}


def evidence_columns(events: Iterable[Event]) -> list[str]:
    """`evidence_<field>` for every field cited in any of the events, in record order."""
    cited = {name for e in events for name in e.evidence}
    return [EVIDENCE_PREFIX + c for c in RECORD_COLUMNS if c in cited]


def write_acled_csv(events: Iterable[Event], out: IO[str], with_evidence: bool = False) -> int:
    """ACLED's columns + `event_id_no_cnty`, `iso3`; with_evidence adds the cited sentences'
    text as plain columns. Returns the number of rows written."""
    items = list(events)
    columns = list(ACLED_CSV_COLUMNS)
    extra = evidence_columns(items) if with_evidence else []
    writer = csv.DictWriter(out, fieldnames=columns + extra, lineterminator="\n")
    writer.writeheader()
    for event in items:
        row = acled_row(event)
        for column in extra:
            span = event.evidence.get(column[len(EVIDENCE_PREFIX):])
            row[column] = " ".join(span.text.split()) if span else ""
        writer.writerow(row)
    return len(items)
