"""The user's own gold: JSON lines ``{"article", "published", "source"?, "events": [...]}``.

Events are dicts of ACLED columns. A line's ``id`` (or else its 1-based line number)
decides the split like everywhere else: odd → dev, even → test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sitroom.eval.gold import GoldDocument, id_digits, parse_date, reader, split_of
from sitroom.eval.readers._files import files
from sitroom.eval.readers.acled import FIELDS as ACLED_FIELDS

#: The ACLED reader's fields, plus the PLOVER type a user's own gold may carry.
FIELDS = (*ACLED_FIELDS, "plover_type")


def _is_gold_line(line: str) -> bool:
    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return isinstance(rec, dict) and "article" in rec and "events" in rec


def _jsonl_files(path: Path) -> list[Path]:
    out = []
    for p in files(path, ".jsonl"):
        with p.open(encoding="utf-8") as fh:
            first = next((ln for ln in fh if ln.strip()), "")
        if _is_gold_line(first):
            out.append(p)
    return out


@reader(
    "jsonl",
    recognizes=lambda p: bool(_jsonl_files(p)),
    fields=FIELDS,
    note="user gold: {article, published, source?, events:[ACLED columns]} per line",
)
def read_jsonl(path: Path) -> Iterator[GoldDocument]:
    for jsonl in _jsonl_files(path):
        with jsonl.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                ident = id_digits(str(rec.get("id", ""))) if rec.get("id") is not None else None
                ident = number if ident is None else ident
                events = [dict(e) for e in rec.get("events") or []]
                yield GoldDocument(
                    text=str(rec["article"]),
                    published=parse_date(rec.get("published")),
                    source=str(rec.get("source") or ""),
                    events=events,
                    split=split_of(ident),
                    doc_id=str(rec.get("id", number)),
                )
