"""File helpers shared by the readers: CSV headers and which files a folder holds."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

csv.field_size_limit(1 << 24)


def csv_header(path: Path) -> list[str]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            return next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError):
        return []


def files(path: Path, suffix: str) -> list[Path]:
    """``path`` itself when it is such a file, else the folder's files with that suffix."""
    if path.is_file():
        return [path] if path.name.endswith(suffix) else []
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(suffix))
    return []


def csv_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        yield from csv.DictReader(fh)


def any_file(path: Path, suffix: str, needed: set[str]) -> bool:
    """True when some file with ``suffix`` has a header holding all ``needed`` columns."""
    return any(needed <= set(csv_header(p)) for p in files(path, suffix))
