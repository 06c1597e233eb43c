"""Why events land in the wrong place: bucket the location misses of an eval dump.

Reads the JSONL that ``sitroom eval --dump`` writes (dev only) and sorts every aligned
pair placed farther than ``km`` from gold (or not placed at all) by cause, so that work
goes to the biggest general bucket::

    sitroom eval ../shared/eval --reader acled --split dev --dump dev.jsonl
    python -m sitroom.eval.place_misses dev.jsonl --km 25 --show fell_to_admin1 --n 10

Causes, decided in this order:

* ``no_place`` — no coordinates at all (``_known_admin`` when the note names a gold admin
  unit the gazetteer knows, else ``_unknown``);
* ``wrong_country`` — placed in another country;
* the coded location is named in the note and the gazetteer has it near gold:
  ``container_chosen`` (we stopped at its district/province), ``wrong_namesake`` (same
  name, another place), ``other_place`` (another name of the note won);
* the coded location is named but the gazetteer lacks it: ``fell_to_admin1`` /
  ``fell_to_admin1_admin2_named`` (province though the note names the district),
  ``fell_to_admin2``, ``unknown_other``;
* the coded location is not named: ``not_named_admin2_named`` (the note names its
  district only), ``not_named``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sitroom.geo.gazetteer import Gazetteer, km, open_gazetteer
from sitroom.geo.normalize import loose_key, name_key


@dataclass
class Miss:
    """One aligned pair placed too far from gold, and why."""

    cause: str
    doc_id: str
    gold: str  # the coded location with its admin1/admin2
    pred: str
    pred_precision: int | None
    dist_km: float | None
    text: str


def _parts(location: str) -> list[str]:
    """ACLED joins alternatives: "Tuz Khurma - Tooz", "Kharkiv/Kharkov"."""
    return [p.strip() for p in re.split(r"\s+-\s+|/", location or "") if p.strip()]


def named(text: str, name: str) -> bool:
    """The note names ``name`` (same letters once case, accents and spelling are folded)."""
    key = name_key(name)
    if len(key) < 3:
        return False
    words = name_key(text)
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", words):
        return True
    loose = loose_key(key)
    return len(loose) >= 4 and loose in loose_key(words)


def known_near(gaz: Gazetteer, name: str, lat: float, lon: float, radius: float) -> bool:
    """The gazetteer has a place of that name (or spelling variant) within ``radius``."""
    hits = list(gaz.lookup(name)) or list(gaz.variants(name))
    return any(km(h.lat, h.lon, lat, lon) <= radius for h in hits)


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and name_key(a) == name_key(b)


def cause(gold: dict, pred: dict, text: str, gaz: Gazetteer, radius: float) -> str:
    """The bucket of one miss (see the module docstring)."""
    lat, lon = float(gold["latitude"]), float(gold["longitude"])
    precision = int(pred.get("geo_precision") or 0)
    admins = [gold.get("admin1", ""), gold.get("admin2", ""), gold.get("admin3", "")]
    if pred.get("latitude") is None:
        told = any(a and named(text, a) and gaz.lookup(a) for a in admins)
        return "no_place_known_admin" if told else "no_place_unknown"
    if pred.get("country") and pred["country"] != gold.get("country"):
        return "wrong_country"
    parts = _parts(gold.get("location", ""))
    said = [p for p in parts if named(text, p)]
    admin2_named = bool(gold.get("admin2")) and named(text, gold["admin2"])
    if not said:
        return "not_named_admin2_named" if admin2_named else "not_named"
    if any(known_near(gaz, p, lat, lon, radius) for p in said):
        where = pred.get("location", "")
        if any(_same(where, a) for a in admins) or precision >= 2:
            return "container_chosen"
        if any(_same(where, p) for p in said):
            return "wrong_namesake"
        return "other_place"
    if precision == 3:
        return "fell_to_admin1_admin2_named" if admin2_named else "fell_to_admin1"
    return "fell_to_admin2" if precision == 2 else "unknown_other"


def misses(rows: Iterable[dict], gaz: Gazetteer, radius: float) -> Iterator[Miss]:
    """Every aligned pair of the dump placed farther than ``radius`` km from gold."""
    for doc in rows:
        for pair in doc["pairs"]:
            gold, pred = doc["gold"][pair["gold"]], doc["pred"][pair["pred"]]
            if gold.get("latitude") in (None, "") or gold.get("longitude") in (None, ""):
                continue  # a gold record without a point (PITF gives some a latitude only)
            dist = None
            if pred.get("latitude") is not None:
                dist = km(pred["latitude"], pred["longitude"], gold["latitude"], gold["longitude"])
                if dist <= radius:
                    continue
            yield Miss(
                cause=cause(gold, pred, doc["text"], gaz, radius),
                doc_id=str(doc["doc_id"]),
                gold=f"{gold.get('location')} ({gold.get('admin2')}, {gold.get('admin1')}; "
                f"gp {gold.get('geo_precision')})",
                pred=f"{pred.get('location')} ({pred.get('admin2', '')}, {pred.get('admin1', '')})",
                pred_precision=pred.get("geo_precision"),
                dist_km=None if dist is None else round(dist),
                text=doc["text"],
            )


def aligned(rows: Iterable[dict]) -> int:
    return sum(
        1
        for doc in rows
        for pair in doc["pairs"]
        if doc["gold"][pair["gold"]].get("latitude") not in (None, "")
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", help="JSONL written by `sitroom eval --dump`")
    ap.add_argument("--km", type=float, default=25.0, help="a miss is farther than this")
    ap.add_argument("--show", default="", help="print examples of this cause")
    ap.add_argument("--n", type=int, default=10, help="how many examples")
    args = ap.parse_args(argv)
    with open(args.dump, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    gaz = open_gazetteer()
    found = list(misses(rows, gaz, args.km))
    total = aligned(rows)
    counts = Counter(m.cause for m in found)
    print(f"aligned {total}, misses >{args.km:g} km {len(found)} ({len(found) / total:.1%})")
    for name, n in counts.most_common():
        print(f"  {name:30s} {n:5d}  {n / total:6.1%}")
    shown = [m for m in found if m.cause == args.show][: args.n]
    for m in shown:
        print(f"\n[{m.doc_id}] gold {m.gold} | pred {m.pred} p{m.pred_precision} {m.dist_km} km")
        print("   ", m.text[:400].replace("\n", " "))


if __name__ == "__main__":
    main()
