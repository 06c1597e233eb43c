"""PLOVER gold standard records and the PETRARCH2 validation sentences, as PLOVER types.

The PLOVER records use draft 0.5b1 types; current PLOVER folded FIGHT into ASSAULT (or
COERCE), renamed DEMAND → REQUEST and DISAPPROVE → ACCUSE, and made INVESTIGATE a mode
of ACCUSE. `data/families.yaml` holds that mapping, and the report says it was applied.
PETRARCH2's CAMEO codes become PLOVER through the official CAMEO2PLOVER-2021 table,
read from the gold folder (it is not part of sitroom). Codes the table does not map
(01 statements, 02 appeals) are not events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitroom.errors import InputError
from sitroom.eval.gold import GoldDocument, id_digits, parse_date, reader, split_of, to_int
from sitroom.eval.metrics import plover_current
from sitroom.eval.readers._files import files

CAMEO_TABLE = "CAMEO2PLOVER-2021.txt"
PLOVER_NOTE = (
    "PLOVER draft 0.5b1 → current: FIGHT→ASSAULT|COERCE, DEMAND→REQUEST, "
    "DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE"
)


def _json_list(path: Path) -> list:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _plover_files(path: Path) -> list[Path]:
    return [p for p in files(path, ".json") if _looks_plover(_json_list(p))]


def _looks_plover(data: list) -> bool:
    return any(isinstance(d, dict) and "event" in d and "version" in d for d in data[:5])


def _petrarch_files(path: Path) -> list[Path]:
    return [
        p
        for p in files(path, ".json")
        if any(isinstance(d, dict) and "codings" in d for d in _json_list(p)[:5])
    ]


@reader(
    "plover",
    recognizes=lambda p: bool(_plover_files(p)),
    fields=("plover_type", "fatalities"),
    note=PLOVER_NOTE,
)
def read_plover(path: Path) -> Iterator[GoldDocument]:
    for json_path in _plover_files(path):
        for rec in _json_list(json_path):
            text, number = (rec.get("text") or "").strip(), id_digits(rec.get("id", ""))
            types = plover_current(str(rec.get("event", "")))
            if not text or number is None or not types:
                continue
            event = {"_plover_types": types, "fatalities": to_int(rec.get("dead"))}
            loc = rec.get("eventLoc") or {}
            if isinstance(loc, dict) and loc.get("name"):
                event["location"] = loc["name"]
            yield GoldDocument(
                text=text,
                published=None,  # the records carry a 2000-01-01 placeholder, not a date
                source=str(rec.get("publication") or "PLOVER GSR"),
                events=[event],
                split=split_of(number),
                doc_id=str(rec.get("id")),
                scheme="plover",
                doc_labels=tuple(types),
                meta={"draft_type": rec.get("event"), "mode": rec.get("mode")},
            )


def find_cameo_table(path: Path) -> Path | None:
    """CAMEO2PLOVER-2021.txt beside the file, in its folder, or in a sibling gold folder."""
    folder = path if path.is_dir() else path.parent
    for candidate in (folder / CAMEO_TABLE, *sorted(folder.parent.glob(f"*/{CAMEO_TABLE}"))):
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=4)
def cameo_table(table: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type; the first line for a code wins (roots come first)."""
    out: dict[str, str] = {}
    for line in table.read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    return out


def cameo_to_plover(code: str, table: dict[str, str]) -> str:
    """The most specific mapped prefix of a CAMEO code ('' when none maps)."""
    code = code.strip()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return ""


@reader(
    "petrarch2",
    recognizes=lambda p: bool(_petrarch_files(p)),
    fields=("plover_type",),
    note="PETRARCH2 GSR CAMEO codes → PLOVER via CAMEO2PLOVER-2021",
)
def read_petrarch(path: Path) -> Iterator[GoldDocument]:
    table_path = find_cameo_table(path)
    if table_path is None:
        raise InputError(f"{CAMEO_TABLE} not found near {path}: put it beside the PLOVER gold files")
    table = cameo_table(table_path)
    for json_path in _petrarch_files(path):
        for number, rec in enumerate(_json_list(json_path), start=1):
            text = (rec.get("text") or "").strip()
            if not text:
                continue
            types: list[str] = []
            for coding in rec.get("codings") or []:
                plover = cameo_to_plover(str(coding.get("eventcode", "")), table)
                if plover and plover not in types:
                    types.append(plover)
            when: date | None = parse_date(rec.get("date"))
            yield GoldDocument(
                text=text,
                published=when,
                source=str(rec.get("category") or "PETRARCH2 GSR"),
                events=[{"_plover_types": [t]} for t in types],
                split=split_of(number),
                doc_id=str(rec.get("id") or number),
                scheme="plover",
                doc_labels=tuple(types),
            )
