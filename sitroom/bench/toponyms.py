"""Toponyms resolved per CPU second, gold toponyms given (the issue's ">= 2,000 toponyms/s").

    python -m sitroom.bench.toponyms ../shared/eval/geoparsing --split test --passes 3

times what `sitroom.eval.geoparsing.evaluate_articles` times (the mentions of the gold
spans, the article's first-pass context, `resolve_all`) in CPU seconds of this process,
not wall seconds: on a shared machine the eval's ``places_per_s`` (wall) moves with the
load. The first pass runs with cold caches (a fresh process); later passes read the same
articles again, as the eval's ``overall`` figure does after its per-file pass. Also the
CPU seconds of importing the resolver and loading what it reads whatever the text: the
gazetteer and what the geo stage loads where it is made (`sitroom.geo.preload`: the ranker,
the actor dictionary with its theatre table, the demonym table, the names files, the
admin-1 boxes, the local words' patterns; read on the first articles before, which counted
their one-time load as resolution). ``pack_values_cpu_s``: building the language pack's
patterns and word sets that the imported modules declare (`sitroom.lang.build_values`),
before the first pass, as an ingest worker finds them built by the process it is forked
from (`sitroom.ingest.zygote`); compiled on first use before, some 0.13 CPU s of the
cold pass. Not a test: a measurement to report.

``--gc worker`` runs the passes with the garbage collector as an ingest worker sets it
(`sitroom.ingest.pool`: what was loaded frozen, `WORKER_GC_THRESHOLDS`): with Python's
default, the cold pass's growing caches are walked again and again by full collections
(about 0.2 of some 3.3 CPU s on the test split), which no worker pays.

The machine's speed of the moment: ``reference_loop_cpu_s`` is the CPU time of a fixed
pure-Python loop (``for i in range(10**7): s += i``, as the best of five runs of a fifth of
it, so a burst of load on a shared machine inflates it less) measured in this process
before the first pass and after the last. A pass's ``cpu_s / reference`` then reads the
same on a slow or a busy machine as on a fast one (a local-variable loop in a function:
about a third of what the same loop costs typed at module level,
where every name is a global). ``--calls`` runs the passes
under cProfile and reports each pass's function calls: a count no load moves (the CPU
figures are then inflated by the profiler). ``--sample`` samples the first (cold) pass's
stack about every CPU millisecond (`sitroom.sampler`) and reports the functions with the
largest self and cumulative shares of it: where the time goes, without cProfile's cost per
call (which makes code of many small calls look slower than the regexes and numpy calls
beside it).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def _load() -> tuple[float, object]:
    start = time.process_time()
    from sitroom.geo.gazetteer import open_gazetteer
    from sitroom.geo.preload import preload
    from sitroom.geo.resolve import resolve_all  # noqa: F401  (its import is part of loading)

    gaz = open_gazetteer(None)
    preload(gaz)  # what the geo stage loads where it is made (`sitroom.geo.preload`)
    return time.process_time() - start, gaz


def _reference_loop() -> float:
    """CPU seconds of ``for i in range(10**7): s += i``: the best of five fifths, times 5."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        total = 0
        for i in range(2_000_000):
            total += i
        best = min(best, time.process_time() - start)
    return best * 5


def _as_a_worker() -> None:
    """The collector as `sitroom.ingest.pool.worker_main` leaves it for extraction."""
    import gc

    from sitroom.ingest.pool import WORKER_GC_THRESHOLDS

    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _build_values() -> float:
    """CPU seconds of `sitroom.lang.build_values` once the pass's modules are imported
    (their import untimed, as `_one_pass`'s own imports are)."""
    from sitroom.geo.mentions import mentions_from_spans  # noqa: F401
    from sitroom.geo.theatres import focused_context  # noqa: F401
    from sitroom.lang import build_values

    start = time.process_time()
    build_values()
    return time.process_time() - start


