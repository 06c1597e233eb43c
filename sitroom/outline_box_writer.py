"""Write `geo/data/admin1_boxes.csv` (read by `sitroom.outline_boxes`) from the vendored
admin-1 outlines, after they change:

    python -m sitroom.outline_box_writer
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from sitroom.outline_boxes import BOXES, HEADER, Box
from sitroom.outlines import _iso3_by_number, country_units


def computed_boxes() -> Iterator[tuple[int, str, Box]]:
    """(ISO numeric, unit name, (west, south, east, north)) of every vendored admin-1
    outline, countries by ISO number, units in their file's order."""
    for iso in sorted(_iso3_by_number()):
        for name, rings in country_units(iso):
            yield iso, name, rings.box


def write_boxes(path: Path = BOXES) -> int:
    """Write every outline's box to ``path``; returns the number of units."""
    rows = [(iso, name, *map(repr, box)) for iso, name, box in computed_boxes()]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print(f"{write_boxes()} admin-1 outline boxes written to {BOXES}", file=sys.stderr)
