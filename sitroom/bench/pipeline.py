"""`make bench`: throughput, memory and cold start of the full pipeline against bare spaCy.

    python -m sitroom.bench [--articles 1000] [--words 50000] [--gold ../shared/eval]

The corpus mixes the example reports (../shared/examples/*.txt when present, and the
project's examples/) with gold-set texts (ACLED notes, PITF descriptions, CASE snippets,
UCDP headlines, PLOVER/PETRARCH sentences), taken round-robin in a stable order until it
holds at least the asked number of articles and words. Both runs parse with `nlp.pipe`
in batches over as many processes as there are cores. Results also go to
bench-out/bench.json. This is a measurement, never a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its (reaped) worker processes, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "children": round(kids, 1)}


# ----------------------------------------------------------------- corpus


def example_articles(folders: list[Path]) -> list[Any]:
    """Articles from .txt, .jsonl and .html files in the example folders."""
    from sitroom.model import Article

    out = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix == ".txt":
                out.append(Article(text=path.read_text("utf-8"), source=path.stem))
            elif path.suffix == ".jsonl":
                for line in path.read_text("utf-8").splitlines():
                    if line.strip():
                        rec = json.loads(line)
                        if rec.get("text"):
                            out.append(
                                Article(
                                    text=rec["text"],
                                    source=rec.get("source", ""),
                                    published=_iso(rec.get("published")),
                                )
                            )
            elif path.suffix in (".html", ".htm"):
                import trafilatura

                text = trafilatura.extract(path.read_text("utf-8"))
                if text:
                    out.append(Article(text=text, source=path.stem))
    return out


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def gold_articles(gold: Path) -> list[list[Any]]:
    """Gold texts per set, each list in the stable sample order used by `--limit`."""
    from sitroom.eval.gold import load, sample_key
    from sitroom.eval.runner import article_of

    if not gold.is_dir():
        return []
    sets = load(gold, split=None)
    return [[article_of(d) for d in sorted(docs, key=sample_key)] for docs in sets.values()]


def build_corpus(examples: list[Any], sets: list[list[Any]], articles: int, words: int) -> list:
    """Examples first, then gold texts round-robin until both targets are met."""
    corpus = list(examples)
    count = sum(a.word_count for a in corpus)
    cursors = [iter(s) for s in sets]
    while cursors and (len(corpus) < articles or count < words):
        for it in list(cursors):
            article = next(it, None)
            if article is None:
                cursors.remove(it)
                continue
            corpus.append(article)
            count += article.word_count
    if not sets:  # no gold beside the project: repeat the examples to reach the targets
        base = list(corpus) or []
        while base and (len(corpus) < articles or count < words):
            corpus.extend(base)
            count += sum(a.word_count for a in base)
    return corpus


# ----------------------------------------------------------------- runs


COLD_START = """
import json, time
t0 = time.perf_counter()
from sitroom.pipeline import Pipeline
t1 = time.perf_counter()
pipeline = Pipeline()
from sitroom.model import Article
pipeline.extract(Article(text="Gunmen attacked a checkpoint in Gao on Monday.", source="x"))
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "build_and_load": t2 - t1, "total": t2 - t0}))
"""


def cold_start() -> dict[str, float]:
    """Import + pipeline build + model load + first article, in a fresh interpreter."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", COLD_START], capture_output=True, text=True, check=True
    )
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_wall"] = time.perf_counter() - t0  # with interpreter start-up
    return out


def run_pipeline(corpus: list, batch_size: int, n_process: int) -> dict[str, Any]:
    cold = cold_start()
    from sitroom.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.nlp("Warm-up.")  # lazy parts of spaCy load on the first call
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    events = 0
    t0 = time.perf_counter()
    for _, found in pipeline.extract_many(corpus, batch_size=batch_size, n_process=n_process):
        events += len(found)
    seconds = time.perf_counter() - t0
    total = sum(pipeline.timings.values()) or 1.0
    return {
        "cold_start_s": cold,
        "seconds": seconds,
        "events": events,
        "stage_seconds": {k: round(v, 3) for k, v in pipeline.timings.items()},
        "stage_share": {k: round(v / total, 3) for k, v in pipeline.timings.items()},
        "peak_rss_mb": peak_rss_mb(),
    }


def run_spacy(corpus: list, batch_size: int, n_process: int) -> dict[str, Any]:
    """The bare model on the same texts: the floor no spaCy-based pipeline can beat."""
    import spacy

    from sitroom.nlp import MODEL_NAME

    start = time.perf_counter()
    nlp = spacy.load(MODEL_NAME)
    nlp("Warm-up.")
    loaded = time.perf_counter() - start
    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in corpus), batch_size=batch_size, n_process=n_process):
        pass
    return {"load_s": loaded, "seconds": time.perf_counter() - t0, "peak_rss_mb": peak_rss_mb()}