def _learned_homes(gold: Path, split: str) -> dict[tuple[int, int], object]:
    """Each article's outlet home (`sitroom.eval.geoparsing.outlet_homes`), by (file index,
    position): what `sitroom ingest` reads from the store before a batch, learned here in
    a child process so that the timed passes still start cold."""
    from sitroom.eval.geoparsing import FILES, in_split, outlet_homes, read_gold
    from sitroom.geo.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    return {
        (i, a.position): a.home
        for i, name in enumerate(FILES)
        if (gold / name).exists()
        for a in outlet_homes(read_gold(gold / name), gaz)
        if a.home is not None and in_split(a.position, split)
    }


def _one_pass(articles: list, gaz) -> dict[str, float]:
    from sitroom.geo.home_area import read_with_home
    from sitroom.geo.mentions import mentions_from_spans
    from sitroom.geo.resolve import resolve_all
    from sitroom.geo.theatres import focused_context

    spent = {"mentions": 0.0, "context": 0.0, "resolve": 0.0, "home": 0.0}
    clock = time.process_time
    for art in articles:
        spans = sorted({(t.start, t.end) for t in art.toponyms})
        t0 = clock()
        mentions = mentions_from_spans(art.text, spans)
        t1 = clock()
        ctx = focused_context(mentions, gaz, art.text)
        t2 = clock()
        ctx = resolve_all(mentions, gaz, ctx)
        t3 = clock()
        if art.home is not None:
            read_with_home(mentions, gaz, ctx, (art.home.lat, art.home.lon))
        spent["mentions"] += t1 - t0
        spent["context"] += t2 - t1
        spent["resolve"] += t3 - t2
        spent["home"] += clock() - t3
    return spent


def _profiler():
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    return profile


def _calls(profile) -> int:
    import pstats

    profile.disable()
    return pstats.Stats(profile).total_calls


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="the geoparsing gold folder (lgl.xml, GWN.xml, ...)")
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--calls", action="store_true",
                        help="count each pass's function calls (cProfile; slows the passes)")
    parser.add_argument("--gc", choices=("python", "worker"), default="python",
                        help="the collector's settings: Python's default or an ingest worker's")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="sample the first pass's stack; report the N largest self and cumulative shares")
    args = parser.parse_args(argv)
    load_cpu, gaz = _load()
    values_cpu = _build_values()
    import multiprocessing
    from dataclasses import replace

    from sitroom.eval.geoparsing import FILES, in_split, read_gold

    with multiprocessing.get_context("fork").Pool(1) as child:
        homes = child.apply(_learned_homes, (args.gold, args.split))
    articles = [
        replace(a, home=homes.get((i, a.position)))
        for i, name in enumerate(FILES)
        if (args.gold / name).exists()
        for a in read_gold(args.gold / name)
        if in_split(a.position, args.split) and a.toponyms
    ]
    toponyms = sum(len(a.toponyms) for a in articles)
    if args.gc == "worker":
        _as_a_worker()
    reference = _reference_loop()
    result: dict = {"split": args.split, "toponyms": toponyms, "gc": args.gc,
                    "load_cpu_s": round(load_cpu, 3), "pack_values_cpu_s": round(values_cpu, 3),
                    "passes": []}
    for i in range(max(1, args.passes)):
        profile = _profiler() if args.calls else None
        if args.sample and i == 0:
            from sitroom.sampler import Sampler

            with Sampler() as sampler:
                spent = _one_pass(articles, gaz)
            result["sample"] = sampler.top(args.sample)
        else:
            spent = _one_pass(articles, gaz)
        calls = _calls(profile) if profile is not None else None
        cpu = sum(spent.values())
        row = {**{k: round(v, 3) for k, v in spent.items()}, "cpu_s": round(cpu, 3),
               "toponyms_per_cpu_s": round(toponyms / cpu, 1) if cpu else 0.0}
        if calls is not None:
            row["calls"] = calls
        result["passes"].append(row)
    reference = (reference + _reference_loop()) / 2
    result["reference_loop_cpu_s"] = round(reference, 3)
    for row in result["passes"]:
        row["cpu_s_per_reference"] = round(row["cpu_s"] / reference, 3)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
