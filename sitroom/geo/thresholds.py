"""The geo rules' distances and sizes, read once from the versioned ``data/thresholds.yaml``
(numbers that are tuning live beside the code as data, not as Python literals)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sitroom import yamlio

DATA = Path(__file__).parent / "data" / "thresholds.yaml"


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    raw = yamlio.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return {k: float(v) for k, v in raw.items() if k != "version"}


def threshold(name: str) -> float:
    """One named threshold; a missing name is a broken data file, so it raises KeyError."""
    return _table()[name]