def run_cli_extract(text: str, words: int, published: str, source: str) -> dict[str, Any]:
    """`sitroom extract` on the example repeated to about ``words`` words (cold start included)."""
    copies = max(1, round(words / max(1, len(text.split()))))
    body = "\n\n".join([text] * copies)
    exe = Path(sys.executable).with_name("sitroom")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "sitroom.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "example-repeated.txt"
        path.write_text(body, "utf-8")
        t0 = time.perf_counter()
        proc = subprocess.run(
            [
                *cmd,
                "extract",
                str(path),
                "--published",
                published,
                "--source",
                source,
                "--format",
                "jsonl",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - t0
    n_words = len(body.split())
    return {
        "words": n_words,
        "copies": copies,
        "seconds": seconds,
        "words_per_s": n_words / seconds,
        "returncode": proc.returncode,
        "events": sum(1 for ln in proc.stdout.splitlines() if ln.startswith("{")),
        "stderr_tail": proc.stderr[-400:] if proc.returncode else "",
    }


# ----------------------------------------------------------------- main


def rates(n_articles: int, n_words: int, seconds: float) -> dict[str, float]:
    return {"articles_per_s": n_articles / seconds, "words_per_s": n_words / seconds}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        prog="python -m sitroom.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--gold", type=Path, default=SHARED / "eval")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--n-process", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out" / "bench.json")
    parser.add_argument("--skip-cli", action="store_true", help="Skip the `sitroom extract` run.")
    args = parser.parse_args(argv)

    shared_example = sorted((SHARED / "examples").glob("*.txt")) if SHARED.is_dir() else []
    examples = example_articles([SHARED / "examples", ROOT / "examples"])
    corpus = build_corpus(examples, gold_articles(args.gold), args.articles, args.words)
    n_articles, n_words = len(corpus), sum(a.word_count for a in corpus)
    print(
        f"corpus: {n_articles} articles, {n_words} words "
        f"({len(examples)} example reports + gold texts); "
        f"batch_size={args.batch_size} n_process={args.n_process}",
        flush=True,
    )

    result: dict[str, Any] = {
        "corpus": {"articles": n_articles, "words": n_words},
        "batch_size": args.batch_size,
        "n_process": args.n_process,
        "cpu_count": os.cpu_count(),
    }
    pipe = run_pipeline(corpus, args.batch_size, args.n_process)
    pipe.update(rates(n_articles, n_words, pipe["seconds"]))
    result["pipeline"] = pipe
    bare = run_spacy(corpus, args.batch_size, args.n_process)
    bare.update(rates(n_articles, n_words, bare["seconds"]))
    result["spacy"] = bare
    result["pipeline_over_spacy_time"] = pipe["seconds"] / bare["seconds"]
    if not args.skip_cli:
        if shared_example:
            text, published, source = (
                shared_example[0].read_text("utf-8"),
                "2024-04-23",
                "Shafaq News",
            )
        else:
            first = examples[0] if examples else corpus[0]
            text, published, source = first.text, str(first.published or date.today()), first.source
        result["cli_extract"] = run_cli_extract(text, args.words, published, source)
    report(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, default=str), "utf-8")
    print(f"written: {args.out}")
    return result


def report(r: dict[str, Any]) -> None:
    p, s = r["pipeline"], r["spacy"]
    print(
        f"pipeline: {p['articles_per_s']:.1f} articles/s, {p['words_per_s']:.0f} words/s, "
        f"{p['events']} events in {p['seconds']:.1f} s"
    )
    cold = p["cold_start_s"]
    print(
        f"  cold start: {cold['total']:.2f} s (import {cold['import']:.2f} s, build + model "
        f"load + first article {cold['build_and_load']:.2f} s; "
        f"{cold['process_wall']:.2f} s with interpreter start-up)"
    )
    print("  stage share: " + ", ".join(f"{k} {100 * v:.1f}%" for k, v in p["stage_share"].items()))
    print(
        f"  peak RSS: {p['peak_rss_mb']['self']:.0f} MiB "
        f"(workers {p['peak_rss_mb']['children']:.0f} MiB)"
    )
    print(
        f"bare spaCy: {s['articles_per_s']:.1f} articles/s, {s['words_per_s']:.0f} words/s "
        f"in {s['seconds']:.1f} s (load {s['load_s']:.2f} s)"
    )
    print(f"pipeline / spaCy time: {r['pipeline_over_spacy_time']:.2f}x")
    if "cli_extract" in r:
        c = r["cli_extract"]
        status = "" if c["returncode"] == 0 else f" [exit {c['returncode']}: {c['stderr_tail']}]"
        print(
            f"sitroom extract: {c['words']} words ({c['copies']} copies of the example) in "
            f"{c['seconds']:.1f} s = {c['words_per_s']:.0f} words/s incl. cold start, "
            f"{c['events']} events{status}"
        )


if __name__ == "__main__":
    main()
