"""A large JSONL batch with poisoned lines of every kind: are all good articles stored, is
every bad line named by its true number, and does a re-run add nothing?

    python -m sitroom.bench.poisoned --articles 10000 --poison 0.01 --workers 2

writes the batch (generated reports, never third-party text) to a temporary folder,
ingests it with `sitroom.ingest.service.ingest` and worker processes as `sitroom ingest`
does, checks the store and the failures table, ingests it again, and prints the figures
as JSON. Not a test: a measurement to report (the suite checks each poison kind on a
small file, tests/test_ingest_hostile.py).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from sitroom.bench.hostile import _report

#: One bad line of each kind, as bytes, and a word its error message must contain.
POISON: dict[str, tuple[bytes, str]] = {
    "invalid_utf8": (b'{"text": "bad \xff\xfe bytes inside an otherwise fine report line"}', "not UTF-8"),
    "nul_byte": (b'{"text": "a raw NUL \x00 byte inside a report line here"}', "NUL byte"),
    "lone_surrogate": (b'{"text": "a lone \\ud800 surrogate in a report line here"}', "surrogate"),
    "escaped_nul": (b'{"text": "an escaped \\u0000 NUL in a report line here"}', "NUL character"),
    "text_number": (b'{"text": 12345}', "must be a string"),
    "text_list": (b'{"text": ["a", "b"]}', "must be a string"),
    "published_number": (b'{"text": "Gunmen attacked a market on Monday, officials said.", "published": 20240505}', "ISO date string"),
    "published_bad": (b'{"text": "Gunmen attacked a market on Monday, officials said.", "published": "5th May"}', "bad published"),
    "url_object": (b'{"text": "Gunmen attacked a market on Monday, officials said.", "url": {"a": 1}}', "must be a string"),
    "not_object": (b"[1, 2, 3]", "JSON object"),
    "malformed": (b'{"text": "unterminated', "malformed JSON"),
    "binary_garbage": (bytes(range(14, 40)) + b"\x80\x81", "not UTF-8"),
}


def good_line(rng: random.Random, i: int) -> bytes:
    """A distinct generated report; some hold U+2028 or end in CRLF, which are fine."""
    text = " ".join(_report(rng) for _ in range(3)) + f" District {i} was hit."
    if i % 97 == 0:
        text = text.replace(". ", ".\u2028", 1)
    line = json.dumps({"text": text, "published": f"2024-05-0{1 + i % 9}", "source": "Bench Wire"},
                      ensure_ascii=False).encode("utf-8")
    return line + (b"\r" if i % 53 == 0 else b"")


def write_batch(path: Path, articles: int, share: float, seed: int) -> tuple[int, dict[int, str]]:
    """The batch file; returns the number of good lines and {line number: poison kind}."""
    rng = random.Random(seed)
    kinds = sorted(POISON)
    bad_every = max(1, round(1 / share)) if share > 0 else 0
    lines: list[bytes] = []
    bad: dict[int, str] = {}
    good = 0
    for i in range(articles):
        if bad_every and i % bad_every == bad_every // 2:
            kind = kinds[len(bad) % len(kinds)]
            lines.append(POISON[kind][0])
            bad[len(lines)] = kind
        else:
            lines.append(good_line(rng, i))
            good += 1
    path.write_bytes(b"\n".join(lines) + b"\n")
    return good, bad


def run(path: Path, db: str, workers: int) -> tuple[object, float]:
    from sitroom.ingest import read_paths
    from sitroom.ingest.extractors import InlineExtractor
    from sitroom.ingest.pool import WorkerPool
    from sitroom.ingest.service import ingest
    from sitroom.pipeline import Pipeline
    from sitroom.store import open_store

    store = open_store(db)
    began = time.perf_counter()
    extractor = WorkerPool(workers) if workers else InlineExtractor(Pipeline())
    try:
        report = ingest(read_paths([path]), store, extractor)
    finally:
        extractor.close()
        store.close()
    return report, time.perf_counter() - began


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--poison", type=float, default=0.01)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", default="bench-out/poisoned.json")
    args = parser.parse_args(argv)
    from sitroom.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path, db = Path(tmp) / "batch.jsonl", str(Path(tmp) / "poisoned.db")
        good, bad = write_batch(path, args.articles, args.poison, args.seed)
        first, seconds = run(path, db, args.workers)
        store = open_store(db)
        stored, events = store.count_articles(), store.count_events()
        failures = {f["origin"] for f in store.failures()}
        store.close()
        second, again = run(path, db, args.workers)
        named = {e.origin for e in first.errors}
        expected = {f"{path}:{n}" for n in bad}
        wrong_reason = [
            e.origin for e in first.errors
            if e.origin in expected and POISON[bad[int(e.origin.rsplit(":", 1)[1])]][1] not in e.message
        ]
        summary = {
            "lines": args.articles, "good": good, "poisoned": len(bad),
            "kinds": sorted(set(bad.values())), "stored": stored,
            "good_stored_pct": round(100 * stored / good, 2) if good else 0,
            "bad_named_with_true_line": len(named & expected), "named_but_not_bad": sorted(named - expected)[:10],
            "bad_not_named": sorted(expected - named)[:10], "wrong_reason": wrong_reason[:10],
            "failures_rows_for_bad": len(failures & expected), "events": events,
            "seconds": round(seconds, 1), "articles_per_s": round(good / seconds, 1),
            "rerun_stored": second.articles_stored, "rerun_events_added": second.events_added,
            "rerun_seconds": round(again, 1), "workers": args.workers,
        }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
