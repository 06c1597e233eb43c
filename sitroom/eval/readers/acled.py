"""ACLED exports: each row's coder `notes` is the text, the row is the gold event.

Rows that share the same notes (ACLED splits one report into several events) become one
document with several gold events. Both the current schema and the older Africa schema
(`ally_actor_1`, `gwno`, pre-2019 event types such as "Battle-No change of territory")
are read; the old types are mapped by `data/acled_legacy_types.yaml`. A folder's files
may overlap (a regional subset of a global export), so rows are deduplicated by id. A
document's id is its first row's ``event_id_cnty``: the bare number repeats across countries.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitroom.eval.gold import (
    GoldDocument,
    id_digits,
    parse_date,
    reader,
    split_of,
    to_float,
    to_int,
)
from sitroom.eval.readers._files import any_file, csv_rows, files

NEEDED = {"notes", "event_type", "event_date", "actor1"}
FIELDS = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "latitude",
    "longitude",
    "event_date",
    "fatalities",
)


@lru_cache(maxsize=1)
def legacy_types() -> dict[str, dict[str, str]]:
    text = resources.files("sitroom.eval").joinpath("data/acled_legacy_types.yaml")
    return yaml.safe_load(text.read_text("utf-8"))


def current_types(row: dict[str, str]) -> tuple[str, str]:
    """(event_type, sub_event_type) in the current taxonomy, whichever schema the row uses."""
    old = legacy_types().get(row.get("event_type", "").strip())
    if "sub_event_type" in row or old is None:
        return row.get("event_type", "").strip(), row.get("sub_event_type", "").strip()
    event_type = old["event_type"]
    if old.get("rioters_event_type") and to_int(row.get("inter1")) == 5:
        event_type = old["rioters_event_type"]
    return event_type, old.get("sub_event_type", "")


def row_id(row: dict[str, str]) -> int | None:
    return to_int(row.get("event_id_no_cnty")) or id_digits(row.get("event_id_cnty", ""))


def doc_id(rows: list[dict[str, str]]) -> str:
    """The document's id: its first row's ``event_id_cnty`` ('AFG44631'), unique across
    countries where the bare number (one count per country) is not."""
    first = min((r for r in rows if row_id(r) is not None), key=lambda r: row_id(r) or 0)
    return (first.get("event_id_cnty") or "").strip() or str(row_id(first))


def gold_event(row: dict[str, str]) -> dict[str, Any]:
    """The row as ACLED columns, typed (dates as `date`, coordinates as floats)."""
    event_type, sub_event_type = current_types(row)
    out: dict[str, Any] = {k: (v or "").strip() for k, v in row.items() if k}
    out.update(
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=parse_date(row.get("event_date")),
        time_precision=to_int(row.get("time_precision")) or 1,
        latitude=to_float(row.get("latitude")),
        longitude=to_float(row.get("longitude")),
        fatalities=to_int(row.get("fatalities")),
        assoc_actor_1=(row.get("assoc_actor_1") or row.get("ally_actor_1") or "").strip(),
        assoc_actor_2=(row.get("assoc_actor_2") or row.get("ally_actor_2") or "").strip(),
    )
    return out


def _unique_rows(path: Path) -> Iterator[dict[str, str]]:
    seen: set[str] = set()
    for csv_path in files(path, ".csv"):
        for row in csv_rows(csv_path):
            key = row.get("event_id_cnty") or row.get("data_id") or row.get("notes", "")
            if key in seen or not (row.get("notes") or "").strip():
                continue
            seen.add(key)
            yield row


@reader(
    "acled",
    recognizes=lambda p: any_file(p, ".csv", NEEDED),
    fields=FIELDS,
    note="ACLED notes → the coded row (old Africa schema mapped to current types); "
    "published = event_date, so date scores are an upper bound",
)
def read_acled(path: Path) -> Iterator[GoldDocument]:
    groups: dict[str, list[dict[str, str]]] = {}
    for row in _unique_rows(path):
        if set(row) >= NEEDED:
            groups.setdefault(" ".join(row["notes"].split()), []).append(row)
    for text, rows in groups.items():
        ids = [i for i in (row_id(r) for r in rows) if i is not None]
        if not ids:
            continue
        events = [gold_event(r) for r in rows]
        dates = [e["event_date"] for e in events if e["event_date"]]
        yield GoldDocument(
            text=text,
            published=max(dates) if dates else None,
            source=rows[0].get("source", "").strip(),
            events=events,
            split=split_of(min(ids)),
            doc_id=doc_id(rows),
            sample_id=str(min(ids)),
        )
