"""Why gold events were missed: bucket a `sitroom eval --dump` file's detection misses.

Detection needs an aligned prediction of the same family with the date within precision
and the place within 50 km (`score.strict_ok`). A gold event that is not detected falls
in one bucket, so each stage's owner sees its share:

- ``place`` / ``date`` / ``place+date``: aligned, but that test failed;
- ``family``: the article's record(s) are of another type family;
- ``taken``: every record of a matching family serves another gold event;
- ``none:statement`` / ``none:background`` / ``none:nothing``: no scored record at all,
  only PLOVER statements, only background, or nothing extracted.

Records that align with no gold event are counted as ``extra`` (beside a hit: a split
incident; alone: a false alarm). Usage: ``python -m sitroom.eval.misses DUMP.jsonl``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from sitroom.eval.gold import parse_date
from sitroom.eval.score import date_ok, gold_families, place_ok, pred_families
from sitroom.model import Event

SCHEMES = {"plover": "plover", "petrarch2": "plover"}
_EVENT_FIELDS = {f.name for f in fields(Event)}


def to_event(record: dict[str, Any]) -> Event:
    """A dumped prediction back as an Event (the fields the scorer reads)."""
    values = {k: v for k, v in record.items() if k in _EVENT_FIELDS}
    if isinstance(values.get("event_date"), str):
        values["event_date"] = parse_date(values["event_date"])
    return Event(**values)


def _gold(g: dict[str, Any]) -> dict[str, Any]:
    out = dict(g)
    for key in ("event_date", "_date_end"):
        if isinstance(out.get(key), str):
            out[key] = date.fromisoformat(out[key][:10])
    out["_dates"] = [date.fromisoformat(d[:10]) if isinstance(d, str) else d
                     for d in out.get("_dates") or []]
    return out


def date_kind(pred: Event, published: str | None) -> str:
    """How a wrong date went wrong: none, the publication day, or another day."""
    if pred.event_date is None:
        return "no date"
    if published and pred.event_date.isoformat() == published[:10]:
        return "publication day"
    return "other day"


def bucket_document(doc: dict[str, Any]) -> Iterator[tuple[str, str, int | None]]:
    """(bucket, detail, gold index or None for an extra record) for one dumped document."""
    scheme = SCHEMES.get(doc["reader"], "acled")
    golds = [_gold(g) for g in doc["gold"]]
    preds = [to_event(p) for p in doc["pred"]]
    scored = set(doc["scored"])
    paired = {p["gold"]: p for p in doc["pairs"]}
    used = {p["pred"] for p in doc["pairs"]}
    for j, g in enumerate(golds):
        if g.get("_optional"):
            continue
        pair = paired.get(j)
        if pair is not None:
            if pair["detected"]:
                continue
            e = preds[pair["pred"]]
            bad = [n for n, ok in (("place", place_ok(e, g)), ("date", date_ok(e, g))) if not ok]
            detail = date_kind(e, doc.get("published")) if "date" in bad else ""
            yield "+".join(bad) or "other", detail, j
            continue
        same = [i for i in scored if pred_families(preds[i], scheme) & gold_families(g, scheme)]
        if same:
            yield "taken", "", j
        elif scored:
            other = ",".join(sorted({preds[i].event_type or "(untyped)" for i in scored}))
            yield "family", f"{g.get('event_type')} -> {other}", j
        else:
            kinds = {p.get("record_kind") if p.get("record_kind") == "statement"
                     else p.get("status") for p in doc["pred"]}
            why = "statement" if "statement" in kinds else "background" if kinds else "nothing"
            yield f"none:{why}", "", j
    beside = "beside a hit" if any(p["detected"] for p in doc["pairs"]) else "alone"
    for _ in scored - used:
        yield "extra", beside, None


def bucket(docs: Iterable[dict[str, Any]]) -> tuple[Counter, Counter, dict[str, list[str]]]:
    """Bucket sizes, (bucket, detail) sizes, and a few document ids per bucket."""
    sizes: Counter = Counter()
    details: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for doc in docs:
        for name, detail, _ in bucket_document(doc):
            sizes[name] += 1
            if detail:
                details[(name, detail)] += 1
            examples.setdefault(name, []).append(str(doc["doc_id"]))
    return sizes, details, examples


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m sitroom.eval.misses DUMP.jsonl [--ids N] "
              "(write DUMP with: sitroom eval GOLD --split dev --dump DUMP.jsonl)")
        return 2
    path = Path(argv[0])
    n_ids = int(argv[argv.index("--ids") + 1]) if "--ids" in argv else 0
    with path.open(encoding="utf-8") as fh:
        sizes, details, examples = bucket(json.loads(line) for line in fh if line.strip())
    for name, n in sizes.most_common():
        print(f"{name:18} {n:5}")
        for (b, detail), m in details.most_common():
            if b == name and m > 1:
                print(f"    {detail:40} {m:5}")
        if n_ids:
            print("    ids:", " ".join(examples[name][:n_ids]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
