"""CASE 2021 task 2: news snippets labelled with ACLED sub-event types.

Labels map to ACLED names through `data/case2021_labels.yaml`. The task's extra classes
(organized crime, disasters, diplomacy, claims of responsibility) are not ACLED events:
such a snippet has no gold event, so any event the pipeline finds there is a false one.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from sitroom.errors import InputError
from sitroom.eval.gold import GoldDocument, reader, split_of, to_int
from sitroom.eval.readers._files import files

COLUMNS = ("id", "EventSnippet", "SubType")


@lru_cache(maxsize=1)
def labels() -> dict:
    text = resources.files("sitroom.eval").joinpath("data/case2021_labels.yaml")
    return yaml.safe_load(text.read_text("utf-8"))


def _tsv_files(path: Path) -> list[Path]:
    out = []
    for p in files(path, ".tsv"):
        with p.open(encoding="utf-8") as fh:
            if tuple(fh.readline().rstrip("\n").split("\t")) == COLUMNS:
                out.append(p)
    return out


def gold_for(label: str) -> tuple[list[dict[str, str]], tuple[str, ...]]:
    """(gold events, accepted document labels) for one CASE label."""
    table = labels()
    if label in table["acled"]:
        event_type, sub_event_type = table["acled"][label]
        return [{"event_type": event_type, "sub_event_type": sub_event_type}], (sub_event_type,)
    if label in table["no_event"]:
        return [], ()
    raise InputError(f"unknown CASE 2021 label {label!r}: add it to case2021_labels.yaml")


@reader(
    "case2021",
    recognizes=lambda p: bool(_tsv_files(p)),
    fields=("event_type", "sub_event_type"),
    note="CASE 2021 task 2 snippets; non-ACLED classes expect no event",
)
def read_case(path: Path) -> Iterator[GoldDocument]:
    for tsv in _tsv_files(path):
        with tsv.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                number = to_int(row.get("id"))
                text = (row.get("EventSnippet") or "").strip()
                if number is None or not text:
                    continue
                events, accepted = gold_for(row["SubType"].strip())
                yield GoldDocument(
                    text=text,
                    published=None,
                    source="CASE 2021",
                    events=events,
                    split=split_of(number),
                    doc_id=str(number),
                    doc_labels=accepted,
                    meta={"label": row["SubType"].strip()},
                )
