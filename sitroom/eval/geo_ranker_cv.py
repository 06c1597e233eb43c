"""Held-out figures for the candidate ranker: how it does on dev text it was not fitted on.

`sitroom.eval.geo_ranker.loco` counts a held-out corpus's training examples whose top
candidate is wrong. This module measures what the resolver itself does with a ranker
fitted without the held-out text: for each fold, a fresh fit (`geo_ranker.fit`) on the
other folds' dev examples is patched in as the shipped ranker and the held-out articles
are resolved and bucketed as `sitroom.eval.geo_misses` buckets them (its ``ranked_wrong``:
the right row was a candidate, another won).

Folds: ``loco`` holds out each geoparsing corpus (lgl, GWN, TR-News, GeoVirus) and ACLED's
notes (examples only: its notes are no geoparsing articles), ``articles`` holds out one of
``k`` sets of geoparsing articles drawn by a hash of (file, position), ACLED's notes always
fitted on. DEV splits only:

    python -m sitroom.eval.geo_ranker_cv ../shared/eval [C ...] [--folds K] [--drop F,G] [--quick]

``--quick`` (`quick_figures`) only counts held-out mentions whose top candidate is wrong,
in article folds that hold ACLED's notes out too (each note its own document), without
resolving any article again: seconds per fit, for sifting features and penalties before
the resolver's figure. At stop 40 no variant tried beat the shipped recipe, the logistic model
at C=0.1 (geoparsing 129 of 2,046 wrong, ACLED 27 of 718), beyond noise: C=1 120/27 (the
resolver's article folds 131 ranked wrong against 133, corpus folds 178 against 162), LightGBM
lambdarank 154-176/21-28, scikit-learn boosted trees on pairwise differences 170-199/20-48
(re-ranking only the close calls 124-130/22-25), all pairwise products of twelve features
135-165/23-25, each mention's pairs weighed alike 127-145/23-26; a pool-relative
nearest-place distance gained one article's five mentions.

The shipped weights' own figure on all of dev (`geo_misses`) is an in-sample one: they were
fitted on those articles.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sitroom.eval import geo_misses
from sitroom.eval.geo_ranker import RANKER_C, _top1, acled_examples, fit, toponym_examples
from sitroom.eval.geoparsing import FILES
from sitroom.geo import ranker as ranking
from sitroom.geo.gazetteer import Gazetteer, open_gazetteer

ArticleKey = tuple[str, int]  # (geoparsing file, 1-based position); ("ACLED", group) for a note
Keyed = tuple[list[float], int, int, str, ArticleKey]  # features, label, group, corpus, article


def keyed_examples(gold: Path, gaz: Gazetteer) -> list[Keyed]:
    """`geo_ranker`'s dev examples, each with its corpus and article."""
    out: list[Keyed] = []
    group = 0
    for name, position, last, examples in toponym_examples(gold / "geoparsing", gaz, FILES):
        group, corpus = last, name.split(".")[0]
        out += [(r, y, g, corpus, (name, position)) for r, y, g in examples]
    out += [(r, y, g, "ACLED", ("ACLED", g)) for r, y, g in acled_examples(gold / "acled", gaz, group + 1)]
    return out


def article_fold(key: ArticleKey, k: int) -> int:
    """The fold (0..k-1) of an article: a hash of its file and position, the same on every run."""
    return int(hashlib.md5(repr(key).encode()).hexdigest(), 16) % k


def folds(
    examples: list[Keyed], kind: str, k: int = 5
) -> Iterator[tuple[str, list[Keyed], list[Keyed], Callable[[str, int], bool] | None]]:
    """(fold name, examples to fit on, held-out examples, which geoparsing articles (file,
    position) it holds out: every dev article of the fold, with examples or none; None for
    ACLED's notes) of ``kind`` "loco" or "articles"."""
    if kind == "loco":
        for corpus in dict.fromkeys(e[3] for e in examples):
            keep = None if corpus == "ACLED" else _of_corpus(corpus)
            yield corpus, [e for e in examples if e[3] != corpus], [e for e in examples if e[3] == corpus], keep
        return
    for f in range(k):
        held = [e[3] != "ACLED" and article_fold(e[4], k) == f for e in examples]
        yield (
            f"articles{f}",
            [e for e, h in zip(examples, held, strict=True) if not h],
            [e for e, h in zip(examples, held, strict=True) if h],
            _in_fold(f, k),
        )


def _of_corpus(corpus: str) -> Callable[[str, int], bool]:
    return lambda name, position: name.split(".")[0] == corpus


def _in_fold(fold: int, k: int) -> Callable[[str, int], bool]:
    return lambda name, position: article_fold((name, position), k) == fold


