"""`sitroom ingest` on real-length reports: CPU against bare spaCy, wall time on 1 and 2 workers.

    python -m sitroom.bench.cores --articles 200 --gold ../shared/eval

builds a corpus at run time (never saved in the project) from the dev texts in
../shared/eval: the real-news-dev and fusion-dev articles, then ACLED dev notes joined 8
at a time into digests of a few hundred words, until it holds ``--articles`` reports. It
then runs, each as a fresh process on the same texts: bare spaCy (the same model, no
entity ruler, `nlp.pipe` in one process) and `sitroom ingest --workers N` into a new
store for each N, and reports CPU seconds (user + system, children included) and wall
seconds, and the CPU of the ingest process alone (``writer_cpu``: reading, the fusion
save transaction, the store; the workers and the server they fork from are its children).
Not a test: a measurement to report.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DIGEST = 8


def corpus(gold: Path, articles: int) -> list[dict]:
    """Real-length dev reports: whole articles first, then ACLED dev-note digests."""
    out: list[dict] = []
    for name in ("real-news-dev", "fusion-dev"):
        path = gold / name / "articles.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                if rec.get("text"):
                    out.append({"text": rec["text"], "published": rec.get("published") or None})
    notes: list[str] = []
    from sitroom.eval.readers.acled import read_acled

    for csv in sorted((gold / "acled").glob("*.csv")):
        notes += [doc.text for doc in read_acled(csv) if doc.split == "dev"]
    for i in range(0, len(notes) - DIGEST + 1, DIGEST):
        if len(out) >= articles:
            break
        out.append({"text": "\n\n".join(notes[i:i + DIGEST]), "published": None})
    return out[:articles]


def _measure(cmd: list[str], cwd: Path, **extra: str) -> tuple[float, float]:
    """(wall, cpu) seconds of one command, its children included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra}
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


BARE = """
import json, sys, spacy
from sitroom.nlp import MODEL_NAME
nlp = spacy.load(MODEL_NAME)
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""

COLD = "import spacy, sys; from sitroom.pipeline import Pipeline; Pipeline()"

#: `sitroom ingest` that writes its own CPU seconds (children excluded) to $SITROOM_BENCH_SELF.
INGEST = """
import atexit, os, resource
def _self_cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["SITROOM_BENCH_SELF"], "w") as f:
        f.write(str(r.ru_utime + r.ru_stime))
atexit.register(_self_cpu)
from sitroom.cli import main
main()
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--gold", type=Path, default=SHARED_EVAL)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--out", default="bench-out/cores.json")
    args = parser.parse_args(argv)
    texts = corpus(args.gold, args.articles)
    if not texts:
        raise SystemExit(f"no dev texts under {args.gold}: pass --gold PATH/TO/shared/eval")
    words = sum(len(t["text"].split()) for t in texts)
    result: dict = {"articles": len(texts), "words": words, "cores": os.cpu_count(),
                    "load_before": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        py = sys.executable
        result["bare_spacy"] = dict(zip(("wall", "cpu"), _measure([py, "-c", BARE, str(path)], ROOT), strict=True))
        result["pipeline_cold_start"] = dict(zip(("wall", "cpu"), _measure([py, "-c", COLD], ROOT), strict=True))
        for n in (int(w) for w in args.workers.split(",")):
            db = str(Path(tmp) / f"w{n}.db")
            cmd = [py, "-c", INGEST, "ingest", str(path), "--db", db, "--workers", str(n), "--quiet"]
            own = Path(tmp) / f"w{n}.cpu"
            run = _measure(cmd, ROOT, SITROOM_BENCH_SELF=str(own))
            result[f"ingest_workers_{n}"] = {
                "wall": run[0], "cpu": run[1], "writer_cpu": float(own.read_text()),
            }
    bare = result["bare_spacy"]["cpu"]
    for key in [k for k in result if k.startswith("ingest_workers_")]:
        result[key]["cpu_vs_bare_spacy"] = round(result[key]["cpu"] / bare, 2)
    if "ingest_workers_1" in result and "ingest_workers_2" in result:
        result["wall_2_vs_1"] = round(result["ingest_workers_2"]["wall"] / result["ingest_workers_1"]["wall"], 2)
    result["load_after"] = os.getloadavg()[0]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
