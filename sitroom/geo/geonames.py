"""`sitroom gazetteer import`: add a full GeoNames dump (village-level places) to the gazetteer.

Rows replace same-id rows; admin names come from the gazetteer's admin table and from the
dump's own ADM rows.
"""

from __future__ import annotations

import io
import sqlite3
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from sitroom.geo import build_memo
from sitroom.geo.build import Row, default_path, insert_rows
from sitroom.geo.build_names import written_names
from sitroom.geo.build_spellings import write_spellings
from sitroom.geo.normalize import ascii_fold

GEONAMES_COLUMNS = 19


def _geonames_lines(file: Path) -> Iterator[str]:
    """Lines of a GeoNames dump: a .txt, or the .txt inside a .zip (streamed, not extracted)."""
    if file.suffix.lower() == ".zip":
        with zipfile.ZipFile(file) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            for member in members:
                with zf.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(file, encoding="utf-8") as fh:
            yield from fh


def parse_geonames_line(line: str) -> list[str] | None:
    f = line.rstrip("\n").split("\t")
    return f if len(f) == GEONAMES_COLUMNS and f[0].isdigit() else None


def import_geonames(file: Path, path: Path | None = None, quiet: bool = False) -> int:
    """Add (or replace by GeoNames id) every row of a GeoNames dump in the gazetteer.

    Admin names come from the gazetteer's admin table and from ADM rows in the dump
    itself (two passes over the file).
    """
    path = Path(path or default_path())
    con = sqlite3.connect(path)
    admin = {(cc, code): name for cc, code, name in con.execute("SELECT cc, code, name FROM admin")}
    for line in _geonames_lines(file):
        f = parse_geonames_line(line)
        if f and f[6] == "A" and f[7] in ("ADM1", "ADM2", "ADM3"):
            level = int(f[7][-1])
            code = ".".join(f[10 : 10 + level])
            admin[(f[8], code)] = ascii_fold(f[2] or f[1]).strip()
    con.executemany(
        "INSERT OR REPLACE INTO admin VALUES (?, ?, ?, ?, NULL)",
        [(cc, code, code.count(".") + 1, name) for (cc, code), name in admin.items()],
    )

    def rows() -> Iterator[Row]:
        for line in _geonames_lines(file):
            f = parse_geonames_line(line)
            if not f:
                continue
            cc, a1, a2, a3 = f[8], f[10], f[11], f[12]
            fclass, fcode = f[6] or "", f[7] or ""
            precision = (
                3
                if fcode in ("ADM1", "PCLI", "PCL") or fcode.startswith("PCL")
                else (2 if fcode == "ADM2" else 1)
            )
            yield Row(
                int(f[0]),
                f[1],
                fclass,
                fcode,
                cc,
                float(f[4]),
                float(f[5]),
                int(f[14] or 0),
                admin.get((cc, a1), ""),
                admin.get((cc, f"{a1}.{a2}"), ""),
                admin.get((cc, f"{a1}.{a2}.{a3}"), ""),
                precision,
                f"geonames import: {file.name}",
                [f[1], f[2], *written_names(f[3].split(","))],
            )

    try:
        n = insert_rows(con, rows())
        write_spellings(con)  # the new towns among their province's, in its order
    finally:
        build_memo.clear()  # the build's name memos hold up to 1.5M names each; free them
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"imported:{file.name}", str(n)))
    con.commit()
    con.close()
    if not quiet:
        print(f"imported {n} GeoNames rows from {file} into {path}", file=sys.stderr)
    return n
