"""Exports in the formats analysts already load: ACLED CSV, GeoJSON, JSON lines, and a table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from sitroom.model import ACLED_COLUMNS, RECORD_COLUMNS, Event

#: The table shows the evidence sentence, cut to this length; `show` and jsonl give it whole.
SENTENCE_CHARS = 220

FORMATS = ("table", "jsonl", "csv", "acled-csv", "geojson")


def acled_date(event: Event) -> str:
    """ACLED's own export spelling of a date: `21 April 2024`."""
    d = event.event_date
    return f"{d.day} {d.strftime('%B %Y')}" if d else ""


def write_acled_csv(events: Iterable[Event], out: IO[str], sitroom_columns: bool = True) -> int:
    """ACLED's columns in ACLED's order (then sitroom's, unless turned off)."""
    columns = list(RECORD_COLUMNS if sitroom_columns else ACLED_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        row = event.to_record()
        row["event_date"] = acled_date(event)
        row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in columns})
        n += 1
    return n


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    """Like ACLED CSV but with ISO dates, which spreadsheets and pandas read without help."""
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


def geojson(events: Iterable[Event]) -> dict[str, Any]:
    """A FeatureCollection of the events that have coordinates (others are counted, not drawn)."""
    features = []
    skipped = 0
    for event in events:
        if event.latitude is None or event.longitude is None:
            skipped += 1
            continue
        props = event.to_record()
        props.pop("latitude")
        props.pop("longitude")
        features.append(
            {
                "type": "Feature",
                "id": event.event_id_cnty or None,
                "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features, "sitroom": {"without_coordinates": skipped}}


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    doc = geojson(events)
    json.dump(doc, out, ensure_ascii=False)
    out.write("\n")
    return len(doc["features"])


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
