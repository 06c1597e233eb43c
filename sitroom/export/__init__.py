"""Exports in the formats analysts already load: ACLED CSV (`acled`), GeoJSON (`geo`), JSON
lines, every record column as CSV, and a table for the terminal."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from sitroom.export.acled import ACLED_CSV_COLUMNS, is_acled_event, write_acled_csv
from sitroom.export.geo import UNPLACED, geojson, write_geojson
from sitroom.model import RECORD_COLUMNS, Event

__all__ = [
    "ACLED_CSV_COLUMNS", "FORMATS", "UNPLACED", "format_for_path", "geojson", "is_acled_event",
    "render_table", "write_acled_csv", "write_csv", "write_geojson", "write_jsonl",
]

#: The table shows the evidence sentence, cut to this length; `show` and jsonl give it whole.
SENTENCE_CHARS = 220

FORMATS = ("table", "jsonl", "csv", "acled-csv", "geojson")

#: What `sitroom export FILE` writes when no --format is given, by the file's extension.
EXTENSIONS = {
    ".csv": "acled-csv", ".geojson": "geojson", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "geojson",
}


def format_for_path(path: str) -> str | None:
    """The export format a file name asks for (`events.geojson` → geojson), or None."""
    from pathlib import PurePath

    return EXTENSIONS.get(PurePath(path).suffix.lower())


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    """Every record column, ACLED's then sitroom's; evidence as one JSON cell (use acled-csv
    for plain cells)."""
    writer = csv.DictWriter(out, fieldnames=list(RECORD_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        row = event.to_record()
        row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in RECORD_COLUMNS})
        n += 1
    return n


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
        n += 1
    return n


def render_table(events: list[Event], title: str = "") -> Any:
    """A rich Table an analyst can read at a glance; the evidence sentence closes each row."""
    from rich.table import Table

    table = Table(title=title or None, show_lines=True, expand=True)
    for name, kw in (
        ("date", {"no_wrap": True, "min_width": 15}), ("type", {"max_width": 24}),
        ("actors", {"max_width": 30}), ("where", {"max_width": 26}),
        ("dead", {"justify": "right", "max_width": 4}), ("status", {"max_width": 10}),
        ("claim / by", {"max_width": 22}), ("sentence", {"min_width": 40, "ratio": 1}),
    ):
        table.add_column(name, **kw)
    for e in events:
        when = f"{e.event_date or '?'} (p{e.time_precision})"
        kind = " / ".join(x for x in (e.sub_event_type or e.event_type, e.plover_type) if x)
        actors = " → ".join(x for x in (e.actor1, e.actor2) if x)
        where = ", ".join(x for x in (e.location, e.admin1, e.country) if x)
        if where:
            where += f" (p{e.geo_precision})"
        claim = e.claim + (f"\n{e.attributed_to}" if e.attributed_to else "")
        sentence = e.evidence.get("notes")
        text = " ".join((sentence.text if sentence else e.notes).split())
        if len(text) > SENTENCE_CHARS:
            text = text[: SENTENCE_CHARS - 1] + "…"
        table.add_row(
            f"{e.event_id_cnty}\n{when}" if e.event_id_cnty else when,
            kind, actors, where, str(e.fatalities), e.status, claim, text,
        )
    return table
