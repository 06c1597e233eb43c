"""Why gold toponyms are missed: each miss of the geoparsing corpora put in one bucket.

Run on the dev split to decide between coverage work (the gazetteer lacks the place) and
ranking work (the right row was a candidate but another won):

    python -m sitroom.eval.geo_misses ../shared/eval/geoparsing dev [--dump misses.tsv]

Buckets, for a toponym not resolved within ``radius`` km of its gold point:

* ``no_candidate`` — no gazetteer row under any spelling the resolver tries;
* ``namesakes_only`` — candidates, none within the radius (a namesake, or a reference point
  that differs by convention);
* ``ranked_wrong`` — the right row was a candidate, another one was chosen;
* ``none_chosen`` — the right row was a candidate, the resolver chose none.

Across the buckets, ``other_point`` counts the misses whose chosen row is the gold's own place
read at another reference point: the same GeoNames id, or a country or province whose admin-1
outline holds the gold point (GeoVirus puts China at 35N 103E, GeoNames at 35N 105E). It is a
convention, not a wrong place; ``within_radius_or_area`` adds them back to the share right.

A name the resolver cannot place counts at its fallback (`sitroom.geo.focal`: its container
or the article's own place); ``fallbacks`` counts the toponyms placed so, ``fallback_rights``
those of them within the radius, ``own_row_misses`` the misses when fallbacks count as none.

``upper_bound`` is the share of all toponyms with a candidate within the radius: what a
perfect ranker over these candidates would reach. The dump (gold text; keep it out of the
repository) lists each miss with its name, bucket and the chosen and nearest candidates.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sitroom.eval.geoparsing import (
    FILES,
    GoldToponym,
    in_split,
    outlet_homes,
    read_gold,
    resolve_gold,
)
from sitroom.geo.focal import placed
from sitroom.geo.gazetteer import Gazetteer, Hit, km, open_gazetteer
from sitroom.geo.resolve import candidates
from sitroom.outlines import holding_province, in_province

BUCKETS = ("no_candidate", "namesakes_only", "ranked_wrong", "none_chosen")


def _nearest(hits: list[Hit], lat: float, lon: float) -> tuple[Hit | None, float]:
    best, dist = None, float("inf")
    for h in hits:
        d = km(h.lat, h.lon, lat, lon)
        if d < dist:
            best, dist = h, d
    return best, dist


def _describe(hit: Hit | None, lat: float, lon: float) -> str:
    if hit is None:
        return "-"
    return f"{hit.name}|{hit.fcode}|{hit.cc}|{hit.admin1}|{km(hit.lat, hit.lon, lat, lon):.0f}km"


def other_point(hit: Hit | None, gold: GoldToponym) -> bool:
    """The chosen row is the gold's place at another reference point: the gold's GeoNames
    entity where the corpus names one (a state is not its city), else a country or province
    whose outline holds the gold point."""
    if hit is None:
        return False
    if gold.geonameid is not None:
        return hit.id == gold.geonameid
    if hit.is_country:
        return holding_province(hit.cc, gold.lat, gold.lon) is not None
    return hit.fcode == "ADM1" and bool(in_province(hit.cc, hit.name, gold.lat, gold.lon))


def bucket_misses(
    folder: Path, split: str, gaz: Gazetteer, radius: float = 161.0,
    keep: Callable[[str, int], bool] | None = None,
) -> tuple[dict, list[tuple[str, ...]]]:
    """Counts per bucket (and per file) and one row per miss for the dump; ``keep``: only
    the articles it accepts by (file name, position), e.g. a held-out fold
    (`sitroom.eval.geo_ranker_cv`)."""
    counts: Counter = Counter()
    rows: list[tuple[str, ...]] = []
    total = reachable = 0
    for name in FILES:
        if not (folder / name).exists():
            continue
        for art in outlet_homes(read_gold(folder / name), gaz):
            if not in_split(art.position, split) or not art.toponyms:
                continue
            if keep is not None and not keep(name, art.position):
                continue
            mentions, ctx = resolve_gold(art, gaz)
            by_span = {m.span: m for m in mentions}
            for t in art.toponyms:
                m = by_span[(t.start, t.end)]
                total += 1
                hits = candidates(m, gaz, ctx)
                near, dist = _nearest(hits, t.lat, t.lon)
                reachable += dist <= radius
                got = placed(m)
                right = got is not None and km(got.lat, got.lon, t.lat, t.lon) <= radius
                fell = m.resolved is None and got is not None
                counts["fallbacks"] += fell
                counts["fallback_rights"] += fell and right
                if right:
                    continue
                if not hits:
                    bucket = "no_candidate"
                elif dist > radius:
                    bucket = "namesakes_only"
                else:
                    bucket = "ranked_wrong" if m.resolved is not None else "none_chosen"
                counts[bucket] += 1
                counts[f"{name}:{bucket}"] += 1
                area = other_point(got, t)
                counts["other_point"] += area
                rows.append(
                    (
                        name,
                        bucket,
                        m.text,
                        f"{t.lat:.3f},{t.lon:.3f}",
                        ("fallback:" if fell else "") + _describe(got, t.lat, t.lon),
                        _describe(near, t.lat, t.lon),
                        str(len(hits)),
                        "other_point" if area else "",
                    )
                )
    misses = sum(counts[b] for b in BUCKETS)
    summary = {
        "toponyms": total,
        "misses": misses,
        **{b: counts[b] for b in BUCKETS},
        "other_point": counts["other_point"],
        "fallbacks": counts["fallbacks"],
        "fallback_rights": counts["fallback_rights"],
        "own_row_misses": misses + counts["fallback_rights"],
        "within_radius_or_area": round((total - misses + counts["other_point"]) / max(1, total), 4),
        "upper_bound": round(reachable / max(1, total), 4),
        "by_file": {k: v for k, v in sorted(counts.items()) if ":" in k},
    }
    return summary, rows


def main(argv: list[str]) -> None:
    import json

    folder, split = Path(argv[0]), argv[1] if len(argv) > 1 else "dev"
    summary, rows = bucket_misses(folder, split, open_gazetteer())
    if "--dump" in argv:
        out = Path(argv[argv.index("--dump") + 1])
        header = (
            "file", "bucket", "name", "gold", "chosen", "nearest_candidate", "candidates", "area"
        )
        out.write_text("\n".join("\t".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