@contextmanager
def patched_ranker(weights: dict) -> Iterator[None]:
    """The resolver ranks by ``weights`` (`geo_ranker.fit`'s output) inside the block."""
    import numpy as np

    model = ranking.Ranker(
        mean=np.asarray(weights["mean"], dtype=float),
        scale=np.asarray(weights["scale"], dtype=float),
        coef=np.asarray(weights["coef"], dtype=float),
        intercept=float(weights["intercept"]),
        version="held-out",
    )
    before = ranking.default_ranker
    ranking.default_ranker = lambda: model  # (`resolve` reads it at each call)
    try:
        yield
    finally:
        ranking.default_ranker = before


def held_out(
    examples: list[Keyed], gold: Path, gaz: Gazetteer, kind: str, c: float = RANKER_C, k: int = 5,
    drop: frozenset[str] = frozenset(),
) -> dict[str, dict[str, int]]:
    """Per fold: wrong top candidates among its examples, and (geoparsing folds) its
    articles' ``ranked_wrong`` and all misses, under a fresh fit on the other folds at
    ``c``; features in ``drop`` are fitted and read as 0 (left out)."""
    import numpy as np

    keep = [f not in drop for f in ranking.FEATURES]
    out = {}
    for name, train, test, articles in folds(examples, kind, k):
        weights = fit([([v if m else 0.0 for v, m in zip(e[0], keep, strict=True)], e[1], e[2]) for e in train], None, c)
        x = np.asarray([[v if m else 0.0 for v, m in zip(e[0], keep, strict=True)] for e in test], dtype=float)
        scores = ((x - np.asarray(weights["mean"])) / np.asarray(weights["scale"])) @ np.asarray(weights["coef"])
        groups = np.asarray([e[2] for e in test])
        mentions = len(set(groups.tolist()))
        row = {"mentions": mentions, "examples_wrong": mentions - round(_top1(scores, np.asarray([e[1] for e in test]), groups) * mentions)}
        if articles is not None:
            with patched_ranker(weights):
                summary, _ = geo_misses.bucket_misses(gold / "geoparsing", "dev", gaz, keep=articles)
            row.update(ranked_wrong=summary["ranked_wrong"], misses=summary["misses"], toponyms=summary["toponyms"])
        out[name] = row
    return out


def quick_figures(
    examples: list[Keyed], c: float = RANKER_C, k: int = 5
) -> dict[str, tuple[int, int]]:
    """(held-out mentions whose top candidate is wrong, mentions) of the geoparsing corpora
    ("geoparsing") and of ACLED's notes ("ACLED"), each fold fitted afresh at ``c`` on the
    others: folds by article (`article_fold`; a note is its own article), so no document
    is both fitted on and held out; the resolver is not run."""
    import numpy as np

    out = {"geoparsing": [0, 0], "ACLED": [0, 0]}
    for f in range(k):
        held = [article_fold(e[4], k) == f for e in examples]
        weights = fit([e[:3] for e, h in zip(examples, held, strict=True) if not h], None, c)
        for part in out:
            test = [e for e, h in zip(examples, held, strict=True) if h and (e[3] == "ACLED") == (part == "ACLED")]
            if not test:
                continue
            x = np.asarray([e[0] for e in test], dtype=float)
            scores = ((x - np.asarray(weights["mean"])) / np.asarray(weights["scale"])) @ np.asarray(weights["coef"])
            groups = np.asarray([e[2] for e in test])
            mentions = len(set(groups.tolist()))
            right = round(_top1(scores, np.asarray([e[1] for e in test]), groups) * mentions)
            out[part][0] += mentions - right
            out[part][1] += mentions
    return {part: (wrong, n) for part, (wrong, n) in out.items()}


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        sys.exit("usage: python -m sitroom.eval.geo_ranker_cv GOLD_FOLDER [C ...] [--folds K] [--drop F,G] [--quick]")
    k, drop = 5, frozenset()
    if "--folds" in args:
        i = args.index("--folds")
        k = int(args.pop(i + 1))
        args.pop(i)
    if "--drop" in args:
        i = args.index("--drop")
        drop = frozenset(args.pop(i + 1).split(","))
        args.pop(i)
    quick = "--quick" in args
    if quick:
        args.remove("--quick")
    gold, gaz = Path(args[0]), open_gazetteer(None)
    examples = keyed_examples(gold, gaz)
    for c in [float(a) for a in args[1:]] or [RANKER_C]:
        if quick:
            print(f"C={c} quick: " + "; ".join(f"{p} wrong {w}/{n}" for p, (w, n) in quick_figures(examples, c, k).items()))
            continue
        for kind in ("loco", "articles"):
            res = held_out(examples, gold, gaz, kind, c, k, drop)
            parts = "; ".join(
                f"{n} rw {r.get('ranked_wrong', '-')} misses {r.get('misses', '-')} ex {r['examples_wrong']}/{r['mentions']}"
                for n, r in res.items()
            )
            total = sum(r.get("ranked_wrong", 0) for r in res.values())
            print(f"C={c} {kind}: ranked_wrong {total} | {parts}")


if __name__ == "__main__":
    main()
