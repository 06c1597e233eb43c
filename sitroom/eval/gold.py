"""Gold documents and the registry of readers that produce them.

Every gold set, whatever its format, becomes a stream of `GoldDocument`: the text the
pipeline reads, its publication date, and the events a coder found in it, written as
dicts of ACLED columns. Keys that start with ``_`` carry gold-only hints the scorer
understands (``_family``, ``_plover_types``, ``_date_end``); see `sitroom.eval.score`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

SPLITS = ("dev", "test")


@dataclass
class GoldDocument:
    """One text with the events a human coded in it."""

    text: str
    published: date | None
    source: str
    events: list[dict[str, Any]]
    split: str
    doc_id: str = ""
    reader: str = ""
    #: "acled" (families = disorder types) or "plover" (families = PLOVER quad classes)
    scheme: str = "acled"
    #: labels the whole text may carry (CASE, PLOVER; first = canonical); () = "no event"
    doc_labels: tuple[str, ...] | None = None
    #: families the gold covers exhaustively (None = all); other predictions are not scored
    scope: frozenset[str] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: what `sample_key` hashes when it is not the doc_id (kept so `--limit` samples stay put)
    sample_id: str = ""


@dataclass(frozen=True)
class Reader:
    """A named gold format: `recognizes(path)` says if it can read a file or folder."""

    name: str
    recognizes: Callable[[Path], bool]
    read: Callable[[Path], Iterator[GoldDocument]]
    #: gold fields this reader provides, so the scorer leaves the others out
    fields: tuple[str, ...]
    note: str = ""


_READERS: dict[str, Reader] = {}


def reader(
    name: str, recognizes: Callable[[Path], bool], fields: Iterable[str], note: str = ""
) -> Callable[[Callable[[Path], Iterator[GoldDocument]]], Callable[[Path], Iterator[GoldDocument]]]:
    """Register a gold reader (decorator over its ``read(path)`` function)."""

    def register(
        read: Callable[[Path], Iterator[GoldDocument]],
    ) -> Callable[[Path], Iterator[GoldDocument]]:
        _READERS[name] = Reader(name, recognizes, read, tuple(fields), note)
        return read

    return register


def readers() -> dict[str, Reader]:
    """All registered readers (importing the bundled ones on first use)."""
    import sitroom.eval.readers  # noqa: F401  (registers the bundled readers)

    return dict(_READERS)


def readers_for(path: Path) -> list[tuple[Reader, Path]]:
    """Readers that recognize ``path`` itself, and those that recognize each subfolder."""
    found = [(r, path) for r in readers().values() if r.recognizes(path)]
    if not path.is_dir():
        return found
    for child in sorted(p for p in path.iterdir() if p.is_dir()):
        found.extend((r, child) for r in readers().values() if r.recognizes(child))
    return found


def split_of(record_id: int) -> str:
    """The project-wide split rule: odd ids are dev, even ids are test."""
    return "dev" if record_id % 2 else "test"


def id_digits(value: str) -> int | None:
    """The integer inside an id such as ``YEM52360`` or ``8188RTA`` (None when there is none)."""
    digits = re.findall(r"\d+", str(value or ""))
    return int("".join(digits)) if digits else None


_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%Y%m%d", "%d %b %Y")


def parse_date(value: str | None) -> date | None:
    """Dates as gold sets write them (``9-May-20``, ``21 March 2020``, ``2016-07-02``)."""
    text = str(value or "").strip()
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def to_float(value: Any) -> float | None:
    try:
        out = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return out if out == out else None  # NaN → None


def to_int(value: Any) -> int | None:
    number = to_float(value)
    return int(number) if number is not None else None


def sample_key(doc: GoldDocument) -> str:
    """A stable pseudo-random order, so `--limit N` takes a spread of the set, not its head."""
    return hashlib.sha1(f"{doc.reader}:{doc.sample_id or doc.doc_id}".encode()).hexdigest()


def load(
    path: Path, split: str | None = None, limit: int | None = None, names: Iterable[str] = ()
) -> dict[str, list[GoldDocument]]:
    """Gold documents per reader for ``path`` (a file, a set's folder or the folder of sets)."""
    wanted = set(names)
    out: dict[str, list[GoldDocument]] = {}
    for rdr, where in readers_for(path):
        if wanted and rdr.name not in wanted:
            continue
        docs = [d for d in rdr.read(where) if split is None or d.split == split]
        for d in docs:
            d.reader = rdr.name
        if limit is not None:
            docs = sorted(docs, key=sample_key)[:limit]
        out.setdefault(rdr.name, []).extend(docs)
    return out
