"""Each admin-1 outline's bounding box, worked out once and kept in a data file.

How large a province is (`sitroom.geo.unit_size`) is read from the box around its outline
(`sitroom.outlines.Outline.box`). Getting that box in a running process meant reading the
country's outline file and decoding the unit's arcs: in a cold toponym pass about 2 % of
the CPU, for a figure that changes only when the vendored outlines do. The boxes are
written to ``geo/data/admin1_boxes.csv`` (one row per unit, in the order of its country's
file, each coordinate as Python writes the float, so that it reads back the very same),
by

    python -m sitroom.outline_box_writer

after the outlines change; a test checks the file against the outlines. This module only
reads the file, so `sitroom.outlines` can read its boxes without an import cycle (the
writer decodes the outlines).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from sitroom.errors import ConfigError

BOXES = Path(__file__).resolve().parent / "geo" / "data" / "admin1_boxes.csv"
HEADER = ("iso", "unit", "west", "south", "east", "north")

Box = tuple[float, float, float, float]


@lru_cache(maxsize=1)
def _table() -> dict[int, tuple[tuple[str, Box], ...]]:
    out: dict[int, list[tuple[str, Box]]] = {}
    with open(BOXES, newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        if tuple(next(rows, ())) != HEADER:
            raise ConfigError(
                f"{BOXES}: the header is not {','.join(HEADER)}; rewrite it with python -m sitroom.outline_box_writer"
            )
        for iso, unit, west, south, east, north in rows:
            out.setdefault(int(iso), []).append((unit, (float(west), float(south), float(east), float(north))))
    return {iso: tuple(units) for iso, units in out.items()}


def unit_boxes(iso: int) -> tuple[tuple[str, Box], ...]:
    """Each admin-1 unit of the country (ISO numeric) as its name and the box of its
    outline, in the order of `sitroom.outlines.country_units`; () when none is vendored."""
    return _table().get(iso, ())
