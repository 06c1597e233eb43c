"""UCDP GED events: the source headline(s) are the text; coordinates, dates and deaths gold.

The export's first data row holds HXL tags (``#date+year``...), not data, and is skipped.
One headline often stands for several GED events (a weekly toll), so events that share
the same headline become one document with several gold events. A row may list several
headlines separated by ``;``; they are joined as sentences.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitroom.eval.gold import GoldDocument, parse_date, reader, split_of, to_float, to_int
from sitroom.eval.readers._files import any_file, csv_rows, files

NEEDED = {"source_headline", "date_start", "date_end", "latitude", "longitude", "best"}
VIOLENCE = frozenset({"political_violence"})

#: UCDP date_prec (1 day, 2 2–6 days, 3 week, 4 month, 5 year) → ACLED time_precision.
DATE_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}


def is_hxl(row: dict[str, str]) -> bool:
    return any(str(v or "").startswith("#") for v in row.values())


def headline_text(raw: str) -> str:
    """Distinct headlines as sentences; URLs and empty parts dropped."""
    parts: list[str] = []
    for part in raw.split(";"):
        part = " ".join(part.split())
        if part and not part.lower().startswith(("http://", "https://")) and part not in parts:
            parts.append(part)
    return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in parts)


def published(row: dict[str, str]) -> date | None:
    dates = [parse_date(d) for d in (row.get("source_date") or "").split(";")]
    dates = [d for d in dates if d and d.year >= 1900]
    return max(dates) if dates else parse_date(row.get("date_end"))


def gold_event(row: dict[str, str]) -> dict[str, Any]:
    return {
        "_family": "political_violence",
        "event_date": parse_date(row.get("date_start")),
        "_date_end": parse_date(row.get("date_end")),
        "time_precision": DATE_PRECISION.get(to_int(row.get("date_prec")) or 1, 3),
        "latitude": to_float(row.get("latitude")),
        "longitude": to_float(row.get("longitude")),
        "fatalities": to_int(row.get("best")),
        "location": (row.get("where_coordinates") or "").strip(),
        "admin1": (row.get("adm_1") or "").strip(),
        "country": (row.get("country") or "").strip(),
        "actor1": (row.get("side_a") or "").strip(),
        "actor2": (row.get("side_b") or "").strip(),
    }


@reader(
    "ucdp",
    recognizes=lambda p: any_file(p, ".csv", NEEDED),
    fields=("latitude", "longitude", "event_date", "fatalities"),
    note="UCDP GED: headline → coordinates, date range, best deaths (violence family only)",
)
def read_ucdp(path: Path) -> Iterator[GoldDocument]:
    groups: dict[str, list[dict[str, str]]] = {}
    for csv_path in files(path, ".csv"):
        for row in csv_rows(csv_path):
            if is_hxl(row) or to_int(row.get("id")) is None:
                continue
            text = headline_text(row.get("source_headline") or "")
            if text:
                groups.setdefault(text, []).append(row)
    for text, rows in groups.items():
        first = min(to_int(r["id"]) or 0 for r in rows)
        dates = [d for d in (published(r) for r in rows) if d]
        yield GoldDocument(
            text=text,
            published=max(dates) if dates else None,
            source=(rows[0].get("source_office") or "UCDP").split(";")[0].strip(),
            events=[gold_event(r) for r in rows],
            split=split_of(first),
            doc_id=str(first),
            scope=VIOLENCE,
        )
