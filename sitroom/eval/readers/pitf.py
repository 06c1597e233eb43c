"""PITF Worldwide Atrocities: wire-text descriptions of attacks on civilians.

Gold gives place (locality, coordinates), start date and deaths, not ACLED types, so a
gold event is any political-violence event, and predictions of other families (a protest
mentioned in passing) are outside what PITF codes and are not scored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitroom.eval.gold import GoldDocument, reader, split_of, to_float, to_int
from sitroom.eval.readers._files import any_file, csv_rows, files

NEEDED = {"description", "start_day", "start_month", "start_year", "deaths_number"}
VIOLENCE = frozenset({"political_violence"})


def start_date(row: dict[str, str]) -> tuple[date | None, int]:
    """The incident's start date and its ACLED time_precision (3 when the day is missing)."""
    year, month, day = (to_int(row.get(k)) for k in ("start_year", "start_month", "start_day"))
    if not year or not month:
        return None, 3
    try:
        return (date(year, month, day), 1) if day else (date(year, month, 1), 3)
    except ValueError:
        return None, 3


def description(row: dict[str, str]) -> str:
    """The row's wire text, whitespace joined; quotes the export escaped (a backslash before
    a double quote) read as plain quotes, so that no name ends in a backslash."""
    return " ".join((row.get("description") or "").replace('\\"', '"').split())


@reader(
    "pitf",
    recognizes=lambda p: any_file(p, ".csv", NEEDED),
    fields=("latitude", "longitude", "event_date", "fatalities"),
    note="PITF atrocities: description → place, date, deaths (violence family only)",
)
def read_pitf(path: Path) -> Iterator[GoldDocument]:
    seen: set[str] = set()
    for csv_path in files(path, ".csv"):
        for number, row in enumerate(csv_rows(csv_path), start=1):
            text = description(row)
            if not text or text in seen or not set(row) >= NEEDED:
                continue
            seen.add(text)
            when, precision = start_date(row)
            event = {
                "_family": "political_violence",
                "event_date": when,
                "time_precision": precision,
                "latitude": to_float(row.get("latitude")),
                "longitude": to_float(row.get("longitude")),
                "fatalities": to_int(row.get("deaths_number")),
                "location": (row.get("locality") or "").strip(),
                "country": (row.get("country") or "").strip(),
            }
            yield GoldDocument(
                text=text,
                published=when,
                source=(row.get("primary_source") or "PITF").strip(),
                events=[event],
                split=split_of(number),
                doc_id=f"{csv_path.stem}:{number}",
                scope=VIOLENCE,
            )
