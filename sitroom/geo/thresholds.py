"""The geo rules' distances and sizes, read once from the versioned ``data/thresholds.yaml``
(numbers that are tuning live beside the code as data, not as Python literals).

The file's ``build:`` section holds the numbers a gazetteer build reads: they are a build
input (`sitroom.geo.build.input_digest` hashes them), the others are read at run time."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from sitroom import yamlio

DATA = Path(__file__).parent / "data" / "thresholds.yaml"
BUILD = "build"


@lru_cache(maxsize=1)
def _raw() -> dict:
    return yamlio.safe_load(DATA.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    return {k: float(v) for k, v in _raw().items() if k not in ("version", BUILD)}


def threshold(name: str) -> float:
    """One named threshold; a missing name is a broken data file, so it raises KeyError."""
    return _table()[name]


def build_threshold(name: str) -> float:
    """One named threshold of a gazetteer build (the file's ``build:`` section)."""
    return float(_raw()[BUILD][name])


def build_digest() -> str:
    """The build section's numbers as text: what `input_digest` hashes of this file (a
    run-time threshold edited does not make a built gazetteer stale)."""
    return json.dumps(_raw().get(BUILD, {}), sort_keys=True)
